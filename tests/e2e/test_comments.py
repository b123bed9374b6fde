"""Discussion in a real browser: mention someone by typing "@" and a few letters, then edit the comment.

The autocomplete asks the server for the people who may see the task; an outsider is never offered.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import sign_in
from tracker.comments.models import Comment
from tracker.extensions import db
from tracker.tasks import operations
from tracker.users.models import Role

pytestmark = pytest.mark.e2e


def test_staff_mention_the_head_from_the_list_offered_as_they_type(page, live, shot):
    make = live.make
    office = make.department(name="Provincial Office", code="VP")
    agriculture = make.department(name="Department of Agriculture", code="NN")
    transport = make.department(name="Department of Transport", code="GT")
    leader = make.user(role=Role.LEADER, department=office, name="Cao Tuong Huy")
    head = make.user(role=Role.HEAD, department=agriculture, name="Nguyen Thi Hoa")
    staff = make.user(role=Role.STAFF, department=agriculture, name="Tran Van Nam")
    make.user(role=Role.HEAD, department=transport, name="Nguyen Van Hoang")  # may not see the task
    live.commit()
    task = operations.create_task(leader, title="Plant 5 000 hectares of forest", lead_department_id=agriculture.id)
    live.commit()
    task_id, head_id, head_email, staff_email = task.id, head.id, head.email, staff.email

    sign_in(page, staff_email)
    page.goto(f"/tasks/{task_id}")
    box = page.locator("#comment-body")
    box.click()
    box.press_sequentially("Please check the map, @Ngu")
    suggestions = page.locator("#mention-suggestions")
    expect(suggestions).to_be_visible()
    expect(suggestions.get_by_role("option")).to_have_count(1)
    expect(suggestions.get_by_role("option")).to_have_text(re.compile("Nguyen Thi Hoa"))
    shot(page, "comment-mention-suggestions")
    box.press("Enter")
    expect(suggestions).to_be_hidden()
    expect(box).to_have_value("Please check the map, @Nguyen Thi Hoa ")
    expect(page.locator(f'#comment-mentions option[value="{head_id}"]')).to_have_js_property("selected", True)
    box.press_sequentially("before Friday.")
    page.get_by_role("button", name="Post comment").click()

    entry = page.locator("li.kind-comment")
    expect(entry).to_contain_text("Please check the map, @Nguyen Thi Hoa before Friday.")
    expect(entry.locator(".mention")).to_have_text("@Nguyen Thi Hoa")

    entry.get_by_text("Edit", exact=True).click()
    editor = entry.locator("textarea[name=body]")
    editor.fill("Please check the map before Thursday.")
    entry.get_by_role("button", name="Save comment").click()
    entry = page.locator("li.kind-comment")
    expect(entry).to_contain_text("(edited)")
    expect(entry.locator(".comment-body").first).to_have_text("Please check the map before Thursday.")
    shot(page, "comment-edited")
    with live.app.app_context():
        comment = db.session.scalars(db.select(Comment)).one()
        assert [mention.user_id for mention in comment.mentions] == [head_id]

    # The head hears of the mention in Tracker (the bell) and opens the task from it.
    page.get_by_role("button", name="Sign out").click()
    sign_in(page, head_email)
    expect(page.locator("#bell-count")).to_be_visible()  # the new task and the mention
    page.locator("#bell").click()
    notice = page.get_by_role("listitem").filter(has_text="Tran Van Nam mentioned you in a comment.")
    notice.get_by_role("link", name="Plant 5 000 hectares of forest").click()
    expect(page).to_have_url(re.compile(rf"/tasks/{task_id}"))
    expect(page.locator("li.kind-comment")).to_contain_text("Please check the map before Thursday.")
