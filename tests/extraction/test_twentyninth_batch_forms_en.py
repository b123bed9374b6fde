"""Orders in the forms a twenty-ninth batch of English texts written blind showed: a council cabinet's lettered
"RESOLVED that:" clauses in the subjunctive, an official named by the field of a unit that has no head word, a
provincial executive's present perfect ("EXCO has directed ..."), a South African MEC, a cabinet's "X will ...,
and Y is to ...", "Resolution Nos.", the end of the current financial year, an office named after its head
("Legal Draftsman's Department", "Provincial Engineering Office"). Texts and directory written for these tests."""

import pytest

from tests.extraction.conftest import directives_in, leads, unit

COUNTY = [
    unit("WC-ROADS", "Roads and Waste"),
    unit("WC-FIN", "Finance Directorate"),
    unit("WC-CC", "Civil Contingencies Team"),
    unit("WC-LEGAL", "Legal and Democratic Services"),
    # another administration's units in the same directory
    unit("XM-WASTE", "Ministry of Waste and Roads"),
    unit("XM-FISH", "Ministry of Agriculture, Livestock and Finance"),
]


def county(text, meeting="2025-11-18"):
    return directives_in(text, COUNTY, "en", meeting)


@pytest.mark.parametrize(
    "clauses",
    [
        "(a) the annual report be noted;\n"
        "(b) the Director of Roads and Waste arrange for the depot to be cleared by 31 January 2026;\n"
        "(c) the Director of Legal and Democratic Services draft the new byelaw by 28 February 2026.\n",
        "(i) the revised fees be approved;\n"
        "(ii) the Director of Roads and Waste commission a survey of every footbridge by 31 January 2026;\n"
        "(iii) the Director of Legal and Democratic Services prepare the tender documents by 28 February 2026.\n",
    ],
)
def test_each_lettered_clause_of_a_resolution_is_its_own(clauses):
    found = county("7. FOOTWAYS AND DEPOTS\nRESOLVED that:\n" + clauses + "\nReasons for decision: safety.\n")
    assert leads(found) == ["WC-ROADS", "WC-LEGAL"]
    assert [str(d.deadline) for d in found] == ["2026-01-31", "2026-02-28"]
    assert not any("be approved" in d.text or "be noted" in d.text for d in found)


@pytest.mark.parametrize(
    ("official", "code"),
    [
        ("the Director of Roads and Waste", "WC-ROADS"),
        ("the Executive Director of Finance", "WC-FIN"),
    ],
)
def test_an_official_of_a_unit_with_no_head_word_is_not_another_administrations_ministry(official, code):
    text = (
        f"RESOLVED that:\n(a) the report be noted;\n(b) {official} be asked to report on the costs by 9 March 2026.\n"
    )
    assert leads(county(text)) == [code]


@pytest.mark.parametrize(
    "outcome",
    [
        "(c) the outcome of the survey be reported to Cabinet in March 2026.",
        "(c) the findings of the review be reported to the Scrutiny Panel in March 2026.",
    ],
)
def test_a_resolutions_clause_on_the_outcome_goes_with_the_order_before(outcome):
    text = (
        "RESOLVED that:\n(a) the draft strategy be approved for consultation;\n"
        "(b) the Director of Roads and Waste consult the parish councils on the draft strategy;\n" + outcome + "\n"
    )
    found = county(text)
    assert leads(found) == ["WC-ROADS"]
    assert str(found[0].deadline) == "2026-03-31"


@pytest.mark.parametrize(
    ("second", "code"),
    [
        ("the Head of Civil Contingencies", "WC-CC"),
        ("the Director of Legal and Democratic Services", "WC-LEGAL"),
    ],
)
def test_a_second_official_after_and_the_is_a_unit_of_its_own(second, code):
    text = (
        "RESOLVED that:\n(a) the flood plan be adopted;\n"
        "(b) the Director of Finance set aside £40,000 for pumps by 31 December 2025;\n"
        f"(c) the Director of Roads and Waste and {second} review the sandbag stores, and report to the Cabinet "
        "Member within 21 days of this meeting.\n"
    )
    found = county(text)
    assert leads(found) == ["WC-FIN", "WC-ROADS"]
    assert [d.code for d in found[1].coordinating] == [code]
    assert str(found[1].deadline) == "2025-12-09"


@pytest.mark.parametrize(
    ("wording", "deadline"),
    [
        ("by the end of the current financial year", "2026-03-31"),
        ("before the close of the financial year", "2026-03-31"),
    ],
)
def test_the_end_of_the_current_financial_year_in_pounds(wording, deadline):
    text = (
        "RESOLVED that:\n(a) the overspend of £2.1m be noted;\n"
        f"(b) the Director of Legal and Democratic Services complete the lease of the depot {wording}.\n"
    )
    found = county(text)
    assert [str(d.deadline) for d in found] == [deadline]


