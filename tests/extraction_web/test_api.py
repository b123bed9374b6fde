"""``POST /api/v1/extract``: the shared reports against the demo directory, who may call it, bad input."""

import pytest

from tests.api.conftest import assert_error
from tests.extraction_web.conftest import FRENCH, SWEDISH, read
from tracker.extensions import db


@pytest.fixture
def leader(make, directory):
    user = make.user(role="leader", department=directory["VP-UBND"])
    db.session.commit()
    return user


def test_the_swedish_report_yields_directives_with_database_departments(api, leader, directory):
    response = api.as_user(leader).post("/extract", json={"text": read(SWEDISH), "meeting_date": "2025-03-10"})
    assert response.status_code == 200, response.get_data(as_text=True)
    body = api.check(response.get_json(), "Extraction")
    assert body["language"] == "sv"
    text = read(SWEDISH)
    directives = body["directives"]
    assert len(directives) >= 5
    for directive in directives:
        assert text[directive["start"] : directive["end"]] == directive["text"]
    first = next(d for d in directives if "högteknologiska jordbrukszoner" in d["text"])
    # Ids and names are the database's, not the codes of the JSON file.
    assert first["lead"] == {"id": directory["SNNMT"].id, "name": "Department of Agriculture and Environment"}
    assert {c["id"] for c in first["coordinating"]} == {
        directory[code].id for code in ("UBND-DAMHA", "UBND-DONGTRIEU", "UBND-TIENYEN")
    }
    assert first["targets"][0]["value"] == 4
    dated = next(d for d in directives if d["deadline_text"] == "senast 2025")
    assert dated["deadline"] == "2025-12-31"
    assert any(ref.startswith("plan nr 59/KH-UBND") for ref in dated["references"])


def test_the_french_report_and_its_unknown_department(api, leader, directory):
    response = api.as_user(leader).post("/extract", json={"text": read(FRENCH), "language": "fr"})
    assert response.status_code == 200
    body = api.check(response.get_json(), "Extraction")
    assert body["language"] == "fr"
    assert len(body["directives"]) >= 5
    assert all(d["lead"] is None or d["lead"]["id"] == directory["SCT"].id for d in body["directives"][:3])
    assert body["directives"][0]["lead"]["id"] == directory["SCT"].id
    assert [u["name"] for u in body["unknown_departments"]] == ["Comité du Parti"]


def test_a_department_added_between_two_calls_is_matched_by_the_next(api, leader, make):
    text = "The Bureau of Lighthouses shall repaint every lighthouse by 30 June 2025."
    caller = api.as_user(leader)
    before = caller.post("/extract", json={"text": text, "language": "en"}).get_json()
    assert all(d["lead"] is None for d in before["directives"])
    bureau = make.department(name="Bureau of Lighthouses", code="BL")
    db.session.commit()
    after = caller.post("/extract", json={"text": text, "language": "en"}).get_json()
    assert after["directives"][0]["lead"] == {"id": bureau.id, "name": "Bureau of Lighthouses"}
    assert after["directives"][0]["deadline"] == "2025-06-30"


@pytest.mark.parametrize("role", ["head", "admin"])
def test_heads_and_admins_may_call_it(api, make, role):
    user = make.user(role=role)
    db.session.commit()
    response = api.as_user(user).post("/extract", json={"text": "Nothing to do here."})
    assert response.status_code == 200
    assert response.get_json()["directives"] == []


@pytest.mark.parametrize("role", ["staff", "observer"])
def test_staff_and_observers_are_refused(api, make, role):
    user = make.user(role=role)
    db.session.commit()
    body = assert_error(api.as_user(user).post("/extract", json={"text": "x"}), 403, "forbidden")
    assert "extract" in body["message"]


def test_without_a_token(api):
    assert_error(api.anonymous().post("/extract", json={"text": "x"}), 401, "unauthorized")


def test_bad_fields_are_named(api, leader):
    caller = api.as_user(leader)
    body = assert_error(
        caller.post("/extract", json={"text": "", "language": "de", "meeting_date": "2025-02-30", "other": 1}),
        422,
        "validation_failed",
        fields=("text", "language", "meeting_date", "other"),
    )
    assert "calendar" in body["fields"]["meeting_date"]
    assert_error(caller.post("/extract", json={"language": "en"}), 422, fields=("text",))
    assert_error(caller.post("/extract", json={"text": 5}), 422, fields=("text",))


def test_size_limits(api, leader):
    caller = api.as_user(leader)
    # Over the character cap but under the body cap: a 422 naming the field.
    body = assert_error(caller.post("/extract", json={"text": "a" * 500_001}), 422, fields=("text",))
    assert "500000" in body["fields"]["text"].replace(",", "").replace("\u202f", "").replace(" ", "")
    # Over the body cap: refused before anything reads it.
    assert_error(caller.post("/extract", json={"text": "a" * (1024 * 1024 + 10)}), 413)


def test_it_is_in_the_openapi_document(api):
    operation = api.document["paths"]["/extract"]["post"]
    reference = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    schema = api.document["components"]["schemas"][reference.rsplit("/", 1)[-1]]
    assert set(schema["properties"]) == {
        "text",
        "language",
        "meeting_date",
    }
    assert {"401", "403", "413", "422"} <= set(operation["responses"])
