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
from contextvars import ContextVar
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

#: The months of the Solar Hijri calendar of Afghanistan and Iran, folded, in their usual English
#: spellings: the Afghan (zodiac) names ("Jaddi 1398", "15 Hamal 1399") and the Iranian ones ("Dey 1402").
SOLAR_HIJRI_MONTHS = {
    # Afghan (Dari/Pashto, zodiac)
    "hamal": 1, "sawr": 2, "saur": 2, "sowr": 2, "jawza": 3, "jauza": 3, "saratan": 4, "asad": 5,
    "sonbola": 6, "sunbula": 6, "sumbula": 6, "sonbula": 6, "mizan": 7, "aqrab": 8, "qaws": 9, "qaus": 9,
    "jaddi": 10, "jadi": 10, "jadey": 10, "dalwa": 11, "dalw": 11, "dalv": 11, "hoot": 12, "hut": 12, "hout": 12,
    # Iranian (Persian)
    "farvardin": 1, "ordibehesht": 2, "khordad": 3, "tir": 4, "mordad": 5, "amordad": 5, "shahrivar": 6,
    "mehr": 7, "aban": 8, "azar": 9, "dey": 10, "dei": 10, "bahman": 11, "esfand": 12, "espand": 12,
}  # fmt: skip
SOLAR_HIJRI_MONTH = "(?:" + "|".join(sorted(SOLAR_HIJRI_MONTHS, key=len, reverse=True)) + r")\b"
#: A Solar Hijri year of the last and this century (1300 = 1921/22, 1499 = 2120/21).
SOLAR_HIJRI_YEAR = r"1[34]\d{2}(?!\d)"
#: The month names that may stand with no year ("by the end of Hoot", "by 25 Dalw"): those that are no
#: English word or common name ("hut", "asad", "tir", "mehr", "dey", "aban", "azar" are left out).
SOLAR_HIJRI_MONTH_ALONE = (
    r"(?:hamal|sawr|saur|sowr|jawza|jauza|saratan|sonbola|sunbula|sumbula|sonbula|mizan|aqrab|qaws|qaus|"
    r"jaddi|jadi|jadey|dalwa|dalw|dalv|hoot|hout|farvardin|ordibehesht|khordad|mordad|amordad|shahrivar|"
    r"bahman|esfand|espand)\b"
)


def solar_hijri_year(day: datetime.date) -> int:
    """The Solar Hijri year a Gregorian day falls in (2 February 2026 is in 1404)."""
    import jdatetime

    return jdatetime.date.fromgregorian(date=day).year


def solar_hijri_date(year: int, month: int, day: int | None = None) -> datetime.date | None:
    """The Gregorian date of a Solar Hijri day, or of the last day of its month when no day is given
    ("the end of Jaddi 1398" is 20 January 2020). Converted by jdatetime (leap years included)."""
    import jdatetime

    if not 1 <= month <= 12:
        return None
    try:
        if day is None:
            last = jdatetime.j_days_in_month[month - 1]
            if month == 12 and jdatetime.date(year, 1, 1).isleap():
                last += 1
            day = last
        return jdatetime.date(year, month, day).togregorian()
    except (ValueError, OverflowError):
        return None


#: An explicit day-month-year date in a folded text (no groups: it is embedded in other patterns).
DATE_FRAGMENT = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th|er|e)?\.?\s+(?:of\s+)?{MONTH}\.?,?\s+{YEAR}"
    # ("30-Nov-2026": a register's date with dashes)
    rf"|\d{{1,2}}-{MONTH}-{YEAR}"
    rf"|{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{YEAR}"
    rf"|\d{{1,2}}[/.-]\d{{1,2}}[/.-]{YEAR}"
    rf"|{YEAR}-\d{{1,2}}-\d{{1,2}}"
    rf"|\d{{1,2}}\s+thang\s+\d{{1,2}}\s+nam\s+{YEAR})"
)

