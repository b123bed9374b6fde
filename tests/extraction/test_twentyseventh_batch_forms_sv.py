"""Orders in the forms a twenty-seventh batch of Swedish texts written blind showed: a directory kept for several
municipalities whose units open on the municipality and a comma ("Ekby kommun, tekniska nämnden", "Ekby stad,
ekonomienheten"), so a text of one of them names its own unit; the product of the order done by a date ("Rutinen ska
vara övad före ..."); what a report must show ("Av redovisningen ska framgå ...") and a regleringsbrev's opening
("följande ska gälla"), which order nothing; a member's proposal told in the past ("X föreslog att ..."); a decision's
infinitives "uppmana" and "sända ... för beredning"; the sector named again by its kind, coming back with an answer;
a final report dated right before its noun; the next item of a dashed decision list after an item holding a
sentence of its own; a subject after the verb of a clause that opens on an adverbial; and a numbered section
heading, which ends the order before it. Texts and directory written for these tests."""

from tests.extraction.conftest import codes, directives_in, unit

DIRECTORY = [
    unit("EK-KS", "Ekby kommun, kommunstyrelsen"),
    unit("EK-TN", "Ekby kommun, tekniska nämnden"),
    unit("EK-EKO", "Ekby kommun, ekonomiavdelningen"),
    unit("EK-SOC", "Ekby kommun, socialförvaltningen"),
    unit("NB-SS", "Norrby stad, stadsstyrelsen"),
    unit("NB-TN", "Norrby stad, tekniska nämnden"),
    unit("NB-EKO", "Norrby stad, ekonomienheten"),
    unit("NB-KULT", "Norrby stad, kultursektorn"),
    unit("NB-MILJO", "Norrby stad, miljösektorn"),
    unit("AV-EKO", "Åsby kommun, ekonomiavdelningen", "Ekonomienheten", "Tekniska nämnden"),
    unit("AV-KS", "Åsby kommun, kommunstyrelsen"),
    unit("AV-BUN", "Åsby kommun, barn- och utbildningsnämnden"),
    unit("SKV", "Skogsstyrelsen"),
    unit("ESV", "Ekonomistyrningsverket"),
    unit("KEMI", "Kemikalieinspektionen"),
    unit("RK", "Regeringskansliet"),
    unit("RK-KN", "Klimat- och näringslivsdepartementet"),
]


def run(text, meeting="2026-04-21"):
    return directives_in(text, DIRECTORY, "sv", meeting)


def test_a_municipalitys_own_unit_in_a_directory_kept_for_several():
    text = (
        "NORRBY STAD                                   PROTOKOLL 7/2026\nStadsstyrelsen\n\n"
        "§ 88  BUDGETUPPFÖLJNING\n"
        "Beslut: Stadsstyrelsen uppdrar åt ekonomienheten att utarbeta en ny prognos.\n\n"
        "§ 89  GATUBELYSNING\n"
        "Beslut: Ärendet remitteras till tekniska nämnden för utlåtande.\n"
    )
    assert [d.lead.code for d in run(text)] == ["NB-EKO", "NB-TN"]


def test_a_municipalitys_department_by_its_one_word_in_its_own_minutes():
    text = (
        "EKBY KOMMUN                          SAMMANTRÄDESPROTOKOLL\nKommunstyrelsen\n\n"
        "§ 31 Lönekostnader\n\nKommunstyrelsens beslut\n"
        "Ekonomiavdelningen får i uppdrag att analysera lönekostnaderna per förvaltning.\n"
    )
    (directive,) = run(text)
    assert directive.lead.code == "EK-EKO"


def test_the_product_tried_out_by_a_date_dates_the_order():
    text = (
        "Åtgärder\n\n2. Skogsstyrelsen ska ta fram en plan för brandbevakning med flyg. Planen ska vara "
        "antagen före utgången av maj 2026.\n"
    )
    (directive,) = run(text)
    assert directive.lead.code == "SKV"
    assert str(directive.deadline) == "2026-05-31"
    assert directive.text.endswith("maj 2026")


def test_what_a_report_must_show_orders_nothing_and_the_report_date_goes_on():
    text = (
        "Kemikalieinspektionen ska kartlägga användningen av PFAS i brandskum. Av rapporten ska även framgå "
        "vilka alternativ som finns. Uppdraget ska redovisas senast den 15 november 2026.\n"
    )
    (directive,) = run(text)
    assert directive.lead.code == "KEMI"
    assert str(directive.deadline) == "2026-11-15"


