"""A second reading of the forty-ninth round's English and French rules on texts written for it: "year-end" as the
noun's modifier ("the year end surplus"), a sanction's "to X" that goes on to the task ("responsible to X for ...
should ..."), a state as of a day to come before the real deadline, a sitting by its month where an act was
adopted, a partner named first before a group of officials, the courtesy before officials of named units, an
addressee called by his title before "vous voudrez bien", and a letter's courtesies ("je vous prie d'agréer", "vous
trouverez ci-joint") that are no orders. Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

TOWN = [
    unit("BV-ENG", "Engineering Services Department", "ENG", "Engineering Services"),
    unit("BV-REC", "Recreation Department", "REC", "Recreation"),
    unit("BV-LAW", "Legal Department", "LAW", "Town Solicitor"),
]


def town(text, meeting="2026-04-20"):
    return directives_in(text, TOWN, "en", meeting)


def test_year_end_before_a_noun_is_what_is_reported_no_deadline():
    found = town("The Recreation Department will report on the year end surplus at the next meeting.\n")
    assert leads(found) == ["BV-REC"]
    assert found[0].deadline is None
    found = town("Council directed the Legal Department to report on year-end staffing levels.\n")
    assert leads(found) == ["BV-LAW"]
    assert found[0].deadline is None
    # (the end of the year itself, still read)
    found = town("Council directed the Legal Department to finalize the lease before year end.\n")
    assert str(found[0].deadline) == "2026-12-31"


NOTICE_UNITS = [
    unit("KP-FIN", "Department of Finance of Kim Phong Province", "Department of Finance"),
    unit("KP-TRA", "Department of Transport of Kim Phong Province", "Department of Transport"),
]


def test_answerable_to_a_body_for_a_task_under_a_condition_is_a_task():
    text = (
        "The Department of Transport shall be responsible to the Provincial People's Committee for auditing the "
        "contractors' accounts should any cost overrun occur.\n"
    )
    found = directives_in(text, NOTICE_UNITS, "en", "2026-05-04")
    assert leads(found) == ["KP-TRA"]


BASIN = [
    unit("LB-DDT", "Direction départementale des territoires du Lambrais", "DDT"),
    unit("LB-SYN", "Syndicat des eaux du Lambrais", "SEL"),
    unit("LB-ARS", "Délégation départementale de l'ARS", "ARS"),
]
COUNTY = [
    unit("CM-FIN", "Direction des finances", "DF"),
    unit("CM-ROU", "Direction des routes", "DR"),
]


def basin(text, meeting="2026-02-10"):
    return directives_in(text, BASIN, "fr", meeting)


def county(text, meeting="2026-02-10"):
    return directives_in(text, COUNTY, "fr", meeting)


def test_a_state_as_of_a_day_to_come_before_the_deadline_is_no_deadline():
    found = county(
        "La Direction des finances présentera la situation de trésorerie au 30 juin 2026 avant le 15 juillet 2026.\n"
    )
    assert leads(found) == ["CM-FIN"]
    assert str(found[0].deadline) == "2026-07-15"
    found = county("La Direction des finances communiquera l'encours de la dette au 31 mars avant le 30 avril.\n")
    assert str(found[0].deadline) == "2026-04-30"
    # (a day after "au" with no deadline after it is still when the work is due)
    found = county("La Direction des routes remettra le bilan des chantiers au 15 mars.\n")
    assert str(found[0].deadline) == "2026-03-15"


def test_what_a_sitting_named_by_its_month_adopted_is_no_deadline():
    found = basin("Le SEL appliquera dès le printemps les tarifs adoptés lors de la séance d'octobre 2025.\n")
    assert leads(found) == ["LB-SYN"]
    assert found[0].deadline is None
    found = basin("Le SEL appliquera les tarifs fixés à la séance d'octobre.\n")
    assert found[0].deadline is None


def test_a_partner_named_first_then_a_group_of_officials():
    found = basin("En lien avec la DDT, les maires recenseront les puits privés avant le 30 avril.\n")
    assert leads(found) == [None]
    assert [c.code for c in found[0].coordinating] == ["LB-DDT"]
    assert str(found[0].deadline) == "2026-04-30"


def test_the_courtesy_before_the_heads_of_named_units():
    text = (
        "Mesdames et Messieurs les directeurs de la DDT et du SEL voudront bien me transmettre leurs relevés avant "
        "le 1er mars.\n"
    )
    found = basin(text)
    assert leads(found) == ["LB-DDT"]
    assert [c.code for c in found[0].coordinating] == ["LB-SYN"]
    assert str(found[0].deadline) == "2026-03-01"


def test_an_addressee_called_by_title_then_asked_as_you_will_be_good_enough_to():
    text = (
        "Monsieur le Directeur des routes, vous voudrez bien me rendre compte de l'état du réseau avant le 1er mars.\n"
    )
    found = county(text)
    assert leads(found) == ["CM-ROU"]
    assert str(found[0].deadline) == "2026-03-01"


def test_a_letter_s_courtesies_to_its_addressee_are_no_orders():
    assert (
        county(
            "Madame la Directrice des finances, je vous prie d'agréer l'expression de mes salutations distinguées.\n"
        )
        == []
    )
    assert county("Monsieur le Directeur des routes, vous trouverez ci-joint le rapport d'inspection du pont.\n") == []


FOLLOW_UP_HEAD = "Suivi des actions\n\nN° | Action | Pilote | Échéance | État d'avancement\n"


def test_a_status_done_but_for_a_part_is_still_an_order():
    text = (
        FOLLOW_UP_HEAD
        + "A-1 | Cartographier les captages | DDT | 30/06/2026 | Réalisé pour moitié, le reste au printemps\n"
        + "A-2 | Renouveler les compteurs | SEL | 30/09/2026 | Terminé sauf secteur nord\n"
        + "A-3 | Contrôler les puits | ARS | 31/05/2026 | Réalisé\n"
    )
    found = basin(text)
    assert leads(found) == ["LB-DDT", "LB-SYN"]
    found = town(
        "Ref | Action | Lead | Deadline | Status\n"
        "1 | Review parking bans | ENG | 30/06/2026 | Completed except for the suburbs\n"
    )
    assert leads(found) == ["BV-ENG"]


def test_a_status_that_tells_a_matter_is_under_appeal_is_not_done():
    text = (
        "N° | Action | Pilote | Échéance | Suivi\n"
        "A-1 | Reboucher les forages illégaux | DDT | 30/06/2026 | Fait l'objet d'un recours ; relance le 15/03/2026\n"
    )
    found = basin(text)
    assert leads(found) == ["LB-DDT"]
    assert str(found[0].deadline) == "2026-06-30"


def test_a_due_date_moved_after_a_colon():
    found = basin(FOLLOW_UP_HEAD + "A-3 | Publier la charte | SEL | 30/04/2026 | Échéance repoussée : 30/09/2026\n")
    assert leads(found) == ["LB-SYN"]
    assert str(found[0].deadline) == "2026-09-30"
