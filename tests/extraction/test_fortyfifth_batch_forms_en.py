"""Orders in the forms a forty-fourth and forty-fifth batch of English texts written blind showed: a county board's
action items update whose records carry "Date of direction:" and "Staff report date:" lines around each order and a
recommended action that only receives the update; an Indian press note's order in the speaker's words in the
subjunctive ("said that the work on X, which is being executed by Y, be completed by ..."); a translated provincial
notice's numbered item that names its units and a bare verb ("X Company and Y Company urgently complete ...").
Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

COUNTY = [
    unit("RC-CC", "County Counsel"),
    unit("RC-PW", "Department of Public Works", "Public Works"),
    unit("RC-HHS", "Health and Human Services Agency"),
    unit("RC-LIB", "County Library"),
]


def county(text):
    return directives_in(text, COUNTY, "en", "2026-09-15")


UPDATE = (
    "RIVER COUNTY BOARD OF SUPERVISORS\n"
    "Regular Meeting - Tuesday, September 15, 2026\n\n"
    "Recommended Action: Receive the quarterly direction tracking report and provide direction to staff as "
    "appropriate.\n\n"
    "A. PRIOR BOARD DIRECTION - STATUS\n\n"
    "1. Date of direction: 4/21/2026 (Supervisor Mendes)\n"
    "Direct County Counsel to return with an ordinance on short-term rental permits in coastal areas.\n"
    "Staff report date: November 17, 2026\n"
    "Status: Drafting underway.\n\n"
    "2. Date of direction: 5/5/2026 (Supervisors Mendes and Hale)\n"
    "County Library to report on extending Saturday hours at the branch libraries.\n"
    "Staff report date: December 2026\n"
    "Status: Staffing survey underway.\n\n"
    "3. Date of direction: 6/9/2026\n"
    "Direct the Department of Public Works to present options for lighting the Oak Street underpass.\n"
    "Staff report date: TBD\n"
    "Status: Consultant selected.\n"
)


def test_an_action_items_records_dates_are_no_orders_and_its_report_date_is_the_orders_due():
    found = county(UPDATE)
    # the record's "Date of direction:" and "Staff report date:" values are no orders; the recommended action only
    # takes the report
    assert leads(found) == ["RC-CC", "RC-LIB", "RC-PW"]
    # the date the order comes back to the board is its due ("December 2026" by the month's end; "TBD" none)
    assert [str(d.deadline) for d in found] == ["2026-11-17", "2026-12-31", "None"]


def test_receiving_a_report_is_the_boards_own_act_but_an_order_after_it_is_read():
    taken = (
        "Recommended Action: Receive the status update on the library branch renovation and provide direction to "
        "staff.\n\n"
        "Background: The renovation began in March.\n"
    )
    assert county(taken) == []
    text = (
        "Recommended Action: Receive the annual library services report and direct the County Library to extend "
        "its hours at the Elm branch.\n\n"
        "Background: The report covers the year.\n"
    )
    assert leads(county(text)) == ["RC-LIB"]


STATE = [
    unit("ST-PWD", "Public Works Department", "PWD"),
    unit("ST-SHA", "State Highway Authority"),
    unit("ST-HLT", "Health Department"),
]


def test_said_that_a_work_executed_by_a_unit_be_completed_is_that_units_order():
    text = (
        "Press Note No. 77/2026\n\n"
        "Dhanpur, May 6, 2026: The Chief Minister today reviewed the progress of road works in the State.\n\n"
        "The Chief Minister said that the widening of the Dhanpur bypass, which is being carried out by the State "
        "Highway Authority, be finished by August 15 so that traffic can move before the festival season. He said "
        "that the quality of the work would be checked by an independent agency.\n"
    )
    found = directives_in(text, STATE, "en", "2026-05-06")
    assert leads(found) == ["ST-SHA"]
    assert str(found[0].deadline) == "2026-08-15"


PROVINCE = [
    unit("BD-DOF", "Department of Finance"),
    unit("BD-EL", "Binh Duong Electricity Company"),
    unit("BD-TEL", "Binh Duong Telecom Joint Stock Company"),
    unit("BD-PPC", "Provincial People's Committee"),
]


def test_a_notices_numbered_item_with_its_units_and_a_bare_verb_is_an_order():
    text = (
        "NOTICE\n"
        "Conclusion of the Vice Chairman of the Provincial People's Committee at the meeting on the Ring Road "
        "project\n\n"
        "After listening to the reports, the Vice Chairman concluded as follows:\n\n"
        "1. Assessment\n"
        "The project has handed over 74% of the site. The relocation of utility poles is still slow.\n\n"
        "2. Tasks in the coming time\n"
        "2.1. The Department of Finance shall review the compensation costs, submit to the Provincial People's "
        "Committee before 10/6/2026.\n\n"
        "2.2. Binh Duong Electricity Company and Binh Duong Telecom Joint Stock Company promptly relocate the poles "
        "and cables along the handed-over sections, no later than 25/6/2026.\n"
    )
    found = directives_in(text, PROVINCE, "en", "2026-05-20")
    assert leads(found) == ["BD-DOF", "BD-EL"]
    assert [d.code for d in found[1].coordinating] == ["BD-TEL"]
    assert str(found[1].deadline) == "2026-06-25"


ISLANDS = [
    unit("KI-EDU", "Ministry of Education"),
    unit("KI-FIN", "Ministry of Finance"),
    unit("KI-WRK", "Ministry of Public Works"),
    unit("KI-AG", "Office of the Attorney-General"),
    unit("KI-TRD", "Ministry of Trade"),
]


RELEASE = (
    "CABINET DECISIONS - 11 AUGUST 2026\n\n"
    "Cabinet, at its meeting on Tuesday 11 August 2026, considered nine papers. The main decisions are as follows.\n\n"
)


def islands(text):
    return directives_in(text, ISLANDS, "en", "2026-08-11")


def test_cabinet_agreed_that_units_jointly_prepare_is_their_order_in_the_subjunctive():
    text = (
        "CABINET DECISIONS - 11 AUGUST 2026\n\n"
        "1. Water Security Strategy\n"
        "Cabinet approved the National Water Security Strategy 2026-2030. Cabinet agreed that the Ministry of Public "
        "Works and the Ministry of Finance jointly develop an investment plan for rural water schemes and report "
        "back to Cabinet by 30 November 2026.\n"
    )
    found = islands(text)
    assert leads(found) == ["KI-WRK"]
    assert [d.code for d in found[0].coordinating] == ["KI-FIN"]
    assert str(found[0].deadline) == "2026-11-30"


def test_two_units_each_with_its_own_future_in_one_sentence_are_two_orders():
    text = RELEASE + (
        "2. Consumer Protection (Amendment) Bill 2026\n"
        "Cabinet agreed to the drafting of the Consumer Protection (Amendment) Bill 2026. The Ministry of Trade will "
        "conduct public consultations with retailers and consumer groups, and the Office of the Attorney-General will "
        "draft the Bill by 31 October 2026.\n"
    )
    found = islands(text)
    assert leads(found) == ["KI-TRD", "KI-AG"]
    assert found[0].deadline is None
    assert str(found[1].deadline) == "2026-10-31"


def test_the_same_units_progress_reports_in_the_next_sentence_belong_to_its_order():
    text = RELEASE + (
        "3. School Repairs\n"
        "The Ministry of Education will complete the repair of the 9 damaged classrooms before the start of Term 3 "
        "on 5 October 2026. The Ministry will report progress to Cabinet monthly.\n"
    )
    found = islands(text)
    assert leads(found) == ["KI-EDU"]
    assert found[0].text.endswith("monthly")
    assert str(found[0].deadline) == "2026-10-05"


def test_a_task_given_before_in_an_aside_on_who_speaks_is_no_order():
    text = (
        "Minister chairs weekly meeting\n\n"
        "The weekly meeting of the Ministry of Public Works was held on 11 August 2026.\n\n"
        "Then the head of the Ministry of Trade liaison team, who was tasked at the last meeting to inspect the "
        "warehouses of the port, presented his findings and said that two warehouses were unsafe.\n\n"
        "The minister directed the Ministry of Finance to release the repair funds within ten days.\n"
    )
    found = islands(text)
    assert leads(found) == ["KI-FIN"]


def test_a_delay_in_an_action_items_record_counts_from_the_day_of_the_direction():
    text = (
        "A. PRIOR BOARD DIRECTION - STATUS\n\n"
        "1. Date of direction: 6/16/2026 (Supervisor Hale)\n"
        "Direct the Department of Public Works to prepare a pavement condition report within 60 days.\n"
        "Status: Field data collected.\n\n"
        "B. NEW ITEMS FOR BOARD ACTION\n\n"
        "2. Direct County Counsel to review the franchise agreement within 30 days.\n"
    )
    found = county(text)
    assert leads(found) == ["RC-PW", "RC-CC"]
    # 60 days from 16 June, the day the Board gave it; the new item's 30 days from this meeting (15 September)
    assert [str(d.deadline) for d in found] == ["2026-08-15", "2026-10-15"]


def test_a_law_cited_by_its_name_and_year_and_a_bill_named_before_are_references():
    notice = (
        "After listening to the reports, the Vice Chairman concluded as follows:\n\n"
        "1. The Department of Finance shall settle the compensation for the remaining plots in accordance with the "
        "Investment Law 2020 and report to the Provincial People's Committee before 30/6/2026.\n"
    )
    found = directives_in(notice, PROVINCE, "en", "2026-05-20")
    assert found[0].references == ["Investment Law 2020"]
    release = RELEASE + (
        "2. Coastal Zone Management Bill 2026\n"
        "Cabinet agreed to the drafting of the Coastal Zone Management Bill 2026. The Ministry of Trade will conduct "
        "public consultations with fishing communities, and the Office of the Attorney-General will draft the Bill "
        "for tabling in Parliament at its October sitting.\n"
    )
    found = islands(release)
    assert leads(found) == ["KI-TRD", "KI-AG"]
    assert found[1].references == ["Coastal Zone Management Bill 2026"]
