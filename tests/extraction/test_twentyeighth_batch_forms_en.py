"""Orders in the forms a twenty-eighth batch of English texts written blind showed: a council management team's
action table ("Ref | Action | Owner | Due"), its rows opened by a reference ("CMT/25/12 |") and wrapped over
lines, the owner written in the initials of a person of the attendance list or of a post the text names ("HoF"),
a helper in the action's cell ("... with Finance"), due cells "End Q2" and "Next CMT", and where a document must
go, noted by the team (no one tasked); a district assembly's
minutes, each item closed by an "Action: DCD" line that names who acts (no order of its own), a unit named by the
acronym of the body before the dash of its directory name ("GES"), a unit by its field and "Unit" with part of its
name left out, "entreated"/"enjoined" as requests, a task told of the last meeting (narration), and "A copy of the
letter is to be shared ... by ..." as the deadline of the order before; a county board's minutes, a motion that
failed on its roll call, "Ordinance No. 2026-03", a report due "at its May 12, 2026 meeting", and a request taken
up after a semicolon by the unit that carries it out ("directed the CAO to schedule the item"); a provincial
portal's article, "asked the locality to ...". Texts and directory written for these tests."""

from tests.extraction.conftest import codes, directives_in, leads, unit

DIRECTORY = [
    unit("UK-CEX", "Hallowfield Borough Council – Chief Executive's Office", "Chief Executive"),
    unit("UK-HOUS", "Hallowfield Borough Council – Housing & Regeneration Directorate", "Housing Directorate"),
    unit("UK-FIN", "Hallowfield Borough Council – Finance Department", "Head of Finance", "Finance"),
    unit("UK-ENV", "Hallowfield Borough Council – Environment Directorate", "Director of Environment"),
    unit("UK-LEGAL", "Hallowfield Borough Council – Legal and Democratic Services", "Monitoring Officer"),
    unit("GH-DCE", "Nkwanta-Sefwi Municipal Assembly – Office of the Municipal Chief Executive", "MCE"),
    unit("GH-CA", "Nkwanta-Sefwi Municipal Assembly – Central Administration", "Municipal Coordinating Director"),
    unit("GH-WORKS", "Nkwanta-Sefwi Municipal Assembly – Works Department", "Municipal Engineer"),
    unit("GH-NADMO", "Nkwanta-Sefwi Municipal Assembly – Disaster Management and Relief Unit", "Disaster Office"),
    unit("GH-HEALTH", "Ghana Health Service – Nkwanta-Sefwi Municipal Health Directorate", "Municipal Health Office"),
    unit("GH-GWL", "Ghana Water Limited – Sefwi District", "Ghana Water"),
    unit("US-CAO", "Juniper Falls County – County Administrator's Office", "County Administrator", "CAO"),
    unit("US-ROADS", "Juniper Falls County – Road Department", "Road Department", "Roadmaster"),
    unit("US-LIB", "Juniper Falls County – Library District", "Library"),
    unit("US-PARKS", "Juniper Falls County – Parks Department", "Parks Department"),
    unit("VN-TAYHO-DPC", "Tay Ho District People's Committee", "Tay Ho DPC"),
    unit("VN-DOT", "Song Ma Department of Transport", "Department of Transport"),
]

ACTION_TABLE = """HALLOWFIELD BOROUGH COUNCIL
Corporate Management Team – Notes
Date: Wednesday 4 March 2026

Attendees: Helen Marsh, Chief Executive (Chair); Tomasz Nowak, Housing & Regeneration Directorate;
Ruth Adeyemi, Director of Environment; Colin Barrett, Head of Finance

1. Budget monitoring
The HoF presented the period 10 monitoring report. The team noted that the treasury management strategy must be
submitted to the Audit Committee.

ACTIONS
Ref | Action | Owner | Due
CMT/26/09 | Update the temporary accommodation forecast; share with the Cabinet Member | TN | End Q2
CMT/26/10 | Draft the flood grant bid with Finance | RA |
within two weeks
CMT/26/11 | Close the period 11 accounts | HoF | Next CMT

Next CMT: Wednesday 18 March 2026
"""


