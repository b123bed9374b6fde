"""Upload the conclusion notice as a document: the review screen and the API read .docx, .odt, .pdf and
.txt into the same proposals as the pasted text, and refuse bad files with the reason, storing nothing."""

import io
import zipfile
from pathlib import Path

import pytest
import sqlalchemy as sa
from werkzeug.datastructures import MultiDict

from tests.api.conftest import assert_error
from tests.extraction_web.files import (
    bomb_bytes,
    cp1258,
    docx_bytes,
    locked_pdf_bytes,
    odt_bytes,
    pdf_bytes,
    scanned_pdf_bytes,
)
from tests.extraction_web.pages import FormState
from tracker.core.audit import AuditEvent
from tracker.extensions import db
from tracker.extraction import documents
from tracker.extraction.documents import DocumentRefused, read_bytes
from tracker.meetings.models import Directive, Meeting
from tracker.tasks.models import Task

NOTICE = (
    "Conclusions of the working session on public works.\n"
    "The Department of Finance shall prepare the budget plan by 30 June 2025.\n"
    "The Department of Construction shall complete 5 000 hectares of planning by 2026.\n"
    "The Department of Health must inspect every clinic within ten days."
)
BUILDERS = {"docx": docx_bytes, "odt": odt_bytes, "pdf": pdf_bytes, "txt": lambda text: text.encode("utf-8")}


def count(model):
    return db.session.scalar(sa.select(sa.func.count()).select_from(model))


@pytest.fixture
def leader(make, directory):
    user = make.user(role="leader", department=directory["VP-UBND"], name="Leader")
    db.session.commit()
    return user


@pytest.fixture
def meeting(make, leader):
    meeting = make.meeting(title="Public works", minutes="Notes typed during the meeting.")
    db.session.commit()
    return meeting


def url(meeting):
    return f"/meetings/{meeting.id}/extract"


def upload(client, meeting, name, data, language="en", text=""):
    return client.post(
        url(meeting),
        data={"action": "propose", "text": text, "language": language, "file": (io.BytesIO(data), name)},
        content_type="multipart/form-data",
    )


def proposals(state):
    """What the reviewer sees on each card (not the offsets, which belong to each source)."""
    keys = ("text", "lead_department_id", "due_on", "deadline_text", "target_value", "target_unit")
    numbers = sorted({int(name.split("-")[1]) for name in state.values if name.endswith("-text")})
    return [tuple(state.get(f"proposals-{n}-{key}") for key in keys) for n in numbers]


def pasted(client, meeting, text):
    response = client.post(url(meeting), data={"action": "propose", "text": text, "language": "en"})
    assert response.status_code == 200
    return FormState(response.get_data(as_text=True), "review-form")


# --- Reading -------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_each_kind_reads_back_its_text(app, kind):
    assert read_bytes(kind, BUILDERS[kind](NOTICE)) == NOTICE


def test_docx_tables_and_odt_spaces_lists_and_breaks_are_read(app):
    text = read_bytes("docx", docx_bytes("Before the table.", table_rows=[("Finance", "Prepare the plan.")]))
    assert text.split("\n") == ["Before the table.", "Finance", "Prepare the plan."]
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
        "<office:body><office:text><text:sequence-decls><text:sequence-decl/></text:sequence-decls>"
        '<text:h>1.  Conclusions</text:h><text:p>Two<text:s text:c="2"/>spaces, a <text:span>styled</text:span>'
        "\n   word<text:tab/>and<text:line-break/>a break.</text:p>"
        "<text:list><text:list-item><text:p>Item one.</text:p></text:list-item></text:list>"
        "<text:p>Noted<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>A footnote."
        "</text:p></text:note-body></text:note>.</text:p>"
        "</office:text></office:body></office:document-content>"
    )
    assert read_bytes("odt", odt_bytes("", content=content)).split("\n") == [
        "1. Conclusions",
        "Two  spaces, a styled word\tand",
        "a break.",
        "Item one.",
        "Noted.",
    ]


