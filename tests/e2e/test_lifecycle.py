"""From meeting to done, in a real browser, through the real forms (CSRF on).

A leader records a meeting with two directives and makes a task from each; the head of the lead
department assigns one to a staff member; staff start, report progress and submit; the leader
returns it with a comment; staff submit again; the leader approves; the department report shows it
done on time.
"""

import re
from datetime import timedelta

import pytest
import sqlalchemy as sa
from playwright.sync_api import expect

from tests.e2e.conftest import TIMEOUT_MS, sign_in
from tracker.extensions import db
from tracker.tasks.models import Task, TaskStatus, TaskUpdate
from tracker.tasks.timing import today_local
from tracker.users.models import Role

pytestmark = pytest.mark.e2e

FIRST = "The Department of Agriculture and Environment must complete 04 high-tech agricultural zones."
SECOND = "The Department of Science and Technology must deploy the provincial innovation portal."
TASK = "Complete 04 high-tech agricultural zones"


def flash(page):
    return page.get_by_role("status").first


def browser_of(new_context, email):
    """A browser of one's own, signed in: three people work side by side, as they would."""
    page = new_context().new_page()
    page.set_default_timeout(TIMEOUT_MS)
    sign_in(page, email)
    return page


def open_task(page, title):
    page.get_by_role("link", name=title, exact=True).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)


