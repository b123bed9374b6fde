"""Orders in the forms an eighteenth batch of English texts written blind showed, read against a directory
kept for several administrations at once (two provinces, a national government, a city), whose names carry
their territory ("Department of Finance of Lam Son Province", "Ministry of Health (Ruritania)", "Finance
Department, City of Westport") while a text leaves it out: a bracket the text does not write, "Provincial"
for "of X Province", a name's words in another order, a territory opening a company's name, a commune named
by its kind and "the commune" again, a unit the sentence opens on and then asks by a pronoun. Also: a
report-back "on the effectiveness" dated by "by"; a body set up by the order and named again to report; a
cabinet's own decision in a list of decisions; a priority that no one is to act on; a motion's next clause
for the same unit. Texts and directory written for these tests."""

import pytest

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("LS-UBND", "People's Committee of Lam Son Province", "Lam Son PPC"),
    unit("LS-VPUB", "Office of the People's Committee of Lam Son Province", "Lam Son PPC Office"),
    unit("LS-STC", "Department of Finance of Lam Son Province", "Lam Son Department of Finance"),
    unit("LS-SYT", "Department of Health of Lam Son Province", "Lam Son Department of Health"),
    unit("LS-CA", "Lam Son Provincial Police", "Công an tỉnh Lam Son"),
    unit("LS-BQL", "Lam Son Provincial Traffic Works Project Management Board", "Lam Son PMB"),
    unit("LS-CTN", "Lam Son Water Supply Joint Stock Company (LAWACO)", "Lam Son Water Supply Company"),
    unit("LS-TANHOA", "People's Committee of Tan Hoa Commune, Lam Son Province", "UBND xã Tân Hòa"),
    unit("BT-UBND", "People's Committee of Bac Truong Province", "Bac Truong PPC"),
    unit("BT-VPUB", "Office of the People's Committee of Bac Truong Province", "Bac Truong PPC Office"),
    unit("BT-STC", "Department of Finance of Bac Truong Province", "Bac Truong DOF"),
    unit("BT-SYT", "Department of Health of Bac Truong Province", "Bac Truong DOH"),
    unit("RU-MOH", "Ministry of Health (Ruritania)", "MoH"),
    unit("RU-MOF", "Ministry of Finance (Ruritania)", "MoF"),
    unit("RU-MOA", "Ministry of Agriculture (Ruritania)", "MoA"),
    unit("WP-FIN", "Finance Department, City of Westport", "Finance", "City Treasurer"),
    unit("WP-HEALTH", "Public Health Department, City of Westport", "Health"),
    unit("WP-PW", "Public Works, City of Westport", "Public Works"),
]


def run(text, meeting=None):
    return directives_in(text, DIRECTORY, "en", meeting)


def test_a_bracket_the_text_leaves_out_and_a_field_another_administration_writes_alone():
    directives = run(
        "The Cabinet of Ruritania met on Monday. The Ministry of Health was asked to send medical teams to the "
        "flooded villages by March 12, 2026.\n",
        meeting="2026-03-02",
    )
    assert leads(directives) == ["RU-MOH"]
    assert str(directives[0].deadline) == "2026-03-12"


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("The Office of the Provincial People's Committee was tasked with monitoring the plan.", "LS-VPUB"),
        ("The Provincial Department of Finance must allocate the funds before May 5, 2026.", "LS-STC"),
        # the name's words in another order
        ("He asked the Provincial Project Management Board for Traffic Works to add two crews.", "LS-BQL"),
    ],
)
def test_names_of_the_texts_province_as_an_english_edition_writes_them(sentence, code):
    text = (
        f"Lam Son reviews road works\n\nLam Son - On March 2, the Chairman of Lam Son chaired a meeting. {sentence}\n"
    )
    assert leads(run(text, meeting="2026-03-02")) == [code]


def test_a_company_named_without_its_territory_and_a_commune_by_its_kind_then_again():
    text = (
        "Lam Son - On March 2, the Vice Chairman of Lam Son Province inspected Tan Hoa commune, where the water "
        "plant is run by the Lam Son Water Supply Joint Stock Company. He asked Tan Hoa commune to move the "
        "households near the river before March 20. The commune must also keep a team on duty day and night. "
        "The water supply company is to test the water quality every week.\n"
    )
    directives = run(text, meeting="2026-03-02")
    assert leads(directives) == ["LS-TANHOA", "LS-TANHOA", "LS-CTN"]


def test_a_unit_the_sentence_opens_on_asked_by_a_pronoun():
    text = (
        "Lam Son - On March 2, the Chairman of Lam Son Province met the departments. As for the Provincial "
        "Police, the Chairman asked it to secure the flooded roads.\n"
    )
    assert leads(run(text, meeting="2026-03-02")) == ["LS-CA"]


def test_a_report_back_on_the_effectiveness_is_dated_by_its_by():
    text = (
        "That Public Works BE DIRECTED to install a crossing light on Elm Street and to report back to "
        "Council on its effectiveness by June 30, 2027.\nCarried.\n"
    )
    directives = run(text, meeting="2026-11-02")
    assert leads(directives) == ["WP-PW"]
    assert str(directives[0].deadline) == "2027-06-30"


def test_a_body_the_order_sets_up_named_again_to_report():
    text = (
        "The Cabinet's decisions are as follows:\n\n"
        "1. A working group led by the former auditor general has been set up to review the collapse of the "
        "river dam. The working group shall report its findings to the Cabinet within 30 days.\n"
    )
    directives = run(text, meeting="2026-03-02")
    assert len(directives) == 1
    assert directives[0].text.rstrip(".").endswith("within 30 days")
    assert str(directives[0].deadline) == "2026-04-01"


def test_the_cabinets_own_decision_in_a_list_of_decisions_is_no_order():
    text = (
        "The decisions of the meeting are as follows:\n\n"
        "1. The Cabinet decided to grant a subsidy of 10,000 to each farmer who lost a harvest.\n\n"
        "2. The Ministry of Agriculture is instructed to distribute seed to the affected farmers.\n"
    )
    directives = run(text, meeting="2026-03-02")
    assert leads(directives) == ["RU-MOA"]


def test_a_priority_no_one_is_to_act_on_is_no_order():
    text = "The Chairman stressed that the health of patients must be given top priority.\n"
    assert run(text, meeting="2026-03-02") == []


def test_a_motions_next_clause_for_the_same_unit_goes_on_with_it():
    text = (
        "Moved by Councillor Smith, seconded by Councillor Jones,\n"
        "That the request BE REFERRED to the Finance Department, and that the City Treasurer meet the "
        "applicants and report to Council in March 2027.\nCarried.\n"
    )
    directives = run(text, meeting="2026-11-02")
    assert leads(directives) == ["WP-FIN"]
    assert str(directives[0].deadline) == "2027-03-31"
