"""Orders in the forms a fifty-second batch of Swedish texts written blind showed: a joint regeringsbeslut whose
sentence naming the convener ("X ska vara sammankallande") is no task of its own, the assignment going on past it; a
member's words put on record ("lämnar följande protokollsanteckning: ”...”"), no order; a decision's clauses that
hand down a power to decide ("att delegera till X att besluta om ...") or approve something else ("att i övrigt
fastställa ...", "att anta förvaltningens tjänsteskrivelse ..."), outside the order that follows them; and a case
number run on the title of a paragraph's heading in a column of its own ("§ 12 Titel   Dnr SN 2026/7"), which files
the matter and is no reference of its decisions (one on a line of its own under the heading still is). Texts and
directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

AGENCIES = [
    unit("SE-FLV", "Statens fjärrvärmeverk", "Fjärrvärmeverket"),
    unit("SE-ENM", "Energimarknadsnämnden", "EMN"),
    unit("SE-BKV", "Byggkvalitetsverket"),
    unit("SE-KOF", "Kommunförbundet Norr"),
]
DECISION_HEAD = (
    "Regeringsbeslut   II:4\n2026-05-07   KN2026/01122\n\nKlimat- och näringsdepartementet\n\n"
    "Uppdrag att analysera lokala värmemarknader\n\nRegeringens beslut\n\n"
)


def test_the_sentence_that_names_the_convener_of_a_joint_assignment_is_no_order_of_its_own():
    text = DECISION_HEAD + (
        "Regeringen uppdrar åt Statens fjärrvärmeverk, Energimarknadsnämnden och Byggkvalitetsverket att tillsammans "
        "analysera hur prissättningen på lokala värmemarknader påverkar hushållen. Energimarknadsnämnden ska vara "
        "sammankallande. Uppdraget ska genomföras i dialog med Kommunförbundet Norr. Uppdraget ska redovisas till "
        "Regeringskansliet senast den 1 mars 2027.\n"
    )
    found = directives_in(text, AGENCIES, "sv", "2026-05-07")
    assert leads(found) == ["SE-ENM"]
    assert found[0].text.startswith("Regeringen uppdrar åt Statens fjärrvärmeverk")
    assert "sammankallande" in found[0].text
    assert sorted(d.code for d in found[0].coordinating) == ["SE-BKV", "SE-FLV", "SE-KOF"]
    assert str(found[0].deadline) == "2027-03-01"


COUNCIL = [
    unit("KV-SOF", "Ekvika kommun, Socialförvaltningen", "Socialförvaltningen", "förvaltningen"),
    unit("KV-SN", "Ekvika kommun, Socialnämnden", "Socialnämnden"),
]
PROTOCOL_HEAD = (
    "EKVIKA KOMMUN                SAMMANTRÄDESPROTOKOLL\nSocialnämnden                Sammanträdesdatum 2026-04-15\n\n"
)


def test_a_member_s_words_put_on_record_are_no_order():
    text = PROTOCOL_HEAD + (
        "§ 12 Insatser för unga vuxna\n"
        "Beslut\n"
        "att uppdra åt socialförvaltningen att kartlägga behovet av stödboende och redovisa kartläggningen senast "
        "den 30 september 2026.\n"
        "Protokollsanteckning\n"
        "Karin Lund (MP) lämnar följande protokollsanteckning: ”Kartläggningen bör även omfatta unga som saknar "
        "kontakt med socialtjänsten och ideella aktörer bör få lämna synpunkter.”\n"
    )
    found = directives_in(text, COUNCIL, "sv", "2026-04-15")
    assert leads(found) == ["KV-SOF"]
    assert str(found[0].deadline) == "2026-09-30"


def test_a_power_to_decide_handed_down_and_what_else_is_approved_stay_outside_the_order_after_them():
    text = PROTOCOL_HEAD + (
        "§ 13 Ändringar i delegationsordningen\n"
        "Beslut\n"
        "att delegera till biträdande enhetschef att besluta om tillfälligt boende i högst fyra veckor,\n"
        "att i övrigt fastställa delegationsordningen enligt bilaga,\n"
        "att uppdra åt förvaltningen att utvärdera den nya delegationen före den 1 december 2026.\n\n"
        "§ 14 Svar till revisorerna\n"
        "Beslut\n"
        "att anta förvaltningens tjänsteskrivelse 2026-04-02 som svar till revisorerna,\n"
        "att uppdra åt socialförvaltningen att återrapportera vidtagna åtgärder till nämnden i oktober 2026.\n"
    )
    found = directives_in(text, COUNCIL, "sv", "2026-04-15")
    assert leads(found) == ["KV-SOF", "KV-SOF"]
    assert found[0].text.startswith("att uppdra åt förvaltningen att utvärdera")
    assert found[1].text.startswith("att uppdra åt socialförvaltningen att återrapportera")


def test_a_case_number_run_on_the_heading_s_title_is_no_reference_of_the_decisions():
    text = PROTOCOL_HEAD + (
        "§ 15 Budgetuppföljning mars 2026        Dnr SN 2026/7\n"
        "Beslut\n"
        "att uppdra åt socialförvaltningen att ta fram en åtgärdsplan till nämndens sammanträde i maj 2026.\n\n"
        "§ 16\n"
        "Dnr SN 2026/9\n"
        "Lokalförsörjning\n"
        "Beslut\n"
        "att uppdra åt socialförvaltningen att inventera lokalbehovet till nämndens sammanträde i juni 2026.\n"
    )
    found = directives_in(text, COUNCIL, "sv", "2026-04-15")
    assert leads(found) == ["KV-SOF", "KV-SOF"]
    assert found[0].references == []
    assert found[1].references == ["Dnr SN 2026/9"]
