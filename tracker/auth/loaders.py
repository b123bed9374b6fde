"""How a request finds its user: the session cookie (web) or a bearer token (API)."""

from datetime import timedelta

from flask import g
from flask_babel import lazy_gettext as _l

from tracker.auth.queries import open_api_token
from tracker.auth.sessions import load_session
from tracker.core.db import utcnow
from tracker.extensions import db
from tracker.users.models import hash_token

LAST_USED_PRECISION = timedelta(minutes=5)


def load_user(session_id):
    """Return the active user of an open server-side session (``tracker.auth.sessions``)."""
    return load_session(session_id)


def load_user_from_request(request):
    """Authenticate ``Authorization: Bearer <token>`` against the hashed API tokens."""
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    api_token = open_api_token(hash_token(token.strip()))
    if api_token is None:
        return None
    user = api_token.user
    if not user.is_active:
        return None
    now = utcnow()
    # Recording every use would make each API read a write; a few minutes' precision is enough.
    if api_token.last_used_at is None or now - api_token.last_used_at > LAST_USED_PRECISION:
        api_token.last_used_at = now
        db.session.commit()
    g.auth_via_token = True
    return user


def init_app(login_manager):
    login_manager.login_view = "auth.login"
    login_manager.login_message = _l("Please sign in to see this page.")
    login_manager.login_message_category = "info"
    login_manager.session_protection = "strong"
    login_manager.user_loader(load_user)
    login_manager.request_loader(load_user_from_request)
