"""``POST /api/v1/tasks/bulk``: one action on many tasks, through :mod:`tracker.tasks.bulk` (as the lists' form)."""

from typing import Literal

from flask_babel import gettext as _
from pydantic import Field, ValidationError

from tracker.api.auth import actor
from tracker.api.spec import body, component, endpoint
from tracker.core.errors import ValidationFailed
from tracker.core.schemas import Day, Input, Int, Text, field_errors
from tracker.tasks import bulk, operations, queries, schemas
from tracker.tasks.models import Priority

#: The list filters a bulk request may select by (those of ``GET /tasks``, without paging).
TaskFilter = schemas.task_filter([queries.OPEN], queries.ROLES, queries.SORTS)


class BulkInput(Input):
    """One action on many tasks: what each action needs is checked by :func:`tracker.tasks.bulk.check_parameters`."""

    action: Literal[tuple(bulk.ACTIONS)]
    ids: list[Int(1)] = Field(
        None,
        max_length=10_000,
        description="The tasks to act on (at most TRACKER_BULK_MAX_TASKS, 500 by default); or give `filter`.",
    )
    filter: dict = Field(None, description="Act on every task matching these filters (as `GET /tasks` takes them).")
    assignee_id: Int(1) = Field(None, description="assign: a head or staff member of each lead department.")
    due_on: Day = Field(None, description="set_due: the new deadline (or give shift_days).")
    shift_days: Int(-bulk.MAX_SHIFT_DAYS, bulk.MAX_SHIFT_DAYS) = Field(
        None, description="set_due: move each deadline by this many days (not 0)."
    )
    priority: Literal[tuple(priority.value for priority in Priority)] = Field(None, description="set_priority.")
    department_ids: list[Int(1)] = Field(None, max_length=100, description="add_coordinating.")
    comment: Text(operations.COMMENT_MAX, multiline=True) | None = Field(None, description="cancel: the reason.")


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
    try:
        model = TaskFilter.model_validate({name: value for name, value in data.items() if value not in (None, "")})
    except ValidationError as error:
        reasons = field_errors(error)
        raise ValidationFailed(
            _("Some fields are wrong."), fields={f"filter.{name}": reason for name, reason in reasons.items()}
        ) from None
    return queries.TaskFilters(**{name: getattr(model, name) for name in model.model_fields_set})


@endpoint(
    "/tasks/bulk",
    "POST",
    summary="Act on many tasks at once",
    tag="tasks",
    body=BulkInput,
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
    values = body()
    if ("ids" in values) == ("filter" in values):
        raise ValidationFailed(_("Some fields are wrong."), fields={"ids": _("Give either ids or filter.")})
    bulk.check_parameters(values["action"], values)
    ids = values["ids"] if "ids" in values else bulk.ids_matching(user, _filters(user, values["filter"]))
    outcome = bulk.run(user, values["action"], ids, values)
    return outcome.as_json()
