"""Orders in the forms a thirty-sixth batch of French texts written blind showed: a record of decisions whose table of
actions was flattened to one line a row, its cells parted by single spaces ("N° Action Pilote Échéance", then "3
Contrôler ... OFB / DDT fin août"), read with the heading's words in their other forms ("Responsable(s)", "Porteur",
"Délai de réalisation", "Action à mener"): the pilot cell after the action's last words (not a unit the action
governs, "à la signature du préfet"), a service written after its office ("Préfecture – Bureau X", "Mairie (cabinet)"),
a row already done that gives no order, due cells without a year, by quarter or half-year ("T3 2026", "2e semestre
2026"); a list's label addressed to its unit with the unit it works with ("Au Ministère X, en collaboration avec le
Ministère Y :"); a delay in compound number words ("quarante-cinq (45) jours"); the acts and plans an order cites: an
order by its number after its kind and matter ("l'arrêté préfectoral de police n° ..."), a law numbered by its year
("Loi n°24/017"), the title of an act after "portant", a programme named with its period, a plan by its acronym. Texts
and directories written for these tests."""

import pytest

from tests.extraction.conftest import directives_in, leads, unit

UNITS = [
    unit("LR-PREF", "Préfecture du Lorbanais – Secrétariat général"),
    unit("LR-CAB", "Cabinet du préfet du Lorbanais"),
    unit("LR-SIDPC", "Préfecture du Lorbanais – Service interministériel de défense et de protection civiles", "SIDPC"),
    unit("LR-DDTM", "Direction départementale des territoires et de la mer du Lorbanais", "DDTM"),
    unit("LR-DDPP", "Direction départementale de la protection des populations du Lorbanais", "DDPP"),
    unit("LR-ARS", "Agence régionale de santé – Délégation départementale du Lorbanais", "DD ARS"),
    unit("LR-SDIS", "Service départemental d'incendie et de secours du Lorbanais", "SDIS"),
    unit("LR-CD", "Conseil départemental du Lorbanais"),
    unit("LR-CMA", "Chambre de métiers et de l'artisanat du Lorbanais"),
]

_RECORD = (
    "PRÉFET DU LORBANAIS\n\n"
    "Cellule de veille « Canicule »\n"
    "Relevé de décisions – réunion du jeudi 4 juin 2026\n\n"
    "Participants : SIDPC, DDTM, DDPP, DD ARS, SDIS, Conseil départemental.\n\n"
    "Le SIDPC présente la situation météorologique et les prévisions de Météo-France.\n\n"
)


def record(table, units=UNITS):
    return directives_in(_RECORD + table + "\nProchaine réunion : jeudi 18 juin 2026.\n", units, "fr", "2026-06-04")


@pytest.mark.parametrize(
    "heading",
    [
        "N° Action Responsable Délai",
        "N° Action à mener Pilote(s) Échéance(s)",
        "N° Actions Porteur Délai de réalisation",
        "N° Action Responsable(s) Date butoir",
    ],
)
def test_a_table_on_one_line_a_row_under_the_headings_other_words(heading):
    table = (
        f"{heading}\n"
        "1 Recenser les établissements accueillant des personnes fragiles et vérifier leurs plans bleus DD ARS 12/06\n"
        "2 Contrôler le respect des arrêtés de restriction dans les campings DDPP / DDTM fin juillet\n"
        "3 Dresser le bilan de la saison estivale SIDPC T3 2026\n"
    )
    directives = record(table)
    assert leads(directives) == ["LR-ARS", "LR-DDPP", "LR-SIDPC"]
    assert [[d.code for d in x.coordinating] for x in directives] == [[], ["LR-DDTM"], []]
    assert [str(d.deadline) for d in directives] == ["2026-06-12", "2026-07-31", "2026-09-30"]


def test_the_pilot_cell_is_not_a_unit_the_action_governs():
    table = (
        "N° Action Pilote Échéance\n"
        "1 Préparer l'arrêté de fermeture des parcs et le transmettre pour visa au SDIS DDTM (SER) 09/06/2026\n"
        "2 Actualiser la liste des points d'eau avec le Conseil départemental SDIS 2e semestre 2026\n"
    )
    directives = record(table)
    assert leads(directives) == ["LR-DDTM", "LR-SDIS"]
    assert [x.coordinating for x in directives] == [[], []]
    assert [str(d.deadline) for d in directives] == ["2026-06-09", "2026-12-31"]


