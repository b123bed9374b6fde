"""Decide which units are directives, and who leads and who coordinates each.

The units are read in order with a small context: after a lead-in that announces tasks
(``The Chairman requested the Department of Finance to:``, ``betonade kamrat X:``, ``Il a demandé
... de ...``), the items and sentences that follow are directives until one starts like narration
(a subject, a past form); after a lead-in that announces a report (``has coordinated ... such as:``),
the items are narration even when they look like imperatives. A unit is a directive on its own
when it carries a request with an addressee or an obligation with a department as subject.

Roles: the department marked as lead (``chủ trì``, ``take the lead``) leads; otherwise the addressee
of the request, or the subject of the obligation, or the department named at the start, or the lead
of the list the unit belongs to. Departments after ``coordinate with``, ``phối hợp với``, ``en
coordination avec``, ``samordna med`` (and the ones listed with them) coordinate. Other departments
in the passage (recipients of a report, issuers of a plan, a speaker's office) have no role.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from tracker.extraction.cues import (
    AS_FOLLOWS_END,
    COORDINATION,
    CUES,
    EN,
    GAP_WORDS,
    LEAD_AFTER,
    LEAD_BEFORE,
    Cues,
)
from tracker.extraction.directory import Mention
from tracker.extraction.results import DepartmentRef
from tracker.extraction.segments import Unit
from tracker.extraction.textprep import Prepared

_WORD = re.compile(r"[^\W\d_]+")
_GAP_STOP = re.compile(r"[;:!?]|\.\s")
_JUNK_WORDS = 5


@dataclass
class Proposal:
    start: int
    end: int
    lead: DepartmentRef | None
    coordinating: list[DepartmentRef] = field(default_factory=list)


@dataclass
class _Cue:
    kind: str  # "request" or "modal"
    start: int
    end: int


@dataclass
class _Context:
    kind: str  # "directive" or "narration"
    lead: DepartmentRef | None = None


class _Reader:
    """Classify the units of one text."""

    def __init__(self, prep: Prepared, mentions: list[Mention], language: str):
        self.prep = prep
        self.cues: Cues = CUES.get(language, EN)
        self.language = language
        self.view = getattr(prep, self.cues.view)
        self.narration_view = getattr(prep, self.cues.narration_view or self.cues.view)
        self.mentions = mentions
        self.starts = [m.start for m in mentions]

    # -- helpers ---------------------------------------------------------------------------
    def mentions_in(self, start: int, end: int) -> list[Mention]:
        i = bisect_left(self.starts, start)
        found = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                found.append(self.mentions[i])
            i += 1
        return found

    def gap_ok(self, start: int, end: int, allow_caps: bool = False, limit: int = 48) -> bool:
        if end < start or end - start > limit:
            return False
        gap = self.prep.folded[start:end]
        if _GAP_STOP.search(gap):
            return False
        for word in _WORD.finditer(gap):
            if word.group() in GAP_WORDS:
                continue
            if allow_caps and self.prep.work[start + word.start()].isupper():
                continue
            return False
        return True

    def first_words(self, unit: Unit, count: int = 2) -> list[str]:
        words = []
        for match in _WORD.finditer(self.view, unit.start, unit.end):
            words.append(match.group())
            if len(words) == count:
                break
        return words

    def starts_with_mention(self, unit: Unit, mentions: list[Mention]) -> Mention | None:
        for mention in mentions:
            if mention.affiliation:
                continue
            if mention.start - unit.start <= 24 and self.gap_ok(unit.start, mention.start):
                return mention
            return None
        return None

    # -- cues ------------------------------------------------------------------------------
    def own_cue(self, unit: Unit, mentions: list[Mention]) -> _Cue | None:
        cues, text = self.cues, self.view[unit.start : unit.end]
        match = cues.request.search(text)
        if match and (cues.complement is None or cues.complement.search(text[match.end() : match.end() + 400])):
            return _Cue("request", unit.start + match.start(), unit.start + match.end())
        for match in cues.modal.finditer(text):
            start = unit.start + match.start()
            before = text[: match.start()]
            if cues.past_before_modal and cues.past_before_modal.search(before[-24:]):
                continue
            if cues.strong_modal.match(match.group()) or len(_WORD.findall(before)) <= 1:
                return _Cue("modal", start, unit.start + match.end())
            subjects = [m for m in mentions if m.end <= start and not m.affiliation]
            if subjects:
                between = self.view[subjects[-1].end : start]
                if len(between) < 120 and not cues.relative.search(between):
                    return _Cue("modal", start, unit.start + match.end())
            generic = list(cues.generic_subject.finditer(before))
            if generic and not cues.relative.search(before[generic[-1].end() :]):
                return _Cue("modal", start, unit.start + match.end())
        if self.language == "en":
            first = self.starts_with_mention(unit, mentions)
            if first and re.match(r"\s*,?\s*to\s+[a-z]", self.prep.folded[first.end : first.end + 20]):
                return _Cue("modal", first.end, first.end)
        return None

    def is_narrative(self, unit: Unit) -> bool:
        head = self.narration_view[unit.start : min(unit.end, unit.start + 80)]
        return bool(self.cues.narration.search(head))

    def is_declarative(self, unit: Unit, mentions: list[Mention]) -> bool:
        """Does the unit start like a statement (a subject) rather than an imperative?"""
        words = self.first_words(unit, 2)
        if not words:
            return True
        if self.cues.imperative.match(self.view, unit.start):
            return False
        first = words[0]
        if first in self.cues.subject_starters or self.starts_with_mention(unit, mentions):
            return True
        work = self.prep.work
        letters = [m for m in _WORD.finditer(work, unit.start, min(unit.end, unit.start + 60))][:2]
        if len(letters) == 2 and all(w.group()[0].isupper() for w in letters):
            return True  # a name: "Quang Ninh ...", "Nguyen Van Duc ..."
        if self.language == "sv" and len(first) > 4 and first.endswith(("en", "et", "na")):
            return True  # a definite noun
        if self.cues.infinitive is not None and not self.cues.infinitive.match(self.view, unit.start):
            return self.is_narrative(unit)
        return False

    def is_imperative(self, unit: Unit) -> bool:
        return bool(self.cues.imperative.match(self.view, unit.start))

    # -- roles -----------------------------------------------------------------------------
    def roles(
        self, unit: Unit, mentions: list[Mention], cue: _Cue | None, inherited: DepartmentRef | None
    ) -> tuple[DepartmentRef | None, list[DepartmentRef]]:
        usable = [m for m in mentions if not m.issuer]
        folded = self.prep.folded
        coordinated: set[int] = set()
        for match in COORDINATION.finditer(folded, unit.start, unit.end):
            j = bisect_left([m.start for m in usable], match.end())
            if j < len(usable) and self.gap_ok(match.end(), usable[j].start, limit=40):
                coordinated.update(self._run(usable, j))
        lead: Mention | None = None
        extra: list[int] = []
        for i, mention in enumerate(usable):
            after = folded[mention.end : mention.end + 40]
            before = folded[max(0, mention.start - 40) : mention.start]
            if LEAD_AFTER.match(after) or LEAD_BEFORE.search(before):
                lead = mention
                coordinated.discard(i)
                break
        if lead is None and cue is not None and cue.kind == "request":
            for i, mention in enumerate(usable):
                if mention.start >= cue.end and i not in coordinated:
                    if self.gap_ok(cue.end, mention.start, allow_caps=True, limit=72):
                        run = self._run(usable, i)
                        lead, extra = mention, run[1:]
                    break
        if lead is None and cue is not None and cue.kind == "modal":
            before = [i for i, m in enumerate(usable) if m.end <= cue.start and not m.affiliation]
            before = [i for i in before if i not in coordinated]
            if before:
                first = last = before[-1]
                while first > 0 and first - 1 in before and self.gap_ok(usable[first - 1].end, usable[first].start):
                    first -= 1
                lead, extra = usable[first], list(range(first + 1, last + 1))
        if lead is None:
            start_mention = self.starts_with_mention(unit, [m for m in usable if m not in _pick(usable, coordinated)])
            if start_mention is not None:
                lead = start_mention
        lead_dept = lead.dept if lead is not None else inherited
        coordinating: list[DepartmentRef] = []
        for i in sorted(coordinated.union(extra)):
            dept = usable[i].dept
            if dept is not None and dept != lead_dept and dept not in coordinating:
                coordinating.append(dept)
        return lead_dept, coordinating

    def _run(self, usable: list[Mention], j: int) -> list[int]:
        """Indices of the mention at j and of those listed right after it."""
        run = [j]
        while run[-1] + 1 < len(usable) and self.gap_ok(usable[run[-1]].end, usable[run[-1] + 1].start, limit=40):
            run.append(run[-1] + 1)
        return run

    # -- the pass --------------------------------------------------------------------------
    def read(self, units: list[Unit]) -> list[Proposal]:
        proposals: list[Proposal] = []
        context: _Context | None = None
        previous: Unit | None = None
        for unit in units:
            mentions = self.mentions_in(unit.start, unit.end)
            cue = self.own_cue(unit, mentions)
            text = self.view[unit.start : unit.end]
            if (
                unit.whole_line
                and not unit.is_item
                and unit.closer in ("line", "para", "end")
                and len(_WORD.findall(text)) <= _JUNK_WORDS
                and cue is None
            ):
                # Headings, bylines, "Source", "Comment (0)": a conclusions heading opens a list.
                context = _Context("directive") if self.cues.leadin_strong.search(text) else None
                previous = unit
                continue
            if unit.ends_colon or AS_FOLLOWS_END.search(self.prep.folded[unit.start : unit.end]):
                context = self._lead_in(unit, mentions, cue, context)
                previous = unit
                continue
            continuing = context is not None and (
                unit.boundary in ("semicolon", "colon", "item")
                or unit.is_item
                or (previous is not None and previous.closer in ("colon", "semicolon"))
            )
            if cue is not None:
                proposed = True
            elif context is not None and context.kind == "directive":
                if continuing:
                    proposed = not (self.is_declarative(unit, mentions) and self.is_narrative(unit))
                else:
                    proposed = not self.is_declarative(unit, mentions)
            elif continuing:
                proposed = False
            else:
                proposed = self.is_imperative(unit)
            if proposed:
                inherited = context.lead if context is not None and context.kind == "directive" else None
                lead, coordinating = self.roles(unit, mentions, cue, inherited)
                proposals.append(Proposal(unit.start, unit.end, lead, coordinating))
                context = _Context("directive", lead)
            elif not continuing:
                context = _Context("narration")
            previous = unit
        return proposals

    def _lead_in(self, unit: Unit, mentions: list[Mention], cue: _Cue | None, context: _Context | None) -> _Context:
        text = self.view[unit.start : unit.end]
        strong = cue is not None or self.cues.leadin_strong.search(text)
        narrative = self.is_narrative(unit)
        named = [m for m in mentions if not m.affiliation and not m.issuer]
        header = bool(named) and len(_WORD.findall(text)) <= 10 and not narrative
        if not (strong or header or (self.cues.leadin_weak.search(text) and not narrative)):
            return _Context("narration")
        lead, _coordinating = self.roles(unit, mentions, cue, None)
        if lead is None and named and cue is None:
            lead = named[0].dept
        if lead is None and context is not None and context.kind == "directive":
            lead = context.lead
        return _Context("directive", lead)


def _pick(items: list[Mention], indices: set[int]) -> list[Mention]:
    return [items[i] for i in indices]


def propose(units: list[Unit], prep: Prepared, mentions: list[Mention], language: str) -> list[Proposal]:
    """Return the units that are directives, with their lead and coordinating departments."""
    return _Reader(prep, mentions, language).read(units)
