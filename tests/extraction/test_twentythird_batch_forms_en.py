"""Orders in the forms a twenty-third batch of English texts written blind showed: a passive order with an adverb
("was further directed to"); two units joined by "and the" as one subject; the request's verb said again for a second
addressee; a partner's name cut by a line break in a log's cell; a note on where to send questions; a request with an
aside before its "that" clause and the unit's verb in the subjunctive; a unit named in a topic opening and asked by
its head noun again; a fiscal year's close and quarters; a translated notice's "Time to complete:" label; a group
restricted by a relative clause with its own verb; the district heads as a group; a log's column of units; an
ordinance by its number. And what is no order: a remark quoted after an order. Texts and directory written for these
tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("MW-MOL", "Ministry of Lands"),
    unit("MW-MOT", "Ministry of Transport and Public Works", "Ministry of Transport"),
    unit("MW-LC", "Land Commission"),
    unit("MW-RA", "Roads Authority"),
    unit("MW-NWDA", "National Water Development Agency", "NWDA"),
    unit("RC-ASSR", "Assessor's Office", "Assessor"),
    unit("RC-IT", "Information Technology Department", "IT", "IT staff"),
    unit("RC-PARKS", "Parks and Recreation Department", "Parks"),
    unit("RC-POLICE", "Police Department", "Police"),
    unit("RC-PLAN", "Planning Department", "Planning"),
    unit("RC-ATTY", "Office of the County Attorney", "County Attorney"),
    unit("RC-FIRE", "Fire Department", "Fire"),
    unit("QB-PPC", "People's Committee of Quang Binh Province", "Provincial People's Committee"),
    unit("QB-PMB", "Provincial Project Management Board of Agricultural Works"),
    unit("QB-DOH", "Department of Health"),
    unit("QB-DOT", "Department of Transport"),
    unit("KR-WRD", "Water Resources Department"),
    unit("KR-FIRE", "Fire and Emergency Services", "Fire Services"),
]


def run(text, meeting):
    return directives_in(text, DIRECTORY, "en", meeting)


def test_a_passive_order_with_an_adverb_before_its_verb_is_an_order():
    text = (
        "Cabinet received a brief on the land registry.\n\n"
        "The Ministry of Lands was likewise directed to digitise the remaining title deeds in the northern region.\n"
    )
    assert leads(run(text, "2026-05-05")) == ["MW-MOL"]


def test_two_units_joined_by_and_the_are_two_units_not_one_name():
    text = (
        "The Ministry of Lands and the Land Commission shall jointly prepare a register of public land in the "
        "lakeshore districts within 60 days.\n"
    )
    (directive,) = run(text, "2026-05-05")
    assert directive.lead.code == "MW-MOL"
    assert [d.code for d in directive.coordinating] == ["MW-LC"]


def test_the_request_s_verb_said_again_gives_a_second_addressee_its_own_order():
    text = (
        "The Council directed the Parks and Recreation Department to close the riverside trail until repairs are "
        "complete and asked the Police Department to patrol the trailheads at night.\n"
    )
    directives = run(text, "2026-05-05")
    assert leads(directives) == ["RC-PARKS", "RC-POLICE"]
    assert directives[1].text.startswith("asked the Police Department")


def test_a_partner_s_name_cut_by_a_line_break_stays_in_the_order():
    text = (
        "Item\nAction\nDept.\n\n"
        "11\n"
        "Council directed the Assessor, working with IT\n"
        "Support staff, to publish the parcel data on the open data portal.\n"
        "Assessor / IT\n"
    )
    (directive,) = run(text, "2026-05-05")
    assert directive.lead.code == "RC-ASSR"
    assert [d.code for d in directive.coordinating] == ["RC-IT"]


def test_a_note_on_where_to_send_questions_is_no_order():
    text = (
        "Council directed the Planning Department to revise the sign guidelines.\n\n"
        "Questions on this log should be directed to the Planning Department.\n"
    )
    assert leads(run(text, "2026-05-05")) == ["RC-PLAN"]


def test_a_request_with_an_aside_before_its_that_clause_names_the_unit_in_the_subjunctive():
    text = (
        "The Council requested, by a vote of 6-1, that the County Attorney draft an amendment to the noise rules.\n\n"
        "Supervisor Lee asked that a study session on transit be scheduled in the fall.\n"
    )
    assert leads(run(text, "2026-05-05")) == ["RC-ATTY"]
    text = (
        "Supervisor Ames requested, with the consent of the Board, that the Fire Department review the burn permit "
        "fees. Report back to the Board within 30 days.\n"
    )
    (directive,) = run(text, "2026-05-05")
    assert directive.lead.code == "RC-FIRE"
    assert str(directive.deadline) == "2026-06-04"


def test_a_unit_named_in_the_opening_and_asked_by_its_head_noun_again_leads():
    text = (
        "As for the Provincial Project Management Board of Agricultural Works, the Chairman asked the Board to hand "
        "over the Vuc Noi canal before the rainy season.\n"
    )
    assert leads(run(text, "2026-05-05")) == ["QB-PMB"]


def test_a_fiscal_year_s_close_and_its_quarters_are_deadlines():
    text = (
        "The National Water Development Agency shall connect the new boreholes to the grid by the end of the "
        "2026/27 financial year.\n\n"
        "The Land Commission shall publish the survey results in the second quarter of FY 2026-27.\n"
    )
    directives = run(text, "2026-05-05")
    assert leads(directives) == ["MW-NWDA", "MW-LC"]
    assert [str(d.deadline) for d in directives] == ["2027-06-30", "2026-12-31"]


def test_a_translated_notice_s_time_to_complete_label_dates_the_order_before_it():
    text = (
        "The Department of Transport is assigned to inspect the temporary bridges on the mountain roads and report "
        "to the Provincial People's Committee. Time to complete: before 20/6/2026.\n"
    )
    (directive,) = run(text, "2026-05-05")
    assert directive.lead.code == "QB-DOT"
    assert str(directive.deadline) == "2026-06-20"


def test_a_group_restricted_by_a_relative_clause_with_its_own_verb_is_ordered():
    text = (
        "The Department of Health shall inspect the school kitchens.\n\n"
        "Contractors whose works are behind schedule must submit a recovery plan to the Department of Transport "
        "within 10 days.\n"
    )
    directives = run(text, "2026-05-05")
    assert leads(directives) == ["QB-DOH", None]
    assert str(directives[1].deadline) == "2026-05-15"


def test_the_district_heads_as_a_group_are_ordered_and_a_remark_quoted_after_an_order_is_none():
    text = (
        "The Chief Minister directed the Water Resources Department to repair the canal breaches by July 10. "
        '"Farmers cannot wait another season for water. We owe them this," he observed.\n\n'
        "Deputy Commissioners must hold flood drills with the Fire Services before the end of this month, he said.\n"
    )
    directives = run(text, "2026-06-02")
    assert leads(directives) == ["KR-WRD", None]
    assert str(directives[1].deadline) == "2026-06-30"


def test_a_log_s_column_of_units_adds_those_that_lead_no_order_of_the_row():
    text = (
        "Item\nSubject\nAction\nDepartment(s)\nStatus\n\n"
        "4\nTrail closures\n"
        "Council directed Parks to post detour maps at every trailhead.\n"
        "Parks / Police\n"
        "Open\n\n"
        "5\nSign rules\n"
        "Council directed Planning to revise the sign guidelines and directed the Fire Department to review "
        "the exit signs.\n"
        "Planning / Fire\n"
        "Open\n"
    )
    directives = run(text, "2026-05-05")
    assert leads(directives) == ["RC-PARKS", "RC-PLAN", "RC-FIRE"]
    assert [[d.code for d in x.coordinating] for x in directives] == [["RC-POLICE"], [], []]


def test_an_ordinance_by_its_number_is_a_reference():
    text = "Council directed the County Attorney to prepare amendments to Ordinance 4471-C before June 30, 2026.\n"
    (directive,) = run(text, "2026-05-05")
    assert directive.references
