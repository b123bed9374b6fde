"""Orders in the forms an eighty-sixth batch of Swedish texts written blind showed: a regleringsbrev's numbered tasks
for a university named again by its kind ("Högskolan ska ...", "Lärosätet ska ...", "Universitetet ska ..."), far
below its name; a told sentence opening on such a definite noun in "-an" among them; a year that dates the money a
relative clause in the past speaks of, no due date; a county board named again by its kind; a unit's account of its
own work on the order handed in with its annual report. Texts and directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("UNI-HB", "Bergsby högskola", "Högskolan i Bergsby"),
    unit("UNI-UU", "Ekdala universitet", "Universitetet i Ekdala"),
    unit("UNI-UHR", "Universitets- och högskolerådet", "UHR"),
    unit("LST-S", "Länsstyrelsen i Sälens län", "Länsstyrelsen Sälen"),
    unit("SE-SKV", "Skogsstyrelsen"),
    unit("SE-BOV", "Boverket"),
]


def run(text, meeting="2026-12-10"):
    return directives_in(text, DIRECTORY, "sv", meeting)


def test_a_regleringsbrevs_numbered_tasks_for_the_university_named_again_by_its_kind():
    text = (
        "Regleringsbrev för budgetåret 2027 avseende Högskolan i Bergsby\n\n2 Uppdrag\n\n"
        "1. Högskolan i Bergsby ska redovisa antalet studenter på forskarnivå i årsredovisningen.\n\n"
        "2. Högskolan ska redovisa hur samverkan med näringslivet i regionen har utvecklats. "
        "Redovisningen ska lämnas senast den 15 mars 2027.\n\n"
        "3. Lärosätet ska, i samverkan med UHR, pröva nya former för antagning till ingenjörsprogrammen. "
        "Uppdraget ska redovisas senast den 1 oktober 2027.\n\n"
        "3 Finansiering\n"
    )
    found = run(text)
    assert leads(found) == ["UNI-HB", "UNI-HB", "UNI-HB"]
    assert [str(d.deadline) for d in found] == ["None", "2027-03-15", "2027-10-01"]


def test_the_university_by_its_kind_far_below_its_name():
    long_item = (
        "Universitetet ska redovisa hur utbildningen i vårdvetenskap har dimensionerats i förhållande till "
        "behoven hos regionerna och kommunerna i närområdet, hur många studenter som har antagits och hur "
        "många som har avbrutit sina studier under det första året, fördelat på program och studieort. "
    )
    text = (
        "Regleringsbrev för budgetåret 2027 avseende Universitetet i Ekdala\n\n"
        "1. Universitetet i Ekdala ska redovisa antalet helårsstudenter i årsredovisningen.\n\n"
        "2. " + long_item + "\n\n3. " + long_item + "\n\n"
        "4. Universitetet ska redovisa vilka åtgärder som har vidtagits för att bredda rekryteringen. "
        "Redovisningen ska lämnas senast den 20 februari 2027.\n"
    )
    found = run(text)
    assert len(found) == 4
    assert found[-1].lead.code == "UNI-UU"


def test_a_told_sentence_opening_on_a_definite_noun_in_an_is_no_order():
    text = (
        "2 Uppdrag\n\n"
        "1. Högskolan i Bergsby ska redovisa antalet studenter på forskarnivå i årsredovisningen.\n\n"
        "2. Uppdraget att utveckla kurser på distans i samverkan med kommunernas lärcentrum, som gavs i "
        "regleringsbrevet för 2025, upphör att gälla. "
        "Högskolan slutredovisade uppdraget den 2 november 2026.\n"
    )
    found = run(text)
    assert len(found) == 1
    assert "slutredovisade" not in found[0].text


def test_the_year_of_money_a_past_relative_clause_speaks_of_is_no_deadline():
    text = (
        "Boverket ska redovisa hur de medel som anvisades för stöd till energieffektivisering under 2026 har använts.\n"
    )
    (directive,) = run(text)
    assert directive.lead.code == "SE-BOV"
    assert directive.deadline is None


def test_a_county_board_named_again_by_its_kind():
    text = (
        "Regeringens beslut\n\n"
        "Regeringen ger Skogsstyrelsen i uppdrag att kartlägga skogsbrandsriskerna i fjällen.\n\n"
        "För uppdraget får Länsstyrelsen i Sälens län under 2027 använda högst 900 000 kronor. "
        "Länsstyrelsen ska lämna en ekonomisk redovisning till Kammarkollegiet senast den 31 mars 2028.\n"
    )
    found = run(text)
    assert leads(found) == ["SE-SKV", "LST-S"]


def test_the_units_account_of_its_own_work_with_its_annual_report_goes_with_the_order():
    text = (
        "Regeringens beslut\n\n"
        "Regeringen ger Boverket i uppdrag att stödja Skogsstyrelsen med underlag om byggande i brandutsatta "
        "områden. Boverket ska redovisa sina insatser i samband med årsredovisningen för 2027.\n"
    )
    (directive,) = run(text)
    assert directive.lead.code == "SE-BOV"
    assert "sina insatser" in directive.text