_DAY_MONTH_YEAR = re.compile(
    # ("30-Nov-2026": a register's date with dashes)
    rf"(?P<d>\d{{1,2}})(?:(?:st|nd|rd|th|er|e)?\.?\s+(?:of\s+)?|-(?={MONTH}-))(?P<mon>{MONTH})\.?(?:,?\s+|-)(?P<y>{YEAR})"
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


#: The calendar of the French text being read (see :func:`french_calendar`): set once per text by the reader.
FRENCH_CALENDAR: ContextVar[str] = ContextVar("french_calendar", default="")

#: Words that only one French-speaking country's texts use, and the calendar they tell, in the order tried: the
#: currency first ("francs CFA", "dirhams": a country whose days off are not Europe's), then each country's
#: institutions ("bourgmestre" and "échevin" in Belgium, tried before Québec's, whose "Attendu que" lines and
#: "greffier" a Belgian council writes too; "MRC", the municipal "greffier", the mover and seconder ("proposé par
#: ..., appuyé par ...") and the resolutions' "QUE le conseil ..." lines in Québec's minutes, not a court's "greffier
#: en chef" nor a France council's "il est proposé au conseil"; a Swiss canton named, "Grand Conseil" in
#: Switzerland, not a French département's "canton de ..."; the "DREAL", "DDT", "ARS" and "conseil départemental" of
#: France's préfectures, or its euros), a mere mention of Switzerland last.
_FRENCH_CALENDARS = (
    ("", re.compile(r"\b(?:f ?cfa|francs? (?:cfa|congolais|guineens?)|dirhams?|dinars?|gnf|fc)\b")),
    (
        "be",
        re.compile(
            r"\b(?:bourgmestre|echevins?|wallon(?:ie|ne)?|belgique|college communal|cpas|ministre-presidente?)\b"
        ),
    ),
    (
        "ca",
        re.compile(
            r"\b(?:quebec(?:ois|oise)?|mrc|municipalite regionale de comte|il est resolu|"
            r"greffiere?\b(?! (?:en chef|du tribunal|de la cour|des cours))|"
            r"propose par [^.;\n]{1,80}? appuyee? par)\b|^(?:attendu )?que (?:le|la|les|l'|ce)\b",
            re.M,
        ),
    ),
    (
        "ch",
        re.compile(
            r"\b(?:confederation (?:suisse|helvetique)|conseil d'etat du canton|grand conseil|chf|"
            r"(?:canton|etat|republique et canton) (?:de (?:vaud|geneve|neuchatel|fribourg|berne)|du (?:valais|jura))|"
            r"vaudois(?:e|es)?|neuchatelois(?:e|es)?)\b"
        ),
    ),
    (
        "fr",
        re.compile(
            r"\b(?:republique francaise|dreal|ddtm?|ddets|ddpp|ars|sdis|rectorat|cpam|anah|ademe|euros?|"
            r"conseil departemental|prefecture de (?:la )?region)\b|€"
        ),
    ),
    ("ch", re.compile(r"\bsuisse\b")),
)


def french_calendar(folded: str) -> str:
    """The country whose days off a French text's working days skip: ``fr`` (France), ``be``, ``ch``, ``ca``
    (Québec), or "" where the text says nothing of it or is of a country with other days off (West and Central
    Africa, the Maghreb), the days the French-speaking administrations share then counting."""
    for calendar_name, cues in _FRENCH_CALENDARS:
        if cues.search(folded):
            return calendar_name
    return ""


def add_days(start: datetime.date, days: int, working: bool = False, language: str = "") -> datetime.date | None:
    """``start`` plus ``days`` days; working days skip weekends and the public holidays of the country
    whose language the text is in, where that country is clear (Vietnam, Sweden, a French text's country as
    :data:`FRENCH_CALENDAR` tells it), or the days off that the countries of the language share (French)."""
    try:
        if not working:
            return start + datetime.timedelta(days=days)
        current = start
        off: set[datetime.date] = set()
        years: set[int] = set()
        country = FRENCH_CALENDAR.get() if language == "fr" else ""
        while days > 0:
            current += datetime.timedelta(days=1)
            if current.year not in years:
                years.add(current.year)
                off |= public_holidays(current.year, language, country)
            if current.weekday() < 5 and current not in off:
                days -= 1
        return current
    except OverflowError:
        return None


#: Lunar holidays of Vietnam by year: the first day of Tết and the Hùng Kings' day (10th of the 3rd month).
_TET = {
    2019: (2, 5), 2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29),
    2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3),
}  # fmt: skip
_HUNG_KINGS = {
    2019: (4, 14), 2020: (4, 2), 2021: (4, 21), 2022: (4, 10), 2023: (4, 29), 2024: (4, 18), 2025: (4, 7),
    2026: (4, 26), 2027: (4, 16), 2028: (4, 4), 2029: (4, 23), 2030: (4, 12),
}  # fmt: skip


#: The heavenly stems and earthly branches of a lunar year's name, folded ("Đinh Mùi" is stem 3, branch 7):
#: 1984 was Giáp Tý (0, 0). "Tý" (rat) and "Tỵ" (snake) fold alike; the stem's parity tells them apart.
CAN = ("giap", "at", "binh", "dinh", "mau", "ky", "canh", "tan", "nham", "quy")
CHI = ("ty", "suu", "dan", "mao", "thin", "ty", "ngo", "mui", "than", "dau", "tuat", "hoi")


def tet_date(year: int) -> datetime.date | None:
    """The first day of Tết Nguyên đán in a Gregorian year (6 February 2027), from the table above."""
    return datetime.date(year, *_TET[year]) if year in _TET else None


