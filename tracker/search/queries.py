"""Search everywhere: tasks, meetings and directives by any phrase, with or without diacritics.

Both the query and the text are folded (:mod:`tracker.search.folding`): lower case, no diacritics,
whitespace as single spaces. The folded copies are read through trigram indexes (FTS5 tables on
SQLite, pg_trgm GIN indexes on PostgreSQL, migration d81f4b6a9c27), so a query needs at least
:data:`MIN_LENGTH` characters: anything shorter is refused with a message rather than answered by
reading every row.

What is found is restricted to what the user may see, with the rules of the lists: tasks through
``tracker.tasks.queries.visibility`` (each branch of the rule an index look-up with the text
condition inside it), meetings through ``visible_meetings``, directives through their meeting.

Ranking, across the three kinds: class 0, the exact phrase (a whole title, or a reference such as
"57-NQ/TW" exactly, which also ranks the tasks made from that directive); class 1, a title (or, for
a directive, a reference) containing the phrase; class 2, the rest (description, minutes, place,
chair, directive text). Newest first within a class. Each kind is counted up to a cap
(``TRACKER_SEARCH_COUNT_CAP``) so that a common word costs no more than a rare one.
"""

from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from flask import current_app, url_for
from markupsafe import Markup, escape

from tracker.core.permissions import can_view_everything
from tracker.core.text import strip_controls
from tracker.extensions import db
from tracker.meetings.models import Directive, Meeting
from tracker.meetings.queries import visible_meetings
from tracker.search.folding import REFERENCE_SEPARATOR, SPACES, fold, fold_with_positions
from tracker.tasks.models import Task
from tracker.tasks.queries import restrict, visibility

#: The kinds of things found, in the order they come within one class and date.
TYPES = ("task", "meeting", "directive")
#: A trigram needs three characters.
MIN_LENGTH = 3
MAX_LENGTH = 200
#: Characters of context on each side of the match in a snippet.
CONTEXT = 70
#: FTS5 tables (SQLite) and their columns, one per searched table.
FTS = {
    Task: ("tasks_folded_search", ("folded_title", "folded_body")),
    Meeting: ("meetings_search", ("folded_title", "folded_body")),
    Directive: ("directives_search", ("folded_body", "folded_refs")),
}


class SearchError(ValueError):
    """The query cannot be searched (too short); the message says why."""


@dataclass
class Query:
    text: str
    folded: str

    @classmethod
    def parse(cls, text):
        """The query as typed, cleaned; :class:`SearchError` when it is too short to search."""
        text = " ".join(strip_controls(text or "").split())[:MAX_LENGTH]
        folded = fold(text).strip()
        if len(folded) < MIN_LENGTH:
            raise SearchError(MIN_LENGTH)
        return cls(text, folded)


@dataclass
class Hit:
    type: str
    id: int
    rank: int
    created_at: datetime
    title: str = ""
    snippet: Markup = field(default_factory=Markup)
    #: The page showing it: ``(endpoint, arguments)`` for ``url_for``.
    link: tuple = ()
    #: Where it belongs: a directive's meeting title.
    context: str | None = None

    @property
    def url(self):
        """The address of the page showing it (needs a request)."""
        endpoint, arguments = self.link
        return url_for(endpoint, **arguments)

    def sort_key(self):
        return (self.rank, -self.created_at.timestamp(), TYPES.index(self.type), -self.id)


@dataclass
class Results:
    items: list
    total: int
    #: Some kind had more matches than the cap: ``total`` is a lower bound.
    capped: bool = False


def _escape_like(text):
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _contains(column, folded):
    return column.like(f"%{_escape_like(folded)}%", escape="\\")


def _phrase(folded):
    return '"' + folded.replace('"', '""') + '"'


def _sqlite():
    return db.session.get_bind().dialect.name == "sqlite"


