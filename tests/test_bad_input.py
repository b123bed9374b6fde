"""No input is a server error: ids beyond the database's integers, text it cannot store, methods a
route does not take. Each is a 4xx with a reason (or an ignored filter with a note), never a 500.

PostgreSQL refuses an integer beyond 32 bits in a query and a NUL in text, SQLite a number beyond 64
bits: the values below cover both, and the suite runs them on both.
"""

import io

import pytest
from werkzeug.routing import IntegerConverter

from tests.tasks_support import build_world, new_task
from tracker.core import integers
from tracker.extensions import db
from tracker.meetings.models import Meeting
from tracker.tasks.models import Task
from tracker.users.operations import issue_api_token

#: Beyond PostgreSQL's integer, beyond its bigint, beyond SQLite's integer.
HUGE = ("2147483648", "99999999999", "9223372036854775808", "1" + "0" * 30)
OUT_OF_RANGE = (*HUGE, "-1", "-2147483649")


@pytest.fixture
def world(make):
    return build_world(make)


@pytest.fixture
def token(world):
    value = issue_api_token(world.admin)
    db.session.commit()
    return {"Authorization": f"Bearer {value}"}


def int_rules(app):
    """Every route with an ``<int:...>`` part, with the methods it takes."""
    for rule in app.url_map.iter_rules():
        if any(isinstance(converter, IntegerConverter) for converter in rule._converters.values()):
            yield rule


def fill(rule, number):
    """The rule's path with ``number`` for each integer part and a plausible value for the others."""
    values = {}
    for name, converter in rule._converters.items():
        if isinstance(converter, IntegerConverter):
            values[name] = number
        elif getattr(converter, "items", None):
            values[name] = sorted(converter.items)[0]
        else:
            values[name] = "x"
    path = rule.rule
    for name, value in values.items():
        path = path.replace(f"<{name}>", str(value))
        for prefix in ("int:", "path:", "string:"):
            path = path.replace(f"<{prefix}{name}>", str(value))
        if "<any(" in path:
            start = path.index("<any(")
            path = path[:start] + str(values[name]) + path[path.index(">", start) + 1 :]
    return path


def test_every_int_route_is_bounded_by_the_converter(app):
    rules = list(int_rules(app))
    assert len(rules) > 20
    for rule in rules:
        for converter in rule._converters.values():
            if isinstance(converter, IntegerConverter):
                assert isinstance(converter, integers.BoundedIntegerConverter), rule.rule
                assert converter.max <= integers.INT_MAX, rule.rule


def test_ids_out_of_range_in_any_path_are_404(world, app, client, auth, token):
    auth.login(world.admin)
    checked = 0
    for rule in int_rules(app):
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            for number in OUT_OF_RANGE:
                path = fill(rule, number)
                response = client.open(path, method=method, headers=token)
                assert response.status_code == 404, (method, path, response.status_code)
                checked += 1
    assert checked > 100
    # The same routes still serve ids in range.
    task = new_task(world)
    assert client.get(f"/tasks/{task.id}").status_code == 200
    assert client.get(f"/api/v1/tasks/{task.id}", headers=token).status_code == 200


def test_to_int_keeps_to_the_range():
    assert integers.to_id("42") == 42 and integers.to_id(" 7 ") == 7 and integers.to_id(2**31 - 1) == 2**31 - 1
    for value in (*OUT_OF_RANGE, "0", "", None, True, "12.5", "1e9", "٣", "abc", 2**31, 3.0):
        assert integers.to_id(value) is None, value
    assert integers.to_int("-5") == -5 and integers.to_int("-2147483648") == -(2**31)


def test_web_filters_out_of_range_are_ignored(world, client, auth):
    new_task(world)
    auth.login(world.admin)
    for number in OUT_OF_RANGE:
        for name in ("department_id", "assignee_id", "meeting_id", "page", "per_page"):
            # With ``page`` the list shows what it is asked for (without, it may bring back remembered filters).
            extra = "" if name == "page" else "&page=1"
            response = client.get(f"/tasks/?{name}={number}{extra}")
            assert response.status_code == 200, (name, number, response.headers.get("Location"))
            page = response.get_data(as_text=True)
            assert "were not understood and were ignored" in page and f"{name}={number}" in page
        for path, name in (
            (f"/admin/users/?page={number}&department_id={number}", "department_id"),
            (f"/meetings/?page={number}&host_department_id={number}", "host_department_id"),
        ):
            response = client.get(path)
            assert response.status_code == 200, path
            page = response.get_data(as_text=True)
            assert "were not understood and were ignored" in page and f"{name}={number}" in page, path
        for path in (f"/tasks/?q=%23{number}", f"/?department_id={number}&page={number}"):
            assert client.get(path).status_code == 200, path


