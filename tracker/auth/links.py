"""One-time password links: an invitation (a user created without a password) and a reset ("Forgot
password?"). The token travels in the emailed link only; the table keeps its SHA-256, the purpose,
the user, the expiry (``TRACKER_PASSWORD_LINK_HOURS``) and when it was used. A link works once, and
setting a password by any means voids the links not used yet.

Emails go out after the commit (``tracker.core.mail.after_commit``), in the user's language, by SMTP
or into the outbox like every email of Tracker. The "Forgot password?" answer must not tell whether
the address exists, so that email is sent from a thread: the page answers as fast either way.
"""

import hashlib
import logging
import secrets
import threading
from datetime import timedelta

import sqlalchemy as sa
from flask import current_app

from tracker.auth.models import LinkPurpose, PasswordToken
from tracker.core.db import utcnow
from tracker.core.mail import Postman, after_commit, build_message, render_email
from tracker.extensions import db

__all__ = ["LinkPurpose", "find_link", "link_url", "send_password_link", "use_link", "void_links"]

log = logging.getLogger(__name__)

#: At most this many reset emails to one user per hour ("Forgot password?" cannot flood a mailbox).
RESETS_PER_HOUR = 3


def hash_link_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


def link_url(token):
    return f"{current_app.config['TRACKER_BASE_URL']}/password/link/{token}"


def issue_link(user, purpose):
    """Store a new link for ``user``; return its token (shown in the email only)."""
    token = secrets.token_urlsafe(32)
    expires_at = utcnow() + timedelta(hours=current_app.config["TRACKER_PASSWORD_LINK_HOURS"])
    db.session.add(
        PasswordToken(user_id=user.id, purpose=purpose, token_hash=hash_link_token(token), expires_at=expires_at)
    )
    db.session.flush()
    return token


def recent_resets(user):
    since = utcnow() - timedelta(hours=1)
    return db.session.scalar(
        sa.select(sa.func.count())
        .select_from(PasswordToken)
        .where(
            PasswordToken.user_id == user.id,
            PasswordToken.purpose == LinkPurpose.RESET,
            PasswordToken.created_at >= since,
        )
    )


def _message(user, purpose, token):
    hours = current_app.config["TRACKER_PASSWORD_LINK_HOURS"]
    subject, text, html = render_email(
        f"password_{purpose.value}",
        user.locale,
        recipient=user,
        url=link_url(token),
        hours=hours,
        base_url=current_app.config["TRACKER_BASE_URL"],
        sign_in_email=user.email,
    )
    return build_message(user.email, subject, text, html)


def send_password_link(user, purpose, *, background=False):
    """Issue a link for ``user`` and email it once the transaction commits.

    ``background`` sends from a thread (the "Forgot password?" page must answer as fast whether or
    not the address exists); otherwise the commit returns once the message is handed over.
    """
    token = issue_link(user, purpose)
    message = _message(user, purpose, token)
    app = current_app._get_current_object()
    user_id = user.id

    def deliver():
        with app.app_context():
            try:
                with Postman() as postman:
                    postman.send(message)
            except Exception:
                log.exception("the %s email to user %s could not be sent", purpose.value, user_id)
            else:
                log.info("%s email sent to user %s", purpose.value, user_id)

    if background:
        after_commit(lambda: threading.Thread(target=deliver, name="password-link", daemon=True).start())
    else:
        after_commit(deliver)
    return token


def spend_like_a_link(locale):
    """The work of ``send_password_link`` without the user: for an address that has no account."""
    from types import SimpleNamespace

    token = secrets.token_urlsafe(32)
    hash_link_token(token)
    recipient = SimpleNamespace(name="", email="nobody@invalid", locale=locale)
    _message(recipient, LinkPurpose.RESET, token)


def find_link(token):
    """The link of ``token`` when it can still be used (not used, not expired, active user), else None."""
    if not token or len(token) > 200:
        return None
    link = db.session.scalar(sa.select(PasswordToken).where(PasswordToken.token_hash == hash_link_token(token)))
    if link is None or link.used_at is not None or link.expires_at <= utcnow() or not link.user.is_active:
        return None
    return link


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
