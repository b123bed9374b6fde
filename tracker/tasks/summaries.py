"""How many tasks each department has, kept exact by the database in the same transaction as each change.

``task_counts`` has one row per department and combination of

- ``roles``, the department's roles in the task as bits: :data:`LEAD`, :data:`ISSUED`,
  :data:`COORDINATING`, and :data:`UNASSIGNED` (it leads the task and nobody is assigned yet, the
  part of a head's "my tasks" that grows with the department);
- ``status``; ``due_on``, the deadline in force (:data:`NO_DEADLINE` when there is none);
- ``missed`` (an extension was asked for after the deadline had passed, see timing.py) and
  ``late`` (done after the deadline it is judged against);

and ``n``, how many tasks have exactly that. A task counts once in each department it involves.
Triggers on ``tasks`` and ``task_coordinators`` (revision b4e1c7d9a2f5) keep the rows exact on every
insert, update and delete, in the transaction that makes the change, whatever makes it: the
operations, bulk SQL, a migration, a console. Rows that fall to zero stay (at most one per key).

A list's total that filters only by department and role, status, timing and deadline range is a
sum over a few of these rows (:func:`count_expression`) instead of a count of tens of thousands of index
entries; any other filter is counted on the tasks, as before.

``task_period_counts`` keeps what the periodic report counts (tracker/reports/queries.py): per lead
department and status, the deadline a task is judged against (its day while the task is open, the
first day of its month once it is done), the day it was completed (:data:`NOT_COMPLETED` when
it was not) and whether it was completed after that deadline; tasks without a deadline and
cancelled ones are not there. Triggers on ``tasks`` (revision a9d3f5b7c1e2) keep it exact as they
keep ``task_counts``.

This module declares the tables and builds the expressions and statements; the domain's queries
(:func:`tracker.tasks.queries.count_tasks`, the department report, the periodic report) and
operations (the rebuild, a bulk load's pause) run them.
"""

from datetime import date, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from tracker.core.permissions import can_view_everything
from tracker.extensions import db
from tracker.tasks.models import OPEN_STATUSES, Task, TaskStatus, Timing
from tracker.tasks.timing import DUE_SOON_DAYS
from tracker.users.models import Role

LEAD, ISSUED, COORDINATING, UNASSIGNED = 1, 2, 4, 8
#: The ``due_on`` of the tasks without a deadline (the key cannot hold NULL).
NO_DEADLINE = date(9999, 12, 31)
#: The bits a role filter asks for (no role: what the department leads or coordinates).
ROLE_BITS = {"lead": LEAD, "coordinating": COORDINATING, "issued": ISSUED, None: LEAD | COORDINATING}


class TaskCount(db.Model):
    __tablename__ = "task_counts"
    __table_args__ = (
        # The sums read this alone, in department and status order (revision f7c2d9e4b1a8).
        sa.Index("ix_task_counts_sums", "department_id", "status", "roles", "due_on", "missed", "late", "n"),
    )

    department_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    roles: Mapped[int] = mapped_column(sa.SmallInteger, primary_key=True, autoincrement=False)
    status: Mapped[str] = mapped_column(sa.String(20), primary_key=True)
    due_on: Mapped[date] = mapped_column(sa.Date, primary_key=True)
    missed: Mapped[bool] = mapped_column(sa.Boolean, primary_key=True)
    late: Mapped[bool] = mapped_column(sa.Boolean, primary_key=True)
    n: Mapped[int] = mapped_column(nullable=False)


#: The ``completed_on`` of the tasks not completed (the key cannot hold NULL).
NOT_COMPLETED = date(9999, 12, 31)


class TaskPeriodCount(db.Model):
    __tablename__ = "task_period_counts"

    department_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    status: Mapped[str] = mapped_column(sa.String(20), primary_key=True)
    #: The deadline the task is judged against: the day while it is open, the first day of its
    #: month once it is done.
    deadline_on: Mapped[date] = mapped_column(sa.Date, primary_key=True)
    #: The day it was completed, or :data:`NOT_COMPLETED`.
    completed_on: Mapped[date] = mapped_column(sa.Date, primary_key=True)
    #: Completed after the deadline it is judged against.
    late: Mapped[bool] = mapped_column(sa.Boolean, primary_key=True)
    n: Mapped[int] = mapped_column(nullable=False)


def masks(bits):
    """Every ``roles`` value that has one of ``bits`` (UNASSIGNED only ever comes with LEAD)."""
    return [mask for mask in range(1, 16) if mask & bits and not (mask & UNASSIGNED and not mask & LEAD)]


def _statuses(filters):
    from tracker.tasks.queries import OPEN

    if filters.status == OPEN:
        return set(OPEN_STATUSES)
    if filters.status:
        return {TaskStatus(filters.status)}
    return set(TaskStatus)


