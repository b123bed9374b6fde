"""The text of a Word document (``.docx``) as its reader sees it: paragraphs in order, each with its
list label, tables cell by cell.

python-docx opens the package; the body is walked here, because what python-docx's ``.text`` gives
is not what the page shows:

- **List labels.** "1.", "a)", "•" of a numbered or bulleted paragraph are not in its text: Word
  draws them from ``numbering.xml``. A notice whose items are numbered that way would reach the
  extractor as bare paragraphs, so a list item ending in a comma ran on into the next. Each
  paragraph's label is rebuilt from its numbering (direct, or through its style and the styles it
  is based on): the level's format (decimal, letters, Roman numerals, bullets), its text
  (``%1.%2.``), start values and overrides, counters that go on across the paragraphs between items
  and restart below a higher level, and the separator (a tab, as Word copies it, a space, or none).
- **Tables.** A cell merged across columns or rows is one cell: it is read once (python-docx hands
  it out once per grid column and per row it spans), and the empty continuations are skipped.
- **Content controls, tracked insertions, fields, smart tags** hold text of the paragraph or of the
  body and are read (python-docx's ``.text`` skips them); deleted text and field codes are not, and
  neither are drawings and text boxes, as before.

A numbering part that cannot be understood costs the labels, never the document.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from tracker.extraction.odf import bullet, list_number

log = logging.getLogger(__name__)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: Inline containers whose runs are text of the paragraph (not ``w:del``, ``w:moveFrom``: removed text).
_INLINE = {
    _W + tag for tag in ("r", "hyperlink", "ins", "moveTo", "smartTag", "fldSimple", "customXml", "sdt", "sdtContent")
}
#: Block containers whose paragraphs, tables, rows or cells are text of the body.
_BLOCKS = {_W + tag for tag in ("sdt", "sdtContent", "customXml")}
_RUN_TEXT = {_W + "t": None, _W + "tab": "\t", _W + "br": "\n", _W + "cr": "\n", _W + "noBreakHyphen": "-"}
_LEVELS = 9
#: Word's largest start value.
_MAX_NUMBER = 32767


def body_lines(document) -> list[str]:
    """The lines of a python-docx ``Document``'s body: one per paragraph or table cell paragraph."""
    numbering = Numbering(document)
    lines: list[str] = []
    _blocks(document.element.body, numbering, lines)
    return lines


def _val(element, path):
    found = element.find(path) if element is not None else None
    return found.get(_W + "val") if found is not None else None


def _blocks(element, numbering, lines):
    for child in element:
        if child.tag == _W + "p":
            lines.append(numbering.label(child) + paragraph_text(child))
        elif child.tag == _W + "tbl":
            _table(child, numbering, lines)
        elif child.tag in _BLOCKS:
            _blocks(child, numbering, lines)


def _children(element, tag):
    """The children of ``element`` with ``tag``, also those wrapped in content controls."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in _BLOCKS:
            yield from _children(child, tag)


def _table(table, numbering, lines):
    for row in _children(table, _W + "tr"):
        for cell in _children(row, _W + "tc"):
            properties = cell.find(_W + "tcPr")
            merged = properties is not None and (
                (properties.find(_W + "vMerge") is not None and _val(properties, _W + "vMerge") != "restart")
                or (properties.find(_W + "hMerge") is not None and _val(properties, _W + "hMerge") != "restart")
            )
            if not merged:  # a continuation of a merged cell holds nothing of its own
                _blocks(cell, numbering, lines)


def paragraph_text(paragraph) -> str:
    """A paragraph's text: its runs, also inside links, insertions, fields and content controls."""
    parts: list[str] = []
    _inline(paragraph, parts)
    return "".join(parts)


def _inline(element, parts):
    for child in element:
        tag = child.tag
        if tag in _RUN_TEXT:
            text = _RUN_TEXT[tag]
            parts.append(child.text or "" if text is None else text)
        elif tag in _INLINE:
            _inline(child, parts)


# --- Numbering -------------------------------------------------------------------------------------


@dataclass
class Level:
    """One level of a list: how its number is written."""

    format: str = "decimal"
    text: str = ""
    start: int = 1
    suffix: str = "\t"
    legal: bool = False


def _number(value, default=0):
    """An attribute's whole number within Word's bounds, or ``default``."""
    return min(int(value), _MAX_NUMBER) if value and value.isdigit() else default


def _level(lvl) -> Level:
    suffix = {"space": " ", "nothing": ""}.get(_val(lvl, _W + "suff") or "tab", "\t")
    return Level(
        format=_val(lvl, _W + "numFmt") or "decimal",
        text=_val(lvl, _W + "lvlText") or "",
        start=_number(_val(lvl, _W + "start"), 1),
        suffix=suffix,
        legal=lvl.find(_W + "isLgl") is not None,
    )


