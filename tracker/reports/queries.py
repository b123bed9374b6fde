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

**One source document** (``document``): the tasks made from a directive that refers to it. A
document is named by its symbol, its number and code (``28/KH-UBND``, ``57-NQ/TW``), compared as the
minutes' extractor compares references (case and diacritics aside, ``57-NQ/TW`` and ``57/NQ/TW``
alike); ``Plan No. 28/KH-UBND dated 24 January 2025`` names the same document.

The four counts per lead department are one grouped statement. For a period's report over every
source (no meeting or document asked for), most of them are summed from the counts the database
keeps (``task_period_counts``, tracker/tasks/summaries.py), and only the done tasks that those
counts cannot settle (:func:`unsettled`) are counted one by one (:func:`kept_sums`).
The lists of overdue tasks (the longest overdue first) and of tasks completed late (the latest
completed first) hold what the reader may see; each is read a page at a time, in its indexes' order
(``ix_tasks_due`` and ``ix_tasks_missed_due``; ``ix_tasks_completed``), so that a page of 50 costs
about the same whether 50 or 25,000 tasks are overdue; one statement more loads their last progress
reports and one their extension requests.
"""

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlalchemy as sa
from flask_babel import gettext as _

from tracker.core.db import escape_like, parallel_reads
from tracker.core.permissions import can_view_everything, can_view_meeting
from tracker.departments.models import Department
from tracker.extensions import db
from tracker.extraction.references import find_references
from tracker.extraction.textprep import fold_loose
from tracker.meetings.models import Directive, Meeting
from tracker.meetings.queries import cut_tasks, visible_meetings
from tracker.reports.arithmetic import OnTimeRate, worst_first
from tracker.reports.periods import month
from tracker.search.folding import fold
from tracker.tasks.models import (
    OPEN_STATUSES,
    ExtensionRequest,
    Task,
    TaskStatus,
    TaskUpdate,
    UpdateKind,
)
from tracker.tasks.queries import ListedDepartment, list_options, visible_rows, visible_tasks
from tracker.tasks.summaries import NOT_COMPLETED, TaskPeriodCount
from tracker.tasks.timing import today_local
from tracker.users.models import User

#: The lists of overdue and late tasks stop at this many rows (the counts are always whole).
LIST_LIMIT = 1000
#: The longest a source document's symbol may be as typed.
DOCUMENT_MAX_LENGTH = 200
#: A document's key as :func:`document_key` makes it: the number (and year), then the code.
_KEY = re.compile(r"^(?P<num>\d{1,5}(?:/\d{4})?)(?:/(?P<code>.+))?$")
#: A meeting's follow-up lists at most this many of its tasks.
MEETING_TASK_LIMIT = 2000
#: The meetings the periodic report's form offers to choose from.
MEETING_CHOICES = 300
#: The longest period a report covers, in days (ten years).
PERIOD_MAX_DAYS = 3660
CLASSES = ("done_on_time", "done_late", "open_within_deadline", "open_overdue")


@dataclass
class ReportLine(OnTimeRate):
    """One lead department's counts (``department`` is None for the totals)."""

    department: Department | None
    done_on_time: int = 0
    done_late: int = 0
    open_within_deadline: int = 0
    open_overdue: int = 0

    @property
    def total(self):
        return self.done_on_time + self.done_late + self.open_within_deadline + self.open_overdue

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

    task: "Task | ReportedTask"
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
    #: The source document as asked for, and how many directives refer to it.
    document: str | None = None
    document_directives: int = 0
    #: Where each list starts (0: the first task).
    overdue_offset: int = 0
    late_offset: int = 0
    #: For a meeting's follow-up: ``[(directive or None, [tasks])]`` in the minutes' order, and how
    #: many more of its tasks the reader may see than are listed there.
    directives: list | None = None
    hidden_tasks: int = 0


