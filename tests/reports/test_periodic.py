"""The periodic report: which tasks a period counts, their four classes, the lists, and the filters."""

from datetime import date

import pytest
import sqlalchemy as sa

from tests.conftest import plan_of
from tracker.extensions import db
from tracker.reports.queries import periodic_report
from tracker.tasks.models import Task, TaskStatus

from .conftest import numbers

Q2 = (date(2025, 4, 1), date(2025, 6, 30))
Q1 = (date(2025, 1, 1), date(2025, 3, 31))


def test_a_quarter_counts_deadlines_completions_and_carried_over_tasks(province, frozen):
    report = periodic_report(province["leader"], *Q2)
    assert report.as_of == date(2025, 6, 10)  # the period has not ended: as of today
    assert numbers(report) == [
        ("NN", 6, 1, 2, 1, 2, 0.2),
        ("GT", 2, 1, 0, 0, 1, 0.5),
    ]
    assert report.totals.as_dict() == {
        "total": 8,
        "done_on_time": 2,
        "done_late": 2,
        "open_within_deadline": 1,
        "open_overdue": 3,
        "on_time_rate": 0.2857,
    }
    overdue = {item.task.title: item.days for item in report.overdue}
    assert overdue == {"Due yesterday": 1, "Carried over from March": 87, "Extended too late": 31}
    assert {item.task.title: item.days for item in report.late} == {"Done two days late": 2, "Done in April": 16}


def test_a_past_period_is_judged_at_its_end(province, frozen):
    report = periodic_report(province["leader"], *Q1)
    assert report.as_of == date(2025, 3, 31)
    # Done in April is open and overdue at the end of March; done in March on time.
    assert numbers(report) == [("NN", 3, 1, 0, 0, 2, 0.3333)]
    assert {item.task.title: item.days for item in report.overdue} == {
        "Carried over from March": 16,
        "Done in April": 11,
    }


def test_filters_by_lead_department_and_meeting(province, frozen):
    report = periodic_report(province["leader"], *Q2, department_id=province["beta"].id)
    assert numbers(report) == [("GT", 2, 1, 0, 0, 1, 0.5)]
    report = periodic_report(province["leader"], *Q2, meeting_id=province["meeting"].id)
    assert numbers(report) == [("NN", 2, 0, 0, 1, 1, 0.0)]


def test_overdue_list_brings_last_progress_report_and_extensions(province, frozen):
    report = periodic_report(province["leader"], *Q2)
    item = next(item for item in report.overdue if item.task.title == "Extended too late")
    assert [extension.requested_due_on for extension in item.extensions] == [date(2025, 7, 31)]
    assert item.deadline == date(2025, 5, 10) and item.task.due_on == date(2025, 7, 31)
    assert item.last_progress is not None and item.last_progress.comment == "Half the seedlings are planted."


def test_lists_keep_to_what_the_reader_may_see(province, make, frozen):
    staff = make.user(role="staff", department=province["beta"])
    db.session.commit()
    report = periodic_report(staff, *Q2)
    # The counts are every department's (as on the department report); the lists only their own.
    assert report.totals.open_overdue == 3
    assert [item.task.title for item in report.overdue] == ["Extended too late"]
    assert report.overdue_total == 1
    # Their own department alone: they see every task it leads, and the lists count all of them.
    own = periodic_report(staff, *Q2, department_id=province["beta"].id)
    assert (own.overdue_total, own.totals.open_overdue) == (1, 1)
    assert [item.task.title for item in own.overdue] == ["Extended too late"]
    other = periodic_report(staff, *Q2, department_id=province["alpha"].id)
    assert other.totals.open_overdue == 2 and other.overdue_total == 0 and other.overdue == []


@pytest.mark.parametrize("kept", [True, False], ids=["kept monthly counts", "tasks"])
def test_counts_are_one_grouped_statement(province, frozen, kept):
    from tracker.reports.queries import class_sums, count_lines, counted, kept_sums

    statements = []

    def count(*args):
        if not args[2].startswith(("SET LOCAL", "RESET")):  # PostgreSQL's parallel workers for it
            statements.append(args[2])

    as_of = date(2025, 6, 10)
    sums = kept_sums(*Q2, as_of) if kept else class_sums(counted(*Q2), as_of, Task.lead_department_id)
    sa.event.listen(db.engine, "before_cursor_execute", count)
    try:
        count_lines(sums)
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", count)
    assert len(statements) == 1 and "GROUP BY" in statements[0]
    assert ("task_period_counts" in statements[0]) is kept


