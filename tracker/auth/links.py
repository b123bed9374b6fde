"""One-time password links: an invitation (a user created without a password) and a reset ("Forgot
password?"). The token travels in the emailed link only; the table keeps its SHA-256, the purpose,
the user, the expiry (``TRACKER_PASSWORD_LINK_HOURS``) and when it was used. A link works once, and
setting a password by any means voids the links not used yet.

Emails go out after the commit (``tracker.core.mail.after_commit``), in the user's language, by SMTP
or into the outbox like every email of Tracker. The "Forgot password?" answer must not tell whether
the address exists, so that email is sent from a thread: the page answers as fast either way.
"""

import logging
import secrets
import threading

from flask import current_app

from tracker.auth import queries
from tracker.auth.models import LinkPurpose, hash_secret
from tracker.auth.operations import issue_link
from tracker.core.db import utcnow
from tracker.core.mail import Postman, after_commit, build_message, render_email

__all__ = ["LinkPurpose", "find_link", "link_url", "send_password_link"]

log = logging.getLogger(__name__)

#: At most this many reset emails to one user per hour ("Forgot password?" cannot flood a mailbox).
RESETS_PER_HOUR = 3


def link_url(token):
    return f"{current_app.config['TRACKER_BASE_URL']}/password/link/{token}"


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
    hash_secret(token)
    recipient = SimpleNamespace(name="", email="nobody@invalid", locale=locale)
    _message(recipient, LinkPurpose.RESET, token)


def find_link(token):
    """The link of ``token`` when it can still be used (not used, not expired, active user), else None."""
    if not token or len(token) > 200:
        return None
    link = queries.link_by_token(hash_secret(token))
    if link is None or link.used_at is not None or link.expires_at <= utcnow() or not link.user.is_active:
        return None
    return link
