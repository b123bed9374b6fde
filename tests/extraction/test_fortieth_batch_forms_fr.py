"""Forms of the fortieth blind batch (French), in other wordings.

- "Mme la sous-préfète de X", "M. le secrétaire général": the civility before the title names the unit.
- Under a heading of decisions ("2. Décisions", "Mesures arrêtées"), a unit of the directory and its verb in the present
  is its part, past the grounds that open the sentence ("Compte tenu de ..., le SDIS maintient ..."); "décide" is the
  decision itself, and a section of another heading tells.
- "sous 72 heures": a delay in hours; "mis en place le 1er juillet": a date of the past, no deadline.
- "La DDPP et la délégation départementale de l'ARS": the first leads, the other coordinates.
- A directory name with a lower-case part after its dash ("Parc national de X – service territorial") is named by the
  part before it.
- "... établir le calendrier. Ce calendrier devra être arrêté avant le prochain comité.": the product's due date, the
  next meeting's, joins the order; "Les tableaux seront renseignés ... dans un délai de dix jours ..." too.
- An interim report's date ("Un point d'étape ... avant le 20 mai") after an order with its own date keeps the order's.
- "S'agissant de ce dernier projet, ...": the last draft of the list right before, whatever verb opens its title.
- Helpers by their field ("les services de planification de la Région"), a budget named by its year, a second unit
  after "et la Division".
- A council's recitals ("CONSIDÉRANT ...;") and mover lines ("Il est proposé par ..., appuyé par ...") are no orders.
- "à 8h demain matin" is the next day; "ce soir" then a dated final step keeps the final date; a delay counted from an
  event that comes back ("chaque mardi ... sous 24 heures") has no date.
"""

import datetime

from tests.extraction.conftest import directives_in, leads, unit

PREF = [
    unit("SG", "Secrétariat général de la préfecture", "secrétaire général"),
    unit("SPM", "Sous-préfecture de Montclar", "sous-préfète de Montclar"),
    unit("DDTM", "Direction départementale des territoires et de la mer", "DDTM"),
    unit("DDPP", "Direction départementale de la protection des populations", "DDPP"),
    unit("ARS", "Agence régionale de santé – délégation départementale", "ARS"),
    unit("SDIS", "Service départemental d'incendie et de secours", "SDIS"),
    unit("DREAL", "Direction régionale de l'environnement", "DREAL"),
    unit("PNE", "Parc national des Écrins – service territorial"),
    unit("BCI", "Bureau de la communication interministérielle", "BCI"),
]
HEAD = "CELLULE DE VIGILANCE CANICULE\nRéunion du mardi 4 août 2026\n\n"
MEETING = "2026-08-04"


def found(text, departments=PREF, meeting=MEETING):
    return directives_in(text, departments, "fr", meeting)


def one(text, departments=PREF, meeting=MEETING):
    result = found(text, departments, meeting)
    assert len(result) == 1, [d.text for d in result]
    return result[0]


def test_civility_before_the_title():
    text = HEAD + "Mme la sous-préfète de Montclar recevra les exploitants des campings en fin de semaine.\n"
    assert leads(found(text)) == ["SPM"]
    text = HEAD + "M. le secrétaire général convoquera les services de l'État jeudi.\n"
    assert leads(found(text)) == ["SG"]


def test_present_under_a_heading_of_decisions():
    text = (
        HEAD
        + "1. Situation\n\nLa DREAL mesure des températures de l'eau au-dessus des normales.\n\n"
        + "2. Décisions\n\n"
        + "2.1. Le préfet décide l'activation du plan canicule. La DDTM rédige l'avis d'interdiction des baignades.\n\n"
        + "2.2. Au vu des relevés de la semaine, le SDIS renforce ses équipes de garde sur le littoral.\n"
    )
    result = found(text)
    assert leads(result) == ["DDTM", "SDIS"]
    assert result[0].text.startswith("La DDTM rédige")
    assert result[1].text.startswith("Au vu des relevés")


def test_delay_in_hours_and_a_date_of_the_past():
    text = HEAD + "Décisions\n\nLa DDTM publiera l'arrêté sous 72 heures.\n"
    assert one(text).deadline == datetime.date(2026, 8, 7)
    text = HEAD + "Décisions\n\nLe SDIS maintiendra les moyens aériens mis en place le 28 juillet.\n"
    assert one(text).deadline is None


def test_local_office_of_the_second_unit():
    text = HEAD + "La DDPP et la délégation départementale de l'ARS inspecteront les cuisines collectives.\n"
    directive = one(text)
    assert directive.lead.code == "DDPP"
    assert [d.code for d in directive.coordinating] == ["ARS"]


def test_unit_named_before_the_lower_case_part_of_its_name():
    text = HEAD + "Le SDIS fermera les sentiers exposés, en liaison avec le Parc national des Écrins.\n"
    assert [d.code for d in one(text).coordinating] == ["PNE"]


def test_product_due_at_the_next_meeting():
    text = (
        HEAD
        + "Décisions\n\n"
        + "Mme la sous-préfète de Montclar réunira les gestionnaires de réseaux afin d'établir le calendrier des "
        + "coupures. Ce calendrier devra être arrêté avant le prochain comité.\n\n"
        + "Prochain comité : mardi 18 août 2026 à 10 h.\n"
    )
    directive = one(text)
    assert directive.text.endswith("avant le prochain comité")
    assert directive.deadline == datetime.date(2026, 8, 18)


