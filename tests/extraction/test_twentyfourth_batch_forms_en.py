"""Orders in the forms a twenty-fourth batch of English texts written blind showed: a week of a month as a deadline;
a news story with no date whose dates take the one year it names; a cause or an event before the order, with its own
date; a city's municipal commissioner; a long name written in another order, with the level word for the province
and another unit's short alias inside it; a short name the text defines for a unit; a commune's committee named
"People's Committee of X commune"; a works' opening date after the order; a warning of personal responsibility with
its condition; a law by its title; a state agency without the state's name; "the ministry" named again as a partner;
a motion's subject cut by a line break; a motion's clause on what the report must hold; an order told to a unit.
Texts and directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("AP-MLE", "Municipal Licensing and Enforcement", "Licensing"),
    unit("AP-NMC", "Nellore Municipal Corporation", "Municipal Commissioner, Nellore"),
    unit("AP-KMC", "Kavali Municipal Corporation", "Municipal Commissioner, Kavali"),
    unit("AP-IRR", "Water Resources Department", "Irrigation"),
    unit("AP-PR", "Panchayat Raj Department", "Panchayat Raj"),
    unit("AP-HEALTH", "District Medical and Health Office", "DMHO"),
    unit("BD-MOW", "Ministry of Works", "Works"),
    unit("BD-PMB", "Binh Dinh Irrigation Works Investment Project Management Board"),
    unit("BD-PPC", "Binh Dinh Provincial People's Committee", "Provincial People's Committee"),
    unit("BD-TAYSON", "Tay Son Commune People's Committee", "Tay Son commune"),
    unit("BD-PHUCAT", "Phu Cat Commune People's Committee", "Phu Cat commune"),
    unit("BD-DOF", "Binh Dinh Department of Finance", "Department of Finance"),
    unit("BD-DOC", "Binh Dinh Department of Construction", "Department of Construction"),
    unit("HB-HDA", "Harbour Development Authority"),
    unit("OG-RWSA", "Ogun State Rural Water Supply Agency"),
    unit("OG-MWR", "Ministry of Water Resources", "Water"),
    unit("OG-MOA", "Ministry of Agriculture"),
    unit("OG-FADAMA", "Fadama Development Office", "Fadama"),
    unit("RV-ROADS", "Roads Department", "Director of Roads"),
    unit("RV-PLAN", "Planning Department", "Planner"),
    unit("RV-CAO", "Office of the Chief Administrative Officer", "CAO"),
    unit("RV-FIRE", "Fire Department", "Fire Chief"),
    unit("RV-PARKS", "Parks Department", "Parks Superintendent"),
]


def run(text, meeting=None):
    return directives_in(text, DIRECTORY, "en", meeting)


def test_a_week_of_a_month_is_due_at_that_week_s_end():
    text = "The Irrigation department was told to clear the silt from the canal head by the second week of March.\n"
    (directive,) = run(text, "2026-01-20")
    assert str(directive.deadline) == "2026-03-14"


def test_the_last_week_of_a_month_is_due_at_the_month_s_end():
    text = "The DMHO should stock antivenom in every health centre in the last week of April 2026.\n"
    (directive,) = run(text, "2026-01-20")
    assert str(directive.deadline) == "2026-04-30"


def test_a_story_with_no_date_gives_its_dates_the_one_year_it_names():
    text = (
        "Officials prepare for the 2023 cyclone season\n\n"
        "The Collector directed the Panchayat Raj department to repair the shelters before April 30. "
        "He asked the DMHO to hold medical camps within ten days.\n"
    )
    first, second = run(text)
    assert str(first.deadline) == "2023-04-30"
    assert second.deadline is None  # a delay needs the day it counts from


def test_a_cause_told_in_the_order_s_clause_gives_no_deadline():
    text = (
        "The Collector directed the Irrigation department to stay on alert owing to the forecast of heavy rain "
        "in 2027, and to strengthen the weak embankments.\n"
    )
    (directive,) = run(text, "2026-11-02")
    assert directive.deadline is None


def test_an_event_the_sentence_opens_on_gives_no_deadline():
    text = (
        "After the landslides recorded on the hill roads in August, the Council directed the Roads Department to "
        "build retaining walls on the worst stretches.\n"
    )
    (directive,) = run(text, "2026-09-15")
    assert directive.deadline is None


def test_a_city_s_municipal_commissioner_is_its_corporation():
    text = "He instructed the Kavali Municipal Commissioner to remove the encroachments on the stormwater drains.\n"
    assert leads(run(text, "2026-05-04")) == ["AP-KMC"]


def test_the_municipal_commissioner_heads_a_municipal_corporation():
    directory = [d for d in DIRECTORY if d.code != "AP-KMC"]
    text = "The Municipal Commissioner was asked to desilt the town's major drains before the monsoon.\n"
    assert leads(directives_in(text, directory, "en", "2026-05-04")) == ["AP-NMC"]


def test_the_provincial_level_word_stands_for_the_province_in_a_name_turned_around():
    text = (
        "The Provincial Project Management Board for Investment of Irrigation Works was assigned to finish the "
        "spillway before the flood season.\n"
    )
    assert leads(run(text, "2026-05-04")) == ["BD-PMB"]


def test_a_short_name_the_text_defines_is_that_unit_again():
    text = (
        "The Harbour Development Authority (the Authority) reported that the channel has silted up again.\n\n"
        "For the Authority, the Mayor asked it to dredge the channel before the regatta of June 14, 2026.\n"
    )
    (directive,) = run(text, "2026-04-02")
    assert directive.lead.code == "HB-HDA"


def test_a_commune_s_committee_named_in_the_english_order_is_that_committee():
    text = (
        "The Chairman requested the People's Committee of Tay Son commune, together with Phu Cat commune, to "
        "finish the land survey before 30 November 2026.\n"
    )
    (directive,) = run(text, "2026-10-01")
    assert directive.lead.code == "BD-TAYSON"
    assert [d.code for d in directive.coordinating] == ["BD-PHUCAT"]


def test_the_works_opening_date_after_the_order_is_its_deadline():
    text = (
        "The Chairman asked the Department of Finance to release the second tranche of capital for the ring road. "
        "Phase 2 must be put into operation by the end of June 2027.\n"
    )
    (directive,) = run(text, "2026-10-01")
    assert str(directive.deadline) == "2027-06-30"
    assert directive.text.endswith("June 2027.") or directive.text.endswith("June 2027")


def test_a_warning_of_personal_responsibility_with_its_condition_is_no_order():
    text = (
        "The Chairman asked Tay Son commune to hand over the site before 15 December 2026. "
        "The heads of the commune must take personal responsibility before the Provincial People's Committee "
        "if the handover is delayed again.\n"
    )
    assert leads(run(text, "2026-10-01")) == ["BD-TAYSON"]


def test_a_law_named_by_its_title_is_a_reference():
    text = (
        "The Department of Finance shall review the procurement of the pumps in line with the Law on Bidding "
        "and report to the Chairman.\n"
    )
    (directive,) = run(text, "2026-10-01")
    assert directive.references == ["Law on Bidding"]


def test_a_state_agency_written_without_the_state_s_name_is_that_agency():
    text = (
        "Council also mandated the State Rural Water Supply Agency, in collaboration with the Ministry of "
        "Agriculture, to restore supply to the farm settlements within two weeks.\n"
    )
    (directive,) = run(text, "2026-03-12")
    assert directive.lead.code == "OG-RWSA"
    assert [d.code for d in directive.coordinating] == ["OG-MOA"]


def test_the_ministry_named_again_as_a_partner_is_the_ministry_before():
    text = (
        "The Ministry of Agriculture was directed to distribute the improved seedlings before the rains. "
        "Council also directed the Fadama Development Office to monitor the distribution jointly with the ministry "
        "and report to Council.\n"
    )
    directives = run(text, "2026-03-12")
    assert leads(directives) == ["OG-MOA", "OG-FADAMA"]
    assert [d.code for d in directives[1].coordinating] == ["OG-MOA"]


def test_a_motion_s_subject_cut_by_a_line_break_stays_in_the_order():
    text = (
        "Amendment moved by Councillor Singh, seconded by Councillor Moreau, that the Parks\n"
        "Superintendent BE REQUESTED to count the trees lost to the ice storm and report the\n"
        "figures to the CAO by August 29, 2026.\n"
        "Amendment carried.\n"
    )
    (directive,) = run(text, "2026-06-08")
    assert directive.lead.code == "RV-PARKS"
    assert "that the Parks" in directive.text


def test_a_motion_s_clause_on_what_the_report_holds_is_part_of_the_order():
    text = (
        "NOW THEREFORE BE IT RESOLVED THAT the Planner BE DIRECTED to report to Council by November 30, 2026 on\n"
        "options for a tree protection by-law;\n"
        "AND THAT the report also address replanting requirements and securities.\n"
        "Carried.\n"
    )
    (directive,) = run(text, "2026-06-08")
    assert directive.lead.code == "RV-PLAN"
    assert "replanting requirements" in directive.text


def test_an_order_told_to_a_unit_is_an_order():
    text = (
        "Mr. Rao said most villages had sent their plans, and told the Panchayat Raj department to collect the "
        "rest by May 15.\n"
    )
    assert leads(run(text, "2026-04-20")) == ["AP-PR"]
