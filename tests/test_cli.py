"""The command line: users, tokens, department import, demo data."""

import sqlalchemy as sa

from tracker.core.audit import AuditEvent
from tracker.departments.models import Department
from tracker.extensions import db
from tracker.meetings.models import Meeting
from tracker.tasks.models import Task, TaskStatus
from tracker.users.models import ApiToken, Role, User, hash_token


def count(model):
    return db.session.scalar(sa.select(sa.func.count()).select_from(model))


def test_users_create_with_password(runner, make):
    make.department(code="SKHCN")
    db.session.commit()
    result = runner.invoke(
        args=[
            "users",
            "create",
            "--email",
            "Cuong@Tracker.test",
            "--name",
            "Nguyen Manh Cuong",
            "--department",
            "SKHCN",
            "--role",
            "head",
            "--password",
            "a long enough password",
        ]
    )
    assert result.exit_code == 0, result.output
    user = db.session.scalar(sa.select(User).where(User.email == "cuong@tracker.test"))
    assert user.role == Role.HEAD and user.department.code == "SKHCN"
    assert user.check_password("a long enough password")
    assert "a long enough password" not in result.output


def test_users_create_prompts_for_the_password(runner, make):
    make.department(code="SCT")
    db.session.commit()
    result = runner.invoke(
        args=["users", "create", "--email", "p@tracker.test", "--name", "P", "--department", "SCT", "--role", "staff"],
        input="prompted password 1\nprompted password 1\n",
    )
    assert result.exit_code == 0, result.output
    assert db.session.scalar(sa.select(User)).check_password("prompted password 1")


def test_users_create_refuses_unknown_department_and_duplicate_email(runner, make):
    existing = make.user(email="taken@tracker.test")
    db.session.commit()
    args = ["--name", "X", "--role", "staff", "--password", "a long enough password"]
    result = runner.invoke(args=["users", "create", "--email", "new@tracker.test", "--department", "NOPE", *args])
    assert result.exit_code == 1
    assert "no department has the code 'NOPE'" in result.output
    result = runner.invoke(
        args=["users", "create", "--email", "TAKEN@tracker.test", "--department", existing.department.code, *args]
    )
    assert result.exit_code == 1
    assert "Another user already signs in with taken@tracker.test" in result.output
    assert count(User) == 1


def test_users_create_refuses_a_short_password(runner, make):
    make.department(code="SNV")
    db.session.commit()
    result = runner.invoke(
        args=[
            "users",
            "create",
            "--email",
            "s@tracker.test",
            "--name",
            "S",
            "--department",
            "SNV",
            "--role",
            "staff",
            "--password",
            "short",
        ]
    )
    assert result.exit_code == 1
    assert "at least 10 characters" in result.output
    assert count(User) == 0


