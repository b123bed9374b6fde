"""Orders in the forms a thirty-seventh batch of French texts written blind showed: an interministerial council's
decisions, each under its number ("Décision 3 : le Ministre X publie ..."), told in the present, a value the decision
sets ("le prix est fixé à ...") no order, two units with their own verbs in one decision, and a task with no unit
that the next sentence gives to a unit by pointing back to it ("Le Ministre X veillera à la mise en œuvre de cette
mesure"); a town council's deliberations, with their votes ("Adopté à l'unanimité.") no order, the council that
approves and authorises before it charges the mayor (the mayor's office written "Commune de X - Cabinet du Maire" in
the directory), the technical services of a "Direction des services techniques", a plan of the commune in lower case
with its acronym and a convention annexed to the deliberation as references; a provincial government's record, the
conclusions of the work ordered due on a weekday, a minister named by a portfolio word that another ministry holds
through a synonym only ("Finances" and the "Budget"), a typist's slip in "Ministre", a province's edict by its number,
and the draft edict adopted just before that the order sends on; a council of ministers' communiqué, a second request
verb with its own addressee after "et", and a law numbered by its letter. Texts and directories written for these
tests."""

import pytest

from tests.extraction.conftest import directives_in, leads, unit

_STATE = [
    unit("TB-PRIM", "Primature - Cabinet du Premier Ministre"),
    unit("TB-SGG", "Secrétariat général du Gouvernement", "SGG"),
    unit("TB-PECHE", "Ministère de la Pêche et de l'Économie maritime"),
    unit("TB-COMMERCE", "Ministère du Commerce et de la Consommation"),
    unit("TB-TRANSPORTS", "Ministère des Transports"),
    unit("TB-SANTE", "Ministère de la Santé et de l'Action sociale"),
    unit("TB-PORT", "Port autonome de Tabarre", "PAT"),
    unit("TB-ONP", "Office national des Pêches", "ONP"),
]

_DECISIONS = (
    "COMPTE RENDU DU CONSEIL INTERMINISTÉRIEL SUR LA CAMPAGNE DE PÊCHE 2026\n\n"
    "Le Premier Ministre a présidé ce lundi 4 mai 2026 un Conseil interministériel consacré à la campagne de pêche.\n\n"
    "À l'issue des échanges, le Premier Ministre a arrêté les mesures suivantes :\n\n"
)


def decisions(text):
    return directives_in(_DECISIONS + text, _STATE, "fr", "2026-05-04")


@pytest.mark.parametrize("label", ["Mesure", "Décision", "Recommandation"])
def test_numbered_decisions_told_in_the_present(label):
    text = (
        f"{label} 1 : le prix de référence du kilogramme de poisson est fixé à 900 francs pour la campagne ;\n\n"
        f"{label} 2 : le Ministre de la Pêche et de l'Économie maritime et l'Office national des Pêches (ONP) "
        "recensent les pirogues motorisées avant le 30 mai 2026 ;\n\n"
        f"{label} 3 : le Ministre du Commerce et de la Consommation contrôle, dès l'ouverture de la campagne, les "
        "prix pratiqués sur les marchés ;\n\n"
        f"{label} 4 : le Secrétaire général du Gouvernement assure le suivi des présentes mesures et en rend compte "
        "au Premier Ministre avant le 30 juin 2026.\n"
    )
    directives = decisions(text)
    assert leads(directives) == ["TB-PECHE", "TB-COMMERCE", "TB-SGG"]
    assert [d.code for d in directives[0].coordinating] == ["TB-ONP"]
    assert [str(d.deadline) for d in directives] == ["2026-05-30", "None", "2026-06-30"]


def test_two_units_each_with_its_own_verb_in_one_decision():
    text = (
        "Mesure 5 : le Ministre des Transports dégage les quais du port avant le 15 mai 2026 et le Ministre de la "
        "Santé et de l'Action sociale déploie des équipes sanitaires sur les sites de débarquement ;\n\n"
        "Mesure 6 : le Port autonome de Tabarre publie les horaires d'accostage.\n"
    )
    directives = decisions(text)
    assert leads(directives) == ["TB-TRANSPORTS", "TB-SANTE", "TB-PORT"]
    assert directives[1].text.startswith("le Ministre de la Santé")
    assert str(directives[0].deadline) == "2026-05-15"
    assert directives[1].deadline is None


