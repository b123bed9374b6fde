"""A council's log of outstanding directives copied one cell to a line, read as its table lays it out.

A clerk's report lists the directives still open as a table ("Directive No. | Council Date | Directive |
Department | Due Date | Status / Comments"); pasted from a PDF or a word processor, each cell is a line of its
own: the heading cells, then each row's resolution number ("CR118/2026") and date ("January 26, 2026"), its
directive over one line or more (the council's own words: "That Administration BE DIRECTED to ..."), the
department's line, the due cell ("Q2 2026", "March 2027", "TBD", "Per resolution") and the status over one line
or more ("Completed. Report C 88/2026 considered by Council on June 8, 2026."). A resolution with a second
directive gives it a row of its own with no number or date: its directive's line opens like the others.

The directives themselves are read as sentences (their words say who is directed); this module tells where
each row's cells are, so that:

- the cells after a directive give no order of their own (a status is what was done: "Completed.", "Report
  in preparation", "To be removed from list");
- the department cell is the office that tracks the row, no unit the directive gives work to (the resolution
  names whom it directs);
- the row's due cell is the directive's deadline ("Q2 2026" by the end of June), a revised date in its status
  replacing it ("Revised target: November 16, 2026 meeting of Council"); where the cell gives no date ("Per
  resolution") a delay in the directive counts from the row's own date ("report back within 120 days" of the
  council's meeting that gave it, not of the meeting the log goes to);
- the directive's quote runs to its due cell (or its revised date), and its references hold the row's number.

The table is found by its heading cells, each alone on its line (or on one line, parted by bars: "Res. No. /
Date | Council Direction | Owner | Target | Status / Comments"), among them a directive, a due and a status
cell; the rows are read only under such a heading (a text without one costs a substring test). A log with no due
column ("Item No.\nCouncil Date\nDirection\nResponsible\nStatus") is read under its number, date, directive and
status cells: each row's directive runs to the line after its last stop (or, with no final stop, to the first
line after it that opens with a capital, before the next row's number), its delays count from the row's own date,
and its number is the reference of its directives, as in the other logs.

A report on council referrals writes the same rows as numbered items with labelled lines instead ("1. Tenant
Relocation Assistance (Referral No. 2025-11; September 23, 2025)", the directive "Staff was directed to ...",
then "Responsible department: ...", "Anticipated completion: Q3 2026" and "Status: ..."): the labels are the
row's cells, read the same way (:func:`label_rows`).
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import pairwise

from tracker.extraction.columns import ACTION_CELL, LEAD_COLUMN
from tracker.extraction.deadlines import find_deadline
from tracker.extraction.textprep import Prepared

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_YEAR = r"(?:19|20)\d\d"

#: A due-date heading cell (folded): "Due Date", "Target Date", "Deadline", "Timeline".
_DUE_WORDS = (
    r"[ \t]*(?:due(?:\s+date)?|target(?:\s+date)?|deadline|timeline|timeframe|completion\s+date|"
    # ("Report Back": the meeting or date the row's report is due at)
    r"report[ \t-]+back(?:\s+date)?)[ \t]*"
)
#: ... alone on its line, found anywhere in the text.
_DUE_HEADING_LINE = re.compile(rf"(?m)^{_DUE_WORDS}$")
#: A status heading cell alone on its line (folded): the last heading cell of a log with no due column.
_STATUS_HEADING_LINE = re.compile(
    r"(?m)^[ \t]*(?:status|comments?|remarks?)(?:[ \t]*(?:/|&|and|-)[ \t]*[a-z]+)?[ \t]*$"
)
#: The other heading cells of such a log, each alone on its line (folded).
_NUMBER_HEAD = re.compile(
    r"[ \t]*(?:(?:(?:council\s+)?(?:directive|resolution|res|motion|item|action|referral)\.?|cr)\s*"
    # "Res. No. / Date": the number and the date in one cell
    r"(?:no\.?|#|number|ref\.?)|no\.?|#|ref\.?|item|reference)(?:[ \t]*/[ \t]*date)?[ \t]*"
    # "Meeting / Resolution", "Meeting & Resolution No.": the meeting and the resolution's number in one cell
    r"|[ \t]*(?:council\s+)?(?:meeting|date)[ \t]*(?:/|&|and)[ \t]*(?:resolution|res\.?|motion)"
    r"(?:[ \t]+(?:no\.?|#))?[ \t]*"
)
_DATE_HEAD = re.compile(
    r"[ \t]*(?:(?:(?:council|meeting|committee|board|resolution)\s+)?date(?:\s+(?:assigned|passed|adopted|given|of\s+"
    r"(?:meeting|resolution|decision)))?|(?:council\s+)?meeting)[ \t]*"
)
_ACTION_HEAD = re.compile(
    r"[ \t]*(?:(?:council|board|committee)\s+)?(?:directives?|directions?|resolutions?|motions?|requests?|"
    r"referrals?|actions?(?:\s+required)?)(?:\s*/\s*(?:directives?|directions?|resolutions?|motions?|requests?|"
    r"referrals?|actions?))?[ \t]*"
)
_DUE_HEAD = re.compile(_DUE_WORDS)
_STATUS_WORDS = r"(?:status|comments?|remarks?|notes?|progress|updates?)"
_STATUS_HEAD = re.compile(rf"[ \t]*{_STATUS_WORDS}(?:\s*(?:/|&|and|-)\s*{_STATUS_WORDS})*[ \t]*")
_UNITS_HEAD = re.compile(r"[ \t]*(?:depts?\.?|departments?(?:\(s\))?|divisions?|services?)[ \t]*")

#: A row's resolution number alone on its line (folded): "CR118/2026", "R-45/2026", "2026-118", "Res. 2026/31", or
#: a board's item number with its year in two digits after a prefix ("BD-25-038", "BD 26-003").
_RESOLUTION_NUMBER = rf"(?:[a-z]{{1,6}}\.?[ \t-]?)?(?:no\.?[ \t]*)?(?:\d{{1,4}}[/-]{_YEAR}|{_YEAR}[/-]\d{{1,4}})"
_ITEM_NUMBER = r"[a-z]{1,6}[ \t-]\d\d-\d{2,4}"
_NUMBER_LINE = re.compile(rf"[ \t]*(?:{_RESOLUTION_NUMBER}|{_ITEM_NUMBER})[ \t]*")
#: ... the log's own item number, no decision the row's directives cite (a resolution's number is one).
_ITEM_LINE = re.compile(rf"[ \t]*{_ITEM_NUMBER}[ \t]*")
#: A row's date alone on its line (folded): "January 26, 2026", "26 January 2026", "26/01/2026", "2026-01-26".
_DATE = (
    rf"(?:{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?,?\s+"
    rf"{_YEAR}|\d{{1,2}}[/.]\d{{1,2}}[/.]{_YEAR}|{_YEAR}-\d\d-\d\d|\d{{1,2}}-{_MONTH}-{_YEAR})"  # ("23-Sep-2025")
)
#: The dashes of a date written "23-Sep-2025", read as spaces (same length).
_DASHED_DATE = re.compile(rf"\b(\d{{1,2}})-({_MONTH})-({_YEAR})\b")
_DATE_LINE = re.compile(rf"[ \t]*{_DATE}[ \t]*")
#: A row's meeting and resolution in one cell (folded): "OM 24/02/2026 – Res. 2026/031", "24 Feb 2026 - CR-2026-14".
_MEETING_NUMBER_LINE = re.compile(
    rf"[ \t]*(?:[a-z]{{1,6}}\.?[ \t]+)?(?P<date>{_DATE})[ \t]*[-–—,][ \t]*(?P<number>{_RESOLUTION_NUMBER})[ \t]*"
)
#: The register's own item number alone on its line, over such a cell: "1", "12".
_BARE_ITEM_LINE = re.compile(r"[ \t]*\d{1,3}[ \t]*")
#: A due cell's revised date in brackets after the first (folded): "30-jun-2026 (revised: aug 2026)" (not "sept. 2026
#: (revised from june 2026)", the date it had before).
_REVISED_BRACKET = re.compile(
    r"[ \t]*\([ \t]*(?:revised|rev\.|extended|amended|new\s+(?:target|date))(?![ \t]*from\b)[ \t]*(?::|to)?[ \t]*"
    r"(?P<value>[^()\n]{2,30}?)"
    r"[ \t]*\)[ \t]*$"
)
#: ... and anywhere in a line: the date in an item's title.
_DATE_IN_LINE = re.compile(rf"\b{_DATE}")
#: A heading row of such a log on one line, its cells parted by bars (folded): "Res. No. / Date | Council Direction |
#: Owner | Target | Status / Comments", or as Markdown writes it ("| Res. No. | ... | Status |").
_PIPED_HEADING_LINE = re.compile(r"(?m)^[ \t]*\|?[^\n|]{1,40}(?:\|[^\n|]{1,40}){3,9}\|?[ \t]*$")
#: A due cell that gives a delay, counted from the row's own date (folded): "60 days", "Within 90 days".
_DELAY_DUE = re.compile(
    r"[ \t]*(within[ \t]+)?\d{1,3}[ \t]+(?:(?:working|business|calendar)[ \t]+)?(?:days?|weeks?|months?)[ \t]*"
)
#: A due cell that names the meeting the row comes back to, its date after it (folded): "Commission meeting of ...".
_MEETING_DUE = re.compile(r"[ \t]*(?:[a-z]+[ \t]+){0,3}?meeting[ \t]+(?:of|on)[ \t]+\S")
#: One part of a due cell that gives each directive of its row a date of its own (folded): "Bylaw - July 2026" of
#: "Bylaw - July 2026; Fees - October 2026".
_DUE_PART = re.compile(r"[ \t]*[a-z][a-z ]{0,24}?[ \t]*[-–:][ \t]*(?P<value>[^;]+?)[ \t]*")
#: ... its label in brackets after the value: "April 30, 2026 (all-way stop); ongoing (patrols)".
_DUE_PART_LABEL_AFTER = re.compile(r"[ \t]*(?P<value>[^;()]+?)[ \t]*\([ \t]*[a-z][a-z -]{0,24}?[ \t]*\)[ \t]*")
#: A due cell that gives no date (folded): "TBD", "N/A", "Per resolution", "Ongoing", "-", "ASAP", "Next Audit &
#: Risk meeting".
_NO_DUE = re.compile(
    r"[ \t]*(?:n/?a|tbd|tba|tbc|none|ongoing|as\s+(?:required|needed)|(?:as\s+)?per\s+(?:the\s+)?(?:resolution|motion|"
    r"directive)|[-–—]+|asap|as\s+soon\s+as\s+possible|next\s+(?:[a-z&]+\s+){0,4}?meeting|"
    # ("2027 Budget": with the budget of that year, whenever it is debated)
    r"(?:19|20)\d\d\s+(?:capital\s+|operating\s+)?budget(?:\s+(?:deliberations|process))?)[ \t]*"
)
#: The last word of a line that the next line goes on from: a due cell does not follow it.
_GOES_ON = re.compile(r"(?:\b(?:by|before|on|to|of|until|in|the|and|or|than|from|at)|[,(])[ \t]*$")
#: A status cell that moves the due date (folded): "Revised target:", "New due date", "Extended to".
_REVISED = re.compile(
    r"\b(?:(?:revised|new|updated|extended|amended)\s+(?:target|due|completion|deadline)(?:\s+date)?\s*(?::|to|of)?"
    r"|(?:revised|extended)\s*(?::|to)(?=\s*\d|\s*" + _MONTH + r"))\s*"
)
#: A row's directive in the council's words opens its line (working view): "That the City Clerk BE DIRECTED".
_MOTION_LINE = re.compile(r"[ \t]*(?:That|THAT)\s")
#: The motion's next clause on its own line, numbered or joined: "II. That ...", "(b) That ...", "and, That ...".
_NEXT_CLAUSE_LINE = re.compile(
    r"[ \t]*(?:\(?(?:[ivx]{1,4}|[IVX]{1,4}|[a-h]|\d{1,2})[.)][ \t]+|(?:and|or),?[ \t]+)(?:That|THAT)\s"
)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
#: A numeric date of a log's cells: "12/31/2025", "1/13/2026".
_NUMERIC_DAY = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)?\d\d)\b")
#: A due cell's date with its year in two digits (folded): "11/20/26", "31/03/27", "dec-26", "mar '27".
_SHORT_YEAR = re.compile(rf"\b(\d{{1,2}}[/.]\d{{1,2}}[/.]|{_MONTH}(?:[-'’]|\s+'))(\d\d)\b(?![/.-]?\d)")
#: A due cell's later date after the first (folded): "dec-26, revised 28/02/27", "march 2027; extended to june 2027".
_REVISED_TAIL = re.compile(r"[,;][ \t]*(?:revised|extended|rev\.)(?:[ \t]+to)?[ \t]*:?[ \t]*(?=\S)")


def _month_first(folded: str, start: int, end: int) -> bool:
    """Whether the log's numeric dates run month first: one of them can be read no other way ("12/31/2025")."""
    return "/" in folded[start:end] and any(int(hit.group(2)) > 12 for hit in _NUMERIC_DAY.finditer(folded, start, end))


