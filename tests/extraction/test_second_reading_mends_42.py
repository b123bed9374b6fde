"""A second reading of the forty-second batch's rules (commit 53efcee): texts where the new rules make the
extractor worse than the code before them. Each text is written for these tests; each test asserts the result
the corpus conventions (the shared extraction corpus README, Annotation conventions) call for."""

import datetime

from tests.extraction.conftest import directives_in, leads, unit

COUNCIL = [
    unit("RD", "Roads Department", "Roads"),
    unit("FIN", "Finance Department", "Finance"),
    unit("CLK", "Office of the City Clerk", "Clerk"),
    unit("LIB", "Public Library", "Library"),
    unit("PH", "Public Health Department", "Public Health"),
]
FR_UNITS = [
    unit("DDT", "Direction départementale des territoires", "DDT"),
    unit("SDIS", "Service départemental d'incendie et de secours", "SDIS"),
    unit("DF", "Direction financière", "DF"),
    unit("OT", "Office du tourisme", "OT"),
]
SV_UNITS = [
    unit("KS", "Kommunstyrelsen"),
    unit("SN", "Socialnämnden"),
    unit("TN", "Tekniska nämnden"),
]
MEETING = "2026-03-10"


# --- English -----------------------------------------------------------------------------------------------------


def test_resolved_that_a_named_unit_be_instructed_is_an_order_without_an_action_line():
    # 'It was resolved that ... be' now needs an "Action:" line under it; a decision that names the unit and what it
    # is to do is an order of itself (the mend was meant for "the minutes be signed", the meeting's own business)
    text = (
        "Item 4. Drainage\nIt was resolved that the Roads Department be instructed to clear the culverts at Mill "
        "Street by 30 April 2026.\n"
    )
    found = directives_in(text, COUNCIL, "en", MEETING)
    assert leads(found) == ["RD"]
    assert [str(d.deadline) for d in found] == ["2026-04-30"]


def test_decided_that_a_named_unit_be_tasked_is_an_order_without_an_action_line():
    text = (
        "It was decided that the Finance Department be tasked with preparing the mid-year budget review by "
        "31 July 2026.\n"
    )
    found = directives_in(text, COUNCIL, "en", MEETING)
    assert leads(found) == ["FIN"]
    assert [str(d.deadline) for d in found] == ["2026-07-31"]


def test_be_directed_with_an_authorisation_in_its_relative_clause_stays_an_order():
    # "be authorized" inside what the Clerk is to prepare is the by-law's content, not the motion's own leave
    text = (
        "THAT the Clerk BE DIRECTED to prepare the by-law under which the Mayor would be authorized "
        "to sign the lease.\n"
    )
    found = directives_in(text, COUNCIL, "en", MEETING)
    assert leads(found) == ["CLK"]


def test_a_unit_that_shall_file_the_following_reports_has_a_task():
    # "file the following reports" after "shall" is the unit's work, not "receive the following items for information"
    text = (
        "The Finance Department shall file the following reports with the Province by June 30, 2026:\n"
        "- the annual financial statement;\n- the asset management plan.\n"
    )
    found = directives_in(text, COUNCIL, "en", MEETING)
    assert leads(found) == ["FIN"]
    assert [str(d.deadline) for d in found] == ["2026-06-30"]


# --- French ------------------------------------------------------------------------------------------------------


def test_a_plan_named_before_d_ici_and_a_year_keeps_its_deadline():
    # "le plan de ... d'ici 2027": the year is when the plan is due, not part of the plan's name
    text = "La DDT présentera le plan de prévention des inondations d'ici 2027.\n"
    found = directives_in(text, FR_UNITS, "fr", MEETING)
    assert leads(found) == ["DDT"]
    assert [d.deadline for d in found] == [datetime.date(2027, 12, 31)]


def test_ce_soir_is_not_replaced_by_the_date_of_the_event_the_order_is_about():
    # the flood expected on 14 March is what the alert is about; the alert goes out tonight
    text = "Le SDIS diffusera ce soir l'alerte aux communes pour l'épisode de crue prévu le 14 mars.\n"
    found = directives_in(text, FR_UNITS, "fr", MEETING)
    assert leads(found) == ["SDIS"]
    assert [d.deadline for d in found] == [datetime.date(2026, 3, 10)]


def test_ce_soir_is_not_replaced_by_the_date_of_a_state_told_in_a_relative_clause():
    text = "Le SDIS transmettra ce soir aux maires la liste des routes qui seront coupées le 14 mars.\n"
    found = directives_in(text, FR_UNITS, "fr", MEETING)
    assert leads(found) == ["SDIS"]
    assert [d.deadline for d in found] == [datetime.date(2026, 3, 10)]


def test_a_past_sitting_named_by_its_date_is_no_deadline():
    # "les tarifs votés au conseil municipal du 5 février": the sitting that decided, before the meeting; not a
    # sitting the work is due for (and never the next year's 5 February)
    text = "La DF appliquera les tarifs votés au conseil municipal du 5 février.\n"
    found = directives_in(text, FR_UNITS, "fr", MEETING)
    assert leads(found) == ["DF"]
    assert [d.deadline for d in found] == [None]


def test_a_past_sitting_whose_orientations_are_applied_is_no_deadline():
    text = "La DF appliquera les orientations retenues au comité de pilotage du 12 février.\n"
    found = directives_in(text, FR_UNITS, "fr", MEETING)
    assert leads(found) == ["DF"]
    assert [d.deadline for d in found] == [None]


def test_a_past_a_confie_is_narration_no_order():
    # "a confié ... à": an assignment made in 2024, told as background
    text = (
        "En 2024, le Conseil a confié la gestion du site à l'Office du tourisme. La DDT rédigera la convention de "
        "transfert avant le 30 juin.\n"
    )
    found = directives_in(text, FR_UNITS, "fr", MEETING)
    assert leads(found) == ["DDT"]
    assert [d.deadline for d in found] == [datetime.date(2026, 6, 30)]


# --- Swedish -----------------------------------------------------------------------------------------------------


def test_residential_areas_that_shall_have_a_playground_are_no_units():
    # "Bostadsområdena ska ha ...": places and a norm for them, not "Välfärdsområdena", units of a kind
    text = (
        "att uppdra åt Tekniska nämnden att ta fram en plan för lekplatser senast den 30 juni 2026.\n"
        "Bostadsområdena ska ha tillgång till minst en lekplats var.\n"
    )
    found = directives_in(text, SV_UNITS, "sv", MEETING)
    assert leads(found) == ["TN"]
