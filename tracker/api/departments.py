"""Departments: the directory every signed-in user reads; administrators change it."""

import sqlalchemy as sa
from flask_babel import gettext as _

from tracker.api.auth import actor
from tracker.api.inputs import PAGING, Field, load, load_query, optional, paging
from tracker.api.serialisers import DEPARTMENT_SCHEMA, department_json, page_json, page_schema
from tracker.api.spec import endpoint
from tracker.core.errors import NotFound
from tracker.core.permissions import can_manage_departments, require
from tracker.departments import operations
from tracker.departments import queries as department_queries
from tracker.departments.models import Department, DepartmentKind
from tracker.extensions import db

KINDS = [kind.value for kind in DepartmentKind]
ALIAS = Field("string", max_length=300)

DEPARTMENT_FIELDS = {
    "name": Field(
        "string", required=True, min_length=1, max_length=200, example="Department of Science and Technology"
    ),
    "code": Field("string", required=True, max_length=32, example="SKHCN"),
    "kind": Field("string", required=True, enum=KINDS),
    "parent_id": Field("integer", nullable=True),
    "email": Field("string", nullable=True, max_length=254),
    "aliases": Field("array", items=ALIAS, max_items=200, description="Other names and spellings, any language."),
    "name_vi": Field("string", nullable=True, max_length=200, description="The name in Vietnamese (`names.vi`)."),
    "name_en": Field("string", nullable=True, max_length=200, description="The name in English (`names.en`)."),
}
DEPARTMENT_PATCH = {
    **optional(DEPARTMENT_FIELDS),
    "is_active": Field("boolean"),
}
LIST_QUERY = {
    "q": Field("string", max_length=200, description="Text in the name or the code."),
    "kind": Field("string", enum=KINDS),
    "is_active": Field("boolean"),
    "parent_id": Field("integer"),
    **PAGING,
}
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
    query=LIST_QUERY,
    responses={200: "DepartmentPage"},
)
def list_departments():
    """The department directory (every signed-in user may read it, to choose lead departments)."""
    values = load_query(LIST_QUERY)
    page, per_page = paging(values, default_per_page=100)
    query = sa.select(Department)
    if "q" in values:
        query = query.where(department_queries.matching_text(values["q"].strip()))
    if "kind" in values:
        query = query.where(Department.kind == DepartmentKind(values["kind"]))
    if "is_active" in values:
        query = query.where(Department.is_active.is_(values["is_active"]))
    if "parent_id" in values:
        query = query.where(Department.parent_id == values["parent_id"])
    total = db.session.scalar(sa.select(sa.func.count()).select_from(query.subquery()))
    items = db.session.scalars(
        query.order_by(Department.name, Department.id).limit(per_page).offset((page - 1) * per_page)
    ).all()
    return page_json(items, total, page, per_page, department_json)


@endpoint(
    "/departments",
    "POST",
    summary="Create a department (administrators)",
    tag="departments",
    body=DEPARTMENT_FIELDS,
    responses={201: "Department"},
)
def create_department():
    user = actor()
    require(can_manage_departments(user))
    values = _with_names(load(DEPARTMENT_FIELDS))
    department = operations.create_department(user, **values)
    payload = department_json(department)
    db.session.commit()
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
    body=DEPARTMENT_PATCH,
    responses={200: "Department"},
)
def patch_department(department_id):
    """Send only the fields to change; ``is_active: false`` deactivates the department."""
    user = actor()
    require(can_manage_departments(user))
    department = get_department(department_id)
    values = _with_names(load(DEPARTMENT_PATCH), department)
    department = operations.update_department(user, department, **values)
    payload = department_json(department)
    db.session.commit()
    return payload
