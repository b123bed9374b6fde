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

The table is found by its heading cells, each alone on its line, among them a directive, a due and a status
cell; the rows are read only under such a heading (a text without one costs a substring test).
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
_DUE_WORDS = r"[ \t]*(?:due(?:\s+date)?|target(?:\s+date)?|deadline|timeline|timeframe|completion\s+date)[ \t]*"
#: ... alone on its line, found anywhere in the text.
_DUE_HEADING_LINE = re.compile(rf"(?m)^{_DUE_WORDS}$")
#: The other heading cells of such a log, each alone on its line (folded).
_NUMBER_HEAD = re.compile(
    r"[ \t]*(?:(?:(?:council\s+)?(?:directive|resolution|res|motion|item|action|referral)\.?|cr)\s*"
    r"(?:no\.?|#|number|ref\.?)|no\.?|#|ref\.?|item|reference)[ \t]*"
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

#: A row's resolution number alone on its line (folded): "CR118/2026", "R-45/2026", "2026-118", "Res. 2026/31".
_NUMBER_LINE = re.compile(
    rf"[ \t]*(?:[a-z]{{1,6}}\.?[ \t-]?)?(?:no\.?[ \t]*)?(?:\d{{1,4}}[/-]{_YEAR}|{_YEAR}[/-]\d{{1,4}})[ \t]*"
)
#: A row's date alone on its line (folded): "January 26, 2026", "26 January 2026", "26/01/2026", "2026-01-26".
_DATE_LINE = re.compile(
    rf"[ \t]*(?:{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?,?\s+"
    rf"{_YEAR}|\d{{1,2}}[/.]\d{{1,2}}[/.]{_YEAR}|{_YEAR}-\d\d-\d\d)[ \t]*"
)
#: A due cell that gives no date (folded): "TBD", "N/A", "Per resolution", "Ongoing", "-".
_NO_DUE = re.compile(
    r"[ \t]*(?:n/?a|tbd|tba|tbc|none|ongoing|as\s+(?:required|needed)|(?:as\s+)?per\s+(?:the\s+)?(?:resolution|motion|"
    r"directive)|[-–—]+)[ \t]*"
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
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


@dataclass
class LogRow:
    """One row of a log: offsets in the working copy."""

    number: tuple[int, int] | None  # its resolution number's line
    date: datetime.date | None  # the date the council gave it
    action: int  # where its directive starts
    cells: int  # where the cells after its directive start (its department's line, else its due cell)
    due: tuple[int, int]  # its due cell's line
    end: int  # where its last status line ends


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


def _row_date(folded: str, start: int, end: int) -> datetime.date | None:
    if not _DATE_LINE.fullmatch(folded, start, end):
        return None
    found = find_deadline("by " + folded[start:end].strip(), [], None, "en")
    return found.date if found is not None else None


def log_rows(prep: Prepared, language: str) -> list[LogRow]:
    """The rows of the text's directive log laid out one cell to a line; none where it has no such log."""
    folded = prep.folded
    if language != "en" or ("\nstatus" not in folded and "\ncomment" not in folded):
        return []
    rows: list[LogRow] = []
    lines: list[tuple[int, int]] = []
    starts: list[int] = []
    for heading in _DUE_HEADING_LINE.finditer(folded):
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
            or not _NUMBER_LINE.fullmatch(folded, *lines[last + 1])
        ):
            continue
        rows.extend(_read_rows(prep, lines, last + 1))
    return rows


def _is_due(folded: str, lines: list[tuple[int, int]], j: int) -> bool:
    """Whether line ``j`` is a due cell: a short date or period with no stop ("Q2 2026", "March 2027"), or a cell
    that gives none ("TBD", "N/A", "Per resolution"), after a line that does not go on into it."""
    if j <= 0 or j >= len(lines):
        return False
    start, end = lines[j]
    if end - start > 40 or folded[end - 1] in ".,;:" or _GOES_ON.search(folded, *lines[j - 1]):
        return False
    if _NO_DUE.fullmatch(folded, start, end):
        return True
    if _NUMBER_LINE.fullmatch(folded, start, end):
        return False
    value = "by " + folded[start:end]
    found = find_deadline(value, [], None, "en")
    return found is not None and found.date is not None and found.start <= 3 and found.end >= len(value) - 1


#: The most lines a row's directive runs over before its cells.
_MOST_LINES = 12


def _read_rows(prep: Prepared, lines: list[tuple[int, int]], k: int) -> list[LogRow]:
    folded, work = prep.folded, prep.work
    rows: list[LogRow] = []
    number: tuple[int, int] | None = None
    date: datetime.date | None = None
    status = False  # past a row's due cell: its status lines, up to the next row
    opening = ""  # how the first row's directive opens ("That", "Staff"): the others open the same way
    while k < len(lines):
        start, end = lines[k]
        if _BLANK_LINE.search(folded, lines[k - 1][1], start) and not _NUMBER_LINE.fullmatch(folded, start, end):
            break  # the log ends at a blank line (not one between its rows)
        if _NUMBER_LINE.fullmatch(folded, start, end):
            number, date, status = (start, end), None, False
            k += 1
            continue
        if not status and date is None and (day := _row_date(folded, start, end)) is not None:
            date = day
            k += 1
            continue
        if status and not (_MOTION_LINE.match(work, start) or (opening and work.startswith(opening + " ", start))):
            rows[-1].end = end
            k += 1
            continue
        # a directive: its lines, then its department's line and its due cell (or the due cell alone)
        due = None
        for j in range(k + 1, min(len(lines), k + _MOST_LINES)):
            if _NUMBER_LINE.fullmatch(folded, *lines[j]) or _BLANK_LINE.search(folded, lines[j - 1][1], lines[j][0]):
                break
            if _is_due(folded, lines, j):
                due = j
                break
        if due is None:
            if status:
                rows[-1].end = end  # a status line that opens like a directive
                k += 1
                continue
            break
        cells = due
        if due - 1 > k and lines[due - 1][1] - lines[due - 1][0] <= 80 and work[lines[due - 2][1] - 1] in ".;!?)\"'":
            cells = due - 1  # the department's line
        elif due == k + 1 and _is_due(folded, lines, due + 1):
            cells, due = due, due + 1  # "N/A" for the department, then the due cell
        if not opening:
            word = re.match(r"[^\W\d_]+", work[start:end])
            opening = word.group() if word else ""
        rows.append(LogRow(number, date, start, lines[cells][0], lines[due], lines[due][1]))
        status = True
        k = due + 1
    return rows


def in_cells(rows: list[LogRow], starts: list[int], position: int) -> bool:
    """Whether ``position`` falls among a row's cells after its directive (``starts``: each row's ``cells``)."""
    i = bisect_right(starts, position) - 1
    return i >= 0 and position < rows[i].end


def settle(proposals: list, rows: list[LogRow], prep: Prepared, mentions: list, language: str) -> None:
    """Give the directives of a log's rows their quotes, deadlines, references and roles as the rows lay them out."""
    folded = prep.folded
    for row in rows:
        own = [p for p in proposals if row.action <= p.start < row.cells]
        if not own:
            continue
        in_row = {m.dept for m in mentions if row.action <= m.start < row.cells and m.dept is not None}
        tracking = {m.dept for m in mentions if row.cells <= m.start < row.end and m.dept is not None} - in_row
        quote_end = row.due[1]
        due = None
        revised = _REVISED.search(folded, row.due[1], row.end)
        if revised is not None:
            # "Revised target:\nNovember 16, 2026 meeting of Council.": the new due date, the quote up to its line
            line_end = folded.find("\n", revised.end())
            line_end = row.end if line_end < 0 or line_end > row.end else line_end
            due = _due_in(folded, revised.end(), line_end, row.date)
            if due is not None:
                quote_end = line_end
        if due is None:
            due = _due_in(folded, *row.due, row.date)
        for i, proposal in enumerate(own):
            if row.number is not None and row.number not in proposal.refs_before:
                proposal.refs_before.append(row.number)
            proposal.coordinating = [d for d in proposal.coordinating if d not in tracking]
            if i + 1 < len(own):
                proposal.end = min(proposal.end, own[i + 1].start)
            else:
                proposal.end = max(proposal.end, quote_end)
            if due is not None:
                proposal.due_cell = due
            elif row.date is not None:
                # "report back within 120 days" with "Per resolution" in the due cell: from the council's meeting
                stop = min(proposal.end, row.cells)
                found = find_deadline(folded[proposal.start : stop], [], row.date, language)
                if found is not None and found.date is not None:
                    proposal.due_cell = (proposal.start + found.start, proposal.start + found.end, found.date)


def _due_in(folded: str, start: int, end: int, day: datetime.date | None) -> tuple[int, int, datetime.date] | None:
    """The date a due cell (or a revised due date) gives, "by" implied, a delay counted from the row's day."""
    value = folded[start:end]
    if not value.strip() or _NO_DUE.fullmatch(value):
        return None
    found = find_deadline("by " + value, [], day, "en")
    if found is None or found.date is None:
        return None
    offset = start - len("by ")
    return max(start, offset + found.start), offset + found.end, found.date
