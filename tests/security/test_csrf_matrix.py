"""Every state-changing route refuses a cookie-authenticated request without the CSRF token."""

import re

import pytest

from tests import factories
from tracker.extensions import db
from tracker.users.models import Role

UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


def _unsafe_routes(app):
    routes = []
    for rule in app.url_map.iter_rules():
        for method in sorted((rule.methods or set()) & UNSAFE):
            path = re.sub(r"<(?:[^:>]+:)?[^>]+>", "1", rule.rule)
            routes.append((method, path))
    return routes


@pytest.fixture
def signed_in_with_csrf(app, client, make):
    admin = make.user(role=Role.ADMIN)
    db.session.commit()
    client.post("/login", data={"email": admin.email, "password": factories.TEST_PASSWORD})
    app.config["WTF_CSRF_ENABLED"] = True
    yield client
    app.config["WTF_CSRF_ENABLED"] = False


def test_every_unsafe_route_needs_the_csrf_token(app, signed_in_with_csrf):
    routes = _unsafe_routes(app)
    assert len(routes) > 30
    accepted = []
    for method, path in routes:
        response = signed_in_with_csrf.open(path, method=method, data={"title": "x"})
        if response.status_code != 400 or "CSRF" not in response.get_data(as_text=True):
            accepted.append((method, path, response.status_code))
    assert not accepted


def test_get_never_reaches_a_state_changing_view(app, signed_in_with_csrf):
    readable = {rule.rule for rule in app.url_map.iter_rules() if rule.methods and "GET" in rule.methods}
    changing_only = [rule.rule for rule in app.url_map.iter_rules() if rule.rule not in readable]
    assert changing_only
    for rule in changing_only:
        path = re.sub(r"<(?:[^:>]+:)?[^>]+>", "1", rule)
        assert signed_in_with_csrf.get(path).status_code == 405, path
