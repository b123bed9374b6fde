"""Orders in the forms an eighth batch of texts written after the rules showed them: English orders told
in the passive ("Orders were issued to X to"), in a decision ("It was decided that X would"), quoted
before their speaker ('"... must be ...," he said, adding that X should'), a motion's bare verb ("That
X bring forward") and a referral ("be referred to X for a response"); a table of measures turned to
text ("Responsable : X", "Échéance : ..."); French orders to each of a group ("Chaque Ministre
désignera"), after a connector ("Par ailleurs, le Ministre de X fera"), to a bare "au Ministre de"
and a verb, to a ministry of public works, past a qualifier the name left out ("... de la Sécurité
publique prendra"), told as a necessity then taken up ("Cette opération sera conduite par X");
Swedish "uppdra åt", "uppdras att", "Vidare får X i uppdrag", a product handed over in the passive
("Programmet redovisas vid ..."); and as no order a status in a list of actions, a unit that reminds or
reports, a member's motion ("yrkar att"), an exhortation to go on as before, an approval ("Đồng ý về
chủ trương"), a road junction ("nút giao"), a past period's results, a title line, a warning ("this
should not be repeated"). Deadlines: "dans un délai d'un mois", "à la fin du mois d'avril", a start
("beginning in April") as none, a table's deadline column, a delay from the notice's signature. Texts
written for these tests."""

import datetime

import pytest

from tests.extraction.conftest import codes


def leads(directives):
    return [codes([d.lead]) if d.lead else None for d in directives]


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Orders were issued to the Finance Department to clear the pending pension files.", "STC"),
        ("Instructions have been given to the Health Department to open fever clinics in every block.", "SYT"),
        ("It was decided that the Construction Department would repaint the school buses' stops.", "SXD"),
        ("The cabinet agreed that the Education Department will hire 200 remedial teachers.", "SGDDT"),
    ],
)
def test_english_orders_in_the_passive_or_in_a_decision(one, text, lead):
    assert codes([one(text, language="en").lead]) == [lead]


def test_a_quoted_order_then_a_second_one_added(run):
    text = (
        '"Every ration shop must stock wheat for two months," the Chief Minister said, adding that the Finance '
        "Department should clear the dealers' dues."
    )
    directives = run(text, language="en").directives
    assert leads(directives) == [None, ["STC"]]
    assert directives[0].text.endswith("the Chief Minister said")


@pytest.mark.parametrize(
    "text",
    [
        "He said that last year the canal had overflowed twice, and this should not be repeated.",
        "The Chief Minister urged all citizens to continue saving water during the summer.",
    ],
)
def test_a_warning_or_an_exhortation_is_no_order(run, text):
    assert run(text, language="en").directives == []


def test_motions_with_a_bare_verb_or_a_referral(run):
    text = (
        "Moved by Councillor Diaz, seconded by Councillor Park\n"
        "THAT the Finance Department bring back a costed plan for new bike lanes;\n"
        "AND THAT the petition from the Elm Street residents be referred to the Construction Department for "
        "a report.\n"
        "CARRIED\n"
    )
    assert leads(run(text, language="en").directives) == [["STC"], ["SXD"]]


def test_an_item_that_gives_its_status_is_a_progress_report(run):
    text = (
        "OUTSTANDING ITEMS\n"
        "- Review of parking rates (Finance Department) - in progress, report due in June 2026.\n"
        "- Repair of the library roof (Construction Department) - completed in March 2026.\n"
    )
    assert run(text, language="en", meeting="2026-04-07").directives == []


def test_a_table_of_measures_turned_to_text(run):
    text = (
        "Les mesures suivantes ont été retenues :\n\n"
        "Action 1 – Inventaire des ponts fragilisés par les crues\n"
        "Responsable : Département de la construction, avec la Police provinciale\n"
        "Échéance : 5 mars 2026\n\n"
        "Action 2 – Contrôle des prix du ciment\n"
        "Responsable : Département de l'industrie et du commerce\n"
        "Échéance : dans un délai de dix jours\n"
    )
    directives = run(text, language="fr", meeting="2026-02-02").directives
    assert leads(directives) == [["SXD"], ["SCT"]]
    assert codes(directives[0].coordinating) == ["CAT"]
    assert [d.deadline for d in directives] == [datetime.date(2026, 3, 5), datetime.date(2026, 2, 12)]
    assert directives[0].text.startswith("Action 1") and directives[0].text.endswith("5 mars 2026")


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Par ailleurs, le Ministre de la Justice fera le point sur les détentions provisoires.", "STP"),
        ("Le Ministre des Infrastructures et des Travaux publics transmettra le rapport sur les digues.", "SXD"),
        ("Le Ministre de la Santé publique organisera une campagne de dépistage dans les écoles.", "SYT"),
        ("Chaque Ministre désignera un correspondant pour le recensement.", None),
    ],
)
def test_french_units_before_a_verb_in_the_future(one, text, lead):
    directive = one(text, language="fr")
    assert (codes([directive.lead]) if directive.lead else None) == ([lead] if lead else None)


