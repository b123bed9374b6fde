"""iCalendar feeds of deadlines, read by calendar programs through a secret URL (what they list,
and whose the address is, are read in :mod:`tracker.feeds.queries`)."""

import re
import secrets
from datetime import timedelta

from icalendar import Calendar, Event

from tracker.core.audit import record_event
from tracker.core.db import utcnow
from tracker.extensions import db
from tracker.users.models import hash_token


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
