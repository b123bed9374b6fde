"""Tasks through the API: creation, field names, refusals, concurrency, transitions, extensions, lists."""

import sqlalchemy as sa
import time_machine

from tests.api.conftest import assert_error
from tracker.extensions import db
from tracker.tasks.models import Task, TaskStatus, TaskUpdate

#: The task JSON's fields, exactly as issue 3 names them.
TASK_KEYS = {
    "id",
    "title",
    "description",
    "status",
    "timing",
    "lead_department",
    "coordinating_departments",
    "assignee",
    "issuer",
    "due_on",
    "deadline_text",
    "recurrence",
    "priority",
    "progress",
    "target_value",
    "target_unit",
    "current_value",
    "version",
    "meeting_id",
    "directive_id",
    "created_at",
    "updated_at",
    "completed_at",
}

NOW = "2025-06-02 02:00:00+00:00"  # 09:00 in the province


def _create(caller, world, **values):
    payload = {"title": "Plant 5,000 hectares of new forest", "lead_department_id": world.a.id, **values}
    response = caller.post("/tasks", json=payload)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


@time_machine.travel(NOW, tick=False)
def test_leader_creates_task_with_every_field(api, world, make):
    meeting = make.meeting(host=world.office)
    directive = make.directive(meeting=meeting)
    db.session.commit()
    response = api.as_user(world.leader).post(
        "/tasks",
        json={
            "title": "Plant 5,000 hectares of new forest",
            "description": "Across the three districts.",
            "meeting_id": meeting.id,
            "directive_id": directive.id,
            "lead_department_id": world.a.id,
            "coordinating_department_ids": [world.b.id],
            "assignee_id": world.staff_a.id,
            "due_on": "2025-12-31",
            "deadline_text": "by 2025",
            "recurrence": "none",
            "priority": "high",
            "target_value": 5000,
            "target_unit": "hectares",
        },
    )
    assert response.status_code == 201, response.get_json()
    body = api.check(response.get_json(), "TaskSaved")
    assert set(body) >= TASK_KEYS
    assert body["status"] == "assigned"
    assert body["timing"] == "on_track"
    assert body["lead_department"] == {"id": world.a.id, "name": "Department A"}
    assert body["coordinating_departments"] == [{"id": world.b.id, "name": "Department B"}]
    assert body["assignee"] == {"id": world.staff_a.id, "name": "Staff A"}
    assert body["issuer"] == {"id": world.leader.id, "name": "Leader"}
    assert body["due_on"] == "2025-12-31"
    assert body["target_value"] == 5000
    assert (body["meeting_id"], body["directive_id"]) == (meeting.id, directive.id)
    assert body["created_at"] == "2025-06-02T02:00:00+00:00"
    assert body["completed_at"] is None
    assert db.session.get(Task, body["id"]).priority == "high"


def test_task_input_is_refused_with_field_reasons(api, world):
    leader = api.as_user(world.leader)
    base = {"title": "A task", "lead_department_id": world.a.id}

    missing = assert_error(leader.post("/tasks", json={"lead_department_id": world.a.id}), 422, "validation_failed")
    assert missing["fields"] == {"title": "This field is required."}
    blank = assert_error(leader.post("/tasks", json={**base, "title": "   "}), 422, fields=("title",))
    assert blank["fields"]["title"]

    unknown = assert_error(leader.post("/tasks", json={**base, "lead_department_id": 999999}), 422)
    assert unknown["fields"] == {"lead_department_id": "Unknown department."}
    unknown_coordinator = leader.post("/tasks", json={**base, "coordinating_department_ids": [999999]})
    assert_error(unknown_coordinator, 422, fields=("coordinating_department_ids",))

    for not_a_date in ("next Friday", "2025-02-30", "31/12/2025", 20251231):
        refused = assert_error(leader.post("/tasks", json={**base, "due_on": not_a_date}), 422, fields=("due_on",))
        assert "date" in refused["fields"]["due_on"].lower()

    wrong_types = leader.post(
        "/tasks",
        json={
            "title": ["a list"],
            "lead_department_id": str(world.a.id),
            "coordinating_department_ids": f"{world.b.id}",
            "priority": "urgent",
            "recurrence": "weekly",
            "target_value": "5000",
            "assignee_id": True,
        },
    )
    body = assert_error(wrong_types, 422, "validation_failed")
    assert body["fields"] == {
        "title": "Expected a string.",
        "lead_department_id": "Expected an integer.",
        "coordinating_department_ids": "Expected a list.",
        "priority": "Expected one of: low, normal, high.",
        "recurrence": "Expected one of: none, monthly, quarterly, yearly.",
        "target_value": "Expected a number.",
        "assignee_id": "Expected an integer.",
    }

    assert_error(leader.post("/tasks", json={**base, "title": "x" * 501}), 422, fields=("title",))
    assert_error(leader.post("/tasks", json={**base, "title": "x" * (10 * 1024 * 1024)}), 413, "too_large")
    assert_error(leader.post("/tasks", data="{'title': 'single quotes'}", content_type="application/json"), 400)
    assert db.session.scalar(sa.select(sa.func.count(Task.id))) == 0


