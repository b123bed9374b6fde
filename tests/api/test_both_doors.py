"""One declaration per input: the same bad value is refused by the web form and by the JSON API,
with the same reason (each door reads its limits and messages from the domain's schema)."""

import html

import pytest

from tests.tasks_support import build_world, new_task
from tracker.comments.models import Comment
from tracker.departments.models import Department
from tracker.extensions import db
from tracker.meetings import operations as meeting_operations
from tracker.meetings.models import Meeting
from tracker.meetings.schemas import MINUTES_MAX
from tracker.tasks.models import ExtensionRequest, Task
from tracker.users.models import User

LONG = "x" * 20_001


@pytest.fixture
def world(make):
    return build_world(make)


def refused_on_the_page(response, message):
    page = html.unescape(response.get_data(as_text=True))
    assert response.status_code in (200, 422), response.status_code
    return message in page


def refused_by_the_api(response, field):
    assert response.status_code == 422, response.get_data(as_text=True)[:300]
    return response.get_json()["fields"][field]


TASK_CASES = [
    ("title", "x" * 501, "At most 500 characters."),
    ("title", "   ", "This field is required."),
    ("description", LONG, "At most 20000 characters."),
    ("deadline_text", "d" * 301, "At most 300 characters."),
    ("target_unit", "u" * 101, "At most 100 characters."),
    ("priority", "urgent", "Expected one of: low, normal, high."),
    ("recurrence", "weekly", "Expected one of: none, monthly, quarterly, yearly."),
]


@pytest.mark.parametrize(
    ("field", "value", "message"), TASK_CASES, ids=[case[0] + "-" + case[2] for case in TASK_CASES]
)
def test_a_task_is_refused_alike_by_the_form_and_the_api(world, client, auth, api, field, value, message):
    body = {"title": "Plant trees", "lead_department_id": world.lead.id, field: value}
    answer = api.as_user(world.leader).post("/tasks", json=body)
    assert refused_by_the_api(answer, field) == message

    auth.login(world.leader)
    form = {"title": "Plant trees", "lead_department_id": world.lead.id, "recurrence": "none", "priority": "normal"}
    response = client.post("/tasks/new", data={**form, field: value})
    assert refused_on_the_page(response, message), (field, message)
    assert db.session.scalar(db.select(db.func.count(Task.id))) == 0


MEETING_CASES = [
    ("title", "t" * 301, "At most 300 characters."),
    ("place", "p" * 301, "At most 300 characters."),
    ("chair_title", "c" * 201, "At most 200 characters."),
    ("source_url", "https://" + "u" * 1000, "At most 1000 characters."),
    ("language", "de", "Expected one of: en, vi, fr, sv."),
]


@pytest.mark.parametrize(("field", "value", "message"), MEETING_CASES, ids=[case[0] for case in MEETING_CASES])
def test_a_meeting_is_refused_alike_by_the_form_and_the_api(world, client, auth, api, field, value, message):
    answer = api.as_user(world.leader).post(
        "/meetings", json={"title": "Session", "held_on": "2025-03-10", field: value}
    )
    assert refused_by_the_api(answer, field) == message

    auth.login(world.leader)
    response = client.post("/meetings/new", data={"title": "Session", "held_on": "2025-03-10", field: value})
    assert refused_on_the_page(response, message), (field, message)
    assert db.session.scalar(db.select(db.func.count(Meeting.id))) == 0


EXTENSION_CASES = [
    ("reason", "r" * 10_001, "At most 10000 characters."),
    ("reason", "  ", "This field is required."),
    ("due_on", "2031-02-30", "Not a date in the calendar."),
]


@pytest.mark.parametrize(("field", "value", "message"), EXTENSION_CASES, ids=[case[2] for case in EXTENSION_CASES])
def test_an_extension_request_is_refused_alike_by_the_form_and_the_api(world, client, auth, api, field, value, message):
    task = new_task(world)
    db.session.commit()
    good = {"due_on": "2031-06-30", "reason": "The seedlings came late."}
    answer = api.as_user(world.staff).post(f"/tasks/{task.id}/extensions", json={**good, field: value})
    assert refused_by_the_api(answer, field) == message

    auth.login(world.staff)
    response = client.post(f"/tasks/{task.id}/extensions", data={**good, field: value}, follow_redirects=True)
    assert refused_on_the_page(response, message), (field, message)
    assert db.session.scalar(db.select(db.func.count(ExtensionRequest.id))) == 0


