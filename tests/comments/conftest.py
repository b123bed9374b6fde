"""The small province of the task tests, with a task in it, for the discussion tests."""

import contextlib
from datetime import timedelta

import pytest
import sqlalchemy as sa

from tests.tasks_support import build_world, new_task
from tracker.comments.models import Comment
from tracker.core import events
from tracker.extensions import db


@pytest.fixture
def world(make):
    return build_world(make)


@pytest.fixture
def task(world):
    """Issued by the leader (office) to the lead department, coordinated by ``coord``."""
    return new_task(world)


@contextlib.contextmanager
def received_comments():
    """Collect what receivers of ``comment_posted`` are sent: ``[(sender, kwargs)]``."""
    received = []

    def receiver(sender, **kwargs):
        received.append((sender, kwargs))

    events.comment_posted.connect(receiver)
    try:
        yield received
    finally:
        events.comment_posted.disconnect(receiver)


def age_comment(comment_id, minutes):
    """Move a comment's writing time ``minutes`` into the past, as if written then."""
    comment = db.session.get(Comment, comment_id)
    db.session.execute(
        sa.update(Comment)
        .where(Comment.id == comment_id)
        .values(created_at=comment.created_at - timedelta(minutes=minutes))
    )
    db.session.commit()
    db.session.expire_all()
