"""A user's input, declared once: the operations validate with it, the API reads and documents
its bodies with it, the form takes its limits and choices from it."""

from typing import Literal

from pydantic import Field

from tracker.config import LANGUAGES
from tracker.core.schemas import Id, Input, Paging, QueryBool, QueryInt, RequiredText, Text
from tracker.users.models import Role

NAME_MAX = 200
EMAIL_MAX = 254
PASSWORD_MAX = 1000
TIMEZONE_MAX = 64
RoleValue = Literal[tuple(role.value for role in Role)]


class UserChanges(Input):
    """A user's fields, each optional: what an edit may send."""

    email: RequiredText(EMAIL_MAX, examples=["officer@skhcn.example.gov.vn"]) = None
    name: RequiredText(NAME_MAX) = None
    department_id: Id = None
    role: RoleValue = None
    password: str = Field(
        None,
        max_length=PASSWORD_MAX,
        description="At least 10 characters, not a common password nor made of the name or email; omit it to "
        "email the user an invitation to choose one.",
    )
    locale: Literal[LANGUAGES] = None
    timezone: Text(TIMEZONE_MAX, description="IANA zone; null for the default.") | None = None


class UserInput(UserChanges):
    """A new user."""

    email: RequiredText(EMAIL_MAX, examples=["officer@skhcn.example.gov.vn"])
    name: RequiredText(NAME_MAX)
    department_id: Id
    role: RoleValue


class UserPatch(UserChanges):
    is_active: bool = None


class UserListQuery(Paging):
    department_id: QueryInt() = None
    role: RoleValue = None
    is_active: QueryBool = None
    q: Text(200, description="Text in the name or the email.") = None
