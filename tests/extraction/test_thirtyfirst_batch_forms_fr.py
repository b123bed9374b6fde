"""Orders in the forms a thirty-first batch of French texts written blind showed: a city's record of decisions that
resolves in a sentence of its own ("Il est résolu que la Direction X procède ...", "Il est également résolu que mandat
soit donné au Service Y de ...", "Il est de plus résolu que ... fasse rapport"), two units' clauses in one resolution
(", et que la Direction Z installe ..."), a service named by its field after a bare "de" ("le Service de police"); a
mixed directory whose administrations share field words, a title read as the unit of the administration the text
names ("la Direction des finances" of a city, "le Ministre des Finances" of a second government); an addressee with
his second title between commas before the next one ("au Ministre de la Justice, Garde des Sceaux, et au Ministre de
Y de ..."), one order to two units; "à la Ministre d'intensifier", the minister who reported before; a press story's
ministers named with their holders ("Le ministre du Travail, Julien Carrère, réunira ..."), an assignment received
past an aside ("ont quant à eux reçu pour mission de"), an obligation told in the past whose work is due in the
sentence after ("a dû revoir sa copie ... Le nouveau texte devra être présenté avant le ..."), a rule for the future
("Désormais, tout projet de loi devra ...") and a quoted remark as no order; deadlines "d'ici la fin de l'été" (the
season's last day), "a été priée de publier dans les quinze jours", a first result awaited in the sentence after
("Une première synthèse est attendue ... pour la fin juin"); a unit put to work "en mobilisant" it. Texts and
directories written for these tests."""

import pytest

from tests.extraction.conftest import directives_in, leads, unit

CITY = [
    unit("VL-DG", "Direction générale", "DG"),
    unit("VL-TP", "Direction des travaux publics", "Travaux publics"),
    unit("VL-GENIE", "Service du génie", "Génie"),
    unit("VL-ACHATS", "Division des achats", "Achats"),
    unit("VL-FIN", "Direction des finances et de l'approvisionnement", "Finances"),
    unit("VL-POL", "Service de police de la Ville de Lac-Doré", "Police"),
    unit("VL-INC", "Service de sécurité incendie", "Incendie"),
    unit("VL-LOIS", "Service des loisirs", "Loisirs"),
]


def run(text, meeting="2026-05-12", directory=CITY):
    return directives_in(text, directory, "fr", meeting)


@pytest.mark.parametrize(
    ("sentence", "lead", "date"),
    [
        ("Il est résolu que la Direction des travaux publics remplace les luminaires du stationnement municipal et en "
         "fasse rapport d'ici le 30 juin 2026.", "VL-TP", "2026-06-30"),
        ("Il est de plus résolu que la Direction générale dépose au conseil un bilan des travaux à la séance du "
         "14 septembre 2026.", "VL-DG", "2026-09-14"),
        ("Il est aussi résolu que le Service de sécurité incendie inspecte les bornes-fontaines du parc industriel "
         "avant le 1er août 2026.", "VL-INC", "2026-08-01"),
    ],
)  # fmt: skip
def test_a_resolution_in_its_own_sentence_with_the_unit_and_its_subjunctive(sentence, lead, date):
    text = "CE-2026-05-140 – Entretien des équipements municipaux\n" + sentence + "\n"
    directives = run(text)
    assert leads(directives) == [lead]
    assert [str(d.deadline) for d in directives] == [date]


def test_a_resolution_that_gives_a_mandate_in_the_subjunctive():
    text = (
        "CE-2026-05-141 – Réfection du chalet du parc\n"
        "Il est également résolu que mandat soit donné au Service du génie de préparer les devis, de concert avec "
        "la Division des achats, au plus tard le 15 juillet 2026.\n"
    )
    directives = run(text)
    assert leads(directives) == ["VL-GENIE"]
    assert [d.code for d in directives[0].coordinating] == ["VL-ACHATS"]
    assert [str(d.deadline) for d in directives] == ["2026-07-15"]