def _timing_conditions(timing, today, soon=None):
    """``timing_clause`` on the summary's columns: (statuses it implies, conditions)."""
    c = TaskCount
    dated = c.due_on < NO_DEADLINE
    if soon is None:
        soon = today + timedelta(days=DUE_SOON_DAYS)
    timing = Timing(timing)
    if timing == Timing.OVERDUE:
        return set(OPEN_STATUSES), [dated, sa.or_(c.due_on < today, c.missed.is_(True))]
    if timing == Timing.DUE_SOON:
        return set(OPEN_STATUSES), [c.missed.is_(False), c.due_on >= today, c.due_on <= soon]
    if timing == Timing.ON_TRACK:
        return set(OPEN_STATUSES), [c.missed.is_(False), c.due_on > soon, dated]
    if timing == Timing.LATE:
        return {TaskStatus.DONE}, [dated, c.late.is_(True)]
    if timing == Timing.ON_TIME:
        return {TaskStatus.DONE}, [dated, c.late.is_(False)]
    return set(TaskStatus), [sa.or_(c.status == TaskStatus.CANCELLED.value, c.due_on == NO_DEADLINE)]


def count_expression(user, filters, today, soon=None, within_own=None):
    """How many tasks ``user`` may see match ``filters``, as an SQL expression over the kept counts;
    ``None`` when the filters need the tasks themselves (free text, assignee, meeting, another
    department's share for someone who may not see it all, every department at once).
    :func:`tracker.tasks.queries.count_tasks` asks it alone; a page may ask several in one statement.

    The values may be bound parameters (a list's shape, tracker/tasks/shapes.py), given with
    ``soon`` and ``within_own`` (whether the department asked for is the user's own)."""
    from tracker.tasks.queries import criteria

    if filters.q or filters.assignee_id is not None or filters.meeting_id is not None:
        return None
    exact = sa.literal(0)
    if user.department_id is None:
        return None
    if filters.mine:
        if user.role != Role.HEAD or filters.department_id is not None or filters.role:
            return None
        department_id, bits = user.department_id, UNASSIGNED
        # Assigned to the head: few, counted on the tasks (their own index range).
        own = filters.__class__(**{**vars(filters), "mine": False})
        conditions, _ = criteria(user, own, today, soon)
        conditions += [Task.lead_department_id == user.department_id, Task.assignee_id == user.id]
        exact = sa.select(sa.func.count()).select_from(Task).where(*conditions).scalar_subquery()
    else:
        department_id = filters.department_id
        if department_id is None and filters.role:
            department_id = user.department_id
        if department_id is not None:
            if within_own is None:
                within_own = department_id == user.department_id
            if not within_own and not can_view_everything(user):
                return None
            bits = ROLE_BITS[filters.role]
        elif can_view_everything(user):
            return None
        else:
            department_id, bits = user.department_id, LEAD | ISSUED | COORDINATING
    if department_id is None:
        return None
    statuses = _statuses(filters)
    conditions = []
    if filters.timing:
        implied, conditions = _timing_conditions(filters.timing, today, soon)
        statuses &= implied
    if not statuses:
        return exact
    if filters.due_from is not None:
        conditions.append(TaskCount.due_on >= filters.due_from)
    if filters.due_from is not None or filters.due_to is not None:
        conditions.append(TaskCount.due_on < NO_DEADLINE)
    if filters.due_to is not None:
        conditions.append(TaskCount.due_on <= filters.due_to)
    total = (
        sa.select(sa.func.coalesce(sa.func.sum(TaskCount.n), 0))
        .where(
            TaskCount.department_id == department_id,
            TaskCount.roles.in_(masks(bits)),
            TaskCount.status.in_(sorted(status.value for status in statuses)),
            *conditions,
        )
        .scalar_subquery()
    )
    return total + exact


def report_groups(date_from=None, date_to=None, today=None):
    """The department report's counts, per lead department and status (a subquery of ``department_id,
    status, number, overdue, late``), summed from the kept counts: the tasks it counts are judged as the
    lists judge them (timing.py), overdue and late against the deadline missed before an extension."""
    c = TaskCount
    dated = c.due_on < NO_DEADLINE
    overdue = sa.and_(dated, sa.or_(c.due_on < today, c.missed.is_(True)))
    groups = (
        sa.select(
            c.department_id.label("department_id"),
            c.status.label("status"),
            sa.func.sum(c.n).label("number"),
            sa.func.sum(sa.case((overdue, c.n), else_=0)).label("overdue"),
            sa.func.sum(sa.case((c.late.is_(True), c.n), else_=0)).label("late"),
        )
        .where(c.roles.in_(masks(LEAD)), c.status != TaskStatus.CANCELLED.value)
        .group_by(c.department_id, c.status)
        .having(sa.func.sum(c.n) > 0)
    )
    if date_from is not None:
        groups = groups.where(c.due_on >= date_from, dated)
    if date_to is not None:
        groups = groups.where(c.due_on <= date_to, dated)
    return groups.subquery()


