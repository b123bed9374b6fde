"""The kept task counts (tracker/tasks/summaries.py) equal a recount of the tasks after any sequence
of changes, on SQLite and PostgreSQL, and the list totals and home counts read from them are exact."""

import dataclasses
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from flask_migrate import upgrade
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import database_of_its_own
from tests.tasks_support import build_world
from tracker.extensions import db
from tracker.reports.queries import class_sums, counted, grouped_counts, kept_sums
from tracker.tasks.models import Task, TaskStatus, Timing, task_coordinators
from tracker.tasks.operations import task_counts_paused
from tracker.tasks.queries import (
    TaskFilters,
    _matching_page,
    count_tasks,
    department_report,
    filtered_select,
    glance_counts,
)
from tracker.tasks.summaries import (
    COORDINATING,
    ISSUED,
    LEAD,
    NO_DEADLINE,
    NOT_COMPLETED,
    UNASSIGNED,
    TaskCount,
    TaskPeriodCount,
)
from tracker.tasks.timing import timing_of
from tracker.users.models import Role

TODAY = date(2025, 6, 16)
DAYS = st.integers(min_value=-10, max_value=10)


def recount():
    """What ``task_counts`` should hold, counted from the tasks: {key: n} without the zero rows."""
    involved = sa.union_all(
        sa.select(
            Task.id.label("task_id"),
            Task.lead_department_id.label("department_id"),
            sa.case((Task.assignee_id.is_(None), LEAD | UNASSIGNED), else_=LEAD).label("bit"),
        ),
        sa.select(Task.id, Task.issuing_department_id, sa.literal(ISSUED)),
        sa.select(task_coordinators.c.task_id, task_coordinators.c.department_id, sa.literal(COORDINATING)),
    ).subquery()
    rows = db.session.execute(
        sa.select(
            involved.c.department_id,
            sa.func.sum(involved.c.bit),
            Task.status,
            Task.due_on,
            Task.missed_due_on,
            Task.completed_on,
        )
        .join(Task, Task.id == involved.c.task_id)
        .group_by(Task.id, involved.c.department_id)
    )
    counts = {}
    for department_id, roles, status, due_on, missed_due_on, completed_on in rows:
        late = (
            status == TaskStatus.DONE
            and due_on is not None
            and completed_on is not None
            and completed_on > (missed_due_on or due_on)
        )
        missed = missed_due_on is not None
        key = (department_id, int(roles), TaskStatus(status).value, due_on or NO_DEADLINE, missed, late)
        counts[key] = counts.get(key, 0) + 1
    return counts


def recount_periods():
    """What ``task_period_counts`` should hold, counted from the tasks: {key: n}."""
    counts = {}
    for task in db.session.scalars(sa.select(Task).where(Task.due_on.is_not(None))):
        if task.status == TaskStatus.CANCELLED:
            continue
        judged = task.missed_due_on or task.due_on
        completed = task.completed_on or NOT_COMPLETED
        late = task.completed_on is not None and task.completed_on > judged
        deadline = judged.replace(day=1) if task.status == TaskStatus.DONE else judged
        key = (task.lead_department_id, TaskStatus(task.status).value, deadline, completed, late)
        counts[key] = counts.get(key, 0) + 1
    return counts


def stored_periods():
    """``task_period_counts`` as {key: n}, without the zero rows."""
    rows = db.session.execute(sa.select(TaskPeriodCount).where(TaskPeriodCount.n != 0)).scalars()
    return {(row.department_id, row.status, row.deadline_on, row.completed_on, bool(row.late)): row.n for row in rows}


def stored():
    """``task_counts`` as {key: n}, without the zero rows."""
    rows = db.session.execute(sa.select(TaskCount).where(TaskCount.n != 0)).scalars()
    return {
        (row.department_id, row.roles, row.status, row.due_on, bool(row.missed), bool(row.late)): row.n for row in rows
    }


def exact_total(user, filters):
    query = filtered_select(user, filters, TODAY).with_only_columns(Task.id)
    return db.session.scalar(sa.select(sa.func.count()).select_from(query.subquery()))


@pytest.fixture
def world(make):
    return build_world(make)


