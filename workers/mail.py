"""The sending jobs: one recipient (an event's email, a retry), or a batch of a sweep's recipients;
retried on the backoff table of ``REMINDER_RETRY_BACKOFF``.

The ledger holds the truth (attempts, next try, last error); the job only re-runs the delivery when
the earliest failed send is due again. ``attempt n/max`` is logged by ``tracker.reminders.operations.delivery``.
"""

import logging
import threading
from concurrent.futures import ThreadPoolExecutor

from celery import shared_task
from flask import current_app

from tracker.reminders.dispatch import DELIVER_BATCH_JOB, DELIVER_JOB

log = logging.getLogger("tracker.reminders")

#: Threads of a worker process delivering a batch's recipients at once. A delivery mostly waits:
#: on the database (a read, then a claim and a mark per email) and on the SMTP server (four
#: exchanges per email), 2-3 ms of CPU in 10-15 ms on a loaded machine; one after the other, two
#: processes sent 130 emails a second, their CPU a fifth busy. Four threads overlap those waits.
#: Each thread keeps its own SMTP connection and takes its own database connection, so a worker
#: process holds up to this many of each; a worker killed mid-batch leaves up to this many messages
#: in flight, which may arrive twice.
DELIVERY_THREADS = 4

_kept = threading.local()
_executor = None


def _postman():
    """One SMTP connection per worker thread, kept between jobs (re-opened when it went stale)."""
    postman = getattr(_kept, "postman", None)
    if postman is None:
        from tracker.core.mail import Postman

        postman = _kept.postman = Postman()
    return postman


def _threads():
    """The process's delivery threads, started on first use (in the pool process, after the fork)."""
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(DELIVERY_THREADS, thread_name_prefix="delivery")
    return _executor


@shared_task(bind=True, name=DELIVER_JOB, max_retries=None)
def deliver(self, recipient_id, include_digest=False):
    """Send what the ledger owes one recipient; retry later while a send waits on its backoff."""
    from tracker.reminders.operations.delivery import deliver_to

    result = deliver_to(recipient_id, include_digest=include_digest, postman=_postman())
    if result.retry_in is not None:
        raise self.retry(countdown=result.retry_in)
    return result.sent


@shared_task(name=DELIVER_BATCH_JOB)
def deliver_batch(recipients):
    """Send what the ledger owes each ``[recipient_id, include_digest]`` of a sweep's batch, over
    :data:`DELIVERY_THREADS` threads. A recipient whose send failed gets a job of its own for the
    retry, at its backoff; one whose delivery raised is logged and left to the ledger (still owed,
    the sweep enqueues it again), and the batch goes on with the others."""
    app = current_app._get_current_object()

    def deliver_one(item):
        from tracker.reminders.operations.delivery import deliver_to

        recipient_id, include_digest = item
        with app.app_context():
            try:
                return deliver_to(recipient_id, include_digest=include_digest, postman=_postman())
            except Exception:  # the database went away mid-batch, a bug in one recipient's data
                log.exception("delivery to user %d failed; the ledger still owes it", recipient_id)
                return None

    sent = 0
    for (recipient_id, include_digest), result in zip(recipients, _threads().map(deliver_one, recipients), strict=True):
        if result is None:
            continue
        sent += result.sent
        if result.retry_in is not None:
            deliver.apply_async(args=[recipient_id, include_digest], countdown=result.retry_in)
    return sent
