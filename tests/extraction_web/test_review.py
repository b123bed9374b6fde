"""The review screen: paste, see the proposals highlighted, edit, drop, merge, teach names, accept."""

import re

import pytest
import sqlalchemy as sa
from werkzeug.datastructures import MultiDict

from tests.extraction_web.conftest import FRENCH, SWEDISH, read
from tests.extraction_web.pages import FormState
from tracker.core.audit import AuditEvent
from tracker.departments.models import Department
from tracker.extensions import db
from tracker.meetings.models import Directive
from tracker.tasks.models import Task, TaskUpdate

THREE = (
    "Conclusions of the working session.\n\n"
    "The Department of Finance shall prepare the budget plan by 30 June 2025.\n"
    "The Department of Construction shall complete 5 000 hectares of planning by 2026.\n"
    "The Department of Health must inspect every clinic within ten days.\n"
)


def count(model):
    return db.session.scalar(sa.select(sa.func.count()).select_from(model))


@pytest.fixture
def leader(make, directory):
    user = make.user(role="leader", department=directory["VP-UBND"], name="Leader")
    db.session.commit()
    return user


@pytest.fixture
def meeting(make, leader):
    meeting = make.meeting(title="Working session", minutes=read(SWEDISH))
    db.session.commit()
    return meeting


def url(meeting):
    return f"/meetings/{meeting.id}/extract"


def propose(client, meeting, text, language=""):
    response = client.post(url(meeting), data={"action": "propose", "text": text, "language": language})
    assert response.status_code == 200, response.get_data(as_text=True)[:2000]
    return response, FormState(response.get_data(as_text=True), "review-form")


def press(client, meeting, state, action):
    response = client.post(url(meeting), data=MultiDict(state.data(action)))
    return response, FormState(response.get_data(as_text=True), "review-form")


def cards(state):
    return sorted({int(m.group(1)) for name in state.values if (m := re.match(r"proposals-(\d+)-text$", name))})


def card_html(html, number):
    start = html.index(f'id="proposal-{number}"')
    end = html.find("<article", start + 1)
    return html[start : end if end != -1 else len(html)]


def test_the_paste_page_holds_the_stored_minutes_and_is_guarded(client, auth, make, meeting, leader, directory):
    auth.login(leader)
    page = client.get(f"/meetings/{meeting.id}")
    assert f'href="/meetings/{meeting.id}/extract"' in page.get_data(as_text=True)
    response = client.get(url(meeting))
    assert response.status_code == 200
    state = FormState(response.get_data(as_text=True), "paste-minutes-form")
    assert state.get("text") == read(SWEDISH)
    auth.logout()
    staff = make.user(role="staff", department=directory["SNNMT"])
    observer = make.user(role="observer", department=directory["VP-UBND"])
    other_head = make.user(role="head", department=directory["SCT"])
    db.session.commit()
    for user in (staff, observer, other_head):
        auth.login(user)
        assert f"/meetings/{meeting.id}/extract" not in client.get(f"/meetings/{meeting.id}").get_data(as_text=True)
        assert client.get(url(meeting)).status_code == 403
        refused = client.post(url(meeting), data={"action": "propose", "text": THREE})
        assert refused.status_code == 403
        auth.logout()
    assert client.get(url(meeting)).status_code == 302  # to the sign-in page


