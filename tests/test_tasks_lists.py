"""Task lists: who sees what, every filter, sorting, pagination, and a query count that does not grow
with the page size."""

from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa
import time_machine

from tests.tasks_support import build_world
from tracker.extensions import db
from tracker.meetings.models import Meeting
from tracker.tasks.models import Priority, TaskStatus
from tracker.tasks.queries import TaskFilters, filtered_tasks
from tracker.users.models import User

TODAY = "2025-06-10 03:00:00+00:00"


@pytest.fixture
def frozen():
    with time_machine.travel(TODAY, tick=False):
        yield


@pytest.fixture
def world(make):
    return build_world(make)


@pytest.fixture
def data(world, make):
    """Seven tasks of known shape, issued by the leader (ids by name in the returned dict)."""
    meeting = Meeting(title="Forestry session", held_on=date(2025, 3, 10))
    db.session.add(meeting)
    db.session.flush()

    def task(name, lead, **values):
        return make.task(lead=lead, issuer=world.leader, title=name, **values)

    tasks = {
        "forest": task(
            "Plant forest",
            world.lead,
            assignee=world.staff,
            due_on=date(2025, 6, 30),
            status=TaskStatus.IN_PROGRESS,
            priority=Priority.HIGH,
            meeting_id=meeting.id,
            description="5 000 hectares in Dam Ha",
        ),
        "drainage": task("Build road drainage", world.lead, due_on=date(2025, 6, 5), priority=Priority.LOW),
        "bridge": task(
            "Repair bridge",
            world.other,
            coordinating=[world.lead],
            assignee=world.other_staff,
            due_on=date(2025, 6, 12),
            status=TaskStatus.SUBMITTED,
        ),
        "survey": task(
            "Survey roads",
            world.other,
            due_on=date(2025, 6, 1),
            status=TaskStatus.DONE,
            completed_on=date(2025, 5, 30),
            completed_at=datetime(2025, 5, 30, 3, tzinfo=UTC),
        ),
        "budget": task(
            "Budget plan",
            world.coord,
            due_on=date(2025, 5, 1),
            status=TaskStatus.DONE,
            completed_on=date(2025, 5, 20),
            completed_at=datetime(2025, 5, 20, 3, tzinfo=UTC),
        ),
        "idea": task("Old idea", world.lead, status=TaskStatus.CANCELLED),
        "traffic": task("Traffic plan", world.other),
    }
    db.session.commit()
    tasks["meeting"] = meeting
    return tasks


def names(data, items):
    by_id = {task.id: name for name, task in data.items() if name != "meeting"}
    return [by_id[item.id] for item in items]


def run(user, **filters):
    items, total = filtered_tasks(user, TaskFilters(**filters))
    return items, total


def test_staff_see_what_their_department_leads_or_coordinates(world, data, frozen):
    items, total = run(world.staff, sort="title")
    assert names(data, items) == ["drainage", "idea", "forest", "bridge"] and total == 4
    items, total = run(world.leader, sort="title")
    assert total == 7
    items, total = run(world.other_staff, sort="title")
    assert names(data, items) == ["bridge", "survey", "traffic"]


FILTER_CASES = [
    ({"status": "open"}, {"forest", "drainage", "bridge", "traffic"}),
    ({"status": "done"}, {"survey", "budget"}),
    ({"status": "cancelled"}, {"idea"}),
    ({"timing": "overdue"}, {"drainage"}),
    ({"timing": "due_soon"}, {"bridge"}),
    ({"timing": "on_track"}, {"forest"}),
    ({"timing": "on_time"}, {"survey"}),
    ({"timing": "late"}, {"budget"}),
    ({"timing": "no_deadline"}, {"idea", "traffic"}),
    ({"department_id": "OTHER"}, {"bridge", "survey", "traffic"}),
    ({"department_id": "LEAD"}, {"forest", "drainage", "bridge", "idea"}),
    ({"department_id": "LEAD", "role": "lead"}, {"forest", "drainage", "idea"}),
    ({"department_id": "LEAD", "role": "coordinating"}, {"bridge"}),
    ({"assignee_id": "STAFF"}, {"forest"}),
    ({"meeting_id": "MEETING"}, {"forest"}),
    ({"due_from": date(2025, 6, 5), "due_to": date(2025, 6, 12)}, {"drainage", "bridge"}),
    ({"q": "BRIDGE"}, {"bridge"}),
    ({"q": "dam ha"}, {"forest"}),
    ({"q": "100%"}, set()),
    ({"status": "open", "department_id": "LEAD", "timing": "overdue"}, {"drainage"}),
]


