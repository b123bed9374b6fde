"""A second reading of the forty-sixth round of rules: texts in the same genres, written for these tests, on which a
new rule reaches too far or stops too soon. French: a state kept "jusqu'au" followed by a past event "avant" a date
taken as the due date; "la fin de la semaine 12" read as the meeting's week; a prefect's "demande à tous les services
de l'État de ..." read as an appeal to the public; an arrêté's own clause "En vertu du présent arrêté, ..." read as
what an adopted act provides; files "déposés sur mon bureau lundi" read as due next Monday; a plan due "pour le
troisième trimestre 2026 au plus tard" read as the plan's period. Swedish: "I uppdraget ingår inte minst att ..."
read as a scope limit; an agency's instruction cut after one word of its name ("Myndigheten för digital"); an
assignment the board says is not closed ("uppdraget inte avslutas") dropped as reported and closed. English: a consent
"agreed with the proposal of ... and required X to ..." read as an approval only; the plan an order makes ("prepare
the revenue plan for 2027") taken for a document it acts on; a target programme's name running on into the verb
after it. Vietnamese: a conclusion sentence that opens on "Theo Phó Chủ tịch UBND tỉnh, ..." and then assigns a task
after a semicolon, dropped as a speaker's view."""

from tests.extraction.conftest import directives_in, leads, unit

FR_UNITS = [
    unit("FR-DDT", "Direction départementale des territoires", "DDT"),
    unit("FR-ARS", "Agence régionale de santé", "ARS"),
    unit("FR-SDIS", "Service départemental d'incendie et de secours", "SDIS"),
]


def fr(text, meeting="2026-03-02"):
    return directives_in(text, FR_UNITS, "fr", meeting)


def test_fr_a_past_event_before_a_date_after_jusqu_au_is_not_the_due_date():
    """ "recenser jusqu'au 15 mars les dommages subis ... avant le 28 février": due 15 March, not February 2027."""
    found = fr(
        "Le préfet demande à la DDT de recenser jusqu'au 15 mars 2026 les dommages subis par les exploitations "
        "avant le 28 février.\n"
    )
    assert leads(found) == ["FR-DDT"]
    assert str(found[0].deadline) == "2026-03-15"


def test_fr_the_end_of_a_numbered_week_is_not_the_meeting_s_week():
    """ "pour la fin de la semaine 12": week 12 (ending 22 March 2026), never the meeting's own Sunday."""
    found = fr("La DDT transmettra le bilan des contrôles pour la fin de la semaine 12.\n")
    assert leads(found) == ["FR-DDT"]
    assert str(found[0].deadline) in ("None", "2026-03-22")


def test_fr_a_prefect_asking_all_state_services_is_no_appeal_to_the_public():
    """ "Le préfet demande à tous les services de l'État de transmettre ... :" keeps the services' items."""
    found = fr(
        "Le préfet demande à tous les services de l'État de transmettre leurs besoins :\n"
        "- la DDT, avant le 15 mars 2026, l'état des routes ;\n"
        "- l'ARS, avant le 20 mars 2026, l'état des stocks.\n"
    )
    assert leads(found) == ["FR-DDT", "FR-ARS"]
    assert [str(d.deadline) for d in found] == ["2026-03-15", "2026-03-20"]


def test_fr_the_present_arrete_s_own_clause_is_an_order():
    """ "En vertu du présent arrêté, la DDT devra ...": the text's own order, not an adopted act's content."""
    found = fr(
        "Article 3\nEn vertu du présent arrêté, la DDT devra transmettre au préfet avant le 30 avril 2026 la liste "
        "des ouvrages contrôlés.\n"
    )
    assert leads(found) == ["FR-DDT"]
    assert str(found[0].deadline) == "2026-04-30"


def test_fr_files_put_on_my_desk_on_monday_have_no_due_date():
    """ "les dossiers déposés sur mon bureau lundi": when they came in (a past participle), no deadline."""
    found = fr(
        "La DDT instruira en priorité les dossiers déposés sur mon bureau lundi par les exploitants sinistrés.\n",
        meeting="2026-03-04",
    )
    assert leads(found) == ["FR-DDT"]
    assert found[0].deadline is None


def test_fr_a_plan_due_for_a_quarter_at_the_latest_keeps_its_deadline():
    """ "remettra son plan de contrôle pour le troisième trimestre 2026 au plus tard": due 30 September 2026."""
    found = fr("La DDT remettra son plan de contrôle pour le troisième trimestre 2026 au plus tard.\n")
    assert leads(found) == ["FR-DDT"]
    assert str(found[0].deadline) == "2026-09-30"


AGENCIES = [
    unit("SV-ST", "Statskontoret"),
    unit("SV-DIGG", "Myndigheten för digital förvaltning", "Digg"),
]


def test_sv_not_least_in_the_assignment_is_no_scope_limit():
    """ "I uppdraget ingår inte minst att ... senast den 30 november 2026": a task of the order, its deadline kept."""
    found = directives_in(
        "Regeringens beslut\n\n"
        "Regeringen uppdrar åt Statskontoret att kartlägga tillsynen av kommunerna.\n"
        "I uppdraget ingår inte minst att Statskontoret ska lämna förslag på förenklingar senast den 30 november "
        "2026.\n",
        AGENCIES,
        "sv",
        "2026-03-05",
    )
    assert leads(found) and set(leads(found)) == {"SV-ST"}
    assert any("förenklingar" in d.text and str(d.deadline) == "2026-11-30" for d in found)


