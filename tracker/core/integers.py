"""Integers from outside (paths, query strings, forms) kept within what the database stores.

Ids, versions and counts live in 32-bit columns: PostgreSQL refuses a larger value in a query
with an error (SQLite does not), so a number from a URL or a form is checked here, in one place,
before it reaches a query.

- Every ``<int:...>`` route uses :class:`BoundedIntegerConverter`: an id beyond the range does
  not match the route, a 404 like any unknown id.
- :func:`to_int` reads a query or form value with a range, ``None`` when absent or unreadable.
"""

from werkzeug.routing import IntegerConverter

#: The range of the database's ``INTEGER`` columns.
INT_MIN, INT_MAX = -(2**31), 2**31 - 1
#: Ids are positive.
ID_MIN, ID_MAX = 1, INT_MAX
#: The longest run of digits read as a number (more is no id, and ``int()`` of a huge text is slow).
MAX_DIGITS = 12


def digits_up_to(limit):
    """A regular expression matching the decimal numbers from 0 to ``limit`` (no sign)."""
    text = str(limit)
    options = [rf"\d{{1,{len(text) - 1}}}"] if len(text) > 1 else []
    for at, digit in enumerate(text):
        if digit != "0":
            rest = len(text) - at - 1
            options.append(text[:at] + f"[0-{int(digit) - 1}]" + (rf"\d{{{rest}}}" if rest else ""))
    options.append(text)
    return "(?:" + "|".join(options) + ")"


class BoundedIntegerConverter(IntegerConverter):
    """``<int:...>`` for every route: digits only, at most :data:`INT_MAX` unless the rule says less.

    The bound is in the pattern itself, so a larger number matches no route (a 404), rather than
    matching one route's pattern for another method (which Werkzeug would answer with a 405).
    """

    regex = digits_up_to(INT_MAX)

    def __init__(self, map, fixed_digits=0, min=None, max=None, signed=False):
        super().__init__(map, fixed_digits=fixed_digits, min=min, max=INT_MAX if max is None else max, signed=signed)


def to_int(value, *, minimum=INT_MIN, maximum=INT_MAX):
    """``value`` (text or int) as an int within ``[minimum, maximum]``, else ``None``.

    Text is digits with an optional sign and surrounding spaces; anything else (``"12.5"``,
    ``"1e9"``, a number beyond the range, a bool) is ``None``.
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        number = value
    elif isinstance(value, str):
        text = value.strip()
        digits = text[1:] if text[:1] in "+-" else text
        if not digits or len(digits) > MAX_DIGITS or not (digits.isascii() and digits.isdigit()):
            return None
        number = int(text)
    else:
        return None
    return number if minimum <= number <= maximum else None


def to_id(value):
    """An id (1 .. :data:`ID_MAX`) from text or int, else ``None``."""
    return to_int(value, minimum=ID_MIN, maximum=ID_MAX)


def init_app(app):
    """Bound ``<int:...>`` in every route; call before any blueprint is registered."""
    app.url_map.converters["int"] = BoundedIntegerConverter
