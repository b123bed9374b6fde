"""Orders in the forms a twelfth batch of texts written after the rules showed them: a motion's clauses
after its movers, each "and that ..." an order or a decision of its own, with a subject the directory may
not hold ("that staff apply ...", "that the Road Department report back ..."), a helper between subject and
verb ("that X, with assistance from Y, prepare ..."), an agenda item's title before its movers, a motion
that puts the item off ("be TABLED"); officials and forces named by their title ("the Finance Director",
"the Sheriff's Office", "les recteurs d'académie", "ekonomidirektören"); a circular's orders to "vous";
groups of officials with their circumscription ("les Gouverneurs de région et les Préfets"); "Celui-ci est
chargé"; a committee's own administration ("förvaltningen" in the barn- och utbildningsnämnd's protocol);
"..., och att X ska ..."; a matter returned with a task ("återremitteras till X med uppdrag att");
"..., while the investor must ..."; "wanted X to"; "is now required to" after an order told, and the
department it points back to named in the same sentence; a plan's label item by its unit's role ("Là cơ
quan thường trực"), a group label ("UBND các xã, phường:"), "Tổng hợp ..." as the item's verb, a group's
report due ("Các cơ quan, đơn vị báo cáo ... trước ngày"), "trước 30/6". And as no orders: a plan's aims
under its heading, "must become", a call on the whole political system. Texts written for these tests."""

import datetime

import pytest

from tests.extraction.conftest import codes, leads

# -- motions ---------------------------------------------------------------------------------------


def test_each_clause_of_a_motion_is_its_own_order(run):
    text = (
        "4. PARKS\n"
        "Moved by Councillor Reyes, seconded by Councillor Ames,\n"
        "that staff be directed to repair the boardwalk before May 15, 2026, and that the Fleet Services "
        "Division report back on the cost of a new mower. CARRIED.\n"
    )
    directives = run(text, language="en", meeting="2026-03-02").directives
    assert len(directives) == 2
    assert directives[1].text.startswith("that the Fleet Services Division report back")
    assert [d.deadline for d in directives] == [datetime.date(2026, 5, 15), None]


def test_a_motion_clause_that_receives_is_cut_from_the_order_after_it(run):
    text = (
        "Moved by Councillor Ames, seconded by Councillor Reyes, that the 2025 water quality report be received "
        "and filed, and that the Health Department be directed to sample every school fountain by June 1, "
        "2026. CARRIED.\n"
    )
    directives = run(text, language="en", meeting="2026-03-02").directives
    assert [d.text[:24] for d in directives] == ["that the Health Departme"]
    assert leads(directives) == ["SYT"]


def test_a_helper_between_the_motion_clause_subject_and_its_verb(one):
    text = (
        "Moved by Councillor Ames, seconded by Councillor Reyes, that the Health Department, in "
        "consultation with the Finance Department, prepare a clinic budget. CARRIED."
    )
    directive = one(text, language="en")
    assert codes([directive.lead]) == ["SYT"] and codes(directive.coordinating) == ["STC"]
    directive = one("THAT the Health Department, with help from the Finance Department, draft a plan.", "en")
    assert codes(directive.coordinating) == ["STC"]


@pytest.mark.parametrize(
    "text",
    [
        # a motion that puts the item off: no task
        "Moved by Councillor Ames, seconded by Councillor Reyes, that the item be TABLED to the April 14, 2026 "
        "meeting. CARRIED.",
        "THAT the zoning amendment be deferred until the budget meeting.",
        # the body that moves approves: its decision
        "Moved by Councillor Ames, seconded by Councillor Reyes, that Council approve the grant, and that "
        "Council adopt the minutes. CARRIED.",
        # a narration's "and that" is no motion's clause
        "The engineer said that the culvert had been cleared and that the Works Yard was open again.",
    ],
)
def test_no_order_in_a_motion_that_defers_approves_or_a_narration(run, text):
    assert run(text, language="en").directives == []


def test_an_agenda_item_title_before_its_movers_is_no_order(run):
    text = (
        "6. NEW BUSINESS\n"
        "c) Draft noise bylaw review. Moved by Councillor Ames, seconded by Councillor Reyes, that the Justice "
        "Department prepare amendments to the noise bylaw. CARRIED.\n"
    )
    directives = run(text, language="en").directives
    assert [d.text[:5] for d in directives] == ["Moved"]
    assert leads(directives) == ["STP"]


