"""Turn reviewed proposals into directives and tasks, and teach the directory new names.

The review screen (:mod:`tracker.extraction.views`) keeps the proposals in the form; these functions
do the database work. :func:`accept_proposals` creates every directive and task through the
meetings and tasks operations (so permission, validation, history, audit and reminders all apply)
and either all of them are valid or :class:`ProposalsInvalid` names the reasons per proposal; the
caller commits once, or rolls back.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from flask_babel import gettext as _

from tracker.core.errors import ValidationFailed
from tracker.core.permissions import can_edit_meeting, can_extract_minutes, can_manage_departments, require
from tracker.departments import operations as departments
from tracker.departments.models import Department
from tracker.extensions import db
from tracker.extraction.results import ProposedDirective
from tracker.meetings import operations as meetings
from tracker.tasks import operations as tasks

TITLE_LENGTH = 120


@dataclass
class Proposal:
    """One reviewed proposal: the directive's text and the task to make from it."""

    text: str
    title: str = ""
    make_task: bool = True
    lead_department_id: int | None = None
    coordinating_department_ids: list[int] = field(default_factory=list)
    due_on: datetime.date | None = None
    deadline_text: str | None = None
    recurrence: str = "none"
    target_value: Decimal | float | None = None
    target_unit: str | None = None
    references: list[str] = field(default_factory=list)


class ProposalsInvalid(ValidationFailed):
    """Some proposals are wrong; ``by_proposal`` maps a proposal's index to ``{field: reason}``."""

    def __init__(self, by_proposal):
        fields = {
            f"{index}.{name}": reason for index, reasons in by_proposal.items() for name, reason in reasons.items()
        }
        super().__init__(_("Nothing was created: some proposals need a correction."), fields=fields)
        self.by_proposal = by_proposal


def shorten(text, limit=TITLE_LENGTH):
    """A title from a passage: its first ``limit`` characters, cut at a word, with an ellipsis."""
    text = " ".join((text or "").split()).rstrip(" .;:")
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:")
    return (cut or text[: limit - 1]) + "…"


def card_from_directive(directive: ProposedDirective) -> dict:
    """The editable card of a proposed directive, as the review form holds it."""
    target = directive.targets[0] if directive.targets else None
    lead_id = directive.lead.id if directive.lead else None
    return {
        "include": True,
        "make_task": True,
        # The extractor may carry a short imperative title; else the passage, cut at a word.
        "title": getattr(directive, "title", None) or shorten(directive.text),
        "text": directive.text,
        "start": directive.start,
        "end": directive.end,
        "lead_department_id": lead_id,
        "coordinating_department_ids": [ref.id for ref in directive.coordinating if ref.id != lead_id],
        "due_on": directive.deadline,
        "deadline_text": directive.deadline_text or "",
        "recurrence": directive.recurrence,
        "target_value": Decimal(str(target.value)) if target else None,
        "target_unit": target.unit if target else "",
        "references": "\n".join(directive.references),
    }


def card_from_passage(source: str, passage: str, start=None, end=None, *, language=None, meeting_date=None) -> dict:
    """A card for a passage of ``source`` the reviewer picked: the extractor reads it as one directive.

    ``start``/``end`` (from a selection in the page) locate the passage in ``source`` when they fit
    it; else its first occurrence does, if any, so that the passage is highlighted with its card.
    """
    from tracker.extraction.passage import read_passage
    from tracker.extraction.sources import department_refs

    text = passage.strip()
    offset = None
    if isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(source):
        found = source.find(text, start, end) if text else -1
        offset = found if found != -1 else None
    if offset is None and text:
        found = source.find(text)
        offset = found if found != -1 else None
    card = card_from_directive(read_passage(text, department_refs(), language, meeting_date))
    card["start"], card["end"] = (offset, offset + len(text)) if offset is not None else (None, None)
    return card


def merge_cards(first: dict, second: dict, source: str) -> dict:
    """Combine two adjacent cards: the passage spanning both, the fields of the first where it has them."""
    spans = [(card["start"], card["end"]) for card in (first, second) if _span_ok(card, source)]
    start = min(span[0] for span in spans) if spans else None
    end = max(span[1] for span in spans) if spans else None
    untouched = len(spans) == 2 and all(source[card["start"] : card["end"]] == card["text"] for card in (first, second))
    joined = (first["text"] or "").rstrip() + "\n" + (second["text"] or "").lstrip()
    text = source[start:end] if untouched else joined
    lead = first["lead_department_id"] or second["lead_department_id"]
    coordinating = []
    for department_id in (*first["coordinating_department_ids"], *second["coordinating_department_ids"]):
        if department_id != lead and department_id not in coordinating:
            coordinating.append(department_id)
    if first["lead_department_id"] and second["lead_department_id"] not in (None, lead, *coordinating):
        coordinating.append(second["lead_department_id"])
    references = []
    for card in (first, second):
        for line in (card["references"] or "").splitlines():
            if line.strip() and line.strip() not in references:
                references.append(line.strip())
    own_title = first["title"] and first["title"] != shorten(first["text"] or "")
    return {
        "include": first["include"] or second["include"],
        "make_task": first["make_task"] or second["make_task"],
        "title": first["title"] if own_title else shorten(text),
        "text": text,
        "start": start,
        "end": end,
        "lead_department_id": lead,
        "coordinating_department_ids": coordinating,
        "due_on": first["due_on"] or second["due_on"],
        "deadline_text": first["deadline_text"] or second["deadline_text"],
        "recurrence": first["recurrence"] if first["recurrence"] != "none" else second["recurrence"],
        "target_value": first["target_value"] if first["target_value"] is not None else second["target_value"],
        "target_unit": first["target_unit"] if first["target_value"] is not None else second["target_unit"],
        "references": "\n".join(references),
    }


