"""``GET /api/v1/search``: the header's search through the API (the same query, the same rules)."""

from flask_babel import gettext as _

from tracker.api.auth import actor
from tracker.api.serialisers import INTEGER, STRING, nullable, strict_object
from tracker.api.spec import component, endpoint, query
from tracker.core.errors import ValidationFailed
from tracker.search.queries import MIN_LENGTH, TYPES, Query, SearchError, search
from tracker.search.schemas import SearchQuery

SEARCH_HIT = component(
    "SearchHit",
    strict_object(
        {
            "type": {"type": "string", "enum": list(TYPES)},
            "id": INTEGER,
            "title": STRING,
            "snippet": {
                **STRING,
                "description": "HTML: the text around the match, escaped, each match within `<mark>` and `</mark>`.",
            },
            "url": {**STRING, "description": "The page showing it (a path)."},
            "context": nullable({**STRING, "description": "A directive's meeting title."}),
        }
    ),
)
SEARCH_PAGE = component(
    "SearchPage",
    strict_object(
        {
            "items": {"type": "array", "items": SEARCH_HIT},
            "total": INTEGER,
            "total_capped": {
                "type": "boolean",
                "description": "Some kind matched more than 200 (or the page's end): `total` is a lower bound.",
            },
            "page": INTEGER,
            "per_page": INTEGER,
        }
    ),
)


@endpoint(
    "/search",
    "GET",
    summary="Search tasks, meetings and directives",
    tag="search",
    query=SearchQuery,
    responses={200: "SearchPage"},
)
def search_everywhere():
    """Finds, among what the user may see, the tasks (title, description, the references of their
    directive), meetings (title, place, chair, minutes) and directives (text, references) holding
    the phrase, whatever its case and diacritics ("ke hoach" finds "Kế hoạch"). Ranked: exact title
    or reference first, then titles (and references), then the rest; newest first within each.
    A query of fewer than 3 characters is refused (422): the trigram indexes need three."""
    params = query()
    try:
        phrase = Query.parse(params.q)
    except SearchError:
        message = _("Type at least %(n)d letters or digits to search.", n=MIN_LENGTH)
        raise ValidationFailed(message, fields={"q": message}) from None
    page, per_page = params.paging()
    types = tuple(params.types or ()) or TYPES
    results = search(actor(), phrase, types, page, per_page)
    return {
        "items": [
            {
                "type": hit.type,
                "id": hit.id,
                "title": hit.title,
                "snippet": str(hit.snippet),
                "url": hit.url,
                "context": hit.context,
            }
            for hit in results.items
        ],
        "total": results.total,
        "total_capped": results.capped,
        "page": page,
        "per_page": per_page,
    }
