"""Delivery: turn a recipient's owed ledger rows into emails, and mark them sent only once accepted.

Each message (one immediate reminder, or the day's digest) is claimed with a conditional UPDATE
(``owed`` -> ``sending`` with a lease in ``send_after``) before it is sent, so a row already sent,
or being sent by another worker, is never sent again. A failed send goes back to ``owed`` with the
next delay of the backoff table in ``send_after``; after the last attempt it is ``failed`` and stays
visible until ``flask reminders retry-failed`` replays it.
"""

import logging
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from itertools import groupby

import sqlalchemy as sa
from flask import current_app
from sqlalchemy.orm import Session, object_session

from tracker.core.db import utcnow
from tracker.core.mail import Postman, build_message, render_email
from tracker.extensions import db
from tracker.reminders import queries
from tracker.reminders.models import PENDING_STATES, Reminder, ReminderKind, ReminderState
from tracker.reminders.policy import deadline_key
from tracker.tasks.models import ExtensionRequest, TaskUpdate

log = logging.getLogger("tracker.reminders")

#: The ledger's table: its state changes are plain SQL UPDATEs (the ORM's bulk-update machinery cost
#: about a millisecond of CPU per statement, for rows the session never holds).
LEDGER = Reminder.__table__

# The statements a delivery runs for every email, built once with bound parameters: building them
# anew for each email cost more CPU than executing them.
_CLAIM = (
    sa.update(LEDGER)
    .where(
        LEDGER.c.id.in_(sa.bindparam("ids", expanding=True)),
        LEDGER.c.state.in_(PENDING_STATES),
        LEDGER.c.send_after <= sa.bindparam("now", type_=LEDGER.c.send_after.type),
    )
    .values(
        state=ReminderState.SENDING,
        send_after=sa.bindparam("lease", type_=LEDGER.c.send_after.type),
        attempts=LEDGER.c.attempts + 1,
    )
    .returning(LEDGER.c.id)
)
_MARK_SENT = (
    sa.update(LEDGER)
    .where(LEDGER.c.id.in_(sa.bindparam("ids", expanding=True)), LEDGER.c.state == ReminderState.SENDING)
    .values(state=ReminderState.SENT, sent_at=sa.bindparam("sent_at", type_=LEDGER.c.sent_at.type), last_error=None)
)

DEADLINE_KINDS = (ReminderKind.DUE_SOON, ReminderKind.OVERDUE, ReminderKind.ESCALATION)
TEMPLATES = {
    ReminderKind.ASSIGNED: "assigned",
    ReminderKind.DUE_SOON: "deadline",
    ReminderKind.OVERDUE: "deadline",
    ReminderKind.ESCALATION: "escalation",
    ReminderKind.APPROVAL_NEEDED: "approval_needed",
    ReminderKind.OUTCOME: "outcome",
    ReminderKind.EXTENSION_REQUESTED: "notification",
    ReminderKind.MENTIONED: "notification",
    ReminderKind.FOLLOWED_UPDATE: "notification",
}


@dataclass
class DeliveryResult:
    sent: int = 0
    failed: int = 0
    #: Seconds until the earliest retry of a failed send, or ``None`` when nothing waits.
    retry_in: int | None = None


def backoff_table():
    return list(current_app.config["REMINDER_RETRY_BACKOFF"])


def max_attempts():
    return len(backoff_table()) + 1


def task_url(task_id):
    return f"{current_app.config['TRACKER_BASE_URL']}/tasks/{task_id}"


def settings_url():
    return f"{current_app.config['TRACKER_BASE_URL']}/settings"


def deliver_to(recipient_id, now=None, *, include_digest=True, postman=None):
    """Send what the ledger owes one recipient at ``now``: each immediate reminder, then the digest."""
    now = now or utcnow()
    result = DeliveryResult()
    with _ledger_session() as session:
        rows = queries.owed_to(session, recipient_id, now)
        stale = [row.id for row in rows if _outdated(row)]
        if stale:
            _skip(session, stale, now)
            rows = [row for row in rows if row.id not in set(stale)]
        batches = [[row] for row in rows if not row.is_digest]
        digest = [row for row in rows if row.is_digest]
        if digest and include_digest:
            batches.append(digest)
        if not batches:
            return result
        own_postman = postman is None
        postman = postman or Postman()
        try:
            for batch in batches:
                _deliver_batch(session, recipient_id, batch, now, postman, result)
        finally:
            if own_postman:
                postman.close()
    return result