def operations(world):
    departments = st.sampled_from([world.lead, world.coord, world.other, world.office])
    people = st.sampled_from([None, world.staff, world.head, world.coord_staff])
    task = st.integers(min_value=0, max_value=50)
    return st.one_of(
        st.tuples(st.just("create"), departments, departments, people, st.one_of(st.none(), DAYS)),
        st.tuples(st.just("assign"), task, people),
        st.tuples(st.just("lead"), task, departments),
        st.tuples(st.just("issuing"), task, departments),
        st.tuples(st.just("coordinate"), task, departments),
        st.tuples(st.just("uncoordinate"), task, departments),
        st.tuples(st.just("deadline"), task, st.one_of(st.none(), DAYS)),
        st.tuples(st.just("status"), task, st.sampled_from(list(TaskStatus)), DAYS),
        st.tuples(st.just("extension"), task, DAYS),
        st.tuples(st.just("delete"), task),
        st.tuples(st.just("bulk"), departments, st.sampled_from(list(TaskStatus))),
    )


def apply(world, step):
    """One change, through the ORM (as the operations make them) or plain SQL (bulk, a console)."""
    kind = step[0]
    tasks = db.session.scalars(sa.select(Task).order_by(Task.id)).all()
    if kind == "create":
        _, lead, issuing, assignee, days = step
        task = Task(
            title="A task",
            issuer=world.leader,
            issuing_department=issuing,
            lead_department=lead,
            assignee=assignee if assignee is None or assignee.department_id == lead.id else None,
            due_on=None if days is None else TODAY + timedelta(days=days),
            coordinating_departments=[world.coord] if lead != world.coord else [],
        )
        db.session.add(task)
    elif kind == "bulk":
        _, department, status = step
        bulk = sa.update(Task).where(Task.lead_department_id == department.id)
        db.session.execute(bulk.values(status=status, version=Task.version + 1))
        db.session.expire_all()
    elif not tasks:
        return
    else:
        task = tasks[step[1] % len(tasks)]
        if kind == "assign":
            task.assignee = step[2]
        elif kind == "lead":
            task.lead_department = step[2]
        elif kind == "issuing":
            task.issuing_department = step[2]
        elif kind == "coordinate":
            if step[2] not in task.coordinating_departments:
                task.coordinating_departments.append(step[2])
        elif kind == "uncoordinate":
            if step[2] in task.coordinating_departments:
                task.coordinating_departments.remove(step[2])
        elif kind == "deadline":
            task.due_on = None if step[2] is None else TODAY + timedelta(days=step[2])
        elif kind == "status":
            task.status = step[2]
            task.completed_on = TODAY + timedelta(days=step[3]) if step[2] == TaskStatus.DONE else None
        elif kind == "extension" and task.due_on is not None:
            task.missed_due_on = task.due_on
            task.due_on = task.due_on + timedelta(days=abs(step[2]) + 1)
        elif kind == "delete":
            db.session.flush()
            db.session.execute(sa.delete(Task).where(Task.id == task.id))
            db.session.expire_all()
    db.session.flush()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_kept_counts_equal_a_recount_after_any_changes(world, data):
    db.session.execute(sa.delete(task_coordinators))
    db.session.execute(sa.delete(Task))
    steps = data.draw(st.lists(operations(world), min_size=1, max_size=25))
    for step in steps:
        apply(world, step)
    assert stored() == recount()
    assert stored_periods() == recount_periods()
    # And every total a list reads from them is the exact count.
    for user in (world.head, world.leader):
        for filters in filter_sets(world):
            if filters.mine and user.role != Role.HEAD:
                continue
            kept = count_tasks(user, filters, TODAY)
            if kept is not None:
                assert kept == exact_total(user, filters), (user.role, filters)
    assert report_counts(world) == recounted_report(world)
    assert copies_out_of_step() == []
    # A list's page in deadline order, walked part by part (the coordinated tasks on their
    # coordinator rows' copies), is the first rows of every task the rule selects in that order.
    for user in (world.head, world.coord_staff, world.leader):
        for filters in walked_filter_sets(world):
            for sort in ("deadline", "-deadline"):
                listed = dataclasses.replace(filters, sort=sort, per_page=3, page=2)
                assert page_of(user, listed) == ordered_page(user, listed), (user.role, listed)
    db.session.rollback()


def walked_filter_sets(world):
    """Lists read part by part in deadline order (open tasks, or a timing only open tasks have)."""
    return [
        TaskFilters(timing="overdue"),
        TaskFilters(status="open"),
        TaskFilters(timing="due_soon"),
        TaskFilters(timing="on_track", department_id=world.lead.id),
        TaskFilters(status="open", role="coordinating", department_id=world.lead.id),
        TaskFilters(timing="overdue", department_id=world.coord.id),
    ]


