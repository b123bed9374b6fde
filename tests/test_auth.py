"""Sign-in, sign-out, throttling, redirects, CSRF, cookies, API tokens."""

import re

import pytest

from tracker.extensions import db
from tracker.users.models import Role


def sign_in(client, email, password, **extra):
    return client.post("/login", data={"email": email, "password": password, **extra})


def test_sign_in_and_out(client, make):
    user = make.user()
    response = sign_in(client, user.email, make.TEST_PASSWORD)
    assert response.status_code == 302
    assert response.headers["Location"] == "/"
    assert client.get("/").status_code == 200
    db.session.refresh(user)
    assert user.last_login_at is not None

    response = client.post("/logout")
    assert response.status_code == 302
    assert client.get("/").status_code == 302


def test_email_is_case_insensitive(client, make):
    user = make.user(email="mixed@tracker.test")
    assert sign_in(client, "  MIXED@Tracker.TEST ", make.TEST_PASSWORD).status_code == 302
    assert user.email == "mixed@tracker.test"


def test_wrong_password_is_refused_and_keeps_the_email(client, make):
    user = make.user()
    response = sign_in(client, user.email, "wrong password")
    assert response.status_code == 401
    body = response.get_data(as_text=True)
    assert "Wrong email or password." in body
    assert f'value="{user.email}"' in body
    assert "wrong password" not in body
    assert client.get("/").status_code == 302


def test_unknown_email_gets_the_same_answer(client):
    response = sign_in(client, "nobody@tracker.test", "whatever password")
    assert response.status_code == 401
    assert "Wrong email or password." in response.get_data(as_text=True)


def test_inactive_user_is_refused(client, make):
    user = make.user(is_active=False)
    response = sign_in(client, user.email, make.TEST_PASSWORD)
    assert response.status_code == 401
    assert "deactivated" in response.get_data(as_text=True)
    assert client.get("/").status_code == 302


def test_deactivation_ends_an_open_session(client, auth, make):
    user = make.user()
    auth.login(user)
    assert client.get("/").status_code == 200
    user.is_active = False
    db.session.commit()
    assert client.get("/").status_code == 302


def sign_in_from(client, address, email, password):
    return client.post("/login", data={"email": email, "password": password}, environ_base={"REMOTE_ADDR": address})


def test_failures_slow_down_then_refuse_the_address_for_that_account(app, make):
    """Default TRACKER_LOGIN_LIMIT_PAIR: 3 failures a minute, 10 an hour, per (address, account)."""
    import time_machine

    user = make.user()
    client = app.test_client()
    with time_machine.travel("2026-03-02 08:00:00+00:00", tick=False) as clock:
        for _ in range(3):
            assert sign_in_from(client, "10.0.0.66", user.email, "wrong password").status_code == 401
        slowed = sign_in_from(client, "10.0.0.66", user.email, make.TEST_PASSWORD)
        assert slowed.status_code == 429
        assert 0 < int(slowed.headers["Retry-After"]) <= 61
        # A minute later the address may try again, at that pace, up to ten failures in the hour.
        for minute in range(1, 4):
            clock.shift(61)
            for _ in range(3 if minute < 3 else 1):
                assert sign_in_from(client, "10.0.0.66", user.email, "wrong password").status_code == 401
        clock.shift(61)
        assert sign_in_from(client, "10.0.0.66", user.email, make.TEST_PASSWORD).status_code == 429
        # Then the address is refused for that account until the hour has passed...
        clock.shift(20 * 60)
        assert sign_in_from(client, "10.0.0.66", user.email, make.TEST_PASSWORD).status_code == 429
        # ...while the account itself is not locked: its owner signs in from their own address.
        assert sign_in_from(app.test_client(), "10.0.0.7", user.email, make.TEST_PASSWORD).status_code == 302
        # And the throttled address is not stopped for another account (a shared office address).
        other = make.user()
        assert sign_in_from(app.test_client(), "10.0.0.66", other.email, make.TEST_PASSWORD).status_code == 302
        clock.shift(45 * 60)
        assert sign_in_from(app.test_client(), "10.0.0.66", user.email, make.TEST_PASSWORD).status_code == 302


