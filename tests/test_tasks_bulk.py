"""Bulk actions on the task lists: each task through its own operation and permission check, in a
savepoint of its own; the lists' form (CSRF, no JavaScript) and its result page."""

import csv
import io
from datetime import date

import pytest
import sqlalchemy as sa

from tests.tasks_support import build_world, new_task, reload, update_count
from tracker.core import events
from tracker.core.errors import ValidationFailed
from tracker.extensions import db
from tracker.notifications.models import Notification, NotificationKind
from tracker.tasks import bulk
from tracker.tasks.models import Priority, TaskStatus, TaskUpdate, UpdateKind


@pytest.fixture
def world(make):
    return build_world(make)


def issued_by_head(world, lead, **values):
    """A task issued by the leader to ``lead``, with no coordinating department."""
    return new_task(world, lead_department_id=lead.id, coordinating_department_ids=[], **values)


# --- The operation --------------------------------------------------------------------------------------


def test_a_head_bulk_assigns_and_the_other_departments_task_is_refused_with_the_reason(world):
    ours = [issued_by_head(world, world.lead, title=f"Ours {n}") for n in range(3)]
    # Visible to the head (their department coordinates it), but led by another department.
    theirs = new_task(
        world, title="Theirs", lead_department_id=world.other.id, coordinating_department_ids=[world.lead.id]
    )
    ids = [ours[0].id, theirs.id, ours[1].id, ours[2].id]

    outcome = bulk.run(world.head, "assign", ids, {"assignee_id": world.staff.id})
    db.session.commit()

    assert outcome.done == [ours[0].id, ours[1].id, ours[2].id]
    assert outcome.refused == [(theirs.id, "Only the head of the lead department assigns this task.")]
    for task in ours:
        task = reload(task)
        assert task.assignee_id == world.staff.id
        assignments = db.session.scalars(
            sa.select(TaskUpdate).where(TaskUpdate.task_id == task.id, TaskUpdate.kind == UpdateKind.ASSIGNMENT)
        ).all()
        assert len(assignments) == 1 and assignments[0].author_id == world.head.id
    assert reload(theirs).assignee_id is None
    assert update_count(theirs) == 1  # only its creation
    told = db.session.scalars(
        sa.select(Notification.task_id).where(
            Notification.user_id == world.staff.id, Notification.kind == NotificationKind.ASSIGNED
        )
    ).all()
    assert sorted(told) == sorted(task.id for task in ours)


def test_a_failure_inside_one_task_leaves_that_task_unchanged_and_the_others_done(world):
    first, broken, last = (issued_by_head(world, world.lead, title=f"Task {n}") for n in range(3))
    versions = {task.id: task.version for task in (first, broken, last)}

    def fail_on_the_second(task, **extra):
        if task.id == broken.id:
            raise RuntimeError("the mail relay fell over")

    events.task_assigned.connect(fail_on_the_second)
    try:
        outcome = bulk.run(world.head, "assign", [first.id, broken.id, last.id], {"assignee_id": world.staff.id})
        db.session.commit()
    finally:
        events.task_assigned.disconnect(fail_on_the_second)

    assert outcome.done == [first.id, last.id]
    assert [task_id for task_id, _ in outcome.refused] == [broken.id]
    assert "not changed" in outcome.refused[0][1]
    # The assignment, its history entry and its audit were written before the failure: all undone.
    broken = reload(broken)
    assert broken.assignee_id is None and broken.version == versions[broken.id]
    assert update_count(broken) == 1
    assert reload(first).assignee_id == world.staff.id and reload(last).assignee_id == world.staff.id


def test_the_cap_refuses_a_larger_selection_before_anything_changes(world, app, monkeypatch):
    tasks = [issued_by_head(world, world.lead) for _ in range(3)]
    monkeypatch.setitem(app.config, "TRACKER_BULK_MAX_TASKS", 2)
    with pytest.raises(ValidationFailed) as caught:
        bulk.run(world.head, "assign", [task.id for task in tasks], {"assignee_id": world.staff.id})
    assert "At most 2 tasks" in caught.value.description
    assert all(reload(task).assignee_id is None for task in tasks)


def test_deadlines_are_set_or_moved_and_a_task_without_one_is_refused(world):
    dated = issued_by_head(world, world.lead, due_on=date(2025, 9, 30), deadline_text="by the end of Q3 2025")
    undated = issued_by_head(world, world.lead)

    outcome = bulk.run(world.leader, "set_due", [dated.id, undated.id], {"shift_days": "7"})
    db.session.commit()
    assert outcome.done == [dated.id]
    assert outcome.refused == [(undated.id, "This task has no deadline to move.")]
    dated = reload(dated)
    assert dated.due_on == date(2025, 10, 7) and dated.deadline_text is None

    outcome = bulk.run(world.leader, "set_due", [dated.id, undated.id], {"due_on": "2026-01-15"})
    db.session.commit()
    assert outcome.done == [dated.id, undated.id]
    assert reload(undated).due_on == date(2026, 1, 15)

    with pytest.raises(ValidationFailed):
        bulk.run(world.leader, "set_due", [dated.id], {"due_on": "2026-01-15", "shift_days": "3"})
    with pytest.raises(ValidationFailed):
        bulk.run(world.leader, "set_due", [dated.id], {"shift_days": "soon"})


