"""A fiscal year written across two calendar years ("Q3 2025/26", "the first quarter of FY 2026-27") counted
in the year of the text's country: from April where the text's money is in pounds, rand or rupees or its offices
those of an Indian district, from July elsewhere. Texts and directory written for these tests."""

import pytest

from tests.extraction.conftest import directives_in, unit

UNITS = [
    unit("HEALTH", "Department of Health"),
    unit("WORKS", "Public Works Department"),
]


def deadlines(text, meeting="2025-09-10"):
    return [str(d.deadline) for d in directives_in(text, UNITS, "en", meeting)]


@pytest.mark.parametrize(
    ("money", "when", "deadline"),
    [
        # a year from April: its third quarter ends in December, the year in March
        ("R42 million", "by the end of Q3 2025/26", "2025-12-31"),
        ("£3.5m", "in the first quarter of FY 2026-27", "2026-06-30"),
        ("Rs 12 crore", "by the end of FY 2026-27", "2027-03-31"),
        ("₹40 lakh", "before the close of the 2025/26 financial year", "2026-03-31"),
        # a year from July: its third quarter ends in March, the year in June
        ("KSh 40 million", "by the end of Q3 2025/26", "2026-03-31"),
        ("$3.5m", "in the first quarter of FY 2026-27", "2026-09-30"),
        ("USh 900 million", "by the end of FY 2026-27", "2027-06-30"),
        ("$2.5m", "in Q2 2026-27", "2026-12-31"),
    ],
)
def test_a_fiscal_quarter_counts_from_the_month_its_country_starts_the_year(money, when, deadline):
    text = f"The Department of Health shall complete the audit of all clinics {when}, within the {money} allocated.\n"
    assert deadlines(text) == [deadline]


def test_an_indian_districts_offices_start_the_year_in_april_with_no_money_named():
    text = (
        "Minutes of the monthly review meeting chaired by the District Collector.\n"
        "The Public Works Department shall complete the repair of the Tehsil office buildings in Q2 2026-27.\n"
    )
    assert deadlines(text, "2026-05-04") == ["2026-09-30"]


def test_a_due_label_in_a_fiscal_quarter_counts_from_april_too():
    text = (
        "Minutes of the review meeting held at the Collectorate. Funds of Rs 3 crore were released.\n\n"
        "Action points:\n1. The approach roads to the sub-centres shall be repaired before the monsoon.\n"
        "Action by: Public Works Department\nTimeline: Q4 2025/26\n"
    )
    assert deadlines(text, "2025-08-20") == ["2026-03-31"]


def test_a_date_near_a_fiscal_year_is_not_moved():
    text = "Under the 2025/26 budget of R42 million, the Department of Health shall open the clinic by 30 June 2026.\n"
    assert deadlines(text) == ["2026-06-30"]
