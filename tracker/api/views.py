"""Attach every API module's routes to the blueprint; a new domain is one more import line here.

Importing a module registers its routes on :data:`bp` and its schemas in the OpenAPI document.
``POST /api/v1/extract`` (the minutes extractor) is ``tracker/api/extraction.py``, declared
with :func:`tracker.api.spec.endpoint` like the others.
"""

import tracker.api.auth
import tracker.api.bulk
import tracker.api.comments
import tracker.api.departments
import tracker.api.extraction
import tracker.api.meetings
import tracker.api.notifications
import tracker.api.openapi
import tracker.api.reports
import tracker.api.saved_views
import tracker.api.task_endpoints
import tracker.api.users
import tracker.search.api  # noqa: F401
from tracker.api import bp

__all__ = ["bp"]
