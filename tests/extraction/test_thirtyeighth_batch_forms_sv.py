"""Orders in the forms a thirty-eighth batch of Swedish texts written blind showed: a protocol's numbered "att"-clauses
that each give the same unit an order of their own; a government decision whose product, named again in the definite
form, is told what it must be, then an interim report, what that report holds and the final report; the grant's
unused funds to be paid back; one more task of the inquirer ("Utredaren ska också redovisa ...") after a sentence with
the same kind of noun; a body's remark told in the perfect ("har påtalat att ... behöver"); and the references of such
texts: two statutes cited in one breath and a task after the second title, a statute's chapter and section, an EU
directive by its short Swedish name, an authority's regulations by their number. Texts and directories written for
these tests."""

from tests.extraction.conftest import directives_in, leads, unit

UNITS = [
    unit("VS-RS", "Regionstyrelsen, Region Västersund", "RS"),
    unit("VS-HSF", "Hälso- och sjukvårdsförvaltningen, Region Västersund", "hälso- och sjukvårdsdirektören"),
    unit("VS-KTF", "Kollektivtrafikförvaltningen", "kollektivtrafikdirektören"),
    unit("VS-LST", "Länsstyrelsen i Västersund", "Länsstyrelsen"),
    unit("ST-BV", "Boverket", "BV"),
    unit("ST-KAMK", "Kammarkollegiet"),
    unit("ST-RK", "Regeringskansliet"),
]


def test_numbered_clauses_that_each_give_the_same_unit_an_order():
    text = (
        "PROTOKOLL\nRegionstyrelsen\nSammanträdesdatum: 2026-05-12\n\n§ 61\nUppföljning av vårdköer\n\nBeslut\n"
        "Regionstyrelsen beslutar\n"
        "1. att lägga rapporten till handlingarna,\n"
        "2. att uppdra åt hälso- och sjukvårdsdirektören att se över rutinerna för remisshantering och återrapportera "
        "till styrelsen senast den 1 september 2026,\n"
        "3. att uppdra åt hälso- och sjukvårdsdirektören att tillsammans med kollektivtrafikdirektören utreda "
        "sjukresorna och redovisa resultatet senast den 15 november 2026.\n"
    )
    directives = directives_in(text, UNITS, "sv", "2026-05-12")
    assert leads(directives) == ["VS-HSF", "VS-HSF"]
    assert [str(d.deadline) for d in directives] == ["2026-09-01", "2026-11-15"]


def test_clauses_on_lines_of_their_own_the_second_naming_the_unit_again():
    text = (
        "PROTOKOLL\nRegionstyrelsen\nSammanträdesdatum: 2026-05-12\n\n§ 62\nTillgänglighet\n\nBeslut\n"
        "Regionstyrelsen beslutar\n"
        "att ge kollektivtrafikdirektören i uppdrag att ta fram en plan för anropsstyrd trafik, som ska redovisas "
        "inom två månader,\n"
        "att kollektivtrafikdirektören därefter varje halvår ska rapportera hur planen genomförs till styrelsen.\n"
    )
    directives = directives_in(text, UNITS, "sv", "2026-05-12")
    assert leads(directives) == ["VS-KTF", "VS-KTF"]
    assert directives[1].text.startswith("att kollektivtrafikdirektören därefter")


_DECISION = (
    "Regeringsbeslut\n\n2026-03-05\n\nUppdrag att utveckla en vägledning om klimatanpassning\n\nRegeringens beslut\n\n"
)


def test_the_product_named_again_then_interim_and_final_reports():
    text = _DECISION + (
        "Regeringen uppdrar åt Boverket att ta fram en digital vägledning för kommunernas arbete med skyfall. "
        "Vägledningen ska utformas så att den kan användas av mindre kommuner.\n\n"
        "Uppdraget ska delredovisas till Regeringskansliet senast den 1 oktober 2026. Delredovisningen ska omfatta en "
        "tidplan för det fortsatta arbetet. Uppdraget ska slutredovisas senast den 30 april 2028.\n"
    )
    directives = directives_in(text, UNITS, "sv", "2026-03-05")
    assert leads(directives) == ["ST-BV"]
    assert str(directives[0].deadline) == "2028-04-30"
    assert directives[0].text.startswith("Regeringen uppdrar") and directives[0].text.endswith("30 april 2028")


