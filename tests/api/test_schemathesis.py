"""Schemathesis against the API, in process, as each role: no server error, and every response
(status, headers, body) as the OpenAPI document says; requests the document forbids are refused.

Bounded: a few derandomized examples per operation and generation mode, so the run is the same
every time and takes well under a minute per database.
"""

import pytest
import schemathesis
from flask import g
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import (
    allow_header_conformance,
    content_type_conformance,
    negative_data_rejection,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
    unsupported_method,
)
from schemathesis.generation.hypothesis.builder import HypothesisTestConfig, HypothesisTestMode, create_test

from tests.api.conftest import World
from tracker.extensions import db
from tracker.users.operations import issue_api_token

EXAMPLES = {GenerationMode.POSITIVE: 6, GenerationMode.NEGATIVE: 4}
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
ROLES = ("admin", "leader", "head", "staff", "observer")


def some_data(make):
    """Departments, users of every role, a meeting with a directive and a task: ids that exist."""
    world = World(make)
    world.admin = make.user(role="admin", department=world.office, name="Admin")
    meeting = make.meeting(host=world.office)
    directive = make.directive(meeting=meeting)
    make.task(lead=world.a, issuer=world.leader, coordinating=(world.b,), meeting=meeting, directive=directive)
    db.session.commit()
    return world


def run_operation(operation, mode, headers):
    failures = []
    # Requests the document forbids must be refused too.
    checks = [*CHECKS, negative_data_rejection] if mode is GenerationMode.NEGATIVE else CHECKS

    @settings(
        max_examples=EXAMPLES[mode],
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def check(case):
        for name in list(vars(g)):  # each request starts with an empty g, as in the test client
            delattr(g, name)
        response = case.call(headers=headers)
        try:
            case.validate_response(response, checks=checks, headers=headers)
        except (AssertionError, BaseExceptionGroup) as failure:  # a FailureGroup of what it found
            failures.append(f"{operation.label} [{mode.value}]: {str(failure)[:1500]}")

    check()
    return failures


@pytest.mark.timeout(600)
@pytest.mark.parametrize("role", ROLES)
def test_the_api_as_the_document_says(app, make, role):
    world = some_data(make)
    user = {"admin": world.admin, "leader": world.leader, "head": world.head_a, "staff": world.staff_a}.get(
        role, world.observer
    )
    token = issue_api_token(user)
    db.session.commit()
    headers = {"Authorization": f"Bearer {token}"}
    limit = app.config.get("TRACKER_API_RATE_LIMIT")
    app.config["TRACKER_API_RATE_LIMIT"] = "100000 per minute"
    try:
        schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
        failures = []
        for result in schema.get_all_operations():
            operation = result.ok()
            for mode in EXAMPLES:
                failures += run_operation(operation, mode, headers)
    finally:
        if limit is None:
            app.config.pop("TRACKER_API_RATE_LIMIT", None)
        else:
            app.config["TRACKER_API_RATE_LIMIT"] = limit
    assert not failures, "\n\n".join(failures)


def boundary_check(operation, headers, checks, failures):
    def check(case):
        for name in list(vars(g)):
            delattr(g, name)
        response = case.call(headers=headers)
        try:
            case.validate_response(response, checks=checks, headers=headers)
        except (AssertionError, BaseExceptionGroup) as failure:
            failures.append(f"{operation.label} {case.method}: {str(failure)[:1500]}")

    return check


@pytest.mark.timeout(600)
def test_the_api_at_its_boundaries(app, make):
    """Schemathesis's coverage phase, as an administrator: the edges of every range, missing and
    wrong values, methods a path does not take (a 405 with ``Allow``)."""
    world = some_data(make)
    token = issue_api_token(world.admin)
    db.session.commit()
    headers = {"Authorization": f"Bearer {token}"}
    app.config["TRACKER_API_RATE_LIMIT"] = "100000 per minute"
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    checks = [*CHECKS, negative_data_rejection, unsupported_method, allow_header_conformance]
    failures = []
    try:
        for result in schema.get_all_operations():
            operation = result.ok()

            check = boundary_check(operation, headers, checks, failures)
            config = HypothesisTestConfig(
                project=schema.config,
                modes=[HypothesisTestMode.COVERAGE],
                settings=settings(
                    max_examples=1,
                    derandomize=True,
                    database=None,
                    deadline=None,
                    phases=[Phase.explicit],
                    suppress_health_check=list(HealthCheck),
                ),
            )
            create_test(operation=operation, test_func=check, config=config)()
    finally:
        app.config.pop("TRACKER_API_RATE_LIMIT", None)
    assert not failures, "\n\n".join(failures[:30])
