"""Names a directory implies: units without the territory the whole directory serves, their acronyms, an
office's head, Vietnamese abbreviations, a division after a dash; and a reader's names for officials and
heads matched against directories written the way administrators write them. Directories and texts written
for these tests."""

import datetime

import pytest

from tracker.extraction import extract
from tracker.extraction.aliases import derived_aliases
from tracker.extraction.results import DepartmentRef


def ref(code, name, *aliases):
    return DepartmentRef(code, name, tuple(aliases), code)


PREFECTURE = (
    ref("PREF", "Préfecture du Cantal"),
    ref("DDT", "Direction départementale des territoires du Cantal", "DDT 15"),
    ref("SDIS", "Service départemental d'incendie et de secours du Cantal", "SDIS 15"),
    ref("ARS", "Agence régionale de santé Auvergne-Rhône-Alpes – Délégation départementale du Cantal"),
    ref("DDETS", "Direction départementale de l'emploi, du travail et des solidarités du Cantal"),
)
PROVINCE = (
    ref("UB", "Ủy ban nhân dân tỉnh Hà Giang", "UBND tỉnh Hà Giang"),
    ref("STC", "Sở Tài chính tỉnh Hà Giang", "Ha Giang Department of Finance"),
    ref("CA", "Công an tỉnh Hà Giang"),
    ref("XA-LT", "Ủy ban nhân dân xã Lũng Tám"),
)


def leads(directory, text, language, meeting="2026-03-02"):
    result = extract(text, directory, language=language, meeting_date=datetime.date.fromisoformat(meeting))
    return [d.lead.code if d.lead else None for d in result.directives]


def test_a_territory_shared_by_the_directory_is_no_part_of_a_units_name():
    derived = derived_aliases(PREFECTURE)
    assert "Direction départementale des territoires" in derived[PREFECTURE[1]]
    assert "DDT" in derived[PREFECTURE[1]] and "SDIS" in derived[PREFECTURE[2]]
    assert "ARS" in derived[PREFECTURE[3]] and "DDETS" in derived[PREFECTURE[4]]


def test_a_field_that_closes_two_names_is_no_territory():
    directory = (
        ref("MS", "Ministère de la Santé"),
        ref("DS", "Direction générale de la Santé"),
        ref("MF", "Ministère des Finances"),
    )
    derived = derived_aliases(directory)
    assert not any("Santé" not in name and len(name) > 4 for names in derived.values() for name in names)


def test_the_units_of_a_prefecture_by_the_names_its_circulars_use():
    text = (
        "La DDT révisera l'arrêté cadre sécheresse avant le 31 mars.\n"
        "L'ARS recensera les établissements sensibles d'ici le 30 avril.\n"
        "Le SDIS transmettra à mes services la carte des points d'eau avant le 15 mai.\n"
    )
    assert leads(PREFECTURE, text, "fr") == ["DDT", "ARS", "SDIS"]


def test_the_units_of_a_province_without_its_name():
    text = (
        "Giao Sở Tài chính chủ trì, phối hợp với Công an tỉnh rà soát hồ sơ, báo cáo trước ngày 15/4/2026.\n"
        "Yêu cầu UBND xã Lũng Tám hoàn thành việc kiểm đếm trong tháng 4/2026.\n"
    )
    result = extract(text, PROVINCE, language="vi", meeting_date=datetime.date(2026, 3, 2))
    assert [d.lead.code for d in result.directives] == ["STC", "XA-LT"]
    assert [c.code for c in result.directives[0].coordinating] == ["CA"]


def test_an_english_edition_names_the_department_without_the_province():
    text = "The Chairman assigned the Department of Finance to review the compensation plans by April 15, 2026."
    assert leads(PROVINCE, text, "en") == ["STC"]


def test_a_level_stays_with_bodies_that_every_level_has():
    derived = derived_aliases(PROVINCE)
    assert "Công an tỉnh" in derived[PROVINCE[2]] and "Công an" not in derived[PROVINCE[2]]
    assert "Ủy ban nhân dân tỉnh" in derived[PROVINCE[0]]
    assert "UBND xã Lũng Tám" in derived[PROVINCE[3]]


