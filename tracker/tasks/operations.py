"""The task workflow: create, edit, assign, move through the lifecycle, report, extend.

This module is the workflow's one door (the web views and the JSON API call it); extension
requests and the recurrence dates live in :mod:`tracker.tasks.deadlines`, the version guard and
the history entry in :mod:`tracker.tasks.history`, and are re-exported here.

Every operation takes the acting user first, checks permission through the policy module, refuses
bad input with :class:`ValidationFailed` (field names as in the JSON API), flushes but never
commits, writes a :class:`TaskUpdate` (the task's history) and an audit event, and sends the
matching signal from :mod:`tracker.core.events` once the change is flushed.

Concurrency: an edit carries the ``version`` it was based on; a different current version raises
:class:`Conflict` (409) whose ``fields`` hold the current values, before anything is changed.

At the end, the upkeep of the kept task counts (tracker/tasks/summaries.py) on a bulk load: no
actor, no history, run by the benchmark's loader.
"""

from contextlib import contextmanager

import sqlalchemy as sa
from flask_babel import gettext as _

from tracker.core import events
from tracker.core.audit import record_event
from tracker.core.db import utcnow
from tracker.core.errors import InvalidTransition, ValidationFailed
from tracker.core.permissions import (
    can_approve_task,
    can_assign_in_department,
    can_assign_task,
    can_cancel_task,
    can_create_task,
    can_edit_meeting,
    can_edit_task,
    can_review_task,
    can_update_task,
    can_work_on_task,
    deny,
    require,
)
from tracker.departments.models import Department
from tracker.extensions import db
from tracker.meetings.models import Directive, Meeting
from tracker.tasks import schemas, storage, summaries
from tracker.tasks.deadlines import (
    PERIOD_MONTHS,
    add_months,
    decide_extension,
    next_due_on,
    request_extension,
    scheduled_due_on,
)
from tracker.tasks.history import (
    EDITABLE_FIELDS,
    STATE_FIELDS,
    add_update,
    changes,
    check_version,
    flush,
    require_open,
    task_state,
    touch,
    user_ref,
)
from tracker.tasks.history import status_label as _status_label
from tracker.tasks.models import (
    OPEN_STATUSES,
    Attachment,
    Priority,
    Recurrence,
    Task,
    TaskStatus,
    TaskUpdate,
    UpdateKind,
)
from tracker.tasks.schemas import COMMENT_MAX, DEADLINE_TEXT_MAX, DESCRIPTION_MAX, TITLE_MAX, UNIT_MAX
from tracker.tasks.timing import local_date
from tracker.tasks.validation import Errors
from tracker.users.models import Role, User

#: The workflow's interface: what the web views and the JSON API call.
__all__ = [
    "ACTIONS",
    "COMMENT_MAX",
    "DEADLINE_TEXT_MAX",
    "DESCRIPTION_MAX",
    "EDITABLE_FIELDS",
    "PERIOD_MONTHS",
    "STATE_FIELDS",
    "TITLE_MAX",
    "UNIT_MAX",
    "add_months",
    "allowed_actions",
    "assign_task",
    "attach_evidence",
    "check_version",
    "create_next_occurrence",
    "create_task",
    "decide_extension",
    "next_due_on",
    "report_progress",
    "request_extension",
    "scheduled_due_on",
    "task_state",
    "transition_task",
    "update_task",
    "validate_assignee",
]

ACTIONS = schemas.ACTIONS
#: action -> (statuses it may start from, status it leads to)
TRANSITIONS = {
    "start": ((TaskStatus.ASSIGNED,), TaskStatus.IN_PROGRESS),
    "submit": ((TaskStatus.IN_PROGRESS,), TaskStatus.SUBMITTED),
    "approve": ((TaskStatus.SUBMITTED,), TaskStatus.DONE),
    "return": ((TaskStatus.SUBMITTED,), TaskStatus.IN_PROGRESS),
    "cancel": (OPEN_STATUSES, TaskStatus.CANCELLED),
}


