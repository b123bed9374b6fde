"""Orders in the forms a fifty-fifth batch of Swedish texts written blind showed: a proposal under a "Förslag till
beslut" heading, or told as "Nämnden föreslås besluta att", that the decision after it writes out again in its own
words (the decision's orders stand, the proposal's go); a numbered decision whose first point only files a report
("lägga redovisningen till handlingarna") or adopts a thing by its participle ("anta reviderade riktlinjer"); a
case number on the paragraph's heading line right after its number ("§ 12   Dnr KS 2026/55"), which files the
matter and is cited by none of its orders; a kind of budget with its year right after it ("driftbudgeten 2027"); the
unit a follow-on sentence of the order names as a partner, when the sentence also says when the work is handed in.
Texts and directory written for these tests."""

from tests.extraction.conftest import codes, directives_in, unit

DIRECTORY = [
    unit("HK-KS", "Kommunstyrelsen"),
    unit("HK-MBN", "Miljö- och byggnämnden"),
    unit("HK-MBF", "Miljö- och byggförvaltningen", "förvaltningen"),
    unit("HK-TF", "Tekniska förvaltningen"),
    unit("HK-KLK", "Kommunledningskontoret"),
    unit("HK-GN", "Gatunämnden"),
    unit("SE-NV", "Naturvårdsverket", "Statens naturvårdsverk"),
    unit("SE-HAV", "Havs- och vattenmyndigheten"),
]


def run(text, meeting="2026-03-17"):
    return directives_in(text, DIRECTORY, "sv", meeting)


_PROPOSAL_THEN_OWN_DECISION = (
    "§ 14 Tillsyn av enskilda avlopp (MBN 2026/020)\n\n"
    "Ärendebeskrivning\n"
    "Förvaltningen har inventerat de enskilda avloppen runt Hälsjön.\n\n"
    "Förslag till beslut\n"
    "Miljö- och byggnämnden föreslås besluta att\n"
    "1. godkänna inventeringen,\n"
    "2. uppdra åt förvaltningen att ta fram en tillsynsplan för avloppen senast den 30 april 2026.\n\n"
    "Beslut\n"
    "Miljö- och byggnämnden beslutar att\n"
    "1. godkänna inventeringen,\n"
    "2. uppdra åt förvaltningen att ta fram en tillsynsplan för avloppen runt Hälsjön och redovisa den vid "
    "nämndens sammanträde den 19 maj 2026.\n"
)


def test_a_proposal_the_decision_writes_out_again_gives_no_order():
    found = run(_PROPOSAL_THEN_OWN_DECISION)
    assert len(found) == 1, [d.text for d in found]
    assert found[0].text.startswith("uppdra åt förvaltningen att ta fram en tillsynsplan för avloppen runt")
    assert str(found[0].deadline) == "2026-05-19"
    # (a proposal the decision adopts still orders)
    adopted = _PROPOSAL_THEN_OWN_DECISION.split("Beslut\nMiljö")[0] + (
        "Beslut\nMiljö- och byggnämnden beslutar enligt förslaget.\n"
    )
    found = run(adopted)
    assert len(found) == 1, [d.text for d in found]
    assert str(found[0].deadline) == "2026-04-30"


def test_a_first_point_that_files_a_report_is_not_part_of_the_order():
    text = (
        "Beslut\n"
        "Gatunämnden beslutar att\n"
        "1. lägga rapporten till handlingarna,\n"
        "2. uppdra åt tekniska förvaltningen att se över vinterväghållningen på cykelvägarna.\n"
    )
    (directive,) = run(text)
    assert directive.text.startswith("uppdra åt tekniska förvaltningen")


def test_a_first_point_that_adopts_a_thing_by_its_participle_is_not_part_of_the_order():
    text = (
        "Beslut\n"
        "Gatunämnden beslutar att\n"
        "1. anta uppdaterade riktlinjer för schaktarbeten i gatumark,\n"
        "2. uppdra åt tekniska förvaltningen att informera entreprenörerna om riktlinjerna.\n"
    )
    (directive,) = run(text)
    assert directive.text.startswith("uppdra åt tekniska förvaltningen")


def test_a_case_number_on_the_headings_line_after_its_number_is_cited_by_no_order():
    text = (
        "§ 12   Dnr KS 2026/55\n"
        "Översyn av lokalerna i stadshuset\n\n"
        "Beslut\n"
        "Kommunstyrelsen beslutar att\n"
        "1. uppdra åt kommunledningskontoret att se över lokalbehovet i stadshuset.\n"
    )
    (directive,) = run(text)
    assert directive.references == []


def test_a_kind_of_budget_with_its_year_right_after_it_is_a_reference():
    text = (
        "Beslut\n"
        "Gatunämnden beslutar att uppdra åt tekniska förvaltningen att byta ut gatubelysningen på Ekvägen "
        "inom ramen för driftbudgeten 2027.\n"
    )
    (directive,) = run(text)
    assert "driftbudgeten 2027" in directive.references


def test_the_partner_of_a_follow_on_sentence_that_also_sets_the_report():
    text = (
        "Regeringens beslut\n\n"
        "Regeringen ger Naturvårdsverket i uppdrag att se över vägledningen om skyddade områden. Översynen ska "
        "göras i samråd med Havs- och vattenmyndigheten och redovisas senast den 1 november 2026.\n"
    )
    (directive,) = run(text)
    assert directive.lead.code == "SE-NV"
    assert codes(directive.coordinating) == ["SE-HAV"]
    assert str(directive.deadline) == "2026-11-01"
