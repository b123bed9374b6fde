"""Reading the discussion: a task's comments, their earlier wordings, who may be mentioned.

A task page loads its comments in a fixed number of statements whatever their number: the comments
with their authors (one SELECT), the people they mention (one SELECT ... IN), and the earlier
wordings of the edited ones (one SELECT on the audit trail).
"""

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import joinedload, selectinload

from tracker.comments.models import Comment, CommentMention
from tracker.core.audit import AuditEvent
from tracker.core.db import escape_like
from tracker.core.permissions import SEES_EVERYTHING
from tracker.extensions import db
from tracker.tasks.models import task_coordinators
from tracker.users.models import User

#: The most candidates the mention autocomplete offers at once.
CANDIDATES_SHOWN = 10


def task_comments(task_id):
    """The task's comments, oldest first, with their authors and the people they mention."""
    return db.session.scalars(
        sa.select(Comment)
        .where(Comment.task_id == task_id)
        .options(
            joinedload(Comment.author),
            selectinload(Comment.mentions).joinedload(CommentMention.user),
        )
        .order_by(Comment.created_at, Comment.id)
    ).all()


def earlier_wordings(comments):
    """``{comment id: [(changed at, text before the change), ...]}`` for the edited comments, oldest first."""
    edited = [comment.id for comment in comments if comment.edited_at is not None]
    if not edited:
        return {}
    events = db.session.execute(
        sa.select(AuditEvent.object_id, AuditEvent.created_at, AuditEvent.before)
        .where(
            AuditEvent.object_type == "comment",
            AuditEvent.object_id.in_(edited),
            AuditEvent.action == "comment.edit",
        )
        .order_by(AuditEvent.created_at, AuditEvent.id)
    )
    wordings = {}
    for comment_id, changed_at, before in events:
        wordings.setdefault(comment_id, []).append((changed_at, (before or {}).get("body")))
    return wordings


def may_see_task(task):
    """The condition on users that the task is visible to, as ``permissions.can_view_task`` decides.

    The same rule read the other way round: the roles that see everything, and the people of the
    departments that lead, issued or coordinate the task (``Task.involves_department``). Only active
    users count, since only they may sign in.
    """
    coordinating = sa.select(task_coordinators.c.department_id).where(task_coordinators.c.task_id == task.id)
    return sa.and_(
        User.is_active.is_(True),
        sa.or_(
            User.role.in_(SEES_EVERYTHING),
            User.department_id.in_((task.lead_department_id, task.issuing_department_id)),
            User.department_id.in_(coordinating),
        ),
    )


def mention_candidates(task, q=None, limit=None, exclude_id=None):
    """The users who may be mentioned on ``task`` (those who may see it), by name; ``q`` filters."""
    query = sa.select(User).where(may_see_task(task)).order_by(User.name, User.id)
    if exclude_id is not None:
        query = query.where(User.id != exclude_id)
    if q:
        pattern = "%" + escape_like(q) + "%"
        query = query.where(sa.or_(User.name.ilike(pattern, escape="\\"), User.email.ilike(pattern, escape="\\")))
    if limit is not None:
        query = query.limit(limit)
    return db.session.scalars(query).all()


@dataclass
class Entry:
    """One line of a task's timeline: a history entry or a comment."""

    update: object = None
    comment: object = None

    @property
    def created_at(self):
        return (self.comment or self.update).created_at


def timeline(history, comments):
    """History entries and comments in one list, by time (a history entry first at the same instant)."""
    entries = [Entry(update=update) for update in history] + [Entry(comment=comment) for comment in comments]
    return sorted(entries, key=lambda entry: (entry.created_at, entry.comment is not None))


def get_comment(comment_id):
    return db.session.get(Comment, comment_id)
