"""The periodic report and a meeting's follow-up as documents: DOCX, PDF and XLSX.

Each document is drawn from one outline (:func:`outline`): the same headings, the same tables with
the same numbers, in the reader's language. DOCX is written by python-docx, PDF by ReportLab with
an embedded DejaVu Serif (which has every Vietnamese letter), XLSX by openpyxl; all in-process.
"""

import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from flask import current_app
from flask_babel import gettext as _
from flask_babel import ngettext

from tracker.core.templating import localdate
from tracker.tasks.labels import status_label, timing_label
from tracker.tasks.models import ExtensionStatus
from tracker.tasks.timing import local_date, timing_of

FONTS = Path(__file__).parent / "fonts"
#: The documents list at most this many overdue or late tasks (the counts are always whole).
DOCUMENT_LIST_LIMIT = 300


@dataclass
class Table:
    header: list
    rows: list
    #: Relative column widths.
    widths: list
    footer: list | None = None
    #: Columns holding numbers (right-aligned).
    numeric: tuple = ()
    #: The XLSX sheet this table goes to, and its name.
    sheet: str | None = None


@dataclass
class Section:
    title: str
    paragraphs: list = field(default_factory=list)
    #: ``(caption or None, Table)``
    tables: list = field(default_factory=list)


@dataclass
class Outline:
    issuer: str
    made_on: str
    title: str
    subtitle: list
    sections: list
    filename: str


def issuer_name():
    return current_app.config.get("TRACKER_REPORT_ISSUER") or _("Provincial People's Committee")


def rate_text(rate):
    return "—" if rate is None else f"{rate * 100:.1f}%"


def short(day):
    return localdate(day, "short") if day else ""


def extension_text(extension):
    states = {
        ExtensionStatus.PENDING: _("waiting for a decision"),
        ExtensionStatus.APPROVED: _("granted"),
        ExtensionStatus.REFUSED: _("refused"),
    }
    return _(
        "%(day)s: to %(new)s, %(state)s",
        day=short(local_date(extension.created_at) if extension.created_at else None),
        new=short(extension.requested_due_on),
        state=states.get(ExtensionStatus(extension.status), str(extension.status)),
    )


def progress_text(update):
    if update is None:
        return "—"
    parts = [short(local_date(update.created_at))]
    if update.progress is not None:
        parts.append(f"{update.progress}%")
    if update.comment:
        parts.append(update.comment)
    return " · ".join(parts)


def summary_table(report):
    header = [
        _("No."),
        _("Lead department"),
        _("Total"),
        _("Done on time"),
        _("Done late"),
        _("Open, within the deadline"),
        _("Open, overdue"),
        _("On-time rate"),
    ]
    rows = []
    for number, line in enumerate(report.lines, start=1):
        rows.append(
            [
                number,
                line.department.display_name,
                line.total,
                line.done_on_time,
                line.done_late,
                line.open_within_deadline,
                line.open_overdue,
                line.on_time_rate,
            ]
        )
    totals = report.totals
    footer = [
        "",
        _("All departments"),
        totals.total,
        totals.done_on_time,
        totals.done_late,
        totals.open_within_deadline,
        totals.open_overdue,
        totals.on_time_rate,
    ]
    return Table(
        header, rows, [4, 30, 9, 10, 10, 12, 10, 10], footer, numeric=(0, 2, 3, 4, 5, 6, 7), sheet=_("Summary")
    )


def overdue_table(report, limit):
    header = [
        _("No."),
        _("Lead department"),
        _("Task"),
        _("Deadline"),
        _("Days overdue"),
        _("Last progress report"),
        _("Extension requests"),
    ]
    rows = [
        [
            number,
            item.task.lead_department.display_name,
            item.task.title,
            item.deadline,
            item.days,
            progress_text(item.last_progress),
            "\n".join(extension_text(extension) for extension in item.extensions) or "—",
        ]
        for number, item in enumerate(report.overdue[:limit], start=1)
    ]
    return Table(header, rows, [4, 16, 30, 10, 8, 20, 16], numeric=(0, 4), sheet=_("Overdue"))


