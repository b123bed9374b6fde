"""Orders in the forms a seventy-fourth batch of English texts showed: US city council and county board action
minutes and summaries of actions, whose outcome lines mostly order nothing. An "Action:" line that only tells the
meeting's own steps or that the item was informational; a summary table with an "Action" column whose action cell
only tells what the body did with the item ("Continued", "No action taken"), or refers the item to a commission; a
report that recalls an earlier meeting's dated direction; a motion written with its movers' names only ("Motion
Smith/Jones to refer ..."); a body's consensus to refer a matter; the body's bare assent between two parts of one
order; a sentence that asks more of the work just ordered; a log of directions whose dates run month first; a
table cell that opens on "Draft" as its verb; a study named by its year and title. Texts and directory written for
these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("GV-PW", "Glenvale Public Works Department", "Public Works", "Public Works Director"),
    unit("GV-CA", "Glenvale City Attorney's Office", "City Attorney"),
    unit("GV-PC", "Glenvale Planning Commission", "Planning Commission"),
    unit("GV-PRC", "Glenvale Parks and Recreation Commission", "Parks and Recreation Commission"),
    unit("GV-AC", "Glenvale Audit Committee", "Audit Committee"),
    unit("GV-CM", "Office of the City Manager, Glenvale", "City Manager"),
    unit("GV-LIB", "Glenvale Public Library", "Library Director"),
]


def run(text, meeting="2026-05-04"):
    return directives_in(text, DIRECTORY, "en", meeting)


def test_an_action_line_that_tells_the_meetings_own_step_orders_nothing():
    directives = run(
        "GLENVALE CITY COUNCIL\nACTION MINUTES\n\n1. OPENING\nAction: Mayor Ferreira called the meeting to order "
        "at 7:01 p.m.\n\n2. LIBRARY HOURS\nAction: Council directed the Library Director to restore Sunday hours "
        "by June 1.\n"
    )
    assert leads(directives) == ["GV-LIB"]


def test_an_informational_action_line_orders_nothing():
    directives = run(
        "GLENVALE CITY COUNCIL\nACTION MINUTES\n\n4. TREES\nAction: Council directed Public Works to replant "
        "the median trees on Elm Street.\n\n5. COMMITTEE REPORTS\nAction: Informational. No action taken.\n"
    )
    assert leads(directives) == ["GV-PW"]


SUMMARY_TABLE = (
    "GLENVALE CITY COUNCIL\nSUMMARY OF ACTIONS\n\n"
    "Item | Action | Vote\n"
    "1 - Agenda | Approved as submitted | 5-0\n"
    "2 - Pothole backlog | Approved; Public Works Director directed to report the backlog within 30 days | 5-0\n"
    "3 - Library roof | Discussion only; Council directed the City Manager, working with the Library Director, to "
    "return with roof options at the June 1 meeting | 5-0\n"
    "4 - Cannabis retail standards | Referred to the Planning Commission for a recommendation within 60 days; City "
    "Attorney to review the draft standards before the Commission votes | 5-0\n"
    "5 - Request from Hill Street residents for a crosswalk | Continued to a date uncertain. The residents were "
    "asked last year to gather signatures; none have come in | 5-0\n"
    "6 - Ordinance 2026-11, Noise | Introduced, first reading | 5-0\n"
    "7 - Member comments | Mayor Ferreira asked that the City Manager write to the transit agency about the Route 4 "
    "cuts; Council consensus; letter to be sent by May 22 | --\n"
    "8 - Closed session, labor negotiations | No action taken upon return to open session | --\n\n"
    "Adjourned at 9:40 p.m.\n"
)


def test_a_summary_tables_outcome_cells_order_nothing():
    texts = [d.text for d in run(SUMMARY_TABLE)]
    assert not [text for text in texts if "Continued" in text or "No action" in text or "Discussion only" in text]


def test_a_summary_tables_action_cell_that_refers_the_item_to_a_commission():
    referred = [d for d in run(SUMMARY_TABLE) if "Referred" in d.text]
    assert leads(referred) == ["GV-PC"]
    assert str(referred[0].deadline) == "2026-07-03"


def test_a_report_that_recalls_the_boards_dated_direction_orders_nothing():
    directives = run(
        "ITEM 6. Sidewalk condition survey.\nAction: Report received. The survey answers the Council's "
        "September 9, 2025 direction asking Public Works to rate every block; no further direction was given.\n"
    )
    assert directives == []


def test_a_motion_with_its_movers_names_only_that_refers_the_matter():
    directives = run(
        "E-2 Dog Park Rules\nMotion Ferreira/Nakamura to refer the draft rules to the Parks and Recreation "
        "Commission for a recommendation by July 15. Carried 5-0.\n"
    )
    assert leads(directives) == ["GV-PRC"]
    assert str(directives[0].deadline) == "2026-07-15"


def test_a_bodys_consensus_to_refer_the_matter():
    directives = run(
        "7. Fraud Hotline\nCouncil consensus to refer the proposal to the Audit Committee for a recommendation "
        "within 30 days.\n"
    )
    assert leads(directives) == ["GV-AC"]
    assert str(directives[0].deadline) == "2026-06-03"


def test_the_bodys_bare_assent_between_an_order_and_its_due_date():
    letters = [d for d in run(SUMMARY_TABLE) if "transit" in d.text or "letter" in d.text]
    assert leads(letters) == ["GV-CM"]
    assert "letter to be sent" in letters[0].text
    assert str(letters[0].deadline) == "2026-05-22"


def test_a_sentence_that_asks_more_of_the_work_just_ordered_goes_on_with_it():
    directives = run(
        "3. Playground Equipment\nCouncil asked the Public Works Director to list the worn play structures and "
        "bring the list back in August. Council further requested that the list give the cost of replacing each one.\n"
    )
    assert leads(directives) == ["GV-PW"]
    assert "replacing" in directives[0].text


def test_a_log_of_directions_whose_dates_run_month_first():
    directives = run(
        "OUTSTANDING COUNCIL DIRECTIONS\n"
        "Date Given | Direction | Responsible | Due | Status\n"
        "02/17/2026 | Return with a tree canopy report | Public Works | 09/08/2026 | In progress\n"
        "03/03/2026 | Draft ordinance on leaf blower hours | City Attorney | 06/02/2026 | Not started\n"
    )
    assert leads(directives) == ["GV-PW", "GV-CA"]
    assert [str(d.deadline) for d in directives] == ["2026-09-08", "2026-06-02"]
    assert directives[1].references == []


def test_a_study_named_by_its_year_and_title():
    directives = run(
        "5. Downtown Loading Zones\nCouncil directed the City Manager to apply the findings of the 2025 Curb "
        "Management Study to the Main Street loading zones.\n"
    )
    assert leads(directives) == ["GV-CM"]
    assert directives[0].references == ["2025 Curb Management Study"]