def test_filters(world, data, frozen):
    replacements = {
        "OTHER": world.other.id,
        "LEAD": world.lead.id,
        "STAFF": world.staff.id,
        "MEETING": data["meeting"].id,
    }
    for filters, expected in FILTER_CASES:
        filters = {
            key: replacements.get(value, value) if isinstance(value, str) else value for key, value in filters.items()
        }
        items, total = run(world.leader, **filters)
        assert set(names(data, items)) == expected and total == len(expected), filters


SORT_CASES = [
    ("deadline", ["budget", "survey", "drainage", "bridge", "forest", "idea", "traffic"]),
    ("-deadline", ["forest", "bridge", "drainage", "survey", "budget"]),
    ("title", ["budget", "drainage", "idea", "forest", "bridge", "survey", "traffic"]),
    ("priority", ["forest"]),
]


def test_sorting(world, data, frozen):
    for sort, expected in SORT_CASES:
        items, _ = run(world.leader, sort=sort)
        assert names(data, items)[: len(expected)] == expected, sort
    items, _ = run(world.leader, sort="priority")
    assert names(data, items)[-1] == "drainage"


def test_pagination(world, data, frozen):
    pages = [run(world.leader, sort="title", page=page, per_page=3) for page in (1, 2, 3, 4)]
    assert [names(data, items) for items, _ in pages] == [
        ["budget", "drainage", "idea"],
        ["forest", "bridge", "survey"],
        ["traffic"],
        [],
    ]
    assert {total for _, total in pages} == {7}
    items, _ = run(world.leader, per_page=100_000)
    assert len(items) == 7  # capped, not refused


def test_my_tasks(world, data, frozen):
    items, _ = run(world.staff, mine=True)
    assert names(data, items) == ["forest"]
    items, _ = run(world.head, mine=True, status="open")
    assert names(data, items) == ["drainage"]  # unassigned in the department they head


def test_home_page_lists_my_open_tasks_with_overdue_at_a_glance(world, data, client, auth, frozen):
    auth.login(world.head)
    page = client.get("/").get_data(as_text=True)
    assert "Build road drainage" in page and "Plant forest" not in page and "Old idea" not in page
    assert 'id="glance-overdue"' in page and "1 overdue" in page
    assert 'class="badge timing-overdue"' in page
    page = client.get("/?status=cancelled").get_data(as_text=True)
    assert "Old idea" in page
    auth.logout()
    auth.login(world.coord_staff)
    page = client.get("/").get_data(as_text=True)
    assert "Nothing waits for you." in page


def test_department_page_has_lead_and_coordinating_tabs(world, data, client, auth, frozen):
    auth.login(world.staff)
    page = client.get("/tasks/department").get_data(as_text=True)
    assert "Plant forest" in page and "Build road drainage" in page and "Repair bridge" not in page
    page = client.get("/tasks/department?role=coordinating").get_data(as_text=True)
    assert "Repair bridge" in page and "Plant forest" not in page
    page = client.get("/tasks/department?timing=overdue").get_data(as_text=True)
    assert "Build road drainage" in page and "Plant forest" not in page


def test_all_tasks_page_filters(world, data, client, auth, frozen):
    auth.login(world.observer)
    page = client.get(f"/tasks/?department_id={world.other.id}&sort=title").get_data(as_text=True)
    assert page.index("Repair bridge") < page.index("Traffic plan")  # open work by default
    assert "Survey roads" not in page and "Plant forest" not in page and "2 tasks" in page
    page = client.get(f"/tasks/?department_id={world.other.id}&sort=title&status=").get_data(as_text=True)
    assert page.index("Repair bridge") < page.index("Survey roads") < page.index("Traffic plan")
    assert "Plant forest" not in page and "3 tasks" in page
    page = client.get(f"/tasks/?meeting_id={data['meeting'].id}").get_data(as_text=True)
    assert "Plant forest" in page and "Forestry session" in page and "Repair bridge" not in page
    page = client.get("/tasks/?q=bridge&status=submitted&timing=due_soon").get_data(as_text=True)
    assert "Repair bridge" in page and "1 task" in page
    page = client.get("/tasks/?due_from=junk&status=nonsense").get_data(as_text=True)  # status ignored: any
    assert "were not understood" in page and "7 tasks" in page
    page = client.get("/tasks/?per_page=2&sort=title&page=2&status=").get_data(as_text=True)
    assert "Old idea" in page and "Plant forest" in page and "Budget plan" not in page
    assert "Page 2 of 4" in page