def test_the_rows_of_an_owner_table_opened_by_their_references_are_orders_each():
    found = directives_in(ACTION_TABLE, DIRECTORY, "en", "2026-03-04")
    assert [d.text.split(" | ")[0] for d in found] == ["CMT/26/09", "CMT/26/10", "CMT/26/11"]


WRAPPED_TABLE = """Corporate Management Team – Actions agreed on 11 February 2026, Hallowfield Borough Council offices
Ref | Action | Owner | Due
CMT/26/04 | Prepare the options paper on the leisure centre roof for Cabinet | Housing Directorate | 27/02/2026
CMT/26/05 | Review the enforcement policy and bring the draft to the team | Monitoring Officer | 13/03/2026
CMT/26/06 | Publish the pay policy statement | Head of Finance | 31/03/2026
CMT/26/07 | External audit letter noted
CMT/26/08 | Renew the insurance cover for council buildings | Head of Finance | 30/04/2026
"""


def test_a_full_row_line_does_not_run_on_into_the_next_row_opened_by_its_reference():
    found = directives_in(WRAPPED_TABLE, DIRECTORY, "en", "2026-02-11")
    assert leads(found) == ["UK-HOUS", "UK-LEGAL", "UK-FIN", "UK-FIN"]
    assert found[-1].text.startswith("CMT/26/08 | Renew")


def test_an_owner_in_initials_is_the_unit_of_the_attendee_or_of_the_post_they_abbreviate():
    found = directives_in(ACTION_TABLE, DIRECTORY, "en", "2026-03-04")
    assert leads(found) == ["UK-HOUS", "UK-ENV", "UK-FIN"]


def test_where_a_document_must_go_noted_by_the_team_is_no_order():
    found = directives_in(ACTION_TABLE, DIRECTORY, "en", "2026-03-04")
    assert not any("treasury management strategy" in d.text for d in found)


def test_a_unit_the_action_cell_works_with_coordinates():
    found = directives_in(ACTION_TABLE, DIRECTORY, "en", "2026-03-04")
    assert codes(found[1].coordinating) == ["UK-FIN"]


def test_end_of_a_quarter_and_the_next_team_meeting_in_the_due_cell():
    found = directives_in(ACTION_TABLE, DIRECTORY, "en", "2026-03-04")
    assert [str(d.deadline) for d in found] == ["2026-06-30", "2026-03-18", "2026-03-18"]


MINUTES = """NKWANTA-SEFWI MUNICIPAL ASSEMBLY
MINUTES OF THE MUNICIPAL EXECUTIVE COMMITTEE MEETING HELD ON TUESDAY, 3RD FEBRUARY, 2026

IN ATTENDANCE
Mr. Kofi Asamoah-Darko       - Municipal Coordinating Director
Ing. Abena Frimpong          - Municipal Engineer

4.0 CULVERTS
The Municipal Engineer informed members that at the previous meeting she was tasked to inspect the culverts on
the Sefwi road and this had been done. The MCE directed the Engineer to clear the three blocked culverts before
the rains.
Action: ME

5.0 WATER SUPPLY
The MCE asked the GHS to test water from the boreholes at Asempanaye. The Disaster Management Unit should
stock relief items at the municipal store ahead of the rainy season.
Action: GHS

6.0 STANDPIPES
The MCE entreated Ghana Water to repair the broken standpipes at the lorry station.

7.0 ANY OTHER BUSINESS
The MCD was requested to write to the Regional Minister on the land dispute. A copy of the letter is to be
circulated to members by 20th February, 2026.
Action: MCD
"""


def test_an_action_line_is_no_order_and_names_the_lead_the_items_order_lacks():
    found = directives_in(MINUTES, DIRECTORY, "en", "2026-02-03")
    assert not any(d.text.strip() in ("ME", "GHS", "MCD") for d in found)
    assert found[0].text.startswith("The MCE directed the Engineer")
    assert found[0].lead.code == "GH-WORKS"


