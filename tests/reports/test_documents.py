"""The page, the API, and the DOCX, PDF and XLSX documents of one period give the same numbers."""

import io
import re

import docx
import openpyxl
import pypdf
import pytest

from tracker.extensions import db

from .conftest import numbers

PERIOD = "from=2025-04-01&to=2025-06-30"
CLASSES = ("total", "done_on_time", "done_late", "open_within_deadline", "open_overdue")


def page_numbers(html):
    """``{department name: (total, ..., rate)}`` from the page's summary table, and the totals row."""
    found = {}
    for row in re.findall(r"<tr data-department-id=\"\d+\">(.*?)</tr>", html, re.S):
        name = re.search(r"<td>(.*?)</td>", row).group(1)
        found[name] = _cells(row)
    totals = re.search(r'<tr data-totals="1">(.*?)</tr>', html, re.S).group(1)
    found["*"] = _cells(totals)
    return found


def _cells(row):
    counts = tuple(
        int(re.sub(r"<[^>]+>", "", re.search(rf'data-col="{name}"[^>]*>(.*?)</t[dh]>', row, re.S).group(1)))
        for name in CLASSES
    )
    rate = re.search(r'data-col="on_time_rate" data-value="([^"]*)"', row).group(1)
    return (*counts, round(float(rate), 3) if rate else None)


def expected():
    return {
        "Agriculture": (6, 1, 2, 1, 2, 0.2),
        "Transport": (2, 1, 0, 0, 1, 0.5),
        "*": (8, 2, 2, 1, 3, 0.286),
    }


#: The quarter, and the same quarter for one source document (cited in English by the forests
#: meeting and in Vietnamese by the roads meeting; not "128/KH-UBND").
CASES = {
    "quarter": {
        "query": PERIOD,
        "numbers": expected(),
        "overdue": {"Due yesterday": 1, "Carried over from March": 87, "Extended too late": 31},
        "heading": [],
    },
    "source document": {
        "query": PERIOD + "&document=28%2FKH-UBND",
        "numbers": {
            "Agriculture": (2, 0, 0, 1, 1, 0.0),
            "Transport": (1, 0, 0, 0, 1, 0.0),
            "*": (3, 0, 0, 1, 2, 0.0),
        },
        "overdue": {"Due yesterday": 1, "Extended too late": 31},
        "heading": ["Source document: 28/KH-UBND · 2 directives refer to it."],
    },
}


def pdf_line(name, numbers):
    counts = " ".join(str(value) for value in numbers[:5])
    return f"{name} {counts} {numbers[5] * 100:.1f}%"


def docx_numbers(data):
    document = docx.Document(io.BytesIO(data))
    summary = next(table for table in document.tables if table.rows[0].cells[0].text == "No.")
    found = {}
    for row in summary.rows[1:]:
        cells = [cell.text for cell in row.cells]
        name = "*" if cells[1] == "All departments" else cells[1]
        found[name] = (*(int(value) for value in cells[2:7]), _rate(cells[7]))
    return document, found


def _rate(text):
    return None if text == "—" else round(float(text.rstrip("%")) / 100, 3)


def pdf_text(data):
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages), reader


def xlsx_numbers(data):
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    sheet = workbook["Summary"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][1] == "Lead department"
    found = {}
    for row in rows[1:]:
        name = "*" if row[1] == "All departments" else row[1]
        found[name] = (*row[2:7], None if row[7] is None else round(row[7], 3))
    return workbook, found


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_page_api_and_documents_agree(case, province, client, auth, api, frozen):
    query, numbers = case["query"], case["numbers"]
    auth.login(province["leader"])
    response = client.get(f"/reports/periodic?{query}")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert page_numbers(html) == numbers
    section = html[html.index('id="overdue-tasks"') : html.index('id="late-tasks"')]
    listed = re.findall(r'<tr data-task-id="\d+">.*?<a href="/tasks/\d+">(.*?)</a>', section, re.S)
    assert set(listed) == set(case["overdue"])
    for line in case["heading"]:
        assert " ".join(re.sub(r"<[^>]+>", "", html).split()).count(line) == 1

    body = api.check(api.as_user(province["leader"]).get(f"/reports/periodic?{query}").get_json(), "PeriodicReport")
    from_api = {
        item["department"]["name"]: (*(item[name] for name in CLASSES), round(item["on_time_rate"], 3))
        for item in body["items"]
    }
    from_api["*"] = (*(body["totals"][name] for name in CLASSES), round(body["totals"]["on_time_rate"], 3))
    assert from_api == numbers
    assert body["from"] == "2025-04-01" and body["to"] == "2025-06-30"
    assert {task["title"]: task["days_overdue"] for task in body["overdue"]} == case["overdue"]

    response = client.get(f"/reports/periodic.docx?{query}")
    assert response.status_code == 200 and response.mimetype.endswith("wordprocessingml.document")
    assert "attachment" in response.headers["Content-Disposition"]
    document, found = docx_numbers(response.data)
    assert found == numbers
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert document.tables[0].rows[0].cells[0].text == "PROVINCIAL PEOPLE'S COMMITTEE"
    assert document.tables[0].rows[0].cells[1].text == "Made on June 10, 2025"
    assert "1. Results by lead department" in text
    assert "2. Overdue tasks" in text and "3. Tasks completed late" in text
    assert all(line in text for line in case["heading"])
    # The header row of every table repeats on each page.
    assert all(table.rows[0]._tr.trPr.find(docx.oxml.ns.qn("w:tblHeader")) is not None for table in document.tables[1:])

    response = client.get(f"/reports/periodic.pdf?{query}")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    text, _reader = pdf_text(response.data)
    assert "REPORT ON THE TASKS ASSIGNED" in text
    # The summary rows, as printed: name, total, the four classes, the rate.
    flat = " ".join(text.split())
    for name, row in numbers.items():
        assert pdf_line("All departments" if name == "*" else name, row) in flat
    assert all(title in flat for title in case["overdue"])
    assert "Half the seedlings are planted." in flat  # the last progress report of an overdue task
    assert all(line in flat for line in case["heading"])

    response = client.get(f"/reports/periodic.xlsx?{query}")
    assert response.status_code == 200
    workbook, found = xlsx_numbers(response.data)
    assert found == numbers
    heading = [row[0] for row in workbook.worksheets[0].iter_rows(values_only=True)]
    assert workbook.worksheets[0].title == "Report"
    assert "REPORT ON THE TASKS ASSIGNED" in heading and "From Apr 1, 2025 to Jun 30, 2025" in heading
    assert all(line in heading for line in case["heading"])
    overdue_sheet = workbook["Overdue"]
    assert overdue_sheet.freeze_panes == "A2" and overdue_sheet.auto_filter.ref.startswith("A1:")
    rows = list(overdue_sheet.iter_rows(min_row=2, values_only=True))
    assert {row[2] for row in rows} == set(case["overdue"])
    assert all(hasattr(row[3], "year") for row in rows)  # real dates, not text


