from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import DateField, DecimalField, HiddenField, SelectField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import DataRequired, Optional

from tracker.core.schemas import choices, form_length
from tracker.meetings.forms import optional_int
from tracker.tasks.models import Priority, Recurrence
from tracker.tasks.schemas import TaskInput

RECURRENCE_LABELS = {
    Recurrence.NONE: _l("Once"),
    Recurrence.MONTHLY: _l("Every month"),
    Recurrence.QUARTERLY: _l("Every quarter"),
    Recurrence.YEARLY: _l("Every year"),
}
PRIORITY_LABELS = {Priority.LOW: _l("Low"), Priority.NORMAL: _l("Normal"), Priority.HIGH: _l("High")}


class TaskForm(FlaskForm):
    title = StringField(
        _l("Title"), validators=[DataRequired(_l("This field is required.")), form_length(TaskInput, "title")]
    )
    # No maxlength attribute: a browser would cut a longer paste silently; the server says what is too long.
    description = TextAreaField(
        _l("Description"),
        validators=[Optional(), form_length(TaskInput, "description")],
        render_kw={"maxlength": False},
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
        validators=[Optional(), form_length(TaskInput, "deadline_text")],
        description=_l('For example "by the end of Q3 2025".'),
    )
    # The choices are the schema's; an unknown value is refused by the operation, with the API's reason.
    recurrence = SelectField(
        _l("Repeats"),
        choices=[(value, RECURRENCE_LABELS[Recurrence(value)]) for value in choices(TaskInput, "recurrence")],
        default="none",
        validate_choice=False,
    )
    priority = SelectField(
        _l("Priority"),
        choices=[(value, PRIORITY_LABELS[Priority(value)]) for value in choices(TaskInput, "priority")],
        default="normal",
        validate_choice=False,
    )
    target_value = DecimalField(_l("Target value"), validators=[Optional()])
    target_unit = StringField(
        _l("Unit"), validators=[Optional(), form_length(TaskInput, "target_unit")], description=_l("e.g. hectares")
    )
    meeting_id = HiddenField()
    directive_id = HiddenField()
    version = HiddenField()
