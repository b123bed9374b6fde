import zoneinfo
from functools import cache

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, PasswordField, SelectField, StringField
from wtforms.validators import DataRequired, Length, ValidationError

from tracker.core.schemas import form_length
from tracker.users.forms import LANGUAGE_LABELS
from tracker.users.schemas import UserInput

MAX_LEAD_DAY = 60


@cache
def timezone_choices():
    return sorted(zone for zone in zoneinfo.available_timezones() if "/" in zone and not zone.startswith("Etc/"))


def parse_lead_days(text):
    """``"7, 3, 1, 0"`` -> ``[7, 3, 1, 0]``; raise ValueError on anything else."""
    parts = [part.strip() for part in (text or "").replace(";", ",").split(",") if part.strip()]
    days = sorted({int(part) for part in parts}, reverse=True)
    if any(day < 0 or day > MAX_LEAD_DAY for day in days):
        raise ValueError(text)
    return days


class SettingsForm(FlaskForm):
    locale = SelectField(_l("Language"), choices=list(LANGUAGE_LABELS.items()))
    timezone = SelectField(_l("Time zone"), description=_l("Reminders arrive at the send hour in this zone."))
    reminder_lead_days = StringField(
        _l("Remind me this many days before a deadline"),
        description=_l("Comma-separated, 0 meaning on the day, e.g. 7, 3, 1, 0. Leave empty for the default."),
        validators=[Length(max=100)],
    )
    digest_enabled = BooleanField(_l("Gather due-soon and overdue reminders in one email a day"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.timezone.choices = [(zone, zone) for zone in timezone_choices()]

    def validate_reminder_lead_days(self, field):
        try:
            parse_lead_days(field.data)
        except ValueError:
            raise ValidationError(
                _l("Whole numbers of days between 0 and %(max)d, separated by commas.", max=MAX_LEAD_DAY)
            ) from None


class ChangePasswordForm(FlaskForm):
    current_password = PasswordField(
        _l("Current password"),
        validators=[DataRequired(_l("This field is required.")), form_length(UserInput, "password")],
    )
    password = PasswordField(
        _l("New password"),
        description=_l("At least 10 characters; a few uncommon words make a good one."),
        validators=[DataRequired(_l("This field is required.")), form_length(UserInput, "password")],
    )


class SignOutEverywhereForm(FlaskForm):
    """No field: the CSRF token only."""
