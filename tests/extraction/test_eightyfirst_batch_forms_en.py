"""Orders in the forms an eighty-first batch of English texts written blind showed: a district's table of the
meeting's own resolutions ("Res. No. | Resolution / Direction | Dept. | Due"), its rows after a "n/a" due cell read
as rows of their own, the number naming the row (no reference), a bylaw's reading no order, a "Direction to staff:"
row with an empty lead cell the staff's order, an "End of Year" due cell; a county's directives status report whose
records carry the order on their "Description:" line, the lead on their "Department:" line and the date now in
force in their status narrative; a band council's "BE IT RESOLVED THAT" motions; numeric Solar Hijri dates
("15/04/1405"); a study session's follow-up list, whose member's request takes the staff's answer after it as its
deadline and whose "Study Session of ..." line orders nothing; a request for an update; a code by its name cited.
Texts and directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("BR-ENG", "Engineering Services, District of Bramble Reach", "Director of Engineering", "ENG"),
    unit("BR-FIN", "Financial Services, District of Bramble Reach", "Director of Finance", "FIN"),
    unit("BR-PLN", "Planning Services, District of Bramble Reach", "Planning", "PLN"),
    unit("BR-CLK", "Corporate Officer, District of Bramble Reach", "Corporate Officer", "CO"),
    unit("OK-ROADS", "Roads Department, Orrin County", "Roads", "Roads Department"),
    unit("OK-LIB", "Orrin County Library", "County Library", "Library"),
    unit("OK-HR", "Human Resources, Orrin County", "Human Resources"),
    unit("SL-ADMIN", "Band Administration, Stonelake Nation", "Band Manager"),
    unit("SL-HEALTH", "Stonelake Health Centre", "Health Director"),
    unit("SL-LANDS", "Lands Office, Stonelake Nation", "Lands Manager"),
    unit("KH-HEALTH", "Provincial Public Health Directorate, Kohsar", "Public Health Directorate"),
    unit("CV-TRANS", "Transportation Department, City of Cedar Vale", "Transportation Department"),
    unit("CV-PARKS", "Parks and Recreation Department, City of Cedar Vale", "Parks and Recreation"),
    unit("CV-ATTY", "City Attorney's Office, City of Cedar Vale", "City Attorney's Office"),
]


def run(text, meeting="2026-10-20"):
    return directives_in(text, DIRECTORY, "en", meeting)


RESOLUTIONS = (
    "DISTRICT OF BRAMBLE REACH\nRESOLUTIONS OF THE REGULAR MEETING\n\n"
    "Res. No. | Resolution / Direction | Dept. | Due\n"
    "R26-410 | THAT the minutes of the meeting held October 6, 2026 be adopted. | CO | n/a\n"
    "R26-411 | THAT the Director of Engineering report on lighting options for the Pier Road underpass. | ENG | "
    "Jan 2027\n"
    "R26-412 | THAT the letter from the Pier Road Residents Association be received. | — | n/a\n"
    "R26-413 | Direction to staff: prepare a draft policy on sidewalk patios for the spring season. | — | 2026-Q4\n"
    "R26-414 | THAT the Director of Finance list the cost of the underpass lighting in the draft Financial Plan. | "
    "FIN | n/a\n"
    "R26-415 | Direction to staff: Planning to report on laneway houses in the village core. | PLN | End of Year\n"
    "R26-416 | THAT Heritage Designation Bylaw No. 1311, 2026 be given first and second reading. | CO | n/a\n"
)


def test_a_resolutions_table_reads_each_row_after_a_row_due_not_applicable():
    found = run(RESOLUTIONS)
    assert [d.text[:24] for d in found] == [
        "THAT the Director of Eng",
        "Direction to staff: prep",
        "THAT the Director of Fin",
        "Direction to staff: Plan",
    ]
    assert leads(found) == ["BR-ENG", None, "BR-FIN", "BR-PLN"]


def test_a_resolutions_table_of_the_meeting_s_own_numbers_cites_none_of_them():
    found = run(RESOLUTIONS)
    assert all(not any(ref.startswith("R26-") for ref in d.references) for d in found)


def test_a_resolutions_table_reads_a_quarter_and_the_end_of_year_as_due_dates():
    found = run(RESOLUTIONS)
    assert [str(d.deadline) for d in found] == ["2027-01-31", "2026-12-31", "None", "2026-12-31"]


def test_the_end_of_the_calendar_year_is_a_deadline():
    found = run(
        "The Human Resources division shall complete the review of overtime rules by the end of the calendar year.",
        meeting="2026-09-15",
    )
    assert [str(d.deadline) for d in found] == ["2026-12-31"]


STATUS_REPORT = (
    "ORRIN COUNTY BOARD OF SUPERVISORS\nBOARD DIRECTIVES STATUS REPORT\n\n"
    "Directive No. 2026-31\nDate assigned: 04/21/2026\nDepartment: Roads Department\n"
    "Description: Prepare a repaving schedule for the gravel roads east of Mill Creek.\n"
    "Status: The first target of 07/31/2026 slipped after the spring floods. The Department now expects to bring "
    "the schedule to the Board on November 17, 2026.\n\n"
    "Directive No. 2026-34\nDate assigned: 05/12/2026\nDepartment: County Library\n"
    "Description: Evaluate a seed-lending program at the branch libraries.\n"
    "Status: Complete. Report presented 09/15/2026.\n\n"
    "Directive No. 2026-36\nDate assigned: 06/09/2026\nDepartment: Human Resources\n"
    "Description: Survey wages of seasonal lifeguards in nearby counties.\n"
    "Status: Responses received from 6 of 8 counties; a report is now targeted for February 2027.\n"
)


def test_a_directives_status_report_reads_the_order_on_each_description_line():
    found = run(STATUS_REPORT)
    assert [d.text[:20] for d in found] == ["Prepare a repaving s", "Evaluate a seed-lend", "Survey wages of seas"]
    assert leads(found) == ["OK-ROADS", "OK-LIB", "OK-HR"]


def test_a_directives_status_report_takes_the_date_its_status_now_gives():
    found = run(STATUS_REPORT)
    assert [str(d.deadline) for d in found] == ["2026-11-17", "None", "2027-02-28"]


def test_be_it_resolved_that_a_unit_does_a_task_is_an_order():
    found = run(
        "BCR 2026-31 – Water Line\n"
        "BE IT RESOLVED THAT the Band Manager, working with the Lands Manager, seek quotes for extending the water "
        "line to the east subdivision and report back at the regular meeting of June 2, 2026. CARRIED.\n\n"
        "BCR 2026-32 – Diabetes Program\n"
        "NOW THEREFORE BE IT RESOLVED THAT Chief and Council direct the Health Director to apply for renewed "
        "program funding within 45 days. CARRIED.\n",
        meeting="2026-04-07",
    )
    assert leads(found) == ["SL-ADMIN", "SL-HEALTH"]
    assert [c.code for c in found[0].coordinating] == ["SL-LANDS"]
    assert [str(d.deadline) for d in found] == ["2026-06-02", "2026-05-22"]


def test_a_numeric_solar_hijri_date_is_a_deadline():
    found = run(
        "1. The Provincial Public Health Directorate shall open a vaccination post in the eastern market and "
        "report to the council by 10/05/1405.\n",
        meeting="2026-06-10",
    )
    assert [str(d.deadline) for d in found] == ["2026-08-01"]


FOLLOW_UP = (
    "CITY OF CEDAR VALE\nCouncil Study Session – Follow-Up Items\nStudy Session of Tuesday, March 10, 2026\n\n"
    "Item 1 – Street Safety\n"
    "• Councilmember Reyes asked that the Transportation Department provide speed survey results for Orchard "
    "Avenue. Staff will send the results to Council in a memo by Friday, March 27.\n"
    "• Councilmember Amari asked Parks and Recreation for an update on the Lindell Park restroom repairs; the "
    "department indicated it would respond by Friday.\n"
    "• The City Attorney's Office will review the noise provisions of the Municipal Code (Section 9-2-4) and "
    "report within 30 days.\n"
)


def test_a_member_s_request_takes_the_staff_s_answer_after_it_as_its_deadline():
    found = run(FOLLOW_UP, meeting="2026-03-10")
    assert [d.text[:28] for d in found] == [
        "Councilmember Reyes asked th",
        "Councilmember Amari asked Pa",
        "The City Attorney's Office w",
    ]
    assert [str(d.deadline) for d in found] == ["2026-03-27", "2026-03-13", "2026-04-09"]


def test_a_request_to_a_unit_for_an_update_falls_to_that_unit():
    found = run(FOLLOW_UP, meeting="2026-03-10")
    assert leads(found) == ["CV-TRANS", "CV-PARKS", "CV-ATTY"]


def test_a_code_cited_by_its_name_is_a_reference():
    found = run(FOLLOW_UP, meeting="2026-03-10")
    assert found[2].references == ["Municipal Code (Section 9-2-4)"]
