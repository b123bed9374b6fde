"""Delivery to a real SMTP server: well-formed messages, the right people, links, retries, once only."""

import base64
import email
import email.policy
import json
import smtplib
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
import time_machine

from tests.reminders.conftest import at, run_sweep
from tracker.core.mail import build_message
from tracker.extensions import db
from tracker.reminders.dispatch import RECIPIENTS_PER_JOB, enqueue_deliveries
from tracker.reminders.models import Reminder, ReminderKind, ReminderState
from tracker.reminders.operations.delivery import deliver_to, max_attempts
from tracker.reminders.operations.sweep import sweep
from tracker.tasks import operations
from tracker.tasks.models import TaskStatus
from tracker.users.models import Role

DUE = date(2025, 6, 20)


@pytest.fixture
def world(make):
    lead = make.department(name="Agriculture")
    head = make.user(role=Role.HEAD, department=lead, name="Nguyễn Văn Head")
    staff = make.user(role=Role.STAFF, department=lead, name="Staff One")
    issuer = make.user(role=Role.LEADER, name="Leader")
    return lead, head, staff, issuer


def states():
    return sorted(db.session.scalars(sa.select(Reminder.state)).all())


def body(message, subtype):
    return message.get_body(preferencelist=(subtype,)).get_content()


def test_a_digest_is_a_well_formed_multipart_email_to_each_recipient_with_working_links(
    app, make, world, smtp, client, auth
):
    lead, head, staff, issuer = world
    other = make.department(name="Construction")
    overdue = make.task(lead=lead, issuer=issuer, assignee=staff, due_on=date(2025, 6, 10), title="Plant trees")
    soon = make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE, title="Build zones")
    elsewhere = make.task(
        lead=other, coordinating=[lead], issuer=issuer, assignee=staff, due_on=DUE, title="Repair roads"
    )
    run_sweep(at(2025, 6, 19))
    messages = smtp.messages
    by_rcpt = {message["To"]: message for message in messages}
    # One email each, no BCC: the assignee's digest, the lead head's overdue list, the issuer's escalations.
    assert sorted(smtp.recipients()) == sorted([staff.email, head.email, issuer.email])
    # The escalation joins the issuer's daily digest, under its own heading.
    assert by_rcpt[issuer.email]["Subject"] == "Tracker: 1 task needs your attention"
    escalated = body(by_rcpt[issuer.email], "plain")
    assert escalated.index("Escalated to you") < escalated.index("Plant trees")
    assert "Plant trees" in body(by_rcpt[head.email], "plain")
    digest = by_rcpt[staff.email]
    assert digest.get_content_type() == "multipart/alternative"
    assert [part.get_content_type() for part in digest.iter_parts()] == ["text/plain", "text/html"]
    assert digest["Subject"] == "Tracker: 3 tasks need your attention"
    text = body(digest, "plain")
    # Overdue first, then due soon, grouped by department.
    assert text.index("Overdue") < text.index("Plant trees") < text.index("Due soon") < text.index("Build zones")
    assert text.index("Agriculture") < text.index("Build zones") < text.index("Construction")
    html = body(digest, "html")
    auth.login(staff)
    for task in (overdue, soon, elsewhere):
        link = f"http://tracker.test/tasks/{task.id}"
        assert link in text and f'href="{link}"' in html
        # The link opens the task's page for the recipient.
        assert client.get(link.removeprefix("http://tracker.test")).status_code == 200
    assert set(states()) == {ReminderState.SENT}


def test_emails_are_rendered_in_the_recipients_language(app, make, world, smtp):
    lead, _head, staff, issuer = world
    staff.locale = "fr"
    staff.digest_enabled = False
    make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE, title="Planter")
    run_sweep(at(2025, 6, 19))
    (message,) = [m for m in smtp.messages if m["To"] == staff.email]
    assert message["Subject"].endswith("Planter")
    assert "20 juin 2025" in body(message, "plain")


