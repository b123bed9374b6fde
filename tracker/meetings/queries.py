"""Reading meetings: which ones a user may see (the pages and the API list the same)."""

import sqlalchemy as sa

from tracker.core.permissions import can_view_everything
from tracker.meetings.models import Meeting, meeting_attendees


def visible_meetings(user):
    """Meetings ``user`` may see: all for leaders and observers, else those their department hosted or attended."""
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
