"""Archive-based evidence (docx, xlsx, odt, ods) is judged by its members' declared sizes and a few
KB read from a member or two: an archive bomb is refused with a reason, without being inflated."""

import io
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from werkzeug.datastructures import FileStorage

from tests.tasks_support import build_world, new_task
from tracker.core.errors import ValidationFailed
from tracker.extensions import db
from tracker.tasks import operations, storage
from tracker.tasks.models import Attachment

GIB = 1024 * 1024 * 1024
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
#: What one check may allocate at its peak: far below what inflating even one MB of a bomb takes.
MEMORY_BOUND = 2 * 1024 * 1024


def _deflated(name):
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


@pytest.fixture(scope="module")
def bombs(tmp_path_factory):
    """Built once: the 1 GiB ``mimetype`` ODT and ODS, a zip of 100,000 members, a few other bombs."""
    folder = tmp_path_factory.mktemp("bombs")
    chunk = bytes(1024 * 1024)
    made = {}
    for name in ("bomb.odt", "bomb.ods"):
        path = folder / name
        with zipfile.ZipFile(path, "w") as archive, archive.open(_deflated("mimetype"), "w") as member:
            for _ in range(GIB // len(chunk)):
                member.write(chunk)
        made[name] = path
    crowd = folder / "crowd.docx"
    with zipfile.ZipFile(crowd, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        for number in range(100_000):
            archive.writestr(f"{number}", b"")
    made["crowd.docx"] = crowd
    # Below the total bound but one member inflates 1,000 times: the ratio refuses it.
    dense = folder / "dense.xlsx"
    with zipfile.ZipFile(dense, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open(_deflated("xl/worksheets/sheet1.xml"), "w") as member:
            for _ in range(64):
                member.write(chunk)
    made["dense.xlsx"] = dense
    # Each member modest, but together past the total bound (they still compress 1,000 times).
    many = folder / "many.docx"
    with zipfile.ZipFile(many, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        for number in range(300):
            with archive.open(_deflated(f"word/media/{number}.bin"), "w") as member:
                member.write(chunk)
    made["many.docx"] = many
    return made


@pytest.fixture
def world(make):
    return build_world(make)


def attach(world, task, path, name=None):
    with open(path, "rb") as stream:
        return operations.attach_evidence(world.staff, task, FileStorage(stream, filename=name or Path(path).name))


def refused_within_bound(world, app, task, path, name=None):
    """Attach ``path`` expecting a refusal; return the field error. Checks memory and that nothing stayed."""
    stored_before = {p for p in Path(app.config["TRACKER_UPLOAD_DIR"]).rglob("*") if p.is_file()}
    tracemalloc.start()
    try:
        with pytest.raises(ValidationFailed) as refused:
            attach(world, task, path, name)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    db.session.rollback()
    assert peak < MEMORY_BOUND, f"{path.name}: peak {peak} bytes"
    assert db.session.scalar(db.select(db.func.count(Attachment.id))) == 0
    assert {p for p in Path(app.config["TRACKER_UPLOAD_DIR"]).rglob("*") if p.is_file()} == stored_before
    return refused.value.fields["file"]


def test_a_gigabyte_mimetype_is_refused_without_inflating_it(world, app, bombs):
    task = new_task(world)
    for name in ("bomb.odt", "bomb.ods"):
        assert bombs[name].stat().st_size < 2 * 1024 * 1024  # about 1 MB on disk
        reason = refused_within_bound(world, app, task, bombs[name])
        assert "MB" in reason and "expand" in reason


def test_an_archive_of_a_hundred_thousand_members_is_refused(world, app, bombs):
    task = new_task(world)
    reason = refused_within_bound(world, app, task, bombs["crowd.docx"])
    assert str(storage.ARCHIVE_MAX_MEMBERS) in reason


def test_a_member_that_inflates_too_much_and_members_that_add_up_are_refused(world, app, bombs):
    task = new_task(world)
    # 64 MiB total is within the total bound: the per-member ratio refuses it.
    assert "expand" in refused_within_bound(world, app, task, bombs["dense.xlsx"])
    # 300 MiB in members of 1 MiB each, none over the ratio floor: the total refuses it.
    assert "expand" in refused_within_bound(world, app, task, bombs["many.docx"])


def test_only_a_few_bytes_of_a_member_are_ever_inflated(app, tmp_path):
    """A member that lies about nothing but is large is read only as far as the check needs."""
    path = tmp_path / "big.odt"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", ODT_MIMETYPE + b" " * (8 * 1024 * 1024))  # 8 MB, stored
    with open(path, "rb") as handle, storage.open_bounded_archive(handle) as archive:
        tracemalloc.start()
        try:
            head = storage.read_head(archive, "mimetype")
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert head.startswith(ODT_MIMETYPE) and len(head) == storage.ARCHIVE_READ_BYTES
    assert peak < 256 * 1024


def test_unusual_compression_and_encryption_are_refused(world, app, tmp_path):
    task = new_task(world)
    path = tmp_path / "squeezed.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_BZIP2) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    assert "compression" in refused_within_bound(world, app, task, path)


def test_a_lying_end_record_cannot_hide_a_large_directory(app, tmp_path):
    """The count in the end record says 2; the central directory's size still bounds the parse."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for number in range(30_000):
            archive.writestr(f"{number:05}", b"")
    data = bytearray(buffer.getvalue())
    end = data.rfind(b"PK\x05\x06")
    data[end + 8 : end + 12] = (2).to_bytes(2, "little") * 2  # members on this disk, members in all
    path = tmp_path / "liar.docx"
    path.write_bytes(bytes(data))
    with open(path, "rb") as handle, pytest.raises(storage.ArchiveRefused):
        storage.open_bounded_archive(handle)


def test_real_documents_are_still_accepted(world, app, tmp_path):
    """A docx, an xlsx (openpyxl), an odt and an ods as office suites write them, compressed."""
    from openpyxl import Workbook

    task = new_task(world)
    workbook = Workbook()
    for row in range(1, 2001):
        workbook.active.append([f"zone {row}", row * 12.5, "hectares"])
    workbook.save(tmp_path / "figures.xlsx")
    with zipfile.ZipFile(tmp_path / "minutes.docx", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?>\n<Types xmlns="urn:x"><Default/></Types>')
        archive.writestr("_rels/.rels", "<Relationships/>")
        archive.writestr("word/document.xml", "<w:document>" + "<w:p>Báo cáo</w:p>" * 20000 + "</w:document>")
    for name, mimetype in (("notes.odt", ODT_MIMETYPE), ("sheet.ods", ODS_MIMETYPE)):
        with zipfile.ZipFile(tmp_path / name, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # first and stored, as the standard says
            archive.writestr("content.xml", "<office:document-content/>" * 500)
            archive.writestr("META-INF/manifest.xml", "<manifest:manifest/>")
    for name in ("figures.xlsx", "minutes.docx", "notes.odt", "sheet.ods"):
        attachment = attach(world, task, tmp_path / name)
        db.session.commit()
        assert attachment.filename == name
        assert storage.path_for(attachment.storage_key).read_bytes() == (tmp_path / name).read_bytes()


def test_the_refusal_reaches_the_form_as_a_field_error(world, client, auth, bombs):
    task = new_task(world)
    auth.login(world.staff)
    with open(bombs["bomb.odt"], "rb") as stream:
        response = client.post(
            f"/tasks/{task.id}/updates",
            data={"comment": "See attached", "file": (stream, "bomb.odt")},
            content_type="multipart/form-data",
        )
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "expand" in page and "See attached" in page