@pytest.mark.parametrize(
    ("directory", "office", "head"),
    [
        ((ref("PM", "Primature", "Services du Premier Ministre"),), "PM", "Premier Ministre"),
        ((ref("PMO", "Office of the Prime Minister"),), "PMO", "Prime Minister"),
    ],
)
def test_an_office_answers_to_its_heads_title(directory, office, head):
    assert head in derived_aliases(directory)[directory[0]]


def test_an_acronym_two_units_would_share_is_dropped():
    directory = (
        ref("A", "Agence régionale de santé"),
        ref("B", "Association régionale des sports"),
    )
    derived = derived_aliases(directory)
    assert all("ARS" not in names for names in derived.values())


CITY = (
    ref("PLAN", "Planning Services", "Planning Department"),
    ref("LEGAL", "Legal Services"),
    ref("BUILD", "Building Services"),
    ref("TRAFFIC", "Transportation Services - Traffic Operations Division"),
    ref("MOJ", "Ministry of Justice"),
    ref("JAL", "Jal Shakti Department", "Irrigation and Public Health Department"),
    ref("HEALTH", "Department of Health and Family Welfare"),
)


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("That the City Planner BE DIRECTED to initiate a review of the zoning by-law.", "PLAN"),
        ("That the City Solicitor BE DIRECTED to prepare the amending by-law.", "LEGAL"),
        ("That the Chief Building Official BE DIRECTED to report on vacant buildings.", "BUILD"),
        ("That Traffic Operations BE DIRECTED to install speed cushions on Elm Street.", "TRAFFIC"),
        ("The Jal Shakti Vibhag was told to restore the water supply schemes within a week.", "JAL"),
        ("The Chief Minister directed the Health Department to stock anti-snake venom.", "HEALTH"),
    ],
)
def test_officials_and_heads_for_a_citys_or_a_states_units(text, lead):
    assert leads(CITY, text, "en") == [lead]


def test_a_municipalitys_chief_executive_heads_its_central_administration():
    directory = (
        ref("KS", "Kommunstyrelsen"),
        ref("KLF", "Kommunledningsförvaltningen"),
        ref("SN", "Socialnämnden"),
    )
    text = "Kommunstyrelsen beslutar\natt uppdra åt kommundirektören att ta fram en ny lokalförsörjningsplan.\n"
    assert leads(directory, text, "sv") == ["KLF"]


def test_a_regional_delegate_stands_for_his_delegation():
    directory = (
        ref("GOUV", "Services du Gouverneur de la Région du Nord"),
        ref("DRTP", "Délégation régionale des Travaux publics du Nord"),
        ref("DRSP", "Délégation régionale de la Santé publique du Nord"),
        ref("LEG", "Légion de Gendarmerie du Nord"),
    )
    text = "Le Gouverneur a demandé au Délégué régional des Travaux publics de reprofiler la route de Guider."
    assert leads(directory, text, "fr") == ["DRTP"]


def test_a_territory_closing_a_name_with_no_word_before_it():
    directory = (*PROVINCE, ref("KKT", "Ban Quản lý Khu kinh tế Tây Bắc Hà Giang"))
    text = "Ban Quản lý Khu kinh tế Tây Bắc rà soát quỹ đất tái định cư, báo cáo trước ngày 30/4/2026."
    assert leads(directory, text, "vi") == ["KKT"]


def test_a_sector_named_in_lower_case():
    directory = (ref("SXD", "Sở Xây dựng", "Department of Construction"), ref("STC", "Sở Tài chính"))
    text = "The construction sector must urge contractors to add machinery on the ring road by May 15, 2026."
    assert leads(directory, text, "en") == ["SXD"]


