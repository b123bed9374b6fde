"""Trends: the on-time rate and the open overdue count, month by month.

Each month is a period of the periodic report (``queries.counted``: the tasks whose deadline falls
in the month, those completed in it, and those carried over overdue), judged at the month's last
day, or today for the current month. One grouped statement per month: per lead department, from
the kept period counts (``queries.kept_sums``), or, for one department, per assignee (a head's view
of their staff), from the tasks.
"""

from dataclasses import dataclass

from tracker.departments.models import Department
from tracker.extensions import db
from tracker.reports.periods import month
from tracker.reports.queries import (
    ReportLine,
    as_of_day,
    class_sums,
    counted,
    grouped_counts,
    kept_sums,
    series_names,
)
from tracker.tasks.models import Task
from tracker.tasks.timing import today_local

MONTHS = 12


@dataclass
class Series:
    """One department's or person's months: ``lines[i]`` is the month ``months[i]``."""

    key: int | None
    name: str
    lines: list

    @property
    def rates(self):
        return [line.on_time_rate for line in self.lines]

    @property
    def overdue(self):
        return [line.open_overdue for line in self.lines]


@dataclass
class Trend:
    months: list
    series: list
    totals: Series
    department: Department | None = None


def last_months(today, count=MONTHS):
    """The first and last days of the ``count`` months up to this one, oldest first."""
    found = []
    year, number = today.year, today.month
    for _ in range(count):
        found.append(month(year, number))
        year, number = (year - 1, 12) if number == 1 else (year, number - 1)
    return list(reversed(found))


def trend(department_id=None, today=None, count=MONTHS):
    """Per lead department (or, given one, per assignee of its tasks), month by month."""
    today = today or today_local()
    months = last_months(today, count)
    per_month = []
    for start, end in months:
        as_of = as_of_day(end, today)
        if department_id is None:
            sums = kept_sums(start, end, as_of)
        else:
            sums = class_sums(counted(start, end, department_id=department_id), as_of, Task.assignee_id)
        per_month.append(grouped_counts(sums))
    keys = {value for counts in per_month for value in counts}
    names = series_names(keys, department_id)
    series = []
    for value in keys:
        lines = [counts.get(value) or ReportLine(None) for counts in per_month]
        series.append(Series(value, names.get(value, ""), lines))
    series.sort(key=lambda item: (item.key is None, item.name.lower()))
    totals = []
    for counts in per_month:
        line = ReportLine(None)
        for part in counts.values():
            line.add(part)
        totals.append(line)
    department = db.session.get(Department, department_id) if department_id is not None else None
    return Trend(
        months=[start for start, _end in months], series=series, totals=Series(None, "", totals), department=department
    )
