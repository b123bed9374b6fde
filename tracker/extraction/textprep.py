"""Prepare a text for matching: an NFC working copy and two views of the same length.

Every pattern of the extractor runs on a *view* whose characters line up one to one with the
working copy, so the offsets of any match are offsets into the text and a passage can be quoted
exactly. The views are made with ``str.translate`` and list tables indexed by code point (C speed,
and several times faster than dict tables; characters past the table are left as they are):

- ``lower``: lower case, typographic quotes, dashes and odd spaces made plain, diacritics kept.
  Vietnamese cue words are matched here, because without its diacritics Vietnamese collides with
  itself (``giao`` "assign" / ``giáo`` "teach", ``số`` "number" / ``Sở`` "department").
- ``folded``: ``lower`` with the diacritics of Latin letters removed and ``đ`` made ``d``. Names,
  dates and the cue words of English, French and Swedish are matched here, so that ``Dam Ha`` finds
  ``Đầm Hà`` and ``fevrier`` finds ``février``.

The working copy is the input made plain where documents and editors leave invisible or odd
characters, and an offset map leads every working offset back to the input:

- text that is not NFC (decomposed Vietnamese, or tone marks combining on composed letters as
  Windows-1258 and some keyboards write them) is composed;
- soft hyphens, word joiners, zero-width joiners and direction marks are dropped (a word processor
  leaves a soft hyphen, U+00AD, wherever a word may be hyphenated: a reader sees one word);
- no-break and other fixed-width spaces become plain spaces, full-width ASCII forms (``：``, ``（``)
  their ASCII letters and signs, and the ligatures a PDF's text layer holds (``ﬁ``) their letters;
- a word hyphenated at the end of a line (a justified PDF: ``Septem-\nber``, ``Statskon-\ntoret``)
  is one word again; before a capital the hyphen stays (``Ba Ria-\nVung Tau``), and before a
  conjunction the line is left as it is (``vetenskaps-\noch teknik``). The lines' lengths are
  then read on the input (``segments.join_wrapped_lines``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .columns import ACTION_CELL, DUE_COLUMN, LEAD_COLUMN, NUMBER_CELL, OTHER_CELL

_PLAIN = {
    "\u2018": "'",
    "\u2019": "'",
    "\u02bc": "'",
    "\u00b4": "'",
    "`": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u200b": " ",
    "\t": " ",
    "\x0b": "\n",
    "\x0c": "\n",
    "\x85": "\n",
    "\u2028": "\n",
    "\u2029": "\n",
    "\u2026": ".",
    "\u2022": "-",
    "\u25cf": "-",
    "\u25aa": "-",
    "\u00b7": "-",
}

_LATIN_RANGES = (range(0x0000, 0x0250), range(0x1E00, 0x1F00))


def _build_tables() -> tuple[dict[int, str], dict[int, str]]:
    lower: dict[int, str] = {}
    folded: dict[int, str] = {}
    for block in _LATIN_RANGES:
        for code in block:
            char = chr(code)
            low = char.lower()
            if len(low) != 1:
                low = char
            base = "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))
            if len(base) != 1:
                base = low
            if low != char:
                lower[code] = low
            if base != char:
                folded[code] = base
    for char, plain in _PLAIN.items():
        lower[ord(char)] = plain
        folded[ord(char)] = plain
    for char in ("đ", "Đ", "ð", "Ð"):
        folded[ord(char)] = "d"
    folded[ord("Đ")] = "d"
    lower[ord("Đ")] = "đ"
    return lower, folded


_TABLE_SIZE = 0x2213  # Latin, Vietnamese, general punctuation and the minus sign


def _as_list(table: dict[int, str]) -> list[str]:
    listed = [chr(code) for code in range(_TABLE_SIZE)]
    for code, char in table.items():
        if code < _TABLE_SIZE:
            listed[code] = char
    return listed


LOWER_TABLE, FOLD_TABLE = (_as_list(table) for table in _build_tables())

#: Combining marks: a base character followed by some is what composing may shorten.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
#: What the working copy replaces: invisible format characters, fixed-width spaces, full-width ASCII, ligatures.
_ODD_CHARS = "\u00ad\u200c-\u200f\u2060\ufeff\u00a0\u2000-\u200a\u202f\u205f\u3000\uff01-\uff5e\ufb00-\ufb06"
_ODD = re.compile(f"[{_ODD_CHARS}]")
#: A hyphen that breaks a word at a line's end, with the line break (not before a conjunction: the
#: first part of "vetenskaps- och teknikdepartementet" stays as it is).
_BROKEN_AFTER = r"[ \t]*\r?\n[ \t]*(?=[^\W\d_])(?!(?:och|eller|samt|and|or|et|ou|và|hoặc)\b)"
_BROKEN_WORD = r"(?<=[^\W\d_])-" + _BROKEN_AFTER
#: The same, the hyphen first and the letter before it looked back at: a scan that starts with a literal jumps from
#: one hyphen to the next instead of trying the look-behind at every position (the same matches).
_LINE_HYPHEN = re.compile(r"-(?<=[^\W\d_]-)" + _BROKEN_AFTER)
#: One piece the working copy changes: a base character and its combining marks, an odd character,
#: or the hyphen and line break inside a broken word.
_CLUSTER = re.compile(f".[{_MARKS}]+|[{_ODD_CHARS}]|(?P<broken>{_BROKEN_WORD})", re.DOTALL)


def _plain_forms() -> dict[str, str]:
    """Each odd character and what the working copy holds instead (nothing, a space, ASCII, letters)."""
    forms = dict.fromkeys("\u00ad\u200c\u200d\u200e\u200f\u2060\ufeff", "")
    forms.update(dict.fromkeys("\u00a0\u202f\u205f\u3000", " "))
    forms.update({chr(code): " " for code in range(0x2000, 0x200B)})
    forms.update({chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)})
    forms.update({chr(code): unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)})
    return forms


_PLAIN_FORMS = _plain_forms()
_CR = re.compile(r"\r\n?")


def words(text: str) -> frozenset[str]:
    """Return the set of space-separated words of a literal (keeps long word lists readable)."""
    return frozenset(text.split())


def fold(text: str) -> str:
    """Return ``text`` lower-cased, without diacritics, same length."""
    return text.translate(FOLD_TABLE)


def fold_loose(text: str) -> str:
    """Fold a short string that need not keep its length (directory names, gold files)."""
    text = unicodedata.normalize("NFC", text)
    return " ".join(text.translate(FOLD_TABLE).split())


@dataclass
class Prepared:
    """The working copy of one input and its views."""

    original: str
    work: str
    lower: str
    folded: str
    #: When the working copy differs from the input: the input offset of every working offset (one more
    #: entry than ``work``).
    offsets: list[int] | None = None
    #: The input's lines were hard-wrapped at one width, and the breaks inside its sentences are spaces
    #: in the working copy and its views (``segments.join_wrapped_lines``): the line breaks left end paragraphs.
    wrapped: bool = False

    def to_input(self, offset: int) -> int:
        """Return the input offset of a working offset."""
        if self.offsets is None:
            return offset
        offset = max(0, min(offset, len(self.offsets) - 1))
        return self.offsets[offset]


def _compose(text: str) -> tuple[str, list[int]]:
    """Compose a text cluster by cluster and make its odd characters plain, recording where each
    working character came from."""
    parts: list[str] = []
    offsets: list[int] = []
    position = 0
    for cluster in _CLUSTER.finditer(text):
        start = cluster.start()
        if start > position:
            plain = unicodedata.normalize("NFC", text[position:start])
            parts.append(plain)
            offsets.extend(
                range(position, position + len(plain)) if len(plain) == start - position else [position] * len(plain)
            )
        piece = cluster.group()
        if cluster.group("broken"):  # "Septem-\nber" is one word; "Ria-\nVung" keeps its hyphen
            composed = "" if text[cluster.end()].islower() else "-"
            parts.append(composed)
            offsets.extend([start] * len(composed))
            position = cluster.end()
            continue
        composed = _PLAIN_FORMS[piece] if len(piece) == 1 else unicodedata.normalize("NFC", piece)
        parts.append(composed)
        offsets.extend([start] * len(composed))
        position = cluster.end()
    if position < len(text):
        plain = unicodedata.normalize("NFC", text[position:])
        parts.append(plain)
        offsets.extend(
            range(position, position + len(plain)) if len(plain) == len(text) - position else [position] * len(plain)
        )
    offsets.append(len(text))
    return "".join(parts), offsets


def coerce_text(text) -> str:
    """Turn whatever a caller passed into a string (bytes are decoded, None is empty)."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        return bytes(text).decode("utf-8", errors="replace")
    return str(text)


