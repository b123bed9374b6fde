"""Orders in the forms a forty-eighth batch of Swedish texts written blind showed: a council's follow-up table with
no due column ("Beslut Uppdrag Ansvarig Status"), the due told in the task's cell ("Redovisas senast ...",
"redovisning till kommunstyrelsen 2025-11-25") and the paragraph's "Beslut" right under it; an inquiry told to
account for its proposals' consequences ("Utredningen ska redovisa förslagens konsekvenser ..."), a task of its own;
an inquiry's duty to give others a chance to comment ("... möjlighet att lämna synpunkter"), then its time
extended; and a Finnish board's clause expecting a unit to act ("– förutsätter att X snarast ..."). Texts and
directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

TOWN = [
    unit("SV-KS", "Kommunstyrelsen"),
    unit("SV-TF", "Tekniska förvaltningen"),
    unit("SV-KUL", "Kultur- och fritidsförvaltningen"),
    unit("SV-GR", "Grannby kommun"),
]


def test_a_follow_up_table_with_no_due_column_dates_its_rows_from_the_task_cell():
    text = (
        "SJÖVIKS KOMMUN\nSAMMANTRÄDESPROTOKOLL\nKommunstyrelsen\n\n"
        "§ 77 Uppföljning av kommunstyrelsens uppdrag\nDnr KS 2025/090\nÄrendebeskrivning\n"
        "Kansliet sammanställer uppdrag som inte är slutredovisade. Listan omfattar följande uppdrag:\n"
        "Beslut Uppdrag Ansvarig Status\n"
        "KS 2024-09-03 § 120 Se över gatubelysningen i ytterområdena. Redovisas senast 2026-02-28. "
        "Tekniska förvaltningen Pågår\n"
        "KS 2025-01-21 § 12 Utreda en gemensam bibliotekskatalog med Grannby kommun, redovisning till "
        "kommunstyrelsen 2026-01-20 Kultur- och fritidsförvaltningen Pågår, försenat\n"
        "Beslut\nKommunstyrelsen noterar informationen.\n"
    )
    found = directives_in(text, TOWN, "sv", "2025-10-07")
    assert leads(found) == ["SV-TF", "SV-KUL"]
    assert [str(d.deadline) for d in found] == ["2026-02-28", "2026-01-20"]
    assert "noterar" not in found[1].text


INQUIRY = [
    unit("SV-UTR", "Utredningen om laddinfrastruktur på landsbygden (I 2024:02)", "Utredningen", "Utredaren"),
    unit("SV-TRV", "Trafikverket"),
]
DIRECTIVE = (
    "Kommittédirektiv\n\nTilläggsdirektiv till Utredningen om laddinfrastruktur på landsbygden (I 2024:02)\n\n"
    "Dir. 2025:88\n\nBeslut vid regeringssammanträde den 3 juli 2025\n\n"
)


def test_an_inquiry_s_account_of_its_proposals_consequences_is_a_task_of_its_own():
    text = DIRECTIVE + (
        "Utredaren ska även bedöma om det behövs ändringar i plan- och bygglagen (2010:900) för att underlätta\n"
        "etablering av laddplatser vid handelsplatser.\n"
        "Utredningen ska redovisa förslagens konsekvenser för företagen och för staten.\n"
    )
    found = directives_in(text, INQUIRY, "sv", "2025-07-03")
    assert len(found) == 2
    assert found[1].text.startswith("Utredningen ska redovisa förslagens konsekvenser")


def test_the_time_extended_after_a_chance_to_comment_is_a_directive_of_its_own():
    text = DIRECTIVE + (
        "Utredningen ska samråda med Trafikverket.\n"
        "Utredningen ska även ge berörda elnätsföretag möjlighet att lämna synpunkter.\n"
        "Utredningstiden förlängs. Uppdraget ska i stället slutredovisas senast den 27 februari 2026.\n"
    )
    found = directives_in(text, INQUIRY, "sv", "2025-07-03")
    assert found[-1].text.startswith("Utredningstiden förlängs")
    assert str(found[-1].deadline) == "2026-02-27"
    assert found[-2].deadline is None


WELFARE = [
    unit("SV-FD", "Koncernförvaltningen", "förvaltningsdirektören"),
    unit("SV-EK", "Ekonomienheten"),
    unit("SV-VOS", "Välfärdsområdesstyrelsen"),
]


def test_a_board_s_clause_that_expects_a_unit_to_act_is_a_directive_of_its_own():
    text = (
        "NORDANS VÄLFÄRDSOMRÅDE   PROTOKOLL 9/2025\nVälfärdsområdesstyrelsen\n\n§ 88\nINTERN KONTROLL 2025\n\n"
        "Revisionsnämnden har påpekat brister i avtalsuppföljningen.\n\n"
        "Välfärdsdirektörens förslag:\nVälfärdsområdesstyrelsen\n"
        "– ger ekonomienheten i uppdrag att före utgången av mars 2026 revidera\nanvisningen om attesträtt, och\n"
        "– förutsätter att förvaltningsdirektören utan dröjsmål utser en ansvarig för\navtalsuppföljningen.\n\n"
        "Beslut:\nFörslaget godkändes.\n"
    )
    found = directives_in(text, WELFARE, "sv", "2025-10-20")
    assert leads(found) == ["SV-EK", "SV-FD"]
    assert found[1].text.startswith("förutsätter att förvaltningsdirektören")
