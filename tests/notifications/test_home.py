"""The home page lists what waits for each role and never says "nothing waits" while something does."""

from datetime import date

import time_machine

from tests.conftest import plan_of
from tests.reminders.conftest import at
from tracker.extensions import db
from tracker.tasks import operations

NOTHING = "Nothing waits for you."


def section(html, element_id):
    start = html.index(f'id="{element_id}"')
    return html[start : html.index("</ul>", start)]


def test_something_waits_for_each_role_and_the_page_says_so(app, world, client, auth):
    w = world
    with time_machine.travel(at(2025, 6, 1), tick=False):
        new = operations.create_task(
            w["leader"],
            title="Brand new",
            lead_department_id=w["lead"].id,
            assignee_id=w["staff"].id,
            due_on=date(2025, 7, 1),
        )
        returned = operations.create_task(
            w["leader"], title="Sent back", lead_department_id=w["lead"].id, assignee_id=w["staff"].id
        )
        operations.transition_task(w["staff"], returned, "start")
        operations.transition_task(w["staff"], returned, "submit")
        operations.transition_task(w["leader"], returned, "return", comment="Missing the budget table")
        submitted = operations.create_task(
            w["leader"], title="Done, please check", lead_department_id=w["lead"].id, assignee_id=w["other_staff"].id
        )
        operations.transition_task(w["other_staff"], submitted, "start")
        operations.transition_task(w["other_staff"], submitted, "submit")
        extended = operations.create_task(
            w["leader"],
            title="Needs time",
            lead_department_id=w["lead"].id,
            assignee_id=w["other_staff"].id,
            due_on=date(2025, 6, 20),
        )
        operations.request_extension(w["other_staff"], extended, due_on=date(2025, 8, 1), reason="Floods")
        operations.create_task(w["leader"], title="Nobody yet", lead_department_id=w["lead"].id)
        db.session.commit()

        auth.login(w["leader"])
        page = client.get("/").get_data(as_text=True)
        assert NOTHING not in page
        assert "Needs time" in section(page, "waiting-extensions") and "Floods" in page
        assert "Done, please check" in page  # the approval queue

        auth.logout()
        auth.login(w["staff"])
        page = client.get("/").get_data(as_text=True)
        assert NOTHING not in page
        assert "Missing the budget table" in section(page, "waiting-returned")
        assert "Brand new" in section(page, "waiting-new")
        assert new.title not in section(page, "waiting-returned")
        assert "Nobody yet" not in page

        auth.logout()
        auth.login(w["head"])
        page = client.get("/").get_data(as_text=True)
        assert NOTHING not in page
        assert "Nobody yet" in section(page, "waiting-new")


def test_a_leader_with_only_work_to_approve_is_not_told_nothing_waits(app, world, client, auth):
    w = world
    task = operations.create_task(
        w["leader"], title="Approve me", lead_department_id=w["lead"].id, assignee_id=w["staff"].id
    )
    operations.transition_task(w["staff"], task, "start")
    operations.transition_task(w["staff"], task, "submit")
    db.session.commit()
    auth.login(w["leader"])
    page = client.get("/").get_data(as_text=True)
    assert "Approve me" in page and NOTHING not in page
    operations.transition_task(w["leader"], task, "approve")
    db.session.commit()
    assert NOTHING in client.get("/").get_data(as_text=True)


def test_a_head_sees_extensions_of_what_the_department_issued(app, make, world, client, auth):
    w = world
    with time_machine.travel(at(2025, 6, 1), tick=False):
        task = operations.create_task(
            w["office_head"],
            title="Office asks",
            lead_department_id=w["lead"].id,
            due_on=date(2025, 6, 20),
        )
        operations.request_extension(w["staff"], task, due_on=date(2025, 7, 20), reason="Late supplies")
        db.session.commit()
        auth.login(w["office_head"])
        page = client.get("/").get_data(as_text=True)
        assert "Office asks" in section(page, "waiting-extensions") and NOTHING not in page


def test_new_assignments_are_the_newest_ten_of_ones_own_and_for_a_head_the_unassigned(app, world, make):
    from datetime import UTC, datetime

    from tracker.notifications.queries import new_assignments
    from tracker.tasks.models import TaskStatus

    w = world
    made = {}
    for n in range(20):
        assignee = (w["staff"], w["head"], None)[n % 3]
        task = make.task(lead=w["lead"], issuer=w["leader"], title=f"New {n}", assignee=assignee)
        task.created_at = datetime(2025, 1, 1 + (n * 7) % 28, tzinfo=UTC)
        made[task.id] = (task.created_at, assignee)
    started = make.task(lead=w["lead"], issuer=w["leader"], title="Started", assignee=w["staff"])
    started.status = TaskStatus.IN_PROGRESS
    elsewhere = make.task(lead=w["finance"], issuer=w["leader"], title="Elsewhere", assignee=w["staff"])
    db.session.commit()

    def expected(who):
        ids = [i for i, (_, assignee) in made.items() if assignee is who or (who is w["head"] and assignee is None)]
        return sorted(ids, key=lambda i: (made[i][0], i), reverse=True)[:10]

    for user in (w["staff"], w["head"]):
        got = [task.id for task in new_assignments(user)]
        assert got == expected(user), user.role
        assert started.id not in got and elsewhere.id not in got
    assert len(new_assignments(w["head"])) == 10


def test_returned_work_names_the_returns_index_predicate_in_its_statement(app, world):
    """The returns are read through ``ix_task_updates_returns``, a partial index: the database uses it
    only when the statement itself says what the index holds, so the values are written into it
    rather than bound (a prepared statement's plan does not know its parameters' values)."""
    import sqlalchemy as sa

    from tracker.notifications.queries import returned_to

    statements = []

    def record(conn, cursor, statement, *args):
        statements.append(statement)

    sa.event.listen(db.engine, "before_cursor_execute", record)
    try:
        returned_to(world["staff"])
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", record)
    assert statements
    for predicate in ("kind = 'transition'", "status_from = 'submitted'", "status_to = 'in_progress'"):
        assert predicate in statements[0], statements[0]


def test_a_heads_extensions_are_read_from_their_departments_index(app, world):
    """A head's extension requests are those addressed to the department that issued their tasks,
    read from ``ix_extension_requests_issuing_waiting`` with no task looked up: walking every pending
    request for its task read 2,000 requests to find a department's ten at a million tasks (24 ms)."""
    import sqlalchemy as sa

    from tracker.notifications.queries import waiting_for

    w = world
    with time_machine.travel(at(2025, 6, 1), tick=False):
        ours = operations.create_task(
            w["office_head"], title="Ours", lead_department_id=w["lead"].id, due_on=date(2025, 6, 20)
        )
        theirs = operations.create_task(
            w["finance_head"], title="Theirs", lead_department_id=w["lead"].id, due_on=date(2025, 6, 20)
        )
        for task in (ours, theirs):
            operations.request_extension(w["staff"], task, due_on=date(2025, 7, 20), reason="Late supplies")
        db.session.commit()
    statements = []

    def record(conn, cursor, statement, parameters, *args):
        if "FROM extension_requests" in statement:
            statements.append((statement, parameters))

    sa.event.listen(db.engine, "before_cursor_execute", record)
    try:
        waiting = waiting_for(w["office_head"])
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", record)
    assert [extension.task.title for extension in waiting.extensions] == ["Ours"]
    (statement, parameters), *_ = statements
    plan = plan_of(statement, parameters)
    assert "ix_extension_requests_issuing_waiting" in plan, plan
