"""Orders in the forms a twenty-sixth batch of French texts written blind showed: a record of decisions whose
"Pilote :" line goes on past a semicolon with the units that help ("; appui X", "; contributions X, Y"); a
"Échéance :" line that names the next committee, its date given at the end of the record; a report due at the
council's sitting "en sa séance du" (or "lors de sa séance du") a date; a communiqué's heading of a topic and its
subtopic that holds a unit's name; the other party of a negotiation, the units "associated" and an aside ", avec le
Ministre de X," as helpers; the next article of a college's decision where the same unit hands in its estimate
within working days (the days off the French-speaking countries share are no working days); what the order opens
told until when it runs ("La consultation durera jusqu'au ..."). Texts and directory written for these tests."""

from tests.extraction.conftest import codes, directives_in, leads, unit

DIRECTORY = [
    unit("PR-DDTM", "Direction départementale des territoires et de la mer", "DDTM"),
    unit("PR-SDIS", "Service départemental d'incendie et de secours", "SDIS"),
    unit("PR-GEND", "Groupement de gendarmerie départementale", "gendarmerie"),
    unit("PR-SMBV", "Syndicat mixte du bassin versant de l'Aulne", "syndicat de bassin"),
    unit("PR-ARS", "Agence régionale de santé – délégation départementale", "ARS"),
    unit("VM-URBA", "Service de l'urbanisme – Ville de Montrival", "service de l'urbanisme"),
    unit("VM-CONSEIL", "Conseil municipal de Montrival", "Conseil municipal"),
    unit("VM-COLLEGE", "Collège communal de Montrival", "Collège"),
    unit("VM-FIN", "Direction financière – Ville de Montrival", "Directeur financier"),
    unit("CT-DEE", "Département de l'environnement et de l'énergie", "DEE"),
    unit("CT-DSP", "Département de la sécurité et de la population", "DSP", "Sécurité"),
    unit("CT-SANTE", "Office cantonal de la santé", "santé"),
    unit("CT-UNI", "Université cantonale", "Université"),
    unit("CT-SIG", "Services industriels cantonaux", "SIC"),
    unit("GA-MINEAU", "Ministère de l'Eau et de l'Assainissement", "Ministre de l'Eau"),
    unit("GA-MINSANTE", "Ministère de la Santé publique", "Ministre de la Santé"),
]


def run(text, meeting=None):
    return directives_in(text, DIRECTORY, "fr", meeting)


_RECORD = (
    "CELLULE DE VEILLE INONDATIONS\nRéunion du vendredi 6 février 2026 – Relevé de décisions\n\n"
    "Décision 1 – Recenser les ouvrages de protection endommagés le long de l'Aulne.\n"
    "Pilote : DDTM ; appui syndicat de bassin\n"
    "Échéance : au plus tard le 20/02/2026\n\n"
    "Décision 2 – Mettre à jour le plan d'évacuation des campings situés en zone inondable.\n"
    "Pilote : SDIS ; contributions gendarmerie, DDTM\n"
    "Échéance : prochaine réunion\n\n"
    "Prochaine réunion : jeudi 5 mars 2026 à 10 h, salle du conseil.\n"
)


def test_a_lead_line_goes_on_past_its_semicolon_with_its_helpers():
    directives = run(_RECORD, "2026-02-06")
    assert len(directives) == 2
    first = directives[0]
    assert first.lead.code == "PR-DDTM"
    assert codes(first.coordinating) == ["PR-SMBV"]
    assert str(first.deadline) == "2026-02-20"


def test_contributors_after_the_semicolon_are_helpers_of_the_lead():
    second = run(_RECORD, "2026-02-06")[1]
    assert second.lead.code == "PR-SDIS"
    assert codes(second.coordinating) == ["PR-GEND", "PR-DDTM"]


def test_a_deadline_label_naming_the_next_meeting_takes_the_date_the_record_gives():
    second = run(_RECORD, "2026-02-06")[1]
    assert str(second.deadline) == "2026-03-05"


