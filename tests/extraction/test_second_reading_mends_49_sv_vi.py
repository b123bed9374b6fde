"""A second reading of the forty-ninth round's Swedish and Vietnamese rules: sentences of the same genres, in other
wordings, on which a new rule over-reaches or stays too narrow. A Finland-Swedish decision that rejects a member's
motion to send the matter back and adopts the proposal (the proposal's order stands); urgings of restraint worded
otherwise ("iaktta fortsatt stor återhållsamhet", "största möjliga", "visa återhållsamhet") and one that also asks
for work ("... och begära in nya anbud"); an inquiry's scope statement after a task of its own in the same sentence
("ska kartlägga ... men ska inte överväga ..."); a plan's title after "bereda ett förslag till", the product and no
reference; a Vietnamese report on a plan whose items, with their roles in brackets, tell what was done. Texts and
directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

SKARBY = [
    unit("SK-KS", "Kommunstyrelsen, Skärby kommun", "Kommunstyrelsen"),
    unit("SK-BILD", "Bildningssektorn", "sektorn för bildning"),
    unit("SK-TEK", "Tekniska sektorn", "sektorn för teknik"),
    unit("SK-EKO", "Ekonomienheten", "Ekonomichefen"),
]
SKARBY_HEAD = "SKÄRBY KOMMUN            PROTOKOLL 9/2026\nKommunstyrelsen\n\nTid   12.5.2026 kl. 17.00–19.15\n\n"
HOLMA = [
    unit("HO-KS", "Kommunstyrelsen, Holma kommun", "Kommunstyrelsen"),
    unit("HO-KFF", "Kultur- och fritidsförvaltningen"),
    unit("HO-SBF", "Samhällsbyggnadsförvaltningen"),
]
AGENCIES = [
    unit("SE-KVA", "Kustvårdsverket", "KVA"),
    unit("SE-NDU", "Utredningen om nationell dammsäkerhet (KN 2025:07)", "Utredaren"),
]
DIRECTIVE_HEAD = (
    "Kommittédirektiv\n\nTilläggsdirektiv till Utredningen om nationell dammsäkerhet (KN 2025:07)\n\n"
    "Dir. 2026:31\n\nBeslut vid regeringssammanträde den 19 mars 2026\n\n"
)


def test_a_decision_that_rejects_a_motion_to_send_back_adopts_the_proposal_s_order():
    text = SKARBY_HEAD + (
        "§ 80 GATUBELYSNING\n"
        "Förslag: Kommunstyrelsen uppdrar åt tekniska sektorn att byta ut armaturerna i centrum och redovisa "
        "kostnaderna senast 30.9.2026.\n"
        "Behandling: Ledamot Per Ek föreslog att ärendet återremitteras. Förslaget vann inte understöd.\n"
        "Beslut: Styrelsen beslöt att avslå Eks återremissyrkande och godkände förslaget.\n\n"
        "§ 81 PARKERING\n"
        "Förslag: Kommunstyrelsen uppdrar åt tekniska sektorn att ta fram en parkeringsnorm.\n"
        "Beslut: Styrelsen beslöt att bordlägga ärendet.\n"
    )
    # (the matter tabled in § 81 still gives no order)
    found = directives_in(text, SKARBY, "sv", "2026-05-12")
    assert leads(found) == ["SK-TEK"]
    assert str(found[0].deadline) == "2026-09-30"


def test_urgings_of_restraint_worded_otherwise_give_no_task():
    text = SKARBY_HEAD + (
        "§ 82 BUDGETLÄGET\n"
        "Förslag: Styrelsen uppmanar samtliga sektorer att iaktta fortsatt stor återhållsamhet med nyanställningar.\n"
        "Beslut: Förslaget godkändes.\n\n"
        "§ 83 INVESTERINGAR\n"
        "Förslag: Styrelsen uppmanar tekniska sektorn att iaktta största möjliga återhållsamhet med nya "
        "investeringar.\n"
        "Beslut: Förslaget godkändes.\n\n"
        "§ 84 RESOR\n"
        "Förslag: Styrelsen uppmanar bildningssektorn att visa återhållsamhet med tjänsteresor.\n"
        "Beslut: Förslaget godkändes.\n"
    )
    assert directives_in(text, SKARBY, "sv", "2026-05-12") == []


def test_an_urging_of_restraint_that_also_asks_for_work_is_an_order():
    text = SKARBY_HEAD + (
        "§ 85 SNÖRÖJNING\n"
        "Förslag: Styrelsen uppmanar tekniska sektorn att hålla sig inom budgetramen och begära in nya anbud på "
        "snöröjningen.\n"
        "Beslut: Förslaget godkändes.\n"
    )
    assert leads(directives_in(text, SKARBY, "sv", "2026-05-12")) == ["SK-TEK"]


def test_a_scope_statement_after_the_inquiry_s_own_task_in_its_sentence_leaves_the_task():
    text = DIRECTIVE_HEAD + (
        "Utredaren ska kartlägga tillsynen över dammar men ska inte överväga ändringar i ansvarsfördelningen.\n\n"
        "Utredaren ska analysera behovet av ett dammregister och ska inte heller pröva frågan om avgifter.\n\n"
        "Utredaren ska inte heller se över reglerna om dammarnas klassificering.\n"
    )
    # (the scope statement alone, the last, is still no order)
    found = directives_in(text, AGENCIES, "sv", "2026-03-19")
    assert leads(found) == ["SE-NDU", "SE-NDU"]
    assert found[0].text.startswith("Utredaren ska kartlägga")
    assert found[1].text.startswith("Utredaren ska analysera")


def test_a_plan_to_draft_a_proposal_for_is_the_product_not_a_reference():
    text = (
        "HOLMA KOMMUN   SAMMANTRÄDESPROTOKOLL\nKommunstyrelsen   2026-04-14\n\n§ 41\nBostadsförsörjning\nBeslut\n"
        "Kommunstyrelsen ger samhällsbyggnadsförvaltningen i uppdrag att bereda ett förslag till "
        "Bostadsförsörjningsprogram för Holma kommun 2027–2030 senast den 31 oktober 2026.\n\n"
        "§ 42\nAvfall\nBeslut\n"
        "Kommunstyrelsen ger samhällsbyggnadsförvaltningen i uppdrag att revidera Avfallsplan för Holma kommun "
        "2022–2026 senast den 30 november 2026.\n"
    )
    found = directives_in(text, HOLMA, "sv", "2026-04-14")
    assert leads(found) == ["HO-SBF", "HO-SBF"]
    assert not any("Bostadsförsörjningsprogram" in r for r in found[0].references)
    assert any("Avfallsplan för Holma kommun" in " ".join(r.split()) for r in found[1].references)


PROVINCE = [
    unit("BL-UBND", "Ủy ban nhân dân tỉnh Bình Lạc", "UBND tỉnh"),
    unit("BL-STC", "Sở Tài chính tỉnh Bình Lạc", "Sở Tài chính"),
    unit("BL-SNV", "Sở Nội vụ tỉnh Bình Lạc", "Sở Nội vụ"),
    unit("BL-BQL", "Ban Quản lý các khu công nghiệp tỉnh Bình Lạc", "Ban Quản lý các khu công nghiệp tỉnh"),
]


def test_a_report_s_items_told_as_done_with_their_roles_in_brackets_are_no_orders():
    text = (
        "BÁO CÁO\nKết quả thực hiện Kế hoạch phát triển hạ tầng số năm 2025\n\n"
        "I. KẾT QUẢ THỰC HIỆN\n"
        "1. Đã hoàn thành xây dựng cơ sở dữ liệu doanh nghiệp (Cơ quan chủ trì: Ban Quản lý các khu công nghiệp "
        "tỉnh; cơ quan phối hợp: Sở Tài chính; thời gian hoàn thành: quý III/2025).\n"
        "2. Hệ thống hộ tịch điện tử đã được đưa vào vận hành (Cơ quan chủ trì: Sở Nội vụ).\n\n"
        "II. NHIỆM VỤ THỜI GIAN TỚI\n"
        "1. Sở Nội vụ tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/01/2026.\n"
    )
    found = directives_in(text, PROVINCE, "vi", "2025-12-20")
    assert leads(found) == ["BL-SNV"]
    assert found[0].text.startswith("Sở Nội vụ tổng hợp")
