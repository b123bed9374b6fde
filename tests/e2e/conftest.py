"""Browser tests: Playwright drives the system Chromium against a live Tracker served from a thread.

- One application for the whole session, on a SQLite file made by the real migrations, with CSRF
  enabled so that the browser goes through the real forms.
- Each test seeds what it needs through the factories inside an app context (``live.make``) and
  commits (``live.commit()``) so that the server thread sees it; every table is emptied afterwards.
- ``shot(page, name)`` saves a full-page screenshot under ``test-artifacts/screenshots/``; a failing
  test leaves ``failed-<test>.png`` there too.
"""

import contextlib
import re
import threading
from pathlib import Path

import pytest
from playwright.sync_api import expect
from werkzeug.serving import make_server

from tests import factories
from tests.conftest import empty_tables, make_test_app, migrate_fresh
from tracker.extensions import db, limiter

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
#: Fail fast: every page of Tracker answers in milliseconds, so a wait this long means a wrong selector.
TIMEOUT_MS = 10_000


def pytest_collection_modifyitems(items):
    for item in items:
        if "e2e/" in item.nodeid:
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args, chromium_path):
    return {**browser_type_launch_args, "executable_path": chromium_path, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "en-US"}


@pytest.fixture(scope="session")
def live_app(chromium_path, tmp_path_factory):
    """The application the browser talks to (SQLite file, CSRF on)."""
    for stale in SCREENSHOTS.glob("failed-*.png"):
        stale.unlink()
    url = f"sqlite:///{tmp_path_factory.mktemp('e2e-db') / 'tracker.sqlite'}"
    app = make_test_app(url, tmp_path_factory, WTF_CSRF_ENABLED=True)
    migrate_fresh(app)
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.fixture(scope="session")
def live_server(live_app):
    server = make_server("127.0.0.1", 0, live_app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="tracker-e2e-server", daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def base_url(live_server):
    return live_server


class Live:
    """Seed the live application's database from the test thread."""

    make = factories
    password = factories.TEST_PASSWORD

    def __init__(self, app, base_url):
        self.app = app
        self.base_url = base_url

    def commit(self):
        db.session.commit()

    def url(self, path):
        return self.base_url + path


@pytest.fixture
def live(live_app, base_url):
    with live_app.app_context():
        limiter.reset()
        yield Live(live_app, base_url)
        db.session.rollback()
        db.session.remove()
        empty_tables(db.engine)
        limiter.reset()


@pytest.fixture
def page(page):
    page.set_default_timeout(TIMEOUT_MS)
    page.set_default_navigation_timeout(TIMEOUT_MS)
    expect.set_options(timeout=TIMEOUT_MS)
    return page


def save_screenshot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


@pytest.fixture
def shot():
    """``shot(page, "home-leader")`` saves a full-page screenshot and returns its path."""
    return save_screenshot


def sign_in(page, email, password=None):
    """Sign in through the real form and wait until the browser has left the sign-in page and loaded
    the next one whole (its deferred scripts, which bind the keyboard shortcuts, have run)."""
    page.goto("/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password", exact=True).fill(password or factories.TEST_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).not_to_have_url(re.compile(r"/login"))
    page.wait_for_load_state("load")


def sign_out(page):
    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(re.compile(r"/login"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call" and report.failed:
        page = item.funcargs.get("page")
        if page is not None and not page.is_closed():
            # A screenshot must never hide the real failure.
            with contextlib.suppress(Exception):
                save_screenshot(page, "failed-" + re.sub(r"[^A-Za-z0-9_.-]+", "_", item.name))
    return report