# --- No query count that grows with the page size ---------------------------------------------------


class StatementCounter:
    def __init__(self, engine):
        self.engine, self.count, self.statements = engine, 0, []

    def __enter__(self):
        sa.event.listen(self.engine, "before_cursor_execute", self.on_execute)
        return self

    def __exit__(self, *exc):
        sa.event.remove(self.engine, "before_cursor_execute", self.on_execute)

    def on_execute(self, conn, cursor, statement, *args):
        self.count += 1
        self.statements.append(statement)


@pytest.fixture
def many_tasks(world, make):
    """Sixty tasks with assignees, coordinators and meetings, led by the staff's department."""
    meetings = [make.meeting() for _ in range(3)]
    for n in range(60):
        make.task(
            lead=world.lead,
            issuer=world.leader,
            assignee=world.staff if n % 2 else world.head,
            coordinating=[world.coord, world.other] if n % 3 else [world.coord],
            due_on=date(2025, 1 + n % 12, 1 + n % 28),
            meeting_id=meetings[n % 3].id,
            status=list(TaskStatus)[n % 5],
        )
    db.session.commit()


LIST_PAGES = [
    ("leader", "/tasks/?sort=title"),
    ("staff", "/tasks/department?sort=updated"),
    ("staff", "/?status="),
    ("leader", "/tasks/?department_id=LEAD&timing=overdue"),
]


def test_list_pages_query_count_does_not_grow_with_page_size(world, many_tasks, client, auth):
    for user, url in LIST_PAGES:
        check_query_count(world, client, auth, user, url)


def check_query_count(world, client, auth, user, url):
    auth.login(getattr(world, user))
    url = url.replace("LEAD", str(world.lead.id))
    client.get(url)  # the first request of a session also loads the signed-in user
    counts, rows = {}, {}
    for per_page in (5, 50):
        with StatementCounter(db.engine) as counter:
            response = client.get(f"{url}&per_page={per_page}")
        assert response.status_code == 200
        counts[per_page] = counter.count
        rows[per_page] = response.get_data(as_text=True).count('class="task-row')
    assert rows[5] == 5 and rows[50] > 5
    assert counts[5] == counts[50], (url, counts)
    auth.logout()


def test_filtered_tasks_is_one_page_query_plus_one_count(world, many_tasks, app):
    leader_id = world.leader.id
    for per_page in (5, 50):
        db.session.expunge_all()
        leader = db.session.get(User, leader_id)
        with StatementCounter(db.engine) as counter:
            items, total = run(leader, per_page=per_page, sort="priority")
            for task in items:  # everything a list row shows is already loaded
                _ = (task.lead_department.code, task.assignee and task.assignee.name, task.issuer.name)
                _ = [department.code for department in task.coordinating_departments]
        assert len(items) == per_page and total == 60
        # one COUNT, one page SELECT, one SELECT IN for the coordinating departments
        assert counter.count == 3, counter.count


def test_issued_tab_and_review_queue(world, client, auth, make, frozen):
    from tests.tasks_support import bring_to, new_task

    task = new_task(world, issuer=world.other_head, title="Widen the dyke road", due_on=date(2025, 7, 1))
    bring_to(world, task, TaskStatus.SUBMITTED)
    items, _ = run(world.other_head, role="issued")
    assert [item.id for item in items] == [task.id]
    auth.login(world.other_head)
    page = client.get("/").get_data(as_text=True)
    assert 'id="awaiting-review"' in page and "Widen the dyke road" in page
    page = client.get("/tasks/department?role=issued").get_data(as_text=True)
    assert "Widen the dyke road" in page and 'aria-current="page">We issued' in page
    auth.logout()
    auth.login(world.staff)
    assert 'id="awaiting-review"' not in client.get("/").get_data(as_text=True)


def test_my_tasks_follow_the_department_after_a_move(world, data, frozen):
    items, _ = run(world.staff, mine=True)
    assert names(data, items) == ["forest"]
    world.staff.department_id = world.other.id
    db.session.commit()
    items, _ = run(world.staff, mine=True)
    assert items == []  # the old department's task is no longer theirs (nor visible to them)


