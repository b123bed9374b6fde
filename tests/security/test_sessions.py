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


# --- Sessions that end -----------------------------------------------------------------------------


def _signed_in(app, user, remember=False):
    browser = app.test_client()
    data = {"email": user.email, "password": factories.TEST_PASSWORD}
    if remember:
        data["remember"] = "y"
    assert browser.post("/login", data=data).status_code == 302
    return browser


def _copy_of(app, browser, *names):
    """Another client holding copies of ``browser``'s cookies (what a thief copies)."""
    copy = app.test_client()
    for name in names:
        cookie = browser.get_cookie(name)
        assert cookie is not None, name
        copy.set_cookie(name, cookie.value)
    return copy


def test_a_copied_session_cookie_is_refused_after_sign_out(app, make):
    user = make.user()
    db.session.commit()
    browser = _signed_in(app, user)
    thief = _copy_of(app, browser, "session")
    assert thief.get("/settings").status_code == 200, "the copy works while the session is open"
    assert browser.post("/logout").status_code == 302
    assert browser.get("/settings").status_code == 302
    assert thief.get("/settings").status_code == 302


def test_a_remember_me_cookie_is_refused_after_sign_out(app, make):
    user = make.user()
    db.session.commit()
    browser = _signed_in(app, user, remember=True)
    remembered = _copy_of(app, browser, "remember_token")
    assert remembered.get("/settings").status_code == 200, "the cookie alone signs in while the session is open"
    browser.post("/logout")
    stolen = _copy_of(app, remembered, "remember_token")
    stolen.delete_cookie("session")
    assert stolen.get("/settings").status_code == 302
    fresh = app.test_client()
    fresh.set_cookie("remember_token", remembered.get_cookie("remember_token").value)
    assert fresh.get("/settings").status_code == 302


def test_signing_out_leaves_the_other_devices_signed_in(app, make):
    user = make.user()
    db.session.commit()
    laptop = _signed_in(app, user)
    phone = _signed_in(app, user, remember=True)
    laptop.post("/logout")
    assert laptop.get("/settings").status_code == 302
    assert phone.get("/settings").status_code == 200


def test_sign_out_everywhere_ends_every_session_and_remember_cookie(app, make):
    from tracker.auth.models import UserSession

    user = make.user()
    other = make.user()
    db.session.commit()
    laptop = _signed_in(app, user)
    phone = _signed_in(app, user, remember=True)
    remembered = _copy_of(app, phone, "remember_token")
    colleague = _signed_in(app, other)
    page = laptop.get("/settings").get_data(as_text=True)
    assert "Sign out everywhere" in page
    response = laptop.post("/settings/sessions/end")
    assert response.status_code == 303
    assert response.headers["Location"].endswith("/login")
    assert laptop.get("/settings").status_code == 302
    assert phone.get("/settings").status_code == 302
    assert remembered.get("/settings").status_code == 302
    assert colleague.get("/settings").status_code == 200, "other users are not touched"
    open_rows = db.session.scalars(db.select(UserSession).where(UserSession.revoked_at.is_(None))).all()
    assert [row.user_id for row in open_rows] == [other.id]
    # Signing in again works.
    assert _signed_in(app, user).get("/settings").status_code == 200


def test_sign_out_everywhere_needs_csrf(app, make, csrf_on):
    user = make.user()
    db.session.commit()
    browser = app.test_client()
    _login_with_csrf(browser, user)
    assert browser.post("/settings/sessions/end").status_code == 400
    assert browser.get("/settings").status_code == 200


def test_an_idle_session_expires(app, make):
    """TRACKER_SESSION_IDLE_MINUTES (60 by default): activity keeps a session, an hour of none ends it."""
    import time_machine

    user = make.user()
    db.session.commit()
    with time_machine.travel("2026-03-02 08:00:00+00:00", tick=False) as clock:
        browser = _signed_in(app, user)
        for _ in range(4):  # busy for two hours, a page every 50 minutes
            clock.shift(50 * 60)
            assert browser.get("/settings").status_code == 200
        clock.shift(61 * 60)
        assert browser.get("/settings").status_code == 302
        clock.shift(-61 * 60)  # even back in time, the expired session stays ended
        assert browser.get("/settings").status_code == 302


def test_the_idle_time_is_a_setting(app, make):
    import time_machine

    user = make.user()
    db.session.commit()
    app.config["TRACKER_SESSION_IDLE_MINUTES"] = 5
    try:
        with time_machine.travel("2026-03-02 08:00:00+00:00", tick=False) as clock:
            browser = _signed_in(app, user)
            clock.shift(4 * 60)
            assert browser.get("/settings").status_code == 200
            clock.shift(6 * 60)
            assert browser.get("/settings").status_code == 302
    finally:
        app.config["TRACKER_SESSION_IDLE_MINUTES"] = 60


