from enum import StrEnum

import sqlalchemy as sa
from flask_babel import get_locale
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.config import LANGUAGES
from tracker.core.db import TimestampMixin, enum_column
from tracker.extensions import db

#: The languages a name falls back to when it has none in the reader's.
NAME_FALLBACK = {"vi": ("en",), "en": ("vi",)}
#: The languages a department may be named in (the interface's).
NAME_LANGUAGES = LANGUAGES


def current_language():
    """The reader's language code, or None outside a request or an email."""
    try:
        locale = get_locale()
    except (RuntimeError, AttributeError, KeyError):
        return None
    return locale.language if locale is not None else None


def name_in(name, names, language):
    """The name among ``names`` in ``language``, else in the other of Vietnamese and English, else ``name``."""
    names = names or {}
    for code in (language, *NAME_FALLBACK.get(language, ("en", "vi"))):
        if code and names.get(code):
            return names[code]
    return name


class DepartmentKind(StrEnum):
    DEPARTMENT = "department"
    PEOPLES_COMMITTEE = "peoples_committee"
    COUNCIL = "council"
    ENTERPRISE = "enterprise"
    UNIVERSITY = "university"
    AGENCY = "agency"


class Department(TimestampMixin, db.Model):
    __tablename__ = "departments"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200), nullable=False)
    #: Short code used in imports, the CLI and compact lists (e.g. ``SKHCN``).
    code: Mapped[str] = mapped_column(sa.String(32), unique=True, nullable=False)
    kind: Mapped[DepartmentKind] = mapped_column(
        enum_column(DepartmentKind), default=DepartmentKind.DEPARTMENT, nullable=False
    )
    parent_id: Mapped[int | None] = mapped_column(sa.ForeignKey("departments.id"), index=True)
    email: Mapped[str | None] = mapped_column(sa.String(254))
    #: Other names and spellings in any language; the minutes extractor matches on them.
    aliases: Mapped[list[str]] = mapped_column(sa.JSON, default=list, nullable=False)
    is_active: Mapped[bool] = mapped_column(default=True, nullable=False)
    #: The name per interface language (``{"vi": ..., "en": ...}``), entered by administrators;
    #: ``name`` is the name of record, shown when neither language has one (``display_name``).
    names: Mapped[dict | None] = mapped_column(sa.JSON)

    parent: Mapped["Department | None"] = relationship(remote_side=[id])

    def __repr__(self):
        return f"<Department {self.code}>"

    def name_in(self, language):
        """The name in ``language``, else in the other of Vietnamese and English, else ``name``.

        Reads ``names`` only when it is loaded (a list that loads a few columns of each department
        shows the name of record rather than costing a query per row).
        """
        return name_in(self.name, self.__dict__.get("names"), language)

    @property
    def display_name(self):
        """The name in the reader's language (the request's, or an email's recipient's)."""
        return self.name_in(current_language())

    def __str__(self):
        return self.name
