"""Orders in the forms a thirty-fourth batch of Swedish texts written blind showed: "i uppdrag" typed with two
letters swapped; a supervising board's urging of the party it supervises, no order; the standing duty told under an
inquiry's "Bakgrund"; one more product of the same unit in the passive, due "vid samma sammanträde"; what the work
starts from ("ska i arbetet utgå från"), a norm; an agency named again by its kind ("Verket ska i arbetet ..."), how
to do the assignment, and the day the material must have come in ("Underlagen ska ha kommit in ... senast"); a
board's follow-up table of its assignments, a row to a line opened by its decision; a statute's title that ends
before "och särskilt"; a government office's diary number in brackets, with the dated decision before it; a unit of
the text's own municipality in a directory kept for several (the administration written with its place); a
deadline counted back from the day a decision takes effect. Texts and directory written for these tests."""

from tests.extraction.conftest import codes, directives_in, leads, unit

DIRECTORY = [
    # two municipalities' units; Ekholm's first, two of each written with their place
    unit("EH-KS", "Kommunstyrelsen Ekholm", "Kommunstyrelsen"),
    unit("EH-GAT", "Gatuförvaltningen Ekholm", "Gatuchefen"),
    unit("EH-EKO", "Ekonomiavdelningen", "Ekonomichefen"),
    unit("EH-SOC", "Socialförvaltningen", "Socialchefen"),
    unit("BR-BMN", "Bygg- och miljönämnden", "Nämnden"),
    unit("BR-GAT", "Gatuförvaltningen Brunnby", "Gatukontoret"),
    unit("BR-EKO", "Ekonomiavdelningen Brunnby", "Kommunens ekonomiavdelning"),
    unit("BR-HAL", "Hälsoskyddsenheten", "Hälsoskyddschefen"),
    unit("BR-PLAN", "Planenheten", "Planchefen"),
    unit("BR-GIS", "Kartenheten", "Kartchefen"),
    # a government's agencies
    unit("GOV-LMV", "Livsmedelsskyddsverket", "LSV"),
    unit("GOV-LSA", "Länsstyrelsen i Ådals län", "Länsstyrelsen Ådal"),
    unit("GOV-KOL", "Kemikalierådet"),
    unit("GOV-ARB", "Arbetsmiljöinspektionen"),
]


def run(text, meeting="2026-11-12"):
    return directives_in(text, DIRECTORY, "sv", meeting)


BRUNNBY = "BRUNNBY KOMMUN                                PROTOKOLL\nBygg- och miljönämnden        2026-11-12\n\n"


def test_i_uppdrag_typed_with_two_letters_swapped_is_still_an_assignment():
    text = (
        BRUNNBY
        + "§ 71\nDagvatten\n\nBeslut\nHälsoskyddsenheten får i uppdarg att kartlägga dagvattnet vid skolorna.\n"
        + "Planenheten ges i upprdag att se över detaljplanens bestämmelser om dagvatten.\n"
    )
    directives = run(text)
    assert leads(directives) == ["BR-HAL", "BR-PLAN"]


def test_urging_the_party_the_board_supervises_is_no_order():
    text = (
        BRUNNBY
        + "§ 72\nLukt från rötkammaren\n\nBeslut\n1. Hälsoskyddsenheten får i uppdrag att mäta lukten vid tre "
        + "bostäder under december.\n2. Nämnden uppmanar tillståndshavaren att täcka containrarna redan nu.\n"
        + "3. Nämnden uppmanar fastighetsägaren att byta ventilationsfilter.\n"
    )
    directives = run(text)
    assert leads(directives) == ["BR-HAL"]


