"""Orders in the forms a sixty-second batch of Swedish texts written blind showed: a follow-up table whose cells are
split by tabs under "Uppdrag Ansvarig Klart senast Status", its status cell a legend's code ("P – ...", "K – ...")
with a part done or the day it was done told after it; an inquiry's order followed in the same breath by what it
must cover in a passive with no agent ("Särskilt ska ... beskrivas", "Om ... ska förslag ... lämnas"); a body's
earlier decision in a plan told as background ("beslutade i programmet att ..."); a date sentence in a paragraph of
its own that names the unit before as the one the work is checked with. Texts and directory written for these
tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("BH-KS", "Björkhamns kommun – Kommunstyrelsen", "kommunstyrelsen"),
    unit("BH-KF", "Björkhamns kommun – Kommunfullmäktige", "kommunfullmäktige"),
    unit("BH-TF", "Björkhamns kommun – Tekniska förvaltningen", "tekniska förvaltningen"),
    unit("BH-SOC", "Björkhamns kommun – Socialförvaltningen", "socialförvaltningen"),
    unit("BH-MBF", "Björkhamns kommun – Miljö- och byggförvaltningen", "miljö- och byggförvaltningen"),
    unit("BH-KLK", "Björkhamns kommun – Kommunledningskontoret", "kommundirektören", "kommunledningskontoret"),
    unit("ST-TV", "Trafikverket", "trafikverket"),
    unit("ST-BV", "Boverket", "boverket"),
]


def run(text, meeting="2026-04-21"):
    return directives_in(text, DIRECTORY, "sv", meeting)


TABLE = (
    "Uppföljning av uppdrag\n"
    "Förklaring: K = klart, P = pågår, EP = ej påbörjat.\n\n"
    "Uppdrag\tAnsvarig\tKlart senast\tStatus\n"
    "KF § 31/2025 Ta fram en plan för dagvatten i centrum\tTekniska förvaltningen\t2026-10-31\t"
    "P – kartläggning klar, åtgärdsförslag pågår\n"
    "KS § 72/2025 Revidera taxan för tillsyn\tMiljö- och byggförvaltningen\t2026-03-31\tK – antagen i KF 2026-02-16\n"
    "KS § 90/2025 Utreda ett gemensamt bostadsbolag\tSocialförvaltningen\t2026-12-31\tEP\n"
)


def test_a_status_cell_opened_by_a_code_that_tells_a_part_done_keeps_its_row():
    found = run(TABLE)
    assert leads(found) == ["BH-TF", "BH-MBF", "BH-SOC"]
    assert found[0].text.startswith("KF § 31/2025 Ta fram en plan")


def test_the_day_a_row_was_done_in_its_status_cell_is_no_deadline():
    found = run(TABLE)
    assert [str(d.deadline) for d in found] == ["2026-10-31", "2026-03-31", "2026-12-31"]


def test_what_the_inquiry_must_especially_describe_stays_in_its_order():
    text = (
        "Konsekvensbeskrivningar\n\n"
        "Utredaren ska redovisa hur förslagen påverkar kommunernas ekonomi. Särskilt ska effekterna för kommuner "
        "med långa avstånd till service belysas.\n"
    )
    (order,) = run(text)
    assert order.text.endswith("till service belysas")


def test_a_proposal_to_be_made_if_the_inquiry_finds_a_need_stays_in_its_order():
    text = (
        "Utredaren ska kartlägga hur bygglovsavgifterna skiljer sig mellan kommunerna. Om utredaren finner att "
        "skillnaderna saknar saklig grund ska förslag till en enhetlig modell lämnas.\n"
    )
    (order,) = run(text)
    assert order.text.endswith("enhetlig modell lämnas")


def test_what_a_council_decided_before_in_its_programme_is_background():
    text = (
        "§ 40 Gång- och cykelvägar\n\n"
        "Kommunfullmäktige beslutade i cykelprogrammet 2024–2028 att andelen cykelresor ska öka. "
        "Tekniska förvaltningen redovisar läget.\n\n"
        "Beslut\n"
        "Tekniska förvaltningen får i uppdrag att ta fram en prioriteringslista för nya cykelvägar.\n"
    )
    assert leads(run(text)) == ["BH-TF"]


def test_a_date_sentence_that_names_the_unit_before_as_the_one_consulted_is_not_its_deadline():
    text = (
        "Regeringen ger Boverket i uppdrag att ta fram en vägledning om bullerskydd.\n\n"
        "Trafikverket ska på begäran lämna det underlag som behövs.\n\n"
        "Ett utkast till vägledning ska stämmas av med Trafikverket senast den 30 november 2026.\n"
    )
    found = run(text)
    assert leads(found)[:2] == ["ST-BV", "ST-TV"]
    assert found[1].deadline is None
