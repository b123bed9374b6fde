"""What a second reading of the thirty-sixth batch's rules found, each case in texts and directories written for
these tests:

- "draft" as the order's verb ("to draft rules for ... and present them by ...") is no draft act, and a draft act's
  name ends before its order's deadline;
- a draft named in the sentence before is no reference of an order that says "it" of something else ("inspect the
  culvert and report on it"), only of one that does a document's work on it ("publish it");
- a conduct asked of all in the speaker's words is an order when a work joins it ("... and send their reports to
  ..."), another unit's task follows ("... and the Ministry of Health must ...") or the sentence sets a deadline;
- an approval that authorises a unit to act by a date, before ", and to direct ...", is not cut away;
- a French act's title after "portant" ends before the order's delay or date and before the next act cited;
- the verb "arrête" ("Le conseil arrête le calendrier no ...") is no "arrêté";
- "plan" and any capitals is no plan by its acronym ("the staffing plan ASAP", "le plan GPS"), only a known family of
  plans or one with its level; a plan the order makes ("élabore le Plan ... 2027-2032") is no reference, and a
  plan's name ends before a relative clause;
- a Vietnamese law named without its year ends before the preposition after it ("Luật Điện lực tới ...");
- a Vietnamese plan the order makes ("xây dựng và thực hiện Kế hoạch ... năm 2027") is no reference;
- "Văn phòng Sở", "Thanh tra Sở" of a Sở's notice are not the office of another Sở the directory holds;
- "Hoàn thành trước ngày ... việc ..." (a time after the verb) and "Kết thúc X, Sở Y ..." (another unit's sentence)
  do not join the order before;
- a numbered Swedish follow-up table's last row may wrap onto the next line;
- "en strategi för ..." is not the strategy adopted before it ("strategin");
- a code's name goes on after "of" ("Article 4 of the Code of Ethics").
"""

import pytest

from tests.extraction.conftest import codes, directives_in, leads, unit

TOWN = [
    unit("T-PW", "Public Works Department", "Public Works"),
    unit("T-FIN", "Finance Department"),
    unit("T-CLK", "City Clerk"),
    unit("T-PLN", "Planning Department"),
    unit("T-ATT", "City Attorney"),
]
TOWN_HEAD = "TOWN OF BIRCHFIELD\nMinutes of the Regular Council Meeting\nApril 6, 2027\n\n"


@pytest.mark.parametrize("asked", ["The Mayor asked the Planning Department to", "The Planning Department shall"])
def test_draft_as_the_orders_verb_is_no_draft_act(asked):
    found = directives_in(
        TOWN_HEAD + f"{asked} draft rules for sidewalk vending and present them by August 16, 2027.\n",
        TOWN,
        "en",
        "2027-04-06",
    )
    assert leads(found) == ["T-PLN"]
    assert str(found[0].deadline) == "2027-08-16"
    assert found[0].references == []


def test_a_draft_named_before_is_no_reference_of_an_order_about_something_else():
    found = directives_in(
        TOWN_HEAD + "Council reviewed the draft bylaw on noise control. The Public Works Department was directed to "
        "inspect the culvert on Birch Road and report on it by May 20, 2027.\n\n"
        "The draft Regulation on Street Vending was approved, and the City Clerk was directed to publish it.\n",
        TOWN,
        "en",
        "2027-04-06",
    )
    assert leads(found) == ["T-PW", "T-CLK"]
    assert found[0].references == []
    assert [r.lower() for r in found[1].references] == ["draft regulation on street vending"]


MINISTRIES = [
    unit("M-FIN", "Ministry of Finance"),
    unit("M-HLT", "Ministry of Health"),
    unit("M-EDU", "Ministry of Education"),
]
CABINET_HEAD = "Minutes of the Cabinet Meeting\n12 April 2027\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Minister said that all departments must avoid delays in approving permits and send their quarterly "
        "reports to the Ministry of Finance within ten days.",
        "She emphasized that all agencies must remain vigilant and the Ministry of Health must send mobile clinics to "
        "the flooded villages.",
        "The Vice President stressed that all ministries must make proper use of their allocations and submit their "
        "spending plans to the Ministry of Finance by the end of next month.",
    ],
)
def test_a_conduct_of_all_with_a_task_joined_to_it_is_an_order(sentence):
    found = directives_in(
        CABINET_HEAD + sentence + "\n\nHe said that all ministries must make efficient use of public funds and avoid "
        "waste.\n",
        MINISTRIES,
        "en",
        "2027-04-12",
    )
    assert [d.text for d in found] == [sentence.rstrip(".")]


