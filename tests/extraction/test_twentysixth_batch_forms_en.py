"""Orders in the forms a twenty-sixth batch of English texts written blind showed: a secretariat's minutes whose
decisions are numbered items, each followed by an "Action by:" line and a "Timeline:" line (lines that all count as
paragraphs in a hard-wrapped text), an item of a few sentences, an item that gives two units a sentence each under
one pair of labels; its covering letter and its closing announcement of the next meeting, which order nothing; a
council's "RESOLVED that:" with numbered clauses in the mandative subjunctive ("The Head of X, working with Y,
draw up ..."). Texts and directory written for these tests."""

from tests.extraction.conftest import codes, directives_in, leads, unit

DIRECTORY = [
    unit("ZZ-HEALTH", "Health Department", "Health Department", "Secretary Health"),
    unit("ZZ-SCHOOLS", "School Education Department", "School Education Department", "Secretary Schools"),
    unit("ZZ-POWER", "Power Distribution Company", "DISCO", "CEO DISCO"),
    unit("ZZ-TRANSPORT", "Transport Department", "Transport Department", "Secretary Transport"),
    unit("ZZ-HOUSING", "Housing Service", "Head of Housing"),
    unit("ZZ-PARKS", "Parks and Open Spaces", "Parks Manager"),
    unit("ZZ-FIRE", "County Fire Service", "County Fire Service", "Fire Authority"),
    unit("ZZ-POLICE", "Constabulary", "Police"),
]

HEATWAVE = """GOVERNMENT OF THE PROVINCE
HOME DEPARTMENT
No.SO(C)4-11/2025 Dated the 12th May, 2025
Subject: MINUTES OF THE MEETING ON HEATWAVE PREPAREDNESS
I am directed to forward herewith minutes of the meeting held on 09.05.2025
for information and compliance.
2. The Secretary Home welcomed the participants.
3. The following decisions were taken:
Sr. Decision Action by Timeline
i. Health Department shall set up heat stroke counters in all district
hospitals.
Action by: Secretary Health
Timeline: 20.05.2025
ii. Shaded waiting areas shall be provided at all bus terminals. Drinking
water shall also be arranged there.
Action by: Secretary Transport
Timeline: Within 10 days
iii. School Education Department shall revise school timings to end by noon.
Health Department shall train school staff in first aid for heat stroke.
Action by: Secretary Schools / Secretary Health
Timeline: 31/05/2025
iv. DISCO shall avoid load shedding in hospitals during the heatwave.
Action by: CEO DISCO
Timeline: Till 31.07.2025
4. The next meeting will be held in the second week of June, 2025.
"""


def test_a_decisions_timeline_line_after_its_action_by_line_gives_the_deadline():
    found = directives_in(HEATWAVE, DIRECTORY, "en", "2025-05-09")
    assert found[0].text.startswith("Health Department shall set up")
    assert found[0].text.endswith("Timeline: 20.05.2025")
    assert str(found[0].deadline) == "2025-05-20"
    assert str(found[-1].deadline) == "2025-07-31"  # "Till 31.07.2025": the end of the obligation


def test_a_numbered_decision_of_two_sentences_with_no_new_unit_is_one_row():
    found = directives_in(HEATWAVE, DIRECTORY, "en", "2025-05-09")
    row = next(d for d in found if "Shaded waiting areas" in d.text)
    assert "Drinking\nwater shall also be arranged" in row.text and row.text.endswith("Within 10 days")
    assert row.lead.code == "ZZ-TRANSPORT"
    assert str(row.deadline) == "2025-05-19"
    assert not any(d.text.startswith("Drinking") for d in found)


def test_two_units_of_one_decision_lead_their_own_sentence_and_share_its_timeline():
    found = directives_in(HEATWAVE, DIRECTORY, "en", "2025-05-09")
    schools = next(d for d in found if d.text.startswith("School Education"))
    health = next(d for d in found if d.text.startswith("Health Department shall train"))
    assert (schools.lead.code, codes(schools.coordinating)) == ("ZZ-SCHOOLS", [])
    assert (health.lead.code, codes(health.coordinating)) == ("ZZ-HEALTH", [])
    assert str(schools.deadline) == str(health.deadline) == "2025-05-31"


