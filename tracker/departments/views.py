import sqlalchemy as sa
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from tracker.core.errors import ValidationFailed
from tracker.core.permissions import can_manage_departments, require
from tracker.departments import bp, operations
from tracker.departments import queries as department_queries
from tracker.departments.forms import DepartmentForm
from tracker.departments.models import Department
from tracker.extensions import db


@bp.before_request
@login_required
def guard():
    require(can_manage_departments(current_user))


def _parent_choices(exclude=None):
    departments = db.session.scalars(sa.select(Department).order_by(Department.name)).all()
    return [("", _("(none)"))] + [(d.id, d.name) for d in departments if d is not exclude]


@bp.route("/")
def index():
    q = (request.args.get("q") or "").strip()
    show = request.args.get("show", "active")
    query = sa.select(Department).order_by(Department.name)
    if q:
        query = query.where(department_queries.matching_text(q))
    if show == "active":
        query = query.where(Department.is_active.is_(True))
    elif show == "inactive":
        query = query.where(Department.is_active.is_(False))
    departments = db.session.scalars(query).all()
    return render_template("admin/departments.html", departments=departments, q=q, show=show)


def _save(form, department=None):
    values = dict(
        name=form.name.data,
        code=form.code.data,
        kind=form.kind.data,
        parent_id=form.parent_id.data,
        email=form.email.data,
        aliases=form.alias_list(),
        names={"vi": form.name_vi.data, "en": form.name_en.data},
    )
    try:
        if department is None:
            department = operations.create_department(current_user, **values)
        else:
            department = operations.update_department(current_user, department, is_active=form.is_active.data, **values)
    except ValidationFailed as error:
        db.session.rollback()
        for field, reason in error.fields.items():
            getattr(form, field if hasattr(form, field) else "name").errors.append(reason)
        return None
    db.session.commit()
    return department


@bp.route("/new", methods=["GET", "POST"])
def create():
    form = DepartmentForm()
    form.parent_id.choices = _parent_choices()
    if form.validate_on_submit():
        department = _save(form)
        if department is not None:
            flash(_("Department %(name)s created.", name=department.name), "success")
            return redirect(url_for(".index"))
    status = 422 if form.errors else 200
    return render_template("admin/department_form.html", form=form, department=None), status


@bp.route("/<int:department_id>", methods=["GET", "POST"])
def edit(department_id):
    department = db.session.get(Department, department_id) or abort(404)
    form = DepartmentForm(obj=department if request.method == "GET" else None)
    if request.method == "GET":
        form.aliases.data = "\n".join(department.aliases or [])
        form.kind.data = department.kind.value
        form.name_vi.data = (department.names or {}).get("vi", "")
        form.name_en.data = (department.names or {}).get("en", "")
    form.parent_id.choices = _parent_choices(exclude=department)
    if form.validate_on_submit() and _save(form, department) is not None:
        flash(_("Department %(name)s saved.", name=department.name), "success")
        return redirect(url_for(".index"))
    status = 422 if form.errors else 200
    return render_template("admin/department_form.html", form=form, department=department), status


@bp.route("/<int:department_id>/active", methods=["POST"])
def set_active(department_id):
    department = db.session.get(Department, department_id) or abort(404)
    active = request.form.get("active") == "1"
    operations.update_department(current_user, department, is_active=active)
    db.session.commit()
    if active:
        flash(_("Department %(name)s reactivated.", name=department.name), "success")
    else:
        flash(_("Department %(name)s deactivated. Its history is kept.", name=department.name), "success")
    return redirect(url_for(".index"))
