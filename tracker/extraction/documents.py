"""Read the text of an uploaded conclusion notice: ``.docx``, ``.odt``, ``.pdf`` (with a text layer) or ``.txt``.

Everything happens in memory and nothing is stored: :func:`read_upload` takes the uploaded file,
reads at most the configured number of bytes (``TRACKER_MAX_MINUTES_FILE_BYTES``), checks that the
content is what the extension says, and returns the text, or raises :class:`DocumentRefused` (a
:class:`~tracker.core.errors.ValidationFailed` naming the field ``file``) with the reason.

- ``.docx`` is opened with python-docx and its body read by :mod:`tracker.extraction.word` (list
  labels drawn from the numbering, merged table cells once), ``.pdf`` with pypdf, ``.odt`` from its
  ``content.xml`` (and the list styles of ``styles.xml``) with lxml, no DTD, no entities, no
  network, by :mod:`tracker.extraction.odf` (list labels drawn from the list styles). Before any of
  them opens a zip container, the sizes the archive declares are checked with the evidence uploads'
  bounds (``open_bounded_archive`` in :mod:`tracker.tasks.storage`): too many members, too much
  unpacked data, or an implausible compression ratio is an archive bomb and is refused. Python's
  zipfile never inflates a member past its declared size, so the declared sizes bound what is read.
- ``.txt`` is UTF-8 (with or without a byte-order mark), UTF-16/32 with a byte-order mark, or a
  legacy code page of Tracker's languages detected with charset-normalizer among Windows-1252
  (English, French, Swedish) and Windows-1258 (Vietnamese). The text of every kind is normalised
  to NFC.
- A PDF whose pages hold no text (a scan) is refused: Tracker does not recognise characters in images.
- A page's furniture is not text of the notice: page numbers ("3", "- 3 -", "Page 3 of 5", "Trang
  3/5", "Sida 3 av 5", "3 (5)") on a page's first or last lines, and a running header or footer
  repeated there on several pages, are dropped from a PDF, and from a ``.txt`` whose pages are
  separated by form feeds (``pdftotext``'s output). The pages then follow each other as lines do,
  so a sentence carried over to the next page reads on (the extractor joins hard-wrapped lines).
"""

from __future__ import annotations

import codecs
import io
import logging
import re
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass

from flask import current_app
from flask_babel import gettext as _

from tracker.core.errors import ValidationFailed
from tracker.meetings.operations import MINUTES_MAX
from tracker.tasks.storage import ArchiveRefused, open_bounded_archive

log = logging.getLogger(__name__)

#: The kinds of document read, by extension.
EXTENSIONS = ("docx", "odt", "pdf", "txt")
#: ``TRACKER_MAX_MINUTES_FILE_BYTES`` when the configuration has none.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
#: The most a document's main XML part (word/document.xml, content.xml) may unpack to.
MAX_PART_BYTES = 64 * 1024 * 1024
#: The most pages of a PDF read.
MAX_PDF_PAGES = 500
#: Code pages a legacy ``.txt`` may be in (Tracker's four languages).
LEGACY_ENCODINGS = ["cp1252", "cp1258", "latin_1"]

_ODF_TEXT = "application/vnd.oasis.opendocument.text"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class DocumentRefused(ValidationFailed):
    """The file cannot be read; ``fields["file"]`` says why."""

    def __init__(self, message, reason=None):
        super().__init__(message, fields={"file": reason or message})


@dataclass
class Document:
    """The text read from an uploaded file, and what it was."""

    filename: str
    kind: str
    text: str


def max_bytes():
    return int(current_app.config.get("TRACKER_MAX_MINUTES_FILE_BYTES") or DEFAULT_MAX_BYTES)


def extension_of(filename):
    _stem, dot, ext = (filename or "").rpartition(".")
    return ext.lower() if dot else ""