def test_the_covering_letter_the_serial_number_cell_and_the_next_meeting_order_nothing():
    found = directives_in(HEATWAVE, DIRECTORY, "en", "2025-05-09")
    assert leads(found) == ["ZZ-HEALTH", "ZZ-TRANSPORT", "ZZ-SCHOOLS", "ZZ-HEALTH", "ZZ-POWER"]
    assert not any(d.text.startswith(("I am directed", "Sr", "The next meeting")) for d in found)


RESOLVED = """CABINET - 9 October 2025

41 WINTER PREPAREDNESS
The Cabinet considered a report of the Head of Housing.

RESOLVED that:
1. The report be NOTED;
2. The Head of Housing, working with the County Fire Service as Fire Authority and
the Police, draw up a cold weather shelter plan by 30 November 2025; and
3. The Parks Manager close the riverside paths during flood warnings.

42 ANY OTHER BUSINESS
There was none.
"""


def test_a_resolutions_numbered_clauses_in_the_bare_verb_are_orders():
    found = directives_in(RESOLVED, DIRECTORY, "en", "2025-10-09")
    assert leads(found) == ["ZZ-HOUSING", "ZZ-PARKS"]
    assert found[0].text.startswith("The Head of Housing, working with")
    assert str(found[0].deadline) == "2025-11-30"


def test_units_a_clause_works_with_coordinate_even_when_named_as_a_lead_authority():
    found = directives_in(RESOLVED, DIRECTORY, "en", "2025-10-09")
    assert codes(found[0].coordinating) == ["ZZ-FIRE", "ZZ-POLICE"]


def test_within_the_month_is_the_end_of_the_meetings_month_and_a_past_opening_date_is_none():
    text = """MINUTES OF THE MANAGEMENT COMMITTEE, 14 October 2025

1. The Housing Service shall return the updated tenancy list to the Committee within the month.
2. The Parks Manager shall promote the tree grant, which opened on 1 September 2025, in the autumn newsletter.
"""
    found = directives_in(text, DIRECTORY, "en", "2025-10-14")
    assert leads(found) == ["ZZ-HOUSING", "ZZ-PARKS"]
    assert [str(d.deadline) for d in found] == ["2025-10-31", "None"]


# An action register copied one cell to a line: the meeting's date alone, the agenda item, the action, the
# responsible officer, the due cell and the status (rules: directives.register_table; deadlines, "Q3 2025/26").
REGISTER_DIRECTORY = [
    unit("ZZ-ROADS", "Roading", "Roading Manager"),
    unit("ZZ-PARKS", "Parks and Reserves", "Parks Manager", "Parks team"),
    unit("ZZ-WATER", "Three Waters", "Three Waters Manager", "Water Services"),
    unit("ZZ-IWI", "Iwi Liaison", "Iwi Liaison Office"),
    unit("ZZ-FIN", "Finance", "Chief Financial Officer"),
]

REGISTER = """Infrastructure Committee                                           2 October 2025

ACTION REGISTER AS AT 22/09/2025

Date Item Action Owner Due Status
06/08/2025
Item 4 Rural Roads Maintenance
Prepare a costed programme for resealing the unsealed rural roads, in
conjunction with Three Waters
Roading Manager
31/10/2025
In progress.
06/08/2025
Item 7 Playground Renewals
Survey the condition of all playgrounds and report to the next workshop
Parks Manager
Within 14 days
Overdue - contractor delayed. Revised due date 30 September 2025.
10/09/2025
Item 3 Annual Report
Report noted. No further action.
-
-
Closed
10/09/2025
Item 5 Long Term Plan
Model the rates impact of the stormwater upgrades
Chief Financial Officer
End of Q2 2025/26
Not started
"""


def test_a_registers_rows_lead_from_their_owner_line_and_take_the_due_cell():
    found = directives_in(REGISTER, REGISTER_DIRECTORY, "en", "2025-10-02")
    assert [d.text.split()[0] for d in found] == ["Prepare", "Survey", "Model"]
    assert leads(found) == ["ZZ-ROADS", "ZZ-PARKS", "ZZ-FIN"]
    assert codes(found[0].coordinating) == ["ZZ-WATER"]  # "in conjunction with Three Waters"
    assert str(found[0].deadline) == "2025-10-31"  # a due cell alone on its line opens no row
    assert found[0].text.endswith("Roading Manager\n31/10/2025")


def test_a_registers_revised_due_date_in_the_status_replaces_its_due_cell():
    found = directives_in(REGISTER, REGISTER_DIRECTORY, "en", "2025-10-02")
    assert str(found[1].deadline) == "2025-09-30"
    assert found[1].text.endswith("Revised due date 30 September 2025.")


