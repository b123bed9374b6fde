"""Benchmark the reminder sweep and delivery: ``python -m bench.bench_reminders`` (or ``make bench``).

Without arguments it measures each configuration it can: SQLite with the embedded (filesystem)
broker, always; and the production one, PostgreSQL with Redis, when the environment names both
servers (``TRACKER_BENCH_POSTGRES_URL`` or ``TRACKER_TEST_POSTGRES_URL``, and
``TRACKER_BENCH_REDIS_URL`` or ``TRACKER_TEST_REDIS_URL``). On PostgreSQL it works in a database of its
own, ``tracker_bench_reminders`` on that server (created on demand, its schema dropped and rebuilt;
never the test database); on Redis in database 14 of the test server (or the ``TRACKER_BENCH_REDIS_URL``
as given), in a queue of its own whose keys it deletes afterwards, never flushing anything.
``--database-url`` and ``--redis-url`` measure one configuration, with that database as given.

The scale (``--scale``): ``country`` (the default) is 1,000,000 open tasks of which 50,000 owe a
reminder today to 20,000 recipients; ``province`` is 100,000 tasks, 5,000 reminders, 5,000
recipients. ``--tasks``, ``--owed`` and ``--recipients`` set each number apart.

For each configuration, one table:

1. A fresh database built by the real migrations; the tasks written by one ``INSERT ... SELECT``
   over a generated series (see :func:`build_data`): most recipients are owed two or three
   reminders, from tasks in different chunks of the sweep; half of them keep the daily digest.
2. Claim and enqueue: the time of ``sweep()`` (chunked set-based claiming, the commit of each chunk,
   then the delivery jobs sent to the broker, one per 50 recipients). Goal: under 30 s at the country
   scale (5 s at the province's).
3. Delivery: a real ``celery worker --concurrency 2`` (two worker processes) drains the jobs into a
   local SMTP sink (aiosmtpd on loopback, in this process); emails per second from the first to the
   last accepted message. Goal: 200/s. With it, the CPU each email cost the worker, the SMTP sink and
   (when the server is on this machine) PostgreSQL: on two cores they share, their sum bounds the
   rate. Then the ledger is checked: every reminder sent once, no message more than expected.
"""

import argparse
import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
SEND_GOAL_PER_S = 200.0
#: name -> (tasks, owed reminders, recipients, claim + enqueue goal in seconds)
SCALES = {
    "country": (1_000_000, 50_000, 20_000, 30.0),
    "province": (100_000, 5_000, 5_000, 5.0),
}
DEPARTMENTS = 60
BENCH_DATABASE = "tracker_bench_reminders"
BENCH_REDIS_DB = 14


# --- Configurations -------------------------------------------------------------------------------


def postgres_url():
    """``tracker_bench_reminders`` on the benchmark's or the test suite's PostgreSQL server (created
    when missing), or ``None`` without a server. Never the test suite's own database."""
    import sqlalchemy as sa

    server_url = os.environ.get("TRACKER_BENCH_POSTGRES_URL") or os.environ.get("TRACKER_TEST_POSTGRES_URL")
    if not server_url:
        return None
    url = sa.engine.make_url(server_url)
    server = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with server.connect() as connection:
            exists = connection.scalar(
                sa.text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": BENCH_DATABASE}
            )
            if not exists:
                connection.execute(sa.text(f'CREATE DATABASE "{BENCH_DATABASE}"'))
    finally:
        server.dispose()
    return url.set(database=BENCH_DATABASE).render_as_string(hide_password=False)


def redis_url():
    """``TRACKER_BENCH_REDIS_URL`` as given, else database 14 of the test suite's Redis, or ``None``."""
    explicit = os.environ.get("TRACKER_BENCH_REDIS_URL")
    if explicit:
        return explicit
    test_url = os.environ.get("TRACKER_TEST_REDIS_URL")
    if not test_url:
        return None
    parts = urlsplit(test_url)
    return urlunsplit(parts._replace(path=f"/{BENCH_REDIS_DB}"))