def test_a_resolutions_second_clause_for_another_unit():
    text = (
        "CE-2026-05-142 – Circulation lors de la fête du quartier\n"
        "Il est résolu que le Service de police assure la surveillance du parcours jusqu'au 24 juin 2026, et que la "
        "Direction des travaux publics pose la signalisation temporaire la veille de l'événement.\n"
    )
    directives = run(text)
    assert leads(directives) == ["VL-POL", "VL-TP"]
    assert directives[0].text.endswith("24 juin 2026,")
    assert directives[1].text.startswith("que la Direction des travaux publics pose")
    assert [str(d.deadline) for d in directives] == ["2026-06-24", "None"]


def test_a_resolution_that_only_adopts_is_no_order():
    text = "CE-2026-05-143 – Règlement\nIl est résolu que le conseil adopte le règlement 2026-12 sur les nuisances.\n"
    assert run(text) == []


_MIXED = [
    # a State's government first
    unit("ET-PM", "Primature", "Premier Ministre"),
    unit("ET-FIN", "Ministère de l'Économie et des Finances", "Finances", "Ministère des Finances"),
    unit("ET-JUS", "Ministère de la Justice", "Garde des Sceaux", "Justice"),
    unit("ET-INT", "Ministère de l'Intérieur", "Intérieur"),
    unit("ET-SANTE", "Ministère de la Santé publique", "Santé"),
    unit("ET-AGRI", "Ministère de l'Agriculture", "Agriculture"),
    # a second government
    unit("RD-PM", "Primature", "Premier Ministre"),
    unit("RD-FIN", "Ministère des Finances", "Finances"),
    unit("RD-BUD", "Ministère du Budget", "Budget"),
    unit("RD-SANTE", "Ministère de la Santé et de l'Hygiène", "Santé"),
    unit("RD-EAU", "Ministère de l'Eau et de l'Énergie", "Eau"),
    unit("RD-REGIE", "Société nationale des Eaux", "SNE"),
    unit("RD-MINES", "Ministère des Mines", "Mines"),
    # a city
    unit("VL-DG", "Direction générale", "DG"),
    unit("VL-TP", "Direction des travaux publics", "Travaux publics"),
    unit("VL-FIN", "Direction des finances et de l'approvisionnement", "Finances"),
    unit("VL-LOIS", "Service des loisirs", "Loisirs"),
]


def test_a_citys_direction_des_finances_in_a_mixed_directory():
    text = (
        "Relevé des décisions du comité exécutif\n"
        "Il est résolu que la Direction des travaux publics refasse le pavage de la rue du Moulin. Le Service des "
        "loisirs revoit la grille des camps de jour. La Direction générale en prend acte.\n"
        "Il est résolu de demander à la Direction des finances de produire un état des dépenses du projet.\n"
    )
    directives = run(text, directory=_MIXED)
    assert leads(directives)[-1] == "VL-FIN"


def test_a_second_governments_ministre_des_finances_in_a_mixed_directory():
    text = (
        "Le Ministre des Mines a présenté le projet de code minier. Le Ministre de l'Eau et de l'Énergie a fait le "
        "point sur la desserte en eau.\n\n"
        "Le Président de la République a ordonné au Ministre des Finances de régler les arriérés avant le 30 avril "
        "2026, en liaison avec son collègue du Budget.\n"
    )
    directives = run(text, directory=_MIXED)
    assert leads(directives) == ["RD-FIN"]
    assert [d.code for d in directives[0].coordinating] == ["RD-BUD"]


_TWO_EDUCATIONS = [
    unit("ET-PM", "Primature", "Premier Ministre"),
    unit("ET-EDU", "Ministère de l'Éducation nationale"),
    unit("ET-AGRI", "Ministère de l'Agriculture", "Agriculture"),
    unit("RD-PM", "Primature", "Premier Ministre"),
    unit("RD-EDU", "Ministère de l'Éducation nationale et de l'Alphabétisation"),
    unit("RD-SANTE", "Ministère de la Santé et de l'Hygiène", "Santé"),
    unit("RD-EAU", "Ministère de l'Eau et de l'Énergie", "Eau"),
    unit("RD-MINES", "Ministère des Mines", "Mines"),
]


