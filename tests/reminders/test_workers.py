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


def sent_count():
    db.session.rollback()
    return db.session.scalar(
        sa.select(sa.func.count()).select_from(Reminder).where(Reminder.state == ReminderState.SENT)
    )


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
    worker = start_worker(smtp=smtp)
    smtp.wait_for(3, timeout=90)
    worker.kill()
    received = len(smtp.messages)
    assert received < len(users)
    smtp.sink.delay = 0
    # The next sweep runs after the killed sends' lease has expired.
    run_sweep(utcnow() + timedelta(seconds=app.config["REMINDER_SEND_LEASE_SECONDS"] + 60))
    recipients = smtp.recipients()
    assert set(recipients) == {user.email for user in users}  # none lost
    # At most the one message in flight at the kill may arrive twice (accepted, not yet marked sent).
    assert len(recipients) <= len(users) + 1
    assert sent_count() == len(users)
