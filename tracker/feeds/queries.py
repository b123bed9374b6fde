"""Reading for the feeds: whose calendar a secret address is, the deadlines a calendar feed lists,
and the tasks an export writes."""

from datetime import timedelta

import sqlalchemy as sa
from sqlalchemy.orm import joinedload

from tracker.extensions import db
from tracker.meetings.models import Meeting
from tracker.tasks.models import OPEN_STATUSES, Task
from tracker.tasks.queries import _order, filtered_select, involvement, list_options, mine_clause, restrict
from tracker.users.models import User, hash_token

#: Open tasks with a deadline up to this far back still appear (they are overdue, not forgotten).
LOOKBACK = timedelta(days=365)
MAX_EVENTS = 5000
#: What a calendar feed lists: the user's own work, or their department's.
SCOPES = ("mine", "department")
#: An export reads its tasks from the database this many at a time.
BATCH = 1000


def user_for_token(token):
    """The active user whose calendar token this is, or ``None``.

    Only the token's SHA-256 is stored (``User.calendar_token``), as for API tokens: a copy of the
    database gives no working feed address.
    """
    if not token or len(token) > 64:
        return None
    user = db.session.scalar(sa.select(User).where(User.calendar_token == hash_token(token)))
    return user if user is not None and user.is_active else None


def feed_tasks(user, scope, today):
    """Open tasks with a deadline: the user's own work, or everything their department is part of."""
    conditions = [Task.status.in_(OPEN_STATUSES), Task.due_on.is_not(None), Task.due_on >= today - LOOKBACK]
    branches = [[mine_clause(user)]] if scope == "mine" else involvement(user.department_id)
    query = (
        restrict(sa.select(Task), conditions, branches)
        .options(*list_options())
        .order_by(Task.due_on, Task.id)
        .limit(MAX_EVENTS)
    )
    return db.session.scalars(query).unique().all()


def exported_tasks(user, filters, today, limit, ids=None):
    """The tasks ``user`` may see that match ``filters`` (of ``ids`` only, when given), in list
    order, at most ``limit``, with their meeting: a result read from the database in batches of
    :data:`BATCH` as it is iterated, so that a large export never sits in memory at once."""
    selected = filtered_select(user, filters, today)
    if ids is not None:
        selected = selected.where(Task.id.in_(ids))
    query = (
        selected.options(
            *list_options(), joinedload(Task.meeting).load_only(Meeting.id, Meeting.title, Meeting.held_on)
        )
        .order_by(*_order(filters.sort))
        .limit(limit)
        .execution_options(yield_per=BATCH)
    )
    # Only many-to-one rows are joined, so no de-duplication (which would defeat yield_per) is needed.
    return db.session.scalars(query)
