"""Acting on many tasks at once: the one door for the list pages' bulk form and ``POST /api/v1/tasks/bulk``.

A bulk action is the single-task operation repeated: each task goes through
:mod:`tracker.tasks.operations` (``assign_task``, ``update_task``, ``transition_task``) with the same
permission check, history entry, audit event and notifications as when it is changed alone. Each
task runs inside its own savepoint (``db.session.begin_nested()``): a task that is refused, or that
fails half-way, is left exactly as it was, and the others go on. The outcome names every task done
and every task refused with the reason.

Versions: a bulk change is based on each task's *current* version (the one read when the request
is applied), not on what the user saw in the list; a task changed by someone else at the same
moment is refused as stale by the version column, the others are not affected.

One request touches at most ``TRACKER_BULK_MAX_TASKS`` tasks (500 by default): a larger selection
(or a filter matching more) is refused as a whole, before anything is changed.
"""

import logging
from dataclasses import dataclass, field
from datetime import timedelta

from flask import current_app
from flask_babel import gettext as _
from pydantic import ValidationError

from tracker.core.errors import TrackerError, ValidationFailed
from tracker.core.schemas import field_errors
from tracker.extensions import db
from tracker.tasks import operations, queries, schemas
from tracker.tasks.validation import Errors

log = logging.getLogger(__name__)

#: The fields each action reads (the others are ignored: a form sends every field).
ACTION_FIELDS = {
    "assign": ("assignee_id",),
    "set_due": ("due_on", "shift_days"),
    "set_priority": ("priority",),
    "add_coordinating": ("department_ids",),
    "cancel": ("comment",),
}
#: The list filters a bulk request may select by (those of ``GET /tasks``, without paging).
TaskFilter = schemas.task_filter([queries.OPEN], queries.ROLES, queries.SORTS)


@dataclass
class Outcome:
    """What a bulk action did: the ids done, and ``(id, reason)`` for each task refused, in order."""

    action: str
    done: list = field(default_factory=list)
    refused: list = field(default_factory=list)

    def as_json(self):
        return {
            "done": self.done,
            "refused": [{"id": task_id, "message": message} for task_id, message in self.refused],
        }


def max_tasks():
    return int(current_app.config.get("TRACKER_BULK_MAX_TASKS", 500))


def _too_many(limit):
    return ValidationFailed(
        _("At most %(n)d tasks can be changed at once; narrow the selection.", n=limit),
        fields={"ids": _("At most %(n)d tasks at once.", n=limit)},
    )


def check_ids(ids):
    """Clean a list of task ids (order kept, repeats dropped); refuse an empty or too long one."""
    given = [ids] if isinstance(ids, str | int) else ids
    cleaned = list(dict.fromkeys(schemas.TaskSelection.check({"ids": given})["ids"])) if given else []
    if not cleaned:
        raise ValidationFailed(_("Select at least one task."), fields={"ids": _("Select at least one task.")})
    if len(cleaned) > max_tasks():
        raise _too_many(max_tasks())
    return cleaned


def filters_of(data):
    """``TaskFilters`` from a bulk request's ``filter`` object, checked as ``GET /tasks`` checks its query."""
    try:
        model = TaskFilter.model_validate({name: value for name, value in data.items() if value not in (None, "")})
    except ValidationError as error:
        reasons = field_errors(error)
        raise ValidationFailed(
            _("Some fields are wrong."), fields={f"filter.{name}": reason for name, reason in reasons.items()}
        ) from None
    return queries.TaskFilters(**{name: getattr(model, name) for name in model.model_fields_set})


def ids_matching(user, filters):
    """The ids of the tasks ``user`` may see that match ``filters``, in the list's order.

    Refused as a whole when more than the cap match (nothing is changed then).
    """
    limit = max_tasks()
    ids = queries.matching_ids(user, filters, limit + 1)
    if len(ids) > limit:
        raise _too_many(limit)
    if not ids:
        raise ValidationFailed(_("No task matches these filters."), fields={"filter": _("No task matches.")})
    return list(ids)