def test_a_regleringsbrevs_opening_is_no_order():
    text = (
        "Regeringen beslutar att följande villkor ska gälla under budgetåret 2027 för Skogsstyrelsen.\n\n"
        "Skogsstyrelsen ska redovisa arbetet med skogsbruksplaner senast den 1 mars 2027.\n"
    )
    (directive,) = run(text)
    assert directive.text.startswith("Skogsstyrelsen ska redovisa")


def test_a_members_proposal_told_in_the_past_is_no_order():
    text = (
        "§ 52  PARKERINGSAVGIFTER\n"
        "Lisa Holm föreslog att miljösektorn ska utreda avgiftsfri parkering för elbilar. "
        "Förslaget understöddes inte.\n\n"
        "Beslut: Stadsstyrelsen antecknade redogörelsen.\n"
    )
    assert run(text) == []


def test_a_decisions_infinitive_urges_the_sector():
    text = (
        "Beslut: Stadsstyrelsen beslöt godkänna programmet samt uppmana kultursektorn att senast 30.9.2026 "
        "presentera en plan för biblioteksfilialerna.\n"
    )
    (directive,) = run(text)
    assert directive.lead.code == "NB-KULT"
    assert str(directive.deadline) == "2026-09-30"


def test_a_letter_sent_on_for_preparation_and_the_sector_comes_back():
    text = (
        "Beslut: Stadsstyrelsen beslöt sända medborgarinitiativet till miljösektorn för beredning. "
        "Sektorn ska återkomma med ett utlåtande inom fyra veckor.\n"
    )
    (directive,) = run(text)
    assert directive.lead.code == "NB-MILJO"
    assert str(directive.deadline) == "2026-05-19"
    assert directive.text.endswith("fyra veckor")


def test_a_final_report_dated_right_before_its_noun():
    text = (
        "Skogsstyrelsen ska utveckla stödet till små skogsägare. Skogsstyrelsen ska senast den 1 april 2027 "
        "lämna en delrapport och senast den 30 november 2027 en slutrapport till Regeringskansliet "
        "(Klimat- och näringslivsdepartementet).\n"
    )
    (directive,) = run(text)
    assert str(directive.deadline) == "2027-11-30"


def test_the_next_dashed_item_after_an_item_with_a_sentence_of_its_own():
    text = (
        "Kommunstyrelsens beslut\nKommunstyrelsen beslutar att\n"
        "- ge socialförvaltningen i uppdrag att utreda ett nytt trygghetsboende. Kartläggningen redovisas för\n"
        "  kommunstyrelsen under tredje kvartalet 2026,\n"
        "- ekonomiavdelningen ska beräkna kostnaderna för ombyggnaden.\n"
    )
    first, second = run(text)
    assert first.lead.code == "EK-SOC"
    assert str(first.deadline) == "2026-09-30"
    assert second.lead.code == "EK-EKO"
    assert second.deadline is None


def test_the_subject_after_the_verb_is_the_one_the_authority_stands_for():
    text = (
        "1. Skogsbränder\n\n"
        "Skogsstyrelsen ska uppdatera vägledningen om skogsbrand. Uppdraget ska redovisas till Regeringskansliet "
        "(Klimat- och näringslivsdepartementet) senast den 1 mars 2027.\n\n"
        "2. Bekämpningsmedel\n\n"
        "Inom ramen för det tidigare uppdraget (KN2024/00123) har Kemikalieinspektionen under 2025 byggt upp "
        "ett register. Myndigheten ska under 2027 utveckla registret.\n"
    )
    first, second = run(text)
    assert first.lead.code == "SKV"
    assert second.lead.code == "KEMI"
    assert codes(second.coordinating) == []


def test_a_numbered_section_heading_ends_the_order_before_it():
    text = (
        "1. Skogsbränder\n\n"
        "Skogsstyrelsen ska uppdatera vägledningen om skogsbrand. Redovisning sker till Regeringskansliet i "
        "mars 2027.\n\n"
        "2. Uppdrag som ska slutredovisas under 2027\n\n"
        "Kemikalieinspektionen ska slutredovisa uppdraget om biocider senast den 30 juni 2027.\n"
    )
    first, second = run(text)
    assert first.lead.code == "SKV"
    assert str(first.deadline) == "2027-03-31"
    assert second.lead.code == "KEMI"
