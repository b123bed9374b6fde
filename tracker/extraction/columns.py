"""The columns of a task table flattened to text, named once for every reader of such tables.

A table's heading names the column of who leads each row and the column of when it is due, in the four
languages: "LEAD DEPT.", "Responsible", "Pilote", "Ansvarig", "Đơn vị chủ trì"; "Deadline", "Échéance",
"Klart senast", "Thời gian hoàn thành". The patterns read a heading cell in the folded view (lower case,
no diacritics): ``directives`` reads the rows of such a table, ``readers`` a row's lead, ``deadlines`` a
row's due date.
"""

from __future__ import annotations

import re

#: A heading cell that names who leads: "LEAD DEPT.", "Responsible unit", "Pilote", "Ansvarig", "Ansvar",
#: "Đơn vị chủ trì".
LEAD_COLUMN = re.compile(
    r"\s*(?:(?:don\s+vi|co\s+quan)\s+chu\s+tri|chu\s+tri|lead(?:\s+(?:dept\.?|department|unit|agency|office))?|"
    r"responsible(?:\s+(?:dept\.?|department|unit|agency|party|office))?|dept\.?|department|responsable|"
    r"(?:service\s+)?pilote|ansvarig(?:\s+[a-z]+)?|ansvar)\s*"
)
#: The words of a heading cell that names when a row is due: "Deadline", "Due date", "Échéance", "Délai",
#: "Klart senast", "Tidplan", "Thời hạn", "Thời gian hoàn thành".
DUE_WORDS = (
    r"echeance|date\s+limite|delai|deadline|due(?:\s+date)?|target\s+date|klart(?:\s+senast)?|senast|tidplan|"
    r"thoi\s+han(?:\s+hoan\s+thanh)?|thoi\s+gian\s+hoan\s+thanh"
)
#: A heading cell that is the due-date column.
DUE_COLUMN = re.compile(rf"\s*(?:{DUE_WORDS})\s*")
#: A heading row that holds a due-date column somewhere.
DUE_IN_HEADING = re.compile(rf"\b(?:{DUE_WORDS})\b")
