"""The administrators' pages of departments: the directory, a department's form, (de)activation."""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from tracker.core.args import QueryArgs
from tracker.core.permissions import can_manage_departments, require
from tracker.core.web import UnitOfWork, refusal_text
from tracker.departments import bp, operations, queries
from tracker.departments.forms import DepartmentForm


@bp.before_request
@login_required
def guard():
    require(can_manage_departments(current_user))


def _parent_choices(exclude=None):
    departments = queries.all_departments()
    return [("", _("(none)"))] + [(d.id, d.name) for d in departments if d is not exclude]


@bp.route("/")
def index():
    read = QueryArgs()
    q, show = read.text("q"), read.choice("show", queries.SHOWN) or "active"
    read.note()
    departments = queries.directory(q=q, show=show)
    return render_template("admin/departments.html", departments=departments, q=q or "", show=show)


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
    with UnitOfWork(form) as work:
        if department is None:
            department = operations.create_department(current_user, **values)
        else:
            department = operations.update_department(current_user, department, is_active=form.is_active.data, **values)
    return department if work.done else None


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
    department = queries.get(department_id) or abort(404)
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
    department = queries.get(department_id) or abort(404)
    active = request.form.get("active") == "1"
    with UnitOfWork() as work:
        operations.update_department(current_user, department, is_active=active)
    if work.refusal is not None:
        flash(refusal_text(work.refusal), "error")
        return redirect(url_for(".index"), 303)
    if active:
        flash(_("Department %(name)s reactivated.", name=department.name), "success")
    else:
        flash(_("Department %(name)s deactivated. Its history is kept.", name=department.name), "success")
    return redirect(url_for(".index"))
