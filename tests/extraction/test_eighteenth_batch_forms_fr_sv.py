"""Orders in the forms an eighteenth batch of texts written blind showed, in French and Swedish: a Swedish
order whose next sentence makes its product the subject with a passive infinitive and a date ("Ett förslag
ska kunna skickas ut ... senast", "Riktlinjerna ska föreläggas ... senast"), the assigned agency told how to
work after a sentence on the product, the reasons and background that follow a decision ("Bakgrund",
"Skälen för regeringens beslut", "Sammanfattning"), a rule stated in the present passive ("Avgift tas ut
enligt taxan"), a directory's units written with their municipality (", Ekby kommun"); a council of
ministers' communiqué whose "ministre de X" is one name, whose adoptions open "Sur le rapport du ministre
..." and whose appointments list a person on a line; a conclusion's arrow before a service, a municipal
resolution that approves and then orders a service in an "et que" clause, and "le directeur du Service"
asked to file the result with the council. Texts written for these tests."""

import pytest

from tests.extraction.conftest import directory, leads
from tracker.extraction import extract

KOMMUN = directory(
    ("KS", "Kommunstyrelsen, Ekby kommun", ["KS"]),
    ("MBF", "Miljö- och byggförvaltningen, Ekby kommun", ["MBF"]),
    ("TK", "Tekniska kontoret, Ekby kommun", ["Gatukontoret"]),
    ("SF", "Socialförvaltningen, Ekby kommun", ["SF"]),
)

REGERING = directory(
    ("TRV", "Trafikverket", []),
    ("MSB", "Myndigheten för samhällsskydd och beredskap", ["MSB"]),
    ("BOV", "Boverket", []),
)

CONSEIL = directory(
    ("MSP", "Ministère de la Santé publique", ["Santé publique", "Santé"]),
    ("MTP", "Ministère des Transports et des Travaux publics", ["Transports"]),
    ("MCOM", "Ministère du Commerce", ["Commerce"]),
)

VILLE = directory(
    ("GENIE", "Service du génie et des infrastructures - Ville de Lac-Sauvage", ["Génie"]),
    ("BIBLIO", "Service des bibliothèques et de la culture - Ville de Lac-Sauvage", ["Bibliothèques"]),
    ("GREFFE", "Service du greffe - Ville de Lac-Sauvage", ["Greffe"]),
)


# -- Swedish: the sentences that go on with an order --------------------------------------------------


@pytest.mark.parametrize(
    "follow_up, due",
    [
        ("Ett första utkast ska kunna remitteras senast i oktober 2026.", "2026-10-31"),
        ("De uppdaterade rutinerna ska föreläggas nämnden för beslut senast den 30 november 2026.", "2026-11-30"),
        (
            "Arbetet med inventeringen ska påbörjas i höst och uppdraget ska slutredovisas senast den 1 mars 2027.",
            "2027-03-01",
        ),
    ],
)
def test_a_sentence_on_the_orders_product_in_the_passive_dates_the_order(follow_up, due):
    text = (
        "Kommunstyrelsens beslut\n"
        "Miljö- och byggförvaltningen får i uppdrag att ta fram nya rutiner för tillsyn av enskilda avlopp. "
        + follow_up
        + "\n"
    )
    directives = extract(text, KOMMUN, language="sv", meeting_date=None).directives
    assert len(directives) == 1, [d.text for d in directives]
    assert leads(directives) == ["MBF"]
    assert follow_up.rstrip(".") in directives[0].text
    assert str(directives[0].deadline) == due


def test_the_assigned_agency_told_how_to_work_past_a_sentence_on_the_product():
    text = (
        "Regeringens beslut\n"
        "Regeringen uppdrar åt Trafikverket att ta fram en vägledning för vinterväghållning på det lågtrafikerade "
        "vägnätet. Vägledningen ska kunna användas av kommuner och enskilda väghållare. Trafikverket ska inhämta "
        "synpunkter från Boverket. Uppdraget ska redovisas till Regeringskansliet senast den 15 mars 2027.\n"
    )
    directives = extract(text, REGERING, language="sv").directives
    assert len(directives) == 1, [d.text for d in directives]
    assert leads(directives) == ["TRV"]
    assert "Uppdraget ska redovisas" in directives[0].text
    assert str(directives[0].deadline) == "2027-03-15"


def test_no_order_in_the_reasons_and_background_after_a_decision():
    text = (
        "Regeringens beslut\n"
        "\n"
        "Regeringen uppdrar åt Myndigheten för samhällsskydd och beredskap att kartlägga kommunernas "
        "reservkraft. Uppdraget ska redovisas senast den 1 juni 2027.\n"
        "\n"
        "Bakgrund\n"
        "\n"
        "Regeringen gav 2024 Boverket i uppdrag att se över byggreglerna för skyddsrum.\n"
        "\n"
        "Skälen för regeringens beslut\n"
        "\n"
        "Trafikverkets kartläggning ska ge regeringen en bild av sårbarheterna. Kartläggningen är den första i "
        "sitt slag.\n"
    )
    directives = extract(text, REGERING, language="sv").directives
    assert leads(directives) == ["MSB"]
    assert str(directives[0].deadline) == "2027-06-01"


