"""Orders in the forms a nineteenth batch of texts written blind showed, in French and Swedish: a directory
kept for two governments, where a minister's full title ("Ministre des Finances et du Budget") names the
unit whose name holds all its words, not the other government's unit with a shorter alias inside it; a
Swedish order whose assigned agency, named again by its short name, reports back with a date in the next
sentence ("Jordbruksverket redovisar sin analys ... senast ..."). Texts written for these tests."""

import datetime

import pytest

from tests.extraction.conftest import codes, directory, leads
from tracker.extraction import extract

DEUX_GOUVERNEMENTS = directory(
    ("A-FIN", "Ministère des Finances", ["Finances"]),
    ("A-EDU", "Ministère de l'Enseignement Primaire et Secondaire", ["Enseignement"]),
    ("B-MFP", "Ministère des Finances et du Plan", ["MFP"]),
    ("B-EPT", "Ministère de l'Enseignement Primaire et de la Formation Technique", ["MEPFT"]),
    ("B-SAN", "Ministère de la Santé", ["Santé"]),
)

REGERING = directory(
    ("TRV", "Trafikverket", []),
    ("SJV", "Statens jordbruksverk", ["Jordbruksverket"]),
    ("BOV", "Boverket", []),
    ("LST", "Lantmäteriet", []),
)


# -- French: a minister's full title in a directory of two governments ------------------------------


@pytest.mark.parametrize(
    "sentence, lead",
    [
        (
            "Le Chef de l'Etat a demandé au Ministre des Finances et du Plan de dégager les crédits nécessaires "
            "à la campagne de vaccination.",
            "B-MFP",
        ),
        (
            "Il a chargé le Ministre de l'Enseignement Primaire et de la Formation Technique de recenser les "
            "salles de classe à réhabiliter.",
            "B-EPT",
        ),
    ],
)
def test_a_ministers_full_title_names_the_unit_that_holds_all_its_words(sentence, lead):
    text = "COMMUNIQUÉ DU CONSEIL DES MINISTRES\n\n" + sentence + "\n"
    directives = extract(text, DEUX_GOUVERNEMENTS, language="fr").directives
    assert leads(directives) == [lead]


def test_a_short_title_still_names_the_unit_of_its_alias():
    text = (
        "COMMUNIQUÉ DU CONSEIL DES MINISTRES\n\n"
        "Le Président a demandé au Ministre des Finances de publier le rapport trimestriel d'exécution du budget.\n"
    )
    directives = extract(text, DEUX_GOUVERNEMENTS, language="fr").directives
    assert leads(directives) == ["A-FIN"]


# -- Swedish: the assigned agency, by its short name, reports back -----------------------------------


@pytest.mark.parametrize(
    "report_back, due",
    [
        ("Jordbruksverket redovisar uppdraget till Regeringskansliet senast den 31 oktober 2026.", "2026-10-31"),
        ("Jordbruksverket ska redovisa resultatet senast den 15 januari 2027.", "2027-01-15"),
    ],
)
def test_the_assigned_agency_named_again_reports_back_with_a_date(report_back, due):
    text = (
        "Regeringens beslut\n\n"
        "Statens jordbruksverk ska, efter samråd med Boverket, kartlägga behovet av reservvatten för "
        "djurhållningen i landets län. " + report_back + "\n"
    )
    directives = extract(text, REGERING, language="sv").directives
    assert len(directives) == 1, [d.text for d in directives]
    assert leads(directives) == ["SJV"]
    assert report_back.rstrip(".") in directives[0].text
    assert str(directives[0].deadline) == due


def test_another_agency_reporting_is_not_the_orders_report_back():
    text = (
        "Regeringens beslut\n\n"
        "Statens jordbruksverk ska kartlägga behovet av reservvatten för djurhållningen. "
        "Lantmäteriet redovisar sin kartläggning av markägoförhållandena senast den 1 mars 2027.\n"
    )
    directives = extract(text, REGERING, language="sv").directives
    assert leads(directives)[0] == "SJV"
    assert "Lantmäteriet" not in directives[0].text


# -- Swedish municipal and regional minutes, government decisions (nineteenth batch, second pass) -----

