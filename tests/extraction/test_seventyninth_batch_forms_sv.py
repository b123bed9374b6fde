"""Orders in the forms a seventy-ninth batch of Swedish texts written blind showed: a board's follow-up of its
assignments as a "|" table in an appendix after the description of the matter (past the decision, where the reasons
give no order), its rows done ("Klart") still on the list, each due by its due cell and not by a month in the
comment after its status; the head of the administration ("Förvaltningschefen") of a two-field committee
("Barn- och utbildningsnämnden") whose administration the directory names by its last field, not another
municipality's of the same directory; a report on the things done during a year ("antalet genomförda inspektioner
under 2027"), the year no deadline. Texts and directory written for these tests."""

from tests.extraction.conftest import codes, directives_in, leads, unit

DIRECTORY = [
    unit("BJ-BUN", "Björkviks kommun – Barn- och utbildningsnämnden", "Barn- och utbildningsnämnden i Björkvik"),
    unit("BJ-UTF", "Björkviks kommun – Utbildningsförvaltningen", "Utbildningsförvaltningen"),
    unit("BJ-SKOL", "Utbildningsförvaltningen Björkvik, avdelning skola", "Skolavdelningen"),
    unit("BJ-FRI", "Björkviks kommun – Fritidsförvaltningen", "fritidsförvaltningen"),
    unit("HE-BUF", "Hedmarks kommun – Barn- och utbildningsförvaltningen", "barn- och utbildningsförvaltningen"),
    unit("HE-TEK", "Hedmarks kommun – Tekniska förvaltningen", "tekniska förvaltningen"),
    unit("HE-SOC", "Hedmarks kommun – Socialförvaltningen", "socialförvaltningen"),
    unit("MY-ARB", "Arbetsskyddsmyndigheten", "Myndigheten för arbetsskydd"),
]

FOLLOW_UP = (
    "BJÖRKVIKS KOMMUN\nBarn- och utbildningsnämnden\n\nPROTOKOLLSUTDRAG\n\n"
    "§ 41  Uppföljning av nämndens uppdrag\n\n"
    "Beslut\n1. Nämnden godkänner uppföljningen.\n"
    "2. Utbildningsförvaltningen får i uppdrag att redovisa en ny tidplan för de försenade uppdragen.\n\n"
    "Ärendebeskrivning\nNämnden följer upp sina uppdrag två gånger om året. Ett uppdrag har slutförts.\n\n"
    "Bilaga 1 – Uppdragslista\n"
    "Nr | Beslut | Uppdrag | Ansvarig | Klart senast | Status | Kommentar\n"
    "1 | BUN 2026-01-20 § 4 | Ta fram en plan för skolgårdarnas upprustning | Skolavdelningen | 2026-05-31 | Klart | "
    "Planen antogs 2026-05-12 § 30.\n"
    "2 | BUN 2026-02-17 § 11 | Utreda lovskolans omfattning i samverkan med fritidsförvaltningen | Skolavdelningen | "
    "2026-12-15 | Pågår | Enkäten skickas ut i oktober.\n"
    "3 | BUN 2026-03-24 § 19 | Redovisa en plan för skolans lokaler 2028–2033 | Förvaltningschefen | 2027-02-28 | "
    "Försenad | Befolkningsprognosen inväntas.\n"
)

#: The same list before the decision, as a paragraph's own material (no reasons to pass).
LIST_FIRST = (
    "BJÖRKVIKS KOMMUN\nBarn- och utbildningsnämnden\n\n§ 41  Uppföljning av nämndens uppdrag\n\n"
    + FOLLOW_UP[FOLLOW_UP.index("Nr | Beslut") :]
    + "\nBeslut\nNämnden godkänner uppföljningen. Utbildningsförvaltningen får i uppdrag att redovisa en ny tidplan "
    "för de försenade uppdragen.\n"
)


def run(text, meeting="2026-09-15"):
    return directives_in(text, DIRECTORY, "sv", meeting)


def test_a_pipe_table_of_assignments_after_the_description_of_the_matter_is_read():
    found = run(FOLLOW_UP)
    assert len(found) == 4
    assert all(" | " in d.text for d in found[1:])


def test_a_row_done_stays_on_the_swedish_follow_up_list():
    found = run(LIST_FIRST)
    assert any("skolgårdarnas upprustning" in d.text for d in found)
    (done,) = [d for d in found if "skolgårdarnas" in d.text]
    assert done.lead.code == "BJ-SKOL"
    assert str(done.deadline) == "2026-05-31"


def test_a_rows_due_cell_over_a_month_in_its_comment():
    (row,) = [d for d in run(LIST_FIRST) if "lovskolans" in d.text]
    assert row.lead.code == "BJ-SKOL"
    assert codes(row.coordinating) == ["BJ-FRI"]
    assert str(row.deadline) == "2026-12-15"


def test_the_head_of_the_committees_own_administration_named_by_its_last_field():
    (row,) = [d for d in run(LIST_FIRST) if "lokaler" in d.text]
    assert row.lead.code == "BJ-UTF"
    assert str(row.deadline) == "2027-02-28"


def test_not_another_municipalitys_administration_of_the_same_committee_name():
    text = (
        "BJÖRKVIKS KOMMUN\nBarn- och utbildningsnämnden\n\n§ 52  Skolskjutsar\n\n"
        "Beslut\nNämnden ger förvaltningen i uppdrag att se över skolskjutsarnas tidtabeller till nämndens "
        "sammanträde i december.\n"
    )
    assert leads(run(text)) == ["BJ-UTF"]


def test_the_things_done_during_a_year_give_no_deadline():
    text = (
        "Regleringsbrev för budgetåret 2027 avseende Arbetsskyddsmyndigheten\n\n"
        "Återrapporteringskrav\n\n"
        "1. Myndigheten för arbetsskydd ska redovisa antalet genomförda kontrollbesök under 2027 fördelat på län.\n"
    )
    (directive,) = run(text, "2026-12-18")
    assert directive.lead.code == "MY-ARB"
    assert directive.deadline is None
