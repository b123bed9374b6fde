"""Orders in the forms a thirty-sixth batch of English texts written blind showed: the town or district named again
with an adverb between its auxiliary and the participle ("The town was also asked to ..."); the end of the fiscal year
in a text dated in the Solar Hijri calendar (the end of Hoot, not June 30); an agenda item's "Report by <title>
<name>" and "Report received and filed", no orders; a conduct asked of all ministries or departments in the speaker's
words ("He said that all ministries must act with full transparency ..."), an exhortation; an approval of the body's
own before the order of the same sentence ("X was approved with amendments, and the Ministry of Y was directed to
...", an action minute's "MOTION: A / SECOND: B to adopt ..., and to direct ..."), the order alone; the draft act the
order points back to ("publish it", "the text of the rules") as its reference; a municipal code's chapter and a
public investment plan of a period as references. Texts and directories written for these tests."""

import pytest

from tests.extraction.conftest import directives_in, leads, unit

# -- a provincial leader's working session with a town ------------------------------------------------------------

HOA_LAC = [
    unit("HL-PPC", "People's Committee of Hoa Lac Province", "Hoa Lac Provincial People's Committee"),
    unit("HL-TANPHU", "People's Committee of Tan Phu Town", "Tan Phu Town People's Committee"),
    unit("HL-FIN", "Department of Finance of Hoa Lac Province"),
    unit("HL-CONS", "Department of Construction of Hoa Lac Province"),
]


@pytest.mark.parametrize("adverb", ["also", "further"])
def test_the_town_named_again_with_an_adverb_before_the_participle(adverb):
    found = directives_in(
        "On the afternoon of March 3, the Vice Chairman of the Hoa Lac Provincial People's Committee had a working "
        "session with Tan Phu town on the progress of key projects.\n\n"
        "The Vice Chairman requested the Tan Phu Town People's Committee to hand over the cleared land of the "
        f"riverside road to the investor before April 30. The town was {adverb} asked to review the resettlement "
        "files of 27 households and send the results to the Department of Finance within 20 days.\n",
        HOA_LAC,
        "en",
        "2027-03-03",
    )
    assert leads(found) == ["HL-TANPHU", "HL-TANPHU"]
    assert str(found[1].deadline) == "2027-03-23"


def test_a_period_investment_plan_is_the_orders_reference():
    found = directives_in(
        "On the afternoon of March 3, the Vice Chairman of the Hoa Lac Provincial People's Committee had a working "
        "session with Tan Phu town on the progress of key projects.\n\n"
        "As for the new bridge over the Lam river, the Vice Chairman assigned the Department of Construction to "
        "study and propose adding the project to the medium-term public investment plan for the 2026-2030 period.\n\n"
        "The Department of Finance shall advise on allocating VND 12 billion from the 2027 public investment capital "
        "plan for the riverside road before May 15.\n",
        HOA_LAC,
        "en",
        "2027-03-03",
    )
    assert leads(found) == ["HL-CONS", "HL-FIN"]
    assert found[0].references == ["medium-term public investment plan for the 2026-2030 period"]
    assert found[1].references == ["2027 public investment capital plan"]


# -- an Afghan cabinet's decisions --------------------------------------------------------------------------------

CABINET = [
    unit("AF-MEW", "Ministry of Energy and Water"),
    unit("AF-MOE", "Ministry of Education"),
    unit("AF-MOJ", "Ministry of Justice"),
    unit("AF-MOLG", "Ministry of Local Governance"),
    unit("AF-MOF", "Ministry of Finance"),
]

_CABINET = (
    "Kabul: The Council of Ministers met on Monday, 12 Saratan 1404 (3 July 2025), chaired by the Deputy Prime "
    "Minister.\n\n"
)


def test_the_end_of_the_fiscal_year_in_a_text_dated_in_the_solar_hijri_calendar():
    found = directives_in(
        _CABINET + "The Ministry of Energy and Water was tasked to complete the lining of the Sardeh canal by the end "
        "of the fiscal year.\n",
        CABINET,
        "en",
        "2025-07-03",
    )
    assert leads(found) == ["AF-MEW"]
    assert str(found[0].deadline) == "2026-03-20"  # the last day of Hoot 1404


@pytest.mark.parametrize("said", ["said", "stressed", "underlined"])
def test_a_conduct_asked_of_all_ministries_in_the_speakers_words_is_no_order(said):
    found = directives_in(
        _CABINET + "The Ministry of Finance was directed to pay the arrears of the teachers' salaries within two "
        "weeks.\n\n"
        f"The Deputy Prime Minister {said} that all ministries and independent administrations must make efficient use "
        "of public funds and avoid waste. He also stressed that provincial departments and agencies must remain "
        "vigilant during the winter.\n\n"
        "He emphasised that all ministries must avoid delays and submit their procurement plans to the Ministry of "
        "Finance by 15 Asad 1404.\n",
        CABINET,
        "en",
        "2025-07-03",
    )
    assert leads(found) == ["AF-MOF", None]
    assert found[1].text.startswith("He emphasised that all ministries must avoid delays")