def late_table(report, limit):
    header = [_("No."), _("Lead department"), _("Task"), _("Deadline"), _("Completed on"), _("Days late")]
    rows = [
        [
            number,
            item.task.lead_department.display_name,
            item.task.title,
            item.deadline,
            item.task.completed_on,
            item.days,
        ]
        for number, item in enumerate(report.late[:limit], start=1)
    ]
    return Table(header, rows, [4, 20, 40, 12, 12, 8], numeric=(0, 5), sheet=_("Completed late"))


def directive_table(position, tasks, today):
    header = [_("Directive"), _("Task"), _("Lead department"), _("Deadline"), _("Status"), _("Timing")]
    rows = [
        [
            position,
            task.title,
            task.lead_department.display_name,
            task.due_on,
            status_label(task.status),
            timing_label(timing_of(task, today)),
        ]
        for task in tasks
    ]
    return Table(header, rows, [7, 40, 20, 12, 12, 14], numeric=(0,), sheet=_("Directives"))


def cut_note(shown, total):
    if total <= shown:
        return None
    return _("Only the first %(shown)d of %(total)d are listed.", shown=shown, total=total)


def outline(report, today, limit=DOCUMENT_LIST_LIMIT):
    """The document's content, shared by DOCX, PDF and XLSX."""
    subtitle = []
    if report.meeting is not None and report.directives is not None:
        title = _("Follow-up of the meeting's directives")
        subtitle.append(
            _("Meeting: %(title)s (%(day)s)", title=report.meeting.title, day=localdate(report.meeting.held_on))
        )
        filename = f"meeting-{report.meeting.id}-report"
    else:
        title = _("Report on the tasks assigned")
        if report.date_from and report.date_to:
            subtitle.append(
                _("From %(start)s to %(end)s", start=localdate(report.date_from), end=localdate(report.date_to))
            )
        filename = "periodic-report-{}-{}".format(
            report.date_from.isoformat() if report.date_from else "start",
            report.date_to.isoformat() if report.date_to else "end",
        )
        if report.meeting is not None:
            subtitle.append(
                _("Meeting: %(title)s (%(day)s)", title=report.meeting.title, day=localdate(report.meeting.held_on))
            )
    if report.department is not None:
        subtitle.append(_("Lead department: %(name)s", name=report.department.display_name))
    if report.document is not None:
        subtitle.append(
            _("Source document: %(document)s", document=report.document)
            + " · "
            + ngettext("%(num)d directive refers to it.", "%(num)d directives refer to it.", report.document_directives)
        )
    subtitle.append(_("Situation as of %(day)s", day=localdate(report.as_of)))

    sections = []
    summary = Section(
        _("Results by lead department"),
        paragraphs=[
            _(
                "Counted: the tasks whose deadline falls in the period, those completed in it, and those "
                "whose deadline passed before it and that were not completed at its end; cancelled tasks and "
                "tasks without a deadline are left out. A deadline extended at a request made after it had "
                "passed still counts. The on-time rate is done on time / (done on time + done late + open, "
                "overdue)."
            ),
            _(
                "%(total)d tasks: %(on_time)d done on time, %(late)d done late, %(within)d open within the "
                "deadline, %(overdue)d open and overdue; on-time rate %(rate)s.",
                total=report.totals.total,
                on_time=report.totals.done_on_time,
                late=report.totals.done_late,
                within=report.totals.open_within_deadline,
                overdue=report.totals.open_overdue,
                rate=rate_text(report.totals.on_time_rate),
            ),
        ],
    )
    summary.tables.append((None, summary_table(report)))
    sections.append(summary)

    overdue = Section(_("Overdue tasks"))
    shown = min(limit, len(report.overdue))
    if report.totals.open_overdue > report.overdue_total:
        overdue.paragraphs.append(
            ngettext(
                "%(num)d overdue task belongs to departments whose tasks you may not see.",
                "%(num)d overdue tasks belong to departments whose tasks you may not see.",
                report.totals.open_overdue - report.overdue_total,
            )
        )
    if report.overdue_total:
        note = cut_note(shown, report.overdue_total)
        if note:
            overdue.paragraphs.append(note)
        overdue.tables.append((None, overdue_table(report, limit)))
    else:
        overdue.paragraphs.append(_("None."))
    sections.append(overdue)

    late = Section(_("Tasks completed late"))
    if report.late_total:
        note = cut_note(min(limit, len(report.late)), report.late_total)
        if note:
            late.paragraphs.append(note)
        late.tables.append((None, late_table(report, limit)))
    else:
        late.paragraphs.append(_("None."))
    sections.append(late)

    if report.directives is not None:
        directives = Section(_("Directives and their tasks"))
        for position, (directive, tasks) in enumerate(report.directives, start=1):
            caption = (
                f"{position}. {directive.text}"
                if directive is not None
                else f"{position}. " + _("Tasks under no directive")
            )
            if tasks:
                directives.tables.append((caption, directive_table(position, tasks, today)))
            else:
                directives.tables.append((caption, None))
        sections.append(directives)

    return Outline(
        issuer=issuer_name(),
        made_on=_("Made on %(day)s", day=localdate(today, "long")),
        title=title,
        subtitle=subtitle,
        sections=sections,
        filename=filename,
    )


