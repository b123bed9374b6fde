"""The API owns no transaction of its own: every endpoint that writes runs in the web layer's unit of
work (:func:`tracker.core.web.unit_of_work`, applied by ``tracker.api.spec.endpoint``), which commits
once after the answer is made, or rolls everything back when the view raises."""

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from tests.api.conftest import assert_error
from tracker.core.errors import Forbidden
from tracker.core.web import unit_of_work
from tracker.departments.models import Department
from tracker.extensions import db
from tracker.tasks.models import Task

WRITES = {"POST", "PUT", "PATCH", "DELETE"}


class Commits:
    """Counts the commits of every session while in use."""

    def __init__(self):
        self.count = 0

    def _seen(self, _session):
        self.count += 1

    def __enter__(self):
        sa.event.listen(Session, "after_commit", self._seen)
        return self

    def __exit__(self, *exc):
        sa.event.remove(Session, "after_commit", self._seen)


def wrapped_chain(view):
    while view is not None:
        yield view
        view = getattr(view, "__wrapped__", None)


def test_every_endpoint_that_writes_runs_in_the_unit_of_work(app):
    rules = [rule for rule in app.url_map.iter_rules() if rule.endpoint.startswith("api.")]
    writing = [rule for rule in rules if rule.methods & WRITES]
    assert len(writing) > 20
    outside = [
        f"{sorted(rule.methods & WRITES)} {rule.rule}"
        for rule in writing
        if not any(
            function.__code__.co_qualname == "unit_of_work.<locals>.run"
            for function in wrapped_chain(app.view_functions[rule.endpoint])
        )
    ]
    assert not outside, outside
    reading = [rule for rule in rules if not rule.methods & WRITES]
    assert reading and not any(
        function.__code__.co_qualname == "unit_of_work.<locals>.run"
        for rule in reading
        for function in wrapped_chain(app.view_functions[rule.endpoint])
    )


def test_a_write_commits_once_and_a_read_not_at_all(api, world):
    leader = api.as_user(world.leader)
    assert leader.get("/users/me").status_code == 200  # a token's first use is recorded (its own commit)
    with Commits() as commits:
        response = leader.post("/tasks", json={"title": "Plant the hills", "lead_department_id": world.a.id})
    assert response.status_code == 201, response.get_json()
    assert commits.count == 1
    with Commits() as commits:
        assert leader.get(f"/tasks/{response.get_json()['id']}").status_code == 200
    assert commits.count == 0
    with Commits() as commits:
        stale = leader.patch(f"/tasks/{response.get_json()['id']}", json={"version": 0, "title": "Changed"})
    assert_error(stale, 409)
    assert commits.count == 0
    db.session.expire_all()
    assert db.session.get(Task, response.get_json()["id"]).title == "Plant the hills"


def test_the_unit_of_work_keeps_what_a_view_wrote_only_when_it_returns(app, make):
    @unit_of_work
    def kept():
        make.department(name="Kept", code="KEPT")
        return {"ok": True}

    @unit_of_work
    def refused():
        make.department(name="Refused", code="REFU")
        raise Forbidden("No.")

    def named(name):
        return db.session.scalar(sa.select(Department).where(Department.name == name))

    with app.test_request_context(method="POST"):
        with Commits() as commits:
            assert kept() == {"ok": True}
        assert commits.count == 1
        db.session.rollback()  # what was committed stays
        assert named("Kept") is not None
        with Commits() as commits, pytest.raises(Forbidden):
            refused()
        assert commits.count == 0
        assert named("Refused") is None
