"""The JSON API under ``/api/v1``: the same operations and permissions as the pages, for programs.

The blueprint is defined here; :mod:`tracker.api.views` imports the endpoint modules that attach
their routes to it (one module per domain), so adding a domain is a new module plus one import.
Every route is declared with :func:`tracker.api.spec.endpoint`, which records its OpenAPI
description next to the code, so the document at ``/api/v1/openapi.json`` cannot drift.
"""

from flask import Blueprint

bp = Blueprint("api", __name__, url_prefix="/api/v1")
