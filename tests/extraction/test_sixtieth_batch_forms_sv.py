"""Orders in the forms a sixtieth batch of Swedish texts written blind showed: a follow-up table flattened to "|"
rows whose report-back cell names the body before the date of its meeting ("Regionstyrelsen 2025-10-21"); a
report-back sentence whose subject is the unit charged by its bare kind ("Förvaltningen återkommer till
regionstyrelsen i november med en lägesrapport"), a word the directory also gives another unit as its alias; an
order to the staff at large ("Handläggarna ska fortsättningsvis ..."), no unit leading. Texts and directory
written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("SJ-RS", "Region Sjöland – Regionstyrelsen", "regionstyrelsen"),
    unit("SJ-RDK", "Region Sjöland – Regiondirektörens stab", "regiondirektören"),
    unit("SJ-VUF", "Region Sjöland – Vuxenutbildningsförvaltningen", "utbildningsdirektören"),
    unit("SJ-KUF", "Region Sjöland – Kulturförvaltningen", "kulturdirektören", "kulturförvaltningen"),
    unit("SJ-FAS", "Region Sjöland – Fastighetsavdelningen", "fastighetschefen"),
    # another body of the directory, whose unit is entered by its bare kind
    unit("BV-SBF", "Bergviks kommun – Samhällsbyggnadsförvaltningen", "förvaltningen", "förvaltningschefen"),
    unit("BV-BN", "Bergviks kommun – Byggnadsnämnden", "byggnadsnämnden", "nämnden"),
]


def run(text, meeting="2026-02-10"):
    return directives_in(text, DIRECTORY, "sv", meeting)


def test_a_report_back_cell_that_names_the_body_before_its_meeting_s_date():
    text = (
        "§ 12 Uppföljning av uppdrag\n\n"
        "Dnr | Uppdrag | Ansvarig | Återrapportering | Status\n"
        "RS 2025/0712 | Utbildningsdirektören får i uppdrag att kartlägga behovet av yrkesutbildning | "
        "Vuxenutbildningsförvaltningen | Regionstyrelsen 2026-04-14 | Pågår\n"
        "RS 2025/0790 | Fastighetschefen ska se över hyresavtalen för länets folkhögskolor | "
        "Fastighetsavdelningen | RS maj 2026 | Pågår\n"
        "RS 2025/0802 | Kulturdirektören ska samordna länets biblioteksstöd | Kulturförvaltningen | "
        "fr.o.m. 2026-03-01 | Ej påbörjad\n"
    )
    found = run(text)
    assert leads(found) == ["SJ-VUF", "SJ-FAS", "SJ-KUF"]
    # (a start date, no deadline)
    assert [str(d.deadline) for d in found] == ["2026-04-14", "2026-05-31", "None"]


def test_the_unit_charged_named_again_by_its_bare_kind_comes_back_with_its_report():
    text = (
        "§ 14 Kulturstrategi\n\n"
        "Beslut\n"
        "Kulturdirektören ges i uppdrag att ta fram ett förslag till stöd för länets arrangörsföreningar. "
        "Förvaltningen återkommer till regionstyrelsen i maj med ett förslag.\n"
    )
    (order,) = run(text)
    assert order.lead.code == "SJ-KUF"
    assert order.text.endswith("i maj med ett förslag")
    assert str(order.deadline) == "2026-05-31"


def test_the_same_with_a_report_back_verb_after_the_modal():
    text = (
        "Beslut\n"
        "Utbildningsdirektören får i uppdrag att utreda formerna för lärlingsutbildning inom vården. "
        "Förvaltningen ska återrapportera till regionstyrelsen senast den 9 juni 2026.\n"
    )
    (order,) = run(text)
    assert order.lead.code == "SJ-VUF"
    assert str(order.deadline) == "2026-06-09"


def test_an_order_to_the_staff_at_large_has_no_lead():
    text = (
        "§ 20 Klagomål på lukt från reningsverket\n\n"
        "Beslut\n"
        "Nämnden uppdrar åt förvaltningschefen att inom fyra veckor redovisa vilka åtgärder som vidtagits.\n"
        "Inspektörerna ska fortsättningsvis underrätta de boende om varje ny mätning.\n"
    )
    found = run(text)
    assert leads(found) == ["BV-SBF", None]
    assert found[1].text.startswith("Inspektörerna ska fortsättningsvis")


FOLLOW_UP = (
    "§ 44 Uppföljning av regionstyrelsens uppdrag\n"
    "Dnr RS 2026/0301\n\n"
    "Dnr | Uppdrag | Ansvarig | Återrapportering | Status\n"
    "RS 2025/0588 | Kulturdirektören ska kartlägga länets lokala scener | Kulturförvaltningen | Hösten 2026 | Pågår\n"
    "RS 2026/0042 | Fastighetschefen ges i uppdrag att se över energiavtalen | Fastighetsavdelningen | "
    "2026-06-30 | Pågår\n\n"
    "Beslut\n"
    "Regiondirektören får i uppdrag att, med utgångspunkt i Strategi för digital vård (RS 2024/0913), föreslå "
    "en ny tidplan till regionstyrelsens sammanträde i maj.\n"
)


def test_a_follow_up_row_cites_its_own_case_number_not_the_paragraph_s():
    found = run(FOLLOW_UP)
    assert leads(found) == ["SJ-KUF", "SJ-FAS", "SJ-RDK"]
    assert [d.references for d in found[:2]] == [["RS 2025/0588"], ["RS 2026/0042"]]


def test_a_document_cited_with_its_case_number_in_brackets():
    order = run(FOLLOW_UP)[-1]
    assert "Strategi för digital vård (RS 2024/0913)" in order.references


def test_a_plan_of_the_county_and_the_national_plan_are_references():
    text = (
        "Regeringens beslut\n"
        "Regeringen ger Länsstyrelsen i Sjölands län i uppdrag att föreslå hur länets regionala "
        "klimatanpassningsplan kan samordnas med kommunernas planering. Uppdraget ska redovisas senast den 1 "
        "december 2026.\n"
        "Utredaren ska analysera hur den nationella planen för vattenkraftens miljövillkor påverkar små "
        "kraftverk.\n"
    )
    directory = [*DIRECTORY, unit("LST-SJ", "Länsstyrelsen Sjöland")]
    found = directives_in(text, directory, "sv", "2026-03-19")
    assert found[0].references == ["länets regionala klimatanpassningsplan"]
    assert found[1].references == ["den nationella planen för vattenkraftens miljövillkor"]


def test_a_county_board_the_directory_enters_by_its_county_alone():
    text = (
        "Regeringen ger Länsstyrelsen i Sjölands län i uppdrag att kartlägga länets reservvattentäkter. "
        "Länsstyrelsen ska redovisa uppdraget senast den 30 november 2026.\n"
    )
    directory = [*DIRECTORY, unit("LST-SJ", "Länsstyrelsen Sjöland")]
    (order,) = directives_in(text, directory, "sv", "2026-03-19")
    assert order.lead.code == "LST-SJ"
    assert str(order.deadline) == "2026-11-30"


def test_the_current_year_named_by_its_swedish_phrases():
    text = (
        "Beslut\n"
        "1. Utbildningsdirektören ska under innevarande år ta fram en plan för validering.\n"
        "2. Regiondirektören ges i uppdrag att före årets utgång se över delegationsordningen.\n"
        "3. Kulturdirektören får i uppdrag att senast i år redovisa arrangörsstödet.\n"
    )
    found = run(text)
    assert leads(found) == ["SJ-VUF", "SJ-RDK", "SJ-KUF"]
    assert [str(d.deadline) for d in found] == ["2026-12-31"] * 3


def test_a_sitting_named_by_its_month_in_one_compound():
    text = (
        "Beslut\n"
        "1. Kulturdirektören får i uppdrag att redovisa besöksstatistiken till regionstyrelsens "
        "decembersammanträde.\n"
        "2. Fastighetschefen ska återrapportera vid styrelsens januarimöte.\n"
    )
    found = run(text)
    assert [str(d.deadline) for d in found] == ["2026-12-31", "2027-01-31"]


def test_a_week_by_its_number():
    text = (
        "Beslut\n"
        "1. Kulturdirektören ska senast vecka 40 redovisa sommarens evenemang.\n"
        "2. Fastighetschefen får i uppdrag att före vecka 12 inventera skyddsrummen.\n"
        "3. Utbildningsdirektören ska under vecka 3 2027 informera skolorna.\n"
    )
    found = run(text)
    assert [str(d.deadline) for d in found] == ["2026-10-04", "2026-03-15", "2027-01-24"]


def test_a_committee_named_in_the_sentence_orders_its_own_administration():
    directory = [
        unit("BV-BUF", "Barn- och utbildningsförvaltningen, Bergviks kommun"),
        unit("BV-SOC", "Socialförvaltningen, Bergviks kommun"),
    ]
    text = (
        "Bergviks kommun, nyhet\n"
        "Socialnämnden beslutade i går att ge förvaltningen i uppdrag att utreda ett nytt stödboende.\n"
        "Barn- och utbildningsnämnden uppdrar åt förvaltningen att ta fram en lokalplan för förskolorna.\n"
        "Kulturnämnden gav samtidigt förvaltningschefen i uppdrag att se över öppettiderna.\n"
    )
    found = directives_in(text, directory, "sv", "2026-03-12")
    assert leads(found) == ["BV-SOC", "BV-BUF", None]


def test_the_unit_named_again_reports_back_past_a_sentence_on_what_it_makes():
    text = (
        "§ 51 Uppdrag om kulturstöd\n"
        "Regionstyrelsen ger kulturdirektören i uppdrag att ta fram ett nytt bidragsprogram. Programmet ska omfatta "
        "både föreningar och studieförbund. Kulturdirektören ska återrapportera till regionstyrelsen inom tre "
        "månader.\n"
    )
    (order,) = run(text)
    assert order.lead.code == "SJ-KUF"
    assert order.text.endswith("inom tre månader")
    assert str(order.deadline) == "2026-05-10"


def test_a_delay_counted_from_the_day_of_the_decision():
    text = (
        "Regeringens beslut\n"
        "Regeringen ger Sjölands museum i uppdrag att digitalisera samlingarna. Uppdraget ska redovisas senast "
        "tre månader efter beslutsdagen.\n"
    )
    directory = [*DIRECTORY, unit("SJ-MUS", "Sjölands museum")]
    (order,) = directives_in(text, directory, "sv", "2026-02-12")
    assert str(order.deadline) == "2026-05-12"


def test_the_school_head_heads_the_school_administration():
    directory = [
        unit("BV-BUF", "Barn- och utbildningsförvaltningen, Bergviks kommun"),
        unit("BV-KFF", "Kultur- och fritidsförvaltningen, Bergviks kommun"),
    ]
    text = "Beslut\nSkolchefen får i uppdrag att ta fram en plan för elevhälsan till nämndens sammanträde i juni.\n"
    (order,) = directives_in(text, directory, "sv", "2026-03-12")
    assert order.lead.code == "BV-BUF"