def can_approve(actor, task):
    """The issuing side approves, except whoever submitted the work (four eyes)."""
    return can_approve_task(actor, task, submitted_by_id=submitted_by_id(task))


def _latest_submitter(task_id):
    return (
        sa.select(TaskUpdate.author_id)
        .where(
            TaskUpdate.task_id == task_id,
            TaskUpdate.kind == UpdateKind.TRANSITION,
            TaskUpdate.status_to == TaskStatus.SUBMITTED,
        )
        .order_by(TaskUpdate.created_at.desc(), TaskUpdate.id.desc())
        .limit(1)
    )


def submitted_by_id(task):
    """Who submitted the task's current submission (the author of its latest submit), if anyone."""
    return db.session.scalar(_latest_submitter(task.id))


def submitted_by_column():
    """:func:`submitted_by_id` of each task in SQL, for lists of what a person may approve."""
    return _latest_submitter(Task.id).correlate(Task).scalar_subquery()


PERMISSIONS = {
    "start": can_work_on_task,
    "submit": can_work_on_task,
    "approve": can_approve,
    "return": can_review_task,
    "cancel": can_cancel_task,
}


def _department(department_id, field, errors, *, must_be_active=True, loaded=None):
    if department_id is None:
        return None
    department = (
        loaded[department_id] if loaded and department_id in loaded else db.session.get(Department, department_id)
    )
    if department is None:
        errors.add(field, _("Unknown department."))
    elif must_be_active and not department.is_active:
        errors.add(field, _("The department %(name)s is deactivated.", name=department.name))
    return department


def validate_assignee(assignee_id, lead_department_id, errors):
    """An assignee must be an active head or staff member of the lead department."""
    if assignee_id is None:
        return None
    user = db.session.get(User, assignee_id)
    if user is None or not user.is_active:
        errors.add("assignee_id", _("Unknown user."))
    elif user.department_id != lead_department_id:
        errors.add("assignee_id", _("The assignee must belong to the lead department."))
    elif user.role not in (Role.HEAD, Role.STAFF):
        errors.add("assignee_id", _("Only heads and staff of the lead department can be assigned."))
    return user


def _departments(ids):
    """``{id: Department}`` for ``ids`` in one statement. The session's identity map holds an object
    only while something refers to it, so the caller keeps this dict for as long as it needs them."""
    wanted = sorted({department_id for department_id in ids if department_id is not None})
    if not wanted:
        return {}
    return {
        department.id: department
        for department in db.session.scalars(sa.select(Department).where(Department.id.in_(wanted)))
    }


def _clean_values(values, errors, task=None, loaded=None):
    """Validate the task fields present in ``values`` (their schema, then the rows they name).

    The departments named are read in one statement into ``loaded`` (a dict the caller may keep).
    """
    cleaned = schemas.TaskChanges.check(values, errors=errors)
    loaded = {} if loaded is None else loaded
    named = [cleaned.get("lead_department_id"), *(cleaned.get("coordinating_department_ids") or ())]
    loaded.update(_departments(department_id for department_id in named if isinstance(department_id, int)))
    if "lead_department_id" in values and values["lead_department_id"] in (None, ""):
        errors["lead_department_id"] = _("A lead department is required.")
    if "lead_department_id" in values and "lead_department_id" not in errors:
        cleaned["lead_department_id"] = lead = cleaned.get("lead_department_id")
        if lead is None:
            errors.add("lead_department_id", _("A lead department is required."))
        elif task is None or lead != task.lead_department_id:
            _department(lead, "lead_department_id", errors, loaded=loaded)
    if "coordinating_department_ids" in cleaned:
        ids = list(dict.fromkeys(cleaned["coordinating_department_ids"]))
        known = task.coordinating_department_ids if task is not None else set()
        for department_id in ids:
            if department_id not in known:
                _department(department_id, "coordinating_department_ids", errors, loaded=loaded)
        cleaned["coordinating_department_ids"] = ids
    elif "coordinating_department_ids" in values and "coordinating_department_ids" not in errors:
        cleaned["coordinating_department_ids"] = []
    if "recurrence" in values:
        cleaned["recurrence"] = Recurrence(cleaned.get("recurrence") or Recurrence.NONE)
    if "priority" in values:
        cleaned["priority"] = Priority(cleaned.get("priority") or Priority.NORMAL)
    for name in values:  # a refused or empty value is no value (nothing is written while errors stand)
        cleaned.setdefault(name, None)
    return cleaned


