"""Orders in the forms a thirty-seventh batch of English texts written blind showed, and one layout of the batch
before: a numbered heading that opens on the units it addresses and ends with a colon ("1. Chairpersons of the
People's Committees of A, B and C to direct the following:"), its lettered or dashed items with no subject of their
own; "People's Committees of communes and wards", many committees, not the province's; a deadline after "no later
than" at a line's end; a conduct asked of officials at large after a statement ("... and every officer must remain
accessible"); a wish ("He hoped that ... will continue to ..."); a unit named again by its kind as the addressee
("For the X Hospital, the Secretary asked the hospital to ..."); an addressee named by its field or by its holders'
title ("the Collectors", "Superintendents of Police", a council's "That Operations BE DIRECTED"), not the staff at
large nor a near spelling ("Deputy Commissioners" for a "Commission"); a passive obligation after a condition
("Where repair is not possible, water should be supplied ..."); a summary of actions' "Accepted X and directed Y to
...", its note in brackets, a motion that failed for lack of a second; named plans, budgets, numbered policies and
instruments, an act of a year and a code's chapter named again, as references. Texts and directories written for
these tests."""

import pytest

from tests.extraction.conftest import directives_in, leads, unit

# -- a Prime Minister's dispatch: a heading addressed to units, their tasks lettered below ----------------------

DISPATCH = [
    unit("DL-PPC", "People's Committee of Dong Lam Province", "Dong Lam Provincial People's Committee"),
    unit("KT-BINHSON", "People's Committee of Binh Son Province", "UBND tỉnh Bình Sơn"),
    unit("KT-CAOPHONG", "People's Committee of Cao Phong Province", "UBND tỉnh Cao Phong"),
    unit("KT-LAMDIEN", "People's Committee of Lam Dien City", "UBND thành phố Lâm Điền"),
    unit("KT-MOIT", "Ministry of Industry and Trade", "MOIT"),
    unit("KT-MOH", "Ministry of Health", "MOH"),
]

_DISPATCH_HEAD = (
    "OFFICIAL DISPATCH No. 52/CD-TTg dated August 4, 2027 of the Prime Minister on responding to the heat wave\n\n"
    "To ensure the safety of the people during the heat wave, the Prime Minister requests:\n\n"
)


@pytest.mark.parametrize("marks", [("a) ", "b) ", "c) "), ("- ", "- ", "- ")])
def test_the_units_a_heading_addresses_lead_its_items(marks):
    text = (
        _DISPATCH_HEAD + "1. Chairpersons of the People's Committees of Binh Son, Cao Phong and Lam Dien to direct "
        "the following:\n"
        f"{marks[0]}Review the water supply of residential areas and arrange tanker trucks for areas short of water, "
        "completing it before 6:00 p.m. on August 8, 2027;\n"
        f"{marks[1]}Adjust the working hours of outdoor workers and suspend outdoor events at noon;\n"
        f"{marks[2]}Keep the cooling centres open day and night until the heat wave ends.\n\n"
        "2. The Ministry of Health shall direct hospitals to prepare beds for heat-stroke patients.\n"
    )
    found = directives_in(text, DISPATCH, "en", "2027-08-04")
    assert leads(found) == ["KT-BINHSON", "KT-BINHSON", "KT-BINHSON", "KT-MOH"]
    assert [d.code for d in found[1].coordinating] == ["KT-CAOPHONG", "KT-LAMDIEN"]
    assert str(found[0].deadline) == "2027-08-08"


def test_the_committees_of_communes_and_wards_are_not_the_provinces():
    units = [
        unit("DL-PPC", "People's Committee of Dong Lam Province", "Dong Lam Provincial People's Committee"),
        unit("DL-DOET", "Department of Education and Training of Dong Lam Province"),
        unit("DL-DOH", "Department of Health of Dong Lam Province"),
    ]
    text = (
        "Conclusion of the Chairman of the Dong Lam Provincial People's Committee at the meeting on school safety\n\n"
        "The Chairman assigned tasks as follows:\n"
        "- The Department of Education and Training shall review the safety of school buildings.\n"
        "- People's Committees of communes and wards shall inspect the school buildings before the new school year "
        "and report the results to the Department of Health every month.\n"
    )
    found = directives_in(text, units, "en", "2027-08-04")
    assert leads(found) == ["DL-DOET", None]


# -- a city council's minutes --------------------------------------------------------------------------------------

