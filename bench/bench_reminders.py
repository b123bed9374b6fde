"""Benchmark the reminder sweep and delivery: ``python -m bench.bench_reminders`` (or ``make bench``).

Without arguments it measures each configuration it can: SQLite with the embedded (filesystem)
broker, always; and the production one, PostgreSQL with Redis, when the environment names both
servers (``TRACKER_BENCH_POSTGRES_URL`` or ``TRACKER_TEST_POSTGRES_URL``, and
``TRACKER_BENCH_REDIS_URL`` or ``TRACKER_TEST_REDIS_URL``). On PostgreSQL it works in a database of its
own, ``tracker_bench_reminders`` on that server (created on demand, its schema dropped and rebuilt;
never the test database); on Redis in database 14 of the test server (or the ``TRACKER_BENCH_REDIS_URL``
as given), in a queue of its own whose keys it deletes afterwards, never flushing anything.
``--database-url`` and ``--redis-url`` measure one configuration, with that database as given.

For each configuration, one table:

1. A fresh database built by the real migrations, with 100,000 open tasks of which 5,000 are due
   tomorrow (one ``due_soon`` reminder each, to 5,000 distinct assignees who take their reminders one
   by one): the rest are due in a month and owe nothing.
2. Claim and enqueue: the time of ``sweep()`` (chunked set-based claiming, the commit of each chunk,
   then one delivery job per recipient sent to the broker). Goal: under 5 s.
3. Delivery: a real ``celery worker --concurrency 2`` (two worker processes) drains the jobs into a
   local SMTP sink (aiosmtpd on loopback, in this process); emails per second from the first to the
   last accepted message. Goal: 200/s. With it, the CPU each email cost the worker, the SMTP sink and
   (when the server is on this machine) PostgreSQL: on two cores they share, their sum bounds the rate.
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
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
CLAIM_GOAL_S = 5.0
SEND_GOAL_PER_S = 200.0
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


def build_data(app, *, tasks, owed, now):
    """Bulk-insert departments, users and tasks; ``owed`` tasks are due tomorrow (local)."""
    import sqlalchemy as sa

    from tracker.departments.models import Department
    from tracker.extensions import db
    from tracker.reminders.policy import reminder_day
    from tracker.tasks.models import Task
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
        for n in range(60)
    ]
    db.session.execute(sa.insert(Department), departments)
    department_ids = db.session.scalars(sa.select(Department.id).order_by(Department.id)).all()
    users = [
        dict(
            email=f"bench{n}@tracker.test",
            name=f"Officer {n}",
            department_id=department_ids[n % len(department_ids)],
            role="staff" if n else "leader",
            locale="en",
            digest_enabled=False,
            is_active=True,
            created_at=stamp,
            updated_at=stamp,
        )
        for n in range(owed + 1)
    ]
    db.session.execute(sa.insert(User), users)
    user_ids = db.session.scalars(sa.select(User.id).order_by(User.id)).all()
    issuer_id, assignees = user_ids[0], user_ids[1:]
    department_of = {row["email"]: row["department_id"] for row in users}
    issuer_department = department_of["bench0@tracker.test"]
    batch = []
    for n in range(tasks):
        assignee = assignees[n % len(assignees)]
        lead = department_ids[(n % len(assignees) + 1) % len(department_ids)]
        batch.append(
            dict(
                title=f"Bench task {n}",
                issuing_department_id=issuer_department,
                issuer_id=issuer_id,
                lead_department_id=lead,
                assignee_id=assignee,
                due_on=today + timedelta(days=1 if n < owed else 30),
                status="assigned" if n % 2 else "in_progress",
                recurrence="none",
                occurrence=1,
                priority="normal",
                progress=0,
                version=1,
                created_at=stamp,
                updated_at=stamp,
            )
        )
        if len(batch) == 10_000:
            db.session.execute(sa.insert(Task), batch)
            batch = []
    if batch:
        db.session.execute(sa.insert(Task), batch)
    db.session.commit()


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


def run(database_url=None, redis_url=None, tasks=100_000, owed=5_000, timeout=600):
    workdir = Path(tempfile.mkdtemp(prefix="tracker-bench-reminders-"))
    queue = f"bench-{uuid.uuid4().hex[:8]}"
    try:
        return _run(workdir, queue, database_url, redis_url, tasks, owed, timeout)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
        if redis_url:
            from workers.broker import forget_redis_queue

            forget_redis_queue(redis_url, queue)


def _run(workdir, queue, database_url, redis_url, tasks, owed, timeout):
    import sqlalchemy as sa
    from flask_migrate import upgrade

    from tracker import create_app
    from tracker.core.db import utcnow
    from tracker.extensions import db
    from tracker.reminders.dispatch import enqueue_deliveries
    from tracker.reminders.sweep import sweep

    instance = workdir / "instance"
    database_url = database_url or f"sqlite:///{workdir / 'tracker.sqlite'}"
    os.environ.update(TRACKER_INSTANCE_PATH=str(instance), TRACKER_DOTENV=str(workdir / "none.env"))
    os.environ["CELERY_QUEUE"] = queue
    if redis_url:
        os.environ["REDIS_URL"] = redis_url
    else:
        os.environ.pop("REDIS_URL", None)
    app = create_app({"SQLALCHEMY_DATABASE_URI": database_url, "TRACKER_BASE_URL": "http://tracker.bench"})
    results = {}
    with app.app_context():
        if db.engine.dialect.name == "postgresql":
            with db.engine.begin() as connection:
                connection.execute(sa.text("DROP SCHEMA IF EXISTS public CASCADE"))
                connection.execute(sa.text("CREATE SCHEMA public"))
        upgrade(directory=str(ROOT / "migrations"))
        now = utcnow()
        started = time.perf_counter()
        build_data(app, tasks=tasks, owed=owed, now=now)
        results["data_s"] = time.perf_counter() - started

        broker = app.config["CELERY"]["broker_url"]
        enqueue_time = [0.0]

        def timed_enqueue(recipients):
            begun = time.perf_counter()
            enqueue_deliveries(recipients)
            enqueue_time[0] += time.perf_counter() - begun

        started, cpu = time.perf_counter(), time.process_time()
        result = sweep(now, enqueue=timed_enqueue, source="bench")
        results["enqueue_s"] = enqueue_time[0]
        results["claim_enqueue_s"] = time.perf_counter() - started
        results["claim_enqueue_cpu_s"] = time.process_time() - cpu
        results["claimed"] = result.claimed
        results["enqueued"] = result.enqueued
        results["chunks"] = result.chunks
        started = time.perf_counter()
        again = sweep(now + timedelta(seconds=1), enqueue=None, source="bench")
        results["second_sweep_s"] = time.perf_counter() - started
        results["second_claimed"] = again.claimed
        database = db.engine.url.database if db.engine.dialect.name == "postgresql" else None
        db.session.remove()
        db.engine.dispose()

    from aiosmtpd.controller import Controller

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
        while len(sink.times) < owed and time.monotonic() < deadline and worker.poll() is None:
            time.sleep(0.2)
        # Before the worker stops: its database sessions end with it.
        server_after = server_cpu_s(database) if database else None
        results["sink_cpu_s"] = time.process_time() - sink_cpu
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
    results["delivered"] = len(received)
    if len(received) > 1:
        results["emails_per_s"] = (len(received) - 1) / (received[-1] - received[0])
    results["broker"] = broker.split("://")[0]
    results["database"] = database_url.split(":")[0]
    return results


def report(results, tasks, owed):
    claim_ok = results["claim_enqueue_s"] < CLAIM_GOAL_S and results["claimed"] == owed
    rate = results.get("emails_per_s", 0.0)
    claiming = results["claim_enqueue_s"] - results["enqueue_s"]
    lines = [
        f"Reminders on {results['database']} with the {results['broker']} broker, {tasks:,} open tasks, "
        f"{owed:,} reminders owed (data built in {results['data_s']:.1f} s; load average "
        f"{os.getloadavg()[0]:.1f})",
        "| measure | value | goal | |",
        "|---|---|---|---|",
        f"| claim + enqueue ({results['chunks']} chunks, {results['claimed']:,} claimed, "
        f"{results['enqueued']:,} jobs) | {results['claim_enqueue_s']:.2f} s | < {CLAIM_GOAL_S:.0f} s | "
        f"{'pass' if claim_ok else 'FAIL'} |",
        f"| of which claiming (SQL and commits) | {claiming:.2f} s | | |",
        f"| of which enqueueing {results['enqueued']:,} jobs | {results['enqueue_s']:.2f} s | | |",
        f"| second sweep (claims {results['second_claimed']}) | {results['second_sweep_s']:.2f} s | | |",
        f"| emails delivered, 2 worker processes ({results['delivered']:,}/{owed:,}) | {rate:.0f}/s | "
        f"{SEND_GOAL_PER_S:.0f}/s | {'pass' if rate >= SEND_GOAL_PER_S and results['delivered'] == owed else 'FAIL'} |",
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
    lines.append(f"| claim + enqueue CPU in the sweeping process | {results['claim_enqueue_cpu_s']:.2f} s | | |")
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="measure on this database only (its schema is dropped)")
    parser.add_argument("--redis-url", help="measure with this Redis as the broker only")
    parser.add_argument("--tasks", type=int, default=100_000)
    parser.add_argument("--owed", type=int, default=5_000)
    args = parser.parse_args(argv)
    if args.database_url or args.redis_url:
        runs, skipped = [(args.database_url, args.redis_url)], None
    else:
        runs, skipped = configurations()
    texts = []
    for database_url, broker_url in runs:
        results = run(database_url, broker_url, tasks=args.tasks, owed=args.owed)
        texts.append(report(results, args.tasks, args.owed))
        print(texts[-1] + "\n", flush=True)
    if skipped:
        print(skipped)
        texts.append(skipped)
    return "\n\n".join(texts)


if __name__ == "__main__":
    main()
