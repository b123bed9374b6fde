"""The sweep: a plain function of (database, now) that claims every reminder owed.

Only open tasks due by the horizon (today plus the longest lead) can owe anything today: the
sweep cuts them, in deadline order, into chunks of ``REMINDER_CHUNK_SIZE`` (keyset ranges of
``(due_on, id)``, read through the deadline index), each claimed in one transaction by a few
set-based ``INSERT ... SELECT ... ON CONFLICT DO NOTHING`` statements: the ledger's unique key (task,
recipient, kind, deadline in force, occurrence) makes a second sweep, a second beat or a retried
job claim nothing twice. Emails are enqueued only after the commit, by recipient; the delivery job
sends what the ledger says is owed, so a lost job is re-enqueued by the next sweep.

The reads it plans from (the chunks, the recipients' zones and lead days, the count of what is owed)
are in :mod:`tracker.reminders.queries`.
"""

import logging
from dataclasses import dataclass, field
from datetime import date, timedelta

import sqlalchemy as sa
from flask import current_app

from tracker.core.db import UTCDateTime, utcnow
from tracker.extensions import db
from tracker.notifications.operations import tell_reminders
from tracker.notifications.queries import email_off_clause
from tracker.reminders.models import PENDING_STATES, Reminder, ReminderKind, ReminderState, SweepRun
from tracker.reminders.operations import LEDGER_KEY, insert_ignoring_conflicts
from tracker.reminders.policy import DOING_STATUSES, Policy, reminder_day, send_moment
from tracker.reminders.queries import count_owed, plan_chunks, recipient_groups
from tracker.tasks.models import Task, TaskStatus
from tracker.users.models import Role, User

log = logging.getLogger("tracker.reminders")

COLUMNS = [
    "task_id",
    "recipient_id",
    "kind",
    "deadline_key",
    "occurrence",
    "is_digest",
    "state",
    "send_after",
    "local_day",
    "attempts",
    "created_at",
    "enqueued_at",
]


@dataclass
class SweepResult:
    claimed: int = 0
    owed: int = 0
    enqueued: int = 0
    chunks: int = 0
    #: Recipients with reminders to deliver now: id -> include the digest.
    recipients: dict = field(default_factory=dict)


def _days_until(due_on, today):
    """Whole days from ``today`` to ``due_on`` (negative when overdue), computed in SQL."""
    if db.session.get_bind().dialect.name == "postgresql":
        return due_on - sa.cast(sa.literal(today.isoformat()), sa.Date)
    return sa.cast(sa.func.julianday(due_on) - sa.func.julianday(sa.literal(today.isoformat())), sa.Integer)


# --- Planning -----------------------------------------------------------------------------------


def horizon(now, policy, groups):
    """The last deadline that can owe a reminder at ``now``: the latest local today of the
    recipients' zones plus the longest lead any of them chose. Later tasks owe nothing yet."""
    zones = groups or {policy.default_zone: {policy.lead_days: None}}
    return max(
        reminder_day(now, zone_name, policy.send_hour) + timedelta(days=max(max(days or (0,)) for days in leads))
        for zone_name, leads in zones.items()
    )


def _in_chunk(after, upto):
    """The tasks of the chunk ``(after, upto]``: the row comparison makes it exact, the plain range
    on ``due_on`` lets either deadline index find them."""
    key = sa.tuple_(Task.due_on, Task.id)
    conditions = [Task.due_on.is_not(None), Task.due_on <= upto[0], key <= sa.tuple_(*_bound(upto))]
    if after is not None:
        conditions += [Task.due_on >= after[0], key > sa.tuple_(*_bound(after))]
    return conditions


def _bound(bound):
    due_on, task_id = bound
    return sa.literal(due_on, sa.Date), sa.literal(task_id, sa.Integer)


def chunk_bound(value):
    """A chunk bound from a job's JSON (``[iso date, id]``), or as given."""
    if value is None or isinstance(value[0], date):
        return value
    return (date.fromisoformat(value[0]), int(value[1]))


def chunk_bound_json(bound):
    """A chunk bound as a job's JSON carries it: ``[iso date, id]``."""
    return None if bound is None else [bound[0].isoformat(), int(bound[1])]


# --- Claiming -----------------------------------------------------------------------------------


def _claim(select, result):
    table = Reminder.__table__
    statement = (
        insert_ignoring_conflicts(table)
        .from_select(COLUMNS, select)
        .on_conflict_do_nothing(index_elements=LEDGER_KEY)
        .returning(table.c.recipient_id, table.c.is_digest, table.c.task_id, table.c.kind, table.c.state)
    )
    rows = db.session.execute(statement).all()
    result.claimed += len(rows)
    for recipient_id, is_digest, _task_id, _kind, state in rows:
        if not is_digest and state == ReminderState.OWED:
            result.recipients.setdefault(recipient_id, False)
    # Each reminder claimed is also told in Tracker (one executemany per claim).
    tell_reminders([(task_id, recipient_id, kind) for recipient_id, _d, task_id, kind, _s in rows])


