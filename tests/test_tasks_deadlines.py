"""Deadlines that move: extension requests and recurring tasks."""

from datetime import date

import pytest
import time_machine

from tests.tasks_support import bring_to, build_world, new_task, reload
from tracker.core.errors import Forbidden, InvalidTransition, ValidationFailed
from tracker.extensions import db
from tracker.tasks import operations
from tracker.tasks.models import ExtensionRequest, ExtensionStatus, Task, TaskStatus, Timing, UpdateKind
from tracker.tasks.timing import timing_of

TODAY = "2025-06-01 03:00:00+00:00"  # 10:00 in Ho Chi Minh City


@pytest.fixture
def world(make):
    return build_world(make)


@pytest.fixture
def frozen():
    with time_machine.travel(TODAY, tick=False):
        yield


def test_approved_extension_moves_the_deadline_and_keeps_the_old_one(world, frozen):
    task = bring_to(world, new_task(world, due_on=date(2025, 6, 30)), TaskStatus.IN_PROGRESS)
    extension = operations.request_extension(world.staff, task, due_on="2025-07-31", reason="Seedlings arrive late.")
    db.session.commit()
    assert extension.status == ExtensionStatus.PENDING and extension.previous_due_on == date(2025, 6, 30)
    assert reload(task).due_on == date(2025, 6, 30)  # nothing moves before the decision

    operations.decide_extension(world.leader, extension, approve=True, comment="Agreed.")
    db.session.commit()
    task = reload(task)
    assert task.due_on == date(2025, 7, 31)
    extension = db.session.get(ExtensionRequest, extension.id)
    assert extension.status == ExtensionStatus.APPROVED and extension.decided_by_id == world.leader.id
    assert extension.decided_at is not None and extension.decision_comment == "Agreed."
    history = [u for u in task.updates if u.kind == UpdateKind.EXTENSION]
    assert [u.details["state"] for u in history] == ["requested", "approved"]
    assert history[-1].details["due_from"] == "2025-06-30" and history[-1].details["due_to"] == "2025-07-31"


def test_on_time_is_judged_against_the_deadline_in_force(world, frozen):
    task = bring_to(world, new_task(world, due_on=date(2025, 6, 30)), TaskStatus.IN_PROGRESS)
    extension = operations.request_extension(world.staff, task, due_on="2025-07-31", reason="Rain.")
    operations.decide_extension(world.leader, extension, approve=True)
    operations.transition_task(world.staff, task, "submit")
    db.session.commit()
    with time_machine.travel("2025-07-15 03:00:00+00:00", tick=False):
        operations.transition_task(world.leader, task, "approve")
        db.session.commit()
        task = reload(task)
        assert task.completed_on == date(2025, 7, 15)
        assert timing_of(task) == Timing.ON_TIME  # late against the old deadline, on time against the new


def test_refused_extension_leaves_the_deadline(world, frozen):
    task = bring_to(world, new_task(world, due_on=date(2025, 6, 30)), TaskStatus.IN_PROGRESS)
    extension = operations.request_extension(world.head, task, due_on="2025-08-31", reason="Short of staff.")
    operations.decide_extension(world.leader, extension, approve="0", comment="Reassign instead.")
    db.session.commit()
    assert reload(task).due_on == date(2025, 6, 30)
    assert db.session.get(ExtensionRequest, extension.id).status == ExtensionStatus.REFUSED
    with pytest.raises(InvalidTransition):
        operations.decide_extension(world.leader, extension, approve=True)


BAD_REQUESTS = [
    ({"due_on": "2025-06-30", "reason": "Same day"}, "due_on"),
    ({"due_on": "2025-06-15", "reason": "Earlier"}, "due_on"),
    ({"due_on": "someday", "reason": "Bad date"}, "due_on"),
    ({"due_on": None, "reason": "No date"}, "due_on"),
    ({"due_on": "2025-07-31", "reason": "  "}, "reason"),
]


def test_bad_extension_requests(world, frozen):
    task = new_task(world, due_on=date(2025, 6, 30))
    for values, field in BAD_REQUESTS:
        with pytest.raises(ValidationFailed) as refused:
            operations.request_extension(world.staff, task, **values)
        assert field in refused.value.fields, values


def test_one_pending_request_at_a_time_and_only_on_open_tasks(world, frozen):
    task = new_task(world, due_on=date(2025, 6, 30))
    operations.request_extension(world.staff, task, due_on="2025-07-31", reason="Rain.")
    with pytest.raises(ValidationFailed):
        operations.request_extension(world.staff, task, due_on="2025-08-31", reason="More rain.")
    done = bring_to(world, new_task(world, due_on=date(2025, 6, 30)), TaskStatus.DONE)
    with pytest.raises(InvalidTransition):
        operations.request_extension(world.staff, done, due_on="2025-07-31", reason="Too late.")


def test_extension_decisions_belong_to_the_issuing_side(world, frozen):
    task = new_task(world, due_on=date(2025, 6, 30))
    extension = operations.request_extension(world.staff, task, due_on="2025-07-31", reason="Rain.")
    for user in (world.staff, world.head, world.coord_head, world.observer):
        with pytest.raises(Forbidden):
            operations.decide_extension(user, extension, approve=True)
    with pytest.raises(Forbidden):
        operations.request_extension(world.coord_staff, task, due_on="2025-07-31", reason="Not ours.")


