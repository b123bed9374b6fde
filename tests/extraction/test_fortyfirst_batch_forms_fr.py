"""Forms of the forty-first blind batch (French), in other wordings.

- A due cell's short quarter ("2e trim. 2027") and a meeting named by its number ("CODIR n°4"), dated where the
  minutes name it again ("La prochaine réunion (CODIR n°4) aura lieu le ...").
- An officer named by the title alone ("la chargée de mission") after the title with the programme's acronym that
  the directory gives ("chargée de mission CRTE").
- "dans un délai ne dépassant pas quinze (15) jours à compter de la date de la présente note": counted from its date.
- "Les représentations régionales de l'Office X et de l'Agence Y contrôleront ...": the national bodies' regional
  offices, the first leads, the other coordinates; a directory name "X – Représentation régionale de Z" answers to X.
- An execution clause that adds a report-back ("... est chargé de l'exécution de la présente note et m'en rendra
  compte avant le ...") is an order; the clause alone is none.
- "sans délai" and measures "retenues lors du comité interministériel du 3 avril 2026": no deadline, and the dated
  sitting is a reference; "qui commencera le 2 mars": a start, no deadline.
- "L'état d'avancement ... sera présenté au Conseil avant la fin du mois d'octobre": the order's report, joined to it.
- In a task table's lead cell, "Chargé de mission (CCX)": the body in brackets is the lead's own, no partner; "la
  convention OPAH" is a reference.
"""

import datetime

from tests.extraction.conftest import directives_in, leads, unit

TERR = [
    unit("CC", "Communauté de communes du Val de Lièvre", "CCVL"),
    unit("CRTE", "Communauté de communes du Val de Lièvre – Mission CRTE", "chargée de mission CRTE"),
    unit("HAB", "Communauté de communes du Val de Lièvre – Service Habitat", "service Habitat CCVL"),
    unit("URB", "Ville de Lièvremont – Service Urbanisme", "Ville – service Urbanisme"),
    unit("ST", "Ville de Lièvremont – Services techniques", "Ville – services techniques"),
    unit("ONF", "Office national des forêts – Représentation régionale du Nord", "ONF"),
    unit("AEP", "Agence nationale de l'eau potable – Représentation régionale du Nord", "AEP"),
    unit("DIRCAB", "Cabinet du Gouverneur", "Directeur de cabinet"),
    unit("MCOM", "Ministère du Commerce", "Ministre du Commerce"),
    unit("MTP", "Ministère des Travaux publics", "Ministre des Travaux publics"),
]
MEETING = "2026-01-14"


def found(text, meeting=MEETING):
    return directives_in(text, TERR, "fr", meeting)


def one(text, meeting=MEETING):
    result = found(text, meeting)
    assert len(result) == 1, [d.text for d in result]
    return result[0]


def _table(due):
    return (
        "COMITÉ TECHNIQUE N°3 – RELEVÉ DE DÉCISIONS\nRéunion du mercredi 14 janvier 2026\n\n"
        "2. Suivi des actions\nN° | Action | Pilote | Partenaires | Échéance\n"
        f"3.1 | Reprise du marquage au sol des zones bleues | Ville – services techniques | — | {due}\n"
        "3.2 | Actualisation du fichier des logements vacants | service Habitat CCVL | — | à définir\n\n"
        "La prochaine réunion (CODIR n°4) aura lieu le mardi 3 février 2026 à 10 h.\n"
    )


def test_short_quarter_in_a_due_cell():
    result = found(_table("2e trim. 2027"))
    assert leads(result)[0] == "ST"
    assert result[0].deadline == datetime.date(2027, 6, 30)


def test_meeting_named_by_its_number_in_a_due_cell():
    result = found(_table("CODIR n°4"))
    assert leads(result)[0] == "ST"
    assert result[0].deadline == datetime.date(2026, 2, 3)


def test_title_without_the_programme_acronym():
    text = (
        "COMITÉ DE SUIVI DU CRTE\nRéunion du 14 janvier 2026\n\n"
        "Présents : M. Paul GIRARD, Président de la CCVL ; Mme Lucie MARTIN, chargée de mission CRTE.\n\n"
        "1. Bilan\nLa chargée de mission expose l'état des fiches actions.\n\n"
        "La chargée de mission diffusera la synthèse des fiches actions aux communes membres dans un délai de "
        "dix jours.\n"
    )
    result = one(text)
    assert result.lead.code == "CRTE"
    assert result.deadline == datetime.date(2026, 1, 24)


