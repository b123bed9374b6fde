"""Rules that one door alone used to know now live in the operations, whichever door calls them:
a file uploaded alone is checked against the version it was based on (the page did, the API did
not); a change of the assignee alone is an assignment (the API did, the operation did not)."""

import io

import pytest
from werkzeug.datastructures import FileStorage

from tests.tasks_support import build_world, new_task, reload
from tracker.core.errors import Conflict, Forbidden
from tracker.extensions import db
from tracker.tasks import operations
from tracker.tasks.models import Attachment


@pytest.fixture
def world(make):
    return build_world(make)


def a_file():
    return FileStorage(io.BytesIO(b"zone,hectares\nDam Ha,1200\n"), filename="zones.csv", content_type="text/csv")


def test_a_file_alone_on_a_task_changed_meanwhile_is_refused_as_stale(world):
    task = new_task(world, assignee_id=world.staff.id)
    seen = task.version
    operations.transition_task(world.staff, task, "start")
    db.session.commit()
    with pytest.raises(Conflict):
        operations.attach_evidence(world.staff, reload(task), a_file(), version=seen)
    db.session.rollback()
    assert db.session.scalar(db.select(db.func.count()).select_from(Attachment)) == 0
    attachment = operations.attach_evidence(world.staff, reload(task), a_file(), version=reload(task).version)
    db.session.commit()
    assert attachment.id is not None


def test_a_change_of_the_assignee_alone_is_an_assignment_the_head_may_make(world):
    task = new_task(world)
    with pytest.raises(Forbidden):  # any other field is an edit, for the issuing side only
        operations.update_task(world.head, task, version=task.version, priority="high")
    db.session.rollback()
    task = reload(task)
    operations.update_task(world.head, task, version=task.version, assignee_id=world.staff.id)
    db.session.commit()
    assert reload(task).assignee_id == world.staff.id
