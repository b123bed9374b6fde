"""What is left of the API's hand-written reading: the JSON body's first check, and query fields.

:func:`json_body` refuses malformed JSON, or JSON that is no object, with a 400 before spectree
reads the fields (:mod:`tracker.api.spec`). :class:`Field` and :func:`load_query` still read the
query strings of the reports (``tracker/api/reports.py``) and of the global search
(``tracker/search/api.py``), which have not moved to input schemas yet; every other input is
declared once in its domain's ``schemas.py``.
"""

import json
import math
import re
from datetime import date

from flask import request
from flask_babel import gettext as _

from tracker.core.errors import TrackerError, ValidationFailed
from tracker.core.schemas import INT_MAX, INT_MIN, MAX_PER_PAGE, NUMBER_MAX
from tracker.core.text import has_surrogate, strip_controls

DATE_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")
INTEGER_PATTERN = re.compile(r"^[+-]?\d{1,18}$")


class BadRequest(TrackerError):
    code = 400
    error = "bad_request"


class Invalid(Exception):
    """A field's value is refused; ``reason`` is what the client reads."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


class Field:
    """One field of a body or one query parameter.

    ``kind`` is ``string``, ``integer``, ``number``, ``boolean``, ``date`` (``YYYY-MM-DD``) or
    ``array`` (of ``items``, another Field). ``nullable`` lets a client send ``null`` (to clear an
    optional value).
    """

    def __init__(
        self,
        kind,
        *,
        required=False,
        nullable=False,
        enum=None,
        min_length=None,
        max_length=None,
        minimum=None,
        maximum=None,
        items=None,
        max_items=None,
        description=None,
        example=None,
    ):
        self.kind = kind
        self.required = required
        self.nullable = nullable
        self.enum = [str(value) for value in enum] if enum is not None else None
        self.min_length = min_length
        self.max_length = max_length
        self.minimum = minimum
        self.maximum = maximum
        self.items = items
        self.max_items = max_items
        self.description = description
        self.example = example

    # --- checking ---------------------------------------------------------------------------------

    def clean(self, value):
        """Return the value as the operations expect it, or raise :class:`Invalid`."""
        if value is None:
            if self.nullable:
                return None
            raise Invalid(_("This field is required.") if self.required else _("This field cannot be null."))
        return getattr(self, f"_clean_{self.kind}")(value)

    def _clean_string(self, value):
        if not isinstance(value, str):
            raise Invalid(_("Expected a string."))
        if "\x00" in value:
            # PostgreSQL cannot store it, and no one types it.
            raise Invalid(_("Contains a NUL character."))
        if has_surrogate(value):
            # A lone surrogate ("\ud800" in JSON) is no character: UTF-8 cannot encode it.
            raise Invalid(_("Contains a character that cannot be encoded (a lone surrogate)."))
        value = strip_controls(value)
        if self.enum is not None and value not in self.enum:
            raise Invalid(_("Expected one of: %(values)s.", values=", ".join(self.enum)))
        if self.max_length is not None and len(value) > self.max_length:
            raise Invalid(_("At most %(n)d characters.", n=self.max_length))
        if self.min_length is not None and len(value.strip()) < self.min_length:
            raise Invalid(_("This field is required.") if self.min_length == 1 else _("Too short."))
        return value

    def _clean_integer(self, value):
        if isinstance(value, bool) or not isinstance(value, int):
            raise Invalid(_("Expected an integer."))
        if not INT_MIN <= value <= INT_MAX:
            raise Invalid(_("Out of range."))
        self._check_range(value)
        return value

    def _clean_number(self, value):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise Invalid(_("Expected a number."))
        try:
            finite = math.isfinite(value) and abs(value) <= NUMBER_MAX
        except OverflowError:  # an integer beyond any float
            finite = False
        if not finite:
            raise Invalid(_("Out of range."))
        self._check_range(value)
        return value

    def _check_range(self, value):
        if self.minimum is not None and value < self.minimum:
            raise Invalid(_("At least %(n)s.", n=self.minimum))
        if self.maximum is not None and value > self.maximum:
            raise Invalid(_("At most %(n)s.", n=self.maximum))

    def _clean_boolean(self, value):
        if not isinstance(value, bool):
            raise Invalid(_("Expected true or false."))
        return value

    def _clean_date(self, value):
        if not isinstance(value, str) or not DATE_PATTERN.match(value):
            raise Invalid(_("Expected a date as YYYY-MM-DD."))
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise Invalid(_("Not a date in the calendar.")) from None

    def _clean_array(self, value):
        if not isinstance(value, list):
            raise Invalid(_("Expected a list."))
        if self.max_items is not None and len(value) > self.max_items:
            raise Invalid(_("At most %(n)d items.", n=self.max_items))
        cleaned = []
        for index, item in enumerate(value):
            try:
                cleaned.append(self.items.clean(item))
            except Invalid as error:
                raise Invalid(_("Item %(n)d: %(reason)s", n=index + 1, reason=error.reason)) from None
        return cleaned

    def parse_text(self, text):
        """Read a query-string value: the same rules, from text."""
        if self.kind == "integer":
            if not INTEGER_PATTERN.match(text.strip()):
                raise Invalid(_("Expected an integer."))
            return self.clean(int(text))
        if self.kind == "boolean":
            if text.lower() not in ("true", "false", "1", "0"):
                raise Invalid(_("Expected true or false."))
            return text.lower() in ("true", "1")
        if self.kind == "array":
            return [self.items.parse_text(part) for part in text.split(",") if part.strip()]
        return self.clean(text)

    # --- describing -------------------------------------------------------------------------------

    def schema(self):
        """Return this field's JSON Schema (OpenAPI 3.1)."""
        if self.kind == "date":
            schema = {"type": "string", "format": "date"}
        elif self.kind == "array":
            schema = {"type": "array", "items": self.items.schema()}
            if self.max_items is not None:
                schema["maxItems"] = self.max_items
        else:
            schema = {"type": self.kind}
        minimum, maximum = self.minimum, self.maximum
        if self.kind == "integer":
            minimum = INT_MIN if minimum is None else minimum
            maximum = INT_MAX if maximum is None else maximum
        elif self.kind == "number":
            minimum = -NUMBER_MAX if minimum is None else minimum
            maximum = NUMBER_MAX if maximum is None else maximum
        if self.nullable:
            schema["type"] = [schema["type"], "null"]
        for key, value in (
            ("enum", self.enum),
            ("minLength", self.min_length),
            ("maxLength", self.max_length),
            ("minimum", minimum),
            ("maximum", maximum),
            ("description", self.description),
        ):
            if value is not None:
                schema[key] = value
        if self.enum is not None and self.nullable:
            schema["enum"] = [*self.enum, None]
        if self.example is not None:
            schema["examples"] = [self.example]
        return schema


