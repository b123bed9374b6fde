"""The bulk form of the task lists: select rows (or every task matching the list's filters), then act.

The form posts to ``/tasks/bulk`` (CSRF, no JavaScript needed; ``bulk.js`` only adds "select all on
this page"); the work is done by :mod:`tracker.tasks.bulk`, the same door as the API's. The answer is
a page naming each task done and each task refused with the reason; an export answers with the file.
"""

import sqlalchemy as sa
from flask import abort, current_app, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from markupsafe import Markup

from tracker.auth.views import safe_next
from tracker.core.errors import ValidationFailed
from tracker.departments.models import Department
from tracker.extensions import db
from tracker.tasks import bp, bulk, queries
from tracker.tasks.forms import PRIORITY_LABELS
from tracker.tasks.models import Task
from tracker.users.models import Role, User

#: The lists that carry the bulk form, and how each reads its filters.
LISTS = ("mine", "department", "all", "meeting")
EXPORTS = {"export_csv": "csv", "export_xlsx": "xlsx"}


def filters_for(list_name, args, user):
    """The filters of list ``list_name`` from ``args``, as that list's page reads them."""
    overrides = {} if "status" in args else {"status": queries.OPEN}
    if list_name == "mine":
        overrides["mine"] = True
    elif list_name == "department":
        overrides["department_id"] = user.department_id
        overrides["role"] = args.get("role") if args.get("role") in queries.ROLES else "lead"
    filters = queries.TaskFilters.from_args(args, **overrides)
    if list_name == "meeting" and filters.meeting_id is None:
        raise ValidationFailed(_("Unknown meeting."), fields={"filter.meeting_id": _("Unknown meeting.")})
    filters.page, filters.per_page = 1, None
    return filters


def filter_fields(filters):
    """Hidden fields that carry ``filters`` in the bulk form (``status`` always: empty is "any")."""
    fields = {f"filter.{name}": value for name, value in queries.export_args(filters).items()}
    fields.setdefault("filter.status", filters.status or "")
    fields.pop("filter.mine", None)
    return fields


@bp.app_template_global("bulk_choices")
def bulk_choices():
    """The people the signed-in user may assign to and the departments that may coordinate.

    Read as plain rows and the people's options written at once: a leader may assign to two
    thousand people, and building an object and a template loop iteration for each was most of a
    list page's CPU.
    """
    user = current_user
    people = Markup("")
    if user.role in (Role.ADMIN, Role.LEADER, Role.HEAD):
        query = (
            sa.select(User.id, User.name, Department.code)
            .join(User.department)
            .where(User.is_active.is_(True), User.role.in_((Role.HEAD, Role.STAFF)))
            .order_by(Department.name, User.name)
        )
        if user.role == Role.HEAD:
            query = query.where(User.department_id == user.department_id)
        people = Markup("").join(
            Markup('<option value="{}">{} ({})</option>').format(person_id, name, code)
            for person_id, name, code in db.session.execute(query.limit(2000))
        )
    departments = db.session.execute(
        sa.select(Department.id, Department.name).where(Department.is_active.is_(True)).order_by(Department.name)
    ).all()
    return {
        "people": people,
        "departments": departments,
        "priorities": [(priority.value, label) for priority, label in PRIORITY_LABELS.items()],
        "may_change": user.role in (Role.ADMIN, Role.LEADER, Role.HEAD),
        "max_tasks": bulk.max_tasks(),
    }


@bp.app_template_global("meeting_filters")
def meeting_filters(meeting_id):
    """The filters of a meeting's page: every task of the meeting, whatever its status."""
    return queries.TaskFilters(meeting_id=meeting_id)


@bp.app_template_global("bulk_filter_fields")
def bulk_filter_fields(filters):
    return filter_fields(filters)


def _selected_ids(list_name):
    """The ids the form selected: the ticked rows, or every task matching the list's filters."""
    if request.form.get("scope") == "filter":
        args = {
            name.removeprefix("filter."): value for name, value in request.form.items() if name.startswith("filter.")
        }
        return bulk.ids_matching(current_user, filters_for(list_name, args, current_user))
    return bulk.check_ids(request.form.getlist("ids"))


def _titles(ids):
    """The titles of the tasks the user may see among ``ids`` (a refused unknown id stays a number)."""
    if not ids:
        return {}
    visible = queries.visible_tasks(current_user, Task.id.in_(ids)).with_only_columns(Task.id, Task.title)
    return dict(db.session.execute(visible).all())


@bp.route("/bulk", methods=["POST"])
def bulk_action():
    """Apply one action to the selected tasks; each is done or refused on its own."""
    list_name = request.form.get("list")
    if list_name not in LISTS:
        abort(400, _("Unknown list."))
    back = safe_next(request.form.get("next") or url_for("home.index"))
    action = request.form.get("action", "")
    try:
        ids = _selected_ids(list_name)
        if action in EXPORTS:
            return _export(ids, EXPORTS[action])
        values = {
            "assignee_id": request.form.get("assignee_id"),
            "due_on": request.form.get("due_on"),
            "shift_days": request.form.get("shift_days"),
            "priority": request.form.get("priority"),
            "department_ids": request.form.getlist("department_ids"),
            "comment": request.form.get("comment"),
        }
        outcome = bulk.run(current_user, action, ids, values)
    except ValidationFailed as error:
        db.session.rollback()
        return render_template("tasks/bulk_result.html", error=error, outcome=None, back=back), 422
    titles = _titles([*outcome.done, *(task_id for task_id, _reason in outcome.refused)])
    db.session.commit()
    return render_template("tasks/bulk_result.html", error=None, outcome=outcome, titles=titles, back=back)


def _export(ids, file_format):
    """The selected tasks (those the user may see) through the task list's export."""
    from tracker.feeds import exports
    from tracker.feeds.views import _download

    filters = queries.TaskFilters()
    rows = exports.task_rows(
        current_user._get_current_object(), filters, current_app.config["TRACKER_BASE_URL"], ids=ids
    )
    return _download(exports.task_columns(), rows, "tasks", file_format)