def test_assignment_through_the_real_operation_emails_after_commit(app, make, world, smtp, inline_delivery):
    lead, head, staff, issuer = world
    coordinating = make.department(name="Finance")
    coordinating_head = make.user(role=Role.HEAD, department=coordinating)
    db.session.commit()
    task = operations.create_task(
        issuer,
        title="Complete 04 high-tech zones",
        lead_department_id=lead.id,
        coordinating_department_ids=[coordinating.id],
        assignee_id=staff.id,
        due_on=DUE,
    )
    assert smtp.messages == []  # nothing leaves before the commit
    db.session.commit()
    assert sorted(smtp.recipients()) == sorted([head.email, staff.email, coordinating_head.email])
    assert all(m["Subject"] == "New task: Complete 04 high-tech zones" for m in smtp.messages)
    rows = db.session.scalars(sa.select(Reminder).where(Reminder.task_id == task.id)).all()
    assert {(row.kind, row.state) for row in rows} == {(ReminderKind.ASSIGNED, ReminderState.SENT)}


def test_a_rolled_back_change_sends_nothing(app, make, world, smtp, inline_delivery):
    lead, _head, staff, issuer = world
    db.session.commit()
    operations.create_task(issuer, title="Never", lead_department_id=lead.id, assignee_id=staff.id)
    db.session.rollback()
    db.session.commit()
    assert smtp.messages == []
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Reminder)) == 0


def test_submit_asks_the_issuer_and_the_outcome_reaches_assignee_and_lead_head(app, make, world, smtp, inline_delivery):
    lead, head, staff, issuer = world
    task = make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE)
    db.session.commit()
    operations.transition_task(staff, task, "start")
    operations.transition_task(staff, task, "submit")
    db.session.commit()
    assert smtp.recipients() == [issuer.email]
    assert smtp.messages[0]["Subject"].startswith("Waiting for your approval")
    operations.transition_task(issuer, task, "return", comment="Add the photos")
    db.session.commit()
    returned = smtp.messages[1:]
    assert sorted(m["To"] for m in returned) == sorted([staff.email, head.email])
    assert all("Add the photos" in body(m, "plain") for m in returned)


def test_an_extension_decision_reaches_assignee_and_lead_head(app, make, world, smtp, inline_delivery):
    lead, head, staff, issuer = world
    task = make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE)
    db.session.commit()
    with time_machine.travel(at(2025, 6, 15), tick=False):
        extension = operations.request_extension(staff, task, due_on=date(2025, 7, 31), reason="Rain")
        db.session.commit()
        assert smtp.recipients() == [issuer.email]  # the request waits for the issuer's decision
        operations.decide_extension(issuer, extension, approve=True, comment="Granted")
        db.session.commit()
    decided = smtp.messages[1:]
    assert sorted(m["To"] for m in decided) == sorted([staff.email, head.email])
    assert all("Jul 31, 2025" in body(m, "plain") for m in decided)


def test_with_smtp_down_emails_are_retried_on_the_backoff_and_arrive_once_it_is_back(app, make, world, smtp):
    lead, head, staff, issuer = world
    make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE)
    smtp.stop()
    now = at(2025, 6, 21)
    result = run_sweep(now)
    assert result.claimed == 2
    rows = db.session.scalars(sa.select(Reminder)).all()
    assert {(row.state, row.attempts) for row in rows} == {(ReminderState.OWED, 1)}
    assert all(row.send_after == now + timedelta(seconds=30) and row.last_error for row in rows)
    # Too early for the retry: nothing is attempted.
    assert deliver_to(staff.id, now + timedelta(seconds=10)).sent == 0
    smtp.start()
    later = now + timedelta(seconds=31)
    for user in (staff, head):
        deliver_to(user.id, later)
    run_sweep(later + timedelta(minutes=5))  # a later sweep (or a retried job) sends nothing twice
    assert sorted(smtp.recipients()) == sorted([staff.email, head.email])
    db.session.expire_all()
    assert {(row.state, row.attempts) for row in db.session.scalars(sa.select(Reminder))} == {(ReminderState.SENT, 2)}