def period_asked(user, given, today, refused=()):
    """The periodic report's period and filters as asked, checked once for the page, the documents
    and the API: ``(values, errors)``.

    ``given`` holds the values read from the query (:class:`tracker.reports.schemas.PeriodicReportQuery`,
    by field name); ``refused`` names the parameters that could not be read (their value is ``None``
    and takes no default). ``values`` has ``from``, ``to``, ``department_id``, ``meeting_id`` and
    ``document``; the period defaults to the current year. ``from`` after ``to``, a period over ten
    years, an unknown department, a meeting ``user`` may not see, a source document that is not a
    document's symbol are ``errors``, by parameter.
    """
    errors = {}
    values = {"from": given.get("date_from"), "to": given.get("date_to")}
    if values["from"] is None and "from" not in refused:
        values["from"] = date(today.year, 1, 1)
    if values["to"] is None and "to" not in refused:
        values["to"] = date(today.year, 12, 31)
    if values["from"] and values["to"]:
        if values["from"] > values["to"]:
            errors["to"] = _("The end of the period must not be before its start.")
        elif (values["to"] - values["from"]).days > PERIOD_MAX_DAYS:
            errors["to"] = _("A period can be ten years at most.")
    values["department_id"] = given.get("department_id")
    if values["department_id"] is not None and db.session.get(Department, values["department_id"]) is None:
        errors["department_id"] = _("Unknown department.")
        values["department_id"] = None
    values["meeting_id"] = given.get("meeting_id")
    if values["meeting_id"] is not None:
        meeting = db.session.get(Meeting, values["meeting_id"])
        if meeting is None or not can_view_meeting(user, meeting):
            errors["meeting_id"] = _("Unknown meeting.")
            values["meeting_id"] = None
    values["document"] = " ".join((given.get("document") or "").split()) or None
    if values["document"] is not None and document_key(values["document"]) is None:
        errors["document"] = _("Not a document's number and code, such as 28/KH-UBND.")
        values["document"] = None
    return values, errors


def meeting_choices(user):
    """The latest meetings ``user`` may see, as ``(id, title, held_on)`` rows (a few hundred options:
    objects for each cost the report page more than its lists)."""
    query = (
        visible_meetings(user)
        .with_only_columns(Meeting.id, Meeting.title, Meeting.held_on)
        .order_by(Meeting.held_on.desc(), Meeting.id.desc())
        .limit(MEETING_CHOICES)
    )
    return db.session.connection().execute(query).all()


def department_choices():
    """Every department a report may be asked for, the active ones first, by name."""
    return db.session.scalars(sa.select(Department).order_by(Department.is_active.desc(), Department.name)).all()


def judged_deadline():
    """SQL: the deadline a task is judged against (see timing.judged_due_on)."""
    return sa.func.coalesce(Task.missed_due_on, Task.due_on)


@dataclass(frozen=True)
class Columns:
    """What :func:`counted` and :func:`class_cases` read of a task, as SQL: the task's own columns, or
    those of a row of the kept period counts (:func:`kept_columns`), which stand for every task in it."""

    status: Any
    deadline: Any
    completed_on: Any
    department_id: Any
    #: Completed on or before the deadline, or with no completion date.
    on_time: Any
    #: Completed after the deadline.
    late: Any
    has_deadline: Any


def task_columns(deadline=None, status=None):
    """The tasks' own columns; ``deadline`` and ``status`` replace the usual expressions."""
    deadline = judged_deadline() if deadline is None else deadline
    return Columns(
        status=Task.status if status is None else status,
        deadline=deadline,
        completed_on=Task.completed_on,
        department_id=Task.lead_department_id,
        on_time=sa.or_(Task.completed_on.is_(None), Task.completed_on <= deadline),
        late=Task.completed_on > deadline,
        has_deadline=Task.due_on.is_not(None),
    )


def kept_columns():
    """A row of ``task_period_counts`` as a task: a done task's deadline month stands for its day (the
    first day of the month), which gives every comparison with a day of another month its exact answer."""
    kept = TaskPeriodCount
    return Columns(
        status=kept.status,
        deadline=kept.deadline_on,
        completed_on=sa.func.nullif(kept.completed_on, NOT_COMPLETED),
        department_id=kept.department_id,
        on_time=kept.late.is_(False),
        late=kept.late.is_(True),
        has_deadline=sa.true(),
    )


