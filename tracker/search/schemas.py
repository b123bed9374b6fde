"""The global search's query string, declared once (the API reads and documents it)."""

from typing import Annotated, Literal

from pydantic import BeforeValidator, Field

from tracker.core.schemas import Paging, Verbatim
from tracker.search.queries import MAX_LENGTH, MIN_LENGTH, TYPES


def _comma_separated(value):
    """``types=task,meeting`` (or ``types=task&types=meeting``) as a list."""
    items = value if isinstance(value, list) else [value]
    return [part.strip() for item in items for part in str(item).split(",") if part.strip()]


class SearchQuery(Paging):
    q: Verbatim(
        MAX_LENGTH,
        description=f"Any phrase (at least {MIN_LENGTH} letters or digits), with or without diacritics, "
        "or a document's number such as `57-NQ/TW`.",
    )
    types: Annotated[
        list[Literal[TYPES]],
        Field(max_length=len(TYPES), json_schema_extra={"style": "form", "explode": False}),
        BeforeValidator(_comma_separated),
    ] = Field(None, description="The kinds to look in, comma-separated; all by default.")
