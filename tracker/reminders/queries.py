"""Reading the reminder ledger: the administrators' page and the operator's health line, the sweep's
plan, and what a delivery finds owed."""

from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from flask import current_app
from sqlalchemy.orm import joinedload

from tracker.core.db import utcnow
from tracker.departments.models import Department
from tracker.extensions import db
from tracker.reminders.models import PENDING_STATES, Reminder, ReminderState, SweepRun
from tracker.tasks.models import OPEN_STATUSES, Task
from tracker.users import queries as user_queries
from tracker.users.models import User


def ledger(task_id=None, user_q=None, state=None):
    """The ledger's entries, newest first: of one task, to the users ``user_q`` names (an id or a
    part of a name or email), in one state; a filter left empty is not applied."""
    query = (
        sa.select(Reminder)
        .options(joinedload(Reminder.recipient), joinedload(Reminder.task))
        .order_by(Reminder.id.desc())
    )
    if task_id is not None:
        query = query.where(Reminder.task_id == task_id)
    if user_q:
        query = query.where(Reminder.recipient_id.in_(user_queries.matching_ids(user_q)))
    if state:
        query = query.where(Reminder.state == state)
    return query


def ledger_page(page, per_page, **filters):
    return db.paginate(ledger(**filters), page=page, per_page=per_page, error_out=False)


# --- What an operator asks: how many reminders are owed, sent, failed; when did the sweep last run


def counts():
    """``{state: count}`` for every state of the ledger."""
    rows = db.session.execute(sa.select(Reminder.state, sa.func.count()).group_by(Reminder.state)).all()
    result = {state.value: 0 for state in ReminderState}
    result.update({ReminderState(state).value: count for state, count in rows})
    return result


@dataclass
class Health:
    last_run: SweepRun | None
    counts: dict
    #: True when the last sweep started longer ago than three sweep intervals.
    is_late: bool

    @property
    def last_started_at(self) -> datetime | None:
        return self.last_run.started_at if self.last_run else None


def health(now=None):
    now = now or utcnow()
    last = db.session.scalar(sa.select(SweepRun).order_by(SweepRun.started_at.desc(), SweepRun.id.desc()).limit(1))
    interval = timedelta(seconds=3 * current_app.config["REMINDER_SWEEP_SECONDS"])
    late = last is None or last.started_at < now - interval
    return Health(last_run=last, counts=counts(), is_late=late)


def count_owed(now):
    """Reminders owed or being sent whose time has come."""
    return db.session.scalar(
        sa.select(sa.func.count())
        .select_from(Reminder)
        .where(Reminder.state.in_(PENDING_STATES), Reminder.send_after <= now)
    )


# --- The sweep's plan (tracker.reminders.operations.sweep) ----------------------------------------


def _open_with_deadline():
    return sa.and_(Task.status.in_(OPEN_STATUSES), Task.due_on.is_not(None))


def plan_chunks(chunk_size, until):
    """Keyset ranges ``(after, upto]`` of ``(due_on, id)``, each of at most ``chunk_size`` open tasks
    due by ``until`` (``after`` is ``None`` for the first).

    One pass over the deadline index numbers those tasks in deadline order and keeps every
    ``chunk_size``-th as a boundary. Cut by deadline, a chunk's tasks are one range of the deadline
    indexes, so each claim reads its own tasks only: cut by task id, as before, the claims of every
    chunk read the whole window of deadlines (at a million tasks, 26 s of SQL for 50,000 reminders).
    """
    candidates = sa.and_(_open_with_deadline(), Task.due_on <= until)
    order = (Task.due_on, Task.id)
    numbered = (
        sa.select(Task.due_on, Task.id, sa.func.row_number().over(order_by=order).label("n"))
        .where(candidates)
        .subquery()
    )
    bounds = [
        (due_on, task_id)
        for due_on, task_id in db.session.execute(
            sa.select(numbered.c.due_on, numbered.c.id)
            .where(numbered.c.n % chunk_size == 0)
            .order_by(numbered.c.due_on, numbered.c.id)
        )
    ]
    last = db.session.execute(
        sa.select(Task.due_on, Task.id).where(candidates).order_by(Task.due_on.desc(), Task.id.desc()).limit(1)
    ).first()
    if last is None:
        return []
    last = (last.due_on, last.id)
    if not bounds or bounds[-1] != last:
        bounds.append(last)
    return list(zip([None, *bounds[:-1]], bounds, strict=True))


def recipient_groups(policy):
    """Per time zone of active users: ``{lead_days: user ids}``, where the policy's own lead days map
    to ``None`` ("everyone else"), so the common case needs no list of ids in the SQL."""
    rows = db.session.execute(
        sa.select(User.id, User.timezone, User.reminder_lead_days).where(User.is_active.is_(True))
    ).all()
    zones = {}
    for user_id, zone_name, lead_days in rows:
        groups = zones.setdefault(zone_name or policy.default_zone, {policy.lead_days: None})
        chosen = policy.lead_days_for(lead_days)
        if chosen != policy.lead_days:
            groups.setdefault(chosen, []).append(user_id)
    return zones


# --- What a delivery finds owed (tracker.reminders.operations.delivery) --------------------------
# Both read in the delivery's own session. The read of every delivery is built once, with bound
# parameters: building it anew for each email cost more CPU than executing it.

#: The ledger's other states. The read says "not one of those" rather than "owed or sending": the
#: same rows, but only the recipient's index can find them. Asked for "owed or sending" before that
#: day's ANALYZE had seen the ledger fill (a big sweep on a fresh day), SQLite went by the (state,
#: send_after) index and read every owed row of everybody for each delivery: at 50,000 owed
#: reminders, most of a delivery's time.
_SETTLED_STATES = tuple(state for state in ReminderState if state not in PENDING_STATES)
_OWED_ROWS = (
    sa.select(Reminder)
    .where(
        Reminder.recipient_id == sa.bindparam("recipient_id"),
        Reminder.state.not_in(_SETTLED_STATES),
        Reminder.send_after <= sa.bindparam("now", type_=Reminder.__table__.c.send_after.type),
    )
    .options(
        # Only the columns the emails and the staleness check read (the whole rows were 75 columns
        # over four joins, and turning result columns into Python cost more than the query itself).
        # Any other attribute still loads when something reads it.
        joinedload(Reminder.task)
        .load_only(Task.title, Task.status, Task.due_on, Task.deadline_text, Task.lead_department_id)
        .joinedload(Task.lead_department)
        .load_only(Department.name, Department.names),
        joinedload(Reminder.recipient).load_only(User.email, User.name, User.locale).lazyload(User.department),
    )
    .order_by(Reminder.id)
)


def owed_to(session, recipient_id, now):
    """The rows owed to one recipient at ``now`` (owed, or ``sending`` with an expired lease), with
    what their emails show, in ledger order."""
    return session.scalars(_OWED_ROWS, {"recipient_id": recipient_id, "now": now}).unique().all()


def ledger_rows(session, ids):
    """The ledger rows ``ids``, in ledger order."""
    return session.scalars(sa.select(Reminder).where(Reminder.id.in_(ids)).order_by(Reminder.id)).all()
