"""The whole life of a task through the API, from the meeting to the department report."""

import time_machine

from tests.api.conftest import assert_error


def test_meeting_to_done_on_time_through_the_api(api, world):
    leader = api.as_user(world.leader)
    head = api.as_user(world.head_a)
    staff = api.as_user(world.staff_a)

    with time_machine.travel("2025-03-10 02:00:00+00:00", tick=False):
        meeting = leader.post(
            "/meetings",
            json={
                "title": "Working session on forestry",
                "held_on": "2025-03-10",
                "chair": "Vice-chair Trần Văn B",
                "host_department_id": world.office.id,
                "attendee_department_ids": [world.a.id, world.b.id],
            },
        )
        assert meeting.status_code == 201, meeting.get_json()
        meeting_id = meeting.get_json()["id"]
        directive = leader.post(f"/meetings/{meeting_id}/directives", json={"text": "Plant 5,000 hectares by June."})
        assert directive.status_code == 201
        directive_id = directive.get_json()["id"]

        created = leader.post(
            "/tasks",
            json={
                "title": "Plant 5,000 hectares",
                "directive_id": directive_id,
                "lead_department_id": world.a.id,
                "coordinating_department_ids": [world.b.id],
                "due_on": "2025-06-30",
                "deadline_text": "by the end of June 2025",
                "target_value": 5000,
                "target_unit": "hectares",
            },
        )
        assert created.status_code == 201, created.get_json()
        task = created.get_json()
        assert task["meeting_id"] == meeting_id
        url = f"/tasks/{task['id']}"

        assigned = head.patch(url, json={"version": task["version"], "assignee_id": world.staff_a.id})
        assert assigned.status_code == 200, assigned.get_json()
        assert assigned.get_json()["assignee"] == {"id": world.staff_a.id, "name": "Staff A"}

    with time_machine.travel("2025-04-01 02:00:00+00:00", tick=False):
        started = staff.post(f"{url}/transitions", json={"action": "start", "version": assigned.get_json()["version"]})
        assert started.status_code == 200, started.get_json()
        assert started.get_json()["status"] == "in_progress"

        progress = staff.post(f"{url}/updates", json={"progress": 60, "current_value": 3000, "comment": "Half way."})
        assert progress.status_code == 201, progress.get_json()
        update = api.check(progress.get_json(), "TaskUpdateCreated")
        assert (update["kind"], update["progress"], update["current_value"]) == ("progress", 60, 3000)
        assert (update["task"]["progress"], update["task"]["current_value"]) == (60, 3000)

        assert staff.post(f"{url}/transitions", json={"action": "submit"}).get_json()["status"] == "submitted"
        no_comment = leader.post(f"{url}/transitions", json={"action": "return"})
        assert_error(no_comment, 422, fields=("comment",))
        returned = leader.post(f"{url}/transitions", json={"action": "return", "comment": "Add the map of plots."})
        assert returned.status_code == 200
        assert returned.get_json()["status"] == "in_progress"

    with time_machine.travel("2025-06-20 02:00:00+00:00", tick=False):
        assert staff.post(f"{url}/transitions", json={"action": "submit"}).get_json()["status"] == "submitted"
        approved = leader.post(f"{url}/transitions", json={"action": "approve", "comment": "Well done."})
        assert approved.status_code == 200
        done = api.check(approved.get_json(), "Task")
        assert (done["status"], done["timing"], done["progress"]) == ("done", "on_time", 100)
        assert done["completed_at"] == "2025-06-20T02:00:00+00:00"

        detail = api.check(leader.get(url).get_json(), "TaskDetail")
        transitions = [
            (entry["status_from"], entry["status_to"], entry["comment"])
            for entry in detail["history"]
            if entry["kind"] == "transition"
        ]
        assert transitions == [
            ("assigned", "in_progress", None),
            ("in_progress", "submitted", None),
            ("submitted", "in_progress", "Add the map of plots."),
            ("in_progress", "submitted", None),
            ("submitted", "done", "Well done."),
        ]
        assert [entry["kind"] for entry in detail["history"]][:2] == ["created", "assignment"]
        assert detail["actions"] == []

        shown = api.check(leader.get(f"/meetings/{meeting_id}").get_json(), "MeetingDetail")
        assert [item["id"] for item in shown["directives"]] == [directive_id]
        assert [(item["id"], item["status"], item["timing"]) for item in shown["tasks"]] == [
            (task["id"], "done", "on_time")
        ]

        report = leader.get("/reports/departments?from=2025-01-01&to=2025-12-31")
        assert report.status_code == 200
        rows = api.check(report.get_json(), "DepartmentReport")["items"]
        assert rows == [
            {
                "department": {"id": world.a.id, "name": "Department A"},
                "total": 1,
                "done_on_time": 1,
                "done_late": 0,
                "open_on_track": 0,
                "open_overdue": 0,
                "on_time_rate": 1.0,
            }
        ]
        outside = leader.get("/reports/departments?from=2026-01-01").get_json()
        assert outside == {"items": []}
        assert_error(leader.get("/reports/departments?from=June"), 422, fields=("from",))
