import logging

import sqlalchemy as sa

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
