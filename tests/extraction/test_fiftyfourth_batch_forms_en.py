"""Orders in the forms a fifty-fourth batch of English texts written blind showed: a Canadian clerk's report whose
attachment is a council directive-tracking log flattened with bars between its cells ("Item No. | Origin |
Directive | Lead Dept. | Due | Status"), each row's directive the council's own motion ("That staff ...", "That the
Treasurer ...", "That online payment be implemented ..."), its "Background" read as what was asked before up to the
attachment's heading; a US county's action-item update with items carried forward as dashed rows ("Task – Unit –
target: spring 2027 – on track"), a past request told with the month it was made in ("In October, staff was asked
to ...") and a sentence opened by a noun that reads like a verb ("Work sessions are ..."); a press note recalling
an order with its time after the verb ("had been asked last June to ..."); and an English notice from Vietnam with
a day and month and no year ("before 15/8"). Texts and directory written for these tests."""

import datetime

from tests.extraction.conftest import codes, directives_in, leads, unit
from tracker.extraction.deadlines import find_deadline

DIRECTORY = [
    unit("BF-COUNCIL", "Town of Birchford Council", "Council", "Committee of the Whole"),
    unit("BF-ENG", "Engineering and Public Works Department, Town of Birchford", "Engineering & Public Works", "Roads"),
    unit("BF-FIN", "Finance Division, Town of Birchford", "Corporate Services (Finance)", "Finance", "Treasurer"),
    unit("BF-REC", "Recreation and Culture Department, Town of Birchford", "Recreation & Culture", "Recreation"),
    unit("BF-BYLAW", "By-law Enforcement Services, Town of Birchford", "By-law Services", "Municipal Law Enforcement"),
    unit("BF-CLERK", "Office of the Town Clerk, Birchford", "Clerk's Office", "Town Clerk"),
    unit("LC-ROADS", "Larch County Road Department", "Road Department", "Roads"),
    unit("LC-LIB", "Larch County Library District", "Library District", "Libraries"),
    unit("LC-COUNSEL", "Office of Larch County Counsel", "County Counsel"),
    unit("LC-HR", "Larch County Human Resources", "Human Resources", "HR"),
]

LOG = (
    """Town of Birchford
Staff Report to Committee of the Whole
Report No.: CS-2027-011
Meeting Date: March 2, 2027
Subject: Open Council Directives - Semi-Annual Update

Recommendation
That Report CS-2027-011 be received for information.

Background
The Clerk's Office keeps a register of the directions Council gives to staff. Each department reviews its entries
twice a year; finished items drop off the register once Council receives the update.

Attachment A - Open Directives Register (as at February 15, 2027)

"""
    "Item No. | Origin | Directive | Lead Dept. | Due | Status\n"
    "2026-031 | Council Apr 14, 2026 / Res. 2026-102 | That staff review winter sidewalk clearing "
    "levels of service and report back with options. | Engineering & Public Works | Summer 2027 | "
    "In progress\n"
    "2026-044 | COW May 5, 2026 / Res. 2026-140 | That the Treasurer bring forward a reserve policy "
    "for facility renewal, in consultation with the Director of Recreation & Culture. | Corporate "
    "Services (Finance) | 3rd quarter 2027 | Not started\n"
    "2026-052 | Council Jun 9, 2026 / Res. 2026-171 | That a text reminder service be introduced "
    "for overdue by-law notices. | By-law Services | Q4 2026 | Complete - live since November 2026\n"
    "2026-067 | COW Jul 7, 2026 / Res. 2026-199 | That staff investigate a shared ice-time booking "
    "system with neighbouring municipalities. | Recreation & Culture | TBD | Deferred to 2028 Budget\n"
    "2026-075 | Council Aug 11, 2026 / Res. 2026-223 | That the Town Clerk prepare a records "
    "retention by-law update. | Clerk's Office | Apr. 2027 COW | In progress\n"
    "\n"
    """Financial Implications
None arising from this report.
"""
)


def _rows():
    return directives_in(LOG, DIRECTORY, "en", "2027-03-02")


