"""Orders in the forms a thirty-third batch of French texts written blind showed: a second task for the minister of
the sentence before, by a pronoun and an adverb ("Il lui a également demandé de ...", "Il lui a, en outre, demandé
de ..."); a unit that stands for every office of one kind, named in the plural ("Préfectures de département",
"Gouvernorats de région"), led or helped by their heads ("Les préfets devront ...", "en relation avec les
Gouverneurs de région"); a direction's staff by its field ("Les services de la répression des fraudes ..."); a
minister's colleague of the text's own government in a directory kept for several ("en lien avec son collègue des
Finances"); a second ministry by "celui de ..." ("le département de la Santé, en collaboration avec celui des
Finances"); the Central African "endéans quinze jours"; a year in which laws were voted, no deadline; a meeting
announced again and an appeal to the public, no task; references to a decree numbered from its letter
("D/2025/0318/PRT/SGG"), to a draft finance law by its year and to a plan named with its acronym and its period.
Texts and directories written for these tests."""

import pytest

from tests.extraction.conftest import directives_in, leads, unit

# two governments in one directory; the other one's finance ministry listed first
GOVERNMENTS = [
    unit("ZA-FIN", "Ministère de l'Économie et des Finances", "Ministère des Finances"),
    unit("ZA-AGRI", "Ministère de l'Agriculture et de la Pêche"),
    unit("ZA-SGG", "Secrétariat général du Gouvernement"),
    unit("KM-PRIM", "Primature", "Premier Ministre"),
    unit("KM-SGG", "Secrétariat général du Gouvernement"),
    unit("KM-FIN", "Ministère des Finances", "MinFin"),
    unit("KM-ROUTES", "Ministère des Routes et des Ouvrages d'art"),
    unit("KM-COM", "Ministère du Commerce et de l'Artisanat", "Ministère du Commerce"),
    unit("KM-AGRI", "Ministère de l'Agriculture et de l'Élevage"),
    unit("KM-SANTE", "Ministère de la Santé et de l'Hygiène"),
]

_KM_OPENING = (
    "COMPTE RENDU DU CONSEIL DES MINISTRES DU MARDI 8 SEPTEMBRE 2026\n\n"
    "Le Ministre de l'Agriculture et de l'Élevage a présenté le bilan de la campagne. Le Ministre de la Santé et de "
    "l'Hygiène a fait le point de la situation sanitaire. Le Ministre du Commerce et de l'Artisanat a présenté "
    "l'évolution des prix.\n\n"
)


def council(text, meeting="2026-09-08"):
    return directives_in(_KM_OPENING + text, GOVERNMENTS, "fr", meeting)


@pytest.mark.parametrize(
    "asked", ["Il lui a également demandé", "Il lui a, en outre, demandé", "Il lui a aussi demandé"]
)
def test_a_second_task_for_the_minister_of_the_sentence_before(asked):
    text = (
        "Le Président de la République a demandé au Ministre du Commerce et de l'Artisanat de publier la liste des "
        f"prix homologués avant le 30 septembre 2026. {asked} de faire contrôler les balances des marchés de la "
        "capitale.\n"
    )
    directives = council(text)
    assert leads(directives) == ["KM-COM", "KM-COM"]
    assert directives[1].text.startswith(asked)
    assert [str(d.deadline) for d in directives] == ["2026-09-30", "None"]


def test_a_colleague_is_of_the_texts_own_government():
    text = (
        "Le Président de la République a chargé le Ministre des Routes et des Ouvrages d'art, en lien avec son "
        "collègue des Finances, de dégager les moyens de la réfection du pont de Lukula.\n"
    )
    directives = council(text)
    assert leads(directives) == ["KM-ROUTES"]
    assert [d.code for d in directives[0].coordinating] == ["KM-FIN"]


def test_a_second_ministry_named_by_celui_de():
    text = (
        "Le Conseil a instruit le département de l'Agriculture, en collaboration avec celui du Commerce, de constituer "
        "un stock de sécurité de maïs.\n"
    )
    directives = council(text)
    assert leads(directives) == ["KM-AGRI"]
    assert [d.code for d in directives[0].coordinating] == ["KM-COM"]


def test_endeans_a_number_of_days():
    text = (
        "Le Président de la République a chargé le Ministre de la Santé et de l'Hygiène de lui présenter, endéans "
        "vingt jours, le plan de riposte contre le choléra.\n"
    )
    directives = council(text)
    assert leads(directives) == ["KM-SANTE"]
    assert [str(d.deadline) for d in directives] == ["2026-09-28"]


