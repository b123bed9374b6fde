"""Departments: the directory every signed-in user reads; administrators change it."""

from flask_babel import gettext as _

from tracker.api.auth import actor
from tracker.api.serialisers import DEPARTMENT_SCHEMA, department_json, page_json, page_schema
from tracker.api.spec import body, endpoint, query
from tracker.core.db import page_of
from tracker.core.errors import NotFound
from tracker.core.permissions import can_manage_departments, require
from tracker.departments import operations, schemas
from tracker.departments import queries as department_queries
from tracker.departments.models import Department
from tracker.extensions import db

DEPARTMENT_PAGE = page_schema("DepartmentPage", DEPARTMENT_SCHEMA)


def _with_names(values, department=None):
    """``name_vi``/``name_en`` of a body as the operations' ``names`` (a PATCH keeps what it omits)."""
    if "name_vi" not in values and "name_en" not in values:
        return values
    names = dict(department.names or {}) if department is not None else {}
    for language in ("vi", "en"):
        if f"name_{language}" in values:
            names[language] = values.pop(f"name_{language}")
    values["names"] = names
    return values


def get_department(department_id):
    department = db.session.get(Department, department_id)
    if department is None:
        raise NotFound(_("No department has the id %(id)s.", id=department_id))
    return department


@endpoint(
    "/departments",
    "GET",
    summary="List departments",
    tag="departments",
    query=schemas.DepartmentListQuery,
    responses={200: "DepartmentPage"},
)
def list_departments():
    """The department directory (every signed-in user may read it, to choose lead departments)."""
    params = query()
    page, per_page = params.paging(default_per_page=100)
    show = "all" if params.is_active is None else ("active" if params.is_active else "inactive")
    selection = department_queries.listed(q=params.q or None, show=show, kind=params.kind, parent_id=params.parent_id)
    items, total = page_of(selection, page, per_page)
    return page_json(items, total, page, per_page, department_json)


@endpoint(
    "/departments",
    "POST",
    summary="Create a department (administrators)",
    tag="departments",
    body=schemas.DepartmentInput,
    responses={201: "Department"},
)
def create_department():
    user = actor()
    require(can_manage_departments(user))
    values = _with_names(body())
    department = operations.create_department(user, **values)
    payload = department_json(department)
    return payload, 201


@endpoint(
    "/departments/<int:department_id>",
    "GET",
    summary="One department",
    tag="departments",
    responses={200: "Department"},
)
def get_department_view(department_id):
    return department_json(get_department(department_id))


@endpoint(
    "/departments/<int:department_id>",
    "PATCH",
    summary="Change a department (administrators)",
    tag="departments",
    body=schemas.DepartmentPatch,
    responses={200: "Department"},
)
def patch_department(department_id):
    """Send only the fields to change; ``is_active: false`` deactivates the department."""
    user = actor()
    require(can_manage_departments(user))
    department = get_department(department_id)
    values = _with_names(body(), department)
    department = operations.update_department(user, department, **values)
    payload = department_json(department)
    return payload