def as_of_day(date_to, today):
    return min(date_to, today) if date_to is not None else today


def document_key(text):
    """The key of the document ``text`` names (``28/kh-ubnd``), or ``None`` when it names none.

    ``text`` is a symbol (``28/KH-UBND``) or a reference as written (``Kế hoạch số 28/KH-UBND ngày
    24/01/2025``); the extractor's rule for references reads it, after a document type of its own
    for a bare symbol. A number alone (``28``) names no document.
    """
    folded = fold_loose(text or "").strip()
    if not folded:
        return None
    found = find_references("document " + folded)
    return found[0][2] if found else None


def reference_keys(reference):
    """The keys of the documents a directive's reference (as written) names."""
    return {key for _start, _end, key in find_references("document " + fold_loose(reference or ""))}


def referring_directives(key):
    """``(directives, count)``: the directives with a reference to the document ``key``, and how many.

    The folded references are searched for the symbol as it may be written (``28/kh-ubnd``,
    ``28-kh-ubnd``, ``28 kh-ubnd``; through the trigram index on PostgreSQL), and each reference
    found is read again by the rule, so that ``128/KH-UBND`` is not ``28/KH-UBND``. When every
    directive found refers to the document, ``directives`` is that search as a SELECT of their ids
    (a task list's condition then holds no list of ids); else the list of ids.
    """
    parts = _KEY.match(key)
    if parts is None or parts["code"] is None:
        patterns = [fold(key)]
    else:
        patterns = [fold(parts["num"] + separator + parts["code"]) for separator in ("/", "-", " ")]
    found = sa.or_(*(Directive.folded_refs.like(f"%{escape_like(pattern)}%", escape="\\") for pattern in patterns))
    rows = db.session.execute(sa.select(Directive.id, Directive.references).where(found)).all()
    # The same reference is written alike in many directives (a plan every meeting cites): each
    # wording is read once (a thousand directives citing one plan: 19 -> under 1 ms).
    wordings = {reference for _id, references in rows for reference in references or ()}
    names = {reference: key in reference_keys(reference) for reference in wordings}
    ids = sorted(directive_id for directive_id, references in rows if any(names[name] for name in references or ()))
    if ids and len(ids) == len(rows):
        return sa.select(Directive.id).where(found), len(ids)
    return ids, len(ids)


def counted(date_from, date_to, department_id=None, meeting_id=None, directive_ids=None, deadline=None, columns=None):
    """The conditions selecting the tasks the period counts (see the module's docstring).

    ``directive_ids`` keeps the tasks made from those directives (a source document's): a list of
    ids, or a SELECT of them. ``deadline`` is the judged deadline's expression, for a query that
    knows which column holds it. ``columns`` (:class:`Columns`) are what the conditions read, the
    tasks' own by default.
    """
    of = columns or task_columns(deadline)
    conditions = [of.status != TaskStatus.CANCELLED, of.has_deadline]
    if date_from is not None or date_to is not None:
        in_range = []
        completed_in = [of.status == TaskStatus.DONE]
        if date_from is not None:
            in_range.append(of.deadline >= date_from)
            completed_in.append(of.completed_on >= date_from)
        if date_to is not None:
            in_range.append(of.deadline <= date_to)
            completed_in.append(of.completed_on <= date_to)
        either = [sa.and_(*in_range), sa.and_(*completed_in)]
        if date_from is not None:
            not_done_at_end = sa.or_(
                of.status.in_(OPEN_STATUSES),
                of.completed_on > date_to if date_to is not None else sa.false(),
            )
            either.append(sa.and_(of.deadline < date_from, not_done_at_end))
        conditions.append(sa.or_(*either))
    if department_id is not None:
        conditions.append(of.department_id == department_id)
    if meeting_id is not None:
        conditions.append(Task.meeting_id == meeting_id)
    if directive_ids is not None:
        empty = isinstance(directive_ids, list | tuple) and not directive_ids
        conditions.append(sa.false() if empty else Task.directive_id.in_(directive_ids))
    return conditions