def _unwrapped(value: str) -> str:
    """A due cell's date under its label, its brackets blanked (same length): "(June 2026)" of "Budget hearings\n(June
    2026)"."""
    if value.startswith("(") and value.endswith(")"):
        return " " + value[1:-1] + " "
    return value


def _day_first(value: str, month_first: bool) -> str:
    """``value`` with its numeric dates written day first, as the deadline reader takes them (same length); a date
    written "23-sep-2025" with spaces for its dashes."""
    if "-" in value:
        value = _DASHED_DATE.sub(r"\1 \2 \3", value)
    if not month_first or "/" not in value:
        return value
    return _NUMERIC_DAY.sub(lambda hit: f"{hit.group(2)}/{hit.group(1)}/{hit.group(3)}", value)


@dataclass
class LogRow:
    """One row of a log: offsets in the working copy."""

    number: tuple[int, int] | None  # its resolution number's line
    date: datetime.date | None  # the date the council gave it
    action: int  # where its directive starts
    cells: int  # where the cells after its directive start (its department's line, else its due cell)
    due: tuple[int, int]  # its due cell's line
    end: int  # where its last status line ends
    #: where its directive's lines go on from the line before, the sentence not ended ("... on the North\nIndustrial
    #: lands ..."): a passage that starts there is the rest of the one before
    wraps: tuple[int, ...] = ()
    #: where the item's title line starts, above its directive ("1. Tenant Relocation Assistance (Referral No. ...)"):
    #: a passage that starts there and runs into the directive starts at the directive
    title: int | None = None
    #: whether the log's numeric dates run month first ("12/31/2025")
    month_first: bool = False
    #: whether its number is the register's own item number ("Item No." over "2025/118"), no resolution it cites
    item_number: bool = False
    #: whether the directive's own words give its deadline before the due cell does (a row laid out on lines of its
    #: own, whose directive may hold two orders with dates of their own): the cell only where they give none
    text_first: bool = False
    #: (start, end) of the log's heading row above it, on one line: no order of its own ("... Dept. Report Back Status")
    heading: tuple[int, int] | None = None
    #: whether its directive stands under a label of its own ("Request: Provide ...", "Direction: The EE shall ..."):
    #: its quote that label's words alone, the labelled cells after it none of it
    labelled_action: bool = False