def test_another_administrations_exact_name_in_a_text_of_one_administration():
    text = (
        "Le Ministre des Mines, le Ministre de l'Eau et de l'Énergie et le Ministre de la Santé et de l'Hygiène ont "
        "présenté leurs communications.\n\n"
        "AU TITRE DU MINISTÈRE DE L'ÉDUCATION NATIONALE\n\n"
        "Le Conseil a instruit le Ministère de l'Éducation nationale de publier le calendrier des examens avant le "
        "15 juin 2026.\n"
    )
    directives = run(text, directory=_TWO_EDUCATIONS)
    assert leads(directives) == ["RD-EDU"]


def test_an_addressees_second_title_between_commas_before_the_next_one():
    text = (
        "Le Ministre de l'Agriculture a présenté la campagne.\n"
        "Le Chef de l'État a demandé au Ministre de la Justice, Garde des Sceaux, et au Ministre de l'Intérieur de "
        "faire respecter l'interdiction des feux de brousse.\n"
    )
    directives = run(text, directory=_MIXED)
    assert leads(directives) == ["ET-JUS"]
    assert [d.code for d in directives[0].coordinating] == ["ET-INT"]


def test_a_second_addressee_with_its_own_task_after_a_comma_is_still_an_order_of_its_own():
    text = (
        "Le Ministre de la Santé publique a présenté la campagne.\n"
        "Il a demandé au Ministre de l'Agriculture de distribuer les semences avant le 15 juin 2026, et au Ministre "
        "de l'Intérieur d'en sécuriser le transport.\n"
    )
    directives = run(text, directory=_MIXED)
    assert leads(directives) == ["ET-AGRI", "ET-INT"]


@pytest.mark.parametrize("title", ["la Ministre", "le Ministre"])
def test_the_minister_with_no_portfolio_before_an_infinitive_is_the_one_who_reported(title):
    text = (
        "Le Ministre de la Santé et de l'Hygiène a présenté au Conseil la situation de la rougeole dans trois "
        f"provinces. Prenant acte de cette communication, le Conseil a demandé à {title} d'étendre sans délai la "
        "vaccination aux enfants de moins de cinq ans.\n"
    )
    directives = run(text, directory=_MIXED)
    assert leads(directives) == ["RD-SANTE"]


def test_a_unit_put_to_work_en_mobilisant_it_coordinates():
    text = (
        "Le Premier Ministre a instruit le Ministre de l'Eau et de l'Énergie de rétablir l'adduction du marché "
        "central, en mobilisant la Société nationale des Eaux.\n"
    )
    directives = run(text, directory=_MIXED)
    assert leads(directives) == ["RD-EAU"]
    assert [d.code for d in directives[0].coordinating] == ["RD-REGIE"]


GOVERNMENT = [
    unit("GV-PM", "Services du Premier ministre", "Premier ministre", "Première ministre", "Matignon"),
    unit("GV-SGG", "Secrétariat général du Gouvernement", "SGG"),
    unit("GV-AGRI", "Ministère de l'Agriculture", "Agriculture"),
    unit("GV-CULT", "Ministère de la Culture et de la Communication", "Culture"),
    unit("GV-SPORT", "Ministère des Sports", "Sports"),
    unit("GV-MER", "Ministère de la Mer", "Mer"),
    unit("GV-OUTRE", "Ministère des Outre-mer", "Outre-mer"),
    unit("GV-ENV", "Ministère de l'Environnement", "Environnement"),
    unit("GV-SANTE", "Ministère de la Santé", "Santé"),
]


def press(text, meeting="2026-05-12"):
    return directives_in("Conseil des ministres : la feuille de route de l'été\n\n" + text, GOVERNMENT, "fr", meeting)


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        ("Le ministre de l'Agriculture, Paul Lemaire, recevra les syndicats agricoles sur le prix du lait.", "GV-AGRI"),
        ("La ministre de la Culture et de la Communication, Anne Roy-Vidal, présentera un plan pour les festivals.",
         "GV-CULT"),
        ("La ministre des Sports, Mme Inès Garnier, rassemblera les fédérations sur le sport à l'école.", "GV-SPORT"),
    ],
)  # fmt: skip
def test_a_minister_named_with_the_holder_then_a_verb_in_the_future(sentence, lead):
    text = "Le gouvernement s'est réuni ce matin autour du Premier ministre.\n\n" + sentence + "\n"
    directives = press(text)
    assert leads(directives) == [lead]


