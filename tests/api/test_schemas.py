"""The input schemas: one declaration read strictly by the API, leniently by the operations, and
written into the OpenAPI document with its ranges and enums."""

from datetime import date

import pytest

from tracker.core.errors import ValidationFailed
from tracker.core.schemas import INT_MAX, limit
from tracker.meetings.forms import MeetingForm
from tracker.meetings.schemas import MeetingInput
from tracker.tasks.forms import TaskForm
from tracker.tasks.models import TaskStatus
from tracker.tasks.schemas import Progress, TaskInput


def test_an_operation_reads_what_a_form_hands_over(app):
    values = TaskInput.check(
        {"title": "  Plant   trees ", "lead_department_id": "3", "due_on": "2031-01-31", "target_value": "1 000,5"}
    )
    assert values == {
        "title": "Plant trees",
        "lead_department_id": 3,
        "due_on": date(2031, 1, 31),
        "target_value": 1000.5,
    }


def test_an_operation_refuses_with_a_reason_per_field(app):
    with pytest.raises(ValidationFailed) as refused:
        TaskInput.check({"title": "", "lead_department_id": "x", "due_on": "2031-02-30", "priority": "urgent"})
    assert refused.value.fields == {
        "title": "This field is required.",
        "lead_department_id": "Expected an integer.",
        "due_on": "Not a date in the calendar.",
        "priority": "Expected one of: low, normal, high.",
    }
    with pytest.raises(ValidationFailed) as refused:
        Progress.check({"progress": "101"})
    assert refused.value.fields == {"progress": "At most 100."}


def test_the_api_reads_strictly(world_api):
    caller, lead = world_api
    response = caller.post("/tasks", json={"title": "Plant trees", "lead_department_id": str(lead.id)})
    assert response.status_code == 422
    assert response.get_json()["fields"] == {"lead_department_id": "Expected an integer."}
    response = caller.post("/tasks", json={"title": "Plant trees", "lead_department_id": lead.id, "colour": "red"})
    assert response.get_json()["fields"] == {"colour": "Unknown field."}
    response = caller.post("/tasks", data="[1]", content_type="application/json")
    assert response.status_code == 400 and response.get_json()["error"] == "bad_request"


@pytest.fixture
def world_api(make, api):
    lead = make.department(name="Agriculture", code="NN")
    leader = make.user(role="leader", department=lead)
    return api.as_user(leader), lead


def test_the_forms_take_their_limits_from_the_schemas(app):
    with app.test_request_context():
        form = TaskForm(meta={"csrf": False})
        lengths = [v for v in form.title.validators if hasattr(v, "max")]
        assert lengths[0].max == limit(TaskInput, "title", "max_length") == 500
        meeting = MeetingForm(meta={"csrf": False})
        assert [v.max for v in meeting.title.validators if hasattr(v, "max")] == [
            limit(MeetingInput, "title", "max_length")
        ]
        assert [value for value, _label in form.priority.choices] == ["low", "normal", "high"]


def test_the_document_states_ranges_and_statuses(api):
    document = api.document
    parameters = {p["name"]: p["schema"] for p in document["paths"]["/tasks"]["get"]["parameters"]}
    assert parameters["status"]["enum"] == [*[status.value for status in TaskStatus], "open"]
    assert parameters["page"]["minimum"] == 1 and parameters["page"]["maximum"] == 1_000_000
    progress = api.request_schema("/tasks/{task_id}/updates", "post")["properties"]["progress"]
    assert progress["anyOf"][0]["minimum"] == 0 and progress["anyOf"][0]["maximum"] == 100
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            for parameter in operation.get("parameters", []):
                if parameter["schema"].get("type") == "integer":
                    assert "minimum" in parameter["schema"] and parameter["schema"]["maximum"] <= INT_MAX, (
                        path,
                        method,
                        parameter,
                    )
