"""Receivers of the domain events: who must act is told (the table of issue "Nobody waits unseen").

============================================  ====================================================
event                                         who is told (never the person who made the change)
============================================  ====================================================
a task is assigned to a person                that person (``assigned``)
a task comes to a department, nobody assigned the lead department's heads (``department_task``)
a department is named as coordinating         its heads (``coordinating``)
work is submitted                             the issuer and the issuing department's heads
work is approved / returned                   the assignee and the lead heads, with the comment
an extension is requested                     the issuer and the issuing department's heads
an extension is approved / refused            the requester, the assignee, the lead heads
a comment mentions a person                   that person (``mentioned``)
anything happens on a followed task           its followers not already told (``followed_update``)
============================================  ====================================================

Each receiver adds to the caller's unit of work (:func:`notify`), so a rolled-back change tells
nobody. The issuer and the assignee follow a task automatically, and so does whoever comments.
"""

import weakref

from tracker.core import events
from tracker.core.db import utcnow
from tracker.extensions import db
from tracker.notifications.models import NotificationKind as Kind
from tracker.notifications.operations import Telling, add_followers, follower_ids, notify, notify_all
from tracker.notifications.queries import heads_by_department, heads_of
from tracker.tasks.models import TaskStatus

_FOLLOWERS_TOLD = "tracker.notifications.followers_told"


def deciders(task):
    """Who approves the work and decides extensions: the issuer and the issuing department's heads."""
    return [task.issuer_id, *heads_of(task.issuing_department_id)]


def doing_side(task):
    return [task.assignee_id, *heads_of(task.lead_department_id)]


def _ref(update):
    return f"u{update.id}" if update is not None else utcnow().strftime("t%Y%m%d%H%M%S")


def tell_followers(task, actor, event, already, update=None, detail=None):
    """``followed_update`` to the task's followers who were not told of this change otherwise.

    An edit that sends several events (a new assignee and a new deadline) tells followers once.
    """
    if update is not None:
        # The history entry itself, not its id: an id rolled back may be given again (SQLite).
        told = db.session.info.setdefault(_FOLLOWERS_TOLD, weakref.WeakSet())
        if update in told:
            return []
        told.add(update)
    followers = [user_id for user_id in follower_ids(task) if user_id not in set(already)]
    return notify(Kind.FOLLOWED_UPDATE, task, actor, followers, detail=detail, data={"event": event})


def on_task_created(task, actor=None, update=None, **extra):
    """The assignee, the lead heads and the coordinating heads, each told once (in that order of
    precedence), in one batch: the heads of every department named are read in one statement."""
    coordinating_ids = sorted(task.coordinating_department_ids)
    heads = heads_by_department(task.lead_department_id, *coordinating_ids)
    lead_heads = [user_id for user_id in heads.get(task.lead_department_id, ()) if user_id != task.assignee_id]
    told = {task.assignee_id, *lead_heads}
    coordinating_heads = [
        user_id for department_id in coordinating_ids for user_id in heads.get(department_id, ()) if user_id not in told
    ]
    notify_all(
        task,
        actor,
        [
            Telling(Kind.ASSIGNED, [task.assignee_id]),
            # The lead heads hear of every task given to their department (answerable for it), assigned or not.
            Telling(
                Kind.DEPARTMENT_TASK,
                lead_heads,
                data={"assigned": True} if task.assignee_id is not None else None,
                active=True,
            ),
            Telling(Kind.COORDINATING, coordinating_heads, active=True),
        ],
        occurrence=f"created:{_ref(update)}",
    )
    add_followers(task, [task.issuer_id, task.assignee_id])


