"""Old notifications are pruned by the beat's job (called as a function)."""

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from tracker.extensions import db
from tracker.notifications.models import Notification
from workers.maintenance import prune_notifications


def test_notifications_older_than_the_setting_are_deleted(app, world):
    now = datetime.now(UTC)
    staff = world["staff"]
    for days in (1, 29, 31, 400):
        db.session.add(Notification(user_id=staff.id, kind="due_soon", created_at=now - timedelta(days=days)))
    db.session.commit()
    app.config["TRACKER_NOTIFICATIONS_KEEP_DAYS"] = 30
    try:
        assert prune_notifications.run() == 2
    finally:
        app.config["TRACKER_NOTIFICATIONS_KEEP_DAYS"] = 90
    ages = sorted((now - created).days for created in db.session.scalars(sa.select(Notification.created_at)))
    assert ages == [1, 29]


def test_the_beat_prunes_every_hour(app):
    schedule = app.config["CELERY"]["beat_schedule"]
    assert schedule["notifications-prune"] == {"task": "notifications.prune", "schedule": 3600.0}
