"""Creating and editing tasks: every bad input is refused with a reason under its field, nothing saved."""

import html
import re
from datetime import date

import pytest

from tests.tasks_support import build_world, new_task, reload
from tracker.core.errors import Forbidden, ValidationFailed
from tracker.extensions import db
from tracker.meetings import operations as meeting_operations
from tracker.tasks import operations
from tracker.tasks.models import Task, TaskStatus

TEN_MB = "x" * (10 * 1024 * 1024)


@pytest.fixture
def world(make):
    return build_world(make)


def task_count():
    return db.session.scalar(db.select(db.func.count(Task.id)))


BAD_INPUT = [
    ({"title": ""}, "title"),
    ({"title": "   "}, "title"),
    ({"title": TEN_MB}, "title"),
    ({"title": "x" * 501}, "title"),
    ({"lead_department_id": 987654}, "lead_department_id"),
    ({"lead_department_id": None}, "lead_department_id"),
    ({"lead_department_id": "agriculture"}, "lead_department_id"),
    ({"coordinating_department_ids": [987654]}, "coordinating_department_ids"),
    ({"due_on": "next Tuesday"}, "due_on"),
    ({"due_on": "2025-02-30"}, "due_on"),
    ({"due_on": "31/12/2025"}, "due_on"),
    ({"recurrence": "weekly"}, "recurrence"),
    ({"recurrence": "monthly"}, "due_on"),  # a series needs a deadline to count from
    ({"priority": "urgent"}, "priority"),
    ({"target_value": "five thousand"}, "target_value"),
    ({"deadline_text": "x" * 301}, "deadline_text"),
    ({"description": "x" * 20_001}, "description"),
    ({"meeting_id": 987654}, "meeting_id"),
    ({"directive_id": 987654}, "directive_id"),
]


def test_bad_input_is_refused_with_the_field(world):
    for values, field in BAD_INPUT:
        arguments = {"title": "Plant trees", "lead_department_id": world.lead.id, **values}
        with pytest.raises(ValidationFailed) as refused:
            operations.create_task(world.leader, **arguments)
        assert refused.value.code == 422
        assert field in refused.value.fields, (values, refused.value.fields)
        db.session.rollback()
        assert task_count() == 0


def test_assignee_must_belong_to_the_lead_department(world):
    with pytest.raises(ValidationFailed) as refused:
        operations.create_task(
            world.leader, title="Plant trees", lead_department_id=world.lead.id, assignee_id=world.other_staff.id
        )
    assert "lead department" in refused.value.fields["assignee_id"]
    db.session.rollback()
    with pytest.raises(ValidationFailed) as refused:
        operations.create_task(
            world.leader, title="Plant trees", lead_department_id=world.lead.id, assignee_id=world.leader.id
        )
    assert "assignee_id" in refused.value.fields
    db.session.rollback()
    task = new_task(world)
    with pytest.raises(ValidationFailed):
        operations.assign_task(world.head, task, world.coord_staff.id)
    db.session.rollback()
    assert reload(task).assignee_id is None


def test_lead_cannot_also_coordinate(world):
    with pytest.raises(ValidationFailed) as refused:
        operations.create_task(
            world.leader, title="T", lead_department_id=world.lead.id, coordinating_department_ids=[world.lead.id]
        )
    assert "coordinating_department_ids" in refused.value.fields


def test_deactivated_department_cannot_be_given_a_task(world):
    world.other.is_active = False
    db.session.commit()
    with pytest.raises(ValidationFailed) as refused:
        operations.create_task(world.leader, title="T", lead_department_id=world.other.id)
    assert "deactivated" in refused.value.fields["lead_department_id"]


