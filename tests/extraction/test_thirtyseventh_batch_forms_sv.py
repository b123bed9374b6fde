"""Orders in the forms a thirty-seventh batch of Swedish texts written blind showed: an inquiry's duty to consult in a
paragraph of its own that opens on its subject, after another task ("Utredaren ska i den nya delen av uppdraget
samråda med X samt hålla Y informerat"), and a body kept informed in the neuter (not the Government Offices, the
principal); a statute named again by its title alone after its number ("lagen om X" after "lagen (2007:506) om X"),
a statute's title that stops before a purpose clause ("... för att kommunerna ska ..."), an EU act by one compound
("EU:s dricksvattendirektiv"); a directory's plural of all county boards ("Länsstyrelserna (samtliga länsstyrelser)");
a task item that opens on its verb and a question, whose modal is the question's ("– ta ställning till om X behöver
..."); a part to be handed in "i samband med delredovisningen", dated where that report was; the duties that go with a
grant, in the passive ("Medlen ska rekvireras hos Kammarkollegiet ...", "En ekonomisk redovisning ... ska lämnas
..."), the grantee's; "Tekniska nämnden"'s own "förvaltningen" and "förvaltningschefen", and a unit a directory
writes under its administration ("Tekniska förvaltningen, Parkavdelningen, Y kommun"). Texts and directories
written for these tests."""

import pytest

from tests.extraction.conftest import directives_in, leads, unit

STATE = [
    unit("NV", "Naturvårdsverket"),
    unit("SOS", "Socialstyrelsen"),
    unit("HAV", "Havs- och vattenmyndigheten"),
    unit("SGI", "Statens geotekniska institut"),
    unit("SKR", "Sveriges Kommuner och Regioner", "SKR"),
    unit("RK", "Regeringskansliet"),
    unit("KV", "Klimat- och näringslivsdepartementet"),
    unit("KAMK", "Kammarkollegiet"),
    unit("LST", "Länsstyrelserna (samtliga 21)"),
    unit("LST-AB", "Länsstyrelsen i Stockholms län"),
]

_TERMS = (
    "Kommittédirektiv\n\nTilläggsdirektiv till Utredningen om hållbara dagvattensystem (KN 2026:04)\n\n"
    "Dir. 2027:12\n\nBeslut vid regeringssammanträde den 4 mars 2027\n\nÄndring i uppdraget\n\n"
)


def terms(text):
    return directives_in(_TERMS + text, STATE, "sv", "2027-03-04")


def test_a_duty_to_consult_in_a_paragraph_of_its_own_opening_on_its_subject():
    text = (
        "Utredaren ska även redovisa hur förslagen påverkar kommunernas taxor för dagvatten.\n\n"
        "Utredaren ska i arbetet med de nya frågorna samråda med Naturvårdsverket och Statens geotekniska institut "
        "samt hålla Havs- och vattenmyndigheten informerad om arbetet.\n"
    )
    directives = terms(text)
    assert len(directives) == 2
    assert directives[1].text.startswith("Utredaren ska i arbetet")
    assert [d.code for d in directives[1].coordinating] == ["NV", "SGI", "HAV"]


def test_a_body_kept_informed_in_the_neuter_but_not_the_principal():
    text = (
        "Utredaren ska samråda med Naturvårdsverket samt hålla Sveriges Kommuner och Regioner informerat om "
        "arbetet.\n\nUtredaren ska hålla Regeringskansliet (Klimat- och näringslivsdepartementet) informerat om "
        "arbetet.\n"
    )
    directives = terms(text)
    assert [sorted(c.code for c in d.coordinating) for d in directives] == [["NV", "SKR"], []]


def test_a_statute_named_again_by_its_title_alone():
    text = (
        "Regeringen bedömer att lagen (2006:412) om allmänna vattentjänster inte ger kommunerna tillräckliga "
        "verktyg.\n\nUtredaren ska därför analysera om lagen om allmänna vattentjänster bör kompletteras med "
        "bestämmelser om dagvatten.\n"
    )
    directives = terms(text)
    assert len(directives) == 1
    assert directives[0].references == ["lagen om allmänna vattentjänster"]


def test_a_statutes_title_stops_before_a_purpose_clause():
    text = (
        "Utredaren ska föreslå ändringar i plan- och bygglagen (2010:900) om planläggning för att kommunerna ska "
        "kunna kräva fördröjning av dagvatten.\n"
    )
    directives = terms(text)
    assert directives[0].references == ["plan- och bygglagen (2010:900) om planläggning"]


@pytest.mark.parametrize("act", ["EU:s vattendirektiv", "EU:s översvämningsdirektiv"])
def test_an_eu_act_by_one_compound(act):
    text = f"Utredaren ska även bedöma hur förslagen förhåller sig till {act} och till kommunernas taxor.\n"
    directives = terms(text)
    assert directives[0].references == [act]