DISTRICT = (
    ref("MUN", "Rampur Municipal Corporation", "RMC"),
    ref("WRD", "Water Resources Department", "Irrigation Department"),
    ref("HEALTH", "District Medical and Health Office"),
    ref("REV", "Revenue Department"),
    ref("POLICE", "Rampur District Police", "Office of the Superintendent of Police, Rampur"),
    ref("CITYPD", "Police Department"),
    ref("FIRE", "Fire Department"),
)


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("The Collector instructed the Municipal Commissioner to desilt all drains before June 5.", "MUN"),
        ("The Executive Engineer, Water Resources, was told to strengthen the embankments by May 31.", "WRD"),
        ("The District Medical and Health Officer was directed to stock ORS in every sub-centre.", "HEALTH"),
        ("Tahsildars were asked to set up flood control rooms in their mandals by May 25.", "REV"),
        ("The Collector requested the SP to identify the vulnerable causeways by May 20.", "POLICE"),
        ("The Fire Chief was asked to report on the response times of the new station.", "FIRE"),
    ],
)
def test_an_indian_districts_and_a_citys_officials_for_their_units(text, lead):
    assert leads(DISTRICT, text, "en") == [lead]


def test_the_province_addressed_in_an_english_edition_is_its_peoples_committee():
    directory = (
        ref("PPC", "Ha Giang Provincial People's Committee", "UBND tỉnh Hà Giang"),
        ref("OFFICE", "Office of the Ha Giang Provincial People's Committee"),
        ref("MOC", "Ministry of Construction"),
    )
    text = (
        "The Deputy Prime Minister asked the province to finish the site clearance for the expressway by "
        "June 30, 2026. The province must also complete the resettlement areas in the third quarter. "
        "Investment in the province grew by 12 percent."
    )
    assert leads(directory, text, "en", meeting="2026-03-12") == ["PPC", "PPC"]


def test_a_tables_lead_column_names_the_unit_for_its_staff():
    directory = (
        ref("CLERK", "Office of the City Clerk", "City Clerk"),
        ref("TRANS", "Transportation and Mobility Department"),
        ref("PARKS", "Parks and Recreation Department", "Parks & Rec"),
    )
    text = (
        "ITEM | MOTION | ACTION / DIRECTION | LEAD DEPT. | STATUS\n"
        "4.A | 26-011 | Minutes of January 13, 2026 approved, 7-0. | City Clerk | Complete\n"
        "6.B | 26-014 | Bicycle lanes on Elm Street. Staff was directed to return with a design and a\n"
        "cost estimate by the April 14, 2026 meeting. | Transportation | In progress\n"
        "6.C | 26-015 | Urban forest. Staff directed to prepare a tree replacement fee schedule by May 12, 2026. "
        "| Parks & Rec | Pending\n"
    )
    assert leads(directory, text, "en", meeting="2026-02-10") == ["TRANS", "PARKS"]


def test_a_label_made_of_long_unit_names_opens_their_list():
    directory = (
        ref("STC", "Sở Tài chính"),
        ref("BAO", "Báo và Phát thanh, Truyền hình Hà Giang"),
        ref("CONG", "Cổng Thông tin điện tử tỉnh Hà Giang"),
    )
    text = (
        "Chủ tịch UBND tỉnh yêu cầu:\n\n"
        "1. Sở Tài chính: Chủ trì bố trí kinh phí mua sắm trang thiết bị, hoàn thành trước ngày 30/4/2026.\n\n"
        "2. Báo và Phát thanh, Truyền hình Hà Giang, Cổng Thông tin điện tử tỉnh: Tăng thời lượng đưa tin "
        "về công tác phòng cháy rừng.\n"
    )
    assert leads(directory, text, "vi") == ["STC", "BAO"]


def test_an_items_unit_that_gives_work_to_its_own_people_leads_it():
    directory = (ref("NN", "Sở Nông nghiệp và Môi trường"), ref("UB", "Ủy ban nhân dân tỉnh"))
    text = (
        "Chủ tịch UBND tỉnh yêu cầu:\n\n1. Sở Nông nghiệp và Môi trường:\n"
        "a) Chủ trì tham mưu UBND tỉnh kiện toàn Ban Chỉ đạo, phân công thành viên phụ trách từng địa bàn; "
        "hoàn thành trước ngày 10/4/2026.\n"
    )
    assert leads(directory, text, "vi") == ["NN"]


