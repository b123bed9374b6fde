"""Orders in the forms a twenty-seventh batch of English texts written blind showed: a shire's sheet of outstanding
council resolutions flattened one cell to a line, its rows parted by blank lines (the meeting's short name and date,
the resolution's number, the agenda item, the action, the officer, the due cell, a status that may revise the due
date; "Next OCM" due at the next meeting its heading dates); a Scottish council committee's decision, "The
Committee agreed:" with clauses in the infinitive or "that ..." (each its own; those that approve, note or defer
order nothing), a motion and an amendment put to the vote (only the one carried orders), and the sentence after a
clause that sets the deadline of what it asked to submit; a Nigerian state council's briefing, where a commissioner
for a portfolio of several fields stands for its ministry and "the Office of the Head of X" is the head's unit, "The
Service" is the revenue service named before, and an order recalled ("You will recall that ..."), an appeal to the
public and a ban on every ministry order nothing; a Kenyan county executive's minutes, with lettered items under
"Resolutions:" ("b) The CECM Trade to submit ..."), a unit named "County - Department of X" in the directory, a
resolution whose unit acts in the present ("resolved that the Chief Officer, Trade fences ..."), "within fourteen
(14) days" and the Governor's exhortation to the members. Texts and directory written for these tests."""

from tests.extraction.conftest import codes, directives_in, leads, unit

DIRECTORY = [
    unit("WS-CEO", "Shire of Mundaring Creek - Office of the Chief Executive Officer", "CEO"),
    unit("WS-WORKS", "Shire of Mundaring Creek - Works and Services", "DWS", "Works"),
    unit("WS-CORP", "Shire of Mundaring Creek - Corporate Services", "DCS", "Corporate Services"),
    unit("WS-PLAN", "Shire of Mundaring Creek - Planning Services", "MPS", "Planning"),
    unit("SC-PLACE", "Glenmorie Council - Economy and Place Directorate", "Executive Director (Economy and Place)"),
    unit("SC-HOUSING", "Glenmorie Council - Housing Service", "Head of Housing"),
    unit("SC-LEISURE", "Glenmorie Council - Leisure and Parks Service", "Head of Leisure and Parks"),
    unit("WS-RURAL", "Shire of Mundaring Creek - Rural Services", "Agriculture", "Rural Services"),
    unit("NG-MAG", "Kwara Hills State - Ministry of Agriculture, Forestry and Food Security", "Agric Ministry"),
    unit("NG-MYS", "Kwara Hills State - Ministry of Youth and Sports", "Youth"),
    unit("NG-PSC", "Kwara Hills State - Civil Service Commission", "Civil Service Commission"),
    unit("NG-HOS", "Kwara Hills State - Office of the Head of the Civil Service", "Head of Service"),
]

SHEET = """SHIRE OF MUNDARING CREEK
SCHEDULE OF OUTSTANDING COUNCIL DECISIONS
Status as at 2 June 2025
Next Ordinary Council Meeting: Wednesday 23 July 2025

Meeting Res No. Item Action Required Resp. Officer Due Date Status / Comments

OCM 19/02/2025
OCM 2025/021
9.3 Sporting Ground Lighting
Seek quotes for new floodlights at the Creek Oval and report costs to Council.
DWS
31/03/2025
Revised: 31/08/2025
Supplier withdrew. Quotes sought again 12/05/2025.

OCM 26/03/2025
OCM 2025/047
11.1 Local Planning Strategy Review
Prepare a scoping report on the review of the Local Planning Strategy.
MPS
Next OCM
Consultant engaged.

OCM 23/04/2025
OCM 2025/066
10.4 Annual Report
Annual report received. No further action.
DCS
-
Complete.

OCM 28/05/2025
OCM 2025/081
12.2 Records Digitisation
Scan the rates archive and retire the paper files.
DCS
Q1 2025/26
Scanner on order.
"""


def test_each_row_of_a_sheet_parted_by_blank_lines_is_an_order_of_its_officer():
    found = directives_in(SHEET, DIRECTORY, "en")
    assert leads(found) == ["WS-WORKS", "WS-PLAN", "WS-CORP"]
    assert found[0].text.startswith("Seek quotes for new floodlights")
    assert not any("Annual report received" in d.text for d in found)


def test_a_revised_due_date_alone_under_the_due_cell_replaces_it_and_ends_the_quote():
    found = directives_in(SHEET, DIRECTORY, "en")
    assert str(found[0].deadline) == "2025-08-31"
    assert found[0].text.endswith("Revised: 31/08/2025")


