from datetime import date, datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.core.db import TimestampMixin, UTCDateTime, enum_column, utcnow
from tracker.departments.models import Department
from tracker.extensions import db
from tracker.search.folding import column_default
from tracker.users.models import User


class TaskStatus(StrEnum):
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    SUBMITTED = "submitted"
    DONE = "done"
    CANCELLED = "cancelled"


OPEN_STATUSES = (TaskStatus.ASSIGNED, TaskStatus.IN_PROGRESS, TaskStatus.SUBMITTED)


class Timing(StrEnum):
    ON_TRACK = "on_track"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    ON_TIME = "on_time"
    LATE = "late"
    NO_DEADLINE = "no_deadline"


class Recurrence(StrEnum):
    NONE = "none"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"


class UpdateKind(StrEnum):
    CREATED = "created"
    TRANSITION = "transition"
    PROGRESS = "progress"
    COMMENT = "comment"
    EDIT = "edit"
    ASSIGNMENT = "assignment"
    EXTENSION = "extension"
    EVIDENCE = "evidence"


class ExtensionStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REFUSED = "refused"


task_coordinators = sa.Table(
    "task_coordinators",
    db.metadata,
    sa.Column("task_id", sa.ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("department_id", sa.ForeignKey("departments.id"), primary_key=True),
    # The task's status and deadline, copied by triggers (revision c6e8a2d4f7b9): the tasks a
    # department coordinates are then one index range in deadline order per status.
    sa.Column("status", sa.String(20)),
    sa.Column("due_on", sa.Date),
    sa.Index("ix_task_coordinators_department", "department_id", "task_id"),
    sa.Index("ix_task_coordinators_walk", "department_id", "status", "due_on", "task_id"),
)


class Task(TimestampMixin, db.Model):
    __tablename__ = "tasks"
    __table_args__ = (
        # "My tasks": the assignee's (or, for a head, the unassigned) within the lead department, in
        # the lists' order (deadline, then id: revision e2a4c6b8d0f1).
        sa.Index("ix_tasks_lead_assignee_status_due", "lead_department_id", "assignee_id", "status", "due_on", "id"),
        # ... and their new assignments, the newest first (tracker/notifications/queries.py).
        sa.Index(
            "ix_tasks_lead_assignee_status_created", "lead_department_id", "assignee_id", "status", "created_at", "id"
        ),
        sa.Index("ix_tasks_assignee_status_due", "assignee_id", "status", "due_on"),
        sa.Index("ix_tasks_issuing_status_due", "issuing_department_id", "status", "due_on"),
        # Walks of one status in deadline order, read from the index alone (tracker/tasks/queries.py).
        sa.Index("ix_tasks_status_walk", "status", "due_on", "id", "missed_due_on"),
        # Search everywhere's exact title (tracker/search/queries.py).
        sa.Index("ix_tasks_folded_title_exact", "folded_title", postgresql_using="hash"),
        # A deadline window whatever the status, in deadline order.
        sa.Index("ix_tasks_due", "due_on", "id"),
        # The periodic report's counts, read from the index alone (tracker/reports/queries.py).
        sa.Index("ix_tasks_report", "lead_department_id", "status", "due_on", "completed_on", "missed_due_on"),
        # The periodic report's lists (tracker/reports/queries.py): the tasks completed late, the
        # latest first; the overdue ones that had missed a deadline, beside ix_tasks_due for the rest.
        sa.Index("ix_tasks_completed", "completed_on", "id"),
        # ... and one department's, the latest completed first (revision a3c5e7f9b1d2).
        sa.Index("ix_tasks_lead_completed", "lead_department_id", "completed_on", "id"),
        sa.Index("ix_tasks_missed_due", "missed_due_on", "id"),
        # A source document's report: its directives' tasks counted from the index alone.
        sa.Index(
            "ix_tasks_directive_report",
            "directive_id",
            "lead_department_id",
            "status",
            "due_on",
            "completed_on",
            "missed_due_on",
        ),
        # A meeting's tasks by directive, then id, as its page shows them (revision c4e6a8b0d2f4).
        sa.Index("ix_tasks_meeting_order", "meeting_id", "directive_id", "id"),
        sa.CheckConstraint("progress >= 0 AND progress <= 100", name="progress_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(sa.String(500), nullable=False)
    description: Mapped[str | None] = mapped_column(sa.Text)
    meeting_id: Mapped[int | None] = mapped_column(sa.ForeignKey("meetings.id"))
    directive_id: Mapped[int | None] = mapped_column(sa.ForeignKey("directives.id"))  # ix_tasks_directive_report
    issuing_department_id: Mapped[int] = mapped_column(sa.ForeignKey("departments.id"), nullable=False)
    issuer_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"), nullable=False, index=True)
    lead_department_id: Mapped[int] = mapped_column(sa.ForeignKey("departments.id"), nullable=False)
    assignee_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    #: The deadline in force (moved by approved extensions); ``None`` when there is none.
    due_on: Mapped[date | None] = mapped_column(sa.Date)
    #: The deadline exactly as written in the directive ("by the end of Q3 2025").
    deadline_text: Mapped[str | None] = mapped_column(sa.String(300))
    #: The deadline that had already passed when an extension was asked for (and then granted): the
    #: task is judged on time or late against it, not against ``due_on`` (see timing.py).
    missed_due_on: Mapped[date | None] = mapped_column(sa.Date)
    recurrence: Mapped[Recurrence] = mapped_column(enum_column(Recurrence), default=Recurrence.NONE, nullable=False)
    #: First task of a recurring series; each approved occurrence creates the next one.
    series_id: Mapped[int | None] = mapped_column(sa.ForeignKey("tasks.id"), index=True)
    occurrence: Mapped[int] = mapped_column(default=1, nullable=False)
    priority: Mapped[Priority] = mapped_column(enum_column(Priority), default=Priority.NORMAL, nullable=False)
    target_value: Mapped[float | None] = mapped_column(sa.Float)
    target_unit: Mapped[str | None] = mapped_column(sa.String(100))
    current_value: Mapped[float | None] = mapped_column(sa.Float)
    progress: Mapped[int] = mapped_column(default=0, nullable=False)
    status: Mapped[TaskStatus] = mapped_column(enum_column(TaskStatus), default=TaskStatus.ASSIGNED, nullable=False)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: Local date of completion in the province's zone; on-time is judged against it.
    completed_on: Mapped[date | None] = mapped_column(sa.Date)
    version: Mapped[int] = mapped_column(default=1, nullable=False)
    #: Title and description folded for the search everywhere (tracker/search/folding.py), kept by
    #: the column defaults and tracker/search/maintenance.py; indexed by trigrams.
    folded_title: Mapped[str | None] = mapped_column(sa.Text, default=column_default("title"), deferred=True)
    folded_body: Mapped[str | None] = mapped_column(sa.Text, default=column_default("description"), deferred=True)

    issuing_department: Mapped[Department] = relationship(foreign_keys=[issuing_department_id])
    lead_department: Mapped[Department] = relationship(foreign_keys=[lead_department_id])
    coordinating_departments: Mapped[list[Department]] = relationship(
        secondary=task_coordinators, order_by=Department.name
    )
    issuer: Mapped[User] = relationship(foreign_keys=[issuer_id])
    assignee: Mapped[User | None] = relationship(foreign_keys=[assignee_id])
    meeting = relationship("Meeting", foreign_keys=[meeting_id])
    directive = relationship("Directive", foreign_keys=[directive_id])

    __mapper_args__ = {"version_id_col": version}

    def __repr__(self):
        return f"<Task {self.id} {self.status}>"

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES

    @property
    def coordinating_department_ids(self):
        return {department.id for department in self.coordinating_departments}

    def involves_department(self, department_id):
        return (
            department_id in (self.lead_department_id, self.issuing_department_id)
            or department_id in self.coordinating_department_ids
        )


#: The predicate of ``ix_task_updates_returns``: an update that returned submitted work.
RETURNS_ONLY = "kind = 'transition' AND status_from = 'submitted' AND status_to = 'in_progress'"


class TaskUpdate(db.Model):
    """One entry of a task's history."""

    __tablename__ = "task_updates"
    __table_args__ = (
        sa.Index("ix_task_updates_task_created", "task_id", "created_at"),
        # The returns (submitted back to in progress), a few of a task's many entries: the home
        # page's "returned to me" tests each of a person's tasks in progress for one
        # (tracker/notifications/queries.py).
        sa.Index(
            "ix_task_updates_returns",
            "task_id",
            postgresql_where=sa.text(RETURNS_ONLY),
            sqlite_where=sa.text(RETURNS_ONLY),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(sa.ForeignKey("tasks.id", ondelete="CASCADE"), nullable=False)
    author_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    kind: Mapped[UpdateKind] = mapped_column(enum_column(UpdateKind), nullable=False)
    status_from: Mapped[TaskStatus | None] = mapped_column(enum_column(TaskStatus))
    status_to: Mapped[TaskStatus | None] = mapped_column(enum_column(TaskStatus))
    progress: Mapped[int | None]
    current_value: Mapped[float | None] = mapped_column(sa.Float)
    comment: Mapped[str | None] = mapped_column(sa.Text)
    #: Structured detail: changed fields with before/after, old and new deadline, and so on.
    details: Mapped[dict | None] = mapped_column(sa.JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    task: Mapped[Task] = relationship(backref=sa.orm.backref("updates", order_by="TaskUpdate.created_at"))
    author: Mapped[User | None] = relationship()
    attachments: Mapped[list["Attachment"]] = relationship(back_populates="update")


class Attachment(db.Model):
    """An evidence file, stored outside the web root under a random key."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(sa.ForeignKey("tasks.id", ondelete="CASCADE"), nullable=False, index=True)
    update_id: Mapped[int | None] = mapped_column(sa.ForeignKey("task_updates.id"), index=True)
    filename: Mapped[str] = mapped_column(sa.String(255), nullable=False)
    content_type: Mapped[str] = mapped_column(sa.String(100), nullable=False)
    size: Mapped[int] = mapped_column(nullable=False)
    sha256: Mapped[str] = mapped_column(sa.String(64), nullable=False)
    storage_key: Mapped[str] = mapped_column(sa.String(64), unique=True, nullable=False)
    uploaded_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    update: Mapped[TaskUpdate | None] = relationship(back_populates="attachments")


class ExtensionRequest(db.Model):
    __tablename__ = "extension_requests"
    __table_args__ = (
        # The pending requests, the oldest first (a leader's "waiting for me": a walk of this index,
        # each request's task looked up by key for its issuer).
        sa.Index("ix_extension_requests_waiting", "status", "created_at", "id"),
        # ... and those a department decides, the oldest first (a head's; revision d6f8b0c2e4a6).
        sa.Index("ix_extension_requests_issuing_waiting", "issuing_department_id", "status", "created_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(sa.ForeignKey("tasks.id", ondelete="CASCADE"), nullable=False, index=True)
    requested_due_on: Mapped[date] = mapped_column(sa.Date, nullable=False)
    #: The deadline in force when the request was made.
    previous_due_on: Mapped[date | None] = mapped_column(sa.Date)
    reason: Mapped[str] = mapped_column(sa.Text, nullable=False)
    requester_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"), nullable=False)
    #: The task's issuing department, which decides (set when the task is created, never changed).
    issuing_department_id: Mapped[int] = mapped_column(sa.ForeignKey("departments.id"), nullable=False)
    status: Mapped[ExtensionStatus] = mapped_column(
        enum_column(ExtensionStatus), default=ExtensionStatus.PENDING, nullable=False
    )
    decided_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decision_comment: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    task: Mapped[Task] = relationship()
    requester: Mapped[User] = relationship(foreign_keys=[requester_id])
    decided_by: Mapped[User | None] = relationship(foreign_keys=[decided_by_id])
