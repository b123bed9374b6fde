"""What every page shares: error pages, security headers, assets served by the app."""

import re
from pathlib import Path

from tracker.users.models import Role

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def test_404_page(client, auth, make):
    auth.login(make.user())
    response = client.get("/no/such/page")
    assert response.status_code == 404
    assert "Not found" in response.get_data(as_text=True)


def test_403_page_gives_the_reason(client, auth, make):
    auth.login(make.user(role=Role.OBSERVER))
    response = client.get("/admin/departments/")
    assert response.status_code == 403
    assert "Only administrators manage departments." in response.get_data(as_text=True)


def test_500_page_hides_the_error(session_app, make):
    session_app.config["PROPAGATE_EXCEPTIONS"] = False
    try:
        with session_app.test_request_context():
            from flask import make_response

            from tracker.core.errors import handle_unexpected_error

            response = make_response(handle_unexpected_error(RuntimeError("secret detail")))
            body, status = response.get_data(as_text=True), response.status_code
        assert status == 500
        assert "Something went wrong" in body and "secret detail" not in body
    finally:
        session_app.config["PROPAGATE_EXCEPTIONS"] = None


def test_security_headers(client):
    response = client.get("/login")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]


def test_stylesheet_is_served_by_the_app(client):
    page = client.get("/login").get_data(as_text=True)
    href = re.search(r'<link rel="stylesheet" href="([^"]+)"', page).group(1)
    response = client.get(href)
    assert response.status_code == 200
    assert "text/css" in response.headers["Content-Type"]


def test_no_template_loads_anything_from_another_site():
    offenders = []
    for template in TEMPLATES.rglob("*.html"):
        if "emails" in template.parts:
            continue
        text = template.read_text(encoding="utf-8")
        if re.search(r'(src|href)="(https?:)?//', text):
            offenders.append(str(template.relative_to(TEMPLATES)))
    assert offenders == []


def test_every_role_can_open_its_home_page(client, auth, make):
    for role in Role:
        client.post("/logout")
        auth.login(make.user(role=role))
        response = client.get("/")
        assert response.status_code == 200, role


def test_page_language_follows_the_user(client, auth, make):
    auth.login(make.user(locale="vi"))
    assert '<html lang="vi">' in client.get("/").get_data(as_text=True)


def test_unexpected_errors_are_logged_without_secrets_of_the_path(session_app, caplog):
    from tracker.core.errors import handle_unexpected_error

    with session_app.test_request_context("/calendar/s3cr3t-token-value/mine.ics"):
        try:
            raise RuntimeError("boom")
        except RuntimeError as error:
            handle_unexpected_error(error)
    assert "Unhandled error on GET /calendar/<token>/" in caplog.text
    assert "s3cr3t-token-value" not in caplog.text
