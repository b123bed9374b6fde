"""The measured requests: pages as signed-in users, the JSON API with bearer tokens, writes, N+1 checks.

Every request picks different objects per iteration (users, departments, tasks), as real traffic
would, so that caches do not flatter the figures.
"""

from datetime import timedelta

READ_GOAL_MS = 50
REPORT_GOAL_MS = 150
#: A year's periodic report as a document (issue: within 2 s at 100,000 tasks).
DOCUMENT_GOAL_MS = 2000
WRITE_GOAL_MS = 30
#: One bulk request of 500 tasks goes through the single-task operation 500 times (history, audit,
#: notifications, a savepoint each): each task within the write goal.
BULK_TASKS = 500
BULK_GOAL_MS = BULK_TASKS * WRITE_GOAL_MS
#: Words of generated task titles, for the free-text search.
WORDS = ("forest", "schools", "roads", "water")
#: What the search everywhere looks for: title words, a reference, a phrase of the minutes.
SEARCHES = ("forest", "schools", "28/kh-ubnd", "working session")


def scenarios(bench):
    """Every measured request; each picks different objects per iteration, as real traffic would."""
    data = bench.data
    leader = data.leaders[0]
    observer = data.observers[0]
    admin = data.admins[0]
    busy = data.busiest_department
    head = data.heads[busy][0]
    staff_ids = data.staff[busy]
    departments = sorted(set(data.heads) - set(data.inactive_departments))
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
        "page: search everywhere (staff)",
        "read",
        READ_GOAL_MS,
        lambda i: bench.session(staff_ids[i % 5]).get(f"/search/?q={SEARCHES[i % len(SEARCHES)]}"),
        probe="/search/",
    )
    bench.run(
        "api: search everywhere (observer)",
        "read",
        READ_GOAL_MS,
        lambda i: bench.api("GET", f"/api/v1/search?q={SEARCHES[(i + 1) % len(SEARCHES)]}", observer),
        probe="/api/v1/search",
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

    report_scenarios(bench)

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
    bench.run(
        "api: overdue list of 100 (head)",
        "read",
        READ_GOAL_MS,
        lambda i: bench.api("GET", "/api/v1/tasks?timing=overdue&per_page=100", data.heads[department(i)][0]),
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

    # --- notifications: a user with 10,000 of them, a third unread (the bell is on every page) ---
    many_notifications(bench, head, 10_000, task_count)
    bench.run("page: notifications, 10,000 (head)", "read", READ_GOAL_MS,
              lambda i: bench.session(head).get("/notifications/"), probe="/notifications/")  # fmt: skip
    bench.run(
        "api: notifications unread, first page (head)",
        "read",
        READ_GOAL_MS,
        lambda i: bench.api("GET", "/api/v1/notifications?unread=true", head),
        probe="/api/v1/notifications",
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

    # --- bulk: the head assigns 500 of the department's open tasks in one request, to alternate people ---
    bulk_ids = open_tasks_of(bench, busy, BULK_TASKS)
    saved = bench.iterations, bench.warmup
    bench.iterations, bench.warmup = min(bench.iterations, 10), 1  # each request writes 500 tasks
    try:
        bench.run(
            f"api: bulk assign {len(bulk_ids)} tasks (head)",
            "write",
            BULK_GOAL_MS,
            lambda i: bench.api(
                "POST",
                "/api/v1/tasks/bulk",
                head,
                json={"action": "assign", "ids": bulk_ids, "assignee_id": staff_ids[i % 2]},
            ),
            method="POST",
            probe="/api/v1/tasks/bulk",
        )
    finally:
        bench.iterations, bench.warmup = saved


def report_scenarios(bench):
    """The periodic report (this year, one department, one source document), a meeting's report, documents."""
    data = bench.data
    leader = data.leaders[0]
    departments = sorted(set(data.heads) - set(data.inactive_departments))
    meetings = data.meetings_with_tasks
    year = f"from={data.today.year}-01-01&to={data.today.year}-12-31"
    bench.run(
        "page: periodic report, this year (leader)",
        "report",
        REPORT_GOAL_MS,
        lambda i: bench.session(leader).get(f"/reports/periodic?{year}"),
        probe="/reports/periodic",
    )
    bench.run(
        "page: periodic report, one department (head)",
        "report",
        REPORT_GOAL_MS,
        lambda i: bench.session(data.heads[departments[i % len(departments)]][0]).get(
            f"/reports/periodic?{year}&department_id={departments[i % len(departments)]}"
        ),
        probe="/reports/periodic",
    )
    bench.run(
        "page: periodic report, one source document (leader)",
        "report",
        REPORT_GOAL_MS,
        lambda i: bench.session(leader).get(f"/reports/periodic?{year}&document=28/KH-UBND"),
        probe="/reports/periodic",
    )
    bench.run(
        "api: periodic report, this year (leader)",
        "report",
        REPORT_GOAL_MS,
        lambda i: bench.api("GET", f"/api/v1/reports/periodic?{year}", leader),
        probe="/api/v1/reports/periodic",
    )
    bench.run(
        "page: a meeting's report (leader)",
        "report",
        REPORT_GOAL_MS,
        lambda i: bench.session(leader).get(f"/reports/meetings/{meetings[i % len(meetings)]}"),
        probe="/reports/meetings/1",
    )
    saved = bench.iterations, bench.warmup
    bench.iterations, bench.warmup = min(bench.iterations, 10), 1  # each document is a year's report
    try:
        for file_format in ("docx", "pdf", "xlsx"):
            bench.run(
                f"document: periodic report of a year, {file_format.upper()} (leader)",
                "report",
                DOCUMENT_GOAL_MS,
                lambda i, file_format=file_format: bench.session(leader).get(f"/reports/periodic.{file_format}?{year}"),
                probe=f"/reports/periodic.{file_format}",
            )
    finally:
        bench.iterations, bench.warmup = saved


def open_tasks_of(bench, department_id, count):
    """The ids of up to ``count`` open tasks that ``department_id`` leads."""
    import sqlalchemy as sa

    from tracker.tasks.models import OPEN_STATUSES, Task

    query = (
        sa.select(Task.id)
        .where(Task.lead_department_id == department_id, Task.status.in_(OPEN_STATUSES))
        .order_by(Task.id)
        .limit(count)
    )
    with bench.app.app_context(), bench.engine.connect() as connection:
        return list(connection.execute(query).scalars())


def many_notifications(bench, user_id, count, task_count):
    """Give one user ``count`` notifications, one in three unread, in one executemany."""
    from datetime import UTC, datetime

    import sqlalchemy as sa

    from tracker.notifications.models import Notification

    now = datetime.now(UTC)
    rows = [
        dict(
            user_id=user_id,
            kind="followed_update",
            task_id=1 + (n * 7919) % task_count,
            data={"event": "commented"},
            created_at=now - timedelta(minutes=count - n),
            read_at=None if n % 3 == 0 else now,
        )
        for n in range(count)
    ]
    with bench.app.app_context(), bench.engine.begin() as connection:
        connection.execute(sa.insert(Notification.__table__), rows)
