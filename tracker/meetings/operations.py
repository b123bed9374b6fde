"""Record meetings and the directives of their conclusions.

Operations take the acting user first, check permission, refuse bad input with field reasons (the
JSON API's field names), flush but never commit, and write an audit event.
"""

import re

import sqlalchemy as sa
from flask_babel import gettext as _
from flask_babel import ngettext
from sqlalchemy.orm.exc import StaleDataError

from tracker.core.audit import jsonable, record_event
from tracker.core.db import utcnow
from tracker.core.errors import Conflict, ValidationFailed
from tracker.core.permissions import can_create_meeting, can_edit_meeting, require
from tracker.departments.models import Department
from tracker.extensions import db
from tracker.meetings import schemas
from tracker.meetings.models import Directive, Meeting
from tracker.tasks.models import Task
from tracker.tasks.validation import Errors, check_version, parse_id
from tracker.users.models import Role

FIELDS = (
    "title",
    "held_on",
    "chair_name",
    "chair_title",
    "place",
    "host_department_id",
    "attendee_department_ids",
    "minutes",
    "source_url",
    "language",
)
TITLE_MAX, MINUTES_MAX, DIRECTIVE_MAX = schemas.TITLE_MAX, schemas.MINUTES_MAX, schemas.DIRECTIVE_MAX
#: At most this many directives from one paste.
PASTE_MAX_DIRECTIVES = 200


def meeting_state(meeting):
    state = {}
    for field in (*FIELDS, "version"):
        if field == "attendee_department_ids":
            state[field] = sorted(department.id for department in meeting.attendees)
        else:
            state[field] = jsonable(getattr(meeting, field))
    return state


def _flush():
    try:
        db.session.flush()
    except StaleDataError:
        raise Conflict(_("This meeting was changed by someone else at the same moment; nothing was saved.")) from None


def _clean(values, errors, meeting=None):
    """Validate the meeting fields present in ``values`` (their schema, then the rows they name)."""
    given = {("chair" if name == "chair_name" else name): value for name, value in values.items()}
    reasons = Errors()
    cleaned = schemas.MeetingChanges.check(given, errors=reasons)
    for name, reason in reasons.items():
        errors.add("chair_name" if name == "chair" else name, reason)
    if "chair" in cleaned:
        cleaned["chair_name"] = cleaned.pop("chair")
    if "held_on" in values and cleaned.get("held_on") is None and "held_on" not in errors:
        errors.add("held_on", _("The date of the meeting is required."))
    host_id = cleaned.get("host_department_id")
    if host_id is not None and db.session.get(Department, host_id) is None:
        errors.add("host_department_id", _("Unknown department."))
    if "attendee_department_ids" in cleaned:
        ids = cleaned["attendee_department_ids"] = list(dict.fromkeys(cleaned["attendee_department_ids"]))
        if ids:
            found = set(db.session.scalars(sa.select(Department.id).where(Department.id.in_(ids))))
            if set(ids) - found:
                errors.add("attendee_department_ids", _("Unknown department."))
    url = cleaned.get("source_url")
    if url and not re.match(r"^https?://\S+$", url, re.IGNORECASE):
        errors.add("source_url", _("A web address starting with http:// or https:// is expected."))
    for name in values:  # a refused or empty value is no value (nothing is written while errors stand)
        cleaned.setdefault(name, [] if name == "attendee_department_ids" else None)
    return cleaned


def _apply(meeting, cleaned):
    for field, value in cleaned.items():
        if field == "attendee_department_ids":
            if set(value) != {department.id for department in meeting.attendees}:
                meeting.attendees = [db.session.get(Department, department_id) for department_id in value]
        elif getattr(meeting, field) != value:
            setattr(meeting, field, value)


