"""Meetings and directives: recording, editing with versions, pasting, ordering, removing, seeing."""

from datetime import date
from pathlib import Path

import pytest

from tests.tasks_support import build_world, new_task, reload
from tracker.core.errors import Conflict, Forbidden, ValidationFailed
from tracker.extensions import db
from tracker.meetings import operations
from tracker.meetings.models import Directive, Meeting
from tracker.tasks import operations as task_operations
from tracker.tasks.models import TaskStatus

MINUTES = Path(__file__).resolve().parents[2] / "shared" / "minutes" / "sv-science-agriculture-working-session.txt"


@pytest.fixture
def world(make):
    return build_world(make)


def meeting_of(world, actor=None, **values):
    values.setdefault("title", "Working session on high-tech agriculture")
    values.setdefault("held_on", "2025-03-10")
    meeting = operations.create_meeting(actor or world.leader, **values)
    db.session.commit()
    return meeting


def texts(meeting):
    db.session.expire_all()
    return [(d.position, d.text) for d in db.session.get(Meeting, meeting.id).directives]


# --- Recording and editing -----------------------------------------------------------------------


def test_who_records_meetings(world):
    meeting = meeting_of(world, world.head)
    assert meeting.host_department_id == world.lead.id  # a head records for their own department
    meeting_of(world, world.leader, host_department_id=world.other.id)
    for actor, host in ((world.head, world.other.id), (world.staff, None), (world.observer, None)):
        with pytest.raises(Forbidden):
            operations.create_meeting(actor, title="T", held_on="2025-03-10", host_department_id=host)


def test_a_meeting_keeps_every_field(world):
    meeting = meeting_of(
        world,
        title=" Session   on forests ",
        held_on=date(2025, 3, 10),
        chair_name="Nguyễn Văn A",
        chair_title="Vice-chair",
        place="Hạ Long",
        host_department_id=world.lead.id,
        attendee_department_ids=[world.coord.id, str(world.other.id)],
        minutes="Le 10 mars...\n\nConclusions.",
        source_url="https://example.org/news/1",
        language="fr",
    )
    meeting = db.session.get(Meeting, meeting.id)
    assert meeting.title == "Session on forests" and meeting.held_on == date(2025, 3, 10)
    assert {d.id for d in meeting.attendees} == {world.coord.id, world.other.id}
    assert (meeting.chair_name, meeting.place, meeting.language) == ("Nguyễn Văn A", "Hạ Long", "fr")
    assert meeting.minutes.endswith("Conclusions.") and meeting.created_by_id == world.leader.id


def test_bad_meeting_input(world):
    cases = [
        ({"title": ""}, "title"),
        ({"title": "x" * 301}, "title"),
        ({"held_on": "10/03/2025"}, "held_on"),
        ({"held_on": None}, "held_on"),
        ({"host_department_id": 987654}, "host_department_id"),
        ({"attendee_department_ids": [987654]}, "attendee_department_ids"),
        ({"source_url": "javascript:alert(1)"}, "source_url"),
        ({"language": "de"}, "language"),
    ]
    for values, field in cases:
        arguments = {"title": "Session", "held_on": "2025-03-10", **values}
        with pytest.raises(ValidationFailed) as refused:
            operations.create_meeting(world.leader, **arguments)
        assert field in refused.value.fields, values
        db.session.rollback()
    assert db.session.scalar(db.select(db.func.count(Meeting.id))) == 0


def test_stale_meeting_edit_is_refused(world):
    meeting = meeting_of(world)
    seen = meeting.version
    operations.update_meeting(world.leader, meeting, version=seen, attendee_department_ids=[world.lead.id])
    db.session.commit()
    assert reload_meeting(meeting).version > seen  # even a change of attendees alone moves the version
    with pytest.raises(Conflict) as refused:
        operations.update_meeting(world.leader, meeting, version=seen, title="Renamed")
    assert refused.value.fields["attendee_department_ids"] == [world.lead.id]
    db.session.rollback()
    assert reload_meeting(meeting).title == "Working session on high-tech agriculture"


def reload_meeting(meeting):
    db.session.expire_all()
    return db.session.get(Meeting, meeting.id)


def test_who_edits_meetings(world):
    meeting = meeting_of(world, world.head)
    operations.update_meeting(world.head, meeting, place="Hạ Long")
    operations.update_meeting(world.leader, meeting, place="Cẩm Phả")
    for actor in (world.other_head, world.staff, world.observer):
        with pytest.raises(Forbidden):
            operations.update_meeting(actor, meeting, place="Elsewhere")
    with pytest.raises(Forbidden):  # a head cannot hand their meeting to another department
        operations.update_meeting(world.head, meeting, host_department_id=world.other.id)


# --- Directives -----------------------------------------------------------------------------------


