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


def test_throttled_per_account_after_repeated_failures(app, client, make):
    user = make.user()
    for _ in range(5):
        assert sign_in(client, user.email, "wrong password").status_code == 401
    response = sign_in(client, user.email, make.TEST_PASSWORD)
    assert response.status_code == 429
    # Another account from the same address is not blocked by this account's failures.
    other = make.user()
    assert sign_in(client, other.email, make.TEST_PASSWORD).status_code == 302


def test_throttled_per_address_across_accounts(app, make):
    client = app.test_client()
    users = [make.user() for _ in range(5)]
    for attempt in range(20):
        user = users[attempt % len(users)]
        response = client.post(
            "/login", data={"email": user.email, "password": "nope"}, environ_base={"REMOTE_ADDR": "10.0.0.9"}
        )
        assert response.status_code == 401, attempt
    response = client.post(
        "/login",
        data={"email": users[0].email, "password": make.TEST_PASSWORD},
        environ_base={"REMOTE_ADDR": "10.0.0.9"},
    )
    assert response.status_code == 429
    other_address = client.post(
        "/login",
        data={"email": users[1].email, "password": make.TEST_PASSWORD},
        environ_base={"REMOTE_ADDR": "10.0.0.10"},
    )
    assert other_address.status_code == 302


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
        for _ in range(5):
            assert sign_in(node.test_client(), user.email, "wrong password").status_code == 401
        keys = redis.Redis.from_url(redis_url).keys("*login-account*")
        assert keys, "the failures were counted in Redis"
        assert sign_in(node.test_client(), user.email, make.TEST_PASSWORD).status_code == 429
    finally:
        redis.Redis.from_url(redis_url).flushdb()
        # The limiter keeps one storage, that of the app it was bound to last: bind it back to memory.
        make_test_app(database_url, tmp_path_factory)
        assert "memory" in type(limiter.storage).__name__.lower()
