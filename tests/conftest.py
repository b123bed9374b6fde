"""Fixtures shared by the whole suite.

- ``app`` runs each test against SQLite and, when ``TRACKER_TEST_POSTGRES_URL`` is set, PostgreSQL:
  one application per database for the session, the schema made by the real migrations, and every
  table emptied after each test.
- Services (PostgreSQL, Redis, Chromium) are used when their URL/binary is there; without it the
  tests that need them are skipped with the reason, unless ``TRACKER_REQUIRE_SERVICES=1``, where a
  missing service fails them.
"""

import contextlib
import os
import shutil
from urllib.parse import urlsplit, urlunsplit

import pytest
import sqlalchemy as sa
from flask import g, has_app_context
from flask.testing import FlaskClient
from werkzeug.security import generate_password_hash

from tests import factories
from tracker import create_app
from tracker.extensions import db, limiter

REQUIRE_SERVICES = os.environ.get("TRACKER_REQUIRE_SERVICES") == "1"
DATABASES = [name for name in os.environ.get("TRACKER_TEST_DATABASES", "sqlite,postgresql").split(",") if name]

#: A cheap hash for test users: scrypt per user would make the suite slow, and any werkzeug
#: method verifies the same way.
TEST_PASSWORD = "correct horse battery"
factories.TEST_PASSWORD_HASH = generate_password_hash(TEST_PASSWORD, method="pbkdf2:sha256:1000")
factories.TEST_PASSWORD = TEST_PASSWORD


def require_service(name, value, hint):
    """Return ``value``, or skip (fail under TRACKER_REQUIRE_SERVICES=1) when it is missing."""
    if value:
        return value
    message = f"{name} not available: {hint}"
    if REQUIRE_SERVICES:
        pytest.fail(f"{message} (TRACKER_REQUIRE_SERVICES=1 makes this a failure)")
    pytest.skip(message)


#: The environment variables Tracker reads its settings from (see the README's configuration table).
SETTING_PREFIXES = ("TRACKER_", "MAIL_", "REMINDER_", "CELERY_", "DATABASE_URL", "REDIS_URL", "SECRET_KEY")


def _settings_in_environment():
    return {name: value for name, value in os.environ.items() if name.startswith(SETTING_PREFIXES)}


@pytest.fixture(autouse=True)
def settings_environment_kept():
    """Every test leaves the settings' environment variables as it found them (checked after its own
    fixtures, monkeypatch's included, are undone): a variable left behind configures every application
    the session builds after it, so a test that leaked ``TRACKER_TIMEZONE`` from a ``.env`` file made
    the PostgreSQL tests of its worker that came later count days in another time zone."""
    before = _settings_in_environment()
    yield
    after = _settings_in_environment()
    if after != before:
        changed = sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))
        for name in changed:
            if name in before:
                os.environ[name] = before[name]
            else:
                del os.environ[name]
        pytest.fail(f"the test left settings in the environment changed: {', '.join(changed)}")


@pytest.fixture(scope="session")
def postgres_url():
    return require_service("PostgreSQL", os.environ.get("TRACKER_TEST_POSTGRES_URL"), "set TRACKER_TEST_POSTGRES_URL")


def worker_number():
    """Which of pytest-xdist's worker processes runs this session (``gw3`` is 3), 0 without xdist."""
    return int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)


def redis_database_of_this_worker(url):
    """``url`` with a Redis database of this worker's own: the given one for the first worker, the
    ones below it for the next, so that a test emptying its database or a worker draining a queue
    never touches another worker's."""
    parts = urlsplit(url)
    given = int(parts.path.strip("/") or 0)
    number = given - worker_number()
    if number < 0:
        pytest.fail(f"{url}: not enough Redis databases below {given} for worker {worker_number()}")
    return urlunsplit(parts._replace(path=f"/{number}"))


@pytest.fixture(scope="session")
def redis_url():
    url = require_service("Redis", os.environ.get("TRACKER_TEST_REDIS_URL"), "set TRACKER_TEST_REDIS_URL")
    url = redis_database_of_this_worker(url)
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except redis.RedisError as error:
        if REQUIRE_SERVICES:
            pytest.fail(f"Redis at {url} does not answer: {error}")
        pytest.skip(f"Redis at {url} does not answer: {error}")
    return url


