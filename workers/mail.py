"""The sending job: one per recipient, retried on the backoff table of ``REMINDER_RETRY_BACKOFF``.

The ledger holds the truth (attempts, next try, last error); the job only re-runs the delivery when
the earliest failed send is due again. ``attempt n/max`` is logged by ``tracker.reminders.delivery``.
"""

from celery import shared_task

from tracker.reminders.dispatch import DELIVER_JOB

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
