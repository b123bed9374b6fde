"""Meeting pages: the list, a meeting with its directives and tasks, and the forms that change them."""

from datetime import date
from itertools import groupby

import sqlalchemy as sa
from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy.orm import joinedload, selectinload

from tracker.core.errors import Conflict, ValidationFailed
from tracker.core.integers import id_args
from tracker.core.permissions import (
    can_create_meeting,
    can_edit_meeting,
    can_extract_minutes,
    can_view_meeting,
    require,
)
from tracker.departments.models import Department
from tracker.extensions import db
from tracker.meetings import bp, operations
from tracker.meetings import queries as meeting_queries
from tracker.meetings.forms import DirectiveForm, MeetingForm, PasteDirectivesForm
from tracker.meetings.models import Directive, Meeting, meeting_attendees
from tracker.meetings.queries import visible_meetings
from tracker.tasks.models import Task
from tracker.tasks.queries import page_options, visible_tasks
from tracker.tasks.timing import today_local
from tracker.tasks.views import Page, active_departments, apply_field_errors

PAGE_SIZE = 25


@bp.before_request
@login_required
def guard():
    """Every meeting page needs a signed-in user; each view checks the meeting on top."""


def _day(name):
    value = (request.args.get(name) or "").strip()
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


@bp.route("/")
def index():
    q = (request.args.get("q") or "").strip()[:200]
    held_from, held_to = _day("from"), _day("to")
    ids, ignored = id_args(request.args, "page", "host_department_id")  # junk or out of range: no filter
    if ignored:
        flash(_("Some filters were not understood and were ignored:") + " " + ", ".join(ignored), "info")
    host_id = ids["host_department_id"]
    query = visible_meetings(current_user)
    if held_from:
        query = query.where(Meeting.held_on >= held_from)
    if held_to:
        query = query.where(Meeting.held_on <= held_to)
    if host_id:
        query = query.where(Meeting.host_department_id == host_id)
    if q:
        query = query.where(meeting_queries.matching_text(q))
    page = ids["page"] or 1
    total = db.session.scalar(sa.select(sa.func.count()).select_from(query.subquery()))
    items = db.session.scalars(
        query.options(joinedload(Meeting.host_department))
        .order_by(Meeting.held_on.desc(), Meeting.id.desc())
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE)
    ).all()
    counts = {}
    if items:
        ids = [meeting.id for meeting in items]
        counts = dict(
            db.session.execute(
                visible_tasks(current_user, Task.meeting_id.in_(ids))
                .with_only_columns(Task.meeting_id, sa.func.count(Task.id), maintain_column_froms=True)
                .group_by(Task.meeting_id)
            ).all()
        )
    return render_template(
        "meetings/index.html",
        page=Page(items, total, page, PAGE_SIZE),
        task_counts=counts,
        q=q,
        held_from=held_from,
        held_to=held_to,
        host_id=host_id,
        departments=active_departments(),
    )


def load_meeting(meeting_id):
    meeting = db.session.get(Meeting, meeting_id) or abort(404)
    require(can_view_meeting(current_user, meeting))
    return meeting


def _host_choices(user):
    departments = active_departments()
    if user.role.value == "head":
        departments = [d for d in departments if d.id == user.department_id]
        return [(d.id, d.name) for d in departments]
    return [("", _("(none: a provincial meeting)"))] + [(d.id, d.name) for d in departments]


def _fill(form, user):
    form.host_department_id.choices = _host_choices(user)
    form.attendee_department_ids.choices = [(d.id, d.name) for d in active_departments()]


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
        try:
            meeting = operations.create_meeting(current_user, **_values(form))
        except ValidationFailed as error:
            db.session.rollback()
            apply_field_errors(form, error)
        else:
            db.session.commit()
            flash(_("Meeting recorded. Now add its directives."), "success")
            return redirect(url_for(".show", meeting_id=meeting.id), 303)
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
        try:
            operations.update_meeting(current_user, meeting, version=form.version.data or None, **_values(form))
        except Conflict as error:
            db.session.rollback()
            meeting = load_meeting(meeting_id)
            conflict = {"message": error.description, "current": error.fields}
            form.version.data = meeting.version
            status = 409
        except ValidationFailed as error:
            db.session.rollback()
            apply_field_errors(form, error)
            status = 422
        else:
            db.session.commit()
            flash(_("Meeting saved."), "success")
            return redirect(url_for(".show", meeting_id=meeting.id), 303)
    elif request.method == "POST":
        status = 422
    return render_template("meetings/form.html", form=form, meeting=meeting, conflict=conflict), status


