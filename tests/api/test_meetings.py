"""Meetings and directives through the API."""

import sqlalchemy as sa

from tests.api.conftest import assert_error
from tracker.extensions import db
from tracker.meetings.models import Directive, Meeting

MEETING_KEYS = {
    "id",
    "title",
    "held_on",
    "chair",
    "chair_title",
    "place",
    "host_department_id",
    "host_department",
    "attendee_department_ids",
    "attendee_departments",
    "minutes",
    "source_url",
    "language",
    "version",
    "created_at",
    "updated_at",
}


def test_leader_records_a_meeting_and_its_directives(api, world):
    leader = api.as_user(world.leader)
    response = leader.post(
        "/meetings",
        json={
            "title": "Phiên họp thường kỳ tháng 3",
            "held_on": "2025-03-10",
            "chair": "Nguyễn Văn A",
            "place": "Hạ Long",
            "host_department_id": world.office.id,
            "attendee_department_ids": [world.b.id, world.a.id],
            "minutes": "Kết luận: ...",
            "language": "vi",
        },
    )
    assert response.status_code == 201, response.get_json()
    meeting = api.check(response.get_json(), "Meeting")
    assert set(meeting) == MEETING_KEYS
    assert meeting["held_on"] == "2025-03-10"
    assert meeting["chair"] == "Nguyễn Văn A"
    assert meeting["attendee_department_ids"] == [world.a.id, world.b.id]
    assert meeting["host_department"] == {"id": world.office.id, "name": world.office.name}

    url = f"/meetings/{meeting['id']}/directives"
    first = leader.post(url, json={"text": "Complete 04 high-tech agricultural zones."})
    second = leader.post(url, json={"text": "Plant 5 000 hectares of new trees by 2025."})
    assert first.status_code == second.status_code == 201
    directive = api.check(second.get_json(), "Directive")
    assert {"id", "meeting_id", "text", "position"} <= set(directive)
    assert (directive["meeting_id"], directive["position"]) == (meeting["id"], 2)

    moved = leader.patch(f"/directives/{directive['id']}", json={"position": 1})
    assert moved.status_code == 200
    assert moved.get_json()["position"] == 1
    shown = api.check(leader.get(f"/meetings/{meeting['id']}").get_json(), "MeetingDetail")
    assert [item["text"][:8] for item in shown["directives"]] == ["Plant 5 ", "Complete"]
    assert shown["tasks"] == []

    removed = leader.delete(f"/directives/{first.get_json()['id']}")
    assert removed.status_code == 204
    assert db.session.scalar(sa.select(sa.func.count(Directive.id))) == 1

    # Pasted conclusions go through the extractor, as on the page's review screen: proposals, nothing stored.
    conclusions = (  # in the meeting's language, Vietnamese
        "Tham dự cuộc họp có lãnh đạo các huyện.\n\n"
        "Giao Sở Tài chính bố trí kinh phí sửa chữa mái trường học trước ngày 30/6/2025."
    )
    url = f"/meetings/{meeting['id']}/directives/paste"
    pasted = leader.post(url, json={"text": conclusions})
    assert pasted.status_code == 200, pasted.get_json()
    proposals = api.check(pasted.get_json(), "Extraction")
    assert [(item["text"], item["deadline"]) for item in proposals["directives"]] == [
        ("Giao Sở Tài chính bố trí kinh phí sửa chữa mái trường học trước ngày 30/6/2025", "2025-06-30")
    ]
    assert db.session.scalar(sa.select(sa.func.count(Directive.id))) == 1
    assert_error(leader.post(url, json={"text": ""}), 422, fields=("text",))
    assert_error(api.as_user(world.staff_a).post(url, json={"text": conclusions}), 403)


def test_meeting_refusals(api, world):
    leader = api.as_user(world.leader)
    bad = leader.post("/meetings", json={"title": "", "held_on": "10/03/2025", "attendee_department_ids": ["A"]})
    body = assert_error(bad, 422, "validation_failed", fields=("title", "held_on", "attendee_department_ids"))
    assert body["fields"]["held_on"] == "Expected a date as YYYY-MM-DD."
    unknown = leader.post("/meetings", json={"title": "T", "held_on": "2025-03-10", "host_department_id": 999999})
    assert_error(unknown, 422, fields=("host_department_id",))
    assert_error(leader.post("/meetings", json={"held_on": "2025-03-10"}), 422, fields=("title",))

    for user in (world.staff_a, world.observer):
        assert_error(api.as_user(user).post("/meetings", json={"title": "T", "held_on": "2025-03-10"}), 403)
    head = api.as_user(world.head_a)
    other_host = head.post("/meetings", json={"title": "T", "held_on": "2025-03-10", "host_department_id": world.b.id})
    assert_error(other_host, 403, "forbidden")
    own = head.post("/meetings", json={"title": "Head's meeting", "held_on": "2025-03-10"})
    assert own.status_code == 201
    assert own.get_json()["host_department_id"] == world.a.id
    assert db.session.scalar(sa.select(sa.func.count(Meeting.id))) == 1

    meeting_id = own.get_json()["id"]
    assert_error(api.as_user(world.head_b).post(f"/meetings/{meeting_id}/directives", json={"text": "x"}), 403)
    assert_error(head.post(f"/meetings/{meeting_id}/directives", json={"text": ""}), 422, fields=("text",))
    assert_error(leader.get("/meetings/999999"), 404, "not_found")
    assert_error(leader.post("/meetings/999999/directives", json={"text": "x"}), 404)
    assert_error(leader.patch("/directives/999999", json={"text": "x"}), 404)


def test_meeting_edit_needs_the_current_version(api, world):
    leader = api.as_user(world.leader)
    meeting = leader.post("/meetings", json={"title": "Before", "held_on": "2025-03-10"}).get_json()
    url = f"/meetings/{meeting['id']}"
    edited = leader.patch(url, json={"version": meeting["version"], "title": "After", "place": "Cẩm Phả"})
    assert edited.status_code == 200, edited.get_json()
    assert (edited.get_json()["title"], edited.get_json()["version"]) == ("After", meeting["version"] + 1)
    stale = assert_error(leader.patch(url, json={"version": meeting["version"], "title": "Lost"}), 409, "conflict")
    assert stale["fields"]["title"] == "After"
    assert_error(leader.patch(url, json={"title": "No version"}), 422, fields=("version",))
    db.session.expire_all()
    assert db.session.get(Meeting, meeting["id"]).title == "After"


def test_meetings_are_listed_to_the_departments_that_took_part(api, world, make):
    hosted = make.meeting(host=world.a, title="A's review")
    attended = make.meeting(host=world.office, title="Provincial session")
    attended.attendees = [world.a]
    private = make.meeting(host=world.c, title="C internal")
    db.session.commit()

    staff = api.as_user(world.staff_a)
    listed = api.check(staff.get("/meetings").get_json(), "MeetingPage")
    assert {item["id"] for item in listed["items"]} == {hosted.id, attended.id}
    assert_error(staff.get(f"/meetings/{private.id}"), 403, "forbidden")

    observer = api.as_user(world.observer)
    assert observer.get("/meetings").get_json()["total"] == 3
    assert [item["id"] for item in observer.get("/meetings?q=session").get_json()["items"]] == [attended.id]
    assert [item["id"] for item in observer.get(f"/meetings?host_department_id={world.c.id}").get_json()["items"]] == [
        private.id
    ]
    assert_error(observer.get("/meetings?held_from=March"), 422, fields=("held_from",))
