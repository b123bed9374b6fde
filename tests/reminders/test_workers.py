"""Real Celery workers with beat, against the embedded broker and against Redis: the slow tests,
kept few and bounded."""

from datetime import timedelta

import pytest
import sqlalchemy as sa

from tests.reminders.conftest import run_sweep
from tracker.core.db import utcnow
from tracker.extensions import db
from tracker.reminders.models import Reminder, ReminderState, SweepRun
from tracker.reminders.policy import reminder_day
from tracker.users.models import Role

pytestmark = pytest.mark.timeout(180)


def only_on(app, dialect):
    if db.engine.dialect.name != dialect:
        pytest.skip(f"the worker test runs once, on {dialect}")


def due_today(make, count, *, digest=False):
    """``count`` assignees, each with a task due today (local), so a reminder is owed now."""
    today = reminder_day(utcnow(), "Asia/Ho_Chi_Minh", 8)
    lead = make.department()
    issuer = make.user(role=Role.LEADER)
    users = []
    for _ in range(count):
        user = make.user(role=Role.STAFF, department=lead, digest_enabled=digest)
        make.task(lead=lead, issuer=issuer, assignee=user, due_on=today)
        users.append(user)
    db.session.commit()
    return users


def check_end_to_end(worker, smtp, users):
    emails = {user.email for user in users}
    try:
        smtp.wait_for(len(users), timeout=90)
    except AssertionError:
        raise AssertionError(worker.output()[-4000:]) from None
    assert sorted(smtp.recipients()) == sorted(emails)
    db.session.rollback()
    assert db.session.scalar(sa.select(sa.func.count()).select_from(SweepRun).where(SweepRun.source == "beat")) >= 1
    assert "attempt 1/6" in worker.output()


def test_worker_and_beat_on_the_embedded_broker_send_the_owed_reminders(app, make, smtp, start_worker):
    only_on(app, "sqlite")
    users = due_today(make, 2) + due_today(make, 1, digest=True)
    worker = start_worker(smtp=smtp)
    check_end_to_end(worker, smtp, users)
    assert "workers.filesystem:Transport://" in worker.output()  # the banner names the embedded broker


def test_worker_and_beat_on_the_sqlite_broker_send_the_owed_reminders(app, make, smtp, start_worker):
    only_on(app, "sqlite")
    users = due_today(make, 1) + due_today(make, 1, digest=True)
    worker = start_worker(smtp=smtp, TRACKER_EMBEDDED_BROKER="sqlite")
    check_end_to_end(worker, smtp, users)
    assert "sqla+sqlite" in worker.output()


def test_worker_and_beat_on_redis_send_the_owed_reminders(app, make, smtp, start_worker, redis_url):
    only_on(app, "postgresql")
    users = due_today(make, 2) + due_today(make, 1, digest=True)
    worker = start_worker(smtp=smtp, redis_url=redis_url)
    check_end_to_end(worker, smtp, users)
    assert "redis://" in worker.output()


def test_a_worker_killed_mid_batch_loses_nothing_the_next_sweep_finishes(app, make, smtp, start_worker):
    only_on(app, "sqlite")
    users = due_today(make, 30)
    smtp.sink.delay = 0.2  # slow SMTP: the worker is caught in the middle of the batch
    worker = start_worker(smtp=smtp, REMINDER_SEND_LEASE_SECONDS="5")
    smtp.wait_for(3, timeout=90)
    worker.kill()
    assert len(smtp.messages) < len(users)
    db.session.rollback()
    claimed = set(db.session.scalars(sa.select(Reminder.id)).all())
    assert len(claimed) == len(users)  # the worker's sweep claimed them all before it was killed
    smtp.sink.delay = 0
    # The next sweep, once the killed send's lease (5 s here) has expired.
    run_sweep(utcnow() + timedelta(seconds=10))
    sent_ids = [int(i) for m in smtp.messages for i in m["X-Tracker-Reminders"].split(",")]
    sent_ids = [i for i in sent_ids if i in claimed]  # ignore any new day's reminders
    assert set(sent_ids) == claimed  # none lost
    # At most the one message in flight at the kill may arrive twice (accepted, not yet marked sent).
    assert len(sent_ids) <= len(claimed) + 1
    assert {user.email for user in users} <= set(smtp.recipients())
    db.session.rollback()
    states = db.session.scalars(sa.select(Reminder.state).where(Reminder.id.in_(claimed))).all()
    assert set(states) == {ReminderState.SENT}


def test_a_worker_on_redis_killed_mid_batch_loses_nothing_the_next_worker_finishes(
    app, make, smtp, start_worker, redis_url
):
    """On Redis the jobs a killed worker held are gone with it (no ack emulation): the sweep of the
    next worker re-enqueues what the ledger still owes, and the expired leases of the sends cut short."""
    only_on(app, "postgresql")
    users = due_today(make, 30)
    smtp.sink.delay = 0.2  # slow SMTP: the worker is caught in the middle of the batch
    timings = dict(REMINDER_SEND_LEASE_SECONDS="5", REMINDER_REENQUEUE_SECONDS="5")
    worker = start_worker(smtp=smtp, redis_url=redis_url, **timings)
    smtp.wait_for(3, timeout=90)
    worker.kill()
    assert len(smtp.messages) < len(users)
    smtp.sink.delay = 0
    successor = start_worker(smtp=smtp, redis_url=redis_url, **timings)
    try:
        smtp.wait_for(len(users), timeout=90)
    except AssertionError:
        raise AssertionError(successor.output()[-4000:]) from None
    db.session.rollback()
    claimed = set(db.session.scalars(sa.select(Reminder.id)).all())
    deadline = utcnow() + timedelta(seconds=30)
    while utcnow() < deadline:  # the last mark-sent may land just after its email
        states = set(db.session.scalars(sa.select(Reminder.state).where(Reminder.id.in_(claimed))).all())
        if states == {ReminderState.SENT}:
            break
        db.session.rollback()
    assert states == {ReminderState.SENT}
    sent_ids = [int(i) for m in smtp.messages for i in m["X-Tracker-Reminders"].split(",")]
    assert set(sent_ids) >= claimed  # none lost
    # At most the one message in flight at the kill may arrive twice (accepted, not yet marked sent).
    assert len([i for i in sent_ids if i in claimed]) <= len(claimed) + 1
