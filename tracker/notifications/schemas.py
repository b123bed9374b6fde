"""The notification inbox's inputs: its list's query string and the body that marks items read."""

from pydantic import Field

from tracker.core.schemas import Id, Input, Paging, QueryBool


class InboxQuery(Paging):
    unread: QueryBool = Field(None, description="Only the unread ones.")


class MarkRead(Input):
    ids: list[Id] = Field(None, max_length=1000, description="Mark these read.")
    all: bool = Field(None, description="Mark every notification read.")
