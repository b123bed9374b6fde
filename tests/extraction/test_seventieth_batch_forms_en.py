"""Orders in the forms a seventieth batch of English texts written blind showed: US council and county board
outcome documents (an item's outcome on a label line, "Council Action: Approved 6-1", "ACTION: Received and filed";
a direction label with nothing under it, "Staff Direction: None."; a direction label with its order on the same
line, the agenda's next numbered item after it; an agenda item's title that names the member who asked for it; a
due "ahead of" a work session named by its date; a motion that refers its matter back to staff with the work to do).
Texts and directory written for these tests."""

from tests.extraction.conftest import directives_in, unit

DIRECTORY = [
    unit("OK-CC", "Oakridge City Council", "Council", "City Council"),
    unit("OK-CMO", "Office of the City Manager, Oakridge", "City Manager"),
    unit("OK-PW", "Public Works Department, Oakridge", "Public Works"),
    unit("OK-PARK", "Parks Department, Oakridge", "Parks Department"),
    unit("OK-LIB", "Oakridge Public Library", "Library"),
]


def run(text, meeting="2026-03-10"):
    return directives_in(text, DIRECTORY, "en", meeting)


def test_an_outcome_on_a_council_action_label_is_no_order():
    text = (
        "Item 4B - Downtown Parking Meter Rates\n"
        "Council Action: Postponed to April 28, 2026 at the applicant's request.\n"
        "Staff Direction: Public Works to count weekend meter use on Elm Street and report back by April 28.\n"
    )
    found = run(text)
    assert [d.text[:28] for d in found] == ["Public Works to count weeken"]


def test_an_outcome_after_a_capitalised_action_label_is_no_order():
    text = (
        "12. Library - Annual Circulation Report\n"
        "ACTION: Received and filed. 5-0.\n"
        "DIRECTION TO STAFF: The Library to post the report on its website within two weeks.\n"
    )
    found = run(text)
    assert [d.text[:28] for d in found] == ["The Library to post the repo"]


def test_a_direction_label_with_none_is_no_order():
    text = (
        "Item 6C - Sidewalk Repair Contract\nCouncil Action: Approved 6-1 (Harlan opposed).\nStaff Direction: None.\n"
    )
    assert run(text) == []


def test_the_next_numbered_item_after_an_inline_direction_is_no_order():
    text = (
        "SUMMARY OF ACTIONS\n"
        "\n"
        "6. PUBLIC HEARINGS\n"
        "6.1 Short-Term Rental Ordinance\n"
        "Introduced, 4-1\n"
        "Direction: staff to return the ordinance for second reading on April 28, 2026.\n"
        "6.2 Appeal of Design Review Denial, 27 Birch Court (DR-26-031)\n"
        "Continued, no date set\n"
        "\n"
        "7. NEW BUSINESS\n"
    )
    found = run(text)
    assert [d.text[:28] for d in found] == ["staff to return the ordinanc"]


def test_an_item_title_naming_the_member_who_asked_is_no_order():
    text = (
        "7.2 Request from Councilmember Avila: Crosswalk Visibility at Fourth Ave. and Main St.\n"
        "No vote taken\n"
        "Direction: Public Works to study curb extensions at the corner.\n"
    )
    found = run(text)
    assert [d.text[:28] for d in found] == ["Public Works to study curb e"]


def test_a_due_ahead_of_a_work_session_named_by_its_date():
    text = (
        "Staff Direction: The City Manager is to send Council a list of vacant positions ahead of the April 7 "
        "work session.\n"
    )
    found = run(text)
    assert len(found) == 1
    assert str(found[0].deadline) == "2026-04-07"


def test_a_motion_referring_its_matter_back_to_staff_with_the_work_is_an_order():
    text = (
        "5. DOG PARK SITE STUDY. Motion by Ruiz, second by Obi, to refer the site study back to staff to "
        "compare two more parcels and return to Council by May 5. Motion carried 5-0.\n"
    )
    found = run(text)
    assert len(found) == 1
    assert found[0].text.startswith("Motion by Ruiz")
    assert str(found[0].deadline) == "2026-05-05"
