"""Orders in the forms a twenty-ninth batch of French texts written blind showed: a minister named again by his
surname alone ("Le Ministre Dupuis est chargé ...") after the text gave his name with his portfolio; a passive
order past an aside with no commas ("est quant à lui invité à"); a request's linking adverb with no commas ("charge
en outre l'Inspection de ..."); a report due "à l'issue du premier semestre", at the close of a work given in
steps ("premier lot ..., généralisation fin juin"), "dans les quarante-huit heures", "d'ici lundi", "avant
demain"; a prefect's letter that names the sous-préfète for her sous-préfecture, a national body's local agency
by the body's name, the prefecture's bureau alone, the DASEN for the DSDEN, "mon directeur de cabinet", and goes
on with a task added by "Elle ... également" or "En lien avec X, il ..." (not with the means of the same order,
"Il s'appuiera sur ..."); a meeting announced ("se réunira") and what a participant says will happen ("souligne
que ... conditionnera") are no orders. Texts and directory written for these tests."""

import pytest

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    # a regional government, its ministers by portfolio
    unit("VR-MP", "Ministre-Président du Gouvernement de Val-Rance, en charge des Finances", "Ministre-Président"),
    unit("VR-AGRI", "Ministre de l'Agriculture, de la Ruralité et des Forêts"),
    unit("VR-ENS", "Ministre de l'Enseignement, de la Jeunesse et des Sports"),
    unit("VR-TRAV", "Ministre des Travaux publics et de la Mobilité"),
    unit("VR-IB", "Inspection du budget"),
    unit("VR-ORF", "Office rançais de la Forêt", "ORF"),
    # a prefecture's services
    unit("PM-SPNO", "Sous-préfecture de Vireux-sur-Meuse"),
    unit("PM-SPLA", "Sous-préfecture de Lantenay"),
    unit("PM-CAB", "Cabinet du préfet de la Meusière", "Cabinet du préfet"),
    unit("PM-BCOM", "Préfecture de la Meusière – Bureau de la représentation de l'État"),
    unit("PM-OFB", "Office français de la biodiversité – Agence départementale de la Meusière", "OFB"),
    unit("PM-ARS", "Agence régionale de santé – Délégation départementale de la Meusière", "DD ARS"),
    unit("PM-DSDEN", "Direction des services départementaux de l'éducation nationale de la Meusière", "DSDEN"),
    unit("PM-CD", "Conseil départemental de la Meusière"),
    unit("PM-DDPP", "Direction départementale de la protection des populations de la Meusière", "DDPP"),
    unit("PM-SDIS", "Service départemental d'incendie et de secours de la Meusière", "SDIS"),
    unit("PM-GGD", "Groupement de gendarmerie départementale de la Meusière", "GGD"),
    # a département's directions
    unit("DV-DRH", "Direction des ressources humaines", "DRH"),
    unit("DV-DSI", "Direction des systèmes d'information", "DSI"),
    unit("DV-DGAR", "Direction générale adjointe Ressources", "DGA Ressources"),
]


def run(text, meeting="2026-03-11"):
    return directives_in(text, DIRECTORY, "fr", meeting)


_GOVERNMENT = (
    "GOUVERNEMENT DE VAL-RANCE\n\nSéance du mercredi 11 mars 2026\n\n"
    "1. Forêts\n\n"
    "Sur proposition du Ministre de l'Agriculture, de la Ruralité et des Forêts, Pierre Dupuis, le Gouvernement a "
    "approuvé le plan de reboisement.\n\n"
    "2. Écoles\n\n"
    "Sur proposition de la Ministre de l'Enseignement, de la Jeunesse et des Sports, Claire Moreau, le Gouvernement "
    "a adopté le programme de rénovation des écoles.\n\n"
    "3. Routes\n\n"
    "Marc Lenoir, Ministre des Travaux publics et de la Mobilité, a présenté l'état des routes régionales.\n\n"
)


