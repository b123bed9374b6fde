"""Behind a reverse proxy, the sign-in limit counts each client, not the proxy's one address."""

import pytest


@pytest.fixture(autouse=True)
def low_limit(app):
    """A low address limit keeps the test short (every refused sign-in hashes a password)."""
    saved = app.config["TRACKER_LOGIN_LIMIT_ADDRESS"]
    app.config["TRACKER_LOGIN_LIMIT_ADDRESS"] = "3 per 15 minutes"
    yield
    app.config["TRACKER_LOGIN_LIMIT_ADDRESS"] = saved


@pytest.fixture
def behind_proxy(app):
    app.config["TRACKER_PROXY_HOPS"] = 1
    yield
    app.config["TRACKER_PROXY_HOPS"] = 0


def _failed_sign_ins(client, count, forwarded_for):
    codes = []
    for n in range(count):
        headers = {"X-Forwarded-For": forwarded_for(n)}
        data = {"email": f"nobody{n}@tracker.test", "password": "wrong password"}
        codes.append(
            client.post("/login", data=data, headers=headers, environ_base={"REMOTE_ADDR": "10.0.0.1"}).status_code
        )
    return codes


def test_one_client_behind_the_proxy_cannot_lock_everybody_out(client, behind_proxy):
    codes = _failed_sign_ins(client, 4, lambda n: "203.0.113.7")
    assert codes[-1] == 429
    # Another person, behind the same proxy, still signs in (is refused for a wrong password, not throttled).
    other = client.post(
        "/login",
        data={"email": "someone@tracker.test", "password": "x"},
        headers={"X-Forwarded-For": "198.51.100.9"},
        environ_base={"REMOTE_ADDR": "10.0.0.1"},
    )
    assert other.status_code == 401


def test_forwarded_for_is_ignored_without_a_trusted_proxy(client):
    codes = _failed_sign_ins(client, 4, lambda n: f"192.0.2.{n}")
    assert codes[-1] == 429
