"""The badges and task links the tables repeat on every row are made once and stay right: in the
reader's language, and under whatever path Tracker is served from."""

from flask import url_for
from flask_babel import force_locale

from tracker.tasks.labels import status_badge, task_href, timing_badge
from tracker.tasks.models import TaskStatus


def test_a_badge_is_in_the_language_of_the_page_it_is_on(app):
    with app.test_request_context():
        languages = (("fr", "Terminée", "En retard"), ("vi", "Hoàn thành", None), ("en", "Done", None))
        for locale, done, overdue in languages:
            with force_locale(locale):
                for _ in range(2):  # made, then remembered
                    badge = str(status_badge(TaskStatus.DONE))
                    assert badge == f'<span class="badge status-done">{done}</span>'
                    assert str(status_badge("done")) == badge
                if overdue:
                    assert str(timing_badge("overdue")) == f'<span class="badge timing-overdue">{overdue}</span>'
        assert str(timing_badge("overdue")) == '<span class="badge timing-overdue">Overdue</span>'


def test_a_task_link_is_the_tasks_url(app):
    for base in ("/", "/tracker/"):
        with app.test_request_context("/", base_url=f"http://example.org{base}"):
            for task_id in (1, 7, 123456):
                assert task_href(task_id) == url_for("tasks.show", task_id=task_id)
            assert task_href(42).startswith(base.rstrip("/") + "/tasks/")