def test_who_may_create_tasks(api, world):
    payload = {"title": "A task", "lead_department_id": world.b.id}
    for user in (world.staff_a, world.observer):
        assert_error(api.as_user(user).post("/tasks", json=payload), 403, "forbidden")
    as_head = api.as_user(world.head_a)
    assert_error(as_head.post("/tasks", json={**payload, "issuing_department_id": world.c.id}), 403)
    created = as_head.post("/tasks", json=payload)
    assert created.status_code == 201
    assert created.get_json()["issuer"]["id"] == world.head_a.id


def test_unknown_ids_are_404(api, world):
    leader = api.as_user(world.leader)
    assert_error(leader.get("/tasks/999999"), 404, "not_found")
    assert_error(leader.patch("/tasks/999999", json={"version": 1, "title": "x"}), 404)
    assert_error(leader.post("/tasks/999999/transitions", json={"action": "start"}), 404)
    assert_error(leader.post("/tasks/999999/updates", json={"comment": "x"}), 404)
    assert_error(leader.post("/tasks/999999/extensions", json={"due_on": "2030-01-01", "reason": "x"}), 404)
    assert_error(leader.get("/tasks/999999/extensions"), 404)
    assert_error(leader.post("/extensions/999999/decision", json={"approve": True}), 404)
    assert_error(leader.get("/attachments/999999"), 404)
    meeting_id = _create(leader, world)["meeting_id"]
    assert meeting_id is None
    assert_error(leader.post("/tasks", json={"title": "x", "lead_department_id": world.a.id, "meeting_id": 999}), 422)


def test_stale_patch_is_409_and_overwrites_nothing(api, world):
    leader = api.as_user(world.leader)
    task = _create(leader, world, due_on="2025-12-31")
    first = leader.patch(f"/tasks/{task['id']}", json={"version": task["version"], "title": "First edit"})
    assert first.status_code == 200
    assert first.get_json()["version"] == task["version"] + 1

    stale = leader.patch(f"/tasks/{task['id']}", json={"version": task["version"], "title": "Second edit"})
    body = assert_error(stale, 409, "conflict")
    assert body["fields"]["version"] == task["version"] + 1
    assert body["fields"]["title"] == "First edit"
    db.session.expire_all()
    stored = db.session.get(Task, task["id"])
    assert (stored.title, stored.version) == ("First edit", task["version"] + 1)

    missing = assert_error(leader.patch(f"/tasks/{task['id']}", json={"title": "No version"}), 422)
    assert missing["fields"] == {"version": "This field is required."}
    assert_error(leader.patch(f"/tasks/{task['id']}", json={"version": "2", "title": "x"}), 422, fields=("version",))
    assert_error(leader.patch(f"/tasks/{task['id']}", json={"version": 2, "status": "done"}), 422, fields=("status",))
    db.session.expire_all()
    assert db.session.get(Task, task["id"]).title == "First edit"


