"""Sessions and cookies: CSRF on the API for cookie callers, sessions after a password change."""

import re

import pytest

from tests import factories
from tracker.extensions import db
from tracker.users import operations as users
from tracker.users.models import Role


@pytest.fixture
def csrf_on(app):
    app.config["WTF_CSRF_ENABLED"] = True
    yield
    app.config["WTF_CSRF_ENABLED"] = False


def _login_with_csrf(client, user):
    page = client.get("/login")
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page.get_data(as_text=True)).group(1)
    response = client.post(
        "/login", data={"email": user.email, "password": factories.TEST_PASSWORD, "csrf_token": token}
    )
    assert response.status_code == 302


def test_api_refuses_cookie_writes_without_the_csrf_header(client, make, csrf_on):
    leader = make.user(role=Role.LEADER)
    lead = make.department()
    db.session.commit()
    _login_with_csrf(client, leader)
    body = {"title": "Forged", "lead_department_id": lead.id}
    refused = client.post("/api/v1/tasks", json=body)
    assert refused.status_code in (400, 403)
    token = client.get("/api/v1/csrf-token").get_json()["csrf_token"]
    accepted = client.post("/api/v1/tasks", json=body, headers={"X-CSRFToken": token})
    assert accepted.status_code == 201


def test_api_refuses_cookie_writes_with_a_bogus_bearer_header(client, make, csrf_on):
    leader = make.user(role=Role.LEADER)
    lead = make.department()
    db.session.commit()
    _login_with_csrf(client, leader)
    response = client.post(
        "/api/v1/tasks",
        json={"title": "Forged", "lead_department_id": lead.id},
        headers={"Authorization": "Bearer not-a-token"},
    )
    assert response.status_code in (400, 401, 403)


def test_web_forms_refuse_a_post_without_the_token(client, make, csrf_on):
    user = make.user(role=Role.ADMIN)
    db.session.commit()
    _login_with_csrf(client, user)
    assert client.post("/calendar/token").status_code == 400
    assert client.post(f"/admin/users/{user.id}/active", data={"active": "0"}).status_code == 400


def test_a_password_change_signs_out_the_other_sessions(app, make):
    """An administrator resetting a stolen password must end the thief's session."""
    admin = make.user(role=Role.ADMIN)
    victim = make.user(role=Role.STAFF)
    db.session.commit()
    thief = app.test_client()
    thief.post("/login", data={"email": victim.email, "password": factories.TEST_PASSWORD})
    assert thief.get("/settings").status_code == 200
    users.update_user(admin, victim, password="a brand new password")
    db.session.commit()
    assert thief.get("/settings").status_code == 302


def test_a_password_change_voids_the_remember_cookie(app, make):
    admin = make.user(role=Role.ADMIN)
    victim = make.user(role=Role.STAFF)
    db.session.commit()
    thief = app.test_client()
    thief.post("/login", data={"email": victim.email, "password": factories.TEST_PASSWORD, "remember": "y"})
    remember = thief.get_cookie("remember_token")
    assert remember is not None
    users.update_user(admin, victim, password="a brand new password")
    db.session.commit()
    fresh = app.test_client()
    fresh.set_cookie("remember_token", remember.value)
    assert fresh.get("/settings").status_code == 302


def test_the_user_keeps_working_without_a_password_change(app, make):
    user = make.user(role=Role.STAFF)
    db.session.commit()
    browser = app.test_client()
    browser.post("/login", data={"email": user.email, "password": factories.TEST_PASSWORD, "remember": "y"})
    user.name = "Renamed"
    db.session.commit()
    assert browser.get("/settings").status_code == 200


def test_a_deactivated_user_is_signed_out_and_their_tokens_stop(app, bearer, make):
    admin = make.user(role=Role.ADMIN)
    user = make.user(role=Role.STAFF)
    db.session.commit()
    browser = app.test_client()
    browser.post("/login", data={"email": user.email, "password": factories.TEST_PASSWORD})
    users.update_user(admin, user, is_active=False)
    db.session.commit()
    assert browser.get("/settings").status_code == 302
    assert bearer(user, "GET", "/users/me").status_code == 401


def test_sign_in_is_throttled_per_account(client, make):
    user = make.user()
    db.session.commit()
    codes = [client.post("/login", data={"email": user.email, "password": "wrong"}).status_code for _ in range(7)]
    assert codes[-1] == 429


def test_an_administrator_changing_their_own_password_stays_signed_in(client, auth, make):
    admin = make.user(role=Role.ADMIN)
    db.session.commit()
    auth.login(admin)
    page = client.get(f"/admin/users/{admin.id}")
    assert page.status_code == 200
    response = client.post(
        f"/admin/users/{admin.id}",
        data={
            "email": admin.email,
            "name": admin.name,
            "department_id": admin.department_id,
            "role": "admin",
            "locale": "en",
            "is_active": "y",
            "password": "another long password",
        },
    )
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    assert client.get("/admin/users/").status_code == 200
