"""Server-side records of sign-ins: the sessions a browser holds, and the one-time password links."""

import hashlib
from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.core.db import UTCDateTime, enum_column, utcnow
from tracker.extensions import db
from tracker.users.models import User


def hash_secret(secret):
    """The SHA-256 kept of a session key or a link token (both random: a fast hash suffices)."""
    return hashlib.sha256(secret.encode()).hexdigest()


class UserSession(db.Model):
    """One signed-in browser. The cookie carries a random key; only its SHA-256 is stored here.

    Signing out revokes the row, so a copy of the session cookie or of the remember-me cookie (both
    carry the key) is refused afterwards; other browsers of the same user have rows of their own.
    """

    __tablename__ = "user_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"), nullable=False, index=True)
    key_hash: Mapped[str] = mapped_column(sa.String(64), unique=True, nullable=False)
    #: Opened with "Keep me signed in": idles out after the remember-me duration instead.
    remember: Mapped[bool] = mapped_column(default=False, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    user: Mapped[User] = relationship()


class LinkPurpose(StrEnum):
    INVITATION = "invitation"
    RESET = "reset"


class PasswordToken(db.Model):
    """A link that lets its holder set a password once: an invitation or a reset.

    The token is in the emailed link only; the row keeps its SHA-256.
    """

    __tablename__ = "password_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"), nullable=False, index=True)
    purpose: Mapped[LinkPurpose] = mapped_column(enum_column(LinkPurpose), nullable=False)
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    user: Mapped[User] = relationship()