def test_a_remembered_session_outlives_the_idle_time_but_not_the_remember_days(app, make):
    import time_machine

    user = make.user()
    db.session.commit()
    with time_machine.travel("2026-03-02 08:00:00+00:00", tick=False) as clock:
        browser = _signed_in(app, user, remember=True)
        remembered = _copy_of(app, browser, "remember_token")
        clock.shift(3 * 3600)
        assert remembered.get("/settings").status_code == 200
        clock.shift(31 * 86400)
        assert remembered.get("/settings").status_code == 302


def test_sessions_are_stored_by_the_hash_of_their_key(app, make):
    from tracker.auth.models import UserSession

    user = make.user()
    db.session.commit()
    browser = _signed_in(app, user)
    with app.test_request_context():
        from flask import session as flask_session

        serializer = app.session_interface.get_signing_serializer(app)
        data = serializer.loads(browser.get_cookie("session").value)
        flask_session.update(data)
        key = data["_user_id"].rsplit(":", 1)[1]
    row = db.session.scalar(db.select(UserSession))
    assert len(key) >= 40
    assert key not in row.key_hash
    import hashlib

    assert row.key_hash == hashlib.sha256(key.encode()).hexdigest()


# --- Changing one's own password ---------------------------------------------------------------------


def test_changing_the_password_needs_the_current_one(app, make):
    user = make.user()
    db.session.commit()
    browser = _signed_in(app, user)
    refused = browser.post(
        "/settings/password", data={"current_password": "not my password", "password": "violet tugboat lantern"}
    )
    assert refused.status_code == 422
    assert "This is not your current password." in refused.get_data(as_text=True)
    db.session.refresh(user)
    assert user.check_password(factories.TEST_PASSWORD)
    missing = browser.post("/settings/password", data={"password": "violet tugboat lantern"})
    assert missing.status_code == 422
    db.session.refresh(user)
    assert user.check_password(factories.TEST_PASSWORD)


def test_changing_the_password_ends_the_other_sessions_and_keeps_this_one(app, make):
    user = make.user()
    db.session.commit()
    browser = _signed_in(app, user, remember=True)
    other = _signed_in(app, user, remember=True)
    other_remembered = _copy_of(app, other, "remember_token")
    response = browser.post(
        "/settings/password",
        data={"current_password": factories.TEST_PASSWORD, "password": "violet tugboat lantern"},
    )
    assert response.status_code == 303, response.get_data(as_text=True)[:500]
    assert browser.get("/settings").status_code == 200
    assert other.get("/settings").status_code == 302
    assert other_remembered.get("/settings").status_code == 302
    db.session.refresh(user)
    assert user.check_password("violet tugboat lantern")
    assert (
        app.test_client().post("/login", data={"email": user.email, "password": "violet tugboat lantern"}).status_code
        == 302
    )


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("short", "at least 10 characters"),
        ("password123", "common passwords"),
        ("qwertyuiop", "common passwords"),
        ("Tran Thi Mai 1990", "your name or your email"),
        ("mai.tran@tracker.test", "your email address"),
        ("aaaaaaaaaaaa", "too easy to guess"),
    ],
)
def test_weak_passwords_are_refused_with_the_reason(app, make, password, reason):
    user = make.user(name="Trần Thị Mai", email="mai.tran@tracker.test")
    db.session.commit()
    browser = _signed_in(app, user)
    response = browser.post(
        "/settings/password", data={"current_password": factories.TEST_PASSWORD, "password": password}
    )
    assert response.status_code == 422
    assert reason in response.get_data(as_text=True)
    db.session.refresh(user)
    assert user.check_password(factories.TEST_PASSWORD)


def test_a_signed_in_request_reads_its_user_and_session_in_one_statement(app, make):
    """Every page and API call with a cookie reads both: one round trip, not two."""
    import sqlalchemy as sa

    user = make.user()
    db.session.commit()
    browser = _signed_in(app, user)
    statements = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    sa.event.listen(db.engine, "before_cursor_execute", seen)
    try:
        assert browser.get("/settings").status_code == 200
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", seen)
    reading = [s for s in statements if "user_sessions" in s and s.lstrip().upper().startswith("SELECT")]
    assert len(reading) == 1 and "FROM users" in reading[0]
    others = [s for s in statements if s not in reading and s.lstrip().upper().startswith("SELECT")]
    assert not any("FROM users" in s for s in others)