@pytest.mark.parametrize(
    ("wording", "deadline"),
    [
        ("by the end of the current financial year", "2026-06-30"),
        ("before the close of the financial year", "2026-06-30"),
    ],
)
def test_the_end_of_the_current_financial_year_elsewhere_runs_to_june(wording, deadline):
    text = (
        "The Finance Directorate was directed to clear the pending claims of the contractors "
        f"{wording}, at a cost of KSh 40 million.\n"
    )
    assert [str(d.deadline) for d in county(text, "2026-03-10")] == [deadline]


PROVINCE = [
    unit("GP-HEALTH", "Department of Health"),
    unit("GP-EDU", "Department of Education"),
    unit("GP-ROADS", "Department of Roads and Transport"),
]


@pytest.mark.parametrize(
    ("order", "code"),
    [
        (
            "The Executive Council has directed the MEC for Health to ensure that every clinic is staffed by 30 June.",
            "GP-HEALTH",
        ),
        ("EXCO has instructed the MEC for Education to see that all textbooks are delivered by 30 June.", "GP-EDU"),
        ("Cabinet has tasked the Department of Roads and Transport to repair the bridges by 30 June.", "GP-ROADS"),
    ],
)
def test_a_bodys_present_perfect_order_of_the_day(order, code):
    text = "STATEMENT ON THE MEETING OF THE EXECUTIVE COUNCIL\n\n" + order + "\n"
    found = directives_in(text, PROVINCE, "en", "2025-04-09")
    assert leads(found) == [code]
    assert str(found[0].deadline) == "2025-06-30"


def test_an_order_given_before_still_told_as_such():
    text = (
        "The MEC for Health had earlier directed the department to fill the posts by 30 June. EXCO noted the report.\n"
    )
    assert directives_in(text, PROVINCE, "en", "2025-04-09") == []


ISLAND = [
    unit("IS-AGRI", "Ministry of Agriculture and Irrigation"),
    unit("IS-TREASURY", "General Treasury"),
    unit("IS-PORTS", "Sri Marina Ports Authority"),
    unit("IS-LD", "Legal Draftsman's Department"),
    unit("IS-AG", "Attorney General's Department"),
]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ministry of Agriculture and Irrigation will list the farmers affected through the divisional offices, "
        "and the General Treasury is to release the compensation before 31st July.",
        "The Ministry of Agriculture and Irrigation will verify the claims with the Agrarian Services centres, "
        "and the General Treasury is to pay them before 31st July.",
    ],
)
def test_a_units_work_in_the_future_then_another_units_obligation(sentence):
    text = "04. Drought relief\n\nThe Cabinet decided to compensate the farmers. " + sentence + "\n"
    found = directives_in(text, ISLAND, "en", "2025-06-09")
    assert leads(found) == ["IS-AGRI", "IS-TREASURY"]
    assert found[0].deadline is None
    assert str(found[1].deadline) == "2025-07-31"


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("The Legal Draftsman has been instructed to prepare the amending Bill.", "IS-LD"),
        ("The Attorney General's Department was requested to advise on the claims of the farmers.", "IS-AG"),
        ("The Attorney General was requested to file the appeal.", "IS-AG"),
    ],
)
def test_an_office_named_after_its_head(sentence, code):
    assert leads(directives_in(sentence + "\n", ISLAND, "en", "2025-06-09")) == [code]


VALLEY = [
    unit("VL-PEO", "Provincial Engineering Office", "PEO"),
    unit("VL-PPO", "Provincial Planning Office"),
    unit("VL-SEC", "Provincial Secretariat Office"),
]


@pytest.mark.parametrize(
    ("head", "code"),
    [("the Provincial Engineer", "VL-PEO"), ("the Provincial Planner", "VL-PPO")],
)
def test_an_engineering_or_planning_office_answers_to_its_head(head, code):
    text = f"The Chair directed {head} to inspect the flood control works within two weeks.\n"
    found = directives_in(text, VALLEY, "en", "2024-08-23")
    assert leads(found) == [code]
    assert str(found[0].deadline) == "2024-09-06"


@pytest.mark.parametrize("plural", ["Resolution Nos. 4 to 6", "Ordinance Nos. 2 and 3"])
def test_nos_is_no_sentence_end(plural):
    text = f"The Provincial Engineer was directed to post copies of {plural} at the project sites within ten days.\n"
    found = directives_in(text, VALLEY, "en", "2024-08-23")
    assert len(found) == 1
    assert found[0].text.endswith("within ten days")
