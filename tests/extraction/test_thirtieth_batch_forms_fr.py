"""Orders in the forms a thirtieth batch of French texts written blind showed: a request whose task opens on the
object pronoun "l'" ("chargé le Ministre de X de l'examiner"); a communiqué's section named after its speaker
("I. COMMUNICATION DU GOUVERNEUR ...") that is no service's label, though the directory knows a "Service
Communication"; a minister whose portfolio joins two fields, then a second minister ("le Ministre de l'Énergie et
des Mines et le Ministre de la Santé et de l'Hygiène publique"); a name the directory gives units of two
administrations ("Premier Ministre"), read as the one of the administration whose other units the text names; a
helper named by his rank before his portfolio ("en collaboration avec la Vice-Première Ministre, Ministre du Plan");
in a "relevé de décisions", the helpers' label on the pilot's line after a dash ("Pilote : DDT – Partenaires :
..."), a due label that names a meeting of a month ("Échéance : comité de pilotage de novembre 2026"), and the rows
of a follow-up list ("- Action (pilote : X) : status ; ..."), one directive each unless the status says it is done;
a decision and an order in one sentence ("décide de fermer ... du 1er juillet au 31 août et charge X d'en avertir
... pour le 20 juin"), the order's date its deadline. Texts and directories written for these tests."""

import pytest

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    # a government, its ministers by portfolio
    unit("KA-PM", "Primature", "Premier Ministre"),
    unit("KA-MIN", "Ministère des Mines", "Mines"),
    unit("KA-EN", "Ministère de l'Énergie", "Énergie"),
    unit("KA-EM", "Ministère de l'Énergie et des Mines"),
    unit("KA-SAN", "Ministère de la Santé et de l'Hygiène publique", "Santé"),
    unit("KA-PLAN", "Ministère du Plan", "Plan"),
    unit("KA-INT", "Ministère de l'Intérieur", "Intérieur"),
    unit("KA-IGF", "Inspection générale des Finances", "IGF"),
    # a province and its services
    unit("KA-GOUV", "Gouvernorat", "Gouverneur de la province"),
    unit("KA-COMM", "Service Communication", "Communication"),
    unit("KA-HYD", "Service de l'Hydraulique", "Hydraulique"),
    # a département's State services
    unit("LM-DDT", "Direction départementale des territoires", "DDT"),
    unit("LM-DREAL", "Direction régionale de l'environnement, de l'aménagement et du logement", "DREAL"),
    unit("LM-ARS", "Agence régionale de santé", "ARS"),
    # a municipality's services
    unit("LM-SPORTS", "Service des Sports", "Sports"),
    unit("LM-COLL", "Collège communal", "Collège"),
]


def run(text, meeting="2026-05-12", directory=DIRECTORY):
    return directives_in(text, directory, "fr", meeting)


@pytest.mark.parametrize(
    ("order", "lead"),
    [
        ("Le Conseil a chargé le Ministre des Mines de l'examiner avec l'Inspection générale des Finances avant sa "
         "publication.", "KA-MIN"),
        ("Le Premier Ministre a demandé au Ministre du Plan de l'intégrer au programme d'investissements publics.",
         "KA-PLAN"),
    ],
)  # fmt: skip
def test_a_task_that_opens_on_the_pronoun_l_is_an_order(order, lead):
    text = "Le Conseil a examiné le projet de code minier. " + order + "\n"
    assert leads(run(text)) == [lead]


def test_a_section_named_after_its_speaker_is_no_services_label():
    text = (
        "COMPTE RENDU DE LA RÉUNION DU CONSEIL PROVINCIAL\n\n"
        "I. COMMUNICATION DU GOUVERNEUR DE LA PROVINCE\n\n"
        "1.1. De l'approvisionnement en eau potable des quartiers périphériques\n\n"
        "Le Gouverneur de la province a chargé le Service de l'Hydraulique de réparer les bornes-fontaines avant "
        "le 30 juin 2026.\n"
    )
    directives = run(text)
    assert [d.text[:18] for d in directives] == ["Le Gouverneur de l"]
    assert leads(directives) == ["KA-HYD"]


def test_a_portfolio_of_two_fields_then_a_second_minister():
    text = (
        "Le Premier Ministre a invité le Ministre de l'Énergie et des Mines et le Ministre de la Santé et de "
        "l'Hygiène publique à évaluer ensemble les risques des sites d'orpaillage.\n"
    )
    directives = run(text)
    assert leads(directives) == ["KA-EM"]
    assert [d.code for d in directives[0].coordinating] == ["KA-SAN"]


_TWO_GOVERNMENTS = [
    unit("NA-PR", "Présidence de la République", "Président de la République"),
    unit("NA-PM", "Primature", "Premier Ministre"),
    unit("NA-AGRI", "Ministère de l'Agriculture et de l'Élevage"),
    unit("NA-PECHE", "Ministère de la Pêche et de l'Économie maritime"),
    unit("OB-PR", "Présidence de la République", "Président de la République"),
    unit("OB-PM", "Primature", "Premier Ministre"),
    unit("OB-EAU", "Ministère de l'Eau et de l'Assainissement"),
    unit("OB-ROUTES", "Ministère des Routes et du Désenclavement"),
]


