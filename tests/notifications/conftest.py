"""Fixtures of the notification tests: the reminder tests' real SMTP server and inline delivery."""

from datetime import date

import pytest
import sqlalchemy as sa

from tests.reminders.conftest import inline_delivery, smtp  # noqa: F401  (fixtures)
from tracker.extensions import db
from tracker.notifications.models import Notification
from tracker.users.models import Role

DUE = date(2025, 6, 20)


@pytest.fixture
def world(make):
    """Two departments: the leader's office issues, Agriculture leads, Finance may coordinate."""
    office = make.department(name="Office")
    lead = make.department(name="Agriculture")
    finance = make.department(name="Finance")
    return dict(
        office=office,
        lead=lead,
        finance=finance,
        leader=make.user(role=Role.LEADER, department=office, name="Leader"),
        office_head=make.user(role=Role.HEAD, department=office, name="Office Head"),
        head=make.user(role=Role.HEAD, department=lead, name="Lead Head"),
        staff=make.user(role=Role.STAFF, department=lead, name="Staff One"),
        other_staff=make.user(role=Role.STAFF, department=lead, name="Staff Two"),
        finance_head=make.user(role=Role.HEAD, department=finance, name="Finance Head"),
        observer=make.user(role=Role.OBSERVER, department=office, name="Observer"),
    )


def told():
    """``{(user name, kind)}`` of every notification written."""
    rows = db.session.execute(sa.select(Notification.user_id, Notification.kind).order_by(Notification.id)).all()
    from tracker.users.models import User

    names = dict(db.session.execute(sa.select(User.id, User.name)).all())
    return sorted((names[user_id], kind.value) for user_id, kind in rows)


def emailed(server):
    """``[(recipient address, subject)]`` of every email the SMTP server accepted."""
    return sorted((message["To"], message["Subject"]) for message in server.messages)
