"""The periods a report is usually asked for: a month, a quarter, a half-year, a year."""

import calendar
from datetime import date

from flask_babel import gettext as _


def month(year, number):
    return date(year, number, 1), date(year, number, calendar.monthrange(year, number)[1])


def months(year, first, count):
    start = month(year, first)[0]
    end = month(year, first + count - 1)[1]
    return start, end


def presets(today):
    """``[(label, from, to)]`` around ``today``: this and last month, quarter, half-year and year."""
    year, number = today.year, today.month
    last_month = (year - 1, 12) if number == 1 else (year, number - 1)
    quarter = (number - 1) // 3
    last_quarter = (year - 1, 3) if quarter == 0 else (year, quarter - 1)
    half = (number - 1) // 6
    last_half = (year - 1, 1) if half == 0 else (year, 0)
    return [
        (_("This month"), *month(year, number)),
        (_("Last month"), *month(*last_month)),
        (_("This quarter"), *months(year, quarter * 3 + 1, 3)),
        (_("Last quarter"), *months(last_quarter[0], last_quarter[1] * 3 + 1, 3)),
        (_("This half-year"), *months(year, half * 6 + 1, 6)),
        (_("Last half-year"), *months(last_half[0], last_half[1] * 6 + 1, 6)),
        (_("This year"), date(year, 1, 1), date(year, 12, 31)),
        (_("Last year"), date(year - 1, 1, 1), date(year - 1, 12, 31)),
    ]
