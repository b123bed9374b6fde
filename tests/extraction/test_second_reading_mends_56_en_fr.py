"""A second reading of the fifty-fourth to fifty-sixth batches' English and French rules, widened from the one sentence
each was made on to the form of the language: a word of the sentence's logic between the auxiliary and "été" of a
French passive order ("a donc été chargée", "a elle aussi été invitée") or set off by commas in an English one ("was,
once again, directed"), not a time ("was, last year, directed"); a delegate's long title before the unit it is in
charge of ("le secrétaire d'État chargé de la Mer", "chargée du Numérique"); a count of hours from an event, no
deadline ("within 24 hours of the incident"), from this meeting one; a weekday after the close of business ("by close
of business Friday"). Texts and directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

EN = [
    unit("KB-ROADS", "Kerrow Borough Roads Department", "Roads Department", "Roads"),
    unit("KB-WATER", "Kerrow Water Authority", "Water Authority"),
]
FR = [
    unit("BL-DDT", "Direction départementale des territoires de Bellune", "DDT"),
    unit("BL-ARS", "Agence régionale de santé", "ARS"),
    unit("BL-MER", "Secrétariat d'État à la Mer", "Mer"),
    unit("BL-NUM", "Secrétariat d'État au Numérique", "Numérique"),
]


def en(text, meeting="2026-05-13"):
    return directives_in(text, EN, "en", meeting)


def fr(text, meeting="2026-05-13"):
    return directives_in(text, FR, "fr", meeting)


def test_a_french_passive_order_with_a_word_of_logic_before_ete():
    found = fr("La DDT a donc été chargée de recenser les ouvrages hydrauliques avant le 30 juin.")
    assert leads(found) == ["BL-DDT"]
    assert str(found[0].deadline) == "2026-06-30"
    found = fr(
        "Les services de l'ARS ont ainsi été invités à renforcer les contrôles des piscines avant le 15 juillet."
    )
    assert leads(found) == ["BL-ARS"]


def test_a_french_passive_order_with_a_stressing_pronoun_before_ete():
    found = fr("L'ARS a elle aussi été invitée à publier la carte des captages avant le 1er septembre.")
    assert leads(found) == ["BL-ARS"]
    assert str(found[0].deadline) == "2026-09-01"
    assert leads(fr("L'ARS a, par conséquent, été priée de saisir les communes concernées.")) == ["BL-ARS"]
    # (a time between commas tells an earlier order)
    assert fr("La DDT a, l'an dernier, été chargée de recenser les ouvrages, ce qui est fait.") == []


def test_an_english_passive_order_with_a_connective_between_commas():
    found = en("The Roads Department was, once again, directed to clear the culverts on Mill Lane by 30 June 2026.")
    assert leads(found) == ["KB-ROADS"]
    assert str(found[0].deadline) == "2026-06-30"
    assert leads(en("The Water Authority was, as a result, asked to flush the mains in the eastern wards.")) == [
        "KB-WATER"
    ]
    # (a time between commas tells an earlier order)
    assert (
        en("The Roads Department was, last year, directed to clear the culverts, and the work is now complete.") == []
    )


def test_a_secretary_of_state_in_charge_of_a_unit_leads():
    found = fr("Le secrétaire d'État chargé de la Mer publiera le schéma des ports avant le 30 juin.")
    assert leads(found) == ["BL-MER"]
    assert str(found[0].deadline) == "2026-06-30"


def test_a_delegate_minister_in_charge_du_unit_leads():
    found = fr("La ministre déléguée chargée du Numérique présentera la feuille de route avant le 14 juillet.")
    assert leads(found) == ["BL-NUM"]


def test_hours_counted_from_an_event_are_no_deadline():
    found = en("The Water Authority shall repair every reported main break within 24 hours of the incident.")
    assert leads(found) == ["KB-WATER"]
    assert found[0].deadline is None
    found = en("The Water Authority shall restore supply within 72 hours after the storm passes.")
    assert found[0].deadline is None
    # (but from this meeting, a deadline)
    found = en("The Water Authority shall restore supply to Hollin Street within 48 hours of this meeting.")
    assert str(found[0].deadline) == "2026-05-15"


def test_a_weekday_after_the_close_of_business():
    # (the meeting on a Wednesday: Friday the 15th, Thursday the 14th)
    found = en("The Roads Department shall send the closure notices by close of business Friday.")
    assert str(found[0].deadline) == "2026-05-15"
    found = en("The Roads Department shall confirm the detour signs by the end of the day on Thursday.")
    assert str(found[0].deadline) == "2026-05-14"
