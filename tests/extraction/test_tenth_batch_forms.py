"""Orders in the forms the open misses and a tenth batch of texts written after the rules showed them: an
English passive still to come with its agent and no modal ("The inspections will be carried out by X"),
"the district should ..." pointing back to the district named before, a table row whose unit is named in
the action with no "who acts" line, "the Public Works Department", "the Superintendent of Police", a matter
referred to a unit named after a place ("the Ontario Provincial Police"), "Il devra ..." after a minister's
report, "Förslaget ska återkomma ... senast", the committees of a level as a group ("UBND các huyện, thị
xã, thành phố tiếp tục ..."), "ban hành trước ngày"; and as no order a motion that failed, an earlier
assignment dated by its month ("Regeringen gav i mars 2024 ..."), a file that asks ("hồ sơ đề nghị"), a
closing formula addressed to the heads of units. Texts written for these tests."""

import datetime

import pytest

from tests.extraction.conftest import codes, leads


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("The inspections will be carried out by the Health Department.", "SYT"),
        ("An allowance of Rs 40 lakh will be released by the Finance Department for the relief camps.", "STC"),
        ("Warning messages will be sent to fishermen by the Provincial Police before every storm.", "CAT"),
        ("The survey of landslide slopes is to be completed by the Construction Department.", "SXD"),
    ],
)
def test_an_english_passive_still_to_come_with_its_agent(one, text, lead):
    assert codes([one(text, language="en").lead]) == [lead]


def test_a_necessity_taken_up_by_a_passive_with_its_agent(run):
    text = (
        "Food safety checks in school kitchens must be stepped up before the new term. "
        "The checks will be carried out by the Health Department."
    )
    (directive,) = run(text, language="en").directives
    assert directive.text.startswith("Food safety checks") and codes([directive.lead]) == ["SYT"]


@pytest.mark.parametrize(
    "text",
    [
        "The next session will be chaired by the Department of Finance.",
        "The briefing was prepared by the Health Department.",
        "The director said the works will be carried out by the Construction Department.",
    ],
)
def test_arrangements_and_told_passives_are_no_orders(run, text):
    assert run(text, language="en").directives == []


def test_the_district_points_back_to_the_district_named_before(run):
    text = (
        "The Vice Chairman inspected the sea dyke in Van Don district on Tuesday. He asked the Department of "
        "Agriculture and Environment to repair the eroded sections by June 30. The district must also move "
        "the households living below the dyke to safer ground."
    )
    directives = run(text, language="en", meeting="2026-05-12").directives
    assert leads(directives) == ["SNNMT", "UBND-VANDON"]


def test_the_district_with_no_district_named_before_takes_no_unit(run):
    text = "The Department of Finance must pay the contractors. The district should continue the works."
    assert "UBND-VANDON" not in leads(run(text, language="en").directives)


def test_a_table_row_with_its_unit_in_the_action(run):
    text = (
        "Plan of measures\n\n"
        "Measure 1 – Inspection of school canteens by the Health Department\n"
        "Deadline: 30 November 2026\n\n"
        "Mesure 2 – Réfection de la digue de Hon Gai par le Département de la construction\n"
        "Échéance : 15 décembre 2026\n"
    )
    directives = run(text, language="en", meeting="2026-10-01").directives
    assert leads(directives) == ["SYT", "SXD"]
    assert [d.deadline for d in directives] == [datetime.date(2026, 11, 30), datetime.date(2026, 12, 15)]


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Action: Public Works Department to resurface the market road before the festival.", "SXD"),
        ("The Superintendent of Police was requested to post constables at the ghats.", "CAT"),
        ("The Commissioner of Police was asked to regulate traffic near the stadium.", "CAT"),
    ],
)
def test_units_named_by_their_works_or_their_head(one, text, lead):
    assert codes([one(text, language="en").lead]) == [lead]


def test_a_matter_referred_to_a_unit_named_after_a_place(one):
    text = "THAT the petition for a speed bump on Elm Street be referred to the Quebec Provincial Police for comment."
    assert codes([one(text, language="en").lead]) == ["CAT"]


def test_a_motion_that_failed_is_no_order(run):
    text = (
        "Resolution 2026-301\nMoved by Councillor A, Seconded by Councillor B\n"
        "THAT the Health Department be directed to close the pool for repairs.\nDEFEATED\n\n"
        "Resolution 2026-302\nMoved by Councillor B, Seconded by Councillor A\n"
        "THAT the Finance Department report on pool fees by March 2, 2027.\nCARRIED\n"
    )
    assert leads(run(text, language="en").directives) == ["STC"]


def test_a_french_pronoun_with_an_obligation_after_a_ministers_report(run):
    text = (
        "Le Ministre de l'Industrie et du Commerce a fait le point sur l'approvisionnement en riz. "
        "Il devra en présenter le bilan au Conseil avant le 15 décembre 2026."
    )
    (directive,) = run(text, language="fr", meeting="2026-10-14").directives
    assert codes([directive.lead]) == ["SCT"] and directive.deadline == datetime.date(2026, 12, 15)


def test_a_matter_that_comes_back_by_a_date_joins_its_referral(run):
    text = (
        "Skrivelsen om belysning i Strandparken överlämnas till byggdepartementet för beredning. "
        "Ärendet ska återkomma till nämnden senast den 1 december 2026."
    )
    (directive,) = run(text, language="sv", meeting="2026-09-01").directives
    assert codes([directive.lead]) == ["SXD"] and directive.deadline == datetime.date(2026, 12, 1)


def test_an_earlier_assignment_dated_by_its_month_is_told(run):
    text = (
        "Regeringen gav i oktober 2023 hälsodepartementet i uppdrag att kartlägga väntetiderna. "
        "Regeringen ger finansdepartementet i uppdrag att beräkna kostnaderna."
    )
    assert leads(run(text, language="sv").directives) == ["STC"]


def test_vietnamese_forms(run):
    text = (
        "Phó Chủ tịch UBND tỉnh kết luận như sau:\n"
        "1. UBND huyện Tiên Yên hoàn thiện hồ sơ đề nghị công nhận xã đạt chuẩn, gửi Sở Nông nghiệp và Môi trường "
        "trước ngày 20/11/2026.\n"
        "2. Sở Tư pháp thẩm định dự thảo quy chế, tham mưu UBND tỉnh ban hành trước ngày 15/12/2026.\n"
        "3. UBND các huyện, thị xã, thành phố tiếp tục rà soát các hộ nghèo trên địa bàn.\n\n"
        "Yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.\n"
    )
    directives = run(text, language="vi", meeting="2026-10-20").directives
    assert leads(directives) == ["UBND-TIENYEN", "STP", None]
    assert [d.deadline for d in directives[:2]] == [datetime.date(2026, 11, 20), datetime.date(2026, 12, 15)]