COUNCIL = [
    unit("RV-RCS", "Parks, Recreation and Culture Services Division", "City Recreation"),
    unit("RV-FIN", "Finance and Administration Department", "Office of the City Treasurer"),
    unit("RV-PW", "Public Works Department"),
    unit("RV-CLERK", "Office of the City Clerk", "City Clerk"),
]

_MINUTES = (
    "CITY OF RIVERVALE\nMINUTES - REGULAR MEETING OF CITY COUNCIL\nMonday, April 12, 2027\n\n"
    "Motion 2027-041\nMoved by Councillor Obi, Seconded by Councillor Lund\n"
)


def test_a_deadline_after_no_later_than_at_the_line_end():
    text = (
        _MINUTES + "1. That Public Works BE DIRECTED to bring forward a revised sidewalk maintenance schedule, with "
        "costs for each ward, for Council's consideration not later than\n"
        "September 14, 2027.\nCARRIED\n"
    )
    found = directives_in(text, COUNCIL, "en", "2027-04-12")
    assert leads(found) == ["RV-PW"]
    assert str(found[0].deadline) == "2027-09-14"


def test_a_motions_subject_named_by_its_field():
    text = (
        _MINUTES + "1. That Recreation BE DIRECTED to report on the use of the outdoor rinks by November 30, 2027.\n"
        "2. That Administration BE DIRECTED to prepare a summary of the public survey.\nCARRIED\n"
    )
    found = directives_in(text, COUNCIL, "en", "2027-04-12")
    assert leads(found) == ["RV-RCS", None]


def test_named_plans_budgets_and_policies_are_references():
    text = (
        _MINUTES + "1. That Public Works BE DIRECTED to bring forward amendments to Policy PW-17, Winter Road "
        "Maintenance, for Council's consideration.\n"
        "2. That the City Treasurer BE DIRECTED to include the cost of the new rink in the 2028 Capital Budget "
        "deliberations.\n"
        "3. That Recreation BE DIRECTED to report back with an implementation plan for the Riverside Trails "
        "Strategy.\nCARRIED\n"
    )
    found = directives_in(text, COUNCIL, "en", "2027-04-12")
    assert [d.references for d in found] == [
        ["Policy PW-17, Winter Road Maintenance"],
        ["2028 Capital Budget"],
        ["Riverside Trails Strategy"],
    ]


def test_a_budget_needs_its_year_and_a_new_plan_is_no_reference():
    text = (
        _MINUTES
        + "1. That Public Works BE DIRECTED to prepare an Asset Management Plan for the 2029 Operating Budget, "
        "in consultation with Finance Budget staff.\nCARRIED\n"
    )
    found = directives_in(text, COUNCIL, "en", "2027-04-12")
    assert found[0].references == ["2029 Operating Budget"]


# -- a county board's summary of actions ---------------------------------------------------------------------------

COUNTY = [
    unit("WC-TREAS", "Treasurer-Tax Collector"),
    unit("WC-AUD", "Auditor-Controller"),
    unit("WC-PARKS", "Parks and Open Space Department"),
    unit("WC-COUNSEL", "Office of the County Counsel", "County Counsel"),
]

_SUMMARY = "WILLOW COUNTY BOARD OF SUPERVISORS\nSUMMARY OF ACTIONS\nRegular Meeting - Tuesday, May 4, 2027\n\n"


def test_an_accepted_grant_then_the_order_and_its_note_in_brackets():
    text = (
        _SUMMARY + "CONSENT CALENDAR\n"
        "4. Approved the purchase of two utility vehicles for the Parks and Open Space Department and directed the "
        "Auditor-Controller to process Budget Transfer No. 28-112. (4/5 vote required)\n"
        "5. Appointed Mara Lee to the Parks Commission for a term ending June 30, 2030.\n"
    )
    found = directives_in(text, COUNTY, "en", "2027-05-04")
    assert len(found) == 1
    assert found[0].text.startswith("directed the Auditor-Controller")
    assert leads(found) == ["WC-AUD"]
    assert found[0].references == ["Budget Transfer No. 28-112"]


def test_a_motion_that_died_for_lack_of_a_second():
    text = (
        _SUMMARY + "7. Parks - Trail Fees\nReceived report.\n"
        "A motion by Supervisor Diaz to direct staff to waive the trail permit fee for residents died for lack of a "
        "second.\n"
    )
    assert directives_in(text, COUNTY, "en", "2027-05-04") == []


