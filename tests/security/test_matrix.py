"""Who may do what on the pages and the API: refusals are 403s, and nothing changes."""

import pytest

from tracker.extensions import db
from tracker.meetings.models import Meeting
from tracker.users.models import Role


@pytest.fixture
def people(make):
    d1, d2 = make.department(), make.department()
    meeting2 = make.meeting(host=d2, title="Meeting of D2")
    return dict(
        d1=d1,
        d2=d2,
        head1=make.user(role=Role.HEAD, department=d1),
        staff1=make.user(role=Role.STAFF, department=d1),
        observer=make.user(role=Role.OBSERVER),
        meeting2=meeting2,
        directive2=make.directive(meeting2),
    )


def test_a_head_records_meetings_only_for_their_department(bearer, people):
    head1, d2, meeting2 = people["head1"], people["d2"], people["meeting2"]
    body = {"title": "M", "held_on": "2025-01-01", "host_department_id": d2.id}
    assert bearer(head1, "POST", "/meetings", json=body).status_code == 403
    assert (
        bearer(head1, "PATCH", f"/meetings/{meeting2.id}", json={"version": meeting2.version, "title": "x"}).status_code
        == 403
    )
    own = bearer(head1, "POST", "/meetings", json={"title": "Ours", "held_on": "2025-01-01"})
    assert own.status_code == 201
    assert own.get_json()["host_department"]["id"] == people["d1"].id
    moved = bearer(
        head1,
        "PATCH",
        f"/meetings/{own.get_json()['id']}",
        json={"version": own.get_json()["version"], "host_department_id": d2.id},
    )
    assert moved.status_code == 403


def test_a_head_cannot_touch_directives_of_another_departments_meeting(bearer, people):
    head1, directive = people["head1"], people["directive2"]
    assert bearer(head1, "PATCH", f"/directives/{directive.id}", json={"text": "x"}).status_code == 403
    assert bearer(head1, "DELETE", f"/directives/{directive.id}").status_code == 403
    assert bearer(head1, "POST", f"/meetings/{people['meeting2'].id}/directives", json={"text": "x"}).status_code == 403


@pytest.mark.parametrize("who", ["head1", "staff1", "observer"])
def test_extraction_review_of_a_meeting_one_may_not_edit_is_refused(client, auth, people, who):
    db.session.commit()
    auth.login(people[who])
    meeting_id = people["meeting2"].id
    assert client.get(f"/meetings/{meeting_id}/extract").status_code == 403
    response = client.post(
        f"/meetings/{meeting_id}/extract",
        data={"action": "propose", "text": "The department must act.", "language": "en"},
    )
    assert response.status_code == 403


@pytest.mark.parametrize("who", ["staff1", "observer"])
def test_staff_and_observers_create_neither_tasks_nor_meetings_on_the_pages(client, auth, people, who):
    db.session.commit()
    auth.login(people[who])
    before = db.session.query(Meeting).count()
    assert client.get("/tasks/new").status_code == 403
    assert client.post("/tasks/new", data={"title": "T", "lead_department_id": people["d2"].id}).status_code == 403
    assert client.post("/meetings/new", data={"title": "M", "held_on": "2025-01-01"}).status_code == 403
    assert db.session.query(Meeting).count() == before


@pytest.mark.parametrize("path", ["/admin/users/", "/admin/departments/", "/admin/reminders/"])
def test_administration_is_for_administrators(client, auth, people, path):
    db.session.commit()
    auth.login(people["head1"])
    assert client.get(path).status_code == 403


def test_new_task_form_does_not_show_a_directive_of_a_meeting_one_may_not_edit(client, auth, people):
    db.session.commit()
    auth.login(people["head1"])
    response = client.get(f"/tasks/new?directive_id={people['directive2'].id}")
    assert response.status_code == 403
    assert people["directive2"].text not in response.get_data(as_text=True)


@pytest.mark.parametrize(
    "path, data",
    [
        ("transition", {"action": "start"}),
        ("transition", {"action": "cancel"}),
        ("updates", {"comment": "observed"}),
        ("assign", {"assignee_id": ""}),
        ("extensions", {"due_on": "2099-01-01", "reason": "r"}),
        ("edit", {"title": "x", "version": "1"}),
    ],
)
def test_observers_change_nothing_on_the_task_pages(client, auth, make, people, path, data):
    task = make.task(lead=people["d2"])
    db.session.commit()
    version = task.version
    auth.login(people["observer"])
    assert client.get(f"/tasks/{task.id}").status_code == 200
    assert client.post(f"/tasks/{task.id}/{path}", data=data).status_code == 403
    db.session.expire_all()
    assert task.version == version
