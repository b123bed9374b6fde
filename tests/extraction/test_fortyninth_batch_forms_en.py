"""Orders in the forms a forty-ninth batch of English texts written blind showed: a council's directives log pasted
from a table with each row on lines of its own (its number and date before the directive on the first, "Dept. Report
Back Status" cells run together on the last), its heading row no order, a delay counted from the row's date, a
motion's subject after the row's cells, a lettered motion to Administration with no lead; "by year-end" and a
backlog "until the end of the year" that is none; and an English conclusion notice translated from Vietnamese: a
unit "assigned to" a task while "urging" a contractor, the next numbered item after a unit's inline label, a
sanction under a condition and a priority to hold, neither an order. Texts and directories written for these
tests."""

from tests.extraction.conftest import directives_in, leads, unit

TOWN = [
    unit("BV-ENG", "Engineering Services Department", "ENG", "Engineering Services"),
    unit("BV-REC", "Recreation Department", "REC", "Recreation"),
    unit("BV-LAW", "Legal Department", "LAW", "Town Solicitor"),
    unit("BV-BUS", "Bellvale Transit", "BUS", "Transit"),
    unit("BV-CLK", "Office of the Town Clerk", "CLK", "Town Clerk"),
]


def town(text, meeting="2026-04-20"):
    return directives_in(text, TOWN, "en", meeting)


LOG = (
    "TOWN OF BELLVALE\nCouncil Resolutions Tracking Sheet - updated April 20, 2026\n\n"
    "Item No. Council Date Motion / Directive Dept. Report Back Status\n\n"
    "BV-2025-112 14-Oct-2025 That Administration BE DIRECTED to review winter parking bans on collector roads and "
    "report\nback to Council by the end of February 2026.\n"
    "ENG Feb 2026 Complete - report received\n\n"
    "BV-2026-004 19-Jan-2026 That the Town Solicitor be requested to draft a sidewalk cafe licensing bylaw within\n"
    "45 days.\n"
    "LAW 05-Mar-2026 In progress\n\n"
    "BV-2026-009 02-Feb-2026 That the minutes of the Heritage Committee dated January 8, 2026 BE RECEIVED.\n"
    "CLK N/A Complete\n\n"
    "BV-2026-015 16-Feb-2026 That Administration BE DIRECTED to: (a) price a splash pad for Orchard Park; and (b)\n"
    "seek a provincial grant for it.\n"
    "REC / ENG Sep 2026 Not started\n\n"
    "BV-2026-021 09-Mar-2026 That Bellvale Transit publish monthly ridership figures on the Town website.\n"
    "BUS Monthly Ongoing\n\n"
    "BV-2026-024 23-Mar-2026 That the Town Solicitor be requested to advise Council on the lease of the old fire hall\n"
    "as part of the 2027 budget deliberations.\n"
    "LAW 2027 Budget Not started\n"
)


def test_a_log_s_heading_row_run_together_gives_no_order_and_its_rows_are_read():
    found = town(LOG)
    assert [d.text.split()[0] for d in found] == ["That"] * 5
    assert not any("Status" in d.text for d in found)
    assert leads(found) == [None, "BV-LAW", None, "BV-BUS", "BV-LAW"]


def test_a_delay_in_a_row_counts_from_the_row_s_own_date():
    found = town(LOG)
    # "within 45 days" of January 19, 2026, not of the meeting the sheet goes to
    assert str(found[1].deadline) == "2026-03-05"
    assert str(found[0].deadline) == "2026-02-28"


def test_a_row_s_due_cell_gives_the_date_the_directive_does_not_but_no_budget_s():
    found = town(LOG)
    assert str(found[2].deadline) == "2026-09-30"  # "Sep 2026": the motion gives no date
    assert found[3].deadline is None  # "Monthly"
    assert found[4].deadline is None  # "2027 Budget": with the budget, whenever it is debated


def test_a_lettered_motion_to_administration_takes_no_unit():
    found = town(LOG)
    assert found[2].text.startswith("That Administration BE DIRECTED to: (a) price")
    assert found[2].lead is None


def test_by_year_end_is_the_end_of_the_meeting_s_year():
    text = "Council directed the Engineering Services Department to finish the culvert inventory by year-end."
    found = town(text)
    assert leads(found) == ["BV-ENG"]
    assert str(found[0].deadline) == "2026-12-31"


NOTICE_UNITS = [
    unit("KP-FIN", "Department of Finance of Kim Phong Province", "Department of Finance"),
    unit("KP-TRA", "Department of Transport of Kim Phong Province", "Department of Transport"),
    unit("KP-PMB", "Kim Phong Traffic Works Project Management Board", "Traffic Works Project Management Board"),
    unit(
        "KP-OFF", "Office of the Kim Phong Provincial People's Committee", "Office of the Provincial People's Committee"
    ),
]


def notice(text):
    return directives_in(text, NOTICE_UNITS, "en", "2026-05-04")


def test_a_unit_assigned_a_task_leads_it_while_urging_another():
    text = (
        "The Vice Chairman of the Provincial People's Committee concluded as follows:\n\n"
        "3.1. The Department of Finance shall advise on moving capital between projects.\n\n"
        "3.2. The Department of Transport is assigned to preside over and coordinate with the Traffic Works "
        "Project Management Board in checking the works on Provincial Road 12, urging the contractor to open the "
        "Cau Ngoi overpass to traffic by 30/9/2026.\n"
    )
    found = notice(text)
    assert leads(found) == ["KP-FIN", "KP-TRA"]
    assert [c.code for c in found[1].coordinating] == ["KP-PMB"]


def test_the_next_item_after_a_unit_s_inline_label_is_not_that_unit_s():
    text = (
        "The Chairman of the Provincial People's Committee concluded as follows:\n\n"
        "4.1. Department of Finance: list the slow projects by 20/5/2026.\n\n"
        "4.2. Traffic Works Project Management Board: hand in the settlement files; do not let files pile up until "
        "the end of the year.\n\n"
        "4.3. District People's Committees review land clearance and report the results to the Provincial People's "
        "Committee before 30/6/2026.\n\n"
        "5. Heads of agencies shall be responsible before the Chairman of the Provincial People's Committee if the "
        "works fall behind. All units must regard site clearance as the top task and take full responsibility for "
        "its results. The Office of the Provincial People's Committee shall follow up this conclusion.\n"
    )
    found = notice(text)
    assert leads(found) == ["KP-FIN", "KP-PMB", None, "KP-OFF"]
    assert [str(d.deadline) for d in found] == ["2026-05-20", "None", "2026-06-30", "None"]


def test_a_sanction_under_a_condition_and_a_priority_to_hold_are_no_orders():
    text = (
        "The Chairman of the Provincial People's Committee concluded as follows:\n\n"
        "1. Directors of departments must consider the ring road as their first task and take personal "
        "responsibility for its progress.\n\n"
        "2. The Department of Transport shall check the bridge piers before 15/6/2026.\n\n"
        "3. Directors of departments will be held accountable to the Provincial People's Committee in case the "
        "deadline is missed.\n"
    )
    found = notice(text)
    assert leads(found) == ["KP-TRA"]
    assert str(found[0].deadline) == "2026-06-15"


def test_a_backlog_left_until_the_end_of_the_year_is_no_deadline():
    text = (
        "The Traffic Works Project Management Board shall settle the contractors' claims each month and must not "
        "let unpaid claims accumulate until the end of the year."
    )
    found = notice(text)
    assert leads(found) == ["KP-PMB"]
    assert found[0].deadline is None