def cell_text(value):
    """A cell as the DOCX and PDF print it."""
    if value is None:
        return "—"
    if isinstance(value, float):
        return rate_text(value)
    if isinstance(value, datetime | date):
        return short(value)
    return str(value)


# --- DOCX ------------------------------------------------------------------------------------------

WORD_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#: Characters XML 1.0 cannot hold (a task title pasted from elsewhere may carry one).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _docx_cell(text, width, bold=False, right=False):
    lines = _NOT_XML.sub("", text).split("\n")
    runs = "<w:r><w:br/></w:r>".join(
        '<w:r><w:rPr>{}<w:sz w:val="20"/></w:rPr><w:t xml:space="preserve">{}</w:t></w:r>'.format(
            "<w:b/>" if bold else "", escape(line)
        )
        for line in lines
    )
    alignment = '<w:pPr><w:jc w:val="right"/></w:pPr>' if right else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr><w:p>{alignment}{runs}</w:p></w:tc>'


def docx_table_xml(table, usable_twips=None):
    """A ``w:tbl`` for ``table``: grid borders, its header row repeated on every page it runs onto."""
    usable_twips = usable_twips or int((29.7 - 4) / 2.54 * 1440)
    scale = usable_twips / sum(table.widths)
    widths = [int(width * scale) for width in table.widths]
    parts = [
        f'<w:tbl xmlns:w="{WORD_NAMESPACE}"><w:tblPr><w:tblStyle w:val="TableGrid"/>'
        '<w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>',
        *(f'<w:gridCol w:w="{width}"/>' for width in widths),
        "</w:tblGrid>",
        '<w:tr><w:trPr><w:tblHeader w:val="true"/></w:trPr>',
        *(_docx_cell(str(value), width, bold=True) for value, width in zip(table.header, widths, strict=True)),
        "</w:tr>",
    ]
    rows = [(row, False) for row in table.rows]
    if table.footer:
        rows.append((table.footer, True))
    for row, bold in rows:
        parts.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        for column, value in enumerate(row):
            parts.append(_docx_cell(cell_text(value), widths[column], bold=bold, right=column in table.numeric))
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    return "".join(parts)


def build_docx(doc):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2))
    section.top_margin = section.bottom_margin = Cm(1.8)
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(12)

    head = document.add_table(rows=1, cols=2)
    left, right = head.rows[0].cells
    left.paragraphs[0].add_run(doc.issuer.upper()).bold = True
    right.paragraphs[0].add_run(doc.made_on).italic = True
    right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

    heading = document.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = heading.add_run(doc.title.upper())
    run.bold = True
    run.font.size = Pt(14)
    for line in doc.subtitle:
        paragraph = document.add_paragraph(line)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER

    usable = 29.7 - 4
    body = document.element.body
    for number, part in enumerate(doc.sections, start=1):
        document.add_paragraph().add_run(f"{number}. {part.title}").bold = True
        for text in part.paragraphs:
            document.add_paragraph(text)
        for caption, table in part.tables:
            if caption:
                document.add_paragraph().add_run(caption).italic = True
            if table is None:
                document.add_paragraph(_("No task yet."))
                continue
            # Written as XML in one piece: python-docx's cell by cell API took seconds for a few
            # hundred rows.
            element = parse_xml(docx_table_xml(table, int(Cm(usable).inches * 1440)))
            section_properties = body.find(qn("w:sectPr"))
            if section_properties is not None:
                section_properties.addprevious(element)
            else:
                body.append(element)
    output = io.BytesIO()
    document.save(output)
    output.seek(0)
    return output


