"""Orders in the forms a seventy-sixth batch of English texts showed (Afghan cabinet and governors' meetings dated in
the Solar Hijri calendar, Indian district and ministry review minutes): a day of a Solar Hijri month that is also a
word ("until 10 Asad"); an item that opens on its matter ("Regarding X, the Ministry ... will"); how long the work
the order opens goes on, told in the next sentence; a passive order taken up after its semicolon by the units that
do it; a unit's staff after "along with"; a review note that sends progress every week; an Indian office memorandum
cited as "OM No. 12(04)/...". And what orders nothing: a draft approved with the units that wrote or amended it; a
proposal agreed to in principle; an order recalled from the last meeting; a covering letter's stock sentence; the
line that closes the meeting. Texts and directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("QA-MOH", "Ministry of Public Health"),
    unit("QA-MOT", "Ministry of Transport"),
    unit("QA-MOJ", "Ministry of Justice"),
    unit("QA-MOF", "Ministry of Finance"),
    unit("QA-DPW", "Department of Public Works"),
    unit("QA-MUN", "Zarang Municipality"),
    unit("QA-GOV", "Office of the Governor", "governor"),
    unit("IN-BDO", "Block Development Office, Pipri", "BDO, Pipri", "Block Development Officer, Pipri"),
    unit("IN-HORT", "District Horticulture Office", "Horticulture Department", "DHO"),
    unit("IN-DSO", "District Supply Office", "DSO"),
    unit("IN-PWD", "Public Works Department", "PWD", "EE, PWD"),
    unit("IN-FIN", "Finance Division"),
]


def run(text, meeting):
    return directives_in(text, DIRECTORY, "en", meeting)


# -- Solar Hijri dates -------------------------------------------------------------------------------------------


def test_a_day_of_a_solar_hijri_month_that_is_also_a_word_is_a_date():
    text = "The governor instructed the Department of Public Works to repair the culvert until 10 Asad.\n"
    (directive,) = run(text, "2026-07-20")
    assert str(directive.deadline) == "2026-08-01"


def test_a_day_of_hut_is_the_next_such_day():
    text = "The Ministry of Finance shall close the accounts of the year by 20 Hut.\n"
    (directive,) = run(text, "2027-01-10")
    assert str(directive.deadline) == "2027-03-11"


# -- items that open on their matter ------------------------------------------------------------------------------


def test_an_item_opening_on_its_matter_with_a_told_word_is_the_unit_s_order():
    text = (
        "The Council of Ministers decided as follows:\n\n"
        "1. Regarding the cholera cases reported in the western districts, the Ministry of Public Health, together "
        "with Zarang Municipality, will disinfect the public wells of the affected villages.\n"
    )
    (directive,) = run(text, "2026-05-02")
    assert directive.lead.code == "QA-MOH"
    assert [d.code for d in directive.coordinating] == ["QA-MUN"]


def test_how_long_the_work_goes_on_is_the_order_s_date():
    text = (
        "The Council of Ministers decided as follows:\n\n"
        "1. The Ministry of Public Health will run a door-to-door polio drive in the border districts. The drive "
        "is to continue until 12 Saratan (3 July 2026).\n\n"
        "2. The Ministry of Transport shall publish the new bus fares.\n"
    )
    found = run(text, "2026-05-02")
    assert leads(found) == ["QA-MOH", "QA-MOT"]
    assert str(found[0].deadline) == "2026-07-03"


def test_a_passive_order_taken_up_after_its_semicolon_is_led_by_the_units_that_do_it():
    text = (
        "The governor ordered that the flooded market road be cleared; the Department of Public Works and Zarang "
        "Municipality will carry out this work within ten days.\n"
    )
    (directive,) = run(text, "2026-05-02")
    assert directive.lead.code == "QA-DPW"
    assert [d.code for d in directive.coordinating] == ["QA-MUN"]
    assert str(directive.deadline) == "2026-05-12"


# -- what orders nothing ------------------------------------------------------------------------------------------


def test_a_draft_approved_with_the_units_that_wrote_and_amended_it_orders_nothing():
    text = (
        "The Council of Ministers decided as follows:\n\n"
        "1. The draft Procedure on Taxi Licences, submitted by the Ministry of Transport, was approved with the "
        "changes suggested by the Ministry of Justice.\n\n"
        "2. The Ministry of Finance shall transfer the grant to the municipalities.\n"
    )
    assert leads(run(text, "2026-05-02")) == ["QA-MOF"]


def test_a_proposal_agreed_to_in_principle_orders_nothing():
    text = (
        "The following decisions were taken:\n\n"
        "(i) The request received from two districts for mobile cold stores was agreed to in principle, subject to "
        "funds.\n\n"
        "(ii) The Finance Division shall release the first instalment by 30th September.\n"
    )
    assert leads(run(text, "2026-08-01")) == ["IN-FIN"]


def test_an_order_recalled_from_the_last_meeting_is_no_order():
    text = (
        "3. Rural roads\n"
        "The EE, PWD was asked in the last meeting to repair the Pipri approach road; the work has since been "
        "completed. The Collector directed the BDO, Pipri to pay the labour dues before the next review meeting.\n"
        "Action: BDO, Pipri\n"
    )
    assert leads(run(text, "2026-08-01")) == ["IN-BDO"]


def test_a_covering_letter_and_the_closing_line_order_nothing():
    text = (
        "The undersigned is directed to forward herewith the minutes of the review meeting held on 2nd July, 2026 "
        "for information and necessary action.\n\n"
        "2. The following decisions were taken:\n\n"
        "(i) The District Supply Office shall complete the verification of ration cards by 31st August.\n\n"
        "3. The meeting ended with a vote of thanks to the Chair.\n"
    )
    assert leads(run(text, "2026-07-02")) == ["IN-DSO"]


# -- review minutes -----------------------------------------------------------------------------------------------


def test_a_unit_s_staff_after_along_with_stand_for_it():
    text = (
        "The BDO, Pipri, along with the technical staff of the Horticulture Department, shall inspect the damaged "
        "orchards and submit the report by 15th September.\n"
    )
    (directive,) = run(text, "2026-08-01")
    assert directive.lead.code == "IN-BDO"
    assert [d.code for d in directive.coordinating] == ["IN-HORT"]


def test_a_note_that_sends_progress_every_week_goes_with_the_order_before():
    text = (
        "4. Ration cards\n"
        "Seeding of 9,200 cards is still pending. DSO to complete the seeding of all cards within a fortnight. "
        "Block-wise progress to be sent to the Collectorate every Friday.\n"
        "Action: DSO\n"
    )
    (directive,) = run(text, "2026-08-01")
    assert directive.lead.code == "IN-DSO"
    assert "every Friday" in directive.text


def test_an_office_memorandum_cited_as_om_with_a_bracketed_sub_file():
    text = (
        "The Finance Division shall get the audit completed by 31.12.2026, as required under the Department of "
        "Expenditure OM No. 17(03)/E-II/2025 dated 04.02.2026.\n"
    )
    (directive,) = run(text, "2026-08-01")
    assert directive.references == ["OM No. 17(03)/E-II/2025 dated 04.02.2026"]