def test_a_list_stops_at_its_limit_and_counts_the_rest(province, frozen):
    report = periodic_report(province["leader"], *Q2, limit=2)
    assert len(report.overdue) == 2 and report.overdue_total == 3


def test_no_task_no_line(app, make):
    leader = make.user(role="leader")
    make.task(issuer=leader, due_on=date(2030, 1, 1), status=TaskStatus.ASSIGNED)
    db.session.commit()
    report = periodic_report(leader, date(2020, 1, 1), date(2020, 12, 31), today=date(2025, 6, 10))
    assert report.lines == [] and report.totals.total == 0 and report.totals.on_time_rate is None


def test_one_copy_of_the_report_arithmetic():
    from tracker.reports.arithmetic import OnTimeRate, on_time_rate
    from tracker.reports.queries import ReportLine
    from tracker.tasks.queries import ReportRow

    assert ReportLine.on_time_rate is OnTimeRate.on_time_rate is ReportRow.on_time_rate
    assert ReportLine.judged is ReportRow.judged
    assert on_time_rate(1, 1, 1) == 0.3333 and on_time_rate(0, 0, 0) is None


BAD_PERIODS = [
    ("from=2025-13-01", "from", "Not a date in the calendar."),
    ("to=junk", "to", "Expected a date as YYYY-MM-DD."),
    ("from=2025-07-01&to=2025-06-01", "to", "The end of the period must not be before its start."),
    ("from=2010-01-01&to=2025-06-01", "to", "A period can be ten years at most."),
    ("department_id=999999", "department_id", "Unknown department."),
    ("department_id=abc", "department_id", "Expected an integer."),
    ("document=forests", "document", "Not a document's number and code, such as 28/KH-UBND."),
    ("document=" + "1/A-B" * 50, "document", "At most 200 characters."),
]


def test_the_page_and_the_api_refuse_a_bad_period_alike(province, client, auth, api, frozen):
    """One reading and one check of the periodic report's query: the page shows beside the field the
    reason the API answers, and a meeting the reader may not see is unknown through both doors."""
    import html
    import re

    staff = province["beta_staff"]
    caller = api.as_user(staff)
    cases = [*BAD_PERIODS, (f"meeting_id={province['meeting'].id}", "meeting_id", "Unknown meeting.")]
    auth.login(staff)
    for query, field, reason in cases:
        answer = caller.get(f"/reports/periodic?{query}")
        assert answer.status_code == 422, query
        assert answer.get_json()["fields"] == {field: reason}, query
        page = client.get(f"/reports/periodic?{query}")
        assert page.status_code == 400, query
        shown = re.findall(r'data-error-for="([^"]+)">([^<]*)<', page.get_data(as_text=True))
        assert [(name, html.unescape(text)) for name, text in shown] == [(field, reason)], query


def test_the_page_reads_its_lists_and_choices_as_rows(province, client, auth, frozen):
    """The page builds no task and no meeting object: it shows a few hundred meetings to choose from
    and a hundred listed tasks, and objects for each cost more than the rest of the page."""
    from tracker.meetings.models import Meeting
    from tracker.tasks.models import Task

    auth.login(province["leader"])
    loaded = []

    def count(target, context):
        loaded.append(type(target).__name__)

    for model in (Task, Meeting):
        sa.event.listen(model, "load", count)
    try:
        page = client.get("/reports/periodic?from=2025-04-01&to=2025-06-30").get_data(as_text=True)
    finally:
        for model in (Task, Meeting):
            sa.event.remove(model, "load", count)
    assert 'id="overdue-list"' in page and 'id="late-list"' in page and 'id="periodic-meeting"' in page
    assert loaded == []


def test_sqlite_reads_the_late_list_in_completion_order(province, app, frozen):
    """SQLite walked every done task by (status, deadline) and sorted them to list fifty: with a
    source document cited by 15,000 tasks, 80 ms. The status is written so that no index serves it,
    and the completion index, read in the list's order, stops after the page."""
    import pytest

    from tracker.reports.queries import late_page

    if db.engine.dialect.name != "sqlite":
        pytest.skip("a rewriting for SQLite's planner; PostgreSQL reads ix_tasks_completed by itself")
    statements = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        if "ORDER BY tasks.completed_on DESC" in statement:
            statements.append((statement, parameters))

    filters = {"date_from": Q2[0], "date_to": Q2[1], "department_id": None, "meeting_id": None, "directive_ids": None}
    sa.event.listen(db.engine, "before_cursor_execute", seen)
    try:
        tasks, _total = late_page(province["leader"], filters, date(2025, 6, 10), limit=50)
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", seen)
    assert tasks, "the quarter has tasks completed late"
    (statement, parameters), *_ = statements
    with db.engine.connect() as connection:
        plan = " ".join(row[-1] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters))
    assert "ix_tasks_completed" in plan and "ix_tasks_status_walk" not in plan, plan


