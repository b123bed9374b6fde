"""In a real browser: the header's search box finds a meeting by a phrase of its minutes, typed
without diacritics, and the result opens the meeting; another department's staff find nothing."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import sign_in, sign_out
from tracker.users.models import Role

pytestmark = pytest.mark.e2e


def test_a_meeting_is_found_from_the_header_by_a_phrase_of_its_minutes(page, live, shot):
    make = live.make
    agriculture = make.department(name="Department of Agriculture", code="NN")
    transport = make.department(name="Department of Transport", code="GT")
    head = make.user(role=Role.HEAD, department=agriculture, name="Nguyen Thi Hoa")
    outsider = make.user(role=Role.STAFF, department=transport, name="Le Van Binh")
    meeting = make.meeting(
        host=agriculture,
        title="Giao ban nông nghiệp tháng 10",
        minutes="Các sở khẩn trương rà soát diện tích rừng phòng hộ ven biển trước mùa mưa bão.",
    )
    make.meeting(host=agriculture, title="Giao ban tháng 11", minutes="Tổng kết vụ lúa đông xuân.")
    live.commit()
    meeting_id, emails = meeting.id, {"head": head.email, "outsider": outsider.email}

    sign_in(page, emails["head"])
    box = page.get_by_role("search").get_by_label("Search tasks, meetings and directives")
    box.fill("rung phong ho ven bien")
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/search/\?q=rung\+phong\+ho\+ven\+bien"))
    hits = page.locator("li.search-hit")
    expect(hits).to_have_count(1)
    expect(hits.locator("mark")).to_have_text("rừng phòng hộ ven biển")
    shot(page, "search-everywhere")
    hits.get_by_role("link", name="Giao ban nông nghiệp tháng 10").click()
    expect(page).to_have_url(re.compile(rf"/meetings/{meeting_id}$"))
    sign_out(page)

    sign_in(page, emails["outsider"])
    box = page.get_by_role("search").get_by_label("Search tasks, meetings and directives")
    box.fill("rung phong ho")
    box.press("Enter")
    expect(page.locator("li.search-hit")).to_have_count(0)
    expect(page.get_by_text("Nothing found")).to_be_visible()
