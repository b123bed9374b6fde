import hashlib
import hmac
from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from flask import current_app
from flask_login import UserMixin
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from tracker.core.db import TimestampMixin, UTCDateTime, enum_column, utcnow
from tracker.departments.models import Department
from tracker.extensions import db


class Role(StrEnum):
    ADMIN = "admin"
    LEADER = "leader"
    HEAD = "head"
    STAFF = "staff"
    OBSERVER = "observer"


class User(UserMixin, TimestampMixin, db.Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Stored lower-cased; it is the sign-in name.
    email: Mapped[str] = mapped_column(sa.String(254), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    password_hash: Mapped[str | None] = mapped_column(sa.String(255))
    department_id: Mapped[int] = mapped_column(sa.ForeignKey("departments.id"), nullable=False, index=True)
    role: Mapped[Role] = mapped_column(enum_column(Role), default=Role.STAFF, nullable=False)
    locale: Mapped[str] = mapped_column(sa.String(8), default="en", nullable=False)
    #: IANA zone name; ``None`` means the province's default zone.
    timezone: Mapped[str | None] = mapped_column(sa.String(64))
    #: Days before a deadline on which to be reminded; ``None`` means the policy default.
    reminder_lead_days: Mapped[list[int] | None] = mapped_column(sa.JSON)
    digest_enabled: Mapped[bool] = mapped_column(default=True, nullable=False)
    #: SHA-256 of the secret in the personal iCalendar feed URLs (the secret itself is shown once).
    calendar_token: Mapped[str | None] = mapped_column(sa.String(64), unique=True)
    is_active: Mapped[bool] = mapped_column(default=True, nullable=False)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    department: Mapped[Department] = relationship(lazy="joined")

    def __repr__(self):
        return f"<User {self.id} {self.role}>"

    def __str__(self):
        return self.name

    def set_password(self, password):
        self.password_hash = generate_password_hash(password, method="scrypt")

    def check_password(self, password):
        if not self.password_hash or password is None:
            return False
        return check_password_hash(self.password_hash, password)

    def has_role(self, *roles):
        return self.role in roles

    def session_fingerprint(self):
        """A short keyed digest of the password hash: a new password gives a new fingerprint."""
        key = current_app.config["SECRET_KEY"].encode()
        return hmac.new(key, (self.password_hash or "").encode(), hashlib.sha256).hexdigest()[:24]

    def get_id(self):
        """What the session and the remember-me cookie hold: the id, the password's fingerprint and
        the key of the server-side session (``tracker.auth.sessions``).

        A changed password (an administrator resetting a stolen one) ends every session and
        remember-me cookie made before the change; signing out ends the session of that key.
        """
        return f"{self.id}:{self.session_fingerprint()}:{getattr(self, 'session_key', '')}"


def hash_token(token):
    """Hash an API token for storage and look-up; tokens are random, so a fast hash suffices."""
    return hashlib.sha256(token.encode()).hexdigest()


class ApiToken(db.Model):
    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(sa.String(100), default="cli", nullable=False)
    #: SHA-256 of the token; the token itself is shown once and never stored.
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    user: Mapped[User] = relationship()