@pytest.mark.parametrize(
    ("minister", "lead", "directory"),
    [
        # the text's administration listed second in the directory, after the one whose name comes first
        ("le Ministre de l'Eau et de l'Assainissement", "OB-PM", _TWO_GOVERNMENTS),
        ("le Ministre de la Pêche et de l'Économie maritime", "NA-PM", _TWO_GOVERNMENTS[4:] + _TWO_GOVERNMENTS[:4]),
    ],
)
def test_a_name_two_administrations_share_is_that_of_the_units_the_text_names(minister, lead, directory):
    other = "le Ministre des Routes et du Désenclavement" if lead == "OB-PM" else "le Ministre de l'Agriculture"
    text = (
        f"Le Président de la République a félicité {minister} pour la campagne en cours.\n\n"
        f"Il a chargé le Premier Ministre de présider, avec {other}, un comité de suivi avant le 15 juin 2026.\n"
    )
    directives = run(text, directory=directory)
    assert leads(directives) == [lead]


def test_a_helper_named_by_his_rank_before_his_portfolio():
    text = (
        "Le Premier Ministre a instruit le Ministre des Mines, en collaboration avec la Vice-Première Ministre, "
        "Ministre du Plan, de recenser les permis d'exploitation inactifs.\n"
    )
    directives = run(text)
    assert leads(directives) == ["KA-MIN"]
    assert [d.code for d in directives[0].coordinating] == ["KA-PLAN"]


_DECISIONS = (
    "RELEVÉ DE DÉCISIONS\nComité départemental de l'eau du mardi 12 mai 2026\n\n"
    "1. Sécheresse\nLa DDT présente l'état des nappes.\nDécisions :\n"
)


@pytest.mark.parametrize("label", ["Partenaires", "Appui", "Associées"])
def test_the_helpers_label_on_the_pilots_line_after_a_dash(label):
    text = (
        _DECISIONS + "• Réviser le schéma d'alerte sécheresse et le soumettre aux maires.\n"
        f"Pilote : DDT – {label} : DREAL, ARS\nÉchéance : 30 octobre 2026\n"
    )
    directives = run(text)
    assert leads(directives) == ["LM-DDT"]
    assert [d.code for d in directives[0].coordinating] == ["LM-DREAL", "LM-ARS"]
    assert str(directives[0].deadline) == "2026-10-30"


@pytest.mark.parametrize(
    ("due", "date"),
    [
        ("comité de pilotage de novembre 2026", "2026-11-30"),
        ("séance du conseil d'octobre 2026", "2026-10-31"),
        ("réunion plénière de juillet", "2026-07-31"),
    ],
)
def test_a_due_label_that_names_a_meeting_of_a_month(due, date):
    text = _DECISIONS + f"• Dresser le bilan des prélèvements d'irrigation.\nPilote : DDT\nÉchéance : {due}\n"
    directives = run(text)
    assert [str(d.deadline) for d in directives] == [date]


def test_the_rows_of_a_follow_up_list():
    text = (
        "COMPTE RENDU\nComité départemental de l'eau du mardi 12 mai 2026\n\n"
        "4. Suivi des décisions du comité du 3 mars 2026\n"
        "- Révision du plan de circulation des engins (pilote : DDT) : action close.\n"
        "- Diagnostic des ouvrages de franchissement (pilote : DDT) : réalisé à 60 % ; la DDT achèvera les relevés "
        "avant le 15 juillet 2026.\n"
        "- Recensement des captages abandonnés (pilote : DREAL) : en retard ; nouvelle échéance fixée au 31 octobre "
        "2026.\n"
    )
    directives = run(text)
    assert [d.text[:12] for d in directives] == ["Diagnostic d", "Recensement "]
    assert leads(directives) == ["LM-DDT", "LM-DREAL"]
    assert [str(d.deadline) for d in directives] == ["2026-07-15", "2026-10-31"]


@pytest.mark.parametrize(
    "status",
    ["terminée", "action soldée", "réalisée le 2 avril 2026"],
)
def test_a_follow_up_row_that_is_done_is_no_order(status):
    text = (
        "4. Suivi des décisions du comité du 3 mars 2026\n"
        f"- Mise à jour de l'annuaire de crise (pilote : DDT) : {status}.\n"
        "- Campagne de contrôle des forages (pilote : DDT) : en cours ; la DDT en présentera le bilan avant le "
        "30 septembre 2026.\n"
    )
    directives = run(text)
    assert [d.text[:14] for d in directives] == ["Campagne de co"]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Le Collège décide de fermer la piscine communale du 1er juillet au 31 août 2026 et charge le service des "
         "Sports d'en avertir les clubs pour le 20 juin 2026.", "2026-06-20"),
        ("Le Collège approuve la fermeture de la salle omnisports du 6 au 24 juillet 2026 et charge le service des "
         "Sports d'en informer les associations au plus tard le 26 juin 2026.", "2026-06-26"),
    ],
)  # fmt: skip
def test_a_decision_and_an_order_in_one_sentence_the_orders_date(sentence, date):
    directives = run("5. Infrastructures sportives – Décision\n" + sentence + "\n")
    assert leads(directives) == ["LM-SPORTS"]
    assert [str(d.deadline) for d in directives] == [date]