def _check_whole(merged, errors):
    """Rules across fields, on the values the task would have."""
    lead = merged["lead_department_id"]
    if lead is not None and lead in merged["coordinating_department_ids"]:
        errors.add("coordinating_department_ids", _("The lead department cannot also be a coordinating one."))
    if lead is not None and "lead_department_id" not in errors:
        validate_assignee(merged["assignee_id"], lead, errors)
    if merged["recurrence"] != Recurrence.NONE and merged["due_on"] is None and "due_on" not in errors:
        errors.add("due_on", _("A recurring task needs a deadline to count its periods from."))


# --- Creating and editing -----------------------------------------------------------------------------


def create_task(
    actor,
    *,
    title,
    lead_department_id,
    description=None,
    meeting_id=None,
    directive_id=None,
    coordinating_department_ids=(),
    assignee_id=None,
    due_on=None,
    deadline_text=None,
    recurrence="none",
    priority="normal",
    target_value=None,
    target_unit=None,
    issuing_department_id=None,
):
    """Create a task issued by ``actor`` (in their department's name unless given) for a lead department."""
    errors = Errors()
    origin = schemas.TaskOrigin.check(
        dict(meeting_id=meeting_id, directive_id=directive_id, issuing_department_id=issuing_department_id),
        errors=errors,
    )
    issuing_department_id = origin.get("issuing_department_id")
    if issuing_department_id is None and "issuing_department_id" not in errors:
        issuing_department_id = actor.department_id
    require(can_create_task(actor, issuing_department_id))
    if issuing_department_id != actor.department_id:
        _department(issuing_department_id, "issuing_department_id", errors, must_be_active=False)

    loaded = {}
    values = _clean_values(
        dict(
            title=title,
            description=description,
            lead_department_id=lead_department_id,
            coordinating_department_ids=coordinating_department_ids,
            assignee_id=assignee_id,
            due_on=due_on,
            deadline_text=deadline_text,
            recurrence=recurrence,
            priority=priority,
            target_value=target_value,
            target_unit=target_unit,
        ),
        errors,
        loaded=loaded,
    )
    meeting, directive = _meeting_and_directive(actor, origin.get("meeting_id"), origin.get("directive_id"), errors)
    _check_whole(values, errors)
    if errors:
        raise ValidationFailed(_("The task was not saved."), fields=errors)

    coordinators = values.pop("coordinating_department_ids")
    task = Task(
        issuer_id=actor.id,
        issuing_department_id=issuing_department_id,
        meeting_id=meeting.id if meeting else None,
        directive_id=directive.id if directive else None,
        status=TaskStatus.ASSIGNED,
        progress=0,
        **values,
    )
    task.lead_department = loaded[task.lead_department_id]
    task.coordinating_departments = [loaded[department_id] for department_id in coordinators]
    if task.assignee_id is not None:
        require(can_assign_task(actor, task))
    db.session.add(task)
    flush()
    update = add_update(task, actor, UpdateKind.CREATED, status_to=TaskStatus.ASSIGNED, progress=0)
    record_event(actor, "task.create", task, after=task_state(task))
    flush()
    events.task_created.send(task, actor=actor, update=update)
    return task


def _meeting_and_directive(actor, meeting_id, directive_id, errors):
    meeting = directive = None
    if directive_id is not None:
        directive = db.session.get(Directive, directive_id)
        if directive is None:
            errors.add("directive_id", _("Unknown directive."))
        elif meeting_id is not None and directive.meeting_id != meeting_id:
            errors.add("directive_id", _("This directive belongs to another meeting."))
        else:
            meeting_id = directive.meeting_id
    if meeting_id is not None:
        meeting = db.session.get(Meeting, meeting_id)
        if meeting is None:
            errors.add("meeting_id", _("Unknown meeting."))
    if meeting is not None and not errors and not can_edit_meeting(actor, meeting):
        require(deny(_("Only leaders and the head of the host department make tasks from this meeting.")))
    return meeting, directive


