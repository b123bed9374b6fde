"""Notifications and their emails in the reader's language (the compiled catalogs)."""

from types import SimpleNamespace

import pytest

from tests.notifications.test_events import clear
from tests.test_i18n import compiled_catalogs, fresh_translations  # noqa: F401  (fixtures)
from tracker.core import events
from tracker.extensions import db
from tracker.tasks import operations

pytestmark = pytest.mark.usefixtures("fresh_translations")


def test_a_notification_email_is_written_in_the_recipients_language(app, world, smtp, inline_delivery):
    w = world
    w["head"].locale = "fr"
    task = operations.create_task(
        w["leader"], title="Forêts", lead_department_id=w["lead"].id, assignee_id=w["staff"].id
    )
    db.session.commit()
    clear(smtp)
    events.comment_posted.send(
        SimpleNamespace(id=2, body="Voir la carte", task=task),
        actor=w["staff"],
        task=task,
        mentioned_ids=[w["head"].id],
    )
    db.session.commit()
    (message,) = [m for m in smtp.messages if m["To"] == w["head"].email]
    assert message["Subject"] == "Vous avez été mentionné : Forêts"
    text = message.get_body(("plain",)).get_content()
    assert "Staff One vous a mentionné dans un commentaire." in text and "Voir la carte" in text


def test_the_inbox_speaks_the_users_language(app, world, client, auth):
    w = world
    w["head"].locale = "vi"
    operations.create_task(w["leader"], title="Trồng rừng", lead_department_id=w["lead"].id)
    db.session.commit()
    auth.login(w["head"])
    page = client.get("/notifications/").get_data(as_text=True)
    assert "Leader đã giao nhiệm vụ này cho đơn vị của bạn; chưa có ai được phân công." in page
