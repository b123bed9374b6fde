"""Timing of a task, derived from its status and deadline, never stored.

- open (assigned, in progress, submitted): ``overdue`` once the deadline has passed, ``due_soon``
  when it falls within the next :data:`DUE_SOON_DAYS` days (today included), else ``on_track``;
- done: ``late`` when completed (local date) after the deadline in force, else ``on_time``;
- no deadline: ``no_deadline``. A cancelled task is ``no_deadline`` too: it will never be judged
  on time or late, and it must not show up as overdue.

The deadline a task is judged against (:func:`judged_due_on`) is the one in force, except when an
extension was asked for after the deadline in force had already passed: the task is then judged
from that missed deadline (``Task.missed_due_on``), however late the new one is. So an open task
with a missed deadline stays overdue, and it is late when done.

``timing_of`` works on one loaded task; ``timing_clause`` is the same rule as an SQL condition, so
that lists can filter on timing with the (status, due_on) indexes.
"""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from flask import current_app

from tracker.core.db import utcnow
from tracker.tasks.models import OPEN_STATUSES, Task, TaskStatus, Timing

DUE_SOON_DAYS = 3


def province_zone():
    return ZoneInfo(current_app.config["TRACKER_TIMEZONE"])


def local_date(moment: datetime) -> date:
    """The calendar date of a UTC moment in the province's zone."""
    return moment.astimezone(province_zone()).date()


def today_local(now: datetime | None = None) -> date:
    """Today in the province's zone (``TRACKER_TIMEZONE``)."""
    return local_date(now or utcnow())


def judged_due_on(task) -> date | None:
    """The deadline ``task`` is judged against: the one it missed before an extension, else the one in force."""
    if task.due_on is None:
        return None
    return task.missed_due_on or task.due_on


def days_overdue(task, today: date | None = None) -> int:
    """Days since the judged deadline of an open task (0 when it is not overdue)."""
    deadline = judged_due_on(task)
    if deadline is None or task.status not in OPEN_STATUSES:
        return 0
    return max(0, ((today or today_local()) - deadline).days)


def timing_of(task, today: date | None = None) -> Timing:
    """Return the timing of ``task`` as seen on ``today`` (the province's today by default)."""
    if today is None:
        today = today_local()
    status = TaskStatus(task.status)
    if status == TaskStatus.CANCELLED or task.due_on is None:
        return Timing.NO_DEADLINE
    if status == TaskStatus.DONE:
        completed_on = task.completed_on
        if completed_on is None and task.completed_at is not None:
            completed_on = local_date(task.completed_at)
        if completed_on is not None and completed_on > judged_due_on(task):
            return Timing.LATE
        return Timing.ON_TIME
    if task.missed_due_on is not None or task.due_on < today:
        return Timing.OVERDUE
    if task.due_on <= today + timedelta(days=DUE_SOON_DAYS):
        return Timing.DUE_SOON
    return Timing.ON_TRACK


def _is_open():
    return Task.status.in_(OPEN_STATUSES)


def judged_due_on_column():
    """SQL for :func:`judged_due_on`."""
    return sa.case((Task.due_on.is_(None), None), else_=sa.func.coalesce(Task.missed_due_on, Task.due_on))


def _no_missed_deadline():
    # A missed deadline is always before today (it had passed when the extension was asked for), so
    # "a missed deadline, or due before today" is "judged deadline before today" (overdue_clause).
    return Task.missed_due_on.is_(None)


def overdue_clause(today: date):
    return sa.and_(_is_open(), Task.due_on.is_not(None), sa.or_(Task.due_on < today, Task.missed_due_on.is_not(None)))


def late_clause():
    return sa.and_(
        Task.status == TaskStatus.DONE,
        Task.due_on.is_not(None),
        Task.completed_on.is_not(None),
        Task.completed_on > sa.func.coalesce(Task.missed_due_on, Task.due_on),
    )


def timing_clause(timing, today: date | None = None, soon=None):
    """Return an SQL condition selecting the tasks whose timing is ``timing`` on ``today``.

    ``today`` and ``soon`` (the last day that is due soon) may be bound parameters, given together
    (tracker/tasks/shapes.py); ``soon`` is otherwise counted from ``today``.
    """
    if today is None:
        today = today_local()
    timing = Timing(timing)
    if soon is None:
        soon = today + timedelta(days=DUE_SOON_DAYS)
    if timing == Timing.OVERDUE:
        return overdue_clause(today)
    if timing == Timing.DUE_SOON:
        return sa.and_(_is_open(), _no_missed_deadline(), Task.due_on >= today, Task.due_on <= soon)
    if timing == Timing.ON_TRACK:
        return sa.and_(_is_open(), _no_missed_deadline(), Task.due_on > soon)
    if timing == Timing.LATE:
        return late_clause()
    if timing == Timing.ON_TIME:
        return sa.and_(
            Task.status == TaskStatus.DONE,
            Task.due_on.is_not(None),
            sa.or_(Task.completed_on.is_(None), Task.completed_on <= sa.func.coalesce(Task.missed_due_on, Task.due_on)),
        )
    return sa.or_(Task.status == TaskStatus.CANCELLED, Task.due_on.is_(None))
