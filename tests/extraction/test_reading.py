"""Reading real minutes: units named as readers name them, one directive per sentence and lead, deadline
sentences, assignment frames of the four languages. Every text here is written for these tests."""

import pytest

from tests.extraction.conftest import codes
from tracker.extraction import DepartmentRef, extract

MINISTRIES = [
    DepartmentRef(1, "Ministère de la Santé publique et de l'Hygiène", (), "M-SANTE"),
    DepartmentRef(2, "Ministère de l'Agriculture, de l'Élevage et des Forêts", (), "M-AGRI"),
    DepartmentRef(3, "Ministère du Commerce et de l'Industrie", (), "M-COM"),
    DepartmentRef(4, "Ministry of Foreign Affairs", (), "MOFA"),
    DepartmentRef(10, "Ministry of Energy and Water", (), "MEW"),
    DepartmentRef(5, "Ministry of Justice", (), "MOJ"),
    DepartmentRef(6, "Ministry of Higher Education", (), "MOHE"),
    DepartmentRef(7, "Department of Agriculture", (), "DAG"),
    DepartmentRef(8, "Roads and Bridges Department", (), "ROADS"),
    DepartmentRef(9, "Kammarkollegiet", (), "KAMMAR"),
]


def lead_of(text, language, departments=MINISTRIES, meeting=None):
    result = extract(text, departments, language=language, meeting_date=meeting)
    assert len(result.directives) == 1, [d.text for d in result.directives]
    directive = result.directives[0]
    return directive.lead.code if directive.lead else None, codes(directive.coordinating)


@pytest.mark.parametrize(
    ("text", "language", "lead", "coordinating"),
    [
        # A minister stands for the ministry; the field words find it however its name is written.
        ("Le Président a invité le Ministre de la Santé à publier le plan de riposte.", "fr", "M-SANTE", []),
        (
            "Le Chef de l'État a demandé aux Ministres en charge de l'Élevage et du Commerce de publier "
            "les tarifs des abattoirs.",
            "fr",
            "M-AGRI",
            ["M-COM"],
        ),
        ("The cabinet instructed the ministry of energy to repair the power lines.", "en", "MEW", []),
        (
            "The cabinet asked the ministries of justice and foreign affairs to prepare the treaty text.",
            "en",
            "MOJ",
            ["MOFA"],
        ),
        # A ministry's unit and a department's are told apart by the head word.
        ("The Governor asked the Minister of Agriculture to count the herds.", "en", "M-AGRI", []),
        ("Regeringen ger Kammarkollegiet i uppdrag att kartlägga lokalerna.", "sv", "KAMMAR", []),
    ],
)
def test_units_as_readers_name_them(text, language, lead, coordinating):
    assert lead_of(text, language) == (lead, coordinating)


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("The Vice Chairman requested the Health branch to inspect food safety in schools.", "SYT"),
        ("Chủ tịch UBND tỉnh yêu cầu ngành y tế tăng cường kiểm tra an toàn thực phẩm.", "SYT"),
        ("The director of the Department of Finance shall report the budget figures every month.", "STC"),
    ],
)
def test_sectors_and_heads_stand_for_their_department(one, text, lead):
    assert one(text).lead.code == lead


def test_a_bare_title_is_the_head_of_the_department_named_before(run):
    text = (
        "Chủ tịch UBND tỉnh trao quyết định bổ nhiệm Giám đốc Sở Y tế cho ông Lê Văn An. "
        "Tại buổi lễ, Phó Chủ tịch UBND tỉnh đề nghị tân Giám đốc sớm kiện toàn bộ máy và nâng cao chất lượng "
        "khám chữa bệnh tại tuyến xã."
    )
    directives = run(text).directives
    assert len(directives) == 1
    assert directives[0].lead.code == "SYT"


def test_a_list_of_departments_after_a_colon_is_one_subject(run):
    text = (
        "Under the plan, the Departments: Finance; Health; Home Affairs shall send their staffing tables to "
        "the Provincial People's Committee."
    )
    directives = run(text).directives
    assert len(directives) == 1
    assert directives[0].lead.code == "STC"
    assert codes(directives[0].coordinating) == ["SYT", "SNV"]


def test_units_listed_after_phoi_hop_coordinate(run):
    text = (
        "Giao Sở Xây dựng chủ trì triển khai cơ sở dữ liệu nhà ở; phối hợp Sở Tài chính; Công an tỉnh; "
        "UBND huyện Vân Đồn cùng triển khai trong quý III/2026."
    )
    directives = run(text).directives
    assert len(directives) == 1
    assert directives[0].lead.code == "SXD"
    assert codes(directives[0].coordinating) == ["STC", "CAT", "UBND-VANDON"]