def _span_ok(card, source):
    start, end = card.get("start"), card.get("end")
    return isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(source)


def rematch_cards(cards: list[dict], extraction) -> list[dict]:
    """Fill departments the directory now knows into the cards, keeping every edit.

    A card takes the lead of the fresh proposal over the same passage when it has none, and gains
    its coordinating departments; nothing the user chose is removed.
    """
    for card in cards:
        fresh = _overlapping(card, extraction.directives)
        if fresh is None:
            continue
        if not card["lead_department_id"] and fresh.lead is not None:
            card["lead_department_id"] = fresh.lead.id
        for ref in fresh.coordinating:
            if ref.id != card["lead_department_id"] and ref.id not in card["coordinating_department_ids"]:
                card["coordinating_department_ids"].append(ref.id)
    return cards


def _overlapping(card, directives):
    start, end = card.get("start"), card.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    best, best_overlap = None, 0
    for directive in directives:
        overlap = min(end, directive.end) - max(start, directive.start)
        if overlap > best_overlap:
            best, best_overlap = directive, overlap
    return best


def accept_proposals(actor, meeting, proposals: list[Proposal], *, minutes=None, replace_minutes=False):
    """Create a directive (and, unless declined, its task) per proposal, in order; flush, never commit.

    ``minutes`` (the text the proposals came from) is stored on the meeting when it holds none yet,
    or in any case with ``replace_minutes`` (the text read from an uploaded document).

    Every proposal is tried so that all the reasons are known at once; if any is refused,
    :class:`ProposalsInvalid` is raised and the caller must roll back (nothing may be kept).
    Returns ``[(directive, task or None)]``.
    """
    require(can_extract_minutes(actor))
    require(can_edit_meeting(actor, meeting))
    if not proposals:
        raise ValidationFailed(_("Choose at least one proposal to accept."))
    created, problems = [], {}
    for index, proposal in enumerate(proposals):
        reasons = {}
        directive = task = None
        try:
            directive = meetings.add_directive(actor, meeting, proposal.text, _references(proposal.references))
        except ValidationFailed as error:
            reasons.update(error.fields or {"text": error.description})
        if proposal.make_task:
            try:
                task = tasks.create_task(
                    actor,
                    title=proposal.title,
                    lead_department_id=proposal.lead_department_id,
                    meeting_id=meeting.id,
                    directive_id=directive.id if directive is not None else None,
                    coordinating_department_ids=proposal.coordinating_department_ids,
                    due_on=proposal.due_on,
                    deadline_text=proposal.deadline_text or None,
                    recurrence=proposal.recurrence or "none",
                    target_value=proposal.target_value,
                    target_unit=proposal.target_unit or None,
                )
            except ValidationFailed as error:
                for name, reason in (error.fields or {"title": error.description}).items():
                    reasons.setdefault(name, reason)
        if reasons:
            problems[index] = reasons
        else:
            created.append((directive, task))
    if problems:
        raise ProposalsInvalid(problems)
    if minutes and minutes.strip() and (replace_minutes or not (meeting.minutes or "").strip()):
        meetings.update_meeting(actor, meeting, minutes=minutes)
    return created


def _references(text_or_list):
    if isinstance(text_or_list, str):
        return [line.strip() for line in text_or_list.splitlines() if line.strip()]
    return list(text_or_list or ())


# --- Teaching the directory ---------------------------------------------------------------------


def add_alias(actor, department_id, name) -> Department:
    """Add ``name`` to a department's aliases (administrators), through the departments' operations."""
    require(can_manage_departments(actor))
    department = db.session.get(Department, department_id) if department_id else None
    if department is None:
        raise ValidationFailed(_("Choose the department this name refers to."), fields={"alias_of": _("Required.")})
    name = " ".join((name or "").split())
    if not name:
        raise ValidationFailed(_("The name is empty."), fields={"name": _("Required.")})
    return departments.update_department(actor, department, aliases=[*(department.aliases or []), name])


def create_department_named(actor, name, code) -> Department:
    """Create a department for a name found in the minutes (administrators)."""
    require(can_manage_departments(actor))
    return departments.create_department(actor, name=" ".join((name or "").split()), code=(code or "").strip())