def test_legacy_text_encodings_are_detected(app):
    vietnamese = "Giao Sở Công Thương chủ trì, phối hợp với Sở Tài chính hoàn thành trước ngày 30/6/2025."
    assert read_bytes("txt", cp1258(vietnamese)) == vietnamese
    french = "Le ministre de l'Économie est chargé de préparer le budget avant le 15 mars. Règles générales."
    assert read_bytes("txt", french.encode("cp1252")) == french
    swedish = "Länsstyrelsen ska redovisa uppdraget senast den 31 mars 2028 till Näringsdepartementet."
    assert read_bytes("txt", swedish.encode("cp1252")) == swedish
    assert read_bytes("txt", swedish.encode("utf-16")) == swedish
    assert read_bytes("txt", b"\xef\xbb\xbf" + french.encode("utf-8")) == french
    assert read_bytes("txt", b"Line one.\r\nLine two.\r\n") == "Line one.\nLine two."


@pytest.mark.parametrize(
    ("kind", "data", "reason"),
    [
        ("docx", NOTICE.encode(), "not a valid .docx"),
        ("docx", odt_bytes(NOTICE), "not a valid .docx"),
        ("odt", docx_bytes(NOTICE), "not a valid .odt"),
        ("odt", odt_bytes(NOTICE, mimetype="application/vnd.oasis.opendocument.spreadsheet"), "not a valid .odt"),
        ("pdf", docx_bytes(NOTICE), "not a valid .pdf"),
        ("pdf", b"%PDF-1.7\n\xff\xfe\x00\x81 broken", "not a valid .pdf"),
        ("txt", pdf_bytes(NOTICE), "not a valid .txt"),
        ("txt", b"\x00\x01binary\x00", "not a valid .txt"),
        ("pdf", scanned_pdf_bytes(), "text of a PDF, not its pictures"),
        ("pdf", locked_pdf_bytes(NOTICE), "Upload a copy without a password."),
        ("docx", bomb_bytes(), "unpacks to far more than it holds"),
        ("odt", b"", "empty"),
        ("txt", b"  \n\n ", "no text"),
    ],
)
def test_bad_files_are_refused_with_the_reason(app, kind, data, reason):
    with pytest.raises(DocumentRefused) as refused:
        read_bytes(kind, data)
    assert reason in refused.value.fields["file"] + refused.value.description


def test_an_odt_declaring_entities_is_not_read(app):
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
        "<office:body><office:text><text:p>&lol2;</text:p></office:text></office:body></office:document-content>"
    )
    with pytest.raises(DocumentRefused):
        read_bytes("odt", odt_bytes("", content=laughs))


