"""Orders in the forms an eleventh batch of texts written after the rules showed them: units named by an
official's title ("the Medical Officer of Health", "the City Solicitor", "the Commissioner, Finance"), by
"X Services", by urban development, security or the budget as a field, by a Swedish compound whose first
part is the field ("Polismyndigheten", "kultur- och fritidsnämnden"); a fuzzy field word keeps its first
letter ("information" is not "formation") and four letters are no start of a longer word ("tran" of
"transports"); a head addressed for the unit ("giao Giám đốc Sở X"); a service or force with the future in
a circular ("Le SDIS vérifiera", "La gendarmerie et la police nationale renforceront", "Elle assurera");
"est, quant à lui, chargé de"; a referral to a unit the directory does not hold, or in the active
("remittera ärendet till X"); the answer a referral asks for, a part of the assignment, or the lead agency by
its role as a deadline sentence; "Đồng thời, Sở ..." as an order of its own; "Chỉ đạo X ..." with no subject
for the unit before; a list going on past an item's second sentence; a sub-item's number ("2.1."). And as
no orders: what participants ask before a record's conclusions heading, an exhortation to officials at large,
a table's last cells, a report received for information, an order told with a month ("In March, ...
assigned") or an aside ("avait, lors de la réunion du ..., demandé"), the time just past ("Thời gian qua,
... đã"). Texts written for these tests."""

import datetime

import pytest

from tests.extraction.conftest import codes, leads


@pytest.mark.parametrize(
    ("text", "language", "lead"),
    [
        # an official's title for the unit of its field
        ("That the Medical Officer of Health BE DIRECTED to report on heat-related illness.", "en", "SYT"),
        ("The Chief Medical Officer was asked to review the vaccination schedule.", "en", "SYT"),
        ("That the Chief of Police BE REQUESTED to increase patrols near the schools.", "en", "CAT"),
        ("That the Town Solicitor BE DIRECTED to draft an amendment to the noise by-law.", "en", "STP"),
        ("The City Treasurer was instructed to prepare the tax arrears list.", "en", "STC"),
        ("That the Commissioner, Finance BE DIRECTED to report on the reserve funds.", "en", "STC"),
        ("That the Commissioner of Health BE ASKED to report on the clinics.", "en", "SYT"),
        # "X Services" naming a field
        ("That Community Health Services BE DIRECTED to extend the clinic hours.", "en", "SYT"),
        # urban development as construction
        ("The Ministry of Urban Development was tasked with surveying the new township.", "en", "SXD"),
        ("The Urban Planning Department was asked to revise the zoning map.", "en", "SXD"),
        # security as the police where the directory holds no unit of security; the budget as finance
        ("The Ministry of Public Security was asked to secure the border crossings.", "en", "CAT"),
        ("Le Ministre de la Sécurité est chargé de sécuriser les convois.", "fr", "CAT"),
        ("Le Conseil a demandé au Ministre du Budget de dégager les crédits nécessaires.", "fr", "STC"),
        # a field word of another language's alias that only looks like it: information is not formation
        ("The ministry of information and culture was asked to run awareness programmes.", "en", "SVHTTDL"),
        ("Le Ministre de l'Information et de la Culture est chargé de la campagne.", "fr", "SVHTTDL"),
        # a Swedish compound whose first part names the field
        ("Polismyndigheten ska öka kontrollerna vid skolorna.", "sv", "CAT"),
        ("Ekonomikontoret ska beräkna kostnaderna inför budget 2027.", "sv", "STC"),
        ("Stadsbyggnadskontoret får i uppdrag att ta fram ett planprogram.", "sv", "SXD"),
        ("Kommunstyrelsen uppmanar fritids- och kulturnämnden att minska sina kostnader.", "sv", "SVHTTDL"),
        ("Utbildningsförvaltningen ska redovisa elevernas resultat.", "sv", "SGDDT"),
        # the head addressed by a request answers for the unit
        ("Kết luận:\n- Giao Giám đốc Sở Y tế kiểm tra các cơ sở khám bệnh tư nhân.", "vi", "SYT"),
        ("Kết luận:\n- Yêu cầu Giám đốc Sở Tài chính rà soát chi phí vận hành.", "vi", "STC"),
    ],
)
def test_units_named_by_a_title_a_field_or_a_compound(one, text, language, lead):
    assert codes([one(text, language=language).lead]) == [lead]


def test_swedish_compounds_name_the_units_a_study_consults(one):
    text = "Utredaren ska samråda med Folkhälsomyndigheten och Polismyndigheten."
    assert sorted(codes(one(text, language="sv").coordinating)) == ["CAT", "SYT"]


