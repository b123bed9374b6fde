"""Orders in the forms an English and French fourteenth batch of texts written blind showed: a council's
resolutions log flattened to text, each row's due date and status in cells of their own after its
sentence ("... estimated costs. Q3 2026 In Progress"), a row's motion with a second clause ("That
Administration BE DIRECTED to ..., and that the Finance Department review ..."); a deadline in the Solar
Hijri calendar of Afghanistan and Iran ("by the end of Jaddi 1398"); a field's sector as the subject
("The construction sector must urge ..."); a report-back sentence with no article ("Results should be
reported ... before December 15"). In French: a list item's second sentence that gives the final deadline
("Le projet sera présenté au comité avant le 15 avril"), the list going on past it; an exhortation to an
attitude, with no task ("a exhorté l'ensemble des responsables à « plus de rigueur »"). Texts written for
these tests."""

import datetime

import pytest

from tests.extraction.conftest import codes
from tracker.extraction.dates import solar_hijri_date

# -- the Solar Hijri calendar ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "month", "day", "expected"),
    [
        (1398, 10, None, datetime.date(2020, 1, 20)),  # the end of Jaddi (Dey) 1398
        (1399, 12, None, datetime.date(2021, 3, 20)),  # Hoot (Esfand) of a leap year: 30 days
        (1400, 12, None, datetime.date(2022, 3, 20)),  # and of a common year: 29
        (1403, 1, 10, datetime.date(2024, 3, 29)),
    ],
)
def test_solar_hijri_dates_converted(year, month, day, expected):
    assert solar_hijri_date(year, month, day) == expected


@pytest.mark.parametrize(
    ("deadline", "expected"),
    [
        ("by the end of Hoot 1399", datetime.date(2021, 3, 20)),
        ("before 10 Hamal 1400", datetime.date(2021, 3, 30)),
        ("by the end of Sunbula 1399", datetime.date(2020, 9, 21)),
        ("by the end of Dey 1402", datetime.date(2024, 1, 20)),
        ("before 10 Farvardin 1403", datetime.date(2024, 3, 29)),
    ],
)
def test_a_deadline_in_the_solar_hijri_calendar(one, deadline, expected):
    text = f"The cabinet instructed the Department of Health to vaccinate all school children {deadline}."
    directive = one(text, language="en", meeting="2020-06-01")
    assert directive.deadline == expected
    # a month's name with no year is no date ("the Mizan outbreak")
    text = "The cabinet instructed the Department of Health to report on the Mizan outbreak in Herat."
    assert one(text, language="en", meeting="2020-06-01").deadline is None


# -- a resolutions log flattened to text -----------------------------------------------------------

_LOG = (
    "TOWN OF HARBOURVIEW\n"
    "COUNCIL RESOLUTIONS - REGULAR MEETING\n"
    "No. Resolution Due Date Status\n"
    "5.1 R41/2026 That the presentation of the Harbourview Rowing Club BE RECEIVED for information. N/A Complete\n"
    "5.2 R42/2026 That the Finance Department BE DIRECTED to report back to Council on the cost of a\n"
    "second ice pad, including the operating costs and the funding sources available. Q2 2026 In Progress\n"
    "5.3 R43/2026 That the Construction Department BE DIRECTED to replace the railings of the Mill Street\n"
    "bridge. August 2026 Pending\n"
    "5.4 R44/2026 That the Health Department BE DIRECTED to inspect every public pool of the town and\n"
    "report back. 45 days Pending\n"
)


def test_a_rows_due_date_stands_in_a_column_of_its_own(run, one):
    directives = run(_LOG, language="en", meeting="2026-04-06").directives
    assert codes([d.lead for d in directives]) == ["STC", "SXD", "SYT"]
    assert [d.deadline for d in directives] == [
        datetime.date(2026, 6, 30),
        datetime.date(2026, 8, 31),
        datetime.date(2026, 5, 21),
    ]
    # no due date without the heading of a due-date column
    text = (
        "5.2 R42/2026 That the Finance Department BE DIRECTED to report back to Council on the cost of a\n"
        "second ice pad. Q2 2026 In Progress\n"
    )
    assert one(text, language="en", meeting="2026-04-06").deadline is None


