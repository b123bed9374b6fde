"""Tracker: turn the directives of working meetings into tasks, follow them, remind before deadlines.

``create_app`` is the only way to get an application; nothing is created at import time, so that
``tracker.extraction`` stays usable without Flask.
"""

import logging
import os


def create_app(config=None):
    """Create and configure the Flask application."""
    from flask import Flask

    from tracker.config import load_config

    app = Flask(
        __name__,
        instance_path=os.environ.get("TRACKER_INSTANCE_PATH") or None,
        template_folder=os.path.join(os.path.dirname(os.path.dirname(__file__)), "templates"),
    )
    os.makedirs(app.instance_path, exist_ok=True)
    app.config.update(load_config(app.instance_path))
    if config:
        app.config.update(config)
    if not app.debug and not app.testing:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
        logging.getLogger("alembic").setLevel(logging.WARNING)

    from tracker.core import integers, text

    integers.init_app(app)  # before any route is added: ids beyond the database's range are 404s
    text.init_app(app)  # forms and query strings without control characters
    init_extensions(app)
    from tracker.core import proxy

    proxy.init_app(app)
    register_blueprints(app)
    init_web(app)

    from tracker import cli

    cli.init_app(app)

    from workers.celery_app import init_celery

    init_celery(app)
    init_reminders(app)
    return app


def init_reminders(app):
    from tracker.core import mail
    from tracker.notifications import receivers

    mail.init_app(app)
    receivers.connect()
    from tracker import notifications

    notifications.init_app(app)


def init_extensions(app):
    import sqlalchemy as sa

    import tracker.models  # noqa: F401  (the whole schema, for relationships and migrations)
    from tracker.extensions import babel, csrf, db, limiter, login_manager, mail, migrate

    db.init_app(app)
    with app.app_context():
        if db.engine.dialect.name == "sqlite":
            sa.event.listen(db.engine, "connect", _sqlite_pragmas)
        elif db.engine.dialect.name == "postgresql":
            settings = _postgres_settings(app.config)
            if settings:
                sa.event.listen(db.engine, "do_connect", settings)
    migrate.init_app(
        app, db, directory=os.path.join(os.path.dirname(os.path.dirname(__file__)), "migrations"), render_as_batch=True
    )
    csrf.init_app(app)
    limiter.init_app(app)
    mail.init_app(app)
    babel.init_app(app, locale_selector=_select_locale, timezone_selector=_select_timezone)

    from tracker.auth import loaders

    login_manager.init_app(app)
    loaders.init_app(login_manager)


def _sqlite_pragmas(dbapi_connection, connection_record):
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _postgres_settings(config):
    """Session settings sent with each new PostgreSQL connection (no extra round trip), or ``None``.

    ``random_page_cost`` (``TRACKER_PG_RANDOM_PAGE_COST``): PostgreSQL's default (4) prices an
    index look-up for spinning disks: it then prefers reading a whole table to fetching the 1,600
    tasks a department coordinates by key (34 ms against 7 ms at 100,000 tasks). 1.1 is the usual
    value for SSDs and cached data.

    ``max_parallel_workers_per_gather`` (``TRACKER_PG_PARALLEL_WORKERS``): a parallel plan starts
    worker processes, 3-5 ms before the first row, which PostgreSQL chose for short reads whose row
    estimate was off (a head's returned work at a million tasks: 0 rows in 8.4 ms, 3.0 ms without
    workers; the home page's SQL 47-58 -> 33 ms). Tracker's reads are many short ones at once, and a
    worker takes a core from another request, so none by default.
    """
    values = {
        "random_page_cost": config.get("TRACKER_PG_RANDOM_PAGE_COST"),
        "max_parallel_workers_per_gather": config.get("TRACKER_PG_PARALLEL_WORKERS"),
    }
    kinds = {"random_page_cost": float, "max_parallel_workers_per_gather": int}
    setting = " ".join(f"-c {name}={kinds[name](value)}" for name, value in values.items() if value not in (None, ""))
    if not setting:
        return None

    def add_options(dialect, connection_record, cargs, cparams):
        cparams["options"] = f"{cparams.get('options', '')} {setting}".strip()

    return add_options


def _select_locale():
    from flask import current_app, has_request_context, request
    from flask_login import current_user

    if not has_request_context():
        return current_app.config["BABEL_DEFAULT_LOCALE"]
    if current_user and current_user.is_authenticated and current_user.locale:
        return current_user.locale
    return request.accept_languages.best_match(current_app.config["LANGUAGES"]) or "en"


def _select_timezone():
    from flask import current_app, has_request_context
    from flask_login import current_user

    if not has_request_context():
        return current_app.config["TRACKER_TIMEZONE"]
    if current_user and current_user.is_authenticated and current_user.timezone:
        return current_user.timezone
    return current_app.config["TRACKER_TIMEZONE"]


def register_blueprints(app):
    # Importing a domain's views module attaches its routes to the domain's blueprint.
    from tracker.account.views import bp as account_bp
    from tracker.api.views import bp as api_bp
    from tracker.auth.views import bp as auth_bp
    from tracker.comments.views import bp as comments_bp
    from tracker.departments.views import bp as departments_bp
    from tracker.extraction.views import bp as extraction_bp
    from tracker.feeds.views import bp as feeds_bp
    from tracker.home.views import bp as home_bp
    from tracker.meetings.views import bp as meetings_bp
    from tracker.notifications.views import bp as notifications_bp
    from tracker.reminders.views import bp as reminders_bp
    from tracker.reports.views import bp as reports_bp
    from tracker.search.views import bp as search_bp
    from tracker.tasks.views import bp as tasks_bp
    from tracker.users.views import bp as users_bp

    for blueprint in (auth_bp, home_bp, departments_bp, users_bp, api_bp, account_bp, reminders_bp):
        app.register_blueprint(blueprint)
    for blueprint in (tasks_bp, comments_bp, meetings_bp, reports_bp, extraction_bp, feeds_bp):
        app.register_blueprint(blueprint)
    app.register_blueprint(notifications_bp)
    app.register_blueprint(search_bp)


def init_web(app):
    from tracker.core import errors, templating
    from tracker.tasks import labels

    errors.init_app(app)
    templating.init_app(app)
    labels.init_app(app)
    # JSON keys in the order the serialisers write them (the OpenAPI document's): sorting every
    # object of a list of a hundred tasks was a tenth of the request's CPU.
    app.json.sort_keys = False