def test_a_members_own_department_lists_read_no_visibility_rule(province, make, frozen):
    """They see every task their department leads: the lists are read without the rule's union of
    the ways a department takes part, which at a million tasks made PostgreSQL read the department's
    every task due before the as-of day to keep the first 50 overdue ones."""
    staff = make.user(role="staff", department=province["beta"])
    db.session.commit()
    statements = []

    def record(conn, cursor, statement, *args):
        statements.append(statement)

    sa.event.listen(db.engine, "before_cursor_execute", record)
    try:
        own = periodic_report(staff, *Q2, department_id=province["beta"].id)
        reads_own = [s for s in statements if "ORDER BY" in s and "tasks.id" in s]
        statements.clear()
        periodic_report(staff, *Q2, department_id=province["alpha"].id)
        reads_other = [s for s in statements if "ORDER BY" in s and "tasks.id" in s]
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", record)
    assert [item.task.title for item in own.overdue] == ["Extended too late"]
    assert reads_own and not any("task_coordinators" in s for s in reads_own)
    assert any("task_coordinators" in s for s in reads_other)


def test_the_grouped_counts_may_use_parallel_workers_and_the_lists_do_not(app, province, frozen, monkeypatch):
    """On PostgreSQL the report's grouped count is planned with TRACKER_PG_REPORT_PARALLEL_WORKERS
    workers (a year of counts read by two cores), the lists after it with the session's setting."""
    from tracker.tasks.queries import department_report

    if db.engine.dialect.name != "postgresql":
        pytest.skip("a PostgreSQL setting: SQLite plans no parallel reads")
    monkeypatch.setitem(app.config, "TRACKER_PG_REPORT_PARALLEL_WORKERS", "3")
    settings = []

    def setting_when_run(connection, cursor, statement, *args):
        if statement.startswith("SELECT"):
            workers = cursor.connection.execute("SHOW max_parallel_workers_per_gather").fetchone()[0]
            settings.append((("GROUP BY" in statement and "sum(" in statement), workers))

    sa.event.listen(db.engine, "before_cursor_execute", setting_when_run)
    try:
        report = periodic_report(province["leader"], *Q2)
        department_report(province["leader"])
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", setting_when_run)
    session_own = db.session.scalar(sa.text("SHOW max_parallel_workers_per_gather"))
    assert report.totals.total > 0
    counts = [workers for grouped, workers in settings if grouped]
    others = {workers for grouped, workers in settings if not grouped}
    assert len(counts) == 2 and set(counts) == {"3"}
    assert others == {session_own} and session_own != "3"

    # Empty: the session's setting, and no statement sent for it.
    monkeypatch.setitem(app.config, "TRACKER_PG_REPORT_PARALLEL_WORKERS", "")
    sent = []

    def send(connection, cursor, statement, *args):
        sent.append(statement)

    sa.event.listen(db.engine, "before_cursor_execute", send)
    try:
        periodic_report(province["leader"], *Q2)
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", send)
    assert sent and not any(statement.startswith(("SET", "RESET")) for statement in sent)


def test_a_departments_late_list_walks_its_own_completions(province, app, frozen):
    """One department's tasks completed late are read from (lead department, completion) in the list's
    order: through every department's completions the busiest department's list at a million tasks
    set aside 17,300 other tasks to keep 50."""
    from tracker.reports.queries import late_page

    statements = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        if "ORDER BY tasks.completed_on DESC" in statement:
            statements.append((statement, parameters))

    department = province["alpha"].id
    filters = {"date_from": Q2[0], "date_to": Q2[1], "department_id": department, "meeting_id": None}
    sa.event.listen(db.engine, "before_cursor_execute", seen)
    try:
        tasks, _total = late_page(province["leader"], {**filters, "directive_ids": None}, date(2025, 6, 10), limit=50)
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", seen)
    assert tasks and {task.lead_department.id for task in tasks} == {department}
    (statement, parameters), *_ = statements
    plan = plan_of(statement, parameters)
    assert "ix_tasks_lead_completed" in plan, plan
