"""Each row of the table: the right people told in Tracker and by email once, nobody else, not the actor."""

from datetime import date
from types import SimpleNamespace

import sqlalchemy as sa
import time_machine

from tests.notifications.conftest import DUE, emailed, told
from tests.reminders.conftest import at
from tracker.core import events
from tracker.extensions import db
from tracker.notifications import operations as notifications
from tracker.notifications.models import Notification, NotificationKind, TaskFollower
from tracker.notifications.text import describe
from tracker.reminders.models import Reminder, ReminderState
from tracker.tasks import operations


def clear(smtp):
    db.session.execute(sa.delete(Notification))
    db.session.commit()
    with smtp.sink.lock:
        smtp.sink.messages.clear()


def test_a_task_created_for_a_person_tells_them_their_head_and_the_coordinating_heads(
    app, world, smtp, inline_delivery
):
    w = world
    db.session.commit()
    task = operations.create_task(
        w["leader"],
        title="Plant 5,000 hectares",
        lead_department_id=w["lead"].id,
        coordinating_department_ids=[w["finance"].id],
        assignee_id=w["staff"].id,
        due_on=DUE,
    )
    assert smtp.messages == []  # nothing before the commit
    db.session.commit()
    assert told() == [("Finance Head", "coordinating"), ("Lead Head", "department_task"), ("Staff One", "assigned")]
    texts = {row.kind.value: describe(row) for row in db.session.scalars(sa.select(Notification))}
    assert texts["department_task"] == "Leader gave your department this task."
    assert texts["assigned"] == "Leader assigned this task to you."
    assert emailed(smtp) == sorted(
        (w[name].email, "New task: Plant 5,000 hectares") for name in ("staff", "head", "finance_head")
    )
    followers = set(db.session.scalars(sa.select(TaskFollower.user_id).where(TaskFollower.task_id == task.id)))
    assert followers == {w["leader"].id, w["staff"].id}


def test_a_task_without_assignee_tells_the_lead_heads(app, world, smtp, inline_delivery):
    w = world
    db.session.commit()
    operations.create_task(w["leader"], title="Repair roads", lead_department_id=w["lead"].id, due_on=DUE)
    db.session.commit()
    assert told() == [("Lead Head", "department_task")]
    assert [to for to, _subject in emailed(smtp)] == [w["head"].email]


def test_a_head_assigning_later_tells_the_staff_member_and_nobody_else(app, world, smtp, inline_delivery):
    w = world
    task = operations.create_task(w["leader"], title="Survey farms", lead_department_id=w["lead"].id)
    db.session.commit()
    clear(smtp)
    operations.assign_task(w["head"], task, w["staff"].id, version=task.version)
    db.session.commit()
    # The staff member is told; the leader follows the task he issued and hears of it as a follower.
    assert told() == [("Leader", "followed_update"), ("Staff One", "assigned")]
    assert emailed(smtp) == sorted(
        [(w["staff"].email, "New task: Survey farms"), (w["leader"].email, "Update: Survey farms")]
    )
    # Reassigned by the leader: the new assignee is told; the leader (the actor) is not.
    clear(smtp)
    operations.assign_task(w["leader"], task, w["other_staff"].id, version=task.version)
    db.session.commit()
    assert told() == [("Staff One", "followed_update"), ("Staff Two", "assigned")]
    assert w["leader"].email not in [to for to, _ in emailed(smtp)]


def test_submit_tells_the_issuer_and_who_may_approve_and_return_tells_the_doing_side_with_the_comment(
    app, world, smtp, inline_delivery
):
    w = world
    task = operations.create_task(
        w["leader"], title="Build zones", lead_department_id=w["lead"].id, assignee_id=w["staff"].id
    )
    operations.transition_task(w["staff"], task, "start")
    db.session.commit()
    clear(smtp)
    operations.transition_task(w["staff"], task, "submit")
    db.session.commit()
    assert told() == [("Leader", "submitted"), ("Office Head", "submitted")]
    assert emailed(smtp) == sorted(
        (w[name].email, "Waiting for your approval: Build zones") for name in ("leader", "office_head")
    )
    clear(smtp)
    operations.transition_task(w["leader"], task, "return", comment="Add the photos")
    db.session.commit()
    assert told() == [("Lead Head", "returned"), ("Staff One", "returned")]
    rows = db.session.scalars(sa.select(Notification)).all()
    assert {row.detail for row in rows} == {"Add the photos"}
    assert emailed(smtp) == sorted((w[name].email, "Returned: Build zones") for name in ("staff", "head"))
    assert all("Add the photos" in m.get_body(("plain",)).get_content() for m in smtp.messages)


