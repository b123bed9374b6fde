"""Orders in the forms a sixty-sixth batch of French texts written blind showed: a département's relevé de décisions
whose rows are "Action : ..." lines over "Responsable :" (or "Resp. :") and "Échéance :" lines, an empty row for
information, a due date of day and month alone ("15/05"), a budget by its acronym and year ("BS 2026"); a Cameroonian
circular with its warning after a deadline ("Passé ce délai, ..."), a limit stated as a norm ("ne sauraient
excéder"), a closing "chargé du suivi de l'application de la présente circulaire, dont il me rendra compte", plans
named with their period and acronym ("(SND30)", "CDMT"); a Congolese provincial council whose helpers come "en
synergie avec" or as "une délégation de" a commission, and whose governor "a déploré ... et a exigé que ..."; a
Malian communiqué whose President "a réitéré ses instructions au ministre ... pour que ...". Texts and directory
written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("VM-DVR", "Direction de la voirie et des réseaux – Val-de-Marnaise", "DVR", "Direction de la voirie"),
    unit("VM-DSI", "Direction des systèmes d'information – Val-de-Marnaise", "DSI"),
    unit("VM-DBF", "Direction du budget et des finances – Val-de-Marnaise", "DBF", "Direction du budget"),
    unit("VM-CAB", "Cabinet du Président – Val-de-Marnaise", "Cabinet"),
    unit("KT-FIN", "Ministère des Finances (Kotongo)", "Ministre des Finances"),
    unit("KT-SG", "Secrétariat général du Gouvernement (Kotongo)", "Secrétaire général du Gouvernement"),
    unit("KT-AGRI", "Ministère de l'Agriculture (Kotongo)", "Ministre de l'Agriculture"),
    unit(
        "KT-DECENT",
        "Ministère de la Décentralisation et de l'Administration locale",
        "ministre de la Décentralisation et de l'Administration locale",
    ),
    unit("SK-TP", "Ministère provincial des Travaux publics – Sankala", "Ministre provincial des Travaux publics"),
    unit("SK-OVD", "Office des voiries et drainage – Sankala", "Office des voiries et drainage", "OVD"),
    unit("SK-CFOR", "Commission provinciale des forêts – Sankala", "Commission provinciale des forêts"),
    unit("SK-PLAN", "Ministère provincial du Plan – Sankala", "Ministre provincial du Plan"),
]


def found_in(text, meeting):
    return directives_in(text, DIRECTORY, "fr", meeting)


RELEVE = (
    "BUREAU DU CONSEIL DÉPARTEMENTAL\nSéance du lundi 2 mars 2026\nRELEVÉ DE DÉCISIONS\n\n"
    "1 - Ouvrages d'art\n"
    "Le Bureau prend acte du diagnostic des ponts.\n"
    "Action : engager la réfection du pont de la Fontaine-Basse\n"
    "Responsable : DVR\n"
    "Échéance : fin juin\n\n"
    "2 - Bilan numérique\n"
    "Action : -\n"
    "Responsable : -\n"
    "Échéance : - (pour information)\n\n"
    "3 - Budget\n"
    "Action : préparer le cadrage du BS 2026 et la reprise des reports\n"
    "Resp. : Direction du budget\n"
    "Échéance : 20/04\n"
)


def test_a_releve_row_under_its_bare_action_label_is_an_order_of_its_responsible_unit():
    found = found_in(RELEVE, "2026-03-02")
    assert [d.text.split("\n")[0] for d in found] == [
        "engager la réfection du pont de la Fontaine-Basse",
        "préparer le cadrage du BS 2026 et la reprise des reports",
    ]
    assert leads(found) == ["VM-DVR", "VM-DBF"]


def test_a_releve_row_reads_its_due_date_of_day_and_month_alone():
    found = found_in(RELEVE, "2026-03-02")
    assert [str(d.deadline) for d in found] == ["2026-06-30", "2026-04-20"]


def test_a_budget_named_by_its_acronym_and_year_is_a_reference():
    found = found_in(RELEVE, "2026-03-02")
    assert found[1].references == ["BS 2026"]


CIRCULAIRE = (
    "CIRCULAIRE N° 012/CAB/PM du 2 mars 2026\n\n"
    "1) Les Ministres sont invités à transmettre au Ministre des Finances leurs propositions, au plus tard le 15 avril "
    "2026. Passé ce délai, les dossiers seront examinés en l'état.\n\n"
    "II.- DES ORIENTATIONS\n\n"
    "2) Les frais de mission ne sauraient dépasser 5 % des crédits de fonctionnement.\n\n"
    "3) Le Secrétaire général du Gouvernement est chargé du suivi de l'application de la présente circulaire, dont il "
    "me rendra compte chaque trimestre.\n"
)


def test_a_warning_after_the_deadline_and_a_limit_are_no_orders():
    found = found_in(CIRCULAIRE, "2026-03-02")
    assert not any(d.text.startswith(("Passé ce délai", "Les frais de mission")) for d in found)


def test_the_follow_up_of_a_circular_with_its_report_back_in_a_relative_is_an_order():
    found = found_in(CIRCULAIRE, "2026-03-02")
    assert leads(found[-1:]) == ["KT-SG"]
    assert found[-1].text.startswith("Le Secrétaire général du Gouvernement est chargé du suivi")


def test_a_strategy_with_its_period_and_acronym_and_an_expenditure_framework_are_references():
    text = (
        "Les Ministres sont invités à réviser, au plus tard le 30 mai 2026, les Cadres de Dépenses à Moyen Terme "
        "(CDMT) 2027-2029 de leurs départements, en cohérence avec la Stratégie Nationale de Croissance 2021-2030 "
        "(SNC30)."
    )
    found = found_in(text, "2026-03-02")
    assert found[0].references == [
        "Cadres de Dépenses à Moyen Terme (CDMT) 2027-2029",
        "Stratégie Nationale de Croissance 2021-2030 (SNC30)",
    ]


def test_helpers_in_synergy_or_as_a_delegation_of_a_body_coordinate():
    text = (
        "Le Gouverneur a instruit le Ministre provincial des Travaux publics, en synergie avec l'Office des voiries "
        "et drainage, de curer les caniveaux du marché central endéans dix jours.\n"
        "Le Gouverneur a instruit le Ministre provincial du Plan de se rendre à Mabiala avec une délégation de la "
        "Commission provinciale des forêts endéans 48 heures."
    )
    found = found_in(text, "2026-03-02")
    assert leads(found) == ["SK-TP", "SK-PLAN"]
    assert [[c.code for c in d.coordinating] for d in found] == [["SK-OVD"], ["SK-CFOR"]]


def test_the_chair_who_deplores_and_then_demands_gives_an_order():
    text = (
        "Le Ministre provincial du Plan avait été chargé de dresser l'inventaire des ponts. Le Gouverneur a déploré "
        "que cet inventaire ne soit pas encore prêt et a exigé qu'il soit transmis au plus tard le vendredi 13 mars "
        "2026."
    )
    found = found_in(text, "2026-03-02")
    assert len(found) == 1
    assert found[0].text.startswith("Le Gouverneur a déploré")
    assert str(found[0].deadline) == "2026-03-13"


def test_instructions_reiterated_to_a_minister_for_a_report_in_the_subjunctive_are_an_order():
    text = (
        "Le Président de la République, relevant des lenteurs, a réitéré ses instructions au ministre de la "
        "Décentralisation et de l'Administration locale pour que le rapport final lui soit remis avant la fin du mois "
        "de mai 2026."
    )
    found = found_in(text, "2026-03-02")
    assert leads(found) == ["KT-DECENT"]
    assert str(found[0].deadline) == "2026-05-31"