# -- units named by an official's title -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "lead"),
    [
        ("The Finance Director was directed to process the transfer from the reserve.", "en", "STC"),
        ("That the Health Director report on the clinic hours.", "en", "SYT"),
        ("The Sheriff's Office was asked to prepare a plan for the fair.", "en", "CAT"),
        ("The County Sheriff was asked to increase patrols on Route 9.", "en", "CAT"),
        ("The Superintendent of Schools was asked to review the bus routes.", "en", "SGDDT"),
        ("Les recteurs d'académie rappelleront aux directeurs d'école les consignes de sécurité.", "fr", "SGDDT"),
        ("Ekonomidirektören ska redovisa prognosen varje månad.", "sv", "STC"),
        ("Utbildningschefen får i uppdrag att se över schemat.", "sv", "SGDDT"),
    ],
)
def test_an_official_by_title_stands_for_the_unit_of_the_field(one, text, language, lead):
    assert codes([one(text, language=language).lead]) == [lead]


def test_a_title_with_no_field_is_no_unit(one):
    assert one("The Executive Director was asked to prepare a plan.", language="en").lead is None


# -- French --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Je vous demande de transmettre la liste des sites avant le 1er mars 2026.", datetime.date(2026, 3, 1)),
        ("Je vous prie de réunir la cellule de crise dans les meilleurs délais.", None),
        ("Il vous revient de me faire parvenir un bilan au plus tard le 30 juin 2026.", datetime.date(2026, 6, 30)),
        ("Vous veillerez à ce que les centres disposent de stocks suffisants.", None),
        ("Vous vous assurerez que chaque commune a désigné un référent.", None),
    ],
)
def test_a_circular_gives_its_orders_to_vous(one, text, date):
    directive = one(text, language="fr", meeting="2026-01-15")
    assert directive.lead is None and directive.deadline == date


@pytest.mark.parametrize(
    "text",
    [
        "Vous trouverez ci-joint le calendrier des opérations.",
        "Vous serez informés des résultats de l'enquête.",
        "Vous pourrez solliciter l'appui des services de l'État.",
        "Je sais pouvoir compter sur votre pleine mobilisation.",
    ],
)
def test_vous_with_no_order(run, text):
    assert run(text, language="fr").directives == []


def test_groups_of_officials_with_their_circumscription(run):
    text = (
        "Décisions :\n"
        "- le Ministre de la Santé veillera à la disponibilité des vaccins ;\n"
        "- les préfets de département et les maires dresseront la liste des sites inondables.\n"
    )
    directives = run(text, language="fr").directives
    assert leads(directives) == ["SYT", None]
    assert directives[1].text.startswith("les préfets de département")


def test_celui_ci_is_the_unit_just_named(run):
    text = (
        "Le Conseil a adopté le projet de loi présenté par le Ministre de la Santé. Celui-ci est chargé, en "
        "rapport avec le Ministre des Finances, d'en préparer les textes d'application."
    )
    assert leads(run(text, language="fr").directives) == ["SYT"]
    text = "Le Ministre des Finances a présenté le plan. Ce dernier devra transmettre le rapport avant mars."
    assert leads(run(text, language="fr").directives) == ["STC"]


def test_celle_ci_of_a_thing_is_no_unit(run):
    text = "Le Ministre de la Santé a présenté une communication. Celle-ci devra être publiée."
    assert run(text, language="fr").directives == []


# -- Swedish -------------------------------------------------------------------------------------


def test_a_committees_administration_is_of_its_field(run):
    text = (
        "Sammanträdesprotokoll\n"
        "Kultur- och fritidsnämnden\n\n"
        "§ 12 Biblioteksplan\n"
        "Nämnden ger därutöver förvaltningen i uppdrag att ta fram en biblioteksplan.\n\n"
        "§ 13 Föreningsbidrag\n"
        "Förvaltningschefen får i uppdrag att redovisa bidragen.\n"
    )
    assert leads(run(text, language="sv").directives) == ["SVHTTDL", "SVHTTDL"]


def test_an_administration_with_no_committee_of_a_field_is_no_unit(run):
    text = "Protokoll\nKommunstyrelsen\n\nKommunstyrelsen ger förvaltningen i uppdrag att se över lokalerna.\n"
    assert leads(run(text, language="sv").directives) == [None]


def test_a_decisions_next_att_clause_with_its_own_subject(run):
    text = (
        "Kommunstyrelsen beslutar att uppdra åt kommundirektören att ta fram en åtgärdsplan, och att "
        "ekonomichefen varje kvartal ska rapportera utfallet till arbetsutskottet."
    )
    directives = run(text, language="sv").directives
    assert leads(directives) == [None, "STC"]


