"""Saved views (own, shared with the department, hidden from others), remembered filters and sortable
column headers on the task lists; the pages and ``/api/v1/views``."""

import re

import pytest
import sqlalchemy as sa

from tests.api.conftest import Api, assert_error
from tests.tasks_support import build_world, new_task
from tracker.extensions import db
from tracker.tasks.saved_views import RememberedFilters, SavedView


@pytest.fixture
def world(make):
    return build_world(make)


@pytest.fixture
def api(client):
    return Api(client)


def save(client, name, list_name="department", shared=False, **filters):
    data = {"name": name, "list": list_name, **{f"filter.{key}": value for key, value in filters.items()}}
    if shared:
        data["shared"] = "1"
    return client.post("/tasks/views", data=data)


def test_a_view_is_saved_from_a_list_and_opens_the_list_with_its_filters(world, client, auth):
    new_task(world, title="Dredge the canal")
    auth.login(world.head)
    page = client.get("/tasks/department?role=lead&status=&q=canal&sort=-title").get_data(as_text=True)
    # The list's "Views" menu carries the filters in hidden fields.
    assert 'name="filter.q" value="canal"' in page and 'name="filter.sort" value="-title"' in page
    response = save(client, "Canal work", role="lead", status="", q="canal", sort="-title")
    assert response.status_code == 303
    view = db.session.scalar(sa.select(SavedView))
    assert view.query == {"role": "lead", "status": "", "q": "canal", "sort": "-title"} and not view.shared
    opened = client.get(f"/tasks/views/{view.id}")
    assert opened.status_code == 302
    assert opened.headers["Location"].startswith("/tasks/department?")
    assert "q=canal" in opened.headers["Location"] and "sort=-title" in opened.headers["Location"]
    listing = client.get("/tasks/views").get_data(as_text=True)
    assert "Canal work" in listing
    assert "Canal work" in client.get("/tasks/department?role=lead&q=canal").get_data(as_text=True)


def test_shared_views_are_seen_by_the_department_only_and_deleted_by_their_owner_only(world, client, auth):
    auth.login(world.head)
    save(client, "Shared overdue", shared=True, timing="overdue")
    save(client, "Private", timing="due_soon")
    auth.logout()
    shared = db.session.scalar(sa.select(SavedView).where(SavedView.name == "Shared overdue"))
    private = db.session.scalar(sa.select(SavedView).where(SavedView.name == "Private"))
    assert shared.department_id == world.lead.id

    auth.login(world.staff)  # the same department
    listing = client.get("/tasks/views").get_data(as_text=True)
    assert f'data-view-id="{shared.id}"' in listing and "shared by Hoa Head" in listing
    assert f'data-view-id="{private.id}"' not in listing
    assert client.get(f"/tasks/views/{shared.id}").status_code == 302
    assert client.get(f"/tasks/views/{private.id}").status_code == 404
    assert client.post(f"/tasks/views/{shared.id}/delete").status_code == 403
    auth.logout()

    auth.login(world.other_head)  # another department
    listing = client.get("/tasks/views").get_data(as_text=True)
    assert f'data-view-id="{shared.id}"' not in listing
    assert client.get(f"/tasks/views/{shared.id}").status_code == 404
    auth.logout()

    auth.login(world.head)
    assert client.post(f"/tasks/views/{shared.id}/delete").status_code == 303
    assert db.session.get(SavedView, shared.id) is None


def test_a_view_needs_a_name_and_known_filters(world, client, auth):
    auth.login(world.head)
    response = save(client, "   ", q="canal")
    assert response.status_code == 303
    assert db.session.scalar(sa.select(sa.func.count()).select_from(SavedView)) == 0
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "The view was not saved." in page


def test_the_last_filters_of_a_list_come_back_and_reset_forgets_them(world, client, auth):
    new_task(world, title="Dredge the canal")
    auth.login(world.head)
    assert client.get("/tasks/department?role=lead&status=&timing=overdue&q=canal").status_code == 200
    memory = db.session.get(RememberedFilters, (world.head.id, "department:lead"))
    assert memory.query == {"status": "", "timing": "overdue", "q": "canal"}

    back = client.get("/tasks/department")
    assert back.status_code == 302
    assert "q=canal" in back.headers["Location"] and "timing=overdue" in back.headers["Location"]
    # Each tab is a list of its own; another list is not affected.
    assert client.get("/tasks/department?role=coordinating").status_code == 200
    assert client.get("/").status_code == 200

    page = client.get(back.headers["Location"]).get_data(as_text=True)
    reset = re.search(r'href="([^"]*reset=1[^"]*)"[^>]*id="reset-filters"', page).group(1).replace("&amp;", "&")
    cleared = client.get(reset)
    assert cleared.status_code == 302 and "reset" not in cleared.headers["Location"]
    db.session.expire_all()
    assert db.session.get(RememberedFilters, (world.head.id, "department:lead")) is None
    assert client.get("/tasks/department").status_code == 200


