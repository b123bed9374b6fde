"""Orders in the forms a twenty-eighth batch of Swedish texts written blind showed: a news story's assignment with
the giver after the verb ("I samband med beslutet gav fullmäktige kommunstyrelsen i uppdrag ..."); the product of
the order there by a date "as the decision says" ("Ett förslag ska enligt beslutet finnas framme ..."); an earlier
assignment dated in a clause of time before it ("... inleddes hösten 2023, när nämnden gav ..."); a member's
proposal with the member after the verb ("Under överläggningen föreslår Anna Berg (L) att ..."); a municipality's
unit named in its directory by its field alone ("Ekby kommun – Kultur och fritid"), which a text calls "avdelningen
för kultur och fritid"; a supervisor's criticism and demand, told as the matter's background ("IVO har ... riktat
kritik mot nämnden ... och begär att ..."); and a report per a month ("delårsrapporten per april"), the period it
closes, no deadline. Texts and directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("EK-KF", "Ekby kommun – Kommunfullmäktige"),
    unit("EK-KS", "Ekby kommun – Kommunstyrelsen"),
    unit("EK-KOF", "Ekby kommun – Kultur och fritid"),
    unit("EK-MBN", "Ekby kommun – Miljö- och byggnadsnämnden"),
    unit("EK-EKO", "Ekby kommun – Ekonomiavdelningen"),
    unit("NB-KF", "Norrby kommun – Kommunfullmäktige"),
    unit("NB-KS", "Norrby kommun – Kommunstyrelsen"),
    unit("NB-SOC", "Norrby kommun – Socialförvaltningen"),
    unit("NB-SN", "Norrby kommun – Socialnämnden"),
    unit("RL-RS", "Region Lidvik – Regionstyrelsen"),
    unit("RL-HSN", "Region Lidvik – Hälso- och sjukvårdsnämnden"),
    unit("RL-RD", "Region Lidvik – Regiondirektören"),
    unit("IVO", "Inspektionen för vård och omsorg", "IVO"),
]


def run(text, meeting="2026-05-12"):
    return directives_in(text, DIRECTORY, "sv", meeting)


def test_the_giver_after_the_verb_of_a_news_storys_assignment():
    text = (
        "Nyheter från Ekby kommun\n\n"
        "I samband med budgetbeslutet gav fullmäktige kommunstyrelsen i uppdrag att utreda en ny simhall.\n"
    )
    assert leads(run(text)) == ["EK-KS"]


def test_the_giver_after_the_verb_and_an_adverb_for_the_same_time():
    text = "Nyheter från Ekby kommun\n\nFullmäktige gav samtidigt kommunstyrelsen i uppdrag att se över taxorna.\n"
    assert leads(run(text)) == ["EK-KS"]


def test_the_product_there_by_a_date_as_the_decision_says():
    text = (
        "Nyheter från Ekby kommun\n\n"
        "Miljö- och byggnadsnämnden får i uppdrag att ta fram en ny taxa för tillsynen. Ett förslag ska enligt "
        "uppdraget finnas framme före utgången av oktober 2026.\n"
    )
    (directive,) = run(text)
    assert directive.text.endswith("oktober 2026")
    assert str(directive.deadline) == "2026-10-31"


def test_an_earlier_assignment_dated_in_a_clause_of_time():
    text = (
        "Nyheter från Ekby kommun\n\n"
        "Kulturhuset invigs i höst. Planeringen inleddes hösten 2023, när kommunstyrelsen gav ekonomiavdelningen "
        "i uppdrag att räkna på driften.\n"
    )
    assert run(text) == []


def test_a_members_proposal_with_the_member_after_the_verb():
    text = (
        "Norrby kommun\nSocialnämnden\nProtokoll 2026-05-12\n\n"
        "§ 12 Budgetuppföljning\n"
        "Ekonomen redovisar prognosen. Vid sammanträdet\nföreslår Anna Berg (L) att nämnden ska begära "
        "utökad ram av kommunstyrelsen. Ordföranden finner att förslaget inte är ett yrkande.\n"
        "Beslut\nSocialförvaltningen får i uppdrag att redovisa en åtgärdsplan senast den 15 juni 2026.\n"
    )
    assert leads(run(text)) == ["NB-SOC"]


def test_a_unit_named_by_its_field_alone_is_the_department_for_that_field():
    text = (
        "Ekby kommun\nKommunstyrelsen\n\n§ 40 Föreningsbidrag\nBeslut\n"
        "Uppdra åt avdelningen för kultur och fritid att se över reglerna för föreningsbidrag.\n"
    )
    assert leads(run(text)) == ["EK-KOF"]


def test_a_supervisors_criticism_and_demand_told_as_background():
    text = (
        "Norrby kommun\nSocialnämnden\n\n§ 14 Tillsyn av hemtjänsten\n"
        "IVO har i ett beslut i april riktat kritik mot nämnden för brister i dokumentationen och begär att "
        "nämnden redovisar vidtagna åtgärder.\n"
        "Beslut\nSocialförvaltningen får i uppdrag att svara IVO senast den 1 juni 2026.\n"
    )
    assert leads(run(text)) == ["NB-SOC"]


def test_a_report_per_a_month_is_the_period_it_closes():
    text = (
        "Region Lidvik\nRegionstyrelsen\n\n§ 7 Tillgänglighet\nRegionstyrelsens beslut\n"
        "Regiondirektören får i uppdrag att följa upp vårdköerna och att återrapportera till regionstyrelsen "
        "i samband med delårsrapporten per april.\n"
    )
    (directive,) = run(text)
    assert directive.lead.code == "RL-RD"
    assert directive.deadline is None
