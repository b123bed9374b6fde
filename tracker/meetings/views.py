"""Meeting pages: the list, a meeting with its directives and tasks, and the forms that change them."""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from tracker.core.args import QueryArgs
from tracker.core.errors import Conflict
from tracker.core.permissions import (
    can_create_meeting,
    can_edit_meeting,
    can_view_meeting,
    meeting_host_departments,
    require,
)
from tracker.core.web import Page, UnitOfWork
from tracker.departments import queries as department_queries
from tracker.meetings import bp, operations, queries
from tracker.meetings.forms import DirectiveForm, MeetingForm
from tracker.tasks.timing import today_local

PAGE_SIZE = 25


@bp.before_request
@login_required
def guard():
    """Every meeting page needs a signed-in user; each view checks the meeting on top."""


def filters_from(read):
    """The meetings list's filters from the query string (values that cannot be read are ignored)."""
    return queries.MeetingFilters(
        q=read.text("q"),
        held_from=read.day("from"),
        held_to=read.day("to"),
        host_department_id=read.id("host_department_id"),
    )


@bp.route("/")
def index():
    read = QueryArgs()
    filters = filters_from(read)
    page = read.page()
    read.note()
    items, total = queries.meeting_list(current_user, filters, page, PAGE_SIZE)
    return render_template(
        "meetings/index.html",
        page=Page(items, total, page, PAGE_SIZE),
        task_counts=queries.task_counts(current_user, [meeting.id for meeting in items]),
        q=filters.q or "",
        held_from=filters.held_from,
        held_to=filters.held_to,
        host_id=filters.host_department_id,
        departments=department_queries.active_departments(),
    )


def load_meeting(meeting_id):
    meeting = queries.get(meeting_id) or abort(404)
    require(can_view_meeting(current_user, meeting))
    return meeting


def _host_choices(user):
    """The departments ``user`` may record a meeting for (and "none" when any may host)."""
    hosts = meeting_host_departments(user)
    departments = department_queries.active_departments()
    if hosts is not None:
        return [(d.id, d.name) for d in departments if d.id in hosts]
    return [("", _("(none: a provincial meeting)"))] + [(d.id, d.name) for d in departments]


def _fill(form, user):
    form.host_department_id.choices = _host_choices(user)
    form.attendee_department_ids.choices = [(d.id, d.name) for d in department_queries.active_departments()]


def _values(form):
    return dict(
        title=form.title.data,
        held_on=form.held_on.data,
        chair_name=form.chair_name.data,
        chair_title=form.chair_title.data,
        place=form.place.data,
        host_department_id=form.host_department_id.data,
        attendee_department_ids=form.attendee_department_ids.data or [],
        minutes=form.minutes.data,
        source_url=form.source_url.data,
        language=form.language.data,
    )


@bp.route("/new", methods=["GET", "POST"])
def create():
    require(can_create_meeting(current_user, current_user.department_id))
    form = MeetingForm()
    _fill(form, current_user)
    if request.method == "GET" and current_user.role.value == "head":
        form.host_department_id.data = current_user.department_id
    if form.validate_on_submit():
        with UnitOfWork(form) as work:
            meeting_id = operations.create_meeting(current_user, **_values(form)).id
        if work.done:
            flash(_("Meeting recorded. Now add its directives."), "success")
            return redirect(url_for(".show", meeting_id=meeting_id), 303)
    status = 422 if request.method == "POST" else 200
    return render_template("meetings/form.html", form=form, meeting=None), status


@bp.route("/<int:meeting_id>/edit", methods=["GET", "POST"])
def edit(meeting_id):
    meeting = load_meeting(meeting_id)
    require(can_edit_meeting(current_user, meeting))
    form = MeetingForm(obj=meeting if request.method == "GET" else None)
    _fill(form, current_user)
    if request.method == "GET":
        form.attendee_department_ids.data = [d.id for d in meeting.attendees]
        form.language.data = meeting.language or ""
        form.version.data = meeting.version
    conflict, status = None, 200
    if form.validate_on_submit():
        with UnitOfWork(form) as work:
            operations.update_meeting(current_user, meeting, version=form.version.data or None, **_values(form))
        if work.done:
            flash(_("Meeting saved."), "success")
            return redirect(url_for(".show", meeting_id=meeting_id), 303)
        status = work.status
        if isinstance(work.refusal, Conflict):
            meeting = load_meeting(meeting_id)
            conflict = {"message": work.refusal.description, "current": work.refusal.fields}
            form.version.data = meeting.version
    elif request.method == "POST":
        status = 422
    return render_template("meetings/form.html", form=form, meeting=meeting, conflict=conflict), status


