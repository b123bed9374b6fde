"""A list's statements built once per shape, executed with each request's values.

A task list's statements (the page's ids cut from a union of index ranges, its count, its rows)
are a few hundred SQL expression objects. SQLAlchemy compiles a statement once per structure, but
building the objects and walking them for the cache key was a third of the CPU of a list request.
Their structure depends on few things: the user's role, which filters are given and their choices
(status, timing, role, sort), the page, and whether the filters keep to the user's own department.
The ids and dates they compare with are only values.

So a list's statements are built once per :class:`ListShape` from placeholders (a
:class:`PlaceholderUser` and :class:`TaskFilters` whose values are named bound parameters) and
kept; a request fills the parameters with its own values (:func:`values_of`). The builder sees
nothing but the shape, so a statement cannot depend on anything the shape does not hold; a
parameter the values do not fill raises rather than compares with a stale value (``required``).
"""

from dataclasses import dataclass
from datetime import timedelta

import sqlalchemy as sa

from tracker.tasks.timing import DUE_SOON_DAYS
from tracker.users.models import Role

#: The values a list's statements compare with, as named parameters.
USER_ID = sa.bindparam("list_user_id", required=True)
USER_DEPARTMENT_ID = sa.bindparam("list_user_department_id", required=True)
DEPARTMENT_ID = sa.bindparam("list_department_id", required=True)
ASSIGNEE_ID = sa.bindparam("list_assignee_id", required=True)
MEETING_ID = sa.bindparam("list_meeting_id", required=True)
DUE_FROM = sa.bindparam("list_due_from", required=True)
DUE_TO = sa.bindparam("list_due_to", required=True)
TODAY = sa.bindparam("list_today", required=True)
SOON = sa.bindparam("list_soon", required=True)


@dataclass(frozen=True, slots=True)
class PlaceholderUser:
    """What a list's statements read of the user: the role decides, the ids are parameters."""

    role: Role
    id: object = USER_ID
    department_id: object = None
    is_authenticated: bool = True
    is_active: bool = True


@dataclass(frozen=True, slots=True)
class ListShape:
    """Everything a list's statements are built from, besides the values they compare with.

    ``within_own``: whether the filters keep to the user's own department (the visibility rule is
    then implied), decided on the values and kept here since it changes the statement.
    """

    role: Role
    has_department: bool
    within_own: bool
    status: str | None
    timing: str | None
    department_given: bool
    filter_role: str | None
    assignee_given: bool
    meeting_given: bool
    due_from_given: bool
    due_to_given: bool
    sort: str
    mine: bool
    page: int
    per_page: int

    def placeholders(self, filters_class):
        """``(user, filters, today, soon)`` to build this shape's statements from."""
        user = PlaceholderUser(role=self.role, department_id=USER_DEPARTMENT_ID if self.has_department else None)
        filters = filters_class(
            status=self.status,
            timing=self.timing,
            department_id=DEPARTMENT_ID if self.department_given else None,
            role=self.filter_role,
            assignee_id=ASSIGNEE_ID if self.assignee_given else None,
            meeting_id=MEETING_ID if self.meeting_given else None,
            due_from=DUE_FROM if self.due_from_given else None,
            due_to=DUE_TO if self.due_to_given else None,
            sort=self.sort,
            page=self.page,
            per_page=self.per_page,
            mine=self.mine,
        )
        return user, filters, TODAY, SOON


def shape_of(user, filters, *, within_own, page, per_page):
    """The shape of ``filters`` read by ``user``, or ``None`` when its statements are built each
    time: a free-text search, whose condition depends on its words."""
    if filters.q:
        return None
    return ListShape(
        role=user.role,
        has_department=user.department_id is not None,
        within_own=within_own,
        status=filters.status or None,
        timing=filters.timing or None,
        department_given=filters.department_id is not None,
        filter_role=filters.role or None,
        assignee_given=filters.assignee_id is not None,
        meeting_given=filters.meeting_id is not None,
        due_from_given=filters.due_from is not None,
        due_to_given=filters.due_to is not None,
        sort=filters.sort,
        mine=bool(filters.mine),
        page=page,
        per_page=per_page,
    )


def values_of(user, filters, today):
    """The parameters of a shape's statements for this request."""
    return {
        USER_ID.key: user.id,
        USER_DEPARTMENT_ID.key: user.department_id,
        DEPARTMENT_ID.key: filters.department_id,
        ASSIGNEE_ID.key: filters.assignee_id,
        MEETING_ID.key: filters.meeting_id,
        DUE_FROM.key: filters.due_from,
        DUE_TO.key: filters.due_to,
        TODAY.key: today,
        SOON.key: today + timedelta(days=DUE_SOON_DAYS),
    }
