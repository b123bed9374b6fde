"""The text of an OpenDocument text (``.odt``) as its reader sees it: the paragraphs of ``content.xml``
in order, each list item with its label.

White space collapses as the format says (``text:s``, ``text:tab`` and ``text:line-break`` are
kept); notes, annotations and tracked changes are not text of the notice.

**List labels.** As in Word, the "1.", "a)", "•" of a list item are not in its text: the list's style
draws them. Each item's label is rebuilt from the list style (``content.xml``'s automatic styles or
``styles.xml``'s named ones) at the item's depth: the number format (``1``, ``a``, ``A``, ``i``,
``I``, none), prefix and suffix, how many levels it shows (``1.2.``), start values, a bullet's
character; the counters restart with each list unless it continues the one before
(``text:continue-numbering``, ``text:continue-list``), and a list header has no label. The label is
followed by a tab, as an office suite copies it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_SPACE = re.compile(r"[ \t\r\n]+")
SKIPPED = {
    _T + "note",
    _T + "tracked-changes",
    _T + "sequence-decls",
    _T + "variable-decls",
    _T + "user-field-decls",
    _OFFICE + "annotation",
    _T + "soft-page-break",
}
_LEVELS = 10
_MAX_NUMBER = 32767
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"))
_ROMAN += ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


@dataclass
class Level:
    """How one level of a list style writes its label."""

    bullet: str | None = None  # the character of a bulleted level
    format: str = ""  # "1", "a", "A", "i", "I"; "" writes no number
    prefix: str = ""
    suffix: str = ""
    shown: int = 1  # how many levels the label shows ("1.2.")
    start: int = 1


@dataclass
class _List:
    """One list being read: its style's levels and its counters (shared with the lists it continues)."""

    levels: dict[int, Level]
    counts: list[int | None] = field(default_factory=lambda: [None] * _LEVELS)


def _number(value, default):
    return min(int(value), _MAX_NUMBER) if value and value.isdigit() else default


def list_styles(*roots) -> dict[str, dict[int, Level]]:
    """The list styles of ``content.xml`` and ``styles.xml`` roots, by name: their levels."""
    styles = {}
    for root in roots:
        if root is None:
            continue
        for style in root.iter(_T + "list-style"):
            levels = {}
            for level in style:
                if not isinstance(level.tag, str):
                    continue
                depth = _number(level.get(_T + "level"), 1)
                if level.tag == _T + "list-level-style-number":
                    levels[depth] = Level(
                        format=level.get(_STYLE + "num-format") or "",
                        prefix=level.get(_STYLE + "num-prefix") or "",
                        suffix=level.get(_STYLE + "num-suffix") or "",
                        shown=_number(level.get(_T + "display-levels"), 1),
                        start=_number(level.get(_T + "start-value"), 1),
                    )
                elif level.tag in (_T + "list-level-style-bullet", _T + "list-level-style-image"):
                    levels[depth] = Level(bullet=bullet(level.get(_T + "bullet-char") or ""))
            styles[style.get(_STYLE + "name")] = levels
    return styles


def body_lines(body, styles) -> list[str]:
    """The lines of an ``office:text`` element: one per paragraph or heading, list items labelled."""
    lines: list[str] = []
    _Reader(styles, lines).blocks(body, None, 0)
    return lines


