"""Orders in the forms a thirty-fourth batch of English texts written blind showed: a Canadian clerk's log of
outstanding council directions with no due column ("Item No. / Council Date / Direction / Responsible / Status", each
cell on its line; a delay in the direction counted from the row's own date), the motion's subject cut from its "BE
DIRECTED" by a line break, a date cut after its month, a partner's aside between "BE DIRECTED" and "to", an
infinitive verb of asking inside the task ("to draft an amendment to require ..."), a unit named by its town and its
alias, a council resolution and a by-law cited by their numbers; an Indian chief minister's review ("Rs." and "Sh."
before a figure and a name, a directive in the bare subjunctive, wishes and outcomes said after "said that", an order
cited "vide No."), a joint body set up with another unit, a limit not to pass said in the negative. Texts and
directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

# -- a clerk's log of outstanding directions with no due column, one cell to a line ------------------------------------

ELMHURST = [
    unit("EL-ENG", "Engineering", "Town Engineer"),
    unit("EL-LEG", "Legal Services", "Town Solicitor"),
    unit("EL-REC", "Recreation Services", "Commissioner, Recreation Services"),
    unit("EL-TR", "Transit Services", "Director, Transit Services"),
    unit("EL-FIN", "Finance", "Treasurer"),
    unit("EL-ART", "Elmhurst Arts Council", "Arts Council"),
]

LOG_HEAD = (
    "Outstanding Council Directions - Status as of October 2, 2027\n"
    "Office of the Town Clerk\n"
    "Item No.\nCouncil Date\nDirection\nResponsible\nStatus\n"
)


def log(rows: str):
    return directives_in(LOG_HEAD + rows, ELMHURST, "en")


def test_a_logs_delay_with_no_due_column_counts_from_the_rows_own_date():
    found = log(
        "CR61/2027\nApril 5, 2027\n"
        "That the Treasurer BE DIRECTED to report back within 30 days on the cost of a senior citizens'\n"
        "tax deferral program.\n"
        "Finance\n"
        "In Progress - draft under review\n"
        "CR77/2027\nMay 10, 2027\n"
        "That the Town Engineer BE DIRECTED to repaint the crosswalks on Kingsway before the school year.\n"
        "Engineering\n"
        "Completed - work done August 20, 2027\n"
    )
    assert leads(found) == ["EL-FIN", "EL-ENG"]
    assert [str(d.deadline) for d in found] == ["2027-05-05", "None"]
    # the row's status is no order, and its date is no deadline of the row
    assert len(found) == 2 and not any("Completed" in d.text for d in found)
    # the row's resolution number is what its directive carries out, as in every council log
    assert [d.references for d in found] == [["CR61/2027"], ["CR77/2027"]]


def test_a_logs_numbered_clauses_of_one_row_stay_two_directives():
    found = log(
        "CR80/2027\nJune 7, 2027\n"
        "I. That the Town Solicitor BE DIRECTED to prepare a report within 90 days on a new sign by-law;\n"
        "II. That the Treasurer BE REQUESTED to estimate the licence revenue of such a by-law.\n"
        "Legal Services / Finance\n"
        "Not Started\n"
    )
    assert leads(found) == ["EL-LEG", "EL-FIN"]
    assert [str(d.deadline) for d in found] == ["2027-09-05", "None"]


def test_a_motions_subject_on_the_line_above_its_be_directed_leads():
    found = directives_in(
        "That the Commissioner, Recreation Services and the Director, Transit Services\n"
        "BE DIRECTED to prepare a joint summer shuttle plan for the waterfront parks.\n",
        ELMHURST,
        "en",
    )
    assert leads(found) == ["EL-REC"]
    assert [[c.code for c in d.coordinating] for d in found] == [["EL-TR"]]
    assert found[0].text.startswith("That the Commissioner")


def test_a_motions_subject_cut_inside_a_name_with_small_words_leads():
    found = directives_in(
        "Moved by Councillor Park, seconded by Councillor Liu, that the Director of Parks and Open\n"
        "Spaces BE REQUESTED to report on the state of the playgrounds.\n",
        [unit("EL-PK", "Parks and Open Spaces", "Director of Parks and Open Spaces")],
        "en",
    )
    assert leads(found) == ["EL-PK"]


def test_a_date_cut_after_its_month_is_read_whole():
    found = directives_in(
        "That the Town Engineer BE DIRECTED to bring a report on the Mill Street bridge at an October\n"
        "2027 meeting of Council.\n",
        ELMHURST,
        "en",
    )
    assert leads(found) == ["EL-ENG"]
    assert [str(d.deadline) for d in found] == ["2027-10-31"]


def test_a_partners_aside_between_be_directed_and_to_is_still_an_order():
    found = directives_in(
        "That the Commissioner, Recreation Services BE DIRECTED, in consultation with the Elmhurst Arts\n"
        "Council, to review the rental fees of the Riverside Pavilion.\n",
        ELMHURST,
        "en",
    )
    assert leads(found) == ["EL-REC"]
    assert [[c.code for c in d.coordinating] for d in found] == [["EL-ART"]]


def test_an_infinitive_verb_of_asking_inside_the_task_leaves_the_order_to_its_subject():
    found = directives_in(
        "That the Town Solicitor BE DIRECTED to draft an amendment to require owners of vacant lots to fence them, "
        "and to bring it to Council.\n",
        ELMHURST,
        "en",
    )
    assert leads(found) == ["EL-LEG"]


def test_a_unit_named_by_its_town_and_its_alias_is_the_one_consulted():
    found = directives_in(
        "That the Town Engineer BE DIRECTED to consult with the Elmhurst Visitor Bureau on wayfinding signs for the "
        "old town.\n",
        [*ELMHURST, unit("EL-VB", "Elmhurst Tourism and Visitor Bureau", "Visitor Bureau")],
        "en",
    )
    assert leads(found) == ["EL-ENG"]
    assert [[c.code for c in d.coordinating] for d in found] == [["EL-VB"]]


def test_a_resolution_and_a_by_law_cited_by_their_numbers_are_references():
    found = directives_in(
        "That the Town Solicitor BE DIRECTED to amend Zoning By-law 88-2021 as set out in CR233/2026, and to report "
        "back to Council.\n",
        ELMHURST,
        "en",
    )
    assert [d.references for d in found] == [["By-law 88-2021", "CR233/2026"]]
    # (not a quarter written with a slash)
    found = directives_in("The Treasurer shall publish the tax arrears list in Q3/2027.\n", ELMHURST, "en")
    assert [d.references for d in found] == [[]]


# -- an Indian chief minister's review -----------------------------------------------------------------------------

HIMGIRI = [
    unit("HG-JAL", "Jal Shakti Department", "Jal Shakti Vibhag"),
    unit("HG-FIN", "Finance Department", "State Finance Department"),
    unit("HG-HLTH", "Health Department", "Health and Family Welfare Department"),
    unit("HG-PWD", "Public Works Department", "PWD"),
    unit("HG-POL", "Police Department", "State Police"),
]


def test_rupees_and_an_honorifics_short_form_end_no_sentence():
    found = directives_in(
        "The Finance Department was asked to release Rs. 40 crore to the Health Department by March 15.\n\n"
        "Taking stock of the hospitals, Sh. Negi expressed concern over the shortage of doctors in the tribal "
        "blocks.\n",
        HIMGIRI,
        "en",
        "2027-02-20",
    )
    assert [d.text[:24] for d in found] == ["The Finance Department w"]
    assert "40 crore" in found[0].text
    assert [str(d.deadline) for d in found] == ["2027-03-15"]


def test_an_order_in_the_bare_subjunctive_after_an_order_is_that_units():
    found = directives_in(
        "The Chief Minister directed the Health Department to post specialist doctors in all civil hospitals by "
        "April 30. In addition, a round-the-clock control room for ambulance services be set up at the "
        "directorate by 5 March, 2027.\n",
        HIMGIRI,
        "en",
        "2027-02-20",
    )
    assert leads(found) == ["HG-HLTH", "HG-HLTH"]
    assert [str(d.deadline) for d in found] == ["2027-04-30", "2027-03-05"]


def test_a_wish_for_the_public_and_an_outcome_to_be_seen_are_no_orders():
    found = directives_in(
        "The Chief Minister directed the PWD to repair the damaged bridges by May 31.\n\n"
        "He said that the Government was committed to better roads and commuters should not face any hardship "
        "during the repairs. He added that the money released must be visible on the ground.\n",
        HIMGIRI,
        "en",
        "2027-02-20",
    )
    assert leads(found) == ["HG-PWD"]


def test_an_order_cited_vide_its_number_is_a_reference():
    found = directives_in(
        "The Health Department was directed to follow the drug procurement norms notified vide No. HFW-B(C)7-3/2026 "
        "dated 12 January, 2027.\n",
        HIMGIRI,
        "en",
        "2027-02-20",
    )
    assert [d.references for d in found] == [["vide No. HFW-B(C)7-3/2026 dated 12 January, 2027"]]


def test_a_joint_body_set_up_with_another_unit_makes_it_a_partner():
    found = directives_in(
        "The Jal Shakti Department was asked to form a joint inspection team with the State Police to stop illegal "
        "mining in the river beds.\n",
        HIMGIRI,
        "en",
        "2027-02-20",
    )
    assert leads(found) == ["HG-JAL"]
    assert [[c.code for c in d.coordinating] for d in found] == [["HG-POL"]]


def test_a_limit_not_to_pass_said_in_the_negative_is_the_deadline():
    found = directives_in(
        "The Chief Minister directed the PWD to speed up the widening of the highway, not letting the work stretch "
        "beyond the third quarter of 2027.\n",
        HIMGIRI,
        "en",
        "2027-02-20",
    )
    assert [str(d.deadline) for d in found] == ["2027-09-30"]
    # (not a period lengthened beyond a date)
    found = directives_in(
        "The Finance Department was asked to extend the interest subvention scheme beyond March 2028.\n",
        HIMGIRI,
        "en",
        "2027-02-20",
    )
    assert [str(d.deadline) for d in found] == ["None"]