EKBY = directory(
    ("KF", "Kommunfullmäktige, Ekby kommun", ["KF"]),
    ("KS", "Kommunstyrelsen, Ekby kommun", ["KS"]),
    ("SBN", "Samhällsbyggnadsnämnden, Ekby kommun", ["SBN"]),
    ("KFN", "Kultur- och fritidsnämnden, Ekby kommun", ["KFN"]),
    ("TN", "Tekniska nämnden, Ekby kommun", ["TN"]),
    ("EBO", "Ekby Bostäder AB", ["Ekbybostäder"]),
)


def sv_minutes(decision):
    return extract(
        "SAMMANTRÄDESPROTOKOLL\nKommunfullmäktige\n\nKommunfullmäktiges beslut\n" + decision + "\n",
        EKBY,
        language="sv",
        meeting_date=datetime.date(2026, 5, 18),
    ).directives


def test_a_share_handled_within_some_days_is_a_target_not_the_deadline():
    directives = sv_minutes(
        "Kultur- och fritidsnämnden ges i uppdrag att ta fram en plan för att minst 90 procent av "
        "föreningarnas ansökningar ska handläggas inom 30 dagar. Planen ska redovisas till kommunstyrelsen "
        "senast den 15 november 2026."
    )
    assert leads(directives) == ["KFN"]
    assert str(directives[0].deadline) == "2026-11-15"


def test_a_delay_of_the_order_itself_is_still_its_deadline():
    directives = sv_minutes(
        "Tekniska nämnden ges i uppdrag att minska kön till båtplatserna med 50 procent inom tre månader."
    )
    assert str(directives[0].deadline) == "2026-08-18"


@pytest.mark.parametrize(
    "decision, due",
    [
        (
            "Tekniska nämnden ges i uppdrag att förbereda införandet av fyrfackskärl från och med "
            "hämtningsåret i januari 2028.",
            None,
        ),
        (
            "Tekniska nämnden ges i uppdrag att förbereda sommartidtabellen fr.o.m. skolavslutningen i juni 2027. "
            "Uppdraget redovisas till kommunstyrelsen senast den 30 november 2026.",
            "2026-11-30",
        ),
    ],
)
def test_from_an_event_in_a_month_is_when_a_change_starts(decision, due):
    directives = sv_minutes(decision)
    assert leads(directives) == ["TN"]
    assert (str(directives[0].deadline) if directives[0].deadline else None) == due


def test_the_assignment_widened_stays_with_its_order_and_its_report_back():
    directives = sv_minutes(
        "Samhällsbyggnadsnämnden ges i uppdrag att utreda hur cykelvägarna i centrum kan byggas ut. "
        "Utredningen ska också omfatta belysningen längs gång- och cykelvägarna. Resultatet redovisas till "
        "kommunfullmäktige senast den 31 mars 2027."
    )
    assert len(directives) == 1, [d.text for d in directives]
    assert leads(directives) == ["SBN"]
    assert "belysningen" in directives[0].text
    assert str(directives[0].deadline) == "2027-03-31"


def test_a_body_named_by_its_compound_without_the_municipality():
    directives = sv_minutes(
        "Kommunstyrelsen får i uppdrag att tillsammans med Ekby Bostäder AB se över behovet av "
        "trygghetsboenden i kommunen."
    )
    assert leads(directives) == ["KS"]
    assert codes(directives[0].coordinating) == ["EBO"]


def test_a_matter_sent_back_with_the_definite_assignment():
    directives = sv_minutes(
        "Ärendet återremitteras till samhällsbyggnadsnämnden med uppdraget att belysa parkeringsbehovet i området."
    )
    assert leads(directives) == ["SBN"]


def test_how_an_assignment_is_paid_for_is_no_order():
    text = (
        "Regeringens beslut\n\n"
        "Regeringen uppdrar åt Trafikverket att kartlägga behovet av nya mötesplatser på Inlandsbanan. "
        "Uppdraget ska redovisas senast den 1 oktober 2026. Kostnaderna för Trafikverkets del av uppdraget "
        "ska finansieras inom befintliga ramar.\n"
    )
    directives = extract(text, REGERING, language="sv").directives
    assert leads(directives) == ["TRV"]
    assert "finansieras" not in directives[0].text
