"""Orders in the forms a forty-sixth batch of French texts written blind showed: a prefect's crisis meeting told in
the press, its orders due "d'ici la fin de la semaine" (the meeting's Sunday), a state kept "jusqu'au" a day before a
step due "avant" another, a report wanted "sur mon bureau mardi"; the communal safeguard plans by their kind; a
provincial council's act with its qualifier before its number ("l'Edit budgétaire n° ..."), a plan "pour le
quatrième trimestre" (the plan's period, no deadline), a campaign ordered then told when it must be closed in the
next sentence; and a council of ministers that tells what a decree it adopts charges a body with ("Aux termes de ce
décret, l'Agence est chargée de ..."), no order. Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

PREFECTURE = [
    unit("CR-DDT", "Direction départementale des territoires", "DDT"),
    unit("CR-DDPP", "Direction départementale de la protection des populations", "DDPP"),
    unit("CR-SDIS", "Service départemental d'incendie et de secours", "SDIS"),
    unit("CR-ARS", "Agence régionale de santé", "ARS"),
]


def prefecture(text, meeting="2026-03-04"):
    return directives_in(text, PREFECTURE, "fr", meeting)


def test_work_due_by_the_end_of_the_week_is_due_on_its_sunday():
    # a Wednesday's meeting: its week ends on Sunday 8 March
    text = (
        "Le préfet a réuni mercredi les services de l'État après l'incendie de l'entrepôt de Lassigny.\n\n"
        "Côté sanitaire, la DDPP devra contrôler, d'ici la fin de la semaine, les élevages situés sous le panache "
        "de fumée, en lien avec les vétérinaires du secteur.\n"
    )
    found = prefecture(text)
    assert leads(found) == ["CR-DDPP"]
    assert str(found[0].deadline) == "2026-03-08"


def test_a_report_wanted_on_the_prefect_s_desk_on_a_weekday_is_due_that_day():
    text = (
        "Le préfet a réuni mercredi une cellule de crise après les chutes de neige.\n\n"
        "Le SDIS est chargé de recenser les bâtiments agricoles dont la toiture menace de céder. « Je veux cette liste "
        "sur mon bureau lundi », a précisé le préfet.\n"
    )
    found = prefecture(text)
    assert leads(found) == ["CR-SDIS"]
    assert str(found[0].deadline) == "2026-03-09"


def test_a_state_kept_until_a_day_then_a_step_due_before_another_day_is_due_by_the_step():
    text = (
        "Le préfet a réuni mercredi les maires du bassin de la Sorgue.\n\n"
        "Il a demandé à la DDT de maintenir fermés les parkings inondables jusqu'au mardi 10 mars et de dresser "
        "la liste des chaussées endommagées avant vendredi midi.\n"
    )
    found = prefecture(text)
    assert leads(found) == ["CR-DDT"]
    assert str(found[0].deadline) == "2026-03-06"


def test_the_communal_safeguard_plans_are_cited_by_their_kind():
    text = (
        "Le préfet a réuni mercredi les maires des communes riveraines.\n\n"
        "Il a demandé aux maires des communes du val de Sorgue de tenir prêts leurs plans communaux de sauvegarde "
        "et d'informer la DDT des secteurs isolés avant jeudi soir.\n"
    )
    found = prefecture(text)
    assert len(found) == 1
    assert [ref.lower() for ref in found[0].references] == ["plans communaux de sauvegarde"]


PROVINCE = [
    unit("KE-FIN", "Ministère provincial des Finances", "Ministre provincial des Finances"),
    unit("KE-AGRI", "Ministère provincial de l'Agriculture", "Ministre provincial de l'Agriculture"),
    unit("KE-IPV", "Inspection provinciale de l'Agriculture, Pêche et Elevage", "IPAPEL"),
]


def province(text, meeting="2025-09-19"):
    return directives_in(text, PROVINCE, "fr", meeting)


def test_an_act_cited_with_its_qualifier_before_its_number_is_a_reference():
    text = (
        "COMPTE RENDU DE LA REUNION DU CONSEIL DES MINISTRES PROVINCIAL\n\n"
        "Le Gouverneur a instruit le Ministre provincial des Finances de faire appliquer les taux de l'Edit "
        "fiscal n°007/2023 du 14 juin 2023 aux marchés de Kimbau et de lui faire rapport endéans 15 jours.\n"
    )
    found = province(text)
    assert leads(found) == ["KE-FIN"]
    assert [ref.lower() for ref in found[0].references] == ["edit fiscal n°007/2023 du 14 juin 2023"]


def test_a_plan_for_a_quarter_is_the_plan_s_period_no_deadline():
    text = (
        "COMPTE RENDU DE LA REUNION DU CONSEIL DES MINISTRES PROVINCIAL\n\n"
        "Le Gouverneur a instruit le Ministre provincial des Finances de présenter à la prochaine réunion la "
        "situation des arriérés de loyers ainsi qu'un programme d'apurement pour le troisième trimestre.\n"
    )
    found = province(text)
    assert leads(found) == ["KE-FIN"]
    assert found[0].deadline is None


def test_a_campaign_ordered_then_told_when_it_must_be_closed_is_one_order():
    text = (
        "COMPTE RENDU DE LA REUNION DU CONSEIL DES MINISTRES PROVINCIAL\n\n"
        "Le Gouverneur a instruit le Ministre provincial de l'Agriculture d'organiser, avec l'appui de l'IPAPEL, "
        "une campagne de vaccination du petit bétail dans le territoire de Feshi. L'opération devra être clôturée "
        "avant le 30 novembre 2025 et un bilan transmis au Gouvernorat.\n"
    )
    found = province(text)
    assert leads(found) == ["KE-AGRI"]
    assert found[0].text.endswith("transmis au Gouvernorat")
    assert str(found[0].deadline) == "2025-11-30"


GOVERNMENT = [
    unit("GV-OFFICE", "Office national des Semences", "ONS"),
    unit("GV-AGRI", "Ministère de l'Agriculture", "Ministre de l'Agriculture"),
]


def test_what_a_decree_adopted_charges_a_body_with_is_no_order():
    text = (
        "COMPTE RENDU DU CONSEIL DES MINISTRES\n\n"
        "I.1. AU TITRE DU MINISTERE DE L'AGRICULTURE\n"
        "Le Conseil a adopté un décret portant création de l'Office national des Semences (ONS).\n"
        "Aux termes de ce décret, l'ONS est chargé de la certification des semences, du contrôle de leur "
        "qualité et de la tenue du catalogue national des variétés.\n"
    )
    assert directives_in(text, GOVERNMENT, "fr", "2025-06-11") == []


def test_advice_the_prefect_asks_of_everyone_after_a_colon_is_no_order():
    text = (
        "Le préfet a réuni mercredi une cellule de crise après la tempête.\n\n"
        "Le SDIS est chargé de dégager les axes principaux avant jeudi midi. « Je demande à tous la plus grande "
        "vigilance : ne sortez pas en forêt et ne vous approchez pas des lignes tombées », a conclu le préfet.\n"
    )
    found = prefecture(text)
    assert leads(found) == ["CR-SDIS"]
    assert len(found) == 1