def test_approval_tells_the_assignee_and_the_lead_heads(app, world, smtp, inline_delivery):
    w = world
    task = operations.create_task(
        w["leader"], title="Plant trees", lead_department_id=w["lead"].id, assignee_id=w["staff"].id
    )
    operations.transition_task(w["staff"], task, "start")
    operations.transition_task(w["staff"], task, "submit")
    db.session.commit()
    clear(smtp)
    operations.transition_task(w["office_head"], task, "approve", comment="Well done")
    db.session.commit()
    # The leader follows the task he issued; the office head (the actor) hears nothing.
    assert told() == [("Lead Head", "approved"), ("Leader", "followed_update"), ("Staff One", "approved")]
    assert (w["staff"].email, "Approved: Plant trees") in emailed(smtp)
    assert w["office_head"].email not in [to for to, _ in emailed(smtp)]


def test_an_extension_request_tells_the_deciders_and_the_decision_tells_requester_assignee_and_heads(
    app, world, smtp, inline_delivery
):
    w = world
    task = operations.create_task(
        w["leader"], title="Dredge canal", lead_department_id=w["lead"].id, assignee_id=w["staff"].id, due_on=DUE
    )
    db.session.commit()
    clear(smtp)
    with time_machine.travel(at(2025, 6, 15), tick=False):
        extension = operations.request_extension(w["other_staff"], task, due_on=date(2025, 7, 31), reason="Rain")
        db.session.commit()
        assert told() == [
            ("Leader", "extension_requested"),
            ("Office Head", "extension_requested"),
            ("Staff One", "followed_update"),
        ]
        mail = {to: message for to, message in ((m["To"], m) for m in smtp.messages)}
        assert mail[w["leader"].email]["Subject"] == "Extension requested: Dredge canal"
        assert "Rain" in mail[w["leader"].email].get_body(("plain",)).get_content()
        assert "Jul 31, 2025" in mail[w["leader"].email].get_body(("plain",)).get_content()
        clear(smtp)
        operations.decide_extension(w["leader"], extension, approve=False, comment="Not this time")
        db.session.commit()
    assert told() == [
        ("Lead Head", "extension_decided"),
        ("Staff One", "extension_decided"),
        ("Staff Two", "extension_decided"),
    ]
    assert sorted(to for to, _ in emailed(smtp)) == sorted(w[n].email for n in ("head", "staff", "other_staff"))
    assert all("Not this time" in m.get_body(("plain",)).get_content() for m in smtp.messages)


def test_a_comment_tells_the_mentioned_and_the_followers_and_the_commenter_follows(app, world, smtp, inline_delivery):
    w = world
    task = operations.create_task(
        w["leader"], title="Clean river", lead_department_id=w["lead"].id, assignee_id=w["staff"].id
    )
    db.session.commit()
    clear(smtp)
    comment = SimpleNamespace(id=1, body="@Lead Head please check", task=task)
    events.comment_posted.send(comment, actor=w["staff"], task=task, mentioned_ids=[w["head"].id, w["staff"].id])
    db.session.commit()
    # The commenter (also mentioned by himself) is not told; the leader follows; the head is mentioned.
    assert told() == [("Lead Head", "mentioned"), ("Leader", "followed_update")]
    assert emailed(smtp) == sorted(
        [(w["head"].email, "You were mentioned: Clean river"), (w["leader"].email, "Update: Clean river")]
    )
    assert "please check" in smtp.messages[0].get_body(("plain",)).get_content()
    clear(smtp)
    events.comment_posted.send(comment, actor=w["head"], task=task, mentioned_ids=[])
    db.session.commit()
    # The head commented on a task he had not followed: he follows it now; the others hear of it.
    assert notifications.is_following(w["head"], task)
    assert told() == [("Leader", "followed_update"), ("Staff One", "followed_update")]


def test_followers_hear_of_everything_and_unfollowing_stops_it(app, world, smtp, inline_delivery):
    w = world
    task = operations.create_task(w["leader"], title="Count cattle", lead_department_id=w["lead"].id)
    notifications.follow_task(w["observer"], task)
    db.session.commit()
    clear(smtp)
    operations.transition_task(w["head"], task, "start")
    db.session.commit()
    assert told() == [("Leader", "followed_update"), ("Observer", "followed_update")]
    clear(smtp)
    notifications.unfollow_task(w["observer"], task)
    operations.transition_task(w["leader"], task, "cancel")
    db.session.commit()
    assert told() == []  # the leader acted; the observer left


