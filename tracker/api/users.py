"""Users: who am I, the people of a department (to choose an assignee), and administration."""

from flask_babel import gettext as _
from flask_wtf.csrf import generate_csrf

from tracker.api.auth import actor
from tracker.api.serialisers import USER_SCHEMA, me_json, page_json, page_schema, user_json
from tracker.api.spec import body, endpoint, query
from tracker.core.db import page_of
from tracker.core.errors import NotFound
from tracker.core.permissions import can_manage_users, can_view_department, can_view_everything, require
from tracker.extensions import db
from tracker.users import operations, schemas
from tracker.users import queries as user_queries
from tracker.users.models import User

USER_PAGE = page_schema("UserPage", USER_SCHEMA)


def get_user(user_id):
    user = db.session.get(User, user_id)
    if user is None:
        raise NotFound(_("No user has the id %(id)s.", id=user_id))
    return user


@endpoint("/users/me", "GET", summary="The signed-in user", tag="users", responses={200: "Me"})
def get_me():
    return me_json(actor())


@endpoint("/users", "GET", summary="List users", tag="users", query=schemas.UserListQuery, responses={200: "UserPage"})
def list_users():
    """Leaders, observers and administrators list everyone; others the people of their own department."""
    user = actor()
    params = query()
    page, per_page = params.paging()
    department_id = params.department_id
    if department_id is not None:
        require(can_view_department(user, department_id))
    elif not can_view_everything(user):
        department_id = user.department_id
    selection = user_queries.listed(
        q=params.q or None, department_id=department_id, role=params.role, is_active=params.is_active
    )
    items, total = page_of(selection, page, per_page)
    return page_json(items, total, page, per_page, user_json)


@endpoint(
    "/users",
    "POST",
    summary="Create a user (administrators)",
    tag="users",
    body=schemas.UserInput,
    responses={201: "User"},
)
def create_user():
    user = actor()
    require(can_manage_users(user))
    created = operations.create_user(user, **body())
    payload = user_json(created)
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
    body=schemas.UserPatch,
    responses={200: "User"},
)
def patch_user(user_id):
    """Send only the fields to change; ``is_active: false`` deactivates the user and stops their tokens."""
    user = actor()
    require(can_manage_users(user))
    target = get_user(user_id)
    values = body()
    password = values.pop("password", None)
    updated = operations.update_user(user, target, password=password, **values)
    payload = user_json(updated)
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
