"""Run Tracker's benchmarks: ``make bench`` or ``python -m bench [--tasks N] [--databases sqlite,postgresql]``.

For each database (SQLite in a temporary folder; PostgreSQL when ``TRACKER_BENCH_POSTGRES_URL`` is set,
in that database, whose ``public`` schema is emptied first; or, from ``TRACKER_TEST_POSTGRES_URL``, in a
database of its own, ``tracker_bench`` on the same server, created on demand and emptied first, never
the test database), the schema is built with the real migrations, the data set of ``bench.data`` is
loaded, and every request of ``bench.scenarios`` runs through the real Flask app in-process (test
client; pages as a signed-in user, the API with bearer tokens), warm-up first, then many iterations. It prints p50/p95
latency against the goals, the SQL statements per list request at page sizes 10 and 100 (equal
means no N+1), and writes the same to ``bench/results/latest.md``. Then it runs
``bench.bench_extraction`` and ``bench.bench_reminders`` when they exist.
"""

import argparse
import base64
import contextlib
import os
import pickle
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

from bench import bench_concurrency
from bench import data as bench_data
from bench.measure import Bench, TimedConnection, explain, issue_tokens
from bench.scenarios import scenarios
from tracker.core import memory

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "latest.md"
BENCH_DATABASE = "tracker_bench"
EXTRA_MODULES = ("bench.bench_extraction", "bench.bench_reminders")


# --- Databases ------------------------------------------------------------------------------------


