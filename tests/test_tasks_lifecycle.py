"""The task lifecycle: who may do what (role x action x own/other department), illegal transitions,
stale versions, and what every change leaves behind."""

from datetime import date

import pytest

from tests.tasks_support import bring_to, build_world, new_task, reload, update_count
from tracker.core import events
from tracker.core.audit import AuditEvent
from tracker.core.errors import Conflict, Forbidden, InvalidTransition, ValidationFailed
from tracker.extensions import db
from tracker.tasks import operations
from tracker.tasks.models import TaskStatus, TaskUpdate, UpdateKind

ROLES = ("admin", "leader", "head", "staff", "observer")
RELATIONS = ("own", "other")

#: action -> (status the task must be in, status it leads to)
TRANSITIONS = {
    "start": (TaskStatus.ASSIGNED, TaskStatus.IN_PROGRESS),
    "submit": (TaskStatus.IN_PROGRESS, TaskStatus.SUBMITTED),
    "approve": (TaskStatus.SUBMITTED, TaskStatus.DONE),
    "return": (TaskStatus.SUBMITTED, TaskStatus.IN_PROGRESS),
    "cancel": (TaskStatus.ASSIGNED, TaskStatus.CANCELLED),
}


def may(role, relation, action):
    """The policy of design.md, written out: the task is issued by a leader of the provincial office."""
    lead_people = role in ("head", "staff") and relation == "own"
    issuing_side = role in ("admin", "leader")
    if action in ("start", "submit", "request_extension"):
        return role == "admin" or lead_people
    if action in ("approve", "return", "cancel", "decide_extension", "edit"):
        return issuing_side
    if action == "assign":
        return issuing_side or (role == "head" and relation == "own")
    if action == "report_progress":
        return issuing_side or lead_people
    raise AssertionError(action)


@pytest.fixture
def world(make):
    return build_world(make)


CASES = [(role, relation) for role in ROLES for relation in RELATIONS]


@pytest.mark.parametrize("action", list(TRANSITIONS))
def test_transition_matrix(world, action):
    """Each role, in the lead department and in another one, tries ``action`` on a fresh task."""
    source, target = TRANSITIONS[action]
    outcomes = {}
    for role, relation in CASES:
        task = bring_to(world, new_task(world, due_on=date(2031, 1, 1)), source)
        actor = world.actor(role, relation)
        updates_before = update_count(task)
        try:
            operations.transition_task(actor, task, action, comment="Needs the final map.")
            db.session.commit()
        except Forbidden as refused:
            assert refused.code == 403 and refused.description
            db.session.rollback()
            assert reload(task).status == source and update_count(task) == updates_before, (role, relation)
            outcomes[role, relation] = False
        else:
            assert reload(task).status == target and update_count(task) == updates_before + 1, (role, relation)
            outcomes[role, relation] = True
    assert outcomes == {(role, relation): may(role, relation, action) for role, relation in CASES}


def _do(world, task, actor, action):
    if action == "report_progress":
        return operations.report_progress(actor, task, progress=30, comment="Seedlings ordered.")
    if action == "request_extension":
        return operations.request_extension(actor, task, due_on=date(2031, 6, 30), reason="Rain season.")
    if action == "decide_extension":
        extension = operations.request_extension(world.staff, task, due_on=date(2031, 6, 30), reason="Rain.")
        return operations.decide_extension(actor, extension, approve=True)
    if action == "assign":
        return operations.assign_task(actor, task, world.staff.id)
    if action == "edit":
        return operations.update_task(actor, task, version=task.version, title="Plant 6 000 hectares")
    raise AssertionError(action)


CHANGED = {
    "report_progress": lambda world, task: task.progress == 30,
    "request_extension": lambda world, task: task.due_on == date(2031, 1, 1),
    "decide_extension": lambda world, task: task.due_on == date(2031, 6, 30),
    "assign": lambda world, task: task.assignee_id == world.staff.id,
    "edit": lambda world, task: task.title == "Plant 6 000 hectares",
}


@pytest.mark.parametrize("action", list(CHANGED))
def test_other_actions_matrix(world, action):
    outcomes = {}
    for role, relation in CASES:
        task = bring_to(world, new_task(world, due_on=date(2031, 1, 1)), TaskStatus.IN_PROGRESS)
        actor = world.actor(role, relation)
        try:
            _do(world, task, actor, action)
            db.session.commit()
        except Forbidden:
            db.session.rollback()
            task = reload(task)
            unchanged = (task.title, task.progress, task.assignee_id, task.due_on)
            assert unchanged == ("Plant 5 000 hectares of new forest", 0, None, date(2031, 1, 1)), (role, relation)
            outcomes[role, relation] = False
        else:
            assert CHANGED[action](world, reload(task)), (role, relation)
            outcomes[role, relation] = True
    assert outcomes == {(role, relation): may(role, relation, action) for role, relation in CASES}


