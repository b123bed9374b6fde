"""Reading tasks: what a user may see, filtered lists, one task's history, the department report;
and the lists' saved views.

Built to stay fast at a million tasks: filters are plain conditions on the indexed columns
(lead/assignee/issuing department, status, due_on); "any of" rules (what a department is part of,
what a user may see) are unions of index look-ups with every other filter inside each branch
(``restrict``); a list page is one SELECT for the page plus one COUNT, related rows are eager-loaded
so that the number of queries does not grow with the page size, and the department report is one
grouped query.
"""

import functools
from dataclasses import dataclass, field, replace
from datetime import date

import sqlalchemy as sa
from flask import current_app
from sqlalchemy.orm import defer, joinedload, raiseload, selectinload

# The module's aliases configure the mappers at import, which needs every model: a job or a script may
# import this module before the app is made.
import tracker.models  # noqa: F401
from tracker.core.args import QueryArgs
from tracker.core.db import parallel_reads
from tracker.core.permissions import can_view_everything
from tracker.core.web import MoreThan
from tracker.departments.models import Department, current_language, name_in
from tracker.extensions import db
from tracker.reports.arithmetic import OnTimeRate, worst_first
from tracker.tasks import saved_views, shapes, summaries
from tracker.tasks.models import (
    OPEN_STATUSES,
    Attachment,
    ExtensionRequest,
    ExtensionStatus,
    Priority,
    Task,
    TaskStatus,
    TaskUpdate,
    Timing,
    task_coordinators,
)
from tracker.tasks.search import text_condition
from tracker.tasks.timing import timing_clause, today_local
from tracker.users.models import Role, User

MAX_PER_PAGE = 100
#: The columns a list shows of a department and of a person.
DEPARTMENT_NAMING = (Department.id, Department.name, Department.names, Department.code, Department.is_active)
USER_NAMING = (User.id, User.name, User.department_id, User.is_active)
SORTS = (
    "deadline",
    "-deadline",
    "updated",
    "-updated",
    "priority",
    "-priority",
    "title",
    "-title",
    "created",
    "-created",
)
ROLES = ("lead", "coordinating", "issued")
#: ``status`` may also be this, for every open status at once.
OPEN = "open"


@dataclass
class TaskFilters:
    status: str | None = None
    timing: str | None = None
    department_id: int | None = None
    role: str | None = None
    assignee_id: int | None = None
    meeting_id: int | None = None
    due_from: date | None = None
    due_to: date | None = None
    q: str | None = None
    sort: str = "deadline"
    page: int = 1
    per_page: int | None = None
    #: Only the signed-in user's own work: assigned to them, or unassigned in a department they head.
    mine: bool = False
    #: Filter values that were not understood (name -> value), ignored by the query.
    ignored: dict = field(default_factory=dict)
    #: The reader of the query string: a page's note (``read.note()``), a data answer's refusal
    #: (``read.refuse_ignored()``).
    read: object = field(default=None, repr=False, compare=False)

    @classmethod
    def from_args(cls, args, **overrides):
        """Read filters from request arguments, ignoring (and remembering) values that don't parse."""
        filters = cls()
        read = QueryArgs(args)
        filters.status = read.choice("status", [*[s.value for s in TaskStatus], OPEN])
        filters.timing = read.choice("timing", [t.value for t in Timing])
        filters.department_id = read.id("department_id")
        filters.role = read.choice("role", ROLES)
        filters.assignee_id = read.id("assignee_id")
        filters.meeting_id = read.id("meeting_id")
        filters.due_from = read.day("due_from")
        filters.due_to = read.day("due_to")
        filters.q = read.text("q")
        filters.sort = read.choice("sort", SORTS) or "deadline"
        filters.page = read.page()
        filters.per_page = read.id("per_page")
        for name, value in overrides.items():
            setattr(filters, name, value)
        filters.ignored = read.ignored
        filters.read = read
        return filters


def coordinated_by(department_id):
    """Task ids a department coordinates (uses the (department_id, task_id) index)."""
    return sa.select(task_coordinators.c.task_id).where(task_coordinators.c.department_id == department_id)


def involvement(department_id):
    """The ways a department is part of a task: it leads it, issued it, or coordinates it.

    Each is one index look-up; the tasks a department is involved in are their UNION, never an OR
    across them, which a database can only answer by reading every task.
    """
    return [
        [Task.lead_department_id == department_id],
        [Task.issuing_department_id == department_id],
        [Task.id.in_(coordinated_by(department_id))],
    ]


def restrict(query, conditions, branches=None):
    """Refine ``query`` with ``conditions`` and one of ``branches`` (lists of conditions, OR-ed).

    With several branches the conditions go into each one: ``id IN (SELECT id ... WHERE branch 1
    AND conditions UNION SELECT id ... WHERE branch 2 AND conditions)``. Each part reads its own
    index range for the few tasks that match everything (a department's open overdue tasks), where
    matching the conditions against the union of everything the department is involved in read
    thousands of tasks to keep a handful.
    """
    branches = branches or [[]]
    if len(branches) == 1:
        return query.where(*conditions, *branches[0])
    return query.where(Task.id.in_(matching_union(conditions, branches)))


def matching_union(conditions, branches):
    return sa.union(*(sa.select(Task.id).where(*conditions, *branch) for branch in branches))


