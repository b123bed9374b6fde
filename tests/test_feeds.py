"""CSV and XLSX exports, and the iCalendar feeds of deadlines."""

import csv
import io
import re
from datetime import timedelta

import openpyxl
from icalendar import Calendar

from tracker.extensions import db
from tracker.tasks.models import TaskStatus
from tracker.tasks.timing import today_local
from tracker.users.models import Role


def read_csv(response):
    text = response.get_data(as_text=True)
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def scene(make):
    own = make.department(code="SNNMT", name="Sở Nông nghiệp và Môi trường")
    other = make.department(code="SCT")
    staff = make.user(department=own, role=Role.STAFF)
    today = today_local()
    tasks = {
        "mine": make.task(
            lead=own, assignee=staff, title="Hoàn thành 04 vùng nông nghiệp", due_on=today + timedelta(5)
        ),
        "formula": make.task(lead=own, title='=HYPERLINK("http://evil")', due_on=today - timedelta(2)),
        "done": make.task(lead=own, assignee=staff, title="Done already", status=TaskStatus.DONE, due_on=today),
        "other": make.task(lead=other, title="Another department's task", due_on=today + timedelta(1)),
    }
    db.session.commit()
    return staff, tasks


def test_task_export_needs_sign_in(client):
    assert client.get("/exports/tasks.csv").status_code == 302


def test_csv_export_has_only_visible_tasks_and_is_safe_for_spreadsheets(client, auth, make):
    staff, tasks = scene(make)
    auth.login(staff)
    response = client.get("/exports/tasks.csv")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith('attachment; filename="tasks-')
    rows = read_csv(response)
    assert rows[0][:3] == ["ID", "Title", "Status"]
    titles = {row[1] for row in rows[1:]}
    assert "Hoàn thành 04 vùng nông nghiệp" in titles
    assert "Another department's task" not in titles
    assert '\'=HYPERLINK("http://evil")' in titles
    by_id = {int(row[0]): row for row in rows[1:]}
    assert by_id[tasks["formula"].id][3] == "Overdue"  # in the reader's language
    assert by_id[tasks["mine"].id][18].endswith(f"/tasks/{tasks['mine'].id}")


def test_export_follows_the_list_filters(client, auth, make):
    staff, tasks = scene(make)
    auth.login(staff)
    rows = read_csv(client.get("/exports/tasks.csv?status=done"))
    assert [int(row[0]) for row in rows[1:]] == [tasks["done"].id]
    rows = read_csv(client.get("/exports/tasks.csv?mine=1&status=open"))
    assert [int(row[0]) for row in rows[1:]] == [tasks["mine"].id]


def test_xlsx_export_opens_as_a_workbook(client, auth, make):
    staff, tasks = scene(make)
    auth.login(staff)
    response = client.get("/exports/tasks.xlsx?sort=title")
    assert response.status_code == 200
    workbook = openpyxl.load_workbook(io.BytesIO(response.data), read_only=True)
    rows = list(workbook.active.iter_rows(values_only=True))
    assert rows[0][1] == "Title"
    assert {row[0] for row in rows[1:]} == {tasks["mine"].id, tasks["formula"].id, tasks["done"].id}


def test_report_export_matches_the_report(client, auth, make):
    scene(make)
    auth.login(make.user(role=Role.LEADER))
    rows = read_csv(client.get("/exports/report.csv"))
    by_code = {row[1]: row for row in rows[1:]}
    # SNNMT: three tasks, one done on time, one open on track, one open overdue.
    assert by_code["SNNMT"][2:7] == ["3", "1", "0", "1", "1"]
    assert by_code["SNNMT"][7] == "50.0"
    assert client.get("/exports/report.csv?from=yesterday").status_code == 400


