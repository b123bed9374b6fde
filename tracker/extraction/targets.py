"""Quantitative targets: ``5 000 hectares``, ``5.000 ha``, ``04 high-tech agricultural zones``, ``85 %``.

A rule: a number (with spaces, non-breaking spaces, dots or commas between thousands) followed by
a percent sign or a short noun phrase. Whether ``5.000`` is five thousand or five depends on the
language (a dot groups thousands in Vietnamese, French and Swedish, a comma in English), so the
value is read with the language in hand. Numbers that are years, dates, durations, document or
item numbers are not targets.
"""

from __future__ import annotations

import re

from tracker.extraction.textprep import words

_NUMBER = re.compile(r"(?<![\w.,/°#-])(?P<num>\d{1,3}(?:[ .,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\w/°])")
_PERCENT = re.compile(r"\s?(?:%|percent\b|per cent\b|phan tram\b|pour cent\b|procent\b)")
_WORDS = re.compile(r" +([^\W\d_][\w'-]*(?: +[^\W\d_][\w'-]*){0,2})")
_STOP = words(
    "of for in to and the with by at on from per each or as than this that these those "
    "de du des d la le les et en a au aux pour dans sur avec par ou qui que "
    "av for i och till med pa per som att fran under inom eller senast "
    "cua va cho tai tren voi trong o den tu nam thang ngay hoac theo truoc"
)
#: Units of measure and money: the unit is this word (and a second one: "tỷ đồng", "billion VND").
_MEASURES = words(
    "ha hectare hectares hektar km km2 m m2 m3 kg tan tonnes tonne ton tons mw kw kwh mwh gwh lit litre litres "
    "liter liters usd vnd dong ty trieu nghin billion billions million millions milliard milliards miljard "
    "miljarder miljon miljoner percent"
)
_TIME_WORDS = words(
    "day days week weeks month months year years hour hours jour jours semaine semaines mois an ans annee "
    "annees dag dagar vecka veckor manad manader ar aret timmar ngay tuan thang nam gio"
)
_BEFORE = re.compile(
    r"(?:\bno\.?|\bnr\.?|n°|\bso|\bnumber|\bregion|\barticle|\bdieu|\bkhoan|\bpoint|\bitem|\bphase|\bpage|"
    r"\bproject|\bprojekt|\bprojet|\bde an|\bq|\bquy|\bclause|\bchapter|\bchuong|\bzone|\bkhu vuc)\s*$"
)


def parse_number(text: str, language: str) -> float | None:
    """Read ``5 000``, ``5.000``, ``5,000``, ``1.234,5`` or ``2,5`` the way the language writes it."""
    text = text.replace(" ", "") if re.fullmatch(r"\d{1,3}(?: \d{3})+(?:[.,]\d+)?", text) else text
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d+", text):
        text = text.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:,\d{3})+\.\d+", text):
        text = text.replace(",", "")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", text):
        text = text.replace(".", "")
    elif re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}", text):
        text = text.replace(",", "")
    elif re.fullmatch(r"\d{1,3}\.\d{3}", text):
        text = text if language == "en" else text.replace(".", "")
    elif re.fullmatch(r"\d{1,3},\d{3}", text):
        text = text.replace(",", "") if language == "en" else text.replace(",", ".")
    else:
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def _unit(work: str, folded: str, end: int) -> tuple[str, int] | None:
    match = _PERCENT.match(folded, end)
    if match:
        return "%", match.end()
    match = _WORDS.match(folded, end)
    if not match:
        return None
    words = match.group(1).split()
    kept = []
    for word in words:
        if word in _STOP or (kept and kept[-1] in _MEASURES and word not in _MEASURES):
            break
        kept.append(word)
    if not kept or kept[0] in _TIME_WORDS:
        return None
    start = match.start(1)
    unit_end = start + len(" ".join(kept))
    return " ".join(work[start:unit_end].split()), unit_end


def find_targets(
    work: str, folded: str, language: str, excluded: list[tuple[int, int]]
) -> list[tuple[int, int, float, str]]:
    """Return (start, end, value, unit) of the targets of one passage (given in both views)."""
    targets = []
    for match in _NUMBER.finditer(folded):
        start, end = match.span()
        if any(s < end and start < e for s, e in excluded):
            continue
        digits = match.group("num")
        if re.fullmatch(r"(?:19|20)\d\d", digits) or _BEFORE.search(folded[max(0, start - 12) : start]):
            continue
        unit = _unit(work, folded, end)
        if unit is None:
            continue
        value = parse_number(digits, language)
        if value is None:
            continue
        targets.append((start, unit[1], value, unit[0]))
    return targets
