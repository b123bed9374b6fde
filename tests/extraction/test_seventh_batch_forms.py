"""Orders in the forms a seventh batch of texts written after the rules showed them: a force the
directory names only with another level ("the district police", "la police nationale", "polisen"), a
bare "le Ministre" for the minister named before, French requests whose task is the subject ("incombe
au", "est confiée au") or that take no "de" with a verb ("a exigé du Ministre la livraison", "a indiqué
au Ministre que ... devront", "Vous voudrez bien, Monsieur le directeur, ..."), a decision that names
who acts ("le Conseil a retenu que X procédera", "Il est convenu que ..."), a group of units or a
pronoun with the future ("Les administrations concernées transmettront", "Elle présentera"), "asking
X to", a unit and "will", a second unit after a contrast ("X should ..., while Y will ...", "tandis
que"), the verb before the subject in Swedish ("Vidare ska X"), a motion's next clause on its own line
("and further\\nThat"); the coordination told in a sentence of its own; deadlines: the next meeting
whose date the minutes give, a plan "devra lui être soumis dans un délai de", a progress report in its
own sentence, "vid halvårsskiftet". Texts written for these tests."""

import datetime

import pytest

from tests.extraction.conftest import codes


@pytest.mark.parametrize(
    ("text", "language", "lead"),
    [
        ("The Chief Minister asked the city police to remove encroachments from the bus stand.", "en", "CAT"),
        ("Le Premier Ministre a instruit la police nationale de sécuriser les marchés de nuit.", "fr", "CAT"),
        ("Kommunstyrelsen beslutar att polisen ombeds kontrollera hastigheten vid skolorna.", "sv", "CAT"),
    ],
)
def test_a_force_named_with_another_level(one, text, language, lead):
    assert codes([one(text, language=language).lead]) == [lead]


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Le Ministre de l'Enseignement primaire et secondaire est chargé de recruter des maîtres.", "SGDDT"),
        ("Le Ministre de l'Économie et des Finances veillera à payer les bourses avant la rentrée.", "STC"),
    ],
)
def test_a_minister_named_by_the_words_of_his_country(one, text, lead):
    assert codes([one(text, language="fr").lead]) == [lead]


def test_an_item_that_starts_with_a_body_the_directory_does_not_hold(run):
    text = (
        "Chủ tịch UBND tỉnh yêu cầu:\n"
        "1. Sở Y tế kiểm tra các cơ sở khám chữa bệnh tư nhân.\n"
        "2. Báo Quảng Ninh mở chuyên mục hướng dẫn người dân phòng bệnh.\n"
    )
    directives = run(text, language="vi").directives
    assert [codes([d.lead]) if d.lead else None for d in directives] == [["SYT"], None]


def test_a_decisions_clause_with_a_unit_and_a_verb_in_the_present(one):
    text = (
        "§ 12 Remiss om cykelplan\nNämnden beslutar\natt byggdepartementet, i samråd med finansdepartementet, "
        "bereder ett yttrande senast 2025-12-01.\n"
    )
    directive = one(text, language="sv", meeting="2025-10-01")
    assert codes([directive.lead]) == ["SXD"]
    assert codes(directive.coordinating) == ["STC"]
    assert directive.deadline == datetime.date(2025, 12, 1)


def test_a_bare_minister_is_the_one_who_reported(run):
    text = (
        "Le Ministre de la Santé a présenté le bilan de la campagne de vaccination. Le Conseil a invité le "
        "Ministre à étendre la campagne aux zones frontalières."
    )
    directives = run(text, language="fr").directives
    assert [codes([d.lead]) for d in directives] == [["SYT"]]


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Le suivi des chantiers incombe au Département de la construction, qui publiera un point mensuel.", "SXD"),
        ("La distribution des kits scolaires est confiée au Département des finances, qui la financera.", "STC"),
        ("Le Président a exigé du Ministre de la Justice la publication des décisions de justice.", "STP"),
        (
            "Le Président a indiqué au Ministre de la Santé que les dispensaires devront être équipés en "
            "panneaux solaires.",
            "SYT",
        ),
        (
            "Vous voudrez bien, Monsieur le directeur du Département de la construction, recenser les ponts "
            "endommagés.",
            "SXD",
        ),
        ("Le Conseil a retenu que le Ministre des Finances publiera le tableau des arriérés.", "STC"),
    ],
)
def test_french_orders_in_other_frames(one, text, lead):
    assert codes([one(text, language="fr").lead]) == [lead]


@pytest.mark.parametrize(
    "text",
    [
        "Les administrations concernées transmettront leurs plans de formation au Secrétariat général.",
        "Les maires recenseront les puits hors d'usage dans leur commune.",
        "Il est convenu que chaque école désigne un référent pour la cantine.",
    ],
)
def test_a_group_of_units_or_an_agreement_leads_no_unit(one, text):
    assert one(text, language="fr").lead is None


