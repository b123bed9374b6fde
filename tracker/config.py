"""Settings from the environment, with embedded defaults.

Every setting has a default that works on one machine with nothing installed beyond Python:
SQLite in ``instance/``, no Redis, emails written to ``instance/outbox/``. Production sets the
environment variables listed in the README.
"""

import os
import secrets
from pathlib import Path
from urllib.parse import urlsplit

from dotenv import load_dotenv

TRUE_WORDS = {"1", "true", "yes", "on"}
#: The languages Tracker speaks (its pages, its mail, the minutes it reads), each in its own words.
#: The one list: the locale choices, the meetings' language, the API's enums and the extractor read it.
LANGUAGE_NAMES = {"en": "English", "vi": "Tiếng Việt", "fr": "Français", "sv": "Svenska"}
LANGUAGES = tuple(LANGUAGE_NAMES)


def env_flag(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in TRUE_WORDS


def env_int(name, default):
    value = os.environ.get(name)
    return int(value) if value not in (None, "") else default


def env_int_list(name, default):
    value = os.environ.get(name)
    if value in (None, ""):
        return default
    return [int(part) for part in value.replace(";", ",").split(",") if part.strip()]


def database_url(instance_path):
    """Return the SQLAlchemy URL, defaulting to a SQLite file in the instance folder."""
    url = os.environ.get("DATABASE_URL")
    if not url:
        return f"sqlite:///{Path(instance_path) / 'tracker.sqlite'}"
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    return url


def secret_key(instance_path):
    """Return SECRET_KEY from the environment, or one generated once and kept in the instance folder."""
    key = os.environ.get("SECRET_KEY")
    if key:
        return key
    path = Path(instance_path) / "secret_key"
    if path.exists():
        return path.read_text().strip()
    key = secrets.token_urlsafe(48)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key


def mail_sender(base_url):
    """The From address of Tracker's emails: ``TRACKER_MAIL_FROM`` (or ``MAIL_DEFAULT_SENDER``), else
    the SMTP account when it is an address, else ``tracker@`` the host people reach Tracker at.
    ``tracker@localhost`` is left only where there is no domain to name (the local outbox)."""
    explicit = os.environ.get("TRACKER_MAIL_FROM") or os.environ.get("MAIL_DEFAULT_SENDER")
    if explicit:
        return explicit
    username = os.environ.get("MAIL_USERNAME") or ""
    if "@" in username:
        return f"Tracker <{username}>"
    host = urlsplit(base_url).hostname or ""
    if "." in host and not host.replace(".", "").isdigit():
        return f"Tracker <tracker@{host}>"
    return "Tracker <tracker@localhost>"


def load_config(instance_path):
    """Build the Flask config mapping from the environment (and a ``.env`` file when present)."""
    load_dotenv(os.environ.get("TRACKER_DOTENV", ".env"), override=False)
    instance_path = Path(instance_path)
    redis_url = os.environ.get("REDIS_URL") or None
    base_url = os.environ.get("TRACKER_BASE_URL", "http://127.0.0.1:5000").rstrip("/")
    # Without Redis, Celery's filesystem transport in the instance folder: no server, no extra
    # package, queued jobs survive restarts as files, and worker + beat run on it (tested in
    # tests/reminders/test_workers.py). Measured against the SQLAlchemy transport on SQLite (also
    # tested, ``TRACKER_EMBEDDED_BROKER=sqlite``): publishing a job costs a fraction of the CPU
    # (a file write instead of an ORM session and a commit) and workers deliver about twice as fast;
    # ``celery inspect`` works with it too. The sweep, not the queue, is the source of truth anyway.
    broker_url, broker_options = redis_url or os.environ.get("CELERY_BROKER_URL"), {}
    broker_transport = None
    if broker_url is None and os.environ.get("TRACKER_EMBEDDED_BROKER", "filesystem") == "sqlite":
        broker_url = f"sqla+sqlite:///{instance_path / 'celery-broker.sqlite'}"
    elif broker_url is None:
        folder = instance_path / "celery-broker"
        broker_url = "filesystem://"
        # kombu's channel, but reading one folder listing per batch instead of one per job.
        broker_transport = "workers.filesystem:Transport"
        broker_options = {
            "data_folder_in": str(folder / "queue"),
            "data_folder_out": str(folder / "queue"),
            "control_folder": str(folder / "control"),
            "store_processed": False,
        }
    sweep_seconds = env_int("REMINDER_SWEEP_SECONDS", 300)
    return {
        "SECRET_KEY": secret_key(instance_path),
        "SQLALCHEMY_DATABASE_URI": database_url(instance_path),
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
        #: Sent to PostgreSQL with each connection (see tracker/__init__.py); empty keeps the server's.
        "TRACKER_PG_RANDOM_PAGE_COST": os.environ.get("TRACKER_PG_RANDOM_PAGE_COST", "1.1"),
        "TRACKER_PG_PARALLEL_WORKERS": os.environ.get("TRACKER_PG_PARALLEL_WORKERS", "0"),
        #: ... and for the reports' grouped counts alone (tracker.core.db.parallel_reads).
        "TRACKER_PG_REPORT_PARALLEL_WORKERS": os.environ.get("TRACKER_PG_REPORT_PARALLEL_WORKERS", "2"),
        "REDIS_URL": redis_url,
        "TRACKER_BASE_URL": base_url,
        "TRACKER_TIMEZONE": os.environ.get("TRACKER_TIMEZONE", "Asia/Ho_Chi_Minh"),
        "TRACKER_UPLOAD_DIR": os.environ.get("TRACKER_UPLOAD_DIR", str(instance_path / "uploads")),
        "TRACKER_OUTBOX_DIR": os.environ.get("TRACKER_OUTBOX_DIR", str(instance_path / "outbox")),
        "TRACKER_MAX_UPLOAD_BYTES": env_int("TRACKER_MAX_UPLOAD_BYTES", 20 * 1024 * 1024),
        #: The largest conclusion notice (.docx, .odt, .pdf, .txt) read by the review screen and the API.
        "TRACKER_MAX_MINUTES_FILE_BYTES": env_int("TRACKER_MAX_MINUTES_FILE_BYTES", 10 * 1024 * 1024),
        "MAX_CONTENT_LENGTH": env_int("TRACKER_MAX_REQUEST_BYTES", 25 * 1024 * 1024),
        "TRACKER_PAGE_SIZE": env_int("TRACKER_PAGE_SIZE", 25),
        #: A free-text search on the pages counts its matches up to this many ("more than 200"), as
        #: search everywhere counts each kind (tracker.search.queries.COUNT_CAP).
        "TRACKER_SEARCH_COUNT_CAP": env_int("TRACKER_SEARCH_COUNT_CAP", 200),
        #: A meeting's page lists this many of its tasks at most; the task list has them all.
        "TRACKER_MEETING_TASKS_SHOWN": env_int("TRACKER_MEETING_TASKS_SHOWN", 200),
        #: One bulk action (a list's form or POST /api/v1/tasks/bulk) touches at most this many tasks.
        "TRACKER_BULK_MAX_TASKS": env_int("TRACKER_BULK_MAX_TASKS", 500),
        #: Notifications older than this many days are deleted by the beat (hourly).
        "TRACKER_NOTIFICATIONS_KEEP_DAYS": env_int("TRACKER_NOTIFICATIONS_KEEP_DAYS", 90),
        #: The issuing body named at the head of the report documents (empty: a translated default).
        "TRACKER_REPORT_ISSUER": os.environ.get("TRACKER_REPORT_ISSUER", ""),
        #: Minutes during which the author of a comment may still edit it (the edit is shown).
        "TRACKER_COMMENT_EDIT_MINUTES": env_int("TRACKER_COMMENT_EDIT_MINUTES", 15),
        #: Reverse proxies in front of the app trusted for X-Forwarded-For/-Proto (tracker/core/proxy.py).
        "TRACKER_PROXY_HOPS": env_int("TRACKER_PROXY_HOPS", 0),
        #: The JSON API: requests allowed per token (or address), and the largest body (tracker/api/auth.py).
        "TRACKER_API_RATE_LIMIT": os.environ.get("TRACKER_API_RATE_LIMIT", "600 per minute"),
        "TRACKER_API_MAX_BODY_BYTES": env_int("TRACKER_API_MAX_BODY_BYTES", 1024 * 1024),
        #: Failed sign-ins allowed per (address, account) pair and per address (README, Security):
        #: never per account alone, so that nobody can lock a user out.
        "TRACKER_LOGIN_LIMIT_PAIR": os.environ.get("TRACKER_LOGIN_LIMIT_PAIR", "3 per minute; 10 per hour"),
        "TRACKER_LOGIN_LIMIT_ADDRESS": os.environ.get("TRACKER_LOGIN_LIMIT_ADDRESS", "10 per minute; 30 per hour"),
        #: A session unused this long is ended; one opened with "Keep me signed in" after TRACKER_REMEMBER_DAYS.
        "TRACKER_SESSION_IDLE_MINUTES": env_int("TRACKER_SESSION_IDLE_MINUTES", 60),
        "TRACKER_REMEMBER_DAYS": env_int("TRACKER_REMEMBER_DAYS", 30),
        #: Invitation and password-reset links work once, within this many hours.
        "TRACKER_PASSWORD_LINK_HOURS": env_int("TRACKER_PASSWORD_LINK_HOURS", 24),
        "MAIL_SERVER": os.environ.get("MAIL_SERVER") or None,
        "MAIL_PORT": env_int("MAIL_PORT", 25),
        "MAIL_USERNAME": os.environ.get("MAIL_USERNAME") or None,
        "MAIL_PASSWORD": os.environ.get("MAIL_PASSWORD") or None,
        "MAIL_USE_TLS": env_flag("MAIL_USE_TLS"),
        "MAIL_USE_SSL": env_flag("MAIL_USE_SSL"),
        "MAIL_DEFAULT_SENDER": mail_sender(base_url),
        "MAIL_TIMEOUT": env_int("MAIL_TIMEOUT", 30),
        "RATELIMIT_STORAGE_URI": redis_url or "memory://",
        "RATELIMIT_HEADERS_ENABLED": True,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": base_url.startswith("https://"),
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "REMEMBER_COOKIE_SECURE": base_url.startswith("https://"),
        "WTF_CSRF_TIME_LIMIT": None,
        "BABEL_DEFAULT_LOCALE": "en",
        "BABEL_DEFAULT_TIMEZONE": "UTC",
        "LANGUAGES": list(LANGUAGES),
        # Reminder policy (design.md, Reminders); every number is a setting.
        "REMINDER_LEAD_DAYS": env_int_list("REMINDER_LEAD_DAYS", [7, 3, 1, 0]),
        "REMINDER_OVERDUE_EVERY_DAYS": env_int("REMINDER_OVERDUE_EVERY_DAYS", 7),
        "REMINDER_ESCALATE_AFTER_DAYS": env_int("REMINDER_ESCALATE_AFTER_DAYS", 3),
        "REMINDER_SEND_HOUR": env_int("REMINDER_SEND_HOUR", 8),
        "REMINDER_SWEEP_SECONDS": sweep_seconds,
        "REMINDER_CHUNK_SIZE": env_int("REMINDER_CHUNK_SIZE", 5000),
        #: Seconds to wait before each retry of a failed send; one attempt more than entries.
        "REMINDER_RETRY_BACKOFF": env_int_list("REMINDER_RETRY_BACKOFF", [30, 120, 600, 1800, 7200]),
        #: How long a send in progress holds its rows before another worker may take them over.
        "REMINDER_SEND_LEASE_SECONDS": env_int("REMINDER_SEND_LEASE_SECONDS", 600),
        #: Owed rows enqueued longer ago than this are enqueued again by the sweep (lost jobs).
        "REMINDER_REENQUEUE_SECONDS": env_int("REMINDER_REENQUEUE_SECONDS", 600),
        "CELERY": {
            "broker_url": broker_url,
            "broker_transport": broker_transport,
            # On Redis, no ack emulation: kombu would otherwise copy every job it hands out into a hash
            # and delete the copy on the acknowledgement (two more transactions per job, over a third
            # of the worker's consuming CPU), to hand the job out again an hour after a worker died
            # holding it. The ledger already does that, sooner: the sweep re-enqueues what is owed and
            # unsent after REMINDER_REENQUEUE_SECONDS. A worker that stops normally still puts its
            # unstarted jobs back; and a retry waiting on a backoff longer than that hour (2 h) is no
            # longer handed out again every hour.
            "broker_transport_options": {"ack_emulation": False} if broker_url.startswith("redis") else broker_options,
            "beat_schedule": {
                "reminders-sweep": {"task": "reminders.sweep_tick", "schedule": float(sweep_seconds)},
                "maintenance-statistics": {"task": "maintenance.statistics", "schedule": 3600.0},
                "notifications-prune": {"task": "notifications.prune", "schedule": 3600.0},
            },
            "task_default_queue": os.environ.get("CELERY_QUEUE", "tracker"),
            "task_acks_late": True,
            # The embedded broker is polled: a worker that may hold only one job per process
            # sleeps a polling interval after each, so it prefetches more (jobs are idempotent).
            "worker_prefetch_multiplier": env_int("CELERY_PREFETCH_MULTIPLIER", 1 if redis_url else 16),
            "result_backend": None,
            "task_ignore_result": True,
            "task_serializer": "json",
            "accept_content": ["json"],
            "timezone": "UTC",
            "broker_connection_retry_on_startup": True,
        },
    }
