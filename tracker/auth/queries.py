"""Reading the records of sign-ins: a browser's session, an API token, a password link, the resets
asked for."""

from datetime import timedelta

import sqlalchemy as sa
from sqlalchemy.orm import joinedload

from tracker.auth.models import LinkPurpose, PasswordToken, UserSession
from tracker.core.db import utcnow
from tracker.extensions import db
from tracker.users.models import ApiToken, User


def get_session(session_id):
    return db.session.get(UserSession, session_id)


# Every signed-in request runs one of these two: built once with bound parameters, as the
# reminders' delivery does with its own (building them anew cost more CPU than executing them).
_USER_WITH_SESSION = (
    sa.select(User, UserSession)
    .join(UserSession, UserSession.user_id == User.id)
    .where(User.id == sa.bindparam("user_id"), UserSession.key_hash == sa.bindparam("key_hash"))
)
_OPEN_API_TOKEN = (
    sa.select(ApiToken)
    .where(ApiToken.token_hash == sa.bindparam("token_hash"), ApiToken.revoked_at.is_(None))
    .options(joinedload(ApiToken.user))
)


def user_with_session(user_id, key_hash):
    """``(user, session)``: the user ``user_id`` and their session whose key has the SHA-256
    ``key_hash`` (open or not), in one statement (every signed-in request reads both); ``None`` when
    either is missing or the session is someone else's."""
    return db.session.execute(_USER_WITH_SESSION, {"user_id": user_id, "key_hash": key_hash}).first()


def open_api_token(token_hash):
    """The API token whose SHA-256 is ``token_hash`` unless it was revoked, else None; its user (and
    the user's department) come in the same statement, as every API request needs them."""
    return db.session.scalar(_OPEN_API_TOKEN, {"token_hash": token_hash})


def link_by_token(token_hash):
    """The password link whose token has the SHA-256 ``token_hash``, used or not, or None."""
    return db.session.scalar(sa.select(PasswordToken).where(PasswordToken.token_hash == token_hash))


def recent_resets(user):
    """How many reset links ``user`` was sent in the last hour."""
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
