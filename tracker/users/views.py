import sqlalchemy as sa
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from tracker.auth.sessions import renew_after_password_change
from tracker.core.errors import ValidationFailed
from tracker.core.integers import id_args
from tracker.core.permissions import can_manage_users, require
from tracker.departments.models import Department
from tracker.extensions import db
from tracker.users import bp, operations
from tracker.users import queries as user_queries
from tracker.users.forms import UserForm
from tracker.users.models import User

PAGE_SIZE = 50


@bp.before_request
@login_required
def guard():
    require(can_manage_users(current_user))


def _department_choices():
    departments = db.session.scalars(
        sa.select(Department).where(Department.is_active.is_(True)).order_by(Department.name)
    ).all()
    return [(d.id, f"{d.name} ({d.code})") for d in departments]


@bp.route("/")
def index():
    q = (request.args.get("q") or "").strip()
    ids, ignored = id_args(request.args, "page", "department_id")  # junk or out of range: no filter
    if ignored:
        flash(_("Some filters were not understood and were ignored:") + " " + ", ".join(ignored), "info")
    page = ids["page"] or 1
    query = sa.select(User).order_by(User.name)
    if q:
        query = query.where(user_queries.matching_text(q))
    department_id = ids["department_id"]
    if department_id:
        query = query.where(User.department_id == department_id)
    pagination = db.paginate(query, page=page, per_page=PAGE_SIZE, error_out=False)
    return render_template(
        "admin/users.html", pagination=pagination, q=q, department_id=department_id, departments=_department_choices()
    )


def _apply_errors(form, error):
    for field, reason in error.fields.items():
        getattr(form, field, form.name).errors.append(reason)


@bp.route("/new", methods=["GET", "POST"])
def create():
    form = UserForm()
    form.department_id.choices = _department_choices()
    # No role is chosen for the administrator: a new user is whatever they pick, never admin by default.
    form.role.choices = [("", _("Choose a role")), *form.role.choices]
    form.password.description = _("Leave empty to email an invitation to choose a password.")
    if form.validate_on_submit():
        try:
            user = operations.create_user(
                current_user,
                email=form.email.data,
                name=form.name.data,
                department_id=form.department_id.data,
                role=form.role.data,
                password=form.password.data or None,
                locale=form.locale.data,
            )
        except ValidationFailed as error:
            db.session.rollback()
            _apply_errors(form, error)
        else:
            db.session.commit()
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
    user = db.session.get(User, user_id) or abort(404)
    form = UserForm(obj=user if request.method == "GET" else None)
    if request.method == "GET":
        form.role.data = user.role.value
    form.department_id.choices = _department_choices()
    if user.department_id not in {choice for choice, _label in form.department_id.choices}:
        form.department_id.choices.append((user.department_id, user.department.name))
    if form.validate_on_submit():
        try:
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
        except ValidationFailed as error:
            db.session.rollback()
            _apply_errors(form, error)
        else:
            db.session.commit()
            if user.id == current_user.id and form.password.data:
                # A new password ends the other sessions; this one carries on under the new password.
                renew_after_password_change(user)
                db.session.commit()
            flash(_("User %(name)s saved.", name=user.name), "success")
            return redirect(url_for(".index"))
    status = 422 if form.errors else 200
    return render_template("admin/user_form.html", form=form, user=user), status


@bp.route("/<int:user_id>/active", methods=["POST"])
def set_active(user_id):
    user = db.session.get(User, user_id) or abort(404)
    active = request.form.get("active") == "1"
    try:
        operations.update_user(current_user, user, is_active=active)
    except ValidationFailed as error:
        db.session.rollback()
        flash(" ".join(error.fields.values()) or error.description, "error")
        return redirect(url_for(".index")), 303
    db.session.commit()
    if active:
        flash(_("User %(name)s reactivated.", name=user.name), "success")
    else:
        flash(_("User %(name)s deactivated; they can no longer sign in.", name=user.name), "success")
    return redirect(url_for(".index"))


@bp.route("/<int:user_id>/password-link", methods=["POST"])
def password_link(user_id):
    """Email the user a link to choose a password (a new invitation, or a reset)."""
    user = db.session.get(User, user_id) or abort(404)
    try:
        operations.email_password_link(current_user, user)
    except ValidationFailed as error:
        db.session.rollback()
        flash(error.description, "error")
        return redirect(url_for(".edit", user_id=user.id), 303)
    db.session.commit()
    flash(_("A link to choose a password was sent to %(email)s.", email=user.email), "success")
    return redirect(url_for(".edit", user_id=user.id), 303)