TERMS = (
    "Kommittédirektiv\n\nTydligare ansvar för livsmedelskontrollen i skolkök          Dir.\n"
    "                                                              2026:88\n\n"
    "Beslut vid regeringssammanträde den 12 november 2026\n\nSammanfattning\n\n"
    "En särskild utredare ska se över hur kontrollen av skolkök kan samordnas.\n\n"
    "Bakgrund\n\n"
    "Kommunerna ansvarar för att skolkök i särskilda boenden kontrolleras. Livsmedelsskyddsverket har\n"
    "i flera rapporter pekat på brister.\n\n"
    "Uppdraget att kartlägga kontrollen\n\n"
    "Utredaren ska kartlägga hur kontrollen fungerar i dag.\n"
)


def test_a_standing_duty_told_under_an_inquirys_background_is_no_order():
    directives = run(TERMS)
    assert [d.text[:24] for d in directives] == ["En särskild utredare ska", "Utredaren ska kartlägga "]


KS_EKHOLM = "EKHOLMS KOMMUN              SAMMANTRÄDESPROTOKOLL\nKommunstyrelsen             2026-11-12\n\n"


def test_one_more_product_in_the_passive_is_the_same_units_due_at_the_same_meeting():
    text = (
        KS_EKHOLM
        + "§ 120\nLokalkostnader\n\nBeslut\n1. Lägesrapporten läggs till handlingarna.\n"
        + "2. Socialförvaltningen får i uppdrag att ta fram en plan för lägre lokalkostnader. Planen redovisas för\n"
        + "kommunstyrelsen den 9 mars 2027.\n"
        + "3. En jämförelse av hyrorna i grannkommunerna ska även göras och redovisas vid samma sammanträde.\n"
    )
    directives = run(text)
    assert leads(directives) == ["EH-SOC", "EH-SOC"]
    assert [str(d.deadline) for d in directives] == ["2027-03-09", "2027-03-09"]
    assert directives[1].text.startswith("En jämförelse av hyrorna")


def test_what_the_work_starts_from_is_a_norm_no_order():
    text = (
        KS_EKHOLM
        + "§ 121\nRekrytering\n\nBeslut\n1. Socialförvaltningen får i uppdrag att ta fram en rekryteringsplan.\n"
        + "2. Nämnderna ska i arbetet utgå från kommunens personalpolicy.\n"
    )
    directives = run(text)
    assert leads(directives) == ["EH-SOC"]


DECISION = (
    "Regeringsbeslut 7\n2026-11-12\n\n"
    "Regeringens beslut\n\n"
    "Regeringen uppdrar åt Livsmedelsskyddsverket att kartlägga riskerna med bly i äldre dricksvattenkranar och att\n"
    "föreslå åtgärder. Verket ska i arbetet tillämpa den provtagningsmetod som tagits fram inom ramen för\n"
    "regeringsbeslut den 3 mars 2025 (LD2025/00412). Uppdraget ska slutredovisas senast den 31 maj 2027.\n\n"
    "Regeringen uppdrar vidare åt Länsstyrelsen i Ådals län att bistå verket med uppgifter om enskilda brunnar.\n"
    "Uppgifterna ska ha kommit in till verket senast den 15 februari 2027.\n"
)


def test_the_agency_named_again_by_its_kind_told_how_to_work_goes_on_with_its_assignment():
    first, _second = run(DECISION)
    assert leads([first]) == ["GOV-LMV"]
    assert first.text.endswith("senast den 31 maj 2027")
    assert str(first.deadline) == "2027-05-31"


def test_what_must_have_come_in_by_a_date_is_the_orders_deadline():
    _first, second = run(DECISION)
    assert leads([second]) == ["GOV-LSA"]
    assert second.text.endswith("senast den 15 februari 2027")
    assert str(second.deadline) == "2027-02-15"


def test_a_dated_decisions_diary_number_is_a_reference_with_it():
    first, _second = run(DECISION)
    assert first.references == ["regeringsbeslut den 3 mars 2025 (LD2025/00412)"]