def test_a_report_due_at_the_council_s_sitting_of_a_date():
    text = (
        "Le Collège charge le Directeur financier d'établir le projet de compte 2025, à présenter au Conseil "
        "municipal lors de sa séance du 22 juin 2026.\n"
    )
    (directive,) = run(text, "2026-03-02")
    assert str(directive.deadline) == "2026-06-22"
    text = (
        "Le Collège charge le service de l'urbanisme de réviser le règlement des bâtisses, à soumettre au Conseil "
        "municipal en sa séance du 4 mai 2026.\n"
    )
    (directive,) = run(text, "2026-03-02")
    assert str(directive.deadline) == "2026-05-04"


def test_a_heading_of_a_topic_and_its_subtopic_is_no_lead_in():
    text = (
        "Point presse du Conseil d'État\n\n"
        "Environnement et santé : qualité de l'air\n\n"
        "À la suite des pics de pollution de l'hiver, le Conseil d'État a chargé le département de "
        "l'environnement et de l'énergie (DEE) de proposer des mesures de réduction du trafic.\n"
    )
    directives = run(text, "2026-02-11")
    assert [d.text[:12] for d in directives] == ["À la suite d"]
    assert leads(directives) == ["CT-DEE"]


def test_the_other_party_of_a_negotiation_and_the_units_associated_help():
    text = (
        "Le Conseil d'État a chargé le DEE de négocier avec les Services industriels cantonaux (SIC) une "
        "convention sur le chauffage à distance.\n"
        "Il a également chargé le DSP de revoir le plan d'alarme des écoles, en associant l'Université cantonale.\n"
    )
    first, second = run(text, "2026-02-11")
    assert first.lead.code == "CT-DEE"
    assert codes(first.coordinating) == ["CT-SIG"]
    assert second.lead.code == "CT-DSP"
    assert codes(second.coordinating) == ["CT-UNI"]


def test_a_unit_named_in_an_aside_after_a_comma_helps():
    text = (
        "Le Conseil a instruit le Ministre de la Santé de recenser les foyers de choléra et de renforcer, avec le "
        "Ministre de l'Eau, la chloration des points d'eau dans les quartiers touchés.\n"
    )
    (directive,) = run(text, "2026-01-14")
    assert directive.lead.code == "GA-MINSANTE"
    assert codes(directive.coordinating) == ["GA-MINEAU"]


def test_the_same_unit_handing_in_its_estimate_under_the_next_article_is_the_same_order():
    text = (
        "Le Collège,\nDÉCIDE :\n"
        "Article 1er : De charger le service de l'urbanisme d'instruire la demande de permis de la rue Haute.\n"
        "Article 2 : Le service de l'urbanisme remettra au Collège un avis motivé dans les dix jours ouvrables.\n"
        "Article 3 : La présente décision sera notifiée au demandeur.\n"
    )
    directives = run(text, "2026-05-06")
    assert len(directives) == 1
    assert directives[0].lead.code == "VM-URBA"
    assert "avis motivé" in directives[0].text
    assert str(directives[0].deadline) == "2026-05-21"  # Ascension Thursday, 14 May 2026, is no working day


def test_working_days_in_french_skip_christmas():
    text = (
        "Le Conseil a instruit le Ministre de l'Eau de rétablir la distribution dans un délai de cinq jours "
        "ouvrables.\n"
    )
    (directive,) = run(text, "2025-12-22")
    assert str(directive.deadline) == "2025-12-30"


def test_what_the_order_opens_told_until_when_it_runs_dates_the_order():
    text = (
        "Le département de l'environnement et de l'énergie (DEE) est chargé d'ouvrir une enquête publique sur le "
        "plan de gestion des forêts. L'enquête publique restera ouverte jusqu'au 27 février 2026.\n"
    )
    (directive,) = run(text, "2026-01-14")
    assert directive.lead.code == "CT-DEE"
    assert str(directive.deadline) == "2026-02-27"
    assert directive.text.endswith("jusqu'au 27 février 2026")