def export_args(filters):
    """The query arguments that select the same tasks as ``filters``, for an export link."""
    args = {
        name: getattr(filters, name)
        for name in ("status", "timing", "department_id", "role", "assignee_id", "meeting_id", "q", "sort")
        if getattr(filters, name) not in (None, "")
    }
    for name in ("due_from", "due_to"):
        if getattr(filters, name) is not None:
            args[name] = getattr(filters, name).isoformat()
    if filters.mine:
        args["mine"] = "1"
    return args


def visibility(user):
    """The branches restricting tasks to those ``user`` may see (see ``restrict``)."""
    if can_view_everything(user):
        return [[]]
    return involvement(user.department_id)


def visible_tasks(user, *conditions):
    """A SELECT of the tasks ``user`` may see that meet ``conditions``.

    Give the conditions here rather than adding them afterwards: they are then applied inside each
    branch of the visibility rule, which is what keeps it fast (``restrict``).
    """
    return restrict(sa.select(Task), list(conditions), visibility(user))


def mine_branches(user):
    """The user's own work, as branches (see :func:`restrict`): assigned to them, or unassigned in the
    department they head.

    Both within the user's department's lead tasks (which they may always see): after a move to
    another department, the old department's tasks are no longer theirs. A head's are two index
    ranges of (lead department, assignee, status, deadline): as one OR, PostgreSQL fetched every
    task of either (4,700 unassigned ones in the busiest department at a million tasks) to sort
    them; as two branches, each is read in deadline order for a page's first rows only.
    """
    own = Task.lead_department_id == user.department_id
    if user.role == Role.HEAD:
        return [[own, Task.assignee_id == user.id], [own, Task.assignee_id.is_(None)]]
    return [[own, Task.assignee_id == user.id]]


def mine_clause(user):
    """:func:`mine_branches` as one condition."""
    return sa.or_(*(sa.and_(*branch) for branch in mine_branches(user)))


def _within_own_department(user, filters):
    """Whether the filters keep to tasks of the user's own department, which they may always see."""
    if filters.mine:
        return True
    department_id = filters.department_id if filters.department_id is not None else None
    if department_id is None and filters.role:
        department_id = user.department_id
    return department_id is not None and department_id == user.department_id


def _order(sort, columns=Task):
    """ORDER BY terms for ``sort``, on the task's columns or on those of a subquery (``.c``)."""
    descending = sort.startswith("-")
    key = sort.lstrip("-")
    task_id = columns.id
    if key == "deadline":
        due_on = columns.due_on
        return [
            due_on.desc().nulls_last() if descending else due_on.asc().nulls_last(),
            task_id.desc() if descending else task_id,
        ]
    if key == "updated":
        # "updated" alone means the most recent first; "-updated" the oldest first.
        updated = columns.updated_at
        return [updated.asc(), task_id] if descending else [updated.desc(), task_id.desc()]
    if key == "created":
        return [task_id.asc()] if descending else [task_id.desc()]
    if key == "priority":
        rank = sa.case({"high": 0, "normal": 1, "low": 2}, value=columns.priority, else_=1)
        return [rank.desc() if descending else rank, columns.due_on.asc().nulls_last(), task_id]
    return [columns.title.desc() if descending else columns.title, task_id]


#: The columns each sort of ``_order`` reads besides the id.
SORT_COLUMNS = {
    "deadline": (Task.due_on,),
    "updated": (Task.updated_at,),
    "created": (),
    "priority": (Task.priority, Task.due_on),
    "title": (Task.title,),
}


def criteria(user, filters, today=None, soon=None):
    """``(conditions, branches)`` selecting the tasks that match ``filters`` (see ``restrict``).

    The values may be bound parameters (a list's shape, tracker/tasks/shapes.py): nothing here
    tests a value but against ``None``.
    """
    if today is None:
        today = today_local()
    conditions, branches = [], [[]]
    mine = mine_branches(user) if filters.mine else [[]]
    if filters.status == OPEN:
        conditions.append(Task.status.in_(OPEN_STATUSES))
    elif filters.status:
        conditions.append(Task.status == TaskStatus(filters.status))
    if filters.timing:
        conditions.append(timing_clause(filters.timing, today, soon))
    department_id = filters.department_id
    if department_id is None and filters.role:
        department_id = user.department_id
    if department_id is not None:
        if filters.role == "lead":
            conditions.append(Task.lead_department_id == department_id)
        elif filters.role == "coordinating":
            conditions.append(Task.id.in_(coordinated_by(department_id)))
        elif filters.role == "issued":
            conditions.append(Task.issuing_department_id == department_id)
        else:
            branches = [[Task.lead_department_id == department_id], [Task.id.in_(coordinated_by(department_id))]]
    if filters.assignee_id is not None:
        conditions.append(Task.assignee_id == filters.assignee_id)
    if filters.meeting_id is not None:
        conditions.append(Task.meeting_id == filters.meeting_id)
    if filters.due_from is not None:
        conditions.append(Task.due_on >= filters.due_from)
    if filters.due_to is not None:
        conditions.append(Task.due_on <= filters.due_to)
    if filters.q:
        conditions.append(text_condition(filters.q))
    return conditions, [own + branch for own in mine for branch in branches]


