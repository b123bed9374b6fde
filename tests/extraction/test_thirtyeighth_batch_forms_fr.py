"""Orders in the forms a thirty-eighth batch of French texts written blind showed: a minister with a long portfolio
before "l'urgence de" ("a indiqué au Ministre de X, de Y et des Z l'urgence de ..."); "Il lui a demandé, en liaison
avec le Ministre X, de ..." (the partner in an aside before the task); a crisis cell's "unité — action — échéance"
rows, their due a time of the evening ("ce soir 20h", "dans la journée") or a bare date in the last segment; a time
of day alone ("à 18h", "avant 8h", the next morning when it comes before the hour the cell sat; none when it comes
back each day); a unit named by one word before its division's dash ("Veolia - Direction régionale X"). Texts and
directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

MINISTRIES = [
    unit(
        "BX-ENV", "Ministère de l'Environnement, du Développement durable et de la Transition écologique et solidaire"
    ),
    unit("BX-PECHE", "Ministère de la Pêche, de l'Aquaculture et de l'Economie maritime"),
    unit("BX-FIN", "Ministère des Finances"),
]

_COUNCIL = "COMMUNIQUE DU CONSEIL DES MINISTRES DU MERCREDI 6 MAI 2026\n\n"


def test_long_portfolio_before_urgency():
    text = _COUNCIL + (
        "Évoquant la saison des pluies, le Chef de l'Etat a rappelé au Ministre de l'Environnement, du Développement "
        "durable et de la Transition écologique et solidaire la nécessité de nettoyer les plages avant la saison."
    )
    found = directives_in(text, MINISTRIES, "fr", "2026-05-06")
    assert leads(found) == ["BX-ENV"]


def test_pronoun_request_with_partner_aside():
    text = _COUNCIL + (
        "Le Président a demandé au Ministre des Finances de payer les arriérés. Il lui a également demandé, en "
        "collaboration avec le Ministre de la Pêche, de l'Aquaculture et de l'Economie maritime, d'apurer les dettes "
        "des coopératives avant le 30 juin 2026."
    )
    found = directives_in(text, MINISTRIES, "fr", "2026-05-06")
    assert leads(found) == ["BX-FIN", "BX-FIN"]
    assert [c.code for c in found[1].coordinating] == ["BX-PECHE"]
    assert str(found[1].deadline) == "2026-06-30"


CELL = [
    unit("LO-SDIS", "Service départemental d'incendie et de secours du Loiret", "SDIS"),
    unit("LO-DDT", "Direction départementale des territoires du Loiret", "DDT"),
    unit("LO-GGD", "Groupement de gendarmerie départementale du Loiret", "GGD"),
    unit("LO-VEOLIA", "Veolia - Direction régionale Centre-Val de Loire"),
    unit("LO-COM", "Préfecture du Loiret - Service de la communication", "SCI"),
    unit("LO-MAIRIE", "Mairie de Briare"),
]

_CELL_HEAD = (
    "CELLULE DE CRISE – CANICULE ET COUPURES D'EAU\nRéunion du jeudi 9 juillet 2026 – 16h00\n\nActions décidées :\n"
)


def cell(rows):
    return directives_in(_CELL_HEAD + rows, CELL, "fr", "2026-07-09")


def test_row_due_this_evening_and_within_the_day():
    found = cell(
        "- SDIS — distribution d'eau aux personnes isolées — ce soir 22h.\n"
        "- DDT — relevé des débits des captages — dans la journée.\n"
    )
    assert [str(d.deadline) for d in found] == ["2026-07-09", "2026-07-09"]


def test_row_due_bare_date_in_last_segment():
    found = cell("- DDT — inspection des forages communaux — vendredi 10 juillet, 10h.\n")
    assert [str(d.deadline) for d in found] == ["2026-07-10"]


def test_time_of_day_alone():
    text = _CELL_HEAD + (
        "\nLe service de la communication publiera un message d'alerte à 18h sur les réseaux sociaux.\n"
        "Les maires transmettront le nombre de foyers privés d'eau au SDIS avant 8h.\n"
    )
    found = directives_in(text, CELL, "fr", "2026-07-09")
    assert [str(d.deadline) for d in found] == ["2026-07-09", "2026-07-10"]


def test_time_that_comes_back_is_no_deadline():
    text = _CELL_HEAD + "\nLa DDT transmettra au SDIS chaque jour, avant 9 heures, le relevé des débits.\n"
    found = directives_in(text, CELL, "fr", "2026-07-09")
    assert [d.deadline for d in found] == [None]


def test_partner_named_by_one_word_before_its_division():
    found = cell(
        "- Mairie de Briare, en lien avec Veolia — installation de rampes d'eau potable — ce soir.\n"
        "- SDIS, en lien avec Veolia — évacuation du camping des Berges — sans délai.\n"
    )
    assert leads(found) == ["LO-MAIRIE", "LO-SDIS"]
    assert [[c.code for c in d.coordinating] for d in found] == [["LO-VEOLIA"], ["LO-VEOLIA"]]


# A second reading of the batch: a reminder of a norm before the order it opens; the bare rank of a minister named
# with his portfolio before; an article of a code and a plan's acronym with its place as references; a draft named
# as its item's heading, then pointed back to by "en". (The deadline "chaque jour, avant 9 heures" above is a guard:
# it passes on the code before those rules too, and keeps a time that comes back from becoming a deadline.)

CABINET = [
    unit("BX-SGG", "Secrétariat général du Gouvernement", "SGG"),
    unit("BX-SANTE", "Ministère de la Santé"),
    unit("BX-TP", "Ministère d'Etat, Ministère des Travaux Publics et de l'Habitat"),
    unit("BX-MINES", "Ministère des Mines et de l'Energie"),
    unit("BX-COM", "Ministère du Commerce"),
]

_CABINET_HEAD = "COMPTE RENDU DU CONSEIL DES MINISTRES DU MERCREDI 7 OCTOBRE 2026\n\n"


def test_reminder_of_a_norm_then_the_order():
    text = _CABINET_HEAD + (
        "Le Chef de l'Etat a rappelé aux ministres que le respect des délais de paiement des fournisseurs est "
        "impératif, et a chargé le ministre Secrétaire général du Gouvernement de lui transmettre l'état des "
        "factures en souffrance sous quinzaine.\n"
    )
    found = directives_in(text, CABINET, "fr", "2026-10-07")
    assert leads(found) == ["BX-SGG"]
    assert found[0].text.startswith("Le Chef de l'Etat a rappelé")
    assert str(found[0].deadline) == "2026-10-22"


def test_bare_rank_after_the_rank_with_its_portfolio():
    text = _CABINET_HEAD + (
        "Le Ministre d'Etat, Ministre des Travaux Publics et de l'Habitat a présenté l'état du pont de Kassa.\n\n"
        "Le Président a demandé au Ministre d'Etat de faire fermer le pont aux poids lourds avant le 15 octobre 2026.\n"
    )
    found = directives_in(text, CABINET, "fr", "2026-10-07")
    assert leads(found) == ["BX-TP"]


def test_article_of_a_code_and_a_plan_of_a_place():
    text = _CABINET_HEAD + (
        "Le Président a instruit le ministre des Mines et de l'Energie de retirer les permis inactifs, en "
        "application de l'article 42 du Code pétrolier, avant le 30 novembre 2026.\n\n"
        "Le Président a demandé au ministre de la Santé de recenser les centres de santé situés en zone inondable "
        "du PPRI de la Comoé avant le 1er décembre 2026.\n"
    )
    found = directives_in(text, CABINET, "fr", "2026-10-07")
    assert leads(found) == ["BX-MINES", "BX-SANTE"]
    assert [d.references for d in found] == [["article 42 du Code pétrolier"], ["PPRI de la Comoé"]]


def test_draft_named_as_its_heading_then_pointed_back_to():
    text = _CABINET_HEAD + (
        "IV. TEXTES ADOPTES\n\n"
        "4.1. Ministère du Commerce\n\n"
        "Projet de décret portant réglementation de la vente ambulante\n\n"
        "Ce projet de décret fixe les zones et les horaires de la vente ambulante dans les communes urbaines.\n\n"
        "Le Conseil a adopté ce projet de décret. Le Président a demandé au Ministre du Commerce d'en assurer la "
        "diffusion auprès des maires.\n"
    )
    found = directives_in(text, CABINET, "fr", "2026-10-07")
    assert leads(found) == ["BX-COM"]
    assert found[0].references == ["Projet de décret portant réglementation de la vente ambulante"]


def test_draft_heading_of_another_item_is_not_pointed_back_to():
    text = _CABINET_HEAD + (
        "IV. TEXTES ADOPTES\n\n"
        "IV.1. Ministère du Commerce\n"
        "Projet de décret portant réglementation de la vente ambulante\n"
        "Ce texte fixe les zones de la vente ambulante. Après délibération, ce projet de décret a été adopté.\n\n"
        "IV.2. Ministère de la Santé\n"
        "Projet de loi relative aux officines de pharmacie\n"
        "Adopté, ce projet de loi sera transmis au Parlement. Le Président a demandé au Ministre de la Santé de le "
        "déposer au Bureau de l'Assemblée nationale.\n"
    )
    found = directives_in(text, CABINET, "fr", "2026-10-07")
    assert leads(found) == ["BX-SANTE"]
    assert found[0].references == []


def test_bare_rank_held_by_two_ministers_names_neither():
    text = _CABINET_HEAD + (
        "Le Ministre d'Etat, Ministre des Travaux Publics et de l'Habitat et le Ministre d'Etat, Ministre du Commerce "
        "ont présenté le marché de Kassa.\n\n"
        "Le Président a demandé au Ministre d'Etat de faire rouvrir le marché avant le 15 octobre 2026.\n"
    )
    found = directives_in(text, CABINET, "fr", "2026-10-07")
    assert leads(found) == [None]