def test_an_approval_before_the_order_of_the_same_sentence_is_left_out():
    found = directives_in(
        _CABINET + "The draft Policy on Solid Waste Management, prepared by the Ministry of Energy and Water, was "
        "endorsed with minor changes, and the Ministry of Local Governance was directed to circulate it to all "
        "municipalities.\n",
        CABINET,
        "en",
        "2025-07-03",
    )
    assert leads(found) == ["AF-MOLG"]
    assert found[0].text.startswith("the Ministry of Local Governance was directed")
    assert found[0].references == ["draft Policy on Solid Waste Management"]


def test_the_draft_named_in_the_sentence_before_is_the_orders_reference():
    found = directives_in(
        _CABINET + "The cabinet then approved in principle the draft rules on the licensing of private schools. The "
        "Ministry of Justice shall finalize the text of the rules and publish them in the Official Gazette within "
        "one month.\n",
        CABINET,
        "en",
        "2025-07-03",
    )
    assert leads(found) == ["AF-MOJ"]
    assert found[0].references == ["draft rules on the licensing of private schools"]


# -- a city council's action minutes -----------------------------------------------------------------------------

HALDEN = [
    unit("HV-PW", "Public Works Department", "Public Works"),
    unit("HV-PARKS", "Parks Department", "Parks"),
    unit("HV-ATTY", "Office of the City Attorney", "City Attorney"),
    unit("HV-FIN", "Finance Department", "Finance"),
]

_MINUTES = "CITY OF HALDEN VALLEY\nCITY COUNCIL REGULAR MEETING\nACTION MINUTES\nMonday, May 4, 2026 - 7:00 p.m.\n\n"


def test_an_agenda_items_report_by_its_presenter_and_a_report_filed_are_no_orders():
    found = directives_in(
        _MINUTES + "7.a Sidewalk Repair Program\n"
        "Report by Public Works Director Ana Ruiz.\n"
        "MOTION: Chen / SECOND: Reyes to direct the Public Works Department to survey the sidewalks of the Eastside "
        "and report back to Council within 45 days.\n"
        "CARRIED 5-0.\n\n"
        "7.b Quarterly Budget Update\n"
        "Report from Finance Director Tom Hale.\n"
        "Report received and filed.\n",
        HALDEN,
        "en",
        "2026-05-04",
    )
    assert leads(found) == ["HV-PW"]


def test_a_motions_own_act_before_its_order_is_left_out():
    found = directives_in(
        _MINUTES + "6.a Riverside Park Master Plan\n"
        "MOTION: Reyes / SECOND: Chen to adopt Resolution No. 2026-31 approving the Riverside Park Plan, and to\n"
        "direct the Parks Department to return with a phasing and funding plan within 60 days.\n"
        "CARRIED 5-0.\n",
        HALDEN,
        "en",
        "2026-05-04",
    )
    assert leads(found) == ["HV-PARKS"]
    assert found[0].text.startswith("direct the Parks Department")
    assert found[0].references == []
    assert str(found[0].deadline) == "2026-07-03"
    # a sentence that tells who moved stays whole
    found = directives_in(
        "Supervisor Reyes moved to adopt Resolution No. 2026-31 approving the Riverside Park Master Plan, and to "
        "direct the Parks Department to return with a phasing and funding plan within 60 days. Seconded by "
        "Supervisor Chen.\n",
        HALDEN,
        "en",
        "2026-05-04",
    )
    assert leads(found) == ["HV-PARKS"]
    assert found[0].text.startswith("Supervisor Reyes moved to adopt")


def test_a_municipal_codes_chapter_is_the_orders_reference():
    found = directives_in(
        _MINUTES + "MOTION: Chen / SECOND: Reyes to direct the City Attorney to prepare an ordinance amending Chapter "
        "9.14 (Sidewalk Vending) of the\nMunicipal Code to add a permit fee, and return to Council by June 15, 2026.\n"
        "CARRIED 5-0.\n\n"
        "Council requested that the Finance Department prepare amendments to Municipal Code Chapter 3.20 on the "
        "transient occupancy tax by July 6, 2026.\n",
        HALDEN,
        "en",
        "2026-05-04",
    )
    assert leads(found) == ["HV-ATTY", "HV-FIN"]
    assert [" ".join(ref.split()) for ref in found[0].references] == [
        "Chapter 9.14 (Sidewalk Vending) of the Municipal Code"
    ]
    assert found[1].references == ["Municipal Code Chapter 3.20"]
