"""An extension asked for after the deadline passed moves the deadline, not the judgement."""

from datetime import UTC, date, datetime

import sqlalchemy as sa
import time_machine

from tracker.extensions import db
from tracker.tasks import operations
from tracker.tasks.models import Task, TaskStatus, Timing
from tracker.tasks.timing import days_overdue, timing_clause, timing_of


def _extend(task, asker, leader, on, to):
    with time_machine.travel(f"{on} 03:00:00+00:00", tick=False):
        extension = operations.request_extension(asker, task, due_on=to, reason="More time, please.")
        operations.decide_extension(leader, extension, approve=True)
        db.session.commit()


def test_asked_after_the_deadline_stays_late(make):
    lead = make.department()
    staff = make.user(role="staff", department=lead)
    leader = make.user(role="leader")
    task = make.task(lead=lead, issuer=leader, due_on=date(2025, 5, 10), deadline_text="by mid-May")
    db.session.commit()
    _extend(task, staff, leader, "2025-05-12", "2025-07-31")
    assert task.due_on == date(2025, 7, 31) and task.missed_due_on == date(2025, 5, 10)
    assert task.deadline_text is None  # the new date replaces the deadline as written
    assert timing_of(task, date(2025, 6, 1)) == Timing.OVERDUE
    assert days_overdue(task, date(2025, 6, 1)) == 22
    task.status, task.completed_on = TaskStatus.DONE, date(2025, 7, 1)
    task.completed_at = datetime(2025, 7, 1, 3, tzinfo=UTC)
    assert timing_of(task, date(2025, 7, 2)) == Timing.LATE


def test_asked_before_the_deadline_moves_the_judgement(make):
    lead = make.department()
    staff = make.user(role="staff", department=lead)
    leader = make.user(role="leader")
    task = make.task(lead=lead, issuer=leader, due_on=date(2025, 5, 10))
    db.session.commit()
    _extend(task, staff, leader, "2025-05-10", "2025-07-31")  # on the last day: still in time
    assert task.missed_due_on is None
    assert timing_of(task, date(2025, 6, 1)) == Timing.ON_TRACK
    # A second extension asked late is judged from the deadline it missed (the first extension's).
    _extend(task, staff, leader, "2025-08-02", "2025-09-30")
    assert task.missed_due_on == date(2025, 7, 31)
    assert timing_of(task, date(2025, 8, 3)) == Timing.OVERDUE


def test_python_and_sql_timing_agree(make):
    lead = make.department()
    leader = make.user(role="leader")
    today = date(2025, 6, 10)
    done = TaskStatus.DONE
    cases = [
        dict(status=TaskStatus.ASSIGNED, due_on=date(2025, 6, 9)),
        dict(status=TaskStatus.ASSIGNED, due_on=date(2025, 6, 10)),
        dict(status=TaskStatus.SUBMITTED, due_on=date(2025, 6, 13)),
        dict(status=TaskStatus.IN_PROGRESS, due_on=date(2025, 6, 14)),
        dict(status=TaskStatus.IN_PROGRESS, due_on=date(2025, 8, 1), missed_due_on=date(2025, 5, 1)),
        dict(status=TaskStatus.IN_PROGRESS, due_on=date(2025, 6, 12), missed_due_on=date(2025, 5, 1)),
        dict(status=TaskStatus.ASSIGNED, due_on=None),
        dict(status=TaskStatus.CANCELLED, due_on=date(2025, 5, 1)),
        dict(status=done, due_on=date(2025, 6, 1), completed_on=date(2025, 6, 1)),
        dict(status=done, due_on=date(2025, 6, 1), completed_on=date(2025, 6, 2)),
        dict(status=done, due_on=date(2025, 8, 1), completed_on=date(2025, 6, 2), missed_due_on=date(2025, 5, 1)),
        dict(status=done, due_on=date(2025, 8, 1), completed_on=date(2025, 4, 2), missed_due_on=date(2025, 5, 1)),
        dict(status=done, due_on=date(2025, 6, 1), completed_on=None),
    ]
    tasks = [make.task(lead=lead, issuer=leader, **values) for values in cases]
    db.session.commit()
    ids = [task.id for task in tasks]
    for timing in Timing:
        in_sql = set(db.session.scalars(sa.select(Task.id).where(Task.id.in_(ids), timing_clause(timing, today))))
        in_python = {task.id for task in tasks if timing_of(task, today) == timing}
        assert in_sql == in_python, timing
