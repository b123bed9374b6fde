from flask_babel import lazy_gettext as _l
from flask_babel import lazy_pgettext
from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from tracker.core.schemas import choices, form_length
from tracker.departments.models import DepartmentKind
from tracker.departments.schemas import DepartmentInput

KIND_LABELS = {
    DepartmentKind.DEPARTMENT: lazy_pgettext("department kind", "Department"),
    DepartmentKind.PEOPLES_COMMITTEE: _l("People's committee"),
    DepartmentKind.COUNCIL: _l("Council"),
    DepartmentKind.ENTERPRISE: _l("Enterprise"),
    DepartmentKind.UNIVERSITY: _l("University"),
    DepartmentKind.AGENCY: _l("Agency"),
}


class DepartmentForm(FlaskForm):
    name = StringField(
        _l("Name"), validators=[DataRequired(_l("This field is required.")), form_length(DepartmentInput, "name")]
    )
    name_vi = StringField(_l("Name in Vietnamese"), validators=[Optional(), form_length(DepartmentInput, "name_vi")])
    name_en = StringField(_l("Name in English"), validators=[Optional(), form_length(DepartmentInput, "name_en")])
    code = StringField(
        _l("Code"), validators=[DataRequired(_l("This field is required.")), form_length(DepartmentInput, "code")]
    )
    kind = SelectField(
        _l("Kind"),
        choices=[(value, KIND_LABELS[DepartmentKind(value)]) for value in choices(DepartmentInput, "kind")],
        validate_choice=False,  # an unknown kind is the schema's refusal, as in the API
    )
    parent_id = SelectField(_l("Parent"), coerce=lambda v: int(v) if v not in (None, "", "None") else None)
    email = EmailField(_l("Contact email"), validators=[Optional(), form_length(DepartmentInput, "email")])
    aliases = TextAreaField(
        _l("Aliases"),
        description=_l("Other names and spellings, one per line, in any language."),
        validators=[Length(max=20000)],
    )
    is_active = BooleanField(_l("Active"), default=True)

    def alias_list(self):
        return [line for line in (self.aliases.data or "").splitlines() if line.strip()]