def test_the_same_numbers_as_the_query_module(province, client, auth, frozen):
    from datetime import date

    from tracker.reports.queries import periodic_report

    report = periodic_report(province["leader"], date(2025, 4, 1), date(2025, 6, 30))
    assert numbers(report)[0][1:] == (*expected()["Agriculture"][:5], 0.2)


def test_a_vietnamese_reader_gets_a_vietnamese_pdf(province, client, auth, frozen):
    leader = province["leader"]
    leader.locale = "vi"
    province["late"].title = "Trồng rừng phòng hộ ở Hương Sơn"
    db.session.commit()
    auth.login(leader)
    response = client.get(f"/reports/periodic.pdf?{PERIOD}")
    assert response.status_code == 200
    text, reader = pdf_text(response.data)
    flat = " ".join(text.split())
    # Diacritics survive: the title of a task and the report's own labels.
    assert "Trồng rừng phòng hộ ở Hương Sơn" in flat
    assert "Nhiệm vụ quá hạn" in flat
    assert "ỦY BAN NHÂN DÂN TỈNH" in flat
    fonts = {
        str(font)
        for page in reader.pages
        for font in (page["/Resources"]["/Font"].values() if "/Font" in page["/Resources"] else [])
        for font in [font.get_object()["/BaseFont"]]
    }
    assert any("DejaVuSerif" in font for font in fonts), fonts

    response = client.get(f"/reports/periodic.docx?{PERIOD}")
    document = docx.Document(io.BytesIO(response.data))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert "Nhiệm vụ quá hạn" in text


def test_documents_need_a_signed_in_reader_and_good_input(province, client, auth, frozen):
    response = client.get(f"/reports/periodic.pdf?{PERIOD}")
    assert response.status_code == 302 and "/login" in response.headers["Location"]
    auth.login(province["beta_staff"])
    assert client.get("/reports/periodic.xlsx?from=2025-07-01&to=2025-06-01").status_code == 400
    assert client.get("/reports/periodic.docx?department_id=999999").status_code == 400
    page = client.get("/reports/periodic?from=2025-07-01&to=junk")
    assert page.status_code == 400
    html = page.get_data(as_text=True)
    assert 'value="junk"' in html and 'data-error-for="to"' in html


def test_a_long_list_breaks_across_pages_with_its_header(province, make, client, auth, frozen):
    from datetime import date

    from tracker.tasks.models import TaskStatus

    for number in range(120):
        make.task(
            lead=province["gamma"],
            issuer=province["leader"],
            title=f"Road repair {number}",
            status=TaskStatus.IN_PROGRESS,
            due_on=date(2025, 5, 1),
        )
    db.session.commit()
    auth.login(province["leader"])
    _text, reader = pdf_text(client.get(f"/reports/periodic.pdf?{PERIOD}").data)
    assert len(reader.pages) >= 3
    pages = [" ".join(page.extract_text().split()) for page in reader.pages]
    with_rows = [page for page in pages if "Road repair" in page]
    assert len(with_rows) >= 2
    # Each page the overdue table runs onto starts with its header row again.
    assert all("No. Lead department Task Deadline Days overdue" in page for page in with_rows), with_rows