def matches(model, folded, columns=None):
    """The rows of ``model`` whose folded ``columns`` (all by default) contain ``folded``, from the index."""
    fts, all_columns = FTS[model]
    columns = columns or all_columns
    if _sqlite():
        index = sa.table(fts, sa.column("rowid"))
        expression = "{" + " ".join(columns) + "} : " + _phrase(folded)
        return model.id.in_(sa.select(index.c.rowid).where(sa.literal_column(fts).match(expression)))
    return sa.or_(*(_contains(getattr(model, column), folded) for column in columns))


def _exact_reference(folded):
    """Directives with a reference that is exactly ``folded`` (found through the index first)."""
    pattern = f"%{REFERENCE_SEPARATOR}{_escape_like(folded)}{REFERENCE_SEPARATOR}%"
    return sa.and_(matches(Directive, folded, ["folded_refs"]), Directive.folded_refs.like(pattern, escape="\\"))


def _referring(folded, exact=False):
    """Ids of the directives whose references contain (``exact``: are) ``folded``."""
    condition = _exact_reference(folded) if exact else matches(Directive, folded, ["folded_refs"])
    return sa.select(Directive.id).where(condition)


def _task_query(user, query):
    folded = query.folded
    # A union rather than OR: PostgreSQL combines two index scans under an OR, but not an index scan
    # and a sub-select (it then reads every task).
    condition = Task.id.in_(
        sa.union(
            sa.select(Task.id).where(matches(Task, folded)),
            sa.select(Task.id).where(Task.directive_id.in_(_referring(folded))),
        )
    )
    rank = sa.case(
        (sa.or_(Task.folded_title == folded, Task.directive_id.in_(_referring(folded, exact=True))), 0),
        (_contains(Task.folded_title, folded), 1),
        else_=2,
    )
    branches = visibility(user)
    ranked = restrict(sa.select(Task.id, Task.created_at, rank.label("rank")), [condition], branches)
    counted = restrict(sa.select(Task.id), [condition], branches)
    return ranked, counted, (Task.created_at, Task.id)


def _meeting_query(user, query):
    folded = query.folded
    rank = sa.case(
        (Meeting.folded_title == folded, 0),
        (_contains(Meeting.folded_title, folded), 1),
        else_=2,
    )
    visible = visible_meetings(user).where(matches(Meeting, folded))
    ranked = visible.with_only_columns(Meeting.id, Meeting.created_at, rank.label("rank"))
    return ranked, visible.with_only_columns(Meeting.id), (Meeting.created_at, Meeting.id)


def _directive_query(user, query):
    folded = query.folded
    rank = sa.case(
        (_exact_reference(folded), 0),
        (matches(Directive, folded, ["folded_refs"]), 1),
        else_=2,
    )
    conditions = [matches(Directive, folded)]
    if not can_view_everything(user):
        conditions.append(Directive.meeting_id.in_(visible_meetings(user).with_only_columns(Meeting.id)))
    ranked = sa.select(Directive.id, Directive.created_at, rank.label("rank")).where(*conditions)
    return ranked, sa.select(Directive.id).where(*conditions), (Directive.created_at, Directive.id)


QUERIES = {"task": _task_query, "meeting": _meeting_query, "directive": _directive_query}


def search(user, query, types=TYPES, page=1, per_page=25, count_cap=None):
    """One page of what ``user`` may see that matches ``query`` (a :class:`Query`), ranked.

    Two statements per kind (the best ``page * per_page`` matches, and a count up to the cap),
    then one per kind on the page to read the text of its snippets.
    """
    cap = max(count_cap or current_app.config.get("TRACKER_SEARCH_COUNT_CAP", 1000), page * per_page)
    hits, total, capped = [], 0, False
    for kind in TYPES:
        if kind not in types:
            continue
        ranked, counted, (created_at, row_id) = QUERIES[kind](user, query)
        found = db.session.scalar(sa.select(sa.func.count()).select_from(counted.limit(cap + 1).subquery()))
        if found > cap:
            found, capped = cap, True
        total += found
        if not found:
            continue
        rows = db.session.execute(
            ranked.order_by(sa.text("rank"), created_at.desc(), row_id.desc()).limit(page * per_page)
        ).all()
        hits += [Hit(kind, row.id, row.rank, row.created_at) for row in rows]
    hits.sort(key=Hit.sort_key)
    items = hits[(page - 1) * per_page : page * per_page]
    describe(items, query)
    return Results(items, total, capped)


