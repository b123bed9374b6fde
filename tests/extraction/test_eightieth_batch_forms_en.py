"""Orders in the forms an eightieth batch of English texts written blind showed (Vietnamese national and provincial
meetings in translation): a directory kept for several governments and provinces, whose ministries share the alias
"Finance Ministry" (no place of theirs), so that a province's "Department of Finance" is its own; a pronoun that hands
in the work just ordered ("It will send written replies ... in June"); "The Sub-department shall ..." for the one
just charged; "the Ministries of Agriculture and Environment and Public Security", a field that holds "and", of one
government; the unit given the drafting ("as the drafting agency") named by that role after; the presiding leader's
word of what a unit will do ("the Chairman said the Department of X will ..."); a closing exhortation of all Party
organisations and a shortcoming the conclusions start from, no orders; a year's budget estimate cited, and a plan
named with its article or without. Texts and directory written for these tests."""

from tests.extraction.conftest import codes, directives_in, leads, unit
from tracker.extraction.references import key_of

DIRECTORY = [
    unit("GV-GOV", "Government of Viet Nam", "the Government"),
    unit("GV-MOF", "Ministry of Finance of Viet Nam", "Finance Ministry", "MOF"),
    unit("GV-MAE", "Ministry of Agriculture and Environment of Viet Nam", "Agriculture and Environment Ministry"),
    unit("LW-MOF", "Ministry of Finance", "Finance Ministry"),
    unit("LW-MAE", "Ministry of Agriculture and Environment", "Agriculture and Environment Ministry"),
    unit("LW-MPS", "Ministry of Public Security", "Public Security Ministry"),
    unit("LW-MOJ", "Ministry of Justice", "Justice Ministry"),
    unit("NH-MOF", "Ministry of Finance", "Finance Ministry"),
    unit("NH-MOC", "Ministry of Construction", "Construction Ministry"),
    unit("SK-PPC", "Song Kim Provincial People's Committee", "Song Kim PPC"),
    unit("SK-DOF", "Song Kim Department of Finance", "Song Kim DOF"),
    unit("SK-DOIT", "Song Kim Department of Industry and Trade", "Song Kim DOIT"),
    unit("SK-PC", "Song Kim Power Company", "PC Song Kim"),
    unit("SK-FPS", "Song Kim Forest Protection Sub-department", "Forest Protection Sub-department"),
    unit("SK-PMC", "Song Kim Provincial Military Command", "Provincial Military Command"),
    unit("SK-POL", "Song Kim Provincial Police Department", "Provincial Police"),
    unit("BL-PPC", "Bao Lam Provincial People's Committee", "Bao Lam PPC"),
    unit("BL-DOF", "Bao Lam Department of Finance", "Bao Lam DOF"),
    unit("BL-DOIT", "Bao Lam Department of Industry and Trade", "Bao Lam DOIT"),
]

SONG_KIM = "SONG KIM, March 12 – The Song Kim Provincial People's Committee held a dialogue with investors.\n\n"


def run(text, meeting=None):
    return directives_in(text, DIRECTORY, "en", meeting)


def test_a_provinces_department_of_finance_where_several_ministries_answer_to_finance_ministry():
    directives = run(
        SONG_KIM + "The Department of Finance shall review the overdue land rent cases before April 30.\n",
        meeting="2026-03-12",
    )
    assert leads(directives) == ["SK-DOF"]


def test_a_pronoun_that_sends_in_the_work_just_ordered_goes_on_with_that_order():
    directives = run(
        SONG_KIM + "The Department of Industry and Trade was tasked with listing the questions left unanswered. It "
        "will send written replies to each investor in April 2026.\n",
        meeting="2026-03-12",
    )
    assert leads(directives) == ["SK-DOIT"]
    assert directives[0].text.endswith("in April 2026")
    assert str(directives[0].deadline) == "2026-04-30"


def test_the_sub_department_just_charged_named_by_its_kind():
    directives = run(
        SONG_KIM + "Under the directive, the tasks are assigned as follows:\n\n"
        "- The Forest Protection Sub-department shall inspect the pine plantations in the western districts. The "
        "Sub-department shall coordinate with the Provincial Military Command in holding a fire drill before April "
        "15.\n",
        meeting="2026-03-12",
    )
    assert leads(directives) == ["SK-FPS", "SK-FPS"]
    assert codes(directives[1].coordinating) == ["SK-PMC"]


def test_ministries_listed_under_one_head_a_field_with_and_and_one_government():
    directives = run(
        "HANOI, May 3 – The Deputy Prime Minister worked with the Ministry of Justice on the draft Law on "
        "Irrigation.\n\nThe Ministries of Agriculture and Environment and Public Security should jointly review "
        "the penalties for illegal sand mining in river corridors.\n",
        meeting="2026-05-03",
    )
    assert leads(directives) == ["LW-MAE"]
    assert codes(directives[0].coordinating) == ["LW-MPS"]


def test_the_drafting_agency_named_again_by_its_role():
    directives = run(
        "HANOI, May 3 – The Deputy Prime Minister chaired a session on the draft Law on Irrigation.\n\n"
        "He asked the Ministry of Agriculture and Environment, as the drafting agency, to finalise the draft and "
        "the impact assessment report.\n\nThe Ministry of Justice was requested to coordinate with the drafting "
        "agency and complete the appraisal report before August 20.\n",
        meeting="2026-05-03",
    )
    assert leads(directives) == ["LW-MAE", "LW-MOJ"]
    assert codes(directives[1].coordinating) == ["LW-MAE"]


def test_the_chairmans_word_of_what_a_department_will_do():
    directives = run(
        SONG_KIM + "Answering Kim Long Steel on frequent outages, the Chairman said the Department of Industry and "
        "Trade will work with Song Kim Power Company to upgrade the substation and finish the work in 2027.\n",
        meeting="2026-03-12",
    )
    assert leads(directives) == ["SK-DOIT"]
    assert codes(directives[0].coordinating) == ["SK-PC"]
    assert str(directives[0].deadline) == "2027-12-31"


def test_an_exhortation_of_all_party_organisations_after_what_the_secretary_stressed():
    directives = run(
        SONG_KIM + "Concluding the meeting, the Secretary pointed out the following tasks:\n\n"
        "1. The Provincial Police shall verify the complaints about the sand pits before September 30.\n\n"
        "The Secretary emphasised that the last quarter is decisive and that all Party organisations must show a "
        "high sense of responsibility.\n",
        meeting="2026-08-20",
    )
    assert leads(directives) == ["SK-POL"]


def test_a_shortcoming_the_conclusions_start_from_orders_nothing():
    directives = run(
        "NOTICE\nConclusions of the Deputy Prime Minister\n\nThe Deputy Prime Minister concluded as follows:\n\n"
        "1. The programme is behind its targets. Procedures for land leases and the choice of investors remain "
        "cumbersome.\n\n"
        "2. Tasks in the coming time:\n\na) The Ministry of Construction shall review the rules on land leases and "
        "report before October 15.\n",
        meeting="2026-09-04",
    )
    assert leads(directives) == ["NH-MOC"]


def test_a_years_budget_estimate_cited():
    directives = run(
        "HANOI, May 3 – The Government met.\n\nThe Ministry of Justice shall propose the funds for legal aid in the "
        "2027 budget estimate.\n",
        meeting="2026-05-03",
    )
    assert [ref.lower() for ref in directives[0].references] == ["2027 budget estimate"]


def test_a_plan_named_with_its_article_or_without_is_one_reference():
    assert key_of("the 2027 budget estimate") == key_of("2027 budget estimate")
    assert key_of("The Law on Dykes") == key_of("Law on Dykes")
