"""Paste a shared report into a meeting, review the proposals in a real browser, accept, find the tasks."""

import pytest
import sqlalchemy as sa
from playwright.sync_api import expect

from tests.e2e.conftest import SCREENSHOTS, sign_in
from tests.extraction_web.conftest import SWEDISH, Directory, read
from tracker.extensions import db
from tracker.meetings.models import Directive
from tracker.tasks.models import Task
from tracker.users.models import Role

pytestmark = pytest.mark.e2e

TITLE = "Finish the four high-tech agricultural zones"


def test_paste_a_report_edit_a_proposal_accept_and_find_the_tasks(page, live, shot):
    directory = Directory()
    leader = live.make.user(role=Role.LEADER, department=directory["VP-UBND"], name="Cao Tuong Huy").email
    meeting = live.make.meeting(title="Working session on science and agriculture")
    meeting_id = meeting.id
    live.commit()

    sign_in(page, leader)
    page.goto(f"/meetings/{meeting_id}")
    page.get_by_role("link", name="Paste minutes for extraction").click()
    page.get_by_label("Minutes").fill(read(SWEDISH))
    page.get_by_role("button", name="Propose directives").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Review the proposed directives")
    cards = page.locator("article.proposal")
    expect(cards.first).to_be_visible()
    count = cards.count()
    assert count >= 5
    expect(page.locator("mark.proposal-mark")).to_have_count(count)
    first = page.locator("#proposal-1")
    expect(first.get_by_label("Directive")).to_have_value(
        "Jordbruks- och miljödepartementet behöver samordna med folkkommittéerna i Dam Ha, Dong Trieu och Tien Yen "
        "för att slutföra 04 högteknologiska jordbrukszoner"
    )
    expect(first.get_by_label("Lead department")).to_have_value(str(directory["SNNMT"].id))

    # Edit the first proposal: a title of one's own, a deadline and how it was said.
    first.get_by_label("Task title").fill(TITLE)
    first.get_by_label("Deadline", exact=True).fill("2025-12-31")
    first.get_by_label("Deadline as written").fill("by the end of 2025")
    # A proposal that repeats yearly without a date would be refused: leave it out.
    for number in range(1, count + 1):
        card = page.locator(f"#proposal-{number}")
        if (
            card.get_by_label("Repeats").input_value() != "none"
            and not card.get_by_label("Deadline", exact=True).input_value()
        ):
            card.get_by_label("Include").uncheck()
            expect(card).to_have_class("card proposal is-excluded")
    # The text column stays in view while the cards scroll, so the viewport shows the screen as it is.
    page.evaluate("window.scrollTo(0, 0)")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "extraction-01-review.png"))
    page.set_viewport_size({"width": 390, "height": 844})
    shot(page, "extraction-02-review-phone")
    page.set_viewport_size({"width": 1280, "height": 900})

    page.get_by_role("button", name="Accept and create").click()
    expect(page.get_by_role("status").first).to_contain_text("directives and")
    expect(page.get_by_role("heading", level=1)).to_have_text("Working session on science and agriculture")
    expect(page.locator("li.directive").first.locator(".task-row")).to_contain_text(TITLE)
    shot(page, "extraction-03-meeting")

    page.get_by_role("link", name=TITLE).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(page.locator("body")).to_contain_text("by the end of 2025")

    db.session.rollback()
    tasks = db.session.scalars(sa.select(Task).where(Task.meeting_id == meeting_id)).all()
    assert len(tasks) == db.session.scalar(sa.select(sa.func.count()).select_from(Directive)) >= count - 1
    task = next(task for task in tasks if task.title == TITLE)
    assert task.due_on.isoformat() == "2025-12-31" and task.deadline_text == "by the end of 2025"
    assert task.coordinating_department_ids == {
        directory[code].id for code in ("UBND-DAMHA", "UBND-DONGTRIEU", "UBND-TIENYEN")
    }
