"""Second reading of the fortieth batch's rules: the cases a second reader found wrong, in other wordings.

- A French delay after an event that comes back ("publiera chaque mois ... et présentera sous quinze jours le plan")
  is still the order's deadline when the delay is a one-off product of its own.
- A French present tense under a heading of decisions is no order when it tells the meeting's course ("La DDT
  présente la situation", "La chambre d'agriculture demande ...").
- A capitalised "CONSIDÉRANT ..." that opens a sentence closing on an order is no recital: the order stays.
- A later date in the passage does not beat "ce soir" / "en fin de journée" when it is no deadline of the order
  (the end of a closure or of a ban: "fermés au public jusqu'au 31 juillet").
- A resolution's next numbered clause that only asks the same officer to report on the clause before is part of it.
- "... and learn/draw lessons from ..." at the end of a real task does not make the whole order an exhortation.
- Vietnamese: a weekday of the meeting's week already past ("kiểm tra hiện trường vào thứ Hai tuần này") is no
  deadline; a subjectless "Hoàn thành trước ngày X việc <the same work>" is the deadline of the order before it;
  three months named together ("trong tháng 10, tháng 11 và tháng 12/2026") are due by the last.
"""

import datetime

from tests.extraction.conftest import directives_in, unit

FR = [
    unit("HVE-DDT", "Direction départementale des territoires du Haut-Verdon", "DDT"),
    unit("HVE-SDIS", "Service départemental d'incendie et de secours du Haut-Verdon", "SDIS"),
    unit("HVE-ARS", "Agence régionale de santé – délégation départementale du Haut-Verdon", "ARS"),
    unit("HVE-CA", "Chambre d'agriculture du Haut-Verdon", "chambre d'agriculture"),
    unit("HVE-OFB", "Office français de la biodiversité – service départemental du Haut-Verdon", "OFB"),
]
FR_HEAD = "COMITÉ SÉCHERESSE DU HAUT-VERDON\nRéunion du lundi 6 juillet 2026\n\n2. Décisions\n\n"

QC = [
    unit("SAM-TP", "Direction des travaux publics", "travaux publics"),
    unit("SAM-FIN", "Service des finances et de la trésorerie", "Service des finances"),
]

EN = [
    unit("YSC-CEO", "Office of the Chief Executive Officer", "CEO", "Chief Executive Officer"),
    unit("HSN-DOC", "Department of Construction of Hoa Son Province", "Department of Construction"),
]

VI = [
    unit("HLM-SXD", "Sở Xây dựng tỉnh Hà Lâm", "Sở Xây dựng"),
    unit("HLM-STC", "Sở Tài chính tỉnh Hà Lâm", "Sở Tài chính"),
    unit("HLM-UB", "Ủy ban nhân dân tỉnh Hà Lâm", "UBND tỉnh"),
]


def test_monthly_event_then_one_off_delay_keeps_its_deadline():
    text = FR_HEAD + (
        "- La DDT publiera chaque mois les relevés des stations et présentera sous quinze jours le plan de gestion "
        "de la ressource.\n"
    )
    found = directives_in(text, FR, "fr", "2026-07-06")
    assert len(found) == 1, found
    assert found[0].deadline == datetime.date(2026, 7, 21)


def test_weekly_event_then_one_off_delay_keeps_its_deadline():
    text = FR_HEAD + (
        "- Le SDIS tiendra chaque semaine un point avec les maires et remettra sous cinq jours la carte des points "
        "d'eau utilisables.\n"
    )
    found = directives_in(text, FR, "fr", "2026-07-06")
    assert len(found) == 1, found
    assert found[0].deadline == datetime.date(2026, 7, 11)


def test_presentation_under_a_decisions_title_is_no_order():
    text = (
        "RELEVÉ DE DÉCISIONS\n\n"
        "Comité sécheresse du lundi 6 juillet 2026, sous la présidence du secrétaire général.\n\n"
        "La DDT présente la situation hydrologique du département.\n\n"
        "L'ARS rappelle les consignes sanitaires en cas de canicule.\n"
    )
    assert directives_in(text, FR, "fr", "2026-07-06") == []


def test_participant_request_under_decisions_is_no_order():
    text = FR_HEAD + (
        "La chambre d'agriculture demande un assouplissement des restrictions pour les cultures maraîchères.\n\n"
        "La DDT constate une baisse de 30 % des débits de l'Arvenne depuis le 1er juillet.\n"
    )
    assert directives_in(text, FR, "fr", "2026-07-06") == []