def test_piped_log_under_an_attachment_heading_is_read_row_by_row():
    # the report's "Background" tells what was asked before; the attachment's heading ends it and its rows are read
    found = _rows()
    assert len(found) == 5, [d.text for d in found]
    assert found[0].text.startswith("That staff review winter sidewalk clearing")


def test_piped_log_motion_to_staff_has_no_lead():
    # "That staff ..." addresses the staff at large: the lead column only tracks the row
    found = _rows()
    assert leads(found)[0] is None
    assert leads(found)[3] is None


def test_piped_log_motion_subject_leads_and_helper_coordinates():
    found = _rows()
    assert leads(found)[1] == "BF-FIN"
    assert codes(found[1].coordinating) == ["BF-REC"]
    assert leads(found)[4] == "BF-CLERK"


def test_piped_log_passive_motion_falls_to_the_lead_cell():
    # "That a text reminder service be introduced ...": no agent, the row's lead cell answers it (done or not, the
    # row is the council's directive)
    found = _rows()
    assert leads(found)[2] == "BF-BYLAW"
    assert found[2].deadline == datetime.date(2026, 12, 31)


def test_piped_log_due_cells_give_the_deadlines():
    found = _rows()
    assert [d.deadline for d in found] == [
        datetime.date(2027, 9, 22),  # summer
        datetime.date(2027, 9, 30),  # 3rd quarter
        datetime.date(2026, 12, 31),
        None,  # TBD, not a year named in the status
        datetime.date(2027, 4, 30),  # a month's committee meeting
    ]


def test_piped_log_quote_runs_from_the_motion_to_its_due_cell():
    found = _rows()
    assert (
        found[4].text
        == "That the Town Clerk prepare a records retention by-law update. | Clerk's Office | Apr. 2027 COW"
    )


UPDATE = """ACTION ITEM SUMMARY
Larch County Commission Work Session - Wednesday, February 3, 2027

Work sessions are for discussion only and the Commission takes no action at them.

1. Library hours
In November, staff was asked to survey patrons on weekend library hours; the survey closed on January 15.
The Library District will present the results at the March 3 business meeting.

Open items from earlier sessions
- Gravel road dust abatement program - Road Department - target: summer 2027 - on schedule
- Personnel policy manual rewrite - Human Resources, with County Counsel - target: April 2027 - behind; vacancy
"""


def test_dashed_carried_items_are_directives():
    found = directives_in(UPDATE, DIRECTORY, "en", "2027-02-03")
    carried = [d for d in found if " - target: " in d.text]
    assert [d.text for d in carried] == [
        "Gravel road dust abatement program - Road Department - target: summer 2027",
        "Personnel policy manual rewrite - Human Resources, with County Counsel - target: April 2027",
    ]
    assert leads(carried) == ["LC-ROADS", "LC-HR"]
    assert codes(carried[1].coordinating) == ["LC-COUNSEL"]
    assert [d.deadline for d in carried] == [datetime.date(2027, 9, 22), datetime.date(2027, 4, 30)]


def test_request_told_with_its_month_is_no_order():
    found = directives_in(UPDATE, DIRECTORY, "en", "2027-02-03")
    assert not any(d.text.startswith("In November") for d in found), [d.text for d in found]
    assert any(d.text.startswith("The Library District will present") for d in found)


def test_noun_that_reads_like_a_verb_opens_no_imperative():
    found = directives_in(UPDATE, DIRECTORY, "en", "2027-02-03")
    assert not any(d.text.startswith("Work sessions") for d in found), [d.text for d in found]


def test_order_recalled_with_its_time_after_the_verb_is_no_order():
    text = (
        "The Road Department had been asked last autumn to resurface the Mill Lane bridge deck, and the work was "
        "finished in May, the County Engineer said. The Library District will open two reading rooms by July 1, 2027."
    )
    found = directives_in(text, DIRECTORY, "en", "2027-06-01")
    assert [d.text[:20] for d in found] == ["The Library District"]


def test_day_month_without_year_day_first():
    found = find_deadline("submit the list for approval before 24/9.", [], datetime.date(2026, 7, 10), "en")
    assert found is not None and found.date == datetime.date(2026, 9, 24)
    # "by 8/5" could be read either way: no date
    assert find_deadline("submit the list by 8/5.", [], datetime.date(2026, 7, 10), "en") is None
