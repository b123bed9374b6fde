"""The building blocks of the input schemas: one declaration of each input, read by every door.

Each domain declares its inputs in its ``schemas.py`` as :class:`Input` models (pydantic) holding
the types, lengths, enums and ranges. Three readers use the same model:

- the operation validates the values it is given with :meth:`Input.check` (lax: a web form hands
  over ``"12"`` or a ``Decimal``, Python callers typed values), raising :class:`ValidationFailed`;
- the JSON API validates request bodies and query strings with the same model through spectree
  (strict: ``"12"`` is no integer in JSON), which also writes the model into the OpenAPI document;
- the web forms read their limits (:func:`limit`) and messages (:func:`too_long` ...) from here.

A refusal's reason is the same whichever door it came through: :func:`field_errors` turns
pydantic's errors into Tracker's translated sentences.
"""

import re
from datetime import date, datetime
from typing import Annotated, Literal, get_args, get_origin

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainValidator,
    ValidationError,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError
from werkzeug.datastructures import FileStorage

from tracker.core import integers
from tracker.core.errors import ValidationFailed
from tracker.core.text import has_surrogate, strip_controls

INT_MIN, INT_MAX = integers.INT_MIN, integers.INT_MAX
#: Numbers (targets, values reached) are stored as floats; the document states this bound.
NUMBER_MAX = 1e15
DATE_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _tidy_schema(schema, model):
    """The document shows constraints, not pydantic's titles, nor a null default the type refuses."""
    schema.pop("title", None)
    if "description" in schema:
        schema["description"] = schema["description"].replace("``", "`")
    for prop in schema.get("properties", {}).values():
        prop.pop("title", None)
        if prop.get("default", ...) is None:
            del prop["default"]


class Input(BaseModel):
    """An operation's input. Strict and closed for the API (unknown fields are refused)."""

    model_config = ConfigDict(strict=True, extra="forbid", json_schema_extra=_tidy_schema)

    @classmethod
    def check(cls, values, *, message=None, errors=None):
        """Validate ``values`` as an operation receives them; return the fields given, cleaned.

        Empty texts count as absent values (a form's empty field). Bad values raise
        :class:`ValidationFailed` with a reason per field, or are added to ``errors`` when given
        (so that an operation can add its own reasons before refusing).
        """
        given, reasons = {}, {}
        for name, value in values.items():
            value = None if value == "" else value
            field = cls.model_fields.get(name)
            if value is None and field is not None and not _admits_none(field.annotation):
                if field.is_required() or (field.default is None and not field.default_factory):
                    reasons[name] = _("This field is required.")
                continue  # absent: the field's default
            given[name] = value
        try:
            model = cls.model_validate(given, strict=False)
        except ValidationError as error:
            for name, reason in field_errors(error).items():
                reasons.setdefault(name, reason)
        else:
            if not reasons:
                return {name: getattr(model, name) for name in model.model_fields_set}
        if errors is None:
            raise ValidationFailed(message or _("Some fields are wrong."), fields=reasons)
        for name, reason in reasons.items():
            errors.setdefault(name, reason)
        # The values that passed, cleaned one by one (the operation goes on to find more reasons).
        cleaned, holder = {}, cls.model_construct()
        for name, value in given.items():
            if name not in reasons and name in cls.model_fields:
                cls.__pydantic_validator__.validate_assignment(holder, name, value, strict=False)
                cleaned[name] = getattr(holder, name)
        return cleaned


def _admits_none(annotation):
    return annotation is None or type(None) in get_args(annotation)


class Form(BaseModel):
    """A multipart form (an upload): text fields read into types, files as sent; nothing unknown."""

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True, json_schema_extra=_tidy_schema)

    @model_validator(mode="before")
    @classmethod
    def _drop_empty(cls, values):
        if isinstance(values, dict):
            return {name: value for name, value in values.items() if value not in ("", None)}
        return values


