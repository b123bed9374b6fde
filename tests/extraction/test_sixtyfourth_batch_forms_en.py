"""Orders in the forms a sixty-fourth batch of English texts written blind showed: a Canadian clerk's log of
outstanding directives with its cells parted by bars, rows parted by blank lines and wrapped over lines (its
"Target Date" cell the deadline, its "Lead" cell naming two units, the staff at large with no unit, an earlier
direction told in a note after it); a US council's action update (a recorded vote after the order, the staff told
"to" act, an order agreed "by consensus", a budget workshop with its full date); a state executive council's first
step and final delay; a press note's line cut by hand inside a name, and its closing exhortation. Texts and
directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("AL-COUNCIL", "Council of the Town of Alder Falls", "Alder Falls Council"),
    unit("AL-CLERK", "Office of the Town Clerk, Alder Falls", "Town Clerk"),
    unit("AL-MAYOR", "Office of the Mayor, Alder Falls", "Mayor's Office", "Mayor"),
    unit("AL-ROADS", "Roads Division, Alder Falls", "Roads Division"),
    unit("AL-PARKS", "Parks and Trails Department, Alder Falls", "Parks & Trails"),
    unit("AL-LEGAL", "Legal Services, Alder Falls", "Legal Services"),
    unit("AL-LIB", "Alder Falls Public Library", "Public Library"),
    unit("CM-PW", "Public Works Department, City of Costa Mesa Verde", "Public Works"),
    unit("CM-CA", "Office of the City Attorney, Costa Mesa Verde", "City Attorney"),
    unit("CM-LIB", "Costa Mesa Verde Library", "Library"),
    unit("KW-HEALTH", "Kwara Hills State Ministry of Health", "Ministry of Health"),
    unit("KW-WATER", "Kwara Hills State Water Corporation", "Water Corporation"),
    unit("DK-REV", "Revenue Department, Dakshinpur", "Revenue Department"),
    unit("DK-CMO", "Chief Minister's Office, Dakshinpur", "Chief Minister"),
]


def run(text, meeting="2026-05-11"):
    return directives_in(text, DIRECTORY, "en", meeting)


LOG = (
    "Appendix B – Open Council Directives\n\n"
    "Item No. | Council Date | Directive | Lead | Target Date | Status / Comments\n\n"
    "2025-141 | Nov. 3, 2025 | That staff review winter parking rules on Mill Street and report\n"
    "back with options. | Roads Division | Q3 2026 | Underway. Counts taken in\n"
    "February.\n\n"
    "2026-006 | Jan. 19, 2026 | That the Mayor write to the Province asking for a share of the transit\n"
    "fund. | Mayor's Office / Town Clerk | Feb. 2026 | Complete. Letter sent.\n\n"
    "2026-012 | Feb. 2, 2026 | That staff draft a sign by-law for the trail heads. | Parks & Trails /\n"
    "Legal Services | TBD | Deferred.\n\n"
    "2026-017 | Mar. 2, 2026 | That a bike rack be installed at the Public Library. | Roads Division |\n"
    "June 30, 2026 | On track.\n\n"
    "Note: In 2023 staff were directed (Item 2023-088) to review the sign rules; that direction was folded into\n"
    "Item 2026-012.\n"
)


def _the(found, opening):
    """The one directive of ``found`` that opens on ``opening``."""
    (directive,) = [d for d in found if d.text.startswith(opening)]
    return directive


def test_a_logs_rows_parted_by_blank_lines_take_their_target_date_cells():
    found = run(LOG)
    assert [str(d.deadline) for d in found] == ["2026-09-30", "2026-02-28", "None", "2026-06-30"]


def test_a_logs_row_in_the_passive_is_the_lead_cells_and_its_status_tail_no_order():
    found = run(LOG)
    rack = _the(found, "That a bike rack be installed")
    assert leads([rack]) == ["AL-ROADS"]
    assert not any(d.text.startswith("February") for d in found)


def test_the_second_unit_of_a_lead_cell_coordinates():
    found = run(LOG)
    letter = _the(found, "That the Mayor write")
    assert leads([letter]) == ["AL-MAYOR"]
    assert [c.code for c in letter.coordinating] == ["AL-CLERK"]
    signs = _the(found, "That staff draft a sign by-law")
    assert leads([signs]) == [None]
    assert [c.code for c in signs.coordinating] == ["AL-LEGAL"]


def test_an_earlier_direction_told_after_its_year_with_no_comma_is_no_order():
    found = run(LOG)
    assert not any("2023" in d.text for d in found)


UPDATE = (
    "6. Street Resurfacing Contract – APPROVED. Council directed the Public Works Department to post the paving\n"
    "schedule online before work starts. Vote 4-1 (Lee no).\n\n"
    "7. Library Fees – Council directed the Library to bring back a fee schedule at the June 9, 2026 budget\n"
    "workshop. Vote 5-0.\n\n"
    "8. Storm Drain Fees – CONTINUED to a date uncertain. Staff to re-mail the notices under Prop. 218 once\n"
    "the engineer's report is final.\n\n"
    "9. Sidewalk Vending. By consensus, the City Attorney will draft an ordinance on sidewalk vending permits.\n"
)


def test_a_recorded_vote_after_the_order_is_no_order():
    found = run(UPDATE, meeting="2026-04-14")
    assert not any(d.text.startswith("Vote") for d in found)


def test_a_budget_workshop_with_its_full_date_is_the_deadline_not_a_budget_year():
    fees = _the(run(UPDATE, meeting="2026-04-14"), "Library Fees – Council directed the Library")
    assert str(fees.deadline) == "2026-06-09"
    assert fees.references == []


def test_the_staff_told_to_act_is_an_order_with_no_unit_past_a_ballot_measures_number():
    notices = _the(run(UPDATE, meeting="2026-04-14"), "Staff to re-mail")
    assert leads([notices]) == [None]
    assert notices.text.endswith("report is final")


def test_an_order_agreed_by_consensus_is_the_units_it_names():
    found = run(UPDATE, meeting="2026-04-14")
    assert leads([_the(found, "By consensus, the City Attorney")]) == ["CM-CA"]


def test_a_first_steps_delay_gives_way_to_the_final_one():
    text = (
        "Council directed the Water Corporation to start repairs on the Oke pumping station within one week and to "
        "restore full supply to the affected wards within two months.\n"
    )
    (found,) = run(text, meeting="2026-03-04")
    assert str(found.deadline) == "2026-05-04"


PRESS = (
    "The Chief Minister reviewed flood preparedness with the departments on Monday at the Secretariat building.\n"
    "The health teams were briefed at length. The Revenue Department will keep the State\n"
    "Relief Fund accounts and the control rooms ready before 10 June.\n\n"
    "The Chief Minister said that officers must work with sincerity and sensitivity in the rainy season.\n"
)


def test_a_line_cut_by_hand_inside_a_name_goes_on_below():
    (found,) = run(PRESS, meeting="2026-05-04")
    assert leads([found]) == ["DK-REV"]
    assert found.text.endswith("ready before 10 June")


def test_a_closing_call_to_work_with_sincerity_is_no_order():
    found = run(PRESS, meeting="2026-05-04")
    assert not any("sincerity" in d.text for d in found)