def test_sv_an_instruction_for_an_agency_keeps_the_agency_s_whole_name():
    """ "förordningen (2022:1549) med instruktion för Myndigheten för digital förvaltning": not cut at "digital"."""
    found = directives_in(
        "Regeringen uppdrar åt Statskontoret att, med utgångspunkt i förordningen (2022:1549) med instruktion för "
        "Myndigheten för digital förvaltning, se över myndighetens uppgifter. Uppdraget ska redovisas senast den 30 "
        "november 2026.\n",
        AGENCIES,
        "sv",
        "2026-03-05",
    )
    assert leads(found) == ["SV-ST"]
    instructions = [ref for ref in found[0].references if "instruktion" in ref]
    assert all(ref.endswith("digital förvaltning") for ref in instructions), found[0].references


TOWN = [
    unit("SV-KS", "Kommunstyrelsen"),
    unit("SV-SN", "Socialnämnden"),
    unit("SV-TN", "Tekniska nämnden"),
]


def test_sv_an_assignment_the_board_says_is_not_closed_stays_open():
    """ "Kommunstyrelsen beslutar att uppdraget inte avslutas ...": the recalled assignment is still open."""
    found = directives_in(
        "§ 88 Uppföljning av uppdrag om trygghetsvärdar\n\n"
        "Kommunstyrelsen beslutade 2025-10-08, § 156, att uppdra åt socialnämnden att ta fram en modell för "
        "trygghetsvärdar i centrum senast den 30 juni 2026. Uppdraget redovisades på arbetsutskottet 2026-03-18 "
        "utan kostnadsberäkning.\n\n"
        "Kommunstyrelsens beslut\n"
        "Kommunstyrelsen beslutar att uppdraget inte avslutas förrän en kostnadsberäkning har redovisats.\n",
        TOWN,
        "sv",
        "2026-04-06",
    )
    assert leads(found) == ["SV-SN"]
    assert str(found[0].deadline) == "2026-06-30"


PROVINCE = [
    unit("EN-DOH", "Department of Health"),
    unit("EN-DOF", "Department of Finance"),
    unit("EN-DOLISA", "Department of Labour, Invalids and Social Affairs", "DOLISA"),
    unit("EN-PPC", "Provincial People's Committee"),
]


def province(text):
    return directives_in(text, PROVINCE, "en", "2026-03-02")


def test_en_a_consent_followed_by_and_required_x_to_is_an_order():
    """ "agreed with the proposal of ... and required the Department of Finance to ...": the order after the consent."""
    found = province(
        "CONCLUSION OF THE VICE CHAIRMAN\n1. The Vice Chairman agreed with the proposal of the Department of Health "
        "to add 50 beds at the provincial hospital and required the Department of Finance to balance the funds "
        "before 30 June 2026.\n"
    )
    assert leads(found) == ["EN-DOF"]
    assert str(found[0].deadline) == "2026-06-30"


def test_en_the_plan_an_order_makes_is_no_reference():
    """ "shall prepare the provincial revenue plan for 2027": the order's product, not a document it acts on."""
    found = province(
        "The Department of Finance shall prepare the provincial revenue plan for 2027 and submit it to the "
        "Provincial People's Committee before 31 October 2026.\n"
    )
    assert leads(found) == ["EN-DOF"]
    assert found[0].references == []


def test_en_a_target_programme_s_name_stops_before_the_verb_after_it():
    """ "the National Target Program on sustainable poverty reduction are fully disbursed": the name ends at "are"."""
    found = province(
        "The Department of Labour, Invalids and Social Affairs shall ensure that funds of the National Target "
        "Program on sustainable poverty reduction are fully disbursed before 30 November 2026.\n"
    )
    assert leads(found) == ["EN-DOLISA"]
    assert not any("disbursed" in ref or " are " in ref for ref in found[0].references), found[0].references


VI_UNITS = [
    unit("VI-SYT", "Sở Y tế"),
    unit("VI-STC", "Sở Tài chính"),
]


def test_vi_a_task_assigned_after_a_speaker_s_view_in_the_same_sentence_is_kept():
    """ "Theo Phó Chủ tịch UBND tỉnh, ... kết quả tích cực; giao Sở Y tế chủ trì ...": the task after the view."""
    found = directives_in(
        "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về phòng, chống dịch sốt xuất huyết\n\n"
        "Theo Phó Chủ tịch UBND tỉnh, công tác phòng, chống dịch thời gian qua đã đạt kết quả tích cực; giao Sở Y "
        "tế chủ trì, phối hợp với Sở Tài chính rà soát nhu cầu hóa chất, báo cáo UBND tỉnh trước ngày 30/6/2026.\n",
        VI_UNITS,
        "vi",
        "2026-03-02",
    )
    assert leads(found) == ["VI-SYT"]
    assert str(found[0].deadline) == "2026-06-30"
