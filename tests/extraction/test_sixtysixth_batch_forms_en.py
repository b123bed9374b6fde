"""Orders in the forms a sixty-sixth batch of English texts written blind showed: a town council's minutes (a
motion defeated after a recorded vote on lines of its own, a report-back "in the fall", a body to "follow up with",
a year's draft operating budget); a county executive's communiqué (a unit, "in collaboration with" a partner and
its acronym in brackets, then "will"; a section of an act of a year); a state's video conference (units of several
places sharing one plural head); a translated provincial notice (the order's product to be completed within days
"from the date of this letter", a cited notice's date in the prose above it). Texts and directory written for
these tests."""

from tests.extraction.conftest import codes, directives_in, leads, unit

DIRECTORY = [
    unit("TB-COUNCIL", "Council of the Town of Tern Bay", "Tern Bay Council"),
    unit("TB-CAO", "Office of the Chief Administrative Officer, Tern Bay", "CAO"),
    unit("TB-PW", "Public Works Department, Tern Bay", "Director of Public Works"),
    unit("TB-FIN", "Finance Department, Tern Bay", "Treasurer"),
    unit("TB-REC", "Recreation Department, Tern Bay", "Director of Recreation"),
    unit("TB-ESSEX", "County of Wexmoor", "Wexmoor County"),
    unit("KS-ROADS", "Kisumbe County Department of Roads and Transport", "Department of Roads and Transport"),
    unit("KS-KIWASCO", "Kisumbe Water and Sewerage Company", "KIWASCO"),
    unit("KS-FIN", "Kisumbe County Department of Finance", "CECM Finance"),
    unit("MP-URBAN", "Urban Development Department, Madhyapur", "Urban Development Department"),
    unit("MP-IND", "Indore Jal Nigam Limited", "Indore Jal Nigam"),
    unit("MP-BHO", "Bhopal Jal Nigam Limited", "Bhopal Jal Nigam"),
    unit("MP-GWA", "Gwalior Jal Nigam Limited", "Gwalior Jal Nigam"),
    unit("HB-DOC", "Hai Binh Department of Construction", "Department of Construction"),
]


def run(text, meeting="2026-06-09"):
    return directives_in(text, DIRECTORY, "en", meeting)


def test_a_motion_defeated_after_its_recorded_vote_lines_orders_nothing():
    text = (
        "Resolution 2026-77\nMoved by Councillor Amar\nSeconded by Councillor Bell\n"
        "THAT Council direct the Director of Public Works to paint crosswalks on Harbour Road before August.\n"
        "Recorded vote requested by Councillor Amar:\nYeas: Amar, Bell (2)\nNays: Cole, Dunn, Eske (3)\n"
        "DEFEATED\n"
    )
    assert run(text) == []


def test_a_unit_in_collaboration_with_a_partner_and_its_acronym_then_will_is_an_order():
    text = (
        "The Department of Roads and Transport, in collaboration with the Kisumbe Water and Sewerage Company "
        "(KIWASCO), will clear the blocked culverts along the market road within 10 days."
    )
    (found,) = run(text)
    assert found.lead.code == "KS-ROADS"
    assert codes(found.coordinating) == ["KS-KIWASCO"]
    assert str(found.deadline) == "2026-06-19"


def test_a_report_back_in_the_fall_is_due_at_the_end_of_autumn():
    text = (
        "THAT Council direct the Director of Recreation to survey users of the skate park and report the "
        "findings to Council in the fall."
    )
    (found,) = run(text)
    assert found.lead.code == "TB-REC"
    assert str(found.deadline) == "2026-12-21"


def test_work_done_this_spring_is_due_at_the_end_of_spring_after_a_winter_meeting():
    (found,) = run("The Director of Public Works shall repaint the lane markings this spring.", "2027-01-12")
    assert str(found.deadline) == "2027-06-20"


def test_the_orders_product_completed_within_days_of_this_letter_counts_from_the_letter():
    text = (
        "On 2 June 2026 the Provincial People's Committee issued Official Letter No. 840/UBND-XD on carrying out "
        "Conclusion No. 122-KL/TU dated 25 May 2026 of the Standing Board, which reviewed the progress of the "
        "provincial road projects and the handover of cleared land to contractors in the coastal communes.\n\n"
        "1. The Department of Construction shall appraise the revised designs of the Hai Binh bypass. "
        "The appraisal records must be completed within 15 days from the date of this letter.\n"
    )
    (found,) = run(text, "2026-06-02")
    assert found.lead.code == "HB-DOC"
    assert found.text.endswith("from the date of this letter")
    assert str(found.deadline) == "2026-06-17"


def test_a_body_to_follow_up_with_helps():
    (found,) = run("The CAO was asked to follow up with the County of Wexmoor on the ferry schedule.")
    assert found.lead.code == "TB-CAO"
    assert codes(found.coordinating) == ["TB-ESSEX"]


def test_places_sharing_one_plural_head_name_each_unit():
    text = (
        "The Minister directed that the Urban Development Department, with the Indore, Bhopal and Gwalior Jal "
        "Nigams, repair all leaking mains before 30 June."
    )
    (found,) = run(text)
    assert leads([found]) == ["MP-URBAN"]
    assert sorted(codes(found.coordinating)) == ["MP-BHO", "MP-GWA", "MP-IND"]


def test_a_years_draft_operating_budget_is_a_reference():
    (found,) = run("THAT the Treasurer include the cost of the new ferry ramp in the 2027 draft operating budget.")
    assert found.lead.code == "TB-FIN"
    assert found.references == ["2027 draft operating budget"]


def test_a_section_of_an_act_of_a_year_is_cited_with_its_section():
    text = (
        "The CECM Finance was directed to submit the budget estimates to the County Assembly by 30th April, 2026 "
        "in line with Section 129 of the Public Finance Management Act, 2012."
    )
    (found,) = run(text, "2026-04-02")
    assert found.references == ["Section 129 of the Public Finance Management Act, 2012"]
