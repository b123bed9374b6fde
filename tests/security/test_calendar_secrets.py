"""Calendar feed secrets: stored hashed (a copy of the database gives no working address), shown once,
converted by a migration so that the addresses already given out keep working, and kept out of the
request logs."""

import hashlib
import logging
import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from flask_migrate import downgrade, upgrade
from werkzeug.serving import make_server

from tests.conftest import database_of_its_own
from tests.reminders.conftest import free_port
from tests.test_feeds import new_calendar_token
from tracker.departments.models import Department
from tracker.extensions import db
from tracker.feeds.calendar import redact_calendar_urls
from tracker.users.models import User

ROOT = Path(__file__).resolve().parents[2]


def sha256(text):
    return hashlib.sha256(text.encode()).hexdigest()


def test_only_the_hash_of_a_calendar_secret_is_stored(app, client, auth, make):
    staff = make.user(role="staff")
    db.session.commit()
    auth.login(staff)
    token = new_calendar_token(client)
    db.session.expire_all()
    stored = db.session.get(User, staff.id).calendar_token
    assert stored == sha256(token) and token not in stored
    anonymous = app.test_client()
    assert anonymous.get(f"/calendar/{token}/mine.ics").status_code == 200
    assert anonymous.get(f"/calendar/{stored}/mine.ics").status_code == 404  # the stored value opens nothing


def test_the_migration_hashes_the_secrets_in_clear_and_old_addresses_keep_working(database_url, tmp_path_factory):
    """Rows written as the schema was before the migration (plain SQL: today's models may have columns
    added since), migrated to this revision alone, then to the head: the old address still opens its feed."""
    with database_of_its_own(database_url, tmp_path_factory, "calendar_secrets") as app:
        upgrade(revision=BEFORE)
        old = "Jm3n4VvQ0pX2sC9eYbL1kR7tWz5aHfUgDiOqNrMy8xE"  # as token_urlsafe(32) made them
        already = sha256("made-after-a-partial-run")
        insert_users(calendar_tokens=[old, None, already])
        upgrade(revision=HASHED)
        assert calendar_tokens() == [sha256(old), None, already]  # a hash is not hashed again
        downgrade(revision=BEFORE)  # hashes cannot be turned back into secrets: they are cleared
        assert calendar_tokens() == [None, None, None]
        db.session.execute(sa.update(USERS).where(USERS.c.id == 1).values(calendar_token=old))
        db.session.commit()
        db.session.remove()
        upgrade()
        assert calendar_tokens()[0] == sha256(old)
        assert app.test_client().get(f"/calendar/{old}/mine.ics").status_code == 200
        db.session.remove()


BEFORE, HASHED = "e4a7c2b9d1f6", "f3b8d1c6a2e9"
DEPARTMENTS = sa.table(
    "departments",
    *(
        sa.column(name, Department.__table__.c[name].type)
        for name in ("id", "name", "code", "kind", "aliases", "is_active", "created_at", "updated_at")
    ),
)
USERS = sa.table(
    "users",
    *(
        sa.column(name, User.__table__.c[name].type)  # columns as old as the table
        for name in (
            "id",
            "email",
            "name",
            "department_id",
            "role",
            "locale",
            "digest_enabled",
            "calendar_token",
            "is_active",
            "created_at",
            "updated_at",
        )
    ),
)


def insert_users(calendar_tokens):
    now = datetime.now(UTC)
    stamps = {"created_at": now, "updated_at": now}
    db.session.execute(
        sa.insert(DEPARTMENTS).values(
            id=1, name="Agriculture", code="NN", kind="department", aliases=[], is_active=True, **stamps
        )
    )
    for n, token in enumerate(calendar_tokens, start=1):
        db.session.execute(
            sa.insert(USERS).values(
                id=n,
                email=f"user{n}@tracker.test",
                name=f"User {n}",
                department_id=1,
                role="staff",
                locale="en",
                digest_enabled=True,
                calendar_token=token,
                is_active=True,
                **stamps,
            )
        )
    db.session.commit()
    db.session.remove()  # no transaction of the test's may hold a lock the migration waits for


def calendar_tokens():
    tokens = list(db.session.scalars(sa.select(USERS.c.calendar_token).order_by(USERS.c.id)))
    db.session.remove()
    return tokens


def test_the_werkzeug_request_log_does_not_show_the_secret(app, client, auth, make, caplog):
    """A real werkzeug server (``flask run``): its request line names the path, with the secret."""
    staff = make.user(role="staff")
    db.session.commit()
    auth.login(staff)
    token = new_calendar_token(client)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with caplog.at_level(logging.INFO, logger="werkzeug"):
            url = f"http://127.0.0.1:{server.server_port}/calendar/{token}/mine.ics"
            with urllib.request.urlopen(url, timeout=10) as response:
                assert response.status == 200
    finally:
        server.shutdown()
        thread.join(timeout=10)
    lines = [record.getMessage() for record in caplog.records if record.name == "werkzeug"]
    assert any("/calendar/[redacted]/mine.ics" in line for line in lines), lines
    assert not any(token in line for line in lines)


def test_the_gunicorn_access_log_does_not_show_the_secret(app, client, auth, make, tmp_path):
    """A real gunicorn (as in production) on the test database: its access log names the request."""
    if db.engine.dialect.name != "sqlite":
        pytest.skip("gunicorn runs once, on SQLite")
    staff = make.user(role="staff")
    db.session.commit()
    auth.login(staff)
    token = new_calendar_token(client)
    port, log = free_port(), tmp_path / "access.log"
    env = {key: value for key, value in os.environ.items() if not key.startswith(("TRACKER_", "REDIS", "MAIL_"))}
    env.update(
        DATABASE_URL=app.config["SQLALCHEMY_DATABASE_URI"],
        TRACKER_INSTANCE_PATH=str(tmp_path / "instance"),
        TRACKER_DOTENV=str(tmp_path / "none.env"),
        SECRET_KEY="gunicorn-test",
    )
    command = [sys.executable, "-m", "gunicorn", "-b", f"127.0.0.1:{port}", "--access-logfile", str(log), "wsgi:app"]
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        url = f"http://127.0.0.1:{port}/calendar/{token}/mine.ics"
        deadline = time.monotonic() + 60
        while True:
            try:  # the first answer waits for the worker to load the application
                with urllib.request.urlopen(url, timeout=60) as response:
                    assert response.status == 200
                break
            except (ConnectionError, urllib.error.URLError):
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.2)
    finally:
        server.terminate()
        server.wait(timeout=15)
    lines = log.read_text().splitlines()
    assert any('"GET /calendar/[redacted]/mine.ics HTTP/1.1" 200' in line for line in lines), lines
    assert not any(token in line for line in lines)
    assert redact_calendar_urls("POST /calendar/token HTTP/1.1") == "POST /calendar/token HTTP/1.1"