@pytest.mark.parametrize(
    "sentence, due",
    [
        (
            "The Board agreed to authorize the Finance Department to release $50,000 from the contingency fund by "
            "April 15, 2027, and to direct the City Clerk to notify the applicants.",
            "2027-04-15",
        ),
        (
            "MOTION: Park / SECOND: Diaz to authorize the City Attorney to settle the claim before May 3, 2027, and to "
            "direct Public Works to repair the fence.\nMotion carried 4-1.",
            "2027-05-03",
        ),
    ],
)
def test_an_authorisation_of_a_unit_with_its_date_is_not_cut_away(sentence, due):
    found = directives_in(TOWN_HEAD + sentence + "\n", TOWN, "en", "2027-04-06")
    # (the order after ", and to direct" is a directive of its own, with no date: test_known_misses_mended.py)
    assert len(found) == 2
    assert "authorize" in found[0].text
    assert str(found[0].deadline) == due
    assert found[1].deadline is None


GOVERNMENT = [
    unit("G-AGR", "Ministère de l'Agriculture", "Ministre de l'Agriculture"),
    unit("G-ENV", "Ministère de l'Environnement", "Ministre de l'Environnement"),
]
COUNCIL_HEAD = "COMPTE RENDU DU CONSEIL DES MINISTRES\nSéance du 8 avril 2027\n\n"


@pytest.mark.parametrize(
    "delay, due",
    [("dans un délai de soixante jours", "2027-06-07"), ("avant le 30 septembre 2027", "2027-09-30")],
)
def test_a_french_title_after_portant_ends_before_the_orders_delay(delay, due):
    found = directives_in(
        COUNCIL_HEAD + f"Le Ministre de l'Agriculture est chargé de mettre en œuvre la loi n° 2025-30 portant code "
        f"pastoral {delay}.\n",
        GOVERNMENT,
        "fr",
        "2027-04-08",
    )
    assert leads(found) == ["G-AGR"]
    assert str(found[0].deadline) == due
    assert found[0].references == ["loi n° 2025-30 portant code pastoral"]


def test_a_french_title_after_portant_ends_before_the_next_act():
    found = directives_in(
        COUNCIL_HEAD + "En application de la loi n° 2024-07 portant code forestier et de l'ordonnance n° 2025-11, le "
        "Ministre de l'Environnement est chargé de délimiter les forêts classées avant le 31 juillet 2027.\n",
        GOVERNMENT,
        "fr",
        "2027-04-08",
    )
    assert leads(found) == ["G-ENV"]
    assert "loi n° 2024-07 portant code forestier" in found[0].references


VILLE = [
    unit("V-TP", "Service des travaux publics"),
    unit("V-LOI", "Service des loisirs"),
]
VILLE_HEAD = "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\nSéance ordinaire du 6 avril 2027\n\n"


def test_the_verb_arrete_is_no_arrete():
    found = directives_in(
        VILLE_HEAD + "Résolution 2027-04-18\nLe conseil arrête le calendrier no 2027-02 des collectes et mandate le "
        "Service des travaux publics pour l'afficher avant le 1er mai 2027.\n",
        VILLE,
        "fr",
        "2027-04-06",
    )
    assert leads(found) == ["V-TP"]
    assert not any(r.lower().startswith("arr") for r in found[0].references)


def test_plan_and_any_capitals_is_no_plan_by_its_acronym():
    english = directives_in(
        TOWN_HEAD + "The Finance Department shall revise the staffing plan ASAP and send it to Council.\n",
        TOWN,
        "en",
        "2027-04-06",
    )
    french = directives_in(
        VILLE_HEAD + "Résolution 2027-04-19\nIl est résolu de mandater le Service des travaux publics afin "
        "d'élaborer le plan GPS des bornes d'incendie avant le 30 juin 2027, conformément au plan ORSEC "
        "départemental.\n",
        VILLE,
        "fr",
        "2027-04-06",
    )
    assert leads(english) == ["T-FIN"] and english[0].references == []
    assert leads(french) == ["V-TP"]
    assert french[0].references == ["plan ORSEC départemental"]


