"""The task tables of the pages read plain rows, not ORM objects, and show the same things: the lead
department (its code, and its name in the reader's language), the assignee, the coordinating
departments, the priority, the deadline, the status and the timing."""

import re
from datetime import date

import pytest
import sqlalchemy as sa
import time_machine

from tests.conftest import plan_of
from tests.tasks_support import build_world, tasks_built
from tracker.extensions import db
from tracker.tasks.models import Priority, TaskStatus


@pytest.fixture
def world(make):
    world = build_world(make)
    world.lead.names = {"vi": "Sở Nông nghiệp", "en": "Agriculture"}
    make.task(
        lead=world.lead,
        issuer=world.leader,
        title="Plant mangroves on the coast",
        assignee=world.staff,
        coordinating=[world.other, world.coord],
        due_on=date(2025, 6, 5),
        status=TaskStatus.IN_PROGRESS,
        priority=Priority.HIGH,
    )
    make.task(lead=world.lead, issuer=world.leader, title="Count the buffalo", due_on=date(2025, 7, 30))
    db.session.commit()
    return world


@pytest.fixture
def frozen():
    with time_machine.travel("2025-06-10 03:00:00+00:00", tick=False):
        yield


def row_of(page, title):
    """The table row (``<tr>...</tr>``) holding ``title``."""
    match = re.search(r"<tr class=\"task-row[^>]*>(?:(?!</tr>).)*" + re.escape(title) + r".*?</tr>", page, re.S)
    assert match, f"no row for {title}"
    return match.group(0)


@pytest.mark.parametrize(("who", "path"), [("staff", "/"), ("head", "/tasks/department"), ("leader", "/tasks/")])
def test_a_row_shows_what_the_task_table_shows(world, client, auth, frozen, who, path):
    auth.login(getattr(world, who))
    row = row_of(client.get(path).get_data(as_text=True), "Plant mangroves on the coast")
    assert 'title="Agriculture"' in row and ">NN<" in row
    assert "Sam Staff" in row
    assert "With GT, TC" in row or "With TC, GT" in row
    assert "High priority" in row
    assert 'datetime="2025-06-05"' in row
    assert "timing-row-overdue" in row and "In progress" in row
    if who == "staff":
        return  # not theirs
    other = row_of(client.get(path).get_data(as_text=True), "Count the buffalo")
    assert "High priority" not in other and "With" not in other and "—" in other


def test_the_lead_department_is_named_in_the_readers_language(world, client, auth, frozen):
    world.head.locale = "vi"
    db.session.commit()
    auth.login(world.head)
    row = row_of(client.get("/tasks/department").get_data(as_text=True), "Plant mangroves on the coast")
    assert 'title="Sở Nông nghiệp"' in row


def test_a_list_page_builds_no_task_object(world, client, auth, frozen):
    """Building and tracking ORM objects cost a list page more than reading its rows."""
    auth.login(world.leader)
    with tasks_built() as built:
        page = client.get("/tasks/?status=").get_data(as_text=True)
    assert "Plant mangroves on the coast" in page and "Count the buffalo" in page
    assert built == []


def test_the_review_queue_reads_its_rows_with_their_coordinating_departments(world, make, client, auth, frozen):
    """The tasks waiting for the issuer's approval are a task table too: one statement names their
    departments (no second look-up of the coordinating departments by task ids)."""
    make.task(
        lead=world.other,
        issuer=world.leader,
        title="Inspect the dykes",
        coordinating=[world.coord],
        status=TaskStatus.SUBMITTED,
        due_on=date(2025, 6, 20),
    )
    db.session.commit()
    auth.login(world.leader)
    statements = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        statements.append(" ".join(statement.split()))

    sa.event.listen(db.engine, "before_cursor_execute", seen)
    try:
        page = client.get("/").get_data(as_text=True)
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", seen)
    review = page[page.index('id="awaiting-review"') :]
    row = row_of(review, "Inspect the dykes")
    assert ">GT<" in row and "With TC" in row
    assert not any("task_coordinators.task_id IN" in statement for statement in statements)


