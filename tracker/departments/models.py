from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.core.db import TimestampMixin, enum_column
from tracker.extensions import db


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

    parent: Mapped["Department | None"] = relationship(remote_side=[id])

    def __repr__(self):
        return f"<Department {self.code}>"

    def __str__(self):
        return self.name
