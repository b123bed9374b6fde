"""Orders in the forms a thirty-second batch of English texts written blind showed: a county board's follow-up
table of its directives flattened to one line a row ("Item No. Date of Meeting Directive Responsible Department Due
Date Status", then "26-014 3/9/2027 Directed Public Works to ... Public Works Q3 2027 In Progress"): the board's
orders in the past ("Directed X to", "Requested X to"), the lead from the row's responsible cell (a unit named by
its field, several units parted by "/"), the deadline from its due cell ("Within 60 days" from the row's own date,
"TBD" none); a county directory's units named without the county; a company named without "Limited"; a translated
Vietnamese conclusion notice (the programme's year no deadline, a delay counted from the notice's own date, an item
under a unit's label that opens on "Urge ... to", "It is proposed that X continues to ..."); an Indian review
meeting ("directed the officials of the X Department to", an aim and a relative clause's "must" after "said
that", a participle's opener before the subject). Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

# -- a county board's follow-up table, one row to a line -------------------------------------------------------------

FENWICK = [
    unit("FC-PW", "Fenwick County Department of Public Works", "Roads Division"),
    unit("FC-CAO", "Fenwick County Administrative Office", "CAO"),
    unit("FC-SHF", "Fenwick County Sheriff's Office", "Sheriff"),
    unit("FC-PROB", "Fenwick County Probation Department", "Probation"),
    unit("FC-HR", "Fenwick County Human Resources Department", "Personnel"),
    unit("FC-LIB", "Fenwick County Library Services Department", "Libraries"),
    unit("FC-ENV", "Fenwick County Environmental Health Department", "EHD"),
    unit("FC-AUD", "Fenwick County Auditor-Controller", "Auditor"),
]

TABLE_HEAD = (
    "FENWICK COUNTY BOARD OF SUPERVISORS\nFollow-up on Board Directives\nStatus as of June 1, 2027\n\n"
    "Item No. Date of Meeting Directive Responsible Department Due Date Status\n"
)


def board(rows):
    return directives_in(TABLE_HEAD + rows + "\nQuestions may be sent to the Clerk of the Board.\n", FENWICK, "en")


def test_a_boards_order_told_in_the_past_is_a_directive_of_its_table_and_its_unit_cell_leads():
    found = board(
        "27-031 3/16/2027 Directed Libraries to resurface the parking lot of the Elm Street branch library and report "
        "on costs. Library Services Q3 2027 In Progress - bids opened 5/2/2027\n"
        "27-032 3/16/2027 Received and filed the quarterly report on library visits. Library Services N/A Closed\n"
        "27-033 3/16/2027 Directed staff to repaint the Oak Street branch library. Library Services Q4 2027 Pending\n"
    )
    # (the staff at large is no unit: its row has no lead, whatever its unit cell names; see the corpus's README)
    assert leads(found) == ["FC-LIB", None]
    assert [str(d.deadline) for d in found] == ["2027-09-30", "2027-12-31"]


def test_a_unit_cell_of_several_units_gives_the_first_the_lead_and_the_others_coordinate():
    found = board(
        "27-040 4/13/2027 Draft a joint protocol for courthouse security. Sheriff / Probation August 2027 Not Started\n"
    )
    assert leads(found) == ["FC-SHF"]
    assert [[c.code for c in d.coordinating] for d in found] == [["FC-PROB"]]
    assert [str(d.deadline) for d in found] == ["2027-08-31"]


def test_a_delay_in_a_due_cell_counts_from_the_rows_own_meeting_date():
    found = board(
        "27-044 4/27/2027 Requested Human Resources to survey the salaries of eligibility workers in nearby "
        "counties. Human Resources Within 60 days In Progress\n"
    )
    assert leads(found) == ["FC-HR"]
    assert [str(d.deadline) for d in found] == ["2027-06-26"]


def test_a_due_cell_with_no_date_gives_none_not_the_next_rows_date():
    found = board(
        "27-050 5/11/2027 Directed staff to study a mobile library service for the northern valley and report "
        "back. CAO / Library Services TBD Not Started\n"
        "27-051 5/11/2027 Directed Environmental Health to inspect the food stalls of the county fair. "
        "Environmental Health July 2027 In Progress\n"
    )
    assert leads(found) == [None, "FC-ENV"]  # the staff at large: no lead, none of its cell's units
    assert [[c.code for c in d.coordinating] for d in found] == [[], []]
    assert [str(d.deadline) for d in found] == ["None", "2027-07-31"]


def test_a_unit_the_rows_order_consults_coordinates():
    found = board(
        "27-055 5/25/2027 Directed Public Works to revise the culvert replacement schedule, in consultation with "
        "the Auditor-Controller. Public Works 8/31/2027 Pending\n"
    )
    assert leads(found) == ["FC-PW"]
    assert [[c.code for c in d.coordinating] for d in found] == [["FC-AUD"]]
    assert [str(d.deadline) for d in found] == ["2027-08-31"]


def test_a_county_unit_is_named_without_its_county():
    text = (
        "Minutes of the Fenwick County Board of Supervisors, May 4, 2027.\n\n"
        "The Board directed the Department of Public Works to repair the Miller Creek bridge by July 15, 2027. "
        "The Board also directed the Sheriff's Office to patrol the detour during the works.\n"
    )
    found = directives_in(text, FENWICK, "en", "2027-05-04")
    assert leads(found) == ["FC-PW", "FC-SHF"]


# -- an Indian review meeting ---------------------------------------------------------------------------------------

KESARI = [
    unit("KS-ENG", "Energy Department, Government of Kesaria", "Urja Vibhag"),
    unit("KS-GRID", "Kesaria Power Transmission Corporation Limited", "KPTCL"),
    unit("KS-LAND", "Land Records Department", "Bhu Abhilekh"),
    unit("KS-HLTH", "Health and Family Welfare Department", "Health Department"),
]


def test_a_company_is_named_without_its_legal_form():
    text = (
        "Kesaripur, August 4, 2027: The Chief Minister asked the Energy Department, together with the Kesaria "
        "Power Transmission Corporation, to restore supply to the flooded feeders within three days.\n"
    )
    found = directives_in(text, KESARI, "en", "2027-08-04")
    assert leads(found) == ["KS-ENG"]
    assert [[c.code for c in d.coordinating] for d in found] == [["KS-GRID"]]


def test_the_officials_of_a_department_stand_for_it():
    text = (
        "Kesaripur, August 4, 2027: The Chief Minister instructed the officers of the Land Records Department to "
        "digitise all village maps by 30th September.\n"
    )
    found = directives_in(text, KESARI, "en", "2027-08-04")
    assert leads(found) == ["KS-LAND"]
    assert [str(d.deadline) for d in found] == ["2027-09-30"]


def test_an_aim_said_of_a_schemes_benefits_is_no_order():
    text = (
        "Kesaripur, August 4, 2027: The Chief Minister directed the Health Department to open fever clinics in all "
        "flood-hit blocks.\n\nHe said that the health schemes of the Government would be run with full commitment "
        "and their benefits must reach the poorest family in every village.\n"
    )
    found = directives_in(text, KESARI, "en", "2027-08-04")
    assert leads(found) == ["KS-HLTH"]


def test_the_modal_of_a_relative_clause_after_said_that_is_no_order():
    text = (
        "Kesaripur, August 4, 2027: The Chief Minister directed the Health Department to open fever clinics in all "
        "flood-hit blocks.\n\nHe also noted that the shortage of doctors remains a hurdle that must be overcome in "
        "the coming years.\n"
    )
    found = directives_in(text, KESARI, "en", "2027-08-04")
    assert leads(found) == ["KS-HLTH"]


def test_a_participles_opener_before_the_subject_is_no_imperative():
    text = (
        "Kesaripur, August 4, 2027: The Chief Minister directed the Health Department to open fever clinics in all "
        "flood-hit blocks.\n\nInspecting the records of the district hospital, the Chief Minister voiced concern "
        "over the vacant posts of specialists.\n"
    )
    found = directives_in(text, KESARI, "en", "2027-08-04")
    assert leads(found) == ["KS-HLTH"]


# -- a translated Vietnamese conclusion notice -----------------------------------------------------------------------

HOA_BINH = [
    unit("HB-FIN", "Hoa Binh Nam Department of Finance", "Sở Tài chính"),
    unit("HB-HLT", "Hoa Binh Nam Department of Health", "Sở Y tế"),
    unit("HB-EDU", "Hoa Binh Nam Department of Education and Training", "Sở Giáo dục và Đào tạo"),
    unit("HB-BANK", "Vietnam Development Bank, Hoa Binh Nam Branch", "VDB Hoa Binh Nam"),
]

NOTICE_HEAD = (
    "PEOPLE'S COMMITTEE OF HOA BINH NAM PROVINCE\nNo.: 88/TB-UBND\nHoa Binh Nam, September 8, 2027\n\n"
    "ANNOUNCEMENT\nConclusion of the Vice Chairman of the Provincial People's Committee at the meeting on school "
    "health in 2027\n\nOn September 3, 2027, the Vice Chairman of the Provincial People's Committee chaired the "
    "meeting. The Vice Chairman concluded as follows:\n\n"
)


def notice(body):
    return directives_in(NOTICE_HEAD + body, HOA_BINH, "en", "2027-09-03")


def test_a_programmes_year_is_no_deadline_and_a_delay_counts_from_the_notices_date():
    found = notice(
        "1. Department of Health:\na) Preside over and advise on the allocation of funds for the Program in 2027; "
        "to be completed within 10 days from the date of this Announcement.\n"
        "b) Guide the schools in stocking first-aid kits.\n"
        "2. Department of Finance:\nArrange the counterpart funds for the Plan in 2027.\n"
    )
    assert leads(found) == ["HB-HLT", "HB-HLT", "HB-FIN"]
    assert [str(d.deadline) for d in found] == ["2027-09-18", "None", "None"]


def test_an_item_under_a_units_label_that_opens_on_urge_is_that_units_task():
    found = notice(
        "1. Department of Education and Training:\na) Review the school health staff of every district.\n"
        "b) Urge and guide the schools to complete the health checks of pupils before October 31, 2027.\n"
        "c) Inspect the canteens of boarding schools.\n"
    )
    assert leads(found) == ["HB-EDU", "HB-EDU", "HB-EDU"]
    assert [str(d.deadline) for d in found] == ["None", "2027-10-31", "None"]


def test_it_is_proposed_that_a_unit_continues_is_an_order_to_that_unit():
    found = notice(
        "1. Department of Health: Inspect the school canteens.\n"
        "2. It is proposed that the Vietnam Development Bank, Hoa Binh Nam Branch continues to lend to schools "
        "building clean water systems.\n"
    )
    assert leads(found) == ["HB-HLT", "HB-BANK"]


def test_it_is_proposed_that_an_event_be_held_names_no_unit():
    # a guard: a proposal on a matter, with no unit after "that", gives no addressee
    found = notice(
        "1. Department of Health: Inspect the school canteens.\n"
        "2. It is proposed that the review conference be held in December 2027.\n"
    )
    assert leads(found)[:1] == ["HB-HLT"]
    assert all(d.lead is None or d.lead.code == "HB-HLT" for d in found)