def test_archive_limits_are_checked_from_the_declared_sizes(app, monkeypatch):
    flood = io.BytesIO()
    with zipfile.ZipFile(flood, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        for number in range(5001):
            archive.writestr(f"word/part{number}.xml", "")
    with pytest.raises(DocumentRefused) as refused:
        read_bytes("docx", flood.getvalue())
    assert "parts" in refused.value.fields["file"]
    with pytest.raises(DocumentRefused) as refused:
        read_bytes("odt", bomb_bytes(member="content.xml"))
    assert "expand" in refused.value.fields["file"]
    # The document's own text part is bounded too (real minutes need a few MB of markup at most).
    monkeypatch.setattr(documents, "MAX_PART_BYTES", 1000)
    with pytest.raises(DocumentRefused) as refused:
        read_bytes("docx", docx_bytes(NOTICE * 3))
    assert refused.value.description == "The file holds too much text."
    monkeypatch.undo()
    assert read_bytes("docx", docx_bytes(NOTICE * 3)).startswith("Conclusions")


# --- The review screen ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_uploading_gives_the_same_proposals_as_pasting(client, auth, leader, meeting, kind):
    auth.login(leader)
    expected = proposals(pasted(client, meeting, NOTICE))
    assert len(expected) >= 3
    response = upload(client, meeting, f"Conclusions.{kind.upper()}", BUILDERS[kind](NOTICE))
    assert response.status_code == 200, response.get_data(as_text=True)[:2000]
    html = response.get_data(as_text=True)
    state = FormState(html, "review-form")
    assert proposals(state) == expected
    assert state.get("source") == NOTICE
    assert state.get("from_file") == f"Conclusions.{kind.upper()}"
    assert f"The text of Conclusions.{kind.upper()} was read" in html


VIETNAMESE = (
    "KẾT LUẬN CỦA PHÓ CHỦ TỊCH UBND TỈNH\n"
    "1. Giao Sở Công Thương chủ trì, phối hợp với Sở Tài chính hoàn thành kế hoạch trước ngày 30/6/2025.\n"
    "2. Sở Y tế khẩn trương kiểm tra các phòng khám trên địa bàn tỉnh, báo cáo trước ngày 15/7/2025."
)


@pytest.mark.parametrize("kind", ["docx", "odt", "pdf", "txt"])
def test_a_vietnamese_notice_reads_as_pasted(client, auth, leader, meeting, kind):
    auth.login(leader)
    build = {
        "docx": docx_bytes,
        "odt": odt_bytes,
        "pdf": lambda text: pdf_bytes(text, unicode_font=True),
        "txt": cp1258,
    }[kind]
    response = client.post(url(meeting), data={"action": "propose", "text": VIETNAMESE, "language": "vi"})
    expected = proposals(FormState(response.get_data(as_text=True), "review-form"))
    assert len(expected) == 2 and all(card[1] for card in expected)  # each with its lead department
    response = upload(client, meeting, f"ket-luan.{kind}", build(VIETNAMESE), language="vi")
    assert response.status_code == 200
    state = FormState(response.get_data(as_text=True), "review-form")
    assert state.get("source") == VIETNAMESE
    assert proposals(state) == expected


def test_the_text_read_from_the_file_becomes_the_meetings_minutes(client, auth, leader, meeting):
    auth.login(leader)
    response = upload(client, meeting, "notice.docx", docx_bytes(NOTICE))
    state = FormState(response.get_data(as_text=True), "review-form")
    assert count(Directive) == 0 and db.session.get(Meeting, meeting.id).minutes == "Notes typed during the meeting."
    response = client.post(url(meeting), data=MultiDict(state.data("accept")))
    assert response.status_code == 303, response.get_data(as_text=True)[:3000]
    db.session.expire_all()
    assert db.session.get(Meeting, meeting.id).minutes == NOTICE
    assert count(Directive) == count(Task) >= 3
    assert "meeting.update" in db.session.scalars(sa.select(AuditEvent.action)).all()


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("notice.docx", NOTICE.encode(), "This is not a valid .docx file."),
        ("scan.pdf", scanned_pdf_bytes(), "not its pictures"),
        ("notice.docx", bomb_bytes(), "unpacks to far more than it holds"),
        ("notice.rtf", b"{\\rtf1 Hello}", "Accepted types: .docx, .odt, .pdf, .txt."),
    ],
)
def test_bad_uploads_are_refused_on_the_page_and_nothing_is_stored(
    client, auth, app, leader, meeting, name, data, reason
):
    auth.login(leader)
    folder = Path(app.config["TRACKER_UPLOAD_DIR"])
    uploads = sorted(folder.rglob("*"))
    response = upload(client, meeting, name, data, text="Text typed before choosing the file.")
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert reason in html
    form = FormState(html, "paste-minutes-form")
    assert form.get("text") == "Text typed before choosing the file."  # what was typed is kept
    assert 'enctype="multipart/form-data"' in html
    db.session.expire_all()
    assert count(Directive) == 0 and count(AuditEvent) == 0
    assert db.session.get(Meeting, meeting.id).minutes == "Notes typed during the meeting."
    assert sorted(folder.rglob("*")) == uploads


def test_a_file_over_the_configured_limit_is_refused(client, auth, app, leader, meeting, monkeypatch):
    monkeypatch.setitem(app.config, "TRACKER_MAX_MINUTES_FILE_BYTES", 2048)
    auth.login(leader)
    page = client.get(url(meeting)).get_data(as_text=True)
    assert "At most 2 KB." in page and 'accept=".docx,.odt,.pdf,.txt"' in page
    response = upload(client, meeting, "long.txt", ((NOTICE + "\n") * 20).encode())
    assert response.status_code == 422
    assert "The file is too large." in response.get_data(as_text=True)
    assert upload(client, meeting, "short.txt", NOTICE.encode()).status_code == 200


