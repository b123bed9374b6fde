"""Working days in French texts skip the days off of the text's own country, read from the words only that country's
texts use: France's 14 July and 11 November where a préfecture's DDT or ARS is tasked, Québec's 24 June and 1 July in
a council's "QUE ..." resolutions, Belgium's 21 July where a bourgmestre speaks, Labour Day in a communiqué of West
Africa and wherever the country is not told. Texts and directory written for these tests."""

import pytest

from tests.extraction.conftest import directives_in, unit
from tracker.extraction.dates import french_calendar

DIRECTORY = [
    unit("CL-DDT", "Direction départementale des territoires", "DDT"),
    unit("CL-GREFFE", "Service du greffe", "greffe", "greffière"),
    unit("CL-TRAV", "Service des travaux publics", "Service des travaux"),
    unit("CL-SANTE", "Ministère de la Santé publique", "Ministre de la Santé"),
]


def deadlines_of(text, meeting):
    return [str(found.deadline) for found in directives_in(text, DIRECTORY, "fr", meeting)]


def test_france_keeps_its_national_day_off():
    text = (
        "Relevé de décisions du comité départemental de suivi de la sécheresse, réuni en préfecture.\n"
        "La DDT transmettra aux maires la carte des restrictions d'eau sous 5 jours ouvrés.\n"
    )
    # from Friday 10 July 2026: 13, 15, 16, 17 and 20 July, 14 July being off in France
    assert deadlines_of(text, "2026-07-10") == ["2026-07-20"]


def test_quebec_keeps_its_national_day_and_canada_day():
    text = (
        "Procès-verbal de la séance ordinaire du conseil municipal.\n"
        "QUE la greffière transmette copie de la présente résolution aux citoyens concernés dans les 4 jours "
        "ouvrables.\n"
    )
    # from Monday 22 June 2026: 23, 25, 26 and 29 June, 24 June being off in Québec
    assert deadlines_of(text, "2026-06-22") == ["2026-06-29"]


def test_belgium_keeps_its_national_day():
    text = (
        "Le collège communal s'est réuni sous la présidence du bourgmestre.\n"
        "Le Service des travaux remettra le devis de réfection de la voirie dans les 3 jours ouvrables.\n"
    )
    # from Friday 17 July 2026: 20, 22 and 23 July, 21 July being off in Belgium
    assert deadlines_of(text, "2026-07-17") == ["2026-07-23"]


def test_labour_day_is_off_where_the_country_is_not_told():
    text = (
        "Communiqué du Conseil des ministres. Le Président de la République a instruit le Ministre de la Santé de "
        "transmettre le plan de riposte dans un délai de 3 jours ouvrables.\n"
    )
    # from Wednesday 29 April 2026: 30 April, 4 and 5 May, 1 May being off
    assert deadlines_of(text, "2026-04-29") == ["2026-05-05"]


@pytest.mark.parametrize(
    ("folded", "country"),
    [
        ("le prefet a reuni la dreal et l'ars", "fr"),
        ("un budget de 2 millions d'euros", "fr"),
        ("un budget de 2 milliards de francs cfa, la dreal", ""),
        ("il est propose par la conseillere, appuye par le conseiller", "ca"),
        ("attendu que le reseau est vetuste;\nque le conseil mandate la direction", "ca"),
        ("le bourgmestre et les echevins", "be"),
        ("le conseil d'etat du canton de vaud", "ch"),
        ("le gouverneur a instruit le ministre provincial", ""),
    ],
)
def test_the_country_a_french_text_is_of(folded, country):
    assert french_calendar(folded) == country
