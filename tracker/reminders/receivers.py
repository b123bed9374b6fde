"""Immediate reminders: the emails of the task workflow's events, owed in the ledger.

The receivers of the domain events (tracker/notifications/receivers.py) call :func:`owe_each`, which
writes ledger rows in the caller's unit of work (claimed with the same ``ON CONFLICT DO NOTHING`` as
the sweep) and queues the delivery for after the commit, so a rolled-back change sends nothing.
Connected once by ``connect()`` from ``create_app``.
"""

from tracker.core.db import utcnow
from tracker.core.mail import after_commit
from tracker.extensions import db
from tracker.reminders.dispatch import enqueue_delivery
from tracker.reminders.models import Reminder, ReminderState
from tracker.reminders.policy import deadline_key
from tracker.reminders.sweep import LEDGER_KEY, insert_ignoring_conflicts


def owe_now(task, kind, recipients, occurrence):
    """Claim an immediate reminder for each recipient; deliver them after the commit."""
    return owe_each(task, kind, {user.id: occurrence for user in recipients})


def owe_each(task, kind, occurrences):
    """Claim an immediate reminder per ``{recipient_id: occurrence}`` in one statement; deliver after commit."""
    if not occurrences:
        return []
    now = utcnow()
    rows = [
        dict(
            task_id=task.id,
            recipient_id=recipient_id,
            kind=kind.value,
            deadline_key=deadline_key(task.due_on),
            occurrence=occurrence[:40],
            is_digest=False,
            state=ReminderState.OWED.value,
            send_after=now,
            attempts=0,
            created_at=now,
            enqueued_at=now,
        )
        for recipient_id, occurrence in occurrences.items()
    ]
    table = Reminder.__table__
    claimed = db.session.execute(
        insert_ignoring_conflicts(table)
        .values(rows)
        .on_conflict_do_nothing(index_elements=LEDGER_KEY)
        .returning(table.c.recipient_id)
    ).all()
    recipient_ids = sorted({recipient_id for (recipient_id,) in claimed})
    for recipient_id in recipient_ids:
        after_commit(
            lambda recipient_id=recipient_id: enqueue_delivery(recipient_id, include_digest=False),
            key=("deliver", recipient_id),  # one job delivers everything owed to the recipient
        )
    return recipient_ids


def connect():
    """Connect the receivers of the task events.

    The notifications domain receives them now: each event becomes an in-app notification and,
    through :func:`owe_each`, an email in this ledger (tracker/notifications/receivers.py).
    """
    from tracker.notifications import receivers

    receivers.connect()