def copies_out_of_step():
    """The coordinator rows whose copy of their task's status or deadline differs from the task's."""
    c = task_coordinators.c
    copies = sa.select(c.task_id, c.department_id, c.status, c.due_on, Task.status, Task.due_on)
    rows = db.session.execute(copies.join(Task, Task.id == c.task_id)).all()
    return [row for row in rows if (row[2], row[3]) != (row[4].value, row[5])]


def page_of(user, filters):
    page_ids, _ = _matching_page(user, filters, TODAY)
    return db.session.scalars(sa.select(page_ids.c.id)).all()


def ordered_page(user, filters):
    """The page of ``filters`` cut from every task the rule selects, sorted here."""
    ids = set(db.session.scalars(filtered_select(user, filters, TODAY).with_only_columns(Task.id)))
    tasks = [task for task in db.session.scalars(sa.select(Task)) if task.id in ids]
    if filters.sort == "deadline":
        tasks.sort(key=lambda task: (task.due_on is None, task.due_on or TODAY, task.id))
    else:
        tasks.sort(key=lambda task: (task.due_on is None, -(task.due_on or TODAY).toordinal(), -task.id))
    start = (filters.page - 1) * filters.per_page
    return [task.id for task in tasks[start : start + filters.per_page]]


def report_counts(world):
    rows = department_report(world.leader, today=TODAY)
    return {
        row.department.id: (row.total, row.done_on_time, row.done_late, row.open_on_track, row.open_overdue)
        for row in rows
    }


def recounted_report(world):
    """The department report counted task by task with timing.py's rule."""
    counts = {}
    for task in db.session.scalars(sa.select(Task).where(Task.status != TaskStatus.CANCELLED)):
        tally = counts.setdefault(task.lead_department_id, [0, 0, 0, 0, 0])
        tally[0] += 1
        timing = timing_of(task, TODAY)
        if task.status == TaskStatus.DONE:
            tally[2 if timing == Timing.LATE else 1] += 1
        else:
            tally[4 if timing == Timing.OVERDUE else 3] += 1
    return {department_id: tuple(tally) for department_id, tally in counts.items()}


def filter_sets(world):
    sets = []
    for status in (None, "open", "done"):
        for timing in (None, "overdue", "due_soon", "on_track", "late", "on_time", "no_deadline"):
            sets.append(TaskFilters(status=status, timing=timing))
            sets.append(TaskFilters(status=status, timing=timing, mine=True))
            for role in ("lead", "coordinating", "issued", None):
                sets.append(TaskFilters(status=status, timing=timing, role=role, department_id=world.lead.id))
    sets.append(TaskFilters(due_from=TODAY - timedelta(days=3), due_to=TODAY + timedelta(days=2), role="lead"))
    sets.append(TaskFilters(due_from=TODAY, department_id=world.coord.id))
    return sets


def test_list_totals_and_the_home_counts_come_from_the_kept_counts_and_are_exact(world, make):
    for days in (-5, -1, 0, 2, 3, 4, 30):
        make.task(lead=world.lead, due_on=TODAY + timedelta(days=days))
        make.task(lead=world.lead, due_on=TODAY + timedelta(days=days), assignee=world.head)
        make.task(lead=world.other, due_on=TODAY + timedelta(days=days), coordinating=[world.lead])
    make.task(lead=world.lead, due_on=TODAY + timedelta(days=10), missed_due_on=TODAY - timedelta(days=2))
    make.task(lead=world.lead, due_on=TODAY - timedelta(days=3), status=TaskStatus.CANCELLED)
    make.task(lead=world.lead, due_on=None)
    # The head's overdue tasks through the API's rule (everything their department is part of).
    filters = TaskFilters(timing="overdue")
    _, total = _matching_page(world.head, filters, TODAY)
    assert total == exact_total(world.head, filters) == 7
    assert count_tasks(world.head, filters, TODAY) == 7
    # A department's open tab, and the leader's filtered list.
    for filters, user, expected in (
        (TaskFilters(role="lead", status="open"), world.head, 16),
        (TaskFilters(role="coordinating", status="open"), world.head, 7),
        (TaskFilters(status="open", timing="overdue", department_id=world.lead.id), world.leader, 7),
        (TaskFilters(status="open", timing="due_soon", department_id=world.lead.id), world.leader, 9),
    ):
        _, total = _matching_page(user, filters, TODAY)
        assert total == exact_total(user, filters) == expected, filters
    # The head's home page: their own and their department's unassigned open tasks.
    assert glance_counts(world.head, TODAY) == {"overdue": 5, "due_soon": 6}
    _, total = _matching_page(world.head, TaskFilters(mine=True, status="open"), TODAY)
    assert total == exact_total(world.head, TaskFilters(mine=True, status="open")) == 16
    # A change shows at once, in the same transaction.
    task = db.session.scalar(sa.select(Task).where(Task.lead_department_id == world.lead.id, Task.due_on < TODAY))
    task.status = TaskStatus.DONE
    task.completed_on = TODAY
    db.session.flush()
    assert glance_counts(world.head, TODAY)["overdue"] == 4
    assert count_tasks(world.head, TaskFilters(timing="overdue"), TODAY) == 6