def update_task(actor, task, *, version, **fields):
    """Change the fields of an open task (issuing side); ``version`` is the one the edit was based on.

    A change of the assignee alone is an assignment (:func:`assign_task`), which the head of the
    lead department may make too, whichever door it comes through.
    """
    if set(fields) == {"assignee_id"} and can_assign_task(actor, task):
        return assign_task(actor, task, fields["assignee_id"], version=version)
    require(can_edit_task(actor, task))
    check_version(task, version, required=True)
    require_open(task, _("A done or cancelled task can no longer be edited."))
    unknown = [field for field in fields if field not in EDITABLE_FIELDS]
    if unknown:
        raise ValidationFailed(
            _("Some fields cannot be changed here."), fields={field: _("Unknown field.") for field in unknown}
        )
    errors = Errors()
    cleaned = _clean_values(fields, errors, task)
    merged = {
        "lead_department_id": task.lead_department_id,
        "coordinating_department_ids": sorted(task.coordinating_department_ids),
        "assignee_id": task.assignee_id,
        "due_on": task.due_on,
        "recurrence": task.recurrence,
    }
    merged.update({key: value for key, value in cleaned.items() if key in merged})
    lead_changed = merged["lead_department_id"] != task.lead_department_id
    if lead_changed and "assignee_id" not in cleaned:
        # The assignee belonged to the old lead department: the new head chooses again.
        merged["assignee_id"] = cleaned["assignee_id"] = None
    _check_whole(merged, errors)
    if errors:
        raise ValidationFailed(_("The task was not saved."), fields=errors)
    if merged["assignee_id"] is not None and merged["assignee_id"] != task.assignee_id:
        # Choosing the person is the lead department's call (or a leader's), as in assign_task.
        require(can_assign_in_department(actor, merged["lead_department_id"]))

    before = task_state(task)
    previous_assignee_id, previous_due_on = task.assignee_id, task.due_on
    previous_coordinating_ids = task.coordinating_department_ids
    for field, value in cleaned.items():
        if field == "coordinating_department_ids":
            if set(value) != task.coordinating_department_ids:
                task.coordinating_departments = [db.session.get(Department, department_id) for department_id in value]
        elif getattr(task, field) != value:
            setattr(task, field, value)
    after = task_state(task)
    changed = changes(before, after)
    if not changed:
        return task
    touch(task)
    flush()
    details = {"changed": changed}
    if "due_on" in changed:
        details["due_from"], details["due_to"] = changed["due_on"]
    update = add_update(task, actor, UpdateKind.EDIT, details=details)
    record_event(
        actor,
        "task.update",
        task,
        before={k: v[0] for k, v in changed.items()},
        after={k: v[1] for k, v in changed.items()},
    )
    flush()
    if "assignee_id" in changed or "lead_department_id" in changed:
        events.task_assigned.send(task, actor=actor, previous_assignee_id=previous_assignee_id, update=update)
    if "due_on" in changed:
        events.task_deadline_changed.send(task, actor=actor, previous_due_on=previous_due_on, update=update)
    events.task_edited.send(
        task, actor=actor, changed=changed, previous_coordinating_ids=previous_coordinating_ids, update=update
    )
    return task


def assign_task(actor, task, assignee_id, *, version=None):
    """Give the task to a person of the lead department (``None`` to unassign)."""
    require(can_assign_task(actor, task))
    check_version(task, version)
    require_open(task)
    errors = Errors()
    assignee_id = schemas.Assignment.check({"assignee_id": assignee_id}, errors=errors).get("assignee_id")
    if not errors:
        validate_assignee(assignee_id, task.lead_department_id, errors)
    if errors:
        raise ValidationFailed(_("The task was not assigned."), fields=errors)
    previous_assignee_id = task.assignee_id
    if assignee_id == previous_assignee_id:
        return task
    task.assignee_id = assignee_id
    touch(task)
    flush()
    update = add_update(
        task,
        actor,
        UpdateKind.ASSIGNMENT,
        details={"assignee_from": user_ref(previous_assignee_id), "assignee_to": user_ref(assignee_id)},
    )
    record_event(
        actor, "task.assign", task, before={"assignee_id": previous_assignee_id}, after={"assignee_id": assignee_id}
    )
    flush()
    events.task_assigned.send(task, actor=actor, previous_assignee_id=previous_assignee_id, update=update)
    return task


