"""Every setting listed in the README's configuration table is read from the environment: the test
walks the table, sets each variable in the environment, builds the application, and checks that its
configuration changed. A variable documented but never read (as ``TRACKER_API_RATE_LIMIT`` and
``TRACKER_API_MAX_BODY_BYTES`` were) fails it, and so does a row added to the table without code."""

import re
from pathlib import Path

import pytest

from tracker import create_app

README = Path(__file__).resolve().parents[1] / "README.md"


def documented_variables():
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## Configuration\n", 1)[1].split("\n## ", 1)[0]
    names = []
    for line in section.splitlines():
        if line.startswith("| `"):
            first_cell = line.split("|")[1]
            names += re.findall(r"`([A-Z][A-Z0-9_]*)`", first_cell)
    return names


def sample_value(name, tmp_path):
    """A valid value for ``name`` that differs from its default."""
    special = {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'other.sqlite'}",
        "REDIS_URL": "redis://127.0.0.1:6379/9",
        "SECRET_KEY": "a-secret-from-the-environment",
        "TRACKER_BASE_URL": "https://tracker.example.gov.vn",
        "TRACKER_TIMEZONE": "Europe/Stockholm",
        "TRACKER_EMBEDDED_BROKER": "sqlite",
        "TRACKER_PG_RANDOM_PAGE_COST": "2.5",
        "TRACKER_REPORT_ISSUER": "People's Committee of the Province",
        "MAIL_SERVER": "smtp.example.gov.vn",
        "MAIL_USERNAME": "tracker",
        "MAIL_PASSWORD": "mail-secret",
        "MAIL_DEFAULT_SENDER": "Tracker <tracker@example.gov.vn>",
        "MAIL_USE_TLS": "1",
        "MAIL_USE_SSL": "1",
        "REMINDER_LEAD_DAYS": "5,2",
        "REMINDER_RETRY_BACKOFF": "10,20",
    }
    if name in special:
        return special[name]
    if name.endswith(("_DIR", "_PATH")):
        return str(tmp_path / f"set-by-{name.lower()}")
    if "LIMIT" in name and not name.endswith("_BYTES"):
        return "7 per hour"
    return "17"


def flat(config, prefix=""):
    """Every value of the configuration, nested mappings (Celery's) flattened, as comparable text."""
    items = {}
    for key, value in config.items():
        if isinstance(value, dict):
            items.update(flat(value, f"{prefix}{key}."))
        else:
            items[f"{prefix}{key}"] = repr(value)
    return items


def build(tmp_path, monkeypatch, environment):
    for name in documented_variables():
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("CELERY_BROKER_URL", raising=False)
    monkeypatch.setenv("TRACKER_DOTENV", str(tmp_path / "missing.env"))
    monkeypatch.setenv("TRACKER_INSTANCE_PATH", str(tmp_path / "instance"))
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    return create_app()


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("settings")


@pytest.fixture(scope="module")
def baseline(folder):
    """The configuration with none of the table's variables set (built once: each build takes a while)."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        return flat(build(folder, monkeypatch, {}).config)


def test_the_readme_lists_the_settings_it_should():
    names = documented_variables()
    assert len(names) >= 30 and len(set(names)) == len(names)
    assert {"DATABASE_URL", "TRACKER_API_RATE_LIMIT", "TRACKER_API_MAX_BODY_BYTES", "REMINDER_SWEEP_SECONDS"} <= set(
        names
    )


@pytest.mark.parametrize("name", documented_variables())
def test_each_setting_of_the_readme_is_read_from_the_environment(folder, baseline, monkeypatch, name):
    app = build(folder, monkeypatch, {name: sample_value(name, folder)})
    changed = {key for key, value in flat(app.config).items() if baseline.get(key) != value}
    assert changed, f"{name} is documented in the README but setting it changes nothing"


def test_the_api_limits_from_the_environment_apply(tmp_path, monkeypatch):
    app = build(tmp_path, monkeypatch, {"TRACKER_API_RATE_LIMIT": "2 per minute", "TRACKER_API_MAX_BODY_BYTES": "64"})
    assert app.config["TRACKER_API_RATE_LIMIT"] == "2 per minute"
    assert app.config["TRACKER_API_MAX_BODY_BYTES"] == 64
    client = app.test_client()
    statuses = [client.get("/api/v1/openapi.json").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
