"""The seventh and eighth batches' narrow rules in the other wordings and languages that say the same
thing: a table's row whose responsible unit is given under another label or in another language; an
exhortation to go on as before with other verbs ("maintain", "keep up", "rester", "upprätthålla", "tiếp
tục duy trì"); a past period's results opened by a period other than a year ("In the first nine months of
2025,", "Au cours du premier semestre 2025,", "Under det första halvåret,", "9 tháng đầu năm 2025,"); the
document's own date in an English or Swedish heading for a delay counted from it; a decision that names
who acts, a quoted order, a second order added, a unit that reports, an approval, a connector before the
subject, and deadlines ("by the end of April", "fin avril", "i slutet av april", "inom en månad", "trong
vòng một tháng") in the four languages. Texts written for these tests."""

import datetime

import pytest

from tests.extraction.conftest import codes


def leads(directives):
    return [codes([d.lead]) if d.lead else None for d in directives]


# --- a table of measures turned to text, in the four languages and with other labels ---------------------


@pytest.mark.parametrize(
    ("text", "language", "lead", "deadline"),
    [
        (
            "Measures agreed:\n\nMeasure 1 – Inspection of school canteens\nLead department: Health Department\n"
            "Deadline: 15 March 2026\n",
            "en",
            "SYT",
            "2026-03-15",
        ),
        (
            "Mesures arrêtées :\n\nMesure 1 – Recensement des ponts\nPilote : Département de la construction\n"
            "Délai : 30 avril 2026\n",
            "fr",
            "SXD",
            "2026-04-30",
        ),
        (
            "Åtgärder:\n\nÅtgärd 1 – Inventering av skolornas ventilation\nAnsvarig: byggdepartementet\n"
            "Klart senast: 31 maj 2026\n",
            "sv",
            "SXD",
            "2026-05-31",
        ),
        (
            "Các nhiệm vụ cụ thể:\n\nNhiệm vụ 1 – Kiểm tra bếp ăn tập thể\nĐơn vị chủ trì: Sở Y tế\n"
            "Thời hạn: 15/3/2026\n",
            "vi",
            "SYT",
            "2026-03-15",
        ),
    ],
)
def test_a_table_row_in_four_languages(run, text, language, lead, deadline):
    directives = run(text, language=language, meeting="2026-02-02").directives
    assert leads(directives) == [[lead]]
    assert directives[0].deadline == datetime.date.fromisoformat(deadline)


# --- an exhortation to go on as before, addressed to no unit --------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Chairman urged residents to keep up their vigilance against dengue.", "en"),
        ("The Collector called on farmers to maintain the water-saving practices of last season.", "en"),
        ("Le Préfet a exhorté les populations à rester vigilantes pendant la saison des pluies.", "fr"),
        ("Le Gouverneur a appelé les commerçants à maintenir les prix actuels.", "fr"),
        ("Nämnden uppmanar vårdnadshavare att även i fortsättningen följa skolans rutiner.", "sv"),
        ("Kommunstyrelsen uppmanar föreningarna att upprätthålla sitt goda samarbete.", "sv"),
        ("Chủ tịch UBND tỉnh kêu gọi người dân tiếp tục duy trì các biện pháp phòng dịch.", "vi"),
    ],
)
def test_an_exhortation_to_go_on_is_no_order(run, text, language):
    assert run(text, language=language).directives == []


@pytest.mark.parametrize(
    ("text", "language", "lead"),
    [
        ("The Collector urged the Health Department to keep up the fogging in every ward.", "en", "SYT"),
        ("Le Préfet a invité le Département de la santé à maintenir les contrôles.", "fr", "SYT"),
    ],
)
def test_a_unit_urged_to_go_on_still_gets_its_task(one, text, language, lead):
    assert codes([one(text, language=language).lead]) == [lead]


# --- a past period's results, opened by other periods than a year ---------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The Vice Chairman concluded as follows:\n"
            "1. In the first nine months of 2025, the Health Department vaccinated 95% of children.\n"
            "2. The Finance Department shall release the vaccine funds before 30 November 2025.\n",
            "en",
        ),
        (
            "Le Préfet a arrêté les conclusions suivantes :\n"
            "1. Au cours du premier semestre 2025, le Département de la santé a vacciné 95 % des enfants.\n"
            "2. Le Département des finances débloquera les fonds avant le 30 novembre 2025.\n",
            "fr",
        ),
        (
            "Nämnden beslutar följande:\n"
            "1. Under första halvåret 2025 har hälsodepartementet vaccinerat 95 procent av barnen.\n"
            "2. Finansdepartementet ska betala ut medlen senast den 30 november 2025.\n",
            "sv",
        ),
        (
            "Phó Chủ tịch UBND tỉnh kết luận như sau:\n"
            "1. 9 tháng đầu năm 2025, Sở Y tế đã tiêm chủng cho 95% trẻ em.\n"
            "2. Giao Sở Tài chính cấp kinh phí mua vắc xin trước ngày 30/11/2025.\n",
            "vi",
        ),
        (
            "Phó Chủ tịch UBND tỉnh kết luận như sau:\n"
            "1. Thời gian qua, Sở Y tế đã chủ động triển khai tiêm chủng cho trẻ em.\n"
            "2. Giao Sở Tài chính cấp kinh phí mua vắc xin trước ngày 30/11/2025.\n",
            "vi",
        ),
    ],
)
def test_a_past_periods_results_are_no_order(run, text, language):
    directives = run(text, language=language, meeting="2025-10-15").directives
    assert leads(directives) == [["STC"]]


