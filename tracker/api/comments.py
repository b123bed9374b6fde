"""Comments on a task, through :mod:`tracker.comments.operations` (the task page's door too).

The body's limits (not empty, at most ``BODY_MAX`` characters, ``MENTIONS_MAX`` people) are the
schema's (:mod:`tracker.comments.schemas`), which the operation validates with too, so the page and
the API refuse the same text with the same reasons.
"""

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from tracker.api.auth import actor
from tracker.api.serialisers import REF_SCHEMA, comment_json, strict_object
from tracker.api.spec import body, component, endpoint, query
from tracker.api.task_endpoints import load_task
from tracker.comments import operations, queries, schemas
from tracker.comments.models import Comment
from tracker.core.errors import NotFound
from tracker.core.permissions import can_comment_on_task, require
from tracker.extensions import db

CANDIDATE_SCHEMA = component(
    "MentionCandidate", strict_object({"id": {"type": "integer"}, "name": {"type": "string"}, "department": REF_SCHEMA})
)


def load_comment(task, comment_id):
    comment = db.session.get(Comment, comment_id)
    if comment is None or comment.task_id != task.id:
        raise NotFound(_("This task has no comment with the id %(id)s.", id=comment_id))
    return comment


@endpoint(
    "/tasks/<int:task_id>/comments",
    "POST",
    summary="Comment on a task, mentioning people who may see it",
    tag="comments",
    body=schemas.CommentInput,
    responses={201: "Comment"},
    refusal=_l("The comment was not saved."),
)
def create_comment(task_id):
    """Whoever may see the task may comment, except observers (403). The people mentioned are told."""
    task = load_task(task_id)
    values = body()
    comment = operations.post_comment(actor(), task, body=values["body"], mention_ids=values.get("mentions") or [])
    payload = comment_json(comment)
    return payload, 201


@endpoint(
    "/tasks/<int:task_id>/comments/<int:comment_id>",
    "PATCH",
    summary="Edit one's own comment, within the edit window",
    tag="comments",
    body=schemas.CommentEdit,
    responses={200: "Comment"},
    refusal=_l("The comment was not saved."),
)
def edit_comment(task_id, comment_id):
    """Only the author, within ``TRACKER_COMMENT_EDIT_MINUTES`` of writing it (else 403); the earlier
    text stays in the task's audit trail and the comment shows ``edited_at``."""
    task = load_task(task_id)
    comment = load_comment(task, comment_id)
    values = body()
    comment = operations.edit_comment(actor(), comment, body=values["body"])
    payload = comment_json(comment)
    return payload


@endpoint(
    "/tasks/<int:task_id>/comments",
    "GET",
    summary="The task's comments, oldest first",
    tag="comments",
    responses={
        200: {
            "type": "object",
            "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Comment"}}},
        }
    },
)
def list_comments(task_id):
    task = load_task(task_id)
    return {"items": [comment_json(comment) for comment in queries.task_comments(task.id)]}


@endpoint(
    "/tasks/<int:task_id>/mention-candidates",
    "GET",
    summary="People who may be mentioned on the task (those who may see it), matching q",
    tag="comments",
    query=schemas.CandidatesQuery,
    responses={200: {"type": "object", "properties": {"items": {"type": "array", "items": CANDIDATE_SCHEMA}}}},
)
def mention_candidates(task_id):
    """At most ten, by name; the task page's autocomplete asks here as one types."""
    task = load_task(task_id)
    user = actor()
    require(can_comment_on_task(user, task))
    q = query().q
    users = queries.mention_candidates(task, q=q or None, limit=queries.CANDIDATES_SHOWN, exclude_id=user.id)
    return {
        "items": [
            {
                "id": person.id,
                "name": person.name,
                "department": {"id": person.department.id, "name": person.department.name},
            }
            for person in users
        ]
    }
