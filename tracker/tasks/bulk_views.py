"""The bulk form of the task lists: select rows (or every task matching the list's filters), then act.

The form posts to ``/tasks/bulk`` (CSRF, no JavaScript needed; ``bulk.js`` adds "select all on this
page" and the suggestions of "Assign to"); the work is done by :mod:`tracker.tasks.bulk`, the same door
as the API's. The answer is a page naming each task done and each task refused with the reason; an
export answers with the file. A request refused as a whole (no task chosen, a missing or wrong value,
too many tasks, a person not found or not told apart) changes nothing and answers with the form again,
holding the selection and every value typed, the reasons beside the fields.

"Assign to" is a line of text, not a list of everyone: a leader may assign to any of a hundred thousand
people, and writing them into every list page cost most of its time and size. The server reads what
was typed (:func:`assignee_named`): a picked suggestion ends in ``#<id>``; an email, a name, or a part
of a name, an email or a department code that only one person matches will do too.
"""

import re

from flask import abort, current_app, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user

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
#: How many people "Assign to" suggests at once (type more to narrow them).
PEOPLE_SHOWN = 20
#: The most of what was typed in "Assign to" that is read (an email is at most 254 characters).
ASSIGNEE_TEXT_MAX = 300
#: A picked suggestion: "Name (CODE) #123".
PICKED = re.compile(r"#\s*([0-9]+)\s*$")


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
    """What the bulk form offers besides the people (those are suggested as one types): the departments
    that may coordinate, the priorities, whether the user may change tasks at all, the cap."""
    departments = assignable_departments(current_user)
    return {
        "departments": department_queries.active_names(),
        "priorities": [(priority.value, label) for priority, label in PRIORITY_LABELS.items()],
        "may_change": departments != (),
        "max_tasks": bulk.max_tasks(),
    }


def person_label(row):
    """How a person reads in "Assign to": ``Name (CODE) #123`` (the id tells namesakes apart)."""
    person_id, name, _email, code = row
    return f"{name} ({code}) #{person_id}"


@bp.route("/bulk/people")
def bulk_people():
    """The suggestions of "Assign to" as one types: at most :data:`PEOPLE_SHOWN` people the signed-in
    user may assign to whose name, email or department code contain ``q`` (none for who may assign
    to no one), each with the text that names them in the form."""
    q = (request.args.get("q") or "").strip()[:ASSIGNEE_TEXT_MAX]
    rows = user_queries.assignable_matching(assignable_departments(current_user), q, limit=PEOPLE_SHOWN)
    return {
        "items": [
            {"id": row.id, "name": row.name, "email": row.email, "code": row.code, "value": person_label(row)}
            for row in rows
        ]
    }


def assignee_named(user, text):
    """The id of the one person ``user`` may assign to that ``text`` names: the id after a trailing
    ``#`` (a picked suggestion), else the person with that email, else the one with that name, else
    the one whose name, email or department code contain it. Nobody, or several: refused as a whole."""
    departments = assignable_departments(user)
    text = text.strip()[:ASSIGNEE_TEXT_MAX]
    picked = PICKED.search(text)
    if picked:
        user_id = to_id(picked.group(1))
        found = user_queries.assignable_exactly(departments, user_id=user_id) if user_id else []
    else:
        found = user_queries.assignable_exactly(departments, email=text)
        found = found or user_queries.assignable_exactly(departments, name=text)
        if len(found) != 1:
            found = user_queries.assignable_matching(departments, text, limit=2)
    if len(found) == 1:
        return found[0].id
    if not found:
        reason = _("No one you may assign to matches “%(text)s”.", text=text)
    else:
        reason = ngettext(
            "%(num)d person matches “%(text)s”: pick one from the suggestions or type their email.",
            "%(num)d people match “%(text)s”: pick one from the suggestions or type their email.",
            user_queries.assignable_matching_count(departments, text),
            text=text,
        )
    raise ValidationFailed(reason, fields={"assignee": reason})


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


#: The action's own fields, kept as typed when the request is refused (``assignee_id``: what older
#: pages and the tests send instead of the text of "Assign to").
VALUE_FIELDS = ("assignee", "assignee_id", "due_on", "shift_days", "priority", "comment")


def _values():
    values = {name: request.form.get(name) for name in VALUE_FIELDS}
    values["department_ids"] = request.form.getlist("department_ids")
    return values


def _action_values(action):
    """What the bulk operation reads: the form's values, the person typed in "Assign to" read as their id."""
    values = _values()
    if action == "assign" and (values["assignee"] or "").strip():
        values["assignee_id"] = assignee_named(current_user, values["assignee"])
    return values


def _typed_assignee(values):
    """What "Assign to" shows again: the text typed, else the person whose id was sent, named."""
    if (values["assignee"] or "").strip() or not to_id(values["assignee_id"]):
        return values["assignee"] or ""
    user_id = to_id(values["assignee_id"])
    found = user_queries.assignable_exactly(assignable_departments(current_user), user_id=user_id)
    return person_label(found[0]) if found else f"#{user_id}"


def _suggested(values, errors):
    """The people to suggest in a form refused for "Assign to" (read by the browser without JavaScript)."""
    text = (values["assignee"] or "").strip()[:ASSIGNEE_TEXT_MAX]
    if "assignee" not in errors or not text or PICKED.search(text):
        return []
    rows = user_queries.assignable_matching(assignable_departments(current_user), text, limit=PEOPLE_SHOWN)
    return [person_label(row) for row in rows]


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
        matching = queries.matching_count(current_user, filters)
    except ValidationFailed:
        matching = 0
    values, errors = _values(), dict(error.fields or {})
    return {
        "matching": matching,
        "list": list_name,
        "next": back,
        "scope": "filter" if request.form.get("scope") == "filter" else "selected",
        "filter_fields": filter_fields,
        "selected": [(task_id, titles[task_id]) for task_id in dict.fromkeys(ticked) if task_id in titles],
        "typed": {**values, "assignee": _typed_assignee(values), "action": request.form.get("action", "")},
        "people": _suggested(values, errors),
        "errors": errors,
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
        outcome = bulk.run(current_user, action, ids, _action_values(action))
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
