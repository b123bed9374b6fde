"""Orders in the forms an eighty-sixth batch of English texts written blind showed, second pass: a board's tracker
of its directives with no due column, each row on one line parted by "|" ("No. | Date Given | Board Directive |
Lead Department | Status / Next steps"), its directive an order with no "That" ("Direct the Library Director to
..."), its deadline the directive's own or the date its status looks ahead to ("Staff will return to the Board on
March 9, 2027"), the status itself no order. Texts and directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("WL-LIB", "Library Department, Willow County", "Library Director", "County Library"),
    unit("WL-IT", "Information Technology Department, Willow County", "Information Technology"),
    unit("WL-FLEET", "Fleet Services, Willow County", "Fleet Manager", "Fleet Services"),
    unit("WL-FIN", "Finance Department, Willow County", "Finance Director", "Finance"),
    unit("WL-CAO", "County Administrator's Office, Willow County", "County Administrator's Office"),
]


def run(text, meeting=None):
    return directives_in(text, DIRECTORY, "en", meeting)


TRACKER = (
    "WILLOW COUNTY BOARD OF SUPERVISORS\nItem 14 - Board Directives Tracker\n\n"
    "No. | Date Given | Board Directive | Lead Department | Status / Next steps\n"
    "W-26-03 | 03/10/2026 | Direct the Library Director to pilot evening study rooms at two branches, working with "
    "Information Technology. | County Library | Pilot under way. Staff will return to the Board on March 9, 2027 "
    "with results.\n"
    "W-26-07 | 05/12/2026 | Direct staff to compare electric and hybrid options for the road crew trucks. | County "
    "Administrator's Office | Originally scheduled for October 6, 2026. Revised: staff will return to the Board on "
    "April 13, 2027.\n"
    "W-26-11 | 07/21/2026 | Request the Fleet Manager and the Finance Director to report on fuel card controls. | "
    "Fleet Services | Audit fieldwork pending. Return date to be set.\n"
)


def test_tracker_rows_ordering_with_no_that_are_directives_the_status_none():
    found = run(TRACKER, "2026-12-01")
    assert [d.text.split(" ")[:2] for d in found] == [["Direct", "the"], ["Direct", "staff"], ["Request", "the"]]


def test_tracker_row_lead_is_the_unit_addressed_staff_none_and_helpers_coordinate():
    found = run(TRACKER, "2026-12-01")
    assert leads(found) == ["WL-LIB", None, "WL-FLEET"]
    assert [[c.code for c in d.coordinating] for d in found] == [["WL-IT"], [], ["WL-FIN"]]


def test_tracker_row_deadline_is_the_date_its_status_looks_ahead_to():
    found = run(TRACKER, "2026-12-01")
    assert [d.deadline.isoformat() if d.deadline else None for d in found] == ["2027-03-09", "2027-04-13", None]


RECORD = (
    "RURAL MUNICIPALITY OF WILLOW\nCouncil Direction Tracking\n\n"
    "May 5, 2026 – Res. 2026-101. Administration to review the cemetery fee schedule and recommend changes.\n"
    "Responsible: Finance; Target: Q1 2027; Update: Survey of fees under way.\n\n"
    "June 2, 2026 – Res. 2026-130. Council directed the Fleet Manager, in consultation with the Finance Director, "
    "to replace the grader blade inventory system.\n"
    "Responsible: Fleet Services; Target: March 31, 2027; Update: Quotes requested.\n\n"
    "June 16, 2026 – Res. 2026-141. The Library Director, together with Information Technology, to set up a "
    "public laptop lending kiosk.\n"
    "Responsible: County Library; Target: February 26, 2027; Update: Vendor selected.\n\n"
    "Council is asked to receive this report as information.\n"
)


def test_record_order_to_administration_has_no_lead_and_the_report_to_receive_is_none():
    found = run(RECORD, "2026-11-10")
    assert leads(found) == [None, "WL-FLEET", "WL-LIB"]


def test_record_helper_after_in_consultation_with_or_together_with_coordinates():
    found = run(RECORD, "2026-11-10")
    assert [[c.code for c in d.coordinating] for d in found] == [[], ["WL-FIN"], ["WL-IT"]]


LETTERED = (
    "WILLOW DISTRICT COUNCIL\nResolutions Action Register\n\n"
    "Meeting | Item | Resolution | Officer | Due | Status\n"
    "Council 12/08/26 | 6.2 Dog park | That Council: (a) receives the report on the dog park trial; (b) directs the "
    "Library Director to add dog-walking maps to the branch notice boards; (c) requests staff to draft a dog park "
    "policy. | (b) Library Director (c) Finance Director | (b) Nov-26 (c) Apr-27 | (b) Done (c) Drafting.\n"
)


def test_register_motion_in_lettered_clauses_gives_each_ordering_clause_with_its_own_due_part():
    found = run(LETTERED, "2026-10-20")
    assert [d.text[:3] for d in found] == ["(b)", "(c)"]
    assert leads(found) == ["WL-LIB", None]
    assert [d.deadline.isoformat() if d.deadline else None for d in found] == ["2026-11-30", "2027-04-30"]
