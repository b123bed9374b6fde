"""Reading departments: one query per question, for the pages, the API and the exports alike."""

import sqlalchemy as sa

from tracker.departments.models import Department, DepartmentKind
from tracker.extensions import db

#: The administrators' list: which departments by state.
SHOWN = ("active", "inactive", "all")


def matching_text(q):
    """Departments whose name or code contain ``q`` (any case; ``%`` and ``_`` are plain characters)."""
    return sa.or_(Department.name.icontains(q, autoescape=True), Department.code.icontains(q, autoescape=True))


def active_departments():
    """The departments work can be given to (lead, coordinate, host, attend), by name."""
    return db.session.scalars(
        sa.select(Department).where(Department.is_active.is_(True)).order_by(Department.name)
    ).all()


def all_departments():
    """Every department, active or not, by name (a parent may be an inactive department)."""
    return db.session.scalars(sa.select(Department).order_by(Department.name)).all()


def listed(q=None, show="all", kind=None, parent_id=None):
    """The directory, by name: ``q`` in the name or code, ``show`` one of :data:`SHOWN`, of one
    ``kind``, under one parent; the administrators' page and ``GET /api/v1/departments`` alike."""
    query = sa.select(Department).order_by(Department.name, Department.id)
    if q:
        query = query.where(matching_text(q))
    if show == "active":
        query = query.where(Department.is_active.is_(True))
    elif show == "inactive":
        query = query.where(Department.is_active.is_(False))
    if kind is not None:
        query = query.where(Department.kind == DepartmentKind(kind))
    if parent_id is not None:
        query = query.where(Department.parent_id == parent_id)
    return query


def get(department_id):
    return db.session.get(Department, department_id)


def directory(q=None, show="active"):
    """The administrators' directory page: :func:`listed`, all of it (a province has a few hundred)."""
    return db.session.scalars(listed(q=q, show=show)).all()


def active_directory():
    """``(id, name, aliases, code)`` rows of the active departments, by id (what the extractor
    recognises departments by)."""
    return db.session.execute(
        sa.select(Department.id, Department.name, Department.aliases, Department.code)
        .where(Department.is_active.is_(True))
        .order_by(Department.id)
    ).all()


def active_names():
    """``(id, name)`` rows of the active departments, by name (a list of choices)."""
    return db.session.execute(
        sa.select(Department.id, Department.name).where(Department.is_active.is_(True)).order_by(Department.name)
    ).all()