@pytest.mark.parametrize(
    "carried_out",
    [
        "Le Ministre des Transports veillera à l'exécution de cette mesure",
        "Le Ministre des Transports assure le suivi de cette décision",
    ],
)
def test_a_task_with_no_unit_given_to_the_unit_that_carries_it_out(carried_out):
    text = (
        "Mesure 7 : réhabiliter les quais de débarquement de Kéla, dont les travaux devront être achevés avant le 31 "
        f"août 2026. {carried_out}, avec l'appui du Port autonome de Tabarre ;\n\n"
        "Mesure 8 : le Ministre du Commerce et de la Consommation publie les prix chaque semaine.\n"
    )
    directives = decisions(text)
    assert leads(directives) == ["TB-TRANSPORTS", "TB-COMMERCE"]
    assert directives[0].text.startswith("réhabiliter")
    assert str(directives[0].deadline) == "2026-08-31"
    assert [d.code for d in directives[0].coordinating] == ["TB-PORT"]


_TOWN = [
    unit("BV-MAIRE", "Commune de Bellevaux-sur-Orne - Cabinet du Maire"),
    unit("BV-DGS", "Direction générale des services", "DGS"),
    unit("BV-ST", "Direction des services techniques municipaux"),
    unit("BV-FIN", "Service des finances"),
    unit("BV-SPORT", "Service des sports"),
]
_SITTING = (
    "COMMUNE DE BELLEVAUX-SUR-ORNE\nCOMPTE RENDU DE LA SÉANCE DU CONSEIL MUNICIPAL DU 8 JUIN 2026\n\n"
    "Le conseil municipal s'est réuni sous la présidence de M. Paul VERNET, Maire.\n\n"
)


def sitting(text):
    return directives_in(_SITTING + text, _TOWN, "fr", "2026-06-08")


@pytest.mark.parametrize(
    "vote", ["Adopté à l'unanimité.", "Adoptée par 19 voix pour et 3 contre.", "Approuvé à la majorité."]
)
def test_a_deliberations_vote_is_no_order(vote):
    text = (
        "Délibération n° 2026-031 - Gymnase municipal\n"
        "Le service des sports établira le planning d'occupation du gymnase avant le 1er septembre.\n"
        f"{vote}\n\n"
        "Délibération n° 2026-032 - Tarifs\n"
        "Le conseil municipal fixe les tarifs de la cantine.\n"
        f"{vote}\n"
    )
    directives = sitting(text)
    assert leads(directives) == ["BV-SPORT"]


@pytest.mark.parametrize("approves", ["approuve le projet de skatepark", "valide le plan de financement du skatepark"])
def test_the_council_approves_and_authorises_before_it_charges_the_mayor(approves):
    text = (
        "Délibération n° 2026-033 - Skatepark\n"
        f"Le conseil municipal, après en avoir délibéré, {approves}, autorise le Maire à signer le marché et charge "
        "le Maire de déposer les demandes de subvention avant le 15 juillet.\n"
        "Adopté à l'unanimité.\n"
    )
    directives = sitting(text)
    assert leads(directives) == ["BV-MAIRE"]
    assert directives[0].text.startswith("charge le Maire")
    assert str(directives[0].deadline) == "2026-07-15"


def test_the_technical_services_of_their_direction():
    text = (
        "Délibération n° 2026-034 - Voirie\n"
        "Les services techniques sont chargés de la réfection du chemin des Saules avant le 30 septembre.\n"
    )
    directives = sitting(text)
    assert leads(directives) == ["BV-ST"]


def test_a_plan_of_the_commune_and_a_document_annexed_as_references():
    text = (
        "Délibération n° 2026-035 - Sécurité civile\n"
        "Le conseil municipal charge la Direction générale des services de réviser le plan intercommunal de "
        "sauvegarde (PICS) avant la fin de l'année.\n"
        "Le conseil municipal charge le service des finances de régler les factures conformément à la convention "
        "annexée à la présente délibération.\n"
        "Le conseil municipal charge le service des sports de réviser un plan d'accueil des clubs de l'Union "
        "sportive (USB).\n"
    )
    directives = sitting(text)
    assert leads(directives) == ["BV-DGS", "BV-FIN", "BV-SPORT"]
    assert directives[0].references == ["plan intercommunal de sauvegarde (PICS)"]
    assert directives[1].references == ["convention annexée à la présente délibération"]
    assert directives[2].references == []  # (the acronym of the clubs' union, no plan's)


_PROVINCE = [
    unit("KP-GOUV", "Gouvernorat de la Province du Haut-Kivala - Cabinet du Gouverneur"),
    unit("KP-SEGP", "Secrétariat Exécutif du Gouvernement provincial"),
    unit("KP-FINANCES", "Ministère provincial des Finances, Économie et Portefeuille"),
    unit("KP-BUDGET", "Ministère provincial du Budget"),
    unit("KP-AGRI", "Ministère provincial de l'Agriculture, Pêche et Élevage"),
    unit("KP-MINES", "Ministère provincial des Mines et Hydrocarbures"),
    unit("KP-ASSEMBLEE", "Assemblée provinciale du Haut-Kivala"),
]
_MEETING = (
    "COMPTE RENDU DE LA RÉUNION HEBDOMADAIRE DU GOUVERNEMENT PROVINCIAL\n\n"
    "Le Gouvernement provincial s'est réuni ce vendredi 5 juin 2026 sous la présidence du Gouverneur.\n"
)


