"""Second reading of the fifty-first round's English and French rules: texts written to fall beside them (a month
just past in an aside, not a due date; a person or a place after "from" before a "by" date; a bar or a sanction
inside an order; a state told, then an order after a semicolon; a unit named with the public; a partner named in a
circular's lead-in; a forecast's source). Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DISTRICT = [
    unit("RD-PHE", "Executive Engineer, Public Health Engineering", "EE PHE"),
    unit("RD-DSO", "District Supply Officer", "DSO"),
    unit("RD-EO", "Executive Officer, Municipal Board", "EO MB"),
    unit("RD-DEO", "District Education Officer", "DEO"),
]
DECISIONS = "The following decisions were taken:-\n\n"


def district(text, meeting="2026-09-14"):
    return directives_in(text, DISTRICT, "en", meeting)


PREFECTURE = [
    unit("PF-DDT", "Direction départementale des territoires", "DDT"),
    unit("PF-CAF", "Caisse d'allocations familiales", "CAF"),
    unit("PF-ARS", "Agence régionale de santé", "ARS"),
    unit("PF-DNE", "Direction nationale de l'Élevage", "DNE"),
]


def prefecture(text, meeting="2026-02-10"):
    return directives_in(text, PREFECTURE, "fr", meeting)


def test_the_middle_of_a_month_just_past_in_an_aside_is_an_event():
    text = DECISIONS + (
        "1. Water: The rising main, damaged in mid-August, be repaired by 30.09.2026.\nAction by: EE PHE\n"
    )
    found = district(text)
    assert leads(found) == ["RD-PHE"]
    assert str(found[0].deadline) == "2026-09-30"


def test_la_mi_janvier_just_past_in_an_aside_is_no_deadline():
    found = prefecture("La DDT, saisie à la mi-janvier par la commune, remettra son diagnostic.\n")
    assert leads(found) == ["PF-DDT"]
    assert found[0].deadline is None


def test_replies_asked_from_them_by_a_date_keep_the_date():
    text = DECISIONS + (
        "2. Ration shops: Notices were served on nine dealers. Replies be obtained from them by 25.09.2026.\n"
        "Action by: DSO\n"
    )
    found = district(text)
    assert leads(found) == ["RD-DSO"]
    assert str(found[0].deadline) == "2026-09-25"


def test_returns_collected_from_each_school_by_a_date_keep_the_date():
    text = DECISIONS + "3. Schools: Enrolment returns be collected from each school by 20.09.2026.\nAction by: DEO\n"
    found = district(text)
    assert leads(found) == ["RD-DEO"]
    assert str(found[0].deadline) == "2026-09-20"


def test_a_bar_inside_an_order_leaves_the_order():
    text = DECISIONS + (
        "4. Drains: The EO MB shall see that no payment will be released without a completion certificate, and "
        "send a list of pending bills by 25.09.2026.\n"
    )
    found = district(text)
    assert leads(found) == ["RD-EO"]
    assert str(found[0].deadline) == "2026-09-25"


def test_a_sanction_in_a_relative_clause_leaves_the_order():
    text = DECISIONS + (
        "5. Ration shops: The DSO shall recover the dues from the dealers, who will be liable to pay interest, by "
        "30.09.2026.\n"
    )
    found = district(text)
    assert leads(found) == ["RD-DSO"]
    assert str(found[0].deadline) == "2026-09-30"


def test_a_state_told_then_an_order_after_a_semicolon():
    text = DECISIONS + (
        "6. Schools: The DEO is compiling a list of schools without toilets; it be submitted by 30.09.2026.\n"
    )
    found = district(text)
    assert leads(found) == ["RD-DEO"]
    assert str(found[0].deadline) == "2026-09-30"


def test_a_unit_invited_with_the_public_is_asked():
    found = prefecture("Le Ministre invite les éleveurs et la DNE à finaliser le plan de vaccination d'ici fin mars.\n")
    assert len(found) == 1, [d.text for d in found]
    assert str(found[0].deadline) == "2026-03-31"


def test_a_partner_named_in_a_circulars_lead_in_does_not_lead_its_measures():
    text = (
        "Je vous demande, en lien avec la CAF, de prendre les mesures suivantes :\n"
        "1) recenser les familles concernées ;\n"
        "2) transmettre la liste à l'ARS avant le 15 mars 2026.\n"
    )
    found = prefecture(text)
    assert [d.text.split()[0] for d in found] == ["recenser", "transmettre"]
    assert leads(found) == [None, None]
    assert [str(d.deadline) for d in found] == ["None", "2026-03-15"]


def test_a_forecast_s_source_is_no_subject():
    text = (
        "Selon la DDT, les travaux de la digue devraient démarrer en avril. "
        "La CAF transmettra les dossiers d'ici fin mars.\n"
    )
    found = prefecture(text)
    assert leads(found) == ["PF-CAF"]
    assert str(found[0].deadline) == "2026-03-31"
