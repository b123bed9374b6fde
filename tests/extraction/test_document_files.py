"""Conclusion notices read from the files they come in: a PDF with page headers, footers and numbers
and hard-wrapped lines, a .txt of pages separated by form feeds, a .docx whose list numbers are Word
numbering and whose table cells are merged. Reading the file gives the proposals of the text as the
page shows it. Every file is built here, from texts written for these tests."""

import io
import textwrap
import unicodedata
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
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


# --- Word ------------------------------------------------------------------------------------------

#: The demo directory's units; each numbered item is a directive.
NUMBERED = [
    ("Conclusions of the working session on school safety:", None),
    ("The Department of Education and Training shall inspect the fire exits of every boarding school,", 0),
    ("The Department of Finance shall allocate the funds for the repairs within fifteen days,", 0),
    ("in the mountain districts first,", 1),
    ("then in the lowland districts,", 1),
    ("The findings are to be discussed at the next session.", None),
    ("The Department of Health must vaccinate the pupils against measles by 30 June 2025.", 0),
    ("The Department of Construction shall check the dormitories:", 0),
    ("their roofs,", 2),
    ("their stairs.", 2),
]
LABELS = ["", "1.\t", "2.\t", "a)\t", "b)\t", "", "3.\t", "4.\t", "•\t", "•\t"]


def numbered_docx(items, restart_at=None):
    """Word numbering as Word writes it: levels "%1." and "%2)" and a Symbol bullet in numbering.xml,
    each paragraph pointing at them by numId and level; the number is not in the paragraph's text."""
    document = docx.Document()
    numbering = document.part.numbering_part.element
    levels = (
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/>'
        '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr></w:lvl>'
    )
    numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="91"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="92"><w:abstractNumId w:val="90"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        )
    )
    for index, (text, level) in enumerate(items):
        paragraph = document.add_paragraph(text)
        if level is not None:
            num_id = 92 if restart_at is not None and index >= restart_at else 91
            paragraph._p.get_or_add_pPr().append(
                parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
            )
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_word_list_numbers_are_read_as_the_page_shows_them(run):
    read = read_bytes("docx", numbered_docx(NUMBERED))
    as_shown = [label + text for label, (text, _level) in zip(LABELS, NUMBERED, strict=True)]
    assert read.split("\n") == as_shown
    result = run(read, "en", MEETING)
    assert [d.lead.code if d.lead else None for d in result.directives] == ["SGDDT", "STC", "SYT", "SXD"]
    same_proposals(run, read, "\n".join(as_shown), "en")


def test_a_list_numbered_anew_starts_again(run):
    read = read_bytes("docx", numbered_docx(NUMBERED, restart_at=6))
    labels = [line.split("\t")[0] for line in read.split("\n") if "\t" in line]
    assert labels == ["1.", "2.", "a)", "b)", "1.", "2.", "•", "•"]


def test_list_styles_number_their_paragraphs():
    """ "List Number" and "List Bullet" carry their numbering in the style, as in Word's own templates."""
    document = docx.Document()
    document.add_paragraph("Giao các sở thực hiện:")
    document.add_paragraph("Sở Y tế kiểm tra các phòng khám,", style="List Number")
    document.add_paragraph("Sở Tài chính bố trí kinh phí.", style="List Number")
    document.add_paragraph("Báo cáo trước ngày 30/6/2025.", style="List Bullet")
    out = io.BytesIO()
    document.save(out)
    assert read_bytes("docx", out.getvalue()).split("\n") == [
        "Giao các sở thực hiện:",
        "1.\tSở Y tế kiểm tra các phòng khám,",
        "2.\tSở Tài chính bố trí kinh phí.",
        "•\tBáo cáo trước ngày 30/6/2025.",
    ]


def test_merged_table_cells_are_read_once():
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "Nhiệm vụ được giao"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "Sở Y tế"
    table.cell(1, 1).text = "Kiểm tra các phòng khám."
    table.cell(1, 2).text = "30/6/2025"
    table.cell(2, 1).text = "Tiêm vắc xin sởi cho học sinh."
    table.cell(2, 2).text = "Quý III/2025"
    out = io.BytesIO()
    document.save(out)
    assert read_bytes("docx", out.getvalue()).split("\n") == [
        "Nhiệm vụ được giao",
        "Sở Y tế",
        "Kiểm tra các phòng khám.",
        "30/6/2025",
        "Tiêm vắc xin sởi cho học sinh.",
        "Quý III/2025",
    ]


def test_content_controls_tracked_insertions_and_links_are_text_deletions_are_not():
    document = docx.Document()
    body = document.element.body
    w = nsdecls("w")
    paragraph = parse_xml(
        f"<w:p {w}><w:r><w:t xml:space='preserve'>Le Département des finances </w:t></w:r>"
        "<w:del w:id='1' w:author='A'><w:r><w:delText>pourra</w:delText></w:r></w:del>"
        "<w:ins w:id='2' w:author='A'><w:r><w:t>devra</w:t></w:r></w:ins>"
        "<w:r><w:t xml:space='preserve'> préparer le budget avant le </w:t></w:r>"
        "<w:sdt><w:sdtPr><w:alias w:val='Date'/></w:sdtPr><w:sdtContent><w:r><w:t>15 mars 2025</w:t></w:r>"
        "</w:sdtContent></w:sdt><w:r><w:t>.</w:t></w:r></w:p>"
    )
    block = parse_xml(
        f"<w:sdt {w}><w:sdtPr><w:alias w:val='Conclusions'/></w:sdtPr><w:sdtContent>"
        "<w:p><w:r><w:t>Le Département de la santé devra vacciner les élèves.</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
    )
    section = body.find(f"{{{body.nsmap['w']}}}sectPr")
    section.addprevious(paragraph)
    section.addprevious(block)
    out = io.BytesIO()
    document.save(out)
    assert read_bytes("docx", out.getvalue()).split("\n") == [
        "Le Département des finances devra préparer le budget avant le 15 mars 2025.",
        "Le Département de la santé devra vacciner les élèves.",
    ]


