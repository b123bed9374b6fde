"""Orders in the forms a forty-sixth batch of English texts written blind showed: a provincial portal's story of a
working session whose leader tells what the province "will continue to" do, or what its goal is (an intention, an
aim: no order); a ministry's conclusions notice whose numbered item records that the minister agreed with a unit's
proposal (an approval, no task), whose first item binds the "heads of units under the Ministry" (a group, the
ministry no lead), and whose item points to the list of tasks attached ("(Appendix attached)"); and the documents an
order acts on, written out with their article: a target programme ("the National Target Program on sustainable
poverty reduction"), a plan of a season ("the flood and storm response plan for the 2027 rainy season"). Texts and
directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

PROVINCE = [
    unit("TH-DOH", "Thanh Ha Department of Health", "Department of Health"),
    unit("TH-DOF", "Thanh Ha Department of Finance", "Department of Finance"),
    unit("TH-DOC", "Thanh Ha Department of Construction", "Department of Construction"),
    unit("TH-DIS", "Thanh Ha Dyke and Irrigation Sub-Department", "Provincial Dyke and Irrigation Sub-Department"),
]


def province(text, meeting="2026-09-15"):
    return directives_in(text, PROVINCE, "en", meeting)


def test_what_the_province_will_continue_to_do_is_an_intention_no_order():
    text = (
        "Provincial leader works with the Department of Health\n\n"
        "On the morning of September 15, Vice Chairman Le Quang Minh had a working session with the Department of "
        "Health on the results of the first 8 months of 2026.\n\n"
        "He asked the Department of Health to complete the upgrading of 12 commune health stations before "
        "December 15, 2026.\n\n"
        "He affirmed that the province will continue to support the health sector in attracting doctors to "
        "mountainous communes. The province will also continue to give priority to preventive medicine.\n"
    )
    found = province(text)
    assert leads(found) == ["TH-DOH"]
    assert str(found[0].deadline) == "2026-12-15"


def test_the_province_s_goal_is_an_aim_no_order():
    text = (
        "Provincial leader works with the Department of Construction\n\n"
        "Concluding the session, Chairman Vo Thanh Long praised the efforts of the Department of Construction. "
        "The province's target is to raise the urbanization rate to 45% by the end of 2027. "
        "Their aim is to finish all resettlement areas in the 2026-2028 period.\n"
    )
    assert province(text) == []


def test_a_numbered_item_that_agrees_with_a_unit_s_proposal_is_an_approval():
    text = (
        "II. TASKS IN THE COMING TIME\n"
        "1. Specific tasks\n"
        "a) Department of Finance:\n"
        "- Review the disbursement of each project and report to the Chairman before October 20, 2026.\n"
        "b) The Department of Health shall finish equipping the district hospitals before December 2026.\n"
        "2. The Chairman agreed with the proposal of the Department of Construction to include the Hoa Binh "
        "bridge in the list of priority works.\n"
        "3. The Vice Chairman agreed in principle with the request of the Department of Health to use the "
        "reserve fund for the purchase of ambulances.\n"
    )
    found = province(text)
    assert leads(found) == ["TH-DOF", "TH-DOH"]


MINISTRY = [
    unit("MH-OFF", "Ministry Office (Ministry of Home Affairs)", "Ministry Office"),
    unit("MH-LEG", "Legal Department (Ministry of Home Affairs)", "Legal Department"),
    unit("MH-ORG", "Department of Organization and Personnel"),
]


def test_heads_of_units_under_the_ministry_are_a_group_no_lead():
    text = (
        "MINISTRY OF HOME AFFAIRS\nNo.: 97/TB-BNV\n\nNOTICE\n"
        "Conclusions of the Minister at the quarterly review conference\n\n"
        "After listening to the report of the Ministry Office, the Minister concluded as follows:\n\n"
        "1. Agencies under the Ministry shall review their assigned tasks and report the results to the Ministry "
        "Office before July 5, 2026.\n"
        "2. The Legal Department shall complete the draft Circular on archives before August 30, 2026.\n"
    )
    found = directives_in(text, MINISTRY, "en", "2026-06-20")
    assert leads(found) == [None, "MH-LEG"]
    assert found[0].text.startswith("Agencies under the Ministry")


def test_a_list_of_tasks_attached_is_a_reference():
    text = (
        "NOTICE\nConclusions of the Minister\n\n"
        "1. The Department of Organization and Personnel shall complete the recruitment plan before July 31, 2026.\n"
        "2. Outstanding tasks that must be finished without delay by the departments concerned (Annex II "
        "attached).\n"
    )
    found = directives_in(text, MINISTRY, "en", "2026-06-20")
    assert [d.references for d in found][-1] == ["Annex II"]


def test_a_target_programme_is_a_reference_with_its_article():
    text = (
        "The Department of Finance shall balance capital sources for the National Target Program on sustainable "
        "poverty reduction, and report to the Provincial People's Committee before November 10, 2026.\n"
    )
    found = province(text)
    assert [d.references for d in found] == [["the National Target Program on sustainable poverty reduction"]]


def test_a_plan_of_a_season_is_a_reference_with_its_article():
    text = (
        "He assigned the Provincial Dyke and Irrigation Sub-Department to review and update the flood and storm "
        "response plan for the 2027 rainy season before April 30, 2027.\n"
    )
    found = province(text, "2027-03-02")
    assert [d.references for d in found] == [["the flood and storm response plan for the 2027 rainy season"]]
