"""Department and user administration pages."""

import sqlalchemy as sa

from tracker.core.audit import AuditEvent
from tracker.departments.models import Department
from tracker.extensions import db
from tracker.users.models import Role, User


def test_only_admins_reach_the_admin_pages(client, auth, make):
    for role in (Role.LEADER, Role.HEAD, Role.STAFF, Role.OBSERVER):
        client.post("/logout")
        auth.login(make.user(role=role))
        for url in ("/admin/departments/", "/admin/users/", "/admin/users/new", "/admin/departments/new"):
            response = client.get(url)
            assert response.status_code == 403, (role, url)
            assert "Only administrators" in response.get_data(as_text=True)
        assert client.post("/admin/departments/new", data={"name": "X", "code": "X"}).status_code == 403
    assert db.session.scalar(sa.select(Department).where(Department.code == "X")) is None


def test_admin_creates_a_department_with_aliases_and_parent(client, auth, make):
    admin = make.user(role=Role.ADMIN)
    parent = make.department(code="UBND", name="Provincial People's Committee")
    auth.login(admin)
    response = client.post(
        "/admin/departments/new",
        data={
            "name": "Department of Science and Technology",
            "code": "SKHCN",
            "kind": "department",
            "parent_id": str(parent.id),
            "email": "skhcn@tracker.test",
            "aliases": "Sở Khoa học và Công nghệ\n  Sở KH&CN  \n\nsở kh&cn\nDépartement des sciences et technologies",
        },
    )
    assert response.status_code == 302
    department = db.session.scalar(sa.select(Department).where(Department.code == "SKHCN"))
    assert department.parent_id == parent.id
    assert department.aliases == [
        "Sở Khoa học và Công nghệ",
        "Sở KH&CN",
        "Département des sciences et technologies",
    ]
    event = db.session.scalar(sa.select(AuditEvent).where(AuditEvent.action == "department.create"))
    assert event.actor_id == admin.id and event.after["code"] == "SKHCN"
    listing = client.get("/admin/departments/").get_data(as_text=True)
    assert "Department of Science and Technology" in listing


def test_duplicate_code_shows_the_error_and_keeps_the_input(client, auth, make):
    make.department(code="SCT")
    auth.login(make.user(role=Role.ADMIN))
    response = client.post(
        "/admin/departments/new",
        data={"name": "Typed name <b>kept</b>", "code": "SCT", "kind": "department", "aliases": "alias one"},
    )
    assert response.status_code == 422
    body = response.get_data(as_text=True)
    assert "already has the code SCT" in body
    assert "Typed name &lt;b&gt;kept&lt;/b&gt;" in body
    assert "alias one" in body
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Department)) == 2


def test_department_cannot_be_its_own_ancestor(client, auth, make):
    parent = make.department()
    child = make.department(parent=parent)
    auth.login(make.user(role=Role.ADMIN))
    response = client.post(
        f"/admin/departments/{parent.id}",
        data={"name": parent.name, "code": parent.code, "kind": "department", "parent_id": str(child.id)},
    )
    assert response.status_code == 422
    assert "under itself" in response.get_data(as_text=True)


def test_deactivate_and_reactivate_a_department_keeps_it(client, auth, make):
    department = make.department()
    auth.login(make.user(role=Role.ADMIN))
    assert client.post(f"/admin/departments/{department.id}/active", data={"active": "0"}).status_code == 302
    db.session.refresh(department)
    assert department.is_active is False
    edit_link = f'href="/admin/departments/{department.id}"'
    assert edit_link not in client.get("/admin/departments/").get_data(as_text=True)
    assert edit_link in client.get("/admin/departments/?show=inactive").get_data(as_text=True)
    client.post(f"/admin/departments/{department.id}/active", data={"active": "1"})
    db.session.refresh(department)
    assert department.is_active is True


def test_edit_unknown_department_is_404(client, auth, make):
    auth.login(make.user(role=Role.ADMIN))
    assert client.get("/admin/departments/999999").status_code == 404
    assert client.get("/admin/users/999999").status_code == 404


def test_admin_creates_and_edits_a_user(client, auth, make):
    admin = make.user(role=Role.ADMIN)
    department = make.department()
    auth.login(admin)
    response = client.post(
        "/admin/users/new",
        data={
            "name": "Le Thi Hoa",
            "email": "Hoa@Tracker.test",
            "department_id": str(department.id),
            "role": "staff",
            "locale": "vi",
            "password": "a good long password",
        },
    )
    assert response.status_code == 302
    user = db.session.scalar(sa.select(User).where(User.email == "hoa@tracker.test"))
    assert user.role == Role.STAFF and user.locale == "vi" and user.check_password("a good long password")

    response = client.post(
        f"/admin/users/{user.id}",
        data={
            "name": "Le Thi Hoa",
            "email": "hoa@tracker.test",
            "department_id": str(department.id),
            "role": "head",
            "locale": "vi",
            "is_active": "y",
        },
    )
    assert response.status_code == 302
    db.session.refresh(user)
    assert user.role == Role.HEAD
    assert user.check_password("a good long password"), "an empty password field keeps the password"
    event = db.session.scalar(sa.select(AuditEvent).where(AuditEvent.action == "user.permission"))
    assert event.before == {"role": "staff"} and event.after == {"role": "head"}


def test_duplicate_email_and_short_password_are_refused_with_input_kept(client, auth, make):
    existing = make.user(email="taken@tracker.test")
    auth.login(make.user(role=Role.ADMIN))
    response = client.post(
        "/admin/users/new",
        data={
            "name": "Someone New",
            "email": "TAKEN@tracker.test",
            "department_id": str(existing.department_id),
            "role": "staff",
            "locale": "en",
            "password": "short",
        },
    )
    assert response.status_code == 422
    body = response.get_data(as_text=True)
    assert "Another user already signs in with taken@tracker.test" in body
    assert "at least 10 characters" in body
    assert 'value="Someone New"' in body
    assert db.session.scalar(sa.select(sa.func.count()).select_from(User)) == 2


def test_deactivated_user_cannot_sign_in_and_admin_cannot_deactivate_self(client, auth, make):
    admin = make.user(role=Role.ADMIN)
    user = make.user()
    auth.login(admin)
    client.post(f"/admin/users/{user.id}/active", data={"active": "0"})
    db.session.refresh(user)
    assert user.is_active is False
    response = client.post(f"/admin/users/{admin.id}/active", data={"active": "0"})
    assert response.status_code == 303
    db.session.refresh(admin)
    assert admin.is_active is True
    client.post("/logout")
    assert client.post("/login", data={"email": user.email, "password": make.TEST_PASSWORD}).status_code == 401


def test_user_list_filters_and_escapes(client, auth, make):
    auth.login(make.user(role=Role.ADMIN))
    make.user(name="<script>alert(1)</script>")
    make.user(name="Nguyen Van Duc")
    body = client.get("/admin/users/?q=Nguyen").get_data(as_text=True)
    assert "Nguyen Van Duc" in body and "alert(1)" not in body
    body = client.get("/admin/users/").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
