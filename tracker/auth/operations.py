"""Sign-in's workflows: check credentials; open and revoke sessions; issue and spend password links.

The rules around them (cookies, idle limits, emails) are in :mod:`tracker.auth.sessions` and
:mod:`tracker.auth.links`; the records are written here.
"""

import logging
import secrets
from datetime import timedelta

import sqlalchemy as sa
from flask import current_app

from tracker.auth.models import PasswordToken, UserSession, hash_secret
from tracker.core.db import utcnow
from tracker.extensions import db
from tracker.users.models import User

log = logging.getLogger(__name__)

# Compared against when the email is unknown, so that a wrong email takes as long as a wrong password.
_DUMMY_HASH = None


def find_user_by_email(email):
    return db.session.scalar(sa.select(User).where(User.email == (email or "").strip().lower()))


def _spend_a_hash(password):
    """Check ``password`` against a throw-away hash, so that a refusal takes as long as a real check."""
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        probe = User()
        probe.set_password("not a real password")
        _DUMMY_HASH = probe.password_hash
    User(password_hash=_DUMMY_HASH).check_password(password)


def authenticate(email, password):
    """Return ``(user, error)``: the user when the credentials are right and the account active."""
    user = find_user_by_email(email)
    if user is None or not user.password_hash:
        # Unknown emails and accounts without a password yet answer as slowly as a wrong password.
        _spend_a_hash(password)
        log.info("sign-in refused: unknown email or no password set")
        return None, "invalid"
    if not user.check_password(password):
        log.info("sign-in refused: wrong password for user %s", user.id)
        return None, "invalid"
    if not user.is_active:
        log.info("sign-in refused: user %s is inactive", user.id)
        return None, "inactive"
    user.last_login_at = utcnow()
    return user, None


def open_session(user, key_hash, remember=False):
    """Store a new session of ``user`` (its key's SHA-256 only), first forgetting those of theirs
    that can no longer be used (revoked, or idle past any limit)."""
    now = utcnow()
    config = current_app.config
    longest = max(
        timedelta(days=config["TRACKER_REMEMBER_DAYS"]), timedelta(minutes=config["TRACKER_SESSION_IDLE_MINUTES"])
    )
    db.session.execute(
        sa.delete(UserSession).where(
            UserSession.user_id == user.id,
            sa.or_(UserSession.revoked_at.is_not(None), UserSession.last_seen_at < now - longest),
        )
    )
    record = UserSession(user_id=user.id, key_hash=key_hash, remember=bool(remember), last_seen_at=now)
    db.session.add(record)
    db.session.flush()
    return record


def revoke_sessions(user, keep=None):
    """Revoke every open session of ``user`` but ``keep`` (a row); return how many were revoked."""
    query = sa.update(UserSession).where(UserSession.user_id == user.id, UserSession.revoked_at.is_(None))
    if keep is not None:
        query = query.where(UserSession.id != keep.id)
    return db.session.execute(query.values(revoked_at=utcnow())).rowcount


def issue_link(user, purpose):
    """Store a new password link for ``user``; return its token (shown in the email only)."""
    token = secrets.token_urlsafe(32)
    expires_at = utcnow() + timedelta(hours=current_app.config["TRACKER_PASSWORD_LINK_HOURS"])
    db.session.add(
        PasswordToken(user_id=user.id, purpose=purpose, token_hash=hash_secret(token), expires_at=expires_at)
    )
    db.session.flush()
    return token


def use_link(link):
    """Mark ``link`` used; False when another request used it first (it works once)."""
    used = db.session.execute(
        sa.update(PasswordToken)
        .where(PasswordToken.id == link.id, PasswordToken.used_at.is_(None))
        .values(used_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return used.rowcount == 1


def void_links(user):
    """The links of ``user`` not used yet stop working (a password was set another way)."""
    db.session.execute(
        sa.update(PasswordToken)
        .where(PasswordToken.user_id == user.id, PasswordToken.used_at.is_(None))
        .values(used_at=utcnow())
        .execution_options(synchronize_session=False)
    )
