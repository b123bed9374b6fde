"""A comment's input, declared once: the operation validates with it, the API reads and documents
its bodies with it (the task page's comment box sends the same fields)."""

from pydantic import Field

from tracker.core.schemas import Id, Input, Query, RequiredText, Text
from tracker.tasks.schemas import COMMENT_MAX

#: The longest comment, as for any text written on a task.
BODY_MAX = COMMENT_MAX
#: The most people one comment may mention.
MENTIONS_MAX = 50

Body = RequiredText(
    BODY_MAX, multiline=True, description="The text; blank is refused. Shown as written (never as HTML)."
)


class CommentInput(Input):
    body: Body
    mentions: list[Id] = Field(
        [],
        max_length=MENTIONS_MAX,
        description="Ids of users to mention; each must be able to see the task (else 422 with the reason).",
    )


class CommentEdit(Input):
    body: Body


class CandidatesQuery(Query):
    q: Text(100, description="Letters of the name or the email.") = None
