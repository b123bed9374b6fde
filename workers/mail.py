"""The sending jobs: one recipient (an event's email, a retry), or a batch of a sweep's recipients;
retried on the backoff table of ``REMINDER_RETRY_BACKOFF``.

The ledger holds the truth (attempts, next try, last error); the job only re-runs the delivery when
the earliest failed send is due again. ``attempt n/max`` is logged by ``tracker.reminders.delivery``.
"""

import logging

from celery import shared_task

from tracker.reminders.dispatch import DELIVER_BATCH_JOB, DELIVER_JOB

log = logging.getLogger("tracker.reminders")

_kept = None


def _postman():
    """One SMTP connection per worker process, kept between jobs (re-opened when it went stale)."""
    global _kept
    if _kept is None:
        from tracker.core.mail import Postman

        _kept = Postman()
    return _kept


@shared_task(bind=True, name=DELIVER_JOB, max_retries=None)
def deliver(self, recipient_id, include_digest=False):
    """Send what the ledger owes one recipient; retry later while a send waits on its backoff."""
    from tracker.reminders.delivery import deliver_to

    result = deliver_to(recipient_id, include_digest=include_digest, postman=_postman())
    if result.retry_in is not None:
        raise self.retry(countdown=result.retry_in)
    return result.sent


@shared_task(name=DELIVER_BATCH_JOB)
def deliver_batch(recipients):
    """Send what the ledger owes each ``[recipient_id, include_digest]`` of a sweep's batch, in turn,
    over the process's SMTP connection. A recipient whose send failed gets a job of its own for the
    retry, at its backoff; one whose delivery raised is logged and left to the ledger (still owed,
    the sweep enqueues it again), and the batch goes on with the next."""
    from tracker.extensions import db
    from tracker.reminders.delivery import deliver_to

    sent = 0
    for recipient_id, include_digest in recipients:
        try:
            result = deliver_to(recipient_id, include_digest=include_digest, postman=_postman())
        except Exception:  # the database went away mid-batch, a bug in one recipient's data
            log.exception("delivery to user %d failed; the ledger still owes it", recipient_id)
            db.session.remove()
            continue
        sent += result.sent
        if result.retry_in is not None:
            deliver.apply_async(args=[recipient_id, include_digest], countdown=result.retry_in)
    return sent
