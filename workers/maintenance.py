"""Upkeep the beat schedules, hourly: the query planner's statistics, old notifications."""

from celery import shared_task


@shared_task(name="maintenance.statistics")
def refresh_statistics():
    """Refresh SQLite's planner statistics (PostgreSQL's autovacuum keeps its own)."""
    from tracker.core.db import refresh_statistics
    from tracker.extensions import db

    return refresh_statistics(db.engine)


@shared_task(name="notifications.prune")
def prune_notifications():
    """Delete the notifications older than ``TRACKER_NOTIFICATIONS_KEEP_DAYS``."""
    from tracker.notifications.operations import prune_old

    return prune_old()