def test_task_and_meeting_pages_query_count_does_not_grow(world, client, auth):
    import io

    from werkzeug.datastructures import FileStorage

    from tests.tasks_support import new_task
    from tracker.meetings import operations as meeting_operations
    from tracker.tasks import operations

    meeting = meeting_operations.create_meeting(world.leader, title="Session", held_on="2025-03-10")
    directives = meeting_operations.add_directives_from_text(world.leader, meeting, "One.\nTwo.\nThree.")
    task = new_task(world, meeting_id=meeting.id, directive_id=directives[0].id, assignee_id=world.staff.id)
    auth.login(world.leader)

    def count(url):
        client.get(url)
        with StatementCounter(db.engine) as counter:
            assert client.get(url).status_code == 200
        return counter.count

    few_task, few_meeting = count(f"/tasks/{task.id}"), count(f"/meetings/{meeting.id}")
    for n in range(12):
        update = operations.report_progress(world.staff, task, progress=n, comment=f"Step {n}")
        operations.attach_evidence(world.staff, task, FileStorage(io.BytesIO(b"notes"), f"n{n}.txt"), update=update)
        new_task(world, meeting_id=meeting.id, directive_id=directives[n % 3].id, coordinating_department_ids=[])
    db.session.commit()
    assert count(f"/tasks/{task.id}") == few_task
    assert count(f"/meetings/{meeting.id}") == few_meeting


def test_my_tasks_are_counted_from_the_lead_and_assignee_index(world, app):
    """The home page's count and page read one index range, not every task the department leads."""
    from tracker.tasks.models import OPEN_STATUSES, Task
    from tracker.tasks.queries import mine_clause

    for user in (world.staff, world.head):
        query = sa.select(sa.func.count()).select_from(Task).where(mine_clause(user), Task.status.in_(OPEN_STATUSES))
        compiled = query.compile(db.engine, compile_kwargs={"literal_binds": True})
        with db.engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                # An empty table is scanned whatever its indexes; asked not to, the planner shows its index.
                connection.execute(sa.text("SET LOCAL enable_seqscan = off"))
                plan = " ".join(row[0] for row in connection.execute(sa.text(f"EXPLAIN {compiled}")))
            else:
                plan = " ".join(row[-1] for row in connection.execute(sa.text(f"EXPLAIN QUERY PLAN {compiled}")))
        if db.engine.dialect.name == "postgresql":
            # On a few rows several indexes led by the lead department cost the planner the same, and
            # which one it names is chance; each reads the department's range, never the whole table.
            assert "Index Cond: ((lead_department_id =" in plan or "Index Cond: (lead_department_id =" in plan, plan
        else:
            assert "ix_tasks_lead_assignee_status_" in plan, plan


def test_filters_go_into_each_branch_of_the_department_and_visibility_unions(world, data, app, frozen):
    """A department's tasks (led or coordinated) and a user's visible tasks are unions of index look-ups;
    every other filter is applied inside each branch, so that no branch reads all of a department's tasks."""
    from tracker.tasks.queries import visible_criteria

    filters = TaskFilters(status="open", timing="overdue", department_id=world.other.id)
    for user, branches in ((world.leader, 2), (world.staff, 6)):  # staff: 2 filter x 3 visibility branches
        _conditions, union = visible_criteria(user, filters, date(2025, 6, 10))
        assert len(union) == branches
        statement = str(filtered_select_sql(user, filters))
        assert statement.count("due_on <") == branches, statement


def filtered_select_sql(user, filters):
    from tracker.tasks.queries import filtered_select

    return filtered_select(user, filters, date(2025, 6, 10)).compile(db.engine)


@pytest.mark.parametrize(
    "sort",
    ["deadline", "-deadline", "updated", "-updated", "priority", "-priority", "title", "-title", "created", "-created"],
)
def test_every_sort_orders_a_union_as_a_plain_list(world, data, frozen, sort):
    """Staff see a union of what their department leads, issued and coordinates, sorted on the union's
    own columns; the order is the one a leader gets for the same tasks."""
    visible = {task.id for task in run(world.staff, per_page=100)[0]}
    everything, _ = run(world.leader, sort=sort, per_page=100)
    expected = [task.id for task in everything if task.id in visible]
    for per_page in (2, 100):
        pages = [run(world.staff, sort=sort, per_page=per_page, page=page)[0] for page in (1, 2, 3)]
        got = [task.id for page in pages for task in page][: len(expected)]
        assert got == expected, (sort, per_page)


