"""Departments and users through the API: who may change them, and what a bad request gets back."""

from tests.api.conftest import assert_error
from tracker.departments.models import Department
from tracker.extensions import db
from tracker.users.models import User

DEPARTMENT_KEYS = {"id", "name", "code", "kind", "parent_id", "email", "aliases", "is_active", "names"}
USER_KEYS = {"id", "email", "name", "department_id", "role", "is_active"}


def test_admin_creates_department_and_everyone_lists_it(api, make):
    admin = make.user(role="admin")
    staff = make.user(role="staff")
    parent = make.department(name="Provincial People's Committee", code="UBND")
    as_admin = api.as_user(admin)

    response = as_admin.post(
        "/departments",
        json={
            "name": "Department of Science and Technology",
            "code": "SKHCN",
            "kind": "department",
            "parent_id": parent.id,
            "email": "skhcn@example.gov.vn",
            "aliases": ["Sở Khoa học và Công nghệ", "  DOST ", "dost"],
        },
    )

    assert response.status_code == 201, response.get_json()
    body = api.check(response.get_json(), "Department")
    assert set(body) == DEPARTMENT_KEYS
    assert body["code"] == "SKHCN"
    assert body["parent_id"] == parent.id
    assert body["aliases"] == ["Sở Khoa học và Công nghệ", "DOST"]
    assert body["is_active"] is True
    assert db.session.get(Department, body["id"]).name == "Department of Science and Technology"

    listing = api.as_user(staff).get("/departments?q=skhcn")
    assert listing.status_code == 200
    page = api.check(listing.get_json(), "DepartmentPage")
    assert [item["code"] for item in page["items"]] == ["SKHCN"]
    assert page["total"] == 1

    one = api.as_user(staff).get(f"/departments/{body['id']}")
    assert one.get_json() == body


def test_only_admins_create_or_change_departments(api, make):
    department = make.department()
    for role in ("leader", "head", "staff", "observer"):
        caller = api.as_user(make.user(role=role))
        created = caller.post("/departments", json={"name": "X", "code": f"X{role}", "kind": "department"})
        assert_error(created, 403, "forbidden")
        assert "administrators" in created.get_json()["message"]
        changed = caller.patch(f"/departments/{department.id}", json={"name": "Renamed"})
        assert_error(changed, 403, "forbidden")
    assert db.session.scalar(db.select(db.func.count(Department.id)).where(Department.code.like("X%"))) == 0
    db.session.refresh(department)
    assert department.name != "Renamed"


def test_admin_patches_and_deactivates_department(api, make):
    admin = make.user(role="admin")
    department = make.department(name="Old name")
    response = api.as_user(admin).patch(f"/departments/{department.id}", json={"name": "New name", "is_active": False})
    assert response.status_code == 200
    assert response.get_json()["name"] == "New name"
    assert response.get_json()["is_active"] is False


def test_department_input_is_checked_field_by_field(api, make):
    admin = api.as_user(make.user(role="admin"))

    missing = assert_error(admin.post("/departments", json={"kind": "department"}), 422, "validation_failed")
    assert set(missing["fields"]) == {"name", "code"}

    wrong_types = assert_error(
        admin.post("/departments", json={"name": 5, "code": "A", "kind": "nope", "parent_id": "1", "aliases": "x"}),
        422,
        fields=("name", "kind", "parent_id", "aliases"),
    )
    assert wrong_types["fields"]["parent_id"] == "Expected an integer."

    unknown_parent = admin.post(
        "/departments", json={"name": "A", "code": "A", "kind": "department", "parent_id": 999999}
    )
    assert (
        assert_error(unknown_parent, 422, fields=("parent_id",))["fields"]["parent_id"] == "Unknown parent department."
    )

    typo = admin.post("/departments", json={"name": "A", "code": "A", "kind": "department", "nmae": "x"})
    assert assert_error(typo, 422)["fields"] == {"nmae": "Unknown field."}

    assert_error(admin.get("/departments/999999"), 404, "not_found")
    assert_error(admin.patch("/departments/999999", json={"name": "x"}), 404, "not_found")
    assert_error(admin.get("/departments?is_active=maybe&page=0"), 422, fields=("is_active", "page"))


