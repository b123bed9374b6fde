"""Messages that count something take the plural form of the reader's language (``ngettext``):
"1 task" and "8 tasks" in English, one form in Vietnamese, never "task(s)"."""

import re
from pathlib import Path

import pytest
from flask_babel import force_locale

from tests import test_i18n
from tests.tasks_support import build_world, new_task
from tests.test_i18n import text_of
from tracker.comments.operations import post_comment
from tracker.core.errors import ValidationFailed
from tracker.extensions import db
from tracker.meetings import operations
from tracker.users.models import Role

# The catalogs' fixtures: the .mo files compiled when missing (autouse), translations looked up afresh.
compiled_catalogs = test_i18n.compiled_catalogs
fresh_translations = test_i18n.fresh_translations

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.usefixtures("fresh_translations")


def refusal_to_remove(app, world, tasks, locale):
    meeting = operations.create_meeting(world.leader, title="Planting season", held_on="2025-03-10")
    directive = operations.add_directive(world.leader, meeting, "Plant trees along the river.")
    for _ in range(tasks):
        new_task(world, directive_id=directive.id)
    db.session.commit()
    with app.test_request_context(), force_locale(locale), pytest.raises(ValidationFailed) as refused:
        operations.remove_directive(world.leader, directive)
    db.session.rollback()
    return refused.value.description


@pytest.mark.parametrize(
    ("locale", "tasks", "expected"),
    [
        ("en", 1, "This directive has 1 task: cancel or move it instead of removing the directive."),
        ("en", 8, "This directive has 8 tasks: cancel or move them instead of removing the directive."),
        ("vi", 1, "Nội dung chỉ đạo này có 1 nhiệm vụ: hãy hủy hoặc chuyển các nhiệm vụ đó"),
        ("vi", 8, "Nội dung chỉ đạo này có 8 nhiệm vụ: hãy hủy hoặc chuyển các nhiệm vụ đó"),
        ("fr", 1, "Cette directive a 1 tâche\u00a0: annulez-la"),
        ("fr", 8, "Cette directive a 8 tâches\u00a0: annulez-les"),
        ("sv", 1, "Direktivet har 1 uppgift: avbryt eller flytta den"),
        ("sv", 8, "Direktivet har 8 uppgifter: avbryt eller flytta dem"),
    ],
)
def test_a_directive_with_tasks_counts_them_in_the_readers_language(app, make, locale, tasks, expected):
    message = refusal_to_remove(app, build_world(make), tasks, locale)
    assert message.startswith(expected)
    assert "(s)" not in message and "(er)" not in message


@pytest.mark.parametrize(
    ("locale", "lead_days", "expected"),
    [
        ("en", "1", "By default you are reminded 1 day before a deadline."),
        ("en", "8", "By default you are reminded 8 days before a deadline."),
        ("en", "7,3,1,0", "By default you are reminded 7, 3, 1, 0 days before a deadline."),
        ("vi", "1", "Theo mặc định, bạn được nhắc trước thời hạn 1 ngày."),
        ("vi", "8", "Theo mặc định, bạn được nhắc trước thời hạn 8 ngày."),
        ("sv", "1", "Som standard påminns du 1 dag före en tidsfrist."),
        ("sv", "8", "Som standard påminns du 8 dagar före en tidsfrist."),
    ],
)
def test_the_settings_page_counts_the_default_lead_days(app, client, auth, make, locale, lead_days, expected):
    saved = app.config["REMINDER_LEAD_DAYS"]
    app.config["REMINDER_LEAD_DAYS"] = [int(day) for day in lead_days.split(",")]
    try:
        auth.login(make.user(locale=locale, role=Role.STAFF))
        page = text_of(client.get("/settings"))
    finally:
        app.config["REMINDER_LEAD_DAYS"] = saved
    assert expected in page


@pytest.mark.parametrize(
    ("locale", "minutes", "expected"),
    [
        ("en", 1, "A comment can be edited for 1 minute after it is written"),
        ("en", 8, "A comment can be edited for 8 minutes after it is written"),
        ("vi", 1, "Bình luận có thể sửa trong 1 phút sau khi viết"),
        ("vi", 8, "Bình luận có thể sửa trong 8 phút sau khi viết"),
        ("fr", 1, "Un commentaire peut être modifié pendant 1 minute après sa rédaction"),
        ("fr", 8, "Un commentaire peut être modifié pendant 8 minutes après sa rédaction"),
    ],
)
def test_the_comment_edit_window_is_counted(app, client, auth, make, locale, minutes, expected):
    saved = app.config["TRACKER_COMMENT_EDIT_MINUTES"]
    app.config["TRACKER_COMMENT_EDIT_MINUTES"] = minutes
    try:
        world = build_world(make)
        task = new_task(world)
        post_comment(world.leader, task, body="Started on the river banks.")
        world.leader.locale = locale
        db.session.commit()
        auth.login(world.leader)
        page = text_of(client.get(f"/tasks/{task.id}"))
    finally:
        app.config["TRACKER_COMMENT_EDIT_MINUTES"] = saved
    assert expected in page


def test_a_password_link_email_counts_its_hours(app, make):
    from tracker.core.mail import render_email

    user = make.user(locale="en")
    for locale, hours, expected in [
        ("en", 1, "within 1 hour)"),
        ("en", 8, "within 8 hours)"),
        ("vi", 1, "trong vòng 1 giờ)"),
        ("vi", 8, "trong vòng 8 giờ)"),
        ("fr", 1, "dans un délai de 1 heure)"),
        ("fr", 8, "dans un délai de 8 heures)"),
    ]:
        with app.test_request_context():
            _subject, text, html = render_email(
                "password_reset", locale, recipient=user, sign_in_email=user.email, hours=hours, url="http://x/"
            )
        assert expected in text, (locale, hours, text)
        assert expected.rstrip(")") + "." in html


COUNTED = re.compile(r"\w\((s|es|er)\)")


def test_no_message_counts_with_a_parenthesised_plural():
    """A count ("task(s)", "directive(s)") is written through ngettext instead."""
    found = []
    for folder, patterns in (("tracker", ("*.py",)), ("templates", ("*.html", "*.txt"))):
        for pattern in patterns:
            for path in sorted((ROOT / folder).rglob(pattern)):
                for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                    if COUNTED.search(line) and ("_(" in line or "gettext(" in line):
                        found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not found, "\n".join(found)
