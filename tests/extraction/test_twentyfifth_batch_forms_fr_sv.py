"""Orders in the forms a twenty-fifth batch of French and Swedish texts written blind showed: a plan's task table
copied one cell to a line with its rows numbered under their section ("3.1", "3.2"), a row already done, a lead cell
that names a unit after a word or an office then its unit, a Swedish tertial or a quarter's short form as a due cell,
a delay in months written short; a sentence on what a report must hold; a director named for the administration of
a region's directory; a care sector for its administration; a municipality's body written in lower case after the
municipality; "le Département" for the ministry just named; a circular's order to report to its writer in the future;
units of the same name told apart by a country in brackets; a product's publication or a work's awaited results
that date the order before; an order received ("a reçu pour mission de"); "le ministre" in lower case for the
ministry just named. Texts and directory written for these tests."""

from tests.extraction.conftest import codes, directives_in, leads, unit

SV_DIRECTORY = [
    unit("NRB-RS", "Region Norrby, regionstyrelsen"),
    unit("NRB-HSF", "Region Norrby, Hälso- och sjukvårdsförvaltningen"),
    unit("NRB-PV", "Region Norrby, Primärvårdsförvaltningen"),
    unit("NRB-RK", "Region Norrby, Regionkontoret", "RK"),
    unit("NRB-EK", "Region Norrby, Regionkontoret, Ekonomienheten"),
    unit("NRB-ORT", "Region Norrby, Område Ortopedi", "Ortopedi"),
    unit("NRB-PSY", "Region Norrby, Område Psykiatri", "Psykiatri"),
    unit("NRB-IT", "Region Norrby, IT-avdelningen", "IT"),
    unit("NRB-KOM", "Region Norrby, Kommunikationsenheten", "Kommunikation"),
    unit("EKB-KS", "Ekby kommun, kommunstyrelsen"),
    unit("EKB-SN", "Ekby kommun, socialnämnden"),
    unit("EKB-TN", "Ekby kommun, tekniska nämnden"),
]

FR_DIRECTORY = [
    unit("SN-MSAS", "Ministère de la Santé et de l'Action sociale", "MSAS", "Ministre de la Santé"),
    unit("SN-MINT", "Ministère de l'Intérieur (Sénégal)", "Ministre de l'Intérieur"),
    unit("SN-SGG", "Secrétariat général du Gouvernement (Sénégal)"),
    unit("SN-MFB", "Ministère des Finances et du Budget (Sénégal)"),
    unit("NE-SGG", "Secrétariat général du Gouvernement (Niger)"),
    unit("NE-MFB", "Ministère des Finances et du Budget (Niger)"),
    unit("NE-MINT", "Ministère de l'Intérieur (Niger)"),
    unit("SN-GDK", "Gouvernance de Dakar", "Gouverneur de Dakar"),
    unit("FR-MINAGRI", "Ministère de l'Agriculture", "ministre de l'Agriculture"),
    unit("FR-IGF", "Inspection générale des finances", "IGF"),
    unit("FR-ANSM", "Agence nationale de sécurité du médicament", "ANSM"),
    unit("QC-GREFFE", "Service du greffe", "greffière"),
]


def run_sv(text, meeting=None):
    return directives_in(text, SV_DIRECTORY, "sv", meeting)


def run_fr(text, meeting=None):
    return directives_in(text, FR_DIRECTORY, "fr", meeting)


_TABLE = (
    "Region Norrby\nÅtgärdsplan för psykiatrisk vård 2026\n\n"
    "3. Åtgärder\n"
    "Nr\nÅtgärd\nAnsvarig\nMedverkande\nKlart senast\nStatus\n"
    "3.1\nInföra digital tidsbokning för samtliga psykiatriska mottagningar\nPsykiatri\nIT-avdelningen\n"
    "T1 2026\nPågår\n"
    "3.2\nSe över rutinerna för remisser mellan vårdnivåerna\nOmråde Ortopedi\nKommunikationsenheten\n"
    "Genomförd nov 2025\nKlar\n"
    "3.3\nUpphandla tolktjänster för hela regionen\nRK, ekonomienheten\nOmråde Psykiatri\nkv. 2 2026\n"
    "Ej påbörjad\n"
    "3.4\nKartlägga väntetiderna till neuropsykiatrisk utredning\nOmråde Ortopedi\nIT-avdelningen\n"
    "inom 4 mån. från beslut\nEj påbörjad\n\n"
    "4. Uppföljning\n"
)


def test_a_table_one_cell_to_a_line_with_rows_numbered_under_their_section():
    directives = run_sv(_TABLE, "2025-12-02")
    assert [d.text.split("\n")[0] for d in directives][:1] == [
        "Införa digital tidsbokning för samtliga psykiatriska mottagningar"
    ]
    first = directives[0]
    assert first.lead.code == "NRB-PSY"
    assert codes(first.coordinating) == ["NRB-IT"]


def test_a_swedish_t_and_a_tertial_are_a_third_of_the_year():
    first = run_sv(_TABLE, "2025-12-02")[0]
    assert str(first.deadline) == "2026-04-30"
    text = "Regionstyrelsen beslutar att IT-avdelningen ska införa e-tjänsten senast tertial 3 2026.\n"
    (directive,) = run_sv(text, "2025-12-02")
    assert str(directive.deadline) == "2026-12-31"


