"""Write and edit comments: the one door the task page and the JSON API both go through.

Each operation takes the acting user first, checks permission through the policy module, refuses
bad input with :class:`ValidationFailed` (field names as in the JSON API: ``body``, ``mentions``),
flushes but never commits, and writes an audit event. Posting sends ``events.comment_posted``
(the notifications listen to it). An edit keeps the earlier wording in the audit trail: nothing
said on a task is ever lost.
"""

from datetime import datetime

import sqlalchemy as sa
from flask import current_app
from flask_babel import gettext as _

from tracker.comments import schemas
from tracker.comments.models import Comment, CommentMention
from tracker.comments.schemas import BODY_MAX, MENTIONS_MAX
from tracker.core import events
from tracker.core.audit import record_event
from tracker.core.db import utcnow
from tracker.core.errors import ValidationFailed
from tracker.core.permissions import can_be_mentioned, can_comment_on_task, can_edit_comment, require
from tracker.extensions import db
from tracker.tasks.validation import Errors
from tracker.users.models import User

__all__ = ["BODY_MAX", "MENTIONS_MAX", "edit_comment", "edit_window_minutes", "may_edit", "post_comment"]


def edit_window_minutes():
    return current_app.config.get("TRACKER_COMMENT_EDIT_MINUTES", 15)


def _clean_body(body, errors):
    return schemas.CommentEdit.check({"body": body}, errors=errors).get("body")


def _mentioned_users(task, mention_ids, errors):
    """The users named by ``mention_ids``, each allowed to see ``task``; reasons go under ``mentions``."""
    if mention_ids is None or mention_ids == "":
        mention_ids = []
    given = [mention_ids] if isinstance(mention_ids, str | int) else mention_ids
    ids = schemas.CommentInput.check({"body": "-", "mentions": given}, errors=errors).get("mentions")
    if "mentions" in errors or not ids:
        return []
    ids = list(dict.fromkeys(ids))
    users = {user.id: user for user in db.session.scalars(sa.select(User).where(User.id.in_(ids)))}
    reasons = []
    for user_id in ids:
        user = users.get(user_id)
        if user is None:
            reasons.append(_("No user has the id %(id)s.", id=user_id))
            continue
        verdict = can_be_mentioned(user, task)
        if not verdict:
            reasons.append(verdict.reason)
    if reasons:
        errors.add("mentions", " ".join(reasons))
        return []
    return [users[user_id] for user_id in ids]


def post_comment(actor, task, *, body, mention_ids=()):
    """Write a comment on ``task`` mentioning ``mention_ids`` (users who may see the task)."""
    require(can_comment_on_task(actor, task))
    errors = Errors()
    body = _clean_body(body, errors)
    mentioned = _mentioned_users(task, mention_ids, errors)
    if errors:
        raise ValidationFailed(_("The comment was not saved."), fields=errors)
    comment = Comment(task_id=task.id, author_id=actor.id, body=body, created_at=utcnow())
    comment.mentions = [CommentMention(user_id=user.id) for user in mentioned]
    db.session.add(comment)
    db.session.flush()
    mentioned_ids = [user.id for user in mentioned]
    record_event(actor, "comment.create", comment, after={"task_id": task.id, "mentions": mentioned_ids})
    db.session.flush()
    events.comment_posted.send(comment, actor=actor, task=task, mentioned_ids=mentioned_ids)
    return comment


def edit_comment(actor, comment, *, body, now: datetime | None = None):
    """Change the text of one's own comment within the edit window; the earlier text is kept."""
    now = now or utcnow()
    require(can_comment_on_task(actor, comment.task))
    require(can_edit_comment(actor, comment, now=now, window_minutes=edit_window_minutes()))
    errors = Errors()
    body = _clean_body(body, errors)
    if errors:
        raise ValidationFailed(_("The comment was not saved."), fields=errors)
    if body == comment.body:
        return comment
    previous = comment.body
    comment.body = body
    comment.edited_at = now
    db.session.flush()
    record_event(actor, "comment.edit", comment, before={"body": previous}, after={"body": body})
    db.session.flush()
    return comment


def may_edit(actor, comment, now=None):
    """Whether ``actor`` may edit ``comment`` now (to show the edit form)."""
    return bool(can_edit_comment(actor, comment, now=now or utcnow(), window_minutes=edit_window_minutes()))
