"""Task lists through the API: filters, strict parameters, paging, and a query count that does not grow."""

from contextlib import contextmanager
from datetime import date

import sqlalchemy as sa
import time_machine

from tests.api.conftest import assert_error
from tracker.extensions import db
from tracker.tasks.models import TaskStatus

NOW = "2025-06-02 02:00:00+00:00"


@contextmanager
def count_queries():
    statements = []

    def record(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    sa.event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", record)


def ids(response):
    assert response.status_code == 200, response.get_json()
    return [item["id"] for item in response.get_json()["items"]]


@time_machine.travel(NOW, tick=False)
def test_filters_select_the_right_tasks(api, world, make):
    meeting = make.meeting(host=world.office)
    overdue = make.task(lead=world.a, issuer=world.leader, title="Overdue dike", due_on=date(2025, 5, 1))
    soon = make.task(
        lead=world.a,
        issuer=world.leader,
        title="Seedlings soon",
        due_on=date(2025, 6, 4),
        assignee=world.staff_a,
        meeting_id=meeting.id,
        status=TaskStatus.IN_PROGRESS,
    )
    coordinated = make.task(
        lead=world.b, issuer=world.leader, coordinating=[world.a], title="Survey", due_on=date(2025, 9, 30)
    )
    elsewhere = make.task(lead=world.c, issuer=world.leader, title="Roads")
    db.session.commit()
    leader = api.as_user(world.leader)

    everything = leader.get("/tasks").get_json()
    assert everything["total"] == 4
    assert (everything["page"], everything["per_page"]) == (1, 25)
    api.check(everything, "TaskPage")
    assert ids(leader.get("/tasks?timing=overdue")) == [overdue.id]
    assert ids(leader.get("/tasks?timing=due_soon")) == [soon.id]
    assert ids(leader.get("/tasks?timing=no_deadline")) == [elsewhere.id]
    assert ids(leader.get("/tasks?status=in_progress")) == [soon.id]
    assert ids(leader.get(f"/tasks?department_id={world.a.id}&role=lead")) == [overdue.id, soon.id]
    assert ids(leader.get(f"/tasks?department_id={world.a.id}&role=coordinating")) == [coordinated.id]
    assert ids(leader.get(f"/tasks?assignee_id={world.staff_a.id}")) == [soon.id]
    assert ids(leader.get(f"/tasks?meeting_id={meeting.id}")) == [soon.id]
    assert ids(leader.get("/tasks?due_from=2025-06-01&due_to=2025-12-31")) == [soon.id, coordinated.id]
    assert ids(leader.get("/tasks?q=dike")) == [overdue.id]
    assert ids(leader.get("/tasks?per_page=1&page=2")) == [soon.id]

    # Staff of A see what A leads or coordinates, never C's tasks, whatever the filter says.
    staff = api.as_user(world.staff_a)
    assert sorted(ids(staff.get("/tasks"))) == sorted([overdue.id, soon.id, coordinated.id])
    assert ids(staff.get(f"/tasks?department_id={world.c.id}")) == []
    assert ids(staff.get("/tasks?mine=true")) == [soon.id]


def test_bad_filter_values_are_422_with_a_reason_each(api, world):
    response = api.as_user(world.leader).get(
        "/tasks?status=finished&timing=late-ish&department_id=A&role=boss&assignee_id=1.5"
        "&meeting_id=x&due_from=2025-13-01&due_to=tomorrow&page=0&per_page=-1&sort=random"
    )
    body = assert_error(response, 422, "validation_failed")
    assert set(body["fields"]) == {
        "status",
        "timing",
        "department_id",
        "role",
        "assignee_id",
        "meeting_id",
        "due_from",
        "due_to",
        "page",
        "per_page",
        "sort",
    }
    assert body["fields"]["department_id"] == "Expected an integer."


def test_page_size_is_capped(api, world, make):
    for _ in range(3):
        make.task(lead=world.a, issuer=world.leader)
    db.session.commit()
    body = api.as_user(world.leader).get("/tasks?per_page=1000").get_json()
    assert body["per_page"] == 100
    assert body["total"] == 3


def test_list_query_count_does_not_grow_with_the_page(api, world, make):
    caller = api.as_user(world.leader)

    def make_tasks(n):
        for index in range(n):
            make.task(
                lead=[world.a, world.b, world.c][index % 3],
                issuer=[world.leader, world.head_a][index % 2],
                issuing_department=[world.office, world.a][index % 2],
                coordinating=[world.b, world.c] if index % 2 else [world.a],
                assignee=world.staff_a if index % 3 == 0 else None,
                due_on=date(2025, 7, 1 + index),
            )
        db.session.commit()

    make_tasks(20)
    caller.get("/tasks")  # warm up: the token's first use writes last_used_at
    measured = {}
    for per_page in (2, 20):
        db.session.expunge_all()  # nothing cached from earlier requests: every load counts
        with count_queries() as statements:
            assert len(caller.get(f"/tasks?per_page={per_page}").get_json()["items"]) == per_page
        measured[per_page] = statements
    few, many = measured[2], measured[20]
    # Signing in by token (its own few statements) happens before the list's first statement.
    few, many = (statements[_first_list_statement(statements) :] for statements in (few, many))
    assert len(many) == len(few) <= 4, "\n".join(statement[:150] for statement in many)


def _first_list_statement(statements):
    return next(index for index, statement in enumerate(statements) if "count(*)" in statement)
