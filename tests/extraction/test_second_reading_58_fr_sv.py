"""A second reading of the fifty-eighth round's French and Swedish rules and of the French working-day calendars:
texts of the same kinds, other wordings. A slash table with no blank line after it, whose next sentence's "et / ou"
became a cell; a French text's country read from words that other countries write too ("appuyée par", a French
département's "canton de", a Belgian council's "Attendu que" lines, a court's "greffière en chef"), or missed for
Switzerland's "État de Vaud"; the calendar of the last text read left in force after it; a Swedish assignment in the
past whose task asks "om ... skulle", read as reported speech; the region's central office named in a municipality's
directory, read as the municipality's; a contract numbered with "no" or "numéro", its gate closed. Texts and
directories written for these tests."""

import datetime

import pytest

from tests.extraction.conftest import codes, directives_in, leads, unit
from tracker.extraction.dates import french_calendar
from tracker.extraction.deadlines import find_deadline
from tracker.extraction.references import find_references
from tracker.extraction.textprep import prepare

FRENCH = [
    unit("VX-ROUTES", "Direction des routes", "DIRO"),
    unit("VX-MARCHES", "Direction de la commande publique", "DCP"),
    unit("VX-ECOLES", "Direction des écoles", "DECO"),
    unit("VX-DDT", "Direction départementale des territoires", "DDT"),
    unit("VX-DREAL", "Direction régionale de l'environnement", "DREAL"),
    unit("VX-TRAV", "Service des travaux", "Service des travaux"),
    unit("VX-SANTE", "Ministère de la Santé", "Ministre de la Santé"),
    unit("VX-DGE", "Direction générale de l'environnement", "DGE"),
]


def french(text, meeting):
    return directives_in(text, FRENCH, "fr", meeting)


def test_a_sentence_right_after_a_slash_table_is_no_row_of_it():
    text = (
        "RELEVÉ DE DÉCISIONS\nComité de pilotage voirie – réunion du lundi 9 mars 2026\n\n"
        "Action / Responsable / Échéance\n"
        "Réparer les nids-de-poule de la route des Crêtes / DIRO / 31 mars\n"
        "Recenser les cantines à rénover / DECO / fin mai 2026\n"
        "La DCP publiera l'appel d'offres et / ou la demande de devis avant le 20 mars.\n"
        "La DECO présentera le bilan 2025 / 2026 au comité du 4 mai.\n\n"
        "Prochaine réunion : lundi 4 mai 2026."
    )
    found = french(text, "2026-03-09")
    assert leads(found) == ["VX-ROUTES", "VX-ECOLES", "VX-MARCHES", "VX-ECOLES"]
    assert [str(d.deadline) for d in found[2:]] == ["2026-03-20", "2026-05-04"]


def test_a_prefecture_text_that_says_appuyee_par_keeps_the_french_days_off():
    text = (
        "Relevé de décisions de la cellule départementale de suivi de l'étiage, réunie en préfecture.\n"
        "La DDT, appuyée par la DREAL, adressera aux communes riveraines l'arrêté de restriction sous 4 jours ouvrés.\n"
    )
    # from Friday 10 July 2026: 13, 15, 16 and 17 July, 14 July off in France (not Québec's calendar)
    assert [str(d.deadline) for d in french(text, "2026-07-10")] == ["2026-07-17"]


def test_a_departmental_council_that_names_a_canton_is_of_france_not_switzerland():
    text = (
        "CONSEIL DÉPARTEMENTAL\nCompte rendu de la commission permanente, en présence de la conseillère "
        "départementale du canton de Lormes.\n"
        "Le Service des travaux transmettra le devis de la passerelle aux maires sous 4 jours ouvrés.\n"
    )
    assert [str(d.deadline) for d in french(text, "2026-07-10")] == ["2026-07-17"]


def test_a_belgian_council_whose_grounds_open_on_attendu_que_keeps_belgiums_days_off():
    text = (
        "Séance du collège communal présidée par le bourgmestre.\n"
        "Attendu que le pont de la rue Basse présente des fissures;\n"
        "Le Service des travaux remettra un rapport d'inspection du pont dans les 2 jours ouvrables.\n"
    )
    # from Monday 20 July 2026: 22 and 23 July, 21 July off in Belgium (not in Québec)
    assert [str(d.deadline) for d in french(text, "2026-07-20")] == ["2026-07-23"]


