"""Orders in the forms a fifty-ninth batch of French texts written blind showed: a West African ministry's relevé des
décisions whose numbered decisions ("Décision n° 2 :", and in its follow-up of earlier meetings "- Décision n° 4 du
2 mars 2026 :") carry "Responsable :" and "Délai :" lines, a delay in words with its digits in brackets ("deux (2)
semaines"); a council of ministers' communiqué whose sections open "2- Au titre du Ministère de X ;" in small
letters, its orders given to "le ministère" or "le Ministère" with no name, and a next sentence that only says when
the act must take place ("Cette publication devra intervenir ..."); a préfecture's crisis cell whose decisions stand
under each service's label ("ARS : la délégation départementale transmettra ...") and where the prefect only takes
note of a party's undertaking; a wali's circulaire whose follow-on sentences name what is due ("Les noms des
référents me seront communiqués ...", "Le premier bilan est attendu ..."), a unit named with the body it belongs to
("... de la Wilaya"), an earlier circulaire's request recalled with an adverb ("avait pourtant demandé"), a numbered
rule of two sentences that orders nothing before the next order, and a strategy cited with its period. Texts and
directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("KB-SG", "Ministère des Mines et de la Géologie – Secrétariat général", "Secrétariat général", "SG"),
    unit("KB-DNM", "Direction nationale des Mines (Kobaya)", "DNM", "Direction nationale des Mines"),
    unit("KB-CJ", "Ministère des Mines et de la Géologie – Cellule juridique", "Cellule juridique", "CJ"),
    unit(
        "KB-DAF",
        "Direction des affaires financières du Ministère des Mines",
        "DAF",
        "Direction des affaires financières",
    ),
    unit("KB-IGM", "Inspection générale des Mines (Kobaya)", "IGM", "Inspection générale des Mines"),
    unit("SV-CM", "Conseil des ministres de la République de Savane", "Conseil des ministres", "le Conseil"),
    unit("SV-MTRANS", "Ministère des Transports et de la Sécurité routière (Savane)", "Ministère des Transports"),
    unit("SV-MEAU", "Ministère de l'Eau et de l'Énergie (Savane)", "Ministère de l'Eau"),
    unit("SV-MJEUN", "Ministère de la Jeunesse et des Sports (Savane)", "Ministère de la Jeunesse"),
    unit("SV-MTOUR", "Ministère du Tourisme et de l'Artisanat (Savane)", "Ministère du Tourisme"),
    unit("HB-DDPP", "Direction départementale de la protection des populations du Haut-Brévent", "DDPP"),
    unit(
        "HB-CPAM",
        "Caisse primaire d'assurance maladie du Haut-Brévent – Service départemental",
        "CPAM",
        "Assurance maladie",
    ),
    unit("HB-DDT", "Direction départementale des territoires du Haut-Brévent", "DDT"),
    unit("HB-CD", "Conseil départemental du Haut-Brévent", "Département", "Conseil départemental"),
    unit("HB-PREF", "Préfecture du Haut-Brévent", "préfet du Haut-Brévent", "Préfecture"),
    unit("OS-WIL", "Wilaya de la Région Oued-Safi", "Wilaya", "Wali de la Région"),
    unit(
        "OS-DPP",
        "Wilaya Oued-Safi – Division de la Planification et des Programmes",
        "DPP",
        "Division de la Planification et des Programmes",
    ),
    unit("OS-DRT", "Direction régionale du Tourisme Oued-Safi", "Direction régionale du Tourisme"),
    unit("OS-DRE", "Direction régionale de l'Énergie Oued-Safi", "Direction régionale de l'Énergie"),
]


def found_in(text, meeting):
    return directives_in(text, DIRECTORY, "fr", meeting)


RELEVE = (
    "MINISTÈRE DES MINES ET DE LA GÉOLOGIE\nSECRÉTARIAT GÉNÉRAL\n\n"
    "RELEVÉ DES DÉCISIONS\nde la réunion de coordination du lundi 9 mars 2026\n\n"
    "I. SUIVI DES DÉCISIONS ANTÉRIEURES\n\n"
    "- Décision n° 1 du 23 février 2026 (archivage des permis) : exécutée.\n"
    "- Décision n° 4 du 2 mars 2026 : Réviser le modèle de convention minière type.\n"
    "Responsable : Cellule juridique, en collaboration avec la DNM\n"
    "Délai : reporté au 20 mars 2026\n\n"
    "II. DÉCISIONS DE LA PRÉSENTE RÉUNION\n\n"
    "Décision n° 1 : Établir la liste des titres miniers arrivés à expiration.\n"
    "Responsable : DNM\n"
    "Délai : vendredi 13 mars 2026\n\n"
    "Décision n° 2 : Mener une inspection des carrières de la zone côtière.\n"
    "Responsable : Inspection générale des Mines\n"
    "Délai : trois (3) semaines\n\n"
    "Décision n° 3 : La réunion a pris connaissance du rapport d'activités du mois de février.\n\n"
    "Fait à Kobaya, le 9 mars 2026\n"
)


def test_a_releve_des_decisions_numbered_decision_takes_its_responsable_and_delai_lines():
    found = found_in(RELEVE, "2026-03-09")
    assert [d.text[:25] for d in found] == [
        "Réviser le modèle de conv",
        "Établir la liste des titr",
        "Mener une inspection des ",
    ]
    assert leads(found) == ["KB-CJ", "KB-DNM", "KB-IGM"]
    assert [[c.code for c in d.coordinating] for d in found] == [["KB-DNM"], [], []]
    assert "Délai : vendredi 13 mars 2026" in found[1].text


def test_a_releve_des_decisions_reads_its_delai_lines_with_digits_in_brackets():
    found = found_in(RELEVE, "2026-03-09")
    assert [str(d.deadline) for d in found] == ["2026-03-20", "2026-03-13", "2026-03-30"]


COMMUNIQUE = (
    "COMMUNIQUÉ DU CONSEIL DES MINISTRES\n\n"
    "C/- COMMUNICATIONS\n\n"
    "1- Au titre du Ministère des Transports et de la Sécurité routière ;\n\n"
    "Le Conseil a adopté une communication relative au bilan des accidents de la route au troisième trimestre.\n"
    "Le nombre de tués est en baisse de 4 %.\n"
    "Le ministère est chargé de renforcer les contrôles de vitesse sur les axes interurbains, en lien avec la "
    "gendarmerie.\n"
    "Cette opération devra intervenir au plus tard le 15 avril 2026.\n\n"
    "2- Au titre du Ministère de la Jeunesse et des Sports ;\n\n"
    "Le Conseil a adopté une communication relative aux préparatifs des jeux scolaires nationaux.\n"
    "Une tournée d'inspection des stades sera conduite par le Ministère dans les chefs-lieux de région.\n"
)


def test_a_communique_order_to_the_ministry_without_its_name_falls_to_its_sections_ministry():
    found = found_in(COMMUNIQUE, "2026-03-04")
    assert [d.text[:30] for d in found] == ["Le ministère est chargé de ren", "Une tournée d'inspection des s"]
    assert leads(found) == ["SV-MTRANS", "SV-MJEUN"]


def test_a_sentence_that_only_says_when_the_act_must_take_place_belongs_to_the_order():
    found = found_in(COMMUNIQUE, "2026-03-04")
    assert found[0].text.endswith("au plus tard le 15 avril 2026")
    assert str(found[0].deadline) == "2026-04-15"


def test_a_communiques_section_heading_in_small_letters_gives_the_ministry_a_request_that_names_none():
    text = (
        "COMMUNIQUÉ DU CONSEIL DES MINISTRES\n\n"
        "3- Au titre du Ministère du Tourisme et de l'Artisanat ;\n\n"
        "Le Président de la République a demandé que les sites classés soient balisés avant la fin du mois de "
        "juin.\n"
    )
    found = found_in(text, "2026-03-04")
    assert len(found) == 1
    assert leads(found) == ["SV-MTOUR"]


CELLULE = (
    "COMPTE RENDU DE LA CELLULE DE CRISE « INTOXICATIONS »\nRéunion du lundi 6 avril 2026\n\n"
    "Décisions\n\n"
    "DDPP : la direction départementale procédera dès demain au retrait des lots suspects chez les distributeurs.\n\n"
    "CPAM : la caisse adressera chaque soir au préfet le nombre d'arrêts de travail déclarés.\n"
    "Elle informera par ailleurs les médecins traitants de la conduite à tenir avant jeudi.\n\n"
    "Conseil départemental : le préfet prend acte de l'engagement du Département de fermer les cantines des "
    "collèges concernés.\n\n"
    "DDT : la DDT préparera un arrêté de restriction d'usage de l'eau sous 48 heures.\n"
)


def test_a_crisis_cells_order_under_a_services_label_names_it_again_by_its_kind():
    found = [d for d in found_in(CELLULE, "2026-04-06") if "prend acte" not in d.text]
    assert [d.text[:25] for d in found] == [
        "la direction départementa",
        "la caisse adressera chaqu",
        "Elle informera par ailleu",
        "la DDT préparera un arrêt",
    ]
    assert leads(found) == ["HB-DDPP", "HB-CPAM", "HB-CPAM", "HB-DDT"]


def test_what_the_prefect_takes_note_of_under_a_label_is_no_order():
    found = found_in(CELLULE, "2026-04-06")
    assert not any("prend acte" in d.text for d in found)


CIRCULAIRE = (
    "WILAYA DE LA RÉGION OUED-SAFI\n\nCirculaire n° 07/DPP/2026 du 2 mars 2026\n\n"
    "J'ai l'honneur de vous faire connaître que la circulaire du 3 septembre 2025 avait pourtant demandé aux services "
    "de rendre leurs avis dans un délai de dix jours ; ce délai n'est pas respecté.\n\n"
    "Les dispositions suivantes sont arrêtées :\n\n"
    "1. La Direction régionale du Tourisme désignera un référent chargé des dossiers d'hébergement. Les noms des "
    "référents régionaux me seront communiqués dans un délai de cinq jours ouvrables.\n\n"
    "2. A compter du 1er avril, les demandes seront déposées exclusivement en ligne. Aucune demande sur papier ne "
    "sera recevable.\n\n"
    "3. Les présidents des chambres professionnelles sont appelés à relayer ces dispositions auprès de leurs "
    "membres.\n\n"
    "4. Il appartient à la Division de la Planification et des Programmes de la Wilaya d'assurer le suivi de la "
    "présente circulaire et de m'en rendre compte chaque mois. Le premier bilan est attendu au plus tard le 30 avril."
    "\n\n"
    "5. La Direction régionale de l'Énergie organisera la concertation sur la Stratégie régionale de l'efficacité "
    "énergétique 2026-2030.\n"
)


def test_a_circulaires_next_sentence_naming_what_is_due_gives_the_orders_deadline():
    found = found_in(CIRCULAIRE, "2026-03-02")
    tourism = next(d for d in found if d.text.startswith("La Direction régionale du Tourisme désignera"))
    assert tourism.text.endswith("dans un délai de cinq jours ouvrables")
    assert str(tourism.deadline) == "2026-03-09"
    follow_up = next(d for d in found if d.text.startswith("Il appartient"))
    assert follow_up.text.endswith("au plus tard le 30 avril")
    assert str(follow_up.deadline) == "2026-04-30"


def test_a_unit_named_with_the_body_it_belongs_to_has_no_helper():
    found = found_in(CIRCULAIRE, "2026-03-02")
    follow_up = next(d for d in found if d.text.startswith("Il appartient"))
    assert follow_up.lead.code == "OS-DPP"
    assert follow_up.coordinating == []


def test_an_earlier_circulaires_request_recalled_with_an_adverb_is_no_order():
    found = found_in(CIRCULAIRE, "2026-03-02")
    assert not any("avait pourtant" in d.text for d in found)


def test_a_numbered_rule_of_two_sentences_does_not_end_the_list_of_orders():
    found = found_in(CIRCULAIRE, "2026-03-02")
    chambers = [d for d in found if d.text.startswith("Les présidents des chambres professionnelles")]
    assert len(chambers) == 1
    assert chambers[0].lead is None
    assert not any("Aucune demande" in d.text for d in found)


def test_a_strategy_cited_with_its_period_is_a_reference():
    found = found_in(CIRCULAIRE, "2026-03-02")
    assert found[-1].references == ["Stratégie régionale de l'efficacité énergétique 2026-2030"]
