"""Fixtures for the JSON API: a client that speaks as a user through a real bearer token."""

import jsonschema
import pytest

from tracker.extensions import db
from tracker.users.operations import issue_api_token


class Caller:
    """Requests to ``/api/v1`` with a user's bearer token (or none)."""

    def __init__(self, client, headers):
        self.client = client
        self.headers = headers

    def _call(self, method, path, **kwargs):
        headers = {**self.headers, **kwargs.pop("headers", {})}
        return self.client.open("/api/v1" + path, method=method, headers=headers, **kwargs)

    def get(self, path, **kwargs):
        return self._call("GET", path, **kwargs)

    def post(self, path, **kwargs):
        return self._call("POST", path, **kwargs)

    def patch(self, path, **kwargs):
        return self._call("PATCH", path, **kwargs)

    def delete(self, path, **kwargs):
        return self._call("DELETE", path, **kwargs)


class Api:
    def __init__(self, client):
        self.client = client
        self._document = None

    def token(self, user):
        """Issue a real API token for ``user`` and commit, as ``flask users token`` does."""
        token = issue_api_token(user)
        db.session.commit()
        return token

    def headers(self, user):
        return {"Authorization": f"Bearer {self.token(user)}"}

    def as_user(self, user):
        return Caller(self.client, self.headers(user))

    def anonymous(self, headers=None):
        return Caller(self.client, headers or {})

    @property
    def document(self):
        if self._document is None:
            self._document = self.client.get("/api/v1/openapi.json").get_json()
        return self._document

    def request_schema(self, path, method, media_type="application/json"):
        """The schema of an operation's request body, its ``$ref`` to a component resolved."""
        schema = self.document["paths"][path][method]["requestBody"]["content"][media_type]["schema"]
        if "$ref" in schema:
            schema = self.document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
        return schema

    def check(self, payload, schema_name):
        """Validate a response against the component schema the OpenAPI document gives for it."""
        schema = {"$ref": f"#/components/schemas/{schema_name}", "components": self.document["components"]}
        jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(payload)
        return payload


@pytest.fixture
def api(client):
    return Api(client)


def assert_error(response, status, error=None, fields=()):
    """The response is the API's error shape with ``status``, and names each of ``fields``."""
    assert response.status_code == status, response.get_data(as_text=True)[:500]
    body = response.get_json()
    assert set(body) == {"error", "message", "fields"}, body
    if error is not None:
        assert body["error"] == error, body
    for name in fields:
        assert name in body["fields"], body
    return body


class World:
    """A leader's office, a lead department A, a coordinating department B and an unrelated C."""

    def __init__(self, make):
        self.office = make.department(name="Office of the People's Committee", code="VP")
        self.a = make.department(name="Department A", code="A")
        self.b = make.department(name="Department B", code="B")
        self.c = make.department(name="Department C", code="C")
        self.leader = make.user(role="leader", department=self.office, name="Leader")
        self.head_a = make.user(role="head", department=self.a, name="Head A")
        self.staff_a = make.user(role="staff", department=self.a, name="Staff A")
        self.head_b = make.user(role="head", department=self.b, name="Head B")
        self.staff_b = make.user(role="staff", department=self.b, name="Staff B")
        self.staff_c = make.user(role="staff", department=self.c, name="Staff C")
        self.observer = make.user(role="observer", department=self.office, name="Observer")
        db.session.commit()


@pytest.fixture
def world(make):
    return World(make)
