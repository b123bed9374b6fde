from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, HiddenField, PasswordField
from wtforms.validators import DataRequired, Length


class LoginForm(FlaskForm):
    email = EmailField(_l("Email"), validators=[DataRequired(_l("This field is required.")), Length(max=254)])
    password = PasswordField(_l("Password"), validators=[DataRequired(_l("This field is required.")), Length(max=1000)])
    remember = BooleanField(_l("Keep me signed in"))
    next = HiddenField()


class ForgotPasswordForm(FlaskForm):
    email = EmailField(_l("Email"), validators=[DataRequired(_l("This field is required.")), Length(max=254)])


class SetPasswordForm(FlaskForm):
    password = PasswordField(
        _l("New password"),
        description=_l("At least 10 characters; a few uncommon words make a good one."),
        validators=[DataRequired(_l("This field is required.")), Length(max=1000)],
    )
