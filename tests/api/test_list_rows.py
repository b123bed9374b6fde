"""The task list reads plain rows and serialises them without ORM objects: every item must be exactly
what the task's own JSON (built from the ORM object) says, whatever the task's state."""

from datetime import UTC, date, datetime

import time_machine

from tracker.api.serialisers import task_json
from tracker.extensions import db
from tracker.tasks.models import Task, TaskStatus

NOW = "2025-06-02 02:00:00+00:00"


@time_machine.travel(NOW, tick=False)
def test_list_items_equal_the_tasks_own_json(api, world, make):
    tasks = [
        make.task(lead=world.a, issuer=world.leader, issuing_department=world.office, due_on=date(2025, 5, 1)),
        make.task(
            lead=world.a,
            issuer=world.head_a,
            issuing_department=world.a,
            coordinating=[world.c, world.b],
            assignee=world.staff_a,
            due_on=date(2025, 6, 3),
            deadline_text="trước ngày 3/6/2025",
            target_value=5000,
            target_unit="ha",
            progress=40,
        ),
        make.task(lead=world.b, issuer=world.leader, issuing_department=world.office, due_on=None),
        make.task(
            lead=world.a,
            issuer=world.leader,
            issuing_department=world.office,
            status=TaskStatus.DONE,
            due_on=date(2025, 5, 10),
            completed_at=datetime(2025, 5, 20, 3, tzinfo=UTC),
            completed_on=date(2025, 5, 20),
        ),
        make.task(
            lead=world.a,
            issuer=world.leader,
            issuing_department=world.office,
            due_on=date(2025, 7, 30),
            missed_due_on=date(2025, 5, 31),
        ),
    ]
    db.session.commit()

    response = api.as_user(world.leader).get("/tasks?per_page=100")
    assert response.status_code == 200, response.get_json()
    items = {item["id"]: item for item in response.get_json()["items"]}
    assert set(items) == {task.id for task in tasks}
    db.session.expire_all()
    for task in tasks:
        expected = task_json(db.session.get(Task, task.id), date(2025, 6, 2))
        assert items[task.id] == expected
    assert {items[task.id]["timing"] for task in tasks} == {"overdue", "due_soon", "no_deadline", "late"}
