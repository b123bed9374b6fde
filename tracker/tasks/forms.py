from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import DateField, DecimalField, HiddenField, SelectField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from tracker.meetings.forms import optional_int
from tracker.tasks.models import Priority, Recurrence

RECURRENCE_LABELS = {
    Recurrence.NONE: _l("Once"),
    Recurrence.MONTHLY: _l("Every month"),
    Recurrence.QUARTERLY: _l("Every quarter"),
    Recurrence.YEARLY: _l("Every year"),
}
PRIORITY_LABELS = {Priority.LOW: _l("Low"), Priority.NORMAL: _l("Normal"), Priority.HIGH: _l("High")}


class TaskForm(FlaskForm):
    title = StringField(_l("Title"), validators=[DataRequired(_l("This field is required.")), Length(max=500)])
    # No maxlength attribute: a browser would cut a longer paste silently; the server says what is too long.
    description = TextAreaField(
        _l("Description"), validators=[Optional(), Length(max=20_000)], render_kw={"maxlength": False}
    )
    lead_department_id = SelectField(
        _l("Lead department"),
        coerce=optional_int,
        validate_choice=False,
        validators=[DataRequired(_l("This field is required."))],
    )
    coordinating_department_ids = SelectMultipleField(
        _l("Coordinating departments"),
        coerce=int,
        validate_choice=False,
        validators=[Optional()],
        description=_l("They see the task and report on it. Hold Ctrl (or ⌘) to choose several."),
    )
    assignee_id = SelectField(
        _l("Assignee"),
        coerce=optional_int,
        validate_choice=False,
        description=_l("A person of the lead department; leave empty to let its head choose."),
    )
    due_on = DateField(_l("Deadline"), validators=[Optional()])
    deadline_text = StringField(
        _l("Deadline as written"),
        validators=[Optional(), Length(max=300)],
        description=_l('For example "by the end of Q3 2025".'),
    )
    recurrence = SelectField(
        _l("Repeats"), choices=[(key.value, label) for key, label in RECURRENCE_LABELS.items()], default="none"
    )
    priority = SelectField(
        _l("Priority"), choices=[(key.value, label) for key, label in PRIORITY_LABELS.items()], default="normal"
    )
    target_value = DecimalField(_l("Target value"), validators=[Optional()])
    target_unit = StringField(_l("Unit"), validators=[Optional(), Length(max=100)], description=_l("e.g. hectares"))
    meeting_id = HiddenField()
    directive_id = HiddenField()
    version = HiddenField()
