"""The review screen's forms: the pasted minutes (or their document), and the editable proposals with their actions."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import (
    BooleanField,
    DateField,
    DecimalField,
    FieldList,
    Form,
    FormField,
    HiddenField,
    IntegerField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import Length, Optional
from wtforms.widgets import HiddenInput

from tracker.config import LANGUAGE_NAMES
from tracker.core.schemas import form_length
from tracker.departments.schemas import DepartmentInput
from tracker.extraction.schemas import ExtractInput
from tracker.meetings.forms import optional_int
from tracker.meetings.schemas import DirectiveInput, MeetingInput
from tracker.tasks.forms import RECURRENCE_LABELS
from tracker.tasks.schemas import TaskInput

LANGUAGE_CHOICES = [("", _l("Detect")), *LANGUAGE_NAMES.items()]
#: The most proposals one screen holds; a text with more is better reviewed in parts.
MAX_PROPOSALS = 300


class PasteForm(FlaskForm):
    text = TextAreaField(
        _l("Minutes"),
        validators=[Optional(), form_length(ExtractInput, "text")],
        description=_l("The whole report or only its conclusions, in English, Vietnamese, French or Swedish."),
    )
    file = FileField(
        _l("Or upload the document"),
        description=_l("A .docx, .odt, .pdf (with a text layer) or .txt file; its text becomes the meeting's minutes."),
    )
    language = SelectField(_l("Language"), choices=LANGUAGE_CHOICES, default="")


class ProposalForm(Form):
    """One proposal's card (a sub-form: the review form carries the CSRF token)."""

    include = BooleanField(_l("Include"), default=True)
    make_task = BooleanField(_l("Create a task"), default=True)
    title = StringField(_l("Task title"), validators=[Optional(), form_length(TaskInput, "title")])
    text = TextAreaField(_l("Directive"), validators=[Optional(), form_length(DirectiveInput, "text")])
    start = IntegerField(widget=HiddenInput(), validators=[Optional()])
    end = IntegerField(widget=HiddenInput(), validators=[Optional()])
    lead_department_id = SelectField(_l("Lead department"), coerce=optional_int, validate_choice=False)
    coordinating_department_ids = SelectMultipleField(
        _l("Coordinating departments"), coerce=int, validate_choice=False, validators=[Optional()]
    )
    due_on = DateField(_l("Deadline"), validators=[Optional()])
    deadline_text = StringField(
        _l("Deadline as written"), validators=[Optional(), form_length(TaskInput, "deadline_text")]
    )
    recurrence = SelectField(
        _l("Repeats"), choices=[(key.value, label) for key, label in RECURRENCE_LABELS.items()], default="none"
    )
    target_value = DecimalField(_l("Target value"), validators=[Optional()])
    target_unit = StringField(_l("Unit"), validators=[Optional(), form_length(TaskInput, "target_unit")])
    references = TextAreaField(
        _l("References"), validators=[Optional(), Length(max=5000)], description=_l("One document per line.")
    )


class UnknownForm(Form):
    """A department-like name in the text that the directory does not know."""

    name = HiddenField()
    alias_of = SelectField(_l("Add as an alias of"), coerce=optional_int, validate_choice=False)
    new_name = StringField(
        _l("Name of the new department"), validators=[Optional(), form_length(DepartmentInput, "name")]
    )
    code = StringField(_l("Code of the new department"), validators=[Optional(), form_length(DepartmentInput, "code")])


class ReviewForm(FlaskForm):
    source = TextAreaField(widget=HiddenInput(), validators=[form_length(MeetingInput, "minutes")])
    language = HiddenField()
    #: The name of the document the source was read from (its text then becomes the meeting's minutes).
    from_file = HiddenField()
    #: A passage the extractor missed, to be proposed as one more directive.
    passage = TextAreaField(
        _l("Passage of the minutes"),
        validators=[Optional(), form_length(DirectiveInput, "text")],
        description=_l("Copy the directive the extractor missed from the minutes, or select it there."),
    )
    passage_start = IntegerField(widget=HiddenInput(), validators=[Optional()])
    passage_end = IntegerField(widget=HiddenInput(), validators=[Optional()])
    proposals = FieldList(FormField(ProposalForm), max_entries=MAX_PROPOSALS)
    unknown = FieldList(FormField(UnknownForm), max_entries=100)