def test_a_pronoun_and_the_future_after_a_unit_that_reported(run):
    text = (
        "Le Ministre des Finances a fait le point sur les recettes douanières. Il présentera au prochain "
        "Conseil un plan de recouvrement."
    )
    directives = run(text, language="fr").directives
    assert [codes([d.lead]) for d in directives] == [["STC"]]
    assert directives[0].text.startswith("Il présentera")


@pytest.mark.parametrize(
    ("text", "language", "leads"),
    [
        (
            "The Education Department should repair the school toilets, while the Finance Department will "
            "release the funds for it.",
            "en",
            [["SGDDT"], ["STC"]],
        ),
        (
            "Le Ministère de la Construction devrait publier la liste des chantiers, tandis que le Ministère "
            "de la Santé inspectera les cantines.",
            "fr",
            [["SXD"], ["SYT"]],
        ),
        ("He closed the meeting asking the Health Department to staff the night clinics.", "en", [["SYT"]]),
        ("The Finance Department will pay the contractors' arrears before the holidays.", "en", [["STC"]]),
        (
            "Regeringen uppdrar åt byggdepartementet att se över bullerreglerna. Vidare ska finansdepartementet "
            "beräkna kostnaderna.",
            "sv",
            [["SXD"], ["STC"]],
        ),
    ],
)
def test_units_and_their_orders(run, text, language, leads):
    assert [codes([d.lead]) for d in run(text, language=language).directives] == leads


def test_a_motions_next_clause_on_its_own_line(run):
    text = (
        "Moved by Councillor Ames, seconded by Councillor Roy,\n"
        "That the Health Department inspect the public pools; and further\n"
        "That the Finance Department report on pool fees.\n"
        "CARRIED\n"
    )
    directives = run(text, language="en").directives
    assert [codes([d.lead]) for d in directives] == [["SYT"], ["STC"]]


@pytest.mark.parametrize(
    ("text", "language", "helpers"),
    [
        (
            "Le Ministère de la Santé équipera les postes de santé. Il agira en concertation avec le "
            "Ministère des Finances.",
            "fr",
            ["STC"],
        ),
        (
            "The Department of Construction was tasked with fencing the landslide area. In this, it will be "
            "assisted by the Department of Finance.",
            "en",
            ["STC"],
        ),
        (
            "Regeringen ger hälsodepartementet i uppdrag att kartlägga väntetiderna. Uppdraget ska genomföras "
            "i samråd med finansdepartementet.",
            "sv",
            ["STC"],
        ),
        (
            "Giao Sở Y tế kiểm tra các bếp ăn tập thể. Quá trình thực hiện, phối hợp chặt chẽ với Sở Công Thương.",
            "vi",
            ["SCT"],
        ),
    ],
)
def test_the_coordination_told_in_a_sentence_of_its_own(run, text, language, helpers):
    directives = run(text, language=language).directives
    assert len(directives) == 1
    assert codes(directives[0].coordinating) == helpers
    assert directives[0].text.rstrip(".").endswith(text.rstrip(".").split(". ")[-1])


@pytest.mark.parametrize(
    ("text", "language", "deadline"),
    [
        (
            "Le Département des finances présentera le budget révisé lors de la prochaine réunion.\n\n"
            "Prochaine réunion : mardi 14 octobre 2025 à 10 h.",
            "fr",
            "2025-10-14",
        ),
        (
            "That the Health Department report on the clinic's hours at the next regular meeting of Council.\n"
            "The next regular meeting of Council will be held on Monday, October 20, 2025.",
            "en",
            "2025-10-20",
        ),
        (
            "att utbildningsdepartementet ska redovisa skolvalet vid nästa sammanträde.\n\n"
            "Nästa sammanträde: 2025-11-04.",
            "sv",
            "2025-11-04",
        ),
        ("Le Département des finances présentera le budget révisé lors de la prochaine réunion.", "fr", None),
        (
            "Il a chargé le Ministre de la Construction de préparer un plan de relogement. Ce plan devra lui être "
            "soumis dans un délai de quinze jours.",
            "fr",
            "2025-09-16",
        ),
        (
            "Regeringen ger byggdepartementet i uppdrag att inventera broarna. En lägesrapport lämnas vid "
            "halvårsskiftet 2026.",
            "sv",
            "2026-06-30",
        ),
    ],
)
def test_deadline_forms(one, text, language, deadline):
    expected = datetime.date.fromisoformat(deadline) if deadline else None
    assert one(text, language=language, meeting="2025-09-01").deadline == expected


def test_a_progress_report_in_its_own_sentence_joins_the_order(one):
    directive = one(
        "Le Conseil a retenu que le Ministre des Finances réglera les arriérés à partir du mois de mars. "
        "Un rapport d'étape sera présenté à chaque Conseil.",
        language="fr",
        meeting="2025-01-10",
    )
    assert codes([directive.lead]) == ["STC"]
    assert directive.text.endswith("à chaque Conseil")
    assert directive.deadline is None
