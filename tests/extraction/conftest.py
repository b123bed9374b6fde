"""Fixtures for the extractor tests: the demo directory and a short way to run the extractor."""

import datetime
from pathlib import Path

import pytest

from tracker.extraction import extract, load_directory
from tracker.extraction.results import DepartmentRef

ROOT = Path(__file__).resolve().parents[2]
DIRECTORY_FILE = ROOT / "tracker" / "demo" / "departments.json"
MINUTES = ROOT / "tests" / "data" / "minutes"


@pytest.fixture(scope="session")
def departments():
    return load_directory(DIRECTORY_FILE)


@pytest.fixture(scope="session")
def run(departments):
    """Extract with the demo directory: ``run(text, language=None, meeting=None)``."""

    def run(text, language=None, meeting=None):
        meeting_date = datetime.date.fromisoformat(meeting) if isinstance(meeting, str) else meeting
        return extract(text, departments, language=language, meeting_date=meeting_date)

    return run


@pytest.fixture(scope="session")
def one(run):
    """Extract a text that holds exactly one directive and return it."""

    def one(text, language=None, meeting=None):
        result = run(text, language=language, meeting=meeting)
        assert len(result.directives) == 1, [d.text for d in result.directives]
        return result.directives[0]

    return one


def codes(refs):
    return [ref.code for ref in refs]


def unit(code, name, *aliases):
    """A unit of a directory written for a test; its code is its id."""
    return DepartmentRef(code, name, tuple(aliases), code)


def directory(*units):
    """A directory written for a test, from ``(code, name, aliases)``."""
    return [unit(code, name, *aliases) for code, name, aliases in units]


def leads(directives):
    """The lead codes of ``directives``, None where a directive has no lead."""
    return [d.lead.code if d.lead else None for d in directives]


def directives_in(text, departments, language, meeting=None):
    """The directives extracted from ``text`` with ``departments``, the meeting held on ``meeting`` (ISO)."""
    meeting_date = datetime.date.fromisoformat(meeting) if meeting else None
    return extract(text, departments, language=language, meeting_date=meeting_date).directives
