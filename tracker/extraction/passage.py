"""Read one passage of the minutes as a single directive: the review screen's "Add as directive".

The reviewer picks a passage the extractor did not propose. The same extractor runs on it alone;
whatever it proposes there is folded into one proposal covering the whole passage (the reviewer
said it is one directive). When it proposes nothing (the passage has no cue it knows), the
passage's own parts are still read with the extractor's steps: departments named in it (the first
one leads, unless it is an issuer or a person's affiliation), its first deadline, references,
targets, recurrence and a short title. This never raises: at worst the proposal holds the passage alone.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Sequence

from tracker.extraction.pipeline import extract
from tracker.extraction.results import DepartmentRef, ProposedDirective, Target

log = logging.getLogger(__name__)


def read_passage(
    passage: str,
    departments: Sequence[DepartmentRef],
    language: str | None = None,
    meeting_date: datetime.date | None = None,
) -> ProposedDirective:
    """One proposal for the whole of ``passage`` (offsets relative to it)."""
    passage = passage if isinstance(passage, str) else ""
    result = extract(passage, departments, language=language, meeting_date=meeting_date)
    proposed = _combine(passage, result.directives) if result.directives else None
    if proposed is not None and proposed.lead is not None and (proposed.deadline or proposed.deadline_text):
        return proposed
    try:
        parts = _read_parts(passage, departments, result.language, meeting_date)
    except Exception:  # the extractor's steps must never break the review screen
        log.exception("reading a passage of %s characters failed", len(passage))
        parts = ProposedDirective(text=passage, start=0, end=len(passage))
    if proposed is None:
        return parts
    proposed.title = proposed.title or parts.title
    # What the extractor proposed wins; the passage's own parts fill what it left empty.
    if proposed.lead is None:
        proposed.lead = parts.lead
        proposed.coordinating = [ref for ref in [*parts.coordinating, *proposed.coordinating] if ref != parts.lead]
    if not (proposed.deadline or proposed.deadline_text):
        proposed.deadline, proposed.deadline_text = parts.deadline, parts.deadline_text
    proposed.references = proposed.references or parts.references
    proposed.targets = proposed.targets or parts.targets
    if proposed.recurrence == "none":
        proposed.recurrence = parts.recurrence
    return proposed


def _combine(passage: str, directives: list[ProposedDirective]) -> ProposedDirective:
    lead = next((d.lead for d in directives if d.lead is not None), None)
    coordinating, references, targets = [], [], []
    for directive in directives:
        for ref in [*([directive.lead] if directive.lead else []), *directive.coordinating]:
            if ref != lead and ref not in coordinating:
                coordinating.append(ref)
        references += [r for r in directive.references if r not in references]
        targets += directive.targets
    dated = next((d for d in directives if d.deadline or d.deadline_text), None)
    combined = ProposedDirective(
        text=passage,
        start=0,
        end=len(passage),
        lead=lead,
        coordinating=coordinating,
        deadline=dated.deadline if dated else None,
        deadline_text=dated.deadline_text if dated else None,
        recurrence=next((d.recurrence for d in directives if d.recurrence != "none"), "none"),
        references=references,
        targets=targets,
    )
    combined.title = next((d.title for d in directives if d.title), "")
    return combined


def _read_parts(passage, departments, language, meeting_date) -> ProposedDirective:
    from tracker.extraction.deadlines import find_deadline, find_recurrence
    from tracker.extraction.directory import build_index, find_mentions
    from tracker.extraction.pipeline import _as_refs
    from tracker.extraction.references import find_references
    from tracker.extraction.segments import join_wrapped_lines
    from tracker.extraction.targets import find_targets
    from tracker.extraction.textprep import coerce_text, prepare
    from tracker.extraction.titles import make_title

    prep = join_wrapped_lines(prepare(coerce_text(passage)))
    index = build_index(_as_refs(departments))
    references = find_references(prep.folded)
    spans = [(start, end) for start, end, _key in references]
    mentions, _unknown = find_mentions(index, prep, spans)
    names = [(m.start, m.end) for m in mentions]
    named = []
    for mention in mentions:
        if mention.dept is not None and not mention.issuer and not mention.affiliation and mention.dept not in named:
            named.append(mention.dept)
    deadline = find_deadline(prep.folded, spans, meeting_date, language)
    excluded = list(spans) + ([(deadline.start, deadline.end)] if deadline else [])

    def quote(start, end):
        return passage[prep.to_input(start) : prep.to_input(end)]

    return ProposedDirective(
        text=passage,
        start=0,
        end=len(passage),
        lead=named[0] if named else None,
        coordinating=named[1:],
        deadline=deadline.date if deadline else None,
        deadline_text=quote(deadline.start, deadline.end) if deadline else None,
        recurrence=find_recurrence(prep.folded),
        references=[quote(start, end) for start, end in spans],
        targets=[
            Target(value, unit, quote(start, end))
            for start, end, value, unit in find_targets(prep.work, prep.folded, language, excluded)
        ],
        title=make_title(prep.work, language, names=names),
    )