#: The triggers that count new rows, paused by a bulk load
#: (:func:`tracker.tasks.operations.task_counts_paused`).
INSERT_TRIGGERS = (
    ("tasks", "task_counts_task_insert"),
    ("task_coordinators", "task_counts_coordinator_insert"),
    ("tasks", "task_period_counts_insert"),
    ("task_coordinators", "task_coordinators_copy_insert"),
)


def trigger_switches(enable):
    """The DDL that turns the insert triggers on (``enable``) or off, one statement each (PostgreSQL)."""
    verb = "ENABLE" if enable else "DISABLE"
    return [sa.text(f"ALTER TABLE {table} {verb} TRIGGER {trigger}") for table, trigger in INSERT_TRIGGERS]


def rebuild_statements(dialect_name):
    """The statements that count every task afresh into ``task_counts`` and ``task_period_counts``
    (what the migrations do for the tasks already there: empty each, then one ``INSERT ... SELECT``)
    and copy each task's status and deadline to its coordinator rows. Run by
    :func:`tracker.tasks.operations.rebuild_task_counts`."""
    no_deadline = "DATE '9999-12-31'" if dialect_name == "postgresql" else "'9999-12-31'"
    return (
        sa.text("DELETE FROM task_counts"),
        sa.text(
            "INSERT INTO task_counts (department_id, roles, status, due_on, missed, late, n) "  # noqa: S608
            "SELECT parts.department_id, parts.roles, parts.status, parts.due_key, parts.missed, parts.late, "
            "COUNT(*) FROM (SELECT involved.department_id, SUM(involved.bit) AS roles, t.status, "
            f"COALESCE(t.due_on, {no_deadline}) AS due_key, (t.missed_due_on IS NOT NULL) AS missed, "
            "(t.status = 'done' AND t.due_on IS NOT NULL AND t.completed_on IS NOT NULL "
            "AND t.completed_on > COALESCE(t.missed_due_on, t.due_on)) AS late "
            "FROM tasks AS t JOIN ("
            "SELECT id AS task_id, lead_department_id AS department_id, "
            "CASE WHEN assignee_id IS NULL THEN 9 ELSE 1 END AS bit FROM tasks "
            "UNION ALL SELECT id, issuing_department_id, 2 FROM tasks "
            "UNION ALL SELECT task_id, department_id, 4 FROM task_coordinators"
            ") AS involved ON involved.task_id = t.id "
            "GROUP BY t.id, involved.department_id, t.status, t.due_on, t.missed_due_on, t.completed_on"
            ") AS parts "
            "GROUP BY parts.department_id, parts.roles, parts.status, parts.due_key, parts.missed, parts.late"
        ),
        sa.text("DELETE FROM task_period_counts"),
        sa.text(
            "INSERT INTO task_period_counts (department_id, status, deadline_on, completed_on, late, n) "  # noqa: S608
            f"SELECT {period_key('t', dialect_name)}, COUNT(*) FROM tasks AS t "
            "WHERE t.due_on IS NOT NULL AND t.status <> 'cancelled' "
            "GROUP BY 1, 2, 3, 4, 5"
        ),
        # The coordinator rows' copy of their task's status and deadline (revision c6e8a2d4f7b9).
        sa.text(
            "UPDATE task_coordinators SET status = t.status, due_on = t.due_on FROM tasks AS t "
            "WHERE t.id = task_coordinators.task_id"
        ),
    )


def month_sql(value, dialect_name):
    """SQL: the first day of the month of the date ``value``."""
    if dialect_name == "postgresql":
        return f"CAST(date_trunc('month', {value}) AS date)"
    return f"date({value}, 'start of month')"


def period_key(row, dialect_name):
    """SQL: the key of ``task_period_counts`` for the task ``row`` (the alias of a row of ``tasks``)."""
    judged = f"COALESCE({row}.missed_due_on, {row}.due_on)"
    not_completed = f"DATE '{NOT_COMPLETED}'" if dialect_name == "postgresql" else f"'{NOT_COMPLETED}'"
    return (
        f"{row}.lead_department_id, {row}.status, "
        f"CASE WHEN {row}.status = 'done' THEN {month_sql(judged, dialect_name)} ELSE {judged} END, "
        f"COALESCE({row}.completed_on, {not_completed}), "
        f"({row}.completed_on IS NOT NULL AND {row}.completed_on > {judged})"
    )