def _lines(prep: Prepared) -> list[tuple[int, int]]:
    """The text's lines as the input lays them out (a line reading joined to the one before included): (start, end)
    in the working copy of each non-blank line, trailing spaces left out."""
    work, original, offsets = prep.work, prep.original, prep.offsets
    breaks = [-1]
    position = original.find("\n")
    while position >= 0:
        at = position if offsets is None else bisect_left(offsets, position)
        if at < len(work) and work[at] in "\n ":  # (not a hyphenated word made whole again)
            breaks.append(at)
        position = original.find("\n", position + 1)
    breaks.append(len(work))
    found = []
    for a, b in pairwise(breaks):
        a += 1
        while a < b and work[a] in " \t":
            a += 1
        while b > a and work[b - 1] in " \t\r":
            b -= 1
        if b > a:
            found.append((a, b))
    return found


def _heading_kind(folded: str, start: int, end: int) -> str | None:
    if end - start > 40:
        return None
    if _NUMBER_HEAD.fullmatch(folded, start, end):
        return "number"
    if _DATE_HEAD.fullmatch(folded, start, end):
        return "date"
    if _DUE_HEAD.fullmatch(folded, start, end):
        return "due"
    if _STATUS_HEAD.fullmatch(folded, start, end):
        return "status"
    if _ACTION_HEAD.fullmatch(folded, start, end) or ACTION_CELL.fullmatch(folded, start, end):
        return "action"
    if LEAD_COLUMN.fullmatch(folded, start, end) or _UNITS_HEAD.fullmatch(folded, start, end):
        return "units"
    return None


def _row_date(folded: str, start: int, end: int, month_first: bool = False) -> datetime.date | None:
    if not _DATE_LINE.fullmatch(folded, start, end):
        return None
    found = find_deadline("by " + _day_first(folded[start:end].strip(), month_first), [], None, "en")
    return found.date if found is not None else None


#: The words a heading row parted by spaces alone is split into, and a due heading's word among them (folded).
_WORD = re.compile(r"\S+")
_DUE_WORD = re.compile(r"\b(?:due|target|deadline|timeline|timeframe|completion|report\s+back)\b")


def _worded_kinds(folded: str, start: int, end: int) -> list[str] | None:
    """The kinds of the cells of a heading row parted by spaces alone ("Item No. Meeting Date Resolution / Action
    Responsible Due Date Status / Comments"): its words read as the fewest whole heading cells, None where they
    are not all such cells."""
    words = [hit.span() for hit in _WORD.finditer(folded, start, end)]
    if not 4 <= len(words) <= 16:
        return None
    best: list[list[str] | None] = [[]] + [None] * len(words)  # the kinds of the first i words read as cells
    for i in range(len(words)):
        if best[i] is None:
            continue
        for j in range(i + 1, min(len(words), i + 4) + 1):
            kind = _heading_kind(folded, words[i][0], words[j - 1][1])
            if kind is not None and (best[j] is None or len(best[i]) + 1 < len(best[j])):
                best[j] = best[i] + [kind]
    return best[-1]


def _worded_heading_rows(prep: Prepared, lines: list[tuple[int, int]]) -> list[LogRow]:
    """The rows of a log whose heading row stands on one line, its cells parted by spaces alone, each row's cells
    below it one to a line: its number, its date, its directive (an order with no subject, "Report back to Council
    on ...", or the council's words), the officer or department responsible, the due cell and the status."""
    folded = prep.folded
    found = folded.find("status")
    while found >= 0 and not (_DUE_WORD.search(folded, max(0, found - 100), found)):
        found = folded.find("status", found + 6)
    if found < 0:
        return []
    lines = lines or _lines(prep)
    starts = [start for start, _end in lines]
    rows: list[LogRow] = []
    while found >= 0:
        k = bisect_right(starts, found) - 1
        if k >= 0 and k + 1 < len(lines) and lines[k][1] - lines[k][0] <= 120:
            kinds = _worded_kinds(folded, *lines[k])
            if (
                kinds is not None
                and len(kinds) >= 4
                and {"action", "due", "status"} <= set(kinds)
                and _NUMBER_LINE.fullmatch(folded, *lines[k + 1])
            ):
                read = _read_rows(prep, lines, k + 1)
                if kinds[0] == "number" and folded.startswith("item", lines[k][0]):
                    for row in read:  # "Item No." over "2025/118", no letters: the register's own numbering
                        row.item_number = row.number is not None and not re.search(r"[a-z]", folded[slice(*row.number)])
                rows.extend(read)
            elif (
                kinds is not None
                and len(kinds) >= 4
                and {"number", "action", "due", "status"} <= set(kinds)
                and _ROW_LINE_OPEN.match(folded, *lines[k + 1])
            ):
                # "CD-2025-041 23-Sep-2025 That Administration BE DIRECTED to ...": each row on lines of its own
                own = re.match(r"[ \t]*(?:item|directive|action|ref)", folded[lines[k][0] : lines[k][1]]) is not None
                rows.extend(_read_line_rows(prep, lines, k, own))
        found = folded.find("status", max(found + 6, rows[-1].end if rows else 0))
    return rows


