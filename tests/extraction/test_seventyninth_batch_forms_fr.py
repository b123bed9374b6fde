"""Orders in the forms a seventy-ninth batch of French texts showed: a prefect's letter with its "à" alone on the
line between sender and addressee, whose "vous" reports back in the next sentence; a helper named "avec l'appui
des ..."; two ministers named by one title in the plural ("les Ministres provinciaux de X et de Y"); a relevé's
"Responsable :" line that names every ministry at large; a ceremony's exhortation to its beneficiaries; and a
working body to be set up, in the future, with no unit to lead it. Texts and directory written for these tests."""

from tests.extraction.conftest import codes, directives_in, leads, unit

DIRECTORY = [
    unit("MT-PREF", "Préfecture du Montaigu", "Préfet du Montaigu"),
    unit("MT-SP", "Sous-préfecture de Valrose", "sous-préfet de Valrose", "sous-préfecture"),
    unit("MT-DDPP", "Direction départementale de la protection des populations", "DDPP"),
    unit("MT-GEND", "Groupement de gendarmerie départementale", "gendarmerie"),
    unit("KS-SAN", "Ministère provincial de la Santé - Kasolo", "Ministre provincial de la Santé"),
    unit("KS-EDU", "Ministère provincial de l'Éducation - Kasolo", "Ministre provincial de l'Éducation"),
    unit("KS-BAT", "Service des bâtiments provinciaux - Kasolo", "Bâtiments provinciaux"),
    unit("GV-SGG", "Secrétariat général du Gouvernement", "SGG"),
    unit("GV-MIN", "Ministère des Mines et de la Géologie", "Ministre des Mines et de la Géologie"),
    unit("GV-DCOM", "Direction de la communication du Ministère de l'Eau", "Direction de la communication"),
]


def test_a_letter_s_vous_charged_then_reporting_back_is_one_order_of_its_addressee():
    text = (
        "PRÉFET DU MONTAIGU\n\n"
        "Bellerive, le 4 mai 2026\n\n"
        "Le préfet du Montaigu\n"
        "à\n"
        "Monsieur le sous-préfet de Valrose\n\n"
        "Objet : saison des fêtes de village\n\n"
        "Je vous demande de recenser, avant le 15 mai, les fêtes de village prévues dans votre arrondissement et "
        "d'en vérifier les dispositifs de secours. Vous me rendrez compte de ce recensement au plus tard le 22 mai.\n\n"
        "Le préfet,\n"
    )
    directives = directives_in(text, DIRECTORY, "fr", "2026-05-04")
    assert leads(directives) == ["MT-SP"]
    assert directives[0].deadline.isoformat() == "2026-05-22"


def test_a_unit_named_after_avec_l_appui_des_coordinates():
    text = (
        "Réunion du comité départemental du 4 mai 2026\n\n"
        "La direction départementale de la protection des populations contrôlera, avec l'appui des sous-préfectures, "
        "les buvettes temporaires avant le 30 juin.\n"
    )
    directives = directives_in(text, DIRECTORY, "fr", "2026-05-04")
    assert leads(directives) == ["MT-DDPP"]
    assert codes(directives[0].coordinating) == ["MT-SP"]


def test_two_provincial_ministers_by_one_title_in_the_plural_lead_and_coordinate():
    # (the level in the plural is the title's, not a field word of a unit named "... provinciaux")
    text = (
        "Compte rendu de la réunion du Conseil des Ministres provincial du 12 mars 2026\n\n"
        "Les Ministres provinciaux de la Santé et de l'Éducation sont chargés d'organiser la campagne de "
        "vaccination dans les écoles avant la rentrée de septembre.\n"
    )
    directives = directives_in(text, DIRECTORY, "fr", "2026-03-12")
    assert leads(directives) == ["KS-SAN"]
    assert codes(directives[0].coordinating) == ["KS-EDU"]


def test_a_responsable_line_that_names_every_ministry_leaves_the_recipient_out():
    text = (
        "RELEVÉ DES CONCLUSIONS\n"
        "de la réunion du Gouvernement du mardi 3 février 2026\n\n"
        "II. RECOMMANDATIONS\n"
        "Le Premier Ministre a formulé les recommandations suivantes :\n\n"
        "R1. Faire parvenir au Secrétariat général du Gouvernement les états de consommation des crédits avant la "
        "fin du mois.\n"
        "Responsable : l'ensemble des départements ministériels.\n\n"
        "R2. Publier la carte des permis d'exploitation artisanale d'ici fin avril.\n"
        "Responsable : Ministre des Mines et de la Géologie.\n"
    )
    directives = directives_in(text, DIRECTORY, "fr", "2026-02-03")
    assert leads(directives) == [None, "GV-MIN"]


def test_beneficiaries_exhorted_to_use_the_equipment_well_is_no_order():
    text = (
        "COMMUNIQUÉ\n\n"
        "Le Ministre de l'Eau a remis, ce jeudi 5 mars 2026, quinze motopompes aux groupements maraîchers de la "
        "vallée. Il a exhorté les bénéficiaires à faire un usage responsable de ces équipements.\n\n"
        "La Direction de la communication\n"
    )
    assert directives_in(text, DIRECTORY, "fr", "2026-03-05") == []


def test_a_unit_invited_to_make_good_use_of_a_gift_is_no_order():
    text = (
        "COMMUNIQUÉ\n\n"
        "Lors de la remise des véhicules, le Ministre a invité la Direction de la communication à en faire bon usage.\n"
    )
    assert directives_in(text, DIRECTORY, "fr", "2026-03-05") == []


def test_a_working_body_to_be_set_up_is_ordered_with_no_lead():
    text = (
        "Séance de travail au ministère, 9 juin 2026\n\n"
        "Un groupe de travail, qui sera mis en place à cet effet, devra remettre ses propositions sur la sécurité "
        "des marchés avant le 15 septembre.\n"
    )
    directives = directives_in(text, DIRECTORY, "fr", "2026-06-09")
    assert leads(directives) == [None]
    assert directives[0].deadline.isoformat() == "2026-09-15"