def test_a_valid_task_keeps_every_field(world):
    meeting = meeting_operations.create_meeting(world.leader, title="Working session", held_on="2025-03-10")
    directive = meeting_operations.add_directive(world.leader, meeting, "Complete 04 high-tech zones by Q3 2025.")
    task = operations.create_task(
        world.leader,
        title="  Complete 04   high-tech zones ",
        description="With the People's Committees of Dam Ha and Tien Yen.",
        directive_id=directive.id,
        lead_department_id=str(world.lead.id),
        coordinating_department_ids=[str(world.coord.id), world.other.id],
        assignee_id=world.staff.id,
        due_on="2025-09-30",
        deadline_text="by the end of Q3 2025",
        recurrence="quarterly",
        priority="high",
        target_value="4",
        target_unit="zones",
    )
    db.session.commit()
    task = reload(task)
    assert task.title == "Complete 04 high-tech zones"
    assert task.meeting_id == meeting.id and task.directive_id == directive.id
    assert task.coordinating_department_ids == {world.coord.id, world.other.id}
    assert task.assignee_id == world.staff.id and task.due_on == date(2025, 9, 30)
    assert task.deadline_text == "by the end of Q3 2025"
    assert (task.recurrence.value, task.priority.value) == ("quarterly", "high")
    assert (task.target_value, task.target_unit, task.progress, task.status) == (4.0, "zones", 0, TaskStatus.ASSIGNED)
    assert task.issuer_id == world.leader.id and task.issuing_department_id == world.office.id


def test_who_may_create_tasks(world):
    with pytest.raises(Forbidden):
        operations.create_task(world.staff, title="T", lead_department_id=world.lead.id)
    with pytest.raises(Forbidden):
        operations.create_task(world.observer, title="T", lead_department_id=world.lead.id)
    with pytest.raises(Forbidden):  # a head issues in their own department's name only
        operations.create_task(
            world.head, title="T", lead_department_id=world.other.id, issuing_department_id=world.other.id
        )
    db.session.rollback()
    task = operations.create_task(world.head, title="T", lead_department_id=world.other.id)
    assert task.issuing_department_id == world.lead.id
    with pytest.raises(Forbidden):  # ...and does not pick people in another department
        operations.create_task(
            world.head, title="T", lead_department_id=world.other.id, assignee_id=world.other_staff.id
        )


def test_tasks_from_a_meeting_are_made_by_its_host_side(world):
    meeting = meeting_operations.create_meeting(world.other_head, title="Transport session", held_on="2025-03-10")
    db.session.commit()
    with pytest.raises(Forbidden):
        operations.create_task(world.head, title="T", lead_department_id=world.lead.id, meeting_id=meeting.id)
    db.session.rollback()
    task = operations.create_task(world.other_head, title="T", lead_department_id=world.lead.id, meeting_id=meeting.id)
    assert task.meeting_id == meeting.id


def test_directive_of_another_meeting_is_refused(world):
    first = meeting_operations.create_meeting(world.leader, title="First", held_on="2025-03-10")
    second = meeting_operations.create_meeting(world.leader, title="Second", held_on="2025-03-11")
    directive = meeting_operations.add_directive(world.leader, first, "Do it.")
    with pytest.raises(ValidationFailed) as refused:
        operations.create_task(
            world.leader, title="T", lead_department_id=world.lead.id, meeting_id=second.id, directive_id=directive.id
        )
    assert "directive_id" in refused.value.fields


def test_update_validates_and_refuses_unknown_fields(world):
    task = new_task(world)
    with pytest.raises(ValidationFailed) as refused:
        operations.update_task(world.leader, task, version=task.version, status="done")
    assert "status" in refused.value.fields
    with pytest.raises(ValidationFailed) as refused:
        operations.update_task(world.leader, task, version=task.version, title="", due_on="soon")
    assert {"title", "due_on"} <= set(refused.value.fields)
    db.session.rollback()
    assert reload(task).title == "Plant 5 000 hectares of new forest"


def test_changing_the_lead_department_clears_an_assignee_who_no_longer_fits(world):
    task = new_task(world, assignee_id=world.staff.id)
    operations.update_task(world.leader, task, version=task.version, lead_department_id=world.other.id)
    db.session.commit()
    task = reload(task)
    assert task.lead_department_id == world.other.id and task.assignee_id is None