def test_coordinating_department_reports_but_cannot_start_or_submit(world):
    task = new_task(world)
    operations.report_progress(world.coord_staff, task, comment="Funds are earmarked.")
    db.session.commit()
    with pytest.raises(Forbidden):
        operations.transition_task(world.coord_head, task, "start")
    assert reload(task).status == TaskStatus.ASSIGNED


def test_head_of_the_issuing_department_reviews_its_own_tasks(world):
    task = new_task(world, issuer=world.other_head)
    assert task.issuing_department_id == world.other.id
    bring_to(world, task, TaskStatus.SUBMITTED)
    with pytest.raises(Forbidden):
        operations.transition_task(world.head, task, "approve")
    operations.transition_task(world.other_head, task, "approve")
    db.session.commit()
    assert reload(task).status == TaskStatus.DONE


ILLEGAL = [
    (TaskStatus.ASSIGNED, "submit"),
    (TaskStatus.ASSIGNED, "approve"),
    (TaskStatus.ASSIGNED, "return"),
    (TaskStatus.IN_PROGRESS, "start"),
    (TaskStatus.IN_PROGRESS, "approve"),
    (TaskStatus.SUBMITTED, "start"),
    (TaskStatus.SUBMITTED, "submit"),
    (TaskStatus.DONE, "start"),
    (TaskStatus.DONE, "return"),
    (TaskStatus.DONE, "cancel"),
    (TaskStatus.CANCELLED, "start"),
    (TaskStatus.CANCELLED, "cancel"),
]


def test_illegal_transitions_are_422_and_change_nothing(world):
    for status, action in ILLEGAL:
        task = bring_to(world, new_task(world), status)
        actor = world.admin  # allowed every action, so only the status can refuse
        updates, version = update_count(task), task.version
        with pytest.raises(InvalidTransition) as refused:
            operations.transition_task(actor, task, action, comment="x")
        assert refused.value.code == 422
        db.session.rollback()
        task = reload(task)
        assert task.status == status and task.version == version and update_count(task) == updates, (status, action)


def test_every_open_status_can_be_cancelled(world):
    for status in (TaskStatus.ASSIGNED, TaskStatus.IN_PROGRESS, TaskStatus.SUBMITTED):
        task = bring_to(world, new_task(world), status)
        operations.transition_task(world.leader, task, "cancel", comment="Superseded by Plan 28.")
        db.session.commit()
        assert reload(task).status == TaskStatus.CANCELLED


def test_return_needs_a_comment_and_goes_back_to_in_progress(world):
    task = bring_to(world, new_task(world), TaskStatus.SUBMITTED)
    with pytest.raises(ValidationFailed) as refused:
        operations.transition_task(world.leader, task, "return", comment="   ")
    assert "comment" in refused.value.fields
    db.session.rollback()
    assert reload(task).status == TaskStatus.SUBMITTED
    operations.transition_task(world.leader, task, "return", comment="Attach the survey map.")
    db.session.commit()
    task = reload(task)
    assert task.status == TaskStatus.IN_PROGRESS
    last = task.updates[-1]
    assert (last.status_from, last.status_to, last.comment) == (
        TaskStatus.SUBMITTED,
        TaskStatus.IN_PROGRESS,
        "Attach the survey map.",
    )


def test_unknown_action_is_a_field_error(world):
    task = new_task(world)
    with pytest.raises(ValidationFailed) as refused:
        operations.transition_task(world.admin, task, "finish")
    assert "action" in refused.value.fields


def test_approval_completes_the_task_in_local_time(world, app):
    import time_machine

    task = bring_to(world, new_task(world, due_on=date(2025, 6, 30)), TaskStatus.SUBMITTED)
    # 20:30 UTC on 30 June is already 1 July in Ho Chi Minh City (UTC+7): completed late.
    with time_machine.travel("2025-06-30 20:30:00+00:00", tick=False):
        operations.transition_task(world.leader, task, "approve")
    db.session.commit()
    task = reload(task)
    assert task.completed_at.isoformat().startswith("2025-06-30T20:30")
    assert task.completed_on == date(2025, 7, 1)
    assert task.progress == 100


def test_stale_version_is_409_and_overwrites_nothing(world):
    task = new_task(world, due_on=date(2031, 1, 1))
    seen = task.version
    operations.update_task(world.leader, task, version=seen, title="Plant 6 000 hectares")
    db.session.commit()
    with pytest.raises(Conflict) as refused:
        operations.update_task(world.leader, task, version=seen, title="Plant 7 000 hectares", due_on="2032-01-01")
    assert refused.value.code == 409
    assert refused.value.fields["title"] == "Plant 6 000 hectares"
    db.session.rollback()
    task = reload(task)
    assert task.title == "Plant 6 000 hectares" and task.due_on == date(2031, 1, 1)
    for action, actor in (("start", world.staff),):
        with pytest.raises(Conflict):
            operations.transition_task(actor, task, action, version=seen)
        db.session.rollback()
        assert reload(task).status == TaskStatus.ASSIGNED
    with pytest.raises(Conflict):
        operations.report_progress(world.staff, task, progress=80, version=seen)
    db.session.rollback()
    assert reload(task).progress == 0


