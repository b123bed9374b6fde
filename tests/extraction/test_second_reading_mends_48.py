"""A second reading of the forty-eighth round of rules: sentences of the same genres, in other wordings, on which a
new rule over-reaches or stays too narrow. An action items update's status that swallows the next order of its
paragraph, an item's title that is itself the order, and a status's performance target read as the order's due; a
past law that "required all counties to ..." read as an order; a plan that "förutsätter att" read as a board's
clause because a body is named before the verb, and an assignment kept open with its negation after the verb
("avslutas inte"); a past assignment "a été confiée à" told in a relative clause or with its year after the verb; a
Vietnamese order whose purpose names a sanction, a speaker's view followed by "; yêu cầu này ..." or "; giao thông
...", and an assignment to lead that ends on "chịu trách nhiệm thực hiện Kế hoạch này". Texts and directories
written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

CITY = [
    unit("FIN", "Department of Finance"),
    unit("PW", "Public Works Department", "Public Works"),
    unit("CLK", "City Clerk", "Clerk"),
    unit("PD", "Police Department"),
    unit("PLN", "Planning Department"),
]
TOWN = [
    unit("KS", "Kommunstyrelsen"),
    unit("TN", "Tekniska nämnden"),
    unit("SN", "Socialnämnden"),
    unit("KFN", "Kultur- och fritidsnämnden"),
]
STATE = [
    unit("IGF", "Inspection générale des finances"),
    unit("MF", "Ministère des Finances"),
    unit("OP", "Office des ports"),
]
PROVINCE = [
    unit("SNV", "Sở Nội vụ"),
    unit("STC", "Sở Tài chính"),
    unit("SXD", "Sở Xây dựng"),
    unit("SYT", "Sở Y tế"),
    unit("SGTVT", "Sở Giao thông vận tải"),
]
MEETING = "2026-03-10"
VI_HEAD = "THÔNG BÁO KẾT LUẬN\ncủa Chủ tịch UBND tỉnh tại cuộc họp ngày 09/3/2026\n\n"


def test_a_status_does_not_swallow_a_further_order_in_its_paragraph():
    """An order after "Status: ..." in the same paragraph is an order of its own, with its own date."""
    text = (
        "1. Sidewalk gaps on Orchard Road (directed 09/10/2024)\n"
        "Council directed Public Works to survey the gaps.\n"
        "Status: Survey complete. Council further directed the Planning Department to hold a public hearing by "
        "June 2, 2026.\n"
    )
    found = directives_in(text, CITY, "en", MEETING)
    assert leads(found) == ["PW", "PLN"]
    assert str(found[1].deadline) == "2026-06-02"


def test_an_item_title_that_is_itself_the_order_is_kept_with_its_directed_date():
    """ "Police Department to report back on ... (directed 01/13/2026)" is the order, not just a title."""
    text = (
        "ACTION ITEMS UPDATE\n"
        "1. Police Department to report back on overtime costs (directed 01/13/2026)\n"
        "Status: In progress.\n"
    )
    assert leads(directives_in(text, CITY, "en", MEETING)) == ["PD"]


def test_a_status_s_performance_target_is_not_the_order_s_due():
    """ "Target: reduce response times ... by 2028" is a goal of the service, not when the review is due."""
    text = (
        "ACTION ITEMS UPDATE\n"
        "1. Council directed the Police Department to review the towing contract.\n"
        "Status: In progress. Target: reduce response times by 15% by 2028.\n"
    )
    found = directives_in(text, CITY, "en", MEETING)
    assert leads(found) == ["PD"]
    assert found[0].deadline is None


def test_a_past_law_that_required_the_counties_to_act_is_no_order():
    """ "In 2023 the state law required all counties to adopt ..." tells a law's past duty, no leader's order."""
    text = (
        "Regular meeting\n\n"
        "In 2023 the state law required all counties to adopt a hazard mitigation plan. "
        "The County adopted its plan in 2024.\n"
    )
    assert directives_in(text, CITY, "en", MEETING) == []


def test_a_plan_adopted_by_the_council_that_presupposes_is_no_board_clause():
    """ "Investeringsplanen som antogs av kommunfullmäktige förutsätter att ..." is a plan's premise, no order."""
    text = (
        "§ 8 Investeringsbudget 2027\n\n"
        "Investeringsplanen som antogs av kommunfullmäktige förutsätter att tekniska nämnden får statsbidrag för "
        "gång- och cykelvägar.\n\n"
        "Beslut\nKommunstyrelsen beslutar att lägga informationen till handlingarna.\n"
    )
    assert directives_in(text, TOWN, "sv", MEETING) == []


