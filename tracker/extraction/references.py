"""Find references to documents: ``Resolution No. 57-NQ/TW dated 22 December 2024``, ``Kế hoạch số
28/KH-UBND ngày 24/01/2025``, ``résolution n° 21/NQ-TU``, ``plan nr 28/KH-UBND daterad 24 januari 2025``.

A rule, not a library: Vietnamese document symbols (number, optional year, a code such as
``NQ/TW`` or ``QĐ-TTg``) are regular, and a reference is a document type followed by a number
sign (``No.``, ``số``, ``n°``, ``nr``) or by a full symbol. The date that follows (``dated``,
``ngày``, ``du``, ``daterad``) belongs to the reference. The pattern runs on the folded view, so it
is linear and case- and diacritic-blind.
"""

from __future__ import annotations

import re

from tracker.extraction.dates import DATE_FRAGMENT
from tracker.extraction.textprep import fold_loose

_TYPES = (
    # English
    r"resolutions?|decisions?|plans?|directives?|official (?:letter|dispatch)|dispatch|conclusions?|"
    r"notices?|notifications?|action (?:programme|program)|programmes?|programs?|projects?|schemes?|"
    r"decrees?|circulars?|laws?|documents?|reports?|instructions?|"
    # a county's or city's law by its number: "Ordinance 6290-B", "By-law 2019-114"
    r"ordinances?|by-laws?|bylaws?|"
    # Vietnamese (folded)
    r"nghi quyet|quyet dinh|ke hoach|chi thi|cong van|ket luan|thong bao|chuong trinh hanh dong|"
    # "Công điện số 41/CĐ-TTg": the Prime Minister's or a province's urgent telegram
    r"cong dien|"
    r"chuong trinh|de an|nghi dinh|thong tu|luat|van ban|bao cao|huong dan|to trinh|"
    # French
    r"resolution|decision|depeche officielle|lettre officielle|avis|programme d'action|projet|decret|"
    r"circulaire|loi|rapport|"
    # Swedish
    r"beslut(?:et)?|direktiv(?:et)?|officiellt brev|tjanstebrev|slutsats(?:en|er)?|meddelande(?:t)?|"
    r"handlingsprogram(?:met)?|program(?:met)?|projekt(?:et)?|dekret(?:et)?|cirkular(?:et)?|lag(?:en)?|"
    r"dokument(?:et)?|rapport(?:en)?|planen|resolutionen"
)
_NUMBER_SIGN = r"(?:no\.?|nos\.?|number|so|n°|nº|no°|nr\.?|num(?:ero)?\.?|#)"
_CODE = r"[a-z][a-z0-9&]*(?:[-/][a-z0-9&]+)+|[a-z][a-z0-9&]*"
_SYMBOL = (
    # "Ordinance No. 2026-03", "Resolution No. 2026-17": a county's year, then the number within it
    r"(?P<num>\d{1,5}(?:/\d{4}|-\d{1,4}(?![\w/-]))?)"
    rf"(?:[-/](?P<code>{_CODE})|\s(?P<spaced>[a-z][a-z0-9&]*[-/][a-z0-9&]+(?:[-/][a-z0-9&]+)*))?"
)
_DATED = r"(?:,?\s*(?:dated|of|daterad|den|du|en date du|ngay|ban hanh ngay)\s+(?P<date>" + DATE_FRAGMENT + r"))?"

REFERENCE = re.compile(
    rf"\b(?P<type>{_TYPES})\s*(?:(?P<sign>{_NUMBER_SIGN})\s*)?{_SYMBOL}(?![\w/-]){_DATED}",
)


#: A law by its title, with no number: "the Law on Public Investment", "the Law on Road Traffic Order and Safety"
#: (the working text, its capitals ending the title).
NAMED_LAW = re.compile(r"\bLaw\s+on\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:(?:and|of|on|for|in)\s+)?[A-Z][\w'-]*){0,6}")


def find_references(folded: str, work: str | None = None) -> list[tuple[int, int, str]]:
    """Return (start, end, key) of every reference in a folded text; the key is its symbol (a law named by its
    title, found in ``work``, the same text unfolded, has its folded title for a key)."""
    found = []
    if work is not None and "law on " in folded:
        found += [(hit.start(), hit.end(), folded[hit.start() : hit.end()]) for hit in NAMED_LAW.finditer(work)]
    for match in REFERENCE.finditer(folded):
        code = match.group("code") or match.group("spaced")
        if not code and not match.group("sign"):
            continue
        if (
            code
            and not match.group("sign")
            and "/" not in code
            and "-" not in code
            and len(code) < 2
            and not match.group("type").startswith(("ordinance", "by"))  # "Ordinance 6290-B": its series letter
        ):
            continue
        found.append((match.start(), match.end(), reference_key(match.group("num"), code)))
    return sorted(found) if work is not None and "law on " in folded else found


def reference_key(number: str, code: str | None) -> str:
    return (number + ("/" + code if code else "")).replace(" ", "")


def key_of(reference_text: str) -> str:
    """Return the comparison key of a reference written out (used to compare with a gold file)."""
    match = REFERENCE.search(fold_loose(reference_text))
    if not match:
        return fold_loose(reference_text)
    return reference_key(match.group("num"), match.group("code") or match.group("spaced"))
