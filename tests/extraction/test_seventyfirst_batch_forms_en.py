"""Orders in the forms a seventy-first batch of English texts written blind showed: a council's direction tracker
flattened to pipe rows with an "Original Target" and a "Revised Target" column (the revised cell, where filled,
the deadline; "TBD" none; the row's number its reference; "That staff be directed" no unit whatever department
tracks the row); a status report's numbered items with "Lead:", "Due:" and "Update:" lines (the number in the
title's brackets, the unit the directive itself names over the tracking one, a due cell naming a meeting and its
date); a log laid out a line per cell with a "Resolution:" line; a Solar Hijri month with "within the month of".
Texts and directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("MB-COUNCIL", "Council of the Town of Millbrook", "Millbrook Council"),
    unit("MB-PW", "Public Works Department, Town of Millbrook", "Public Works"),
    unit("MB-REC", "Recreation Department, Town of Millbrook", "Recreation Services"),
    unit("MB-CLERK", "Office of the Town Clerk, Millbrook", "Town Clerk", "Clerk"),
    unit("MB-ARTS", "Millbrook Arts and Culture Board", "Arts and Culture Board"),
    unit("MB-TREAS", "Treasury, Town of Millbrook", "Treasurer"),
    unit("AF-MOE", "Ministry of Economy (Afghanistan)", "Ministry of Economy"),
]


def run(text, meeting=None):
    return directives_in(text, DIRECTORY, "en", meeting)


_TRACKER = (
    "Direction Tracker\n"
    "Res. No. | Date | Direction | Dept. | Original Target | Revised Target | Status\n"
    "M-2025-41 | Oct. 7, 2025 | THAT the Treasurer review the tax arrears policy | Treasury | Q1 2026 | Q4 2026 | "
    "Underway\n"
    "M-2026-08 | Feb. 3, 2026 | THAT staff be directed to draft a tree canopy strategy | Public Works | May 2026 | "
    "TBD | Paused\n"
    "M-2026-15 | Mar. 2, 2026 | THAT the Clerk report back on e-voting options | Town Clerk | Oct. 2026 | - | "
    "On track\n"
    "\n"
    "Respectfully submitted.\n"
)


def test_a_tracker_row_takes_its_revised_target_over_the_original():
    directives = run(_TRACKER, meeting="2026-04-14")
    assert [str(d.deadline) for d in directives] == ["2026-12-31", "None", "2026-10-31"]


def test_a_tracker_rows_number_is_its_reference_and_staff_lead_no_unit():
    directives = run(_TRACKER, meeting="2026-04-14")
    assert leads(directives) == ["MB-TREAS", None, "MB-CLERK"]
    assert [d.references[:1] for d in directives] == [["M-2025-41"], ["M-2026-08"], ["M-2026-15"]]


_ITEMS = (
    "STATUS OF COUNCIL REFERRALS\n"
    "\n"
    "1. Splash Pad Hours (M-2025-77, November 3, 2025)\n"
    "THAT staff report back on extending the splash pad hours at Riverside Park.\n"
    "Lead: Recreation Services\n"
    "Due: August 2026\n"
    "Update: Attendance data is being compiled.\n"
    "\n"
    "2. Mural Program (M-2026-12, February 9, 2026)\n"
    "THAT the proposal from the Downtown Merchants be referred to the Arts and Culture Board for comment.\n"
    "Lead: Recreation Services\n"
    "Due: Board meeting of June 18, 2026\n"
    "Update: On the Board's June agenda.\n"
)


def test_labelled_items_with_an_update_line_keep_the_directives_own_lead():
    directives = run(_ITEMS, meeting="2026-05-20")
    assert leads(directives) == [None, "MB-ARTS"]
    assert [d.references[:1] for d in directives] == [["M-2025-77"], ["M-2026-12"]]
    assert str(directives[1].deadline) == "2026-06-18"


def test_a_resolution_line_above_the_directive_line_is_its_reference():
    directives = run(
        "OUTSTANDING DIRECTIVES\n"
        "\n"
        "Resolution: CR77/2025\n"
        "Directive: That the Town Clerk report on options for remote delegations.\n"
        "Department: Office of the Town Clerk\n"
        "Target: Q3 2026\n"
        "Status: In progress.\n",
        meeting="2026-04-14",
    )
    assert leads(directives) == ["MB-CLERK"]
    assert directives[0].references[:1] == ["CR77/2025"]
    assert str(directives[0].deadline) == "2026-09-30"


def test_a_solar_hijri_month_within_which_the_work_is_due():
    directives = run(
        "KABUL (30 March 2026): The Ministry of Economy was told to submit the revised price survey to the cabinet "
        "within the month of Saur.\n",
        meeting="2026-03-30",
    )
    assert leads(directives) == ["AF-MOE"]
    assert str(directives[0].deadline) == "2026-05-21"
