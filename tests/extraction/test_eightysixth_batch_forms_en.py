"""Orders in the forms an eighty-sixth batch of English texts written blind showed: directive logs and trackers.
A register flattened to "|"-separated rows whose motion has the body direct an officer ("That Council directs
the Harbour Manager to ..."), its due cell written with a two-digit year ("Nov-26", "30/04/27") or moved later
in the same cell ("Sep-26, revised 15/01/27"); a board's list of requests for information with labelled lines
("Requested by:", "Request:", "Responding dept.:", "Response due: 2/19/27"); a collector's compliance report
("Direction:", "Officer responsible:", "Timeline:", "Compliance:"). Texts and directory written for these
tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("PT-COUNCIL", "Porthaven District Council", "Porthaven Council"),
    unit("PT-HARB", "Harbour Operations, Porthaven District Council", "Harbour Manager"),
    unit("PT-LIB", "Libraries Team, Porthaven District Council", "Libraries Manager"),
    unit("PT-PARKS", "Parks Team, Porthaven District Council", "Parks Manager"),
    unit("OK-TECH", "Technology Services, Oakridge School District", "Technology Services"),
    unit("OK-NUT", "Nutrition Services, Oakridge School District", "Nutrition Services"),
    unit("KP-PWD", "Public Works Division, Kalpur", "EE, PWD", "Executive Engineer, PWD"),
    unit("KP-AGRI", "District Agriculture Office, Kalpur", "District Agriculture Officer", "DAO"),
]


def run(text, meeting=None):
    return directives_in(text, DIRECTORY, "en", meeting)


REGISTER = (
    "PORTHAVEN DISTRICT COUNCIL\nResolutions Action Register\n\n"
    "Meeting | Item | Resolution | Officer | Due | Status\n"
    "Council 14/05/26 | 7.2 Wharf | That Council directs the Harbour Manager to commission a condition survey of the "
    "east wharf piles. | Harbour Manager | Nov-26 | Under way.\n"
    "Council 11/06/26 | 8.1 Library hours | That Council directs the Libraries Manager to trial extended Saturday "
    "hours at the central library and report back. | Libraries Manager | 30/04/27 | Trial started.\n"
    "Council 09/07/26 | 9.4 Playgrounds | That the Committee requests the Parks Manager to audit the shade cover at "
    "all playgrounds. | Parks Manager | Sep-26, revised 15/01/27 | Revised – contractor delay.\n"
)


def test_register_motion_in_which_council_directs_an_officer_is_that_officers_order():
    found = run(REGISTER, "2026-10-20")
    assert leads(found) == ["PT-HARB", "PT-LIB", "PT-PARKS"]


def test_register_due_cells_with_two_digit_years_and_a_later_revised_date():
    found = run(REGISTER, "2026-10-20")
    assert [d.deadline.isoformat() if d.deadline else None for d in found] == ["2026-11-30", "2027-04-30", "2027-01-15"]


REQUESTS = """OAKRIDGE SCHOOL DISTRICT
Board Requests for Information – Status List

1. Requested by: Trustee Ortega (1/13/27)
Request: Provide the number of student laptops repaired under warranty this year.
Responding dept.: Technology Services
Response due: 2/19/27
Status: In progress.

2. Requested by: Trustee Lamb (1/27/27)
Request: Provide a summary of free meal participation by site.
Responding dept.: Nutrition Services
Response due: 3/5/27
Status: Not started.
"""


def test_request_list_gives_each_request_its_responding_department_and_due_date():
    found = run(REQUESTS, "2027-02-10")
    assert leads(found) == ["OK-TECH", "OK-NUT"]
    assert [d.deadline.isoformat() for d in found] == ["2027-02-19", "2027-03-05"]


def test_request_list_requester_line_orders_nothing_and_quote_is_the_request_alone():
    found = run(REQUESTS, "2027-02-10")
    assert [d.text.rstrip(".") for d in found] == [
        "Provide the number of student laptops repaired under warranty this year",
        "Provide a summary of free meal participation by site",
    ]


COMPLIANCE = """OFFICE OF THE COLLECTOR, KALPUR
COMPLIANCE REPORT on the directions issued in the review meeting held on 03.03.2027.

1. Direction: The Executive Engineer, PWD shall repair the approach road to the Sonpur bridge.
Officer responsible: EE, PWD
Timeline: By 31st March 2027
Compliance: Work order issued.

2. Direction: The District Agriculture Officer shall distribute certified seed to all registered farmers before sowing.
Officer responsible: DAO
Timeline: 15.04.2027
Compliance: Distribution under way in four blocks.
"""


def test_compliance_report_timeline_line_is_each_directions_deadline():
    found = run(COMPLIANCE, "2027-03-03")
    assert leads(found) == ["KP-PWD", "KP-AGRI"]
    assert [d.deadline.isoformat() for d in found] == ["2027-03-31", "2027-04-15"]