def test_a_directive_becomes_a_task_that_is_returned_then_approved_on_time(new_context, live, shot):
    make = live.make
    office = make.department(name="Office of the Provincial People's Committee", code="VPUB")
    agriculture = make.department(name="Department of Agriculture and Environment", code="SNNMT")
    science = make.department(name="Department of Science and Technology", code="SKHCN")
    make.department(name="People's Committee of Dam Ha", code="UBDH")
    leader = make.user(role=Role.LEADER, department=office, name="Cao Tuong Huy").email
    head = make.user(role=Role.HEAD, department=agriculture, name="Nguyen Thi Hoa").email
    staff = make.user(role=Role.STAFF, department=agriculture, name="Tran Van Nam").email
    make.user(role=Role.STAFF, department=agriculture, name="Pham Thi Lan")
    make.user(role=Role.HEAD, department=science, name="Le Minh Duc")
    live.commit()
    with live.app.app_context():
        today = today_local()
    due = today + timedelta(days=30)

    # --- The leader records the meeting and its two directives.
    page = leader_page = browser_of(new_context, leader)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Meetings").click()
    page.get_by_role("link", name="New meeting").click()
    page.get_by_label("Title", exact=True).fill("Working session on high-tech agriculture")
    page.get_by_label("Date", exact=True).fill(today.isoformat())
    page.get_by_label("Place", exact=True).fill("Dam Ha")
    page.get_by_label("Host department").select_option(label="Office of the Provincial People's Committee")
    page.get_by_role("button", name="Save meeting").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Working session on high-tech agriculture")
    meeting_url = page.url

    for text in (FIRST, SECOND):
        form = page.locator("#add-directive-form")
        form.get_by_label("Directive").fill(text)
        form.get_by_role("button", name="Add directive").click()
        expect(page.locator("p.directive-text").filter(has_text=text)).to_be_visible()
    directives = page.locator("li.directive")
    expect(directives).to_have_count(2)

    # --- A task from each directive.
    directives.nth(0).get_by_role("link", name="New task from this directive").click()
    expect(page.locator("#directive-text")).to_have_text(FIRST)
    page.get_by_label("Title", exact=True).fill(TASK)
    page.get_by_label("Lead department").select_option(label="Department of Agriculture and Environment")
    page.get_by_label("Coordinating departments").select_option(label="People's Committee of Dam Ha")
    page.get_by_label("Deadline", exact=True).fill(due.isoformat())
    page.get_by_label("Deadline as written").fill("within 30 days")
    page.get_by_label("Target value").fill("4")
    page.get_by_label("Unit", exact=True).fill("zones")
    shot(page, "lifecycle-01-task-form")
    page.get_by_role("button", name="Create task").click()
    expect(flash(page)).to_contain_text("Task created.")
    expect(page.get_by_role("heading", level=1)).to_have_text(TASK)

    page.goto(meeting_url)
    page.locator("li.directive").nth(1).get_by_role("link", name="New task from this directive").click()
    page.get_by_label("Title", exact=True).fill("Deploy the provincial innovation portal")
    page.get_by_label("Lead department").select_option(label="Department of Science and Technology")
    page.get_by_label("Deadline", exact=True).fill((today + timedelta(days=90)).isoformat())
    page.get_by_role("button", name="Create task").click()
    expect(flash(page)).to_contain_text("Task created.")

    page.goto(meeting_url)
    expect(page.locator("li.directive").nth(0).locator(".task-row")).to_contain_text(TASK)
    expect(page.locator("li.directive").nth(1).locator(".task-row")).to_contain_text("innovation portal")
    shot(page, "lifecycle-02-meeting")

    # --- The head of the lead department finds the task on their home page and assigns it.
    page = browser_of(new_context, head)
    open_task(page, TASK)
    expect(page.locator("#fact-assignee")).to_have_text("nobody yet")
    page.get_by_label("Person responsible").select_option(label="Tran Van Nam")
    page.get_by_role("button", name="Assign").click()
    expect(page.locator("#fact-assignee")).to_have_text("Tran Van Nam")

    # --- Staff find it on their home page, start, report progress and submit.
    page = staff_page = browser_of(new_context, staff)
    open_task(page, TASK)
    page.get_by_role("button", name="Start").click()
    expect(flash(page)).to_contain_text("Work started.")
    expect(page.locator(".badges")).to_contain_text("In progress")
    update = page.locator("#update-form")
    update.get_by_label("Progress (%)").fill("60")
    update.get_by_label("Current value").fill("3")
    update.get_by_label("Comment").fill("Three zones are ready; the fourth is being surveyed.")
    update.get_by_role("button", name="Save update").click()
    expect(page.locator("#fact-progress")).to_contain_text("60%")
    page.get_by_role("button", name="Submit for approval").click()
    expect(flash(page)).to_contain_text("Submitted for approval.")
    expect(page.locator(".badges")).to_contain_text("Submitted")

    # --- The leader returns it with a comment.
    page = leader_page
    page.goto(meeting_url)
    open_task(page, TASK)
    review = page.locator("#review-form")
    review.get_by_label("Comment (required to return)").fill("Please attach the survey of the fourth zone.")
    review.get_by_role("button", name="Return").click()
    expect(flash(page)).to_contain_text("Returned for more work.")
    expect(page.locator(".badges")).to_contain_text("In progress")
    expect(page.locator("#timeline")).to_contain_text("Please attach the survey of the fourth zone.")
    shot(page, "lifecycle-03-returned")

    # --- Staff submit again; the leader approves.
    page = staff_page
    page.reload()
    expect(page.locator(".badges")).to_contain_text("In progress")
    page.locator("#work-form").get_by_label("Comment (optional)").fill("Survey of the fourth zone added.")
    page.get_by_role("button", name="Submit for approval").click()
    expect(page.locator(".badges")).to_contain_text("Submitted")

    page = leader_page
    page.reload()
    page.locator("#review-form").get_by_role("button", name="Approve").click()
    expect(flash(page)).to_contain_text("Approved: the task is done.")
    expect(page.locator(".badges")).to_contain_text("Done")
    expect(page.locator(".badges")).to_contain_text("Done on time")
    timeline = page.locator("#timeline .timeline-entry")
    expect(timeline.filter(has_text="Please attach the survey")).to_have_count(1)
    shot(page, "lifecycle-04-approved")

    # --- The department report counts it done on time.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Report", exact=True).click()
    row = page.locator("#department-report tbody tr[data-department-code='SNNMT']")
    expect(row.locator("[data-col='total']")).to_have_text("1")
    expect(row.locator("[data-col='done_on_time']")).to_have_text("1")
    expect(row.locator("[data-col='done_late']")).to_have_text("0")
    expect(row.locator("[data-col='open_overdue']")).to_have_text("0")
    expect(row.locator("[data-col='on_time_rate']")).to_have_text("100%")
    science_row = page.locator("#department-report tbody tr[data-department-code='SKHCN']")
    expect(science_row.locator("[data-col='open_on_track']")).to_have_text("1")
    shot(page, "lifecycle-05-report")

    # The browser's story is the database's: the whole history is recorded, in order.
    db.session.expire_all()
    task = db.session.scalar(sa.select(Task).where(Task.title == TASK))
    assert task.status == TaskStatus.DONE
    assert task.completed_on is not None and task.completed_on <= task.due_on == due
    assert [d.code for d in task.coordinating_departments] == ["UBDH"]
    transitions = db.session.execute(
        sa.select(TaskUpdate.status_from, TaskUpdate.status_to)
        .where(TaskUpdate.task_id == task.id, TaskUpdate.status_to.is_not(None), TaskUpdate.status_from.is_not(None))
        .order_by(TaskUpdate.created_at, TaskUpdate.id)
    ).all()
    assert [(str(a), str(b)) for a, b in transitions] == [
        ("assigned", "in_progress"),
        ("in_progress", "submitted"),
        ("submitted", "in_progress"),
        ("in_progress", "submitted"),
        ("submitted", "done"),
    ]
    expect(page).to_have_url(re.compile(r"/reports/"))
