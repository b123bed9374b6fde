"""Create, change and deactivate departments; import them from CSV."""

import csv
import io
import re

import sqlalchemy as sa
from flask_babel import gettext as _

from tracker.core.audit import changed, record_event, snapshot
from tracker.core.errors import ValidationFailed
from tracker.core.permissions import can_manage_departments, require
from tracker.core.validation import is_email
from tracker.departments import schemas
from tracker.departments.models import NAME_LANGUAGES, Department, DepartmentKind
from tracker.extensions import db

FIELDS = ("name", "code", "kind", "parent_id", "email", "aliases", "is_active", "names")
CODE_PATTERN = re.compile(r"^[A-Za-z0-9_.-]{1,32}$")
CSV_HEADER = ["code", "name", "kind", "parent_code", "email", "aliases"]
#: The same, with the name in Vietnamese and in English (either header is accepted).
CSV_HEADER_NAMES = [*CSV_HEADER, "name_vi", "name_en"]


def clean_names(names, errors=None):
    """``{language: name}`` for the interface languages, stripped, empty ones left out."""
    result = {}
    if names is None:
        return result
    if not isinstance(names, dict):
        if errors is not None:
            errors["names"] = _('Names are given per language, as {"vi": ..., "en": ...}.')
        return result
    for language, value in names.items():
        if language not in NAME_LANGUAGES or not isinstance(value, str | type(None)):
            if errors is not None:
                errors["names"] = _('Names are given per language, as {"vi": ..., "en": ...}.')
            continue
        value = " ".join((value or "").split())
        if len(value) > schemas.NAME_MAX:
            if errors is not None:
                errors[f"name_{language}"] = _("At most %(n)d characters.", n=schemas.NAME_MAX)
            continue
        if value:
            result[language] = value
    return result


def clean_aliases(aliases):
    """Strip, drop empties and duplicates (case-insensitively), keep order."""
    seen, result = set(), []
    for alias in aliases or []:
        alias = " ".join(str(alias).split())
        if alias and alias.casefold() not in seen:
            seen.add(alias.casefold())
            result.append(alias)
    return result


def _check_actor(actor):
    # ``actor`` None is the command line, run by an operator with database access.
    if actor is not None:
        require(can_manage_departments(actor))


def get_department_by_code(code):
    return db.session.scalar(sa.select(Department).where(Department.code == (code or "").strip()))


def validate_department(name, code, kind, parent_id=None, email=None, department=None, aliases=None):
    """Return a dict of field reasons; empty when the values are acceptable.

    The fields' types, lengths and choices are the schema's (:mod:`tracker.departments.schemas`);
    what needs the database (a code taken, a parent that exists) is checked here.
    """
    errors = {}
    values = {"name": name, "code": code, "kind": getattr(kind, "value", kind), "email": email}
    if aliases is not None:
        values["aliases"] = list(aliases)
    cleaned = schemas.DepartmentChanges.check(values, errors=errors)
    if "code" in errors and not (code or "").strip():
        errors["code"] = _("A code of 1 to 32 letters, digits, dots, dashes or underscores is required.")
    code = cleaned.get("code")
    if code:
        other = get_department_by_code(code)
        if other is not None and other is not department:
            errors["code"] = _("Another department already has the code %(code)s.", code=code)
    if parent_id is not None:
        parent = db.session.get(Department, parent_id)
        if parent is None:
            errors["parent_id"] = _("Unknown parent department.")
        elif department is not None and _is_descendant_or_self(parent, department):
            errors["parent_id"] = _("A department cannot be placed under itself.")
    if cleaned.get("email") and not is_email(cleaned["email"]):
        errors["email"] = _("Not an email address.")
    return errors


def _is_descendant_or_self(candidate, department):
    node, seen = candidate, set()
    while node is not None and node.id not in seen:
        if node.id == department.id:
            return True
        seen.add(node.id)
        node = node.parent
    return False


def create_department(actor, *, name, code, kind="department", parent_id=None, email=None, aliases=(), names=None):
    _check_actor(actor)
    code = (code or "").strip()
    errors = validate_department(name, code, kind, parent_id, email, aliases=aliases)
    names = clean_names(names, errors)
    if errors:
        raise ValidationFailed(_("The department was not saved."), fields=errors)
    department = Department(
        name=name.strip(),
        code=code,
        kind=DepartmentKind(kind),
        parent_id=parent_id,
        email=(email or "").strip() or None,
        aliases=clean_aliases(aliases),
        names=names or None,
    )
    db.session.add(department)
    db.session.flush()
    record_event(actor, "department.create", department, after=snapshot(department, FIELDS))
    return department


