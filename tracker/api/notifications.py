"""Notifications and following, through :mod:`tracker.notifications` (the same operations as the pages)."""

from flask_babel import gettext as _

from tracker.api.auth import actor
from tracker.api.serialisers import (
    BOOLEAN,
    INTEGER,
    REF_SCHEMA,
    STRING,
    TASK_PROPERTIES,
    TIMESTAMP,
    iso,
    nullable,
    strict_object,
)
from tracker.api.spec import body, component, endpoint, query
from tracker.core.errors import NotFound, ValidationFailed
from tracker.extensions import db
from tracker.notifications import operations, queries, schemas
from tracker.notifications.models import NotificationKind
from tracker.notifications.text import describe
from tracker.tasks.models import Task

TASK_REF_SCHEMA = component("TaskRef", strict_object({"id": INTEGER, "title": STRING}))
NOTIFICATION_SCHEMA = component(
    "Notification",
    strict_object(
        {
            "id": INTEGER,
            "kind": {"type": "string", "enum": [kind.value for kind in NotificationKind]},
            "task": nullable(TASK_REF_SCHEMA),
            "actor": nullable(REF_SCHEMA),
            "text": {"type": "string", "description": "Who did what, in the user's language."},
            "detail": nullable({"type": "string", "description": "The comment that came with the change."}),
            "created_at": TIMESTAMP,
            "read_at": nullable(TIMESTAMP),
        }
    ),
)
component(
    "NotificationPage",
    strict_object(
        {
            "items": {"type": "array", "items": NOTIFICATION_SCHEMA},
            "total": INTEGER,
            "page": INTEGER,
            "per_page": INTEGER,
            "unread": {"type": "integer", "description": "The user's unread notifications (the bell)."},
        }
    ),
)
component("UnreadCount", strict_object({"unread": INTEGER}))
component("Following", strict_object({"following": BOOLEAN}))
#: A created or edited task, with the warnings its issuer should see (a lead department with nobody
#: active to take it).
component("TaskSaved", strict_object({**TASK_PROPERTIES, "warnings": {"type": "array", "items": STRING}}))


def notification_json(notification):
    task = notification.task
    return {
        "id": notification.id,
        "kind": notification.kind.value,
        "task": {"id": task.id, "title": task.title} if task is not None else None,
        "actor": {"id": notification.actor.id, "name": notification.actor.name} if notification.actor else None,
        "text": describe(notification),
        "detail": notification.detail,
        "created_at": iso(notification.created_at),
        "read_at": iso(notification.read_at),
    }


@endpoint(
    "/notifications",
    "GET",
    summary="Your notifications, newest first",
    tag="notifications",
    query=schemas.InboxQuery,
    responses={200: "NotificationPage"},
)
def list_notifications():
    params = query()
    page, per_page = params.paging()
    result = queries.inbox(actor(), unread_only=bool(params.unread), page=page, per_page=per_page)
    return {
        "items": [notification_json(item) for item in result.items],
        "total": result.total,
        "page": page,
        "per_page": per_page,
        "unread": result.unread,
    }


@endpoint(
    "/notifications/read",
    "POST",
    summary="Mark notifications read",
    tag="notifications",
    body=schemas.MarkRead,
    responses={200: "UnreadCount"},
)
def read_notifications():
    """Send ``{"ids": [...]}`` or ``{"all": true}``; answers the unread count left."""
    values = body()
    if not values.get("all") and not values.get("ids"):
        raise ValidationFailed(_("Nothing to mark."), fields={"ids": _("Give the ids to mark read, or all: true.")})
    user = actor()
    operations.mark_read(user, ids=values.get("ids"), all=bool(values.get("all")))
    return {"unread": queries.unread_count(user)}


def _task(task_id):
    task = db.session.get(Task, task_id)
    if task is None:
        raise NotFound(_("No task has the id %(id)s.", id=task_id))
    return task


@endpoint(
    "/tasks/<int:task_id>/follow",
    "PUT",
    summary="Follow a task (hear of everything that happens on it)",
    tag="notifications",
    responses={200: "Following"},
)
def follow_task(task_id):
    following = operations.follow_task(actor(), _task(task_id))
    return {"following": following}


@endpoint(
    "/tasks/<int:task_id>/follow",
    "DELETE",
    summary="Stop following a task",
    tag="notifications",
    responses={200: "Following"},
)
def unfollow_task(task_id):
    following = operations.unfollow_task(actor(), _task(task_id))
    return {"following": following}