@pytest.mark.parametrize(
    ("text", "language", "lead"),
    [
        ("Ärendet återremitteras till kommundirektören med uppdrag att utreda kostnaderna.", "sv", None),
        ("Motionen återremitteras till byggnadsnämnden med uppdrag att lämna ett nytt förslag.", "sv", "SXD"),
        (
            "The application was referred back to the Finance Department with direction to review the fees.",
            "en",
            "STC",
        ),
    ],
)
def test_a_matter_returned_with_a_task(one, text, language, lead):
    assert leads([one(text, language=language)]) == [lead]


def test_a_members_motion_to_return_is_no_order(run):
    assert run("Anna Berg (S) yrkar att ärendet återremitteras.", language="sv").directives == []


# -- English reports -----------------------------------------------------------------------------


def test_a_contrast_gives_an_addressee_the_directory_does_not_hold(run):
    text = (
        "The Department of Construction was asked to finish the bypass by May 2026, while the contractor "
        "must add two crews and work at night."
    )
    directives = run(text, language="en", meeting="2026-02-01").directives
    assert leads(directives) == ["SXD", None]
    assert directives[1].text.startswith("the contractor must")


def test_a_contrast_with_no_one_to_act_stays_one_order(run):
    text = "The Department of Construction was asked to finish the bypass, while the weather must be watched."
    assert len(run(text, language="en").directives) == 1


def test_an_order_of_the_day_after_an_order_told(run):
    text = (
        "The Department of Construction must repair the school roof.\n\n"
        "In January the Provincial People's Committee had assigned the Department of Finance to review the "
        "fees; the Department is now required to submit the results by June 30, 2026."
    )
    directives = run(text, language="en", meeting="2026-03-01").directives
    assert leads(directives) == ["SXD", "STC"]
    assert directives[1].text.startswith("the Department is now required")
    assert directives[1].deadline == datetime.date(2026, 6, 30)


def test_wanted_someone_to_is_a_request(run):
    text = "The Chief Minister also wanted the Health Department to open two more clinics in each district."
    assert leads(run(text, language="en").directives) == ["SYT"]
    assert run("The Minister wanted to visit the new industrial park.", language="en").directives == []


@pytest.mark.parametrize(
    "text",
    [
        "He stressed that Ben Luc must become a logistics hub of the south.",
        "She said the district should remain a model for others.",
        "He called on the whole political system of the province to uphold the spirit of solidarity.",
        "She called upon the entire staff to serve the people wholeheartedly.",
    ],
)
def test_what_a_place_is_to_be_and_a_call_on_everyone_are_no_orders(run, text):
    assert run(text, language="en").directives == []


# -- plans ---------------------------------------------------------------------------------------


def test_a_plans_aims_are_no_orders(run):
    text = (
        "I. MỤC ĐÍCH, YÊU CẦU\n"
        "Chủ động phòng ngừa, không để dịch bệnh lây lan. Phấn đấu 100% trường học được kiểm tra.\n\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Y tế: Tổ chức giám sát dịch bệnh tại các trường học.\n"
    )
    assert leads(run(text, language="vi").directives) == ["SYT"]
    text = (
        "1. Objectives\n"
        "Ensure that no child misses the autumn vaccination.\n\n"
        "2. Tasks\n"
        "The Health Department shall open two mobile clinics.\n"
    )
    assert leads(run(text, language="en").directives) == ["SYT"]


def test_a_label_item_opened_by_its_units_role(run):
    text = (
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Tài chính: Là cơ quan đầu mối, chủ trì, đôn đốc các huyện thực hiện kế hoạch.\n"
        "2. Sở Y tế: Chỉ đạo các bệnh viện bảo đảm thuốc.\n"
    )
    assert leads(run(text, language="vi").directives) == ["STC", "SYT"]


def test_a_group_label_names_no_unit_of_the_item_before(run):
    text = (
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Y tế: Kiểm tra các cơ sở khám bệnh.\n"
        "2. UBND các xã, phường: Thống kê các hộ chăn nuôi; báo cáo kết quả.\n"
    )
    assert leads(run(text, language="vi").directives) == ["SYT", None]


def test_tong_hop_is_the_items_verb_and_its_report_the_final_deadline(run):
    text = (
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Tài chính: Hướng dẫn các địa phương lập dự toán trước ngày 31/3/2026. Tổng hợp kết quả, báo cáo "
        "UBND tỉnh trước "
        "ngày 15/12/2026.\n"
        "2. Sở Y tế: Chỉ đạo các bệnh viện bảo đảm thuốc.\n"
    )
    directives = run(text, language="vi", meeting="2026-01-10").directives
    assert leads(directives) == ["STC", "SYT"]
    assert directives[0].deadline == datetime.date(2026, 12, 15)


def test_a_day_and_month_after_truoc(one):
    directive = one("Sở Y tế hoàn thành việc rà soát trước 30/6.", language="vi", meeting="2026-01-10")
    assert directive.deadline == datetime.date(2026, 6, 30)