def test_delay_that_may_not_be_exceeded():
    text = (
        "NOTE DE SERVICE N° 7\n\nLe Directeur de cabinet réunira les chefs de service et arrêtera le plan de "
        "continuité, dans un délai ne dépassant pas quinze (15) jours à compter de la date de la présente note.\n"
    )
    assert one(text).deadline == datetime.date(2026, 1, 29)


def test_regional_offices_of_two_national_bodies():
    text = (
        "CIRCULAIRE N° 12/2026\n\n"
        "1. Les représentations régionales de l'Office national des forêts et de l'Agence nationale de l'eau "
        "potable contrôleront, d'ici le 30 avril 2026, les captages situés en zone boisée.\n\n"
        "2. La représentation régionale de l'Agence nationale de l'eau potable relèvera chaque semaine les "
        "débits des forages communaux.\n"
    )
    result = found(text)
    assert leads(result) == ["ONF", "AEP"]
    assert [d.code for d in result[0].coordinating] == ["AEP"]
    assert result[0].deadline == datetime.date(2026, 4, 30)


def test_national_body_named_without_its_regional_office():
    text = (
        "CIRCULAIRE N° 12/2026\n\n"
        "Le service Habitat CCVL recensera, en lien avec la représentation régionale de l'Office national des "
        "forêts, les logements situés en lisière de forêt.\n"
    )
    result = one(text)
    assert result.lead.code == "HAB"
    assert [d.code for d in result.coordinating] == ["ONF"]


def test_execution_clause_with_a_report_back():
    text = (
        "NOTE CIRCULAIRE N° 3\n\nLes chefs de service veilleront au respect des horaires.\n\n"
        "Le Directeur de cabinet est chargé de l'exécution de la présente note et m'en rendra compte avant le "
        "15 février 2026.\n"
    )
    result = [d for d in found(text) if d.lead is not None]
    assert leads(result) == ["DIRCAB"]
    assert result[0].deadline == datetime.date(2026, 2, 15)
    text = "NOTE CIRCULAIRE N° 3\n\nLe Directeur de cabinet est chargé de l'exécution de la présente note.\n"
    assert found(text) == []


DATED_SITTING = (
    "COMMUNIQUÉ DU CONSEIL DES MINISTRES DU 22 AVRIL 2026\n\n"
    "Le Président a demandé au Ministre des Travaux publics d'appliquer sans délai les recommandations "
    "retenues lors du comité interministériel du 3 avril 2026.\n"
)


def test_measures_of_a_dated_sitting_give_no_deadline():
    result = one(DATED_SITTING, "2026-04-22")
    assert result.lead.code == "MTP"
    assert result.deadline is None


def test_dated_sitting_is_a_reference():
    assert [r.lower() for r in one(DATED_SITTING, "2026-04-22").references] == [
        "comité interministériel du 3 avril 2026"
    ]


def test_start_date_is_no_deadline():
    text = (
        "COMMUNIQUÉ DU CONSEIL DES MINISTRES DU 22 AVRIL 2026\n\n"
        "Le Président a demandé au Ministre du Commerce d'assurer l'approvisionnement des marchés pendant la foire "
        "nationale, qui commencera le 2 mai.\n"
    )
    assert one(text, "2026-04-22").deadline is None


def test_report_sentence_joins_the_order():
    text = (
        "COMMUNIQUÉ DU CONSEIL DES MINISTRES DU 17 SEPTEMBRE 2025\n\n"
        "Le Président a chargé le Ministre du Commerce de recenser les stocks de riz importé dans les entrepôts "
        "portuaires. L'état d'avancement de ce recensement sera présenté au Conseil avant la fin du mois "
        "d'octobre 2025.\n"
    )
    result = one(text, "2025-09-17")
    assert result.lead.code == "MCOM"
    assert result.deadline == datetime.date(2025, 10, 31)
    assert result.text.rstrip(".").endswith("octobre 2025")


ROW = (
    "COMITÉ TECHNIQUE N°3 – RELEVÉ DE DÉCISIONS\nRéunion du mercredi 14 janvier 2026\n\n"
    "2. Suivi des actions\nN° | Action | Pilote | Partenaires | Échéance\n"
    "3.1 | Préparation de l'avenant à la convention OPAH | service Habitat (CCVL) | Ville – service Urbanisme"
    " | 30 mars\n"
)


def test_body_in_brackets_in_the_lead_cell():
    result = one(ROW)
    assert result.lead.code == "HAB"
    assert [d.code for d in result.coordinating] == ["URB"]


def test_agreement_named_by_its_acronym():
    assert [r.lower() for r in one(ROW).references] == ["convention opah"]
