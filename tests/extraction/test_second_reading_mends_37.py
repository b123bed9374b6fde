"""Mends of the second reading of the thirty-seventh batch's rules. Texts and directories written for these tests.

1. A field word names a unit only where one unit alone holds it and it heads the unit's name: people asked at large
   ("the Community", "the Students") and a modifier inside a longer name ("Students" of "Students Welfare Board") are
   no unit; "the Surveyors" for two "Surveyor, X Circle" units is neither.
2. A unit whose name ends like a plan ("Winter Shelter Program") stays a unit, no reference; a programme or a
   platform with no year, no verb acting on a document and no funds after it is a service, no reference.
3. A unit's order before "and" in the speaker's words stays an order though the conduct of all follows it.
4. "failed" of a thing ("the failed valves", "the contractor failed to ...") is no motion that failed, nor is any
   failure in a motion told as carried or passed.
5. A Vietnamese item whose object was "giao"/"phân bổ" in an act is still an order (its verb first), and so is one
   with a deadline; a bare noun subject told as decided in an act stays background.
6. Vietnamese "cuối năm tới" is the end of the next year.
7. A numbered English heading whose units "will be" something (a passive) opens no list of tasks.
8. A French "Décision N :" with no unit of its own does not take the previous decision's unit.
9. A French participle, an "-ant" form or an adverb after a second unit is no verb of a second decision.
10. "asked the company to" takes the unit of that kind only in the same or the previous sentence of its paragraph,
    and none where another party of that kind (a contractor, a private firm) is named since.
"""

import pytest

from tests.extraction.conftest import directives_in, leads, unit

DISTRICT = [
    unit("SWB", "Students Welfare Board"),
    unit("RD", "Revenue Department"),
    unit("HD", "Health Department"),
    unit("SV1", "Surveyor, North Circle"),
    unit("SV2", "Surveyor, South Circle"),
    unit("WRD", "Water Resources Department"),
    unit("GAS", "Gas Supply Company"),
    unit("CH", "Civil Hospital"),
    unit("PWD", "Public Works Department"),
    unit("CHC", "Community Health Centre"),
]
HEAD = "Minutes of the district coordination meeting held by the Collector on 4 May 2027\n\n"

TOWN = [
    unit("FD", "Finance Department"),
    unit("PW", "Public Works Department"),
    unit("SHP", "Winter Shelter Program"),
    unit("LIB", "Library Services Department"),
]
COUNCIL = "TOWN OF BRAEMOOR - COUNCIL MINUTES, May 4, 2027\n\n"


@pytest.mark.parametrize(
    "told",
    [
        "The Collector asked the Students to join the cleanliness drive before 31 May 2027.",
        "The Collector asked the Community to keep the village ponds clean before the monsoon.",
        "The Collector directed the Surveyors to finish the boundary survey of the flooded villages.",
    ],
)
def test_people_at_large_or_a_shared_field_name_no_unit(told):
    assert all(lead is None for lead in leads(directives_in(HEAD + told + "\n", DISTRICT, "en", "2027-05-04")))


def test_a_unit_named_like_a_programme_stays_a_unit():
    text = COUNCIL + "Council directed the Winter Shelter Program to open two more beds by June 30, 2027.\n"
    (directive,) = directives_in(text, TOWN, "en", "2027-05-04")
    assert (directive.lead.code, directive.references) == ("SHP", [])


@pytest.mark.parametrize(
    "told",
    [
        "Council directed the Finance Department to move all parking fines to the Online Fines Platform by "
        "June 30, 2027.",
        "Council directed Library Services to extend the Home Reading Program to the north ward by June 30, 2027.",
    ],
)
def test_a_service_with_no_year_is_no_reference(told):
    (directive,) = directives_in(COUNCIL + told + "\n", TOWN, "en", "2027-05-04")
    assert directive.references == []


@pytest.mark.parametrize(
    "told",
    [
        "The Collector said that the Water Resources Department must desilt the canals in every block and all "
        "officers must remain at their stations.",
        "The Collector emphasised that the Health Department should test the wells of the flooded hamlets, and every "
        "official must stay reachable on phone.",
    ],
)
def test_a_units_order_before_the_conduct_of_all(told):
    assert len(leads(directives_in(HEAD + told + "\n", DISTRICT, "en", "2027-05-04"))) == 1


@pytest.mark.parametrize(
    "told",
    [
        "A motion by Councillor Ames directing Public Works to replace the failed valves on Mill Road carried 6-1.",
        "Council passed a motion directing the Finance Department to claim the costs incurred when the contractor "
        "failed to finish the bridge.",
    ],
)
def test_a_thing_that_failed_in_a_motion_that_carried(told):
    assert len(directives_in(COUNCIL + told + "\n", TOWN, "en", "2027-05-04")) == 1


