"""Reading users: one query per question, for the pages, the API and the exports alike.

"The members of a department" has one meaning everywhere a person is chosen for work (the task
form, the task page's assign box, the bulk form, a list's assignee filter): the **active** heads
and staff, since those are the people :func:`tracker.tasks.operations.assign_task` accepts. A
deactivated person's tasks stay in every list; they are simply no longer offered as a choice.
"""

import itertools

import sqlalchemy as sa

from tracker.core.integers import to_id
from tracker.departments.models import Department
from tracker.extensions import db
from tracker.users.models import Role, User

#: The roles that hold tasks.
TASK_ROLES = (Role.HEAD, Role.STAFF)


def matching_text(q):
    """Users whose name or email contain ``q`` (any case; ``%`` and ``_`` are plain characters)."""
    return sa.or_(User.name.icontains(q, autoescape=True), User.email.icontains(q, autoescape=True))


def assignable(department_ids=None, limit=None):
    """The people a task may be assigned to (active heads and staff), by department name then name.

    ``department_ids`` restricts them to those departments (``None``: every department).
    """
    return db.session.scalars(_assignable_select(sa.select(User), department_ids, limit)).unique().all()


def department_members(department_id):
    """The members of one department that work can be given to (see the module's note), by name."""
    return assignable([department_id])


def assignable_groups(department_ids=None):
    """:func:`assignable`, grouped: ``[(department, [users])]``."""
    users = assignable(department_ids)
    return [(department, list(group)) for department, group in itertools.groupby(users, key=lambda u: u.department)]


def listed(q=None, department_id=None, role=None, is_active=None):
    """The administrators' list of users (and the API's): any filter left ``None`` is not applied."""
    query = sa.select(User).order_by(User.name, User.id)
    if q:
        query = query.where(matching_text(q))
    if department_id is not None:
        query = query.where(User.department_id == department_id)
    if role is not None:
        query = query.where(User.role == Role(role))
    if is_active is not None:
        query = query.where(User.is_active.is_(is_active))
    return query


def matching_ids(text):
    """The ids of the users ``text`` names: an id written in digits, else a part of a name or email."""
    condition = User.id == to_id(text) if text.isdigit() else matching_text(text)
    return sa.select(User.id).where(condition)


def get(user_id):
    return db.session.get(User, user_id)


def any_user():
    """Whether the database has a user yet (a first run has none)."""
    return db.session.scalar(sa.select(User.id).limit(1)) is not None


def by_email():
    """Every user, active or not, by email (the command line's list)."""
    return db.session.scalars(sa.select(User).order_by(User.email)).all()


def listed_page(page, per_page, **filters):
    """One page of :func:`listed` (the administrators' page), as Flask-SQLAlchemy's pagination."""
    return db.paginate(listed(**filters), page=page, per_page=per_page, error_out=False)


def assignable_rows(department_ids=None, limit=None):
    """:func:`assignable` as plain ``(id, name, department code)`` rows, for a long list of choices
    (a leader may assign to two thousand people: objects for each cost more than the page)."""
    selection = sa.select(User.id, User.name, Department.code)
    return db.session.execute(_assignable_select(selection, department_ids, limit)).all()


def _assignable_select(selection, department_ids, limit):
    """``selection`` narrowed to the active heads and staff (of ``department_ids``), by department."""
    query = (
        selection.join(User.department)
        .where(User.is_active.is_(True), User.role.in_(TASK_ROLES))
        .order_by(Department.name, Department.id, User.name, User.id)
    )
    if department_ids is not None:
        query = query.where(User.department_id.in_(list(department_ids)))
    if limit is not None:
        query = query.limit(limit)
    return query
