"""Free-text search of tasks: a case-insensitive substring of the title or description, or the id.

A substring anywhere in the text is beyond a B-tree index, so each database answers it from a
trigram index made by the migrations:

- SQLite: the FTS5 table ``tasks_search`` (trigram tokenizer, Unicode case folding). A phrase query
  matches exactly the rows holding the text as a substring of one column, and takes every character
  literally, ``%`` and ``_`` included. FTS5 also answers ``LIKE``, but scans every row when it has an
  ``ESCAPE`` clause, and, as SQLite's ``LIKE`` does, folds the case of ASCII letters only.
- PostgreSQL: ``ILIKE``, which the GIN trigram indexes on ``title`` and ``description`` serve (a plain
  scan where pg_trgm could not be installed).

A trigram needs three characters: shorter text is matched by a scan (SQLite) or, as the planner
sees fit, a scan or a full read of the index (PostgreSQL).
"""

import itertools

import sqlalchemy as sa

from tracker.core.db import escape_like
from tracker.core.integers import to_id
from tracker.extensions import db
from tracker.tasks.models import Task

#: The shortest text the trigram indexes can look up.
TRIGRAM = 3

search_index = sa.table("tasks_search", sa.column("rowid"))


def text_condition(q):
    """The condition selecting the tasks whose title or description contains ``q``, or whose id it is."""
    dialect = db.session.get_bind().dialect.name
    if "\x00" in q:
        # No task's text holds a NUL (PostgreSQL cannot store one), and both FTS5 and PostgreSQL
        # refuse one in a query.
        conditions = [sa.false()]
    elif dialect == "sqlite" and len(q) >= TRIGRAM:
        matches = sa.select(search_index.c.rowid).where(sa.literal_column("tasks_search").match(phrase(q)))
        conditions = [Task.id.in_(matches)]
    elif dialect == "sqlite":
        conditions = [condition for variant in case_variants(q) for condition in like(variant)]
    else:
        conditions = like(q)
    if q.lstrip("#").isdigit() and to_id(q.lstrip("#")) is not None:
        conditions.append(Task.id == to_id(q.lstrip("#")))
    return sa.or_(*conditions)


def phrase(q):
    """``q`` as an FTS5 phrase: within double quotes every character is text, a quote is doubled."""
    return '"' + q.replace('"', '""') + '"'


def like(text):
    pattern = f"%{escape_like(text)}%"
    return [Task.title.ilike(pattern, escape="\\"), Task.description.ilike(pattern, escape="\\")]


def case_variants(q):
    """``q`` with each non-ASCII letter in either case, for SQLite's scan.

    SQLite's ``lower()`` (and so ``ILIKE``) folds ASCII letters only; PostgreSQL folds every letter.
    The scan is for text shorter than a trigram, so there are at most four variants.
    """
    choices = [{char.lower(), char.upper()} if not char.isascii() else {char} for char in q]
    return sorted({"".join(chars) for chars in itertools.product(*choices)})


#: What the search migration makes beside the models' tables and indexes: the FTS5 table with its
#: shadow tables (SQLite) and the trigram indexes (PostgreSQL).
INDEX_NAMES = frozenset(
    {
        "tasks_search",
        "tasks_search_config",
        "tasks_search_data",
        "tasks_search_docsize",
        "tasks_search_idx",
        "ix_tasks_title_trgm",
        "ix_tasks_description_trgm",
        # The search everywhere's indexes over the folded copies (migration d81f4b6a9c27).
        *(
            f"{fts}{part}"
            for fts in ("tasks_folded_search", "meetings_search", "directives_search")
            for part in ("", "_config", "_data", "_docsize", "_idx")
        ),
        "ix_tasks_folded_title_trgm",
        "ix_tasks_folded_body_trgm",
        "ix_meetings_folded_title_trgm",
        "ix_meetings_folded_body_trgm",
        "ix_directives_folded_body_trgm",
        "ix_directives_folded_refs_trgm",
    }
)


def include_name(name, type_, parent_names):
    """Alembic's ``include_name`` hook: the search index has no model, so comparing leaves it alone."""
    return name not in INDEX_NAMES
