"""Orders in the forms a forty-eighth batch of English texts written blind showed: a council's quarterly update on
its action items, each order followed by its status ("Status: ... Target: third quarter of 2026.", "Completion
expected by end of the calendar year (December 31, 2026).", "Engineering will report back to Council ... by"), the
status's completion date the order's due where the order gives none and the status no order of its own; and a
directives log flattened from a table, a status cell under the order ("Not Started", "In Progress - report due
March 2027") with the date the work is now expected. Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

CITY = [
    unit("BH-ENG", "Engineering Department", "Engineering"),
    unit("BH-LIB", "Library Services Department", "Library Services"),
    unit("BH-HR", "Human Resources Department", "Human Resources"),
    unit("BH-FIN", "Finance Department", "Finance"),
    unit("BH-TR", "Transit Services", "Transit"),
]


def city(text, meeting="2026-05-12"):
    return directives_in(text, CITY, "en", meeting)


def test_an_action_items_update_s_status_gives_the_due_where_the_order_gives_none():
    text = (
        "CITY OF BRAMBLE HEIGHTS\nSTAFF REPORT\nMeeting Date: May 12, 2026\n"
        "Subject: Semi-Annual Report on Council Directions\n\n"
        "DISCUSSION\nThe following directions remain open:\n\n"
        "1. Hillcrest Avenue Traffic Calming (directed 11/18/2025)\n"
        "Council directed the Engineering Department to study speed humps on Hillcrest Avenue between Oak Lane and "
        "the middle school. Status: Counts taken in March. Engineering will report back to Council with options by "
        "September 15, 2026.\n\n"
        "2. Library Hours Pilot (directed 01/27/2026)\n"
        "Direct the Library Services Department to open the Eastside branch on Sunday afternoons for a six-month "
        "trial. Status: Staffing plan drafted; union consultation under way. Target: third quarter of 2026.\n\n"
        "3. Hiring Dashboard (directed 02/24/2026)\n"
        "The Human Resources Department was directed to publish a vacancy dashboard on the city website. "
        "Status: In progress. Completion expected by end of the calendar year (December 31, 2026).\n\n"
        "4. Transit Fare Review (directed 03/10/2026)\n"
        "Direct the Finance Department to review transit fares and present options to the Finance Committee "
        "in October 2026. Status: Consultant retained; kickoff held April 2, 2026.\n"
    )
    found = city(text)
    assert leads(found) == ["BH-ENG", "BH-LIB", "BH-HR", "BH-FIN"]
    assert [str(d.deadline) for d in found] == ["2026-09-15", "2026-09-30", "2026-12-31", "2026-10-31"]


def test_a_status_with_no_date_is_no_order_of_its_own():
    text = (
        "1. Noise Bylaw Review (directed 12/09/2025)\n"
        "Council directed staff to review the construction noise bylaw. Status: Staff is surveying other cities. "
        "Report expected at a future council workshop.\n\n"
        "2. Bus Shelter Lighting (directed 02/10/2026)\n"
        "Direct Transit Services to install solar lighting at ten bus shelters on Main Street. Status: Vendor "
        "selected. Transit will return to Council with the contract by July 14, 2026.\n"
    )
    found = city(text)
    assert leads(found) == [None, "BH-TR"]
    assert [str(d.deadline) for d in found] == ["None", "2026-07-14"]


def test_a_directives_log_s_status_cell_gives_the_date_the_work_is_expected():
    text = (
        "CITY OF BRAMBLE HEIGHTS\nCouncil Directives Tracking Log\nRegular Meeting of Council held May 12, 2026\n"
        "Item\nResolution #\nCouncil Directive\nStatus\n"
        "6.2\nCR201/2026\n"
        "That the Engineering Department BE DIRECTED to review the culvert inspection program in consultation "
        "with Finance and report back to Council.\n"
        "Not Started\n"
        "Report anticipated Q3 2026\n"
        "9.1\nCR207/2026\n"
        "That Library Services BE DIRECTED to prepare a report on extending the mobile library to rural "
        "hamlets.\n"
        "In Progress - report due March 2027\n"
        "9.4\nCR209/2026\n"
        "That the 2027 budget timetable attached as Appendix B BE ADOPTED.\n"
        "Completed\n"
    )
    found = city(text)
    assert leads(found) == ["BH-ENG", "BH-LIB"]
    assert [str(d.deadline) for d in found] == ["2026-09-30", "2027-03-31"]