def class_cases(as_of, deadline=None, status=None, columns=None):
    """SQL conditions for the four classes on the as-of day, in the order of ``CLASSES``; ``deadline``
    and ``status`` are the columns' expressions (see :func:`late_page`), ``columns`` as :func:`counted`'s."""
    of = columns or task_columns(deadline, status)
    done = sa.and_(of.status == TaskStatus.DONE.value, sa.or_(of.completed_on.is_(None), of.completed_on <= as_of))
    return (
        sa.and_(done, of.on_time),
        sa.and_(done, of.late),
        sa.and_(sa.not_(done), of.deadline >= as_of),
        sa.and_(sa.not_(done), of.deadline < as_of),
    )


def _month(day):
    """The first and last days of ``day``'s month."""
    return month(day.year, day.month)


def _in_month(value, day):
    first, last = _month(day)
    return sa.and_(value.is_not(None), value >= first, value <= last)


def _cut_months(date_from, date_to):
    """The months a period's ends cut through, as (first day, last day): those of an end that is not
    a month's end (its first day, its last)."""
    months = set()
    if date_from is not None and date_from.day != 1:
        months.add(_month(date_from))
    if date_to is not None and date_to != _month(date_to)[1]:
        months.add(_month(date_to))
    return sorted(months)


def unsettled(date_from, date_to, as_of, of):
    """SQL, over :class:`Columns` ``of``: the tasks whose counting in the period, or class on the
    as-of day, the kept counts do not settle. They keep every day but a done task's deadline, kept
    by its month; a comparison of a day with a day of another month has the same answer as with the
    first day of its month, one with a day of the same month may not. So: done tasks due in a month
    a period's end cuts through (:func:`_cut_months`), or due in the as-of day's month and completed
    after that day (not yet done then, overdue or not by the deadline's day)."""
    parts = [_in_month(of.deadline, first) for first, _last in _cut_months(date_from, date_to)]
    parts.append(sa.and_(_in_month(of.deadline, as_of), of.completed_on.is_not(None), of.completed_on > as_of))
    return sa.and_(of.status == TaskStatus.DONE.value, sa.or_(*parts))


def _unsettled_ids(date_from, date_to, as_of):
    """The ids of the done tasks due, or due before an extension, in a month :func:`unsettled`
    names (completed after the as-of day, for its month): more than it selects, each read from an index."""
    done = TaskStatus.DONE.value
    parts = []
    months = [(month, sa.true()) for month in _cut_months(date_from, date_to)]
    for (first, last), later in [*months, (_month(as_of), Task.completed_on > as_of)]:
        parts += [
            sa.select(Task.id).where(Task.status == done, Task.due_on.between(first, last), later),
            sa.select(Task.id).where(Task.missed_due_on.between(first, last), later),
        ]
    return sa.union(*parts)


def class_sums(conditions, as_of, key, columns=None, weight=1):
    """SELECT ``key`` and the four counts of the rows ``conditions`` select, grouped by ``key``."""
    cases = zip(class_cases(as_of, columns=columns), CLASSES, strict=True)
    sums = [sa.func.sum(sa.case((case, weight), else_=0)).label(name) for case, name in cases]
    return sa.select(key.label("key"), *sums).where(*conditions).group_by(key)


def kept_sums(date_from, date_to, as_of, department_id=None):
    """Per lead department, the four counts of the period as :func:`class_sums` gives them, from the
    kept period counts (``task_period_counts``) and, for the tasks they do not settle
    (:func:`unsettled`), from the tasks: the same numbers, reading some thousands of rows of counts
    and the done tasks of one or two months instead of a whole year of tasks."""
    kept = kept_columns()
    settled_rows = [
        TaskPeriodCount.n > 0,
        *counted(date_from, date_to, department_id, columns=kept),
        sa.not_(unsettled(date_from, date_to, as_of, kept)),
    ]
    settled = class_sums(
        settled_rows,
        as_of,
        TaskPeriodCount.department_id,
        columns=kept,
        weight=TaskPeriodCount.n,
    )
    rest = class_sums(
        [
            Task.id.in_(_unsettled_ids(date_from, date_to, as_of)),
            *counted(date_from, date_to, department_id),
            unsettled(date_from, date_to, as_of, task_columns()),
        ],
        as_of,
        Task.lead_department_id,
    )
    both = sa.union_all(settled, rest).subquery()
    return sa.select(both.c.key, *(sa.func.sum(both.c[name]).label(name) for name in CLASSES)).group_by(both.c.key)