def test_a_groups_report_due(run):
    text = (
        "1. Sở Y tế kiểm tra các bếp ăn tập thể.\n\n"
        "Các cơ quan, đơn vị báo cáo kết quả về Sở Y tế trước ngày 30/9/2026.\n"
        "Định kỳ hằng quý (trước ngày 20 của tháng cuối quý), các sở, ngành gửi báo cáo về Sở Tài chính.\n"
    )
    directives = run(text, language="vi", meeting="2026-01-10").directives
    assert leads(directives) == ["SYT", None, None]
    assert directives[1].deadline == datetime.date(2026, 9, 30)


def test_a_groups_report_told_is_no_order(run):
    assert run("Các đơn vị báo cáo kết quả thực hiện trong năm qua.", language="vi").directives == []


def test_a_department_that_requires_those_it_oversees_leads(run):
    text = "Sở Y tế yêu cầu các bệnh viện bố trí kíp trực trong những ngày nghỉ lễ."
    assert leads(run(text, language="vi").directives) == ["SYT"]
    # the province's committee requiring businesses is the issuer's request: no department leads
    text = "UBND tỉnh yêu cầu các doanh nghiệp bảo đảm an toàn lao động."
    assert leads(run(text, language="vi").directives) == [None]


def test_a_list_that_opens_on_a_body_the_directory_does_not_hold(run):
    text = "Sở Y tế phối hợp với Trung tâm Kiểm soát bệnh tật, Sở Tài chính kiểm tra các bếp ăn."
    directive = run(text, language="vi").directives[0]
    assert codes([directive.lead]) == ["SYT"] and codes(directive.coordinating) == ["STC"]
    text = "Đề nghị Liên đoàn Lao động tỉnh, Sở Y tế tuyên truyền về an toàn thực phẩm."
    directive = run(text, language="vi").directives[0]
    assert directive.lead is None and codes(directive.coordinating) == ["SYT"]
    text = (
        "The Department of Construction shall, in cooperation with the Port Authority and the Department of "
        "Finance, dredge the channel."
    )
    assert codes(run(text, language="en").directives[0].coordinating) == ["STC"]


def test_a_persons_titles_in_apposition_are_no_list(run):
    text = (
        "Le Conseil a chargé le Vice-Premier Ministre, Ministre de la Santé, de coordonner la riposte contre "
        "l'épidémie."
    )
    assert leads(run(text, language="fr").directives) == ["SYT"]


def test_a_ministrys_departement_by_its_portfolio(one):
    text = (
        "La Direction générale de la Police nationale est chargée, en relation avec le département de "
        "l'Éducation nationale, de sécuriser les centres d'examen."
    )
    assert codes(one(text, language="fr").coordinating) == ["SGDDT"]
    # a territorial département is no unit
    assert one("Le préfet du département de l'Ardèche est chargé de réunir la cellule.", "fr").lead is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Định kỳ hằng quý (trước ngày 15/4) và năm (trước ngày 10/12/2026), các sở, ngành gửi báo cáo về Sở Y tế.",
            "vi",
        ),
        (
            "The Health Department shall report quarterly (by April 15, 2026) and annually (by December 10, "
            "2026) to the Council.",
            "en",
        ),
    ],
)
def test_a_periodic_report_and_the_years_the_years_is_the_deadline(one, text, language):
    assert one(text, language=language, meeting="2026-01-10").deadline == datetime.date(2026, 12, 10)


def test_a_year_named_after_va_is_no_annual_report(one):
    directive = one("Sở Y tế hoàn thành trước ngày 15/6/2026 và năm 2027 tiếp tục triển khai.", "vi", "2026-01-10")
    assert directive.deadline == datetime.date(2026, 6, 15)


def test_a_protocol_paragraphs_case_number_is_its_decisions_reference(run):
    text = (
        "Protokoll\nKultur- och fritidsnämnden\n\n"
        "§ 21 Simhallens öppettider\n"
        "Dnr KFN 2026/044\n"
        "Nämnden beslutar att\n"
        "1. förvaltningen får i uppdrag att utreda längre öppettider.\n\n"
        "§ 22 Sommarlovsaktiviteter\n"
        "Förvaltningschefen får i uppdrag att ordna aktiviteter under sommarlovet.\n\n"
        "§ 23 Bidrag, Dnr KFN/2025:0913\n"
        "Förvaltningen ska ta fram nya riktlinjer för föreningsbidrag.\n"
    )
    directives = run(text, language="sv", meeting="2026-02-01").directives
    assert [d.references for d in directives] == [["Dnr KFN 2026/044"], [], ["Dnr KFN/2025:0913"]]
