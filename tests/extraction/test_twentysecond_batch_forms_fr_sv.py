"""Orders in the forms a twenty-second batch of French and Swedish texts written blind showed: a county board's
decision whose tasks come again under "Uppdrag och ansvar" and in a table of measures after its background ("Klart:"
lines, units named "Avdelningen för X"); a government decision giving one assignment to two agencies jointly, one
of them leading it, and parts of it given among its reasons; an inquiry's added tasks in a list after "Utredaren ska
nu även", reported on by the investigator; and what is no order: a practice to be studied ("hur ... begär att") and
the government's view. Texts and directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

SV = [
    unit("RB-EKO", "Ekonomiavdelningen"),
    unit("RB-IT", "IT-enheten"),
    unit("RB-RV", "Rättsavdelningen"),
    unit("RB-NAT", "Naturvårdsenheten"),
    unit("RB-LST", "Länsstyrelsen Norrmarks län"),
    unit("RB-VV", "Vattenverket"),
    unit("RB-FHM", "Folkhälsomyndigheten"),
    unit("RB-SKR", "Sveriges Kommuner och Regioner"),
    unit("RB-JV", "Jordbruksverket"),
    unit("RB-LIV", "Livsmedelsverket"),
]


def sv(text, meeting="2027-03-10"):
    return directives_in(text, SV, "sv", meeting)


COUNTY_DECISION = (
    "LÄNSSTYRELSEN NORRMARK                 BESLUT\n"
    "2027-03-10\n"
    "\n"
    "Plan för informationssäkerhet 2027\n"
    "\n"
    "Beslut\n"
    "Länsstyrelsen fastställer planen för informationssäkerhet under 2027.\n"
    "\n"
    "Bakgrund\n"
    "En granskning under hösten visade brister i behörighetsstyrningen. Resultatet har redovisats för ledningen.\n"
    "\n"
)


def test_a_decisions_tasks_under_a_heading_after_its_background_are_read_not_the_background():
    text = COUNTY_DECISION + (
        "Enligt förordningen ska Rättsavdelningen pröva sådana ärenden.\n"
        "\n"
        "Ansvarsfördelning\n"
        "IT-enheten ska senast den 30 juni 2027 införa tvåfaktorsinloggning i alla system.\n"
    )
    found = sv(text)
    assert leads(found) == ["RB-IT"]
    assert str(found[0].deadline) == "2027-06-30"


def test_a_table_of_measures_with_done_by_lines_and_a_unit_written_avdelningen_for():
    text = COUNTY_DECISION + (
        "Åtgärder\n"
        "1. Uppdatera rutinen för behörighetsgranskning.\n"
        "Ansvarig: Avdelningen för ekonomi, i samverkan med IT-enheten\n"
        "Klar: andra kvartalet 2027\n"
        "2. Utbilda all personal i informationssäkerhet.\n"
        "Ansvarig: Enheten för naturvård\n"
        "Färdigt: 15 november\n"
    )
    found = sv(text)
    assert leads(found) == ["RB-EKO", "RB-NAT"]
    assert [c.code for c in found[0].coordinating] == ["RB-IT"]
    assert [str(d.deadline) for d in found] == ["2027-06-30", "2027-11-15"]


def test_a_county_board_is_named_with_or_without_i():
    text = (
        "Regeringens beslut\n"
        "Regeringen uppdrar åt Vattenverket att ta fram en plan för reservvatten. Uppdraget ska genomföras i "
        "samverkan med Länsstyrelsen i Norrmarks län.\n"
    )
    found = sv(text)
    assert leads(found) == ["RB-VV"]
    assert [c.code for c in found[0].coordinating] == ["RB-LST"]


GOVERNMENT_JOINT = (
    "Regeringens beslut\n"
    "Regeringen uppdrar åt Jordbruksverket och Livsmedelsverket att gemensamt utveckla ett stöd för "
    "livsmedelsberedskap i kommunerna. Livsmedelsverket ska vara sammanhållande för uppdraget. Uppdraget ska "
    "genomföras i samverkan med Folkhälsomyndigheten samt i samråd med berörda branschorganisationer. De båda "
    "myndigheterna ska lämna en delredovisning till Regeringskansliet senast den 1 februari 2028.\n"
    "\n"
)


def test_the_agency_named_to_lead_a_joint_assignment_leads_it_with_its_helpers_and_report():
    found = sv(GOVERNMENT_JOINT)
    assert leads(found) == ["RB-LIV"]
    assert [c.code for c in found[0].coordinating] == ["RB-JV", "RB-FHM"]
    assert str(found[0].deadline) == "2028-02-01"
    assert found[0].text.endswith("1 februari 2028")


def test_a_part_of_the_assignment_given_among_the_reasons_goes_to_the_agencies_named_together():
    text = GOVERNMENT_JOINT + (
        "Skälen för regeringens beslut\n"
        "Regeringen bedömer att kommunernas förmåga behöver stärkas.\n"
        "Myndigheterna ska inom ramen för uppdraget särskilt\n"
        "– beskriva behovet av lager i kommunerna,\n"
        "– föreslå hur ansvaret kan fördelas.\n"
        "Stödet ska vara lätt att använda.\n"
    )
    found = sv(text)
    assert leads(found) == ["RB-LIV", "RB-LIV"]
    assert [c.code for c in found[1].coordinating] == ["RB-JV"]
    assert "föreslå hur ansvaret" in found[1].text


def test_an_inquirys_added_tasks_and_their_report():
    text = (
        "Tilläggsdirektiv\n"
        "\n"
        "Utredaren ska nu även\n"
        "– kartlägga hur kommunerna i dag begär att uppgifter lämnas ut av vårdgivare,\n"
        "– lämna nödvändiga författningsförslag.\n"
        "Utredaren ska redovisa denna del av uppdraget senast den 1 oktober 2027.\n"
        "\n"
        "Regeringen anser nu att reglerna i stället bör samlas i en lag.\n"
    )
    found = sv(text, "2027-01-20")
    assert len(found) == 1, [d.text for d in found]
    assert found[0].text.startswith("Utredaren ska nu även")
    assert str(found[0].deadline) == "2027-10-01"


FR = [
    unit("VL-PREF", "Préfectures de zone", "Préfets de zone"),
    unit("VL-SDIS", "Service départemental d'incendie et de secours", "SDIS"),
    unit("VL-DREAL", "Direction régionale de l'environnement", "DREAL"),
    unit("VL-ARS", "Agence régionale de santé", "ARS"),
    unit("VL-MS", "Ministère de la Santé", "Ministre de la Santé"),
    unit("VL-TRAV", "Service des travaux", "service Travaux"),
    unit("VL-DG", "Direction générale", "Directeur général"),
]


def fr(text, meeting="2027-05-03"):
    return directives_in(text, FR, "fr", meeting)


CIRCULAR_HEAD = (
    "Le ministre de l'Intérieur\n"
    "\n"
    "à\n"
    "\n"
    "Mesdames et Messieurs les préfets de zone\n"
    "\n"
    "Objet : préparation de la saison des feux de forêt 2027\n"
    "\n"
)


def test_a_circulars_orders_to_vous_go_to_the_unit_it_is_written_to():
    text = CIRCULAR_HEAD + (
        "Il vous appartient de réunir, avant le 15 juin 2027, les services concernés.\n"
        "\n"
        "Si le risque devient très sévère, vous mobiliserez les renforts nationaux.\n"
    )
    found = fr(text)
    assert leads(found) == ["VL-PREF", "VL-PREF"]
    assert str(found[0].deadline) == "2027-06-15"


def test_a_service_after_an_opening_of_help_and_helpers_in_an_aside():
    text = CIRCULAR_HEAD + (
        "Pour les y aider, la DREAL fournira aux communes une carte des zones exposées.\n"
        "\n"
        "Les préfets de zone veilleront, avec le directeur de l'ARS, à la prise en charge des personnes évacuées.\n"
    )
    found = fr(text)
    assert leads(found) == ["VL-DREAL", "VL-PREF"]
    assert [c.code for c in found[1].coordinating] == ["VL-ARS"]


def test_instructions_given_to_units_are_an_order_a_recall_is_not():
    text = (
        "Le Premier ministre a présidé le comité de suivi de la sécheresse.\n"
        "\n"
        "Il convient de noter que le comité avait chargé l'ARS, en mars, de recenser les captages.\n"
        "\n"
        "Le Premier ministre a donné des instructions au Ministre de la Santé afin de renforcer le contrôle "
        "sanitaire des eaux. Un point de l'évolution de la situation sera fait au comité dans un délai de deux "
        "semaines.\n"
    )
    found = fr(text)
    assert leads(found) == ["VL-MS"]
    assert str(found[0].deadline) == "2027-05-17"


def test_a_deliberations_next_article_reports_back_and_an_agenda_meeting_dates_an_order():
    text = (
        "Séance du Collège communal du 3 mai 2027\n"
        "\n"
        "1. Voirie – Réfection de la rue du Moulin\n"
        "DÉCIDE :\n"
        "Article 1er : charge le service Travaux de réparer la chaussée de la rue du Moulin d'ici le 30 juin.\n"
        "Article 2 : Un rapport sur les travaux réalisés sera présenté au Collège à la fin du mois d'octobre 2027.\n"
        "\n"
        "2. Divers\n"
        "Le Collège charge le Directeur général d'inscrire le point à l'ordre du jour de la séance du Conseil "
        "du 24 mai 2027.\n"
    )
    found = fr(text)
    assert leads(found) == ["VL-TRAV", "VL-DG"]
    assert [str(d.deadline) for d in found] == ["2027-10-31", "2027-05-24"]