def display_name(filename):
    """The file's own name, without folders or control characters (for messages only)."""
    name = unicodedata.normalize("NFC", filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(c for c in name if unicodedata.category(c)[0] != "C").strip()
    return name[-200:] or "file"


def size_text(size):
    """``10 MB``, ``1.5 MB``, ``200 KB``: a limit as people read it."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f}".removesuffix(".0") + " MB"
    return f"{max(size // 1024, 1)} KB"


def read_upload(file_storage) -> Document:
    """Read an uploaded file (a werkzeug ``FileStorage``) into a :class:`Document`, or refuse it."""
    if file_storage is None or not getattr(file_storage, "filename", None):
        raise DocumentRefused(_("No file was sent."), _("Choose a file."))
    filename = display_name(file_storage.filename)
    ext = extension_of(filename)
    if ext not in EXTENSIONS:
        raise DocumentRefused(
            _("This type of file is not read."),
            _("Accepted types: %(types)s.", types=", ".join("." + kind for kind in EXTENSIONS)),
        )
    limit = max_bytes()
    data = file_storage.stream.read(limit + 1)
    if len(data) > limit:
        raise DocumentRefused(_("The file is too large."), _("At most %(size)s.", size=size_text(limit)))
    return Document(filename, ext, read_bytes(ext, data))


def read_bytes(kind: str, data: bytes) -> str:
    """The text of a document of ``kind`` (an extension of :data:`EXTENSIONS`) held in ``data``."""
    if not data:
        raise DocumentRefused(_("The file is empty."))
    reader = {"docx": _read_docx, "odt": _read_odt, "pdf": _read_pdf, "txt": _read_txt}[kind]
    text = _tidy(reader(data))
    if not text.strip():
        raise DocumentRefused(_("The file holds no text."))
    if len(text) > MINUTES_MAX:
        raise DocumentRefused(
            _("The file holds too much text."),
            _("It holds %(n)s characters; at most %(max)s are read.", n=f"{len(text):,}", max=f"{MINUTES_MAX:,}"),
        )
    return text


def _tidy(text):
    """One kind of line break, no control characters, no blank margins, composed (NFC) letters.

    Decomposed Vietnamese (a base letter and combining tone marks, as some editors, keyboards and
    PDF text layers write it) becomes the composed letters a search and a reader's copy expect.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    text = unicodedata.normalize("NFC", _CONTROL.sub("", text))
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def _not_a(kind):
    return DocumentRefused(
        _("The file's content does not match its type."), _("This is not a valid .%(ext)s file.", ext=kind)
    )


# --- Zip containers -------------------------------------------------------------------------------


def _open_zip(data, kind):
    """The zip container of a document, after the evidence uploads' bounds on its declared sizes.

    :func:`tracker.tasks.storage.open_bounded_archive` judges the member count, the directory and
    every member's declared size and ratio before anything is inflated (an archive bomb is refused).
    """
    if not data.startswith(b"PK\x03\x04"):
        raise _not_a(kind)
    try:
        archive = open_bounded_archive(io.BytesIO(data))
    except ArchiveRefused as refused:
        raise DocumentRefused(
            _("The file unpacks to far more than it holds; it was not read."), refused.args[0]
        ) from None
    if archive is None:
        raise _not_a(kind)
    main = {"docx": "word/document.xml", "odt": "content.xml"}[kind]
    try:
        size = archive.getinfo(main).file_size
    except KeyError:
        raise _not_a(kind) from None
    if size > MAX_PART_BYTES:  # far more markup than the longest minutes need
        raise DocumentRefused(
            _("The file holds too much text."), _("At most %(size)s of document text.", size=size_text(MAX_PART_BYTES))
        )
    return archive


def _read_docx(data):
    archive = _open_zip(data, "docx")
    names = set(archive.namelist())
    if "[Content_Types].xml" not in names or "word/document.xml" not in names:
        raise _not_a("docx")
    import docx

    from tracker.extraction.word import body_lines

    try:
        lines = body_lines(docx.Document(io.BytesIO(data)))
    except DocumentRefused:
        raise
    except Exception:  # python-docx raises many kinds on a damaged package
        log.info("unreadable .docx upload", exc_info=True)
        raise _not_a("docx") from None
    return "\n".join(lines)


# OpenDocument: the paragraphs of content.xml's office:text, in order (``tracker.extraction.odf``).
_OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


def _read_odt(data):
    archive = _open_zip(data, "odt")
    try:
        mimetype = archive.read("mimetype").decode("ascii", "replace").strip()
        content = archive.read("content.xml")
        styles = b""
        if "styles.xml" in archive.namelist() and archive.getinfo("styles.xml").file_size <= MAX_PART_BYTES:
            styles = archive.read("styles.xml")  # the named list styles
    except (KeyError, zipfile.BadZipFile, ValueError, OSError, EOFError, RuntimeError, zlib.error):
        raise _not_a("odt") from None
    if mimetype != _ODF_TEXT:
        raise _not_a("odt")
    root = _odf_xml(content)
    body = root.find(f"{{{_OFFICE_NS}}}body/{{{_OFFICE_NS}}}text")
    if body is None:
        raise _not_a("odt")
    try:
        style_root = _odf_xml(styles) if styles else None
    except DocumentRefused:
        style_root = None  # the lists are read without their labels
    from tracker.extraction.odf import body_lines, list_styles

    return "\n".join(body_lines(body, list_styles(root, style_root)))


def _odf_xml(content):
    """An OpenDocument part parsed without DTDs, entities or network."""
    if b"<!DOCTYPE" in content[:4096].upper() or b"<!ENTITY" in content.upper():
        raise _not_a("odt")  # an OpenDocument never declares entities; a file that does is not read
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False
    )
    try:
        return etree.fromstring(content, parser=parser)
    except etree.XMLSyntaxError:
        raise _not_a("odt") from None


