"""Orders in the forms a fifty-ninth batch of Swedish texts written blind showed: a board's follow-up list whose
heading opens on its number column ("Nr Uppdrag Ansvarig Klart senast Status") over rows numbered with the year the
assignment was given ("2024:06 Utreda ..."), some numbers left out; a status cell that moves the row's due ("Försenad,
ny tidplan: oktober"); a decision's sentence hard-wrapped before the number of the assignment it names ("... av
uppdrag\\n2024:06 till nämndens sammanträde ...") in a text of uneven lines; a modal inside an indirect question that a
law or a report leaves open ("Förordningen anger inte vilka rutiner kommunerna ska ha"), no order; the heads of the
units a task is done with, named by their units ("tillsammans med förvaltningscheferna för X och Y"). Texts and
directory written for these tests."""

from tests.extraction.conftest import codes, directives_in, leads, unit

DIRECTORY = [
    unit("HV-NMD", "Omsorgsnämnden, Region Hagvik", "nämnden"),
    unit("HV-OMF", "Region Hagvik – Omsorgsförvaltningen", "omsorgsdirektören", "förvaltningen"),
    unit("HV-RDK", "Region Hagvik – Regiondirektörens kansli", "regiondirektören"),
    unit("HV-LOK", "Region Hagvik – Lokalförsörjningsenheten", "Lokalförsörjningen", "lokalförsörjningsenheten"),
    unit("HV-HAB", "Region Hagvik – Habiliteringen", "Habiliteringen"),
    unit("HV-IT", "Region Hagvik – IT-avdelningen", "IT-avdelningen"),
    unit("HV-KUL", "Kultur- och fritidsförvaltningen, Sjöberga kommun", "kultur- och fritidsförvaltningen"),
    unit("HV-TEK", "Tekniska förvaltningen, Sjöberga kommun", "tekniska förvaltningen"),
    unit("HV-KD", "Kommunledningskontoret, Sjöberga kommun", "kommundirektören"),
]


def run(text, meeting="2026-06-09"):
    return directives_in(text, DIRECTORY, "sv", meeting)


FOLLOW_UP = (
    "REGION HAGVIK\nOmsorgsnämnden\nPROTOKOLL\nSammanträdesdatum: 2026-06-09\n\n"
    "§ 31 Uppföljning av nämndens uppdrag\nDnr ON 2026/077\n\n"
    "Förvaltningen redovisar de uppdrag som fortfarande pågår. Listan är ett utdrag ur\n"
    "nämndens uppdragslista.\n\n"
    "Nr Uppdrag Ansvarig Klart senast Status\n"
    "2024:06 Utreda gemensamma lokaler för habiliteringen i Norrhamn och Västby Omsorgsdirektören, "
    "Lokalförsörjningen 2026-05-31 Försenad, ny tidplan: oktober. Lokalfrågan utreds vidare.\n"
    "2024:13 Ta fram en plan för digitala hjälpmedel i hemtjänsten Habiliteringen 2026-12-31 Pågår enligt plan.\n"
    "2025:02 Se över rutinerna för journalföring i korttidsvården Omsorgsförvaltningen i samråd med "
    "IT-avdelningen 2026-08-31 Försenad. Ny tidplan: 2026-12-15.\n\n"
    "Beslut\n"
    "Omsorgsnämnden beslutar\n"
    "1. Uppföljningen godkänns.\n"
    "2. Omsorgsdirektören får i uppdrag att i samråd med regiondirektören redovisa\n"
    "en fördjupad analys av förseningen av det som anges i uppdrag\n"
    "2024:06 till nämndens sammanträde den 13 oktober 2026.\n"
)


def test_a_follow_up_list_numbered_with_the_year_under_a_heading_that_opens_on_its_number():
    rows = [d for d in run(FOLLOW_UP) if d.text[:4] in ("2024", "2025")]
    assert [d.text[:7] for d in rows] == ["2024:06", "2024:13", "2025:02"]
    assert leads(rows) == ["HV-OMF", "HV-HAB", "HV-OMF"]
    assert [codes(d.coordinating) for d in rows] == [["HV-LOK"], [], ["HV-IT"]]
    assert str(rows[1].deadline) == "2026-12-31"


def test_the_rows_of_the_list_do_not_cite_the_case_of_the_paragraph_that_follows_them_up():
    rows = [d for d in run(FOLLOW_UP) if d.text[:4] in ("2024", "2025")]
    assert [d.references for d in rows] == [[], [], []]
    (order,) = [d for d in run(FOLLOW_UP) if d.text.startswith("Omsorgsdirektören")]
    assert order.references == ["Dnr ON 2026/077"]  # the paragraph's own decision cites its case


def test_a_status_cell_that_moves_the_due_gives_the_new_due():
    text = (
        "§ 45 Uppföljning av uppdrag\n\n"
        "Beslutad Uppdrag Ansvarig Klart senast Status\n"
        "2025-03-11 § 22 Utreda gemensamma lokaler för habiliteringen Habiliteringen 2026-05-31 Försenad, ny "
        "tidplan: oktober. Lokalfrågan utreds vidare.\n"
        "2025-09-16 § 71 Se över rutinerna för journalföring IT-avdelningen 2026-08-31 Försenad. Ny tidplan: "
        "2026-12-15.\n"
        "2025-10-14 § 80 Kartlägga behovet av larmtjänster IT-avdelningen 2026-12-31 Pågår.\n\n"
        "Beslut\nUppföljningen läggs till handlingarna.\n"
    )
    rows = run(text)
    assert leads(rows) == ["HV-HAB", "HV-IT", "HV-IT"]
    assert [str(d.deadline) for d in rows] == ["2026-10-31", "2026-12-15", "2026-12-31"]


def test_a_decision_wrapped_before_the_number_of_the_assignment_it_names_goes_on_to_its_due():
    (order,) = [d for d in run(FOLLOW_UP) if d.text.startswith("Omsorgsdirektören")]
    assert order.text.endswith("den 13 oktober 2026")
    assert str(order.deadline) == "2026-10-13"
    assert codes(order.coordinating) == ["HV-RDK"]


def test_a_modal_in_a_question_a_rule_leaves_open_is_no_order():
    text = (
        "Bakgrund\n"
        "Enligt förordningen ansvarar regionerna för hjälpmedel till personer med funktionsnedsättning. "
        "Förordningen anger däremot inte vilka rutiner regionerna ska ha för återlämning av hjälpmedel. "
        "Det framgår inte heller hur länge ett hjälpmedel bör sparas.\n"
    )
    assert run(text) == []


def test_the_heads_of_the_units_a_task_is_done_with_stand_for_their_units():
    text = (
        "Kommunstyrelsen uppdrar åt kommundirektören att tillsammans med förvaltningscheferna för "
        "kultur- och fritidsförvaltningen och tekniska förvaltningen ta fram en plan för föreningslokalerna.\n"
    )
    (order,) = run(text)
    assert leads([order]) == ["HV-KD"]
    assert codes(order.coordinating) == ["HV-KUL", "HV-TEK"]
