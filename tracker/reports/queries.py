"""The periodic report and a meeting's follow-up: which tasks a period counts, and how.

One module computes the numbers that the page, the JSON API and the DOCX, PDF and XLSX documents
show, so they cannot disagree.

**The tasks a period counts** (``from`` .. ``to``, both days included). Only tasks that are not
cancelled and have a deadline; the deadline is the one they are *judged* against
(``timing.judged_due_on``: the deadline in force, or the one already missed when an extension was
asked for late). A task counts when

1. its deadline falls in the period, or
2. it was completed in the period, or
3. its deadline is before the period and it was still not completed at the period's end
   (carried over, overdue).

**Its class** is its state on the *as-of day*: the period's last day, or today when the period
ends later (a past period's report does not change when the work is finished afterwards):

- *done on time*: completed on or before the as-of day, on or before its deadline;
- *done late*: completed on or before the as-of day, after its deadline;
- *open, within the deadline*: not completed on the as-of day, deadline on or after it;
- *open, overdue*: not completed on the as-of day, deadline before it.

The on-time rate is done on time / (done on time + done late + open overdue): the share of the
tasks already judged that kept their deadline (none judged: no rate).

The four counts per lead department are one grouped statement; the lists of overdue and late tasks
(what the reader may see of them) are one statement each, plus one for their last progress reports
and one for their extension requests.
"""

from dataclasses import dataclass, field
from datetime import date

import sqlalchemy as sa

from tracker.departments.models import Department
from tracker.extensions import db
from tracker.meetings.models import Directive, Meeting
from tracker.tasks.models import (
    OPEN_STATUSES,
    ExtensionRequest,
    Task,
    TaskStatus,
    TaskUpdate,
    UpdateKind,
)
from tracker.tasks.queries import list_options, visible_tasks
from tracker.tasks.timing import today_local

#: The lists of overdue and late tasks stop at this many rows (the counts are always whole).
LIST_LIMIT = 1000
#: A meeting's follow-up lists at most this many of its tasks.
MEETING_TASK_LIMIT = 2000
CLASSES = ("done_on_time", "done_late", "open_within_deadline", "open_overdue")


@dataclass
class ReportLine:
    """One lead department's counts (``department`` is None for the totals)."""

    department: Department | None
    done_on_time: int = 0
    done_late: int = 0
    open_within_deadline: int = 0
    open_overdue: int = 0

    @property
    def total(self):
        return self.done_on_time + self.done_late + self.open_within_deadline + self.open_overdue

    @property
    def judged(self):
        return self.done_on_time + self.done_late + self.open_overdue

    @property
    def on_time_rate(self):
        return round(self.done_on_time / self.judged, 4) if self.judged else None

    def add(self, other):
        for name in CLASSES:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def as_dict(self):
        data = {}
        if self.department is not None:
            data["department"] = {"id": self.department.id, "name": self.department.display_name}
        data["total"] = self.total
        for name in CLASSES:
            data[name] = getattr(self, name)
        data["on_time_rate"] = self.on_time_rate
        return data


@dataclass
class ListedTask:
    """A task of the overdue or late list, with what the report says of it."""

    task: Task
    deadline: date
    days: int
    last_progress: TaskUpdate | None = None
    extensions: list = field(default_factory=list)


@dataclass
class PeriodicReport:
    date_from: date | None
    date_to: date | None
    as_of: date
    lines: list
    totals: ReportLine
    overdue: list
    overdue_total: int
    late: list
    late_total: int
    department: Department | None = None
    meeting: Meeting | None = None
    #: For a meeting's follow-up: ``[(directive or None, [tasks])]`` in the minutes' order.
    directives: list | None = None


def judged_deadline():
    """SQL: the deadline a task is judged against (see timing.judged_due_on)."""
    return sa.func.coalesce(Task.missed_due_on, Task.due_on)


def as_of_day(date_to, today):
    return min(date_to, today) if date_to is not None else today