class _Reader:
    def __init__(self, styles, lines):
        self.styles, self.lines = styles, lines
        self.last: _List | None = None  # the last list opened at the top, which the next may continue
        self.by_id: dict[str, _List] = {}

    def blocks(self, element, current: _List | None, depth: int, label: str = "") -> str:
        """Read the paragraphs under ``element``; the first takes ``label``; what is left of it is returned."""
        for child in element:
            tag = child.tag if isinstance(child.tag, str) else ""
            if not tag or tag in SKIPPED:
                continue
            if tag in (_T + "p", _T + "h"):
                number = child.find(_T + "number")  # a label the file wrote out: it is in the text already
                self.lines.append(("" if number is not None else label) + inline(child))
                label = ""
            elif tag == _T + "list":
                label = self.blocks(child, self.open(child, current), depth + 1, label)
            elif tag in (_T + "list-item", _T + "list-header") and current is not None:
                own = self.label(current, depth, child) if tag == _T + "list-item" else ""
                self.blocks(child, current, depth, own)
            else:  # sections, tables, rows, cells...
                label = self.blocks(child, current, depth, label)
        return label

    def open(self, element, outer: _List | None) -> _List:
        """The list ``element`` starts: nested, it counts with the list around it."""
        style = self.styles.get(element.get(_T + "style-name"))
        if outer is not None:
            return outer if style is None or style is outer.levels else _List(style, outer.counts)
        continued = self.by_id.get(element.get(_T + "continue-list") or "")
        if continued is None and element.get(_T + "continue-numbering") == "true":
            continued = self.last
        levels = style if style is not None else (continued.levels if continued is not None else {})
        opened = _List(levels, continued.counts if continued is not None else [None] * _LEVELS)
        self.last = opened
        if element.get(_XML_ID):
            self.by_id[element.get(_XML_ID)] = opened
        return opened

    def label(self, current: _List, depth: int, item) -> str:
        index = min(depth, _LEVELS) - 1
        level = current.levels.get(depth)
        counts = current.counts
        start = _number(item.get(_T + "start-value"), None)
        if start is not None:
            counts[index] = start
        else:
            first = level.start if level is not None else 1
            counts[index] = first if counts[index] is None else min(counts[index] + 1, _MAX_NUMBER)
        for deeper in range(index + 1, _LEVELS):
            counts[deeper] = None
        if level is None:
            return ""
        if level.bullet is not None:
            return level.bullet + "\t"
        if not level.format:
            return ""
        numbers = []
        for shown in range(max(0, index - level.shown + 1), index + 1):
            upper = current.levels.get(shown + 1, level)
            value = counts[shown] if counts[shown] is not None else upper.start
            numbers.append(list_number(value, upper.format or "1"))
        return level.prefix + ".".join(numbers) + level.suffix + "\t"


def inline(element, first=True) -> str:
    """A paragraph's text: white space collapses as the format says, ``text:s``/``tab``/``line-break`` are kept."""
    lead = _SPACE.sub(" ", element.text or "")
    parts = [lead.lstrip(" ") if first else lead]
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == _T + "s":
            count = child.get(_T + "c") or "1"
            parts.append(" " * min(int(count) if count.isdigit() else 1, 100))
        elif tag == _T + "tab":
            parts.append("\t")
        elif tag == _T + "line-break":
            parts.append("\n")
        elif tag and tag not in SKIPPED:
            parts.append(inline(child, first=False))
        parts.append(_SPACE.sub(" ", child.tail or ""))
    return "".join(parts)


def bullet(text):
    """A bullet's character, as a reader sees it: the glyphs of symbol fonts (private-use code points,
    Word's "o" of Courier New and "§" of Wingdings) are drawn as "•"."""
    text = text.strip()
    if not text or any(0xE000 <= ord(char) <= 0xF8FF for char in text) or text in ("o", "§", "·"):
        return "•"
    return text


def list_number(value, number_format):
    """``value`` written as a list numbers it: ``1``, ``a``/``A`` (y, z, aa, bb ...), ``i``/``I``."""
    if number_format in ("a", "A"):
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1) if 0 < value <= 52 else str(value)
        return letter.upper() if number_format == "A" else letter
    if number_format in ("i", "I"):
        roman = _roman(value)
        return roman.upper() if number_format == "I" else roman
    return str(value)


def _roman(value):
    if not 0 < value < 4000:
        return str(value)
    out = []
    for amount, letters in _ROMAN:
        while value >= amount:
            out.append(letters)
            value -= amount
    return "".join(out)
