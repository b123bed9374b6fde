"""Calendar dates written out in the four languages, and period arithmetic.

Explicit dates are read with rules: the month names of English, French and Swedish and the
numeric forms of Vietnamese (``30/6/2025``, ``ngày 30 tháng 6 năm 2025``) cover what minutes use,
and a rule knows which part was written, which a parser that fills the missing parts from *today*
does not. dateparser is kept for one case only: a ``day word year`` fragment whose word is no month
name we know (an abbreviation or spelling of our own lists' blind spot); it runs with
``languages=[...]`` and strict parsing, and is imported the first time it is needed.
"""

from __future__ import annotations

import calendar
import datetime
import logging
import re
from functools import lru_cache

log = logging.getLogger(__name__)

MONTHS = {
    # English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    # French (folded)
    "janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "mars": 3, "avril": 4, "avr": 4, "mai": 5,
    "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "decembre": 12,
    # Swedish (folded)
    "januari": 1, "februari": 2, "maj": 5, "juni": 6, "juli": 7, "augusti": 8, "oktober": 10,
}  # fmt: skip
MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b"
YEAR = r"(?:19|20)\d{2}(?!\d)"

#: An explicit day-month-year date in a folded text (no groups: it is embedded in other patterns).
DATE_FRAGMENT = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th|er|e)?\.?\s+(?:of\s+)?{MONTH}\.?,?\s+{YEAR}"
    rf"|{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{YEAR}"
    rf"|\d{{1,2}}[/.-]\d{{1,2}}[/.-]{YEAR}"
    rf"|{YEAR}-\d{{1,2}}-\d{{1,2}}"
    rf"|\d{{1,2}}\s+thang\s+\d{{1,2}}\s+nam\s+{YEAR})"
)

_DAY_MONTH_YEAR = re.compile(
    rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|e)?\.?\s+(?:of\s+)?(?P<mon>{MONTH})\.?,?\s+(?P<y>{YEAR})"
)
_MONTH_DAY_YEAR = re.compile(rf"(?P<mon>{MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>{YEAR})")
_NUMERIC = re.compile(rf"(?P<d>\d{{1,2}})[/.-](?P<m>\d{{1,2}})[/.-](?P<y>{YEAR})")
_ISO = re.compile(rf"(?P<y>{YEAR})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})")
_VIETNAMESE = re.compile(rf"(?P<d>\d{{1,2}})\s+thang\s+(?P<m>\d{{1,2}})\s+nam\s+(?P<y>{YEAR})")
_DATE_PATTERNS = (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _NUMERIC, _ISO, _VIETNAMESE)

_DATEPARSER_LANGUAGES = {"en": "en", "fr": "fr", "sv": "sv", "vi": "vi"}


def make_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def month_end(year: int, month: int) -> datetime.date | None:
    if not 1 <= month <= 12 or not 1 <= year <= 9999:
        return None
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def quarter_end(year: int, quarter: int) -> datetime.date | None:
    return month_end(year, 3 * quarter) if 1 <= quarter <= 4 else None


def add_months(start: datetime.date, months: int) -> datetime.date | None:
    total = start.month - 1 + months
    year, month = start.year + total // 12, total % 12 + 1
    if not 1 <= year <= 9999:
        return None
    return datetime.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def add_days(start: datetime.date, days: int, working: bool = False) -> datetime.date | None:
    try:
        if not working:
            return start + datetime.timedelta(days=days)
        current = start
        while days > 0:
            current += datetime.timedelta(days=1)
            if current.weekday() < 5:
                days -= 1
        return current
    except OverflowError:
        return None


def parse_date(fragment: str) -> datetime.date | None:
    """Read a folded explicit date such as ``30 juin 2025``, ``30/6/2025`` or ``June 30, 2025``."""
    for pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(fragment.strip())
        if match:
            groups = match.groupdict()
            month = MONTHS[groups["mon"]] if groups.get("mon") else int(groups["m"])
            return make_date(int(groups["y"]), month, int(groups["d"]))
    return None


@lru_cache(maxsize=256)
def parse_with_dateparser(fragment: str, language: str) -> datetime.date | None:
    """Read an explicit date our month names do not cover, strictly (day, month and year written)."""
    code = _DATEPARSER_LANGUAGES.get(language)
    if not code:
        return None
    try:
        import dateparser

        parsed = dateparser.parse(
            fragment,
            languages=[code],
            settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
        )
    except Exception:  # dateparser is a fallback; a failure there only means "no date"
        log.debug("dateparser failed on %r", fragment, exc_info=True)
        return None
    return parsed.date() if parsed else None
