"""Errors with a reason, rendered as a page for the web and as JSON for the API."""

from flask import jsonify, make_response, render_template, request
from werkzeug.exceptions import HTTPException


class TrackerError(HTTPException):
    """Base for refusals that carry a machine code, a message and optional field reasons."""

    code = 400
    error = "bad_request"

    def __init__(self, message=None, fields=None, error=None):
        super().__init__(description=message)
        self.fields = fields or {}
        if error:
            self.error = error


class Forbidden(TrackerError):
    code = 403
    error = "forbidden"


class NotFound(TrackerError):
    code = 404
    error = "not_found"


class Conflict(TrackerError):
    """The edit was based on an older version of the object."""

    code = 409
    error = "conflict"


class InvalidTransition(TrackerError):
    code = 422
    error = "invalid_transition"


class ValidationFailed(TrackerError):
    code = 422
    error = "validation_failed"


ERROR_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    422: "unprocessable",
    429: "too_many_requests",
    500: "server_error",
}


def wants_json():
    return request.path.startswith("/api/") or (
        request.accept_mimetypes.best == "application/json" and not request.accept_mimetypes.accept_html
    )


def error_payload(exc):
    code = exc.code or 500
    return {
        "error": getattr(exc, "error", None) or ERROR_CODES.get(code, "error"),
        "message": exc.description or "",
        "fields": getattr(exc, "fields", None) or {},
    }


#: Headers a refusal keeps from the exception: a 405 says what is allowed, a 429 when to retry.
KEPT_HEADERS = ("Allow", "Retry-After", "WWW-Authenticate")


def handle_http_error(exc):
    code = exc.code or 500
    if wants_json():
        response = jsonify(error_payload(exc))
        response.status_code = code
    else:
        template = f"errors/{code}.html" if code in (403, 404, 500) else "errors/generic.html"
        response = make_response(render_template(template, error=exc), code)
    headers = dict(exc.get_headers())
    for name in KEPT_HEADERS:
        if headers.get(name):
            response.headers[name] = headers[name]
    return response


def handle_data_error(exc):
    """A value the database refused (a number out of range, text it cannot store): the input's fault.

    The checks at the edges (:mod:`tracker.core.integers`, :mod:`tracker.core.text`, the API's
    fields) keep such values out; this is the net behind them, so that none becomes a 500.
    """
    from flask import current_app

    from tracker.extensions import db

    db.session.rollback()
    where = request.url_rule.rule if request.url_rule is not None else "(no route)"
    reason = getattr(exc, "orig", exc)
    current_app.logger.warning("Value refused by the database on %s %s: %s", request.method, where, reason)
    from flask_babel import gettext as _

    return handle_http_error(ValidationFailed(_("A value is out of range or cannot be stored.")))


def handle_unexpected_error(exc):
    from flask import current_app

    # The route's pattern, not the path: some paths carry a secret (the calendar feed's token).
    where = request.url_rule.rule if request.url_rule is not None else "(no route)"
    current_app.logger.exception("Unhandled error on %s %s", request.method, where)
    from werkzeug.exceptions import InternalServerError

    return handle_http_error(InternalServerError())


def init_app(app):
    from sqlalchemy.exc import DataError

    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(DataError, handle_data_error)
    # SQLite's driver raises this, unwrapped, for an integer beyond 64 bits.
    app.register_error_handler(OverflowError, handle_data_error)
    if not app.testing or app.config.get("TRACKER_RENDER_500", False):
        app.register_error_handler(Exception, handle_unexpected_error)
