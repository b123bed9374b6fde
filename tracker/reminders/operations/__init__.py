"""Writes to the reminder ledger: the sweep's claims (:mod:`.sweep`), the deliveries
(:mod:`.delivery`), and here the immediate reminders of the task events and the operator's replay.

The receivers of the domain events (tracker/notifications/receivers.py, through
:func:`tracker.notifications.operations.notify`) call :func:`owe_each`, which writes ledger rows in
the caller's unit of work (claimed with the same ``ON CONFLICT DO NOTHING`` as the sweep) and queues
the delivery for after the commit, so a rolled-back change sends nothing.
"""

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from tracker.core.db import utcnow
from tracker.core.mail import after_commit
from tracker.extensions import db
from tracker.reminders.dispatch import enqueue_delivery
from tracker.reminders.models import Reminder, ReminderState
from tracker.reminders.policy import deadline_key

#: The ledger's unique key: a reminder is claimed once per task, recipient, kind, deadline in force
#: and occurrence.
LEDGER_KEY = ["task_id", "recipient_id", "kind", "deadline_key", "occurrence"]


def insert_ignoring_conflicts(table):
    """``INSERT ... ON CONFLICT DO NOTHING`` for the dialect in use (SQLite or PostgreSQL)."""
    dialect = db.session.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)


def owe_each(task, occurrences):
    """Claim an immediate reminder per ``{(recipient_id, kind): occurrence}`` in one statement;
    deliver after commit."""
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
        for (recipient_id, kind), occurrence in occurrences.items()
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


def retry_failed():
    """Make every failed reminder owed again, with fresh attempts, for the next sweep to send; return
    how many. The caller commits."""
    return db.session.execute(
        sa.update(Reminder)
        .where(Reminder.state == ReminderState.FAILED)
        .values(state=ReminderState.OWED, attempts=0, send_after=utcnow(), enqueued_at=None)
    ).rowcount