# --- PDF -------------------------------------------------------------------------------------------

_fonts_registered = False


def _register_fonts():
    global _fonts_registered
    if _fonts_registered:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("TrackerSerif", str(FONTS / "DejaVuSerif.ttf")))
    pdfmetrics.registerFont(TTFont("TrackerSerif-Bold", str(FONTS / "DejaVuSerif-Bold.ttf")))
    addMapping("TrackerSerif", 0, 0, "TrackerSerif")
    addMapping("TrackerSerif", 1, 0, "TrackerSerif-Bold")
    addMapping("TrackerSerif", 0, 1, "TrackerSerif")
    addMapping("TrackerSerif", 1, 1, "TrackerSerif-Bold")
    _fonts_registered = True


def build_pdf(doc):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, TableStyle
    from reportlab.platypus import Table as PdfTable

    _register_fonts()
    base = ParagraphStyle("base", fontName="TrackerSerif", fontSize=11, leading=14)
    small = ParagraphStyle("small", parent=base, fontSize=8.5, leading=10.5)
    small_bold = ParagraphStyle("small-bold", parent=small, fontName="TrackerSerif-Bold")
    small_right = ParagraphStyle("small-right", parent=small, alignment=TA_RIGHT)
    small_bold_right = ParagraphStyle("small-bold-right", parent=small_bold, alignment=TA_RIGHT)
    title = ParagraphStyle(
        "title", parent=base, fontName="TrackerSerif-Bold", fontSize=14, leading=18, alignment=TA_CENTER
    )
    centred = ParagraphStyle("centred", parent=base, alignment=TA_CENTER)
    heading = ParagraphStyle("heading", parent=base, fontName="TrackerSerif-Bold", spaceBefore=10, spaceAfter=4)
    caption = ParagraphStyle("caption", parent=base, fontSize=10, leading=13, spaceBefore=6, spaceAfter=2)

    def text(value):
        return escape(value).replace("\n", "<br/>")

    output = io.BytesIO()
    pagesize = landscape(A4)
    margin = 1.8 * cm
    page_label = _("Page %(num)s")

    def number_pages(canvas, document):
        canvas.saveState()
        canvas.setFont("TrackerSerif", 8)
        canvas.drawRightString(pagesize[0] - margin, margin / 2, page_label % {"num": document.page})
        canvas.restoreState()

    document = SimpleDocTemplate(
        output,
        pagesize=pagesize,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=doc.title,
        author=doc.issuer,
    )
    usable = pagesize[0] - 2 * margin
    story = [
        PdfTable(
            [
                [
                    Paragraph(f"<b>{text(doc.issuer.upper())}</b>", base),
                    Paragraph(f"<i>{text(doc.made_on)}</i>", ParagraphStyle("r", parent=base, alignment=TA_RIGHT)),
                ]
            ],
            colWidths=[usable / 2, usable / 2],
        ),
        Spacer(1, 12),
        Paragraph(text(doc.title.upper()), title),
    ]
    story.extend(Paragraph(text(line), centred) for line in doc.subtitle)
    for number, part in enumerate(doc.sections, start=1):
        story.append(Paragraph(text(f"{number}. {part.title}"), heading))
        story.extend(Paragraph(text(paragraph), base) for paragraph in part.paragraphs)
        for label, table in part.tables:
            if label:
                story.append(Paragraph(text(label), caption))
            if table is None:
                story.append(Paragraph(text(_("No task yet.")), small))
                continue
            scale = usable / sum(table.widths)
            widths = [width * scale for width in table.widths]
            # A cell that fits on one line is a plain string (drawn with the table's font): laying
            # out a Paragraph for every cell made a few hundred rows take seconds.
            fits = [int((width - 6) / (small.fontSize * 0.56)) for width in widths]

            def cell(value, column, bold, fits=fits, table=table):
                shown = cell_text(value)
                if "\n" not in shown and len(shown) <= fits[column]:
                    return shown
                style = (small_bold_right if bold else small_right) if column in table.numeric else small
                return Paragraph(text(shown), small_bold if bold and column not in table.numeric else style)

            data = [[Paragraph(text(str(value)), small_bold) for value in table.header]]
            data.extend([cell(value, column, False) for column, value in enumerate(row)] for row in table.rows)
            commands = [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 1), (-1, -1), "TrackerSerif"),
                ("FONTSIZE", (0, 1), (-1, -1), small.fontSize),
                ("LEADING", (0, 1), (-1, -1), small.leading),
                *(("ALIGN", (column, 1), (column, -1), "RIGHT") for column in table.numeric),
            ]
            if table.footer:
                data.append([cell(value, column, True) for column, value in enumerate(table.footer)])
                commands.append(("FONTNAME", (0, -1), (-1, -1), "TrackerSerif-Bold"))
            grid = PdfTable(data, colWidths=widths, repeatRows=1)
            grid.setStyle(TableStyle(commands))
            story.append(grid)
    document.build(story, onFirstPage=number_pages, onLaterPages=number_pages)
    output.seek(0)
    return output


