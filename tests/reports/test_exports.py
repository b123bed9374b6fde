"""Task exports a clerk can use: labels in the reader's language, the meeting by name, real dates."""

import csv
import io
from datetime import date, datetime

import openpyxl

from tracker.extensions import db
from tracker.tasks.models import Priority, Recurrence, TaskStatus


def test_xlsx_export_speaks_the_readers_language(province, make, client, auth, frozen):
    leader = province["leader"]
    task = make.task(
        lead=province["alpha"],
        issuer=leader,
        title="Báo cáo quý",
        status=TaskStatus.DONE,
        due_on=date(2025, 6, 30),
        completed_on=date(2025, 6, 5),
        completed_at=datetime.fromisoformat("2025-06-05T02:30:00+00:00"),
        priority=Priority.HIGH,
        recurrence=Recurrence.QUARTERLY,
        meeting=province["meeting"],
    )
    leader.locale = "vi"
    db.session.commit()
    auth.login(leader)
    response = client.get("/exports/tasks.xlsx?status=done&q=quý")
    workbook = openpyxl.load_workbook(io.BytesIO(response.data))
    sheet = workbook.active
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:S2"
    assert sheet.column_dimensions["B"].width == 50
    header = [cell.value for cell in sheet[1]]
    row = dict(zip(header, (cell.value for cell in sheet[2]), strict=True))
    assert sheet.cell(row=2, column=1).value == task.id
    assert row["Trạng thái"] == "Hoàn thành"
    assert row["Thời hạn"] == datetime(2025, 6, 30)  # a date cell, not text
    assert sheet.cell(row=2, column=9).number_format == "yyyy-mm-dd"
    assert row["Độ ưu tiên"] == "Cao"
    assert row["Lặp lại"] not in ("quarterly", "", None)
    assert row["Cuộc họp"].startswith("Working session on forests (")
    assert row["Thời điểm hoàn thành"] == datetime(2025, 6, 5, 9, 30)  # Hanoi's wall clock


def test_csv_export_writes_labels_and_iso_dates(province, client, auth, frozen):
    auth.login(province["leader"])
    text = client.get("/exports/tasks.csv?status=done&sort=title").get_data(as_text=True)
    rows = list(csv.reader(io.StringIO(text[1:])))
    by_title = {row[1]: row for row in rows[1:]}
    row = by_title["Done two days late"]
    assert row[2] == "Done" and row[3] == "Done late"
    assert row[8] == "2025-06-01" and row[17] == "2025-06-03 12:00"
    assert row[14] == "Normal" and row[15] == "Once"