class Numbering:
    """The list labels of a document's paragraphs, counted in reading order."""

    def __init__(self, document):
        self.levels: dict[str, dict[int, Level]] = {}  # numId -> its levels
        self.counter_of: dict[str, str] = {}  # numId -> the counter it shares
        self.counters: dict[str, list[int | None]] = {}
        self.style_numbers: dict[str, tuple[str | None, str | None]] = {}
        try:
            self._read(document.part.numbering_part.element)
            self._read_styles(document.styles.element)
        except Exception:  # a damaged numbering part: the paragraphs are read without their labels
            log.info("unreadable numbering in a .docx upload", exc_info=True)
            self.levels = {}

    def _read(self, root):
        abstracts = {
            abstract.get(_W + "abstractNumId"): {
                _number(lvl.get(_W + "ilvl")): _level(lvl) for lvl in abstract.findall(_W + "lvl")
            }
            for abstract in root.findall(_W + "abstractNum")
        }
        for num in root.findall(_W + "num"):
            num_id, abstract_id = num.get(_W + "numId"), _val(num, _W + "abstractNumId")
            levels = dict(abstracts.get(abstract_id, {}))
            restarts = False
            for override in num.findall(_W + "lvlOverride"):
                ilvl = _number(override.get(_W + "ilvl"))
                if override.find(_W + "lvl") is not None:
                    levels[ilvl] = _level(override.find(_W + "lvl"))
                    restarts = True
                start = _val(override, _W + "startOverride")
                if start and start.isdigit():
                    base = levels.get(ilvl, Level())
                    levels[ilvl] = Level(base.format, base.text, _number(start), base.suffix, base.legal)
                    restarts = True
            self.levels[num_id] = levels
            # Lists of one definition go on counting together unless one of them starts anew.
            self.counter_of[num_id] = f"num {num_id}" if restarts else f"abstract {abstract_id}"

    def _read_styles(self, styles):
        own, based_on = {}, {}
        for style in styles.findall(_W + "style"):
            style_id = style.get(_W + "styleId")
            properties = style.find(_W + "pPr")
            number = properties.find(_W + "numPr") if properties is not None else None
            if number is not None:
                own[style_id] = (_val(number, _W + "numId"), _val(number, _W + "ilvl"))
            based_on[style_id] = _val(style, _W + "basedOn")
        for style_id in based_on:
            seen, current = set(), style_id
            while current is not None and current not in own and current not in seen:
                seen.add(current)
                current = based_on.get(current)
            if current in own:
                self.style_numbers[style_id] = own[current]

    def label(self, paragraph) -> str:
        """The label Word shows before ``paragraph`` ("1.\\t", "a)\\t", "•\\t"), or ``""``."""
        properties = paragraph.find(_W + "pPr")
        if properties is None or not self.levels:
            return ""
        number = properties.find(_W + "numPr")
        num_id = _val(number, _W + "numId")
        ilvl = _val(number, _W + "ilvl")
        style_num, style_ilvl = self.style_numbers.get(_val(properties, _W + "pStyle"), (None, None))
        num_id = num_id or style_num
        ilvl = ilvl or style_ilvl or "0"
        if not num_id or num_id == "0" or num_id not in self.levels or not ilvl.isdigit():
            return ""
        return self._count(num_id, min(int(ilvl), _LEVELS - 1))

    def _count(self, num_id, ilvl):
        levels = self.levels[num_id]
        counts = self.counters.setdefault(self.counter_of[num_id], [None] * _LEVELS)
        level = levels.get(ilvl, Level())
        counts[ilvl] = level.start if counts[ilvl] is None else min(counts[ilvl] + 1, _MAX_NUMBER)
        for deeper in range(ilvl + 1, _LEVELS):
            counts[deeper] = None
        if level.format == "none":
            return ""
        if level.format == "bullet":
            return bullet(level.text) + level.suffix
        text = level.text
        for k in range(_LEVELS):
            placeholder = f"%{k + 1}"
            if placeholder in text:
                upper = levels.get(k, Level())
                value = counts[k] if counts[k] is not None else upper.start
                text = text.replace(placeholder, _format(value, "decimal" if level.legal else upper.format))
        return (text + level.suffix) if text.strip() else ""


_FORMATS = {"lowerLetter": "a", "upperLetter": "A", "lowerRoman": "i", "upperRoman": "I"}


def _format(value, number_format):
    if number_format == "decimalZero":
        return f"{value:02d}"
    return list_number(value, _FORMATS.get(number_format, "1"))