def test_proposals_are_highlighted_and_pasted_markup_stays_text(client, auth, leader, meeting):
    auth.login(leader)
    text = "The Department of Finance shall publish <script>alert('x')</script> the plan by 30 June 2025."
    response, state = propose(client, meeting, text, "en")
    html = response.get_data(as_text=True)
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(" in html
    assert re.search(r'<mark class="proposal-mark" id="mark-1" data-proposal="1">', html)
    assert cards(state) == [0]
    assert state.get("proposals-0-deadline_text") and state.get("proposals-0-due_on") == "2025-06-30"
    assert "<script>" in state.get("proposals-0-text")  # kept as typed, for the directive


def test_the_swedish_report_is_proposed_card_by_card(client, auth, leader, meeting, directory):
    auth.login(leader)
    response, state = propose(client, meeting, read(SWEDISH))
    html = response.get_data(as_text=True)
    numbers = cards(state)
    assert len(numbers) >= 5
    assert html.count('class="proposal-mark"') == len(numbers)
    first = next(n for n in numbers if "högteknologiska" in state.get(f"proposals-{n}-text"))
    assert state.get(f"proposals-{first}-lead_department_id") == str(directory["SNNMT"].id)
    assert set(state.values[f"proposals-{first}-coordinating_department_ids"]) == {
        str(directory[code].id) for code in ("UBND-DAMHA", "UBND-DONGTRIEU", "UBND-TIENYEN")
    }
    assert state.get(f"proposals-{first}-target_value").startswith("4")
    source = state.get("source")
    for n in numbers:
        start, end = int(state.get(f"proposals-{n}-start")), int(state.get(f"proposals-{n}-end"))
        assert source[start:end] == state.get(f"proposals-{n}-text")


def test_accept_creates_the_edited_directives_and_tasks_at_once(client, auth, leader, meeting, directory):
    meeting.minutes = None
    db.session.commit()
    auth.login(leader)
    _response, state = propose(client, meeting, THREE, "en")
    assert cards(state) == [0, 1, 2]
    finance, health = directory["STC"], directory["SYT"]
    state.set("proposals-0-title", "Prepare the 2026 budget plan")
    state.set("proposals-0-due_on", "2025-07-15")
    state.set("proposals-0-coordinating_department_ids", health.id)
    state.set("proposals-0-references", "Decision 42/2014/QĐ-TTg\n\n  Plan No. 28/KH-UBND ")
    state.uncheck("proposals-1-include")
    state.uncheck("proposals-2-make_task")
    response, _state = press(client, meeting, state, "accept")
    assert response.status_code == 303, response.get_data(as_text=True)[:3000]
    directives = db.session.scalars(sa.select(Directive).order_by(Directive.position)).all()
    assert [d.text for d in directives] == [
        "The Department of Finance shall prepare the budget plan by 30 June 2025",
        "The Department of Health must inspect every clinic within ten days",
    ]
    (task,) = db.session.scalars(sa.select(Task)).all()
    assert task.title == "Prepare the 2026 budget plan"
    assert task.lead_department_id == finance.id
    assert task.coordinating_department_ids == {health.id}
    assert task.due_on.isoformat() == "2025-07-15"
    assert task.deadline_text == "by 30 June 2025"
    assert task.directive_id == directives[0].id and task.meeting_id == meeting.id
    assert task.issuer_id == leader.id
    assert directives[0].references == ["Decision 42/2014/QĐ-TTg", "Plan No. 28/KH-UBND"]
    # Through the operations: history and audit for each.
    assert count(TaskUpdate) == 1
    actions = db.session.scalars(sa.select(AuditEvent.action)).all()
    assert actions.count("directive.create") == 2 and actions.count("task.create") == 1
    # The pasted text becomes the meeting's minutes, since it had none.
    assert db.session.get(type(meeting), meeting.id).minutes == THREE.strip()
    shown = client.get(f"/meetings/{meeting.id}").get_data(as_text=True)
    assert "Prepare the 2026 budget plan" in shown


def test_an_invalid_proposal_creates_nothing_and_keeps_every_edit(client, auth, leader, meeting):
    auth.login(leader)
    _response, state = propose(client, meeting, THREE, "en")
    state.set("proposals-0-title", "My edited title")
    state.set("proposals-0-lead_department_id", "")
    state.set("proposals-1-due_on", "2025-02-30")
    state.set("proposals-2-deadline_text", "before the rainy season")
    state.set("proposals-2-recurrence", "yearly")
    state.set("proposals-2-due_on", "")
    response, again = press(client, meeting, state, "accept")
    assert response.status_code == 422
    assert count(Directive) == 0 and count(Task) == 0 and count(AuditEvent) == 0
    html = response.get_data(as_text=True)
    assert "A lead department is required." in card_html(html, 1)
    assert "Not a valid date value." in card_html(html, 2)
    assert "recurring task needs a deadline" in card_html(html, 3)
    assert "A lead department is required." not in card_html(html, 2)
    for name in (
        "proposals-0-title",
        "proposals-1-due_on",
        "proposals-2-deadline_text",
        "proposals-2-recurrence",
        "source",
    ):
        assert again.get(name) == state.get(name), name
    # The corrected form goes through.
    again.set("proposals-0-lead_department_id", again.values["proposals-1-lead_department_id"][0])
    again.set("proposals-1-due_on", "2025-08-01")
    again.set("proposals-2-recurrence", "none")
    response, _state = press(client, meeting, again, "accept")
    assert response.status_code == 303
    assert count(Directive) == 3 and count(Task) == 3
    assert db.session.scalar(sa.select(Task.title).where(Task.deadline_text == "before the rainy season"))
    assert db.session.scalar(sa.select(Task).where(Task.title == "My edited title")) is not None
    hectares = db.session.scalar(sa.select(Task).where(Task.target_unit == "hectares"))
    assert hectares.target_value == 5000 and hectares.due_on.isoformat() == "2025-08-01"
    assert db.session.get(type(meeting), meeting.id).minutes == read(SWEDISH)  # kept, not replaced


def test_drop_and_merge(client, auth, leader, meeting, directory):
    auth.login(leader)
    _response, state = propose(client, meeting, THREE, "en")
    source = state.get("source")
    state.set("proposals-0-title", "Budget first")
    response, dropped = press(client, meeting, state, "drop-2")
    assert response.status_code == 200
    assert cards(dropped) == [0, 1]
    assert dropped.get("proposals-0-title") == "Budget first"
    assert response.get_data(as_text=True).count('class="proposal-mark"') == 2
    response, merged = press(client, meeting, dropped, "merge-0")
    assert cards(merged) == [0]
    start, end = int(merged.get("proposals-0-start")), int(merged.get("proposals-0-end"))
    assert merged.get("proposals-0-text") == source[start:end]
    assert "budget plan" in merged.get("proposals-0-text") and "5 000 hectares" in merged.get("proposals-0-text")
    assert merged.get("proposals-0-title") == "Budget first"
    assert merged.get("proposals-0-lead_department_id") == str(directory["STC"].id)
    assert merged.values["proposals-0-coordinating_department_ids"] == [str(directory["SXD"].id)]
    assert merged.get("proposals-0-deadline_text") == dropped.get("proposals-0-deadline_text")
    assert merged.get("proposals-0-target_value").startswith("5000")
    response, _state = press(client, meeting, merged, "accept")
    assert response.status_code == 303
    (directive,) = db.session.scalars(sa.select(Directive)).all()
    assert directive.text == source[start:end]


def test_an_unknown_name_becomes_an_alias_and_the_proposals_are_matched_again(client, auth, make, meeting, directory):
    admin = make.user(role="admin", department=directory["VP-UBND"])
    db.session.commit()
    auth.login(admin)
    response, state = propose(client, meeting, read(FRENCH), "fr")
    assert [state.get("unknown-0-name")] == ["Comité du Parti"]
    assert "Add as alias" in response.get_data(as_text=True)
    party = directory["TU"]
    state.set("proposals-0-title", "Lead the party's resolution")
    state.set("proposals-0-lead_department_id", "")  # the reviewer cleared this one's lead
    assert state.get("proposals-1-lead_department_id") == str(directory["SCT"].id)
    state.set("unknown-0-alias_of", party.id)
    response, after = press(client, meeting, state, "alias-0")
    assert response.status_code == 200, response.get_data(as_text=True)[:3000]
    assert "Comité du Parti" in db.session.get(Department, party.id).aliases
    assert after.get("unknown-0-name") is None
    assert after.get("proposals-0-title") == "Lead the party's resolution"
    # Re-matched: the empty lead is filled from the new alias; a lead the card had is kept.
    assert after.get("proposals-0-lead_department_id") == str(party.id)
    assert after.get("proposals-1-lead_department_id") == str(directory["SCT"].id)
    assert "department.update" in db.session.scalars(sa.select(AuditEvent.action)).all()


def test_an_unknown_name_becomes_a_department(client, auth, make, meeting, directory):
    admin = make.user(role="admin", department=directory["VP-UBND"])
    db.session.commit()
    auth.login(admin)
    _response, state = propose(client, meeting, read(FRENCH), "fr")
    state.set("unknown-0-code", "")
    response, _again = press(client, meeting, state, "create-0")
    assert response.status_code == 422
    assert "A code of 1 to 32" in response.get_data(as_text=True)
    state.set("unknown-0-code", "PARTY-FR")
    response, after = press(client, meeting, state, "create-0")
    assert response.status_code == 200
    party = db.session.scalar(sa.select(Department).where(Department.code == "PARTY-FR"))
    assert party.name == "Comité du Parti"
    assert after.get("unknown-0-name") is None


def test_only_admins_teach_the_directory(client, auth, leader, meeting):
    auth.login(leader)
    response, state = propose(client, meeting, read(FRENCH), "fr")
    assert "Add as alias" not in response.get_data(as_text=True)
    assert state.get("unknown-0-name") == "Comité du Parti"
    state.set("unknown-0-alias_of", "1")
    refused, _state = press(client, meeting, state, "alias-0")
    assert refused.status_code == 403


def test_tampered_review_forms_are_redrawn_not_failed(client, auth, leader, meeting):
    auth.login(leader)
    _response, state = propose(client, meeting, THREE, "en")
    state.set("proposals-0-start", "not a number")
    state.set("proposals-0-end", "-5")
    state.set("proposals-1-start", "99999999")
    state.set("proposals-0-coordinating_department_ids", "abc")
    state.set("proposals-1-lead_department_id", "zz")
    for action in ("merge-0", "merge-7", "drop-x", "alias-0", "whatever"):
        response, _again = press(client, meeting, state, action)
        assert response.status_code == 200, (action, response.get_data(as_text=True)[:2000])
    response, merged = press(client, meeting, state, "merge-0")
    assert cards(merged) == [0, 1]
    # Without spans that fit the text, the two passages are joined as edited, and nothing is highlighted wrongly.
    assert merged.get("proposals-0-text").startswith("The Department of Finance")
    assert "5 000 hectares" in merged.get("proposals-0-text")
    response, _again = press(client, meeting, state, "accept")
    assert response.status_code == 422 and count(Directive) == 0


# --- Adding a directive the extractor missed, past deadlines, the meeting page's paste form -------

MISSED = "Rural roads: the Department of Construction, with the Department of Health, before 15 August 2025."
WITH_MISSED = THREE.replace("by 2026.\n", "by 2026.\n" + MISSED + "\n")


def without_card_for(client, meeting, state, passage):
    """Drop any card that already covers ``passage`` (so that it stays a missed directive)."""
    while True:
        numbers = [n for n in cards(state) if passage[:30] in (state.get(f"proposals-{n}-text") or "")]
        if not numbers:
            return state
        _response, state = press(client, meeting, state, f"drop-{numbers[0]}")


def test_a_missed_passage_becomes_a_card_with_its_fields_filled(client, auth, leader, meeting, directory):
    auth.login(leader)
    _response, state = propose(client, meeting, WITH_MISSED, "en")
    state = without_card_for(client, meeting, state, MISSED)
    before = cards(state)
    source = state.get("source")
    state.set("proposals-0-title", "Kept as edited")
    # Without JavaScript: the passage is typed (here with extra spaces around it) and located in the minutes.
    state.set("passage", "  " + MISSED + "\n")
    response, after = press(client, meeting, state, "passage")
    assert response.status_code == 200, response.get_data(as_text=True)[:2000]
    assert len(cards(after)) == len(before) + 1
    added = next(n for n in cards(after) if after.get(f"proposals-{n}-text") == MISSED)
    assert after.get(f"proposals-{added}-lead_department_id") == str(directory["SXD"].id)
    assert after.values[f"proposals-{added}-coordinating_department_ids"] == [str(directory["SYT"].id)]
    assert after.get(f"proposals-{added}-due_on") == "2025-08-15"
    assert after.get(f"proposals-{added}-deadline_text") == "before 15 August 2025"
    title = after.get(f"proposals-{added}-title")
    assert title and len(title) <= 120 and not title.endswith("…")  # the extractor's short title
    start, end = int(after.get(f"proposals-{added}-start")), int(after.get(f"proposals-{added}-end"))
    assert source[start:end] == MISSED
    # In the order of the minutes, and highlighted with its number.
    texts_in_order = [after.get(f"proposals-{n}-text") for n in cards(after)]
    assert texts_in_order.index(MISSED) == texts_in_order.index(next(t for t in texts_in_order if "hectares" in t)) + 1
    html = response.get_data(as_text=True)
    assert f'data-proposal="{added + 1}"><sup class="mark-number">{added + 1}</sup>Rural roads' in html
    assert f"Proposal {added + 1} was added from the passage" in html
    assert after.get("proposals-0-title") == "Kept as edited" and after.get("passage") == ""
    response, _state = press(client, meeting, after, "accept")
    assert response.status_code == 303
    directive = db.session.scalar(sa.select(Directive).where(Directive.text == MISSED))
    task = db.session.scalar(sa.select(Task).where(Task.directive_id == directive.id))
    assert task.title == after.get(f"proposals-{added}-title") and task.title
    assert task.due_on.isoformat() == "2025-08-15"
    assert task.lead_department_id == directory["SXD"].id


def test_a_selected_passage_is_located_by_its_offsets(client, auth, leader, meeting, directory):
    auth.login(leader)
    text = "The Department of Finance shall publish the plan by 30 June 2025.\n" + MISSED + "\n" + MISSED
    _response, state = propose(client, meeting, text, "en")
    state = without_card_for(client, meeting, state, MISSED)
    second = text.rindex(MISSED)
    state.set("passage", MISSED)
    state.set("passage_start", second)
    state.set("passage_end", second + len(MISSED))
    _response, after = press(client, meeting, state, "passage")
    added = next(n for n in cards(after) if after.get(f"proposals-{n}-text") == MISSED)
    assert int(after.get(f"proposals-{added}-start")) == second
    # A passage that is not in the minutes still makes a card, just not highlighted.
    after.set("passage", "The Department of Health shall vaccinate every child by 1 June 2025.")
    response, last = press(client, meeting, after, "passage")
    added = next(n for n in cards(last) if "vaccinate" in last.get(f"proposals-{n}-text"))
    assert last.get(f"proposals-{added}-start") == "" and last.get(f"proposals-{added}-lead_department_id") == str(
        directory["SYT"].id
    )
    assert response.get_data(as_text=True).count('class="proposal-mark"') == len(cards(last)) - 1


def test_an_empty_passage_is_a_reason_and_keeps_the_review(client, auth, leader, meeting):
    auth.login(leader)
    _response, state = propose(client, meeting, THREE, "en")
    state.set("proposals-1-title", "Edited")
    state.set("passage", "   ")
    response, again = press(client, meeting, state, "passage")
    assert response.status_code == 422
    assert "Select the directive in the minutes, or type its text here." in response.get_data(as_text=True)
    assert cards(again) == cards(state) and again.get("proposals-1-title") == "Edited"


def test_deadlines_in_the_past_are_flagged_not_refused(client, auth, leader, meeting, time_machine):
    time_machine.move_to("2025-07-01 09:00:00+07:00", tick=False)
    auth.login(leader)
    response, state = propose(client, meeting, THREE, "en")
    html = response.get_data(as_text=True)
    assert state.get("proposals-0-due_on") == "2025-06-30"
    assert "This deadline is already past (today is 2025-07-01)" in card_html(html, 1)
    assert "already past" not in card_html(html, 2)  # "by 2026": the end of 2026
    state.set("proposals-1-due_on", "2025-06-01")
    response, state = press(client, meeting, state, "refresh")
    assert "already past" in card_html(response.get_data(as_text=True), 2)
    response, _state = press(client, meeting, state, "accept")
    assert response.status_code == 303  # the user decides


def test_the_created_message_counts_in_words(client, auth, leader, meeting):
    auth.login(leader)
    _response, state = propose(client, meeting, THREE, "en")
    state.uncheck("proposals-1-include")
    state.uncheck("proposals-2-include")
    response = client.post(url(meeting), data=MultiDict(state.data("accept")), follow_redirects=True)
    assert "1 directive and 1 task created." in response.get_data(as_text=True)
    _response, state = propose(client, meeting, THREE, "en")
    state.uncheck("proposals-0-make_task")
    response = client.post(url(meeting), data=MultiDict(state.data("accept")), follow_redirects=True)
    assert "3 directives and 2 tasks created." in response.get_data(as_text=True)


def test_the_meeting_pages_paste_form_goes_through_the_review(client, auth, leader, meeting, directory):
    auth.login(leader)
    page = client.get(f"/meetings/{meeting.id}").get_data(as_text=True)
    form = FormState(page, "paste-directives-form")
    assert f'action="/meetings/{meeting.id}/extract"' in page
    form.set("text", THREE)
    response = client.post(url(meeting), data=MultiDict(form.data("propose")))
    assert response.status_code == 200
    state = FormState(response.get_data(as_text=True), "review-form")
    assert len(cards(state)) == 3 and count(Directive) == 0
    # The old address of the plain form shows the same review instead of adding paragraphs blindly.
    old = client.post(f"/meetings/{meeting.id}/directives/paste", data={"paste-text": THREE})
    assert old.status_code == 200 and count(Directive) == 0
    assert cards(FormState(old.get_data(as_text=True), "review-form")) == cards(state)
