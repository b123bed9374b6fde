"""Signed-in responses (pages, exports, the API, errors) are ``Cache-Control: no-store``: neither the
browser nor a proxy keeps what a user saw (the back button after signing out on a shared computer)."""

import pytest

from tracker.extensions import db

SIGNED_IN_PATHS = [
    "/",
    "/tasks/department",
    "/settings",
    "/reports/",
    "/exports/tasks.csv",
    "/exports/tasks.xlsx",
    "/exports/report.csv",
    "/tasks/987654",  # an error page is no less private
]


@pytest.fixture
def head(make):
    user = make.user(role="head")
    make.task(lead=user.department, title="Plant 5 000 hectares")
    db.session.commit()
    return user


@pytest.mark.parametrize("path", SIGNED_IN_PATHS)
def test_signed_in_pages_and_exports_are_not_stored(client, auth, head, path):
    auth.login(head)
    response = client.get(path)
    assert response.status_code in (200, 404), response.status_code
    assert response.headers["Cache-Control"] == "no-store"
    assert "Expires" not in response.headers


def test_api_answers_to_a_token_are_not_stored(client, head):
    from tracker.users.operations import issue_api_token

    token = issue_api_token(head)
    db.session.commit()
    for path in ("/api/v1/users/me", "/api/v1/tasks", "/api/v1/tasks/987654"):
        response = client.get(path, headers={"Authorization": f"Bearer {token}"})
        assert response.status_code in (200, 404)
        assert response.headers["Cache-Control"] == "no-store", path


def test_static_files_and_anonymous_pages_keep_their_caching(app, client, auth, head):
    anonymous = app.test_client()
    assert "no-store" not in anonymous.get("/login").headers.get("Cache-Control", "")
    auth.login(head)
    response = client.get("/static/css/app.css")
    assert response.status_code == 200
    assert "no-store" not in response.headers.get("Cache-Control", "")
    response.close()