def json_body():
    """Return the request's JSON object; malformed JSON or anything but an object is a 400."""
    raw = request.get_data(cache=True)
    if not raw.strip():
        raise BadRequest(_("A JSON object is expected in the request body."))
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise BadRequest(_("The request body is not valid JSON.")) from None
    if not isinstance(data, dict):
        raise BadRequest(_("The request body must be a JSON object."))
    return data


def load_query(fields):
    """Check the query string against ``fields``; empty parameters count as absent."""
    values, errors = {}, {}
    for name, field in fields.items():
        text = request.args.get(name, "")
        if text == "":
            if field.required:
                errors[name] = _("This parameter is required.")
            continue
        try:
            values[name] = field.parse_text(text)
        except Invalid as error:
            errors[name] = error.reason
    if errors:
        raise ValidationFailed(_("Some parameters are wrong."), fields=errors)
    return values


#: The paging parameters every list accepts; ``per_page`` is capped at :data:`MAX_PER_PAGE`.
PAGING = {
    "page": Field("integer", minimum=1, maximum=1_000_000, description="Page number, from 1."),
    "per_page": Field("integer", minimum=1, description=f"Items per page (at most {MAX_PER_PAGE})."),
}


def paging(values, default_per_page=25):
    """Return ``(page, per_page)`` from cleaned query values, capping the page size."""
    page = values.get("page") or 1
    per_page = min(values.get("per_page") or default_per_page, MAX_PER_PAGE)
    return page, per_page
