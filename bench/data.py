"""Generate a realistic Tracker data set fast, with bulk inserts.

Rows are built as plain dicts and written with SQLAlchemy Core ``insert()`` in batches
(executemany), never as ORM objects one by one. Ids are assigned here so that children can point at
their parents without a round trip; PostgreSQL's sequences are moved past them at the end.

The shape follows design.md: a provincial office of leaders, an inspection office of observers,
departments and people's committees with two heads and about thirty staff each, meetings with
their directives, and tasks in every status with deadlines spread around today, so that every
timing occurs (on track, due soon, overdue, on time, late, no deadline). Each task has a history
(created, transitions, progress reports, sometimes a return), some have extension requests.

Run alone: ``python -m bench.data --url sqlite:////tmp/bench.sqlite --tasks 100000`` (the schema
must exist: ``python -m bench`` builds it with the migrations before loading).
"""

import argparse
import json
import random
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from werkzeug.security import generate_password_hash

from tracker.core.db import UTCDateTime, refresh_statistics
from tracker.tasks import operations

#: Every generated user signs in with this password (a cheap hash: the benchmark is not about scrypt).
PASSWORD = "bench password"  # noqa: S105 (benchmark data, not a secret)
BATCH = 5000
#: Tables whose ids are assigned here (PostgreSQL's sequences must then be moved past them).
ID_TABLES = ("departments", "users", "meetings", "directives", "tasks", "task_updates", "extension_requests")
ID_TABLES += ("audit_events",)

TOPICS = [
    "Science and Technology",
    "Agriculture and Environment",
    "Industry and Trade",
    "Home Affairs",
    "Finance",
    "Construction",
    "Education and Training",
    "Health",
    "Culture, Sports and Tourism",
    "Justice",
    "Foreign Affairs",
    "Ethnic Minorities and Religions",
    "Planning and Investment",
    "Transport",
    "Labour and Social Affairs",
    "Information and Communications",
    "Natural Resources",
    "Digital Transformation",
    "Economic Zones",
    "Tax",
    "Customs",
    "Social Insurance",
    "Statistics",
    "State Treasury",
    "Forestry",
]
PLACES = [
    "Dam Ha",
    "Dong Trieu",
    "Tien Yen",
    "Ha Long",
    "Cam Pha",
    "Uong Bi",
    "Mong Cai",
    "Quang Yen",
    "Van Don",
    "Co To",
    "Hai Ha",
    "Binh Lieu",
    "Ba Che",
    "Dong Hai",
    "Hoanh Bo",
    "Yen Hung",
    "Cai Rong",
    "Tra Co",
    "Hai Hoa",
    "Bai Chay",
]
FAMILY = ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Vo", "Dang", "Bui", "Do", "Ho", "Ngo", "Duong", "Ly"]
MIDDLE = ["Van", "Thi", "Duc", "Minh", "Thanh", "Quoc", "Ngoc", "Huu", "Xuan", "Kim"]
GIVEN = ["An", "Binh", "Chi", "Dung", "Giang", "Ha", "Hai", "Hoa", "Hung", "Khanh", "Lan", "Linh", "Long", "Mai"]
GIVEN += ["Nam", "Nga", "Phuong", "Quan", "Son", "Tam", "Thao", "Trang", "Tuan", "Viet", "Xuan", "Yen"]
VERBS = ["Complete", "Build", "Plant", "Review", "Draft", "Inspect", "Deploy", "Train", "Survey", "Upgrade"]
OBJECTS = [
    ("high-tech agricultural zones", "zones"),
    ("hectares of new forest", "hectares"),
    ("digital public services", "services"),
    ("kilometres of rural roads", "km"),
    ("schools meeting national standards", "schools"),
    ("enterprises supported in export", "enterprises"),
    ("households with clean water", "households"),
    ("commune health stations", "stations"),
    ("industrial cluster plans", "plans"),
    ("administrative procedures simplified", "procedures"),
]
DEADLINE_PHRASES = ["by {d}", "before {d}", "no later than {d}", "in the month of {m}", "by the end of {y}"]


