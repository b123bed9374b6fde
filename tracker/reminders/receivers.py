"""Receivers of the task workflow's domain events: immediate reminders.

Each receiver writes ledger rows in the caller's unit of work (claimed with the same
``ON CONFLICT DO NOTHING`` as the sweep) and queues the delivery for after the commit, so a
rolled-back change sends nothing. Connected once by ``connect()`` from ``create_app``.
"""

from tracker.core import events
from tracker.core.db import utcnow
from tracker.core.mail import after_commit
from tracker.extensions import db
from tracker.reminders.dispatch import enqueue_delivery
from tracker.reminders.models import Reminder, ReminderKind, ReminderState
from tracker.reminders.policy import assignment_recipients, deadline_key, doing_side, issuing_side
from tracker.reminders.sweep import LEDGER_KEY, insert_ignoring_conflicts
from tracker.tasks.models import TaskStatus


def owe_now(task, kind, recipients, occurrence):
    """Claim an immediate reminder for each recipient; deliver them after the commit."""
    if not recipients:
        return []
    now = utcnow()
    rows = [
        dict(
            task_id=task.id,
            recipient_id=user.id,
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
        for user in recipients
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
        after_commit(lambda recipient_id=recipient_id: enqueue_delivery(recipient_id, include_digest=False))
    return recipient_ids


def _ref(update):
    return f"u{update.id}" if update is not None else utcnow().strftime("t%Y%m%d%H%M%S")


def on_task_created(task, actor=None, update=None, **extra):
    owe_now(task, ReminderKind.ASSIGNED, assignment_recipients(task, actor), f"created:{_ref(update)}")


def on_task_assigned(task, actor=None, update=None, **extra):
    if task.is_open:
        owe_now(task, ReminderKind.ASSIGNED, assignment_recipients(task, actor), f"assigned:{_ref(update)}")


def on_task_transitioned(task, actor=None, action=None, update=None, **extra):
    if action == "submit" and task.status == TaskStatus.SUBMITTED:
        owe_now(task, ReminderKind.APPROVAL_NEEDED, issuing_side(task, actor), f"submit:{_ref(update)}")
    elif action in ("approve", "return"):
        owe_now(task, ReminderKind.OUTCOME, doing_side(task, actor), f"{action}:{_ref(update)}")


def on_extension_decided(extension, actor=None, update=None, **extra):
    action = "extension-approved" if extension.status.value == "approved" else "extension-refused"
    task = extension.task
    owe_now(task, ReminderKind.OUTCOME, doing_side(task, actor), f"{action}:x{extension.id}")


def connect():
    """Connect the receivers (idempotent: blinker keeps one connection per receiver)."""
    events.task_created.connect(on_task_created)
    events.task_assigned.connect(on_task_assigned)
    events.task_transitioned.connect(on_task_transitioned)
    events.extension_decided.connect(on_extension_decided)
