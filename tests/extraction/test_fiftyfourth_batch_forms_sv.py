"""Orders in the forms a fifty-fourth batch of Swedish texts written blind showed: a board's decision that gives
work to its förvaltningar and names one again by its kind alone ("Förvaltningen ska även ..."); two units in one
sentence, each with its own verb in the present ("X ansvarar för ..., och Y informerar ..."); an assignment told
in the past with a month and no year ("gav i oktober X i uppdrag"); what a report found told in the past
("Verket konstaterade att ... måste"); a follow-up table whose due column is headed "Redovisas"; a first report due
"redan på fredag"; an inquiry's interim report that answers a question of its own; and an earlier decision cited
by its case number and paragraph ("(MBN 2024/0215 § 61)"). Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

TOWN = [
    unit("BV-KS", "Kommunstyrelsen, Björkvika kommun", "Kommunstyrelsen"),
    unit("BV-MF", "Miljö Björkvika (Miljöförvaltningen)", "Miljöförvaltningen"),
    unit("BV-KF", "Kultur Björkvika (Kulturförvaltningen)", "Kulturförvaltningen"),
    unit("BV-TF", "Teknik Björkvika (Tekniska förvaltningen)", "Tekniska förvaltningen"),
    unit("BV-KLK", "Kommunledningskontoret, Björkvika", "kommundirektören"),
    unit("BV-SN", "Socialnämnden, Björkvika kommun", "Socialnämnden"),
]
PROTOCOL_HEAD = "Björkvika kommun\nKommunstyrelsen\nSAMMANTRÄDESPROTOKOLL\nSammanträdesdatum 2026-09-16\n\n"


def test_a_forvaltning_named_again_by_its_kind_alone_leads_its_next_order():
    text = PROTOCOL_HEAD + (
        "§ 88 Badplatser\n\nBeslut\nKommunstyrelsen beslutar att Tekniska förvaltningen får i uppdrag att rusta upp "
        "bryggorna vid samtliga badplatser före badsäsongen 2027. Förvaltningen ska även utreda nya skyltar vid "
        "Lillsjön och återkomma under våren 2027.\n"
    )
    found = directives_in(text, TOWN, "sv", "2026-09-16")
    assert leads(found) == ["BV-TF", "BV-TF"]
    assert found[1].text.startswith("Förvaltningen ska även")
    assert str(found[1].deadline) == "2027-06-20"


def test_two_units_each_with_its_own_verb_in_the_present_are_two_orders():
    text = PROTOCOL_HEAD + (
        "§ 89 Bibliotekets öppettider\n\nBeslut\nKommunstyrelsen beslutar att kommundirektören får i uppdrag att "
        "utvärdera de meröppna biblioteken. Kulturförvaltningen ansvarar för enkäten till låntagarna, och "
        "Miljöförvaltningen granskar ventilationen i lokalerna inom fyra veckor.\n"
    )
    found = directives_in(text, TOWN, "sv", "2026-09-16")
    assert leads(found) == ["BV-KLK", "BV-KF", "BV-MF"]
    assert found[2].text.startswith("Miljöförvaltningen granskar")
    assert str(found[2].deadline) == "2026-10-14"
    assert found[1].deadline is None


def test_an_assignment_told_in_the_past_with_a_month_and_no_year_is_no_order():
    text = PROTOCOL_HEAD + (
        "§ 90 Ungdomsgårdar\n\nÄrendebeskrivning\nKommunstyrelsen gav i maj Kulturförvaltningen i uppdrag att se "
        "över ungdomsgårdarnas öppettider. Översynen presenteras nu.\n\nBeslut\nRedovisningen läggs till "
        "handlingarna.\n"
    )
    assert directives_in(text, TOWN, "sv", "2026-09-16") == []


def test_what_a_report_found_told_in_the_past_is_no_order():
    text = PROTOCOL_HEAD + (
        "§ 91 Tillsyn\n\nÄrendebeskrivning\nSocialnämnden konstaterade i sin årsrapport att fler boenden måste "
        "inspekteras varje år. Kommunstyrelsen beslutar att Miljöförvaltningen ska göra en plan för tillsynen senast "
        "den 30 november 2026.\n"
    )
    found = directives_in(text, TOWN, "sv", "2026-09-16")
    assert leads(found) == ["BV-MF"]
    assert str(found[0].deadline) == "2026-11-30"


def test_a_follow_up_table_whose_due_column_is_headed_redovisas():
    text = PROTOCOL_HEAD + (
        "§ 92 Uppföljning av uppdrag\n\nKommunledningskontoret har sammanställt de uppdrag som pågår.\n\n"
        "Uppdrag | Ansvarig | Status | Redovisas\n"
        "Inventera kommunens dagvattendammar | Miljöförvaltningen | Pågår | 2027-02-28\n"
        "Ta fram en plan för kulturskolans lokaler | Kulturförvaltningen | Försenad | mars 2027\n\n"
        "Kommunstyrelsen beslutar att godkänna redovisningen.\n"
    )
    found = directives_in(text, TOWN, "sv", "2026-09-16")
    assert leads(found) == ["BV-MF", "BV-KF"]
    assert [str(d.deadline) for d in found] == ["2027-02-28", "2027-03-31"]


def test_a_first_report_due_already_on_a_day_of_the_week_sets_the_order_s_date():
    text = PROTOCOL_HEAD + (
        "§ 93 Legionella\n\nBeslut\nMiljöförvaltningen ska kontrollera varmvattnet i kommunens badhus. En första "
        "lägesrapport om badhuset i Norrby ska lämnas redan på fredag.\n"
    )
    found = directives_in(text, TOWN, "sv", "2026-09-16")
    assert leads(found) == ["BV-MF"]
    assert found[0].text.endswith("redan på fredag")
    assert str(found[0].deadline) == "2026-09-18"


AGENCIES = [unit("SE-BOV", "Statens bostadsverk", "Bostadsverket")]
DIRECTIVE_HEAD = (
    "Kommittédirektiv\n\nBostadsförsörjning för äldre\n\nDir. 2026:77\n\n"
    "Beslut vid regeringssammanträde den 4 juni 2026\n\n"
)


def test_an_interim_report_that_answers_a_question_of_its_own_is_an_order_of_its_own():
    text = DIRECTIVE_HEAD + (
        "Uppdraget\nUtredaren ska\n– kartlägga utbudet av trygghetsbostäder,\n– lämna förslag om statligt stöd.\n\n"
        "Utredaren ska i en delredovisning senast den 1 mars 2027 redovisa hur kommunernas riktlinjer för "
        "bostadsförsörjning kan skärpas.\n"
    )
    found = directives_in(text, AGENCIES, "sv", "2026-06-04")
    assert len(found) == 2
    assert found[0].deadline is None
    assert found[1].text.startswith("Utredaren ska i en delredovisning")
    assert str(found[1].deadline) == "2027-03-01"


def test_an_earlier_decision_cited_by_its_case_number_and_paragraph_is_a_reference():
    text = PROTOCOL_HEAD + (
        "§ 94 Energiplan\n\nBeslut\nMiljöförvaltningen ska fortsätta arbetet med energiplanen (KS 2024/0215 § 61) och "
        "redovisa det senast den 31 januari 2027.\n"
    )
    found = directives_in(text, TOWN, "sv", "2026-09-16")
    assert leads(found) == ["BV-MF"]
    assert [ref for ref in found[0].references] == ["KS 2024/0215 § 61"]
