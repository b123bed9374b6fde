from datetime import date, datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.core.db import UTCDateTime, enum_column, utcnow
from tracker.extensions import db
from tracker.users.models import User


class ReminderKind(StrEnum):
    ASSIGNED = "assigned"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    ESCALATION = "escalation"
    APPROVAL_NEEDED = "approval_needed"
    OUTCOME = "outcome"
    #: Notifications that are not reminders: the email renders the notification (occurrence ``n<id>``).
    EXTENSION_REQUESTED = "extension_requested"
    MENTIONED = "mentioned"
    FOLLOWED_UPDATE = "followed_update"


class ReminderState(StrEnum):
    OWED = "owed"
    #: Claimed by a sending job until ``send_after`` (the lease); an expired lease is owed again.
    SENDING = "sending"
    SENT = "sent"
    #: Not sent: the task closed, or its deadline moved, between the claim and the send.
    SKIPPED = "skipped"
    FAILED = "failed"


#: The states of a reminder not yet settled: owed, or being sent under a lease.
PENDING_STATES = (ReminderState.OWED, ReminderState.SENDING)


class Reminder(db.Model):
    """The ledger of reminders owed and sent: one row per (task, recipient, kind, deadline, occurrence).

    The unique key is what makes a reminder go out once however often the sweep runs.
    """

    __tablename__ = "reminders"
    __table_args__ = (
        sa.UniqueConstraint("task_id", "recipient_id", "kind", "deadline_key", "occurrence", name="uq_reminders_key"),
        sa.Index("ix_reminders_state_send_after", "state", "send_after"),
        sa.Index("ix_reminders_recipient_state", "recipient_id", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(sa.ForeignKey("tasks.id", ondelete="CASCADE"), nullable=False)
    recipient_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"), nullable=False)
    kind: Mapped[ReminderKind] = mapped_column(enum_column(ReminderKind), nullable=False)
    #: The deadline in force when the reminder was owed, as ISO date or ``-``: a moved deadline
    #: gives new keys and so a fresh schedule.
    deadline_key: Mapped[str] = mapped_column(sa.String(10), nullable=False)
    #: Which reminder of the schedule ("d7", "d0", "overdue-1") or which event (update id).
    occurrence: Mapped[str] = mapped_column(sa.String(40), nullable=False)
    #: Sent in the daily digest rather than at once.
    is_digest: Mapped[bool] = mapped_column(default=False, nullable=False)
    state: Mapped[ReminderState] = mapped_column(enum_column(ReminderState), default=ReminderState.OWED, nullable=False)
    #: Earliest moment to send (the send hour in the recipient's zone).
    send_after: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    local_day: Mapped[date | None] = mapped_column(sa.Date)
    attempts: Mapped[int] = mapped_column(default=0, nullable=False)
    last_error: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    enqueued_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    recipient: Mapped[User] = relationship()
    task = relationship("Task")


class SweepRun(db.Model):
    """One run of the reminder sweep; the admin health line shows the last one."""

    __tablename__ = "sweep_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False, index=True)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    as_of: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    owed: Mapped[int] = mapped_column(default=0, nullable=False)
    claimed: Mapped[int] = mapped_column(default=0, nullable=False)
    enqueued: Mapped[int] = mapped_column(default=0, nullable=False)
    source: Mapped[str] = mapped_column(sa.String(20), default="beat", nullable=False)