def test_update_requires_a_version(world):
    task = new_task(world)
    with pytest.raises(ValidationFailed) as refused:
        operations.update_task(world.leader, task, version=None, title="New")
    assert "version" in refused.value.fields


def test_every_change_bumps_the_version(world):
    task = new_task(world)
    versions = [task.version]
    operations.assign_task(world.head, task, world.staff.id)
    versions.append(task.version)
    operations.update_task(world.leader, task, version=task.version, coordinating_department_ids=[])
    versions.append(task.version)
    operations.transition_task(world.staff, task, "start")
    versions.append(task.version)
    operations.report_progress(world.staff, task, progress=10)
    versions.append(task.version)
    db.session.commit()
    assert versions == sorted(set(versions)) and len(versions) == 5


def test_history_and_audit_record_every_change(world):
    task = new_task(world, due_on=date(2031, 1, 1))
    operations.assign_task(world.head, task, world.staff.id)
    operations.transition_task(world.staff, task, "start")
    operations.report_progress(world.staff, task, progress=40, current_value=2000, comment="2 000 ha planted.")
    operations.update_task(world.leader, task, version=task.version, due_on="2031-03-31")
    operations.transition_task(world.staff, task, "submit")
    operations.transition_task(world.leader, task, "return", comment="Show the map.")
    db.session.commit()
    updates = db.session.scalars(
        db.select(TaskUpdate).where(TaskUpdate.task_id == task.id).order_by(TaskUpdate.id)
    ).all()
    assert [update.kind for update in updates] == [
        UpdateKind.CREATED,
        UpdateKind.ASSIGNMENT,
        UpdateKind.TRANSITION,
        UpdateKind.PROGRESS,
        UpdateKind.EDIT,
        UpdateKind.TRANSITION,
        UpdateKind.TRANSITION,
    ]
    edit = updates[4]
    assert edit.details["due_from"] == "2031-01-01" and edit.details["due_to"] == "2031-03-31"
    assert updates[3].progress == 40 and updates[3].current_value == 2000
    actions = db.session.scalars(
        db.select(AuditEvent.action).where(AuditEvent.object_type == "task", AuditEvent.object_id == task.id)
    ).all()
    assert {"task.create", "task.assign", "task.start", "task.progress", "task.update", "task.submit"} <= set(actions)


def test_operations_send_the_workflow_signals(world):
    received = []

    def listener(name):
        def receive(sender, **kwargs):
            received.append((name, sender, kwargs))

        return receive

    receivers = {
        "created": listener("created"),
        "assigned": listener("assigned"),
        "transitioned": listener("transitioned"),
        "deadline": listener("deadline"),
        "extension": listener("extension"),
    }
    events.task_created.connect(receivers["created"])
    events.task_assigned.connect(receivers["assigned"])
    events.task_transitioned.connect(receivers["transitioned"])
    events.task_deadline_changed.connect(receivers["deadline"])
    events.extension_decided.connect(receivers["extension"])
    try:
        task = new_task(world, due_on=date(2031, 1, 1))
        operations.assign_task(world.head, task, world.staff.id)
        operations.transition_task(world.staff, task, "start")
        extension = operations.request_extension(world.staff, task, due_on="2031-02-01", reason="Storm damage.")
        operations.decide_extension(world.leader, extension, approve=True)
    finally:
        events.task_created.disconnect(receivers["created"])
        events.task_assigned.disconnect(receivers["assigned"])
        events.task_transitioned.disconnect(receivers["transitioned"])
        events.task_deadline_changed.disconnect(receivers["deadline"])
        events.extension_decided.disconnect(receivers["extension"])
    names = [name for name, _, _ in received]
    assert names == ["created", "assigned", "transitioned", "extension", "deadline"]
    _, _, assigned = received[1]
    assert assigned["previous_assignee_id"] is None and assigned["actor"] is world.head
    _, _, transitioned = received[2]
    assert transitioned["action"] == "start" and transitioned["status_from"] == TaskStatus.ASSIGNED
    assert transitioned["update"].id is not None
    _, _, deadline = received[4]
    assert deadline["previous_due_on"] == date(2031, 1, 1)


def test_allowed_actions_lists_what_each_person_may_do_now(world):
    task = bring_to(world, new_task(world), TaskStatus.SUBMITTED)
    assert operations.allowed_actions(world.leader, task) == ["approve", "return", "cancel"]
    assert operations.allowed_actions(world.staff, task) == []
    assert operations.allowed_actions(world.observer, task) == []
