"""Reading users: the administrators' list search, the same for the page and the API."""

import sqlalchemy as sa

from tracker.users.models import User


def matching_text(q):
    """Users whose name or email contain ``q`` (any case; ``%`` and ``_`` are plain characters)."""
    return sa.or_(User.name.icontains(q, autoescape=True), User.email.icontains(q, autoescape=True))
