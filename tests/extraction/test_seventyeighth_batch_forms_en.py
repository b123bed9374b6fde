"""Orders in the forms a seventy-eighth batch of English texts written blind showed: a directory whose names close on
their administration after a comma ("..., City of X", "..., Government of X") while a text writes the bare title; a
report's "It is recommended that:" list, each item a motion's clause in the subjunctive (an aside on who helps before
the verb); a fiscal year's end with the day it ends on; a meeting named by its date and "Committee of the Whole"; an
attachment and a year's "Budget Estimates" cited; a Roman number closing a sentence ("Zone V."); an Indian officer's
rank abbreviated ("Addl.", "Dy."); a second subject after ";" that is a group of officers; a letter's "Copy to:" line;
the offices at large ("All directorates must ..."); a draft the order makes, no document cited; and "RESOLVED that
officers ...". Texts and directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("KB-COUNCIL", "Council of the City of Kettle Bay", "Kettle Bay Council"),
    unit("KB-CAO", "Office of the Chief Administrative Officer, City of Kettle Bay", "Kettle Bay CAO"),
    unit("KB-PARKS", "Parks and Recreation Department, City of Kettle Bay", "Kettle Bay Parks"),
    unit("KB-FIN", "Finance Department, City of Kettle Bay", "Kettle Bay Finance"),
    unit("KB-CLERK", "Office of the City Clerk, City of Kettle Bay", "City Clerk"),
    unit("KB-ENG", "Engineering Services Department, City of Kettle Bay", "Engineering Services"),
    unit("ST-AGRI", "Agriculture and Farmers Welfare Department, Government of Sundargiri", "Krishi Vibhag"),
    unit("ST-HOME", "Home Department, Government of Sundargiri", "Grih Vibhag"),
    unit("ST-TRANS", "Transport Department, Government of Sundargiri", "Parivahan Vibhag"),
    unit("MC-ENG", "Engineering Department, Sonpur Municipal Corporation", "City Engineer"),
    unit("MC-HEALTH", "Public Health Department, Sonpur Municipal Corporation", "Health Department"),
    unit("MC-IT", "IT Cell, Sonpur Municipal Corporation", "IT Cell"),
    unit("MC-LAND", "Estate Department, Sonpur Municipal Corporation", "Estate Officer"),
]


def run(text, meeting=None):
    return directives_in(text, DIRECTORY, "en", meeting)


def test_a_title_whose_office_the_directory_names_with_its_city_after_a_comma():
    directives = run(
        "Moved by Councillor Ames, seconded by Councillor Birch\n"
        "THAT Council direct the Chief Administrative Officer to write to the Ministry asking for the transit grant "
        "before the end of May.\nCARRIED\n",
        meeting="2026-04-07",
    )
    assert leads(directives) == ["KB-CAO"]


def test_a_department_whose_name_closes_on_its_government_after_a_comma():
    directives = run(
        "The Cabinet approved the seed subsidy scheme. The Agriculture and Farmers Welfare Department will issue "
        "the district allocations by 20 August.\n",
        meeting="2026-07-01",
    )
    assert leads(directives) == ["ST-AGRI"]


def test_a_reports_recommendations_each_a_clause_with_an_aside_before_its_verb():
    directives = run(
        "Report To: City Council\nSubject: Harbour Trail Extension\n\n"
        "RECOMMENDATIONS\nIt is recommended that:\n"
        "1. City Council approve the trail design shown in this report;\n"
        "2. The City Clerk, in consultation with Kettle Bay Parks, notify the adjacent landowners of the route; and\n"
        "3. Kettle Bay Finance, with the support of Engineering Services, report back to City Council in "
        "November 2026 with a funding strategy.\n\nBACKGROUND\nThe trail was opened in 2019.\n",
        meeting="2026-05-12",
    )
    assert leads(directives) == ["KB-CLERK", "KB-FIN"]
    assert str(directives[1].deadline) == "2026-11-30"


def test_the_end_of_the_fiscal_year_with_the_day_it_ends_on():
    directives = run(
        "THAT Council direct Kettle Bay Finance to close the old reserve account by the end of the fiscal year "
        "ending December 31, 2026.\nCARRIED\n",
        meeting="2026-03-03",
    )
    assert str(directives[0].deadline) == "2026-12-31"


def test_a_committee_of_the_whole_named_by_its_date():
    directives = run(
        "THAT Council direct Kettle Bay Parks to report back with options for longer rink hours at the May 19 "
        "Committee of the Whole.\nCARRIED\n",
        meeting="2026-04-21",
    )
    assert str(directives[0].deadline) == "2026-05-19"


def test_an_attachment_the_order_works_from():
    directives = run(
        "THAT Engineering Services be directed to resurface the four laneways identified in Attachment 2 before "
        "October 30, 2026.\nCARRIED\n",
        meeting="2026-06-02",
    )
    assert "Attachment 2" in directives[0].references


def test_a_years_budget_estimates_cited():
    directives = run(
        "The Health Department shall list the wards that need new fogging machines for inclusion in the Budget "
        "Estimates 2027-28.\n",
        meeting="2026-09-01",
    )
    assert "budget estimates 2027-28" in [ref.lower() for ref in directives[0].references]


def test_a_roman_number_closes_the_sentence_before_an_order():
    directives = run(
        "The Commissioner was unhappy with the desilting work in Ward IV and Ward V. The City Engineer shall "
        "complete the desilting of the main drains within ten days.\n",
        meeting="2026-06-10",
    )
    assert len(directives) == 1
    assert directives[0].text.startswith("The City Engineer")


def test_an_officers_abbreviated_rank_does_not_end_the_sentence():
    directives = run(
        "The Health Department shall send the ward-wise fogging report to the Addl. Commissioner within seven days.\n",
        meeting="2026-08-03",
    )
    assert leads(directives) == ["MC-HEALTH"]
    assert str(directives[0].deadline) == "2026-08-10"


def test_a_group_of_officers_with_its_own_modal_after_a_semicolon():
    directives = run(
        "1. Street lights\nThe City Engineer shall replace all faulty street lights on the ring road by Saturday; "
        "the Junior Engineers of all wards shall report the faults on the portal every evening.\n",
        meeting="2026-07-13",
    )
    assert leads(directives) == ["MC-ENG", None]
    assert str(directives[0].deadline) == "2026-07-18"
    assert directives[1].deadline is None


def test_a_letters_copy_line_orders_nothing():
    directives = run(
        "The IT Cell shall put the property tax receipts online before 1 October.\n\n"
        "                                        Municipal Commissioner\n"
        "                                        Sonpur Municipal Corporation\n"
        "Copy to: All Heads of Departments for necessary action.\n",
        meeting="2026-09-10",
    )
    assert leads(directives) == ["MC-IT"]


def test_the_offices_at_large_asked_for_a_product_by_a_date():
    directives = run(
        "Decisions:\n- All directorates must send their staffing returns to the Ministry by 30 June.\n",
        meeting="2026-06-01",
    )
    assert len(directives) == 1
    assert str(directives[0].deadline) == "2026-06-30"


def test_a_draft_the_order_makes_is_no_document_cited():
    directives = run(
        "Decision: The Estate Officer shall prepare the draft regulation on the leasing of municipal shops and "
        "present it at the next meeting.\n",
        meeting="2026-05-04",
    )
    assert leads(directives) == ["MC-LAND"]
    assert directives[0].references == []


def test_a_resolution_that_officers_act():
    directives = run(
        "Cllr Dunn spoke on the parking charges.\n\n"
        "RESOLVED that officers undertake a public consultation on the revised parking charges by 30 June 2026.\n",
        meeting="2026-03-04",
    )
    assert len(directives) == 1
    assert str(directives[0].deadline) == "2026-06-30"
