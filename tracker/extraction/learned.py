"""Where the learned model meets the rules: candidates, their features, and the decision.

A **candidate** is a passage the model judges: every directive the rules propose, and every
sentence they leave (with at least a few words). Its features are the words and pieces of words of
the passage, hashed (``model.analyze``), and what the rules already know of it (``FEATURES``): a
request verb, an obligation, narration or a perfect tense, an imperative start, a department named
(at the start or anywhere), a deadline, its place in a list, its position and length, the language.

Whether the rules proposed it is deliberately not a feature: the model is a second opinion on the
passage, not a copy of the rules' decision (with it, the rules' choice outweighs everything else).
The model gives each candidate a probability of being a directive. With the thresholds chosen by
cross-validation (leave one text out, ``python -m tracker.extraction.train --cv``) and kept in the
model file:

- **veto**: a rule proposal below ``veto`` is dropped (narration, a report with a verb of action,
  a list of figures that the rules took for an order);
- **rescue**: a sentence the rules left, above ``rescue``, is proposed, with its lead found as the
  rules find it (the addressee of a request, the subject of an obligation, the unit it starts with).

A threshold missing from the file is not applied (the rules decide alone).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from tracker.extraction.cues import CUES, EN
from tracker.extraction.directives import Proposal, _Reader, _sentences, masthead_line
from tracker.extraction.directory import Mention
from tracker.extraction.model import Model
from tracker.extraction.segments import Unit
from tracker.extraction.textprep import Prepared

FEATURES = (
    "request",
    "modal",
    "narration",
    "perfect",
    "imperative",
    "mention",
    "mention_start",
    "deadline",
    "item",
    "after_colon",
    "paragraph",
    "position",
    "words",
    "first",
    "quote",
    "figures",
    "lang_en",
    "lang_fr",
    "lang_sv",
    "lang_vi",
)

#: A perfect or past tense before a verb: what someone already did ("has since directed", "a été
#: chargé", "har tidigare gett", "đã giao"), the mark of narration.
_PERFECT = {
    "en": re.compile(
        r"\b(?:has|have|had)\s+(?:not\s+)?(?:[a-z]+\s+){0,2}?(?:been|[a-z]{2,}(?:ed|en|wn|ught|ade|ent|id))\b"
    ),
    "fr": re.compile(
        r"\b(?:a|ont|avait|avaient|aura|auront)\s+(?:[a-z]+\s+)?(?:ete|[a-z]{2,}(?:e|es|ee|ees|is|it|u|us))\b"
    ),
    "sv": re.compile(r"\b(?:har|hade)\s+(?:[a-z]+\s+){0,2}?[a-z]{2,}(?:at|it|tt|ts|ats|its)\b"),
    "vi": re.compile(r"\b(?:đã|vừa|từng|đã được)\s"),
}
_QUOTE = re.compile(r"[\"«»“”]")
_NUMBER = re.compile(r"\d[\d.,]*")
_TOKEN = re.compile(r"\w+")
MIN_WORDS = 4  # shorter sentences (headings, table cells) are never rescued


@dataclass
class Candidate:
    start: int  # working offsets
    end: int
    first: int  # unit indices
    last: int
    proposal: Proposal | None  # the rules' proposal, or None for a sentence they left
    text: str
    dense: dict[str, float]
    probability: float | None = None


def _features(
    prep: Prepared,
    units: list[Unit],
    first: int,
    start: int,
    end: int,
    mentions: list[Mention],
    mention_starts: list[int],
    language: str,
    has_deadline,
) -> dict[str, float]:
    cues = CUES.get(language, EN)
    view = getattr(prep, cues.view)
    narration_view = getattr(prep, cues.narration_view or cues.view)
    text = view[start:end]
    tokens = _TOKEN.findall(text)
    numbers = _NUMBER.findall(text)
    i = bisect_left(mention_starts, start)
    inside = []
    while i < len(mentions) and mentions[i].start < end:
        if not mentions[i].affiliation:
            inside.append(mentions[i])
        i += 1
    perfect = _PERFECT.get(language)
    unit = units[first]
    values = {
        "request": 1.0 if cues.request.search(text) else 0.0,
        "modal": 1.0 if cues.modal.search(text) else 0.0,
        "narration": 1.0 if cues.narration.search(narration_view, start, min(end, start + 80)) else 0.0,
        "perfect": 1.0 if perfect is not None and perfect.search(view, start, min(end, start + 120)) else 0.0,
        "imperative": 1.0 if cues.imperative.match(view, start) else 0.0,
        "mention": 1.0 if inside else 0.0,
        "mention_start": 1.0 if inside and inside[0].start - start <= 24 else 0.0,
        "deadline": 1.0 if has_deadline(start, end) else 0.0,
        "item": 1.0 if unit.is_item else 0.0,
        "after_colon": 1.0 if first and units[first - 1].ends_colon else 0.0,
        "paragraph": 1.0 if unit.boundary in ("para", "start") else 0.0,
        "position": start / max(1, len(prep.work)),
        "words": min(len(tokens), 80) / 80,
        "first": 1.0 if first == 0 else 0.0,
        "quote": 1.0 if _QUOTE.search(text) else 0.0,
        "figures": min(len(numbers), 10) / 10,
    }
    values["lang_" + language] = 1.0
    return values


def candidates(
    units: list[Unit],
    prep: Prepared,
    mentions: list[Mention],
    language: str,
    proposals: list[Proposal],
    has_deadline,
) -> list[Candidate]:
    """The rules' proposals and the sentences they left, in text order, with their features."""
    if not units:
        return []
    named = frozenset(m.start for m in mentions)
    numbers = _sentences(units, prep.work, prep.folded, named)
    mention_starts = [m.start for m in mentions]
    covered = [False] * len(units)
    found: list[Candidate] = []

    def make(first, last, proposal):
        start, end = (proposal.start, proposal.end) if proposal else (units[first].start, units[last].end)
        dense = _features(prep, units, first, start, end, mentions, mention_starts, language, has_deadline)
        return Candidate(start, end, first, last, proposal, prep.lower[start:end], dense)

    for proposal in proposals:
        for i in range(proposal.first, min(proposal.last, len(units) - 1) + 1):
            covered[i] = True
        found.append(make(proposal.first, proposal.last, proposal))
    i = 0
    while i < len(units):
        j = i
        while j + 1 < len(units) and numbers[j + 1] == numbers[i]:
            j += 1
        if (
            not any(covered[i : j + 1])
            and len(_TOKEN.findall(prep.folded, units[i].start, units[j].end)) >= MIN_WORDS
            # (not a report's title line nor a log's "Updated following the meeting of ..." line: its masthead)
            and not masthead_line(prep.work, units[i].start, units[j].end)
        ):
            found.append(make(i, j, None))
        i = j + 1
    found.sort(key=lambda c: c.start)
    return found