def test_a_bare_minister_with_de_and_a_verb_is_the_one_who_reported(run):
    text = (
        "Le Ministre du Commerce a présenté la situation des stocks de sucre. Le Conseil a demandé au Ministre "
        "de publier chaque semaine les prix de gros."
    )
    assert leads(run(text, language="fr").directives) == [["SCT"]]


def test_an_order_told_as_a_necessity_then_taken_up(one):
    directive = one(
        "Le Président a rappelé que les manuels devront être livrés aux écoles avant le 20 septembre 2025. "
        "Cette distribution sera conduite par le Ministre de l'Éducation nationale.",
        language="fr",
        meeting="2025-09-03",
    )
    assert codes([directive.lead]) == ["SGDDT"]
    assert directive.text.startswith("Le Président a rappelé")
    assert directive.deadline == datetime.date(2025, 9, 20)


def test_a_unit_that_reminds_and_a_title_line_are_no_orders(run):
    text = (
        "RELEVÉ DE DÉCISIONS\n"
        "Groupe de travail « Eau potable des écoles »\n\n"
        "1. Le Département de la santé rappelle que l'eau des puits doit être analysée chaque année.\n"
        "2. Le Département de la construction réparera les citernes avant le 30 juin 2026.\n"
    )
    directives = run(text, language="fr", meeting="2026-03-02").directives
    assert leads(directives) == [["SXD"]]


def test_joint_checks_with_the_police(one):
    directive = one(
        "Le Ministre du Commerce organisera des contrôles conjoints avec la Police nationale dans les marchés.",
        language="fr",
    )
    assert codes(directive.coordinating) == ["CAT"]


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Nämnden beslutar att uppdra åt finansdepartementet att se över taxorna.", "STC"),
        ("Utbildningsdepartementet uppdras att utreda behovet av fler förskoleplatser.", "SGDDT"),
        ("Regeringen beslutar följande. Vidare får hälsodepartementet i uppdrag att kartlägga vaccinlagren.", "SYT"),
    ],
)
def test_swedish_assignments(one, text, lead):
    assert codes([one(text, language="sv").lead]) == [lead]


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        (
            "Byggdepartementet får i uppdrag att ta fram en plan för gatubelysningen. Planen ska presenteras för "
            "nämnden senast i april 2026.",
            "2026-04-30",
        ),
        (
            "Hälsodepartementet ges i uppdrag att ta fram ett program för äldres hälsa. Programmet redovisas vid "
            "nämndens sammanträde den 3 mars 2026.",
            "2026-03-03",
        ),
    ],
)
def test_a_swedish_product_handed_over_joins_its_order(one, text, deadline):
    directive = one(text, language="sv", meeting="2026-01-20")
    assert directive.deadline == datetime.date.fromisoformat(deadline)
    assert directive.text.rstrip(".").endswith(deadline[:4])


@pytest.mark.parametrize(
    "text",
    [
        "Eva Berg (S) yrkar att utbildningsdepartementet ska utreda skolskjutsarna.",
        "Nämnden uppmanar alla förskolor att fortsätta arbetet med utevistelse.",
    ],
)
def test_a_members_motion_or_an_exhortation_is_no_decision(run, text):
    assert run(text, language="sv").directives == []


def test_vietnamese_approvals_results_and_junctions(run):
    text = (
        "Phó Chủ tịch UBND tỉnh kết luận như sau:\n"
        "1. Năm 2025, số vụ cháy rừng giảm 40% so với năm trước; các lực lượng đã phối hợp tốt tại các nút "
        "giao trọng điểm.\n"
        "2. Đồng ý về chủ trương xây dựng trạm cứu hộ tại Vân Đồn; giao Sở Tài chính thẩm định kinh phí.\n"
        "3. Thống nhất chủ trương cho phép Đại học Hạ Long mở thêm ngành du lịch.\n"
    )
    directives = run(text, language="vi").directives
    assert leads(directives) == [["STC"]]


def test_a_delay_counted_from_the_notices_signature(one):
    text = (
        "Quảng Ninh, ngày 09 tháng 02 năm 2026\n\nTHÔNG BÁO\n\n"
        "Ngày 06/02/2026, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp.\n\n"
        "Giao Sở Y tế kiểm tra các nhà thuốc; báo cáo UBND tỉnh trong vòng 10 ngày kể từ ngày ký Thông báo này."
    )
    assert one(text, language="vi", meeting="2026-02-06").deadline == datetime.date(2026, 2, 19)


@pytest.mark.parametrize(
    ("text", "language", "deadline"),
    [
        (
            "Le Ministre des Finances a été chargé d'auditer la dette intérieure dans un délai d'un mois.",
            "fr",
            "2026-03-10",
        ),
        (
            "Il appartient au Ministre de la Santé de commander les vaccins. Ces doses devront être en place au "
            "plus tard à la fin du mois d'avril.",
            "fr",
            "2026-04-30",
        ),
        ("THAT the Health Department be requested to test the beach water weekly, beginning in June 2026.", "en", None),
    ],
)
def test_deadline_forms(one, text, language, deadline):
    expected = datetime.date.fromisoformat(deadline) if deadline else None
    assert one(text, language=language, meeting="2026-02-10").deadline == expected
