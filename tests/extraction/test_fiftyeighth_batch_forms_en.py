"""Orders in the forms a fifty-eighth batch of English texts written blind showed: a Kenyan county's executive
member named by his title written out ("the County Executive Committee Member for Water"), his name in apposition
after an honorific ("Mr. ..."), and a following sentence that only says when the work is to run; a translated
Vietnamese conclusion notice whose tasks put the unit's verb in the present ("guides", "coordinates with", "monitors
and urges", "urges the contractors"), units at large with a bare verb, a pronoun's report-back, and the state told in
the present before the tasks; a UK record of decisions whose passive clause with no agent follows the clause of a
unit; a Canadian council directions log (its "Status as of ..." masthead, a passive motion whose lead is the row's
lead cell, a motion to the staff at large, a due cell with a value for each of a row's two directions); and budgets
of a year, drafts of named plans and numbered policies with their names, cited. Texts and directory written for
these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("NY-GOV", "County Government of Nyakach – Office of the Governor", "Office of the Governor", "Governor"),
    unit("NY-CEC", "Nyakach County Executive Committee", "County Executive Committee", "CEC"),
    unit("NY-WATER", "Nyakach County Department of Water and Sanitation", "Department of Water", "Water department"),
    unit("NY-EDU", "Nyakach County Department of Education", "Department of Education", "Education department"),
    unit("NY-FIN", "Nyakach County Department of Finance", "Finance", "Chief Officer Finance"),
    unit("HL-PPC", "Hoa Lac Provincial People's Committee", "Provincial People's Committee", "PPC"),
    unit(
        "HL-OFFICE",
        "Office of the Hoa Lac Provincial People's Committee",
        "Office of the Provincial People's Committee",
    ),
    unit("HL-TRANS", "Hoa Lac Department of Transport", "Department of Transport"),
    unit("HL-NRE", "Hoa Lac Department of Natural Resources", "Department of Natural Resources"),
    unit("HL-FIN", "Hoa Lac Department of Finance", "Department of Finance"),
    unit("HL-LFC", "Hoa Lac Land Fund Centre", "Provincial Land Fund Centre", "Land Fund Centre"),
    unit("BR-LEIS", "Brackmoor Council – Leisure Directorate", "Director of Leisure", "Leisure Services"),
    unit("BR-OSC", "Brackmoor Council – Communities Scrutiny Committee", "Communities Scrutiny Committee"),
    unit("PT-PARKS", "City of Pinecrest – Parks and Recreation Department", "Parks and Recreation"),
    unit("PT-TRANSIT", "Pinecrest Transit Services", "Transit Services", "Pinecrest Transit"),
    unit("PT-ROADS", "City of Pinecrest – Roads Division", "Roads Division", "Director of Roads"),
    unit("PT-BYLAW", "City of Pinecrest – By-law Services", "By-law Services", "By-law Enforcement"),
    unit("PT-CLERK", "City of Pinecrest – Office of the City Clerk", "City Clerk", "City Clerk's Office"),
]


def run(text, meeting="2026-04-13"):
    return directives_in(text, DIRECTORY, "en", meeting)


# -- a Kenyan county's press release ------------------------------------------------------------------


def test_a_county_executive_members_title_written_out_names_the_department_of_his_field():
    found = run(
        "The Governor directed the County Executive Committee Member for Water to map every broken borehole in the "
        "county by Friday.\n"
    )
    assert leads(found) == ["NY-WATER"]
    assert found[0].coordinating == []
    assert str(found[0].deadline) == "2026-04-17"


def test_an_addressee_named_in_apposition_after_an_honorific_keeps_the_order():
    found = run(
        "The Governor directed the Chief Officer for Finance, Mr. Peter Owino, to release funds for the school "
        "feeding programme by Friday.\n\n"
        "He also directed the CEC Member (CECM) for Education, Dr. Ruth Anyango, to audit the bursary lists within "
        "14 days.\n"
    )
    assert leads(found) == ["NY-FIN", "NY-EDU"]
    assert [str(d.deadline) for d in found] == ["2026-04-17", "2026-04-27"]


def test_a_following_sentence_that_says_when_the_work_is_to_run_gives_its_deadline():
    found = run(
        "The Governor asked the Water department to set up a leak reporting hotline for all wards. It should be up "
        "and running by the end of August, he said.\n"
    )
    assert leads(found) == ["NY-WATER"]
    assert found[0].text.endswith("he said")
    assert str(found[0].deadline) == "2026-08-31"


# -- a Vietnamese conclusion notice in English --------------------------------------------------------

NOTICE = (
    "After hearing the report of the Department of Finance, the Vice Chairman concluded as follows:\n\n"
    "1. By 15 April 2026 the province had disbursed 37.2% of its plan. Land clearance for the bypass from Km5 to Km9 "
    "remains slow; 58 households have not agreed with the compensation plan.\n\n"
    "2. Tasks in the coming time\n\n"
    "2.1. The Department of Transport urges the contractors of the Hoa Lac ring road to add machinery and work "
    "at night to recover the schedule. It shall report the results to the Provincial People's Committee at the "
    "regular meeting in November.\n\n"
    "The Department of Natural Resources guides the districts on valuing the land to be recovered. This guidance "
    "must be completed before 20 May 2026.\n\n"
    "2.2. The Provincial Land Fund Centre coordinates with the Department of Finance to prepare the auction of two "
    "land lots, to be submitted for approval in the third quarter of 2026.\n\n"
    "2.3. Departments, agencies and localities strictly implement the disbursement plan; heads of units that fall "
    "behind shall answer to the Chairman.\n\n"
    "2.4. The Office of the Provincial People's Committee monitors and urges the implementation of this "
    "conclusion.\n"
)


def test_a_notices_tasks_with_the_units_verb_in_the_present_are_orders():
    found = run(NOTICE)
    assert [d.text[:30] for d in found] == [
        "The Department of Transport ur",
        "The Department of Natural Reso",
        "The Provincial Land Fund Centr",
        "Departments, agencies and loca",
        "The Office of the Provincial P",
    ]
    assert leads(found) == ["HL-TRANS", "HL-NRE", "HL-LFC", None, "HL-OFFICE"]
    assert [c.code for c in found[2].coordinating] == ["HL-FIN"]


def starting(found, opening):
    """The one directive of ``found`` whose passage opens on ``opening``."""
    matching = [d for d in found if d.text.startswith(opening)]
    assert len(matching) == 1, [d.text[:40] for d in found]
    return matching[0]


def test_a_notices_task_takes_its_pronouns_report_back_and_the_sentence_after_it_its_deadline():
    found = run(NOTICE)
    transport = starting(found, "The Department of Transport")
    assert transport.text.endswith("at the regular meeting in November")
    assert str(transport.deadline) == "2026-11-30"
    assert str(starting(found, "The Department of Natural Resources").deadline) == "2026-05-20"


def test_the_state_told_in_the_present_before_the_tasks_is_no_order():
    found = run(NOTICE)
    assert not any(d.text.startswith("Land clearance") for d in found)


# -- a UK record of decisions ---------------------------------------------------------------------------


def test_a_resolutions_passive_clause_with_no_agent_falls_to_the_unit_of_the_clause_before():
    found = run(
        "RESOLVED that:\n"
        "(1) the leisure centre usage report for Quarter 3 be noted;\n"
        "(2) the Director of Leisure serve a default notice on the pool operator under the management agreement;\n"
        "(3) an improvement plan be agreed with the operator and presented to the Communities Scrutiny Committee at "
        "its meeting on 9 June 2026;\n"
        "(4) officers be requested to publish monthly attendance figures on the Council's website.\n"
    )
    assert [d.text[:20] for d in found] == ["the Director of Leis", "an improvement plan ", "officers be requeste"]
    assert leads(found) == ["BR-LEIS", "BR-LEIS", None]
    assert str(found[1].deadline) == "2026-06-09"


# -- a Canadian council directions log -----------------------------------------------------------------

LOG = (
    "City of Pinecrest\nCouncil Directions Log\n"
    "Status as of the Regular Council Meeting of April 13, 2026 – prepared by the City Clerk's Office\n\n"
    "Motion | Meeting | Lead | Direction | Due | Status\n\n"
    "CR-2026-031 | February 2, 2026 | Parks and Recreation\n"
    "THAT a public workshop on the draft Riverside Trails Master Plan be held before the summer recess.\n"
    "Due: Before summer recess (date TBD)\n"
    "Status: In progress – workshop booked for May 7 at the Pinecrest Arena.\n\n"
    "CR-2026-040 | February 16, 2026 | Transit Services\n"
    "THAT staff report back on options for Pinecrest Transit to add evening service to the airport business "
    "park.\n"
    "Due: Q3 2026\n"
    "Status: New\n\n"
    "CR-2026-044 | March 2, 2026 | Roads Division; By-law Services\n"
    "THAT the Director of Roads install a pedestrian crossover at Maple Avenue and Cedar Lane; and THAT By-law "
    "Enforcement increase speed enforcement on Maple Avenue during school hours.\n"
    "Due: May 15, 2026 (crossover); ongoing (enforcement)\n"
    "Status: In progress\n"
)


def test_a_logs_status_as_of_masthead_is_no_order():
    found = run(LOG)
    assert not any(d.text.startswith("Status as of") for d in found)


def test_a_log_rows_passive_motion_falls_to_the_rows_lead_cell_quoted_to_its_due_cell():
    workshop = starting(run(LOG), "THAT a public workshop")
    assert workshop.lead.code == "PT-PARKS"
    assert "workshop booked" not in workshop.text


def test_a_log_rows_motion_to_the_staff_at_large_has_no_lead():
    staff = starting(run(LOG), "THAT staff report back")
    assert staff.lead is None
    assert str(staff.deadline) == "2026-09-30"


def test_a_log_rows_due_cell_with_a_value_for_each_direction_dates_each_one():
    found = [starting(run(LOG), "THAT the Director of Roads"), starting(run(LOG), "and THAT By-law Enforcement")]
    assert leads(found) == ["PT-ROADS", "PT-BYLAW"]
    assert [str(d.deadline) for d in found] == ["2026-05-15", "None"]


# -- references ------------------------------------------------------------------------------------------


def test_a_budget_of_a_year_in_lower_case_is_cited():
    found = run(
        "The County Public Service Board was asked to recruit the 12 nurses approved in the 2026/27 budget.\n\n"
        "The Department of Finance shall cost the proposal for consideration during the 2027 capital budget "
        "deliberations.\n"
    )
    assert [d.references for d in found] == [["2026/27 budget"], ["2027 capital budget"]]


def test_a_named_plans_draft_and_a_numbered_policys_name_are_part_of_what_is_cited():
    found = run(
        "CR-2026-050 | March 16, 2026 | Parks and Recreation\n"
        "THAT Parks and Recreation hold a public meeting on the draft Riverside Trails Master Plan.\n"
        "Due: June 30, 2026\n\n"
        "CR-2026-051 | March 16, 2026 | Roads Division\n"
        "THAT the Director of Roads bring forward amendments to Winter Sidewalk Clearing Policy C-318.\n"
        "Due: September 30, 2026\n"
    )
    assert [d.references for d in found] == [
        ["draft Riverside Trails Master Plan"],
        ["Winter Sidewalk Clearing Policy C-318"],
    ]
