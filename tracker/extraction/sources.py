"""The department directory from the database, for the extractor (the database side of ``directory``).

Departments and their aliases change while Tracker runs (administrators add aliases from the review
screen), and several processes serve requests, so nothing is cached beyond one request: the list is
kept in ``flask.g`` for the request that loaded it, and :func:`forget_departments` drops it after an
edit.
"""

import datetime

from flask import g

from tracker.departments.queries import active_directory
from tracker.extraction import DepartmentRef, Extraction, extract

_CACHE = "_extraction_departments"


def department_refs() -> list[DepartmentRef]:
    """Active departments as the extractor sees them (id, name, aliases, code)."""
    cached = g.get(_CACHE)
    if cached is not None:
        return cached
    refs = [
        DepartmentRef(id=row.id, name=row.name, aliases=tuple(row.aliases or ()), code=row.code)
        for row in active_directory()
    ]
    setattr(g, _CACHE, refs)
    return refs


def forget_departments():
    """Drop this request's copy of the directory (after a department or an alias was added)."""
    g.pop(_CACHE, None)


def extract_with_directory(
    text: str, language: str | None = None, meeting_date: datetime.date | None = None
) -> Extraction:
    """Run the extractor on ``text`` against the departments in the database."""
    return extract(text, department_refs(), language=language, meeting_date=meeting_date)
