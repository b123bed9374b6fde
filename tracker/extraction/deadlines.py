"""Deadlines and recurrence of one directive, as written and normalised.

Written with rules rather than a date parser, because what matters here is what parsers drop or
invent: the qualifier (``senast``, ``avant``, ``trước``), the period (``by 2025`` is the end of 2025,
``in March 2025`` the end of March, ``quý III/2025`` the end of September, ``6 tháng đầu năm 2025``
the end of June), and dates relative to the meeting (``within ten days``, ``trong vòng 10 ngày``,
``inom 30 dagar``, ``dans un délai de 15 jours``), which have no date without a meeting date.

A date counts as a deadline only when a qualifier stands before it (``by``, ``before``, ``trước``,
``d'ici``, ``senast`` ...): dates of documents, periods (``2025–2030``, ``giai đoạn 2021-2025``) and
visions (``vision to 2030``, ``tầm nhìn đến năm 2030``) are not deadlines. The first deadline of the
passage wins.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache

from tracker.extraction.columns import DUE_IN_HEADING
from tracker.extraction.dates import (
    CAN,
    CHI,
    DATE_FRAGMENT,
    MONTH,
    MONTHS,
    SOLAR_HIJRI_MONTH,
    SOLAR_HIJRI_MONTH_ALONE,
    SOLAR_HIJRI_MONTHS,
    SOLAR_HIJRI_YEAR,
    YEAR,
    add_days,
    add_months,
    lunar_year_named,
    make_date,
    month_end,
    parse_date,
    parse_with_dateparser,
    quarter_end,
    solar_hijri_date,
    solar_hijri_year,
    tet_date,
)
from tracker.extraction.gates import gate as _gate

NUMBER_WORDS = {
    # English
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty-five": 45,
    "sixty": 60, "ninety": 90,
    # "within fourteen (14) days" (a Kenyan county's minutes), "within twenty-one days"
    "thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty-one": 21, "twenty-eight": 28, "forty": 40, "fifty": 50,
    # French (folded)
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30, "soixante": 60,
    "vingt-quatre": 24, "quarante-huit": 48, "soixante-douze": 72,
    # "dans un délai de quarante-cinq (45) jours": the tens and their compounds a delay is given in
    "treize": 13, "quatorze": 14, "seize": 16, "vingt et un": 21, "vingt-et-un": 21, "vingt-cinq": 25,
    "vingt-huit": 28, "quarante": 40, "quarante-cinq": 45, "cinquante": 50, "quatre-vingt-dix": 90,
    # Swedish (folded)
    "en": 1, "ett": 1, "tva": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "atta": 8, "nio": 9,
    "tio": 10, "elva": 11, "tolv": 12, "femton": 15, "tjugo": 20, "trettio": 30, "sextio": 60, "nittio": 90,
    # Vietnamese (folded)
    "mot": 1, "hai": 2, "bon": 4, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10,
    "muoi lam": 15, "hai muoi": 20, "ba muoi": 30,
}  # fmt: skip
#: ... with its digits after it in brackets, as legal texts write it: "quinze (15) jours", "ten (10) days"
_NUM = (
    r"(?P<n>\d{1,3}|"
    + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
    + r")(?:\s*\(\d{1,3}\))?"
)

#: The days of the week, Monday first, in French and in Swedish (folded).
_FR_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_SV_WEEKDAYS = ("mandag", "tisdag", "onsdag", "torsdag", "fredag", "lordag", "sondag")
#: The Vietnamese days from Monday ("thứ Hai") to Saturday ("thứ Bảy"), folded; Sunday is "chủ nhật".
_VI_WEEKDAYS = ("hai", "ba", "tu", "nam", "sau", "bay")
#: Monday 0 ... Sunday 6, the French and the Swedish names.
#: The English days of the week, Monday first (folded).
_EN_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_INDEX = {name: i for names in (_FR_WEEKDAYS, _SV_WEEKDAYS, _EN_WEEKDAYS) for i, name in enumerate(names)}
_FR_DAY = "|".join(_FR_WEEKDAYS)
#: A French day named after the meeting's, or tomorrow: "d'ici lundi", "avant vendredi prochain", "pour demain"; a
#: thing wanted "sur mon bureau mardi" (the idiom of a head who wants it handed in that day).
#: (not after a past participle: "les dossiers déposés sur mon bureau lundi", when they came in)
_FR_ARRIVED = r"(?=sur\s)" + "".join(
    # (but "le rapport devra être remis sur mon bureau lundi": the passive of an order, a deadline)
    rf"(?:(?<=\betre {stem}{end} )|(?<=\bsoit {stem}{end} )|(?<=\bsoient {stem}{end} )|(?<=\bsera {stem}{end} )|"
    rf"(?<=\bseront {stem}{end} )|(?<!\b{stem}{end} ))"
    for stem, ends in (
        *((verb, ("e", "es", "ee", "ees")) for verb in ("depos", "pos", "laiss", "arriv", "adress", "envoy", "apport")),
        *((verb, ("", "e", "es")) for verb in ("remis", "transmis")),
        *((verb, ("", "s", "e", "es")) for verb in ("recu", "parvenu")),
    )
    for end in ends
)
_FR_WEEKDAY_BY = (
    r"\b(?:d'ici(?:\s+a)?|avant|pour|au\s+plus\s+tard|" + _FR_ARRIVED + r"sur\s+(?:mon|notre|son|leur|votre)\s+bureau)"
    rf"\s+(?:le\s+)?(?P<wd>{_FR_DAY}|demain)\b"
)
#: A Swedish day of the week after a deadline word (folded): "senast på torsdag", "till och med söndag", "senast
#: onsdagskvällen", "före fredagen", "senast i morgon", "redan på måndag": the next such day after the text's date
#: (not "senast fredagen den 20 juni", that date's).
_SV_WEEKDAY_BY = (
    # "ska lämnas redan på måndag": already by that day
    r"\b(?:senast|till\s+och\s+med|t\.o\.m\.?|fram\s+till|fore|innan|redan)\s+(?:pa\s+)?"
    rf"(?P<wd>{'|'.join(_SV_WEEKDAYS)}|i\s?morgon)"
    r"(?:en|s(?:kvallen|morgonen|formiddagen|eftermiddagen|natten))?\b(?!\s+(?:den\s+)?\d)"
)
#: An English day of the week after a deadline word (folded): "by Monday", "before Friday", "no later than next
#: Wednesday", "by tomorrow": the next such day after the text's date (not "by Friday, March 13", that date's).
_EN_WEEKDAY_BY = (
    r"\b(?:by|before|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|till|until)\s+"
    # ("by close of business Friday", "by the end of the day on Thursday", "by COB Monday", "by noon Tuesday")
    r"(?:(?:the\s+)?(?:close\s+of\s+business|end\s+of\s+(?:the\s+)?(?:business\s+|working\s+)?day|cob|eod|noon|"
    r"midday|midnight)\s+(?:on\s+)?)?"
    r"(?:(?:this|next|the\s+coming|coming)\s+)?"
    rf"(?P<wd>{'|'.join(_EN_WEEKDAYS)}|tomorrow)\b(?!\s*,?\s*(?:the\s+)?(?:\d|{MONTH}))"
)
#: Every deadline has a number in it, written with digits or as a word ("within ten days").
#: A digit, the first alternative of ``_ANY_NUMBER``: a cheap test before it.
_DIGIT = re.compile(r"\d")
_ANY_NUMBER = re.compile(
    r"\d|\b(?:" + _NUM[len("(?P<n>") :] + r"\b|\bwithin\s+an?\s+(?:day|week|month)\b|"
    r"\b(?:this|next) year\b|\bcette annee\b|\bi ar\b|\bdetta ar\b|\b(?:quinzaine|huitaine)\b|"
    r"\bfortnight\b|\bend of (?:the |this )?(?:calendar )?year\b|\bfin de l'annee\b|\bfin de l'exercice\b|"
    r"\b(?:slutet|utgangen) av aret\b|\bcuoi nam\b|"
    # "ngay trong ngày", "trong ngày hôm nay": the day of the meeting or the letter
    r"\bngay trong (?:ngay|hom nay)\b|\btrong ngay hom nay\b|\b(?:sang|trua|chieu|toi|dem|hom) nay\b|"
    r"\barsskiftet\b|\barets slut\b|\byear[ -]end\b|\barets utgang\b|\binnevarande ar\b|"
    r"\b(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)"
    r"(?:sammantrade|mote)|"
    r"\bunder (?:dagen|eftermiddagen|kvallen)\b|\bi dag\b|\bdagens slut\b|"
    # "ce soir", "dans la journée", "en fin de journée": the day of the meeting
    r"\bce soir\b|\bdans la journee\b|\bfin de journee\b|"
    # "d'ici lundi", "avant demain midi": a day named after the meeting's
    + _FR_WEEKDAY_BY.replace("(?P<wd>", "(?:")
    + r"|"
    + _SV_WEEKDAY_BY.replace("(?P<wd>", "(?:")
    + r"|"
    + _EN_WEEKDAY_BY.replace("(?P<wd>", "(?:")
    + r"|"
    # "trước Tết Nguyên đán", "trước Tết Bính Ngọ": the lunar new year, a date with no number written
    r"\btet\b|\blunar new year\b|"
    r"\bmonth\b|\bmois\b|\bmanad(?:en)?\b|\bthang nay\b|\btuan (?:nay|toi)\b|\bweek of\b|\bend of (?:the )?\w+ week\b|"
    r"\bfin de (?:la |cette )?semaine\b|"
    r"\b(?:quarter|trimestre|kvartal\w*|quy|semestre|halvar\w*|half)\b|"
    r"\b" + MONTH + r"|\b" + SOLAR_HIJRI_MONTH_ALONE + r"|\bend of (?:asad|hut|hout|tir|mehr|dey|dei|aban|azar)\b|"
    r"\b(?:spring|summer|autumn|winter|printemps|ete|automne|hiver|varen|sommaren|hosten|vintern)\b|"
    r"\b(?:in the|this) fall\b"
)
_QUARTERS = {
    "1": 1, "2": 2, "3": 3, "4": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "last": 4,
    "premier": 1, "1er": 1, "deuxieme": 2, "2e": 2, "troisieme": 3, "3e": 3, "quatrieme": 4, "4e": 4,
    "dernier": 4, "forsta": 1, "andra": 2, "tredje": 3, "fjarde": 4, "sista": 4,
}  # fmt: skip
_QW = (
    r"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|last|premier|1er|deuxieme|2e|troisieme|3e|quatrieme|4e|"
    r"dernier|forsta|andra|tredje|fjarde|sista)"
)
_QN = r"(?P<q>iv|i{1,3}|[1-4])"
_Y = rf"(?P<y>{YEAR})"
#: The Swedish months (folded), for the compounds that name a sitting by its month: "decembersammanträdet".
_SV_MONTHS = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
_OY = rf"(?:\s*(?:/|-|nam|of|de|ar|aret|l'annee)?\s*{_Y})?"
#: A lunar year's stem and branch, folded: "dinh mui", "binh ngo", "at ty" ("ti": "Tị" for "Tỵ").
_CAN = r"(?:" + "|".join(CAN) + r")"
_CHI = r"(?:" + "|".join(sorted(set(CHI) | {"ti"}, key=len, reverse=True)) + r")"

#: A fiscal year across two calendar years, its end or one of its quarters: "before the close of the 2025/26
#: financial year", "by the end of FY 2026-27", "in the first quarter of FY 2026-27", "Q2 of fiscal year 2025-2026",
#: resolved as a July-June year (counties, states and most Commonwealth governments); see ``april_fiscal``.
_FISCAL = re.compile(
    # (not a budget's name alone: "prior to adoption of the FY 2026-27 Recommended Budget")
    r"\b(?:(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|last)\s+quarter|q(?P<qn>[1-4]))\s+(?:of\s+)?"
    r"|(?:the\s+)?(?:close|end)\s+of\s+)(?:the\s+)?(?:(?:fy|fiscal\s+year|financial\s+year)\s*"
    r"(?P<fy>(?:19|20)\d\d)\s*[/-]\s*(?P<fy2>\d\d(?:\d\d)?)\b"
    r"|(?P<fyb>(?:19|20)\d\d)\s*[/-]\s*(?P<fyb2>\d\d(?:\d\d)?)\s+(?:fiscal|financial)\s+year\b"
    # "End of Q3 2025/26", "end of 2025/26": a year written across two with a slash is a fiscal one
    r"|(?P<fyc>(?:19|20)\d\d)/(?P<fyc2>\d\d)\b(?![/-]\d))"
)
#: A quarter of a fiscal year written with a hyphen, as Indian offices write it: "Q2 2026-27", "the third
#: quarter of 2025-26".
_FISCAL_QUARTER = re.compile(
    r"\b(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|last)\s+quarter|q(?P<qn>[1-4]))\s+(?:of\s+)?"
    r"(?P<fyc>(?:19|20)\d\d)-(?P<fyc2>\d\d)\b(?![/-]\d)"
)

# Each pattern names its parts: d (day), m/mon (month), q (quarter), h (half), y (year), n+u (relative).
_CANDIDATES = [
    ("date", re.compile(rf"(?:ngay\s+)?(?P<date>{DATE_FRAGMENT})")),
    ("loose_date", re.compile(rf"(?P<date>\d{{1,2}}\.?\s+[a-z]{{3,10}}\.?\s+{YEAR})")),
    ("half", re.compile(rf"\b(?P<h>first|second|1st|2nd)\s+half\s+(?:of\s+)?(?:the\s+year\s+)?{_Y}")),
    ("half", re.compile(rf"\b(?P<h>first|last)\s+six\s+months\s+of\s+(?:the\s+year\s+)?{_Y}")),
    ("half", re.compile(rf"\b6\s+thang\s+(?P<h>dau|cuoi)\s+nam(?:\s+{_Y})?")),
    ("half", re.compile(rf"\bnua\s+(?P<h>dau|cuoi)\s+nam(?:\s+{_Y})?")),
    # ("1er semestre 2027", "2e semestre 2026": the half by its number, as a table's due cell writes it)
    (
        "half",
        re.compile(
            rf"\b(?P<h>premier|1er|second|deuxieme|2e|2eme|2nd)\s+semestre(?:\s+(?:de\s+)?(?:l'annee\s+)?{_Y})?"
        ),
    ),
    ("half", re.compile(rf"\b(?P<h>forsta|andra)\s+halvaret(?:\s+(?:(?:ar|aret)\s+)?{_Y})?")),
    # "S2 2026", "S1-2027": a French plan's half-year ("semestre") by its number, in a table's due cell
    ("half", re.compile(rf"\bs(?P<h>[12])\s*[/-]?\s*{_Y}")),
    # "vid halvårsskiftet 2026": the turn of the half-year, the end of the first half
    ("half", re.compile(rf"\b(?P<h>halvarsskiftet)\s+(?:(?:ar|aret)\s+)?{_Y}")),
    ("half", re.compile(rf"\b(?P<h>mid|mi|mitten\s+av)(?:-|\s+){_Y}")),
    # "d'ici la mi-mars", "avant la mi-avril 2026", "by mid-October": the middle of that month, its 15th
    ("mid_month", re.compile(rf"\b(?:mid(?:-|\s+)|mi-)(?P<mon>{MONTH})(?:\.?\s+{_Y})?")),
    ("fiscal", _FISCAL),
    ("fiscal", _FISCAL_QUARTER),
    ("quarter", re.compile(rf"\bq(?P<q>[1-4])\b(?:\s*[/-]?\s*{_Y})?")),
    (
        "quarter",
        re.compile(
            # ("1er trim. 2026": a table cell's short "trimestre")
            rf"\b{_QW}\s+(?:(?:quarter|trimestre|kvartalet)\b|trim\.)(?:\s+(?:of\s+|de\s+)?(?:the\s+year\s+|l'annee\s+)?(?:(?:ar|aret)\s+)?{_Y})?"
        ),
    ),
    # "kvartal 3 2026", and its short forms in a table's cell: "kv 3 2026", "kv. 3", "kv3 2026"
    ("quarter", re.compile(rf"\b(?:quarter|quy|kvartal|kv\.?)\s*{_QN}\b{_OY}")),
    # "T2 2026": a French "trimestre", a Swedish "tertial" (a third of the year, as regions and municipalities
    # report: "T1" to April, "T2" to August); "tertial 2 2026", "andra tertialet 2026"
    ("quarter", re.compile(rf"\b(?P<t>t)(?P<q>[1-4])\s+{_Y}")),
    ("quarter", re.compile(rf"\b(?P<t>tertial)\s*(?P<q>[1-3])\b{_OY}")),
    ("quarter", re.compile(rf"\b{_QW}\s+(?P<t>tertialet)\b(?:\s+(?:(?:ar|aret)\s+)?{_Y})?")),
    (
        "day_month",
        re.compile(
            rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|e)?\s+(?:of\s+)?(?P<mon>{MONTH})(?!\.?,?\s+(?:\d{{1,2}}\s*,?\s*)?(?:19|20)\d\d)"
        ),
    ),
    ("day_month", re.compile(rf"\b(?P<mon>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+(?:19|20)\d\d|/)")),
    ("day_month", re.compile(r"\bngay\s+(?P<d>\d{1,2})\s*(?:/|-|thang)\s*(?P<m>\d{1,2})\b(?!\s*(?:/|-|nam)\s*\d)")),
    # "trước ngày khai giảng 05/9": the day of an event named before its date (its qualifier before "ngày"); or the
    # day of the week, its date in brackets: "trước 17 giờ ngày thứ Sáu (12/6)", "trước thứ Hai (15/6)"
    (
        "day_month",
        re.compile(
            r"\b(?:ngay\s+(?:[a-z]+\s+){1,3}|thu\s+(?:hai|ba|tu|nam|sau|bay)\s+)\(?\s*"
            r"(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\b(?!\s*(?:/|-|nam|%)\s*\d?)"
        ),
    ),
    # "hoàn thành trước 30/6": a day and month after "trước" with no "ngày" (a share is no date there)
    (
        "day_month",
        re.compile(
            r"(?P<d>\d{1,2})(?:(?<=\btruoc \d)|(?<=\btruoc \d\d))\s*/\s*(?P<m>\d{1,2})\b(?!\s*(?:/|-|nam|%)\s*\d?)"
        ),
    ),
    # "informera cheferna senast 30/9", "före den 15/10": a Swedish day and month after its "by", day first, the "by"
    # in the match (not "senast 3/4 av platserna", a share)
    (
        "day_month_by",
        re.compile(
            r"\b(?:senast|fore|innan)\s+(?:den\s+)?(?P<d>3[01]|[12]\d|0?[1-9])/(?P<m>1[0-2]|0?[1-9])\b"
            r"(?![/.-]?\d|\s*(?:av|%|delar)\b)"
        ),
    ),
    # "rapportera senast 30.6.", "före den 15.10.": the Finland-Swedish day and month, each closed by its dot, no year
    # (not "senast 30.6.2027", a whole date); the last dot may be the sentence's stop, left out of the passage
    (
        "day_month_by",
        re.compile(
            r"\b(?:senast|fore|innan)\s+(?:den\s+)?(?P<d>3[01]|[12]\d|0?[1-9])\.(?P<m>1[0-2]|0?[1-9])(?:\.(?!\d)|$)"
        ),
    ),
    # "submit them for approval before 15/8", "by 20/9": an English day and month with no year, day first where no
    # other reading is possible (a day past 12; "by 8/5" could run either way)
    (
        "day_month_by",
        re.compile(
            r"\b(?:by|before|until|no\s+later\s+than|not\s+later\s+than)\s+(?:the\s+)?"
            r"(?P<d>3[01]|2\d|1[3-9])/(?P<m>1[0-2]|0?[1-9])\b(?![/.-]?\d|\s*%)"
        ),
    ),
    # A Solar Hijri date or month with its year: "15 Hamal 1399", "(the end of) Jaddi 1398", "Dey 1402"
    (
        "solar_hijri",
        re.compile(rf"\b(?:(?P<d>\d{{1,2}})\s+(?:of\s+)?)?(?P<sh>{SOLAR_HIJRI_MONTH}),?\s+(?P<shy>{SOLAR_HIJRI_YEAR})"),
    ),
    # ... written in numbers, day first: "by 15/04/1405", "no later than 01/06/1405" (a year only that calendar has)
    (
        "solar_hijri",
        re.compile(rf"\b(?P<d>3[01]|[12]\d|0?[1-9])([/.-])(?P<shm>1[0-2]|0?[1-9])\2(?P<shy>{SOLAR_HIJRI_YEAR})"),
    ),
    # ... with no year, its qualifier in the match: "by 25 Dalw", "by the end of Hoot": the next such day on or
    # after the meeting (not "on the Mizan outbreak": a name)
    (
        "solar_hijri_next",
        re.compile(
            r"\b(?:(?:by|before|until|till|no\s+later\s+than|not\s+later\s+than)\s+(?:the\s+end\s+of\s+)?|"
            # ("within the month of Jawza", "during Saratan": by the month's last day)
            r"(?:within|during)\s+(?:the\s+month\s+of\s+)?(?=[a-z]+\b(?!\s+\d)))"
            rf"(?:(?P<d>\d{{1,2}})\s+(?:of\s+)?)?(?P<sh>{SOLAR_HIJRI_MONTH_ALONE}"
            # ("until 15 Asad", "by 20 Hut", "until the end of Asad": the months that are also words or names, only
            # after a day's number or "the end of")
            r"|(?:(?<=\d\s)|(?<=\bend\sof\s))(?:asad|hut|hout|tir|mehr|dey|dei|aban|azar)\b)"
            rf"(?!,?\s+{SOLAR_HIJRI_YEAR})"
        ),
    ),
    # The lunar new year, its qualifier in the match: "trước Tết Nguyên đán Đinh Mùi 2027", "chậm nhất trước Tết
    # Nguyên đán", "đến Tết Bính Ngọ": its first day (not "trong dịp Tết", "sau Tết", "Tết Trung thu")
    (
        "tet",
        re.compile(
            r"\b(?:truoc|cham\s+nhat(?:\s+la)?(?:\s+(?:vao|truoc))?|den|han\s+chot(?:\s+la)?)\s+(?:dip\s+)?tet\s+"
            r"(?:(?:nguyen\s+dan|am\s+lich|co\s+truyen)(?:\s+(?P<can>" + _CAN + r")\s+(?P<chi>" + _CHI + r"))?"
            r"|(?P<can2>" + _CAN + r")\s+(?P<chi2>" + _CHI + r")|(?=(?:nam\s+)?(?:19|20)\d\d))"
            rf"(?:\s*(?:nam\s+)?{_Y})?\b"
        ),
    ),
    # "before the Lunar New Year", "ahead of the Tet holiday": the same in English, the next one after the meeting
    (
        "tet",
        re.compile(
            r"\b(?:before|by|ahead\s+of|prior\s+to|no\s+later\s+than|not\s+later\s+than)\s+(?:the\s+)?"
            rf"(?:lunar\s+new\s+year|tet)(?:\s+(?:holidays?|festival))?(?:\s+(?:of\s+)?{_Y})?\b"
        ),
    ),
    ("monthly_day", re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:day\s+)?of\s+(?:each|every)\s+month\b")),
    ("monthly_day", re.compile(r"\bngay\s+(?P<d>\d{1,2})\s+(?:hang|moi)\s+thang\b")),
    # "xong trước ngày 25 tháng này", "gửi chậm nhất ngày 5 tháng sau": a day of the meeting's month or of the next
    # (not "tháng sáu năm 2026", June, which folds to the same letters)
    (
        "day_of_month_near",
        re.compile(
            r"\bngay\s+(?P<d>\d{1,2})\s+(?:cua\s+)?thang\s+(?P<rel>nay|sau|toi)\b(?!\s*,?\s*(?:nam\b|(?:19|20)\d\d))"
        ),
    ),
    # "by the 5th of next month", "before the 20th of the coming month", "on the 28th of this month": the same
    # in English ("rel" "this" or "current" for the meeting's month, else the next)
    (
        "day_of_month_near",
        re.compile(
            r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:day\s+)?of\s+(?:the\s+)?"
            r"(?P<rel>this|current|next|coming)\s+month\b"
        ),
    ),
    ("monthly_day", re.compile(r"\b(?P<d>\d{1,2})(?:er)?\s+(?:de\s+)?(?:chaque|tous les)\s+mois\b")),
    # "transmettra la note ... avant le 15.", "au plus tard le 3 ;": a day of the month alone, its "by" in the match,
    # the clause ending on it: the next such day after the meeting
    (
        "day_of_month_by",
        re.compile(
            r"\b(?:avant|d'ici|au\s+plus\s+tard|jusqu'au)\s+le\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:er)?"
            # (not "au plus tard le 31.01.2027", a whole date)
            r"(?=\s*(?:[;,)]|\.(?!\d)|$))"
        ),
    ),
    ("monthly_day", re.compile(r"\b(?P<d>\d{1,2})(?::e|e)?\s+(?:i\s+)?varje\s+manad\b")),
    # "by the first week of June", "in the last week of March 2026": that week's last day (the 7th, 14th,
    # 21st, 28th; the month's end for the last week)
    (
        "week_of_month",
        re.compile(
            rf"\b(?P<wk>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+week\s+of\s+(?P<mon>{MONTH})"
            rf"(?:\s*,?\s*(?:of\s+)?{_Y})?"
        ),
    ),
    # "dans la deuxième quinzaine de mars", "la première quinzaine d'avril 2026": a half of a month, its last day
    (
        "fortnight",
        re.compile(
            rf"\b(?P<h>premiere|1re|1ere|deuxieme|seconde|2e|2eme|derniere)\s+quinzaine\s+(?:de\s+|d')"
            rf"(?P<mon>{MONTH})\b(?:\s+{_Y})?"
        ),
    ),
    # "in the first half of November", "during the second half of March 2026": the same in English
    (
        "fortnight",
        re.compile(rf"\b(?P<h>first|1st|second|2nd|latter|last)\s+half\s+of\s+(?P<mon>{MONTH})\b(?:\s*,?\s*{_Y})?"),
    ),
    ("month", re.compile(rf"\b(?P<mon>{MONTH})\.?\s+(?:of\s+)?{_Y}")),
    # "till nämndens decembersammanträde", "vid styrelsens junimöte 2026": a body's sitting named by its month in
    # one compound (from the body's genitive, after the "till" or "vid" before it), that month's end
    (
        "month",
        re.compile(
            rf"\b(?:[a-z]{{3,}}s\s+)?(?P<mon>{_SV_MONTHS})(?:sammantrade|mote)t?\b(?:\s+(?:(?:ar|aret)\s+)?{_Y})?"
        ),
    ),
    # "trong tháng 8 và tháng 9/2026", "trong tháng 10, tháng 11 và tháng 12/2026": the months named together, the work
    # due by the last
    (
        "month",
        re.compile(
            r"(?:(?<=\btrong )|(?<=\bcuoi )|(?<=\bhet ))thang\s+(?:1[0-2]|0?[1-9])"
            r"(?:\s*(?:,|va)\s*thang\s+(?:1[0-2]|0?[1-9]))*\s*(?:,|va)\s*thang\s+"
            rf"(?P<m>1[0-2]|0?[1-9])\b(?:\s*(?:/|-|nam)\s*{_Y})?(?!\s*(?:/|-|nam)\s*\d)"
        ),
    ),
    ("month", re.compile(rf"\bthang\s+(?P<m>\d{{1,2}})\s*(?:/|-|nam)\s*{_Y}")),
    # "hoàn thành trong tháng 5", "giải quyết dứt điểm trong tháng 4": a month with no year, the year of the
    # meeting (the next one if that month is past); not "trong 3 tháng" (a span) nor "tháng 5/2026"
    (
        "month",
        re.compile(r"(?:(?<=\btrong )|(?<=\bcuoi )|(?<=\bhet ))thang\s+(?P<m>1[0-2]|0?[1-9])\b(?!\s*(?:/|-|nam)\s*\d)"),
    ),
    # "báo cáo tại cuộc họp giao ban tháng 11", "trình tại phiên họp thường kỳ tháng 10": a sitting named by its month,
    # that month's end (one of the months just past is a sitting held, see _first_deadline)
    (
        "meeting_month",
        re.compile(
            r"(?:(?<=\bhop )|(?<=\bgiao ban )|(?<=\bthuong ky )|(?<=\bdinh ky )|(?<=\bhoi nghi ))"
            r"thang\s+(?P<m>1[0-2]|0?[1-9])\b(?!\s*(?:/|-|nam)\s*\d)"
        ),
    ),
    (
        "month",
        re.compile(
            rf"\b(?P<mon>{MONTH})(?:\s+(?:this|next|the current)\s+year|\s+(?:cette|l'annee|de cette)\s+annee|"
            rf"\s+(?:i\s+ar|detta\s+ar))?(?!\s*\d)"
        ),
    ),
    # "within the month", "within the current month": by the end of the meeting's month, "within" its own "by"
    ("within_month", re.compile(r"\bwithin the (?:current |same )?month\b(?!\s+of\b)")),
    (
        "this_month",
        re.compile(
            # (not "dès ce mois-ci": when it starts)
            r"\b(?:(?:this|the current) month|end of the month|(?<!\bdes )ce mois|fin du mois(?: en cours)?|"
            r"denna manad|slutet av manaden|cuoi thang nay|thang nay|"
            # "by the end of next month", "by the end of the following month": the month after the meeting's
            r"(?P<next>end\s+of\s+(?:the\s+)?(?:next|following|coming)\s+month))\b"
            # "la fin du mois de juin", "the end of the month of June": that month, read by the month patterns
            r"(?!\s+(?:de|d'|of)\s*(?:" + MONTH + r"))"
        ),
    ),
    # "trình Chủ tịch UBND xã trong tuần này", "xong trước cuối tuần này": by the end (Sunday) of the meeting's week
    ("this_week", re.compile(r"\b(?:trong|cuoi|het)\s+tuan\s+nay\b")),
    # "devra identifier, d'ici la fin de la semaine, ...", "avant la fin de cette semaine": the meeting's Sunday (not
    # "la fin de la semaine prochaine", nor "en fin de semaine", a time that comes back)
    (
        "this_week",
        re.compile(
            r"\b(?:d'ici(?:\s+a)?|avant|pour)\s+la\s+fin\s+de\s+(?:la\s+|cette\s+)?semaine\b"
            r"(?!\s+(?:prochaine|suivante|derniere|du|de|d'|des|\d{1,2})\b)"
        ),
    ),
    # "d'ici la fin du trimestre", "avant la fin du semestre en cours", "pour la fin de ce trimestre": the end of the
    # quarter (half-year) the meeting falls in (not "la fin du trimestre prochain", nor "du premier trimestre")
    (
        "this_quarter",
        re.compile(
            r"\b(?:d'ici(?:\s+a)?|avant|pour)\s+la\s+fin\s+(?:du|de\s+ce)\s+(?P<part>trimestre|semestre)"
            r"(?:\s+en\s+cours)?\b(?!\s+(?:prochain|suivant|dernier|de|d'|des|\d)\b)"
        ),
    ),
    # "trong ngày thứ Sáu tuần này", "trước thứ 5 tuần sau", "vào Chủ nhật tuần tới": that day of the meeting's week
    # (or of the week after it)
    (
        "week_day",
        re.compile(
            r"\b(?:(?:trong|truoc|vao|cham nhat|han chot)\s+)?(?:(?:ngay|buoi sang|buoi chieu)\s+)?"
            r"(?:thu\s+(?P<wd>hai|ba|tu|nam|sau|bay|[2-7])|(?P<wd7>chu\s+nhat))\s*,?\s+tuan\s+(?P<week>nay|sau|toi)\b"
        ),
    ),
    # "by the end of next week", "by the end of the following week": the end (Sunday) of the week after the meeting's
    ("next_week", re.compile(r"\bend\s+of\s+(?:the\s+)?(?:next|following|coming)\s+week\b")),
    # "d'ici lundi", "avant vendredi prochain", "pour demain midi": the next such day after the meeting (a day of
    # the week with a date after it is that date's)
    (
        "next_weekday",
        re.compile(_FR_WEEKDAY_BY + r"(?!\s+(?:\d|(?:premier|1er)\b))"),
    ),
    ("next_weekday", re.compile(_SV_WEEKDAY_BY)),
    # "senast vecka 40", "under vecka 12 2027", "till v. 22", "före vecka 40": a week by its (ISO) number, by its
    # Sunday (before it: the Sunday of the week before)
    (
        "week_number",
        re.compile(
            r"\b(?:(?P<pre>fore|innan)|senast(?:\s+under|\s+i)?|under|till(?:\s+och\s+med)?|t\.\s?o\.\s?m\.)\s+"
            rf"(?:vecka|v\.?)\s*(?P<w>[1-9]|[1-4]\d|5[0-3])\b(?!\s*[-–]\s*\d)(?:\s+(?:ar\s+)?{_Y})?"
        ),
    ),
    # "will issue the notification by Monday", "before Friday": the next such day after the meeting
    ("next_weekday", re.compile(_EN_WEEKDAY_BY)),
    (
        # "ska under dagen kontakta länsstyrelsen", "före dagens slut": the meeting's own day
        "today",
        re.compile(
            r"\b(?:(?:senare\s+)?under\s+(?:dagen|eftermiddagen|kvallen)|senare\s+i\s+dag|(?:fore|innan)\s+dagens\s+slut)\b"
            # "ce soir 21h", "d'ici ce soir", "dans la journée", "en fin de journée": the meeting's day (not "dans la
            # journée du 4 novembre", a date)
            r"|(?<!\bdes )\b(?:(?:d'ici|avant|pour)\s+)?ce\s+soir\b|\bdans\s+la\s+journee\b(?!\s+(?:du|de|d')\b)"
            r"|\b(?:en|avant\s+la|d'ici\s+la)\s+fin\s+de\s+(?:la\s+)?journee\b(?!\s+(?:du|de|d')\b)"
            # "UBND các xã ngay trong ngày tổ chức thăm hỏi ...", "báo cáo trong ngày hôm nay": the same day (not
            # "ngay trong ngày 15/8", a date, nor "trong ngày làm việc đầu tiên")
            r"|\b(?:ngay\s+trong\s+(?:ngay|hom\s+nay)|trong\s+ngay\s+hom\s+nay)\b"
            r"(?!\s*(?:\d|mai\b|hom\s+sau\b|lam\s+viec\b|dau\b|tiep\b|ke\b|cuoi\b|le\b|hoi\b))"
            # "phải hoàn tất trước 17 giờ chiều nay", "báo cáo trong tối nay", "trước 16h00 hôm nay": a part of the
            # letter's own day, an hour in it or not (not "sáng nay", told with no due word: when it happened)
            r"|\b(?:truoc|trong|ngay\s+trong|cham\s+nhat(?:\s+la)?(?:\s+vao)?|xong\s+trong)\s+"
            r"(?:(?:luc\s+)?(?:[01]?\d|2[0-3])\s*(?:gio|h)(?:\s*[0-5]\d)?(?:\s+phut)?\s+)?"
            r"(?:(?:sang|trua|chieu|toi|dem)\s+nay|(?:ngay\s+)?hom\s+nay)\b"
        ),
    ),
    # "diffusera un communiqué à 19h", "transmettront leur point avant 7h30", "demain avant 8h": a time of day with no
    # date, on the meeting's day (the next one after "demain"; not a time before a date, "avant 17h le 5 mai", read
    # by the date's pattern; nor "24h/24", "à 2h de route")
    (
        "clock",
        re.compile(
            # (the words one of which opens a match, tested first: a cheap test that spares the look-behinds at every
            # other position; keep in sync with the words after the look-behinds)
            r"(?=(?:demain|avant|d'ici|a|pour|au|jusqu'a)\s)"
            # (not a time that comes back: "chaque jour, avant 11 heures", "chaque lundi avant 10 heures")
            r"(?<!chaque jour, )(?<!chaque jour )(?<!lundi )(?<!mardi )(?<!mercredi )(?<!jeudi )(?<!vendredi )"
            r"(?<!samedi )(?<!dimanche )(?<!les jours )(?<!lundi, )(?<!mardi, )(?<!mercredi, )(?<!jeudi, )"
            r"(?<!vendredi, )"
            r"\b(?P<tomorrow>demain\s+(?:matin\s+|soir\s+)?)?(?:avant|d'ici|a|pour|au\s+plus\s+tard\s+a|jusqu'a)\s+"
            r"(?P<hh>[01]?\d|2[0-3])\s*h(?:eures?)?\s*(?P<mm>[0-5]\d)?(?![\w/'])"
            # "à 9h demain matin", "avant 8h le lendemain": the next day, named after the time
            r"(?P<next_day>\s+(?:demain|le\s+lendemain)(?:\s+(?:matin|soir|midi))?\b(?!\s+(?:\d|le\b)))?"
            r"(?!\s*,?\s*(?:le|du|de|des|d'|ce|cette|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\d)\b)"
        ),
    ),
    (
        # "d'ici la fin de l'année", "by the end of the year", "före årets slut": the meeting's year
        "this_year",
        re.compile(
            r"\b(?:(?:the\s+)?end\s+of\s+(?:the|this)\s+year|(?:la\s+)?fin\s+de\s+(?:l'annee|cette\s+annee)(?!\s+prochaine)|"
            # "by the end of the calendar year", "Due: End of Year" (not "the end of year report": what is done then)
            r"(?:the\s+)?end\s+of\s+(?:(?:the|this)\s+)?calendar\s+year|"
            r"(?:the\s+)?end\s+of\s+year\b(?![\s-]+(?:[a-z]+\s+)?(?:reports?|audits?|clos\w*|statements?|accounts|"
            r"reviews?|results|figures|parties|party|celebrations?|functions?)\b)|"
            # "by year-end", "before year end" (not "the year-end reports", "year-end closing": what is done then)
            r"(?:the\s+)?year[\s-]end\b(?![\s-]+(?:[a-z]+\s+)?(?:reports?|audits?|clos\w*|statements?|accounts|reviews?|"
            r"results|figures|bonus\w*|counts?|inventor\w*|financials?|balances?|party|parties|holidays?|break)\b)|"
            # "d'ici la fin de l'exercice", "avant la fin de l'exercice en cours": a French body's budget year, the
            # calendar year (not "l'exercice 2027", a year named, nor "l'exercice financier", which may run from April)
            r"(?:la\s+)?fin\s+de\s+l'exercice(?:\s+(?:en\s+cours|budgetaire))?(?!\s+(?:financier|suivant|prochain)\b)|"
            r"(?:slutet|utgangen)\s+av\s+(?:aret|detta\s+ar)|arets\s+slut|arsskiftet|"
            # "före årets utgång", "under innevarande år", "senast i år": this year
            r"arets\s+utgang|innevarande\s+ar\b(?!\s*\d)|(?<=\bsenast )i\s+ar\b(?!\s*\d)|"
            r"(?<!don vao )(?<!don den )cuoi\s+nam\s+nay|"
            # "hoàn thành từ nay đến cuối năm", "trước cuối năm": the end of this year (its qualifier before it; not
            # the end of a school or fiscal year, nor of a year named; nor "không để dồn vào cuối năm": a backlog)
            r"(?<!don vao )(?<!don den )"
            r"cuoi\s+nam\b(?!\s*(?:nay|hoc|tai\s+chinh|ngoai|truoc|sau|toi|tiep\s+theo|ke\s+tiep|[ivx]+\b))|"
            # "trước cuối năm tới", "cuối năm sau", "by the end of next year": the end of the next year
            r"(?P<next>cuoi\s+nam\s+(?:toi|tiep\s+theo|ke\s+tiep|sau(?!\s+(?:khi|do|day|nay)\b))|"
            r"(?:the\s+)?end\s+of\s+(?:the\s+)?next\s+year|(?:la\s+)?fin\s+de\s+l'annee\s+prochaine))"
            r"\b(?!\s*(?:19|20)\d\d)"
        ),
    ),
    (
        "season",
        re.compile(
            rf"\b(?P<s>spring|summer|fall|autumn|printemps|ete|automne|varen|sommaren|hosten)\s+(?:of\s+|de\s+|)?{_Y}"
        ),
    ),
    # A season of a year, before its arrival: "före sommaren 2027", "innan hösten 2026", "before summer 2027",
    # "avant l'été 2027": the end of the season before it, in that year (not the named season's end)
    (
        "season_before",
        re.compile(
            r"\b(?:before|avant|fore|innan)\s+(?:the\s+|l'|le\s+)?"
            rf"(?P<s>spring|summer|autumn|winter|printemps|ete|automne|hiver|varen|sommaren|hosten|vintern)\s+"
            rf"(?:of\s+|de\s+|(?:ar|aret)\s+)?{_Y}"
        ),
    ),
    # A season with no year, by its arrival: "d'ici à l'été", "before the summer", "före sommaren": the end of
    # the season before, the next such date on or after the meeting. Not "under hösten", "during the summer"
    # (no date: the labels leave a season's span with no year undated), nor a season's event ("before the
    # spring planting season", "avant les vacances d'été", "before the summer holidays").
    (
        "season_next",
        re.compile(
            r"\b(?P<by>by|before|d'ici(?:\s+a)?|avant|fore|innan|till)\s+"
            r"(?:(?:the\s+)?(?P<s>spring|summer|autumn|winter)|l'(?P<s2>ete|automne|hiver)|"
            r"(?:le\s+)?(?P<s3>printemps)|(?P<s4>varen|sommaren|hosten|vintern))\b"
            r"(?![\s-]*(?:of\s+|de\s+|ar\s+)?(?:19|20)\d\d)"
            r"(?![\s-]+(?:[a-z]+\s+)?(?:holidays?|vacations?|break|recess|session|term|season|months?|period|"
            r"planting|sowing|harvest|semester|lov(?:et)?|semestern?|terminen|"
            # ("before the winter rains begin", "before the summer floods": the season's weather, an event)
            r"rains?|rainfall|snows?|snowfall|storms?|floods?|flooding|frosts?|weather|cold|heat)\b)"
        ),
    ),
    # A season's end with no year, after a qualifier: "d'ici la fin de l'été", "avant la fin du printemps", "by the
    # end of the summer": the last day of that season, the next one on or after the meeting
    (
        "season_end",
        re.compile(
            r"\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?P<s>spring|summer|autumn|winter)|"
            r"(?:la\s+)?fin\s+(?:de\s+l'(?P<s2>ete|automne|hiver)|du\s+(?P<s3>printemps)))\b"
            r"(?![\s-]*(?:of\s+|de\s+)?(?:19|20)\d\d)"
            r"(?![\s-]+(?:[a-z]+\s+)?(?:holidays?|vacations?|break|recess|session|term|season)\b)"
        ),
    ),
    # A season with no year as the time of the work: "report back to Council in the fall", "this spring": the
    # season's end, the next one on or after the meeting (not "during the summer", a span; nor "in the fall of
    # prices", "in the summer months")
    (
        "season_in",
        re.compile(
            # (the season alone, not a thing of it: "in the autumn newsletter", "this summer's programme")
            r"\b(?:in\s+the|this)\s+(?P<s>spring|summer|fall|autumn|winter)\b"
            r"(?=\s*(?:[.,;:)]|$)|\s+(?:and|or|to|for|with|at|so|as|when|after|once|if|but)\b)"
        ),
    ),
    ("month", re.compile(rf"(?<![\d/.])(?P<m>\d{{1,2}})/{_Y}(?![\d/])")),
    # "vid årsskiftet 2026/2027", "före årsskiftet 2026–27": the turn of those two years, the first one's end
    ("year", re.compile(rf"\barsskiftet\s+{_Y}\s*[/-]\s*(?:(?:19|20)\d\d|\d\d)\b")),
    ("year", re.compile(rf"\b(?:nam\s+|year\s+|l'annee\s+|aret\s+|ar\s+)?{_Y}")),
    (
        "relative",
        re.compile(
            rf"\bwithin\s+(?:the\s+next\s+)?{_NUM}\s+(?P<u>(?:working\s+|business\s+)?(?:days?|weeks?|months?))\b"
            # ("within 30 days of each meeting", "after every inspection": a window that recurs, no due date)
            r"(?!\s+(?:of|after|following|from)\s+(?:each|every)\b)"
        ),
    ),
    ("relative", re.compile(rf"\bin\s+{_NUM}\s+(?P<u>(?:working\s+)?(?:days|weeks|months))\b")),
    # "will issue an order within 48 hours": the day the last hour falls in (not a standard of service that
    # counts from each event, "replaced within 24 hours of a complaint", "within 2 hours of receiving a call")
    (
        "relative",
        re.compile(
            rf"\bwithin\s+(?:the\s+next\s+)?{_NUM}\s+(?P<u>hours)\b"
            # (whatever event it counts from: "within 24 hours of the incident", "of a breakdown"; but "within 48
            # hours of this meeting", the meeting's own)
            r"(?!\s+(?:of|after|following|from)\s+(?!(?:this|today|the\s+(?:meeting|session|sitting|date\s+of\s+this))\b))"
        ),
    ),
    ("relative", re.compile(r"\bwithin\s+(?:the\s+next\s+)?(?P<n>an?)\s+(?P<u>(?:working\s+)?(?:day|week|month))\b")),
    (
        "relative",
        re.compile(
            rf"(?:\btrong\s+(?:vong\s+|thoi\s+han\s+|thoi\s+gian\s+)?|\bthoi\s+han(?:\s+[a-z]+){{0,8}}\s*:\s*)"
            rf"{_NUM}\s+(?P<u>ngay\s+lam\s+viec|ngay|tuan|thang)\b(?!\s+(?:dau|cuoi)\s+nam)"
        ),
    ),
    (
        "relative",
        re.compile(
            # "dans un délai de dix jours", "dans un délai d'un mois"; its upper bound: "dans un délai n'excédant pas
            # dix jours", "ne dépassant pas", "ne pouvant excéder"
            rf"\bdans\s+(?:un\s+delai\s+(?:maximum\s+|maximal\s+)?(?:de\s+|d'|(?:n'excedant|ne\s+depassant)\s+pas\s+|"
            rf"ne\s+pouvant\s+(?:exceder|depasser)\s+)|les\s+){_NUM}\s+"
            # ("dans les quarante-huit heures": the days those hours run into)
            r"(?P<u>jours?\s+(?:ouvrables|ouvres)|jours?|semaines?|mois|heures)\b"
        ),
    ),
    # ("endéans quinze jours": the "within" of Belgian and Central African French)
    # ("pour signature sous 48 heures": the day the last hour falls in)
    # ("sous 10 jours ouvrés": working days, weekends and holidays skipped)
    (
        "relative",
        re.compile(
            rf"\b(?:sous|endeans)\s+{_NUM}\s+(?P<u>jours?\s+(?:ouvrables|ouvres)|jours?|semaines?|mois|heures)\b"
        ),
    ),
    # "et de lui faire rapport dans deux semaines", "remettra son rapport dans un mois": the report's delay (not "dans
    # deux semaines suivant la publication", counted from an act to come; nor "dans 15 jours de congé")
    (
        "relative",
        re.compile(
            rf"\bdans\s+{_NUM}\s+(?P<u>jours?\s+(?:ouvrables|ouvres)|jours?|semaines?|mois)\b"
            r"(?!\s+(?:suivant|apres|a\s+compter|de\s+|d'|qui\b))"
        ),
    ),
    # "sous quinzaine", "dans la huitaine": within fifteen (eight) days, the administrative idiom
    ("relative", re.compile(r"\b(?:sous|endeans|dans\s+la)\s+(?:la\s+)?(?P<n>quinzaine|huitaine)(?P<u>)\b")),
    # ... and its short form in a table's cell: "inom 6 mån. från beslut"
    ("relative", re.compile(rf"\binom\s+{_NUM}\s+(?P<u>(?:arbetsdagar|dagar|dag|veckor|vecka|manader|manad)\b|man\.)")),
    # "within a fortnight": fourteen days
    ("relative", re.compile(r"\bwithin\s+(?:a|one|the\s+next)\s+(?P<n>fortnight)(?P<u>)\b")),
    # "senast tre månader efter beslutet", "no later than 30 days after the meeting": counted from the
    # meeting, which took the decision
    (
        "relative",
        re.compile(
            rf"\b(?:senast|inom|no\s+later\s+than|not\s+later\s+than|within)\s+{_NUM}\s+"
            # ("inom ett år från beslutet": twelve months)
            r"(?P<u>arbetsdagar|dagar|veckor|manader|ar|(?:working\s+|business\s+)?days|weeks|months)\s+"
            r"(?:efter|fran|after|of|from)\s+(?:the\s+|this\s+|detta\s+)?"
            # ("senast tre månader efter beslutsdagen", "sex veckor från beslutsdatum")
            r"(?:beslutet|beslut|beslutsdagen|beslutsdatum(?:et)?|sammantradet|motet|meeting|decision)\b"
        ),
    ),
]


#: The candidates' gates: the words one of which must occur in a text for a pattern to find a date in it (a cheap
#: test that spares most scans); several patterns share one ...
_GATES = list(dict.fromkeys(gate for _kind, pattern in _CANDIDATES if (gate := _gate(pattern)) is not None))
#: ... each candidate with the index of its gate in ``_GATES`` (None: no gate), a list index cheaper than hashing the
#: words at each passage.
_GATED_CANDIDATES = [
    (kind, pattern, _GATES.index(gate) if (gate := _gate(pattern)) is not None else None)
    for kind, pattern in _CANDIDATES
]
#: An hour, as the clock pattern writes it ("avant 7h30"): with none, that pattern cannot match.
_HOUR = re.compile(r"\d\s*h")
#: A day that comes back each month, the monthly_day forms above: "ngày 25 hằng tháng", "the 5th of each month",
#: "le 10 de chaque mois", "den 5:e varje månad".
_RECURRING_DAY = re.compile(
    "|".join(f"(?:{pattern.pattern.replace('?P<d>', '')})" for kind, pattern in _CANDIDATES if kind == "monthly_day")
)
#: At most this many characters between a date and the final report's noun it dates ("... 2027 en slutredovisning").
_FINAL_NOUN_GAP = 6
#: "En delredovisning ska lämnas senast ... och en slutredovisning senast ...": the final deadline counts.
_FINAL = re.compile(
    r"\b(?:slutredovisning\w*|slutredovisa\w*|slutrapport\w*|slutligt\s+redovisas|final\s+report|final\s+deadline|"
    r"rapport\s+final|remise\s+finale|"
    # "premier lot sous quinze jours, généralisation fin juin", "point intermédiaire le 15 juillet, clôture de la
    # campagne le 30 septembre": the step that closes the work
    r"generalisation|cloture|"
    # "Ett utkast ska finnas i maj och den slutliga planen ska antas i oktober": the final product's date
    r"slutliga?|slutligt)\b"
    # a periodic report, then the year's: "Định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 05/12)",
    # "quarterly (by 15 April) and annually (by 5 December)": the year's is the final one
    # ("báo cáo kết quả (lần 1) trước ngày 15/6 và báo cáo năm trước ngày 30/11": the year's report named)
    r"|\b(?:va|and|et|och)\s+(?:bao\s+cao\s+)?(?:ca\s+)?(?:nam|annual(?:ly)?|annuel(?:lement)?|arlig(?:en)?)\b(?!\s*(?:19|20)\d\d)"
    # the interim review, then the closing one: "tổ chức sơ kết trước ngày 15/01/2027 và tổng kết trong tháng 4/2027"
    r"|\bva\s+(?:to\s+chuc\s+)?tong\s+ket\b"
    # the rounds of a campaign, each dated: "đợt 1 xong trước ngày 31/5, đợt 2 hoàn thành trong tháng 9/2026": the
    # last round closes the work
    r"|\bdot\s+(?:[2-9]|ii|iii|iv|hai|ba|bon|cuoi)\b"
    # a motion's action, then the work brought back to the body that ordered it: "install ... within 30 days,
    # and to return to Council with a design at the January 12 meeting", "and report back to the Board by ..."
    r"|\band\s+(?:to\s+)?(?:return|report\s+back|come\s+back)\s+to\s+(?:the\s+)?(?:city\s+|county\s+|town\s+)?"
    r"(?:council|board|commission|committee)\b"
    # the action dated, then a report on what it gave: "run the pilot from June 1 to September 30, and to report
    # on the results of the pilot in the fourth quarter"
    r"|\band\s+(?:to\s+)?report\s+(?:back\s+)?on\s+(?:the\s+)?(?:results|outcomes?|findings|evaluation)\b"
    # "att under första kvartalet 2026 genomföra en mätning ...,\natt resultatet redovisas för nämnden i maj 2026":
    # the work dated, then its results brought back to the body, a decision's clause of its own
    r"|\b(?:att|och)\s+(?:resultatet|resultaten|utfallet)\s+(?:ska\s+|skall\s+)?(?:redovisas|aterrapporteras|"
    r"rapporteras|presenteras)\b"
)

_QUALIFIER = re.compile(
    r"(?:\b(?:deadline|due date|completion date|time limit)\b[^.;:\d]{0,20}\b(?:is|will be|shall be)"
    # a table's deadline column turned to text: "Échéance : 5 décembre 2025", "Deadline: 30 June", "Thời hạn:"
    r"|\b(?:echeance|date\s+limite|delai|deadline|due\s+date|target\s+date|thoi\s+han|tidpunkt|klart\s+senast)\s*:"
    # an English edition's label: "Completion time: Quarter III/2026", "Time for completion: 30/9/2026"
    r"|\b(?:completion\s+(?:time|date|deadline)|time\s+(?:to|for)\s+(?:complete|completion)|"
    r"implementation\s+(?:time|deadline))\s*:"
    # "thời hạn hoàn thành: quý I/2026", "Thời hạn trả lời bằng văn bản: 07 ngày làm việc": the label's words
    r"|\bthoi\s+han(?:\s+[a-z]+){1,8}\s*:"
    r"|\b(?:by|before|on|in|until|till|through|no later than|not later than|due(?: at)?|deadline|prior to|during|"
    # "ahead of the March 24 work session": before the sitting named by its date
    r"ahead of|at an?|"
    # "bring a report to the Board at its March 24, 2026 meeting": the body's own sitting, named by its date
    r"at\s+(?:its|their)|"
    # "Second reading now set for March 10", "the hearing is scheduled for 3 June": the event's date
    r"(?:set|scheduled|slated)\s+for|"
    # "Draft to come back for first reading May 19": an ordinance's reading still to come, its date
    r"for\s+(?:(?:a|its|the)\s+)?(?:first|second|third|final)\s+reading|"
    r"throughout|within|from now (?:to|until)|complete[ds]? in|done in|at the latest (?:by|in|on))"
    # "not letting the works drag on beyond the third quarter of 2026", "must not slip beyond 30 June": a limit
    # not to pass, said in the negative (not "extend the pilot beyond 2026": a period lengthened)
    r"|\b(?:not|never)\s+(?:(?:let(?:ting)?|allow(?:ing)?|permit(?:ting)?)\s+(?:[^\s.;:\d]+\s+){1,5}?)?"
    r"(?:drag|go|run|stretch|last|continue|extend|slip|spill)\w*(?:\s+(?:on|over))?\s+beyond"
    r"|\b(?:truoc|trong|den|den het|cham nhat(?: la)?(?: vao)?|xong|hoan thanh|han chot|thoi han|vao|tu nay den|"
    # "hoàn thành quyết toán hết năm 2026", "hết quý III/2026": to the end of that year, month or quarter
    r"het)"
    # ("dans le courant du mois de mai": within that month)
    r"|\b(?:avant|d'ici(?: a)?|au plus tard(?: le| en| a)?|le|en|au|jusqu'(?:au|a|en)|pour le|courant(?: du)?|"
    r"au cours d[eu]|"
    # "sera présenté au Collège à la fin du mois de septembre 2027": by the end of that month
    r"a(?=\s+la\s+fin\b)|"
    # "présenté à l'issue du premier semestre 2026": at the end of that half-year
    r"a\s+l'issue\s+(?:du|de\s+la|de\s+l'|des)|"
    # "les premiers résultats sont attendus pour vendredi 6 février": what is expected for a day
    r"(?:attendue?s?|prevue?s?|programmee?s?)\s+pour|"
    r"durant|pendant|des)"
    r"|\b(?:senast|fore|innan|till och med|till|under|i|den|per|fram till|vid)"
    # "att uppdraget redovisas 2026-09-30", "Planen återrapporteras 15.5.2026": a report's date, right after its verb
    r"|\b(?:(?:ater|slut|del)?redovisas|(?:ater)?rapporteras)"
    # "Återrapport till kommunstyrelsen 2026-06-16": a follow-up list's report-back, a noun, and its date
    # ("Utreda ..., redovisning till kommunstyrelsen 2025-11-25": the same, with no prefix, to the body)
    r"|\b(?:ater(?:rapport(?:ering)?|redovisning)|redovisning(?=\s+till\s))"
    r"(?:\s+till\s+[^\s.;:\d]+(?:\s+[^\s.;:\d]+){0,2})?"
    # "report back to the Board meeting on 4 May", "till nämndens sammanträde 12 mars"
    # ("soit déposé au conseil lors de la séance de juin 2026": the body's sitting of that month)
    r"|\b(?:to|at|for|till|vid|a|au|pour|tai|lors\s+d[eu])\s+(?:[^\s.;:]+\s+){0,3}"
    # "à soumettre au Conseil communal en sa séance du 26 mai", "... lors de sa réunion du": the body's own sitting
    r"(?:(?:en|lors\s+de)\s+(?:sa|son)\s+)?(?:meeting|sammantrade|mote|seance|reunion|"
    # ("báo cáo Ban Thường vụ tại hội nghị thường kỳ tháng 6": a conference, the Party committee's sitting)
    r"cuoc hop|phien hop|ky hop|buoi hop|(?:buoi |cuoc )?giao ban|hoi nghi)"
    r"(?:\s+(?:giao ban|thuong ky|thuong le|dinh ky|ordinaire|pleniere|ordinarie))?"
    # the body that sits, after its sitting: "tại phiên họp UBND tỉnh thường kỳ ngày 24/7", "tại cuộc họp Ban Thường
    # vụ Tỉnh ủy ngày ...", "tại kỳ họp HĐND tỉnh ngày ..."
    # ("tại phiên họp Chính phủ thường kỳ tháng 10 năm 2025": the Government's monthly sitting)
    r"(?:\s+(?:ubnd|hdnd|uy ban nhan dan|hoi dong nhan dan|ban thuong vu|ban chap hanh|thuong truc|tinh uy|thanh uy|"
    r"huyen uy|chinh phu)(?:\s+(?:tinh uy|thanh uy|huyen uy|tinh|huyen|thanh pho|thi xa|xa|phuong))?"
    r"(?:\s+(?:giao ban|thuong ky|thuong le|dinh ky))?)?"
    r"(?:\s+(?:on|of|den|le|du|ngay))?"
    # "| Nämndens sammanträde 2026-09-24 |": a follow-up table's report-back cell, the body's sitting by its date
    r"|\|\s*(?:[a-z]+s\s+)?(?:sammantrade|mote)(?:\s+den)?"
    # a matter put on the agenda of a meeting named by its date: "inscrire ... à l'ordre du jour du Conseil
    # communal du 29 mars 2027", "à l'ordre du jour de la séance du 12 mai"
    r"|\b(?:a|au)\s+l'ordre\s+du\s+jour\s+(?:du|de\s+la|de\s+l')\s*(?:[^\s.;:\d]+\s+){0,3}?(?:du|le)"
    # a sitting of a body named by its date: "lors de la séance du 7 décembre", "lors de la Commission permanente
    # du 6 juillet", "lors du Conseil municipal du 3 mars"
    r"|\blors\s+(?:du|de\s+la|de\s+l')\s*(?:[^\s.;:\d]+\s+){0,3}?du"
    # work due for a body's sitting named by its date: "chiffrer les travaux pour la commission des travaux du
    # 4 décembre", "présenter le bilan au comité de pilotage du 12 mars", "pour le conseil municipal du 3 mars"
    # ("pour la séance du Conseil communal du 11 mai": the sitting, then the body that sits)
    r"|\b(?:pour|a|au)\s+(?:la\s+|le\s+|l')?(?:prochaine?\s+)?(?:commission|conseil|comite|bureau|assemblee|"
    r"conference|copil|codir|seance|reunion|session)\b(?:\s+[^\s.;:,\d]+){0,3}?\s+du"
    # ... or by its month: "le soumettre au conseil de décembre", "à la séance d'octobre 2026": by its end
    r"|\b(?:a|au)\s+(?:la\s+|le\s+|l')?(?:prochaine?\s+)?(?:commission|conseil|comite|bureau|assemblee|"
    r"conference|copil|codir|seance|reunion|session)\b(?:\s+[a-z-]+){0,2}?\s+(?:de\s+|d')"
    # an event named with its date: "avant la rentrée du 1er septembre", "before the school opening of
    # 5 September", "trước khai giảng năm học mới (05/9/2025)"
    r"|\b(?:avant|before|prior to|fore|innan|truoc)\s+(?:the\s+|la\s+|le\s+|l')?"
    r"(?:[^\s.;:,\d()]+\s+){1,3}(?:du|of|den)(?=\s)|\b(?:avant|before|prior to|fore|innan|truoc)\s+"
    r"(?:[^\s.;:,\d()]+\s+){1,6}\("
    # "trước ngày khai giảng 05/9", "trước ngày bầu cử 15/3/2026": the day of an event, then its date
    r"|\btruoc\s+ngay\s+(?:[a-z]+\s+){1,4}"
    # a sitting named by its month, its day in brackets: "báo cáo trước phiên họp UBND tỉnh thường kỳ tháng 11 (dự
    # kiến ngày 27/11/2025)", "tại cuộc họp giao ban tháng 3 (ngày 28/3)": the day the sitting is held
    # ("tại Kỳ họp chuyên đề về chính sách cán bộ của HĐND tỉnh (dự kiến tháng 9/2026)": its name at length)
    r"|\b(?:phien hop|cuoc hop|ky hop|buoi hop|giao ban|thuong ky|hoi nghi)\b[^.;:()]{0,60}\(\s*(?:du kien\s+)?"
    r"(?:(?:to chuc|hop|dien ra)\s+)?(?:vao\s+)?(?:ngay\s+)?"
    # a day of another calendar, then the civil date in brackets: "by Jestha 31 (June 14, 2026)", "by Asar 15,
    # 2083 (June 29, 2026)", "no later than 15 Shrawan 2083 (31 July 2026)"
    r"|\b(?:by|before|until|till|no later than|not later than|prior to)\s+"
    r"(?:[a-z]{3,12}\s+\d{1,2}|\d{1,2}\s+[a-z]{3,12})"
    r"(?:\s*,?\s*\d{4})?\s*\()"
    r"(?:\s+(?:the|la|l'|le|den|i))?"
    # "the end of the month of June", "la fin du mois de juin": that month
    r"(?:\s*,?\s*(?:(?:the\s+)?(?:end|middle|beginning|start)\s+of(?:\s+the)?(?:\s+month\s+of)?|"
    # "by end Q1", "End-March": the terse "end" of a log's due cell, its "of" left out
    r"end-?|"
    # ("d'ici la fin de l'été 2027": a season of its year)
    # ("avant la fin de l'exercice 2026": a French body's budget year by its number)
    r"(?:la\s+)?fin(?:\s+de|\s+du)?(?:\s+l'annee|\s+l'exercice(?:\s+budgetaire)?|\s+mois\s+d(?:e|')|\s+l')?|"
    r"(?:slutet|utgangen|borjan|mitten)\s+av|cuoi|dau|giua|het|early|late|mid|debut))?"
    # ("lors de la prochaine séance ordinaire d'avril 2026", "d'ici la fin d'octobre": a month after its elided "de")
    # ("d'ici le mois de juillet", "au cours du mois d'avril 2026": the month named after "mois de")
    r"(?:\s+(?:the\s+)?(?:ngay|nam|thang|year|month|ar|aret|mois(?:\s+de|\s+d')?|de|of)|\s+d')?\s*$"
)
#: A bare "end of" also makes a deadline: "end of 2025", "cuối năm 2025", "fin 2025", "i slutet av 2025".
_END_ONLY = re.compile(
    r"(?:\b(?:end|year-end)\s+of|\byear-end|\bcuoi(?:\s+nam)?|\bfin(?:\s+de|\s+du)?(?:\s+l'annee)?|\b(?:slutet|utgangen)\s+av)\s*$"
)
#: "báo cáo định kỳ vào ngày 25 hằng tháng", "periodically on the 5th of each month": a report that recurs on that
#: day, no deadline of the order (the recurrence says it; "trước ngày 25 hằng tháng", "by the 10th of each month" keep
#: their first due day).
#: So is one due "by" that day with "định kỳ" before it: "báo cáo định kỳ trước ngày 20 hằng tháng" (periodically,
#: before the 20th of each month).
_PERIODIC_BEFORE = re.compile(
    r"\b(?:dinh\s+ky|periodically)\s+(?:vao\s+|truoc\s+|cham\s+nhat\s+(?:la\s+)?(?:vao\s+)?|on\s+(?:the\s+)?)?$"
    # "tổng hợp tình hình, báo cáo UBND tỉnh vào ngày 25 hằng tháng": "on" a day of each month, a recurrence told
    # with no "định kỳ" ("trước ngày 25 hằng tháng", "by", keeps its first due day)
    # (not "chậm nhất là vào ngày 25 hằng tháng", a due day)
    r"|(?<!nhat\s)(?<!\bla\s)\bvao\s+$"
)
#: ... nor the day of a report-back added after the order's task (folded, English): "to inspect the sites and to
#: report the findings to the Board by the 5th of each month", "... and submit a return before the 20th of every
#: month": the report recurs, the task has no date ("must file the returns by the 10th of each month", the task
#: itself, keeps its first due day).
_EN_REPORT_CLAUSE_BEFORE = re.compile(
    r"\band\s+(?:to\s+)?(?:also\s+)?(?:report(?:s|ing)?\b|(?:submit|send|forward|furnish)(?:s|ing)?\b[^.;:]{0,60}?"
    # (what is sent is a report: not "pay the contractors and send the bills before the 20th of every month")
    r"\b(?:reports?|returns?|statements?|updates?|progress|findings|results|data|figures|information|compliance)\b)"
    r"[^.;:]{0,140}$"
)
_EXCLUDED_BEFORE = re.compile(
    # (not a period's records due before a date: "records for the 2023-2025 period before June 30")
    r"\b(?:vision|tam nhin|horizon|perspective|"
    # "i samband med delårsrapporten per augusti", "bokslutet per den 31 december": the period a report closes
    r"(?:delarsrapport|delarsbokslut|bokslut|tertialrapport|manadsrapport|prognos|utfall)\w*\s+per(?:\s+den)?\s*$|"
    # "lập kế hoạch giải ngân chi tiết theo từng tháng đến hết năm 2026": the span a schedule is broken down over
    r"theo\s+tung\s+(?:ngay|tuan|thang|quy|nam)\s+(?:den|toi)(?:\s+het)?\b|"
    r"(?:period|periode|perioden|giai doan)(?![^.;:\d]{0,16}?\b(?:before|by|until|no later than|not later than|"
    r"avant|d'ici|au plus tard|senast|fore|innan|truoc|cham nhat)\s*$)|dated|daterad|"
    # "ban hành ngày 15/3/2025" (issued on); not "ban hành trước ngày 30/10/2026" (to be issued by)
    r"ban hanh(?!\s+(?:truoc|trong|cham nhat|xong|hoan thanh))|"
    # ("fran" is the Swedish "från" folded, a word of its own: not the "francs" of a sum before "d'ici fin avril")
    r"en date du|from(?! now)|since|fran\b|sedan|depuis|compared|so voi|jamfort|as of|as at|"
    # "beginning in April 2026", "à partir du 1er décembre", "från och med 1 juli": when it starts
    # ("effective", not "report on their effectiveness by May 31")
    r"beginning|starting|commencing|effective\b|a partir|a compter|fran och med|bat dau|"
    # "lancer dès le 1er mars une campagne": when it starts ("dès" folds to "des", which no article puts before "le")
    r"des\s+le\b|"
    # "trường hợp đến ngày 30/6 dự án giải ngân không đạt 50%, ...": a checkpoint of a condition, no deadline
    r"truong hop|"
    # "ett arbete som enligt myndigheten kan vara klart till hösten": a hedged estimate, no deadline
    r"kan\s+vara\s+(?:klar[at]?|fardig[at]?|avslutad[et]?)|"
    # "l'entente ..., qui vient à échéance le 31 décembre 2026", "le bail expire le 30 juin": when a contract or a
    # mandate ends, no deadline of the order
    r"(?:vien(?:t|nent|dra|dront)|venant|arriv(?:e|ent|era|eront|ant))\s+a\s+(?:echeance|expiration|(?:son\s+)?terme)|"
    r"expir(?:e|ent|era|eront|ant)\b|prend(?:ra)?\s+fin|prenant\s+fin|"
    # "Originally due March 3, 2026; now scheduled for April 21, 2026": the date the order had before it was moved
    r"(?:originally|initially|previously|formerly)\s+(?:due|scheduled|set|planned|targeted|expected)\b)"
    r"[^.;:\d]{0,16}$"
)
#: "from" before a thing, not a date (folded): "from the road", "from its premises"; a delay after it counts. So
#: does "from" before the person something is asked of: "an explanation be called from him within 3 days", "seek
#: a reply from each of them within a week".
_FROM_PLACE = re.compile(r"from\s+(?:the|a|an|this|that|these|those|its|their|all|him|her|them|each|every|both)\s")
#: A due word right before a date (folded, English): "by ", "before the ", "no later than ".
_BY_BEFORE = re.compile(r"\b(?:by|before|no\s+later\s+than|not\s+later\s+than)\s+(?:the\s+)?$")
#: A date the order is not to wait for (folded, English): "without waiting until the end of the year", "rather
#: than wait for the audit in March", "instead of waiting until 2027".
_NOT_WAITING_BEFORE = re.compile(
    r"\b(?:without\s+(?:first\s+)?waiting|rather\s+than\s+wait(?:ing)?|instead\s+of\s+waiting|(?:not|never)\s+wait)"
    r"\b[^.;:\d]{0,40}$"
)
#: "from June to August 2026", "từ tháng 6 đến tháng 8/2026": a period, due at its end.
#: Vietnamese "từ ngày ..." (from): only right before the date, "chủ đầu tư" folds to the same letters.
_FROM_VI = re.compile(r"\btu\s+(?:ngay\s+|thang\s+|nam\s+|quy\s+)?$")
#: A start named by the event it comes with, a few words before the date: "från och med tidtabellsskiftet i
#: december 2027", "fr.o.m. höstterminen 2027", "à partir de la rentrée de septembre 2027", "starting with
#: the timetable change in December 2027": when the change takes effect, no deadline (a deadline word
#: between them, "från och med nu ... senast", makes one).
_START_WORDS = ("fran och med", "fr.o.m", "fr o m", "a partir d", "a compter d", "starting", "beginning")
_START_EVENT_BEFORE = re.compile(
    r"\b(?:fran\s+och\s+med|fr\.?\s?o\.?\s?m\.?|a\s+partir\s+d[eu']|a\s+compter\s+d[eu']|starting\s+(?:with|from|at)|"
    r"beginning\s+(?:with|from|at))\s*"
    r"(?:(?!(?:senast|fore|innan|inom|till|avant|by|before|until|within)\b)[^\s.;:\d]+\s+){0,5}$"
)
#: A share of a group and the time each case takes, a target ("minst 80 procent av patienterna ska opereras
#: inom 90 dagar", "90 percent of calls answered within 30 days", "95 % des dossiers traités sous 15 jours"):
#: the time is the standard measured, not the order's deadline.
_SHARE_WORDS = ("procent", "%", "percent", "per cent", "pour cent", "phan tram")
_SHARE_TARGET_BEFORE = re.compile(
    r"\d\s*(?:procent|%|percent|per\s+cent|pour\s+cent|phan\s+tram)\s+(?:av|of|des?|du|cua)\s[^.;:!?\n]*$"
)
_RANGE_QUALIFIER = re.compile(
    # not "från och med den 1 juni" (from 1 June on: a start)
    r"\b(?:from|tu|du|fran)\s+(?!och\s+med\b)[^\s,.;]+(?:\s+[^\s,.;]+)?\s+(?:to|until|till|den|au|a|jusqu'(?:au|a|en))\s*$"
    # "under tiden 1 oktober–5 november 2024", "during 1 June–15 July": a period's first day and a dash, its end next
    r"|\b(?:under\s+(?:tiden|perioden)|during(?:\s+the\s+period)?|pendant\s+la\s+periode(?:\s+du)?)\s+\d{1,2}\s+[a-z]+\s*[-–—]\s*$"
    # "under perioden september–november 2026", "during September–November 2026": a span of months, due at its end
    rf"|\b(?:under(?:\s+(?:tiden|perioden))?|during(?:\s+the\s+period)?|pendant(?:\s+la\s+periode)?)\s+{MONTH}"
    r"\s*[-–—]\s*$"
)
#: The first month of such a span (folded): "september" of "september–november 2026", its end after the dash.
_MONTH_SPAN_AFTER = re.compile(rf"\s*[-–—]\s*{MONTH}")
#: "in the 2026 budget", "la 2025": a year after an article describes something, it is no deadline.
_ARTICLE_BEFORE = re.compile(r"\b(?:the|le|la|l'|den|det|cac)\s*$")
#: "tasks in 2026", "the plan for 2027", "targets of 2026", "the Program in 2026": the year of a programme of work,
#: no deadline.
_WORK_OF_YEAR_BEFORE = re.compile(
    r"\b(?:tasks\s+(?:in|for|of)|(?:plans?|programmes?|programs?|budgets?|targets|work\s+plan)\s+(?:for|of|in))\s*$"
)
#: "the sections completed in 2025", "the works handed over in October 2025": a period after a participle that
#: qualifies a thing tells when that thing was done, no deadline (not "to be completed in 2025", "shall be finished
#: in October", "complete it in 2026": when the work is due).
_DONE_THING_BEFORE = re.compile(
    r"\b(?!(?:be|been|being|is|are|was|were|to|will|shall|must|should|can|and|or|not)\b)(?![a-z]*ly\b)[a-z]{3,}\s+"
    r"(?:(?:already|recently|previously|fully)\s+)?(?:completed|finished|built|constructed|opened|commissioned|"
    r"handed\s+over|implemented|disbursed|allocated|approved|started|launched|carried\s+out|put\s+into\s+"
    r"(?:operation|use|service))\s+(?:in|during)\s+(?:the\s+)?$"
)
#: ... in Swedish (folded): "redovisa antalet genomförda inspektioner under 2027", "fattade beslut under första
#: halvåret": the period in which the things counted were done, no deadline (not "ska vara genomförda under 2027",
#: the participle with no thing after it: when the work is due).
_SV_DONE_THING_BEFORE = re.compile(
    r"\b(?:genomforda|utforda|fattade|beviljade|avslutade|handlagda|inkomna|mottagna|registrerade|anmalda|"
    r"rapporterade|avgjorda|meddelade|utfardade|behandlade|inledda)\s+(?!under\s)[a-z]{3,}(?:\s+(?!under\s|i\s)[a-z]{2,}){0,2}?"
    r"\s+(?:(?:under|i)\s+)?$"
)
#: ... in French (folded): "un plan de redressement pour le quatrième trimestre", "le programme d'apurement pour
#: 2026": the period the plan covers, no deadline.
_FR_PLAN_FOR_PERIOD_BEFORE = re.compile(
    r"\b(?:plans?|programmes?|budgets?|calendriers?|objectifs?)(?:\s+(?:de|d'|du|des)\s*[a-z]+){0,2}"
    r"\s+pour\s+(?:le\s+|la\s+|l'|les\s+|l'annee\s+|l'exercice\s+)?$"
)
_FR_AT_THE_LATEST_AFTER = re.compile(r"\s*,?\s*(?:au\s+plus\s+tard|(?:en|au)\s+dernier\s+delai|dernier\s+delai)\b")
_RANGE_AFTER = re.compile(rf"\s*(?:-|to|den|till|a|au)\s*{YEAR}")
_RANGE_BEFORE = re.compile(rf"{YEAR}\s*(?:-|to|den|till|a|au)\s*$")
#: ("fortnight": "dans la deuxième quinzaine de mars" is a time of its own, with any preposition)
_NO_QUALIFIER_NEEDED = frozenset(
    {
        "relative",
        "season_next",
        "season_before",
        "season_in",
        "day_month_by",
        "day_of_month_by",
        "solar_hijri_next",
        "tet",
        "fortnight",
        "within_month",
        "this_week",
        "this_quarter",
        "week_day",
        "week_number",
        "next_weekday",
        "today",
        "clock",
    }
)
#: The last day of each season, month and day (astronomical, as the dated seasons above): spring ends on the
#: eve of the June solstice; winter on the eve of the March equinox of the next year.
_SEASON_END = {"spring": (6, 20), "summer": (9, 22), "autumn": (12, 21), "winter": (3, 19)}
_SEASON_BEFORE = {"spring": "winter", "summer": "spring", "autumn": "summer", "winter": "autumn"}
_SEASON_NAMES = {
    "printemps": "spring", "varen": "spring", "ete": "summer", "sommaren": "summer", "automne": "autumn",
    "hosten": "autumn", "hiver": "winter", "vintern": "winter", "fall": "autumn",
}  # fmt: skip
#: A time of day right before a date: "17 giờ (ngày)", "5 p.m. on", "17 heures le", "kl. 12.00 den".
_TIME_BEFORE = re.compile(
    r"(?:\b(?:kl\.?\s*)?\d{1,2}(?:\s*(?:gio|h)(?:\s*\d{2}(?:\s*phut)?)?|[:.]\d{2}|\s*heures?(?:\s+\d{2})?)"
    r"(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?"
    # "by close of business Friday, May 22", "by end of day on 3 June", "by COB 12 June": the day's end, then its date
    r"|\b(?:the\s+)?(?:close\s+of\s+business|end\s+of\s+(?:the\s+)?(?:business\s+|working\s+)?day|cob|eod|noon|"
    r"midday|midnight))\s*,?\s*(?:(?:on|le|den)\s+)?$"
)
#: A day of the week right before a date: "by Friday, 20 June", "au plus tard le vendredi 20 juin",
#: "trước thứ Sáu, ngày 20/6", "senast fredagen den 20 juni" (the word after it is kept).
_WEEKDAY_BEFORE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    rf"{_FR_DAY}|"
    r"(?:man|tis|ons|tors|fre|lor|son)dag(?:en)?|thu\s+(?:hai|ba|tu|nam|sau|bay)|chu\s+nhat)"
    r"\s*,?\s*((?:ngay|le|on|the|den)\s+)?$"
)
#: A word of a due date in a qualifier (folded): "by", "before", "avant", "d'ici", "au plus tard", "jusqu'à", "pour".
_DUE_WORD = re.compile(
    r"\b(?:by|before|until|till|no\s+later\s+than|not\s+later\s+than|avant|d'ici|au\s+plus\s+tard|jusqu'|pour)"
)
#: What puts a work at the middle of a month (folded): "à la mi-mars", "pour la mi-avril", "vers la mi-mai".
_AT_MID_MONTH_BEFORE = re.compile(r"\b(?:a|pour|vers)\s+la\s*$")
#: The dash that opens a row's last segment ("unit — action — due", folded to a hyphen), and what may close that
#: segment after its date: a time of day, then the row's end.
_DASH_CELL_BEFORE = re.compile(r"\s-\s*$")
_DUE_SEGMENT_END = re.compile(r"\s*(?:,?\s*(?:a\s+)?(?:[01]?\d|2[0-3])\s*h(?:\s*[0-5]\d)?)?\s*(?:[.;]|\n|$)")
#: A meeting named by its date: "for the March 25, 2025 meeting", "to the 3 June meeting of Council", "at the March
#: 2027 budget workshop", "at the June 16 budget hearing", "at the April 14 Committee of the Whole".
_MEETING_AFTER = re.compile(
    r"\s*,?\s+(?:[a-z]+\s+){0,2}(?:meeting|session|workshop|hearing|sammantrade|seance|reunion)\b"
    r"|\s*,?\s+committee\s+of\s+the\s+whole\b"
)
_MEETING_DATE_BEFORE = re.compile(r"\b(?:for|to|at|till|vid|pour|a)\s+(?:the|la|le|l'|det)\s*$")
#: After a month with no year, the word that puts it in the past: "en juin dernier", "le 5 mars passé", "in June
#: last year", "i juni förra året".
_PAST_AFTER = re.compile(r"\s+(?:derniere?|passee?|ecoulee?|(?:of\s+)?last\s+year|forra\s+aret|i\s+fjol)\b")
#: A past form right before the date tells of an event, not a deadline (Swedish "-ade", French "a été");
#: not a compound of "område" ("tillrinningsområde", "verksamhetsområde") nor of "sammanträde"; nor the passive
#: of an order, whose task follows ("a été priée de publier dans les quinze jours", "ont été chargés de").
_PAST_BEFORE = re.compile(
    r"\b(?:(?!\w*(?:sammantrade|omrade)\b|forstade\b)\w{3,}ade|\w{3,}ades|"
    r"(?:a|ont) ete"
    r"(?!\s+(?:priee?s?|chargee?s?|invitee?s?|sommee?s?|instruite?s?|mandatee?s?|enjointe?s?)\s+(?:de|d'|a)\b)"
    # (not an English order in the passive, its task after it: "was directed to submit by 30 April proposals")
    r"|da|(?:was|were)(?!\s+(?:also\s+)?(?:directed|instructed|tasked|asked|requested|ordered|mandated|told)\s+to\b))"
    r"\s+(?:[^\s.;:]+\s+){0,3}\S*\s*$"
)
#: A relative clause in the past set off by commas right before the date (folded): "reopen the road, which was damaged
#: by a landslide, within 15 days": an aside on the thing, closed before the order's own date.
_EN_PAST_ASIDE_BEFORE = re.compile(r"\b(?:which|who)\s+(?:was|were|had\s+been)\s+[^,.;:]{1,80},\s*$")
#: An English participle of a past act right before its date: "the projects approved in 2025", "the plan adopted
#: on 3 May", "the decree issued in March": what was done, no deadline ("must be approved in June" is one).
_DONE_ON_BEFORE = re.compile(
    # (not "at the hearing being held on 12 June": the sitting to come)
    r"(?<!\bbe )(?<!\bbeing )\b(?:approved|adopted|issued|signed|enacted|launched|started|commenced|established|built|"
    r"commissioned|inaugurated|ratified|promulgated|opened|introduced|announced|"
    # "the dredging, assigned at the meeting of January 9, 2026, ...": when the task was given, no due date
    r"assigned|decided|agreed|discussed|held)\s+(?:in|on|during|at)\s+(?:the\s+)?"
    r"(?:(?:[a-z]+\s+){0,2}(?:meeting|session|conference|sitting)\s+(?:of|on|held\s+on)\s+(?:the\s+)?)?$"
)
#: The same in French (folded): "des lois votées en 2025", "les enseignants recensés en 2025", "le décret publié le 3
#: mai"; not the passive of what is to be done ("doit être adopté en juin", "sera publié le 3 mai").
_FR_DONE_ON_BEFORE = re.compile(
    r"(?<!\betre )(?<!\bsera )(?<!\bseront )(?<!\bsoit )(?<!\bsoient )"
    r"\b(?:(?:approuv|adopt|vot|sign|promulgu|publi|lanc|recens|enregistr|realis|inaugur|ratifi|annonc|entam|demarr|"
    r"institu|install|engag|activ|declench|decid|arret)e{1,2}s?|(?:introdui|construi)te?s?|(?:reten|conven)ue?s?|"
    # "le dispositif renforcé mis en place le 1er juillet", "la cellule ouverte le 3 mai": set up before
    r"mise?s?\s+en\s+(?:place|service|oeuvre|œuvre|vigueur)|ouverte?s?|prise?s?)"
    r"\s+(?:en|le|au\s+cours\s+de|courant|durant|depuis\s+le)\s+(?:l'annee\s+)?$"
)
#: ... or at a sitting named by its date (folded): "les mesures arrêtées lors du Conseil interministériel du 22 mai",
#: a sitting held before the meeting (not "la liste des projets retenus lors de la Commission du 6 juillet", one to
#: come).
_FR_DONE_AT_SITTING_BEFORE = re.compile(
    r"\b(?:(?:approuv|adopt|decid|arret)e{1,2}s?|(?:reten|conven)ue?s?|prise?s?)\s+"
    r"lors\s+(?:du|de\s+la|de\s+l')\s*(?:[^\s.;:\d]+\s+){0,4}?du\s+$"
)
#: ... or at a sitting named by its month (folded): "les tarifs adoptés lors de la séance d'octobre 2025", "fixés à la
#: séance de décembre": the act's sitting, no deadline, whatever month it names.
_FR_DONE_AT_SITTING_OF_MONTH_BEFORE = re.compile(
    r"\b(?:(?:approuv|adopt|decid|arret|vot|fix)e{1,2}s?|(?:reten|conven)ue?s?|prise?s?)\s+"
    r"(?:lors\s+(?:du|de\s+la|de\s+l')|a\s+la|a\s+l'|au)\s*(?:[a-z]+\s+){0,2}?"
    r"(?:seance|reunion|session|conseil|comite|commission|assemblee)(?:\s+[a-z]+){0,2}?\s+(?:de|d')\s*$"
)
#: A start in French right before its date (folded): "dont les épreuves débuteront le 1er juillet", "les travaux
#: commencent le 3 mai", "la campagne démarrera en novembre", "s'ouvrira le 2 juin": when something begins, no
#: deadline ("commencer avant le 1er juillet" is one).
_FR_STARTS_ON_BEFORE = re.compile(
    # (not the noun after "avant": "avant le démarrage en septembre 2026 des travaux", "avant le début en mai", a
    # deadline)
    r"(?<!avant le )(?<!avant l')(?<!avant son )(?<!avant leur )(?<!d'ici le )"
    r"\b(?:debut|commenc|demarr|s'ouvr)[a-z]*\s+(?:(?:dans\s+la\s+journee\s+)?(?:le|en|des|au\s+cours\s+d[eu']|courant)|"
    r"a\s+(?:partir|compter)\s+d[eu'])\s+(?:l'annee\s+)?$"
)
#: A sentence opening on the aim it serves, up to its comma: "To achieve the growth target of 10% or more in
#: 2026, ...", "In order to reach full coverage in 2027, ...".
_AIM_OPENING = re.compile(
    r"\s*(?:in\s+order\s+)?to\s+(?:achieve|reach|meet|attain|fulfil+|hit|exceed|secure)\b[^,;.]*$"
)
#: A sentence opening on the event that prompted it, up to its comma: "Following the flooding recorded in parts of
#: the city in June, ...", "After the storm of 12 March, ...", "In the wake of the audit of 2025, ...".
_EVENT_OPENING = re.compile(
    r"[\s\"']*(?:following|after|in\s+the\s+wake\s+of|in\s+view\s+of|in\s+(?:the\s+)?light\s+of|owing\s+to|"
    r"because\s+of|on\s+account\s+of)\s[^,;.:!?]*$"
)
#: A sentence that opens on the month an order was given in, then tells it in the past passive (folded): "In October,
#: staff was asked to ...", "Back in March 2026, the Department was directed to ...": when it was asked, no due date.
_EN_MONTH_OPENING = re.compile(r"[\s\"']*(?:back\s+)?(?:in|during)\s+(?:(?:early|late|mid)[- ]?\s*)?$")
_EN_TOLD_ORDER_AFTER = re.compile(
    r"(?:\s+(?:19|20)\d\d)?\s*,[^.;:!?]{0,80}?\b(?:was|were|had\s+been)\s+"
    r"(?:asked|directed|requested|instructed|tasked|assigned|charged)\b"
)
#: A cause told in the clause of the order: "to be on alert in view of the forecast of an above-normal monsoon in
#: 2024", "owing to the floods of June".
_CAUSE_BEFORE = re.compile(
    r"\b(?:in\s+view\s+of|in\s+the\s+wake\s+of|in\s+(?:the\s+)?light\s+of|owing\s+to|because\s+of|on\s+account\s+of)"
    r"\s[^,;.:!?]*$"
)

_RECURRENCE = [
    (
        "monthly",
        re.compile(
            r"\b(?:monthly|every month|each month|per month|hang thang|moi thang|chaque mois|tous les mois|"
            r"mensuel(?:le)?(?:ment)?|manadsvis|varje manad|manatlig(?:en|a|t)?|per manad)\b"
        ),
    ),
    (
        "quarterly",
        re.compile(
            r"\b(?:quarterly|every quarter|each quarter|per quarter|hang quy|moi quy|chaque trimestre|"
            r"tous les trimestres|trimestriel(?:le)?(?:ment)?|kvartalsvis|varje kvartal|per kvartal)\b"
        ),
    ),
    (
        "yearly",
        re.compile(
            r"\b(?:annual(?:ly)?|every year|each year|yearly|per year|once a year|hang nam|moi nam|chaque annee|"
            r"tous les ans|annuel(?:le)?(?:ment)?|par an|arligen|varje ar|arlig(?:a|t)?|en gang per ar|per ar)\b"
        ),
    ),
]


@dataclass
class Deadline:
    start: int
    end: int
    date: datetime.date | None


#: A delay (folded): "sous 48 heures", "dans les huit jours", "dans un délai de".
_FR_DELAY = re.compile(r"(?:sous|dans|endeans)\s")
#: An event that comes back (folded), with the days between two of them: "chaque lundi", "toutes les semaines",
#: "quotidiennement".
_FR_RECURRING = re.compile(
    r"\b(?:chaque|tous\s+les|toutes\s+les)\s+(?:(?P<week>lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|"
    r"dimanches?|semaines?)|(?P<month>mois)|jours?|matins?|soirs?)\b|\b(?P<weekly>hebdomadaire)|\bquotidien"
)
#: A clause that follows another in the sentence (folded): "; la DDTM les publiera", " et présentera", " et les
#: publiera" (not "aux maires et aux membres": two objects).
_FR_NEXT_CLAUSE = re.compile(
    r";|,?\s+(?:et|puis|qui)\s+(?=(?:(?:les|la|le|l'|en|leur|lui)\s*)?(?:en\s+)?[a-z]{2,}(?:ra|ront)\b)"
)
#: A clause that points back, by a pronoun, to what the clause before it handles (folded): "la DDTM les publiera",
#: "en assurera la diffusion", "l'adressera".
_FR_POINTS_BACK = re.compile(
    r"\b(?:les|la|le|l'|en|leur|lui)\s*(?:en\s+)?[a-z]{2,}(?:ra|ront)\b|\bles\s+(?:en\s+)?[a-z]{2,}(?:e|ent)\b"
)


def delay_after_recurring(folded: str, position: int, days: int) -> bool:
    """Whether a French delay of ``days`` at ``position`` runs from an event that comes back more seldom, named
    earlier in its sentence: "La DREAL transmettra chaque lundi les débits ; la DDT en assurera la diffusion sous 48
    heures" (from each Monday, no date; not "vérifiera chaque jour ... et remettra un bilan sous quinze jours")."""
    if not _FR_DELAY.match(folded, position):
        return False
    sentence = max(folded.rfind(". ", 0, position), folded.rfind("\n", 0, position)) + 1
    for hit in _FR_RECURRING.finditer(folded, sentence, position):
        period = 7 if hit.group("week") or hit.group("weekly") else 30 if hit.group("month") else 1
        if days > period:
            continue
        # "publiera chaque mois les relevés et présentera sous quinze jours le plan": a clause of its own after the
        # event, a one-off product of its own, its delay from the meeting (not "; la DDTM les publiera sous 24
        # heures", which points back to what comes back)
        clause = hit.end()
        for joint in _FR_NEXT_CLAUSE.finditer(folded, hit.end(), position):
            clause = joint.end()
        if clause == hit.end() or _FR_POINTS_BACK.search(folded, clause, position):
            return True
    return False


