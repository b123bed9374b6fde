"""Orders in the forms a fifty-fifth batch of French texts written blind showed: a unit given its task in the passé
composé of the passive with an adverb before "été" ("a également été chargé de", "ont par ailleurs été invités à");
a news headline on a meeting of a group ("Conférence des maires : ..."), no label of the group's tasks; a clause after
a colon whose subject is the pronoun of the unit named before it ("X renforcera ... : elle devra ..."); a delay
counted from an act's own publication, still to come (no date); an agreement cited by the day it was signed. Texts
and directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("LV-ROUTES", "Direction des routes et ouvrages d'art", "direction des routes"),
    unit("LV-ARS", "Agence régionale de santé de Lavaure", "ARS"),
    unit("LV-COMMERCE", "Ministère du Commerce et de l'Artisanat", "ministre du Commerce"),
    unit("LV-CAF", "Caisse d'allocations familiales de Lavaure", "CAF"),
    unit("LV-PORT", "Office du port autonome de Lavaure", "Office du port", "OPAL"),
    unit("LV-PREF", "Préfecture de Lavaure", "préfet"),
]


def found_in(text, meeting="2026-04-28"):
    return directives_in(text, DIRECTORY, "fr", meeting)


def test_a_passive_assignment_with_an_adverb_before_ete():
    text = (
        "Le ministre a fait le point sur les dégâts des intempéries. La direction des routes a aussi été chargée "
        "d'établir le relevé des ouvrages endommagés. L'ARS a par ailleurs été invitée à renforcer la veille "
        "sanitaire dans les communes sinistrées."
    )
    assert leads(found_in(text)) == ["LV-ROUTES", "LV-ARS"]


def test_a_headline_on_a_meeting_of_a_group_is_no_label():
    text = (
        "Actualités\n\n"
        "Conférence des maires : le préfet dévoile un plan de soutien aux commerces de centre-ville\n\n"
        "Publié le 29/04/2026\n\n"
        "Le préfet a réuni mardi les maires du département. La CAF devra ouvrir une permanence dans chaque "
        "maison France services avant le 30 juin.\n"
    )
    found = found_in(text)
    assert leads(found) == ["LV-CAF"]


def test_a_pronoun_after_a_colon_is_the_unit_named_before():
    text = (
        "L'Agence régionale de santé de Lavaure renforcera les équipes mobiles de vaccination : elle devra "
        "recruter, sous un mois, six infirmiers pour les cantons ruraux.\n"
    )
    found = found_in(text)
    assert leads(found)[-1] == "LV-ARS"
    assert None not in leads(found)


def test_a_delay_counted_from_an_act_still_to_be_published_has_no_date():
    text = (
        "Le Conseil a adopté le projet d'arrêté relatif aux marchés de plein vent. Le ministre du Commerce est "
        "chargé d'en faire connaître les dispositions aux chambres consulaires dans les trente jours qui suivent "
        "sa publication au journal officiel."
    )
    found = found_in(text)
    assert leads(found) == ["LV-COMMERCE"]
    assert found[0].deadline is None


def test_an_agreement_cited_by_the_day_it_was_signed():
    text = (
        "L'Office du port est invité à livrer le quai de pêche rénové avant le 31 octobre 2026, conformément au "
        "protocole d'accord signé le 9 février 2026 avec la chambre de commerce."
    )
    found = found_in(text)
    assert leads(found) == ["LV-PORT"]
    assert [r.lower() for r in found[0].references] == ["protocole d'accord signé le 9 février 2026"]