def test_directives_are_added_in_order(world):
    meeting = meeting_of(world)
    operations.add_directive(world.leader, meeting, "Complete 04 high-tech agricultural zones.")
    operations.add_directives_from_text(
        world.leader,
        meeting,
        "Plant 5 000 hectares\nof new forest by 2025.\n\n\n  Carry out Plan No. 28/KH-UBND.  \n\n",
    )
    db.session.commit()
    assert texts(meeting) == [
        (1, "Complete 04 high-tech agricultural zones."),
        (2, "Plant 5 000 hectares of new forest by 2025."),
        (3, "Carry out Plan No. 28/KH-UBND."),
    ]


def test_pasted_lines_without_blank_lines_are_one_directive_each(world):
    meeting = meeting_of(world)
    text = MINUTES.read_text(encoding="utf-8") if MINUTES.exists() else "First.\nSecond.\r\nThird."
    directives = operations.add_directives_from_text(world.leader, meeting, text)
    expected = [" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n") if line.strip()]
    assert [d.text for d in directives] == expected
    assert [d.position for d in directives] == list(range(1, len(expected) + 1))


def test_bad_directive_input(world):
    meeting = meeting_of(world)
    for text in ("", "  \n\n  ", "x" * 20_001):
        with pytest.raises(ValidationFailed):
            operations.add_directive(world.leader, meeting, text)
        with pytest.raises(ValidationFailed):
            operations.add_directives_from_text(world.leader, meeting, text)
    with pytest.raises(Forbidden):
        operations.add_directive(world.staff, meeting, "Do it.")


def test_move_edit_and_remove_directives(world):
    meeting = meeting_of(world)
    a, b, c = operations.add_directives_from_text(world.leader, meeting, "A\n\nB\n\nC")
    operations.move_directive(world.leader, c, 1)
    assert [t for _, t in texts(meeting)] == ["C", "A", "B"]
    operations.move_directive(world.leader, db.session.get(Directive, c.id), 99)  # clamped to the end
    assert [t for _, t in texts(meeting)] == ["A", "B", "C"]
    operations.update_directive(world.leader, db.session.get(Directive, b.id), "B, reworded")
    operations.remove_directive(world.leader, db.session.get(Directive, a.id))
    db.session.commit()
    assert texts(meeting) == [(1, "B, reworded"), (2, "C")]


def test_a_directive_with_tasks_cannot_be_removed(world):
    meeting = meeting_of(world)
    directive = operations.add_directive(world.leader, meeting, "Plant trees.")
    new_task(world, directive_id=directive.id)
    with pytest.raises(ValidationFailed) as refused:
        operations.remove_directive(world.leader, directive)
    assert "1 task" in refused.value.description
    db.session.rollback()
    assert db.session.get(Directive, directive.id) is not None


# --- Pages ------------------------------------------------------------------------------------------


def test_meeting_pages_from_creation_to_tasks(world, client, auth):
    auth.login(world.leader)
    response = client.post(
        "/meetings/new",
        data={
            "title": "Session on forests",
            "held_on": "2025-03-10",
            "host_department_id": "",
            "attendee_department_ids": [world.lead.id, world.coord.id],
            "language": "en",
        },
    )
    assert response.status_code == 303
    meeting = db.session.scalar(db.select(Meeting))
    url = f"/meetings/{meeting.id}"
    assert client.post(f"{url}/directives", data={"directive-text": "First directive."}).status_code == 303
    # Pasted conclusions go through the review screen: nothing is added before the review.
    response = client.post(f"{url}/directives/paste", data={"paste-text": "Second one.\n\nThird one."})
    assert response.status_code == 200 and 'id="review-form"' in response.get_data(as_text=True)
    assert [t for _, t in texts(meeting)] == ["First directive."]
    for text in ("Second one.", "Third one."):
        assert client.post(f"{url}/directives", data={"directive-text": text}).status_code == 303
    assert [t for _, t in texts(meeting)] == ["First directive.", "Second one.", "Third one."]
    third = db.session.scalar(db.select(Directive).where(Directive.position == 3))
    client.post(f"/meetings/directives/{third.id}/move", data={"direction": "up"})
    assert [t for _, t in texts(meeting)] == ["First directive.", "Third one.", "Second one."]
    response = client.post(f"/meetings/directives/{third.id}/edit", data={"text": "Third, edited."})
    assert response.status_code == 303

    first = db.session.scalar(db.select(Directive).where(Directive.position == 1))
    task = new_task(world, directive_id=first.id, due_on=date(2025, 1, 1))
    task_operations.transition_task(world.staff, task, "start")
    db.session.commit()
    page = client.get(url).get_data(as_text=True)
    assert "Third, edited." in page and "Session on forests" in page
    assert task.title in page and 'class="badge status-in_progress"' in page and 'class="badge timing-overdue"' in page
    assert "New task from this directive" in page and ">↑ Up</button>" in page

    response = client.post(f"/meetings/directives/{first.id}/delete")
    assert response.status_code == 422 and "has 1 task: cancel or move it" in response.get_data(as_text=True)
    second = db.session.scalar(db.select(Directive).where(Directive.text == "Second one."))
    assert client.post(f"/meetings/directives/{second.id}/delete").status_code == 303
    assert [t for _, t in texts(meeting)] == ["First directive.", "Third, edited."]