# --- PDF ------------------------------------------------------------------------------------------


def _read_pdf(data):
    if not data.lstrip(b"\x00\t\n\r ")[:5] == b"%PDF-":
        raise _not_a("pdf")
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")  # many PDFs are "encrypted" with an empty password
            except Exception:  # an algorithm pypdf cannot read without more packages counts as locked
                opened = False
            if not opened:
                raise DocumentRefused(_("The PDF is protected by a password."), _("Upload a copy without a password."))
        if len(reader.pages) > MAX_PDF_PAGES:
            raise DocumentRefused(_("The PDF has too many pages."), _("At most %(n)d pages are read.", n=MAX_PDF_PAGES))
        pages, size = [], 0
        for page in reader.pages:
            text = page.extract_text() or ""
            size += len(text)
            pages.append(text)
            if size > MINUTES_MAX * 2:
                break  # long enough to be refused as too long; no need to read on
    except DocumentRefused:
        raise
    except Exception:  # pypdf raises many kinds (PdfReadError and others) on a damaged file
        log.info("unreadable .pdf upload", exc_info=True)
        raise _not_a("pdf") from None
    text = "\n".join(_without_furniture(pages))
    if not any(character.isalnum() for character in text):
        raise DocumentRefused(
            _("This PDF has no text layer (a scanned image?)."),
            _(
                "Tracker reads the text of a PDF, not its pictures: "
                "upload the document it was made from, or paste its text."
            ),
        )
    return text


# Page furniture: page numbers and running headers or footers, on a page's first or last lines.
_EDGE_LINES = 2
_PAGE_NUMBER = re.compile(
    r"[\W_]*(?:(?:page|p\.|trang|sida|sid\.|seite)\s*)?(?P<n>\d{1,3})"
    r"(?:\s*(?:/|of|sur|av|trên|\()\s*\d{1,3}\)?)?[\W_]*",
    re.IGNORECASE,
)
_LABELLED = re.compile(r"\D*[^\W\d_]|.*\d\s*(?:/|of|sur|av|trên|\()\s*\d", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")


def _page_number(line, page):
    """Whether ``line`` is the number of the ``page``-th page (1-based): a bare number must be that one."""
    match = _PAGE_NUMBER.fullmatch(line.strip())
    if match is None:
        return False
    return bool(_LABELLED.match(line.strip())) or int(match.group("n")) == page


def _running_key(line):
    """A header or footer line as it repeats from page to page (its numbers vary)."""
    return " ".join(_DIGITS.sub("#", line).casefold().split())


def _without_furniture(pages):
    """The lines of each page, without page numbers and the running headers and footers of the pages."""
    pages = [page.strip("\n").split("\n") for page in pages]
    edges = {}
    for lines in pages:
        for line in {_running_key(line) for line in lines[:_EDGE_LINES] + lines[-_EDGE_LINES:] if line.strip()}:
            edges[line] = edges.get(line, 0) + 1
    running = {key for key, count in edges.items() if count >= 2}
    kept = []
    for number, lines in enumerate(pages, 1):
        last = len(lines) - 1
        for index, line in enumerate(lines):
            at_edge = index < _EDGE_LINES or index > last - _EDGE_LINES
            if at_edge and line.strip() and (_running_key(line) in running or _page_number(line, number)):
                continue
            kept.append(line)
    return kept


# --- Plain text -----------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BINARY_MAGIC = (b"%PDF-", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\xd0\xcf\x11\xe0", b"{\\rtf")


def _read_txt(data):
    text = _decode_txt(data)
    if "\f" in text:  # pages, as pdftotext writes them
        text = "\n".join(_without_furniture(text.split("\f")))
    return text


def _decode_txt(data):
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise _not_a("txt") from None
    if data.startswith(_BINARY_MAGIC) or b"\x00" in data:
        raise _not_a("txt")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    import charset_normalizer

    best = charset_normalizer.from_bytes(data, cp_isolation=LEGACY_ENCODINGS).best()
    if best is None:
        raise DocumentRefused(
            _("The text's encoding was not recognised."), _("Save the file as UTF-8 text and upload it again.")
        )
    return str(best)
