"""A bulk request refused as a whole loses nothing: the form comes back with the ticked tasks, the
scope and its filters, every value typed and the reason beside its field; sent again once corrected,
it does what was asked."""

from datetime import date, timedelta

import pytest
from werkzeug.datastructures import MultiDict

from tests.extraction_web.pages import FormState
from tests.tasks_support import build_world, new_task, reload


@pytest.fixture
def world(make):
    return build_world(make)


def ours(world, title, **values):
    return new_task(world, title=title, lead_department_id=world.lead.id, coordinating_department_ids=[], **values)


def test_a_refused_deadline_move_keeps_the_selection_and_the_values(world, client, auth):
    canal = ours(world, "Dredge the canal", due_on=date(2031, 5, 1))
    school = ours(world, "Mend <the> school roof", due_on=date(2031, 6, 1))
    untouched = ours(world, "Count the buffaloes", due_on=date(2031, 7, 1))
    auth.login(world.leader)
    response = client.post(
        "/tasks/bulk",
        data={
            "list": "all",
            "scope": "selected",
            "ids": [canal.id, school.id],
            "filter.status": "open",
            "action": "set_due",
            "shift_days": "a week",
            "comment": "typed for another action",
            "priority": "high",
            "next": "/tasks/?status=open",
        },
    )
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "Expected an integer." in page  # the schema's reason, as the API gives it
    assert 'data-field="shift_days"' in page  # the reason beside its field
    assert "Mend &lt;the&gt; school roof" in page and "Count the buffaloes" not in page

    form = FormState(page, "bulk-form")
    assert form.values["ids"] == [str(canal.id), str(school.id)]
    assert form.get("scope") == "selected" and form.get("list") == "all"
    assert form.get("shift_days") == "a week" and form.get("comment") == "typed for another action"
    assert form.get("priority") == "high" and form.get("filter.status") == "open"
    assert form.get("next") == "/tasks/?status=open"
    assert reload(canal).due_on == date(2031, 5, 1)  # nothing changed

    form.set("shift_days", "7")
    response = client.post("/tasks/bulk", data=MultiDict(form.data("set_due")))
    assert response.status_code == 200
    assert "2 tasks done" in response.get_data(as_text=True)
    assert reload(canal).due_on == date(2031, 5, 1) + timedelta(days=7)
    assert reload(school).due_on == date(2031, 6, 1) + timedelta(days=7)
    assert reload(untouched).due_on == date(2031, 7, 1)


def test_a_refused_assignment_by_filter_keeps_the_scope_the_filters_and_the_person(world, client, auth):
    canal = [ours(world, f"Canal section {n}") for n in range(2)]
    roof = ours(world, "School roof")
    auth.login(world.leader)
    response = client.post(
        "/tasks/bulk",
        data={
            "list": "all",
            "scope": "filter",
            "filter.q": "canal",
            "filter.status": "open",
            "action": "assign",
            "assignee_id": str(world.staff.id),
            "due_on": "not a date",
        },
    )
    assert response.status_code == 200  # assign needs no deadline: this one goes through
    assert all(reload(task).assignee_id == world.staff.id for task in canal)

    response = client.post(
        "/tasks/bulk",
        data={
            "list": "all",
            "scope": "filter",
            "filter.q": "canal",
            "filter.status": "open",
            "action": "add_coordinating",
            "assignee_id": str(world.staff.id),
        },
    )
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "Choose at least one department." in page and "All 2 tasks matching the filters" in page
    form = FormState(page, "bulk-form")
    assert form.get("scope") == "filter" and form.get("filter.q") == "canal"
    assert form.get("assignee") == f"Sam Staff (NN) #{world.staff.id}"  # the person chosen is still chosen
    assert "ids" not in form.values

    form.set("department_ids", world.coord.id)
    response = client.post("/tasks/bulk", data=MultiDict(form.data("add_coordinating")))
    assert response.status_code == 200 and "2 tasks done" in response.get_data(as_text=True)
    assert all(world.coord.id in reload(task).coordinating_department_ids for task in canal)
    assert world.coord.id not in reload(roof).coordinating_department_ids


def test_an_empty_selection_is_refused_with_the_values_kept(world, client, auth):
    ours(world, "Dredge the canal")
    auth.login(world.leader)
    response = client.post(
        "/tasks/bulk",
        data={"list": "all", "scope": "selected", "action": "cancel", "comment": "No budget this year"},
    )
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "Select at least one task." in page and 'data-field="ids"' in page
    assert FormState(page, "bulk-form").get("comment") == "No budget this year"
