"""Orders in the forms a twenty-sixth batch of Swedish texts written blind showed: an Åland unit's acronym with its
Å that is also the word "åt" of "uppdrar åt"; a director's title without its article and with an adjective ("regional
utvecklingsdirektör"); several county administrative boards named at once by their counties; the one of them that
leads the work, in the present, and a final report at the end of a sentence that begins with an interim one; an
earlier assignment dated in figures; a first report with no modal verb; a body the order sets up that must be
appointed by a date; a report's date in figures right after its verb. Texts and directory written for these tests."""

from tests.extraction.conftest import codes, directives_in, leads, unit

DIRECTORY = [
    unit("AX-TRAF", "Ålandstrafiken", "ÅT"),
    unit("AX-NAR", "Näringsavdelningen"),
    unit("AX-SOC", "Social- och miljöavdelningen"),
    unit("KS-DIG", "Digital utveckling", "Förvaltningen för digital utveckling"),
    unit("KS-SOC", "Socialförvaltningen"),
    unit("LST-M", "Länsstyrelsen i Skåne län", "Länsstyrelsen Skåne"),
    unit("LST-N", "Länsstyrelsen i Hallands län", "Länsstyrelsen Halland"),
    unit("SE-SKV", "Skogsstyrelsen"),
]


def run(text, meeting="2026-04-14"):
    return directives_in(text, DIRECTORY, "sv", meeting)


def test_an_acronym_with_its_swedish_capital_is_not_the_word_at():
    text = (
        "12 §   Näringsavdelningen\nStöd till fiskodlingen\n"
        "Landskapsregeringen uppdrar åt näringsavdelningen att utreda hur stödet till fiskodlingen kan förnyas.\n"
    )
    (directive,) = run(text)
    assert directive.lead.code == "AX-NAR"
    assert codes(directive.coordinating) == []


def test_a_directors_title_without_its_article_after_an_adjective():
    text = (
        "Beslut\nKommunstyrelsen ger digital utvecklingsdirektör i uppdrag att införa e-arkivet i alla förvaltningar.\n"
    )
    assert leads(run(text)) == ["KS-DIG"]


def test_county_boards_named_at_once_by_their_counties():
    text = (
        "Regeringen fattade i dag flera beslut.\n\n"
        "Länsstyrelserna i Skåne och Hallands län får i uppdrag att inventera skogsbrandsriskerna längs kusten.\n"
    )
    (directive,) = run(text)
    assert directive.lead.code == "LST-M"
    assert codes(directive.coordinating) == ["LST-N"]


def test_the_one_that_leads_in_the_present_and_a_final_report_after_an_interim_one():
    text = (
        "Regeringen fattade i dag flera beslut.\n\n"
        "Länsstyrelsen i Skåne län och Länsstyrelsen i Hallands län får i uppdrag att inventera "
        "skogsbrandsriskerna längs kusten. Länsstyrelsen i Hallands län leder arbetet. "
        "Myndigheterna ska lämna en delrapport inom en månad och slutredovisa uppdraget den 15 oktober 2026.\n"
    )
    (directive,) = run(text)
    assert directive.lead.code == "LST-N"
    assert codes(directive.coordinating) == ["LST-M"]
    assert str(directive.deadline) == "2026-10-15"
    assert directive.text.endswith("15 oktober 2026")


def test_an_earlier_assignment_dated_in_figures_is_told_not_given():
    text = (
        "9 §   Social- och miljöavdelningen\nÄldreomsorgens bemanning\n"
        "Landskapsregeringen uppdrog 3.4.2025 åt social- och miljöavdelningen att kartlägga bemanningen. "
        "Avdelningen har nu redovisat kartläggningen.\n"
        "Landskapsregeringen uppdrar åt social- och miljöavdelningen att ta fram ett förslag till "
        "bemanningsnormer.\n"
    )
    (directive,) = run(text)
    assert directive.text.startswith("Landskapsregeringen uppdrar")


def test_a_first_report_with_no_modal_dates_the_order_before():
    text = (
        "Beslut\nKommunstyrelsen ger socialförvaltningen i uppdrag att ta fram en modell för hembesök. "
        "En första redovisning lämnas till kommunstyrelsen inom två månader.\n"
    )
    (directive,) = run(text)
    assert str(directive.deadline) == "2026-06-14"


def test_a_body_the_order_sets_up_appointed_by_a_date():
    text = (
        "Skogsstyrelsen ska tillsätta en referensgrupp för viltskadefrågor. Referensgruppen ska vara tillsatt "
        "senast den 1 juni 2026.\n"
    )
    (directive,) = run(text)
    assert directive.lead.code == "SE-SKV"
    assert str(directive.deadline) == "2026-06-01"


def test_a_reports_date_in_figures_right_after_its_verb():
    text = (
        "Beslut\nKommunstyrelsen beslutar\natt godkänna rapporten,\n"
        "att ge socialförvaltningen i uppdrag att utreda behovet av fler korttidsplatser, samt\n"
        "att uppdraget återrapporteras 2026-11-15.\n"
    )
    (directive,) = run(text)
    assert directive.lead.code == "KS-SOC"
    assert str(directive.deadline) == "2026-11-15"


