"""Orders in the forms an eighty-fifth batch of English texts showed: a council's log of open directions set out
under a report's "Background" heading, its rows parted by bars and its due dates written month first; an action
taken report's target line under each decision ("Target:", "Original target: ... | New target: ..."); a count in
thousands that opens a wrapped line; a pronoun's daily report after an order; a year the work is about before the
order's own day; a year's annual plan cited in lower case. And what is no order: a progress report's "Work in N
sites held up ...". Texts and directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("BR-ROADS", "Roads and Transportation Department", "Roads and Transportation"),
    unit("BR-FIN", "Finance Division", "Finance Division"),
    unit("BR-CLERK", "Clerk's Office", "Clerk's Office"),
    unit("KP-WATER", "Water Supply Department"),
    unit("KP-AGRI", "Agriculture Department"),
    unit("KP-EDU", "Education Department"),
    unit("KP-HEALTH", "Health Department"),
    unit("KP-CMO", "Chief Minister's Office"),
    unit("MN-PLAN", "Directorate of Planning"),
    unit("MN-JUST", "Department of Justice"),
]


def run(text, meeting):
    return directives_in(text, DIRECTORY, "en", meeting)


LOG = (
    "BACKGROUND\n"
    "Council's directions to staff are kept in a log until the lead department reports back. The open directions "
    "follow.\n\n"
    "Date | Res. No. | Direction | Lead Dept. | Target Date | Comments\n\n"
    "2025-10-07 | R-2025-311 | That the Treasurer prepare a long-range financing plan for the arena roof | "
    "Finance Division | 4/30/2027 | Consultant engaged.\n\n"
    "2026-01-13 | R-2026-020 | That the Clerk draft a policy on recorded votes at committee meetings | "
    "Clerk's Office | Q3 2026 | Research under way.\n\n"
    "FINANCIAL IMPLICATIONS\n"
    "None.\n"
)


def test_a_log_of_directions_under_a_background_heading_is_read_row_by_row():
    found = run(LOG, "2026-05-12")
    assert leads(found) == ["BR-FIN", "BR-CLERK"]
    assert found[0].text.startswith("That the Treasurer prepare")
    assert found[1].deadline.isoformat() == "2026-09-30"


def test_a_log_rows_due_date_written_month_first_is_read_so():
    found = run(LOG, "2026-05-12")
    assert found[0].deadline.isoformat() == "2027-04-30"


def test_an_action_taken_reports_new_target_is_the_decisions_due_date():
    text = (
        "ACTION TAKEN REPORT\n\n"
        "Item 1 (Canal desilting)\n"
        "Decision: Agriculture Department to complete the desilting of the feeder canals in the western block.\n"
        "Original target: 31.03.2026 | New target: 31.07.2026\n"
        "Action taken: Work completed on 40 of 52 canals.\n"
        "Status: Pending\n\n"
        "Item 2 (Textbooks)\n"
        "Decision: Education Department to distribute the textbooks to all primary schools.\n"
        "Target: 15.06.2026\n"
        "Action taken: Printing order placed.\n"
        "Status: Pending\n"
    )
    found = run(text, "2026-02-02")
    assert leads(found) == ["KP-AGRI", "KP-EDU"]
    assert [d.deadline.isoformat() for d in found] == ["2026-07-31", "2026-06-15"]
    assert found[0].text.endswith("New target: 31.07.2026")


def test_a_count_in_thousands_opening_a_line_goes_on_with_the_sentence_above():
    text = (
        "Item 4 (Rural water)\n"
        "Decision: Water Supply Department to lay distribution lines to the households of the remaining\n"
        "2,480 hamlets in the two hill districts.\n"
        "Target: 30.09.2026\n"
    )
    found = run(text, "2026-02-02")
    assert leads(found) == ["KP-WATER"]
    assert "2,480 hamlets" in found[0].text


def test_a_progress_reports_work_held_up_is_no_order():
    text = (
        "Action taken: 610 wells deepened. Work in 118 villages held up for want of drilling rigs; the matter has "
        "been raised with the suppliers.\n"
        "Status: Pending\n"
    )
    assert run(text, "2026-02-02") == []


def test_a_pronouns_daily_report_after_an_order_goes_on_with_it():
    text = (
        "The Chief Minister instructed the Health Department to set up fever clinics in all block hospitals. "
        "It should also send a daily report on dengue cases to the Chief Minister's Office.\n"
    )
    found = run(text, "2026-07-01")
    assert leads(found) == ["KP-HEALTH"]
    assert found[0].text.endswith("to the Chief Minister's Office")


def test_the_orders_own_day_outweighs_the_year_its_work_is_about():
    text = (
        "The Department of Justice shall advise on the plan to raise the legal aid index in 2026; submit it before "
        "15 June 2026.\n"
    )
    found = run(text, "2026-04-01")
    assert found[0].deadline.isoformat() == "2026-06-15"


def test_a_years_annual_plan_in_lower_case_is_cited():
    text = (
        "The Directorate of Planning shall report on the implementation of the 1405 annual operational plan within "
        "ten days.\n"
    )
    found = run(text, "2026-04-01")
    assert [" ".join(r.split()) for r in found[0].references] == ["1405 annual operational plan"]
