"""Orders in the forms a twenty-second batch of English texts written blind showed: a cabinet's decisions ("To
assign X to ...", a road's initials "B.P." inside a sentence, a day of another calendar glossed with the civil date
in brackets); a press release's headline in parts, its request in the passive with no auxiliary; a unit named
"along with" another; a task added by "It also needs to ..."; records of a period due "before June 30"; an agenda
item's title "Request of ..."; and what is no order: an exhortation to all officers after a speaker who is a unit,
an assignment of an earlier meeting named by its month, a sanction for those who fail, what a task is to be
"identified as", a duty to answer for the results, and the year of a programme of work. Texts and directory
written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("KS-CAB", "Council of Ministers", "Cabinet"),
    unit("KS-MOW", "Ministry of Water Supply"),
    unit("KS-MOR", "Ministry of Roads and Transport"),
    unit("KS-MOF", "Ministry of Finance"),
    unit("KS-PLAN", "National Planning Commission", "NPC"),
    unit("KS-LAW", "Law Commission"),
    unit("DR-CS", "Office of the Chief Secretary", "Chief Secretary"),
    unit("DR-REV", "Revenue and Disaster Management Department"),
    unit("DR-SDMA", "State Disaster Management Authority", "SDMA"),
    unit("DR-HLTH", "Health and Family Welfare Department"),
    unit("DR-AGRI", "Agriculture Department"),
    unit("BZ-PPC", "People's Committee of Binh Son Province", "Provincial People's Committee"),
    unit("BZ-DOST", "Department of Science and Technology"),
    unit("BZ-DOF", "Department of Finance"),
    unit("BZ-DOHA", "Department of Home Affairs"),
    unit("CO-BOARD", "Board of Supervisors", "Board"),
    unit("CO-PW", "Department of Public Works", "Public Works Director"),
]


def run(text, meeting):
    return directives_in(text, DIRECTORY, "en", meeting)


CABINET_HEAD = (
    "Government of Kasara\n"
    "Decisions of the Council of Ministers\n"
    "Meeting held on Tuesday, June 2, 2026\n\n"
    "The Council of Ministers made the following decisions.\n\n"
)


def test_a_cabinet_decision_that_assigns_a_unit_to_act_is_an_order():
    text = CABINET_HEAD + (
        "1. To approve the Water Tariff Regulation, 2026.\n\n"
        "2. To assign the National Planning Commission to draft the mid-term review of the development plan in "
        "consultation with the provinces.\n\n"
        "3. To entrust the Law Commission with preparing a consolidated text of the land laws.\n\n"
        "4. To assign the plot at Ward 4 to the Ministry of Water Supply.\n"
    )
    directives = run(text, "2026-06-02")
    assert leads(directives) == ["KS-PLAN", "KS-LAW"]


def test_a_road_s_initials_end_no_sentence_and_the_ministry_s_report_stays_in_its_order():
    text = CABINET_HEAD + (
        "1. To direct the Ministry of Roads and Transport to keep graders and crews at the unstable stretches of "
        "the J.K. Highway and the M.P. Road during the rains. The Ministry shall report to the Council of "
        "Ministers by August 31, 2026.\n"
    )
    directives = run(text, "2026-06-02")
    assert leads(directives) == ["KS-MOR"]
    assert directives[0].text.endswith("by August 31, 2026")
    assert str(directives[0].deadline) == "2026-08-31"


def test_a_day_of_another_calendar_glossed_with_the_civil_date_is_the_deadline():
    text = CABINET_HEAD + (
        "1. To direct the Ministry of Water Supply to repair the intake works of the valley schemes by Shrawan 16 "
        "(August 1, 2026).\n\n"
        "2. To direct the Ministry of Finance to release the second tranche of the grants no later than "
        "10 Bhadra 2083 (26 August 2026).\n"
    )
    directives = run(text, "2026-06-02")
    assert leads(directives) == ["KS-MOW", "KS-MOF"]
    assert [str(d.deadline) for d in directives] == ["2026-08-01", "2026-08-26"]


def test_a_unit_asked_by_a_pronoun_after_its_order_takes_another_task():
    text = (
        "Concluding the meeting, the Chairman requested:\n\n"
        "The Department of Science and Technology to launch the provincial data portal before May 31, 2026. "
        "It also has to advise the Provincial People's Committee on the rules for sharing data, to be submitted "
        "within 30 days. They must not be late.\n"
    )
    directives = run(text, "2026-04-02")
    assert leads(directives) == ["BZ-DOST", "BZ-DOST"]
    assert directives[1].text.startswith("It also has to advise")
    assert str(directives[1].deadline) == "2026-05-02"


PRESS_HEAD = "Government of Darang\nInformation Department\nPRESS RELEASE\n\n"


def test_a_headline_in_parts_with_its_request_in_the_passive_is_no_order():
    text = PRESS_HEAD + (
        "Chief Secretary reviews drought preparedness; officials asked to finish water works before summer\n\n"
        "Darang, March 10, 2026: The Chief Secretary today directed the Agriculture Department to distribute "
        "drought-resistant seeds to farmers by March 31.\n"
    )
    directives = run(text, "2026-03-10")
    assert leads(directives) == ["DR-AGRI"]


def test_a_unit_named_along_with_the_lead_coordinates():
    text = PRESS_HEAD + (
        "The Revenue and Disaster Management Department, along with SDMA, was asked to set up control rooms in "
        "every district. The Health and Family Welfare Department along with the Agriculture Department has been "
        "directed to survey the villages hit by the drought.\n"
    )
    directives = run(text, "2026-03-10")
    assert leads(directives) == ["DR-REV", "DR-HLTH"]
    assert [[ref.code for ref in d.coordinating] for d in directives] == [["DR-SDMA"], ["DR-AGRI"]]


def test_an_exhortation_to_all_officers_after_a_speaker_who_is_a_unit_is_no_order():
    text = PRESS_HEAD + (
        "The Chief Secretary directed the Agriculture Department to open fodder banks in the dry blocks.\n\n"
        "The Chief Secretary said that the Government has released Rs 40 crore for relief and urged all the "
        "officers to work with dedication so that no family suffers.\n"
    )
    assert leads(run(text, "2026-03-10")) == ["DR-AGRI"]


MINUTES_HEAD = "COUNTY BOARD OF SUPERVISORS\nACTION MINUTES\nRegular Meeting - Tuesday, March 3, 2026\n\n"


def test_an_agenda_item_s_title_on_a_request_is_no_order():
    text = MINUTES_HEAD + (
        "7. Request of the Valley Rodeo Association for a fee waiver for the county arena.\n"
        "Referred to the Department of Public Works for review, with direction to report back to the Board.\n\n"
        "8. Review of the county fee schedule for 2026-27.\n"
        "Received and filed.\n"
    )
    directives = run(text, "2026-03-03")
    assert leads(directives) == ["CO-PW"]


CONCLUSION_HEAD = (
    "Provincial Party Secretary chairs conference on digital government\n\n"
    "On the morning of April 2, 2026, the Provincial Party Secretary chaired a conference on digital government.\n\n"
)


def test_an_assignment_of_an_earlier_meeting_named_by_its_month_is_told():
    text = CONCLUSION_HEAD + (
        "At the meeting in November 2025, the Provincial People's Committee assigned the Department of Home "
        "Affairs to finish the staffing plan in the first quarter of 2026, but the plan is still unfinished. "
        "At its session of 5 January, the Committee asked the Department of Finance to review the fees.\n\n"
        "The Department of Finance shall publish the fee tables before June 30, 2026.\n"
    )
    directives = run(text, "2026-04-02")
    assert leads(directives) == ["BZ-DOF"]


def test_records_of_a_period_due_before_a_day_have_that_deadline():
    text = CONCLUSION_HEAD + (
        "The Department of Home Affairs must scan the personnel files for the 2021-2025 period before September 30.\n"
    )
    directives = run(text, "2026-04-02")
    assert str(directives[0].deadline) == "2026-09-30"


def test_a_sanction_for_those_who_fail_is_no_order():
    text = CONCLUSION_HEAD + (
        "The Department of Home Affairs must finish the reorganisation of the commune offices before May 31, "
        "2026. Heads of communes who fail to meet this deadline shall explain in writing to the Provincial "
        "People's Committee. Units failing to report on time will have to account for the delay.\n"
    )
    directives = run(text, "2026-04-02")
    assert leads(directives) == ["BZ-DOHA"]


def test_what_a_task_is_to_be_and_a_duty_to_answer_for_the_results_are_no_order():
    text = CONCLUSION_HEAD + (
        "He stressed that administrative reform should be regarded as a breakthrough task, and heads of "
        "agencies must personally direct and take responsibility for the outcomes.\n\n"
        "The Department of Science and Technology must put the shared data centre into operation by June 30, "
        "2026.\n"
    )
    assert leads(run(text, "2026-04-02")) == ["BZ-DOST"]


def test_the_year_of_a_programme_of_work_is_no_deadline():
    text = CONCLUSION_HEAD + (
        "The Department of Finance shall set aside funds for the digital government tasks in 2026.\n\n"
        "The Department of Home Affairs shall prepare the training plan for 2027.\n"
    )
    directives = run(text, "2026-04-02")
    assert leads(directives) == ["BZ-DOF", "BZ-DOHA"]
    assert [d.deadline for d in directives] == [None, None]
