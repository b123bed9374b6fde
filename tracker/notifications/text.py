"""What a notification says, in the reader's language (rendered when read, never stored)."""

from datetime import date

from flask_babel import format_date, ngettext
from flask_babel import gettext as _

from tracker.notifications.models import NotificationKind as Kind


def _date(value):
    try:
        return format_date(date.fromisoformat(value), "medium") if value else ""
    except ValueError:
        return value


def event_label(event):
    return {
        "assigned": _("the assignee changed"),
        "start": _("work started"),
        "submit": _("work submitted"),
        "approve": _("work approved"),
        "return": _("work returned"),
        "cancel": _("task cancelled"),
        "extension_requested": _("extension requested"),
        "extension_approved": _("extension granted"),
        "extension_refused": _("extension refused"),
        "deadline_changed": _("deadline changed"),
        "commented": _("new comment"),
        "edited": _("task edited"),
        "progress": _("progress reported"),
    }.get(event, event or "")


def notification_text(kind, actor_name=None, data=None):
    """One sentence: who did what (the task is named beside it)."""
    data = data or {}
    who = actor_name or _("Tracker")
    kind = Kind(kind)
    if kind == Kind.ASSIGNED:
        return _("%(name)s assigned this task to you.", name=who)
    if kind == Kind.DEPARTMENT_TASK:
        if data.get("assigned"):
            return _("%(name)s gave your department this task.", name=who)
        return _("%(name)s gave your department this task; nobody is assigned yet.", name=who)
    if kind == Kind.COORDINATING:
        return _("%(name)s named your department as coordinating this task.", name=who)
    if kind == Kind.SUBMITTED:
        return _("%(name)s submitted the work: it waits for your approval.", name=who)
    if kind == Kind.APPROVED:
        return _("%(name)s approved the work.", name=who)
    if kind == Kind.RETURNED:
        return _("%(name)s returned the work: it needs more work.", name=who)
    if kind == Kind.EXTENSION_REQUESTED:
        return _("%(name)s asks to move the deadline to %(date)s.", name=who, date=_date(data.get("due_on")))
    if kind == Kind.EXTENSION_DECIDED:
        if data.get("approved"):
            return _(
                "%(name)s granted the extension: the deadline is now %(date)s.",
                name=who,
                date=_date(data.get("due_on")),
            )
        return _("%(name)s refused the extension; the deadline stays.", name=who)
    if kind == Kind.MENTIONED:
        return _("%(name)s mentioned you in a comment.", name=who)
    if kind == Kind.FOLLOWED_UPDATE:
        return _("%(name)s: %(event)s (a task you follow).", name=who, event=event_label(data.get("event")))
    if kind == Kind.DUE_SOON:
        return _("The deadline is near.")
    if kind == Kind.OVERDUE:
        return _("The deadline has passed.")
    return _("Overdue for several days: escalated to you.")


def describe(notification):
    actor = notification.actor
    return notification_text(notification.kind, actor.name if actor else None, notification.data)


def kind_label(kind):
    """The kind's name on Settings and in the task's record of emails."""
    return {
        "assigned": _("A task is assigned to me"),
        "department_task": _("A task comes to my department with nobody assigned"),
        "coordinating": _("My department is named as coordinating"),
        "submitted": _("Work waits for my approval"),
        "approved": _("My work is approved"),
        "returned": _("My work is returned"),
        "extension_requested": _("An extension waits for my decision"),
        "extension_decided": _("An extension is decided"),
        "mentioned": _("Someone mentions me"),
        "followed_update": _("Something happens on a task I follow"),
        "due_soon": _("A deadline is near"),
        "overdue": _("A deadline has passed"),
        "escalation": _("A task is overdue for days (escalation)"),
    }.get(getattr(kind, "value", kind), str(kind))


def email_kind_label(row):
    """A ledger row's kind, as the task's record of emails shows it (an outcome says which)."""
    if row.kind.value == "outcome":
        action = row.occurrence.partition(":")[0].replace("-", "_")
        return f"{_('Outcome')}: {event_label(action)}"
    return {
        "assigned": _("New task"),
        "due_soon": _("Due soon"),
        "overdue": _("Overdue"),
        "escalation": _("Escalation"),
        "approval_needed": _("Waiting for approval"),
        "outcome": _("Outcome"),
        "extension_requested": _("Extension requested"),
        "mentioned": _("Mention"),
        "followed_update": _("Update on a followed task"),
    }.get(row.kind.value, row.kind.value)


def email_state_label(row):
    state = row.state.value
    if state == "sent":
        return _("delivered")
    if state == "failed":
        return ngettext(
            "failing: gave up after %(num)d attempt", "failing: gave up after %(num)d attempts", row.attempts
        )
    if state == "skipped":
        if not row.last_error:
            return _("not emailed: the recipient chose Tracker only")
        return _("not sent: the task closed or its deadline moved")
    if row.attempts:
        return _("failing: retrying (attempt %(n)d)", n=row.attempts)
    return _("waiting to be sent")
