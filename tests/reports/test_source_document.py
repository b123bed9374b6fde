"""The periodic report for one source document, and its lists a page at a time."""

import re
from datetime import date

import pytest

from tracker.extensions import db
from tracker.reports.queries import document_key, periodic_report
from tracker.tasks.models import TaskStatus

from .conftest import numbers

Q2 = (date(2025, 4, 1), date(2025, 6, 30))
PERIOD = "from=2025-04-01&to=2025-06-30"


def test_a_document_is_named_by_its_symbol_as_the_extractor_reads_references():
    plan = document_key("28/KH-UBND")
    assert plan == "28/kh-ubnd"
    assert document_key("Kế hoạch số 28/KH-UBND ngày 24/01/2025") == plan
    assert document_key("plan nr 28/kh-ubnd daterad 24 januari 2025") == plan
    assert document_key("  28/kh-UBND ") == plan
    assert document_key("128/KH-UBND") != plan
    assert document_key("57-NQ/TW") == document_key("Resolution No. 57/NQ/TW dated 22 December 2024")
    assert document_key("Quyết định số 12/2024/QĐ-UBND") == document_key("12/2024/QD-UBND")
    for nothing in ("", "   ", "28", "forests", "KH-UBND"):
        assert document_key(nothing) is None, nothing


def test_one_source_document_counts_the_tasks_of_the_directives_citing_it(province, frozen):
    leader = province["leader"]
    report = periodic_report(leader, *Q2, document="28/KH-UBND")
    # The forests meeting's directive (in English) and the roads meeting's (in Vietnamese) cite it.
    assert report.document == "28/KH-UBND" and report.document_directives == 2
    assert numbers(report) == [("NN", 2, 0, 0, 1, 1, 0.0), ("GT", 1, 0, 0, 0, 1, 0.0)]
    assert [item.task.title for item in report.overdue] == ["Extended too late", "Due yesterday"]
    # "Done two days late" comes from a directive citing 128/KH-UBND: not this document.
    assert report.late == [] and report.late_total == 0

    other = periodic_report(leader, *Q2, document="Plan No. 128/KH-UBND")
    assert other.document_directives == 1
    assert numbers(other) == [("NN", 1, 0, 1, 0, 0, 0.0)]
    assert [item.task.title for item in other.late] == ["Done two days late"]

    nobody = periodic_report(leader, *Q2, document="99/QĐ-UBND")
    assert nobody.document_directives == 0 and nobody.lines == [] and nobody.overdue == []

    both = periodic_report(leader, *Q2, document="28/KH-UBND", department_id=province["beta"].id)
    assert numbers(both) == [("GT", 1, 0, 0, 0, 1, 0.0)]


def test_the_lists_are_read_in_order_a_page_at_a_time(province, frozen):
    leader = province["leader"]
    report = periodic_report(leader, *Q2)
    # The longest overdue first, by the deadline a task is judged against: "Extended too late"
    # missed 10 May (its deadline is now 31 July).
    assert [item.task.title for item in report.overdue] == [
        "Carried over from March",
        "Extended too late",
        "Due yesterday",
    ]
    # The latest completed first.
    assert [item.task.title for item in report.late] == ["Done two days late", "Done in April"]

    second = periodic_report(leader, *Q2, limit=1, overdue_offset=1, late_offset=1)
    assert [item.task.title for item in second.overdue] == ["Extended too late"]
    assert [item.task.title for item in second.late] == ["Done in April"]
    assert (second.overdue_total, second.late_total) == (3, 2)
    past = periodic_report(leader, *Q2, limit=2, overdue_offset=4)
    assert past.overdue == [] and past.overdue_total == 3


def test_the_page_filters_by_source_document_and_keeps_a_bad_one(province, client, auth, frozen):
    auth.login(province["beta_staff"])
    html = client.get(f"/reports/periodic?{PERIOD}&document=K%E1%BA%BF+ho%E1%BA%A1ch+s%E1%BB%91+28/KH-UBND").get_data(
        as_text=True
    )
    text = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    assert "Source document: Kế hoạch số 28/KH-UBND" in text and "2 directives refer to it." in text
    assert 'value="Kế hoạch số 28/KH-UBND"' in html
    assert re.findall(r'<tr data-department-id="(\d+)">', html) == [
        str(province["alpha"].id),
        str(province["beta"].id),
    ]
    link = re.search(r'href="(/reports/periodic\.docx\?[^"]+)"', html).group(1)
    assert "document=K%E1%BA%BF+ho%E1%BA%A1ch+s%E1%BB%91+28/KH-UBND" in link

    response = client.get(f"/reports/periodic?{PERIOD}&document=forests%3Cb%3E")
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert 'data-error-for="document"' in html and "such as 28/KH-UBND" in html
    assert 'value="forests&lt;b&gt;"' in html and "forests<b>" not in html
    assert client.get(f"/reports/periodic.pdf?{PERIOD}&document=28").status_code == 400
    assert client.get(f"/reports/periodic?{PERIOD}&document={'1/A-B' * 50}").status_code == 400


