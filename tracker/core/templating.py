"""What every page shares: security headers, navigation, date filters."""

from datetime import date, datetime

from flask import current_app, request
from flask_babel import format_date, format_datetime, get_locale
from flask_login import current_user

from tracker.core import permissions

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)


def security_headers(response):
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    if response.mimetype == "text/html":
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    if current_app.config.get("SESSION_COOKIE_SECURE"):
        response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
    return response


def nav_context():
    return {"permissions": permissions, "current_path": request.path}


def localdate(value, style="medium"):
    if value is None:
        return ""
    if isinstance(value, datetime):
        return format_datetime(value, style)
    if isinstance(value, date):
        return format_date(value, style)
    return value


def localdatetime(value, style="medium"):
    return "" if value is None else format_datetime(value, style)


def init_app(app):
    app.after_request(security_headers)
    app.context_processor(nav_context)
    app.jinja_env.filters["localdate"] = localdate
    app.jinja_env.filters["localdatetime"] = localdatetime
    app.jinja_env.globals["current_user"] = current_user
    app.jinja_env.globals["get_locale"] = get_locale
