from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.core.db import TimestampMixin, UTCDateTime, utcnow
from tracker.departments.models import Department
from tracker.extensions import db
from tracker.search.folding import column_default

meeting_attendees = sa.Table(
    "meeting_attendees",
    db.metadata,
    sa.Column("meeting_id", sa.ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("department_id", sa.ForeignKey("departments.id"), primary_key=True, index=True),
)


class Meeting(TimestampMixin, db.Model):
    __tablename__ = "meetings"
    __table_args__ = (sa.Index("ix_meetings_host_held", "host_department_id", "held_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(sa.String(300), nullable=False)
    held_on: Mapped[date] = mapped_column(nullable=False, index=True)
    place: Mapped[str | None] = mapped_column(sa.String(300))
    chair_name: Mapped[str | None] = mapped_column(sa.String(200))
    chair_title: Mapped[str | None] = mapped_column(sa.String(200))
    host_department_id: Mapped[int | None] = mapped_column(sa.ForeignKey("departments.id"))
    #: The minutes exactly as pasted, kept so that directives can be traced back to them.
    minutes: Mapped[str | None] = mapped_column(sa.Text)
    source_url: Mapped[str | None] = mapped_column(sa.String(1000))
    language: Mapped[str | None] = mapped_column(sa.String(8))
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(default=1, nullable=False)
    #: Folded copies for the search everywhere (tracker/search/folding.py): the title; the place,
    #: the chair and the minutes.
    folded_title: Mapped[str | None] = mapped_column(sa.Text, default=column_default("title"), deferred=True)
    folded_body: Mapped[str | None] = mapped_column(
        sa.Text, default=column_default("place", "chair_name", "chair_title", "minutes"), deferred=True
    )

    host_department: Mapped[Department | None] = relationship()
    attendees: Mapped[list[Department]] = relationship(secondary=meeting_attendees)
    directives: Mapped[list["Directive"]] = relationship(
        back_populates="meeting", order_by="Directive.position", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}


class Directive(db.Model):
    __tablename__ = "directives"
    __table_args__ = (sa.Index("ix_directives_meeting_position", "meeting_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(sa.ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False)
    #: Order within the meeting's conclusions, starting at 1.
    position: Mapped[int] = mapped_column(nullable=False)
    text: Mapped[str] = mapped_column(sa.Text, nullable=False)
    #: Legal documents the passage refers to, as written.
    references: Mapped[list[str]] = mapped_column(sa.JSON, default=list, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    #: Folded copies for the search everywhere: the text; the references, each between newlines.
    folded_body: Mapped[str | None] = mapped_column(sa.Text, default=column_default("text"), deferred=True)
    folded_refs: Mapped[str | None] = mapped_column(
        sa.Text, default=column_default("references", references=True), deferred=True
    )

    meeting: Mapped[Meeting] = relationship(back_populates="directives")
