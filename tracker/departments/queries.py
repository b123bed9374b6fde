"""Reading departments: the administrators' list search, the same for the page and the API."""

import sqlalchemy as sa

from tracker.departments.models import Department


def matching_text(q):
    """Departments whose name or code contain ``q`` (any case; ``%`` and ``_`` are plain characters)."""
    return sa.or_(Department.name.icontains(q, autoescape=True), Department.code.icontains(q, autoescape=True))