@pytest.fixture(scope="session")
def chromium_path():
    path = os.environ.get("TRACKER_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    return require_service("Chromium", path, "install Debian's chromium package or set TRACKER_CHROMIUM")


def reset_schema(engine):
    """Drop everything in the test database so that the migrations start from nothing."""
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            schema = connection.execute(sa.text("SELECT current_schema()")).scalar()
            connection.execute(sa.text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
            connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
        else:
            for table in sa.inspect(connection).get_table_names():
                connection.execute(sa.text(f'DROP TABLE IF EXISTS "{table}"'))


def with_search_path(url, schema):
    """Return ``url`` with every connection's search_path set to ``schema``."""
    return (
        sa.engine.make_url(url)
        .update_query_dict({"options": f"-csearch_path={schema}"})
        .render_as_string(hide_password=False)
    )


def empty_tables(engine):
    tables = [table.name for table in reversed(db.metadata.sorted_tables)]
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(sa.text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
        else:
            for table in tables:
                connection.execute(sa.text(f'DELETE FROM "{table}"'))


class TrackerTestClient(FlaskClient):
    """A test client whose every request starts with an empty ``g``.

    Tests keep an application context pushed (for factories and queries), and Flask reuses it for
    the requests the client makes, so ``g`` (where Flask-Login keeps the signed-in user and
    Flask-Limiter its bookkeeping) would otherwise leak from one request into the next.
    """

    def open(self, *args, **kwargs):
        if has_app_context():
            for name in list(vars(g)):
                delattr(g, name)
        return super().open(*args, **kwargs)


def make_test_app(database_url, tmp_path_factory, **overrides):
    instance = tmp_path_factory.mktemp("instance")
    config = {
        "TESTING": True,
        "SECRET_KEY": "test-secret-key-not-for-production",
        "SQLALCHEMY_DATABASE_URI": database_url,
        "WTF_CSRF_ENABLED": False,
        "TRACKER_UPLOAD_DIR": str(instance / "uploads"),
        "TRACKER_OUTBOX_DIR": str(instance / "outbox"),
        "TRACKER_BASE_URL": "http://tracker.test",
        "SERVER_NAME": None,
        "RATELIMIT_STORAGE_URI": "memory://",
    }
    config.update(overrides)
    os.environ["TRACKER_INSTANCE_PATH"] = str(instance)
    try:
        app = create_app(config)
        app.test_client_class = TrackerTestClient
        return app
    finally:
        os.environ.pop("TRACKER_INSTANCE_PATH", None)


@contextlib.contextmanager
def database_of_its_own(database_url, tmp_path_factory, name):
    """An application, its context pushed, on an empty database of its own, dropped afterwards: a
    schema named after ``name`` and this process on PostgreSQL, a file on SQLite. For tests that
    migrate step by step, leaving the suite's tables alone."""
    schema = f"{name}_{os.getpid()}"
    if database_url.startswith("postgresql"):
        app = make_test_app(with_search_path(database_url, schema), tmp_path_factory)
    else:
        app = make_test_app(database_url.replace("tracker.sqlite", f"{name}.sqlite"), tmp_path_factory)
    with app.app_context():
        postgresql = db.engine.dialect.name == "postgresql"
        if postgresql:
            with db.engine.begin() as connection:
                connection.execute(sa.text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
                connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
        else:
            reset_schema(db.engine)
        try:
            yield app
        finally:
            db.session.remove()
            if postgresql:
                with db.engine.begin() as connection:
                    connection.execute(sa.text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
            db.engine.dispose()


def migrate_fresh(app):
    from flask_migrate import upgrade

    with app.app_context():
        reset_schema(db.engine)
        upgrade()


@pytest.fixture(scope="session", params=DATABASES)
def database_url(request, tmp_path_factory):
    """The URL of a database of this test session's own.

    On PostgreSQL each session works in a schema named after its process, so that two runs
    against the same server (two developers, CI and a developer) never drop each other's tables.
    """
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('db') / 'tracker.sqlite'}"
        return
    server_url = request.getfixturevalue("postgres_url")
    schema = f"tracker_test_{os.getpid()}"
    engine = sa.create_engine(server_url)
    with engine.begin() as connection:
        connection.execute(sa.text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    yield with_search_path(server_url, schema)
    with engine.begin() as connection:
        connection.execute(sa.text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    engine.dispose()


@pytest.fixture(scope="session")
def session_app(database_url, tmp_path_factory):
    app = make_test_app(database_url, tmp_path_factory)
    migrate_fresh(app)
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def app(session_app):
    """The application with an app context pushed; every table is emptied afterwards."""
    with session_app.app_context():
        limiter.reset()
        yield session_app
        db.session.rollback()
        db.session.remove()
        empty_tables(db.engine)
    session_app.config["WTF_CSRF_ENABLED"] = False


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


class Auth:
    """Sign in through the real form."""

    def __init__(self, client):
        self.client = client

    def login(self, user, password=None):
        response = self.client.post(
            "/login", data={"email": user.email, "password": password or factories.TEST_PASSWORD}
        )
        assert response.status_code == 302, f"sign-in of {user.email} failed: {response.status_code}"
        return response

    def logout(self):
        return self.client.post("/logout")


@pytest.fixture
def auth(client):
    return Auth(client)


@pytest.fixture
def make(app):
    """Factories bound to the current database: ``make.user(role="head")``."""
    return factories


def plan_of(statement, parameters):
    """The plan of ``statement`` as one line: EXPLAIN QUERY PLAN on SQLite, EXPLAIN on PostgreSQL with
    sequential scans off (a handful of rows: without this PostgreSQL reads a table whole, whatever the
    indexes), for tests that a statement is answered by the index made for it."""
    from tracker.extensions import db

    with db.engine.connect() as connection:
        if db.engine.dialect.name == "sqlite":
            rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
        else:
            connection.exec_driver_sql("SET enable_seqscan = off")
            rows = connection.exec_driver_sql(f"EXPLAIN {statement}", parameters)
        return " ".join(str(row[-1]) for row in rows)