def meeting(text):
    return directives_in(_MEETING + text, _PROVINCE, "fr", "2026-06-05")


@pytest.mark.parametrize(("weekday", "due"), [("jeudi prochain", "2026-06-11"), ("mardi prochain", "2026-06-09")])
def test_the_conclusions_of_the_work_due_on_a_weekday(weekday, due):
    text = (
        "Le Gouverneur a instruit le Ministre provincial des Mines de réunir, dans les 48 heures, les exploitants "
        "artisanaux du site de Kamba. Les conclusions de cette rencontre devront lui parvenir au plus tard "
        f"{weekday}.\n"
    )
    directives = meeting(text)
    assert leads(directives) == ["KP-MINES"]
    assert str(directives[0].deadline) == due


@pytest.mark.parametrize("title", ["Ministre provincial des Finances", "Ministre des Finances"])
def test_the_portfolio_as_written_before_a_synonym(title):
    text = f"Le {title} est, pour sa part, chargé de payer les arriérés des agents endéans dix jours.\n"
    directives = meeting(text)
    assert leads(directives) == ["KP-FINANCES"]


@pytest.mark.parametrize("slip", ["Minstre", "Minsitre"])
def test_a_slip_in_the_ministers_title(slip):
    text = (
        f"Le Gouverneur a demandé au {slip} provincial de l'Agriculture de distribuer les semences aux coopératives "
        "d'ici la fin du mois.\n"
    )
    directives = meeting(text)
    assert leads(directives) == ["KP-AGRI"]


def test_an_edict_by_its_number_and_the_draft_edict_adopted_before():
    text = (
        "Le Gouvernement provincial a adopté le projet d'Édit portant création et fonctionnement du Fonds provincial "
        "de Développement agricole.\n"
        "Le Secrétariat Exécutif du Gouvernement provincial est chargé de le transmettre à l'Assemblée provinciale "
        "dans un délai de dix jours.\n"
        "Le Gouverneur a instruit le Ministre provincial du Budget de présenter le collectif budgétaire, conformément "
        "à l'Édit n° 007/2024 du 2 avril 2024 relatif aux finances provinciales.\n"
    )
    directives = meeting(text)
    assert leads(directives) == ["KP-SEGP", "KP-BUDGET"]
    assert directives[0].references == [
        "projet d'Édit portant création et fonctionnement du Fonds provincial de Développement agricole"
    ]
    assert directives[1].references[0].startswith("Édit n° 007/2024")


_COUNCIL = [
    unit("TB-EDUC", "Ministère de l'Éducation nationale"),
    unit("TB-POLICE", "Ministère de la Sécurité publique"),
    unit("TB-HABITAT", "Ministère de l'Habitat"),
    unit("TB-SGG", "Secrétariat général du Gouvernement", "SGG"),
]


@pytest.mark.parametrize("verb", ["instruit", "chargé", "a instruit"])
def test_a_second_request_verb_with_its_own_addressee(verb):
    text = (
        "COMPTE RENDU DU CONSEIL DES MINISTRES DU 10 JUIN 2026\n\n"
        "Le Ministre de l'Éducation nationale a informé le Conseil de l'organisation des examens. Le Président de la "
        f"République a demandé au Ministre de veiller à la régularité des épreuves et {verb} le Ministre de la "
        "Sécurité publique de sécuriser les centres d'examen.\n"
    )
    directives = directives_in(text, _COUNCIL, "fr", "2026-06-10")
    assert leads(directives) == ["TB-EDUC", "TB-POLICE"]
    assert directives[1].text.startswith(verb.split()[-1])


def test_a_law_numbered_by_its_letter():
    text = (
        "COMPTE RENDU DU CONSEIL DES MINISTRES DU 10 JUIN 2026\n\n"
        "Le Premier Ministre a demandé au Ministre de l'Habitat de transmettre au Secrétariat général du "
        "Gouvernement, avant le 30 juin, les décrets d'application de la Loi L/2024/017/AN portant Code de la "
        "construction.\n"
    )
    directives = directives_in(text, _COUNCIL, "fr", "2026-06-10")
    assert leads(directives) == ["TB-HABITAT"]
    assert directives[0].references == ["Loi L/2024/017/AN portant Code de la construction"]
