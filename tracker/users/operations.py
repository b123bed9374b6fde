"""Create and change users; issue API tokens."""

import secrets
import zoneinfo

import sqlalchemy as sa
from flask_babel import gettext as _

from tracker.core.audit import changed, record_event, snapshot
from tracker.core.errors import ValidationFailed
from tracker.core.permissions import can_manage_users, require
from tracker.core.validation import is_email
from tracker.departments.models import Department
from tracker.extensions import db
from tracker.users import schemas
from tracker.users.models import ApiToken, Role, User, hash_token
from tracker.users.passwords import MIN_LENGTH, password_problem

FIELDS = ("email", "name", "department_id", "role", "is_active", "locale", "timezone")
MIN_PASSWORD_LENGTH = MIN_LENGTH


def normalise_email(email):
    return (email or "").strip().lower()


def get_user_by_email(email):
    return db.session.scalar(sa.select(User).where(User.email == normalise_email(email)))


def validate_password(password, *, name=None, email=None):
    """Why ``password`` is refused for the user of ``name`` and ``email`` (tracker.users.passwords), or None."""
    return password_problem(password, name=name, email=email)


def validate_user(email, name, department_id, role, user=None, locale=None, timezone=None):
    errors = {}
    values = {"email": email, "name": name, "role": getattr(role, "value", role), "timezone": timezone}
    if locale is not None:
        values["locale"] = locale
    schemas.UserChanges.check(values, errors=errors)  # types, lengths and choices: the schema's
    if "email" not in errors and not is_email(email):
        errors["email"] = _("Not an email address.")
    elif "email" not in errors:
        other = get_user_by_email(email)
        if other is not None and other is not user:
            errors["email"] = _("Another user already signs in with %(email)s.", email=normalise_email(email))
    department = db.session.get(Department, department_id) if isinstance(department_id, int) else None
    if department is None:
        errors["department_id"] = _("Unknown department.")
    elif not department.is_active and (user is None or user.department_id != department_id):
        errors["department_id"] = _("The department %(name)s is deactivated.", name=department.name)
    if timezone and "timezone" not in errors:
        try:
            zoneinfo.ZoneInfo(timezone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            errors["timezone"] = _("Unknown time zone.")
    return errors


def create_user(actor, *, email, name, department_id, role, password=None, locale="en", timezone=None):
    """Create a user; ``actor`` None means the command line, which needs no permission."""
    if actor is not None:
        require(can_manage_users(actor))
    errors = validate_user(email, name, department_id, role, locale=locale, timezone=timezone)
    if password is not None:
        reason = validate_password(password, name=name, email=email)
        if reason:
            errors["password"] = reason
    if errors:
        raise ValidationFailed(_("The user was not saved."), fields=errors)
    user = User(
        email=normalise_email(email),
        name=name.strip(),
        department_id=department_id,
        role=Role(role),
        locale=locale,
        timezone=timezone or None,
    )
    if password is not None:
        user.set_password(password)
    db.session.add(user)
    db.session.flush()
    record_event(actor, "user.create", user, after=snapshot(user, FIELDS))
    if password is None:
        # No password: the user sets one through an emailed link (sent once the creation commits).
        from tracker.auth.links import LinkPurpose, send_password_link

        send_password_link(user, LinkPurpose.INVITATION)
    return user


def update_user(actor, user, password=None, **values):
    if actor is not None:
        require(can_manage_users(actor))
    merged = {field: values.get(field, getattr(user, field)) for field in FIELDS}
    merged["role"] = Role(merged["role"]).value if merged["role"] in {r.value for r in Role} else merged["role"]
    errors = validate_user(
        merged["email"],
        merged["name"],
        merged["department_id"],
        merged["role"],
        user,
        merged["locale"],
        merged["timezone"],
    )
    if password:
        reason = validate_password(password, name=merged["name"], email=merged["email"])
        if reason:
            errors["password"] = reason
    if actor is not None and actor.id == user.id and (not merged["is_active"] or merged["role"] != Role.ADMIN):
        errors["role" if merged["is_active"] else "is_active"] = _(
            "You cannot remove your own administrator rights or deactivate yourself."
        )
    if errors:
        raise ValidationFailed(_("The user was not saved."), fields=errors)
    before = snapshot(user, FIELDS)
    user.email = normalise_email(merged["email"])
    user.name = merged["name"].strip()
    user.department_id = merged["department_id"]
    user.role = Role(merged["role"])
    user.is_active = bool(merged["is_active"])
    user.locale = merged["locale"]
    user.timezone = merged["timezone"] or None
    if password:
        set_password(user, password)
    db.session.flush()
    old, new = changed(before, snapshot(user, FIELDS))
    if password:
        new["password"] = "changed"  # noqa: S105 (a marker in the audit trail, not a password)
    if new:
        action = "user.permission" if "role" in new or "department_id" in new else "user.update"
        record_event(actor, action, user, before=old, after=new)
    return user


def set_password(user, password):
    """Give ``user`` a new password: every session opened before it ends (``tracker.auth.sessions``)
    and the password links not used yet stop working. API tokens stay: only an operator issues them,
    on the command line, so a stolen password cannot have made one."""
    from tracker.auth.operations import revoke_sessions, void_links

    user.set_password(password)
    revoke_sessions(user)
    void_links(user)


def issue_api_token(user, name="cli"):
    """Create an API token for ``user``; return the token, which is shown once and stored hashed."""
    token = "trk_" + secrets.token_urlsafe(32)
    db.session.add(ApiToken(user_id=user.id, name=name, token_hash=hash_token(token)))
    db.session.flush()
    record_event(None, "user.token", user, after={"token_name": name})
    return token


def email_password_link(actor, user):
    """Email ``user`` a link to choose a password: an invitation again when they have none yet, a
    reset otherwise (their current password keeps working until the link is used)."""
    from tracker.auth.links import LinkPurpose, send_password_link

    require(can_manage_users(actor))
    if not user.is_active:
        raise ValidationFailed(_("%(name)s is deactivated; reactivate them first.", name=user.name))
    purpose = LinkPurpose.RESET if user.password_hash else LinkPurpose.INVITATION
    send_password_link(user, purpose)
    record_event(actor, "user.password_link", user, after={"purpose": purpose.value})
    return purpose
