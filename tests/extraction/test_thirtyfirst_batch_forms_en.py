"""Orders in the forms a thirty-first batch of English texts written blind showed: a council's log of outstanding
directives copied one cell to a line (its heading cells each on a line, each row's resolution number and date, the
directive in the council's words, then its department, due and status cells: the status gives no order, the
department cell works with no one, the due cell or a revised date in the status is the deadline, a delay counts
from the row's date, the quote runs to the due cell); a resolution's "; and," at the end of its line; a report's
title line "Report to Council - ..."; an English "A" that is an article, not the French "à"; an earlier meeting named
by its month ("At the July meeting, ..."); "On that basis, X must ..."; "without waiting until ..."; "It was decided
in the meeting that X would ..."; the order's product reported or brought back in the sentence after it; an order in
the passive on a matter that falls to the unit that presented it. Texts and directories written for these tests."""

import pytest

from tests.extraction.conftest import directives_in, leads, unit

# -- a council's log of outstanding directives, one cell to a line ---------------------------------------------------

TOWN = [
    unit("HV-ADMIN", "Office of the Town Manager", "Town Manager"),
    unit("HV-WORKS", "Public Works Department", "Public Works", "Director of Public Works"),
    unit("HV-FIRE", "Harlow Vale Fire Department", "Fire Department", "Fire Chief"),
    unit("HV-REC", "Recreation and Culture", "Recreation"),
    unit("HV-CLERK", "Town Clerk's Office", "Town Clerk"),
    unit("HV-LAW", "Town Solicitor", "Legal Department"),
    unit("HV-FIN", "Finance Department", "Treasurer"),
]

LOG_HEAD = (
    "Town of Harlow Vale\nOutstanding Resolutions\nPrepared for the Regular Council Meeting of February 9, 2026\n"
    "Resolution No.\nMeeting Date\nResolution\nResponsible Department\nTarget Date\nStatus\n"
)


def town(rows, meeting="2026-02-09"):
    return directives_in(LOG_HEAD + rows, TOWN, "en", meeting)


def test_a_logs_status_lines_give_no_order_and_its_due_cell_is_the_deadline():
    found = town(
        "R-2025-101\nSeptember 8, 2025\n"
        "That the Director of Public Works BE DIRECTED to prepare a sidewalk repair program for the east ward.\n"
        "Recreation\nQ3 2026\nIn progress. Report to go to Council in June. Survey to be completed first.\n"
        "R-2025-118\nOctober 20, 2025\n"
        "That the Fire Chief BE REQUESTED to review the burn permit fees.\nFinance Department\nApril 2026\n"
        "Not started.\n"
    )
    assert leads(found) == ["HV-WORKS", "HV-FIRE"]
    assert [[c.code for c in d.coordinating] for d in found] == [[], []]  # the department cell tracks, no more
    assert [str(d.deadline) for d in found] == ["2026-09-30", "2026-04-30"]
    assert found[0].text.endswith("Recreation\nQ3 2026")
    assert [d.references for d in found] == [["R-2025-101"], ["R-2025-118"]]


def test_a_logs_rows_parted_by_blank_lines():
    text = (
        "Outstanding Resolutions\n\nResolution No.\nMeeting Date\nResolution\nResponsible Department\nTarget Date\n"
        "Status\n\nCC7/2026\nJanuary 12, 2026\nThat the Fire Chief BE DIRECTED to test the sirens in every ward.\n"
        "Public Works\nMay 2026\nScheduled. Report to follow.\n\nCC9/2026\nJanuary 26, 2026\n"
        "That the Town Clerk BE REQUESTED to update the records by-law.\nTown Clerk\nQ4 2026\nNot started.\n\n"
        "Prepared by the Town Clerk.\n"
    )
    found = directives_in(text, TOWN, "en", "2026-02-09")
    assert leads(found) == ["HV-FIRE", "HV-CLERK"]
    assert [[c.code for c in d.coordinating] for d in found] == [[], []]
    assert [str(d.deadline) for d in found] == ["2026-05-31", "2026-12-31"]


