"""Tasks through the API and the pages: who may change what, and ids that point elsewhere."""

import io

import pytest

from tracker.extensions import db
from tracker.tasks.models import TaskStatus
from tracker.users.models import Role


@pytest.fixture
def world(make):
    """A head of D1 issued a task to D2; D2 has a head and a staff member; D3 is unrelated."""
    d1, d2, d3 = make.department(), make.department(), make.department()
    head1 = make.user(role=Role.HEAD, department=d1)
    head2 = make.user(role=Role.HEAD, department=d2)
    staff2 = make.user(role=Role.STAFF, department=d2)
    staff3 = make.user(role=Role.STAFF, department=d3)
    task = make.task(lead=d2, issuer=head1)
    db.session.commit()
    return dict(d1=d1, d2=d2, d3=d3, head1=head1, head2=head2, staff2=staff2, staff3=staff3, task=task)


def test_issuing_head_cannot_pick_the_assignee_in_another_department(bearer, world):
    task = world["task"]
    response = bearer(
        world["head1"], "PATCH", f"/tasks/{task.id}", json={"version": task.version, "assignee_id": world["staff2"].id}
    )
    assert response.status_code == 403
    db.session.expire_all()
    assert task.assignee_id is None


def test_issuing_head_cannot_pick_the_assignee_with_another_edit(bearer, world):
    task = world["task"]
    response = bearer(
        world["head1"],
        "PATCH",
        f"/tasks/{task.id}",
        json={"version": task.version, "title": "Renamed", "assignee_id": world["staff2"].id},
    )
    assert response.status_code == 403


def test_issuing_head_cannot_create_a_task_with_an_assignee_of_another_department(bearer, world):
    response = bearer(
        world["head1"],
        "POST",
        "/tasks",
        json={"title": "T", "lead_department_id": world["d2"].id, "assignee_id": world["staff2"].id},
    )
    assert response.status_code == 403


def test_lead_head_assigns_only_people_of_the_lead_department(bearer, world):
    task = world["task"]
    response = bearer(
        world["head2"], "PATCH", f"/tasks/{task.id}", json={"version": task.version, "assignee_id": world["staff3"].id}
    )
    assert response.status_code == 422
    assert "assignee_id" in response.get_json()["fields"]


@pytest.mark.parametrize(
    "body",
    [
        {"status": "done"},
        {"progress": 100},
        {"issuer_id": 1},
        {"issuing_department_id": 1},
        {"completed_at": "2025-01-01T00:00:00Z"},
    ],
)
def test_patch_refuses_fields_outside_the_edit(bearer, world, body):
    task = world["task"]
    response = bearer(world["head1"], "PATCH", f"/tasks/{task.id}", json={"version": task.version, **body})
    assert response.status_code == 422
    db.session.expire_all()
    assert task.status == TaskStatus.ASSIGNED and task.progress == 0


def test_staff_of_the_lead_department_cannot_edit_or_approve(bearer, world):
    task = world["task"]
    staff = world["staff2"]
    assert bearer(staff, "PATCH", f"/tasks/{task.id}", json={"version": task.version, "title": "x"}).status_code == 403
    assert bearer(staff, "POST", f"/tasks/{task.id}/transitions", json={"action": "start"}).status_code == 200
    assert bearer(staff, "POST", f"/tasks/{task.id}/transitions", json={"action": "submit"}).status_code == 200
    assert bearer(staff, "POST", f"/tasks/{task.id}/transitions", json={"action": "approve"}).status_code == 403
    assert bearer(staff, "POST", f"/tasks/{task.id}/transitions", json={"action": "cancel"}).status_code == 403


def test_observer_changes_nothing(bearer, make, world):
    observer = make.user(role=Role.OBSERVER)
    task = world["task"]
    assert bearer(observer, "GET", f"/tasks/{task.id}").status_code == 200
    calls = [
        ("PATCH", f"/tasks/{task.id}", {"version": task.version, "title": "x"}),
        ("POST", f"/tasks/{task.id}/transitions", {"action": "start"}),
        ("POST", f"/tasks/{task.id}/updates", {"comment": "hello"}),
        ("POST", f"/tasks/{task.id}/extensions", {"due_on": "2099-01-01", "reason": "r"}),
        ("POST", "/tasks", {"title": "T", "lead_department_id": world["d2"].id}),
        ("POST", "/meetings", {"title": "M", "held_on": "2025-01-01"}),
    ]
    for method, path, body in calls:
        assert bearer(observer, method, path, json=body).status_code == 403, path


