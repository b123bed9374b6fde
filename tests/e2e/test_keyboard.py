"""The keyboard in a real browser: the skip link comes first, and the shortcuts listed on /help work."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import sign_in
from tracker.users.models import Role

pytestmark = pytest.mark.e2e


def test_skip_link_then_shortcuts_move_between_pages(page, live):
    head = live.make.user(role=Role.HEAD)
    live.commit()
    sign_in(page, head.email)

    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()

    page.keyboard.press("g")
    page.keyboard.press("m")
    expect(page).to_have_url(re.compile(r"/meetings/$"))
    # The new page's shortcuts are bound by a deferred script: a key pressed before it ran is lost.
    page.wait_for_load_state("load")
    page.keyboard.press("n")
    expect(page).to_have_url(re.compile(r"/meetings/new"))

    page.goto(live.url("/"))
    page.keyboard.press("?")
    expect(page).to_have_url(re.compile(r"/help$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Keyboard shortcuts")

    page.goto(live.url("/tasks/department"))
    page.keyboard.press("/")
    expect(page.locator("input[name=q]").first).to_be_focused()
    page.keyboard.type("gm")  # typed into the search box: no navigation
    expect(page).to_have_url(re.compile(r"/tasks/department"))
