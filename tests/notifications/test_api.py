"""The JSON API of notifications and following: the same operations and permissions as the pages."""

import sqlalchemy as sa

from tests.api.conftest import api, assert_error  # noqa: F401  (fixture)
from tracker.extensions import db
from tracker.notifications import operations as notifications
from tracker.notifications.models import Notification
from tracker.tasks import operations


def test_list_mark_read_and_the_unread_count(app, world, api):  # noqa: F811
    w = world
    first = operations.create_task(w["leader"], title="One", lead_department_id=w["lead"].id)
    operations.create_task(w["leader"], title="Two", lead_department_id=w["lead"].id)
    operations.create_task(w["leader"], title="Three", lead_department_id=w["lead"].id)
    db.session.commit()
    head = api.as_user(w["head"])
    response = head.get("/notifications?per_page=2")
    assert response.status_code == 200
    body = api.check(response.get_json(), "NotificationPage")
    assert (body["total"], body["page"], body["per_page"], body["unread"]) == (3, 1, 2, 3)
    assert [item["task"]["title"] for item in body["items"]] == ["Three", "Two"]
    item = body["items"][0]
    assert item["kind"] == "department_task" and item["actor"]["name"] == "Leader" and item["read_at"] is None
    assert item["text"] == "Leader gave your department this task; nobody is assigned yet."
    older = head.get("/notifications?per_page=2&page=2").get_json()
    assert [item["task"]["id"] for item in older["items"]] == [first.id]

    marked = head.post("/notifications/read", json={"ids": [item["id"]]})
    assert api.check(marked.get_json(), "UnreadCount") == {"unread": 2}
    unread = head.get("/notifications?unread=true").get_json()
    assert unread["total"] == 2 and all(entry["read_at"] is None for entry in unread["items"])
    assert head.post("/notifications/read", json={"all": True}).get_json() == {"unread": 0}


def test_bad_input_is_refused_with_a_reason(app, world, api):  # noqa: F811
    caller = api.as_user(world["staff"])
    assert_error(caller.post("/notifications/read", json={}), 422, fields=["ids"])
    assert_error(caller.post("/notifications/read", json={"ids": ["x"]}), 422, fields=["ids"])
    assert_error(caller.get("/notifications?unread=maybe"), 422, fields=["unread"])
    assert_error(api.anonymous().get("/notifications"), 401)


def test_nobody_marks_or_sees_another_users_notifications(app, world, api):  # noqa: F811
    w = world
    operations.create_task(w["leader"], title="For the head", lead_department_id=w["lead"].id)
    db.session.commit()
    (notification_id,) = db.session.scalars(sa.select(Notification.id)).all()
    staff = api.as_user(w["staff"])
    assert staff.get("/notifications").get_json()["total"] == 0
    assert staff.post("/notifications/read", json={"ids": [notification_id]}).get_json() == {"unread": 0}
    assert db.session.scalar(sa.select(Notification.read_at)) is None


def test_follow_and_unfollow(app, world, api):  # noqa: F811
    w = world
    task = operations.create_task(w["leader"], title="Watched", lead_department_id=w["lead"].id)
    db.session.commit()
    observer = api.as_user(w["observer"])
    response = observer._call("PUT", f"/tasks/{task.id}/follow")
    assert response.status_code == 200 and api.check(response.get_json(), "Following") == {"following": True}
    assert notifications.is_following(w["observer"], task)
    assert observer.delete(f"/tasks/{task.id}/follow").get_json() == {"following": False}
    assert not notifications.is_following(w["observer"], task)
    assert_error(api.as_user(w["finance_head"])._call("PUT", f"/tasks/{task.id}/follow"), 403)
    assert_error(observer._call("PUT", "/tasks/999999/follow"), 404)


def test_creating_a_task_for_a_department_with_nobody_warns(app, make, world, api):  # noqa: F811
    w = world
    empty = make.department(name="Empty Bureau")
    db.session.commit()
    leader = api.as_user(w["leader"])
    response = leader.post("/tasks", json={"title": "Nobody home", "lead_department_id": empty.id})
    assert response.status_code == 201
    body = api.check(response.get_json(), "TaskSaved")
    assert len(body["warnings"]) == 1 and "Empty Bureau" in body["warnings"][0]
    fine = leader.post("/tasks", json={"title": "Somebody home", "lead_department_id": w["lead"].id})
    assert fine.get_json()["warnings"] == []


def test_the_openapi_document_declares_the_endpoints(app, api):  # noqa: F811
    paths = api.document["paths"]
    assert set(paths["/notifications"]) == {"get"}
    assert set(paths["/notifications/read"]) == {"post"}
    assert set(paths["/tasks/{task_id}/follow"]) == {"put", "delete"}
    kinds = api.document["components"]["schemas"]["Notification"]["properties"]["kind"]["enum"]
    assert "extension_requested" in kinds and "escalation" in kinds


def test_moving_a_task_to_a_department_with_nobody_warns(app, make, world, api):  # noqa: F811
    w = world
    empty = make.department(name="Empty Bureau")
    task = operations.create_task(w["leader"], title="Moving", lead_department_id=w["lead"].id)
    db.session.commit()
    response = api.as_user(w["leader"]).patch(
        f"/tasks/{task.id}", json={"version": task.version, "lead_department_id": empty.id}
    )
    assert response.status_code == 200, response.get_json()
    body = api.check(response.get_json(), "TaskSaved")
    assert len(body["warnings"]) == 1 and "Empty Bureau" in body["warnings"][0]


def test_a_task_says_whether_you_follow_it(app, world, api):  # noqa: F811
    w = world
    task = operations.create_task(w["leader"], title="Followed?", lead_department_id=w["lead"].id)
    db.session.commit()
    observer = api.as_user(w["observer"])
    assert api.check(observer.get(f"/tasks/{task.id}").get_json(), "TaskDetail")["following"] is False
    observer._call("PUT", f"/tasks/{task.id}/follow")
    assert observer.get(f"/tasks/{task.id}").get_json()["following"] is True
    # The issuer follows what he issued.
    assert api.as_user(w["leader"]).get(f"/tasks/{task.id}").get_json()["following"] is True
