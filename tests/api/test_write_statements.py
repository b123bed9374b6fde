"""What a write costs the database: a task's creation reads each row it needs once and tells everyone
in one batch, however many departments it names (at a million tasks a write has 30 ms)."""

from contextlib import contextmanager

import sqlalchemy as sa
import time_machine

from tracker.extensions import db
from tracker.notifications.models import Notification, NotificationPreference
from tracker.reminders.models import Reminder

NOW = "2025-06-02 02:00:00+00:00"


@contextmanager
def statements():
    seen = []

    def record(conn, cursor, statement, parameters, context, executemany):
        seen.append(" ".join(statement.split()))

    sa.event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", record)


def _reads_of(table, seen):
    return [statement for statement in seen if statement.startswith("SELECT") and f"FROM {table} " in statement + " "]


@time_machine.travel(NOW, tick=False)
def test_creating_a_task_reads_each_row_once_and_tells_everyone_in_one_batch(api, world, make):
    second_head_b = make.user(role="head", department=world.b, name="Second head B")
    head_c = make.user(role="head", department=world.c, name="Head C")
    db.session.add(NotificationPreference(user_id=head_c.id, kind="coordinating", email=False))
    db.session.commit()
    leader = api.as_user(world.leader)
    body = {
        "title": "Repair the dikes",
        "lead_department_id": world.a.id,
        "coordinating_department_ids": [world.b.id, world.c.id],
        "due_on": "2025-07-31",
    }
    leader.get("/tasks/0")  # the token's first use is recorded: not part of what is counted

    with statements() as seen:
        response = leader.post("/tasks", json=body)

    assert response.status_code == 201, response.get_json()
    task_id = response.get_json()["id"]
    listing = "\n".join(seen)
    # The token with its user in one read; the three departments in one read, kept for the answer;
    # the heads of all three in one read; the signed-in user is not read again after the commit (the
    # security headers ask the loaded one).
    assert len(_reads_of("departments", seen)) == 2, listing  # theirs, and the "nobody can take it" check
    assert sum("password_hash" in statement for statement in seen) == 1, listing  # with the token
    assert len([s for s in seen if s.startswith("INSERT INTO notifications")]) == 1, listing
    assert len([s for s in seen if s.startswith("INSERT INTO reminders")]) == 1, listing
    assert len(_reads_of("notification_preferences", seen)) == 1, listing
    assert len(seen) <= 12, listing
    assert response.headers["Cache-Control"] == "no-store"

    told = db.session.execute(
        sa.select(Notification.user_id, Notification.kind).where(Notification.task_id == task_id)
    ).all()
    assert sorted((user_id, kind.value) for user_id, kind in told) == sorted(
        [
            (world.head_a.id, "department_task"),
            (world.head_b.id, "coordinating"),
            (second_head_b.id, "coordinating"),
            (head_c.id, "coordinating"),
        ]
    )
    emailed = db.session.scalars(sa.select(Reminder.recipient_id).where(Reminder.task_id == task_id)).all()
    assert sorted(emailed) == sorted([world.head_a.id, world.head_b.id, second_head_b.id])  # head C muted it


@time_machine.travel(NOW, tick=False)
def test_an_assignee_who_heads_the_lead_department_is_told_once(api, world):
    leader = api.as_user(world.leader)
    response = leader.post(
        "/tasks",
        json={"title": "Count the seedlings", "lead_department_id": world.a.id, "assignee_id": world.head_a.id},
    )
    assert response.status_code == 201, response.get_json()
    told = db.session.execute(
        sa.select(Notification.user_id, Notification.kind).where(Notification.task_id == response.get_json()["id"])
    ).all()
    assert [(user_id, kind.value) for user_id, kind in told] == [(world.head_a.id, "assigned")]
