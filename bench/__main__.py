"""Run Tracker's benchmarks: ``make bench`` or ``python -m bench [--tasks N] [--databases sqlite,postgresql]``.

For each database (SQLite in a temporary folder; PostgreSQL when ``TRACKER_BENCH_POSTGRES_URL`` or
``TRACKER_TEST_POSTGRES_URL`` is set, in a separate database ``tracker_bench`` created on demand and
emptied first), the schema is built with the real migrations, the data set of ``bench.data`` is
loaded, and every request below runs through the real Flask app in-process (test client; pages as a
signed-in user, the API with bearer tokens), warm-up first, then many iterations. It prints p50/p95
latency against the goals, the SQL statements per list request at page sizes 10 and 100 (equal
means no N+1), and writes the same to ``bench/results/latest.md``. Then it runs
``bench.bench_extraction`` and ``bench.bench_reminders`` when they exist.
"""

import argparse
import contextlib
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from bench import data as bench_data

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "latest.md"
BENCH_DATABASE = "tracker_bench"
EXTRA_MODULES = ("bench.bench_extraction", "bench.bench_reminders")

READ_GOAL_MS = 50
REPORT_GOAL_MS = 150
WRITE_GOAL_MS = 30
#: Words of generated task titles, for the free-text search.
WORDS = ("forest", "schools", "roads", "water")


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
    try:
        app = create_app(
            {
                "SQLALCHEMY_DATABASE_URI": url,
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


# --- Measuring ------------------------------------------------------------------------------------


def percentile(samples, fraction):
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[index]


@dataclass
class Row:
    database: str
    name: str
    kind: str
    goal_ms: float | None
    samples: list[float] = field(default_factory=list)
    note: str = ""
    #: For rows that are not latencies (query counts): the text shown and whether it passed.
    value: str | None = None
    passed: bool | None = None

    @property
    def p50(self):
        return percentile(self.samples, 0.50) * 1000 if self.samples else None

    @property
    def p95(self):
        return percentile(self.samples, 0.95) * 1000 if self.samples else None

    @property
    def ok(self):
        if self.passed is not None:
            return self.passed
        if self.goal_ms is None or self.p95 is None:
            return None
        return self.p95 < self.goal_ms


class Unavailable(Exception):
    """The route is not there (yet): the row is reported as skipped."""


class Bench:
    """Requests against one loaded database."""

    def __init__(self, app, data, database, iterations, warmup):
        self.app = app
        self.data = data
        self.database = database
        self.iterations = iterations
        self.warmup = warmup
        self.rows = []
        self.adapter = app.url_map.bind("localhost")
        self.clients = {}
        self.statements = 0
        from tracker.extensions import db

        with app.app_context():
            sa.event.listen(db.engine, "before_cursor_execute", self._count)

    def _count(self, *args, **kwargs):
        self.statements += 1

    def has_route(self, method, path):
        try:
            self.adapter.match(path.split("?")[0], method)
        except Exception:  # NotFound or MethodNotAllowed
            return False
        return True

    def session(self, user_id):
        """A test client signed in through the real sign-in form."""
        if user_id not in self.clients:
            client = self.app.test_client()
            response = client.post(
                "/login", data={"email": f"user{user_id}@bench.quangninh.gov.vn", "password": bench_data.PASSWORD}
            )
            if response.status_code != 302:
                raise RuntimeError(f"sign-in of user {user_id} failed: {response.status_code}")
            self.clients[user_id] = client
        return self.clients[user_id]

    def api(self, method, path, user_id, json=None):
        client = self.clients.setdefault("api", self.app.test_client())
        headers = {"Authorization": f"Bearer {token_for(user_id)}"}
        return client.open(path, method=method, json=json, headers=headers)

    def run(self, name, kind, goal_ms, request, check=200, method="GET", probe=None):
        """Time ``request(i)`` after a warm-up; ``probe`` is the path whose route must exist."""
        row = Row(self.database, name, kind, goal_ms)
        self.rows.append(row)
        if probe is not None and not self.has_route(method, probe):
            row.note = f"skipped: no route {method} {probe.split('?')[0]}"
            return row
        count = self.warmup + self.iterations
        for i in range(count):
            started = time.perf_counter()
            response = request(i)
            elapsed = time.perf_counter() - started
            expected = check if isinstance(check, tuple) else (check,)
            if response.status_code not in expected:
                row.note = f"failed: HTTP {response.status_code}"
                row.passed = False
                row.samples = []
                body = response.get_data(as_text=True)[:300]
                print(f"{name}: HTTP {response.status_code}: {body!r}", file=sys.stderr)
                return row
            if i >= self.warmup:
                row.samples.append(elapsed)
        print(f"  [{self.database}] {name}: p50 {row.p50:.1f} ms, p95 {row.p95:.1f} ms", file=sys.stderr, flush=True)
        return row

    def count_statements(self, name, request, probe):
        """SQL statements for the same list at 10 and 100 per page: equal means no N+1."""
        row = Row(self.database, name, "queries", None)
        self.rows.append(row)
        if not self.has_route("GET", probe):
            row.note = f"skipped: no route GET {probe.split('?')[0]}"
            return row
        counts = []
        for per_page in (10, 100):
            request(per_page)  # warm caches (sessions, compiled statements)
            before = self.statements
            response = request(per_page)
            if response.status_code != 200:
                row.note = f"failed: HTTP {response.status_code}"
                row.passed = False
                return row
            counts.append(self.statements - before)
        row.value = f"{counts[0]} / {counts[1]}"
        row.passed = counts[0] == counts[1]
        return row


def token_for(user_id):
    return f"bench-token-{user_id}"


def issue_tokens(app, user_ids):
    """Store a bearer token for each user (hashed, as the app stores them)."""
    from tracker.extensions import db
    from tracker.users.models import ApiToken, hash_token

    now = datetime.now(UTC)
    rows = [dict(user_id=u, name="bench", token_hash=hash_token(token_for(u)), created_at=now) for u in user_ids]
    with app.app_context(), db.engine.begin() as connection:
        for start in range(0, len(rows), 5000):
            connection.execute(ApiToken.__table__.insert(), rows[start : start + 5000])


# --- The scenarios --------------------------------------------------------------------------------


def scenarios(bench):
    """Every measured request; each picks different objects per iteration, as real traffic would."""
    data = bench.data
    leader = data.leaders[0]
    observer = data.observers[0]
    admin = data.admins[0]
    busy = data.busiest_department
    head = data.heads[busy][0]
    staff_ids = data.staff[busy]
    departments = sorted(data.heads)
    today = data.today
    task_count = data.counts.tasks

    def task_id(i):
        return 1 + (i * 7919) % task_count

    def department(i):
        return departments[i % len(departments)]

    # --- pages ---
    bench.run("page: my tasks (home, staff)", "read", READ_GOAL_MS,
              lambda i: bench.session(staff_ids[i % 5]).get("/"), probe="/")  # fmt: skip
    bench.run("page: my tasks (home, head)", "read", READ_GOAL_MS, lambda i: bench.session(head).get("/"), probe="/")
    list_path = "/tasks/?status=open&timing=overdue&department_id={d}&sort=deadline"
    bench.run(
        "page: all tasks, filtered (leader)",
        "read",
        READ_GOAL_MS,
        lambda i: bench.session(leader).get(list_path.format(d=department(i))),
        probe="/tasks/",
    )
    bench.run(
        "page: all tasks, text search (observer)",
        "read",
        READ_GOAL_MS,
        lambda i: bench.session(observer).get(f"/tasks/?q={WORDS[i % len(WORDS)]}&status=open"),
        probe="/tasks/",
    )
    bench.run(
        "page: department tasks (head)",
        "read",
        READ_GOAL_MS,
        lambda i: bench.session(head).get(f"/tasks/department?role={('lead', 'coordinating')[i % 2]}&status=open"),
        probe="/tasks/department",
    )
    bench.run(
        "page: a task (leader)",
        "read",
        READ_GOAL_MS,
        lambda i: bench.session(leader).get(f"/tasks/{task_id(i)}"),
        probe="/tasks/1",
    )
    report_page = next((p for p in ("/reports/departments", "/reports/") if bench.has_route("GET", p)), None)
    bench.run(
        "page: department report (leader)",
        "report",
        REPORT_GOAL_MS,
        lambda i: bench.session(leader).get(report_page),
        probe=report_page or "/reports/departments",
    )
    bench.run(
        "page: a meeting (leader)",
        "read",
        READ_GOAL_MS,
        lambda i: bench.session(leader).get(f"/meetings/{data.meetings_with_tasks[i % len(data.meetings_with_tasks)]}"),
        probe="/meetings/1",
    )
    bench.run(
        "page: users admin (admin)",
        "read",
        READ_GOAL_MS,
        lambda i: bench.session(admin).get(f"/admin/users/?page={1 + i % 40}"),
        probe="/admin/users/",
    )
    bench.run(
        "page: departments admin (admin)",
        "read",
        READ_GOAL_MS,
        lambda i: bench.session(admin).get("/admin/departments/"),
        probe="/admin/departments/",
    )

    # --- API reads ---
    bench.run(
        "api: tasks, status + department + role",
        "read",
        READ_GOAL_MS,
        lambda i: bench.api("GET", f"/api/v1/tasks?status=in_progress&department_id={department(i)}&role=lead", leader),
        probe="/api/v1/tasks",
    )
    bench.run(
        "api: tasks, overdue in own dept (head)",
        "read",
        READ_GOAL_MS,
        lambda i: bench.api("GET", "/api/v1/tasks?timing=overdue", data.heads[department(i)][0]),
        probe="/api/v1/tasks",
    )
    window = f"due_from={today - timedelta(days=30)}&due_to={today + timedelta(days=30)}"
    bench.run(
        "api: tasks, deadline window, page 3",
        "read",
        READ_GOAL_MS,
        lambda i: bench.api("GET", f"/api/v1/tasks?{window}&page=3&per_page=25", observer),
        probe="/api/v1/tasks",
    )
    bench.run(
        "api: my tasks (assignee_id, staff)",
        "read",
        READ_GOAL_MS,
        lambda i: bench.api("GET", f"/api/v1/tasks?assignee_id={staff_ids[i % 5]}&status=open", staff_ids[i % 5]),
        probe="/api/v1/tasks",
    )
    bench.run(
        "api: a task with history",
        "read",
        READ_GOAL_MS,
        lambda i: bench.api("GET", f"/api/v1/tasks/{task_id(i)}", leader),
        probe="/api/v1/tasks/1",
    )
    bench.run(
        "api: department report",
        "report",
        REPORT_GOAL_MS,
        lambda i: bench.api("GET", "/api/v1/reports/departments", leader),
        probe="/api/v1/reports/departments",
    )

    # --- writes ---
    due = (today + timedelta(days=60)).isoformat()
    bench.run(
        "api: create a task (leader)",
        "write",
        WRITE_GOAL_MS,
        lambda i: bench.api(
            "POST",
            "/api/v1/tasks",
            leader,
            json={
                "title": f"Benchmark task {i}",
                "lead_department_id": department(i),
                "coordinating_department_ids": [department(i + 1)],
                "due_on": due,
                "priority": "normal",
            },
        ),
        check=201,
        method="POST",
        probe="/api/v1/tasks",
    )
    startable = iter(data.startable)
    picked = {}

    def start(i):
        task, _lead, assignee = picked[i] = next(startable)
        return bench.api("POST", f"/api/v1/tasks/{task}/transitions", assignee, json={"action": "start"})

    bench.run("api: start a task (assignee)", "write", WRITE_GOAL_MS, start, method="POST",
              probe="/api/v1/tasks/1/transitions")  # fmt: skip

    def report_progress(i):
        task, _lead, assignee = picked[i % len(picked)]
        return bench.api("POST", f"/api/v1/tasks/{task}/updates", assignee, json={"progress": 10 + i % 80})

    if picked:
        bench.run("api: report progress (assignee)", "write", WRITE_GOAL_MS, report_progress, check=201,
                  method="POST", probe="/api/v1/tasks/1/updates")  # fmt: skip

    def page_start(i):
        task, _lead, assignee = next(startable)
        return bench.session(assignee).post(f"/tasks/{task}/transition", data={"action": "start"})

    bench.run("page: start a task (form post)", "write", WRITE_GOAL_MS, page_start, check=(302, 303),
              method="POST", probe="/tasks/1/transition")  # fmt: skip

    # --- N+1 ---
    bench.count_statements(
        "queries per list: api 10 vs 100 per page",
        lambda n: bench.api("GET", f"/api/v1/tasks?status=open&per_page={n}", leader),
        "/api/v1/tasks",
    )
    bench.count_statements(
        "queries per list: page 10 vs 100 per page",
        lambda n: bench.session(leader).get(f"/tasks/?status=open&per_page={n}"),
        "/tasks/",
    )


# --- Running --------------------------------------------------------------------------------------


def bench_database(name, url, args, log):
    instance = Path(tempfile.mkdtemp(prefix=f"tracker-bench-{name}-"))
    if url is None:
        url = f"sqlite:///{instance / 'bench.sqlite'}"
    app = build_app(url, instance)
    started = time.perf_counter()
    migrate(app)
    log(f"[{name}] schema migrated in {time.perf_counter() - started:.1f} s; generating {args.tasks:,} tasks")
    from tracker.extensions import db

    with app.app_context():
        data = bench_data.generate(db.engine, bench_data.Counts(tasks=args.tasks), progress=log)
    log(f"[{name}] {sum(data.rows.values()):,} rows in {data.seconds:.1f} s")
    issue_tokens(app, range(1, data.counts.users + 1))
    bench = Bench(app, data, name, args.iterations, args.warmup)
    started = time.perf_counter()
    scenarios(bench)
    log(f"[{name}] measured in {time.perf_counter() - started:.1f} s")
    with app.app_context():
        db.session.remove()
        db.engine.dispose()
    return bench.rows, data


def fmt_ms(value):
    return "" if value is None else f"{value:.1f}"


def table(rows):
    header = ["database", "measurement", "n", "p50 ms", "p95 ms", "goal", "result"]
    lines = []
    for row in rows:
        if row.value is not None:
            n, p50, p95, goal = "", row.value, "", "equal"
        else:
            n, p50, p95 = str(len(row.samples) or ""), fmt_ms(row.p50), fmt_ms(row.p95)
            goal = f"p95 < {row.goal_ms:g} ms" if row.goal_ms else ""
        result = {True: "pass", False: "FAIL", None: ""}[row.ok]
        if row.note:
            result = (result + " " + row.note).strip()
        lines.append([row.database, row.name, n, p50, p95, goal, result])
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
    parser.add_argument("--iterations", type=int, default=200, help="timed requests per measurement")
    parser.add_argument("--warmup", type=int, default=20, help="untimed requests before timing")
    parser.add_argument("--no-extras", action="store_true", help="skip the extraction and reminder benchmarks")
    args = parser.parse_args(argv)

    def log(message):
        print(message, file=sys.stderr, flush=True)

    rows, loads = [], []
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
        database_rows, data = bench_database(name, url, args, log)
        rows += database_rows
        loads.append((name, data))

    report = table(rows)
    print(report)
    extras = [] if args.no_extras else run_extras(log)
    write_results(args, report, loads, extras)
    failed = [row for row in rows if row.ok is False]
    log(f"{len(failed)} measurement(s) missed their goal; results in {RESULTS.relative_to(HERE.parent)}")
    return 1 if failed else 0


def write_results(args, report, loads, extras):
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    lines = [
        f"# Tracker benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        "",
        f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}.",
        f"Data: {args.tasks:,} tasks; {args.warmup} warm-up then {args.iterations} timed requests per row.",
        "",
    ]
    for name, data in loads:
        rows = ", ".join(f"{table} {count:,}" for table, count in sorted(data.rows.items()))
        lines.append(f"- {name}: generated in {data.seconds:.0f} s ({rows})")
    lines += ["", report, ""]
    for module, text in extras:
        lines += [f"## {module}", "", "```", text, "```", ""]
    RESULTS.write_text("\n".join(lines))


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        sys.exit(main())
