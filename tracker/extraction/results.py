"""The values the extractor hands back: plain dataclasses, JSON-ready through ``to_dict``."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

RECURRENCES = ("none", "monthly", "quarterly", "yearly")


@dataclass(frozen=True)
class DepartmentRef:
    """One department of the directory, as the extractor sees it."""

    id: int | str
    name: str
    aliases: tuple[str, ...] = ()
    code: str | None = None

    def __post_init__(self):
        # Callers often hold aliases as a list (a JSON column); keep the ref hashable.
        if not isinstance(self.aliases, tuple):
            object.__setattr__(self, "aliases", tuple(self.aliases or ()))

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name}


@dataclass(frozen=True)
class Target:
    """A quantity the directive aims at: ``5 000 hectares`` is Target(5000.0, "hectares", "5 000 hectares")."""

    value: float
    unit: str
    text: str

    def to_dict(self) -> dict:
        return {"value": self.value, "unit": self.unit, "text": self.text}


@dataclass(frozen=True)
class UnknownDepartment:
    """A department-like name in the text that matches nothing in the directory."""

    name: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"name": self.name, "start": self.start, "end": self.end}


@dataclass
class ProposedDirective:
    """One passage proposed as a directive; ``text`` is always ``input[start:end]``."""

    text: str
    start: int
    end: int
    lead: DepartmentRef | None = None
    coordinating: list[DepartmentRef] = field(default_factory=list)
    deadline: datetime.date | None = None
    deadline_text: str | None = None
    recurrence: str = "none"
    references: list[str] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    title: str = ""  # a short imperative title for the task (at most 80 characters, no ellipsis)

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "title": self.title,
            "start": self.start,
            "end": self.end,
            "lead": self.lead.to_dict() if self.lead else None,
            "coordinating": [ref.to_dict() for ref in self.coordinating],
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "deadline_text": self.deadline_text,
            "recurrence": self.recurrence,
            "references": list(self.references),
            "targets": [target.to_dict() for target in self.targets],
        }


@dataclass
class Extraction:
    """What ``extract`` found in one text."""

    language: str
    directives: list[ProposedDirective] = field(default_factory=list)
    unknown_departments: list[UnknownDepartment] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "language": self.language,
            "directives": [directive.to_dict() for directive in self.directives],
            "unknown_departments": [unknown.to_dict() for unknown in self.unknown_departments],
        }
