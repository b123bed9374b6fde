"""Index task text for search

Revision ID: 1dd8a9617745
Revises: 3f1c9a7d2b64
Create Date: 2026-11-23 03:00:00.000000

Free-text search looks for a substring anywhere in a task's title or description, which no B-tree
index can answer: without a trigram index every search reads every task.

- SQLite: an FTS5 table with the trigram tokenizer over the two columns, holding only the index
  (its text is read from ``tasks``), kept in step with ``tasks`` by triggers. SQLite drops a table's
  triggers with it: a later migration that rebuilds ``tasks`` (``batch_alter_table`` copies the table
  and drops the old one) must create the three triggers again.
- PostgreSQL: GIN trigram indexes (``pg_trgm``) on each column, which serve ``ILIKE '%...%'``. The
  extension is database-wide; where it cannot be created (the role may not), search stays a scan
  and the migration still succeeds.
"""

import logging

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "1dd8a9617745"
down_revision = "3f1c9a7d2b64"
branch_labels = None
depends_on = None

logger = logging.getLogger("alembic.runtime.migration")

TRIGRAM_INDEXES = {"ix_tasks_title_trgm": "title", "ix_tasks_description_trgm": "description"}

SQLITE_UPGRADE = [
    # Case-insensitive (case_sensitive 0 is the default), with Unicode case folding: "KẾ HOẠCH"
    # finds "kế hoạch", which SQLite's own lower() and LIKE, ASCII only, do not.
    """
    CREATE VIRTUAL TABLE tasks_search USING fts5(
        title, description, content='tasks', content_rowid='id', tokenize='trigram'
    )
    """,
    """
    CREATE TRIGGER tasks_search_insert AFTER INSERT ON tasks BEGIN
        INSERT INTO tasks_search (rowid, title, description) VALUES (new.id, new.title, new.description);
    END
    """,
    # An external-content index forgets a row by being told its old text.
    """
    CREATE TRIGGER tasks_search_delete AFTER DELETE ON tasks BEGIN
        INSERT INTO tasks_search (tasks_search, rowid, title, description)
        VALUES ('delete', old.id, old.title, old.description);
    END
    """,
    # Only when the text changes: status, progress and the rest change far more often.
    """
    CREATE TRIGGER tasks_search_update AFTER UPDATE OF title, description ON tasks BEGIN
        INSERT INTO tasks_search (tasks_search, rowid, title, description)
        VALUES ('delete', old.id, old.title, old.description);
        INSERT INTO tasks_search (rowid, title, description) VALUES (new.id, new.title, new.description);
    END
    """,
    "INSERT INTO tasks_search (tasks_search) VALUES ('rebuild')",
]

SQLITE_DOWNGRADE = [
    "DROP TRIGGER IF EXISTS tasks_search_update",
    "DROP TRIGGER IF EXISTS tasks_search_delete",
    "DROP TRIGGER IF EXISTS tasks_search_insert",
    "DROP TABLE IF EXISTS tasks_search",
]


def trigram_schema(bind):
    """The schema holding pg_trgm, creating the extension if needed; ``None`` when it cannot be had.

    The extension is created in ``public``, where PostgreSQL puts extensions by default, rather than
    in whatever schema comes first on the search path: a schema of the application's own may be
    dropped with everything in it, the extension and every other schema's trigram indexes included.
    The operator class is named with its schema, so it is found whatever the search path.
    """
    find = sa.text("SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pg_trgm'")
    schema = bind.scalar(find)
    if schema is not None:
        return schema
    has_public = bind.scalar(sa.text("SELECT count(*) FROM pg_namespace WHERE nspname = 'public'"))
    try:
        with bind.begin_nested():
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm" + (" SCHEMA public" if has_public else "")))
    except sa.exc.DBAPIError as error:
        logger.warning("pg_trgm could not be created, task search stays a full scan: %s", error.orig)
        return None
    return bind.scalar(find)


def upgrade():
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in SQLITE_UPGRADE:
            op.execute(statement)
    elif bind.dialect.name == "postgresql":
        schema = trigram_schema(bind)
        if schema is None:
            return
        for name, column in TRIGRAM_INDEXES.items():
            op.execute(f'CREATE INDEX {name} ON tasks USING gin ({column} "{schema}".gin_trgm_ops)')


def downgrade():
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in SQLITE_DOWNGRADE:
            op.execute(statement)
    elif bind.dialect.name == "postgresql":
        # The extension stays: it belongs to the database, may have been there before, and other
        # schemas' indexes may use it.
        for name in TRIGRAM_INDEXES:
            op.execute(f"DROP INDEX IF EXISTS {name}")