MINES = [
    unit("MMG", "Ministère des Mines et de la Géologie", "Ministre des Mines"),
    unit("MTP", "Ministère des Travaux publics", "Ministre des Travaux publics"),
]
COUNCIL = "COMMUNIQUÉ DU CONSEIL DES MINISTRES DU MERCREDI 8 AVRIL 2026\n\n"


def test_interim_report_keeps_the_order_date():
    text = (
        COUNCIL
        + "Le Président a chargé le Ministre des Mines de conclure, d'ici la fin du mois de juin, la convention "
        + "d'exploitation du gisement de Belinga. Un point d'étape sera fait au Conseil avant le 20 mai.\n"
    )
    assert one(text, MINES, "2026-04-08").deadline == datetime.date(2026, 6, 30)


def test_last_draft_of_the_list():
    text = (
        COUNCIL
        + "Le Conseil a adopté :\n"
        + "- le projet de loi portant code minier ;\n"
        + "- le projet de décret fixant les modalités d'attribution des permis de recherche.\n\n"
        + "Pour ce dernier projet, le Ministre des Mines est chargé d'en assurer la diffusion auprès des opérateurs.\n"
    )
    references = one(text, MINES, "2026-04-08").references
    assert references == ["projet de décret fixant les modalités d'attribution des permis de recherche"]


CIRC = [
    unit("DR", "Directions régionales", "Directions régionales"),
    unit("REG", "Conseil régional", "Région"),
    unit("DAF", "Direction des affaires financières", "DAF"),
]
LETTER = "Tunis, le 2 mars 2026\n\nNOTE CIRCULAIRE N° 12\n\nObjet : inventaire des équipements.\n\n"


def test_product_in_the_future_passive_and_helpers_by_field():
    text = (
        LETTER
        + "Les Directions régionales procéderont, en concertation avec les services de maintenance de la Région, "
        + "à l'inventaire des équipements sportifs. Les tableaux d'inventaire seront renseignés dans l'application "
        + "dans un délai de dix jours à compter de la date de la présente note.\n"
    )
    directive = one(text, CIRC, None)
    assert directive.text.endswith("présente note")
    assert directive.deadline == datetime.date(2026, 3, 12)
    assert [d.code for d in directive.coordinating] == ["REG"]


def test_budget_named_by_its_year():
    text = LETTER + "La DAF arrêtera les crédits de maintenance à inscrire au budget primitif 2027.\n"
    assert one(text, CIRC, None).references == ["budget primitif 2027"]


TOWN = [
    unit("GEN", "Service du génie", "génie"),
    unit("PAR", "Division des parcs et espaces verts", "Division des parcs"),
    unit("DG", "Direction générale", "direction générale"),
    unit("GREF", "Service du greffe", "greffier"),
    unit("LOI", "Service des loisirs", "loisirs"),
]


def test_second_unit_after_and_a_head_noun():
    text = (
        "PROCÈS-VERBAL de la séance ordinaire du conseil municipal tenue le lundi 2 mars 2026.\n\n"
        + "Il est proposé par le conseiller Luc Martel, appuyé par la conseillère Anne Roy, et résolu :\n"
        + "DE mandater la direction générale, en concertation avec le Service du génie et la Division des parcs, "
        + "pour proposer un plan de réfection des ponceaux;\n"
    )
    directive = one(text, TOWN, "2026-03-02")
    assert directive.lead.code == "DG"
    assert sorted(d.code for d in directive.coordinating) == ["GEN", "PAR"]


def test_recitals_and_mover_lines_are_no_orders():
    text = (
        "PROCÈS-VERBAL de la séance ordinaire du conseil municipal tenue le lundi 2 mars 2026.\n\n"
        + "2026-03-41 CAMP DE JOUR\n"
        + "Il est proposé par la conseillère Anne Roy, appuyé par le conseiller Luc Martel, et résolu :\n"
        + "D'autoriser l'ouverture du camp de jour;\n"
        + "DE mandater le Service des loisirs pour recruter les animateurs.\n\n"
        + "2026-03-42 DEMANDE D'USAGE CONDITIONNEL – 12, CHEMIN DU MOULIN\n"
        + "CONSIDÉRANT l'avis favorable du comité consultatif;\n"
        + "Il est proposé par le conseiller Luc Martel, appuyé par la conseillère Anne Roy, et résolu à "
        + "l'unanimité d'accorder l'usage conditionnel demandé.\n"
    )
    assert leads(found(text, TOWN, "2026-03-02")) == ["LOI"]


def test_next_morning_after_the_hour():
    text = HEAD + "Décisions\n\nL'ARS transmettra la liste des établissements à 8h demain matin.\n"
    assert one(text).deadline == datetime.date(2026, 8, 5)


def test_tonight_then_the_final_step():
    text = HEAD + "Décisions\n\nLe BCI enverra ce soir un premier message et le bilan complet d'ici le 12 août.\n"
    assert one(text).deadline == datetime.date(2026, 8, 12)


def test_delay_counted_from_an_event_that_comes_back():
    text = HEAD + "Décisions\n\nLa DREAL communiquera chaque mardi les relevés ; la DDTM les publiera sous 24 heures.\n"
    assert [d.deadline for d in found(text)] == [None, None]
    text = HEAD + "Décisions\n\nLa DDTM contrôlera chaque jour les forages et remettra un bilan sous 72 heures.\n"
    assert one(text).deadline == datetime.date(2026, 8, 7)