def test_admin_creates_user_who_then_uses_the_api(api, make):
    admin = make.user(role="admin")
    department = make.department()
    response = api.as_user(admin).post(
        "/users",
        json={
            "email": "Officer@Example.gov.vn",
            "name": "Nguyễn Văn An",
            "department_id": department.id,
            "role": "staff",
            "password": "a long enough password",
        },
    )
    assert response.status_code == 201, response.get_json()
    body = api.check(response.get_json(), "User")
    assert set(body) == USER_KEYS
    assert body == {
        "id": body["id"],
        "email": "officer@example.gov.vn",
        "name": "Nguyễn Văn An",
        "department_id": department.id,
        "role": "staff",
        "is_active": True,
    }
    created = db.session.get(User, body["id"])
    assert created.check_password("a long enough password")

    me = api.as_user(created).get("/users/me")
    assert me.status_code == 200
    me_body = api.check(me.get_json(), "Me")
    assert me_body["id"] == created.id
    assert me_body["department"] == {"id": department.id, "name": department.name}


def test_user_creation_refusals(api, make):
    department = make.department()
    payload = {"email": "x@example.gov.vn", "name": "X", "department_id": department.id, "role": "staff"}
    for role in ("leader", "head", "staff", "observer"):
        assert_error(api.as_user(make.user(role=role)).post("/users", json=payload), 403, "forbidden")
    admin = api.as_user(make.user(role="admin"))
    wrong_values = admin.post("/users", json={**payload, "name": "", "role": "king"})
    body = assert_error(wrong_values, 422, "validation_failed", fields=("name", "role"))
    assert body["fields"]["role"].startswith("Expected one of")
    refused = admin.post(
        "/users",
        json={"email": "not-an-email", "name": "X", "department_id": 999999, "role": "staff", "password": "short"},
    )
    assert_error(refused, 422, "validation_failed", fields=("email", "department_id", "password"))
    unknown_department = admin.post("/users", json={**payload, "department_id": 999999})
    assert assert_error(unknown_department, 422)["fields"] == {"department_id": "Unknown department."}
    assert_error(admin.post("/users", json={**payload, "department_id": "1"}), 422, fields=("department_id",))
    assert db.session.scalar(db.select(User).where(User.email == "x@example.gov.vn")) is None


def test_user_list_is_limited_to_own_department_unless_seeing_everything(api, make):
    own = make.department()
    other = make.department()
    staff = make.user(role="staff", department=own, name="Alpha")
    colleague = make.user(role="staff", department=own, name="Beta")
    stranger = make.user(role="staff", department=other, name="Gamma")
    leader = make.user(role="leader", department=other, name="Delta")

    listed = api.as_user(staff).get("/users").get_json()
    assert [item["id"] for item in listed["items"]] == [staff.id, colleague.id]
    assert_error(api.as_user(staff).get(f"/users?department_id={other.id}"), 403)
    assert_error(api.as_user(staff).get(f"/users/{stranger.id}"), 403)

    everyone = api.check(api.as_user(leader).get("/users?per_page=500").get_json(), "UserPage")
    assert everyone["per_page"] == 100
    assert {item["id"] for item in everyone["items"]} == {staff.id, colleague.id, stranger.id, leader.id}


def test_admin_changes_and_deactivates_a_user_whose_token_then_stops(api, make):
    admin = api.as_user(make.user(role="admin"))
    department = make.department()
    user = make.user(role="staff")
    caller = api.as_user(user)
    assert caller.get("/users/me").status_code == 200

    promoted = admin.patch(f"/users/{user.id}", json={"role": "head", "department_id": department.id})
    assert promoted.status_code == 200, promoted.get_json()
    assert (promoted.get_json()["role"], promoted.get_json()["department_id"]) == ("head", department.id)
    assert admin.get(f"/users/{user.id}").get_json() == promoted.get_json()
    assert_error(admin.patch(f"/users/{user.id}", json={"role": None}), 422, fields=("role",))

    assert admin.patch(f"/users/{user.id}", json={"is_active": False}).get_json()["is_active"] is False
    assert_error(caller.get("/users/me"), 401)
    assert_error(admin.patch("/users/999999", json={"name": "x"}), 404)
