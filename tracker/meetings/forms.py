from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import DateField, HiddenField, SelectField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Optional

from tracker.config import LANGUAGE_NAMES
from tracker.core.integers import to_id
from tracker.core.schemas import form_length
from tracker.meetings.schemas import DirectiveInput, MeetingInput, PasteInput

LANGUAGE_CHOICES = [("", _l("(not said)")), *LANGUAGE_NAMES.items()]


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
    title = StringField(
        _l("Title"), validators=[DataRequired(_l("This field is required.")), form_length(MeetingInput, "title")]
    )
    held_on = DateField(_l("Date"), validators=[InputRequired(_l("This field is required."))])
    place = StringField(_l("Place"), validators=[Optional(), form_length(MeetingInput, "place")])
    chair_name = StringField(_l("Chair"), validators=[Optional(), form_length(MeetingInput, "chair")])
    chair_title = StringField(_l("Chair's title"), validators=[Optional(), form_length(MeetingInput, "chair_title")])
    host_department_id = SelectField(_l("Host department"), coerce=optional_int, validate_choice=False)
    attendee_department_ids = SelectMultipleField(
        _l("Attending departments"), coerce=required_id, validate_choice=False, validators=[Optional()]
    )
    source_url = StringField(_l("Source address"), validators=[Optional(), form_length(MeetingInput, "source_url")])
    language = SelectField(_l("Language of the minutes"), choices=LANGUAGE_CHOICES, validate_choice=False)
    minutes = TextAreaField(
        _l("Minutes"),
        description=_l("The minutes or conclusions as written, kept for reference."),
        validators=[Optional(), form_length(MeetingInput, "minutes")],
        render_kw={"maxlength": False},  # no silent cut of a long paste: the server names what is too long
    )
    version = HiddenField()


class DirectiveForm(FlaskForm):
    text = TextAreaField(
        _l("Directive"),
        validators=[DataRequired(_l("This field is required.")), form_length(DirectiveInput, "text")],
        render_kw={"maxlength": False},
    )


class PasteDirectivesForm(FlaskForm):
    text = TextAreaField(
        _l("Conclusions"),
        description=_l("Paste the conclusions: each paragraph becomes one directive."),
        validators=[DataRequired(_l("This field is required.")), form_length(PasteInput, "text")],
    )
