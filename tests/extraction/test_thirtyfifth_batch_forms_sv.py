"""Orders in the forms a thirty-fifth batch of Swedish texts written blind showed: the order's product named again
with its determiner and an adjective ("Den reviderade planen redovisas ..."), handed in by the order's date; a
matter sent back, and when it comes back to the body ("Ärendet ska behandlas på nytt av nämnden senast ..."), the
order's date, no order of the body's; a day and month written "15/11" after "senast"; a unit that provides the
input ("med underlag från X"), a helper; which rule holds ("Nuvarande taxa ska gälla tills vidare"), a norm; before
a season of a year ("före sommaren 2027"), the end of the season before; a municipality's administration that a
directory of several writes with its place, named in a story that names its municipality in its first lines; a
unit named in a clause after the mark of coordination ("samordnas med X, men ... när Region Y ..."), no helper;
what the assignment holds told after it ("Inom ramen för uppdraget ska myndigheten ..."), the same order; a diary
number with a Swedish letter ("Fö2025/00318"); the question put in an interim report named before with its date
("Även denna fråga ska behandlas i delbetänkandet"); a statute named by two compounds that share their last part
("hälso- och sjukvårdslagen (2017:30)"). Texts and directory written for these tests."""

from tests.extraction.conftest import codes, directives_in, leads, unit

DIRECTORY = [
    # two municipalities' units, some written with their place; Ekholm's first
    unit("EK-KS", "Kommunstyrelsen Ekholm", "KS Ekholm"),
    unit("EK-MBF", "Miljö- och byggförvaltningen Ekholm"),
    unit("EK-TEK", "Tekniska förvaltningen Ekholm"),
    unit("EK-SOC", "Socialförvaltningen Ekholm"),
    unit("TV-MBN", "Miljö- och byggnämnden Tallvik"),
    unit("TV-MBF", "Miljö- och byggförvaltningen Tallvik"),
    unit("TV-TEK", "Tekniska förvaltningen Tallvik"),
    unit("TV-SOC", "Socialförvaltningen Tallvik"),
    unit("TV-KFN", "Kultur- och fritidsnämnden Tallvik"),
    unit("TV-KFF", "Kultur- och fritidsförvaltningen", "Kulturchefen"),
    unit("TV-EKO", "Ekonomiavdelningen", "Ekonomichefen"),
    unit("TV-REG", "Region Norrmark", "Regionen"),
    # a government's agencies and an inquiry
    unit("GOV-LSV", "Livsmedelsskyddsverket", "LSV"),
    unit("GOV-KEM", "Kemikalierådet"),
    unit("GOV-INQ", "Utredningen om tillsyn över badvatten (M 2026:02)", "Utredaren"),
]


def run(text, meeting="2026-10-14"):
    return directives_in(text, DIRECTORY, "sv", meeting)


TALLVIK = "TALLVIKS KOMMUN                    PROTOKOLL\nKultur- och fritidsnämnden          2026-10-14\n\n"


def test_the_product_named_again_with_an_adjective_is_handed_in_by_the_orders_date():
    text = (
        TALLVIK
        + "§ 41\nBiblioteksplan\n\nBeslut\nNämnden ger kulturchefen i uppdrag att revidera biblioteksplanen med "
        + "ett avsnitt om läsfrämjande. Den reviderade planen redovisas för nämnden den 12 mars 2027.\n"
    )
    (directive,) = run(text)
    assert leads([directive]) == ["TV-KFF"]
    assert directive.text.endswith("den 12 mars 2027")
    assert str(directive.deadline) == "2027-03-12"


def test_when_the_matter_sent_back_comes_back_is_the_orders_date():
    text = (
        TALLVIK
        + "§ 42\nMotion om konstgräsplaner\n\nBeslut\nMotionen återremitteras till tekniska förvaltningen för att "
        + "kompletteras med en kostnadsjämförelse. Ärendet ska återupptas av kultur- och fritidsnämnden senast den "
        + "14 december 2026.\n"
    )
    (directive,) = run(text)
    assert leads([directive]) == ["TV-TEK"]
    assert directive.text.endswith("senast den 14 december 2026")
    assert str(directive.deadline) == "2026-12-14"


def test_a_day_and_month_with_a_slash_after_senast_is_the_deadline():
    text = (
        TALLVIK
        + "§ 43\nTaxor\n\nBeslut\nTaxan antas. Ekonomichefen uppdras att informera föreningarna om de nya "
        + "avgifterna senast 15/11.\n"
    )
    (directive,) = run(text)
    assert str(directive.deadline) == "2026-11-15"


def test_the_unit_that_gives_the_input_is_a_helper():
    text = (
        TALLVIK
        + "§ 44\nLokalkostnader\n\nBeslut\nNämnden uppdrar åt kulturchefen att med underlag från "
        + "ekonomiavdelningen beräkna vad lokalerna kostar per besökare.\n"
    )
    (directive,) = run(text)
    assert codes(directive.coordinating) == ["TV-EKO"]


def test_which_rule_holds_until_further_notice_is_a_norm():
    text = (
        TALLVIK
        + "§ 45\nLokaluthyrning\n\nBeslut\nNämnden uppdrar åt kulturchefen att ta fram nya regler för uthyrning "
        + "av samlingslokaler under våren 2027. Nuvarande uthyrningsregler ska gälla tills vidare.\n"
    )
    directives = run(text)
    assert [d.text[:22] for d in directives] == ["Nämnden uppdrar åt kul"]
    # an order to make rules that will hold is still an order
    text = (
        TALLVIK
        + "§ 46\nBadplatser\n\nBeslut\nKulturchefen ska ta fram ordningsregler som ska gälla från och med "
        + "sommaren 2027.\n"
    )
    assert leads(run(text)) == ["TV-KFF"]