def test_other_department_cannot_see_or_touch_the_task(bearer, world):
    task, outsider = world["task"], world["staff3"]
    assert bearer(outsider, "GET", f"/tasks/{task.id}").status_code == 403
    assert bearer(outsider, "GET", f"/tasks/{task.id}/extensions").status_code == 403
    assert bearer(outsider, "POST", f"/tasks/{task.id}/updates", json={"comment": "x"}).status_code == 403
    listed = bearer(outsider, "GET", f"/tasks?department_id={world['d2'].id}&status=")
    assert listed.status_code == 200
    assert task.id not in {item["id"] for item in listed.get_json()["items"]}


def test_extension_of_another_task_cannot_be_decided_from_a_task_one_may_decide(bearer, make, world):
    """Deciding is judged on the extension's own task, not on a task the caller issued."""
    task = world["task"]
    other_task = make.task(lead=world["d2"])  # issued by a leader, not by head1
    db.session.commit()
    made = bearer(
        world["staff2"], "POST", f"/tasks/{other_task.id}/extensions", json={"due_on": "2099-01-01", "reason": "r"}
    )
    assert made.status_code == 201
    extension_id = made.get_json()["id"]
    assert task.issuing_department_id == world["d1"].id
    response = bearer(world["head1"], "POST", f"/extensions/{extension_id}/decision", json={"approve": True})
    assert response.status_code == 403
    web_client = bearer.client
    from tests.conftest import Auth

    Auth(web_client).login(world["head1"])
    page = web_client.post(f"/tasks/extensions/{extension_id}/decision", data={"approve": "1"})
    assert page.status_code == 403


def test_attachment_of_a_task_one_cannot_see_is_refused(bearer, client, auth, world):
    task = world["task"]
    upload = bearer(
        world["staff2"],
        "POST",
        f"/tasks/{task.id}/attachments",
        data={"file": (io.BytesIO(b"%PDF-1.4 evidence"), "report.pdf")},
        content_type="multipart/form-data",
    )
    assert upload.status_code == 201, upload.get_json()
    attachment_id = upload.get_json()["id"]
    assert bearer(world["staff3"], "GET", f"/attachments/{attachment_id}").status_code == 403
    auth.login(world["staff3"])
    assert client.get(f"/tasks/attachments/{attachment_id}").status_code == 403


def test_attachment_is_served_as_a_download_without_sniffing(bearer, world):
    task = world["task"]
    upload = bearer(
        world["staff2"],
        "POST",
        f"/tasks/{task.id}/attachments",
        data={"file": (io.BytesIO(b"<html><script>alert(1)</script>"), "../../evil.html.txt")},
        content_type="multipart/form-data",
    )
    assert upload.status_code == 201
    assert upload.get_json()["filename"] == "evil.html.txt"
    response = bearer(world["staff2"], "GET", f"/attachments/{upload.get_json()['id']}")
    assert response.headers["Content-Disposition"].startswith("attachment")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.mimetype == "text/plain"


def test_html_disguised_as_pdf_is_refused(bearer, world):
    task = world["task"]
    upload = bearer(
        world["staff2"],
        "POST",
        f"/tasks/{task.id}/attachments",
        data={"file": (io.BytesIO(b"<html><script>alert(1)</script>"), "report.pdf")},
        content_type="multipart/form-data",
    )
    assert upload.status_code == 422


def test_task_from_a_directive_of_another_meeting_is_refused(bearer, make, world):
    mine = make.meeting(host=world["d1"])
    foreign = make.meeting(host=world["d3"])
    directive = make.directive(foreign)
    db.session.commit()
    body = {"title": "T", "lead_department_id": world["d2"].id, "directive_id": directive.id}
    assert bearer(world["head1"], "POST", "/tasks", json=body).status_code == 403
    body["meeting_id"] = mine.id
    assert bearer(world["head1"], "POST", "/tasks", json=body).status_code == 422


def test_inactive_coordinating_department_is_refused(bearer, make, world):
    closed = make.department(is_active=False)
    db.session.commit()
    body = {"title": "T", "lead_department_id": world["d2"].id, "coordinating_department_ids": [closed.id]}
    response = bearer(world["head1"], "POST", "/tasks", json=body)
    assert response.status_code == 422
    assert "coordinating_department_ids" in response.get_json()["fields"]


def test_issuing_head_cannot_pick_the_assignee_on_the_edit_page(client, auth, world):
    task = world["task"]
    auth.login(world["head1"])
    response = client.post(
        f"/tasks/{task.id}/edit",
        data={
            "title": task.title,
            "lead_department_id": world["d2"].id,
            "assignee_id": world["staff2"].id,
            "recurrence": "none",
            "priority": "normal",
            "version": task.version,
        },
    )
    db.session.expire_all()
    assert task.assignee_id is None, response.status_code