# --- The lifecycle ------------------------------------------------------------------------------------


def allowed_actions(actor, task):
    """The actions ``actor`` may take on ``task`` now (for showing buttons)."""
    return [action for action in ACTIONS if task.status in TRANSITIONS[action][0] and PERMISSIONS[action](actor, task)]


def transition_task(actor, task, action, *, comment=None, version=None):
    """Move the task along its lifecycle: start, submit, approve, return (with a comment) or cancel."""
    if action not in TRANSITIONS:
        schemas.Transition.check({"action": action}, message=_("Unknown action."))  # refuses it
    require(PERMISSIONS[action](actor, task))
    check_version(task, version)
    sources, target = TRANSITIONS[action]
    if task.status not in sources:
        raise InvalidTransition(
            _(
                "A task that is %(status)s cannot be %(action)s.",
                status=_status_label(task.status),
                action=_action_past(action),
            )
        )
    errors = Errors()
    comment = schemas.Transition.check({"action": action, "comment": comment}, errors=errors).get("comment")
    if comment is None and action == "return" and "comment" not in errors:
        errors.add("comment", _("Say what needs to change: a comment is required to return work."))
    if errors:
        raise ValidationFailed(_("The task was not changed."), fields=errors)

    status_from = task.status
    task.status = target
    if target == TaskStatus.DONE:
        task.completed_at = utcnow()
        task.completed_on = local_date(task.completed_at)
        task.progress = 100
    touch(task)
    flush()
    update = add_update(
        task,
        actor,
        UpdateKind.TRANSITION,
        status_from=status_from,
        status_to=target,
        progress=task.progress,
        comment=comment,
        details={"action": action},
    )
    record_event(actor, f"task.{action}", task, before={"status": status_from.value}, after={"status": target.value})
    flush()
    events.task_transitioned.send(task, actor=actor, action=action, status_from=status_from, update=update)
    if action == "approve" and task.recurrence != Recurrence.NONE and task.due_on is not None:
        create_next_occurrence(actor, task)
    return task


def _action_past(action):
    return {
        "start": _("started"),
        "submit": _("submitted"),
        "approve": _("approved"),
        "return": _("returned"),
        "cancel": _("cancelled"),
    }[action]


def create_next_occurrence(actor, task):
    """Create the next occurrence of a recurring task, one period after this one's deadline."""
    if task.series_id is None:
        task.series_id = task.id
    following = Task(
        title=task.title,
        description=task.description,
        meeting_id=task.meeting_id,
        directive_id=task.directive_id,
        issuing_department_id=task.issuing_department_id,
        issuer_id=task.issuer_id,
        lead_department_id=task.lead_department_id,
        assignee_id=task.assignee_id,
        due_on=next_due_on(task),
        deadline_text=task.deadline_text,
        recurrence=task.recurrence,
        series_id=task.series_id,
        occurrence=task.occurrence + 1,
        priority=task.priority,
        target_value=task.target_value,
        target_unit=task.target_unit,
        status=TaskStatus.ASSIGNED,
        progress=0,
    )
    following.coordinating_departments = list(task.coordinating_departments)
    db.session.add(following)
    flush()
    update = add_update(
        following,
        actor,
        UpdateKind.CREATED,
        status_to=TaskStatus.ASSIGNED,
        progress=0,
        details={"previous_occurrence_id": task.id, "occurrence": following.occurrence},
    )
    record_event(actor, "task.create", following, after=task_state(following))
    flush()
    events.task_created.send(following, actor=actor, update=update)
    return following


