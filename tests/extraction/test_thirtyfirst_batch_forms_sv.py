"""Orders in the forms a thirty-first batch of Swedish texts written blind showed: a unit of a mixed directory
named by one compound with a bracket ("Ekonomiavdelningen (kommunledningskontoret)"), which another
administration's unit must not take; two names joined by "och" where the first name's alias runs on into the
second's ("räddningstjänsten och Åsele Vatten AB"); an officer named by the field of his unit
("säkerhetssamordnaren"); "förvaltningen" for the administration its paragraph named last; a decision's clause
that proposes to the council ("föreslå kommunfullmäktige att godkänna ..."), no order; what the order makes named
again as the subject of the sentence that says when it is due ("ta fram en förstudie ... Förstudien ska ... och
redovisas senast ..."); a second addressee of one sentence with its verb left out ("... och Y i uppdrag att
dessförinnan ..."), due before the first one's date; "Myndigheterna ska gemensamt ..." after assignments given one
by one; a report-back under a heading of its own ("Redovisning av uppdraget\\n\\nÖvriga delar av uppdraget ska
redovisas ..."); those consulted ("efter att ha inhämtat synpunkter från", "stämma av förslaget med"); and an
acronym that units of several administrations share. Texts and directory written for these tests."""

import pytest

from tests.extraction.conftest import codes, directives_in, leads, unit

DIRECTORY = [
    # a government's agencies, listed first
    unit("GOV-AV", "Arbetsmiljöverket", "AV"),
    unit("GOV-BOV", "Boverket"),
    unit("GOV-LM", "Lantmäteriet"),
    unit("GOV-SKR", "Sveriges Kommuner och Regioner", "SKR"),
    unit("GOV-TRV", "Trafikverket"),
    # ... then a municipality's units
    unit("ASK-KF", "Kommunfullmäktige", "KF"),
    unit("ASK-KLK", "Kommunledningskontoret"),
    unit("ASK-PERS", "Personalavdelningen (kommunledningskontoret)"),
    unit("ASK-AME", "Arbetsmiljöenheten (personalavdelningen)"),
    unit("ASK-MILJ", "Miljöförvaltningen"),
    unit("ASK-KFF", "Kultur- och fritidsförvaltningen"),
    unit("ASK-GK", "Gatukontoret"),
    unit("ASK-FHE", "Folkhälsoenheten"),
    unit("ASK-BER", "Beredskapsenheten"),
    unit("ASK-RTJ", "Räddningstjänsten Åsele", "Räddningstjänsten"),
    unit("ASK-VAB", "Åsele Vatten AB", "Åsele Vatten"),
    unit("ASK-PRO", "Kommunala pensionärsrådet", "Pensionärsrådet"),
    unit("ASK-SKR", "Sveriges Kommuner och Regioner", "SKR"),
]


def run(text, meeting="2026-03-10"):
    return directives_in(text, DIRECTORY, "sv", meeting)


ASELE = "ÅSELE KOMMUN\nSAMMANTRÄDESPROTOKOLL\nKommunstyrelsen\nSammanträdesdatum 2026-03-10\n\n"


def test_a_unit_named_by_one_compound_before_its_bracket():
    # not the agency of another administration whose name opens with the same field
    text = (
        ASELE
        + "§ 21 Sjukfrånvaron\nBeslut\nKommunstyrelsen ger arbetsmiljöenheten i uppdrag att analysera "
        + "sjukfrånvaron och redovisa resultatet senast den 30 juni 2026.\n"
    )
    (directive,) = run(text)
    assert leads([directive]) == ["ASK-AME"]


def test_two_names_joined_by_och_where_the_first_runs_on_into_the_second():
    text = (
        ASELE
        + "§ 22 Brandvattnet\nBeslut\nKommunstyrelsen ger kommunledningskontoret i uppdrag att, i samverkan med "
        + "räddningstjänsten och Åsele Vatten AB, se över brandposterna i Åsele före utgången av 2026.\n"
    )
    (directive,) = run(text)
    assert leads([directive]) == ["ASK-KLK"]
    assert sorted(codes(directive.coordinating)) == ["ASK-RTJ", "ASK-VAB"]


@pytest.mark.parametrize(
    ("officer", "lead"),
    [("folkhälsostrategen", "ASK-FHE"), ("beredskapssamordnaren", "ASK-BER")],
)
def test_an_officer_named_by_the_field_of_his_unit(officer, lead):
    text = (
        ASELE
        + f"§ 23 Uppdrag\nBeslut\nKommunstyrelsen uppdrar åt {officer} att ta fram en handlingsplan "
        + "och redovisa den senast den 15 september 2026.\n"
    )
    (directive,) = run(text)
    assert leads([directive]) == [lead]


def test_forvaltningen_is_the_administration_its_paragraph_named_last():
    text = (
        ASELE
        + "§ 24 Fritidsgårdarna\nBeslut\nKommunstyrelsen ger kultur- och fritidsförvaltningen i uppdrag att se "
        + "över öppettiderna.\n\n"
        + "§ 25 Bullret vid industriområdet\nMiljöförvaltningen har mätt bullret vid tolv bostäder och funnit "
        + "att riktvärdet överskrids vid fyra.\nBeslut\nKommunstyrelsen ger förvaltningen i uppdrag att föreslå "
        + "åtgärder mot bullret inom två månader.\n"
    )
    assert leads(run(text)) == ["ASK-KFF", "ASK-MILJ"]