def test_after_the_last_attempt_a_reminder_is_failed_and_can_be_replayed(app, make, world, smtp, runner):
    lead, _head, staff, issuer = world
    staff.digest_enabled = False
    make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE)
    smtp.stop()
    now = at(2025, 6, 19)
    run_sweep(now)
    for _ in range(max_attempts() - 1):
        now += timedelta(hours=3)
        deliver_to(staff.id, now)
    row = db.session.scalar(sa.select(Reminder).where(Reminder.recipient_id == staff.id))
    db.session.refresh(row)
    assert (row.state, row.attempts) == (ReminderState.FAILED, max_attempts())
    result = runner.invoke(args=["reminders", "status"])
    assert "failed 1" in result.output
    smtp.start()
    with time_machine.travel(now, tick=False):
        result = runner.invoke(args=["reminders", "retry-failed"])
    assert "1 failed reminders are owed again" in result.output
    run_sweep(now + timedelta(minutes=1))
    assert smtp.recipients() == [staff.email]


def test_two_deliveries_at_once_send_each_email_once(app, make, world, smtp):
    lead, _head, staff, issuer = world
    staff.digest_enabled = False
    for _ in range(5):
        make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE)
    now = at(2025, 6, 19)
    run_sweep(now, deliver=False)
    barrier = threading.Barrier(2)
    staff_id, staff_email = staff.id, staff.email

    def deliver():
        with app.app_context():
            barrier.wait()
            deliver_to(staff_id, now)

    threads = [threading.Thread(target=deliver) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert smtp.recipients() == [staff_email] * 5


def test_two_sweeps_at_once_claim_and_send_each_reminder_once(app, make, world, smtp):
    lead, head, staff, issuer = world
    for _ in range(20):
        make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE)
    db.session.commit()
    now = at(2025, 6, 21)
    barrier = threading.Barrier(2)
    results = []

    def one_sweep():
        with app.app_context():  # its own session and connection
            barrier.wait()
            result = sweep(now, chunk_size=5, grace_seconds=0)
            for recipient_id in result.recipients:
                deliver_to(recipient_id, now)
            results.append(result.claimed)

    threads = [threading.Thread(target=one_sweep) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert sum(results) == 40  # overdue-0 to staff and head, 20 tasks
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Reminder)) == 40
    assert sorted(smtp.recipients()) == sorted([staff.email, head.email])  # one digest each


def test_cli_sweep_sync_reports_and_fails_when_delivery_fails(app, make, world, smtp, runner):
    lead, _head, staff, issuer = world
    make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE)
    db.session.commit()
    smtp.stop()
    result = runner.invoke(args=["reminders", "sweep", "--today", "2025-06-19", "--sync"])
    assert result.exit_code == 1
    assert "owed 1, claimed 1" in result.output and "sent 0, failed 1" in result.output
    smtp.start()
    with time_machine.travel(at(2025, 6, 19, 10), tick=False):
        result = runner.invoke(args=["reminders", "sweep", "--today", "2025-06-20", "--sync"])
    assert result.exit_code == 0, result.output
    assert "sent 1, failed 0" in result.output
    assert smtp.recipients() == [staff.email]
    assert "d1" in smtp.messages[0]["X-Tracker-Reminders"] or smtp.messages[0]["Subject"]


def job_files(app):
    """The job files waiting in the embedded broker's folder."""
    return set(Path(app.config["CELERY"]["broker_transport_options"]["data_folder_in"]).glob("*.msg"))


def queued_jobs(app, before):
    """``[(job name, args, eta)]`` of the jobs waiting in the embedded broker's folder, not in ``before``."""
    jobs = []
    for path in sorted(job_files(app) - before):
        job = json.loads(path.read_text())
        args = json.loads(base64.b64decode(job["body"]))[0]
        jobs.append((job["headers"]["task"], args, job["headers"].get("eta")))
    return jobs


def test_cli_sweep_without_sync_enqueues_its_recipients_in_one_batch_job_and_sends_nothing(
    app, make, world, smtp, runner
):
    lead, head, staff, issuer = world
    make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE)
    db.session.commit()
    before = job_files(app)
    result = runner.invoke(args=["reminders", "sweep", "--today", "2025-06-21"])
    assert result.exit_code == 0, result.output
    assert "claimed 2" in result.output and "Enqueued deliveries for 2 recipients." in result.output
    [(name, [recipients], _eta)] = queued_jobs(app, before)
    assert name == "reminders.deliver_batch"
    assert sorted(recipients) == sorted([[staff.id, True], [head.id, True]])
    assert smtp.messages == []
    assert {row.state for row in db.session.scalars(sa.select(Reminder))} == {ReminderState.OWED}


