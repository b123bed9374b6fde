"""Orders in the forms a twenty-seventh batch of French texts written blind showed: a committee's record of
conclusions whose table of actions, flattened to "|"-separated lines, opens each row on the action's code ("B2 |
..."), its due cell a half-year ("S1 2027"), its lead a service named by its field's noun ("service Voirie", the
directory writing the noun in the singular and the plural); the record's distribution line ("– Diffusion :") that
gives no task; a governor's coordination report that names a ministry's regional delegate ("le Délégué régional de
la Culture") for his delegation, recommends ("Il est recommandé au ... de"), puts a long helper in an aside before a
verb in the future, opens a sentence on its topic ("S'agissant de ..., le Délégué ... présentera") and names the
delegate's peer ("son homologue de ..."); helpers after a group the directory does not hold or a unit's local branch
("en associant les X et l'Union ...", "en liaison avec l'agence régionale de la X"); a government communiqué's
"département de X" for a ministry, "les gouverneurs" for a group, "a appelé le ministre de X à ...", a campaign
launched "dès le" a date (a start), "le ministère de X et l'Office national de Y" (two units); a nominee who "entrera
en fonction" (no task). Texts and directory written for these tests."""

from tests.extraction.conftest import codes, directives_in, leads, unit

DIRECTORY = [
    # an intercommunal body
    unit("IC-PRES", "Agglomération du Val de Sorne – Présidence", "Président de l'agglomération"),
    unit("IC-VOIRIE", "Agglomération du Val de Sorne – Pôle Technique, Service Voiries et Réseaux", "Service voirie"),
    unit("IC-COM", "Agglomération du Val de Sorne – Service Communication et Événements", "Communication VdS"),
    unit("IC-BE", "Géoplan Ingénierie (bureau d'études)", "Géoplan"),
    # a region's services
    unit("RG-GOUV", "Gouverneur de la Région du Littoral-Sud", "Services du Gouverneur"),
    unit("RG-DRC", "Délégation régionale de la Culture du Littoral-Sud", "DRC"),
    unit("RG-DRT", "Délégation régionale du Tourisme du Littoral-Sud", "DRT"),
    unit("RG-DRTR", "Délégation régionale des Transports du Littoral-Sud", "DRTR"),
    unit("RG-DRMINES", "Délégation régionale des Mines du Littoral-Sud", "DRMINES"),
    unit("RG-PORT", "Office portuaire régional – Agence du Littoral-Sud", "OPR"),
    unit("RG-CUK", "Communauté urbaine de Kelbé", "CUK"),
    # a government
    unit("GV-MC", "Ministère de la Culture", "Culture"),
    unit("GV-MINT", "Ministère de l'Intérieur", "Intérieur"),
    unit("GV-MPECHE", "Ministère de la Pêche et de l'Économie maritime", "Ministère de la Pêche"),
    unit("GV-MFOR", "Ministère des Forêts", "Forêts"),
    unit("GV-OFFICE", "Office national des forêts", "ONF"),
    unit("GV-SOC", "Société nationale des transports urbains", "SNTU"),
    # a canton
    unit("CT-DIT", "Département des infrastructures et du territoire", "DIT"),
    unit("CT-UVC", "Union des villes cantonales", "UVC"),
    unit("CT-SEP", "Service de l'emploi et de la prévoyance", "SEP"),
    unit("CT-DPE", "Département de la pêche et de l'eau", "DPE"),
]


def run(text, meeting=None):
    return directives_in(text, DIRECTORY, "fr", meeting)


# a record hard-wrapped at 76 characters, its table's rows as long as a line
_RECORD = (
    "AGGLOMÉRATION DU VAL DE SORNE\n"
    "Comité technique du lundi 12 octobre 2026 – Relevé de conclusions\n\n"
    "Le bureau d'études a présenté l'avancement des études de la traversée du\n"
    "bourg : les relevés topographiques sont achevés et le diagnostic des réseaux\n"
    "humides est en cours. Les riverains ont été informés par un courrier de la\n"
    "fermeture partielle de la rue des Tanneurs pendant la durée des sondages et\n"
    "la commune a relayé cette information sur son site internet et ses panneaux.\n\n"
    "Code | Action | Pilote | Échéance\n"
    "B1 | Chiffrer la réfection des trottoirs | service Voirie | 30/11/2026\n"
    "B2 | Rédiger le cahier des charges des parkings relais | Géoplan | 15/01/2027\n"
    "B3 | Organiser une réunion publique | Président de l'agglomération | S1 2027\n\n"
    "Relevé établi par le service Voirie – Diffusion : membres du comité, DGS.\n"
)


def test_each_row_of_a_table_opened_by_an_action_code_is_an_order():
    directives = run(_RECORD, "2026-10-12")
    assert len(directives) == 3
    assert [d.text.split(" |")[0] for d in directives] == ["B1", "B2", "B3"]
    assert leads(directives)[1:] == ["IC-BE", "IC-PRES"]


def test_a_half_year_by_its_number_is_due_at_its_end():
    directives = run(_RECORD, "2026-10-12")
    assert [str(d.deadline) for d in directives] == ["2026-11-30", "2027-01-15", "2027-06-30"]


def test_a_service_named_by_its_field_in_the_plural_or_the_singular():
    # the directory writes "Service voirie" and "Service Voiries et Réseaux": either spelling is the service
    assert leads(run(_RECORD, "2026-10-12"))[0] == "IC-VOIRIE"
    text = (
        "Comité technique du 12 octobre 2026\n\n"
        "C1 – Reprendre le marquage au sol du parvis de la mairie.\n"
        "Pilote : service voiries\n"
        "Délai : 30/11/2026\n"
    )
    assert leads(run(text, "2026-10-12")) == ["IC-VOIRIE"]


