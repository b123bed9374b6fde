"""Evidence files: checked by extension AND content, stored outside the web root under a random key.

The name a user gave is kept only for display and for ``Content-Disposition``; on disk a file is
``<TRACKER_UPLOAD_DIR>/<key[:2]>/<key>``, so no user input ever reaches a path.
"""

import contextlib
import hashlib
import os
import secrets
import unicodedata
import zipfile
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


def _zip_names(path):
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return []


def _opendocument_mimetype(path):
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.read("mimetype").decode("ascii", "replace").strip()
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return None


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
    """Whether the bytes of the file are what its extension claims."""
    if ext == "pdf":
        return head.startswith(b"%PDF-")
    if ext == "png":
        return head.startswith(b"\x89PNG\r\n\x1a\n")
    if ext in ("jpg", "jpeg"):
        return head.startswith(b"\xff\xd8\xff")
    if ext in ("docx", "xlsx"):
        if not head.startswith(b"PK\x03\x04"):
            return False
        names = _zip_names(path)
        folder = "word/" if ext == "docx" else "xl/"
        return "[Content_Types].xml" in names and any(name.startswith(folder) for name in names)
    if ext in ("odt", "ods"):
        if not head.startswith(b"PK\x03\x04"):
            return False
        kind = "text" if ext == "odt" else "spreadsheet"
        return _opendocument_mimetype(path) == f"application/vnd.oasis.opendocument.{kind}"
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
        if not content_matches(ext, temporary, head):
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