def test_filters_the_counts_cannot_answer_are_counted_on_the_tasks(world, make):
    make.task(lead=world.lead, due_on=TODAY, title="Road repairs")
    assert count_tasks(world.head, TaskFilters(q="road"), TODAY) is None
    assert count_tasks(world.head, TaskFilters(assignee_id=world.staff.id), TODAY) is None
    # Another department's share, for a head who may not see all of it.
    assert count_tasks(world.head, TaskFilters(department_id=world.other.id), TODAY) is None
    # Every department at once.
    assert count_tasks(world.leader, TaskFilters(status="open"), TODAY) is None


def test_the_migration_counts_the_tasks_already_there(database_url, tmp_path_factory):
    migration = Path(__file__).parent.parent / "migrations/versions/b4e1c7d9a2f5_task_counts_kept_by_triggers.py"
    previous = re.search(r'^down_revision = "(\w+)"', migration.read_text(), re.MULTILINE).group(1)
    with database_of_its_own(database_url, tmp_path_factory, "summaries"):
        upgrade(revision=previous)
        # Rows as that revision's schema has them (the models may have grown since).
        tables = sa.MetaData()
        tables.reflect(db.engine, only=["departments", "users", "tasks", "task_coordinators"])
        now = datetime(2025, 6, 1, tzinfo=UTC)
        stamps = {"created_at": now, "updated_at": now}
        with db.engine.begin() as connection:
            for number in (1, 2, 3):
                connection.execute(
                    tables.tables["departments"].insert(),
                    {"id": number, "name": f"D{number}", "code": f"D{number}", "kind": "department", "aliases": []}
                    | {"is_active": True, **stamps},
                )
            connection.execute(
                tables.tables["users"].insert(),
                {"id": 1, "email": "l@tracker.test", "name": "L", "department_id": 3, "role": "leader", "locale": "en"}
                | {"digest_enabled": False, "is_active": True, **stamps},
            )
            common = {"issuing_department_id": 3, "issuer_id": 1, "recurrence": "none", "occurrence": 1}
            common |= {"priority": "normal", "progress": 0, "version": 1, **stamps}
            for task_id, lead, status, due_on, completed_on in (
                (1, 1, "assigned", TODAY, None),
                (2, 1, "in_progress", None, None),
                (3, 2, "done", TODAY, TODAY + timedelta(days=1)),
            ):
                connection.execute(
                    tables.tables["tasks"].insert(),
                    {"id": task_id, "title": "T", "lead_department_id": lead, "status": status, "due_on": due_on}
                    | {"completed_on": completed_on, **common},
                )
            connection.execute(
                tables.tables["task_coordinators"].insert(),
                [{"task_id": 1, "department_id": 2}, {"task_id": 1, "department_id": 1}],
            )
        upgrade()
        counts = stored()
        assert counts == recount()
        assert (
            stored_periods()
            == recount_periods()
            == {
                (1, "assigned", TODAY, NOT_COMPLETED, False): 1,
                (2, "done", TODAY.replace(day=1), TODAY + timedelta(days=1), True): 1,
            }
        )
        assert sum(counts.values()) == 3 + 2 + 2  # once in each department a task involves
        lead_and_coordinating = LEAD | UNASSIGNED | COORDINATING
        assert counts[(1, lead_and_coordinating, "assigned", TODAY, False, False)] == 1
        assert counts[(2, LEAD | UNASSIGNED, "done", TODAY, False, True)] == 1