def test_meeting_form_errors_and_stale_edit(world, client, auth):
    auth.login(world.leader)
    response = client.post("/meetings/new", data={"title": "", "held_on": "tomorrow", "place": "Keep me"})
    page = response.get_data(as_text=True)
    assert response.status_code == 422 and "Not a valid date value." in page and "Keep me" in page
    meeting = meeting_of(world)
    seen = meeting.version
    operations.update_meeting(world.admin, meeting, title="Renamed by the admin")
    db.session.commit()
    data = {"title": "Mine", "held_on": "2025-03-10", "version": seen, "host_department_id": "", "language": ""}
    response = client.post(f"/meetings/{meeting.id}/edit", data=data)
    page = response.get_data(as_text=True)
    assert response.status_code == 409 and "Renamed by the admin" in page and 'value="Mine"' in page
    assert reload_meeting(meeting).title == "Renamed by the admin"


def test_who_sees_a_meeting(world, client, auth):
    hosted = meeting_of(world, world.head)
    attended = meeting_of(world, world.leader, title="Finance session", attendee_department_ids=[world.lead.id])
    private = meeting_of(world, world.other_head, title="Transport session")
    auth.login(world.staff)
    assert client.get(f"/meetings/{hosted.id}").status_code == 200
    assert client.get(f"/meetings/{attended.id}").status_code == 200
    assert client.get(f"/meetings/{private.id}").status_code == 403
    page = client.get("/meetings/").get_data(as_text=True)
    assert "Finance session" in page and "Transport session" not in page
    assert "New meeting" not in page and "Edit meeting" not in client.get(f"/meetings/{hosted.id}").get_data(
        as_text=True
    )
    assert client.get("/meetings/new").status_code == 403
    assert client.post(f"/meetings/{hosted.id}/directives", data={"directive-text": "No."}).status_code == 403


def test_meeting_list_filters(world, client, auth):
    meeting_of(world, title="Forestry review", held_on="2025-01-15", host_department_id=world.lead.id, place="Hạ Long")
    meeting_of(world, title="Budget review", held_on="2025-02-20", host_department_id=world.coord.id)
    meeting_of(world, title="Road safety", held_on="2025-03-25", host_department_id=world.other.id)
    auth.login(world.observer)

    def listed(query):
        page = client.get(f"/meetings/?{query}").get_data(as_text=True)
        return [title for title in ("Forestry review", "Budget review", "Road safety") if title in page]

    assert listed("") == ["Forestry review", "Budget review", "Road safety"]
    assert listed("from=2025-02-01&to=2025-02-28") == ["Budget review"]
    assert listed(f"host_department_id={world.other.id}") == ["Road safety"]
    assert listed("q=review") == ["Forestry review", "Budget review"]
    assert listed("q=h%E1%BA%A1 long") == ["Forestry review"]
    page = client.get("/meetings/").get_data(as_text=True)
    assert page.index("Road safety") < page.index("Budget review")  # newest first


def test_task_from_a_meeting_shows_on_the_meeting(world):
    meeting = meeting_of(world)
    task = new_task(world, meeting_id=meeting.id)
    bring = task_operations.transition_task
    bring(world.leader, task, "cancel")
    db.session.commit()
    assert reload(task).status == TaskStatus.CANCELLED and reload(task).meeting_id == meeting.id


def test_meeting_list_counts_only_the_tasks_the_reader_sees(world, client, auth):
    meeting = meeting_of(world, attendee_department_ids=[world.lead.id, world.other.id])
    new_task(world, meeting_id=meeting.id)
    new_task(world, meeting_id=meeting.id, lead_department_id=world.other.id, coordinating_department_ids=[])
    auth.login(world.staff)
    page = client.get("/meetings/").get_data(as_text=True)
    assert "<td>1</td>" in page
    auth.logout()
    auth.login(world.leader)
    assert "<td>2</td>" in client.get("/meetings/").get_data(as_text=True)


def test_a_meeting_page_shows_its_tasks_up_to_the_limit_and_links_to_the_rest(world, client, auth, app, monkeypatch):
    monkeypatch.setitem(app.config, "TRACKER_MEETING_TASKS_SHOWN", 3)
    meeting = operations.create_meeting(world.leader, title="Session", held_on="2025-03-10")
    tasks = [new_task(world, meeting_id=meeting.id, title=f"Task number {n}") for n in range(5)]
    db.session.commit()
    auth.login(world.leader)
    page = client.get(f"/meetings/{meeting.id}").get_data(as_text=True)
    assert page.count('class="task-row') == 3
    assert all(task.title in page for task in tasks[:3]) and tasks[3].title not in page
    assert "2 more tasks of this meeting are not shown here" in page
    assert f"/tasks/?meeting_id={meeting.id}" in page
    monkeypatch.setitem(app.config, "TRACKER_MEETING_TASKS_SHOWN", 5)
    page = client.get(f"/meetings/{meeting.id}").get_data(as_text=True)
    assert page.count('class="task-row') == 5 and "not shown here" not in page
