"""What the reminder sweep needs of notifications: the in-app copy of each reminder, and the email choice.

Kept apart from :mod:`tracker.notifications.operations` (which owes emails through the reminder
receivers) so that the sweep can import it without a cycle.
"""

import sqlalchemy as sa

from tracker.core.db import utcnow
from tracker.extensions import db
from tracker.notifications.models import Notification, NotificationPreference


def email_off_clause(kind, user_id):
    """True where the user chose ``kind`` in Tracker only (a correlated EXISTS on the preference key)."""
    return (
        sa.select(sa.literal(1))
        .where(
            NotificationPreference.user_id == user_id,
            NotificationPreference.kind == kind,
            NotificationPreference.email.is_(False),
        )
        .exists()
    )


def tell_reminders(claimed):
    """Write an in-app notification for each claimed reminder ``(task_id, recipient_id, kind)``: one
    executemany for the whole claim (a reminder is claimed once, so it is told once)."""
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
