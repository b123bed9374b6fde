"""Orders in the forms a sixty-ninth batch of English texts written blind showed: a Philippine city council's first
reading (each item, then "- referred to" its committee after a dash, one "jointly referred" to two; a letter of a
barangay captain "requesting" aid; "Brgy." before a barangay's name), its resolution's number and title above the
body that resolves, and its "RESOLVED FURTHER, that the Secretary ... furnish ..." clause; a translated conclusion
notice (an item opened by "Implementing ..." that tells what ministries have done; the committees of provinces
listed by name, "provinces and ... city"); a UK cabinet's decision whose first report "to be submitted in" a month;
a section of an act cited without the act's year. Texts and directory written for these tests."""

from tests.extraction.conftest import codes, directives_in, unit

DIRECTORY = [
    unit("MB-SP", "Sangguniang Panlungsod of Marabago", "the Body"),
    unit("MB-SEC", "Office of the Secretary to the Sangguniang Panlungsod, Marabago", "Secretary to the Sangguniang"),
    unit("MB-ENG", "City Engineering Office, Marabago", "City Engineering Office"),
    unit("MB-HEALTH", "City Health Office, Marabago", "City Health Office"),
    unit("MB-CPW", "Committee on Public Works and Infrastructure", "Committee on Public Works and Infrastructure"),
    unit("MB-CSW", "Committee on Social Welfare", "Committee on Social Welfare"),
    unit("MB-CAG", "Committee on Agriculture and Fisheries", "Committee on Agriculture and Fisheries"),
    unit("VN-MOH", "Ministry of Health", "Ministry of Health"),
    unit("VN-HY", "People's Committee of Hung Yen Province", "Hung Yen PPC", "Hung Yen Provincial People's Committee"),
    unit(
        "VN-TB", "People's Committee of Thai Binh Province", "Thai Binh PPC", "Thai Binh Provincial People's Committee"
    ),
    unit("VN-HP", "People's Committee of Hai Phong City", "Hai Phong City PC", "Hai Phong City People's Committee"),
    unit("WB-HOUS", "Housing Directorate, Wexbridge", "Director of Housing"),
    unit("LK-PLAN", "Planning Department, Lakeview County", "Planning Department"),
]


def run(text, meeting="2026-05-12"):
    return directives_in(text, DIRECTORY, "en", meeting)


def test_a_first_reading_item_referred_to_a_committee_after_a_dash_is_an_order_of_that_committee():
    text = (
        "FIRST READING AND REFERRAL OF BUSINESS\n"
        '1. Proposed Ordinance No. 2026-031, "An Ordinance Setting Load Limits on the Sapang Bato Bridge," authored '
        "by Hon. Ruben T. Dizon - referred to the Committee on Public Works and Infrastructure.\n"
    )
    (found,) = run(text)
    assert found.lead.code == "MB-CPW"
    assert found.text.endswith("Committee on Public Works and Infrastructure")


def test_an_item_jointly_referred_to_two_committees_is_led_by_the_first():
    text = (
        '3. Proposed Resolution No. 2026-071, "Urging the Protection of Mangroves Along Lantawan Bay," authored by '
        "Hon. Celia P. Ramos - jointly referred to the Committee on Agriculture and Fisheries and the Committee on "
        "Social Welfare.\n"
    )
    (found,) = run(text)
    assert found.lead.code == "MB-CAG"
    assert codes(found.coordinating) == ["MB-CSW"]


def test_a_letter_requesting_aid_then_referred_goes_to_the_committee_past_the_barangays_abbreviation():
    text = (
        "2. Letter dated April 30, 2026 of Punong Barangay Nestor L. Abad of Brgy. Kalawag requesting aid for the "
        "rebuilding of the barangay health station - referred to the Committee on Social Welfare.\n"
    )
    (found,) = run(text)
    assert found.lead.code == "MB-CSW"
    assert found.text.startswith("Letter dated April 30, 2026")


RESOLUTION = (
    "RESOLUTIONS ADOPTED\n"
    "RESOLUTION NO. 2026-090 - A Resolution Directing the City Health Office to Vaccinate Stray Dogs in the Coastal "
    "Barangays\n"
    "Sponsored by Hon. Celia P. Ramos\n"
    "WHEREAS, eleven dog-bite cases were recorded in April;\n"
    "NOW, THEREFORE, on motion of Hon. Ramos, duly seconded by Hon. Dizon, be it RESOLVED, as it is hereby "
    "RESOLVED, to direct the City Health Office to vaccinate the stray dogs of the coastal barangays within sixty "
    "(60) days.\n"
    "RESOLVED FURTHER, that the Secretary to the Sangguniang Panlungsod send copies of this Resolution to the "
    "barangay captains concerned.\n"
    "CARRIED.\n"
)


def test_a_resolutions_number_and_title_above_its_body_is_no_order_of_its_own():
    found = run(RESOLUTION)
    assert not [d.text for d in found if d.text.startswith(("RESOLUTION NO.", "Sponsored"))]
    assert any(d.text.startswith("NOW, THEREFORE") and d.lead.code == "MB-HEALTH" for d in found)


def test_a_resolved_further_clause_with_a_comma_and_a_bare_verb_is_an_order_of_its_subject():
    found = run(RESOLUTION)
    (further,) = [d for d in found if d.text.startswith("RESOLVED FURTHER")]
    assert further.lead.code == "MB-SEC"


def test_an_item_opened_by_implementing_that_tells_what_was_done_is_no_order():
    text = (
        "The Deputy Prime Minister concluded as follows:\n"
        "1. Implementing Directive No. 07/CT-TTg dated March 3, 2026 of the Prime Minister, the Ministry of Health and "
        "the provinces have actively vaccinated poultry workers; no new case has been recorded since April.\n"
        "2. The Ministry of Health shall keep the surveillance of live-bird markets until the end of June 2026.\n"
    )
    found = run(text, "2026-05-12")
    assert [d.text[:24] for d in found] == ["The Ministry of Health s"]


def test_the_committees_of_provinces_and_a_city_listed_by_name_are_led_by_the_first():
    text = (
        "c) The People's Committees of Hung Yen, Thai Binh provinces and Hai Phong city shall dredge the main "
        "irrigation canals before June 15, 2026.\n"
    )
    (found,) = run(text)
    assert found.lead.code == "VN-HY"
    assert codes(found.coordinating) == ["VN-TB", "VN-HP"]


def test_the_first_report_to_be_submitted_in_a_month_dates_the_order_before_it():
    text = (
        "RESOLVED:\n"
        "(2) That the Director of Housing be instructed to report on temporary accommodation costs to Cabinet every "
        "quarter. The first report to be submitted in September 2026.\n"
    )
    (found,) = run(text)
    assert found.lead.code == "WB-HOUS"
    assert str(found.deadline) == "2026-09-30"


def test_a_section_of_an_act_named_without_its_year_is_cited():
    text = (
        "AND THAT the Planning Department BE DIRECTED to hold the public meeting required under Section 34 of the "
        "Municipal Act within 30 days.\n"
    )
    (found,) = run(text)
    assert found.references == ["Section 34 of the Municipal Act"]
