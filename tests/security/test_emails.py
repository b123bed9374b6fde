"""Email HTML escapes what users typed (titles, comments, names)."""

from types import SimpleNamespace

import pytest

from tracker.core.mail import render_email

EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.mark.parametrize("name", ["assigned", "deadline", "escalation", "approval_needed", "outcome"])
def test_email_html_escapes_task_text(app, make, name):
    lead = make.department(name=EVIL)
    task = make.task(lead=lead, title=EVIL, deadline_text=EVIL)
    recipient = make.user(name=EVIL)
    reminder = SimpleNamespace(kind=SimpleNamespace(value="due_soon"), task=task, task_id=task.id, occurrence="d7")
    with app.test_request_context():
        _subject, _text, html = render_email(
            name,
            "en",
            recipient=recipient,
            settings_url="http://tracker.test/settings",
            task_url_of=lambda task_id: f"http://tracker.test/tasks/{task_id}",
            days_overdue=lambda row: 3,  # as compose() passes it
            reminder=reminder,
            task=task,
            task_url=f"http://tracker.test/tasks/{task.id}",
            action="return",
            comment=EVIL,
            new_due_on=None,
        )
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html
