"""Orders in the forms a forty-fourth batch of English texts written blind showed: a district council's action
register whose heading row stands on one line, its cells parted by spaces alone ("Item No. Meeting Date
Resolution / Action Responsible Due Date Status / Comments"), each row's cells below it one to a line, its action an
order with no subject ("Investigate the feasibility of ...") that falls to the officer or department of its
responsible cell; and a committee's table of outstanding items, a row to a line opened by its item code
("IE-2025-07 Review of ... Transportation Services June 2026"), the row wrapped where its cell goes on. Texts and
directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DISTRICT = [
    unit("MD-INF", "Manawa District Council – Infrastructure", "Group Manager Infrastructure"),
    unit("MD-PLN", "Manawa District Council – Planning", "Planning Manager", "Planning"),
    unit("MD-CS", "Manawa District Council – Community Services", "Community Services"),
    unit("MD-FIN", "Manawa District Council – Finance", "Finance", "Chief Financial Officer"),
    unit("MD-IWI", "Manawa District Council – Iwi Partnerships", "Iwi Partnerships Lead"),
    unit("MD-CEO", "Manawa District Council – Office of the Chief Executive", "Chief Executive"),
]


def district(text, meeting="2026-08-20"):
    return directives_in(text, DISTRICT, "en", meeting)


REGISTER = (
    "MANAWA DISTRICT COUNCIL\nCouncil Meeting – 20 August 2026\n7.1 Outstanding Actions Register\n\n"
    "Item No. Meeting Date Resolution / Action Responsible Due Date Status / Comments\n"
    "2026/052\n"
    "14/05/2026\n"
    "Investigate options for sealing the Pukeatua Road shoulder and report back\n"
    "to the Infrastructure Committee.\n"
    "Group Manager Infrastructure\n"
    "31/10/2026\n"
    "Scoping under way.\n"
    "2026/061\n"
    "11/06/2026\n"
    "Review the Rural Halls Funding Policy together with Finance.\n"
    "Community Services / Iwi Partnerships Lead\n"
    "Within 2 months\n"
    "Draft prepared.\n"
    "2026/064\n"
    "11/06/2026\n"
    "Engage with the Mātaiwhetu marae committee on the cemetery extension.\n"
    "Planning Manager\n"
    "Next Strategy Committee meeting\n"
    "Not started.\n"
    "2026/070\n"
    "09/07/2026\n"
    "Write to the regional council seeking a review of the bus timetable.\n"
    "Chief Executive\n"
    "ASAP\n"
    "New item.\n\n"
    "8. Close\n"
)


def test_a_register_row_s_order_with_no_subject_falls_to_its_responsible_cell():
    found = district(REGISTER)
    assert leads(found) == ["MD-INF", "MD-CS", "MD-PLN", "MD-CEO"]
    assert [[d.code for d in x.coordinating] for x in found[:2]] == [[], ["MD-FIN", "MD-IWI"]]
    assert found[0].text.endswith("Group Manager Infrastructure\n31/10/2026")


def test_a_register_row_s_due_cell_gives_its_deadline_a_delay_counted_from_the_row_s_meeting():
    found = district(REGISTER)
    assert [str(d.deadline) if d.deadline else None for d in found] == ["2026-10-31", "2026-08-11", None, None]


def test_a_register_s_own_item_number_is_no_reference():
    found = district(REGISTER)
    assert all("2026/0" not in str(r) for d in found for r in d.references)
    assert any("Rural Halls Funding Policy" in str(r) for r in found[1].references)


CITY = [
    unit("CW-PW", "Public Works", "Director of Public Works"),
    unit("CW-PARKS", "Parks and Recreation", "Parks"),
    unit("CW-FIRE", "Fire Services", "Fire Chief"),
    unit("CW-PLAN", "Planning Services", "Planning"),
]


def city(text, meeting="2026-05-12"):
    return directives_in(text, CITY, "en", meeting)


OUTSTANDING = (
    "TOWN OF CEDARWICK\nREPORT OF THE PUBLIC SERVICES COMMITTEE\n\n"
    "4. Outstanding Items\nThe following items remain before the Committee:\n\n"
    "Item No. Description Lead Department Expected Date\n"
    "PS-2025-14 Culvert replacement program - Mill Creek\n"
    "crossings Public Works Q3 2026\n"
    "PS-2025-21 Splash Pad Renewal Strategy review Parks and Recreation TBD\n"
    "PS-2026-03 Review of open-air burning permits Fire Services /\n"
    "Planning Services November 2026\n\n"
    "Respectfully submitted.\n"
)


def test_an_outstanding_items_table_s_rows_opened_by_their_codes_are_orders():
    found = city(OUTSTANDING)
    assert leads(found) == ["CW-PW", "CW-PARKS", "CW-FIRE"]
    assert [str(d.deadline) if d.deadline else None for d in found] == ["2026-09-30", None, "2026-11-30"]
    assert [d.code for d in found[2].coordinating] == ["CW-PLAN"]


def test_an_item_code_before_a_named_strategy_is_no_part_of_its_name():
    found = city(OUTSTANDING)
    assert [str(r) for r in found[1].references] == ["Splash Pad Renewal Strategy"]
