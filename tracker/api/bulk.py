"""``POST /api/v1/tasks/bulk``: one action on many tasks, through :mod:`tracker.tasks.bulk` (as the lists' form)."""

from flask_babel import gettext as _

from tracker.api.auth import actor
from tracker.api.spec import body, component, endpoint
from tracker.core.errors import ValidationFailed
from tracker.tasks import bulk
from tracker.tasks.schemas import BulkInput

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
    ids = values["ids"] if "ids" in values else bulk.ids_matching(user, bulk.filters_of(values["filter"]))
    return bulk.run(user, values["action"], ids, values).as_json()
