"""Orders in the forms a thirtieth batch of Swedish texts written blind showed: a decision's numbered clause that asks
a company to report ("begära att X senast ... redovisar ..."); a protocol's next paragraph ("§ 13 ...", its heading
run on with its first line) that no sentence after it joins to the order before; an assignment only intended
("Regeringen avser att ge X i uppdrag att ..."); a news story's present perfect ("X har fått i uppdrag att senast
..."), with who asked for it inside the verb ("har på Y:s begäran fått"), and not one told from before; the time
between a request verb and its addressee ("gav i tisdags X i uppdrag"); a day of the week as the deadline ("senast på
fredag", "till och med lördag", "senast torsdagskvällen"); an appeal to the public ("uppmanar invånarna att ...");
a government decision's section "Närmare om uppdraget" past its reasons; and a unit's product as the subject of a
requirement ("Boverkets vägledning ska omfatta ..."), no order. Texts and directory written for these tests."""

import pytest

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("NV-SOC", "Socialförvaltningen, Norrvik kommun", "Socialförvaltningen"),
    unit("NV-UTB", "Utbildningsförvaltningen, Norrvik kommun", "Utbildningsförvaltningen"),
    unit("NV-GK", "Gatukontoret, Norrvik kommun", "Gatukontoret"),
    unit("NV-NE", "Norrvik Energi AB", "Norrvik Energi"),
    unit("NV-KOM", "Norrviks kommun", "Norrvik kommun"),
    unit("NV-BOV", "Boverket", "Boverket"),
    unit("NV-LM", "Lantmäteriet", "Lantmäteriet"),
    unit("NV-KBV", "Kustbevakningen", "Kustbevakningen"),
    unit("NV-SJV", "Sjöfartsverket", "Sjöfartsverket"),
    unit("NV-TRV", "Trafikverket", "Trafikverket"),
    unit("NV-MSB", "Myndigheten för samhällsskydd och beredskap", "MSB"),
]


def run(text, meeting="2026-03-10"):  # a Tuesday
    return directives_in(text, DIRECTORY, "sv", meeting)


NORRVIK = "NORRVIKS KOMMUN\nSAMMANTRÄDESPROTOKOLL\nTekniska nämnden\nSammanträdesdatum 2026-03-10\n\n"
STORY = "Stormen drog in över kusten\n\nPublicerad 10 mars 2026 kl. 09.15\n\n"


@pytest.mark.parametrize(
    "clause",
    [
        "begära att Norrvik Energi AB senast 2026-10-01 lämnar en rapport om elnätets sårbarhet",
        "begära att Norrvik Energi AB till nämnden redovisar en plan för reservkraft senast 2026-10-01",
    ],
)
def test_a_decisions_clause_that_asks_a_company_to_report(clause):
    text = (
        NORRVIK
        + "§ 8 Elavbrottet i januari\nBeslut\nTekniska nämnden beslutar att\n"
        + "1. ge gatukontoret i uppdrag att se över belysningen i centrum,\n2. "
        + clause
        + ",\n3. lägga informationen till handlingarna.\n"
    )
    directives = run(text)
    assert leads(directives) == ["NV-GK", "NV-NE"]
    assert str(directives[1].deadline) == "2026-10-01"


def test_a_protocols_next_paragraph_is_no_part_of_the_order_before():
    text = (
        NORRVIK + "§ 12 Skolskjutsar\nBeslut\nNämnden beslutar att ge utbildningsförvaltningen i uppdrag att utreda "
        "skolskjutsarna och återkomma till nämnden senast 2026-09-01.\n\n"
        "§ 13 Redovisning av uppdrag                  Dnr TN 2026/4\n"
        "Lokalplanen antogs av kommunfullmäktige 2026-02-02. Arbetet har därmed redovisats för nämnden.\n"
    )
    (directive,) = run(text)
    assert directive.text.endswith("senast 2026-09-01")
    assert str(directive.deadline) == "2026-09-01"


@pytest.mark.parametrize(
    "sentence",
    [
        "Regeringen avser att ge Boverket i uppdrag att ta fram en vägledning om klimatanpassning.",
        "Regeringen avser att senare uppdra åt Boverket att ta fram en vägledning om klimatanpassning.",
        "Regeringen har för avsikt att under hösten ge Boverket i uppdrag att ta fram en vägledning.",
    ],
)
def test_an_assignment_only_intended_is_no_order(sentence):
    text = "Kommittédirektiv\n\nDir. 2026:40\n\nLantmäteriet ska kartlägga strandskyddet. " + sentence + "\n"
    assert leads(run(text)) == ["NV-LM"]


