"""Orders in the forms an eighty-second batch of Swedish texts written blind showed: a county board's injunction to a
municipality ("Länsstyrelsen förelägger X kommun att ...", "X kommun föreläggs att ..."), its points that name the
municipality by its kind ("Kommunen ska vidare ...") or no unit at all ("Loggboken ska senast ... ha kompletterats"),
and its account of the case after the decision ("Redogörelse för ärendet"), where an earlier request is told; the turn
of two years as a due ("vid årsskiftet 2026/2027"); a government decision's section on carrying out the assignment
("Genomförande av uppdraget") after its reasons; a follow-up list's rows with the decision that gave each on the line
above its task, and a due cell revised in place ("2026-03-31 (ursprunglig tidplan), reviderad: hösten 2026"); an
office's remark under its label ("Kommentar från X:"), no order; and an inquiry's time extended right after its
duty to account for what its proposals bring. Texts and directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("ST-LST", "Länsstyrelsen i Sjöviks län", "Länsstyrelsen"),
    unit("ST-BRK", "Bruksvikens kommun", "Bruksviken"),
    unit("ST-REG", "Regeringskansliet", "Regeringen"),
    unit("ST-KSV", "Kustsäkerhetsverket", "Verket"),
    unit("ST-HAV", "Statens havsinstitut", "Havsinstitutet"),
    unit("ST-UTR", "Utredningen om fritidsbåtar i skärgården (N 2025:03)", "N 2025:03"),
    unit("MB-KS", "Mobergs kommun – Kommunstyrelsen", "Kommunstyrelsen"),
    unit("MB-SN", "Mobergs kommun – Socialnämnden", "Socialnämnden"),
    unit("MB-KLK", "Mobergs kommun – Kommunledningskontoret", "Kommunledningskontoret"),
]


def run(text, meeting="2026-05-12"):
    return directives_in(text, DIRECTORY, "sv", meeting)


INJUNCTION = (
    "BESLUT\nDatum: 2026-05-12\n\nLänsstyrelsen i Sjöviks län\nVattenenheten\n\n"
    "Föreläggande om egenkontroll vid Hamnvikens vattenverk\n\n"
    "Beslut\n\n"
    "1. Länsstyrelsen förelägger Bruksvikens kommun att senast den 31 augusti 2026 lämna in ett förslag till "
    "skyddsföreskrifter för vattentäkten.\n\n"
    "2. Kommunen ska vidare senast den 15 juni 2026 redovisa resultaten av de senaste råvattenproverna.\n\n"
    "3. Bruksvikens kommun föreläggs att från och med den 1 juli 2026 och tills vidare rapportera driftstörningar "
    "till Länsstyrelsen inom ett dygn.\n\n"
    "4. Loggboken vid vattenverket ska senast den 30 juni 2026 ha kompletterats med uppgifter om varje "
    "driftstopp.\n\n"
    "Redogörelse för ärendet\n"
    "Länsstyrelsen begärde i ett brev den 2 mars 2026 att kommunen skulle redovisa sin provtagningsplan. "
    "Något svar har inte kommit in.\n"
)


def test_a_county_boards_injunction_to_a_municipality_is_an_order_to_it():
    first = run(INJUNCTION)[0]
    assert first.text.startswith("Länsstyrelsen förelägger Bruksvikens kommun")
    assert leads([first]) == ["ST-BRK"]
    assert str(first.deadline) == "2026-08-31"


def test_the_municipality_enjoined_in_the_passive_leads_its_point():
    (point,) = [d for d in run(INJUNCTION) if "föreläggs" in d.text]
    assert leads([point]) == ["ST-BRK"]


def test_the_municipality_named_again_by_its_kind_leads_its_point():
    (point,) = [d for d in run(INJUNCTION) if d.text.startswith("Kommunen ska vidare")]
    assert leads([point]) == ["ST-BRK"]
    assert str(point.deadline) == "2026-06-15"


def test_a_point_of_an_injunction_that_names_no_unit_is_the_addressees():
    (point,) = [d for d in run(INJUNCTION) if d.text.startswith("Loggboken")]
    assert leads([point]) == ["ST-BRK"]
    assert str(point.deadline) == "2026-06-30"


def test_an_earlier_request_told_in_the_account_of_the_case_is_no_order():
    directives = run(INJUNCTION)
    assert not [d for d in directives if "begärde" in d.text]
    assert len(directives) == 4


def test_the_turn_of_two_years_is_the_first_ones_end():
    text = (
        "Regeringsbeslut\n2026-04-02\n\nRegeringens beslut\n\n"
        "Regeringen ger Kustsäkerhetsverket i uppdrag att ta fram en vägledning om förtöjning av fritidsbåtar. "
        "Uppdraget ska redovisas till Regeringskansliet vid årsskiftet 2026/2027.\n"
    )
    (directive,) = run(text, "2026-04-02")
    assert str(directive.deadline) == "2026-12-31"


def test_a_task_in_the_section_on_carrying_out_the_assignment_is_an_order():
    text = (
        "Regeringsbeslut\n2026-04-02\n\nRegeringens beslut\n\n"
        "Regeringen ger Kustsäkerhetsverket i uppdrag att kartlägga riskerna vid fritidshamnarna. Uppdraget ska "
        "redovisas senast den 1 december 2026.\n\n"
        "Skälen för regeringens beslut\n\n"
        "Antalet olyckor i fritidshamnarna har ökat under flera år.\n\n"
        "Genomförande av uppdraget\n\n"
        "Statens havsinstitut ska därutöver till och med 2027 löpande lämna uppgifter om vattenstånd till de "
        "hamnar som berörs.\n"
    )
    directives = run(text, "2026-04-02")
    (task,) = [d for d in directives if d.text.startswith("Statens havsinstitut")]
    assert leads([task]) == ["ST-HAV"]
    assert str(task.deadline) == "2027-12-31"


FOLLOW_UP = (
    "Uppdrag från kommunfullmäktige – uppföljning\nMobergs kommun\n\n"
    "Beslut | Uppdrag | Ansvarig | Klart senast | Status\n\n"
    "KF 2025-10-20 § 88\n"
    "Uppdrag: Utreda en gemensam växel med grannkommunerna.\n"
    "Ansvarig: Kommunstyrelsen\n"
    "Klart senast: 2026-02-28 (ursprunglig tidplan), reviderad: hösten 2026\n"
    "Status: Pågår. Grannkommunerna har begärt mer underlag.\n\n"
    "KF 2026-01-26 § 9\n"
    "Uppdrag: Ta fram en plan för ensamkommande ungdomars boende.\n"
    "Ansvarig: Socialnämnden\n"
    "Klart senast: 30 november 2026\n"
    "Status: Ej påbörjat\n\n"
    "Kommentar från kommunledningskontoret: Ett uppdrag bedöms inte bli klart i tid. Kommunstyrelsen har fått "
    "information om förseningen.\n"
)


def test_a_follow_up_rows_decision_on_the_line_above_its_task_is_its_reference():
    rows = [d for d in run(FOLLOW_UP, "2026-05-04") if d.text.startswith("Uppdrag:")]
    assert [d.references for d in rows] == [["KF 2025-10-20 § 88"], ["KF 2026-01-26 § 9"]]


def test_a_due_cell_revised_in_place_gives_the_date_it_is_now():
    first = run(FOLLOW_UP, "2026-05-04")[0]
    assert first.text.endswith("reviderad: hösten 2026")
    assert str(first.deadline) == "2026-12-21"


def test_an_offices_remark_under_its_label_is_no_order():
    directives = run(FOLLOW_UP, "2026-05-04")
    assert [d.text[:8] for d in directives] == ["Uppdrag:", "Uppdrag:"]


def test_an_inquirys_time_extended_after_its_duty_on_consequences_is_an_order_of_its_own():
    text = (
        "Kommittédirektiv\n\nTilläggsdirektiv till Utredningen om fritidsbåtar i skärgården (N 2025:03)\n\n"
        "Dir. 2026:30\n\nBeslut vid regeringssammanträde den 2 april 2026\n\n"
        "Ändring i uppdraget\n\n"
        "Utredaren ska nu även analysera hur tillsynen över hyrbåtar kan stärkas.\n\n"
        "Konsekvensbeskrivningar\n\n"
        "Utöver vad som följer av kommittéförordningen (1998:1474) ska utredaren redovisa konsekvenserna av "
        "förslagen för små företag i besöksnäringen.\n\n"
        "Förlängd tid för uppdraget\n\n"
        "Utredningstiden förlängs. Uppdraget ska i stället redovisas senast den 28 februari 2027.\n"
    )
    directives = run(text, "2026-04-02")
    (consequences,) = [d for d in directives if d.text.startswith("Utöver")]
    assert consequences.deadline is None
    (extended,) = [d for d in directives if d.text.startswith("Utredningstiden")]
    assert str(extended.deadline) == "2027-02-28"
