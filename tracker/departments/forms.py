from flask_babel import lazy_gettext as _l
from flask_babel import lazy_pgettext
from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from tracker.departments.models import DepartmentKind

KIND_LABELS = {
    DepartmentKind.DEPARTMENT: lazy_pgettext("department kind", "Department"),
    DepartmentKind.PEOPLES_COMMITTEE: _l("People's committee"),
    DepartmentKind.COUNCIL: _l("Council"),
    DepartmentKind.ENTERPRISE: _l("Enterprise"),
    DepartmentKind.UNIVERSITY: _l("University"),
    DepartmentKind.AGENCY: _l("Agency"),
}


class DepartmentForm(FlaskForm):
    name = StringField(_l("Name"), validators=[DataRequired(_l("This field is required.")), Length(max=200)])
    name_vi = StringField(_l("Name in Vietnamese"), validators=[Optional(), Length(max=200)])
    name_en = StringField(_l("Name in English"), validators=[Optional(), Length(max=200)])
    code = StringField(_l("Code"), validators=[DataRequired(_l("This field is required.")), Length(max=32)])
    kind = SelectField(_l("Kind"), choices=[(kind.value, label) for kind, label in KIND_LABELS.items()])
    parent_id = SelectField(_l("Parent"), coerce=lambda v: int(v) if v not in (None, "", "None") else None)
    email = EmailField(_l("Contact email"), validators=[Optional(), Length(max=254)])
    aliases = TextAreaField(
        _l("Aliases"),
        description=_l("Other names and spellings, one per line, in any language."),
        validators=[Length(max=20000)],
    )
    is_active = BooleanField(_l("Active"), default=True)

    def alias_list(self):
        return [line for line in (self.aliases.data or "").splitlines() if line.strip()]