def find_recurrence(folded: str) -> str:
    """Return "monthly", "quarterly", "yearly" or "none" for a folded passage."""
    best, best_at = "none", len(folded) + 1
    for name, pattern in _RECURRENCE:
        match = pattern.search(folded)
        if match and match.start() < best_at:
            best, best_at = name, match.start()
    return best


def _number(text: str) -> int | None:
    text = " ".join(text.split())
    if text in ("a", "an"):  # "within a week"
        return 1
    return int(text) if text.isdigit() else NUMBER_WORDS.get(text)


def _year(groups: dict, meeting_date: datetime.date | None, text_year: int | None = None) -> int | None:
    year = groups.get("y")
    if year:
        return int(year)
    return meeting_date.year if meeting_date else text_year


def _next_day_of_month(after: datetime.date, day: int) -> datetime.date | None:
    """The first ``day`` of a month on or after ``after`` (a monthly deadline's first occurrence)."""
    for months in range(0, 13):
        first = add_months(after.replace(day=1), months)
        candidate = make_date(first.year, first.month, day) if first else None
        if candidate and candidate >= after:
            return candidate
    return None


#: The words of a period due at the end of June ("first half", "mid-2026", "vid halvårsskiftet").
_FIRST_HALF = frozenset(
    ("first", "1st", "dau", "premier", "1er", "forsta", "mid", "mi", "mitten", "halvarsskiftet", "1")
)