@pytest.mark.parametrize(
    "clause",
    [
        "föreslå kommunfullmäktige att anta den reviderade taxan",
        "föreslå kommunfullmäktige besluta att fastställa den reviderade taxan",
    ],
)
def test_a_clause_that_proposes_to_the_council_is_no_order(clause):
    text = (
        ASELE
        + "§ 26 Avfallstaxa 2027\nBeslut\nKommunstyrelsen beslutar att\n1. "
        + clause
        + ",\n2. ge gatukontoret i uppdrag att informera hushållen om taxan senast den 1 december 2026.\n"
    )
    (directive,) = run(text)
    assert leads([directive]) == ["ASK-GK"]
    assert str(directive.deadline) == "2026-12-01"


def test_what_the_order_makes_named_again_with_its_due_date():
    text = (
        ASELE
        + "§ 27 Ny idrottshall\nBeslut\nKommunstyrelsen ger kultur- och fritidsförvaltningen i uppdrag att ta fram "
        + "en behovsanalys för en ny idrottshall. Behovsanalysen ska omfatta föreningarnas tider och skolornas "
        + "behov och presenteras för kommunstyrelsen senast den 31 augusti 2026.\n"
    )
    (directive,) = run(text)
    assert leads([directive]) == ["ASK-KFF"]
    assert directive.text.endswith("senast den 31 augusti 2026")
    assert str(directive.deadline) == "2026-08-31"


def test_a_second_addressee_with_its_verb_left_out_due_before_the_first():
    text = (
        ASELE
        + "§ 28 Remiss om kollektivtrafiken\nBeslut\nKommunstyrelsen ger gatukontoret i uppdrag att till "
        + "arbetsutskottets sammanträde den 20 april 2026 ta fram ett förslag till remissvar och "
        + "kommunledningskontoret i uppdrag att dessförinnan stämma av förslaget med pensionärsrådet.\n"
    )
    first, second = run(text)
    assert leads([first, second]) == ["ASK-GK", "ASK-KLK"]
    assert str(first.deadline) == str(second.deadline) == "2026-04-20"
    assert codes(second.coordinating) == ["ASK-PRO"]


def test_a_joint_passive_assignment_is_one_order():
    text = (
        ASELE
        + "§ 29 Trygghet\nBeslut\nGatukontoret och miljöförvaltningen ges i uppdrag att gemensamt kartlägga "
        + "belysningen i centrum senast den 1 oktober 2026.\n"
    )
    (directive,) = run(text)
    assert leads([directive]) == ["ASK-GK"]


def test_the_agencies_together_after_assignments_given_one_by_one():
    text = (
        "Regeringsbeslut\n2026-03-10\n\nRegeringens beslut\n\n"
        "Regeringen uppdrar åt Boverket att ta fram en vägledning om bygglov för solceller. "
        "Uppdraget ska redovisas senast den 1 mars 2027.\n\n"
        "Regeringen uppdrar vidare åt Lantmäteriet att, med utgångspunkt i vägledningen, se över "
        "kartunderlaget. Uppdraget ska redovisas senast den 1 juni 2027.\n\n"
        "Myndigheterna ska gemensamt hålla ett seminarium för kommunerna under 2027.\n"
    )
    directives = run(text)
    assert leads(directives) == ["GOV-BOV", "GOV-LM", "GOV-BOV"]
    assert codes(directives[2].coordinating) == ["GOV-LM"]


def test_a_report_back_under_a_heading_of_its_own():
    text = (
        "Tilläggsdirektiv till Utredningen om bostadsförsörjning (Fi 2025:03)\n\nDir. 2026:14\n\n"
        "Konsekvenser\n\nUtredaren ska beskriva förslagens konsekvenser för kommunernas ekonomi.\n\n"
        "Redovisning av uppdraget\n\n"
        "Övriga delar av uppdraget ska redovisas i samband med slutbetänkandet senast den 15 maj 2027.\n"
    )
    (directive,) = run(text)
    assert str(directive.deadline) == "2027-05-15"


def test_those_whose_views_are_sought_first():
    text = (
        "Kommittédirektiv\n\nDir. 2026:15\n\nUtredaren ska också, efter att ha inhämtat synpunkter från Boverket "
        "och Trafikverket, föreslå hur planeringen av nya bostadsområden kan samordnas med vägnätet.\n"
    )
    (directive,) = run(text)
    assert sorted(codes(directive.coordinating)) == ["GOV-BOV", "GOV-TRV"]


def test_an_acronym_several_administrations_share_is_the_texts_own():
    text = (
        ASELE
        + "§ 30 Kompetensförsörjning\nBeslut\nKommunstyrelsen ger personalavdelningen i uppdrag att, i samverkan "
        + "med gatukontoret och SKR, ta fram en kompetensplan senast den 30 november 2026.\n"
    )
    (directive,) = run(text)
    assert sorted(codes(directive.coordinating)) == ["ASK-GK", "ASK-SKR"]


def test_what_the_order_makes_named_again_in_english_too():
    departments = [unit("P", "Planning Department", "Planning")]
    text = (
        "MINUTES OF THE COUNCIL MEETING\n14 April 2026\n\nThe Council directed the Planning Department to prepare a "
        "parking study for the town centre. The study shall cover residents' permits and be presented to Council "
        "by 30 June 2026.\n"
    )
    (directive,) = directives_in(text, departments, "en", "2026-04-14")
    assert str(directive.deadline) == "2026-06-30"