def test_a_meeting_page_lists_its_tasks_by_directive_as_rows(world, make, client, auth, frozen, app, monkeypatch):
    """A meeting's page is a task table per directive (up to 200 tasks): rows, no task object, and
    past the limit the count of those not shown."""
    meeting = make.meeting(host=world.office, title="Flood season review")
    first, second = make.directive(meeting=meeting, text="Dredge the canals"), make.directive(meeting=meeting)
    make.task(lead=world.lead, issuer=world.leader, meeting_id=meeting.id, directive_id=second.id, title="Buy pumps")
    make.task(
        lead=world.other,
        issuer=world.leader,
        meeting_id=meeting.id,
        directive_id=first.id,
        title="Dredge the north canal",
        assignee=world.other_staff,
        due_on=date(2025, 6, 1),
    )
    make.task(lead=world.lead, issuer=world.leader, meeting_id=meeting.id, title="Report to the committee")
    db.session.commit()
    auth.login(world.leader)
    with tasks_built() as built:
        page = client.get(f"/meetings/{meeting.id}").get_data(as_text=True)
    assert built == []
    first_card = page[page.index(f'id="directive-{first.id}"') : page.index(f'id="directive-{second.id}"')]
    assert "Dredge the north canal" in first_card and "GT · Olga Otherstaff" in first_card
    assert "timing-row-overdue" in first_card and "Buy pumps" not in first_card
    assert "Buy pumps" in page[page.index(f'id="directive-{second.id}"') :]
    other = page[page.index("Other tasks from this meeting") :]
    assert "Report to the committee" in other

    monkeypatch.setitem(app.config, "TRACKER_MEETING_TASKS_SHOWN", 2)
    page = client.get(f"/meetings/{meeting.id}").get_data(as_text=True)
    assert 'id="tasks-not-shown"' in page and "1 more task of this meeting is not shown here" in page
    assert "Report to the committee" not in page


def meeting_with_tasks(world, make):
    meeting = make.meeting(host=world.office, title="Dyke inspection")
    directive = make.directive(meeting=meeting, text="Raise the dyke")
    for title in ("Survey the dyke", "Order the stone"):
        make.task(
            lead=world.lead,
            issuer=world.leader,
            meeting_id=meeting.id,
            directive_id=directive.id,
            title=title,
            coordinating=[world.other],
        )
    db.session.commit()
    return meeting


def statements_of(request):
    """The SQL statements ``request()`` sends."""
    sent = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        sent.append((statement, parameters))

    sa.event.listen(db.engine, "before_cursor_execute", seen)
    try:
        request()
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", seen)
    return sent


def test_a_meeting_page_reads_no_coordinating_departments(world, make, client, auth, frozen):
    """The meeting's task rows name the lead department and the assignee only: their statement does
    not read each task's coordinating departments (a subquery per row, 200 of them at most)."""
    meeting = meeting_with_tasks(world, make)
    auth.login(world.leader)
    pages = []
    sent = statements_of(lambda: pages.append(client.get(f"/meetings/{meeting.id}").get_data(as_text=True)))
    assert "Survey the dyke" in pages[0] and "Order the stone" in pages[0]
    assert not [statement for statement, _ in sent if "task_coordinators" in statement]


def test_a_meetings_tasks_are_chosen_in_order_from_the_index(world, make, client, auth, frozen):
    """The meeting's first tasks by directive, then id, come from ``ix_tasks_meeting_order`` (meeting,
    directive, id): through an index on the meeting alone PostgreSQL fetched every task of a meeting
    of 1,000 to keep 201 (985 pages read)."""
    meeting = meeting_with_tasks(world, make)
    auth.login(world.leader)
    sent = statements_of(lambda: client.get(f"/meetings/{meeting.id}"))
    statement, parameters = next((s, p) for s, p in sent if "tasks.meeting_id" in s and "LIMIT" in s)
    plan = plan_of(statement, parameters)
    assert "ix_tasks_meeting_order" in plan, plan
