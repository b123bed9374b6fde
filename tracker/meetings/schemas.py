"""The meetings' inputs, declared once: the operations validate with them, the API reads and
documents its bodies and query strings with them, the forms take their limits from them."""

from typing import Literal

from pydantic import Field

from tracker.config import LANGUAGES
from tracker.core.schemas import Day, Id, Ids, Input, Int, Paging, QueryInt, RequiredText, Text

TITLE_MAX = 300
CHAIR_MAX = 200
PLACE_MAX = 300
SOURCE_URL_MAX = 1000
MINUTES_MAX = 500_000
DIRECTIVE_MAX = 20_000
REFERENCE_MAX = 300


class MeetingChanges(Input):
    """A meeting's fields, each optional: what an edit may send (the API names the chair ``chair``)."""

    title: RequiredText(TITLE_MAX) = None
    held_on: Day = Field(None, examples=["2025-03-10"])
    chair: Text(CHAIR_MAX, description="The chair's name.") | None = None
    chair_title: Text(CHAIR_MAX) | None = None
    place: Text(PLACE_MAX) | None = None
    host_department_id: Id | None = Field(None, description="A head's own department by default.")
    attendee_department_ids: Ids() = []
    minutes: Text(MINUTES_MAX, multiline=True, description="As pasted.") | None = None
    source_url: Text(SOURCE_URL_MAX) | None = None
    language: Literal[LANGUAGES] | None = None


class MeetingInput(MeetingChanges):
    """A new meeting."""

    title: RequiredText(TITLE_MAX)
    held_on: Day = Field(examples=["2025-03-10"])


class MeetingPatch(MeetingChanges):
    version: Int() = Field(description="The version the edit is based on (409 if stale).")


References = list[Text(REFERENCE_MAX)]


class DirectiveInput(Input):
    text: RequiredText(DIRECTIVE_MAX, multiline=True)
    references: References = Field([], max_length=50)


class DirectivePatch(Input):
    text: RequiredText(DIRECTIVE_MAX, multiline=True) = None
    references: References = Field(None, max_length=50)
    position: Int(1) = Field(None, description="Move the directive to this place (1 is first).")


class PasteInput(Input):
    text: RequiredText(MINUTES_MAX, multiline=True)


class MeetingListQuery(Paging):
    q: Text(200, description="Text in the title, the place or the chair.") = None
    host_department_id: QueryInt() = None
    held_from: Day = None
    held_to: Day = None