def test_a_service_written_after_its_office():
    table = (
        "N° Action Pilote Échéance\n"
        "1 Publier le communiqué de vigilance sur les réseaux sociaux Préfecture – SIDPC 5 juin\n"
        "2 Relayer les consignes auprès des maires et des associations Préfecture (cabinet) / Conseil départemental "
        "en continu\n"
        "3 Réunir les artisans du bâtiment sur les horaires de chantier Chambre de métiers et de l'artisanat 1er "
        "semestre 2027\n"
    )
    directives = record(table)
    assert leads(directives) == ["LR-SIDPC", "LR-CAB", "LR-CMA"]
    assert [[d.code for d in x.coordinating] for x in directives] == [[], ["LR-CD"], []]
    assert [str(d.deadline) for d in directives] == ["2026-06-05", "None", "2027-06-30"]


@pytest.mark.parametrize("done", ["réalisé le 2/06", "fait", "soldée"])
def test_a_row_already_done_gives_no_order(done):
    table = (
        "N° Action Pilote Échéance\n"
        "1 Activer le numéro vert canicule DD ARS 8 juin\n"
        f"2 Note aux maires sur les fontaines publiques DDPP {done}\n"
        "3 Ouvrir des salles rafraîchies dans les communes de plus de 5 000 habitants SIDPC 15 juin\n"
    )
    directives = record(table)
    assert leads(directives) == ["LR-ARS", "LR-SIDPC"]


_COUNCIL = "COMMUNIQUE DU CONSEIL INTERMINISTERIEL DU MARDI 9 JUIN 2026\n\n"
_MINISTRIES = [
    unit("BA-MTP", "Ministère des Travaux publics et des Transports", "MTP"),
    unit("BA-MFP", "Ministère des Finances et du Plan", "MFP"),
    unit("BA-MSP", "Ministère de la Santé publique", "MSP"),
    unit("BA-MIN", "Ministère de l'Intérieur et de la Protection civile", "MIPC"),
    unit("BA-SGG", "Secrétariat général du Gouvernement", "SGG"),
]


def council(text):
    return directives_in(_COUNCIL + text, _MINISTRIES, "fr", "2026-06-09")


@pytest.mark.parametrize("partner", ["en collaboration avec", "en liaison avec", "avec l'appui du"])
def test_a_label_addressed_to_its_unit_names_its_partner(partner):
    text = (
        "Le Conseil interministériel a formulé les recommandations suivantes :\n\n"
        f"1. Au Ministère des Travaux publics et des Transports, {partner} Ministère des Finances et du Plan : "
        "lancer l'appel d'offres pour la réfection du pont de Kessa avant le 31 août 2026 ;\n\n"
        "2. Au Ministère de la Santé publique : renforcer la surveillance épidémiologique dans les districts "
        "frontaliers.\n"
    )
    directives = council(text)
    assert leads(directives) == ["BA-MTP", "BA-MSP"]
    assert [[d.code for d in x.coordinating] for x in directives] == [["BA-MFP"], []]


@pytest.mark.parametrize(
    ("delay", "due"),
    [("quarante (40) jours", "2026-07-19"), ("cinquante jours", "2026-07-29"), ("quatorze jours", "2026-06-23")],
)
def test_a_delay_in_compound_number_words(delay, due):
    text = (
        "Le Premier Ministre a demandé au Ministre de la Santé publique de lui présenter, dans un délai de "
        f"{delay}, un plan de prévention du paludisme.\n"
    )
    directives = council(text)
    assert leads(directives) == ["BA-MSP"]
    assert str(directives[0].deadline) == due


@pytest.mark.parametrize(
    ("cited", "reference"),
    [
        ("l'arrêté préfectoral de police n° 2026-DDPP-118", "arrêté préfectoral de police n° 2026-DDPP-118"),
        ("l'arrêté n° 2025/114 du 3 mars 2025", "arrêté n° 2025/114 du 3 mars 2025"),
        (
            "la Loi n°24/017 du 2 juillet 2024 portant Code de la santé publique",
            "Loi n°24/017 du 2 juillet 2024 portant Code de la santé publique",
        ),
        (
            "le décret n° 2025-1402 portant création, organisation et fonctionnement de l'Agence des routes",
            "décret n° 2025-1402 portant création, organisation et fonctionnement de l'Agence des routes",
        ),
        (
            "le Programme national de lutte contre le paludisme 2026-2030",
            "Programme national de lutte contre le paludisme 2026-2030",
        ),
        ("les plans POLMAR départementaux", "plans POLMAR départementaux"),
    ],
)
def test_the_act_or_plan_an_order_cites(cited, reference):
    text = (
        "Le Premier Ministre a demandé au Ministre de l'Intérieur et de la Protection civile de mettre en oeuvre "
        f"sans délai les mesures prévues par {cited}, et de lui en rendre compte.\n"
    )
    directives = council(text)
    assert leads(directives) == ["BA-MIN"]
    assert directives[0].references == [reference]