def configurations():
    """``[(database_url or None, redis_url or None)]``: SQLite with the embedded broker, then
    PostgreSQL with Redis when both servers are named; and why not, when not."""
    found = [(None, None)]
    redis = redis_url()
    if not (os.environ.get("TRACKER_BENCH_POSTGRES_URL") or os.environ.get("TRACKER_TEST_POSTGRES_URL")) or not redis:
        return found, "PostgreSQL + Redis skipped: set TRACKER_TEST_POSTGRES_URL and TRACKER_TEST_REDIS_URL"
    return [*found, (postgres_url(), redis)], None


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Sink:
    def __init__(self):
        self.times = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.times.append(time.perf_counter())
        return "250 OK"


def build_data(app, *, tasks, owed, recipients, now):
    """Departments, users and tasks, the tasks written by one set-based ``INSERT ... SELECT`` over a
    generated series of numbers (no row passes through Python).

    ``owed`` tasks, every ``tasks // owed``-th id, owe one reminder today (due today, tomorrow, in 3
    or 7 days, or one day overdue: due soon or overdue), to ``recipients`` assignees in turn, so that
    most recipients are owed several reminders from tasks far apart (in different chunks of the
    sweep). Every other recipient keeps the daily digest (the default); the others chose one email
    per reminder. The other tasks are open and due in one to three months: they owe nothing, but the
    sweep reads them.
    """
    import sqlalchemy as sa

    from tracker.core.db import UTCDateTime, refresh_statistics
    from tracker.departments.models import Department
    from tracker.extensions import db
    from tracker.reminders.policy import reminder_day
    from tracker.users.models import User

    today = reminder_day(now, app.config["TRACKER_TIMEZONE"], app.config["REMINDER_SEND_HOUR"])
    stamp = now
    departments = [
        dict(
            name=f"Department {n}",
            code=f"B{n}",
            kind="department",
            aliases=[],
            is_active=True,
            created_at=stamp,
            updated_at=stamp,
        )
        for n in range(DEPARTMENTS)
    ]
    db.session.execute(sa.insert(Department), departments)
    first_department = db.session.scalar(sa.select(sa.func.min(Department.id)))
    users = [
        dict(
            email=f"bench{n}@tracker.test",
            name=f"Officer {n}",
            department_id=first_department + n % DEPARTMENTS,
            role="staff" if n else "leader",
            locale="en",
            # Recipients 1, 3, 5, ... keep the digest (the default); 2, 4, 6, ... chose one email each.
            digest_enabled=bool(n % 2),
            is_active=True,
            created_at=stamp,
            updated_at=stamp,
        )
        for n in range(recipients + 1)
    ]
    db.session.execute(sa.insert(User), users)
    issuer_id, last_user = db.session.execute(sa.select(sa.func.min(User.id), sa.func.max(User.id))).one()
    assert last_user - issuer_id == recipients, "user ids must be consecutive (a fresh schema)"
    db.session.commit()
    every = max(1, tasks // owed)
    parameters = dict(
        tasks=tasks,
        owed=owed,
        every=every,
        recipients=recipients,
        first_recipient=issuer_id + 1,
        issuer_id=issuer_id,
        issuer_department=first_department,
        first_department=first_department,
        departments=DEPARTMENTS,
        stamp=stamp,
    )
    postgresql = db.engine.dialect.name == "postgresql"
    # n = 1..tasks; the owed ones are n = every, 2 * every, ... (k = n / every = 1..owed).
    is_owed = "(n % :every = 0 AND n / :every <= :owed)"
    # Days from today: 0, 1, 3 or 7 (due soon: d0, d1, d3, d7) or -1 (overdue), by k; else 30-89.
    days = (
        f"CASE WHEN {is_owed} THEN (CASE (n / :every) % 5 WHEN 0 THEN 0 WHEN 1 THEN 1 WHEN 2 THEN 3 "
        "WHEN 3 THEN 7 ELSE -1 END) ELSE 30 + n % 60 END"
    )
    assignee = f"(:first_recipient + (CASE WHEN {is_owed} THEN n / :every - 1 ELSE n END) % :recipients)"
    if postgresql:
        numbers = "generate_series(1, :tasks) AS g(n)"
        due_on = f"CAST(:today AS date) + ({days})"
    else:
        numbers = "numbers"
        due_on = f"date(:today, ({days}) || ' days')"
    columns = (
        "title, folded_title, issuing_department_id, issuer_id, lead_department_id, assignee_id, due_on, "
        "status, recurrence, occurrence, priority, progress, version, created_at, updated_at"
    )
    select = (
        "SELECT 'Bench task ' || n, 'bench task ' || n, :issuer_department, :issuer_id, "
        f":first_department + n % :departments, {assignee}, {due_on}, "
        "CASE WHEN n % 2 = 1 THEN 'assigned' ELSE 'in_progress' END, 'none', 1, 'normal', 0, 1, :stamp, :stamp "
        f"FROM {numbers}"
    )
    if not postgresql:
        select = (
            f"WITH RECURSIVE numbers(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM numbers WHERE n < :tasks) {select}"
        )
    statement = sa.text(f"INSERT INTO tasks ({columns}) {select}").bindparams(
        sa.bindparam("stamp", type_=UTCDateTime())
    )
    with db.engine.begin() as connection:
        with without_task_triggers_and_indexes(connection):
            connection.execute(statement, {**parameters, "today": today.isoformat()})
        recount_tasks(connection)
    db.session.commit()
    if refresh_statistics(db.engine):
        # The load's write-ahead log (half a gigabyte) into the database file now, not at the sweep's first commits.
        with db.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    else:  # PostgreSQL: analyse now rather than when autovacuum comes by
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("ANALYZE")


@contextmanager
def without_task_triggers_and_indexes(connection):
    """Load tasks as a restore does: the tasks' secondary indexes dropped and built again after the
    load, and their triggers (kept counts, SQLite's search index) off meanwhile, then
    :func:`recount_tasks`. With them on, a million tasks took over five minutes on PostgreSQL."""
    import sqlalchemy as sa

    if connection.dialect.name == "postgresql":
        indexes = connection.execute(
            sa.text(
                "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'tasks' AND indexdef NOT LIKE '%UNIQUE%'"
            )
        ).all()
        for name, _definition in indexes:
            connection.execute(sa.text(f'DROP INDEX "{name}"'))
        # Triggers (and the foreign keys' checks: the rows are consistent by construction) off for this transaction.
        connection.execute(sa.text("SET LOCAL session_replication_role = replica"))
        connection.execute(sa.text("SET LOCAL maintenance_work_mem = '256MB'"))
        yield
        connection.execute(sa.text("SET LOCAL session_replication_role = origin"))
        for _name, definition in indexes:
            connection.execute(sa.text(definition))
        return
    kept = connection.execute(
        sa.text(
            "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'tasks' AND sql IS NOT NULL "
            "AND type IN ('index', 'trigger')"
        )
    ).all()
    for kind, name, _sql in kept:
        connection.execute(sa.text(f'DROP {kind.upper()} "{name}"'))
    yield
    for _kind, _name, sql in kept:
        connection.execute(sa.text(sql))
    # The search indexes over the tasks (FTS5 tables with the tasks as their content) rebuilt in one pass.
    searches = connection.execute(
        sa.text("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%USING fts5%content=''tasks''%'")
    ).scalars()
    for name in list(searches):
        connection.execute(sa.text(f'INSERT INTO "{name}" ("{name}") VALUES (\'rebuild\')'))


def recount_tasks(connection):
    """The kept counts recounted from the tasks, by the statement of the migration that made them."""
    import importlib.util

    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    path = next((ROOT / "migrations" / "versions").glob("b4e1c7d9a2f5_*.py"))
    spec = importlib.util.spec_from_file_location("task_counts_migration", path)
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    connection.exec_driver_sql("DELETE FROM task_counts")
    with Operations.context(MigrationContext.configure(connection)):
        migration.backfill(connection.dialect.name == "postgresql")


def server_cpu_s(database):
    """CPU seconds used so far by the PostgreSQL server processes serving ``database`` on this machine
    (``None`` when there are none here: none yet, or a server elsewhere)."""
    total, found = 0.0, False
    for pid in os.listdir("/proc") if os.path.isdir("/proc") else []:
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as file:
                command = file.read()
            if not command.startswith(b"postgres:") or f" {database} ".encode() not in command:
                continue
            with open(f"/proc/{pid}/stat") as file:
                fields = file.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        found = True
    return total if found else None


def run(database_url=None, redis_url=None, tasks=1_000_000, owed=50_000, recipients=20_000, timeout=1800):
    workdir = Path(tempfile.mkdtemp(prefix="tracker-bench-reminders-"))
    queue = f"bench-{uuid.uuid4().hex[:8]}"
    try:
        return _run(workdir, queue, database_url, redis_url, tasks, owed, recipients, timeout)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
        if redis_url:
            from workers.broker import forget_redis_queue

            forget_redis_queue(redis_url, queue)


def log(message):
    print(f"[reminders] {message}", file=sys.stderr, flush=True)


def ledger_counts():
    """``{state: rows}`` of the ledger, and the emails its owed rows make: one per immediate reminder,
    one per recipient with digest rows."""
    import sqlalchemy as sa

    from tracker.extensions import db
    from tracker.reminders.models import Reminder, ReminderState

    states = dict(db.session.execute(sa.select(Reminder.state, sa.func.count()).group_by(Reminder.state)).all())
    owed = Reminder.state == ReminderState.OWED
    immediate = db.session.scalar(sa.select(sa.func.count()).where(owed, Reminder.is_digest.is_(False)))
    digests = db.session.scalar(
        sa.select(sa.func.count(sa.distinct(Reminder.recipient_id))).where(owed, Reminder.is_digest.is_(True))
    )
    return {str(state): n for state, n in states.items()}, immediate, digests


def _run(workdir, queue, database_url, redis_url, tasks, owed, recipients, timeout):
    import sqlalchemy as sa
    from flask_migrate import upgrade

    from tracker import create_app
    from tracker.core.db import utcnow
    from tracker.extensions import db
    from tracker.reminders.dispatch import enqueue_deliveries
    from tracker.reminders.operations.sweep import sweep

    instance = workdir / "instance"
    database_url = database_url or f"sqlite:///{workdir / 'tracker.sqlite'}"
    os.environ.update(TRACKER_INSTANCE_PATH=str(instance), TRACKER_DOTENV=str(workdir / "none.env"))
    os.environ["CELERY_QUEUE"] = queue
    if redis_url:
        os.environ["REDIS_URL"] = redis_url
    else:
        os.environ.pop("REDIS_URL", None)
    app = create_app({"SQLALCHEMY_DATABASE_URI": database_url, "TRACKER_BASE_URL": "http://tracker.bench"})
    results = {"load_before": os.getloadavg()}
    with app.app_context():
        if db.engine.dialect.name == "postgresql":
            with db.engine.begin() as connection:
                connection.execute(sa.text("DROP SCHEMA IF EXISTS public CASCADE"))
                connection.execute(sa.text("CREATE SCHEMA public"))
        upgrade(directory=str(ROOT / "migrations"))
        now = utcnow()
        started = time.perf_counter()
        build_data(app, tasks=tasks, owed=owed, recipients=recipients, now=now)
        results["data_s"] = time.perf_counter() - started
        log(f"{tasks:,} tasks written in {results['data_s']:.1f} s; sweeping")

        broker = app.config["CELERY"]["broker_url"]
        enqueue_time, jobs = [0.0], [0]

        def timed_enqueue(recipients):
            begun = time.perf_counter()
            jobs[0] += enqueue_deliveries(recipients)
            enqueue_time[0] += time.perf_counter() - begun

        started, cpu = time.perf_counter(), time.process_time()
        result = sweep(now, enqueue=timed_enqueue, source="bench")
        results["enqueue_s"] = enqueue_time[0]
        results["claim_enqueue_s"] = time.perf_counter() - started
        results["claim_enqueue_cpu_s"] = time.process_time() - cpu
        results["claimed"] = result.claimed
        results["enqueued"] = result.enqueued
        results["jobs"] = jobs[0]
        results["recipients"] = len(result.recipients)
        results["chunks"] = result.chunks
        _states, immediate, digests = ledger_counts()
        results["expected_emails"] = immediate + digests
        results["digest_emails"] = digests
        started = time.perf_counter()
        again = sweep(now + timedelta(seconds=1), enqueue=None, source="bench")
        results["second_sweep_s"] = time.perf_counter() - started
        results["second_claimed"] = again.claimed
        log(
            f"claimed {result.claimed:,}, enqueued {result.enqueued:,} deliveries in {jobs[0]:,} jobs in "
            f"{results['claim_enqueue_s']:.1f} s "
            f"(enqueueing {results['enqueue_s']:.1f} s); {results['expected_emails']:,} emails to deliver"
        )
        database = db.engine.url.database if db.engine.dialect.name == "postgresql" else None
        db.session.remove()
        db.engine.dispose()

    from aiosmtpd.controller import Controller

    expected = results["expected_emails"]
    sink = Sink()
    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    env = dict(
        os.environ,
        DATABASE_URL=database_url,
        MAIL_SERVER="127.0.0.1",
        MAIL_PORT=str(port),
        TRACKER_BASE_URL="http://tracker.bench",
        SECRET_KEY="bench-not-secret",  # noqa: S106
    )
    command = [sys.executable, "-m", "celery", "-A", "workers.worker", "worker", "--concurrency=2"]
    command += ["--loglevel=WARNING", "-Q", queue, "-n", f"bench-{queue}@%h"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    sink_cpu = time.process_time()  # the SMTP sink is this process's thread; the rest of it sleeps
    server_before = (server_cpu_s(database) or 0.0) if database else None  # the worker's sessions start at 0
    worker = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout
    try:
        while len(sink.times) < expected and time.monotonic() < deadline and worker.poll() is None:
            time.sleep(0.2)
        # Before the worker stops: its database sessions end with it.
        server_after = server_cpu_s(database) if database else None
        results["sink_cpu_s"] = time.process_time() - sink_cpu
        results["delivered"] = len(sink.times)
        time.sleep(2)  # a message sent twice would arrive now
    finally:
        worker.send_signal(signal.SIGTERM)  # the main PID only: it stops its children
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
        controller.stop()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU of the worker and its pool processes (start-up included): what the machine must give per email.
    results["worker_cpu_s"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if server_before is not None and server_after is not None:
        results["database_cpu_s"] = server_after - server_before
    received = list(sink.times)
    results["received"] = len(received)
    timed = received[:expected]
    if len(timed) > 1:
        results["emails_per_s"] = (len(timed) - 1) / (timed[-1] - timed[0])
        results["reminders_per_s"] = results["emails_per_s"] * results["claimed"] / expected
    with app.app_context():
        results["ledger"], _immediate, _digests = ledger_counts()
        db.session.remove()
        db.engine.dispose()
    results["broker"] = broker.split("://")[0]
    results["database"] = database_url.split(":")[0]
    results["load_after"] = os.getloadavg()
    return results


def report(results, tasks, owed, recipients, claim_goal):
    claim_ok = results["claim_enqueue_s"] < claim_goal and results["claimed"] == owed
    rate = results.get("emails_per_s", 0.0)
    expected = results["expected_emails"]
    rate_ok = rate >= SEND_GOAL_PER_S and results["delivered"] >= expected
    claiming = results["claim_enqueue_s"] - results["enqueue_s"]
    ledger = results["ledger"]
    all_sent = ledger.get("sent", 0) == owed and results["received"] == expected
    loads = (
        " / ".join(f"{x:.1f}" for x in results["load_before"]),
        " / ".join(f"{x:.1f}" for x in results["load_after"]),
    )
    lines = [
        f"Reminders on {results['database']} with the {results['broker']} broker, {tasks:,} open tasks, "
        f"{owed:,} reminders owed to {recipients:,} recipients (data built in {results['data_s']:.1f} s; "
        f"load average {loads[0]} at the start, {loads[1]} at the end)",
        "| measure | value | goal | |",
        "|---|---|---|---|",
        f"| claim + enqueue ({results['chunks']} chunks, {results['claimed']:,} claimed, "
        f"{results['enqueued']:,} deliveries to {results['recipients']:,} recipients in {results['jobs']:,} jobs) "
        f"| {results['claim_enqueue_s']:.2f} s "
        f"| < {claim_goal:.0f} s | {'pass' if claim_ok else 'FAIL'} |",
        f"| of which claiming (SQL and commits) | {claiming:.2f} s | | |",
        f"| of which enqueueing {results['jobs']:,} jobs | {results['enqueue_s']:.2f} s | | |",
        f"| claim + enqueue CPU in the sweeping process | {results['claim_enqueue_cpu_s']:.2f} s | | |",
        f"| second sweep (claims {results['second_claimed']}) | {results['second_sweep_s']:.2f} s | | |",
        f"| emails delivered, 2 worker processes ({results['delivered']:,}/{expected:,}: "
        f"{expected - results['digest_emails']:,} single, {results['digest_emails']:,} digests) | {rate:.0f}/s | "
        f"{SEND_GOAL_PER_S:.0f}/s | {'pass' if rate_ok else 'FAIL'} |",
        f"| reminders delivered per second | {results.get('reminders_per_s', 0.0):.0f}/s | | |",
        f"| ledger after delivery: {', '.join(f'{n:,} {state}' for state, n in sorted(ledger.items()))}; "
        f"messages received {results['received']:,} | | each sent once | {'pass' if all_sent else 'FAIL'} |",
    ]
    delivered = results["delivered"]
    if delivered:
        cpu_ms = {"worker": 1000 * results["worker_cpu_s"] / delivered}
        lines.append(f"| worker CPU per email (worker + pool processes) | {cpu_ms['worker']:.1f} ms | | |")
        if "database_cpu_s" in results:
            cpu_ms["database"] = 1000 * results["database_cpu_s"] / delivered
            lines.append(f"| PostgreSQL CPU per email (its server processes) | {cpu_ms['database']:.1f} ms | | |")
        cpu_ms["sink"] = 1000 * results["sink_cpu_s"] / delivered
        lines.append(f"| SMTP sink CPU per email | {cpu_ms['sink']:.1f} ms | | |")
        total = sum(cpu_ms.values())
        lines.append(f"| CPU per email, all of the above | {total:.1f} ms | | two idle cores: ~{2000 / total:.0f}/s |")
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="measure on this database only (its schema is dropped)")
    parser.add_argument("--redis-url", help="measure with this Redis as the broker only")
    parser.add_argument("--scale", choices=sorted(SCALES), default="country", help="country (1,000,000 tasks)")
    parser.add_argument("--tasks", type=int, help="open tasks (the scale's by default)")
    parser.add_argument("--owed", type=int, help="reminders owed today (the scale's by default)")
    parser.add_argument("--recipients", type=int, help="their recipients (the scale's by default)")
    args = parser.parse_args(argv)
    tasks, owed, recipients, claim_goal = SCALES[args.scale]
    tasks, owed, recipients = args.tasks or tasks, args.owed or owed, args.recipients or recipients
    if args.database_url or args.redis_url:
        runs, skipped = [(args.database_url, args.redis_url)], None
    else:
        runs, skipped = configurations()
    texts = []
    for database_url, broker_url in runs:
        results = run(database_url, broker_url, tasks=tasks, owed=owed, recipients=recipients)
        texts.append(report(results, tasks, owed, recipients, claim_goal))
        print(texts[-1] + "\n", flush=True)
    if skipped:
        print(skipped)
        texts.append(skipped)
    return "\n\n".join(texts)


if __name__ == "__main__":
    main()