def _resolve(kind: str, groups: dict, meeting_date, language: str, text_year=None) -> datetime.date | None:
    """``text_year``: the year a text with no meeting date names, for a day or month written with none."""
    if kind == "date":
        return parse_date(groups["date"])
    if kind == "loose_date":
        fragment = groups["date"]
        words = fragment.split()
        if len(words) == 3 and words[1].rstrip(".") in MONTHS:
            return parse_date(fragment)
        return parse_with_dateparser(fragment, language)
    if kind in ("solar_hijri", "solar_hijri_next"):  # "by the end of Jaddi 1398": the month's last day
        day = int(groups["d"]) if groups.get("d") else None
        month = SOLAR_HIJRI_MONTHS[groups["sh"]] if groups.get("sh") else int(groups["shm"])
        if groups.get("shy"):
            return solar_hijri_date(int(groups["shy"]), month, day)
        if meeting_date is None:
            return None
        year = solar_hijri_year(meeting_date)
        resolved = solar_hijri_date(year, month, day)
        if resolved is not None and resolved < meeting_date:
            resolved = solar_hijri_date(year + 1, month, day)
        return resolved
    if kind == "tet":  # "trước Tết Nguyên đán Đinh Mùi 2027": the first day of that lunar year
        if groups.get("y"):
            return tet_date(int(groups["y"]))
        can, chi = groups.get("can") or groups.get("can2"), groups.get("chi") or groups.get("chi2")
        if meeting_date is None:
            return None
        if can and chi:  # "trước Tết Bính Ngọ": the year of that name nearest the meeting
            year = lunar_year_named(can, "ty" if chi == "ti" else chi, meeting_date.year)
            return tet_date(year) if year is not None else None
        # "trước Tết Nguyên đán": the next one after the meeting
        this_year = tet_date(meeting_date.year)
        if this_year is not None and this_year >= meeting_date:
            return this_year
        return tet_date(meeting_date.year + 1)
    if kind == "fiscal":  # the year's last day, June 30; its quarters from July
        first = int(groups.get("fy") or groups.get("fyb") or groups["fyc"])
        last = groups.get("fy2") or groups.get("fyb2") or groups["fyc2"]
        if int(last[-2:]) != (first + 1) % 100:
            return None  # "2024-2026": a span of years, no fiscal year
        quarter = _QUARTERS.get(groups.get("q") or groups.get("qn") or "", 0)
        if not quarter:
            return make_date(first + 1, 6, 30)
        month = 6 + 3 * quarter  # the first quarter ends in September, the fourth in June
        return month_end(first, month) if month <= 12 else month_end(first + 1, month - 12)
    if kind in ("this_month", "within_month"):  # "by the end of this month", "avant la fin du mois": that month
        if meeting_date is None:
            return None
        month = add_months(meeting_date.replace(day=1), 1) if groups.get("next") else meeting_date
        return month_end(month.year, month.month)
    if kind in ("monthly_day", "day_of_month_by"):
        return _next_day_of_month(meeting_date, int(groups["d"])) if meeting_date else None
    if kind == "day_of_month_near":  # "ngày 25 tháng này" (this month), "ngày 5 tháng sau" (the next)
        if meeting_date is None:
            return None
        month = add_months(meeting_date.replace(day=1), 0 if groups["rel"] in ("nay", "this", "current") else 1)
        return make_date(month.year, month.month, int(groups["d"]))
    if kind == "this_year":  # (the next year's end where "tới", "sau", "next" says so)
        return make_date(meeting_date.year + (1 if groups.get("next") else 0), 12, 31) if meeting_date else None
    if kind == "today":
        return meeting_date
    if kind == "clock":  # "à 19h": that day; "demain avant 8h": the next
        tomorrow = groups.get("tomorrow") or groups.get("next_day")
        return add_days(meeting_date, 1) if meeting_date and tomorrow else meeting_date
    if kind == "next_weekday":
        if meeting_date is None:
            return None
        # ("i morgon", "imorgon", across a line)
        if groups["wd"] in ("demain", "tomorrow") or groups["wd"].endswith("morgon"):
            return add_days(meeting_date, 1)
        ahead = (_WEEKDAY_INDEX[groups["wd"]] - meeting_date.weekday() - 1) % 7 + 1
        return add_days(meeting_date, ahead)
    if kind == "week_number":  # "senast vecka 40": the Sunday of that ISO week, the next such week on or after
        week = int(groups["w"]) - (1 if groups.get("pre") else 0)
        if week < 1 or (meeting_date is None and not groups.get("y")):
            return None
        year = int(groups["y"]) if groups.get("y") else meeting_date.year
        try:
            resolved = datetime.date.fromisocalendar(year, week, 7)
            if meeting_date is not None and not groups.get("y") and resolved < meeting_date:
                resolved = datetime.date.fromisocalendar(year + 1, week, 7)
        except ValueError:
            return None  # (no week 53 that year)
        return resolved
    if kind == "week_day":  # Monday of the meeting's week, then the day named (a week on for "tuần sau")
        if meeting_date is None:
            return None
        wd = groups.get("wd")
        index = 6 if wd is None else int(wd) - 2 if wd.isdigit() else _VI_WEEKDAYS.index(wd)
        ahead = index - meeting_date.weekday() + (0 if groups["week"] == "nay" else 7)
        return add_days(meeting_date, ahead)
    if kind == "this_quarter":  # "d'ici la fin du trimestre": the last month of the meeting's quarter (half)
        if meeting_date is None:
            return None
        size = 3 if groups["part"] == "trimestre" else 6
        return month_end(meeting_date.year, (meeting_date.month - 1) // size * size + size)
    if kind in ("this_week", "next_week"):
        ahead = 6 - meeting_date.weekday() + (7 if kind == "next_week" else 0) if meeting_date else 0
        return add_days(meeting_date, ahead) if meeting_date else None
    if kind in (
        "season_next",
        "season_end",
        "season_in",
    ):  # "d'ici à l'été": the end of spring; "fin de l'été": of summer
        if meeting_date is None:
            return None
        season = next(groups[k] for k in ("s", "s2", "s3", "s4") if groups.get(k))
        season = _SEASON_NAMES.get(season, season)
        month, day = _SEASON_END[_SEASON_BEFORE[season] if groups.get("by") else season]
        resolved = make_date(meeting_date.year, month, day)
        if resolved is not None and resolved < meeting_date:
            resolved = make_date(meeting_date.year + 1, month, day)
        return resolved
    if kind == "relative":
        if meeting_date is None:
            return None
        count, unit = _number(groups["n"]), groups["u"]
        if groups["n"] in ("quinzaine", "huitaine", "fortnight"):
            count, unit = {"quinzaine": 15, "huitaine": 8, "fortnight": 14}[groups["n"]], "jours"
        if count is None:
            return None
        if unit.startswith(("month", "thang", "mois", "man")):  # "manader", "man." ("mån.")
            return add_months(meeting_date, count)
        if unit == "ar":  # "inom ett år från beslutet"
            return add_months(meeting_date, 12 * count)
        if unit.startswith(("week", "tuan", "semaine", "veck")):
            return add_days(meeting_date, 7 * count)
        if unit in ("heures", "hours"):  # "dans les quarante-huit heures": the day the last hour falls in
            return add_days(meeting_date, max(1, -(-count // 24)))
        working = any(word in unit for word in ("working", "business", "lam viec", "ouvrable", "ouvres", "arbets"))
        return add_days(meeting_date, count, working=working, language=language)
    year = _year(groups, meeting_date, text_year)
    if year is None:
        return None
    if kind == "week_of_month":
        month = MONTHS[groups["mon"]]
        week = groups["wk"]
        day = month_end(year, month) if week == "last" else make_date(year, month, 7 * _QUARTERS[week])
        if day and meeting_date and not groups.get("y") and day < meeting_date:
            return _resolve(kind, {**groups, "y": str(year + 1)}, meeting_date, language)
        return day
    if kind == "year":
        return make_date(year, 12, 31)
    if kind == "fortnight":
        month = MONTHS[groups["mon"]]
        first = groups["h"] in ("premiere", "1re", "1ere", "first", "1st")
        day = make_date(year, month, 15) if first else month_end(year, month)
        if day and meeting_date and not groups.get("y") and day < meeting_date:
            day = make_date(year + 1, month, 15) if first else month_end(year + 1, month)
        return day
    if kind == "month":
        month = MONTHS[groups["mon"]] if groups.get("mon") else int(groups["m"])
        day = month_end(year, month)
        if day and meeting_date and not groups.get("y") and day < meeting_date:
            day = month_end(year + 1, month)
        return day
    if kind == "season_before":  # "före sommaren 2027": the end of the season before, that year
        month, day = _SEASON_END[_SEASON_BEFORE[_SEASON_NAMES.get(groups["s"], groups["s"])]]
        return make_date(year, month, day)
    if kind == "season":  # the end of the season (astronomical)
        season = groups["s"]
        if season in ("spring", "printemps", "varen"):
            return make_date(year, 6, 20)
        if season in ("summer", "ete", "sommaren"):
            return make_date(year, 9, 22)
        return make_date(year, 12, 21)
    if kind == "quarter":
        if groups.get("t", "t") != "t" or (groups.get("t") and language == "sv"):  # a tertial: "T2 2026"
            tertial = _QUARTERS.get(groups["q"], 0)
            return month_end(year, 4 * tertial) if 1 <= tertial <= 3 else None
        end = quarter_end(year, _QUARTERS.get(groups["q"], 0))
        # "avant la fin du premier trimestre" in a December circular for the coming year: a quarter with no
        # year is the next one to end, as a month with none is (not in Vietnamese minutes, where "quý I" with no
        # year past is the period worked on, dropped below)
        if end and meeting_date and not groups.get("y") and end < meeting_date and language != "vi":
            end = quarter_end(year + 1, _QUARTERS.get(groups["q"], 0))
        return end
    if kind == "half":
        first = groups.get("h", "").split()[0] in _FIRST_HALF
        return make_date(year, 6, 30) if first else make_date(year, 12, 31)
    if kind == "mid_month":  # "d'ici la mi-mars": the 15th
        groups = {**groups, "d": "15"}
    if kind in ("day_month", "day_month_by", "mid_month"):
        month = MONTHS[groups["mon"]] if groups.get("mon") else int(groups["m"])
        day = make_date(year, month, int(groups["d"]))
        if day and meeting_date and not groups.get("y") and day < meeting_date:
            day = make_date(year + 1, month, int(groups["d"]))
        return day
    return None


def _overlaps(start: int, end: int, spans) -> bool:
    return any(s < end and start < e for s, e in spans)


def find_deadline(
    folded: str,
    excluded: list[tuple[int, int]],
    meeting_date: datetime.date | None,
    language: str,
    document_date: datetime.date | None = None,
    text_year: int | None = None,
    work: str | None = None,
) -> Deadline | None:
    """Return the first deadline of a folded passage (the final one where an interim and a final report
    are due); offsets are relative to the passage (``work``, when given, is the passage before folding, of
    the same length: its case tells a name from a word that folds the same). A delay counted from the
    document's signature ("trong vòng 15 ngày kể từ ngày ký Thông báo này") counts from ``document_date``
    when it is known. With no meeting date, a day or month written with no year takes ``text_year`` (the
    one year the text names)."""
    # (a digit, found fast, answers before the long alternation of ``_ANY_NUMBER`` is tried at every word)
    if not _DIGIT.search(folded) and "month" not in folded and not _ANY_NUMBER.search(folded):
        return None  # no date without a number, but "within the month", "by the end of this month"
    first = _first_deadline(folded, excluded, meeting_date, language, document_date, text_year, work)
    final = _FINAL.search(folded, first.end) if first is not None else None
    if final is not None:
        later = _dated_after(folded, final.start(), excluded, meeting_date, language)
        if later is not None:
            return later
        # "... senast den 16 mars 2026 lämna en delredovisning och senast den 22 februari 2027 en slutredovisning":
        # the final report's date right before its noun, the verb said once for both
        gap = folded[first.end : final.start()]
        before = _first_deadline(
            gap, [(s - first.end, e - first.end) for s, e in excluded], meeting_date, language, document_date, text_year
        )
        if before is not None and before.date is not None and len(gap) - before.end <= _FINAL_NOUN_GAP:
            return Deadline(before.start + first.end, before.end + first.end, before.date)
    if (
        first is not None
        and final is None
        and first.date is not None
        and language == "fr"
        and _SAME_DAY.search(folded, first.start, first.end)
    ):
        # "enverra un premier point ce soir, et la synthèse complète avant le 10 juillet": the day's first step, then
        # the final deadline, which the order keeps
        later = _dated_after(folded, first.end, excluded, meeting_date, language, document_date, text_year)
        # (a deadline of its own, "avant le", "au plus tard le", "et son rapport définitif le 15 juillet"; not the end
        # or start of what the order tells of: "la carte des massifs fermés au public jusqu'au 31 juillet", "à compter
        # du 1er août", "les usages interdits le 31 août")
        if (
            later is not None
            and later.date > first.date
            and not _NOT_FINAL_BY.match(folded, later.start)
            # (the order's own final step: "avant le", "au plus tard le", "d'ici le", "et son rapport ... le"; not the
            # date of what the order is about, "l'épisode de crue prévu le 14 mars", "les routes qui seront coupées le")
            and (_FINAL_BY.match(folded, later.start) or _FINAL_STEP_BEFORE.search(folded, first.end, later.start))
            and not _STATE_BEFORE.search(folded, max(first.end, later.start - 30), later.start)
        ):
            return later
    if final is None and first is not None and language == "fr" and folded.startswith("jusqu", first.start):
        # "de maintenir activés leurs plans jusqu'au lundi 9 février et de recenser les habitations avant vendredi
        # soir": the end of a state kept, then a step due by its own date, which the order keeps
        later = _dated_after(folded, first.end, excluded, meeting_date, language, document_date, text_year)
        if (
            later is not None
            and _FINAL_BY.match(folded, later.start)
            and not folded.startswith(("pour", "dans"), later.start)
            # a step of its own after the state ("... et de dresser la liste ... avant vendredi"), not the time of
            # what the same task is about ("recenser jusqu'au 15 mars les dommages subis avant le 28 février")
            and any(word in folded[first.end : later.start] for word in (" et ", ";", " puis "))
        ):
            return later
    if (
        final is None
        and first is not None
        and first.date is not None
        and language == "en"
        and folded.startswith("within", first.start)
        and " and " in folded[first.end : first.end + 200]
    ):
        # "to submit a contingency plan within two weeks and to complete the desilting within three months": a first
        # step's delay, then the longer one of the work that closes the order, its final deadline
        later = _dated_after(folded, first.end, excluded, meeting_date, language, document_date, text_year)
        if (
            later is not None
            and later.date > first.date
            and folded.startswith("within", later.start)
            and " and " in folded[first.end : later.start]
            and not any(stop in folded[first.end : later.start] for stop in (". ", ";", "\n\n"))
        ):
            return later
    if (
        final is None
        and first is not None
        and first.date is not None
        and language == "en"
        and _EN_IN_YEAR.fullmatch(folded, first.start, first.end)
    ):
        # "... to promulgate the Plan on improving the PAR Index in 2026; submit it before 30 May 2026": the year the
        # work is about, then the order's own day within that year, which it keeps
        later = _dated_after(folded, first.end, excluded, meeting_date, language, document_date, text_year)
        if (
            later is not None
            and later.date.year == first.date.year
            and _EN_DUE_BY.match(folded, later.start)
            and not _EN_IN_YEAR.fullmatch(folded, later.start, later.end)
        ):
            return later
    near = folded[max(0, first.start - 40) : first.start] if first is not None else ""
    if (
        final is None
        and first is not None
        and first.date is not None
        and language == "vi"
        and ("to chuc" in near or "dien ra" in near)
        and _EVENT_HELD_BEFORE.search(near)
    ):
        # "cử đại biểu tham dự Hội nghị dự kiến tổ chức trong tháng 8/2027; danh sách gửi về Bộ trước ngày 25/7":
        # when the event is held, then the order's own due date, which it keeps
        later = _dated_after(folded, first.end, excluded, meeting_date, language, document_date, text_year)
        if later is not None:
            return later
    if (
        final is None
        and first is not None
        and first.date is not None
        and language == "vi"
        and folded.startswith("tu ", first.start)
        and "truoc" in folded[first.end :]
    ):
        # "tổ chức Tháng hành động từ ngày 15/4 đến ngày 15/5/2026; tổng kết, báo cáo UBND tỉnh trước ngày 31/5/2026":
        # the period the work is held in, then the report that closes it, due by its own date
        later = _dated_after(folded, first.end, excluded, meeting_date, language, document_date, text_year)
        if (
            later is not None
            and later.date > first.date
            and _VI_DUE_BY.search(folded, max(first.end, later.start - 12), later.end)
        ):
            return later
    if (
        first is not None
        and final is None
        and first.date is not None
        and language == "vi"
        and (days := _VI_DAYS_OF_EACH_YEAR.match(folded, first.start)) is not None
        and _VI_PERIODIC_REPORT.search(folded)
    ):
        # "Định kỳ 6 tháng, hằng năm báo cáo kết quả (trước ngày 10/6 và 10/12)", "... trước ngày 15/6 và trước ngày
        # 15/12 hằng năm": the days each period's report is due, every year, no deadline (not "... hằng quý (trước
        # ngày 15/4) và năm (trước ngày 10/12/2026)": the year's report, dated)
        return Deadline(first.start, days.end(), None)
    if first is not None and final is None and _RECURRING_DAY.search(folded, first.start, first.end):
        # "trước ngày 25 hằng tháng tổng hợp, báo cáo ...; báo cáo tổng kết trước ngày 15/12/2026", "by the 5th of
        # each month, and a final report by 31 December 2026": the monthly date recurs, the dated one closes
        later = _dated_after(folded, first.end, excluded, meeting_date, language, document_date)
        if later is not None:
            return later
    if (
        first is not None
        and final is None
        and first.date is not None
        and language == "en"
        and _EN_MODAL_AFTER_SUBJECT_DATE.match(folded, first.end)
        and _EN_SUBJECT_BEFORE_DATE.search(folded, max(0, first.start - 80), first.start)
    ):
        # "Investors with a disbursement rate below 20% by June 15 must explain ... before June 20": the date of the
        # subject's state, right before its modal; the order's own date comes after the verb ("Units that will not
        # finish by December 31 must report before October 15": earlier or later)
        later = _dated_after(folded, first.end, excluded, meeting_date, language, document_date, text_year)
        if later is not None:
            return later
    return first


#: A modal right after a date (folded, English): "... by june 15 must explain", " shall", " are to".
_EN_MODAL_AFTER_SUBJECT_DATE = re.compile(r"\s+(?:must|shall|should|(?:is|are)\s+to|(?:needs?|have|has)\s+to)\s")
#: The subject's words right before its date (folded), no comma between (not "By June 15, ...", a fronted deadline;
#: nor a list marker): "projects with disbursement below 20% ", "units that have not reported ".
_EN_SUBJECT_BEFORE_DATE = re.compile(r"[a-z%)]\s+(?:[a-z%]+\s+){0,3}$")


def _dated_after(
    folded, offset, excluded, meeting_date, language, document_date=None, text_year=None
) -> Deadline | None:
    """The first deadline with a date in ``folded[offset:]``, its offsets in the whole passage (None when that
    deadline has no date): the later date an interim step, a state kept, an event or a recurring day gives way to."""
    later = _first_deadline(
        folded[offset:],
        [(s - offset, e - offset) for s, e in excluded],
        meeting_date,
        language,
        document_date,
        text_year,
    )
    if later is None or later.date is None:
        return None
    return Deadline(later.start + offset, later.end + offset, later.date)


#: The day of a sitting named by its month, in brackets after it (folded): " (du kien ngay 27/11/2025)", " (ngay 28/3)".
_SITTING_DAY_AFTER = re.compile(
    r"\s*\(\s*(?:du kien\s+)?(?:(?:to chuc|hop|dien ra)\s+)?(?:vao\s+)?(?:ngay\s+)?\d{1,2}/\d{1,2}"
)
#: Two days of the year or more, no year written, one after the other (folded): "truoc ngay 15/6 va truoc ngay 15/12",
#: "truoc ngay 10/6 va 10/12", "ngay 15/6, 15/12".
_VI_DAYS_OF_EACH_YEAR = re.compile(
    r"(?:(?:truoc|cham\s+nhat)\s+)?(?:ngay\s+)?\d{1,2}/\d{1,2}(?![/\d])"
    r"(?:\s*(?:,|va)\s*(?:(?:truoc|cham\s+nhat)\s+)?(?:ngay\s+)?\d{1,2}/\d{1,2}(?![/\d]))+"
)
#: A report that comes back each period (folded): "định kỳ 6 tháng", "hằng năm", "hằng quý", "mỗi năm".
_VI_PERIODIC_REPORT = re.compile(r"\b(?:dinh\s+ky|(?:hang|moi)\s+(?:nam|quy))\b")
#: A Vietnamese due date of an order's own (folded): "trước ngày", "chậm nhất ngày", "không quá ngày".
_VI_DUE_BY = re.compile(r"\b(?:truoc|cham\s+nhat|khong\s+qua)\s+(?:ngay|thang|\d)")
#: An event's time told, not an order's (folded, Vietnamese): "Hội nghị dự kiến tổ chức trong tháng 8", "lễ khai mạc
#: sẽ được tổ chức vào ngày 10/9", "hội thảo diễn ra ngày 5/10" (not "Sở X tổ chức hội nghị trong tháng 8", a task).
_EVENT_HELD_BEFORE = re.compile(r"(?:\b(?:du\s+kien|se|duoc)\s+(?:duoc\s+)?to\s+chuc|\bdien\s+ra)\s*(?:vao\s+)?$")
#: A French deadline on the meeting's own day, with no date (folded): "ce soir", "dans la journée", "en fin de
#: journée".
_SAME_DAY = re.compile(r"\bce\s+soir\b|\bdans\s+la\s+journee\b|\bfin\s+de\s+(?:la\s+)?journee\b")
#: A French date that is no deadline of the order (folded): the end or start of a period ("jusqu'au 31 juillet", "à
#: compter du 1er août", "à partir du", "dès le", "depuis le", "du 1er au 31 juillet", "entre le ...").
_NOT_FINAL_BY = re.compile(r"jusqu|a\s+(?:compter|partir)\b|(?:des|depuis|du|entre)\b|au\b(?!\s+plus\s+tard)")
#: A French deadline of an order's own (folded): "avant le", "au plus tard le", "d'ici le", "sous quinze jours".
_FINAL_BY = re.compile(r"(?:avant|d'ici|au\s+plus\s+tard|pour|sous|dans|endeans)\b")
#: A deadline that is a year alone (folded): "in 2026", "in 2026-27".
_EN_IN_YEAR = re.compile(r"(?:in|during)\s+(?:the\s+year\s+)?(?:19|20)\d\d(?:\s*[-–/]\s*\d\d)?")
#: An English deadline of an order's own (folded): "before 30 May 2026", "by 15 June", "no later than ...".
_EN_DUE_BY = re.compile(r"(?:before|by|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before)\b")
#: The order's final step joined to its first, its date after it (folded): "ce soir un premier point et son rapport
#: définitif le 15 juillet", "et la synthèse le 10 juillet" (no relative clause or event between).
_FINAL_STEP_BEFORE = re.compile(
    r"\bet\s+(?:son|sa|ses|leur|leurs|le|la|les|l'|un|une)\s*(?:(?!(?:qui|que|qu'|dont|ou|prevue?s?|pour)\b)"
    r"[^,;.\s]+\s+){1,6}$"
)
#: ... or the date of a state right before it (folded): "les massifs fermés le 31 juillet", "interdits le".
_STATE_BEFORE = re.compile(
    r"\b(?:fermee?s?|interdite?s?|suspendue?s?|ouverte?s?|restreinte?s?|levee?s?|prolongee?s?)\s+(?:au\s+public\s+)?$"
)
#: A year written across two, as a fiscal year is: "2025/26", "2026-27".
_SPLIT_YEAR = re.compile(r"\b(?:19|20)\d\d[/-]\d\d\b(?![/-]\d)")

#: The few words before a time of day or "ce soir" (folded) that make it no deadline: a time that comes back ("chaque
#: soir à 20h", "tous les jours, en fin de journée", "quotidiennement avant 8h"), a time of the past ("mesurées hier en
#: fin de journée", "la veille au soir").
_REPEAT_OR_PAST_BEFORE = re.compile(r"\b(?:chaque|tou(?:te)?s\s+les|quotidien\w*|hier|veille)\b")
#: The first hour of a range before the time: "ouvert de 9h à 17h", "entre 8 h 30 et 12h".
_HOUR_RANGE_BEFORE = re.compile(r"\b(?:de|entre|depuis)\s+(?:[01]?\d|2[0-3])\s*h(?:eures?)?\s*(?:[0-5]\d)?\s*$")
#: The day named right before a time of day, which sets its day: "le lendemain avant 10h", "lundi prochain à 9h",
#: "jeudi matin avant 8h".
_DAY_BEFORE_CLOCK = re.compile(
    rf"\b(?:(?P<next>(?:le\s+)?lendemain|demain)|(?P<wd>{_FR_DAY})(?:\s+prochain)?)(?:\s+(?:matin|soir|midi))?\s*,?\s*$"
)


#: Before a sitting named by its month (folded, one clause): a sitting held ("đã thống nhất tại", "như đã kết luận
#: tại", "theo kết luận tại"); a report made at it ("báo cáo kết quả tại", "trình tại").
_SITTING_HELD_BEFORE = re.compile(r"\b(?:da|nhu|theo\s+ket\s+luan)\b")
_REPORT_AT_BEFORE = re.compile(r"\b(?:bao\s+cao|trinh)\b")


def _time_of_day_context(folded: str, start: int, kind: str) -> tuple[str, int] | None:
    """What the words just before a time of day ("à 20h") or "ce soir" say of it: "skip" (it comes back, is past,
    ends a range of hours, or "ce soir" sits in a relative clause: "au Préfet, qui se rendra ce soir à Auxerre"),
    "tomorrow" or a French day of the week, with where those words start; None when they say nothing."""
    near = folded[max(0, start - 32) : start]
    if (
        "chaque" in near or "les " in near or "quotidien" in near or "hier" in near or "veille" in near
    ) and _REPEAT_OR_PAST_BEFORE.search(near):
        return "skip", start
    if kind == "today":
        clause = folded[max(0, start - 60) : start]
        clause = clause[max(clause.rfind(","), clause.rfind(";"), clause.rfind(".")) + 1 :]
        return ("skip", start) if " qui " in f" {clause}" else None
    if "h" in near and _HOUR_RANGE_BEFORE.search(near):
        return "skip", start
    day = _DAY_BEFORE_CLOCK.search(near) if ("demain" in near or "di" in near) else None
    if day is None:
        return None
    return ("tomorrow" if day.group("next") else day.group("wd")), start - len(near) + day.start()


#: Work left to pile up before the end of the year (folded, English): "do not let volumes accumulate until the end of
#: the year", "avoid a backlog building up until year-end": what to avoid, no date ("không để dồn vào cuối năm").
_BACKLOG_BEFORE = re.compile(
    r"\b(?:accumulat\w*|(?:pil|build|bunch|back)\w*\s+up|backlog\w*)\s+(?:until|till|to|towards|at)\s+(?:the\s+)?$"
)


#: "Year-end" as the modifier of the noun after it (folded): "the year end surplus", "year-end staffing levels" (not
#: "by year-end and report ...", "before year end, the Department ...": the end of the year itself) ...
_YEAR_END_MODIFIER = re.compile(
    r"(?:the\s+)?year[\s-]end[ \t-]+(?!(?:and|or|to|in|at|with|so|as|if|when|while|but|unless|then|under|per|from|this|"
    r"next|the|a|an|of|by|on|for|is|are|was|were|will|shall|must|should|council|deadline|date)\b)[a-z]{3,}\b"
)
#: ... after a word that makes it a thing named, no time (folded): "report on the", "the", "its", "regarding" (not
#: "at its year-end session", "by the year-end meeting": the time of a sitting).
_YEAR_END_MODIFIER_BEFORE = re.compile(
    r"(?:\b(?:on|about|of|regarding|into|during|throughout)|(?<!\bat\s)(?<!\bby\s)(?<!\bfor\s)(?<!\bin\s)(?<!\bbefore\s)(?<!\buntil\s)"
    r"(?<!\bto\s)\b(?:the|its|their|our|his|her))\s+$"
)
#: A French deadline later in the clause, after a state as of a day ("la situation de trésorerie au 30 juin avant le
#: 15 juillet"): the state's day is no deadline (folded).
_FR_LATER_DUE_AFTER = re.compile(
    r"[^.;:]{0,60}?\b(?:avant|au\s+plus\s+tard|d'ici)(?:\s+(?:le|la|au|a))?(?:\s+fin)?\s+(?:\d|1er\b|fin\b|[a-z]+\s+\d)"
)


def _vi_name_not_past(work: str | None, at: int, language: str) -> bool:
    """Whether the "da" at ``at`` that reads as the past marker "đã" is a capitalised word of a name inside a
    sentence ("dự án hồ chứa nước Suối Đá trong tháng 5/2026", "tại Đà Nẵng trong quý III"), no past."""
    if work is None or language != "vi" or len(work) <= at + 2 or not work.startswith(("Đ", "D"), at):
        return False
    if work[at + 2 : at + 3].isalpha():
        return False  # another word than "da"
    opening = work[:at].rstrip(" \t")
    return bool(opening) and opening[-1] not in ".!?:;\n-•*+)"


def _vi_due_after_meeting(kind: str, match: re.Match, qualifier: re.Match | None, meeting_date, language: str) -> bool:
    """Whether a Vietnamese date after a past marker "đã" is still a due date: written with its year, after a word of
    a due date ("trước", "chậm nhất"), and later than the meeting ("hoàn thành cấp phép các mỏ đã được khảo sát trước
    ngày 20 tháng 11 năm 2026", "thực hiện các nhiệm vụ đã giao, hoàn thành trước ngày 30/11/2026" in October 2026):
    the past is that of a relative clause, no event can be told of a day to come."""
    if language != "vi" or meeting_date is None or qualifier is None or not _YEAR_WORD.search(match.group()):
        return False
    if not _VI_DUE_BY.search(qualifier.group() + " ngay"):
        return False
    groups = {k: v for k, v in match.groupdict().items() if v is not None}
    resolved = _resolve(kind, groups, meeting_date, language)
    return resolved is not None and resolved > meeting_date


#: A Swedish verb in the past tense (folded), weak verbs by their ending: "inledde", "startade", "påbörjades",
#: "gjorde" (not "inte", "kommande", "sammanträde", "område": no verbs).
_SV_PAST_TENSE = re.compile(r"\b(?!\w*(?:sammantrade|omrade|ande|ende)\b|inte\b|forstade\b)\w{2,}(?:ade|dde|de|te)s?\b")


def _sv_told_already(folded: str, start: int, end: int) -> bool:
    """Whether "redan på måndag" at ``start`` dates what was done (a past verb in its clause, before it or right
    after it: "inledde inventeringen redan på måndag", "som redan på måndag inledde ..."), no due day."""
    clause = max(folded.rfind(mark, 0, start) for mark in (".", ";", ":", "\n", ",", " och "))
    if _SV_PAST_TENSE.search(folded, clause + 1, start):
        return True
    return bool(_SV_PAST_TENSE.match(folded, _skip_ws(folded, end)))


#: A Swedish relative clause in the past tense before a date (folded): "som inledde inventeringen ", "som redan
#: påbörjade ", "vilka startade ".
_SV_RELATIVE_PAST = re.compile(
    r"\b(?:som|vilken|vilket|vilka)\s+(?:\w+\s+){0,2}?(?!\w*(?:sammantrade|omrade|ande|ende)\b|inte\b)"
    r"\w{2,}(?:ade|dde|de|te)s?\s"
)


#: ... the same clause running on to the date, a year the past verb's (folded): "de medel som tillfördes för
#: utbyggnad av X under 2026", "de platser som inrättades i länet under 2025" (no comma, no new verb between).
_SV_RELATIVE_PAST_BEFORE = re.compile(
    r"\b(?:som|vilka|vilket)\s+(?!\w*(?:sammantrade|omrade|ande|ende)\b|inte\b)\w{2,}(?:ades|ddes|des|tes)\s"
    r"(?:(?!ska\b|skall\b|och\s+att\b)[^.;:,\n])*$"
)


def _sv_relative_past(folded: str, start: int) -> bool:
    """Whether the date at ``start`` sits in a relative clause in the past tense: "..., som inledde inventeringen i
    april, ska ...": when it was done."""
    clause = max(folded.rfind(mark, 0, start) for mark in (".", ";", ":", "\n", ","))
    return _SV_RELATIVE_PAST.match(folded, _skip_ws(folded, clause + 1), start) is not None


def _skip_ws(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t\n":
        at += 1
    return at


def _first_deadline(
    folded, excluded, meeting_date, language, document_date=None, text_year=None, work=None
) -> Deadline | None:
    candidates = []
    # "FY 2026-27", "the 2025/26 fiscal/financial year", "Q3 2025/26", "Q2 2026-27"
    fiscal = (
        "fy" in folded
        or "l year" in folded
        or (("/" in folded or "-" in folded) and _SPLIT_YEAR.search(folded) is not None)
    )
    hour = None
    passed = [None] * len(_GATES)  # whether the text passes each gate (the month patterns share one)
    for kind, pattern, gate in _GATED_CANDIDATES:
        if kind == "fiscal" and not fiscal:
            continue
        if gate is not None:
            if passed[gate] is None:
                passed[gate] = any(map(folded.__contains__, _GATES[gate]))
            if not passed[gate]:
                continue
        if kind == "clock":
            if hour is None:
                hour = _HOUR.search(folded) is not None
            if not hour:
                continue
        for match in pattern.finditer(folded):
            start, end = match.span()
            if start == end or _overlaps(start, end, excluded):
                continue
            candidates.append((start, -(end - start), end, kind, match))
    candidates.sort()
    taken_until = -1
    for start, _size, end, kind, match in candidates:
        if start < taken_until:
            continue
        taken_until = end
        before = folded[max(0, start - 48) : start]
        qualifier = _RANGE_QUALIFIER.search(before) if kind in ("month", "day_month", "date") else None
        if qualifier is None:
            # ("từ" is "from" before a date; a delay opens on its own "trong": "trả kết quả cho chủ đầu tư trong 05
            # ngày làm việc", the "tư" of "đầu tư" before it)
            excluded_by = _EXCLUDED_BEFORE.search(before)
            if (
                excluded_by is not None
                and _FROM_PLACE.match(excluded_by.group())
                and (kind == "relative" or _BY_BEFORE.search(before))
            ):
                # "to remove the encroachments from the road within 15 days", "replies be obtained from them by
                # 25.09.2026": a place or a person, no start (the due word before the date)
                excluded_by = None
            if excluded_by is not None or (kind != "relative" and _FROM_VI.search(before)):
                continue
            if any(word in before for word in _START_WORDS) and _START_EVENT_BEFORE.search(before):
                continue
            if kind in ("year", "month") and (_RANGE_AFTER.match(folded, end) or _RANGE_BEFORE.search(before)):
                continue
            if kind == "month" and _MONTH_SPAN_AFTER.match(folded, end):
                continue  # "under perioden september–november 2026": the span's first month, its end next
            if kind == "year" and _ARTICLE_BEFORE.search(before):
                continue
            if kind == "year" and _WORK_OF_YEAR_BEFORE.search(before):
                continue  # "allocate funds for digital transformation tasks in 2026": the year's tasks
            if (
                language == "en"
                and kind in ("year", "month", "quarter", "half")
                and "ed " in before[-40:]
                and _DONE_THING_BEFORE.search(before)
            ):
                continue  # "inspect the sections completed in 2025 and send the results before ...": when done
            if (
                language == "sv"
                and kind in ("year", "month", "quarter", "half")
                and _SV_DONE_THING_BEFORE.search(before)
            ):
                continue  # "redovisa antalet genomförda inspektioner under 2027": when the things counted were done
            if kind == "this_year" and language == "en" and _BACKLOG_BEFORE.search(before):
                continue  # "do not let volumes accumulate until the end of the year": a backlog to avoid, no date
            if (
                kind == "this_year"
                and language == "en"
                and _YEAR_END_MODIFIER.match(folded, start)
                and _YEAR_END_MODIFIER_BEFORE.search(before)
            ):
                continue  # "report on the year end surplus", "on year-end staffing levels": what is reported, no date
            if (
                kind in ("year", "quarter", "half")
                and language == "fr"
                and _FR_PLAN_FOR_PERIOD_BEFORE.search(before)
                # (not "remettra son plan de contrôle pour le troisième trimestre 2026 au plus tard": when it is due)
                and not _FR_AT_THE_LATEST_AFTER.match(folded, end)
            ):
                continue  # "un plan de redressement pour le quatrième trimestre": the plan's period
            # "trước 17 giờ ngày 10/10", "by 5 p.m. on 10 October", "senast kl. 12.00 den 3 maj": the hour
            # stands between the qualifier and the date; so may the day of the week ("by Friday, 20 June")
            bare = _TIME_BEFORE.sub("", _WEEKDAY_BEFORE.sub(r"\1", before))
            qualifier = _QUALIFIER.search(bare) or _END_ONLY.search(bare)
            if qualifier is None and kind in ("date", "day_month", "month") and _MEETING_AFTER.match(folded, end):
                qualifier = _MEETING_DATE_BEFORE.search(before)  # "for the March 25, 2025 meeting"
            if qualifier is None and kind in ("date", "day_month", "month") and start > 48 and "(" in before[-24:]:
                # "trình tại Kỳ họp thường lệ giữa năm của HĐND tỉnh (dự kiến tháng 7/2026)": a sitting named at
                # length, its date in brackets after it, farther back than the usual window
                wider = folded[max(0, start - 96) : start]
                sitting = _QUALIFIER.search(wider)
                if sitting is not None and "(" in sitting.group():
                    before, qualifier = wider, sitting
            if (
                qualifier is None
                and language == "fr"
                and kind in ("date", "day_month")
                and _DUE_SEGMENT_END.match(folded, end)
            ):
                # "SIDPC — ouverture de la cellule d'information — mercredi 4 novembre, 8h": a row "unit — action —
                # due", its last segment a date alone, the due cell of a table written on one line
                qualifier = _DASH_CELL_BEFORE.search(bare)
            if qualifier is None and kind == "mid_month":
                qualifier = _AT_MID_MONTH_BEFORE.search(bare)  # "signer la convention à la mi-mars"
        if qualifier is None and kind not in _NO_QUALIFIER_NEEDED:
            continue
        if (
            kind == "mid_month"
            and meeting_date is not None
            and not match.group("y")
            and qualifier is not None
            and not _DUE_WORD.search(qualifier.group())
            and 0 < (meeting_date.month - MONTHS[match.group("mon")]) % 12 <= 3
        ):
            # "The pipeline, damaged in mid-August, be repaired ...", "La DDT, saisie à la mi-janvier, ...": a month
            # just past, told with no word of a due date, dates an event (not the same month a year later)
            continue
        if kind == "year" and qualifier is not None and _MEETING_WORD.search(qualifier.group()):
            # "vid regionstyrelsens första sammanträde 2027": a sitting of that year, its day not given
            return Deadline(start - (len(before) - qualifier.start()), end, None)
        past = _PAST_BEFORE.search(before)
        if (
            past is not None
            and language == "en"
            and before.endswith(", ")
            and _EN_PAST_ASIDE_BEFORE.search(folded, max(0, start - 120), start)
        ):
            past = None  # "the road, which was damaged by a landslide, within 15 days": the aside is closed
        if (
            past is not None
            and not _vi_name_not_past(work, max(0, start - 48) + past.start(), language)
            and not _vi_due_after_meeting(kind, match, qualifier, meeting_date, language)
        ):
            continue  # "som verket presenterade ... i mars 2019", "đã ... trong tháng 3": an event
        if kind == "monthly_day" and _PERIODIC_BEFORE.search(before):
            continue
        if kind == "next_weekday" and folded.startswith("redan", start) and _sv_told_already(folded, start, end):
            continue  # "som redan på måndag inledde inventeringen": when it was done, no due day
        if (
            language == "sv"
            and kind in ("month", "day_month")
            and not match.groupdict().get("y")
            and _sv_relative_past(folded, start)
        ):
            continue  # "Gatukontoret, som inledde inventeringen i april, ska ...": when the unit did it, no due day
        if (
            language == "sv"
            and kind == "year"
            and folded.endswith("under ", 0, start)
            and _SV_RELATIVE_PAST_BEFORE.search(folded, max(0, start - 100), start)
        ):
            continue  # "redovisa hur de medel som tillfördes för X under 2026 har använts": when they were given
        if (
            kind == "monthly_day"
            and language == "en"
            and _EN_REPORT_CLAUSE_BEFORE.search(folded, max(0, start - 160), start)
        ):
            continue
        if kind in ("month", "day_month") and _PAST_AFTER.match(folded, end):
            continue  # "le recrutement annoncé en juin dernier", "in June last year": a month of the past
        if language == "en" and _DONE_ON_BEFORE.search(before):
            continue
        if language == "fr" and _FR_DONE_ON_BEFORE.search(before):
            continue  # "le calendrier d'adoption des lois votées en 2025": when they were voted, no deadline
        if language == "fr" and _FR_STARTS_ON_BEFORE.search(before):
            continue  # "dont les épreuves écrites débuteront le 1er juillet": a start, no deadline
        if language == "en" and "wait" in before and _NOT_WAITING_BEFORE.search(before):
            continue  # "..., without waiting until the end of the year": sooner than that date, no deadline
        if kind == "year" and language == "en" and _AIM_OPENING.match(folded, 0, start):
            continue  # "To achieve the growth target of 10% in 2026, ...": the aim's year, not the order's due
        if language == "en" and (
            _EVENT_OPENING.match(folded, 0, start) or _CAUSE_BEFORE.search(folded, max(0, start - 160), start)
        ):
            continue  # "Following the floods recorded in June, ...", "in view of the forecast ... in 2024": a cause
        if (
            language == "en"
            and kind == "month"
            and start < 24
            and _EN_MONTH_OPENING.match(folded, 0, start)
            and _EN_TOLD_ORDER_AFTER.match(folded, end)
        ):
            continue  # "In October, staff was asked to ...": the month the order was given in, no due date
        if kind == "relative":
            clause = folded[max(0, start - 120) : start]
            if any(word in clause for word in _SHARE_WORDS) and _SHARE_TARGET_BEFORE.search(clause):
                continue  # "80 procent av patienterna ska opereras inom 90 dagar": a target's standard
        groups = {k: v for k, v in match.groupdict().items() if v is not None}
        day_start = None
        if kind in ("clock", "today") and meeting_date is not None:
            said = _time_of_day_context(folded, start, kind)
            if said is not None and said[0] == "skip":
                continue  # "chaque soir à 20h", "de 9h à 17h", "mesurées hier en fin de journée"
            if said is not None:  # "le lendemain avant 10h", "lundi prochain à 9h": that day
                day_start = said[1]
                if said[0] == "tomorrow":
                    groups["tomorrow"] = said[0]
                else:
                    kind, groups = "next_weekday", {"wd": said[0]}
        if kind == "meeting_month":
            # "như đã thống nhất tại cuộc họp giao ban tháng 8", "các nhiệm vụ đã được giao tại cuộc họp giao ban tháng
            # 5": a sitting held, no deadline; a sitting to come is in the next three months, or in the meeting's own
            # month where the work is reported at it ("báo cáo kết quả tại cuộc họp giao ban tháng 10")
            clause = folded[max(0, start - 60) : start]
            clause = clause[max(clause.rfind(","), clause.rfind(";")) + 1 :]
            if _SITTING_HELD_BEFORE.search(clause):
                continue
            if _SITTING_DAY_AFTER.match(folded, end):
                continue  # "tại cuộc họp giao ban tháng 3 (ngày 28/3)": the day in brackets dates the sitting
            if meeting_date is not None:
                ahead = (int(groups["m"]) - meeting_date.month) % 12
                if ahead > 3 or (ahead == 0 and not _REPORT_AT_BEFORE.search(clause)):
                    continue
            kind = "month"
        text_start = start - (len(before) - qualifier.start()) if qualifier else start
        if day_start is not None:
            text_start = min(text_start, day_start)
        signed = kind == "relative" and document_date is not None and _FROM_SIGNATURE.match(folded, end)
        resolved = _resolve(kind, groups, document_date if signed else meeting_date, language, text_year)
        if kind == "relative" and _FROM_RECEIPT.match(folded, end):
            resolved = None  # "trong 15 ngày kể từ ngày nhận đủ hồ sơ": counted from an event to come
        if resolved is not None and meeting_date is not None and resolved < meeting_date - _LONG_AGO:
            continue  # "built before 2000" in minutes of 2025: a time of the past, no deadline
        if (
            kind in ("quarter", "half")
            and language == "vi"
            and resolved is not None
            and meeting_date is not None
            and resolved < meeting_date
        ):
            continue  # "hồ sơ quá hạn trong quý I" in a notice of April: the past period the order is about
        if kind == "week_day" and resolved is not None and meeting_date is not None and resolved < meeting_date:
            continue  # "kết quả kiểm tra hiện trường vào thứ Hai tuần này" at a Wednesday's meeting: a day past
        if (
            language == "fr"
            and resolved is not None
            and meeting_date is not None
            and resolved < meeting_date
            and "lors d" in folded[max(0, start - 90) : start]
            and _FR_DONE_AT_SITTING_BEFORE.search(folded, max(0, start - 90), start)
        ):
            continue  # "les mesures arrêtées lors du Conseil interministériel du 22 mai": decided then, no deadline
        if (
            language == "fr"
            and kind == "month"
            and _FR_DONE_AT_SITTING_OF_MONTH_BEFORE.search(folded, max(0, start - 90), start)
        ):
            continue  # "les tarifs adoptés lors de la séance d'octobre 2025": the act's sitting, no deadline
        if (
            kind == "day_month"
            and language == "fr"
            and resolved is not None
            and meeting_date is not None
            and resolved.year > meeting_date.year
            and _SITTING_BY_DATE.search(qualifier.group() if qualifier else "")
            and _past_rather_than_next(resolved, meeting_date)
        ):
            continue  # "les tarifs votés au conseil municipal du 5 février" at a March meeting: a past sitting
        if (
            kind == "day_month"
            and language == "fr"
            and qualifier is not None
            and qualifier.group().strip() == "le"
            and resolved is not None
            and meeting_date is not None
            and resolved.year > meeting_date.year
            and _past_rather_than_next(resolved, meeting_date)
        ):
            continue  # "La DDT, saisie le 15 janvier, rendra ..." at a February meeting: a day past, no due word
        if (
            language == "fr"
            and qualifier is not None
            and resolved is not None
            and meeting_date is not None
            and qualifier.group().strip() == "au"
            # (or as of a day to come, the deadline after it: "la situation de trésorerie au 30 juin avant le 15
            # juillet")
            and (resolved < meeting_date or _FR_LATER_DUE_AFTER.match(folded, end))
        ):
            continue  # "l'état de la dette au 31 décembre 2025 avant le 20 février": a state as of a day past
        glossed = _glossed_date(folded, end, candidates, meeting_date, language)
        if glossed is not None:
            return Deadline(text_start, glossed[0], glossed[1])
        return Deadline(text_start, end, resolved)
    return None


#: A body's sitting named by its date, the qualifier of a day without its year (folded): "au conseil municipal du",
#: "pour la commission des travaux du", "au comité de pilotage du".
_SITTING_BY_DATE = re.compile(r"\b(?:commission|conseil|comite|bureau|assemblee|conference|copil|codir)\b.*\sdu\s*$")


def _past_rather_than_next(resolved: datetime.date, meeting_date: datetime.date) -> bool:
    """Whether a day named without its year, resolved to the next year, is nearer before the meeting in its own year
    ("5 février" at a meeting of 10 March: the February past, not the next one; "12 janvier" at one of 10 December:
    the next)."""
    try:
        same_year = resolved.replace(year=meeting_date.year)
    except ValueError:  # 29 February
        return False
    return same_year < meeting_date and meeting_date - same_year < resolved - meeting_date


_LONG_AGO = datetime.timedelta(days=366)
#: A body's sitting, named as the time of the order (folded): "vid nämndens första sammanträde", "à la séance".
_MEETING_WORD = re.compile(r"\b(?:meeting|sammantrade|mote|seance|reunion)\s*$")

#: A deadline of another calendar or an event, then the civil date in brackets: "by the end of the year 1404
#: (20 March 2026)", "before Nowruz (21 March 2026)", "trước Tết (ngày 16/02/2026)".
_GLOSS_OPENS = re.compile(r"(?:\s+[^\s.;:,()]+){0,2}\s*\(\s*(?:(?:ngay|on|le|den|i\.e\.,?)\s+)?")


def _glossed_date(folded, end, candidates, meeting_date, language) -> tuple[int, datetime.date] | None:
    """The full date given in brackets right after a deadline: its end and its day."""
    if "(" not in folded[end : end + 30]:
        return None
    gloss = _GLOSS_OPENS.match(folded, end)
    if gloss is None:
        return None
    for start, _size, inner_end, kind, match in candidates:
        if start == gloss.end() and kind == "date":
            groups = {k: v for k, v in match.groupdict().items() if v is not None}
            day = _resolve(kind, groups, meeting_date, language)
            return (inner_end, day) if day is not None else None
    return None


#: The next meeting, named in a passage as the time to report or present ("lors de la prochaine réunion",
#: "at the next regular meeting of Council", "vid nästa sammanträde", "tại cuộc họp tiếp theo", a shire's "Next OCM",
#: its next ordinary council meeting).
_NEXT_MEETING = re.compile(
    # (the first letters of the forms below tested first, a cheap test; keep in sync)
    # "Next MT", "next SMT", "Next CMT": a management team's next meeting, as its action log writes it
    # "Échéance : comité suivant", "à la réunion suivante": the same, its adjective after
    r"(?=[cmnprst])\b(?:(?:comite|reunion|seance)\s+suivante?|next\s+(?:[a-z-]+\s+){0,2}(?:meeting|review|session|sitting)|next\s+(?:ocm|[sce]?mt)|prochaine\s+(?:[a-z-]+\s+)?(?:reunion|seance|"
    # a crisis cell's next briefing: "retour attendu au prochain point de situation"
    # a committee's next sitting: "avant le prochain comité" ("Prochain comité : jeudi 23 juillet 2026")
    r"session)|nouvelle\s+(?:reunion|seance)\s+(?=se\s+tiendra|aura\s+lieu|est\s+(?:prevue|fixee))|prochain\s+point\s+(?:de\s+situation|d'etape)|prochain\s+(?:comite|copil|conseil)(?!\s+(?:des\s+)?minist)|nasta\s+(?:[a-z-]+\s+)?(?:sammantrade|mote)|(?:sammantrader|mots|traffas)\s+nasta\s+gang|(?:cuoc|phien)\s+hop\s+(?:tiep\s+theo|lan\s+sau|ke\s+tiep))\b"
)
#: What the minutes say of it when they give its date: "Prochaine réunion : lundi 17 novembre 2025", "The next
#: regular meeting of Council will be held on Monday, October 20, 2025", "Nästa sammanträde: 2025-11-11".
_NEXT_MEETING_HELD = re.compile(
    r"(?:\s+(?:of|du|de|des)\s+(?:the\s+)?[a-z' -]{1,30}?)?\s*"
    r"(?::|(?:will|shall|is\s+to|is\s+scheduled\s+to)\s+(?:be\s+)?(?:held|take\s+place|convene)|is\s+scheduled|(?:se\s+tiendra|se\s+reunira|aura\s+lieu|est\s+(?:prevue|fixee))|(?:ar|blir)\s+"
    r"|(?:hals|halls|ager\s+rum)|(?:se\s+)?(?:duoc\s+)?(?:to\s+chuc|dien\s+ra|tien\s+hanh)"
    # "Nämnden sammanträder nästa gång fredag den 14 februari": the date right after
    r"|(?<=nasta\sgang)(?=\s))"
)
#: "Säkerhetschefen får i uppdrag att till dess ta fram ...": by then, the time the sentence before names (not "till
#: dess att", until something happens).
#: The same in French: "D'ici là, la DDT devra ...", "d'ici cette date" (not "d'ici la fin du mois", a time of its own).
_BY_THEN = re.compile(
    r"\btill\s+dess\b(?!\s+(?:att|som|de|det|han|hon|vi)\b)|\bd'ici\s+(?:la\s*(?=[,;])|(?:a\s+)?cette\s+date\b)"
)


def by_then(folded: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a passage says "by then" (offsets of ``folded``, the whole text's), whatever time it points back to."""
    hit = _BY_THEN.search(folded, start, end)
    return None if hit is None else (hit.start(), hit.end())


def by_then_next_meeting(folded: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a passage says "by then" right after the sentence that gives the next meeting (offsets of ``folded``,
    the whole text's)."""
    hit = _BY_THEN.search(folded, start, end)
    if hit is None or _NEXT_MEETING.search(folded, max(0, start - 160), start) is None:
        return None
    return hit.start(), hit.end()


def next_meeting_date(folded: str, meeting_date: datetime.date | None) -> datetime.date | None:
    """The date the text gives for the next meeting, if it gives one (after the meeting's own date)."""
    for hit in _NEXT_MEETING.finditer(folded):
        held = _NEXT_MEETING_HELD.match(folded, hit.end())
        if held is None:
            continue
        resolved = _dated_on_or_after(re.split(r"\n|\.\s", folded[held.end() : held.end() + 80])[0], meeting_date)
        if resolved is not None:
            return resolved
    return None


def _dated_on_or_after(tail: str, meeting_date: datetime.date | None) -> datetime.date | None:
    """The first date ``tail`` gives (a whole date, a day and month, a loose date, in that order) that is not
    before the meeting's."""
    for kind, pattern in _CANDIDATES:
        if kind not in ("date", "day_month", "loose_date"):
            continue
        match = pattern.search(tail)
        if match is None:
            continue
        groups = {k: v for k, v in match.groupdict().items() if v is not None}
        resolved = _resolve(kind, groups, meeting_date, "")
        if resolved is not None and (meeting_date is None or resolved >= meeting_date):
            return resolved
    return None


#: The end of the financial year the meeting falls in, its year not given: "by the end of the current financial
#: year", "before the close of the financial year" (not "the end of the 2025/26 financial year": see "fiscal").
_CURRENT_FISCAL_YEAR = re.compile(
    r"\b(?:by|before|until|till|at|to)\s+(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+|this\s+)?(?:current\s+)?"
    r"(?:financial|fiscal)\s+year\b(?!\s*,?\s*(?:fy\s*)?(?:19|20)\d\d)"
)
#: The day a fiscal year ends, named after it (folded): "... fiscal year ending ", "... financial year (".
_FISCAL_YEAR_ENDING = re.compile(r"\s*(?:,\s*)?(?:\(\s*|(?:ending|which\s+ends|that\s+ends)\s+(?:on\s+)?)(?=[a-z0-9])")
#: A text in pounds, rand or rupees, or with an Indian district's offices: of a country whose financial year
#: runs from April to March (the United Kingdom, South Africa, India), not from July as elsewhere ("£6.4m",
#: "R42 billion", "Rs 300 crore", "₹12 lakh", "the District Collector", "Tehsildars", "Zilla Panchayat").
_APRIL_FISCAL_YEAR = re.compile(
    r"£|₹|\bRs\.?\s?\d|\b(?:crores?|lakhs?)\b|\bR\s?\d[\d,. ]*\s?(?:billion|million|bn|m)\b"
    r"|\b(?:District\s+Collector|Collectorate|Tehsildars?|Taluka?s?|(?:Zilla|Gram)\s+Panchayats?)\b"
)
#: A gate before ``_APRIL_FISCAL_YEAR``: words every one of its matches but "R 5 million" holds (keep in sync).
_APRIL_FISCAL_WORDS = ("£", "₹", "Rs", "crore", "lakh", "Collector", "Tehsildar", "Taluk", "Panchayat")
_RAND_AMOUNT = re.compile(r"R\s?\d")


def april_fiscal_year(work: str) -> bool:
    """Whether the text's financial year runs from April (its money in pounds, rand or rupees, or its offices
    those of an Indian district)."""
    if not any(map(work.__contains__, _APRIL_FISCAL_WORDS)) and _RAND_AMOUNT.search(work) is None:
        return False  # none of the pattern's words nor "R 5": it cannot match (cheaper than the search)
    return _APRIL_FISCAL_YEAR.search(work) is not None


def april_fiscal(deadline: Deadline, folded: str, offset: int = 0) -> Deadline:
    """A deadline read from a fiscal year written across two ("Q3 2025/26", "the end of FY 2026-27"), moved
    from the July-June year it was resolved in to an April-March one: three months earlier, each quarter's
    end and the year's (31 March 2027 for the end of FY 2026-27, 31 December 2025 for Q3 2025/26).
    Its offsets point into ``folded`` from ``offset``; any other deadline is returned as it is."""
    start, end = offset + deadline.start, offset + deadline.end
    if deadline.date is None or not (_FISCAL.search(folded, start, end) or _FISCAL_QUARTER.search(folded, start, end)):
        return deadline
    moved = add_months(deadline.date.replace(day=1), -3)
    return Deadline(deadline.start, deadline.end, month_end(moved.year, moved.month) if moved else None)


#: A date of the Solar Hijri calendar with its year (folded): "20 Jawza 1405", "Asad 1405", "Dey 1402".
_SOLAR_HIJRI_DATED = re.compile(rf"\b{SOLAR_HIJRI_MONTH},?\s+{SOLAR_HIJRI_YEAR}")


def solar_hijri_dated(folded: str) -> bool:
    """Whether a text writes its dates in the Solar Hijri calendar ("held on Wednesday, 20 Jawza 1405"): an Afghan or
    Iranian government's, whose fiscal year is the Solar Hijri year (1 Hamal to the end of Hoot, 1 Farvardin to the
    end of Esfand)."""
    return _SOLAR_HIJRI_DATED.search(folded) is not None


def current_fiscal_year_end(
    folded: str, meeting_date: datetime.date | None, april: bool, solar: bool = False
) -> Deadline | None:
    """ "... by the end of the current financial year": the last day of the financial year the meeting falls in
    (March 31 where it runs from April, the end of the Solar Hijri year in a text dated in that calendar, else
    June 30)."""
    hit = _CURRENT_FISCAL_YEAR.search(folded) if meeting_date is not None and "l year" in folded else None
    if hit is None:
        return None
    ending = _FISCAL_YEAR_ENDING.match(folded, hit.end())
    if ending is not None:
        # "by the end of the fiscal year ending December 31, 2026", "... of the fiscal year (March 31, 2027)": the
        # day it names
        named = find_deadline("by " + folded[ending.end() : ending.end() + 40], [], meeting_date, "en")
        if named is not None and named.date is not None:
            return Deadline(hit.start(), ending.end() + named.end - 3, named.date)
    if solar:
        # "by the end of the fiscal year" at a meeting of 20 Jawza 1405: the last day of Hoot 1405, 20 March 2027
        return Deadline(hit.start(), hit.end(), solar_hijri_date(solar_hijri_year(meeting_date), 12))
    last_month = 3 if april else 6
    year = meeting_date.year if meeting_date.month <= last_month else meeting_date.year + 1
    return Deadline(hit.start(), hit.end(), month_end(year, last_month))


def at_next_meeting(folded: str) -> tuple[int, int] | None:
    """Where a passage names the next meeting as its time, with its preposition."""
    hit = _NEXT_MEETING.search(folded)
    if hit is None:
        return None
    before = re.search(
        r"(?:\b(?:at|to|for|by|before|until|lors\s+de|a|au|pour|avant|vid|till|infor|fore|tai|truoc)\s+"
        # "Échéance : prochain comité", "Deadline: next meeting": a deadline label's value, its "by" implied
        r"|\b(?:echeance|delai|deadline|due(?:\s+date)?|klart(?:\s+senast)?|senast|thoi\s+han)\s*:\s*)"
        # "lors de sa prochaine réunion", "at its next meeting": the body's own next meeting
        r"(?:the\s+|la\s+|le\s+|l'|sa\s+|son\s+|its\s+)?$",
        folded[max(0, hit.start() - 16) : hit.start()],
    )
    if before is None:
        cell_before = _CELL_BEFORE.search(folded, max(0, hit.start() - 16), hit.start())
        if cell_before is not None and _ROW_END_CELL.match(folded, hit.end()):
            # "Faire le point sur ... DDPP chambre d'agriculture comité suivant": a table row's due cell, the
            # row's last words (not "préparera le prochain comité", the meeting as the object)
            return hit.start(), hit.end()
        return None
    return hit.start() - (len(folded[max(0, hit.start() - 16) : hit.start()]) - before.start()), hit.end()


#: After a row's last cell, nothing but the row's end (folded).
_ROW_END_CELL = re.compile(r"[ \t]*$")
#: Before it, a word of the cell before (a unit's), no article or preposition that would make it an object.
_CELL_BEFORE = re.compile(
    r"(?<![\w'])(?!(?:le|la|les|l|du|de|des|d|au|aux|a|sa|son|ses|leur|ce|cette|un|une|en|par|pour|the|a|an|its|of|to|"
    r"at|by|for)[ \t])[a-z][\w'-]*[ \t]+$"
)


#: After a relative deadline, the event it counts from when that is not the meeting or the document:
#: the receipt of a file, a request or a report ("kể từ ngày nhận đủ hồ sơ", "from receipt of the
#: application", "à compter de la réception du dossier", "från det att ansökan kom in").
_FROM_RECEIPT = re.compile(
    r"\s*,?\s*(?:ke\s+tu\s+(?:ngay|khi)\s+(?:nhan|tiep\s+nhan)|(?:from|after|of)\s+(?:the\s+)?(?:date\s+of\s+)?"
    r"(?:receipt|receiving)|(?:a\s+compter\s+de|apres|des)\s+(?:la\s+)?reception|"
    r"(?:efter|fran)\s+(?:det\s+att|mottagandet)|"
    # "dans les soixante jours qui suivent sa publication", "within 30 days of its entry into force": an act's own
    # publication or entry into force, still to come (not "dans les dix jours suivant son adoption", a resolution
    # adopted at the meeting itself)
    r"(?:qui\s+(?:suivent|suivront)|suivant|apres|a\s+compter\s+de|des)\s+(?:sa|son|leur)\s+(?:publication|"
    r"promulgation|notification|entree\s+en\s+vigueur|installation|nomination)|"
    # "dans les 48 heures suivant chaque signalement", "within 24 hours of each report": a time kept each time an
    # event comes, no date
    r"(?:qui\s+(?:suivent|suit)|suivant|apres|a\s+compter\s+de)\s+(?:chaque|tout|toute)\s|"
    # "dans les quinze jours suivant la fin de chaque trimestre": the end of each period, again each time;
    # "dans les dix jours suivant la rentrée": the school year's start, a date the text does not give
    r"(?:qui\s+(?:suivent|suit)|suivant|apres|a\s+compter\s+de)\s+(?:la\s+(?:fin|cloture)\s+(?:de\s+)?(?:chaque|"
    r"tout|toute)\s|la\s+rentree\b)|"
    r"(?:of|after|following|from)\s+(?:each|every|any)\s|"
    r"(?:of|after|following|from)\s+(?:its|their)\s+(?:publication|enactment|notification|entry\s+into\s+force|"
    r"establishment|appointment))"
)

#: After a relative deadline, the document's own signature or date as the start: "kể từ ngày ký Thông báo
#: này", "à compter de la date de la présente circulaire", "from the date of this notice", "från dagen för
#: detta beslut".
_FROM_SIGNATURE = re.compile(
    r"\s*,?\s*(?:ke\s+tu\s+ngay\s+(?:ky|ban\s+hanh)|a\s+compter\s+de\s+(?:la\s+date\s+de\s+)?(?:la\s+)?"
    r"(?:signature|publication|presente?)|(?:from|of)\s+the\s+date\s+of\s+(?:signing|signature|this)|"
    r"fran\s+dagen\s+for\s+detta\s+beslut)"
)
#: The date a document gives itself in its heading: "Quảng Ninh, ngày 05 tháng 01 năm 2026", "Saint-Lô, le
#: 14 octobre 2025", "CIRCULAIRE N° 004 du 10 février 2026", "Ha Long, 9 February 2026", "Dated: February 9,
#: 2026", "Stockholm den 9 februari 2026", "Datum: 2026-02-09".
_DOCUMENT_DATE = re.compile(
    rf"\bngay\s+(?P<d>\d{{1,2}})\s+thang\s+(?P<m>\d{{1,2}})\s+nam\s+{_Y}"
    # "Rabat, le 3 chaabane 1447 (22 janvier 2026)": a date of another calendar, the Gregorian one in brackets
    rf"|(?:,\s+(?:le\s+|den\s+)?(?:\d{{1,2}}\s+[a-z]+\s+1[34]\d\d\s*\(\s*)?|\bdu\s+|"
    rf"\b(?:dated|daterad|date|datum)\s*:?\s*(?:the\s+|den\s+)?|"
    rf"^[a-z][a-z -]{{1,30}}\s+den\s+)(?P<d2>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?P<mon>{MONTH})\s+"
    rf"(?P<y2>(?:19|20)\d\d)"
    # ("No.: 112/TB-UBND          Ha Son, April 2, 2026": the place and date in a heading's right column)
    rf"|(?:(?:^|[ \t]{{3,}})[a-z][a-z -]{{1,30}},\s+|\b(?:dated|date)\s*:?\s*)(?P<mon3>{MONTH})\s+"
    rf"(?P<d3>\d{{1,2}})\s*,\s*(?P<y3>(?:19|20)\d\d)"
    rf"|\b(?:dated|daterad|date|datum|beslutsdatum)\s*:?\s*(?P<y4>(?:19|20)\d\d)-(?P<m4>\d\d)-(?P<d4>\d\d)",
    re.MULTILINE,
)


_YEAR_WORD = re.compile(rf"\b{YEAR}")


def only_year(folded: str) -> int | None:
    """The one year a text names ("the South-West monsoon in 2024", "Kharif 2024"), None if it names none or
    several: the year of a news story or a note with no date, for its dates written with none ("before May 31")."""
    years = {match.group() for match in _YEAR_WORD.finditer(folded)}
    return int(years.pop()) if len(years) == 1 else None


#: The hour the meeting sat, on a heading line of the minutes (folded): "Réunion du mardi 3 novembre 2026 – 17h30",
#: "Séance du 12 mars 2026 à 9 h 30"; not the line of the next sitting ("Prochaine réunion : mardi 13 octobre à 18h",
#: "Date de la réunion suivante : 14 octobre, 9h").
_SITTING_HOUR = re.compile(
    r"^(?![^\n]*\b(?:prochaine?|suivante?)\b)[^\n]*\b(?:reunion|seance|cellule|comite|conseil|point\s+de\s+situation)\b[^\n]*?"
    r"(?<![\d/.])(?P<hh>[01]?\d|2[0-3])\s*h\s*(?P<mm>[0-5]\d)?(?![\w/])",
    re.MULTILINE,
)
#: A deadline's text that is a time of day alone: "avant 7h30", "à 19h".
_CLOCK_ONLY = re.compile(r"(?:[a-z']+\s+){0,4}?(?P<hh>[01]?\d|2[0-3])\s*h(?:eures?)?\s*(?P<mm>[0-5]\d)?\s*$")


def sitting_minute(folded: str) -> int | None:
    """The minute of the day the meeting sat, from the opening lines of its minutes; None when they give no hour."""
    hit = _SITTING_HOUR.search(folded, 0, 800)
    return None if hit is None else int(hit.group("hh")) * 60 + int(hit.group("mm") or 0)


def after_sitting(due_text: str, date: datetime.date | None, sat_at: int | None) -> datetime.date | None:
    """A time of day alone due before the hour the meeting sat ("avant 7h30" in minutes of a cell that met at 17h30)
    falls on the next morning: the date of the day after."""
    clock = _CLOCK_ONLY.match(due_text) if date is not None and sat_at is not None else None
    if clock is None or "demain" in due_text or (" " in due_text and due_text.split(None, 1)[0] in _WEEKDAY_INDEX):
        return date  # "demain avant 8h", "le lendemain avant 10h", "lundi prochain à 9h": that day already
    due_at = int(clock.group("hh")) * 60 + int(clock.group("mm") or 0)
    return add_days(date, 1) if due_at < sat_at else date


def _in_long_line(folded: str, position: int, size: int = 200) -> bool:
    """Whether the line around ``position`` is longer than ``size``: a paragraph of prose, not a heading's line."""
    start = folded.rfind("\n", 0, position) + 1
    end = folded.find("\n", position)
    return (len(folded) if end < 0 else end) - start > size


def document_date(folded: str) -> datetime.date | None:
    """The date in the heading of a letter, notice or circular (its first lines), if it gives one."""
    match = _DOCUMENT_DATE.search(folded, 0, 700)
    # (not a date in a paragraph of prose that cites another document: "On 16 March the Committee issued Letter No.
    # 1127 on implementing Notice No. 318 dated 10 March 2026 of ...": a heading's date stands on a short line)
    while match is not None and folded.startswith("dated", match.start()) and _in_long_line(folded, match.start()):
        match = _DOCUMENT_DATE.search(folded, match.end(), 700)
    if match is None:
        return None
    if match.group("d"):
        return make_date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
    if match.group("d3"):
        return make_date(int(match.group("y3")), MONTHS[match.group("mon3")], int(match.group("d3")))
    if match.group("d4"):
        return make_date(int(match.group("y4")), int(match.group("m4")), int(match.group("d4")))
    return make_date(int(match.group("y2")), MONTHS[match.group("mon")], int(match.group("d2")))


#: A table's heading row with a due-date column, then a status column, turned to text: "Item CR No.
#: Resolution Due Date Status", "Action | Responsable | Échéance | Statut", "Åtgärd Ansvarig Klart senast Status".
_DUE_COLUMN_HEADING = re.compile(
    r"^[^\n]{0,120}\b(?:due(?:\s+date)?|deadline|target\s+date|completion\s+date|echeance|date\s+limite|klart\s+senast)"
    r"\b[^\n]{0,40}\b(?:status|statut|etat)\b",
    re.MULTILINE,
)
#: The end of such a row: its sentence ends, then the due-date field and the status field ("... annual
#: costs. Q3 2026 In Progress", "... Committee. 2026-09-30 Pending", "... within 60 days. 60 days Pending",
#: "... du service. 30 juin 2026 En cours").
ROW_STATUS = (
    r"(?:in\s+progress|not\s+started|pending|deferred|complete[d]?|ongoing|open|closed|on\s+hold|overdue|"
    r"outstanding|en\s+cours|a\s+faire|non\s+demarre|realisee?|terminee?|pagaende|ej\s+paborjad|klar|avslutad)"
)
_ROW_DUE_STATUS = re.compile(r"[.;]\s+(?P<due>[^\s.;|][^.;|\n]{0,28}?)\s*\|?\s+" + ROW_STATUS + r"(?=\s|$)")
#: Such a row with no stop after its sentence, its columns run together: "... and report to Council Fire & Rescue
#: Services June 2027 In progress", "... with costing Parks & Recreation Q3 2027 Not started": the due field is
#: then only a date ("2028 Budget Not started" gives none).
_ROW_BARE_DUE_STATUS = re.compile(
    rf"\s(?P<due>(?:q[1-4]|h[12])\s+{YEAR}|{MONTH}\.?\s+(?:\d{{1,2}},?\s+)?{YEAR}|\d{{1,2}}\s+{MONTH}\s+{YEAR}|"
    rf"{YEAR}-\d\d-\d\d|\d{{1,3}}\s+days)\s+{ROW_STATUS}(?=\s|$)"
)


#: Words one of which ``_DUE_COLUMN_HEADING`` needs (its status column's), read from the pattern.
_DUE_COLUMN_HEADING_GATE = _gate(_DUE_COLUMN_HEADING)


@lru_cache(maxsize=8)
def _due_headings(folded: str) -> tuple[int, ...]:
    """Where a text's due-date column headings start, read once per text (a text has hundreds of directives)."""
    if not any(map(folded.__contains__, _DUE_COLUMN_HEADING_GATE)):
        return ()
    return tuple(hit.start() for hit in _DUE_COLUMN_HEADING.finditer(folded))


def row_due_date(
    folded: str, end: int, meeting_date: datetime.date | None, language: str, limit: int = 700
) -> Deadline | None:
    """The due date of the table row a directive ends in or before, when the table has a due-date column
    that the text gives after the row's sentence ("Q3 2026", "June 2026", "April 13, 2026", "60 days"):
    the first such field after ``end``, its offsets those of ``folded``. None where the text has no such
    heading or the field is no date ("N/A")."""
    headings = _due_headings(folded)
    if not headings or headings[0] >= end:
        return None
    row = _ROW_DUE_STATUS.search(folded, max(0, end - 1), end + limit)
    if row is None:
        row = _ROW_BARE_DUE_STATUS.search(folded, max(0, end - 40), end + 60)
        if row is None or "\n" in folded[end : row.start("due")].strip():
            return None  # the row's own fields, on its line or the next (not those of the next row)
    field = row.group("due").strip()
    # the field is a deadline of its own, its "by" implied: "Q3 2026" is due by the end of September,
    # "60 days" within sixty days of the meeting
    deadline = find_deadline("within " + field, [], meeting_date, language)
    if deadline is None or deadline.date is None:
        return None
    return Deadline(row.start("due"), row.start("due") + len(field), deadline.date)


#: A due cell's day and month with no year: "30/04", "15.06".
_DAY_MONTH_CELL = re.compile(r"\s*(?P<d>\d{1,2})\s*[/.]\s*(?P<m>\d{1,2})\s*")
#: A due cell that names an event and gives its day and month in brackets: "avant l'activation du dispositif
#: (17/11)", "rentrée (1/09)", "before the launch (30/04)".
_EVENT_DAY_MONTH_CELL = re.compile(r"[^()\d]{3,60}\(\s*(?P<d>\d{1,2})\s*[/.]\s*(?P<m>\d{1,2})\s*\)\s*")
#: The word that makes a bare due cell a deadline ("2e trimestre" is due by the end of the quarter).
_BY_WORD = {"fr": "avant ", "en": "by ", "sv": "senast ", "vi": "truoc "}


#: A table's due-date column turned to a label line, its value after the colon: "Tidplan: Kvartal 3 2026",
#: "Klart senast: 2027", "Échéance : 2e trimestre", "Deadline: Q3 2026", "Thời hạn: Quý II/2026".
_DUE_LABEL_LINE = re.compile(
    # on its line, or after the row's sentence on the same line: "... Ansvarig: Robert Nilsson. Klart: 15 december."
    # ("Nouveau délai : 27 février 2026", "Nouvelle échéance :": a follow-up list's new due date)
    # ("B-14 | Rédiger ... | Pilote : DST | Échéance : 31 octobre | En cours": a row's labelled cell)
    r"(?:^|\n|(?<=[.;\n|]))\s*(?:tidplan|klart?(?:\s+senast)?|fardigt|slutdatum|tidpunkt|(?:nouvelle\s+)?echeance|"
    r"(?:nouveau\s+)?delai|deadline|(?:(?:revised|new)\s+)?(?:due(?:\s+date)?|target(?:\s+date)?)|by|time\s?line|"
    # (a long value runs on to the end of its sentence: "premier lot (élus) sous quinze jours, généralisation fin juin")
    r"thoi\s+han(?:\s+hoan\s+thanh)?|thoi\s+gian\s+hoan\s+thanh|"
    # "Staff report date: October 2026": an action items update's date the order comes back
    r"(?:staff\s+)?report(?:[\s-]+back)?\s+date|return\s+date|report[\s-]+back)\s*:\s*(?P<value>[^\n]{1,60}[^\n.;]{0,80})"
)


#: A due date moved, within the due cell's value (folded): "30 juin, reportée au 31 octobre", "Q2, postponed to Q3".
#: A revised date after the first in a due label's value (folded): "q4 2025 (revised: dec 2026)", "june 2026. revised
#: target: oct. 2026".
_REVISED_IN_VALUE = re.compile(
    r"(?:\(|[.;,]\s+)revised(?:\s+(?:target|due|completion)(?:\s+date)?)?\s*(?::|to)\s*(?=[a-z0-9])"
)
#: The same in Swedish (folded): "2026-03-31 (ursprunglig tidplan), reviderad: hösten 2026", "juni 2026, ny tidplan:
#: oktober 2026".
_SV_REVISED_IN_VALUE = re.compile(
    r"(?:\(|[.;,]\s+)(?:reviderad|reviderat|ny|nytt|justerad|justerat)"
    r"(?:\s+(?:tidplan|datum|slutdatum|klardatum))?\s*:\s*(?=[a-z0-9])"
)
_MOVED_IN_VALUE = re.compile(
    r"\b(?:report|repouss|decal|prolong|proroge|postpon|defer|reschedul|extend)[a-z]*\s+"
    r"(?:a|au|en|jusqu'(?:au|a|en)|to|until|till)\s+"
)


#: A minute's action line with its due after a dash (folded): "Action: DRO / Tahsildars - within 15 days",
#: "Action by: EE (PR) - 7 days", "Action: LDM - 31.07.2026" (a count of days is counted from the meeting).
#: How such a due opens: "within", "by", "immediately", a number.
ACTION_DUE_OPENING = r"(?:within|by|before|on\s+or\s+before|not\s+later\s+than|immediately|forthwith|end\b|\d)"
_ACTION_DUE_LINE = re.compile(
    rf"(?<![\w-])actions?(?:\s+by)?[ \t]*:[^\n]{{1,120}}?\s[-–]\s+(?P<value>{ACTION_DUE_OPENING}[^\n]{{0,40}})"
)
_COUNT_OF_DAYS = re.compile(r"\d{1,3}\s+(?:working\s+)?(?:days?|weeks?|months?)\b")
_FR_COUNT_OF_DAYS = re.compile(
    # (in words too, or in hours: "Délai : quinze jours", "Délai : 48 heures")
    # (the words with their digits in brackets, as West African administrations write them: "Délai : deux (2)
    # semaines", "Délai : quinze (15) jours")
    r"\s*(?:\d{1,3}|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|vingt|trente)(?:\s*\(\d{1,3}\))?\s+"
    r"(?:jours?(?:\s+(?:ouvrables|ouvres|calendaires))?|semaines?|mois|heures)\s*(?:[.;]|$)"
)


#: A French due label's value that names an occasion in a month: "CAR de septembre 2026", "comité de pilotage
#: d'octobre", "séance du conseil de décembre 2026": due by that month's end (not "début de", "mi-", a start).
_FR_OCCASION_OF_MONTH = re.compile(
    r"\s*(?!(?:a compter|a partir|des|depuis|debut|mi)\b)[a-z][a-z' -]{1,60}?\s(?:de|d'|du mois de)\s*(?=" + MONTH + ")"
)


def label_due_date(
    folded: str, start: int, end: int, meeting_date: datetime.date | None, language: str
) -> Deadline | None:
    """The due date on a row's label line ("A2. Ta fram en rutin ...\nAnsvar: Psykiatrin\nTidplan: Kvartal 3
    2026"), read with its "by" implied: "Kvartal 3 2026" by the end of September, "2027" by the end of the
    year. None when the value gives no date ("Löpande", "Varje höst"). Offsets are those of ``folded``."""
    if language == "en" and "action" in folded[start:end]:
        for hit in _ACTION_DUE_LINE.finditer(folded, start, end):
            # "Action: DM&HO - 10 days": within ten days of the meeting; "- by 31.07.2026", "- 31.07.2026": by then
            value = hit.group("value").strip()
            # ("- before next meeting": the due's own word)
            word = (
                "within "
                if _COUNT_OF_DAYS.match(value)
                else ""
                if value.startswith(("by ", "within ", "before ", "on or before ", "not later than "))
                else "by "
            )
            deadline = find_deadline(word + value, [], meeting_date, language)
            if deadline is not None and deadline.date is not None:
                return Deadline(hit.start("value"), hit.end("value"), deadline.date)
    if language == "en" and start >= 2 and folded[start - 1] == " " and folded[start - 2] in ".;":
        start -= 1  # "... village staff. Time line: 28.02.2026.": the label opens the range, after its order's stop
    while language == "fr" and start > 0 and folded[start - 1] in " \t" and folded[start - 2 : start - 1] in (".", ";"):
        # "... de franchissement. Délai : 15 jours": the label's line joined to its order's (a hard-wrapped text),
        # the label after the order's stop
        start -= 1
    for hit in _DUE_LABEL_LINE.finditer(folded, start, end):
        value = hit.group("value")
        moved = _MOVED_IN_VALUE.search(value)
        if moved is not None:
            value = value[moved.end() :]  # "Échéance : 30 juin, reportée au 31 octobre": the date it is now
        revised = _REVISED_IN_VALUE.search(value) if language == "en" and "revised" in value else None
        if language == "sv" and ("revider" in value or "ny" in value or "juster" in value):
            # "Klart senast: 2026-03-31 (ursprunglig tidplan), reviderad: hösten 2026": the date it is now
            revised = _SV_REVISED_IN_VALUE.search(value)
        if revised is not None:
            # "Target: Q4 2025 (revised: Dec 2026)", "Target: June 2026. Revised target: Oct. 2026.": the date now
            value = value[revised.end() :]
        # "Délai : 5 jours ouvrables", "Délai : 15 jours": a count of days from the meeting, its "sous" implied
        by_word = "sous " if language == "fr" and _FR_COUNT_OF_DAYS.match(value) else _BY_WORD.get(language, "by ")
        deadline = find_deadline(by_word + value, [], meeting_date, language)
        occasion = _FR_OCCASION_OF_MONTH.match(value) if language == "fr" and deadline is None else None
        if occasion is not None:
            # "Échéance : CAR de septembre 2026": the meeting of that month, by its end
            deadline = find_deadline("avant " + value[occasion.end() :], [], meeting_date, language)
        day_month = (
            _DAY_MONTH_CELL.fullmatch(value) if deadline is None and meeting_date is not None and "/" in value else None
        )
        if day_month is not None:
            # "Échéance : 15/05", "Deadline: 30/04": the day and month alone, the next such day after the meeting
            date = _next_day_month(day_month, meeting_date)
            if date is not None:
                return Deadline(hit.start("value"), hit.end("value"), date)
        if deadline is not None and deadline.date is not None:
            return Deadline(hit.start("value"), hit.end("value"), deadline.date)
        if language == "en":
            for part in _EN_VALUE_PART.finditer(value):
                # "Report back: First reading – 3/3/2026", "Prior to CIP adoption hearing, May 19, 2026": the
                # occasion named, then its date after a dash or a comma
                deadline = find_deadline("by " + value[part.end() :], [], meeting_date, language)
                if deadline is not None and deadline.date is not None:
                    return Deadline(hit.start("value") + part.end(), hit.end("value"), deadline.date)
            numeric = _EN_MONTH_FIRST.search(value)
            if numeric is not None:
                # "Report back: Planning Commission hearing – 4/22/2026": a US date, its month first (the day past 12)
                day = make_date(int(numeric.group(3)), int(numeric.group(1)), int(numeric.group(2)))
                if day is not None:
                    return Deadline(hit.start("value") + numeric.start(), hit.start("value") + numeric.end(), day)
    return None


#: A date written month first, its day past 12 (folded): "4/22/2026".
_EN_MONTH_FIRST = re.compile(r"(?<![\d/])(0?[1-9]|1[0-2])/(1[3-9]|2\d|3[01])/((?:19|20)\d\d)(?![\d/])")


#: Where a due label's value goes on to a date after naming its occasion (folded): " – ", ", ".
_EN_VALUE_PART = re.compile(r"\s[-\u2013\u2014]\s+|,\s+(?=[a-z]{3,9}\.?\s+\d|\d)")


#: The kinds of date a table's due cell holds alone: "10 juillet", "30 June 2026", "juillet 2026", "Q3 2026".
_CELL_DATE_KINDS = ("date", "loose_date", "day_month", "month", "quarter", "half")
#: A Vietnamese due cell that names a whole year (folded): "Năm 2026", "Trong năm 2026", "Cả năm 2026": by its end.
_VI_YEAR_CELL = re.compile(r"\s*(?:(?:trong|ca|cuoi|het)\s+)?nam\s+(?P<year>(?:19|20)\d\d)\s*")
#: A due cell's day and month with no year, in a row's last cells: "30/04", "15.06".
_DAY_MONTH_IN_CELLS = re.compile(r"(?<![\d/.])(?P<d>\d{1,2})\s*[/.]\s*(?P<m>\d{1,2})(?![\d/.])")


def _next_day_month(day_month: re.Match, meeting_date: datetime.date) -> datetime.date | None:
    """A cell's day and month with no year ("30/04") as the next such day on or after the meeting; None
    when there is no such day ("31/02")."""
    try:
        date = datetime.date(meeting_date.year, int(day_month.group("m")), int(day_month.group("d")))
    except ValueError:
        return None
    return date.replace(year=date.year + 1) if date < meeting_date else date


def cell_due_date(
    folded: str, start: int, end: int, meeting_date: datetime.date | None, language: str
) -> Deadline | None:
    """The due date among a table row's cells when no word says "by" ("DDT (SEEF) Sous-préfecture 10 juillet",
    "OFB\\t30/04\\tEn cours"): the last date of the cells, read with its "by" implied ("10 juillet" the next
    10 July on or after the meeting). Offsets are those of ``folded``."""
    cells = folded[start:end]
    if not _ANY_NUMBER.search(cells):
        return None
    last = None
    for kind, pattern in _CANDIDATES:
        if kind in _CELL_DATE_KINDS:
            for hit in pattern.finditer(cells):
                # the date that ends last, whole ("10 juillet", not its month alone)
                if last is None or (hit.end(), -hit.start()) > (last.end(), -last.start()):
                    last = hit
    day_months = list(_DAY_MONTH_IN_CELLS.finditer(cells))
    day_month = day_months[-1] if day_months else None
    if day_month is not None and meeting_date is not None and (last is None or day_month.start() > last.start()):
        date = _next_day_month(day_month, meeting_date)
        return None if date is None else Deadline(start + day_month.start(), start + day_month.end(), date)
    if last is None and language == "vi":
        # "Năm 2026": the due cell a year alone (the first line of the cells, the due cell itself)
        cell_end = folded.find("\n", start, end)
        cell_end = end if cell_end < 0 else cell_end
        year_cell = _VI_YEAR_CELL.fullmatch(folded, start, cell_end)
        if year_cell is not None:
            deadline = find_deadline("truoc nam " + year_cell.group("year"), [], meeting_date, language)
            if deadline is not None and deadline.date is not None:
                return Deadline(start, cell_end, deadline.date)
    if last is None:
        return None
    if any(word in cells for word in _START_WORDS) and _START_EVENT_BEFORE.search(cells, 0, last.start()):
        return None  # "| fr.o.m. 2026-03-01 | Ej påbörjad": the day the work starts, no "by" implied
    deadline = find_deadline(_BY_WORD.get(language, "by ") + last.group(), [], meeting_date, language)
    if deadline is None or deadline.date is None:
        return None
    return Deadline(start + last.start(), start + last.end(), deadline.date)


#: A due cell that names a meeting by its number (folded): "COPIL n°7", "comité de pilotage n° 7", "CA nº 12".
_NUMBERED_MEETING_CELL = re.compile(r"\s*(?:[a-z']+\s+){0,3}[a-z]+\s+n\s*[°o]\s*\d{1,3}\s*")
#: The end of the sentence or line a meeting's label is named in.
_LABEL_SENTENCE_END = re.compile(r"\.\s|\n\s*\n|\|")


def numbered_meeting_date(folded: str, label: str, meeting_date: datetime.date | None) -> datetime.date | None:
    """The date the text gives a numbered meeting ("COPIL n°7") in a sentence that names it outside the table
    ("Le prochain comité de pilotage (COPIL n°7) se tiendra le jeudi 11 décembre 2025"): the first date after
    the label in its sentence, on or after the meeting."""
    label = " ".join(label.split())
    at = folded.find(label)
    while at >= 0:
        line_start = folded.rfind("\n", 0, at) + 1
        after = folded[at + len(label) : at + len(label) + 1]
        if "|" not in folded[line_start:at] and not after.isdigit():
            end = _LABEL_SENTENCE_END.search(folded, at)
            resolved = _dated_on_or_after(
                folded[at + len(label) : end.start() if end else len(folded)][:120], meeting_date
            )
            if resolved is not None:
                return resolved
        at = folded.find(label, at + 1)
    return None


#: A due date moved in a row's status or remarks (folded): "échéance reportée à fin T2 2026", "repoussée au", "nouvelle
#: échéance :", "postponed to", "revised deadline:", "flyttad till": the row's date now, over its due cell's.
_POSTPONED_BEFORE = re.compile(
    r"(?:\b(?:report|repouss|decal|prolong|postpon|defer|reschedul|extend|flyttad|senarelagd)[a-z]*"
    r"(?:\s+(?:a|au|en|jusqu'(?:au|a|en)|to|until|till))?|\b(?:nouvelle|new|revised)\s+(?:echeance|date|deadline|"
    # ("échéance repoussée : 30/09/2026", "postponed: Q3 2026": the moved date after a colon)
    r"due\s+date|target)\s*:?)\s*:?\s*(?:la\s+|le\s+|the\s+)?$"
)


#: ... said with a colon before the date, in a cell after the due cell (folded): "Échéance repoussée : 30/09/2026",
#: "Nouvelle échéance : fin T3 2026", "Postponed: 31/10/2026".
_MOVED_AFTER_COLON = re.compile(
    r"\b(?:(?:echeance|date|deadline)\s+)?(?:report|repouss|decal|prolong|postpon|defer|reschedul|extend|flyttad|"
    r"senarelagd)[a-z]*\s*:\s*|\b(?:nouvelle|new|revised)\s+(?:echeance|date|deadline|due\s+date|target)\s*:\s*"
)


def pipe_cell_over_remark(
    folded: str, start: int, end: int, found: Deadline, meeting_date: datetime.date | None, language: str
) -> Deadline | None:
    """The due cell of a pipe table's row ("... | SMBO | S1 2026 | Marché notifié le 15/12/2025") where the date
    ``found`` in the row (offsets from ``start``) lies in a cell after it, a status or a remark that tells what was
    done: the due cell's date (offsets those of ``folded``). None where the date found comes first, or where the
    remark moves the due date ("... | 31/03/2026 | En cours ; échéance reportée à fin T2 2026")."""
    due = pipe_row_due_date(folded, start, end, meeting_date, language)
    if due is None or due.date is None or start + found.start < due.end:
        return None
    if _POSTPONED_BEFORE.search(folded, max(start, start + found.start - 40), start + found.start):
        return None
    return due


#: A Swedish due cell that names the body the row is reported to before the date of its meeting (folded):
#: "Regionstyrelsen 2025-10-21", "KS december 2026", "Nämnden 2026-03-18" (not "fr.o.m. 2026-01-01", "efter ...").
_SV_BODY_THEN_DATE = re.compile(
    r"\s*(?:[a-z]*(?:styrelsen|namnden|fullmaktige|utskottet)|(?!(?:fran|fore|till|efter|sedan|innan|under|vid|med|"
    r"per|ca|fr|from|tom)\b)[a-z]{2,5})\s+(?=\d|[a-z]+\s+(?:19|20)\d\d)"
)


def _due_heading_cell(cell: str) -> bool:
    """A pipe table's heading cell that names the due column: "Échéance", "Date limite", "Deadline (date)"."""
    return len(cell.split()) <= 4 and DUE_IN_HEADING.search(cell) is not None


def pipe_row_due_date(
    folded: str, start: int, end: int, meeting_date: datetime.date | None, language: str
) -> Deadline | None:
    """The due date in a pipe table's due-date column for the row a directive ends with ("Recenser les
    communes ... | DD ARS | 30/04" under "Action | Pilote | Échéance"): the cell of the heading's due
    column in the directive's last line, read as a deadline with its "by" implied ("2e trimestre" by the
    end of June, "30/04" the next 30 April on or after the meeting). Offsets are those of ``folded``."""
    # (a row quoted from its action cell, the cells before it background: the row's own line counts its cells)
    line_start = folded.rfind("\n", 0, end) + 1
    cells = folded[line_start:end].split("|")
    if len(cells) < 2:
        return None
    heading = None
    position = start
    for _ in range(12):  # the heading row lies a few rows above
        previous_end = folded.rfind("\n", 0, position)
        if previous_end < 0:
            break
        previous_start = folded.rfind("\n", 0, previous_end) + 1
        line = folded[previous_start:previous_end]
        # (a heading's cell, a few words: not a row above whose status tells "échéance reportée à fin T2 2026")
        if "|" in line and DUE_IN_HEADING.search(line) and any(map(_due_heading_cell, line.split("|"))):
            heading = line.split("|")
            break
        if not line.strip():
            break
        position = previous_start
    if heading is None or len(heading) != len(cells):
        return None
    column = next((k for k, cell in enumerate(heading) if _due_heading_cell(cell)), None)
    if column is None or column == 0:
        return None
    field = cells[column]
    field_start = line_start + sum(len(cell) + 1 for cell in cells[:column])
    after_due = field_start + len(field)
    moved = _MOVED_AFTER_COLON.search(folded, after_due, end) if ":" in folded[after_due:end] else None
    if moved is not None:
        # "... | 30/04/2026 | Échéance repoussée : 30/09/2026": the date the remark moves the due cell's to
        later = find_deadline(
            _BY_WORD.get(language, "by ") + folded[moved.end() : end].split("|")[0].strip(), [], meeting_date, language
        )
        if later is not None and later.date is not None:
            return Deadline(moved.end(), end, later.date)
    if _NEXT_MEETING.match(field.strip()):
        # "Next MT", "Next meeting (27/01)": the date the minutes give for their next meeting
        date = next_meeting_date(folded, meeting_date)
        if date is not None:
            return Deadline(field_start, field_start + len(field), date)
    if "n" in field and _NUMBERED_MEETING_CELL.fullmatch(field):
        # "COPIL n°7": a meeting by its number, dated where the minutes name it again
        date = numbered_meeting_date(folded, field.strip(), meeting_date)
        if date is not None:
            return Deadline(field_start, field_start + len(field), date)
    day_month = _DAY_MONTH_CELL.fullmatch(field)
    if day_month is None and field.rstrip().endswith(")"):
        # "avant l'activation du dispositif (17/11)": the event the row is due before, its date in brackets
        day_month = _EVENT_DAY_MONTH_CELL.fullmatch(field)
    if day_month and meeting_date is not None:
        date = _next_day_month(day_month, meeting_date)
        return None if date is None else Deadline(field_start, field_start + len(field), date)
    revised = _REVISED_IN_VALUE.search(field) if "revised" in field else None
    if revised is not None:
        # "Feb. 2026 (revised: June 2026)": the date the cell was moved to
        later = find_deadline("by " + field[revised.end() :].strip(" )"), [], meeting_date, language)
        if later is not None and later.date is not None:
            return Deadline(field_start + revised.end(), field_start + len(field.rstrip(" )")), later.date)
    deadline = find_deadline(_BY_WORD.get(language, "by ") + field.strip(), [], meeting_date, language)
    if (deadline is None or deadline.date is None) and language == "sv" and _SV_BODY_THEN_DATE.match(field):
        # "Regionstyrelsen 2025-10-21", "KS december 2026": the body the row is reported to, then the date of its
        # meeting; the date the cell ends on
        return cell_due_date(folded, field_start, field_start + len(field), meeting_date, language)
    if deadline is None or deadline.date is None:
        return None
    return Deadline(field_start, field_start + len(field), deadline.date)


#: A Swedish deadline counted back from the day what the decision adopts takes effect (folded): "senast två veckor
#: innan den börjar gälla", "senast en månad före ikraftträdandet", "senast 30 dagar innan taxan träder i kraft".
_SV_BEFORE_IN_FORCE = re.compile(
    rf"\bsenast\s+{_NUM}\s+(?P<u>dagar|dag|veckor|vecka|manader|manad)\s+(?:(?:innan|fore)\s+"
    r"(?:(?:den|det|de|[a-z]+(?:en|et|na))\s+)?(?:borjar\s+galla|trader\s+i\s+kraft)|fore\s+ikrafttradandet)\b"
)
#: The day it takes effect, named in the decision before (folded): "att gälla från och med den 1 januari 2027",
#: "träder i kraft den 1 juli 2026", "börjar gälla 2026-07-01".
_SV_IN_FORCE_FROM = re.compile(
    r"\b(?:galla|galler|trader\s+i\s+kraft|trada\s+i\s+kraft)\s+(?:fran\s+och\s+med|fr\.\s?o\.\s?m\.|fran)?\s*"
    rf"(?:den\s+)?(?P<date>{DATE_FRAGMENT})"
)
#: How far back the day it takes effect is looked for, within the protocol's paragraph.
_IN_FORCE_LOOKBACK = 800


def before_in_force(folded: str, start: int, end: int) -> Deadline | None:
    """ "1. Nämnden föreslår fullmäktige att anta taxan, att gälla från och med den 1 januari 2027. 2. X får i
    uppdrag att informera ... senast två veckor innan den börjar gälla": the day it takes effect, named before in the
    same paragraph, less the delay (18 December 2026). Offsets are those of ``folded``."""
    hit = _SV_BEFORE_IN_FORCE.search(folded, start, end)
    if hit is None:
        return None
    lo = max(0, start - _IN_FORCE_LOOKBACK)
    paragraph = folded.rfind("\n§", lo, start)
    named = list(_SV_IN_FORCE_FROM.finditer(folded, paragraph if paragraph >= 0 else lo, hit.start()))
    if not named:
        return None
    day = parse_date(named[-1].group("date"))
    count = _number(hit.group("n"))
    if day is None or count is None:
        return None
    unit = hit.group("u")
    if unit.startswith("manad"):
        date = add_months(day, -count)
    else:
        date = day - datetime.timedelta(days=count * (7 if unit.startswith("veck") else 1))
    return None if date is None else Deadline(hit.start(), hit.end(), date)
