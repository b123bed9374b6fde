"""Four eyes: whoever submitted a piece of work never approves it, whatever their role, on the pages
and through the API; the approval is hidden from them, refused with the reason, and nothing changes."""

import pytest

from tests.tasks_support import build_world, new_task, reload
from tracker.extensions import db
from tracker.tasks import operations
from tracker.tasks.models import TaskStatus


@pytest.fixture
def world(make):
    return build_world(make)


def submitted_by(world, submitter, **values):
    """A task issued by the leader (or ``issuer``), started by the lead staff, submitted by ``submitter``."""
    task = new_task(world, **values)
    operations.transition_task(world.staff, task, "start")
    operations.transition_task(submitter, task, "submit")
    db.session.commit()
    return task


def post_transition(client, task, action, comment=""):
    return client.post(
        f"/tasks/{task.id}/transition", data={"action": action, "comment": comment, "version": task.version}
    )


REASON = "You submitted this work: someone else on the issuing side must approve it."


def test_an_administrator_who_submitted_work_cannot_approve_it_on_the_pages(world, client, auth):
    task = submitted_by(world, world.admin)
    auth.login(world.admin)
    page = client.get(f"/tasks/{task.id}").get_data(as_text=True)
    assert 'id="action-approve"' not in page
    assert "approve-refused" in page  # the reason is shown
    assert 'value="return"' in page  # the rest of the issuing side's review is still offered
    response = post_transition(client, task, "approve")
    assert response.status_code == 403
    assert REASON in response.get_data(as_text=True)
    assert reload(task).status == TaskStatus.SUBMITTED
    # Someone else on the issuing side approves it.
    client.post("/logout")
    auth.login(world.leader)
    assert 'id="action-approve"' in client.get(f"/tasks/{task.id}").get_data(as_text=True)
    assert post_transition(client, reload(task), "approve").status_code == 303
    assert reload(task).status == TaskStatus.DONE


def test_a_head_who_issued_and_submitted_work_for_their_own_department_cannot_approve_it(world, client, auth):
    """The head of the lead department issues a task to it (the issuing side) and does it (the lead
    side): one person on both sides may submit, but not approve as well."""
    task = submitted_by(world, world.head, issuer=world.head, issuing_department_id=world.lead.id)
    assert reload(task).issuing_department_id == world.lead.id
    auth.login(world.head)
    assert 'id="action-approve"' not in client.get(f"/tasks/{task.id}").get_data(as_text=True)
    assert post_transition(client, task, "approve").status_code == 403
    assert reload(task).status == TaskStatus.SUBMITTED


def test_the_api_refuses_the_submitter_s_approval_and_hides_it_from_the_allowed_actions(world, bearer):
    task = submitted_by(world, world.admin)
    detail = bearer(world.admin, "GET", f"/tasks/{task.id}").get_json()
    assert "approve" not in detail["actions"] and "return" in detail["actions"]
    response = bearer(world.admin, "POST", f"/tasks/{task.id}/transitions", json={"action": "approve"})
    assert response.status_code == 403
    assert response.get_json()["message"] == REASON
    assert reload(task).status == TaskStatus.SUBMITTED
    assert "approve" in bearer(world.leader, "GET", f"/tasks/{task.id}").get_json()["actions"]
    response = bearer(world.leader, "POST", f"/tasks/{task.id}/transitions", json={"action": "approve"})
    assert response.status_code == 200 and response.get_json()["status"] == "done"


def test_it_is_the_current_submission_that_counts(world):
    """Work the administrator submitted, returned and submitted again by the staff: the administrator
    now reviews someone else's submission and may approve it; the staff's own approval is refused by
    the role anyway."""
    task = submitted_by(world, world.admin)
    assert not operations.can_approve(world.admin, task)
    operations.transition_task(world.leader, task, "return", comment="Add the map.")
    operations.transition_task(world.staff, task, "submit")
    db.session.commit()
    assert operations.can_approve(world.admin, task)
    assert "approve" in operations.allowed_actions(world.admin, task)
    operations.transition_task(world.admin, task, "approve")
    db.session.commit()
    assert reload(task).status == TaskStatus.DONE


def test_whoever_asked_for_an_extension_never_decides_it(world, client, auth, make):
    """A head who issued a task to their own department may ask to move its deadline, but another
    person on the issuing side decides; the home page does not offer it to them either."""
    from datetime import date, timedelta

    from tracker.core.errors import Forbidden

    task = new_task(world, issuer=world.head, issuing_department_id=world.lead.id, due_on=date.today() + timedelta(9))
    extension = operations.request_extension(world.head, task, due_on=date.today() + timedelta(40), reason="Rain")
    db.session.commit()
    with pytest.raises(Forbidden, match="You asked for this extension"):
        operations.decide_extension(world.head, extension, approve=True)
    db.session.rollback()

    auth.login(world.head)
    assert "Extension requests to decide" not in client.get("/").get_data(as_text=True)
    page = client.get(f"/tasks/{task.id}").get_data(as_text=True)
    assert 'name="approve"' not in page  # no decision form for the requester
    client.post("/logout")

    deputy = make.user(role="head", department=world.lead, name="Dung Deputy")
    db.session.commit()
    auth.login(deputy)
    assert "Extension requests to decide" in client.get("/").get_data(as_text=True)
    operations.decide_extension(deputy, db.session.merge(extension), approve=True)
    db.session.commit()
    assert reload(task).due_on == date.today() + timedelta(40)


def test_work_one_submitted_does_not_wait_for_ones_own_approval(world, client, auth):
    own = submitted_by(world, world.admin, issuer=world.admin, title="Submitted by the administrator")
    other = submitted_by(world, world.staff, issuer=world.admin, title="Submitted by the staff")
    auth.login(world.admin)
    home = client.get("/").get_data(as_text=True)
    queue = home.split('id="awaiting-review"', 1)[1].split("</section>", 1)[0]
    assert f"/tasks/{other.id}" in queue
    assert f"/tasks/{own.id}" not in queue