def test_api_filters_out_of_range_are_422_naming_the_parameter(world, client, token):
    for number in HUGE:
        for name in ("department_id", "assignee_id", "meeting_id", "page", "per_page"):
            response = client.get(f"/api/v1/tasks?{name}={number}", headers=token)
            assert response.status_code == 422, (name, number)
            assert name in response.get_json()["fields"]
        for path in ("/api/v1/meetings", "/api/v1/users", "/api/v1/departments"):
            response = client.get(f"{path}?page={number}", headers=token)
            assert response.status_code == 422 and "page" in response.get_json()["fields"], path


def test_web_forms_with_ids_out_of_range_are_field_errors(world, client, auth):
    task = new_task(world)
    auth.login(world.leader)
    for number in HUGE:
        response = client.post(
            "/tasks/new",
            data={
                "title": "Plant the hills",
                "lead_department_id": number,
                "coordinating_department_ids": [number],
                "assignee_id": number,
                "recurrence": "none",
                "priority": "normal",
            },
        )
        assert response.status_code == 422, number
        assert "Plant the hills" in response.get_data(as_text=True)
        response = client.post(
            "/meetings/new",
            data={"title": "Review", "held_on": "2025-03-10", "host_department_id": number},
        )
        assert response.status_code == 422, number
        response = client.post(
            "/meetings/new",
            data={"title": "Review", "held_on": "2025-03-10", "attendee_department_ids": [number]},
        )
        assert response.status_code == 422, number
        for path in (f"/tasks/new?meeting_id={number}", f"/tasks/new?directive_id={number}"):
            assert client.get(path).status_code == 404, path
        auth.login(world.head)
        response = client.post(f"/tasks/{task.id}/assign", data={"assignee_id": number, "version": str(task.version)})
        assert response.status_code in (302, 422), number
        auth.login(world.leader)
    assert db.session.scalar(db.select(db.func.count(Meeting.id))) == 0
    assert db.session.scalar(db.select(db.func.count(Task.id))) == 1
    assert db.session.get(Task, task.id).assignee_id is None


def test_api_bodies_and_upload_fields_out_of_range_are_422(world, client, token):
    task = new_task(world)
    for number in HUGE:
        for field in ("lead_department_id", "assignee_id", "meeting_id"):
            body = {"title": "Plant the hills", "lead_department_id": world.lead.id, field: int(number)}
            response = client.post("/api/v1/tasks", json=body, headers=token)
            assert response.status_code == 422 and field in response.get_json()["fields"], (field, number)
        response = client.post(
            f"/api/v1/tasks/{task.id}/attachments",
            data={"file": (io.BytesIO(b"%PDF-1.7 x"), "report.pdf"), "update_id": number},
            content_type="multipart/form-data",
            headers=token,
        )
        assert response.status_code == 422 and "update_id" in response.get_json()["fields"], number
    for value in (10**400, 1e300, -(10**20)):
        response = client.post(
            "/api/v1/tasks",
            json={"title": "Plant", "lead_department_id": world.lead.id, "target_value": value},
            headers=token,
        )
        assert response.status_code == 422 and "target_value" in response.get_json()["fields"], value


def raw_json(client, path, text, token):
    return client.post(path, data=text.encode(), content_type="application/json", headers=token)


def test_a_lone_surrogate_in_json_is_422_naming_the_field(world, client, token):
    task = new_task(world)
    meeting_response = client.post("/api/v1/meetings", json={"title": "Review", "held_on": "2025-03-10"}, headers=token)
    meeting_id = meeting_response.get_json()["id"]
    lone = '"Plan \\ud800 A"'  # JSON's escape of a surrogate with no pair

    def body(template, *values):
        return template.replace("LONE", lone).format(*values)

    cases = {
        "/api/v1/tasks": ("title", body('{{"title": LONE, "lead_department_id": {}}}', world.lead.id)),
        "/api/v1/meetings": ("title", body('{{"title": LONE, "held_on": "2025-03-10"}}')),
        "/api/v1/departments": ("name", body('{{"name": LONE, "code": "XY", "kind": "department"}}')),
        "/api/v1/users": (
            "name",
            body('{{"name": LONE, "email": "a@b.example", "department_id": {}, "role": "staff"}}', world.lead.id),
        ),
        f"/api/v1/meetings/{meeting_id}/directives": ("text", body('{{"text": LONE}}')),
        f"/api/v1/tasks/{task.id}/updates": ("comment", body('{{"comment": LONE}}')),
        f"/api/v1/tasks/{task.id}/extensions": ("reason", body('{{"due_on": "2030-01-01", "reason": LONE}}')),
        f"/api/v1/tasks/{task.id}/comments": ("body", body('{{"body": LONE}}')),
        "/api/v1/extract": ("text", body('{{"text": LONE}}')),
    }
    for path, (field, text) in cases.items():
        response = raw_json(client, path, text, token)
        assert response.status_code == 422, (path, response.status_code, response.get_data(as_text=True)[:300])
        assert field in response.get_json()["fields"], path
    # Within an array, too.
    response = raw_json(
        client, f"/api/v1/meetings/{meeting_id}/directives", body('{{"text": "Plant", "references": [LONE]}}'), token
    )
    assert response.status_code == 422 and "references" in response.get_json()["fields"]


