"""The bulk form's "Assign to": a line of text with suggestions, not a list of everyone.

The list pages carry no people; ``GET /tasks/bulk/people?q=`` suggests those the signed-in user may
assign to (name, email or department code); the server reads what was typed (a picked suggestion's
``#id``, an email, a name, a text only one person matches) and refuses nobody or several as a whole,
with the form back as typed.
"""

import pytest
from werkzeug.datastructures import MultiDict

from tests.extraction_web.pages import FormState
from tests.tasks_support import build_world, new_task, reload
from tracker.extensions import db


@pytest.fixture
def world(make):
    return build_world(make)


def ours(world, title="Dredge the canal", **values):
    return new_task(world, title=title, lead_department_id=world.lead.id, coordinating_department_ids=[], **values)


def suggested(client, q):
    response = client.get("/tasks/bulk/people", query_string={"q": q})
    assert response.status_code == 200 and response.mimetype == "application/json"
    return response.get_json()["items"]


def names(items):
    return sorted(item["name"] for item in items)


def assign(client, tasks, text, **extra):
    return client.post(
        "/tasks/bulk",
        data={
            "list": "all",
            "scope": "selected",
            "ids": [task.id for task in tasks],
            "action": "assign",
            "assignee": text,
            **extra,
        },
    )


# --- The list pages ----------------------------------------------------------------------------


def test_a_leaders_list_pages_carry_the_bulk_form_but_no_people(world, client, auth, make):
    meeting = make.meeting(host=world.lead, title="Flood season preparation")
    db.session.commit()
    ours(world, meeting_id=meeting.id)
    auth.login(world.leader)
    for path in ("/tasks/", f"/meetings/{meeting.id}"):
        page = client.get(path).get_data(as_text=True)
        assert 'id="bulk-form"' in page and 'id="bulk-assign"' in page, path
        # People the leader may assign to, named nowhere on the page.
        for person in (world.other_staff, world.coord_staff, world.staff):
            assert person.name not in page, (path, person.name)
        assert 'name="assignee" id="bulk-assignee" list="bulk-people"' in page, path
        assert '<datalist id="bulk-people"></datalist>' in page, path


# --- The suggestions ---------------------------------------------------------------------------


def test_a_head_is_offered_only_their_departments_active_people_by_name_email_or_code(world, client, auth, make):
    bold = make.user(role="staff", department=world.lead, name="<b>Bold</b> & Co")
    make.user(role="staff", department=world.lead, name="Gone Away", is_active=False)
    db.session.commit()
    auth.login(world.head)
    assert names(suggested(client, "")) == sorted(["<b>Bold</b> & Co", "Hoa Head", "Sam Staff"])
    assert names(suggested(client, "SAM")) == ["Sam Staff"]
    assert names(suggested(client, world.staff.email.upper())) == ["Sam Staff"]
    assert len(suggested(client, "nn")) == 3  # the department's code
    assert suggested(client, "otherstaff") == [] and suggested(client, "gone") == []
    assert suggested(client, "GT") == []  # another department's code
    (item,) = suggested(client, "bold")
    assert item == {
        "id": bold.id,
        "name": "<b>Bold</b> & Co",
        "email": bold.email,
        "code": "NN",
        "value": f"<b>Bold</b> & Co (NN) #{bold.id}",  # JSON, set as the option's value: never HTML
    }


def test_a_leader_is_offered_every_department_at_most_twenty_at_once(world, client, auth, make):
    roads = make.department(name="Roads", code="DB")
    for n in range(25):
        make.user(role="staff", department=roads, name=f"Road worker {n:02d}")
    db.session.commit()
    auth.login(world.leader)
    assert names(suggested(client, "gt")) == ["Olga Otherstaff", "Oscar Otherhead"]  # a code, any case
    assert len(suggested(client, "road worker")) == 20
    assert names(suggested(client, "staff")) == ["Cecile Coordstaff", "Olga Otherstaff", "Sam Staff"]
    assert suggested(client, "Lena Leader") == []  # leaders and observers hold no tasks


def test_percent_and_underscore_are_plain_characters(world, client, auth, make):
    make.user(role="staff", department=world.lead, name="Growth 100% on time", email="growth@tracker.test")
    make.user(role="staff", department=world.lead, name="Under_score", email="under@tracker.test")
    make.user(role="staff", department=world.lead, name="Under score", email="plain@tracker.test")
    db.session.commit()
    auth.login(world.head)
    assert names(suggested(client, "%")) == ["Growth 100% on time"]
    assert names(suggested(client, "r_s")) == ["Under_score"]
    assert names(suggested(client, "_")) == ["Under_score"]


@pytest.mark.parametrize("role", ["staff", "observer"])
def test_who_may_assign_to_no_one_is_offered_no_one(world, client, auth, role):
    auth.login(getattr(world, role))
    assert suggested(client, "") == [] and suggested(client, "sam") == []