def test_deliveries_to_many_recipients_go_in_jobs_of_fifty_each_recipient_once(app):
    recipients = {user_id: user_id % 3 == 0 for user_id in range(1, 121)}
    before = job_files(app)
    assert enqueue_deliveries(recipients) == 3
    jobs = queued_jobs(app, before)
    assert {name for name, _args, _eta in jobs} == {"reminders.deliver_batch"}
    assert sorted(len(args[0]) for _name, args, _eta in jobs) == [20, RECIPIENTS_PER_JOB, RECIPIENTS_PER_JOB]
    assert sorted(tuple(item) for _name, args, _eta in jobs for item in args[0]) == sorted(recipients.items())


def test_a_batch_sends_to_the_others_when_one_recipient_is_refused_and_retries_that_one_alone(app, make, world, smtp):
    from workers.mail import deliver_batch

    lead, _head, _staff, issuer = world
    people = [make.user(role=Role.STAFF, department=lead, name=f"Officer {n}") for n in range(3)]
    for person in people:
        person.digest_enabled = False
        make.task(lead=lead, issuer=issuer, assignee=person, due_on=DUE)
    run_sweep(at(2025, 6, 19), deliver=False)
    refused = people[1]
    smtp.sink.refuse = {refused.email}
    before = job_files(app)
    assert deliver_batch([[person.id, False] for person in people]) == 2
    assert sorted(smtp.recipients()) == sorted([people[0].email, people[2].email])
    db.session.expire_all()
    row = db.session.scalar(sa.select(Reminder).where(Reminder.recipient_id == refused.id))
    assert (row.state, row.attempts) == (ReminderState.OWED, 1) and "550" in row.last_error
    [(name, args, eta)] = queued_jobs(app, before)
    assert (name, args) == ("reminders.deliver", [refused.id, False]) and eta is not None
    smtp.sink.refuse = set()
    deliver_to(refused.id, row.send_after)  # the retry, at its time
    assert smtp.recipients()[-1] == refused.email


def test_a_job_called_in_the_apps_context_runs_in_that_app_when_the_process_made_another_app_since(
    app, make, world, smtp, database_url, tmp_path_factory
):
    """The jobs are shared by every Celery app of the process: called as a function inside this app's
    context, one runs on this app's database and broker, not on those of the app made last (as
    tests/test_search.py and tests/test_migrations.py make one on a database of their own)."""
    from tests.conftest import database_of_its_own
    from workers.mail import deliver_batch

    lead, _head, staff, issuer = world
    staff.digest_enabled = False
    make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE)
    run_sweep(at(2025, 6, 19), deliver=False)
    with database_of_its_own(database_url, tmp_path_factory, "another_app"):
        pass  # made, its context pushed and popped: this app's context is back on top
    smtp.sink.refuse = {staff.email}
    before = job_files(app)
    assert deliver_batch([[staff.id, False]]) == 0
    assert [(name, args) for name, args, _eta in queued_jobs(app, before)] == [("reminders.deliver", [staff.id, False])]
    smtp.sink.refuse = set()
    row = db.session.scalar(sa.select(Reminder).where(Reminder.recipient_id == staff.id))
    deliver_to(staff.id, row.send_after)
    assert smtp.recipients() == [staff.email]


def test_a_reminder_claimed_before_the_task_closed_or_moved_is_skipped_not_sent(app, make, world, smtp):
    lead, _head, staff, issuer = world
    staff.digest_enabled = False
    done = make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE, title="Finished early")
    moved = make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE, title="Moved")
    kept = make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE, title="Still due")
    now = at(2025, 6, 19)
    run_sweep(now, deliver=False)
    done.status = TaskStatus.DONE
    moved.due_on = date(2025, 7, 30)
    db.session.commit()
    deliver_to(staff.id, now)
    assert [m["Subject"] for m in smtp.messages] == ["Due soon: Still due"]
    states = dict(db.session.execute(sa.select(Reminder.task_id, Reminder.state)).all())
    assert states == {done.id: ReminderState.SKIPPED, moved.id: ReminderState.SKIPPED, kept.id: ReminderState.SENT}


