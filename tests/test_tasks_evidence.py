"""Evidence files: accepted by extension and content, stored outside the web root, served only to
those who may see the task, always as a download."""

import io
import zipfile
from pathlib import Path

import pytest
from werkzeug.datastructures import FileStorage

from tests.tasks_support import build_world, new_task
from tracker.core.errors import Forbidden, ValidationFailed
from tracker.extensions import db
from tracker.tasks import operations, storage
from tracker.tasks.models import Attachment, TaskUpdate, UpdateKind


def zip_bytes(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def xlsx_bytes():
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active["A1"] = "hectares"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


GOOD_FILES = {
    "report.pdf": b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF",
    "map.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 32,
    "site.jpg": b"\xff\xd8\xff\xe0" + b"\x00" * 32,
    "site.JPEG": b"\xff\xd8\xff\xe1" + b"\x00" * 32,
    "minutes.docx": zip_bytes({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"}),
    "figures.xlsx": xlsx_bytes(),
    "notes.odt": zip_bytes({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}),
    "sheet.ods": zip_bytes({"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"}),
    "plan.txt": "Kế hoạch số 28/KH-UBND ngày 24 tháng 1 năm 2025".encode(),
    "zones.csv": b"zone,hectares\nDam Ha,1200\n",
}

BAD_FILES = {
    "tool.exe": b"MZ\x90\x00",
    "page.html": b"<script>alert(1)</script>",
    "noextension": b"%PDF-1.7",
    "fake.pdf": b"\x89PNG\r\n\x1a\n",
    "fake.png": b"%PDF-1.7",
    "fake.docx": zip_bytes({"hello.txt": "not a document"}),
    "fake.xlsx": zip_bytes({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>"}),
    "fake.odt": zip_bytes({"mimetype": "application/vnd.oasis.opendocument.spreadsheet"}),
    "binary.txt": b"\x00\x01\x02\x03 not text",
    "latin1.csv": "zone;hectares\nĐầm Hà;1200\n".encode("cp1258", errors="replace").replace(b"?", b"\xe0\xe1"),
    "empty.pdf": b"",
}


@pytest.fixture
def world(make):
    return build_world(make)


def upload(name, content):
    return FileStorage(io.BytesIO(content), filename=name)


def test_accepted_types_are_stored_under_a_random_key(world, app):
    task = new_task(world)
    for name in GOOD_FILES:
        check_accepted(world, app, task, name)


def check_accepted(world, app, task, name):
    attachment = operations.attach_evidence(world.staff, task, upload(name, GOOD_FILES[name]))
    db.session.commit()
    path = storage.path_for(attachment.storage_key)
    upload_dir = Path(app.config["TRACKER_UPLOAD_DIR"]).resolve()
    assert path.resolve().is_relative_to(upload_dir)
    assert not path.resolve().is_relative_to(Path(app.static_folder).resolve())
    assert name not in str(path) and len(attachment.storage_key) == 32
    assert path.read_bytes() == GOOD_FILES[name]
    assert attachment.filename == name and attachment.size == path.stat().st_size
    update = db.session.get(TaskUpdate, attachment.update_id)
    assert update.kind == UpdateKind.EVIDENCE and update.task_id == task.id


def test_other_types_and_disguised_files_are_refused(world, app):
    task = new_task(world)
    for name in BAD_FILES:
        check_refused(world, app, task, name)


def check_refused(world, app, task, name):
    stored_before = {p for p in Path(app.config["TRACKER_UPLOAD_DIR"]).rglob("*") if p.is_file()}
    with pytest.raises(ValidationFailed) as refused:
        operations.attach_evidence(world.staff, task, upload(name, BAD_FILES[name]))
    assert "file" in refused.value.fields, name
    db.session.rollback()
    assert db.session.scalar(db.select(db.func.count(Attachment.id))) == 0
    stored_after = {p for p in Path(app.config["TRACKER_UPLOAD_DIR"]).rglob("*") if p.is_file()}
    assert stored_after == stored_before


def test_size_limit(world, app):
    task = new_task(world)
    limit = app.config["TRACKER_MAX_UPLOAD_BYTES"]
    app.config["TRACKER_MAX_UPLOAD_BYTES"] = 1000
    try:
        with pytest.raises(ValidationFailed) as refused:
            operations.attach_evidence(world.staff, task, upload("big.txt", b"a" * 1001))
        assert "MB" in refused.value.fields["file"]
        operations.attach_evidence(world.staff, task, upload("fits.txt", b"a" * 1000))
    finally:
        app.config["TRACKER_MAX_UPLOAD_BYTES"] = limit


def test_display_name_drops_paths_and_control_characters():
    assert storage.display_name("C:\\Users\\hoa\\..\\báo cáo.pdf") == "báo cáo.pdf"
    assert storage.display_name("../../etc/passwd\x00.txt") == "passwd.txt"
    assert storage.display_name("...") == "file"


def test_people_outside_the_task_cannot_attach(world):
    task = new_task(world)
    for user in (world.other_staff, world.observer):
        with pytest.raises(Forbidden):
            operations.attach_evidence(user, task, upload("report.pdf", GOOD_FILES["report.pdf"]))


def test_download_is_served_only_to_those_who_see_the_task(world, client, auth):
    task = new_task(world)
    auth.login(world.staff)
    response = client.post(
        f"/tasks/{task.id}/updates",
        data={"comment": "Survey attached.", "file": (io.BytesIO(GOOD_FILES["report.pdf"]), "khảo sát.pdf")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 303
    attachment = db.session.scalar(db.select(Attachment))
    update = db.session.get(TaskUpdate, attachment.update_id)
    assert update.comment == "Survey attached."  # the file belongs to the same history entry
    page = client.get(f"/tasks/{task.id}").get_data(as_text=True)
    assert f"/tasks/attachments/{attachment.id}" in page and "khảo sát.pdf" in page

    for user in (world.staff, world.coord_staff, world.observer, world.leader):
        auth.logout()
        auth.login(user)
        response = client.get(f"/tasks/attachments/{attachment.id}")
        assert response.status_code == 200, user
        assert response.data == GOOD_FILES["report.pdf"]
        assert response.headers["Content-Disposition"].startswith("attachment;")
        assert "filename*=UTF-8''kh%E1%BA%A3o%20s%C3%A1t.pdf" in response.headers["Content-Disposition"]
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.mimetype == "application/pdf"
    for user in (world.other_staff, world.other_head):
        auth.logout()
        auth.login(user)
        response = client.get(f"/tasks/attachments/{attachment.id}")
        assert response.status_code == 403
        assert response.data != GOOD_FILES["report.pdf"]


def test_wrong_file_type_through_the_form_is_a_field_error(world, client, auth):
    task = new_task(world)
    auth.login(world.staff)
    response = client.post(
        f"/tasks/{task.id}/updates",
        data={"comment": "See attached", "file": (io.BytesIO(b"MZ\x90\x00"), "tool.exe")},
        content_type="multipart/form-data",
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "Accepted types" in page and "See attached" in page
    assert db.session.scalar(db.select(db.func.count(Attachment.id))) == 0
    # The comment was refused with the file: nothing of the update is kept.
    assert db.session.scalar(db.select(db.func.count(TaskUpdate.id)).where(TaskUpdate.task_id == task.id)) == 1
