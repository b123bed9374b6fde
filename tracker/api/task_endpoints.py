"""Tasks, their lifecycle, progress, evidence and extensions, through :mod:`tracker.tasks.operations`.

(Not ``tasks.py``: that name is kept away from Python modules, see the style guide.)
"""

from flask_babel import gettext as _

from tracker.api.auth import actor
from tracker.api.serialisers import (
    EXTENSION_SCHEMA,
    TASK_SCHEMA,
    attachment_json,
    extension_json,
    page_json,
    page_schema,
    task_detail_json,
    task_json,
    task_rows_json,
    update_json,
)
from tracker.api.spec import body, endpoint, query
from tracker.comments import queries as comment_queries
from tracker.core.errors import NotFound, ValidationFailed
from tracker.core.permissions import can_view_task, require
from tracker.extensions import db
from tracker.notifications import operations as notification_operations
from tracker.notifications import queries as notification_queries
from tracker.tasks import operations, queries, schemas, storage
from tracker.tasks.models import Attachment, Task, TaskUpdate
from tracker.tasks.timing import today_local

TaskListQuery = schemas.list_query([queries.OPEN], queries.ROLES, queries.SORTS)
TASK_PAGE = page_schema("TaskPage", TASK_SCHEMA)


def load_task(task_id):
    """The task, if it exists (404) and the user may see it (403)."""
    task = queries.get_task(task_id)
    if task is None:
        raise NotFound(_("No task has the id %(id)s.", id=task_id))
    require(can_view_task(actor(), task))
    return task


@endpoint("/tasks", "GET", summary="List tasks", tag="tasks", query=TaskListQuery, responses={200: "TaskPage"})
def list_tasks():
    """The tasks the user may see, filtered, sorted (by deadline by default) and paginated."""
    user = actor()
    values = query()
    page, per_page = values.paging()
    filters = queries.TaskFilters(**{**values.given(), "page": page, "per_page": per_page})
    today = today_local()
    rows, total, coordinating = queries.filtered_rows(user, filters, today)
    return page_json(task_rows_json(rows, coordinating, today), total, page, per_page)


@endpoint("/tasks", "POST", summary="Create a task", tag="tasks", body=schemas.TaskInput, responses={201: "TaskSaved"})
def create_task():
    """Leaders issue tasks to any department; heads in their department's name. ``warnings`` names a
    lead department with nobody active to take the task."""
    task = operations.create_task(actor(), **body())
    payload = {**task_json(task), "warnings": notification_queries.no_taker_warnings(task)}
    return payload, 201


@endpoint(
    "/tasks/<int:task_id>",
    "GET",
    summary="A task with its history, comments, extension requests and the actions open to you",
    tag="tasks",
    responses={200: "TaskDetail"},
)
def get_task(task_id):
    user = actor()
    task = load_task(task_id)
    payload = task_detail_json(
        task,
        queries.task_history(task),
        queries.task_extensions(task),
        operations.allowed_actions(user, task),
        comments=comment_queries.task_comments(task.id),
    )
    return {**payload, "following": notification_operations.is_following(user, task)}


@endpoint(
    "/tasks/<int:task_id>",
    "PATCH",
    summary="Edit or assign a task",
    tag="tasks",
    body=schemas.TaskPatch,
    responses={200: "TaskSaved"},
)
def patch_task(task_id):
    """Send ``version`` and only the fields to change; a stale version is a 409 and nothing is written.

    ``{version, assignee_id}`` alone is an assignment, which the head of the lead department may
    make; any other field is an edit by the issuing side.
    """
    task = load_task(task_id)
    task = operations.update_task(actor(), task, **body())
    # The operations set the foreign keys; the loaded relationships must follow them.
    db.session.expire(task, ["assignee", "lead_department"])
    payload = {**task_json(task), "warnings": notification_queries.no_taker_warnings(task)}
    return payload


