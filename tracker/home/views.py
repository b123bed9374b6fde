"""The signed-in user's start page: "My tasks"."""

import sqlalchemy as sa
from flask import render_template, request
from flask_login import current_user, login_required

from tracker.extensions import db
from tracker.home import bp
from tracker.notifications.waiting import waiting_for
from tracker.tasks import queries, summaries
from tracker.tasks.models import OPEN_STATUSES, Task, Timing
from tracker.tasks.pages import list_context, open_by_default, task_page
from tracker.tasks.timing import timing_clause, today_local

FILTER_NAMES = ("status", "timing", "q", "due_from", "due_to", "assignee_id", "meeting_id", "department_id")


def glance_counts(user, today):
    """How many of the user's open tasks are overdue and due soon, in one statement.

    A head's share (the department's unassigned tasks) is summed from the kept counts
    (tracker/tasks/summaries.py) beside their own assigned tasks; anyone else's is one query on
    their own tasks.
    """
    kept = {
        timing: summaries.count_expression(user, queries.TaskFilters(mine=True, timing=timing), today)
        for timing in ("overdue", "due_soon")
    }
    if all(expression is not None for expression in kept.values()):
        row = db.session.execute(sa.select(kept["overdue"], kept["due_soon"])).one()
        return {"overdue": int(row[0]), "due_soon": int(row[1])}
    overdue = timing_clause(Timing.OVERDUE, today)
    due_soon = timing_clause(Timing.DUE_SOON, today)
    row = db.session.execute(
        sa.select(
            sa.func.coalesce(sa.func.sum(sa.case((overdue, 1), else_=0)), 0),
            sa.func.coalesce(sa.func.sum(sa.case((due_soon, 1), else_=0)), 0),
        ).where(queries.mine_clause(user), Task.status.in_(OPEN_STATUSES))
    ).one()
    return {"overdue": int(row[0]), "due_soon": int(row[1])}


@bp.route("/")
@login_required
def index():
    filtered = any(request.args.get(name) for name in FILTER_NAMES)
    filters = queries.TaskFilters.from_args(request.args, mine=True, **open_by_default())
    page = task_page(filters)
    today = today_local()
    waiting = waiting_for(current_user)
    return render_template(
        "home/index.html",
        page=page,
        filtered=filtered,
        counts=glance_counts(current_user, today),
        to_review=waiting.to_approve,
        waiting=waiting,
        **list_context(filters, view="mine"),
    )
