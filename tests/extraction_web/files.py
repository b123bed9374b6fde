"""Conclusion notices built by the tests themselves: .docx (python-docx), .odt (zipfile), .pdf (reportlab), .txt."""

import io
import secrets
import unicodedata
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def docx_bytes(text, *, table_rows=()):
    """One paragraph per line of ``text``; ``table_rows`` adds a table after them."""
    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    if table_rows:
        table = document.add_table(rows=len(table_rows), cols=len(table_rows[0]))
        for row, values in zip(table.rows, table_rows, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _odt_paragraph(line):
    # Runs of spaces are written as <text:s text:c="n"/>, as office suites do.
    parts, spaces = [], 0
    for char in line:
        if char == " ":
            spaces += 1
            continue
        if spaces:
            parts.append(" " if spaces == 1 else f' <text:s text:c="{spaces - 1}"/>')
            spaces = 0
        parts.append(escape(char))
    return "<text:p>" + "".join(parts) + "</text:p>"


def odt_bytes(text, *, content=None, mimetype=ODT_MIMETYPE):
    """An OpenDocument text with one paragraph per line (or the given ``content.xml``)."""
    if content is None:
        body = "".join(_odt_paragraph(line) for line in text.split("\n"))
        content = (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
            f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
        )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # stored, first, as the format asks
        archive.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>",
        )
        archive.writestr("content.xml", content)
    return out.getvalue()


#: A TrueType font with Vietnamese letters, shipped in the repository for the report documents.
UNICODE_FONT = Path(__file__).resolve().parents[2] / "tracker" / "reports" / "fonts" / "DejaVuSerif.ttf"


def pdf_bytes(text, *, lines_per_page=40, unicode_font=False):
    """A PDF with a text layer: one line of ``text`` per line of the page.

    Helvetica (Latin-1 text) by default; ``unicode_font`` embeds a TrueType font for any script.
    """
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    font = "Helvetica"
    if unicode_font:
        pdfmetrics.registerFont(TTFont("TrackerTestSerif", str(UNICODE_FONT)))
        font = "TrackerTestSerif"
    page.setFont(font, 10)
    y, written = 800, 0
    for line in text.split("\n"):
        if written == lines_per_page:
            page.showPage()
            page.setFont(font, 10)
            y, written = 800, 0
        page.drawString(40, y, line)
        y -= 16
        written += 1
    page.save()
    return out.getvalue()


def locked_pdf_bytes(text):
    """A PDF that opens only with a password (a random one)."""
    from pypdf import PdfReader, PdfWriter

    password = secrets.token_hex(8)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes(text))))
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def scanned_pdf_bytes():
    """A PDF that only draws shapes, like a scan: no text layer."""
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    for row in range(20):
        page.rect(40, 780 - row * 30, 400 - row * 7, 12, fill=1)
    page.save()
    return out.getvalue()


def bomb_bytes(member="word/document.xml", size=20 * 1024 * 1024):
    """A small zip whose one member unpacks to ``size`` bytes of zeros (a ratio near 1000)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(member, b"\0" * size)
    return out.getvalue()


def cp1258(text):
    """Vietnamese in Windows-1258: base letters precomposed, tone marks combining (as the code page has them)."""
    out = b""
    for char in text:
        decomposed = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in decomposed if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
        out += (base + tones).encode("cp1258")
    return out
