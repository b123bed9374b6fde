"""Run the extraction steps over one text and assemble the result."""

from __future__ import annotations

import datetime
import logging
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from tracker.extraction.aliases import text_territory
from tracker.extraction.dates import FRENCH_CALENDAR, french_calendar
from tracker.extraction.deadlines import (
    Deadline,
    after_sitting,
    april_fiscal,
    april_fiscal_year,
    at_next_meeting,
    before_in_force,
    by_then,
    by_then_next_meeting,
    cell_due_date,
    current_fiscal_year_end,
    delay_after_recurring,
    document_date,
    find_deadline,
    find_recurrence,
    label_due_date,
    next_meeting_date,
    only_year,
    pipe_cell_over_remark,
    pipe_row_due_date,
    row_due_date,
    sitting_minute,
    solar_hijri_dated,
)
from tracker.extraction.directives import _EN_STATUS_DUE, propose
from tracker.extraction.directory import build_index, find_mentions
from tracker.extraction.language import LANGUAGES, detect_language
from tracker.extraction.learned import candidates, decide
from tracker.extraction.model import Model, shipped_model
from tracker.extraction.readers import Units, best_unit, find_name_lists, row_lead
from tracker.extraction.references import (
    SV_DECISION,
    bills_named_before,
    draft_named_before,
    find_references,
    fr_draft_named_before,
    fr_referenced_in_heading,
    ordinance_named_before,
    sv_adopted_named_again,
    treaty_named_before,
)
from tracker.extraction.results import DepartmentRef, Extraction, ProposedDirective, Target, UnknownDepartment
from tracker.extraction.segments import join_wrapped_lines, segment
from tracker.extraction.targets import find_targets
from tracker.extraction.textprep import Prepared, coerce_text, fold_loose, prepare
from tracker.extraction.titles import make_title

log = logging.getLogger(__name__)


def _as_refs(departments) -> tuple[DepartmentRef, ...]:
    refs = []
    for dept in departments or ():
        if isinstance(dept, DepartmentRef):
            refs.append(dept)
        elif getattr(dept, "name", None):
            aliases = getattr(dept, "aliases", None) or ()
            refs.append(
                DepartmentRef(getattr(dept, "id", None), str(dept.name), tuple(aliases), getattr(dept, "code", None))
            )
    return tuple(refs)


def _as_date(value) -> datetime.date | None:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    return None


#: ``extract(..., model=SHIPPED)`` uses the model file shipped with Tracker; ``model=None`` the rules alone.
SHIPPED = "shipped"


def extract(
    text: str,
    departments: Sequence[DepartmentRef],
    language: str | None = None,
    meeting_date: datetime.date | None = None,
    *,
    model: Model | str | None = SHIPPED,
) -> Extraction:
    """Propose the directives of a meeting text; never raises."""
    language = language if language in LANGUAGES else None
    # (the text's French calendar, which ``read`` sets, is its own: the next date worked out is not of that country)
    calendar_token = FRENCH_CALENDAR.set("")
    try:
        if model == SHIPPED:
            model = shipped_model()
        return _extract(coerce_text(text), _as_refs(departments), language, _as_date(meeting_date), model)
    except Exception:  # the extractor must never break the page that pastes minutes
        log.exception("extraction failed on a text of %s characters", len(text) if isinstance(text, str) else "?")
        return Extraction(language=language or "en")
    finally:
        FRENCH_CALENDAR.reset(calendar_token)


@dataclass
class Reading:
    """What the rules read of one text, before the model decides."""

    prep: Prepared
    language: str
    meeting_date: datetime.date | None
    index: object
    references: list
    mentions: list
    unknowns: list
    units: list
    proposals: list
    has_deadline: object

    def candidates(self):
        return candidates(self.units, self.prep, self.mentions, self.language, self.proposals, self.has_deadline)


#: The last words of a plan named by its title (``references._named_plans``), which a unit's name may end on too.
_PLAN_KINDS = frozenset(("program", "programme", "platform", "plan", "strategy", "framework", "budget"))


