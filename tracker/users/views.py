"""The administrators' pages of users: the list, a user's form, (de)activation, password links."""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from tracker.auth.sessions import renew_after_password_change
from tracker.core.args import QueryArgs
from tracker.core.permissions import can_manage_users, require
from tracker.core.web import UnitOfWork, refusal_text
from tracker.departments import queries as department_queries
from tracker.users import bp, operations, queries
from tracker.users.forms import UserForm

PAGE_SIZE = 50


@bp.before_request
@login_required
def guard():
    require(can_manage_users(current_user))


def _department_choices():
    return [(d.id, f"{d.name} ({d.code})") for d in department_queries.active_departments()]


@bp.route("/")
def index():
    read = QueryArgs()
    q, department_id, page = read.text("q"), read.id("department_id"), read.page()
    read.note()
    pagination = queries.listed_page(page, PAGE_SIZE, q=q, department_id=department_id)
    return render_template(
        "admin/users.html",
        pagination=pagination,
        q=q or "",
        department_id=department_id,
        departments=_department_choices(),
    )


@bp.route("/new", methods=["GET", "POST"])
def create():
    form = UserForm()
    form.department_id.choices = _department_choices()
    # No role is chosen for the administrator: a new user is whatever they pick, never admin by default.
    form.role.choices = [("", _("Choose a role")), *form.role.choices]
    form.password.description = _("Leave empty to email an invitation to choose a password.")
    if form.validate_on_submit():
        with UnitOfWork(form) as work:
            user = operations.create_user(
                current_user,
                email=form.email.data,
                name=form.name.data,
                department_id=form.department_id.data,
                role=form.role.data,
                password=form.password.data or None,
                locale=form.locale.data,
            )
        if work.done:
            if user.password_hash:
                flash(_("User %(name)s created.", name=user.name), "success")
            else:
                flash(
                    _(
                        "User %(name)s created; an invitation to choose a password was sent to %(email)s.",
                        name=user.name,
                        email=user.email,
                    ),
                    "success",
                )
            return redirect(url_for(".index"))
    status = 422 if form.errors else 200
    return render_template("admin/user_form.html", form=form, user=None), status


@bp.route("/<int:user_id>", methods=["GET", "POST"])
def edit(user_id):
    user = queries.get(user_id) or abort(404)
    form = UserForm(obj=user if request.method == "GET" else None)
    if request.method == "GET":
        form.role.data = user.role.value
    form.department_id.choices = _department_choices()
    if user.department_id not in {choice for choice, _label in form.department_id.choices}:
        form.department_id.choices.append((user.department_id, user.department.name))
    if form.validate_on_submit():
        with UnitOfWork(form) as work:
            operations.update_user(
                current_user,
                user,
                password=form.password.data or None,
                email=form.email.data,
                name=form.name.data,
                department_id=form.department_id.data,
                role=form.role.data,
                locale=form.locale.data,
                is_active=form.is_active.data,
            )
            if user.id == current_user.id and form.password.data:
                # A new password ends the other sessions; this one carries on under the new password.
                renew_after_password_change(user)
        if work.done:
            flash(_("User %(name)s saved.", name=user.name), "success")
            return redirect(url_for(".index"))
    status = 422 if form.errors else 200
    return render_template("admin/user_form.html", form=form, user=user), status


@bp.route("/<int:user_id>/active", methods=["POST"])
def set_active(user_id):
    user = queries.get(user_id) or abort(404)
    active = request.form.get("active") == "1"
    with UnitOfWork() as work:
        operations.update_user(current_user, user, is_active=active)
    if work.refusal is not None:
        flash(refusal_text(work.refusal), "error")
        return redirect(url_for(".index"), 303)
    if active:
        flash(_("User %(name)s reactivated.", name=user.name), "success")
    else:
        flash(_("User %(name)s deactivated; they can no longer sign in.", name=user.name), "success")
    return redirect(url_for(".index"))


@bp.route("/<int:user_id>/password-link", methods=["POST"])
def password_link(user_id):
    """Email the user a link to choose a password (a new invitation, or a reset)."""
    user = queries.get(user_id) or abort(404)
    with UnitOfWork() as work:
        operations.email_password_link(current_user, user)
    if work.refusal is not None:
        flash(refusal_text(work.refusal), "error")
        return redirect(url_for(".edit", user_id=user_id), 303)
    flash(_("A link to choose a password was sent to %(email)s.", email=user.email), "success")
    return redirect(url_for(".edit", user_id=user.id), 303)
