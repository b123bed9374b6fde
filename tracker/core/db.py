"""Column types and mixins shared by every model."""

from contextlib import contextmanager
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


def utcnow():
    return datetime.now(UTC)


def escape_like(text):
    """``text`` as a literal inside a LIKE pattern written with ``escape="\\"``."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class UTCDateTime(TypeDecorator):
    """A timestamp stored in UTC and always handed back timezone-aware.

    SQLite returns naive datetimes and PostgreSQL aware ones; normalising here keeps both alike.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given for a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def enum_column(enum_cls, length=20):
    """A string column restricted to the values of a ``StrEnum``."""
    return sa.Enum(
        enum_cls,
        native_enum=False,
        length=length,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False)


#: Rows ANALYZE samples per index on SQLite: enough for the planner, a few milliseconds in all.
SQLITE_ANALYSIS_LIMIT = 400


def refresh_statistics(engine):
    """Refresh the statistics the query planner chooses indexes by; return whether it did.

    SQLite keeps none until ANALYZE runs, and without them it guesses: it read every open overdue
    task to find a department's few coordinated ones, or every open task of a department to find
    one person's. PostgreSQL's autovacuum keeps its own statistics, so there this does nothing.
    ``flask analyze`` runs it (``make run`` does at start), and so does the beat every hour.
    """
    if engine.dialect.name != "sqlite":
        return False
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA analysis_limit={SQLITE_ANALYSIS_LIMIT}")
        connection.exec_driver_sql("ANALYZE")
    return True


@contextmanager
def parallel_reads(session, split_small_outer=False):
    """Within the block, PostgreSQL may give each of ``session``'s statements up to
    ``TRACKER_PG_REPORT_PARALLEL_WORKERS`` parallel workers; after it, the session's setting again.

    For the reports' grouped counts, which read a year of kept counts or the tasks of a source
    document (a hundred thousand rows and more): two cores halve them, where a list's short reads
    keep none (``TRACKER_PG_PARALLEL_WORKERS``). ``SET LOCAL`` holds until the transaction ends, so
    the block ends with ``RESET``, back to the value the connection started with. Nothing on SQLite,
    or with the setting empty.

    ``split_small_outer``: the statement joins a small table (a few pages) to many rows of a large
    one, such as a source document's 1,000 citing directives to their 85,000 tasks. PostgreSQL splits
    among workers only a table of ``min_parallel_table_scan_size`` (8 MB) or more, so such a join
    ran in one process; allowing the small outer table to be split lets the workers share the inner
    index reads (at a million tasks: 52 -> 35 ms for the document's count).
    """
    from flask import current_app

    workers = current_app.config.get("TRACKER_PG_REPORT_PARALLEL_WORKERS")
    if workers in (None, "") or session.get_bind().dialect.name != "postgresql":
        yield
        return
    settings = {"max_parallel_workers_per_gather": int(workers)}
    if split_small_outer:
        settings.update(min_parallel_table_scan_size=0, parallel_setup_cost=10)
    for name, value in settings.items():
        session.execute(sa.text(f"SET LOCAL {name} = {value}"))
    yield
    # Not on an error: the transaction is then rolled back, the settings with it.
    for name in settings:
        session.execute(sa.text(f"RESET {name}"))


def page_of(selection, page, per_page):
    """``(items, total)``: one page of the rows ``selection`` (ordered) reads, and how many it reads in all."""
    from tracker.extensions import db

    total = db.session.scalar(sa.select(sa.func.count()).select_from(selection.order_by(None).subquery()))
    items = db.session.scalars(selection.limit(per_page).offset((page - 1) * per_page)).all()
    return items, total
