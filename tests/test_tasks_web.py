"""The task pages: forms that create, edit and move tasks, as a person in the browser would send them."""

import re
from datetime import date

import pytest

from tests.tasks_support import bring_to, build_world, new_task, reload, update_count
from tracker.extensions import db
from tracker.tasks.models import Task, TaskStatus


@pytest.fixture
def world(make):
    return build_world(make)


def post_transition(client, task, action, comment="", version=None):
    data = {"action": action, "comment": comment}
    if version is not None:
        data["version"] = version
    return client.post(f"/tasks/{task.id}/transition", data=data)


WEB_CASES = {
    "start": [
        ("staff", "own", 303),
        ("head", "own", 303),
        ("staff", "other", 403),
        ("head", "other", 403),
        ("leader", "own", 403),
        ("observer", "own", 403),
    ],
    "approve": [
        ("leader", "own", 303),
        ("admin", "own", 303),
        ("head", "own", 403),
        ("staff", "own", 403),
        ("head", "other", 403),
        ("observer", "own", 403),
    ],
    "cancel": [("leader", "own", 303), ("staff", "own", 403), ("head", "own", 403)],
}
SOURCE = {"start": TaskStatus.ASSIGNED, "approve": TaskStatus.SUBMITTED, "cancel": TaskStatus.ASSIGNED}


@pytest.mark.parametrize("action", list(WEB_CASES))
def test_transition_forms_follow_the_policy(world, client, auth, action):
    for role, relation, expected in WEB_CASES[action]:
        task = bring_to(world, new_task(world), SOURCE[action])
        auth.login(world.actor(role, relation))
        response = post_transition(client, task, action, version=task.version)
        auth.logout()
        assert response.status_code == expected, (role, relation)
        if expected == 403:
            assert reload(task).status == SOURCE[action]
            assert b"Not allowed" in response.data
        else:
            assert response.headers["Location"].endswith(f"/tasks/{task.id}")
            assert reload(task).status != SOURCE[action]


def test_the_whole_lifecycle_through_the_pages(world, client, auth):
    auth.login(world.leader)
    response = client.post(
        "/tasks/new",
        data={
            "title": "Complete 04 high-tech agricultural zones",
            "lead_department_id": world.lead.id,
            "coordinating_department_ids": [world.coord.id],
            "due_on": "2031-09-30",
            "deadline_text": "by the end of Q3 2031",
            "recurrence": "none",
            "priority": "high",
            "target_value": "4",
            "target_unit": "zones",
        },
    )
    assert response.status_code == 303
    task = db.session.scalar(db.select(Task))
    assert task.coordinating_department_ids == {world.coord.id} and task.priority.value == "high"
    auth.logout()

    auth.login(world.head)
    assert client.post(f"/tasks/{task.id}/assign", data={"assignee_id": world.staff.id}).status_code == 303
    auth.logout()

    auth.login(world.staff)
    page = client.get(f"/tasks/{task.id}").get_data(as_text=True)
    assert "<h1>Complete 04 high-tech agricultural zones</h1>" in page
    assert 'class="badge status-assigned"' in page and 'class="badge timing-on_track"' in page
    assert ">Start</button>" in page and "Submit for approval" not in page
    assert post_transition(client, task, "start", version=reload(task).version).status_code == 303
    response = client.post(
        f"/tasks/{task.id}/updates",
        data={"progress": "60", "current_value": "2", "comment": "Two zones done.", "version": reload(task).version},
    )
    assert response.status_code == 303
    assert post_transition(client, task, "submit", version=reload(task).version).status_code == 303
    auth.logout()

    auth.login(world.leader)
    page = client.get(f"/tasks/{task.id}").get_data(as_text=True)
    assert ">Approve</button>" in page and ">Return</button>" in page and "Cancel task" in page
    response = post_transition(client, task, "return", comment="", version=reload(task).version)
    assert response.status_code == 422
    assert "a comment is required to return work" in response.get_data(as_text=True)
    assert reload(task).status == TaskStatus.SUBMITTED
    response = post_transition(client, task, "return", comment="Two more zones.", version=reload(task).version)
    assert response.status_code == 303
    assert reload(task).status == TaskStatus.IN_PROGRESS
    auth.logout()

    auth.login(world.staff)
    post_transition(client, task, "submit", version=reload(task).version)
    auth.logout()
    auth.login(world.leader)
    assert post_transition(client, task, "approve", version=reload(task).version).status_code == 303
    page = client.get(f"/tasks/{task.id}").get_data(as_text=True)
    assert 'class="badge status-done"' in page and 'class="badge timing-on_time"' in page
    # The timeline shows every step with who and the comments.
    assert page.count('class="timeline-entry') == update_count(task) == 8
    assert "Two more zones." in page and "Two zones done." in page and "Hoa Head" in page