def test_capitalised_grounds_before_an_order_keep_the_order():
    text = (
        "PROCÈS-VERBAL de la séance ordinaire du conseil municipal tenue le 5 mai 2025\n\n"
        "5.2 Réfection du chemin du Lac\n\n"
        "CONSIDÉRANT l'état de la chaussée, la Direction des travaux publics devra procéder à la réfection du chemin "
        "du Lac avant le 30 juin 2025.\n"
    )
    found = directives_in(text, QC, "fr", "2025-05-05")
    assert len(found) == 1, found
    assert found[0].lead is not None and found[0].lead.code == "SAM-TP"
    assert found[0].deadline == datetime.date(2025, 6, 30)


def test_end_of_a_closure_does_not_beat_end_of_day():
    text = FR_HEAD + (
        "- Le SDIS transmettra en fin de journée aux maires la carte des massifs fermés au public jusqu'au "
        "31 juillet.\n"
    )
    found = directives_in(text, FR, "fr", "2026-07-06")
    assert len(found) == 1, found
    assert found[0].deadline == datetime.date(2026, 7, 6)


def test_end_of_a_ban_does_not_beat_tonight():
    text = FR_HEAD + (
        "- La DDT publiera ce soir sur le site de la préfecture la liste des usages interdits jusqu'au 31 août.\n"
    )
    found = directives_in(text, FR, "fr", "2026-07-06")
    assert len(found) == 1, found
    assert found[0].deadline == datetime.date(2026, 7, 6)


def test_numbered_clause_reporting_on_the_clause_before_is_part_of_it():
    text = (
        "YARRABOOL SHIRE COUNCIL\n"
        "Minutes of the Ordinary Council Meeting held on 19 May 2026\n\n"
        "8.3 Moonah Creek Footbridge\n\n"
        "That Council:\n"
        "1. Directs the Chief Executive Officer to obtain quotes for the replacement of the Moonah Creek footbridge.\n"
        "2. Requests the Chief Executive Officer to report the quotes to Council by 30 September 2026.\n"
    )
    found = directives_in(text, EN, "en", "2026-05-19")
    assert len(found) == 1, [d.text for d in found]
    assert found[0].lead is not None and found[0].lead.code == "YSC-CEO"
    assert found[0].deadline == datetime.date(2026, 9, 30)


def test_lessons_after_a_real_task_keep_the_order():
    text = (
        "The District Collector reviewed the monsoon preparedness of the district on Friday.\n"
        "He directed the officials to conduct a joint inspection of all drains in low-lying areas by July 20 and "
        "learn lessons from last year's flooding.\n"
    )
    found = directives_in(text, EN, "en", "2026-07-10")
    assert len(found) == 1, found
    assert found[0].deadline == datetime.date(2026, 7, 20)


def test_lessons_after_a_motion_task_keep_the_order():
    text = (
        "Minutes of the Ordinary Council Meeting held on 10 July 2026\n\n"
        "That staff be directed to review the response to the Moonah Creek flood by 30 September 2026 and draw "
        "lessons from it.\n"
    )
    found = directives_in(text, EN, "en", "2026-07-10")
    assert len(found) == 1, found
    assert found[0].deadline == datetime.date(2026, 9, 30)


def test_past_weekday_of_the_meeting_week_is_no_deadline():
    text = (
        "THÔNG BÁO KẾT LUẬN\n\n"
        "Trên cơ sở kết quả kiểm tra hiện trường vào thứ Hai tuần này, Sở Xây dựng hoàn thiện báo cáo đánh giá an "
        "toàn công trình, gửi Ủy ban nhân dân tỉnh trước ngày 25/8/2026.\n"
    )
    # the meeting is on Wednesday 12 August 2026: its Monday, the 10th, is past
    found = directives_in(text, VI, "vi", "2026-08-12")
    assert len(found) == 1, found
    assert found[0].deadline == datetime.date(2026, 8, 25)


def test_subjectless_deadline_of_the_same_work_joins_the_order():
    text = (
        "THÔNG BÁO KẾT LUẬN\n\n"
        "Giao Sở Tài chính chủ trì, phối hợp với các đơn vị liên quan thẩm định các đề án sắp xếp đơn vị sự nghiệp "
        "công lập. Hoàn thành trước ngày 31/10/2026 việc thẩm định các đề án nêu trên.\n"
    )
    found = directives_in(text, VI, "vi", "2026-08-12")
    assert len(found) == 1, [d.text for d in found]
    assert found[0].lead is not None and found[0].lead.code == "HLM-STC"
    assert found[0].deadline == datetime.date(2026, 10, 31)


def test_three_months_named_together_are_due_by_the_last():
    text = (
        "THÔNG BÁO KẾT LUẬN\n\n"
        "Sở Xây dựng tổ chức kiểm tra an toàn phòng cháy tại các khu nhà ở xã hội trong tháng 10, tháng 11 và "
        "tháng 12/2026.\n"
    )
    found = directives_in(text, VI, "vi", "2026-08-12")
    assert len(found) == 1, found
    assert found[0].lead is not None and found[0].lead.code == "HLM-SXD"
    assert found[0].deadline == datetime.date(2026, 12, 31)