def visible_criteria(user, filters, today=None, soon=None, within_own=None):
    """``criteria`` with the visibility rule for ``user`` added; ``within_own``: whether the filters
    keep to the user's own department, when the values are bound parameters (see :func:`_shaped`)."""
    conditions, branches = criteria(user, filters, today, soon)
    if within_own is None:
        within_own = _within_own_department(user, filters)
    if not within_own:
        rule = visibility(user)
        if len(rule) > 1 and (filters.assignee_id is not None or filters.meeting_id is not None):
            # A person's or a meeting's tasks are one short index range: reading it once and testing
            # each of its rows against the rule beats reading it again for each way a department
            # takes part (a busy person's 2,000 open tasks read nine times at a million tasks).
            rule = [[sa.or_(*(sa.and_(*(_tested_per_row(c) for c in branch)) for branch in rule))]]
        # Either one of the filter's branches and one of the visibility rule's, together.
        branches = [mine + theirs for mine in branches for theirs in rule]
    return conditions, branches


def filtered_select(user, filters, today=None):
    """A SELECT of the tasks ``user`` may see that match ``filters``."""
    return restrict(sa.select(Task), *visible_criteria(user, filters, today))


def list_options():
    """Eager loading for a list of tasks: a fixed number of queries whatever the page size.

    Lists name the departments and people, nothing more: loading only those columns (and not each
    person's department, which ``User`` otherwise joins) keeps the rows short; on a meeting page of a
    hundred tasks, loading whole departments and people cost more than rendering them. Other
    attributes still load on first use, once per object.
    """
    return (
        joinedload(Task.lead_department).load_only(*DEPARTMENT_NAMING),
        joinedload(Task.assignee).load_only(*USER_NAMING).lazyload(User.department),
        joinedload(Task.issuer).load_only(*USER_NAMING).lazyload(User.department),
        selectinload(Task.coordinating_departments).load_only(*DEPARTMENT_NAMING),
    )


def page_options(coordinators=True):
    """Eager loading for the HTML lists, which show neither the description nor the issuer.

    What a page does not show is not loaded, and reading it raises rather than quietly costing a
    query per row. ``coordinators=False`` for the meeting page, whose rows don't name them.
    """
    options = [
        joinedload(Task.lead_department).load_only(*DEPARTMENT_NAMING),
        joinedload(Task.assignee).load_only(*USER_NAMING).lazyload(User.department),
        defer(Task.description, raiseload=True),
        raiseload(Task.issuer),
    ]
    if coordinators:
        options.append(selectinload(Task.coordinating_departments).load_only(*DEPARTMENT_NAMING))
    else:
        options.append(raiseload(Task.coordinating_departments))
    return tuple(options)


def page_size(filters):
    default = current_app.config.get("TRACKER_PAGE_SIZE", 25)
    per_page = filters.per_page or default
    return max(1, min(per_page, MAX_PER_PAGE))


def _tested_per_row(condition):
    """``condition``, and when it is ``id IN (SELECT ...)``, that test made once per row against the
    subquery's ids held in a hash, rather than joined.

    Joined, PostgreSQL walks one status in deadline order and looks each task up in the
    coordinators' index (20,000 look-ups for a department that coordinates one task in sixty); or
    it fetches every task the department coordinates. Inside ``COALESCE`` the subquery is not
    turned into a join: it is read once into a hash (a "hashed SubPlan") and the walk, read from
    ``ix_tasks_status_walk`` alone, tests each entry against it and stops at the page's end.
    SQLite reads an ``IN`` subquery once into a temporary index either way.
    """
    if _in_subquery(condition):
        return sa.func.coalesce(condition, sa.false())
    return condition


def _in_subquery(condition):
    """Whether ``condition`` is ``column IN (SELECT ...)``."""
    return (
        isinstance(condition, sa.sql.elements.BinaryExpression)
        and condition.operator is sa.sql.operators.in_op
        and isinstance(condition.right, sa.sql.selectable.ScalarSelect)
    )


def _coordinated_walk(conditions, sort):
    """The SELECT of one part of a list in deadline order (one status, one way a department takes
    part): on the tasks, or, for the tasks a department coordinates, driven by its coordinator rows.

    A coordinator row keeps its task's status and deadline (revision c6e8a2d4f7b9), so the tasks a
    department coordinates are one range of ``ix_task_coordinators_walk`` in deadline order, read
    for the page's first rows only and joined to their tasks by key; the conditions on the task's
    status and deadline are read on the row, where they bound the range. Where no condition is the
    coordination, the tasks' own indexes are walked, ``IN`` tests made per row (:func:`_tested_per_row`).
    """
    driving = next((c for c in conditions if _coordinating_department(c) is not None), None)
    if driving is None:
        columns = SORT_COLUMNS["deadline"]
        return sa.select(Task.id, *columns).where(*map(_tested_per_row, conditions)).order_by(*_order(sort))
    department = _coordinating_department(driving)
    row = task_coordinators.c
    others = [_on_coordinator_row(c) for c in conditions if c is not driving]
    return (
        sa.select(Task.id, row.due_on.label("due_on"))
        .select_from(task_coordinators.join(Task, Task.id == row.task_id))
        .where(row.department_id == department, *(_tested_per_row(c) for c in others))
        .order_by(*_order(sort, _CoordinatorOrder(row.due_on, row.task_id)))
    )


