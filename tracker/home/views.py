"""The signed-in user's start page: "My tasks"."""

from flask import render_template, request
from flask_login import current_user, login_required

from tracker.home import bp
from tracker.notifications.queries import waiting_for
from tracker.tasks import queries
from tracker.tasks.pages import list_context, open_by_default, task_page
from tracker.tasks.timing import today_local

FILTER_NAMES = ("status", "timing", "q", "due_from", "due_to", "assignee_id", "meeting_id", "department_id")


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
        counts=queries.glance_counts(current_user, today),
        to_review=waiting.to_approve,
        waiting=waiting,
        **list_context(filters, view="mine"),
    )