def test_an_assignment_that_is_not_closed_with_the_negation_after_its_verb_stays_open():
    """ "Uppdraget ... avslutas inte." keeps the reported assignment open, as "ska inte avslutas" does."""
    text = (
        "§ 52 Redovisning av uppdrag om lokalförsörjning\n\n"
        "Ärendebeskrivning\nKommunstyrelsen beslutade 2025-09-15, § 101, att uppdra åt tekniska nämnden att ta fram "
        "en lokalförsörjningsplan för förskolan. Uppdraget redovisades på arbetsutskottet 2026-02-03. Redovisningen "
        "saknar dock en kostnadsberäkning.\n\n"
        "Kommunstyrelsens beslut\nUppdraget om lokalförsörjningsplan avslutas inte.\n"
    )
    assert leads(directives_in(text, TOWN, "sv", MEETING)) == ["TN"]


def test_a_task_entrusted_earlier_told_in_a_relative_clause_is_no_order():
    """ "... rapport d'évaluation, dont la réalisation a été confiée à l'IGF" tells who wrote it, no order."""
    text = (
        "COMMUNIQUÉ DU CONSEIL DES MINISTRES\n\n"
        "Le Conseil a pris acte du rapport d'évaluation du programme de cantines scolaires, dont la réalisation a été "
        "confiée à l'Inspection générale des finances. Le rapport relève des retards de paiement.\n"
    )
    assert directives_in(text, STATE, "fr", MEETING) == []


def test_a_task_entrusted_in_a_past_year_named_after_the_verb_is_no_order():
    """ "Sa gestion a été confiée à l'Office des ports en 2019" is a past assignment, its year after the verb."""
    text = (
        "COMMUNIQUÉ DU CONSEIL DES MINISTRES\n\n"
        "Le Conseil a examiné la situation du port de pêche. Sa gestion a été confiée à l'Office des ports en 2019 "
        "par arrêté ministériel.\n"
    )
    assert directives_in(text, STATE, "fr", MEETING) == []


def test_an_order_whose_purpose_is_a_sanction_to_come_is_still_an_order():
    """ "Giao Sở Nội vụ tổng hợp danh sách để UBND tỉnh sẽ xem xét trách nhiệm ..." gives the department a task."""
    text = (
        VI_HEAD + "Giao Sở Nội vụ tổng hợp danh sách để UBND tỉnh sẽ xem xét trách nhiệm người đứng đầu các đơn vị "
        "chậm trễ, báo cáo trước ngày 30/6/2026.\n"
    )
    found = directives_in(text, PROVINCE, "vi", MEETING)
    assert leads(found) == ["SNV"]
    assert str(found[0].deadline) == "2026-06-30"


def test_a_speaker_s_view_followed_by_the_noun_yeu_cau_is_still_a_view():
    """ "Theo Giám đốc Sở ..., X cần ...; yêu cầu này đã được nêu ..." is a view; "yêu cầu này" is a noun."""
    text = (
        VI_HEAD + "Theo Giám đốc Sở Tài chính, Sở Xây dựng cần sớm hoàn thiện hồ sơ điều chỉnh dự án; yêu cầu này đã "
        "được nêu tại nhiều cuộc họp trước.\n"
    )
    assert directives_in(text, PROVINCE, "vi", MEETING) == []


def test_a_speaker_s_view_followed_by_giao_thong_is_still_a_view():
    """ "...; giao thông qua khu vực ... ùn tắc" is traffic, no task assigned after the speaker's view."""
    text = (
        VI_HEAD + "Theo Giám đốc Sở Giao thông vận tải, Sở Xây dựng cần sớm bàn giao mặt bằng cho nhà thầu; giao "
        "thông qua khu vực dự án vẫn thường xuyên ùn tắc.\n"
    )
    assert directives_in(text, PROVINCE, "vi", MEETING) == []


def test_an_assignment_to_lead_that_ends_on_carrying_out_this_plan_is_an_order():
    """ "Giao Sở Tài chính chủ trì, ... chịu trách nhiệm tổ chức thực hiện Kế hoạch này" assigns the lead."""
    text = (
        VI_HEAD + "Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng và các đơn vị liên quan chịu trách nhiệm tổ "
        "chức thực hiện Kế hoạch này.\n"
    )
    assert leads(directives_in(text, PROVINCE, "vi", MEETING))[:1] == ["STC"]
