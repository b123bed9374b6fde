"""Upkeep the beat schedules: the query planner's statistics, hourly."""

from celery import shared_task


@shared_task(name="maintenance.statistics")
def refresh_statistics():
    """Refresh SQLite's planner statistics (PostgreSQL's autovacuum keeps its own)."""
    from tracker.core.db import refresh_statistics
    from tracker.extensions import db

    return refresh_statistics(db.engine)