def count_lines(sums, split_small_outer=False):
    """Per lead department, the four counts that ``sums`` (:func:`class_sums`, :func:`kept_sums`)
    select: one grouped statement; worst on-time rate first. ``split_small_outer``: a source
    document's tasks, read through its citing directives (see :func:`parallel_reads`)."""
    grouped = sums.subquery()
    query = sa.select(Department, *(grouped.c[name] for name in CLASSES)).join(grouped, grouped.c.key == Department.id)
    with parallel_reads(db.session, split_small_outer):
        found = db.session.execute(query).all()
    lines = [ReportLine(department, *(int(value or 0) for value in values)) for department, *values in found]
    lines.sort(key=lambda line: (*worst_first(line), line.department.display_name))
    totals = ReportLine(None)
    for line in lines:
        totals.add(line)
    return lines, totals


def count_totals(sums):
    """The four counts that ``sums`` (:func:`class_sums`) select, summed over its lines: one statement
    that reads no department, for a set of tasks small enough to need no parallel workers (a
    meeting's, on its page)."""
    grouped = sums.subquery()
    found = db.session.execute(sa.select(*(sa.func.sum(grouped.c[name]) for name in CLASSES))).one()
    return ReportLine(None, *(int(value or 0) for value in found))


def grouped_counts(sums):
    """``{key value: ReportLine}``: the four counts ``sums`` (:func:`class_sums`, :func:`kept_sums`)
    select, one statement; the lines name no department (the trends name their series themselves)."""
    with parallel_reads(db.session):
        found = db.session.execute(sums).all()
    return {value: ReportLine(None, *(int(count or 0) for count in counts)) for value, *counts in found}


def series_names(keys, department_id=None):
    """``{key: name}`` of a trend's series, one statement: with ``department_id`` the keys are
    people (the department's assignees), named; else departments, by their display names."""
    if department_id is not None:
        return dict(db.session.execute(sa.select(User.id, User.name).where(User.id.in_([k for k in keys if k]))).all())
    departments = db.session.scalars(sa.select(Department).where(Department.id.in_(keys)))
    return {department.id: department.display_name for department in departments}


@dataclass(slots=True)
class ReportedTask:
    """What the page and the documents say of a listed task: its lead department and its dates."""

    id: int
    title: str
    due_on: date | None
    missed_due_on: date | None
    completed_on: date | None
    lead_department: ListedDepartment


def _load(task_ids, whole=False):
    """The tasks ``task_ids``, in that order, as :class:`ReportedTask` rows with their lead department
    (the page and the documents name no one else: rows, not ORM objects, which cost a report page
    more than reading them); ``whole``: the tasks themselves with their people and coordinating
    departments (the API's task JSON)."""
    if not task_ids:
        return []
    if whole:
        found = db.session.scalars(sa.select(Task).where(Task.id.in_(task_ids)).options(*list_options())).unique()
    else:
        query = sa.select(
            Task.id,
            Task.title,
            Task.due_on,
            Task.missed_due_on,
            Task.completed_on,
            Department.id.label("lead_id"),
            Department.code,
            Department.name,
            Department.names,
        ).join(Department, Department.id == Task.lead_department_id)
        found = (
            ReportedTask(
                row.id,
                row.title,
                row.due_on,
                row.missed_due_on,
                row.completed_on,
                ListedDepartment(row.lead_id, row.code, row.name, row.names),
            )
            for row in db.session.connection().execute(query.where(Task.id.in_(task_ids)))
        )
    loaded = {task.id: task for task in found}
    return [loaded[task_id] for task_id in task_ids]


def _sees_all_counted(user, filters):
    """Whether ``user`` sees every task the report counts: those who see every task, and the members
    of the one lead department asked for (they see every task it leads)."""
    return bool(can_view_everything(user)) or (
        filters["department_id"] is not None and filters["department_id"] == user.department_id
    )