def test_extension_through_the_pages(world, client, auth, frozen):
    task = bring_to(world, new_task(world, due_on=date(2025, 6, 30)), TaskStatus.IN_PROGRESS)
    auth.login(world.staff)
    response = client.post(f"/tasks/{task.id}/extensions", data={"due_on": "2025-05-01", "reason": "Rain."})
    assert response.status_code == 422 and "after the current one" in response.get_data(as_text=True)
    response = client.post(f"/tasks/{task.id}/extensions", data={"due_on": "2025-07-31", "reason": "Rain."})
    assert response.status_code == 303
    extension = db.session.scalar(db.select(ExtensionRequest))
    auth.logout()
    auth.login(world.leader)
    page = client.get(f"/tasks/{task.id}").get_data(as_text=True)
    assert "Grant extension" in page and "Refuse extension" in page
    response = client.post(f"/tasks/extensions/{extension.id}/decision", data={"approve": "1", "comment": "OK"})
    assert response.status_code == 303
    assert reload(task).due_on == date(2025, 7, 31)
    page = client.get(f"/tasks/{task.id}").get_data(as_text=True)
    assert "deadline moved from Jun 30, 2025 to Jul 31, 2025" in page


# --- Recurring tasks ------------------------------------------------------------------------------


NEXT_OCCURRENCES = [
    (date(2025, 1, 31), "monthly", date(2025, 2, 28)),
    (date(2024, 1, 31), "monthly", date(2024, 2, 29)),
    (date(2025, 3, 15), "monthly", date(2025, 4, 15)),
    (date(2025, 12, 31), "monthly", date(2026, 1, 31)),
    (date(2025, 3, 31), "quarterly", date(2025, 6, 30)),
    (date(2025, 11, 30), "quarterly", date(2026, 2, 28)),
    (date(2025, 12, 31), "yearly", date(2026, 12, 31)),
    (date(2024, 2, 29), "yearly", date(2025, 2, 28)),
]


def test_approving_an_occurrence_creates_the_next(world):
    for due, recurrence, expected in NEXT_OCCURRENCES:
        task = new_task(world, due_on=due, recurrence=recurrence, assignee_id=world.staff.id, deadline_text="monthly")
        bring_to(world, task, TaskStatus.DONE)
        following = db.session.scalar(db.select(Task).where(Task.series_id == task.id, Task.id != task.id))
        assert following.due_on == expected, (due, recurrence)
        assert reload(task).series_id == task.id
        assert following.occurrence == 2 and following.status == TaskStatus.ASSIGNED and following.progress == 0
        assert following.lead_department_id == world.lead.id and following.assignee_id == world.staff.id
        assert following.coordinating_department_ids == {world.coord.id}
        assert (following.title, following.recurrence.value) == (task.title, recurrence)
        assert following.updates[0].details["previous_occurrence_id"] == task.id


def test_a_month_end_series_stays_at_month_end(world):
    task = new_task(world, due_on=date(2025, 1, 31), recurrence="monthly")
    dues = []
    for _ in range(3):
        bring_to(world, task, TaskStatus.DONE)
        task = db.session.scalar(db.select(Task).order_by(Task.id.desc()).limit(1))
        dues.append(task.due_on)
    assert dues == [date(2025, 2, 28), date(2025, 3, 31), date(2025, 4, 30)]
    assert task.occurrence == 4 and task.series_id == db.session.scalar(db.select(db.func.min(Task.id)))


def test_an_extension_does_not_shift_the_series(world):
    with time_machine.travel("2025-01-10 03:00:00+00:00", tick=False):
        task = bring_to(world, new_task(world, due_on=date(2025, 1, 31), recurrence="monthly"), TaskStatus.IN_PROGRESS)
        extension = operations.request_extension(world.staff, task, due_on="2025-02-10", reason="Tet holiday.")
        operations.decide_extension(world.leader, extension, approve=True)
        operations.transition_task(world.staff, task, "submit")
        operations.transition_task(world.leader, task, "approve")
        db.session.commit()
    following = db.session.scalar(db.select(Task).where(Task.id != task.id))
    assert following.due_on == date(2025, 2, 28)


def test_cancelling_or_returning_creates_no_occurrence(world):
    task = bring_to(world, new_task(world, due_on=date(2025, 1, 31), recurrence="monthly"), TaskStatus.SUBMITTED)
    operations.transition_task(world.leader, task, "return", comment="Redo.")
    operations.transition_task(world.leader, task, "cancel")
    db.session.commit()
    assert db.session.scalar(db.select(db.func.count(Task.id))) == 1


def test_add_months_keeps_the_preferred_day():
    assert operations.add_months(date(2025, 2, 28), 1, preferred_day=31) == date(2025, 3, 31)
    assert operations.add_months(date(2025, 2, 28), 1, preferred_day=30) == date(2025, 3, 30)
    assert operations.add_months(date(2025, 2, 28), 1) == date(2025, 3, 28)
    assert operations.add_months(date(2025, 11, 15), 3) == date(2026, 2, 15)