@dataclass
class Counts:
    departments: int = 60
    users: int = 2000
    meetings: int = 1000
    tasks: int = 100_000


@dataclass
class DataSet:
    """What the runner needs to know about the generated rows to pick realistic requests."""

    today: date
    counts: Counts
    leaders: list[int] = field(default_factory=list)
    admins: list[int] = field(default_factory=list)
    observers: list[int] = field(default_factory=list)
    heads: dict[int, list[int]] = field(default_factory=dict)  # department id -> head ids
    staff: dict[int, list[int]] = field(default_factory=dict)  # department id -> staff ids
    busiest_department: int = 0
    #: Deactivated departments: no new task may name them.
    inactive_departments: list[int] = field(default_factory=list)
    #: (task id, lead department id, assignee id) of tasks still ``assigned`` with an assignee.
    startable: list[tuple[int, int, int]] = field(default_factory=list)
    meetings_with_tasks: list[int] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


def local_today():
    """Today where the generated offices are: the day the deadlines are spread around."""
    return datetime.now(ZoneInfo("Asia/Ho_Chi_Minh")).date()


def _utc(day, hour=9, zone=ZoneInfo("Asia/Ho_Chi_Minh")):
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=zone).astimezone(UTC)


def _tables():
    import tracker.models  # noqa: F401  (the whole schema)
    from tracker.extensions import db

    return db.metadata.tables


class Writer:
    """Buffer rows per table and write them with Core executemany, ``BATCH`` rows per statement.

    Rows are written only by :meth:`flush`, which the caller calls parents first, so that a child
    is never written before the row it points at. The insert goes through a type-free copy of each
    table, with values made database-ready here (JSON dumped once, UTC datetimes naive on SQLite):
    the model's per-value type processing would otherwise cost more than the insert itself.
    """

    def __init__(self, connection, tables, rows=None):
        self.connection = connection
        self.sqlite = connection.dialect.name == "sqlite"
        self.buffers = {}
        self.rows = rows if rows is not None else {}
        self.plain = {}
        self.convert = {}
        metadata = sa.MetaData()
        for name, table in tables.items():
            self.plain[name] = sa.Table(name, metadata, *[sa.Column(column.name) for column in table.columns])
            self.convert[name] = [
                (column.name, "json" if isinstance(column.type, sa.JSON) else "datetime")
                for column in table.columns
                if isinstance(column.type, (sa.JSON, UTCDateTime))
            ]

    def add(self, table, row):
        self.buffers.setdefault(table, []).append(row)

    def _ready(self, name, rows):
        from tracker.search.folding import fill_folded

        conversions = self.convert[name]
        for row in rows:
            fill_folded(name, row)  # the folded copies the models' defaults would have made
            for column, kind in conversions:
                value = row.get(column)
                if value is None:
                    continue
                if kind == "json":
                    row[column] = json.dumps(value)
                elif self.sqlite:
                    row[column] = value.astimezone(UTC).replace(tzinfo=None)
        return rows

    def flush(self, table=None):
        names = [table] if table else list(self.buffers)
        for name in names:
            rows = self._ready(name, self.buffers.get(name) or [])
            for start in range(0, len(rows), BATCH):
                self.connection.execute(self.plain[name].insert(), rows[start : start + BATCH])
            self.rows[name] = self.rows.get(name, 0) + len(rows)
            self.buffers[name] = []


