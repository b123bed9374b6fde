"""What an email says before it is opened, through a real SMTP server: an extension decision says
granted or refused, an escalation says how many days the task is overdue (English and Vietnamese)."""

from datetime import date

import pytest
import time_machine

from tests import test_i18n
from tests.reminders.conftest import at, run_sweep
from tracker.extensions import babel, db
from tracker.tasks import operations
from tracker.users.models import Role

# The catalogs' fixtures: the .mo files compiled when missing (autouse), translations looked up afresh.
compiled_catalogs = test_i18n.compiled_catalogs

DUE = date(2025, 6, 20)


@pytest.fixture(autouse=True)
def fresh_translations(app):
    """Forget translations cached before the catalogs were compiled (``tests/test_i18n.py``)."""
    babel.domain_instance.cache.clear()


@pytest.fixture
def world(make):
    lead = make.department(name="Agriculture")
    head = make.user(role=Role.HEAD, department=lead, name="Head One", digest_enabled=False)
    staff = make.user(role=Role.STAFF, department=lead, name="Staff One", digest_enabled=False)
    issuer = make.user(role=Role.LEADER, name="Leader", digest_enabled=False)
    return lead, head, staff, issuer


def body(message, subtype):
    return message.get_body(preferencelist=(subtype,)).get_content()


def decided(make, world, smtp, *, approve, locale):
    lead, head, staff, issuer = world
    staff.locale = locale
    head.locale = locale
    task = make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE, title="Plant trees")
    db.session.commit()
    with time_machine.travel(at(2025, 6, 15), tick=False):
        extension = operations.request_extension(staff, task, due_on=date(2025, 7, 31), reason="Rain")
        db.session.commit()
        operations.decide_extension(issuer, extension, approve=approve, comment="Decided")
        db.session.commit()
    messages = [message for message in smtp.messages if message["To"] == staff.email]
    assert len(messages) == 1
    return messages[0]


@pytest.mark.parametrize(
    ("locale", "approve", "subject", "first_line"),
    [
        ("en", True, "Extension granted: Plant trees", "The extension was approved."),
        ("en", False, "Extension refused: Plant trees", "The extension request was refused; the deadline stays."),
        ("vi", True, "Đồng ý gia hạn: Plant trees", None),
        ("vi", False, "Không đồng ý gia hạn: Plant trees", None),
    ],
)
def test_an_extension_decision_says_granted_or_refused_in_its_subject(
    app, make, world, smtp, inline_delivery, locale, approve, subject, first_line
):
    message = decided(make, world, smtp, approve=approve, locale=locale)
    assert message["Subject"] == subject
    assert "decided" not in message["Subject"].lower()
    if first_line:
        assert first_line in body(message, "plain")


def escalation_to(world, smtp, issuer, *, swept_on):
    run_sweep(at(*swept_on))
    messages = [message for message in smtp.messages if message["To"] == issuer.email]
    assert len(messages) == 1, [message["Subject"] for message in messages]
    return messages[0]


@pytest.mark.parametrize(
    ("locale", "escalate_after", "swept_on", "subject", "first_line"),
    [
        ("en", 1, (2025, 6, 21), "Escalation: Plant trees is 1 day overdue", "A task you issued is 1 day overdue"),
        ("en", 3, (2025, 6, 28), "Escalation: Plant trees is 8 days overdue", "A task you issued is 8 days overdue"),
        ("vi", 1, (2025, 6, 21), "Cảnh báo: Plant trees đã quá hạn 1 ngày", "do bạn giao đã quá hạn 1 ngày"),
        ("vi", 3, (2025, 6, 28), "Cảnh báo: Plant trees đã quá hạn 8 ngày", "do bạn giao đã quá hạn 8 ngày"),
    ],
)
def test_an_escalation_says_how_many_days_the_task_is_overdue(
    app, make, world, smtp, locale, escalate_after, swept_on, subject, first_line
):
    lead, _head, staff, issuer = world
    issuer.locale = locale
    make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE, title="Plant trees")
    saved = app.config["REMINDER_ESCALATE_AFTER_DAYS"]
    app.config["REMINDER_ESCALATE_AFTER_DAYS"] = escalate_after
    try:
        message = escalation_to(world, smtp, issuer, swept_on=swept_on)
    finally:
        app.config["REMINDER_ESCALATE_AFTER_DAYS"] = saved
    assert message["Subject"] == subject
    text = body(message, "plain")
    assert first_line in text.splitlines()[2]  # the first line after the greeting and a blank line
    assert first_line in body(message, "html")


@pytest.mark.parametrize(
    ("locale", "line"),
    [("en", "(deadline Jun 20, 2025, 8 days overdue)"), ("vi", "(hạn 20 thg 6, 2025, đã quá hạn 8 ngày)")],
)
def test_an_escalation_in_the_daily_digest_says_how_many_days_overdue(app, make, world, smtp, locale, line):
    lead, _head, staff, issuer = world
    issuer.locale = locale
    issuer.digest_enabled = True
    make.task(lead=lead, issuer=issuer, assignee=staff, due_on=DUE, title="Plant trees")
    message = escalation_to(world, smtp, issuer, swept_on=(2025, 6, 28))
    text = body(message, "plain")
    assert f"- Plant trees {line}" in text
    assert line.strip("()") in body(message, "html")
