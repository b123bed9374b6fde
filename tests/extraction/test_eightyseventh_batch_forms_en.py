"""Orders in the forms an eighty-seventh batch of English texts showed: a Solar Hijri month that is also a word
("Asad", "Hut") after "until the end of", with no year; a draft act approved, then named again in full by the order
that publishes it (the act the order names, no longer the draft); holders addressed in the plural ("Collectors")
where the directory holds only one place's holder ("Office of the District Collector, X"), no lead; "the province"
as an order's subject or addressee, the province's government named just before. Texts and directories written for
these tests."""

from tests.extraction.conftest import directives_in, leads, unit

# -- a council's decisions: a Solar Hijri month with no year, a draft act named again ---------------------------

COUNCIL = [
    unit("XC-MOT", "Ministry of Transport", "MoT"),
    unit("XC-MOJ", "Ministry of Justice", "MoJ"),
    unit("XC-MOE", "Ministry of Education", "MoE"),
]


def test_the_end_of_a_month_that_is_also_a_word():
    text = (
        "Summary of the 9th Session of the Cabinet\n\n"
        "The session was held on 2 Saratan 1401.\n\n"
        "It was decided that the Ministry of Transport shall repair the damaged bridges on the northern highway. "
        "Progress reports shall be sent to the Cabinet Secretariat until the end of Asad.\n\n"
        "The Ministry of Education was instructed to distribute the new textbooks before the end of Hut.\n"
    )
    found = directives_in(text, COUNCIL, "en", "2022-06-23")
    assert leads(found) == ["XC-MOT", "XC-MOE"]
    assert str(found[0].deadline) == "2022-08-22"
    assert str(found[1].deadline) == "2023-03-20"


def test_a_draft_act_named_again_in_full_by_the_order():
    text = (
        "3. Draft Regulation on Municipal Street Vendors\n"
        "The draft Regulation on Municipal Street Vendors, presented by the Ministry of Transport, was approved with "
        "the changes proposed by the committee. The Ministry of Justice was directed to publish the Regulation on "
        "Municipal Street Vendors in the Official Gazette.\n"
    )
    found = directives_in(text, COUNCIL, "en", "2022-06-23")
    assert leads(found) == ["XC-MOJ"]
    assert found[0].references == ["Regulation on Municipal Street Vendors"]


# -- a state review: holders in the plural, one place's holder in the directory ---------------------------------

STATE = [
    unit("XS-REV", "Revenue Department", "Revenue Dept"),
    unit("XS-COL-AMB", "Office of the District Collector, Ambapur", "Collector, Ambapur"),
]


def test_holders_in_the_plural_are_not_the_one_place_holder():
    text = (
        "The Chief Secretary reviewed the rabi sowing with all District Collectors through video conference.\n\n"
        "She directed the Revenue Department to release the crop loss relief within ten days. Collectors were "
        "asked to visit at least three villages every week and verify the survey of damaged crops.\n\n"
        "The Collector, Ambapur was instructed to send a report on the pending claims by Friday.\n"
    )
    found = directives_in(text, STATE, "en", "2026-01-12")
    assert leads(found) == ["XS-REV", None, "XS-COL-AMB"]


# -- a Government portal's report: "the province" after its committee -----------------------------------------

PORTAL = [
    unit("XP-PPC", "Hoa Binh Duong Provincial People's Committee", "Hoa Binh Duong PPC"),
    unit("XP-PPC2", "Son Cao Provincial People's Committee", "Son Cao PPC"),
    unit("XP-DOH", "Hoa Binh Duong Provincial Department of Health", "Department of Health"),
    unit("XP-MOF", "Ministry of Finance", "MOF"),
]


def test_the_province_after_its_committee_not_a_department():
    text = (
        "The Deputy Prime Minister asked the Hoa Binh Duong Provincial People's Committee to finish the site "
        "clearance for the ring road before June 30, 2027. The province must also relocate the power lines along "
        "the route before construction resumes.\n\n"
        "The Ministry of Finance shall allocate the remaining capital within 20 days.\n"
    )
    found = directives_in(text, PORTAL, "en", "2027-03-02")
    assert leads(found) == ["XP-PPC", "XP-PPC", "XP-MOF"]
    # (not a provincial department named before)
    text = (
        "The Deputy Prime Minister asked the Department of Health to open two field hospitals before May 1, 2027. "
        "The province must also relocate the power lines along the ring road before construction resumes.\n"
    )
    found = directives_in(text, PORTAL, "en", "2027-03-02")
    assert leads(found)[0] == "XP-DOH"
    assert all(lead != "XP-DOH" for lead in leads(found)[1:])