def counted(date_from, date_to, department_id=None, meeting_id=None):
    """The conditions selecting the tasks the period counts (see the module's docstring)."""
    deadline = judged_deadline()
    conditions = [Task.status != TaskStatus.CANCELLED, Task.due_on.is_not(None)]
    if date_from is not None or date_to is not None:
        in_range = []
        completed_in = [Task.status == TaskStatus.DONE]
        if date_from is not None:
            in_range.append(deadline >= date_from)
            completed_in.append(Task.completed_on >= date_from)
        if date_to is not None:
            in_range.append(deadline <= date_to)
            completed_in.append(Task.completed_on <= date_to)
        either = [sa.and_(*in_range), sa.and_(*completed_in)]
        if date_from is not None:
            not_done_at_end = sa.or_(
                Task.status.in_(OPEN_STATUSES),
                Task.completed_on > date_to if date_to is not None else sa.false(),
            )
            either.append(sa.and_(deadline < date_from, not_done_at_end))
        conditions.append(sa.or_(*either))
    if department_id is not None:
        conditions.append(Task.lead_department_id == department_id)
    if meeting_id is not None:
        conditions.append(Task.meeting_id == meeting_id)
    return conditions


def _done_by(as_of):
    return sa.and_(Task.status == TaskStatus.DONE, sa.or_(Task.completed_on.is_(None), Task.completed_on <= as_of))


def class_cases(as_of):
    """SQL conditions for the four classes on the as-of day, in the order of ``CLASSES``."""
    deadline = judged_deadline()
    done = _done_by(as_of)
    return (
        sa.and_(done, sa.or_(Task.completed_on.is_(None), Task.completed_on <= deadline)),
        sa.and_(done, Task.completed_on > deadline),
        sa.and_(sa.not_(done), deadline >= as_of),
        sa.and_(sa.not_(done), deadline < as_of),
    )


def count_lines(conditions, as_of):
    """Per lead department, the four counts: one grouped statement; worst on-time rate first."""
    cases = zip(class_cases(as_of), CLASSES, strict=True)
    sums = [sa.func.sum(sa.case((case, 1), else_=0)).label(name) for case, name in cases]
    grouped = (
        sa.select(Task.lead_department_id.label("department_id"), *sums)
        .where(*conditions)
        .group_by(Task.lead_department_id)
        .subquery()
    )
    query = sa.select(Department, *(grouped.c[name] for name in CLASSES)).join(
        grouped, grouped.c.department_id == Department.id
    )
    lines = [
        ReportLine(department, *(int(value or 0) for value in values))
        for department, *values in db.session.execute(query)
    ]
    lines.sort(
        key=lambda line: (
            line.on_time_rate is None,
            line.on_time_rate if line.on_time_rate is not None else 0,
            -line.open_overdue,
            -line.done_late,
            line.department.display_name,
        )
    )
    totals = ReportLine(None)
    for line in lines:
        totals.add(line)
    return lines, totals


def _listed(user, conditions, cases, limit):
    """The overdue and the late tasks ``user`` may see: ``(overdue, overdue_total, late, late_total)``.

    One pass over the tasks picks the ids of both classes with what they are sorted by (the
    longest overdue first; the late ones by lead department and completion); the first ``limit`` of
    each are then loaded with their departments and people.
    """
    overdue_case, late_case = cases[3], cases[1]
    deadline = judged_deadline()
    query = visible_tasks(user, *conditions, sa.or_(overdue_case, late_case)).with_only_columns(
        Task.id, Task.lead_department_id, deadline, Task.completed_on, sa.case((overdue_case, 1), else_=0)
    )
    overdue, late = [], []
    for task_id, department_id, judged, completed_on, is_overdue in db.session.execute(query):
        if is_overdue:
            overdue.append((judged, department_id, task_id))
        else:
            late.append((department_id, completed_on, task_id))
    overdue.sort()
    late.sort()
    chosen = [key[-1] for key in overdue[:limit]] + [key[-1] for key in late[:limit]]
    loaded = {}
    for start in range(0, len(chosen), 500):
        part = chosen[start : start + 500]
        found = db.session.scalars(sa.select(Task).where(Task.id.in_(part)).options(*list_options())).unique()
        loaded.update((task.id, task) for task in found)
    return (
        [loaded[key[-1]] for key in overdue[:limit]],
        len(overdue),
        [loaded[key[-1]] for key in late[:limit]],
        len(late),
    )


