"""The comment operations: who may comment, whom one may mention, editing, the signal, the audit trail."""

from datetime import timedelta

import pytest
import sqlalchemy as sa

from tests.comments.conftest import received_comments
from tracker.comments import operations, queries
from tracker.comments.models import Comment, CommentMention
from tracker.core.audit import AuditEvent
from tracker.core.errors import Forbidden, ValidationFailed
from tracker.core.permissions import can_view_task
from tracker.extensions import db
from tracker.users.models import User


def test_posting_sends_comment_posted_with_the_mentioned_ids(world, task):
    with received_comments() as received:
        comment = operations.post_comment(
            world.staff, task, body="Head, please check the figures.", mention_ids=[world.head.id, world.coord_staff.id]
        )
        db.session.commit()
    assert len(received) == 1
    sender, kwargs = received[0]
    assert sender is comment
    assert kwargs["actor"] is world.staff
    assert kwargs["task"] is task
    assert sorted(kwargs["mentioned_ids"]) == sorted([world.head.id, world.coord_staff.id])
    stored = db.session.scalars(sa.select(CommentMention.user_id).where(CommentMention.comment_id == comment.id))
    assert sorted(stored) == sorted([world.head.id, world.coord_staff.id])


def test_a_comment_without_mentions_sends_an_empty_list(world, task):
    with received_comments() as received:
        operations.post_comment(world.leader, task, body="Noted.")
    assert received[0][1]["mentioned_ids"] == []


def test_mentioning_someone_who_may_not_see_the_task_is_refused_with_the_reason(world, task):
    with received_comments() as received, pytest.raises(ValidationFailed) as refused:
        operations.post_comment(world.staff, task, body="Look", mention_ids=[world.head.id, world.other_staff.id])
    reason = refused.value.fields["mentions"]
    assert world.other_staff.name in reason and "may not see it" in reason
    assert world.head.name not in reason
    assert received == []
    db.session.rollback()
    assert db.session.scalar(sa.select(sa.func.count(Comment.id))) == 0


def test_an_unknown_or_inactive_person_cannot_be_mentioned(world, task):
    world.coord_head.is_active = False
    db.session.commit()
    with pytest.raises(ValidationFailed) as refused:
        operations.post_comment(world.staff, task, body="Look", mention_ids=[world.coord_head.id, 999_999])
    reason = refused.value.fields["mentions"]
    assert "no longer uses Tracker" in reason and "999999" in reason


@pytest.mark.parametrize("body", ["", "   \n  ", None, "x" * (operations.BODY_MAX + 1), "nul\x00here"])
def test_bad_bodies_are_refused(world, task, body):
    with pytest.raises(ValidationFailed) as refused:
        operations.post_comment(world.staff, task, body=body)
    assert "body" in refused.value.fields


@pytest.mark.parametrize("who", ["staff", "head", "leader", "admin", "coord_staff", "coord_head"])
def test_whoever_may_see_the_task_may_comment(world, task, who):
    comment = operations.post_comment(getattr(world, who), task, body="A word.")
    assert comment.id is not None


@pytest.mark.parametrize("who", ["observer", "other_staff", "other_head"])
def test_observers_and_outsiders_may_not_comment(world, task, who):
    with pytest.raises(Forbidden):
        operations.post_comment(getattr(world, who), task, body="A word.")


def test_an_edit_within_the_window_keeps_the_earlier_text_in_the_audit_trail(world, task):
    comment = operations.post_comment(world.staff, task, body="First wording")
    db.session.commit()
    assert comment.edited_at is None
    later = comment.created_at + timedelta(minutes=5)
    operations.edit_comment(world.staff, comment, body="Second wording", now=later)
    db.session.commit()
    assert comment.body == "Second wording" and comment.edited_at == later
    events = db.session.scalars(
        sa.select(AuditEvent).where(AuditEvent.object_type == "comment", AuditEvent.action == "comment.edit")
    ).all()
    assert [(event.before, event.after) for event in events] == [
        ({"body": "First wording"}, {"body": "Second wording"})
    ]
    wordings = queries.earlier_wordings([comment])
    assert [text for _, text in wordings[comment.id]] == ["First wording"]


def test_editing_after_the_window_or_someone_elses_comment_is_forbidden(app, world, task):
    comment = operations.post_comment(world.staff, task, body="Mine")
    db.session.commit()
    minutes = app.config["TRACKER_COMMENT_EDIT_MINUTES"]
    with pytest.raises(Forbidden) as late:
        operations.edit_comment(
            world.staff, comment, body="Too late", now=comment.created_at + timedelta(minutes=minutes, seconds=1)
        )
    assert f"{minutes} minutes" in late.value.description
    with pytest.raises(Forbidden) as other:
        operations.edit_comment(world.head, comment, body="Not mine")
    assert "author" in other.value.description
    db.session.rollback()
    assert db.session.get(Comment, comment.id).body == "Mine"


def test_the_edit_window_is_a_setting(app, world, task):
    comment = operations.post_comment(world.staff, task, body="Mine")
    app.config["TRACKER_COMMENT_EDIT_MINUTES"] = 60
    try:
        operations.edit_comment(world.staff, comment, body="Still mine", now=comment.created_at + timedelta(minutes=45))
    finally:
        app.config["TRACKER_COMMENT_EDIT_MINUTES"] = 15
    assert comment.body == "Still mine"


def test_mention_candidates_are_exactly_the_active_users_who_may_see_the_task(make, world, task):
    make.user(role="staff", department=world.lead, name="Gone Staff", is_active=False)
    db.session.commit()
    candidates = {user.id for user in queries.mention_candidates(task)}
    everyone = db.session.scalars(sa.select(User)).all()
    expected = {user.id for user in everyone if user.is_active and can_view_task(user, task)}
    assert candidates == expected
    assert world.other_staff.id not in candidates and world.coord_staff.id in candidates
    named = queries.mention_candidates(task, q="coord")
    assert {user.id for user in named} == {world.coord_head.id, world.coord_staff.id}
    assert queries.mention_candidates(task, q="%") == []