def test_the_real_user_signs_in_while_another_address_hammers_the_account(app, make):
    user = make.user()
    attacker = app.test_client()
    codes = [sign_in_from(attacker, "203.0.113.9", user.email, f"guess {n}").status_code for n in range(60)]
    assert codes[:3] == [401, 401, 401]
    assert set(codes[3:]) == {429}
    # Even the right password is refused from the attacking address...
    assert sign_in_from(attacker, "203.0.113.9", user.email, make.TEST_PASSWORD).status_code == 429
    # ...but the real user, from their own address, gets in, a typo first included.
    owner = app.test_client()
    assert sign_in_from(owner, "198.51.100.20", user.email, "correct horse batery").status_code == 401
    assert sign_in_from(owner, "198.51.100.20", user.email, make.TEST_PASSWORD).status_code == 302
    assert owner.get("/", environ_base={"REMOTE_ADDR": "198.51.100.20"}).status_code == 200


def test_throttled_per_address_across_accounts(app, make):
    """Default TRACKER_LOGIN_LIMIT_ADDRESS: 10 failures a minute, 30 an hour, from one address."""
    client = app.test_client()
    users = [make.user() for _ in range(5)]
    for attempt in range(10):
        user = users[attempt % len(users)]
        response = sign_in_from(client, "10.0.0.9", user.email, "nope")
        assert response.status_code == 401, attempt
    assert sign_in_from(client, "10.0.0.9", users[0].email, make.TEST_PASSWORD).status_code == 429
    other_address = sign_in_from(client, "10.0.0.10", users[1].email, make.TEST_PASSWORD)
    assert other_address.status_code == 302


def test_an_ipv6_caller_is_throttled_by_its_64(app, make):
    """Changing the last 64 bits of an IPv6 address is free: a /64 counts as one address."""
    user = make.user()
    client = app.test_client()
    for n in range(3):
        assert sign_in_from(client, f"2001:db8:1:2::{n + 1}", user.email, "wrong").status_code == 401
    assert sign_in_from(client, "2001:db8:1:2::ffff", user.email, make.TEST_PASSWORD).status_code == 429
    assert sign_in_from(client, "2001:db8:1:3::1", user.email, make.TEST_PASSWORD).status_code == 302


def test_successful_sign_ins_do_not_count_towards_the_throttle(app, make):
    user = make.user()
    for _ in range(8):
        client = app.test_client()
        assert sign_in(client, user.email, make.TEST_PASSWORD).status_code == 302


@pytest.mark.parametrize(
    "target",
    [
        "https://evil.example/",
        "//evil.example/",
        "///evil.example/",
        "/\\evil.example",
        "\\\\evil.example",
        "javascript:alert(1)",
        "http:/evil.example",
        "evil.example",
    ],
)
def test_next_cannot_leave_the_site(client, make, target):
    user = make.user()
    response = sign_in(client, user.email, make.TEST_PASSWORD, next=target)
    assert response.status_code == 302
    assert response.headers["Location"] == "/"


def test_next_within_the_site_is_followed(client, make):
    user = make.user(role=Role.ADMIN)
    response = client.get("/admin/users/?q=x")
    assert response.status_code == 302
    login_page = client.get(response.headers["Location"])
    assert 'name="next"' in login_page.get_data(as_text=True)
    response = sign_in(client, user.email, make.TEST_PASSWORD, next="/admin/users/?q=x")
    assert response.headers["Location"] == "/admin/users/?q=x"


def csrf_token_of(page):
    return re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page.get_data(as_text=True)).group(1)


