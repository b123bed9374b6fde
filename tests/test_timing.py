"""Timing is derived from status and deadline; the Python rule and the SQL filter agree."""

from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine

from tracker.extensions import db
from tracker.tasks.models import Task, TaskStatus, Timing
from tracker.tasks.timing import timing_clause, timing_of, today_local

TODAY = date(2025, 6, 10)


def day(offset):
    return TODAY + timedelta(days=offset)


#: (status, due offset or None, completed offset or None) -> timing on TODAY
CASES = [
    (TaskStatus.ASSIGNED, 10, None, Timing.ON_TRACK),
    (TaskStatus.IN_PROGRESS, 4, None, Timing.ON_TRACK),
    (TaskStatus.IN_PROGRESS, 3, None, Timing.DUE_SOON),
    (TaskStatus.SUBMITTED, 1, None, Timing.DUE_SOON),
    (TaskStatus.ASSIGNED, 0, None, Timing.DUE_SOON),
    (TaskStatus.IN_PROGRESS, -1, None, Timing.OVERDUE),
    (TaskStatus.SUBMITTED, -30, None, Timing.OVERDUE),
    (TaskStatus.DONE, -5, -5, Timing.ON_TIME),
    (TaskStatus.DONE, -5, -9, Timing.ON_TIME),
    (TaskStatus.DONE, -5, -4, Timing.LATE),
    (TaskStatus.DONE, 20, -1, Timing.ON_TIME),
    (TaskStatus.ASSIGNED, None, None, Timing.NO_DEADLINE),
    (TaskStatus.DONE, None, -1, Timing.NO_DEADLINE),
    (TaskStatus.CANCELLED, -3, None, Timing.NO_DEADLINE),
    (TaskStatus.CANCELLED, None, None, Timing.NO_DEADLINE),
]


def make_task(make, status, due, completed):
    values = {"status": status, "due_on": day(due) if due is not None else None}
    if completed is not None:
        values["completed_on"] = day(completed)
        values["completed_at"] = datetime.combine(day(completed), datetime.min.time(), tzinfo=UTC)
    return make.task(**values)


@pytest.mark.parametrize(("status", "due", "completed", "expected"), CASES)
def test_timing_of(status, due, completed, expected):
    task = Task(status=status, due_on=day(due) if due is not None else None)
    task.completed_on = day(completed) if completed is not None else None
    assert timing_of(task, TODAY) == expected


def test_done_without_a_local_date_falls_back_to_the_completion_moment(app):
    task = Task(status=TaskStatus.DONE, due_on=date(2025, 6, 30))
    # 18:00 UTC on 30 June is 1 July in the province (UTC+7).
    task.completed_at = datetime(2025, 6, 30, 18, 0, tzinfo=UTC)
    assert timing_of(task, TODAY) == Timing.LATE


def test_sql_filter_agrees_with_the_rule(app, make):
    tasks = [(make_task(make, status, due, completed), expected) for status, due, completed, expected in CASES]
    db.session.commit()
    for timing in Timing:
        selected = set(db.session.scalars(db.select(Task.id).where(timing_clause(timing, TODAY))))
        expected = {task.id for task, value in tasks if value == timing}
        assert selected == expected, timing


def test_today_is_the_provinces_today(app):
    with time_machine.travel("2025-06-30 16:59:00+00:00", tick=False):
        assert today_local() == date(2025, 6, 30)
    with time_machine.travel("2025-06-30 17:00:00+00:00", tick=False):
        assert today_local() == date(2025, 7, 1)


def test_timing_uses_today_by_default(app):
    task = Task(status=TaskStatus.ASSIGNED, due_on=date(2025, 6, 30))
    with time_machine.travel("2025-06-29 03:00:00+00:00", tick=False):
        assert timing_of(task) == Timing.DUE_SOON
    with time_machine.travel("2025-07-01 03:00:00+00:00", tick=False):
        assert timing_of(task) == Timing.OVERDUE