def test_nonsense_in_the_numbering_costs_no_text():
    """Values Word never writes (a level "x", a start far past its range) are read within bounds."""
    document = docx.Document()
    numbering = document.part.numbering_part.element
    levels = (
        '<w:lvl w:ilvl="x"><w:start w:val="99999999999999"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="%1)"/></w:lvl>'
    )
    numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="80">{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="81"><w:abstractNumId w:val="80"/></w:num>'))
    paragraph = document.add_paragraph("Sở Y tế kiểm tra các phòng khám.")
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="81"/></w:numPr>')
    )
    out = io.BytesIO()
    document.save(out)
    assert read_bytes("docx", out.getvalue()) == "32767)\tSở Y tế kiểm tra các phòng khám."


# --- OpenDocument ----------------------------------------------------------------------------------

ODF = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:xml="http://www.w3.org/XML/1998/namespace"'
)
NUMBERED_STYLE = (
    '<text:list-style style:name="{name}">'
    '<text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>'
    '<text:list-level-style-number text:level="2" style:num-format="a" style:num-suffix=")"/>'
    '<text:list-level-style-bullet text:level="3" text:bullet-char="\uf0b7"/>'
    "</text:list-style>"
)


def odt(body, automatic="", named=""):
    """An OpenDocument text: ``body`` in office:text, list styles in content.xml and styles.xml."""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF} office:version="1.3">'
        f"<office:automatic-styles>{automatic}</office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ODF} office:version="1.3">'
        f"<office:styles>{named}</office:styles></office:document-styles>"
    )
    mimetype = "application/vnd.oasis.opendocument.text"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype)
        archive.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
            "</manifest:manifest>",
        )
        archive.writestr("content.xml", content)
        archive.writestr("styles.xml", styles)
    return out.getvalue()


def items(*paragraphs, start=None):
    value = f' text:start-value="{start}"' if start else ""
    return "".join(f"<text:list-item{value if i == 0 else ''}>{p}</text:list-item>" for i, p in enumerate(paragraphs))


def p(text):
    return f"<text:p>{text}</text:p>"


@pytest.mark.parametrize("where", ["automatic", "named"])
def test_opendocument_list_labels_are_read_as_the_page_shows_them(run, where):
    """The list style in content.xml (direct formatting) or in styles.xml (a named style)."""
    style = NUMBERED_STYLE.format(name="Conclusions")
    inner = (
        f"<text:list>{items(p('in the mountain districts first,'), p('then in the lowland districts,'))}</text:list>"
    )
    innermost = f"<text:list>{items(p('their roofs,'), p('their stairs.'))}</text:list>"
    body = (
        p(NUMBERED[0][0])
        + '<text:list text:style-name="Conclusions" xml:id="list1">'
        + items(p(NUMBERED[1][0]), p(NUMBERED[2][0]) + inner)
        + "</text:list>"
        + p(NUMBERED[5][0])
        + '<text:list text:style-name="Conclusions" text:continue-list="list1">'
        + items(p(NUMBERED[6][0]), p(NUMBERED[7][0]) + f"<text:list>{items(innermost)}</text:list>")
        + "</text:list>"
    )
    read = read_bytes("odt", odt(body, **{where: style}))
    as_shown = [label + text for label, (text, _level) in zip(LABELS, NUMBERED, strict=True)]
    assert read.split("\n") == as_shown
    same_proposals(run, read, "\n".join(as_shown), "en")


def test_an_opendocument_list_numbered_anew_or_with_a_header():
    style = NUMBERED_STYLE.format(name="L1")
    body = (
        f'<text:list text:style-name="L1">{items(p("Sở Y tế kiểm tra."), p("Sở Tài chính bố trí kinh phí."))}'
        "</text:list>"
        f'<text:list text:style-name="L1"><text:list-header>{p("Nhiệm vụ khác:")}</text:list-header>'
        f"{items(p('Sở Xây dựng rà soát.'))}{items(p('Sở Nội vụ tổng hợp.'), start=7)}</text:list>"
        '<text:list text:style-name="L1" text:continue-numbering="true">'
        f"{items(p('<text:number>9.</text:number>Sở Công Thương báo cáo.'))}</text:list>"
    )
    assert read_bytes("odt", odt(body, automatic=style)).split("\n") == [
        "1.\tSở Y tế kiểm tra.",
        "2.\tSở Tài chính bố trí kinh phí.",
        "Nhiệm vụ khác:",
        "1.\tSở Xây dựng rà soát.",
        "7.\tSở Nội vụ tổng hợp.",
        "9.Sở Công Thương báo cáo.",  # a label the file wrote out is its own
    ]


# --- Every kind ------------------------------------------------------------------------------------

DECOMPOSED = unicodedata.normalize("NFD", "Giao Sở Y tế kiểm tra các phòng khám, báo cáo trước ngày 15/7/2025.")


@pytest.mark.parametrize("kind", ["docx", "odt", "txt"])
def test_decomposed_letters_are_read_composed(kind):
    """The minutes keep composed letters, whatever an editor or a keyboard wrote."""
    document = docx.Document()
    document.add_paragraph(DECOMPOSED)
    out = io.BytesIO()
    document.save(out)
    files = {"docx": out.getvalue(), "odt": odt(p(DECOMPOSED)), "txt": DECOMPOSED.encode("utf-8")}
    read = read_bytes(kind, files[kind])
    assert read == unicodedata.normalize("NFC", DECOMPOSED) != DECOMPOSED