@lru_cache(maxsize=16)
def _multiword_names(refs: tuple[DepartmentRef, ...]) -> frozenset[str]:
    """The directory's names and aliases of two words or more, folded: once per directory, as its index is."""
    return frozenset(
        folded
        for dept in refs
        for name in (dept.name, *dept.aliases)
        if " " in (folded := fold_loose(name).lower()) and len(folded) > 6
    )


def _not_unit_names(references: list, refs: tuple[DepartmentRef, ...]) -> list:
    """The references but those that end on a unit's name of two words or more: "the Summer Youth Employment Program"
    is a unit of the directory (its name ends like a plan's), no document."""
    names = _multiword_names(refs)
    kept = []
    for reference in references:
        key = reference[2]
        if key.rsplit(" ", 1)[-1] in _PLAN_KINDS and any(key == name or key.endswith(" " + name) for name in names):
            continue
        kept.append(reference)
    return kept


def status_due(folded: str, start: int, end: int, meeting_date, language: str) -> Deadline | None:
    """The date a status after an order gives its work, after its word on completion ("Target: second quarter of
    2025", "Report anticipated Q2 2026", "Completion anticipated by end of fiscal year (June 30, 2025)")."""
    cue = _EN_STATUS_DUE.search(folded, start, end)
    if cue is None:
        return None
    stop = folded.find(". ", cue.end(), end)
    rest = folded[cue.end() : end if stop < 0 else stop]
    bracket = rest.find("(")
    # (the date in brackets of a period named in words: "by end of fiscal year (june 30, 2025)")
    for tail in (rest, "by " + rest.lstrip(" :"), "by " + rest[bracket + 1 :] if bracket >= 0 else ""):
        due = find_deadline(tail, [], meeting_date, language) if tail else None
        if due is not None and due.date is not None:
            return Deadline(cue.start(), cue.end() + len(rest), due.date)
    return None


def read(text: str, departments, language=None, meeting_date=None) -> Reading:
    """Run the rules over a text: its units, the departments it names, the directives they propose."""
    prep = join_wrapped_lines(prepare(coerce_text(text)))
    language = language or detect_language(prep.lower)
    FRENCH_CALENDAR.set(french_calendar(prep.folded.lower()) if language == "fr" else "")
    refs = _as_refs(departments)
    index = build_index(refs, text_territory(refs, prep.folded, language))
    references = find_references(prep.folded, prep.work)
    if references and refs:
        references = _not_unit_names(references, refs)
    mentions, unknowns = find_mentions(index, prep, [(start, end) for start, end, _key in references])
    units = segment(prep.work, prep.folded, find_name_lists(index.departments, prep.work), prep.wrapped)

    def has_deadline(start: int, end: int) -> bool:
        return find_deadline(prep.folded[start:end], [], meeting_date, language) is not None

    cells: list = []

    def unit_of(text: str):
        # "Public Works", "Human Resources": a log's responsible cell names a unit by its field
        if not cells:
            cells.append(Units(index.departments, index.territory))
        return best_unit(cells[0], text)

    proposals = propose(
        units, prep, mentions, language, index.department_like, has_deadline, unit_of, meeting=meeting_date
    )
    return Reading(prep, language, meeting_date, index, references, mentions, unknowns, units, proposals, has_deadline)


def _extract(text: str, departments, language, meeting_date, model: Model | None = None) -> Extraction:
    reading = read(text, departments, language, meeting_date)
    proposals = reading.proposals
    if model is not None and model.thresholds:  # a model with no threshold chosen changes nothing
        proposals = decide(
            model,
            reading.candidates(),
            reading.units,
            reading.prep,
            reading.mentions,
            reading.language,
            reading.index.department_like,
        )
    return build(reading, proposals)