def test_stale_transition_is_a_409_page_and_changes_nothing(world, client, auth):
    task = new_task(world)
    stale = task.version
    bring_to(world, task, TaskStatus.IN_PROGRESS)
    auth.login(world.staff)
    response = post_transition(client, task, "submit", version=stale)
    assert response.status_code == 409
    assert "changed by someone else" in response.get_data(as_text=True)
    assert reload(task).status == TaskStatus.IN_PROGRESS


def test_illegal_transition_is_a_422_page(world, client, auth):
    task = new_task(world)
    auth.login(world.leader)
    updates = update_count(task)
    response = post_transition(client, task, "approve", version=task.version)
    assert response.status_code == 422
    assert "cannot be approved" in response.get_data(as_text=True)
    assert reload(task).status == TaskStatus.ASSIGNED and update_count(task) == updates


def test_stale_edit_shows_what_changed_and_overwrites_nothing(world, client, auth):
    task = new_task(world, due_on=date(2031, 1, 1))
    auth.login(world.leader)
    form = client.get(f"/tasks/{task.id}/edit").get_data(as_text=True)
    assert f'name="version" type="hidden" value="{task.version}"' in form
    seen = task.version
    # Someone else changes the title meanwhile.
    from tracker.tasks import operations

    operations.update_task(world.admin, task, version=seen, title="Plant 8 000 hectares")
    db.session.commit()
    data = {
        "title": "Plant 9 000 hectares",
        "lead_department_id": world.lead.id,
        "coordinating_department_ids": [world.coord.id],
        "due_on": "2031-01-01",
        "recurrence": "none",
        "priority": "normal",
        "version": seen,
    }
    response = client.post(f"/tasks/{task.id}/edit", data=data)
    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert 'id="conflict"' in page and "Plant 8 000 hectares" in page
    assert 'value="Plant 9 000 hectares"' in page  # what the user typed is kept
    assert reload(task).title == "Plant 8 000 hectares"
    # Saving again, now based on the current version, replaces it knowingly.
    data["version"] = reload(task).version
    assert client.post(f"/tasks/{task.id}/edit", data=data).status_code == 303
    assert reload(task).title == "Plant 9 000 hectares"


def test_another_departments_task_is_private(world, client, auth):
    task = new_task(world)
    auth.login(world.other_staff)
    assert client.get(f"/tasks/{task.id}").status_code == 403
    assert post_transition(client, task, "start").status_code == 403
    response = client.post(f"/tasks/{task.id}/updates", data={"comment": "Hello"})
    assert response.status_code == 403
    assert update_count(task) == 1
    auth.logout()
    auth.login(world.coord_staff)  # coordinating: sees it and may report
    assert client.get(f"/tasks/{task.id}").status_code == 200
    assert client.post(f"/tasks/{task.id}/updates", data={"comment": "Funds ready."}).status_code == 303


UNKNOWN_GET = [
    "/tasks/987654",
    "/tasks/987654/edit",
    "/tasks/attachments/987654",
    "/meetings/987654",
    "/meetings/987654/edit",
    "/meetings/directives/987654/edit",
]
UNKNOWN_POST = [
    "/tasks/987654/transition",
    "/tasks/987654/assign",
    "/tasks/987654/updates",
    "/tasks/987654/extensions",
    "/tasks/extensions/987654/decision",
    "/meetings/987654/directives",
    "/meetings/987654/directives/paste",
    "/meetings/987654/edit",
    "/meetings/directives/987654/edit",
    "/meetings/directives/987654/move",
    "/meetings/directives/987654/delete",
]


def test_unknown_ids_are_404(world, client, auth):
    auth.login(world.leader)
    for url in UNKNOWN_GET:
        assert client.get(url).status_code == 404, url
    for url in UNKNOWN_POST:
        assert client.post(url, data={"action": "start", "text": "x"}).status_code == 404, url


def test_pages_need_sign_in(world, client):
    task = new_task(world)
    for url in (f"/tasks/{task.id}", "/tasks/", "/tasks/department", "/meetings/", "/reports/"):
        response = client.get(url)
        assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_all_tasks_is_for_leaders_observers_and_admins(world, client, auth):
    new_task(world)
    for user, expected in ((world.leader, 200), (world.observer, 200), (world.admin, 200), (world.head, 403)):
        auth.login(user)
        assert client.get("/tasks/").status_code == expected
        auth.logout()


def test_navigation_shows_the_task_pages(world, client, auth):
    auth.login(world.staff)
    page = client.get("/").get_data(as_text=True)
    assert "Department tasks" in page and "Meetings" in page and "Report" in page and "All tasks" not in page
    auth.logout()
    auth.login(world.observer)
    assert "All tasks" in client.get("/").get_data(as_text=True)


def test_progress_form_starts_from_the_current_figures(world, client, auth):
    task = new_task(world, target_value=4, target_unit="zones")
    task.current_value = 2
    task.progress = 50
    db.session.commit()
    auth.login(world.staff)
    page = client.get(f"/tasks/{task.id}").get_data(as_text=True)
    assert re.search(r'name="current_value" id="update-current-value" value="2"', page)
    assert re.search(r'name="progress" id="update-progress"[^>]*value="50"', page)