def test_closed_tasks_cannot_be_edited(world):
    task = new_task(world)
    operations.transition_task(world.leader, task, "cancel")
    from tracker.core.errors import InvalidTransition

    with pytest.raises(InvalidTransition):
        operations.update_task(world.leader, task, version=task.version, title="New")


# --- The same refusals through the task form ----------------------------------------------------


def form_data(world, **values):
    data = {
        "title": "Plant trees",
        "lead_department_id": world.lead.id,
        "due_on": "2031-01-01",
        "recurrence": "none",
        "priority": "normal",
    }
    data.update(values)
    return data


FORM_ERRORS = [
    ({"title": ""}, "This field is required."),
    ({"title": TEN_MB}, "At most 500 characters."),
    ({"lead_department_id": "987654"}, "Unknown department."),
    ({"due_on": "not a date"}, "Not a valid date value."),
    ({"assignee_id": "OTHER_STAFF"}, "The assignee must belong to the lead department."),
]


def test_task_form_shows_field_errors_and_keeps_the_input(world, client, auth):
    auth.login(world.leader)
    for values, message in FORM_ERRORS:
        if values.get("assignee_id") == "OTHER_STAFF":
            values = {**values, "assignee_id": world.other_staff.id}
        response = client.post("/tasks/new", data=form_data(world, description="Keep me", **values))
        page = response.get_data(as_text=True)
        assert response.status_code == 422, values
        assert message in page, message
        assert "Keep me" in page
        assert task_count() == 0


def test_task_form_from_a_directive(world, client, auth):
    meeting = meeting_operations.create_meeting(world.leader, title="Working session", held_on="2025-03-10")
    directive = meeting_operations.add_directive(world.leader, meeting, "Plant 5 000 hectares by 2025.")
    db.session.commit()
    auth.login(world.leader)
    page = client.get(f"/tasks/new?directive_id={directive.id}").get_data(as_text=True)
    assert "Plant 5 000 hectares by 2025." in page and "Working session" in page
    response = client.post(
        "/tasks/new", data=form_data(world, directive_id=directive.id, next_action="another", title="First part")
    )
    assert response.status_code == 303 and f"directive_id={directive.id}" in response.headers["Location"]
    client.post("/tasks/new", data=form_data(world, directive_id=directive.id, title="Second part"))
    tasks = db.session.scalars(db.select(Task).order_by(Task.id)).all()
    assert [(t.title, t.directive_id, t.meeting_id) for t in tasks] == [
        ("First part", directive.id, meeting.id),
        ("Second part", directive.id, meeting.id),
    ]


def test_staff_cannot_open_the_new_task_form(world, client, auth):
    auth.login(world.staff)
    assert client.get("/tasks/new").status_code == 403
    assert client.post("/tasks/new", data=form_data(world)).status_code == 403
    assert task_count() == 0


def test_new_task_form_of_a_meeting_one_cannot_edit_is_refused(world, client, auth):
    meeting = meeting_operations.create_meeting(world.other_head, title="Transport session", held_on="2025-03-10")
    directive = meeting_operations.add_directive(world.other_head, meeting, "Private conclusions.")
    db.session.commit()
    auth.login(world.head)
    response = client.get(f"/tasks/new?directive_id={directive.id}")
    assert response.status_code == 403 and b"Private conclusions." not in response.data


def test_a_long_description_is_never_cut_by_the_browser_and_is_refused_whole(world, client, auth):
    """The textarea has no maxlength (a browser cuts a longer paste silently); the server names the limit
    and gives back everything that was typed."""
    auth.login(world.leader)
    form = client.get("/tasks/new").get_data(as_text=True)
    textarea = re.search(r'<textarea[^>]*name="description"[^>]*>', form).group(0)
    assert "maxlength" not in textarea
    pasted = "Plant trees along the river. " * 700  # 20,300 characters
    response = client.post("/tasks/new", data=form_data(world, description=pasted))
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "At most 20000 characters." in page
    assert pasted.strip() in html.unescape(page)
    assert task_count() == 0
