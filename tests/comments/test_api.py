"""The comments API: the same operation, permissions and reasons as the task page."""

import html
import re

import pytest
import sqlalchemy as sa

from tests.api.conftest import Api, assert_error
from tests.comments.conftest import age_comment, received_comments
from tracker.comments import operations
from tracker.comments.models import Comment
from tracker.extensions import db


@pytest.fixture
def api(client):
    return Api(client)


def test_post_a_comment_with_mentions(world, task, api):
    caller = api.as_user(world.staff)
    with received_comments() as received:
        response = caller.post(
            f"/tasks/{task.id}/comments", json={"body": "Please review", "mentions": [world.head.id, world.leader.id]}
        )
    assert response.status_code == 201, response.get_json()
    body = api.check(response.get_json(), "Comment")
    assert body["task_id"] == task.id and body["body"] == "Please review"
    assert body["author"] == {"id": world.staff.id, "name": world.staff.name}
    assert {ref["id"] for ref in body["mentions"]} == {world.head.id, world.leader.id}
    assert body["edited_at"] is None and body["created_at"].endswith("+00:00")
    assert sorted(received[0][1]["mentioned_ids"]) == sorted([world.head.id, world.leader.id])


def test_the_task_detail_lists_its_comments_oldest_first(world, task, api):
    operations.post_comment(world.staff, task, body="First")
    operations.post_comment(world.head, task, body="Second", mention_ids=[world.staff.id])
    db.session.commit()
    detail = api.check(api.as_user(world.coord_staff).get(f"/tasks/{task.id}").get_json(), "TaskDetail")
    assert [comment["body"] for comment in detail["comments"]] == ["First", "Second"]
    assert detail["comments"][1]["mentions"] == [{"id": world.staff.id, "name": world.staff.name}]
    listed = api.as_user(world.observer).get(f"/tasks/{task.id}/comments").get_json()
    assert [comment["body"] for comment in listed["items"]] == ["First", "Second"]


def test_edit_within_the_window(world, task, api):
    comment = operations.post_comment(world.staff, task, body="Draft")
    db.session.commit()
    response = api.as_user(world.staff).patch(f"/tasks/{task.id}/comments/{comment.id}", json={"body": "Final"})
    assert response.status_code == 200
    body = api.check(response.get_json(), "Comment")
    assert body["body"] == "Final" and body["edited_at"] is not None


def test_mention_candidates_are_only_people_who_may_see_the_task(world, task, api):
    caller = api.as_user(world.staff)
    names = {item["name"] for item in caller.get(f"/tasks/{task.id}/mention-candidates?q=o").get_json()["items"]}
    assert "Olga Otherstaff" not in names and "Oscar Otherhead" not in names
    assert {"Hoa Head", "Cao Coordhead", "Cecile Coordstaff"} <= names
    found = caller.get(f"/tasks/{task.id}/mention-candidates?q=cec").get_json()["items"]
    assert found == [
        {
            "id": world.coord_staff.id,
            "name": "Cecile Coordstaff",
            "department": {"id": world.coord.id, "name": "Finance"},
        }
    ]
    assert api.as_user(world.other_staff).get(f"/tasks/{task.id}/mention-candidates").status_code == 403


