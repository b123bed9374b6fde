"""The meeting page shows only the tasks the reader may see (as ``GET /api/v1/meetings/<id>`` does)."""

from tracker.extensions import db
from tracker.users.models import Role


def _meeting_with_two_departments(make):
    mine, other = make.department(), make.department()
    meeting = make.meeting(host=None)
    meeting.attendees = [mine, other]
    directive = make.directive(meeting)
    visible = make.task(lead=mine, meeting=meeting, directive=directive, title="Our own work on roads")
    hidden = make.task(lead=other, meeting=meeting, directive=directive, title="Confidential land clearance")
    return mine, meeting, visible, hidden


def test_meeting_page_hides_tasks_of_other_departments(client, auth, make):
    mine, meeting, visible, hidden = _meeting_with_two_departments(make)
    staff = make.user(role=Role.STAFF, department=mine)
    db.session.commit()
    auth.login(staff)
    assert client.get(f"/tasks/{hidden.id}").status_code == 403
    page = client.get(f"/meetings/{meeting.id}")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert visible.title in html
    assert hidden.title not in html


def test_meeting_page_shows_every_task_to_leaders(client, auth, make):
    _mine, meeting, visible, hidden = _meeting_with_two_departments(make)
    leader = make.user(role=Role.LEADER)
    db.session.commit()
    auth.login(leader)
    html = client.get(f"/meetings/{meeting.id}").get_data(as_text=True)
    assert visible.title in html and hidden.title in html


def test_api_meeting_hides_tasks_of_other_departments(bearer, make):
    mine, meeting, visible, hidden = _meeting_with_two_departments(make)
    staff = make.user(role=Role.STAFF, department=mine)
    response = bearer(staff, "GET", f"/meetings/{meeting.id}")
    assert response.status_code == 200
    ids = {task["id"] for task in response.get_json()["tasks"]}
    assert visible.id in ids and hidden.id not in ids
