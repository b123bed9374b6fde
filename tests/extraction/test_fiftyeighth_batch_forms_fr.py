"""Orders in the forms a fifty-eighth batch of French texts written blind showed: a relevé de conclusions whose
action table is flattened to lines with its cells parted by " / " ("Action / Pilote / Échéance"), a due cell that
names an event and gives its date in brackets, a framework contract cited by its number ("l'accord-cadre n° ...");
an earlier meeting's order recalled in the pluperfect before a colon and its outcome; a provincial governor's compte
rendu with "d'ici la fin du trimestre", "faire rapport dans deux semaines", a group of heads of division in the
future tense, and a follow-up list of outstanding recommendations given a "Nouveau délai :"; a council of ministers'
communiqué whose next sentence only says when the funds must be released; a Québec procès-verbal whose "QUE ..."
clause only says where the money comes from. Texts and directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("BR-DVOI", "Direction de la voirie – Département de Brenneval", "DVOI", "Direction de la voirie"),
    unit("BR-DEF", "Direction de l'enfance et de la famille – Brenneval", "DEF", "Direction de l'enfance"),
    unit("BR-DAJ", "Direction des affaires juridiques et des achats – Brenneval", "DAJ", "Direction des achats"),
    unit("BR-DSI", "Direction des systèmes d'information – Brenneval", "DSIN", "Direction des systèmes d'information"),
    unit("BR-COM", "Direction de la communication – Brenneval", "Mission communication", "DirCom"),
    unit("KW-SANTE", "Division provinciale de la Santé – Kwamoto", "Division provinciale de la Santé", "DPS"),
    unit("KW-ENV", "Division provinciale de l'Environnement – Kwamoto", "Division provinciale de l'Environnement"),
    unit("KW-AGRI", "Division provinciale de l'Agriculture – Kwamoto", "Division provinciale de l'Agriculture"),
    unit("KW-REC", "Régie des recettes de Kwamoto", "RRK", "Directeur général de la RRK"),
    unit("KW-CAB", "Cabinet du Gouverneur de Kwamoto", "Cabinet du Gouverneur"),
    unit("TN-ENERGIE", "Ministère de l'Énergie et du Pétrole", "Ministre de l'Énergie et du Pétrole"),
    unit("TN-BUDGET", "Ministère du Budget", "Ministre du Budget"),
    unit("LV-TP", "Service des travaux publics – Ville de Lac-Vermeil", "Service des travaux publics"),
    unit("LV-LOISIRS", "Service des loisirs – Ville de Lac-Vermeil", "Service des loisirs"),
]


def found_in(text, meeting):
    return directives_in(text, DIRECTORY, "fr", meeting)


RELEVE = (
    "RELEVÉ DE DÉCISIONS\n"
    "Comité de suivi « Routes et écoles » – réunion du mardi 3 mars 2026\n\n"
    "Le comité valide le calendrier des travaux d'été.\n\n"
    "Actions à mener / Responsable / Échéance\n"
    "Publier l'avis de fermeture des ponts communaux / DVOI / 20 mars\n"
    "Lancer la consultation pour le marquage au sol sur l'accord-cadre n° 2024-MS-118 / DAJ, avec l'appui de la "
    "DVOI / sous 15 jours\n"
    "Ouvrir le portail d'inscription aux navettes scolaires / DSIN, appui Mission communication / avant la rentrée "
    "(31/08)\n"
    "Recenser les familles sans solution de garde / DEF / fin avril 2026\n\n"
    "Prochaine réunion : mardi 12 mai 2026."
)


def test_a_slash_table_row_takes_its_lead_from_the_pilot_cell():
    found = found_in(RELEVE, "2026-03-03")
    assert [d.text.split(" / ")[0] for d in found] == [
        "Publier l'avis de fermeture des ponts communaux",
        "Lancer la consultation pour le marquage au sol sur l'accord-cadre n° 2024-MS-118",
        "Ouvrir le portail d'inscription aux navettes scolaires",
        "Recenser les familles sans solution de garde",
    ]
    assert leads(found) == ["BR-DVOI", "BR-DAJ", "BR-DSI", "BR-DEF"]
    assert [[c.code for c in d.coordinating] for d in found] == [[], ["BR-DVOI"], ["BR-COM"], []]


def test_a_slash_table_row_reads_its_due_cell():
    found = found_in(RELEVE, "2026-03-03")
    assert [str(d.deadline) for d in found] == ["2026-03-20", "2026-03-18", "2026-08-31", "2026-04-30"]


def test_a_framework_contract_cited_by_its_number_is_a_reference():
    found = found_in(RELEVE, "2026-03-03")
    assert found[1].references == ["accord-cadre n° 2024-MS-118"]


def test_an_earlier_order_recalled_in_the_pluperfect_before_a_colon_gives_no_order():
    text = (
        "COMPTE RENDU\nComité de suivi du 4 mars 2026\n\n"
        "1. Point sur les actions\n"
        "Le comité prend acte du point. Il est rappelé que la DSIN avait été chargée, lors de la réunion du 9 "
        "janvier 2026, de migrer la messagerie des collèges : le dossier est clos."
    )
    assert found_in(text, "2026-03-04") == []


COMPTE_RENDU = (
    "COMPTE RENDU DE LA RÉUNION DU CONSEIL PROVINCIAL DE SÉCURITÉ DU JEUDI 5 MARS 2026\n\n"
    "1. Suivi des recommandations\n"
    "Le Secrétaire a présenté l'état d'exécution des recommandations de la réunion du 19 février 2026.\n"
    "Recommandations non exécutées :\n"
    "- le relevé des sites de dépôt sauvage d'ordures, confié à la Division provinciale de l'Environnement, dont "
    "l'échéance était fixée au 27 février 2026. Nouveau délai : 20 mars 2026 ;\n"
    "- la remise au Cabinet du Gouverneur de la liste des centres de santé sans eau, par la Division provinciale de "
    "la Santé. Nouveau délai : 48 heures.\n\n"
    "2. Campagne agricole\n"
    "Le Gouverneur a chargé la Division provinciale de l'Agriculture de distribuer les semences améliorées aux "
    "coopératives d'ici la fin du trimestre.\n"
    "Le Gouverneur a chargé le Directeur général de la RRK de relancer les redevables de la taxe de voirie et de lui "
    "faire rapport dans trois semaines.\n"
    "Les Chefs de division concernés prendront part aux missions de terrain du Cabinet du Gouverneur.\n"
)


def test_an_outstanding_recommendation_with_a_new_due_date_is_an_order():
    found = found_in(COMPTE_RENDU, "2026-03-05")
    assert found[0].text.startswith("le relevé des sites de dépôt sauvage")
    assert found[0].text.endswith("Nouveau délai : 20 mars 2026")
    assert leads(found[:2]) == ["KW-ENV", "KW-SANTE"]
    assert [str(d.deadline) for d in found[:2]] == ["2026-03-20", "2026-03-07"]


def test_by_the_end_of_the_quarter_and_a_report_in_so_many_weeks():
    found = found_in(COMPTE_RENDU, "2026-03-05")
    dated = {d.lead.code: str(d.deadline) for d in found if d.lead is not None}
    assert dated["KW-AGRI"] == "2026-03-31"
    assert dated["KW-REC"] == "2026-03-26"


def test_the_heads_of_division_concerned_in_the_future_tense_are_an_order_with_no_lead():
    found = found_in(COMPTE_RENDU, "2026-03-05")
    assert found[-1].text.startswith("Les Chefs de division concernés prendront part")
    assert found[-1].lead is None


def test_the_end_of_the_half_year_is_the_end_of_june_or_december():
    text = (
        "COMPTE RENDU DE LA RÉUNION DU 9 SEPTEMBRE 2026\n\n"
        "Le Gouverneur a chargé la Division provinciale de la Santé d'équiper les postes de santé en panneaux "
        "solaires d'ici la fin du semestre."
    )
    found = found_in(text, "2026-09-09")
    assert str(found[0].deadline) == "2026-12-31"


def test_a_sentence_that_only_says_when_the_funds_are_released_joins_the_order():
    text = (
        "COMMUNIQUÉ DU CONSEIL DES MINISTRES DU JEUDI 12 FÉVRIER 2026\n\n"
        "Le Chef de l'État a invité le Ministre de l'Énergie et du Pétrole à engager la réhabilitation des groupes "
        "électrogènes des hôpitaux régionaux. Les crédits devront être débloqués au plus tard le 31 mars 2026.\n"
        "Il a par ailleurs demandé au Ministre du Budget de préparer la loi de finances rectificative."
    )
    found = found_in(text, "2026-02-12")
    assert leads(found) == ["TN-ENERGIE", "TN-BUDGET"]
    assert found[0].text.endswith("au plus tard le 31 mars 2026")
    assert str(found[0].deadline) == "2026-03-31"


def test_a_que_clause_that_says_where_the_money_comes_from_is_no_order():
    text = (
        "PROCÈS-VERBAL de la séance ordinaire du conseil municipal tenue le lundi 11 mai 2026.\n\n"
        "2026-05-077 AMÉNAGEMENT DU PARC DES PINS\n"
        "Il est proposé par le conseiller Paul Côté, appuyé par la conseillère Lise Roy, et résolu à l'unanimité :\n"
        "QUE le Service des loisirs prépare le plan d'aménagement du parc des Pins avant le 30 juin 2026;\n"
        "QUE cette dépense soit imputée au poste budgétaire 02-701-50-522.\n\n"
        "2026-05-078 RÉFECTION DU TROTTOIR DE LA RUE PRINCIPALE\n"
        "Il est résolu à l'unanimité QUE le Service des travaux publics refasse le trottoir de la rue Principale.\n"
        "QUE les sommes requises soient prises à même le surplus accumulé.\n"
    )
    found = found_in(text, "2026-05-11")
    assert leads(found) == ["LV-LOISIRS", "LV-TP"]
