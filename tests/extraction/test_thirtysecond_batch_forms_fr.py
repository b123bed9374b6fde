"""Orders in the forms a thirty-second batch of French texts written blind showed: a directory kept for several
governments, each with its Secrétariat général du Gouvernement and its Premier ministre's services (their heads, "le
Secrétaire général du Gouvernement", "le Premier ministre", the text's own government's); a Central African
ministry by its "MIN..." acronym ("le MINTPER") or by the acronym the text gives it in brackets; a helper "en rapport
avec" a minister, or "en liaison avec son collègue de X"; "est instruit de", an order in the passive; a minister's
long portfolio whose last word is an adjective ("... et de la Souveraineté alimentaire") before a verb in the future;
a joint mission of two inspection bodies still to be launched (the first leads, the second works with it); a city's
"greffière", the head of its Service du greffe; deadlines past a contract's expiry ("qui vient à échéance le ..."),
awaited in the sentence after ("Ce document est attendu dans un délai de ..."), or given to a product in the future
passive ("Une feuille de route sera présentée d'ici l'été"); references to a programme named in guillemets, to a
finance law by its year and to a programme by the acronym the text gave it. Texts and directories written for these
tests."""

import pytest

from tests.extraction.conftest import directives_in, leads, unit

# two governments in one directory, each with its secretariat and its Prime Minister's services
GOVERNMENTS = [
    unit("TG-PRIM", "Primature", "Cabinet du Premier Ministre"),
    unit("TG-SGG", "Secrétariat général du Gouvernement"),
    unit("TG-FIN", "Ministère de l'Économie et des Finances", "Finances"),
    unit("TG-SAN", "Ministère de la Santé et de l'Hygiène publique", "Santé"),
    unit("TG-EDU", "Ministère des Enseignements primaire et secondaire"),
    unit("TG-HAB", "Ministère de l'Urbanisme et de l'Habitat"),
    unit("TG-MINES", "Ministère des Mines et de l'Énergie", "Mines"),
    unit("MB-PRIM", "Primature", "Services du Premier Ministre"),
    unit("MB-SGG", "Secrétariat général du Gouvernement"),
    unit("MB-FIN", "Ministère des Finances et du Budget", "Finances"),
    unit("MB-ELEV", "Ministère de l'Élevage, de la Pêche et du Développement Rural"),
    unit("MB-HAB", "Ministère de l'Habitat et du Cadre de Vie"),
    unit("MB-MINES", "Ministère des Mines et de la Géologie", "Mines"),
    unit("MB-SAN", "Ministère de la Santé Publique", "Santé publique"),
]

_MB_OPENING = (
    "COMPTE RENDU DU CONSEIL DE CABINET DU MARDI 12 MAI 2026\n\n"
    "Le Ministre des Mines et de la Géologie a présenté le bilan de la production aurifère. Le Ministre de la Santé "
    "Publique a fait le point de la campagne contre le paludisme. Le Ministre des Finances et du Budget a présenté "
    "l'exécution du budget.\n"
)


def run(text, meeting="2026-05-12", directory=GOVERNMENTS):
    return directives_in(text, directory, "fr", meeting)


def test_the_secretary_general_of_the_texts_own_government():
    text = _MB_OPENING + (
        "Le Secrétaire général du Gouvernement est chargé de transmettre aux départements ministériels le "
        "calendrier des conseils du second semestre.\n"
    )
    directives = run(text)
    assert leads(directives) == ["MB-SGG"]


def test_the_prime_minister_addressed_is_his_governments_services():
    text = _MB_OPENING + (
        "Le Chef de l'État a demandé au Premier Ministre de veiller au paiement des bourses des étudiants avant le "
        "30 juin 2026.\n"
    )
    directives = run(text)
    assert leads(directives) == ["MB-PRIM"]
    assert [str(d.deadline) for d in directives] == ["2026-06-30"]


