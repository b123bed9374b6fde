"""Second reading of the fifty-second round's English and French rules: texts written to fall beside them (a pronoun
and "will also" after a thing told, not after a task; a task due "before that meeting" or opened by "At that
meeting,"; "the ordinance" of another subject than the numbered one before; "D'ici là" after the date of the order
before; a "Délai :" line that counts days in words or hours; another prefect by his office after the one named in
full). Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

PROVINCE = [
    unit("KB-DOF", "Department of Finance"),
    unit("KB-DOT", "Department of Transport"),
]
CITY = [
    unit("OV-CM", "City Manager's Office", "City Manager"),
    unit("OV-PR", "Parks and Recreation Department", "Parks Director"),
    unit("OV-CA", "Office of the City Attorney", "City Attorney"),
]
MINISTRY = [
    unit("MH-DAG", "Direction de l'Administration générale", "DAG"),
    unit("MH-CJ", "Cellule juridique", "CJ"),
]
COUNTY = [
    unit("VR-PREF", "Préfecture du Varennois", "Préfecture", "Préfet du Varennois"),
    unit("VR-DDT", "Direction départementale des territoires du Varennois", "DDT"),
    unit("VR-CMA", "Chambre de métiers du Varennois", "Chambre de métiers"),
]


def province(text, meeting="2025-11-05"):
    return directives_in(text, PROVINCE, "en", meeting)


def city(text, meeting="2025-09-09"):
    return directives_in(text, CITY, "en", meeting)


def ministry(text, meeting="2026-04-07"):
    return directives_in(text, MINISTRY, "fr", meeting)


def county(text, meeting="2026-01-19"):
    return directives_in(text, COUNTY, "fr", meeting)


def test_it_will_also_after_a_thing_presented_is_no_task():
    found = province(
        "The Department of Finance presented the new revenue ledger to the meeting. It will also support the tax "
        "office's audits, the Director said.\n"
    )
    assert found == [], [d.text for d in found]


def test_it_will_also_after_a_building_opened_is_no_task():
    found = province(
        "The Department of Transport opened the new bus depot last week. It will also house the control room.\n"
    )
    assert found == [], [d.text for d in found]


def test_a_task_due_before_that_meeting():
    found = city(
        "The Parks Director will report on the fee study at the October 14, 2025 meeting. The City Attorney will "
        "draft the concession lease before that meeting.\n"
    )
    assert leads(found) == ["OV-PR", "OV-CA"]
    assert [str(d.deadline) for d in found] == ["2025-10-14", "2025-10-14"]


def test_a_task_opened_by_at_that_meeting():
    found = city(
        "Staff will report back on the pool repairs on October 14, 2025. At that meeting, the Parks Director will "
        "also present the trail map.\n"
    )
    assert len(found) == 2, [d.text for d in found]
    assert leads(found) == [None, "OV-PR"]
    assert [str(d.deadline) for d in found] == ["2025-10-14", "2025-10-14"]


def test_the_ordinance_on_another_subject_is_not_the_numbered_one():
    found = city(
        "Council adopted Ordinance No. 2025-12 on second reading. Staff will bring the ordinance on short-term "
        "rentals back in the spring.\n"
    )
    assert len(found) == 1, [d.text for d in found]
    assert found[0].references == []


def test_the_ordinance_of_an_earlier_year_is_not_the_numbered_one():
    found = city(
        "Council adopted Ordinance No. 2025-12 on second reading. The City Attorney will review whether the "
        "ordinance of 1998 on noise is still needed.\n"
    )
    assert leads(found) == ["OV-CA"]
    assert found[0].references == []


def test_by_then_after_the_date_of_the_order_before():
    found = county(
        "La DDT devra remettre son rapport le 2 février. D'ici là, la Chambre de métiers devra recenser les "
        "artisans touchés.\n"
    )
    assert leads(found) == ["VR-DDT", "VR-CMA"]
    assert [str(d.deadline) for d in found] == ["2026-02-02", "2026-02-02"]


def test_a_delay_line_in_words():
    found = ministry("La CJ préparera les projets d'arrêtés.\nResponsable : CJ\nDélai : quinze jours\n")
    assert leads(found) == ["MH-CJ"]
    assert str(found[0].deadline) == "2026-04-22"


def test_a_delay_line_in_hours():
    found = ministry("La DAG transmettra la liste des véhicules.\nResponsable : DAG\nDélai : 48 heures\n")
    assert leads(found) == ["MH-DAG"]
    assert str(found[0].deadline) == "2026-04-09"


def test_the_maritime_prefect_is_not_the_one_named_in_full():
    found = county(
        "Le préfet du Varennois a présidé la réunion. La ministre a demandé au préfet maritime de lui transmettre "
        "un bilan des échouages avant le 15 février.\n"
    )
    assert len(found) == 1, [d.text for d in found]
    assert found[0].lead is None


def test_the_police_prefect_is_not_the_one_named_in_full():
    found = county(
        "Le préfet du Varennois a présidé la réunion. La ministre a demandé au préfet de police de lui adresser "
        "un état des effectifs avant le 15 février.\n"
    )
    assert len(found) == 1, [d.text for d in found]
    assert found[0].lead is None
