"""Read questions of the notifications domain, one function each, for the pages and the API: the
inbox and the bell, who is told of an event, and what waits for a person (the home page)."""

from dataclasses import dataclass, field

import sqlalchemy as sa
from flask import g, has_request_context, request
from sqlalchemy.orm import joinedload

from tracker.extensions import db
from tracker.notifications.models import Notification, NotificationPreference
from tracker.reminders.models import Reminder
from tracker.tasks import queries as task_queries
from tracker.tasks.models import ExtensionRequest, ExtensionStatus, Task, TaskStatus, TaskUpdate, UpdateKind
from tracker.tasks.operations import submitted_by_column
from tracker.users.models import Role, User


@dataclass
class InboxPage:
    items: list
    total: int
    page: int
    per_page: int
    unread: int
    capped = False

    @property
    def pages(self):
        return max(1, -(-self.total // self.per_page))

    @property
    def has_prev(self):
        return self.page > 1

    @property
    def has_next(self):
        return self.page < self.pages

    @property
    def prev_num(self):
        return self.page - 1

    @property
    def next_num(self):
        return self.page + 1


def _unread(user):
    return (
        sa.select(sa.func.count())
        .select_from(Notification)
        .where(Notification.user_id == user.id, Notification.read_at.is_(None))
        .scalar_subquery()
    )


def unread_count(user):
    """The user's unread notifications (counted on the partial index of unread rows)."""
    return db.session.scalar(sa.select(_unread(user)))


def bell(user):
    """The header's bell: :func:`unread_count`, once per request.

    On a task list (a GET of one of the saved views' lists) the list's saved views are read in the
    same statement, for its "Views" menu (``saved_views.links_with``).
    """
    from tracker.tasks import saved_views

    if not has_request_context():
        return unread_count(user)
    kept = g.get("tracker_bell")
    if kept is not None and kept[0] == user.id:
        return kept[1]
    found = saved_views.list_of_request() if request.method == "GET" else None
    if found is None:
        count = unread_count(user)
    else:
        count, _links = saved_views.links_with(user, found[0], _unread(user))
    g.tracker_bell = (user.id, count)
    return count


def inbox(user, *, unread_only=False, page=1, per_page=25):
    """The user's notifications, newest first, with the task and the actor loaded."""
    condition = [Notification.user_id == user.id]
    if unread_only:
        condition.append(Notification.read_at.is_(None))
    unread = bell(user)  # the page's header shows the same count
    total = (
        unread
        if unread_only
        else db.session.scalar(sa.select(sa.func.count()).select_from(Notification).where(*condition))
    )
    items = db.session.scalars(
        sa.select(Notification)
        .where(*condition)
        .options(joinedload(Notification.task).load_only(Task.id, Task.title), joinedload(Notification.actor))
        .order_by(Notification.id.desc())
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    return InboxPage(items=items, total=total, page=page, per_page=per_page, unread=unread)


def returned_reason(task):
    """The comment of the return that sent the task back, while it has not been submitted again."""
    if task.status != TaskStatus.IN_PROGRESS:
        return None
    last = db.session.scalars(
        sa.select(TaskUpdate)
        .where(TaskUpdate.task_id == task.id, TaskUpdate.kind == UpdateKind.TRANSITION)
        .order_by(TaskUpdate.created_at.desc(), TaskUpdate.id.desc())
        .limit(1)
    ).first()
    if last is None or (last.details or {}).get("action") != "return":
        return None
    return last


def task_emails(task):
    """Every reminder and notification email owed or sent about the task, from the ledger."""
    return db.session.scalars(
        sa.select(Reminder)
        .where(Reminder.task_id == task.id)
        .options(joinedload(Reminder.recipient).load_only(User.name, User.email))
        .order_by(Reminder.created_at, Reminder.id)
    ).all()


def departments_without_takers(department_ids=None):
    """Active departments (of ``department_ids``, or all) with no active head or staff to take a task."""
    from tracker.departments.models import Department

    takers = sa.select(User.id).where(
        User.department_id == Department.id, User.is_active.is_(True), User.role.in_((Role.HEAD, Role.STAFF))
    )
    query = sa.select(Department).where(Department.is_active.is_(True), ~takers.exists()).order_by(Department.name)
    if department_ids is not None:
        query = query.where(Department.id.in_(list(department_ids)))
    return db.session.scalars(query).all()


def no_taker_warnings(task):
    """What to tell the issuer on the spot when the task went to a department nobody can take it in."""
    from flask_babel import gettext as _

    if task.assignee_id is not None or not task.is_open:
        return []
    return [
        _(
            "Nobody active in %(name)s can take this task (no head or staff member): tell an administrator.",
            name=department.name,
        )
        for department in departments_without_takers([task.lead_department_id])
    ]


# --- Who is told ----------------------------------------------------------------------------------


def heads_of(*department_ids):
    """The ids of the active heads of ``department_ids`` (``None`` ignored), in id order."""
    return sorted(user_id for ids in heads_by_department(*department_ids).values() for user_id in ids)


def heads_by_department(*department_ids):
    """``{department_id: [ids of its active heads, in id order]}`` for ``department_ids`` (``None``
    ignored; a department with no active head is absent): one statement."""
    ids = sorted({department_id for department_id in department_ids if department_id is not None})
    if not ids:
        return {}
    heads = {}
    rows = db.session.execute(
        sa.select(User.department_id, User.id)
        .where(User.department_id.in_(ids), User.role == Role.HEAD, User.is_active.is_(True))
        .order_by(User.id)
    )
    for department_id, user_id in rows:
        heads.setdefault(department_id, []).append(user_id)
    return heads


def email_off_clause(kind, user_id):
    """True where the user chose ``kind`` in Tracker only (a correlated EXISTS on the preference key),
    for the reminder sweep's claims."""
    return (
        sa.select(sa.literal(1))
        .where(
            NotificationPreference.user_id == user_id,
            NotificationPreference.kind == kind,
            NotificationPreference.email.is_(False),
        )
        .exists()
    )


# --- What waits for a person: the home page's "waiting for me", one question per kind of work -----
# - submitted work they may approve (what they, or the department they head, issued);
# - extension requests they may decide (the same issuing side);
# - tasks returned to them, with the reason, until submitted again;
# - their new assignments (not started yet: assigned to them, or unassigned in the department they head).

#: Entries in each group of the box.
WAITING_LIMIT = 10


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
    """A return: the only way from submitted back to in progress. The values are written into the
    statement, so that the database sees the predicate of ``ix_task_updates_returns`` in it (a
    parameter's value is unknown to a prepared statement's plan)."""

    def written(column, value):
        return column == sa.literal(value, column.type, literal_execute=True)

    return sa.and_(
        TaskUpdate.task_id == Task.id,
        written(TaskUpdate.kind, UpdateKind.TRANSITION),
        written(TaskUpdate.status_from, TaskStatus.SUBMITTED),
        written(TaskUpdate.status_to, TaskStatus.IN_PROGRESS),
    )


def returned_to(user, limit=WAITING_LIMIT):
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


def waiting_for(user, limit=WAITING_LIMIT):
    """What waits for ``user``, at most ``limit`` of each kind: a :class:`Waiting`."""
    waiting = Waiting()
    issued = issued_by(user)
    if issued is not None:
        # Four eyes: what the user submitted themselves waits for someone else.
        submitter = submitted_by_column()
        order = (Task.due_on.asc().nulls_last(), Task.id)
        submitted = (
            sa.select(Task.id)
            .where(issued, Task.status == TaskStatus.SUBMITTED, sa.or_(submitter.is_(None), submitter != user.id))
            .order_by(*order)
            .limit(limit)
            .subquery("submitted")
        )
        waiting.to_approve = task_queries.listed(submitted, order)
        # A head's side is the request's own issuing department (its index); a leader's, the task's issuer.
        side = (
            [ExtensionRequest.issuing_department_id == user.department_id]
            if user.role == Role.HEAD
            else [ExtensionRequest.task_id == Task.id, issued]
        )
        waiting.extensions = db.session.scalars(
            sa.select(ExtensionRequest)
            .where(*side, ExtensionRequest.status == ExtensionStatus.PENDING, ExtensionRequest.requester_id != user.id)
            .options(joinedload(ExtensionRequest.task), joinedload(ExtensionRequest.requester))
            .order_by(ExtensionRequest.created_at, ExtensionRequest.id)
            .limit(limit)
        ).all()
    if user.role in (Role.HEAD, Role.STAFF):
        waiting.returned = returned_to(user, limit)
        waiting.new = new_assignments(user, limit)
    return waiting


def new_assignments(user, limit=WAITING_LIMIT):
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
