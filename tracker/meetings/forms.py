from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import DateField, HiddenField, SelectField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length, Optional

from tracker.core.integers import to_id

LANGUAGE_CHOICES = [
    ("", _l("(not said)")),
    ("en", "English"),
    ("vi", "Tiếng Việt"),
    ("fr", "Français"),
    ("sv", "Svenska"),
]


def optional_int(value):
    """Coerce a select's value to an id, ``None`` when empty; junk raises (a field error)."""
    if value in (None, "", "None"):
        return None
    number = to_id(value)
    if number is None:  # junk, or beyond any id the database holds
        raise ValueError(value)
    return number


def required_id(value):
    """Coerce a multiple select's value to an id; junk or out of range raises (a field error)."""
    number = to_id(value)
    if number is None:
        raise ValueError(value)
    return number


class MeetingForm(FlaskForm):
    title = StringField(_l("Title"), validators=[DataRequired(_l("This field is required.")), Length(max=300)])
    held_on = DateField(_l("Date"), validators=[InputRequired(_l("This field is required."))])
    place = StringField(_l("Place"), validators=[Optional(), Length(max=300)])
    chair_name = StringField(_l("Chair"), validators=[Optional(), Length(max=200)])
    chair_title = StringField(_l("Chair's title"), validators=[Optional(), Length(max=200)])
    host_department_id = SelectField(_l("Host department"), coerce=optional_int, validate_choice=False)
    attendee_department_ids = SelectMultipleField(
        _l("Attending departments"), coerce=required_id, validate_choice=False, validators=[Optional()]
    )
    source_url = StringField(_l("Source address"), validators=[Optional(), Length(max=1000)])
    language = SelectField(_l("Language of the minutes"), choices=LANGUAGE_CHOICES, validate_choice=False)
    minutes = TextAreaField(
        _l("Minutes"),
        description=_l("The minutes or conclusions as written, kept for reference."),
        validators=[Optional(), Length(max=500_000)],
        render_kw={"maxlength": False},  # no silent cut of a long paste: the server names what is too long
    )
    version = HiddenField()


class DirectiveForm(FlaskForm):
    text = TextAreaField(
        _l("Directive"),
        validators=[DataRequired(_l("This field is required.")), Length(max=20_000)],
        render_kw={"maxlength": False},
    )


class PasteDirectivesForm(FlaskForm):
    text = TextAreaField(
        _l("Conclusions"),
        description=_l("Paste the conclusions: each paragraph becomes one directive."),
        validators=[DataRequired(_l("This field is required.")), Length(max=500_000)],
    )
