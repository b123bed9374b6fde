"""The discussion on the task page: the form (with and without JavaScript), refusals, editing, escaping."""

import html
import re

import pytest
import sqlalchemy as sa

from tests.comments.conftest import age_comment, received_comments
from tracker.comments import operations
from tracker.comments.models import Comment
from tracker.extensions import db
from tracker.tasks import operations as task_operations


def comment_ids():
    return db.session.scalars(sa.select(Comment.id).order_by(Comment.id)).all()


def timeline_kinds(page):
    timeline = re.search(
        r'<ol class="timeline" id="timeline">(.*?)</ol>\s*(?:<form|<p|<h3|</section)', page, re.S
    ).group(1)
    return re.findall(r'<li class="timeline-entry [^"]*" (?:id="[^"]*" )?data-kind="(\w+)"', timeline)


def error_for(page, name):
    found = re.search(rf'data-error-for="{name}">([^<]*)<', page)
    return html.unescape(found.group(1)) if found else None


def test_a_comment_joins_the_timeline_in_time_order(world, task, client, auth):
    auth.login(world.staff)
    response = client.post(f"/tasks/{task.id}/comments", data={"body": "Started the survey."})
    assert response.status_code == 303
    assert response.headers["Location"].endswith(f"/tasks/{task.id}#timeline")
    task_operations.report_progress(world.staff, task, progress=40)
    db.session.commit()
    page = client.get(f"/tasks/{task.id}").get_data(as_text=True)
    assert timeline_kinds(page) == ["created", "comment", "progress"]
    assert "Started the survey." in page and "Comment posted." in page


def test_mentions_are_picked_from_a_list_of_people_who_may_see_the_task(world, task, client, auth):
    auth.login(world.staff)
    page = client.get(f"/tasks/{task.id}").get_data(as_text=True)
    select = re.search(r'<select name="mentions" id="comment-mentions" multiple[^>]*>(.*?)</select>', page, re.S).group(
        1
    )
    offered = {int(value) for value in re.findall(r'value="(\d+)"', select)}
    assert {world.head.id, world.coord_staff.id, world.leader.id, world.observer.id} <= offered
    assert world.other_staff.id not in offered and world.other_head.id not in offered
    assert world.staff.id not in offered  # not oneself
    # The autocomplete is served by the app (no CDN) and asks the app for candidates.
    assert '<script src="/static/js/mentions.js" defer>' in page
    assert f'data-candidates-url="/api/v1/tasks/{task.id}/mention-candidates"' in page
    assert client.get("/static/js/mentions.js").status_code == 200

    with received_comments() as received:
        response = client.post(
            f"/tasks/{task.id}/comments",
            data={"body": "@Hoa Head see this", "mentions": [str(world.head.id), str(world.coord_staff.id)]},
        )
    assert response.status_code == 303
    assert sorted(received[0][1]["mentioned_ids"]) == sorted([world.head.id, world.coord_staff.id])
    page = client.get(f"/tasks/{task.id}").get_data(as_text=True)
    assert f'data-user-id="{world.head.id}">@Hoa Head</span>' in page


def test_a_refused_mention_keeps_what_was_typed_and_says_why(world, task, client, auth):
    auth.login(world.staff)
    typed = "Please look at the budget\nline two"
    response = client.post(
        f"/tasks/{task.id}/comments",
        data={"body": typed, "mentions": [str(world.head.id), str(world.other_staff.id)]},
    )
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert typed in html.unescape(page)
    reason = error_for(page, "mentions")
    assert "Olga Otherstaff cannot be mentioned" in reason
    assert re.search(rf'<option value="{world.head.id}" selected>', page)
    assert comment_ids() == []


