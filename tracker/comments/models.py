from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.core.db import UTCDateTime, utcnow
from tracker.extensions import db
from tracker.tasks.models import Task
from tracker.users.models import User


class Comment(db.Model):
    """A message written on a task; its earlier wordings stay in the audit trail (``comment.edit``)."""

    __tablename__ = "comments"
    __table_args__ = (sa.Index("ix_comments_task_created", "task_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(sa.ForeignKey("tasks.id", ondelete="CASCADE"), nullable=False)
    author_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"), nullable=False, index=True)
    body: Mapped[str] = mapped_column(sa.Text, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    #: When the author last changed the text (``None``: never edited), shown as "edited".
    edited_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    task: Mapped[Task] = relationship()
    author: Mapped[User] = relationship()
    mentions: Mapped[list["CommentMention"]] = relationship(
        back_populates="comment", cascade="all, delete-orphan", order_by="CommentMention.user_id"
    )

    def __repr__(self):
        return f"<Comment {self.id} on task {self.task_id}>"

    @property
    def mentioned_users(self):
        return sorted((mention.user for mention in self.mentions), key=lambda user: (user.name, user.id))


class CommentMention(db.Model):
    """A person named in a comment (who must be able to see the task)."""

    __tablename__ = "comment_mentions"

    comment_id: Mapped[int] = mapped_column(sa.ForeignKey("comments.id", ondelete="CASCADE"), primary_key=True)
    #: Indexed for "where was I mentioned".
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"), primary_key=True, index=True)

    comment: Mapped[Comment] = relationship(back_populates="mentions")
    user: Mapped[User] = relationship()