# --- XLSX ------------------------------------------------------------------------------------------


def build_xlsx(doc):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    from tracker.feeds.exports import safe_cell

    workbook = Workbook()
    workbook.remove(workbook.active)
    # The first sheet heads the report as the DOCX and PDF do: who issues it, what, which filters.
    heading = workbook.create_sheet(title=_("Report")[:31])
    for line in (doc.issuer.upper(), doc.made_on, doc.title.upper(), *doc.subtitle):
        heading.append([safe_cell(line)])
    heading["A3"].font = Font(bold=True)
    heading.column_dimensions["A"].width = min(100, max(len(line) for line in doc.subtitle or [doc.title]) + 4)
    workbook.properties.title = doc.title
    used = {heading.title}
    for part in doc.sections:
        tables = [table for _caption, table in part.tables if table is not None]
        if not tables:
            continue
        name = (tables[0].sheet or part.title)[:31]
        while name in used:
            name = name[:28] + str(len(used))
        used.add(name)
        sheet = workbook.create_sheet(title=name)
        header = list(tables[0].header)
        sheet.append(header)
        widths = [len(str(value)) for value in header]
        for table in tables:
            for row in [*table.rows, *([table.footer] if table.footer else [])]:
                values = []
                for column, value in enumerate(row):
                    values.append(safe_cell(value))
                    widths[column] = max(widths[column], min(60, len(cell_text(value))))
                sheet.append(values)
                for column, value in enumerate(row, start=1):
                    cell = sheet.cell(row=sheet.max_row, column=column)
                    if isinstance(value, float) and column - 1 in table.numeric and column - 1 == len(row) - 1:
                        cell.number_format = "0.0%"
                    elif isinstance(value, date):
                        cell.number_format = "yyyy-mm-dd"
                    elif isinstance(value, str) and "\n" in value:
                        cell.alignment = Alignment(wrap_text=True, vertical="top")
                if table.footer and row is table.footer:
                    for column in range(1, len(row) + 1):
                        sheet.cell(row=sheet.max_row, column=column).font = Font(bold=True)
        for column in range(1, len(header) + 1):
            sheet.cell(row=1, column=column).font = Font(bold=True)
            sheet.column_dimensions[get_column_letter(column)].width = max(8, widths[column - 1] + 2)
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{max(sheet.max_row, 1)}"
    if len(workbook.sheetnames) == 1:
        workbook.create_sheet(title=_("Summary")[:31])
    output = io.BytesIO()
    workbook.save(output)
    output.seek(0)
    return output