_DECISION = "Regeringsbeslut 7\n2027-02-11\nKN2027/00213\n\nUppdrag om dagvatten\n\nRegeringens beslut\n\n"


def decision(text):
    return directives_in(_DECISION + text, STATE, "sv", "2027-02-11")


def test_the_county_boards_all_at_once_by_their_plural():
    text = (
        "Regeringen uppdrar åt Naturvårdsverket och länsstyrelserna att gemensamt ta fram en vägledning om "
        "dagvatten i befintliga områden. Uppdraget ska redovisas senast den 30 november 2027.\n\n"
        "Länsstyrelserna ska senast den 1 juni 2027 lämna en sammanställning av kommunernas planer till "
        "Naturvårdsverket.\n"
    )
    directives = decision(text)
    assert leads(directives) == ["NV", "LST"]
    assert [d.code for d in directives[0].coordinating] == ["LST"]


def test_a_task_item_that_opens_on_a_question():
    text = (
        "Utredaren ska bl.a.\n"
        "– pröva om Socialstyrelsens föreskrifter om hygien behöver ändras, och\n"
        "– lämna nödvändiga författningsförslag.\n"
    )
    directives = terms(text)
    assert leads(directives) == [None]


@pytest.mark.parametrize(("report", "due"), [("delredovisningen", "2027-04-01"), ("slutredovisningen", "2027-12-15")])
def test_a_part_handed_in_with_the_report_named_before(report, due):
    text = (
        "Regeringen uppdrar åt Naturvårdsverket att ta fram en vägledning om dagvatten. Naturvårdsverket ska "
        "lämna en delredovisning till Regeringskansliet (Klimat- och näringslivsdepartementet) senast den 1 "
        "april 2027. Uppdraget ska slutredovisas senast den 15 december 2027.\n\n"
        "Socialstyrelsen ska därutöver analysera hur översvämningar påverkar smittspridningen. Den delen av "
        f"uppdraget ska redovisas i samband med {report}.\n"
    )
    directives = decision(text)
    assert leads(directives) == ["NV", "SOS"]
    assert [str(d.deadline) for d in directives] == ["2027-12-15", due]


def test_the_duties_of_a_grant_in_the_passive_are_the_grantees():
    text = (
        "Regeringen uppdrar åt Havs- och vattenmyndigheten att kartlägga dagvattnets påverkan på sjöar. "
        "Uppdraget ska redovisas senast den 30 oktober 2027.\n\n"
        "Havs- och vattenmyndigheten får för uppdragets genomförande använda högst 1 800 000 kronor under 2027. "
        "Kostnaderna ska belasta utgiftsområde 20, anslaget 1:12. Beloppet ska rekvireras hos Kammarkollegiet "
        "senast den 15 november 2027. En ekonomisk redovisning av använda medel ska lämnas till Kammarkollegiet "
        "senast den 28 februari 2028.\n"
    )
    directives = decision(text)
    assert leads(directives) == ["HAV", "HAV"]
    assert directives[1].text.startswith("Beloppet ska rekvireras")
    assert directives[1].coordinating == []
    assert str(directives[1].deadline) == "2028-02-28"


_TOWN = [
    unit("SJ-KS", "Kommunstyrelsen, Sjöviks kommun"),
    unit("SJ-TN", "Tekniska nämnden, Sjöviks kommun"),
    unit("SJ-TF", "Tekniska förvaltningen, Sjöviks kommun"),
    unit("SJ-PARK", "Tekniska förvaltningen, Parkavdelningen, Sjöviks kommun"),
    unit("SJ-MBF", "Miljö- och byggförvaltningen, Sjöviks kommun"),
    unit("SJ-KFF", "Kultur- och fritidsförvaltningen, Sjöviks kommun"),
]
_PROTOCOL = (
    "Sjöviks kommun\nTekniska nämnden\nSAMMANTRÄDESPROTOKOLL\nSammanträdesdatum: 2027-04-14\n\n"
    "§ 31  Dnr TN 2027/0077\nBelysning i Norra parken\n"
)


def protocol(text):
    return directives_in(_PROTOCOL + text, _TOWN, "sv", "2027-04-14")


def test_the_committees_own_administration_and_its_head():
    text = (
        "Beslut\nTekniska nämnden ger förvaltningen i uppdrag att i samråd med kultur- och fritidsförvaltningen "
        "ta fram en plan för belysningen i Norra parken till nämndens sammanträde den 8 september 2027.\n"
        "Förvaltningschefen får i uppdrag att redovisa kostnaderna vid samma sammanträde.\n"
    )
    directives = protocol(text)
    assert leads(directives) == ["SJ-TF", "SJ-TF"]
    assert [d.code for d in directives[0].coordinating] == ["SJ-KFF"]


def test_a_unit_written_under_its_administration():
    text = "Beslut\nTekniska nämnden uppdrar åt Parkavdelningen att se över belysningen i parken före den 1 juni.\n"
    directives = protocol(text)
    assert leads(directives) == ["SJ-PARK"]