def test_sign_in_without_csrf_token_is_refused(app, client, make):
    app.config["WTF_CSRF_ENABLED"] = True
    user = make.user()
    response = sign_in(client, user.email, make.TEST_PASSWORD)
    assert response.status_code == 400
    assert client.get("/").status_code == 302
    token = csrf_token_of(client.get("/login"))
    assert sign_in(client, user.email, make.TEST_PASSWORD, csrf_token=token).status_code == 302


def test_sign_out_and_admin_forms_need_csrf(app, client, make):
    app.config["WTF_CSRF_ENABLED"] = True
    admin = make.user(role=Role.ADMIN)
    token = csrf_token_of(client.get("/login"))
    sign_in(client, admin.email, make.TEST_PASSWORD, csrf_token=token)
    response = client.post("/admin/departments/new", data={"name": "Forged", "code": "FORGED", "kind": "department"})
    assert response.status_code == 400
    assert client.post("/logout").status_code == 400
    assert client.get("/").status_code == 200


def test_session_cookie_is_httponly_and_samesite(client, make):
    user = make.user()
    response = sign_in(client, user.email, make.TEST_PASSWORD)
    cookie = next(value for value in response.headers.getlist("Set-Cookie") if value.startswith("session="))
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie


def test_passwords_are_hashed_with_a_strong_algorithm(app, make):
    user = make.user()
    user.set_password("a long enough password")
    assert user.password_hash.startswith("scrypt:")
    assert "a long enough password" not in user.password_hash
    assert user.check_password("a long enough password")
    assert not user.check_password("a long enough passworD")


def test_bearer_token_authenticates_and_revoked_or_inactive_does_not(app, make):
    from tracker.core.db import utcnow
    from tracker.users.models import ApiToken
    from tracker.users.operations import issue_api_token

    user = make.user()
    token = issue_api_token(user)
    db.session.commit()
    stored = db.session.scalar(db.select(ApiToken))
    assert token not in stored.token_hash

    client = app.test_client()
    assert client.get("/", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    db.session.refresh(stored)
    assert stored.last_used_at is not None
    assert client.get("/", headers={"Authorization": "Bearer trk_wrong"}).status_code == 302
    stored.revoked_at = utcnow()
    db.session.commit()
    assert client.get("/", headers={"Authorization": f"Bearer {token}"}).status_code == 302
    stored.revoked_at = None
    user.is_active = False
    db.session.commit()
    assert client.get("/", headers={"Authorization": f"Bearer {token}"}).status_code == 302


def test_throttle_counts_in_redis_when_redis_is_configured(redis_url, database_url, tmp_path_factory, make):
    """Several web nodes share the count when the limits are kept in Redis."""
    import redis

    from tests.conftest import make_test_app
    from tracker.extensions import limiter

    redis.Redis.from_url(redis_url).flushdb()
    node = make_test_app(database_url, tmp_path_factory, RATELIMIT_STORAGE_URI=redis_url)
    try:
        user = make.user()
        db.session.commit()
        for _ in range(3):
            assert sign_in(node.test_client(), user.email, "wrong password").status_code == 401
        keys = redis.Redis.from_url(redis_url).keys("*login-pair*")
        assert keys, "the failures were counted in Redis"
        assert sign_in(node.test_client(), user.email, make.TEST_PASSWORD).status_code == 429
    finally:
        redis.Redis.from_url(redis_url).flushdb()
        # The limiter keeps one storage, that of the app it was bound to last: bind it back to memory.
        make_test_app(database_url, tmp_path_factory)
        assert "memory" in type(limiter.storage).__name__.lower()


def test_a_throttled_sign_in_says_why_and_keeps_the_email(app, make):
    user = make.user()
    client = app.test_client()
    for _ in range(3):
        sign_in_from(client, "10.0.0.66", user.email, "wrong password")
    response = sign_in_from(client, "10.0.0.66", user.email, "wrong password")
    assert response.status_code == 429
    assert response.headers["Retry-After"]
    body = response.get_data(as_text=True)
    assert "Too many failed sign-ins from your address. Try again in 1 minute" in body
    assert f'value="{user.email}"' in body
    assert 'href="/password/forgot"' in body
