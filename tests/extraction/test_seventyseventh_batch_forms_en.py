"""Orders in the forms a seventy-seventh batch of English texts written blind showed: the English pages of
Vietnamese provinces (a vice chairman's conclusions on a drought, a working session, a city Party Committee's
conference, a news item quoting a leader). A name cut by a line break whose sentence ends on its last word; the
state a conclusion starts from, told with a long subject before its perfect or "at risk"; "the Provincial
Police" for the directory's "X Provincial Police Department"; a board "of the City Party Committee" whose city
the directory writes; a report-back by "It" or "The centre" to another unit, part of the order before; voters
called on; a project's goal stressed. Texts and directory written for these tests."""

import pytest

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("LB-PPC", "Lac Binh Provincial People's Committee", "Lac Binh PPC"),
    unit("LB-OFFICE", "Office of the Lac Binh Provincial People's Committee", "Lac Binh PPC Office"),
    unit("LB-DOF", "Lac Binh Department of Finance", "Lac Binh DOF"),
    unit("LB-DOH", "Lac Binh Department of Health", "Lac Binh DOH"),
    unit("LB-DAE", "Lac Binh Department of Agriculture and Environment", "Lac Binh DAE"),
    unit("LB-POLICE", "Lac Binh Provincial Police Department", "Lac Binh Police"),
    unit("LB-CDC", "Lac Binh Centre for Disease Control", "Provincial Centre for Disease Control"),
    unit("PN-PPC", "Phu Nghia Provincial People's Committee", "Phu Nghia PPC"),
    unit("PN-DOF", "Phu Nghia Department of Finance", "Phu Nghia DOF"),
    unit("PN-DOH", "Phu Nghia Department of Health", "Phu Nghia DOH"),
    unit("PN-POLICE", "Phu Nghia Provincial Police Department", "Phu Nghia Police"),
    unit("TH-PARTY", "Tan Hai City Party Committee", "Tan Hai Party Committee"),
    unit("TH-INSPECT", "Inspection Commission of the Tan Hai City Party Committee", "Tan Hai Inspection Commission"),
    unit("TH-MASS", "Mass Mobilisation Board of the Tan Hai City Party Committee", "Tan Hai Mass Mobilisation Board"),
    unit("TH-DOC", "Tan Hai Department of Construction", "Tan Hai DOC"),
]


def run(text, meeting=None):
    return directives_in(text, DIRECTORY, "en", meeting)


def test_a_name_cut_at_the_line_end_whose_sentence_ends_below_then_the_order_goes_on():
    # the paragraph's line breaks where a name's last word is, the next sentence on the same line: one order
    directives = run(
        "LAC BINH PROVINCIAL PEOPLE'S COMMITTEE\n\n"
        "On May 4, 2026, the Vice Chairman of the Provincial People's Committee concluded as follows:\n\n"
        "1. The Department of Finance shall preside over and advise on arranging VND 8 billion for the pumping "
        "stations of the three districts, in line with Plan No. 31/KH-UBND of the Provincial People's\n"
        "Committee. The proposal must be submitted before May 15.\n\n"
        "2. The Department of Health shall send mobile teams to the districts short of clean water.\n",
        meeting="2026-05-04",
    )
    assert leads(directives) == ["LB-DOF", "LB-DOH"]
    assert str(directives[0].deadline) == "2026-05-15"


@pytest.mark.parametrize(
    "state",
    [
        # a long subject, with its time, before the perfect
        "Since the middle of January, the brackish water from the estuary of the Cai Lon river has moved 30 km inland.",
        # a state told by "at risk"
        "Some 2,400 ha of orchards and 900 households along the two canals are at risk of losing their crops.",
    ],
)
def test_the_state_a_conclusion_starts_from_is_no_order(state):
    directives = run(
        "LAC BINH PROVINCIAL PEOPLE'S COMMITTEE\n\n"
        "The Vice Chairman concluded as follows:\n\n"
        f"1. {state}\n\n"
        "2. The Department of Agriculture and Environment shall measure salinity twice a day at the sluices.\n",
        meeting="2026-02-10",
    )
    assert leads(directives) == ["LB-DAE"]


def test_the_provincial_police_for_a_provincial_police_department():
    directives = run(
        "Lac Binh, June 2 – The Chairman of the Lac Binh Provincial People's Committee inspected the border "
        "market.\n\nThe Provincial Police need to patrol the market road every night and handle smuggling.\n",
        meeting="2026-06-02",
    )
    assert leads(directives) == ["LB-POLICE"]


def test_a_board_of_the_city_party_committee_whose_city_the_directory_writes():
    directives = run(
        "Tan Hai City Party Committee holds mid-year conference\n\n"
        "Concluding the conference, the Secretary of the Tan Hai City Party Committee gave the following "
        "directions:\n\n"
        "- The Department of Construction shall coordinate with the Inspection Commission of the City Party "
        "Committee in reviewing the land files of the wards.\n\n"
        "- The Mass Mobilisation Board of the City Party Committee shall collect the opinions of residents on "
        "the new market.\n",
        meeting="2026-07-09",
    )
    assert leads(directives) == ["TH-DOC", "TH-MASS"]
    assert [d.code for d in directives[0].coordinating] == ["TH-INSPECT"]
    assert directives[1].coordinating == []


@pytest.mark.parametrize(
    ("report", "end"),
    [
        ("It must report the coverage to the Department of Health every Friday.", "every Friday"),
        ("The centre must report the test results to the Department of Health every week.", "every week"),
    ],
)
def test_a_report_back_by_a_pronoun_or_the_units_kind_to_another_unit_is_part_of_the_order_before(report, end):
    directives = run(
        "Lac Binh News – The Vice Chairwoman of the Lac Binh Provincial People's Committee chaired a meeting on "
        "measles.\n\n"
        "She asked the Provincial Centre for Disease Control to vaccinate all children in the border communes. "
        f"{report}\n",
        meeting="2026-04-20",
    )
    assert leads(directives) == ["LB-CDC"]
    assert directives[0].text.endswith(end)


@pytest.mark.parametrize(
    "told",
    [
        "She called on voters and people of all walks of life to join hands in keeping the province green and clean.",
        "The Chairman stressed that the bypass project must be fully completed in 2027 to relieve the city centre.",
    ],
)
def test_voters_called_on_and_a_projects_goal_stressed_are_no_orders(told):
    directives = run(
        "Lac Binh, July 30 – The Chairwoman of the Lac Binh Provincial People's Council closed the session.\n\n"
        f"{told}\n\nHe asked the Department of Finance to pay the contractors on time.\n",
        meeting="2026-07-30",
    )
    assert leads(directives) == ["LB-DOF"]
