"""The web layer in tracker/core: the unit of work, one policy for query-string values, and one
meaning of "the members of a department" wherever a person is chosen."""

import pytest
from flask_wtf import FlaskForm
from wtforms import StringField

from tests.tasks_support import build_world, new_task
from tracker.core.args import BadQuery, QueryArgs
from tracker.core.errors import Conflict, Forbidden, ValidationFailed
from tracker.core.web import UnitOfWork
from tracker.departments.models import Department
from tracker.extensions import db


@pytest.fixture
def world(make):
    return build_world(make)


class NameForm(FlaskForm):
    name = StringField()


def department_named(name):
    return db.session.scalar(db.select(Department).where(Department.name == name))


# --- The unit of work -----------------------------------------------------------------------------------


def test_the_unit_of_work_commits_once_when_the_block_succeeds(app, make):
    with app.test_request_context(method="POST"):
        with UnitOfWork() as work:
            make.department(name="Kept")
        assert work.done and work.refusal is None and work.status == 200
    db.session.rollback()  # a rollback now cannot undo what was committed
    assert department_named("Kept") is not None


def test_a_refusal_rolls_back_and_its_reasons_go_beside_the_fields(app, make):
    with app.test_request_context(method="POST", data={"name": "Xyz"}):
        form = NameForm(meta={"csrf": False})
        with UnitOfWork(form) as work:
            make.department(name="Not kept")
            raise ValidationFailed("Some fields are wrong.", fields={"name": "Too short.", "hidden_thing": "Bad."})
        assert not work.done and work.status == 422
        assert form.name.errors == ["Too short."] and form.form_errors == ["Bad."]
    assert department_named("Not kept") is None


def test_a_stale_version_is_kept_for_the_page_and_not_put_beside_fields(app):
    with app.test_request_context(method="POST"):
        form = NameForm(meta={"csrf": False})
        with UnitOfWork(form) as work:
            raise Conflict("Changed meanwhile.", fields={"name": "Now"})
        assert work.status == 409 and isinstance(work.refusal, Conflict)
        assert list(form.name.errors) == [] and form.form_errors == []


def test_other_errors_roll_back_and_go_on_to_the_error_handlers(app, make):
    with app.test_request_context(method="POST"), pytest.raises(Forbidden), UnitOfWork():
        make.department(name="Forbidden one")
        raise Forbidden("No.")
    assert department_named("Forbidden one") is None


# --- Query strings: pages ignore with a note, data answers refuse ----------------------------------------


def test_query_args_read_each_kind_and_remember_what_was_ignored(app):
    args = {"q": "  canal  ", "page": "abc", "from": "2025-02-30", "to": "2025-03-01", "state": "nope", "id": "7"}
    with app.test_request_context("/", query_string=args):
        read = QueryArgs()
        assert read.text("q") == "canal" and read.page() == 1 and read.id("id") == 7
        assert read.day("from") is None and str(read.day("to")) == "2025-03-01"
        assert read.choice("state", ("sent", "failed")) is None
        assert read.ignored == {"page": "abc", "from": "2025-02-30", "state": "nope"}
        with pytest.raises(BadQuery) as refused:
            read.refuse_ignored()
        assert refused.value.code == 400 and set(refused.value.fields) == {"page", "from", "state"}


def test_the_meetings_page_ignores_a_bad_date_with_a_note_and_applies_the_rest(world, client, auth, make):
    make.meeting(title="Forest session", host=world.lead)
    make.meeting(title="Road session", host=world.lead)
    db.session.commit()
    auth.login(world.leader)
    page = client.get("/meetings/?from=yesterday&q=forest").get_data(as_text=True)
    assert "were not understood and were ignored" in page and "from=yesterday" in page
    assert "Forest session" in page and "Road session" not in page


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        ("/admin/users/?page=abc", "page=abc"),
        ("/admin/departments/?show=sideways", "show=sideways"),
        ("/admin/reminders/?task_id=x1&state=lost", "task_id=x1"),
        ("/notifications/?page=-3", "page=-3"),
        ("/search/?q=canal&page=zero", "page=zero"),
    ],
)
def test_pages_name_the_values_they_ignored(world, client, auth, path, shown):
    auth.login(world.admin)
    response = client.get(path)
    assert response.status_code == 200, path
    page = response.get_data(as_text=True)
    assert "were not understood and were ignored" in page and shown in page


def test_exports_refuse_a_value_they_cannot_read(world, client, auth):
    new_task(world)
    auth.login(world.leader)
    response = client.get("/exports/tasks.csv?due_from=junk&status=open")
    assert response.status_code == 400 and "due_from=junk" in response.get_data(as_text=True)
    assert client.get("/exports/report.csv?from=yesterday").status_code == 400
    assert client.get("/exports/tasks.csv?status=open").status_code == 200


# --- One meaning of "the members of a department" ------------------------------------------------------


def test_a_deactivated_person_is_offered_nowhere_a_person_is_chosen(world, client, auth, make):
    gone = make.user(role="staff", department=world.lead, name="Gone Person", is_active=False)
    db.session.commit()
    task = new_task(world)
    auth.login(world.head)
    pages = {"list filter": client.get("/tasks/department"), "task page": client.get(f"/tasks/{task.id}")}
    auth.logout()
    auth.login(world.leader)
    pages["task form"] = client.get(f"/tasks/{task.id}/edit")
    pages["new task form"] = client.get("/tasks/new")
    for where, response in pages.items():
        page = response.get_data(as_text=True)
        assert response.status_code == 200, where
        assert "Sam Staff" in page, where  # the active member is offered
        assert "Gone Person" not in page and f'value="{gone.id}"' not in page, where


# --- Choices offered follow the policy module ---------------------------------------------------------


def test_the_departments_offered_are_those_the_policy_allows(world):
    from tracker.core.permissions import (
        assignable_departments,
        can_assign_in_department,
        can_create_meeting,
        meeting_host_departments,
    )

    departments = [world.office, world.lead, world.other, world.coord]
    for user in (world.leader, world.admin, world.observer, world.head, world.staff, world.other_head):
        for scope, rule in (
            (assignable_departments, can_assign_in_department),
            (meeting_host_departments, can_create_meeting),
        ):
            offered = scope(user)
            for department in departments:
                allowed = bool(rule(user, department.id))
                assert allowed == (offered is None or department.id in offered), (
                    user.name,
                    scope.__name__,
                    department.name,
                )