@dataclass(frozen=True)
class _CoordinatorOrder:
    """The columns :func:`_order` reads for a deadline order, on the coordinator rows."""

    due_on: object
    id: object


def _coordinating_department(condition):
    """``d`` (its value or parameter) when ``condition`` is ``Task.id IN coordinated_by(d)``, else ``None``."""
    if not _in_subquery(condition):
        return None
    where = condition.right.element.whereclause
    if isinstance(where, sa.sql.elements.BinaryExpression) and where.left is task_coordinators.c.department_id:
        return where.right
    return None


#: The task's columns a coordinator row keeps a copy of.
_COPIED = {"status": task_coordinators.c.status, "due_on": task_coordinators.c.due_on}


def _on_coordinator_row(condition):
    """``condition`` reading the task's status and deadline on its coordinator row, which holds copies."""

    def copied(element):
        if getattr(element, "table", None) is Task.__table__ and getattr(element, "name", None) in _COPIED:
            return _COPIED[element.name]
        return None

    return sa.sql.visitors.replacement_traverse(condition, {}, copied)


def _split_statuses(filters):
    """The statuses a list in deadline order reads one by one (see :func:`_matching_page`), or ``()``."""
    if filters.sort.lstrip("-") != "deadline":
        return ()
    if filters.status == OPEN or (not filters.status and filters.timing in TIMINGS_OF_OPEN_TASKS):
        return OPEN_STATUSES
    return ()


#: Timings only open tasks have.
TIMINGS_OF_OPEN_TASKS = (Timing.OVERDUE.value, Timing.DUE_SOON.value, Timing.ON_TRACK.value)


def _matching_page(user, filters, today=None, count_cap=None):
    """``(page_ids, total)``: the ids of one page of the tasks ``user`` may see that match ``filters``
    (a subquery, filtered, sorted and cut on the tasks table alone), and how many match.

    With ``count_cap`` (the pages), a free-text search counts its matches only up to the cap (or
    to the page asked for, if further) and returns ``MoreThan(cap)`` past it: a common word matches
    a tenth of all tasks, and each match must be read to check the other filters, where the page
    itself needs only the first few in deadline order.
    """
    page_ids, counting, matching = _page_statements(user, filters, today)
    if filters.q and count_cap:
        cap = max(count_cap, max(1, filters.page or 1) * page_size(filters))
        found = db.session.scalar(sa.select(sa.func.count()).select_from(matching.limit(cap + 1).subquery()))
        return page_ids, (MoreThan(cap) if found > cap else found)
    return page_ids, _total(user, filters, today or today_local(), counting)


def _total(user, filters, today, counting, values=None, shape=None):
    """How many tasks match: a department's share summed from the counts the database keeps
    (summaries.py), else ``counting``; run with ``values`` when they are a ``shape``'s."""
    if shape is None:
        total = count_tasks(user, filters, today)
    else:
        kept = _shaped_count(replace(shape, page=1, per_page=1))
        total = None if kept is None else int(db.session.scalar(kept, values))
    return db.session.scalar(counting, values) if total is None else total


def _page_statements(user, filters, today=None, soon=None, within_own=None):
    """``(page_ids, counting, matching)``: the subquery of one page's ids, the COUNT of every match,
    and the SELECT of the matching ids. The values may be bound parameters (:func:`_shaped`)."""
    # The visibility rule is implied when the filters keep to the user's own department; leaving
    # it out spares the database a look-up of every task the department is involved in.
    conditions, branches = visible_criteria(user, filters, today, soon, within_own)
    per_page = page_size(filters)
    page = max(1, filters.page or 1)
    statuses = _split_statuses(filters)
    if len(branches) == 1 and len(statuses) <= 1:
        matching = sa.select(Task.id).where(*conditions, *branches[0])
        counting = matching.with_only_columns(sa.func.count(), maintain_column_froms=True)
        order_columns = Task
        paging = matching
    else:
        # Each branch brings the columns the sort needs: the union is counted, sorted and cut on
        # its own, where joining it back to the tasks to sort read every task's deadline.
        columns = SORT_COLUMNS[filters.sort.lstrip("-")]
        union = sa.union(*(sa.select(Task.id, *columns).where(*conditions, *branch) for branch in branches))
        union = union.subquery("matching")
        counting = sa.select(sa.func.count()).select_from(union)
        matching = sa.select(union.c.id) if len(branches) > 1 else sa.select(Task.id).where(*conditions, *branches[0])
        # The page needs only the first ``page * per_page`` of each branch in the list's order,
        # each cut on its own index range: at a million tasks, uniting and sorting every overdue
        # task a department is part of to keep 25 cost more than the count did. In deadline order,
        # each status is a part of its own: (department, status, deadline) is then one range of an
        # index already in that order, read for its first rows only, where "any open status" made
        # PostgreSQL read a department's every open task, or walk the deadlines of all tasks.
        parts = [[*branch, Task.status == status] for branch in branches for status in statuses] or branches
        walking = bool(statuses)
        tops = [
            (
                _coordinated_walk([*conditions, *part], filters.sort)
                if walking
                else sa.select(Task.id, *columns).where(*conditions, *part).order_by(*_order(filters.sort))
            )
            .limit(page * per_page)
            .subquery(f"part_{number}")
            for number, part in enumerate(parts)
        ]
        first = sa.union(*(sa.select(top) for top in tops)).subquery("first")
        paging = sa.select(first.c.id)
        order_columns = first.c
    page_ids = (
        paging.order_by(*_order(filters.sort, order_columns))
        .limit(per_page)
        .offset((page - 1) * per_page)
        .subquery("page")
    )
    return page_ids, counting, matching