@pytest.mark.parametrize(
    "text",
    [
        # four letters of a longer word are no start of it ("tran" of "Mặt trận" is not "transports")
        "Le Chef de l'Etat a chargé le Ministre des Transports et Voies de Communication de proposer un plan.",
        # "Sécurité sociale" keeps a word no unit holds
        "Le Ministre de la Sécurité sociale est chargé de verser les pensions.",
    ],
)
def test_a_portfolio_no_unit_holds_is_no_unit(one, text):
    assert one(text, language="fr").lead is None


@pytest.mark.parametrize(
    ("text", "language", "heading"),
    [
        (
            "BIÊN BẢN HỌP\n\nII. THÀNH PHẦN\n- Tham dự: lãnh đạo các sở: Y tế, Tài chính; Công an tỉnh.\n\n"
            "2. Ý kiến của các đại biểu:\n- Đại diện UBND thành phố Cẩm Phả: đề nghị Sở Tài chính sớm bố trí "
            "kinh phí sửa chữa trạm y tế.\n\n3. Kết luận của đồng chí Chủ tịch UBND tỉnh\n- Giao Sở Y tế kiểm tra "
            "các trạm y tế xuống cấp, báo cáo trước ngày 30/9/2026.\n",
            "vi",
            "SYT",
        ),
        (
            "Record of the meeting\n\nDiscussion\nThe district representative requested the Department of "
            "Finance to release the repair funds early.\n\nConclusions\nThe Department of Health shall inspect "
            "the clinics by 30 September 2026.\n",
            "en",
            "SYT",
        ),
        (
            "Compte rendu\n\nLe maire de Cam Pha a demandé au Département des finances de débloquer les "
            "crédits.\n\nConclusions de la réunion\nLe Département de la santé inspectera les centres de santé "
            "avant le 30 septembre 2026.\n",
            "fr",
            "SYT",
        ),
        (
            "Protokoll\n\nÖverläggning\nRepresentanten för Ha Long bad finansdepartementet att betala ut medlen "
            "tidigt.\n\nSlutsatser\nHälsodepartementet ska inspektera klinikerna senast den 30 september 2026.\n",
            "sv",
            "SYT",
        ),
    ],
)
def test_what_participants_ask_before_the_conclusions_is_no_order(run, text, language, heading):
    assert leads(run(text, language=language, meeting="2026-09-01").directives) == [heading]


@pytest.mark.parametrize(
    ("text", "language", "leads_"),
    [
        (
            "Dans ce contexte, j'ai arrêté les mesures suivantes :\n\n1. Le SAMU vérifiera, en lien avec les "
            "hôpitaux, la disponibilité des lits.\n\n2. La gendarmerie et la police nationale renforceront leurs "
            "contrôles routiers.\n\n3. La direction départementale des territoires mettra à jour la carte des "
            "zones inondables. Elle transmettra ensuite la carte aux maires.\n",
            "fr",
            [None, "CAT", None, None],
        ),
    ],
)
def test_a_service_or_force_and_the_future_in_a_circular(run, text, language, leads_):
    assert leads(run(text, language=language).directives) == leads_


def test_a_quantity_to_come_is_no_service_with_its_task(run):
    text = "Le ministre a présenté la situation. Le PIB progressera de 4 % en 2026. La TVA passera à 18 %."
    assert run(text, language="fr").directives == []


def test_a_tables_last_cell_that_names_a_unit_and_a_task_is_kept(run):
    text = (
        "Date | Action | Status |\n"
        "May 4, 2026 | That the Finance Department BE DIRECTED to pay the arrears. | Health Department to follow up |\n"
    )
    assert leads(run(text, language="en").directives) == ["STC", "SYT"]


@pytest.mark.parametrize(
    "text",
    [
        "Le Ministre des Finances est, quant à lui, chargé de dégager les crédits.",
        "Les Ministres des Finances et de la Santé sont, pour leur part, chargés de dégager les crédits.",
    ],
)
def test_an_aside_between_est_and_charge(one, text):
    assert codes([one(text, language="fr").lead]) == ["STC"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Governor urged all civil servants to report for duty on time throughout the winter.", "en"),
        ("The cabinet called on all officials to serve the people with honesty.", "en"),
        ("Le Président a exhorté tous les agents publics à servir avec intégrité.", "fr"),
    ],
)
def test_an_exhortation_to_officials_at_large_is_no_order(run, text, language):
    assert run(text, language=language).directives == []


def test_an_exhortation_that_names_a_unit_is_an_order(one):
    text = "The Governor urged the Health Department to open night clinics."
    assert codes([one(text, language="en").lead]) == ["SYT"]


def test_a_log_of_motions_in_a_table(run):
    text = (
        "Date | Resolution | Action | Status |\n"
        "May 4, 2026 | R12/2026 | That the Health Department BE DIRECTED to open a cooling centre. | Pending |\n"
        "May 4, 2026 | R13/2026 | That the petition for a crosswalk BE REFERRED to Traffic Operations staff "
        "for a report. | |\n"
        "May 4, 2026 | R14/2026 | That the Finance Department BE DIRECTED to report on arrears; and further, "
        "That the report of the Treasurer dated April 2, 2026 BE RECEIVED for information. | Done |\n"
    )
    directives = run(text, language="en", meeting="2026-05-04").directives
    assert leads(directives) == ["SYT", None, "STC"]
    assert "RECEIVED" not in directives[2].text and "Pending" not in directives[0].text