@pytest.mark.parametrize(
    "status, timing", [("open", None), (None, "overdue"), ("open", "on_track"), (None, "on_track")]
)
@pytest.mark.parametrize("sort", ["deadline", "-deadline"])
def test_open_lists_in_deadline_order_read_each_status_on_its_own_and_keep_the_order(
    world, many_tasks, frozen, status, timing, sort
):
    """In deadline order, a list of open tasks reads each open status as a part of its own (one index
    range each); pages come out as one sorted list would, for one branch (a leader) or a union (staff)."""
    from tracker.tasks.models import OPEN_STATUSES, Task
    from tracker.tasks.queries import _matching_page
    from tracker.tasks.timing import timing_of

    today = date(2025, 6, 10)
    statement = str(_matching_page(world.staff, TaskFilters(status=status, timing=timing, sort=sort))[0])
    # 3 visibility branches x 3 statuses; the coordinated tasks' parts read the coordinator rows' copies.
    assert statement.count(" tasks.status = ") == 2 * 3, statement
    assert statement.count("task_coordinators.status = ") == 3, statement
    for user in (world.leader, world.staff):
        visible = {task.id for task in run(user, per_page=100, status="")[0]}
        assert len(visible) == 60
        matching = [
            task
            for task in db.session.scalars(sa.select(Task)).all()
            if task.id in visible
            and task.status in OPEN_STATUSES
            and (timing is None or timing_of(task, today).value == timing)
        ]
        descending = sort.startswith("-")
        expected = [
            task.id
            for task in sorted(
                matching,
                key=lambda t: (
                    t.due_on is None,
                    t.due_on.toordinal() * (-1 if descending else 1),
                    -t.id if descending else t.id,
                ),
            )
        ]
        assert expected, (status, timing)
        got = []
        for page in range(1, len(expected) // 4 + 2):
            items, total = run(user, status=status, timing=timing, sort=sort, per_page=4, page=page)
            assert total == len(expected)
            got += [task.id for task in items]
        assert got == expected, (user.role, status, timing, sort)


def test_a_heads_home_page_asks_its_counts_in_two_statements(world, data, client, auth, frozen):
    """The list's total (the head's own tasks and the department's unassigned ones) is one statement,
    the overdue and due-soon glance another, each a sum of the kept counts beside a count of the
    head's own tasks."""
    auth.login(world.head)
    client.get("/")
    with StatementCounter(db.engine) as counter:
        page = client.get("/").get_data(as_text=True)
    counting = [statement for statement in counter.statements if "task_counts" in statement]
    assert len(counting) == 2, counting
    assert all(statement.count("task_counts") >= 1 and "count(*)" in statement for statement in counting)
    assert "1 overdue" in page


@pytest.mark.parametrize("sort", ["deadline", "-deadline", "updated", "title"])
def test_a_heads_own_work_is_two_ranges_read_in_order(world, make, frozen, sort):
    """A head's "my tasks": theirs and the department's unassigned ones, each read as its own index
    range (an OR of the two made the database fetch and sort all of either), paged as one list."""
    from tracker.tasks.queries import _matching_page

    statement = str(_matching_page(world.head, TaskFilters(mine=True, status="open", sort=sort))[0])
    assert "assignee_id IS NULL" in statement and " OR " not in statement.split("ORDER BY")[0], statement
    for n in range(30):
        other = n % 5 == 4  # another department's unassigned work is not theirs
        make.task(
            lead=world.other if other else world.lead,
            issuer=world.leader,
            assignee=None if other else (world.head, None, world.staff)[n % 3],
            due_on=date(2025, 1 + n % 12, 1 + n % 27),
            title=f"Work {29 - n:02d}",
            status=TaskStatus.DONE if n % 7 == 0 else (TaskStatus.ASSIGNED, TaskStatus.IN_PROGRESS)[n % 2],
        )
    db.session.commit()
    everything, _ = run(world.leader, sort=sort, per_page=100, status="open")
    expected = [
        task.id
        for task in everything
        if task.lead_department_id == world.lead.id and task.assignee_id in (world.head.id, None)
    ]
    assert len(expected) >= 10
    got = []
    for page in range(1, len(expected) // 3 + 2):
        items, total = run(world.head, mine=True, status="open", sort=sort, per_page=3, page=page)
        assert total == len(expected)
        got += [task.id for task in items]
    assert got == expected
    staff_items, _ = run(world.staff, mine=True, status="open", sort=sort, per_page=100)
    assert {task.assignee_id for task in staff_items} <= {world.staff.id}
