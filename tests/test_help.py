"""Every page opens with a skip link to its content; /help lists the keyboard shortcuts, translated."""

import re
from pathlib import Path

from tracker.home.shortcuts import SHORTCUTS
from tracker.users.models import Role


def test_the_skip_link_is_the_first_link_and_points_at_the_main_content(client, auth, make):
    auth.login(make.user(role=Role.STAFF))
    body = client.get("/").get_data(as_text=True)
    first_link = re.search(r"<a\b[^>]*>", body).group(0)
    assert 'class="skip-link"' in first_link and 'href="#main"' in first_link
    assert re.search(r'<main\b[^>]*\bid="main"', body)


def test_the_help_page_lists_every_shortcut_in_the_readers_language(client, auth, make):
    auth.login(make.user(role=Role.STAFF, locale="vi"))
    body = client.get("/help").get_data(as_text=True)
    assert "Phím tắt" in body and "Đến nhiệm vụ của tôi" in body
    for keys, _meaning in SHORTCUTS:
        assert "".join(f"<kbd>{key}</kbd>" for key in keys.split(" ")).replace("</kbd><kbd>", "</kbd> <kbd>") in body


def test_the_shortcuts_script_handles_every_listed_key(app):
    script = (Path(app.static_folder) / "js" / "shortcuts.js").read_text()
    for keys, _meaning in SHORTCUTS:
        for key in keys.split(" "):
            assert f'"{key}"' in script or f"{key}:" in script, key


def test_the_help_page_needs_a_signed_in_user(client):
    response = client.get("/help")
    assert response.status_code == 302 and "/login" in response.headers["Location"]
