"""Orders in the forms a fifty-second batch of English texts written blind showed: a provincial meeting's report
whose tasks fall due "before the Lunar New Year" or "in the first half of" a month, with a further task told as
"It will also ..." and a warning after it ("Heads ... who ... will be held accountable"), no task; a task during a
season ("during the year-end peak"), no date; and a city council's narrative minutes with a task told after whose
request it answers ("At Councilmember X's request, the Y will ..."), the staff at large to bring an ordinance back
("Staff will bring the ordinance back ..."), its number named before, and a task due "at that meeting", the one the
order before gave. Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

PROVINCE = [
    unit("HB-DOF", "Department of Finance"),
    unit("HB-DOT", "Department of Transport"),
    unit("HB-POL", "Provincial Police"),
]


def province(text, meeting="2025-11-05"):
    return directives_in(text, PROVINCE, "en", meeting)


def test_the_lunar_new_year_and_a_half_of_a_month_are_dates():
    found = province(
        "The Department of Transport needs to repair the ferry landings before the Lunar New Year.\n\n"
        "The Department of Finance was told to settle the arrears, with its report due in the first half of "
        "December.\n"
    )
    assert leads(found) == ["HB-DOT", "HB-DOF"]
    assert [str(d.deadline) for d in found] == ["2026-02-17", "2025-12-15"]


def test_work_during_the_year_end_peak_has_no_date():
    found = province("The Provincial Police must keep traffic in order on the ring road during the year-end peak.\n")
    assert leads(found) == ["HB-POL"]
    assert found[0].deadline is None


def test_a_further_task_told_with_it_will_also_and_a_warning_after_it():
    found = province(
        "The Department of Finance was assigned to draft the capital transfer plan by November 20. It will also "
        "hold a fortnightly check of each project's spending. Directors who let spending lag will be held "
        "accountable before the Chairman, he stressed.\n"
    )
    assert len(found) == 2, [d.text for d in found]
    assert found[1].text.startswith("It will also hold")
    assert leads(found) == ["HB-DOF", "HB-DOF"]
    assert [str(d.deadline) for d in found] == ["2025-11-20", "None"]


CITY = [
    unit("RV-CM", "City Manager's Office", "City Manager"),
    unit("RV-PR", "Parks and Recreation Department", "Parks Director"),
    unit("RV-CA", "Office of the City Attorney", "City Attorney"),
]


def city(text, meeting="2025-09-09"):
    return directives_in(text, CITY, "en", meeting)


def test_a_task_after_whose_request_it_answers():
    found = city(
        "7.B Park fees. Motion carried 4-1. At Councilmember Ibarra's request, the Parks Director will compile "
        "usage figures for each pool for the October 14, 2025 meeting.\n"
    )
    assert leads(found) == ["RV-PR"]
    assert str(found[0].deadline) == "2025-10-14"


def test_the_staff_at_large_bring_back_the_ordinance_named_before():
    found = city(
        "5.C Sign code. Motion to introduce Ordinance No. 2025-31 updating the sign regulations; carried 6-1. "
        "Staff will bring the ordinance back for adoption at the September 23, 2025 meeting.\n"
    )
    assert len(found) == 1, [d.text for d in found]
    assert found[0].text.startswith("Staff will bring the ordinance back")
    assert found[0].lead is None
    assert str(found[0].deadline) == "2025-09-23"
    assert found[0].references == ["Ordinance No. 2025-31"]


def test_a_task_due_at_that_meeting_takes_the_date_of_the_order_before():
    found = city(
        "6.A Library hours. Council asked the City Manager to return with staffing options by October 21, 2025. "
        "At the request of Councilmember Voss, the City Attorney will also present a draft lease at that meeting.\n"
    )
    assert leads(found) == ["RV-CM", "RV-CA"]
    assert [str(d.deadline) for d in found] == ["2025-10-21", "2025-10-21"]
