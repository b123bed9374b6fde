"""Propose the directives of meeting minutes: passages, lead and coordinating departments, deadlines,
recurrence, referenced documents and targets, in English, Vietnamese, French or Swedish.

Pure Python (no Flask, no database). The steps, each in its module:

- ``textprep``: a composed working copy and two same-length views (lower case; folded without
  diacritics), so every match has exact offsets into the input;
- ``language``: which of the four languages;
- ``directory`` and ``names``: the department index (names and aliases reduced to canonical tokens),
  lists of committees, back-references, unknown department names;
- ``segments``: sentences, list items, parts between ``;`` and ``:``;
- ``cues`` and ``directives``: which units are directives, and who leads and coordinates;
- ``deadlines`` and ``dates``: deadlines as written and normalised to the end of their period,
  recurrence; ``references``: documents; ``targets``: quantities;
- ``evaluate``: precision and recall against the labelled corpus.

    >>> from tracker.extraction import extract, DepartmentRef
    >>> finance = DepartmentRef(1, "Department of Finance", ("Sở Tài chính",))
    >>> result = extract("Giao Sở Tài chính chủ trì, hoàn thành trước ngày 30/6/2025.", [finance])
    >>> result.directives[0].lead.name, result.directives[0].deadline.isoformat()
    ('Department of Finance', '2025-06-30')
"""

import sys

from tracker.extraction import gates
from tracker.extraction.directory import load_directory
from tracker.extraction.pipeline import extract
from tracker.extraction.results import DepartmentRef, Extraction, ProposedDirective, Target, UnknownDepartment

# every pattern of the modules loaded so far (those ``extract`` runs) searched by its first characters
gates.speed_up([module for name, module in list(sys.modules.items()) if name.startswith(f"{__name__}.")])

__all__ = [
    "DepartmentRef",
    "Extraction",
    "ProposedDirective",
    "Target",
    "UnknownDepartment",
    "extract",
    "load_directory",
]
