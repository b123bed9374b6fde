"""The reminder ledger for administrators: filter by task, user and state; the sweep's health line."""

from flask import current_app, render_template
from flask_login import current_user, login_required

from tracker.core.args import QueryArgs
from tracker.core.permissions import can_view_reminder_ledger, require
from tracker.reminders import bp
from tracker.reminders.models import ReminderState
from tracker.reminders.queries import health, ledger_page


@bp.before_request
@login_required
def guard():
    require(can_view_reminder_ledger(current_user))


@bp.route("/")
def index():
    read = QueryArgs()
    states = [s.value for s in ReminderState]
    task_id, user_q, state = read.id("task_id"), read.text("user") or "", read.choice("state", states)
    page = read.page()
    read.note()
    pagination = ledger_page(
        task_id=task_id, user_q=user_q, state=state, page=page, per_page=current_app.config["TRACKER_PAGE_SIZE"]
    )
    return render_template(
        "reminders/ledger.html",
        pagination=pagination,
        task_id=task_id,
        user_q=user_q,
        state=state or "",
        states=states,
        health=health(),
    )
