"""Orders in the forms a fifty-sixth batch of English texts written blind showed: a US council's follow-up list
whose items are blocks of labelled lines ("Direction:", "Department:", "Status:", "Report back:"), each order's
deadline on its "Report back:" line and, where the order has no subject, its lead on its "Department:" line; a day
of the week as a deadline ("by Monday"); a delay in hours ("within 48 hours") before a date that belongs to what is
ordered; the meeting a task was assigned at, no deadline; an item's disposition ("RECEIVED AND FILED") and a
board's assent ("Council concurred"), no orders; an urging of office holders at large to go on, no order; the
report-back of the unit just ordered, by its head, joined to its order. Texts and directory written for these
tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("WV-PLAN", "Planning and Building Department, City of Westvale", "Planning", "Planning & Building"),
    unit("WV-FIRE", "Westvale Fire Department", "Fire Department", "Fire"),
    unit("WV-LIB", "Westvale Public Library", "Library"),
    unit("WV-CLERK", "Office of the City Clerk, Westvale", "City Clerk", "City Clerk's Office"),
    unit("WV-TRN", "Transport Department", "Transport", "Department of Transport"),
    unit("WV-WATER", "Water Resources Department", "Water Resources", "Water Resources Department"),
    unit("WV-HOUS", "Housing Directorate", "Housing Directorate", "Housing"),
    unit("WV-AGR", "Directorate of Agriculture", "Agriculture Directorate", "Agriculture"),
    unit("WV-COUNCIL", "Westvale City Council", "Council", "City Council"),
]


def run(text, meeting="2026-03-11"):
    return directives_in(text, DIRECTORY, "en", meeting)


FOLLOW_UP = (
    "CITY OF WESTVALE\nCouncil Follow-Up Items\nUpdated following the Regular Meeting of March 11, 2026\n\n"
    "ITEM 2025-52 | Meeting: 12/9/2025\n"
    "Direction: Draft zoning amendments allowing accessory dwelling units on lots under 5,000 sq ft.\n"
    "Department: Planning and Building (lead); City Clerk\n"
    "Status: Public outreach done; draft under legal review.\n"
    "Report back: Planning Commission hearing – 4/22/2026\n\n"
    "ITEM 2026-07 | Meeting: 2/10/2026\n"
    "Direction: Fire Department to propose a weed abatement schedule for hillside parcels, in force until 2029.\n"
    "Department: Fire\n"
    "Status: New\n"
    "Report back: Before the budget workshop, June 2, 2026\n\n"
    "ITEM 2026-08 | Meeting: 2/10/2026\n"
    "Direction: Library to survey patrons on Sunday opening hours.\n"
    "Department: Library\n"
    "Status: Survey open.\n"
    "Report back: TBD\n\n"
    "ITEM 2026-10 | Meeting: 3/11/2026\n"
    "Direction: City Clerk to post the adopted fee schedule online.\n"
    "Department: City Clerk\n"
    "Status: New\n"
    "Report back: Thursday, April 2\n"
)


def test_a_follow_up_records_report_back_line_gives_its_deadline():
    found = run(FOLLOW_UP)
    assert [d.text[:20] for d in found] == [
        "Draft zoning amendme",
        "Fire Department to p",
        "Library to survey pa",
        "City Clerk to post t",
    ]
    # (the record's own line, not "until 2029", which belongs to what is ordered)
    assert [str(d.deadline) for d in found] == ["2026-04-22", "2026-06-02", "None", "2026-04-02"]


def test_a_follow_up_record_with_no_subject_takes_the_lead_marked_on_its_department_line():
    found = run(FOLLOW_UP)
    assert leads(found) == ["WV-PLAN", "WV-FIRE", "WV-LIB", "WV-CLERK"]
    assert [c.code for c in found[0].coordinating] == ["WV-CLERK"]


def test_a_follow_up_record_gives_a_count_of_business_days_on_its_report_back_line():
    text = (
        "ITEM 2026-14 | Meeting: 3/11/2026\n"
        "Direction: Library to price a book locker at the transit center.\n"
        "Department: Library\n"
        "Status: New\n"
        "Report back: Memo to Council within 5 business days\n"
    )
    found = run(text)
    assert [str(d.deadline) for d in found] == ["2026-03-18"]


def test_an_english_day_of_the_week_is_the_next_such_day_after_the_meeting():
    text = (
        "The Transport Department will publish the revised bus timetable by Friday.\n\n"
        "The Water Resources Department shall send its tanker roster to the districts before Monday."
    )
    found = run(text)  # a Wednesday
    assert [str(d.deadline) for d in found] == ["2026-03-13", "2026-03-16"]


def test_a_delay_in_hours_comes_before_a_date_of_what_is_ordered():
    text = (
        "• The Transport Department will issue a notice within 48 hours closing the river road to lorries, so that "
        "no heavy vehicle uses it till 30 June.\n"
        "• The Water Resources Department shall ensure that burst mains are repaired within 12 hours of a report."
    )
    found = run(text)
    assert [str(d.deadline) for d in found] == ["2026-03-13", "None"]


def test_the_meeting_a_task_was_assigned_at_is_no_deadline():
    text = (
        "The Housing Directorate shall finish the roofing of the relocation flats, assigned at the meeting of "
        "January 14, 2026 and still half done, by May 15."
    )
    found = run(text)
    assert [str(d.deadline) for d in found] == ["2026-05-15"]


def test_an_items_disposition_and_a_boards_assent_order_nothing():
    text = (
        "ITEM 2026-02 | Meeting: 1/13/2026\n"
        "Direction: Library 2025 Annual Circulation Report – RECEIVED AND FILED.\n"
        "Department: Library\n"
        "Status: Closed\n\n"
        "ITEM 2026-04 | Meeting: 1/27/2026\n"
        "Direction: Councilmember Tran asked that the Fire Department list the hydrants out of service; Council "
        "concurred.\n"
        "Department: Fire\n"
        "Status: New\n"
    )
    found = run(text)
    assert [d.text[:30] for d in found] == ["Councilmember Tran asked that "]
    assert leads(found) == ["WV-FIRE"]


def test_an_urging_of_office_holders_at_large_to_go_on_is_no_order():
    text = (
        "Council approved the new market levy.\n\n"
        "The Mayor thanked the members of Council for their service and urged all elected office holders to "
        "continue to listen to residents."
    )
    assert run(text) == []


def test_the_report_back_of_the_unit_just_ordered_by_its_head_goes_on_with_its_order():
    text = (
        "He asked the Agriculture Directorate to hand out wheat seed to returnee farmers, and the Housing "
        "Directorate to allot plots in the new township. The head of the Housing Directorate is to report the "
        "number of plots allotted at the next meeting of the commission."
    )
    found = run(text)
    assert leads(found) == ["WV-AGR", "WV-HOUS"]
    assert found[1].text.endswith("at the next meeting of the commission")


def test_a_passive_order_with_an_adverb_set_off_by_commas():
    text = (
        "The revised levy was approved in principle. The Transport Department was, however, directed to present a "
        "plan for the depot's relocation by 30 June."
    )
    found = run(text)
    assert leads(found) == ["WV-TRN"]
    assert str(found[0].deadline) == "2026-06-30"


def test_a_motion_that_only_lists_the_bodys_own_acts_orders_nothing():
    text = (
        "4. LIBRARY OPENING HOURS 2026/27\n"
        "Decision: That Council, having considered the survey results and the staffing report,\n"
        "(a) adopts the revised opening hours with effect from 1 July 2026;\n"
        "(b) notes that Sunday opening will be reviewed after a year.\n"
        "Reasons for decision: To match opening hours to demand."
    )
    assert run(text) == []


def test_an_order_told_with_the_month_it_was_given_in_is_no_order_of_the_meeting():
    text = (
        "The Housing Directorate was assigned in November 2025 to survey the damaged shelters; the survey is done. "
        "The Transport Department shall clear the access road by 15 April."
    )
    found = run(text)
    assert leads(found) == ["WV-TRN"]