# Forms added by a second pass over the same batch: a protocol's past passive, a standing duty in the present with
# its rhythm, a unit's one-noun name in its definite form, a ministry and an administration named again by their
# kind alone, and the end of the work of a body the order sets up.
SECOND_DIRECTORY = [
    unit("FI-JM", "Justitieministeriet", "JM"),
    unit("FI-MM", "Jord- och skogsbruksministeriet", "JSM"),
    unit("AX-LR", "Ålands landskapsregering", "Landskapsregeringen"),
    unit("AX-MILJO", "Miljöbyrån", "Miljöbyrån vid social- och miljöavdelningen"),
    unit("AX-PLAN", "Planeringsenheten", "Samhällsplanering"),
    unit("RS", "Regionstyrelsen"),
    unit("RS-EKO", "Ekonomistaben", "Ekonomidirektör"),
    unit("RS-PV", "Primärvårdsförvaltningen"),
    unit("RS-KF", "Kultur- och bildningsförvaltningen"),
]


def second_run(text, meeting="2026-05-06"):
    return directives_in(text, SECOND_DIRECTORY, "sv", meeting)


def test_a_protocols_past_passive_gives_the_unit_a_task():
    text = (
        "4 §   Social- och miljöavdelningen\nBadvattnets kvalitet\n"
        "Miljöbyrån redogjorde för provtagningen sommaren 2025. "
        "Därtill uppdrogs miljöbyrån att inom fyra veckor presentera en plan för utökad provtagning.\n"
    )
    (directive,) = second_run(text)
    assert directive.lead.code == "AX-MILJO"
    assert str(directive.deadline) == "2026-06-03"


def test_a_standing_duty_in_the_present_with_its_rhythm():
    text = (
        "Beslut\nRegionstyrelsen beslutar\natt godkänna delårsrapporten,\n"
        "att ekonomidirektören kvartalsvis rapporterar likviditeten till regionstyrelsen.\n"
    )
    (directive,) = second_run(text)
    assert directive.lead.code == "RS-EKO"
    text = "Uppföljning\nJustitieministeriet redovisar årligen hur reformen framskrider för riksdagens lagutskott.\n"
    assert leads(second_run(text)) == ["FI-JM"]


def test_a_one_noun_name_in_its_definite_form():
    text = (
        "6 §   Infrastrukturavdelningen\nDetaljplan för hamnområdet\n"
        "Landskapsregeringen uppdrar åt samhällsplaneringen att ta fram ett planprogram för hamnområdet.\n"
    )
    assert leads(second_run(text)) == ["AX-PLAN"]


def test_a_ministry_named_again_by_its_kind():
    text = (
        "Regeringen förutsätter att ministerierna genomför reformen enligt följande:\n\n"
        "1. Justitieministeriet ska bereda en ändring av lagen om rättshjälp.\n\n"
        "2. Ministeriet tillsätter även en expertgrupp som ska bedöma avgifterna i domstolarna.\n"
    )
    assert leads(second_run(text)) == ["FI-JM", "FI-JM"]


def test_the_administration_of_two_fields_named_again_by_its_kind():
    text = (
        "§ 12  Bibliotekens öppettider\nBeslut\n"
        "Regionstyrelsen ger kultur- och bildningsförvaltningen i uppdrag att utreda meröppna bibliotek. "
        "Förvaltningen ska månadsvis återrapportera arbetet till regionstyrelsen.\n\n"
        "§ 13  Vårdcentralerna\nInformation från primärvårdsförvaltningen om tillgängligheten noteras.\n"
    )
    (directive,) = second_run(text)
    assert directive.lead.code == "RS-KF"
    assert directive.text.endswith("till regionstyrelsen")


def test_the_end_of_the_work_of_a_body_the_order_sets_up():
    text = (
        "Regeringen förutsätter att ministerierna genomför reformen enligt följande:\n\n"
        "1. Jord- och skogsbruksministeriet tillsätter en sektionsövergripande grupp som ska utreda "
        "viltskadeersättningarna. Gruppen ska avsluta sitt uppdrag senast 15.10.2026.\n"
    )
    (directive,) = second_run(text)
    assert directive.lead.code == "FI-MM"
    assert str(directive.deadline) == "2026-10-15"


def test_a_draft_there_by_a_date_and_the_final_product_dated_after_it():
    text = (
        "Beslut\nRegionstyrelsen ger ekonomidirektören i uppdrag att revidera ekonomistyrningsprinciperna. "
        "Ett utkast ska föreligga före utgången av augusti 2026 och de slutliga principerna ska kunna "
        "antas i december 2026.\n"
    )
    (directive,) = second_run(text)
    assert directive.lead.code == "RS-EKO"
    assert str(directive.deadline) == "2026-12-31"


def test_a_hedged_estimate_of_when_the_work_may_be_ready_is_no_deadline():
    text = (
        "Regeringen fattade i dag flera beslut.\n\n"
        "Skogsstyrelsen ska även uppdatera sin karttjänst för brandrisk, något som enligt styrelsen kan vara "
        "färdigt till sommaren.\n"
    )
    (directive,) = run(text)
    assert directive.lead.code == "SE-SKV"
    assert directive.deadline is None
