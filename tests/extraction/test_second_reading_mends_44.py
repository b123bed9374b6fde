"""A second reading of the forty-fourth round of rules: texts in the same genres, other wordings, where a new rule
over-reaches or stops short. A speaker's "said that" / "stated that" read as an order in the subjunctive where it only
reports a wish or a noun's passive infinitive ("wanted to be consulted", "the amount to be transferred had ..."); a
cabinet's "agreed that the Ministry's plan to develop ... was sound", an approval, read as a decision that has a body
work; an agenda's "Write-off of ..." read as an order through the new verb "write"; a board's "Receive the report and
ask X to ...", whose order after the report is dropped with the approval; a French record's roll call not parted from
its decisions by a blank line, which swallows the orders under it; a Swedish order to draw up a plan, its title with
its period ("Plan för ... 2027–2030"), which cites as a reference the document the order is to make; and a French
decision's frame with another adverb inside it ("Il a donc été convenu que ...", "Il a finalement été convenu que
..."), whose subject is lost or whose order is missed. Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

TOWN = [
    unit("CT-PW", "Public Works Department"),
    unit("CT-FD", "Fire Department"),
    unit("CT-FIN", "Finance Department"),
]

CABINET = [
    unit("GV-MOH", "Ministry of Health"),
    unit("GV-MOF", "Ministry of Finance"),
]


def town(text, meeting="2026-03-10"):
    return directives_in(text, TOWN, "en", meeting)


def test_a_public_comment_that_residents_wanted_to_be_consulted_is_no_order():
    """ "Ms. X said that residents wanted to be consulted ...": a speaker's report of a wish, no subjunctive order."""
    text = (
        "Public Comment\n\n"
        "Ms. Alvarez said that residents on Elm Street wanted to be consulted before any change to the parking "
        "rules.\n\n"
        "The Public Works Department will repave Elm Street by June 30, 2026.\n"
    )
    found = town(text)
    assert leads(found) == ["CT-PW"]
    assert not any("Alvarez" in d.text for d in found)


def test_a_passive_infinitive_after_a_noun_in_a_statement_is_no_order():
    """ "stated that the amount to be transferred had already been received": a report, its "be" after "to"."""
    text = "The Treasurer stated that the amount to be transferred had already been received from the province.\n"
    assert town(text) == []


def test_a_cabinet_that_finds_a_ministry_s_plan_sound_gives_it_no_work():
    """ "agreed that the Ministry's plan to develop ... was sound": an approval of a plan, no body set to work."""
    text = (
        "Cabinet agreed that the Ministry of Health's plan to develop district hospitals was sound and well costed.\n"
    )
    assert directives_in(text, CABINET, "en", "2026-03-10") == []


def test_an_agenda_s_write_off_item_is_no_order():
    """ "Write-off of uncollectible water accounts": an agenda item's noun, not the imperative "write"."""
    text = (
        "AGENDA\n\n1. Call to order\n2. Write-off of uncollectible water accounts\n"
        "3. Engagement of auditors for 2026\n4. Adjournment\n"
    )
    assert town(text) == []


def test_a_recommended_action_that_receives_a_report_and_asks_a_unit_to_act_keeps_its_order():
    """ "Receive the quarterly budget report and ask the Finance Department to prepare ...": the order after it."""
    text = (
        "Recommended Action: Receive the quarterly budget report and ask the Finance Department to prepare a "
        "revised forecast by May 15, 2026.\n"
    )
    found = town(text)
    assert leads(found) == ["CT-FIN"]
    assert str(found[0].deadline) == "2026-05-15"


FR_UNITS = [
    unit("FR-DDT", "Direction départementale des territoires", "DDT"),
    unit("FR-ARS", "Agence régionale de santé", "ARS"),
]


def test_a_roll_call_with_no_blank_line_before_the_decisions_does_not_swallow_them():
    """A roll call ends at the record's next heading ("Relevé de décisions"), not only at a blank line."""
    text = (
        "Compte rendu de la réunion du comité habitat indigne\n\n"
        "Participants :\nDDT : M. Martin, Mme Leroy\nARS : Mme Durand\n"
        "Relevé de décisions\n"
        "La DDT transmettra le bilan des signalements à l'ARS avant le 30 juin 2026.\n"
        "L'ARS organisera une visite conjointe en mai 2026.\n"
    )
    found = directives_in(text, FR_UNITS, "fr", "2026-03-10")
    assert leads(found) == ["FR-DDT", "FR-ARS"]
    assert [str(d.deadline) for d in found] == ["2026-06-30", "2026-05-31"]


def test_a_decision_framed_with_donc_keeps_its_subject_as_lead():
    """ "Il a donc été convenu que la DDT transmettra ...": the DDT leads, as with "en outre", "également"."""
    text = "Il a donc été convenu que la DDT transmettra le bilan des signalements avant le 30 juin 2026.\n"
    found = directives_in(text, FR_UNITS, "fr", "2026-03-10")
    assert leads(found) == ["FR-DDT"]


def test_a_decision_framed_with_finalement_is_an_order():
    """ "Il a finalement été convenu que la DDT transmettra ...": a decision that has the DDT act."""
    text = "Il a finalement été convenu que la DDT transmettra le bilan des signalements avant le 30 juin 2026.\n"
    found = directives_in(text, FR_UNITS, "fr", "2026-03-10")
    assert leads(found) == ["FR-DDT"]
    assert str(found[0].deadline) == "2026-06-30"


SV_TOWN = [
    unit("LV-KS", "Kommunstyrelsen"),
    unit("LV-TN", "Tekniska nämnden"),
]


def test_a_plan_with_its_period_that_the_order_is_to_draw_up_is_no_reference():
    """ "ta fram förslag till Plan för vinterväghållning 2027–2030": the order's product, not a plan it cites."""
    text = (
        "§ 9 Vinterväghållning\n\n"
        "Tekniska nämnden får i uppdrag att ta fram förslag till Plan för vinterväghållning 2027–2030 senast "
        "den 30 september 2026.\n"
    )
    found = directives_in(text, SV_TOWN, "sv", "2026-02-10")
    assert leads(found) == ["LV-TN"]
    assert found[0].references == []