def test_an_assignment_received_past_an_aside():
    text = (
        "Le ministre de la Mer et la ministre des Outre-mer ont quant à eux reçu pour mission de préparer un plan "
        "contre les sargasses.\n"
    )
    directives = press(text)
    assert leads(directives) == ["GV-MER"]
    assert [d.code for d in directives[0].coordinating] == ["GV-OUTRE"]


def test_an_obligation_told_in_the_past_whose_work_is_due_in_the_sentence_after():
    text = (
        "Le ministre de l'Environnement a dû, lui, « reprendre son texte » sur la protection des haies, jugé trop "
        "timide. La nouvelle version devra être remise à Matignon avant le 20 juin.\n"
    )
    directives = press(text)
    assert leads(directives) == ["GV-ENV"]
    assert [str(d.deadline) for d in directives] == ["2026-06-20"]


def test_an_obligation_told_in_the_past_with_nothing_due_is_no_order():
    text = "Le ministre de l'Environnement a dû annuler son déplacement en Bretagne en raison des intempéries.\n"
    assert press(text) == []


def test_a_rule_for_the_future_and_a_quoted_remark_are_no_orders():
    text = (
        "Enfin, le Secrétariat général du Gouvernement est chargé de suivre ces engagements. Désormais, toute "
        "circulaire devra en outre tenir sur quatre pages.\n\n"
        "La ministre de la Santé, Claire Dufour, présentera une stratégie contre les déserts médicaux. « Je veux des "
        "résultats avant l'hiver », aurait glissé le Premier ministre.\n"
    )
    directives = press(text)
    assert leads(directives) == ["GV-SGG", "GV-SANTE"]


@pytest.mark.parametrize(
    ("due", "date"),
    [
        ("d'ici la fin de l'été", "2026-09-22"),
        ("avant la fin du printemps", "2026-06-20"),
        ("d'ici la fin de l'automne", "2026-12-21"),
    ],
)
def test_the_end_of_a_season_is_its_last_day(due, date):
    text = f"Le Premier ministre a chargé le ministre de l'Agriculture de présenter {due} un plan pour l'élevage.\n"
    directives = press(text)
    assert [str(d.deadline) for d in directives] == [date]


@pytest.mark.parametrize(
    ("due", "date"),
    [
        ("avant la fin de l'été 2027", "2027-09-22"),
        ("d'ici la fin de l'automne 2026", "2026-12-21"),
        ("avant la fin des vacances de l'été", "None"),
    ],
)
def test_the_end_of_a_season_of_a_year_and_the_end_of_a_seasons_event(due, date):
    text = f"Le Premier ministre a chargé le ministre de l'Agriculture de présenter {due} un plan pour l'élevage.\n"
    directives = press(text)
    assert [str(d.deadline) for d in directives] == [date]


@pytest.mark.parametrize("form", ["a été priée de publier", "a été chargée de publier", "a été invitée à publier"])
def test_a_delay_after_an_order_in_the_passive_is_its_deadline(form):
    text = f"La ministre de la Santé, Claire Dufour, {form} dans les dix jours l'arrêté sur les gardes.\n"
    directives = press(text)
    assert leads(directives) == ["GV-SANTE"]
    assert [str(d.deadline) for d in directives] == ["2026-05-22"]


def test_a_first_result_awaited_in_the_sentence_after_is_the_orders_deadline():
    text = (
        "Le ministre de l'Agriculture, Paul Lemaire, réunira les filières sur les importations de volailles. Un "
        "premier état des lieux est attendu rue de Varenne pour la fin juillet.\n"
    )
    directives = press(text)
    assert leads(directives) == ["GV-AGRI"]
    assert [str(d.deadline) for d in directives] == ["2026-07-31"]