# --- Reporting ----------------------------------------------------------------------------------------


def report_progress(actor, task, *, progress=None, current_value=None, comment=None, version=None):
    """Record progress %, the current value and/or a comment as one entry of the history."""
    require(can_update_task(actor, task))
    check_version(task, version)
    errors = Errors()
    values = schemas.Progress.check(
        {"progress": progress, "current_value": current_value, "comment": comment}, errors=errors
    )
    progress, current_value, comment = (values.get(name) for name in ("progress", "current_value", "comment"))
    if errors:
        raise ValidationFailed(_("The update was not saved."), fields=errors)
    changes_task = progress is not None or current_value is not None
    if not changes_task and comment is None:
        raise ValidationFailed(
            _("Nothing to record."), fields={"comment": _("Give a progress, a current value or a comment.")}
        )
    if changes_task:
        require_open(task, _("Progress can only be reported on an open task."))
    details = {}
    if progress is not None and progress != task.progress:
        details["progress_from"] = task.progress
        task.progress = progress
    if current_value is not None and current_value != task.current_value:
        details["current_value_from"] = task.current_value
        task.current_value = current_value
    if details:
        touch(task)
    flush()
    update = add_update(
        task,
        actor,
        UpdateKind.PROGRESS if changes_task else UpdateKind.COMMENT,
        progress=progress,
        current_value=current_value,
        comment=comment,
        details=details or None,
    )
    record_event(
        actor,
        "task.progress" if changes_task else "task.comment",
        task,
        before={key.removesuffix("_from"): value for key, value in details.items()} or None,
        after={"progress": progress, "current_value": current_value, "comment": bool(comment)},
    )
    flush()
    events.task_reported.send(task, actor=actor, update=update)
    return update


def attach_evidence(actor, task, file_storage, *, update=None, version=None):
    """Check and store an evidence file for the task; add it to ``update`` or to a new history entry.

    ``version``, when given, is the one the upload was based on: a file alone on a task changed
    meanwhile is refused as stale, as any report is (with ``update``, its report checked it).
    """
    require(can_update_task(actor, task))
    if update is not None and update.task_id != task.id:
        raise ValidationFailed(_("This update belongs to another task."), fields={"update_id": _("Unknown update.")})
    if update is None:
        check_version(task, version)
    stored = storage.store_upload(file_storage)
    try:
        if update is None:
            update = add_update(task, actor, UpdateKind.EVIDENCE, details={"filename": stored.filename})
        attachment = Attachment(
            task_id=task.id,
            update=update,
            filename=stored.filename,
            content_type=stored.content_type,
            size=stored.size,
            sha256=stored.sha256,
            storage_key=stored.storage_key,
            uploaded_by_id=actor.id,
        )
        db.session.add(attachment)
        flush()
        record_event(
            actor,
            "task.evidence",
            task,
            after={"attachment_id": attachment.id, "filename": stored.filename, "size": stored.size},
        )
        flush()
    except Exception:
        storage.discard(stored.storage_key)
        raise
    return attachment


# --- The kept task counts (tracker/tasks/summaries.py) ---------------------------------------------


def rebuild_task_counts(connection):
    """Count every task afresh into ``task_counts`` on ``connection`` (two statements)."""
    for statement in summaries.rebuild_statements(connection.dialect.name):
        connection.execute(statement)


@contextmanager
def task_counts_paused(engine):
    """Load many new tasks without counting each row: on PostgreSQL the insert triggers are paused
    while the block runs (nothing else may write tasks meanwhile), and the counts rebuilt in one
    statement after it. On SQLite the triggers keep counting (they cost little there)."""
    postgresql = engine.dialect.name == "postgresql"
    if postgresql:
        with engine.begin() as connection:
            for statement in summaries.trigger_switches(enable=False):
                connection.execute(statement)
    try:
        yield
    finally:
        if postgresql:
            with engine.begin() as connection:
                for statement in summaries.trigger_switches(enable=True):
                    connection.execute(statement)
                rebuild_task_counts(connection)
