"""Orders in the forms a fifty-eighth batch of Swedish texts written blind showed: a regional board's follow-up of its
assignments flattened to "|"-separated rows, its due column named by its noun ("Återrapportering"); another
assignment told as done on the line after the table, no report-back of its last row; rows of one width that are no
wrapped lines; a supervisor's earlier request told in reported speech ("IVO krävde i sitt beslut att nämnden skulle
..."); an inquiry helped by an agency ("ska bistå utredningen"), no unit of the directory; the municipality's chief
executive and central office in a directory that also holds a region's ("kommundirektören",
"kommunledningskontoret" for the directory's "Kommunstyrelseförvaltningen"). Texts and directory written for these
tests."""

from tests.extraction.conftest import codes, directives_in, leads, unit

DIRECTORY = [
    unit("RS", "Region Västerdal – Regionstyrelsen", "Regionstyrelsen"),
    unit("RLK", "Region Västerdal – Regionledningskontoret", "Regionledningskontoret"),
    unit("HSF", "Region Västerdal – Hälso- och sjukvårdsförvaltningen", "Hälso- och sjukvårdsförvaltningen"),
    unit("RUF", "Region Västerdal – Regional utvecklingsförvaltning", "regionala utvecklingsförvaltningen"),
    unit("KTF", "Region Västerdal – Kollektivtrafikförvaltningen", "Kollektivtrafikförvaltningen"),
    unit("KS", "Sjöby kommun – Kommunstyrelsen", "Kommunstyrelsen"),
    unit("KLK", "Sjöby kommun – Kommunledningskontoret", "Kommunledningskontoret"),
    unit("SN", "Sjöby kommun – Socialnämnden", "Socialnämnden"),
    unit("SOC", "Sjöby kommun – Socialförvaltningen", "Socialförvaltningen"),
    unit("SE-REG", "Regeringen"),
    unit("SE-VAT", "Statens vatteninstitut"),
    unit("SE-LMV", "Lantmäteriverket"),
    unit("SE-IVO", "Inspektionen för vård och omsorg", "IVO"),
]

#: A municipality's directory whose central office has another name than the text's.
MUNICIPALITY = [
    unit("KS", "Kommunstyrelsen, Åsby kommun"),
    unit("KSF", "Kommunstyrelseförvaltningen, Åsby kommun"),
    unit("SBF", "Samhällsbyggnadsförvaltningen, Åsby kommun"),
    unit("UTB", "Barn- och utbildningsförvaltningen, Åsby kommun"),
]


def run(text, directory=DIRECTORY, meeting="2026-04-14"):
    return directives_in(text, directory, "sv", meeting)


def test_a_follow_up_table_whose_due_column_is_named_by_its_noun():
    text = (
        "PROTOKOLL\nRegionstyrelsen\n\n"
        "§ 61 Uppföljning av styrelsens uppdrag\n"
        "Regionledningskontoret har sammanställt de uppdrag som ännu inte är slutredovisade.\n"
        "Uppdrag | Beslut | Ansvarig | Återrapportering | Status\n"
        "Kartlägga väntetiderna till barnpsykiatrin | RS 2025-06-10 § 102 | Hälso- och sjukvårdsförvaltningen | "
        "november 2026 | Pågår\n"
        "Ta fram en plan för laddinfrastruktur vid depåerna | RS 2025-09-16 § 150 | Kollektivtrafikförvaltningen i "
        "samverkan med regionala utvecklingsförvaltningen | 2026-08-31 | Pågår\n"
        "Beslut\n"
        "Sammanställningen godkänns.\n"
    )
    found = run(text)
    assert leads(found) == ["HSF", "KTF"]
    assert codes(found[1].coordinating) == ["RUF"]
    assert [str(d.deadline) for d in found] == ["2026-11-30", "2026-08-31"]
    assert found[0].text.startswith("Kartlägga väntetiderna")


