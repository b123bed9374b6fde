"""Search everywhere: folded copies of the text of tasks, meetings and directives, indexed by trigrams

Revision ID: d81f4b6a9c27
Revises: e9a1b5c3d7f2
Create Date: 2026-12-02 05:30:00.000000

The header's search box finds tasks, meetings (title, place, chair, minutes) and directives (text,
references) by any phrase, with or without Vietnamese diacritics. Each gets ``folded_*`` columns:
its text in lower case without diacritics (``tracker/search/folding.py``), computed in Python on
every write, filled here for the rows already there. The copies are indexed by trigrams:

- SQLite: one FTS5 table per table (trigram tokenizer, external content: it holds only the index),
  kept by triggers, as the task index of 1dd8a9617745. SQLite drops a table's triggers with it: a
  later migration that rebuilds ``tasks``, ``meetings`` or ``directives`` must create them again.
- PostgreSQL: GIN trigram indexes (pg_trgm) on each folded column, which serve ``LIKE '%...%'``.
  Where the extension cannot be had, search reads the tables and the migration still succeeds.
"""

import logging

from alembic import op
import sqlalchemy as sa

from tracker.search.folding import fold_parts, fold_references

# revision identifiers, used by Alembic.
revision = "d81f4b6a9c27"
down_revision = "e9a1b5c3d7f2"
branch_labels = None
depends_on = None

logger = logging.getLogger("alembic.runtime.migration")

BATCH = 2000

#: table -> {folded column: (source columns, folding)}
FOLDED = {
    "tasks": {"folded_title": (("title",), fold_parts), "folded_body": (("description",), fold_parts)},
    "meetings": {
        "folded_title": (("title",), fold_parts),
        "folded_body": (("place", "chair_name", "chair_title", "minutes"), fold_parts),
    },
    "directives": {"folded_body": (("text",), fold_parts), "folded_refs": (("references",), fold_references)},
}
#: table -> its FTS5 index on SQLite.
FTS_TABLES = {"tasks": "tasks_folded_search", "meetings": "meetings_search", "directives": "directives_search"}


def trigram_indexes():
    return {f"ix_{table}_{column}_trgm": (table, column) for table, columns in FOLDED.items() for column in columns}


def sqlite_statements(table):
    """The FTS5 table over ``table``'s folded columns and the triggers that keep it."""
    fts = FTS_TABLES[table]
    columns = list(FOLDED[table])
    names = ", ".join(columns)
    new = ", ".join(f"new.{column}" for column in columns)
    old = ", ".join(f"old.{column}" for column in columns)
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='{table}', content_rowid='id', tokenize='trigram')",
        f"""CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN
            INSERT INTO {fts} (rowid, {names}) VALUES (new.id, {new});
        END""",  # noqa: S608 (names from the constants above)
        f"""CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN
            INSERT INTO {fts} ({fts}, rowid, {names}) VALUES ('delete', old.id, {old});
        END""",  # noqa: S608 (names from the constants above)
        # Only when a folded copy changes: statuses and progress change far more often.
        f"""CREATE TRIGGER {fts}_update AFTER UPDATE OF {names} ON {table} BEGIN
            INSERT INTO {fts} ({fts}, rowid, {names}) VALUES ('delete', old.id, {old});
            INSERT INTO {fts} (rowid, {names}) VALUES (new.id, {new});
        END""",  # noqa: S608 (names from the constants above)
        f"INSERT INTO {fts} ({fts}) VALUES ('rebuild')",  # noqa: S608
    ]


def backfill(bind, table_name):
    folded = FOLDED[table_name]
    sources = sorted({source for spec in folded.values() for source in spec[0]})
    json_columns = {"references"}
    table = sa.table(
        table_name,
        sa.column("id"),
        *(sa.column(name, sa.JSON if name in json_columns else sa.Text) for name in sources),
        *(sa.column(name, sa.Text) for name in folded),
    )
    update = (
        sa.update(table)
        .where(table.c.id == sa.bindparam("row_id"))
        .values({name: sa.bindparam(f"new_{name}") for name in folded})
    )
    last = 0
    while True:
        rows = bind.execute(
            sa.select(table.c.id, *(table.c[name] for name in sources))
            .where(table.c.id > last)
            .order_by(table.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            return
        values = []
        for row in rows:
            item = {"row_id": row.id}
            for name, (columns, folding) in folded.items():
                item[f"new_{name}"] = folding(*(getattr(row, column) for column in columns))
            values.append(item)
        bind.execute(update, values)
        last = rows[-1].id


def trigram_schema(bind):
    """The schema of pg_trgm, creating it if needed (as 1dd8a9617745 does); ``None`` without it."""
    find = sa.text("SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pg_trgm'")
    schema = bind.scalar(find)
    if schema is not None:
        return schema
    has_public = bind.scalar(sa.text("SELECT count(*) FROM pg_namespace WHERE nspname = 'public'"))
    try:
        with bind.begin_nested():
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm" + (" SCHEMA public" if has_public else "")))
    except sa.exc.DBAPIError as error:
        logger.warning("pg_trgm could not be created, search everywhere stays a full scan: %s", error.orig)
        return None
    return bind.scalar(find)


def upgrade():
    bind = op.get_bind()
    for table, columns in FOLDED.items():
        for column in columns:
            op.add_column(table, sa.Column(column, sa.Text(), nullable=True))
    for table in FOLDED:
        backfill(bind, table)
    if bind.dialect.name == "sqlite":
        for table in FOLDED:
            for statement in sqlite_statements(table):
                op.execute(statement)
    elif bind.dialect.name == "postgresql":
        schema = trigram_schema(bind)
        if schema is None:
            return
        for name, (table, column) in trigram_indexes().items():
            op.execute(f'CREATE INDEX {name} ON {table} USING gin ({column} "{schema}".gin_trgm_ops)')


def downgrade():
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for fts in FTS_TABLES.values():
            for trigger in ("update", "delete", "insert"):
                op.execute(f"DROP TRIGGER IF EXISTS {fts}_{trigger}")
            op.execute(f"DROP TABLE IF EXISTS {fts}")
    elif bind.dialect.name == "postgresql":
        for name in trigram_indexes():
            op.execute(f"DROP INDEX IF EXISTS {name}")
    for table, columns in FOLDED.items():
        for column in columns:
            op.drop_column(table, column)