@contextmanager
def _ledger_session():
    """A session on one connection for the whole delivery, every statement committing on its own.

    Each ledger change is a single conditional UPDATE, atomic by itself, so it needs no transaction
    around it: in autocommit each costs one round trip, where BEGIN, the statement and COMMIT (or the
    ROLLBACK that ended the read) cost three, and a connection taken from the pool for the whole job
    is checked (``pool_pre_ping``) once instead of once per transaction. On PostgreSQL that was 12
    round trips per email, now 4. The caller's session, and whatever it holds, is left alone.
    """
    with (
        db.engine.connect() as connection,
        Session(connection.execution_options(isolation_level="AUTOCOMMIT")) as session,
    ):
        yield session


def _outdated(row):
    """A deadline reminder whose task closed, or whose deadline moved, since it was claimed."""
    if row.kind not in DEADLINE_KINDS:
        return False
    return not row.task.is_open or row.deadline_key != deadline_key(row.task.due_on)


def _skip(session, ids, now):
    """End outdated rows ``skipped``: owed ones, and ``sending`` ones whose lease expired (a killed
    worker's send: left ``sending``, they were re-enqueued at every interval for ever). A send in
    progress elsewhere (its lease running) is left to finish."""
    session.execute(
        sa.update(LEDGER)
        .where(
            LEDGER.c.id.in_(ids),
            LEDGER.c.state.in_(PENDING_STATES),
            LEDGER.c.send_after <= sa.bindparam("now", now, type_=LEDGER.c.send_after.type),
        )
        .values(state=ReminderState.SKIPPED, last_error="task closed or deadline moved before sending")
    )
    log.info("reminders %s skipped: task closed or deadline moved", ids)


def _prepare(batch):
    ids = [row.id for row in batch]
    attempt = max(row.attempts for row in batch) + 1
    try:
        message = compose(batch[0].recipient, batch)
    except Exception as error:  # a template or data error: recorded as this attempt's failure
        log.exception("reminders %s: composing the email failed", ids)
        message = error
    return ids, attempt, message


def _claim_send(session, ids, now):
    """Take the rows for this send: a conditional UPDATE, so only one worker sends them."""
    lease = now + timedelta(seconds=current_app.config["REMINDER_SEND_LEASE_SECONDS"])
    claimed = session.execute(_CLAIM, {"ids": list(ids), "now": now, "lease": lease}).all()
    return sorted(row_id for (row_id,) in claimed)


def _deliver_batch(session, recipient_id, batch, now, postman, result):
    ids, attempt, message = _prepare(batch)
    claimed = _claim_send(session, ids, now)
    if not claimed:
        return  # sent, or being sent, by another worker
    if claimed != sorted(ids):  # another worker took part of a digest: send only the rest
        rows = queries.ledger_rows(session, claimed)
        ids, attempt, message = _prepare(rows)
    try:
        if isinstance(message, Exception):
            raise message
        postman.send(message)
    except Exception as error:  # SMTP refused or unreachable: back off, and give up after the maximum
        _failed(session, ids, attempt, error, result, now)
        return
    session.execute(_MARK_SENT, {"ids": list(ids), "sent_at": utcnow()})
    result.sent += 1
    log.info("reminders %s sent to user %d (attempt %d/%d)", ids, recipient_id, attempt, max_attempts())


