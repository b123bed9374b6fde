"""How a request finds its user: the session cookie (web) or a bearer token (API)."""

import hmac
from datetime import timedelta

import sqlalchemy as sa
from flask import g
from flask_babel import lazy_gettext as _l

from tracker.core.db import utcnow
from tracker.extensions import db
from tracker.users.models import ApiToken, User, hash_token

LAST_USED_PRECISION = timedelta(minutes=5)


def load_user(session_id):
    """Return the active user of the session; a deactivated user is signed out at once.

    ``session_id`` is ``User.get_id()``: the id and the fingerprint of the password the session was
    opened with. A session opened before the password changed no longer matches and is refused.
    """
    user_id, _sep, fingerprint = str(session_id or "").partition(":")
    try:
        user = db.session.get(User, int(user_id))
    except (TypeError, ValueError):
        return None
    if user is None or not user.is_active:
        return None
    if not hmac.compare_digest(fingerprint.encode(), user.session_fingerprint().encode()):
        return None
    return user


def load_user_from_request(request):
    """Authenticate ``Authorization: Bearer <token>`` against the hashed API tokens."""
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    api_token = db.session.scalar(
        sa.select(ApiToken).where(ApiToken.token_hash == hash_token(token.strip()), ApiToken.revoked_at.is_(None))
    )
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
