"""Orders in the forms a ninth batch of texts written after the rules showed them: a council motion told
with its movers ("Motion by X, second by Y, to direct ...", "..., that X notify ..., and that Y apply
..."), "has been asked to", "was told to", a matter referred to a unit for an answer ("remitteras till X
för yttrande", "est renvoyé au X pour avis"), a Swedish decision's "att" clauses each on a line, a
necessity taken up by the next sentence's repeated subject ("... tillsynen ska skärpas. Tillsynen
genomförs av X"), a purpose before the subject ("À cet effet, le Ministre ..."), officials as a group
("Les ordonnateurs transmettront"), a list of committees as one subject, "noted that X should", a product
to be validated joining its order; and as no order a meeting record's heading fields ("Địa điểm:",
"Chủ trì:"), a participant's proposal or commitment ("Sở X đề nghị ...", "Nhà thầu cam kết"), a heading
or signature in capitals, a short numbered heading, an attitude asked of everyone ("phát huy tinh thần
trách nhiệm"). Texts written for these tests."""

import datetime

import pytest

from tests.extraction.conftest import codes


def leads(directives):
    return [codes([d.lead]) if d.lead else None for d in directives]


def test_motions_told_with_their_movers(run):
    text = (
        "7. PARKS\n"
        "Motion by Councilmember Reyes, seconded by Councilmember Hall, to direct the Culture, Sports and "
        "Tourism Department to draft a dog park policy by May 5, 2026. Motion carried 5-0.\n\n"
        "8. WATER\n"
        "Moved by Councilmember Hall, second by Councilmember Reyes, that the Health Department test every "
        "school fountain within 30 days, and that the Finance Department set aside funds for filters. "
        "Motion carried 4-1.\n\n"
        "9. SIGNS\n"
        "Motion by Councilmember Lee, second by Councilmember Hall, to refer the sign bylaw to the Justice "
        "Department for a legal opinion. Motion carried 5-0.\n"
    )
    directives = run(text, language="en", meeting="2026-03-03").directives
    assert leads(directives) == [["SVHTTDL"], ["SYT"], ["STC"], ["STP"]]
    assert [d.deadline for d in directives[:2]] == [datetime.date(2026, 5, 5), datetime.date(2026, 4, 2)]


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("The Education Department has been asked to repair the roofs of twelve schools.", "SGDDT"),
        ("The Justice Department was told to clear the pending land cases.", "STP"),
        ("He noted that the Finance Department should settle the contractors' bills.", "STC"),
    ],
)
def test_english_orders_told_in_the_passive_or_reported(one, text, lead):
    assert codes([one(text, language="en").lead]) == [lead]


@pytest.mark.parametrize(
    ("text", "language", "lead"),
    [
        ("Skrivelsen remitteras till utbildningsdepartementet för yttrande.", "sv", "SGDDT"),
        ("Frågan överlämnas till byggdepartementet för beredning.", "sv", "SXD"),
        ("La requête est renvoyée au Département de la justice pour avis.", "fr", "STP"),
        ("The residents' letter was referred to the Health Department for a response.", "en", "SYT"),
    ],
)
def test_a_matter_referred_to_a_unit(one, text, language, lead):
    assert codes([one(text, language=language).lead]) == [lead]


def test_a_report_sent_for_information_is_no_referral(run):
    assert run("The audit was sent to the Finance Department for information.", language="en").directives == []


def test_a_swedish_decisions_att_clauses_each_on_a_line(run):
    text = (
        "§ 12 Skolskjuts\n"
        "Nämnden beslutar\n"
        "att uppdra åt utbildningsdepartementet att se över skolskjutsreglerna,\n"
        "att byggdepartementet ska förbättra belysningen vid hållplatserna, samt\n"
        "att förklara paragrafen omedelbart justerad.\n"
    )
    assert leads(run(text, language="sv").directives) == [["SGDDT"], ["SXD"]]


@pytest.mark.parametrize(
    ("text", "language", "lead", "start"),
    [
        (
            "Nämnden beslutar att kontrollen av badvattnet ska utökas. Kontrollen genomförs av hälsodepartementet.",
            "sv",
            "SYT",
            "Nämnden beslutar",
        ),
        (
            "Le Conseil a décidé que les inventaires des digues seront accélérés. Ces inventaires seront menés par "
            "le Département de l'agriculture et de l'environnement.",
            "fr",
            "SNNMT",
            "Le Conseil",
        ),
    ],
)
def test_a_necessity_taken_up_by_its_repeated_subject(one, text, language, lead, start):
    directive = one(text, language=language)
    assert codes([directive.lead]) == [lead]
    assert directive.text.startswith(start)


@pytest.mark.parametrize(
    ("text", "lead", "helpers"),
    [
        ("À cet effet, le Ministre de la Santé organisera une campagne de dépistage.", ["SYT"], []),
        ("Les ordonnateurs transmettront leurs états au plus tard le 10 mars 2026.", None, []),
        (
            "Les Comités populaires de Ha Long et de Cam Pha recenseront les logements insalubres.",
            ["UBND-HALONG"],
            ["UBND-CAMPHA"],
        ),
    ],
)
def test_french_subjects_after_a_purpose_or_as_a_group(one, text, lead, helpers):
    directive = one(text, language="fr")
    assert (codes([directive.lead]) if directive.lead else None) == lead
    assert codes(directive.coordinating) == helpers


def test_an_english_list_of_committees_as_one_subject(one):
    directive = one("The People's Committees of Mong Cai and Hai Ha will survey the border markets.", language="en")
    assert codes([directive.lead]) == ["UBND-MONGCAI"] and codes(directive.coordinating) == ["UBND-HAIHA"]


def test_a_product_to_be_validated_joins_its_order(one):
    directive = one(
        "Le Département de la santé préparera un plan canicule. Ce plan devra être validé par le Préfet avant le "
        "15 juin 2026.",
        language="fr",
        meeting="2026-05-04",
    )
    assert directive.deadline == datetime.date(2026, 6, 15)


def test_a_meeting_records_heading_fields_and_proposals_are_no_orders(run):
    text = (
        "BIÊN BẢN HỌP\n"
        "Thời gian: 8 giờ 00, ngày 12/3/2026.\n"
        "Địa điểm: Hội trường tầng 2, trụ sở UBND tỉnh.\n"
        "Chủ trì: đồng chí Chủ tịch UBND tỉnh.\n"
        "Thành phần: Sở Y tế, Sở Tài chính, Công an tỉnh.\n\n"
        "I. NỘI DUNG\n"
        "Sở Y tế đề nghị bổ sung kinh phí mua xe cứu thương trước ngày 30/4/2026.\n"
        "Nhà cung cấp cam kết giao xe trong tháng 5.\n\n"
        "II. KẾT LUẬN CỦA CHỦ TRÌ\n"
        "1. Tình hình chung\n"
        "2. Sở Tài chính thẩm định kinh phí mua xe cứu thương, trình UBND tỉnh trước ngày 15/4/2026.\n"
        "3. Đề nghị các đơn vị phát huy tinh thần trách nhiệm trong công tác cấp cứu.\n\n"
        "THƯ KÝ                    CHỦ TRÌ\n"
    )
    directives = run(text, language="vi", meeting="2026-03-12").directives
    assert leads(directives) == [["STC"]]
    assert directives[0].deadline == datetime.date(2026, 4, 15)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Health Department proposed to build a second clinic before the rainy season.", "en"),
        ("Le Département de la construction propose de reporter les travaux au mois de juin.", "fr"),
    ],
)
def test_a_units_own_proposal_is_no_order(run, text, language):
    assert run(text, language=language).directives == []