def test_a_deadline_sentence_joins_the_directive_before_it(run):
    text = (
        "The Department of Construction is assigned to review the land fund for social housing. "
        "The deadline for this is 30 November 2026.\n"
        "The Department of Health must check the district hospitals."
    )
    directives = run(text).directives
    assert [d.lead.code for d in directives] == ["SXD", "SYT"]
    assert directives[0].text.endswith("30 November 2026.") or directives[0].text.endswith("2026")
    assert directives[0].deadline.isoformat() == "2026-11-30"
    assert directives[1].deadline is None


def test_a_report_back_sentence_with_what_lies_between_joins_the_assignment(run):
    text = (
        "En särskild utredare ges i uppdrag att se över reglerna för statsbidrag till kommunerna. "
        "I uppdraget ingår inte att föreslå nya skatter. "
        "Uppdraget ska redovisas senast den 15 mars 2027."
    )
    directives = run(text, language="sv").directives
    assert len(directives) == 1
    assert directives[0].text.endswith("senast den 15 mars 2027")
    assert directives[0].deadline.isoformat() == "2027-03-15"


def test_a_sentence_with_two_leads_is_two_directives(run):
    text = (
        "Le Département de la santé doit vacciner les enfants avant le 30 juin 2026 ; le Département des "
        "finances doit verser les crédits nécessaires."
    )
    directives = run(text).directives
    assert [d.lead.code for d in directives] == ["SYT", "STC"]


def test_lower_case_bullets_continue_the_sentence_of_their_lead_in(run):
    text = (
        "Utredaren ska bl.a.\n"
        "• analysera hur bidragen används,\n"
        "• föreslå hur uppföljningen kan förbättras, och\n"
        "• föreslå de lagändringar som behövs.\n"
        "Uppdraget ska redovisas senast den 1 december 2027."
    )
    directives = run(text, language="sv").directives
    assert len(directives) == 1
    assert "föreslå de lagändringar som behövs" in directives[0].text
    assert directives[0].deadline.isoformat() == "2027-12-01"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("That the City Clerk BE DIRECTED to prepare a parking strategy.", "en"),
        ("The Minister said that the engineers should inspect the bridges before the rains.", "en"),
        ("Le Ministre en charge de la Jeunesse a été chargé de recenser les bénévoles.", "fr"),
        ("Elle a demandé aux ministres de l'Économie et du Travail de lui soumettre un plan dans la semaine.", "fr"),
        ("Sở Y tế khẩn trương rà soát danh sách các trạm y tế xã.", "vi"),
        ("Regeringen ger Boverket i uppdrag att analysera byggreglerna.", "sv"),
    ],
)
def test_assignment_frames(run, text, language):
    assert len(run(text, language=language).directives) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("That the memo of the Fire Chief BE RECEIVED for information.", "en"),
        ("Officers may be asked to comment on the draft later.", "en"),
        ("Le logement est le chantier auquel le gouvernement doit se consacrer, a expliqué le porte-parole.", "fr"),
        (
            "La commission s'est réunie avec l'ordre du jour suivant :\n\n1. Budget annexe ;"
            "\n\n2. Questions des membres ;\n\n3. Points d'information.",
            "fr",
        ),
    ],
)
def test_what_assigns_nothing_is_not_proposed(run, text, language):
    assert run(text, language=language).directives == []


def test_each_that_of_a_motion_is_a_resolution(run):
    text = (
        "That the report of the Treasurer BE RECEIVED for information; and further, That Administration BE "
        "DIRECTED to prepare a report on winter parking for consideration at an October 2026 meeting of Council."
    )
    directives = run(text).directives
    assert len(directives) == 1
    assert directives[0].text.startswith("and further, That Administration") or "That Administration" in (
        directives[0].text
    )
    assert directives[0].deadline.isoformat() == "2026-10-31"


def test_reported_speech_and_passive_orders(run):
    text = (
        "The Deputy Commissioners were instructed to set up control rooms in every district within one week. "
        "He also said that the Department of Health should keep medicines in stock. "
        "The officers should submit a compliance report by the end of this month."
    )
    directives = run(text, meeting="2025-09-03").directives
    assert len(directives) == 3
    assert directives[0].deadline.isoformat() == "2025-09-10"
    assert directives[1].lead.code == "SYT"
    assert directives[2].deadline.isoformat() == "2025-09-30"


def test_an_unknown_name_is_offered_whole_and_alone(run):
    result = run("Communiqué du Conseil des ministres du mercredi 3 septembre 2025. Le Conseil a adopté deux décrets.")
    assert [u.name for u in result.unknown_departments] == ["Conseil des ministres"]


