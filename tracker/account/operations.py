"""A user's own settings: language, time zone, reminder lead days and digest; their password."""

import zoneinfo

from flask import current_app
from flask_babel import gettext as _

from tracker.core.audit import changed, record_event, snapshot
from tracker.core.errors import ValidationFailed
from tracker.core.permissions import can_edit_own_settings, require
from tracker.extensions import db
from tracker.users.operations import set_password, validate_password

FIELDS = ("locale", "timezone", "reminder_lead_days", "digest_enabled")


def update_settings(actor, user, *, locale, timezone, reminder_lead_days, digest_enabled):
    """Save ``user``'s preferences; ``reminder_lead_days`` empty means the policy default."""
    require(can_edit_own_settings(actor, user))
    errors = {}
    if locale not in current_app.config["LANGUAGES"]:
        errors["locale"] = _("Unsupported language.")
    if timezone not in zoneinfo.available_timezones():
        errors["timezone"] = _("Unknown time zone.")
    days = sorted({int(day) for day in reminder_lead_days or ()}, reverse=True)
    if any(day < 0 or day > 60 for day in days):
        errors["reminder_lead_days"] = _("Days between 0 and 60.")
    if errors:
        raise ValidationFailed(_("Your settings were not saved."), fields=errors)
    before = snapshot(user, FIELDS)
    user.locale = locale
    user.timezone = None if timezone == current_app.config["TRACKER_TIMEZONE"] else timezone
    user.reminder_lead_days = days or None
    user.digest_enabled = bool(digest_enabled)
    db.session.flush()
    old, new = changed(before, snapshot(user, FIELDS))
    if new:
        record_event(actor, "user.settings", user, before=old, after=new)
    return user


def change_own_password(user, current_password, new_password):
    """``user`` changes their password, proving the current one; the other sessions end."""
    errors = {}
    if not user.check_password(current_password):
        errors["current_password"] = _("This is not your current password.")
    else:
        reason = validate_password(new_password, name=user.name, email=user.email)
        if reason:
            errors["password"] = reason
        elif current_password == new_password:
            errors["password"] = _("Choose a password other than the current one.")
    if errors:
        raise ValidationFailed(_("Your password was not changed."), fields=errors)
    set_password(user, new_password)
    record_event(user, "user.password_change", user)