def describe(hits, query):
    """Fill in each hit's title, snippet and address (one statement per kind)."""
    by_kind = {kind: {hit.id: hit for hit in hits if hit.type == kind} for kind in TYPES}
    if by_kind["task"]:
        rows = db.session.execute(
            sa.select(Task.id, Task.title, Task.description, Directive.references)
            .outerjoin(Directive, Directive.id == Task.directive_id)
            .where(Task.id.in_(by_kind["task"]))
        )
        for row in rows:
            hit = by_kind["task"][row.id]
            hit.title = row.title
            hit.snippet = snippet([row.description, row.title, ", ".join(row.references or ())], query.folded)
            hit.link = ("tasks.show", {"task_id": row.id})
    if by_kind["meeting"]:
        rows = db.session.execute(
            sa.select(
                Meeting.id, Meeting.title, Meeting.minutes, Meeting.place, Meeting.chair_name, Meeting.chair_title
            ).where(Meeting.id.in_(by_kind["meeting"]))
        )
        for row in rows:
            hit = by_kind["meeting"][row.id]
            hit.title = row.title
            texts = [row.minutes, row.place, row.chair_name, row.chair_title, row.title]
            hit.snippet = snippet(texts, query.folded)
            hit.link = ("meetings.show", {"meeting_id": row.id})
    if by_kind["directive"]:
        rows = db.session.execute(
            sa.select(Directive.id, Directive.text, Directive.references, Directive.meeting_id, Meeting.title)
            .join(Meeting, Meeting.id == Directive.meeting_id)
            .where(Directive.id.in_(by_kind["directive"]))
        )
        for row in rows:
            hit = by_kind["directive"][row.id]
            hit.title = shorten(row.text, 120)
            hit.context = row.title
            hit.snippet = snippet([row.text, ", ".join(row.references or ())], query.folded)
            hit.link = ("meetings.show", {"meeting_id": row.meeting_id, "_anchor": f"directive-{row.id}"})


def shorten(text, length):
    text = " ".join((text or "").split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def snippet(texts, folded):
    """Escaped text around the first match of ``folded`` in the first of ``texts`` holding it, the
    matches marked with ``<mark>``; the start of the first text when none holds it (found by reference)."""
    for text in texts:
        if not text:
            continue
        if folded not in fold(text):
            continue
        # The paragraph holding it, so that long minutes are not mapped character by character.
        for part in [*text.splitlines(), text]:
            marked = _mark(part, folded)
            if marked is not None:
                return marked
    first = next((text for text in texts if text), "")
    return escape(shorten(first, 2 * CONTEXT))


def _mark(text, folded):
    folded_text = fold(text)
    start = folded_text.find(folded)
    if start < 0:
        return None
    mapped, positions = fold_with_positions(text)
    start = mapped.find(folded)
    if start < 0:
        return None
    begin = max(0, positions[start] - CONTEXT)
    end = min(len(text), positions[start + len(folded) - 1] + 1 + CONTEXT)
    pieces, cursor = [], begin
    while start >= 0:
        first, last = positions[start], positions[start + len(folded) - 1] + 1
        if last > end:
            break
        pieces += [
            escape(_spaces(text[cursor:first])),
            Markup("<mark>"),
            escape(_spaces(text[first:last])),
            Markup("</mark>"),
        ]
        cursor = last
        start = mapped.find(folded, start + len(folded))
    pieces.append(escape(_spaces(text[cursor:end])))
    return Markup("").join(
        [Markup("…") if begin > 0 else Markup(""), *pieces, Markup("…") if end < len(text) else Markup("")]
    )


def _spaces(text):
    return SPACES.sub(" ", text)