def test_a_code_chapter_named_again_by_its_number():
    text = (
        _SUMMARY + "8. Ordinance - Trail Use\nIntroduced an ordinance amending Chapter 12.16 of the Willow County Code "
        "relating to trail use.\nDirected County Counsel to revise the Chapter 12.16 amendments to exempt school "
        "groups and bring them back on June 1, 2027.\n"
    )
    found = directives_in(text, COUNTY, "en", "2027-05-04")
    assert found[-1].references == ["Chapter 12.16"]


# -- a Chief Minister's review meeting -----------------------------------------------------------------------------

STATE = [
    unit("KV-DIST", "District Administration (Offices of the District Collectors)", "District Collectorates"),
    unit("KV-POLICE", "Karnavati Police (Police Headquarters)", "Director General of Police"),
    unit("KV-WATER", "Water Resources Department"),
    unit("KV-REV", "Revenue Department"),
    unit("KV-IAR", "Administrative Reforms Commission"),
]

_REVIEW = "CM reviews summer preparedness\n\nSuryapur, March 2: Chief Minister Shri A. Rao today chaired a review.\n\n"


def test_collectors_and_superintendents_of_police_by_their_units_field():
    text = (
        _REVIEW + "He directed the Collectors and the Water Resources Department to ensure drinking water supply in "
        "all villages. Superintendents of Police were directed to act against illegal water tankers.\n"
    )
    found = directives_in(text, STATE, "en", "2027-03-02")
    assert leads(found) == ["KV-DIST", "KV-POLICE"]
    assert [d.code for d in found[0].coordinating] == ["KV-WATER"]


def test_deputy_commissioners_are_no_commission():
    text = (
        _REVIEW + "He asked the Deputy Commissioners to hold weekly meetings on drinking water. Superintendents of "
        "Police were also asked to check the water tankers.\n"
    )
    found = directives_in(text, STATE, "en", "2027-03-02")
    assert leads(found) == [None, "KV-POLICE"]


def test_a_passive_obligation_after_a_condition_is_the_units_before():
    text = (
        _REVIEW + "He asked the Water Resources Department to repair all canal gates within ten days. If a gate "
        "cannot be repaired, a temporary barrier should be installed before the end of March.\n"
    )
    found = directives_in(text, STATE, "en", "2027-03-02")
    assert leads(found) == ["KV-WATER", "KV-WATER"]


def test_an_act_of_a_year_is_a_reference():
    text = (
        _REVIEW + "He instructed the Revenue Department to settle the pending applications. Land records should be "
        "issued within the time limits notified under the Karnavati Public Services Guarantee Act, 2011, he said.\n"
    )
    found = directives_in(text, STATE, "en", "2027-03-02")
    assert found[-1].references == ["Karnavati Public Services Guarantee Act, 2011"]


@pytest.mark.parametrize(
    "said",
    [
        "Addressing the officers, the Chief Minister said that the district administration is the first door of the "
        "government and every official must remain available to the people.",
        "He stressed that clean water is the duty of the whole system, and committees and authorities at all levels "
        "must consider it a key task.",
        "He hoped that the revenue staff will continue to serve the people with dedication.",
    ],
)
def test_a_conduct_of_all_and_a_wish_are_no_orders(said):
    found = directives_in(_REVIEW + said + "\n", STATE, "en", "2027-03-02")
    assert found == []


# -- a provincial Party secretary's working session with hospitals -------------------------------------------------

HOSPITALS = [
    unit("TA-PPC", "People's Committee of Tan An Province", "Tan An Provincial People's Committee"),
    unit("TA-DOH", "Department of Health of Tan An Province"),
    unit("TA-CH", "Tan An Provincial Children's Hospital"),
    unit("TA-CDC", "Tan An Provincial Center for Disease Control", "CDC Tan An"),
]


def test_the_hospital_named_again_as_the_addressee():
    text = (
        "Provincial Party Secretary works with the health sector\n\n"
        "The Secretary requested the Tan An Provincial People's Committee to prioritize capital for district "
        "hospitals.\n\n"
        "Regarding the Provincial Children's Hospital, the Secretary asked the hospital to open the new outpatient "
        "block and expand online registration.\n"
    )
    found = directives_in(text, HOSPITALS, "en", "2027-09-10")
    assert leads(found) == ["TA-PPC", "TA-CH"]
