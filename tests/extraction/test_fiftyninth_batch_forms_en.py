"""Orders in the forms a fifty-ninth batch of English texts written blind showed: a US council's action minutes
(an earlier direction told with its month and year and no comma; a motion that disposes of its item; a pronoun's
report-back to a meeting, joined to its order); a media release's request to the public in the passive; the English
edition of a Vietnamese conclusion notice (the project's facts under "concluded as follows:", an earlier dispatch's
request recalled, a year of what was done before the deadline, "Viet Nam" in two words, a bank after "and the"); an
Indian collector's press note (a passive order's agents after the place it is done at, an order in the speaker's
words told to a unit in the speech tag, a utility's circle after a dash); a Nigerian council's outcome (two units
sharing a plural kind, a law by its year); a state budget's plan of a year. Texts and directory written for these
tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("LB-CC", "Larkin Bay City Council", "Council", "City Council"),
    unit("LB-CM", "Office of the City Manager, Larkin Bay", "City Manager", "CMO"),
    unit("LB-PW", "Public Works Department", "Public Works", "DPW"),
    unit("LB-PLAN", "Planning Department", "Planning"),
    unit("LB-LIB", "Larkin Bay Public Library", "Library"),
    unit("VN-MOF", "Ministry of Finance", "MOF"),
    unit("VN-MOT", "Ministry of Transport", "MOT"),
    unit("VN-SBV", "State Bank of Vietnam", "SBV"),
    unit("VN-DN", "Dong Nai Provincial People's Committee", "People's Committee of Dong Nai province"),
    unit("KP-MC", "Kallur Municipal Corporation", "Municipal Corporation", "KMC"),
    unit("KP-DHO", "District Health Office, Kallur", "DHO", "District Health Officer", "District Health Office"),
    unit("KP-POW", "Power Distribution Company - Kallur Operation Circle", "Discom"),
    unit("KP-RWS", "Rural Water Supply Department", "RWS"),
    unit("BN-KN", "Kato North Local Government Council", "Kato North LGA"),
    unit("BN-IO", "Ilu-Oke Local Government Council", "Ilu-Oke LGA"),
    unit("BN-EDU", "Ministry of Education, Benue Hills State", "Ministry of Education", "Commissioner for Education"),
]


def run(text, meeting="2026-04-14"):
    return directives_in(text, DIRECTORY, "en", meeting)


def test_an_earlier_direction_told_with_its_month_and_year_and_no_comma_is_no_order():
    text = (
        "5A. Library Hours Review\n"
        "In November 2025 Council directed the Library to survey patrons on evening hours; the results were "
        "presented tonight.\n"
        "Council directed the Library to draft a six-month trial of Thursday evening opening.\n"
    )
    found = run(text)
    assert [d.text[:30] for d in found] == ["Council directed the Library t"]


def test_a_motion_that_disposes_of_its_item_is_no_order():
    text = (
        "5B. Harbor Trail Audit\n"
        "Council directed the Public Works Department to price the trail repairs.\n"
        "MOTION by Councilmember Ruiz, seconded by Councilmember Obi, to receive the audit. MOTION carried 5-0.\n"
        "\n"
        "5C. Street Tree Program\n"
    )
    found = run(text)
    assert [d.text[:30] for d in found] == ["Council directed the Public Wo"]


def test_the_public_asked_in_the_passive_is_no_order():
    text = (
        "Media Release\n\nHarbor Trail reopens after storm repairs\n\n"
        "The trail reopened on Monday after four weeks of works.\n\n"
        "Walkers are asked to keep to the marked path while the rangers finish planting."
    )
    assert run(text) == []


def test_a_pronouns_report_back_to_a_meeting_goes_on_with_its_order():
    text = (
        "Council also asked the Planning Department to identify lots where tiny homes could be allowed. They are "
        "to present a map of candidate lots to the first meeting in July.\n"
    )
    found = run(text)
    assert leads(found) == ["LB-PLAN"]
    assert found[0].text.endswith("to the first meeting in July")
    assert str(found[0].deadline) == "2026-07-31"


NOTICE = (
    "NOTICE\nConclusions of Deputy Prime Minister Tran Van Minh at the meeting on the Dong Nai ring road project\n\n"
    "After hearing the reports, the Deputy Prime Minister concluded as follows:\n\n"
    "1. The project (38.5 km) links Long Phu port with National Highway 1. Site clearance in two communes remains "
    "slow.\n\n"
    "2. In Official Letter No. 112/VPCP-CN dated May 5, 2025, the Deputy Prime Minister requested the People's "
    "Committee of Dong Nai province to hand over the site in the second quarter of 2025; this target has not been "
    "met.\n\n"
    "3. Tasks in the coming time:\n"
    "a) The Ministry of Finance shall preside over and coordinate with the Ministry of Transport and the State Bank "
    "of Viet Nam in reviewing the capital of the project, and report to the Prime Minister before October 20, "
    "2025.\n"
    "b) The Ministry of Transport shall inspect the culverts finished in 2025 and send the results to the People's "
    "Committee of Dong Nai province before December 10, 2025.\n"
)


def test_the_projects_facts_and_an_earlier_letters_request_under_conclusions_are_no_orders():
    found = run(NOTICE, meeting="2025-09-22")
    assert leads(found) == ["VN-MOF", "VN-MOT"]


def _the(found, opening):
    """The one directive of ``found`` that opens on ``opening``."""
    (directive,) = [d for d in found if d.text.startswith(opening)]
    return directive


def test_viet_nam_in_two_words_after_and_the_is_a_unit_of_its_own():
    found = run(NOTICE, meeting="2025-09-22")
    assert [c.code for c in _the(found, "The Ministry of Finance shall").coordinating] == ["VN-MOT", "VN-SBV"]


def test_the_year_of_what_was_done_is_not_the_deadline():
    found = run(NOTICE, meeting="2025-09-22")
    assert str(_the(found, "The Ministry of Transport shall").deadline) == "2025-12-10"


PRESS_NOTE = (
    "KALLUR, April 2: District Collector Smt. A. Meena on Thursday reviewed heatwave preparedness with officials.\n\n"
    "She directed the District Health Officer to stock ORS packets at every health centre. Shade shelters should "
    "be put up at bus stands, markets and schools by the Municipal Corporation and the District Health Office "
    "before April 20.\n\n"
    "Street lights on the hospital road must be restored before the festival, she told the Superintending "
    "Engineer of the power distribution company.\n"
)


def test_a_passive_orders_agents_after_the_place_it_is_done_at_lead_and_coordinate():
    shelters = _the(run(PRESS_NOTE, meeting="2026-04-02"), "Shade shelters should")
    assert leads([shelters]) == ["KP-MC"]
    assert [c.code for c in shelters.coordinating] == ["KP-DHO"]


def test_an_order_in_the_speakers_words_is_the_units_the_speech_tag_names():
    found = run(PRESS_NOTE, meeting="2026-04-02")
    assert leads([_the(found, "Street lights on the hospital road must be restored")]) == ["KP-POW"]


def test_two_units_sharing_a_plural_kind_lead_and_coordinate():
    text = (
        "The Chairmen of Kato North and Ilu-Oke Local Government Councils were directed to clear the blocked "
        "drains in the markets within 14 days."
    )
    found = run(text, meeting="2026-07-08")
    assert leads(found) == ["BN-KN"]
    assert [c.code for c in found[0].coordinating] == ["BN-IO"]


def test_a_law_and_a_budget_plan_named_by_their_year_are_references():
    text = (
        "The Commissioner for Education is to present a plan for the 40 classrooms listed in the 2026 Appropriation "
        "Law at the next meeting of Council.\n\n"
        "The Ministry of Finance shall propose funds for the project from the 2027 state budget investment plan."
    )
    found = run(text, meeting="2026-07-08")
    assert [d.references for d in found] == [["2026 Appropriation Law"], ["2027 state budget investment plan"]]