def test_a_quarter_of_a_split_year_is_a_july_to_june_fiscal_quarter():
    found = directives_in(REGISTER, REGISTER_DIRECTORY, "en", "2025-10-02")
    assert str(found[2].deadline) == "2025-12-31"  # Q2 of 2025/26: October to December 2025


def test_a_registers_due_cell_within_days_counts_from_the_rows_meeting():
    text = REGISTER.replace("Revised due date 30 September 2025.", "Works under way.")
    found = directives_in(text, REGISTER_DIRECTORY, "en", "2025-10-02")
    assert str(found[1].deadline) == "2025-08-20"  # 14 days from 6 August


RESOLVED_ONE = """LICENSING COMMITTEE - 3 June 2025

22 STREET TRADING POLICY
The Committee considered a report on the review of the street trading policy.

RESOLVED that the Parks Manager, with the assistance of Water Services and the Chief Financial Officer,
draw up a revised schedule of fees for pitches on parks by 31 July 2025.

RESOLVED that the minutes of the previous meeting be approved.
"""


def test_a_resolution_of_one_sentence_in_the_subjunctive_is_an_order_with_its_helpers():
    found = directives_in(RESOLVED_ONE, REGISTER_DIRECTORY, "en", "2025-06-03")
    assert len(found) == 1 and found[0].text.startswith("RESOLVED that the Parks Manager")
    assert found[0].lead.code == "ZZ-PARKS"
    assert codes(found[0].coordinating) == ["ZZ-WATER", "ZZ-FIN"]
    assert str(found[0].deadline) == "2025-07-31"


# Minutes of a provincial executive committee, its orders in running paragraphs (rules: directives.shape, a
# connector that adds a task, and a deadline sentence that names a group of its own).
EXECUTIVE = """MINUTES OF THE EXECUTIVE COMMITTEE MEETING, 3 March 2025

1. School Safety
The School Education Department is directed to audit the fire exits of all
secondary schools before the start of the next term. Similarly, the School
Education Department shall submit the list of schools lacking fire
extinguishers within ten (10) days.

2. Training Calendar
The Health Department is tasked to draw up the training calendar for rural
health workers. The deadline for submission of nominations from all district
offices to the Health Department is on March 21, 2025. Late nominations will
not be considered.
"""


def test_a_sentence_opened_by_likewise_or_similarly_is_another_task_of_the_unit_with_its_own_deadline():
    found = directives_in(EXECUTIVE, DIRECTORY, "en", "2025-03-03")
    audit = next(d for d in found if d.text.startswith("The School Education Department is directed"))
    extra = next(d for d in found if d.text.startswith("Similarly, the School"))
    assert audit.text.endswith("next term") and audit.deadline is None
    assert extra.lead.code == "ZZ-SCHOOLS"
    assert str(extra.deadline) == "2025-03-13"


def test_a_deadline_for_a_group_it_names_is_an_order_of_its_own_with_no_lead():
    found = directives_in(EXECUTIVE, DIRECTORY, "en", "2025-03-03")
    calendar = next(d for d in found if d.text.startswith("The Health Department is tasked"))
    group = next(d for d in found if d.text.startswith("The deadline for submission"))
    assert calendar.text.endswith("health workers") and calendar.deadline is None
    assert group.lead is None  # "from all district offices": no unit, not the Health Department it is sent to
    assert str(group.deadline) == "2025-03-21"


def test_what_befalls_a_late_or_incomplete_submission_is_no_order():
    found = directives_in(EXECUTIVE, DIRECTORY, "en", "2025-03-03")
    assert not any(d.text.startswith("Late nominations") for d in found)
    text = """MINUTES OF THE TRANSPORT BOARD, 7 April 2025

The Transport Department shall collect the route permit renewals from the operators by 30 April 2025.
Applications without a fitness certificate shall not be accepted. Claims received after that date will not be
entertained.
"""
    found = directives_in(text, DIRECTORY, "en", "2025-04-07")
    assert leads(found) == ["ZZ-TRANSPORT"]
    assert str(found[0].deadline) == "2025-04-30"
    # an order that the refusal be made is one
    text = text.replace("Applications without", "The Transport Department shall see that applications without")
    assert len(directives_in(text, DIRECTORY, "en", "2025-04-07")) == 2