def _file(value):
    if not isinstance(value, FileStorage) or not value.filename:
        raise PydanticCustomError("file", "Choose a file.")
    return value


#: An uploaded file (``multipart/form-data``): a binary string in the document.
File = Annotated[
    FileStorage,
    PlainValidator(_file),
    WithJsonSchema({"type": "string", "format": "binary"}),
]


class Query(BaseModel):
    """A query string's parameters: text read into types; an empty value (``?due_from=``) is no value;
    a parameter the document does not name is refused."""

    model_config = ConfigDict(extra="forbid", json_schema_extra=_tidy_schema)

    @model_validator(mode="before")
    @classmethod
    def _drop_empty(cls, values):
        if isinstance(values, dict):
            return {
                name: value for name, value in values.items() if value not in ("", None) or name not in cls.model_fields
            }
        return values

    def given(self):
        """The parameters sent, by name."""
        return {name: getattr(self, name) for name in self.model_fields_set}

    @classmethod
    def read(cls, args):
        """A page's reading of the parameters the model names in ``args`` (others are the page's):
        ``(values, reasons)``, the values read by field name, and the reason for each parameter that
        could not be read, by parameter name, with the API's words."""
        values, reasons = {}, {}
        for name, field in cls.model_fields.items():
            key = field.alias or name
            if args.get(key) in (None, ""):
                continue
            try:
                model = cls.model_validate({key: args.get(key)})
            except ValidationError as error:
                reasons[key] = next(iter(field_errors(error).values()))
            else:
                values[name] = getattr(model, name)
        return values, reasons


# --- types --------------------------------------------------------------------------------------


def _raw_text(value):
    """Text kept as sent (offsets into it matter), less its control characters; blank is refused."""
    value = _clean_text(value, multiline=True, trim=False)
    if not value.strip():
        raise PydanticCustomError("blank", "This field is required.")
    return value


def Verbatim(max_length, *, description=None):
    """Text as sent (a search phrase), less control characters; NUL and lone surrogates refused."""
    return Annotated[
        str,
        Field(max_length=max_length, description=description),
        AfterValidator(lambda value: _clean_text(value, multiline=True, trim=False)),
    ]


def RawText(max_length, *, description=None):
    """Text that must not be blank, kept as written (not trimmed), of at most ``max_length`` characters."""
    return Annotated[
        str, Field(min_length=1, max_length=max_length, description=description), AfterValidator(_raw_text)
    ]


def _clean_text(value, multiline, trim=True):
    if "\x00" in value:  # PostgreSQL cannot store it, and no one types it
        raise PydanticCustomError("nul", "Contains a NUL character.")
    if has_surrogate(value):  # "\ud800" in JSON is no character: UTF-8 cannot encode it
        raise PydanticCustomError("surrogate", "Contains a character that cannot be encoded.")
    value = strip_controls(value)
    if not trim:
        return value
    value = value.strip()
    if not multiline:
        value = " ".join(value.split())
    return value


def _optional_text(multiline):
    def clean(value):
        return _clean_text(value, multiline) or None

    return clean


def _required_text(multiline):
    def clean(value):
        value = _clean_text(value, multiline)
        if not value:
            raise PydanticCustomError("blank", "This field is required.")
        return value

    return clean


def Text(max_length, *, multiline=False, description=None, examples=None):
    """Optional text of at most ``max_length`` characters: stripped, blank is ``None``."""
    return Annotated[
        str,
        Field(max_length=max_length, description=description, examples=examples),
        AfterValidator(_optional_text(multiline)),
    ]


def RequiredText(max_length, *, multiline=False, description=None, examples=None):
    """Text that must not be blank, of at most ``max_length`` characters."""
    return Annotated[
        str,
        Field(min_length=1, max_length=max_length, description=description, examples=examples),
        AfterValidator(_required_text(multiline)),
    ]


