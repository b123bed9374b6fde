"""Measuring requests through the real Flask app: latency, time in the database, statements, plans.

Time in the database is what the driver spends on a request's statements, results included: on
PostgreSQL the time from sending a statement to having its rows (psycopg fetches them at once); on
SQLite, which computes rows as they are fetched, :class:`TimedCursor` also times every fetch.
"""

import sqlite3
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime

import sqlalchemy as sa

from bench.data import PASSWORD


class Clock:
    """Seconds spent in the database, and the slowest statement since the last reset."""

    def __init__(self):
        self.seconds = 0.0
        self.slowest = None

    def add(self, seconds):
        self.seconds += seconds

    def observe(self, seconds, statement, parameters):
        if self.slowest is None or seconds > self.slowest[0]:
            self.slowest = (seconds, statement, parameters)


CLOCK = Clock()


class TimedCursor(sqlite3.Cursor):
    """A SQLite cursor that times executing and fetching, and charges both to the statement."""

    def _charge(self, started):
        elapsed = time.perf_counter() - started
        CLOCK.add(elapsed)
        self._bench_total = getattr(self, "_bench_total", 0.0) + elapsed
        if getattr(self, "_bench_statement", None) is not None:
            CLOCK.observe(self._bench_total, self._bench_statement, self._bench_parameters)

    def execute(self, sql, parameters=()):
        self._bench_statement, self._bench_parameters, self._bench_total = sql, parameters, 0.0
        started = time.perf_counter()
        try:
            return super().execute(sql, parameters)
        finally:
            self._charge(started)

    def fetchone(self):
        started = time.perf_counter()
        try:
            return super().fetchone()
        finally:
            self._charge(started)

    def fetchmany(self, size=None):
        started = time.perf_counter()
        try:
            return super().fetchmany(size) if size is not None else super().fetchmany()
        finally:
            self._charge(started)

    def fetchall(self):
        started = time.perf_counter()
        try:
            return super().fetchall()
        finally:
            self._charge(started)


class TimedConnection(sqlite3.Connection):
    def cursor(self, factory=TimedCursor):
        return super().cursor(factory)


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
    #: Seconds spent in the database per request (statements sent until their results came back).
    sql_samples: list[float] = field(default_factory=list)
    #: CPU seconds of this process per request: what a request costs when the machine is otherwise idle
    #: (the PostgreSQL server's own work is not in it).
    cpu_samples: list[float] = field(default_factory=list)
    #: (seconds, SQL, parameters) of the slowest statement seen while measuring this row.
    slowest: tuple | None = None
    #: The plan of ``slowest`` when the row missed its goal.
    plan: str | None = None
    #: For rows that are not latencies (query counts): the text shown and whether it passed.
    value: str | None = None
    passed: bool | None = None

    @property
    def sql_p50(self):
        return percentile(self.sql_samples, 0.50) * 1000 if self.sql_samples else None

    @property
    def cpu_p50(self):
        return percentile(self.cpu_samples, 0.50) * 1000 if self.cpu_samples else None

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
        #: Seconds of wall clock, CPU and SQL spent signing in so far (see :meth:`session`).
        self.signing_in = (0.0, 0.0, 0.0)
        self.statements = 0
        from tracker.extensions import db

        with app.app_context():
            self.engine = db.engine
            sa.event.listen(db.engine, "before_cursor_execute", self._before)
            if db.engine.dialect.name != "sqlite":  # SQLite is timed by TimedCursor, fetching included
                sa.event.listen(db.engine, "after_cursor_execute", self._after)

    def _before(self, connection, cursor, statement, parameters, context, executemany):
        self.statements += 1
        connection.info.setdefault("bench_started", []).append(time.perf_counter())

    def _after(self, connection, cursor, statement, parameters, context, executemany):
        elapsed = time.perf_counter() - connection.info["bench_started"].pop()
        CLOCK.add(elapsed)
        if not executemany:
            CLOCK.observe(elapsed, statement, parameters)

    def has_route(self, method, path):
        try:
            self.adapter.match(path.split("?")[0], method)
        except Exception:  # NotFound or MethodNotAllowed
            return False
        return True

    def session(self, user_id):
        """A test client signed in through the real sign-in form.

        A user signs in once, not with each request: the sign-in's time, CPU and SQL are kept apart
        (:attr:`signing_in`) and left out of the request that first needed it (a scenario that takes
        another user at each iteration, such as an assignee starting a task, measured a sign-in too).
        """
        if user_id not in self.clients:
            sql_before, cpu_before, started = CLOCK.seconds, time.process_time(), time.perf_counter()
            client = self.app.test_client()
            response = client.post(
                "/login", data={"email": f"user{user_id}@bench.quangninh.gov.vn", "password": PASSWORD}
            )
            if response.status_code != 302:
                raise RuntimeError(f"sign-in of user {user_id} failed: {response.status_code}")
            self.clients[user_id] = client
            spent = (time.perf_counter() - started, time.process_time() - cpu_before, CLOCK.seconds - sql_before)
            self.signing_in = tuple(total + part for total, part in zip(self.signing_in, spent, strict=True))
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
            if i == self.warmup:
                CLOCK.slowest = None
            sql_before = CLOCK.seconds
            cpu_before = time.process_time()
            signing_in = self.signing_in
            started = time.perf_counter()
            response = request(i)
            elapsed = time.perf_counter() - started
            # a sign-in the request needed first is no part of it
            wall, cpu, sql = (after - before for after, before in zip(self.signing_in, signing_in, strict=True))
            elapsed -= wall
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
                row.sql_samples.append(CLOCK.seconds - sql_before - sql)
                row.cpu_samples.append(time.process_time() - cpu_before - cpu)
        row.slowest = CLOCK.slowest
        print(
            f"  [{self.database}] {name}: p50 {row.p50:.1f} ms, p95 {row.p95:.1f} ms, "
            f"SQL p50 {row.sql_p50:.1f} ms, CPU p50 {row.cpu_p50:.1f} ms",
            file=sys.stderr,
            flush=True,
        )
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


def explain(engine, slowest):
    """The plan of a slow SELECT: EXPLAIN QUERY PLAN on SQLite, EXPLAIN (ANALYZE, BUFFERS) on PostgreSQL."""
    _seconds, statement, parameters = slowest
    if not statement.lstrip().upper().startswith(("SELECT", "WITH")):
        return None
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
            depth = {0: -1}
            lines = []
            for node, parent, _unused, detail in rows:
                depth[node] = depth.get(parent, -1) + 1
                lines.append("  " * depth[node] + detail)
            return "\n".join(lines)
        rows = connection.exec_driver_sql("EXPLAIN (ANALYZE, BUFFERS) " + statement, parameters).all()
        return "\n".join(line for (line,) in rows)


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
