"""Orders in the forms a forty-ninth batch of French texts written blind showed: a follow-up table flattened to
"|"-separated lines with a status column ("État d'avancement"), its done rows no order, its due cell ("S1 2026")
worth more than a date its remarks tell of, unless they move it ("échéance reportée à ..."); a work due at a sitting
named by its month after an elided "de" ("lors de la séance ordinaire d'avril 2026"); the end of the budget year
("d'ici la fin de l'exercice"); a state as of a past day ("l'état de la dette au 31 décembre") before the deadline;
the unit that steers or helps named first ("Sous la coordination de X, Y dressera ...", "En lien avec X, Y ...");
officials by their level ("Les directeurs régionaux veilleront ...") and a circular's courtesy before them
("Mesdames et Messieurs les préfets de région voudront bien ..."); and an addressee called by his title before an
order to "vous" ("Madame la Directrice de X, il vous est demandé de ..."). Texts and directories written for these
tests."""

from tests.extraction.conftest import directives_in, leads, unit

BASIN = [
    unit("LB-DDT", "Direction départementale des territoires du Lambrais", "DDT"),
    unit("LB-SYN", "Syndicat des eaux du Lambrais", "SEL"),
    unit("LB-FED", "Fédération de pêche du Lambrais", "Fédération de pêche", "FDP"),
    unit("LB-ARS", "Délégation départementale de l'ARS", "ARS"),
    unit("LB-REG", "Conseil régional", "Région"),
]
COUNTY = [
    unit("CM-PRES", "Présidence du conseil départemental"),
    unit("CM-FIN", "Direction des finances", "DF"),
    unit("CM-BAT", "Direction des bâtiments", "DB"),
    unit("CM-ROU", "Direction des routes", "DR"),
    unit("CM-SOC", "Direction de l'action sociale", "Directrice de l'action sociale", "DAS"),
]


def basin(text, meeting="2026-02-10"):
    return directives_in(text, BASIN, "fr", meeting)


def county(text, meeting="2026-02-10"):
    return directives_in(text, COUNTY, "fr", meeting)


FOLLOW_UP = (
    "COMITÉ DE L'EAU DU LAMBRAIS\nRelevé de conclusions\n\n"
    "Suivi des actions\n\n"
    "N° | Action | Pilote | Échéance | État d'avancement\n"
    "A-1 | Cartographier les captages abandonnés | DDT | 15/12/2025 | Réalisé – carte remise le 20/12/2025\n"
    "A-2 | Renouveler les compteurs des stations de pompage | SEL | S2 2026 | Commande passée le 12/01/2026\n"
    "A-3 | Publier la charte des lâchers d'eau | FDP | 30/04/2026 | En cours ; échéance reportée à fin T3 2026\n"
    "A-4 | Contrôler la qualité des puits privés du secteur nord | ARS | 31/05/2026 | Non démarré\n"
    "A-5 | Réunir les irrigants du bassin aval | DDT | 30/11/2025 | Achevé (réunion du 25/11/2025)\n"
)


def test_a_follow_up_table_leaves_its_done_rows_and_reads_its_due_cell():
    found = basin(FOLLOW_UP)
    # the rows done ("Réalisé", "Achevé") give no order
    assert leads(found) == ["LB-SYN", "LB-FED", "LB-ARS"]
    # "S2 2026" is due, not the day the order was placed; a remark that moves the due date moves it; a row below
    # one whose status names "échéance" is read under the table's own heading
    assert [str(d.deadline) for d in found] == ["2026-12-31", "2026-09-30", "2026-05-31"]


def test_a_row_half_done_is_still_an_order():
    text = FOLLOW_UP.replace("Réalisé – carte remise le 20/12/2025", "Réalisé à 60 %")
    found = basin(text)
    assert leads(found) == ["LB-DDT", "LB-SYN", "LB-FED", "LB-ARS"]


def test_a_sitting_named_by_its_month_after_an_elided_de():
    text = (
        "La DDT présentera le schéma de gestion des étiages lors de la prochaine séance ordinaire d'avril 2026.\n"
        "Le SEL remettra son rapport à la séance d'octobre.\n"
    )
    found = basin(text)
    assert leads(found) == ["LB-DDT", "LB-SYN"]
    assert [str(d.deadline) for d in found] == ["2026-04-30", "2026-10-31"]