def test_a_revised_date_in_a_logs_status_replaces_its_due_cell():
    found = town(
        "CC45/2025\nNovember 3, 2025\n"
        "That the Town Clerk BE DIRECTED to report on options for live streaming committee meetings.\n"
        "Town Clerk\nDecember 2025\nDelayed. Vendor quotes outstanding. Revised target date:\n"
        "March 23, 2026 meeting of Council.\n"
    )
    assert leads(found) == ["HV-CLERK"]
    assert [str(d.deadline) for d in found] == ["2026-03-23"]
    assert found[0].text.endswith("March 23, 2026 meeting of Council.")


@pytest.mark.parametrize("due", ["Per resolution", "TBD"])
def test_a_delay_in_a_logs_directive_counts_from_its_rows_date(due):
    found = town(
        "CC51/2025\nDecember 1, 2025\n"
        "That the Director of Public Works BE DIRECTED to assess the culvert on Mill Lane and report back within "
        f"60 days.\nPublic Works\n{due}\nField work underway; report in preparation.\n"
    )
    assert leads(found) == ["HV-WORKS"]
    assert [str(d.deadline) for d in found] == ["2026-01-30"]  # 60 days from December 1, not from the meeting


def test_a_logs_second_directive_of_one_resolution_and_its_joint():
    found = town(
        "CC12/2026\nJanuary 12, 2026\n"
        "That the Town Manager BE DIRECTED to negotiate a lease for the old library building; and,\n"
        "That the Town Solicitor BE REQUESTED to draft the lease agreement.\n"
        "Town Manager; Legal Department\nJune 2026\nOngoing.\n"
        "That the Treasurer BE REQUESTED to include the lease revenue in the 2027 budget.\nFinance Department\nTBD\n"
        "Not started.\n"
    )
    assert leads(found) == ["HV-ADMIN", "HV-LAW", "HV-FIN"]
    assert found[0].text.endswith("library building")
    assert found[1].text.startswith("That the Town Solicitor")
    assert [str(d.deadline) for d in found] == ["2026-06-30", "2026-06-30", "None"]
    # (the budget of a year the revenue goes into is cited too: LABELLING.md, "within the 2027 budget")
    assert [d.references for d in found] == [["CC12/2026"], ["CC12/2026"], ["CC12/2026", "2027 budget"]]


def test_a_resolutions_joint_at_the_end_of_its_line_stays_with_the_clause_above():
    text = (
        "Moved by Councillor Reyes, seconded by Councillor Olsen:\n"
        "That the Fire Chief BE DIRECTED to inspect the hydrants on Bay Road; or,\n"
        "That the Director of Public Works BE REQUESTED to replace them.\n"
    )
    found = directives_in(text, TOWN, "en", "2026-02-09")
    assert leads(found) == ["HV-FIRE", "HV-WORKS"]
    assert found[0].text.endswith("on Bay Road")
    assert found[1].text.startswith("That the Director")


@pytest.mark.parametrize(
    "title",
    ["Report to Town Council - Special Meeting of March 2, 2026", "Report to the Finance Committee - Open Items"],
)
def test_a_reports_title_line_is_no_order(title):
    text = f"Town of Harlow Vale\n{title}\n\nThe Fire Chief shall inspect the hydrants on Bay Road.\n"
    assert leads(directives_in(text, TOWN, "en", "2026-02-09")) == ["HV-FIRE"]


# -- an English "A" is an article ------------------------------------------------------------------------------------


@pytest.mark.parametrize("second", ["a crew must also clear the storm drains", "a written notice shall go to owners"])
def test_an_english_a_opens_no_addressee_of_its_own(second):
    text = f"The Director of Public Works shall repair the Bay Road culvert; {second}.\n"
    found = directives_in(text, TOWN, "en", "2026-02-09")
    assert leads(found) == ["HV-WORKS"]
    assert found[0].text.endswith(second)


# -- a provincial meeting's report -----------------------------------------------------------------------------------