def test_a_french_ministry_named_by_its_seat():
    directory = (
        ref("MEF", "Ministère de l'Économie et des Finances"),
        ref("MI", "Ministère de l'Intérieur"),
        ref("SPM", "Services du Premier ministre"),
    )
    text = (
        "Le Premier ministre a chargé Bercy d'évaluer, avant le 15 avril, le coût des aides aux irrigants. "
        "Il a demandé à Beauvau de préparer une circulaire aux préfets sous quinze jours."
    )
    assert leads(directory, text, "fr", meeting="2026-03-10") == ["MEF", "MI"]


def test_another_task_of_the_same_unit_is_no_report_back():
    directory = (ref("PPC", "Ha Giang Provincial People's Committee"), ref("MOC", "Ministry of Construction"))
    text = (
        "The Deputy Prime Minister asked the province to hand over the site for the expressway by June 30, 2026. "
        "The province must also complete the resettlement areas in the third quarter of 2026."
    )
    result = extract(text, directory, language="en", meeting_date=datetime.date(2026, 3, 12))
    assert [str(d.deadline) for d in result.directives] == ["2026-06-30", "2026-09-30"]


def test_the_investor_named_again_is_the_unit_named_as_the_projects_investor():
    directory = (
        ref("BQL", "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh Hà Giang"),
        ref("BV", "Bệnh viện Đa khoa tỉnh Hà Giang"),
        ref("SXD", "Sở Xây dựng tỉnh Hà Giang"),
    )
    text = (
        "Dự án nhà điều trị Bệnh viện Đa khoa tỉnh do Ban Quản lý dự án đầu tư xây dựng công trình dân dụng "
        "tỉnh làm chủ đầu tư, khởi công tháng 4/2026.\n\n"
        "Phó Chủ tịch đề nghị chủ đầu tư chỉ đạo nhà thầu bổ sung nhân lực, hoàn thành phần thô trước ngày 30/6/2027.\n"
    )
    assert leads(directory, text, "vi") == ["BQL"]


def test_a_sector_whose_field_is_also_a_verb():
    directory = (ref("SXD", "Sở Xây dựng"), ref("STC", "Sở Tài chính"))
    text = "Ngành xây dựng chỉ đạo các nhà thầu tăng ca, bảo đảm tiến độ các công trình trọng điểm."
    assert leads(directory, text, "vi") == ["SXD"]


def test_a_units_name_on_a_numbered_line_of_its_own_labels_the_items_below():
    directory = (ref("NN", "Sở Nông nghiệp và Môi trường"), ref("STC", "Sở Tài chính"))
    text = (
        "II. NHIỆM VỤ\n- Tăng cường kiểm tra việc phân loại rác tại nguồn.\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n1. Sở Nông nghiệp và Môi trường\n"
        "- Là cơ quan thường trực, theo dõi, đôn đốc triển khai Kế hoạch; báo cáo UBND tỉnh trước ngày 10/12/2027.\n"
        "- Chủ trì, phối hợp với Sở Tài chính tham mưu mức giá dịch vụ thu gom rác.\n"
    )
    result = extract(text, directory, language="vi", meeting_date=datetime.date(2027, 1, 12))
    led = [(d.lead.code if d.lead else None, d.deadline) for d in result.directives]
    assert ("NN", datetime.date(2027, 12, 10)) in led and led[-1][0] == "NN"
    assert all(d.deadline is None for d in result.directives if d.text.startswith("Tăng cường"))