def create_meeting(
    actor,
    *,
    title,
    held_on,
    chair_name=None,
    chair_title=None,
    place=None,
    host_department_id=None,
    attendee_department_ids=(),
    minutes=None,
    source_url=None,
    language=None,
):
    """Record a meeting; a head records the meetings their own department hosts."""
    errors = Errors()
    values = dict(
        title=title,
        held_on=held_on,
        chair_name=chair_name,
        chair_title=chair_title,
        place=place,
        host_department_id=host_department_id,
        attendee_department_ids=attendee_department_ids,
        minutes=minutes,
        source_url=source_url,
        language=language,
    )
    cleaned = _clean(values, errors)
    if cleaned.get("host_department_id") is None and "host_department_id" not in errors and actor.role == Role.HEAD:
        cleaned["host_department_id"] = actor.department_id
    require(can_create_meeting(actor, cleaned.get("host_department_id")))
    if errors:
        raise ValidationFailed(_("The meeting was not saved."), fields=errors)
    meeting = Meeting(created_by_id=actor.id)
    _apply(meeting, cleaned)
    db.session.add(meeting)
    _flush()
    record_event(actor, "meeting.create", meeting, after=meeting_state(meeting))
    _flush()
    return meeting


def update_meeting(actor, meeting, *, version=None, **fields):
    """Change a meeting; ``version`` (when given) is the one the edit was based on."""
    require(can_edit_meeting(actor, meeting))
    check_version(
        meeting.version,
        version,
        conflict=_("This meeting was changed by someone else after you opened it; nothing was saved."),
        state=lambda: meeting_state(meeting),
    )
    unknown = [field for field in fields if field not in FIELDS]
    if unknown:
        raise ValidationFailed(
            _("Some fields cannot be changed here."), fields={field: _("Unknown field.") for field in unknown}
        )
    errors = Errors()
    cleaned = _clean(fields, errors, meeting)
    if "host_department_id" in cleaned and cleaned["host_department_id"] != meeting.host_department_id:
        require(can_create_meeting(actor, cleaned["host_department_id"]))
    if errors:
        raise ValidationFailed(_("The meeting was not saved."), fields=errors)
    before = meeting_state(meeting)
    _apply(meeting, cleaned)
    after = meeting_state(meeting)
    changed_keys = [key for key in after if key != "version" and before[key] != after[key]]
    if not changed_keys:
        return meeting
    meeting.updated_at = utcnow()
    _flush()
    record_event(
        actor,
        "meeting.update",
        meeting,
        before={key: before[key] for key in changed_keys},
        after={key: after[key] for key in changed_keys},
    )
    _flush()
    return meeting


# --- Directives -------------------------------------------------------------------------------------


def _clean_directive_text(text):
    return schemas.DirectiveInput.check({"text": text}, message=_("The directive was not saved."))["text"]


def _clean_references(references):
    result = []
    for reference in references or ():
        reference = " ".join(str(reference).split())[:300]
        if reference and reference not in result:
            result.append(reference)
    return result


def _next_position(meeting):
    highest = db.session.scalar(sa.select(sa.func.max(Directive.position)).where(Directive.meeting_id == meeting.id))
    return (highest or 0) + 1


def add_directive(actor, meeting, text, references=()):
    """Append a directive at the end of the meeting's conclusions."""
    require(can_edit_meeting(actor, meeting))
    text = _clean_directive_text(text)
    directive = Directive(
        meeting=meeting, position=_next_position(meeting), text=text, references=_clean_references(references)
    )
    db.session.add(directive)
    db.session.flush()
    record_event(actor, "directive.create", directive, after={"meeting_id": meeting.id, "text": text})
    return directive


#: A line ending like this closes its paragraph.
SENTENCE_END = tuple('.;:!?…)]"”»')


def _continues(previous, line):
    """Whether ``line`` carries on the paragraph of ``previous`` (text wrapped by hard line breaks)."""
    return not previous.endswith(SENTENCE_END) and line[:1].islower()


