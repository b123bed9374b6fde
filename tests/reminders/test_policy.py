"""Every row of the policy table, with the sweep run as of chosen instants."""

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from tests.reminders.conftest import at, run_sweep
from tracker.extensions import db
from tracker.reminders.models import Reminder, ReminderKind
from tracker.reminders.policy import reminder_day
from tracker.tasks.models import TaskStatus
from tracker.users.models import Role

DUE = date(2025, 6, 20)


def ledger(**filters):
    query = sa.select(Reminder).order_by(Reminder.id)
    for name, value in filters.items():
        query = query.where(getattr(Reminder, name) == value)
    return db.session.scalars(query).all()


def keys(rows):
    return sorted((row.recipient_id, row.kind.value, row.occurrence) for row in rows)


@pytest.fixture
def world(make):
    lead = make.department(name="Agriculture")
    head = make.user(role=Role.HEAD, department=lead)
    staff = make.user(role=Role.STAFF, department=lead)
    issuer = make.user(role=Role.LEADER)
    return lead, head, staff, issuer


def test_due_soon_seven_three_one_and_on_the_day_to_the_assignee(app, make, world):
    lead, _head, staff, issuer = world
    task = make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE)
    schedule = {13: "d7", 14: None, 17: "d3", 18: None, 19: "d1", 20: "d0"}
    for day, expected in schedule.items():
        result = run_sweep(at(2025, 6, day), deliver=False)
        assert result.claimed == (1 if expected else 0), day
    rows = ledger(task_id=task.id)
    assert keys(rows) == sorted((staff.id, "due_soon", occ) for occ in ("d7", "d3", "d1", "d0"))
    assert {row.deadline_key for row in rows} == {"2025-06-20"}
    assert all(row.is_digest for row in rows)


def test_due_soon_goes_to_the_lead_heads_when_unassigned(app, make, world):
    lead, head, _staff, issuer = world
    other_head = make.user(role=Role.HEAD, department=lead)
    task = make.task(lead=lead, issuer=issuer, due_on=DUE)
    run_sweep(at(2025, 6, 19), deliver=False)
    assert keys(ledger(task_id=task.id)) == sorted([(head.id, "due_soon", "d1"), (other_head.id, "due_soon", "d1")])


def test_a_missed_day_is_caught_up_once_not_lost(app, make, world):
    lead, _head, staff, issuer = world
    task = make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE)
    run_sweep(at(2025, 6, 18), deliver=False)  # no sweep on the 17th: d3 still owed on the 18th
    run_sweep(at(2025, 6, 18, 15), deliver=False)
    assert keys(ledger(task_id=task.id)) == [(staff.id, "due_soon", "d3")]


def test_overdue_the_day_after_then_every_seven_days_to_assignee_and_lead_head(app, make, world):
    lead, head, staff, issuer = world
    task = make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE, status=TaskStatus.IN_PROGRESS)
    for day in (21, 22, 27, 28):
        run_sweep(at(2025, 6, day), deliver=False)
    overdue = ledger(task_id=task.id, kind=ReminderKind.OVERDUE)
    assert keys(overdue) == sorted(
        (user.id, "overdue", occ) for user in (staff, head) for occ in ("overdue-0", "overdue-1")
    )
    assert sorted(row.local_day.day for row in overdue) == [21, 21, 28, 28]


def test_escalation_to_the_issuer_at_three_days_overdue_once(app, make, world):
    lead, _head, staff, issuer = world
    task = make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE)
    run_sweep(at(2025, 6, 22), deliver=False)
    assert ledger(task_id=task.id, kind=ReminderKind.ESCALATION) == []
    for day in (23, 24, 30):
        run_sweep(at(2025, 6, day), deliver=False)
    escalations = ledger(task_id=task.id, kind=ReminderKind.ESCALATION)
    assert keys(escalations) == [(issuer.id, "escalation", "escalation")]
    assert escalations[0].is_digest  # in the daily digest, like due-soon and overdue reminders


def test_a_submitted_task_reminds_the_approver_not_the_staff(app, make, world):
    lead, _head, staff, issuer = world
    task = make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE, status=TaskStatus.SUBMITTED)
    run_sweep(at(2025, 6, 19), deliver=False)
    run_sweep(at(2025, 6, 25), deliver=False)
    assert keys(ledger(task_id=task.id)) == [(issuer.id, "due_soon", "d1"), (issuer.id, "overdue", "overdue-0")]


@pytest.mark.parametrize("status", [TaskStatus.DONE, TaskStatus.CANCELLED])
def test_done_and_cancelled_tasks_are_silent(app, make, world, status):
    lead, _head, staff, issuer = world
    make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE, status=status)
    for day in (13, 19, 20, 21, 24, 28):
        assert run_sweep(at(2025, 6, day), deliver=False).claimed == 0
    assert ledger() == []