def postgres_url():
    """The PostgreSQL URL to benchmark on, or ``None``; never the test suite's own database."""
    explicit = os.environ.get("TRACKER_BENCH_POSTGRES_URL")
    if explicit:
        return explicit
    test_url = os.environ.get("TRACKER_TEST_POSTGRES_URL")
    if not test_url:
        return None
    url = sa.engine.make_url(test_url)
    server = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with server.connect() as connection:
        exists = connection.scalar(sa.text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": BENCH_DATABASE})
        if not exists:
            connection.execute(sa.text(f'CREATE DATABASE "{BENCH_DATABASE}"'))
    server.dispose()
    return url.set(database=BENCH_DATABASE).render_as_string(hide_password=False)


def reset_schema(engine):
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(sa.text("DROP SCHEMA IF EXISTS public CASCADE"))
            connection.execute(sa.text("CREATE SCHEMA public"))
        else:
            for table in sa.inspect(connection).get_table_names():
                connection.execute(sa.text(f'DROP TABLE IF EXISTS "{table}"'))


def build_app(url, instance):
    from tracker import create_app

    os.environ["TRACKER_INSTANCE_PATH"] = str(instance)
    engine_options = {"pool_pre_ping": True}
    if url.startswith("sqlite"):
        engine_options["connect_args"] = {"factory": TimedConnection}
    try:
        app = create_app(
            {
                "SQLALCHEMY_DATABASE_URI": url,
                "SQLALCHEMY_ENGINE_OPTIONS": engine_options,
                "SECRET_KEY": "bench-secret-key",
                # The browser tests go through CSRF; here it would only add a token round trip.
                "WTF_CSRF_ENABLED": False,
                "RATELIMIT_ENABLED": False,
                "TRACKER_UPLOAD_DIR": str(Path(instance) / "uploads"),
                "TRACKER_OUTBOX_DIR": str(Path(instance) / "outbox"),
            }
        )
    finally:
        os.environ.pop("TRACKER_INSTANCE_PATH", None)
    return app


def migrate(app):
    from flask_migrate import upgrade

    from tracker.extensions import db

    with app.app_context():
        reset_schema(db.engine)
        upgrade()


# --- Running --------------------------------------------------------------------------------------


KEPT_TABLE = "bench_kept_data_set"


def store_data_set(engine, data):
    """Keep the description of the generated rows in the database itself, for ``--reuse``."""
    with engine.begin() as connection:
        connection.execute(sa.text(f"DROP TABLE IF EXISTS {KEPT_TABLE}"))
        connection.execute(sa.text(f"CREATE TABLE {KEPT_TABLE} (tasks INTEGER, today DATE, payload TEXT)"))
        payload = base64.b64encode(pickle.dumps(data)).decode()
        connection.execute(
            sa.text(f"INSERT INTO {KEPT_TABLE} VALUES (:tasks, :today, :payload)"),
            {"tasks": data.counts.tasks, "today": data.today, "payload": payload},
        )


def kept_data_set(engine, tasks):
    """The data set kept by an earlier run with ``tasks`` tasks, generated today; else ``None``.

    The tasks the earlier run started are no longer startable: the list is read again from the rows.
    """
    with engine.connect() as connection:
        if KEPT_TABLE not in sa.inspect(connection).get_table_names():
            return None
        row = connection.execute(sa.text(f"SELECT tasks, today, payload FROM {KEPT_TABLE}")).first()
        if row is None or row.tasks != tasks:
            return None
        data = pickle.loads(base64.b64decode(row.payload))  # noqa: S301 (written by this module)
        if data.today != bench_data.local_today():
            return None  # the deadlines were spread around another day
        data.startable = [
            tuple(r)
            for r in connection.execute(
                sa.text(
                    "SELECT id, lead_department_id, assignee_id FROM tasks "
                    "WHERE status = 'assigned' AND assignee_id IS NOT NULL AND id <= :n ORDER BY id"
                ),
                {"n": tasks},
            )
        ]
        return data


def forget_earlier_run(engine):
    """What an earlier run on a kept database added that this run adds again."""
    with engine.begin() as connection:
        connection.execute(sa.text("DELETE FROM api_tokens WHERE name = 'bench'"))
        connection.execute(sa.text("DELETE FROM notifications"))


def bench_database(name, url, args, log):
    instance = Path(tempfile.mkdtemp(prefix=f"tracker-bench-{name}-"))
    if url is None:
        url = f"sqlite:///{instance / 'bench.sqlite'}"
    app = build_app(url, instance)
    from tracker.extensions import db

    data = None
    if args.reuse:
        with app.app_context():
            data = kept_data_set(db.engine, args.tasks)
    if data is not None:
        from flask_migrate import upgrade

        with app.app_context():
            upgrade()  # migrations added since the data set was generated
            forget_earlier_run(db.engine)
            if db.engine.dialect.name == "postgresql":
                # What autovacuum does between a day's writes: the earlier runs' writes (a bulk
                # assignment of 500 tasks each time) left pages a count could not read from an index
                # alone (a department's kept count read 4,000 heap blocks, 7 ms, instead of under 1).
                with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                    connection.execute(sa.text("VACUUM ANALYZE"))
        log(f"[{name}] reusing the kept data set of {args.tasks:,} tasks ({data.today})")
    else:
        started = time.perf_counter()
        migrate(app)
        log(f"[{name}] schema migrated in {time.perf_counter() - started:.1f} s; generating {args.tasks:,} tasks")
        with app.app_context():
            data = bench_data.generate(db.engine, bench_data.Counts(tasks=args.tasks), progress=log)
            if args.reuse:
                store_data_set(db.engine, data)
        log(f"[{name}] {sum(data.rows.values()):,} rows in {data.seconds:.1f} s")
    issue_tokens(app, range(1, data.counts.users + 1))
    # As each web process does once the app is loaded (gunicorn.conf.py, tracker.core.memory).
    memory.settle()
    bench = Bench(app, data, name, args.iterations, args.warmup)
    started = time.perf_counter()
    scenarios(bench)
    log(f"[{name}] measured in {time.perf_counter() - started:.1f} s")
    concurrency = None
    if not args.no_concurrency:
        with app.app_context():
            db.session.remove()
        concurrency = bench_concurrency.table(name, bench_concurrency.run(url, instance, data, log))
        print(concurrency)
    for row in bench.rows:
        if row.ok is False and row.slowest is not None:
            try:
                row.plan = explain(bench.engine, row.slowest)
            except sa.exc.SQLAlchemyError as error:
                row.plan = f"(EXPLAIN failed: {error})"
    with app.app_context():
        db.session.remove()
        db.engine.dispose()
    shutil.rmtree(instance, ignore_errors=True)
    return bench.rows, data, concurrency


def fmt_ms(value):
    return "" if value is None else f"{value:.1f}"


def table(rows):
    header = ["database", "measurement", "n", "p50 ms", "p95 ms", "SQL p50 ms", "CPU p50 ms", "goal", "result"]
    lines = []
    for row in rows:
        if row.value is not None:
            n, p50, p95, sql, cpu, goal = "", row.value, "", "", "", "equal"
        else:
            n, p50, p95 = str(len(row.samples) or ""), fmt_ms(row.p50), fmt_ms(row.p95)
            sql, cpu = fmt_ms(row.sql_p50), fmt_ms(row.cpu_p50)
            goal = f"p95 < {row.goal_ms:g} ms" if row.goal_ms else ""
        result = {True: "pass", False: "FAIL", None: ""}[row.ok]
        if row.note:
            result = (result + " " + row.note).strip()
        lines.append([row.database, row.name, n, p50, p95, sql, cpu, goal, result])
    widths = [max(len(str(x)) for x in column) for column in zip(header, *lines, strict=False)]
    out = ["| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=False)) + " |"]
    out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for line in lines:
        out.append("| " + " | ".join(str(x).ljust(w) for x, w in zip(line, widths, strict=False)) + " |")
    return "\n".join(out)


def run_extras(log):
    """Run the other engineers' benchmarks, when they exist, as ``python -m <module>``."""
    outputs = []
    for module in EXTRA_MODULES:
        path = HERE.parent / (module.replace(".", "/") + ".py")
        if not path.exists():
            outputs.append((module, "not present; skipped"))
            continue
        log(f"running {module}")
        try:
            done = subprocess.run(
                [sys.executable, "-m", module],
                cwd=HERE.parent,
                capture_output=True,
                text=True,
                timeout=1800,
                check=False,
            )
            text = done.stdout + (f"\n(stderr)\n{done.stderr}" if done.returncode else "")
            text += f"\n(exit status {done.returncode})" if done.returncode else ""
        except subprocess.TimeoutExpired:
            text = "timed out after 30 minutes"
        print(text)
        outputs.append((module, text.strip()))
    return outputs


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench", description="Tracker benchmarks")
    parser.add_argument("--tasks", type=int, default=bench_data.Counts.tasks, help="tasks to generate (100000)")
    parser.add_argument("--databases", default="sqlite,postgresql", help="which databases (sqlite,postgresql)")
    parser.add_argument("--iterations", type=int, default=100, help="timed requests per measurement (100)")
    parser.add_argument("--warmup", type=int, default=10, help="untimed requests before timing (10)")
    parser.add_argument("--no-extras", action="store_true", help="skip the extraction and reminder benchmarks")
    parser.add_argument("--no-concurrency", action="store_true", help="skip the runs over HTTP against gunicorn")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="PostgreSQL: keep the generated data in the database and, on the next run with as many tasks "
        "the same day, measure on it again instead of generating (writes of earlier runs remain)",
    )
    args = parser.parse_args(argv)

    def log(message):
        print(message, file=sys.stderr, flush=True)

    load_before = os.getloadavg()
    rows, loads, concurrency = [], [], []
    for name in [n.strip() for n in args.databases.split(",") if n.strip()]:
        if name == "postgresql":
            url = postgres_url()
            if url is None:
                log("[postgresql] skipped: set TRACKER_BENCH_POSTGRES_URL or TRACKER_TEST_POSTGRES_URL")
                continue
        elif name == "sqlite":
            url = None
        else:
            parser.error(f"unknown database {name!r}")
        database_rows, data, database_concurrency = bench_database(name, url, args, log)
        rows += database_rows
        if database_concurrency:
            concurrency.append(database_concurrency)
        loads.append((name, data))

    report = table(rows)
    print(report)
    extras = [] if args.no_extras else run_extras(log)
    write_results(args, report, loads, extras, rows, (load_before, os.getloadavg()), concurrency)
    failed = [row for row in rows if row.ok is False]
    log(f"{len(failed)} measurement(s) missed their goal; results in {RESULTS.relative_to(HERE.parent)}")
    return 1 if failed else 0


def slow_statements(rows):
    """For each row that missed its goal: its slowest statement, with the parameters and the plan."""
    lines = []
    for row in rows:
        if row.ok is not False or row.slowest is None:
            continue
        seconds, statement, parameters = row.slowest
        lines += [f"### {row.database}: {row.name}", ""]
        lines.append(f"Slowest statement ({seconds * 1000:.1f} ms; SQL p50 per request {fmt_ms(row.sql_p50)} ms):")
        lines += ["", "```sql", statement.strip(), "```", "", f"Parameters: `{parameters!r}`", ""]
        if row.plan:
            lines += ["Plan:", "", "```", row.plan, "```", ""]
    return lines


def write_results(args, report, loads, extras, rows, load, concurrency=()):
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    lines = [
        f"# Tracker benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        "",
        f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}.",
        f"Data: {args.tasks:,} tasks; {args.warmup} warm-up then {args.iterations} timed requests per row.",
        "Load average (1, 5, 15 min) at start {} and at end {}: above the core count, other processes competed "
        "for the CPU and the wall-clock figures are inflated; CPU p50 is this process's own CPU time per "
        "request.".format(*(" / ".join(f"{x:.1f}" for x in values) for values in load)),
        "",
        "Columns: p50/p95 wall-clock latency of the whole request through the Flask app; SQL p50 the time "
        "spent in the database driver (SQLite: executing and fetching; PostgreSQL: until the rows are back).",
        "",
    ]
    for name, data in loads:
        counts = ", ".join(f"{table} {count:,}" for table, count in sorted(data.rows.items()))
        lines.append(f"- {name}: generated in {data.seconds:.0f} s ({counts})")
    lines += ["", report, ""]
    if concurrency:
        lines += ["## Concurrency over HTTP (gunicorn -c gunicorn.conf.py)", "", *concurrency, ""]
    slow = slow_statements(rows)
    if slow:
        lines += ["## Rows that missed their goal: slowest statement and plan", "", *slow]
    for module, text in extras:
        lines += [f"## {module}", "", "```", text, "```", ""]
    RESULTS.write_text("\n".join(lines))


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        sys.exit(main())