def test_a_bulk_load_is_counted_once_it_ends(world, make):
    """The benchmark's loader pauses the insert triggers (PostgreSQL) and the counts are rebuilt after."""
    make.task(lead=world.lead, due_on=TODAY)
    db.session.commit()
    engine = db.engine
    with task_counts_paused(engine), engine.begin() as connection:
        for days in range(5):
            task_id = connection.execute(
                sa.insert(Task).returning(Task.id),
                {
                    "title": "Loaded",
                    "issuing_department_id": world.office.id,
                    "issuer_id": world.leader.id,
                    "lead_department_id": world.lead.id,
                    "due_on": TODAY + timedelta(days=days),
                    "status": TaskStatus.ASSIGNED,
                },
            ).scalar_one()
            connection.execute(sa.insert(task_coordinators).values(task_id=task_id, department_id=world.coord.id))
    db.session.expire_all()
    assert stored() == recount()
    assert stored_periods() == recount_periods()
    assert copies_out_of_step() == []
    assert count_tasks(world.head, TaskFilters(role="lead"), TODAY) == 6
    # The triggers count again afterwards.
    make.task(lead=world.lead, due_on=TODAY)
    assert stored() == recount()
    assert stored_periods() == recount_periods()


@pytest.mark.parametrize("sort", ["deadline", "-deadline", "priority", "title", "-updated"])
def test_pages_of_a_union_are_cut_from_each_branch_in_order(world, make, sort):
    """A department's list unites what it leads, issued and coordinates; each branch is cut at the
    page asked for before the union, and the pages still follow one another exactly."""
    for days in range(-6, 0):
        make.task(lead=world.lead, due_on=TODAY + timedelta(days=days), title=f"Lead {days}")
        make.task(lead=world.other, due_on=TODAY + timedelta(days=days), coordinating=[world.lead], title=f"C {days}")
        make.task(lead=world.other, issuing_department=world.lead, due_on=TODAY + timedelta(days=days // 2))
    make.task(lead=world.lead, due_on=TODAY - timedelta(days=2), coordinating=[world.lead], title="Both")
    filters = TaskFilters(timing="overdue", sort=sort, per_page=4)
    everything = db.session.scalars(
        sa.select(Task.id).where(Task.id.in_(filtered_select(world.head, filters, TODAY).with_only_columns(Task.id)))
    ).all()
    ordered = []
    for page in range(1, 7):
        filters.page = page
        page_ids, total = _matching_page(world.head, filters, TODAY)
        ids = db.session.scalars(sa.select(page_ids.c.id)).all()
        assert len(ids) == min(4, max(0, total - (page - 1) * 4))
        ordered += ids
    assert total == len(everything) == 19
    assert sorted(ordered) == sorted(everything)  # every task once, none twice
    full = TaskFilters(timing="overdue", sort=sort, per_page=100)
    page_ids, _ = _matching_page(world.head, full, TODAY)
    assert ordered == db.session.scalars(sa.select(page_ids.c.id)).all()


#: Days around TODAY for the periods' test: several months, so that periods and as-of days cut
#: through some and not others.
WIDE_DAYS = st.integers(min_value=-60, max_value=60)


def period_tasks(world):
    """A task as (lead, status, deadline, missed deadline, completion) in days from TODAY."""
    return st.tuples(
        st.sampled_from([world.lead, world.coord, world.other]),
        st.sampled_from([*TaskStatus, TaskStatus.DONE, TaskStatus.DONE]),
        WIDE_DAYS,
        st.one_of(st.none(), WIDE_DAYS),
        st.one_of(st.none(), WIDE_DAYS),
    )


def a_day(days):
    return None if days is None else TODAY + timedelta(days=days)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_periods_counts_from_the_kept_months_equal_a_count_of_the_tasks(world, data):
    """The periodic report's four counts per department, summed from ``task_period_counts`` and the
    tasks of the months a period cuts through, equal the same counts made task by task, for any
    tasks, period (month-aligned or not, open-ended or not) and as-of day."""
    db.session.execute(sa.delete(task_coordinators))
    db.session.execute(sa.delete(Task))
    for lead, status, due, missed, completed in data.draw(st.lists(period_tasks(world), min_size=5, max_size=30)):
        db.session.add(
            Task(
                title="A task",
                issuer=world.leader,
                issuing_department=world.office,
                lead_department=lead,
                status=status,
                due_on=a_day(due),
                missed_due_on=a_day(missed) if due is not None else None,
                completed_on=a_day(completed),
            )
        )
    db.session.flush()
    assert stored_periods() == recount_periods()
    month_end = st.sampled_from([TODAY.replace(day=1), date(2025, 4, 30), date(2025, 9, 30), date(2025, 12, 31)])
    bound = st.one_of(st.none(), month_end, WIDE_DAYS.map(a_day))
    date_from, date_to = data.draw(bound), data.draw(bound)
    if date_from is not None and date_to is not None and date_from > date_to:
        date_from, date_to = date_to, date_from
    as_of = data.draw(st.one_of(month_end, WIDE_DAYS.map(a_day)))
    for department_id in (None, world.lead.id):
        kept = grouped_counts(kept_sums(date_from, date_to, as_of, department_id))
        conditions = counted(date_from, date_to, department_id)
        each = grouped_counts(class_sums(conditions, as_of, Task.lead_department_id))
        as_tuples = {key: vars(line) for key, line in each.items()}
        assert {key: vars(line) for key, line in kept.items()} == as_tuples, (date_from, date_to, as_of)
    db.session.rollback()


def test_a_years_report_reads_from_the_tasks_only_what_the_kept_counts_cannot_settle(world, make):
    """The kept counts settle every task (a done one due and completed in another month, an open one)
    but a done one due in the as-of day's month and completed after that day, which is read."""
    make.task(lead=world.lead, due_on=date(2025, 3, 10), status=TaskStatus.DONE, completed_on=date(2025, 3, 12))
    make.task(lead=world.lead, due_on=date(2025, 6, 20))
    db.session.commit()
    kept = TaskPeriodCount
    rows = db.session.scalars(sa.select(kept).where(kept.n > 0).order_by(kept.deadline_on)).all()
    assert [(row.deadline_on, row.completed_on, row.late) for row in rows] == [
        (date(2025, 3, 1), date(2025, 3, 12), True),
        (date(2025, 6, 20), NOT_COMPLETED, False),
    ]
    make.task(lead=world.lead, due_on=date(2025, 6, 20), status=TaskStatus.DONE, completed_on=date(2025, 6, 25))
    # Make the kept counts say ten of each: the report reads them, but for the task done after TODAY
    # (not yet done on TODAY, within its deadline: its month alone would have said overdue).
    db.session.execute(sa.update(kept).values(n=10))
    lines = grouped_counts(kept_sums(date(2025, 1, 1), date(2025, 12, 31), TODAY))
    db.session.rollback()
    line = lines[world.lead.id]
    assert (line.done_late, line.open_within_deadline, line.open_overdue) == (10, 11, 0)


@pytest.mark.parametrize(
    ("date_from", "date_to", "as_of"),
    [
        (date(2025, 4, 10), date(2025, 5, 31), date(2025, 5, 31)),
        (date(2025, 4, 1), date(2025, 5, 20), date(2025, 5, 20)),
        (date(2025, 4, 10), date(2025, 5, 20), TODAY),
        (None, date(2025, 4, 15), date(2025, 4, 15)),
        (date(2025, 4, 15), None, TODAY),
        (None, None, TODAY),
    ],
)
def test_periods_cut_through_months_count_the_tasks_of_those_days(world, make, date_from, date_to, as_of):
    """Tasks due and completed on each side of a period's ends, in the same months: the kept period
    counts and a count of the tasks agree."""
    days = [date(2025, 3, 31), date(2025, 4, 9), date(2025, 4, 10), date(2025, 4, 15), date(2025, 4, 16)]
    days += [date(2025, 5, 20), date(2025, 5, 21), date(2025, 6, 1), TODAY, date(2025, 6, 17)]
    for due_on in days:
        make.task(lead=world.lead, due_on=due_on)
        for completed_on in days:
            make.task(lead=world.lead, due_on=due_on, status=TaskStatus.DONE, completed_on=completed_on)
    make.task(lead=world.other, due_on=date(2025, 3, 1), missed_due_on=date(2025, 4, 12))
    kept = grouped_counts(kept_sums(date_from, date_to, as_of))
    each = grouped_counts(class_sums(counted(date_from, date_to), as_of, Task.lead_department_id))
    assert {key: vars(line) for key, line in kept.items()} == {key: vars(line) for key, line in each.items()}
