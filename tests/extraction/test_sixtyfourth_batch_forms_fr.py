"""Orders in the forms a sixty-fourth batch of French texts written blind showed: a West African governor's letter
whose numbered instructions name each regional director with the one he works with in an aside ("Le Directeur
régional de X, en rapport avec le Directeur régional de Y et de Z, dressera ..."), a next sentence that says when the
product must reach the one who signs ("Cet état devra me parvenir au plus tard le ..."), a director who "examinera
avec" another, a budget of the State by its year ("inscrits au Budget d'Etat 2026"), and the circular of the
letter's "Réf. :" line that its body applies ("En application de la lettre circulaire citée en référence, ...");
a prefecture's press release whose measures give a unit's means as the subject ("les moyens du SDIS ... restent
mobilisés"); a Quebec council's resolution that adopts a by-law and then mandates an officer ("résolu d'adopter le
règlement ... et de mandater le greffier pour ..."). Texts and directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("KL-GOUV", "Gouvernorat de la Région de Kalabé – Cabinet", "Gouverneur de la Région de Kalabé"),
    unit(
        "KL-DRE",
        "Direction régionale de l'Élevage de Kalabé",
        "Direction régionale de l'Élevage",
        "Directeur régional de l'Élevage",
    ),
    unit(
        "KL-DRPIA",
        "Direction régionale des Productions et des Industries animales de Kalabé",
        "Directeur régional des Productions animales",
        "Direction régionale des Productions animales",
    ),
    unit(
        "KL-DRSV",
        "Direction régionale des Services vétérinaires de Kalabé",
        "Directeur régional des Services vétérinaires",
    ),
    unit("KL-DRB", "Direction régionale du Budget de Kalabé", "Directeur régional du Budget"),
    unit("ML-SDIS", "Service départemental d'incendie et de secours de la Marlène", "SDIS"),
    unit("ML-GGD", "Groupement de gendarmerie départementale de la Marlène", "groupement de gendarmerie"),
    unit("SF-GREFFE", "Service du greffe – Ville de Saint-Firmin", "greffier de Saint-Firmin", "greffier"),
    unit("SF-TP", "Service des travaux publics – Ville de Saint-Firmin", "Service des travaux publics"),
]


def found_in(text, meeting):
    return directives_in(text, DIRECTORY, "fr", meeting)


LETTRE = (
    "LE GOUVERNEUR DE LA RÉGION DE KALABÉ\n\nÀ\n\nMessieurs les Directeurs régionaux\n\n"
    "Objet : Campagne de vaccination du cheptel 2026.\n"
    "Réf. : Circulaire n°0112/MEP-SG du 3 février 2026.\n\n"
    "Messieurs les Directeurs régionaux,\n\n"
    "En application de la circulaire visée en référence, je vous adresse les instructions ci-après.\n\n"
    "1°) Le Directeur régional de l'Élevage, en rapport avec le Directeur régional des Productions et des "
    "Industries animales, établira la liste des parcs de vaccination à réhabiliter. Cette liste devra me parvenir "
    "au plus tard le 20 mars 2026.\n\n"
    "2°) Le Directeur régional du Budget étudiera avec le Directeur régional des Services vétérinaires le "
    "financement des vaccins sur le budget national 2026.\n"
)


def test_a_director_with_his_partner_in_a_long_aside_before_the_future_is_an_order():
    found = found_in(LETTRE, "2026-03-02")
    assert found[0].text.startswith("1°) Le Directeur régional de l'Élevage, en rapport avec")
    assert leads(found[:1]) == ["KL-DRE"]
    assert [c.code for c in found[0].coordinating] == ["KL-DRPIA"]


def test_a_sentence_on_the_product_reaching_the_signatory_belongs_to_the_order():
    found = found_in(LETTRE, "2026-03-02")
    assert len(found) == 2
    assert found[0].text.endswith("au plus tard le 20 mars 2026")
    assert str(found[0].deadline) == "2026-03-20"


def test_a_director_who_examines_with_another_has_him_as_partner():
    found = found_in(LETTRE, "2026-03-02")
    assert leads(found[1:]) == ["KL-DRB"]
    assert [c.code for c in found[1].coordinating] == ["KL-DRSV"]


def test_the_circular_of_the_reference_line_the_letter_applies_is_cited_by_its_orders():
    found = found_in(LETTRE, "2026-03-02")
    assert all(any("0112/MEP-SG" in ref for ref in d.references) for d in found)
    # (not where the body does not name it back: the letter it answers)
    unnamed = found_in(LETTRE.replace("En application de la circulaire visée en référence, je", "Je"), "2026-03-02")
    assert not any("0112" in ref for d in unnamed for ref in d.references)


def test_a_national_budget_of_a_year_is_a_reference():
    found = found_in(LETTRE, "2026-03-02")
    assert "budget national 2026" in found[1].references


def test_a_units_means_as_the_subject_stand_for_the_unit():
    text = (
        "Le préfet a arrêté les mesures suivantes :\n\n"
        "- les moyens du SDIS et du groupement de gendarmerie restent déployés sur le secteur jusqu'au vendredi "
        "20 mars inclus ;\n\n"
        "- les effectifs du groupement de gendarmerie assureront des patrouilles de nuit jusqu'au 22 mars.\n"
    )
    found = found_in(text, "2026-03-16")
    assert leads(found) == ["ML-SDIS", "ML-GGD"]
    assert [c.code for c in found[0].coordinating] == ["ML-GGD"]


def test_a_resolution_that_adopts_then_mandates_starts_at_the_mandate():
    text = (
        "2026-05-112 RÈGLEMENT NO 2026-07 SUR LES ANIMAUX – ADOPTION\n"
        "Il est proposé par le conseiller Luc Girard, appuyé par la conseillère Anne Roy et résolu d'adopter le "
        "règlement no 2026-07 sur les animaux et de mandater le greffier pour publier l'avis public dans les cinq "
        "(5) jours suivant la présente séance.\nADOPTÉE\n"
    )
    found = found_in(text, "2026-05-11")
    assert [d.text[:30] for d in found] == ["de mandater le greffier pour p"]
    assert leads(found) == ["SF-GREFFE"]
