"""Reminder jobs: the beat's sweep tick and the chunks it hands out. Thin: ids and ISO times in,
domain code does the work (``tracker.reminders.operations.sweep``)."""

import logging
from datetime import datetime

from celery import shared_task
from celery.signals import worker_ready

from tracker.core.db import utcnow
from tracker.reminders.dispatch import SWEEP_CHUNK_JOB, enqueue_deliveries

log = logging.getLogger("tracker.reminders")


@shared_task(name="reminders.sweep_tick")
def sweep_tick():
    """Start a sweep as of now: enqueue owed deliveries and one chunk job per range of tasks."""
    from tracker.reminders.operations.sweep import start_tick

    return start_tick(utcnow(), enqueue_chunk=_enqueue_chunk, enqueue=enqueue_deliveries)


def _enqueue_chunk(run_id, after, upto):
    from tracker.reminders.operations.sweep import chunk_bound_json

    sweep_chunk.apply_async(args=[run_id, utcnow().isoformat(), chunk_bound_json(after), chunk_bound_json(upto)])


@shared_task(name=SWEEP_CHUNK_JOB)
def sweep_chunk(run_id, as_of, after, upto):
    """Claim the reminders owed at ``as_of`` for tasks with ``after < (due_on, id) <= upto``."""
    from tracker.reminders.operations.sweep import run_chunk

    if isinstance(upto, int):  # a range of task ids, from a beat of the version before: the next tick covers it
        log.info("chunk job of task ids %s-%s from an older beat: left to the next tick", after, upto)
        return 0
    result = run_chunk(run_id, datetime.fromisoformat(as_of), after, upto, enqueue=enqueue_deliveries)
    return result.claimed


@worker_ready.connect
def sweep_when_a_worker_starts(sender=None, **kwargs):
    """Ask for one sweep as soon as a worker is ready.

    The beat's interval entry first comes due one interval after the beat started (five minutes by
    default), so the first sweep after ``make run`` waited that long, and the administrators' page
    said the sweep had never run while worker and beat were both up. Asked by the worker once its
    queue exists (the beat publishing at the same instant as the worker declares the queue races on
    the embedded SQLite broker). The sweep is idempotent (the ledger's key): a worker restarted, or
    several workers, send nothing twice.
    """
    try:
        sweep_tick.apply_async()
    except Exception:  # the broker is not reachable: the beat's own tick follows
        log.exception("asking for a sweep at the worker's start failed")