def test_the_year_texts_were_adopted_in_is_no_deadline():
    text = (
        "Il a demandé au Secrétaire général du Gouvernement de veiller à la publication des décrets d'application "
        "des lois adoptées en 2025.\n"
    )
    directives = council(text)
    assert leads(directives) == ["KM-SGG"]
    assert [str(d.deadline) for d in directives] == ["None"]


def test_a_meeting_called_again_is_no_task():
    text = "Le Premier Ministre réunira de nouveau les ministres concernés en novembre pour un point d'étape.\n"
    assert council(text) == []


def test_a_minister_who_convenes_a_meeting_has_a_task():
    # a guard: "réunir" with those he convenes, not again
    text = "Le Ministre du Commerce et de l'Artisanat réunira les importateurs de riz avant le 30 septembre 2026.\n"
    directives = council(text)
    assert leads(directives) == ["KM-COM"]


@pytest.mark.parametrize(
    "appeal",
    [
        "Les consommateurs sont invités à signaler toute hausse abusive des prix au numéro vert.",
        "Le Ministre du Commerce et de l'Artisanat invite la population à signaler toute hausse abusive des prix.",
    ],
)
def test_an_appeal_to_the_public_is_no_task(appeal):
    assert council(appeal + "\n") == []


def test_a_decree_numbered_from_its_letter_and_a_plan_with_its_acronym_and_period_are_references():
    text = (
        "Le Président de la République a demandé au Ministre des Routes et des Ouvrages d'art de veiller à "
        "l'application de l'arrêté A/2026/0211/MRO/SGG dans le cadre du Programme national d'Entretien routier "
        "(PNER) 2026-2030.\n"
    )
    directives = council(text)
    assert directives[0].references == [
        "arrêté A/2026/0211/MRO/SGG",
        "Programme national d'Entretien routier (PNER) 2026-2030",
    ]


def test_a_draft_finance_law_by_its_year_is_a_reference_not_a_deadline():
    text = (
        "Le Premier Ministre a instruit le Ministre des Finances de transmettre aux départements ministériels la "
        "lettre de cadrage de l'avant-projet de loi de finances initiale 2027.\n"
    )
    directives = council(text)
    assert leads(directives) == ["KM-FIN"]
    assert directives[0].references == ["avant-projet de loi de finances initiale 2027"]
    assert [str(d.deadline) for d in directives] == ["None"]


STATE = [
    unit("HX-PM", "Services du Premier ministre", "Matignon"),
    unit("HX-INT", "Ministère de l'Intérieur"),
    unit("HX-AGRI", "Ministère de l'Agriculture"),
    unit("HX-PREF", "Préfectures de région", "préfectures"),
    unit("HX-GOUV", "Gouvernorats de province", "Gouvernorats"),
    unit("HX-DGCP", "Direction générale de la Concurrence et des Prix", "DGCP"),
]


def press(text, meeting="2026-09-08"):
    return directives_in("Le Premier ministre a réuni le comité de suivi\n\n" + text, STATE, "fr", meeting)


def test_the_heads_of_offices_named_in_the_plural_lead():
    text = "Les préfets devront installer avant le 15 octobre les cellules de veille sanitaire.\n"
    directives = press(text)
    assert leads(directives) == ["HX-PREF"]
    assert [str(d.deadline) for d in directives] == ["2026-10-15"]


def test_the_heads_of_offices_named_in_the_plural_help():
    text = (
        "Le ministre de l'Agriculture veillera, en relation avec les Gouverneurs de province, à la distribution des "
        "semences avant le 30 octobre.\n"
    )
    directives = press(text)
    assert leads(directives) == ["HX-AGRI"]
    assert [d.code for d in directives[0].coordinating] == ["HX-GOUV"]


def test_the_offices_named_in_the_plural_are_still_a_unit():
    # a guard: the unit's own name, no appeal to the public
    text = "Les préfectures sont invitées à recenser les abris d'urgence avant le 15 octobre.\n"
    directives = press(text)
    assert leads(directives) == ["HX-PREF"]


def test_a_directions_staff_by_its_field():
    text = "Les services de la concurrence mèneront une enquête sur les marges des importateurs de riz.\n"
    directives = press(text)
    assert leads(directives) == ["HX-DGCP"]
