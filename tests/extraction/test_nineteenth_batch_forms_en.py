"""Orders in the forms a nineteenth batch of English texts written blind showed, read against a directory kept
for several administrations at once (two provinces, an Indian district, an American city): a committee or an
office named with its words turned around and a place before them ("the Hai Lan Town People's Committee",
"the Provincial People's Committee Office"); a name another administration also holds, opened by the text's
own unit's longer name; an officer addressed by his title before a comma and his unit, after "and" with the
request's verb left out; the product of an order handed over by a date in the next sentence; a motion's
action dated, then the work brought back to the council at a later meeting; a roll call's "Staff present:";
a question put in a meeting; what a sector must "truly become". Texts and directory written for these tests."""

import datetime

from tests.extraction.conftest import directives_in, leads, unit
from tracker.extraction import extract

DIRECTORY = [
    unit("KS-UBND", "People's Committee of Khe Son Province", "Khe Son PPC"),
    unit("KS-VP", "Office of the People's Committee of Khe Son Province", "Khe Son PPC Office"),
    unit("KS-STC", "Department of Finance of Khe Son Province", "Khe Son DOF"),
    unit("KS-SXD", "Department of Construction of Khe Son Province", "Khe Son DOC"),
    unit("KS-CA", "Khe Son Provincial Police", "Khe Son Public Security"),
    unit("KS-HAILAN", "People's Committee of Hai Lan Town", "Hai Lan PC"),
    unit("KS-TRAMY", "People's Committee of Tra My District", "Tra My PC"),
    unit("VR-COLL", "District Collectorate, Varanur", "Collector Varanur"),
    unit("VR-DEO", "District Educational Office, Varanur", "DEO Varanur"),
    unit("VR-HWY", "Highways Department (Construction and Maintenance) Division, Varanur", "Highways C&M"),
    unit("VR-DRDA", "District Rural Development Agency, Varanur", "DRDA Varanur"),
    unit("VR-BDO", "Block Development Offices, Varanur District", "Block Development Officers"),
    unit("VR-FIRE", "Fire and Rescue Services, Varanur", "Fire Station Varanur"),
    unit("GL-CC", "Glenholm City Council", "City Council", "Council"),
    unit("GL-CM", "Office of the City Manager, City of Glenholm", "City Manager"),
    unit("GL-HWY", "Glenholm Highways Department", "Streets"),
    unit("GL-PD", "Glenholm Police Department", "Police"),
    unit("GL-ATTY", "Office of the City Attorney, City of Glenholm", "City Attorney"),
]


def run(text, meeting):
    return directives_in(text, DIRECTORY, "en", meeting)


def test_a_town_committee_named_with_its_place_before_the_committee():
    text = (
        "Khe Son - On May 4, the Chairman of the Khe Son Provincial People's Committee inspected the flood dykes. "
        "He asked the Department of Construction, in coordination with the Hai Lan Town People's Committee, to "
        "reinforce the dyke before June 1. He tasked the Tra My District People's Committee with moving the "
        "households out of the landslide zone.\n"
    )
    directives = run(text, "2026-05-04")
    assert leads(directives) == ["KS-SXD", "KS-TRAMY"]
    assert [d.code for d in directives[0].coordinating] == ["KS-HAILAN"]


def test_the_office_of_the_committee_with_its_words_turned_around():
    text = (
        "Khe Son - On May 4, the Chairman of Khe Son Province chaired a meeting on public investment. The "
        "Provincial People's Committee Office shall follow up on these tasks and report to the Chairman "
        "monthly.\n"
    )
    assert leads(run(text, "2026-05-04")) == ["KS-VP"]


def test_a_name_another_administration_holds_goes_to_the_texts_own_unit():
    text = (
        "OFFICE OF THE DISTRICT COLLECTOR, VARANUR\n\nThe review meeting was held at the Collectorate, Varanur. "
        "The District Educational Officer, Varanur and the DRDA, Varanur attended.\n\n"
        "The Assistant Engineer, Highways Department (C&M) was instructed to repair the school approach roads "
        "before 15.12.2026.\n"
    )
    directives = run(text, "2026-11-20")
    assert leads(directives) == ["VR-HWY"]
    assert str(directives[0].deadline) == "2026-12-15"


