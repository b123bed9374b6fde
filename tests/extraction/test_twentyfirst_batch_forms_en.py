"""Orders in the forms a twenty-first batch of English texts written blind showed: council minutes whose short
lines hide the width they were wrapped at (a name or an aside carried to the next line, a motion's "BE" left at a
line's end) and a follow-up log whose due date and status run on after the directive's sentence; a press note's
headline in the present and a collector's name after "Smt."; passive tasks added after an order; a Vietnamese
dispatch in English (committees of provinces as a group, "; direct the safe operation of ...", a ministry that
"directs" the bodies under it, the Deputy Prime Minister, a company's legal form); and what is no order: vigilance
asked of all, a state that must not occur, an act done implementing an earlier plan, and what was assigned
"earlier". Texts and directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("AB-COUNCIL", "City Council, Town of Ashbury", "Council"),
    unit("AB-ENG", "Engineering Services", "City Engineer"),
    unit("AB-LAW", "Legal Services", "City Solicitor"),
    unit("AB-REC", "Recreation and Culture", "Recreation"),
    unit("AB-FIN", "Finance Department", "City Treasurer"),
    unit("RV-WAT", "Water Resources Department", "Executive Engineer, Water Resources"),
    unit("RV-HLTH", "District Health Office", "District Health Officer"),
    unit("RV-PR", "Panchayat Raj Department", "District Panchayat Raj Officer"),
    unit("LS-PM", "Office of the Prime Minister", "Prime Minister"),
    unit("LS-MOT", "Ministry of Transport"),
    unit("LS-MOH", "Ministry of Health"),
    unit("LS-MOD", "Ministry of Defence"),
    unit("LS-MOI", "Ministry of Interior"),
    unit("LS-PPC", "People's Committee of Lam Son Province", "Lam Son PPC"),
    unit("LS-DOC", "Department of Construction of Lam Son", "Department of Construction"),
    unit("LS-DRAIN", "Lam Son Drainage Company", "Drainage Company"),
]


def run(text, meeting):
    return directives_in(text, DIRECTORY, "en", meeting)


MINUTES_HEAD = (
    "Town of Ashbury\n"
    "Regular Meeting of Council\n"
    "Minutes\n"
    "Tuesday, March 3, 2026\n"
    "\n"
    "1. CALL TO ORDER\n"
    "The Mayor called the meeting to order at 7:00 p.m.\n"
    "\n"
)


def test_a_name_or_an_aside_carried_to_the_next_line_of_minutes_stays_in_its_motion():
    text = MINUTES_HEAD + (
        "2. MAPLE GROVE AVENUE\n"
        "Moved by Councillor Ames, seconded by Councillor Bell,\n"
        "That the report of the City Engineer dated February 20, 2026 BE RECEIVED; and,\n"
        "That the City Engineer BE DIRECTED to report back to Council by June 30, 2026 with a design\n"
        "for new sidewalks and cycle lanes on both sides of the road from King Street to Maple Grove\n"
        "Avenue and the Harbour Road roundabout; and,\n"
        "That the City Solicitor BE DIRECTED to draft the amendments to By-law 45-2021\n"
        "(the Parking By-law) needed to ban parking on Maple Grove Avenue and bring them to the\n"
        "April 14, 2026 meeting of Council.\n"
        "Carried.\n"
    )
    directives = run(text, "2026-03-03")
    assert leads(directives) == ["AB-ENG", "AB-LAW"]
    assert directives[0].text.endswith("Harbour Road roundabout")
    assert "(the Parking By-law)" in directives[1].text
    assert [str(d.deadline) for d in directives] == ["2026-06-30", "2026-04-14"]


def test_a_motion_s_be_left_at_the_end_of_a_log_row_s_line():
    text = MINUTES_HEAD + (
        "3. FOLLOW-UP LOG\n"
        "CR12/2026 Jan 12, 2026 That the City Engineer BE\n"
        "DIRECTED to inspect the pedestrian bridges over the Ash River and report to Council.\n"
    )
    directives = run(text, "2026-03-03")
    assert leads(directives) == ["AB-ENG"]


def test_a_log_s_due_date_and_status_run_on_after_the_directive_with_no_stop():
    text = MINUTES_HEAD + (
        "3. COUNCIL DIRECTIVES – FOLLOW-UP LOG\n"
        "CR No. Date Directive Department Due Status\n"
        "CR12/2026 Jan 12, 2026 That the Director of Recreation BE DIRECTED to review the arena fees and report\n"
        "back Recreation and Culture Q2 2026 Not started\n"
        "CR19/2026 Jan 26, 2026 That the City Treasurer BE REQUESTED to set aside a reserve for the library\n"
        "roof in the 2027 budget Finance Department 2027 Budget In progress\n"
        "CR23/2026 Feb 9, 2026 That the City Engineer BE DIRECTED to inspect the culverts on Mill Road\n"
        "Engineering Services March 2026 Pending\n"
    )
    directives = run(text, "2026-03-03")
    assert leads(directives) == ["AB-REC", "AB-FIN", "AB-ENG"]
    assert [d.deadline and str(d.deadline) for d in directives] == ["2026-06-30", None, "2026-03-31"]


PRESS_NOTE_HEAD = "OFFICE OF THE DISTRICT COLLECTOR, RIVERDALE\nPress Note\nDate: 02.06.2026\n\n"


def test_a_press_note_s_headline_in_the_present_is_no_order():
    text = PRESS_NOTE_HEAD + (
        "Collector inspects flood works, asks engineers to finish repairs before the rains\n\n"
        "Riverdale, June 2: The Collector directed the Executive Engineer, Water Resources to repair the breached "
        "bunds of the Kaveli tank by 20th June.\n"
    )
    directives = run(text, "2026-06-02")
    assert leads(directives) == ["RV-WAT"]
    assert str(directives[0].deadline) == "2026-06-20"


def test_an_honorific_before_the_collector_s_name_ends_no_sentence():
    text = PRESS_NOTE_HEAD + (
        "District Collector Smt. P. Lakshmi Devi directed the officials to complete the desilting of all drains "
        "before the onset of the monsoon.\n"
    )
    directives = run(text, "2026-06-02")
    assert len(directives) == 1
    assert directives[0].text.startswith("District Collector Smt. P. Lakshmi Devi directed")


def test_a_passive_task_added_after_an_order_with_no_article_is_the_order_s_unit_s():
    text = PRESS_NOTE_HEAD + (
        "The Collector directed the Executive Engineer, Water Resources to strengthen the bunds of the minor "
        "tanks. Gunny bags and sand bags should be kept at every vulnerable tank by 10th June.\n\n"
        "The District Health Officer should keep Rapid Response Teams ready in every block. Water samples are "
        "to be collected from all the wells in the flooded villages.\n"
    )
    directives = run(text, "2026-06-02")
    assert leads(directives) == ["RV-WAT", "RV-WAT", "RV-HLTH", "RV-HLTH"]
    assert str(directives[1].deadline) == "2026-06-10"


def test_a_group_a_passive_order_acts_on_leaves_the_order_to_the_unit_before():
    text = PRESS_NOTE_HEAD + (
        "She asked the District Panchayat Raj Officer to take up a cleaning drive in all the villages and to "
        "finish it by 15th June. Ward officials should be made accountable for the drive.\n"
    )
    directives = run(text, "2026-06-02")
    assert leads(directives) == ["RV-PR", "RV-PR"]


DISPATCH_HEAD = (
    "PM calls for all-out response to Typhoon No. 3\n\n"
    "The Prime Minister has just signed Official Dispatch No. 55/CD-TTg dated August 2, 2026 on responding to "
    "Typhoon No. 3.\n\n"
)


def test_vigilance_asked_of_ministries_and_localities_is_no_order():
    text = DISPATCH_HEAD + (
        "In order to protect people's lives, the Prime Minister requested ministries, branches and localities "
        "not to be complacent or lose vigilance, and to treat this as a top priority.\n\n"
        "He said that the typhoon is forecast to be very strong, so all levels must absolutely not be negligent "
        "or subjective. Localities must not let their guard down.\n\n"
        "The Ministry of Health shall keep mobile medical teams ready in the coastal provinces.\n"
    )
    assert leads(run(text, "2026-08-02")) == ["LS-MOH"]


def test_a_state_that_must_not_occur_with_no_one_to_act_is_no_order():
    text = PRESS_NOTE_HEAD + (
        "The Collector directed the Executive Engineer, Water Resources to release the compensation to the "
        'farmers whose fields were flooded. "There must be no delay in paying the farmers," she said. "There '
        'should not be any shortage of fodder for the cattle," she added.\n'
    )
    assert leads(run(text, "2026-06-02")) == ["RV-WAT"]


def test_the_chairs_of_the_committees_of_a_group_of_provinces_are_asked_as_a_group():
    text = DISPATCH_HEAD + (
        "Chairpersons of the People's Committees of mountainous provinces shall direct the evacuation of "
        "households from landslide-prone areas, to be completed before 18:00 on August 3.\n"
    )
    directives = run(text, "2026-08-02")
    assert leads(directives) == [None]
    assert str(directives[0].deadline) == "2026-08-03"


def test_a_part_that_directs_a_work_and_a_report_of_the_same_ministry_stay_one_order():
    text = DISPATCH_HEAD + (
        "The Minister of Transport shall inspect the bridges on National Highway 2; direct the clearing of "
        "landslides on the mountain passes, especially those that cut off villages. The Ministry shall send a "
        "report to the Prime Minister before 17:00 on August 5.\n"
    )
    directives = run(text, "2026-08-02")
    assert leads(directives) == ["LS-MOT"]
    assert directives[0].text.endswith("before 17:00 on August 5")
    assert str(directives[0].deadline) == "2026-08-05"


def test_a_ministry_that_directs_the_bodies_under_it_leads_the_order():
    text = DISPATCH_HEAD + (
        "The Ministry of Transport directs the Road Maintenance Corporation to clear the landslides on the "
        "national highways within two days.\n\n"
        "The Ministers of Defence and Interior direct the army and police units stationed in the flooded areas "
        "to help people evacuate.\n"
    )
    directives = run(text, "2026-08-02")
    assert leads(directives) == ["LS-MOT", "LS-MOD"]
    assert [ref.code for ref in directives[1].coordinating] == ["LS-MOI"]


def test_the_deputy_prime_minister_is_not_the_prime_minister_s_office():
    text = DISPATCH_HEAD + (
        "Deputy Prime Minister Tran Van Binh is assigned to directly direct the ministries and localities in "
        "the relief work.\n"
    )
    assert leads(run(text, "2026-08-02")) == [None]


def test_an_act_done_implementing_an_earlier_plan_is_told():
    text = (
        "On the morning of April 6, 2026, the Chairman of Lam Son Province chaired a meeting on the dry season.\n\n"
        "Saline water has entered the rivers early this year. Implementing Decision No. 15/QD-UBND dated January "
        "5, 2026 of the Provincial People's Committee, the construction sector has built 8 temporary dams and "
        "dredged 20 canals.\n\n"
        "The Chairman requested the Department of Construction to inspect the water works of the coastal "
        "communes.\n"
    )
    assert leads(run(text, "2026-04-06")) == ["LS-DOC"]


def test_what_a_sentence_opening_on_earlier_tells_was_assigned_then():
    text = (
        "On the morning of April 6, 2026, the Chairman of Lam Son Province chaired a meeting on the dry season.\n\n"
        "Earlier, at the meeting on February 2, the Provincial People's Committee assigned the Department of "
        "Construction to inspect the water works in the coastal communes and asked the Drainage Company to "
        "dredge its canals. To date, 12 canals have been dredged.\n\n"
        "The Chairman requested the Department of Construction to finish the inspection by April 20, 2026.\n"
    )
    directives = run(text, "2026-04-06")
    assert leads(directives) == ["LS-DOC"]
    assert str(directives[0].deadline) == "2026-04-20"


def test_a_company_s_legal_form_is_no_part_of_its_name():
    text = (
        "On the morning of April 6, 2026, the Chairman of Lam Son Province chaired a meeting on the dry season.\n\n"
        "The Lam Son Drainage One Member Limited Liability Company was asked to dredge the canals of the city "
        "before the rainy season.\n"
    )
    assert leads(run(text, "2026-04-06")) == ["LS-DRAIN"]