def test_illegal_transition_is_422_and_changes_nothing(api, world):
    leader = api.as_user(world.leader)
    task = _create(leader, world)
    history_before = db.session.scalar(sa.select(sa.func.count(TaskUpdate.id)).where(TaskUpdate.task_id == task["id"]))

    for action in ("approve", "return", "submit"):
        caller = leader if action != "submit" else api.as_user(world.staff_a)
        body = assert_error(
            caller.post(f"/tasks/{task['id']}/transitions", json={"action": action, "comment": "x"}),
            422,
            "invalid_transition",
        )
        assert "assigned" in body["message"]
    assert_error(leader.post(f"/tasks/{task['id']}/transitions", json={"action": "finish"}), 422, fields=("action",))

    db.session.expire_all()
    stored = db.session.get(Task, task["id"])
    assert (stored.status, stored.version) == (TaskStatus.ASSIGNED, task["version"])
    count = db.session.scalar(sa.select(sa.func.count(TaskUpdate.id)).where(TaskUpdate.task_id == task["id"]))
    assert count == history_before


def test_other_departments_are_refused_their_private_actions(api, world):
    leader = api.as_user(world.leader)
    task = _create(leader, world, coordinating_department_ids=[world.b.id])
    url = f"/tasks/{task['id']}"

    # C is not involved at all: it cannot even see the task.
    outsider = api.as_user(world.staff_c)
    body = assert_error(outsider.get(url), 403, "forbidden")
    assert body["message"] == "This task belongs to another department."
    assert_error(outsider.post(f"{url}/updates", json={"comment": "hello"}), 403)

    # B coordinates: it sees the task and reports on it, but starting and extending are A's.
    coordinator = api.as_user(world.staff_b)
    assert coordinator.get(url).status_code == 200
    assert_error(coordinator.post(f"{url}/transitions", json={"action": "start"}), 403, "forbidden")
    assert_error(coordinator.post(f"{url}/extensions", json={"due_on": "2030-01-01", "reason": "x"}), 403)
    assert_error(api.as_user(world.head_b).patch(url, json={"version": 1, "assignee_id": world.staff_b.id}), 403)
    reported = coordinator.post(f"{url}/updates", json={"comment": "B delivered the seedlings."})
    assert reported.status_code == 201, reported.get_json()

    # A's staff may not approve their own work or cancel it.
    staff = api.as_user(world.staff_a)
    assert_error(staff.post(f"{url}/transitions", json={"action": "cancel"}), 403)
    assert_error(staff.patch(url, json={"version": 1, "title": "Renamed by staff"}), 403)
    db.session.expire_all()
    assert db.session.get(Task, task["id"]).status == TaskStatus.ASSIGNED


@time_machine.travel(NOW, tick=False)
def test_extension_request_and_decision(api, world):
    leader = api.as_user(world.leader)
    task = _create(leader, world, due_on="2025-06-30")
    staff = api.as_user(world.staff_a)

    bad = staff.post(f"/tasks/{task['id']}/extensions", json={"due_on": "soon", "reason": ""})
    assert_error(bad, 422, fields=("due_on", "reason"))
    requested = staff.post(
        f"/tasks/{task['id']}/extensions", json={"due_on": "2025-08-31", "reason": "The rains came early."}
    )
    assert requested.status_code == 201, requested.get_json()
    extension = api.check(requested.get_json(), "ExtensionRequest")
    assert extension["status"] == "pending"
    assert (extension["due_on"], extension["previous_due_on"]) == ("2025-08-31", "2025-06-30")

    assert_error(staff.post(f"/extensions/{extension['id']}/decision", json={"approve": True}), 403)
    assert_error(leader.post(f"/extensions/{extension['id']}/decision", json={"approve": "yes"}), 422)
    decided = leader.post(f"/extensions/{extension['id']}/decision", json={"approve": True, "comment": "Agreed."})
    assert decided.status_code == 200
    assert decided.get_json()["status"] == "approved"
    assert decided.get_json()["decided_by"] == {"id": world.leader.id, "name": "Leader"}
    again = leader.post(f"/extensions/{extension['id']}/decision", json={"approve": False})
    assert_error(again, 422, "invalid_transition")

    detail = api.check(leader.get(f"/tasks/{task['id']}").get_json(), "TaskDetail")
    assert detail["due_on"] == "2025-08-31"
    assert [item["status"] for item in detail["extensions"]] == ["approved"]
    listed = leader.get(f"/tasks/{task['id']}/extensions").get_json()
    assert [item["id"] for item in listed["items"]] == [extension["id"]]