def test_users_token_prints_the_token_last_and_stores_it_hashed(app, runner, make):
    user = make.user()
    db.session.commit()
    result = runner.invoke(args=["users", "token", user.email])
    assert result.exit_code == 0, result.output
    token = result.output.strip().splitlines()[-1]
    stored = db.session.scalar(sa.select(ApiToken))
    assert stored.token_hash == hash_token(token) and token not in stored.token_hash
    assert app.test_client().get("/", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    assert runner.invoke(args=["users", "token", "nobody@tracker.test"]).exit_code == 1


def write(tmp_path, text):
    path = tmp_path / "departments.csv"
    path.write_text(text, encoding="utf-8")
    return str(path)


CSV = """code,name,kind,parent_code,email,aliases
UBND,Provincial People's Committee,peoples_committee,,ubnd@tracker.test,UBND tỉnh|Comité populaire provincial
SKHCN,Department of Science and Technology,department,UBND,skhcn@tracker.test,Sở KH&CN|Sở Khoa học và Công nghệ
SCT,Department of Industry and Trade,department,UBND,,
"""


def test_departments_import_creates_then_updates_by_code(runner, tmp_path):
    result = runner.invoke(args=["departments", "import", write(tmp_path, CSV)])
    assert result.exit_code == 0, result.output
    assert "3 created, 0 updated" in result.output
    skhcn = db.session.scalar(sa.select(Department).where(Department.code == "SKHCN"))
    assert skhcn.parent.code == "UBND"
    assert skhcn.aliases == ["Sở KH&CN", "Sở Khoa học và Công nghệ"]

    changed = CSV.replace("Department of Industry and Trade", "Department of Industry & Trade")
    result = runner.invoke(args=["departments", "import", write(tmp_path, changed)])
    assert "0 created, 3 updated" in result.output
    db.session.expire_all()
    assert count(Department) == 3
    sct = db.session.scalar(sa.select(Department).where(Department.code == "SCT"))
    assert sct.name == "Department of Industry & Trade"
    assert db.session.scalar(sa.select(sa.func.count()).where(AuditEvent.action == "department.update")) >= 1


def test_departments_import_with_a_bad_row_writes_nothing(runner, tmp_path):
    bad = CSV + "BAD,Broken row,department\nX1,Unknown parent,department,NOPE,,\nX2,Odd kind,ministry,,,\n"
    result = runner.invoke(args=["departments", "import", write(tmp_path, bad)])
    assert result.exit_code == 1
    assert "Nothing was imported" in result.output
    assert "line 5: Expected 6 columns, found 3." in result.output
    assert "line 6: Unknown parent code NOPE." in result.output
    assert "line 7: Unknown kind ministry." in result.output
    assert count(Department) == 0


def test_departments_import_refuses_a_wrong_header(runner, tmp_path):
    result = runner.invoke(args=["departments", "import", write(tmp_path, "id,name\n1,X\n")])
    assert result.exit_code == 1
    assert "The header must be exactly: code,name,kind,parent_code,email,aliases" in result.output


def test_seed_demo_is_idempotent_and_covers_every_status(app, runner):
    first = runner.invoke(args=["seed-demo"])
    assert first.exit_code == 0, first.output
    counts = (count(Department), count(User), count(Meeting), count(Task))
    assert counts[0] >= 30 and counts[1] == 9 and counts[2] == 2
    statuses = set(db.session.scalars(sa.select(Task.status)))
    assert statuses == set(TaskStatus)
    roles = set(db.session.scalars(sa.select(User.role)))
    assert roles == set(Role)
    names = {d.code: d for d in db.session.scalars(sa.select(Department))}
    assert {"SKHCN", "SNNMT", "SCT", "SNV", "UBND-DAMHA", "UBND-DONGTRIEU", "UBND-TIENYEN", "HDND"} <= set(names)
    assert "Sở Khoa học và Công nghệ" in names["SKHCN"].aliases

    second = runner.invoke(args=["seed-demo"])
    assert second.exit_code == 0
    assert (count(Department), count(User), count(Meeting), count(Task)) == counts
    # The printed sign-ins work.
    credentials = [line.split() for line in first.output.splitlines() if "@tracker.example" in line]
    assert len(credentials) == 9
    email, password, _role = credentials[0]
    client = app.test_client()
    assert client.post("/login", data={"email": email, "password": password}).status_code == 302
    assert password in second.output, "the sign-ins are printed again on later runs"


def test_seed_demo_first_run_leaves_an_existing_database_alone(runner, make):
    make.user()
    db.session.commit()
    result = runner.invoke(args=["seed-demo", "--first-run"])
    assert result.exit_code == 0
    assert "already loaded" in result.output
    assert count(Meeting) == 0


def test_analyze_gives_sqlite_the_statistics_it_plans_by(app, runner, make):
    for n in range(5):
        make.task(title=f"Task {n}")
    db.session.commit()
    result = runner.invoke(args=["analyze"])
    assert result.exit_code == 0, result.output
    if db.engine.dialect.name != "sqlite":
        assert "Nothing to do on postgresql" in result.output
        return
    try:
        with db.engine.connect() as connection:
            rows = connection.execute(sa.text("SELECT tbl, idx FROM sqlite_stat1 WHERE tbl = 'tasks'")).all()
        assert ("tasks", "ix_tasks_lead_assignee_status_due") in rows
        assert "Statistics refreshed." in result.output
    finally:
        # The session's other tests plan without statistics, as they were written against.
        with db.engine.begin() as connection:
            connection.execute(sa.text("DROP TABLE IF EXISTS sqlite_stat1"))


def test_the_beat_refreshes_the_statistics_every_hour(app):
    import workers.maintenance  # noqa: F401  (registers the job)

    celery = app.extensions["celery"]
    schedule = celery.conf.beat_schedule
    assert schedule["maintenance-statistics"] == {"task": "maintenance.statistics", "schedule": 3600.0}
    # Through this application's Celery app: the default one is the last application any test built.
    refreshed = celery.tasks["maintenance.statistics"].apply().get()
    try:
        assert refreshed is (db.engine.dialect.name == "sqlite")
        if refreshed:
            with db.engine.connect() as connection:
                assert connection.scalar(sa.text("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"))
    finally:
        with db.engine.begin() as connection:
            if db.engine.dialect.name == "sqlite":
                connection.execute(sa.text("DROP TABLE IF EXISTS sqlite_stat1"))
