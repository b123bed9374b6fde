"""Orders in the forms a forty-fourth batch of French texts written blind showed: a steering committee's plan of
actions whose table was flattened one row to a line, its cells after dashes with their labels ("Action 2 : ... —
Pilote : X — Partenaires : Y — Échéance : ...", the next committee that "se réunira le" a date); a decision's
frame with an adverb inside ("Il est par ailleurs convenu que X transmettra ..."); a record's roll call unit by unit
under its heading ("Participants :\nDDT : M. X, Mme Y"), no order; a council's order to a minister and to others in
an aside ("lui a demandé, ainsi qu'aux Préfets des régions concernées, de ..."), who help. Texts and directories
written for these tests."""

from tests.extraction.conftest import codes, directives_in, leads, unit

DEPARTMENT = [
    unit("LB-PREF", "Préfecture de la Loire-Basse - secrétariat général", "secrétaire général"),
    unit("LB-DDPP", "Direction départementale de la protection des populations", "DDPP"),
    unit("LB-DREAL", "Direction régionale de l'environnement, de l'aménagement et du logement", "DREAL"),
    unit("LB-OFB", "Office français de la biodiversité", "OFB"),
    unit("LB-CHAMBRE", "Chambre d'agriculture de la Loire-Basse", "chambre d'agriculture"),
    unit("LB-SDIS", "Service départemental d'incendie et de secours", "SDIS"),
    unit("LB-METRO", "Communauté urbaine de Vernoux", "Vernoux Métropole"),
]


def run(text, meeting="2026-10-02"):
    return directives_in(text, DEPARTMENT, "fr", meeting)


def test_a_plan_s_row_flattened_to_one_line_its_cells_after_dashes():
    text = (
        "COMITÉ DE PILOTAGE « ZONES HUMIDES »\nRelevé de conclusions du 2 octobre 2026\n\n"
        "3. Feuille de route 2027\n"
        "Action 1 : Cartographier les mares temporaires du plateau — Pilote : OFB — Partenaires : DREAL, "
        "chambre d'agriculture — Échéance : fin février 2027\n"
        "Action 2 : Contrôler les élevages riverains du marais — Copilotes : DDPP, OFB — Échéance : 2e trimestre 2027\n"
        "Action 3 : Réviser le plan de prévention des feux de tourbe — Pilote : à désigner — Échéance : 1er semestre "
        "2027\n"
        "Action 4 : Informer les communes riveraines du nouveau zonage — Pilote : Vernoux Métropole — Échéance : "
        "prochain comité\n\n"
        "4. Prochaine réunion\nLe prochain comité se réunira le mardi 9 mars 2027 en préfecture.\n"
    )
    found = run(text)
    assert leads(found) == ["LB-OFB", "LB-DDPP", None, "LB-METRO"]
    assert [codes(d.coordinating) for d in found] == [["LB-DREAL", "LB-CHAMBRE"], ["LB-OFB"], [], []]
    assert [str(d.deadline) for d in found] == ["2027-02-28", "2027-06-30", "2027-06-30", "2027-03-09"]
    assert found[0].text.startswith("Action 1 : Cartographier")
    assert found[0].text.endswith("fin février 2027")


def test_a_decision_s_frame_with_an_adverb_inside_names_who_acts():
    text = (
        "COMITÉ DÉPARTEMENTAL DE L'EAU\nRelevé de conclusions de la réunion du 2 octobre 2026\n\n"
        "La DREAL présente l'état des nappes à la sortie de l'été, toujours sous les moyennes de saison.\n"
        "Il est en outre convenu que l'OFB communiquera à la DDPP, sous trois semaines, le relevé des contrôles "
        "menés dans les élevages riverains.\n"
        "Il a par ailleurs été décidé que Vernoux Métropole publiera avant le 15 décembre 2026 la carte des "
        "captages protégés.\n"
    )
    found = run(text)
    assert leads(found) == ["LB-OFB", "LB-METRO"]
    assert [str(d.deadline) for d in found] == ["2026-10-23", "2026-12-15"]


def test_a_record_s_roll_call_unit_by_unit_under_its_heading_gives_no_order():
    text = (
        "PRÉFECTURE DE LA LOIRE-BASSE\nDirection départementale de la protection des populations\n\n"
        "COMPTE RENDU DE RÉUNION\nCellule départementale de veille sanitaire des élevages\n"
        "Mardi 2 octobre 2026 – Préfecture de Vernoux, salle des commissions\n\n"
        "Présidence : Mme Hélène MARCHAND, secrétaire général de la préfecture\n"
        "Participants :\n"
        "DDPP : M. ROUSSEL (chef du service santé animale), Mme NGUYEN\n"
        "DREAL – unité départementale : M. FAURE\n"
        "Chambre d'agriculture : service élevage et conseil technique\n"
        "OFB, SDIS\n"
        "Vernoux Métropole\n\n"
        "1. Situation sanitaire\n"
        "La DDPP présente les foyers de fièvre catarrhale recensés depuis le mois d'août dans le département.\n"
        "Le secrétaire général demande à la DDPP d'adresser avant le 20 octobre 2026 une note d'information à "
        "tous les éleveurs concernés.\n"
    )
    found = run(text)
    assert leads(found) == ["LB-DDPP"]
    assert str(found[0].deadline) == "2026-10-20"


GOVERNMENT = [
    unit("TB-PRES", "Présidence de la République", "Président de la République"),
    unit("TB-MEAU", "Ministère de l'Eau et de l'Assainissement", "Ministre de l'Eau et de l'Assainissement"),
    unit("TB-PREF", "Préfectures de région", "Préfets des régions concernées"),
    unit("TB-ONEA", "Office national de l'eau", "ONE"),
]


def test_others_asked_with_the_addressee_in_an_aside_ainsi_qu_aux_help():
    text = (
        "COMMUNIQUÉ FINAL DU CONSEIL DES MINISTRES\n\n"
        "AU TITRE DES COMMUNICATIONS DES MINISTRES\n\n"
        "Le Ministre de l'Eau et de l'Assainissement a fait le point de l'approvisionnement en eau potable des villes "
        "du Nord, où plusieurs forages sont à l'arrêt depuis le mois de mars. Le Président de la République lui a "
        "demandé, ainsi qu'aux Préfets des régions concernées, de mettre en place des points d'eau provisoires avant "
        "le 30 avril 2025.\n"
    )
    found = directives_in(text, GOVERNMENT, "fr", "2025-04-09")
    assert leads(found) == ["TB-MEAU"]
    assert codes(found[0].coordinating) == ["TB-PREF"]
    assert str(found[0].deadline) == "2025-04-30"