def _day(value):
    if isinstance(value, datetime):
        raise PydanticCustomError("date_time", "A date (YYYY-MM-DD) is expected, not a time.")
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not DATE_PATTERN.match(value.strip()):
        raise PydanticCustomError("date_form", "Expected a date as YYYY-MM-DD.")
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise PydanticCustomError("date_calendar", "Not a date in the calendar.") from None


#: A calendar day, ``YYYY-MM-DD`` in JSON.
Day = Annotated[date, BeforeValidator(_day), Field(json_schema_extra={"format": "date"})]


def Int(ge=INT_MIN, le=INT_MAX):
    """An integer within ``ge``..``le`` (by default what the database's 32-bit columns hold)."""
    return Annotated[int, Field(ge=ge, le=le)]


#: An integer as the database stores it (32 bits).
Integer = Int()
#: A row's id; an id no row has is the operation's refusal.
Id = Int()


def _written_number(value):
    """``1 000,5`` as typed in a form is 1000.5 (JSON numbers are numbers: a string stays refused)."""
    if isinstance(value, str):
        return value.strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
    return value


#: A number as stored (a float within ±NUMBER_MAX).
Number = Annotated[float, Field(ge=-NUMBER_MAX, le=NUMBER_MAX, allow_inf_nan=False), BeforeValidator(_written_number)]


def Ids(max_items=500, description=None):
    return Annotated[list[Id], Field(max_length=max_items, description=description)]


def _query_bool(value):
    if isinstance(value, str):
        if value.lower() in ("true", "1"):
            return True
        if value.lower() in ("false", "0"):
            return False
        raise PydanticCustomError("bool_parsing", "Expected true or false.")
    return value


#: A boolean in a query string: ``true``/``false`` (or ``1``/``0``), nothing else.
QueryBool = Annotated[bool, BeforeValidator(_query_bool)]


def _query_int(value):
    if isinstance(value, str) and not re.fullmatch(r"[+-]?\d{1,18}", value.strip()):
        raise PydanticCustomError("int_parsing", "Expected an integer.")
    return value


def QueryInt(ge=INT_MIN, le=INT_MAX):
    """An integer in a query string (digits only; ``1.0`` or ``1e3`` is refused)."""
    return Annotated[int, Field(ge=ge, le=le), BeforeValidator(_query_int)]


#: The most items a list gives per page.
MAX_PER_PAGE = 100


class Paging(Query):
    """The paging parameters every list accepts; ``per_page`` is capped at :data:`MAX_PER_PAGE`."""

    page: QueryInt(1, 1_000_000) = Field(None, description="Page number, from 1.")
    per_page: QueryInt(1) = Field(None, description=f"Items per page (at most {MAX_PER_PAGE}).")

    def paging(self, default_per_page=25):
        """``(page, per_page)``, the page size capped."""
        return self.page or 1, min(self.per_page or default_per_page, MAX_PER_PAGE)


# --- messages -----------------------------------------------------------------------------------


def too_long(n):
    return _l("At most %(n)d characters.", n=n)


def required():
    return _l("This field is required.")


