"""Orders in the forms a sixty-fourth batch of Swedish texts written blind showed: a follow-up sentence whose subject
is the product with the work it comes of ("Resultatet av kartläggningen ska sammanställas och lämnas ... inom 45
dagar"), its relative due joined to the order; a follow-up table's report-back cell that names the body's sitting by
its date ("| Nämndens sammanträde 2026-10-15 |"), a step told in the status cell after it no due; regulations cited
by their short names ("dataskyddsförordningen", "en ny batteriförordning") or by their subject ("ny EU-förordning om
offentlig upphandling"); a list of the units consulted that goes on past an aside ("samråda med varandra och, i
relevanta delar, med X"). Texts and directory written for these tests."""

from tests.extraction.conftest import codes, directives_in, leads, unit

DIRECTORY = [
    unit("BV-KS", "Kommunstyrelsen, Bergvik kommun", "kommunstyrelsen"),
    unit("BV-TEK", "Tekniska förvaltningen, Bergvik kommun", "tekniska förvaltningen"),
    unit("BV-MHK", "Miljö- och hälsoskyddskontoret, Bergvik kommun", "miljökontoret"),
    unit("BV-RUF", "Regionala utvecklingsförvaltningen, Region Bergvik", "Regional utvecklingsdirektör"),
    unit("BV-TRF", "Trafikförvaltningen, Region Bergvik", "trafikförvaltningen"),
    unit("RK-LV", "Livsmedelsverket"),
    unit("RK-JV", "Jordbruksverket"),
    unit("RK-SVA", "Statens veterinärmedicinska anstalt", "SVA"),
]


def run(text, meeting="2026-05-12"):
    return directives_in(text, DIRECTORY, "sv", meeting)


def test_a_sentence_whose_subject_is_the_result_of_the_work_sets_the_due_of_the_order_before():
    text = (
        "Kommunstyrelsen beslutar att ge tekniska förvaltningen i uppdrag att kartlägga belysningen längs "
        "skolvägarna. Resultatet av kartläggningen ska sammanställas och lämnas till miljökontoret inom 45 dagar.\n"
    )
    (order,) = run(text)
    assert leads([order]) == ["BV-TEK"]
    assert order.text.endswith("inom 45 dagar")
    assert str(order.deadline) == "2026-06-26"


FOLLOW_UP = (
    "§ 31\nUppföljning av nämndens uppdrag\n\n"
    "Förvaltningen redovisar de uppdrag som ännu inte har slutredovisats.\n\n"
    "Uppdrag | Ansvarig | Återrapportering | Status\n"
    "Ta fram en cykelstrategi för regionen (RN 2025-10-02 § 61) | Regional utvecklingsdirektör | "
    "Nämndens sammanträde 2026-10-15 | Pågår. Utkast skickas på remiss i juli\n"
    "Utreda nattrafik på linje 12 (RN 2026-01-22 § 8) | Trafikförvaltningen | Styrelsens möte 2026-11-19 | Pågår\n\n"
    "Beslut\nNämnden beslutar\natt godkänna uppföljningen.\n"
)


def test_a_report_back_cell_naming_the_sitting_by_its_date_is_the_rows_due():
    rows = [d for d in run(FOLLOW_UP) if "|" in d.text]
    assert leads(rows) == ["BV-RUF", "BV-TRF"]
    assert [str(d.deadline) for d in rows] == ["2026-10-15", "2026-11-19"]


def test_regulations_cited_by_their_short_names_or_their_subject():
    text = (
        "Utredaren ska analysera vilka krav dataskyddsförordningen ställer på registret och följa arbetet inom "
        "Europeiska unionen med en ny batteriförordning. Uppdraget ska redovisas senast den 15 mars 2027.\n"
        "Tekniska förvaltningen får i uppdrag att se över upphandlingsrutinerna utifrån ny EU-förordning om "
        "offentlig upphandling (KS 2026-02-03 § 12).\n"
    )
    first, second = run(text)
    assert first.references == ["dataskyddsförordningen", "batteriförordning"]
    assert "EU-förordning om offentlig upphandling" in second.references


def test_the_units_consulted_go_on_past_an_aside_of_how_far():
    text = (
        "Livsmedelsverket och Jordbruksverket ska under arbetet samråda med varandra och, i relevanta delar, med "
        "Statens veterinärmedicinska anstalt.\n"
    )
    (order,) = run(text)
    assert leads([order]) == ["RK-LV"]
    assert codes(order.coordinating) == ["RK-JV", "RK-SVA"]


def test_the_units_consulted_go_on_past_an_aside_of_need():
    text = "Livsmedelsverket ska samråda med Jordbruksverket och, vid behov, med SVA.\n"
    (order,) = run(text)
    assert codes(order.coordinating) == ["RK-JV", "RK-SVA"]