def test_the_acronym_of_the_body_before_the_dash_names_its_unit():
    found = directives_in(MINUTES, DIRECTORY, "en", "2026-02-03")
    assert found[1].text.startswith("The MCE asked the GHS")
    assert found[1].lead.code == "GH-HEALTH"


def test_a_unit_by_its_field_and_unit_with_part_of_its_name_left_out_is_the_subject_of_an_obligation():
    found = directives_in(MINUTES, DIRECTORY, "en", "2026-02-03")
    assert [d.lead.code for d in found if d.text.startswith("The Disaster Management Unit")] == ["GH-NADMO"]


def test_entreated_is_a_request():
    found = directives_in(MINUTES, DIRECTORY, "en", "2026-02-03")
    assert [d.lead.code for d in found if "entreated" in d.text] == ["GH-GWL"]


def test_a_task_given_at_the_previous_meeting_is_narration():
    found = directives_in(MINUTES, DIRECTORY, "en", "2026-02-03")
    assert not any("informed members" in d.text for d in found)


def test_a_copy_of_the_letter_due_by_a_date_is_the_deadline_of_the_order_before():
    found = directives_in(MINUTES, DIRECTORY, "en", "2026-02-03")
    assert found[-1].text.startswith("The MCD was requested") and found[-1].text.endswith("February, 2026")
    assert str(found[-1].deadline) == "2026-02-20"


BOARD = """JUNIPER FALLS COUNTY BOARD OF COMMISSIONERS – MINUTES
Regular Session – Wednesday, April 8, 2026

ITEM 4 – LIBRARY HOURS
Commissioner Vance moved to direct the Library to open on Sundays from June 1. Seconded by Commissioner
Ortiz.
Roll call vote: Ayes: Vance, Ortiz. Noes: Bell, Lund, Park.
Motion failed 2-3.

ITEM 5 – ROAD FEES
Commissioner Bell moved to adopt Ordinance No. 2026-07 setting the road permit fees, and to direct the
Road Department to update the fee schedule. Seconded by Commissioner Lund. Motion carried 5-0.
Commissioner Park moved to direct the Parks Department to report on trail damage to the Board at its May 12,
2026 meeting. Seconded by Commissioner Vance. Motion carried 5-0.

ITEM 6 – FUTURE AGENDA ITEMS
Commissioner Ortiz requested that the fairground lease be brought to a work session; the Board directed the
County Administrator to schedule the item.
"""


def test_a_motion_that_failed_on_its_roll_call_orders_nothing():
    found = directives_in(BOARD, DIRECTORY, "en", "2026-04-08")
    assert not any("open on Sundays" in d.text for d in found)


def test_an_ordinance_numbered_by_its_year_is_a_reference():
    found = directives_in(BOARD, DIRECTORY, "en", "2026-04-08")
    assert found[0].references == ["Ordinance No. 2026-07"]


def test_a_report_due_at_the_boards_meeting_named_by_its_date():
    found = directives_in(BOARD, DIRECTORY, "en", "2026-04-08")
    assert [str(d.deadline) for d in found if "trail damage" in d.text] == ["2026-05-12"]


def test_a_request_taken_up_after_a_semicolon_by_the_unit_that_carries_it_out_is_one_order():
    found = directives_in(BOARD, DIRECTORY, "en", "2026-04-08")
    assert found[-1].text.startswith("Commissioner Ortiz requested") and found[-1].text.endswith("the item")
    assert found[-1].lead.code == "US-CAO"


ARTICLE = """Vice Chairman inspects Tay Ho district's transport projects

On April 2, Vice Chairman of the Provincial People's Committee Nguyen Van Binh inspected the Tay Ho district's
ring road. He requested Tay Ho DPC to complete the site clearance before May 31, 2026. For the bus station
project, he noted that the design has been approved, and asked the locality to hand over the land in the third
quarter of 2026.
"""


def test_the_locality_asked_to_act_is_the_district_named_before():
    found = directives_in(ARTICLE, DIRECTORY, "en", "2026-04-02")
    assert leads(found) == ["VN-TAYHO-DPC", "VN-TAYHO-DPC"]
