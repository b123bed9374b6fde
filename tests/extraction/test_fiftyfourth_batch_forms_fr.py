"""Orders in the forms a fifty-fourth batch of French texts written blind showed: a record's numbered decision whose
label ends on a dash ("Décision n° 3 – La DDTM ...": the label no part of the order, the order after it); a decision
that approves, right after an order and its labels, naming a unit with "avec" (no helper of the order before); a
delegate minister's long title before his portfolio; a unit's name that holds a comma ("Ministère des Transports
routiers, fluviaux et ferroviaires"), in a sentence of two leads or before a relative clause; one plural title for
two units ("Les Ministres provinciaux du Plan et des Finances"); a relative clause in the pluperfect between a unit
and its modal; a "Délai :" line joined to its order's line in a hard-wrapped text; a council's own decision in a
resolution ("que le conseil confirme ... et approuve ..."); a list item whose subject is a group ("les régies
financières"); a longer numbered topic heading after a list of recommendations. Texts and directory written for these
tests."""

from tests.extraction.conftest import codes, directives_in, unit

DIRECTORY = [
    unit("PR-DDTM", "Direction départementale des territoires et de la mer", "DDTM"),
    unit("PR-SDIS", "Service départemental d'incendie et de secours", "SDIS"),
    unit("PR-SMB", "Syndicat mixte du bassin de la Vesle", "syndicat de bassin"),
    unit("PR-COMMUNE", "Commune de Vieux-Moulin", "Commune", "Mairie"),
    unit("ML-SANTE", "Ministère de la Santé et du Développement social", "ministre de la Santé"),
    unit("ML-TRANS", "Ministère des Transports routiers, fluviaux et ferroviaires", "ministre des Transports"),
    unit("ML-ACHATS", "Ministère délégué chargé de l'Office des achats publics", "Office des achats publics", "OAP"),
    unit("KV-PLAN", "Ministère provincial du Plan du Kivu-Ouest", "Ministre provincial du Plan"),
    unit("KV-FIN", "Ministère provincial des Finances du Kivu-Ouest", "Ministre provincial des Finances"),
    unit(
        "KV-ENER",
        "Ministère provincial de l'Énergie, Hydrocarbures et Électrification du Kivu-Ouest",
        "Ministre provincial de l'Énergie",
    ),
    unit("KV-DGRK", "Direction générale des recettes du Kivu-Ouest", "DGRK"),
    unit("KV-BUREAU", "Bureau de l'Assemblée provinciale du Kivu-Ouest", "Bureau"),
    unit("QC-CONSEIL", "Conseil municipal de Saint-Aimé", "conseil"),
]


def run(text, meeting=None):
    return directives_in(text, DIRECTORY, "fr", meeting)


def test_a_numbered_decision_s_label_before_its_dash_is_no_part_of_the_order():
    directives = run(
        "RELEVÉ DE DÉCISIONS\nRéunion du jeudi 12 mars 2026\n\n"
        "Décision n° 3 – La DDTM et le SDIS élaboreront conjointement un plan de gestion des digues de la Vesle. "
        "Le document sera remis au préfet avant la fin du mois d'avril.\n\n"
        "Décision n° 4 – Le bilan de la saison est approuvé.\n",
        "2026-03-12",
    )
    assert len(directives) == 1
    order = directives[0]
    assert order.text.startswith("La DDTM et le SDIS élaboreront")
    assert order.text.endswith("fin du mois d'avril")
    assert order.lead.code == "PR-DDTM"
    assert codes(order.coordinating) == ["PR-SDIS"]
    assert str(order.deadline) == "2026-04-30"


def test_an_approval_with_avec_after_an_order_s_labels_is_no_helper_of_it():
    directives = run(
        "Réunion du 3 février 2026.\n\n"
        "La DDTM transmettra au préfet un état des ouvrages endommagés.\n"
        "Pilote : DDTM.\n"
        "Échéance : sous 10 jours.\n\n"
        "Le calendrier de concertation avec les communes riveraines présenté par le SDIS est\n"
        "validé.\n",
        "2026-02-03",
    )
    assert len(directives) == 1
    order = directives[0]
    assert order.lead.code == "PR-DDTM"
    assert codes(order.coordinating) == []
    assert "calendrier" not in order.text


def test_a_delegate_minister_s_long_title_before_the_portfolio_leads():
    directives = run(
        "Le ministre délégué chargé de l'Office des achats publics procédera, pour sa part, à la publication des "
        "marchés attribués depuis janvier.",
        "2026-05-06",
    )
    assert len(directives) == 1
    assert directives[0].lead.code == "ML-ACHATS"


