"""The reminders of the sweep are told in Tracker too; escalations join the daily digest."""

from datetime import date

import sqlalchemy as sa

from tests.notifications.conftest import emailed, told
from tests.reminders.conftest import at, run_sweep
from tracker.extensions import db
from tracker.notifications import operations as notifications
from tracker.notifications.models import NotificationKind
from tracker.reminders.models import Reminder, ReminderKind, ReminderState


def test_due_soon_overdue_and_escalation_are_told_in_tracker_once(app, make, world, smtp):
    w = world
    make.task(lead=w["lead"], issuer=w["leader"], assignee=w["staff"], due_on=date(2025, 6, 10), title="Late")
    make.task(lead=w["lead"], issuer=w["leader"], assignee=w["staff"], due_on=date(2025, 6, 20), title="Soon")
    run_sweep(at(2025, 6, 19))
    expected = [
        ("Lead Head", "overdue"),
        ("Leader", "escalation"),
        ("Staff One", "due_soon"),
        ("Staff One", "overdue"),
    ]
    assert told() == expected
    run_sweep(at(2025, 6, 19, 10))  # a second sweep the same day claims nothing, tells nothing
    assert told() == expected


def test_escalations_of_many_tasks_reach_the_leader_in_one_digest(app, make, world, smtp):
    w = world
    for n in range(12):
        make.task(lead=w["lead"], issuer=w["leader"], assignee=w["staff"], due_on=date(2025, 6, 1), title=f"T{n}")
    run_sweep(at(2025, 6, 19))
    to_leader = [subject for to, subject in emailed(smtp) if to == w["leader"].email]
    assert to_leader == ["Tracker: 12 tasks need your attention"]
    text = next(m for m in smtp.messages if m["To"] == w["leader"].email).get_body(("plain",)).get_content()
    assert "Escalated to you" in text and all(f"T{n}\n" in text or f"T{n} " in text for n in range(12))


def test_a_reminder_kind_turned_off_is_told_in_tracker_only(app, make, world, smtp):
    w = world
    kinds = [kind.value for kind in NotificationKind if kind != NotificationKind.OVERDUE]
    notifications.set_email_preferences(w["staff"], w["staff"], kinds)
    make.task(lead=w["lead"], issuer=w["leader"], assignee=w["staff"], due_on=date(2025, 6, 17), title="Muted")
    run_sweep(at(2025, 6, 19))
    assert ("Staff One", "overdue") in told()
    assert w["staff"].email not in [to for to, _ in emailed(smtp)]
    row = db.session.scalar(
        sa.select(Reminder).where(Reminder.recipient_id == w["staff"].id, Reminder.kind == ReminderKind.OVERDUE)
    )
    assert row.state == ReminderState.SKIPPED