#: A row of a log laid out on lines of its own, opened by its number and date cells before its directive (folded):
#: "cd-2025-041 23-sep-2025 that administration be directed to ...", "cr14/2026 january 12, 2026 that ...".
_ROW_LINE_OPEN = re.compile(
    # ("(1) That ...": the first clause's number before the directive)
    rf"[ \t]*(?P<number>{_RESOLUTION_NUMBER}|{_ITEM_NUMBER})[ \t]+(?P<date>{_DATE})[ \t]+(?:\(\d{{1,2}}\)[ \t]+)?(?=\S)"
)
#: The due cell of such a row, among the first words of its cells' line after its units (folded): "14-apr-2026",
#: "q2 2026", "jan 2026", "fall 2026", "2027 budget", "n/a", "-", "quarterly".
_LINE_DUE = re.compile(
    rf"(?<!\S)(?:\d{{1,2}}[- ]{_MONTH}\.?[- ]{_YEAR}|{_MONTH}\.?[ \t]+(?:\d{{1,2}},?[ \t]+)?{_YEAR}|"
    rf"\d{{1,2}}[/.]\d{{1,2}}[/.]{_YEAR}|{_YEAR}-\d\d-\d\d|(?:q[1-4]|h[12])[ \t]+{_YEAR}|"
    rf"(?:spring|summer|fall|autumn|winter)[ \t]+{_YEAR}|{_YEAR}[ \t]+(?:capital[ \t]+|operating[ \t]+)?budget|"
    r"n/a|tb[adc]|[-–—]|ongoing|(?:weekly|monthly|quarterly|annually|semi-annually))(?!\S)"
)
#: A directive in the council's words to the staff at large (folded): "That Administration BE DIRECTED to", "Staff was
#: directed to", "Directed staff to".
_STAFF_ADDRESSED = re.compile(
    r"[ \t]*(?:that\s+(?:the\s+)?(?:city\s+|county\s+|town\s+)?(?:administration|staff)\s+(?:be|is|are|was|were)\s+"
    r"(?:directed|requested|asked|instructed)|(?:city\s+|county\s+)?staff\s+(?:was|were|is|are)\s+(?:directed|requested|"
    r"asked|instructed)|directed\s+(?:city\s+|county\s+)?staff|"
    # ("That staff report back with ...": the staff the subject of the council's verb)
    r"that\s+(?:city\s+|county\s+|town\s+)?staff\s+(?!(?:committee|commission|liaison)\b)[a-z]+)\b"
)
#: A row's order to the officers at large, no unit named (folded): "Officers to bring forward ...", "Staff to ...".
_OFFICERS_TO = re.compile(r"[ \t]*(?:staff|officers|administration)\s+to\s+(?!be\b)[a-z]")
#: What a responsible cell may hold before the unit it names first (folded): its label, "the".
_CELL_OPENING = re.compile(r"[ \t]*(?:[a-z][a-z ]{1,30}:[ \t]*)?(?:the\s+)?")
#: A delay in a directive's words, counted from its row's date: "within 60 days", "in six weeks".
_DELAY_WORD = re.compile(r"\b(?:days?|weeks?|months?|fortnight)\b")
#: A line that ends a sentence (working view): the directive's last line, its cells on the next.
_STOP_END = re.compile(r"[.!?][\"')\]]?$")


def _read_line_rows(prep: Prepared, lines: list[tuple[int, int]], k: int, own_numbers: bool) -> list[LogRow]:
    """The rows under a heading row on line ``k`` of a log that gives each row on lines of its own: its number, its
    date and the start of its directive on the first ("CD-2026-009 27-Jan-2026 That the City Solicitor be requested
    ..."), the directive over the lines after it up to its final stop, then one line with its other cells run
    together ("LEG / PDS 28-Mar-2026 In progress"): the responsible units, the due cell and the status. The
    directive's own words give its deadline (a delay counted from the row's date), the due cell only where they
    give none; ``own_numbers``: the numbers are the log's own ("Directive No."), no resolution the rows cite."""
    folded, work = prep.folded, prep.work
    heading = lines[k]
    month_first = _month_first(folded, lines[k][0], len(folded))
    rows: list[LogRow] = []
    k += 1
    while k < len(lines):
        opened = _ROW_LINE_OPEN.match(folded, *lines[k])
        if opened is None:
            break
        last = k  # the row's last line: before the next row's, or a blank line before a line that opens none
        while last + 1 < len(lines) and not _ROW_LINE_OPEN.match(folded, *lines[last + 1]):
            if _BLANK_LINE.search(folded, lines[last][1], lines[last + 1][0]):
                break
            last += 1
        cells = next(
            (
                j
                for j in range(k + 1, last + 1)
                if _STOP_END.search(work, lines[j - 1][0], lines[j - 1][1])
                and not work[lines[j][0]].islower()
                and not (_MOTION_LINE.match(work, lines[j][0]) or _NEXT_CLAUSE_LINE.match(work, lines[j][0]))
            ),
            None,
        )
        due = _LINE_DUE.search(folded, lines[cells][0], min(lines[cells][1], lines[cells][0] + 50)) if cells else None
        if cells is not None and due is not None:
            date = _row_date(folded, *opened.span("date"), month_first)
            wraps = tuple(
                lines[i][0]
                for i in range(k + 1, cells)
                if work[lines[i - 1][1] - 1] not in ".;:!?" and not _MOTION_LINE.match(work, lines[i][0])
            )
            rows.append(
                LogRow(
                    opened.span("number"),
                    date,
                    opened.end(),
                    lines[cells][0],
                    due.span(),
                    lines[last][1],
                    wraps,
                    title=lines[k][0],
                    month_first=month_first,
                    item_number=own_numbers,
                    text_first=True,
                    heading=heading,
                )
            )
        k = last + 1
    return rows


def log_rows(prep: Prepared, language: str) -> list[LogRow]:
    """The rows of the text's directive log laid out one cell to a line; none where it has no such log."""
    folded = prep.folded
    # (the heading's cells on one line, parted by bars: "... | Target | Status / Comments")
    piped = "|" in folded and ("| status" in folded or "| comment" in folded)
    # (or parted by spaces alone: "Item No. Meeting Date Resolution / Action Responsible Due Date Status / Comments")
    worded = " status" in folded or " comment" in folded
    celled = "\nstatus" in folded or "\ncomment" in folded
    # (or items with labelled lines: "Due: Q3 2026\nStatus: ..." or "Update: ...")
    # ("Compliance: 11 of 14 restored": a collector's compliance report, what each officer has done)
    labelled = "status:" in folded or "\nupdate:" in folded or "\ncompliance:" in folded
    if language != "en" or not (celled or piped or worded or labelled):
        return []
    rows: list[LogRow] = []
    lines: list[tuple[int, int]] = []
    starts: list[int] = []
    for heading in _DUE_HEADING_LINE.finditer(folded) if celled else ():
        if rows and heading.start() < rows[-1].end:
            continue
        if not lines:
            lines = _lines(prep)  # once, where a due heading stands alone on its line
            starts = [start for start, _end in lines]
        k = bisect_left(starts, heading.start())
        if k >= len(lines):
            continue
        first = k
        while first > 0 and _heading_kind(folded, *lines[first - 1]) is not None:
            first -= 1
        last = k
        while last + 1 < len(lines) and _heading_kind(folded, *lines[last + 1]) is not None:
            last += 1
        kinds = {_heading_kind(folded, *line) for line in lines[first : last + 1]}
        # the rows open on a resolution's number ("CR118/2026"): a task table numbered 1, 2, 3 is read elsewhere
        if (
            last - first < 3
            or not {"action", "due", "status"} <= kinds
            or last + 1 >= len(lines)
            or not (_NUMBER_LINE.fullmatch(folded, *lines[last + 1]) or _opens_meeting_row(folded, lines, last + 1))
        ):
            continue
        rows.extend(_read_rows(prep, lines, last + 1))
    for heading in _PIPED_HEADING_LINE.finditer(folded) if piped else ():
        if rows and heading.start() < rows[-1].end:
            continue
        kinds = []
        position = heading.start()
        cells = folded[heading.start() : heading.end()].split("|")
        for n, cell in enumerate(cells):
            if cell.strip() or 0 < n < len(cells) - 1:  # (not the nothing before or after a Markdown row's bars)
                kinds.append(_heading_kind(folded, position, position + len(cell)))
            position += len(cell) + 1
        if None in kinds or not {"action", "due", "status"} <= set(kinds):
            continue
        if not lines:
            lines = _lines(prep)
            starts = [start for start, _end in lines]
        k = bisect_left(starts, heading.end())
        if k < len(lines) and _NUMBER_LINE.fullmatch(folded, *lines[k]):
            rows.extend(_read_rows(prep, lines, k))
    if not rows and worded:
        rows = _worded_heading_rows(prep, lines)
    if not rows and "\nstatus" in folded:
        # a log with no due column ("Item No. / Council Date / Direction / Responsible / Status"): its number, date,
        # directive and status cells, each alone on its line; a delay in the directive counts from the row's date
        for heading in _STATUS_HEADING_LINE.finditer(folded):
            if rows and heading.start() < rows[-1].end:
                continue
            if not lines:
                lines = _lines(prep)
                starts = [start for start, _end in lines]
            k = bisect_left(starts, heading.start())
            if k >= len(lines):
                continue
            first = k
            while first > 0 and k - first < 8 and _heading_kind(folded, *lines[first - 1]) is not None:
                first -= 1
            kinds = {_heading_kind(folded, *line) for line in lines[first : k + 1]}
            if (
                {"number", "date", "action", "status"} <= kinds
                and "due" not in kinds
                and k + 1 < len(lines)
                and _NUMBER_LINE.fullmatch(folded, *lines[k + 1])
            ):
                rows.extend(_read_rows(prep, lines, k + 1, dueless=True))
    if not rows and labelled:
        return label_rows(prep, language, lines or None)
    return rows


