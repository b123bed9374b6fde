"""Orders in the forms a sixty-second batch of English texts written blind showed: a resolution's "That X ..." with
its verb in the present; a motion told with its time of day that failed; a telegraphic line after an action that
brings its draft back for a reading on a day; an ordinance by its year and number on the item's heading above the
order that points back to it; a municipal code's chapter after the code's acronym; an Indian department's office
memorandum; two departments under one plural head; a plan the order is to finalise, its product; a higher document's
target set for the whole province. Texts and directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("GH-ENG", "District Engineering Department", "Engineering Department"),
    unit("GH-ASM", "District Assembly", "Assembly"),
    unit("US-CA", "Office of the City Attorney", "City Attorney"),
    unit("US-CM", "City Manager's Office", "City Manager"),
    unit("US-PW", "Public Works Department", "Public Works"),
    unit("IN-REV", "Revenue & Disaster Management Department", "Revenue Commissioner"),
    unit("IN-WCD", "Women & Child Development Department"),
    unit("IN-HUD", "Housing & Urban Development Department, Odisha", "Housing & Urban Development Department"),
    unit("IN-FE", "Forest & Environment Department, Odisha", "Forest & Environment Department"),
    unit("IN-FIN", "Finance Department"),
    unit("VN-DOH", "Department of Health"),
    unit("VN-DOF", "Department of Finance"),
]


def run(text, meeting):
    return directives_in(text, DIRECTORY, "en", meeting)


def test_a_resolutions_that_clause_with_its_verb_in_the_present_is_an_order():
    text = (
        "Members complained about flooding on the market road.\n"
        "RESOLVED:\n"
        "That the District Engineering Department clears the drains along the market road and reports to the "
        "Assembly within ten days.\n"
    )
    found = run(text, "2026-05-04")
    assert leads(found) == ["GH-ENG"]
    assert str(found[0].deadline) == "2026-05-14"


def test_a_motion_with_a_time_of_day_that_failed_is_no_order():
    text = (
        "9B. Library Hours\n"
        "Motion (Ruiz/Chen) to direct the City Manager to keep the main library open until 10 p.m. on weekdays "
        "FAILED 3-4.\n"
    )
    assert run(text, "2026-05-04") == []


def test_the_draft_coming_back_for_a_reading_on_a_day_is_the_orders_deadline():
    text = (
        "ACTION: City Attorney to prepare an ordinance capping delivery fees charged to local restaurants. "
        "Draft to come back for second reading June 16. (Chen/Ruiz, 6-1)\n"
    )
    found = run(text, "2026-05-04")
    assert leads(found) == ["US-CA"]
    assert str(found[0].deadline) == "2026-06-16"


def test_an_ordinance_by_its_year_on_the_heading_above_is_what_the_order_brings_back():
    text = (
        "6B. Ordinance 2026-14 amending the sign regulations - First reading held\n"
        "ACTION: Council directed the City Manager to bring the ordinance back for adoption at the June 2, 2026 "
        "meeting. (Ruiz/Chen, 7-0)\n"
    )
    found = run(text, "2026-05-04")
    assert [d.references for d in found] == [["Ordinance 2026-14"]]


def test_a_code_chapter_after_the_codes_acronym_is_a_reference():
    text = "ACTION: Public Works to propose changes to SRMC Chapter 12.08 on sidewalk dining permits by July 7.\n"
    found = run(text, "2026-05-04")
    assert [d.references for d in found] == [["SRMC Chapter 12.08"]]


def test_an_office_memorandum_is_a_reference():
    text = (
        "The Women & Child Development Department was asked to release the pending grants to the anganwadi "
        "centres by 30th June, as per Finance Department O.M. No. 2231/F dated 04.03.2026.\n"
    )
    found = run(text, "2026-05-04")
    assert len(found) == 1
    assert "2231/F" in found[0].references[0]


def test_two_departments_under_one_plural_head_are_both_partners():
    text = (
        "The Revenue Commissioner was directed to prepare the flood shelter roster in consultation with the "
        "Housing & Urban Development and Forest & Environment Departments before June 1.\n"
    )
    (directive,) = run(text, "2026-05-04")
    assert directive.lead.code == "IN-REV"
    assert [d.code for d in directive.coordinating] == ["IN-HUD", "IN-FE"]


def test_a_plan_the_order_is_to_finalise_is_its_product_not_a_reference():
    text = (
        "The Revenue Commissioner was asked to finalise the State Flood Contingency Plan and send it to all "
        "Collectors before June 1.\n"
    )
    (directive,) = run(text, "2026-05-04")
    assert directive.references == []


def test_a_higher_documents_target_for_the_whole_province_is_no_order():
    text = (
        "Implementing Plan No. 12-KH/TU dated February 3, 2026 of the Provincial Party Committee, by the end of "
        "2027 the province must cut 10% of its public service units.\n"
        "The Department of Health shall submit the merger plan for the district hospitals before June 30.\n"
    )
    assert leads(run(text, "2026-05-04")) == ["VN-DOH"]
