"""Real Celery workers with beat, against the embedded broker and against Redis: the slow tests,
kept few and bounded."""

import multiprocessing
import os
import time
import uuid
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.reminders.conftest import run_sweep
from tracker.core.db import utcnow
from tracker.extensions import db
from tracker.reminders.models import Reminder, ReminderState, SweepRun
from tracker.reminders.policy import reminder_day
from tracker.users.models import Role
from workers.mail import DELIVERY_THREADS

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
    # At most the messages in flight at the kill (one per delivery thread) may arrive twice (accepted,
    # not yet marked sent).
    assert len(sent_ids) <= len(claimed) + DELIVERY_THREADS
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
    # At most the messages in flight at the kill (one per delivery thread) may arrive twice (accepted,
    # not yet marked sent).
    assert len([i for i in sent_ids if i in claimed]) <= len(claimed) + DELIVERY_THREADS


def _publish_deliveries(folder, queue, recipient_ids, repeat):
    """Another process publishing delivery jobs (as the beat and the web do) to the worker's folder."""
    from celery import Celery

    publisher = Celery("publisher", set_as_current=False)
    publisher.conf.update(
        broker_url="filesystem://",
        broker_transport="workers.filesystem:Transport",
        broker_transport_options={
            "data_folder_in": str(folder / "queue"),
            "data_folder_out": str(folder / "queue"),
            "control_folder": str(folder / "control"),
            "store_processed": False,
        },
        task_default_queue=queue,
    )
    with publisher.producer_or_acquire() as producer:
        for _ in range(repeat):
            for recipient_id in recipient_ids:
                publisher.send_task("reminders.deliver", args=[recipient_id, False], producer=producer)


def publish_concurrently(worker, recipient_ids, *, processes=2, repeat=2):
    folder = Path(worker.env["TRACKER_INSTANCE_PATH"]) / "celery-broker"
    (folder / "queue").mkdir(parents=True, exist_ok=True)
    (folder / "control").mkdir(parents=True, exist_ok=True)
    context = multiprocessing.get_context("fork")
    publishers = [
        context.Process(
            target=_publish_deliveries,
            args=(folder, worker.env["CELERY_QUEUE"], recipient_ids[start::processes], repeat),
        )
        for start in range(processes)
    ]
    for process in publishers:
        process.start()
    return folder, publishers


def owed_now(make, count):
    """``count`` recipients owing one reminder each, claimed (and marked enqueued) by a sweep."""
    users = due_today(make, count)
    run_sweep(utcnow(), deliver=False)
    return users


def each_email_once(smtp, users, *, doubled=0):
    counts = Counter(smtp.recipients())
    assert set(counts) == {user.email for user in users}
    assert sum(counts.values()) - len(users) <= doubled, [email for email, n in counts.items() if n > 1]


def test_thousands_of_jobs_published_while_a_worker_consumes_on_the_embedded_broker_each_email_once(
    app, make, smtp, start_worker
):
    """The embedded broker's race, with a real worker: 2,000 jobs (each recipient's eight times) from
    two publishing processes while the worker takes them, and unreadable job files among them. The
    ledger's re-enqueueing is held off (an hour): every email must come from the published jobs, so a
    lost job is a missing email, and a worker that died on a bad file leaves most of them unsent."""
    only_on(app, "sqlite")
    users = owed_now(make, 250)
    worker = start_worker(smtp=smtp, REMINDER_REENQUEUE_SECONDS="3600")
    folder, publishers = publish_concurrently(worker, [user.id for user in users], repeat=8)
    stamp = int(time.monotonic() * 1000)
    for n, content in enumerate([b"", b'{"body": "trunc', b"\x00\xff"]):  # empty, truncated, not text
        (folder / "queue" / f"{stamp}_bad{n}.{worker.env['CELERY_QUEUE']}.msg").write_bytes(content)
    for process in publishers:
        process.join(timeout=60)
        assert process.exitcode == 0
    try:
        smtp.wait_for(len(users), timeout=90)
        deadline = time.monotonic() + 30  # the rest of the (now redundant) jobs, then a last look
        while any(name.endswith(".msg") for name in os.listdir(folder / "queue")) and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(0.5)
        each_email_once(smtp, users)
    except AssertionError as error:
        raise AssertionError(f"{error}\n{worker.output()[-4000:]}") from None
    assert worker.process.poll() is None, worker.output()[-4000:]  # still running
    assert worker.output().count("cannot be read") == 3
    assert len(os.listdir(folder / "queue" / "failed")) == 3
    db.session.rollback()
    assert set(db.session.scalars(sa.select(Reminder.state)).all()) == {ReminderState.SENT}


def test_a_worker_killed_while_jobs_are_published_the_successor_sends_each_email_once(app, make, smtp, start_worker):
    """Killed mid-batch on the embedded broker, the jobs it held die with it; its successor's sweep
    re-enqueues what the ledger still owes. At most the messages in flight at the kill (one per
    delivery thread) double."""
    only_on(app, "sqlite")
    users = owed_now(make, 150)
    smtp.sink.delay = 0.02
    timings = dict(REMINDER_SEND_LEASE_SECONDS="3", REMINDER_REENQUEUE_SECONDS="3")
    worker = start_worker(smtp=smtp, **timings)
    _, publishers = publish_concurrently(worker, [user.id for user in users], repeat=1)
    smtp.wait_for(30, timeout=90)
    worker.kill()
    assert len(smtp.messages) < len(users)
    for process in publishers:
        process.join(timeout=60)
    smtp.sink.delay = 0
    successor = start_worker(smtp=smtp, CELERY_QUEUE=worker.env["CELERY_QUEUE"], **timings)
    try:
        smtp.wait_for(len(users), timeout=90)
        deadline = utcnow() + timedelta(seconds=30)
        while utcnow() < deadline:  # the last mark-sent may land just after its email
            db.session.rollback()
            if set(db.session.scalars(sa.select(Reminder.state)).all()) == {ReminderState.SENT}:
                break
            time.sleep(0.2)
        each_email_once(smtp, users, doubled=DELIVERY_THREADS)
    except AssertionError as error:
        raise AssertionError(f"{error}\n{successor.output()[-4000:]}") from None
    assert set(db.session.scalars(sa.select(Reminder.state)).all()) == {ReminderState.SENT}


def test_a_job_cut_short_is_set_aside_and_the_ledger_sends_its_email_with_the_next_sweep(
    app, make, smtp, start_worker, tmp_path
):
    """The one delivery job of an owed reminder is unreadable (cut short by a crash): the worker sets
    it aside and goes on, and the sweep enqueues what the ledger still owes once the re-enqueue delay
    has passed."""
    only_on(app, "sqlite")
    [user] = owed_now(make, 1)
    queue_name = f"tracker-test-{uuid.uuid4().hex[:8]}"
    folder = tmp_path / "worker-instance" / "celery-broker" / "queue"
    folder.mkdir(parents=True)
    job = f"{int(time.monotonic() * 1000)}_{uuid.uuid4()}.{queue_name}.msg"
    (folder / job).write_bytes(b'{"body": "W1sxXSwgeyJ')
    worker = start_worker(smtp=smtp, CELERY_QUEUE=queue_name, REMINDER_REENQUEUE_SECONDS="2")
    try:
        smtp.wait_for(1, timeout=60)
    except AssertionError:
        raise AssertionError(worker.output()[-4000:]) from None
    assert smtp.recipients() == [user.email]
    assert worker.process.poll() is None
    assert f"job file {job} of the embedded broker cannot be read" in worker.output()
    assert (folder / "failed" / job).read_bytes() == b'{"body": "W1sxXSwgeyJ'
