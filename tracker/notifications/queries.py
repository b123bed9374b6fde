"""Read questions of the notifications domain, one function each, for the pages and the API."""

from dataclasses import dataclass

import sqlalchemy as sa
from flask import g, has_request_context, request
from sqlalchemy.orm import joinedload

from tracker.extensions import db
from tracker.notifications.models import Notification
from tracker.reminders.models import Reminder
from tracker.tasks.models import Task, TaskStatus, TaskUpdate, UpdateKind
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
