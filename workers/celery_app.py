"""Bind Celery to the Flask app, as the Flask documentation's Celery pattern shows."""

import os
import sqlite3

import sqlalchemy as sa
from celery import Celery, Task
from flask import appcontext_popped, appcontext_pushed, current_app, has_app_context
from sqlalchemy.engine import Engine

BROKER_FILE = "celery-broker.sqlite"


def init_celery(app):
    """Create the Celery app for ``app``; every job runs inside an application context."""

    class FlaskTask(Task):
        def __call__(self, *args, **kwargs):
            with app.app_context():
                return self.run(*args, **kwargs)

    celery_app = Celery(app.name, task_cls=FlaskTask)
    celery_app.config_from_object(app.config["CELERY"])
    for key in ("data_folder_in", "data_folder_out", "control_folder"):
        folder = celery_app.conf.broker_transport_options.get(key)
        if folder:
            os.makedirs(folder, exist_ok=True)
    if celery_app.conf.broker_url.startswith("sqla+"):
        _tune_sqlalchemy_transport()
        celery_app.conf.beat_schedule = {
            **celery_app.conf.beat_schedule,
            "embedded-broker-prune": {"task": "broker.prune", "schedule": 3600.0},
        }
    celery_app.set_default()
    app.extensions["celery"] = celery_app
    appcontext_pushed.connect(_follow_the_flask_app)
    appcontext_popped.connect(_follow_the_flask_app)
    return celery_app


def _follow_the_flask_app(sender, **extra):
    """Make the Celery app of the Flask app in context (pushed, or back on top after a pop) Celery's
    current app in this thread.

    The jobs are ``@shared_task``: each use (``deliver_batch(...)``, ``deliver.apply_async(...)``)
    resolves to the job of Celery's current app, which is otherwise whichever Celery app was created
    last in the process. A process that made a second Flask app (the tests make one on a database of
    their own) then ran a job called inside the first app's context in the second app, on the second
    app's database and broker folder: a delivery found nothing owed there. With one app per process,
    as in a worker, nothing changes.
    """
    if has_app_context():
        celery_app = current_app.extensions.get("celery")
        if celery_app is not None:
            celery_app.set_current()


def _tune_sqlalchemy_transport():
    """Poll the embedded broker's table every tenth of a second instead of every second.

    Set on the transport class: passing ``polling_interval`` in ``broker_transport_options`` crashes
    the worker with this transport.
    """
    from kombu.transport import sqlalchemy as kombu_sqla

    kombu_sqla.Transport.polling_interval = 0.1
    if not sa.event.contains(Engine, "connect", _broker_pragmas):
        sa.event.listen(Engine, "connect", _broker_pragmas)


def _broker_pragmas(dbapi_connection, connection_record):
    """WAL and relaxed syncing for the broker's SQLite file: every publish and ack is a commit, and
    a full fsync each made the queue the bottleneck. A crash may lose the last jobs; the sweep
    re-enqueues what the ledger still owes."""
    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    cursor = dbapi_connection.cursor()
    try:
        files = [row[2] or "" for row in cursor.execute("PRAGMA database_list")]
        if any(path.endswith(BROKER_FILE) for path in files):
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA busy_timeout=10000")
    finally:
        cursor.close()
