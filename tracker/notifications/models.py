from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.core.db import UTCDateTime, enum_column, utcnow
from tracker.extensions import db
from tracker.users.models import User


class NotificationKind(StrEnum):
    ASSIGNED = "assigned"
    DEPARTMENT_TASK = "department_task"
    COORDINATING = "coordinating"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    RETURNED = "returned"
    EXTENSION_REQUESTED = "extension_requested"
    EXTENSION_DECIDED = "extension_decided"
    MENTIONED = "mentioned"
    FOLLOWED_UPDATE = "followed_update"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    ESCALATION = "escalation"


class Notification(db.Model):
    """One thing a person is told about, in Tracker (and by email through the reminder ledger)."""

    __tablename__ = "notifications"
    __table_args__ = (
        # The inbox, newest first, and its unread filter: both walk the index from the end.
        sa.Index("ix_notifications_user_id", "user_id", "id"),
        # The bell: a count over the unread rows of one user only.
        sa.Index(
            "ix_notifications_user_unread",
            "user_id",
            sqlite_where=sa.text("read_at IS NULL"),
            postgresql_where=sa.text("read_at IS NULL"),
        ),
        # Opening a task marks its notifications read.
        sa.Index("ix_notifications_task_user", "task_id", "user_id"),
        # The beat prunes old ones.
        sa.Index("ix_notifications_created_at", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    kind: Mapped[NotificationKind] = mapped_column(enum_column(NotificationKind), nullable=False)
    task_id: Mapped[int | None] = mapped_column(sa.ForeignKey("tasks.id", ondelete="CASCADE"))
    #: Who made the change; ``None`` for the reminders of the sweep.
    actor_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    #: The comment that came with the change (a return's reason, a decision's comment, a comment).
    detail: Mapped[str | None] = mapped_column(sa.Text)
    #: What the text needs beyond the kind: ``approved`` and ``due_on`` of a decision, ``event`` of a
    #: followed update.
    data: Mapped[dict | None] = mapped_column(sa.JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    task = relationship("Task")
    actor: Mapped[User | None] = relationship(foreign_keys=[actor_id])


class TaskFollower(db.Model):
    """A person who hears of everything that happens on a task."""

    __tablename__ = "task_followers"
    __table_args__ = (sa.Index("ix_task_followers_user", "user_id", "task_id"),)

    task_id: Mapped[int] = mapped_column(sa.ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class NotificationPreference(db.Model):
    """A kind a user chose to get in Tracker only (no row: by email as well)."""

    __tablename__ = "notification_preferences"

    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[NotificationKind] = mapped_column(enum_column(NotificationKind), primary_key=True)
    email: Mapped[bool] = mapped_column(default=False, nullable=False)
