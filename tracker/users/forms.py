from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, PasswordField, SelectField, StringField
from wtforms.validators import DataRequired, Optional

from tracker.config import LANGUAGE_NAMES
from tracker.core.schemas import choices, form_length
from tracker.users.models import Role
from tracker.users.schemas import UserInput

ROLE_LABELS = {
    Role.ADMIN: _l("Administrator"),
    Role.LEADER: _l("Leader"),
    Role.HEAD: _l("Department head"),
    Role.STAFF: _l("Staff"),
    Role.OBSERVER: _l("Observer"),
}
LANGUAGE_LABELS = LANGUAGE_NAMES


class UserForm(FlaskForm):
    name = StringField(
        _l("Name"), validators=[DataRequired(_l("This field is required.")), form_length(UserInput, "name")]
    )
    email = EmailField(
        _l("Email"), validators=[DataRequired(_l("This field is required.")), form_length(UserInput, "email")]
    )
    department_id = SelectField(_l("Department"), coerce=lambda v: int(v) if str(v).isdigit() else None)
    role = SelectField(
        _l("Role"),
        choices=[(value, ROLE_LABELS[Role(value)]) for value in choices(UserInput, "role")],
        validate_choice=False,  # an unknown role is the schema's refusal, as in the API
        validators=[DataRequired(_l("Choose a role."))],
    )
    locale = SelectField(
        _l("Language"),
        choices=[(value, LANGUAGE_LABELS[value]) for value in choices(UserInput, "locale")],
        default="en",
        validate_choice=False,
    )
    password = PasswordField(
        _l("Password"),
        description=_l("At least 10 characters. Leave empty to keep the current password."),
        validators=[Optional(), form_length(UserInput, "password")],
    )
    is_active = BooleanField(_l("Active"), default=True)