def test_evidence_upload_and_download_follow_task_visibility(api, world):
    leader = api.as_user(world.leader)
    task = _create(leader, world)
    staff = api.as_user(world.staff_a)
    refused = staff.post(
        f"/tasks/{task['id']}/attachments",
        data={"file": (_file(b"MZ\x90\x00"), "tool.exe")},
        content_type="multipart/form-data",
    )
    assert_error(refused, 422, fields=("file",))
    uploaded = staff.post(
        f"/tasks/{task['id']}/attachments",
        data={"file": (_file(b"hectares planted: 1200\n"), "report.txt")},
        content_type="multipart/form-data",
    )
    assert uploaded.status_code == 201, uploaded.get_json()
    attachment = api.check(uploaded.get_json(), "Attachment")
    assert attachment["filename"] == "report.txt"

    download = api.as_user(world.observer).get(f"/attachments/{attachment['id']}")
    assert download.status_code == 200
    assert download.data == b"hectares planted: 1200\n"
    assert "attachment" in download.headers["Content-Disposition"]
    assert_error(api.as_user(world.staff_c).get(f"/attachments/{attachment['id']}"), 403)
    history = leader.get(f"/tasks/{task['id']}").get_json()["history"]
    assert [item["filename"] for entry in history for item in entry["attachments"]] == ["report.txt"]


def test_an_uploaded_file_alone_is_checked_against_the_version_it_was_based_on(api, world):
    """As on the task's page: a file sent with the version the client saw is refused (409, nothing
    stored) once the task has changed; with the current version, or joined to a report of the task,
    it is kept."""
    leader = api.as_user(world.leader)
    task = _create(leader, world)
    other = _create(leader, world, title="Another task")
    staff = api.as_user(world.staff_a)
    seen = task["version"]
    report = staff.post(f"/tasks/{task['id']}/updates", json={"progress": 10})
    assert report.status_code == 201, report.get_json()

    def upload(**fields):
        return staff.post(
            f"/tasks/{task['id']}/attachments",
            data={"file": (_file(b"zone,hectares\nDam Ha,1200\n"), "zones.csv"), **fields},
            content_type="multipart/form-data",
        )

    stale = assert_error(upload(version=str(seen)), 409)
    assert stale["fields"]["version"] == report.get_json()["task"]["version"]
    history = leader.get(f"/tasks/{task['id']}").get_json()["history"]
    assert [item for entry in history for item in entry["attachments"]] == []
    assert upload(version=str(report.get_json()["task"]["version"])).status_code == 201
    joined = upload(update_id=str(report.get_json()["id"]), version=str(seen))
    assert joined.status_code == 201, joined.get_json()  # the report it joins was checked when it was made
    elsewhere = staff.post(f"/tasks/{other['id']}/updates", json={"progress": 5}).get_json()
    assert_error(upload(update_id=str(elsewhere["id"])), 422, fields=("update_id",))
    assert_error(upload(update_id="987654"), 422, fields=("update_id",))


def _file(content):
    import io

    return io.BytesIO(content)


def test_huge_numbers_are_refused_not_crashed(api, world):
    leader = api.as_user(world.leader)
    assert_error(leader.get("/tasks/99999999999"), 404, "not_found")
    too_big = leader.post("/tasks", json={"title": "x", "lead_department_id": 99999999999})
    assert assert_error(too_big, 422)["fields"] == {"lead_department_id": "Out of range."}
    assert_error(leader.get("/tasks?assignee_id=99999999999"), 422, fields=("assignee_id",))
    not_finite = leader.post(
        "/tasks", data='{"title": "x", "lead_department_id": 1, "target_value": NaN}', content_type="application/json"
    )
    assert_error(not_finite, 422, fields=("target_value",))


def test_issuing_side_moves_a_task_to_another_lead_department(api, world):
    leader = api.as_user(world.leader)
    task = _create(leader, world, assignee_id=world.staff_a.id)
    moved = leader.patch(f"/tasks/{task['id']}", json={"version": task["version"], "lead_department_id": world.c.id})
    assert moved.status_code == 200, moved.get_json()
    body = moved.get_json()
    assert body["lead_department"] == {"id": world.c.id, "name": "Department C"}
    assert body["assignee"] is None  # A's staff member cannot keep a task C now leads
    assert api.as_user(world.staff_c).get(f"/tasks/{task['id']}").status_code == 200