def _person(rng):
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def departments(writer, rng, count, now):
    """The provincial office, the inspectorate, then departments, committees and others."""
    specs = [
        ("VPUBND", "Office of the Provincial People's Committee", "agency"),
        ("TTRA", "Provincial Inspectorate", "agency"),
        ("HDND", "Provincial People's Council", "council"),
    ]
    for n, topic in enumerate(TOPICS):
        specs.append((f"S{n + 1:02d}", f"Department of {topic}", "department"))
    for n, place in enumerate(PLACES):
        specs.append((f"UB{n + 1:02d}", f"People's Committee of {place}", "peoples_committee"))
    n = 0
    while len(specs) < count:
        n += 1
        kind = ("enterprise", "university", "agency")[n % 3]
        specs.append((f"X{n:02d}", f"{rng.choice(PLACES)} {kind.title()} No. {n}", kind))
    for department_id, (code, name, kind) in enumerate(specs[:count], start=1):
        aliases = [name.upper(), f"Sở {name.split(' of ')[-1]}", f"Département — {name}", code.lower()]
        writer.add(
            "departments",
            dict(
                id=department_id,
                name=name,
                code=code,
                kind=kind,
                parent_id=None if department_id <= 3 else rng.choice((None, None, None, 1)),
                email=f"{code.lower()}@quangninh.gov.vn",
                aliases=aliases[: rng.randint(2, 4)],
                is_active=department_id != count,  # one deactivated department, as in real life
                created_at=now,
                updated_at=now,
            ),
        )
    writer.flush("departments")
    return list(range(1, count + 1))


def users(writer, rng, count, department_ids, data, now):
    password_hash = generate_password_hash(PASSWORD, method="pbkdf2:sha256:1000")
    plan = [("admin", 1)] * 5 + [("leader", 1)] * 15 + [("observer", 2)] * 20
    working = department_ids[2:]
    for department_id in working:
        plan += [("head", department_id)] * 2
    while len(plan) < count:
        plan.append(("staff", working[(len(plan) * 7) % len(working)]))
    groups = {"admin": data.admins, "leader": data.leaders, "observer": data.observers}
    for user_id, (role, department_id) in enumerate(plan[:count], start=1):
        if role in groups:
            groups[role].append(user_id)
        elif role == "head":
            data.heads.setdefault(department_id, []).append(user_id)
        else:
            data.staff.setdefault(department_id, []).append(user_id)
        writer.add(
            "users",
            dict(
                id=user_id,
                email=f"user{user_id}@bench.quangninh.gov.vn",
                name=_person(rng),
                password_hash=password_hash,
                department_id=department_id,
                role=role,
                locale="en",
                timezone=None,
                reminder_lead_days=None,
                digest_enabled=True,
                calendar_token=None,
                is_active=True,
                last_login_at=None,
                created_at=now,
                updated_at=now,
            ),
        )
    writer.flush("users")


def meetings(writer, rng, count, department_ids, data, now):
    """Meetings over the last two years with 3 to 8 directives each; returns directive tuples."""
    directives = []
    directive_id = 0
    for meeting_id in range(1, count + 1):
        held_on = data.today - timedelta(days=rng.randint(0, 730))
        host = 1 if rng.random() < 0.4 else rng.choice(department_ids[3:])
        created_by = rng.choice(data.leaders) if host == 1 else rng.choice(data.heads[host])
        topic = rng.choice(TOPICS)
        writer.add(
            "meetings",
            dict(
                id=meeting_id,
                title=f"Working session on {topic.lower()} ({held_on.isoformat()})",
                held_on=held_on,
                place=f"{rng.choice(PLACES)} meeting hall",
                chair_name=_person(rng),
                chair_title="Vice-chairman of the Provincial People's Committee",
                host_department_id=host,
                minutes=f"On {held_on.isoformat()} the working session on {topic.lower()} was held. " * 3,
                source_url=None,
                language=rng.choice(("en", "vi", "fr", "sv")),
                created_by_id=created_by,
                version=1,
                created_at=_utc(held_on, 17),
                updated_at=_utc(held_on, 17),
            ),
        )
        for department_id in rng.sample(department_ids[3:], rng.randint(2, 6)):
            writer.add("meeting_attendees", dict(meeting_id=meeting_id, department_id=department_id))
        for position in range(1, rng.randint(3, 8) + 1):
            directive_id += 1
            verb, (thing, _unit) = rng.choice(VERBS), rng.choice(OBJECTS)
            writer.add(
                "directives",
                dict(
                    id=directive_id,
                    meeting_id=meeting_id,
                    position=position,
                    text=f"The departments concerned must {verb.lower()} {rng.randint(2, 500)} {thing}.",
                    references=["Plan No. 28/KH-UBND dated 24 January 2025"] if position == 1 else [],
                    created_at=_utc(held_on, 17),
                ),
            )
            directives.append((directive_id, meeting_id, host, held_on))
    writer.flush("meetings")
    writer.flush("meeting_attendees")
    writer.flush("directives")
    return directives


