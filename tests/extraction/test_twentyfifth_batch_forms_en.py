"""Orders in the forms a twenty-fifth batch of English texts written blind showed: a council's action log pasted
with its rules lost, its rows wrapped over lines, each opened by its item code and the date it was given, its
action an order with no subject ("Prepare ...", "Staff to ...", "Parks, with Police, to ..."), then the responsible
unit, the target date (month first), the status. Texts and directory written for these tests."""

from tests.extraction.conftest import codes, directives_in, leads, unit

DIRECTORY = [
    unit("GV-PARKS", "Parks and Recreation Department", "Parks"),
    unit("GV-POLICE", "Glenview Police Department", "Police"),
    unit("GV-PLAN", "Planning Division", "Planning"),
    unit("GV-CLERK", "City Clerk's Office", "City Clerk"),
    unit("GV-FIN", "Finance Department", "Finance"),
]

LOG = """FOLLOW-UP ITEMS FROM COUNCIL MEETINGS
Item No. Date Assigned Council Request Responsible Dept. Target Date Status
23-14 09/19/2023 Prepare a policy on the use of park shelters by commercial groups, with a
fee schedule. Parks and Recreation Department 03/15/2024 In progress. Draft shared
with the commission on 01/30/2024.
23-17 10/03/2023 Parks, with Police, to review lighting along the riverside path. Parks
Q1 2024 Not started.
23-19 10/17/2023 Council heard a presentation on the budget and took no action. Finance N/A
Received and filed.
24-02 01/09/2024 Staff to report on short-term rental permits issued since 2022. Planning
Division 02/27/2024 Delayed. Revised target date 05/21/2024.
24-04 01/23/2024 Direct the City Clerk to post agendas in three languages. City Clerk TBD
Pending.
Questions may be sent to the City Clerk's Office.
"""


def test_each_order_of_an_action_log_is_a_directive_quoted_with_its_row():
    found = directives_in(LOG, DIRECTORY, "en", "2024-02-13")
    assert leads(found) == ["GV-PARKS", "GV-PARKS", "GV-PLAN", "GV-CLERK"]  # no order in the narrated row
    assert found[0].text.startswith("23-14 09/19/2023 Prepare") and found[0].text.endswith("01/30/2024.")
    assert found[-1].text.endswith("Pending.")  # not the report's closing line


def test_an_action_logs_due_cell_is_read_month_first_and_a_revised_date_replaces_it():
    found = directives_in(LOG, DIRECTORY, "en", "2024-02-13")
    assert [str(d.deadline) for d in found] == ["2024-03-15", "2024-03-31", "2024-05-21", "None"]


def test_a_unit_the_logs_action_names_with_its_addressee_coordinates():
    found = directives_in(LOG, DIRECTORY, "en", "2024-02-13")
    assert codes(found[1].coordinating) == ["GV-POLICE"]


def test_a_logs_row_whose_order_has_a_past_form_in_its_object_is_no_narration():
    log = """OPEN COUNCIL REQUESTS
Item No. Date Assigned Council Request Responsible Dept. Target Date Status
24-06 02/06/2024 Prepare a costed plan for repairs to the library roof. Finance 06/30/2024
Not started.
24-07 02/06/2024 Council received the auditor's letter. Finance N/A Received and filed.
"""
    found = directives_in(log, DIRECTORY, "en", "2024-02-13")
    assert leads(found) == ["GV-FIN"]  # "costed" belongs to the order's object; the second row only tells
    assert str(found[0].deadline) == "2024-06-30"
