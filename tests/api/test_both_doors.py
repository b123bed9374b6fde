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


BULK_CASES = [
    ("set_due", {"shift_days": "a week"}, "shift_days", "Expected an integer."),
    ("set_due", {"shift_days": "0"}, "shift_days", "Between 1 and 3650 days, earlier or later."),
    ("set_due", {"shift_days": "4000"}, "shift_days", "At most 3650."),
    ("set_due", {"due_on": "2031-02-30"}, "due_on", "Not a date in the calendar."),
    ("set_due", {}, "due_on", "Give either a new deadline or a number of days to move it by."),
    ("set_priority", {"priority": "urgent"}, "priority", "Expected one of: low, normal, high."),
    ("assign", {}, "assignee_id", "Choose the person to assign."),
    ("cancel", {"comment": "c" * 10_001}, "comment", "At most 10000 characters."),
]


def as_json(value):
    """The value as a JSON client sends it (a number where the form typed digits)."""
    return int(value) if value.isdigit() else value


@pytest.mark.parametrize(
    ("action", "values", "field", "message"), BULK_CASES, ids=[f"{case[0]}-{case[3]}" for case in BULK_CASES]
)
def test_a_bulk_action_is_refused_alike_by_the_form_and_the_api(
    world, client, auth, api, action, values, field, message
):
    task = new_task(world, title="Dredge the canal")
    version = task.version
    body = {"action": action, "ids": [task.id], **{name: as_json(value) for name, value in values.items()}}
    answer = api.as_user(world.leader).post("/tasks/bulk", json=body)
    assert refused_by_the_api(answer, field) == message

    auth.login(world.leader)
    form = {"list": "all", "scope": "selected", "ids": [task.id], "action": action, **values}
    response = client.post("/tasks/bulk", data=form)
    assert response.status_code == 422
    assert refused_on_the_page(response, message), (field, message)
    db.session.expire_all()
    assert db.session.get(Task, task.id).version == version


VIEW_CASES = [
    ({"name": "n" * 101}, "name", "At most 100 characters."),
    ({"name": "   "}, "name", "This field is required."),
    ({"filter.colour": "red"}, "query", "Unknown filter: colour."),
    ({"filter.q": "q" * 201}, "query", "At most 200 characters."),
    ({"list": "everything"}, "list", "Expected one of: mine, department, all."),
]


@pytest.mark.parametrize(("typed", "field", "message"), VIEW_CASES, ids=[case[2] for case in VIEW_CASES])
def test_a_saved_view_is_refused_alike_by_the_form_and_the_api(world, client, auth, api, typed, field, message):
    from tracker.tasks.saved_views import SavedView

    good = {"name": "Canals", "list": "all", "filter.q": "canal"}
    form = {**good, **typed}
    body = {
        "name": form["name"],
        "list": form["list"],
        "query": {name.removeprefix("filter."): value for name, value in form.items() if name.startswith("filter.")},
    }
    answer = api.as_user(world.leader).post("/views", json=body)
    assert refused_by_the_api(answer, field) == message

    auth.login(world.leader)
    response = client.post("/tasks/views", data={**form, "next": "/tasks/"}, follow_redirects=True)
    assert refused_on_the_page(response, message), (field, message)
    assert db.session.scalar(db.select(db.func.count(SavedView.id))) == 0