def _status_for(rng, due_on, today):
    """Most overdue work was done; most future work is still open."""
    if due_on is None:
        weights = (25, 35, 10, 25, 5)
    elif due_on >= today:
        weights = (30, 45, 12, 10, 3)
    else:
        weights = (7, 15, 8, 65, 5)
    return rng.choices(("assigned", "in_progress", "submitted", "done", "cancelled"), weights)[0]


class TaskMaker:
    """Build one task and its children (coordinators, history, extensions, audit event)."""

    def __init__(self, writer, rng, data, department_ids, directives, now):
        self.writer = writer
        self.rng = rng
        self.data = data
        self.now = now
        self.today = data.today
        self.working = department_ids[3:-1]
        # A skewed workload: a few departments lead many tasks, as in real provinces.
        self.weights = [1 / (rank + 1) ** 0.6 for rank in range(len(self.working))]
        self.directives = directives
        self.update_id = 0
        self.extension_id = 0
        self.audit_id = 0
        self.meetings_with_tasks = set()

    def history(self, task_id, when, author, kind, status_from=None, status_to=None, **values):
        self.update_id += 1
        self.writer.add(
            "task_updates",
            dict(
                id=self.update_id,
                task_id=task_id,
                author_id=author,
                kind=kind,
                status_from=status_from,
                status_to=status_to,
                progress=values.get("progress"),
                current_value=values.get("current_value"),
                comment=values.get("comment"),
                details=values.get("details"),
                created_at=when,
            ),
        )

    def make(self, task_id):
        rng, today = self.rng, self.today
        directive = rng.choice(self.directives) if rng.random() < 0.85 else None
        if directive is not None and directive[2] != 1:
            issuing = directive[2]
            issuer = rng.choice(self.data.heads[issuing])
        else:
            issuing, issuer = 1, rng.choice(self.data.leaders)
        lead = rng.choices(self.working, self.weights)[0]
        if lead == issuing:
            lead = rng.choice(self.working)
        due_on = None if rng.random() < 0.08 else today + timedelta(days=rng.randint(-540, 240))
        earliest = directive[3] if directive else today - timedelta(days=720)
        if due_on is not None and due_on <= earliest + timedelta(days=7):
            due_on = earliest + timedelta(days=rng.randint(14, 180))
        if due_on is not None:
            created_on = max(earliest, due_on - timedelta(days=rng.randint(20, 240)))
        else:
            created_on = earliest + timedelta(days=rng.randint(0, max(0, (today - earliest).days)))
        created_on = min(created_on, today - timedelta(days=1))
        created_at = _utc(created_on, 10)
        status = _status_for(rng, due_on, today)
        staff = self.data.staff.get(lead) or self.data.heads[lead]
        assignee = rng.choice(staff) if (status != "assigned" or rng.random() < 0.7) else None
        worker = assignee or self.data.heads[lead][0]
        verb, (thing, unit) = rng.choice(VERBS), rng.choice(OBJECTS)
        amount = rng.choice((4, 12, 40, 85, 120, 500, 5000))
        target = rng.random() < 0.3
        progress = {"assigned": 0, "in_progress": rng.randint(5, 90), "submitted": 100, "done": 100}.get(
            status, rng.randint(0, 60)
        )
        completed_on = completed_at = None
        if status == "done":
            if due_on is None:
                completed_on = created_on + timedelta(days=rng.randint(1, max(1, (today - created_on).days)))
            elif rng.random() < 0.75:
                completed_on = due_on - timedelta(days=rng.randint(0, 40))
            else:
                completed_on = due_on + timedelta(days=rng.randint(1, 60))
            completed_on = max(completed_on, created_on + timedelta(days=1))
            if completed_on > today:
                # Work due ahead and done early was done some day up to today, not all of it today.
                completed_on = created_on + timedelta(days=rng.randint(1, max(1, (today - created_on).days)))
            completed_on = min(completed_on, today)
            completed_at = _utc(completed_on, 15)
        deadline_text = None
        if due_on is not None and rng.random() < 0.6:
            phrase = rng.choice(DEADLINE_PHRASES)
            deadline_text = phrase.format(d=due_on.strftime("%d %B %Y"), m=due_on.strftime("%B %Y"), y=due_on.year)
        # History first, so that the task's version and updated_at match it.
        end = completed_at or min(self.now, _utc(today, 8))
        span = max((end - created_at).total_seconds(), 3600)
        steps = []
        if status in ("in_progress", "submitted", "done"):
            steps.append(("transition", worker, "assigned", "in_progress", {}))
            for _ in range(rng.randint(0, 2)):
                steps.append(("progress", worker, None, None, {"progress": rng.randint(10, 90), "comment": "Ongoing."}))
        if status in ("submitted", "done"):
            if rng.random() < 0.1:
                steps.append(("transition", worker, "in_progress", "submitted", {}))
                steps.append(("transition", issuer, "submitted", "in_progress", {"comment": "Please add evidence."}))
            steps.append(("transition", worker, "in_progress", "submitted", {"progress": 100}))
        if status == "done":
            steps.append(("transition", issuer, "submitted", "done", {}))
        if status == "cancelled":
            steps.append(("transition", issuer, "assigned", "cancelled", {"comment": "Merged into another task."}))
        self.history(task_id, created_at, issuer, "created", None, "assigned")
        when = created_at
        for n, (kind, author, status_from, status_to, values) in enumerate(steps, start=1):
            when = created_at + timedelta(seconds=span * n / (len(steps) + 0.5))
            self.history(task_id, when, author, kind, status_from, status_to, **values)
        updated_at = when
        version = len(steps) + 1
        if due_on is not None and rng.random() < 0.04:
            version += 1
            self.extension(task_id, issuing, due_on, worker, issuer, status, created_at, updated_at)
        meeting_id = directive[1] if directive else None
        described = rng.random() < 0.5
        if meeting_id:
            self.meetings_with_tasks.add(meeting_id)
        self.writer.add(
            "tasks",
            dict(
                id=task_id,
                title=f"{verb} {amount} {thing} in {self.data_place(lead)}",
                description=f"Follow-up of the directive: {verb.lower()} {amount} {thing}." if described else None,
                meeting_id=meeting_id,
                directive_id=directive[0] if directive else None,
                issuing_department_id=issuing,
                issuer_id=issuer,
                lead_department_id=lead,
                assignee_id=assignee,
                due_on=due_on,
                deadline_text=deadline_text,
                recurrence=rng.choices(("none", "monthly", "quarterly", "yearly"), (94, 2, 2, 2))[0],
                series_id=None,
                occurrence=1,
                priority=rng.choices(("low", "normal", "high"), (15, 70, 15))[0],
                target_value=float(amount) if target else None,
                target_unit=unit if target else None,
                current_value=round(amount * progress / 100, 1) if target else None,
                progress=progress,
                status=status,
                completed_at=completed_at,
                completed_on=completed_on,
                version=version,
                created_at=created_at,
                updated_at=updated_at,
            ),
        )
        coordinators = rng.choices((0, 1, 2, 3), (40, 30, 20, 10))[0]
        for department_id in rng.sample(self.working, coordinators + 1):
            if department_id != lead and coordinators > 0:
                coordinators -= 1
                self.writer.add("task_coordinators", dict(task_id=task_id, department_id=department_id))
        self.audit_id += 1
        self.writer.add(
            "audit_events",
            dict(
                id=self.audit_id,
                actor_id=issuer,
                action="task.create",
                object_type="task",
                object_id=task_id,
                before=None,
                after={"title": "(bench)", "lead_department_id": lead, "due_on": due_on and due_on.isoformat()},
                created_at=created_at,
            ),
        )
        if status == "assigned" and assignee is not None:
            self.data.startable.append((task_id, lead, assignee))

    def data_place(self, lead):
        return PLACES[lead % len(PLACES)]

    def extension(self, task_id, issuing, due_on, requester, decider, status, created_at, updated_at):
        rng = self.rng
        self.extension_id += 1
        decision = "pending" if status in ("assigned", "in_progress") and rng.random() < 0.3 else None
        decision = decision or rng.choices(("approved", "refused"), (70, 30))[0]
        asked_at = created_at + (updated_at - created_at) / 2
        self.writer.add(
            "extension_requests",
            dict(
                id=self.extension_id,
                task_id=task_id,
                requested_due_on=due_on + timedelta(days=rng.randint(14, 60)),
                previous_due_on=due_on if decision != "approved" else due_on - timedelta(days=rng.randint(14, 60)),
                reason="Land clearance took longer than planned.",
                requester_id=requester,
                issuing_department_id=issuing,
                status=decision,
                decided_by_id=None if decision == "pending" else decider,
                decided_at=None if decision == "pending" else asked_at + timedelta(days=2),
                decision_comment=None,
                created_at=asked_at,
            ),
        )
        self.history(task_id, asked_at, requester, "extension", comment="Extension requested.")


