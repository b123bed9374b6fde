"""A department's input, declared once: the operations validate with it, the API reads and
documents its bodies with it, the form takes its limits from it."""

import re
from typing import Annotated, Literal

from flask_babel import gettext as _
from pydantic import AfterValidator, Field
from pydantic_core import PydanticCustomError

from tracker.core.schemas import Id, Input, Paging, QueryBool, QueryInt, RequiredText, Text
from tracker.departments.models import DepartmentKind

NAME_MAX = 200
CODE_MAX = 32
EMAIL_MAX = 254
ALIAS_MAX = 300
ALIASES_MAX = 200
#: Letters, digits, dots, dashes and underscores (spaces around are dropped).
CODE_PATTERN = r"^\s*[A-Za-z0-9_.-]+\s*$"


def _code(value):
    if not re.match(CODE_PATTERN, value):
        raise PydanticCustomError(
            "value_error",
            "{error}",
            {"error": _("A code of 1 to 32 letters, digits, dots, dashes or underscores is required.")},
        )
    return value.strip()


Code = Annotated[
    str, Field(min_length=1, max_length=CODE_MAX, json_schema_extra={"pattern": CODE_PATTERN}), AfterValidator(_code)
]
Kind = Literal[tuple(kind.value for kind in DepartmentKind)]


class DepartmentChanges(Input):
    """A department's fields, each optional: what an edit may send."""

    name: RequiredText(NAME_MAX, examples=["Department of Science and Technology"]) = None
    code: Code = Field(None, examples=["SKHCN"])
    kind: Kind = None
    parent_id: Id | None = None
    email: Text(EMAIL_MAX) | None = None
    aliases: list[Text(ALIAS_MAX)] = Field(
        [], max_length=ALIASES_MAX, description="Other names and spellings, any language."
    )
    name_vi: Text(NAME_MAX, description="The name in Vietnamese (`names.vi`).") | None = None
    name_en: Text(NAME_MAX, description="The name in English (`names.en`).") | None = None


class DepartmentInput(DepartmentChanges):
    """A new department."""

    name: RequiredText(NAME_MAX, examples=["Department of Science and Technology"])
    code: Code = Field(examples=["SKHCN"])
    kind: Kind


class DepartmentPatch(DepartmentChanges):
    is_active: bool = None


class DepartmentListQuery(Paging):
    q: Text(200, description="Text in the name or the code.") = None
    kind: Kind = None
    is_active: QueryBool = None
    parent_id: QueryInt() = None