#: A labelled line of a referral's item (folded): "Responsible department: ...", "Anticipated completion: Q3 2026",
#: "Status: ..."; the label and what kind of cell it is.
_LABEL_LINE = re.compile(r"[ \t]*(?P<label>[a-z][a-z /.&-]{1,40}?)[ \t]*:[ \t]*")
_DUE_LABEL = re.compile(
    r"(?:(?:anticipated|expected|estimated|projected|planned|target)\s+)?(?:completion(?:\s+date)?|date\s+of\s+"
    r"completion)|(?:target|due|deadline|timeline|timeframe)(?:\s+date)?|revised\s+(?:target|due)(?:\s+date)?|"
    # ("Response due: 11/20/26": a board's request for information, when its answer is due)
    r"(?:response|reply|report)\s+(?:due|date)(?:\s+date)?"
)
_RESPONSIBLE_LABEL = re.compile(
    r"(?:responsible|lead|assigned|owner|staff\s+lead)(?:\s+(?:to|dept\.?|departments?|divisions?|units?|offices?|"
    r"agency|staff))?|departments?|depts?\.?|division|"
    # ("Responding dept.: Transportation", "Officer responsible: EE, RWSS")
    r"responding\s+(?:dept\.?|departments?|divisions?|units?|offices?)|(?:officers?|units?)\s+responsible"
)
#: A numbered item's title line: "1. Tenant Relocation Assistance (Referral No. 2025-11; September 23, 2025)".
_ITEM_TITLE = re.compile(r"[ \t]*\d{1,3}[.)][ \t]+[A-Z]")
#: A labelled line that holds the item's directive itself (folded): "Request: ...", "Direction: ...".
_ACTION_LABEL = re.compile(r"[ \t]*(?:\d{1,3}[.)][ \t]+)?(?:request|direction|instruction)[ \t]*:")
#: The referral's number in such a title (folded): "Referral No. 2025-11", "Resolution No. R-45/2026".
_TITLE_NUMBER = re.compile(
    r"\b(?:referral|resolution|res\.|motion|directive|item)\s+(?:no\.?|#)\s*[\w./-]*\d[\w./-]*|"
    # ("(R-2025-112, October 20, 2025)": the number alone in the title's brackets, its date after it)
    r"(?<=\()[a-z]{1,6}-?\d[\d/-]{2,12}\d(?=\s*[,;)])"
)
#: A labelled line that only numbers the item (folded): "Resolution: CR212/2025", "Motion No.: 2026-041", or with
#: the meeting's date in brackets: "Board Action: 2026-019 (January 27, 2026)", "Resolution: OCM 2026/014 (28 January
#: 2026)".
_NUMBER_LABEL = re.compile(
    r"[ \t]*(?:(?:council|board|committee)\s+)?(?:resolution|res\.?|motion|referral|directive|action)"
    r"(?:\s+(?:no\.?|#|number))?[ \t]*:[ \t]*(?P<number>[a-z]{0,6}[ .-]?\d[\w./-]*)"
    r"(?:[ \t]*\((?P<date>[^()\n]{6,30})\))?[ \t]*"
)


def _label_kind(folded: str, start: int, end: int) -> tuple[str, int] | None:
    """The kind of a labelled line ("due", "units", "status") and where its value starts."""
    label = _LABEL_LINE.match(folded, start, end)
    if label is None:
        return None
    a, b = label.span("label")
    if _DUE_LABEL.fullmatch(folded, a, b):
        return "due", label.end()
    if _RESPONSIBLE_LABEL.fullmatch(folded, a, b):
        return "units", label.end()
    if _STATUS_HEAD.fullmatch(folded, a, b) or (folded.startswith("compliance", a) and b - a == 10):
        return "status", label.end()
    return None