def test_calendar_feed_by_secret_token(app, client, auth, make):
    staff, tasks = scene(make)
    assert client.get("/calendar/not-a-token/mine.ics").status_code == 404
    auth.login(staff)
    token = new_calendar_token(client)
    assert token and len(token) >= 32

    anonymous = app.test_client()
    response = anonymous.get(f"/calendar/{token}/mine.ics")
    assert response.status_code == 200
    assert response.mimetype == "text/calendar"
    calendar = Calendar.from_ical(response.data)
    events = {str(event["uid"]): event for event in calendar.walk("VEVENT")}
    assert set(events) == {f"task-{tasks['mine'].id}@tracker.test"}
    event = events[f"task-{tasks['mine'].id}@tracker.test"]
    assert event.decoded("dtstart") == tasks["mine"].due_on
    assert str(event["summary"]) == "[SNNMT] Hoàn thành 04 vùng nông nghiệp"

    department = Calendar.from_ical(anonymous.get(f"/calendar/{token}/department.ics").data)
    uids = {str(event["uid"]) for event in department.walk("VEVENT")}
    assert uids == {f"task-{tasks['mine'].id}@tracker.test", f"task-{tasks['formula'].id}@tracker.test"}


def test_reset_token_retires_the_old_feed_and_inactive_users_have_none(app, client, auth, make):
    staff, _tasks = scene(make)
    auth.login(staff)
    old = new_calendar_token(client)
    token = new_calendar_token(client)
    assert token != old
    anonymous = app.test_client()
    assert anonymous.get(f"/calendar/{old}/mine.ics").status_code == 404
    assert anonymous.get(f"/calendar/{token}/mine.ics").status_code == 200
    staff.is_active = False
    db.session.commit()
    assert anonymous.get(f"/calendar/{token}/mine.ics").status_code == 404


def test_calendar_reset_needs_sign_in(client):
    assert client.post("/calendar/token").status_code == 302


def test_list_pages_and_report_link_to_exports_of_the_same_selection(client, auth, make):
    staff, tasks = scene(make)
    auth.login(staff)
    page = client.get("/tasks/department?role=lead&timing=overdue").get_data(as_text=True)
    link = re.search(r'href="(/exports/tasks\.csv\?[^"]+)"', page).group(1).replace("&amp;", "&")
    rows = read_csv(client.get(link))
    assert [int(row[0]) for row in rows[1:]] == [tasks["formula"].id]
    home = client.get("/").get_data(as_text=True)
    link = re.search(r'href="(/exports/tasks\.xlsx\?[^"]+)"', home).group(1).replace("&amp;", "&")
    assert "mine=1" in link and "status=open" in link
    report = client.get("/reports/").get_data(as_text=True)
    assert 'href="/exports/report.csv"' in report
    # The chart draws each department's counts as parts of one bar.
    assert 'class="bar-overdue"' in report and 'class="bar-on-time"' in report


def test_settings_page_offers_and_shows_the_calendar_addresses(client, auth, make):
    staff, _tasks = scene(make)
    auth.login(staff)
    page = client.get("/settings").get_data(as_text=True)
    assert "Create calendar addresses" in page and ".ics" not in page
    response = client.post("/calendar/token", data={"next": "/settings#calendar"})
    assert response.headers["Location"] == "/settings#calendar"
    page = client.get("/settings").get_data(as_text=True)
    token = re.search(r"/calendar/([^/]+)/mine\.ics", page).group(1)
    assert f"http://tracker.test/calendar/{token}/mine.ics" in page
    assert f"http://tracker.test/calendar/{token}/department.ics" in page
    # Shown once: the database keeps only its hash, and the next visit says the addresses work.
    page = client.get("/settings").get_data(as_text=True)
    assert token not in page and ".ics" not in page and 'id="calendar-active"' in page
    assert "Make new calendar addresses" in page


def new_calendar_token(client):
    """Make new calendar addresses as the signed-in user; return the secret the settings page shows once."""
    client.post("/calendar/token")
    page = client.get("/settings").get_data(as_text=True)
    return re.search(r"/calendar/([^/]+)/mine\.ics", page).group(1)