def _page_rows(user, filters, today, kind, count_cap=None):
    """``(result, total)``: one page's rows, as :func:`_rows_statement` (``kind`` "rows") or
    :func:`_listed_statement` ("listed") selects them, from the statements kept for the list's shape;
    a free-text search's built for its words. Read on the session's connection: plain rows need none
    of the ORM's result processing."""
    shaped = _shaped_list(user, filters, today, kind)
    if shaped is None:
        page_ids, total = _matching_page(user, filters, today, count_cap)
        statement, values = _PAGE_STATEMENTS[kind](page_ids, _order(filters.sort)), None
    else:
        counting, statement, values, shape = shaped
        total = _total(user, filters, today, counting, values, shape)
    return db.session.connection().execute(statement, values), total


def _shaped_list(user, filters, today, kind):
    """``(counting, statement, values, shape)`` of a list from the statements kept for its shape
    (tracker/tasks/shapes.py), ``statement`` the page's (:func:`_page_rows`); ``None`` for a
    free-text search."""
    shape = shapes.shape_of(
        user,
        filters,
        within_own=_within_own_department(user, filters),
        page=max(1, filters.page or 1),
        per_page=page_size(filters),
    )
    if shape is None:
        return None
    counting, statement = _shaped(shape, kind)
    return counting, statement, shapes.values_of(user, filters, today), shape


@functools.lru_cache(maxsize=512)
def _shaped(shape, kind):
    """A shape's COUNT and page statement, built once from placeholders whose values are parameters."""
    user, filters, today, soon = shape.placeholders(TaskFilters)
    page_ids, counting, _ = _page_statements(user, filters, today, soon, within_own=shape.within_own)
    return counting, _PAGE_STATEMENTS[kind](page_ids, _order(filters.sort))


@functools.lru_cache(maxsize=256)
def _shaped_count(shape):
    """A shape's count from the kept counts (:func:`count_tasks`), or ``None`` when it needs the tasks."""
    user, filters, today, soon = shape.placeholders(TaskFilters)
    expression = summaries.count_expression(user, filters, today, soon, within_own=shape.within_own)
    return None if expression is None else sa.select(expression)


def matching_count(user, filters, today=None):
    """How many tasks ``user`` may see match ``filters`` (the kept counts where they serve), without
    reading any of them."""
    return _matching_page(user, filters, today)[1]


def count_tasks(user, filters, today):
    """How many tasks ``user`` may see match ``filters``, from the kept counts (summaries.py);
    ``None`` when the filters need the tasks themselves (free text, assignee, meeting, another
    department's share for someone who may not see it all, every department at once). One statement."""
    expression = summaries.count_expression(user, filters, today)
    return None if expression is None else int(db.session.scalar(sa.select(expression)))


def filtered_tasks(user, filters, today=None, options=None, count_cap=None):
    """Return ``(items, total)`` for one page of the tasks ``user`` may see that match ``filters``.

    Two statements whatever the page size: a COUNT, and the page, whose ids are chosen (filtered,
    sorted and cut) on the tasks table alone before the rows shown are joined to their departments
    and people; the coordinating departments come with one more SELECT ... IN (selectinload).
    ``count_cap``: see :func:`_matching_page`.
    """
    page_ids, total = _matching_page(user, filters, today, count_cap)
    query = sa.select(Task).join(page_ids, page_ids.c.id == Task.id).options(*(options or list_options()))
    items = db.session.scalars(query.order_by(*_order(filters.sort))).unique().all()
    return items, total


@dataclass(slots=True)
class ListedDepartment:
    """A department as a list row names it."""

    id: int
    code: str
    name: str
    names: dict | None = None

    @property
    def display_name(self):
        return name_in(self.name, self.names, current_language())


@dataclass(slots=True)
class ListedPerson:
    id: int
    name: str


@dataclass(slots=True)
class ListedTask:
    """A task as the task tables of the pages show it (``templates/tasks/_macros.html``), with the
    attributes the timing reads (:func:`tracker.tasks.timing.timing_of`)."""

    id: int
    title: str
    status: TaskStatus
    priority: Priority
    due_on: date | None
    missed_due_on: date | None
    completed_on: date | None
    completed_at: object
    progress: int
    lead_department: ListedDepartment
    assignee: ListedPerson | None
    coordinating_departments: list
    directive_id: int | None = None


#: The departments and people a page's row names, and its coordinating departments as
#: ``id<RS>code`` pairs in one text column (see :func:`_coordinating`).
_PAGE_LEAD, _PAGE_ASSIGNEE = sa.orm.aliased(Department), sa.orm.aliased(User)