def _visible(user, filters, *conditions):
    """The tasks meeting ``conditions`` that ``user`` may see (``visible_tasks``); for someone who
    sees every task counted, the conditions alone: the visibility rule's union, for a head's own
    department, made PostgreSQL read the department's every task due before the as-of day (a third
    of a second at a million tasks) to keep the first 50 overdue ones."""
    if _sees_all_counted(user, filters):
        return sa.select(Task).where(*conditions)
    return visible_tasks(user, *conditions)


def _total(user, query, filters):
    """How many tasks ``query`` selects, when ``user`` may not see every task the report counts;
    else ``None`` (the class count stands for it)."""
    if _sees_all_counted(user, filters):
        return None
    return db.session.scalar(sa.select(sa.func.count()).select_from(query.subquery()))


def overdue_page(user, filters, as_of, limit, offset=0, whole=False):
    """``(tasks, total or None)``: the overdue tasks ``user`` may see, the longest overdue first
    (by the deadline they are judged against, then id), ``limit`` of them from ``offset``.

    ``filters`` are :func:`counted`'s arguments. Those that missed a deadline before an extension
    (``missed_due_on``) and the others are read apart, each with its own column as the deadline and
    in its own index's order (``ix_tasks_missed_due``, ``ix_tasks_due``) up to the page's end, and
    merged: the database reads the rows up to the page and stops, whatever the number of overdue
    tasks (a UNION ALL of the two orders was sorted whole). On SQLite "no missed deadline" is written
    ``+missed_due_on IS NULL``, which no index serves: its sampled statistics (``flask analyze``)
    took it for a rare value and read every such task through ``ix_tasks_missed_due``, then sorted.
    """
    never_missed = Task.missed_due_on.is_(None)
    if db.session.get_bind().dialect.name == "sqlite":
        never_missed = sa.literal_column("+tasks.missed_due_on").is_(None)
    parts = []
    for column, which in (
        (Task.due_on, never_missed),
        (Task.missed_due_on, Task.missed_due_on.is_not(None)),
    ):
        conditions = counted(**filters, deadline=column)
        part = (
            _visible(user, filters, *conditions, which, class_cases(as_of, column)[3])
            .with_only_columns(Task.id, column.label("judged"))
            .order_by(column, Task.id)
            .limit(offset + limit)
        )
        part = part.subquery()
        parts.append(sa.select(part.c.id, part.c.judged))
    merged = sa.union_all(*parts).subquery()
    ids = db.session.scalars(
        sa.select(merged.c.id).order_by(merged.c.judged, merged.c.id).limit(limit).offset(offset)
    ).all()
    everything = _visible(user, filters, *counted(**filters), class_cases(as_of)[3])
    return _load(ids, whole), _total(user, everything.with_only_columns(Task.id), filters)