def label_rows(prep: Prepared, language: str, lines: list[tuple[int, int]] | None = None) -> list[LogRow]:
    """The rows of a referral report written as items with labelled lines (see the module's docstring): each item
    whose labels give a due and a status line, its directive the lines above its first label."""
    folded, work = prep.folded, prep.work
    if language != "en" or ("status:" not in folded and "update:" not in folded and "\ncompliance:" not in folded):
        return []  # ("Lead: ...\nDue: ...\nUpdate: ...": the status labelled as the item's update)
    lines = lines or _lines(prep)
    kinds = [_label_kind(folded, *line) if folded[line[0] : line[1]].find(":") > 0 else None for line in lines]
    rows: list[LogRow] = []
    floor = 0  # the first line after the row before
    for j, kind in enumerate(kinds):
        if kind is None or kind[0] != "due" or j < floor:
            continue
        # the item's status on one of the next lines, its other labels (and their wrapped values) right above
        status = next((i for i in range(j + 1, min(j + 3, len(lines))) if kinds[i] and kinds[i][0] == "status"), None)
        if status is None:
            continue
        first = j
        while first - 1 > floor and j - first < 3:
            above = kinds[first - 1]
            if above is not None and above[0] == "units":
                first -= 1
            elif above is None and kinds[first - 2] is not None and kinds[first - 2][0] == "units":
                first -= 2  # "Responsible department: X, in coordination with the\nCity Attorney's Office"
            else:
                break
        # the directive: the lines above, up to a blank line, the row before or the item's title
        action = first
        while action - 1 >= floor and first - action < 12 and kinds[action - 1] is None:
            if _BLANK_LINE.search(folded, lines[action - 1][1], lines[action][0]):
                break
            action -= 1
        if action == first:
            continue
        title = None
        if (
            action + 1 < first
            and _ITEM_TITLE.match(work, lines[action][0])
            and folded[lines[action][1] - 1] not in ".;:"
        ):
            title, action = action, action + 1
        elif action > 0 and _ITEM_TITLE.match(work, lines[action - 1][0]) and kinds[action - 1] is None:
            title = action - 1
        number, date = None, None
        label = _NUMBER_LABEL.fullmatch(folded, *lines[action]) if title is None and action + 1 < first else None
        if label is not None:
            # "Resolution: CR212/2025\nDirective: That ...": the row's number on a labelled line of its own
            number, action = label.span("number"), action + 1
            if label.group("date"):
                date = _row_date(folded, *label.span("date"))
        if title is not None:
            hit = _TITLE_NUMBER.search(folded, *lines[title])
            number = hit.span() if hit else None
            day = _DATE_IN_LINE.search(folded, *lines[title])
            date = _row_date(folded, *day.span()) if day else None
        end = status
        while (
            end + 1 < len(lines)
            and kinds[end + 1] is None
            and not _BLANK_LINE.search(folded, lines[end][1], lines[end + 1][0])
            and not _ITEM_TITLE.match(work, lines[end + 1][0])
        ):
            end += 1
        rows.append(
            LogRow(
                number,
                date,
                lines[action][0],
                lines[first][0],
                (kind[1], lines[j][1]),
                lines[end][1],
                title=lines[title][0] if title is not None else None,
            )
        )
        rows[-1].labelled_action = _ACTION_LABEL.match(folded, *lines[action]) is not None
        floor = end + 1
    if rows:
        # ("Response due: 11/20/26": the items' numeric dates month first where one reads no other way)
        month_first = _month_first(folded, rows[0].action, rows[-1].end)
        for row in rows:
            row.month_first = month_first
    return rows


