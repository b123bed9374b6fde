"""``GET /api/v1/search``: the search everywhere through the API, declared in the OpenAPI document."""

import pytest

from tests.api.conftest import assert_error
from tests.tasks_support import build_world
from tracker.extensions import db


@pytest.fixture
def world(make):
    return build_world(make)


@pytest.fixture
def things(world, make):
    meeting = make.meeting(
        host=world.lead, title="Giao ban tháng 9", minutes="Khẩn trương hoàn thành <b>kế hoạch</b> phòng chống lụt bão."
    )
    directive = make.directive(
        meeting=meeting, text="Triển khai Kế hoạch số 28/KH-UBND về phòng chống thiên tai.", references=["28/KH-UBND"]
    )
    task = make.task(
        lead=world.lead, issuer=world.leader, title="Lập kế hoạch phòng chống lụt bão", directive=directive
    )
    hidden = make.task(lead=world.other, issuer=world.leader, title="Kế hoạch sửa đường tỉnh")
    db.session.commit()
    return {"meeting": meeting, "directive": directive, "task": task, "hidden": hidden}


def pairs(response):
    assert response.status_code == 200, response.get_data(as_text=True)
    return [(item["type"], item["id"]) for item in response.get_json()["items"]]


def test_finds_every_kind_ranked_with_snippets(api, world, things):
    response = api.as_user(world.staff).get("/search", query_string={"q": "ke hoach"})
    body = api.check(response.get_json(), "SearchPage")
    assert body["total"] == 3 and body["total_capped"] is False
    # The task's title holds the phrase: first; then the rest, newest first.
    assert pairs(response) == [
        ("task", things["task"].id),
        ("directive", things["directive"].id),
        ("meeting", things["meeting"].id),
    ]
    by_type = {item["type"]: item for item in body["items"]}
    assert by_type["task"]["title"] == "Lập kế hoạch phòng chống lụt bão"
    assert by_type["task"]["url"] == f"/tasks/{things['task'].id}"
    assert by_type["directive"]["url"] == f"/meetings/{things['meeting'].id}#directive-{things['directive'].id}"
    assert by_type["directive"]["context"] == "Giao ban tháng 9"
    # The minutes' markup is text: escaped, and only the match is marked.
    assert by_type["meeting"]["snippet"] == (
        "Khẩn trương hoàn thành &lt;b&gt;<mark>kế hoạch</mark>&lt;/b&gt; phòng chống lụt bão."
    )


def test_a_document_number_comes_first(api, world, things):
    caller = api.as_user(world.observer)
    assert pairs(caller.get("/search", query_string={"q": "28/kh-ubnd"})) == [
        ("task", things["task"].id),
        ("directive", things["directive"].id),
    ]


def test_types_and_pages(api, world, things):
    caller = api.as_user(world.observer)
    response = caller.get("/search", query_string={"q": "kế hoạch", "types": "task"})
    assert pairs(response) == [("task", things["task"].id), ("task", things["hidden"].id)] or set(pairs(response)) == {
        ("task", things["task"].id),
        ("task", things["hidden"].id),
    }
    first = caller.get("/search", query_string={"q": "kế hoạch", "per_page": 2}).get_json()
    second = caller.get("/search", query_string={"q": "kế hoạch", "per_page": 2, "page": 2}).get_json()
    assert first["total"] == second["total"] == 4
    assert len(first["items"]) == 2 and len(second["items"]) == 2
    assert not {item["id"] for item in first["items"] if item["type"] == "task"} & {
        item["id"] for item in second["items"] if item["type"] == "task"
    }


def test_only_what_the_caller_may_see(api, world, things):
    assert pairs(api.as_user(world.other_staff).get("/search", query_string={"q": "phòng chống"})) == []
    assert pairs(api.as_user(world.staff).get("/search", query_string={"q": "sửa đường"})) == []
    assert pairs(api.as_user(world.observer).get("/search", query_string={"q": "sua duong"})) == [
        ("task", things["hidden"].id)
    ]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"q": "ab"}, "q"),
        ({"q": " a "}, "q"),
        ({}, "q"),
        ({"q": "forest", "types": "task,people"}, "types"),
        ({"q": "x" * 201}, "q"),
        ({"q": "forest", "per_page": "0"}, "per_page"),
    ],
)
def test_bad_queries_get_a_reason(api, world, query, field):
    response = api.as_user(world.observer).get("/search", query_string=query)
    assert_error(response, 422, "validation_failed", fields=[field])


def test_control_characters_are_dropped_not_a_500(api, world, things):
    caller = api.as_user(world.observer)
    assert pairs(caller.get("/search", query_string={"q": "lụt\x00 bão"})) == pairs(
        caller.get("/search", query_string={"q": "lụt bão"})
    )
    assert_error(caller.get("/search", query_string={"q": "\x00\x01\x02a"}), 422, fields=["q"])


def test_a_short_query_says_why(api, world):
    body = api.as_user(world.observer).get("/search", query_string={"q": "ab"}).get_json()
    assert "at least 3" in body["fields"]["q"]


def test_signed_out_is_401(api):
    assert_error(api.anonymous().get("/search", query_string={"q": "forest"}), 401)


def test_declared_in_the_openapi_document(api):
    operation = api.document["paths"]["/search"]["get"]
    assert {parameter["name"] for parameter in operation["parameters"]} == {"q", "types", "page", "per_page"}
    assert "SearchPage" in operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    assert "422" in operation["responses"]