def test_the_end_of_the_budget_year():
    found = county("La Direction des bâtiments achèvera le diagnostic des toitures d'ici la fin de l'exercice.\n")
    assert leads(found) == ["CM-BAT"]
    assert str(found[0].deadline) == "2026-12-31"
    # a year named after it is that year's end
    found = county("La Direction des routes soldera les marchés avant la fin de l'exercice 2027.\n")
    assert str(found[0].deadline) == "2027-12-31"


def test_a_state_as_of_a_past_day_is_no_deadline():
    text = (
        "La Direction des finances communiquera aux élus le tableau des emprunts au 31 décembre 2025 avant le 6 mars.\n"
    )
    found = county(text)
    assert leads(found) == ["CM-FIN"]
    assert str(found[0].deadline) == "2026-03-06"


def test_the_unit_that_steers_or_helps_named_first():
    text = (
        "Sous la coordination de la DDT, le SEL établira dans un délai de trente jours la liste des forages à "
        "reboucher.\n"
        "En lien avec l'ARS, la Fédération de pêche recensera les plans d'eau contaminés.\n"
    )
    found = basin(text)
    assert leads(found) == ["LB-SYN", "LB-FED"]
    assert [[c.code for c in d.coordinating] for d in found] == [["LB-DDT"], ["LB-ARS"]]
    assert str(found[0].deadline) == "2026-03-12"


def test_officials_by_their_level_and_a_courtesy_before_them():
    text = (
        "Les directeurs régionaux veilleront à ce que chaque agence tienne son registre à jour.\n"
        "Mesdames et Messieurs les préfets de région voudront bien relayer ces consignes auprès des maires.\n"
    )
    found = basin(text)
    assert len(found) == 2
    # (the officials' circumscription, "de région", is no unit of the directory)
    assert leads(found) == [None, None]


def test_an_addressee_called_by_title_then_an_order_to_you():
    text = (
        "Madame la Directrice de l'action sociale, il vous est demandé de dresser la liste des familles "
        "hébergées en urgence ; cette liste me sera transmise au plus tard le 27 février 2026.\n"
    )
    found = county(text)
    assert leads(found) == ["CM-SOC"]
    assert str(found[0].deadline) == "2026-02-27"


GOVERNMENT = [
    unit("GV-MTP", "Ministère des Travaux publics", "Ministre des Travaux publics"),
    unit("GV-MSP", "Ministère des Sports", "Ministre des Sports"),
    unit("GV-MJ", "Ministère de la Justice", "Ministre de la Justice"),
    unit("GV-ONS", "Office national des statistiques", "ONS"),
]


def government(text, meeting="2026-04-15"):
    return directives_in(text, GOVERNMENT, "fr", meeting)


def test_a_duty_that_falls_next_to_a_unit_past_an_adverb():
    text = (
        "Le SEL chiffrera les travaux du réservoir avant le 30 septembre 2026 ; il appartiendra ensuite à la DDT "
        "d'en instruire le dossier d'autorisation.\n"
    )
    found = basin(text)
    assert leads(found) == ["LB-SYN", "LB-DDT"]


def test_the_one_who_reported_charged_in_the_present():
    text = (
        "Au terme de la communication du Ministre des Sports sur les infrastructures de la Coupe régionale, le "
        "Conseil charge ce dernier de lui présenter le plan de réhabilitation des stades avant le 30 juin.\n"
    )
    found = government(text)
    assert leads(found) == ["GV-MSP"]
    assert str(found[0].deadline) == "2026-06-30"


def test_an_event_that_takes_place_is_no_task():
    text = (
        "Le Ministre des Sports a informé le Conseil du calendrier des jeux scolaires : le CJS se déroulera du 4 au "
        "9 mai et la finale se tiendra à Koudou le 20 juin. Le Conseil a instruit le Ministre des "
        "Travaux publics d'achever la piste d'athlétisme avant le 30 avril.\n"
    )
    found = government(text)
    assert leads(found) == ["GV-MTP"]


def test_an_appointment_in_a_list_of_nominees_is_no_task():
    text = (
        "AU TITRE DES MESURES INDIVIDUELLES\n\n"
        "Le Conseil a procédé aux nominations suivantes :\n"
        "- Ministère de la Justice : Madame Aïcha TRAORÉ, Magistrat, Inspectrice générale des services "
        "judiciaires ;\n"
        "- Office national des statistiques : Monsieur Paul KABORÉ, Statisticien, Directeur des enquêtes.\n"
    )
    assert government(text) == []
