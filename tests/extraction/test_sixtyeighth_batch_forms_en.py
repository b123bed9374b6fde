"""Orders in the forms a sixty-eighth batch of English texts written blind showed: an Indian collector's press note
(a list of the work done and to be done, its done items no orders; a telephone number's label inside an item; what
a place is to become, no one to act; a head of department's memo cited by its number); a Vietnamese province's
orders on public investment (the date of the subject's state before its modal, the order's own date after the
verb). Texts and directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("RK-COLL", "Office of the District Collector, Ramkota", "Collector", "District Collector"),
    unit("RK-DHO", "District Health Office, Ramkota", "DHO", "District Health Officer"),
    unit("RK-DPO", "District Panchayat Office, Ramkota", "District Panchayat Officer", "DPO"),
    unit("RK-FIRE", "Fire and Emergency Services, Ramkota", "District Fire Officer", "Fire Services"),
    unit("BL-DOF", "Department of Finance", "DOF"),
    unit("BL-DOC", "Department of Construction", "DOC"),
]


def run(text, meeting="2026-08-03"):
    return directives_in(text, DIRECTORY, "en", meeting)


def test_the_done_items_of_a_list_of_work_done_and_to_be_done_are_no_orders():
    text = (
        "Ramkota, August 3: The District Collector reviewed flood relief measures.\n"
        "\n"
        "ACTIONS TAKEN / TO BE TAKEN:\n"
        "- 22 boats positioned in the riverside villages of Kothur mandal.\n"
        "- 6 shelters kept ready with drinking water and lighting.\n"
        "- The District Health Officer shall deploy mobile medical teams to all shelters by 10th August.\n"
    )
    found = run(text)
    assert [d.text[:28] for d in found] == ["The District Health Officer "]
    assert leads(found) == ["RK-DHO"]


def test_a_telephone_label_does_not_end_the_order():
    text = (
        "The District Fire Officer shall man the help desk at the bus stand (Ph. 08431-226710) round the clock "
        "until 15th September.\n"
    )
    found = run(text)
    assert len(found) == 1
    assert found[0].text.endswith("until 15th September")


def test_what_a_place_is_to_become_is_no_order():
    text = (
        "The Collector said that malaria cases have come down this year and the district should become "
        "malaria-free by next March. The Collector said that the DHO should complete the fever survey in all "
        "villages by 20th August.\n"
    )
    found = run(text)
    assert [d.text[:30] for d in found] == ["The Collector said that the DH"]
    assert leads(found) == ["RK-DHO"]


def test_a_head_of_departments_memo_cited_by_its_number_is_a_reference():
    text = (
        "The District Panchayat Officer will conduct special sanitation drives in all villages as per Memo No. "
        "874/SAN/2026 of the Commissioner of Rural Development.\n"
    )
    found = run(text)
    assert [d.references for d in found] == [["Memo No. 874/SAN/2026"]]


def test_the_date_of_the_subjects_state_before_its_modal_is_not_the_deadline():
    text = (
        "Contractors with works less than 40% complete by July 31 must report the reasons to the Department of "
        "Construction before August 10.\n"
    )
    found = run(text)
    assert len(found) == 1
    assert str(found[0].deadline) == "2026-08-10"
