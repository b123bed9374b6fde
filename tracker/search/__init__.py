"""Search everywhere: one box in the header finds tasks, meetings, directives and the documents they
refer to, among what the user may see (``queries``), on a page (``views``) and through the API
(``/api/v1/search``, ``tracker/search/api.py``)."""

from flask import Blueprint

bp = Blueprint("search", __name__, url_prefix="/search")