@pytest.mark.parametrize(
    ("body", "reason"),
    [("", "This field is required."), ("   ", "This field is required."), ("x" * 10_001, "At most 10000 characters.")],
)
def test_an_empty_or_too_long_comment_is_refused(world, task, client, auth, body, reason):
    auth.login(world.staff)
    response = client.post(f"/tasks/{task.id}/comments", data={"body": body})
    assert response.status_code == 422
    assert error_for(response.get_data(as_text=True), "body") == reason
    assert comment_ids() == []


def test_observers_read_the_discussion_but_do_not_comment(world, task, client, auth):
    operations.post_comment(world.staff, task, body="Progress is slow.")
    db.session.commit()
    auth.login(world.observer)
    page = client.get(f"/tasks/{task.id}").get_data(as_text=True)
    assert "Progress is slow." in page
    assert 'id="comment-form"' not in page and 'id="comment-readonly"' in page
    response = client.post(f"/tasks/{task.id}/comments", data={"body": "Hello"})
    assert response.status_code == 403
    assert "Observers read the discussion; they do not comment." in response.get_data(as_text=True)
    assert len(comment_ids()) == 1


def test_outsiders_neither_see_nor_comment(world, task, client, auth):
    auth.login(world.other_staff)
    assert client.post(f"/tasks/{task.id}/comments", data={"body": "Hello"}).status_code == 403
    assert comment_ids() == []


def test_the_author_edits_within_the_window_and_the_edit_shows(world, task, client, auth):
    comment = operations.post_comment(world.staff, task, body="Sent 10 reports")
    db.session.commit()
    auth.login(world.staff)
    page = client.get(f"/tasks/{task.id}").get_data(as_text=True)
    assert f'id="comment-edit-form-{comment.id}"' in page
    response = client.post(f"/tasks/{task.id}/comments/{comment.id}", data={"body": "Sent 12 reports"})
    assert response.status_code == 303
    page = client.get(f"/tasks/{task.id}").get_data(as_text=True)
    assert "Sent 12 reports" in page and "(edited)" in page
    # The earlier wording is not lost: it is shown under the comment.
    assert re.search(r'class="earlier-wordings.*Sent 10 reports', page, re.S)


def test_a_refused_edit_keeps_the_typed_text(world, task, client, auth):
    comment = operations.post_comment(world.staff, task, body="Short")
    db.session.commit()
    auth.login(world.staff)
    response = client.post(f"/tasks/{task.id}/comments/{comment.id}", data={"body": "y" * 10_001})
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "y" * 10_001 in page and error_for(page, "body") == "At most 10000 characters."
    assert re.search(r'<details class="comment-edit" open>', page)


def test_no_edit_after_the_window_nor_of_someone_elses_comment(world, task, client, auth):
    comment = operations.post_comment(world.staff, task, body="Mine")
    db.session.commit()
    auth.login(world.head)
    page = client.get(f"/tasks/{task.id}").get_data(as_text=True)
    assert f'id="comment-edit-form-{comment.id}"' not in page
    response = client.post(f"/tasks/{task.id}/comments/{comment.id}", data={"body": "Changed"})
    assert response.status_code == 403 and "Only its author may edit a comment." in response.get_data(as_text=True)
    auth.logout()
    age_comment(comment.id, 16)
    auth.login(world.staff)
    page = client.get(f"/tasks/{task.id}").get_data(as_text=True)
    assert f'id="comment-edit-form-{comment.id}"' not in page
    response = client.post(f"/tasks/{task.id}/comments/{comment.id}", data={"body": "Changed"})
    assert response.status_code == 403
    assert "within 15 minutes" in response.get_data(as_text=True)
    assert db.session.get(Comment, comment.id).body == "Mine"


def test_a_comment_of_another_task_is_not_found(world, task, client, auth):
    from tests.tasks_support import new_task

    other = new_task(world, title="Another task")
    comment = operations.post_comment(world.staff, other, body="Elsewhere")
    db.session.commit()
    auth.login(world.staff)
    assert client.post(f"/tasks/{task.id}/comments/{comment.id}", data={"body": "x"}).status_code == 404