@pytest.mark.parametrize(
    ("directory", "text", "language", "lead"),
    [
        (
            (ref("CEO", "County Executive Office"), ref("LIB", "Alder County Library"), ref("HHS", "Health Agency")),
            "Directed the County Executive Officer to present a shelter plan within 90 days.",
            "en",
            "CEO",
        ),
        (
            (ref("CEO", "County Executive Office"), ref("LIB", "Alder County Library"), ref("HHS", "Health Agency")),
            "Directed the County Librarian to extend the opening hours of two branches.",
            "en",
            "LIB",
        ),
        (
            (ref("RSF", "Regionstyrelsens förvaltning", "Regionkansliet"), ref("RS", "Regionstyrelsen")),
            "Regionstyrelsen beslutar\natt ge regiondirektören i uppdrag att ta fram en handlingsplan.\n",
            "sv",
            "RSF",
        ),
        (
            (ref("HSN", "Hälso- och sjukvårdsnämnden"), ref("HSF", "Hälso- och sjukvårdsförvaltningen")),
            "Regionstyrelsen beslutar\natt uppdra åt hälso- och sjukvårdsdirektören att utreda vårdplatserna.\n",
            "sv",
            "HSF",
        ),
        (
            (
                ref("THUE", "Thuế tỉnh Hà Giang"),
                ref("STC", "Sở Tài chính tỉnh Hà Giang"),
                ref("CA", "Công an tỉnh Hà Giang"),
            ),
            "Thuế tỉnh tập trung đôn đốc thu hồi nợ đọng, chống thất thu ngân sách.",
            "vi",
            "THUE",
        ),
        (
            (ref("P", "Phòng Quản lý Giá và Công sản thuộc Sở Tài chính"), ref("STC", "Sở Tài chính")),
            "Phòng Quản lý giá và công sản tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày 15/01/2027.",
            "vi",
            "P",
        ),
        (
            (
                ref("LOI", "Service des loisirs, de la culture et de la vie communautaire"),
                ref("DG", "Direction générale"),
            ),
            "QUE le Service des loisirs soit mandaté pour tenir une consultation publique.",
            "fr",
            "LOI",
        ),
        (
            (ref("FIN", "Service des finances et de la trésorerie"), ref("DG", "Direction générale")),
            "QUE la trésorière dépose, à la séance ordinaire du 13 avril 2026, l'état des revenus.",
            "fr",
            "FIN",
        ),
        (
            (ref("FIN", "Service des finances et de la trésorerie"), ref("DG", "Direction générale")),
            "QUE la directrice générale soit mandatée pour négocier une entente avec la MRC.",
            "fr",
            "DG",
        ),
    ],
)
def test_heads_and_divisions_for_the_units_a_directory_names_otherwise(directory, text, language, lead):
    assert leads(directory, text, language) == [lead]


def test_a_body_of_the_ward_the_text_is_about_named_by_its_kind_alone():
    directory = (
        ref("DU", "Đảng ủy phường Hoa Lư"),
        ref("UB", "Ủy ban nhân dân phường Hoa Lư"),
        ref("UB2", "Ủy ban nhân dân phường Nam Thành"),
    )
    text = (
        "Bí thư Tỉnh ủy làm việc với Đảng ủy phường Hoa Lư.\n\n"
        "Bí thư Tỉnh ủy đề nghị Đảng ủy phường tập trung chuẩn bị đại hội các chi bộ.\n"
        "Đồng chí yêu cầu UBND phường hoàn thành giải phóng mặt bằng trước ngày 31/12/2026.\n"
    )
    assert leads(directory, text, "vi", meeting="2026-10-16") == ["DU", "UB"]


def test_the_central_bank_and_the_administration_a_committees_minutes_name():
    banks = (ref("SBV", "State Bank of Vietnam"), ref("MOF", "Ministry of Finance"))
    text = "The central bank was asked to direct commercial banks to lower lending rates."
    assert leads(banks, text, "en") == ["SBV"]
    swedish = (
        ref("MBN", "Miljö- och byggnämnden"),
        ref("SBF", "Samhällsbyggnadsförvaltningen"),
        ref("TF", "Tekniska förvaltningen"),
    )
    text = (
        "Närvarande: Helena Vik, förvaltningschef samhällsbyggnadsförvaltningen\n\n"
        "Nämnden beslutar\natt ge förvaltningschefen i uppdrag att ta fram en åtgärdsplan.\n"
    )
    assert leads(swedish, text, "sv") == ["SBF"]


