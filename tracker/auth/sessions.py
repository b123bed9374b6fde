"""Server-side sessions: each sign-in is a row, and the cookie carries its random key.

``User.get_id()`` (what Flask-Login writes into the session cookie and the remember-me cookie) is
``<user id>:<password fingerprint>:<session key>``. ``load_user`` accepts it only while the row of
that key is open, belongs to that user and has been used within the idle time:

- signing out revokes the row: a copy of the session cookie or of the remember-me cookie is refused
  afterwards, and the user's other browsers keep their own rows;
- "sign out everywhere" revokes every row of the user;
- a new password changes the fingerprint, which ends every session opened before it, and revokes
  their rows; the browser that changed it gets a new session;
- a session unused for ``TRACKER_SESSION_IDLE_MINUTES`` (one opened with "Keep me signed in": for
  ``TRACKER_REMEMBER_DAYS``) is refused and revoked.
"""

import hmac
import secrets
from datetime import timedelta

from flask import current_app, g
from flask_login import login_user, logout_user

from tracker.auth import operations, queries
from tracker.auth.models import hash_secret
from tracker.core.db import utcnow
from tracker.core.integers import to_id
from tracker.extensions import db

#: ``last_seen_at`` is written at most this often: not every page view has to be a write.
LAST_SEEN_PRECISION = timedelta(minutes=1)


def idle_limit(record):
    config = current_app.config
    if record.remember:
        return timedelta(days=config["TRACKER_REMEMBER_DAYS"])
    return timedelta(minutes=config["TRACKER_SESSION_IDLE_MINUTES"])


def start_session(user, remember=False):
    """Open a session for ``user`` in this browser (a new row, a new key) and sign them in."""
    key = secrets.token_urlsafe(32)
    record = operations.open_session(user, hash_secret(key), remember)
    user.session_key = key
    login_user(user, remember=remember, duration=timedelta(days=current_app.config["TRACKER_REMEMBER_DAYS"]))
    g.user_session_id = record.id
    return record


def current_session():
    """The row of this request's session, when it was opened in a browser."""
    session_id = g.get("user_session_id")
    return queries.get_session(session_id) if session_id else None


def end_session():
    """Sign out this browser and revoke its row (the cookies' copies stop working too)."""
    record = current_session()
    if record is not None and record.revoked_at is None:
        record.revoked_at = utcnow()
    logout_user()
    g.pop("user_session_id", None)


def renew_after_password_change(user):
    """After ``user`` changed their own password in this browser: the old sessions are gone (the
    fingerprint changed), this browser carries on in a new one."""
    record = current_session()
    remember = bool(record is not None and record.remember)
    operations.revoke_sessions(user)
    start_session(user, remember=remember)


def load_session(session_id):
    """The user of a ``get_id()`` value when its session is open, else None (see the module doc)."""
    user_id, _sep, rest = str(session_id or "").partition(":")
    fingerprint, _sep, key = rest.partition(":")
    if not key or to_id(user_id) is None:
        return None
    found = queries.user_with_session(to_id(user_id), hash_secret(key))
    if found is None:
        return None
    user, record = found
    if not user.is_active or record.revoked_at is not None:
        return None
    if not hmac.compare_digest(fingerprint.encode(), user.session_fingerprint().encode()):
        return None
    now = utcnow()
    if now - record.last_seen_at > idle_limit(record):
        record.revoked_at = now
        db.session.commit()
        return None
    if now - record.last_seen_at > LAST_SEEN_PRECISION:
        record.last_seen_at = now
        db.session.commit()
    user.session_key = key
    g.user_session_id = record.id
    return user