def test_a_rolled_back_change_tells_nobody(app, world, smtp, inline_delivery):
    w = world
    db.session.commit()
    operations.create_task(
        w["leader"],
        title="Never",
        lead_department_id=w["lead"].id,
        assignee_id=w["staff"].id,
        coordinating_department_ids=[w["finance"].id],
    )
    db.session.rollback()
    db.session.commit()
    assert told() == []
    assert smtp.messages == []
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Reminder)) == 0


def test_a_kind_turned_off_is_told_in_tracker_only(app, world, smtp, inline_delivery):
    w = world
    kinds = [kind.value for kind in NotificationKind if kind != NotificationKind.ASSIGNED]
    notifications.set_email_preferences(w["staff"], w["staff"], kinds)
    db.session.commit()
    operations.create_task(w["leader"], title="Quiet", lead_department_id=w["lead"].id, assignee_id=w["staff"].id)
    db.session.commit()
    assert ("Staff One", "assigned") in told()
    assert w["staff"].email not in [to for to, _ in emailed(smtp)]
    assert [to for to, _ in emailed(smtp)] == [w["head"].email]


def test_each_event_writes_its_notifications_in_one_statement(app, world, smtp, inline_delivery):
    w = world
    task = operations.create_task(w["leader"], title="Many", lead_department_id=w["lead"].id)
    notifications.follow_task(w["observer"], task)
    db.session.commit()
    clear(smtp)
    statements = []

    def count(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("INSERT INTO NOTIFICATIONS"):
            statements.append(statement)

    engine = db.engine
    sa.event.listen(engine, "before_cursor_execute", count)
    try:
        operations.transition_task(w["head"], task, "start")
        db.session.commit()
    finally:
        sa.event.remove(engine, "before_cursor_execute", count)
    assert len(statements) == 1
    assert told() == [("Leader", "followed_update"), ("Observer", "followed_update")]
    assert set(db.session.scalars(sa.select(Reminder.state))) == {ReminderState.SENT}


def test_a_coordinating_department_named_later_has_its_heads_told_and_followers_hear_of_edits_once(
    app, world, smtp, inline_delivery
):
    w = world
    task = operations.create_task(w["leader"], title="Roads", lead_department_id=w["lead"].id, due_on=DUE)
    notifications.follow_task(w["observer"], task)
    db.session.commit()
    clear(smtp)
    operations.update_task(
        w["leader"],
        task,
        version=task.version,
        coordinating_department_ids=[w["finance"].id],
        due_on=date(2025, 7, 1),
        title="Roads and bridges",
    )
    db.session.commit()
    # One edit, three changes: the new coordinating head is told; the follower hears of it once.
    assert told() == [("Finance Head", "coordinating"), ("Observer", "followed_update")]
    assert sorted(to for to, _ in emailed(smtp)) == sorted([w["finance_head"].email, w["observer"].email])


def test_progress_reported_reaches_the_followers_but_not_the_reporter(app, world, smtp, inline_delivery):
    w = world
    task = operations.create_task(
        w["leader"], title="Wells", lead_department_id=w["lead"].id, assignee_id=w["staff"].id
    )
    db.session.commit()
    clear(smtp)
    operations.report_progress(w["staff"], task, progress=40, comment="Two wells dug")
    db.session.commit()
    assert told() == [("Leader", "followed_update")]
    (row,) = db.session.scalars(sa.select(Notification)).all()
    assert row.detail == "Two wells dug" and row.data == {"event": "progress"}


def test_a_comment_posted_through_the_comments_operation_tells_the_mentioned_once(app, world, smtp, inline_delivery):
    from tracker.comments.operations import post_comment

    w = world
    task = operations.create_task(
        w["leader"], title="Bridges", lead_department_id=w["lead"].id, assignee_id=w["staff"].id
    )
    db.session.commit()
    clear(smtp)
    post_comment(w["staff"], task, body="Lead Head, the survey is attached.", mention_ids=[w["head"].id])
    db.session.commit()
    assert told() == [("Lead Head", "mentioned"), ("Leader", "followed_update")]
    assert (w["head"].email, "You were mentioned: Bridges") in emailed(smtp)
    assert notifications.is_following(w["staff"], task)