def test_a_diary_number_alone_in_brackets_is_a_reference():
    text = (
        "Regeringsbeslut 9\n2026-11-12\n\nRegeringens beslut\n\n"
        "Regeringen uppdrar åt Kemikalierådet att följa upp arbetet med att fasa ut PFAS i brandskum\n"
        "(M2026/01187) och att redovisa uppdraget senast den 30 april 2027.\n"
    )
    (directive,) = run(text)
    assert directive.references == ["M2026/01187"]


FOLLOW_UP = (
    BRUNNBY
    + "§ 73                                                   BMN 2026/90\n"
    + "Uppföljning av nämndens uppdrag\n\n"
    + "Förvaltningen har sammanställt läget för nämndens uppdrag.\n\n"
    + "Beslutad Uppdrag Ansvarig Redovisas Status\n"
    + "2026-02-05 § 12 Kartlägga förorenade fyllnadsmassor vid hamnen Hälsoskyddsenheten 2027-03-31 Pågår\n"
    + "2026-05-14 § 40 Ta fram riktlinjer för tillfälliga bygglov Planenheten i samråd med kartenheten "
    + "Nämndens sammanträde i februari 2027 Pågår\n"
    + "2026-06-18 § 55 Digitalisera äldre detaljplaner Kartenheten 2026-10-31 Klar\n\n"
    + "Beslut\nRedovisningen läggs till handlingarna.\n"
)


def test_a_follow_up_tables_rows_are_orders_opened_by_their_decisions():
    first, second = run(FOLLOW_UP)
    assert first.text.startswith("2026-02-05 § 12 Kartlägga") and first.text.endswith("2027-03-31 Pågår")
    assert leads([first, second]) == ["BR-HAL", "BR-PLAN"]
    assert codes(second.coordinating) == ["BR-GIS"]
    assert [str(first.deadline), str(second.deadline)] == ["2027-03-31", "2027-02-28"]
    assert first.references == ["2026-02-05 § 12"]


def test_a_follow_up_tables_row_that_is_done_is_no_order():
    assert [d.text[:15] for d in run(FOLLOW_UP)] == ["2026-02-05 § 12", "2026-05-14 § 40"]


def test_a_statutes_title_ends_before_the_next_task_of_the_sentence():
    text = (
        "Utredaren ska redovisa förslagens kostnader enligt förordningen (2007:1244) om konsekvensutredning vid\n"
        "regelgivning och även beskriva följderna för små kommuner.\n"
    )
    (directive,) = run(text, None)
    assert directive.references == ["förordningen (2007:1244) om konsekvensutredning vid\nregelgivning"]


def test_a_unit_of_the_texts_own_municipality_in_a_directory_of_several():
    text = (
        BRUNNBY
        + "§ 74\nTaxor\n\nBeslut\nHälsoskyddsenheten får i uppdrag att i samråd med ekonomiavdelningen och "
        + "planenheten se över avgifterna för tillsyn.\n"
    )
    (directive,) = run(text)
    assert codes(directive.coordinating) == ["BR-EKO", "BR-PLAN"]


def test_the_administration_of_the_texts_own_municipality_written_with_its_place():
    text = (
        BRUNNBY
        + "§ 75\nGatubelysning\n\nGatuförvaltningen har inventerat belysningen.\n\nBeslut\n"
        + "Förvaltningen ska inom två månader återkomma med en plan för utbyte av armaturer.\n"
    )
    (directive,) = run(text)
    assert leads([directive]) == ["BR-GAT"]


def test_a_deadline_counted_back_from_the_day_a_decision_takes_effect():
    text = (
        BRUNNBY
        + "§ 76\nNy renhållningsföreskrift\n\nBeslut\n1. Nämnden föreslår fullmäktige att anta föreskriften, att "
        + "gälla från och med den 1 april 2027.\n2. Planenheten får i uppdrag att informera fastighetsägarna "
        + "senast en månad innan den träder i kraft.\n"
    )
    (directive,) = run(text)
    assert str(directive.deadline) == "2027-03-01"
