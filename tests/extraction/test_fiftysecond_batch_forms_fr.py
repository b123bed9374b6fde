"""Orders in the forms a fifty-second batch of French texts written blind showed: a ministry's record of decisions
whose numbered decisions carry a title on their number's line ("Décision n° 2 : Parc automobile"), the task on the
lines under it with its "Responsable :" and "Délai :" lines (the title no order, nor a bare "Approuvé."), a "Délai :"
line that counts working days from the meeting; a newspaper's report of a prefect's meeting, a deadline "d'ici là"
that points back to the next meeting the sentence before dates ("Une nouvelle réunion se tiendra le ..."), an
appeal to private parties to show an attitude in quotes ("à « faire preuve de ... »") no order, and the prefect
named in full once ("le préfet de X"), then by his bare title ("au préfet"). Texts and directories written for these
tests."""

from tests.extraction.conftest import directives_in, leads, unit

MINISTRY = [
    unit("MT-SG", "Secrétariat général du Ministère des Transports", "SG"),
    unit("MT-DAG", "Direction de l'Administration générale", "DAG"),
    unit("MT-DSR", "Direction de la Sécurité routière", "DSR"),
    unit("MT-CJ", "Cellule juridique", "CJ"),
]
COUNTY = [
    unit("LZ-PREF", "Préfecture du Lozac", "Préfecture", "Préfet du Lozac"),
    unit("LZ-DDT", "Direction départementale des territoires du Lozac", "DDT"),
    unit("LZ-CMA", "Chambre de métiers du Lozac", "Chambre de métiers"),
]

RECORD = (
    "RELEVÉ DE DÉCISIONS\n"
    "Réunion de cabinet du mardi 7 avril 2026\n\n"
    "DÉCISIONS ARRÊTÉES\n\n"
    "Décision n° 1 : Parc automobile du Ministère\n"
    "Recenser les véhicules hors d'usage et proposer leur réforme.\n"
    "Responsable : DAG\n"
    "Délai : 30/04/2026\n\n"
    "Décision n° 2 : Campagne de prévention de Pâques\n"
    "Lancer les messages radio sur les axes les plus accidentogènes.\n"
    "Responsable : DSR\n"
    "Délai : 15/04/2026\n\n"
    "Décision n° 3 : Règlement intérieur des services\n"
    "Approuvé.\n\n"
    "Décision n° 4 : Textes d'application du code de la route\n"
    "Préparer les projets d'arrêtés relatifs au permis à points.\n"
    "Responsable : CJ\n"
    "Délai : 10 jours ouvrables\n"
)


def ministry(text, meeting="2026-04-07"):
    return directives_in(text, MINISTRY, "fr", meeting)


def county(text, meeting="2026-01-19"):
    return directives_in(text, COUNTY, "fr", meeting)


def test_a_decision_s_title_on_its_number_s_line_is_no_order():
    found = ministry(RECORD)
    assert leads(found) == ["MT-DAG", "MT-DSR", "MT-CJ"]
    assert [d.text.split("\n")[0] for d in found] == [
        "Recenser les véhicules hors d'usage et proposer leur réforme.",
        "Lancer les messages radio sur les axes les plus accidentogènes.",
        "Préparer les projets d'arrêtés relatifs au permis à points.",
    ]


def test_a_delay_line_that_counts_working_days():
    found = [d for d in ministry(RECORD) if d.lead is not None and d.lead.code == "MT-CJ"]
    # ten working days from Tuesday 7 April 2026: Tuesday 21 April
    assert [str(d.deadline) for d in found] == ["2026-04-21"]


def test_by_then_after_the_next_meeting_s_date():
    text = (
        "Le point de situation s'est tenu lundi en préfecture. Une nouvelle réunion se tiendra le 9 février. "
        "D'ici là, la DDT devra dresser la liste des ouvrages endommagés, a précisé la préfecture.\n"
    )
    found = county(text)
    assert leads(found) == ["LZ-DDT"]
    assert str(found[0].deadline) == "2026-02-09"


def test_an_attitude_asked_in_quotes_is_no_order():
    text = (
        "La DDT devra remettre l'inventaire des dégâts avant le 30 janvier.\n"
        "La préfète a aussi appelé les banques à « faire preuve de compréhension » envers les artisans touchés.\n"
    )
    found = county(text)
    assert leads(found) == ["LZ-DDT"]


def test_the_prefect_by_his_bare_title_after_his_full_one():
    text = (
        "Le préfet du Lozac, Jean-Marc Tessier, a reçu mardi les artisans sinistrés. La ministre du Commerce a "
        "demandé au préfet de lui adresser un état des aides versées avant le 15 février.\n"
    )
    found = county(text)
    assert leads(found) == ["LZ-PREF"]
    assert str(found[0].deadline) == "2026-02-15"
