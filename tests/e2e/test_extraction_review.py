"""Paste a shared report into a meeting, review the proposals in a real browser, accept, find the tasks."""

import pytest
import sqlalchemy as sa
from playwright.sync_api import expect

from tests.e2e.conftest import SCREENSHOTS, sign_in
from tests.extraction_web.conftest import SWEDISH, Directory, read
from tests.extraction_web.files import docx_bytes, scanned_pdf_bytes
from tracker.extensions import db
from tracker.meetings.models import Directive, Meeting
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


NOTICE = (
    "Conclusions of the working session on public works.\n"
    "The Department of Finance shall prepare the budget plan by 30 June 2025.\n"
    "Rural roads: the Department of Construction, with the Department of Health, before 15 August 2025.\n"
    "The Department of Health must inspect every clinic within ten days."
)
MISSED = "Rural roads: the Department of Construction, with the Department of Health, before 15 August 2025."

SELECT_PASSAGE = """(passage) => {
  // Select the passage in the minutes as a reader would with the mouse.
  const minutes = document.getElementById("review-text");
  const walker = document.createTreeWalker(minutes, NodeFilter.SHOW_TEXT);
  let node;
  while ((node = walker.nextNode())) {
    const at = node.nodeValue.indexOf(passage);
    if (at !== -1) {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + passage.length);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      minutes.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
      return true;
    }
  }
  return false;
}"""


def test_upload_a_notice_add_a_missed_directive_from_the_minutes_accept_and_find_its_task(page, live, shot, tmp_path):
    directory = Directory()
    leader = live.make.user(role=Role.LEADER, department=directory["VP-UBND"], name="Cao Tuong Huy").email
    meeting = live.make.meeting(title="Working session on public works", language="en")
    meeting_id = meeting.id
    live.commit()
    notice = tmp_path / "conclusions.docx"
    notice.write_bytes(docx_bytes(NOTICE))
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(scanned_pdf_bytes())

    sign_in(page, leader)
    page.goto(f"/meetings/{meeting_id}")
    page.get_by_role("link", name="Paste minutes for extraction").click()
    # A scan without a text layer is refused with the reason, and nothing else happens.
    page.get_by_label("Or upload the document").set_input_files(str(scan))
    page.get_by_role("button", name="Propose directives").click()
    expect(page.locator("body")).to_contain_text("This PDF has no text layer")
    expect(page.locator("#paste-minutes-form")).to_contain_text("not its pictures")
    shot(page, "extraction-04-upload-refused")
    page.get_by_label("Or upload the document").set_input_files(str(notice))
    page.get_by_role("button", name="Propose directives").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Review the proposed directives")
    expect(page.locator("body")).to_contain_text("The text of conclusions.docx was read")

    # Should the extractor have found the passage, drop its card: the reviewer then adds it by hand.
    cards = page.locator("article.proposal")
    for number in range(cards.count(), 0, -1):
        if "Rural roads" in page.locator(f"#proposal-{number}").get_by_label("Directive").input_value():
            page.locator(f"#proposal-{number}").get_by_role("button", name="Drop").click()
    before = page.locator("article.proposal").count()

    assert page.evaluate(SELECT_PASSAGE, MISSED)
    expect(page.get_by_label("Passage of the minutes")).to_have_value(MISSED)
    shot(page, "extraction-05-select-missed")
    # The button beside the selection adds it (the one under the field does the same without JavaScript).
    beside = page.locator("#add-selection")
    expect(beside).to_be_visible()
    beside.click()

    expect(page.locator("article.proposal")).to_have_count(before + 1)
    added = None
    for number in range(1, before + 2):
        candidate = page.locator(f"#proposal-{number}")
        if candidate.get_by_label("Directive").input_value() == MISSED:
            added = candidate
    assert added is not None
    expect(added.get_by_label("Lead department")).to_have_value(str(directory["SXD"].id))
    expect(added.get_by_label("Deadline", exact=True)).to_have_value("2025-08-15")
    expect(added.get_by_label("Deadline as written")).to_have_value("before 15 August 2025")
    expect(page.locator("mark.proposal-mark", has_text="Rural roads")).to_have_count(1)
    # 15 August 2025 is before today: flagged, not refused; the flag follows the date as it is typed.
    past = added.locator(".deadline-past")
    expect(past).to_have_count(1)
    added.get_by_label("Deadline", exact=True).fill("2099-12-31")
    expect(past).to_have_count(0)
    added.get_by_label("Deadline", exact=True).fill("2025-08-15")
    expect(past).to_contain_text("This deadline is already past")
    title = added.get_by_label("Task title").input_value()
    assert title and len(title) <= 120
    shot(page, "extraction-06-missed-added")

    page.get_by_role("button", name="Accept and create").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Working session on public works")
    page.get_by_role("link", name=title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.locator("body")).to_contain_text("Department of Construction")

    db.session.rollback()
    task = db.session.scalar(sa.select(Task).where(Task.meeting_id == meeting_id, Task.title == title))
    assert task.lead_department_id == directory["SXD"].id
    assert task.coordinating_department_ids == {directory["SYT"].id}
    assert task.due_on.isoformat() == "2025-08-15"
    assert db.session.get(Meeting, meeting_id).minutes == NOTICE