def test_a_plan_the_order_makes_and_a_plans_relative_clause_are_no_reference():
    found = directives_in(
        VILLE_HEAD + "Résolution 2027-04-20\nIl est résolu que le Service des loisirs élabore le Plan directeur des "
        "parcs pour 2027-2032 et le dépose au conseil avant le 1er septembre 2027.\n\n"
        "Résolution 2027-04-21\nIl est résolu de mandater le Service des travaux publics pour aménager les pistes "
        "prévues au Plan de mobilité durable qui s'applique pour 2026-2030, avant le 15 octobre 2027.\n",
        VILLE,
        "fr",
        "2027-04-06",
    )
    assert leads(found) == ["V-LOI", "V-TP"]
    assert found[0].references == []
    assert not any(" qui " in r for r in found[1].references)


PROVINCE = [
    unit("P-SCT", "Sở Công Thương tỉnh Hòa Bắc", "Sở Công Thương"),
    unit("P-SYT", "Sở Y tế tỉnh Hòa Bắc", "Sở Y tế"),
    unit("P-QLD", "Phòng Quản lý Dược - Sở Y tế tỉnh Hòa Bắc", "Phòng Quản lý Dược"),
    unit("P-SNV", "Sở Nội vụ tỉnh Hòa Bắc", "Sở Nội vụ"),
    unit("P-SXD", "Sở Xây dựng tỉnh Hòa Bắc", "Sở Xây dựng"),
    unit("P-STC", "Sở Tài chính tỉnh Hòa Bắc", "Sở Tài chính"),
    unit("P-UB", "Ủy ban nhân dân tỉnh Hòa Bắc", "UBND tỉnh Hòa Bắc"),
]
PROVINCE_HEAD = (
    "ỦY BAN NHÂN DÂN TỈNH HÒA BẮC\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại cuộc họp ngày 16/6/2026\n"
    "Ngày 16/6/2026, Chủ tịch UBND tỉnh chủ trì cuộc họp. Chủ tịch UBND tỉnh kết luận như sau:\n"
)


def test_a_vietnamese_law_without_its_year_ends_before_the_preposition_after_it():
    found = directives_in(
        PROVINCE_HEAD + "1. Sở Công Thương phổ biến Luật Điện lực tới người tiêu dùng.\n",
        PROVINCE,
        "vi",
        "2026-06-16",
    )
    assert leads(found) == ["P-SCT"]
    assert [r.lower() for r in found[0].references] == ["luật điện lực"]


def test_a_vietnamese_plan_the_order_makes_is_no_reference():
    found = directives_in(
        PROVINCE_HEAD + "1. Phòng Quản lý Dược: xây dựng và thực hiện Kế hoạch hậu kiểm thuốc năm 2027, hoàn thành "
        "trước ngày 15/7.\n",
        PROVINCE,
        "vi",
        "2026-06-16",
    )
    assert leads(found) == ["P-QLD"]
    assert found[0].references == []


def test_the_office_of_a_sos_notice_is_not_another_sos_office():
    directory = [
        unit("S-GD", "Sở Giáo dục và Đào tạo tỉnh Hòa Bắc", "Sở Giáo dục và Đào tạo"),
        unit("S-TC", "Sở Tài chính tỉnh Hòa Bắc", "Sở Tài chính"),
        unit("S-VPTC", "Văn phòng Sở Tài chính tỉnh Hòa Bắc"),
        unit("S-TTTC", "Thanh tra Sở Tài chính tỉnh Hòa Bắc"),
    ]
    items = (
        "1. Văn phòng Sở: tổng hợp báo cáo sơ kết học kỳ của các phòng, trình Giám đốc Sở trước ngày 24/6.\n"
        "2. Thanh tra Sở: kiểm tra việc dạy thêm tại 04 trường trong tháng 7.\n"
    )
    other = directives_in(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÒA BẮC\nTHÔNG BÁO\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n"
        "Giám đốc Sở Giáo dục và Đào tạo kết luận như sau:\n" + items,
        directory,
        "vi",
        "2026-06-16",
    )
    own = directives_in(
        "SỞ TÀI CHÍNH TỈNH HÒA BẮC\nTHÔNG BÁO\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n"
        "Giám đốc Sở Tài chính kết luận như sau:\n" + items,
        directory,
        "vi",
        "2026-06-16",
    )
    assert not {"S-VPTC", "S-TTTC"} & set(leads(other))
    assert leads(own) == ["S-VPTC", "S-TTTC"]