def update_department(actor, department, **values):
    _check_actor(actor)
    merged = {field: values.get(field, getattr(department, field)) for field in FIELDS}
    merged["code"] = (merged["code"] or "").strip()
    errors = validate_department(
        merged["name"],
        merged["code"],
        merged["kind"],
        merged["parent_id"],
        merged["email"],
        department,
        aliases=merged["aliases"] if "aliases" in values else None,
    )
    names = clean_names(merged["names"], errors)
    if errors:
        raise ValidationFailed(_("The department was not saved."), fields=errors)
    before = snapshot(department, FIELDS)
    department.name = merged["name"].strip()
    department.code = merged["code"]
    department.kind = DepartmentKind(merged["kind"])
    department.parent_id = merged["parent_id"]
    department.email = (merged["email"] or "").strip() or None
    department.aliases = clean_aliases(merged["aliases"])
    department.is_active = bool(merged["is_active"])
    department.names = names or None
    db.session.flush()
    old, new = changed(before, snapshot(department, FIELDS))
    if new:
        record_event(actor, "department.update", department, before=old, after=new)
    return department


def import_departments(actor, text):
    """Create or update departments from CSV text; all rows or none.

    Returns ``(created, updated)`` counts. Raises :class:`ValidationFailed` with one reason per bad
    row (``fields`` maps ``"line N"`` to the reason) and writes nothing in that case.
    """
    _check_actor(actor)
    reader = csv.reader(io.StringIO(text))
    try:
        header = [cell.strip() for cell in next(reader)]
    except StopIteration:
        raise ValidationFailed(_("The file is empty.")) from None
    if header not in (CSV_HEADER, CSV_HEADER_NAMES):
        raise ValidationFailed(
            _(
                "The header must be exactly: %(header)s (or with %(names)s after it)",
                header=",".join(CSV_HEADER),
                names="name_vi,name_en",
            ),
            fields={"line 1": ",".join(header)},
        )
    rows, errors = [], {}
    seen_codes = set()
    for line_number, cells in enumerate(reader, start=2):
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(header):
            errors[f"line {line_number}"] = _(
                "Expected %(expected)d columns, found %(found)d.", expected=len(header), found=len(cells)
            )
            continue
        row = dict(zip(header, (cell.strip() for cell in cells), strict=True))
        if row["code"] in seen_codes:
            errors[f"line {line_number}"] = _("The code %(code)s appears twice in the file.", code=row["code"])
            continue
        seen_codes.add(row["code"])
        row["kind"] = row["kind"] or DepartmentKind.DEPARTMENT.value
        row["line"] = line_number
        rows.append(row)
    codes_in_file = {row["code"] for row in rows}
    for row in rows:
        reason = _check_import_row(row, codes_in_file)
        if reason:
            errors[f"line {row['line']}"] = reason
    if errors:
        raise ValidationFailed(_("Nothing was imported: some rows are wrong."), fields=errors)

    created = updated = 0
    with db.session.begin_nested():
        by_code = {}
        for row in rows:
            existing = get_department_by_code(row["code"])
            values = dict(
                name=row["name"],
                code=row["code"],
                kind=row["kind"],
                email=row["email"] or None,
                aliases=row["aliases"].split("|") if row["aliases"] else [],
            )
            if header == CSV_HEADER_NAMES:
                values["names"] = {"vi": row["name_vi"], "en": row["name_en"]}
            if existing is None:
                by_code[row["code"]] = create_department(actor, **values)
                created += 1
            else:
                by_code[row["code"]] = update_department(actor, existing, **values)
                updated += 1
        for row in rows:
            if row["parent_code"]:
                parent = by_code.get(row["parent_code"]) or get_department_by_code(row["parent_code"])
                update_department(actor, by_code[row["code"]], parent_id=parent.id)
    return created, updated


def _check_import_row(row, codes_in_file):
    if not row["code"] or not CODE_PATTERN.match(row["code"]):
        return _("Missing or malformed code.")
    if not row["name"]:
        return _("Missing name.")
    if row["kind"] not in {k.value for k in DepartmentKind}:
        return _("Unknown kind %(kind)s.", kind=row["kind"])
    if row["email"] and "@" not in row["email"]:
        return _("Not an email address: %(email)s.", email=row["email"])
    if row["parent_code"]:
        if row["parent_code"] == row["code"]:
            return _("A department cannot be its own parent.")
        if row["parent_code"] not in codes_in_file and get_department_by_code(row["parent_code"]) is None:
            return _("Unknown parent code %(code)s.", code=row["parent_code"])
    return None
