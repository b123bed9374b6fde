"""Orders in the forms a thirty-second batch of Swedish texts written blind showed: a committee's follow-up list
whose rows are "Uppdrag: <verb phrase>" with labelled lines under it ("Beslutad:", "Ansvarig:", "Samverkan:",
"Klart senast:", "Status:"), each row one order (its decision's paragraph its reference, not the list's case
number); a unit's standing remit told in the present ("X ansvarar för de vägar som ..."), no order; an earlier
assignment a council's budget gave ("gav i budget 2025 ... i uppdrag"), told; the addressee named again by its
kind inside the assignment ("Myndigheten ska även inhämta ...") before the assignment's report-back; the unit
charged handing in what the order makes ("Nämnden ska redovisa förslaget i samband med ..."); a part of a unit
before the unit it belongs to ("i samråd med juristenheten på kommunledningskontoret"); and a committee's name
with the common slip of its "mn" ("fritidsnämden"). Texts and directory written for these tests."""

from tests.extraction.conftest import codes, directives_in, leads, unit

DIRECTORY = [
    # a government's agencies, listed first
    unit("GOV-BOV", "Boverket"),
    unit("GOV-LST", "Länsstyrelsen i Hallands län", "Länsstyrelsen"),
    unit("GOV-TLV", "Tandvårds- och läkemedelsförmånsverket", "TLV"),
    unit("GOV-EHM", "E-hälsomyndigheten"),
    unit("GOV-SKR", "Sveriges Kommuner och Regioner", "SKR"),
    # ... then a municipality's units
    unit("VK-KS", "Kommunstyrelsen", "KS"),
    unit("VK-BN", "Byggnadsnämnden", "BN"),
    unit("VK-KFN", "Kultur- och fritidsnämnden", "KFN"),
    unit("VK-SBF", "Stadsbyggnadsförvaltningen"),
    unit("VK-KLK", "Kommunledningskontoret"),
    unit("VK-GK", "Gatukontoret"),
    unit("VK-PLAN", "Planenheten"),
    unit("VK-VA", "Vårvik Vatten AB", "Vårvik Vatten"),
]


def run(text, meeting="2026-09-15"):
    return directives_in(text, DIRECTORY, "sv", meeting)


VARVIK = "VÅRVIKS KOMMUN\nSAMMANTRÄDESPROTOKOLL\nByggnadsnämnden\nSammanträdesdatum 2026-09-15\n\n"

FOLLOW_UP = (
    VARVIK
    + "§ 71 Uppföljning av nämndens uppdrag\nDnr BN 2026/0044\n\n"
    + "Förvaltningen redovisar läget för nämndens uppdrag per den 1 september.\n\n"
    + "2026/07 Dagvattenplan för Strandängen\n"
    + "Uppdrag: Ta fram en dagvattenplan för Strandängen och pröva om\nfördröjningsmagasin behövs.\n"
    + "Beslutad: BN 2026-02-12 § 14\n"
    + "Ansvarig: Planenheten\n"
    + "Samverkan: Vårvik Vatten AB\n"
    + "Klart senast: andra kvartalet 2027\n"
    + "Status: Pågår. Inventeringen av ledningsnätet är klar.\n\n"
    + "2026/12 Skyltprogram för centrum\n"
    + "Uppdrag: Revidera skyltprogrammet för centrumkvarteren.\n"
    + "Beslutad: BN 2026-04-09 § 40\n"
    + "Ansvarig: Stadsbyggnadsförvaltningen\n"
    + "Klart senast: november 2026\n"
    + "Status: Ej påbörjad.\n\n"
    + "Beslut\nByggnadsnämnden noterar redovisningen.\n"
)


def test_a_follow_up_lists_row_is_one_order_of_the_unit_it_names():
    first, second = run(FOLLOW_UP)
    assert leads([first, second]) == ["VK-PLAN", "VK-SBF"]
    assert codes(first.coordinating) == ["VK-VA"]
    assert first.text.startswith("Uppdrag: Ta fram en dagvattenplan")
    assert first.text.endswith("Klart senast: andra kvartalet 2027")  # where it stands is no part of it
    assert str(first.deadline) == "2027-06-30"
    assert str(second.deadline) == "2026-11-30"


def test_a_follow_up_rows_reference_is_its_decision_not_the_lists_case_number():
    first, second = run(FOLLOW_UP)
    assert first.references == ["BN 2026-02-12 § 14"]
    assert second.references == ["BN 2026-04-09 § 40"]