def prepare(text: str) -> Prepared:
    """Build the working copy and its views for one input."""
    offsets = None
    work = text
    try:
        normalized = unicodedata.is_normalized("NFC", text)
    except (TypeError, ValueError):
        normalized = True
    if not normalized or _ODD.search(text) or _LINE_HYPHEN.search(text):
        work, offsets = _compose(text)
    lower = _CR.sub(lambda m: " " * (len(m.group()) - 1) + "\n", work.translate(LOWER_TABLE))
    folded = lower.translate(FOLD_TABLE)
    if "upp" in folded:
        folded = _mend_slips(folded)
    if folded.count(" / ") >= 4:
        work, lower, folded = _slash_tables(work, lower, folded)
    return Prepared(original=text, work=work, lower=lower, folded=folded, offsets=offsets)


def _slash_heading(cells: list[str]) -> bool:
    """Whether the cells of a line parted by " / " are a task table's heading: an action cell, a lead cell and a due
    cell ("Action / Pilote / Échéance", "N° / Action / Responsable / Appui / Échéance"), none but heading words."""
    if len(cells) < 3 or not any(LEAD_COLUMN.fullmatch(c) for c in cells[1:]):
        return False
    if not any(DUE_COLUMN.fullmatch(c) for c in cells[1:]):
        return False
    if not (ACTION_CELL.fullmatch(cells[0]) or (NUMBER_CELL.fullmatch(cells[0]) and ACTION_CELL.fullmatch(cells[1]))):
        return False
    kinds = (NUMBER_CELL, ACTION_CELL, LEAD_COLUMN, DUE_COLUMN, OTHER_CELL)
    return all(any(kind.fullmatch(c) for kind in kinds) for c in cells)


