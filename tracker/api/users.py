"""Users: who am I, the people of a department (to choose an assignee), and administration."""

import sqlalchemy as sa
from flask_babel import gettext as _
from flask_wtf.csrf import generate_csrf

from tracker.api.auth import actor
from tracker.api.inputs import PAGING, Field, load, load_query, optional, paging
from tracker.api.serialisers import USER_SCHEMA, me_json, page_json, page_schema, user_json
from tracker.api.spec import endpoint
from tracker.core.errors import NotFound
from tracker.core.permissions import can_manage_users, can_view_department, can_view_everything, require
from tracker.extensions import db
from tracker.users import operations
from tracker.users import queries as user_queries
from tracker.users.models import Role, User

ROLES = [role.value for role in Role]

USER_FIELDS = {
    "email": Field("string", required=True, max_length=254, example="officer@skhcn.example.gov.vn"),
    "name": Field("string", required=True, min_length=1, max_length=200),
    "department_id": Field("integer", required=True),
    "role": Field("string", required=True, enum=ROLES),
    "password": Field(
        "string",
        max_length=1000,
        description="At least 10 characters, not a common password nor made of the name or email; omit it to "
        "email the user an invitation to choose one.",
    ),
    "locale": Field("string", enum=["en", "vi", "fr", "sv"]),
    "timezone": Field("string", nullable=True, max_length=64, description="IANA zone; null for the default."),
}
USER_PATCH = {**optional(USER_FIELDS), "is_active": Field("boolean")}
LIST_QUERY = {
    "department_id": Field("integer"),
    "role": Field("string", enum=ROLES),
    "is_active": Field("boolean"),
    "q": Field("string", max_length=200, description="Text in the name or the email."),
    **PAGING,
}
USER_PAGE = page_schema("UserPage", USER_SCHEMA)


def get_user(user_id):
    user = db.session.get(User, user_id)
    if user is None:
        raise NotFound(_("No user has the id %(id)s.", id=user_id))
    return user


@endpoint("/users/me", "GET", summary="The signed-in user", tag="users", responses={200: "Me"})
def get_me():
    return me_json(actor())


@endpoint("/users", "GET", summary="List users", tag="users", query=LIST_QUERY, responses={200: "UserPage"})
def list_users():
    """Leaders, observers and administrators list everyone; others the people of their own department."""
    user = actor()
    values = load_query(LIST_QUERY)
    page, per_page = paging(values)
    query = sa.select(User)
    if "department_id" in values:
        require(can_view_department(user, values["department_id"]))
        query = query.where(User.department_id == values["department_id"])
    elif not can_view_everything(user):
        query = query.where(User.department_id == user.department_id)
    if "role" in values:
        query = query.where(User.role == Role(values["role"]))
    if "is_active" in values:
        query = query.where(User.is_active.is_(values["is_active"]))
    if "q" in values:
        query = query.where(user_queries.matching_text(values["q"].strip()))
    total = db.session.scalar(sa.select(sa.func.count()).select_from(query.subquery()))
    items = db.session.scalars(query.order_by(User.name, User.id).limit(per_page).offset((page - 1) * per_page)).all()
    return page_json(items, total, page, per_page, user_json)


@endpoint(
    "/users", "POST", summary="Create a user (administrators)", tag="users", body=USER_FIELDS, responses={201: "User"}
)
def create_user():
    user = actor()
    require(can_manage_users(user))
    values = load(USER_FIELDS)
    created = operations.create_user(user, **values)
    payload = user_json(created)
    db.session.commit()
    return payload, 201


@endpoint("/users/<int:user_id>", "GET", summary="One user", tag="users", responses={200: "User"})
def get_user_view(user_id):
    target = get_user(user_id)
    require(can_view_department(actor(), target.department_id))
    return user_json(target)


@endpoint(
    "/users/<int:user_id>",
    "PATCH",
    summary="Change a user (administrators)",
    tag="users",
    body=USER_PATCH,
    responses={200: "User"},
)
def patch_user(user_id):
    """Send only the fields to change; ``is_active: false`` deactivates the user and stops their tokens."""
    user = actor()
    require(can_manage_users(user))
    target = get_user(user_id)
    values = load(USER_PATCH)
    password = values.pop("password", None)
    updated = operations.update_user(user, target, password=password, **values)
    payload = user_json(updated)
    db.session.commit()
    return payload


@endpoint(
    "/csrf-token",
    "GET",
    summary="A CSRF token for a browser page calling the API with its session cookie",
    tag="users",
    responses={200: {"type": "object", "properties": {"csrf_token": {"type": "string"}}, "required": ["csrf_token"]}},
)
def get_csrf_token():
    """Send it back as ``X-CSRFToken`` on POST/PATCH/DELETE; bearer-token callers need none."""
    return {"csrf_token": generate_csrf()}