def test_the_resolution_number_above_a_rows_item_is_its_reference():
    found = directives_in(SHEET, DIRECTORY, "en")
    # (the strategy the second row's report reviews, named in capitals, is a plan it cites: a reference too)
    assert [d.references for d in found] == [
        ["OCM 2025/021"],
        ["OCM 2025/047", "Local Planning Strategy"],
        ["OCM 2025/081"],
    ]


def test_next_ocm_is_the_next_meeting_the_sheet_dates_and_a_quarter_of_a_split_year_a_fiscal_one():
    found = directives_in(SHEET, DIRECTORY, "en")
    assert str(found[1].deadline) == "2025-07-23"
    assert str(found[2].deadline) == "2025-09-30"


DECISIONS = """GLENMORIE COUNCIL
MINUTE of MEETING of the COMMUNITY SERVICES COMMITTEE held on Tuesday 3 March 2026.

4. SCHOOL MEALS DEBT
There was submitted a report by the Head of Housing.

Motion by Councillor Reid, seconded by Councillor Lamont -
(a) to note the report; and
(b) to instruct the Head of Housing to contact every family in arrears by 30 April 2026.

Amendment by Councillor Munro, seconded by Councillor Kaur -
(a) to note the report; and
(b) to instruct the Head of Housing to write off all arrears.

On a division, 7 members voted for the motion and 2 for the amendment.

Decision
The Committee resolved in terms of the motion.

5. TOWN CENTRE FUND
Decision
The Committee agreed:
(i) to approve the allocations in Appendix 2;
(ii) to instruct the Executive Director (Economy and Place) to bid to the Town Centre Fund for the Square. The bid
must be made before the scheme closes on 15 May 2026;
(iii) to note that the fund may be oversubscribed; and
(iv) to request that the Head of Leisure and Parks report on the cost of new planters.

6. PAVILION LEASE
Decision
The Committee agreed:
1. to defer the matter to its next meeting;
2. that officers prepare draft heads of terms for the lease; and
3. to note the interest shown by the bowling club.
"""


def test_the_clauses_of_an_agreed_decision_are_orders_of_their_own_and_approvals_and_notes_none():
    found = directives_in(DECISIONS, DIRECTORY, "en", "2026-03-03")
    assert leads(found) == ["SC-HOUSING", "SC-PLACE", "SC-LEISURE", None]
    assert found[2].text.startswith("to request that the Head of Leisure")
    assert found[3].text.startswith("that officers prepare draft heads of terms")
    assert not any(d.text.startswith(("The Committee agreed", "to note", "to approve", "to defer")) for d in found)
    assert not any("bowling club" in d.text for d in found)


def test_the_clauses_of_an_amendment_not_carried_order_nothing():
    found = directives_in(DECISIONS, DIRECTORY, "en", "2026-03-03")
    assert not any("write off" in d.text for d in found)
    assert found[0].text.startswith("to instruct the Head of Housing to contact")
    assert str(found[0].deadline) == "2026-04-30"


def test_the_sentence_after_a_clause_that_dates_what_it_asked_to_submit_joins_it():
    found = directives_in(DECISIONS, DIRECTORY, "en", "2026-03-03")
    assert found[1].text.endswith("before the scheme closes on 15 May 2026")
    assert str(found[1].deadline) == "2026-05-15"


BRIEFING = """KWARA HILLS STATE GOVERNMENT
OUTCOME OF THE STATE EXECUTIVE COUNCIL MEETING OF 11TH MARCH, 2026

Council approved the distribution of improved seedlings to 4,000 farmers. The Commissioner for Agriculture, Forestry
and Food Security was directed to publish the list of beneficiaries within two weeks.

Council also approved the recruitment of 120 sports coaches. The Civil Service Commission and the Office of the Head
of Service are to complete the recruitment within 45 days.
"""


def test_a_commissioner_for_a_portfolio_of_several_fields_stands_for_its_ministry():
    found = directives_in(BRIEFING, DIRECTORY, "en", "2026-03-11")
    assert found[0].lead.code == "NG-MAG"


def test_the_office_of_a_head_named_after_another_unit_coordinates():
    found = directives_in(BRIEFING, DIRECTORY, "en", "2026-03-11")
    assert (found[1].lead.code, codes(found[1].coordinating)) == ("NG-PSC", ["NG-HOS"])
    assert str(found[1].deadline) == "2026-04-25"