def test_comments_are_declared_in_the_openapi_document(api):
    paths = api.document["paths"]
    assert {"post", "get"} <= set(paths["/tasks/{task_id}/comments"])
    assert "patch" in paths["/tasks/{task_id}/comments/{comment_id}"]
    assert "get" in paths["/tasks/{task_id}/mention-candidates"]
    reference = paths["/tasks/{task_id}/comments"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    body = api.document["components"]["schemas"][reference["$ref"].rsplit("/", 1)[-1]]
    assert body["properties"]["body"]["maxLength"] == operations.BODY_MAX
    assert body["required"] == ["body"]
    assert "comments" in api.document["components"]["schemas"]["TaskDetail"]["required"]


def test_types_are_strict(world, task, api):
    response = api.as_user(world.staff).post(f"/tasks/{task.id}/comments", json={"body": "x", "mentions": ["3"]})
    assert_error(response, 422, "validation_failed", fields=["mentions"])
    response = api.as_user(world.staff).post(f"/tasks/{task.id}/comments", json={"body": 5})
    assert_error(response, 422, "validation_failed", fields=["body"])


# --- Both doors refuse the same values with the same reasons -----------------------------------------


def web_refusal(client, path, data):
    response = client.post(path, data=data)
    page = response.get_data(as_text=True)
    message = re.search(r'id="task-error">([^<]*)<', page)
    fields = {name: html.unescape(text) for name, text in re.findall(r'data-error-for="(\w+)">([^<]*)<', page)}
    return response.status_code, html.unescape(message.group(1)) if message else None, fields


BAD_POSTS = {
    "empty": ({"body": ""}, 422),
    "blank": ({"body": "  \n "}, 422),
    "too long": ({"body": "x" * (operations.BODY_MAX + 1)}, 422),
    "outsider mentioned": ({"body": "Look", "mentions": "other_staff"}, 422),
}


@pytest.mark.parametrize("case", list(BAD_POSTS))
def test_bad_comments_are_refused_alike_by_page_and_api(world, task, client, auth, api, case):
    values, status = BAD_POSTS[case]
    mentions = [getattr(world, values["mentions"]).id] if "mentions" in values else None
    payload = {"body": values["body"], **({"mentions": mentions} if mentions else {})}
    response = api.as_user(world.staff).post(f"/tasks/{task.id}/comments", json=payload)
    body = assert_error(response, status, "validation_failed")
    auth.login(world.staff)
    form = {"body": values["body"], **({"mentions": [str(i) for i in mentions]} if mentions else {})}
    web_status, web_message, web_fields = web_refusal(client, f"/tasks/{task.id}/comments", form)
    assert web_status == status
    assert web_message == body["message"] == "The comment was not saved."
    assert web_fields == body["fields"]
    assert db.session.scalar(sa.select(sa.func.count(Comment.id))) == 0


def test_an_observer_is_refused_alike(world, task, client, auth, api):
    body = assert_error(api.as_user(world.observer).post(f"/tasks/{task.id}/comments", json={"body": "Hi"}), 403)
    auth.login(world.observer)
    response = client.post(f"/tasks/{task.id}/comments", data={"body": "Hi"})
    assert response.status_code == 403
    assert body["message"] == "Observers read the discussion; they do not comment."
    assert body["message"] in response.get_data(as_text=True)


@pytest.mark.parametrize("case", ["late", "not the author", "empty"])
def test_bad_edits_are_refused_alike_by_page_and_api(world, task, client, auth, api, case):
    comment = operations.post_comment(world.staff, task, body="Original")
    db.session.commit()
    if case == "late":
        age_comment(comment.id, 16)
    editor = world.head if case == "not the author" else world.staff
    new_body = "" if case == "empty" else "Changed"
    response = api.as_user(editor).patch(f"/tasks/{task.id}/comments/{comment.id}", json={"body": new_body})
    expected = 422 if case == "empty" else 403
    body = assert_error(response, expected)
    auth.login(editor)
    web = client.post(f"/tasks/{task.id}/comments/{comment.id}", data={"body": new_body})
    assert web.status_code == expected
    assert html.escape(body["message"], quote=False) in web.get_data(as_text=True)
    if case == "empty":
        assert body["fields"] == {"body": "This field is required."}
        assert 'data-error-for="body">This field is required.<' in web.get_data(as_text=True)
    elif case == "late":
        assert body["message"] == "A comment can only be edited within 15 minutes of writing it."
    else:
        assert body["message"] == "Only its author may edit a comment."
    db.session.expire_all()
    assert db.session.get(Comment, comment.id).body == "Original"


def test_a_comment_of_another_task_is_not_found(world, task, api):
    from tests.tasks_support import new_task

    other = new_task(world, title="Other")
    comment = operations.post_comment(world.staff, other, body="Elsewhere")
    db.session.commit()
    response = api.as_user(world.staff).patch(f"/tasks/{task.id}/comments/{comment.id}", json={"body": "x"})
    assert_error(response, 404, "not_found")


def test_outsiders_neither_read_nor_write_the_discussion(world, task, api):
    operations.post_comment(world.staff, task, body="Internal note")
    db.session.commit()
    outsider = api.as_user(world.other_staff)
    assert_error(outsider.get(f"/tasks/{task.id}/comments"), 403, "forbidden")
    assert_error(outsider.post(f"/tasks/{task.id}/comments", json={"body": "Hi"}), 403, "forbidden")
    assert db.session.scalar(sa.select(sa.func.count(Comment.id))) == 1