PROGRESS_CASES = [
    ("progress", "101", 101, "At most 100."),
    ("progress", "-1", -1, "At least 0."),
    ("comment", "c" * 10_001, "c" * 10_001, "At most 10000 characters."),
]


@pytest.mark.parametrize(
    ("field", "typed", "value", "message"), PROGRESS_CASES, ids=[case[3] for case in PROGRESS_CASES]
)
def test_a_progress_report_is_refused_alike_by_the_form_and_the_api(
    world, client, auth, api, field, typed, value, message
):
    task = new_task(world)
    db.session.commit()
    answer = api.as_user(world.staff).post(f"/tasks/{task.id}/updates", json={field: value})
    assert refused_by_the_api(answer, field) == message

    auth.login(world.staff)
    response = client.post(f"/tasks/{task.id}/updates", data={field: typed}, follow_redirects=True)
    assert refused_on_the_page(response, message), (field, message)


DEPARTMENT_CASES = [
    ("name", "n" * 201, "At most 200 characters."),
    ("code", "two words", "A code of 1 to 32 letters, digits, dots, dashes or underscores is required."),
    ("kind", "planet", "Expected one of: department, peoples_committee, council, enterprise, university, agency."),
    ("email", "e" * 250 + "@x.vn", "At most 254 characters."),
]


@pytest.mark.parametrize(("field", "value", "message"), DEPARTMENT_CASES, ids=[case[0] for case in DEPARTMENT_CASES])
def test_a_department_is_refused_alike_by_the_form_and_the_api(world, make, client, auth, api, field, value, message):
    admin = make.user(role="admin", department=world.office)
    db.session.commit()
    good = {"name": "Department of Culture", "code": "VH", "kind": "department"}
    answer = api.as_user(admin).post("/departments", json={**good, field: value})
    assert refused_by_the_api(answer, field) == message

    auth.login(admin)
    response = client.post("/admin/departments/new", data={**good, field: value})
    assert refused_on_the_page(response, message), (field, message)
    assert db.session.scalar(db.select(Department).where(Department.code == "VH")) is None


USER_CASES = [
    ("name", "n" * 201, "At most 200 characters."),
    ("role", "king", "Expected one of: admin, leader, head, staff, observer."),
    ("locale", "de", "Expected one of: en, vi, fr, sv."),
]


@pytest.mark.parametrize(("field", "value", "message"), USER_CASES, ids=[case[0] for case in USER_CASES])
def test_a_user_is_refused_alike_by_the_form_and_the_api(world, make, client, auth, api, field, value, message):
    admin = make.user(role="admin", department=world.office)
    db.session.commit()
    good = {"name": "Le Thi Hoa", "email": "hoa@tracker.test", "department_id": world.lead.id, "role": "staff"}
    answer = api.as_user(admin).post("/users", json={**good, field: value})
    assert refused_by_the_api(answer, field) == message

    auth.login(admin)
    form = {**good, "department_id": str(world.lead.id), "locale": "en", "password": "a good long password"}
    response = client.post("/admin/users/new", data={**form, field: value})
    assert refused_on_the_page(response, message), (field, message)
    assert db.session.scalar(db.select(User).where(User.email == "hoa@tracker.test")) is None


COMMENT_CASES = [
    ("c" * 10_001, "At most 10000 characters."),
    (" \n ", "This field is required."),
]


@pytest.mark.parametrize(("value", "message"), COMMENT_CASES, ids=[case[1] for case in COMMENT_CASES])
def test_a_comment_is_refused_alike_by_the_page_and_the_api(world, client, auth, api, value, message):
    task = new_task(world)
    db.session.commit()
    answer = api.as_user(world.staff).post(f"/tasks/{task.id}/comments", json={"body": value})
    assert refused_by_the_api(answer, "body") == message

    auth.login(world.staff)
    response = client.post(f"/tasks/{task.id}/comments", data={"body": value})
    assert refused_on_the_page(response, message)
    assert db.session.scalar(db.select(db.func.count(Comment.id))) == 0


def test_a_text_to_extract_is_refused_alike_by_the_form_and_the_api(world, client, auth, api):
    meeting = meeting_operations.create_meeting(world.leader, title="Session", held_on="2025-03-10")
    db.session.commit()
    text = "a" * (MINUTES_MAX + 1)
    message = f"At most {MINUTES_MAX} characters."
    answer = api.as_user(world.leader).post("/extract", json={"text": text})
    assert refused_by_the_api(answer, "text") == message

    auth.login(world.leader)
    response = client.post(f"/meetings/{meeting.id}/extract", data={"action": "propose", "text": text})
    assert response.status_code == 422
    assert refused_on_the_page(response, message)