def test_control_characters_in_json_nul_refused_others_dropped(world, client, token):
    response = client.post(
        "/api/v1/tasks", json={"title": "Plant\x00 trees", "lead_department_id": world.lead.id}, headers=token
    )
    assert response.status_code == 422 and "title" in response.get_json()["fields"]
    response = client.post(
        "/api/v1/tasks",
        json={
            "title": "Plant\x07 trees\x1b",
            "description": "Line one\nline\ttwo\r\n",
            "lead_department_id": world.lead.id,
        },
        headers=token,
    )
    assert response.status_code == 201, response.get_data(as_text=True)
    task = db.session.get(Task, response.get_json()["id"])
    assert task.title == "Plant trees" and task.description.startswith("Line one\nline\ttwo")


def test_control_characters_in_forms_and_searches(world, client, auth):
    auth.login(world.leader)
    response = client.post("/meetings/new", data={"title": "Review\x00 of\x08 Q3", "held_on": "2025-03-10"})
    assert response.status_code in (302, 303), response.status_code
    assert db.session.scalar(db.select(Meeting.title)) == "Review of Q3"
    for path in ("/meetings/?q=%00", "/meetings/?q=Review%00", "/tasks/?q=%00", "/tasks/?q=ab%00cd%07", "/?q=%00"):
        assert client.get(path).status_code == 200, path
    assert "Review of Q3" in client.get("/meetings/?q=Review%00%07").get_data(as_text=True)
    auth.logout()
    auth.login(world.admin)
    for path in ("/admin/users/?q=%00", "/admin/departments/?q=%00"):
        assert client.get(path).status_code == 200, path


def test_405_carries_allow_on_the_web_and_the_api(world, client, auth, token):
    auth.login(world.admin)
    task = new_task(world)
    response = client.delete(f"/tasks/{task.id}")
    assert response.status_code == 405
    assert set(response.headers["Allow"].replace(" ", "").split(",")) >= {"GET"}
    response = client.delete("/api/v1/tasks", headers=token)
    assert response.status_code == 405
    assert {"GET", "POST"} <= set(response.headers["Allow"].replace(" ", "").split(","))
    assert response.get_json()["error"] == "method_not_allowed"


def test_the_document_states_integer_ranges_and_statuses(client):
    document = client.get("/api/v1/openapi.json").get_json()

    def integers_in(node, where):
        if isinstance(node, dict):
            if node.get("type") == "integer" or (isinstance(node.get("type"), list) and "integer" in node["type"]):
                yield where, node
            for key, value in node.items():
                yield from integers_in(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from integers_in(value, f"{where}/{index}")

    requests = {
        path: {m: {k: v for k, v in op.items() if k != "responses"}}
        for path, ops in document["paths"].items()
        for m, op in ops.items()
    }
    found = list(integers_in(requests, "")) + list(
        integers_in(document["components"]["schemas"].get("EvidenceUpload"), "upload")
    )
    assert len(found) > 20
    for where, schema in found:
        assert schema.get("maximum", 2**63) <= integers.INT_MAX, where
        assert schema.get("minimum", -(2**63)) >= integers.INT_MIN, where
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            statuses = set(operation["responses"])
            assert "429" in statuses, (method, path)
            if operation.get("security") != []:
                assert {"401", "403"} <= statuses, (method, path)
            if "{" in path:
                assert "404" in statuses, (method, path)
                for parameter in operation["parameters"]:
                    if parameter["in"] == "path" and parameter["schema"]["type"] == "integer":
                        assert parameter["schema"]["maximum"] == integers.INT_MAX
            if "requestBody" in operation:
                assert {"413", "422"} <= statuses, (method, path)


def test_a_multipart_part_without_a_name_is_dropped(world, client, token):
    task = new_task(world)
    boundary = "b0undary"
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="report.pdf"\r\n\r\n%PDF-1.7 x\r\n'
        f"--{boundary}\r\nContent-Disposition: form-data\r\n\r\nno name\r\n"
        f'--{boundary}\r\nContent-Disposition: form-data; name="note\x07"\r\n\r\nbell\x07\r\n'
        f"--{boundary}--\r\n"
    ).encode()
    response = client.post(
        f"/api/v1/tasks/{task.id}/attachments",
        data=body,
        content_type=f"multipart/form-data; boundary={boundary}",
        headers=token,
    )
    assert response.status_code == 201, response.get_data(as_text=True)[:300]


