"""Orders in the forms a seventy-fifth batch of English texts showed: council and board directive logs and follow-up
trackers (Canadian, Australian, US) flattened to text. A motion by which the body takes a report ("THAT Council
receive for information ...", "Receive and file", "be approved as presented") and a report's title line are no
orders; a labelled log's number line with its date ("Board Action: 2025-112 (May 6, 2025)") over its "Directive:"
line, the row's department cell its lead; "Revised target: TBD" leaves no date; a register laid out one cell to a
line under its item number and its "Meeting / Resolution" cell, a due cell revised in brackets; "Commence ...",
"Officers to ..."; bulleted directives grouped under a department's heading, after the resolution's number and
date, with "Target:" and "Revised target:" on the same line and a date with dashes ("15-Dec-2026"); a tracker's row
that records the board's own approval; a pipe log's row revised in brackets and a row to the staff with no lead
cell; "with input from" a unit. Texts and directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("OK-COUNCIL", "Town of Oakhaven Council", "Council", "Town Council"),
    unit("OK-CAO", "Oakhaven Office of the Town Manager", "Town Manager", "Office of the Town Manager"),
    unit("OK-PW", "Oakhaven Public Works Department", "Public Works"),
    unit("OK-PLAN", "Oakhaven Planning Services", "Planning Services"),
    unit("OK-PARKS", "Oakhaven Parks and Trails", "Parks & Trails"),
    unit("OK-FIN", "Oakhaven Financial Services", "Financial Services"),
    unit("OK-CLERK", "Oakhaven Clerk's Office", "Clerk's Office"),
    unit("OK-FIRE", "Oakhaven Fire Department", "Fire Department"),
]


def run(text, meeting="2026-06-16"):
    return directives_in(text, DIRECTORY, "en", meeting)


def test_a_motion_that_the_council_receive_a_report_for_information_is_no_order():
    text = (
        "RECOMMENDATION\n"
        'THAT Council receive for information the report titled "Quarterly Follow-up Summary" dated June 2, 2026.\n'
        "\n"
        "DISCUSSION\n"
        "Public Works will repave the Elm Lane parking lot by September 30, 2026.\n"
    )
    found = run(text)
    assert [d.text[:30] for d in found] == ["Public Works will repave the E"]


def test_receive_and_file_alone_and_an_approval_in_the_passive_are_no_orders():
    text = (
        "Recommended action: Receive and file.\n"
        "\n"
        "- R-2026-031 (Feb. 3): That the 2026 arts grant allocations be approved as presented. Status: Complete.\n"
        "- R-2026-044 (Mar. 3): Repair the Mill Road footbridge railing. Target: Q3 2026. Status: In progress.\n"
    )
    found = run(text)
    assert [d.text[:30] for d in found] == ["Repair the Mill Road footbridg"]


def test_a_report_title_line_under_the_town_name_is_no_order():
    text = (
        "TOWN OF OAKHAVEN\n"
        "REPORT TO COUNCIL\n"
        "\n"
        "Date: June 2, 2026\n"
        "Public Works will repave the Elm Lane parking lot by September 30, 2026.\n"
    )
    found = run(text)
    assert [d.text[:30] for d in found] == ["Public Works will repave the E"]


def test_a_labelled_log_row_takes_its_department_cell_as_lead():
    text = (
        "Submitted by: Office of the Town Manager\n"
        "\n"
        "Board Action: 2025-112 (May 6, 2025)\n"
        "Directive: Prepare an inventory of culverts on rural roads and rank them by condition.\n"
        "Department: Public Works (lead); Planning Services\n"
        "Target Date: Q3 2026\n"
        "Status: In progress\n"
        "\n"
        "Board Action: 2025-140 (June 3, 2025)\n"
        "Directive: Draft a lighting standard for the Riverside trail network.\n"
        "Department: Parks & Trails\n"
        "Target Date: Q1 2026\n"
        "Revised Target: TBD\n"
        "Status: Deferred\n"
    )
    found = run(text)
    assert [d.text[:30] for d in found] == ["Prepare an inventory of culver", "Draft a lighting standard for "]
    assert leads(found) == ["OK-PW", "OK-PARKS"]
    assert [c.code for c in found[0].coordinating] == ["OK-PLAN"]
    assert [str(d.deadline) for d in found] == ["2026-09-30", "None"]


def test_a_register_one_cell_to_a_line_under_its_item_numbers():
    text = (
        "Item\n"
        "Meeting / Resolution\n"
        "Action\n"
        "Responsible Directorate\n"
        "Due\n"
        "Status\n"
        "1\n"
        "OM 17/02/2026 – Res. 2026/012\n"
        "Commence consultation on the draft Footpath Renewal Program.\n"
        "Public Works\n"
        "31-Mar-2026 (revised: Sept. 2026)\n"
        "In progress\n"
        "2\n"
        "OM 17/03/2026 – Res. 2026/027\n"
        "Officers to bring forward a revised fee waiver policy.\n"
        "Financial Services\n"
        "Q4 2026\n"
        "Not started\n"
    )
    found = run(text)
    assert [d.text[:30] for d in found] == ["Commence consultation on the d", "Officers to bring forward a re"]
    assert leads(found) == ["OK-PW", "OK-FIN"]
    assert [str(d.deadline) for d in found] == ["2026-09-30", "2026-12-31"]


def test_bulleted_directives_under_a_department_heading_take_its_lead():
    text = (
        "DIRECTIVES BY DEPARTMENT\n"
        "\n"
        "Planning Services\n"
        "- R-2026-051 (Apr. 7): Review the sign bylaw for the Harbour District. Target: July 2026. "
        "Revised target: Nov. 2026. Status: In progress.\n"
        "\n"
        "Fire Department\n"
        "- R-2026-058 (Apr. 21): Install smoke alarm signage at the two community halls. Target: 15-Dec-2026. "
        "Status: Not started.\n"
        "\n"
        "Other\n"
        "- R-2026-060 (Apr. 21): Administration to report back on the cost of a youth council. Target: TBD. "
        "Status: Deferred.\n"
    )
    found = run(text)
    assert [d.text[:30] for d in found] == [
        "Review the sign bylaw for the ",
        "Install smoke alarm signage at",
        "Administration to report back ",
    ]
    assert leads(found) == ["OK-PLAN", "OK-FIRE", None]
    assert [str(d.deadline) for d in found] == ["2026-11-30", "2026-12-15", "None"]


def test_a_tracker_row_that_records_the_board_approval_is_no_order():
    text = (
        "No. / Motion / Directive / Lead / Target / Status\n"
        "\n"
        "1. Motion 26-0102 (Apr. 1, 2026) – Public Works to repaint the crosswalks on Main Street. Lead: Public Works. "
        "Target: Q2 2026 (revised: Aug 2026). Status: In progress.\n"
        "\n"
        "2. Motion 26-0110 (Apr. 15, 2026) – Board approved the 2026 sidewalk fee schedule. Lead: Financial Services. "
        "Target: n/a. Status: Complete – no follow-up directive.\n"
    )
    found = run(text)
    assert [d.text[:30] for d in found] == ["Motion 26-0102 (Apr. 1, 2026) "]
    assert str(found[0].deadline) == "2026-08-31"


def test_a_pipe_log_row_revised_in_brackets_and_a_staff_row_with_no_lead():
    text = (
        "Motion No. | Council Date | Directive | Lead Department | Target Date | Status\n"
        "R-2025-301 | Dec. 2, 2025 | Bring forward a draft noise bylaw update | Clerk's Office | "
        "Mar. 2026 (revised: Oct. 2026) | In progress\n"
        "R-2026-014 | Jan. 20, 2026 | Staff to prepare a plan for the spring cleanup week | — | May 2026 | "
        "Not started\n"
        "\n"
        "Notes: none.\n"
    )
    found = run(text)
    assert [d.text[:30] for d in found] == ["R-2025-301 | Dec. 2, 2025 | Br", "R-2026-014 | Jan. 20, 2026 | S"]
    assert leads(found) == ["OK-CLERK", None]
    assert [str(d.deadline) for d in found] == ["2026-10-31", "2026-05-31"]


def test_a_unit_named_with_input_from_coordinates():
    text = "Actions:\nPublic Works to develop a snow clearing plan with input from Financial Services on its costs.\n"
    found = run(text)
    assert leads(found) == ["OK-PW"]
    assert [c.code for c in found[0].coordinating] == ["OK-FIN"]
