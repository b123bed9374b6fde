"""The search page: what the header's box asks for (``GET /search/?q=``), works without JavaScript."""

from flask import render_template, request
from flask_babel import gettext as _
from flask_login import current_user, login_required

from tracker.core.args import QueryArgs
from tracker.core.web import MoreThan, Page
from tracker.search import bp
from tracker.search.queries import MIN_LENGTH, TYPES, Query, SearchError, search

PAGE_SIZE = 25


@bp.before_request
@login_required
def guard():
    """Only signed-in users search; what each finds is limited to what they may see."""


def chosen_types(args):
    """The kinds asked for (``types=task&types=meeting`` or ``types=task,meeting``); all by default."""
    asked = {part.strip() for value in args.getlist("types") for part in value.split(",") if part.strip()}
    return tuple(kind for kind in TYPES if kind in asked) or TYPES


@bp.route("/")
def index():
    read = QueryArgs()
    text = read.raw("q")
    types = chosen_types(request.args)
    page_number = read.page()
    read.note()
    context = {"q": text, "types": types, "all_types": TYPES, "page": None, "error": None}
    if not text:
        return render_template("search/index.html", **context)
    try:
        query = Query.parse(text)
    except SearchError:
        context["error"] = _("Type at least %(n)d letters or digits to search.", n=MIN_LENGTH)
        return render_template("search/index.html", **context), 400
    results = search(current_user, query, types, page_number, PAGE_SIZE)
    total = MoreThan(results.total) if results.capped else results.total
    context["page"] = Page(results.items, total, page_number, PAGE_SIZE)
    return render_template("search/index.html", **context)
