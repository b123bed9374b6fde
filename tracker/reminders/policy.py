"""The reminder policy: who is owed what, on which local day, and when it may be sent.

The table (design.md, Reminders), each number a setting in the Flask config:

==========================================  =================  =========================================
when                                        kind               to
==========================================  =================  =========================================
on assignment                               assigned           lead heads, assignee, coordinating heads
``REMINDER_LEAD_DAYS`` before (7, 3, 1, 0)  due_soon           assignee, or the lead heads if unassigned
the day after, then every N days            overdue            assignee and lead heads
``REMINDER_ESCALATE_AFTER_DAYS`` overdue    escalation         the issuer (in the digest)
on submit                                   approval_needed    the issuer
on approve / return / extension decision    outcome            assignee and lead heads
==========================================  =================  =========================================

A submitted task reminds the approver (the issuer), not the staff; done and cancelled tasks are
silent. Days are counted in the recipient's time zone, and a day's reminders become owed at the send
hour there. A missed sweep is caught up: the occurrence owed is the last threshold crossed, so a
reminder is late rather than lost, and never doubled. The sweep owes the deadline kinds; the people
told of each immediate event are chosen by tracker/notifications/receivers.py, which owes their
emails in the ledger.
"""

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flask import current_app

from tracker.reminders.models import ReminderKind
from tracker.tasks.models import TaskStatus

#: Kinds gathered into the daily digest for recipients who keep the digest on.
DIGEST_KINDS = (ReminderKind.DUE_SOON, ReminderKind.OVERDUE, ReminderKind.ESCALATION)
#: Statuses whose deadline reminders go to the doing side; a submitted task waits on the issuer.
DOING_STATUSES = (TaskStatus.ASSIGNED, TaskStatus.IN_PROGRESS)
NO_DEADLINE_KEY = "-"


@dataclass(frozen=True)
class Policy:
    lead_days: tuple[int, ...]
    overdue_every: int
    escalate_after: int
    send_hour: int
    default_zone: str

    @classmethod
    def from_config(cls, config=None):
        config = config or current_app.config
        return cls(
            lead_days=normalise_lead_days(config["REMINDER_LEAD_DAYS"]),
            overdue_every=max(1, int(config["REMINDER_OVERDUE_EVERY_DAYS"])),
            escalate_after=max(1, int(config["REMINDER_ESCALATE_AFTER_DAYS"])),
            send_hour=int(config["REMINDER_SEND_HOUR"]),
            default_zone=config["TRACKER_TIMEZONE"],
        )

    def lead_days_for(self, user_lead_days):
        """The user's own lead days when they chose some, else the policy's."""
        return normalise_lead_days(user_lead_days) if user_lead_days else self.lead_days


def normalise_lead_days(values):
    """Distinct non-negative days, largest first."""
    return tuple(sorted({int(value) for value in values if int(value) >= 0}, reverse=True))


def zone(name, default="Asia/Ho_Chi_Minh"):
    try:
        return ZoneInfo(name or default)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(default)


def reminder_day(now, zone_name, send_hour):
    """The local day whose reminders are owed at ``now``: today from the send hour on, else yesterday."""
    local = now.astimezone(zone(zone_name))
    day = local.date()
    return day if local.time() >= time(send_hour) else day - timedelta(days=1)


def send_moment(day, zone_name, send_hour):
    """The UTC instant of the send hour on ``day`` in the zone."""
    return datetime.combine(day, time(send_hour), tzinfo=zone(zone_name)).astimezone(UTC)


def deadline_key(due_on):
    return due_on.isoformat() if due_on else NO_DEADLINE_KEY