#: Every query parameter name the pages and the API read, for the sweep below.
QUERY_NAMES = (
    "page", "per_page", "department_id", "assignee_id", "meeting_id", "host_department_id", "update_id",
    "q", "status", "timing", "role", "sort", "mine", "from", "to", "due_from", "due_to", "held_from",
    "held_to", "year", "quarter", "month", "period", "show", "format", "next", "scope", "kind",
)  # fmt: skip
QUERY_VALUES = ("1" + "0" * 30, "2147483648", "-2147483649", "%00", "a%00b%07", "%ED%A0%80", "%FF%FE", "1e999")


def test_every_page_takes_any_query_string(world, app, client, auth, token):
    """Each GET route, with every parameter name set to a hostile value at once: never a 5xx."""
    task = new_task(world)
    ids = {"task_id": task.id, "meeting_id": 1, "department_id": world.lead.id, "user_id": world.staff.id}
    auth.login(world.admin)
    checked = 0
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods or rule.rule.startswith("/static") or "<token>" in rule.rule:
            continue
        path = rule.rule
        for name, converter in rule._converters.items():
            value = ids.get(name, 1) if isinstance(converter, IntegerConverter) else sorted(converter.items)[0]
            path = path.replace(f"<int:{name}>", str(value))
            if "<any(" in path:
                start = path.index("<any(")
                path = path[:start] + str(value) + path[path.index(">", start) + 1 :]
        for value in QUERY_VALUES:
            query = "&".join(f"{name}={value}" for name in QUERY_NAMES)
            response = client.get(f"{path}?{query}", headers=token if path.startswith("/api/") else {})
            assert response.status_code < 500, (path, value, response.status_code)
            response.get_data()  # a streamed export runs to its end
            checked += 1
    assert checked > 100


def test_a_long_password_is_a_reason_not_an_error(world, client, token):
    body = {"email": "long@example.org", "name": "Long", "department_id": world.lead.id, "role": "staff"}
    for password in ("correct horse battery staple " * 6, "x" * 1000):
        response = client.post("/api/v1/users", json={**body, "password": password}, headers=token)
        assert response.status_code in (201, 422), response.status_code
        body["email"] = "longer@example.org"


FORM_NAMES = (
    "title", "description", "name", "email", "code", "comment", "reason", "text", "minutes", "q", "password",
    "department_id", "lead_department_id", "assignee_id", "host_department_id", "meeting_id", "directive_id",
    "update_id", "version", "progress", "current_value", "target_value", "due_on", "held_on", "position",
    "coordinating_department_ids", "attendee_department_ids", "parent_id", "role", "action", "approve",
)  # fmt: skip
FORM_VALUES = ("1" + "0" * 30, "2147483648", "-2147483649", "a\x00b\x07", "1e999", "\ufffd\x7f")


def test_every_form_takes_any_value(world, app, client, auth):
    """Each web POST route, with every field name set to a hostile value at once: never a 5xx."""
    task = new_task(world)
    ids = {"task_id": task.id, "department_id": world.other.id, "user_id": world.other_staff.id}
    auth.login(world.admin)
    checked = 0
    for rule in app.url_map.iter_rules():
        if "POST" not in rule.methods or rule.rule.startswith("/api/") or "logout" in rule.rule:
            continue
        if any(not isinstance(c, IntegerConverter) for c in rule._converters.values()):
            continue
        path = rule.rule
        for name in rule._converters:
            path = path.replace(f"<int:{name}>", str(ids.get(name, 1)))
        for value in FORM_VALUES:
            data = {name: value for name in FORM_NAMES}
            response = client.post(path, data=data)
            assert response.status_code < 500, (path, repr(value), response.status_code)
            checked += 1
    assert checked > 50
