"""The department report: known numbers on a small data set, the deadline range, worst first, one query.

On 10 June 2025 (the ``frozen`` day of this folder's conftest); its own departments and tasks
(``departments``), not the periodic report's province.
"""

from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa

from tracker.extensions import db
from tracker.tasks.models import TaskStatus
from tracker.tasks.queries import department_report


@pytest.fixture
def departments(make):
    alpha = make.department(name="Agriculture", code="NN")
    beta = make.department(name="Transport", code="GT")
    gamma = make.department(name="Finance", code="TC")
    idle = make.department(name="Archives", code="LT")
    leader = make.user(role="leader", department=idle)

    def done(lead, due, completed):
        return make.task(
            lead=lead,
            issuer=leader,
            status=TaskStatus.DONE,
            due_on=due,
            completed_on=completed,
            completed_at=datetime.combine(completed, datetime.min.time(), tzinfo=UTC),
        )

    def open_(lead, due, status=TaskStatus.IN_PROGRESS):
        return make.task(lead=lead, issuer=leader, status=status, due_on=due)

    done(alpha, date(2025, 6, 5), date(2025, 6, 5))  # on time (the same day)
    done(alpha, date(2025, 3, 31), date(2025, 3, 1))  # on time
    done(alpha, date(2025, 6, 1), date(2025, 6, 3))  # late
    open_(alpha, date(2025, 6, 20))  # on track
    open_(alpha, date(2025, 6, 10), TaskStatus.SUBMITTED)  # due today: still on track
    open_(alpha, None, TaskStatus.ASSIGNED)  # no deadline: open, not overdue
    open_(alpha, date(2025, 6, 9))  # overdue since yesterday
    open_(alpha, date(2025, 5, 1), TaskStatus.CANCELLED)  # left out
    done(beta, date(2025, 6, 30), date(2025, 6, 2))  # on time
    open_(beta, date(2025, 6, 2))  # overdue
    open_(beta, date(2025, 4, 2), TaskStatus.SUBMITTED)  # overdue, although submitted
    open_(gamma, date(2025, 12, 31))  # on track
    db.session.commit()
    return {"alpha": alpha, "beta": beta, "gamma": gamma, "leader": leader, "idle": idle}


def numbers(rows):
    return [
        (
            row.department.code,
            row.total,
            row.done_on_time,
            row.done_late,
            row.open_on_track,
            row.open_overdue,
            row.on_time_rate,
        )
        for row in rows
    ]


def test_report_numbers_worst_first(departments, frozen):
    rows = department_report(departments["leader"])
    assert numbers(rows) == [
        ("GT", 3, 1, 0, 0, 2, 0.3333),
        ("NN", 7, 2, 1, 3, 1, 0.5),
        ("TC", 1, 0, 0, 1, 0, None),
    ]
    for row in rows:
        assert row.total == row.done_on_time + row.done_late + row.open_on_track + row.open_overdue
    assert rows[0].as_dict()["department"] == {"id": departments["beta"].id, "name": "Transport"}


def test_report_by_deadline_range(departments, frozen):
    rows = department_report(departments["leader"], date(2025, 6, 1), date(2025, 6, 30))
    assert numbers(rows) == [
        ("NN", 5, 1, 1, 2, 1, 0.3333),
        ("GT", 2, 1, 0, 0, 1, 0.5),
    ]


def test_report_is_one_query(departments, frozen):
    statements = []

    def count(*args):
        if not args[2].startswith(("SET LOCAL", "RESET")):  # PostgreSQL's parallel workers for it
            statements.append(args[2])

    sa.event.listen(db.engine, "before_cursor_execute", count)
    try:
        department_report(departments["leader"])
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", count)
    assert len(statements) == 1 and "GROUP BY" in statements[0]


def test_report_page_for_everyone_signed_in(departments, make, client, auth, frozen):
    assert client.get("/reports/").status_code == 302
    staff = make.user(role="staff", department=departments["gamma"])
    db.session.commit()
    auth.login(staff)
    page = client.get("/reports/").get_data(as_text=True)
    assert page.index("Transport") < page.index("Agriculture") < page.index("Finance")
    assert '<td class="num" data-col="on_time_rate">33%</td>' in page
    assert '<td class="num" data-col="on_time_rate">50%</td>' in page
    page = client.get("/reports/?from=2025-06-01&to=2025-06-30").get_data(as_text=True)
    assert "Finance" not in page
    page = client.get("/reports/?from=junk").get_data(as_text=True)
    assert "Some filters were not understood and were ignored: from=junk" in page and "Finance" in page