@pytest.mark.parametrize(
    ("order", "lead"),
    [
        ("Le Ministre Dupuis est chargé de notifier les subventions aux communes forestières.", "VR-AGRI"),
        ("La Ministre Moreau est chargée de lancer l'appel à projets avant le 30 avril.", "VR-ENS"),
        ("Le Gouvernement charge le Ministre Lenoir de préparer le cahier des charges des travaux.", "VR-TRAV"),
        ("La ministre Moreau veillera à la publication des résultats.", "VR-ENS"),
    ],
)
def test_a_minister_named_again_by_his_surname_is_his_portfolio(order, lead):
    directives = run(_GOVERNMENT + order + "\n")
    assert leads(directives) == [lead]


def test_two_ministers_by_surname_and_title_lead_and_coordinate():
    directives = run(_GOVERNMENT + "Le Ministre Lenoir et la Ministre Moreau sont chargés d'en évaluer le coût.\n")
    assert leads(directives) == ["VR-TRAV"]
    assert [d.code for d in directives[0].coordinating] == ["VR-ENS"]


@pytest.mark.parametrize(
    "order",
    [
        "L'Inspection du budget est quant à lui invitée à préparer un rapport sur les reports de crédits.",
        "L'Office rançais de la Forêt (ORF) est quant à lui invité à préparer la carte des coupes.",
        "L'ORF est pour sa part invité à préparer la carte des coupes.",
        "L'ORF est, quant à lui, invité à préparer la carte des coupes.",
    ],
)
def test_a_passive_order_past_an_aside_keeps_its_subject(order):
    lead = "VR-IB" if "Inspection" in order else "VR-ORF"
    assert leads(run("Le Gouvernement a adopté le plan forestier. " + order + "\n")) == [lead]


@pytest.mark.parametrize("adverb", ["en outre", "par ailleurs"])
def test_a_linking_adverb_with_no_commas_before_the_addressee(adverb):
    text = f"Le Gouvernement charge {adverb} l'Inspection du budget de dresser la liste des engagements.\n"
    assert leads(run(text)) == ["VR-IB"]


@pytest.mark.parametrize(
    ("report", "due"),
    [
        ("Un rapport sera présenté au Gouvernement à l'issue du premier semestre 2027.", "2027-06-30"),
        ("Ce bilan lui sera remis à l'issue du second semestre.", "2026-12-31"),
    ],
)
def test_a_report_due_at_the_close_of_a_half_year(report, due):
    text = "L'ORF est chargé de recenser les parcelles sinistrées. " + report + "\n"
    directives = run(text)
    assert len(directives) == 1
    assert str(directives[0].deadline) == due


_ACTIONS = "RELEVÉ DES ACTIONS\n\n"


@pytest.mark.parametrize(
    ("due", "date"),
    [
        ("Échéance : premier lot (services centraux et directions territoriales) sous dix jours, "
         "généralisation fin mai 2026.", "2026-05-31"),
        ("Échéance : point d'étape le 10 avril, clôture de la campagne le 30 juin.", "2026-06-30"),
        ("Échéance : première vague au 15 avril, généralisation à la fin du mois de septembre.", "2026-09-30"),
    ],
)  # fmt: skip
def test_a_due_label_with_steps_gives_the_last(due, date):
    text = _ACTIONS + f"Action 2 – Renouveler les postes de travail des agents. Pilote : DSI. {due}\n"
    directives = run(text)
    assert str(directives[0].deadline) == date


_LETTER = (
    "PRÉFET DE LA MEUSIÈRE\n\nCharleville-sur-Meuse, le 11 mars 2026\n\n"
    "Le préfet de la Meusière\n\nà\n\nMadame la sous-préfète de Vireux-sur-Meuse\n"
    "Monsieur le sous-préfet de Lantenay\n\n"
    "Objet : épisode de pollution de l'air\n\n"
    "J'ai réuni ce matin le comité départemental. Je vous demande de mettre en œuvre les mesures suivantes.\n\n"
)


@pytest.mark.parametrize(
    ("order", "date"),
    [
        ("La direction départementale de la protection des populations me transmettra, dans les quarante-huit "
         "heures, la liste des établissements contrôlés.", "2026-03-13"),
        ("Le SDIS me remettra dans les vingt-quatre heures un état des moyens engagés.", "2026-03-12"),
        ("Le SDIS me rendra compte d'ici vendredi des moyens engagés.", "2026-03-13"),
        ("Le SDIS me rendra compte d'ici lundi des moyens engagés.", "2026-03-16"),
        ("Le SDIS me transmettra avant demain midi un état des moyens engagés.", "2026-03-12"),
        ("Le SDIS me transmettra un état des moyens engagés d'ici demain.", "2026-03-12"),
    ],
)  # fmt: skip
def test_a_letter_counts_hours_and_days_from_its_date(order, date):
    directives = run(_LETTER + order + "\n")
    assert len(directives) == 1
    assert str(directives[0].deadline) == date