def listed_tasks(user, filters, today=None, count_cap=None):
    """:func:`filtered_tasks` for the pages' task tables, as :class:`ListedTask` rows: two statements
    (the count, often from the kept counts, and the page with its departments and people) and no ORM
    object, which cost a list page more than reading its rows did."""
    result, total = _page_rows(user, filters, today or today_local(), "listed", count_cap)
    return _listed_rows(result), total


def listed(ids, order, coordinating=True):
    """The tasks of the subquery ``ids`` (a column ``id``) as :class:`ListedTask` rows in ``order``
    (columns of the tasks table): one statement with their departments and people, and their
    coordinating departments unless ``coordinating`` is false (a table that does not show them)."""
    return _listed_rows(db.session.connection().execute(_listed_statement(ids, order, coordinating)))


def _listed_statement(ids, order, coordinating=True):
    lead, assignee = _PAGE_LEAD, _PAGE_ASSIGNEE
    return (
        sa.select(
            Task.id,
            Task.title,
            Task.status,
            Task.priority,
            Task.due_on,
            Task.missed_due_on,
            Task.completed_on,
            Task.completed_at,
            Task.progress,
            lead.id.label("lead_id"),
            lead.code.label("lead_code"),
            lead.name.label("lead_name"),
            lead.names.label("lead_names"),
            assignee.name.label("assignee_name"),
            Task.assignee_id,
            Task.directive_id,
            (_coordinating(Department.code) if coordinating else sa.null()).label("coordinating"),
        )
        .join(ids, ids.c.id == Task.id)
        .join(lead, lead.id == Task.lead_department_id)
        .outerjoin(assignee, assignee.id == Task.assignee_id)
        .order_by(*order)
    )


def _listed_rows(result):
    return [
        ListedTask(
            id=row.id,
            title=row.title,
            status=row.status,
            priority=row.priority,
            due_on=row.due_on,
            missed_due_on=row.missed_due_on,
            completed_on=row.completed_on,
            completed_at=row.completed_at,
            progress=row.progress,
            lead_department=ListedDepartment(row.lead_id, row.lead_code, row.lead_name, row.lead_names),
            assignee=ListedPerson(row.assignee_id, row.assignee_name) if row.assignee_id is not None else None,
            coordinating_departments=[
                ListedDepartment(department_id, code, code) for department_id, code in _pairs(row.coordinating)
            ],
            directive_id=row.directive_id,
        )
        for row in result
    ]


def visible_rows(user, conditions, order, limit, coordinating=True):
    """The first ``limit`` tasks ``user`` may see among those meeting ``conditions``, in ``order``, as
    :class:`ListedTask` rows: the ids are chosen on the tasks alone, then :func:`listed` reads them."""
    shown = visible_tasks(user, *conditions).with_only_columns(Task.id, maintain_column_froms=True)
    return listed(shown.order_by(*order).limit(limit).subquery(), order, coordinating)


#: What a list row of the API carries of a task, read as plain columns (no ORM objects).
ROW_COLUMNS = (
    Task.id,
    Task.title,
    Task.description,
    Task.status,
    Task.issuing_department_id,
    Task.lead_department_id,
    Task.assignee_id,
    Task.issuer_id,
    Task.due_on,
    Task.missed_due_on,
    Task.deadline_text,
    Task.recurrence,
    Task.priority,
    Task.progress,
    Task.target_value,
    Task.target_unit,
    Task.current_value,
    Task.version,
    Task.meeting_id,
    Task.directive_id,
    Task.created_at,
    Task.updated_at,
    Task.completed_at,
    Task.completed_on,
)


#: The departments and people a list row names (built once: an alias costs a few columns' worth of objects).
_ROW_LEAD, _ROW_ASSIGNEE, _ROW_ISSUER = sa.orm.aliased(Department), sa.orm.aliased(User), sa.orm.aliased(User)


def filtered_rows(user, filters, today=None):
    """:func:`filtered_tasks` as plain rows, for the lists that serialise every row the same way.

    Returns ``(rows, total, coordinating)``: the rows carry :data:`ROW_COLUMNS` and the names of
    the lead department, the assignee and the issuer (``lead_department_name`` ...);
    ``coordinating`` maps a task id to its coordinating departments as ``(id, name)`` pairs, by
    name. Two statements whatever the page size, and no ORM object built: at a hundred rows, building and
    tracking the objects was the largest part of a list request's CPU.
    """
    result, total = _page_rows(user, filters, today or today_local(), "rows")
    rows = result.all()
    return rows, total, {row.id: _pairs(row.coordinating) for row in rows}


def _rows_statement(page_ids, order):
    lead, assignee, issuer = _ROW_LEAD, _ROW_ASSIGNEE, _ROW_ISSUER
    return (
        sa.select(
            *ROW_COLUMNS,
            lead.name.label("lead_department_name"),
            assignee.name.label("assignee_name"),
            issuer.name.label("issuer_name"),
            _COORDINATING.label("coordinating"),
        )
        .join(page_ids, page_ids.c.id == Task.id)
        .join(lead, lead.id == Task.lead_department_id)
        .outerjoin(assignee, assignee.id == Task.assignee_id)
        .outerjoin(issuer, issuer.id == Task.issuer_id)
        .order_by(*order)
    )