def test_an_assignment_told_as_done_below_the_table_is_no_report_back_of_its_last_row():
    text = (
        "PROTOKOLL\nRegionstyrelsen\n\n"
        "§ 62 Uppföljning av styrelsens uppdrag\n"
        "Uppdrag | Beslut | Ansvarig | Återrapporteras | Status\n"
        "Utreda en gemensam upphandling av tolktjänster | RS 2025-03-18 § 44 | Regionledningskontoret | "
        "2026-09-30 | Pågår\n"
        "Uppdraget att se över sjukresorna (RS 2025-01-21 § 9) redovisades av hälso- och sjukvårdsförvaltningen "
        "i mars och har därmed avslutats.\n"
        "Beslut\n"
        "Sammanställningen godkänns.\n"
    )
    (directive,) = run(text)
    assert directive.lead.code == "RLK"
    assert str(directive.deadline) == "2026-09-30"
    assert directive.references == ["RS 2025-03-18 § 44"]
    assert directive.text.endswith("Pågår")


def test_rows_of_one_width_before_the_text_after_the_table_are_no_wrapped_lines():
    text = (
        "§ 35 Uppföljning av kommunstyrelsens uppdrag\n"
        "Uppdrag | Ansvarig | Beslut | Återrapporteras | Status\n"
        "Ta fram en plan för förskolelokaler | Samhällsbyggnadsförvaltningen | KS 2025-03-11 § 40 | december 2026 | "
        "Pågår\n"
        "Utreda kostnaderna för skolskjutsarna | Barn- och utbildningsförvaltningen | KS 2025-05-20 § 77 | "
        "2026-06-30 | Försenad\n"
        "Uppdraget om en ny bredbandsstrategi (KS 2025-01-14 § 9) slutredovisades i mars och har därmed avslutats.\n"
    )
    found = run(text, MUNICIPALITY)
    assert leads(found) == ["SBF", "UTB"]
    assert [str(d.deadline) for d in found] == ["2026-12-31", "2026-06-30"]


def test_a_supervisors_earlier_request_told_in_reported_speech_is_no_order():
    text = (
        "PROTOKOLL\nSocialnämnden\n\n"
        "§ 22 Yttrande över tillsyn av hemtjänsten\n"
        "IVO har i februari riktat kritik mot nämndens dokumentation. IVO krävde i sitt beslut att nämnden skulle "
        "redovisa vidtagna åtgärder senast den 15 maj 2026.\n"
        "Beslut\n"
        "Socialförvaltningen ska senast den 30 september 2026 följa upp dokumentationen i hemtjänsten.\n"
    )
    (directive,) = run(text)
    assert directive.lead.code == "SOC"
    assert str(directive.deadline) == "2026-09-30"


def test_a_request_told_as_reported_speech_without_its_document_is_no_order_either():
    text = (
        "PROTOKOLL\nSocialnämnden\n\n"
        "§ 23 Yttrande till revisorerna\n"
        "Revisorerna begärde att nämnden skulle svara på granskningen före sommaren.\n"
        "Beslut\n"
        "Socialförvaltningen får i uppdrag att ta fram en rutin för avtalsuppföljning.\n"
    )
    (directive,) = run(text)
    assert directive.lead.code == "SOC"


def test_the_inquiry_an_agency_is_told_to_help_is_no_unit_of_the_directory():
    text = (
        "Kommittédirektiv\n\n"
        "Tilläggsdirektiv till Utredningen om dagvatten i tätorter\n\n"
        "Beslut vid regeringssammanträde den 9 april 2026\n\n"
        "Regeringen beslutade i fjol direktiv om en översyn av dagvattenhanteringen.\n\n"
        "Utredaren ska i den nya delen samråda med Statens vatteninstitut.\n"
        "Lantmäteriverket ska bistå utredningen med höjddata för de berörda tätorterna.\n"
    )
    found = run(text)
    assert leads(found) == [None, "SE-LMV"]
    assert found[1].coordinating == []


def test_the_municipal_chief_executive_heads_the_municipalitys_office_not_the_regions():
    text = (
        "PROTOKOLL\nKommunstyrelsen\n\n§ 14 Delegationsordning\nBeslut\n"
        "Kommunstyrelsen uppdrar åt kommundirektören att se över delegationsordningen före årsskiftet.\n"
    )
    (directive,) = run(text)
    assert directive.lead.code == "KLK"


def test_the_central_office_named_otherwise_than_the_directory_is_the_municipalitys():
    text = (
        "PROTOKOLL\nKommunstyrelsen\n\n§ 31 Arbetsgivarpolicy\nBeslut\n"
        "Kommunstyrelsen uppdrar åt kommunledningskontoret att ta fram en ny arbetsgivarpolicy.\n"
    )
    (directive,) = run(text, MUNICIPALITY)
    assert directive.lead.code == "KSF"
