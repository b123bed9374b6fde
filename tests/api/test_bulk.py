"""``POST /api/v1/tasks/bulk``: the same bulk operation as the lists' form, per task done or refused."""

import pytest

from tests.api.conftest import assert_error
from tests.tasks_support import build_world, new_task, reload
from tracker.tasks.models import Priority, TaskStatus


@pytest.fixture
def world(make):
    return build_world(make)


def task_of(world, lead, **values):
    return new_task(
        world,
        lead_department_id=lead.id,
        coordinating_department_ids=[world.lead.id] if lead is world.other else [],
        **values,
    )


def test_bulk_assign_by_ids_names_the_refused_task_with_the_reason(world, api):
    ours = [task_of(world, world.lead, title=f"Ours {n}") for n in range(2)]
    theirs = task_of(world, world.other, title="Theirs")
    response = api.as_user(world.head).post(
        "/tasks/bulk",
        json={"action": "assign", "ids": [ours[0].id, theirs.id, ours[1].id], "assignee_id": world.staff.id},
    )
    assert response.status_code == 200, response.get_json()
    body = api.check(response.get_json(), "BulkOutcome")
    assert body["done"] == [ours[0].id, ours[1].id]
    assert body["refused"] == [{"id": theirs.id, "message": "Only the head of the lead department assigns this task."}]
    assert reload(ours[0]).assignee_id == world.staff.id and reload(theirs).assignee_id is None


def test_bulk_by_filter_acts_on_every_matching_visible_task(world, api):
    urgent = [task_of(world, world.lead, title=f"Flood dyke {n}") for n in range(3)]
    calm = task_of(world, world.lead, title="Library shelves")
    response = api.as_user(world.leader).post(
        "/tasks/bulk", json={"action": "set_priority", "priority": "high", "filter": {"q": "dyke", "status": "open"}}
    )
    assert response.status_code == 200, response.get_json()
    assert sorted(response.get_json()["done"]) == sorted(task.id for task in urgent)
    assert all(reload(task).priority == Priority.HIGH for task in urgent)
    assert reload(calm).priority == Priority.NORMAL


def test_bulk_cancel_and_move_deadlines(world, api):
    task = task_of(world, world.lead)
    caller = api.as_user(world.leader)
    response = caller.post("/tasks/bulk", json={"action": "set_due", "ids": [task.id], "due_on": "2026-03-01"})
    assert response.get_json() == {"done": [task.id], "refused": []}
    response = caller.post("/tasks/bulk", json={"action": "set_due", "ids": [task.id], "shift_days": -1})
    assert response.get_json()["done"] == [task.id]
    assert str(reload(task).due_on) == "2026-02-28"
    response = caller.post("/tasks/bulk", json={"action": "cancel", "ids": [task.id], "comment": "Duplicate"})
    assert response.get_json()["done"] == [task.id] and reload(task).status == TaskStatus.CANCELLED
    response = caller.post("/tasks/bulk", json={"action": "cancel", "ids": [task.id]})
    assert response.get_json()["refused"][0]["id"] == task.id


def test_bad_bulk_requests_are_422_with_a_reason_and_change_nothing(world, api, app, monkeypatch):
    task = task_of(world, world.lead)
    caller = api.as_user(world.head)
    assert_error(
        caller.post("/tasks/bulk", json={"action": "assign", "assignee_id": world.staff.id}), 422, fields=["ids"]
    )
    assert_error(
        caller.post("/tasks/bulk", json={"action": "assign", "ids": [task.id], "filter": {}, "assignee_id": 1}),
        422,
        fields=["ids"],
    )
    assert_error(caller.post("/tasks/bulk", json={"action": "explode", "ids": [task.id]}), 422, fields=["action"])
    assert_error(caller.post("/tasks/bulk", json={"action": "assign", "ids": ["1"]}), 422, fields=["ids"])
    assert_error(caller.post("/tasks/bulk", json={"action": "assign", "ids": [task.id]}), 422, fields=["assignee_id"])
    assert_error(
        caller.post("/tasks/bulk", json={"action": "cancel", "filter": {"colour": "red"}}),
        422,
        fields=["filter.colour"],
    )
    assert_error(
        caller.post("/tasks/bulk", json={"action": "set_due", "ids": [task.id], "shift_days": 0}),
        422,
        fields=["shift_days"],
    )
    monkeypatch.setitem(app.config, "TRACKER_BULK_MAX_TASKS", 1)
    other = task_of(world, world.lead)
    assert_error(caller.post("/tasks/bulk", json={"action": "cancel", "ids": [task.id, other.id]}), 422, fields=["ids"])
    assert reload(task).status == TaskStatus.ASSIGNED and reload(task).assignee_id is None


def test_bulk_needs_a_token_and_is_in_the_openapi_document(world, api):
    assert_error(api.anonymous().post("/tasks/bulk", json={"action": "cancel", "ids": [1]}), 401)
    operation = api.document["paths"]["/tasks/bulk"]["post"]
    body = api.request_schema("/tasks/bulk", "post")
    assert body["properties"]["action"]["enum"] == ["assign", "set_due", "set_priority", "add_coordinating", "cancel"]
    assert "BulkOutcome" in operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