def test_unused_funds_paid_back_by_the_grantee():
    text = _DECISION + (
        "Regeringen uppdrar åt Boverket att ta fram en digital vägledning för kommunernas arbete med skyfall. "
        "Uppdraget ska redovisas senast den 1 december 2026.\n\n"
        "För uppdragets genomförande får Boverket använda högst 2 000 000 kronor under 2026.\n\n"
        "Villkor\n\n"
        "1. Medlen får inte användas till konsulttjänster.\n"
        "2. Medel som inte har förbrukats ska betalas tillbaka till Kammarkollegiet senast den 15 februari 2027.\n"
    )
    directives = directives_in(text, UNITS, "sv", "2026-03-05")
    assert leads(directives) == ["ST-BV", "ST-BV"]
    assert str(directives[1].deadline) == "2027-02-15"


def test_one_more_task_of_the_inquirer_on_a_like_noun_is_its_own():
    text = (
        "Kommittédirektiv\n\nBeslut vid regeringssammanträde den 4 juni 2026\n\nKonsekvenser\n\n"
        "Utredaren ska analysera förslagens följder för företagen och kommunerna. Utredaren ska även redovisa "
        "följderna för barn och unga.\n"
    )
    directives = directives_in(text, UNITS, "sv", "2026-06-04")
    assert len(directives) == 2
    assert directives[1].text.startswith("Utredaren ska även redovisa")


def test_a_remark_told_in_the_perfect_is_no_order():
    text = (
        "PROTOKOLL\nRegionstyrelsen\nSammanträdesdatum: 2026-05-12\n\n§ 63\nDetaljplan\n\nÄrendebeskrivning\n"
        "Länsstyrelsen har i sitt samrådsyttrande framhållit att dagvattenutredningen behöver kompletteras. "
        "Trafikverket har konstaterat att anslutningen till väg 56 måste ses över.\n\nBeslut\n"
        "Regionstyrelsen uppdrar åt kollektivtrafikdirektören att yttra sig i ärendet senast den 2 juni 2026.\n"
    )
    directives = directives_in(text, UNITS, "sv", "2026-05-12")
    assert leads(directives) == ["VS-KTF"]


def _references(text):
    directives = directives_in(text, UNITS, "sv", "2026-06-04")
    return [sorted(d.references) for d in directives]


def test_two_statutes_in_one_breath_and_a_task_after_the_second_title():
    text = (
        "Kommittédirektiv\n\nBeslut vid regeringssammanträde den 4 juni 2026\n\nSammanfattning\n\n"
        "En särskild utredare ska se över lagen (2010:1065) om kollektivtrafik och lagen (1997:735) om "
        "riksfärdtjänst och föreslå hur den regionala planeringen kan samordnas.\n"
    )
    assert _references(text) == [["lagen (1997:735) om riksfärdtjänst", "lagen (2010:1065) om kollektivtrafik"]]


def test_a_statutes_chapter_and_section_and_an_eu_directive_by_its_short_name():
    text = (
        "Kommittédirektiv\n\nBeslut vid regeringssammanträde den 4 juni 2026\n\nKonsekvenser\n\n"
        "Om förslagen påverkar den kommunala självstyrelsen ska utredaren redovisa de avvägningar som har gjorts "
        "enligt 14 kap. 3 § regeringsformen. Utredaren ska även beakta arbetet med att genomföra "
        "dataskyddsdirektivet.\n"
    )
    assert _references(text) == [["14 kap. 3 § regeringsformen"], ["dataskyddsdirektivet"]]


def test_an_authoritys_regulations_by_their_number():
    text = _DECISION + (
        "Regeringen uppdrar åt Boverket att ta fram en vägledning om radon i bostäder. Vägledningen ska utgå från "
        "Strålsäkerhetsmyndighetens föreskrifter om radon (SSMFS 2018:10).\n\n"
        "Uppdraget ska redovisas senast den 1 december 2026.\n"
    )
    directives = directives_in(text, UNITS, "sv", "2026-03-05")
    assert directives[0].references == ["Strålsäkerhetsmyndighetens föreskrifter om radon (SSMFS 2018:10)"]