def test_no_order_in_a_summary_under_a_boards_decision():
    text = (
        "Kommunstyrelsens beslut\n"
        "1. Socialförvaltningen får i uppdrag att ta fram en handlingsplan mot hemlöshet.\n"
        "\n"
        "Sammanfattning\n"
        "Kommunfullmäktige antog 2023 ett program mot hemlöshet och gav kommunstyrelsen i uppdrag att följa "
        "upp det. Denna rapport är den tredje uppföljningen.\n"
    )
    directives = extract(text, KOMMUN, language="sv").directives
    assert leads(directives) == ["SF"]


def test_a_rule_stated_in_the_present_passive_is_no_order():
    text = (
        "Kommunstyrelsens beslut\n"
        "Tekniska kontoret får i uppdrag att anlägga en ny gång- och cykelväg längs Sjövägen. Avgift debiteras "
        "enligt gällande taxa.\n"
    )
    directives = extract(text, KOMMUN, language="sv").directives
    assert len(directives) == 1, [d.text for d in directives]
    assert leads(directives) == ["TK"]


def test_a_unit_written_with_its_municipality_is_found_without_it():
    text = "Kommunstyrelsen beslutar att uppdra åt tekniska kontoret att utreda en ny återvinningscentral.\n"
    directives = extract(text, KOMMUN, language="sv").directives
    assert leads(directives) == ["TK"]


# -- French: a council of ministers' communiqué --------------------------------------------------------


def test_a_ministers_title_and_portfolio_are_one_name():
    text = (
        "Le Chef de l'État a instruit au ministre des Transports et des Travaux publics, en relation avec le "
        "ministre du Commerce, de rouvrir la route nationale avant le 30 juin 2026.\n"
        "\n"
        "Le ministre de la Santé publique présentera, dans un délai de quinze jours, le plan de riposte.\n"
    )
    directives = extract(text, CONSEIL, language="fr", meeting_date=None).directives
    assert leads(directives) == ["MTP", "MSP"]


def test_no_order_in_an_adoption_on_a_ministers_report_or_in_an_appointment():
    text = (
        "AU TITRE DU MINISTÈRE DU COMMERCE :\n"
        "\n"
        "Sur le rapport du ministre du Commerce, le Conseil des Ministres a adopté un projet de décret portant "
        "réglementation des prix de certains produits de première nécessité.\n"
        "\n"
        "AU TITRE DU MINISTÈRE DE LA SANTÉ PUBLIQUE :\n"
        "- Inspecteur général : Madame Fanta CAMARA, Pharmacienne.\n"
    )
    assert extract(text, CONSEIL, language="fr").directives == []


def test_a_service_after_a_conclusions_arrow_is_given_its_part():
    text = (
        "3. Voirie\n"
        "\n"
        "→ La direction départementale des routes inspectera les ouvrages d'art avant le 15 septembre 2026.\n"
    )
    directives = extract(text, CONSEIL, language="fr", meeting_date=None).directives
    assert len(directives) == 1
    assert str(directives[0].deadline) == "2026-09-15"


# -- French: a municipal council's resolutions -----------------------------------------------------------


def test_a_resolution_that_approves_then_orders_a_service():
    text = (
        "2026-05-041 HEURES D'OUVERTURE ESTIVALES\n"
        "Il est proposé par la conseillère Anne Roy, appuyé par le conseiller Luc Babin et résolu à l'unanimité "
        "d'approuver l'horaire d'été et que le Service des bibliothèques et de la culture procède à sa diffusion "
        "au plus tard le 1er juin 2026.\n"
        "ADOPTÉE\n"
    )
    directives = extract(text, VILLE, language="fr").directives
    assert len(directives) == 1
    assert directives[0].text.startswith("que le Service des bibliothèques")
    assert leads(directives) == ["BIBLIO"]
    assert str(directives[0].deadline) == "2026-06-01"


def test_the_head_of_the_service_asked_to_file_its_result_goes_with_the_order():
    text = (
        "Il est proposé par le conseiller Luc Babin et résolu :\n"
        "DE MANDATER le Service du génie et des infrastructures afin d'inspecter le pont de la rue Notre-Dame;\n"
        "DE DEMANDER au directeur du Service de déposer son rapport au conseil au plus tard le 11 mai 2026.\n"
        "ADOPTÉE\n"
    )
    directives = extract(text, VILLE, language="fr").directives
    assert len(directives) == 1, [d.text for d in directives]
    assert leads(directives) == ["GENIE"]
    assert str(directives[0].deadline) == "2026-05-11"