def test_a_row_whose_status_says_it_is_done_gives_no_order():
    texts = [d.text for d in run_sv(_TABLE, "2025-12-02")]
    assert not any("rutinerna för remisser" in text for text in texts)
    assert len(texts) == 3


def test_a_lead_cell_naming_an_office_then_its_unit_gives_the_unit():
    third = next(d for d in run_sv(_TABLE, "2025-12-02") if d.text.startswith("Upphandla"))
    assert third.lead.code == "NRB-EK"
    assert codes(third.coordinating) == ["NRB-PSY"]
    assert str(third.deadline) == "2026-06-30"  # "kv. 2 2026"


def test_a_lead_cell_naming_its_unit_after_a_word_and_a_delay_in_months_written_short():
    fourth = next(d for d in run_sv(_TABLE, "2025-12-02") if d.text.startswith("Kartlägga"))
    assert fourth.lead.code == "NRB-ORT"
    assert codes(fourth.coordinating) == ["NRB-IT"]
    assert str(fourth.deadline) == "2026-04-02"


def test_what_a_report_must_hold_is_no_order_of_its_own():
    text = (
        "4. Uppföljning\nHälso- och sjukvårdsdirektören ska senast den 30 september 2026 lämna en lägesrapport om "
        "planens insatser till regionstyrelsen. Rapporten ska innehålla en bedömning av om köerna kan halveras "
        "under 2027.\n"
    )
    directives = run_sv(text, "2026-03-10")
    assert len(directives) == 1
    assert leads(directives) == ["NRB-HSF"]  # the director of the region's administration for that field


def test_a_care_sector_stands_for_its_administration():
    text = "Regionstyrelsen beslutar att Primärvården ska ta fram en plan för hembesök senast den 1 juni 2026.\n"
    assert leads(run_sv(text, "2026-03-10")) == ["NRB-PV"]


def test_a_municipal_body_written_in_lower_case_after_its_municipality():
    text = (
        "Ekby kommun\nKommunfullmäktige\n\n§ 12 Budget 2026\n\n"
        "Kommunfullmäktiges beslut\n"
        "1. Kommunstyrelsen uppdras att återkomma med en plan för lokalförsörjningen.\n"
    )
    assert leads(run_sv(text, "2026-02-16")) == ["EKB-KS"]


def test_the_department_after_a_minister_s_order_is_his_ministry():
    text = (
        "Mesdames et Messieurs les Ministres,\n\nJe vous demande de prendre les mesures suivantes :\n\n"
        "1. Le Ministre de la Santé veillera, en relation avec le Gouverneur de Dakar, à la désinfection des "
        "marchés.\nLe Département procédera également au recensement des cas suspects avant le 15 juillet 2025.\n"
    )
    directives = run_fr(text, "2025-06-02")
    assert leads(directives)[-1] == "SN-MSAS"


def test_a_circular_s_order_to_report_to_its_writer_in_the_future():
    text = (
        "LE PREMIER MINISTRE\n\nMesdames et Messieurs les Ministres,\n\n"
        "Les ministres concernés me transmettront, sous huitaine, la liste des agents mobilisés.\n"
    )
    (directive,) = run_fr(text, "2025-06-02")
    assert directive.lead is None
    assert str(directive.deadline) == "2025-06-10"


def test_units_of_one_name_are_told_apart_by_the_country_in_brackets():
    text = (
        "REPUBLIQUE DU NIGER\n\nLE PREMIER MINISTRE\n\nMesdames et Messieurs les Ministres,\n\n"
        "Le Secrétariat général du Gouvernement assurera le suivi des présentes mesures et m'en rendra compte "
        "chaque mois.\n"
    )
    assert leads(run_fr(text, "2025-06-02")) == ["NE-SGG"]


def test_a_product_s_publication_dates_the_order_before():
    text = (
        "DE MANDATER la greffière pour lancer un appel de candidatures pour le comité consultatif. "
        "Les avis d'appel de candidatures devront être publiés au plus tard le 14 mars 2025.\n"
    )
    (directive,) = run_fr(text, "2025-02-10")
    assert str(directive.deadline) == "2025-03-14"


def test_a_work_s_awaited_results_date_the_order_before():
    text = (
        "Une mission sur le coût des ruptures de stock sera confiée à l'Inspection générale des finances. "
        "Ses conclusions sont attendues pour le 15 septembre.\n"
    )
    (directive,) = run_fr(text, "2025-06-02")
    assert directive.lead.code == "FR-IGF"
    assert str(directive.deadline) == "2025-09-15"


def test_an_order_received_and_the_minister_in_lower_case():
    text = (
        "Le ministère de l'Agriculture n'est pas oublié : le ministre a reçu pour mission de recenser les "
        "exploitations touchées par la sécheresse.\n"
    )
    assert leads(run_fr(text, "2025-06-02")) == ["FR-MINAGRI"]


def test_a_resolution_s_article_that_authorises_gives_no_order():
    text = (
        "Il est proposé par le conseiller Marc Gagnon, appuyé par la conseillère Julie Roy, et résolu :\n"
        "DE CHARGER la greffière de publier l'avis public de la séance extraordinaire;\n"
        "D'AUTORISER la greffière à signer l'entente de service avec la Ville de Beaupré.\n"
    )
    assert [d.text[:10] for d in run_fr(text, "2025-02-10")] == ["DE CHARGER"]
