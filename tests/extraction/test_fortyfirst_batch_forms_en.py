"""Orders in the forms a forty-first batch of English texts written blind showed: a county board's directives log
flattened one cell to a line, its rows opened by item numbers with a two-digit year ("SV-26-014"), its numeric dates
month first, its due cells a date, a month, a delay counted from the row's own date, or a date under its label
("Mid-year review\n(July 2026)"); units named by their field without "Department" ("Information Technology"), two
units before one "to", a partner between commas ("X, with Y, to ..."), a code chapter whose bracketed title wraps;
task-force minutes whose orders are decisions ("It was resolved that X repairs ...", "It was agreed that ... be
inspected") or telegraphic lines ("Ward leads to send ..."), each closed by an "Action:" line that names who acts
(several units, a partner "in liaison with", "before next meeting"); committees of two provinces named under one
head. Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

COUNTY = [
    unit("SV-CAO", "Office of the County Administrative Officer", "CAO"),
    unit("SV-HR", "Human Resources Department"),
    unit("SV-IT", "Information Technology Department"),
    unit("SV-RD", "Roads Department", "Roads"),
    unit("SV-LIB", "County Library", "Library"),
    unit("SV-AC", "Auditor-Controller"),
    unit("SV-CC", "Office of County Counsel", "County Counsel"),
]

_LOG_HEAD = (
    "SILVERTON COUNTY BOARD OF SUPERVISORS\nOpen Directives Report\n\n"
    "Delays given in days run from the date of the Board meeting.\n\n"
    "Item No.\nMeeting Date\nDirective\nResponsible Dept.\nDue Date\nStatus\n"
)


def county(text, meeting=None):
    return directives_in(text, COUNTY, "en", meeting)


def test_a_board_log_s_rows_open_on_item_numbers_and_read_their_due_cells_month_first():
    text = _LOG_HEAD + (
        "SV-26-014\n03/17/2026\nRoads to resurface the Quarry Lane shoulder and report back on the cost of\n"
        "extending the work to Elm Creek.\nRoads\n11/30/2026\nCrew scheduled\n"
        "SV-26-019\n04/21/2026\nLibrary to prepare a plan for extended Saturday hours at the Hillcrest branch.\n"
        "Library\n60 days\nDraft under review\n"
        "SV-26-022\n05/05/2026\nCounty Counsel to review the franchise agreement with the waste hauler.\n"
        "County Counsel\nAug. 2026\nNot started\n"
    )
    found = county(text)
    assert leads(found) == ["SV-RD", "SV-LIB", "SV-CC"]
    # "11/30/2026" in a log whose dates run month first; "60 days" from 21 April; "Aug. 2026" by its end
    assert [str(d.deadline) for d in found] == ["2026-11-30", "2026-06-20", "2026-08-31"]
    # the log's own item number is no document the directive cites
    assert all(not d.references for d in found)


def test_a_due_cell_s_date_under_its_label():
    text = _LOG_HEAD + (
        "SV-26-030\n06/02/2026\nCAO to draft a telework policy for county staff.\n"
        "CAO\nMid-year review\n(September 2026)\nNot started\n"
        "SV-26-031\n06/16/2026\nRoads to replace the guardrail on Ridge Road.\nRoads\n12/15/2026\nNew\n"
    )
    found = county(text)
    assert leads(found) == ["SV-CAO", "SV-RD"]
    assert [str(d.deadline) for d in found] == ["2026-09-30", "2026-12-15"]


def test_two_units_before_one_to_lead_and_help():
    found = county("CAO and Human Resources to jointly draft a telework policy for county staff.\n", "2026-06-02")
    assert leads(found) == ["SV-CAO"]
    assert [d.code for d in found[0].coordinating] == ["SV-HR"]


def test_a_partner_between_commas_before_to():
    found = county(
        "Information Technology, with the Auditor-Controller, to migrate the payroll system to the new platform.\n",
        "2026-06-16",
    )
    assert leads(found) == ["SV-IT"]
    assert [d.code for d in found[0].coordinating] == ["SV-AC"]


def test_a_unit_named_by_its_field_in_capitals_and_no_unit_in_lower_case():
    text = (
        "Information Technology to replace the permit counter kiosks by October 1, 2026.\n\n"
        "Members noted that the county lacks information technology skills in its smaller offices.\n"
    )
    found = county(text, "2026-05-12")
    assert leads(found) == ["SV-IT"]
    assert str(found[0].deadline) == "2026-10-01"


def test_a_code_chapter_whose_bracketed_title_wraps_is_cited():
    text = (
        "County Counsel to prepare an ordinance amending Chapter 12.08 (Sidewalk\n"
        "Vending) of the County Code to require permits near schools.\n"
    )
    found = county(text, "2026-05-12")
    assert leads(found) == ["SV-CC"]
    assert [" ".join(ref.split()) for ref in found[0].references] == [
        "Chapter 12.08 (Sidewalk Vending) of the County Code"
    ]


TASK_FORCE = [
    unit("KW-WTR", "Kawala Water and Sewerage Company Ltd", "KAWASCO"),
    unit("KW-PH", "Directorate of Public Health", "Public Health"),
    unit("KW-HP", "Health Promotion Unit", "Health Promotion"),
    unit("KW-MED", "Directorate of Media Relations", "Media Relations"),
    unit("KW-FIN", "Department of Finance and Planning", "Finance"),
    unit("KW-TR", "Department of Trade and Markets", "Trade"),
]

_MINUTES = (
    "MINUTES OF THE 2ND MEETING OF THE KAWALA COUNTY FLOOD RESPONSE COMMITTEE HELD ON MONDAY 4TH MAY 2026\n\n"
    "MIN 04/KFRC/05/2026: WATER SUPPLY\n"
    "It was resolved that KAWASCO restores supply to the Soko ward kiosks within 5 days.\n"
    "Action: MD KAWASCO - 9/05/2026\n"
    "It was agreed that all water kiosks in Soko and Rwambu wards be disinfected and their attendants trained.\n"
    "Action: County Public Health Officer / Chief Officer, Trade and Markets - by Thursday 14th May 2026\n"
    "It was agreed that the minutes of the last meeting be adopted.\n\n"
    "MIN 05/KFRC/05/2026: COMMUNICATION\n"
    "The Health Promotion Officer to record short messages on safe water for the two community radio\n"
    "stations.\n"
    "Action: County Health Promotion Officer, in liaison with the Directorate of Media Relations - before next "
    "meeting\n\n"
    "MIN 06/KFRC/05/2026: FINANCING\n"
    "It was resolved that KES 2.5 million be transferred to the Directorate of Public Health within 10 days.\n"
    "Action: CO Finance and Planning\n\n"
    "MIN 07/KFRC/05/2026: A.O.B.\n"
    "Ward leads to send their daily situation reports to the Secretariat by Friday 8th May 2026.\n"
    "Action: All ward leads\n\n"
    "The next meeting will be held on Monday 18th May 2026 at the same venue.\n"
)


def task_force():
    return directives_in(_MINUTES, TASK_FORCE, "en", "2026-05-04")


def test_a_resolution_that_a_unit_acts_in_the_present_is_its_order():
    found = task_force()
    assert found[0].text.startswith("It was resolved that KAWASCO restores")
    assert leads(found)[0] == "KW-WTR"
    assert str(found[0].deadline) == "2026-05-09"


def test_a_decision_in_the_subjunctive_takes_its_units_from_the_action_line_under_it():
    found = task_force()
    kiosks = next(d for d in found if d.text.startswith("It was agreed that all water kiosks"))
    assert kiosks.lead.code == "KW-PH"
    assert [d.code for d in kiosks.coordinating] == ["KW-TR"]
    assert str(kiosks.deadline) == "2026-05-14"
    funds = next(d for d in found if d.text.startswith("It was resolved that KES 2.5 million"))
    # (the directorate that receives the funds is no lead: the action line's unit releases them)
    assert funds.lead.code == "KW-FIN"
    assert str(funds.deadline) == "2026-05-14"
    # adopting the minutes orders nothing; the action lines are no orders of their own
    assert not any("minutes of the last meeting" in d.text for d in found)
    assert not any(d.text.startswith(("County Public Health Officer", "County Health Promotion")) for d in found)


def test_a_telegraphic_order_above_its_action_line():
    found = task_force()
    radio = next(d for d in found if d.text.startswith("The Health Promotion Officer to record"))
    assert radio.lead.code == "KW-HP"
    assert [d.code for d in radio.coordinating] == ["KW-MED"]
    # "before next meeting": the day the minutes give for it
    assert str(radio.deadline) == "2026-05-18"
    reports = next(d for d in found if d.text.startswith("Ward leads to send"))
    assert reports.lead is None
    assert str(reports.deadline) == "2026-05-08"
    assert len(found) == 5


def test_before_next_meeting_on_the_action_line_is_the_day_the_minutes_give_for_it():
    text = (
        "MIN 03/KFRC/06/2026: DRAINAGE\n"
        "The Chair directed Public Health to map the blocked drains in Soko ward.\n"
        "Action: Public Health - before next meeting\n\n"
        "The next meeting will be held on Tuesday 23rd June 2026 at the county hall.\n"
    )
    found = directives_in(text, TASK_FORCE, "en", "2026-06-09")
    assert leads(found) == ["KW-PH"]
    assert str(found[0].deadline) == "2026-06-23"


PROVINCES = [
    unit("VN-MOIT", "Ministry of Industry and Trade", "MOIT"),
    unit("VN-BT", "People's Committee of Ben Tre Province", "Ben Tre PC"),
    unit("VN-TV", "People's Committee of Tra Vinh Province", "Tra Vinh PC"),
    unit("VN-ST", "People's Committee of Soc Trang Province", "Soc Trang PC"),
]


def test_the_heads_of_two_provinces_committees_under_one_head_lead():
    text = (
        "The Chairpersons of the People's Committees of Ben Tre and Tra Vinh provinces shall open temporary "
        "freshwater points in the coastal communes before May 10.\n"
    )
    found = directives_in(text, PROVINCES, "en", "2026-04-20")
    assert leads(found) == ["VN-BT"]
    assert [d.code for d in found[0].coordinating] == ["VN-TV"]