@pytest.mark.parametrize(
    ("text", "language", "lead"),
    [
        ("Kommunstyrelsen beslutar att remittera motionen till byggnadsnämnden för yttrande.", "sv", "SXD"),
        ("Le Conseil décide de renvoyer le dossier au Département de la santé pour avis.", "fr", "SYT"),
    ],
)
def test_a_matter_referred_in_the_active(one, text, language, lead):
    assert codes([one(text, language=language).lead]) == [lead]


@pytest.mark.parametrize(
    ("text", "language", "meeting", "date"),
    [
        (
            "Trafikverket ska även analysera vilka hinder som finns i väglagen. Den delen av uppdraget ska "
            "redovisas senast den 1 april 2027.",
            "sv",
            "2026-09-01",
            datetime.date(2027, 4, 1),
        ),
        (
            "Kommunstyrelsen beslutar att remittera ärendet till byggnadsnämnden för yttrande. Yttrandet ska ha "
            "kommit in senast den 20 oktober 2026.",
            "sv",
            "2026-09-01",
            datetime.date(2026, 10, 20),
        ),
        (
            "Kết luận:\n- Giao Sở Y tế phối hợp với Sở Tài chính rà soát giá dịch vụ. Cơ quan chủ trì tổng hợp "
            "kết quả, báo cáo UBND tỉnh trước ngày 15/10/2026.",
            "vi",
            "2026-09-01",
            datetime.date(2026, 10, 15),
        ),
    ],
)
def test_a_sentence_that_only_dates_the_order_joins_it(one, text, language, meeting, date):
    assert one(text, language=language, meeting=meeting).deadline == date


def test_a_sub_items_number_is_no_unit(run):
    text = (
        "Kết luận như sau:\n\n2.1. Giao Sở Y tế kiểm tra các trạm y tế.\n\n"
        "2.2. Sở Tài chính bố trí kinh phí sửa chữa.\n"
    )
    assert leads(run(text, language="vi").directives) == ["SYT", "STC"]


def test_a_task_added_at_the_same_time_is_an_order_of_its_own(run):
    text = (
        "Kết luận:\n1. Sở Y tế hoàn thành kế hoạch tiêm chủng trước ngày 30/6/2026. Đồng thời, Sở đôn đốc "
        "các bệnh viện hoàn thành hệ thống xử lý nước thải trong quý III/2026.\n"
    )
    directives = run(text, language="vi", meeting="2026-05-14").directives
    assert leads(directives) == ["SYT", "SYT"]
    assert [d.deadline for d in directives] == [datetime.date(2026, 6, 30), datetime.date(2026, 9, 30)]


def test_directing_with_no_subject_is_the_unit_before_and_the_list_goes_on(run):
    text = (
        "Chủ tịch UBND tỉnh yêu cầu:\n\n1. Sở Y tế chủ trì rà soát các cơ sở khám bệnh, hoàn thành trước "
        "ngày 10/5/2026. Chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh giám sát chặt chẽ các ổ dịch.\n\n"
        "2. Bộ Chỉ huy Quân sự tỉnh tăng cường lực lượng hỗ trợ phun thuốc khử khuẩn.\n"
    )
    directives = run(text, language="vi", meeting="2026-04-20").directives
    assert leads(directives) == ["SYT", "SYT", None]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In February, the Provincial People's Committee asked the Department of Health to survey the "
            "clinics; the survey is complete.",
            "en",
        ),
        ("En février dernier, le Conseil a demandé au Ministre de la Santé de recenser les centres.", "fr"),
        (
            "Le Président a rappelé qu'il avait, lors de la réunion du 3 mars 2026, demandé au Ministre de la "
            "Santé de recenser les centres.",
            "fr",
        ),
    ],
)
def test_an_order_told_with_its_month_or_an_aside_is_no_order(run, text, language):
    assert run(text, language=language).directives == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Chủ tịch UBND tỉnh có ý kiến như sau:\n\nThời gian qua, các địa phương ven biển đã triển khai nhiều "
            "biện pháp quản lý tàu cá, không để xảy ra vi phạm.\n",
            "vi",
        ),
    ],
)
def test_the_time_just_past_is_told(run, text, language):
    assert run(text, language=language).directives == []


def test_a_necessity_of_the_time_to_come_is_still_an_order(run):
    text = "Chủ tịch UBND tỉnh có ý kiến như sau:\n\nThời gian tới, Sở Y tế cần tăng cường kiểm tra các cơ sở.\n"
    assert leads(run(text, language="vi").directives) == ["SYT"]