def test_a_ministry_by_its_min_acronym():
    text = _MB_OPENING + (
        "Le MINEPDR devra pour sa part remettre au Gouvernement, dans un délai de vingt jours, le plan de vaccination "
        "du cheptel.\n"
    )
    directives = run(text)
    assert leads(directives) == ["MB-ELEV"]
    assert [str(d.deadline) for d in directives] == ["2026-06-01"]


def test_a_ministry_by_the_acronym_the_text_gave_it_in_brackets():
    text = _MB_OPENING + (
        "Le Ministre de l'Habitat et du Cadre de Vie (MHACAV) a rendu compte des démolitions en zone inondable.\n"
        "Le Premier Ministre a chargé le MHACAV de reloger les familles sinistrées avant le 15 juillet 2026.\n"
    )
    directives = run(text)
    assert leads(directives) == ["MB-HAB"]


def test_an_order_in_the_passive_est_instruit_de():
    text = _MB_OPENING + (
        "Le Ministre des Mines et de la Géologie est instruit de suspendre les permis des sociétés qui n'ont pas "
        "déposé leur rapport annuel.\n"
    )
    directives = run(text)
    assert leads(directives) == ["MB-MINES"]


def test_a_file_examined_by_a_service_is_no_order():
    # a guard: "instruire un dossier" is to examine it
    text = _MB_OPENING + "Le dossier de la société Orbis est instruit par les services compétents depuis janvier.\n"
    assert run(text) == []


@pytest.mark.parametrize(
    "helper",
    [
        "en rapport avec le Ministre des Mines et de la Géologie",
        "en liaison avec son collègue des Mines et de la Géologie",
    ],
)
def test_a_minister_who_helps_en_rapport_avec_or_as_a_colleague(helper):
    text = _MB_OPENING + (
        f"Le Premier Ministre a instruit le Ministre de la Santé Publique, {helper}, de faire dépister les "
        "orpailleurs des sites de Kanté avant le 31 août 2026.\n"
    )
    directives = run(text)
    assert leads(directives) == ["MB-SAN"]
    assert [d.code for d in directives[0].coordinating] == ["MB-MINES"]


STATE = [
    unit("ST-PM", "Services du Premier ministre", "Matignon"),
    unit("ST-PECHE", "Ministère de la Pêche et de la Sécurité alimentaire", "Ministère de la Pêche"),
    unit("ST-LOG", "Ministère du Logement", "Logement"),
    unit("ST-IGF", "Inspection générale des finances", "IGF"),
    unit("ST-IGAS", "Inspection générale des affaires sociales", "IGAS"),
    unit("ST-IGA", "Inspection générale de l'administration", "IGA"),
]


def press(text, meeting="2026-03-10"):
    return directives_in("Le Premier ministre a réuni le comité de suivi\n\n" + text, STATE, "fr", meeting)


def test_a_portfolio_closing_on_an_adjective_before_a_verb_in_the_future():
    text = (
        "Le ministre de la Pêche et de la Sécurité alimentaire engagera avec les coopératives une concertation sur "
        "les prix du poisson ; ses conclusions sont attendues pour la fin du premier semestre.\n"
    )
    directives = press(text)
    assert leads(directives) == ["ST-PECHE"]
    assert [str(d.deadline) for d in directives] == ["2026-06-30"]


def test_a_joint_mission_of_two_inspections_still_to_be_launched():
    text = (
        "Le ministère du Logement publiera le décret sur les loyers.\n\n"
        "Par ailleurs, une mission conjointe de l'Inspection générale des finances (IGF) et de l'Inspection générale "
        "des affaires sociales (IGAS) sera diligentée sur le coût des aides au logement. Ses conclusions devront être "
        "remises dans un délai de trois mois.\n"
    )
    directives = press(text)
    assert leads(directives) == ["ST-LOG", "ST-IGF"]
    assert [d.code for d in directives[1].coordinating] == ["ST-IGAS"]
    assert [str(d.deadline) for d in directives] == ["None", "2026-06-10"]
    assert "mission" not in directives[0].text


def test_a_mission_of_one_inspection_by_its_acronym():
    text = "Une mission d'inspection de l'IGA sera lancée sur la gestion des fourrières avant l'été.\n"
    directives = press(text)
    assert leads(directives) == ["ST-IGA"]


