"""Task pages: the lists, the task page with its history, and the forms that act on a task.

Views are thin: they read the form, call one operation, commit once, flash and redirect. A refusal
comes back from the operation as an error: 403 and 404 are pages; a stale version (409), an illegal
transition or bad input (422) re-render the page with the message and what the user typed.
"""

import itertools

import sqlalchemy as sa
from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required

from tracker.core.errors import Conflict, InvalidTransition, ValidationFailed
from tracker.core.integers import to_id
from tracker.core.permissions import (
    can_assign_task,
    can_create_task,
    can_decide_extension,
    can_edit_meeting,
    can_edit_task,
    can_request_extension,
    can_update_task,
    can_view_everything,
    can_view_task,
    deny,
    require,
)
from tracker.departments.models import Department
from tracker.extensions import db
from tracker.meetings.models import Directive, Meeting
from tracker.notifications import operations as notifications
from tracker.notifications import queries as notification_queries
from tracker.tasks import bp, operations, queries, storage
from tracker.tasks.forms import TaskForm
from tracker.tasks.models import Attachment, ExtensionRequest, ExtensionStatus, Task, TaskStatus, Timing
from tracker.tasks.timing import DUE_SOON_DAYS, timing_of, today_local
from tracker.users.models import Role, User


@bp.before_request
@login_required
def guard():
    """Every task page needs a signed-in user; each view checks the object on top."""


@bp.app_template_global("task_timing")
def task_timing(task, today=None):
    return timing_of(task, today)


# --- Shared helpers ---------------------------------------------------------------------------------


