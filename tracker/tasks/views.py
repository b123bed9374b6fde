"""Task pages: the lists, the task page with its history, and the forms that act on a task.

Views are thin: they read the form and call one operation inside :class:`tracker.core.web.UnitOfWork`,
which commits once or rolls back; then they flash and redirect. A refusal comes back from the
operation as an error: 403 and 404 are pages; a stale version (409), an illegal transition or bad
input (422) re-render the page with the message and what the user typed. What the task page and the
lists share with other domains is in :mod:`tracker.tasks.pages`.
"""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required

from tracker.core.errors import Conflict, ValidationFailed
from tracker.core.integers import to_id
from tracker.core.permissions import (
    assignable_departments,
    can_create_task,
    can_edit_meeting,
    can_edit_task,
    can_view_everything,
    can_view_task,
    deny,
    require,
)
from tracker.core.web import UnitOfWork, commit
from tracker.departments import queries as department_queries
from tracker.meetings import queries as meeting_queries
from tracker.notifications import operations as notifications
from tracker.notifications import queries as notification_queries
from tracker.tasks import bp, operations, queries, storage
from tracker.tasks.forms import TaskForm
from tracker.tasks.models import ExtensionStatus
from tracker.tasks.pages import list_context, load_task, open_by_default, refused_on_task_page, render_task, task_page
from tracker.tasks.timing import timing_of
from tracker.users import queries as user_queries


@bp.before_request
@login_required
def guard():
    """Every task page needs a signed-in user; each view checks the object on top."""


@bp.app_template_global("task_timing")
def task_timing(task, today=None):
    return timing_of(task, today)


# --- Lists --------------------------------------------------------------------------------------------


@bp.route("/")
def index():
    """All tasks, for leaders, observers and administrators."""
    require(can_view_everything(current_user))
    filters = queries.TaskFilters.from_args(request.args, **open_by_default())
    page = task_page(filters)
    departments = department_queries.active_departments()
    context = list_context(filters, assignee_department_id=filters.department_id, view="all", departments=departments)
    return render_template("tasks/index.html", page=page, **context)


@bp.route("/department")
def department():
    """The signed-in user's department: what it leads, or what it coordinates."""
    role = request.args.get("role") if request.args.get("role") in queries.ROLES else "lead"
    filters = queries.TaskFilters.from_args(
        request.args, role=role, department_id=current_user.department_id, **open_by_default()
    )
    page = task_page(filters)
    context = list_context(filters, assignee_department_id=current_user.department_id, view="department")
    return render_template("tasks/department.html", page=page, role=role, **context)


# --- Creating and editing -----------------------------------------------------------------------------


def _fill_choices(form):
    departments = department_queries.active_departments()
    form.lead_department_id.choices = [("", _("Choose…"))] + [(d.id, d.name) for d in departments]
    form.coordinating_department_ids.choices = [(d.id, d.name) for d in departments]
    return departments


def _assignee_groups_for(user):
    """The people ``user`` may choose as assignee, grouped by department."""
    departments = assignable_departments(user)
    return user_queries.assignable_groups(departments) if departments != () else []


def _task_values(form):
    return dict(
        title=form.title.data,
        description=form.description.data,
        lead_department_id=form.lead_department_id.data,
        coordinating_department_ids=form.coordinating_department_ids.data or [],
        assignee_id=form.assignee_id.data,
        due_on=form.due_on.data,
        deadline_text=form.deadline_text.data,
        recurrence=form.recurrence.data,
        priority=form.priority.data,
        target_value=form.target_value.data,
        target_unit=form.target_unit.data,
    )