def on_task_assigned(task, actor=None, previous_assignee_id=None, update=None, **extra):
    if not task.is_open:
        return
    occurrence = f"assigned:{_ref(update)}"
    if task.assignee_id is not None:
        told = []
        if task.assignee_id != previous_assignee_id:
            told = notify(Kind.ASSIGNED, task, actor, [task.assignee_id], occurrence=occurrence)
            add_followers(task, [task.assignee_id])
    else:
        told = notify(Kind.DEPARTMENT_TASK, task, actor, heads_of(task.lead_department_id), occurrence=occurrence)
    tell_followers(task, actor, "assigned", told, update)


def on_task_transitioned(task, actor=None, action=None, update=None, **extra):
    comment = update.comment if update is not None else None
    occurrence = f"{action}:{_ref(update)}"
    told = []
    if action == "submit" and task.status == TaskStatus.SUBMITTED:
        told = notify(Kind.SUBMITTED, task, actor, deciders(task), detail=comment, occurrence=occurrence)
    elif action == "approve":
        told = notify(Kind.APPROVED, task, actor, doing_side(task), detail=comment, occurrence=occurrence)
    elif action == "return":
        told = notify(Kind.RETURNED, task, actor, doing_side(task), detail=comment, occurrence=occurrence)
    tell_followers(task, actor, action, told, update, detail=comment)


def on_extension_requested(extension, actor=None, update=None, **extra):
    task = extension.task
    data = {"due_on": extension.requested_due_on.isoformat()}
    told = notify(Kind.EXTENSION_REQUESTED, task, actor, deciders(task), detail=extension.reason, data=data)
    tell_followers(task, actor, "extension_requested", told, update, detail=extension.reason)


def on_extension_decided(extension, actor=None, update=None, **extra):
    task = extension.task
    approved = extension.status.value == "approved"
    action = "extension-approved" if approved else "extension-refused"
    data = {"approved": approved, "due_on": extension.requested_due_on.isoformat()}
    told = notify(
        Kind.EXTENSION_DECIDED,
        task,
        actor,
        [extension.requester_id, *doing_side(task)],
        detail=extension.decision_comment,
        data=data,
        occurrence=f"{action}:x{extension.id}",
    )
    tell_followers(task, actor, action.replace("-", "_"), told, update, detail=extension.decision_comment)


def on_task_deadline_changed(task, actor=None, update=None, **extra):
    tell_followers(task, actor, "deadline_changed", [], update)


def on_task_edited(task, actor=None, previous_coordinating_ids=(), update=None, **extra):
    """Newly named coordinating departments' heads are told; followers hear of the edit once."""
    told = []
    added = sorted(task.coordinating_department_ids - set(previous_coordinating_ids or ()))
    if added and task.is_open:
        told = notify(Kind.COORDINATING, task, actor, heads_of(*added), occurrence=f"coordinating:{_ref(update)}")
    tell_followers(task, actor, "edited", told, update)


def on_task_reported(task, actor=None, update=None, **extra):
    tell_followers(task, actor, "progress", [], update, detail=update.comment if update is not None else None)


def on_comment_posted(comment, actor=None, task=None, mentioned_ids=(), **extra):
    task = task if task is not None else comment.task
    body = getattr(comment, "body", None)
    if actor is not None:
        add_followers(task, [actor.id])
    told = notify(Kind.MENTIONED, task, actor, list(mentioned_ids or ()), detail=body)
    followers = [user_id for user_id in follower_ids(task) if user_id not in set(told)]
    notify(Kind.FOLLOWED_UPDATE, task, actor, followers, detail=body, data={"event": "commented"})


def connect():
    """Connect the receivers (idempotent: blinker keeps one connection per receiver)."""
    events.task_created.connect(on_task_created)
    events.task_assigned.connect(on_task_assigned)
    events.task_transitioned.connect(on_task_transitioned)
    events.task_deadline_changed.connect(on_task_deadline_changed)
    events.task_edited.connect(on_task_edited)
    events.task_reported.connect(on_task_reported)
    events.extension_requested.connect(on_extension_requested)
    events.extension_decided.connect(on_extension_decided)
    events.comment_posted.connect(on_comment_posted)
