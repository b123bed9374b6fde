"""Text from outside, made storable: no control characters, nothing that UTF-8 cannot encode.

PostgreSQL refuses a NUL in a text value, or in a query, with an error; no one types control
characters on purpose (they come from pasting binary data or from attacks). So:

- web forms and query strings lose their control characters (but tab, line feed and carriage
  return) as the request reads them (:class:`CleanRequest`), so no view, form or search sees one;
- JSON text is checked field by field (:mod:`tracker.core.schemas`): a NUL or a lone surrogate is a
  422 naming the field, other control characters are dropped the same way.
"""

import re

from flask import Request
from werkzeug.utils import cached_property

#: C0 controls but tab, line feed and carriage return; and DEL.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
SURROGATE = re.compile("[\ud800-\udfff]")


def strip_controls(text):
    """``text`` without control characters (tab, line feed and carriage return are kept)."""
    return CONTROL.sub("", text) if CONTROL.search(text) else text


def has_surrogate(text):
    """Whether ``text`` holds a lone surrogate, which no UTF-8 text (and no database) can hold."""
    return SURROGATE.search(text) is not None


def _clean(value):
    return strip_controls(value) if isinstance(value, str) else value


def _cleaned(multidict):
    """The same multidict without control characters in its keys and values, nor parts without a name."""
    items = list(multidict.items(multi=True))
    if not any(not isinstance(key, str) or CONTROL.search(key) or CONTROL.search(_text(value)) for key, value in items):
        return multidict
    return type(multidict)((_clean(key), _clean(value)) for key, value in items if isinstance(key, str))


def _text(value):
    return value if isinstance(value, str) else ""


class CleanRequest(Request):
    """Flask's request, whose ``args`` and ``form`` hold no control characters."""

    @cached_property
    def args(self):
        return _cleaned(super().args)

    def _load_form_data(self):
        already = "form" in self.__dict__
        super()._load_form_data()
        if not already and "form" in self.__dict__:
            self.__dict__["form"] = _cleaned(self.__dict__["form"])


def init_app(app):
    app.request_class = CleanRequest