def late_page(user, filters, as_of, limit, offset=0, whole=False):
    """``(tasks, total or None)``: the tasks completed late that ``user`` may see, the latest
    completed first, ``limit`` of them from ``offset``.

    A task the period counts and that was completed late was completed in the period, by the as-of
    day: saying so lets the database read ``ix_tasks_completed`` from the as-of day backwards.
    """
    within = [Task.completed_on <= as_of]
    if filters["date_from"] is not None:
        within.append(Task.completed_on >= filters["date_from"])
    status = Task.status
    if db.session.get_bind().dialect.name == "sqlite":
        # "+status" serves no index: SQLite otherwise walked every done task by (status, deadline)
        # and sorted them, where the completion index read in order stops after the page.
        status = sa.literal_column("+tasks.status")
    late = class_cases(as_of, status=status)[1]
    query = _visible(user, filters, *counted(**filters), late, *within).with_only_columns(Task.id)
    ids = db.session.scalars(query.order_by(Task.completed_on.desc(), Task.id.desc()).limit(limit).offset(offset)).all()
    return _load(ids, whole), _total(user, query, filters)


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
    user,
    date_from=None,
    date_to=None,
    *,
    department_id=None,
    meeting_id=None,
    document=None,
    today=None,
    limit=LIST_LIMIT,
    overdue_offset=0,
    late_offset=0,
    whole_tasks=False,
):
    """The periodic report as ``user`` reads it: counts for every lead department, lists of what they may see.

    ``document`` is a source document's symbol (see :func:`document_key`; one that names none
    counts nothing). Each list holds ``limit`` tasks from its offset, loaded with their lead
    department, or ``whole_tasks`` (people and coordinating departments too, for task JSON).
    """
    today = today or today_local()
    as_of = as_of_day(date_to, today)
    directive_ids, cited = None, 0
    if document is not None:
        key = document_key(document)
        directive_ids, cited = referring_directives(key) if key else ([], 0)
    filters = {
        "date_from": date_from,
        "date_to": date_to,
        "department_id": department_id,
        "meeting_id": meeting_id,
        "directive_ids": directive_ids,
    }
    if meeting_id is None and directive_ids is None:
        sums = kept_sums(date_from, date_to, as_of, department_id)
    else:
        sums = class_sums(counted(**filters), as_of, Task.lead_department_id)
    lines, totals = count_lines(sums, split_small_outer=directive_ids is not None)
    overdue_tasks, overdue_total = overdue_page(user, filters, as_of, limit, overdue_offset, whole_tasks)
    late_tasks, late_total = late_page(user, filters, as_of, limit, late_offset, whole_tasks)
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
        overdue_total=totals.open_overdue if overdue_total is None else overdue_total,
        late=late,
        late_total=totals.done_late if late_total is None else late_total,
        department=db.session.get(Department, department_id) if department_id is not None else None,
        meeting=db.session.get(Meeting, meeting_id) if meeting_id is not None else None,
        document=" ".join(document.split()) if document is not None else None,
        document_directives=cited,
        overdue_offset=overdue_offset,
        late_offset=late_offset,
    )


def asked_report(user, asked, today, **lists):
    """The periodic report of the period and filters ``asked`` (:func:`period_asked`'s values), for
    the page, the documents and the API; ``lists`` are :func:`periodic_report`'s list arguments."""
    return periodic_report(
        user,
        asked["from"],
        asked["to"],
        department_id=asked["department_id"],
        meeting_id=asked["meeting_id"],
        document=asked["document"],
        today=today,
        **lists,
    )


def meeting_report(user, meeting, today=None, tasks_shown=MEETING_TASK_LIMIT, **lists):
    """A meeting's follow-up: its report over all its tasks, and per directive the tasks ``user`` may see.

    ``tasks_shown``: how many of its tasks are listed under the directives, the nearest deadlines
    first (the page lists as many as the meeting's page, the documents up to 2,000); the report's
    ``hidden_tasks`` counts the rest. ``lists`` are :func:`periodic_report`'s ``limit``, the offsets of
    its lists and ``whole_tasks``.
    """
    report = periodic_report(user, meeting_id=meeting.id, today=today, **lists)
    directives = db.session.scalars(
        sa.select(Directive).where(Directive.meeting_id == meeting.id).order_by(Directive.position, Directive.id)
    ).all()
    ours = Task.meeting_id == meeting.id
    order = (Task.due_on.asc().nulls_last(), Task.id)
    if lists.get("whole_tasks"):  # the API's task JSON
        visible = visible_tasks(user, ours).options(*list_options())
        tasks = db.session.scalars(visible.order_by(*order).limit(tasks_shown + 1)).unique().all()
    else:  # the page's and the documents' tables: rows, no ORM object per task (up to 2,000 of them)
        tasks = visible_rows(user, [ours], order, tasks_shown + 1)
    shown = cut_tasks(visible_tasks(user, ours), tasks, tasks_shown)
    report.hidden_tasks = shown.hidden
    by_directive = {}
    for task in shown.tasks:
        by_directive.setdefault(task.directive_id, []).append(task)
    groups = [(directive, by_directive.pop(directive.id, [])) for directive in directives]
    rest = [task for tasks_ in by_directive.values() for task in tasks_]
    if rest:
        groups.append((None, rest))
    report.directives = groups
    report.meeting = meeting
    return report