def test_signed_out_visitors_are_sent_to_sign_in(world, client):
    response = client.get("/tasks/bulk/people?q=sam")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


# --- What was typed ----------------------------------------------------------------------------


def test_a_picked_suggestion_assigns_the_person_of_its_id(world, client, auth):
    tasks = [ours(world, f"Canal section {n}") for n in range(2)]
    auth.login(world.head)
    (item,) = suggested(client, "sam")
    response = assign(client, tasks, item["value"])
    assert response.status_code == 200 and "2 tasks done" in response.get_data(as_text=True)
    assert all(reload(task).assignee_id == world.staff.id for task in tasks)


def test_an_id_outside_the_reach_is_refused_whatever_name_it_wears(world, client, auth):
    task = ours(world)
    auth.login(world.head)
    response = assign(client, [task], f"Sam Staff (NN) #{world.other_staff.id}")
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert f"No one you may assign to matches “Sam Staff (NN) #{world.other_staff.id}”." in page
    assert reload(task).assignee_id is None


def test_an_email_in_any_case_or_a_name_names_the_person(world, client, auth, make):
    make.user(role="staff", department=world.coord, name="Sam Staffordson")  # contains "Sam Staff" too
    db.session.commit()
    first, second = ours(world, "Dredge the canal"), ours(world, "Mend the roof")
    third = new_task(world, title="Audit the budget", lead_department_id=world.coord.id, coordinating_department_ids=[])
    auth.login(world.leader)
    assert assign(client, [first], f"  {world.staff.email.upper()} ").status_code == 200
    assert reload(first).assignee_id == world.staff.id
    assert assign(client, [second], "sam staff").status_code == 200  # the one whose name it is
    assert reload(second).assignee_id == world.staff.id
    response = assign(client, [third], "cecile")  # the only one it matches
    assert response.status_code == 200 and "1 task done" in response.get_data(as_text=True)
    assert reload(third).assignee_id == world.coord_staff.id


def test_several_matching_is_refused_with_the_form_as_typed_and_the_matches_suggested(world, client, auth, make):
    make.user(role="staff", department=world.coord, name="<i>Staff</i> pool")
    db.session.commit()
    canal, roof = ours(world, "Dredge the canal"), ours(world, "Mend the roof")
    auth.login(world.leader)
    response = assign(client, [canal, roof], "staff", comment="typed for another action", due_on="2031-05-01")
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    reason = "4 people match “staff”: pick one from the suggestions or type their email."
    assert reason in page and 'data-field="assignee"' in page
    form = FormState(page, "bulk-form")
    assert form.get("assignee") == "staff" and form.values["ids"] == [str(canal.id), str(roof.id)]
    assert form.get("comment") == "typed for another action" and form.get("due_on") == "2031-05-01"
    datalist = page[page.index('<datalist id="bulk-people">') : page.index("</datalist>")]
    assert f'<option value="Sam Staff (NN) #{world.staff.id}">' in datalist
    assert "&lt;i&gt;Staff&lt;/i&gt; pool (TC)" in datalist and "<i>" not in datalist
    assert datalist.count("<option") == 4
    assert reload(canal).assignee_id is None and reload(roof).assignee_id is None

    form.set("assignee", f"Sam Staff (NN) #{world.staff.id}")  # picked from the suggestions
    response = client.post("/tasks/bulk", data=MultiDict(form.data("assign")))
    assert response.status_code == 200 and "2 tasks done" in response.get_data(as_text=True)
    assert reload(canal).assignee_id == world.staff.id and reload(roof).assignee_id == world.staff.id


def test_namesakes_are_told_apart_by_email(world, client, auth, make):
    first = make.user(role="staff", department=world.lead, name="Minh Anh", email="minh.anh@tracker.test")
    make.user(role="staff", department=world.other, name="Minh Anh", email="anh.minh@tracker.test")
    db.session.commit()
    task = ours(world)
    auth.login(world.leader)
    response = assign(client, [task], "minh anh")
    assert response.status_code == 422
    assert "2 people match “minh anh”" in response.get_data(as_text=True)
    assert assign(client, [task], "minh.anh@tracker.test").status_code == 200
    assert reload(task).assignee_id == first.id


def test_nobody_matching_is_refused_and_the_text_kept(world, client, auth):
    task = ours(world)
    auth.login(world.head)
    response = assign(client, [task], "Olga")  # in another department: not the head's to assign
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "No one you may assign to matches “Olga”." in page
    assert 'aria-describedby="bulk-reason-assignee"' in page
    assert FormState(page, "bulk-form").get("assignee") == "Olga"
    assert reload(task).assignee_id is None
    # What "Assign to" holds matters to an assignment only: another action goes on to the task (which
    # refuses it for its own reason, the leader having issued it).
    response = client.post(
        "/tasks/bulk",
        data={"list": "all", "ids": [task.id], "action": "set_priority", "priority": "high", "assignee": "Olga"},
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and 'id="bulk-summary"' in page and "issuing side" in page
    assert "No one you may assign to" not in page
