"""Orders in the forms a forty-eighth batch of French texts written blind showed: a unit named in full with its
initials in brackets, then its verb in the future ("La Direction ... (DRIK) transmettra ..."); a head of state's
reminder of an obligation by its noun, then a request in the same sentence ("a rappelé aux ministres la nécessité de
..., et a instruit le Ministre X de ..."), one order; a delay in working days ("sous 5 jours ouvrés"); a table row
flattened to a line whose due cell names the next sitting ("réunion suivante"), its date given below; a start
("dès ce mois-ci"), no deadline; a task entrusted in the passé composé ("a été confiée à l'Agence X"); and a report
cited by its number. Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

PROVINCE = [
    unit("KS-DRIK", "Direction Régionale des Impôts de Kasoko", "DRIK"),
    unit("KS-BUD", "Ministère provincial du Budget", "Ministre provincial du Budget"),
    unit("KS-AGR", "Ministère provincial de l'Agriculture", "Ministre provincial de l'Agriculture"),
    unit("KS-AEP", "Agence provinciale de l'eau potable"),
    unit("KS-DCC", "Direction du commerce et de la concurrence"),
]


def province(text, meeting="2026-03-06"):
    return directives_in(text, PROVINCE, "fr", meeting)


def test_a_unit_named_in_full_with_its_initials_in_brackets_then_its_verb_in_the_future():
    text = (
        "La Direction Régionale des Impôts de Kasoko (DRIK) transmettra au Conseil le bilan des recouvrements "
        "avant le 30 avril 2026.\n"
    )
    found = province(text)
    assert leads(found) == ["KS-DRIK"]
    assert str(found[0].deadline) == "2026-04-30"
    # (not a future that only says what the unit will get)
    assert province("La Direction Régionale des Impôts de Kasoko (DRIK) bénéficiera de dix véhicules neufs.\n") == []


def test_a_reminder_of_an_obligation_by_its_noun_then_a_request_is_one_order():
    text = (
        "Le Gouverneur a rappelé aux membres du Gouvernement provincial la nécessité de respecter les délais de "
        "passation des marchés et a instruit le Ministre provincial du Budget de publier le plan de passation "
        "avant le 15 mars 2026.\n"
    )
    found = province(text)
    assert leads(found) == ["KS-BUD"]
    assert found[0].text.startswith("Le Gouverneur a rappelé")
    assert str(found[0].deadline) == "2026-03-15"


def test_a_delay_in_working_days_skips_the_weekends():
    # the meeting on a Friday: five working days end on the next Friday, not on Wednesday
    found = province("Le Ministre provincial de l'Agriculture transmettra la liste des semences sous 5 jours ouvrés.\n")
    assert leads(found) == ["KS-AGR"]
    assert str(found[0].deadline) == "2026-03-13"
    found = province("La DRIK présentera l'état des arriérés dans un délai de 3 jours ouvrés.\n", meeting="2026-03-12")
    assert str(found[0].deadline) == "2026-03-17"


def test_a_flattened_row_due_at_the_next_sitting_takes_its_date_from_the_minutes():
    text = (
        "COMPTE RENDU\nCellule provinciale de suivi de l'approvisionnement\n\n"
        "Relevé des actions\n\n"
        "N° Action Pilote Associés Échéance\n"
        "1 Recenser les forages en panne dans les villages riverains Agence provinciale de l'eau potable DRIK "
        "30/04/2026\n"
        "2 Établir la liste des stocks de semences disponibles Ministère provincial de l'Agriculture DRIK "
        "réunion suivante\n\n"
        "Prochaine réunion : mardi 24 mars 2026 à 9 h 00.\n"
    )
    found = province(text)
    assert leads(found) == ["KS-AEP", "KS-AGR"]
    assert [str(d.deadline) for d in found] == ["2026-04-30", "2026-03-24"]


def test_a_start_this_month_is_no_deadline():
    text = (
        "Les contrôles des prix seront intensifiés dès ce mois-ci par la Direction du commerce et de la concurrence, "
        "qui publiera chaque mois un relevé des prix.\n"
    )
    found = province(text)
    assert leads(found) == ["KS-DCC"]
    assert found[0].deadline is None


def test_a_task_entrusted_in_the_passe_compose_is_an_order_but_not_one_told_of_a_past_year():
    text = (
        "Le Conseil a adopté le principe d'un programme de réhabilitation des bornes-fontaines. Sa réalisation a été "
        "confiée à l'Agence provinciale de l'eau potable, qui devra livrer les premiers ouvrages avant la fin de "
        "l'année.\n"
    )
    found = province(text)
    assert leads(found) == ["KS-AEP"]
    assert str(found[0].deadline) == "2026-12-31"
    assert province("En 2019, la gestion des forages a été confiée à l'Agence provinciale de l'eau potable.\n") == []


def test_a_report_cited_by_its_number_is_a_reference():
    text = (
        "La DRIK adressera au Gouverneur, avant le 31 mai 2026, un plan de redressement qui tiendra compte des "
        "recommandations du rapport d'audit interne n° 2025-114 sur les recettes foncières.\n"
    )
    found = province(text)
    assert leads(found) == ["KS-DRIK"]
    assert [r.lower() for r in found[0].references] == ["rapport d'audit interne n° 2025-114"]