def test_an_email_takes_one_connection_and_three_statements_each_committed_alone(app, make, world, smtp):
    """Read, claim and mark sent, in autocommit on one pooled connection: a transaction around each
    single UPDATE (and one checkout each, with its pre-ping) tripled the round trips per email."""
    lead, _head, staff, issuer = world
    staff.digest_enabled = False
    make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE)
    now = at(2025, 6, 19)
    run_sweep(now, deliver=False)
    staff_id, staff_email = staff.id, staff.email
    events = []

    def executed(connection, cursor, statement, *args):
        dbapi = cursor.connection
        status = getattr(getattr(dbapi, "info", None), "transaction_status", None)  # psycopg
        in_transaction = dbapi.in_transaction if status is None else status.name != "IDLE"
        events.append((statement.split()[0], in_transaction))

    def checkout(*args):
        events.append("checkout")

    sa.event.listen(db.engine, "after_cursor_execute", executed)
    sa.event.listen(db.engine.pool, "checkout", checkout)
    try:
        assert deliver_to(staff_id, now).sent == 1
    finally:
        sa.event.remove(db.engine, "after_cursor_execute", executed)
        sa.event.remove(db.engine.pool, "checkout", checkout)
    assert events == ["checkout", ("SELECT", False), ("UPDATE", False), ("UPDATE", False)]
    assert smtp.recipients() == [staff_email]


def test_a_digest_of_thousands_of_reminders_reaches_an_smtp_server_enforcing_the_line_limit(app, make, world, smtp):
    """Every reminder id of a digest goes in ``X-Tracker-Reminders``: unfolded, 222 of them made a line
    over SMTP's 998 characters, the server refused the email and the rows stayed owed for ever."""
    lead, _head, staff, issuer = world
    # The sink (aiosmtpd, as it comes) refuses a line over the limit, as real servers do.
    with smtplib.SMTP("127.0.0.1", smtp.port) as connection, pytest.raises(smtplib.SMTPDataError) as refused:
        connection.sendmail("a@tracker.test", ["b@tracker.test"], "X-Long: " + "1, " * 400 + "\r\n\r\nbody\r\n")
    assert refused.value.smtp_code == 500 and b"too long" in refused.value.smtp_error
    for n in range(2000):
        make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE, title=f"Task {n}")
    db.session.commit()
    run_sweep(at(2025, 6, 19))
    [message] = smtp.messages
    assert message["To"] == staff.email and message["Subject"] == "Tracker: 2000 tasks need your attention"
    ids = db.session.scalars(sa.select(Reminder.id).where(Reminder.recipient_id == staff.id)).all()
    assert len(ids) == 2000
    assert sorted(int(part) for part in message["X-Tracker-Reminders"].split(",")) == sorted(ids)
    assert set(states()) == {ReminderState.SENT}


def test_long_headers_are_folded_and_unfold_to_the_same_value(app):
    value = ", ".join(str(n) for n in range(100000, 103000))
    data = build_message("x@tracker.test", "Hello", "x", "y", headers={"X-Tracker-Reminders": value}).as_bytes()
    assert max(len(line) for line in data.split(b"\r\n")) <= 78
    parsed = email.message_from_bytes(data, policy=email.policy.default)
    assert parsed["X-Tracker-Reminders"] == value
    with pytest.raises(ValueError, match="longer than a line"):
        build_message("x@tracker.test", "Hello", "x", "y", headers={"X-Long": "x" * 1000}).as_bytes()


def states_by_task(task_id):
    return db.session.scalar(sa.select(Reminder.id).where(Reminder.task_id == task_id))


