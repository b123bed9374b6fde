"""What the task pages share with the other domains' pages: the lists' page and context, the task
page and how a refused form on it is shown again.

The start page (``tracker/home``) shows a task list, and the discussion (``tracker/comments``)
posts its forms from the task page; both use these helpers, never the task views themselves.
"""

from flask import abort, current_app, render_template, request
from flask_babel import gettext as _
from flask_login import current_user

from tracker.core.errors import Conflict
from tracker.core.permissions import (
    can_assign_task,
    can_decide_extension,
    can_edit_task,
    can_request_extension,
    can_update_task,
    can_view_task,
    require,
)
from tracker.core.web import Page
from tracker.meetings import queries as meeting_queries
from tracker.tasks import operations, queries, storage
from tracker.tasks.models import ExtensionStatus, TaskStatus, Timing
from tracker.tasks.timing import DUE_SOON_DAYS, timing_of, today_local
from tracker.users import queries as user_queries

# --- Lists --------------------------------------------------------------------------------------------


def task_page(filters):
    """One page of the tasks the signed-in user may see matching ``filters``; filters that could not
    be read are named in a note above the page."""
    if filters.read is not None:
        filters.read.note()
    items, total = queries.listed_tasks(current_user, filters, count_cap=current_app.config["TRACKER_SEARCH_COUNT_CAP"])
    return Page(items, total, max(1, filters.page or 1), queries.page_size(filters))


def list_context(filters, assignee_department_id=None, **extra):
    """What the list templates need besides the page: filter choices, today, the meeting filtered on."""
    return dict(
        filters=filters,
        assignees=user_queries.department_members(assignee_department_id) if assignee_department_id else None,
        meeting=meeting_queries.get(filters.meeting_id) if filters.meeting_id else None,
        statuses=[status.value for status in TaskStatus],
        timings=[timing.value for timing in Timing],
        sorts=queries.SORTS,
        today=today_local(),
        **extra,
    )


def open_by_default():
    """Lists show the open work until the user picks a status (``status=`` is "any status")."""
    return {} if "status" in request.args else {"status": queries.OPEN}


# --- The task page ------------------------------------------------------------------------------------


def load_task(task_id):
    """The task with what its page shows; 404 when there is none, 403 when the user may not see it."""
    task = queries.get_task(task_id)
    if task is None:
        abort(404)
    require(can_view_task(current_user, task))
    return task


def render_task(task, status=200, *, error=None, errors=None, form_id=None, values=None):
    """Render the task page; ``error``/``errors``/``values`` re-show a refused form (``form_id``)."""
    today = today_local()
    extensions = queries.task_extensions(task)
    lead_members = []
    if can_assign_task(current_user, task) and task.is_open:
        lead_members = user_queries.department_members(task.lead_department_id)
    pending = next((item for item in extensions if item.status == ExtensionStatus.PENDING), None)
    context = dict(
        task=task,
        timing=timing_of(task, today),
        today=today,
        due_soon_days=DUE_SOON_DAYS,
        history=queries.task_history(task),
        extensions=extensions,
        pending_extension=pending,
        actions=operations.allowed_actions(current_user, task),
        lead_members=lead_members,
        may_edit=bool(can_edit_task(current_user, task)) and task.is_open,
        may_update=bool(can_update_task(current_user, task)),
        may_request_extension=bool(can_request_extension(current_user, task)) and task.is_open and pending is None,
        may_decide_extension=pending is not None
        and bool(can_decide_extension(current_user, task, requested_by_id=pending.requester_id)),
        series=queries.task_series(task),
        error=error,
        errors=errors or {},
        form_id=form_id,
        values=values or {},
        max_upload_mb=current_app.config["TRACKER_MAX_UPLOAD_BYTES"] / (1024 * 1024),
        accepted_types=", ".join("." + ext for ext in storage.ALLOWED_TYPES),
    )
    return render_template("tasks/show.html", **context), status


def refused_on_task_page(task_id, error, form_id):
    """The task page again after one of its forms was refused (the unit of work has rolled back):
    409 for a stale version, else the refusal's status, with its reasons and what was typed."""
    task = load_task(task_id)
    values = request.form.to_dict()
    values.pop("csrf_token", None)
    if isinstance(error, Conflict):
        values.pop("version", None)
        message = _("%(message)s Review the page as it is now and try again.", message=error.description)
        return render_task(task, 409, error=message, form_id=form_id, values=values)
    return render_task(task, error.code, error=error.description, errors=error.fields, form_id=form_id, values=values)
