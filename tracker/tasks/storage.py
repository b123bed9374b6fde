"""Evidence files: checked by extension AND content, stored outside the web root under a random key.

The name a user gave is kept only for display and for ``Content-Disposition``; on disk a file is
``<TRACKER_UPLOAD_DIR>/<key[:2]>/<key>``, so no user input ever reaches a path.
"""

import contextlib
import hashlib
import os
import secrets
import struct
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from flask import current_app, send_file
from flask_babel import gettext as _

from tracker.core.errors import NotFound, ValidationFailed

CHUNK = 64 * 1024

#: extension -> content type sent back on download.
ALLOWED_TYPES = {
    "pdf": "application/pdf",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "txt": "text/plain; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
}


@dataclass
class StoredFile:
    filename: str
    content_type: str
    size: int
    sha256: str
    storage_key: str


def upload_root():
    return Path(current_app.config["TRACKER_UPLOAD_DIR"])


def path_for(storage_key):
    if not storage_key or not all(c in "0123456789abcdef" for c in storage_key):
        raise ValueError("malformed storage key")
    return upload_root() / storage_key[:2] / storage_key


def display_name(filename):
    """Keep the user's name for display: no directories, no control characters, at most 255 characters."""
    name = unicodedata.normalize("NFC", filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(c for c in name if unicodedata.category(c)[0] != "C").strip().lstrip(".")
    return name[-255:] if name else "file"


def extension_of(filename):
    _, dot, ext = (filename or "").rpartition(".")
    return ext.lower() if dot else ""


# --- Content sniffing -----------------------------------------------------------------------------


#: Bounds on what an archive-based document (docx, xlsx, odt, ods) may hold, judged from the sizes its
#: directory declares before anything is inflated. Real documents stay far below them; an archive
#: bomb (a small file that inflates into gigabytes, or a flood of members) is refused.
ARCHIVE_MAX_MEMBERS = 5000
ARCHIVE_MAX_DIRECTORY_BYTES = 1024 * 1024  # the central directory, read whole by zipfile
ARCHIVE_MAX_EXPANDED_BYTES = 256 * 1024 * 1024  # total declared uncompressed size
ARCHIVE_MAX_RATIO = 200  # uncompressed / compressed, for any member over ARCHIVE_RATIO_FLOOR
ARCHIVE_RATIO_FLOOR = 1024 * 1024
#: At most this much of any member is ever inflated.
ARCHIVE_READ_BYTES = 4096

_EOCD = struct.Struct("<4s4H2LH")
_ZIP64_LOCATOR = struct.Struct("<4sLQL")
_ZIP64_EOCD = struct.Struct("<4sQ2H2L4Q")


class ArchiveRefused(Exception):
    """An archive that would expand beyond the bounds; ``args[0]`` is the reason for the user."""


def _directory_extent(handle):
    """(members, central directory bytes) from the end records, or None when there are none.

    Read from the last 64 KB of the file, so a directory of a million entries is judged without
    being parsed.
    """
    handle.seek(0, os.SEEK_END)
    size = handle.tell()
    tail_length = min(size, _EOCD.size + 0xFFFF)
    handle.seek(size - tail_length)
    tail = handle.read(tail_length)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < _EOCD.size:
        return None
    members, directory = _EOCD.unpack_from(tail, at)[4:6]
    # As zipfile does: a ZIP64 locator right before the end record wins, whatever the record says.
    locator_at = size - tail_length + at - _ZIP64_LOCATOR.size
    if locator_at >= _ZIP64_EOCD.size:
        handle.seek(locator_at)
        if _ZIP64_LOCATOR.unpack(handle.read(_ZIP64_LOCATOR.size))[0] == b"PK\x06\x07":
            handle.seek(locator_at - _ZIP64_EOCD.size)
            record = _ZIP64_EOCD.unpack(handle.read(_ZIP64_EOCD.size))
            if record[0] != b"PK\x06\x06":
                return None
            members, directory = record[7], record[8]
    return members, directory


def _too_many_members():
    return ArchiveRefused(_("This file holds more than %(count)d parts; it is refused.", count=ARCHIVE_MAX_MEMBERS))


def _expands_too_much():
    return ArchiveRefused(
        _(
            "This file would expand to more than %(mb)d MB when opened; it is refused.",
            mb=ARCHIVE_MAX_EXPANDED_BYTES // (1024 * 1024),
        )
    )


def open_bounded_archive(handle):
    """A :class:`zipfile.ZipFile` on ``handle`` after checking its declared sizes, or None when it is not a zip.

    Raises :class:`ArchiveRefused` for too many members, too large a directory, a member or a
    total that would expand beyond the bounds, or a member compressed or encrypted in a way that
    cannot be read in bounded steps. Nothing is inflated here; read members with :func:`read_head`.
    """
    extent = _directory_extent(handle)
    if extent is None:
        return None
    members, directory = extent
    if members > ARCHIVE_MAX_MEMBERS or directory > ARCHIVE_MAX_DIRECTORY_BYTES:
        raise _too_many_members()
    try:
        archive = zipfile.ZipFile(handle)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
        return None
    try:
        _check_members(archive.infolist())
    except ArchiveRefused:
        archive.close()
        raise
    return archive


def _check_members(infos):
    if len(infos) > ARCHIVE_MAX_MEMBERS:
        raise _too_many_members()
    total = 0
    for info in infos:
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) or info.flag_bits & 0x1:
            raise ArchiveRefused(_("This file uses a compression or encryption that is not accepted."))
        total += info.file_size
        if total > ARCHIVE_MAX_EXPANDED_BYTES:
            raise _expands_too_much()
        if info.file_size > ARCHIVE_RATIO_FLOOR and info.file_size > ARCHIVE_MAX_RATIO * max(info.compress_size, 1):
            raise _expands_too_much()


