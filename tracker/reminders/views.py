"""The reminder ledger for administrators: filter by task, user and state; the sweep's health line."""

import sqlalchemy as sa
from flask import current_app, render_template, request
from flask_login import current_user, login_required
from sqlalchemy.orm import joinedload

from tracker.core.integers import to_id
from tracker.core.permissions import can_view_reminder_ledger, require
from tracker.extensions import db
from tracker.reminders import bp
from tracker.reminders.models import Reminder, ReminderState
from tracker.reminders.status import health
from tracker.users import queries as user_queries
from tracker.users.models import User


@bp.before_request
@login_required
def guard():
    require(can_view_reminder_ledger(current_user))


def _int_arg(name):
    value = (request.args.get(name) or "").strip()
    return to_id(value)  # junk or beyond the database's range: no filter


@bp.route("/")
def index():
    task_id = _int_arg("task_id")
    user_q = (request.args.get("user") or "").strip()
    state = request.args.get("state") or ""
    query = (
        sa.select(Reminder)
        .options(joinedload(Reminder.recipient), joinedload(Reminder.task))
        .order_by(Reminder.id.desc())
    )
    if task_id is not None:
        query = query.where(Reminder.task_id == task_id)
    if user_q:
        users = sa.select(User.id).where(
            User.id == to_id(user_q) if user_q.isdigit() else user_queries.matching_text(user_q)
        )
        query = query.where(Reminder.recipient_id.in_(users))
    if state in {s.value for s in ReminderState}:
        query = query.where(Reminder.state == state)
    pagination = db.paginate(query, per_page=current_app.config["TRACKER_PAGE_SIZE"], error_out=False)
    return render_template(
        "reminders/ledger.html",
        pagination=pagination,
        task_id=task_id,
        user_q=user_q,
        state=state,
        states=[s.value for s in ReminderState],
        health=health(),
    )