def test_a_rows_motion_with_a_second_clause(run):
    text = (
        "Item Resolution Due Date Status\n"
        "6.1 R56/2026 That the minutes of the Corporate Services Committee meeting held on March 3,\n"
        "2026 BE ADOPTED as circulated to the members of Council before the meeting. N/A Complete\n"
        "6.2 R57/2026 That Administration BE DIRECTED to install flashing beacons at the school\n"
        "crossing on Elm Road between the arena and the north gate of Victoria\n"
        "Park, and that the Finance Department review the parking fees of the arena and report back\n"
        "to the Corporate Services Committee with its findings. 2026-11-30 Pending\n"
    )
    directives = run(text, language="en", meeting="2026-04-06").directives
    assert len(directives) == 2
    assert directives[0].text.startswith("6.2 R57/2026 That Administration")
    assert directives[0].text.endswith("Victoria\nPark")
    assert "Finance Department review" in directives[1].text
    assert codes([directives[1].lead]) == ["STC"]
    assert [d.deadline for d in directives] == [datetime.date(2026, 11, 30)] * 2


def test_a_rows_motion_to_administration_with_a_unit_the_directory_does_not_hold(run):
    text = (
        "Item Resolution Due Date Status\n"
        "4.1 R31/2026 That the minutes of the Corporate Services Committee meeting held on March 3,\n"
        "2026 BE ADOPTED as circulated to the members of Council before the meeting. N/A Complete\n"
        "4.2 R32/2026 That Administration BE DIRECTED to repaint the crosswalks of the school zone on\n"
        "Maple Avenue, and that Parks Operations trim the hedges along the school zone and report back\n"
        "to the Community Services Committee with the results of the work. Q4 2026 Pending\n"
    )
    directives = run(text, language="en", meeting="2026-04-06").directives
    assert len(directives) == 2
    assert directives[1].text.startswith("that Parks Operations trim")
    assert [d.deadline for d in directives] == [datetime.date(2026, 12, 31)] * 2


# -- English forms of a Vietnamese notice --------------------------------------------------------------


def test_a_fields_sector_as_the_subject(one, run):
    text = "The education sector must urge schools to repair their classrooms before the new school year."
    assert one(text, language="en").text.startswith("The education sector must")
    # not the private sector at large
    text = "Several members suggested that the private sector should be involved in clearing secondary roads."
    assert run(text, language="en").directives == []


def test_a_report_back_sentence_with_no_article_sets_the_deadline(one):
    text = (
        "The Department of Home Affairs was assigned to monitor the implementation of these conclusions. "
        "Results should be reported to the Chairman before 20 November."
    )
    directive = one(text, language="en", meeting="2026-10-01")
    assert directive.deadline == datetime.date(2026, 11, 20)


# -- French: a list item's second sentence, an exhortation ---------------------------------------------


def test_the_final_deadline_in_the_items_next_sentence_and_the_list_goes_on(run):
    text = (
        "Je vous demande de mettre en œuvre les mesures suivantes.\n\n"
        "1. Le Département de la santé procédera, d'ici la fin du mois de mai, à la mise à jour du plan "
        "canicule. Le document sera soumis au comité départemental avant le 20 juin.\n\n"
        "2. Les directeurs des écoles concernées actualiseront leur plan de mise en sûreté avant le 30 juin.\n"
    )
    directives = run(text, language="fr", meeting="2026-03-02").directives
    assert [d.deadline for d in directives] == [datetime.date(2026, 6, 20), datetime.date(2026, 6, 30)]
    assert directives[1].text.startswith("Les directeurs des écoles")


@pytest.mark.parametrize(
    "text",
    [
        # more of an attitude, no verb: the "à" of the verb, past the "de" of the addressee's title
        "Le Préfet a exhorté les chefs de service à « davantage de rigueur et de diligence », avant de lever "
        "la séance.",
        "Le Ministre a exhorté le Département de la santé à plus de vigilance, avant de clore la réunion.",
        # everyone in charge, no unit
        "Le Gouverneur a exhorté l'ensemble des responsables à faire remonter les difficultés du terrain, "
        "avant de lever la séance.",
    ],
)
def test_an_exhortation_is_no_order(run, text):
    assert run(text, language="fr").directives == []
    # an invitation to act stays an order
    text = "Le Gouverneur a invité le Département de la santé à transmettre plus de données avant le 30 mars."
    assert len(run(text, language="fr").directives) == 1