def test_priority_coordinators_and_cancel_follow_the_issuing_side_rule(world):
    mine = new_task(world, issuer=world.head, lead_department_id=world.lead.id, coordinating_department_ids=[])
    leaders = issued_by_head(world, world.lead)

    outcome = bulk.run(world.head, "set_priority", [mine.id, leaders.id], {"priority": "high"})
    db.session.commit()
    assert outcome.done == [mine.id]
    assert outcome.refused[0][0] == leaders.id and "issuing side" in outcome.refused[0][1]
    assert reload(mine).priority == Priority.HIGH and reload(leaders).priority == Priority.NORMAL

    outcome = bulk.run(world.leader, "add_coordinating", [mine.id, leaders.id], {"department_ids": [world.lead.id]})
    assert [task_id for task_id, _ in outcome.refused] == [mine.id, leaders.id]
    assert "cannot also be a coordinating one" in outcome.refused[0][1]
    outcome = bulk.run(world.leader, "add_coordinating", [mine.id, leaders.id], {"department_ids": [world.coord.id]})
    db.session.commit()
    assert outcome.done == [mine.id, leaders.id]
    assert reload(leaders).coordinating_department_ids == {world.coord.id}

    outcome = bulk.run(world.head, "cancel", [mine.id, leaders.id], {"comment": "Merged into the plan"})
    db.session.commit()
    assert outcome.done == [mine.id]
    assert reload(mine).status == TaskStatus.CANCELLED and reload(leaders).status == TaskStatus.ASSIGNED


def test_a_task_the_user_may_not_see_is_refused_without_naming_it(world):
    hidden = issued_by_head(world, world.other, title="Secret road works")
    outcome = bulk.run(world.head, "set_priority", [hidden.id, 999_999], {"priority": "low"})
    assert [task_id for task_id, _ in outcome.refused] == [hidden.id, 999_999]
    assert "may not see it" in outcome.refused[0][1] and "Secret" not in outcome.refused[0][1]


# --- The lists' form --------------------------------------------------------------------------------------


def test_the_lists_show_the_bulk_form_and_a_checkbox_per_row(world, client, auth):
    task = issued_by_head(world, world.lead, title="Dredge the canal")
    auth.login(world.head)
    for path in ("/", "/tasks/department"):
        page = client.get(path).get_data(as_text=True)
        assert 'id="bulk-form"' in page, path
        assert f'name="ids" value="{task.id}" form="bulk-form"' in page, path
        assert "js/bulk.js" in page


def test_the_forms_people_are_the_heads_own_active_people_named_escaped(world, client, auth, make):
    issued_by_head(world, world.lead, title="Dredge the canal")
    bold = make.user(role="staff", department=world.lead, name="<b>Bold</b> & Co")
    make.user(role="staff", department=world.lead, name="Gone Away", is_active=False)
    db.session.commit()
    auth.login(world.head)
    page = client.get("/tasks/department").get_data(as_text=True)
    assert f'<option value="{world.coord.id}">Finance</option>' in page  # coordinating departments
    # The people are suggested as one types "Assign to" (tests/test_tasks_bulk_assignee.py).
    offered = client.get("/tasks/bulk/people?q=").get_json()["items"]
    assert [item["value"] for item in offered] == [
        f"<b>Bold</b> & Co (NN) #{bold.id}",  # JSON, set as an option's value by bulk.js: never HTML
        f"Hoa Head (NN) #{world.head.id}",
        f"Sam Staff (NN) #{world.staff.id}",
    ]


def test_the_form_assigns_the_ticked_tasks_and_names_each_refusal(world, client, auth):
    ours = issued_by_head(world, world.lead, title="Dredge the canal")
    theirs = new_task(
        world, title="Pave <the> road", lead_department_id=world.other.id, coordinating_department_ids=[world.lead.id]
    )
    auth.login(world.head)
    response = client.post(
        "/tasks/bulk",
        data={
            "list": "department",
            "scope": "selected",
            "ids": [ours.id, theirs.id],
            "action": "assign",
            "assignee_id": world.staff.id,
            "next": "/tasks/department?status=open",
        },
    )
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "1 task done" in page and "1 task refused" in page
    assert "Only the head of the lead department assigns this task." in page
    assert 'href="/tasks/department?status=open"' in page
    assert reload(ours).assignee_id == world.staff.id and reload(theirs).assignee_id is None


