"""Who gets in, how refusals read, and the OpenAPI document covering every route."""

import re

import pytest
from openapi_spec_validator import validate

from tests.api.conftest import assert_error
from tracker.core.db import utcnow
from tracker.departments.models import Department
from tracker.extensions import db
from tracker.users.models import ApiToken


def test_no_token_is_a_json_401_not_a_redirect(api):
    response = api.anonymous().get("/users/me")
    body = assert_error(response, 401, "unauthorized")
    assert "Bearer" in body["message"]
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert "Location" not in response.headers


@pytest.mark.parametrize("header", ["Bearer trk_not-a-real-token", "Basic dXNlcjpwYXNz", "Bearer ", "trk_x"])
def test_unknown_or_malformed_tokens_are_refused(api, header):
    assert_error(api.anonymous({"Authorization": header}).get("/users/me"), 401, "unauthorized")


def test_revoked_token_and_deactivated_user_are_refused(api, make):
    user = make.user(role="staff")
    token = api.token(user)
    caller = api.anonymous({"Authorization": f"Bearer {token}"})
    assert caller.get("/users/me").status_code == 200

    api_token = db.session.scalar(db.select(ApiToken).where(ApiToken.user_id == user.id))
    api_token.revoked_at = utcnow()
    db.session.commit()
    assert_error(caller.get("/users/me"), 401)

    other = make.user(role="admin")
    other_caller = api.as_user(other)
    assert other_caller.get("/users/me").status_code == 200
    other.is_active = False
    db.session.commit()
    assert_error(other_caller.get("/users/me"), 401)
    assert_error(other_caller.post("/departments", json={"name": "A", "code": "A", "kind": "department"}), 401)


def test_malformed_json_and_non_objects_are_400(api, make):
    admin = api.as_user(make.user(role="admin"))
    for data in ("{not json", "[1, 2]", '"text"', "", "\xff\xfe", '{"name": ' + "[" * 100_000):
        response = admin.post("/departments", data=data, content_type="application/json")
        assert_error(response, 400, "bad_request")


def test_ten_megabyte_title_is_refused_cleanly(api, make):
    admin = api.as_user(make.user(role="admin"))
    huge = admin.post("/departments", json={"name": "x" * (10 * 1024 * 1024), "code": "BIG", "kind": "department"})
    assert_error(huge, 413, "too_large")
    long = admin.post("/departments", json={"name": "x" * 201, "code": "BIG", "kind": "department"})
    assert assert_error(long, 422)["fields"]["name"] == "At most 200 characters."
    nul = admin.post("/departments", json={"name": "Nul\x00byte", "code": "BIG", "kind": "department"})
    assert assert_error(nul, 422)["fields"]["name"] == "Contains a NUL character."
    assert db.session.scalar(db.select(Department).where(Department.code == "BIG")) is None


def test_rate_limit_answers_429_in_json(app, api, make):
    caller = api.as_user(make.user())
    app.config["TRACKER_API_RATE_LIMIT"] = "3 per minute"
    try:
        statuses = [caller.get("/users/me").status_code for _ in range(4)]
        assert statuses == [200, 200, 200, 429]
        assert_error(caller.get("/users/me"), 429, "too_many_requests")
    finally:
        app.config.pop("TRACKER_API_RATE_LIMIT")


def test_session_cookie_writes_need_the_csrf_header(app, client, auth, api, make):
    admin = make.user(role="admin")
    db.session.commit()
    auth.login(admin)
    app.config["WTF_CSRF_ENABLED"] = True
    payload = {"name": "Cookie department", "code": "COOKIE", "kind": "department"}

    # Reading with the cookie is fine; writing without the token is refused and writes nothing.
    assert client.get("/api/v1/users/me").status_code == 200
    refused = client.post("/api/v1/departments", json=payload)
    assert_error(refused, 400, "bad_request")
    assert "CSRF" in refused.get_json()["message"]
    assert db.session.scalar(db.select(Department).where(Department.code == "COOKIE")) is None

    accepted = client.post(
        "/api/v1/departments",
        json=payload,
        headers={"X-CSRFToken": client.get("/api/v1/csrf-token").get_json()["csrf_token"]},
    )
    assert accepted.status_code == 201

    # A bearer token is not sent by a browser on its own: no CSRF token needed.
    response = app.test_client().post(
        "/api/v1/departments", json={**payload, "code": "TOKEN"}, headers=api.headers(admin)
    )
    assert response.status_code == 201, response.get_json()


def test_openapi_document_covers_every_route(app, client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    document = response.get_json()
    validate(document)
    assert document["openapi"].startswith("3.")
    assert document["components"]["securitySchemes"]["bearerAuth"] == {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "opaque token",
    }
    described = {(path, method.upper()) for path, operations in document["paths"].items() for method in operations}
    routes = set()
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/api/v1"):
            continue
        path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule[len("/api/v1") :])
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            routes.add((path, method))
    assert routes, "no API routes registered"
    assert routes <= described, f"routes missing from the document: {sorted(routes - described)}"
    assert described <= routes, f"documented but not served: {sorted(described - routes)}"
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            assert operation["summary"], (path, method)
            assert any(status.startswith("2") for status in operation["responses"]), (path, method)
            if operation.get("security") != []:
                assert "401" in operation["responses"], (path, method)
