"""Telling people: in-app notifications (one statement per event), their emails, following, reading.

:func:`notify` is what the receivers of the domain events call: it writes one notification per
recipient with a single multi-row INSERT in the caller's unit of work, and owes the email of each
recipient who did not turn that kind off in the reminder ledger (sent once, after the commit, with
retries). A rolled-back change therefore tells nobody. :func:`tell_reminders` is the in-app copy of
each reminder the sweep claims.
"""

import logging
from dataclasses import dataclass
from datetime import timedelta

import sqlalchemy as sa
from flask import current_app
from flask_babel import gettext as _

from tracker.core.db import utcnow
from tracker.core.errors import ValidationFailed
from tracker.core.permissions import can_edit_own_settings, can_view_task, require
from tracker.extensions import db
from tracker.notifications.models import Notification, NotificationKind, NotificationPreference, TaskFollower
from tracker.reminders.models import ReminderKind
from tracker.reminders.operations import insert_ignoring_conflicts, owe_each
from tracker.users.models import User

log = logging.getLogger("tracker.notifications")

Kind = NotificationKind

#: The ledger kind (and so the email template) of each event kind. The first six reuse the reminder
#: emails (their occurrence names the update or extension); the others render the notification.
LEDGER_KINDS = {
    Kind.ASSIGNED: ReminderKind.ASSIGNED,
    Kind.DEPARTMENT_TASK: ReminderKind.ASSIGNED,
    Kind.COORDINATING: ReminderKind.ASSIGNED,
    Kind.SUBMITTED: ReminderKind.APPROVAL_NEEDED,
    Kind.APPROVED: ReminderKind.OUTCOME,
    Kind.RETURNED: ReminderKind.OUTCOME,
    Kind.EXTENSION_DECIDED: ReminderKind.OUTCOME,
    Kind.EXTENSION_REQUESTED: ReminderKind.EXTENSION_REQUESTED,
    Kind.MENTIONED: ReminderKind.MENTIONED,
    Kind.FOLLOWED_UPDATE: ReminderKind.FOLLOWED_UPDATE,
}
#: Kinds a user may choose to get in Tracker only (the reminders keep their own settings too).
CHOOSABLE_KINDS = tuple(Kind)


def active_ids(user_ids):
    """The ids among ``user_ids`` of users who are active, in the order given."""
    wanted = [user_id for user_id in dict.fromkeys(user_ids) if user_id is not None]
    if not wanted:
        return []
    active = set(db.session.scalars(sa.select(User.id).where(User.id.in_(wanted), User.is_active.is_(True))))
    return [user_id for user_id in wanted if user_id in active]


def email_muted(kinds, user_ids):
    """``{(user_id, kind)}`` among ``user_ids`` and ``kinds`` of those who chose to get the kind in
    Tracker only: one statement."""
    if not user_ids or not kinds:
        return set()
    rows = db.session.execute(
        sa.select(NotificationPreference.user_id, NotificationPreference.kind).where(
            NotificationPreference.kind.in_(sorted({Kind(kind).value for kind in kinds})),
            NotificationPreference.email.is_(False),
            NotificationPreference.user_id.in_(sorted(set(user_ids))),
        )
    )
    return {(user_id, Kind(kind)) for user_id, kind in rows}


@dataclass(frozen=True, slots=True)
class Telling:
    """One kind of notification for some users, as :func:`notify_all` takes it. ``active``: the ids
    are known to be of active users (read so by the caller), which spares checking them again."""

    kind: NotificationKind
    user_ids: list
    detail: str | None = None
    data: dict | None = None
    active: bool = False


def notify(kind, task, actor, user_ids, *, detail=None, data=None, occurrence=None):
    """Tell each of ``user_ids`` (active, not the actor) of ``kind`` on ``task``; return the ids told."""
    return notify_all(task, actor, [Telling(kind, user_ids, detail=detail, data=data)], occurrence=occurrence)[0]


def notify_all(task, actor, tellings, *, occurrence=None):
    """Write every :class:`Telling` of one event on ``task``; return the ids told by each, in order.

    Whatever the number of kinds: one statement checks who is active (none when every telling is
    ``active``), one INSERT writes the notifications, one reads who muted the emails, one ledger
    INSERT owes them. ``occurrence`` is the event's ledger key for kinds whose email is a reminder
    email (``"submit:u12"``); the others' emails name their notification.
    """
    actor_id = actor.id if actor is not None else None
    unchecked = [user_id for telling in tellings if not telling.active for user_id in telling.user_ids]
    active = set(active_ids(unchecked))
    told = []
    for telling in tellings:
        ids = dict.fromkeys(user_id for user_id in telling.user_ids if user_id is not None)
        told.append([user_id for user_id in ids if user_id != actor_id and (telling.active or user_id in active)])
    if not any(told):
        return told
    now = utcnow()
    table = Notification.__table__
    values = [
        dict(
            user_id=user_id,
            kind=telling.kind.value,
            task_id=task.id if task is not None else None,
            actor_id=actor_id,
            detail=telling.detail,
            data=telling.data,
            created_at=now,
        )
        for telling, recipients in zip(tellings, told, strict=True)
        for user_id in recipients
    ]
    rows = db.session.execute(
        sa.insert(table).values(values).returning(table.c.id, table.c.user_id, table.c.kind)
    ).all()
    if task is not None:
        emailed = [(user_id, Kind(kind), notification_id) for notification_id, user_id, kind in rows]
        emailed = [entry for entry in emailed if entry[1] in LEDGER_KINDS]
        muted = email_muted({kind for _user_id, kind, _id in emailed}, [user_id for user_id, _kind, _id in emailed])
        owe_each(
            task,
            {
                (user_id, LEDGER_KINDS[kind]): (
                    occurrence if occurrence and kind_reuses_reminder(kind) else f"{kind.value}:n{notification_id}"
                )
                for user_id, kind, notification_id in emailed
                if (user_id, kind) not in muted
            },
        )
    return told