@pytest.mark.parametrize(
    ("sentence", "deadline"),
    [
        ("Norrviks kommun har fått i uppdrag att senast den 20 mars öppna ett värmerum i sporthallen.", "2026-03-20"),
        ("Norrviks kommun har nu fått i uppdrag att öppna ett värmerum i sporthallen.", None),
        ("Norrviks kommun har i dag fått i uppdrag att öppna ett värmerum i sporthallen.", None),
    ],
)
def test_a_stories_present_perfect_gives_the_days_order(sentence, deadline):
    told = "Trafikverket har tidigare fått i uppdrag att se över kustvägarna. "
    text = STORY + told + sentence + " Sjöfartsverket har fått i uppdrag att ta fram riktlinjer för hamnarna.\n"
    (directive,) = run(text)
    assert directive.lead.code == "NV-KOM"
    assert (str(directive.deadline) if directive.deadline else None) == deadline


@pytest.mark.parametrize(
    "sentence",
    [
        "Sjöfartsverket har på Kustbevakningens begäran fått i uppdrag att senast den 16 mars pejla farleden.",
        "Sjöfartsverket har efter begäran från Kustbevakningen fått i uppdrag att senast den 16 mars pejla farleden.",
    ],
)
def test_who_asked_inside_the_present_perfect_is_no_subject(sentence):
    (directive,) = run(STORY + sentence + "\n")
    assert directive.lead.code == "NV-SJV"
    assert str(directive.deadline) == "2026-03-16"


@pytest.mark.parametrize(
    "sentence",
    [
        "Krisledningsnämnden gav i tisdags socialförvaltningen i uppdrag att öppna ett trygghetsboende.",
        "Krisledningsnämnden gav på måndagen socialförvaltningen i uppdrag att öppna ett trygghetsboende.",
        "Krisledningsnämnden uppdrog vid sammanträdet åt socialförvaltningen att öppna ett trygghetsboende.",
    ],
)
def test_the_time_between_the_request_verb_and_its_addressee(sentence):
    assert leads(run(STORY + sentence + "\n")) == ["NV-SOC"]


@pytest.mark.parametrize(
    ("sentence", "deadline"),
    [
        ("Gatukontoret ska senast på fredag ha lagat vattenledningen vid torget.", "2026-03-13"),
        ("Trafikverket ska hålla bron stängd till och med lördag.", "2026-03-14"),
        ("Gatukontoret ska senast torsdagskvällen ha plogat gång- och cykelvägarna.", "2026-03-12"),
        ("Gatukontoret ska senast i morgon ha satt upp skyltar vid bron.", "2026-03-11"),
        ("Gatukontoret ska före måndagen ha röjt de nedfallna träden.", "2026-03-16"),
    ],
)
def test_a_day_of_the_week_as_the_deadline(sentence, deadline):
    (directive,) = run(STORY + sentence + "\n")
    assert str(directive.deadline) == deadline


@pytest.mark.parametrize(
    "appeal",
    [
        "Kommunen uppmanar invånarna att spara på vattnet tills vidare.",
        "Polisen ber bilisterna att undvika kustvägen under kvällen.",
        "Norrviks kommun uppmanar alla boende i området att hålla sig inomhus.",
    ],
)
def test_an_appeal_to_the_public_is_no_order(appeal):
    text = STORY + "Gatukontoret ska röja de nedfallna träden. " + appeal + "\n"
    assert leads(run(text)) == ["NV-GK"]


def test_the_section_on_what_the_assignment_holds_past_the_reasons():
    text = (
        "Regeringsbeslut\nLandsbygdsdepartementet\n2026-03-10\n\nBoverket\n\n"
        "Uppdrag om klimatanpassning av bebyggelse\n\nRegeringens beslut\n\n"
        "Regeringen uppdrar åt Boverket att ta fram en vägledning om klimatanpassning av bebyggelse. "
        "Uppdraget ska redovisas senast den 1 december 2026.\n\n"
        "Skälen för regeringens beslut\n\nFlera kommuner har drabbats av översvämningar de senaste åren.\n\n"
        "Närmare om uppdraget\n\n"
        "Boverket ska även sprida vägledningen till länsstyrelserna och kommunernas planerare.\n"
    )
    directives = run(text)
    assert leads(directives) == ["NV-BOV", "NV-BOV"]
    assert directives[1].text.startswith("Boverket ska även sprida")


@pytest.mark.parametrize(
    "requirement",
    [
        "Boverkets vägledning ska omfatta både ny och befintlig bebyggelse.",
        "Lantmäteriets kartläggning bör så långt möjligt bygga på befintliga data.",
        "MSB:s underlag ska kunna användas av kommunerna.",
    ],
)
def test_a_units_product_as_the_subject_is_no_order(requirement):
    text = "Kommittédirektiv\n\nDir. 2026:40\n\nGatukontoret ska kartlägga dagvattnet i centrum. " + requirement + "\n"
    assert leads(run(text)) == ["NV-GK"]