class Page:
    """What the ``pager`` macro needs, from ``(items, total)`` and the page asked for."""

    def __init__(self, items, total, page, per_page):
        self.items, self.total, self.page, self.per_page = items, total, page, per_page
        #: Only "more than ``total``" is known (a free-text search stops counting at a cap).
        self.capped = isinstance(total, queries.MoreThan)
        self.pages = max(1, -(-(total + self.capped) // per_page))
        self.has_prev, self.has_next = page > 1, page < self.pages
        self.prev_num, self.next_num = page - 1, page + 1


def task_page(filters):
    items, total = queries.filtered_tasks(
        current_user, filters, options=queries.page_options(), count_cap=current_app.config["TRACKER_SEARCH_COUNT_CAP"]
    )
    return Page(items, total, max(1, filters.page or 1), queries.page_size(filters))


def active_departments():
    return db.session.scalars(
        sa.select(Department).where(Department.is_active.is_(True)).order_by(Department.name)
    ).all()


def assignee_groups(department_ids=None):
    """Heads and staff who may be assigned, grouped by department: ``[(department, [users])]``."""
    query = (
        sa.select(User)
        .join(User.department)
        .where(User.is_active.is_(True), User.role.in_((Role.HEAD, Role.STAFF)))
        .order_by(Department.name, Department.id, User.name)
    )
    if department_ids is not None:
        query = query.where(User.department_id.in_(department_ids))
    users = db.session.scalars(query).unique().all()
    return [(department, list(group)) for department, group in itertools.groupby(users, key=lambda u: u.department)]


def load_task(task_id):
    task = queries.get_task(task_id)
    if task is None:
        abort(404)
    require(can_view_task(current_user, task))
    return task


def department_members(department_id):
    return db.session.scalars(
        sa.select(User)
        .where(User.department_id == department_id, User.role.in_((Role.HEAD, Role.STAFF)))
        .order_by(User.name)
    ).all()


def list_context(filters, assignee_department_id=None, **extra):
    """What the list templates need besides the page: filter choices, today, the meeting filtered on."""
    return dict(
        filters=filters,
        assignees=department_members(assignee_department_id) if assignee_department_id else None,
        meeting=db.session.get(Meeting, filters.meeting_id) if filters.meeting_id else None,
        statuses=[status.value for status in TaskStatus],
        timings=[timing.value for timing in Timing],
        sorts=queries.SORTS,
        today=today_local(),
        **extra,
    )


def open_by_default():
    """Lists show the open work until the user picks a status (``status=`` is "any status")."""
    return {} if "status" in request.args else {"status": queries.OPEN}


# --- Lists --------------------------------------------------------------------------------------------


@bp.route("/")
def index():
    """All tasks, for leaders, observers and administrators."""
    require(can_view_everything(current_user))
    filters = queries.TaskFilters.from_args(request.args, **open_by_default())
    page = task_page(filters)
    context = list_context(
        filters, assignee_department_id=filters.department_id, view="all", departments=active_departments()
    )
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
    departments = active_departments()
    form.lead_department_id.choices = [("", _("Choose…"))] + [(d.id, d.name) for d in departments]
    form.coordinating_department_ids.choices = [(d.id, d.name) for d in departments]
    return departments


def _assignee_groups_for(user):
    if user.role in (Role.ADMIN, Role.LEADER):
        return assignee_groups()
    return assignee_groups([user.department_id])


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


def apply_field_errors(form, error):
    """Show an operation's field reasons next to the form's fields (or above the form)."""
    for field, reason in (error.fields or {}).items():
        target = getattr(form, field, None)
        visible = target is not None and getattr(target, "type", "") not in ("HiddenField", "CSRFTokenField")
        if visible and isinstance(target.errors, list):
            target.errors.append(reason)
        else:
            form.form_errors.append(reason)
    if not error.fields:
        form.form_errors.append(error.description)


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
        directive = db.session.get(Directive, to_id(directive_id) or 0) or abort(404)
        meeting = directive.meeting
    elif meeting_id.isdigit():
        meeting = db.session.get(Meeting, to_id(meeting_id) or 0) or abort(404)
    if meeting is not None and not can_edit_meeting(current_user, meeting):
        require(deny(_("Only leaders and the head of the host department make tasks from this meeting.")))
    if request.method == "GET":
        form.directive_id.data = directive.id if directive else ""
        form.meeting_id.data = meeting.id if meeting else ""
    if form.validate_on_submit():
        try:
            task = operations.create_task(
                current_user,
                meeting_id=meeting.id if meeting else None,
                directive_id=directive.id if directive else None,
                **_task_values(form),
            )
        except ValidationFailed as error:
            db.session.rollback()
            apply_field_errors(form, error)
        else:
            warnings = notification_queries.no_taker_warnings(task)
            db.session.commit()
            flash(_("Task created."), "success")
            for warning in warnings:  # the department has nobody to take it: the issuer hears it now
                flash(warning, "warning")
            if request.form.get("next_action") == "another" and meeting is not None:
                return redirect(
                    url_for(".create", directive_id=directive.id if directive else None, meeting_id=meeting.id), 303
                )
            return redirect(url_for(".show", task_id=task.id), 303)
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
        user = db.session.get(User, value)
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
    names = {"departments": {d.id: d.name for d in active_departments()}}
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
        try:
            operations.update_task(current_user, task, version=form.version.data, **_task_values(form))
        except Conflict as error:
            db.session.rollback()
            task = load_task(task_id)
            conflict = {"message": error.description, "rows": _conflict_rows(form, error.fields)}
            form.version.data = task.version
            status = 409
        except (ValidationFailed, InvalidTransition) as error:
            db.session.rollback()
            apply_field_errors(form, error)
            status = 422
        else:
            warnings = notification_queries.no_taker_warnings(task)
            db.session.commit()
            flash(_("Task saved."), "success")
            for warning in warnings:
                flash(warning, "warning")
            return redirect(url_for(".show", task_id=task.id), 303)
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


def render_task(task, status=200, *, error=None, errors=None, form_id=None, values=None):
    """Render the task page; ``error``/``errors``/``values`` re-show a refused form (``form_id``)."""
    today = today_local()
    extensions = queries.task_extensions(task)
    lead_members = []
    if can_assign_task(current_user, task) and task.is_open:
        lead_members = db.session.scalars(
            sa.select(User)
            .where(
                User.department_id == task.lead_department_id,
                User.is_active.is_(True),
                User.role.in_((Role.HEAD, Role.STAFF)),
            )
            .order_by(User.name)
        ).all()
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
        series=_series(task),
        error=error,
        errors=errors or {},
        form_id=form_id,
        values=values or {},
        max_upload_mb=current_app.config["TRACKER_MAX_UPLOAD_BYTES"] / (1024 * 1024),
        accepted_types=", ".join("." + ext for ext in storage.ALLOWED_TYPES),
    )
    return render_template("tasks/show.html", **context), status


def _series(task):
    if task.series_id is None:
        return []
    return db.session.scalars(
        sa.select(Task)
        .where(sa.or_(Task.series_id == task.series_id, Task.id == task.series_id))
        .order_by(Task.occurrence, Task.id)
    ).all()


@bp.route("/<int:task_id>")
def show(task_id):
    task = load_task(task_id)
    if notifications.mark_task_read(current_user, task.id):  # opening the task reads its notifications
        db.session.commit()
        task = load_task(task_id)
    return render_task(task)


def _refused(task, error, form_id):
    """Re-render the task page after an operation refused a form: 409, 422 with reasons."""
    db.session.rollback()
    task = load_task(task.id)
    values = request.form.to_dict()
    values.pop("csrf_token", None)
    if isinstance(error, Conflict):
        values.pop("version", None)
        message = _("%(message)s Review the page as it is now and try again.", message=error.description)
        return render_task(task, 409, error=message, form_id=form_id, values=values)
    return render_task(task, error.code, error=error.description, errors=error.fields, form_id=form_id, values=values)


def _done(task, message):
    task_id = task.id  # read before the commit expires it, which would cost a reload
    db.session.commit()
    flash(message, "success")
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
    try:
        operations.transition_task(
            current_user, task, action, comment=request.form.get("comment"), version=request.form.get("version")
        )
    except (Conflict, InvalidTransition, ValidationFailed) as error:
        return _refused(task, error, form_id)
    return _done(task, str(TRANSITION_MESSAGES.get(action, _("Saved."))))


@bp.route("/<int:task_id>/assign", methods=["POST"])
def assign(task_id):
    task = load_task(task_id)
    try:
        operations.assign_task(
            current_user, task, request.form.get("assignee_id") or None, version=request.form.get("version")
        )
    except (Conflict, InvalidTransition, ValidationFailed) as error:
        return _refused(task, error, "assign")
    return _done(task, _("Assignee saved."))


@bp.route("/<int:task_id>/updates", methods=["POST"])
def add_update(task_id):
    """Progress, current value, a comment and/or an evidence file, as one entry of the history."""
    task = load_task(task_id)
    upload = request.files.get("file")
    has_file = upload is not None and bool(upload.filename)
    form = request.form
    has_report = any((form.get(name) or "").strip() for name in ("progress", "current_value", "comment"))
    if not has_file and not has_report:
        error = ValidationFailed(
            _("Nothing to record."), fields={"comment": _("Give a progress, a current value, a comment or a file.")}
        )
        return _refused(task, error, "update")
    try:
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
        elif form.get("version"):
            operations.check_version(task, form.get("version"))
        if has_file:
            operations.attach_evidence(current_user, task, upload, update=update)
    except (Conflict, InvalidTransition, ValidationFailed) as error:
        return _refused(task, error, "update")
    return _done(task, _("Update saved."))


@bp.route("/<int:task_id>/extensions", methods=["POST"])
def request_extension(task_id):
    task = load_task(task_id)
    try:
        operations.request_extension(
            current_user, task, due_on=request.form.get("due_on"), reason=request.form.get("reason")
        )
    except (InvalidTransition, ValidationFailed) as error:
        return _refused(task, error, "extension")
    return _done(task, _("Extension requested; the issuing side decides."))


@bp.route("/extensions/<int:extension_id>/decision", methods=["POST"])
def decide_extension(extension_id):
    extension = db.session.get(ExtensionRequest, extension_id) or abort(404)
    task = load_task(extension.task_id)
    approve = request.form.get("approve", "")
    try:
        operations.decide_extension(current_user, extension, approve=approve, comment=request.form.get("comment"))
    except (InvalidTransition, ValidationFailed) as error:
        return _refused(task, error, "decision")
    approved = extension.status == ExtensionStatus.APPROVED
    return _done(task, _("Extension approved: the deadline moved.") if approved else _("Extension refused."))


@bp.route("/attachments/<int:attachment_id>")
def download(attachment_id):
    """Serve an evidence file to those who may see its task, always as a download."""
    attachment = db.session.get(Attachment, attachment_id) or abort(404)
    task = db.session.get(Task, attachment.task_id) or abort(404)
    require(can_view_task(current_user, task))
    return storage.send_attachment(attachment)


# The bulk form's and the saved views' routes live in their own modules, on this blueprint.
from tracker.tasks import bulk_views, saved_views_pages  # noqa: E402, F401
