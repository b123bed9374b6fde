"""What is left of the hand-written reading of values: the version guard, and the few readers the bulk
actions, the saved views and a directive's move still use.

The operations' inputs are declared once in the domains' ``schemas.py`` (:mod:`tracker.core.schemas`);
these helpers accept typed values and their text forms alike and collect a reason per field.
"""

from datetime import date, datetime

from flask_babel import gettext as _

from tracker.core import integers
from tracker.core.errors import Conflict, ValidationFailed
from tracker.tasks.schemas import COMMENT_MAX as COMMENT_MAX  # the limit, declared with the schemas


class Errors(dict):
    """Field name -> reason, the ``fields`` of a ValidationFailed."""

    def add(self, field, reason):
        self.setdefault(field, reason)


def parse_date(value, field, errors):
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        errors.add(field, _("A date (YYYY-MM-DD) is expected, not a time."))
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value.strip()) == 10:
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    errors.add(field, _("Not a date: use the form YYYY-MM-DD."))
    return None


def parse_id(value, field, errors):
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        errors.add(field, _("An identifier is expected."))
        return None
    # Beyond the database's integers no row has the id (and PostgreSQL would refuse the query).
    number = None if isinstance(value, str) and not value.strip().isdigit() else integers.to_int(value)
    if number is None:
        errors.add(field, _("An identifier is expected."))
    return number


def parse_ids(values, field, errors):
    if values is None or values == "":
        return []
    if isinstance(values, (str, int)):
        values = [values]
    try:
        items = list(values)
    except TypeError:
        errors.add(field, _("A list of identifiers is expected."))
        return []
    result = []
    for item in items:
        parsed = parse_id(item, field, errors)
        if parsed is not None and parsed not in result:
            result.append(parsed)
    return result


def clean_text(value, field, errors, *, max_length, required=False, multiline=False):
    """Strip ``value``; check it is text, present when required, and not too long."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        errors.add(field, _("Text is expected."))
        return None
    value = value.strip()
    if not multiline:
        value = " ".join(value.split())
    if not value:
        if required:
            errors.add(field, _("This field is required."))
        return None
    if len(value) > max_length:
        errors.add(field, _("At most %(n)d characters.", n=max_length))
        return None
    return value


def check_version(current, version, *, conflict, state, required=False):
    """Refuse an edit based on another version than ``current``: a 409 naming ``state()`` as it is now.

    ``version`` is what the form or the JSON carried; missing is allowed unless ``required``.
    ``conflict`` is the message of the refusal, ``state`` a callable giving the current values.
    """
    if version is None or version == "":
        if required:
            raise ValidationFailed(
                _("The version the edit is based on is missing."), fields={"version": _("This field is required.")}
            )
        return
    errors = Errors()
    parsed = parse_id(version, "version", errors)
    if errors:
        raise ValidationFailed(_("The version must be a whole number."), fields=errors)
    if parsed != current:
        raise Conflict(conflict, fields=state())