#: A page's statement by the kind of rows read (:func:`_page_rows`).
_PAGE_STATEMENTS = {"rows": _rows_statement, "listed": _listed_statement}


def _pairs(coordinating):
    """The ``(id, name)`` pairs of a row's coordinating departments (:func:`_coordinating`), by name."""
    if not coordinating:
        return []
    pairs = []
    for pair in coordinating.split(_BETWEEN_DEPARTMENTS):
        department_id, name = pair.split(_BETWEEN_ID_AND_NAME, 1)
        pairs.append((int(department_id), name))
    pairs.sort(key=lambda pair: (pair[1], pair[0]))
    return pairs


#: A task's coordinating departments in one text column of its list row: ``id<RS>name`` pairs
#: joined by ``<US>`` (control characters, which names never hold). Two statements for a list
#: instead of three; the ``IN`` of a hundred ids the third one took cost more to build and send
#: than reading each row's few departments where the row is read.
_BETWEEN_ID_AND_NAME, _BETWEEN_DEPARTMENTS = "\x1e", "\x1f"


def _coordinating(column):
    """A task's coordinating departments, ``id<RS>column`` each, in one text column of its row."""
    return (
        sa.select(
            sa.func.aggregate_strings(
                sa.cast(Department.id, sa.String) + sa.literal(_BETWEEN_ID_AND_NAME, sa.String) + column,
                _BETWEEN_DEPARTMENTS,
            )
        )
        .select_from(task_coordinators.join(Department, Department.id == task_coordinators.c.department_id))
        .where(task_coordinators.c.task_id == Task.id)
        .scalar_subquery()
    )


_COORDINATING = _coordinating(Department.name)


def get_task(task_id):
    """Load one task with what its page shows."""
    return db.session.scalar(
        sa.select(Task)
        .where(Task.id == task_id)
        .options(
            joinedload(Task.lead_department),
            joinedload(Task.issuing_department),
            joinedload(Task.assignee),
            joinedload(Task.issuer),
            joinedload(Task.meeting),
            joinedload(Task.directive),
            selectinload(Task.coordinating_departments),
        )
    )


def task_history(task):
    """The task's updates, oldest first, with their authors and attachments."""
    return db.session.scalars(
        sa.select(TaskUpdate)
        .where(TaskUpdate.task_id == task.id)
        .options(joinedload(TaskUpdate.author), selectinload(TaskUpdate.attachments))
        .order_by(TaskUpdate.created_at, TaskUpdate.id)
    ).all()


def task_extensions(task):
    return db.session.scalars(
        sa.select(ExtensionRequest)
        .where(ExtensionRequest.task_id == task.id)
        .options(joinedload(ExtensionRequest.requester), joinedload(ExtensionRequest.decided_by))
        .order_by(ExtensionRequest.created_at.desc(), ExtensionRequest.id.desc())
    ).all()


def first_approved_extension(task):
    """The task's first approved extension request (the first decided), or ``None``: the deadline
    it moved is the one the task was scheduled with."""
    return db.session.scalar(
        sa.select(ExtensionRequest)
        .where(ExtensionRequest.task_id == task.id, ExtensionRequest.status == ExtensionStatus.APPROVED)
        .order_by(ExtensionRequest.decided_at, ExtensionRequest.id)
        .limit(1)
    )


def pending_extension(task):
    """The task's extension request waiting for a decision, or ``None``."""
    return db.session.scalar(
        sa.select(ExtensionRequest).where(
            ExtensionRequest.task_id == task.id, ExtensionRequest.status == ExtensionStatus.PENDING
        )
    )


def task_series(task):
    """The occurrences of a repeating task (the first one and those made from it), in order."""
    if task.series_id is None:
        return []
    return db.session.scalars(
        sa.select(Task)
        .where(sa.or_(Task.series_id == task.series_id, Task.id == task.series_id))
        .order_by(Task.occurrence, Task.id)
    ).all()


def visible_titles(user, ids):
    """``{id: title}`` of the tasks among ``ids`` that ``user`` may see."""
    if not ids:
        return {}
    return dict(db.session.execute(visible_tasks(user, Task.id.in_(ids)).with_only_columns(Task.id, Task.title)).all())


def visible_tasks_by_id(user, ids):
    """``{id: task}`` of the tasks among ``ids`` that ``user`` may see."""
    return {task.id: task for task in db.session.scalars(visible_tasks(user, Task.id.in_(ids))).unique()}


def matching_ids(user, filters, limit):
    """The ids of the first ``limit`` tasks ``user`` may see that match ``filters``, in the list's order."""
    matching = restrict(sa.select(Task.id), *visible_criteria(user, filters))
    return db.session.scalars(matching.order_by(*_order(filters.sort)).limit(limit)).all()


def get_extension(extension_id):
    return db.session.get(ExtensionRequest, extension_id)


def get_attachment(attachment_id):
    return db.session.get(Attachment, attachment_id)


# --- Saved views of the lists (tracker/tasks/saved_views.py) ----------------------------------------


def _views_visible_to(user, list_name=None):
    """The views ``user`` owns or that are shared with their department (of ``list_name``)."""
    view = saved_views.SavedView
    conditions = [sa.or_(view.user_id == user.id, view.department_id == user.department_id)]
    if list_name is not None:
        conditions.append(view.list_name == list_name)
    if not can_view_everything(user):  # a colleague's view of All tasks would only open on a refusal
        conditions.append(view.list_name != "all")
    return conditions


