"""``flask extract FILE``: the same JSON as the API, departments from the database; clear refusals."""

import json

from tests.extraction_web.conftest import SWEDISH


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
    binary = tmp_path / "scan.pdf"
    binary.write_bytes(b"%PDF-1.7\n\xff\xfe\x00\x81")
    undecodable = runner.invoke(args=["extract", str(binary)])
    assert undecodable.exit_code == 1 and "not UTF-8" in undecodable.output
    text = tmp_path / "ok.txt"
    text.write_text("The department shall act.", encoding="utf-8")
    bad_date = runner.invoke(args=["extract", str(text), "--meeting-date", "10/03/2025"])
    assert bad_date.exit_code == 1 and "YYYY-MM-DD" in bad_date.output
    bad_language = runner.invoke(args=["extract", str(text), "--language", "de"])
    assert bad_language.exit_code == 2 and "de" in bad_language.output