def test_neither_text_nor_file_is_a_reason(client, auth, leader, meeting):
    auth.login(leader)
    response = client.post(url(meeting), data={"action": "propose", "text": "  ", "language": "en"})
    assert response.status_code == 422
    assert "Paste the minutes, or choose a document to upload." in response.get_data(as_text=True)


def test_uploads_are_guarded_like_the_page(client, auth, make, meeting, directory):
    staff = make.user(role="staff", department=directory["STC"])
    db.session.commit()
    auth.login(staff)
    assert upload(client, meeting, "notice.txt", NOTICE.encode()).status_code == 403


# --- The API -------------------------------------------------------------------------------------


def api_upload(caller, name, data, **fields):
    return caller.post(
        "/extract", data={"file": (io.BytesIO(data), name), **fields}, content_type="multipart/form-data"
    )


@pytest.mark.parametrize("kind", ["docx", "odt", "pdf", "txt"])
def test_the_api_reads_an_uploaded_document(api, leader, kind):
    caller = api.as_user(leader)
    expected = caller.post("/extract", json={"text": NOTICE, "language": "en", "meeting_date": "2025-03-10"})
    response = api_upload(caller, f"notice.{kind}", BUILDERS[kind](NOTICE), language="en", meeting_date="2025-03-10")
    assert response.status_code == 200, response.get_data(as_text=True)
    body = api.check(response.get_json(), "Extraction")
    assert body["text"] == NOTICE
    assert body["directives"] == expected.get_json()["directives"]
    for directive in body["directives"]:
        assert body["text"][directive["start"] : directive["end"]] == directive["text"]


def test_the_api_refuses_bad_documents_with_reasons(api, leader, app, monkeypatch):
    caller = api.as_user(leader)
    body = assert_error(api_upload(caller, "scan.pdf", scanned_pdf_bytes()), 422, "validation_failed", fields=("file",))
    assert "not its pictures" in body["fields"]["file"]
    body = assert_error(api_upload(caller, "notice.odt", NOTICE.encode()), 422, fields=("file",))
    assert body["fields"]["file"] == "This is not a valid .odt file."
    assert_error(api_upload(caller, "notice.docx", bomb_bytes()), 422, fields=("file",))
    assert_error(
        api_upload(caller, "x.txt", b"a", language="de", meeting_date="2025-02-30"),
        422,
        fields=("language", "meeting_date"),
    )
    assert_error(api_upload(caller, "x.txt", b"a", other="1"), 422, fields=("other",))
    assert_error(
        caller.post("/extract", data={"language": "en"}, content_type="multipart/form-data"), 422, fields=("file",)
    )
    monkeypatch.setitem(app.config, "TRACKER_MAX_MINUTES_FILE_BYTES", 1024)
    body = assert_error(api_upload(caller, "notice.txt", b"x" * 2000), 422, fields=("file",))
    assert "too large" in body["message"] and body["fields"]["file"] == "At most 1 KB."
    # A file over the JSON cap is fine as an upload; JSON over it is still refused before reading.
    monkeypatch.setitem(app.config, "TRACKER_MAX_MINUTES_FILE_BYTES", 4 * 1024 * 1024)
    big = ("The Department of Finance shall prepare the budget plan by 30 June 2025.\n" * 16_000).encode()
    assert len(big) > 1024 * 1024
    body = assert_error(api_upload(caller, "big.txt", big), 422, fields=("file",))
    assert "characters" in body["fields"]["file"]
    assert_error(caller.post("/extract", json={"text": "a" * (1024 * 1024 + 10)}), 413)


def test_uploads_need_the_right_to_extract(api, make):
    staff = make.user(role="staff")
    db.session.commit()
    assert_error(api_upload(api.as_user(staff), "notice.txt", NOTICE.encode()), 403, "forbidden")
    assert_error(api_upload(api.anonymous(), "notice.txt", NOTICE.encode()), 401)


def test_the_upload_is_in_the_openapi_document(api):
    content = api.document["paths"]["/extract"]["post"]["requestBody"]["content"]
    assert set(content) == {"application/json", "multipart/form-data"}
    upload_schema = api.document["components"]["schemas"]["ExtractUpload"]
    assert upload_schema["required"] == ["file"] and upload_schema["properties"]["file"]["format"] == "binary"