def test_a_name_with_a_comma_leads_the_second_part_of_a_sentence():
    directives = run(
        "Le ministre de la Santé renforcera la surveillance des points d'eau, et le ministre des Transports routiers, "
        "fluviaux et ferroviaires publiera d'ici au 30 avril la carte des gares routières autorisées.",
        "2026-03-18",
    )
    assert [d.lead.code for d in directives] == ["ML-SANTE", "ML-TRANS"]
    assert str(directives[1].deadline) == "2026-04-30"


def test_a_name_with_a_comma_then_a_relative_clause_in_the_past_before_the_future():
    directives = run(
        "Le Ministre provincial de l'Énergie, Hydrocarbures et Électrification, qui a admis les retards du "
        "chantier, déposera au Bureau le calendrier de raccordement des centres de santé.",
        "2026-04-09",
    )
    assert len(directives) == 1
    assert directives[0].lead.code == "KV-ENER"


def test_one_plural_title_for_two_units_names_both():
    directives = run(
        "Les Ministres provinciaux du Plan et des Finances remettront conjointement un rapport sur les recettes "
        "minières de l'exercice.",
        "2026-04-09",
    )
    assert len(directives) == 1
    assert directives[0].lead.code == "KV-PLAN"
    assert codes(directives[0].coordinating) == ["KV-FIN"]


def test_a_pluperfect_relative_clause_between_the_unit_and_its_modal():
    directives = run(
        "La Commune, qui avait été saisie le 2 mai du dossier de la passerelle du moulin, devra rendre son avis au "
        "plus tard le vendredi 22 mai.",
        "2026-05-11",
    )
    assert len(directives) == 1
    assert directives[0].lead.code == "PR-COMMUNE"
    assert str(directives[0].deadline) == "2026-05-22"


_WRAPPED = (
    "CELLULE DE VEILLE DÉPARTEMENTALE\n"
    "COMPTE RENDU DE LA RÉUNION DU MARDI 10 MARS 2026\n\n"
    "I. SITUATION\n"
    "Les crues de la Vesle ont touché quatre communes et coupé deux routes départementales. Les\n"
    "premiers relevés font état de 120 habitations inondées et de trois ouvrages endommagés sur la\n"
    "rive gauche, dont la passerelle du moulin. Les équipes ont évacué 34 foyers dans la nuit.\n\n"
    "II. MESURES ARRÊTÉES\n"
    "1. Le SDIS poursuivra la surveillance des berges et procédera, si nécessaire, à l'évacuation\n"
    "des foyers encore installés en zone inondable.\n"
    "2. La DDTM fera expertiser la passerelle du moulin par un bureau d'études agréé et proposera\n"
    "une solution provisoire de franchissement de la Vesle aux engins de secours du département.\n"
    "Délai : 10 jours.\n"
    "3. La Commune recensera les foyers sinistrés et en transmettra la liste à la préfecture avant\n"
    "la fin du mois.\n"
)


def test_a_delay_line_joined_to_its_order_s_line_in_a_wrapped_text():
    directives = run(_WRAPPED, "2026-03-10")
    ddtm = [d for d in directives if d.lead is not None and d.lead.code == "PR-DDTM"]
    assert len(ddtm) == 1
    assert str(ddtm[0].deadline) == "2026-03-20"


def test_a_council_s_own_decision_in_a_resolution_orders_nobody():
    directives = run(
        "2026-04-112  PROGRAMME D'AIDE AUX INFRASTRUCTURES LOCALES\n"
        "Il est proposé par la conseillère Anne Tremblay, appuyé par le conseiller Luc Giguère,\n"
        "et résolu à l'unanimité que le conseil confirme sa participation au programme et approuve\n"
        "la demande de subvention présentée en février.\n",
        "2026-04-13",
    )
    assert directives == []


_RECOMMENDATIONS = (
    "1. Contrôle budgétaire\n"
    "Au terme des débats, le rapport a été adopté, assorti des recommandations suivantes :\n"
    "- la DGRK déposera au Bureau ses états de recouvrement du premier trimestre avant le 30 mai ;\n"
    "- les régies financières procéderont au versement journalier de leurs recettes au compte du Trésor.\n\n"
    "2. Question d'actualité sur l'entretien des bacs du fleuve\n"
    "Dans sa réponse, le Ministre provincial du Plan a rappelé les crédits prévus pour les bacs en 2026.\n"
)


def test_an_item_whose_subject_is_a_group_is_an_order_of_its_own():
    directives = run(_RECOMMENDATIONS, "2026-04-20")
    assert [d.lead.code if d.lead else None for d in directives] == ["KV-DGRK", None]
    assert directives[1].text.startswith("les régies financières")


def test_a_longer_numbered_topic_heading_after_a_list_is_no_item():
    directives = run(_RECOMMENDATIONS, "2026-04-20")
    assert not any("Question d'actualité" in d.text for d in directives)