PROVINCE = [
    unit("SGT", "Sở Giao thông vận tải tỉnh Hà Sơn", "Sở Giao thông vận tải"),
    unit("SNN", "Sở Nông nghiệp và Môi trường tỉnh Hà Sơn", "Sở Nông nghiệp và Môi trường"),
]
NOTICE = (
    "ỦY BAN NHÂN DÂN TỈNH HÀ SƠN\n\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại buổi làm việc ngày 10/3/2026\n\n"
)


@pytest.mark.parametrize(
    "item",
    [
        "- Thực hiện các nhiệm vụ được giao tại Quyết định số 88/QĐ-UBND ngày 05/02/2026;",
        "- Giải ngân hết số vốn đã được phân bổ tại Quyết định số 31/QĐ-UBND, xong trước ngày 31/8/2026;",
    ],
)
def test_an_order_whose_object_was_given_in_an_act(item):
    text = NOTICE + (
        "Chủ tịch UBND tỉnh giao nhiệm vụ như sau:\n1. Sở Giao thông vận tải:\n" + item + "\n"
        "- Kiểm tra tải trọng xe trên các tuyến đường huyện.\n"
        "2. Sở Nông nghiệp và Môi trường:\n- Rà soát các hồ chứa xung yếu, hoàn thành trước ngày 15/5/2026.\n"
    )
    assert leads(directives_in(text, PROVINCE, "vi", "2026-03-10")) == ["SGT", "SGT", "SNN"]


def test_the_end_of_next_year_in_vietnamese():
    text = NOTICE + "Giao Sở Giao thông vận tải hoàn thành việc nâng cấp bến xe trước cuối năm tới.\n"
    (directive,) = directives_in(text, PROVINCE, "vi", "2026-03-10")
    assert str(directive.deadline) == "2027-12-31"


def test_a_heading_whose_unit_will_be_represented_opens_no_tasks():
    text = (
        "Record of decisions of the coordination meeting\n\n"
        "1. The Public Works Department will be represented at the inspection by:\na) the Executive Engineer;\n"
        "b) the Assistant Engineer.\n\n"
        "2. The Health Department shall open fever clinics in every block by 30 May 2027.\n"
    )
    assert leads(directives_in(text, DISTRICT, "en", "2027-05-04")) == ["HD"]


MINISTRIES = [
    unit("MAG", "Ministère de l'Agriculture", "Ministre de l'Agriculture"),
    unit("MTR", "Ministère des Transports", "Ministre des Transports"),
    unit("MEN", "Ministère de l'Environnement", "Ministre de l'Environnement"),
]
DECISIONS = "COMPTE RENDU DU CONSEIL DE CABINET DU 12 MARS 2027\n\nLe Conseil a arrêté les décisions suivantes :\n\n"


def test_a_decision_with_no_unit_takes_none_from_the_one_before():
    text = DECISIONS + (
        "Décision 1 : le Ministre de l'Agriculture distribue les semences aux coopératives.\n\n"
        "Décision 2 : Intensifier le contrôle des marchés de bétail avant le 30 avril 2027.\n\n"
        "Décision 3 : le Ministre des Transports rouvre la route nationale.\n"
    )
    assert leads(directives_in(text, MINISTRIES, "fr", "2027-03-12")) == ["MAG", None, "MTR"]


def test_a_participle_after_a_second_unit_is_no_second_decision():
    text = DECISIONS + (
        "Décision 1 : le Ministre de l'Agriculture réunit les éleveurs et le Ministère de l'Environnement "
        "représenté par son Secrétaire général à une séance le 25 mars 2027.\n\n"
        "Décision 2 : le Ministre des Transports rouvre la route nationale.\n"
    )
    assert leads(directives_in(text, MINISTRIES, "fr", "2027-03-12")) == ["MAG", "MTR"]


def test_the_company_after_a_contractor_in_another_paragraph_is_none():
    text = HEAD + (
        "The Gas Supply Company was asked to check the pipelines of the old town.\n\n"
        "The hostel at Kalpur, built by the contractor M/s Verma Builders, is four months late. The Collector asked "
        "the company to hand over the building by 30 June 2027.\n"
    )
    assert leads(directives_in(text, DISTRICT, "en", "2027-05-04")) == ["GAS", None]


def test_the_hospital_after_a_private_one_is_none():
    text = HEAD + (
        "The Civil Hospital reported two vacant posts of doctors. The private hospital at Kalpur was found without a "
        "waste permit. The Collector asked the hospital to obtain the permit within 10 days.\n"
    )
    directives = directives_in(text, DISTRICT, "en", "2027-05-04")
    assert leads(directives)[-1] is None
