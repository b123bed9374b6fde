"""Forms of the forty-second blind batch (French), in other wordings.

- A list of actions, each after its numbered label ("Mesure 2 : Réviser ..."), then its labelled lines
  ("Responsable : X - Appui : Y", "Délai : ..."): one directive from the task to its last label, the "Responsable"
  unit leading, the "Appui" units coordinating; the label lines are no directives of their own.
- Work due for a body's sitting named by its date: "pour le comité de pilotage du 9 juin".
- "confie l'organisation du forum au Service X, en lien avec Y": the task a noun, the unit after "à" leads; the
  sentence after it that says when the work must be done is its deadline.
- "des propositions ..., coordonnées avec l'Office Y": the unit the work is coordinated with helps.
- A programme or plan named with its one year ("le programme 2027", "le plan de formation 2026") and a public
  contract by its number ("marché n° 2026/017/DAF/SMP") are references.
"""

import datetime

from tests.extraction.conftest import directives_in, leads, unit

UNITS = [
    unit("JUR", "Service juridique", "SJ"),
    unit("FIN", "Direction financière", "DF"),
    unit("PAT", "Direction du patrimoine", "DPAT"),
    unit("COM", "Service de la communication", "SCOM"),
    unit("ECO", "Service de l'économie", "SECO"),
    unit("TOU", "Office du tourisme", "OT"),
    unit("SOC", "Département de l'action sociale", "DAS"),
    unit("JEU", "Office de la jeunesse", "OJ"),
    unit("VOI", "Service de la voirie", "SVOI"),
]
MEETING = "2026-03-10"


def found(text, meeting=MEETING):
    return directives_in(text, UNITS, "fr", meeting)


def one(text, meeting=MEETING):
    result = found(text, meeting)
    assert len(result) == 1, [d.text for d in result]
    return result[0]


_MEASURES = (
    "RELEVÉ DES DÉCISIONS DU COMITÉ DE DIRECTION DU 10 MARS 2026\n\n"
    "Après discussion, le comité a arrêté les mesures ci-après :\n\n"
    "Mesure 1 : Réviser le guide des achats de la collectivité et le diffuser aux\n"
    "services gestionnaires.\n"
    "Responsable : SJ - Appui : DF, DPAT\n"
    "Délai : 15 avril 2026\n\n"
    "Mesure 2 : Dresser l'inventaire des bâtiments communaux vacants.\n"
    "Responsable : DPAT\n"
    "Délai : fin mai 2026\n\n"
    "La réunion a pris fin à 11 h 30.\n"
)


def test_numbered_measures_with_their_labelled_lines():
    result = found(_MEASURES)
    assert leads(result) == ["JUR", "PAT"]
    first, second = result
    assert first.text.startswith("Réviser le guide des achats")
    assert first.text.endswith("Délai : 15 avril 2026")
    assert [c.code for c in first.coordinating] == ["FIN", "PAT"]
    assert first.deadline == datetime.date(2026, 4, 15)
    assert second.text.startswith("Dresser l'inventaire")
    assert second.deadline == datetime.date(2026, 5, 31)


def test_work_due_for_a_committee_sitting_named_by_its_date():
    directive = one(
        "Compte rendu de la réunion du 10 mars 2026.\n\n"
        "Mme la Présidente demande au Service de la voirie d'estimer le coût du remplacement des lampadaires "
        "pour le comité de pilotage du 9 juin."
    )
    assert leads([directive]) == ["VOI"]
    assert directive.deadline == datetime.date(2026, 6, 9)


def test_task_entrusted_as_a_noun_to_the_unit_after_it():
    text = (
        "Séance du 10 mars 2026.\n\n"
        "Le Conseil souhaite relancer l'attractivité du centre historique. Il confie l'organisation du forum des "
        "commerçants au Service de l'économie, en lien avec l'Office du tourisme. Le forum devra être réalisé au "
        "plus tard le 30 juin."
    )
    directive = one(text)
    assert leads([directive]) == ["ECO"]
    assert [c.code for c in directive.coordinating] == ["TOU"]
    assert directive.deadline == datetime.date(2026, 6, 30)


def test_work_coordinated_with_a_unit():
    directive = one(
        "Séance du 10 mars 2026.\n\n"
        "Le Conseil invite le Département de l'action sociale à lui présenter d'ici à la fin avril des propositions "
        "d'accueil de jour, coordonnées avec l'Office de la jeunesse."
    )
    assert leads([directive]) == ["SOC"]
    assert [c.code for c in directive.coordinating] == ["JEU"]


def test_programme_of_one_year_is_a_reference():
    directive = one(
        "Séance du 10 mars 2026.\n\n"
        "Le Conseil charge le Service de la voirie de préparer le calendrier des chantiers du programme 2027 avant "
        "le 30 avril."
    )
    assert leads([directive]) == ["VOI"]
    assert directive.references == ["programme 2027"]


def test_public_contract_by_its_number_is_a_reference():
    directive = one(
        "Séance du 10 mars 2026.\n\n"
        "Le Conseil charge la Direction financière de notifier au titulaire du marché n° 2026/017/DAF/SMP les "
        "pénalités de retard."
    )
    assert leads([directive]) == ["FIN"]
    assert directive.references == ["marché n° 2026/017/DAF/SMP"]
