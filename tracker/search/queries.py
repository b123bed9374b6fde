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
(:data:`COUNT_CAP`) so that a common word costs little more than a rare one.
"""

import time
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from flask import current_app, url_for
from markupsafe import Markup, escape

from tracker.core.db import escape_like
from tracker.core.permissions import can_view_everything
from tracker.core.text import strip_controls
from tracker.extensions import db
from tracker.meetings.models import Directive, Meeting
from tracker.meetings.queries import visible_meetings
from tracker.search.folding import REFERENCE_SEPARATOR, SPACES, fold, fold_with_positions
from tracker.tasks.models import Task, task_coordinators
from tracker.tasks.queries import coordinated_by, involvement, matching_union
from tracker.tasks.summaries import TaskCount

#: The kinds of things found, in the order they come within one class and date.
TYPES = ("task", "meeting", "directive")
#: A trigram needs three characters.
MIN_LENGTH = 3
MAX_LENGTH = 200
#: Matches counted per kind ("more than 200 results"): each costs a row read, and nobody pages
#: through hundreds of search results.
COUNT_CAP = 200
#: The deepest result a page may show.
DEEPEST = 1000
#: A department involved in at most this many tasks has its own tasks searched one by one (each a
#: substring test of the folded text) rather than the phrase's matches checked against it.
SMALL_DEPARTMENT = 5000
#: Seconds a web process keeps which departments are small: the answer chooses how a department's
#: tasks are searched, never which are found, and summing its kept counts took 1.8 ms a search.
SMALL_DEPARTMENT_SECONDS = 300
#: On PostgreSQL, the newest tasks read one by one before the trigram indexes are asked (see
#: :func:`_newest_first`).
RECENT_WINDOW = 20_000
#: ... and up to this many more when the first window held a share of what a source needs.
FURTHER_WINDOW = 100_000
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


def _contains(column, folded):
    return column.like(f"%{escape_like(folded)}%", escape="\\")


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
    pattern = f"%{REFERENCE_SEPARATOR}{escape_like(folded)}{REFERENCE_SEPARATOR}%"
    return sa.and_(matches(Directive, folded, ["folded_refs"]), Directive.folded_refs.like(pattern, escape="\\"))


def _referring(folded, exact=False):
    """Ids of the directives whose references contain (``exact``: are) ``folded``."""
    condition = _exact_reference(folded) if exact else matches(Directive, folded, ["folded_refs"])
    return sa.select(Directive.id).where(condition)


def _driven(model, folded, columns, conditions, limit):
    """The newest ``limit`` rows of ``model`` (``id``, ``created_at``) whose folded ``columns`` hold
    ``folded`` and that meet ``conditions``, read from the index in id order, newest first.

    On SQLite the FTS5 table drives: it hands out its matches in descending rowid order, each row
    is fetched by key and checked, and reading stops at ``limit``: a word found in a quarter of a
    million tasks costs the rows read up to the cap, not the quarter million. On PostgreSQL the
    trigram indexes give the matches, which are then sorted (see :func:`_unindexed`).
    """
    if _sqlite():
        fts, _ = FTS[model]
        index = sa.table(fts, sa.column("rowid"))
        expression = "{" + " ".join(columns) + "} : " + _phrase(folded)
        return (
            sa.select(model.id, model.created_at)
            .select_from(index)
            .join(model, model.id == index.c.rowid)
            .where(sa.literal_column(fts).match(expression), *conditions)
            .order_by(index.c.rowid.desc())
            .limit(limit)
        )
    return (
        sa.select(model.id, model.created_at)
        .where(sa.or_(*(_contains(getattr(model, column), folded) for column in columns)), *conditions)
        .order_by(_unindexed(model.id).desc())
        .limit(limit)
    )


def _unindexed(column):
    """``column`` as an expression no index serves, on PostgreSQL.

    Ordered by the primary key under a LIMIT, PostgreSQL may read the key backwards and test each
    row, betting that matches are common: for a rare phrase that reads every row. Ordered by an
    expression, it takes the matches from the trigram index and sorts them: a cost that grows with
    the matches, never with the table.
    """
    return column if _sqlite() else column + 0


def _plain(model, conditions, limit):
    order = _unindexed(model.id).desc()
    return sa.select(model.id, model.created_at).where(*conditions).order_by(order).limit(limit)


#: The task ids a read of :func:`_newest_first` covers, ``window_above < id <= window_below`` (every
#: id unless a read binds them).
WINDOW_ABOVE = sa.bindparam("window_above", 0, type_=sa.Integer)
WINDOW_BELOW = sa.bindparam("window_below", 2**31 - 1, type_=sa.Integer)


def _task_visibility(user):
    """What ``user`` may see of the tasks, as conditions on one task row (the lists' rule).

    The tasks a department coordinates are read within the ids the statement covers
    (:data:`WINDOW_ABOVE`, :data:`WINDOW_BELOW`): PostgreSQL hashes them all before testing the first
    row, 16,500 for a busy department at a million tasks (2-14 ms) where a window of the newest
    20,000 tasks holds 300 of them."""
    if can_view_everything(user):
        return []
    department_id = user.department_id
    coordinated = coordinated_by(department_id)
    if not _sqlite():  # SQLite reads no windows (its FTS5 tables hand out the newest matches first)
        coordinated = coordinated.where(
            task_coordinators.c.task_id > WINDOW_ABOVE, task_coordinators.c.task_id <= WINDOW_BELOW
        )
    return [
        sa.or_(
            Task.lead_department_id == department_id,
            Task.issuing_department_id == department_id,
            Task.id.in_(coordinated),
        )
    ]


def _meeting_visibility(user, column=Meeting.id):
    if can_view_everything(user):
        return []
    return [column.in_(visible_meetings(user).with_only_columns(Meeting.id))]


def _small_department(user):
    """Whether ``user`` sees only the tasks of a department involved in at most
    :data:`SMALL_DEPARTMENT` tasks (summed from the kept counts, where a task counts once per
    department it involves: uniting the department's index ranges to count them read all of a
    large department's tasks, half a second at a million). At most ``SMALL_DEPARTMENT + 1`` kept rows
    are read: each holds at least one task, so a department with more rows is not small (the busiest
    department of a million tasks has 11,000 rows: 4.6 -> 1.4 ms). Each web process keeps the answer for
    :data:`SMALL_DEPARTMENT_SECONDS`: it chooses how the tasks are searched, not which are found."""
    if can_view_everything(user):
        return False
    told = current_app.extensions.setdefault("tracker.search.small_departments", {})
    key, now = (user.department_id, SMALL_DEPARTMENT), time.monotonic()
    if key in told and now - told[key][0] < SMALL_DEPARTMENT_SECONDS:
        return told[key][1]
    kept = (
        sa.select(TaskCount.n)
        .where(TaskCount.department_id == user.department_id, TaskCount.n > 0)
        .limit(SMALL_DEPARTMENT + 1)
        .subquery()
    )
    involved = db.session.scalar(sa.select(sa.func.coalesce(sa.func.sum(kept.c.n), 0)))
    told[key] = (now, involved <= SMALL_DEPARTMENT)
    return told[key][1]


def _task_sources(user, folded, limit):
    """``[(rank, select)]``: the newest tasks of each class (a task may come in several); a rank
    of ``None``: the select ranks its rows itself (a ``rank`` column).

    For a department involved in few tasks, its own tasks (from its indexes) are tested against
    the phrase, rather than the phrase's matches against the department: a common word may match a
    quarter of all tasks and only a handful of its own.
    """
    visible = _task_visibility(user)
    referring = [
        (0, _plain(Task, [Task.directive_id.in_(_referring(folded, exact=True)), *visible], limit)),
        (2, _plain(Task, [Task.directive_id.in_(_referring(folded)), *visible], limit)),
    ]
    if _small_department(user):
        # One pass over the department's tasks, each ranked by where the phrase is.
        rank = sa.case((Task.folded_title == folded, 0), (_contains(Task.folded_title, folded), 1), else_=2).label(
            "rank"
        )
        own = (
            sa.select(Task.id, Task.created_at, rank)
            .where(
                Task.id.in_(matching_union([], involvement(user.department_id))),
                sa.or_(_contains(Task.folded_title, folded), _contains(Task.folded_body, folded)),
            )
            .order_by(sa.text("rank"), (Task.id + 0).desc())
            .limit(limit)
        )
        return [(None, own), *referring]
    return [
        (0, _driven(Task, folded, ["folded_title"], [Task.folded_title == folded, *visible], limit)),
        (1, _driven(Task, folded, ["folded_title"], visible, limit)),
        (2, _driven(Task, folded, ["folded_body"], visible, limit)),
        *referring,
    ]


def _meeting_sources(user, folded, limit):
    visible = _meeting_visibility(user)
    return [
        (0, _driven(Meeting, folded, ["folded_title"], [Meeting.folded_title == folded, *visible], limit)),
        (1, _driven(Meeting, folded, ["folded_title"], visible, limit)),
        (2, _driven(Meeting, folded, ["folded_body"], visible, limit)),
    ]


def _directive_sources(user, folded, limit):
    visible = _meeting_visibility(user, Directive.meeting_id)
    pattern = f"%{REFERENCE_SEPARATOR}{escape_like(folded)}{REFERENCE_SEPARATOR}%"
    exact = Directive.folded_refs.like(pattern, escape="\\")
    return [
        (0, _driven(Directive, folded, ["folded_refs"], [exact, *visible], limit)),
        (1, _driven(Directive, folded, ["folded_refs"], visible, limit)),
        (2, _driven(Directive, folded, ["folded_body"], visible, limit)),
    ]


#: kind -> ``(user, folded query, limit)`` -> ``[(rank, SELECT id, created_at)]``.
SOURCES = {"task": _task_sources, "meeting": _meeting_sources, "directive": _directive_sources}


def _matches(kind, user, query, cap):
    """``(found, over)``: up to ``cap`` matches of one kind, ``[(rank, id, created_at)]``, each id
    once at its best rank and newest first within it; ``over`` when there are more than ``cap``.

    Each source is read up to ``cap + 1`` rows: the best ones for the page and the count at once.
    """
    best = {}
    newest = _newest_first(kind)
    sources = SOURCES[kind](user, query.folded, cap + 1)
    # Exact matches are few and have indexes of their own (a title's hash, a reference's tasks); the
    # other sources are read together along the newest tasks.
    walked = [] if newest is None else [select for rank, select in sources if rank not in (None, 0)]
    read = dict(zip(map(id, walked), newest(walked, cap + 1), strict=True)) if walked else {}
    for rank, select in sources:
        rows = read[id(select)] if id(select) in read else db.session.execute(select)
        for row in rows:
            row_rank = row.rank if rank is None else rank
            if row.id not in best or row_rank < best[row.id][0]:
                best[row.id] = (row_rank, row.id, row.created_at)
    found = sorted(best.values(), key=lambda match: (match[0], -match[1]))
    return found[:cap], len(found) > cap


def _newest_first(kind):
    """On PostgreSQL, for tasks: a reader of sources that tries the newest tasks first, all of them in
    one walk.

    The trigram indexes hand out every match at once, to be sorted: a word found in a tenth of a
    million tasks is a hundred thousand rows fetched to keep the newest 201 (400 ms). So the
    newest :data:`RECENT_WINDOW` tasks are read first, backwards along the primary key, each
    tested against every source's conditions in one statement (a title, a body and the tasks of the
    referring directives were three walks of the same tasks), and reading stops once every source is
    full: a common word fills them there. When the window held some matches of a source but too few,
    the share found tells how far back the rest should be; if that is within :data:`FURTHER_WINDOW`
    tasks, they are read the same way. Only a rare phrase (or what is left after that) is asked of
    the trigram indexes, which then hold few matches. The rows are the same either way: each
    source's newest matches, newest first.
    """
    if kind != "task" or _sqlite():
        return None
    newest = db.session.scalar(sa.select(sa.func.max(Task.id))) or 0

    def walk(selects, above, below, limit):
        """The matches of ``selects`` among the ids in ``(above, below]``, newest first, up to ``limit``
        rows, each with a flag per select; and the lowest id the walk covered (above ``above`` when the
        limit stopped it)."""
        conditions = [select.whereclause for select in selects]
        flags = [sa.case((condition, True), else_=False).label(f"in_{n}") for n, condition in enumerate(conditions)]
        statement = (
            sa.select(Task.id, Task.created_at, *flags)
            .where(sa.or_(*conditions), Task.id > above, Task.id <= below)
            .order_by(Task.id.desc())
            .limit(limit)
        )
        rows = db.session.execute(statement, {"window_above": above, "window_below": below}).all()
        return rows, (rows[-1].id - 1 if len(rows) == limit else above)

    def read(selects, limit):
        found = [[] for _ in selects]
        reached = [newest] * len(selects)  # each source is read down to (not including) its id here
        short = list(range(len(selects)))
        below, above, further = newest, max(newest - RECENT_WINDOW, 0), False
        while short and below > 0:
            rows, below = walk([selects[n] for n in short], above, below, limit * len(short))
            for row in rows:
                for flag, n in enumerate(short):
                    if row[2 + flag] and len(found[n]) < limit:
                        found[n].append(row)
            for n in short:
                reached[n] = below
            short = [n for n in short if len(found[n]) < limit]
            if below > above or not short:
                continue  # the limit stopped the walk inside the window: on from where it stopped
            if further:
                break
            further = True
            # each source still short goes back as far as its share says, if within FURTHER_WINDOW
            span = newest - below
            wanted = {n: (limit - len(found[n])) * span * 3 // (2 * len(found[n])) for n in short if found[n]}
            short = [n for n in short if wanted.get(n, FURTHER_WINDOW + 1) <= FURTHER_WINDOW]
            if short:
                above = max(below - max(wanted[n] for n in short), 0)
        for n, select in enumerate(selects):
            if len(found[n]) < limit and reached[n] > 0:
                rest = select.where(Task.id <= reached[n]).limit(limit - len(found[n]))
                found[n] += db.session.execute(rest, {"window_below": reached[n]}).all()
        return found

    return read


def search(user, query, types=TYPES, page=1, per_page=25, count_cap=None):
    """One page of what ``user`` may see that matches ``query`` (a :class:`Query`), ranked.

    A few statements per kind, each reading an index up to the cap (:data:`COUNT_CAP`, or the
    page's end if further), then one per kind on the page to read the text of its snippets.
    """
    # Pages go as deep as DEEPEST results, so that a far page cannot make the indexes read everything.
    cap = min(max(count_cap or COUNT_CAP, page * per_page), DEEPEST)
    hits, total, capped = [], 0, False
    for kind in TYPES:
        if kind not in types:
            continue
        found, over = _matches(kind, user, query, cap)
        total, capped = total + len(found), capped or over
        hits += [Hit(kind, row_id, rank, created) for rank, row_id, created in found]
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
