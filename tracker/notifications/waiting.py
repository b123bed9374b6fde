"""What waits for a person: the home page's "waiting for me", one question per kind of work.

- submitted work they may approve (what they, or the department they head, issued);
- extension requests they may decide (the same issuing side);
- tasks returned to them, with the reason, until submitted again;
- their new assignments (not started yet: assigned to them, or unassigned in the department they head).
"""

from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import joinedload

from tracker.extensions import db
from tracker.tasks import queries as task_queries
from tracker.tasks.models import ExtensionRequest, ExtensionStatus, Task, TaskStatus, TaskUpdate, UpdateKind
from tracker.tasks.operations import submitted_by_column
from tracker.users.models import Role

LIMIT = 10


@dataclass
class Waiting:
    to_approve: list = field(default_factory=list)
    extensions: list = field(default_factory=list)
    #: ``[(task, the return's TaskUpdate)]``
    returned: list = field(default_factory=list)
    new: list = field(default_factory=list)

    @property
    def any(self):
        return bool(self.to_approve or self.extensions or self.returned or self.new)


def issued_by(user):
    """The tasks whose work ``user`` approves and whose extensions they decide, or ``None``."""
    if user.role in (Role.ADMIN, Role.LEADER):
        return Task.issuer_id == user.id
    if user.role == Role.HEAD:
        return Task.issuing_department_id == user.department_id
    return None


def _return_entry():
    """A return: the only way from submitted back to in progress."""
    return sa.and_(
        TaskUpdate.task_id == Task.id,
        TaskUpdate.kind == UpdateKind.TRANSITION,
        TaskUpdate.status_from == TaskStatus.SUBMITTED,
        TaskUpdate.status_to == TaskStatus.IN_PROGRESS,
    )


def returned_to(user, limit=LIMIT):
    """Tasks returned to ``user`` (their own work) and not submitted again, with the return."""
    tasks = db.session.scalars(
        sa.select(Task)
        .where(
            task_queries.mine_clause(user),
            Task.status == TaskStatus.IN_PROGRESS,
            sa.select(TaskUpdate.id).where(_return_entry()).exists(),
        )
        .order_by(Task.updated_at.desc(), Task.id.desc())
        .limit(limit)
    ).all()
    if not tasks:
        return []
    returns = db.session.scalars(
        sa.select(TaskUpdate)
        .join(Task, Task.id == TaskUpdate.task_id)
        .where(TaskUpdate.task_id.in_([task.id for task in tasks]), _return_entry())
        .options(joinedload(TaskUpdate.author))
        .order_by(TaskUpdate.created_at, TaskUpdate.id)
    ).all()
    last = {update.task_id: update for update in returns}
    return [(task, last[task.id]) for task in tasks if task.id in last]


def waiting_for(user, limit=LIMIT):
    waiting = Waiting()
    issued = issued_by(user)
    if issued is not None:
        # Four eyes: what the user submitted themselves waits for someone else.
        submitter = submitted_by_column()
        waiting.to_approve = db.session.scalars(
            sa.select(Task)
            .where(issued, Task.status == TaskStatus.SUBMITTED, sa.or_(submitter.is_(None), submitter != user.id))
            .options(*task_queries.page_options())
            .order_by(Task.due_on.asc().nulls_last(), Task.id)
            .limit(limit)
        ).all()
        waiting.extensions = db.session.scalars(
            sa.select(ExtensionRequest)
            .join(Task, Task.id == ExtensionRequest.task_id)
            .where(issued, ExtensionRequest.status == ExtensionStatus.PENDING, ExtensionRequest.requester_id != user.id)
            .options(joinedload(ExtensionRequest.task), joinedload(ExtensionRequest.requester))
            .order_by(ExtensionRequest.created_at, ExtensionRequest.id)
            .limit(limit)
        ).all()
    if user.role in (Role.HEAD, Role.STAFF):
        waiting.returned = returned_to(user, limit)
        waiting.new = new_assignments(user, limit)
    return waiting


def new_assignments(user, limit=LIMIT):
    """The user's work not started yet, the newest first: assigned to them, and for a head the
    department's unassigned tasks. Each group is one range of ``ix_tasks_lead_assignee_status_created``
    read for its first ``limit`` entries (an ``OR`` of the two made the database fetch every
    unassigned task of the department to sort them)."""
    groups = [Task.assignee_id == user.id]
    if user.role == Role.HEAD:
        groups.append(Task.assignee_id.is_(None))
    newest = [
        sa.select(Task.id, Task.created_at)
        .where(Task.lead_department_id == user.department_id, group, Task.status == TaskStatus.ASSIGNED)
        .order_by(Task.created_at.desc(), Task.id.desc())
        .limit(limit)
        .subquery(f"group_{number}")
        for number, group in enumerate(groups)
    ]
    ids = sa.union_all(*(sa.select(group) for group in newest)).subquery("newest")
    return db.session.scalars(
        sa.select(Task).join(ids, ids.c.id == Task.id).order_by(Task.created_at.desc(), Task.id.desc()).limit(limit)
    ).all()