def last_progress_reports(task_ids):
    """task id -> its latest progress report (an update with a progress or value, or a comment on it)."""
    if not task_ids:
        return {}
    latest = (
        sa.select(sa.func.max(TaskUpdate.id))
        .where(TaskUpdate.task_id.in_(task_ids), TaskUpdate.kind == UpdateKind.PROGRESS)
        .group_by(TaskUpdate.task_id)
    )
    updates = db.session.scalars(sa.select(TaskUpdate).where(TaskUpdate.id.in_(latest))).all()
    return {update.task_id: update for update in updates}


def extension_requests(task_ids):
    """task id -> its extension requests, oldest first."""
    found = {}
    if not task_ids:
        return found
    query = (
        sa.select(ExtensionRequest)
        .where(ExtensionRequest.task_id.in_(task_ids))
        .order_by(ExtensionRequest.created_at, ExtensionRequest.id)
    )
    for extension in db.session.scalars(query):
        found.setdefault(extension.task_id, []).append(extension)
    return found


def periodic_report(
    user, date_from=None, date_to=None, *, department_id=None, meeting_id=None, today=None, limit=LIST_LIMIT
):
    """The periodic report as ``user`` reads it: counts for every lead department, lists of what they may see."""
    today = today or today_local()
    as_of = as_of_day(date_to, today)
    conditions = counted(date_from, date_to, department_id, meeting_id)
    lines, totals = count_lines(conditions, as_of)
    overdue_tasks, overdue_total, late_tasks, late_total = _listed(user, conditions, class_cases(as_of), limit)
    ids = [task.id for task in overdue_tasks]
    progress = last_progress_reports(ids)
    extensions = extension_requests(ids)
    overdue = []
    for task in overdue_tasks:
        judged = task.missed_due_on or task.due_on
        overdue.append(
            ListedTask(task, judged, (as_of - judged).days, progress.get(task.id), extensions.get(task.id, []))
        )
    late = []
    for task in late_tasks:
        judged = task.missed_due_on or task.due_on
        late.append(ListedTask(task, judged, (task.completed_on - judged).days))
    return PeriodicReport(
        date_from=date_from,
        date_to=date_to,
        as_of=as_of,
        lines=lines,
        totals=totals,
        overdue=overdue,
        overdue_total=overdue_total,
        late=late,
        late_total=late_total,
        department=db.session.get(Department, department_id) if department_id is not None else None,
        meeting=db.session.get(Meeting, meeting_id) if meeting_id is not None else None,
    )


def meeting_report(user, meeting, today=None):
    """A meeting's follow-up: its report over all its tasks, and per directive the tasks ``user`` may see."""
    report = periodic_report(user, meeting_id=meeting.id, today=today)
    directives = db.session.scalars(
        sa.select(Directive).where(Directive.meeting_id == meeting.id).order_by(Directive.position, Directive.id)
    ).all()
    tasks = (
        db.session.scalars(
            visible_tasks(user, Task.meeting_id == meeting.id)
            .options(*list_options())
            .order_by(Task.due_on.asc().nulls_last(), Task.id)
            .limit(MEETING_TASK_LIMIT)
        )
        .unique()
        .all()
    )
    by_directive = {}
    for task in tasks:
        by_directive.setdefault(task.directive_id, []).append(task)
    groups = [(directive, by_directive.pop(directive.id, [])) for directive in directives]
    rest = [task for tasks_ in by_directive.values() for task in tasks_]
    if rest:
        groups.append((None, rest))
    report.directives = groups
    report.meeting = meeting
    return report