def _slash_tables(work: str, lower: str, folded: str) -> tuple[str, str, str]:
    """The views with the cells of a task table whose cells are parted by " / " (a table flattened to text by a word
    processor or pasted by hand: "Action / Pilote / Échéance", then "Diffuser le guide / DRM / 30 juin") parted by
    " | " as a pipe table's are, so that the readers of pipe tables read it (same length; the input keeps its
    slashes). The table runs from its heading ("Action / Owner / Deadline" too) to a blank line or to a sentence
    with fewer cells than the heading (the text after it, a stop at its end); a row with more slashes than the
    heading has leaves the extra ones inside the cells before its last, where a lead cell names several units ("...
    / DRM / DSOL / 30 juin")."""
    spots: list[int] = []
    at = 0
    while True:
        at = folded.find(" / ", at)
        if at < 0:
            break
        line_start = folded.rfind("\n", 0, at) + 1
        line_end = folded.find("\n", at)
        line_end = len(folded) if line_end < 0 else line_end
        at = line_end
        cells = folded[line_start:line_end].split(" / ")
        if len(cells) > 6 or any(len(c.split()) > 4 for c in cells) or not _slash_heading(cells):
            continue
        parts = len(cells) - 1
        row = line_start
        while row <= len(folded):
            row_end = folded.find("\n", row)
            row_end = len(folded) if row_end < 0 else row_end
            line = folded[row:row_end]
            if not line.strip():
                break  # a blank line ends the table
            marks = [row + m.start() for m in re.finditer(" / ", line)]
            if row > line_start and len(marks) < parts and line.rstrip().endswith((".", "!", "?", ";")):
                # a sentence with fewer cells than the heading, "La DAJ transmettra ... et / ou ... avant le 15
                # mars.": the text after the table (not a row's tail, wrapped with no stop: "(31/08)")
                break
            if len(marks) > parts:
                marks = marks[: parts - 1] + marks[-1:]
            spots.extend(marks)
            row, at = row_end + 1, row_end
    if not spots:
        return work, lower, folded
    views = []
    for view in (work, lower, folded):
        chars = list(view)
        for spot in spots:
            if view[spot + 1] == "/":
                chars[spot + 1] = "|"
        views.append("".join(chars))
    return views[0], views[1], views[2]


#: A cue word typed with two letters swapped, as the folded view reads it again (same length): "får i uppdarg att",
#: "ges i upprdag", "i uppdrga" are "i uppdrag" (its other forms too: "uppdarget").
_SLIPS = {"uppdarg": "uppdrag", "upprdag": "uppdrag", "uppdrga": "uppdrag"}
_SLIP = re.compile(r"(?<![a-z])(?:" + "|".join(_SLIPS) + r")")


def _mend_slips(folded: str) -> str:
    """The folded view with the cue words typed with two letters swapped written right (see ``_SLIPS``)."""
    if not any(slip in folded for slip in _SLIPS):
        return folded
    return _SLIP.sub(lambda hit: _SLIPS[hit.group()], folded)
