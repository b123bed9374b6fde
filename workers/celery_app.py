"""Bind Celery to the Flask app, as the Flask documentation's Celery pattern shows."""

from celery import Celery, Task


def init_celery(app):
    """Create the Celery app for ``app``; every job runs inside an application context."""

    class FlaskTask(Task):
        def __call__(self, *args, **kwargs):
            with app.app_context():
                return self.run(*args, **kwargs)

    celery_app = Celery(app.name, task_cls=FlaskTask)
    celery_app.config_from_object(app.config["CELERY"])
    if celery_app.conf.broker_url.startswith("sqla+"):
        _tune_sqlalchemy_transport()
        celery_app.conf.beat_schedule = {
            **celery_app.conf.beat_schedule,
            "embedded-broker-prune": {"task": "broker.prune", "schedule": 3600.0},
        }
    celery_app.set_default()
    app.extensions["celery"] = celery_app
    return celery_app


def _tune_sqlalchemy_transport():
    """Poll the embedded broker's table every half second instead of every second.

    Set on the transport class: passing ``polling_interval`` in ``broker_transport_options`` crashes
    the worker with this transport.
    """
    from kombu.transport import sqlalchemy as kombu_sqla

    kombu_sqla.Transport.polling_interval = 0.5
