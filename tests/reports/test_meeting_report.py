"""A meeting's follow-up: on its page, as its own report, in the API and as documents."""

import io
import re

import docx

from tests.tasks_support import tasks_built
from tracker.extensions import db


def test_meeting_page_shows_the_four_classes(province, client, auth, frozen):
    auth.login(province["leader"])
    html = client.get(f"/meetings/{province['meeting'].id}").get_data(as_text=True)
    block = html[html.index('id="meeting-follow-up"') :]
    assert '<dd data-col="open_within_deadline">1</dd>' in block
    assert '<dd data-col="open_overdue">1</dd>' in block
    assert '<dd data-col="on_time_rate">0.0%</dd>' in block
    assert f"/reports/meetings/{province['meeting'].id}.pdf" in block


def test_meeting_page_sums_the_classes_over_every_lead_department(province, client, auth, api, frozen):
    # The roads meeting's two tasks are led by two departments: one done late, one overdue on the
    # deadline it missed before its extension.
    roads = province["roads"]
    auth.login(province["leader"])
    html = client.get(f"/meetings/{roads.id}").get_data(as_text=True)
    block = html[html.index('id="meeting-follow-up"') :]
    shown = {name: int(value) for name, value in re.findall(r'<dd data-col="(\w+)">(\d+)</dd>', block)}
    totals = api.as_user(province["leader"]).get(f"/meetings/{roads.id}/report").get_json()["totals"]
    assert shown == {name: totals[name] for name in shown}
    assert shown["done_late"] == 1 and shown["open_overdue"] == 1


def test_meeting_report_page_and_api_agree(province, client, auth, api, frozen):
    meeting = province["meeting"]
    auth.login(province["leader"])
    html = client.get(f"/reports/meetings/{meeting.id}").get_data(as_text=True)
    assert "Plant the hills before the rains." in html
    assert html.index("Plant the hills") < html.index("Due yesterday")
    assert '<th class="num" data-col="open_overdue">1</th>' in html

    body = api.as_user(province["leader"]).get(f"/meetings/{meeting.id}/report").get_json()
    api.check(body, "MeetingReport")
    assert body["meeting"] == {"id": meeting.id, "name": "Working session on forests"}
    assert body["totals"] == {
        "total": 2,
        "done_on_time": 0,
        "done_late": 0,
        "open_within_deadline": 1,
        "open_overdue": 1,
        "on_time_rate": 0.0,
    }
    assert [item["department"]["name"] for item in body["items"]] == ["Agriculture"]
    assert body["directives"][0]["directive"]["text"] == "Plant the hills before the rains."
    assert sorted(task["title"] for task in body["directives"][0]["tasks"]) == ["Due in ten days", "Due yesterday"]
    assert [task["days_overdue"] for task in body["overdue"]] == [1]


def test_meeting_documents(province, client, auth, frozen):
    meeting = province["meeting"]
    auth.login(province["leader"])
    response = client.get(f"/reports/meetings/{meeting.id}.docx")
    assert response.status_code == 200
    document = docx.Document(io.BytesIO(response.data))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert "FOLLOW-UP OF THE MEETING'S DIRECTIVES" in text
    assert "4. Directives and their tasks" in text and "1. Plant the hills before the rains." in text
    directive_table = document.tables[-1]
    assert [cell.text for cell in directive_table.rows[0].cells][:3] == ["Directive", "Task", "Lead department"]
    assert {row.cells[1].text for row in directive_table.rows[1:]} == {"Due in ten days", "Due yesterday"}
    assert client.get(f"/reports/meetings/{meeting.id}.pdf").mimetype == "application/pdf"
    assert client.get(f"/reports/meetings/{meeting.id}.xlsx").status_code == 200


def test_only_who_may_see_the_meeting(province, make, client, auth, api, frozen):
    meeting = province["meeting"]
    outsider = make.user(role="head", department=province["gamma"])
    db.session.commit()
    assert api.anonymous().get(f"/meetings/{meeting.id}/report").status_code == 401
    assert api.as_user(outsider).get(f"/meetings/{meeting.id}/report").status_code == 403
    assert api.as_user(outsider).get("/meetings/999999/report").status_code == 404
    assert api.as_user(outsider).get(f"/reports/periodic?meeting_id={meeting.id}").status_code == 422
    auth.login(outsider)
    assert client.get(f"/reports/meetings/{meeting.id}").status_code == 403
    assert client.get(f"/reports/meetings/{meeting.id}.pdf").status_code == 403
    assert client.get("/reports/meetings/999999").status_code == 404


def test_api_rejects_bad_periods(province, api, frozen):
    caller = api.as_user(province["leader"])
    response = caller.get("/reports/periodic?from=2025-07-01&to=2025-06-01")
    assert response.status_code == 422 and "to" in response.get_json()["fields"]
    response = caller.get("/reports/periodic?from=June")
    assert response.status_code == 422 and "from" in response.get_json()["fields"]
    response = caller.get("/reports/periodic?department_id=999999")
    assert response.status_code == 422 and "department_id" in response.get_json()["fields"]
    body = caller.get("/reports/periodic").get_json()  # this year by default
    assert body["from"] == "2025-01-01" and body["to"] == "2025-12-31"


def test_meeting_report_page_lists_the_directives_tasks_as_rows(province, client, auth, frozen):
    """Up to 2,000 tasks under their directives: read as rows, never one ORM object per task (the
    overdue and late lists keep theirs, 50 at most)."""
    meeting = province["meeting"]
    auth.login(province["leader"])
    with tasks_built() as built:
        html = client.get(f"/reports/meetings/{meeting.id}").get_data(as_text=True)
    start = html.index('id="meeting-directives"')
    section = html[start : html.index("</section>", start)]
    rows = re.findall(r'<tr data-task-id="\d+">.*?</tr>', section, re.S)
    assert len(rows) == 2
    assert all("Agriculture" in row for row in rows)
    assert any("Due yesterday" in row and "Overdue" in row for row in rows)
    assert "Due in ten days" not in built  # listed under its directive only, as a row


def test_the_report_page_lists_as_many_tasks_as_the_meetings_page(province, client, auth, app, frozen, monkeypatch):
    """The page lists the nearest deadlines first, up to TRACKER_MEETING_TASKS_SHOWN, and says how many
    more there are and where they are; the documents list every task."""
    meeting = province["meeting"]
    auth.login(province["leader"])
    monkeypatch.setitem(app.config, "TRACKER_MEETING_TASKS_SHOWN", 1)
    html = client.get(f"/reports/meetings/{meeting.id}").get_data(as_text=True)
    start = html.index('id="meeting-directives"')
    section = html[start : html.index("</section>", start)]
    rows = re.findall(r'<tr data-task-id="\d+">.*?</tr>', section, re.S)
    assert len(rows) == 1 and "Due yesterday" in rows[0]
    notice = section[section.index('id="report-tasks-not-shown"') :]
    assert "1 more task of this meeting" in notice and f"meeting_id={meeting.id}" in notice
    document = docx.Document(io.BytesIO(client.get(f"/reports/meetings/{meeting.id}.docx").data))
    assert {row.cells[1].text for row in document.tables[-1].rows[1:]} == {"Due in ten days", "Due yesterday"}
    monkeypatch.setitem(app.config, "TRACKER_MEETING_TASKS_SHOWN", 2)
    html = client.get(f"/reports/meetings/{meeting.id}").get_data(as_text=True)
    assert 'id="report-tasks-not-shown"' not in html