def reset_sequences(connection, table_names):
    """Move PostgreSQL's id sequences past the ids assigned here."""
    if connection.dialect.name != "postgresql":
        return
    for name in table_names:
        connection.execute(
            sa.text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), COALESCE((SELECT MAX(id) FROM {name}), 1))")
        )


def generate(engine, counts=None, seed=20250124, today=None, progress=print):
    """Fill an empty, migrated database; return a :class:`DataSet` describing it."""
    counts = counts or Counts()
    rng = random.Random(seed)
    today = today or local_today()
    now = datetime.now(UTC)
    data = DataSet(today=today, counts=counts)
    tables = _tables()
    started = time.perf_counter()
    with engine.begin() as connection:
        writer = Writer(connection, tables)
        department_ids = departments(writer, rng, counts.departments, now)
        users(writer, rng, counts.users, department_ids, data, now)
        directives = meetings(writer, rng, counts.meetings, department_ids, data, now)
    maker = TaskMaker(None, rng, data, department_ids, directives, now)
    chunk = 20_000
    # The kept task counts are made in one statement after the load rather than row by row.
    with operations.task_counts_paused(engine):
        for first in range(1, counts.tasks + 1, chunk):
            with engine.begin() as connection:
                maker.writer = Writer(connection, tables, rows=writer.rows)
                for task_id in range(first, min(first + chunk, counts.tasks + 1)):
                    maker.make(task_id)
                # Parents before children: tasks first, then what points at them.
                for name in ("tasks", "task_coordinators", "task_updates", "extension_requests", "audit_events"):
                    maker.writer.flush(name)
            written = min(first + chunk - 1, counts.tasks)
            progress(f"  {written:>9,} tasks written ({time.perf_counter() - started:.0f} s)")
    with engine.begin() as connection:
        reset_sequences(connection, ID_TABLES)
    if engine.dialect.name == "postgresql":
        # What autovacuum does after a bulk load: statistics, and the visibility map that lets
        # a count read an index alone.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(sa.text("VACUUM ANALYZE"))
    # What a deployed SQLite gets at start-up and every hour (tracker.core.db.refresh_statistics).
    refresh_statistics(engine)
    data.busiest_department = maker.working[0]
    data.inactive_departments = [department_ids[-1]]
    data.meetings_with_tasks = sorted(maker.meetings_with_tasks)
    data.rows = dict(writer.rows)
    data.seconds = time.perf_counter() - started
    return data


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="SQLAlchemy URL of a migrated, empty database")
    parser.add_argument("--tasks", type=int, default=Counts.tasks)
    parser.add_argument("--seed", type=int, default=20250124)
    args = parser.parse_args(argv)
    engine = sa.create_engine(args.url)
    data = generate(engine, Counts(tasks=args.tasks), seed=args.seed)
    print(f"{sum(data.rows.values()):,} rows in {data.seconds:.1f} s: {data.rows}")


if __name__ == "__main__":
    main()
