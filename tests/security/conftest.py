"""Helpers for the security review's tests: API calls as a user through a real bearer token."""

import pytest

from tracker.extensions import db
from tracker.users.operations import issue_api_token


class Bearer:
    def __init__(self, client):
        self.client = client

    def __call__(self, user, method, path, **kwargs):
        token = issue_api_token(user)
        db.session.commit()
        headers = {"Authorization": f"Bearer {token}", **kwargs.pop("headers", {})}
        return self.client.open("/api/v1" + path, method=method, headers=headers, **kwargs)


@pytest.fixture
def bearer(client):
    """``bearer(user, "PATCH", "/tasks/1", json={...})``: one API call as ``user``."""
    return Bearer(client)
