"""The columns of a task table flattened to text, named once for every reader of such tables.

A table's heading names the column of who leads each row and the column of when it is due, in the four
languages: "LEAD DEPT.", "Responsible", "Pilote", "Ansvarig", "Đơn vị chủ trì"; "Deadline", "Échéance",
"Klart senast", "Thời gian hoàn thành". The patterns read a heading cell in the folded view (lower case,
no diacritics): ``directives`` reads the rows of such a table, ``readers`` a row's lead, ``deadlines`` a
row's due date.
"""

from __future__ import annotations

import re

#: A heading cell that names who leads: "LEAD DEPT.", "Responsible unit", "Owner", "Action by", "Pilote", "Ansvarig",
#: "Ansvar", "Đơn vị chủ trì", "Đơn vị thực hiện", "Cơ quan phụ trách".
LEAD_COLUMN = re.compile(
    r"\s*(?:(?:don\s+vi|co\s+quan)\s+(?:chu\s+tri|thuc\s+hien|phu\s+trach|chiu\s+trach\s+nhiem)|chu\s+tri|"
    r"lead(?:\s+(?:dept\.?|department|unit|agency|office))?|"
    # ("Responsible Directorate": a shire's directorate that owns each action)
    r"responsible(?:\s+(?:dept\.?|department|unit|agency|party|office|officer|directorate))?|dept\.?|department|"
    # "Responsable(s)", "Pilotes", "Porteur", "Chef de file": the French heading in the plural or with its "(s)"
    r"responsables?(?:\(s\))?|porteurs?(?:\(s\))?|chef\s+de\s+file|"
    # "Officer", "Action Officer": a shire's actions register names the officer who owns each action
    r"owners?|action\s+by|assigned\s+to|(?:action\s+)?officers?|"
    # "Unit in charge", "Presiding agency": an English edition's "Đơn vị chủ trì"
    r"(?:(?:unit|agency|department|office|body)\s+)?in\s+charge|(?:presiding|implementing)\s+(?:unit|agency)|"
    r"(?:services?\s+)?pilotes?(?:\(s\))?|ansvarig(?:\s+[a-z]+)?|ansvar)\s*"
)
#: The words of a heading cell that names when a row is due: "Deadline", "Due date", "Échéance", "Délai",
#: "Klart senast", "Tidplan", "Thời hạn", "Thời gian hoàn thành".
DUE_WORDS = (
    # ("Échéance(s)", "Délai de réalisation", "Date butoir")
    r"echeances?(?:\(s\))?|date\s+(?:limite|butoir|cible)|delais?(?:\s+de\s+(?:realisation|mise\s+en\s+oeuvre))?|"
    # ("Tidtabell": a Finland-Swedish follow-up table's schedule)
    # ("Time line", "Timeline", "Time frame", "Time limit": an Indian review's action table)
    r"time\s*-?\s*lines?|time\s*frames?|time\s+limits?|"
    # ("Original Target | Revised Target": a log that keeps the first target beside the one now in force)
    r"(?:original|revised|new|current)\s+(?:target|due)(?:\s+date)?|"
    r"deadline|due(?:\s+date)?|target\s+date|expected\s+(?:completion\s+)?date|klart(?:\s+senast)?|senast|tidplan|"
    r"tidsplan|tidtabell|"
    # ("Redovisas", "Ska redovisas", "Återrapporteras": a follow-up list of assignments, when each is reported)
    r"(?:ska\s+)?(?:ater)?(?:redovisas|rapporteras)|slutdatum|"
    # ("Återrapportering", "Återrapport", "Redovisning": the same column named by its noun)
    r"aterrapport(?:ering)?|redovisning|"
    r"thoi\s+han(?:\s+hoan\s+thanh)?|thoi\s+gian\s+hoan\s+thanh"
)
#: A heading cell that is the due-date column.
DUE_COLUMN = re.compile(rf"\s*(?:{DUE_WORDS})\s*")
#: A heading row that holds a due-date column somewhere.
DUE_IN_HEADING = re.compile(rf"\b(?:{DUE_WORDS})\b")
#: The words of a heading cell that names each row's action: "Action", "Mesure", "Tâche", "Task", "Åtgärd".
ACTION_WORDS = (
    # ("Action à mener", "Actions à conduire")
    r"actions?(?:\s+a\s+(?:mener|conduire|engager|realiser))?|mesures?|taches?|decisions?|activites?|intitule|objet|"
    r"description|operations?|"
    r"tasks?|measures?|activit(?:y|ies)|(?:action\s+)?items?|"
    # ("Content": an English edition's "Nội dung")
    r"contents?|"
    r"atgard(?:er)?|aktivitet(?:er)?|insats(?:er)?|uppdrag|uppgift(?:er)?|beslut|"
    r"noi\s+dung(?:\s+(?:cong\s+viec|nhiem\s+vu|cong\s+tac|thuc\s+hien))?|nhiem\s+vu|cong\s+viec"
)
#: The words of the other heading cells of a task table: who helps, the row's status, remarks.
OTHER_COLUMN_WORDS = (
    r"associes?|partenaires?|(?:en\s+)?appui|contributeurs?|support(?:ing)?(?:\s+(?:units?|departments?|agencies))?|"
    r"partners?|coordinating(?:\s+units?)?|i\s+samverkan\s+med|samverkan|medverkande|(?:don\s+vi\s+)?phoi\s+hop|"
    r"statut|etat|status|observations?|remarques?|commentaires?|comments?|remarks?|notes?|kommentar(?:er)?"
)
#: A task table's heading row with its rules lost, its cells only words (a table pasted from a PDF or a word
#: processor): "N° Action Pilote Associés Échéance", "No. Action Lead Support Deadline", "Nr Åtgärd Ansvarig
#: Klart senast Status". The number cell, the action, the lead, then the due column; helpers and status between
#: or after.
WORD_HEADING = re.compile(
    rf"\s*(?:n[°o]\.?|nr\.?|#|stt|tt|ref\.?|item\s+no\.?)?\s*(?:{ACTION_WORDS})\s+(?:{LEAD_COLUMN.pattern})"
    rf"(?:\s+(?:{OTHER_COLUMN_WORDS}))*\s+(?:{DUE_WORDS})(?:\s+(?:{OTHER_COLUMN_WORDS}))*\s*"
)
#: The heading of a task table laid out one cell to a line (a table copied cell by cell from a PDF or a word
#: processor): "TT\nNội dung nhiệm vụ\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian hoàn thành", "No.\nAction\nLead\n
#: Support\nDeadline". Its number cell, then its action cell, ...
NUMBER_CELL = re.compile(r"\s*(?:n[°o]\.?|nr\.?|#|stt|tt|ref\.?|so\s+tt)\s*")
ACTION_CELL = re.compile(rf"\s*(?:{ACTION_WORDS})\s*")
#: ... and the cells of its helpers, status or remarks: "Đơn vị phối hợp", "Ghi chú", "Sản phẩm", "Support".
OTHER_CELL = re.compile(
    rf"\s*(?:{OTHER_COLUMN_WORDS}|co\s+quan\s+phoi\s+hop|ghi\s+chu|san\s+pham(?:\s+(?:dau\s+ra|du\s+kien))?|ket\s+qua(?:\s+du\s+kien)?|"
    r"(?:nguon\s+)?kinh\s+phi)\s*"
)
#: The cells of those that give no help: a row's status, remarks, product or cost ("Ghi chú", "Status", "Statut").
REMARK_CELL = re.compile(
    r"\s*(?:statut|etat|status|observations?|remarques?|commentaires?|comments?|remarks?|notes?|kommentar(?:er)?|"
    r"ghi\s+chu|san\s+pham(?:\s+(?:dau\s+ra|du\s+kien))?|ket\s+qua(?:\s+du\s+kien)?|(?:nguon\s+)?kinh\s+phi)\s*"
)
