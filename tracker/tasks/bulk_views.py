"""The bulk form of the task lists: select rows (or every task matching the list's filters), then act.

The form posts to ``/tasks/bulk`` (CSRF, no JavaScript needed; ``bulk.js`` only adds "select all on
this page"); the work is done by :mod:`tracker.tasks.bulk`, the same door as the API's. The answer is
a page naming each task done and each task refused with the reason; an export answers with the file.
A request refused as a whole (no task chosen, a missing or wrong value, too many tasks) changes
nothing and answers with the form again, holding the selection and every value typed, the reasons
beside the fields.
"""

from flask import abort, current_app, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from markupsafe import Markup

from tracker.core.errors import ValidationFailed
from tracker.core.integers import to_id
from tracker.core.permissions import assignable_departments
from tracker.core.web import UnitOfWork, safe_next
from tracker.departments import queries as department_queries
from tracker.feeds import exports
from tracker.tasks import bp, bulk, queries
from tracker.tasks.forms import PRIORITY_LABELS
from tracker.users import queries as user_queries

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
def bulk_choices(chosen_assignee=None):
    """The people the signed-in user may assign to and the departments that may coordinate.

    Read as plain rows and the people's options written at once: a leader may assign to two
    thousand people, and building an object and a template loop iteration for each was most of a
    list page's CPU. ``chosen_assignee`` (an id as text) is the option selected when the form comes
    back refused.
    """
    user = current_user
    people = Markup("")
    departments = assignable_departments(user)
    if departments != ():
        option = Markup('<option value="{}"{}>{} ({})</option>')
        people = Markup("").join(
            option.format(person_id, Markup(" selected") if str(person_id) == chosen_assignee else "", name, code)
            for person_id, name, code in user_queries.assignable_rows(departments, limit=2000)
        )
    return {
        "people": people,
        "departments": department_queries.active_names(),
        "priorities": [(priority.value, label) for priority, label in PRIORITY_LABELS.items()],
        "may_change": departments != (),
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


#: The action's own fields, kept as typed when the request is refused.
VALUE_FIELDS = ("assignee_id", "due_on", "shift_days", "priority", "comment")


def _values():
    values = {name: request.form.get(name) for name in VALUE_FIELDS}
    values["department_ids"] = request.form.getlist("department_ids")
    return values


def _kept(list_name, back, error):
    """What the refused form held, to show it again: the list, the scope and its filters, the ticked
    tasks (those the user may see, with their titles), the values typed, the reasons per field."""
    ticked = [number for number in map(to_id, request.form.getlist("ids")[: bulk.max_tasks() * 2]) if number]
    titles = queries.visible_titles(current_user, ticked)
    filter_fields = {name: value for name, value in request.form.items() if name.startswith("filter.")}
    try:
        filters = filters_for(
            list_name, {name.removeprefix("filter."): v for name, v in filter_fields.items()}, current_user
        )
        matching = queries.filtered_tasks(current_user, filters, options=queries.page_options())[1]
    except ValidationFailed:
        matching = 0
    return {
        "matching": matching,
        "list": list_name,
        "next": back,
        "scope": "filter" if request.form.get("scope") == "filter" else "selected",
        "filter_fields": filter_fields,
        "selected": [(task_id, titles[task_id]) for task_id in dict.fromkeys(ticked) if task_id in titles],
        "typed": {**_values(), "action": request.form.get("action", "")},
        "errors": dict(error.fields or {}),
    }


@bp.route("/bulk", methods=["POST"])
def bulk_action():
    """Apply one action to the selected tasks; each is done or refused on its own."""
    list_name = request.form.get("list")
    if list_name not in LISTS:
        abort(400, _("Unknown list."))
    back = safe_next(request.form.get("next") or url_for("home.index"))
    action = request.form.get("action", "")
    with UnitOfWork(refusals=(ValidationFailed,)) as work:
        ids = _selected_ids(list_name)
        if action in EXPORTS:
            return _export(ids, EXPORTS[action])
        outcome = bulk.run(current_user, action, ids, _values())
        titles = queries.visible_titles(current_user, [*outcome.done, *(task_id for task_id, _ in outcome.refused)])
    if work.refusal is not None:
        kept = _kept(list_name, back, work.refusal)
        return render_template("tasks/bulk_result.html", error=work.refusal, outcome=None, back=back, kept=kept), 422
    return render_template("tasks/bulk_result.html", error=None, outcome=outcome, titles=titles, back=back)


def _export(ids, file_format):
    """The selected tasks (those the user may see) through the task list's export."""
    filters = queries.TaskFilters()
    rows = exports.task_rows(
        current_user._get_current_object(), filters, current_app.config["TRACKER_BASE_URL"], ids=ids
    )
    return exports.download(exports.task_columns(), rows, "tasks", file_format)
