"""Pages for saved views (``/tasks/views``), and the hook that remembers each list's filters."""

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from tracker.core.web import UnitOfWork, commit, refusal_text, safe_next
from tracker.tasks import bp, bulk_views, saved_views


@bp.before_app_request
def remember_list_filters():
    return saved_views.remember_or_restore()


@bp.app_template_global("saved_views_for")
def saved_views_for(list_name):
    return saved_views.visible_views(current_user, list_name)


@bp.app_template_global("view_filter_fields")
def view_filter_fields(list_name, filters):
    """Hidden ``filter.*`` fields holding the list's filters (the department list is the user's own)."""
    fields = bulk_views.filter_fields(filters)
    if list_name == "department":
        fields.pop("filter.department_id", None)
    return fields


@bp.route("/views")
def views_index():
    """Every view the user may open: their own, and those shared with their department."""
    views = saved_views.visible_views(current_user)
    return render_template("tasks/views.html", views=views, labels=list_labels())


def list_labels():
    return {"mine": _("My tasks"), "department": _("Department tasks"), "all": _("All tasks")}


@bp.route("/views", methods=["POST"])
def views_save():
    """Save the list's current filters (sent as ``filter.*`` fields) under a name."""
    back = safe_next(request.form.get("next"))
    query = {name.removeprefix("filter."): value for name, value in request.form.items() if name.startswith("filter.")}
    with UnitOfWork() as work:
        view = saved_views.save_view(
            current_user,
            name=request.form.get("name"),
            list_name=request.form.get("list"),
            query=query,
            shared=request.form.get("shared") == "1",
        )
    if work.refusal is not None:
        flash(refusal_text(work.refusal), "error")
        return redirect(back, 303)
    flash(_("View “%(name)s” saved.", name=view.name), "success")
    return redirect(view.url(), 303)


@bp.route("/views/<int:view_id>")
def views_open(view_id):
    return redirect(saved_views.get_view(current_user, view_id).url())


@bp.route("/views/<int:view_id>/delete", methods=["POST"])
def views_delete(view_id):
    view = saved_views.get_view(current_user, view_id)
    saved_views.delete_view(current_user, view)
    commit()
    flash(_("View deleted."), "success")
    return redirect(url_for(".views_index"), 303)