def test_the_api_filters_by_source_document(province, api, frozen):
    caller = api.as_user(province["leader"])
    body = api.check(caller.get(f"/reports/periodic?{PERIOD}&document=28/KH-UBND").get_json(), "PeriodicReport")
    assert body["document"] == {"name": "28/KH-UBND", "directives": 2}
    assert body["totals"]["total"] == 3 and body["totals"]["open_overdue"] == 2
    assert [task["title"] for task in body["overdue"]] == ["Extended too late", "Due yesterday"]
    assert api.check(caller.get(f"/reports/periodic?{PERIOD}").get_json(), "PeriodicReport")["document"] is None

    # The overdue list a page at a time, the longest overdue first.
    body = api.check(caller.get(f"/reports/periodic?{PERIOD}&page=2&per_page=1").get_json(), "PeriodicReport")
    assert [task["title"] for task in body["overdue"]] == ["Extended too late"]
    assert (body["overdue_total"], body["page"], body["per_page"]) == (3, 2, 1)
    assert body["totals"]["open_overdue"] == 3

    response = caller.get(f"/reports/periodic?{PERIOD}&document=forests")
    assert response.status_code in (400, 422)
    assert "document" in response.get_json()["fields"]
    parameters = api.document["paths"]["/reports/periodic"]["get"]["parameters"]
    assert any(parameter["name"] == "document" for parameter in parameters)


@pytest.fixture
def many_overdue(province, make):
    for number in range(55):
        make.task(
            lead=province["gamma"],
            issuer=province["leader"],
            title=f"Road repair {number:02d}",
            status=TaskStatus.IN_PROGRESS,
            due_on=date(2025, 5, 1),
        )
    db.session.commit()


def test_the_page_shows_fifty_of_a_list_and_links_the_rest(province, many_overdue, client, auth, frozen):
    auth.login(province["leader"])
    html = client.get(f"/reports/periodic?{PERIOD}").get_data(as_text=True)
    section = html[html.index('id="overdue-tasks"') : html.index('id="late-tasks"')]
    assert len(re.findall(r"<tr data-task-id=", section)) == 50
    assert "1–50 of 58" in section and "Page 1 of 2" in section
    assert "The documents (DOCX, PDF, XLSX) list the first 300." in section
    following = re.search(r'href="([^"]+)" rel="next"', section).group(1).replace("&amp;", "&")
    assert "overdue_page=2" in following and "from=2025-04-01" in following

    html = client.get(following).get_data(as_text=True)
    section = html[html.index('id="overdue-tasks"') : html.index('id="late-tasks"')]
    rows = re.findall(r'<td class="num">(\d+)</td>\s*<td>[^<]*</td>\s*<td><a href="/tasks/\d+">([^<]+)</a>', section)
    assert [int(number) for number, _title in rows] == list(range(51, 59))
    assert rows[-1][1] == "Due yesterday"  # the shortest overdue last
    assert "51–58 of 58" in section and 'rel="prev"' in section and 'rel="next"' not in section
    # The late list stays on its first page.
    assert "late_page=1" in following or "late_page" not in following

    html = client.get(f"/reports/periodic?{PERIOD}&overdue_page=9").get_data(as_text=True)
    assert "This page is past the end of the list." in html


def test_a_documents_count_may_split_its_citing_directives_among_workers(app, province, frozen, monkeypatch):
    """On PostgreSQL a source document's grouped count reads its citing directives (a small table)
    and their tasks: it is planned with that small table splittable among the report's parallel
    workers, the year's count and every list with the session's own settings, restored after."""
    import sqlalchemy as sa

    if db.engine.dialect.name != "postgresql":
        pytest.skip("a PostgreSQL setting: SQLite plans no parallel reads")
    monkeypatch.setitem(app.config, "TRACKER_PG_REPORT_PARALLEL_WORKERS", "2")
    seen = []

    def setting_when_run(connection, cursor, statement, *args):
        if statement.startswith("SELECT"):
            size = cursor.connection.execute("SHOW min_parallel_table_scan_size").fetchone()[0]
            cost = cursor.connection.execute("SHOW parallel_setup_cost").fetchone()[0]
            seen.append(("GROUP BY" in statement and "sum(" in statement, size, cost))

    own = (
        db.session.scalar(sa.text("SHOW min_parallel_table_scan_size")),
        db.session.scalar(sa.text("SHOW parallel_setup_cost")),
    )
    sa.event.listen(db.engine, "before_cursor_execute", setting_when_run)
    try:
        report = periodic_report(province["leader"], *Q2, document="28/KH-UBND")
        year = periodic_report(province["leader"], *Q2)
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", setting_when_run)
    assert report.document_directives == 2 and year.totals.total > report.totals.total
    counts = [(size, cost) for grouped, size, cost in seen if grouped]
    lists = {(size, cost) for grouped, size, cost in seen if not grouped}
    # The document's count, then the year's (read from the kept counts, no small outer table).
    assert counts == [("0", "10"), own] and own != ("0", "10")
    assert lists == {own}
    after = (
        db.session.scalar(sa.text("SHOW min_parallel_table_scan_size")),
        db.session.scalar(sa.text("SHOW parallel_setup_cost")),
    )
    assert after == own