def test_the_title_leaves_out_the_request_and_its_addressee(one):
    directive = one("Giao Sở Xây dựng kiểm tra an toàn các công trình đang thi công; hoàn thành trong tháng 10/2025.")
    assert directive.title == "Kiểm tra an toàn các công trình đang thi công"
    assert directive.deadline.isoformat() == "2025-10-31"


def test_a_council_log_row(run):
    text = (
        "Meeting Date | Resolution | Department | Action | Status |\n"
        "March 2, 2026 | CR101/2026 | Transportation | That Administration BE AUTHORIZED to apply for the transit "
        "grant; and, That the Director of Construction BE DIRECTED to report back on the cost of the bus lane "
        "by June 2026. | In progress |\n"
        "April 13, 2026 | CR150/2026 | Parks | That the report on tree planting BE RECEIVED for information. | "
        "Complete |"
    )
    directives = run(text).directives
    assert len(directives) == 1  # authorising and receiving for information order nothing
    directive = directives[0]
    assert directive.text.startswith("and, That the Director of Construction BE DIRECTED")
    assert directive.text.endswith("by June 2026.") or directive.text.endswith("by June 2026")
    assert directive.lead.code == "SXD"
    assert directive.deadline.isoformat() == "2026-06-30"
    assert directive.title == "Report back on the cost of the bus lane by June 2026"


def test_vietnamese_titles_skip_the_request_and_the_coordinating_units(run):
    text = (
        "Thời gian tới, đồng chí yêu cầu Sở Giáo dục và Đào tạo tập trung rà soát mạng lưới trường lớp. "
        "Sở Nội vụ phối hợp với Sở Giáo dục và Đào tạo tham mưu tuyển dụng đủ giáo viên trong năm 2026."
    )
    directives = run(text, meeting="2025-10-20").directives
    assert [d.title for d in directives] == [
        "Tập trung rà soát mạng lưới trường lớp",
        "Tham mưu tuyển dụng đủ giáo viên trong năm 2026",
    ]
    assert [d.lead.code for d in directives] == ["SGDDT", "SNV"]
    assert codes(directives[1].coordinating) == ["SGDDT"]


def test_vietnamese_subject_lists_and_groups_assign_work(run):
    text = (
        "Sở Tài chính, UBND huyện Vân Đồn phối hợp đẩy nhanh công tác giải phóng mặt bằng, bàn giao mặt bằng "
        "cho chủ đầu tư trước ngày 30/6/2026.\n"
        "Các sở, ngành, địa phương theo chức năng, nhiệm vụ được giao phối hợp thực hiện."
    )
    directives = run(text, meeting="2026-03-05").directives
    assert len(directives) == 2
    first, second = directives
    assert first.lead.code == "STC" and codes(first.coordinating) == ["UBND-VANDON"]
    # "chủ đầu tư" (the investor) folds like "từ" (from): the date is still a deadline
    assert first.deadline.isoformat() == "2026-06-30"
    assert first.title == "Đẩy nhanh công tác giải phóng mặt bằng, bàn giao mặt bằng cho chủ đầu tư"
    assert second.lead is None  # a group, not a unit of the directory
    assert second.title == "Các sở, ngành, địa phương theo chức năng, nhiệm vụ được giao phối hợp thực hiện"


def test_tasked_with_a_gerund_gives_an_imperative_title(one):
    directive = one("The Department of Finance was tasked with allocating funds for the drought response.")
    assert directive.lead.code == "STC"
    assert directive.title == "Allocate funds for the drought response"


@pytest.mark.parametrize(
    "text",
    [
        # a conditional "should such ..." and an authorisation order nothing
        "That the Chief Librarian BE AUTHORIZED to sign the lease and further, should the lease be signed, to "
        "inform Council.",
        # a past assignment told as narration, with an adverb between "have" and the verb
        "The board of the Department of Construction has firmly instructed its teams to finish the projects.",
    ],
)
def test_conditions_and_narrated_orders_are_not_proposed(run, text):
    assert run(text).directives == []


def test_a_connector_after_a_semicolon_goes_on_with_the_sentence(run):
    text = (
        "The director of the Department of Education and Training shall count the teachers needed before "
        "1 May 2026; Thereby, sending the figures to the Department of Finance for the budget."
    )
    directives = run(text).directives
    assert len(directives) == 1
    assert directives[0].lead.code == "SGDDT"


