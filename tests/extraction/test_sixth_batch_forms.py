"""Orders in the forms a sixth batch of texts written after the rules showed them: a French passive
still to be done with its agent ("devra être achevée par le Ministère de X", "seront mises en œuvre
par"), a circular's first person ("J'instruis le Ministre de"), a duty put impersonally ("Il revient
à la direction de X de", "Il lui a été demandé de"), "veilleront, chacun en ce qui le concerne, à",
a ministry named with its several portfolios ("Ministre de la Santé publique, de l'Hygiène et de la
Prévoyance sociale") or by a French administration's "direction", a minister named in a heading, a
motion printed in capitals after its mover; what is not an order (an appointment in a list of
decisions, a call for an attitude, a letter's addressees, a warning that the next clause turns into
a task); deadlines: an event named with its date ("avant la rentrée du 1er septembre", "trước khai
giảng (05/9/2025)"), a delay counted from a receipt. Texts written for these tests."""

import datetime

import pytest

from tests.extraction.conftest import codes


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Le recensement des forages devra être terminé par le Ministère de l'Agriculture avant la saison.", "SNNMT"),
        ("Des contrôles sanitaires seront organisés par le Ministère de la Santé dans les gares routières.", "SYT"),
        ("J'instruis le Ministre de la Justice de réviser le barème des frais de greffe.", "STP"),
        ("Il appartient au Département des finances de publier les taux de change chaque mois.", "STC"),
        ("Il revient à la direction de la santé d'inspecter les cantines des internats.", "SYT"),
        ("La direction de la construction vérifiera la solidité des passerelles avant les crues.", "SXD"),
        (
            "Le Ministre de la Santé publique, de l'Hygiène et de la Prévoyance sociale est chargé de vacciner les "
            "éleveurs.",
            "SYT",
        ),
        ("Le Ministre de l'Éducation nationale et de la Citoyenneté a été instruit de recruter des maîtres.", "SGDDT"),
        (
            "Le Ministre de la Construction, du Logement et de l'Urbanisme publiera, en liaison avec les maires, la "
            "carte des zones inondables.",
            "SXD",
        ),
    ],
)
def test_orders_and_their_lead(one, text, lead):
    assert codes([one(text, language="fr").lead]) == [lead]


def test_two_ministers_with_an_aside_before_the_verb(one):
    directive = one(
        "Le Ministre de la Santé publique et le Ministre de l'Éducation de base veilleront, chacun en ce qui le "
        "concerne, à ce que les écoles disposent d'eau potable.",
        language="fr",
    )
    assert codes([directive.lead]) == ["SYT"]
    assert codes(directive.coordinating) == ["SGDDT"]


def test_a_request_to_a_pronoun_put_impersonally(run):
    text = (
        "III.2. Ministre des Finances\n"
        "Le Ministre des Finances a présenté l'état des recettes douanières. Le Conseil en a pris acte. Il lui a "
        "été demandé d'en publier le détail par poste frontalier.\n"
    )
    directives = run(text, language="fr").directives
    assert [codes([d.lead]) for d in directives] == [["STC"]]


def test_an_item_of_a_record_named_by_its_direction(run):
    text = "Relevé des décisions :\n– direction des finances : chiffrer d'ici au 15 mai la prime de risque ;\n"
    directives = run(text, language="fr", meeting="2025-05-02").directives
    assert [codes([d.lead]) for d in directives] == [["STC"]]
    assert directives[0].deadline == datetime.date(2025, 5, 15)


def test_a_motion_in_capitals_after_its_mover(run):
    text = (
        "6.1 Library Hours\n"
        "Moved by Councillor Ross, seconded by Councillor Patel,\n"
        "THAT the Education Department review the summer opening hours of the branch libraries by May 30, 2026.\n"
        "CARRIED\n"
    )
    directives = run(text, language="en", meeting="2026-02-10").directives
    assert [codes([d.lead]) for d in directives] == [["SGDDT"]]
    assert directives[0].text.startswith("THAT the Education Department")
    assert directives[0].deadline == datetime.date(2026, 5, 30)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Le Président de la République a pris les décisions suivantes :\n"
            "Madame Awa DIOP, ingénieure, est nommée Directrice des Pêches au Ministère de l'Agriculture.\n",
            "fr",
        ),
        ("Le Premier Ministre a invité les ministres à faire preuve de sobriété dans leurs dépenses.", "fr"),
        (
            "Kính gửi:\n- Sở Y tế;\n- Sở Tài chính;\n- UBND các huyện, thị xã, thành phố.\n\n"
            "Năm 2024, toàn tỉnh đã tiêm 12.000 liều vắc xin.",
            "vi",
        ),
    ],
)
def test_not_orders(run, text, language):
    assert run(text, language=language).directives == []


def test_a_warning_then_a_task_after_the_semicolon(run):
    text = (
        "Chủ tịch UBND tỉnh yêu cầu:\n"
        "1. Sở Y tế kiểm tra các cơ sở giết mổ.\n"
        "2. UBND các huyện, thị xã, thành phố chịu trách nhiệm nếu để dịch lan rộng; thành lập tổ kiểm tra liên "
        "ngành.\n"
    )
    directives = run(text, language="vi").directives
    assert [codes([d.lead]) if d.lead else None for d in directives] == [["SYT"], None]
    assert directives[1].text.endswith("thành lập tổ kiểm tra liên ngành")


@pytest.mark.parametrize(
    ("text", "language", "deadline"),
    [
        (
            "Le Ministre de la Santé veillera à livrer les moustiquaires avant la rentrée scolaire du 2 octobre 2025.",
            "fr",
            "2025-10-02",
        ),
        (
            "The Department of Health shall train the school nurses before the school opening of 5 September 2025.",
            "en",
            "2025-09-05",
        ),
        ("Sở Y tế kiểm tra các bếp ăn bán trú; xong trước khai giảng năm học (05/9/2025).", "vi", "2025-09-05"),
        ("Giao Sở Tài chính thẩm định hồ sơ hỗ trợ, hoàn thành trong 10 ngày kể từ ngày nhận đủ hồ sơ.", "vi", None),
        ("The Department of Finance shall pay each claim within 30 days of receipt of the invoice.", "en", None),
    ],
)
def test_deadline_forms(one, text, language, deadline):
    expected = datetime.date.fromisoformat(deadline) if deadline else None
    assert one(text, language=language, meeting="2025-08-01").deadline == expected