@endpoint(
    "/tasks/<int:task_id>/transitions",
    "POST",
    summary="Start, submit, approve, return or cancel a task",
    tag="tasks",
    body=schemas.Transition,
    responses={200: "Task"},
)
def transition_task(task_id):
    """An action not allowed from the current status is a 422 (``invalid_transition``); nothing changes."""
    task = load_task(task_id)
    values = body()
    task = operations.transition_task(
        actor(), task, values["action"], comment=values.get("comment"), version=values.get("version")
    )
    payload = task_json(task)
    return payload


@endpoint(
    "/tasks/<int:task_id>/updates",
    "POST",
    summary="Report progress, the current value and/or a comment",
    tag="tasks",
    body=schemas.Progress,
    responses={201: "TaskUpdateCreated"},
)
def create_update(task_id):
    """The lead and coordinating departments report; the answer holds the new history entry and the task."""
    task = load_task(task_id)
    values = body()
    update = operations.report_progress(actor(), task, **values)
    payload = {**update_json(update), "task": task_json(task)}
    return payload, 201


@endpoint(
    "/tasks/<int:task_id>/attachments",
    "POST",
    summary="Attach an evidence file",
    tag="tasks",
    form=schemas.EvidenceUpload,
    responses={201: "Attachment"},
)
def create_attachment(task_id):
    """Multipart upload in ``file``; refused (422) when too large or of a type not allowed. A file alone
    sent with the task's ``version`` is refused (409) when the task changed since; with ``update_id``
    it joins that history entry."""
    task = load_task(task_id)
    values = body()
    update = None
    if values.get("update_id") is not None:
        update = db.session.get(TaskUpdate, values["update_id"])
        if update is None:
            raise ValidationFailed(_("Some fields are wrong."), fields={"update_id": _("Unknown update.")})
    attachment = operations.attach_evidence(actor(), task, values["file"], update=update, version=values.get("version"))
    payload = attachment_json(attachment)
    return payload, 201


@endpoint(
    "/attachments/<int:attachment_id>",
    "GET",
    summary="Download an evidence file",
    tag="tasks",
    responses={200: {"type": "string", "format": "binary", "description": "The file, as an attachment"}},
)
def download_attachment(attachment_id):
    """Served only to those who may see the task, always as a download."""
    attachment = db.session.get(Attachment, attachment_id)
    if attachment is None:
        raise NotFound(_("No attachment has the id %(id)s.", id=attachment_id))
    task = db.session.get(Task, attachment.task_id)
    require(can_view_task(actor(), task))
    return storage.send_attachment(attachment)


@endpoint(
    "/tasks/<int:task_id>/extensions",
    "POST",
    summary="Ask for a later deadline",
    tag="tasks",
    body=schemas.ExtensionInput,
    responses={201: "ExtensionRequest"},
)
def create_extension(task_id):
    """The lead department's people ask; the issuing side decides."""
    task = load_task(task_id)
    values = body()
    extension = operations.request_extension(actor(), task, due_on=values["due_on"], reason=values["reason"])
    payload = extension_json(extension)
    return payload, 201


@endpoint(
    "/tasks/<int:task_id>/extensions",
    "GET",
    summary="The task's extension requests, newest first",
    tag="tasks",
    responses={200: {"type": "object", "properties": {"items": {"type": "array", "items": EXTENSION_SCHEMA}}}},
)
def list_extensions(task_id):
    task = load_task(task_id)
    return {"items": [extension_json(extension) for extension in queries.task_extensions(task)]}


@endpoint(
    "/extensions/<int:extension_id>/decision",
    "POST",
    summary="Approve (moving the deadline) or refuse an extension request",
    tag="tasks",
    body=schemas.Decision,
    responses={200: "ExtensionRequest"},
)
def decide_extension(extension_id):
    extension = queries.get_extension(extension_id)
    if extension is None:
        raise NotFound(_("No extension request has the id %(id)s.", id=extension_id))
    user = actor()
    require(can_view_task(user, extension.task))
    values = body()
    extension = operations.decide_extension(user, extension, approve=values["approve"], comment=values.get("comment"))
    payload = extension_json(extension)
    return payload