def _select(kind, recipient, occurrence, *, where, today, send_after, now, digest):
    # A recipient who chose this kind in Tracker only: claimed (so told once in Tracker) but not emailed.
    email_off = email_off_clause(kind.value, recipient.id)
    state = sa.case((email_off, ReminderState.SKIPPED.value), else_=ReminderState.OWED.value)
    in_digest = recipient.digest_enabled if digest else sa.false()
    # An immediate email owed now is enqueued right after the commit: marked so as it is claimed.
    enqueued_at = sa.null()
    if send_after <= now:
        enqueued_at = sa.case((sa.and_(sa.not_(in_digest), sa.not_(email_off)), sa.literal(now, UTCDateTime())))
    return sa.select(
        Task.id,
        recipient.id,
        sa.literal(kind.value, sa.String),
        sa.cast(Task.due_on, sa.String(10)),
        occurrence,
        in_digest,
        state,
        sa.literal(send_after, UTCDateTime()),
        sa.literal(today, sa.Date),
        sa.literal(0, sa.Integer),
        sa.literal(now, UTCDateTime()),
        enqueued_at,
    ).where(*where)


def claim_chunk(now, after, upto, *, policy=None, groups=None):
    """Claim in the ledger every reminder owed at ``now`` for open tasks with ``after < (due_on, id)
    <= upto`` (``after`` ``None``: from the first).

    Runs in the caller's transaction; returns a :class:`SweepResult` with the immediate recipients.
    """
    policy = policy or Policy.from_config()
    groups = groups if groups is not None else recipient_groups(policy)
    result = SweepResult()
    in_chunk = _in_chunk(chunk_bound(after), chunk_bound(upto))
    doing = Task.status.in_(DOING_STATUSES)
    submitted = Task.status == TaskStatus.SUBMITTED
    for zone_name, lead_groups in groups.items():
        today = reminder_day(now, zone_name, policy.send_hour)
        send_after = send_moment(today, zone_name, policy.send_hour)
        days = _days_until(Task.due_on, today)
        recipient = sa.orm.aliased(User, name="recipient")
        recipient_zone = sa.func.coalesce(recipient.timezone, policy.default_zone)
        in_zone = [recipient.is_active.is_(True), recipient_zone == zone_name]
        assignee = recipient.id == Task.assignee_id
        lead_head = sa.and_(recipient.department_id == Task.lead_department_id, recipient.role == Role.HEAD)
        issuer = recipient.id == Task.issuer_id
        common = dict(today=today, send_after=send_after, now=now)

        # Due soon: the smallest lead day not below the days left, per group of lead-day choices.
        chose_own = [user_id for user_ids in lead_groups.values() if user_ids for user_id in user_ids]
        for lead_days, user_ids in lead_groups.items():
            if not lead_days:
                continue
            if user_ids is None:
                members = recipient.id.not_in(chose_own) if chose_own else sa.true()
            else:
                members = recipient.id.in_(user_ids)
            occurrence = sa.case(*[(days <= lead, f"d{lead}") for lead in sorted(lead_days)])
            # The window on the column itself, so that the (status, due_on) index finds the rows.
            window = [
                *in_chunk,
                *in_zone,
                members,
                Task.due_on >= today,
                Task.due_on <= today + timedelta(days=max(lead_days)),
            ]
            for who, status in (
                (sa.and_(assignee, Task.assignee_id.is_not(None)), doing),
                (sa.and_(lead_head, Task.assignee_id.is_(None)), doing),
                (issuer, submitted),
            ):
                select = _select(
                    ReminderKind.DUE_SOON, recipient, occurrence, where=[*window, who, status], digest=True, **common
                )
                _claim(select.join_from(Task, recipient, who), result)

        # Overdue: the day after, then every N days; to the doing side, or the issuer once submitted.
        over = -days
        occurrence = sa.literal("overdue-", sa.String) + sa.cast((over - 1) // policy.overdue_every, sa.String)
        for who, status in ((assignee, doing), (lead_head, doing), (issuer, submitted)):
            where = [*in_chunk, *in_zone, Task.due_on <= today - timedelta(days=1), status]
            select = _select(ReminderKind.OVERDUE, recipient, occurrence, where=where, digest=True, **common)
            _claim(select.join_from(Task, recipient, who), result)

        # Escalation to the issuer, once per deadline in force; in the daily digest for those who keep it.
        where = [*in_chunk, *in_zone, Task.due_on <= today - timedelta(days=policy.escalate_after), doing]
        occurrence = sa.literal("escalation", sa.String)
        select = _select(ReminderKind.ESCALATION, recipient, occurrence, where=where, digest=True, **common)
        _claim(select.join_from(Task, recipient, issuer), result)

    return result


def take_owed(now, *, grace_seconds=None):
    """Mark owed rows that are due and not enqueued recently; return {recipient_id: True}.

    Catches digests, jobs lost with a broker or a killed worker, and sends whose lease expired.
    """
    grace = grace_seconds if grace_seconds is not None else current_app.config["REMINDER_REENQUEUE_SECONDS"]
    stale = now - timedelta(seconds=grace)
    condition = [
        Reminder.state.in_(PENDING_STATES),
        Reminder.send_after <= now,
        sa.or_(Reminder.enqueued_at.is_(None), Reminder.enqueued_at <= stale),
    ]
    rows = db.session.execute(
        sa.update(Reminder)
        .where(*condition)
        .values(enqueued_at=now)
        .returning(Reminder.recipient_id)
        .execution_options(synchronize_session=False)
    ).all()
    return {recipient_id: True for (recipient_id,) in rows}


# --- The whole sweep ------------------------------------------------------------------------------


def sweep(now=None, *, chunk_size=None, enqueue=None, source="cli", grace_seconds=None):
    """Claim every reminder owed at ``now``, chunk by chunk, committing each; then enqueue deliveries.

    ``enqueue({recipient_id: include_digest})`` is called after each commit (one job per recipient).
    Returns a :class:`SweepResult`.
    """
    now = now or utcnow()
    chunk_size = chunk_size or current_app.config["REMINDER_CHUNK_SIZE"]
    policy = Policy.from_config()
    run = SweepRun(as_of=now, source=source, started_at=utcnow())
    db.session.add(run)
    db.session.commit()
    total = SweepResult()
    groups = recipient_groups(policy)
    chunks = plan_chunks(chunk_size, horizon(now, policy, groups))
    for after, upto in chunks:
        result = claim_chunk(now, after, upto, policy=policy, groups=groups)
        db.session.commit()
        total.claimed += result.claimed
        total.chunks += 1
        _enqueue_all(result.recipients, enqueue, total)
    owed_recipients = take_owed(now, grace_seconds=grace_seconds)
    total.owed = count_owed(now)
    db.session.commit()
    _enqueue_all(owed_recipients, enqueue, total)
    run = db.session.get(SweepRun, run.id)
    run.claimed, run.owed, run.enqueued, run.finished_at = total.claimed, total.owed, total.enqueued, utcnow()
    db.session.commit()
    log.info(
        "sweep as of %s: %d chunks, %d claimed, %d owed, %d recipients enqueued",
        now.isoformat(),
        total.chunks,
        total.claimed,
        total.owed,
        total.enqueued,
    )
    return total


def _enqueue_all(recipients, enqueue, total):
    for recipient_id, include_digest in recipients.items():
        total.recipients[recipient_id] = total.recipients.get(recipient_id, False) or include_digest
    if enqueue is not None and recipients:
        try:
            enqueue(recipients)
        except Exception:  # broker down: the rows stay owed; a later sweep enqueues them again
            log.exception("enqueueing %d deliveries failed; the next sweeps retry", len(recipients))
            return
    total.enqueued += len(recipients)


# --- The sweep shared by workers (the beat tick) --------------------------------------------------


def start_tick(now, *, chunk_size=None, enqueue_chunk, enqueue):
    """The beat's tick: enqueue what is owed and unsent (digests of the last tick, lost jobs), then
    one chunk job per keyset range so that several workers share the claiming. Returns the run id.
    """
    chunk_size = chunk_size or current_app.config["REMINDER_CHUNK_SIZE"]
    run = SweepRun(as_of=now, source="beat", started_at=utcnow())
    db.session.add(run)
    owed_recipients = take_owed(now)
    run.owed = count_owed(now)
    run.enqueued = len(owed_recipients)
    policy = Policy.from_config()
    chunks = plan_chunks(chunk_size, horizon(now, policy, recipient_groups(policy)))
    if not chunks:
        run.finished_at = utcnow()
    db.session.commit()
    if owed_recipients:
        enqueue(owed_recipients)
    for after, upto in chunks:
        enqueue_chunk(run.id, after, upto)
    return run.id


def run_chunk(run_id, now, after, upto, *, enqueue):
    """Claim one chunk of a tick in one transaction, then enqueue its immediate deliveries."""
    result = claim_chunk(now, after, upto)
    db.session.execute(
        sa.update(SweepRun)
        .where(SweepRun.id == run_id)
        .values(
            claimed=SweepRun.claimed + result.claimed,
            enqueued=SweepRun.enqueued + len(result.recipients),
            finished_at=utcnow(),
        )
    )
    db.session.commit()
    if result.recipients:
        enqueue(result.recipients)
    return result