def test_a_court_clerk_named_in_a_council_of_ministers_is_no_sign_of_quebec():
    text = (
        "COMMUNIQUÉ DU CONSEIL DES MINISTRES DU LUNDI 22 JUIN 2026\n\n"
        "Au titre des mesures individuelles, Madame Fatou Diallo, Greffière en chef, est nommée Directrice des "
        "services judiciaires.\n"
        "Le Président a instruit le Ministre de la Santé de transmettre le plan de riposte dans un délai de 3 jours "
        "ouvrables.\n"
    )
    # 23, 24 and 25 June: 24 June is Québec's day off, no other's
    assert [str(d.deadline) for d in french(text, "2026-06-22")] == ["2026-06-25"]


def test_the_state_of_vaud_counts_switzerlands_working_days():
    text = (
        "ÉTAT DE VAUD\nCommuniqué du Conseil d'État\n\n"
        "Le Conseil d'État charge la DGE de publier la carte des zones inondables dans les 2 jours ouvrables.\n"
    )
    # from Thursday 30 April 2026: 1 and 4 May, Labour Day being worked in the canton
    assert [str(d.deadline) for d in french(text, "2026-04-30")] == ["2026-05-04"]


@pytest.mark.parametrize(
    ("folded", "country"),
    [
        ("la ddt, appuyee par la dreal, transmettra", "fr"),
        ("il est propose par le conseiller roy, appuye par la conseillere cote, et resolu", "ca"),
        ("le conseil departemental du canton de lormes", "fr"),
        ("le bourgmestre\nattendu que la voirie est degradee;", "be"),
        ("madame x, greffiere en chef, est nommee", ""),
        ("etat de vaud. le conseil d'etat charge", "ch"),
        ("la confederation paysanne et la dreal", "fr"),
    ],
)
def test_the_country_of_a_french_text_from_words_no_other_writes(folded, country):
    assert french_calendar(folded) == country


def test_the_calendar_of_a_text_read_is_not_left_for_the_next_date_worked_out():
    quebec = (
        "Procès-verbal de la séance ordinaire du conseil municipal.\n"
        "QUE le Service des travaux répare le trottoir de la rue Principale dans les 3 jours ouvrables.\n"
    )
    assert [str(d.deadline) for d in french(quebec, "2026-06-22")] == ["2026-06-26"]
    # the same days counted with no text read: 23, 24 and 25 June (24 June is Québec's alone)
    found = find_deadline("dans les 3 jours ouvrables", [], datetime.date(2026, 6, 22), "fr")
    assert str(found.date) == "2026-06-25"


SWEDISH = [
    unit("SN", "Socialnämnden"),
    unit("SOC", "Socialförvaltningen"),
    unit("KS", "Kommunstyrelsen, Åsby kommun"),
    unit("KSF", "Kommunstyrelseförvaltningen, Åsby kommun"),
    unit("SBF", "Samhällsbyggnadsförvaltningen, Åsby kommun"),
]


def test_an_assignment_in_the_past_whose_task_asks_whether_something_could_be_done_is_an_order():
    text = (
        "PROTOKOLL\nSocialnämnden\n\n§ 31 Hemtjänst på kvällstid\nBeslut\n"
        "Nämnden uppdrog åt socialförvaltningen att utreda om hemtjänsten skulle kunna utökas till kvällstid.\n"
    )
    assert leads(directives_in(text, SWEDISH, "sv", "2026-04-14")) == ["SOC"]


def test_the_regions_central_office_is_not_the_municipalitys():
    text = (
        "PROTOKOLL\nKommunstyrelsen\n\n§ 17 Kollektivtrafik\nBeslut\n"
        "Samhällsbyggnadsförvaltningen får i uppdrag att i samråd med regionledningskontoret ta fram en plan för "
        "pendelparkeringar.\n"
    )
    municipality = [unit("KS", "Kommunstyrelsen"), unit("KLK", "Kommunledningskontoret"), SWEDISH[-1]]
    (directive,) = directives_in(text, municipality, "sv", "2026-04-14")
    assert directive.lead.code == "SBF"
    assert codes(directive.coordinating) == []


@pytest.mark.parametrize(
    ("sentence", "reference"),
    [
        ("La DCP notifiera le contrat no 2026-114 au titulaire.", "contrat no 2026-114"),
        ("La DCP exécutera la convention numéro 2025-077 avec la région.", "convention numero 2025-077"),
        ("La DCP signera l'avenant nº 2-2026 avant le 30 mai.", "avenant nº 2-2026"),
    ],
)
def test_a_contract_numbered_with_no_or_numero_is_a_reference(sentence, reference):
    prep = prepare(sentence)
    assert [key for _start, _end, key in find_references(prep.folded, prep.work)] == [reference]
