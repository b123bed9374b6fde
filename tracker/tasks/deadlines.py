"""Deadlines that move: extension requests and their decision, and the next occurrence's date."""

import calendar
from datetime import date

from flask_babel import gettext as _

from tracker.core import events
from tracker.core.audit import jsonable, record_event
from tracker.core.db import utcnow
from tracker.core.errors import InvalidTransition, ValidationFailed
from tracker.core.permissions import can_decide_extension, can_request_extension, require
from tracker.extensions import db
from tracker.tasks import queries, schemas
from tracker.tasks.history import add_update, flush, require_open, touch
from tracker.tasks.models import ExtensionRequest, ExtensionStatus, Recurrence, Task, UpdateKind
from tracker.tasks.timing import local_date, today_local
from tracker.tasks.validation import Errors

PERIOD_MONTHS = {Recurrence.MONTHLY: 1, Recurrence.QUARTERLY: 3, Recurrence.YEARLY: 12}


def add_months(day, months, preferred_day=None):
    """Move ``day`` on by ``months``, keeping ``preferred_day`` of the month where the month has it.

    Jan 31 + 1 month is Feb 28 (29 in a leap year); with ``preferred_day`` 31 the month after is
    Mar 31 again, so a series due at month end stays at month end.
    """
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(preferred_day or day.day, last))


def scheduled_due_on(task):
    """The deadline the task had before any approved extension (extensions don't shift a series)."""
    first = queries.first_approved_extension(task)
    if first is not None and first.previous_due_on is not None:
        return first.previous_due_on
    return task.due_on


def next_due_on(task):
    months = PERIOD_MONTHS[Recurrence(task.recurrence)]
    scheduled = scheduled_due_on(task)
    first = task if task.series_id in (None, task.id) else db.session.get(Task, task.series_id)
    preferred_day = scheduled_due_on(first).day if first is not None and first.due_on else scheduled.day
    return add_months(scheduled, months, preferred_day)


def request_extension(actor, task, *, due_on, reason):
    """Ask the issuing side to move the deadline (the lead department's people)."""
    require(can_request_extension(actor, task))
    require_open(task, _("Only an open task can have its deadline extended."))
    errors = Errors()
    values = schemas.ExtensionInput.check({"due_on": due_on, "reason": reason}, errors=errors)
    due_on, reason = values.get("due_on"), values.get("reason")
    if due_on is None and "due_on" not in errors:
        errors.add("due_on", _("The new deadline is required."))
    elif due_on is not None:
        if task.due_on is not None and due_on <= task.due_on:
            errors.add("due_on", _("The new deadline must be after the current one."))
        elif due_on < today_local():
            errors.add("due_on", _("The new deadline cannot be in the past."))
    if not errors and queries.pending_extension(task) is not None:
        errors.add("due_on", _("An extension request is already waiting for a decision."))
    if errors:
        raise ValidationFailed(_("The extension was not requested."), fields=errors)
    extension = ExtensionRequest(
        task_id=task.id,
        requested_due_on=due_on,
        previous_due_on=task.due_on,
        reason=reason,
        requester_id=actor.id,
        issuing_department_id=task.issuing_department_id,
        status=ExtensionStatus.PENDING,
    )
    db.session.add(extension)
    flush()
    update = add_update(
        task,
        actor,
        UpdateKind.EXTENSION,
        comment=reason,
        details={
            "extension_id": extension.id,
            "state": "requested",
            "due_from": jsonable(task.due_on),
            "due_to": due_on.isoformat(),
        },
    )
    record_event(
        actor,
        "extension.request",
        extension,
        after={"task_id": task.id, "requested_due_on": due_on.isoformat(), "previous_due_on": jsonable(task.due_on)},
    )
    flush()
    events.extension_requested.send(extension, actor=actor, update=update)
    return extension


def _as_bool(value):
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("1", "true", "yes", "approve", "on"):
        return True
    if isinstance(value, str) and value.strip().lower() in ("0", "false", "no", "refuse", "off"):
        return False
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise ValidationFailed(_("Approve or refuse?"), fields={"approve": _("true or false is expected.")})


def decide_extension(actor, extension, *, approve, comment=None):
    """Approve (moving the deadline, the old one kept in the history) or refuse an extension request."""
    task = extension.task
    require(can_decide_extension(actor, task, requested_by_id=extension.requester_id))
    approve = _as_bool(approve)
    if extension.status != ExtensionStatus.PENDING:
        raise InvalidTransition(_("This request was already decided."))
    if approve:
        require_open(task, _("The task is closed: its deadline can no longer move."))
    errors = Errors()
    comment = schemas.Decision.check({"approve": bool(approve), "comment": comment}, errors=errors).get("comment")
    if errors:
        raise ValidationFailed(_("The decision was not saved."), fields=errors)
    previous_due_on = task.due_on
    extension.status = ExtensionStatus.APPROVED if approve else ExtensionStatus.REFUSED
    extension.decided_by_id = actor.id
    extension.decided_at = utcnow()
    extension.decision_comment = comment
    details = {"extension_id": extension.id, "state": extension.status.value}
    if approve:
        asked_on = local_date(extension.created_at) if extension.created_at else today_local()
        if previous_due_on is not None and asked_on > previous_due_on and task.missed_due_on is None:
            # Asked for after the deadline had passed: the task stays judged from the missed one.
            task.missed_due_on = previous_due_on
        task.due_on = extension.requested_due_on
        # The deadline as written ("by the end of Q3") no longer holds: the new date replaces it.
        task.deadline_text = None
        details.update(due_from=jsonable(previous_due_on), due_to=task.due_on.isoformat())
        touch(task)
    flush()
    update = add_update(task, actor, UpdateKind.EXTENSION, comment=comment, details=details)
    record_event(
        actor,
        "extension.approve" if approve else "extension.refuse",
        extension,
        before={"due_on": jsonable(previous_due_on)},
        after={"due_on": jsonable(task.due_on), "status": extension.status.value},
    )
    flush()
    events.extension_decided.send(extension, actor=actor, update=update)
    if approve and previous_due_on != task.due_on:
        events.task_deadline_changed.send(task, actor=actor, previous_due_on=previous_due_on, update=update)
    return extension
