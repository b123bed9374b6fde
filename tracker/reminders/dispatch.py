"""Hand deliveries to the workers: one job per recipient, by name, so the domain needs no worker import."""

from flask import current_app

DELIVER_JOB = "reminders.deliver"
DELIVER_BATCH_JOB = "reminders.deliver_batch"
SWEEP_CHUNK_JOB = "reminders.sweep_chunk"
#: Recipients per delivery job from a sweep. A job has a fixed cost (publishing it: a file on the
#: embedded broker, a Redis round trip; taking it: a millisecond or two of the worker's CPU): at
#: 50,000 reminders a day, a job per recipient made the enqueueing alone take 18 s. Fifty recipients
#: take a worker process a fraction of a second, so the jobs still spread over the processes.
RECIPIENTS_PER_JOB = 50


def enqueue_delivery(recipient_id, include_digest=False):
    """Enqueue the delivery job for one recipient.

    ``REMINDER_DELIVERY = "inline"`` delivers in this process instead, in a fresh application
    context (a fresh session: this runs right after the caller's commit). It is meant for the
    CLI's ``--sync`` and for tests that watch a real SMTP server, not for the web.
    """
    if current_app.config.get("REMINDER_DELIVERY") == "inline":
        from tracker.reminders.operations.delivery import deliver_to

        with current_app.app_context():
            deliver_to(recipient_id, include_digest=include_digest)
        return
    current_app.extensions["celery"].send_task(DELIVER_JOB, args=[recipient_id, include_digest])


def enqueue_deliveries(recipients):
    """Enqueue the deliveries to ``{recipient_id: include_digest}``: one job per
    :data:`RECIPIENTS_PER_JOB` recipients (``reminders.deliver_batch``); returns the number of jobs.

    Measured per job on the filesystem broker, this halves the publishing CPU: one producer
    connection for the batch (a connection per job cost milliseconds each), the queue declared once
    for the batch instead of at every publish, and the arguments' display form (``argsrepr``)
    written directly rather than through Celery's generic ``saferepr``.
    """
    if current_app.config.get("REMINDER_DELIVERY") == "inline":
        for recipient_id, include_digest in recipients.items():
            enqueue_delivery(recipient_id, include_digest)
        return len(recipients)
    items = [[int(recipient_id), bool(include_digest)] for recipient_id, include_digest in recipients.items()]
    celery = current_app.extensions["celery"]
    queue = celery.amqp.queues[celery.conf.task_default_queue]
    jobs = 0
    with celery.producer_or_acquire() as producer:
        producer.maybe_declare(queue)
        for start in range(0, len(items), RECIPIENTS_PER_JOB):
            args = [items[start : start + RECIPIENTS_PER_JOB]]
            celery.send_task(
                DELIVER_BATCH_JOB,
                args=args,
                producer=producer,
                queue=queue,
                declare=[],
                argsrepr=f"[{len(args[0])} recipients]",
                kwargsrepr="{}",
                ignore_result=True,
            )
            jobs += 1
    return jobs
