from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, HiddenField, PasswordField
from wtforms.validators import DataRequired

from tracker.core.schemas import form_length
from tracker.users.schemas import UserInput


class LoginForm(FlaskForm):
    email = EmailField(
        _l("Email"), validators=[DataRequired(_l("This field is required.")), form_length(UserInput, "email")]
    )
    password = PasswordField(
        _l("Password"), validators=[DataRequired(_l("This field is required.")), form_length(UserInput, "password")]
    )
    remember = BooleanField(_l("Keep me signed in"))
    next = HiddenField()


class ForgotPasswordForm(FlaskForm):
    email = EmailField(
        _l("Email"), validators=[DataRequired(_l("This field is required.")), form_length(UserInput, "email")]
    )


class SetPasswordForm(FlaskForm):
    password = PasswordField(
        _l("New password"),
        description=_l("At least 10 characters; a few uncommon words make a good one."),
        validators=[DataRequired(_l("This field is required.")), form_length(UserInput, "password")],
    )