def test_a_follow_up_row_whose_status_says_it_is_done_is_no_order():
    # a guard: a row done is no order (the rule must not propose it)
    text = (
        VARVIK
        + "§ 72 Uppföljning\n\n"
        + "2026/03 Parkeringsnorm\n"
        + "Uppdrag: Se över parkeringsnormen för nya bostäder.\n"
        + "Ansvarig: Planenheten\n"
        + "Klart senast: 2026-06-30\n"
        + "Status: Slutfört, normen antogs 2026-06-11.\n\n"
        + "2026/05 Gång- och cykelväg\n"
        + "Uppdrag: Utreda en gång- och cykelväg längs Kustvägen.\n"
        + "Ansvarig: Gatukontoret\n"
        + "Klart senast: 2026-12-31\n"
        + "Status: Pågår.\n"
    )
    (directive,) = run(text)
    assert leads([directive]) == ["VK-GK"]
    assert str(directive.deadline) == "2026-12-31"


def test_a_units_standing_remit_is_no_order():
    text = (
        "Kommittédirektiv\n\nTydligare ansvar för enskilda vägar\n\nDir. 2026:41\n\n"
        "Bakgrund\n\nBoverket ansvarar för de föreskrifter om tillgänglighet som gäller för allmänna platser. "
        "Länsstyrelsen har tillsyn över de enskilda vägar som får statsbidrag.\n\n"
        "Uppdraget\n\nUtredaren ska kartlägga hur de enskilda vägarna underhålls.\n"
    )
    directives = run(text)
    assert [d.text[:9] for d in directives] == ["Utredaren"]


def test_a_task_a_unit_answers_for_is_still_an_order():
    # a guard: "ansvarar för att ta fram ... senast" charges the unit with a task
    text = (
        VARVIK
        + "§ 73 Trafiksäkerhet\nBeslut\nGatukontoret ansvarar för att ta fram en trafiksäkerhetsplan senast den "
        + "31 mars 2027.\n"
    )
    (directive,) = run(text)
    assert leads([directive]) == ["VK-GK"]


def test_an_assignment_a_councils_budget_gave_is_told():
    text = (
        "VÅRVIKS KOMMUN\nPROTOKOLL\nKommunstyrelsen\nSammanträdesdatum 2026-09-15\n\n"
        "§ 120 Översyn av föreningsbidragen\nDnr KS 2026/0301\n\nÄrendebeskrivning\n"
        "Kommunfullmäktige gav i budget 2026 kommunstyrelsen i uppdrag att se över föreningsbidragen.\n\n"
        "Beslut\nKommunstyrelsen uppdrar åt kultur- och fritidsnämnden att ta fram nya regler för "
        "föreningsbidrag senast den 31 januari 2027.\n"
    )
    (directive,) = run(text)
    assert leads([directive]) == ["VK-KFN"]


def test_the_addressee_named_again_by_its_kind_before_the_report_back():
    text = (
        "Regeringsbeslut\n2026-09-15\n\nRegeringens beslut\n\n"
        "Regeringen uppdrar åt E-hälsomyndigheten att utveckla en nationell tjänst för digitala recept inom "
        "tandvården. Uppdraget ska genomföras i samråd med Tandvårds- och läkemedelsförmånsverket och SKR. "
        "Myndigheten ska även inhämta synpunkter från patientorganisationerna. Uppdraget ska redovisas till "
        "Regeringskansliet (Socialdepartementet) senast den 15 oktober 2027.\n"
    )
    (directive,) = run(text)
    assert leads([directive]) == ["GOV-EHM"]
    assert sorted(codes(directive.coordinating)) == ["GOV-SKR", "GOV-TLV"]
    assert str(directive.deadline) == "2027-10-15"


def test_the_unit_charged_hands_in_what_the_order_makes():
    text = (
        "VÅRVIKS KOMMUN\nPROTOKOLL\nKommunstyrelsen\nSammanträdesdatum 2026-09-15\n\n"
        "§ 121 Kulturstrategi\n\nBeslut\nKommunstyrelsen uppdrar åt kultur- och fritidsnämnden att ta fram en "
        "kulturstrategi för perioden 2027–2030. Nämnden ska redovisa strategin i samband med budgetdialogen.\n"
    )
    (directive,) = run(text)
    assert leads([directive]) == ["VK-KFN"]
    assert directive.text.endswith("i samband med budgetdialogen")


def test_a_part_of_a_unit_before_the_unit_it_belongs_to():
    text = (
        VARVIK
        + "§ 74 Taxor\nBeslut\nStadsbyggnadsförvaltningen ska, i samråd med juristenheten på "
        + "kommunledningskontoret, se över bygglovstaxan senast den 30 november 2026.\n"
    )
    (directive,) = run(text)
    assert leads([directive]) == ["VK-SBF"]
    assert codes(directive.coordinating) == ["VK-KLK"]


def test_a_committees_name_with_the_slip_of_its_mn():
    text = (
        VARVIK
        + "§ 75 Idrottsplatsen\nBeslut\nByggnadsnämnden ger stadsbyggnadsförvaltningen i uppdrag att, i samverkan "
        + "med kultur- och fritidsnämden, utreda en ny detaljplan för idrottsplatsen senast den 1 mars 2027.\n"
    )
    (directive,) = run(text)
    assert leads([directive]) == ["VK-SBF"]
    assert codes(directive.coordinating) == ["VK-KFN"]