def test_rows_left_sending_by_a_killed_worker_whose_task_closed_or_moved_end_skipped(app, make, world, smtp):
    """A worker killed in the middle of a send leaves its rows ``sending``; once the lease has passed,
    the next delivery skips those whose task closed or whose deadline moved (they stayed ``sending``
    and were enqueued again at every interval). A send whose lease still runs is left alone."""
    lead, _head, staff, issuer = world
    staff.digest_enabled = False
    done = make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE, title="Finished early")
    moved = make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE, title="Moved")
    busy = make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE, title="Sending elsewhere")
    kept = make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE, title="Still due")
    now = at(2025, 6, 19)
    run_sweep(now, deliver=False)
    lease = app.config["REMINDER_SEND_LEASE_SECONDS"]
    # What a killed worker left: its rows claimed, leases running from the kill.
    db.session.execute(
        sa.update(Reminder)
        .where(Reminder.task_id.in_([done.id, moved.id, kept.id]))
        .values(state=ReminderState.SENDING, send_after=now + timedelta(seconds=lease), attempts=1)
    )
    later = now + timedelta(seconds=lease + 60)
    db.session.execute(  # another worker is sending this one right now
        sa.update(Reminder)
        .where(Reminder.task_id == busy.id)
        .values(state=ReminderState.SENDING, send_after=later + timedelta(seconds=lease), attempts=1)
    )
    done.status = TaskStatus.DONE
    moved.due_on = date(2025, 7, 30)
    busy.status = TaskStatus.CANCELLED
    db.session.commit()
    deliver_to(staff.id, later)
    assert [m["Subject"] for m in smtp.messages] == ["Due soon: Still due"]
    db.session.rollback()
    states = dict(db.session.execute(sa.select(Reminder.task_id, Reminder.state)).all())
    assert states == {
        done.id: ReminderState.SKIPPED,
        moved.id: ReminderState.SKIPPED,
        busy.id: ReminderState.SENDING,
        kept.id: ReminderState.SENT,
    }
    # Once that lease has passed too (the other worker died as well), it ends skipped, and nothing
    # is owed any more: the sweep stops enqueueing them.
    deliver_to(staff.id, later + timedelta(seconds=lease + 1))
    db.session.rollback()
    assert db.session.get(Reminder, states_by_task(busy.id)).state == ReminderState.SKIPPED
    assert len(smtp.messages) == 1
    assert set(db.session.scalars(sa.select(Reminder.state))) == {ReminderState.SKIPPED, ReminderState.SENT}


def test_a_digest_names_departments_in_the_recipients_language(app, make, world, smtp):
    lead, _head, staff, issuer = world
    lead.names = {"vi": "Sở Nông nghiệp và Môi trường", "en": "Department of Agriculture and Environment"}
    staff.locale = "vi"
    make.task(lead=lead, issuer=issuer, assignee=staff, due_on=date(2025, 6, 10), title="Trồng rừng")
    make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE, title="Xây khu nông nghiệp")
    db.session.commit()
    run_sweep(at(2025, 6, 19))
    digest = next(message for message in smtp.messages if message["To"] == staff.email)
    for kind in ("plain", "html"):
        assert "Sở Nông nghiệp và Môi trường" in body(digest, kind)
        assert "Department of Agriculture and Environment" not in body(digest, kind)


def test_the_delivery_reads_a_recipients_rows_by_the_recipients_index_without_statistics(app, make, world, smtp):
    """With no ANALYZE yet of a full ledger (a fresh day's big sweep), SQLite read every owed row of
    everybody by the (state, send_after) index for each delivery."""
    if db.engine.dialect.name != "sqlite":
        pytest.skip("SQLite's planner")
    lead, _head, staff, issuer = world
    make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE)
    run_sweep(at(2025, 6, 19), deliver=False)
    db.session.execute(sa.text("DROP TABLE IF EXISTS sqlite_stat1"))
    db.session.commit()
    reads = []

    def keep(conn, cursor, statement, parameters, context, executemany):
        if statement.startswith("SELECT reminders.id"):
            reads.append((statement, parameters))

    sa.event.listen(db.engine, "before_cursor_execute", keep)
    try:
        assert deliver_to(staff.id, at(2025, 6, 19)).sent == 1
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", keep)
    [(statement, parameters)] = reads
    plan = db.session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
    reminders_step = next(row[-1] for row in plan if " reminders USING" in row[-1])
    assert "ix_reminders_recipient_state (recipient_id=?)" in reminders_step
