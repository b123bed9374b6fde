"""Orders in the forms a twenty-first batch of French and Swedish texts written blind showed: a task table pasted
with its rules lost (a heading of words, numbered rows, the cells on the lines below the action or after a tab),
a name cut short in a narrow column, the next committee as a due date, a council's mandate with a pronoun before
its verb, an appointment in a list of individual measures, an order in the subjunctive with no addressee (the
section's ministry), the work's product done by a date in the next sentence, a month of the past; a report with
no article ("Redovisning ska ske ..."), a region's care units named by compounds, and a duty as the law gives
it. Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

FR_DIRECTORY = [
    unit("DDT", "Direction départementale des territoires", "DDT"),
    unit("ARS", "Agence régionale de santé", "ARS"),
    unit("OFB", "Office français de la biodiversité", "OFB"),
    unit("CA", "Chambre d'agriculture"),
    unit("ST", "Services techniques"),
    unit("SP", "Sous-préfecture"),
    unit("CCI", "Chambre de commerce"),
    unit("MAIRIE", "Mairie de Valréas", "Mairie"),
    unit("LOI", "Service des loisirs"),
    unit("MSP", "Ministère de la Santé publique", "Ministère de la Santé"),
    unit("MAG", "Ministère de l'Agriculture"),
    unit("MEN", "Ministère de l'Éducation nationale"),
    unit("MFP", "Ministère de la Fonction publique"),
]

SV_DIRECTORY = [
    unit("INF", "Infektionskliniken, Region Söderby", "Infektionsverksamheten"),
    unit("TAND", "Tandvården Söderby"),
    unit("PREH", "Prehospital vård, Region Söderby", "Ambulansen"),
    unit("IT", "Digitalisering och IT"),
    unit("LST", "Länsstyrelsen i Söderby län", "Länsstyrelsen"),
    unit("FHM", "Folkhälsomyndigheten"),
]


def fr(text, meeting):
    return directives_in(text, FR_DIRECTORY, "fr", meeting)


def sv(text, meeting):
    return directives_in(text, SV_DIRECTORY, "sv", meeting)


def test_a_table_pasted_without_rules_gives_each_numbered_row_its_cells_lead_and_due_date():
    text = (
        "Cellule de suivi de l'étiage – relevé de décisions du 2 juin 2026\n\n"
        "N° Mesure Responsable Partenaires Délai\n"
        "1 Mettre à jour la carte des cours d'eau en assec et la\n"
        "diffuser aux maires\n"
        "DDT OFB 12 juin\n"
        "2 Contrôler les prises d'eau des\n"
        "campings\n"
        "OFB DDT fin juin\n"
        "3 Relever les compteurs des forages\n"
        "communaux\n"
        "Mairies concernées ARS sous 10 jours\n"
        "4 Transmettre le bilan des prélèvements à la\n"
        "Sous-préfecture pour avis\n"
        "DDT 30 juin\n\n"
        "La séance est levée à 17 h.\n"
    )
    directives = fr(text, "2026-06-02")
    assert leads(directives) == ["DDT", "OFB", None, "DDT"]
    assert directives[0].text.startswith("Mettre à jour")
    assert directives[0].text.endswith("12 juin")
    assert [c.code for c in directives[0].coordinating] == ["OFB"]
    assert [c.code for c in directives[2].coordinating] == ["ARS"]
    assert [str(d.deadline) for d in directives] == ["2026-06-12", "2026-06-30", "2026-06-12", "2026-06-30"]


def test_a_table_pasted_with_tabs_reads_its_cells_and_its_day_and_month():
    text = (
        "Réunion de la cellule sécheresse du 10 mars 2026\n\n"
        "N°\tAction\tPilote\tAssociés\tÉchéance\n"
        "1\tRecenser les forages non déclarés\tOFB\tServices techniques\t30/04\n"
        "2\tInformer les exploitants des restrictions\tChambre d'agriculture\tDDT\tsous 8 jours\n\n"
        "Fin de la réunion.\n"
    )
    directives = fr(text, "2026-03-10")
    assert leads(directives) == ["OFB", "CA"]
    assert [c.code for c in directives[0].coordinating] == ["ST"]
    assert [str(d.deadline) for d in directives] == ["2026-04-30", "2026-03-18"]


def test_a_swedish_table_pasted_without_rules_reads_its_rows():
    text = (
        "Minnesanteckningar från samverkansmöte 2026-05-04\n\n"
        "Nr Åtgärd Ansvarig Klart senast\n"
        "1 Ta fram en plan för tillsynen av\n"
        "badplatserna\n"
        "Länsstyrelsen 30 juni\n"
        "2 Sammanställa smittskyddsläget\n"
        "Folkhälsomyndigheten 15 maj\n"
    )
    directives = sv(text, "2026-05-04")
    assert leads(directives) == ["LST", "FHM"]
    assert [str(d.deadline) for d in directives] == ["2026-06-30", "2026-05-15"]


def test_a_name_cut_short_by_a_full_stop_in_a_narrow_column_is_the_unit_it_opens():
    text = (
        "Comité de chantier du 4 mai 2026\n\n"
        "N° Action Pilote Échéance\n"
        "1 Informer les commerçants de la fermeture de la\n"
        "rue du Marché\n"
        "Chambre de comm. 20 mai\n"
    )
    directives = fr(text, "2026-05-04")
    assert leads(directives) == ["CCI"]
    assert str(directives[0].deadline) == "2026-05-20"


def test_before_the_next_committee_is_the_date_the_record_gives_it():
    text = (
        "Comité de suivi des crues – relevé du 3 mars 2026\n\n"
        "La sous-préfète demande à la DDT de présenter le bilan des contrôles avant le prochain comité.\n\n"
        "Prochain comité : mardi 14 avril 2026 à 10 h.\n"
    )
    directives = fr(text, "2026-03-03")
    assert leads(directives) == ["DDT"]
    assert str(directives[0].deadline) == "2026-04-14"


def test_a_council_mandate_with_a_pronoun_before_its_verb():
    text = (
        "Séance ordinaire du conseil municipal du 6 avril 2026\n\n"
        "Il est proposé par le conseiller Jean Roy, appuyé par la conseillère Anne Paré, et résolu à l'unanimité :\n"
        "QUE le conseil mandate le Service des loisirs d'y installer des bancs d'ici le 30 septembre 2026.\n"
        "ADOPTÉE\n"
    )
    directives = fr(text, "2026-04-06")
    assert leads(directives) == ["LOI"]
    assert str(directives[0].deadline) == "2026-09-30"


def test_an_appointment_in_place_of_another_is_no_order():
    text = (
        "COMMUNIQUÉ DU CONSEIL DES MINISTRES DU 5 MARS 2026\n\n"
        "Le Président de la République a demandé au Ministre de l'Agriculture de distribuer les semences avant le "
        "30 avril 2026.\n\n"
        "AU TITRE DES MESURES INDIVIDUELLES\n\n"
        "Directeur général de la Santé publique : Madame Awa NDIAYE, Médecin, en remplacement de Monsieur Paul "
        "DIOP, appelé à d'autres fonctions.\n"
    )
    directives = fr(text, "2026-03-05")
    assert leads(directives) == ["MAG"]


def test_an_order_in_the_subjunctive_goes_to_the_ministry_of_its_section():
    text = (
        "COMMUNIQUÉ DU CONSEIL DES MINISTRES DU 12 MARS 2026\n\n"
        "AU TITRE DU MINISTÈRE DE L'ÉDUCATION NATIONALE\n\n"
        "Le Conseil a pris connaissance du rapport sur les examens. Le Chef de l'État a demandé que les "
        "résultats soient affichés dans chaque établissement avant le 30 juin 2026.\n"
    )
    directives = fr(text, "2026-03-12")
    assert leads(directives) == ["MEN"]
    assert str(directives[0].deadline) == "2026-06-30"


def test_a_participant_who_asks_that_something_be_done_gives_no_order():
    text = (
        "Relevé de conclusions du comité de l'eau du 3 mars 2026\n\n"
        "La Chambre d'agriculture demande que les créneaux d'irrigation soient élargis pour les semis.\n"
    )
    assert fr(text, "2026-03-03") == []


def test_the_work_concluded_by_a_date_in_the_next_sentence_is_the_order_s_deadline():
    text = (
        "COMMUNIQUÉ DU CONSEIL DES MINISTRES DU 4 FÉVRIER 2026\n\n"
        "Le Président de la République a demandé au Ministre de la Fonction publique de lancer le recensement "
        "biométrique des agents. Ce recensement devra être conclu au plus tard le 31 mai 2026.\n"
    )
    directives = fr(text, "2026-02-04")
    assert leads(directives) == ["MFP"]
    assert directives[0].text.endswith("31 mai 2026")
    assert str(directives[0].deadline) == "2026-05-31"


def test_a_month_of_the_past_is_no_deadline():
    text = (
        "COMMUNIQUÉ DU CONSEIL DES MINISTRES DU 9 SEPTEMBRE 2026\n\n"
        "Le Chef de l'État a demandé au Ministre de l'Agriculture d'accélérer la distribution des engrais "
        "annoncée en mai dernier.\n"
    )
    directives = fr(text, "2026-09-09")
    assert leads(directives) == ["MAG"]
    assert directives[0].deadline is None


def test_a_report_named_without_its_article_sets_the_deadline_of_the_assignment():
    text = (
        "Regeringsbeslut 2026-02-05\n\n"
        "Regeringens beslut\n"
        "Länsstyrelsen ges i uppdrag att kartlägga tillgången på reservvatten i länets kommuner. "
        "Återrapportering ska ske inom tre månader från dagen för detta beslut.\n"
    )
    directives = sv(text, "2026-02-05")
    assert leads(directives) == ["LST"]
    assert str(directives[0].deadline) == "2026-05-05"


def test_a_region_s_care_units_named_by_compounds():
    text = (
        "Protokoll, hälso- och sjukvårdsnämnden 2026-03-18\n\n"
        "Nämndens beslut\n"
        "1. Infektionssjukvården ska tillsammans med Digitalisering och IT införa digital smittspårning senast den "
        "31 oktober 2026.\n"
        "2. Nämnden uppdrar åt tandvårdsdirektören att ta fram en plan för barntandvården senast den "
        "1 december 2026.\n"
    )
    directives = sv(text, "2026-03-18")
    assert leads(directives) == ["INF", "TAND"]


def test_a_duty_as_the_law_gives_it_is_no_order():
    text = (
        "Kommittédirektiv\n\n"
        "Bakgrund\n"
        "Regionerna ansvarar för sjukresor enligt lagen (1991:419) om sjukreseersättningar, medan kommunerna "
        "ansvarar för färdtjänst enligt lagen (1997:736) om färdtjänst.\n"
    )
    assert sv(text, "2026-04-01") == []
    text = (
        "Compte rendu de la réunion du 3 mars 2026\n\n"
        "Les communes sont responsables du transport scolaire en vertu du code de l'éducation.\n"
    )
    assert fr(text, "2026-03-03") == []
