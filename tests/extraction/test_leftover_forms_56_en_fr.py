"""English and French forms readers found the extractor got wrong after the fifty-sixth batch: a past year before an
order told in the past passive ("En 2024, la DDT a été chargée de ...", "In 2023, staff was directed to ..."); a
time opener before a unit and its future verb ("Après la réunion, la DDT transmettra ..."); a due date after the
day's end ("by close of business Friday, May 22, 2026") or at a sitting "being held on" a date; a month opener
that is the meeting's own month; a ministry named before a comma and the next unit ("Selon le ministère des
Transports, la DGAC ..."); and a report's title line or a log's "Updated following ..." line. Texts and
directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

PREFECTURE = [
    unit("FR-DDTM", "Direction départementale des territoires et de la mer", "DDTM"),
    unit("FR-ARS", "Agence régionale de santé", "ARS"),
    unit("FR-MINT", "ministère de l'Intérieur"),
    unit("FR-DGSCGC", "Direction générale de la sécurité civile", "DGSCGC"),
    unit("FR-SDIS", "Service départemental d'incendie et de secours", "SDIS"),
]

TOWN = [
    unit("OK-ENG", "Engineering Services", "Engineering"),
    unit("OK-REC", "Recreation Department", "Recreation"),
    unit("OK-COW", "Committee of the Whole"),
    unit("OK-CLK", "Office of the Town Clerk", "Town Clerk"),
]


def prefecture(text, meeting="2026-04-14"):
    return directives_in(text, PREFECTURE, "fr", meeting)


def town(text, meeting="2026-04-14"):
    return directives_in(text, TOWN, "en", meeting)


def test_a_past_year_before_a_french_past_passive_is_an_assignment_told():
    text = (
        "En 2023, l'ARS a été chargée de cartographier les déserts médicaux du département.\n\n"
        "Le SDIS doit remettre le plan de défense incendie avant le 30 septembre 2026.\n"
    )
    assert leads(prefecture(text)) == ["FR-SDIS"]


def test_other_year_openers_before_a_past_passive_and_the_english_form():
    assert prefecture("Courant 2024, les services de la DDTM ont été invités à réviser le plan de prévention.\n") == []
    assert town("In 2023, staff was directed to review the fees charged for the arena.\n") == []
    assert town("Back in 2024, Engineering was asked to map the storm sewer outfalls.\n") == []


def test_a_time_opener_before_a_unit_and_its_future_verb_is_an_order():
    found = prefecture(
        "À l'issue de la séance, l'ARS adressera aux maires la liste des pharmacies de garde avant le 2 mai.\n"
    )
    assert leads(found) == ["FR-ARS"]
    assert str(found[0].deadline) == "2026-05-02"
    found = prefecture("Dès la semaine prochaine, le SDIS transmettra au préfet le bilan des interventions.\n")
    assert leads(found) == ["FR-SDIS"]


def test_a_due_date_after_the_end_of_the_business_day():
    found = town("Engineering shall deliver the culvert assessment by close of business Thursday, June 4, 2026.\n")
    assert [str(d.deadline) for d in found] == ["2026-06-04"]
    found = town("The Recreation Department is to post the summer camp fees by end of day 29 May 2026.\n")
    assert [str(d.deadline) for d in found] == ["2026-05-29"]


def test_a_due_date_at_a_sitting_being_held_on_a_date():
    found = town("The Town Clerk is to table the election budget at the workshop being held on 9 June 2026.\n")
    assert [str(d.deadline) for d in found] == ["2026-06-09"]


def test_a_month_opener_that_is_the_meeting_s_own_month_is_this_meeting_s_order():
    text = "In April, Engineering was asked to prepare a report on traffic calming for Elm Road.\n"
    found = town(text, meeting="2026-04-14")
    assert leads(found) == ["OK-ENG"]
    assert found[0].deadline is None  # the month it was asked in, no due date
    assert town(text, meeting="2026-06-08") == []  # an earlier month: an order told


def test_a_ministry_named_before_a_comma_and_the_next_unit():
    found = prefecture(
        "Selon le ministère de l'Intérieur, la DGSCGC doit diffuser la nouvelle doctrine d'alerte avant le 1er juin.\n"
    )
    assert leads(found) == ["FR-DGSCGC"]


def test_a_report_s_title_line_is_no_order():
    text = (
        "TOWN OF OAKRIDGE\nReport to Committee of the Whole\nFrom: Engineering Services\nDate: April 14, 2026\n"
        "Subject: Culvert Renewal\n\nEngineering shall tender the culvert renewal by June 30, 2026.\n"
    )
    assert leads(town(text)) == ["OK-ENG"]


def test_a_log_s_updated_line_is_no_order():
    text = (
        "TOWN OF OAKRIDGE\nCouncil Direction Tracker\nUpdated following the Special Meeting held April 14, 2026\n\n"
        "Direction: Engineering to tender the culvert renewal by June 30, 2026.\n"
    )
    found = town(text)
    assert [d.text for d in found] == ["Engineering to tender the culvert renewal by June 30, 2026"]
