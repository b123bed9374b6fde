"""Orders in the forms a fortieth batch of Swedish texts written blind showed: a government assignment whose next
sentence has the same authority, by the head word of its name alone, hand in what the order makes by a date; a
Finland-Swedish town's day and month closed by their dots with no year ("senast 30.6."); a director's title in a
directory of several municipalities that all have a unit of that name (the text's own municipality's); a director who
heads a Finland-Swedish "sektor" rather than its board; and a board's record that it approved a proposal with an
amendment, which orders nothing. Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

STATE = [
    unit("ST-BV", "Boverket"),
    unit("ST-RK", "Regeringskansliet"),
    unit("ST-LSTY", "Länsstyrelsen i Västernorrlands län", "Länsstyrelsen Västernorrland"),
    unit("ST-LSTZ", "Länsstyrelsen i Jämtlands län", "Länsstyrelsen Jämtland"),
]


def test_the_authority_by_the_head_word_of_its_name_hands_in_what_it_compiles():
    text = (
        "Regeringsbeslut\n2026-04-09\n\nRegeringens beslut\n"
        "Regeringen ger Länsstyrelsen i Västernorrlands län i uppdrag att, i samråd med Boverket, kartlägga hur\n"
        "kommunerna i länet planerar för bostäder åt äldre. Länsstyrelsen ska överlämna kartläggningen\n"
        "till Regeringskansliet senast den 1 november 2026.\n\n"
        "Skälen för regeringens beslut\nBehovet av bostäder för äldre ökar i hela landet.\n"
    )
    directives = directives_in(text, STATE, "sv", "2026-04-09")
    assert leads(directives) == ["ST-LSTY"]
    assert str(directives[0].deadline) == "2026-11-01"
    assert directives[0].text.rstrip(".").endswith("senast den 1 november 2026")


TOWN = [
    unit("AS-STS", "Stadsstyrelsen"),
    unit("AS-TEK", "Tekniska sektorn"),
    unit("AS-SOC", "Socialsektorn"),
    unit("AS-SN", "Socialnämnden"),
    unit("AS-KANS", "Stadskansliet"),
]


def test_a_day_and_month_closed_by_their_dots_with_no_year():
    text = (
        "Stadsstyrelsen\nProtokoll 9/2027\nTid måndag 12.4.2027\n\n§ 80 Gatubelysning\n\nStadsdirektörens förslag:\n"
        "Stadsstyrelsen uppdrar åt tekniska sektorn att inventera gatubelysningen i centrum och att lämna en\n"
        "kostnadskalkyl till stadsstyrelsen före 15.9. Stadskansliet ska meddela invånarna om arbetet senast 31.5. i\n"
        "stadens nyhetsbrev.\n\nStadsstyrelsens beslut:\nFörslaget godkändes.\n"
    )
    directives = directives_in(text, TOWN, "sv", "2027-04-12")
    assert leads(directives) == ["AS-TEK", "AS-KANS"]
    assert [str(d.deadline) for d in directives] == ["2027-09-15", "2027-05-31"]


def test_a_director_heads_the_sector_not_its_board():
    text = (
        "Stadsstyrelsen\nProtokoll 9/2027\nTid måndag 12.4.2027\n\n§ 81 Hemvården\n\nStadsdirektörens förslag:\n"
        "Stadsstyrelsen ger socialdirektören i uppdrag att utreda hur hemvårdens nattpatrull kan utökas.\n\n"
        "Stadsstyrelsens beslut:\nFörslaget godkändes.\n"
    )
    directives = directives_in(text, TOWN, "sv", "2027-04-12")
    assert leads(directives) == ["AS-SOC"]


SEVERAL = [
    unit("NB-KS", "Kommunstyrelsen"),
    unit("NB-EKO", "Ekonomiavdelningen"),
    unit("NB-SOC", "Socialförvaltningen"),
    unit("LV-STS", "Stadsstyrelsen"),
    unit("LV-EKO", "Ekonomiavdelningen"),
    unit("LV-TEK", "Tekniska sektorn"),
    unit("LV-KANS", "Stadskansliet"),
    unit("LV-LOK", "Lokalitetsenheten"),
]


def test_a_directors_title_in_a_directory_of_several_towns_is_the_texts_own_towns():
    text = (
        "Stadsstyrelsen\nProtokoll 3/2027\n\n§ 20 Investeringar\n\nStadsdirektörens förslag:\n"
        "Tekniska sektorn och lokalitetsenheten ska sammanställa skolornas behov av renoveringar. Stadskansliet ska\n"
        "ordna ett seminarium för fullmäktige. Ekonomidirektören ges i uppdrag att ta fram en plan för hur\n"
        "investeringarna ska finansieras.\n\nStadsstyrelsens beslut:\nFörslaget godkändes.\n"
    )
    directives = directives_in(text, SEVERAL, "sv", "2027-02-15")
    assert leads(directives)[-1] == "LV-EKO"


def test_a_boards_record_that_it_approved_a_proposal_with_an_amendment_orders_nothing():
    head = (
        "Stadsstyrelsen\nProtokoll 9/2027\n\n§ 82 Simhallen\n\nStadsdirektörens förslag:\n"
        "Stadsstyrelsen uppdrar åt tekniska sektorn att utreda simhallens ventilation.\n\n"
        "Under diskussionen föreslog Eva Lund att även energikostnaderna ska utredas.\n\n"
        "Stadsstyrelsens beslut:\n"
    )
    record = "Stadsstyrelsen biföll stadsdirektörens förslag med Eva Lunds ändringsförslag.\n"
    directives = directives_in(head + record, TOWN, "sv", "2027-04-12")
    assert [d.text[:40] for d in directives] == ["Stadsstyrelsen uppdrar åt tekniska sekto"]
    # (an amendment that gives a unit a task of its own stays one)
    added = "Stadsstyrelsen godkände förslaget med tillägget att socialsektorn ska utreda simskolan.\n"
    assert len(directives_in(head + added, TOWN, "sv", "2027-04-12")) == 2


def test_a_budget_of_a_year_and_the_towns_own_plan_are_references_not_deadlines():
    text = (
        "Stadsstyrelsen\nProtokoll 9/2027\n\n§ 83 Räddningsövning\n\nStadsdirektörens förslag:\n"
        "Socialsektorn ges i uppdrag att ta med kostnaderna för nattpatrullen i budgetarbetet för år 2029. "
        "Stadskansliet uppmanas att se över larmlistorna i stadens krisledningsplan.\n\n"
        "Stadsstyrelsens beslut:\nFörslaget godkändes.\n"
    )
    directives = directives_in(text, TOWN, "sv", "2027-04-12")
    assert leads(directives) == ["AS-SOC", "AS-KANS"]
    assert directives[0].deadline is None
    assert [list(d.references) for d in directives] == [["budgetarbetet för år 2029"], ["stadens krisledningsplan"]]
