"""Orders in the forms a forty-first batch of Swedish texts written blind showed: an appeal to the public with an
adverb before its addressee ("uppmanar samtidigt allmänheten att ..."), which orders no unit; a group of departments
("Samtliga avdelningar ska lämna ... senast ...") given a date of its own after another unit's order, an order of its
own rather than that order's deadline; an inquirer's own report on the assignment after a duty to consult, a sentence
of its own; a statement of what a law lays down ("Av lagen (...) följer att ..."), no order; and an agency, named
again by its kind, that keeps the Government Offices informed of the work, the report-back of the order before.
Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

ISLAND = [
    unit("OS-FIN", "Finansavdelningen"),
    unit("OS-INFRA", "Infrastrukturavdelningen"),
    unit("OS-MILJO", "Miljöbyrån"),
]

_PROTOCOL = "ÖSTRA SKÄRGÅRDENS LANDSKAPSREGERING\nProtokoll nr 7\nDatum 3.3.2027\n\n"


def test_an_appeal_to_the_public_with_an_adverb_before_it_is_no_order():
    text = _PROTOCOL + (
        "Ärende 2\nTorka på öarna\nBeslut\n"
        "Landskapsregeringen beslöt att uppdra åt infrastrukturavdelningen att senast 30.4.2027 kartlägga\n"
        "vattentäkterna i skärgården. Landskapsregeringen uppmanar därför invånarna att spara på dricksvattnet\n"
        "under sommaren. Landskapsregeringen ber också hushållen att inte vattna sina gräsmattor.\n"
    )
    directives = directives_in(text, ISLAND, "sv", "2027-03-03")
    assert leads(directives) == ["OS-INFRA"]
    assert "spara" not in directives[0].text


def test_a_group_of_departments_given_its_own_date_is_an_order_of_its_own():
    text = _PROTOCOL + (
        "Ärende 3\nBudget för år 2028\nBeslut\n"
        "Landskapsregeringen beslöt att ge finansavdelningen i uppdrag att sammanställa ett budgetförslag för\n"
        "år 2028 före utgången av september. Alla avdelningar ska skicka sina behov av anslag till\n"
        "finansavdelningen senast 15.6.2027.\n"
    )
    directives = directives_in(text, ISLAND, "sv", "2027-03-03")
    assert leads(directives) == ["OS-FIN", None]
    assert [str(d.deadline) for d in directives] == ["2027-09-30", "2027-06-15"]
    assert directives[1].text.startswith("Alla avdelningar ska skicka")


STATE = [
    unit("ST-LIV", "Livsmedelsverket"),
    unit("ST-SGU", "Sveriges geologiska undersökning", "SGU"),
    unit("ST-BOV", "Boverket"),
    unit("ST-RK", "Regeringskansliet"),
]

_TERMS = (
    "Kommittédirektiv\n\nSäkrare enskilda brunnar\n\nDir. 2027:14\n\n"
    "Beslut vid regeringssammanträde den 4 februari 2027\n\nSammanfattning\n\n"
    "En särskild utredare ska se över stödet till ägare av enskilda brunnar. Uppdraget ska redovisas senast den "
    "30 november 2027.\n\nUppdraget\n\n"
    "Utredaren ska kartlägga hur kommunerna ger råd till brunnsägare och föreslå hur rådgivningen kan förbättras.\n\n"
)


def test_the_inquirers_own_report_after_a_duty_to_consult_is_a_sentence_of_its_own():
    text = _TERMS + (
        "Kontakter och redovisning av uppdraget\n\n"
        "Utredaren ska samråda med Livsmedelsverket och Sveriges geologiska undersökning. Utredaren ska lämna en "
        "delredovisning om rådgivningen senast den 1 juni 2027. Uppdraget ska slutredovisas senast den 30 november "
        "2027.\n\n(Landsbygds- och infrastrukturdepartementet)\n"
    )
    directives = directives_in(text, STATE, "sv", "2027-02-04")
    consult = next(d for d in directives if d.text.startswith("Utredaren ska samråda"))
    assert consult.deadline is None
    assert "delredovisning" not in consult.text
    report = next(d for d in directives if d.text.startswith("Utredaren ska lämna en delredovisning"))
    assert str(report.deadline) == "2027-11-30"
    assert report.text.rstrip(".").endswith("30 november 2027")


_GRANT = (
    "Regeringsbeslut 9\nLandsbygds- och infrastrukturdepartementet\n2026-12-17\n\n"
    "Regleringsbrev för budgetåret 2027 avseende Boverket\n\n"
    "Regeringen beslutar att följande ska gälla under budgetåret 2027 för Boverket.\n\n2 Uppdrag\n\n"
)


def test_what_a_law_lays_down_is_no_order():
    text = _GRANT + (
        "1. Tillgängliga bostäder\n\n"
        "Det följer av lagen (2010:900) om planering och byggande att kommunerna ska planera för tillgängliga "
        "bostäder. Av förordningen (2011:338) om byggregler framgår att byggherren ska visa hur kraven uppfylls.\n\n"
        "Boverket ska ta fram en vägledning om tillgänglighet i befintliga flerbostadshus. Uppdraget ska redovisas "
        "senast den 1 oktober 2027.\n"
    )
    directives = directives_in(text, STATE, "sv", "2026-12-17")
    assert leads(directives) == ["ST-BOV"]
    assert directives[0].text.startswith("Boverket ska ta fram")


def test_the_agency_again_keeps_the_government_offices_informed_of_the_work():
    text = _GRANT + (
        "3. Stöd till kommunernas planering\n\n"
        "Boverket ska under 2027 fortsätta att stödja kommunerna i arbetet med bostadsförsörjningen. Myndigheten "
        "ska fortlöpande hålla Regeringskansliet (Landsbygds- och infrastrukturdepartementet) informerat om "
        "arbetet.\n\n3 Finansiella villkor\n\nAnslaget får användas för uppdraget.\n"
    )
    directives = directives_in(text, STATE, "sv", "2026-12-17")
    assert leads(directives) == ["ST-BOV"]
    assert directives[0].text.rstrip(".").endswith("informerat om arbetet")
    assert str(directives[0].deadline) == "2027-12-31"