def test_a_period_that_opens_an_order_is_still_an_order(one):
    directive = one("Trong quý IV/2025, Sở Y tế hoàn thành tiêm chủng cho trẻ em.", language="vi")
    assert codes([directive.lead]) == ["SYT"]


# --- a delay counted from the document's own date -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "deadline"),
    [
        (
            "NOTICE\nHa Long, 9 February 2026\n\nThe Health Department shall inspect all pharmacies and report "
            "within 10 days from the date of this notice.",
            "en",
            "2026-02-19",
        ),
        (
            "Regeringsbeslut\nStockholm den 9 februari 2026\n\nHälsodepartementet får i uppdrag att kartlägga "
            "apoteken. Uppdraget ska redovisas inom 30 dagar från dagen för detta beslut.",
            "sv",
            "2026-03-11",
        ),
    ],
)
def test_a_delay_from_the_documents_date_in_english_and_swedish(one, text, language, deadline):
    assert one(text, language=language, meeting="2026-02-06").deadline == datetime.date.fromisoformat(deadline)


# --- decisions that name who acts, quoted orders, a second order added ---------------------------------


@pytest.mark.parametrize(
    ("text", "language", "lead"),
    [
        ("The meeting resolved that the Construction Department will repair the culverts.", "en", "SXD"),
        ("Il a été décidé que le Département des finances publiera les tarifs.", "fr", "STC"),
        ("Det beslutades att byggdepartementet ska reparera trummorna.", "sv", "SXD"),
        ("Mötet enades om att hälsodepartementet ska kontrollera vattnet i brunnarna.", "sv", "SYT"),
    ],
)
def test_a_decision_that_names_who_acts(one, text, language, lead):
    assert codes([one(text, language=language).lead]) == [lead]


@pytest.mark.parametrize(
    "text",
    [
        '"All drains must be cleared before the rains," said the Chief Minister.',
        '"All drains must be cleared before the rains," the Collector directed.',
    ],
)
def test_an_order_quoted_before_its_speaker(one, text):
    directive = one(text, language="en")
    assert directive.text.startswith('"All drains') and directive.lead is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The Collector asked the Health Department to open fever clinics and added that the Finance Department "
            "should release the funds.",
            "en",
        ),
        (
            "Le Préfet a demandé au Département de la santé d'ouvrir des centres, ajoutant que le Département des "
            "finances devra débloquer les fonds.",
            "fr",
        ),
    ],
)
def test_a_second_order_added(run, text, language):
    assert leads(run(text, language=language).directives) == [["SYT"], ["STC"]]


# --- a unit that reports, an approval, a member's proposal -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Health Department informs that the vaccine stocks will last until March.", "en"),
        ("Le Département de la santé signale que les stocks de vaccins dureront jusqu'en mars.", "fr"),
        ("Hälsodepartementet informerar om att vaccinlagren räcker till mars.", "sv"),
    ],
)
def test_a_unit_that_reports_is_no_order(run, text, language):
    assert run(text, language=language).directives == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Approved in principle the proposal of the Construction Department to build a rescue station.", "en"),
        ("Nhất trí với đề xuất của Sở Xây dựng về việc xây dựng trạm cứu hộ.", "vi"),
        ("Chấp thuận chủ trương để Sở Xây dựng lập dự án trạm cứu hộ.", "vi"),
        ("Lars Holm (M) föreslår att byggdepartementet ska utreda en ny simhall.", "sv"),
    ],
)
def test_an_approval_or_a_members_proposal_is_no_order(run, text, language):
    assert run(text, language=language).directives == []


@pytest.mark.parametrize(
    ("text", "language", "lead"),
    [
        ("Enfin, le Département de la santé publiera un bilan mensuel.", "fr", "SYT"),
        ("Finally, the Health Department will publish a monthly bulletin.", "en", "SYT"),
        ("Slutligen ska hälsodepartementet publicera en månatlig rapport.", "sv", "SYT"),
        ("De son côté, le Département des finances débloquera les crédits.", "fr", "STC"),
    ],
)
def test_a_connector_before_the_subject(one, text, language, lead):
    assert codes([one(text, language=language).lead]) == [lead]


# --- deadlines ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "deadline"),
    [
        ("The Finance Department shall audit the accounts by the end of April.", "en", "2026-04-30"),
        ("Le Département des finances auditera les comptes d'ici fin avril.", "fr", "2026-04-30"),
        ("Finansdepartementet ska granska räkenskaperna i slutet av april.", "sv", "2026-04-30"),
        ("Giao Sở Tài chính kiểm toán các khoản chi, hoàn thành cuối tháng 4/2026.", "vi", "2026-04-30"),
        ("The Finance Department shall audit the accounts within one month.", "en", "2026-03-10"),
        ("Finansdepartementet ska granska räkenskaperna inom en månad.", "sv", "2026-03-10"),
        ("Giao Sở Tài chính kiểm toán các khoản chi trong vòng một tháng.", "vi", "2026-03-10"),
        ("The Health Department shall test the beach water weekly, starting from 1 June 2026.", "en", None),
        ("Hälsodepartementet ska testa badvattnet varje vecka från och med den 1 juni 2026.", "sv", None),
        ("Giao Sở Y tế kiểm tra nước tắm biển hằng tuần, bắt đầu từ ngày 01/6/2026.", "vi", None),
    ],
)
def test_deadline_forms_in_four_languages(one, text, language, deadline):
    expected = datetime.date.fromisoformat(deadline) if deadline else None
    assert one(text, language=language, meeting="2026-02-10").deadline == expected
