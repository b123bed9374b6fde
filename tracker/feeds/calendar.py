"""iCalendar feeds of deadlines, read by calendar programs through a secret URL."""

import re
import secrets
from datetime import timedelta

import sqlalchemy as sa
from icalendar import Calendar, Event

from tracker.core.audit import record_event
from tracker.core.db import utcnow
from tracker.extensions import db
from tracker.tasks.models import OPEN_STATUSES, Task
from tracker.tasks.queries import involvement, list_options, mine_clause, restrict
from tracker.users.models import User, hash_token

#: Open tasks with a deadline up to this far back still appear (they are overdue, not forgotten).
LOOKBACK = timedelta(days=365)
MAX_EVENTS = 5000
SCOPES = ("mine", "department")


def user_for_token(token):
    """The active user whose calendar token this is, or ``None``.

    Only the token's SHA-256 is stored (``User.calendar_token``), as for API tokens: a copy of the
    database gives no working feed address.
    """
    if not token or len(token) > 64:
        return None
    user = db.session.scalar(sa.select(User).where(User.calendar_token == hash_token(token)))
    return user if user is not None and user.is_active else None


def reset_calendar_token(user):
    """Give ``user`` a new calendar token and return it (the only time it is known in clear); the
    old feed URLs stop working."""
    token = secrets.token_urlsafe(32)
    user.calendar_token = hash_token(token)
    db.session.flush()
    record_event(user, "user.calendar_token", user, after={"calendar_token": "reset"})
    return token


def redact_calendar_urls(text):
    """``text`` with the secret of every calendar feed address replaced (for logs)."""
    return CALENDAR_PATH.sub(r"\1[redacted]\2", text)


#: A feed address's secret path segment, in a request line or a URL.
CALENDAR_PATH = re.compile(r"(/calendar/)(?!token\b)[^/\s?#\"]+(/)")


def feed_tasks(user, scope, today):
    """Open tasks with a deadline: the user's own work, or everything their department is part of."""
    conditions = [Task.status.in_(OPEN_STATUSES), Task.due_on.is_not(None), Task.due_on >= today - LOOKBACK]
    branches = [[mine_clause(user)]] if scope == "mine" else involvement(user.department_id)
    query = (
        restrict(sa.select(Task), conditions, branches)
        .options(*list_options())
        .order_by(Task.due_on, Task.id)
        .limit(MAX_EVENTS)
    )
    return db.session.scalars(query).unique().all()


def build_calendar(tasks, name, base_url, host):
    calendar = Calendar()
    calendar.add("prodid", "-//Tracker//Deadlines//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    stamp = utcnow()
    for task in tasks:
        event = Event()
        event.add("uid", f"task-{task.id}@{host}")
        event.add("dtstamp", stamp)
        event.add("dtstart", task.due_on)
        event.add("dtend", task.due_on + timedelta(days=1))
        event.add("summary", f"[{task.lead_department.code}] {task.title}")
        lines = [task.deadline_text or "", f"{base_url}/tasks/{task.id}"]
        event.add("description", "\n".join(line for line in lines if line))
        event.add("url", f"{base_url}/tasks/{task.id}")
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar.to_ical()
