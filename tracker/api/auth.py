"""Who may call the API, how often, and how its refusals read.

- A bearer token (``Authorization: Bearer <token>``) is checked by Flask-Login's request loader
  (:mod:`tracker.auth.loaders`), which sets ``g.auth_via_token``. A browser page may also call the
  API with its session cookie; such a request must then carry the CSRF token (``X-CSRFToken``) for
  unsafe methods, since a cookie is sent by the browser on its own.
- No user: a 401 in JSON with ``WWW-Authenticate: Bearer``, never a redirect to the sign-in page.
- JSON bodies are capped (``TRACKER_API_MAX_BODY_BYTES``, 1 MB by default): a 10 MB title is a 413
  before anything reads it. Uploads keep the application's limit.
- Every refusal is ``{"error", "message", "fields"}`` and rolls back the unit of work.
"""

import hashlib

from flask import current_app, g, jsonify, request
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy.orm.exc import StaleDataError
from werkzeug.exceptions import HTTPException

from tracker.api import bp
from tracker.core.errors import Conflict, NotFound, error_payload
from tracker.core.permissions import signed_in
from tracker.core.schemas import INT_MAX
from tracker.extensions import csrf, db, limiter

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
DEFAULT_MAX_BODY_BYTES = 1024 * 1024
DEFAULT_RATE_LIMIT = "600 per minute"


def _client_key():
    """Rate-limit per token when there is one (many scripts may share an address), else per address."""
    header = request.headers.get("Authorization", "")
    if header[:7].lower() == "bearer " and header[7:].strip():
        return "api-token:" + hashlib.sha256(header[7:].strip().encode()).hexdigest()
    return "api-address:" + (request.remote_addr or "unknown")


limiter.shared_limit(
    lambda: current_app.config.get("TRACKER_API_RATE_LIMIT", DEFAULT_RATE_LIMIT), scope="api", key_func=_client_key
)(bp)
csrf.exempt(bp)


@bp.before_request
def guard():
    view = current_app.view_functions.get(request.endpoint)
    if not getattr(view, "api_upload", False) or request.mimetype != "multipart/form-data":
        request.max_content_length = current_app.config.get("TRACKER_API_MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES)
    if getattr(view, "api_public", False):
        return None
    if not signed_in(current_user):
        return unauthorized()
    if (
        request.method not in SAFE_METHODS
        and not g.get("auth_via_token")
        and current_app.config.get("WTF_CSRF_ENABLED", True)
    ):
        # Signed in by the session cookie: a browser page, so the CSRF token is required.
        csrf.protect()
    if any(isinstance(value, int) and value > INT_MAX for value in (request.view_args or {}).values()):
        # No row has such an id, and the database would choke on it.
        raise NotFound(_("No such object."))
    return None


def actor():
    """The signed-in user, as the operations take it (not the proxy)."""
    return current_user._get_current_object()


def unauthorized():
    response = jsonify(
        error="unauthorized",
        message=_("Authenticate with 'Authorization: Bearer <token>' (a valid, unrevoked token of an active user)."),
        fields={},
    )
    response.status_code = 401
    response.headers["WWW-Authenticate"] = 'Bearer realm="tracker"'
    return response


@bp.errorhandler(HTTPException)
def http_error(exc):
    """Render any refusal as JSON, keeping headers such as ``Retry-After``; nothing is kept."""
    db.session.rollback()
    response = jsonify(error_payload(exc))
    response.status_code = exc.code or 500
    headers = dict(exc.get_headers())
    for name in ("Retry-After", "WWW-Authenticate", "Allow"):
        value = headers.get(name)
        if value:
            response.headers[name] = value
    return response


@bp.errorhandler(StaleDataError)
def stale_data(exc):
    """Another request changed the row between our read and our write: the same 409 as a stale version."""
    return http_error(Conflict(_("Someone else changed this in the meantime; reload and try again.")))