def test_a_second_officer_by_title_and_unit_with_the_request_verb_left_out():
    text = (
        "The Collector, Varanur reviewed the rural roads. The Collector directed the DEO, Varanur to relocate "
        "the two schools by 10.01.2027, and the Project Director, DRDA to work together with the Block "
        "Development Officers to finish the link roads in the coming summer.\n"
    )
    directives = run(text, "2026-11-20")
    assert leads(directives) == ["VR-DEO", "VR-DRDA"]
    assert str(directives[0].deadline) == "2027-01-10"
    assert directives[1].deadline is None
    assert [d.code for d in directives[1].coordinating] == ["VR-BDO"]
    assert directives[0].coordinating == []


def test_the_product_of_an_order_furnished_by_a_date_in_the_next_sentence():
    text = (
        "The Collector, Varanur directed the DEO, Varanur to list the school buildings needing repairs. "
        "A statement of such buildings shall be sent to the Collector by 05.12.2026.\n"
    )
    directives = run(text, "2026-11-20")
    assert leads(directives) == ["VR-DEO"]
    assert str(directives[0].deadline) == "2026-12-05"


def test_a_motion_dated_action_then_brought_back_to_council_at_a_later_meeting():
    text = (
        "Motion by Councilmember Reyes, seconded by Councilmember Obi, to direct the City Attorney to draft a "
        "noise ordinance within 45 days, and to return to Council with the draft at the March 3, 2027 regular "
        "meeting. Motion carried 5-0.\n"
    )
    directives = run(text, "2026-11-17")
    assert leads(directives) == ["GL-ATTY"]
    assert str(directives[0].deadline) == "2027-03-03"


def test_a_roll_calls_staff_line_and_a_question_put_in_the_meeting_assign_nothing():
    text = (
        "1. ROLL CALL\nPresent: Mayor Lund, Councilmembers Reyes and Obi.\n"
        "Staff present: City Manager Ana Ruiz, City Attorney Paul Fenn, Police Chief Rob Dale.\n\n"
        "2. REPORTS\nCouncilmember Obi asked whether the Streets crew could fill the potholes on Pine Road; the "
        "City Manager indicated that the work was already scheduled.\n"
        "Council directed the Police Department to patrol Pine Road at night until the lights are repaired.\n"
    )
    assert leads(run(text, "2026-11-17")) == ["GL-PD"]


def test_what_a_sector_must_truly_become_assigns_nothing():
    text = (
        "Concluding the meeting, the Chairman of Khe Son Province said that agriculture must truly become a "
        "pillar of the economy. He asked the Department of Finance to balance the funds for irrigation.\n"
    )
    assert leads(run(text, "2026-05-04")) == ["KS-STC"]


PLACES = [
    unit("AR-COLL", "District Collectorate, Arunagiri", "Collector Arunagiri"),
    unit("AR-DRO", "District Revenue Officer, Arunagiri", "DRO Arunagiri"),
    unit("AR-SDO-N", "Sub-Divisional Office, Arunagiri North", "SDO North"),
    unit("AR-SDO-S", "Sub-Divisional Office, Arunagiri South", "SDO South"),
    unit("AR-RDO-A", "Revenue Divisional Office, Arunagiri", "RDO Arunagiri"),
    unit("AR-RDO-P", "Revenue Divisional Office, Palur", "RDO Palur"),
]


def test_the_plural_of_an_office_held_for_each_place_names_them_all():
    text = (
        "The Collector reviewed the flood preparedness. The Sub-Divisional Officers shall keep the relief "
        "centres ready and report their stock to the Collectorate every week.\n"
    )
    directives = extract(text, PLACES, language="en", meeting_date=datetime.date(2026, 11, 20)).directives
    assert leads(directives) == ["AR-SDO-N"]
    assert [d.code for d in directives[0].coordinating] == ["AR-SDO-S"]


def test_the_tahsildars_are_not_the_revenue_offices_above_them():
    text = "All Tahsildars were instructed to complete the crop loss enumeration within ten days.\n"
    directives = extract(text, PLACES, language="en", meeting_date=datetime.date(2026, 11, 20)).directives
    assert leads(directives) == [None]