def test_comment_text_and_names_are_escaped(make, world, task, client, auth):
    world.head.name = '<img src=x onerror="alert(2)">'
    db.session.commit()
    operations.post_comment(world.staff, task, body='<script>alert("x")</script> & more', mention_ids=[world.head.id])
    db.session.commit()
    auth.login(world.leader)
    page = client.get(f"/tasks/{task.id}").get_data(as_text=True)
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; more" in page
    assert "@&lt;img src=x onerror=&#34;alert(2)&#34;&gt;" in page


def test_the_comment_forms_need_the_csrf_token(app, world, task, client, auth):
    comment = operations.post_comment(world.staff, task, body="Mine")
    db.session.commit()
    auth.login(world.staff)
    app.config["WTF_CSRF_ENABLED"] = True
    try:
        assert client.post(f"/tasks/{task.id}/comments", data={"body": "No token"}).status_code == 400
        assert client.post(f"/tasks/{task.id}/comments/{comment.id}", data={"body": "No token"}).status_code == 400
        page = client.get(f"/tasks/{task.id}").get_data(as_text=True)
        form = re.search(r'<form method="post" action="/tasks/\d+/comments" .*?</form>', page, re.S).group(0)
        token = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
        response = client.post(f"/tasks/{task.id}/comments", data={"body": "With token", "csrf_token": token})
        assert response.status_code == 303
    finally:
        app.config["WTF_CSRF_ENABLED"] = False
    assert [c.body for c in db.session.scalars(sa.select(Comment).order_by(Comment.id))] == ["Mine", "With token"]


class StatementCounter:
    def __init__(self, engine):
        self.engine, self.count = engine, 0

    def __enter__(self):
        sa.event.listen(self.engine, "before_cursor_execute", self.on_execute)
        return self

    def __exit__(self, *exc):
        sa.event.remove(self.engine, "before_cursor_execute", self.on_execute)

    def on_execute(self, *args):
        self.count += 1


def add_comments(task, authors, mentionable, n):
    """``n`` comments by ``authors`` in turn, each mentioning one to three of ``mentionable``; every
    fifth one edited."""
    for i in range(n):
        author = authors[i % len(authors)]
        mentioned = [mentionable[(i + k) % len(mentionable)].id for k in range(1 + i % 3)]
        comment = operations.post_comment(author, task, body=f"Comment {i}", mention_ids=mentioned)
        if i % 5 == 0:
            operations.edit_comment(author, comment, body=f"Comment {i}, edited")
    db.session.commit()


@pytest.mark.parametrize("viewer", ["staff", "observer"])  # with the comment form, and without
def test_the_task_page_reads_the_same_number_of_statements_for_many_comments(make, world, task, client, auth, viewer):
    """Comments, their authors, the people mentioned and the earlier wordings come in a fixed number
    of statements: 44 comments by 14 people naming 20 others cost what 4 comments by 4 people cost."""
    from tests.tasks_support import new_task

    busy = new_task(world, title="A much discussed task")
    people = [world.staff, world.head, world.coord_staff, world.leader]
    authors = people + [make.user(role="staff", department=world.lead) for _ in range(10)]
    mentionable = [make.user(role="staff", department=world.coord) for _ in range(20)]
    add_comments(task, people, [world.coord_head], 4)
    add_comments(busy, authors, mentionable, 44)
    auth.login(getattr(world, viewer))
    counts = {}
    for name, task_id in (("few", task.id), ("many", busy.id)):
        client.get(f"/tasks/{task_id}")  # the same warm-up before each: sessions, caches
        db.session.expunge_all()  # nothing already loaded stands in for a statement
        with StatementCounter(db.engine) as counter:
            page = client.get(f"/tasks/{task_id}").get_data(as_text=True)
        counts[name] = counter.count
        assert timeline_kinds(page).count("comment") == (4 if name == "few" else 44)
    assert counts["many"] == counts["few"]
