"""What every page shares: security headers, navigation, date filters."""

from datetime import date, datetime
from functools import lru_cache

from babel import dates as babel_dates
from flask import current_app, g, request
from flask_babel import format_datetime, get_locale, get_translations
from flask_login import current_user
from jinja2 import pass_eval_context
from markupsafe import Markup

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
    if request.endpoint != "static" and _signed_in():
        # What a signed-in user sees (pages, exports, evidence files, API answers) is kept by no
        # cache: not the browser's (the back button after signing out on a shared computer), nor a
        # proxy's. Whatever the view set (a download's "no-cache" revalidation) is replaced.
        response.headers["Cache-Control"] = "no-store"
        response.headers.pop("Expires", None)
    return response


def _signed_in():
    """Whether the request's user is signed in, without reading the user again: after a view's commit
    the loaded user is expired, and asking it would cost a statement on every write."""
    if "_login_user" not in g:
        return current_user.is_authenticated
    return not g._login_user.is_anonymous


def nav_context():
    return {"permissions": permissions, "current_path": request.path}


def localdate(value, style="medium"):
    """A date (or datetime, or an ISO date as history records keep it) in the reader's format."""
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, datetime):
        return format_datetime(value, style)
    if isinstance(value, date):
        return _date_text(value, style, get_locale())
    return value


@lru_cache(maxsize=8192)
def _date_text(value, style, locale):
    """A date in words, remembered: lists show the same deadlines over and over, and Babel takes
    longer to format one than the rest of its row takes to render."""
    return babel_dates.format_date(value, format=style, locale=locale)


def localdatetime(value, style="medium"):
    return "" if value is None else format_datetime(value, style)


def translations():
    """The translations in force, looked up once per request (and again when the locale changes).

    Flask-Babel resolves the domain, the locale and its catalogue cache for every string; a task list
    translates a few hundred strings, and those look-ups were a tenth of the page's cost.
    ``force_locale`` (emails in the recipient's language) puts another locale object in place, which
    is noticed here by identity.
    """
    try:
        context = g._flask_babel
    except (AttributeError, RuntimeError):  # no locale chosen yet, or no application context
        return get_translations()
    locale = getattr(context, "babel_locale", None)
    cached = getattr(context, "tracker_translations", None)
    if locale is None or cached is None or cached[0] is not locale:
        found = get_translations()
        locale = getattr(context, "babel_locale", None)  # chosen by that look-up when it was not yet
        context.tracker_translations = cached = (locale, found)
    return cached[1]


def gettext(message):
    return translations().ugettext(message)


@pass_eval_context
def template_gettext(eval_context, message, **variables):
    """``_()`` in templates, as Jinja's newstyle gettext does it (the translation is trusted markup
    in an HTML template, its variables are escaped, and it is always a format string) in one call
    instead of three: a page translates a few hundred labels."""
    text = translations().ugettext(message)
    if eval_context.autoescape:
        text = Markup(text)  # noqa: S704 - the catalogues are ours, as Jinja trusts them too
    return text % variables


def init_app(app):
    app.after_request(security_headers)
    app.context_processor(nav_context)
    app.jinja_env.filters["localdate"] = localdate
    app.jinja_env.filters["localdatetime"] = localdatetime
    app.jinja_env.globals["current_user"] = current_user
    app.jinja_env.globals["get_locale"] = get_locale
    # Flask-Babel's own callables, with the translations looked up once per request.
    app.jinja_env.install_gettext_callables(
        gettext=gettext,
        ngettext=lambda singular, plural, n: translations().ungettext(singular, plural, n),
        pgettext=lambda context, message: translations().upgettext(context, message),
        npgettext=lambda context, singular, plural, n: translations().unpgettext(context, singular, plural, n),
        newstyle=True,
    )
    app.jinja_env.globals["_"] = template_gettext
