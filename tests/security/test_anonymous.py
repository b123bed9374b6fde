"""Without signing in, nothing but the sign-in page, static files, the API description and the feeds."""

import re

PUBLIC = {
    "/login",
    "/static/<path:filename>",
    "/api/v1/openapi.json",
    "/calendar/<token>/<any(mine, department):scope>.ics",
    # The way back in: "Forgot password?" and the emailed links (refused without a valid link, below).
    "/password/forgot",
    "/password/link/<token>",
    "/password/set",
}


def test_every_route_needs_a_signed_in_user(app, client):
    checked = 0
    for rule in app.url_map.iter_rules():
        if rule.rule in PUBLIC:
            continue
        path = re.sub(r"<any\(([^,)]+)[^>]*>", r"\1", rule.rule)  # a choice of words: the first one
        path = re.sub(r"<(?:[^:>]+:)?[^>]+>", "1", path)
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            response = client.open(path, method=method)
            expected = 401 if path.startswith("/api/") else 302
            assert response.status_code == expected, (method, path, response.status_code)
            if expected == 302:
                assert "/login" in response.headers["Location"]
            checked += 1
    assert checked > 50


def test_the_password_pages_give_nothing_without_a_valid_link(client):
    for method in ("GET", "POST"):
        answer = client.open("/password/set", method=method, data={"password": "violet tugboat lantern"})
        assert answer.status_code == 410
        assert client.open("/password/link/forged-token", method=method).status_code == 410
