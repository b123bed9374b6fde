from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, PasswordField, SelectField, StringField
from wtforms.validators import DataRequired, Length, Optional

from tracker.users.models import Role

ROLE_LABELS = {
    Role.ADMIN: _l("Administrator"),
    Role.LEADER: _l("Leader"),
    Role.HEAD: _l("Department head"),
    Role.STAFF: _l("Staff"),
    Role.OBSERVER: _l("Observer"),
}
LANGUAGE_LABELS = {"en": "English", "vi": "Tiếng Việt", "fr": "Français", "sv": "Svenska"}


class UserForm(FlaskForm):
    name = StringField(_l("Name"), validators=[DataRequired(_l("This field is required.")), Length(max=200)])
    email = EmailField(_l("Email"), validators=[DataRequired(_l("This field is required.")), Length(max=254)])
    department_id = SelectField(_l("Department"), coerce=lambda v: int(v) if str(v).isdigit() else None)
    role = SelectField(
        _l("Role"),
        choices=[(role.value, label) for role, label in ROLE_LABELS.items()],
        validators=[DataRequired(_l("Choose a role."))],
    )
    locale = SelectField(_l("Language"), choices=list(LANGUAGE_LABELS.items()), default="en")
    password = PasswordField(
        _l("Password"),
        description=_l("At least 10 characters. Leave empty to keep the current password."),
        validators=[Optional(), Length(max=1000)],
    )
    is_active = BooleanField(_l("Active"), default=True)