def test_a_mission_already_carried_out_is_no_order():
    # a guard: the mission told in the past
    text = "Une mission conjointe de l'IGF et de l'IGAS a été conduite en 2025 sur les aides au logement.\n"
    assert press(text) == []


def test_a_product_to_be_presented_by_the_summer_in_the_sentence_after():
    text = (
        "Le ministère du Logement pilotera la refonte des aides à la rénovation. Un plan d'action sera présenté "
        "d'ici l'été.\n"
    )
    directives = press(text)
    assert leads(directives) == ["ST-LOG"]
    assert [str(d.deadline) for d in directives] == ["2026-06-20"]


def test_a_document_awaited_in_the_sentence_after():
    text = (
        "Le Premier ministre a demandé au ministère du Logement de lui remettre l'état des logements vacants au "
        "31 décembre 2025. Ce document est attendu dans un délai de dix jours.\n"
    )
    directives = press(text)
    assert leads(directives) == ["ST-LOG"]
    assert [str(d.deadline) for d in directives] == ["2026-03-20"]


def test_a_named_programme_and_a_finance_law_are_references():
    text = (
        "Le ministère du Logement engagera les crédits inscrits dans la loi de finances rectificative pour 2026 au "
        "titre du programme « Toits solides ».\n"
    )
    directives = press(text)
    assert directives[0].references == ["loi de finances rectificative pour 2026", "programme « Toits solides »"]
    assert [str(d.deadline) for d in directives] == ["None"]


CITY = [
    unit("SR-DG", "Direction générale", "DG"),
    unit("SR-GREFFE", "Service du greffe", "Greffe"),
    unit("SR-TP", "Service des travaux publics", "Travaux publics"),
    unit("SR-MTQ", "Ministère des Transports", "MTQ"),
]


def council(text, meeting="2026-04-13"):
    return directives_in("PROVINCE DE QUÉBEC\nMUNICIPALITÉ DE SAINT-RÉMI-DES-BOIS\n\n" + text, CITY, "fr", meeting)


def test_the_clerk_is_the_service_du_greffe():
    text = (
        "RÉS. 2026-04-071 DEMANDE AU MINISTÈRE DES TRANSPORTS\n"
        "Il est proposé par la conseillère Roy, appuyé par le conseiller Pelletier et résolu :\n"
        "QUE le conseil demande au ministère des Transports d'installer un feu clignotant à l'intersection du rang "
        "Sainte-Anne;\n"
        "QUE la greffière achemine la présente résolution au député de la circonscription.\n"
    )
    directives = council(text)
    assert leads(directives) == ["SR-MTQ", "SR-GREFFE"]


def test_a_contracts_expiry_is_no_deadline_of_the_order():
    text = (
        "RÉS. 2026-04-072 ENTENTE DE DÉNEIGEMENT\n"
        "Il est proposé par le conseiller Pelletier, appuyé par la conseillère Roy et résolu :\n"
        "QUE le conseil mandate la Direction générale pour renégocier le contrat de déneigement, qui vient à échéance "
        "le 30 avril 2027, et pour faire rapport au conseil d'ici la fin du troisième trimestre.\n"
    )
    directives = council(text)
    assert leads(directives) == ["SR-DG"]
    assert [str(d.deadline) for d in directives] == ["2026-09-30"]


def test_a_programme_named_by_the_acronym_the_text_gave_it():
    text = (
        "RÉS. 2026-04-073 RÉFECTION DU RANG SAINT-JOSEPH\n"
        "ATTENDU QUE la Municipalité a obtenu une aide dans le cadre du Programme de soutien aux chemins ruraux "
        "(PSCR);\n"
        "Il est proposé par la conseillère Roy, appuyé par le conseiller Pelletier et résolu :\n"
        "QUE le conseil mandate le Service des travaux publics de lancer l'appel d'offres selon les modalités du PSCR "
        "au plus tard le 29 mai 2026.\n"
    )
    directives = council(text)
    assert leads(directives) == ["SR-TP"]
    assert directives[0].references == ["PSCR"]
