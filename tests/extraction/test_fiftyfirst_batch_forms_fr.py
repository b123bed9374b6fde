"""Orders in the forms a fifty-first batch of French texts written blind showed: the middle of a month ("à la
mi-mai", "avant la mi-avril 2026", a table's due cell "mi-juin"), a month named after "mois de" ("d'ici le mois de
septembre", "au cours du mois d'octobre 2026", "dans le courant du mois de mai"); a circular's numbered measures
in the infinitive under "je vous demande de prendre les mesures suivantes :", each its own order, given to the
addressee and not to the unit the letter names most; the heads of two regional directions under one plural
title ("Les Directeurs régionaux de X et de Y, désignés comme ..., remettront ..."); a press release's appeal to the
public after a quote and a forecast ("devrait démarrer"), no orders; and an annex by its number ("jointe en annexe
2"). Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

WATER = [
    unit("HW-DNE", "Direction nationale de l'Élevage", "DNE"),
    unit("HW-CEL", "Cellule de planification et de statistique", "CPS"),
    unit("HW-IGS", "Inspection générale des services", "IGS"),
    unit("HW-DRKA", "Direction régionale de l'Élevage de Kabaya", "DRE Kabaya"),
    unit("HW-DRMO", "Direction régionale de l'Élevage de Moréla", "DRE Moréla"),
]
DISTRICT = [
    unit("DP-DDT", "Direction départementale des territoires", "DDT"),
    unit("DP-CAF", "Caisse d'allocations familiales", "CAF"),
    unit("DP-ARS", "Agence régionale de santé", "ARS"),
]


def water(text, meeting="2026-03-02"):
    return directives_in(text, WATER, "fr", meeting)


def district(text, meeting="2026-02-10"):
    return directives_in(text, DISTRICT, "fr", meeting)


def test_the_middle_of_a_month():
    text = (
        "La CAF publiera le guide des aides à la mi-mai.\n"
        "L'ARS remettra le bilan des contrôles sanitaires avant la mi-avril 2026.\n"
    )
    found = district(text)
    assert leads(found) == ["DP-CAF", "DP-ARS"]
    assert [str(d.deadline) for d in found] == ["2026-05-15", "2026-04-15"]


def test_the_middle_of_a_month_in_a_due_cell():
    text = (
        "Tableau de suivi\n\n"
        "N° | Action | Pilote | Échéance\n"
        "1 | Mettre à jour le fichier des logements vacants | DDT | mi-juin\n"
        "2 | Relancer les bailleurs défaillants | CAF | fin 2026\n"
    )
    found = district(text)
    assert leads(found) == ["DP-DDT", "DP-CAF"]
    assert [str(d.deadline) for d in found] == ["2026-06-15", "2026-12-31"]


def test_a_month_named_after_mois_de():
    text = (
        "La DDT lancera, d'ici le mois de septembre, la révision du plan de prévention.\n"
        "L'ARS conduira une enquête de terrain au cours du mois d'octobre 2026.\n"
        "La CAF réunira les travailleurs sociaux dans le courant du mois de mai.\n"
    )
    found = district(text)
    assert leads(found) == ["DP-DDT", "DP-ARS", "DP-CAF"]
    assert [str(d.deadline) for d in found] == ["2026-09-30", "2026-10-31", "2026-05-31"]


CIRCULAR = (
    "CIRCULAIRE N° 021/ME/SG du 2 mars 2026\n\n"
    "LE MINISTRE\nÀ\nMesdames et Messieurs les Chefs de poste vétérinaire\n(TOUS)\n\n"
    "Objet : campagne de vaccination contre la péripneumonie.\n\n"
    "La Direction nationale de l'Élevage (DNE) signale une reprise des foyers dans trois régions. La DNE a "
    "déjà livré les premiers lots de vaccins.\n\n"
    "Pour contenir l'épizootie, je vous demande de prendre sans délai les mesures suivantes :\n\n"
    "1) recenser les troupeaux transhumants présents dans votre zone, à l'aide du formulaire joint en annexe 2 ;\n\n"
    "2) organiser les séances de vaccination avec les éleveurs et en adresser le calendrier à la DNE sous dix "
    "jours ;\n\n"
    "3) signaler tout nouveau foyer dans les vingt-quatre heures ;\n\n"
    "4) me rendre compte de l'exécution de ces mesures au plus tard le 30 avril 2026.\n\n"
    "Le Ministre\n"
)


def test_a_circulars_numbered_measures_each_an_order_of_its_addressee():
    found = water(CIRCULAR)
    # each measure its own order, the lead-in none
    assert [d.text.split()[0] for d in found] == ["recenser", "organiser", "signaler", "me"]
    # the addressee is no unit of the directory: no lead, not the unit the letter names most
    assert leads(found) == [None, None, None, None]
    assert [str(d.deadline) for d in found] == ["None", "2026-03-12", "2026-03-03", "2026-04-30"]
    assert [r.lower() for r in found[0].references] == ["formulaire joint en annexe 2"]


def test_heads_of_two_regional_directions_under_one_title():
    text = (
        "Les Directeurs régionaux de Kabaya et de Moréla, désignés comme sites d'appui du Projet de relance "
        "pastorale (PRP), remettront un programme de forages pastoraux avant la fin du mois d'avril 2026.\n"
    )
    found = water(text)
    assert leads(found) == ["HW-DRKA"]
    assert [c.code for c in found[0].coordinating] == ["HW-DRMO"]
    assert str(found[0].deadline) == "2026-04-30"


def test_a_press_releases_appeal_and_forecast_are_no_orders():
    text = (
        "COMMUNIQUÉ\n\n"
        "Le Ministre de l'Élevage a inauguré le 28 février 2026 le marché à bétail de Kabaya.\n\n"
        "Prenant la parole, le Ministre a rendu hommage « aux artisans d'un ouvrage longtemps attendu par la "
        "région » et exhorté les éleveurs ainsi que les usagers du marché à respecter les règles d'hygiène.\n\n"
        "La construction du second quai d'embarquement devrait commencer au cours du deuxième trimestre 2026, "
        "selon le calendrier des bailleurs.\n"
    )
    assert water(text) == []