def test_before_a_season_of_a_year_is_the_end_of_the_season_before():
    text = (
        TALLVIK
        + "§ 47\nFriluftsbad\n\nBeslut\n1. Kulturchefen får i uppdrag att utreda en ny bastu vid friluftsbadet. "
        + "Utredningen ska redovisas innan sommaren 2027.\n"
        + "2. Tekniska förvaltningen får i uppdrag att renovera bryggan före våren 2028.\n"
    )
    directives = run(text)
    assert [str(d.deadline) for d in directives] == ["2027-06-20", "2028-03-19"]


STORY = (
    "Bygglovshandläggningen ska gå snabbare\n"
    "Publicerad 15 oktober 2026\n"
    "Miljö- och byggnämnden i Tallviks kommun gav i går förvaltningen i uppdrag att korta handläggningstiderna för "
    "bygglov. En plan ska presenteras för nämnden i januari 2027.\n"
    "Flera byggföretag har klagat på att ärendena tar för lång tid.\n"
    "Nämnden gav också förvaltningen i uppdrag att se över e-tjänsten för ansökningar till den 1 mars 2027.\n"
    "Förvaltningschefen fick dessutom i uppdrag att till nämndens sammanträde den 9 december redovisa "
    "hur många ärenden som väntar.\n"
)


def test_the_administration_of_the_storys_own_municipality_written_with_its_place():
    assert leads(run(STORY)) == ["TV-MBF", "TV-MBF", "TV-MBF"]


def test_the_administration_named_last_in_a_protocol_of_several_written_with_its_place():
    text = (
        "TALLVIKS KOMMUN                    PROTOKOLL\nKommunstyrelsen                    2026-10-14\n\n"
        + "§ 50\nTillsyn av gruppboenden\n\nSocialförvaltningen har beskrivit behovet av nya boenden. "
        + "Miljö- och byggförvaltningen har inventerat lokalerna.\n\nBeslut\n"
        + "Förvaltningen får i uppdrag att åtgärda bristerna i ventilationen senast den 1 februari 2027.\n"
    )
    assert leads(run(text)) == ["TV-MBF"]


def test_a_unit_named_in_a_clause_after_the_mark_of_coordination_is_no_helper():
    text = (
        "Färdtjänsten ses över\nPublicerad 15 oktober 2026\n"
        "Socialnämnden i Tallviks kommun gav i går socialförvaltningen i uppdrag att se över färdtjänsten till "
        "dagverksamheterna.\n"
        "Redan 2023 prövades om turerna kunde samordnas med skolskjutsarna, men arbetet stoppades när Region "
        "Norrmark ändrade sina tider.\n"
    )
    (directive,) = run(text)
    assert codes(directive.coordinating) == []
    assert directive.text.endswith("dagverksamheterna")


DECISION = (
    "Regeringsbeslut 4\n2026-10-14\n\nRegeringens beslut\n\n"
    "Regeringen uppdrar åt Livsmedelsskyddsverket att stärka kommunernas kontroll av dricksvatten i små\n"
    "vattenverk. Inom ramen för uppdraget ska Livsmedelsskyddsverket\n"
    "1. kartlägga hur ofta proverna tas i dag,\n"
    "2. ta fram en vägledning för provtagning som bygger på regeringsbeslut den 2 juni 2024 (Fö2024/00318), och\n"
    "3. föreslå hur resultaten kan följas upp.\n"
    "Uppdraget ska slutredovisas senast den 31 maj 2027.\n"
)


def test_what_the_assignment_holds_told_after_it_is_the_same_order():
    (directive,) = run(DECISION)
    assert leads([directive]) == ["GOV-LSV"]
    assert directive.text.endswith("senast den 31 maj 2027")
    assert str(directive.deadline) == "2027-05-31"


def test_a_diary_number_with_a_swedish_letter_is_a_reference():
    (directive,) = run(DECISION)
    assert directive.references == ["regeringsbeslut den 2 juni 2024 (Fö2024/00318)"]


TERMS = (
    "Kommittédirektiv\n\nTilläggsdirektiv till Utredningen om tillsyn över badvatten (M 2026:02)    Dir.\n"
    "                                                                            2026:90\n\n"
    "Beslut vid regeringssammanträde den 14 oktober 2026\n\n"
    "Uppdraget utvidgas\n\n"
    "Utredaren ska nu även kartlägga hur kommunerna informerar om algblomning. Uppdraget i denna del ska\n"
    "redovisas i ett delbetänkande senast den 15 april 2027.\n\n"
    "Utredaren ska vidare analysera om kommunernas provsvar bör publiceras enligt hälso- och\n"
    "sjukvårdslagen (2017:30). Även denna fråga ska behandlas i delbetänkandet.\n"
)


def test_the_question_put_in_the_interim_report_named_before_takes_its_date():
    first, second = run(TERMS)
    assert leads([first, second]) == ["GOV-INQ", "GOV-INQ"]
    assert second.text.endswith("ska behandlas i delbetänkandet")
    assert str(second.deadline) == "2027-04-15"


def test_a_statute_named_by_two_compounds_that_share_their_last_part():
    _first, second = run(TERMS)
    assert second.references == ["hälso- och\nsjukvårdslagen (2017:30)"]