def split_paragraphs(text):
    """One directive per paragraph.

    A blank line always ends a paragraph, and so does a line break after a full sentence: pasted
    minutes often put one paragraph on each line. A line that starts in lower case after a line
    that did not end a sentence continues it (text wrapped by hand).
    """
    paragraphs, current = [], []
    for raw_line in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = " ".join(raw_line.split())
        if not line:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        if current and _continues(current[-1], line):
            current.append(line)
            continue
        if current:
            paragraphs.append(" ".join(current))
        current = [line]
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def add_directives_from_text(actor, meeting, text):
    """Append one directive per paragraph of the pasted conclusions."""
    require(can_edit_meeting(actor, meeting))
    text = schemas.PasteInput.check({"text": text}, message=_("Nothing was added."))["text"]
    paragraphs = split_paragraphs(text)
    if not paragraphs:
        raise ValidationFailed(_("Nothing was added."), fields={"text": _("Paste at least one paragraph.")})
    if len(paragraphs) > PASTE_MAX_DIRECTIVES:
        raise ValidationFailed(
            _("Nothing was added."),
            fields={"text": _("At most %(n)d paragraphs at a time.", n=PASTE_MAX_DIRECTIVES)},
        )
    too_long = [index for index, paragraph in enumerate(paragraphs, start=1) if len(paragraph) > DIRECTIVE_MAX]
    if too_long:
        raise ValidationFailed(
            _("Nothing was added."),
            fields={"text": _("Paragraph %(n)d is longer than %(max)d characters.", n=too_long[0], max=DIRECTIVE_MAX)},
        )
    position = _next_position(meeting)
    directives = []
    for offset, paragraph in enumerate(paragraphs):
        directive = Directive(meeting=meeting, position=position + offset, text=paragraph, references=[])
        db.session.add(directive)
        directives.append(directive)
    db.session.flush()
    record_event(
        actor,
        "directive.paste",
        meeting,
        after={"directive_ids": [directive.id for directive in directives], "count": len(directives)},
    )
    return directives


def update_directive(actor, directive, text, references=None):
    require(can_edit_meeting(actor, directive.meeting))
    text = _clean_directive_text(text)
    before = {"text": directive.text, "references": list(directive.references or [])}
    directive.text = text
    if references is not None:
        directive.references = _clean_references(references)
    after = {"text": directive.text, "references": list(directive.references or [])}
    if before != after:
        db.session.flush()
        record_event(actor, "directive.update", directive, before=before, after=after)
    return directive


def _ordered(meeting):
    return list(
        db.session.scalars(
            sa.select(Directive).where(Directive.meeting_id == meeting.id).order_by(Directive.position, Directive.id)
        )
    )


def move_directive(actor, directive, position):
    """Put the directive at ``position`` (1-based, clamped) and renumber the others."""
    meeting = directive.meeting
    require(can_edit_meeting(actor, meeting))
    errors = Errors()
    position = parse_id(position, "position", errors)
    if errors or position is None:
        raise ValidationFailed(_("The directive was not moved."), fields={"position": _("A position is expected.")})
    directives = [item for item in _ordered(meeting) if item.id != directive.id]
    old_position = directive.position
    position = max(1, min(position, len(directives) + 1))
    directives.insert(position - 1, directive)
    for index, item in enumerate(directives, start=1):
        if item.position != index:
            item.position = index
    db.session.flush()
    db.session.expire(meeting, ["directives"])
    if old_position != directive.position:
        record_event(
            actor, "directive.move", directive, before={"position": old_position}, after={"position": position}
        )
    return directive


def directive_task_count(directive):
    return db.session.scalar(sa.select(sa.func.count(Task.id)).where(Task.directive_id == directive.id))


def remove_directive(actor, directive):
    """Remove a directive, refused once tasks were made from it; the others close up."""
    meeting = directive.meeting
    require(can_edit_meeting(actor, meeting))
    count = directive_task_count(directive)
    if count:
        raise ValidationFailed(
            ngettext(
                "This directive has %(num)d task: cancel or move it instead of removing the directive.",
                "This directive has %(num)d tasks: cancel or move them instead of removing the directive.",
                count,
            ),
            fields={"directive_id": _("Tasks were made from this directive.")},
        )
    record_event(
        actor, "directive.remove", directive, before={"meeting_id": meeting.id, "text": directive.text}, after=None
    )
    meeting.directives.remove(directive)
    db.session.delete(directive)
    db.session.flush()
    for index, item in enumerate(_ordered(meeting), start=1):
        if item.position != index:
            item.position = index
    db.session.flush()
    db.session.expire(meeting, ["directives"])
    return meeting
