"""Objects as JSON, each function next to the OpenAPI schema of what it returns.

Timestamps are ISO 8601 in UTC with the offset (``2025-03-10T08:00:00+00:00``); dates are
``YYYY-MM-DD``. Enums are their values. Every key is always present (``null`` when empty), so a
client never has to guess. The tests validate real responses against these schemas.
"""

from tracker.api.spec import component
from tracker.departments.models import DepartmentKind
from tracker.tasks.models import ExtensionStatus, Priority, Recurrence, TaskStatus, Timing, UpdateKind
from tracker.users.models import Role

# --- schema helpers ---------------------------------------------------------------------------------


def strict_object(properties):
    """An object schema with exactly these keys, all present (null where the schema allows it)."""
    return {
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


def nullable(schema):
    """The same schema, also accepting ``null``."""
    if "$ref" in schema:
        return {"anyOf": [schema, {"type": "null"}]}
    schema = dict(schema)
    schema["type"] = [schema["type"], "null"]
    if "enum" in schema:
        schema["enum"] = [*schema["enum"], None]
    return schema


INTEGER = {"type": "integer"}
NUMBER = {"type": "number"}
STRING = {"type": "string"}
BOOLEAN = {"type": "boolean"}
DATE = {"type": "string", "format": "date"}
TIMESTAMP = {"type": "string", "format": "date-time"}


def _enum(enum_cls):
    return {"type": "string", "enum": [member.value for member in enum_cls]}


def iso(value):
    return value.isoformat() if value is not None else None


def enum_value(value):
    return value.value if value is not None else None


# --- references -------------------------------------------------------------------------------------

REF_SCHEMA = component("Ref", strict_object({"id": INTEGER, "name": STRING}))


def ref_json(obj):
    """``{id, name}`` of a department (named in the reader's language) or a user, or ``None``."""
    if obj is None:
        return None
    return {"id": obj.id, "name": getattr(obj, "display_name", None) or obj.name}


# --- departments and users --------------------------------------------------------------------------

DEPARTMENT_SCHEMA = component(
    "Department",
    strict_object(
        {
            "id": INTEGER,
            "name": STRING,
            "code": STRING,
            "kind": _enum(DepartmentKind),
            "parent_id": nullable(INTEGER),
            "email": nullable(STRING),
            "aliases": {"type": "array", "items": STRING},
            "is_active": BOOLEAN,
            "names": {
                "type": "object",
                "properties": {"vi": nullable(STRING), "en": nullable(STRING)},
                "required": ["vi", "en"],
                "additionalProperties": nullable(STRING),
                "description": "The name per interface language; `name` is the one in the reader's language "
                "(else the other of Vietnamese and English, else the name of record).",
            },
        }
    ),
)


def department_json(department):
    names = department.names or {}
    return {
        "id": department.id,
        "name": department.display_name,
        "names": {"vi": names.get("vi"), "en": names.get("en"), **names},
        "code": department.code,
        "kind": enum_value(department.kind),
        "parent_id": department.parent_id,
        "email": department.email,
        "aliases": list(department.aliases or []),
        "is_active": department.is_active,
    }


USER_PROPERTIES = {
    "id": INTEGER,
    "email": STRING,
    "name": STRING,
    "department_id": INTEGER,
    "role": _enum(Role),
    "is_active": BOOLEAN,
}
USER_SCHEMA = component("User", strict_object(USER_PROPERTIES))
ME_SCHEMA = component(
    "Me",
    strict_object({**USER_PROPERTIES, "department": REF_SCHEMA, "locale": STRING, "timezone": nullable(STRING)}),
)


def user_json(user):
    return {
        "id": user.id,
        "email": user.email,
        "name": user.name,
        "department_id": user.department_id,
        "role": enum_value(user.role),
        "is_active": user.is_active,
    }


def me_json(user):
    return {
        **user_json(user),
        "department": ref_json(user.department),
        "locale": user.locale,
        "timezone": user.timezone,
    }


# --- meetings and directives ------------------------------------------------------------------------

DIRECTIVE_SCHEMA = component(
    "Directive",
    strict_object(
        {
            "id": INTEGER,
            "meeting_id": INTEGER,
            "text": STRING,
            "position": INTEGER,
            "references": {"type": "array", "items": STRING},
            "created_at": TIMESTAMP,
        }
    ),
)


def directive_json(directive):
    return {
        "id": directive.id,
        "meeting_id": directive.meeting_id,
        "text": directive.text,
        "position": directive.position,
        "references": list(directive.references or []),
        "created_at": iso(directive.created_at),
    }


MEETING_PROPERTIES = {
    "id": INTEGER,
    "title": STRING,
    "held_on": DATE,
    "chair": nullable(STRING),
    "chair_title": nullable(STRING),
    "place": nullable(STRING),
    "host_department_id": nullable(INTEGER),
    "host_department": nullable(REF_SCHEMA),
    "attendee_department_ids": {"type": "array", "items": INTEGER},
    "attendee_departments": {"type": "array", "items": REF_SCHEMA},
    "source_url": nullable(STRING),
    "language": nullable(STRING),
    "version": INTEGER,
    "created_at": TIMESTAMP,
    "updated_at": TIMESTAMP,
}
MEETING_SUMMARY_SCHEMA = component("MeetingSummary", strict_object(MEETING_PROPERTIES))
MEETING_SCHEMA = component("Meeting", strict_object({**MEETING_PROPERTIES, "minutes": nullable(STRING)}))


def meeting_summary_json(meeting):
    attendees = sorted(meeting.attendees, key=lambda department: department.name)
    return {
        "id": meeting.id,
        "title": meeting.title,
        "held_on": iso(meeting.held_on),
        "chair": meeting.chair_name,
        "chair_title": meeting.chair_title,
        "place": meeting.place,
        "host_department_id": meeting.host_department_id,
        "host_department": ref_json(meeting.host_department),
        "attendee_department_ids": [department.id for department in attendees],
        "attendee_departments": [ref_json(department) for department in attendees],
        "source_url": meeting.source_url,
        "language": meeting.language,
        "version": meeting.version,
        "created_at": iso(meeting.created_at),
        "updated_at": iso(meeting.updated_at),
    }


def meeting_json(meeting):
    return {**meeting_summary_json(meeting), "minutes": meeting.minutes}


# --- tasks ------------------------------------------------------------------------------------------

TASK_PROPERTIES = {
    "id": INTEGER,
    "title": STRING,
    "description": nullable(STRING),
    "status": _enum(TaskStatus),
    "timing": _enum(Timing),
    "lead_department": REF_SCHEMA,
    "coordinating_departments": {"type": "array", "items": REF_SCHEMA},
    "assignee": nullable(REF_SCHEMA),
    "issuer": REF_SCHEMA,
    "issuing_department_id": INTEGER,
    "due_on": nullable(DATE),
    "deadline_text": nullable(STRING),
    "recurrence": _enum(Recurrence),
    "priority": _enum(Priority),
    "progress": {"type": "integer", "minimum": 0, "maximum": 100},
    "target_value": nullable(NUMBER),
    "target_unit": nullable(STRING),
    "current_value": nullable(NUMBER),
    "version": INTEGER,
    "meeting_id": nullable(INTEGER),
    "directive_id": nullable(INTEGER),
    "created_at": TIMESTAMP,
    "updated_at": TIMESTAMP,
    "completed_at": nullable(TIMESTAMP),
}
TASK_SCHEMA = component("Task", strict_object(TASK_PROPERTIES))


def task_json(task, today=None):
    """The task as the issue names it; ``today`` (the province's date) decides the timing."""
    return _task_payload(
        task,
        today,
        lead=ref_json(task.lead_department),
        coordinating=[ref_json(department) for department in task.coordinating_departments],
        assignee=ref_json(task.assignee),
        issuer=ref_json(task.issuer),
    )


def task_rows_json(rows, coordinating, today=None):
    """:func:`task_json` of each row of ``queries.filtered_rows``: the same payload, built from plain
    columns without an ORM object per task."""
    from tracker.tasks.timing import today_local

    today = today or today_local()
    return [
        _task_payload(
            row,
            today,
            lead={"id": row.lead_department_id, "name": row.lead_department_name},
            coordinating=[{"id": id_, "name": name} for id_, name in coordinating.get(row.id, ())],
            assignee={"id": row.assignee_id, "name": row.assignee_name} if row.assignee_id is not None else None,
            issuer={"id": row.issuer_id, "name": row.issuer_name} if row.issuer_id is not None else None,
        )
        for row in rows
    ]


def _task_payload(task, today, *, lead, coordinating, assignee, issuer):
    """The one definition of a task's JSON; ``task`` is a Task or a row with the same attribute names."""
    from tracker.tasks.timing import timing_of, today_local

    return {
        "id": task.id,
        "title": task.title,
        "description": task.description,
        "status": enum_value(task.status),
        "timing": enum_value(timing_of(task, today or today_local())),
        "lead_department": lead,
        "coordinating_departments": coordinating,
        "assignee": assignee,
        "issuer": issuer,
        "issuing_department_id": task.issuing_department_id,
        "due_on": iso(task.due_on),
        "deadline_text": task.deadline_text,
        "recurrence": enum_value(task.recurrence),
        "priority": enum_value(task.priority),
        "progress": task.progress,
        "target_value": task.target_value,
        "target_unit": task.target_unit,
        "current_value": task.current_value,
        "version": task.version,
        "meeting_id": task.meeting_id,
        "directive_id": task.directive_id,
        "created_at": iso(task.created_at),
        "updated_at": iso(task.updated_at),
        "completed_at": iso(task.completed_at),
    }


MEETING_DETAIL_SCHEMA = component(
    "MeetingDetail",
    strict_object(
        {
            **MEETING_PROPERTIES,
            "minutes": nullable(STRING),
            "directives": {"type": "array", "items": DIRECTIVE_SCHEMA},
            "tasks": {"type": "array", "items": TASK_SCHEMA},
            "hidden_tasks": {
                **INTEGER,
                "description": "How many more tasks of the meeting the user may see than `tasks` lists "
                "(it lists `TRACKER_MEETING_TASKS_SHOWN`, as the page does; `GET /tasks?meeting_id=` has them all).",
            },
        }
    ),
)


def meeting_detail_json(meeting, directives, tasks, today=None, hidden_tasks=0):
    return {
        **meeting_json(meeting),
        "directives": [directive_json(directive) for directive in directives],
        "tasks": [task_json(task, today) for task in tasks],
        "hidden_tasks": hidden_tasks,
    }


ATTACHMENT_SCHEMA = component(
    "Attachment",
    strict_object(
        {
            "id": INTEGER,
            "task_id": INTEGER,
            "update_id": nullable(INTEGER),
            "filename": STRING,
            "content_type": STRING,
            "size": INTEGER,
            "sha256": STRING,
            "url": STRING,
            "created_at": TIMESTAMP,
        }
    ),
)


def attachment_json(attachment):
    return {
        "id": attachment.id,
        "task_id": attachment.task_id,
        "update_id": attachment.update_id,
        "filename": attachment.filename,
        "content_type": attachment.content_type,
        "size": attachment.size,
        "sha256": attachment.sha256,
        "url": f"/api/v1/attachments/{attachment.id}",
        "created_at": iso(attachment.created_at),
    }


UPDATE_PROPERTIES = {
    "id": INTEGER,
    "task_id": INTEGER,
    "kind": _enum(UpdateKind),
    "author": nullable(REF_SCHEMA),
    "status_from": nullable(_enum(TaskStatus)),
    "status_to": nullable(_enum(TaskStatus)),
    "progress": nullable(INTEGER),
    "current_value": nullable(NUMBER),
    "comment": nullable(STRING),
    "details": {"type": ["object", "null"], "additionalProperties": True},
    "attachments": {"type": "array", "items": ATTACHMENT_SCHEMA},
    "created_at": TIMESTAMP,
}
UPDATE_SCHEMA = component("TaskUpdate", strict_object(UPDATE_PROPERTIES))
UPDATE_CREATED_SCHEMA = component("TaskUpdateCreated", strict_object({**UPDATE_PROPERTIES, "task": TASK_SCHEMA}))


def update_json(update):
    return {
        "id": update.id,
        "task_id": update.task_id,
        "kind": enum_value(update.kind),
        "author": ref_json(update.author),
        "status_from": enum_value(update.status_from),
        "status_to": enum_value(update.status_to),
        "progress": update.progress,
        "current_value": update.current_value,
        "comment": update.comment,
        "details": update.details,
        "attachments": [attachment_json(attachment) for attachment in update.attachments],
        "created_at": iso(update.created_at),
    }


EXTENSION_SCHEMA = component(
    "ExtensionRequest",
    strict_object(
        {
            "id": INTEGER,
            "task_id": INTEGER,
            "status": _enum(ExtensionStatus),
            "due_on": DATE,
            "previous_due_on": nullable(DATE),
            "reason": STRING,
            "requester": REF_SCHEMA,
            "decided_by": nullable(REF_SCHEMA),
            "decided_at": nullable(TIMESTAMP),
            "decision_comment": nullable(STRING),
            "created_at": TIMESTAMP,
        }
    ),
)


def extension_json(extension):
    return {
        "id": extension.id,
        "task_id": extension.task_id,
        "status": enum_value(extension.status),
        "due_on": iso(extension.requested_due_on),
        "previous_due_on": iso(extension.previous_due_on),
        "reason": extension.reason,
        "requester": ref_json(extension.requester),
        "decided_by": ref_json(extension.decided_by),
        "decided_at": iso(extension.decided_at),
        "decision_comment": extension.decision_comment,
        "created_at": iso(extension.created_at),
    }


COMMENT_SCHEMA = component(
    "Comment",
    strict_object(
        {
            "id": INTEGER,
            "task_id": INTEGER,
            "author": REF_SCHEMA,
            "body": STRING,
            "mentions": {"type": "array", "items": REF_SCHEMA, "description": "The people named, by name."},
            "created_at": TIMESTAMP,
            "edited_at": {**nullable(TIMESTAMP), "description": "When the author last changed the text."},
        }
    ),
)


def comment_json(comment):
    return {
        "id": comment.id,
        "task_id": comment.task_id,
        "author": ref_json(comment.author),
        "body": comment.body,
        "mentions": [ref_json(user) for user in comment.mentioned_users],
        "created_at": iso(comment.created_at),
        "edited_at": iso(comment.edited_at),
    }


TASK_DETAIL_SCHEMA = component(
    "TaskDetail",
    strict_object(
        {
            **TASK_PROPERTIES,
            "history": {"type": "array", "items": UPDATE_SCHEMA, "description": "Oldest first."},
            "extensions": {"type": "array", "items": EXTENSION_SCHEMA, "description": "Newest first."},
            "comments": {"type": "array", "items": COMMENT_SCHEMA, "description": "Oldest first."},
            "following": {**BOOLEAN, "description": "Whether the signed-in user follows the task."},
            "actions": {
                "type": "array",
                "items": {"type": "string", "enum": ["start", "submit", "approve", "return", "cancel"]},
                "description": "The transitions the signed-in user may make now.",
            },
        }
    ),
)


def task_detail_json(task, history, extensions, actions, today=None, comments=()):
    return {
        **task_json(task, today),
        "history": [update_json(update) for update in history],
        "extensions": [extension_json(extension) for extension in extensions],
        "comments": [comment_json(comment) for comment in comments],
        "actions": list(actions),
    }


# --- lists ------------------------------------------------------------------------------------------


def page_schema(name, item_schema):
    """A page of a list: ``{items, total, page, per_page}``."""
    return component(
        name,
        strict_object(
            {
                "items": {"type": "array", "items": item_schema},
                "total": INTEGER,
                "page": INTEGER,
                "per_page": INTEGER,
            }
        ),
    )


def page_json(items, total, page, per_page, serialise=None):
    """A page of a list; ``serialise`` makes each item's JSON (none when the items already are)."""
    items = items if serialise is None else [serialise(item) for item in items]
    return {"items": items, "total": total, "page": page, "per_page": per_page}