def test_tomorrow_is_counted_in_the_recipients_time_zone(app, make, world):
    lead, _head, _staff, issuer = world
    hanoi = make.user(role=Role.STAFF, department=lead)
    london = make.user(role=Role.STAFF, department=lead, timezone="Europe/London")
    task_hanoi = make.task(lead=lead, issuer=issuer, assignee=hanoi, due_on=DUE)
    task_london = make.task(lead=lead, issuer=issuer, assignee=london, due_on=DUE)
    now = at(2025, 6, 19, 9)  # 02:00 UTC, 03:00 in London: still the 18th's reminders there
    assert reminder_day(now, "Europe/London", 8) == date(2025, 6, 18)
    run_sweep(now, deliver=False)
    assert keys(ledger(task_id=task_hanoi.id)) == [(hanoi.id, "due_soon", "d1")]
    assert keys(ledger(task_id=task_london.id)) == [(london.id, "due_soon", "d3")]
    (row,) = ledger(task_id=task_london.id)
    assert row.send_after == at(2025, 6, 18, 8, tz="Europe/London")
    run_sweep(at(2025, 6, 19, 8, 30, tz="Europe/London"), deliver=False)
    assert keys(ledger(task_id=task_london.id)) == [(london.id, "due_soon", "d1"), (london.id, "due_soon", "d3")]


def test_nothing_is_owed_before_the_send_hour(app, make, world):
    lead, _head, staff, issuer = world
    task = make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE)
    run_sweep(at(2025, 6, 19, 7, 59), deliver=False)
    assert keys(ledger(task_id=task.id)) == [(staff.id, "due_soon", "d3")]  # yesterday's, caught up


def test_a_moved_deadline_starts_a_fresh_schedule(app, make, world):
    lead, _head, staff, issuer = world
    task = make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE)
    run_sweep(at(2025, 6, 19), deliver=False)
    task.due_on = date(2025, 6, 30)
    db.session.commit()
    run_sweep(at(2025, 6, 23), deliver=False)
    run_sweep(at(2025, 6, 29), deliver=False)
    assert sorted((row.deadline_key, row.occurrence) for row in ledger(task_id=task.id)) == [
        ("2025-06-20", "d1"),
        ("2025-06-30", "d1"),
        ("2025-06-30", "d7"),
    ]


def test_a_users_own_lead_days_and_digest_choice_are_respected(app, make, world):
    lead, _head, staff, issuer = world
    staff.reminder_lead_days = [2]
    staff.digest_enabled = False
    task = make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE)
    for day in (13, 17, 18, 19, 20):
        run_sweep(at(2025, 6, day), deliver=False)
    rows = ledger(task_id=task.id)
    assert keys(rows) == [(staff.id, "due_soon", "d2")]
    assert not rows[0].is_digest


def test_running_the_sweep_twice_claims_each_reminder_once(app, make, world):
    lead, _head, staff, issuer = world
    for _ in range(3):
        make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE)
    first = run_sweep(at(2025, 6, 21), deliver=False)
    second = run_sweep(at(2025, 6, 21, 9, 5), deliver=False)
    assert first.claimed == 3 * 2 + 0  # overdue-0 to staff and head for each task
    assert second.claimed == 0
    assert len(ledger()) == 6


def test_chunks_cover_every_task_exactly_once(app, make, world):
    lead, _head, staff, issuer = world
    tasks = [make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE) for _ in range(7)]
    make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE, status=TaskStatus.DONE)
    result = run_sweep(at(2025, 6, 19), deliver=False, chunk_size=3)
    assert result.chunks == 3
    assert sorted(row.task_id for row in ledger()) == sorted(task.id for task in tasks)


def test_chunks_in_deadline_order_cover_each_task_that_can_owe_once_and_skip_later_deadlines(app, make, world):
    """Chunks cut by (deadline, id): ties on one day split between chunks, days spread over several,
    and a task due after today's horizon (today plus the longest lead, 7 days) in none of them."""
    from tracker.reminders.operations.sweep import horizon
    from tracker.reminders.policy import Policy
    from tracker.reminders.queries import plan_chunks, recipient_groups

    lead, _head, staff, issuer = world
    now = at(2025, 6, 19)
    today = date(2025, 6, 19)
    # Due in 0, 1, 1, 1, 3, 7 days, one overdue by 10 days, and two beyond the horizon (8 and 30 days).
    offsets = [0, 1, 1, 1, 3, 7, -10, 8, 30]
    tasks = [make.task(lead=lead, issuer=issuer, assignee=staff, due_on=today + timedelta(days=d)) for d in offsets]
    db.session.commit()
    policy = Policy.from_config()
    until = horizon(now, policy, recipient_groups(policy))
    assert until == today + timedelta(days=7)
    chunks = plan_chunks(2, until)
    assert len(chunks) == 4  # 7 tasks that can owe, two per chunk
    covered = []
    for after, upto in chunks:
        in_range = [
            task.id
            for task in tasks
            if (after is None or (task.due_on, task.id) > after) and (task.due_on, task.id) <= upto
        ]
        assert 1 <= len(in_range) <= 2
        covered += in_range
    assert sorted(covered) == sorted(task.id for task in tasks[:7])
    result = run_sweep(now, deliver=False, chunk_size=2)
    assert result.chunks == 4
    owed = {row.task_id for row in ledger()}
    assert owed == {task.id for task in tasks[:7]}  # the later two owe nothing today
    assert not {task.id for task in tasks[7:]} & owed