def _failed(session, ids, attempt, error, result, now):
    backoff, limit = backoff_table(), max_attempts()
    reason = f"{type(error).__name__}: {error}"[:1000]
    if attempt >= limit:
        values = dict(state=ReminderState.FAILED, last_error=reason)
        log.error("reminders %s: attempt %d/%d failed, giving up: %s", ids, attempt, limit, reason)
        result.failed += 1
    else:
        delay = backoff[attempt - 1]
        values = dict(
            state=ReminderState.OWED, last_error=reason, send_after=now + timedelta(seconds=delay), enqueued_at=now
        )
        log.warning("reminders %s: attempt %d/%d failed, next in %d s: %s", ids, attempt, limit, delay, reason)
        result.retry_in = delay if result.retry_in is None else min(result.retry_in, delay)
    session.execute(
        sa.update(LEDGER).where(LEDGER.c.id.in_(ids), LEDGER.c.state == ReminderState.SENDING).values(**values)
    )


# --- Composing ----------------------------------------------------------------------------------


def compose(recipient, rows):
    """One email for one recipient: a single reminder, or the digest of several."""
    if len(rows) == 1 and not rows[0].is_digest:
        row = rows[0]
        name = TEMPLATES[row.kind]
        context = dict(reminder=row, task=row.task, task_url=task_url(row.task_id), **_event_context(row))
    else:
        name = "digest"
        context = dict(groups=digest_groups(rows, recipient.locale), count=len({row.task_id for row in rows}))
    subject, text, html = render_email(
        name,
        recipient.locale,
        recipient=recipient,
        settings_url=settings_url(),
        task_url_of=task_url,
        days_overdue=days_overdue,
        **context,
    )
    # Every id of the message, comma and space apart: the header is folded at the spaces (a digest of
    # hundreds of reminders would otherwise be one line over SMTP's 998 characters).
    ids = ", ".join(str(row.id) for row in rows)
    return build_message(recipient.email, subject, text, html, headers={"X-Tracker-Reminders": ids})


def days_overdue(row):
    """Whole days the row's task was past its deadline on the day the reminder was owed (the
    recipient's local day), or ``None`` without a deadline."""
    due_on = row.task.due_on
    if due_on is None:
        return None
    day = row.local_day or utcnow().date()
    return max(0, (day - due_on).days)


def digest_groups(rows, language=None):
    """Escalations first, then overdue, then due soon; within each, tasks grouped by lead department
    (named in ``language``, the recipient's)."""

    def department(row):
        return row.task.lead_department.name_in(language)

    by_task = {}
    for row in rows:
        if row.kind == ReminderKind.ESCALATION:
            continue
        current = by_task.get(row.task_id)
        if current is None or row.kind == ReminderKind.OVERDUE:
            by_task[row.task_id] = row
    escalated = [row for row in rows if row.kind == ReminderKind.ESCALATION]
    sections = []
    for kind in (ReminderKind.ESCALATION, ReminderKind.OVERDUE, ReminderKind.DUE_SOON):
        pool = escalated if kind == ReminderKind.ESCALATION else by_task.values()
        chosen = sorted(
            (row for row in pool if row.kind == kind),
            key=lambda row: (department(row), row.task.due_on, row.task_id),
        )
        departments = [(name, list(items)) for name, items in groupby(chosen, key=department)]
        if departments:
            sections.append((kind.value, departments))
    return sections


def _event_context(row):
    """What an outcome email needs: the action and its comment (from the occurrence key)."""
    action, _, ref = row.occurrence.partition(":")
    context = {"action": action, "comment": None, "new_due_on": None, "notification": None}
    if ref.startswith("n") and ref[1:].isdigit():  # an event told in Tracker: the email says the same
        from tracker.notifications.models import Notification

        context["notification"] = _session_of(row).get(Notification, int(ref[1:]))
    if ref.startswith("u") and ref[1:].isdigit():
        update = _session_of(row).get(TaskUpdate, int(ref[1:]))
        context["comment"] = update.comment if update else None
    elif ref.startswith("x") and ref[1:].isdigit():
        extension = _session_of(row).get(ExtensionRequest, int(ref[1:]))
        if extension is not None:
            context["comment"] = extension.decision_comment
            context["new_due_on"] = extension.requested_due_on
    return context


def _session_of(row):
    """The session that loaded ``row`` (the delivery's own), else the application's."""
    return object_session(row) or db.session
