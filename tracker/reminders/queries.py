"""Reading the reminder ledger: the administrators' page."""

import sqlalchemy as sa
from sqlalchemy.orm import joinedload

from tracker.extensions import db
from tracker.reminders.models import Reminder
from tracker.users import queries as user_queries


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
