"""Factory functions: sensible defaults, flushed, never committed by themselves."""

import itertools
from datetime import date

from tracker.departments.models import Department, DepartmentKind
from tracker.extensions import db
from tracker.meetings.models import Directive, Meeting
from tracker.tasks.models import Task, TaskStatus
from tracker.users.models import Role, User

TEST_PASSWORD = None  # set by conftest
TEST_PASSWORD_HASH = None  # set by conftest
_counter = itertools.count(1)


def _n():
    return next(_counter)


def department(**values):
    n = _n()
    values.setdefault("name", f"Department {n}")
    values.setdefault("code", f"D{n}")
    values.setdefault("kind", DepartmentKind.DEPARTMENT)
    values.setdefault("aliases", [])
    values.setdefault("email", f"d{n}@tracker.test")
    obj = Department(**values)
    db.session.add(obj)
    db.session.flush()
    return obj


def user(department=None, role=Role.STAFF, **values):
    n = _n()
    values.setdefault("name", f"User {n}")
    values.setdefault("email", f"user{n}@tracker.test")
    values.setdefault("password_hash", TEST_PASSWORD_HASH)
    obj = User(department=department or globals()["department"](), role=Role(role), **values)
    db.session.add(obj)
    db.session.flush()
    return obj


def meeting(host=None, **values):
    values.setdefault("title", f"Working session {_n()}")
    values.setdefault("held_on", date(2025, 3, 10))
    obj = Meeting(host_department=host, **values)
    db.session.add(obj)
    db.session.flush()
    return obj


def directive(meeting=None, **values):
    meeting = meeting or globals()["meeting"]()
    values.setdefault("text", "The department must complete the work.")
    values.setdefault("position", len(meeting.directives) + 1)
    obj = Directive(meeting=meeting, **values)
    db.session.add(obj)
    db.session.flush()
    return obj


def task(lead=None, issuer=None, coordinating=(), **values):
    """A task issued by ``issuer`` (a leader by default) to ``lead`` (a new department by default)."""
    issuer = issuer or user(role=Role.LEADER)
    lead = lead or department()
    values.setdefault("title", f"Task {_n()}")
    values.setdefault("status", TaskStatus.ASSIGNED)
    obj = Task(
        issuer=issuer,
        issuing_department=values.pop("issuing_department", None) or issuer.department,
        lead_department=lead,
        coordinating_departments=list(coordinating),
        **values,
    )
    db.session.add(obj)
    db.session.flush()
    return obj
