"""Orders in the forms a thirty-fourth batch of French texts written blind showed: the heads of two directions
under one plural title ("les Directeurs généraux du Trésor et des Impôts": the first leads, the second
coordinates); a report-back sentence whose subject is the work named again with a demonstrative ("Les constats de
cette enquête seront remis ..."); a sum in francs before "d'ici fin ..." (the Swedish "från" folded is no
"francs"); a table's lead cell that opens on a group and names a unit after "appui" (no lead, the unit helps); a
passive whose agent is "par ses soins", the unit tasked just before; an exhortation to the members of the
Government, no task; a programme's acronym with a number and a hyphen, cited again by the acronym alone. Texts and
directories written for these tests."""

import pytest

from tests.extraction.conftest import directives_in, leads, unit

UNITS = [
    unit("BR-PRIM", "Primature", "Premier Ministre"),
    unit("BR-TRESOR", "Direction Générale du Trésor", "DGT"),
    unit("BR-IMPOTS", "Direction Générale des Impôts", "DGI"),
    unit("BR-DOUANES", "Direction Générale des Douanes", "DGD"),
    unit("BR-SANTE", "Ministère de la Santé et de l'Hygiène publique"),
    unit("BR-EDUC", "Ministère de l'Éducation nationale"),
    unit("BR-FIN", "Ministère des Finances et du Budget", "Ministère des Finances"),
    unit("BR-ROUTES", "Ministère des Routes", "Ministre des Routes"),
    unit("BR-DDTM", "Direction départementale des territoires et de la mer", "DDTM"),
    unit("BR-SP", "Sous-préfecture de Vallonne", "sous-préfet de Vallonne"),
    unit("BR-CD", "Conseil départemental", "Département"),
]

_OPENING = (
    "COMPTE RENDU DU CONSEIL DES MINISTRES DU JEUDI 5 MARS 2026\n\n"
    "Le Ministre des Routes a présenté l'état du réseau. Le Ministre de l'Éducation nationale a fait le point de la "
    "rentrée.\n\n"
)


def council(text, meeting="2026-03-05"):
    return directives_in(_OPENING + text, UNITS, "fr", meeting)


@pytest.mark.parametrize(
    "title", ["les Directeurs Généraux du Trésor et des Impôts", "les Directeurs généraux du Trésor et des Impôts"]
)
def test_the_heads_of_two_directions_under_one_plural_title(title):
    text = (
        f"Le Président de la République a chargé {title} de publier chaque trimestre la situation des arriérés "
        "intérieurs.\n"
    )
    directives = council(text)
    assert leads(directives) == ["BR-TRESOR"]
    assert [d.code for d in directives[0].coordinating] == ["BR-IMPOTS"]


@pytest.mark.parametrize(
    "report",
    [
        "Les constats de cette enquête seront remis au Conseil au plus tard le 30 avril 2026.",
        "Les conclusions de la mission seront présentées au plus tard le 30 avril 2026.",
        "Les recommandations de cet audit seront soumises au plus tard le 30 avril 2026.",
    ],
)
def test_a_report_back_on_the_work_named_again_with_a_demonstrative(report):
    text = (
        "Constatant une baisse des inscriptions en février 2026, le Président de la République a chargé le Ministre "
        f"de l'Éducation nationale de conduire une enquête sur les abandons scolaires. {report}\n"
    )
    directives = council(text)
    assert leads(directives) == ["BR-EDUC"]
    assert directives[0].text.endswith(report.rstrip("."))
    assert str(directives[0].deadline) == "2026-04-30"


def test_a_sum_in_francs_before_the_deadline():
    text = (
        "Le Conseil a chargé le Ministre des Finances et du Budget de débloquer la subvention aux cantines scolaires, "
        "d'un montant de 7 milliards de francs, d'ici fin juin 2026.\n"
    )
    directives = council(text)
    assert leads(directives) == ["BR-FIN"]
    assert str(directives[0].deadline) == "2026-06-30"


def test_an_exhortation_to_the_members_of_the_government_is_no_task():
    text = (
        "Le Chef de l'Etat a exhorté les membres du Gouvernement à faire de la rentrée un moment de confiance "
        "retrouvée. Il a demandé au Ministre des Routes de rouvrir le pont de Kessa avant le 31 mai 2026.\n"
    )
    directives = council(text)
    assert leads(directives) == ["BR-ROUTES"]
    assert directives[0].text.startswith("Il a demandé")


def test_a_programme_acronym_with_a_number_cited_again():
    text = (
        "Le Premier Ministre a présenté le Programme de Relance des 40 Districts (PRD-40).\n"
        "Il a chargé le Ministre des Routes de dresser le bilan des chantiers du PRD-40 avant le 15 avril 2026.\n"
    )
    directives = council(text)
    assert leads(directives) == ["BR-ROUTES"]
    assert directives[0].references == ["PRD-40"]


_PREFECTURE = "Comité départemental de suivi des inondations\nRelevé de décisions - réunion du 12 mars 2026\n\n"


def test_a_table_lead_cell_opening_on_a_group_with_a_unit_in_support():
    text = (
        _PREFECTURE + "Tableau des actions\n"
        "Action | Pilote | Échéance\n"
        "Curage des fossés communaux | Communes riveraines, appui DDTM | 30 septembre 2026\n"
        "Mise à jour du plan d'alerte | Département, appui DDTM | 31/05/2026\n"
        "Pose des repères de crue | DDTM | 30/06/2026\n"
    )
    directives = directives_in(text, UNITS, "fr", "2026-03-12")
    assert leads(directives) == [None, "BR-CD", "BR-DDTM"]
    assert [[d.code for d in x.coordinating] for x in directives] == [["BR-DDTM"], ["BR-DDTM"], []]
    assert [str(d.deadline) for d in directives] == ["2026-09-30", "2026-05-31", "2026-06-30"]


@pytest.mark.parametrize(
    ("adverb", "care"), [("en outre", "ses soins"), ("également", "leurs soins"), ("par ailleurs", "ses soins")]
)
def test_a_passive_by_its_care_is_the_task_of_the_unit_tasked_before(adverb, care):
    text = (
        _PREFECTURE + "Le préfet demande au sous-préfet de Vallonne de réunir les exploitants des campings avant "
        f"fin avril. Un courrier d'information sera {adverb} adressé par {care} aux communes riveraines avant le 15 "
        "mai 2026.\n"
    )
    directives = directives_in(text, UNITS, "fr", "2026-03-12")
    assert leads(directives) == ["BR-SP", "BR-SP"]
    assert directives[1].text.startswith("Un courrier d'information")
    assert [str(d.deadline) for d in directives] == ["2026-04-30", "2026-05-15"]
