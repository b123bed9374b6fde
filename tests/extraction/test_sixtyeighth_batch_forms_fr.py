"""Orders in the forms a sixty-eighth batch of French texts written blind showed: a government's relevé des décisions
whose rows carry their state in brackets ("Décision n°1 (en cours) :"), a company in brackets after the minister
responsible, a partner named in the action's own words ("en liaison avec le Ministère de X") over its "Responsable :"
line; a council's communiqué with "le Ministre X est-il instruit de" after "Aussi", its report-back by "Un point de
... sera fait en Conseil au plus tard le ..." or "Le ministre fera le point ... dans un délai de ..."; a prefect's
letter with "Vous m'adresserez ...", a time kept after each event ("dans les 48 heures suivant chaque
signalement"); an act cited by its kind and day ("l'article 3 de l'arrêté préfectoral du ...") and a plan with the
day it was adopted. Texts and directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("TB-MEN", "Ministère de l'Energie (Tambaro)", "Ministre de l'Energie"),
    unit("TB-SNE", "Société nationale d'électricité (Tambaro)", "SNE"),
    unit("TB-MFP", "Ministère des Finances et du Plan (Tambaro)", "Ministre des Finances et du Plan"),
    unit("TB-MTP", "Ministère des Travaux publics (Tambaro)", "Ministre des Travaux publics"),
    unit("TB-MCOM", "Ministère du Commerce (Tambaro)", "Ministre du Commerce"),
    unit("TB-MSAN", "Ministère de la Santé (Tambaro)", "ministre de la Santé", "Ministre de la Santé"),
    unit(
        "VD-DDT",
        "Direction départementale des territoires – Val-Dormant",
        "DDT",
        "directeur départemental des territoires",
    ),
]


def found_in(text, meeting):
    return directives_in(text, DIRECTORY, "fr", meeting)


RELEVE = (
    "RELEVÉ DES DÉCISIONS\nRéunion du Gouvernement du jeudi 7 mai 2026\n\n"
    "Décision n°2 (non exécutée) : Réhabiliter les postes de transformation des quartiers nord.\n"
    "Responsable : Ministre de l'Energie (SNE)\n"
    "Délai : 30 juin 2026\n\n"
    "Décision n°3 : Apurer les factures d'électricité des bâtiments publics, en liaison avec le Ministère de "
    "l'Energie.\n"
    "Responsable : Ministre des Finances et du Plan\n"
    "Délai : 31 mai 2026\n"
)


def test_a_releve_row_with_its_state_in_brackets_is_an_order_of_its_responsible_unit():
    found = found_in(RELEVE, "2026-05-07")
    assert [d.text.split("\n")[0] for d in found][:1] == [
        "Réhabiliter les postes de transformation des quartiers nord."
    ]
    assert leads(found[:1]) == ["TB-MEN"]
    assert str(found[0].deadline) == "2026-06-30"


def test_a_company_in_brackets_after_the_minister_responsible_is_no_helper():
    text = (
        "Décision n°4 : Publier le calendrier des coupes programmées par quartier.\n"
        "Responsable : Ministre de l'Energie (SNE)\n"
        "Délai : 15 mai 2026\n"
    )
    found = found_in(text, "2026-05-07")
    assert leads(found) == ["TB-MEN"]
    assert [c.code for c in found[0].coordinating] == []


def test_a_partner_in_the_actions_own_words_coordinates_with_the_responsible_unit():
    found = found_in(RELEVE, "2026-05-07")
    assert leads(found[-1:]) == ["TB-MFP"]
    assert [c.code for c in found[-1].coordinating] == ["TB-MEN"]


def test_the_minister_est_il_instruit_after_aussi_is_an_order():
    text = (
        "Des ruptures de stock ont été relevées dans plusieurs villes.\n"
        "Aussi, le Ministre du Commerce est-il instruit de publier chaque semaine les prix de référence du riz et "
        "de l'huile jusqu'au 30 juin 2026."
    )
    found = found_in(text, "2026-05-07")
    assert [d.text[:30] for d in found] == ["Aussi, le Ministre du Commerce"]
    assert leads(found) == ["TB-MCOM"]


def test_an_account_of_the_matter_to_be_made_in_council_dates_the_order_before():
    text = (
        "Le Président a instruit le Ministre des Travaux publics de faire réparer le pont de Kalé avant la saison "
        "des pluies. Un point de l'avancée du chantier sera fait en Conseil des Ministres au plus tard le 10 juin "
        "2026."
    )
    found = found_in(text, "2026-05-07")
    assert leads(found) == ["TB-MTP"]
    assert str(found[0].deadline) == "2026-06-10"
    assert found[0].text.endswith("10 juin 2026.") or found[0].text.endswith("10 juin 2026")


def test_the_minister_again_giving_his_account_within_a_delay_belongs_to_the_order():
    text = (
        "Le Conseil a instruit le ministre de la Santé de renforcer la surveillance du paludisme dans les districts "
        "du sud. Le ministre fera le point de la mise en œuvre au Conseil dans un délai de quinze jours."
    )
    found = found_in(text, "2026-05-07")
    assert len(found) == 1
    assert leads(found) == ["TB-MSAN"]
    assert str(found[0].deadline) == "2026-05-22"


def test_a_letters_addressees_told_to_send_their_report_in_the_future_is_an_order():
    text = (
        "Je vous remercie de votre engagement.\n\n"
        "Vous m'adresserez, chacun en ce qui le concerne, un relevé des contrôles effectués au plus tard le "
        "30 septembre 2026."
    )
    found = found_in(text, "2026-05-07")
    assert [d.text[:20] for d in found] == ["Vous m'adresserez, c"]
    assert str(found[0].deadline) == "2026-09-30"


def test_a_time_kept_after_each_event_is_no_deadline():
    text = (
        "La DDT organisera, dans les 72 heures suivant chaque alerte de crue, une visite des digues en lien avec "
        "les communes."
    )
    found = found_in(text, "2026-05-07")
    assert leads(found) == ["VD-DDT"]
    assert found[0].deadline is None


def test_an_article_of_an_act_cited_by_its_kind_and_day_is_a_reference():
    text = (
        "En application de l'article 4 de l'arrêté municipal du 3 février 2026, je demande au directeur "
        "départemental des territoires de contrôler les chantiers avant le 15 juin."
    )
    found = found_in(text, "2026-05-07")
    assert found[0].references == ["article 4 de l'arrêté municipal du 3 février 2026"]


def test_a_plan_named_with_the_day_it_was_adopted_is_one_reference():
    text = (
        "Le Conseil a instruit le Ministre des Travaux publics d'engager les travaux, conformément au Plan "
        "d'entretien routier 2026-2028 adopté le 2 avril 2026, avant le 31 juillet 2026."
    )
    found = found_in(text, "2026-05-07")
    assert found[0].references == ["Plan d'entretien routier 2026-2028 adopté le 2 avril 2026"]