@pytest.mark.parametrize(
    ("order", "lead", "partners"),
    [
        ("Madame la sous-préfète de Vireux-sur-Meuse réunira les maires de son arrondissement.", "PM-SPNO", []),
        ("Monsieur le sous-préfet de Lantenay et Madame la sous-préfète de Vireux-sur-Meuse veilleront à "
         "l'information des maires.", "PM-SPLA", ["PM-SPNO"]),
        ("L'Office français de la biodiversité renforcera ses contrôles sur les cours d'eau.", "PM-OFB", []),
        ("Le bureau de la représentation de l'État relaiera les messages de prévention.", "PM-BCOM", []),
        ("Le directeur académique des services de l'éducation nationale adressera les consignes aux écoles.",
         "PM-DSDEN", []),
        ("La directrice académique des services de l'éducation nationale informera les chefs d'établissement.",
         "PM-DSDEN", []),
    ],
)  # fmt: skip
def test_a_prefects_letter_names_its_services_by_their_heads_and_short_names(order, lead, partners):
    directives = run(_LETTER + order + "\n")
    assert leads(directives) == [lead]
    assert [d.code for d in directives[0].coordinating] == partners


@pytest.mark.parametrize(
    ("then", "partners"),
    [
        ("Elle veillera également, en lien avec le conseil départemental, à l'information des familles.", ["PM-CD"]),
        ("En lien avec le groupement de gendarmerie départementale, elle contrôlera les sites sensibles.",
         ["PM-GGD"]),
        ("Elle organisera en outre une réunion des gestionnaires d'établissements.", []),
    ],
)  # fmt: skip
def test_a_pronoun_after_an_order_goes_on_with_its_unit(then, partners):
    text = _LETTER + "La délégation départementale de l'ARS me transmettra chaque matin un bilan sanitaire. " + then
    directives = run(text + "\n")
    assert leads(directives) == ["PM-ARS", "PM-ARS"]
    assert [d.code for d in directives[1].coordinating] == partners


@pytest.mark.parametrize(
    "order",
    [
        "Pour l'arrondissement de Charleville, mon directeur de cabinet coordonnera les contrôles.",
        "Mon directeur de cabinet coordonnera les contrôles dans l'arrondissement chef-lieu.",
        "Pour les communes de l'agglomération, mon directeur de cabinet réunira les maires.",
    ],
)
def test_the_writers_own_head_of_cabinet_is_his_cabinet(order):
    assert leads(run(_LETTER + order + "\n")) == ["PM-CAB"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le SDIS et la gendarmerie se réuniront lundi à 10 heures pour faire le point.",
        "La cellule de veille se réunira chaque jour à 9 heures en préfecture.",
        "Les services de l'État se réuniront vendredi en format restreint.",
    ],
)
def test_a_meeting_announced_is_no_order(sentence):
    assert run(_LETTER + sentence + "\n") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Le DGA Ressources souligne que la charge de travail conditionnera le calendrier.",
        "La DRH estime que la réforme nécessitera des recrutements.",
        "La DSI rappelle que la migration interrompra le service pendant deux jours.",
    ],
)
def test_what_a_participant_says_will_happen_is_no_order(sentence):
    text = "COMPTE RENDU DU COMITÉ DE DIRECTION\n\nSéance du mercredi 11 mars 2026\n\n3. Informatique\n\n" + sentence
    assert run(text + "\n") == []


@pytest.mark.parametrize(
    "then",
    [
        "Elle s'appuiera pour cela sur les laboratoires agréés.",
        "Il s'appuiera à cette fin sur les services des communes.",
    ],
)
def test_a_pronoun_that_adds_no_task_stays_with_the_order(then):
    text = _LETTER + "La délégation départementale de l'ARS me transmettra chaque matin un bilan sanitaire. " + then
    assert leads(run(text + "\n")) == ["PM-ARS"]
