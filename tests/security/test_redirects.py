"""Redirect targets taken from forms must stay on this site."""

import pytest

from tracker.extensions import db

OFF_SITE = ["/\\evil.example/", "/\t/evil.example/", "//evil.example/", "https://evil.example/", "/\\/evil.example"]


def _stays_on_site(location):
    # Browsers read a backslash as a slash and drop tabs and newlines: normalise as they do.
    normalised = location.replace("\\", "/").replace("\t", "").replace("\n", "").replace("\r", "")
    return normalised.startswith("/") and not normalised.startswith("//")


@pytest.mark.parametrize("target", OFF_SITE)
def test_calendar_token_reset_does_not_redirect_off_site(client, auth, make, target):
    user = make.user()
    db.session.commit()
    auth.login(user)
    response = client.post("/calendar/token", data={"next": target})
    assert response.status_code in (302, 303)
    assert _stays_on_site(response.headers["Location"]), response.headers["Location"]


def test_calendar_token_reset_keeps_a_local_next(client, auth, make):
    user = make.user()
    db.session.commit()
    auth.login(user)
    response = client.post("/calendar/token", data={"next": "/settings"})
    assert response.headers["Location"] == "/settings"


@pytest.mark.parametrize("target", OFF_SITE)
def test_sign_in_does_not_redirect_off_site(client, make, target):
    from tests import factories

    user = make.user()
    db.session.commit()
    response = client.post("/login", data={"email": user.email, "password": factories.TEST_PASSWORD, "next": target})
    assert response.status_code == 302
    assert _stays_on_site(response.headers["Location"]), response.headers["Location"]