def visible_views(user, list_name=None):
    """The views ``user`` owns and those shared with their department, by list then name."""
    view = saved_views.SavedView
    query = sa.select(view).where(*_views_visible_to(user, list_name))
    return db.session.scalars(query.order_by(view.list_name, sa.func.lower(view.name), view.id)).all()


def counted_view_links(user, list_name, count):
    """The scalar subquery ``count`` and the saved views of ``list_name`` ``user`` may open, in one
    statement: rows of ``n`` (the count) and the view's ``id, name, user_id, department_id, owner``
    (its owner's name), by name; one row of ``n`` with no view (``id`` None) when there is none."""
    view = saved_views.SavedView
    views = (
        sa.select(view.id, view.name, view.user_id, view.department_id, User.name.label("owner"))
        .join(User, User.id == view.user_id)
        .where(*_views_visible_to(user, list_name))
        .subquery("views")
    )
    counted = sa.select(count.label("n")).subquery("counted")
    return db.session.execute(
        sa.select(counted.c.n, views)
        .select_from(counted.outerjoin(views, sa.true()))
        .order_by(sa.func.lower(views.c.name), views.c.id)
    ).all()


def own_view(user, list_name, name):
    """``user``'s view of ``list_name`` called ``name``, or ``None``."""
    view = saved_views.SavedView
    return db.session.scalar(
        sa.select(view).where(view.user_id == user.id, view.list_name == list_name, view.name == name)
    )


def own_view_count(user):
    """How many views ``user`` keeps, over every list."""
    view = saved_views.SavedView
    return db.session.scalar(sa.select(sa.func.count()).where(view.user_id == user.id))


# --- The department report --------------------------------------------------------------------------


@dataclass
class ReportRow(OnTimeRate):
    """One department's line of the report; tasks are counted by their lead department.

    ``total`` counts every task that was not cancelled, and is the sum of the four other counts.
    ``judged`` and ``on_time_rate`` are the reports' arithmetic (tracker/reports/arithmetic.py).
    """

    department: Department
    total: int
    done_on_time: int
    done_late: int
    open_on_track: int
    open_overdue: int

    def as_dict(self):
        return {
            "department": {"id": self.department.id, "name": self.department.name},
            "total": self.total,
            "done_on_time": self.done_on_time,
            "done_late": self.done_late,
            "open_on_track": self.open_on_track,
            "open_overdue": self.open_overdue,
            "on_time_rate": self.on_time_rate,
        }


def department_report(user, date_from=None, date_to=None, today=None):
    """Per lead department: totals, done on time/late, open on track/overdue; worst on-time rate first.

    ``date_from``/``date_to`` keep the tasks whose deadline falls in the range. The counts are one
    statement over the kept counts (``summaries.report_groups``: a sum per lead department and
    status, overdue and late judged as timing.py judges them), joined to the departments; the few
    groups per department are folded into the four counts here.
    """
    today = today or today_local()
    # Summed from the counts the database keeps per department, status and deadline (summaries.py).
    groups = summaries.report_groups(date_from, date_to, today)
    query = sa.select(Department, groups.c.status, groups.c.number, groups.c.overdue, groups.c.late).join(
        groups, groups.c.department_id == Department.id
    )
    # department id -> [department, total, done on time, done late, open on track, open overdue]
    counts = {}
    with parallel_reads(db.session):
        found = db.session.execute(query).all()
    for department, status, number, overdue, late in found:
        tally = counts.setdefault(department.id, [department, 0, 0, 0, 0, 0])
        tally[1] += number
        if status == TaskStatus.DONE:
            tally[2] += number - late
            tally[3] += late
        elif status in OPEN_STATUSES:
            tally[4] += number - overdue
            tally[5] += overdue
    rows = [ReportRow(*tally) for tally in counts.values()]
    rows.sort(key=lambda row: (*worst_first(row), row.department.name))
    return rows


def glance_counts(user, today):
    """How many of the user's open tasks are overdue and due soon, in one statement.

    A head's share (the department's unassigned tasks) is summed from the kept counts
    (tracker/tasks/summaries.py) beside their own assigned tasks; anyone else's is one query on
    their own tasks.
    """
    kept = {
        timing: summaries.count_expression(user, TaskFilters(mine=True, timing=timing), today)
        for timing in ("overdue", "due_soon")
    }
    if all(expression is not None for expression in kept.values()):
        row = db.session.execute(sa.select(kept["overdue"], kept["due_soon"])).one()
        return {"overdue": int(row[0]), "due_soon": int(row[1])}
    overdue = timing_clause(Timing.OVERDUE, today)
    due_soon = timing_clause(Timing.DUE_SOON, today)
    row = db.session.execute(
        sa.select(
            sa.func.coalesce(sa.func.sum(sa.case((overdue, 1), else_=0)), 0),
            sa.func.coalesce(sa.func.sum(sa.case((due_soon, 1), else_=0)), 0),
        ).where(mine_clause(user), Task.status.in_(OPEN_STATUSES))
    ).one()
    return {"overdue": int(row[0]), "due_soon": int(row[1])}
