"""Orders in the forms a thirty-eighth batch of English texts written blind showed: an Indian district's review
proceedings, whose "Action:" lines name an officer in the plural for a directory's offices ("Revenue Divisional
Officers" for "Revenue Divisional Offices"), a title in initials before the unit ("SE, RWS&S", "EE, Panchayat Raj"),
"Project Director, Housing", the district officer of a department ("the District Civil Supplies Officer") and a
"Time line:" label after the order on its line; a ministry's news item whose directorates go without "General" or
by their level's directors ("the provincial directors" of the "Provincial Directorates of ..."), and whose
exhortations ("must serve the people honestly", "called on the directors to ...") task no unit; a council's
minutes with a motion defeated after its recorded vote, and a name cut by a line break. Texts and directories
written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DISTRICT = [
    unit("NL-DRO", "District Revenue Office"),
    unit("NL-MAO", "Mandal Agriculture Offices"),
    unit("NL-RWS", "Rural Water Supply Department", "RWS"),
    unit("NL-HSG", "State Housing Corporation"),
    unit("NL-SW", "Social Welfare Department"),
    unit("NL-IRR", "Minor Irrigation Department"),
]

_PROCEEDINGS = (
    "PROCEEDINGS OF THE DISTRICT COLLECTOR'S REVIEW MEETING\nDate: 16.03.2026\n\n"
    "Item 1: Revenue\nThe District Revenue Officer reported on the pending mutations.\n"
    "Action: The District Revenue Officer shall dispose of all pending mutations by 31.03.2026.\n"
)


def proceedings(text, units=DISTRICT):
    return directives_in(_PROCEEDINGS + text, units, "en", "2026-03-16")


def test_officers_in_the_plural_stand_for_their_offices():
    found = proceedings("Action: Mandal Agriculture Officers to inspect two seed outlets each fortnight.\n")
    assert leads(found) == ["NL-DRO", "NL-MAO"]


def test_a_title_in_initials_before_its_unit():
    found = proceedings(
        "Action: Mandal Agriculture Officers to inspect the seed outlets every week.\n\nItem 2: Water\n"
        "The DE, RWS presented the summer plan.\nAction: DE, RWS to repair all defunct hand pumps by 10th April.\n"
    )
    assert leads(found) == ["NL-DRO", "NL-MAO", "NL-RWS"]


def test_a_project_director_and_an_executive_engineer_by_their_unit_s_field():
    found = proceedings(
        "\nItem 2: Housing\nAction: Project Director, Housing to release the pending bills within 7 days.\n"
        "\nItem 3: Tanks\nAction: The District Revenue Officer along with EE, Minor Irrigation to survey the tank "
        "bunds before the end of April.\n"
    )
    assert leads(found) == ["NL-DRO", "NL-HSG", "NL-DRO"]
    assert [d.code for d in found[2].coordinating] == ["NL-IRR"]


def test_a_district_officer_of_a_department_and_a_time_line_after_the_order():
    found = proceedings(
        "\nItem 2: Hostels\nAction: District Social Welfare Officer to inspect all hostels for drinking water "
        "and toilets. Time line: 25.03.2026.\n"
    )
    assert leads(found) == ["NL-DRO", "NL-SW"]
    assert str(found[1].deadline) == "2026-03-25"


MINISTRY = [
    unit("HM-MIN", "Ministry of Water and Energy (Office of the Minister)"),
    unit("HM-HYD", "General Directorate of Hydrology and Meteorology"),
    unit("HM-GRID", "General Directorate of Power Transmission"),
    unit("HM-PROV", "Provincial Directorates of Water and Energy"),
]


def test_a_general_directorate_without_general_and_a_level_s_directors():
    text = (
        "The Minister of Water and Energy met the provincial directors of water and energy on Monday, 2 March 2026.\n\n"
        "The Directorate of Hydrology and Meteorology, together with the Power Transmission Directorate, must "
        "install river gauges on the main rivers.\n\n"
        "The Minister also instructed the provincial directors to send weekly reports on the river levels to the "
        "ministry.\n"
    )
    found = directives_in(text, MINISTRY, "en", "2026-03-02")
    assert leads(found) == ["HM-HYD", "HM-PROV"]
    assert [d.code for d in found[0].coordinating] == ["HM-GRID"]


def test_exhortations_to_serve_the_people_task_no_unit():
    text = (
        "The Minister of Water and Energy met the provincial directors of water and energy on Monday, 2 March 2026.\n\n"
        "The General Directorate of Power Transmission was told to repair the damaged lines within ten days.\n\n"
        "The Minister emphasised that all officers must serve the public with dignity and be punctual. He called on "
        "the directors to cooperate with community elders so that villages get water in the dry season.\n"
    )
    found = directives_in(text, MINISTRY, "en", "2026-03-02")
    assert leads(found) == ["HM-GRID"]


TOWN = [
    unit("BR-REC", "Recreation and Culture Department"),
    unit("BR-ENG", "Engineering Services"),
    unit("BR-RVA", "River Valley Watershed Authority"),
    unit("BR-CLERK", "Clerk's Office", "Town Clerk"),
]


def test_a_motion_defeated_after_its_recorded_vote_is_no_order():
    text = (
        "MINUTES OF THE REGULAR MEETING OF COUNCIL, MAY 4, 2026\n\n"
        "Resolution No. 2026-77\nMoved by Councillor Price, Seconded by Councillor Hale\n"
        "THAT the Director of Recreation and Culture be directed to keep the arena open until 11:00 p.m.\n"
        "Recorded vote: Yeas 3, Nays 4\nDEFEATED\n\n"
        "Resolution No. 2026-78\nMoved by Councillor Hale, Seconded by Councillor Price\n"
        "THAT the Town Clerk be directed to publish the amended meeting calendar on the Town's website.\n"
        "CARRIED\n"
    )
    found = directives_in(text, TOWN, "en", "2026-05-04")
    assert leads(found) == ["BR-CLERK"]


def test_a_name_cut_by_a_line_break_keeps_its_order_whole():
    text = (
        "MINUTES OF THE REGULAR MEETING OF COUNCIL, MAY 4, 2026\n\n"
        "Resolution No. 2026-79\nMoved by Councillor Price, Seconded by Councillor Hale\n"
        "THAT Council directs the Director of Engineering Services to consult the River Valley\n"
        "Watershed Authority about the bank erosion near the boat launch and report back by June 30, 2026.\n"
        "CARRIED\n"
    )
    found = directives_in(text, TOWN, "en", "2026-05-04")
    assert leads(found) == ["BR-ENG"]
    assert found[0].text.rstrip().endswith("June 30, 2026")
    assert str(found[0].deadline) == "2026-06-30"