PROVINCE = [
    unit("TB-HEALTH", "Department of Health", "Health Department"),
    unit("TB-AGRI", "Department of Agriculture"),
    unit("TB-BD", "People's Committee of Binh Dong District", "Binh Dong district"),
    unit("TB-AUDIT", "Provincial Audit Office", "Audit Office"),
]


def province(text):
    return directives_in(text, PROVINCE, "en", "2026-10-14")


@pytest.mark.parametrize("opening", ["At the August meeting,", "At its June 2026 session,"])
def test_an_assignment_at_a_meeting_named_by_its_month_is_told(opening):
    found = province(
        f"{opening} the Provincial People's Committee assigned the Department of Health to survey the commune "
        "clinics; the department reported that the survey is finished.\n"
        "The Chairman asked the Department of Agriculture to restock the seed stores before 30/11/2026.\n"
    )
    assert leads(found) == ["TB-AGRI"]


def test_that_as_a_demonstrative_before_the_subject():
    found = province(
        "The Department of Agriculture was directed to measure the flooded fields. On that basis, Binh Dong district "
        "must pay the support to farmers in the first quarter of 2027.\n"
    )
    assert leads(found) == ["TB-AGRI", "TB-BD"]
    assert [str(d.deadline) for d in found] == ["None", "2027-03-31"]


@pytest.mark.parametrize("wait", ["without waiting until the end of the year", "rather than wait until December 2026"])
def test_a_date_not_to_wait_for_is_no_deadline(wait):
    found = province(f"Contractors were asked to hand over the finished sections to the district, {wait}.\n")
    assert [str(d.deadline) for d in found] == ["None"]


@pytest.mark.parametrize(
    ("order", "after", "code", "deadline"),
    [
        (
            "The Chairman directed the Provincial Audit Office to audit the use of the flood relief funds.",
            "The audit conclusions shall be reported to the Provincial People's Committee in December 2026.",
            "TB-AUDIT",
            "2026-12-31",
        ),
        (
            "The Chairman asked the Department of Agriculture to draft the seed subsidy rules and send them to the "
            "Audit Office for checking.",
            "The rules must come back to the Committee for approval not later than 15th December 2026.",
            "TB-AGRI",
            "2026-12-15",
        ),
    ],
)
def test_the_orders_product_reported_or_brought_back_in_the_next_sentence(order, after, code, deadline):
    found = province(f"{order} {after}\n")
    assert leads(found) == [code]
    assert [str(d.deadline) for d in found] == [deadline]
    assert found[0].text.endswith(after.rstrip("."))


def test_a_decision_taken_in_the_meeting_that_names_who_acts():
    found = directives_in(
        "It was decided in the meeting that the Health Department would open two more fever clinics by 20th "
        "November.\n",
        PROVINCE,
        "en",
        "2026-10-14",
    )
    assert leads(found) == ["TB-HEALTH"]
    assert [str(d.deadline) for d in found] == ["2026-11-20"]


# -- a cabinet's order on a matter a ministry presented --------------------------------------------------------------

CABINET = [
    unit("KV-MOH", "Ministry of Health and Sanitation", "Ministry of Health", "Minister of Health"),
    unit("KV-MOF", "Ministry of Finance", "Minister of Finance"),
    unit("KV-AG", "Attorney General's Office", "Attorney General"),
]


@pytest.mark.parametrize(
    ("approval", "order"),
    [
        (
            "Cabinet approved the National Sanitation Strategy 2026-2030, presented by the Minister of Health.",
            "Cabinet directed that the Strategy be printed and distributed to all district councils by the end of "
            "August 2026.",
        ),
        (
            "The Minister of Finance presented the Public Debt Bill for Cabinet's consideration.",
            "Cabinet directed that the Bill be published for public comment before 30th September 2026.",
        ),
    ],
)
def test_an_order_on_a_matter_in_the_passive_falls_to_the_unit_that_presented_it(approval, order):
    found = directives_in(f"3. Matters\n\n{approval} {order}\n", CABINET, "en", "2026-07-08")
    assert leads(found) == ["KV-MOH" if "Health" in approval else "KV-MOF"]
