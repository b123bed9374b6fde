"""Orders in the forms a twentieth batch of English texts written blind showed: a unit asked to keep directing
others, or tasked with work named by its gerunds (its own task, not an order it gives); the product of the work
reported by a date in the next sentence ("The audit findings shall be reported ..."); a deadline of another
calendar glossed by the civil date in brackets; the year of an aim the sentence opens on, and the year a thing
was approved, which are no deadlines. Texts and directory written for these tests."""

import datetime

from tests.extraction.conftest import directives_in, leads, unit
from tracker.extraction import extract

DIRECTORY = [
    unit("LM-UBND", "People's Committee of Lam Son Province", "Lam Son PPC"),
    unit("LM-STC", "Department of Finance of Lam Son Province", "Lam Son DOF"),
    unit("LM-SYT", "Department of Health of Lam Son Province", "Lam Son DOH"),
    unit("LM-SGT", "Department of Transport of Lam Son Province", "Lam Son DOT"),
    unit("GV-CB", "Central Bank", "CB"),
    unit("GV-MOT", "Ministry of Transport", "MoT"),
    unit("GV-OPM", "Office of the Prime Minister", "OPM"),
    unit("GV-MOW", "Ministry of Water", "MoW"),
]


def run(text, meeting):
    return directives_in(text, DIRECTORY, "en", meeting)


def test_a_unit_asked_to_keep_directing_others_leads_its_own_task():
    text = (
        "The Prime Minister chaired a meeting on credit on June 2.\n\n"
        "The Central Bank was requested to keep on instructing commercial lenders to cut interest rates for "
        "small firms.\n"
    )
    assert leads(run(text, "2026-06-02")) == ["GV-CB"]


def test_a_unit_tasked_with_work_named_by_gerunds_leads_it():
    text = (
        "The Prime Minister chaired a meeting on transport on June 2.\n\n"
        "The Ministry of Transport was entrusted with inspecting the bridges and reporting to the Prime "
        "Minister.\n\n"
        "The Ministry of Water has been tasked with supervising and urging the provinces to finish the dykes.\n"
    )
    assert leads(run(text, "2026-06-02")) == ["GV-MOT", "GV-MOW"]


def test_the_product_of_the_work_reported_by_a_date_in_the_next_sentence():
    text = (
        "The Chairman of Lam Son Province chaired the monthly meeting on May 6.\n\n"
        "He asked the Department of Health to audit the hospital waiting lists built up since 2024. "
        "The audit findings must be sent to the Provincial People's Committee by June 15.\n"
    )
    directives = run(text, "2026-05-06")
    assert leads(directives) == ["LM-SYT"]
    assert str(directives[0].deadline) == "2026-06-15"
    assert directives[0].text.endswith("by June 15")


def test_a_deadline_of_another_calendar_takes_the_civil_date_in_brackets():
    text = (
        "The Cabinet met on 10 January 2026.\n\n"
        "The Ministry of Water was directed to repair the canals of the northern districts before the end of "
        "the solar year (20 March 2026).\n"
    )
    directives = run(text, "2026-01-10")
    assert leads(directives) == ["GV-MOW"]
    assert str(directives[0].deadline) == "2026-03-20"


def test_the_year_of_an_aim_is_no_deadline_when_a_day_follows():
    text = (
        "The Chairman of Lam Son Province chaired the meeting on March 2.\n\n"
        "In order to reach full disbursement of the capital plan in 2026, the Chairman asked the Department "
        "of Transport to hand over the road sites by 30 June 2026.\n"
    )
    directives = run(text, "2026-03-02")
    assert leads(directives) == ["LM-SGT"]
    assert str(directives[0].deadline) == "2026-06-30"


def test_the_year_a_thing_was_approved_is_no_deadline():
    text = (
        "The Chairman of Lam Son Province chaired the meeting on March 2.\n\n"
        "He assigned the Department of Finance to review the projects adopted in 2025 and to recover unused "
        "capital.\n"
    )
    directives = run(text, "2026-03-02")
    assert leads(directives) == ["LM-STC"]
    assert directives[0].deadline is None


def test_the_province_as_subject_is_the_committee_of_the_province_the_text_names():
    directory = [
        unit("BA-UBND", "People's Committee of Bac An Province", "Provincial People's Committee"),
        unit("HO-UBND", "People's Committee of Hoa Ong Province", "UBND tỉnh Hòa Ông"),
        unit("GV-MOF", "Ministry of Finance", "MOF"),
    ]
    text = (
        "The Deputy Prime Minister worked with leaders of Hoa Ong province on May 5.\n\n"
        "The province was also requested to speed up the resettlement of households along the new road.\n"
    )
    directives = extract(text, directory, language="en", meeting_date=datetime.date(2026, 5, 5)).directives
    assert leads(directives) == ["HO-UBND"]


def test_a_ministrys_field_is_no_territory_of_the_directory():
    directory = [
        unit("BA-STC", "Department of Finance of Bac An Province", "Finance Department"),
        unit("BA-SYT", "Department of Health of Bac An Province"),
        unit("BA-UBND", "People's Committee of Bac An Province"),
        unit("GV-MOF", "Ministry of Finance", "MOF"),
        unit("XX-MOF", "Ministry of Finance", "MoF"),  # another country's, in the same directory
    ]
    text = (
        "The Chairman of Bac An Province chaired the meeting on May 5.\n\n"
        "He requested heads of departments and localities to keep strict administrative discipline.\n"
    )
    directives = extract(text, directory, language="en", meeting_date=datetime.date(2026, 5, 5)).directives
    assert leads(directives) == [None]


def test_an_action_dated_then_a_report_on_its_results_is_due_at_the_report():
    text = (
        "The Chairman of Lam Son Province chaired the meeting on March 2.\n\n"
        "He asked the Department of Transport to close the old bridge to trucks from April 1 to May 31, 2026 "
        "and report on the outcomes of the closure by July 15, 2026.\n"
    )
    directives = run(text, "2026-03-02")
    assert leads(directives) == ["LM-SGT"]
    assert str(directives[0].deadline) == "2026-07-15"
