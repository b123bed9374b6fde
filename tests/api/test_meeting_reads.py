"""The API reads a meeting by the same queries as its page: the same search, the same tasks shown."""

from tracker.extensions import db


def test_the_meeting_detail_lists_as_many_tasks_as_the_page_and_counts_the_rest(api, world, make, app, monkeypatch):
    monkeypatch.setitem(app.config, "TRACKER_MEETING_TASKS_SHOWN", 3)
    meeting = make.meeting(host=world.office, title="Session")
    tasks = [make.task(lead=world.a, issuer=world.leader, meeting=meeting, title=f"Task {n}") for n in range(5)]
    db.session.commit()

    leader = api.as_user(world.leader)
    detail = api.check(leader.get(f"/meetings/{meeting.id}").get_json(), "MeetingDetail")
    assert [task["id"] for task in detail["tasks"]] == [task.id for task in tasks[:3]]
    assert detail["hidden_tasks"] == 2

    monkeypatch.setitem(app.config, "TRACKER_MEETING_TASKS_SHOWN", 5)
    detail = leader.get(f"/meetings/{meeting.id}").get_json()
    assert len(detail["tasks"]) == 5 and detail["hidden_tasks"] == 0


def test_the_meetings_list_searches_the_title_place_and_chair_as_the_page_does(api, world, make, client, auth):
    by_place = make.meeting(host=world.office, title="Monthly session", place="Ha Long harbour")
    by_chair = make.meeting(host=world.office, title="Weekly session", chair_name="Harbour Master")
    make.meeting(host=world.office, title="Forest review")
    db.session.commit()

    found = api.as_user(world.leader).get("/meetings?q=harbour").get_json()
    assert {item["id"] for item in found["items"]} == {by_place.id, by_chair.id}
    auth.login(world.leader)
    page = client.get("/meetings/?q=harbour").get_data(as_text=True)
    assert "Monthly session" in page and "Weekly session" in page and "Forest review" not in page