def read_head(archive, name, limit=ARCHIVE_READ_BYTES):
    """The first ``limit`` bytes of a member (inflating no more than that), or None when absent."""
    try:
        with archive.open(name) as member:
            return member.read(limit)
    except (KeyError, zipfile.BadZipFile, RuntimeError, ValueError, EOFError, OSError, zlib.error):
        return None


def _office_matches(ext, path):
    """docx/xlsx: the Open XML parts; odt/ods: the ``mimetype`` member, read a few bytes at most."""
    try:
        with open(path, "rb") as handle:
            archive = open_bounded_archive(handle)
            if archive is None:
                return False
            with archive:
                names = archive.namelist()
                if ext in ("docx", "xlsx"):
                    folder = "word/" if ext == "docx" else "xl/"
                    types = read_head(archive, "[Content_Types].xml")
                    return types is not None and b"<Types" in types and any(n.startswith(folder) for n in names)
                kind = "text" if ext == "odt" else "spreadsheet"
                mimetype = read_head(archive, "mimetype", 256)
                return (
                    mimetype is not None and mimetype.strip() == f"application/vnd.oasis.opendocument.{kind}".encode()
                )
    except OSError:
        return False


def _is_text(head):
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True  # UTF-16 with a byte-order mark
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut at the end of the sniffed chunk is still UTF-8.
        return error.start >= len(head) - 3
    return True


def content_matches(ext, path, head):
    """Whether the bytes of the file are what its extension claims.

    Raises :class:`ArchiveRefused` for an archive-based document that would expand beyond the bounds.
    """
    if ext == "pdf":
        return head.startswith(b"%PDF-")
    if ext == "png":
        return head.startswith(b"\x89PNG\r\n\x1a\n")
    if ext in ("jpg", "jpeg"):
        return head.startswith(b"\xff\xd8\xff")
    if ext in ("docx", "xlsx", "odt", "ods"):
        return head.startswith(b"PK\x03\x04") and _office_matches(ext, path)
    if ext in ("txt", "csv"):
        return _is_text(head)
    return False


# --- Storing --------------------------------------------------------------------------------------


def _allowed_list():
    return ", ".join(sorted({ext for ext in ALLOWED_TYPES if ext != "jpg"}))


def store_upload(file_storage):
    """Check and store an uploaded file; return a :class:`StoredFile` or raise ValidationFailed (field ``file``)."""
    if file_storage is None or not getattr(file_storage, "filename", None):
        raise ValidationFailed(_("No file was sent."), fields={"file": _("Choose a file.")})
    filename = display_name(file_storage.filename)
    ext = extension_of(filename)
    if ext not in ALLOWED_TYPES:
        raise ValidationFailed(
            _("This type of file is not accepted."),
            fields={"file": _("Accepted types: %(types)s.", types=_allowed_list())},
        )
    limit = current_app.config["TRACKER_MAX_UPLOAD_BYTES"]
    key = secrets.token_hex(16)
    final = path_for(key)
    final.parent.mkdir(parents=True, exist_ok=True)
    temporary = final.with_name(key + ".part")
    digest, size, head = hashlib.sha256(), 0, b""
    try:
        with open(temporary, "xb") as out:
            while True:
                chunk = file_storage.stream.read(CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > limit:
                    raise ValidationFailed(
                        _("The file is too large."),
                        fields={"file": _("At most %(mb).1f MB.", mb=limit / (1024 * 1024))},
                    )
                if len(head) < 4096:
                    head += chunk[: 4096 - len(head)]
                digest.update(chunk)
                out.write(chunk)
        if size == 0:
            raise ValidationFailed(_("The file is empty."), fields={"file": _("The file is empty.")})
        try:
            matches = content_matches(ext, temporary, head)
        except ArchiveRefused as refused:
            raise ValidationFailed(_("The file is refused."), fields={"file": refused.args[0]}) from None
        if not matches:
            raise ValidationFailed(
                _("The file's content does not match its type."),
                fields={"file": _("This is not a valid .%(ext)s file.", ext=ext)},
            )
        os.replace(temporary, final)
    finally:
        if temporary.exists():
            temporary.unlink()
    return StoredFile(filename, ALLOWED_TYPES[ext], size, digest.hexdigest(), key)


def discard(storage_key):
    """Remove a stored file (after a failed unit of work); missing files are fine."""
    with contextlib.suppress(ValueError, OSError):
        path_for(storage_key).unlink(missing_ok=True)


def send_attachment(attachment):
    """Answer with an evidence file, always as a download that no browser runs or sniffs.

    The caller has checked that the user may see the attachment's task.
    """
    try:
        path = path_for(attachment.storage_key)
    except ValueError:
        raise NotFound(_("The file of this attachment is missing.")) from None
    if not path.is_file():
        raise NotFound(_("The file of this attachment is missing."))
    response = send_file(
        path,
        mimetype=attachment.content_type,
        as_attachment=True,
        download_name=attachment.filename,
        conditional=True,
        max_age=0,
    )
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
