"""What is left of the hand-written reading of values: the version guard, and the id reader it and a
directive's move use.

The operations' inputs are declared once in the domains' ``schemas.py`` (:mod:`tracker.core.schemas`);
these helpers accept typed values and their text forms alike and collect a reason per field.
"""

from flask_babel import gettext as _

from tracker.core import integers
from tracker.core.errors import Conflict, ValidationFailed
from tracker.tasks.schemas import COMMENT_MAX as COMMENT_MAX  # the limit, declared with the schemas


class Errors(dict):
    """Field name -> reason, the ``fields`` of a ValidationFailed."""

    def add(self, field, reason):
        self.setdefault(field, reason)


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