COUNTY = [
    unit("KC-FIN", "Lamuria County - Department of Finance and Economic Planning", "County Treasury", "Finance"),
    unit("KC-WATER", "Lamuria County - Department of Water and Sanitation Services", "Water Department"),
    unit("KC-TRADE", "Lamuria County - Department of Trade and Tourism", "Trade", "Tourism"),
    unit("KC-SEC", "Lamuria County - Office of the County Secretary", "County Secretary"),
    unit("LG-REV", "Oduma State Board of Internal Revenue", "Internal Revenue Service", "OBIR"),
    unit("LG-WORKS", "Oduma State - Ministry of Works and Housing", "Ministry of Works"),
    unit("LG-LOCAL", "Oduma State - Ministry of Local Government", "Local Government"),
]

CEC = """MINUTES OF THE 9TH COUNTY EXECUTIVE COMMITTEE MEETING HELD ON 5TH MAY, 2026

MIN. NO. 71/CEC/2026: SUPPLEMENTARY BUDGET I
The CECM Finance presented the Supplementary Budget. Members noted the shortfall in revenue.
Resolutions:
a) The Supplementary Budget was approved.
b) The CECM Trade to submit a report on market cess collection by 29th May, 2026.
c) All departments to freeze recruitment until 30th June, 2026.

MIN. NO. 72/CEC/2026: WATER SUPPLY
The CEC resolved as follows:
 i. The Department of Water and Sanitation Services to repair the Soko Mjini borehole within ten (10) days.
ii. The Water Department to flush the mains of the old town within fourteen (14) days.
H.E. the Governor urged all CEC Members to ensure that pending bills are paid.

MIN. NO. 73/CEC/2026: MARKETS
The CECM Trade reported on the new Soko Mjini market. The CEC resolved that the Chief Officer, Trade fences the
market and reports on its opening by 12th June, 2026.
"""


def test_lettered_items_under_resolutions_are_orders_and_a_cecm_stands_for_his_department():
    found = directives_in(CEC, COUNTY, "en", "2026-05-05")
    assert leads(found)[:3] == ["KC-TRADE", None, "KC-WATER"]
    assert [str(d.deadline) for d in found][:3] == ["2026-05-29", "2026-06-30", "2026-05-15"]


def test_a_unit_named_with_its_countys_level_before_a_dash_is_read_without_it():
    found = directives_in(CEC, COUNTY, "en", "2026-05-05")
    assert found[2].text.startswith("The Department of Water and Sanitation Services to repair")
    assert found[2].lead.code == "KC-WATER"


def test_a_committees_resolution_that_a_unit_acts_in_the_present_tense_is_an_order():
    found = directives_in(CEC, COUNTY, "en", "2026-05-05")
    assert found[-1].text.startswith("The CEC resolved that the Chief Officer, Trade fences")
    assert (found[-1].lead.code, str(found[-1].deadline)) == ("KC-TRADE", "2026-06-12")


def test_a_number_of_days_spelled_out_before_its_figure_in_brackets_counts_from_the_meeting():
    found = directives_in(CEC, COUNTY, "en", "2026-05-05")
    flush = next(d for d in found if "flush the mains" in d.text)
    assert (flush.lead.code, str(flush.deadline)) == ("KC-WATER", "2026-05-19")


def test_an_exhortation_to_the_committees_own_members_orders_nothing():
    found = directives_in(CEC, COUNTY, "en", "2026-05-05")
    assert not any("urged" in d.text for d in found)


EXCO = """ODUMA STATE GOVERNMENT
BRIEFING ON THE OUTCOME OF THE STATE EXECUTIVE COUNCIL MEETING OF 14TH APRIL, 2026

As you will recall, in January 2026 Council directed the Ministry of Works and Housing to clear all drainages in
the capital. That work is ongoing.

Acting on a memo of the Internal Revenue Service, Council approved the Consolidated Revenue Code, 2026. The Service
is to print the Code and distribute it to all local government councils within 21 days. No ministry, agency or
local government council shall issue any receipt other than the approved e-receipt.

Council urged traders to pay the new levy to the Internal Revenue Service only.
"""


def test_an_order_recalled_to_the_press_an_appeal_to_the_public_and_a_ban_on_all_order_nothing():
    found = directives_in(EXCO, COUNTY, "en", "2026-04-14")
    assert [d.text.split()[:2] for d in found] == [["The", "Service"]]


def test_the_service_named_before_by_its_head_noun_leads():
    found = directives_in(EXCO, COUNTY, "en", "2026-04-14")
    assert found[0].lead.code == "LG-REV"
    assert str(found[0].deadline) == "2026-05-05"