def test_a_service_named_by_its_field_s_noun_leads_and_the_one_it_is_backed_by_helps():
    text = (
        "Comité technique du 12 octobre 2026\n\n"
        "C2 – Préparer l'exposition sur l'histoire du canal.\n"
        "Pilote : service Communication, en appui du service Voirie\n"
        "Délai : 15/12/2026\n"
    )
    [directive] = run(text, "2026-10-12")
    assert directive.lead.code == "IC-COM"
    assert codes(directive.coordinating) == ["IC-VOIRIE"]


def test_the_distribution_line_of_a_record_gives_no_task():
    texts = [d.text for d in run(_RECORD, "2026-10-12")]
    assert not any("membres du comité" in t for t in texts)


_REPORT = (
    "COMPTE RENDU DE LA RÉUNION DE COORDINATION DU 5 MARS 2026\n\n"
    "Le Délégué régional de la Culture a présenté le programme du festival des arts côtiers.\n"
    "Il est recommandé au Délégué régional de la Culture de publier le calendrier des spectacles.\n"
    "Le Délégué régional du Tourisme, en liaison avec la Communauté urbaine de Kelbé, fera installer les panneaux "
    "d'accueil au plus tard le 30 avril 2026.\n"
    "S'agissant du pont de la lagune, le Délégué régional des Transports communiquera à la prochaine réunion le "
    "calendrier des travaux.\n"
    "Le Gouverneur a instruit le Délégué régional des Mines de contrôler les carrières, avec le concours de son "
    "homologue des Transports.\n"
)


def test_a_regional_delegate_stands_for_his_delegation_not_the_ministry_of_his_field():
    directives = run(_REPORT, "2026-03-05")
    assert leads(directives)[0] == "RG-DRC"


def test_what_is_recommended_to_a_unit_is_its_order():
    first = run(_REPORT, "2026-03-05")[0]
    assert first.text.startswith("Il est recommandé au Délégué régional de la Culture")
    assert first.lead.code == "RG-DRC"


def test_a_long_helper_in_an_aside_before_a_verb_in_the_future():
    second = run(_REPORT, "2026-03-05")[1]
    assert second.text.startswith("Le Délégué régional du Tourisme")
    assert second.lead.code == "RG-DRT"
    assert codes(second.coordinating) == ["RG-CUK"]
    assert str(second.deadline) == "2026-04-30"


def test_a_sentence_that_opens_on_its_topic_then_names_the_unit():
    third = run(_REPORT, "2026-03-05")[2]
    assert third.text.startswith("S'agissant du pont de la lagune")
    assert third.lead.code == "RG-DRTR"


def test_the_delegate_s_peer_of_another_field_helps():
    fourth = run(_REPORT, "2026-03-05")[3]
    assert fourth.lead.code == "RG-DRMINES"
    assert codes(fourth.coordinating) == ["RG-DRTR"]


def test_helpers_after_a_group_the_directory_does_not_hold():
    text = (
        "Le Conseil d'État charge le Département des infrastructures et du territoire de réviser le plan des "
        "pistes cyclables, en associant les associations de cyclistes et l'Union des villes cantonales."
    )
    [directive] = run(text, "2026-05-20")
    assert directive.lead.code == "CT-DIT"
    assert codes(directive.coordinating) == ["CT-UVC"]


def test_a_unit_s_regional_branch_after_a_mark_of_coordination_helps():
    text = (
        "Le Délégué régional des Transports, en liaison avec l'antenne régionale de l'OPR, veillera au balisage "
        "du chenal avant fin juin 2026."
    )
    [directive] = run(text, "2026-05-20")
    assert directive.lead.code == "RG-DRTR"
    assert codes(directive.coordinating) == ["RG-PORT"]


def test_a_government_s_department_of_a_portfolio_is_its_ministry():
    # "département" in lower case before a portfolio: the ministry, not the canton's department of the field
    text = "Le Premier ministre a ordonné au département de la Pêche de recenser les pirogues avant le 30 juin 2026."
    [directive] = run(text, "2026-05-20")
    assert directive.lead.code == "GV-MPECHE"


def test_the_governors_in_the_plural_are_a_group_not_the_one_governor():
    text = (
        "Le Premier ministre a chargé la SNTU de réorganiser les lignes de bus, en concertation avec les "
        "gouverneurs, avant le 31 juillet 2026."
    )
    [directive] = run(text, "2026-05-20")
    assert directive.lead.code == "GV-SOC"
    assert codes(directive.coordinating) == []


def test_a_minister_called_on_to_act_with_two_helpers_from_a_start_date():
    text = (
        "Le Premier ministre a appelé le ministre de la Culture, en coordination avec le ministère des Forêts et "
        "l'Office national des forêts, à organiser dès le 1er septembre une semaine du patrimoine forestier."
    )
    [directive] = run(text, "2026-05-20")
    assert directive.lead.code == "GV-MC"
    assert codes(directive.coordinating) == ["GV-MFOR", "GV-OFFICE"]
    assert directive.deadline is None


def test_a_nominee_taking_up_the_post_is_no_order():
    text = (
        "Le Conseil d'État charge le SEP de publier le rapport annuel d'ici au 30.09.2026.\n\n"
        "Nomination\n\n"
        "Le Conseil d'État a nommé Mme Claire Meylan en qualité de cheffe du Service de l'emploi et de la "
        "prévoyance (SEP). Elle entrera en fonction le 01.08.2026."
    )
    directives = run(text, "2026-05-20")
    assert [d.lead.code for d in directives] == ["CT-SEP"]