def test_a_municipal_direction_without_its_municipality_and_headed_by_its_director():
    directory = (
        ref("DF", "Direction financière de la Commune de Sombreval"),
        ref("DG", "Direction générale de la Commune de Sombreval"),
        ref("TRAV", "Service des travaux de la Commune de Sombreval"),
        ref("MFB", "Ministère des Finances et du Budget"),
    )
    derived = derived_aliases(directory)
    assert {"Direction financière", "Directeur financier", "Directrice financière"} <= set(derived[directory[0]])
    assert "finances" not in {name.lower() for names in derived.values() for name in names}
    text = "Le Collège charge la Directrice financière de procéder au paiement des factures."
    assert leads(directory, text, "fr") == ["DF"]


def test_level_words_are_no_territory():
    directory = (
        ref("UB", "Provincial People's Committee", "People's Committee of the province"),
        ref("VP", "Office of the Provincial People's Committee"),
        ref("HD", "Provincial People's Council"),
        ref("D1", "People's Committee of Dam Ha District"),
    )
    derived = derived_aliases(directory)
    assert all(name != "People's Committee" for names in derived.values() for name in names)
    text = "The People's Committees of districts shall review the plantation plans."
    assert leads(directory, text, "en") == [None]


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Le Collège refuse le permis et charge le service Urbanisme de notifier la décision.", "URBA"),
        ("Il charge la direction de l'école communale de finaliser le plan de pilotage.", "ECOLE"),
        ("Le Collège charge le service Cadre de vie de déterminer les emplacements des bulles à verre.", "CDV"),
    ],
)
def test_a_communes_services_as_its_college_names_them(text, lead):
    directory = (
        ref("URBA", "Service de l'Urbanisme et de l'Aménagement du territoire"),
        ref("ECOLE", "École communale de Sombreval"),
        ref("CDV", "Service Cadre de vie de Sombreval"),
        ref("TRAV", "Service des Travaux de Sombreval"),
    )
    assert leads(directory, text, "fr") == [lead]


def test_a_unit_asked_in_the_past_to_direct_others_leads():
    directory = (ref("SBV", "State Bank of Vietnam"), ref("MOF", "Ministry of Finance"))
    text = "The Ministry of Finance was asked to direct the provincial treasuries to speed up payments."
    assert leads(directory, text, "en") == ["MOF"]


def test_a_swedish_compound_that_names_a_unit_whole():
    directory = (
        ref("RKTM", "Regionala kollektivtrafikmyndigheten"),
        ref("TRV", "Trafikverket"),
        ref("CBHV", "Centrala barnhälsovårdsenheten"),
        ref("HSF", "Hälso- och sjukvårdsförvaltningen"),
        ref("EKO", "Ekonomiavdelningen", "Ekonomikontoret"),
        ref("TKF", "Tekniska förvaltningen"),
    )
    text = (
        "Regionstyrelsen beslutar\n"
        "att ge kollektivtrafikmyndigheten i uppdrag att kartlägga stationerna,\n"
        "att ge barnhälsovårdsenheten i uppdrag att införa screening,\n"
        "att uppdra åt ekonomichefen att beräkna kostnaderna.\n"
    )
    assert leads(directory, text, "sv") == ["RKTM", "CBHV", "EKO"]


def test_a_hyphen_inside_a_name_cuts_no_division_off():
    directory = (
        ref("LD", "Sở Lao động - Thương binh và Xã hội"),
        ref("DAI", "Đài Phát thanh - Truyền hình Bình Thuận"),
        ref("TR", "Transportation Services - Traffic Operations Division"),
    )
    derived = derived_aliases(directory)
    assert not derived.get(directory[0]) or all("Thương binh" not in name for name in derived[directory[0]])
    assert all(name not in ("Đài Phát thanh", "Truyền hình Bình Thuận") for name in derived.get(directory[1], ()))
    assert "Traffic Operations" in derived[directory[2]] and "Transportation Services" in derived[directory[2]]