def test_the_form_acts_on_every_task_matching_the_filters(world, client, auth):
    canal = [issued_by_head(world, world.lead, title=f"Canal section {n}") for n in range(3)]
    other = issued_by_head(world, world.lead, title="School roof")
    auth.login(world.head)
    response = client.post(
        "/tasks/bulk",
        data={
            "list": "department",
            "scope": "filter",
            "filter.q": "canal",
            "filter.status": "open",
            "action": "assign",
            "assignee_id": world.staff.id,
        },
    )
    assert response.status_code == 200, response.get_data(as_text=True)
    assert all(reload(task).assignee_id == world.staff.id for task in canal)
    assert reload(other).assignee_id is None


def test_bad_input_is_a_422_that_changes_nothing(world, client, auth, app, monkeypatch):
    task = issued_by_head(world, world.lead)
    auth.login(world.head)
    response = client.post("/tasks/bulk", data={"list": "department", "ids": [task.id], "action": "assign"})
    assert response.status_code == 422
    assert "Choose the person to assign." in response.get_data(as_text=True)
    response = client.post("/tasks/bulk", data={"list": "department", "action": "cancel"})
    assert response.status_code == 422 and "Select at least one task." in response.get_data(as_text=True)
    monkeypatch.setitem(app.config, "TRACKER_BULK_MAX_TASKS", 1)
    extra = issued_by_head(world, world.lead)
    response = client.post("/tasks/bulk", data={"list": "department", "ids": [task.id, extra.id], "action": "cancel"})
    assert response.status_code == 422 and "At most 1 tasks" in response.get_data(as_text=True)
    assert reload(task).status == TaskStatus.ASSIGNED


def test_the_form_needs_the_csrf_token(world, client, auth, app):
    task = issued_by_head(world, world.lead)
    auth.login(world.head)
    app.config["WTF_CSRF_ENABLED"] = True
    response = client.post(
        "/tasks/bulk",
        data={"list": "department", "ids": [task.id], "action": "assign", "assignee_id": world.staff.id},
    )
    assert response.status_code == 400
    assert reload(task).assignee_id is None


def test_the_selection_is_exported_with_only_what_the_user_may_see(world, client, auth):
    ours = issued_by_head(world, world.lead, title="Dredge the canal")
    issued_by_head(world, world.lead, title="Not selected")
    hidden = issued_by_head(world, world.other, title="Secret road works")
    auth.login(world.head)
    response = client.post(
        "/tasks/bulk", data={"list": "department", "ids": [ours.id, hidden.id], "action": "export_csv"}
    )
    assert response.status_code == 200 and response.mimetype == "text/csv"
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert [row[1] for row in rows[1:]] == ["Dredge the canal"]


def test_signed_out_users_are_sent_to_sign_in(world, client):
    task = issued_by_head(world, world.lead)
    response = client.post("/tasks/bulk", data={"list": "department", "ids": [task.id], "action": "cancel"})
    assert response.status_code == 302 and "/login" in response.headers["Location"]
    assert reload(task).status == TaskStatus.ASSIGNED


def test_a_meetings_page_carries_the_bulk_form_and_acts_on_that_meetings_tasks_only(world, client, auth, make):
    meeting = make.meeting(host=world.lead, title="Flood season preparation")
    db.session.commit()
    ours = [issued_by_head(world, world.lead, title=f"Flood task {n}", meeting_id=meeting.id) for n in range(2)]
    elsewhere = issued_by_head(world, world.lead, title="Budget task")
    auth.login(world.head)
    page = client.get(f"/meetings/{meeting.id}").get_data(as_text=True)
    assert 'id="bulk-form"' in page and 'name="list" value="meeting"' in page
    assert f'name="ids" value="{ours[0].id}" form="bulk-form"' in page
    response = client.post(
        "/tasks/bulk",
        data={
            "list": "meeting",
            "scope": "filter",
            "filter.meeting_id": meeting.id,
            "filter.status": "",
            "action": "set_priority",
            "priority": "high",
        },
    )
    assert response.status_code == 200
    # The head's department did not issue these tasks: each is refused with the reason, none changed.
    assert response.get_data(as_text=True).count("issuing side") == 2
    response = client.post(
        "/tasks/bulk",
        data={
            "list": "meeting",
            "scope": "filter",
            "filter.meeting_id": meeting.id,
            "filter.status": "",
            "action": "assign",
            "assignee_id": world.staff.id,
        },
    )
    assert "2 tasks done" in response.get_data(as_text=True)
    assert all(reload(task).assignee_id == world.staff.id for task in ours)
    assert reload(elsewhere).assignee_id is None
    response = client.post("/tasks/bulk", data={"list": "meeting", "scope": "filter", "action": "cancel"})
    assert response.status_code == 422 and "Unknown meeting." in response.get_data(as_text=True)
