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


#: A person offered for work where a line of text shows them: ``(id, name, email, department code)``.
PERSON_COLUMNS = (User.id, User.name, User.email, Department.code)


def assignable_matching(department_ids, q, limit=None):
    """The people a task may be assigned to (of ``department_ids``; ``None``: every department) whose
    name, email or department code contain ``q`` (any case; ``%`` and ``_`` are plain characters),
    as :data:`PERSON_COLUMNS` rows by department then name: the bulk form's suggestions."""
    selection = _assignable_select(sa.select(*PERSON_COLUMNS), department_ids, limit)
    return db.session.execute(selection.where(_person_matching(q))).all()


def assignable_matching_count(department_ids, q):
    """How many people :func:`assignable_matching` finds in all."""
    selection = _assignable_select(sa.select(sa.func.count(User.id)), department_ids, None).order_by(None)
    return db.session.scalar(selection.where(_person_matching(q)))


def assignable_exactly(department_ids, *, user_id=None, email=None, name=None, limit=2):
    """The people a task may be assigned to (of ``department_ids``) with this id, else this email,
    else this name (any case), as :data:`PERSON_COLUMNS` rows; at most ``limit`` (two say "several")."""
    if user_id is not None:
        condition = User.id == user_id
    elif email is not None:
        condition = User.email == email.strip().lower()  # stored lower-cased
    else:
        condition = sa.func.lower(User.name) == sa.func.lower(name)
    selection = _assignable_select(sa.select(*PERSON_COLUMNS), department_ids, limit)
    return db.session.execute(selection.where(condition)).all()


def _person_matching(q):
    return sa.or_(matching_text(q), Department.code.icontains(q, autoescape=True))


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
