"""What every change to a task shares: its state, the version guard, and the history entry.

An edit carries the ``version`` it was based on; :func:`check_version` refuses a different current
version with :class:`Conflict` (409) whose ``fields`` hold the current values, before anything is
changed, and :func:`flush` turns a concurrent write caught by the version column into the same.
"""

from flask_babel import gettext as _
from sqlalchemy.orm.exc import StaleDataError

from tracker.core.audit import jsonable
from tracker.core.db import utcnow
from tracker.core.errors import Conflict, InvalidTransition
from tracker.extensions import db
from tracker.tasks import validation
from tracker.tasks.models import TaskStatus, TaskUpdate
from tracker.users.models import User

#: The fields ``update_task`` may change.
EDITABLE_FIELDS = (
    "title",
    "description",
    "lead_department_id",
    "coordinating_department_ids",
    "assignee_id",
    "due_on",
    "deadline_text",
    "recurrence",
    "priority",
    "target_value",
    "target_unit",
)
#: What a conflict reports and what the audit trail compares.
STATE_FIELDS = (*EDITABLE_FIELDS, "status", "progress", "current_value", "version")


def task_state(task):
    """The task's current values as a JSON-ready dict (what a conflict shows, what audit compares)."""
    state = {}
    for field in STATE_FIELDS:
        if field == "coordinating_department_ids":
            state[field] = sorted(task.coordinating_department_ids)
        else:
            state[field] = jsonable(getattr(task, field))
    return state


def changes(before, after):
    return {key: [before.get(key), after[key]] for key in after if key != "version" and before.get(key) != after[key]}


def check_version(task, version, *, required=False):
    """Refuse with a 409 when ``version`` is not the task's current version."""
    validation.check_version(
        task.version,
        version,
        conflict=_("This task was changed by someone else after you opened it; nothing was saved."),
        state=lambda: task_state(task),
        required=required,
    )


def flush():
    """Flush; a concurrent write caught by the version column is a conflict as well."""
    try:
        db.session.flush()
    except StaleDataError:
        raise Conflict(_("This task was changed by someone else at the same moment; nothing was saved.")) from None


def touch(task):
    """Mark the task row changed, so that its version and ``updated_at`` move even for collection changes."""
    task.updated_at = utcnow()


def require_open(task, message=None):
    if not task.is_open:
        raise InvalidTransition(
            message or _("This task is %(status)s: it can no longer change.", status=status_label(task.status))
        )


def add_update(task, actor, kind, **values):
    update = TaskUpdate(task=task, author_id=actor.id, kind=kind, **values)
    db.session.add(update)
    return update


def user_ref(user_id):
    if user_id is None:
        return None
    user = db.session.get(User, user_id)
    return {"id": user_id, "name": user.name if user else None}


def status_label(status):
    """The status as a reader says it, in their language."""
    return {
        TaskStatus.ASSIGNED: _("assigned"),
        TaskStatus.IN_PROGRESS: _("in progress"),
        TaskStatus.SUBMITTED: _("submitted"),
        TaskStatus.DONE: _("done"),
        TaskStatus.CANCELLED: _("cancelled"),
    }[TaskStatus(status)]