def render_meeting(meeting, status=200, *, directive_form=None, error=None):
    shown = queries.meeting_task_rows(current_user, meeting)
    by_directive = shown.by_directive()
    return (
        render_template(
            "meetings/show.html",
            meeting=meeting,
            attendees=queries.attendees_of(meeting),
            directives=queries.directives_of(meeting),
            tasks_by_directive=by_directive,
            loose_tasks=by_directive.get(None, []),
            hidden_tasks=shown.hidden,
            may_edit=bool(can_edit_meeting(current_user, meeting)),
            directive_form=directive_form or DirectiveForm(formdata=None, prefix="directive"),
            error=error,
            today=today_local(),
        ),
        status,
    )


@bp.route("/<int:meeting_id>")
def show(meeting_id):
    meeting = queries.get_meeting(meeting_id) or abort(404)
    require(can_view_meeting(current_user, meeting))
    return render_meeting(meeting)


@bp.route("/<int:meeting_id>/directives", methods=["POST"])
def add_directive(meeting_id):
    """Add a directive; the operation decides who may (a refusal is a 403 page)."""
    meeting = load_meeting(meeting_id)
    form = DirectiveForm(prefix="directive")
    if form.validate_on_submit():
        with UnitOfWork(form) as work:
            operations.add_directive(current_user, meeting, form.text.data)
        if work.done:
            flash(_("Directive added."), "success")
            return redirect(url_for(".show", meeting_id=meeting_id, _anchor="directives"), 303)
    return render_meeting(load_meeting(meeting_id), 422, directive_form=form)


def load_directive(directive_id):
    directive = queries.get_directive(directive_id) or abort(404)
    require(can_view_meeting(current_user, directive.meeting))
    return directive


@bp.route("/directives/<int:directive_id>/edit", methods=["GET", "POST"])
def edit_directive(directive_id):
    directive = load_directive(directive_id)
    require(can_edit_meeting(current_user, directive.meeting))
    form = DirectiveForm(obj=directive if request.method == "GET" else None)
    if form.validate_on_submit():
        with UnitOfWork(form) as work:
            operations.update_directive(current_user, directive, form.text.data)
        if work.done:
            flash(_("Directive saved."), "success")
            return redirect(url_for(".show", meeting_id=directive.meeting_id, _anchor=f"directive-{directive_id}"), 303)
    status = 422 if request.method == "POST" else 200
    return render_template("meetings/directive_form.html", form=form, directive=directive), status


@bp.route("/directives/<int:directive_id>/move", methods=["POST"])
def move_directive(directive_id):
    directive = load_directive(directive_id)
    direction = request.form.get("direction")
    if direction == "up":
        position = directive.position - 1
    elif direction == "down":
        position = directive.position + 1
    else:
        position = request.form.get("position")
    meeting_id = directive.meeting_id
    with UnitOfWork() as work:
        operations.move_directive(current_user, directive, position)
    if work.refusal is not None:
        return render_meeting(load_meeting(meeting_id), work.status, error=work.refusal.description)
    return redirect(url_for(".show", meeting_id=meeting_id, _anchor=f"directive-{directive_id}"), 303)


@bp.route("/directives/<int:directive_id>/delete", methods=["POST"])
def remove_directive(directive_id):
    directive = load_directive(directive_id)
    meeting_id = directive.meeting_id
    with UnitOfWork() as work:
        operations.remove_directive(current_user, directive)
    if work.refusal is not None:
        return render_meeting(load_meeting(meeting_id), work.status, error=work.refusal.description)
    flash(_("Directive removed."), "success")
    return redirect(url_for(".show", meeting_id=meeting_id, _anchor="directives"), 303)
