"""Fixtures for the web side of the minutes extractor: the demo directory and the shared reports."""

import json
from pathlib import Path

import pytest

from tests.api.conftest import api  # noqa: F401  (the bearer-token client of the API tests)
from tracker.departments.models import Department, DepartmentKind
from tracker.extensions import db

DEMO = Path(__file__).resolve().parents[2] / "tracker" / "demo"
FRENCH = DEMO / "minutes" / "fr-industry-trade-working-session.txt"
SWEDISH = DEMO / "minutes" / "sv-science-agriculture-working-session.txt"


def read(path):
    return path.read_text(encoding="utf-8")


class Directory:
    """The demo departments (names and aliases in four languages), by code."""

    def __init__(self):
        entries = json.loads((DEMO / "departments.json").read_text(encoding="utf-8"))
        self.by_code = {}
        for entry in entries:
            department = Department(
                code=entry["code"],
                name=entry["name"],
                kind=DepartmentKind(entry["kind"]),
                email=entry.get("email"),
                aliases=entry.get("aliases", []),
            )
            db.session.add(department)
            self.by_code[entry["code"]] = department
        db.session.flush()

    def __getitem__(self, code):
        return self.by_code[code]


@pytest.fixture
def directory(app):
    return Directory()