def _reason(error):
    kind = error["type"]
    context = error.get("ctx") or {}
    given = error.get("input")
    if kind == "missing":
        return _("This field is required.")
    if kind == "extra_forbidden":
        return _("Unknown field.")
    if given is None and kind.endswith("_type"):
        return _("This field cannot be null.")
    if kind in ("string_too_long",):
        return _("At most %(n)d characters.", n=context["max_length"])
    if kind in ("string_too_short", "blank"):
        return _("This field is required.")
    if kind == "too_long":
        return _("At most %(n)d items.", n=context["max_length"])
    if kind in ("string_type",):
        return _("Expected a string.")
    if kind in ("int_type", "int_parsing", "int_from_float", "int_parsing_size"):
        return _("Expected an integer.")
    if kind in ("float_type", "float_parsing", "finite_number"):
        return _("Expected a number.")
    if kind in ("bool_type", "bool_parsing"):
        return _("Expected true or false.")
    if kind in ("list_type", "tuple_type", "set_type"):
        return _("Expected a list.")
    if kind in ("literal_error", "enum"):
        values = context.get("expected", "")
        return _("Expected one of: %(values)s.", values=values.replace("'", "").replace(" or ", ", "))
    if kind in ("greater_than_equal", "less_than_equal"):
        bound = context.get("ge", context.get("le"))
        if bound in (INT_MIN, INT_MAX, -NUMBER_MAX, NUMBER_MAX):
            return _("Out of range.")
        if kind == "greater_than_equal":
            return _("At least %(n)s.", n=bound)
        return _("At most %(n)s.", n=bound)
    if kind == "file":
        return _("Choose a file.")
    if kind == "nul":
        return _("Contains a NUL character.")
    if kind == "surrogate":
        return _("Contains a character that cannot be encoded (a lone surrogate).")
    if kind in ("date_form", "date_type", "date_parsing"):
        return _("Expected a date as YYYY-MM-DD.")
    if kind == "date_calendar":
        return _("Not a date in the calendar.")
    if kind == "date_time":
        return _("A date (YYYY-MM-DD) is expected, not a time.")
    if kind == "model_type":
        return _("The request body must be a JSON object.")
    if kind == "dict_type":
        return _("Expected an object.")
    if kind == "value_error":  # a model's own rule: its message is already translated
        return str(context.get("error") or error["msg"])
    return _("Invalid value.")


def field_errors(error: ValidationError):
    """Field name -> Tracker's reason for each refused value (the first reason per field)."""
    reasons = {}
    for item in error.errors(include_url=False):
        location = [part for part in item["loc"] if not isinstance(part, str) or not part.startswith("function-")]
        # Union members and validators add their own steps to the location: keep names and indexes.
        location = [part for part in location if isinstance(part, int) or not re.match(r"^[a-z-]+\[", part)]
        name = str(location[0]) if location else "body"
        if name in reasons:
            continue
        reason = _reason(item)
        indexes = [part for part in location[1:] if isinstance(part, int)]
        if indexes:
            reason = _("Item %(n)d: %(reason)s", n=indexes[0] + 1, reason=reason)
        reasons[name] = reason
    return reasons


def limit(model, name, key):
    """A limit of one field of ``model`` (``max_length``, ``min_length``, ``ge``, ``le``): for the forms."""
    field = model.model_fields[name]
    for value in _constraints(field.metadata, field.annotation, key):
        return value
    raise KeyError(f"{model.__name__}.{name} has no {key}")


def _constraints(metadata, annotation, key):
    for item in metadata:
        value = getattr(item, key, None)
        if value is not None:
            yield value
        yield from _constraints(getattr(item, "metadata", ()), None, key)
    if annotation is not None:
        yield from _constraints(getattr(annotation, "__metadata__", ()), None, key)
        for argument in get_args(annotation):
            if not isinstance(argument, str | int | float):
                yield from _constraints((), argument, key)


def choices(model, name):
    """The values a field of ``model`` allows (a ``Literal``), in declared order."""
    annotation = model.model_fields[name].annotation
    return list(_literal_values(annotation))


def _literal_values(annotation):
    if get_origin(annotation) is Literal:
        yield from get_args(annotation)
        return
    for argument in get_args(annotation):
        yield from _literal_values(argument)


__all__ = [
    "Day",
    "Id",
    "Ids",
    "Input",
    "Int",
    "Integer",
    "Number",
    "Paging",
    "Query",
    "QueryBool",
    "QueryInt",
    "RequiredText",
    "Text",
    "Verbatim",
    "choices",
    "field_errors",
    "limit",
    "required",
    "too_long",
]


# --- for the forms ------------------------------------------------------------------------------


def form_length(model, name):
    """A WTForms ``Length`` with the schema's limit and the API's message for it."""
    from wtforms.validators import Length

    maximum = limit(model, name, "max_length")
    return Length(max=maximum, message=too_long(maximum))