def lunar_year_named(can: str, chi: str, near: int) -> int | None:
    """The Gregorian year of a lunar year's name nearest to ``near`` ("Đinh Mùi" near 2026 is 2027)."""
    if can not in CAN or chi not in CHI:
        return None
    stem = CAN.index(can)
    branch = next((i for i, name in enumerate(CHI) if name == chi and i % 2 == stem % 2), None)
    if branch is None:
        return None
    offset = next(k for k in range(60) if k % 10 == stem and k % 12 == branch)
    base = 1984 + offset
    return min((base + 60 * n for n in range(-2, 3)), key=lambda year: abs(year - near))


def _easter(year: int) -> datetime.date:
    """Gregorian Easter Sunday (anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return datetime.date(year, month, day + 1)


@lru_cache(maxsize=64)
def public_holidays(year: int, language: str, country: str = "") -> frozenset[datetime.date]:
    """Days off besides weekends: Vietnam's for Vietnamese texts, Sweden's for Swedish ones; for French ones
    the ``country``'s (see :func:`french_calendar`) or those the French-speaking countries share, else none."""
    if not 1900 < year < 2200:
        return frozenset()
    day = datetime.date
    days: set[datetime.date] = set()
    if language == "vi":
        fixed = [day(year, 1, 1), day(year, 4, 30), day(year, 5, 1), day(year, 9, 2)]
        if year >= 2021:
            fixed.append(day(year, 9, 1) if day(year, 9, 2).weekday() != 0 else day(year, 9, 3))
        if year in _HUNG_KINGS:
            fixed.append(day(year, *_HUNG_KINGS[year]))
        for holiday in fixed:  # a holiday on a weekend is taken on the next working day
            days.add(holiday)
            if holiday.weekday() >= 5:
                substitute = holiday + datetime.timedelta(days=7 - holiday.weekday())
                while substitute in days or substitute in fixed:
                    substitute += datetime.timedelta(days=1)
                days.add(substitute)
        if year in _TET:  # Tết: from the last day of the old year to the fourth of the new
            first = day(year, *_TET[year])
            days.update(first + datetime.timedelta(days=offset) for offset in range(-1, 4))
    elif language == "sv":
        easter = _easter(year)
        midsummer_eve = next(day(year, 6, d) for d in range(19, 26) if day(year, 6, d).weekday() == 4)
        days.update(
            {
                day(year, 1, 1), day(year, 1, 6), day(year, 5, 1), day(year, 6, 6), day(year, 12, 24),
                day(year, 12, 25), day(year, 12, 26), day(year, 12, 31), midsummer_eve,
                easter - datetime.timedelta(days=2), easter + datetime.timedelta(days=1),
                easter + datetime.timedelta(days=39),
            }
        )  # fmt: skip
    elif language == "fr":
        easter = _easter(year)
        easter_monday, ascension = easter + datetime.timedelta(days=1), easter + datetime.timedelta(days=39)
        whit_monday, good_friday = easter + datetime.timedelta(days=50), easter - datetime.timedelta(days=2)
        if country == "ca":  # Québec: Good Friday, the Patriotes' Monday, 24 June, 1 July, Labour Day, Thanksgiving
            patriotes = next(day(year, 5, d) for d in range(24, 17, -1) if day(year, 5, d).weekday() == 0)
            labour = next(day(year, 9, d) for d in range(1, 8) if day(year, 9, d).weekday() == 0)
            thanksgiving = next(day(year, 10, d) for d in range(8, 15) if day(year, 10, d).weekday() == 0)
            days.update(
                {
                    day(year, 1, 1), good_friday, easter_monday, patriotes, day(year, 6, 24), day(year, 7, 1),
                    labour, thanksgiving, day(year, 12, 25),
                }
            )  # fmt: skip
        elif country == "ch":  # the federal days and those most cantons keep
            days.update(
                {
                    day(year, 1, 1), day(year, 1, 2), good_friday, easter_monday, ascension, whit_monday,
                    day(year, 8, 1), day(year, 12, 25), day(year, 12, 26),
                }
            )  # fmt: skip
        else:
            # the days off that the French-speaking administrations of Europe and Africa share (France, Belgium,
            # Luxembourg, Senegal, Côte d'Ivoire, Guinea ...): New Year, Easter Monday, Labour Day, Ascension, Whit
            # Monday and Christmas; France and Belgium add their own
            days.update({day(year, 1, 1), easter_monday, day(year, 5, 1), ascension, whit_monday, day(year, 12, 25)})
            if country in ("fr", "be"):
                days.update({day(year, 8, 15), day(year, 11, 1), day(year, 11, 11)})
                days.update({day(year, 5, 8), day(year, 7, 14)} if country == "fr" else {day(year, 7, 21)})
    return frozenset(days)


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
