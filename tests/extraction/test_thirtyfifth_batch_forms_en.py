"""Orders in the forms a thirty-fifth batch of English texts written blind showed: an Indian district collector's
monthly review (a day "of next month", an officer's second task said with "He should also", what the next meeting will
look at, a list whose arrival at the office is dated in the sentence after the order), a Canadian committee report
whose next "THAT such report be brought forward ..." dates the report asked for, a translated notice recalling an
earlier assignment not yet carried out and a monthly report-back added after a task, a US county board's narrative
minutes (a matter referred to a committee "which shall return with a recommendation", a supervisor's request on which
no action was taken). Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

# -- a district collector's monthly review --------------------------------------------------------------------------

RAMPUR = [
    unit("RP-REV", "Revenue Department", "Sub-Collector", "Tahsildar"),
    unit("RP-FOOD", "Food and Civil Supplies Department", "District Supply Officer"),
    unit("RP-HLTH", "Health Department", "Chief Medical Officer", "CMO"),
    unit("RP-PWD", "Public Works Department", "Executive Engineer PWD", "PWD"),
    unit("RP-EDU", "Education Department", "District Education Officer"),
]


def test_a_day_of_next_month_or_of_this_month_is_a_deadline():
    found = directives_in(
        "The District Supply Officer shall complete the physical verification of all fair price shops before the "
        "15th of next month.\n\n"
        "The Chief Medical Officer shall finish the vaccination drive in the tribal blocks by the 28th of this "
        "month.\n",
        RAMPUR,
        "en",
        "2027-03-04",
    )
    assert leads(found) == ["RP-FOOD", "RP-HLTH"]
    assert [str(d.deadline) for d in found] == ["2027-04-15", "2027-03-28"]


def test_an_officers_second_task_told_with_he_should_also_is_his():
    found = directives_in(
        "The Chief Medical Officer was instructed to open fever clinics in all primary health centres within ten "
        "days. She should also ensure that every clinic keeps a stock of rapid test kits.\n",
        RAMPUR,
        "en",
        "2027-03-04",
    )
    assert leads(found) == ["RP-HLTH", "RP-HLTH"]
    assert found[1].text.startswith("She should also ensure")
    # (not after what an officer said: a remark, no order)
    found = directives_in(
        "The District Education Officer said that the results had improved in most blocks. He should also be "
        "thanked for the new library scheme.\n",
        RAMPUR,
        "en",
        "2027-03-04",
    )
    assert found == []


def test_what_the_next_meeting_will_look_at_is_no_order():
    found = directives_in(
        "The Tahsildar shall settle the pending boundary disputes by 20th April. Disputes older than two years "
        "will be examined one by one at the next meeting.\n",
        RAMPUR,
        "en",
        "2027-03-04",
    )
    assert leads(found) == ["RP-REV"]
    assert len(found) == 1 and "examined" not in found[0].text


def test_a_lists_arrival_at_the_office_dated_after_the_order_is_its_deadline():
    found = directives_in(
        "The Executive Engineer PWD was directed to prepare a statement of culverts washed away in the floods, "
        "so that funds can be sought under the disaster relief norms. The statement has to reach the "
        "Sub-Collector's office by Friday, 19 March.\n",
        RAMPUR,
        "en",
        "2027-03-04",
    )
    assert leads(found) == ["RP-PWD"]
    assert [str(d.deadline) for d in found] == ["2027-03-19"]
    assert found[0].text.endswith("by Friday, 19 March")


# -- a committee's report with its motions ------------------------------------------------------------------------

ASHFORD = [
    unit("AF-ENG", "Engineering Services", "Director of Engineering Services"),
    unit("AF-FIN", "Finance", "City Treasurer"),
    unit("AF-CLK", "City Clerk", "Clerk"),
]


def test_a_motions_next_clause_on_such_report_dates_the_report_asked_for():
    found = directives_in(
        "THAT the memorandum of the City Treasurer dated October 2, 2027 respecting trail lighting BE RECEIVED; and\n"
        "THAT the Director of Engineering Services BE DIRECTED to report on the cost of lighting the\n"
        "Harbourfront Trail; and\n"
        "THAT such report be brought forward no later than the end of the second quarter of 2028.\n"
        "Carried.\n",
        ASHFORD,
        "en",
        "2027-11-08",
    )
    assert leads(found) == ["AF-ENG"]
    assert [str(d.deadline) for d in found] == ["2028-06-30"]
    assert found[0].text.endswith("second quarter of 2028")


# -- a notice of conclusions --------------------------------------------------------------------------------------

BINH_AN = [
    unit("BA-TRANS", "Department of Transport", "Transport Department"),
    unit("BA-FIN", "Department of Finance", "Finance Department"),
    unit("BA-HLTH", "Department of Health", "Health Department"),
]


def test_an_earlier_assignment_not_yet_carried_out_is_told_not_given():
    found = directives_in(
        "At the session on January 8, 2027 the Department of Transport was tasked to survey the ferry landings, "
        "but this has not yet been done.\n\n"
        "The Department of Finance shall allocate the funds for the ferry landings before April 10, 2027.\n",
        BINH_AN,
        "en",
        "2027-03-02",
    )
    assert leads(found) == ["BA-FIN"]


def test_a_monthly_report_back_added_after_a_task_gives_it_no_date():
    found = directives_in(
        "The ward People's Committees are requested to check the street food stalls and to report the results to "
        "the Department of Health before the 20th of every month.\n\n"
        "The Department of Finance must publish the market fee schedules no later than the 5th of each month.\n",
        BINH_AN,
        "en",
        "2027-03-02",
    )
    assert leads(found) == [None, "BA-FIN"]
    # (the task itself due each month keeps its first due day)
    assert [str(d.deadline) for d in found] == ["None", "2027-03-05"]
    assert [d.recurrence for d in found] == ["monthly", "monthly"]


# -- a county board's narrative minutes ---------------------------------------------------------------------------

DELMAR = [
    unit("DM-PARKS", "Parks and Recreation", "Parks Director"),
    unit("DM-FINCTE", "Finance Committee", "Board Finance Committee"),
    unit("DM-ROADS", "Road Department", "Road Commissioner"),
]


def test_a_matter_referred_to_a_committee_which_shall_return_is_that_committees():
    found = directives_in(
        "On motion of Supervisor Amari, seconded by Supervisor Boyd, the request for a new skate park was referred "
        "to the Finance Committee, which shall return with a funding plan at the Board meeting of June 9, 2027. "
        "Motion carried 5-0.\n",
        DELMAR,
        "en",
        "2027-03-16",
    )
    assert leads(found) == ["DM-FINCTE"]
    assert [str(d.deadline) for d in found] == ["2027-06-09"]


def test_a_supervisors_request_on_which_no_action_was_taken_is_no_order():
    found = directives_in(
        "On motion of Supervisor Boyd, seconded by Supervisor Chen, the Board directed the Road Commissioner to "
        "repave Mill Creek Road before October 1, 2027. Motion carried 5-0.\n\n"
        "Supervisor Chen asked that the Parks Director be invited to report on trail closures at a later meeting; "
        "no action was taken.\n",
        DELMAR,
        "en",
        "2027-03-16",
    )
    assert leads(found) == ["DM-ROADS"]