def render_meeting(meeting, status=200, *, directive_form=None, error=None):
    directives = db.session.scalars(
        sa.select(Directive).where(Directive.meeting_id == meeting.id).order_by(Directive.position, Directive.id)
    ).all()
    # The page shows a meeting's tasks up to a limit (a province's meetings make tens, not
    # hundreds): past it the page would take seconds to render, and the task list has them all.
    limit = current_app.config["TRACKER_MEETING_TASKS_SHOWN"]
    visible = visible_tasks(current_user, Task.meeting_id == meeting.id)
    tasks = (
        db.session.scalars(
            visible.options(*page_options(coordinators=False)).order_by(Task.directive_id, Task.id).limit(limit + 1)
        )
        .unique()
        .all()
    )
    hidden = 0
    if len(tasks) > limit:
        tasks = tasks[:limit]
        total = db.session.scalar(visible.with_only_columns(sa.func.count(), maintain_column_froms=True))
        hidden = total - limit
    by_directive = {key: list(group) for key, group in groupby(tasks, key=lambda task: task.directive_id)}
    attendees = db.session.scalars(
        sa.select(Department).join(meeting_attendees).where(meeting_attendees.c.meeting_id == meeting.id)
    ).all()
    return (
        render_template(
            "meetings/show.html",
            meeting=meeting,
            attendees=sorted(attendees, key=lambda d: d.name),
            directives=directives,
            tasks_by_directive=by_directive,
            loose_tasks=by_directive.get(None, []),
            hidden_tasks=hidden,
            may_edit=bool(can_edit_meeting(current_user, meeting)),
            directive_form=directive_form or DirectiveForm(formdata=None, prefix="directive"),
            error=error,
            today=today_local(),
        ),
        status,
    )


@bp.route("/<int:meeting_id>")
def show(meeting_id):
    meeting = db.session.scalar(
        sa.select(Meeting)
        .where(Meeting.id == meeting_id)
        .options(joinedload(Meeting.host_department), selectinload(Meeting.attendees))
    )
    if meeting is None:
        abort(404)
    require(can_view_meeting(current_user, meeting))
    return render_meeting(meeting)


@bp.route("/<int:meeting_id>/directives", methods=["POST"])
def add_directive(meeting_id):
    meeting = load_meeting(meeting_id)
    require(can_edit_meeting(current_user, meeting))
    form = DirectiveForm(prefix="directive")
    if form.validate_on_submit():
        try:
            operations.add_directive(current_user, meeting, form.text.data)
        except ValidationFailed as error:
            db.session.rollback()
            apply_field_errors(form, error)
        else:
            db.session.commit()
            flash(_("Directive added."), "success")
            return redirect(url_for(".show", meeting_id=meeting.id, _anchor="directives"), 303)
    return render_meeting(load_meeting(meeting_id), 422, directive_form=form)


@bp.route("/<int:meeting_id>/directives/paste", methods=["POST"])
def paste_directives(meeting_id):
    """Pasted conclusions go through the review screen (the meeting page's form now posts there)."""
    from tracker.extraction.views import propose_from_text

    meeting = load_meeting(meeting_id)
    require(can_edit_meeting(current_user, meeting))
    require(can_extract_minutes(current_user))
    form = PasteDirectivesForm(prefix="paste")
    if not form.validate_on_submit():
        return redirect(url_for("extraction.review", meeting_id=meeting.id), 303)
    text = (form.text.data or "").replace("\r\n", "\n").replace("\r", "\n")
    return propose_from_text(meeting, text, meeting.language)


def load_directive(directive_id):
    directive = db.session.get(Directive, directive_id) or abort(404)
    require(can_view_meeting(current_user, directive.meeting))
    return directive


@bp.route("/directives/<int:directive_id>/edit", methods=["GET", "POST"])
def edit_directive(directive_id):
    directive = load_directive(directive_id)
    require(can_edit_meeting(current_user, directive.meeting))
    form = DirectiveForm(obj=directive if request.method == "GET" else None)
    if form.validate_on_submit():
        try:
            operations.update_directive(current_user, directive, form.text.data)
        except ValidationFailed as error:
            db.session.rollback()
            apply_field_errors(form, error)
        else:
            db.session.commit()
            flash(_("Directive saved."), "success")
            return redirect(url_for(".show", meeting_id=directive.meeting_id, _anchor=f"directive-{directive.id}"), 303)
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
    try:
        operations.move_directive(current_user, directive, position)
    except ValidationFailed as error:
        db.session.rollback()
        return render_meeting(load_meeting(directive.meeting_id), 422, error=error.description)
    db.session.commit()
    return redirect(url_for(".show", meeting_id=directive.meeting_id, _anchor=f"directive-{directive.id}"), 303)


@bp.route("/directives/<int:directive_id>/delete", methods=["POST"])
def remove_directive(directive_id):
    directive = load_directive(directive_id)
    meeting_id = directive.meeting_id
    try:
        operations.remove_directive(current_user, directive)
    except ValidationFailed as error:
        db.session.rollback()
        return render_meeting(load_meeting(meeting_id), 422, error=error.description)
    db.session.commit()
    flash(_("Directive removed."), "success")
    return redirect(url_for(".show", meeting_id=meeting_id, _anchor="directives"), 303)