def _due_parts(folded: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The values of a due cell that gives each directive of its row its own ("Bylaw - July 2026; Fees - October
    2026"; or each label after its value, one value maybe no date: "April 30, 2026 (all-way stop); ongoing
    (patrols)"): (start, end) of each, or None where the cell is no such list."""
    if ";" not in folded[start:end]:
        return None
    parts, position = [], start
    after = "(" in folded[start:end]
    for piece in folded[start:end].split(";"):
        part = (_DUE_PART_LABEL_AFTER if after else _DUE_PART).fullmatch(folded, position, position + len(piece))
        if part is None:
            return None
        found = find_deadline("by " + part.group("value"), [], None, "en")
        if (found is None or found.date is None or found.start > 3) and not (
            after and _NO_DUE.fullmatch(part.group("value"))
        ):
            return None
        parts.append(part.span("value"))
        position += len(piece) + 1
    if after and all(_NO_DUE.fullmatch(folded, *part) for part in parts):
        return None
    return parts


def _is_due(folded: str, lines: list[tuple[int, int]], j: int, month_first: bool = False) -> bool:
    """Whether line ``j`` is a due cell: a short date or period with no stop ("Q2 2026", "March 2027"), or a cell
    that gives none ("TBD", "N/A", "Per resolution"), after a line that does not go on into it."""
    if j <= 0 or j >= len(lines):
        return False
    start, end = lines[j]
    if folded[end - 1] in ".,;:" or _GOES_ON.search(folded, *lines[j - 1]):
        return False
    if end - start <= 80 and _due_parts(folded, start, end) is not None:
        return True  # "Bylaw - July 2026; Fees - October 2026"
    revised = _REVISED_BRACKET.search(folded, start, end) if end - start <= 70 and "(" in folded[start:end] else None
    end = revised.start() if revised is not None and revised.start() > start else end  # "30-jun-2026 (revised: ...)"
    if end - start > 40:
        return False
    if _NO_DUE.fullmatch(folded, start, end) or _DELAY_DUE.fullmatch(folded, start, end):
        return True
    if _NUMBER_LINE.fullmatch(folded, start, end):
        return False
    value = "by " + _day_first(_unwrapped(folded[start:end]), month_first)
    found = find_deadline(value, [], None, "en")
    return found is not None and found.date is not None and found.start <= 3 and found.end >= len(value) - 1


#: The most lines a row's directive runs over before its cells.
_MOST_LINES = 12


def _opens_meeting_row(folded: str, lines: list[tuple[int, int]], k: int) -> bool:
    """Whether line ``k`` opens a row by its meeting and resolution cell ("OM 24/02/2026 – Res. 2026/031"), or by the
    register's item number ("1") over such a cell."""
    if k < len(lines) and _BARE_ITEM_LINE.fullmatch(folded, *lines[k]):
        k += 1
    return k < len(lines) and _MEETING_NUMBER_LINE.fullmatch(folded, *lines[k]) is not None


def _cells_line(prep: Prepared, lines: list[tuple[int, int]], k: int, opening: str) -> int | None:
    """In a log with no due column, the first line after the directive that starts on line ``k``: the first one after
    a line that ends a sentence ("... by ward."), not the next clause of the motion ("II. That ...", "That ...").
    The next row's number ("CR77/2027") ends the search: a directive with no final stop ends before the first line
    after it that opens with a capital (its responsible cell), not in the next row."""
    work, folded = prep.work, prep.folded
    for j in range(k + 1, min(len(lines), k + _MOST_LINES)):
        start = lines[j][0]
        if _NUMBER_LINE.fullmatch(folded, start, lines[j][1]):
            return next(
                (
                    i
                    for i in range(k + 1, j)
                    if work[lines[i][0]].isupper()
                    and not (_MOTION_LINE.match(work, lines[i][0]) or _NEXT_CLAUSE_LINE.match(work, lines[i][0]))
                ),
                j,
            )
        if work[lines[j - 1][1] - 1] not in ".!?)\"'" or work[start].islower():
            continue
        if _MOTION_LINE.match(work, start) or _NEXT_CLAUSE_LINE.match(work, start):
            continue
        if opening and work.startswith(opening + " ", start):
            continue
        return j
    return None


def _read_rows(prep: Prepared, lines: list[tuple[int, int]], k: int, dueless: bool = False) -> list[LogRow]:
    folded, work = prep.folded, prep.work
    rows: list[LogRow] = []
    number: tuple[int, int] | None = None
    date: datetime.date | None = None
    status = False  # past a row's due cell: its status lines, up to the next row
    opening = ""  # how the first row's directive opens ("That", "Staff"): the others open the same way
    month_first = _month_first(folded, lines[k][0], len(folded)) if k < len(lines) else False
    while k < len(lines):
        start, end = lines[k]
        if _BLANK_LINE.search(folded, lines[k - 1][1], start) and not _NUMBER_LINE.fullmatch(folded, start, end):
            break  # the log ends at a blank line (not one between its rows)
        if _NUMBER_LINE.fullmatch(folded, start, end):
            number, date, status = (start, end), None, False
            k += 1
            continue
        if (status or not rows) and _opens_meeting_row(folded, lines, k):
            # "1\nOM 24/02/2026 – Res. 2026/031": the register's item number, then the row's meeting and resolution
            if _BARE_ITEM_LINE.fullmatch(folded, start, end):
                k += 1
            cell = _MEETING_NUMBER_LINE.fullmatch(folded, *lines[k])
            number, status = cell.span("number"), False
            date = _row_date(folded, *cell.span("date"), month_first)
            k += 1
            continue
        if not status and date is None and (day := _row_date(folded, start, end, month_first)) is not None:
            date = day
            k += 1
            continue
        if status and not (_MOTION_LINE.match(work, start) or (opening and work.startswith(opening + " ", start))):
            rows[-1].end = end
            k += 1
            continue
        if dueless:
            if not opening:
                word = re.match(r"[^\W\d_]+", work[start:end])
                opening = word.group() if word else ""
            cells = _cells_line(prep, lines, k, opening)
            if cells is None or _NUMBER_LINE.fullmatch(folded, *lines[cells]):
                break
            wraps = tuple(
                lines[i][0]
                for i in range(k + 1, cells)
                if work[lines[i - 1][1] - 1] not in ".;:!?" and not _MOTION_LINE.match(work, lines[i][0])
            )
            # no due cell: an empty one where the directive ends, its status read after it
            ends = lines[cells - 1][1]
            rows.append(LogRow(number, date, start, lines[cells][0], (ends, ends), lines[cells][1], wraps))
            status = True
            k = cells + 1
            continue
        # a directive: its lines, then its department's line and its due cell (or the due cell alone)
        due = None
        for j in range(k + 1, min(len(lines), k + _MOST_LINES)):
            if _NUMBER_LINE.fullmatch(folded, *lines[j]) or _BLANK_LINE.search(folded, lines[j - 1][1], lines[j][0]):
                break
            if _is_due(folded, lines, j, month_first):
                due = j
                break
        if due is None:
            if status:
                rows[-1].end = end  # a status line that opens like a directive
                k += 1
                continue
            break
        cells = due
        # "Budget hearings\n(June 2026)": a due cell whose date goes under its label
        label = work[lines[due][0]] == "(" and due - 2 > k and lines[due - 1][1] - lines[due - 1][0] <= 40
        if label and work[lines[due - 2][1] - 1] in ".;!?)\"'":
            cells = due - 1  # the label, no department's line
        elif label and due - 2 > k + 1 and work[lines[due - 3][1] - 1] in ".;!?)\"'":
            cells = due - 2  # the department's line, then the label
        elif due - 1 > k and lines[due - 1][1] - lines[due - 1][0] <= 80 and work[lines[due - 2][1] - 1] in ".;!?)\"'":
            cells = due - 1  # the department's line
        elif due == k + 1 and _is_due(folded, lines, due + 1, month_first):
            cells, due = due, due + 1  # "N/A" for the department, then the due cell
        if not opening:
            word = re.match(r"[^\W\d_]+", work[start:end])
            opening = word.group() if word else ""
        wraps = tuple(
            lines[i][0]
            for i in range(k + 1, cells)
            if work[lines[i - 1][1] - 1] not in ".;:!?" and not _MOTION_LINE.match(work, lines[i][0])
        )
        rows.append(LogRow(number, date, start, lines[cells][0], lines[due], lines[due][1], wraps))
        status = True
        k = due + 1
    for row in rows:
        row.month_first = month_first
    return rows


def in_cells(rows: list[LogRow], starts: list[int], position: int) -> bool:
    """Whether ``position`` falls among a row's cells after its directive (``starts``: each row's ``cells``)."""
    i = bisect_right(starts, position) - 1
    return i >= 0 and position < rows[i].end


def settle(proposals: list, rows: list[LogRow], prep: Prepared, mentions: list, language: str) -> None:
    """Give the directives of a log's rows their quotes, deadlines, references and roles as the rows lay them out."""
    folded = prep.folded
    for row in rows:
        if row.title is not None:
            for proposal in proposals:
                if row.title <= proposal.start < row.action < proposal.end:
                    # "(Referral No. 2025-11; September 23, 2025) Staff was directed to ...": the title's tail read
                    # with the directive under it
                    proposal.start = row.action
            for proposal in [p for p in proposals if row.title <= p.start and p.end <= row.action]:
                # "1. Requested by: Trustee Alvarez (9/23/26)\nRequest: ...": the item's title, no order of its own
                proposals.remove(proposal)
        if (
            row.number is not None
            and row.number[1] <= row.action
            and folded.count("\n", row.number[1], row.action) <= 1
        ):
            # "Board Action: 2026-019 (January 27, 2026)\nDirective: ...": the row's number on its labelled line above
            # the directive, no order of its own
            for proposal in [p for p in proposals if row.number[0] <= p.start and p.end <= row.action]:
                proposals.remove(proposal)
        own = [p for p in proposals if row.action <= p.start < row.cells]
        if not own:
            continue
        for later in [p for p in own[1:] if p.start in row.wraps]:
            # "That Administration be directed to continue monitoring ... on the North\nIndustrial lands and provide
            # ...": one directive wrapped over the lines of its cell, read in pieces
            before = own[own.index(later) - 1]
            before.end = max(before.end, later.end)
            before.coordinating += [d for d in later.coordinating if d not in before.coordinating and d != before.lead]
            own.remove(later)
            proposals.remove(later)
        in_row = {m.dept for m in mentions if row.action <= m.start < row.cells and m.dept is not None}
        tracking = {m.dept for m in mentions if row.cells <= m.start < row.end and m.dept is not None} - in_row
        # "Prepare a business case for ...\nCommunity Services / Property and Facilities": an order with no subject
        # falls to the officer or department of its row's cell, the units after the first working with it
        responsible = []
        cell_opens_on_unit = False  # the cell names its unit first ("Governance", not "Staff (X to assign)")
        for m in mentions:
            if row.cells <= m.start < row.due[0] and m.dept is not None and m.dept not in responsible:
                if not responsible:
                    cell_opens_on_unit = _CELL_OPENING.fullmatch(folded, row.cells, m.start) is not None
                responsible.append(m.dept)
        # "That Administration BE DIRECTED to: (a) ...; (b) ...": the council's words to the staff at large, its items
        # no unit's (the responsible cell only tracks the row)
        staff = _STAFF_ADDRESSED.match(folded, row.action) is not None
        quote_end = row.due[1]
        due = None
        revised = _REVISED.search(folded, row.due[1], row.end)
        if revised is not None:
            # "Revised target:\nNovember 16, 2026 meeting of Council.": the new due date, the quote up to its line
            line_end = folded.find("\n", revised.end())
            line_end = row.end if line_end < 0 or line_end > row.end else line_end
            due = _due_in(folded, revised.end(), line_end, row.date, row.month_first)
            if due is not None:
                quote_end = line_end
        # "Revised target: TBD": the date given before no longer holds, none replaces it
        undated = (
            due is None
            and revised is not None
            and bool(_NO_DUE.fullmatch(folded[revised.end() : line_end].rstrip(" .")))
        )
        if undated:
            due, quote_end = (revised.end(), line_end, None), line_end
        if due is None:
            due = _due_in(folded, *row.due, row.date, row.month_first)
        parts = _due_parts(folded, *row.due) if len(own) > 1 and revised is None else None
        if parts is not None and len(parts) == len(own):
            # "Bylaw - July 2026; Fees - October 2026": each directive of the row its own date, in their order
            # ("ongoing (patrols)": that directive's part gives no date)
            dues = [
                (*part, None) if _NO_DUE.fullmatch(folded, *part) else _due_in(folded, *part, row.date, row.month_first)
                for part in parts
            ]
        else:
            dues = [due] * len(own)
        for i, proposal in enumerate(own):
            due = dues[i]
            if (
                row.number is not None
                and row.number not in proposal.refs_before
                and not row.item_number
                and not _ITEM_LINE.fullmatch(folded, *row.number)
            ):
                proposal.refs_before.append(row.number)
            proposal.coordinating = [d for d in proposal.coordinating if d not in tracking]
            # (each directive of the row by its own words: "(1) That Administration BE DIRECTED ...; and (2) That the
            # Police Service be requested ...")
            to_staff = _STAFF_ADDRESSED.match(folded, proposal.start) is not None
            if proposal.has_subject and (to_staff or proposal.lead is not None):
                # "THAT staff report back ...\nLead: Planning", "THAT the Heritage Commission, with the support of
                # the Planning Department, identify ...": the units cell only tracks; the directive names its lead
                own_lead = (
                    None
                    if to_staff
                    else _directive_lead(folded, proposal.start, min(proposal.end, row.cells), mentions)
                )
                if to_staff or own_lead is not None:
                    lead = None if to_staff else own_lead
                    if lead != proposal.lead and proposal.lead is not None and proposal.lead not in tracking:
                        proposal.coordinating.insert(0, proposal.lead)
                    proposal.lead = lead
                    proposal.coordinating = [d for d in proposal.coordinating if d != lead and d not in tracking]
            # (a lead inherited from the text's author, not named by the order, gives way to the row's cell)
            if (
                (proposal.lead is None or not proposal.own_lead)
                and not proposal.has_subject
                and responsible
                and not staff
            ):
                proposal.lead = responsible[0]
                proposal.coordinating = [d for d in proposal.coordinating if d != responsible[0]]
                proposal.coordinating += [d for d in responsible[1:] if d not in proposal.coordinating]
            elif (
                proposal.lead is None
                and cell_opens_on_unit
                and not staff
                and _OFFICERS_TO.match(folded, proposal.start)
            ):
                # "Officers to bring forward a revised policy.\nGovernance": the officers of the row's unit (not
                # "Staff (County Administrator to assign)": the staff at large still)
                proposal.lead = responsible[0]
                proposal.coordinating = [d for d in proposal.coordinating if d != responsible[0]]
            if i + 1 < len(own):
                proposal.end = min(proposal.end, own[i + 1].start)
            elif not row.text_first and not row.labelled_action:
                proposal.end = max(proposal.end, quote_end)
            if row.text_first:
                # the directive's own date first (a delay from the row's date: "within 60 days" of the council's
                # meeting), the due cell where its words give none
                stop = min(proposal.end, row.cells)
                found = find_deadline(folded[proposal.start : stop], [], row.date, language) if row.date else None
                if (
                    found is not None
                    and found.date is not None
                    and _DELAY_WORD.search(folded, proposal.start + found.start, proposal.start + found.end)
                ):
                    proposal.due_cell = (proposal.start + found.start, proposal.start + found.end, found.date)
                elif found is None and due is not None:
                    proposal.due_cell = due
            elif due is not None:
                proposal.due_cell = due
            elif row.date is not None:
                # "report back within 120 days" with "Per resolution" in the due cell: from the council's meeting
                stop = min(proposal.end, row.cells)
                found = find_deadline(folded[proposal.start : stop], [], row.date, language)
                if found is not None and found.date is not None:
                    proposal.due_cell = (proposal.start + found.start, proposal.start + found.end, found.date)


#: The opening of a council's motion before its subject (folded): "That the ", "THAT ".
_SUBJECT_OPEN = re.compile(r"[ \t]*that\s+(?:the\s+)?")
#: The words before the unit a matter is referred to (folded): "... be referred to the ".
_REFERRED_TO = re.compile(r"\breferred\s+to\s+(?:the\s+)?$")


def _directive_lead(folded: str, start: int, end: int, mentions: list):
    """The unit a log row's directive itself names to act: its subject ("That the Heritage Commission, with ...,
    identify"), else the unit a matter is referred to ("That the letter ... be referred to the Parks Commission");
    None where it names neither."""
    at = bisect_left(mentions, start, key=lambda m: m.start)
    named = []
    for m in mentions[at:]:
        if m.start >= end:
            break
        if m.dept is not None and not m.issuer:
            named.append(m)
    opening = _SUBJECT_OPEN.match(folded, start)
    if opening is not None and named and named[0].start == opening.end():
        return named[0].dept
    for m in named:
        if _REFERRED_TO.search(folded, max(start, m.start - 30), m.start):
            return m.dept
    return None


def _due_in(
    folded: str, start: int, end: int, day: datetime.date | None, month_first: bool = False
) -> tuple[int, int, datetime.date] | None:
    """The date a due cell (or a revised due date) gives, "by" implied, a delay counted from the row's day."""
    revised = _REVISED_BRACKET.search(folded, start, end) if "(" in folded[start:end] else None
    if revised is not None:
        # "30-Jun-2026 (revised: Aug 2026)": the revised date replaces the first ("(revised: TBD)": none does)
        start, end = revised.span("value")
        if _NO_DUE.fullmatch(folded, start, end):
            return start, end, None
    tail = _REVISED_TAIL.search(folded, start, end)
    if tail is not None:
        start = tail.end()  # "Dec-26, revised 28/02/27": the later date replaces the first
    value = _day_first(_unwrapped(folded[start:end]), month_first)
    if "'" in value or "’" in value or "-" in value or "/" in value or "." in value:
        # ("31/03/27", "Dec-26": the year in two digits, of this century; read longer, its offsets kept in the cell)
        value = _SHORT_YEAR.sub(
            lambda hit: hit.group(1).rstrip("-'’ ") + (" " if hit.group(1)[0].isalpha() else "") + "20" + hit.group(2),
            value,
        )
    if not value.strip() or _NO_DUE.fullmatch(value):
        return None
    delay = _DELAY_DUE.fullmatch(value)
    lead = "within " if delay is not None and delay.group(1) is None else "by "  # "60 days": within them
    if "meeting" in value and _MEETING_DUE.match(value):
        lead = "at the "  # "Commission meeting of July 15, 2026": the day of that meeting
    found = find_deadline(lead + value, [], day, "en")
    if found is None or found.date is None:
        return None
    offset = start - len(lead)
    begin = max(start, offset + found.start)
    while begin < offset + found.end and folded[begin] in " (":
        begin += 1  # "(June 2026)": the date, not its bracket
    stop = min(end, offset + found.end)
    while stop > begin and folded[stop - 1] in " \t":
        stop -= 1
    return begin, stop, found.date
