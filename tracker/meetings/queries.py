"""Reading meetings: one query per question, for the pages, the API and the reports alike."""

from dataclasses import dataclass
from datetime import date
from itertools import groupby

import sqlalchemy as sa
from flask import current_app
from sqlalchemy.orm import joinedload, selectinload

from tracker.core.permissions import can_view_everything
from tracker.departments.models import Department
from tracker.extensions import db
from tracker.meetings.models import Directive, Meeting, meeting_attendees


def visible_meetings(user):
    """Meetings ``user`` may see: all for leaders and observers, else those their department hosted or attended.

    :func:`tracker.core.permissions.can_view_meeting` says the same of one meeting (a test checks
    both agree on generated data).
    """
    query = sa.select(Meeting)
    if can_view_everything(user):
        return query
    attended = sa.select(meeting_attendees.c.meeting_id).where(meeting_attendees.c.department_id == user.department_id)
    return query.where(sa.or_(Meeting.host_department_id == user.department_id, Meeting.id.in_(attended)))


def matching_text(q):
    """Meetings whose title, place or chair contain ``q`` (any case; ``%`` and ``_`` are plain
    characters): the one search of the meetings page and the API."""
    return sa.or_(
        *(column.icontains(q, autoescape=True) for column in (Meeting.title, Meeting.place, Meeting.chair_name))
    )


@dataclass
class MeetingFilters:
    """The filters of the meetings list, the same on the page and in the API."""

    q: str | None = None
    held_from: date | None = None
    held_to: date | None = None
    host_department_id: int | None = None


def meeting_list(user, filters, page, per_page):
    """``(meetings, total)``: one page of the meetings ``user`` may see matching ``filters``, most recent first."""
    query = visible_meetings(user)
    if filters.held_from:
        query = query.where(Meeting.held_on >= filters.held_from)
    if filters.held_to:
        query = query.where(Meeting.held_on <= filters.held_to)
    if filters.host_department_id:
        query = query.where(Meeting.host_department_id == filters.host_department_id)
    if filters.q:
        query = query.where(matching_text(filters.q))
    total = db.session.scalar(sa.select(sa.func.count()).select_from(query.subquery()))
    items = db.session.scalars(
        query.options(joinedload(Meeting.host_department), selectinload(Meeting.attendees))
        .order_by(Meeting.held_on.desc(), Meeting.id.desc())
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    return items, total


def task_counts(user, meeting_ids):
    """``{meeting_id: n}``: how many tasks of each meeting ``user`` may see."""
    from tracker.tasks.models import Task
    from tracker.tasks.queries import visible_tasks

    if not meeting_ids:
        return {}
    return dict(
        db.session.execute(
            visible_tasks(user, Task.meeting_id.in_(meeting_ids))
            .with_only_columns(Task.meeting_id, sa.func.count(Task.id), maintain_column_froms=True)
            .group_by(Task.meeting_id)
        ).all()
    )


def get(meeting_id):
    return db.session.get(Meeting, meeting_id)


def held(title, held_on):
    """The id of the meeting ``title`` held on ``held_on``, or None (how the demo knows its meetings)."""
    return db.session.scalar(sa.select(Meeting.id).where(Meeting.title == title, Meeting.held_on == held_on))


def get_meeting(meeting_id):
    """The meeting with its host and attendees loaded, or ``None``."""
    return db.session.scalar(
        sa.select(Meeting)
        .where(Meeting.id == meeting_id)
        .options(joinedload(Meeting.host_department), selectinload(Meeting.attendees))
    )


def directives_of(meeting):
    """The meeting's directives in their order."""
    return db.session.scalars(
        sa.select(Directive).where(Directive.meeting_id == meeting.id).order_by(Directive.position, Directive.id)
    ).all()


def attendees_of(meeting):
    """The departments that attended, by name."""
    return db.session.scalars(
        sa.select(Department)
        .join(meeting_attendees)
        .where(meeting_attendees.c.meeting_id == meeting.id)
        .order_by(Department.name, Department.id)
    ).all()


@dataclass
class MeetingTasks:
    """The tasks of a meeting one user may see, up to the shown limit, and how many more there are."""

    tasks: list
    hidden: int

    def by_directive(self):
        """``{directive_id or None: [tasks]}`` in directive order."""
        return {key: list(group) for key, group in groupby(self.tasks, key=lambda task: task.directive_id)}


def meeting_tasks(user, meeting, limit=None, options=None):
    """The tasks of ``meeting`` that ``user`` may see, by directive then id, at most ``limit``
    (``TRACKER_MEETING_TASKS_SHOWN``, 200 by default) of them: the meeting's page and the API's
    meeting detail show the same. A province's meetings make tens of tasks, not hundreds; past the
    limit the page would take seconds, and the task list filtered on the meeting has them all.
    ``options``: what to load with each task (the page's row columns by default).
    """
    from tracker.tasks.models import Task
    from tracker.tasks.queries import page_options, visible_tasks

    limit = current_app.config["TRACKER_MEETING_TASKS_SHOWN"] if limit is None else limit
    options = page_options(coordinators=False) if options is None else options
    visible = visible_tasks(user, Task.meeting_id == meeting.id)
    tasks = (
        db.session.scalars(
            visible.options(*options).order_by(Task.directive_id.asc().nulls_last(), Task.id).limit(limit + 1)
        )
        .unique()
        .all()
    )
    return cut_tasks(visible, tasks, limit)


def cut_tasks(visible, tasks, limit):
    """The first ``limit`` of ``tasks`` (read up to one more), and how many of ``visible`` are not shown
    (the meeting's page, the API's meeting and the meeting's report page)."""
    if len(tasks) <= limit:
        return MeetingTasks(tasks, 0)
    total = db.session.scalar(visible.with_only_columns(sa.func.count(), maintain_column_froms=True))
    return MeetingTasks(tasks[:limit], total - limit)


def meeting_task_rows(user, meeting, limit=None):
    """:func:`meeting_tasks` for the meeting's page, as the task tables' rows
    (:class:`tracker.tasks.queries.ListedTask`): the ids are chosen on the tasks alone, then one
    statement reads the rows shown with their lead departments and people (the page names no
    coordinating department), no ORM object per task."""
    from tracker.tasks.models import Task
    from tracker.tasks.queries import visible_rows, visible_tasks

    limit = current_app.config["TRACKER_MEETING_TASKS_SHOWN"] if limit is None else limit
    ours = Task.meeting_id == meeting.id
    rows = visible_rows(user, [ours], (Task.directive_id.asc().nulls_last(), Task.id), limit + 1, coordinating=False)
    return cut_tasks(visible_tasks(user, ours), rows, limit)


def get_directive(directive_id):
    return db.session.get(Directive, directive_id)