COUNCIL = [
    DepartmentRef(1, "Primature", ("Premier Ministre",), "PRIM"),
    DepartmentRef(2, "Gouvernement", (), "GOUV"),
    DepartmentRef(3, "Ministère de l'Intérieur et des Affaires coutumières", (), "MINT"),
]


def test_french_council_of_ministers_frames():
    text = (
        "Il a rappelé au Gouvernement l'urgence de finaliser la stratégie nationale de l'emploi. "
        "Il a chargé le Vice-Premier Ministre, Ministre de l'Intérieur, de sécuriser les élections. "
        "Le Premier ministre a demandé à chaque ministre de lui transmettre une feuille de route."
    )
    directives = extract(text, COUNCIL, language="fr").directives
    assert [d.lead.code if d.lead else None for d in directives] == ["GOUV", "MINT", None]
    # who asks ("Le Premier ministre") is not who does ("chaque ministre")
    assert directives[2].title == "Transmettre une feuille de route"


@pytest.mark.parametrize(
    "text",
    [
        "Maria Lopez, resident, urged Council to reject the parking fee increase.",
        "Ann Lee, Chair of the Youth Commission, asked Council to fund the youth charter.",
        "Council discussed the budget calendar.",
    ],
)
def test_petitions_to_the_council_and_its_discussions_order_nothing(run, text):
    assert run(text).directives == []


def test_a_dated_obligation_after_an_order_goes_with_its_unit(run):
    text = (
        "The Chairman requests the Department of Health to inspect the school canteens this spring. "
        "No later than 31 March 2026, every canteen must be checked twice (including: kitchens and "
        "storerooms)."
    )
    directives = run(text).directives
    assert len(directives) == 2
    assert [d.lead.code for d in directives] == ["SYT", "SYT"]
    assert directives[1].deadline.isoformat() == "2026-03-31"
    assert directives[1].text.endswith("storerooms)")


def test_a_part_of_the_assignment_reported_by_a_date_joins_it(run):
    text = (
        "Utredaren ska kartlägga behovet av tolkar i vården. Denna del av uppdraget ska redovisas "
        "senast den 1 oktober 2026."
    )
    directives = run(text, language="sv").directives
    assert len(directives) == 1
    assert directives[0].deadline.isoformat() == "2026-10-01"


def test_a_weekday_between_the_request_and_its_addressee():
    text = "Le Président a demandé jeudi au Gouvernement de recenser les écoles endommagées."
    directives = extract(text, COUNCIL, language="fr").directives
    assert [d.lead.code for d in directives] == ["GOUV"]


def test_a_participle_or_a_narrated_order_is_no_request(run):
    text = (
        "Acting on the mayor's instructions, the managers of the Department of Transport have quickly "
        "directed the road crews to concentrate on the repairs planned for the spring of 2026."
    )
    assert run(text).directives == []


def test_a_verb_alone_in_a_table_cell_is_no_order(run):
    text = "Conclusions:\nMeeting Date | Motion\nReport Number\nStatus"
    assert run(text).directives == []


def test_the_departments_point_back_to_the_list_named_before(run):
    text = (
        "Under the plan, the Departments: Finance; Health; Home Affairs shall send their staffing tables to the "
        "Provincial People's Committee. The departments shall also update their job descriptions. "
        "Departments, branches and localities must report on the reform."
    )
    directives = run(text).directives
    assert len(directives) == 3
    assert directives[1].lead.code == "STC"
    assert codes(directives[1].coordinating) == ["SYT", "SNV"]
    assert directives[2].lead is None  # a wider group than the list: no unit of its own


def test_a_unit_and_a_present_verb_tells_outside_vietnamese(run):
    text = (
        "Kulturnämnden beslutade att fritidsförvaltningen ska rapportera till nämndens sammanträde "
        "5 maj 2026. Fritidsförvaltningen presenterar ärendet den 20 april."
    )
    directives = run(text, language="sv").directives
    assert len(directives) == 1
    assert directives[0].deadline.isoformat() == "2026-05-05"


def test_french_future_orders_and_a_lead_in_after_a_directive(run):
    text = (
        "La Police provinciale veillera à la sécurité des touristes pendant la saison. "
        "Le Comité populaire du district de Co To est chargé de réserver un terrain.\n"
        "Le vice-président a insisté sur les points suivants :\n"
        "– publier chaque trimestre les indicateurs ;\n"
        "– rendre compte des résultats au Comité populaire provincial chaque année."
    )
    directives = run(text, language="fr").directives
    assert [d.lead.code if d.lead else None for d in directives][:2] == ["CAT", "UBND-COTO"]
    assert directives[1].text.endswith("réserver un terrain")
    assert len(directives) == 3
