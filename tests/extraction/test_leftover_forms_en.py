"""English forms the rule helpers of a forty-eighth session left: a councillor's inquiry in a directives log that
asks "Administration" (the staff at large, no unit) to report; a second addressee's "and asked that <unit> ..." an
order of its own, its recurring "within 30 days of each meeting" no due date; a second order in reported speech
("..., and said the District Collectors should ..."); and the archive line ("Saved: VT, KT.") under an English
translation's "Receiving places:". Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

TOWN = [
    unit("EL-PW", "Public Works Department", "Public Works"),
    unit("EL-BL", "By-law Services", "By-law"),
    unit("EL-IT", "Information Technology Division", "IT Division"),
    unit("EL-CLK", "Office of the City Clerk", "City Clerk"),
    unit("EL-RD", "Roads Department", "Roads"),
    unit("EL-AG", "Department of Agriculture", "Agriculture"),
]


def town(text, meeting="2026-03-09"):
    return directives_in(text, TOWN, "en", meeting)


def test_a_councillor_asks_that_administration_report_in_a_directives_log():
    text = (
        "TOWN OF ELMBRIDGE\nCouncil Directives Log\nRegular Meeting of Council held March 9, 2026\n"
        "Item\nReference\nDirective\nStatus\n"
        "9.2\nCQ07-2026\n"
        "Councillor Whitford asks that Administration report on the number of empty lots on Front Street and "
        "the grants available under the Heritage Facade Improvement Program.\n"
        "Not Started - response due June 2026\n"
        "9.3\nCQ08-2026\n"
        "Councillor Amari asks that By-law Services increase enforcement of overnight parking on Birch Street.\n"
        "Ongoing\n"
    )
    found = town(text)
    assert leads(found) == [None, "EL-BL"]
    assert str(found[0].deadline) == "2026-06-30"


def test_a_second_addressee_asked_that_is_an_order_of_its_own_and_a_recurring_window_no_due():
    text = (
        "New direction given at the March 9, 2026 meeting:\n\n"
        "4. Council directed the IT Division to publish the budget workbooks in an open data format beginning in "
        "May, and asked that the City Clerk post the approved minutes on the town website within 14 days of each "
        "meeting.\n"
    )
    found = town(text)
    assert leads(found) == ["EL-IT", "EL-CLK"]
    assert [str(d.deadline) for d in found] == ["None", "None"]
    assert found[1].text.startswith("asked that the City Clerk")


def test_a_second_order_in_reported_speech_with_a_new_subject_and_should():
    text = (
        "The Minister directed the Roads Department to repair all potholes on the state highways by July 10, and "
        "said the District Collectors should personally review the repair work in their districts every week.\n"
    )
    found = town(text)
    assert leads(found) == ["EL-RD", None]
    assert [str(d.deadline) for d in found] == ["2026-07-10", "None"]
    assert "District Collectors should" in found[1].text


def test_the_archive_line_under_receiving_places_is_no_order():
    text = (
        "3. The Department of Agriculture shall guide farmers to store fresh water in ponds before March 20, 2026.\n\n"
        "Receiving places:\n- As above;\n- Chairman, Vice Chairmen of PPC;\n- Saved: VT, NN.\n"
        "FOR THE CHAIRMAN\nVICE CHAIRMAN\n"
    )
    found = town(text)
    assert leads(found) == ["EL-AG"]
