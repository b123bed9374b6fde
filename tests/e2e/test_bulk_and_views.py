"""A head acts on several tasks of a meeting at once, then keeps the filtered list as a saved view.

On the meeting's page the head of the host department ticks four tasks the department issued and assigns
them to one of their staff in one go, typing part of the name in "Assign to" and taking the suggestion
(only their own department's people are suggested): the three their department leads are assigned, the
one another department leads is refused with the reason. The head then saves the filtered list as a view, shared
with the department, and opens it again from the navigation.
"""

import re

import pytest
import sqlalchemy as sa
from playwright.sync_api import expect

from tests.e2e.conftest import sign_in
from tracker.extensions import db
from tracker.tasks.models import Task
from tracker.users.models import Role

pytestmark = pytest.mark.e2e

OURS = ["Map the flood-prone communes", "Repair the Dam Ha dyke", "Stock sandbags in every commune"]
THEIRS = "Install river-level sensors"


def test_a_head_assigns_a_meetings_tasks_in_one_go_and_saves_the_list_as_a_view(page, live, shot):
    make = live.make
    agriculture = make.department(name="Department of Agriculture and Environment", code="SNNMT")
    science = make.department(name="Department of Science and Technology", code="SKHCN")
    head = make.user(role=Role.HEAD, department=agriculture, name="Nguyen Thi Hoa")
    staff = make.user(role=Role.STAFF, department=agriculture, name="Tran Van Nam")
    make.user(role=Role.HEAD, department=science, name="Le Minh Duc")
    make.user(role=Role.STAFF, department=science, name="Pham Van Nam")  # not the head's to assign
    meeting = make.meeting(host=agriculture, title="Flood season preparation")
    other_meeting = make.meeting(host=agriculture, title="Budget review")
    for title in OURS:
        make.task(lead=agriculture, issuer=head, meeting=meeting, title=title)
    make.task(lead=science, issuer=head, meeting=meeting, title=THEIRS)
    make.task(lead=agriculture, issuer=head, meeting=other_meeting, title="Audit the 2025 budget")
    live.commit()
    meeting_id, staff_id = meeting.id, staff.id

    sign_in(page, head.email)
    page.goto(f"/meetings/{meeting_id}")
    rows = page.locator("li.task-row")
    expect(rows).to_have_count(4)
    for title in [*OURS, THEIRS]:
        page.get_by_label(f"Select: {title}").check()
    page.get_by_text("Act on several tasks").click()
    assignee = page.locator("#bulk-assignee")
    expect(page.locator("#bulk-people option")).to_have_count(0)  # no one is written into the page
    assignee.press_sequentially("van nam")
    suggestions = page.locator("#bulk-people option")
    expect(suggestions).to_have_count(1)
    picked = f"Tran Van Nam (SNNMT) #{staff_id}"
    expect(suggestions).to_have_attribute("value", picked)
    # Headless Chromium draws no datalist popup to click: taking the suggestion puts its value in the field.
    assignee.fill(suggestions.get_attribute("value"))
    shot(page, "bulk-assignee-picked")
    page.get_by_role("button", name="Assign", exact=True).click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Several tasks at once")
    expect(page.locator("#bulk-summary")).to_have_text("3 tasks done · 1 task refused")
    refused = page.locator("#bulk-refused li")
    expect(refused).to_have_count(1)
    expect(refused).to_contain_text(THEIRS)
    expect(refused).to_contain_text("Only the head of the lead department assigns this task.")
    expect(page.locator("#bulk-done li")).to_have_count(3)
    shot(page, "bulk-assign-result")
    with live.app.app_context():
        assignees = dict(db.session.execute(sa.select(Task.title, Task.assignee_id)).all())
    assert all(assignees[title] == staff_id for title in OURS)
    assert assignees[THEIRS] is None

    # Back on the meeting, then its tasks in the department's list, filtered and saved as a view.
    page.get_by_role("link", name="Back to the list").click()
    expect(page).to_have_url(re.compile(rf"/meetings/{meeting_id}"))
    page.get_by_role("link", name="These tasks in the task list").click()
    expect(page).to_have_url(re.compile(rf"/tasks/department\?meeting_id={meeting_id}"))
    expect(page.locator("tr.task-row")).to_have_count(3)  # those the department leads
    page.locator("#views-menu summary").click()
    page.get_by_label("Save these filters as").fill("Flood season tasks")
    page.get_by_label("Share with my department").check()
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_role("status").first).to_contain_text("Flood season tasks")

    # Elsewhere, then back through the navigation.
    page.goto("/meetings/")
    page.get_by_role("link", name="Views", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Saved views")
    page.get_by_role("link", name="Flood season tasks").click()
    expect(page).to_have_url(re.compile(rf"/tasks/department\?.*meeting_id={meeting_id}"))
    expect(page.locator("tr.task-row")).to_have_count(3)
    for title in OURS:
        expect(page.get_by_role("link", name=title)).to_be_visible()
    expect(page.get_by_role("link", name="Audit the 2025 budget")).to_have_count(0)
    shot(page, "saved-view-opened")


def test_on_a_phone_the_filters_fold_behind_one_button_and_cards_name_their_fields(browser, live, base_url, shot):
    make = live.make
    agriculture = make.department(name="Department of Agriculture and Environment", code="SNNMT")
    head = make.user(role=Role.HEAD, department=agriculture, name="Nguyen Thi Hoa")
    make.task(lead=agriculture, issuer=head, title="Repair the Dam Ha dyke")
    live.commit()
    context = browser.new_context(base_url=base_url, viewport={"width": 390, "height": 844}, locale="en-US")
    page = context.new_page()
    try:
        sign_in(page, head.email)
        page.goto("/tasks/department")
        search = page.locator("#filter-q")
        expect(search).to_be_hidden()
        page.locator("details.filters-fold > summary").click()
        expect(search).to_be_visible()
        lead_cell = page.locator("tr.task-row td[data-label='Lead']")
        label = lead_cell.evaluate("cell => getComputedStyle(cell, '::before').content")
        assert label == '"Lead: "'
        shot(page, "phone-department-tasks")
    finally:
        context.close()

    # On a wide screen the same filters are shown without the button.
    wide = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 800}, locale="en-US")
    page = wide.new_page()
    try:
        sign_in(page, head.email)
        page.goto("/tasks/department")
        expect(page.locator("#filter-q")).to_be_visible()
        expect(page.locator("details.filters-fold > summary")).to_be_hidden()
    finally:
        wide.close()