def decide(
    model: Model,
    found: list[Candidate],
    units: list[Unit],
    prep: Prepared,
    mentions: list[Mention],
    language: str,
    department_like: set,
) -> list[Proposal]:
    """Keep the rules' proposals the model does not veto, and add the sentences it rescues."""
    veto = model.thresholds.get("veto")
    rescue = model.thresholds.get("rescue")
    if veto is None and rescue is None:
        return [c.proposal for c in found if c.proposal is not None]
    reader = None
    kept: list[Proposal] = []
    for candidate in found:
        if candidate.probability is None:  # training sets it beforehand
            candidate.probability = model.probability(candidate.text, candidate.dense)
        if candidate.proposal is not None:
            if veto is None or candidate.probability >= veto:
                kept.append(candidate.proposal)
            continue
        if rescue is None or candidate.probability < rescue:
            continue
        if reader is None:
            reader = _Reader(prep, mentions, language, department_like)
        first = units[candidate.first]
        unit = Unit(candidate.start, candidate.end, first.boundary, is_item=first.is_item)
        inside = reader.mentions_in(candidate.start, candidate.end)
        cue = reader.own_cue(unit, inside)
        inherited = kept[-1].lead if kept else reader.host
        lead, coordinating = reader.roles(unit, inside, cue, inherited)
        kept.append(
            Proposal(
                candidate.start,
                candidate.end,
                lead,
                coordinating,
                reader.own_lead,
                candidate.first,
                candidate.last,
                has_subject=reader.has_subject,
            )
        )
    return kept