@bp.route("/new", methods=["GET", "POST"])
def create():
    require(can_create_task(current_user))
    form = TaskForm()
    _fill_choices(form)
    directive = meeting = None
    source_args = request.form if request.method == "POST" else request.args
    directive_id = (source_args.get("directive_id") or "").strip()
    meeting_id = (source_args.get("meeting_id") or "").strip()
    if directive_id.isdigit():
        directive = meeting_queries.get_directive(to_id(directive_id) or 0) or abort(404)
        meeting = directive.meeting
    elif meeting_id.isdigit():
        meeting = meeting_queries.get(to_id(meeting_id) or 0) or abort(404)
    if meeting is not None and not can_edit_meeting(current_user, meeting):
        require(deny(_("Only leaders and the head of the host department make tasks from this meeting.")))
    if request.method == "GET":
        form.directive_id.data = directive.id if directive else ""
        form.meeting_id.data = meeting.id if meeting else ""
    if form.validate_on_submit():
        with UnitOfWork(form) as work:
            task = operations.create_task(
                current_user,
                meeting_id=meeting.id if meeting else None,
                directive_id=directive.id if directive else None,
                **_task_values(form),
            )
            task_id = task.id
            warnings = notification_queries.no_taker_warnings(task)
        if work.done:
            flash(_("Task created."), "success")
            for warning in warnings:  # the department has nobody to take it: the issuer hears it now
                flash(warning, "warning")
            if request.form.get("next_action") == "another" and meeting is not None:
                return redirect(
                    url_for(".create", directive_id=directive.id if directive else None, meeting_id=meeting.id), 303
                )
            return redirect(url_for(".show", task_id=task_id), 303)
    status = 422 if request.method == "POST" else 200
    return (
        render_template(
            "tasks/form.html",
            form=form,
            task=None,
            meeting=meeting,
            directive=directive,
            assignee_groups=_assignee_groups_for(current_user),
        ),
        status,
    )


EDIT_LABELS = {
    "title": _l("Title"),
    "description": _l("Description"),
    "lead_department_id": _l("Lead department"),
    "coordinating_department_ids": _l("Coordinating departments"),
    "assignee_id": _l("Assignee"),
    "due_on": _l("Deadline"),
    "deadline_text": _l("Deadline as written"),
    "recurrence": _l("Repeats"),
    "priority": _l("Priority"),
    "target_value": _l("Target value"),
    "target_unit": _l("Unit"),
}


def _display(field, value, names):
    """A value of a task field as a person reads it."""
    if value in (None, "", []):
        return "—"
    if field == "lead_department_id":
        return names["departments"].get(value, value)
    if field == "coordinating_department_ids":
        return ", ".join(str(names["departments"].get(item, item)) for item in value)
    if field == "assignee_id":
        user = user_queries.get(value)
        return user.name if user else value
    return value


def _submitted_state(form):
    """What the user submitted, in the shape of ``operations.task_state``."""
    values = _task_values(form)
    state = {}
    for field, value in values.items():
        if field == "coordinating_department_ids":
            value = sorted(value)
        elif field == "due_on":
            value = value.isoformat() if value else None
        elif field == "target_value":
            value = float(value) if value is not None else None
        elif isinstance(value, str):
            value = " ".join(value.split()) if field != "description" else value.strip()
            value = value or None
        state[field] = value
    return state


def _conflict_rows(form, current):
    """The fields whose current value differs from what the user submitted, as a person reads them."""
    names = {"departments": {d.id: d.name for d in department_queries.active_departments()}}
    rows = []
    for field, yours in _submitted_state(form).items():
        now = current.get(field)
        if now != yours:
            rows.append(
                {
                    "field": field,
                    "label": EDIT_LABELS.get(field, field),
                    "now": _display(field, now, names),
                    "yours": _display(field, yours, names),
                }
            )
    return rows


@bp.route("/<int:task_id>/edit", methods=["GET", "POST"])
def edit(task_id):
    task = load_task(task_id)
    require(can_edit_task(current_user, task))
    form = TaskForm(obj=task if request.method == "GET" else None)
    _fill_choices(form)
    if request.method == "GET":
        form.coordinating_department_ids.data = sorted(task.coordinating_department_ids)
        form.recurrence.data = task.recurrence.value
        form.priority.data = task.priority.value
        form.version.data = task.version
    conflict = None
    status = 200
    if form.validate_on_submit():
        with UnitOfWork(form) as work:
            operations.update_task(current_user, task, version=form.version.data, **_task_values(form))
            warnings = notification_queries.no_taker_warnings(task)
        if work.done:
            flash(_("Task saved."), "success")
            for warning in warnings:
                flash(warning, "warning")
            return redirect(url_for(".show", task_id=task_id), 303)
        status = work.status
        if isinstance(work.refusal, Conflict):
            task = load_task(task_id)
            conflict = {"message": work.refusal.description, "rows": _conflict_rows(form, work.refusal.fields)}
            form.version.data = task.version
    elif request.method == "POST":
        status = 422
    return (
        render_template(
            "tasks/form.html",
            form=form,
            task=task,
            meeting=task.meeting,
            directive=task.directive,
            conflict=conflict,
            assignee_groups=_assignee_groups_for(current_user),
        ),
        status,
    )


