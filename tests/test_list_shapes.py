"""A list's statements are built once per shape and run with each request's values
(tracker/tasks/shapes.py): for every user and filter, the kept statements answer what statements
built afresh with the values answer, whoever asked the same shape before."""

import itertools
from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from tests.tasks_support import build_world
from tracker.core.permissions import can_view_task
from tracker.extensions import db
from tracker.tasks import queries, shapes
from tracker.tasks.models import Task, TaskStatus

TODAY = date(2025, 6, 10)

FILTERS = [
    {},
    {"status": "open"},
    {"status": "done"},
    {"timing": "overdue"},
    {"timing": "due_soon"},
    {"timing": "on_track", "sort": "-deadline"},
    {"timing": "late"},
    {"status": "open", "role": "lead"},
    {"role": "coordinating"},
    {"role": "issued", "sort": "updated"},
    {"department_id": "lead"},
    {"department_id": "other", "status": "open"},
    {"department_id": "coord", "role": "coordinating"},
    {"assignee_id": "staff"},
    {"mine": True},
    {"mine": True, "timing": "overdue"},
    {"meeting_id": None, "due_from": TODAY - timedelta(days=20), "due_to": TODAY + timedelta(days=5)},
    {"sort": "priority", "per_page": 2, "page": 2},
    {"sort": "title", "per_page": 3},
    {"sort": "created", "status": "assigned"},
]


@pytest.fixture
def world(make):
    world = build_world(make)
    departments = [world.lead, world.other, world.coord]
    people = {world.lead: world.staff, world.other: world.other_staff, world.coord: world.coord_staff}
    statuses = [TaskStatus.ASSIGNED, TaskStatus.IN_PROGRESS, TaskStatus.SUBMITTED, TaskStatus.DONE]
    for number, (lead, status, days) in enumerate(itertools.product(departments, statuses, (-30, -2, 1, 2, 9, None))):
        coordinating = [d for d in departments if d is not lead][number % 2 :][:1]
        due_on = None if days is None else TODAY + timedelta(days=days)
        make.task(
            lead=lead,
            issuer=world.leader if number % 3 else world.head,
            title=f"Task {number:02d}",
            assignee=people[lead] if number % 4 else None,
            coordinating=coordinating,
            due_on=due_on,
            status=status,
            completed_on=due_on + timedelta(days=number % 3 - 1) if status == TaskStatus.DONE and due_on else None,
        )
    db.session.commit()
    return world


def filters_for(world, values):
    """``TaskFilters`` of ``values``, with a department or person named by its place in ``world``."""
    values = dict(values)
    for name in ("department_id", "assignee_id"):
        if isinstance(values.get(name), str):
            values[name] = getattr(world, values[name]).id
    return queries.TaskFilters(**values)


def built_afresh(user, filters, kind):
    """What the statements built with the values themselves answer: ``(ids, total)``."""
    page_ids, total = queries._matching_page(user, filters, TODAY)
    order = queries._order(filters.sort)
    build = queries._rows_statement if kind == "rows" else queries._listed_statement
    rows = db.session.connection().execute(build(page_ids, order)).all()
    return [row.id for row in rows], total


def test_kept_statements_answer_as_statements_built_with_the_values(world, app):
    users = [getattr(world, name) for name in ("leader", "observer", "head", "staff", "other_head", "coord_staff")]
    queries._shaped.cache_clear()
    queries._shaped_count.cache_clear()
    compared = 0
    with app.test_request_context():
        for values, user in itertools.product(FILTERS, users):
            filters = filters_for(world, values)
            rows, total, _ = queries.filtered_rows(user, filters, TODAY)
            assert ([row.id for row in rows], total) == built_afresh(user, filters, "rows"), (user.role, values)
            listed, listed_total = queries.listed_tasks(user, filters, TODAY)
            assert ([task.id for task in listed], listed_total) == built_afresh(user, filters, "listed")
            compared += bool(rows)
    info = queries._shaped.cache_info()
    # Users of one role and filters of one shape shared statements, and their answers differed.
    assert info.hits > len(FILTERS) and info.misses < 2 * len(FILTERS) * len(users)
    assert queries._shaped_count.cache_info().hits > len(FILTERS)
    assert compared > len(FILTERS) * 3


def test_users_of_one_shape_get_their_own_tasks(world, app):
    """Two heads of different departments ask the same shape: each gets their own department's tasks."""
    queries._shaped.cache_clear()
    with app.test_request_context():
        filters = queries.TaskFilters(role="lead", status="open")
        first, _, _ = queries.filtered_rows(world.head, filters, TODAY)
        second, _, _ = queries.filtered_rows(world.other_head, filters, TODAY)
    assert queries._shaped.cache_info().hits == 1
    leads = {row.lead_department_id for row in first}, {row.lead_department_id for row in second}
    assert leads == ({world.lead.id}, {world.other.id})


def test_a_kept_statement_refuses_to_run_without_its_values(world, app):
    """A parameter left unfilled raises; it never compares with a value from another request."""
    with app.test_request_context():
        _, statement, values, _ = queries._shaped_list(world.head, queries.TaskFilters(timing="overdue"), TODAY, "rows")
        assert values[shapes.USER_DEPARTMENT_ID.key] == world.lead.id
        del values[shapes.USER_DEPARTMENT_ID.key]
        with pytest.raises(sa.exc.StatementError, match="list_user_department_id"):
            db.session.connection().execute(statement, values)


def test_a_text_search_is_built_for_its_words(world, app):
    """A free-text search's condition depends on its words: it is not kept."""
    with app.test_request_context():
        assert queries._shaped_list(world.leader, queries.TaskFilters(q="Task 07"), TODAY, "rows") is None
        rows, total, _ = queries.filtered_rows(world.leader, queries.TaskFilters(q="Task 07"), TODAY)
    assert [row.title for row in rows] == ["Task 07"] and total == 1


def test_a_persons_and_a_meetings_tasks_are_those_the_reader_may_see(world, make, app):
    """An assignee's or a meeting's tasks are read once and each tested against the visibility rule
    (not united from each way a department takes part): the same tasks as the rule in Python."""
    meeting = make.meeting()
    for task in db.session.scalars(sa.select(Task).where(Task.id % 3 == 0)):
        task.meeting_id = meeting.id
    db.session.commit()
    tasks = db.session.scalars(sa.select(Task)).all()
    readers = [world.staff, world.other_head, world.coord_staff, world.head]
    asked = [("assignee_id", world.staff.id), ("assignee_id", world.other_staff.id), ("meeting_id", meeting.id)]
    with app.test_request_context():
        for reader, (name, value) in itertools.product(readers, asked):
            for status in (None, "open"):
                filters = queries.TaskFilters(**{name: value}, status=status, per_page=100)
                rows, total, _ = queries.filtered_rows(reader, filters, TODAY)
                expected = {
                    task.id
                    for task in tasks
                    if getattr(task, name) == value
                    and can_view_task(reader, task)
                    and (status is None or task.status in queries.OPEN_STATUSES)
                }
                assert {row.id for row in rows} == expected and total == len(expected), (reader.name, name, status)
                assert expected or reader is world.coord_staff
