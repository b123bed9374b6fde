"""Orders in the forms a sixtieth batch of French texts written blind showed: a Swiss Municipalité's decisions under a
short heading each ("Péréquation intercommunale\nLors de sa séance ..."), due "pour la séance du Conseil communal du
11 mai", a next sentence that gives the product's date by a demonstrative ("Celle-ci devra être soumise ...") and an
order to "celui-ci", the head of a service named in the sentence before; a Burkinabè council of ministers' communiqué
whose minister's account ends on figures after a colon before "Il devra, conformément aux instructions ..., publier";
a French communauté d'agglomération's relevé de décisions with follow-up rows whose cells carry their labels ("B-12 |
... | Pilote : DST | Échéance : 30 juin, reportée au 31 octobre | En cours"), a numbered heading over its paragraph,
"Suites à donner :" items with their units in brackets, a meeting named by its month ("au conseil de décembre"), a
day of the month alone ("avant le 15."), the next meeting's line, a council's délibération cited by its number, a
call for projects by its name; a Senegalese CRD's recommendations, one with no subject, a report-back sentence "Il lui
fera parvenir ...", and a mission led by two units named together; and a Swiss law's article cited by its acronym
("art. 46 LATC"), a financial plan by its period. Texts and directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("BX-MUNI", "Municipalité de Bellerive", "Municipalité", "la Municipalité"),
    unit("BX-TRAV", "Direction des travaux et de l'environnement", "Direction des travaux", "DTE"),
    unit("BX-FIN", "Service financier (Bourse communale)", "Service financier", "Bourse communale"),
    unit("BX-CULT", "Service de la culture et des loisirs", "Service de la culture", "SCL"),
    unit("BX-GREFFE", "Greffe municipal", "Greffe"),
    unit("BX-CONST", "Office des constructions", "Office des constructions"),
    unit("KS-PRES", "Présidence de la République du Kassaré", "Président de la République", "Chef de l'État"),
    unit("KS-CM", "Conseil des ministres (Kassaré)", "Conseil des ministres", "le Conseil"),
    unit("KS-MSAN", "Ministère de la Santé publique (Kassaré)", "ministre de la Santé", "Ministère de la Santé"),
    unit("KS-MEAU", "Ministère de l'Eau et de l'Assainissement", "ministre de l'Eau", "Ministère de l'Eau"),
    unit("KS-MTRAV", "Ministère du Travail et de l'Emploi", "ministre du Travail", "Ministère du Travail"),
    unit("VA-BUREAU", "Bureau communautaire du Val d'Arlon", "Bureau communautaire", "le bureau"),
    unit("VA-DST", "Direction des services techniques", "DST", "services techniques"),
    unit("VA-HAB", "Direction de l'habitat", "direction de l'habitat", "Habitat"),
    unit("VA-URB", "Pôle Urbanisme et foncier", "pôle Urbanisme", "Urbanisme"),
    unit("VA-DECH", "Direction Propreté et déchets", "direction des déchets", "Propreté"),
    unit("VA-JUR", "Direction des affaires juridiques", "direction des affaires juridiques", "DAJ"),
    unit("VA-COM", "Direction de la communication", "direction de la communication", "Communication"),
    unit("VA-DGS", "Direction générale des services", "DGS", "Direction générale"),
    unit("KD-GOUV", "Gouvernance de la région de Kédiba", "Gouverneur", "Gouvernance"),
    unit("KD-CRD", "Comité régional de développement de Kédiba", "CRD", "le Comité"),
    unit("KD-PREF", "Préfecture de Mbassar", "Préfet de Mbassar"),
    unit("KD-DRE", "Direction régionale de l'élevage", "DRE", "Direction régionale de l'élevage"),
    unit("KD-SRP", "Service régional de la pêche", "Service régional de la pêche", "SRP"),
    unit("KD-IRS", "Inspection régionale de la santé animale", "Inspection régionale de la santé animale", "IRSA"),
    unit("KD-SDE", "Service départemental de l'élevage", "Service départemental de l'élevage", "SDEL"),
]


def found_in(text, meeting):
    return directives_in(text, DIRECTORY, "fr", meeting)


DECISIONS = (
    "Commune de Bellerive\nMunicipalité\n\nDécisions de la Municipalité\nSéance du 9 mars 2026\n\n"
    "Salle polyvalente - crédit d'ouvrage\n"
    "La Municipalité charge la Direction des travaux de préparer un préavis pour un crédit d'ouvrage de "
    "CHF 1'200'000.- destiné à la rénovation de la salle polyvalente, pour la séance du Conseil communal du 8 juin.\n\n"
    "Fonds de rénovation\n"
    "Lors de sa séance du 2 février, la Municipalité avait chargé le Service financier de chiffrer l'état du fonds de "
    "rénovation. Le rapport, présenté ce jour, fait état d'un solde de CHF 640'000.- dès 2027. La Municipalité en "
    "prend acte.\n"
    "Elle charge le Service financier de reporter ce solde dans la planification financière 2027-2031. Celle-ci devra "
    "être présentée à la Municipalité avant la fin du mois de mai.\n\n"
    "Festival d'été\n"
    "La Municipalité a entendu le chef du Service de la culture et des loisirs, qui lui a exposé le programme du "
    "festival. Elle a chargé celui-ci de négocier les contrats des artistes d'ici au 30 avril.\n\n"
    "Permis de construire\n"
    "L'Office des constructions est chargé de notifier aux voisins, dans les 20 jours, l'avis prévu par l'art. 109 "
    "LATC.\n"
)


def test_a_matters_heading_ends_the_decision_before_it_and_its_sitting_is_its_date():
    found = found_in(DECISIONS, "2026-03-09")
    first = found[0]
    assert first.text.startswith("La Municipalité charge la Direction des travaux")
    assert first.text.endswith("du Conseil communal du 8 juin")
    assert leads([first]) == ["BX-TRAV"]
    assert str(first.deadline) == "2026-06-08"


def test_a_demonstrative_that_names_the_product_gives_the_order_its_date():
    found = found_in(DECISIONS, "2026-03-09")
    assert found[1].text.startswith("Elle charge le Service financier de reporter")
    assert found[1].text.endswith("avant la fin du mois de mai")
    assert str(found[1].deadline) == "2026-05-31"
    assert found[1].references == ["planification financière 2027-2031"]


def test_celui_ci_is_the_head_of_the_service_named_in_the_sentence_before():
    found = found_in(DECISIONS, "2026-03-09")
    assert found[2].text.startswith("Elle a chargé celui-ci de négocier")
    assert leads([found[2]]) == ["BX-CULT"]


def test_an_article_of_a_law_cited_by_its_acronym_is_a_reference():
    found = found_in(DECISIONS, "2026-03-09")
    assert found[3].references == ["art. 109 LATC"]
    assert len(found) == 4


COMMUNIQUE = (
    "COMPTE RENDU DU CONSEIL DES MINISTRES\n\n"
    "Le Conseil des ministres s'est tenu le mercredi 4 mars 2026 sous la présidence du Chef de l'État.\n\n"
    "II.1. Le ministre de l'Eau et de l'Assainissement a rendu compte des coupures enregistrées dans la capitale "
    "au cours du mois de février.\n"
    "Le Chef de l'État a instruit celui-ci de lui présenter, au plus tard le 20 mars 2026, un plan de rationnement.\n\n"
    "II.2. Le ministre du Travail et de l'Emploi a présenté le bilan du recrutement des agents contractuels : "
    "3 120 dossiers ont été retenus sur 48 900.\n"
    "Il devra, conformément aux directives du Président de la République, publier la liste des admis avant le "
    "31 mars 2026.\n"
)


def test_the_order_to_celui_ci_falls_to_the_minister_who_reported_not_to_the_one_who_orders():
    found = found_in(COMMUNIQUE, "2026-03-04")
    assert found[0].text.startswith("Le Chef de l'État a instruit celui-ci")
    assert leads([found[0]]) == ["KS-MEAU"]


def test_il_devra_after_an_account_ending_on_figures_is_the_ministers_order():
    found = found_in(COMMUNIQUE, "2026-03-04")
    assert len(found) == 2
    assert found[1].text.startswith("Il devra, conformément aux directives")
    assert leads([found[1]]) == ["KS-MTRAV"]
    assert str(found[1].deadline) == "2026-03-31"


RELEVE = (
    "COMMUNAUTÉ DE COMMUNES DU VAL D'ARLON\nBureau communautaire du lundi 5 octobre 2026\nRELEVÉ DE DÉCISIONS\n\n"
    "1. Suivi des décisions antérieures\n"
    "B-2026-31 | Lotissement des Saules : établir le bilan foncier | Pilote : Urbanisme | Échéance : 15 septembre, "
    "reportée au 30 novembre | En cours\n"
    "B-2026-33 | Proposer une révision des tarifs de la piscine | Pilote : DST | Échéance : bureau du 2 novembre | "
    "Non commencé\n"
    "B-2026-35 | Recenser les logements vacants | Pilote : direction de l'habitat | Échéance : 30 juin | Soldé\n\n"
    "2. Plan local de l'habitat et subventions\n"
    "Décision : le bureau approuve le bilan à mi-parcours du plan local de l'habitat.\n"
    "La DGS adressera aux maires la note prévue par la délibération n° 2026-047 du 12 mars 2026 avant le 20.\n\n"
    "3. Redevance incitative\n"
    "Décision : le bureau retient la facturation semestrielle.\n"
    "Suites à donner :\n"
    "- adapter la grille tarifaire et la présenter au conseil de janvier (direction des déchets, direction des "
    "affaires juridiques) ;\n"
    "- préparer une campagne d'information des usagers (direction de la communication) ;\n"
    "- déposer la candidature à l'appel à projets « Territoires zéro déchet » (direction des déchets).\n\n"
    "Prochain bureau : lundi 2 novembre 2026, 18 h, salle des commissions.\n"
)


def test_a_follow_up_row_with_labelled_cells_is_one_order_of_its_pilot_read_to_its_moved_date():
    found = found_in(RELEVE, "2026-10-05")
    assert found[0].text.startswith("B-2026-31 | Lotissement des Saules")
    assert found[0].text.endswith("| En cours")
    assert leads(found[:2]) == ["VA-URB", "VA-DST"]
    assert [str(d.deadline) for d in found[:2]] == ["2026-11-30", "2026-11-02"]


def test_a_follow_up_row_said_done_gives_no_order_and_the_numbered_heading_none_either():
    found = found_in(RELEVE, "2026-10-05")
    assert not any(d.text.startswith(("B-2026-35", "Plan local")) for d in found)


def test_a_day_of_the_month_alone_and_a_council_act_by_its_number():
    found = found_in(RELEVE, "2026-10-05")
    note = next(d for d in found if d.text.startswith("La DGS adressera"))
    assert str(note.deadline) == "2026-10-20"
    assert note.references == ["délibération n° 2026-047 du 12 mars 2026"]


def test_suites_a_donner_items_each_an_order_of_the_units_in_their_brackets():
    found = found_in(RELEVE, "2026-10-05")
    items = found[-3:]
    assert [d.text[:20] for d in items] == ["adapter la grille ta", "préparer une campagn", "déposer la candidatu"]
    assert leads(items) == ["VA-DECH", "VA-COM", "VA-DECH"]
    assert [[c.code for c in d.coordinating] for d in items] == [["VA-JUR"], [], []]
    assert str(items[0].deadline) == "2027-01-31"
    assert items[2].references == ["appel à projets « Territoires zéro déchet »"]


def test_the_next_meetings_line_is_no_order():
    found = found_in(RELEVE, "2026-10-05")
    assert not any("salle des commissions" in d.text for d in found)


CRD = (
    "COMPTE RENDU DU COMITÉ RÉGIONAL DE DÉVELOPPEMENT (CRD)\n\n"
    "Le mardi 3 mars 2026 s'est tenu un CRD consacré à la campagne de vaccination du cheptel, sous la présidence du "
    "Gouverneur.\n\n"
    "Le Gouverneur a demandé à la DRE de renforcer la couverture vaccinale dans les zones pastorales. Elle lui fera "
    "parvenir une première évaluation le vendredi 20 mars 2026.\n\n"
    "À l'issue des échanges, le Comité a retenu les recommandations suivantes :\n"
    "1. le Préfet de Mbassar veillera à la sécurisation des parcs de vaccination avant le 15 mars 2026 ;\n"
    "2. une tournée sera conduite par l'Inspection régionale de la santé animale et le Service départemental de "
    "l'élevage dans les forages pastoraux ;\n"
    "3. le Service régional de la pêche organisera le contrôle des débarquements au cours de la deuxième quinzaine "
    "de mars ;\n"
    "4. sensibiliser les éleveurs sur la déclaration des cas suspects ;\n"
    "5. la DRE transmettra le bilan de la campagne au Gouverneur au plus tard le 30 avril 2026.\n"
)


def test_a_report_back_sentence_by_a_pronoun_that_sends_up_the_account_joins_the_order():
    found = found_in(CRD, "2026-03-03")
    assert found[0].text.endswith("une première évaluation le vendredi 20 mars 2026")
    assert str(found[0].deadline) == "2026-03-20"


def test_a_mission_led_by_two_units_named_together_has_the_second_coordinating():
    found = found_in(CRD, "2026-03-03")
    tour = next(d for d in found if d.text.startswith("une tournée sera conduite"))
    assert leads([tour]) == ["KD-IRS"]
    assert [c.code for c in tour.coordinating] == ["KD-SDE"]


def test_a_recommendation_with_no_subject_is_one_of_its_own_with_no_unit():
    found = found_in(CRD, "2026-03-03")
    assert [d.text[:12] for d in found[1:]] == [
        "le Préfet de",
        "une tournée ",
        "le Service r",
        "sensibiliser",
        "la DRE trans",
    ]
    assert leads(found[1:]) == ["KD-PREF", "KD-IRS", "KD-SRP", None, "KD-DRE"]
