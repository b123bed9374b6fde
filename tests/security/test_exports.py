"""Exports: no cell a spreadsheet would run as a formula, and only the tasks the user may see."""

import csv
import io

import openpyxl
import pytest

from tests.test_feeds import new_calendar_token
from tracker.extensions import db
from tracker.users.models import Role

PAYLOADS = ["=1+1", "+1+1", "-1+1", "@SUM(1)", "\t=1+1", "\r=1+1", "\n=1+1"]


def _dangerous(cell):
    return isinstance(cell, str) and cell[:1] in ("=", "+", "-", "@", "\t", "\r", "\n")


@pytest.fixture
def scene(make):
    own = make.department(name='=HYPERLINK("http://evil.example")', code="EVIL")
    coordinating = make.department(name="@SUM(A1)")
    staff = make.user(department=own, role=Role.STAFF, name="-2+3")
    tasks = [
        make.task(
            lead=own,
            coordinating=[coordinating],
            assignee=staff,
            title=payload,
            deadline_text=payload,
            target_unit=payload,
        )
        for payload in PAYLOADS
    ]
    hidden = make.task(title="Hidden work of another department")
    db.session.commit()
    return staff, tasks, hidden


def test_csv_export_has_no_formula_cells(client, auth, scene):
    staff, _tasks, hidden = scene
    auth.login(staff)
    response = client.get("/exports/tasks.csv?status=")
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert len(rows) == 1 + len(PAYLOADS)
    assert not [cell for row in rows[1:] for cell in row if _dangerous(cell)]
    assert hidden.title not in response.get_data(as_text=True)


def test_xlsx_export_has_no_formula_cells(client, auth, scene):
    staff, _tasks, _hidden = scene
    auth.login(staff)
    response = client.get("/exports/tasks.xlsx?status=")
    sheet = openpyxl.load_workbook(io.BytesIO(response.data)).active
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row]
    assert len(cells) > len(PAYLOADS)
    assert not [cell.value for cell in cells if cell.data_type == "f" or _dangerous(cell.value)]


def test_report_export_has_no_formula_cells(client, auth, scene):
    staff, _tasks, _hidden = scene
    auth.login(staff)
    for file_format in ("csv", "xlsx"):
        response = client.get(f"/exports/report.{file_format}")
        if file_format == "csv":
            rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
            cells = [cell for row in rows[1:] for cell in row]
        else:
            sheet = openpyxl.load_workbook(io.BytesIO(response.data)).active
            cells = [cell.value for row in sheet.iter_rows(min_row=2) for cell in row]
        assert cells
        assert not [cell for cell in cells if _dangerous(cell)]


def test_calendar_feed_refuses_unknown_and_oversized_tokens(client, make):
    assert client.get("/calendar/nope/mine.ics").status_code == 404
    assert client.get(f"/calendar/{'a' * 500}/mine.ics").status_code == 404


def test_department_calendar_feed_keeps_to_the_users_department(app, client, auth, scene):
    staff, tasks, hidden = scene
    from datetime import date

    hidden.due_on = date(2099, 1, 1)
    for task in tasks:
        task.due_on = date(2099, 1, 1)
    db.session.commit()
    auth.login(staff)
    body = client.get(f"/calendar/{new_calendar_token(client)}/department.ics").get_data(as_text=True)
    assert f"task-{tasks[0].id}@" in body
    assert f"task-{hidden.id}@" not in body