def test_remembered_filters_are_per_user(world, client, auth):
    auth.login(world.head)
    client.get("/?status=done")
    auth.logout()
    auth.login(world.staff)
    assert client.get("/").status_code == 200
    auth.logout()
    auth.login(world.head)
    assert client.get("/").headers["Location"] == "/?status=done"


def test_column_headers_sort_the_list_and_toggle_the_direction(world, client, auth):
    new_task(world, title="Alpha")
    new_task(world, title="Bravo")
    auth.login(world.leader)
    page = client.get("/tasks/?status=").get_data(as_text=True)
    header = re.search(r'<th[^>]*data-sort="title"><a href="([^"]+)"', page).group(1).replace("&amp;", "&")
    assert "sort=title" in header
    page = client.get(header).get_data(as_text=True)
    assert page.index("Alpha") < page.index("Bravo")
    assert re.search(r'<th aria-sort="ascending" data-sort="title">', page)
    header = re.search(r'<th[^>]*data-sort="title"><a href="([^"]+)"', page).group(1).replace("&amp;", "&")
    assert "sort=-title" in header
    page = client.get(header).get_data(as_text=True)
    assert page.index("Bravo") < page.index("Alpha")
    assert re.search(r'<th aria-sort="descending" data-sort="title">', page)


# --- The API ------------------------------------------------------------------------------------------


def test_the_views_api_saves_lists_and_deletes(world, api):
    head = api.as_user(world.head)
    response = head.post(
        "/views", json={"name": "Overdue", "list": "department", "query": {"timing": "overdue"}, "shared": True}
    )
    assert response.status_code == 201, response.get_json()
    view = api.check(response.get_json(), "SavedView")
    assert view["shared"] and view["mine"] and view["url"].startswith("/tasks/department?")

    staff = api.as_user(world.staff)
    items = staff.get("/views").get_json()["items"]
    assert [item["name"] for item in items] == ["Overdue"] and not items[0]["mine"]
    assert_error(staff.delete(f"/views/{view['id']}"), 403)
    assert api.as_user(world.other_head).get("/views").get_json()["items"] == []
    assert_error(api.as_user(world.other_head).delete(f"/views/{view['id']}"), 404)

    assert_error(head.post("/views", json={"name": "x", "list": "nowhere", "query": {}}), 422, fields=["list"])
    assert_error(
        head.post("/views", json={"name": "x", "list": "all", "query": {"colour": "red"}}), 422, fields=["query"]
    )
    assert_error(head.post("/views", json={"name": "x", "list": "all", "query": []}), 422, fields=["query"])
    assert head.delete(f"/views/{view['id']}").status_code == 204
    assert head.get("/views").get_json()["items"] == []


def test_views_of_all_tasks_are_for_those_who_see_all_tasks(world, api, make):
    office_staff = make.user(role="staff", department=world.office, name="Olivia Officestaff")
    leader = api.as_user(world.leader)
    response = leader.post(
        "/views", json={"name": "Everything late", "list": "all", "query": {"timing": "overdue"}, "shared": True}
    )
    assert response.status_code == 201
    assert [item["name"] for item in api.as_user(world.observer).get("/views").get_json()["items"]] == [
        "Everything late"
    ]
    assert api.as_user(office_staff).get("/views").get_json()["items"] == []
    assert_error(
        api.as_user(world.head).post("/views", json={"name": "All", "list": "all", "query": {}}), 422, fields=["list"]
    )


def test_a_lists_views_come_with_the_bells_count_in_one_statement(world, client, auth, make):
    from tests.test_tasks_lists import StatementCounter
    from tracker.notifications.models import Notification

    new_task(world, title="Dredge the canal")
    auth.login(world.head)
    save(client, "Mine, shared", shared=True, timing="overdue")
    auth.logout()
    auth.login(world.staff)
    save(client, "Private canal", q="canal")
    db.session.add_all(
        Notification(user_id=world.staff.id, kind="followed_update", data={}, read_at=None) for _ in range(3)
    )
    db.session.commit()
    client.get("/tasks/department?role=lead")
    with StatementCounter(db.engine) as counter:
        page = client.get("/tasks/department?role=lead").get_data(as_text=True)
    touching = [s for s in counter.statements if "notifications" in s or "saved_views" in s]
    assert len(touching) == 1 and "saved_views" in touching[0] and "notifications" in touching[0]
    assert 'id="bell-count">3<' in page
    menu = page[page.index('id="views-menu"') : page.index("</details>", page.index('id="views-menu"'))]
    assert menu.index("Mine, shared") < menu.index("Private canal")
    assert "shared by Hoa Head" in menu
    # Without views the count is still there; a page that is not a list counts alone.
    auth.logout()
    auth.login(world.other_staff)
    db.session.add(Notification(user_id=world.other_staff.id, kind="followed_update", data={}, read_at=None))
    db.session.commit()
    page = client.get("/tasks/department?role=lead").get_data(as_text=True)
    assert 'id="bell-count">1<' in page and "Mine, shared" not in page and "Private canal" not in page
    assert 'id="bell-count">1<' in client.get("/tasks/views").get_data(as_text=True)
