"""Housekeeping of the brokers: the embedded one keeps its consumed messages as rows unless pruned;
a Redis queue of its own (tests, benchmarks) is deleted after use without touching the others."""

import logging

import sqlalchemy as sa
from celery import shared_task
from flask import current_app

log = logging.getLogger("tracker.workers")


@shared_task(name="broker.prune")
def prune_embedded_broker():
    """Delete the messages the SQLAlchemy transport has already delivered (``visible = 0``)."""
    url = current_app.config["CELERY"]["broker_url"]
    if not url.startswith("sqla+"):
        return 0
    engine = sa.create_engine(url.removeprefix("sqla+"))
    try:
        with engine.begin() as connection:
            if not sa.inspect(connection).has_table("kombu_message"):
                return 0
            deleted = connection.execute(sa.text("DELETE FROM kombu_message WHERE visible = :no"), {"no": False})
    finally:
        engine.dispose()
    log.info("pruned %d consumed messages from the embedded broker", deleted.rowcount)
    return deleted.rowcount


def forget_redis_queue(url, queue):
    """Delete one queue's own keys from Redis (its list and kombu's bindings), nothing else: the
    database may be shared with other queues."""
    import redis

    client = redis.Redis.from_url(url)
    try:
        client.delete(queue, f"_kombu.binding.{queue}", f"_kombu.binding_permanent.{queue}")
    finally:
        client.close()
