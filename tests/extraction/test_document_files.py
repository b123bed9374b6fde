"""Conclusion notices read from the files they come in: a PDF with page headers, footers and numbers
and hard-wrapped lines, a .txt of pages separated by form feeds. Reading the file gives the proposals
of the text as the page shows it. Every file is built here, from texts written for these tests."""

import io
import textwrap
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from tests.extraction.test_document_shapes import MEETING, REPORTS, reading
from tracker.extraction.documents import read_bytes

FONT = Path(__file__).resolve().parents[2] / "tracker" / "reports" / "fonts" / "DejaVuSerif.ttf"
HEADERS = {
    "en": ("Provincial People's Committee - Conclusion Notice No. 27/TB-UBND", "Page {n} of {m}"),
    "vi": ("UBND tỉnh - Thông báo kết luận số 27/TB-UBND", "Trang {n}/{m}"),
    "fr": ("Comité populaire provincial - Relevé de conclusions n° 27", "- {n} -"),
    "sv": ("Regeringsbeslut U2025/00127", "{n} ({m})"),
}


def pdf_pages(text, language, width=78, lines_per_page=6, first_header=True):
    """A PDF of ``text`` wrapped at ``width`` characters, its pages cut after ``lines_per_page`` lines,
    each with the running header (also on the first page unless ``first_header`` is false) and the page
    number at the foot."""
    if "TrackerTestSerif" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("TrackerTestSerif", str(FONT)))
    lines = [line for paragraph in text.split("\n") for line in textwrap.wrap(paragraph, width)]
    pages = [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)]
    header, footer = HEADERS[language]
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    for number, body in enumerate(pages, 1):
        page.setFont("TrackerTestSerif", 8)
        if number > 1 or first_header:
            page.drawCentredString(297, 800, header)
        page.drawCentredString(297, 40, footer.format(n=number, m=len(pages)))
        page.setFont("TrackerTestSerif", 10)
        for row, line in enumerate(body):
            page.drawString(50, 760 - 14 * row, line)
        page.showPage()
    page.save()
    return out.getvalue()


def same_proposals(run, read, text, language):
    """The proposals of the text read from a file are those of the text as written, passage by passage."""
    got, expected = run(read, language, MEETING), run(text, language, MEETING)
    assert reading(got) == reading(expected)
    assert [" ".join(d.text.split()) for d in got.directives] == [" ".join(d.text.split()) for d in expected.directives]


# --- PDF -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", sorted(REPORTS))
def test_a_pdf_loses_its_page_furniture_and_reads_as_the_text(run, language):
    text = REPORTS[language]
    read = read_bytes("pdf", pdf_pages(text, language))
    header, footer = HEADERS[language]
    assert header not in read
    assert footer.format(n=2, m=3) not in read.split("\n")
    assert " ".join(read.split()) == " ".join(text.split())
    same_proposals(run, read, text, language)


def test_a_one_page_pdf_loses_its_page_number_and_keeps_its_first_line():
    read = read_bytes("pdf", pdf_pages(REPORTS["en"], "en", lines_per_page=20))
    assert read.split("\n")[0] == HEADERS["en"][0]  # on one page, a first line is no running header
    assert "Page 1 of 1" not in read


def test_a_number_or_a_line_of_the_text_at_a_page_edge_stays():
    """Only a page's first and last lines are looked at, and a bare number only when it is that page's."""
    lines = ["Conclusions", "7", "The Department of Health shall inspect the clinics.", "Conclusions", "7"]
    read = read_bytes("pdf", pdf_pages("\n".join(lines), "en", lines_per_page=40))
    assert read.split("\n") == [HEADERS["en"][0], *lines]


def test_a_text_of_pages_separated_by_form_feeds_is_read_as_a_pdf():
    """``pdftotext``'s output: pages separated by form feeds, with their headers and numbers."""
    text = REPORTS["sv"]
    lines = textwrap.wrap(text.replace("\n", " "), 70)
    header, footer = HEADERS["sv"]
    pages = [[header, *lines[i : i + 4], footer.format(n=i // 4 + 1, m=3)] for i in range(0, len(lines), 4)]
    read = read_bytes("txt", "\f".join("\n".join(page) for page in pages).encode("utf-8"))
    assert header not in read and "(3)" not in read
    assert read.split("\n") == lines