def check_parameters(action, values):
    """Validate what ``action`` needs (the same for every task) before touching any; return it typed.

    The values are read by :class:`tracker.tasks.schemas.BulkAction` (the API's declaration too),
    only those the action reads; then what each action needs is checked here.
    """
    errors = Errors()
    given = {name: values.get(name) for name in ACTION_FIELDS.get(action, ())}
    given = {name: value for name, value in given.items() if value not in (None, "", [])}
    checked = schemas.BulkAction.check({"action": action, **given}, errors=errors)
    if "action" in errors:
        raise ValidationFailed(_("Unknown action."), fields={"action": errors["action"]})
    params = {name: checked.get(name) for name in ACTION_FIELDS[action]}
    if action == "assign" and params["assignee_id"] is None and "assignee_id" not in errors:
        errors.add("assignee_id", _("Choose the person to assign."))
    elif action == "set_due" and not errors and (params["due_on"] is None) == (params["shift_days"] is None):
        errors.add("due_on", _("Give either a new deadline or a number of days to move it by."))
    elif action == "set_priority" and params["priority"] is None and "priority" not in errors:
        errors.add("priority", _("Choose a priority."))
    elif action == "add_coordinating" and not params["department_ids"] and "department_ids" not in errors:
        errors.add("department_ids", _("Choose at least one department."))
    if errors:
        raise ValidationFailed(_("Nothing was changed: some fields are wrong."), fields=errors)
    if action == "add_coordinating":
        params["department_ids"] = list(dict.fromkeys(params["department_ids"]))
    return params


def apply_one(actor, task, action, params):
    """Apply ``action`` to one task through the single-task operation, on its current version."""
    version = task.version
    if action == "assign":
        return operations.assign_task(actor, task, params["assignee_id"], version=version)
    if action == "set_due":
        if params["due_on"] is not None:
            due_on = params["due_on"]
        elif task.due_on is None:
            raise ValidationFailed(_("This task has no deadline to move."))
        else:
            due_on = task.due_on + timedelta(days=params["shift_days"])
        # The deadline as written ("by the end of Q3") no longer holds; the history keeps it.
        return operations.update_task(actor, task, version=version, due_on=due_on, deadline_text=None)
    if action == "set_priority":
        return operations.update_task(actor, task, version=version, priority=params["priority"])
    if action == "add_coordinating":
        ids = sorted(task.coordinating_department_ids | set(params["department_ids"]))
        return operations.update_task(actor, task, version=version, coordinating_department_ids=ids)
    return operations.transition_task(actor, task, "cancel", comment=params["comment"], version=version)


def reason(error):
    """One sentence for a refused task: the refusal's message and, for bad values, the field reasons."""
    message = error.description or ""
    if isinstance(error, ValidationFailed) and error.fields:
        details = "; ".join(str(value) for value in error.fields.values())
        return f"{message} {details}".strip() if message else details
    return message


def run(actor, action, task_ids, values):
    """Apply ``action`` (with ``values``) to each of ``task_ids`` that ``actor`` may see; flush, never commit.

    Whole-request problems (an unknown action, a missing or malformed value, too many tasks) are
    refused before any task is touched; then each task is done or refused on its own.
    """
    params = check_parameters(action, values)
    task_ids = check_ids(task_ids)
    tasks = queries.visible_tasks_by_id(actor, task_ids)
    outcome = Outcome(action)
    for task_id in task_ids:
        task = tasks.get(task_id)
        if task is None:
            outcome.refused.append((task_id, _("No task has the id %(id)s, or you may not see it.", id=task_id)))
            continue
        try:
            with db.session.begin_nested():
                apply_one(actor, task, action, params)
        except TrackerError as error:
            outcome.refused.append((task_id, reason(error)))
        except Exception:  # a fault in one task must not stop the others; its savepoint is rolled back
            log.exception("bulk %s failed on task %s", action, task_id)
            outcome.refused.append((task_id, _("An unexpected error stopped this task; it was not changed.")))
        else:
            outcome.done.append(task_id)
    return outcome
