"""Rows of a task list or of the department report, written as CSV or XLSX.

Exports stream: rows are read from the database in batches (``queries.exported_tasks``) and
written as they come, so a department's hundred thousand tasks do not sit in memory at once. XLSX
uses openpyxl's write-only mode for the same reason.
"""

import csv
import io
import tempfile
from datetime import date, datetime

from flask_babel import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from tracker.core.templating import localdate
from tracker.feeds import queries
from tracker.tasks.forms import PRIORITY_LABELS, RECURRENCE_LABELS
from tracker.tasks.labels import status_label, timing_label
from tracker.tasks.timing import province_zone, timing_of, today_local

#: An export larger than this is cut, and says so in its last row.
MAX_EXPORT_ROWS = 200_000


class Columns(list):
    """A header row that knows its columns' widths in XLSX (characters)."""

    def __init__(self, names, widths=None):
        super().__init__(names)
        self.widths = widths


def task_columns():
    return Columns(task_column_names(), TASK_WIDTHS)


def task_column_names():
    return [
        _("ID"),
        _("Title"),
        _("Status"),
        _("Timing"),
        _("Lead department"),
        _("Coordinating departments"),
        _("Assignee"),
        _("Issued by"),
        _("Deadline"),
        _("Deadline as written"),
        _("Progress %"),
        _("Current value"),
        _("Target value"),
        _("Target unit"),
        _("Priority"),
        _("Recurrence"),
        _("Meeting"),
        _("Completed at"),
        _("Link"),
    ]


#: Column widths of the task export in XLSX (characters), in the order of ``task_columns``.
TASK_WIDTHS = [8, 50, 14, 16, 30, 30, 22, 22, 12, 24, 10, 12, 12, 12, 10, 14, 40, 17, 40]


def _meeting_name(meeting):
    return f"{meeting.title} ({localdate(meeting.held_on, 'short')})" if meeting is not None else ""


def _local_moment(moment):
    """A UTC timestamp as the province's wall-clock time, naive (spreadsheets know no time zones)."""
    return moment.astimezone(province_zone()).replace(tzinfo=None, microsecond=0) if moment else None


def task_rows(user, filters, base_url, limit=MAX_EXPORT_ROWS, ids=None):
    """Yield one list of cells per task ``user`` may see that matches ``filters``, in list order.

    Statuses, timings, priorities and recurrences are in the reader's language, the meeting is named
    by its title and date, and deadlines and timestamps are dates (CSV writes them ISO 8601, XLSX as
    dates a spreadsheet can sort and filter); the completion time is the province's local time.
    ``ids`` keeps only those tasks (a selection on a list).
    """
    today = today_local()
    tasks = queries.exported_tasks(user, filters, today, limit + 1, ids)
    priorities = {key.value: str(value) for key, value in PRIORITY_LABELS.items()}
    recurrences = {key.value: str(value) for key, value in RECURRENCE_LABELS.items()}
    for count, task in enumerate(tasks, start=1):
        if count > limit:
            yield [_("The export stops at %(n)d rows; narrow the filters to see the rest.", n=limit)]
            return
        yield [
            task.id,
            task.title,
            status_label(task.status),
            timing_label(timing_of(task, today)),
            task.lead_department.display_name,
            "; ".join(department.display_name for department in task.coordinating_departments),
            task.assignee.name if task.assignee else "",
            task.issuer.name,
            task.due_on,
            task.deadline_text or "",
            task.progress,
            task.current_value if task.current_value is not None else "",
            task.target_value if task.target_value is not None else "",
            task.target_unit or "",
            priorities.get(task.priority.value, task.priority.value),
            recurrences.get(task.recurrence.value, task.recurrence.value),
            _meeting_name(task.meeting),
            _local_moment(task.completed_at),
            f"{base_url}/tasks/{task.id}",
        ]


def report_columns():
    return [
        _("Department"),
        _("Code"),
        _("Tasks"),
        _("Done on time"),
        _("Done late"),
        _("Open, on track"),
        _("Open, overdue"),
        _("On-time rate %"),
    ]


def report_rows(rows):
    for row in rows:
        rate = row.on_time_rate
        yield [
            row.department.display_name,
            row.department.code,
            row.total,
            row.done_on_time,
            row.done_late,
            row.open_on_track,
            row.open_overdue,
            "" if rate is None else round(rate * 100, 1),
        ]


def safe_cell(cell):
    # A cell starting with = + - @ would be run as a formula by spreadsheet programs; so may one
    # starting with a tab or a line break before them.
    if isinstance(cell, str) and cell[:1] in ("=", "+", "-", "@", "\t", "\r", "\n"):
        return "'" + cell
    return cell


def csv_cell(cell):
    if cell is None:
        return ""
    if isinstance(cell, datetime):
        return cell.isoformat(sep=" ", timespec="minutes")
    if isinstance(cell, date):
        return cell.isoformat()
    return safe_cell(cell)


def stream_csv(header, rows):
    """Yield CSV text (UTF-8 with a byte-order mark, which spreadsheet programs need for Vietnamese)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write("\ufeff")
    writer.writerow(header)
    for row in rows:
        writer.writerow([csv_cell(cell) for cell in row])
        if buffer.tell() > 64 * 1024:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def build_xlsx(title, header, rows, widths=None):
    """Return a spooled file holding the workbook: one sheet, its header row bold and frozen, an
    autofilter over the rows, the columns ``widths`` wide (characters), dates and times as such."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])
    sheet.freeze_panes = "A2"
    widths = widths or getattr(header, "widths", None) or [max(10, min(40, len(str(name)) + 4)) for name in header]
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    bold = Font(bold=True)
    cells = []
    for name in header:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = bold
        cells.append(cell)
    sheet.append(cells)
    count = 0
    for row in rows:
        values = []
        for value in row:
            if isinstance(value, datetime):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "yyyy-mm-dd hh:mm"
                value = cell
            elif isinstance(value, date):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "yyyy-mm-dd"
                value = cell
            else:
                value = safe_cell(value)
            values.append(value)
        sheet.append(values)
        count += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{count + 1}"
    output = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)  # noqa: SIM115 (send_file closes it)
    workbook.save(output)
    output.seek(0)
    return output


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def download(header, rows, stem, file_format):
    """The response of an export: ``stem-<today>.csv`` streamed, or ``.xlsx`` as a file."""
    from flask import Response, send_file, stream_with_context

    filename = f"{stem}-{today_local().isoformat()}.{file_format}"
    if file_format == "csv":
        response = Response(stream_with_context(stream_csv(header, rows)), mimetype="text/csv")
        response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
    return send_file(build_xlsx(stem, header, rows), mimetype=XLSX, as_attachment=True, download_name=filename)