#: A Swedish protocol's case number: "Dnr BUN 2025/318", "Dnr RS/2025:1187", "§ 8 Dnr KS 2026/011".
_CASE_NUMBER = re.compile(r"\b(Dnr\.?\s+[A-ZÅÄÖ]{1,8}(?:\s|/)?\d{4}[:/]\d{1,5})\b")
#: A paragraph's heading, its title then its case number set apart in a column of the same line: "§ 42 Ekonomisk
#: uppföljning   Dnr" (not "§ 23 Bidrag, Dnr KFN/2025:0913", the title's own words that cite it).
_RUN_ON_CASE_NUMBER = re.compile(r"[ \t]*§[ \t]*\d+[ \t]+[A-Za-zÅÄÖåäö][^\n]*?[^\s,](?:[ \t]{2,}|\t)$")
#: The same with the paragraph's number on the line above: "§ 32\nDelårsrapport april 2026      Dnr BUN 2026/41".
_RUN_ON_TITLE = re.compile(r"[ \t]*[A-Za-zÅÄÖåäö][^\n]*?[^\s,](?:[ \t]{2,}|\t)$")
_PARAGRAPH_NUMBER_LINE = re.compile(r"[ \t]*§[ \t]*\d+[ \t]*\n")
#: The case number right after the paragraph's number on its heading line: "§ 45   Dnr KS 2026/118", "§ 58 Dnr ...".
_PARAGRAPH_NUMBER_BEFORE = re.compile(r"[ \t]*§[ \t]*\d+[ \t]+")


def _run_on_case_number(work: str, at: int) -> bool:
    """Whether the case number at ``at`` is run on the title of a paragraph's heading, set apart in a column of its
    line: after "§ 42 Title", or after the title on the line under "§ 42"; or on the heading's line right after its
    number ("§ 42  Dnr ...")."""
    line = work.rfind("\n", 0, at) + 1
    if _RUN_ON_CASE_NUMBER.match(work, line, at):
        return True
    if _PARAGRAPH_NUMBER_BEFORE.fullmatch(work, line, at):
        return True  # "§ 45   Dnr KS 2026/118\nTitle": the heading's own line files the matter, as run on the title
    if line == 0 or not _RUN_ON_TITLE.match(work, line, at):
        return False
    above = work.rfind("\n", 0, line - 1) + 1
    return _PARAGRAPH_NUMBER_LINE.fullmatch(work, above, line) is not None


#: A second order of one sentence due before the first one's date (folded): "... och Y i uppdrag att dessförinnan
#: stämma av förslaget", "innan dess", "and Y to consult the council before then".
_BEFORE_THEN = re.compile(r"\b(?:dessforinnan|innan\s+dess|fore\s+dess|before\s+then|prior\s+to\s+that)\b")
_SENTENCE_END = re.compile(r"[.;!?]\s|\n")
#: A body's meeting named by its month, after that month (folded): "to the December 2026 Ordinary Council Meeting".
_MONTH_MEETING = re.compile(r"\s+(?:[a-z]+\s+){0,3}meeting\b")
#: The occasion the order before is due at, named again (folded): "redovisas vid samma sammanträde", "till samma
#: möte", "at the same meeting".
_SAME_MEETING = re.compile(
    r"\b(?:vid|till|pa|infor)\s+samma\s+(?:sammantrade|mote|namndsammantrade|tillfalle)\b"
    r"|\b(?:at|to|by)\s+the\s+same\s+(?:meeting|session|sitting)\b"
    # "... return to the Board by November 4, 2025. ... will also present a draft policy at that meeting"
    r"|\b(?:at|to|by|for|before|ahead\s+of|prior\s+to)\s+that\s+(?:same\s+)?(?:meeting|session|sitting)\b"
)

#: A task sent with the report of an earlier numbered item, or due with it (folded, Vietnamese): "Kết quả rà soát gửi
#: kèm báo cáo tại mục 1 nêu trên", "cùng thời hạn với mục 2", "thời hạn như mục 3": that item's due date.
_VI_DUE_WITH_ITEM = re.compile(
    r"\b(?:kem\s+(?:theo\s+)?bao\s+cao|cung\s+(?:voi\s+)?bao\s+cao|(?:cung|chung)\s+thoi\s+han|thoi\s+han\s+nhu)"
    r"(?:\s+(?:tai|o|theo|voi|cua|nhu))?\s+muc\s+(\d{1,2})\b"
)
#: The number of a numbered item on its line, right before the item's text: "1. ", "2) ".
_ITEM_NUMBER_BEFORE = re.compile(r"(?:^|\n)[ \t]*(\d{1,2})[ \t]*[.)][ \t]*$")

