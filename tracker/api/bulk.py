"""``POST /api/v1/tasks/bulk``: one action on many tasks, through :mod:`tracker.tasks.bulk` (as the lists' form)."""

from flask_babel import gettext as _

from tracker.api.auth import actor
from tracker.api.inputs import INT_MAX, Field, Invalid, load
from tracker.api.spec import component, endpoint
from tracker.api.task_endpoints import LIST_QUERY
from tracker.core.errors import ValidationFailed
from tracker.extensions import db
from tracker.tasks import bulk, operations, queries
from tracker.tasks.models import Priority


class ObjectField(Field):
    """A JSON object, checked by the caller (here: the ``filter`` of a bulk request)."""

    def _clean_object(self, value):
        if not isinstance(value, dict):
            raise Invalid(_("Expected an object."))
        return value


#: The list filters a bulk request may select by (those of ``GET /tasks``, without paging).
FILTER_FIELDS = {name: field for name, field in LIST_QUERY.items() if name not in ("page", "per_page")}
BULK_FIELDS = {
    "action": Field("string", required=True, enum=list(bulk.ACTIONS)),
    "ids": Field(
        "array",
        items=Field("integer", minimum=1, maximum=INT_MAX),
        max_items=10_000,
        description="The tasks to act on (at most TRACKER_BULK_MAX_TASKS, 500 by default); or give `filter`.",
    ),
    "filter": ObjectField(
        "object", description="Act on every task matching these filters (as `GET /tasks` takes them)."
    ),
    "assignee_id": Field("integer", minimum=1, description="assign: a head or staff member of each lead department."),
    "due_on": Field("date", description="set_due: the new deadline (or give shift_days)."),
    "shift_days": Field(
        "integer",
        minimum=-bulk.MAX_SHIFT_DAYS,
        maximum=bulk.MAX_SHIFT_DAYS,
        description="set_due: move each deadline by this many days (not 0).",
    ),
    "priority": Field("string", enum=[priority.value for priority in Priority], description="set_priority."),
    "department_ids": Field(
        "array", items=Field("integer", minimum=1, maximum=INT_MAX), max_items=100, description="add_coordinating."
    ),
    "comment": Field("string", nullable=True, max_length=operations.COMMENT_MAX, description="cancel: the reason."),
}
component(
    "BulkOutcome",
    {
        "type": "object",
        "required": ["done", "refused"],
        "properties": {
            "done": {"type": "array", "items": {"type": "integer"}, "description": "The ids changed (or already so)."},
            "refused": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["id", "message"],
                    "properties": {"id": {"type": "integer"}, "message": {"type": "string"}},
                },
                "description": "Each task refused, with the reason; it was left unchanged.",
            },
        },
    },
)


def _filters(user, data):
    """``TaskFilters`` from the ``filter`` object, checked as the list endpoint checks its query."""
    errors = {}
    for name in data:
        if name not in FILTER_FIELDS:
            errors[f"filter.{name}"] = _("Unknown field.")
    values = {}
    for name, field in FILTER_FIELDS.items():
        if name not in data or data[name] in (None, ""):
            continue
        value = data[name]
        try:
            values[name] = field.clean(value)
        except Invalid as error:
            errors[f"filter.{name}"] = error.reason
    if errors:
        raise ValidationFailed(_("Some fields are wrong."), fields=errors)
    return queries.TaskFilters(**values)


@endpoint(
    "/tasks/bulk",
    "POST",
    summary="Act on many tasks at once",
    tag="tasks",
    body=BULK_FIELDS,
    responses={200: "BulkOutcome"},
)
def bulk_tasks():
    """Give ``action`` and either ``ids`` or ``filter`` (the filters of `GET /tasks`), plus what the action needs:
    `assign` `assignee_id`; `set_due` `due_on` or `shift_days`; `set_priority` `priority`; `add_coordinating`
    `department_ids`; `cancel` an optional `comment`.

    Each task goes through the same operation and permission check as when changed alone, on its
    *current* version (no `version` is sent), inside a savepoint of its own: a refused task is left
    unchanged and the others go on. The answer names every task done and every one refused with the
    reason. At most `TRACKER_BULK_MAX_TASKS` (500) tasks per request: a larger selection is a 422
    and nothing changes.
    """
    user = actor()
    values = load(BULK_FIELDS)
    if ("ids" in values) == ("filter" in values):
        raise ValidationFailed(_("Some fields are wrong."), fields={"ids": _("Give either ids or filter.")})
    bulk.check_parameters(values["action"], values)
    ids = values["ids"] if "ids" in values else bulk.ids_matching(user, _filters(user, values["filter"]))
    outcome = bulk.run(user, values["action"], ids, values)
    db.session.commit()
    return outcome.as_json()
