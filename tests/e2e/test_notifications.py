"""The issue's walk-through in a real browser: a head assigns, staff are told and answer with a
mention and an extension request, the leader finds it on his home page and decides, staff see it."""

import re
from datetime import date, timedelta

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import sign_in, sign_out
from tracker.tasks import operations
from tracker.users.models import Role

pytestmark = pytest.mark.e2e


def test_everyone_who_must_act_is_told_and_the_home_page_lists_it(page, live, shot):
    make = live.make
    office = make.department(name="Provincial Office", code="VP")
    agriculture = make.department(name="Department of Agriculture", code="NN")
    leader = make.user(role=Role.LEADER, department=office, name="Cao Tuong Huy")
    head = make.user(role=Role.HEAD, department=agriculture, name="Nguyen Thi Hoa")
    staff = make.user(role=Role.STAFF, department=agriculture, name="Tran Van Nam")
    live.commit()
    due = date.today() + timedelta(days=30)
    task = operations.create_task(
        leader, title="Plant 5 000 hectares of forest", lead_department_id=agriculture.id, due_on=due
    )
    live.commit()
    task_id, title = task.id, task.title
    emails = {name: user.email for name, user in (("leader", leader), ("head", head), ("staff", staff))}
    head_id = head.id

    # The head gives the task to a staff member.
    sign_in(page, emails["head"])
    page.goto(f"/tasks/{task_id}")
    page.locator("#assign-assignee").select_option(label="Tran Van Nam")
    page.locator("#action-assign").click()
    expect(page.locator("#fact-assignee")).to_have_text("Tran Van Nam")
    sign_out(page)

    # The staff member sees the bell, opens the notification, and the task's notifications are read.
    sign_in(page, emails["staff"])
    expect(page.locator("#bell-count")).to_have_text("1")
    page.locator("#bell").click()
    notice = page.locator("li.notification").filter(has_text="Nguyen Thi Hoa assigned this task to you.")
    expect(notice).to_have_class(re.compile("unread"))
    shot(page, "notifications-staff")
    notice.get_by_role("link", name=title).click()
    expect(page).to_have_url(re.compile(rf"/tasks/{task_id}$"))
    expect(page.locator("#bell-count")).to_have_count(0)

    # A comment mentioning the head (picked from the list), then an extension request.
    page.locator("#comment-body").fill("The seedlings are late; please check the nursery contract.")
    page.locator("#comment-mentions").select_option(str(head_id))
    page.locator("#post-comment").click()
    expect(page.locator("li.kind-comment")).to_contain_text("please check the nursery contract")
    page.locator("#extension-due-on").fill((due + timedelta(days=45)).isoformat())
    page.locator("#extension-reason").fill("The nursery delivers the seedlings a month late.")
    page.locator("#action-request-extension").click()
    expect(page.locator("#pending-extension")).to_be_visible()
    sign_out(page)

    # The head sees the mention.
    sign_in(page, emails["head"])
    expect(page.locator("#bell-count")).to_be_visible()
    page.locator("#bell").click()
    expect(page.locator("li.notification").filter(has_text="Tran Van Nam mentioned you in a comment.")).to_be_visible()
    sign_out(page)

    # The leader's home lists the request; he decides it from there.
    sign_in(page, emails["leader"])
    page.goto("/")
    waiting = page.locator("#waiting-extensions")
    expect(waiting).to_contain_text(title)
    expect(waiting).to_contain_text("The nursery delivers the seedlings a month late.")
    expect(page.get_by_text("Nothing waits for you.")).to_have_count(0)
    shot(page, "home-leader-waiting")
    waiting.get_by_role("link", name=title).click()
    page.locator("#decision-comment").fill("Granted: plant before the rains.")
    page.locator("#extension-approve").click()
    expect(page.locator("#pending-extension")).to_have_count(0)
    page.goto("/")
    expect(page.locator("#waiting-extensions")).to_have_count(0)
    sign_out(page)

    # The staff member sees the outcome, with the comment.
    sign_in(page, emails["staff"])
    expect(page.locator("#bell-count")).to_be_visible()
    page.locator("#bell").click()
    outcome = page.locator("li.notification").filter(has_text="Cao Tuong Huy granted the extension")
    expect(outcome).to_contain_text("Granted: plant before the rains.")
    shot(page, "notifications-outcome")