#: An inquiry's report named again by its definite noun (folded): "i delbetänkandet", "i slutbetänkandet"; or an
#: assignment's report, at which a part is handed in: "i samband med delredovisningen", "... med slutredovisningen".
_IN_THE_REPORT = re.compile(r"\bi\s+(del|slut)?betankandet\b|\bi\s+samband\s+med\s+(del|slut)redovisningen\b")
#: How far back the report's first naming, with its date, is looked for.
_REPORT_LOOKBACK = 4000


def _report_named_before(
    text: str, start: int, folded: str, meeting_date: datetime.date | None, language: str
) -> Deadline | None:
    """The date of the report that ``folded`` (the directive at ``start``) names again ("i delbetänkandet"), from
    the sentence before it that named it with its date ("... i ett delbetänkande senast den 30 november 2026")."""
    again = _IN_THE_REPORT.search(folded)
    if again is None:
        return None
    if again.group(2):  # "... lämna en delredovisning ... senast den 15 oktober 2026", "ska delredovisas senast ..."
        noun = re.compile(rf"\b{again.group(2)}redovisning(?:en)?\b|\b{again.group(2)}redovisas\b")
    else:
        noun = re.compile(rf"\b{again.group(1) or ''}betankande\b")
    lo = max(0, start - _REPORT_LOOKBACK)
    for hit in reversed(list(noun.finditer(text, lo, start))):
        stop = _SENTENCE_END.search(text, hit.end(), hit.end() + 160)
        window = text[hit.start() : stop.start() if stop else hit.end() + 160]
        due = find_deadline(window, [], meeting_date, language)
        if due is not None and due.date is not None:
            return Deadline(again.start(), again.end(), due.date)
    return None


def _table_caption_refs(work: str, start: int, references: list) -> list[tuple[int, int]]:
    """The references of the line right above the "|" table whose row opens at ``start``, when that line is a
    caption (a line of its own, no sentence: "(Notice No. 58/TB-UBND dated April 3, 2024)")."""
    line_start = work.rfind("\n", 0, start) + 1
    for _ in range(60):  # up through the table's rows and its heading
        if line_start == 0:
            return []
        above = work.rfind("\n", 0, line_start - 1) + 1
        if work.count("|", above, line_start) < 2:
            break
        line_start = above
    else:
        return []
    caption = work[above : line_start - 1].strip()
    if not caption or len(caption) > 200 or caption.endswith((".", ";", ",")) or caption.count("|"):
        return []
    return [(s, e) for s, e, _key in references if above <= s and e < line_start]


