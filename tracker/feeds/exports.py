"""Rows of a task list or of the department report, written as CSV or XLSX.

Exports stream: rows are read from the database in batches and written as they come, so a
department's hundred thousand tasks do not sit in memory at once. XLSX uses openpyxl's write-only
mode for the same reason.
"""

import csv
import io
import tempfile

from flask_babel import gettext as _
from openpyxl import Workbook

from tracker.extensions import db
from tracker.tasks.queries import _order, filtered_select, list_options
from tracker.tasks.timing import timing_of, today_local

#: An export larger than this is cut, and says so in its last row.
MAX_EXPORT_ROWS = 200_000
BATCH = 1000


def task_columns():
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


def task_rows(user, filters, base_url, limit=MAX_EXPORT_ROWS):
    """Yield one list of cells per task ``user`` may see that matches ``filters``, in list order."""
    today = today_local()
    query = (
        filtered_select(user, filters, today)
        .options(*list_options())
        .order_by(*_order(filters.sort))
        .limit(limit + 1)
        .execution_options(yield_per=BATCH)
    )
    # Only many-to-one rows are joined, so no de-duplication (which would defeat yield_per) is needed.
    for count, task in enumerate(db.session.scalars(query), start=1):
        if count > limit:
            yield [_("The export stops at %(n)d rows; narrow the filters to see the rest.", n=limit)]
            return
        yield [
            task.id,
            task.title,
            task.status.value,
            timing_of(task, today).value,
            task.lead_department.name,
            "; ".join(department.name for department in task.coordinating_departments),
            task.assignee.name if task.assignee else "",
            task.issuer.name,
            task.due_on.isoformat() if task.due_on else "",
            task.deadline_text or "",
            task.progress,
            task.current_value if task.current_value is not None else "",
            task.target_value if task.target_value is not None else "",
            task.target_unit or "",
            task.priority.value,
            task.recurrence.value,
            task.meeting_id or "",
            task.completed_at.isoformat() if task.completed_at else "",
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
            row.department.name,
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


def stream_csv(header, rows):
    """Yield CSV text (UTF-8 with a byte-order mark, which spreadsheet programs need for Vietnamese)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write("\ufeff")
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
        if buffer.tell() > 64 * 1024:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def build_xlsx(title, header, rows):
    """Return a spooled file holding the workbook."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])
    sheet.append(header)
    for row in rows:
        sheet.append([safe_cell(cell) for cell in row])
    output = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)  # noqa: SIM115 (send_file closes it)
    workbook.save(output)
    output.seek(0)
    return output
