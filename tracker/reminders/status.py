"""What an operator asks: how many reminders are owed, sent, failed; when did the sweep last run."""

from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from flask import current_app

from tracker.core.db import utcnow
from tracker.extensions import db
from tracker.reminders.models import Reminder, ReminderState, SweepRun


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