def build(reading: Reading, proposals) -> Extraction:
    """The proposed directives, with their deadlines, references, targets and titles."""
    prep, language, meeting_date = reading.prep, reading.language, reading.meeting_date
    references, mentions, unknowns = reading.references, reading.mentions, reading.unknowns
    source = prep.original
    to_input = prep.to_input

    def quote(start: int, end: int) -> tuple[int, int, str]:
        start, end = to_input(start), to_input(end)
        return start, end, source[start:end]

    directives = []
    reference_starts = [start for start, _end, _key in references]

    mention_starts = [m.start for m in mentions]
    next_meeting = next_meeting_date(prep.folded, meeting_date)
    sat_at = sitting_minute(prep.folded) if meeting_date is not None else None  # "Réunion du 3 novembre – 17h30"
    april_year = april_fiscal_year(prep.work)  # "£6.4m", "the District Collector": a year from April to March
    signed = document_date(prep.folded)  # "trong vòng 15 ngày kể từ ngày ký": from the notice's own date
    # a story with no date: "before May 31" in the year it names ("the monsoon in 2024"); not a delay
    year = only_year(prep.folded) if meeting_date is None and signed is None else None

    case_numbers = (
        [(hit.start(1), hit.end(1)) for hit in _CASE_NUMBER.finditer(prep.work)] if "Dnr" in prep.work else []
    )
    case_starts = [s for s, _e in case_numbers]
    # "Réf. : Lettre circulaire n° ... / En application de la lettre circulaire citée en référence, ...": the
    # letter's orders apply the documents of its reference line
    in_reference = fr_referenced_in_heading(prep.folded, references) if language == "fr" else None

    before = None  # (end, date) of the order before, when it had a deadline
    due_of_item: dict[str, datetime.date] = {}  # "1" -> the due date of the order under item 1
    for proposal in proposals:
        start, end = proposal.start, proposal.end
        folded = prep.folded[start:end]
        first = bisect_left(reference_starts, start)
        refs = []
        # a protocol's paragraph gives its case number under its heading ("§ 5 ...\nDnr BUN 2025/318"): the
        # decisions of that paragraph refer to it, up to the next paragraph's "§"
        k = bisect_left(case_starts, start) - 1
        if (
            k >= 0
            and "\n§" not in prep.work[case_numbers[k][1] : start]
            # (not "§ 42 Ekonomisk uppföljning per april 2026   Dnr SN 2026/14": a number run on the heading's title
            # files the matter, which the decisions do not cite)
            and not _run_on_case_number(prep.work, case_numbers[k][0])
            # "Uppdrag: ...\nBeslutad: MBN 2026-03-19 § 38": a follow-up list's row cites the decision it comes from,
            # of a case of its own; the heading's number is the list's
            and not ("§" in prep.work[start:end] and SV_DECISION.search(prep.work, start, end))
            # "2025:14 Införa ... Primärvårdsförvaltningen 2026-12-31 Pågår": a row of the list the paragraph follows
            # up, the case its own; the heading's number is the list's
            and not (language == "sv" and proposal.own_row)
            # "RS 2025/0131 | X får i uppdrag att ... | Y | Regionstyrelsen 2025-10-21 | Pågår": a row of a "|" table
            # the paragraph follows up, the same
            and not (language == "sv" and prep.work.count("|", start, end) >= 2)
        ):
            refs.append(case_numbers[k])
        # "KF 2023-06-19 § 88 Ta fram ... 2024-12-31 Klart. Antagen av KF 2025-02-24 § 19.": a decision a follow-up
        # row's status cell tells of is what became of the assignment, not what it refers to
        status_from = proposal.cells_to if language == "sv" and proposal.own_row else None
        for s, e, _key in references[first:]:
            if s >= end:
                break
            if e <= end and (status_from is None or s < status_from):
                refs.append((s, e))
        relative_refs = [(s - start, e - start) for s, e in refs]
        refs = proposal.refs_before + refs  # "OCM 2025/143": a register row's resolution, on a line above its quote
        if proposal.refs_from is not None:
            # "Tại Thông báo số 115/TB-VPCP ..., Thủ tướng đã giao Bộ X ... Bộ X tiếp tục ...": the earlier order's
            # document, recalled right before the order that goes on with it
            k = bisect_left(reference_starts, proposal.refs_from)
            refs = [(s, e) for s, e, _key in references[k:first] if e <= start] + refs
        if language == "en" and prep.folded.find("draft ", max(0, start - 400), start) >= 0:
            # "The draft Regulation on X was approved with amendments, and the Ministry of Justice was directed to
            # publish it": the draft the order points back to
            draft = draft_named_before(prep.folded, start, end)
            if draft is not None and draft not in refs:
                refs = [draft, *refs]
        if language == "en" and (
            prep.work.find("Bill, ", max(0, start - 400), start) >= 0
            or prep.work.find("Bill 20", max(0, start - 400), start) >= 0
        ):
            # "Cabinet approved the X (Amendment) Bill, 2027 ... and instructed the Ministry of Justice to expedite the
            # legal drafting of the two Bills": the bills the order points back to
            bills = bills_named_before(prep.work, prep.folded, start, end)
            refs = [*(bill for bill in bills if bill not in refs), *refs]
        if language == "en" and prep.work.find("Ordinance ", max(0, start - 400), start) >= 0:
            # "... first reading of Ordinance No. 2025-14 ... Staff will bring the ordinance back for second reading":
            # the ordinance the order points back to
            ordinance = ordinance_named_before(prep.work, prep.folded, start, end)
            if ordinance is not None and ordinance not in refs:
                refs = [ordinance, *refs]
        if language == "en" and prep.folded.find("ratif", max(0, start - 400), end) >= 0:
            # "... approved the ratification of the Agreement establishing X. The Ministry of Health has been directed
            # to coordinate the deposit of the instrument of ratification": the agreement the order points back to
            treaty = treaty_named_before(prep.work, prep.folded, start, end)
            if treaty is not None and treaty not in refs:
                refs = [treaty, *refs]
        if in_reference is not None and start >= in_reference[0]:
            refs = [*(ref for ref in in_reference[1] if ref not in refs), *refs]
        if prep.work.count("|", start, end) >= 3:
            # "(Notice No. 58/TB-UBND dated April 3, 2024)\nNo. | Content | Unit in charge | ...": the document a
            # table's rows come from, named on the line right above the table
            refs = [*(ref for ref in _table_caption_refs(prep.work, start, references) if ref not in refs), *refs]
        if language == "fr" and prep.folded.find("projet d", max(0, start - 400), start) >= 0:
            # "Le Gouvernement provincial a adopté le projet d'Édit portant X. Le Secrétariat exécutif est chargé de
            # le transmettre à l'Assemblée provinciale": the draft the order points back to
            draft = fr_draft_named_before(prep.folded, start, end)
            if draft is not None and draft not in refs:
                refs = [draft, *refs]
        window = prep.folded[max(0, start - 1500) : end] if language == "sv" else ""
        if "att anta" in window or "att faststalla" in window or "att godkanna" in window:
            # "att anta Regional kompetensförsörjningsstrategi 2027–2030,\natt ge X i uppdrag att ta fram en
            # handlingsplan för strategins genomförande": the adopted document the order names again
            adopted = sv_adopted_named_again(prep.work, prep.folded, start, end)
            if adopted is not None and adopted not in refs:
                refs = [adopted, *refs]
        deadline = None
        if proposal.due_cell is not None:
            # a log's due cell its table read ("12/10/2024" in a log whose dates run month first)
            deadline = Deadline(proposal.due_cell[0] - start, proposal.due_cell[1] - start, proposal.due_cell[2])
        if deadline is None and proposal.deadline_from is not None:
            # "Tidplan: Kvartal 3 2026": a row's due label, its value a date with its "by" implied
            # (past its end where it shares the next order's labels: "Action by: X / Y\nTimeline: ...")
            due = label_due_date(prep.folded, proposal.deadline_from, proposal.labels_to or end, meeting_date, language)
            if due is not None:
                deadline = Deadline(due.start - start, due.end - start, due.date)
        if deadline is None and proposal.deadline_from is not None:
            # a deadline sentence joined the directive: its date counts
            offset = proposal.deadline_from - start
            deadline = find_deadline(
                folded[offset:],
                [(s - offset, e - offset) for s, e in relative_refs],
                meeting_date,
                language,
                signed,
                year,
                work=prep.work[start + offset : end],
            )
            if deadline is not None:
                deadline.start, deadline.end = deadline.start + offset, deadline.end + offset
        if deadline is None and proposal.cells_from is not None:
            # "... DDT (SEEF) Sous-préfecture 10 juillet": a table row's due cell, a bare date, its "by" implied
            until = end if proposal.cells_to is None else proposal.cells_to
            due = cell_due_date(prep.folded, proposal.cells_from, until, meeting_date, language)
            if due is not None:
                deadline = Deadline(due.start - start, due.end - start, due.date)
        if deadline is None:
            deadline = find_deadline(
                folded, relative_refs, meeting_date, language, signed, year, work=prep.work[start:end]
            )
            if language == "vi" and ":" in folded and ("hoan thanh" in folded or "thoi han" in folded):
                # "... có tỷ lệ giải ngân đến hết quý III/2025 dưới 30%; thời gian hoàn thành: quý IV/2025": the
                # order's labelled completion time, not a date before it of what the order is about
                due = label_due_date(prep.folded, start, end, meeting_date, language)
                if (
                    due is not None
                    and (deadline is None or deadline.end <= due.start - start)
                    # (not in a bracket that tells what a project is: "(tổng mức đầu tư: 120 tỷ đồng; thời gian hoàn
                    # thành: năm 2027)")
                    and folded.count("(", 0, due.start - start) <= folded.count(")", 0, due.start - start)
                ):
                    deadline = Deadline(due.start - start, due.end - start, due.date)
        if deadline is None and proposal.status is not None:
            # "Status: In progress. Completion anticipated by end of fiscal year (June 30, 2025).": the status's date
            due = status_due(prep.folded, *proposal.status, meeting_date, language)
            if due is not None:
                deadline = Deadline(due.start - start, due.end - start, due.date)
        if deadline is None and before is not None and before[0] <= start and ("dess" in folded or "then" in folded):
            # "ger X i uppdrag att till den 10 november ta fram ett förslag och Y i uppdrag att dessförinnan stämma av
            # förslaget med ...": the second order of the sentence is due before the first one's date
            then = _BEFORE_THEN.search(folded)
            if then is not None and not _SENTENCE_END.search(prep.work, before[0], start):
                deadline = Deadline(then.start(), then.end(), before[1])
        if (
            deadline is None
            and before is not None
            and before[0] <= start
            and folded.startswith("d'ici")
            and not prep.work[before[0] : start].strip(" \t\n.;")
        ):
            # "La DDT devra remettre son rapport le 2 février. D'ici là, la Chambre de métiers devra recenser ...": by
            # the date of the order right before
            then = by_then(prep.folded, start, end)
            if then is not None:
                deadline = Deadline(then[0] - start, then[1] - start, before[1])
        if (
            deadline is None
            and before is not None
            and before[0] <= start
            and ("samma " in folded or "same " in folded or "that " in folded)
        ):
            # "Åtgärdsplanen redovisas för kommunstyrelsen den 14 april 2026. 3. En fördjupad analys ska också tas fram
            # och redovisas vid samma sammanträde", "... to present the options at the same meeting": the meeting the
            # order before is due at
            same = _SAME_MEETING.search(folded)
            if same is not None:
                deadline = Deadline(same.start(), same.end(), before[1])
        if deadline is None and due_of_item and "muc " in folded:
            # "Rà soát ... Kết quả rà soát gửi kèm báo cáo tại mục 1 nêu trên": due with item 1's report
            item = _VI_DUE_WITH_ITEM.search(folded)
            if item is not None and item.group(1) in due_of_item:
                deadline = Deadline(item.start(), item.end(), due_of_item[item.group(1)])
        if deadline is None and ("betankandet" in folded or "redovisningen" in folded):
            # "Uppdraget i denna del ska redovisas i ett delbetänkande senast den 30 november. ... Även denna fråga
            # ska behandlas i delbetänkandet", "Redovisningen i denna del ska lämnas i samband med delredovisningen":
            # the date the report was given where it was named before
            deadline = _report_named_before(prep.folded, start, folded, meeting_date, language)
        if deadline is None and ("galla" in folded or "kraft" in folded) and "senast " in folded:
            # "... senast två veckor innan den börjar gälla": counted back from the day the decision gives
            due = before_in_force(prep.folded, start, end)
            if due is not None:
                deadline = Deadline(due.start - start, due.end - start, due.date)
        if deadline is None:
            # a table's row flattened to text, its due date in a column of its own after the row's sentence
            due = row_due_date(prep.folded, end, meeting_date, language)
            if due is not None:
                deadline = Deadline(due.start - start, due.end - start, due.date)
        if deadline is not None and "|" in folded and folded.count("|") >= 2:
            # "... | SMBO | S1 2026 | Marché notifié le 15/12/2025": the due cell, not the date of what the status tells
            due = pipe_cell_over_remark(prep.folded, start, end, deadline, meeting_date, language)
            if due is not None:
                deadline = Deadline(due.start - start, due.end - start, due.date)
        if deadline is None and "|" in folded:
            # "Action | Pilote | Échéance": the row's cell under the due-date heading ("30/04", "2e trimestre")
            due = pipe_row_due_date(prep.folded, start, end, meeting_date, language)
            if due is not None:
                deadline = Deadline(due.start - start, due.end - start, due.date)
        if deadline is None and "l year" in folded:
            # "by the end of the current financial year": the end of the one the meeting falls in
            # (in a text dated in the Solar Hijri calendar, the end of that year: "20 Jawza 1405", an Afghan cabinet's)
            deadline = current_fiscal_year_end(folded, meeting_date, april_year, solar_hijri_dated(prep.folded))
        if deadline is None and next_meeting is not None:
            # "présentera ses conclusions lors de la prochaine réunion", its date given in the minutes
            named = at_next_meeting(folded)
            labels = (
                at_next_meeting(prep.folded[proposal.deadline_from : proposal.labels_to])
                if named is None and proposal.deadline_from is not None and proposal.labels_to is not None
                else None
            )
            if named is not None:
                deadline = Deadline(named[0], named[1], next_meeting)
            elif labels is not None:
                # "Action: County Health Promotion Officer - before next meeting": the item's action line under it
                offset = proposal.deadline_from - start
                deadline = Deadline(labels[0] + offset, labels[1] + offset, next_meeting)
            elif "till dess" in folded or "d'ici" in folded:
                # "Nämnden sammanträder nästa gång den 14 februari. X får i uppdrag att till dess ...": by then
                # ("Une nouvelle réunion se tiendra le 12 mars. D'ici là, la DDT devra ...")
                named = by_then_next_meeting(prep.folded, start, end)
                if named is not None:
                    deadline = Deadline(named[0] - start, named[1] - start, next_meeting)
        if (
            deadline is not None
            and next_meeting is not None
            and deadline.date is not None
            and (deadline.date.year, deadline.date.month) == (next_meeting.year, next_meeting.month)
            and "meeting" in folded
            and _MONTH_MEETING.match(folded, deadline.end)
            and not any(ch.isdigit() for ch in folded[deadline.start : deadline.end - 4])
        ):
            # "to the December 2026 Ordinary Council Meeting", the minutes giving the next one's day: that day
            deadline = Deadline(deadline.start, deadline.end, next_meeting)
        if (
            deadline is not None
            and language == "fr"
            and deadline.date is not None
            and meeting_date is not None
            and delay_after_recurring(prep.folded, start + deadline.start, (deadline.date - meeting_date).days)
        ):
            deadline = None  # "transmettra chaque lundi les débits ; la DDT en assurera la diffusion sous 48 heures"
        if deadline is not None and sat_at is not None and deadline.date == meeting_date:
            # "avant 7h30" in the minutes of a meeting held at 17h30: the next morning
            deadline.date = after_sitting(folded[deadline.start : deadline.end], deadline.date, sat_at)
        if deadline is not None and april_year:
            deadline = april_fiscal(deadline, prep.folded, start)  # "Q3 2025/26" of a year from April
        before = (end, deadline.date) if deadline is not None else None
        if language == "vi" and deadline is not None and deadline.date is not None:
            number = _ITEM_NUMBER_BEFORE.search(prep.work, max(0, start - 12), start)
            if number is not None:
                due_of_item[number.group(1)] = deadline.date  # the nearest item of that number before
        excluded = list(relative_refs)
        if deadline is not None:
            excluded.append((deadline.start, deadline.end))
        targets = [
            Target(value, unit, quote(start + s, start + e)[2])
            for s, e, value, unit in find_targets(prep.work[start:end], folded, language, excluded)
        ]
        a, b, passage = quote(start, end)
        names = []
        for m in mentions[bisect_left(mention_starts, start) :]:
            if m.start >= end:
                break
            if m.end <= end:
                names.append((m.start - start, m.end - start))
        lead = proposal.lead
        if lead is None and "|" in source and not proposal.staff_row:
            # "Staff was directed to ... | Transportation | In Progress": the row's lead column names the unit
            lead = row_lead(reading.index.departments, source, to_input(start))  # the lines as laid out
        directives.append(
            ProposedDirective(
                text=passage,
                start=a,
                end=b,
                lead=lead,
                coordinating=proposal.coordinating,
                deadline=deadline.date if deadline else None,
                deadline_text=quote(start + deadline.start, start + deadline.end)[2] if deadline else None,
                recurrence=find_recurrence(folded),
                # (a row's decision above its quote is found again inside it: "KF 2024-02-19 § 18 Ta fram ...")
                references=[quote(s, e)[2] for s, e in dict.fromkeys(refs)],
                targets=targets,
                title=make_title(prep.work[start:end], language, names=names),  # the plain working copy
            )
        )
    unknown = [UnknownDepartment(*_name(quote(u.start, u.end))) for u in unknowns]
    return Extraction(language=language, directives=directives, unknown_departments=unknown)


def _name(quoted: tuple[int, int, str]) -> tuple[str, int, int]:
    start, end, name = quoted
    return name, start, end
