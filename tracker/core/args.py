"""Values from a query string, read by one policy everywhere.

A value that cannot be read (``from=yesterday``, ``page=abc``, an id beyond the database's range,
a status that does not exist) is never an error page and never silently dropped:

- **pages** ignore it and say so in a note above the page (:meth:`QueryArgs.note`): the rest of the
  filters still apply, and the user sees which one did not;
- **answers that carry data** (the JSON API, the exports) refuse the request with 400 and the reason
  per parameter (:meth:`QueryArgs.refuse_ignored`): a file or a program must not quietly get more
  rows than it asked for.
"""

from datetime import date

from flask import flash, request
from flask_babel import gettext as _

from tracker.core.errors import TrackerError
from tracker.core.integers import to_id

#: The longest free text a list's search box keeps.
TEXT_MAX = 200
#: How much of an ignored value the note repeats.
SHOWN_MAX = 40


class BadQuery(TrackerError):
    """A query-string value that cannot be read, refused with the reason per parameter."""

    code = 400
    error = "bad_query"


class QueryArgs:
    """Read typed values from ``args`` (the request's by default), remembering what was ignored."""

    def __init__(self, args=None):
        self.args = request.args if args is None else args
        #: ``{name: value}`` of each value given that could not be read.
        self.ignored = {}
        self._reasons = {}

    def raw(self, name):
        return (self.args.get(name) or "").strip()

    def _ignore(self, name, value, reason):
        self.ignored[name] = value[:SHOWN_MAX]
        self._reasons[name] = reason
        return None

    def text(self, name, max_length=TEXT_MAX):
        """Free text, trimmed and cut to ``max_length`` (a search box): ``None`` when empty."""
        return self.raw(name)[:max_length] or None

    def id(self, name):
        """A positive id within the database's range, ``None`` when absent or unreadable."""
        value = self.raw(name)
        if not value:
            return None
        number = to_id(value)
        if number is None:
            return self._ignore(name, value, _("An identifier is expected."))
        return number

    def page(self, name="page"):
        return self.id(name) or 1

    def day(self, name):
        """A date written YYYY-MM-DD, ``None`` when absent or unreadable."""
        value = self.raw(name)
        if not value:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            return self._ignore(name, value, _("Not a date: use the form YYYY-MM-DD."))

    def choice(self, name, choices):
        """One of ``choices``, ``None`` when absent or not one of them."""
        value = self.raw(name)
        if not value:
            return None
        if value in choices:
            return value
        return self._ignore(name, value, _("Choose one of: %(choices)s.", choices=", ".join(map(str, choices))))

    def note(self):
        """Pages: say above the page which values were ignored (nothing when all were read)."""
        if self.ignored:
            flash(ignored_text(self.ignored), "info")

    def refuse_ignored(self):
        """Data answers: refuse with 400 and the reasons when any value could not be read."""
        if self.ignored:
            raise BadQuery(ignored_text(self.ignored), fields=dict(self._reasons))


def ignored_text(ignored):
    """The note of a page whose query string held values that could not be read."""
    values = ", ".join(f"{name}={value}" for name, value in ignored.items())
    return _("Some filters were not understood and were ignored:") + " " + values
