"""``flask extract FILE``: the same JSON as the API, departments from the database; clear refusals."""

import json

from tests.extraction_web.conftest import SWEDISH
from tests.extraction_web.files import docx_bytes, odt_bytes, pdf_bytes, scanned_pdf_bytes


def test_prints_the_json_of_a_shared_report(runner, directory):
    result = runner.invoke(args=["extract", str(SWEDISH), "--meeting-date", "2025-03-10"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert body["language"] == "sv"
    assert set(body) == {"language", "directives", "unknown_departments"}
    leads = {d["lead"]["id"] for d in body["directives"] if d["lead"]}
    assert directory["SNNMT"].id in leads
    dated = next(d for d in body["directives"] if d["deadline_text"] == "senast 2025")
    assert dated["deadline"] == "2025-12-31"


def test_language_can_be_forced(runner, directory, tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_text("Sở Công Thương chủ trì, hoàn thành trước ngày 30/6/2025.", encoding="utf-8")
    result = runner.invoke(args=["extract", str(path), "--language", "vi"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert body["language"] == "vi"
    assert body["directives"][0]["lead"]["id"] == directory["SCT"].id
    assert body["directives"][0]["deadline"] == "2025-06-30"


def test_refusals(runner, app, tmp_path):
    missing = runner.invoke(args=["extract", str(tmp_path / "nowhere.txt")])
    assert missing.exit_code == 1 and "no file" in missing.output
    binary = tmp_path / "scan.md"
    binary.write_bytes(b"%PDF-1.7\n\xff\xfe\x00\x81")
    undecodable = runner.invoke(args=["extract", str(binary)])
    assert undecodable.exit_code == 1 and "not UTF-8" in undecodable.output
    binary = binary.rename(tmp_path / "scan.txt")
    refused = runner.invoke(args=["extract", str(binary)])
    assert refused.exit_code == 1 and "This is not a valid .txt file." in refused.output
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n\xff\xfe\x00\x81")
    refused = runner.invoke(args=["extract", str(broken)])
    assert refused.exit_code == 1 and "This is not a valid .pdf file." in refused.output
    scanned = tmp_path / "scan.pdf"
    scanned.write_bytes(scanned_pdf_bytes())
    refused = runner.invoke(args=["extract", str(scanned)])
    assert refused.exit_code == 1 and "no text layer" in refused.output
    text = tmp_path / "ok.txt"
    text.write_text("The department shall act.", encoding="utf-8")
    bad_date = runner.invoke(args=["extract", str(text), "--meeting-date", "10/03/2025"])
    assert bad_date.exit_code == 1 and "YYYY-MM-DD" in bad_date.output
    bad_language = runner.invoke(args=["extract", str(text), "--language", "de"])
    assert bad_language.exit_code == 2 and "de" in bad_language.output


def test_documents_are_read_as_the_review_screen_reads_them(runner, directory, tmp_path):
    text = "The Department of Finance shall prepare the café budget plan by 30 June 2025."
    outputs = []
    for name, data in (("n.docx", docx_bytes(text)), ("n.odt", odt_bytes(text)), ("n.pdf", pdf_bytes(text))):
        path = tmp_path / name
        path.write_bytes(data)
        result = runner.invoke(args=["extract", str(path), "--language", "en"])
        assert result.exit_code == 0, result.output
        outputs.append(json.loads(result.output))
    legacy = tmp_path / "n.txt"
    legacy.write_bytes(text.encode("cp1252"))
    result = runner.invoke(args=["extract", str(legacy), "--language", "en"])
    assert result.exit_code == 0, result.output
    outputs.append(json.loads(result.output))
    assert outputs[0] == outputs[1] == outputs[2] == outputs[3]
    (directive,) = outputs[0]["directives"]
    assert directive["lead"]["id"] == directory["STC"].id and directive["deadline"] == "2025-06-30"
