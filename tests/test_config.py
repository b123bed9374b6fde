"""Settings from the environment with embedded defaults."""

import os
import stat

from tracker.config import load_config


def test_embedded_defaults(tmp_path, monkeypatch):
    for name in ("DATABASE_URL", "REDIS_URL", "SECRET_KEY", "MAIL_SERVER", "TRACKER_TIMEZONE", "TRACKER_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TRACKER_DOTENV", str(tmp_path / "missing.env"))
    config = load_config(tmp_path)
    assert config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'tracker.sqlite'}"
    assert config["REDIS_URL"] is None
    assert config["RATELIMIT_STORAGE_URI"] == "memory://"
    assert not config["CELERY"]["broker_url"].startswith("redis")
    assert config["TRACKER_TIMEZONE"] == "Asia/Ho_Chi_Minh"
    assert config["MAIL_SERVER"] is None
    assert config["SESSION_COOKIE_SAMESITE"] == "Lax" and config["SESSION_COOKIE_HTTPONLY"]
    assert config["SESSION_COOKIE_SECURE"] is False


def test_secret_key_is_generated_once_and_kept_private(tmp_path, monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.setenv("TRACKER_DOTENV", str(tmp_path / "missing.env"))
    first = load_config(tmp_path)["SECRET_KEY"]
    second = load_config(tmp_path)["SECRET_KEY"]
    assert first == second and len(first) >= 32
    mode = stat.S_IMODE(os.stat(tmp_path / "secret_key").st_mode)
    assert mode == 0o600
    other = tmp_path / "other"
    assert load_config(other)["SECRET_KEY"] != first


def test_environment_overrides(tmp_path, monkeypatch):
    monkeypatch.setenv("TRACKER_DOTENV", str(tmp_path / "missing.env"))
    monkeypatch.setenv("DATABASE_URL", "postgres://tracker@db.internal/tracker")
    monkeypatch.setenv("REDIS_URL", "redis://cache.internal:6379/0")
    monkeypatch.setenv("SECRET_KEY", "from-the-environment")
    monkeypatch.setenv("TRACKER_BASE_URL", "https://tracker.province.gov.vn/")
    monkeypatch.setenv("MAIL_SERVER", "smtp.internal")
    monkeypatch.setenv("MAIL_PORT", "587")
    monkeypatch.setenv("MAIL_USE_TLS", "true")
    config = load_config(tmp_path)
    assert config["SQLALCHEMY_DATABASE_URI"] == "postgresql://tracker@db.internal/tracker"
    assert config["CELERY"]["broker_url"] == "redis://cache.internal:6379/0"
    assert config["RATELIMIT_STORAGE_URI"] == "redis://cache.internal:6379/0"
    assert config["SECRET_KEY"] == "from-the-environment"
    assert config["TRACKER_BASE_URL"] == "https://tracker.province.gov.vn"
    assert config["SESSION_COOKIE_SECURE"] is True
    assert (config["MAIL_SERVER"], config["MAIL_PORT"], config["MAIL_USE_TLS"]) == ("smtp.internal", 587, True)
    assert not (tmp_path / "secret_key").exists()


def test_dotenv_file_is_read_without_overriding_the_environment(tmp_path, monkeypatch):
    env_file = tmp_path / ".env"
    env_file.write_text("TRACKER_TIMEZONE=Europe/Stockholm\nTRACKER_BASE_URL=http://from-dotenv\n")
    monkeypatch.setenv("TRACKER_DOTENV", str(env_file))
    # Set, then removed: monkeypatch records a variable only when it touches one that is set, and the
    # value the .env file puts in the environment must be undone with the rest.
    monkeypatch.setenv("TRACKER_TIMEZONE", "UTC")
    monkeypatch.delenv("TRACKER_TIMEZONE")
    monkeypatch.setenv("TRACKER_BASE_URL", "http://from-environment")
    config = load_config(tmp_path)
    assert config["TRACKER_TIMEZONE"] == "Europe/Stockholm"
    assert config["TRACKER_BASE_URL"] == "http://from-environment"


def test_postgresql_sessions_price_index_lookups_for_cached_data_and_start_no_workers(
    postgres_url, tmp_path_factory, monkeypatch
):
    """Each PostgreSQL connection carries random_page_cost and max_parallel_workers_per_gather, on top
    of options already in the URL; an empty setting keeps the server's."""
    import sqlalchemy as sa

    from tests.conftest import make_test_app, with_search_path
    from tracker.extensions import db

    def settings(**config):
        app = make_test_app(with_search_path(postgres_url, "public"), tmp_path_factory, **config)
        with app.app_context():
            try:
                return (
                    db.session.scalar(sa.text("SHOW random_page_cost")),
                    db.session.scalar(sa.text("SHOW search_path")),
                    db.session.scalar(sa.text("SHOW max_parallel_workers_per_gather")),
                )
            finally:
                db.session.remove()
                db.engine.dispose()

    plain = sa.create_engine(postgres_url)
    with plain.connect() as connection:
        servers_own = connection.scalar(sa.text("SHOW random_page_cost"))
        servers_workers = connection.scalar(sa.text("SHOW max_parallel_workers_per_gather"))
    plain.dispose()
    assert servers_own != "1.1" and servers_workers != "0"
    assert settings() == ("1.1", "public", "0")
    assert settings(TRACKER_PG_RANDOM_PAGE_COST="2")[0] == "2"
    assert settings(TRACKER_PG_RANDOM_PAGE_COST="")[0] == servers_own
    assert settings(TRACKER_PG_PARALLEL_WORKERS="3")[2] == "3"
    assert settings(TRACKER_PG_RANDOM_PAGE_COST="", TRACKER_PG_PARALLEL_WORKERS="") == (
        servers_own,
        "public",
        servers_workers,
    )