@pytest.mark.parametrize(
    "order, finished, due",
    [
        (
            "tổng hợp số liệu biên chế, báo cáo UBND tỉnh trước ngày 25/6/2026.",
            "Hoàn thành trước ngày 31/10/2026 việc thẩm định các đề án đã được phê duyệt.",
            "2026-06-25",
        ),
        (
            "rà soát biên chế, trình UBND tỉnh trong tháng 7/2026.",
            "Hoàn thành trong tháng 11 việc sắp xếp các đơn vị đã sáp nhập.",
            "2026-07-31",
        ),
    ],
)
def test_a_time_after_a_finishing_verb_does_not_join_the_sentence_to_the_order(order, finished, due):
    found = directives_in(
        PROVINCE_HEAD + f"Chủ tịch UBND tỉnh giao Sở Nội vụ {order} {finished}\n", PROVINCE, "vi", "2026-06-16"
    )
    assert leads(found)[0] == "P-SNV"
    assert str(found[0].deadline) == due
    assert "Hoàn thành" not in found[0].text


def test_another_units_sentence_after_a_finished_work_does_not_join_the_order():
    found = directives_in(
        PROVINCE_HEAD + "Chủ tịch UBND tỉnh giao Sở Xây dựng kiểm tra các chung cư cũ trong tháng 7. Kết thúc kiểm tra "
        "chung cư cũ, Sở Tài chính cân đối kinh phí sửa chữa trước ngày 30/8/2026.\n",
        PROVINCE,
        "vi",
        "2026-06-16",
    )
    assert leads(found)[0] == "P-SXD"
    assert str(found[0].deadline) == "2026-07-31"
    assert "Kết thúc" not in found[0].text


KOMMUN = [
    unit("K-KLF", "Kommunledningsförvaltningen"),
    unit("K-SOC", "Socialförvaltningen"),
    unit("K-KFF", "Kultur- och fritidsförvaltningen"),
    unit("K-IT", "IT-avdelningen"),
]
KOMMUN_HEAD = "Protokoll\nKommunstyrelsen\nSammanträdesdatum 2026-11-03\n\n"


def test_a_numbered_follow_up_tables_last_row_may_wrap():
    found = directives_in(
        KOMMUN_HEAD + "§ 120\nUppföljning av uppdrag\nNr Uppdrag Beslut Ansvarig Status Klart senast\n"
        "1 Utreda gemensam fordonspool KS 2026-03-10 § 33 Kommunledningsförvaltningen Pågår 2027-02-28\n"
        "2 Kartlägga behovet av fritidsgårdar i de västra stadsdelarna KS 2026-05-12 § 71\n"
        "Kultur- och fritidsförvaltningen Ej påbörjad 2027-06-30\n"
        "\nKommunstyrelsen beslutar\natt lägga redovisningen till handlingarna.\n",
        KOMMUN,
        "sv",
        "2026-11-03",
    )
    assert leads(found) == ["K-KLF", "K-KFF"]
    assert [str(d.deadline) for d in found] == ["2027-02-28", "2027-06-30"]


def test_an_indefinite_strategy_is_not_the_strategy_adopted_before():
    found = directives_in(
        KOMMUN_HEAD + "§ 121\nDigitalisering\nBeslut\nKommunstyrelsen beslutar\natt anta Digitaliseringsstrategi "
        "2027–2029,\natt ge IT-avdelningen i uppdrag att ta fram en strategi för informationssäkerhet senast den 30 "
        "april 2027.\n",
        KOMMUN,
        "sv",
        "2026-11-03",
    )
    assert leads(found) == ["K-IT"]
    assert found[0].references == []


def test_a_codes_name_goes_on_after_of():
    found = directives_in(
        TOWN_HEAD + "The City Clerk shall update the gifts register under Article 4 of the Code of Ethics by June 1, "
        "2027.\n",
        TOWN,
        "en",
        "2027-04-06",
    )
    assert leads(found) == ["T-CLK"]
    assert found[0].references == ["Article 4 of the Code of Ethics"]
    assert codes(found[0].coordinating) == []