# --- The task page --------------------------------------------------------------------------------------


@bp.route("/<int:task_id>")
def show(task_id):
    task = load_task(task_id)
    if notifications.mark_task_read(current_user, task.id):  # opening the task reads its notifications
        commit()
        task = load_task(task_id)
    return render_task(task)


def _act(task_id, form_id, success, operation):
    """Run one form of the task page: commit and go back to the task with ``success`` (a message, or
    a function of the operation's result), or show the page again with the refusal."""
    with UnitOfWork() as work:
        result = operation()
    if work.refusal is not None:
        return refused_on_task_page(task_id, work.refusal, form_id)
    flash(success(result) if callable(success) else success, "success")
    return redirect(url_for(".show", task_id=task_id), 303)


TRANSITION_MESSAGES = {
    "start": _l("Work started."),
    "submit": _l("Submitted for approval."),
    "approve": _l("Approved: the task is done."),
    "return": _l("Returned for more work."),
    "cancel": _l("Task cancelled."),
}


@bp.route("/<int:task_id>/transition", methods=["POST"])
def transition(task_id):
    task = load_task(task_id)
    action = request.form.get("action", "")
    form_id = "cancel" if action == "cancel" else ("review" if action in ("approve", "return") else "work")
    return _act(
        task_id,
        form_id,
        str(TRANSITION_MESSAGES.get(action, _("Saved."))),
        lambda: operations.transition_task(
            current_user, task, action, comment=request.form.get("comment"), version=request.form.get("version")
        ),
    )


@bp.route("/<int:task_id>/assign", methods=["POST"])
def assign(task_id):
    task = load_task(task_id)
    return _act(
        task_id,
        "assign",
        _("Assignee saved."),
        lambda: operations.assign_task(
            current_user, task, request.form.get("assignee_id") or None, version=request.form.get("version")
        ),
    )


@bp.route("/<int:task_id>/updates", methods=["POST"])
def add_update(task_id):
    """Progress, current value, a comment and/or an evidence file, as one entry of the history."""
    task = load_task(task_id)
    upload = request.files.get("file")
    has_file = upload is not None and bool(upload.filename)
    form = request.form
    has_report = any((form.get(name) or "").strip() for name in ("progress", "current_value", "comment"))

    def record():
        if not has_file and not has_report:
            raise ValidationFailed(
                _("Nothing to record."), fields={"comment": _("Give a progress, a current value, a comment or a file.")}
            )
        update = None
        if has_report:
            update = operations.report_progress(
                current_user,
                task,
                progress=form.get("progress"),
                current_value=form.get("current_value"),
                comment=form.get("comment"),
                version=form.get("version"),
            )
        if has_file:
            operations.attach_evidence(current_user, task, upload, update=update, version=form.get("version"))

    return _act(task_id, "update", _("Update saved."), record)


@bp.route("/<int:task_id>/extensions", methods=["POST"])
def request_extension(task_id):
    task = load_task(task_id)
    return _act(
        task_id,
        "extension",
        _("Extension requested; the issuing side decides."),
        lambda: operations.request_extension(
            current_user, task, due_on=request.form.get("due_on"), reason=request.form.get("reason")
        ),
    )


@bp.route("/extensions/<int:extension_id>/decision", methods=["POST"])
def decide_extension(extension_id):
    extension = queries.get_extension(extension_id) or abort(404)
    task_id = extension.task_id
    load_task(task_id)

    def decide():
        operations.decide_extension(
            current_user, extension, approve=request.form.get("approve", ""), comment=request.form.get("comment")
        )
        return extension.status == ExtensionStatus.APPROVED

    return _act(
        task_id,
        "decision",
        lambda approved: _("Extension approved: the deadline moved.") if approved else _("Extension refused."),
        decide,
    )


@bp.route("/attachments/<int:attachment_id>")
def download(attachment_id):
    """Serve an evidence file to those who may see its task, always as a download."""
    attachment = queries.get_attachment(attachment_id) or abort(404)
    task = queries.get_task(attachment.task_id) or abort(404)
    require(can_view_task(current_user, task))
    return storage.send_attachment(attachment)


# The bulk form's and the saved views' routes live in their own modules, on this blueprint.
from tracker.tasks import bulk_views, saved_views_pages  # noqa: E402, F401
