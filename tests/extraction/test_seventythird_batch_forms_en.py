"""Orders in the forms a seventy-third batch of English texts written blind showed: English editions of Vietnamese
provincial portals and notices (a People's Committee's monthly meeting, a leader's conclusion notice, a Party
Secretary's visit to a district, site clearance and public investment disbursement). The committee's office named
with its body's genitive ("the Provincial People's Committee's Office"); a sentence on what the order drafts that
only says when it is issued, its subject four words long across a wrapped line; a leader's consent to a proposer's
proposal; a numbered section's topic line over its paragraph; an earlier month's order told in the past; an event
foreseen; a carried-over task table with "Content" and "Unit in charge" columns under a caption naming the notice it
comes from; "from the date of this Notice" from the date in the heading's right column; the district's Party
Committee by the level word before its name; a unit called "the investor" in brackets. Texts and directory written
for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("LH-PPC", "Lang Hoa Provincial People's Committee", "Lang Hoa PPC"),
    unit("LH-OFFICE", "Office of the Lang Hoa Provincial People's Committee", "Lang Hoa PPC Office"),
    unit(
        "LH-PARTY",
        "Lang Hoa Provincial Party Committee",
        "Lang Hoa Party Committee",
        "Standing Board of the Lang Hoa Provincial Party Committee",
    ),
    unit("LH-PARTYOFFICE", "Office of the Lang Hoa Provincial Party Committee", "Lang Hoa Party Committee Office"),
    unit("LH-FIN", "Lang Hoa Department of Finance", "Lang Hoa DOF"),
    unit("LH-CONS", "Lang Hoa Department of Construction", "Lang Hoa DOC"),
    unit("LH-TOUR", "Lang Hoa Department of Culture, Sports and Tourism", "Lang Hoa DCST"),
    unit("LH-IT", "Lang Hoa Department of Industry and Trade", "Lang Hoa DOIT"),
    unit("LH-PMB", "Lang Hoa Provincial Traffic Works Project Management Board", "Lang Hoa Traffic PMB"),
    unit("LH-MYSON", "People's Committee of My Son Commune (Lang Hoa)", "My Son Commune People's Committee"),
    unit("LH-KHEDPC", "Khe Tan District Party Committee", "Khe Tan Party Committee"),
    unit("LH-KHEPC", "Khe Tan District People's Committee", "Khe Tan DPC"),
]


def run(text, meeting=None):
    return directives_in(text, DIRECTORY, "en", meeting)


def test_the_committees_office_in_the_genitive_is_the_office():
    directives = run(
        "Lang Hoa Portal - On May 6, 2026, the Provincial People's Committee held its regular meeting.\n\n"
        "The Department of Finance shall review the capital plan of slow projects.\n\n"
        "The Provincial People's Committee's Office shall follow up on these tasks and report at the next meeting.\n\n"
        "The Provincial Party Committee's Office is to compile the results for the Standing Board.\n",
        meeting="2026-05-06",
    )
    assert leads(directives) == ["LH-FIN", "LH-OFFICE", "LH-PARTYOFFICE"]


def test_what_the_order_drafts_issued_by_a_date_is_the_orders_deadline():
    directives = run(
        "Lang Hoa Portal - On May 6, 2026, the Provincial People's Committee held its regular meeting.\n\n"
        "The Department of Culture, Sports and Tourism shall draw up a plan to promote autumn tourism in 2026. "
        "The plan is to be issued before August 20.\n",
        meeting="2026-05-06",
    )
    assert len(directives) == 1
    assert str(directives[0].deadline) == "2026-08-20"


def test_a_long_product_subject_over_a_wrapped_line_joins_the_order():
    directives = run(
        "The Vice Chairman concluded as follows:\n"
        "1. The Provincial Traffic Works Project Management Board shall speed up the works and add machinery. "
        "The revised weekly\n"
        "works timetable must be sent to the Department of Construction before 20/6/2026.\n"
        "2. The Department of Finance shall arrange capital for the works.\n",
        meeting="2026-06-02",
    )
    assert leads(directives) == ["LH-PMB", "LH-FIN"]
    assert str(directives[0].deadline) == "2026-06-20"


def test_a_leaders_consent_to_a_proposers_proposal_orders_nothing():
    directives = run(
        "The Chairman concluded as follows:\n"
        "1. The Department of Construction shall inspect the culverts before the rainy season.\n"
        "2. The Chairman agrees in principle with the commune's proposal to build a new market on the old site.\n",
        meeting="2026-06-02",
    )
    assert leads(directives) == ["LH-CONS"]


def test_a_numbered_sections_topic_line_over_its_paragraph_is_no_order():
    directives = run(
        "After hearing the reports, the Vice Chairman concluded as follows:\n\n"
        "1. On the disbursement progress\n"
        "The province has disbursed 31% of the plan. Three projects are stuck in site clearance.\n\n"
        "2. Tasks in the coming time\n"
        "2.1. The Department of Finance shall propose transfers of capital between projects.\n",
        meeting="2026-06-02",
    )
    assert leads(directives) == ["LH-FIN"]


def test_an_earlier_months_order_told_in_the_past_is_no_order():
    directives = run(
        "Lang Hoa Portal - On May 6, 2026, the Provincial People's Committee held its regular meeting.\n\n"
        "At the March meeting, the Department of Industry and Trade was assigned to draft the market plan; the "
        "department said the draft is under review.\n\n"
        "In February, the Provincial People's Committee had set the goal that communes must finish the land "
        "inventory by April 30; this goal was missed.\n\n"
        "Concluding, the Chairman requested the Department of Finance to review the revenue estimates.\n",
        meeting="2026-05-06",
    )
    assert leads(directives) == ["LH-FIN"]


def test_an_event_foreseen_is_no_order():
    directives = run(
        "Lang Hoa Newspaper - On April 9, 2026, the Provincial People's Committee held a press conference.\n\n"
        "Closing the press conference, Chief of Office Le Van Hung thanked the press agencies for accompanying the "
        "province in communication work and said the next regular press conference is expected to be held in "
        "mid-July 2026.\n",
        meeting="2026-04-09",
    )
    assert directives == []


def test_a_carried_over_task_table_with_content_and_unit_in_charge_columns():
    directives = run(
        "III. TASKS FROM EARLIER CONCLUSIONS STILL OPEN\n"
        "(Notice No. 77/TB-UBND dated May 2, 2025)\n"
        "No. | Content | Unit in charge | Coordinating unit | Deadline | Status\n"
        "1 | Finish the zoning plan of the new urban area | Department of Construction | Department of Finance | "
        "30/11/2025 | In progress\n"
        "2 | Move the wholesale market out of the town centre | Department of Industry and Trade | "
        "Department of Construction | Q2/2026 | Not started\n",
        meeting="2025-10-20",
    )
    assert leads(directives) == ["LH-CONS", "LH-IT"]
    assert [str(d.deadline) for d in directives] == ["2025-11-30", "2026-06-30"]
    assert all(any("77/TB-UBND" in ref for ref in d.references) for d in directives)


def test_days_from_the_date_of_this_notice_count_from_its_heading_date():
    directives = run(
        "LANG HOA PROVINCIAL PEOPLE'S COMMITTEE          SOCIALIST REPUBLIC OF VIETNAM\n"
        "No.: 88/TB-UBND                                  Lang Hoa, June 5, 2026\n\n"
        "NOTICE\n"
        "Conclusion of the Vice Chairman at the inspection of the Khe Tan road project\n\n"
        "On June 1, 2026, the Vice Chairman inspected the project and concluded as follows:\n"
        "1. The People's Committee of My Son commune shall hand over the remaining site within 15 days from "
        "the date of this Notice.\n",
        meeting="2026-06-01",
    )
    assert leads(directives) == ["LH-MYSON"]
    assert str(directives[0].deadline) == "2026-06-20"


def test_the_district_party_committee_is_the_districts_not_the_provinces():
    directives = run(
        "Lang Hoa Online - On January 12, the Provincial Party Secretary worked with Khe Tan district.\n\n"
        "The Provincial Party Secretary requested the Standing Board of the District Party Committee to finish "
        "the houses for poor households before Tet.\n",
        meeting="2026-01-12",
    )
    assert leads(directives) == ["LH-KHEDPC"]


def test_a_unit_called_the_investor_in_brackets_is_named_so_after():
    directives = run(
        "The Vice Chairman concluded as follows:\n"
        "1. The Provincial Traffic Works Project Management Board (the investor) shall add machinery on the site.\n"
        "2. The People's Committee of My Son commune shall coordinate with the investor to mobilise the remaining "
        "households.\n",
        meeting="2026-06-02",
    )
    assert leads(directives) == ["LH-PMB", "LH-MYSON"]
    assert [d.code for d in directives[1].coordinating] == ["LH-PMB"]