def kind_reuses_reminder(kind):
    return LEDGER_KINDS.get(kind) in (ReminderKind.ASSIGNED, ReminderKind.APPROVAL_NEEDED, ReminderKind.OUTCOME)


def tell_reminders(claimed):
    """Write an in-app notification for each reminder the sweep claimed ``(task_id, recipient_id,
    kind)``: one executemany for the whole claim (a reminder is claimed once, so it is told once)."""
    if not claimed:
        return
    now = utcnow()
    db.session.execute(
        sa.insert(Notification.__table__),
        [
            dict(user_id=recipient_id, kind=getattr(kind, "value", kind), task_id=task_id, created_at=now)
            for task_id, recipient_id, kind in claimed
        ],
    )


# --- Following ----------------------------------------------------------------------------------


def add_followers(task, user_ids):
    """Make ``user_ids`` follow ``task`` (those who already do are left alone): one statement."""
    wanted = [user_id for user_id in dict.fromkeys(user_ids) if user_id is not None]
    if not wanted:
        return
    now = utcnow()
    db.session.execute(
        insert_ignoring_conflicts(TaskFollower.__table__)
        .values([dict(task_id=task.id, user_id=user_id, created_at=now) for user_id in wanted])
        .on_conflict_do_nothing(index_elements=["task_id", "user_id"])
    )


def follow_task(actor, task):
    """Follow a task: anyone who may see it."""
    require(can_view_task(actor, task))
    add_followers(task, [actor.id])
    db.session.flush()
    return True


def unfollow_task(actor, task):
    require(can_view_task(actor, task))
    db.session.execute(sa.delete(TaskFollower).where(TaskFollower.task_id == task.id, TaskFollower.user_id == actor.id))
    db.session.flush()
    return False


def follower_ids(task):
    return db.session.scalars(sa.select(TaskFollower.user_id).where(TaskFollower.task_id == task.id)).all()


def is_following(user, task):
    return (
        db.session.scalar(
            sa.select(sa.literal(1)).where(TaskFollower.task_id == task.id, TaskFollower.user_id == user.id)
        )
        is not None
    )


# --- Reading ------------------------------------------------------------------------------------


def mark_read(user, *, ids=None, all=False):
    """Mark the user's notifications read (``ids``, or ``all``); return how many changed."""
    condition = [Notification.user_id == user.id, Notification.read_at.is_(None)]
    if not all:
        ids = [int(notification_id) for notification_id in ids or ()]
        if not ids:
            return 0
        condition.append(Notification.id.in_(ids))
    result = db.session.execute(
        sa.update(Notification).where(*condition).values(read_at=utcnow()).execution_options(synchronize_session=False)
    )
    return result.rowcount


def mark_task_read(user, task_id):
    """Opening a task marks the user's notifications about it read."""
    result = db.session.execute(
        sa.update(Notification)
        .where(Notification.task_id == task_id, Notification.user_id == user.id, Notification.read_at.is_(None))
        .values(read_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return result.rowcount


# --- Preferences --------------------------------------------------------------------------------


def email_preferences(user):
    """``{kind: True (by email too) | False (in Tracker only)}`` for every choosable kind."""
    off = set(
        db.session.scalars(
            sa.select(NotificationPreference.kind).where(
                NotificationPreference.user_id == user.id, NotificationPreference.email.is_(False)
            )
        )
    )
    return {kind: kind not in off for kind in CHOOSABLE_KINDS}


def set_email_preferences(actor, user, by_email):
    """Keep by email the kinds in ``by_email`` (kind values), in Tracker only all the others."""
    require(can_edit_own_settings(actor, user))
    chosen = set(by_email or ())
    unknown = chosen - {kind.value for kind in CHOOSABLE_KINDS}
    if unknown:
        raise ValidationFailed(_("Your settings were not saved."), fields={"email_kinds": _("Unknown kind.")})
    db.session.execute(sa.delete(NotificationPreference).where(NotificationPreference.user_id == user.id))
    off = [kind for kind in CHOOSABLE_KINDS if kind.value not in chosen]
    if off:
        db.session.execute(
            sa.insert(NotificationPreference.__table__),
            [dict(user_id=user.id, kind=kind.value, email=False) for kind in off],
        )
    db.session.flush()
    return email_preferences(user)


def prune(before):
    """Delete notifications created before ``before``; return how many."""
    return db.session.execute(sa.delete(Notification).where(Notification.created_at < before)).rowcount


def prune_old(now=None):
    """The beat's upkeep: delete what is older than ``TRACKER_NOTIFICATIONS_KEEP_DAYS``, and commit."""
    keep_days = max(1, int(current_app.config["TRACKER_NOTIFICATIONS_KEEP_DAYS"]))
    deleted = prune((now or utcnow()) - timedelta(days=keep_days))
    db.session.commit()
    log.info("%d notifications older than %d days deleted", deleted, keep_days)
    return deleted
