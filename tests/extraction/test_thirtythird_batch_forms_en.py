"""Orders in the forms a thirty-third batch of English texts written blind showed: a Canadian clerk's log of
outstanding council directions copied one cell to a line under a heading whose cells share one line, parted by bars
("Res. No. / Date | Council Direction | Owner | Target | Status / Comments"; a delay in the target cell counted from
the row's own date, a target cell that gives each directive of its row its own date, a directive wrapped over its
lines, the report's "Purpose:" line); a US agenda report of numbered council referrals with labelled lines
("Responsible department:", "Anticipated completion:", "Status:") and a "BACKGROUND" section that tells what was asked
before; the staff at large as a row's addressee (no lead, whatever its unit cell names); a cabinet's news report
("was directed to submit by 30 April ...", "It was also instructed to ...", an exhortation after a courtesy); a
provincial Party unit named after its owner's genitive. Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

# -- a clerk's log of outstanding directions, one cell to a line, its heading on one line ---------------------------

MAPLEFORD = [
    unit("MF-ENG", "Engineering Services", "Engineering"),
    unit("MF-LEG", "Legal Services", "City Solicitor"),
    unit("MF-REC", "Recreation and Culture", "Director of Recreation"),
    unit("MF-FIN", "Finance Department", "Treasurer"),
]

LOG_HEAD = (
    "TOWN OF MAPLEFORD\nLegislative Services\nOUTSTANDING COUNCIL DIRECTIONS - STATUS REPORT\n"
    "Council Meeting: March 15, 2027\n\n"
    "Purpose: To inform Council of the status of motions directing staff to take action.\n\n"
    "Res. No. / Date | Council Direction | Owner | Target | Status / Comments\n\n"
)


def log(rows: str):
    return directives_in(LOG_HEAD + rows + "\nPrepared by: A. Leclerc, Deputy Clerk\n", MAPLEFORD, "en", "2027-03-15")


def test_a_logs_heading_on_one_line_parted_by_bars_gives_each_row_its_target_cell():
    found = log(
        "R-2026-311\nOct 5, 2026\n"
        "That the Director of Recreation be directed to prepare a report on extending arena hours for\n"
        "youth hockey.\n"
        "Recreation and Culture\n"
        "Q1 2027\n"
        "IN PROGRESS - Survey of user groups closed in January. Report listed for the\n"
        "April 12, 2027 Council meeting.\n"
    )
    assert leads(found) == ["MF-REC"]
    assert [str(d.deadline) for d in found] == ["2027-03-31"]
    assert found[0].text.endswith("Recreation and Culture\nQ1 2027")


def test_a_delay_in_the_target_cell_counts_from_the_rows_own_date():
    found = log(
        "R-2026-350\nNov 16, 2026\n"
        "That the Treasurer be directed to report back on the cost of a tax deferral program for seniors.\n"
        "Finance Department\n"
        "90 days\n"
        "OVERDUE - Draft received February 20, 2027.\n"
    )
    assert leads(found) == ["MF-FIN"]
    assert [str(d.deadline) for d in found] == ["2027-02-14"]


def test_a_target_cell_that_dates_each_directive_of_its_row_gives_them_in_their_order():
    found = log(
        "R-2026-377\nDec 7, 2026\n"
        "That the City Solicitor be directed to draft a Sign Bylaw amendment for first reading; and\n"
        "That Engineering Services be directed to report on permit fees for temporary signs.\n"
        "Legal Services / Engineering Services\n"
        "Bylaw - May 2027; Fees - November 2027\n"
        "IN PROGRESS - Draft circulated for comment.\n"
    )
    assert leads(found) == ["MF-LEG", "MF-ENG"]
    assert [str(d.deadline) for d in found] == ["2027-05-31", "2027-11-30"]


def test_a_direction_wrapped_over_its_lines_is_one_directive_and_its_status_none():
    found = log(
        "R-2027-012\nJan 11, 2027\n"
        "That Administration be directed to continue the inspection of private culverts along the East\n"
        "Branch creek and provide semi-annual updates to the Infrastructure\n"
        "Committee.\n"
        "Engineering Services\n"
        "Ongoing\n"
        "ONGOING - First update provided February 8, 2027.\n"
        "\n"
        "R-2027-020\nJan 25, 2027\n"
        "That the Director of Recreation be directed to install new bleachers at Lions Park.\n"
        "Recreation and Culture\n"
        "February 2027\n"
        "COMPLETE - Bleachers installed February 19, 2027.\n"
    )
    assert len(found) == 2
    assert found[0].text.startswith("That Administration") and "Committee." in found[0].text
    assert leads(found) == [None, "MF-REC"]  # "Administration", the staff at large: no unit, not the owner cell
    assert [str(d.deadline) for d in found] == ["None", "2027-02-28"]


def test_a_reports_purpose_line_gives_no_order():
    found = directives_in(
        "MEMORANDUM\n\nPurpose: To give Council an account of the motions directing staff to act on winter "
        "maintenance.\n\nCouncil directed the Treasurer to report on the cost of extra snow clearing by "
        "April 30, 2027.\n",
        MAPLEFORD,
        "en",
        "2027-03-15",
    )
    assert [d.text[:20] for d in found] == ["Council directed the"]


def test_a_unit_the_order_coordinates_its_work_with_helps():
    found = directives_in(
        "The City Solicitor shall coordinate the lease renewal review with the Finance Department before May 31, 2027.",
        MAPLEFORD,
        "en",
        "2027-03-15",
    )
    assert leads(found) == ["MF-LEG"]
    assert [[c.code for c in d.coordinating] for d in found] == [["MF-FIN"]]


# -- an agenda report of numbered council referrals, each with labelled lines ----------------------------------------

CEDAR = [
    unit("CV-PW", "Public Works Department", "Public Works"),
    unit("CV-ATTY", "City Attorney's Office", "City Attorney"),
    unit("CV-LIB", "Cedar Vale Public Library", "Library"),
    unit("CV-SD", "Cedar Vale School District", "School District"),
    unit("CV-CM", "City Manager's Office", "City Manager"),
]

REFERRALS = (
    "CITY OF CEDAR VALE\nAGENDA REPORT\n\nMeeting Date: October 6, 2026\n"
    "SUBJECT: Quarterly Status of Council Referrals\n\n"
    "BACKGROUND\n"
    "On January 13, 2026, Council asked the City Manager to report each quarter on the referrals\n"
    "made to staff, so that residents can follow them.\n\n"
    "DISCUSSION\n"
    "The open referrals are listed below.\n\n"
    "1. Street Tree Watering (Referral No. 2026-07; April 14, 2026)\n"
    "Staff was directed to prepare a summer watering schedule for newly planted street trees and\n"
    "to coordinate volunteers with the Cedar Vale School District.\n"
    "Responsible department: Public Works, with the Library\n"
    "Anticipated completion: November 2026\n"
    "Status: Draft schedule under review. The Library requested more time to recruit\n"
    "volunteers, which was granted on September 2.\n\n"
    "2. Short-Term Rental Fees (Referral No. 2026-09; May 12, 2026)\n"
    "The City Attorney was directed to draft an ordinance setting permit fees for short-term\n"
    "rentals.\n"
    "Responsible department: City Attorney's Office\n"
    "Anticipated completion: December 8, 2026 (originally October 2026)\n"
    "Status: DELAYED. Public Works asked for a second round of comments.\n\n"
    "3. Library Hours (Referral No. 2026-11; June 9, 2026)\n"
    "Staff was directed to study Sunday opening hours at the main library.\n"
    "Responsible department: Library\n"
    "Anticipated completion: To be determined\n"
    "Status: NEW.\n\n"
    "FISCAL IMPACT\nNone.\n"
)


def test_a_referrals_labelled_lines_give_its_deadline_and_its_status_gives_no_order():
    found = directives_in(REFERRALS, CEDAR, "en", "2026-10-06")
    assert [d.text.split()[0] for d in found] == ["Staff", "The", "Staff"]
    assert [str(d.deadline) for d in found] == ["2026-11-30", "2026-12-08", "None"]
    assert found[0].text.endswith("Anticipated completion: November 2026")


def test_a_referral_to_the_staff_has_no_lead_and_its_responsible_line_none_of_its_units():
    found = directives_in(REFERRALS, CEDAR, "en", "2026-10-06")
    assert leads(found) == [None, "CV-ATTY", None]
    # "to coordinate volunteers with the School District": a unit the sentence works with still coordinates
    assert [[c.code for c in d.coordinating] for d in found] == [["CV-SD"], [], []]


def test_a_background_section_tells_what_was_asked_before():
    found = directives_in(REFERRALS, CEDAR, "en", "2026-10-06")
    assert not any("City Manager to report" in d.text for d in found)


# -- a flattened action log: the staff at large in the council's words ------------------------------------------------

BOARD = [
    unit("PC-ROADS", "Pinecrest County Roads Department", "Roads"),
    unit("PC-IT", "Pinecrest County Information Technology", "IT"),
    unit("PC-PARKS", "Pinecrest County Parks Department", "Parks"),
]

BOARD_HEAD = (
    "PINECREST COUNTY BOARD OF SUPERVISORS\nDirectives Follow-up\n\n"
    "Item No. Date of Meeting Directive Responsible Department Due Date Status\n"
)


def test_a_log_row_that_directs_the_staff_takes_no_lead_from_its_cell():
    found = directives_in(
        BOARD_HEAD + "27-014 2/9/2027 Directed staff to study a gravel road dust control pilot and report back. "
        "Roads / IT Q3 2027 In Progress\n",
        BOARD,
        "en",
    )
    assert leads(found) == [None]
    assert [[c.code for c in d.coordinating] for d in found] == [[]]


def test_a_log_row_in_the_logs_shorthand_keeps_its_cells_lead():
    # a guard: "Staff to ..." is the log's own shorthand, its responsible cell names who does it
    found = directives_in(
        BOARD_HEAD + "27-015 2/9/2027 Staff to return with options for new picnic shelters at Elk Lake. "
        "Parks Q2 2027 In Progress\n",
        BOARD,
        "en",
    )
    assert leads(found) == ["PC-PARKS"]


# -- a cabinet's news report -------------------------------------------------------------------------------------------

VALDORIA = [
    unit("VD-WAT", "Ministry of Water Resources", "Water Ministry"),
    unit("VD-ENV", "State Committee for Environmental Protection", "Environment Committee"),
    unit("VD-IND", "Ministry of Industry", "Industry Ministry"),
    unit("VD-STAT", "National Statistics Agency", "Statistics Agency"),
]


def test_an_order_in_the_passive_keeps_its_date_before_its_object():
    found = directives_in(
        "The Ministry of Industry, together with the National Statistics Agency, was instructed to present by "
        "15 June a draft of the industrial census questionnaire.",
        VALDORIA,
        "en",
        "2027-05-04",
    )
    assert leads(found) == ["VD-IND"]
    assert [str(d.deadline) for d in found] == ["2027-06-15"]


def test_it_was_also_instructed_names_the_unit_of_the_order_before():
    found = directives_in(
        "The Ministry of Water Resources was directed to clean the main collector drains before the rainy season. "
        "It was also instructed to repair the sluice gates of the northern reservoir in cooperation with the "
        "State Committee for Environmental Protection.",
        VALDORIA,
        "en",
        "2027-05-04",
    )
    assert leads(found) == ["VD-WAT", "VD-WAT"]
    assert [[c.code for c in d.coordinating] for d in found] == [[], ["VD-ENV"]]


def test_an_exhortation_to_all_members_after_a_courtesy_is_no_order():
    found = directives_in(
        "The Ministry of Industry was directed to prepare the export support programme.\n\n"
        "Closing the session, Prime Minister Aliyev thanked the builders and engineers of the new cement plant for "
        "their tireless work and called on all members of the Cabinet to raise their personal responsibility.",
        VALDORIA,
        "en",
        "2027-05-04",
    )
    assert leads(found) == ["VD-IND"]


# -- a provincial Party unit named after its owner's genitive ----------------------------------------------------------

BAC_LINH = [
    unit("BL-TC", "Organization Commission of the Bac Linh Provincial Party Committee", "Ban Tổ chức Tỉnh ủy"),
    unit("BL-PPC", "Bac Linh Provincial People's Committee", "PPC"),
    unit("BL-FIN", "Bac Linh Department of Finance", "Sở Tài chính"),
    unit("BL-CA", "Bac Linh Provincial Police", "Công an tỉnh Bắc Linh"),
    unit("BL-VP", "Office of the Bac Linh Provincial Party Committee", "Văn phòng Tỉnh ủy"),
]


def test_a_party_unit_named_after_its_owners_genitive_leads():
    found = directives_in(
        "The Provincial Party Committee's Organization Commission shall preside over the review of the staffing "
        "plans of the communes and report to the Standing Board before September 30, 2026.",
        BAC_LINH,
        "en",
        "2026-08-12",
    )
    assert leads(found) == ["BL-TC"]
    assert [str(d.deadline) for d in found] == ["2026-09-30"]
