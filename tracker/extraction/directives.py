"""Decide which units are directives, and who leads and who coordinates each.

The units are read in order with a small context. After a lead-in that announces tasks (``The
Chairman requested the Department of Finance to:``, ``betonade kamrat X:``, ``kết luận như sau:``)
or a request that opens a list (``Il a demandé au ... de ...;``), the items, the parts between
semicolons and the sentences that follow are directives, until one reads like narration (a past
form, or a subject that is not a department). After a lead-in that announces a report (``has
coordinated ... such as:``) the items are narration, even when they look like imperatives. A unit
is a directive on its own when it carries a request with an addressee or an obligation whose
subject is a department; a new paragraph continues a list only with a list marker or an imperative.
A numbered or bulleted paragraph is an item of such a list only under a lead-in or a conclusions
heading: a record whose every paragraph Word numbered tells its reports in numbered paragraphs too.

Roles: the department marked as lead (``chủ trì``, ``take the lead``) leads; otherwise the addressee
of the request, the subject of the obligation, or the department the unit starts with (departments
listed together with it coordinate). A unit with no subject of its own (an imperative item) takes the
lead of its list; a lead-in that names nobody at the start of a paragraph takes the meeting's main
department (the one most often named as a subject or addressee). Departments after ``coordinate
with``, ``phối hợp với``, ``en coordination avec``, ``samordna med`` coordinate. Other departments in
the passage (recipients of a report, issuers of a plan, a speaker's office) have no role.

Back-references (``the department``, ``l'unité``, ``đơn vị``) resolve to the department in focus:
the last lead, or the last department that was the subject of a sentence.
"""

from __future__ import annotations

import calendar
import datetime
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import pairwise

from tracker.extraction.cell_logs import _NO_DUE, LogRow, _due_in, in_cells, log_rows, settle
from tracker.extraction.columns import (
    ACTION_CELL,
    DUE_COLUMN,
    LEAD_COLUMN,
    NUMBER_CELL,
    OTHER_CELL,
    REMARK_CELL,
    WORD_HEADING,
)
from tracker.extraction.cues import (
    ACCOUNTABILITY,
    AS_FOLLOWS_END,
    COORDINATION,
    CUES,
    EN,
    GAP_WORDS,
    LEAD_AFTER,
    LEAD_BEFORE,
    Cues,
)
from tracker.extraction.dates import MONTHS
from tracker.extraction.deadlines import (
    ACTION_DUE_OPENING,
    ROW_STATUS,
    at_next_meeting,
    find_deadline,
    next_meeting_date,
)
from tracker.extraction.directory import (
    _EN_UNIT_KINDS,
    _SV_AGENCY_KINDS,
    _VI_UNIT_KINDS,
    Mention,
    _is_inquiry,
    _of_agency_kind,
)
from tracker.extraction.gates import Gated
from tracker.extraction.readers import folded_names
from tracker.extraction.references import SV_DECISION
from tracker.extraction.results import DepartmentRef
from tracker.extraction.segments import Unit
from tracker.extraction.textprep import Prepared, fold_loose, words

_WORD = re.compile(r"[^\W\d_]+")
#: (not the dot of "M." before a title: "M. le secrétaire général")
_GAP_STOP = re.compile(r"[;:!?]|(?<!\bm)\.\s")
#: An aside of when or how far between the names of a Swedish list (folded): ", i relevanta delar,", ", vid behov,",
#: ", i förekommande fall,", ", där det är lämpligt,"; and "varandra" ("med varandra och med X": the leads themselves).
_SV_LIST_ASIDE = re.compile(
    r",\s*(?:i\s+(?:relevanta|berorda|tillampliga)\s+delar|vid\s+behov|i\s+forekommande\s+fall|"
    r"(?:dar|nar)\s+(?:det|sa)\s+(?:ar\s+lampligt|behovs|ar\s+relevant))\s*,|\bvarandra\b"
)
_SUBJECT_BEFORE = re.compile(r"(?:^|[,(]|\b(?:the|le|la|les|l'|den|det|cac))\s*$")
#: A Swedish clause that opens on an adverbial puts its finite verb second and its subject after it: "Under 2025
#: har Livsmedelsverket ...", "Sedan dess ska nämnden ...".
_SV_INVERTED_SUBJECT = re.compile(r"\s(?:har|hade|ska|skall|bor|kan|far|fick|ar|var|kommer)\s+$")
_JUNK_WORDS = 5
#: A Swedish sentence that opens on a subordinate clause, before its finite verb (folded): "Innan modellerna behandlas
#: i nämnden ", "När planen är klar, ", "Efter att samrådet har hållits ".
_SV_FRONTED_CLAUSE = re.compile(
    r"\s*(?:innan|nar|efter\s+att|efter\s+det\s+att|sa\s+snart|medan|tills|till\s+dess\s+att|"
    r"i\s+samband\s+med\s+att|om|ifall)\s[^.;:]*?,?\s*"
)
#: What may stand between an inverted verb and its subject (folded): nothing, or adverbs ("ska därför sektorn").
_SV_ADVERBS_BETWEEN = re.compile(r"\s+(?:(?:aven|ocksa|darfor|dessutom|da|sedan|forst|dock)\s+)*")
#: The word that opens a request's next addressee after a semicolon, per language (its view): "; aux Comités de X
#: de ...", "; to the Ministry of Y to ...".
_TO_ADDRESSEE = {"fr": ("a", "au", "aux", "à"), "en": ("to",)}
#: A report's title on a line of its own (folded), the body it goes to, then a dash and its meeting or subject, no
#: stop: "Report to City Council - Regular Meeting of October 5, 2026", "Staff Report to the Finance Committee -
#: Outstanding Directives".
_EN_REPORT_TITLE = re.compile(
    r"[ \t]*(?:[a-z]+\s+){0,2}report\s+to\s+(?:the\s+)?[a-z][a-z&,.' ]{1,60}?\s-+\s+[^\n.;!?]{3,100}"
    # ("REPORT TO COUNCIL" alone on its line, under the city's name)
    r"|[ \t]*(?:[a-z]+\s+){0,2}report\s+to\s+(?:the\s+)?(?:(?:city|town|county|shire|regional|municipal)\s+)?"
    r"(?:council|board|committee|commission)[ \t]*"
)
#: An enacted act's title in capitals (work view), however long and whatever units it names: "A RESOLUTION
#: DIRECTING CONCERNED PROVINCIAL OFFICES TO UNDERTAKE ... AND FOR OTHER PURPOSES", "AN ORDINANCE REQUIRING ...",
#: "A RESOLUTION REQUESTING THE DEPARTMENT OF PUBLIC WORKS AND HIGHWAYS TO ...": the document's name, its orders below.
_EN_ACT_TITLE = re.compile(
    r"[ \t]*(?:A|AN)\s+(?:(?:JOINT|EXECUTIVE|CONCURRENT)\s+)?(?:RESOLUTION|ORDINANCE|ORDER|ACT)\s+[A-Z]"
)
#: The addressee block of a letter ("Kính gửi:", "To:", "Destinataires :", "Till:"): names, no task.
_ADDRESSEES = re.compile(r"\s*(?:kinh gui|noi nhan|to|destinataires?|a l'attention de|mottagare|till)\s*")
#: A record's distribution list at the end of a line (folded view): "Relevé établi par le service X – Diffusion :",
#: "Copie à :", "Ampliations :", "Liste de diffusion :", "Distribution:": who receives it, no task.
_DISTRIBUTION_END = re.compile(
    r"(?:^|[\s–—-])(?:(?:liste\s+de\s+)?diffusion|copies?(?:\s+a)?|ampliations?|distribution(?:\s+list)?)\s*$"
)
#: A telegram's (Công điện) addressee lead-in, its sender's title then "điện": "CHỦ TỊCH UBND TỈNH điện:",
#: "THỦ TƯỚNG CHÍNH PHỦ điện:", "BỘ TRƯỞNG BỘ Y TẾ điện:", "TRƯỞNG BAN CHỈ ĐẠO ... điện:"; not "Giám đốc Sở
#: Công Thương chỉ đạo ngành điện:" (the power sector, after a verb).
_TELEGRAM_ADDRESSEES = re.compile(
    r"\s*(?:pho\s+)?(?:thu\s+tuong|chu\s+tich|bo\s+truong|truong\s+ban|chi\s+huy\s+truong|giam\s+doc|ban\s+chi\s+dao)"
    r"\b(?![^:;.]*\b(?:chi\s+dao|yeu\s+cau|giao|nganh|luoi|cap|thuy|tiet\s+kiem|nha\s+may|he\s+thong)\s+dien\s*$)"
    r"[^:;.\n]{0,80}?\s+dien\s*"
)
#: A norm that states the law in force, no order of the text: "Kommunerna ska enligt lagen (2006:544) om ...
#: analysera risker", "Regionerna ska enligt hälso- och sjukvårdslagen erbjuda ...", "Nämnden ska enligt 5 kap.
#: 2 § socialtjänstlagen verka för ..." ("ska ... redovisa de avvägningar som gjorts enligt 14 kap." is an order:
#: "enligt" must follow the modal).
_SV_LAW_NORM = re.compile(
    r"[^.;:]{0,80}?\b(?:ska|skall|maste)\s+(?:(?:redan|alltid|dessutom|aven)\s+)?enligt\s+"
    r"(?:[a-z-]*lagen|[a-z-]*forordningen|[a-z-]*balken|regeringsformen|\d+\s+kap\b|\d+\s+§)"
)
#: What a law lays down, told as background (folded): "Av lagen (2000:1383) om X följer att kommunerna ska ...", "Det
#: följer av förordningen (2007:1244) att myndigheten ska ...", "Av 2 kap. 3 § plan- och bygglagen framgår att ...":
#: the law's duty, no order of the text.
_SV_LAW_SAYS = re.compile(
    r"\s*(?:det\s+(?:foljer|framgar)\s+av|av)\s+(?:\d+\s+kap\.\s+(?:\d+\s+§\s+)?)?"
    r"[a-z-]*(?:lagen|forordningen|balken|regeringsformen)\b[^.;]{0,160}?\b(?:foljer|framgar|att)\b"
)
#: What the original terms of reference said, told in supplementary ones: "Enligt direktiven ska utredaren bl.a.
#: analysera ...", "Enligt de ursprungliga direktiven (dir. 2025:22) ska utredningen ...", "Enligt
#: kommittédirektiven ska utredaren ...": background, no new order (the new ones follow: "Utredaren ska därför
#: också ...").
_SV_ORIGINAL_TERMS = re.compile(
    r"\s*enligt\s+(?:de\s+)?(?:ursprungliga\s+|tidigare\s+|gallande\s+)?(?:kommitte|utrednings)?direktiven\b"
)
#: A schedule told, what it says will be ready by when (folded): "Enligt den tidplan som kommunstyrelsen fastställde
#: ... ska samrådshandlingen vara klar i september 2026", "Enligt tidplanen ska bygget påbörjas ...": no order.
_SV_SCHEDULE_TOLD = re.compile(
    r"\s*enligt\s+(?:den\s+|gallande\s+|nuvarande\s+|faststallda\s+|beslutade\s+)?tidplan(?:en)?\b[^.;:]{0,120}?"
    r"\b(?:ska|skall|beraknas)\s+[^.;:]{0,80}?\b(?:vara\s+(?:klar|klart|fardig|fardigt|fardigstalld|fardigstallt|"
    r"genomford|genomfort)|ske|genomforas|paborjas|inledas|starta|borja|avslutas)\b"
)
#: An earlier decision recalled by its day and paragraph (folded): "Kommunstyrelsen beslutade 2026-06-17, § 104, att
#: uppdra åt ...", "... gav 2025-10-08, § 156, X i uppdrag att ...".
_SV_RECALLED_DECISION = re.compile(
    r"\b(?:beslutade|gav)\s+(?:den\s+)?(?:(?:19|20)\d\d-\d\d-\d\d|\d{1,2}\s+[a-z]+\s+(?:19|20)\d\d),?\s+§"
)
#: The sentence right after it, which says the assignment has been reported (folded): "Uppdraget redovisades på
#: arbetsutskottet 2026-09-02 ...", "Uppdraget har slutredovisats ...", "Uppdraget är slutfört".
_SV_REPORTED_DONE = re.compile(
    r"[\s.]*uppdraget\s+(?:(?:slut)?redovisades|har\s+(?:nu\s+)?(?:slut)?redovisats|ar\s+(?:nu\s+)?(?:slut)?redovisat|"
    r"ar\s+(?:nu\s+)?(?:slutfort|genomfort)|har\s+(?:nu\s+)?(?:slutforts|genomforts)|slutfordes|genomfordes)\b"
)
#: A sentence on an assignment, named with what it was about, told as done (folded): "Uppdraget att utreda X (KS
#: 2025-04-08 § 71) redovisades av Y i oktober och har därmed avslutats", "Uppdraget om Z har slutredovisats": a
#: report of the past, no deadline of the order before it (no modal in it: not "Uppdraget ska redovisas ...").
_SV_ASSIGNMENT_TOLD_DONE = re.compile(
    r"\s*uppdrag(?:et|en)\b(?:(?!\b(?:ska|skall|bor|maste)\b)[^.;:\n]){0,200}?\b(?:(?:slut)?redovisades|"
    r"(?:har|hade)\s+(?:(?:nu|redan|darmed|darfor|ocksa)\s+)?(?:(?:slut)?redovisats|avslutats|slutforts|genomforts)|"
    r"avslutades|slutfordes|genomfordes)\b"
)
_SENTENCE_STOP = re.compile(r"[.;!?](?:\s|$)")
#: The board's decision that closes it (folded): "Uppdraget om riktlinjer för sponsring avslutas", "... avskrivs".
#: (not "beslutar att uppdraget inte avslutas förrän ...", "ska ännu inte avskrivas", "avslutas inte": kept open)
_SV_CLOSED_NOW = re.compile(
    r"(?<!\binte )(?<!\bej )(?<!\binte kan )(?<!\binte ska )(?<!\binte skall )"
    r"\b(?:avslutas|avskrivs|avskrivas|forklaras\s+(?:slutfort|verkstallt))\b(?!\s+(?:inte|ej|icke)\b)"
)
#: A scope statement of an assignment, no task: "Utredaren ska inte lämna förslag som innebär ...", "Utredningen
#: ska inte föreslå ändringar i ...", "Uppdraget ska inte omfatta ...".
_SV_SCOPE_LIMIT = re.compile(
    # (past "heller" on either side: "Utredaren ska inte heller överväga ändringar i ...", "ska heller inte pröva")
    # (no task of the unit's own before it in the sentence: "Utredaren ska kartlägga tillsynen men ska inte överväga
    # ...", the task stands)
    r"(?:(?!\b(?:ska|skall|bor)\s+(?!dock\b|alltsa\b|heller\b|inte\b)[a-z])[^.;:]){0,60}?"
    # ("Kommittén behöver inte heller lämna förslag om ...": what it need not do)
    r"\b(?:ska|skall|bor|behover)\s+(?:dock\s+|alltsa\s+|heller\s+)?inte\s+(?:heller\s+)?"
    r"(?:lamna\s+(?:nagra\s+)?(?:forfattnings)?forslag|foresla|omfatta|innefatta|inbegripa|behandla\s+fragan|"
    # what the inquiry is not to weigh: "ska inte överväga ändringar i ...", "ska inte pröva frågan om ..."
    r"overvaga|prova|se\s+over|ta\s+stallning\s+till)\b"
    # a regleringsbrev's opening: "Regeringen beslutar att följande ska gälla under budgetåret 2026 för X ...": the
    # terms that follow, no task
    r"|[^.;:]{0,60}?\bfoljande\s+(?:villkor\s+)?(?:ska|skall)\s+galla\b"
    # "I uppdraget ingår (däremot) inte att pröva om ...", "Det ingår inte i uppdraget att ...": what is left out
    r"|\s*(?:i\s+(?:uppdraget|utredningens\s+uppdrag)\s+ingar|det\s+ingar)\s+(?:dock\s+|daremot\s+|alltsa\s+)?inte\b(?!\s+minst\b)"
)
#: A regleringsbrev's goal for an agency's activity (folded): "Vårdkvalitetsverkets verksamhet ska bidra till att ...",
#: "Myndighetens verksamhet ska präglas av ...", "Verksamheten ska kännetecknas av ...": an aim, no task.
_SV_ACTIVITY_AIM = re.compile(
    r"\s*(?:[a-z-]+s\s+)?verksamhet(?:en)?\s+(?:ska|skall)\s+(?:(?:aven|ocksa|sarskilt|fortsatt)\s+)?"
    r"(?:bidra\s+till|praglas\s+av|kannetecknas\s+av|vara\s+inriktad\s+pa)\b"
)
#: What follows a sentence's "bör" when it only advises (folded): no "ska", no commission, no date in the rest of the
#: sentence ("Kommittén bör hålla sig informerad om och beakta relevant arbete ..."; not "... bör senast den 1 mars
#: redovisa ...", "... bör prioritera medel för X under första halvåret 2026", "... bör, och ska ...").
_SV_ADVICE_ONLY = re.compile(
    r"(?![^.;:]*\b(?:ska|skall|senast|i\s+uppdrag|inom\s+(?:\d|en|ett|tva|tre|fyra|fem|sex|tio|tolv)\b|"
    r"(?:19|20)\d\d\b))[^.;:]*"
)
#: A decision's verb before the clause it decides (folded): "Nämnden beslutar att ", "Styrelsen beslöt att ".
_SV_DECIDED_BEFORE = re.compile(r"\b(?:beslutar|beslutade|beslot|beslutat)\s+att\s")


def _sv_advice_only(folded: str, unit, cue) -> bool:
    """ "Kommittén bör hålla sig informerad om ...": a "bör" that only advises (see ``_SV_ADVICE_ONLY``); not "Nämnden
    beslutar att förvaltningen bör se över ...", what a decision says a unit should do."""
    return (
        cue is not None
        and cue.kind == "modal"
        and folded.startswith("bor", cue.start, cue.end)
        and _SV_ADVICE_ONLY.match(folded, cue.end, unit.end) is not None
        and not _SV_DECIDED_BEFORE.search(folded, unit.start, cue.start)
    )


#: How an assignment is paid for, its costs the subject: "Kostnader för X:s del av uppdraget ska rymmas inom
#: myndighetens befintliga ramar", "Kostnaderna ska belasta anslaget ...", "Merkostnaderna finansieras inom
#: nämndens budget", "Utgifterna ska bekostas av ...": a funding rule, no task (a unit named in it is
#: not charged with anything).
_SV_COSTS_BORNE = re.compile(
    # a genitive after an acronym ("MSB:s del") keeps its colon
    r"\s*(?:kostnad(?:er|erna)?|merkostnad(?:er|erna)?|utgift(?:er|erna)?|finansieringen)\b(?:[^.;:]|:s\b){0,100}?"
    r"\b(?:(?:ska|skall|bor|kan)\s+(?:[a-z]+\s+)?)?"
    r"(?:rymmas|inrymmas|belasta|belastar|finansieras|bekostas|tackas|avraknas|hanteras\s+inom)\b"
)
#: The remit of a body a decree creates, the body named by a demonstrative (folded view): "Ce Fonds est chargé de
#: financer ...", "Cette Agence est chargée de la gestion ...", "Cet Office a pour mission de ...": what the body
#: is for, no order.
_FR_BODY_REMIT = re.compile(
    r"(?:ce|cette|cet)\s+(?:nouvel(?:le)?\s+)?(?:fonds|agence|office|organe|etablissement|structure|autorite|"
    r"observatoire|institut|centre|comite|conseil|commission|programme|dispositif|organisme|cadre)\s+"
    r"(?:est|sera)\s+(?:notamment\s+)?(?:chargee?|responsable)\s+d|"
    r"(?:ce|cette|cet)\s+(?:fonds|agence|office|organe|etablissement|structure|autorite|observatoire|institut|"
    r"centre|comite|conseil|commission|programme|dispositif|organisme|cadre)\s+(?:a|aura)\s+pour\s+(?:mission|objet|role)"
)
#: A sentence that tells what the act just adopted provides (folded view): "Aux termes de ce décret, l'Agence est
#: chargée de ...", "En vertu de cette loi, les communes devront ...": the act's content, no order of the meeting.
_FR_UNDER_THE_ACT = re.compile(
    # (not "En vertu du présent arrêté, la DDT devra ...": the text's own clause, an order)
    r"(?:aux\s+termes|en\s+vertu|au\s+sens)\s+(?:de\s+(?:ce|cet|cette|ces)|dudit|de\s+ladite)\s+(?:nouvel(?:le)?\s+)?(?:decrets?|lois?|arretes?|ordonnances?|textes?|edits?|statuts?|"
    r"conventions?|accords?|projets?\s+de\s+(?:loi|decret|texte))\b"
)
#: The pluperfect before a French lead-in's word of order (folded view): "la DNUM avait été chargée, lors du COPIL du
#: 12 mars, de ... :", "le comité avait demandé à la DRM de :": an order of an earlier meeting, told.
_FR_PLUPERFECT_BEFORE = re.compile(r"\bavai(?:en)?t\s+(?:ete\s+)?(?:\w+\s+)?$")
#: A French lead-in that asks everyone, no unit (folded view): "Je demande à chacun la plus grande prudence :", "nous
#: appelons à tous :": an appeal to the public, its items advice.
_FR_ASKS_EVERYONE = re.compile(
    r"[^.;:]{0,80}?\b(?:demande|demandons|appelle|appelons|invite|invitons|exhorte)\s+a\s+"
    r"(?:chacune?|tous|toutes\s+et\s+(?:a\s+)?tous|tout\s+le\s+monde)\b"
    # (not "demande à tous les services de l'État de transmettre ...": the units asked, as a group)
    r"(?!\s+(?:les|ces|nos|vos|ses|leurs)\s+(?:services|directions|administrations|chefs|responsables|directeurs|"
    r"operateurs|partenaires|maires|agents|etablissements|organismes|membres)\b)"
)
#: A French lead-in whose subject reports, in the present (folded view): "La DREAL présente les débits relevés
#: aux stations :", "Le Ministre indique les points suivants :", "L'ARS fait état des tensions suivantes :":
#: what follows the colon is what was reported, no order.
_FR_REPORTS_LEAD_IN = re.compile(
    r"[^.;:]{0,80}?\b(?:presente|presentent|indique|indiquent|signale|signalent|expose|exposent|fait\s+etat|"
    r"font\s+etat|detaille|detaillent|resume|resument|dresse|dressent)\b(?![^.;:]{0,80}?\b(?:demande|charge|invite)\w*)"
)
#: How a motion or a citizens' proposal is answered: "föreslår kommunfullmäktige besluta att motionen ska anses
#: besvarad", "att medborgarförslaget avslås", "att motionen bifalls": a decision on a proposal, no task.
_SV_MOTION_ANSWERED = re.compile(
    r"[^.;:]{0,120}?\batt\s+(?:motionen|medborgarforslaget|e-forslaget|forslaget)\s+(?:(?:ska|skall)\s+)?"
    r"(?:anses\s+besvarad|bifall|avsla|avslas)"
    # "Regionstyrelsen har berett motionen och föreslår att den ska anses besvarad": the motion named before, its
    # pronoun the subject
    r"|[^.;:]{0,120}?\bmotion\w*\b[^.;:]{0,60}?\batt\s+(?:den|det)\s+(?:(?:ska|skall)\s+)?"
    r"(?:anses\s+besvarad|bifall|avsla|avslas)"
)
#: A decision's clause that proposes to the body above what it should decide: "1. föreslå kommunfullmäktige att
#: godkänna delårsrapporten", "att föreslå regionfullmäktige att anta ...", "föreslå nämnden besluta att ...": the
#: body above decides, no task given here (folded).
_SV_PROPOSED_ABOVE = re.compile(
    r"\s*(?:att\s+)?(?:foresla|hemstalla\s+(?:hos|till))\s+(?:[a-z-]*fullmaktige|[a-z-]*styrelsen|[a-z-]*namnden|"
    r"regeringen|riksdagen|stamman|bolagsstamman|direktionen|forbundsfullmaktige)\s+(?:att|besluta|om)\b"
)
#: What the proposals of an inquiry must be or carry, the proposals the subject: "Förslag som innebär ökade
#: kostnader ska åtföljas av förslag till finansiering", "Förslagen ska vara förenliga med EU-rätten",
#: "Förslagen ska utformas så att ...": a requirement on a document, no task.
_SV_PROPOSALS_MUST = re.compile(
    r"\s*(?:forslag|forslagen|eventuella\s+forslag|de\s+forslag)\b[^.;:]{0,100}?\b(?:ska|skall|bor)\s+"
    r"(?:(?:dock|alltid|ocksa|aven)\s+)?(?:atfoljas|vara\s+forenlig|utformas|innehalla|kostnadsberaknas|grundas)"
    # ... and what a report or a plan must hold: "Rapporten ska innehålla ...", "Redovisningen ska även omfatta
    # ...", "Handlingsplanen bör beskriva ..."
    r"|\s*(?:den\s+|det\s+)?(?:[a-z]*rapporten|[a-z]*redovisningen|[a-z]*planen|sammanstallningen|analysen|"
    # ... or whom a guide must serve and what it must heed: "Vägledningen ska kunna användas av ... och ska beakta
    # ...", "Stödmaterialet ska utgå från ..."
    r"[a-z]*vagledningen|[a-z]*materialet|[a-z]*handboken|riktlinjerna)\b"
    r"[^.;:]{0,60}?\b(?:ska|skall|bor)\s+(?:(?:dock|alltid|ocksa|aven|minst)\s+)?"
    r"(?:innehalla|omfatta|innefatta|inkludera|belysa|beskriva|redogora\s+for|kunna\s+anvandas|beakta|utga\s+fran|"
    r"ta\s+hansyn\s+till)\b"
    # "Av redovisningen ska framgå vilka konsekvenser ...", "Av rapporten bör även framgå ...": what it must show
    r"|\s*av\s+(?:den\s+|det\s+)?(?:[a-z]*rapporten|[a-z]*redovisningen|[a-z]*planen|sammanstallningen|analysen|"
    r"underlaget)\s+(?:ska|skall|bor)\s+(?:(?:dock|alltid|ocksa|aven|tydligt|bland\s+annat)\s+)?framga\b"
)
#: A matter, with no one to act, done as a law or a decree says: "Việc xác định đối tượng, điều kiện ... thực hiện
#: theo Điều 76, Điều 77 Luật Nhà ở năm 2023", "Việc hỗ trợ ... được thực hiện theo Nghị định số 100/2024/NĐ-CP":
#: a norm, no order; so is one done as the rules in force have it ("Việc hỗ trợ người chăn nuôi bị thiệt hại thực hiện
#: theo quy định hiện hành về ...", "... theo quy định của pháp luật").
_VI_MATTER_BY_LAW = re.compile(
    r"\s*việc\s+[^.;]{0,160}?\b(?:được\s+)?(?:thực hiện|áp dụng|căn cứ)\s+(?:theo\s+)?"
    r"(?:(?:quy định\s+(?:tại|của)\s+)?(?:điều|khoản|luật|bộ luật|nghị định|thông tư|nghị quyết|quyết định)\b|"
    r"(?:các\s+)?quy định\s+(?:hiện hành|của pháp luật|pháp luật)\b)"
)
#: The opening of a Vietnamese letter's subject line: "Về việc ...", "V/v ...", "V/V ...", "Vv ...".
_VI_SUBJECT_LINE = re.compile(r"\s*(?:ve\s+viec|v\s*/\s*v|v\.v\.?|vv)\b")
#: A Vietnamese letter's distribution block, on a unit of its own: "Nơi nhận:" (then "- Như trên;", "- Lưu: VT, KT.").
#: A letter's distribution list on a line of its own (folded): "Nơi nhận:", and the English editions' "Recipients:",
#: "Distribution list:", "Receiving places:" (the units and the archive "Saved: VT, KT" below it receive the letter,
#: no task; not a bare "Distribution:", which may head a section on the distribution of relief).
_DISTRIBUTION = re.compile(r"\s*(?:noi\s+nhan|recipients|distribution\s+list|receiving\s+places)\s*:?\s*")
#: An Indian office's copy line, closing a unit before its colon (folded), the signature's lines run in before it:
#: "Copy to:", "Copy forwarded to:", "Copy for information and necessary action to:" (the offices copied, no task).
_COPY_TO_END = re.compile(
    r"\bcop(?:y|ies)\s+(?:(?:forwarded|submitted|sent|endorsed)\s+)?(?:for\s+(?:kind\s+)?information"
    r"(?:\s+and\s+(?:necessary|further)\s+action)?\s+)?to\s*$"
)
_AGENDA = re.compile(r"\b(?:ordre du jour|agenda|dagordning|chuong trinh (?:hop|lam viec|nghi su))\b")
_PETITION_TO_BODY = re.compile(r"\s+(?:the\s+)?(?:city\s+)?(?:council|cabinet)\b(?!\s+(?:staff|administration))")
_FROM_THE_PUBLIC = re.compile(
    r"\b(?:resident|residents|citizen|citizens|member of the public|members of the public|petitioners?|"
    # "Another speaker urged the city to ...": a speaker of the public comment, not the meeting's chair
    r"(?:another|a|one|each|several|other|many|two|three|the next|the last|a further)\s+speakers?|"
    # "Five speakers asked the Board to ...", "12 speakers urged ...": the public comment counted
    r"(?:four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}|numerous|multiple|some)\s+speakers)\b"
)
#: Where the public is named in an aside before the speaker (folded): "Regarding the pollution at X, which residents
#: have complained about, the provincial leader requested ...", "Concerning the complaints of residents, the Chair
#: asked ...": a relative clause or the matter the sentence opens on, no one of the public asking.
_PUBLIC_ASIDE_BEFORE = re.compile(
    r"(?:\b(?:which|that|whom|where)\s+(?:(?:the|many|local|some|several|nearby|other)\s+)?"
    r"|^\s*(?:regarding|concerning|as\s+(?:for|to)|with\s+(?:regard|respect)\s+to|in\s+response\s+to)\b[^,;]*)$"
)


def _public_speaks(text: str, end: int) -> bool:
    """Whether one of the public speaks before ``end`` ("Jane Roe, resident, urged Council to ..."), not where the
    public is only named in an aside closed by a comma before the one who speaks."""
    for hit in _FROM_THE_PUBLIC.finditer(text, 0, end):
        if "," in text[hit.end() : end] and _PUBLIC_ASIDE_BEFORE.search(text, 0, hit.start()):
            continue
        return True
    return False


#: "Bộ Y tế đã có Công văn số ... đề nghị ...": a request made earlier in a document, told as background.
_VI_DOCUMENT_TOLD = re.compile(
    r"\bđã\s+(?:có|ban hành|gửi|phát hành|ký)\s+(?:công văn|văn bản|tờ trình|quyết định|kế hoạch|chỉ thị|"
    r"thông báo|công điện)\b[^.;]{0,80}$"
)
#: A request in the passive with its agent: "chỉ tiêu năm 2026 được Thủ tướng Chính phủ giao là 2.150 căn", "kế
#: hoạch vốn được UBND tỉnh giao", "đã được Bộ Y tế yêu cầu": what someone was given, told, no order of the text
#: (the agent is one to six words, with no punctuation between "được" and the verb).
#: The end of a quotation, then its speaker before a verb of asking that ends the sentence (lower-case view):
#: '"Sở Y tế phải ...", đồng chí yêu cầu.', '"..." - Chủ tịch UBND tỉnh đề nghị.': the order is the quote's.
_VI_QUOTE_CLOSED = re.compile(r'["”»]\s*[,–-]?\s*[^"“”«».;:!?]{0,40}$')
_VI_PASSIVE_GIVEN = re.compile(r"\bđược\s+(?:[^\s,;.:]+\s+){1,6}$")
#: "Utgångspunkten är att ...", "The starting point is that ...": a premise of the assignment, no task.
_PREMISE = re.compile(
    r"\s*(?:utgangspunkten|en utgangspunkt|the (?:starting point|premise)|le (?:point de depart|principe))\b"
    r"[^.;]{0,40}?\b(?:ar|bor vara|ska vara|skall vara|is|est|reste)\s+(?:att|that|que|qu')"
    # "Regeringen bedömer att arbetet behöver samordnas": the government's assessment, the reasons for
    # the decision, not an order
    r"|\s*(?:regeringen|kommunstyrelsen|namnden)\s+(?:bedomer|anser|konstaterar|gor\s+bedomningen)\s+att\b"
)
#: A duty as the law gives it, told in the present: "Kommunerna ansvarar för skolskjuts enligt skollagen
#: (2010:800)", "Les communes sont responsables des transports scolaires en vertu du code de l'éducation", "The
#: municipalities are responsible for school transport under the Education Act": a premise, no order.
_LEGAL_DUTY = re.compile(
    r"\b(?:ansvarar|har\s+(?:huvud)?ansvar(?:et)?|ar\s+(?:huvud)?ansvarig[a]?)\s+for\b[^.;]{0,160}?\benligt\s+"
    r"(?:[a-z]+lagen|lagen|[a-z]*forordningen|[a-z]+balken)\b"
    r"|\b(?:est|sont)\s+(?:responsables?|competente?s?)\s+(?:de|du|des|d'|en\s+matiere)\b[^.;]{0,160}?\b"
    r"(?:en\s+vertu|aux\s+termes)\s+(?:de\s+la|du|de\s+l'|des)\s*(?:loi|code|decret|reglement)"
    r"|\b(?:is|are)\s+responsible\s+for\b[^.;]{0,160}?\bunder\s+(?:section\s+\d+\w*\s+of\s+)?the\s+"
    r"(?:[a-z]+\s+){0,4}(?:act|code|regulations?)\b"
)
#: What a unit answers for as a standing remit, after "ansvarar för" (folded view): a thing, not a task ("att ta
#: fram ..."), with no date it is due by ("... de allmänna färjeleder som ingår i det statliga vägnätet").
#: A Swedish sentence whose subject is the assignment or the work, no unit (folded view): "Uppdraget ska genomföras
#: i samråd med X, Y och Z", "Arbetet ska bedrivas tillsammans med ...".
_SV_WORK_SUBJECT = re.compile(
    r"\s*(?:uppdraget|uppdragen|arbetet|utredningen|redovisningen|oversynen|kartlaggningen)\s"
)
_SV_STANDING_REMIT = re.compile(
    r"\s+(?!att\b)(?![^.;]*\b(?:senast|inom|snarast|omgaende|till\s+och\s+med|fore|innan|i\s+uppdrag)\b)"
    # (not "... ansvarar för marknadsföringen och ska rapportera antalet sökande till styrelsens möte": a task
    # joined to the remit)
    r"(?![^.;]*\b(?:och|samt)\s+(?:ska|skall)\s)[^.;]*"
)
#: A lead-in that reports on orders ("celui-ci a fait le point de la mise en œuvre des directives :",
#: "reported on the implementation of the directions:"): its items are results, not orders.
_REPORT_ON = re.compile(
    r"\b(?:fait le point|rendu compte|dresse le bilan|fait le bilan|reported on|briefed|gave an update|"
    r"redogjorde|rapporterade|aterrapporterade)\b"
)
_ORDER_NOUN = re.compile(r"(?:directives?|instructions?|directions?|orientations?|taches|tasks|uppgifter\w*)")
_DATED = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d\b|\b(?:19|20)\d\d\b")
_PLURAL_DEPARTMENTS = re.compile(
    r"(?:(?:the\s+|these\s+|les\s+|ces\s+)?(?:departments|departements|departementen)\b(?!\s*,|\s+(?:of|de|for)\b)"
    r"|cac\s+so\s+(?:tren|nay|neu\s+tren)\b)"
)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our|all|newly|already)\s+$")
#: A plan's heading of its aims: "I. MỤC ĐÍCH, YÊU CẦU, MỤC TIÊU", "1. Objectives", "Objectifs", "Syfte och mål".
_OBJECTIVES_HEADING = re.compile(
    # "II. CHỈ TIÊU": the plan's targets ("100% cơ sở ... được kiểm tra"), no one's task
    # ("II. CHỈ TIÊU CHỦ YẾU", "CHỈ TIÊU CỤ THỂ": the same, qualified)
    r"\s*(?:muc\s+dich|muc\s+tieu|chi\s+tieu(?:\s+(?:chu\s+yeu|cu\s+the|chinh|co\s+ban))?[ \t]*:?[ \t]*(?:\n|$)|"
    r"objectives?|aims?\s+and\s+objectives|"
    r"objectifs?|syfte|malsattning|mal\b)"
)
#: A plan's section of tasks (folded view): "II. NHIỆM VỤ, GIẢI PHÁP", "II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU",
#: "II. CÁC NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM".
_VI_PLAN_TASKS_HEADING = re.compile(r"\s*(?:cac\s+)?nhiem\s+vu\s*(?:,|va)\s*giai\s+phap\b")
#: A plural noun right before "phải"/"cần" in an order that opens on its verb (lower view): a relative clause, "các
#: hộ phải di dời", "những công trình cần sửa chữa" (those that must), no subject of the order.
_VI_PLURAL_BEFORE_MODAL = re.compile(r"\b(?:các|những)\s+(?:[^\W\d_]+\s+){1,2}$")
#: An earlier document that set a duty, opening the sentence before its subject (folded): "Theo Kế hoạch số 96/KH-UBND
#: ngày 12/3/2026 của UBND tỉnh, ", "Theo quy định tại Công văn số ..., ".
_VI_DUTY_UNDER_DOCUMENT = re.compile(
    r"theo\s+(?:quy\s+dinh\s+tai\s+)?(?:ke\s+hoach|cong\s+van|van\s+ban|quyet\s+dinh|chi\s+thi|thong\s+bao|"
    r"cong\s+dien|huong\s+dan)\s+so\s+[^,;:]{2,80},\s*[^,;:]{2,80}$"
)
#: Those a condition picks out, then "thì" before the order (lower view): "các địa phương đã gửi nhưng chưa đạt yêu
#: cầu thì ", "hộ nào chưa kê khai thì ", "đơn vị nào chậm thì " (a group or "nào", a clause with no stop).
_VI_THEN_ORDER = re.compile(
    r"(?:các|những)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+[^.;:\n]{2,100}?\s+thì\s+"
    r"|[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s+nào\s+[^.;:\n]{2,80}?\s+thì\s+"
)
#: A chỉ thị's section of what all keep (folded view): "I. NHIỆM VỤ CHUNG", "1. Yêu cầu chung".
_VI_GENERAL_TASKS_HEADING = re.compile(
    r"\s*(?:(?:[ivx]{1,4}|\d{1,2})[ \t]*[.)][ \t]*)?(?:nhiem\s+vu|yeu\s+cau)\s+chung\s*:?\s*"
)
#: The later section that gives each unit its part (folded view): "III. TỔ CHỨC THỰC HIỆN" on a line of its own.
_VI_IMPLEMENTATION_HEADING = re.compile(
    r"(?m)^[ \t]*(?:[ivx]{1,4}|\d{1,2})[ \t]*[.)][ \t]*to\s+chuc\s+thuc\s+hien[ \t]*:?[ \t]*$"
)
#: A Vietnamese document's kind on a line of its own, its name in the lines below it (folded view): "KẾ HOẠCH",
#: "QUYẾT ĐỊNH", "CHỈ THỊ", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "THÔNG BÁO".
_VI_DOCUMENT_KIND = re.compile(
    r"\s*(?:ke\s+hoach|quyet\s+dinh|chi\s+thi|thong\s+bao|bao\s+cao|cong\s+dien|nghi\s+quyet|de\s+an|to\s+trinh|"
    r"chuong\s+trinh(?:\s+hanh\s+dong)?)\s*"
)
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\b[^,.;]{0,50}$")
#: "that" as a demonstrative in an opening phrase before the subject (folded): "On that basis, ", "In that case, the ".
_EN_THAT_OPENER = re.compile(r"\bthat\s+[a-z]+\s*,\s*(?:the\s+)?$")
#: (not the stop of an honorific: "directed the Chief Officer for Health, Dr. Jane Mwangi, to ...")
_SENTENCE_END = re.compile(r"(?<!\b[Mm]r)(?<!\b[Mm]s)(?<!\b[Mm]rs)(?<!\b[Dd]r)[.!?](?:\s|$)|\n")
#: After a unit's name these verbs report ("Sở Xây dựng báo cáo tiến độ chậm"), they assign nothing.
#: A period that opens a Vietnamese order: "Định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 05/12), ".
_VI_PERIODIC_OPENER = re.compile(r"\s*(?:định kỳ|hằng|hàng)\s+[^,;.]{1,80}?,\s*")
#: What a group all did, told (Vietnamese): "các sở, ngành đều báo cáo ..." (not "đều phải báo cáo", an order).
_VI_ALL_DID = re.compile(r"\bđều\s+(?!phải\b|cần\b|có trách nhiệm\b)")
#: A report with its due date: "báo cáo kết quả ... trước ngày 10/5", "gửi báo cáo ... chậm nhất ngày".
_VI_REPORT_DUE = re.compile(r"\b(?:trước|chậm nhất|định kỳ|hằng tháng|hằng quý)\b")
#: A report's due date written out (lower view): "trước ngày 15/6/2026", "chậm nhất ngày 10/5", "trước 30/9".
_VI_REPORT_DATED = re.compile(r"\b(?:trước|chậm nhất(?:\s+là)?|không muộn hơn)\s+(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}\b")
#: The grounds an order gives between its unit and its verb: "căn cứ diễn biến của bão, ", "căn cứ vào tình hình
#: thực tế, ", "trên cơ sở kết quả rà soát, ", "tùy theo mức độ ảnh hưởng, ", "trong phạm vi thẩm quyền, ".
_VI_GROUNDS_BEFORE_VERB = re.compile(
    # "căn cứ chức năng, nhiệm vụ (được giao)", "theo chức năng, nhiệm vụ, quyền hạn,": the remit, comma or not
    r"(?:căn cứ|theo|trong phạm vi)\s+chức năng,\s*nhiệm vụ(?:,\s*quyền hạn)?"
    r"(?:\s+(?:được giao|của (?:mình|đơn vị|ngành)))?\s*,?\s*(?=\S)|"
    r"(?:căn cứ(?: vào)?|trên cơ sở|tùy theo|tuỳ theo|trong phạm vi|theo chức năng|theo thẩm quyền)\s+[^,;.:]{1,80},\s*"
)
#: The head of a unit at the start of an order, before the unit's name: "Giám đốc Sở ...", "Thủ trưởng ...",
#: "Chánh Văn phòng ...", "Chỉ huy trưởng Bộ Chỉ huy ...", "Tổng Biên tập Báo ...", "Trưởng ban ...", a minister
#: addressed by the government ("Bộ trưởng Bộ Y tế hướng dẫn ...": the title, then the ministry), and the
#: chair of a lower level's committee, addressed in a notice of the level above ("Chủ tịch UBND huyện X, huyện Y
#: tổ chức ..."; the chair of the issuing committee is the one who speaks). A province's chair with the province
#: named is addressed by a notice of the government ("Chủ tịch UBND tỉnh X trực tiếp chỉ đạo ...", the group
#: ``province``; see :meth:`_Reader.head_as_subject`).
#: Between localities listed under one head: ", huyện ", " và xã ", ", ".
#: The head the committees of the places listed after it share (folded view): "Ủy ban nhân dân các tỉnh ", "UBND các
#: huyện ", "Chủ tịch UBND các xã ", before the first place's name ("tỉnh A, B", "huyện C và huyện D").
#: A head's title before the name a numbered label line gives (lower view): "Bộ trưởng Bộ Y tế", "Giám đốc Sở X",
#: "Chủ tịch UBND các tỉnh: A, B"; the join between the names of its list; its end.
_VI_LABEL_TITLE = re.compile(
    r"\s*(?:phó\s+)?(?:bộ trưởng|thủ trưởng|giám đốc|tổng giám đốc|chủ tịch|chánh văn phòng|chỉ huy trưởng|"
    r"trưởng ban|cục trưởng|chi cục trưởng|viện trưởng|hiệu trưởng|tổng biên tập)\s+"
)
#: Between two heads of a subject (lower view): ", " or " và " before the next title.
_VI_HEAD_JOIN = re.compile(r"\s*(?:,\s*(?:và\s+)?|\s+và\s+)")
_VI_LABEL_JOIN = re.compile(r"\s*[,;]?\s*(?:và\s+)?")
_VI_LABEL_END = re.compile(r"\s*[:.;]?\s*")
#: A role in brackets at a label's end, after the unit's name (lower view): "(cơ quan thường trực ...)", "(chủ trì)"
#: (not a partner: "(phối hợp với ...)").
_VI_LABEL_ASIDE = re.compile(r"\s*\((?!phối hợp)[^()\n]{2,120}\)\s*[:.;]?\s*$")
_VI_HEAD_OF_PLACES = re.compile(r"\s*(?:chu\s+tich\s+)?(?:ubnd|uy\s+ban\s+nhan\s+dan)\s+cac\s+")
_VI_PLACE_JOIN = re.compile(r"\s*(?:,|và)\s*(?:và\s+)?(?:huyện|xã|phường|quận|thị xã|thành phố)?\s*")
_VI_HEAD_TITLE = re.compile(
    # ("Phó Giám đốc Sở Y tế chỉ đạo ...", "Phó Chánh Văn phòng ...", "Thứ trưởng Bộ X ...": a deputy stands for
    # the unit as its head does)
    r"\s*(?:phó\s+)?(?:giám đốc|thủ trưởng|chánh văn phòng|chỉ huy trưởng|tổng biên tập|trưởng ban|cục trưởng|"
    r"chi cục trưởng|viện trưởng|hiệu trưởng|bộ trưởng|thứ trưởng|"
    r"chủ tịch(?=\s+(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+(?:huyện|xã|phường|quận|thị xã)\s)|"
    r"(?P<province>(?:phó\s+)?chủ tịch(?=\s+(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+(?:tỉnh|thành phố)\s)))\s+"
)
#: The head asked in the passive, then the work (lower view): "Giám đốc Sở Y tế được yêu cầu chủ động ...", "Chánh
#: Văn phòng được giao theo dõi ..." (not "được đề nghị tại Tờ trình", where the request is told).
_VI_HEAD_ASKED = re.compile(
    r"(?:cũng\s+|tiếp tục\s+)?được\s+(?:đề nghị|yêu cầu|giao)\s+(?!(?:tại|trong|theo|bởi|của|là|với|khi|trên|ở|làm)\b)"
    r"(?=[^\W\d_])"
)
#: The head of a unit named by its kind alone (lower view): "Chủ tịch UBND huyện", "Giám đốc Sở", "Thủ trưởng cơ quan".
_VI_HEAD_OF_KIND = re.compile(
    r"\s*(?:phó\s+)?(?:chủ tịch|giám đốc|thủ trưởng|trưởng ban|chánh văn phòng|chỉ huy trưởng)\s+"
    r"(?P<kind>(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+(?:huyện|xã|phường|quận|thị xã|thành phố|tỉnh)|sở|ban|"
    r"trung tâm|chi cục)\s+"
)
#: A tense that may qualify a noun after the verb (lower view): "giấy phép đã cấp", "các dự án đang thi công".
_VI_PARTICIPLE_TENSE = re.compile(r"(?:đã|vừa|đang)$")
#: What opens a clause of its own before such a tense (lower view): "..., đã xử phạt", "... và đã hoàn thành".
_VI_CLAUSE_BEFORE_TENSE = re.compile(r"(?:[,;:]|\bvà|\bnhưng|\bcòn)\s*$")
#: A link between a unit and its verb that adds the task to one before (lower view): "Sở đồng thời rà soát ...", "Sở Y
#: tế cũng tăng cường ...", "Huyện còn phải ...".
_VI_LINK_BEFORE_VERB = re.compile(r"(?:đồng thời|cũng|còn|ngoài ra)\s*,?\s*")
#: The unit a head works alongside, before the verb: "trực tiếp cùng Công an xã vận động ...", "cùng với ...".
_VI_ALONG_WITH = re.compile(r"(?:trực tiếp\s+)?cùng(?:\s+với)?\s+")
#: A named official before the head's title: "Đồng chí Vũ Đức Toàn, Phó Chủ tịch UBND xã trực tiếp ...", "Ông
#: Nguyễn Văn A, Giám đốc Sở Y tế chỉ đạo ..." (lower-case view).
_VI_NAMED_OFFICIAL = re.compile(r"\s*(?:đồng chí|ông|bà)\s+(?:[^\W\d_]+\s+){1,4}?[^\W\d_]+\s*,\s*")
_VI_GROUP_SUBJECT = re.compile(
    # "UBND các huyện, thị xã, thành phố tiếp tục ...": the committees of a level, as a group; "Các đảng ủy trực
    # thuộc Tỉnh ủy định kỳ ... báo cáo ...", "Các cấp ủy, chi bộ ...": the Party's committees of a level
    # "..., đồng thời UBND các xã, phường có dự án đi qua đẩy nhanh ...", "Cùng với đó, UBND các huyện chỉ đạo ...":
    # the group after a linking word
    r"(?:(?:đồng thời|ngoài ra|cùng với đó|bên cạnh đó|song song với đó|kèm theo đó|mặt khác|tiếp đó),?\s+)?"
    # "Xã cần ưu tiên ...", "Thôn phải ...": a level below named by its kind alone, each of them (not the district
    # the order before went to)
    r"(?:(?:xã|phường|thị trấn|thôn|ấp|bản|tổ dân phố|khu phố)(?=\s+(?:cũng\s+|còn\s+)?(?:cần|phải|nên)\s)|"
    r"(?:(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+)?"
    r"(?:các|những)\s+(?:sở|ngành|địa phương|đơn vị|cơ quan|huyện|bộ|chủ đầu tư|đảng ủy|đảng uỷ|cấp ủy|cấp uỷ|chi bộ|"
    # "UBND các xã, thị trấn xây dựng kế hoạch ...": the committees of the level below, by their kinds
    # "Các doanh nghiệp viễn thông trên địa bàn di dời hệ thống cáp ...": the businesses of a trade, told their part
    r"xã|phường|thị trấn|quận|thị xã|tỉnh|doanh nghiệp|"
    # "Các phòng, đơn vị rà soát ...", "Các phòng chuyên môn ...": a Sở's own divisions (not "các phòng học")
    r"phòng(?!\s+(?:học|họp|khám|bệnh|chờ|trọ|ở)\b))"
    # "Các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã, phường ...": the groups of two levels, one after the other
    r"(?:\s*,\s*(?:(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+(?=các\s))?(?:các\s+)?"
    r"(?:sở|ban(?!\s+hành)|ngành|địa phương|đơn vị|cơ quan|huyện|thị xã|thành phố|bộ|xã|phường|thị trấn|quận|tỉnh|"
    r"phòng)(?:\s+(?:liên quan|tỉnh|thành phố))?)*"
    # "Các cơ quan chuyên môn thuộc UBND huyện ...": the group under a committee
    r"(?:\s+chuyên môn)?(?:\s+(?:trực\s+)?thuộc\s+(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+"
    r"(?:tỉnh|huyện|xã|thành phố|thị xã|quận))?)"
)
#: The divisions of a unit, before the unit's name (folded view): "các phòng chuyên môn, đơn vị trực thuộc Sở X",
#: "các phòng, ban, đơn vị thuộc Sở Y", "các Vụ, Cục thuộc Bộ Z": the unit's own parts, addressed through it.
_VI_DIVISION = (
    r"(?:cac\s+)?(?:phong|ban|chi\s+cuc|trung\s+tam|don\s+vi|bo\s+phan|cuc|vu)"
    r"(?:\s+(?:chuyen\s+mon|nghiep\s+vu|chuc\s+nang))?"
)
_VI_DIVISIONS_OF = re.compile(rf"\s*{_VI_DIVISION}(?:\s*(?:,|va)\s*{_VI_DIVISION})*\s+(?:truc\s+)?thuoc\s+")
#: An official addressed by name before the unit he heads or works with (folded view): "đề nghị đồng chí Lê Văn
#: A cùng tập thể lãnh đạo Sở Y tế ...", "yêu cầu ông Trần B, Giám đốc Sở Nội vụ, ...": the unit is the addressee.
_VI_OFFICIAL_BY_NAME = re.compile(
    r"\s*(?:dong chi|ong|ba)\s+(?P<name>(?:[^\W\d_]+\s+){1,3}[^\W\d_]+)"
    r"(?:\s*,\s*|\s+(?:cung(?:\s+voi)?|va)\s+(?:(?:tap the|toan the)\s+)?)"
)
#: The heads of a group of units as a subject (lower view): "Trưởng các phòng, Chi cục trưởng các chi cục chủ động
#: ...", "Thủ trưởng các đơn vị trực thuộc ...", "Giám đốc các trung tâm ...": all of them, no one unit.
_VI_HEADS_OF_GROUP = re.compile(
    r"\s*(?:giám đốc|thủ trưởng|trưởng|chi cục trưởng|cục trưởng|hiệu trưởng|người đứng đầu|lãnh đạo)\s+các\s+"
)
#: The same heads as a whole subject, one group after another (lower view): "Giám đốc các sở, Thủ trưởng các ban,
#: ngành, Chủ tịch UBND các xã, phường nghiêm túc triển khai ...", "Hiệu trưởng các trường và Trưởng các phòng ...":
#: each title with its kinds of units, up to the verb.
_VI_HEAD_OF_KINDS = (
    r"(?:giám đốc|thủ trưởng|trưởng|chi cục trưởng|cục trưởng|hiệu trưởng|người đứng đầu|lãnh đạo|chủ tịch|"
    r"bộ trưởng)\s+(?:(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+)?các\s+"
    r"(?:sở|ban|ngành|bộ|cơ quan|đơn vị|địa phương|phòng|chi cục|cục|trung tâm|trường|doanh nghiệp|huyện|quận|xã|"
    r"phường|thị trấn|thị xã|thành phố|tỉnh)"
    r"(?:\s*,\s*(?:các\s+)?(?:sở|ban|ngành|bộ|cơ quan|đơn vị|địa phương|phòng|chi cục|trung tâm|trường|huyện|quận|"
    r"xã|phường|thị trấn|thị xã|thành phố|tỉnh)\b(?!\s+các\b))*"
    r"(?:\s+(?:liên quan|trực thuộc|thuộc (?:tỉnh|sở|huyện|thành phố)))?"
)
_VI_HEADS_OF_GROUPS_SUBJECT = re.compile(rf"\s*{_VI_HEAD_OF_KINDS}(?:\s*(?:,|và|,\s*và)\s*{_VI_HEAD_OF_KINDS})*")
#: The time an order is to be carried out in, a clause of its own with no subject (folded view): "thời gian cao điểm
#: từ ngày 01/02 đến hết ngày 05/3", "thời hạn hoàn thành trước ngày 30/6", "thời gian thực hiện: quý III".
_VI_TIME_OF_ORDER = re.compile(
    r"\s*thoi\s+(?:gian|han)(?:\s+(?:cao\s+diem|thuc\s+hien|hoan\s+thanh|trien\s+khai|to\s+chuc|ra\s+quan|"
    r"bao\s+cao|gui\s+bao\s+cao))?\s*:?\s*(?:tu|truoc|den|trong|cham\s+nhat|ngay|thang|quy|nam|\d)"
)
#: A group of units named by their level: "UBND các huyện, thị xã, thành phố".
#: An item that opens on its unit's role: "Là cơ quan thường trực, chủ trì ...", "Là đầu mối ...".
_VI_ROLE = re.compile(r"\s*là\s+(?:cơ quan|đơn vị|đầu mối)\b")
#: A unit given a role with its tasks and their due date (lower view): "Phòng Quản lý ngân sách là đầu mối tiếp
#: nhận, tổng hợp, báo cáo Giám đốc Sở trước ngày 20/3/2027", "Trung tâm Y tế là cơ quan thường trực, theo dõi ...,
#: báo cáo trước ngày ...". The name may be one the directory does not hold.
_VI_UNIT_ROLE = re.compile(
    r"\s*(?:phòng|sở|ban|trung tâm|văn phòng|chi cục|cục|tổ công tác|công an|thanh tra|kho bạc|bộ phận)\s+"
    r"[^,;.:]{0,80}?\s+là\s+(?:cơ quan|đơn vị|đầu mối)\b(?:[^.;]{0,200}?"
    r"\b(?:tiếp nhận|tổng hợp|tham mưu|theo dõi|đôn đốc|hướng dẫn|báo cáo|thực hiện)\b"
    r"[^.;]{0,200}?\b(?:trước|chậm nhất|hạn chót)\s+(?:(?:vào\s+)?ngày\s+)?\d"
    # "Phòng X là cơ quan thường trực, tham mưu UBND huyện theo dõi, đôn đốc ...": the standing role, then its
    # tasks listed after a comma (their due date may come after a semicolon)
    r"|(?:\s+(?:thường trực|đầu mối|chủ trì|chủ quản))?\s*,\s*(?:chủ trì,?\s*)?"
    r"(?:tham mưu|theo dõi|đôn đốc|tổng hợp|hướng dẫn|tiếp nhận|kiểm tra|phối hợp)\b)"
)
_VI_GROUP_OF_UNITS = re.compile(
    # "Chủ tịch UBND các xã, phường ven biển ...": their chairmen, for them
    # "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương": the provinces', in a notice of the Government
    r"(?:chủ tịch\s+)?(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+các\s+(?:tỉnh|huyện|quận|xã|phường|thị xã|thành phố)\b"
)
#: A sentence with no subject that opens on a task's verb with its own object (folded view), not on finishing or
#: reporting the work before ("Hoàn thành trước ngày ...", "Báo cáo kết quả ..."): "Kiểm tra an toàn các hồ chứa, hoàn
#: thành trong quý III", "Rà soát hồ sơ ..., xong trước ngày 30/6".
_VI_OWN_TASK_START = re.compile(
    r"\s*(?:(?:dong thoi|ngoai ra),?\s+)?"
    # "Huyện cần rà soát ...", "Xã phải kiểm tra ...": the unit addressed, named by its kind, then its duty
    r"(?P<addressed>(?:huyen|xa|phuong|thi xa|thanh pho|so|don vi)\s+(?:cung\s+)?(?:can|phai)\s+)?"
    # "Bộ xây dựng phương án ...": a ministry or department by its kind, its verb right after (see the shape's use)
    r"(?P<kind>(?:bo|cuc|chi cuc|trung tam)\s+)?"
    # "Phối hợp với UBND các xã rà soát quỹ đất ..., hoàn thành trong quý II": the task, with the units it works with
    r"(?:phoi hop(?:\s+chat che)?\s+voi\s+[^.;:]{3,80}?\s+)?"
    r"(?:kiem tra|ra soat|xay dung|lap|thanh lap|chi dao|huong dan|tham muu|de xuat|"
    r"bo tri|xu ly|giam sat|dieu tra|kiem ke|sua chua|nang cap|di doi|to chuc(?!\s+thuc hien)|soan thao|"
    r"ban hanh|cung co|kien toan|mua sam|tap huan|tuyen truyen)[\s,]"
)
#: A request told in the passive, its subject the one asked (lower view): "Các doanh nghiệp được đề nghị bảo đảm đủ
#: nguồn cung", "Sở Y tế được yêu cầu báo cáo ..." (not "đã được đề nghị", told; not "được đề nghị tại Tờ trình").
_VI_PASSIVE_REQUEST = re.compile(
    r"[^.;:]{2,80}?(?<!đã)\s+được\s+(?:(?:đề nghị|yêu cầu)\s+(?!(?:tại|trong|theo|bởi|của|là|với|khi|trên|ở)\b)"
    r"[^\W\d_])"
)
#: A task given in the passive (lower view): "Sở X được giao rà soát, đề xuất ...", the verb of the work after it (not
#: "vốn được giao năm 2025", "được giao làm chủ đầu tư": what was allotted, a role); the unit right before "được"
#: (not "trên diện tích rừng được giao quản lý": the forest in one's care).
_VI_PASSIVE_TASK = re.compile(
    # ("Sở X được UBND tỉnh giao rà soát ...": the giver named between)
    r"[^.;:]{2,80}?(?<!đã)(?P<given>\s+được\s+(?:(?:ubnd|ủy ban|uỷ ban|chủ tịch|thường trực|hđnd|tỉnh ủy|huyện ủy|"
    r"thành ủy|ban thường vụ|bộ|thủ tướng|chính phủ)[^.;:,]{0,40}?\s+)?giao\s+)(?:nhiệm vụ\s+)?"
    r"(?=(?:chủ trì|" + CUES["vi"].imperative.pattern + r")(?!\w))"
)
#: What may come before the subject of "được giao" (lower view): an item's mark, an opener and its comma (not one
#: that cites the act that gave the task: "Theo Quyết định ...,", "Căn cứ ...,", "Tại Kế hoạch ...,").
_VI_PASSIVE_SUBJECT_BEFORE = re.compile(
    r"\s*(?:(?:\d{1,2}[.)]|[a-zđ]\)|[-–+•*])\s*)?(?:(?!theo\b|căn cứ\b|tại\b|thực hiện\b)[^,.;:]{2,60},\s*)?"
)
#: The time just past opening a clause (lower view): "thời gian qua", "trong thời gian vừa qua", "những tháng qua".
_VI_PAST_PERIOD_START = re.compile(
    r"\s*(?:trong\s+)?(?:thời gian|những năm|những tháng|năm|tháng|tuần)\s+(?:vừa\s+)?qua\b"
)
#: A task as the subject of an obligation (lower view): "Việc bàn giao mặt bằng ... phải hoàn thành ...", "Công tác
#: kiểm đếm cần xong ...", up to the modal.
_VI_TASK_SUBJECT = re.compile(r"\s*(?:việc|công tác)\s+[^,.;:]{3,120}$")
#: A label made only of groups of units and their heads, on a line of its own over its lettered tasks (lower view):
#: "Giám đốc các Sở, Thủ trưởng các ban, ngành, Chủ tịch UBND các huyện, thị xã, thành phố", "Các sở, ban, ngành
#: và UBND các xã, phường": all of them, no one unit.
_VI_GROUP_KINDS = (
    r"(?:sở|ban|ngành|cơ quan|đơn vị|địa phương|tỉnh|huyện|quận|thị xã|thành phố|xã|phường|thị trấn|doanh nghiệp|"
    # ("Trưởng các khu phố", "Trưởng các thôn, tổ dân phố": the heads of the places under a commune)
    r"hội|đoàn thể|tổ chức|phòng|trung tâm|chủ đầu tư|chi cục|khu phố|tổ dân phố|thôn|ấp|khối phố)"
    r"(?:\s+(?:có\s+)?liên quan|\s+trực thuộc)?"
)
_VI_GROUP_HEAD = (
    r"(?:(?:giám đốc|thủ trưởng|chủ tịch|trưởng|người đứng đầu|lãnh đạo|bí thư)\s+)?"
    r"(?:(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+)?các\s+"
)
_VI_GROUP_LABEL = re.compile(
    rf"{_VI_GROUP_HEAD}{_VI_GROUP_KINDS}(?:\s*(?:,|;|và)\s*(?:{_VI_GROUP_HEAD})?{_VI_GROUP_KINDS})*"
    # which of them, a short qualifier: "Chủ tịch UBND các xã, phường có rừng", "UBND các huyện ven biển", "các xã
    # có dự án đi qua" (not "có trách nhiệm", a duty)
    r"(?:\s+(?:có(?! trách nhiệm| nhiệm vụ)|ven|vùng|trên địa bàn|nằm trong)\b(?:\s+[^\W\d_]+){0,5})?"
    r"\s*[:.]?\s*"
)
#: The units under a unit, as a group (lower view): "Các phòng, chi cục, đơn vị thuộc Sở", "Các đơn vị trực thuộc
#: Sở Y tế", "Các phòng, ban, trung tâm thuộc UBND huyện".
_VI_UNITS_UNDER = re.compile(
    r"\s*(?:các|những)\s+(?:phòng|chi cục|trung tâm|ban|đơn vị|cơ quan|phòng ban|tổ chức)"
    r"(?:\s*(?:,|và)\s*(?:các\s+)?(?:phòng|chi cục|trung tâm|ban|đơn vị|cơ quan|phòng ban|tổ chức|hội|đoàn thể))*"
    r"\s+(?:trực\s+)?thuộc\s+"
)
#: An item that starts with a proper name (two capitalised words): a body of its own, known or not.
#: A Vietnamese order that opens on a verb of directing, with no subject: "Chỉ đạo Ban Quản lý cảng cá ...",
#: "Hướng dẫn các hợp tác xã ...", "Đồng thời chỉ đạo ...".
_VI_SUPERVISES = re.compile(r"\s*(?:(?:đồng thời|ngoài ra|trong đó),?\s+)?(?:chỉ đạo|hướng dẫn|đôn đốc)\s")
#: The committees of every province, or their chairs, as a lead-in's addressees (folded view): "đề nghị Chủ tịch UBND
#: các tỉnh, thành phố chỉ đạo ... các nội dung sau:", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:".
_VI_EVERY_PROVINCE = re.compile(r"\b(?:chu\s+tich\s+)?(?:ubnd|uy\s+ban\s+nhan\s+dan)\s+cac\s+tinh\b")
#: A leader who speaks, no unit of the directory, and "chỉ đạo" (lower-case view): "Đối với khu X, Bí thư Tỉnh ủy chỉ
#: đạo Sở Y phối hợp ...", "Phó Thủ tướng cũng chỉ đạo Bộ Z ...": the unit named after the verb is the one directed
#: (a unit that "chỉ đạo" the bodies under it keeps the order: "Sở Y tế chỉ đạo Trung tâm ...").
_VI_SPEAKER_DIRECTS = re.compile(
    r"(?:^|[,:]\s*)(?:đồng chí\s+)?(?:phó\s+)?(?:bí thư|chủ tịch|thủ tướng|bộ trưởng|đồng chí)\b[^,.;:]{0,50}?\s"
    r"(?:cũng\s+|tiếp tục\s+|trực tiếp\s+)?(?P<verb>chỉ đạo)\s+(?!của\b|cho\b|việc\b)"
)
#: A ministry or a department as the subject (folded view), one that directs the bodies under it: "Bộ Công Thương",
#: "Sở Y tế", "Bộ trưởng Bộ Xây dựng", "Giám đốc Sở Tài chính".
_VI_SUPERVISING_SUBJECT = re.compile(r"(?:(?:bo\s+truong|giam\s+doc|thu\s+truong)\s+)?(?:bo|so)\s+[a-z]")
#: A request verb that gives work to the unit's own people, no unit (lower-case view): "...; phân công lãnh đạo
#: trực tiếp phụ trách từng dự án", "cử cán bộ theo dõi", "giao 01 đồng chí Phó Giám đốc chỉ đạo": the unit of the
#: order acts.
_VI_OWN_PEOPLE = re.compile(
    r"\s*(?:(?:các|một|mỗi|\d{1,2})\s+)?(?:đồng chí\s+)?(?:lãnh đạo|cán bộ|công chức|viên chức|thành viên|"
    r"cấp ủy viên|cấp uỷ viên|đảng viên|"
    r"chuyên viên|nhân sự|người|đồng chí|phó giám đốc|phó chủ tịch)\b"
    r"(?!\s+(?:ubnd|ủy ban|uỷ ban|sở|ban|bộ|cục|phòng|trung tâm|công an|các sở|các ngành|huyện|tỉnh|xã)\b)"
)
#: A link to the order before, then a request with no addressee (input view, in lower case): "...; trong đó lưu ý
#: ...", "...; đồng thời, lưu ý ...".
_VI_LINKED_REQUEST = re.compile(r"(?:trong đó|đồng thời)\s*,?\s*")
#: The kind of unit an item opens on when its name is not in the directory: "Ban Quản lý Khu kinh tế Đông Nam",
#: "Văn phòng UBND tỉnh", "Trung tâm Y tế huyện", "Chi cục Thủy lợi", "Bộ Chỉ huy Quân sự tỉnh".
_VI_UNIT_HEAD = re.compile(
    r"\s*(?:ban quản lý|văn phòng|trung tâm|chi cục|ban chỉ huy|bộ chỉ huy|kho bạc|ban dân tộc|ban tổ chức)\s+"
)
#: What is no part of a unit's name between its kind and its verb: punctuation, a tense, a link word ("Văn phòng
#: UBND tỉnh thông báo để các cơ quan ... thực hiện", "Trung tâm đã tổ chức ...").
_VI_NOT_A_NAME = re.compile(
    r"[,;:.()]|\b(?:đã|đang|vừa|sẽ|để|là|có|được|cho biết|thông báo|báo cáo|cùng|và|với|tại|của|cho)\b"
)
_VI_PROPER_NAME = re.compile(r"\s*[A-ZÀ-ỸĐ][^\W\d_]*\s+[A-ZÀ-ỸĐ][^\W\d_]*\s")
#: "Riêng UBND phường X ...", "Riêng đối với Sở Y tế, ...": one unit singled out, its own order after it.
_VI_SINGLED_OUT = re.compile(r"\s*rieng(?:\s+doi\s+voi)?\s+")
#: A statement of what a work is, no order: "Giải ngân vốn đầu tư công là nhiệm vụ chính trị trọng tâm ...",
#: "Chuyển đổi số là yêu cầu bắt buộc ...", "Dự án X là công trình trọng điểm của tỉnh", "... là dự án động lực".
_VI_IS_A_TASK = re.compile(
    r"[^,;:.]{3,80}?\slà\s+(?:một\s+)?(?:nhiệm vụ|trách nhiệm|yêu cầu|mục tiêu|giải pháp|khâu|vấn đề|động lực|"
    r"công trình|dự án|chương trình)\b"
)
_VI_REPORTING = re.compile(r"(?:báo cáo|trình bày|cho biết|đánh giá|phát biểu|thông tin|giới thiệu)\b")
#: What a group must hold a work to be, no order: "Các cấp ủy, người đứng đầu ... phải xác định chuyển đổi số là
#: nhiệm vụ chính trị thường xuyên", "... cần coi đây là nhiệm vụ trọng tâm".
_VI_REGARD_AS = re.compile(
    r"\b(?:phải|cần)\s+(?:xác định|coi|nhận thức)\s+[^,;:.]{2,60}?\slà\s+(?:một\s+)?(?:nhiệm vụ|trách nhiệm|yêu cầu|"
    r"giải pháp|khâu)\b"
)
#: An order given before, told, right before the verb of the unit it went to (lower-case view): "Chủ tịch UBND tỉnh
#: đã giao Sở Y tế chủ trì ...", "UBND tỉnh đã yêu cầu các chủ đầu tư khẩn trương ...".
#: A document named by its number right before its order (lower view): "Quyết định số 512/QĐ-UBND ngày 12/02/2026
#: (của UBND tỉnh) giao ...", "được phê duyệt tại Quyết định số ..., giao ...": what the document gave, told (not
#: "Căn cứ Quyết định số ..., giao ...": today's order).
_VI_DOCUMENT_GAVE = re.compile(
    r"\b(?P<at>tại\s+)?(?:quyết định|công văn|văn bản|thông báo|kế hoạch|nghị quyết|chỉ thị|công điện)\s+số\s+"
    r"[\w/.\-]+(?:\s+ngày\s+[\d/.\-]+)?(?:\s+(?:của|do)\s+[^,;.:]{2,60}?)?(?:\s*|(?(at),\s*|(?!)))$"
)
_VI_TOLD_ORDER_BEFORE = re.compile(
    r"\bđã\s+(?:(?:trực tiếp|từng)\s+)?(?:giao|yêu cầu|đề nghị|chỉ đạo|phân công)\s+[^,.;:]{2,80}?\s*$"
)
#: An appraisal of a unit, no order: "Phê bình UBND xã X chưa quyết liệt ...", "Biểu dương Sở Y tế ...", or the
#: speaker's, named first: "Chủ tịch UBND tỉnh phê bình các chủ đầu tư ...", "Đồng chí Phó Chủ tịch biểu dương ...".
_VI_APPRAISAL = re.compile(
    r"\s*(?:(?:đồng chí\s+)?(?:phó\s+)?(?:chủ tịch|bí thư|bộ trưởng|thủ tướng)"
    r"(?:\s+(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân|hđnd|tỉnh ủy|tỉnh uỷ))?(?:\s+(?:tỉnh|thành phố|huyện|xã))?"
    r"\s+(?:cũng\s+|đã\s+)?)?(?:nghiêm khắc\s+)?(?:phê bình|biểu dương|khen ngợi|tuyên dương)\s"
)
_VI_ORDER_AFTER_APPRAISAL = re.compile(r"\b(?:yêu cầu|đề nghị|giao|phải|khẩn trương)\b")
#: The speaker's appraisal of a unit right before its name (lower view): "phê bình ", "nghiêm khắc nhắc nhở ", "biểu
#: dương "; ``_VI_THEN_ASKED`` what may follow the name up to the request with no addressee ("... và yêu cầu trình
#: ...", "... chậm trình dự thảo, đồng thời đề nghị khẩn trương ...").
_VI_APPRAISED = re.compile(r"\b(?:nghiêm khắc\s+)?(?:phê bình|nhắc nhở|biểu dương|khen ngợi|đánh giá cao)\s+")
_VI_THEN_ASKED = re.compile(r"(?:\s+[^\s,.;:]+){0,8}?\s*(?:,\s*|\s+)(?:và\s+|đồng thời\s+|,\s*)*")
#: A speaker's appraisal, its verb before the sentence's "cần" (lower view): "Chủ tịch UBND tỉnh đánh giá cao sự cố
#: gắng của các ngành, đồng thời thẳng thắn chỉ ra những tồn tại cần khắc phục".
_VI_APPRAISAL_VERB = re.compile(r"\b(?:đánh giá cao|ghi nhận|biểu dương|khen ngợi|tuyên dương)\b")
#: What a noun of the appraisal needs, a relative, no order: "những tồn tại cần khắc phục", "những việc cần làm".
_VI_NEEDED_BY_NOUN = re.compile(r"\bnhững\s+(?:[^\W\d_]+\s+){1,3}$")
#: An exhortation to a group at large, no task: "Các cơ quan, đơn vị phải tập trung cao độ, không đùn đẩy trách
#: nhiệm", "Yêu cầu các đồng chí thành viên UBND xã bám sát cơ sở".
#: "UBND tỉnh đề nghị các cơ quan, đơn vị phát huy kết quả này trong mùa khô năm nay": build on the results, no task.
_VI_EXHORTATION_WORDS = (
    r"(?:tập trung cao độ|nêu cao (?:tinh thần )?trách nhiệm|đề cao trách nhiệm|"
    r"không (?:được )?đùn đẩy(?: trách nhiệm)?|không né tránh|bám sát (?:cơ sở|địa bàn|thực tế)|vào cuộc quyết liệt|"
    r"(?:tiếp tục )?phát huy (?:những |các )?kết quả(?: này| đó| đã đạt được| đạt được)?)"
)
_VI_EXHORTATION = re.compile(
    r"\s*(?:(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân|chủ tịch ubnd|chủ tịch) (?:tỉnh|thành phố|huyện|xã) )?"
    r"(?:(?:yêu cầu|đề nghị)\s+)?(?:thủ trưởng\s+)?(?:các cơ quan(?:,\s*đơn vị)?(?:,\s*địa phương)?|"
    r"các sở,\s*ngành(?:,\s*địa phương)?|các cấp,\s*các ngành|các đồng chí(?:\s+thành viên(?:\s+\w+){0,3})?)\s+"
    r"(?:phải\s+|cần\s+)?" + _VI_EXHORTATION_WORDS + r"(?:\s*,\s*" + _VI_EXHORTATION_WORDS + r")*"
    # (the time it holds for: "trong mùa khô năm nay", "trong thời gian tới")
    r"(?:\s+trong\s+[^.;:,]{2,40})?\s*[./]*\s*"
)


#: A decree's execution clause: "... sont chargés, chacun en ce qui le concerne, de l'exécution du présent
#: décret", "is responsible for the implementation of this decision", "ansvarar för verkställigheten av detta beslut".
_EXECUTION_CLAUSE = Gated(
    re.compile(
        r"\bchargee?s?\b[^.;]{0,60}\bde l'(?:execution|application) d(?:u|e la|es) present"
        r"|\b(?:responsible|in charge)\s+for\s+(?:the\s+)?(?:implementation|execution)\s+of\s+"
        r"this\s+(?:decision|decree|order)\b"
    )
)
#: A report-back the execution clause adds (folded): "et m'en rendra compte", "et en rendront compte au préfet", "et
#: me fera rapport", "et lui adressera un bilan".
_REPORT_BACK_ADDED = re.compile(
    r"\bet\s+(?:(?:m'|me\s+|lui\s+|leur\s+|nous\s+)?(?:en\s+)?(?:rendr(?:a|ont)\s+compte|fer(?:a|ont)\s+rapport)"
    r"|(?:m'|me\s+|lui\s+|leur\s+|nous\s+)?(?:adresser|transmettr|remettr)(?:a|ont)\s+(?:un|le|son|leur)\s+"
    r"(?:rapport|bilan|compte\s+rendu|point))\b"
    # "..., dont il me rendra compte chaque mois", "dont ils rendront compte au Gouverneur": the same in a relative
    r"|,?\s*dont\s+(?:il|elle|ils|elles)\s+(?:me\s+|lui\s+|leur\s+|nous\s+)?(?:rendr(?:a|ont)\s+compte|"
    r"fer(?:a|ont)\s+rapport)\b"
)
#: A document's entry-into-force clause: "Chỉ thị này có hiệu lực kể từ ngày ký", "Quyết định này có hiệu lực
#: thi hành từ ngày 01/7/2026", "This Decision takes effect from the date of signing", "This directive shall enter
#: into force on ...", "Le présent arrêté entre en vigueur ...", "Denna förordning träder i kraft den ...".
#: A deliberation's vote, on its line (folded): "Adopté à l'unanimité.", "Adoptée par 23 voix pour et 2 abstentions.",
#: "Approuvé à la majorité des suffrages exprimés": the outcome, no order.
_FR_VOTE_RESULT = re.compile(
    r"\s*(?:adoptee?s?|approuvee?s?|rejetee?s?|votee?s?)\s+(?:a\s+l'unanimite|a\s+la\s+majorite|par\s+\d+\s+voix)\b"
)
#: A covering letter's stock sentence, or the line that closes the meeting (folded): "The undersigned is directed to
#: forward herewith the minutes of the meeting held on ... for information and necessary action", "I am directed to
#: enclose a copy of the record of discussion ...", "The meeting ended with a vote of thanks to the Chair", "The
#: meeting was adjourned at 5.30 p.m.": nothing ordered (not "... and to request the States to report by ...").
_EN_COVERING_OR_CLOSING = re.compile(
    r"\s*(?:(?:the\s+undersigned\s+is|i\s+am)\s+directed\s+to\s+(?:forward|enclose|circulate|send|convey)\b"
    r"(?![^.;]*\b(?:and\s+to|request\w*|by\s+\d|within|latest|before)\b)[^.;]*?\b(?:minutes|record\s+of\s+discussions?|"
    r"proceedings|summary\s+record|copy|decisions)\b"
    r"|(?:the\s+)?(?:(?:review\s+)?meeting|session|discussion)\s+(?:ended|concluded|closed|terminated|adjourned|"
    r"came\s+to\s+(?:a\s+close|an\s+end)|was\s+(?:adjourned|closed|concluded|terminated))\b"
    r"(?![^.;]*\b(?:direct|instruct|request|ask|urg)\w*)"
    r"|(?:a\s+)?vote\s+of\s+thanks\b)[^.;]*[.;]?\s*"
)
_IN_FORCE_CLAUSE = re.compile(
    r"\s*(?:(?:chi\s+thi|quyet\s+dinh|cong\s+dien|thong\s+bao|ke\s+hoach|nghi\s+quyet|quy\s+che|van\s+ban)\s+nay\s+"
    r"co\s+hieu\s+luc"
    r"|(?:this|the\s+present)\s+(?:decision|directive|order|decree|circular|notice|instruction|resolution)\s+"
    r"(?:shall\s+)?(?:takes?|enters?|comes?|come|enter|take)\s+(?:effect|into\s+(?:force|effect))"
    r"|(?:le|la)\s+present(?:e)?\s+(?:decret|arrete|decision|circulaire|directive|instruction)\s+"
    r"(?:entre(?:ra)?\s+en\s+vigueur|prend\s+effet)"
    r"|(?:denna|detta)\s+(?:forordning|beslut|direktiv|foreskrift)\s+trader\s+i\s+kraft)\b"
)
#: A directive's closing formula, whoever it names (folded view): "Yêu cầu Giám đốc các sở, ban, ngành, Chủ tịch
#: UBND các xã và các chủ rừng nghiêm túc thực hiện Chỉ thị này./.", "Đề nghị các đơn vị, doanh nghiệp nghiêm túc
#: triển khai thực hiện Công điện này", "Yêu cầu ... thực hiện nghiêm túc Quyết định này": the document itself, no task.
_VI_IMPLEMENT_THIS_FORMULA = re.compile(
    r"\s*(?:yeu\s+cau|de\s+nghi)\s[^.;:]{0,240}?\s(?:nghiem\s+tuc\s+(?:to\s+chuc\s+)?(?:trien\s+khai\s+)?"
    r"(?:thuc\s+hien|thi\s+hanh)|(?:trien\s+khai\s+)?(?:thuc\s+hien|thi\s+hanh)\s+nghiem\s+tuc)"
    r"(?:\s+(?:cac\s+)?noi\s+dung(?:\s+cua)?)?\s+(?:chi\s+thi|quyet\s+dinh|cong\s+dien|thong\s+bao|ke\s+hoach|"
    r"van\s+ban|nghi\s+quyet|ket\s+luan)\s+nay[\s./]*"
)
#: A decision's closing article, who carries it out (folded view): "Chánh Văn phòng UBND tỉnh, Giám đốc Sở ..., Thủ
#: trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.": the document itself, no task.
#: (not an order that assigns the lead: "Giao Sở Tài chính chủ trì, phối hợp với ... chịu trách nhiệm tổ chức thực
#: hiện Kế hoạch này")
_VI_EXECUTE_THIS_FORMULA = re.compile(
    r"(?![\s\d.)-]*giao\s)[^.;:]{0,300}?\bchiu\s+trach\s+nhiem\s+(?:to\s+chuc\s+)?(?:thi\s+hanh|thuc\s+hien)\s+(?:quyet\s+dinh|"
    r"chi\s+thi|nghi\s+quyet|ke\s+hoach|van\s+ban|quy\s+che|quy\s+dinh)\s+nay[\s./]*"
)
#: A letter's closing call on all its addressees to carry it out, with no object (folded view): "Sở Y tế đề nghị Thủ
#: trưởng các đơn vị khẩn trương, nghiêm túc triển khai thực hiện./.", "Yêu cầu các cơ quan, đơn vị kịp thời tổ chức
#: thực hiện": the letter's tasks, given above, asked for at large (an exhortation), no task of its own.
_VI_CARRY_OUT_CLOSING = re.compile(
    r"[^.;:]{0,60}?\b(?:yeu\s+cau|de\s+nghi)\s+(?:thu\s+truong\s+)?(?:cac|toan\s+the)\s+"
    r"(?:co\s+quan|don\s+vi|dia\s+phuong|so|nganh)\b[^.;:]{0,60}?\s"
    r"(?:(?:khan\s+truong|nghiem\s+tuc|kip\s+thoi|quyet\s+liet|dong\s+bo)\s*,?\s*(?:va\s+)?)+"
    r"(?:to\s+chuc\s+)?(?:trien\s+khai\s+)?(?:thuc\s+hien|trien\s+khai)(?:\s+(?:co\s+hieu\s+qua|nghiem\s+tuc))?[\s./]*"
)
#: A call that something not be let happen, no one asked (folded view): "Chủ tịch UBND tỉnh yêu cầu không để chậm trễ
#: thêm./.", "Yêu cầu tuyệt đối không để xảy ra cháy rừng": a warning, no task (the speaker, if any, at most a few
#: words before; the words after it name no unit: :meth:`_Reader.is_formula`).
_VI_LET_NOT_HAPPEN = re.compile(
    r"[^.;:,]{0,60}?\b(?:yeu\s+cau|de\s+nghi)\s+(?:tuyet\s+doi\s+)?khong\s+(?:duoc\s+)?de\s[^.;:]{0,160}?[\s./]*"
)
#: A plan's closing words that name it and ask all to carry it out (folded view): "Trên đây là Kế hoạch triển khai
#: ..., đề nghị các cơ quan, đơn vị nghiêm túc thực hiện", "Trên đây là Chỉ thị ..., yêu cầu các cấp, các ngành
#: triển khai thực hiện có hiệu quả./.": no task of its own.
_VI_HERE_IS_FORMULA = re.compile(
    r"\s*tren\s+day\s+la\s+(?:ke\s+hoach|chi\s+thi|quyet\s+dinh|cong\s+dien|thong\s+bao|van\s+ban|phuong\s+an|"
    r"ket\s+luan|chuong\s+trinh)\b[^.;]{0,200}?,\s*(?:yeu\s+cau|de\s+nghi)\s[^.;]{0,160}?"
    r"(?:nghiem\s+tuc\s+|kip\s+thoi\s+|khan\s+truong\s+)?(?:to\s+chuc\s+)?(?:trien\s+khai\s+)?"
    r"(?:thuc\s+hien|trien\s+khai|thi\s+hanh)(?:\s+(?:nghiem\s+tuc|co\s+hieu\s+qua|dung\s+quy\s+dinh))?[\s./]*"
)
#: A participant's report in a Vietnamese record, its speaker a unit's representative (folded view): "Đại
#: diện Sở Tài chính cho biết ...", "Lãnh đạo Sở Y tế báo cáo ...", "Đại diện Công an tỉnh phản ánh ...".
_VI_PARTICIPANT_TOLD = re.compile(
    r"\s*(?:dai\s+dien|lanh\s+dao)\s+[^.;:]{2,80}?\s+(?:cho\s+biet|bao\s+cao\s+(?:ve|tinh\s+hinh)|phan\s+anh|"
    r"trinh\s+bay|thong\s+tin|neu\s+ro|giai\s+trinh)\b"
)
#: A Vietnamese notice's closing line (folded view): "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị
#: biết, thực hiện./", "Văn phòng Sở thông báo kết luận trên để các đơn vị liên quan biết và phối hợp thực hiện",
#: "... biết, khẩn trương thực hiện./", "... biết, nghiêm túc triển khai thực hiện" (a manner word before the verb).
_VI_NOTIFIED_FORMULA = re.compile(
    r"[^.;]{0,60}\bthong\s+bao\b[^.;]{0,40}?\bde\s+[^.;]{0,60}?\bbiet\b\s*,?\s*(?:va\s+)?"
    r"(?:(?:khan\s+truong|nghiem\s+tuc|kip\s+thoi|chu\s+dong)\s+)?"
    r"(?:(?:phoi\s+hop\s+)?(?:to\s+chuc\s+)?(?:thuc\s+hien|trien\s+khai(?:\s+thuc\s+hien)?)"
    r"(?:\s+(?:nghiem\s+tuc|kip\s+thoi))?)?[\s./]*"
)
#: A letter's grounds, a numbered document it implements, with no request of its own (folded view): "Thực hiện Công
#: điện số 05/CĐ-UBND ngày ... của Chủ tịch UBND tỉnh về ...", "Căn cứ Kế hoạch số 12/KH-UBND ...".
_VI_GROUNDS_DOCUMENT = re.compile(
    r"\s*(?:thuc\s+hien|can\s+cu)\s+(?:cong\s+van|cong\s+dien|van\s+ban|quyet\s+dinh|chi\s+thi|"
    # "Thực hiện Nghị định số 68/2026/NĐ-CP ...", "Căn cứ Thông tư số ...": a decree or a circular the same
    r"ke\s+hoach|nghi\s+quyet|thong\s+bao|ket\s+luan|nghi\s+dinh|thong\s+tu)\s+so\b"
)
#: A letter's closing offer of help (folded view): "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị
#: phản ánh về Sở (qua Phòng X) để được hướng dẫn", "Nếu phát sinh vướng mắc, các đơn vị liên hệ ... để phối hợp giải
#: quyết": a condition and where to turn, no task.
_VI_DIFFICULTIES_FORMULA = re.compile(
    r"\s*(?:trong\s+qua\s+trinh\s+(?:to\s+chuc\s+)?(?:thuc\s+hien|trien\s+khai)(?:\s+[a-z]+){0,4}\s*,?\s*)?"
    r"(?:neu|truong\s+hop)\s+(?:co\s+)?(?:phat\s+sinh\s+)?(?:kho\s+khan|vuong\s+mac)[^.;]{0,200}?"
    r"\bde\s+(?:duoc\s+)?(?:huong\s+dan|xem\s+xet|giai\s+quyet|phoi\s+hop|xu\s+ly|thao\s+go)\b[^.;]{0,100}?[\s./]*"
)
_FORMULA = {
    "vi": words(
        "yêu cầu đề nghị giao các cơ quan đơn vị sở ban ngành địa phương liên quan có triển khai thực hiện "
        "nghiêm túc hiệu quả nội dung trên văn bản thông báo kết luận này biết và theo chức năng nhiệm vụ được "
        "tổ để chỉ đạo thủ trưởng "
        # "Yêu cầu Thủ trưởng các sở, ban, ngành và Chủ tịch UBND các xã, phường nghiêm túc triển khai thực hiện
        # Kế hoạch này": the heads of all units, the plan itself
        "chủ tịch ubnd ủy uỷ nhân dân xã phường huyện kế hoạch"
    ),
    "en": words(
        "all relevant concerned agencies units departments localities sectors branches and are is be hereby "
        "requested asked to seriously strictly effectively implement implementation this these the above notice "
        "document letter conclusion conclusions contents content of for organize organise carry out comply with "
        "accordingly"
    ),
    "fr": words(
        "les services concernes ministres ministre et autres sont est charges charge chacun en ce qui le la "
        "concerne de l execution application mise oeuvre mettre presente present decision decret arrete note "
        "communique a invites invite"
    ),
}


#: A clause that starts between a mark of coordination and the first unit after it (folded): "..., men ...", "...,
#: när ...", "..., but ...": that unit is no helper of the mark's.
_CLAUSE_BEFORE_HELPER = re.compile(
    r",\s*(?:men|nar|da|eftersom|medan|but|when|while|because|mais|quand|lorsque|car|puisque)\s"
)
#: A Swedish request in the past tense with its date ("gav år 2022 ... i uppdrag", "uppdrog den 3 mars
#: 2021 åt"): an earlier assignment told; the decision itself is in the present ("ger", "uppdrar").
_SV_DATED_PAST = re.compile(
    # "gav år 2022", "gav den 12 mars 2024", "gav i mars 2024": an earlier assignment, dated
    r"(?:gav|uppdrog|bad|begarde|alade)\s+(?:(?:ar|i|den|under)\s+)?(?:(?:\d{1,2}\s+)?(?:januari|februari|mars|"
    r"april|maj|juni|juli|augusti|september|oktober|november|december)\s+|\d{1,2}\s+\w+\s+)?(?:19|20)\d\d\b"
    # "gav i december kommundirektören i uppdrag", "gav i slutet av oktober", "gav i höstas": a past verb dated by a
    # month with no year, or a season gone by, tells an earlier assignment (the day's own is "gav i dag", "ger")
    r"|(?:gav|uppdrog|bad|begarde|alade)\s+(?:(?:i|under)\s+(?:(?:slutet|borjan|mitten)\s+av\s+)?(?:januari|"
    r"februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\b(?!\s+(?:den\s+)?\d)|"
    r"i\s+(?:hostas|varas|somras|vintras)\b)"
    # "gav i regleringsbrevet för 2025 Naturvårdsverket i uppdrag", "gav genom beslut den 3 maj 2024": an
    # earlier assignment, dated by the document that gave it
    r"|(?:gav|uppdrog|bad|begarde|alade)\s+(?:i|genom)\s+(?:sitt\s+|ett\s+|sin\s+)?(?:regleringsbrev\w*|beslut\w*|"
    # "Regionfullmäktige gav i budget 2026 regionstyrelsen i uppdrag", "gav i verksamhetsplanen för 2025 ...": a
    # council's budget or plan for a year gave it
    r"direktiv\w*|uppdrag\w*|(?:mal\s+och\s+)?budget\w*|verksamhetsplan\w*|agardirektiv\w*)\s+"
    r"(?:for|fran|den|av|om)?\s*(?:\d{1,2}\s+\w+\s+)?(?:19|20)\d\d\b"
    # "uppdrog 20.11.2025 åt", "gav den 2025-11-20 X i uppdrag": dated in figures, as a Finnish or Åland protocol writes
    r"|(?:gav|uppdrog|bad|begarde|alade)\s+(?:den\s+)?(?:\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\b"
    # "IVO begärde i beslutet att nämnden ...", "Länsstyrelsen krävde i sitt föreläggande att ...": the request of a
    # document named before (the definite noun), an earlier one told
    r"|(?:gav|uppdrog|bad|begarde|alade|kravde|uppmanade)\s+i\s+(?:(?:sitt|sin|det|den|samma)\s+)?"
    r"(?:[a-z]*beslutet|skrivelsen|yttrandet|forelaggandet|rapporten|granskningen|revisionsrapporten)\b"
)
#: The complement of a request in the past with its own modal in the past (folded): "begärde att nämnden skulle
#: redogöra för ...", "bad att förvaltningen skulle återkomma": a request told as reported speech, in a protocol
#: whose own decisions are in the present; "skulle" right after the one asked (not the task's own question, "uppdrog
#: åt förvaltningen att utreda om hemtjänsten skulle kunna utökas", nor "en plan som skulle ...").
_SV_REPORTED_REQUEST = re.compile(
    r"(?:gav|uppdrog|bad|begarde|alade|kravde|uppmanade|instruerade)\b[^.;:]{0,80}?\batt\s+"
    r"(?:(?!(?:om|hur|som|nar|vad|vilk[a-z]*|var|varfor|huruvida|ifall|da|sa)\b)[^\s.;:]+\s+){1,4}skulle\s+[a-z]"
)
#: The same, its date before it in a clause of time: "Arbetet inleddes i februari 2024, då kommunstyrelsen gav
#: ...", "hösten 2023, när nämnden uppdrog åt ...".
_SV_DATED_THEN = re.compile(r"(?:19|20)\d\d,?\s+(?:da|nar)\s+[^.;:,]{1,60}$")
_SV_PAST_VERB = re.compile(r"(?:gav|uppdrog|bad|begarde|alade)\b")
#: "X har fått i uppdrag att ...", the present perfect of a news story, is an assignment told from before unless
#: the words between "har" and "fått" make it the day's ("har nu fått", "har i dag fått"; not "har tidigare fått",
#: "har i regleringsbrevet fått") or the order is still due ("... att senast på onsdag öppna ...") (folded).
_SV_PERFECT_EARLIER = re.compile(r"\b(?:tidigare|redan|sedan|regleringsbrev\w*|fjol|forra|ar|inte|aldrig)\b")
_SV_PERFECT_TODAY = re.compile(r"\b(?:nu|i\s+dag|idag|under\s+dagen|pa\s+motet|vid\s+sammantradet)\b")
_SV_PERFECT_DUE = re.compile(r"\b(?:senast|till\s+och\s+med|fore|innan|inom|snarast|omgaende|genast|omedelbart)\b")
#: A Swedish subject that is a unit's kind alone, then its verb (folded): "Förvaltningen ska även ...", "Nämnden
#: får också ...", "Kontoret ska ...": the unit of the order before when its name is of that kind.
_SV_KIND_SUBJECT = re.compile(
    # ("Styrelsen ska ...", "Direktionen ska ...", "Utskottet får ...": a kind that ends in a vowel takes "-n")
    r"\s*(forvaltning|namnd|kontor|styrelse|myndighet|verk|avdelning|enhet|bolag|utskott|direktion|kansli|forbund|"
    r"kommitte)(?:en|et|n|t)\s+"
    r"(?:ska|skall|bor|far|ges|maste|uppdras|behover)\b"
)
#: A Swedish request only intended, to be given later (folded, before the verb): "Regeringen avser att ge X i uppdrag
#: att ...", "Nämnden planerar att uppdra åt Y att ...", "har för avsikt att under hösten ge ...": no order yet.
_SV_INTENDS = re.compile(
    r"\b(?:avser|avsag|planerar|planerade|har\s+for\s+avsikt|overvager)\s+att\s+(?:[^\s.;:]+\s+){0,3}$"
)
_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|"
    r"mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)"
)
#: A month, not a day, as the time of a request told in the past: "In March, the committee assigned ...",
#: "In early March 2025, ...", "En mars dernier, le Conseil a demandé ...". Minutes give the meeting's own
#: orders on its day.
_MONTH_OPENER = re.compile(
    rf"\s*(?:in|en|au\s+mois\s+de|back\s+in"
    # an earlier meeting named by its month or day: "At the conference in December 2025, the Committee assigned
    # ...", "At its meeting of 12 March, ...", "At the session held on March 3, 2025, ..."
    r"|at\s+(?:the|its|their|a)\s+(?:[a-z-]+\s+){0,2}(?:conference|meeting|session|sitting)\s+(?:held\s+)?(?:in|on|of)"
    r"(?:\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?)?)"
    rf"\s+(?:(?:early|late|mid|debut|fin|mi)[- ]\s*)?{_MONTHS}"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d\d|\s+dernier|\s+last\s+year)?\s*,"
    # a month of a year, its comma left out: "In October 2025 Council directed staff to ..." (a verb in the past after
    # it, see ``own_cue``)
    rf"|\s*(?:in|back\s+in)\s+(?:(?:early|late|mid)[- ]\s*)?{_MONTHS}\s+(?:19|20)\d\d\s+(?=[a-z])"
    # the month before the meeting it names: "At the July meeting, the Committee assigned ...", "At its March 2026
    # session, ..."
    rf"|\s*at\s+(?:the|its|their)\s+{_MONTHS}(?:\s+(?:19|20)\d\d)?\s+(?:[a-z-]+\s+){{0,2}}"
    r"(?:conference|meeting|session|sitting)\s*,"
)
#: An opening condition or circumstance before the subject (folded view; Vietnamese on the lower view).
_CONDITION = re.compile(
    r"\s*(?:if|where|in case|in the event|should|si|en cas|dans le cas|lorsque|om|ifall|i handelse|i fall)\b"
)
#: (or the time it is due after: "Kết thúc đợt kiểm tra, Sở Tài chính bố trí ...", "Sau khi có kết quả thẩm định, Sở X
#: trình ...", not "Sau khi nghe báo cáo ..., Chủ tịch UBND tỉnh kết luận", "Kết thúc buổi làm việc, ...": the meeting's
#: own course)
_CONDITION_VI = re.compile(
    r"\s*(?:nếu|trường hợp|trong trường hợp|trong quá trình|khi|ngay khi|"
    r"(?:khi\s+)?kết thúc(?!\s+(?:buổi|cuộc|hội nghị|phiên|kỳ họp|chuyến)\b)|"
    r"(?:ngay\s+)?(?:sau|trước)\s+khi(?!\s+(?:nghe|xem|thảo luận|kiểm tra thực tế)\b)|"
    r"(?:ngay\s+)?sau\s+(?=đợt\s))\b"
)
#: A motion that starts "That the ..." (work view: the capital marks the motion, not a "that" clause).
#: Minutes often print the motion's words in capitals ("THAT the Finance Department report ...").
#: A resolution's lead-in to its numbered clauses, on a line of its own before the colon (folded): "RESOLVED that",
#: "It was RESOLVED that", "AGREED that", "RESOLVED", a council committee's "The Committee agreed" (its clauses
#: infinitives: "(i) to approve ...; (ii) to instruct the Executive Director (Place) to ...").
_RESOLVED_LIST = re.compile(
    r"\s*(?:it\s+was\s+|the\s+(?:sub-)?(?:committee|council|board|panel|cabinet)\s+)?(?:resolved|agreed|decided)"
    r"(?:\s+unanimously)?(?:\s+that)?\s*"
    # a report's recommendations, each item a clause of the motion it asks for: "It is recommended that:\n1. ..."
    r"|\s*it\s+is\s+(?:therefore\s+|hereby\s+)?recommended\s+that\s*"
)
#: A body's resolution that names who acts (folded): "The CEC resolved that the Chief Officer, Public Works
#: undertakes ...", "The Committee further resolved that the Roads Department submits ...", "It was agreed that X
#: repairs ..." (its verb in the present, after the subject: :data:`_EN_PRESENT_VERB`).
_BODY_RESOLVED_THAT = re.compile(
    r"\s*(?:the\s+)?(?:[a-z]+\s+){1,3}?(?:also\s+|further\s+)?(?:resolved|decided|agreed)\s+that\s+"
)
#: Partners named right after a subject, before its verb (folded): "X together with Y opens ...", "X in liaison with
#: Y to institute ...", "X, in consultation with Y, to ..." (the common misspelling "liason" too), "X, with Y, to ..."
#: (a bare "with" between commas).
_EN_PARTNERS_AFTER = re.compile(
    r",?\s+(?:(?:together|jointly|along)\s+with|in\s+(?:close\s+)?(?:liai?son|consultation|collaboration|"
    r"coordination|cooperation|conjunction)\s+with)\s+|,\s+with\s+"
)
#: "To" and a verb right after a subject (folded): "CAO and Roads to prepare ...", "X, with Y, to review ..." (not
#: "Roads and Library to date have spent ...": "to date", or "to" and a noun's article, is no order).
_NO_VERB_AFTER_TO = (
    r"(?!(?:date|the|a|an|this|that|these|those|its|their|his|her|our|whom|which|what|all|each|every|some|any|no)\b)"
)
_EN_SUBJECT_TO = re.compile(r"\s*,?\s*to\s+" + _NO_VERB_AFTER_TO + r"[a-z]")
#: A minute's action line right under a sentence (folded, its line break read as a wrap or not): ".\nAction: County
#: Public Health Officer ...".
_ACTION_LINE_NEXT = re.compile(
    r"[^\w\n]{0,3}\s+(?:actions?(?:\s+(?:by|officers?|owners?))?|responsible(?:\s+officers?)?)[ \t]*:"
)
#: A list's last place after its head's first ("the Sub-county Chiefs of Kamu and Bira"): "and" and a proper name.
_EN_LAST_PLACE = re.compile(r"\s+and\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?(?=[\s,])")
#: A partner's acronym in brackets right after its name: "the Water and Sanitation Company (WASCO)".
_EN_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Za-z0-9&-]{1,11}\)")
_EN_PRESENT_VERB = re.compile(
    r",?\s+(?!(?:is|was|has|does|goes)\b)[a-z]{3,}(?:[^s]s|sses|shes|ches|xes)\b(?!\s+(?:of|and|in|for|to)\b)"
)
#: A body's own act in the present, in a motion (folded): "That Cabinet endorses ...", "THAT Council NOTES ...".
_EN_BODY_ACT_PRESENT = re.compile(
    r"(?:notes|approves|endorses|adopts|receives|accepts|agrees|resolves|supports|welcomes|acknowledges|"
    r"authori[sz]es|confirms|ratifies|recommends|requests|directs|delegates|thanks|commends|considers|declares|"
    r"refers|defers|rejects|declines|amends|rescinds)\b"
)
#: A motion by which the body itself takes a report or disposes of its item, no one's task (folded): "THAT Council
#: receive for information the report titled ...", "That Council accept the tracking report as information",
#: "Council to note the quarterly financial report", "Receive and file." (not "... and direct staff to ...").
_EN_BODY_DISPOSES = re.compile(
    r"\s*(?:(?:that|resolved\s*,?\s*that)\s+)?(?:the\s+)?(?:(?:city|town|county|shire|village|municipal|regional)\s+)?"
    r"(?:council|board(?:\s+of\s+[a-z]+)?|committee|commission)\s+(?:to\s+|hereby\s+)?"
    r"(?:receive|note|accept|approve|adopt|endorse)\b(?![^.;]*\b(?:direct|instruct|request|ask|task|require)"
    r"(?:s|ed)?\s[^.;]{1,80}?\bto\s)"
    r"|\s*receive\s+and\s+file\s*[.;]?\s*$"
    # "That the FCSS grant recommendations for 2026 be approved as presented": the body's approval, no agent
    r"|\s*that\s+(?:the\s+)?[^.;|\n]{3,160}?\s+be\s+(?:approved|adopted|endorsed|accepted|ratified|confirmed)"
    r"(?:\s+as\s+(?:presented|amended|circulated|submitted|recommended))?\s*[.;]?\s*$"
)
#: A sentence that opens on the day its figures stand at (folded): "As of May 15, 2026, ...", "As at 30/4/2026, ...",
#: "As of the end of 2025, ...".
_EN_AS_OF_DATE = re.compile(r"as\s+(?:of|at)\s+(?:the\s+end\s+of\s+)?[^,.;]{0,24}?\b(?:\d{1,2}|\d{4})\b[^,.;]{0,12},")
#: An English report's heading of what happened before (folded): "BACKGROUND", "Background:", "History".
_EN_BACKGROUND_HEADING = re.compile(r"\s*(?:\d{1,2}\.?\s+)?(?:background|history|previous\s+council\s+actions?)\s*")
#: An English report's heading of an attachment (folded): "Attachment 1 – Council Directives Tracking Log", "Appendix
#: B: ...", "Schedule A": what the report sends with it, no longer its background.
_EN_ATTACHMENT_HEADING = re.compile(
    r"\s*(?:attachment|appendix|annex|schedule|exhibit)\s+(?:no\.?\s*)?[a-z0-9]{1,3}\b\s*(?:[-–—:.]|$)"
)
#: A report's label of what it is for, the value after it (folded, up to the value's start): "Purpose: To provide
#: Council with the status of resolutions directing Administration to ...", "Purpose of the report: ...".
_EN_PURPOSE_LABEL = re.compile(
    r"(?:^|\n)[ \t]*(?:purpose|objective|aim)(?:\s+of\s+(?:the|this)\s+(?:report|update|memo|item))?[ \t]*:\s*$"
)
_EN_PURPOSE_WORDS = ("purpose", "objective", "aim")
#: An earlier order recalled to the audience of a briefing (folded): "You will recall that ...", "It will be
#: recalled that ...", "As you may recall, ...".
_EN_RECALLED = re.compile(
    r"\s*(?:you\s+(?:will|may|would)\s+recall|it\s+(?:will|may)\s+be\s+recalled|"
    r"as\s+(?:you\s+)?(?:will\s+|may\s+)?recall(?:ed)?)\b"
)
#: A prohibition on every unit of a kind, a norm with no one tasked: "No ministry, department, agency or local
#: government council shall collect ...", "No officer shall approve ..." (not "No later than ...").
_EN_NONE_SHALL = re.compile(
    r"no\s+(?!later\b|more\b|less\b|sooner\b|further\b|new\b)(?:[a-z'-]+,?\s+){1,10}?(?:shall|must|should|may|will|is\s+to|are\s+to)\s"
)
#: An appeal to the public, who are no unit, or to the meeting's members: "Council urged residents of flood-prone
#: communities to relocate ...", "The Governor appealed to motorists to ...", "called on members of the public to ...".
_EN_PUBLIC_URGED = re.compile(
    # (past a courtesy before it: "... thanked farmers for their dedicated work and called on all members of ...")
    r"(?:(?!\b(?:shall|must|should|directed|instructed|tasked|asked|requested)\b)[^;:]){0,160}?\b(?:urged|urges|appealed\s+to|appeals\s+to|called\s+on|calls\s+on|enjoined|encouraged|advised)\s+"
    r"(?:all\s+)?(?:the\s+)?(?:residents|citizens|members\s+of\s+the\s+public|(?:general\s+)?public|people|motorists|"
    r"parents|traders|farmers|households|landlords|tenants|road\s+users|"
    # "H.E. the Governor urged all CEC Members to ensure ...": an exhortation to the meeting's own members
    r"(?:(?:cec|committee|cabinet|council|board|exco)\s+)?members(?!\s+of\s+staff))\b"
)
#: The public asked in the passive, at the sentence's start (folded): "Motorists are asked to observe the reduced
#: speed limit ...", "Residents are reminded to ...", "The public is advised to ...", "Members of the public are
#: urged to ...": a media release's request to the public, no unit's task.
_EN_PUBLIC_ASKED = re.compile(
    r"\s*(?:(?:also|meanwhile|in\s+the\s+meantime|until\s+then)\s*,\s*)?(?:all\s+)?(?:the\s+)?(?:local\s+)?"
    r"(?:residents|citizens|members\s+of\s+the\s+(?:public|community)|(?:general\s+)?public|people|"
    r"motorists|drivers|road\s+users|pedestrians|cyclists|commuters|travell?ers|passengers|visitors|patrons|"
    r"customers|parents|households|ratepayers|property\s+owners|homeowners|landholders|boaters|swimmers|"
    # (not "The People's Committees of X and Y provinces are requested to ...": units)
    r"beachgoers|consumers|walkers|hikers|bushwalkers|campers|anglers|shoppers|tourists|spectators|"
    r"(?:dog|pet)\s+owners)\b(?!['’])[^.;:]{0,60}?\s(?:is|are)\s+(?:also\s+|again\s+|kindly\s+|strongly\s+|being\s+)?"
    r"(?:asked|requested|urged|advised|encouraged|reminded|invited|called\s+(?:up)?on)\s+to\b"
)
#: Words one of which ``_EN_PUBLIC_URGED`` needs, its verb's stem ("urged", "appealed to", "calls on", ...).
_EN_PUBLIC_URGED_VERBS = ("urge", "appeal", "call", "enjoined", "encouraged", "advised")
#: ... unless the same sentence tasks a unit as well ("... and directed the Ministry of X to ...").
_EN_UNIT_TASKED = re.compile(r"\b(?:directed|instructed|mandated|tasked|requested|asked|ordered)\s+the\s")
#: A council's motion or amendment put to the vote, its clauses below it (folded): "Motion by Councillor X,
#: seconded by Councillor Y -", "Amendment by Councillor Z, seconded by Councillor W:"; and the one carried.
_MOVED_FRAME = re.compile(
    r"\s*(?P<kind>motion|amendment)\s+by\s+[^,.;\n]{1,60},\s*seconded\s+by\s+[^,.;\n]{1,60}?\s*[-:\u2013\u2014]?\s*"
)
_CARRIED_IN_TERMS = re.compile(r"\bin\s+terms\s+of\s+the\s+(motion|amendment)\b")
#: A resolution's motion in its own sentence (folded): "RESOLVED that the ...", "Resolved unanimously that ...",
#: and its further clauses: "RESOLVED FURTHER, that the Secretary ...", "RESOLVED FINALLY, that ...".
_RESOLVED_THAT = re.compile(r"resolved(?:\s+unanimously|\s+(?:further|finally|lastly|also)\s*,)?\s+that\s+(?=\w)")
_MOTION_THAT = re.compile(r"(?:(?:and|or|AND|OR)\s*,?\s*(?:(?:further(?:more)?|FURTHER)\s*,?\s*)?)?(?:That|THAT)\s")
#: A French verb in the future after its subject, past an aside (", quant à lui,") and adverbs; not
#: "sera"/"aura" (a passive or a perfect to come: "sera représenté").
_FR_FUTURE = re.compile(
    r"\s*(?:(?:publique|publiques|public|publics|nationale|nationales|national|sociale|sociales|generale)\s+)?"
    # "La Direction Générale des Recettes de X (DGRX) présentera ...": the unit's initials in brackets after its name
    r"(?:\([a-z][a-z0-9&/.-]{1,15}\)\s*)?"
    # ", en liaison avec la Communauté urbaine de X,": the helpers in an aside, however long their name (", en
    # rapport avec le Directeur régional de X et du Contrôle de Y,": the Sahel's letters' word for it)
    r"(?:,[^,.;:]{1,40},\s*|,\s*(?:en\s+(?:liaison|lien|coordination|collaboration|concertation|rapport)\s+avec|avec\s+"
    r"(?:l'appui|le\s+concours|le\s+soutien))[^,.;:]{1,120},\s*"
    # ", retenus comme zones pilotes du Programme X (PX),", ", désignée par arrêté du 3 mai,": what the unit was
    # chosen as, a participle's aside
    r"|,\s*[a-z]{3,}(?:e|es|ee|ees|is|ies|us|ues)\s+(?:comme|par|pour|en\s+tant\s+que)\s[^,.;:]{1,100},\s*"
    # ", qui instruit les dossiers depuis janvier,", ", dont les équipes sont mobilisées,": a relative clause on the
    # unit, however long
    r"|,\s*(?:qui|dont|laquelle|lequel|lesquels|lesquelles)\s[^,.;:]{1,120},\s*)?"
    r"(?:(?:egalement|aussi|ensuite|notamment|desormais|enfin|en outre|par ailleurs|"
    # the object before the verb: "le présentera", "les transmettra", "l'adressera"
    r"de son cote|pour sa part)\s+)*(?:(?:lui|leur|le|la|les|l'|en|y|se|s')\s*)?"
    # (nor "bénéficiera de 20 scanners", "disposera de": what the unit will get or have)
    r"(?!(?:sera|seront|aura|auront|beneficiera|beneficieront|disposera|disposeront)\b)"
    r"[a-z]{2,}(?:era|ira|ra|eront|iront|ront)\b"
)


#: A sentence that opens on the unit it is about ("For the Provincial Police, ...", "As for the Department of
#: X, ...", "Regarding the Fire Department, ...") and then asks it by a pronoun ("requested it to", "asked them
#: to").
_TOPIC_OPENING = re.compile(
    r"\s*(?:for|as\s+for|as\s+to|regarding|concerning|with\s+(?:regard|respect)\s+to|in\s+the\s+case\s+of)\s+"
)
_PRONOUN_OBJECT = re.compile(r"\s*(?:it|them)\s+(?:to\s+|with\s+|for\s+)")
#: Between "along with", "in coordination with" and a unit, its people (folded): "the field staff of the", "the
#: officials of", "the technical team of the": they stand for the unit.
_EN_STAFF_OF = re.compile(
    r"\s*(?:the\s+|its\s+|their\s+)?(?:(?:field|technical|concerned|district|block|revenue)\s+)?"
    r"(?:staff|officials|officers|personnel|teams?|functionaries|engineers)\s+of\s+(?:the\s+)?"
)
#: Between a unit named as the object of a first verb and a request that asks it again by its pronoun (folded): "...
#: praised the agriculture directorate and instructed them to", "thanked the Police, and urged them to".
_EN_AND_THEN_ASKED = re.compile(r"\s*,?\s*and\s+(?:(?:also|then|further)\s+)?")
#: ... or with no object at all, its infinitive right after the verb: "For the Water Company, the Chairman
#: requested to dredge the canals ...", "As for the Port Authority, he asked to ..." (the English editions' way).
_BARE_INFINITIVE = re.compile(r"\s+to\s+(?!be\b)[a-z]{3,}")


def _topic_unit(folded: str, start: int, cue: int, mentions) -> object | None:
    """The unit a sentence opens on as its topic, before its verb at ``cue``: "For the Water Company, ..."."""
    topic = _TOPIC_OPENING.match(folded, start)
    if topic is None:
        return None
    named = [m for m in mentions if m.dept is not None and topic.end() <= m.start < cue]
    if not named or folded[topic.end() : named[0].start].strip() not in ("", "the"):
        return None
    return named[0] if "," in folded[named[0].end : cue] else None


#: A French sentence that opens on its topic, then a comma (folded): "S'agissant de la Nationale n° 1, ",
#: "En ce qui concerne la rentrée scolaire, ", "Concernant les marchés, ".
_FR_TOPIC_OPENER = re.compile(
    r"\s*(?:s'agissant|en\s+ce\s+qui\s+concerne|concernant|pour\s+ce\s+qui\s+(?:est|concerne)|au\s+sujet|"
    # "Pour l'arrondissement de X, mon directeur de cabinet ...": the part of the territory or of the work meant;
    # "En lien avec la gendarmerie, il organisera ...": the partners first
    r"pour(?=\s+(?:l'|les?\s|la\s))|en\s+(?:lien|liaison|coordination|concertation|collaboration)\s+avec|"
    # "Sous la coordination du Secrétaire général, la Direction X dressera ...": who steers it first
    r"sous\s+(?:la\s+|l')(?:coordination|supervision|conduite|responsabilite|houlette|egide|autorite|pilotage)|"
    # "Compte tenu du risque de feux, le SDIS maintient ...", "Au vu des relevés, ...": the grounds first
    r"compte\s+tenu|au\s+vu|en\s+raison|eu\s+egard|"
    # "Pour accompagner les éleveurs, le ministère X ouvrira ...", "Afin de limiter les pertes, ...": the aim first
    r"(?:pour|afin\s+de)(?=\s+[a-z]{2,}(?:er|ir|re)\s)|afin\s+d'[a-z]{2,}(?:er|ir|re)(?=\s))\s"
    r"[^,.;:]{1,100},\s*"
)
#: The past perfect passive right before a request's verb (folded): "had been ", "had also been ", "had earlier been ".
_EN_HAD_BEEN = re.compile(r"\bhad\s+(?:(?:also|earlier|already|previously)\s+)?been\s+(?:(?:also|duly)\s+)?$")
#: A request's "that" clause, past an aside: "requested that ", "directed, on a 4-1 vote, that the ".
_THAT_CLAUSE = re.compile(r"(?:,[^,.;]{1,60},)?\s+that\s+(?:the\s+)?")
#: The staff at large as a "that" clause's subject (folded): "Administration", "city staff" (no unit of the directory).
_STAFF_SUBJECT = re.compile(r"(?:administration|(?:city\s+|town\s+|county\s+)?staff)\b")
#: A verb in the subjunctive after its subject, no auxiliary: "... repair", "... jointly develop", "... work with".
_BARE_VERB = re.compile(
    r",?\s+(?:(?:also|jointly|immediately|urgently|promptly|further)\s+)?(?!(?:is|are|was|were|has|have|had|will|"
    r"would|can|could|may|might|should|shall|must|did|does|do|be|been|not|and|or|of|in|on|for)\b)[a-z]{3,}\b"
)
#: A group restricted by a relative clause with its own verb, right before the modal: "(Investors) whose
#: disbursement rate is below 20% ", "(units) that have not yet reported ", "(contractors) who were fined ".
_RESTRICTED_SUBJECT = re.compile(
    r"\s+(?:whose|that|which|who)\s+[^,;.]{0,80}?\b(?:is|are|was|were|has|have|had)\b[^,;.]{0,80}?\s"
)
#: An aside between a request's verb and its clause: "requested, with Board concurrence, that ...".
_ASIDE_BEFORE_THAT = re.compile(r",[^,.;]{1,60},(?=\s+that\b)")
#: "Le Chef de l'Etat invite, en outre, le Ministre de X à ...": a linking adverb between commas before the addressee.
_FR_ASIDE_BEFORE_ADDRESSEE = re.compile(
    r",\s*(?:en outre|par ailleurs|egalement|aussi|enfin|notamment|ensuite|de plus|de meme|a cet egard|a ce titre|"
    r"a cet effet|dans ce cadre|a nouveau|pour sa part|dans ce sens|en ce sens|dans cette optique|"
    r"dans cette perspective)\s*,"
)
#: ... and with no commas, of more than one word: "Le Gouvernement charge en outre l'Inspection des finances de ...".
#: A Swedish time between the verb and its addressee (folded): "gav i måndags X i uppdrag", "gav på tisdagen X
#: i uppdrag", "uppdrog vid sammanträdet åt X", "gav under dagen X i uppdrag" (the day the story tells of).
_SV_TIME_WORDS = (" i ", " pa ", " under ", " vid ")
_SV_TIME_BEFORE_ADDRESSEE = re.compile(
    r"\s+(?:i\s+(?:(?:mandags|tisdags|onsdags|torsdags|fredags|lordags|sondags|gar|morse|kvall|dag)\b)|"
    r"(?:pa|under)\s+(?:mandagen|tisdagen|onsdagen|torsdagen|fredagen|lordagen|sondagen|dagen|eftermiddagen|"
    r"formiddagen|kvallen|motet|sammantradet)\b|vid\s+(?:motet|sammantradet)\b)(?:\s+(?:at|till))?"
)
#: A Swedish adverb between the verb and its addressee (folded): "gav enhälligt X i uppdrag", "ger även X i uppdrag",
#: "uppdrar dessutom åt X".
_SV_ADVERB_BEFORE_ADDRESSEE = re.compile(
    r"\s+(?:enhalligt|enigt|dessutom|aven|ocksa|vidare|samtidigt|darfor|harmed|slutligen)(?:\s+at)?(?=\s)"
)
_FR_ADVERB_BEFORE_ADDRESSEE = re.compile(r"\s+(?:en outre|par ailleurs|de plus|de meme|a nouveau|pour sa part)(?=\s)")
#: The same unit asked by its head noun again: "For the Provincial Project Management Board of ..., the Vice
#: Chairman asked the Board to ...", "As for the Department of Health, he directed the department to ...".
_HEAD_NOUN_OBJECT = re.compile(
    r"\s*the\s+(board|department|committee|agency|office|ministry|authority|commission|council|centre|center|"
    r"corporation|unit)\s+(?:to\s+|with\s+|for\s+)"
)
#: A link to the sentence before, then a comma (lower-case view): "Cùng với đó, tập trung ...", "Đồng thời, ...",
#: "Bên cạnh đó, ...", "Ngoài ra, ...", "Mặt khác, ...", "Song song với đó, ...", "Trên cơ sở đó, ..."; "đồng thời"
#: with no comma too ("Đồng thời thực hiện nghiêm Chỉ thị số ...": at the same time, the same unit's next task).
_VI_LINKED_OPENER = re.compile(
    r"\s*(?:(?:cùng với đó|kèm theo đó|đồng thời|ngoài ra|bên cạnh đó|mặt khác|song song với đó|song song đó|"
    r"trên cơ sở đó|tiếp đó|sau đó)\s*,|đồng thời)\s*"
)
#: A time limit before the verb of an order with no subject, then a comma (lower-case view): "Trong vòng 10 ngày kể
#: từ ngày ký văn bản này, tham mưu ...", "Trước ngày 20/5, hoàn thành ...", "Chậm nhất ngày 15/4, gửi ...",
#: "Ngay sau khi có kết quả, báo cáo ...".
_VI_TIME_LIMIT_OPENER = re.compile(
    r"\s*(?:trong\s+(?:vòng|thời hạn|thời gian|phạm vi)\s+\d|trong\s+\d|trước\s+(?:ngày|\d)|chậm nhất|muộn nhất|"
    # "Trong quý II/2026, phối hợp ...", "Trong tháng 5/2026, cung cấp ...", "Trước tháng 9, hoàn thành ...": the
    # period the task falls in
    r"(?:ngay\s+)?trong\s+(?:quý|tháng|tuần|năm|học kỳ|dịp|đợt)\s|trước\s+(?:quý|tháng|tuần)\s|"
    r"ngay sau khi|sau khi|kể từ|từ nay đến|đến hết|trước khi)[^,.;:]{0,70},\s*"
)
#: The act a sentence says it carries out, then a comma (lower-case view): "Thực hiện chỉ đạo của UBND tỉnh tại Công
#: văn số ...,", "Thực hiện Kế hoạch số 12/KH-UBND ngày ...,", "Thực hiện ý kiến kết luận của Chủ tịch ...,".
_VI_ACT_CARRIED_OUT = re.compile(
    r"thực hiện\s+(?:(?:ý kiến|sự)\s+)?(?:chỉ đạo|kết luận|công văn|văn bản|kế hoạch|quyết định|chỉ thị|nghị quyết|"
    r"thông báo|công điện|đề án|chương trình|nghị định|thông tư|luật)\b[^.;:]{0,160}?,\s*"
)
#: A partner named before the verb of an order with no subject, then a comma (lower-case view): "Cùng với Sở Y tế,
#: rà soát ...", "Với sự phối hợp của Công an tỉnh, tổ chức ...": the task is the unit's of the list, the partner helps.
_VI_PARTNER_OPENER = re.compile(
    r"\s*(?:cùng với|cùng|với sự (?:phối hợp|tham gia|hỗ trợ|giúp đỡ|phối hợp chặt chẽ) của)\s+[^,.;:]{2,80},\s*"
)
#: ... in French (folded): "En lien avec la DPS, ", "Sous la coordination du Secrétaire général de la Province, ",
#: "Avec l'appui de la DDT, " (the unit that helps, then the comma before the subject).
_FR_PARTNER_OPENER = re.compile(
    r"\s*(?:en\s+(?:etroite\s+)?(?:lien|liaison|coordination|concertation|collaboration|partenariat)\s+avec|"
    r"sous\s+(?:la\s+|l')(?:coordination|supervision|conduite|houlette|egide)\s+(?:de\s+la|de\s+l'|du|des|de|d')|"
    r"avec\s+(?:l'appui|le\s+concours|le\s+soutien)\s+(?:de\s+la|de\s+l'|du|des|de|d'))\s*[^,.;:]{2,100},\s*"
)
#: A petition or a difficulty raised, as the heading of the answer to it (lower-case view): "Kiến nghị của Công ty X
#: về ...", "Đề xuất của Hiệp hội Y về ...", "Phản ánh về ...", "Vướng mắc liên quan đến ...".
_VI_PETITION_HEADING = re.compile(
    r"\s*(?:kiến nghị|đề xuất|phản ánh|vướng mắc|khó khăn|ý kiến)\s+(?:của|về|liên quan|sửa đổi|đối với)\s"
)
#: The matter a sentence opens on, then a comma (lower-case view): "Đối với dịch tả lợn châu Phi, ...", "Về lĩnh vực
#: văn hóa - xã hội, ...", "Riêng về công tác tuyên truyền, ...".
_VI_MATTER_OPENER = re.compile(r"\s*(?:riêng\s+)?(?:đối với|về|với)\s+[^,.;:]{2,80},\s*")
_VI_MATTER_OPENER_LONG = re.compile(r"\s*(?:riêng\s+)?(?:đối với|về|với)\s+[^.;:]{2,320},\s*")
#: A task a unit leads, with no subject (lower-case view): "Chủ trì, phối hợp với Sở X ...", "Chủ trì tham mưu ...".
#: ... or is the focal point of: "Là đầu mối tham mưu Giám đốc Sở ...", "Làm đầu mối, phối hợp ...", "Là cơ quan thường
#: trực, tham mưu ..." (the unit's standing role, its tasks after it).
_VI_LEADS_TASK = re.compile(
    r"(?:chủ trì|(?:là|làm)\s+(?:cơ quan\s+|đơn vị\s+)?(?:đầu mối|thường trực))(?:\s*,\s*|\s+và\s+|\s+)"
)
#: A unit held answerable for a matter, with no subject (lower-case view): "Chịu trách nhiệm trước Chủ tịch UBND tỉnh về
#: tiến độ ...", "Chịu trách nhiệm toàn diện về chất lượng ...": the unit named above it answers for the work.
_VI_ANSWERS_FOR = re.compile(r"chịu trách nhiệm\s+(?:chính\s+|toàn diện\s+|hoàn toàn\s+)?(?:trước|về)\s")
#: A Vietnamese sentence that opens on the unit it is about: "Đối với Sở X, ...", "Riêng đối với ...", "Về phía ...".
_VI_TOPIC_OPENING = re.compile(r"\s*(?:rieng\s+)?(?:doi\s+voi|ve\s+phia|rieng)\s+")

#: "lui a demandé", "l'a chargé", "les a invités": a request whose addressee is a pronoun.
_FR_PRONOUN_ADDRESSEE = re.compile(r"\b(?:lui|leur|l'|les)\s*a\s*$")  # ("lui a, en outre, demandé")
_FR_TO_PRONOUN = re.compile(r"il\s+(?:lui|leur)\b")
#: "a demandé que les résultats soient rendus publics": an order in the subjunctive with no addressee, the
#: unit in focus (the section's, "AU TITRE DU MINISTÈRE DE X") to carry it out.
_FR_ASKED_THAT = re.compile(r"\s+(?:que|qu')")
#: The subject of that clause, each of a group (folded): "que chacun d'entre eux désigne", "que chaque opérateur",
#: "que tous les services", "que l'ensemble des préfets": a generic group, no lead.
_FR_EACH_AFTER_THAT = re.compile(r"\s+(?:que\s+|qu')\s*(?:chacun|chacune|chaque|tous|toutes|l'ensemble)\b")
#: ... asked by the one who chairs or decides ("Le Président de la République a demandé que", "Mme la sous-préfète
#: demande que"), not by a participant ("La chambre d'agriculture demande que les seuils soient revus": a wish).
_FR_CHAIR_BEFORE = re.compile(
    r"\b(?:president(?:e)?|chef\s+de\s+l'etat|premier\s+ministre|(?:sous-)?prefete?|gouverneur|conseil|maire|"
    r"il|elle)\b[^.;]{0,40}$"
)
#: ... that one's name opening the sentence, his demand a later verb of it (folded): "Le Gouverneur a déploré ... et a
#: exigé que", "Le Président de la République a rappelé ... et a demandé que".
_FR_CHAIR_OPENS = re.compile(
    r"\s*(?:le|la)\s+(?:president(?:e)?|chef\s+de\s+l'etat|premier\s+ministre|(?:sous-)?prefete?|gouverneur|maire)\b"
)
_FR_AND_HAS_BEFORE = re.compile(r"\bet\s+(?:a|ont)\s+$")
#: A Council communiqué's section for one ministry's matters: "AU TITRE DU MINISTÈRE DE LA SANTÉ".
_FR_SECTION_OF = re.compile(r"\s*au\s+titre\s+(?:du|de\s+la|de\s+l'|des)\s")
#: ... numbered on its line (folded): "1- Au titre du Ministère de ...", "2. Au titre de la Primature".
_FR_NUMBERED_SECTION_OF = re.compile(
    r"(?:(?:\d{1,2}|[ivx]{1,5})(?:\.\d{1,2})*\s*[.)-]\s*)?au\s+titre\s+(?:du|de\s+la|de\s+l'|des)\s+(?:ministere|primature|secretariat)\b"
)
#: The semicolon or colon that closes a heading, alone before the line's end.
_LINE_END_AFTER_STOP = re.compile(r"[ \t]*[;:][ \t]*(?:\n|$)")
#: A communiqué's section named after who speaks in it: "I. COMMUNICATION DU PRÉSIDENT DE LA RÉPUBLIQUE",
#: "INTERVENTION DE LA PREMIÈRE MINISTRE", "EXPOSÉ DU MINISTRE DES FINANCES": the speaker's words, no unit's tasks.
_FR_SPEAKER_SECTION = re.compile(
    r"\s*(?:communications?|interventions?|expose|propos\s+liminaires?)\s+(?:du|de\s+la|de\s+l'|des)\s"
)
#: A section's number before its heading on the same line: "I.4. ", "A. ", "2) ", "III.1- ".
_SECTION_NUMBER = re.compile(r"(?:[ivx]{1,5}|\d{1,2}|[a-h])(?:\.\d{1,2})*\s*[.)-]?\s*")
#: "Il a été chargé de poursuivre ...", "Elle a également été invitée à": the minister who reported just
#: before, given the task in the passive.
_FR_PRONOUN_CHARGED = re.compile(
    r"\s*(?:il|elle)\s+a\s+(?:(?:egalement|aussi|en outre|par ailleurs)\s+)?ete\s+"
    r"(?:charge|instruit|invite|mandate|exhorte)e?\s+(?:de|d'|a)\b"
)


#: A French passive still to be done, before its agent: "la distribution devra être achevée par le
#: Ministère de X", "des mesures seront mises en œuvre par le Ministère de Y", "une attention particulière
#: devra être accordée par le Ministre de Z" (folded view; "sera"/"seront" with a participle, or an
#: obligation with "être").
_FR_PASSIVE_TO_DO = re.compile(
    # ("sera en outre adressée par ...", "seront par ailleurs transmis par ...": an adverb of two words)
    r"\b(?:sera|seront|(?:doit|doivent|devra|devront)\s+etre)\s+(?:(?:egalement|aussi|notamment|rapidement|"
    r"prioritairement|effectivement|en\s+outre|par\s+ailleurs)\s+)?(?!(?:co)?presid|represent|accompagn|assist|suivi|precede|ouvert|cloture)\w+(?:e|es|ee|ees|is|ise|ises|it|ite|ites|u|ue|us|ues|t|te|ts|tes)\b"
    r"[^.;:]{0,60}?\bpar\s+(?:le\s+|la\s+|les\s+|l')?$"
)

#: Before the agent of a passive (folded view).
_PASSIVE_AGENT = {
    "en": re.compile(
        # "will be carried out by the Provincial Inspectorate": a particle may follow the participle
        r"\b(?:be|been|being|is|are|was|were)\s+(?:\w+ly\s+)?\w+(?:ed|en|t)(?:\s+(?:out|up|over|through|on))?"
        # "should be opened at bus stands, markets and labour junctions by the Municipal Corporation": where, before
        # the agent
        r"(?:\s+(?:at|in|on|across|throughout|along|near)\s+[^.;:()]{1,80}?)?\s+by\s+(?:the\s+)?$"
    ),
    "fr": re.compile(r"\bpar\s+(?:le\s+|la\s+|les\s+|l')?$"),
    "sv": re.compile(r"\b\w+(?:as|ats|des|tes)\s+av\s+$"),
}


#: An item that names its addressee before "to": "the contractor to ...", "all investors to ...".
_EN_ITEM_ADDRESSEE = re.compile(r"(?:the|all|each|every|relevant)\s+(?:[a-z'-]+\s+){0,3}?to\s+[a-z]")
#: The city's staff at large as the subject of an order (folded): "Staff to explore cost-neutral options ...", "City
#: staff shall return with ...", "Staff will bring back ...": no unit, and not the unit of the order before.
_EN_STAFF_SUBJECT = re.compile(
    r"\s*(?:(?:city|county|town|village|borough|district|township)\s+)?staff\s+"
    r"(?:to|shall|will|should|must|is\s+to|are\s+to)\s+(?:also\s+)?[a-z]"
)
#: A decision's clause that gives an assignment to a subject of its own: "att kommundirektören får i uppdrag
#: att ...", "att socialchefen ges i uppdrag att ...", "att förvaltningen uppdras att ...".
_SV_ATT_ASSIGNED = re.compile(
    r"att\s+(?:[^\W\d_]+\s+){1,4}?(?:far|ges|erhaller)\s+i\s+uppdrag\b|att\s+(?:[^\W\d_]+\s+){1,4}?uppdras\b|"
    # "att samtliga nämnder ska inventera ...", "att berörda förvaltningar ska ...": a group of units
    r"att\s+(?:samtliga|alla|berorda|respektive|ovriga)\s+[^\W\d_]+\s+(?:ska|skall)\b"
)
#: An item that approves, adopts or appoints: a decision, no task ("– adoption du projet de loi ...").
_APPROVAL_ITEM = re.compile(
    r"\s*(?:adoption|approbation|nomination|prise d'acte|approval|appointment|adoption of|"
    r"godkannande|antagande|faststallande|"
    # "QUE le conseil autorise une dépense de 4 500 $", "QUE le conseil adopte le budget": the body's own decision
    r"(?:et\s+)?que\s+(?:le\s+)?(?:conseil|comite)\s+(?:municipal\s+)?(?:autorise|approuve|adopte|accepte|"
    r"enterine|prenne\s+acte|prend\s+acte|octroie|accorde|nomme|decrete)\b|"
    # "D'AUTORISER la mairesse à signer l'avenant ...", "D'APPROUVER le règlement ...", "DE NOMMER X ...": a
    # resolution's article in the infinitive that authorises, approves or appoints
    r"(?:et\s+)?(?:d'(?:autoriser|approuver|adopter|enteriner|accepter)|de\s+(?:nommer|ratifier))\b|"
    # "The Committee agreed: (i) to approve the programme ...; (iii) to note the update ...; 1. to defer ...": a
    # committee's clause in the infinitive that approves, notes, defers or delegates
    # "Agree in principle with the proposal of X on extending ...", "Approve in principle the plan ...": a notice's
    # conclusion that consents (the English editions' "Đồng ý về chủ trương"), no task
    r"(?:agree|approve|accept|consent)\s+in\s+principle\b|"
    # "Recommended Action: Receive the action items update and provide direction to staff": the board takes a report
    # (not "... and direct the Clerk to ...", an order after it)
    r"receive\s+(?:and\s+file\s+)?(?:the|this|a|an)\s+(?:[^\s.;:]+\s+){0,6}?(?:report|update|presentation|briefing|"
    # (nor "... and ask the Finance Department to prepare ...")
    r"minutes|information)\b(?![^.;]*\b(?:direct|instruct|request|ask|task)(?:s|ed)?\s[^.;]{1,80}?\bto\s)|"
    r"agree\s+(?:with|to)\s+the\s+(?:proposal|request|recommendation|submission)s?\s+of\b|"
    # "3. The Minister agreed with the proposal of the Department of X to add ...", "The Vice Chairman agreed in
    # principle with the request of Y to use ...": a leader's consent recorded in a notice's item, no task (not "...
    # and assigned the Department of X to ...", an order after it); "Regarding the request of X province for an
    # additional VND 450 billion, the Deputy Prime Minister agrees in principle with the proposal": the matter first,
    # the consent in the present
    r"(?:(?:regarding|concerning|as\s+for|as\s+regards|with\s+(?:regard|respect)\s+to)\s+[^.;:]{3,200}?,\s*)?"
    # ("The Chairman agrees in principle with the district's proposal to ...": the proposer in the genitive)
    r"(?:the\s+)?(?:[a-z-]+\s+){1,3}?(?:also\s+)?agree[sd]\s+(?:in\s+principle\s+)?(?:with|to)\s+the\s+"
    r"(?:[a-z-]+['’]s\s+)?(?:proposal|request|recommendation|submission)s?\b"
    r"(?![^.;]*\band\s+(?:also\s+)?(?:assign|direct|instruct|request|require|ask|task)(?:s|ed)\b)|"
    r"(?:and\s+)?to\s+(?:approve|note|agree|defer|delegate|endorse|adopt|accept|thank|welcome|authori[sz]e|grant|"
    r"award|refuse|reject|ratify|confirm|receive|support|recommend|remit|continue)\b|"
    # "The Cabinet decided to provide relief of ...", "The Council agreed to nominate X as ...": what the body
    # itself grants or does (not "decided to direct the Ministry of X to ...", which tasks a unit)
    r"(?:the\s+)?(?:cabinet|council(?:\s+of\s+ministers)?|government|meeting)\s+(?:also\s+)?"
    r"(?:decided|agreed|resolved)\s+to\s+(?!(?:assign|direct|instruct|task|ask|request|entrust|charge|order|"
    r"require|mandate|urge)\b)[a-z]+|"
    # "QUE le maire soit autorisé à signer ...": an authorisation, no task
    r"(?:et\s+)?que\s+[^.;:]{1,60}?\s(?:soit|soient)\s+(?:autorisee?s?|habilitee?s?)\b|"
    # "QUE la dépense soit financée à même l'aide financière obtenue", "QUE cette dépense soit imputée au poste
    # budgétaire ...", "QUE les sommes requises soient prises à même le surplus": where the money comes from, no task
    r"(?:et\s+)?que\s+(?:la|les|cette|ces|ladite|lesdites|le|ce)\s+(?:[a-z]+\s+)?(?:depenses?|sommes?|montants?|"
    r"couts?|frais|contributions?|subventions?|credits?)\b[^.;:]{0,60}?\s(?:soit|soient)\s+(?:financee?s?|imputee?s?|"
    r"payee?s?|prise?s?|puisee?s?|appropriee?s?|affectee?s?|assumee?s?|defrayee?s?)\b|"
    # "Nämnden biföll ordförandens förslag med X:s ändring": a board's record that it approved a proposal, in the
    # past tense, no task of its own (not "... med tillägget att förvaltningen ska ...", which adds one)
    r"[^.;:]{0,60}?\b(?:godkande|bifoll|antog|faststallde)\s+(?:[^\s.;:]+\s+){0,3}?"
    r"(?:beslutsforslag|forslag|yrkande)(?:et|en)?\b(?![^.;:]*\batt\s))\b"
)
#: An item whose thing is approved, in the passive, with no one to act: "The draft Regulation on X was approved
#: with amendments", "The annual audit plan is adopted", "Le projet de décret relatif à X a été adopté", "Planen
#: godkändes": a decision, no task (the subject is a document, so no unit comes before the verb).
_APPROVED_PASSIVE_ITEM = re.compile(
    r"[^.;:\n]{3,160}?\b(?:was|were|is|are|has\s+been|have\s+been|hereby)\s+(?:hereby\s+|duly\s+|unanimously\s+)?"
    r"(?:approved|adopted|endorsed|ratified|noted|accepted"
    # "The proposal received from X was agreed to in principle, subject to funds": agreed in principle, or agreed
    # to with nothing after it ("It was agreed to set up a task force ..." orders)
    r"|agreed\s+(?:to\s+)?in\s+principle|agreed\s+to(?=\s*(?:[,.;]|$)))\b"
    r"|[^.;:\n]{3,160}?\b(?:a|ont)\s+ete\s+(?:adoptee?s?|approuvee?s?|validee?s?|enterinee?s?)\b"
    # "le prix plancher est fixé à 305 francs", "l'ouverture de la campagne est fixée au 1er décembre": a value or a
    # date the decision sets, no one to act
    r"|[^.;:\n]{3,160}?\b(?:est|sont)\s+(?:fixee?s?|arretee?s?|maintenue?s?|reconduite?s?)\s+(?:a|au|aux|pour)\b"
    r"|[^.;:\n]{3,160}?\b(?:godkandes|antogs|faststalldes)\b"
)
#: Before a unit, the words that make it the one that wrote, brought or amended the thing approved (folded): "presented
#: by the", "with the amendments proposed by", "received from": no one to act.
_EN_AUTHOR_BEFORE = re.compile(
    r"\b(?:(?:presented|proposed|submitted|prepared|tabled|moved|introduced|put\s+forward|recommended|suggested|"
    r"drafted|sponsored|seconded)\s+by|received\s+from)\s+(?:the\s+)?$"
)
#: An item that tells what was decided of a thing, by whom and in which act, in the passive (folded view): "Dự án được
#: HĐND tỉnh quyết định chủ trương đầu tư tại Nghị quyết số 47/NQ-HĐND ...", "Đề án đã được UBND tỉnh phê duyệt tại
#: Quyết định số ...": background, no task (not "phải được ...", "sẽ được ...": what is still to be done).
#: A project's figures told (folded view): "Dự án dài khoảng 126 km", "Công trình có tổng mức đầu tư 450 tỷ đồng",
#: "Tuyến đường rộng 24 m".
_VI_PROJECT_FACTS = re.compile(
    # ("Các dự án thành phần dài ...", "Hai tuyến đường có tổng vốn ...": several, their figures)
    r"\s*(?:(?:cac|nhung|hai|ba|bon|ca)\s+)?(?:du\s+an|cong\s+trinh|tuyen(?:\s+duong)?)\b[^.;:]{0,60}?\s(?:co\s+)?"
    r"(?:chieu\s+)?"
    r"(?:dai|rong|quy\s+mo|tong\s+muc\s+dau\s+tu|tong\s+von(?:\s+dau\s+tu)?)\s+(?:(?:khoang|gan|hon|tren|la)\s+)?\d"
)
#: The same in a translated notice (folded): "The project (62.4 km) connects the coastal zones with ...", "The route is
#: about 126 km long", "The project has a total investment of VND 28,450 billion": the facts the conclusions start
#: from, told in the present.
_EN_PROJECT_FACTS = re.compile(
    r"\s*(?:the|this|each|both)\s+(?:[a-z-]+\s+){0,3}?(?:project|route|road|expressway|highway|bridge|railway|"
    r"section|scheme|works)(?:\s*\([^()]{1,40}\))?\s+(?:(?:is|are)\s+(?:(?:about|approximately|nearly|over|some)\s+)?"
    r"\d[\d.,]*\s*(?:km|kilomet(?:re|er)s?|m|metres|meters|ha|hectares)\b"
    r"|(?:connects|connect|links|link|runs|starts|begins|ends|spans|stretches|passes|crosses|consists|comprises)\b"
    r"|(?:has|have)\s+(?:a\s+)?(?:total\s+)?(?:length|investment|capital|area|width|scale)\b)"
)
_VI_DECIDED_IN_ACT = re.compile(
    # (its subject a bare noun of a thing, "được" its predicate; not an order's object: "Tiếp tục triển khai các
    # nhiệm vụ được giao tại Quyết định số ...", "Hoàn thành giải ngân vốn đã được phân bổ tại ...")
    r"\s*(?:[-–•*+]\s*|\d{1,2}[.)]\s*)?(?:(?:cac|nhung|toan\s+bo)\s+)?"
    r"(?:du\s+an|de\s+an|cong\s+trinh|ke\s+hoach|chuong\s+trinh|quy\s+hoach|goi\s+thau|danh\s+muc|nguon\s+von|von|"
    r"kinh\s+phi|chinh\s+sach|phuong\s+an|tieu\s+du\s+an|hang\s+muc|khu|tuyen|nhiem\s+vu|noi\s+dung|chu\s+truong)\b"
    r"[^.;:\n]{0,80}?\s(?<!phai )(?<!can )(?<!se )(?P<passive>duoc)\s+(?:[^.;:\n]{1,40}?\s)?"
    r"(?:quyet\s+dinh|phe\s+duyet|thong\s+qua|chap\s+thuan|cho\s+phep|ban\s+hanh|bo\s+tri|phan\s+bo|giao)\b"
    r"[^.;:\n]{0,120}?\btai\s+(?:nghi\s+quyet|quyet\s+dinh|van\s+ban|cong\s+van|thong\s+bao|ke\s+hoach|nghi\s+dinh)"
    r"\s+so\b"
)
#: A deadline of an item (folded): "trước ngày 30/4/2026", "chậm nhất ngày ...", "hoàn thành trong tháng 6": a work to
#: do, whatever it tells of an act.
_VI_ITEM_DUE = re.compile(
    r"\b(?:truoc\s+(?:ngay\s+)?\d|cham\s+nhat|hoan\s+thanh\s+(?:trong|truoc)|xong\s+truoc|truoc\s+(?:cuoi|thang|quy))"
)
#: An item's sentence that tells a state of things in the present, with no modal, no "be" of an order and no one
#: asked (folded): "The river is flowing 1.2 m below the danger mark", "148 complaints are pending beyond the time
#: limit", "Roads dug up for the pipeline have not been restored", "Coverage stands at 88 per cent": the finding the
#: item's decision answers, no order (its subject holds no "to" nor "that": "X to ensure the pumps are working").
#: A perfect that tells what happened (folded): "has penetrated", "have already built", "had been handed over".
#: Read from the item's start, the main clause's (not "... until the storm has passed", nor a body set up: "A
#: committee headed by X has been formed to ...").
_EN_PERFECT_TOLD = re.compile(
    r"(?:(?!\b(?:until|till|when|after|before|once|if|unless|which|that|who|whom|where|while|whether)\b)[^.;:])*?"
    r"\b(?:has|have|had)\s+(?:(?:already|also|now|just|\w+ly)\s+)?(?!been\b)"
    r"[a-z]{2,}(?:ed|en|wn|ught|ade|ent|id|ilt|one)\b"
)
_EN_STATE_TOLD = re.compile(
    # (nor after a semicolon: "The DEO is preparing a list ...; it be submitted by 30.09.2026", the order in its
    # second clause)
    r"(?![^.:]*\b(?:shall|must|should|will|would|be|needs?\s+to|ha(?:s|ve)\s+to|(?:is|are)\s+to|responsible|"
    r"in\s+charge)\b)"
    # ("Site clearance for the section from Km12 to Km27 remains slow": a stretch "from X to Y" in the subject)
    r"(?:(?!\b(?:to|that)\b)[^.;:]|\bfrom\s+[^\s.;:]+\s+to\b){3,120}?"
    r"\b(?:(?:is|are)\s+(?:(?:still|now|currently|not|yet)\s+)*"
    # ("About 3,200 ha of rice and 1,150 households are at risk of lacking fresh water")
    r"(?:[a-z]{3,}ing|pending|incomplete|outstanding|overdue|below|above|behind|short|at\s+risk|in\s+danger)\b|"
    r"(?:has|have)\s+(?:(?:still|not|yet)\s+)*been\s+[a-z]+(?:ed|en)\b(?!\s+to\b)|"
    r"(?:stands?|remains?)\s+(?:(?:very|too|rather|still)\s+)?(?:at|pending|incomplete|outstanding|unpaid|unspent|"
    r"slow|low|high|behind|below|above|unresolved|stalled|delayed|limited|unchanged)\b)"
)
#: A translated conclusion notice's task, its unit's verb in the present where the source has a bare verb (folded):
#: "The Department of Agriculture and Environment guides the communes on ...", "The Centre coordinates with X to
#: prepare ...", "The Office monitors and urges ...", an adverb before it ("strictly implements"); the verb's stem is
#: one the imperative knows (not "reports that ...": what the unit told).
_EN_PRESENT_TASK = re.compile(r"(?:(?:[a-z]+ly|also|further)\s+)?(?P<verb>[a-z]{3,})s\b(?!\s+that\b)")
_EN_BARE_TASK = re.compile(r"(?:[a-z]+ly\s+)?(?P<verb>[a-z]{3,})\b(?!\s+that\b)")
#: Units at large as an item's subject, their bare verb after it (folded): "Departments, agencies and localities
#: strictly implement ...", "All departments and localities urgently review ...".
_EN_GROUP_ITEM_SUBJECT = re.compile(
    r"\s*(?:all\s+)?(?:the\s+)?(?:relevant\s+)?(?:departments|agencies|localities|units|sectors|branches)"
    r"(?:(?:\s*,\s*|,?\s+and\s+)(?:departments|agencies|localities|units|sectors|branches)){1,3}\s+"
)
#: An appointment in a list of decisions ("M. X, administrateur civil, est nommé Directeur de ...", "is
#: appointed Director of ..."): the unit it names is where the person will work, no task.
_APPOINTMENT = re.compile(
    r"\b(?:est|sont)\s+(?:nommee?s?|designee?s?|promue?s?|reconduite?s?)\b"
    r"|\b(?:is|are|was|were)\s+(?:hereby\s+)?(?:appointed|designated|named)\s+(?:as\s+)?(?:the\s+)?[A-Za-z]"
    # "Directeur Général de la Santé : Docteur X, Médecin de Santé Publique, en remplacement du Docteur Y": a post,
    # then who takes it and whom he replaces
    r"|\ben\s+remplacement\s+(?:de|du|des|d')\s*(?:m\.|mme|mlle|monsieur|madame|docteur|dr|professeur|pr)\b"
    r"|\b(?:in\s+place\s+of|replacing|vice)\s+(?:mr|mrs|ms|dr|prof)\b"
)
#: An item of a list of appointments that opens on who is appointed, a civil title and a name, then his
#: qualification or post (work view): "Monsieur Karim OUÉDRABOU, Pharmacien, Directeur général de ...", "Mme Awa
#: DIALLO, Administrateur civil, ..." (not "Monsieur le Directeur, ...": an addressee).
_NOMINEE_ITEM = re.compile(
    r"\s*(?:Monsieur|Madame|Mademoiselle|Docteur|Professeur|M\.|Mme|Mlle|Dr|Pr)\s+"
    r"(?:[A-ZÀ-Ý][\w'’-]*\s+){1,4}?[A-ZÀ-Ý][\w'’-]*\s*,"
)
#: A French request whose complement only asks for an attitude ("a invité le Gouvernement à faire preuve
#: d'anticipation", "à redoubler de vigilance"): an exhortation, no task.
#: "à « plus de célérité et de rigueur »", "à davantage de vigilance": more of an attitude, no task (no verb).
_FR_EXHORTATION = re.compile(
    # (the attitude in quotes: "à « faire preuve de souplesse »")
    r"\s*(?:a|de|d')\s*(?:[«\"“]\s*)?(?:faire preuve d|redoubler d|rester (?:mobilise|vigilant)|"
    # "a exhorté les bénéficiaires à faire un usage responsable de ce matériel", "à en faire bon usage": a conduct
    r"(?:en\s+)?faire\s+(?:un\s+)?(?:(?:bon|meilleur)\s+usage|usage\s+(?:responsable|rationnel|judicieux|raisonne))\b|"
    r"[«\"“]?\s*(?:(?:encore\s+)?plus|davantage|beaucoup\s+plus)\s+d(?:e\s|')[a-z]+\b[^«\"“]{0,60}?[»\"”]?\s*(?:[,.;]|$))"
)
#: The end of a time opener, or of the clause after it (folded view): "Earlier, ...", "Earlier this year, ...",
#: "Previously, at the meeting on January 20, ...".
_EN_TIME_COMMA = re.compile(r"[^.;:,]{0,30},")
#: After a sentence's first word, a plural noun and its verb (working view): "Work sessions are ...", "Review meetings
#: were ...": the first word names the kind of the noun, no imperative.
_EN_NOUN_SUBJECT_AFTER = re.compile(r"\s+[a-z]{3,}s\s+(?:are|were|have|remain)\b")
#: ... save a verb whose object is a clause: "Ensure records are kept", "Confirm funds are available".
_EN_CLAUSE_VERB = re.compile(
    r"(?:ensure|confirm|verify|check|make|see|note|ascertain|determine|establish|show|demonstrate|certify|"
    r"guarantee|prove|assess|consider|indicate|state|report|advise|notify|inform|explain|clarify)"
)
#: A sentence that opens on the month something happened in (folded): "In October,", "Back in March 2026,".
_EN_MONTH_OPENER = re.compile(
    r"\s*(?:back\s+)?(?:in|during)\s+(?:early\s+|mid-?\s*|late\s+)?(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december)(?:\s+(?:19|20)\d\d)?\s*,"
)
#: A sentence that opens on a year (folded): "In 2024,", "En 2024,", "Back in 2023,", "Dès 2023,", "Courant 2024,",
#: "Au cours de l'année 2024,", "Fin 2024,"; in English with no comma too: "In 2024 staff were directed ...".
_PAST_YEAR_OPENER = re.compile(
    r"\s*(?:(?:back\s+)?(?:in|during)\s+(?:(?:early|late|mid)[- ]?\s*)?|(?:en|des|courant|debut|fin)\s+|"
    r"(?:au\s+cours\s+de|durant|pendant)\s+(?:l'annee\s+)?)(?P<year>(?:19|20)\d\d)(?:\s*,|(?<=\d)\s+(?=(?:staff|"
    r"council|the|administration)\s))"
)
#: A Vietnamese sentence that opens on a year, or a month or quarter of it (lower view): "Năm 2025,", "Trong năm
#: 2024,", "Cuối năm 2025,", "Tháng 3/2025,", "Quý IV/2025,".
_VI_PAST_YEAR_OPENER = re.compile(
    r"\s*(?:(?:trong|suốt|cả|cuối|đầu|giữa|hồi|từ)\s+)?(?:năm\s+|tháng\s+\d{1,2}\s*/\s*|quý\s+[ivx\d]{1,3}\s*/\s*)"
    r"(?P<year>(?:19|20)\d\d)\s*,"
)
#: From "đã" to the verb of an order that is one of the past verbs of the same subject (lower view): "đã nhiều lần
#: họp, ", "đã kiểm tra và ", "đã ".
_VI_TOLD_CHAIN = re.compile(r"đã\s+(?:[^.;:]*?(?:,|\svà))?\s*")
#: A French order told in the past passive (folded): "a été chargée de", "ont été invités à", "avait été prié de".
_FR_TOLD_PASSIVE = re.compile(
    r"\b(?:a|ont|avait|avaient)\s+(?:[a-z]+\s+)?ete\s+(?:chargee?s?|invitee?s?|priee?s?|mandatee?s?|"
    r"sommee?s?|instruite?s?)\b"
)
#: A report's or a log's masthead line, whole (work view): its title "Staff Report to Committee of the Whole",
#: "Report to the Finance Committee", "Information Report for Council", a title's words capitalised; or the line that
#: dates the log's update, "Updated following the Regular Meeting of May 11, 2026", "Last updated: June 2".
_MASTHEAD_LINE = re.compile(
    r"[ \t]*(?:(?:(?:[A-Z][a-z]+'?s?|[A-Z]+)\s+){0,2}[Rr]eport\s+(?:to|for)\s+(?:the\s+)?"
    r"[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|the|and|for|on|&))*"
    r"|(?:[Ll]ast\s+)?[Uu]pdated\s*(?::|following|after|as\s+(?:of|at)|on|since)\b[^\n.;]*"
    # "Status as of the Regular Council Meeting of February 10, 2026 – prepared by the Office of the City Clerk",
    # "Position as at 31 March 2026": the log's date of update
    r"|(?:[Ss]tatus|[Pp]osition)\s+(?:as\s+(?:of|at)|at|following|after)\s[^\n.;]*)[ \t]*"
)


def masthead_line(work: str, start: int, end: int) -> bool:
    """Whether ``work[start:end]`` is a report's title or a log's "Updated following ..." line, the whole of its
    line: the document's masthead, no order."""
    line_end = work.find("\n", start)
    line_end = len(work) if line_end < 0 else line_end
    if line_end > end + 1 or (start > 0 and work[start - 1] not in "\n"):
        return False
    return _MASTHEAD_LINE.fullmatch(work, start, line_end) is not None


#: An order told in the past passive (folded): "staff was asked to", "the Department had been directed to".
#: A month of a year, or a year, right after a told order (folded): "was assigned in December 2025 to ...", "were
#: asked in 2024 to ...".
_EN_MONTH_OF_YEAR = re.compile(rf"in\s+(?:(?:early|late|mid)[- ]?\s*)?(?:{_MONTHS}\s+)?(?:19|20)\d\d\s+to\b")
#: An event foreseen (folded): "the next regular press conference is expected to be held in early July", "the fair
#: is expected to take place ...": no one tasked.
_EN_EVENT_EXPECTED = re.compile(
    r"\b(?:conference|meeting|session|sitting|festival|ceremony|event|fair|exhibition|forum|congress|summit|"
    r"workshop|seminar)s?\s+(?:is|are|was|were)\s+(?:also\s+)?expected\s+to\s+(?:be\s+held|take\s+place|"
    r"be\s+organi[sz]ed|be\s+convened|open|close|start|begin|end)\b"
)
#: A past perfect before a clause's modal (folded): "had set the target that investors must ...".
_EN_PAST_PERFECT = re.compile(r"\bhad\s+(?:[a-z]+ly\s+)?(?:set|made|given|laid\s+down|[a-z]+ed)\b")
#: "in the ", "at the ", "during the ": before the earlier meeting an order was given at (folded).
_EN_AT_THE = re.compile(r"(?:in|at|during)\s+(?:the\s+|its\s+|their\s+)?")
_EN_TOLD_ORDER = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:asked|directed|requested|instructed|tasked|assigned|charged)\b"
)
#: After an order, the word that it is still not carried out (folded): "... was tasked to draft the bylaw, but this has
#: not yet been done", "... were asked to ..., but it has yet to be done", "..., but it is still pending": an earlier
#: order recalled, not given.
_EN_NOT_DONE_YET = re.compile(
    # (the earlier order, after a comma, is the subject: not "the contractor, who was paid but has yet to start")
    r",\s*but\s+(?:this|it|that|the\s+(?:task|work|assignment|order|instruction))\s+"
    r"(?:(?:has|have)\s+(?:still\s+)?not\s+(?:yet\s+)?"
    r"(?:been\s+)?(?:done|completed|implemented|carried\s+out|finished|fulfilled|started|begun|acted|complied|"
    r"delivered|submitted)\b|(?:has|have)\s+yet\s+to\b|is\s+still\s+(?:pending|outstanding)\b)"
)
#: A sentence that opens on an earlier document named by its number (folded): "In Official Dispatch No. 58/CD-TTg dated
#: June 3, 2025, the Prime Minister requested ...", "Under Decision No. 1234/QD-TTg, ...", "At Notice No. 115/TB-VPCP,
#: ...": a verb of order in the past after it tells what that document asked.
_EN_DOCUMENT_OPENER = re.compile(
    r"\s*(?:in|under|at|by|through|with)\s+(?:the\s+|its\s+|his\s+|her\s+)?(?:[a-z'-]+\s+){0,4}?(?:dispatch|notice|"
    r"decision|directive|resolution|document|letter|telegram|conclusion|circular|decree|instruction|memorandum)s?\s+"
    r"nos?\.?\s*\d"
)
#: Right after an order's clause, the word that its target was missed (folded): "... to complete site clearance in
#: the third quarter of 2025; this target has not been met": an earlier order recalled, not given.
_EN_TARGET_MISSED = re.compile(
    r"\s*[;,]\s*(?:but\s+)?(?:this|that|the)\s+(?:target|deadline|task|requirement|schedule|timeline|milestone)\s+"
    r"(?:has|have)\s+(?:still\s+)?not\s+(?:yet\s+)?been\s+(?:met|achieved|reached|attained|completed|fulfilled)\b"
)
#: The matter an English item opens on, then its comma (folded): "Regarding the measles cases reported from the
#: north, ", "With regard to the floods that hit X, ", "Concerning the complaints received, ": what it is about, its
#: told words no narration of the order that follows.
_EN_TOPIC_WORDS = ("regarding ", "concerning ", "as regards ", "with regard to ", "with respect to ", "in respect of ")
_EN_TOPIC_OPENER = re.compile(
    r"\s*(?:regarding|concerning|as\s+regards|with\s+(?:regard|respect)\s+to|in\s+respect\s+of)\s+[^,;.:]{3,140},\s*"
)
#: "Implementing Plan No. 28/KH-UBND dated December 18, 2026 of the Provincial People's Committee, ...",
#: "In implementation of the Prime Minister's Directive No. 12, ...": a document, the opener before a told act
#: or an order, up to its comma (folded view).
_EN_IMPLEMENTING_WORDS = ("implementing ", "in implementation of ")
_EN_IMPLEMENTING = re.compile(
    r"(?:implementing|in\s+implementation\s+of)\s+(?:the\s+)?(?:[a-z'-]+\s+){0,4}?(?:plan|decision|directive|"
    r"resolution|dispatch|conclusion|instruction|letter|document|decree|circular)\b[^,;]{0,160},"
)
#: After that opener's comma (the document's date may hold one), the whole province (city, district) and the duty the
#: document sets it (folded), a time first at most: "..., by the end of 2026 the province must reduce ...", "..., the
#: whole city has to ...".
_EN_WHOLE_PLACE_MUST = re.compile(
    r",\s*(?:(?:by|before|in|until)\s+[^,;]{1,40}?,?\s+)?(?:the\s+)?(?:whole\s+|entire\s+)?"
    r"(?:province|city|district|commune|town|locality)\s+(?:must|has\s+to|needs\s+to|is\s+required\s+to)\s"
)
#: "Thực hiện Công văn số ... , UBND tỉnh đã ...": implementing a document, an opener before a told act.
_VI_IMPLEMENTING = re.compile(
    r"(?:thực hiện|căn cứ|theo|triển khai)\s+(?:công văn|công điện|văn bản|quyết định|chỉ thị|kế hoạch|"
    r"nghị quyết|nghị định|thông tư|thông báo|kết luận|ý kiến chỉ đạo)\b"
)
#: A speaker's turn told from the occasion, the speaker named at length after it (lower view): "Báo cáo tại buổi
#: làm việc, bà X, Giám đốc Sở Y cho biết ...", "Phát biểu tại hội nghị, ông Z, Chủ tịch UBND huyện ...".
_VI_TURN_AT_OCCASION = re.compile(
    r"(?:báo cáo|phát biểu|trình bày|thông tin)\s+tại\s+(?:buổi|hội nghị|cuộc họp|phiên|kỳ họp|lễ)\b[^,;:.]{0,60},"
    r"\s*(?:ông|bà|đồng chí)\s"
)
#: A speaker's turn opened by the verb of its matter, the speaker named after the comma (lower view): "Đánh giá về
#: kết quả này, ông X, Phó Chủ tịch UBND tỉnh cho rằng ...", "Nhận xét về tiến độ, bà Y ...": no imperative.
_VI_TURN_ON_MATTER = re.compile(
    r"(?:đánh giá|nhận xét|nhận định|phát biểu|trao đổi|thảo luận|chia sẻ|giải trình)\b[^,;:.]{0,80},"
    r"\s*(?:ông|bà(?! con\b)|đồng chí)\s"
)


#: French requests whose task is the subject, or which take no "de"/"à" with a verb: "Le décaissement
#: incombe au Ministère", "La mise à disposition est confiée au Département", "a exigé du Ministre la
#: livraison", "Vous voudrez bien, Monsieur le directeur, prévoir".
#: ("mandate": its look-ahead already holds the task after "pour")
_FR_TASK_AS_SUBJECT = re.compile(r"(?:incomb|est\b|sont\b|sera\b|seront\b|a\s+ete\b|ont\s+ete\b|exige|vous\b|mandate)")
#: A past tense's auxiliary right before its participle (folded): "le Conseil a confié", "avaient déjà confié".
_FR_PAST_AUXILIARY = re.compile(r"\b(?:a|ont|avait|avaient)\s+(?:(?:deja|alors|ainsi|aussi|[a-z]+ment)\s+)?$")
#: A time of the past before a verb (folded): "En 2024, ...", "l'an dernier", "auparavant", "a déjà" (not a full date,
#: which may be the meeting's own: "Le 5 mars 2025, le Comité a ...").
_FR_TIME_PAST_BEFORE = re.compile(
    r"\ben\s+(?:19|20)\d\d\b|\b(?:l'an\s+(?:dernier|passe)|l'annee\s+(?:derniere|passee)|auparavant|"
    r"precedemment|a\s+l'epoque|en\s+son\s+temps|a\s+deja)\b"
)
#: A past year right after a passive assignment's unit (folded): "a été confiée à l'Office des ports en 2019".
_FR_PAST_YEAR_AFTER = re.compile(r"[^.;:]{0,80}?\ben\s+(?:19|20)\d\d\b")
#: A relative clause of whose task it tells, right before the verb (folded): "..., dont la réalisation a été".
_FR_WHOSE_TASK_BEFORE = re.compile(r"\bdont\s+(?:le|la|les|l')\s*[a-z][^.;:,]{0,60}$")
#: What "confie" hands over, a noun, and to whom (folded, after the verb): "la conduite du projet à la
#: Chancellerie", "au Service X le pilotage de ...", "à l'Office Y la réalisation d'une étude"; a task named with "un",
#: "une" ("a confié au Conseil X une mission sur ...", "confie une enquête à l'Inspection").
_FR_ENTRUSTED = re.compile(
    r"\s+(?:(?P<task>(?:(?:le|la|les|l')\s*|une?\s+)(?!soin\b)[a-z][^.;:]{2,100}?)\s(?:a|au|aux)\s|"
    r"(?:a|au|aux)\s[^.;:]{2,100}?"
    r"\s(?:(?:le|la|les|l')\s*|une?\s+)(?!soin\b)(?:conduite|pilotage|suivi|coordination|realisation|elaboration|"
    r"preparation|redaction|mise|organisation|direction|gestion|charge|responsabilite|mission|tache|etude|evaluation|"
    r"revision|examen|analyse|audit|enquete|expertise|inspection)\b)"
)
#: "il est convenu que", "le Conseil a retenu que ...": a decision that names who acts.
#: (an adverb inside the frame: "il est par ailleurs convenu que", "il a en outre été décidé que")
_FR_DECIDED_THAT = re.compile(
    r"(?:il\s+(?:est|a)\b[a-z ,]{0,30}?|a|ont)\s+(?:retenu|decide|convenu|arrete|resolu)\s+que"
)
#: A group of units as the subject: "Les administrations concernées", "Les ministères compétents", "Les maires".
_FR_GROUP_SUBJECT = re.compile(
    # ("Messieurs les Préfets de département voudront bien ...": a circular's courtesy before those it addresses)
    r"\s*(?:(?:(?:mesdames\s+et\s+messieurs|messieurs|mesdames)\s+)?(?:les|tous\s+les|toutes\s+les)\s+(?:ministeres|administrations|services|structures|directions|"
    r"departements|ministres|maires|prefets|gouverneurs|communes|collectivites(?:\s+territoriales)?|"
    r"etablissements|chefs\s+d'etablissement|agences|entreprises\s+publiques|"
    # "les régies financières procéderont à la bancarisation ...": the revenue agencies, a group
    r"regies(?:\s+financieres)?|"
    # the officials who act for the units: "Les ordonnateurs transmettront ...", "Les directeurs régionaux"
    r"ordonnateurs|comptables(?:\s+publics)?|gestionnaires(?:\s+de\s+credits)?|directeurs|chefs\s+de\s+service|"
    # "Les Chefs de division concernés mettront ...", "les chefs de bureau": a province's heads of division
    r"chefs\s+de\s+(?:division|bureau)(?:\s+provinciale)?|"
    r"secretaires\s+generaux|responsables|inspecteurs|presidents|operateurs|points\s+focaux|recteurs|"
    r"sous-prefets|delegues|conseils\s+(?:regionaux|departementaux|municipaux)|"
    # a province's local heads: "Les Administrateurs de territoire concernés", "les bourgmestres", "les chefs de
    # secteur et de chefferie"
    r"administrateurs|bourgmestres|chefs\s+de\s+(?:secteur|chefferie|quartier|canton|village))"
    # their circumscription: "Les Gouverneurs de région", "les recteurs d'académie", "les préfets de département"
    r"(?:\s+(?:de\s+(?:region|departement|province|district|cercle|prefecture|territoire)|d'academie|"
    r"des\s+regions|des\s+territoires))?"
    # and another group: "les Gouverneurs de région et les Préfets renforceront"
    r"(?:\s*(?:,|et)\s+les\s+(?:maires|prefets|sous-prefets|gouverneurs|recteurs|directeurs|services|"
    r"administrations|collectivites)(?:\s+(?:de\s+(?:region|departement|province|district)|d'academie))?)?"
    # "Chaque Ministre désignera un point focal": each of a group
    r"|chaque\s+(?:ministre|ministere|administration|service|structure|direction|departement|maire|prefet|"
    r"gouverneur|commune|etablissement|chef\s+d'etablissement|agence))"
    r"(?:\s+(?:concernee?s|competente?s|techniques|deconcentree?s|interessee?s|sectoriel(?:le)?s|publi(?:c|que)s|"
    # "Les Directeurs provinciaux veilleront ...", "les services régionaux": the level of the officials or offices
    r"provinciaux|provinciales|regionaux|regionales|departementaux|departementales|communaux|communales|"
    r"territoriaux|territoriales|locaux|locales|centraux|centrales))?"
)
#: A circular's courtesy before the officials it addresses (folded): "Mesdames et Messieurs les", "Messieurs les".
_FR_COURTESY_OPENER = re.compile(
    r"\s*(?:mesdames\s+et\s+messieurs|messieurs\s+et\s+mesdames|messieurs|mesdames)\s+(?=les\s)"
)
#: A circular's addressee called by his title, then an order to "vous" (folded): "Monsieur le Directeur provincial
#: de X, il vous est demandé de ...", "Madame la Directrice, je vous demande de ...", "Messieurs les Préfets, vous
#: veillerez à ...".
_FR_VOCATIVE_TO_YOU = re.compile(
    r"\s*(?:monsieur|madame|messieurs|mesdames)\s+(?:le|la|les|l')\s*(?P<who>[^,.;:]{3,100}),\s*"
    r"(?=(?:il\s+vous\s+(?:est|sera)\s+(?:egalement\s+)?(?:demande|prescrit|enjoint)|"
    r"(?:je|nous)\s+vous\s+(?:demande|demandons|prie|prions|invite|invitons|charge|chargeons)|"
    r"vous\s+voudrez\s+bien|vous\s+(?:vous\s+|en\s+|y\s+|les\s+|la\s+|le\s+|l')?"
    # (not "vous trouverez ci-joint ...", "vous noterez que ...": what is sent or told)
    r"(?!(?:trouverez|noterez|constaterez|remarquerez|retrouverez)\b)[a-z]{3,}(?:erez|irez))\b)"
)
#: A letter's courtesy to its addressee (folded): "je vous prie d'agréer l'expression de ...", "veuillez agréer",
#: "je vous prie de croire à ...", "nous vous prions de recevoir l'assurance de ...": no order.
_FR_COURTESY_CLOSING = re.compile(
    r"\b(?:(?:je|nous)\s+vous\s+(?:prie|prions)\s+(?:de\s+|d')|veuillez\s+)(?:bien\s+vouloir\s+)?"
    r"(?:agreer|croire|recevoir|accepter)\b"
)
#: What happens once a deadline has passed, opening its sentence (folded): "Passé ce délai, ...", "Passé cette date,
#: ...", "Faute de quoi, ...", "Au-delà de cette échéance, ...": a warning, no order.
_FR_LAPSED_OPENER = re.compile(
    r"\s*(?:passee?s?\s+(?:ce|cet|cette|le|la|ledit|ladite)\s+(?:delai|date|terme|echeance)|faute\s+de\s+quoi|"
    r"au[\s-]dela\s+de\s+(?:ce|cet|cette|ce\s+meme|la|le)\s+(?:delai|date|terme|echeance))\s*,"
)
#: A limit not to be passed, in the conditional of "savoir" (folded): "ne sauraient excéder 38 % des recettes", "ne
#: saurait dépasser", "ne sauraient être inférieurs à": a norm, no order.
_FR_LIMIT_NORM = re.compile(
    r"\bne\s+saurai(?:t|ent)\s+(?:en\s+aucun\s+cas\s+)?(?:exceder|depasser|etre\s+(?:superieure?s?|inferieure?s?)|"
    r"representer\s+plus)\b"
)
#: A municipal resolution's clause, in capitals after "IL EST PROPOSÉ ... ET RÉSOLU :": "QUE le directeur
#: du Service incendie procède ...", "ET QUE la trésorière dépose ...".
_FR_RESOLUTION_CLAUSE = re.compile(r"(?:ET\s+)?QUE\s+(?:le\s+|la\s+|les\s+|l'|l’)?")
#: ... or in its own sentence, in lower case (folded): "Il est résolu que la Direction X procède ...", "Il est
#: également résolu que ...", "Il est de plus résolu à l'unanimité que le Service Y fasse rapport ...".
#: ... or after who moved and seconded it: "Il est proposé par la conseillère X, appuyé par le conseiller Y, et
#: résolu que le Service Z soit mandaté pour ...".
_FR_RESOLVED_THAT = re.compile(
    r"\s*il\s+est\s+(?:(?:egalement|aussi|en\s+outre|de\s+plus|par\s+ailleurs|enfin|finalement)\s+)?"
    r"(?:propose\s+par\s+(?:[^.;:]|(?<=\bm)\.){3,200}?,?\s+et\s+)?resolu"
    r"(?:\s+a\s+l'unanimite)?\s+(?:que|qu')\s*(?:le\s+|la\s+|les\s+|l')?"
)
#: ... whose subject the directory may not hold, a municipal service or officer by its kind, then the verb
#: (a lower-case word before a comma or an article, or "soit"): "QUE le Service des loisirs soit mandaté
#: pour ...", "QUE la greffière transmette une copie ...", "QUE le directeur du Service incendie procède, ...".
_FR_RESOLUTION_UNNAMED = re.compile(
    r"(?:ET\s+)?QUE\s+(?:le|la|les|l'|l’)\s*"
    r"(?:(?:Service|Direction|Division|Bureau|Module)\b|"
    r"(?i:directeur|directrice|tr[ée]sori[eè]re?|greffi[eè]re?|secr[ée]taire|inspect(?:eur|rice)|ing[ée]nieure?|"
    r"coordonnat(?:eur|rice)|responsable|urbaniste)\b)"
    r"[^.;:\n]{0,80}?\s(?P<verb>soit\b|soient\b|[a-zà-ÿ]{3,}(?:e|ent)(?=\s*,|\s+(?:le|la|les|l'|à|au|aux|un|une|des|"
    r"du|de|d'|avec|dans|en|sans|auprès|pour)\b))"
)
#: An aside between the clause's unit and its verb: ", en collaboration avec le Service Y,", ", au besoin,".
_FR_CLAUSE_ASIDE = re.compile(r"\s*,[^,.;]{1,80},")
#: ... whose verb gives no task: "soit autorisée à signer", "soient nommés", "prenne acte", "soit adopté".
_FR_RESOLUTION_NO_TASK = re.compile(
    r"(?:soit|soient|est|sont)\s+(?:autorisee?s?|habilitee?s?|nommee?s?|designee?s?|adoptee?s?|approuvee?s?|"
    r"remerciee?s?|felicitee?s?)\b|(?:prenne|prennent)\s+acte\b"
    # "que le conseil confirme son engagement ... et approuve la demande d'aide": the council's own decision, no task
    r"|(?:(?<=\bconseil )|(?<=\bconseil municipal )|(?<=\bcomite )|(?<=\bcomite executif ))"
    r"(?:confirme|approuve|adopte|autorise|accepte|enterine|appuie|ratifie|reitere|octroie|accorde|decrete|nomme)\b"
)
#: A resolution's recital (work view): "ATTENDU QUE le chemin figure au plan ...;", "CONSIDÉRANT les requêtes ...;",
#: "VU la recommandation du comité" (in capitals, as a council's minutes write them; in lower case it closes on ";").
_FR_RECITAL = re.compile(r"\s*(?:(?P<caps>ATTENDU|CONSID[ÉE]RANT|VU)\b|(?:[Aa]ttendu|[Cc]onsid[ée]rant|[Vv]u)\b)")
#: ... and in English (work view): "WHEREAS, the southwest monsoon brought heavy rains ...;", "AND WHEREAS the shelter
#: system has operated above capacity ...;", "Whereas the Council directed the Engineer in 2024 to ...;": the grounds
#: of a resolution, no task (the clause that resolves, "NOW, THEREFORE, BE IT RESOLVED that ...", is read on its own).
_EN_RECITAL = re.compile(r"\s*(?:AND\s+|And\s+)?(?:WHEREAS|Whereas)\b")
#: A resolution's or an ordinance's number and title (folded): "RESOLUTION NO. 2026-041 - A Resolution Directing ...",
#: "Ordinance No. 12: An Ordinance Requiring ...".
_EN_RESOLUTION_TITLE = re.compile(
    r"\s*(?:resolution|ordinance)\s+no\.?\s*[\w/-]+\s*[-–—:]\s*an?\s+(?:resolution|ordinance)\b"
)
_EN_RESOLUTION_NUMBER = re.compile(r"\b(?:resolution|ordinance)\s+no\.?\s*\d")
#: ... and its body below it: the grounds, then the clause that resolves.
_EN_RESOLUTION_BODY = re.compile(r"\b(?:whereas|resolved|be\s+it\s+ordained)\b")
#: A council's mover line with no order of its own (folded): "Il est proposé par la conseillère X, appuyé par le
#: conseiller Y, et résolu à l'unanimité d'accorder la dérogation" (what is resolved grants, adopts or opens a list).
_FR_MOVED = re.compile(r"\s*(?:et\s+)?il\s+est\s+propose\s+par\s")
#: A council's resolution, in its record's wording (folded): "résolu à l'unanimité", "Il est proposé par ...".
_FR_RESOLVED = re.compile(r"\b(?:resolue?|il\s+est\s+propose)\b")
#: ... and its clause that names a unit after an approval: "d'adopter la grille et que le Service X procède".
_FR_AND_THAT = re.compile(r"\set\s+(?P<that>que)\s+(?:le\s+|la\s+|les\s+|l')")
#: After the unit's name, its verb in the subjunctive (folded), before its object: "procède à", "dépose le".
_FR_SUBJUNCTIVE_AFTER = re.compile(
    r"[^.;:\n]{0,80}?\s(?P<verb>soit|soient|[a-z]{3,}(?:e|ent))(?=\s*,|\s+(?:le|la|les|l'|a|au|aux|un|une|des|du|de|"
    r"d'|avec|dans|en|sans|aupres|pour)\b)"
)
#: The person who holds a minister's portfolio, named in apposition after the title, up to the closing comma:
#: "Le ministre du Travail, Julien Carrère, réunira ...", "La ministre, Mme Anne Roy-Vidal, présentera ...".
_FR_HOLDER_APPOSITION = re.compile(
    r"\s*,\s*(?:(?:M\.|Mme|Monsieur|Madame)\s+)?(?:[A-ZÀ-ÖØ-Þ][\w’'-]+\s+){1,3}[A-ZÀ-ÖØ-Þ][\w’'-]+\s*,"
)
#: A mission of inspection bodies set up, their names after it (folded): "une mission conjointe de l'IGF et de l'IGAS
#: sera lancée sur ...", "une mission d'inspection de l'IGA sera diligentée". The first body named leads it, the
#: others work with it.
_FR_JOINT_MISSION = re.compile(
    r"\b(?:une|la|cette)\s+mission\s+(?:(?:conjointe|commune|interministerielle)\s+|"
    r"(?:d'inspection|d'evaluation|d'expertise|d'audit|d'enquete|d'appui)\s+(?:conjointe\s+)?)?"
    r"(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')"
)
#: Between two bodies of the mission: " (IGEDD) et de l'", ", de la ", " (".
_FR_MISSION_JOINT = re.compile(r"[\s()]*(?:(?:,|et|ainsi\s+que)\s*)?(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')?")
#: ... and the mission launched, still to come (not "a été lancée", told): "sera lancée", "est confiée".
_FR_MISSION_LAUNCHED = re.compile(
    r"[\s)]*(?:\([^()]{1,20}\)\s*)?(?:,[^,.;]{1,80},\s*)?(?:sera|seront|est|sont|va\s+etre)\s+(?:(?:egalement|aussi|"
    r"prochainement|rapidement|immediatement)\s+)?(?:lancee|confiee|conduite|menee|diligentee|engagee|constituee|"
    r"mise\s+en\s+place|mandatee|chargee)\b"
)
#: After a unit, an obligation in the passé composé and its infinitive (folded): "a dû, elle, « revoir sa copie »",
#: "ont dû reprendre".
_FR_HAD_TO = re.compile(
    r"\s*(?P<verb>a|ont)\s+du\s*(?:,[^,.;:]{1,30},\s*)?[«\"“]?\s*(?:(?:lui|leur|en|y|se|s'|le|la|les|l')\s*)?"
    r"[a-z]{3,}(?:er|ir|re|oir)\b"
)
#: The sentence right after, in its paragraph: the work still due, in the future passive, by a date (folded): "Le
#: nouveau texte devra être présenté en Conseil des ministres avant le 1er juillet".
_FR_DUE_NEXT = re.compile(
    r"[.!]?\s*[»\"”]?[ \t]*(?:\n[ \t]*)?(?:le|la|les|l'|ce|cet|cette|ces|son|sa|ses|leur|leurs)\s*[^.;:\n]{0,60}?\b"
    r"(?:devra|devront)\s+(?:lui\s+|leur\s+)?etre\s+[a-z]{3,}[^.;\n]{0,120}?"
    r"\b(?:avant|d'ici|au\s+plus\s+tard|pour\s+le|sous\s+(?:huitaine|quinzaine)|dans\s+(?:un\s+delai|les))\b"
)
_FR_PRONOUN_SUBJECT = re.compile(r"\s*(?:il|elle|ils|elles)(?=\s)")
#: A personal pronoun as a clause's subject, not the impersonal "il" (folded): "elle devra", "ils veilleront" (not
#: "il faut", "il est nécessaire", "il convient", "il y a").
_FR_PERSONAL_SUBJECT = re.compile(
    r"\s*(?:elle|ils|elles|il(?!\s+(?:faut|est|etait|sera|serait|convient|conviendra|importe|appartient|revient|incombe|"
    r"reste|suffit|s'agit|y\s+a|semble|parait|apparait|ressort|demeure)\b))\s"
)
#: A French chair who takes note of what a party says or undertakes (folded, its verb in the present): "le préfet
#: prend note de l'engagement du Département de ...", "La cellule prend acte de ...", "Le comité note avec
#: satisfaction ...": a decision that orders nothing.
_FR_TAKES_NOTE = re.compile(
    r"[^.;:]{0,60}?\b(?:prend|prennent)\s+(?:(?:bonne|egalement|aussi)\s+)?(?:note|acte)\s+(?:de|du|des|d')"
    r"|[^.;:]{0,60}?\b(?:note|notent)\s+avec\s+(?:satisfaction|interet)\b"
)
#: A unit named again by its kind as the subject of an order (folded): "la délégation départementale transmettra",
#: "le service instruira", "la direction devra", "le groupement est chargé de" (under the unit's label, "ARS : ...").
_FR_KIND_SUBJECT = re.compile(
    r"\s*(?:la|le|l')\s*(?P<kind>delegation|direction|service|agence|groupement|office|inspection|division|cellule|"
    r"bureau|centre|brigade|commissariat|secretariat|caisse)"
    r"(?:\s+(?P<adj>departementale?|regionale?|territoriale?|provinciale?|nationale?|communale?|municipale?|"
    r"generale?|interministerielle?))?"
    r"\s+(?:(?:egalement|aussi|en\s+outre|par\s+ailleurs|pour\s+sa\s+part|quant\s+a\s+elle|quant\s+a\s+lui)\s+)?"
    r"(?:[a-z]{2,}(?:era|ira|ra)|devra|doit|est\s+(?:chargee?|invitee?|priee?))\b"
)
#: A word that adds a task to the one just given (folded): "Elle s'assurera également ...", "Il organisera en outre".
_FR_ADDED = re.compile(r"\b(?:egalement|aussi|en outre|par ailleurs|de plus)\b")
#: A verb in the present that opens what the subject says (folded): "souligne que", "estiment qu'" (not "de même que").
_FR_SAYS_THAT = re.compile(r"\s*(?!meme\b)[a-z]{3,}(?:e|ent)\s+(?:que\b|qu')")
#: A service or a force as a circular names it, the directory's or not: "Le SDIS", "La gendarmerie et la
#: police nationale", "La délégation départementale de l'ARS", "L'agence régionale de santé" (the future
#: after it, see _FR_FUTURE).
_FR_SERVICE_HEAD = (
    # an acronym, with its lower-case particle ("la DDFiP", "la DGFiP")
    r"(?:(?=[A-Z]{2})[A-Z][A-Za-z]{1,7}\b(?!['’])|(?i:gendarmerie|police|d[ée]l[ée]gation|direction|agence|office|service|"
    # ("Les représentations régionales de l'Agence X et de l'Office Y": national bodies' regional offices)
    r"repr[ée]sentation|"
    r"pr[ée]fecture|sous-pr[ée]fecture|brigade|inspection|caisse|autorit[ée]|cellule|unit[ée]|"
    r"administration|capitainerie|douane)s?\b)"
)
#: Between a service's head word and the unit it is the office of (folded): "(La représentation) régionale de l'",
#: "(Les délégations) départementales de la".
_FR_OFFICE_OF = re.compile(
    r"(?:\s+(?:regionale?s?|departementale?s?|locale?s?|provinciale?s?|territoriale?s?))?\s+(?:de\s+la|de\s+l'|du|des|de|d')\s*"
)
#: An opening bracket right after a unit (folded): "Manager de commerce (CCCA)", the body the unit belongs to.
_IN_BRACKETS_AFTER = re.compile(r"\s*\(\s*")
#: A verb of action in the present, third person, as a record of decisions gives each service its part on a
#: line of its own ("- Le SDIS maintient les barrages", "- Les services de la DDFiP étudient le report"):
#: not a form of "être"/"avoir", a report ("rappelle", "constate", "remercie") or a state ("reste").
_FR_PRESENT = re.compile(
    r"\s*(?:(?:egalement|aussi|ensuite|desormais|en outre)\s+)?(?:(?:lui|leur|en|y|se|s')\s*)?"
    r"(?!(?:est|sont|a|ont|reste|restent|demeure|rappelle|rappellent|constate|constatent|remercie|remercient|"
    r"indique|indiquent|note|notent|signale|signalent|souligne|soulignent|salue|saluent|estime|estiment|"
    r"considere|considerent|dispose|disposent|compte|comptent|semble|semblent|parait|devient|deviennent|"
    # "La DDT présente la situation", "La chambre d'agriculture demande un assouplissement": what a participant
    # tells, asks or proposes at the meeting, no part given to it (not "La DDT présente un point d'étape au prochain
    # comité, le 12 mai": a presentation to come, its part)
    r"(?:presente|presentent|expose|exposent|rend\s+compte|rendent\s+compte)\b(?![^.;\n]{0,100}?\b(?:(?:au|a\s+la|"
    r"lors\s+d[ue]\s+(?:la\s+)?)\s*prochaine?\b|d'ici\b|avant\s+le\b|le\s+(?:\d{1,2}|1er)\s+(?:janvier|fevrier|mars|"
    r"avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b))|"
    r"informe|informent|explique|expliquent|precise|precisent|evoque|evoquent|"
    r"rapporte|rapportent|annonce|annoncent|demande|demandent|sollicite|sollicitent|souhaite|souhaitent|"
    r"propose|proposent)\b)"
    r"[a-z]{2,}(?:e|ent|it|issent|ient|ond|ondent|end|endent)\b"
)
#: A verb that decides or approves, no part given (folded): "Le préfet décide le passage en crise".
_FR_DECIDES = re.compile(r"(?:decide|decident|approuve|approuvent|valide|valident|adopte|adoptent|prend|prennent)\b")
#: A heading on a line of its own between blank lines (folded): "2. Décisions", "1. Point de situation".
_HEADING_LINE = re.compile(
    r"[ \t]*(?:[ivx\d]{1,4}(?:\.\d{1,2})*[.)]?[ \t]+)?(?P<title>[^\n.;!?]{2,60}?)[ \t]*:?[ \t]*(?=\n[ \t]*\n|\n?\Z)"
)
_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)+")
#: A meeting of a group named by the group (folded): "Réunion des préfets", "Conférence des maires", "Assemblée
#: des départements", "Meeting of the departments": a title, not a label of the group's tasks.
_GATHERING_OF = re.compile(
    r"(?:[ivx\d]{1,4}[.)]\s*)?(?:reunion|conference|assemblee|rencontre|seminaire|congres|forum|colloque|sommet|"
    r"journee|meeting|assembly|summit|seminar|workshop|gathering)s?\s+(?:des|de\s+la|de\s+l'|du|of|with)\b"
)
#: A heading of decisions (folded): "Décisions", "Relevé de décisions", "Mesures arrêtées", "Actions retenues".
_DECISIONS_TITLE = re.compile(
    r"(?:releve\s+(?:de|des)\s+)?decisions?\b|(?:mesures|actions)\s+(?:arretees|decidees|retenues|a\s+mener)\b"
)
_FR_NAME_PARTICLE = re.compile(r"de|la|du|des|d|l|departementale|departemental|regionale|regional")
_FR_LIST_ITEM_START = re.compile(r"(?:^|\n)[ \t]*[-–•*][ \t]*$")
#: After an item's colon, the service that carries out the action the item names, by its acronym, and a
#: helper, a comma or the line's end: ": DDTM, avec l'appui de la gendarmerie", ": SDIS ;".
_UNIT_AFTER_COLON = re.compile(
    r"[ \t]*:?[ \t]*[A-Z]{2,8}(?:[ \t]+\d{1,3})?[ \t]*"
    r"(?:,|;|\.|$|\n|avec\b|en\s+lien\s+avec\b|et\s+(?:les?|la|l['’])\s)"
)
#: A decision's number alone before its colon (folded), in a list of decisions announced before: "Décision 3 :",
#: "Mesure n° 4 :", "Recommandation 2 :", "Point 5 :" (what follows the colon is the decision itself).
_FR_NUMBERED_DECISION = re.compile(
    r"\s*(?:decision|mesure|action|recommandation|resolution|directive|instruction|point)\s+(?:n\s*[°o]\s*)?"
    r"\d{1,2}(?:er|e)?\s*"
)


def _fr_titled_decision(work: str, end: int) -> bool:
    """Whether a decision's number is followed by its title, not the decision: the rest of its line after the colon
    a name with no closing stop, the decision itself on the next line ("Décision n° 4 : Archives du service\nNumériser
    les registres ...", "Décision n° 9 : Parc automobile\nApprouvé."), so the title is no order."""
    colon = _skip_space(work, end)
    if not work.startswith(":", colon):
        return False
    line_end = work.find("\n", colon)
    if line_end < 0:
        return False
    title = work[colon + 1 : line_end].strip()
    after = work[line_end + 1 : line_end + 3].lstrip(" \t")
    return (
        1 < len(title) <= 100
        and title[0].isupper()
        and title[-1] not in ".;:!?,"
        and bool(after)
        and after[0].isupper()
    )


#: A passive auxiliary right before a request verb (folded view): "The Finance Department is requested to:", "are
#: hereby directed to:".
_EN_PASSIVE_AUX_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|has\s+been|have\s+been)\s+(?:(?:also|hereby|further)\s+)?$"
)
#: A unit's own obligation right before a verb of asking: "X is required to direct the district offices
#: to", "X must instruct the schools to", "X shall ask the contractors to": X's task (the ones it directs
#: are not the meeting's addressees).
_EN_OWN_OBLIGATION_BEFORE = re.compile(
    r"\b(?:must|shall|should|will|needs?\s+to|has\s+to|is\s+to|are\s+to|"
    # "The central bank was asked to direct commercial banks to ...": told in the past, the same
    r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:required|requested|asked|instructed|tasked|directed)\s+to)"
    # "was asked to continue directing credit institutions to ...": its own task, kept up
    r"\s+(?:also\s+)?(?:(?:continue|keep)\s+(?:on\s+|to\s+)?)?$"
    # "was tasked with monitoring and urging the ministries to ...": the task named by its gerunds
    r"|\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:tasked|charged|entrusted)\s+with\s+"
    r"(?:[a-z]+ing\s+(?:and\s+)?)?$"
)
#: An order in the passive earlier in the sentence, before an infinitive verb of asking further on: "That the
#: Clerk BE DIRECTED to draft a by-law to require owners to ...", "X was asked to amend the policy to require ...":
#: the infinitive is the task's content (the ones it requires are no addressees), the passive the sentence's cue.
_EN_ORDERED_EARLIER = re.compile(
    r"\b(?:be|is|are|was|were|been)\s+(?:also\s+|further\s+)?(?:directed|requested|asked|instructed|tasked|required)"
    r"(?:,[^,.;]{1,90},)?\s+to\s+[a-z]"
)
#: A unit's own task given earlier in the sentence, before a request verb's gerund (folded): "The Department of
#: Construction is assigned to inspect ..., urging the contractor to ...", "X shall review ..., directing ...".
_EN_TASKED_EARLIER = re.compile(
    r"\b(?:is|are|was|were|be|been)\s+(?:also\s+|further\s+)?(?:assigned|tasked|directed|requested|asked|instructed|"
    r"required)\s+to\s+[a-z]|\b(?:shall|must)\s+(?!not\b)[a-z]"
)
#: A quantity that will change: "Le PIB progressera de 4 %", "La TVA passera à 18 %".
_FR_QUANTITY_CHANGES = re.compile(r"(?:progress|augment|baiss|diminu|atteind|croit|croitr|reculer|passer|s'etablir)")
_FR_SERVICE_SUBJECT = re.compile(
    # after a conclusion's arrow or bullet, if any: "→ La délégation départementale de l'ARS recensera ..."
    rf"\s*(?:[→⇒➜➔►▸•]\s*)?(?:[Ll]['’]\s*|[Ll][ea]\s+|[Ll]es\s+){_FR_SERVICE_HEAD}"
    rf"(?:[^.;:,]{{0,60}}?\s+et\s+(?:[Ll]['’]\s*|[Ll][ea]\s+|[Ll]es\s+){_FR_SERVICE_HEAD})?"
)
#: An obligation only to lead and answer for the results (folded view, after the modal): "heads of agencies must
#: directly lead and take responsibility for the results", "shall bear personal responsibility before the
#: Chairman": a principle of accountability, no task.
_EN_ANSWERS_ONLY = re.compile(
    r"\s+(?:(?:directly|personally)\s+(?:lead|direct|be\s+in\s+charge)\s+and\s+)?(?:take|bear|be\s+held)\s+"
    r"(?:full\s+|personal\s+|direct\s+)?(?:responsibility|accountable|responsible)"
    r"(?:\s+(?:for\s+(?:the\s+)?(?:results?|outcomes?|consequences)|before\s+[^.;,]{1,60}))?"
    # "... before the Provincial People's Committee if the site continues to be delayed": the failure it answers for
    r"(?:,?\s+(?:if|in\s+case|should|where|when)\s+[^.;]{1,120})?"
    # '... before the Provincial People's Committee," he stressed': the duty quoted, then its speaker
    r"(?:,?[\"”],?\s+(?:he|she|they)\s+[a-z]+)?\s*$"
)
#: An opening clause of help or purpose before a service's part (working view): "Pour vous y aider, la DGCL
#: mettra ...", "À cet effet, la DREAL fournira ...", "Dans ce cadre, l'ARS transmettra ...".
_FR_HELP_OPENER = re.compile(
    r"\s*(?i:pour\s+(?:vous|les|leur|l['’]|le|la|ce)\s*(?:y\s+)?(?:aider|accompagner|appuyer|soutenir|assister|faire)|"
    r"[àa]\s+cet\s+(?:effet|[ée]gard)|dans\s+ce\s+cadre|pour\s+ce\s+faire|en\s+appui)\s*,\s*"
)
#: A subject picked out by its failure, before its modal (folded view): "Units that fail to meet this deadline
#: will have to explain ...", "heads who fail to report shall be held accountable", "agencies failing to ...": what
#: befalls the late, a warning.
_EN_FAILING_SUBJECT = re.compile(r"\b(?:(?:that|who|which)\s+(?:fail|fails|failed)|failing)\s+to\b")
#: The same in Swedish and Vietnamese, each behind a word it needs (folded): "Enheter som inte håller tidsfristen
#: ska redogöra ...", "Den som inte rapporterar i tid ska ..."; "Đơn vị nào không hoàn thành đúng hạn phải giải
#: trình ...", "Các đơn vị chậm báo cáo phải chịu trách nhiệm ..." (not "chậm nhất", at the latest).
#: What befalls a submission that fails the order before (folded): "Late nominations will not be considered",
#: "Incomplete applications shall not be accepted", "Claims received after that date will not be entertained".
_EN_REFUSED = re.compile(
    r"\b(?:will|shall|would)\s+not\s+be\s+(?:considered|accepted|entertained|processed|included|evaluated|"
    r"honou?red|admitted|funded)\b"
)
_FAILING_SUBJECT = {
    "en": (("fail",), _EN_FAILING_SUBJECT),
    "sv": (
        ("inte",),
        re.compile(
            r"\b(?:som|vilka)\s+inte\s+(?:\w+\s+){0,2}?(?:haller|klarar|uppfyller|fullgor|rapporterar|"
            # (not "har" before a passive supine: "Medel som inte har utnyttjats ska återbetalas ...", a thing)
            r"redovisar|lamnar|foljer|har(?!\s+[a-z]+(?:ats|its|tts)\b)|inkommer|genomfor)\b"
        ),
    ),
    "vi": (
        ("khong ", "chua ", "cham ", "nao de "),
        re.compile(
            r"\bnao\s+(?:khong|chua|cham|de)\s|\b(?:don\s+vi|co\s+quan|dia\s+phuong|to\s+chuc|ca\s+nhan)\s+"
            r"(?:khong|chua|cham\s+tre|cham)\s+(?:hoan\s+thanh|bao\s+cao|gui|thuc\s+hien|trien\s+khai|nop)\b"
        ),
    ),
}
#: A pronoun, then an obligation and a verb of action (folded view): "It also needs to advise ...", "They must
#: submit ...", "It is further to prepare ..." (not "It must be noted", "It should not ..."); "She should also
#: see that ...", "He must further visit ...": the officer charged in the sentence before, by a pronoun.
_EN_PRONOUN_MUST = re.compile(
    r"\s*(?P<who>it|they|he|she)\s+(?:(?:also|further|then|additionally|likewise)\s+)?(?P<modal>must|shall|should|needs?\s+to|"
    r"has\s+to|have\s+to|will\s+(?:also\s+)?need\s+to|(?:is|are)\s+(?:also\s+)?(?:to|required\s+to)|"
    # "It will also chair a weekly review ...": a further task of the unit just ordered, "also" marking it (not
    # "It will also cost ...", "They will also benefit from ...": what a thing does or gets)
    r"will\s+(?:also|further|additionally)(?=\s+(?!(?:cost|mean|allow|enable|make|help|benefit|affect|serve|"
    r"create|bring|increase|reduce|improve|contribute|receive|get|continue|remain|need|face)\b)))\s+"
    r"(?:(?:also|further|urgently|promptly|immediately)\s+)?(?!(?:be|not|have|take\s+note|include|contain|cover|comply|reflect|specify)\b)[a-z]{3,}"
)
#: A pronoun as the subject of an order in the passive (folded view): "It was also instructed to inspect ...",
#: "They were further asked to ..." (not "It was decided to ...", a decision on a matter).
_EN_PRONOUN_ORDERED = re.compile(
    r"\s*(?:it|they)\s+(?:was|were|has\s+been|have\s+been|is|are)\s+(?:(?:also|further|then|likewise|additionally)\s+)?"
    r"(?:directed|instructed|tasked|asked|requested|ordered|mandated|told|assigned)\s+to\s+[a-z]"
)
#: After a pronoun, an obligation and a verb of action: "Il devra en présenter le bilan", "Elle doit saisir".
_FR_PRONOUN_MUST = re.compile(
    # ("Il devra, conformément aux instructions du Chef de l'État, publier ...": an aside before the verb)
    r"\s*(?:devra|devront|doit|doivent)(?:\s*,[^,.;:]{1,80},)?\s+(?:(?:egalement|aussi|en\s+outre|donc)\s+)?"
    r"(?:(?:lui|leur|en|y|le|la|les)\s+)?"
    r"(?!(?:etre|avoir|pouvoir)\b)[a-z]{3,}(?:er|ir|re)\b"
)
#: "à nouveau", "de nouveau" right after a verb (folded): "réunira à nouveau les ministres", a meeting held again.
_FR_AGAIN = re.compile(r"\s+(?:a|de)\s+nouveau\b")
#: Futures that tell what a thing will do, not a task: "Il permettra de", "Elle contribuera à".
_FR_NOT_A_TASK = re.compile(
    r"\s*(?:permett|contribuer|constituer|comprendr|concerner|couter|durer|representer|beneficier|pourr|"
    r"devr|voudr|faudr|vaudr|viendr|"
    # "La cellule de crise se réunira de nouveau vendredi": a meeting announced, no task
    r"reunir(?:a|ont)\b|"
    # "le BEPC se déroulera du 16 au 19 juin", "la foire se tiendra à X": an event's date or place, no task (not "la
    # DDT tiendra un registre")
    r"(?<=\bse[ \n])(?:deroul(?:era|eront)|tiendr(?:a|ont))\b|"
    # "Il entrera en fonction le 1er juin": a person named takes up the post, no task
    r"entrer(?:a|ont)\s+en\s+fonctions?\b)"
)
#: After a motion's subject, a verb in its bare form ("That the Finance Department bring forward options"):
#: not a form of "be"/"have", a modal, a word of the noun phrase, a past or a third person.
_EN_BARE_VERB = re.compile(
    r"(?!(?:be|is|are|was|were|has|have|had|and|or|of|for|with|to|in|on|at|by|the|a|an|that|which|who|shall|"
    r"will|would|should|must|may|can|could|dated)\b)[a-z]{3,}(?<!ed)(?<![^s]s)\b(?!')"
)
#: "THAT the correspondence be referred to the Culture Department for a response": the unit it goes to acts.
_EN_REFERRED_TO = re.compile(
    r"\b(?:be\s+(?:\w+ly\s+)?(?:referred|forwarded|remitted|sent)|"
    # "to refer the draft ordinance to the Home Affairs Department for legal review": the active
    r"to\s+(?:refer|forward|remit)\s+[^.;]{1,80}?)\s+(?:back\s+)?to\s+(?:the\s+)?"
    # "to the Ontario Provincial Police": a place's name before the unit's
    r"(?:[a-z]{3,}\s+)?$"
)
#: A matter referred to a unit named in capitals, for what: "be referred back to Planning staff for further
#: consultation".
_EN_REFERRED_NAMED = re.compile(
    r"\b(?i:be\s+(?:referred|forwarded|remitted)(?:\s+back)?\s+to)\s+(?:the\s+)?"
    r"([A-Z][\w&'’-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w&'’-]*){0,4})(?:\s+staff)?\s+for\s+[a-z]"
)
#: A matter a motion refers to staff, then what staff is to do (folded): "to refer the study back to staff to develop
#: ...", "to refer the objection to staff with a report back at ...", "... to City staff for a report".
_EN_REFERRED_TO_STAFF = re.compile(
    r"\bto\s+refer\s+[^.;]{1,80}?\s+(?:back\s+)?to\s+(?P<who>(?:city\s+|county\s+|town\s+)?staff)\s+"
    r"(?:to\s+(?!the\b|a\b|an\b)[a-z]{3,}|with\s+(?:a\s+report|direction|instructions?)|"
    r"for\s+(?:a\s+report|(?:further|additional)\s+(?:review|study|analysis|work)))\b"
)
#: Between two units of one subject: ", ", " and ", " et de ", ", och ", " và ".
_LIST_JOIN = re.compile(
    # ("le ministre de la Transformation et de la Fonction publiques": a name of several portfolios)
    r"\s*(?:,\s*(?:(?:and|et|och|va|samt)\s+)?|(?:and|et|och|va|samt)\s+)"
    r"(?:de\s+(?:la\s+|l')?|d'|du\s+|des\s+|la\s+|le\s+|l'|the\s+)?"
)
#: A matter referred to a unit, then what for: "remitteras till X för yttrande", "överlämnas till X för
#: beredning", "est renvoyé au X pour avis", "was referred to X for a report".
_REFERRED_BEFORE = re.compile(
    # "skrivelsen sänds till X för beredning": a Finland-Swedish protocol sends a letter on
    r"\b(?:remitteras|remitterades|remitteras\s+vidare|overlamnas|overlamnades|hanskjuts|sands|oversands|"
    r"(?:est|sont|a\s+ete|ont\s+ete|sera|seront)\s+(?:renvoye|transmis|soumis|confie)e?s?|"
    r"(?:is|was|are|were|be|been)\s+(?:\w+ly\s+)?(?:referred|forwarded|remitted)(?:\s+back)?|"
    # "beslutar att remittera ärendet till X för yttrande", "décide de renvoyer le dossier au X pour avis"
    # "Stadsstyrelsen beslöt sända skrivelsen till X för beredning"
    r"(?:remittera|overlamna|sanda|oversanda|renvoyer|transmettre)\s+(?:[a-z']+\s+){1,3}?)\s*"
    r"(?:till|a|au|aux|a\s+la|a\s+l'|to)\s*(?:the\s+)?$"
)
#: A matter sent back to someone with a task: "återremitteras till regiondirektören med uppdrag att utreda",
#: "referred back to staff with direction to", "est renvoyé au Ministre avec mission de".
_RETURNED_WITH_TASK = Gated(
    re.compile(
        r"\b(?:(?:ater)?remitteras|(?:ater)?remitterades|(?:is|was|be)\s+referred\s+back|(?:est|a\s+ete)\s+renvoyee?)\s+"
        r"(?:till|to|au|a\s+la|a\s+l')\s+(?P<who>[^\s.;,]+(?:\s+[^\s.;,]+){0,4}?)(?:\s+|(?=,\s*som\s))"
        # "med uppdrag att", "med uppdraget att", "med uppgiften att"
        r"(?:med\s+(?:uppdrag(?:et)?|uppgift(?:en)?|uppmaning(?:en)?)\s+att|with\s+(?:direction|instructions?|a\s+request)\s+to|"
        # "återremitteras till kultur- och fritidsnämnden för att utreda ...", "för komplettering", "for further
        # review": what the body sent the matter back must do
        r"for\s+att\s+(?:utreda|undersoka|komplettera|bereda|ta\s+fram|se\s+over|belysa|analysera|klargora)|"
        r"for\s+(?:komplettering|vidare\s+(?:beredning|utredning)|ytterligare\s+utredning)|"
        # "återremitteras till förvaltningen, som ska komplettera underlaget ...": the body sent it back, in a clause
        r",\s*som\s+(?:ska|skall|far\s+i\s+uppdrag\s+att)\s+(?:komplettera|utreda|undersoka|bereda|ta\s+fram|se\s+over|"
        r"belysa|analysera|klargora|aterkomma)|"
        r"for\s+(?:further|additional)\s+(?:review|study|information|analysis)|"
        r"avec\s+(?:mission|instruction|charge)\s+d[e'])"
    )
)
#: A council's first reading, each item then where it goes after a dash (folded): "Proposed Ordinance No. 12, ...,
#: authored by Hon. X - referred to the Committee on Y.", "... - jointly referred to the Committee on A and ...".
_REFERRED_LISTED = re.compile(r"\s[-–—]\s*(?:\w+ly\s+)?referred\s+to\s+(?:the\s+)?$")
_REFERRED_FOR = re.compile(
    # ("för utlåtande": a Finland-Swedish protocol's word for an opinion)
    r"\s*,?\s*(?:for\s+(?:yttrande|utlatande|beredning|handlaggning|besvarande|svar|atgard|kannedom\s+och\s+atgard)|"
    r"pour\s+(?:avis|examen|etude|instruction|suite|traitement|reponse)|"
    r"for\s+(?:a\s+|an\s+|its\s+)?(?:\w+\s+)?(?:report|response|review|comment|recommendation|action)|"
    # "was referred to the Finance Committee, which shall return with a recommendation ...", "..., which will report
    # back by ...": the body it goes to, and what it brings back
    r",\s*which\s+(?:shall|will|is\s+to|should|must)\s+(?:return|report|come\s+back|bring\s+back))\b"
)
#: A motion told with its movers: "Motion by Councilmember Walsh, second by Councilmember Ortiz, to direct
#: ...", "Moved by X, seconded by Y, that the Health Department notify ...", "On a motion by X, ...".
_MOTION_FRAME = re.compile(
    r"\s*(?:(?:(?:on\s+)?(?:a\s+)?motion\s+(?:was\s+)?(?:made\s+)?by|moved\s+by|it\s+was\s+moved\s+by)\s+[^,.;]{1,60},\s*"
    r"(?:(?:and\s+)?second(?:ed)?\s+by\s+[^,.;]{1,60},\s*)?"
    # "Motion Morrow/Castellanos to refer ...", "M/S Ruiz/Bell to direct ...": the mover and seconder by their names
    r"|(?:motion|m/s|moved/seconded)\s*[:(]?\s*[a-z'-]{2,20}\s*/\s*[a-z'-]{2,20}\s*\)?\s*,?\s*"
    # "Council consensus to refer the question to ...": the body's agreement without a vote, as a motion's
    r"|(?:(?:the\s+)?(?:city\s+|county\s+|town\s+)?(?:council|board|commission|committee)\s+)?(?:general\s+)?"
    r"(?:consensus|concurrence)(?:\s+was\s+(?:reached|given))?\s*,?\s*)(?P<how>that|to)\s+"
)
#: After a motion's movers and "to", a verb by which the body disposes of its item itself (folded): "to accept the
#: study", "to approve the Consent Calendar", "to select the parcel as the preferred site", "to deny the appeal" (not
#: "... and direct staff to ...", an order after it).
_EN_MOTION_TO_DISPOSE = re.compile(
    r"(?:approve|adopt|accept|receive|note|select|award|ratify|confirm|deny|reject|table|continue|postpone|defer|"
    r"waive|introduce|authori[sz]e|appoint|reappoint|close|uphold|certify|declare|grant|endorse|amend|"
    r"reconsider|rescind|adjourn|recess)\b"
    r"(?![^.;]*\b(?:direct|instruct|request|ask|task|require)(?:s|ed)?\s[^.;]{1,80}?\bto\s)"
)
#: A resolution's closing clause that sends copies of it round, in the passive with no one to send them (folded):
#: "RESOLVED FINALLY, that copies of this Resolution be furnished the Honorable Governor, ... for their information
#: and guidance", "Let a copy of this Ordinance be forwarded to the Municipal Mayor", "that certified copies of
#: this resolution be sent to ...": its distribution, no task (not "that the Clerk forward a copy of ...").
_EN_COPIES_FURNISHED = re.compile(
    r"\s*(?:(?:be\s+it\s+)?(?:(?:further|finally)\s+)?resolved(?:\s+(?:further|finally|lastly))?\s*,?\s*)?"
    r"(?:(?:and\s+)?that\s+)?(?:let\s+)?(?:a\s+|the\s+)?(?:certified\s+(?:true\s+)?)?cop(?:y|ies)\s+of\s+"
    r"(?:this|the\s+said|the\s+same|the)\s+(?:[a-z]+\s+){0,2}?(?:be|shall\s+be|are|is|will\s+be)\s+(?:hereby\s+)?"
    r"(?:furnished|sent|forwarded|transmitted|provided|given|distributed|circulated)\b"
    r"(?![^.;]{0,80}?\bby\s+(?:the\s+)?(?:secretary|clerk)\b)"
)
#: An earlier order named as a noun right before its request verb (folded): "the Board's October 14, 2025 direction
#: asking ...", "Council's prior request that ...", "the previous direction directing ..." (recalled, not given).
_EN_EARLIER_DIRECTION_BEFORE = re.compile(
    r"(?:\b(?:council|board|commission|committee|mayor|chair|supervisors|commissioners)(?:'s|s')?\s+"
    r"(?:(?:earlier|prior|previous|last|[a-z]+\s+\d{1,2},?\s+(?:19|20)\d\d|(?:[a-z]+\s+)?(?:19|20)\d\d)\s+)"
    r"|\b(?:earlier|prior|previous)\s+)(?:direction|directive|request|instruction|referral)s?\s*,?\s*$"
)
#: A speech tag after an order in the speaker's words, and the one it was told to (folded): ", she told the
#: Superintending Engineer of ...", ", the Collector directed the District Panchayat Officer", ", he instructed the".
_EN_TOLD_AFTER = re.compile(
    r",\s*(?:he|she|they|the\s+(?:[a-z-]+\s+){0,2}?(?:collector|commissioner|minister|governor|mayor|chairman|"
    r"chairperson|chair|secretary|magistrate|premier|president|officer))\s+(?:also\s+)?"
    r"(?P<verb>told|directed|instructed|asked|reminded)\s+(?:the\s+|all\s+)?"
)
#: ... that follows an obligation (folded): "must not be interrupted", "should be opened", "shall be completed".
_EN_OBLIGATION_BEFORE_TAG = re.compile(
    r"\b(?:must|should|shall|has\s+to|have\s+to|needs?\s+to|(?:is|are)\s+to|ought\s+to)\b"
)
#: What may close the tag after the unit's name: its head's title bracketed, "officials", "concerned".
_EN_TAG_TAIL = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:officials|officers|concerned)?\s*[.]?\s*")
#: A motion in the last cell of a table's row, after its date and number cells.
_ROW_MOTION = re.compile(r"[^\n|]{0,60}(?:\|[^\n|]{0,60}){1,5}\|\s*(?:THAT|That)\s")
#: A motion's next clause: "..., and that the Finance Department apply for ...".
_AND_THAT = re.compile(r"(?:,\s*|\s+)(?:and|or)\s+(?:further\s+)?that\s+$")
#: A motion's next clause cut before its "that" (see segments): "..., and | that the Road Department ...".
_AND_BEFORE = re.compile(r"(?:,\s*|\s+)(?:and|or)\s+(?:further\s*,?\s*)?$")
#: A motion clause's subject that the directory does not hold, then its verb: "that staff report ...",
#: "that the Road and Bridge Department report back ...", "That Parks Operations staff prepare ...".
_EN_MOTION_SUBJECT = re.compile(
    r"(?:that|THAT|That)\s+(?:the\s+)?"
    # not the body that moves ("THAT Council approve ...", "that the Board adopt ..."): its decision, no task
    r"(?!(?:City\s+|Town\s+|County\s+)?(?:Council|Board|Committee|Commission|Assembly)\b)"
    # "that officers arrange a site visit" (a Scottish council's staff)
    r"(?:(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|&)\s+)?){1,6}(?:staff\s+|officers\s+)?|staff\s+|officers\s+)"
    r"(?!(?:approve|adopt|endorse|accept|receive|support|ratify|confirm|note|authori[sz]e)\b)(?=[a-z])"
)
#: A helper named between a motion clause's subject and its verb: ", with assistance from the Finance
#: Department, prepare ...", ", in consultation with the Health Department,".
_EN_WITH_HELP = re.compile(
    r",\s*(?:with\s+(?:the\s+)?(?:assistance|support|help)\s+(?:of|from)|in\s+(?:consultation|cooperation|"
    r"coordination|collaboration)\s+with|assisted\s+by|together\s+with|working\s+(?:closely\s+|jointly\s+)?with)"
    r"\s+[^,.;]{3,80},\s*"
)
#: An item that gives its own status: a progress report, not an order ("Speed cushions on Orchard Road
#: (Construction Department) - completed in November 2025", "... - in progress", "– en cours", "– klart").
_STATUS = re.compile(
    r"(?:\s[-–—:]\s*|\(\s*)(?:status\s*:\s*)?(?:completed|complete|done|in progress|ongoing|underway|under way|"
    r"pending|deferred|on hold|on track|en cours|realisee?s?|achevee?s?|terminee?s?|klart|klar|pagar|genomfort|"
    r"avslutat)\b(?!\s+(?:by|before|no later|within|avant|d'ici|senast|fore))"
)
#: The last cells of a table's row flattened to text, its due date and its status, left as a unit of their own:
#: "Q3 2026 In Progress", "2026-09-30 Pending", "N/A Complete", "30 juin 2026 En cours".
_ROW_END_CELLS = re.compile(r"\s*[^\s.;|][^.;|\n]{0,28}?\s*\|?\s+" + ROW_STATUS + r"\s*")
#: A status cell alone, cut from its label "Status:": "In progress", "| Pending |", "Status: Completed".
_STATUS_CELL = re.compile(r"\s*\|?\s*(?:status\s*:\s*)?" + ROW_STATUS + r"\s*\|?\s*")
#: A report or a document taken note of: "That the report ... BE RECEIVED for information", "be received and
#: filed", "be noted", "läggs till handlingarna".
_RECEIVED = Gated(
    re.compile(
        r"\bbe\s+(?:received(?:\s+and\s+filed)?|noted|filed)\b(?:\s+(?:for|as)\s+information)?"
        r"(?=\s*(?:[.;|]|$))"
        r"|\b(?:laggs|lagga\s+\w+|lades)\s+till\s+handlingarna\b"
        # "that the item be TABLED to the March 10 meeting", "be deferred until the budget": put off, no task
        r"|\bbe\s+(?:tabled|deferred|postponed)\b(?:\s+(?:to|until)\s+[^.;|\n]{1,60})?(?=\s*(?:[.;|]|$))"
    )
)
#: A motion's clause that authorises a unit (folded): "And that the Regional Solicitor be authorized to execute the
#: agreement", "THAT the Mayor and Clerk be authorized to sign ...": leave to act, no order (not "be authorized and
#: directed to ...").
_EN_BE_AUTHORIZED = re.compile(
    r"\s*(?:(?:and|further)\s*,?\s*)?(?:that\s+)?(?:the\s+)?[^.;:]{1,100}?\bbe\s+(?:hereby\s+)?"
    r"(?:authori[sz]ed|empowered|permitted)\b(?!\s+and\s+(?:directed|instructed|required|requested)\b)"
)
#: An order given in the subjunctive (folded): "be instructed to", "be tasked with", "be asked to", "be directed to".
_EN_BE_ORDERED = re.compile(
    r"\bbe\s+(?:\w+ly\s+)?(?:instructed|tasked|asked|directed|requested|required|mandated|charged)\b"
)
#: An order's word after an authorisation, which makes a task of it (folded): "... and directed to report back".
_EN_ORDER_WORD = re.compile(r"\b(?:direct|instruct|request|requir|task|ask|report\s+back)")
#: An order's word before an authorisation, which makes the authorisation its content (folded): "be directed to",
#: "directs", "requests".
_EN_ORDER_BEFORE = re.compile(
    r"\b(?:be\s+(?:directed|instructed|requested|asked|required|tasked)|directs|instructs|requests|requires|asks)\b"
)
#: A connector before the subject: "Par ailleurs, le Ministre de X fera ...", "In addition, the Department".
_OPENER = re.compile(
    r"\s*(?:par ailleurs|en outre|de plus|de meme|d'autre part|en parallele|moreover|furthermore|in addition|"
    r"additionally|besides|likewise|meanwhile|dessutom|vidare|darutover|likasa|ngoai ra|dong thoi|ben canh do|"
    # "Enfin, le Département ...", "De son côté, le Ministre ...", "Finally, the Department ...", "Slutligen, ..."
    r"enfin|finalement|de son cote|de leur cote|pour sa part|pour leur part|quant a (?:lui|elle|eux)|egalement|"
    r"finally|lastly|also|further|similarly|in turn|at the same time|for (?:its|their) part|slutligen|samtidigt|"
    r"cuoi cung|mat khac|song song|"
    # "À cet effet, le Ministre du Commerce publiera ...": a purpose taken from the sentence before
    r"a cet effet|a cette fin|pour ce faire|dans ce cadre|a ce titre|en consequence|to this end|to that end|"
    r"for this purpose|accordingly|in this regard|i detta syfte|for detta andamal|de thuc hien|vi vay|"
    # "Le Conseil a adopté le décret X. Pour son application, le Ministre de Y procédera ...": the carrying out of
    # the text adopted in the sentence before
    r"pour\s+(?:son|sa|leur)\s+(?:application|execution|mise\s+en\s+(?:oe|œ)uvre)|"
    # "Về lâu dài, UBND xã X ...", "Trước mắt, Sở Y tế ...", "In the long term, the Department ...", "À court
    # terme, le Ministre ...", "På sikt ska ...": the horizon of the order, before its unit
    r"(?:ve\s+)?lau\s+dai|truoc\s+mat|(?:trong\s+)?thoi\s+gian\s+toi|in\s+the\s+(?:long|short|medium)\s+(?:term|run)|"
    r"for\s+the\s+time\s+being|a\s+(?:long|court|moyen)\s+terme|dans\s+l'immediat|pa\s+(?:lang\s+|kort\s+)?sikt|"
    # "Désormais, tout projet de loi devra ...", "Dorénavant, le Ministère ...": from now on
    r"desormais|dorenavant|"
    # "At Councilmember Costa's request, the Finance Director will ...", "At the request of the Mayor, staff ...":
    # whose request it answers, before the unit that acts
    r"at\s+(?:the\s+)?request\s+of\s+[^,.;:]{3,60}?|at\s+[^,.;:]{3,60}?'s?\s+request|"
    # "At that meeting, the Parks Director will also present ...": the occasion the order before is due at
    r"at\s+(?:that|the\s+same)\s+(?:meeting|session|sitting)|"
    # "By consensus, the City Attorney will draft ...", "By unanimous consent, staff will ...": how the body agreed
    r"by\s+(?:general\s+|unanimous\s+)?(?:consensus|consent)(?:\s+of\s+(?:the\s+)?(?:council|board|members))?|"
    # "Après la réunion, la DDT transmettra ...", "À l'issue de la séance, ...", "Following the meeting, staff will
    # ...": when after the sitting the unit acts; "Dès la semaine prochaine,", "D'ici l'été,", "Dans les prochains
    # jours,": how soon
    r"(?:apres|a\s+l'issue\s+d[eu']|a\s+la\s+suite\s+d[eu']|suite\s+a|following|after)\s*"
    r"(?:(?:la|le|l'|cette|ce|cet|the|this|today's|tonight's)\s*)?(?:presente?\s+)?"
    r"(?:reunion|seance|rencontre|session|visite|assemblee|meeting|session|sitting|hearing|workshop)|"
    r"des\s+(?:(?:la|le)\s+)?(?:semaine\s+prochaine|mois\s+prochain|demain|maintenant|a\s+present|lundi|mardi|"
    r"mercredi|jeudi|vendredi|rentree)|d'ici\s+[^,.;:\d]{2,30}|dans\s+les\s+(?:prochains|prochaines|meilleurs)\s+"
    r"(?:jours|semaines|mois|delais))"
    r"\s*,\s*"
)
#: After a unit, a verb that reports or reminds (present tense): "Le Département de la construction rappelle
#: que ...", "The Department of Finance reports that ...", "Byggdepartementet informerar om ...".
_REPORTS_AFTER_UNIT = {
    "fr": re.compile(
        r"\s*(?:rappelle|indique|signale|informe|presente|precise|souligne|note|constate|expose|annonce|explique|"
        r"fait savoir|rend compte|fait le point|dresse le bilan)\b"
    ),
    "en": re.compile(
        r"\s*(?:reports|informs|notes|recalls|reminds|says|states|presents|explains|indicates|advises|confirms|"
        r"announces)\b"
    ),
    "sv": re.compile(
        r"\s*(?:informerar|redogor|redovisar|rapporterar|meddelar|paminner|konstaterar|beskriver|presenterar)\b"
    ),
}
#: An exhortation to a group to go on as before ("Nämnden uppmanar samtliga rektorer att fortsätta arbetet",
#: "urged all citizens to continue", "exhorte les populations à poursuivre"): no new task, when no unit of
#: the directory is its addressee.
_URGED_TO_GO_ON = re.compile(
    r"(?:uppmana\w*|mana[rd]?|uppmuntra\w*|urge[sd]?|urging|call(?:s|ed)?\s+(?:up)?on|appeal(?:s|ed)?\s+to|"
    r"encourag\w*|exhort\w*|appel\w*|keu goi|khuyen khich|van dong)\s+(?P<who>[^.;]{1,60}?)\s+"
    # the verbs of going on as before: continue, keep up, maintain, remain; poursuivre, maintenir, rester;
    # fortsätta, upprätthålla, "även i fortsättningen"; tiếp tục, duy trì, giữ vững
    r"(?:att\s+(?:(?:aven\s+|ocksa\s+)?i\s+fortsattningen|fortsatta|fortsatt|uppratthalla|behalla|halla\s+fast|"
    r"vara\s+fortsatt)|to\s+(?:continue|keep(?:\s+up|\s+on)?|maintain|sustain|remain|stay|persevere|persist)|"
    r"a\s+(?:poursuivre|continuer|maintenir|rester|demeurer|perseverer|garder|conserver)|"
    r"(?:tiep tuc|duy tri|giu vung))\b"
)
#: A Swedish urging of restraint or of keeping things as they are, the whole of the unit's request (folded): "Styrelsen
#: uppmanar sektorerna att iaktta återhållsamhet och hålla sig inom ramarna", "att uppmana samtliga nämnder att
#: iaktta stor återhållsamhet med nyrekryteringar", "Nämnderna uppmanas att vara restriktiva med ...", "uppmanar
#: välfärdsområdet att bibehålla hälsostationens nuvarande öppettider": a conduct asked, no task (whoever is urged).
_SV_URGED_RESTRAINT = re.compile(
    r"\s*(?:att\s+)?(?:[^.;:]{0,60}?\s)?uppmana(?:r|s|de|ts)?\s+(?:[^.;:]{0,80}?\s)?att\s+"
    r"(?:(?:fortsatt|fortsattningsvis|aven|ocksa|alltid|i\s+fortsattningen)\s+)*"
    # ("iaktta fortsatt stor återhållsamhet", "största möjliga", "visa återhållsamhet")
    r"(?:(?:iaktta|visa)\s+(?:(?:stor|storsta|storre|sarskild|fortsatt|yttersta|god|mojliga?|mycket|stark)\s+){0,3}"
    r"(?:aterhallsamhet|forsiktighet|restriktivitet|sparsamhet|kostnadsmedvetenhet)"
    r"|vara\s+(?:(?:mycket|fortsatt|sarskilt|ytterst)\s+)?(?:aterhallsamma?|restriktiva?|sparsamma?|forsiktiga?)\b"
    r"|halla\s+sig\s+inom\b|halla\s+igen\b"
    r"|(?:bibehalla|behalla)\s+(?:[a-z]+s\s+)?(?:nuvarande|befintliga?|dagens)\b)"
)
#: A task or a report asked beside the conduct, which makes it an order (folded): "... och senast i maj redovisa ...".
_SV_TASK_BESIDE = re.compile(
    r"\b(?:redovisa|rapportera|aterkomma|aterrapportera|ta\s+fram|presentera|lamna|inkomma|utreda|uppratta)\b"
    # a second clause that asks for work: "... behålla nuvarande turer och informera vårdnadshavarna om ...", "hålla
    # sig inom budgetramen och begära in nya anbud" (not "återhållsamhet med att inleda nya projekt", the conduct's own)
    r"|\boch\s+(?:att\s+)?(?:(?:senast|snarast|omgaende)\s+(?:[^.;:\s]+\s+){0,3})?"
    r"(?:informera|begara|genomfora|kontakta|upphandla|sakerstalla|inventera|kartlagga|anordna|atgarda|analysera|"
    r"sammanstalla|undersoka|forbereda|inleda|paborja|ansoka|infora|se\s+over|folja\s+upp|ordna|planera|samordna)\b"
)
#: A Swedish member's motion ("Jonas Ek (C) yrkar att byggdepartementet ska utreda ..."): proposed, not
#: decided; the decision follows.
_SV_MEMBER_MOTION = re.compile(
    # "Lars Holm (M) föreslår att ...": a member named with the party proposes
    r"\b(?:yrkar|yrkade|yrkande)\b|\([a-z]{1,3}\)\s+(?:foreslar|foreslog|anser|vill)\b"
    # "Under överläggningen föreslår Johan Strand (M) att ...": the member after the verb, a clause opening on an
    # adverbial
    r"|\bforeslar\s+[^.;:()]{3,40}?\s\([a-z]{1,3}\)\s+att\b"
    # "Johan Ek föreslog att personalenheten ska ...": a member's proposal told in the past (a Finland-Swedish
    # protocol names no party), the decision comes after it
    r"|\bforeslog\b"
)
#: Before a Swedish obligation, what makes it told or a view, no order: "Boverket har i en skrivelse den 20
#: januari anfört att ... behöver", "Länsstyrelsen har framfört att ...", "Regeringen anser därför att ... bör
#: förlängas", "Nämnden bedömer att ..."; a request to another body: "beslutar nämnden att hemställa hos
#: kommunstyrelsen om ...".
_SV_TOLD_OR_VIEW = re.compile(
    r"\bhar\s+(?:[^.;]{1,60}?\s+)?(?:anfort|framfort|uppgett|angett|papekat|patalat|framhallit|konstaterat|meddelat|hemstallt)"
    r"\s+(?:att|om)\b|"
    # "Myndigheten konstaterade i sin slutrapport att ... måste ...", "Länsstyrelsen framhöll att ... behöver": the
    # same told in the past tense, what a report found or a body said, no order
    r"\b(?:anforde|framforde|uppgav|angav|papekade|patalade|framholl|konstaterade|meddelade|bedomde|ansag|fann)"
    r"\s+(?:[^.;]{1,60}?\s+)?att\b|"
    # "Regionfullmäktige beslutade i trafikförsörjningsprogrammet 2025–2030 att X ska förbättras": what a body decided
    # before in a plan or budget of its own, the matter's background
    r"\b(?:beslutade|beslot|faststallde)\s+i\s+(?:sin\s+|sitt\s+|den\s+|det\s+)?[a-z-]*(?:programmet|planen|budgeten|"
    r"strategin|policyn|agardirektivet)\b[^.;]{0,40}?\s+att\b|"
    # "IVO har i beslut den ... riktat kritik mot nämnden ... och begär att nämnden redovisar ...": a supervisor's
    # criticism and demand, told as the matter's background
    r"\bhar\s+(?:[^.;]{1,60}?\s+)?riktat\s+(?:allvarlig\s+)?kritik\s+mot\b|"
    # "Kommunstyrelsen uttalar att föreningslivet gärna bör involveras ...": the board's statement of its view
    r"\b(?:anser|bedomer|menar|uttalar)\s+(?:(?:darfor|dock|ocksa|vidare|nu|numera|alltjamt|fortfarande)\s+)?att\b|"
    r"\b(?:att\s+)?hemstalla\s+hos\b|\bhemstaller\s+hos\b"
)
#: Those a project's investor or board gives work to, no unit of a directory: "(các) nhà thầu", "Liên danh nhà
#: thầu", "đơn vị thi công", "đơn vị tư vấn giám sát".
_VI_CONTRACTOR = re.compile(r"\s*(?:các\s+)?(?:liên danh\s+)?(?:nhà thầu|đơn vị (?:thi công|tư vấn))\b", re.IGNORECASE)
#: A Vietnamese approval: "Đồng ý về chủ trương ...", "Thống nhất chủ trương cho phép ...", "Chấp thuận ...".
_VI_APPROVAL = re.compile(
    # "Đồng chí Chủ tịch UBND tỉnh đồng ý về chủ trương": the chair approving
    # "Phó Thủ tướng Chính phủ đồng ý về nguyên tắc", "Bộ trưởng thống nhất với đề xuất ...": the Government's
    r"\s*(?:(?:đồng chí\s+)?(?:phó\s+)?(?:chủ tịch(?:\s+(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+tỉnh)?|"
    r"thủ tướng(?:\s+chính phủ)?|bộ trưởng)\s+)?"
    # "Thường trực UBND tỉnh đồng ý ...", "UBND huyện thống nhất ...": the body that met (and issues the notice)
    r"(?:(?:thường trực|tập thể)?\s*(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+(?:tỉnh|thành phố|huyện|thị xã|xã)\s+)?"
    # "Ban Thường vụ Tỉnh ủy cơ bản thống nhất với báo cáo", "Thường trực Thành ủy nhất trí ...": the Party's
    # committee that met (and issues the conclusion)
    r"(?:(?:ban thường vụ|thường trực|ban chấp hành(?: đảng bộ)?)\s+(?:tỉnh|thành|huyện|quận|thị|đảng)\s?(?:ủy|uỷ)\s+)?"
    # "Về dự án chợ mới, Đảng ủy phường thống nhất chủ trương ...": the matter first, then the commune's or ward's
    # Party committee that met
    r"(?:về\s+[^,;:.]{2,80},\s*)?(?:đảng (?:ủy|uỷ)\s+(?:phường|xã|thị trấn|huyện|quận|tỉnh|thành phố)\s+)?"
    # "Cơ bản thống nhất với báo cáo ...", "Về cơ bản nhất trí với dự thảo ...": approved in the main
    r"(?:(?:về\s+)?cơ bản\s+)?"
    r"(?:đồng ý|chấp thuận|nhất trí|cho phép|thống nhất\s+(?:về\s+)?(?:chủ trương|với|đề xuất|phương án|sự cần thiết|"
    # "Thống nhất tổ chức Ngày hội ...": a proposal agreed to (the unit that prepares it is ordered after)
    # ("Thống nhất về nguyên tắc phương án giá đất do Hội đồng X trình": agreed in principle)
    r"nội dung|việc|tổ chức|nguyên tắc))\b"
)
#: An item that opens with a period and a comma, then no verb of action: the assessment of a past period
#: ("Năm 2025, tai nạn giao thông giảm cả 3 tiêu chí", "Năm học 2024-2025, ngành giáo dục đạt ...", "In 2025,
#: arrivals rose by 8%"), not an order ("Năm 2026, phấn đấu ...").
_PERIOD_START = re.compile(
    r"\s*(?:nam(?:\s+hoc)?|quy\s+[ivx\d]+\s*/?|\d+\s+thang\s+dau\s+nam|trong\s+nam|in|en|under|during|"
    r"au\s+cours\s+de|pendant|ar)\s*(?:19|20)\d\d(?:\s*-\s*(?:19|20)\d\d)?\s*,\s*"
)
#: Any period that opens an item, then a comma: "In the first nine months of 2025,", "Au cours du premier
#: semestre 2025,", "Under första halvåret 2025", "9 tháng đầu năm 2025,", "Trong quý IV/2025,". An item
#: opened so tells a past period's results when what follows is told in the past (an order for a period to
#: come is not: "Trong quý IV/2025, Sở Y tế hoàn thành ...").
_ANY_PERIOD_START = re.compile(
    r"\s*(?:trong|in|en|under|during|over|through|au\s+cours\s+d[eu']|pendant|durant|nam|quy|ar|tu\s+dau|"
    # "Mùa khô năm 2025 - 2026,", "Tính từ đầu năm đến ngày 09/8/2026,": a season, a count from the year's start
    # ("Vụ Hè Thu 2025,", "Vụ Đông Xuân 2024 - 2025,": a crop season)
    r"mua\s+(?:kho|mua|lu)|vu\s+(?:dong\s+xuan|he\s+thu|thu\s+dong|xuan\s+he|mua|chiem)|tinh\s+(?:den|tu)|den(?:\s+het)?|as\s+of|a\s+fin|per|t\.?o\.?m\.?|\d{1,2}\s+thang)\b[^,.;:\d]{0,40}?(?:\d{1,2}\s*[/.-]\s*)*"
    r"(?:19|20)\d\d(?:\s*-\s*(?:19|20)\d\d)?\s*,?\s*"
)
#: A figure reached, told after a date (folded view): "Đến ngày 10/10, vốn giải ngân đạt 4.126 tỷ đồng, bằng 58,3%
#: kế hoạch", "Tính đến 30/9/2025, toàn tỉnh đạt 61,2%": a result, no order (an order puts "phải" or a verb first).
_VI_FIGURE_REACHED = re.compile(
    r"\b(?:dat|bang)\s+(?:(?:khoang|gan|tren|hon)\s+)?\d[\d.,]*\s*(?:%|ty\b|trieu\b|nghin\b)"
)
#: A comparison, after a period (folded view): "Mùa khô năm 2025, mặn xâm nhập sớm và sâu hơn trung bình nhiều năm",
#: "..., tăng 12% so với cùng kỳ": how the period went, no order.
_VI_COMPARED = re.compile(
    r"\b(?:so\s+voi\s+(?:cung\s+ky|trung\s+binh|nam|thang|quy|ke\s+hoach)|"
    r"(?:cao|thap|som|muon|sau|nhieu|it|lon|nho|nhanh|cham)\s+hon\b)"
)
#: A figure reached "only" so far (folded view): "Giải ngân vốn ... đến ngày 10/5 mới đạt 21,4%", "chỉ đạt 40% kế
#: hoạch": a status told, its noun the work (an order sets a figure to reach, never "only").
_VI_ONLY_REACHED = re.compile(r"\b(?:moi|chi)\s+(?:dat|bang)\s+(?:(?:khoang|gan|tren|hon)\s+)?\d")
#: A figure set against the same time of an earlier year (folded view): "Giải ngân vốn đầu tư công đến hết tháng 9 đạt
#: 44,8% kế hoạch, thấp hơn cùng kỳ năm trước", "Xuất khẩu ước đạt 2,1 tỷ USD, tăng 9% so với cùng kỳ": a statistic,
#: its noun a work that reads as a verb; a target puts its own word before the figure ("phấn đấu", "bảo đảm").
_VI_AGAINST_LAST_YEAR = re.compile(r"\bcung\s+ky\b|\bso\s+voi\s+(?:nam|thang|quy)\s+truoc\b|\bbinh\s+quan\s+chung\b")
#: A total told by its copula, a figure its predicate (folded view): "Tổng vốn kế hoạch năm 2026 của tỉnh là 1.250 tỷ
#: đồng", "Diện tích gieo trồng là khoảng 42.000 ha".
_VI_FIGURE_IS = re.compile(
    r"[^,;:.]{3,90}?\sla\s+(?:(?:khoang|gan|hon|tren|xap\s+xi)\s+)?\d[\d.,]*\s*"
    r"(?:ty|trieu|nghin|%|ha|tan|km|nguoi|ho|con)\b"
)
#: A level set against the usual or a year before (folded view): "cao hơn cùng kỳ", "xấp xỉ trung bình nhiều năm",
#: "thấp hơn so với năm 2025" ...
_VI_LEVEL_COMPARED = re.compile(
    r"\b(?:cung\s+ky|so\s+voi\s+(?:trung\s+binh|(?:nam|thang|quy)\s+(?:truoc|\d|[iv]+\b))|(?:xap\s+xi|tuong\s+duong|cao\s+hon|thap\s+hon)\s+"
    r"(?:muc\s+)?trung\s+binh|(?:cao|thap)\s+hon\s+(?:so\s+voi|cung\s+ky|nam|trung\s+binh))\b"
)
#: A figure estimated (folded view): "khoảng 1,2 triệu ha", "ước đạt 3,4 triệu tấn", "xấp xỉ 60%" (a target is not
#: estimated: "trên 90%", "ít nhất 500 ha").
_VI_ESTIMATED_FIGURE = re.compile(
    r"\b(?:khoang|uoc(?:\s+dat|\s+tinh)?|xap\s+xi)\s+\d[\d.,]*\s*(?:%|(?:ty|trieu|nghin|tan|ha|km)\b)"
)
#: ... with a figure in its measure: "5.300 - 5.700 đồng/kg", "45 - 55 km", "7,05 tấn/ha", "12%".
_VI_MEASURED_FIGURE = re.compile(r"\b\d[\d.,]*\s*(?:-\s*\d[\d.,]*\s*)?(?:%|‰|(?:ty|trieu|nghin|dong|tan|ha|km|cm|m)\b)")
#: A sentence that counts or gives a cause (folded view): "Có 19 chủ đầu tư giải ngân dưới 30%", "Có hơn 200 hộ chưa
#: nhận tiền bồi thường", "Có nhiều dự án chậm tiến độ", "Nguyên nhân chủ yếu là vướng mắc trong bồi thường": the state
#: an assessment tells, no order ("Có phương án ...", "Có văn bản ...": a verb of the order, not a count).
_VI_COUNT_OR_CAUSE = re.compile(
    r"\s*(?:co\s+(?:(?:hon|tren|gan|khoang|toi|den|tong\s+cong)\s+)?(?:\d|nhieu\b|mot\s+so\b|hang\s+(?:chuc|tram|nghin)\b)|"
    r"nguyen\s+nhan\b)"
)
_VI_TARGET_BEFORE_FIGURE = re.compile(
    r"\b(?:phan\s+dau|bao\s+dam|dam\s+bao|phai|can|muc\s+tieu|chi\s+tieu|it\s+nhat|toi\s+thieu|de)\b|[,;:]"
)
#: The time just past, with no date, opening what was done in it: "Thời gian qua,", "Trong thời gian vừa
#: qua,", "Over the past months,", "In recent weeks,", "Ces derniers mois,", "Under den senaste tiden,".
_PAST_PERIOD = re.compile(
    r"\s*(?:(?:trong\s+)?(?:thoi\s+gian|nhung\s+nam|nam|thang|tuan|nhung\s+thang)\s+(?:vua\s+)?qua|vua\s+qua|"
    r"over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:period|year|years|months|weeks)|in\s+recent\s+(?:months|years|weeks)|"
    r"(?:au\s+cours\s+d)?(?:es|ces)\s+derni(?:ers|eres)\s+(?:mois|semaines|annees|temps)|"
    r"(?:under\s+)?(?:den\s+senaste\s+tiden|det\s+senaste\s+aret|de\s+senaste\s+aren))\s*,"
)
#: A verb in the simple past: "vaccinated", "rose", "reached".
_EN_PAST = re.compile(
    r"\b(?:[a-z]{3,}(?<!need)(?<!speed)ed|rose|fell|grew|reached|saw|became|met|won|built|spent|paid|sold|gave|took|"
    r"made|did|went|drew|hit|cut)\b"
)
#: An opening time phrase before the subject: "Trong quý IV/2025, Sở Y tế ...", "In the first quarter of
#: 2026, the Health Department ...", "D'ici fin 2026, le Ministère ...", "Senast 2026, ...".
_TIME_OPENER = re.compile(
    r"\s*(?:trong|den|truoc|tu nay den|in|during|by|within|before|until|au\s+cours\s+d[eu']|d'ici|pendant|"
    # ("Từ ngày 01/7/2025, UBND xã X tiếp nhận ...", "Kể từ tháng 7/2026, ...": the date the task runs from)
    r"durant|avant|en|under|senast|fore|innan|till|nam|quy|(?:ke\s+)?tu\s+(?:ngay|thang|nam))\b[^,.;:]{0,40}?"
    r"\b(?:19|20)\d\d\s*,\s*"
)
#: An adverb inside a French decision's frame (folded): "il est par ailleurs convenu que", "il a en outre été décidé".
_FR_FRAME_ADVERB = (
    r"(?:\s*,?\s+(?:par\s+ailleurs|en\s+outre|egalement|aussi|enfin|ensuite|de\s+plus|de\s+meme|en\s+consequence|"
    r"donc|finalement|ainsi|en\s+definitive)\s*,?)?"
)
#: "Il a été décidé que le Département ...", "It was agreed that the ...", "Det beslutades att ...": the
#: clause's subject comes after the decision's frame.
_DECIDED_OPENER = re.compile(
    r"\s*(?:il\s+(?:est|a"
    + _FR_FRAME_ADVERB
    + r"\s+ete)"
    + _FR_FRAME_ADVERB
    + r"\s+(?:retenu|decide|convenu|arrete|resolu|entendu)|"
    r"it\s+(?:was|is|has\s+been)\s+(?:decided|agreed|resolved)|det\s+(?:beslutades|beslutas|bestamdes)|"
    r"(?:man|motet|nämnden|namnden)\s+enades\s+om|"
    # "RESOLVED that the Director of X, with the assistance of Y, prepare ...": a resolution in one sentence; its
    # further clauses, "RESOLVED FURTHER, that the Provincial Engineer shall ...", "BE IT FURTHER RESOLVED that ...",
    # "NOW, THEREFORE, BE IT RESOLVED, that ..."
    r"(?:(?:now,?\s+)?(?:therefore,?\s+)?(?:and\s+)?be\s+it\s+(?:(?:further|finally|also)\s+)?)?"
    r"resolved(?:\s*,?\s*(?:unanimously|further|finally|lastly|also))?,?)\s+(?:que|qu'|that|att)\s*"
)
#: A demonstrative that takes up the order of the sentence before: "Cette opération sera conduite par le
#: Ministre de X" after "les bourses devront être versées avant le 15 décembre".
_TAKES_UP = re.compile(
    r"\s*(?:(?:cette|ce|cet|ces)\s+(?:operation|mission|tache|travail|travaux|action|mesure|exercice|versement|"
    r"distribution|campagne|etude|evaluation|inventaire|recensement|verification)s?|"
    r"(?:this|these)\s+(?:operation|task|work|exercise|measure|action|payment|distribution|campaign|study|review|"
    r"assessment|survey|inspection)s?|(?:detta|denna|dessa)\s+(?:arbete|uppgift|uppdrag|atgard|kartlaggning)\w*)\b"
)
#: What a deliberating body approves or authorises before the order in the same sentence (folded): "Le conseil
#: approuve l'avant-projet ..., autorise le Maire à signer ... et charge ...".
_FR_BODY_APPROVES = re.compile(
    r"\b(?:approuve|approuvent|autorise|autorisent|adopte|adoptent|valide|valident|entérine|enterine|accepte|"
    r"prend\s+acte)\b"
)
#: A unit's means, forces or staff as a subject, before its name (folded): "les moyens du ", "les effectifs de la ",
#: "les équipes de l'", "les moyens humains et matériels du ".
_FR_MEANS_OF = re.compile(
    r"\s*(?:les|ses|leurs)\s+(?:moyens|effectifs|equipes|agents|personnels|renforts|forces)\s+"
    r"(?:(?:humains|materiels|engages|et)\s+){0,3}(?:du\s+|de\s+la\s+|de\s+l'|des\s+|d')"
)
#: A council's resolution whose first clause approves (folded): "et résolu d'adopter le règlement ...", "résolu à
#: l'unanimité d'autoriser la dépense ..." (then "et de mandater X pour ...", the order).
_FR_RESOLVED_TO_APPROVE = re.compile(
    r"\bresolue?\b[^.;]{0,60}?\s(?:d'|de\s+)(?:adopter|approuver|autoriser|accepter|accorder|enteriner|ratifier|"
    r"octroyer|valider)\b"
)
#: A delegate minister's or director's title, longer than a unit's usual article, before the portfolio the directory
#: names (folded): "le ministre délégué chargé de l'", "la directrice déléguée chargée de la".
#: ("le secrétaire d'État chargé de la Mer", "la haute-commissaire chargée du Plan": the same long titles)
_FR_DELEGATE_TITLE = re.compile(
    r"\s*(?:le|la)\s+(?:(?:ministre|directeur|directrice)\s+deleguee?|secretaire\s+d['’]etat|hauts?-?\s*commissaire|"
    r"haute-?\s*commissaire)\s+chargee?\s+(?:du|des|de|d['’])"
)
#: A relative clause on the unit, between commas, right before its verb (folded): ", qui avait été chargée le 13 juin
#: du curage des caniveaux, ", ", dont les équipes sont sur place, ".
_FR_RELATIVE_ASIDE = re.compile(r"\s*,\s*(?:qui|dont|laquelle|lequel|lesquels|lesquelles)\s[^,.;:]{1,150},\s*")
#: A working body brought in for the task as a subject, with its indefinite article (folded): "Une commission
#: technique mixte, qui sera constituée à cet effet, ", "Un groupe de travail interministériel ", "Un comité de suivi ":
#: no unit of the directory, the one that is to do the work (no lead).
_FR_WORKING_BODY_SUBJECT = re.compile(
    r"\s*(?:un|une)\s+(?:commission|sous-commission|comite|groupe\s+de\s+travail|groupe\s+technique|cellule|"
    r"task[- ]force|equipe\s+(?:technique|mixte|conjointe|d'experts))\b[^,.;:]{0,50}?(?:,[^,.;:]{1,90},)?\s*"
)
#: The same in Swedish: ", som inledde inventeringen i april,", ", vars arbete pågår sedan januari,", ", vilken ...,".
_SV_RELATIVE_ASIDE = re.compile(r"\s*,\s*(?:som|vars|vilken|vilket|vilka)\s[^,.;:]{1,150},\s*", re.IGNORECASE)
#: A paragraph right under a heading's line, no item (work view): "\nDans sa réponse, le Ministre ...".
_PARAGRAPH_UNDER = re.compile(r"[ \t]*\n[ \t]*[A-ZÀ-Ý][a-zà-ÿ]")
#: A sentence's end that approves what it names, in the present (folded): "... est validé", "sont approuvées",
#: "is approved" (a decision that orders no one).
_APPROVED_NOW = re.compile(
    r"\b(?:est|sont|is|are)\s+(?:(?:donc|ainsi|egalement|hereby)\s+)?(?:validee?s?|approuvee?s?|adoptee?s?|"
    r"enterinee?s?|approved|adopted|endorsed)\s*[.;]?\s*$"
)
#: The carrying out of the task named before, pointed back to (folded): "veillera à la mise en œuvre de cette mesure",
#: "assure l'exécution de ces décisions", "est chargé du suivi de cette opération".
_FR_CARRIES_OUT_THIS = re.compile(
    r"\b(?:mise\s+en\s+(?:oeuvre|œuvre|application|place)|execution|application|realisation|conduite|pilotage|suivi)\s+"
    r"(?:de\s+|d')?(?:cette|ces|cet)\s+(?:mesures?|decisions?|operations?|actions?|taches?|missions?|dispositions?|"
    r"orientations?|directives?|instructions?|recommandations?)\b"
)
#: A passive still to come, told with no agent: "les contrôles seront renforcés", "will be stepped up".
_PASSIVE_TO_COME = re.compile(
    r"\b(?:sera|seront|devra|devront)\s+(?:\w+\s+)?\w+(?:e|es|ee|ees|is|ise|ises|u|us|t|ts)\b|\bwill\s+be\s+\w+(?:ed|en)\b"
)
#: A party's own promise: "Nhà thầu cam kết ...", "The contractor pledged to ...", "L'entreprise s'est engagée
#: à ...", "Leverantören lovade att ...".
_COMMITS = re.compile(
    r"\s*(?P<who>[^,.;:]{1,50}?)\s+(?:cam ket|hua|committed to|pledged to|promised to|assured that|"
    r"s'est engagee?s?\s+a|s'engagen?t?\s+a|a promis de|ont promis de|lovade att|lovar att|atar sig att|atog sig att)\b"
)
_MODAL_BEFORE_COMMIT = re.compile(r"\b(?:phai|can|must|should|shall|doit|doivent|devra|ska|maste|yeu cau|de nghi)\b")
#: The label of a record's heading field, before its value: "Địa điểm:", "Thành phần:", "Lieu :", "Plats:".
#: A topic named before a colon: "Về bồi thường, giải phóng mặt bằng:", "Regarding land clearance:",
#: "S'agissant du budget :", "Angående budgeten:".
_TOPIC_LABEL = re.compile(
    r"\s*(?:ve|rieng ve|doi voi|regarding|concerning|as (?:for|regards)|with regard to|concernant|s'agissant d[eu']|"
    r"en ce qui concerne|pour ce qui (?:est|concerne)|angaende|betraffande|nar det galler|i fraga om)\s"
)
#: A sentence that tells who attended a meeting or came on a visit: "Tham dự cuộc họp có ...", "Dự họp có ...",
#: "Cùng đi có ...", "Attending were ...", "Étaient présents ...", "Närvarande var ...". (Not ``_ATTENDANCE``, an
#: attendance list's heading, defined further down.)
_ATTENDANCE_SENTENCE = re.compile(
    r"\s*(?:(?:tham du|du|cung du|cung di|cung tham du)\s+(?:cuoc hop|hop|buoi lam viec|hoi nghi|buoi kiem tra)?\s*"
    r"(?:con\s+)?co\b|co mat\b|attending\s+(?:the\s+meeting\s+)?were\b|(?:also\s+)?present\s+were\b|"
    r"(?:etaient|sont)\s+presents?\b|(?:ont\s+)?participe\b|narvarande\s+(?:var|ar)\b)"
)
_RECORD_LABEL_WORDS = (
    r"\s*(?:dia diem|thoi gian|chu tri|thanh phan(?: tham du)?|thu ky|nguoi ghi bien ban|lieu|date|heure|presents?|"
    r"president de seance|secretaire de seance|plats|tid|narvarande|ordforande|sekreterare|justerare|venue|time|"
    # "Présidence : M. X, secrétaire général", "Participants :", "Excusés :": a French record's roll call
    r"presidence|participants|excuses|absents?\s+excuses|invites|"
    # "Staff present:", "Also present:", "Absent:": a roll call's lines
    r"chair(?:ed by)?|(?:(?:staff|also|members?|councill?ors?|officials?)\s+)?present|absent|attendees|place|"
    # "Prochain bureau : lundi 5 octobre 2026, 17 h 30", "Prochaine réunion :", "Next meeting:": when the body
    # meets again
    r"(?:date\s+(?:de\s+la\s+|du\s+)?)?prochaine?\s+(?:reunion|seance|bureau|comite|conseil|copil|rencontre)|"
    r"next\s+meeting)\s*"
)
_RECORD_LABEL = re.compile(_RECORD_LABEL_WORDS + r":\s*")
#: A line of contact details, from its label to its end (folded view): "Chi tiết liên hệ: ông X, Phòng Y, ĐT:
#: 0239...", "Mọi chi tiết xin liên hệ: ...", "Điện thoại: ...", "Contact: ...": the person to call, no order.
_CONTACT_LINE = re.compile(
    r"[ \t]*(?:[-–•*+][ \t]*)?(?:(?:moi\s+)?chi\s+tiet\s+(?:xin\s+)?|thong\s+tin\s+|dau\s+moi\s+)?"
    r"(?:lien\s+he|dien\s+thoai|dt|email|e-mail|fax|contact(?:\s+details)?|kontakt(?:person)?)\s*:"
)
_RECORD_LABEL_ALONE = re.compile(_RECORD_LABEL_WORDS + r":?\s*")
#: A French record's roll call heading, its members on the lines under it (folded): "Participants :", "Présents :".
_FR_ROLL_CALL = re.compile(r"\s*(?:participants|presents?|membres\s+presents|etaient\s+presents)\s*")
#: A line that ends a roll call: a numbered heading ("1. Ouverture de la séance", "II - Bilan"), or a record's heading
#: alone on its line ("Relevé de décisions", "Ordre du jour :"), with no blank line before it.
_FR_ROLL_CALL_STOP = re.compile(
    r"[ \t]*(?:(?:\d{1,2}|[ivx]{1,4})\s*[.)–-]\s|"
    r"(?:releve\s+de[s]?\s+(?:decisions|conclusions)|decisions(?:\s+prises)?|ordre\s+du\s+jour|conclusions|suites?\s+a\s+donner|points\s+abordes|synthese\s+des\s+echanges|"
    r"deroulement\s+de\s+la\s+(?:reunion|seance))[ \t]*:?[ \t]*(?:\n|$))"
)
#: After a unit as subject, a proposal of its own: "Sở X đề nghị ...", "Le Département de X propose ...",
#: "The Health Department proposed ...", "Byggdepartementet föreslår ...".
_PROPOSES_AFTER_UNIT = re.compile(
    r"\s*(?:(?:cung|da|tiep tuc)\s+)?(?:de nghi|kien nghi|de xuat|xin|cam ket)\b|"
    r"\s*(?:propose|a propose|suggere|a suggere|sollicite|a sollicite|s'engage|s'est engage)\b|"
    r"\s*(?:proposed|proposes|suggested|suggests|recommended|sought|requested approval|committed)\b|"
    r"\s*(?:foreslar|foreslog|foreslagit|begar att fa)\b"
)
#: Participants' opinions as the subject of a proposal: "Tại phiên họp, một số ý kiến đề nghị sớm có cơ chế ...",
#: "Nhiều đại biểu kiến nghị ...", "Có ý kiến đề xuất ...", "Các thành viên đề nghị ...", "Several members
#: suggested ...", "Plusieurs intervenants ont proposé ...": what was asked for, not the meeting's order.
_OPINIONS_PROPOSE = re.compile(
    r"\s*(?:(?:tai|trong)\s+(?:phien\s+hop|cuoc\s+hop|hoi\s+nghi|buoi\s+lam\s+viec|ky\s+hop)[^,.;]{0,40},\s*)?"
    r"(?:(?:mot\s+so|nhieu|cac|co|mot|da\s+so)\s+)(?:y\s+kien|dai\s+bieu|thanh\s+vien|uy\s+vien)\b[^,.;]{0,40}?\s+"
    r"(?:(?:cung|da|tiep\s+tuc)\s+)?(?:de\s+nghi|kien\s+nghi|de\s+xuat|mong\s+muon)\b"
    r"|\s*(?:(?:at\s+the\s+meeting|during\s+the\s+discussion),\s*)?(?:some|several|many|a\s+few|other)\s+"
    r"(?:members|participants|delegates|speakers|councillors)\s+(?:suggested|proposed|recommended)\b"
    # "At the conference, leaders of Lam Dong and Hue proposed that ...", "Representatives of several
    # provinces suggested ...": the participants' leaders, what they asked for
    r"|\s*(?:(?:at|during)\s+the\s+(?:meeting|conference|session|discussion|working\s+session)[^,.;]{0,30},\s*)?"
    r"(?:(?:some|several|many|other|the)\s+)?(?:leaders|representatives|heads|delegates)\s+(?:of|from)\s+"
    r"[^,.;]{1,80}?\s+(?:suggested|proposed|recommended|requested)\b"
    r"|\s*(?:plusieurs|certains|des|de\s+nombreux)\s+(?:intervenants|participants|membres|delegues)\s+"
    r"(?:ont\s+)?(?:propose|suggere)\b"
)
#: A business or the public as the subject of a proposal (folded view): "Doanh nghiệp đề nghị tỉnh quan tâm ...",
#: "Công ty TNHH X kiến nghị ...", "Nhiều hộ dân mong muốn ...", "Cử tri đề nghị ...": what was asked of the
#: authority at a working session, not its order.
_VI_PETITIONER_PROPOSES = re.compile(
    r"\s*(?:(?:phia|dai\s+dien)\s+)?(?:(?:cac|nhieu|mot\s+so)\s+)?"
    r"(?:doanh\s+nghiep|cong\s+ty|tap\s+doan|nha\s+dau\s+tu|hiep\s+hoi|nguoi\s+dan|ho\s+dan|cu\s+tri)\b"
    # (not "Các doanh nghiệp ... được đề nghị bảo đảm ...": businesses asked, the order's addressees)
    r"[^,.;:]{0,60}?\s(?<!duoc\s)(?:(?:cung|da|tiep\s+tuc)\s+)?(?:de\s+nghi|kien\s+nghi|de\s+xuat|mong\s+muon)\b"
)
#: An attitude asked of everyone rather than a task: "phát huy tinh thần trách nhiệm", "to show greater
#: commitment", "à faire preuve de rigueur", "att visa stort ansvar".
#: An exhortation to officials or people at large: "called on all officials to serve the people", "exhorte
#: tous les agents publics à", "uppmanar alla medarbetare att", "kêu gọi toàn thể cán bộ, đảng viên".
_EXHORTED_ALL = re.compile(
    r"(?:urge[sd]?|urging|call(?:s|ed|ing)?\s+(?:up)?on|appeal(?:s|ed)?\s+to|encourag\w*|exhort\w*|"
    r"keu goi|appel\w*|uppmana\w*|mana[rd]?)\s+(?:(?:all|every|each|the|our|whole|entire|tous\s+les|toutes\s+les|"
    r"l'ensemble\s+des|l'ensemble\s+du|tout\s+le|les|samtliga|alla|toan\s+the|tat\s+ca|moi|cac|ca)\s+)+"
    # "called on the whole political system of the district to uphold ...": everyone, no unit
    r"(?:political\s+system|systeme\s+politique|he\s+thong\s+chinh\s+tri|party\s+members|cadres|"
    r"officials?|officers?|civil\s+servants|public\s+servants|employees|staff|citizens|people|residents|voters|electors|"
    # "urged all political office holders to ...": those who hold office at large, no unit
    r"(?:political\s+|public\s+|elected\s+)?office[\s-]+holders|political\s+appointees|"
    # "called on the directors to work with the people": the meeting's heads at large, asked a conduct (not "the
    # directors of the district hospitals", heads named by their units, nor "the directors to submit their plans")
    r"directors(?!\s+of\b)(?=\s+to\s+(?:work|cooperate|serve|act|remain|stay|uphold|strive|be|show|maintain)\b)|"
    r"agents(?:\s+publics)?|fonctionnaires|citoyens|habitants|medarbetare|anstallda|tjansteman|medborgare|"
    # "a exhorté les bénéficiaires à ...", "urged the beneficiaries to ...": those who received, at large
    r"beneficiaires|beneficiaries|"
    # "a exhorté l'ensemble des responsables à ...", "urged all stakeholders to ...": everyone in charge
    r"responsables|acteurs|intervenants|stakeholders|"
    # "a exhorté les membres du Gouvernement à faire de l'année ...", "exhorte tous les membres du comité à ...": the
    # meeting's own members at large (a unit named after them, "les membres de la Commission X", is one tasked)
    r"membres|"
    r"invanare|can\s+bo|cong\s+chuc|dang\s+vien|nguoi\s+dan|nhan\s+dan)\b"
    # "called on voters and people of all ethnic groups to promote ...": the public, with no word before it
    r"|(?:urge[sd]?|urging|call(?:s|ed|ing)?\s+(?:up)?on|appeal(?:s|ed)?\s+to)\s+(?:the\s+)?"
    r"(?:voters|electors|citizens|residents|people|population|public)\b"
)
#: A French appeal to the public, no unit (folded): "Les ménages sont invités à la plus grande vigilance", "La
#: population est appelée à ...", "Les usagers sont priés de ...", "Le préfet invite les riverains à ...".
_FR_PUBLIC = (
    r"(?:l'ensemble\s+des\s+|tous\s+les\s+|toutes\s+les\s+)?(?:les|la|le|nos|l')\s*(?:menages|populations?|habitants|"
    r"citoyens|concitoyens|administres|usagers|riverains|automobilistes|conducteurs|consommateurs|particuliers|"
    r"public|grand\s+public|voyageurs|promeneurs|baigneurs|contribuables|proprietaires|locataires|familles|"
    # the trades at large: "exhorte les éleveurs à ...", "invite les transporteurs à ..."
    r"eleveurs|agriculteurs|producteurs|transporteurs|commercants|pecheurs)\b"
)
_FR_PUBLIC_WORD = re.compile(_FR_PUBLIC)
_FR_PUBLIC_URGED = re.compile(
    _FR_PUBLIC
    + r"[^.;:]{0,60}?\s(?:est|sont)\s+(?:(?:donc|egalement|aussi|vivement|fortement|de\s+nouveau|a\s+nouveau)"
    r"\s+)?(?:invitee?s?|appelee?s?|priee?s?|encouragee?s?|exhortee?s?|conviee?s?)\s+(?:a|de|d')"
    # ("Le Ministre a salué « un jalon majeur ... » et exhorté les populations à ...": a speech told, a quote first)
    r"|[^.;:]{0,160}?\b(?:invite|invitent|appelle|appellent|exhorte|exhortent|encourage|encouragent|prie|prient)\s+"
    + _FR_PUBLIC
    + r"[^.;:]{0,40}?\s(?:a|de|d')\s"
)
#: A source's word right before a unit (folded): "selon la ", "d'après le ", "de l'avis de la ".
_FR_SOURCE_BEFORE = re.compile(
    r"\b(?:selon|d'apres|de\s+l'avis\s+d[eu']?|aux\s+dires\s+d[eu']?)\s*(?:la|le|les|l')?\s*$"
)
#: A French forecast of an event (folded): "devrait démarrer au second semestre", "devraient s'achever en mai", "devrait
#: entrer en vigueur le 1er juillet": what is expected to happen, no task.
_FR_FORECAST = re.compile(
    r"\b(?:devrait|devraient)\s+(?:(?:donc|normalement|en\s+principe|ainsi|alors)\s+)?(?:demarrer|commencer|debuter|"
    r"intervenir|aboutir|reprendre|s'achever|se\s+terminer|prendre\s+fin|s'ouvrir|se\s+tenir|entrer\s+en\s+(?:vigueur|"
    r"service|fonction)|etre\s+(?:operationnel|operationnelle|operationnels|effectif|effective|disponibles?))\b"
)
#: A Swedish appeal to the public, no unit (folded): "Länsstyrelsen uppmanar allmänheten att ...", "Kommunen ber
#: invånarna att spara på vattnet", "uppmanade bilisterna att undvika ...".
_SV_PUBLIC_URGED = re.compile(
    # (an adverb may come first: "uppmanar samtidigt allmänheten", "ber därför invånarna", "uppmanar återigen alla")
    r"(?:uppmana\w*|mana[rd]?|ber|bad)\s+(?:(?:samtidigt|ocksa|aven|darfor|dessutom|vidare|aterigen|harmed|"
    r"starkt|fortsatt|nu)\s+)*(?:alla\s+|samtliga\s+)?(?:allmanheten|invanarna|kommuninvanarna|lansborna|"
    r"medborgarna|hushallen|(?:de\s+)?boende|bilister(?:na)?|trafikanter(?:na)?|fastighetsagare(?:na)?|"
    r"besokare(?:na)?|privatpersoner|foraldrar(?:na)?|alla|"
    # a supervising board's urging of the party it supervises: "uppmanar verksamhetsutövaren att ...", "uppmanar
    # fastighetsägaren att ...", "uppmanar sökanden att ...": no unit of the administration, no order
    r"verksamhetsutovare(?:n|na)?|fastighetsagaren|sokanden|exploatoren|tillstandshavaren)\s+"
    r"(?:i\s+[^.;:]{2,40}?\s+)?att\b"
)
#: After a Swedish unit that opens a sentence in the genitive, what it makes as the subject of the modal (folded):
#: "Vårdanalys uppföljning bör bygga på ...", "Socialstyrelsens vägledning ska omfatta ...", "Verkets rapport ska
#: innehålla ...": a requirement on the product, no order (not "Verkets ledning ska ...", its head).
_SV_UNITS_PRODUCT = re.compile(
    r"(?::?s)?\s+(?!(?:ledning|forvaltning|styrelse)\b)[a-z]*(?:ning|stod|plan|rapport|analys|material|forslag|underlag)"
    r"(?:en|et|ar|arna|er|erna)?\s+(?:ska|skall|bor|maste)\b"
)
_ATTITUDE = re.compile(
    r"\b(?:(?:phat huy|nang cao|de cao)\s+tinh than|tinh than trach nhiem|"
    r"to\s+(?:show|display|demonstrate)\s+(?:greater\s+|more\s+)?(?:commitment|responsibility|vigilance|dedication)|"
    r"a\s+faire\s+preuve\s+d|att\s+visa\s+(?:stort\s+)?(?:ansvar|engagemang)|"
    # "... and that the administration should learn lessons from that experience": a lesson as the whole task, right
    # after the modal (not "to inspect the drains by July 20 and learn lessons from ...", a task's addition)
    r"\b(?:should|must|shall|to|will|would)\s+(?:(?:also|duly|all)\s+)?(?:learn|draw|take)\s+(?:(?:the|useful|necessary|serious)\s+)?lessons?(?:\s+(?:from|of)\s+[^.;,]{1,60})?"
    r"\s*[.;]?$)"
)
#: Vigilance asked of all, the Vietnamese "không được chủ quan, lơ là" in English (folded view): "requested
#: ministries, branches and localities not to be subjective or negligent", "all levels and sectors must absolutely
#: not be subjective or negligent", "must not be complacent or lose vigilance": an exhortation.
_EN_NOT_COMPLACENT = re.compile(
    r"\bnot\s+(?:to\s+)?(?:be\s+)?(?:subjective|negligent|complacent|careless|lax|neglectful|"
    r"lose\s+(?:their\s+|its\s+)?vigilance|let\s+(?:their|its)\s+guard\s+down)\b"
)
#: A decision of the body's own, before the order of the same sentence that follows its ", and" (folded view): "The
#: draft Regulation on X, presented by the Ministry of Y, was approved with amendments, and the Ministry of Justice
#: was directed to publish it", "MOTION: X / SECOND: Y to introduce and waive first reading of Ordinance No. 1187 ...,
#: and to direct the Planning Division to return with ...": the approval is no task, the order starts after it.
_EN_ACT_BEFORE_ORDER = re.compile(
    r"[^;:]{3,200}?\b(?:was|were|is|are|has\s+been|have\s+been)\s+(?:hereby\s+|duly\s+|unanimously\s+)?"
    r"(?:approved|adopted|endorsed|ratified|accepted|noted)\b[^;:]*"
    r"|[^;:\n]{0,60}?\bto\s+(?:approve|adopt|introduce|waive|accept|receive|award|authori[sz]e|ratify|endorse|note)\b"
    r"[^;:]*"
)
#: A recorded vote, a sentence of its own after the order it carried (folded view): "Vote 5-0.", "Vote 4-1 (Smith
#: no).", "Roll call vote: 6-1", "Motion carried 5-0", "Approved 7-0-1".
_EN_VOTE_TALLY = re.compile(
    r"\s*(?:(?:roll[ -]call\s+)?vote|(?:motion\s+)?(?:carried|passed|failed|approved|adopted))\s*:?\s*"
    r"\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?(?:\s*\([^()\n]{1,60}\))?\s*[.;]?\s*"
)
#: A due date in such an act, which makes it a task (folded): "... to the road fund by March 31, 2027".
_EN_DUE_IN_ACT = re.compile(
    r"\b(?:by|before|within|no\s+later\s+than|not\s+later\s+than|prior\s+to)\s+(?:the\s+end\s+of\s+)?"
    r"(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
)
#: A short note wholly in brackets, a sentence of its own (folded view): "(4/5 vote required)", "(Behavioral Health)".
_BRACKETED_NOTE = re.compile(r"\s*\([^()\n]{1,80}\)\s*[.;]?\s*")
#: A record's field value that is only a date or a placeholder, with who gave it in brackets (folded view): the
#: "5/12/2026 (Supervisor Ortega)" of "Date of direction:", the "TBD", "to be scheduled" of "Report date:".
_EN_BARE_FIELD_VALUE = re.compile(
    r"\s*(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?(?:\s+\d{1,2})?,?\s+\d{4}|q[1-4]\s+\d{4}|tb[acd]|n/?a|pending|ongoing|"
    r"to\s+be\s+(?:determined|scheduled|confirmed|announced|set))\s*(?:\([^()\n]{1,60}\))?\s*[.;]?\s*"
)
#: A record's label line under an order that gives the date it is to come back (folded view): "Staff report date:",
#: "Report back date:", "Expected return date:", "Target completion date:".
_EN_RETURN_DATE_LABEL = re.compile(
    r"\s*(?:(?:staff|board|council|committee)\s+)?(?:(?:expected|anticipated|target|projected|estimated|planned)\s+)?"
    r"(?:report(?:[\s-]+back)?|return|response|completion)\s+date\s*"
)
#: An action items update's status after an order, its label or a log's status cell (folded view): "Status:", "Not
#: Started", "In Progress - response due December 2025".
_EN_STATUS_AFTER = re.compile(r"\s*(?:status|" + ROW_STATUS + r"(?:\s+-\s[^\n]{0,80})?)\s*")
#: A unit's task right after its name, in an item's title (folded view): "Police Department to report back on ...".
_EN_UNIT_TO_ACT = re.compile(r"\s+to\s+(?!be\b|the\b|a\b|an\b|council\b|date\b)[a-z]{3,}\b")
#: A board's further order that opens a sentence (folded view): "Council further directed the Planning Department
#: to ...", "The Board also requested ...".
_EN_BOARD_ORDERS = re.compile(
    r"\s*(?:the\s+)?(?:city\s+|county\s+|town\s+)?(?:council|board|committee|commission)\s+(?:also\s+|further\s+)?"
    r"(?:directed|requested|instructed|asked|tasked|referred)\b"
)
#: An action items update's item title, the date it was directed in brackets (folded view): "Orchard Road Sidewalk
#: Gaps (directed 09/10/2024)", "Library Hours Pilot (Directed: January 27, 2026)".
_EN_DIRECTED_ON = re.compile(
    r"[^()\n]{3,120}\(\s*(?:directed|assigned|requested|referred)\s*(?:on\s+|:\s*)?[\w/.,\- ]{4,30}\)"
)
#: A performance target's verb, a goal of the service, no due (folded view): "Target: reduce response times by 15% by
#: 2028".
_EN_GOAL_VERBS = (
    r"(?:reduce|increase|raise|lower|cut|achieve|reach|improve|maintain|double|halve|eliminate|expand|grow|"
    r"decrease|keep|attain|meet|exceed)\b"
)
#: The status's word on when the work is to be done (folded view): "Target: second quarter of 2025", "Completion
#: anticipated by end of fiscal year", "Report anticipated Q2 2026", "Public Works will return to Council ... by".
_EN_STATUS_DUE = re.compile(
    r"\b(?:target(?:\s+date)?\s*:(?!\s*" + _EN_GOAL_VERBS + r")"
    r"|(?:(?:anticipated|expected|estimated|projected|target)\s+)?completion(?:\s+date)?\s*:?"
    r"|(?:report|response|completion|recommendation|item|update)s?\s+(?:is\s+|are\s+)?(?:now\s+)?"
    r"(?:due|expected|anticipated|scheduled|targeted|planned)\b|will\s+(?:return|report\s+back|come\s+back)\s+to\s+"
    r"(?:the\s+)?(?:city\s+|county\s+)?(?:council|board|committee)\b[^.;\n]{0,80}?(?=\bby\b))"
)
#: A board's own act that opens an item of its summary of actions, before its order to a unit (folded view): "Accepted
#: a grant of $312,000 from X for Y and directed the Auditor-Controller to ...", "Approved the plan and further
#: directed ...".
_EN_SUMMARY_ACT_BEFORE = re.compile(
    r"\s*(?:(?:accepted|approved|adopted|received(?:\s+and\s+filed)?|authori[sz]ed|appropriated|ratified|introduced|"
    r"awarded|amended|allocated)\b[^;:]{3,300}?)\s(?:,\s*)?and\s+(?:further\s+|also\s+)?"
)
#: A conduct asked of the administration at large, in the speaker's words (folded view): "He said that all ministries
#: must act with full transparency in procurement", "stressed that provincial departments and branches must regard
#: the difficulties of X as their own", "emphasised that all ministries and government institutions must make
#: efficient use of the resources", "emphasized that all departments must remain on high alert": an exhortation, no
#: task (not "... all departments must shorten the time for handling the procedures to half": a work to do).
_EN_GROUP_QUALIFIER = (
    r"(?:(?:all|the|every|each|our|other|provincial|district|city|municipal|government|state|relevant|concerned|line|"
    r"public|independent|whole|entire)\s+)*"
)
_EN_GROUP_NOUN = (
    r"(?:ministries|departments|branches|agencies|institutions|sectors|units|offices|localities|levels|authorities|"
    r"administrations|bodies|organi[sz]ations|"
    # "Party committees and authorities at all levels must ...", "every officer must ...": the officials at large
    r"(?:party\s+)?committees|officers|officials|employees|civil\s+servants|public\s+servants|cadres|"
    r"(?<=every\s)(?:officer|official|employee|department|agency|unit)|"
    r"(?<=each\s)(?:officer|official|employee|department|agency|unit)|"
    # "the whole sector must change its working style": the sector at large
    r"(?<=(?:whole|ntire)\s)(?:sector|branch|system|political\s+system|apparatus|staff|workforce))"
    r"(?:\s+(?:at|of)\s+all\s+levels)?"
)
_EN_CONDUCT_OF_ALL = re.compile(
    r"[^.;:]{0,160}?\b(?:said|stressed|emphasi[sz]ed|underlined|underscored|reiterated|insisted|added|noted|"
    r"pointed\s+out)\s+that\s+"
    # "... said that the district administration is the face of the government and every officer must ...": a
    # statement first, the conduct of all after its "and" ("... is the first year of the new term, so the whole
    # sector must ...": or after what follows from it)
    r"(?:(?P<statement>[^.;:]{0,160}?)(?:,\s*and|\sand|,\s*(?:and\s+)?(?:so|therefore|hence|thus))\s+)?"
    + _EN_GROUP_QUALIFIER
    + _EN_GROUP_NOUN
    + r"(?:\s*(?:,\s*and|,|and)\s+"
    + _EN_GROUP_QUALIFIER
    + _EN_GROUP_NOUN
    + r")*\s+(?:must|should|have\s+to|need\s+to)\s+(?:(?:also|always|all|further)\s+)?"
    r"(?:act\s+with|regard\b|consider\s+(?:it|this|them)\s+(?:as\s+)?(?:an?\s+|their\s+)?[a-z ,-]{0,30}?"
    r"(?:task|duty|priority|responsibility)\b|remain\b|stay\b|avoid\b|"
    r"make\s+(?:efficient|effective|best|proper|optimal|good)\s+use|"
    r"do\s+(?:everything|their\s+utmost|all\s+they\s+can)|uphold\b|strive\b|"
    # "all employees must serve the people honestly": the civil servant's conduct
    r"serve\s+(?:the\s+)?(?:people|public|citizens|nation|country)\b|"
    # "officers must work with dedication and sensitivity": the spirit the work is done in
    r"work\s+with\s+(?:(?:full|utmost|complete|great|total)\s+)?(?:dedication|sincerity|honesty|integrity|commitment|"
    r"sensitivity|devotion|diligence|zeal|responsibility|transparency)\b|"
    # "must change its working style", "must renew their thinking": the way the work is done
    r"(?:change|renew|innovate|reform|transform)\s+(?:its|their|the)\s+(?:working\s+|work\s+)?(?:style|methods?|"
    r"mindset|thinking|attitude|manner|way\s+of\s+(?:working|thinking))\b|stop\s+(?:avoiding|shirking)\b|"
    r"be\s+(?:vigilant|alert|transparent|accountable|on\s+(?:high\s+)?alert)\b)"
)
#: A work joined to the conduct by "and", which makes the clause a task (folded): "must avoid delays in paying
#: contractors and submit their disbursement reports to ...", "... and send their procurement plans to ..." (not "and
#: avoid waste", "and remain vigilant": the conduct goes on).
_EN_TASK_AFTER_CONDUCT = re.compile(
    r"(?:,\s*|\s)and\s+(?:also\s+)?(?:submit|send|forward|transmit|report|deploy|dispatch|prepare|present|draft|"
    r"compile|publish|complete|finish|issue|allocate|release|pay|transfer|deliver|provide|establish|set\s+up|"
    r"conduct|carry\s+out|inspect|survey|repair|install|clear|evacuate|distribute|upload|return|table|hand\s+over)\b"
)
#: A modal after a unit named past the conduct: another subject's task in the same sentence ("all departments must be
#: on alert and the Ministry of Health must deploy rapid response teams ...").
_EN_UNIT_MODAL = re.compile(
    r"\s+(?:also\s+)?(?:must|shall|should|will|is\s+to|are\s+to|needs?\s+to|has\s+to|have\s+to|"
    r"(?:was|were|is|are)\s+(?:directed|instructed|asked|requested|tasked))\b"
)
#: Any day: what a delay is counted from where only whether the sentence sets a deadline is asked.
_ANY_DAY = datetime.date(2000, 1, 3)


def _en_conduct_of_all_only(folded: str, start: int, end: int, mentions: list[Mention]) -> bool:
    """ "He said that all ministries must act with full transparency ...": a conduct asked of all in the speaker's
    words, and nothing more in its sentence; not where a work joins it ("... and submit their reports to ..."),
    another unit's task follows ("... and the Ministry of Health must deploy ..."), or the sentence sets a deadline
    ("... within two weeks", "by the end of next month")."""
    hit = _EN_CONDUCT_OF_ALL.match(folded, start, end)
    if hit is None:
        return False
    if _EN_TASK_AFTER_CONDUCT.search(folded, hit.end(), end):
        return False
    if hit.group("statement") is not None and any(
        # "... said that the Health Department must open fever clinics ... and all officials must remain ...": a
        # unit's own order before the "and", the conduct after it
        m.dept is not None
        and hit.start("statement") <= m.start < hit.end("statement")
        and _EN_UNIT_MODAL.match(folded, m.end, hit.end("statement"))
        for m in mentions
    ):
        return False
    if any(
        m.dept is not None and hit.end() <= m.start < end and _EN_UNIT_MODAL.match(folded, m.end, end) for m in mentions
    ):
        return False
    return find_deadline(folded[start:end], [], _ANY_DAY, "en") is None


#: The goal a speaker sets for the works themselves, in the passive, no unit to act (folded view): "He stressed that
#: the project must be basically completed in 2027 to ...", "emphasised that the bridge has to be put into operation
#: before ...".
_EN_GOAL_STRESSED = re.compile(
    r"[^.;:]{0,120}?\b(?:said|stressed|emphasi[sz]ed|underlined|underscored|reiterated|insisted|affirmed)\s+that\s+"
    r"(?:the|this|these)\s+(?:[a-z0-9-]+\s+){0,3}?(?:project|projects|works|road|route|expressway|bridge|building|"
    r"hospital|plant|line|package)\s+(?:must|should|has\s+to|have\s+to|needs?\s+to)\s+be\s+"
    r"(?:(?:basically|fully|completely|soon)\s+)?(?:completed|finished|put\s+into\s+(?:operation|use)|"
    r"opened\s+to\s+traffic)\b"
)
#: A wish or a confidence the speaker voices, before the modal of the clause it opens (folded view): "He hoped that
#: the sector's staff will continue to ...", "expressed confidence that the department will ...", "she is confident
#: that the teams will ...": no order.
_EN_WISHED_THAT = re.compile(
    r"[^.;:]{0,120}?\b(?:hoped|hopes|hoping|wished|wishes|(?:expressed|voiced)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?:hope|wish|confidence|belief|trust)|(?:is|was|are|were)\s+confident|believed|believes|trusted|trusts)\s+that\b"
)
#: A state that must not occur, with no one to act (folded view): '"There should be no water stagnation in colonies
#: after rains," she said', "There must be no delay in the payment of compensation", "there shall be zero
#: tolerance", "There should not be any shortage of medicines": a norm.
_EN_THERE_BE_NO = re.compile(
    r"\s*[\"“']?\s*there\s+(?:should|must|shall|will|is\s+to)\s+(?:also\s+|absolutely\s+)?"
    r"(?:be\s+(?:no|zero)|not\s+be\s+any)\b"
)
#: An attitude as the whole predicate, asked of a group with no unit named (folded view): "Các sở, ngành, địa
#: phương cần quyết liệt hơn nữa trong ...", "các cấp, các ngành phải nỗ lực, cố gắng hơn nữa ...": an exhortation.
_VI_ATTITUDE_PREDICATE = re.compile(
    r"[^.;:]{0,80}?\b(?:can|phai)\s+(?:(?:quyet\s+liet|no\s+luc|co\s+gang|tich\s+cuc|chu\s+dong|sau\s+sat)"
    r"(?:\s*,\s*|\s+va\s+|\s+))+hon\s+nua\b"
)
#: The first article of a decision, right before its text (lower view): "Điều 1. ", "Điều 1: ".
_VI_FIRST_ARTICLE_BEFORE = re.compile(r"(?:^|\n)\s*điều\s+1\s*[.:]\s*$")
#: What stands between the units of a subject that names several together (lower view): "UBND xã A và UBND xã B".
_VI_JOINT_GAP = re.compile(r"\s*(?:,|và|,\s*và)\s*")
#: A decision's article number alone, the unit read off before its text (lower view): "Điều 3", "Điều 4:".
_VI_ARTICLE_NUMBER_ONLY = re.compile(r"\s*điều\s+\d{1,2}[a-z]?\s*[.:]?\s*")
#: What a decision's first article decides, with no unit named (lower view): "Triển khai đợt cao điểm ...", "Thành lập
#: Tổ công tác ...", "Phát động phong trào ...", "Ban hành kèm theo ...": the act itself, the tasks in later articles.
_VI_DECIDED_ACT = re.compile(r"\s*(?:triển khai|thành lập|phát động|ban hành|công bố|tổ chức)\s")
#: A necessity quoted, no one named to meet it, then who said it (folded view): '"Cần tiếp tục cải thiện môi trường
#: đầu tư ...", Chủ tịch UBND thành phố nói', '"Phải làm đến nơi đến chốn", ông nhấn mạnh' (when the quote names no
#: unit: a call to all).
_VI_QUOTED_REMARK = re.compile(
    # (the quote opens on the modal, no one named before it: not '"Các địa phương phải tiêm vắc xin ... trước ngày
    # 15/9", Thứ trưởng nhấn mạnh', a group's order)
    r'\s*["“](?P<quote>\s*(?:can|phai|khong\s+(?:duoc|the))\s[^"”\n]{8,400}?)["”]\s*,?\s*[^.;:"“\n]{0,60}?\b'
    r"(?:noi|nhan manh|khang dinh|chia se|"
    r"phat bieu|bay to|luu y)\b"
)
#: A principle the work must follow, its subject a work and no unit (folded view): "Chuyển đổi số phải lấy người
#: dân làm trung tâm", "Cải cách hành chính cần lấy sự hài lòng của doanh nghiệp làm thước đo": a norm, no order.
_VI_PRINCIPLE = re.compile(
    r"[^.;:]{0,80}?\b(?:phai|can)\s+(?:luon\s+|that\s+su\s+)?lay\s+[^.;:]{1,80}?\blam\s+(?:trung\s+tam|"
    r"goc|nen\s+tang|dong\s+luc|thuoc\s+do|muc\s+tieu|chu\s+the|then\s+chot|tieu\s+chi|can\s+cu)\b"
)
#: A letter's finding, opened by how it was found (folded view): "Qua tổng hợp, toàn tỉnh hiện có 412 cơ sở ...",
#: "Qua rà soát sơ bộ, còn 35 hồ sơ ...", "Qua kiểm tra thực tế, ...", or by whose figures: "Theo báo cáo của Sở
#: X, đến ngày ... toàn tỉnh giải ngân được ...", "Theo số liệu thống kê, ...": results told, no order.
_VI_FINDING_OPENER = re.compile(
    r"\s*(?:qua\s+(?:cong\s+tac\s+)?(?:tong\s+hop|ra\s+soat|kiem\s+tra|thong\s+ke|khao\s+sat|theo\s+doi|giam\s+sat|"
    r"thanh\s+tra|danh\s+gia)|theo\s+(?:bao\s+cao|so\s+lieu|thong\s+ke)(?:\s+(?:cua|tu))?)\b[^,;.:]{0,60},\s*"
)
#: A warning of what follows a missed deadline (folded view): "Quá thời hạn nêu trên, đơn vị nào không gửi báo
#: cáo được hiểu là ...", "Sau thời hạn này, nếu ...", "Hết thời hạn trên, đơn vị nào chưa ... sẽ ...".
_VI_MISSED_DEADLINE_WARNING = re.compile(
    r"\s*(?:qua|het|sau|ngoai)\s+(?:thoi\s+han|han|thoi\s+gian|ngay)\b[^,;.]{0,40},\s*"
    r"(?:(?:neu\s+)?(?:co\s+quan|don\s+vi|dia\s+phuong|to\s+chuc|ca\s+nhan)\s+nao|neu)\b"
)
#: A warning of what follows if a party fails (folded view): "Phó Chủ tịch lưu ý, nếu chủ đầu tư tiếp tục vi phạm
#: tiến độ, UBND tỉnh sẽ xem xét chấm dứt dự án", "Trường hợp nhà thầu không đáp ứng, sẽ xử lý theo hợp đồng",
#: "Nếu để xảy ra cháy rừng, người đứng đầu sẽ bị xử lý": what will be done, no order ("..., X phải ..." is one).
_VI_SANCTION_WARNING = re.compile(
    r"(?:[^.;:]{0,60}?\b(?:luu\s+y|canh\s+bao|nhac\s+nho|nhan\s+manh|luu\s+y\s+them)(?:\s+rang)?\s*,?\s*)?"
    r"(?:neu|truong\s+hop)\s[^.;:]{3,160}?,\s*(?:thi\s+)?(?:(?!phai\b|can\b)[^,.;:]){0,60}?\bse\s+(?!phai\b)"
)
#: The same warning with its condition last (folded view): "Thủ tướng Chính phủ sẽ xem xét trách nhiệm của người
#: đứng đầu nếu để xảy ra vi phạm", "UBND tỉnh sẽ thu hồi dự án trong trường hợp chủ đầu tư không ...".
_VI_SANCTION_AFTER = re.compile(r"[^.;:]{0,80}?\bse\s+(?!phai\b|can\b)[^.;:]{3,120}?\b(?:neu|truong\s+hop)\s")
#: A lead-in that announces the difficulties a place meets, right before its colon (folded view): "xã đang gặp nhiều
#: khó khăn:", "Còn một số tồn tại, hạn chế như sau:": its items are the troubles ("cán bộ phải làm việc tại 2 điểm"),
#: no orders (not "Để tháo gỡ khó khăn:", what follows is done about them).
_VI_TROUBLES_BEFORE = re.compile(
    r"(?:kho\s+khan|vuong\s+mac|han\s+che|ton\s+tai|bat\s+cap|yeu\s+kem)"
    r"(?:\s*(?:,|va)\s*(?:kho\s+khan|vuong\s+mac|han\s+che|ton\s+tai|bat\s+cap|yeu\s+kem))*"
    r"(?:\s+(?:nhu\s+sau|sau\s+day|sau|chu\s+yeu|chinh))?\s*$"
)
#: What is done about the troubles, before their noun (folded view): "Để tháo gỡ các khó khăn:", "xử lý vướng mắc:".
_VI_TROUBLES_DEALT_WITH = re.compile(
    r"\b(?:thao\s+go|giai\s+quyet|khac\s+phuc|xu\s+ly|de)\s+(?:(?:cac|nhung|moi)\s+)?$"
)
#: A forecast at the head of a sentence, the time it is for after it (folded view): "Dự báo thời gian tới số ca mắc
#: tiếp tục tăng", "Theo dự báo, trong những ngày tới ...", "Dự báo năm 2026 nguồn thu ...": told, no order (not "Dự
#: báo sát diễn biến của bão", the verb of a forecasting body's task).
#: ... its source named ("Theo dự báo của Đài Khí tượng Thủy văn tỉnh, trong những ngày tới ..."), or the season or
#: the part of the year it is for ("Dự báo mùa mưa năm nay ...", "Theo dự báo, từ nay đến cuối năm ...").
_VI_FORECAST = re.compile(
    # ("Theo nhận định của Đài ..., trong 3 ngày tới ...", "Dự báo trong 24 giờ tới, ...": an assessment, hours or
    # days counted)
    r"\s*(?:theo\s+)?(?:ban\s+tin\s+)?(?:du\s+bao|nhan\s+dinh)(?:\s+cua\s+[^,.;:]{3,80}?)?\s*,?\s+"
    r"(?:(?:trong|vao|den)\s+)?"
    r"(?:thoi\s+gian\s+(?:toi|sap\s+toi)|(?:\d{1,3}|nhung|cac)\s+(?:gio|ngay|tuan|thang)\s+(?:toi|sap\s+toi)|(?:nhung|cac)\s+(?:ngay|thang|tuan)\s+(?:toi|sap\s+toi|cuoi\s+nam|dau\s+nam)"
    r"|(?:tuan|thang|nam|quy)\s+(?:toi|sau|nay)|(?:nam|mua)\s+(?:19|20)\d\d|tu\s+nay\s+den|cuoi\s+nam|dau\s+nam"
    r"|mua\s+(?:mua|kho|bao|lu|mua\s+bao|dong|he|nang\s+nong)\b)\b"
)
#: A plan's task with its roles in brackets after it, on its line (folded view): "Hoàn thiện Hệ thống ... (Cơ quan chủ
#: trì: Sở X; cơ quan phối hợp: Công an tỉnh; thời gian hoàn thành: quý II/2026)", "(đơn vị chủ trì: ...)".
#: ... told as done, in a report on the plan (lower view): "Đã hoàn thành ...", "... đã được đưa vào vận hành".
_VI_DONE_WORD = re.compile(r"(?<!\w)đã(?!\w)")
_VI_ROLES_IN_BRACKETS = re.compile(r"\((?=\s*(?:co\s+quan|don\s+vi)\s+chu\s+tri\s*:)[^()\n]{3,300}\)")
#: An order's results sent on to a unit, a sentence after the order (folded view): "Kết quả thực hiện gửi Sở Y tế để
#: tổng hợp", "Kết quả rà soát gửi về Sở Tài chính", "Kết quả kiểm tra nộp về Văn phòng UBND tỉnh".
_VI_RESULTS_SENT = re.compile(r"\s*ket\s+qua\b[^.;:]{0,40}?\s(?:gui|nop|chuyen)\s")
#: A subject's answerability to a superior, its matter after "về" (folded view): "(phải) chịu trách nhiệm trước Chủ
#: tịch UBND tỉnh về kết quả thực hiện ...", "chịu trách nhiệm trước pháp luật về tính chính xác của số liệu".
_VI_ANSWERABLE = re.compile(r"(?:(?:phai|can)\s+)?chiu\s+trach\s+nhiem\s+truoc\s[^;.:]{1,80}?\s(?:ve|neu)\s")
#: The same warning, whom it strikes named by what they let happen (folded view): "Chủ tịch UBND tỉnh sẽ xem xét
#: trách nhiệm người đứng đầu các đơn vị có tỷ lệ giải ngân thấp", "UBND huyện sẽ xử lý trách nhiệm tập thể, cá nhân
#: để chậm trễ": a sanction announced, no order.
#: (not the purpose of an order: "Giao Sở Nội vụ tổng hợp danh sách để UBND tỉnh sẽ xem xét trách nhiệm ...")
_VI_ACCOUNTABLE_WARNING = re.compile(
    r"(?:(?!\bde\s)[^.;:]){0,80}?\bse\s+(?:xem\s+xet|xu\s+ly|kiem\s+diem)\s+(?:lam\s+ro\s+)?trach\s+nhiem\s+(?:cua\s+)?"
    r"(?:nguoi\s+dung\s+dau|thu\s+truong|tap\s+the|to\s+chuc|ca\s+nhan|lanh\s+dao|cac\s+don\s+vi)\b"
)
#: A warning to whoever fails, its subject "X nào" (any X who), quoted or not (folded view): '"Cán bộ nào né tránh,
#: làm chậm tiến độ sẽ bị xem xét trách nhiệm", đồng chí nói', "Đơn vị, cá nhân nào để xảy ra sai phạm sẽ bị xử lý
#: nghiêm": a sanction announced, no order.
_VI_WHOEVER_WARNING = re.compile(
    r"\s*[\"“'‘]?\s*(?:[^\W\d_]+\s*,?\s+){1,4}?nao\s[^.;:]{0,160}?\bse\s+bi\s+(?:xem\s+xet|xu\s+ly|ky\s+luat|"
    r"thay\s+the|dieu\s+chuyen|dinh\s+chi|thu\s+hoi|phat|truy\s+cuu|cat|mien\s+nhiem|canh\s+cao)\b"
)
#: A sanction announced to every wrong of a kind (folded view): "không có vùng cấm, mọi hành vi bao che, tiếp tay cho
#: vi phạm sẽ bị xử lý nghiêm", "Tất cả các trường hợp lấn chiếm sẽ bị cưỡng chế": a warning, no order.
_VI_EVERY_WRONG_WARNING = re.compile(
    r"[^.;:]{0,80}?\b(?:moi|tat\s+ca(?:\s+cac)?)\s+(?:hanh\s+vi|truong\s+hop|sai\s+pham|vi\s+pham|to\s+chuc|"
    r"ca\s+nhan|doi\s+tuong|can\s+bo)\b[^.;:]{0,160}?\bse\s+bi\s+(?:xem\s+xet|xu\s+ly|ky\s+luat|cuong\s+che|"
    r"dinh\s+chi|thu\s+hoi|phat|truy\s+cuu|canh\s+cao)\b"
)
#: What an official says his unit will do, often after taking up the orders (lower view): "Tiếp thu ý kiến chỉ đạo,
#: đồng chí X, Chủ tịch UBND phường khẳng định UBND phường sẽ tập trung ...", "Giám đốc Sở Y tế cam kết sẽ hoàn thành
#: ...", "Thay mặt ..., ông X cho biết đơn vị sẽ ...": a promise, no order (no request nor duty before its verb). With
#: its marks: "cần" (a duty) is not "cán bộ", nor is "giao" (to assign) "Sở Giao thông", "giao ban", "bàn giao".
_VI_PROMISE = re.compile(
    r"\s*(?:tiếp\s+thu\s+[^.;:]{0,100}?,\s*)?"
    r"(?:(?!\b(?:yêu\s+cầu|đề\s+nghị|(?<!bàn\s)giao(?!\s+(?:thông|dịch|lưu|tiếp|ban|thừa|nhận)\b)|chỉ\s+đạo|phải|"
    r"cần)\b)[^.;:]){0,160}?"
    r"\b(?:khẳng\s+định|cam\s+kết|hứa|bày\s+tỏ\s+quyết\s+tâm|cho\s+biết)\b(?:\s+rằng)?\s*:?\s*"
    r"(?:(?!\b(?:phải|cần)\b)[^.;:]){0,80}?\bsẽ\s+(?!phải\b|cần\b)"
)
#: A fault as the subject, then what it will count for (folded view): "Việc chậm nộp hồ sơ sẽ bị trừ điểm thi đua",
#: "Việc không gửi số liệu sẽ được xem xét khi bình xét khen thưởng", "Tình trạng trễ hạn sẽ bị phê bình": a warning
#: to all, no order.
_VI_FAULT_WARNING = re.compile(
    r"\s*(?:viec|tinh\s+trang)\s+(?:cham|tre|khong|chua|ne\s+tranh|vi\s+pham|de\s+xay\s+ra|buong\s+long)\b"
    r"[^.;:]{0,100}?\bse\s+(?:duoc|bi)\s"
)
#: A principle of enforcement at the head of a sentence (folded view): "Không có vùng cấm, không có ngoại lệ trong xử
#: lý sai phạm": no exception, no one tasked.
_VI_NO_EXCEPTION = re.compile(r"\s*[\"“'‘]?\s*khong\s+co\s+(?:vung\s+cam|ngoai\s+le)\b")
#: How a work is paid for, no order (folded view): "Chi phí di dời thực hiện theo quy định hiện hành", "Kinh phí thực
#: hiện do ngân sách tỉnh bảo đảm", "Nguồn kinh phí từ dự toán năm 2027 của Sở".
_VI_COSTS_BORNE = re.compile(
    r"\s*(?:chi\s+phi|kinh\s+phi|nguon\s+kinh\s+phi|nguon\s+von)\b[^,.;:]{0,60}?\s(?:thuc\s+hien\s+theo|"
    r"(?:duoc\s+)?(?:chi\s+tra|thanh\s+toan|bo\s+tri|dam\s+bao|bao\s+dam|lay|su\s+dung)\s+(?:tu|theo)|"
    r"do\s[^,.;:]{1,60}?\s(?:bao\s+dam|dam\s+bao|chi\s+tra|chiu|bo\s+tri|cap)\b|tu\s+nguon|theo\s+quy\s+dinh)"
)
#: What a product of the work must meet, its subject the product (folded view): "Phương án phải phù hợp với Quy hoạch
#: tỉnh ...", "Hồ sơ thiết kế cần bảo đảm đúng tiêu chuẩn ...", "Dự thảo phải thống nhất với ...": no one tasked.
_VI_PRODUCT_WORDS = (
    "cac ",
    "phuong an",
    "ke hoach",
    "de an",
    "ho so",
    "du thao",
    "van ban",
    "thiet ke",
    "noi dung",
    "quy trinh",
    "danh muc",
)
_VI_PRODUCT_MUST_FIT = re.compile(
    r"\s*(?:cac\s+)?(?:phuong\s+an|ke\s+hoach|de\s+an|ho\s+so|du\s+thao|van\s+ban|thiet\s+ke|noi\s+dung|"
    r"quy\s+trinh|danh\s+muc)\b[^,.;:]{0,40}?\s(?:phai|can)\s+(?:(?:bao\s+dam|dam\s+bao)\s+)?"
    r"(?:phu\s+hop|tuan\s+thu|thong\s+nhat|dong\s+bo|dung|khop)\b"
)
#: A sentence's subject, a noun with its article or in its definite form ("Ces contrôles", "The inspections",
#: "Tillsynen"), to compare with the sentence before.
#: Not a conjunction or a pronoun that opens it: "..., and | that Traffic Operations monitor ..." repeats no noun.
_REPEATED_SUBJECT = re.compile(
    r"\s*(?:(?:ces|ce|cet|cette|les|le|la|l'|the|these|this|such)\s+)?"
    r"(?!(?:that|this|these|those|there|then|when|which|where|with|also|dont|avec|pour|dans|sans)\b)(?P<w>[a-z]{4,})\b"
)
#: A table turned to text: an action on its line, then labelled lines ("Responsable : Ministère de X",
#: "Échéance : 5 décembre 2025"); the label that names who acts, and those of the deadline and the helpers.
_RESPONSIBLE_LABEL = re.compile(
    r"\s*(?:responsables?|resp|structure responsable|service responsable|pilote|porteur|chef de file|en charge|"
    r"responsible|responsibility|lead(?: agency| department| unit)?|owner|action by|assigned to|in charge|"
    r"ansvarig(?: enhet)?|ansvar|ansvariga|"
    r"đơn vị chủ trì|chủ trì|cơ quan chủ trì|đơn vị thực hiện|cơ quan thực hiện|"
    r"don vi chu tri|chu tri|co quan chu tri|don vi thuc hien|co quan thuc hien)\s*"
)
#: A second label on a label's line, after a dash: "Pilote : DRAAF – Associés : DREAL" (folded view).
_INLINE_LABEL = re.compile(r"\s[–—-]\s+(?P<label>[a-z][a-z ]{1,30})$")
#: The pilots' label of a row whose lead is shared, the first named leading (folded): "Copilotes : DDETS, ARS".
_CO_PILOTS_LABEL = re.compile(r"\s*co-?pilotes?(?:\(s\))?\s*")
#: A row's key in its first cell (folded): "B-2026-14", "A4", "12", "CR412/2025".
_ROW_KEY = re.compile(r"\s*(?=[a-z./-]{0,8}\d)[a-z0-9./-]{1,16}\s*")
#: What may stand between the units named in a bracket (folded): nothing, a comma, "et".
_UNITS_JOINED = re.compile(r"\s*(?:(?:,|\bet\b|\band\b|/)\s*)?")
#: A follow-up list's row: an action, its pilot in brackets, then a colon and where it stands: "- Plan de
#: sécurisation des écoles (pilote : rectorat) : réalisé à 80 % ; ..." (folded view, the unit before the colon).
_FR_PILOT_IN_BRACKETS = re.compile(
    r"[^()]{3,}\(\s*(?:pilote|responsable|porteur|chef de file|referent)\s*:\s*[^()]{1,80}\)\s*"
)
#: The label of a follow-up list's new due date for an order still outstanding (folded view): "Nouveau délai :",
#: "Nouvelle échéance :", "Délai reporté au :", "Délai prorogé :".
_FR_NEW_DUE_LABEL = re.compile(
    r"\s*(?:nouve(?:au|l|lle)\s+(?:delai|echeance|date\s+(?:limite|butoir))|(?:delai|echeance)\s+"
    r"(?:reportee?|prorogee?|repoussee?|revue?|revisee?)(?:\s+(?:a|au))?)\s*"
)
#: The words before the unit a follow-up list's row hands its order to (folded view): "..., confié à la Division X",
#: "..., par la Division X", "... à la charge du Service X", "(Division X)".
_FR_ROW_AGENT_BEFORE = re.compile(
    r"(?:\bconfiee?s?\s+(?:a|au|aux)|,\s*par|\ba\s+(?:la\s+)?charge\s+(?:de|du|des|d')|\bincombant\s+(?:a|au|aux)|\()"
    r"\s*(?:la\s+|le\s+|les\s+|l')?$"
)
#: Such a row's status when the action is done, nothing left to do: "action soldée", "réalisée", "terminé le
#: 3 mai", "clos" (folded view).
_FR_DONE_STATUS = re.compile(
    r"\s*(?:(?:action|mesure)\s+)?(?:soldee?s?|realisee?s?|terminee?s?|achevee?s?|close?s?|cloturee?s?|faite?s?|"
    r"executee?s?)(?:\s+(?:le|au|en|depuis|fin|debut)\s+[^;.]{1,30})?\s*"
)
#: A table's deadline column turned to a label line: "Échéance :", "Deadline:", "Klart senast:", "Thời hạn:".
_DEADLINE_LABEL = re.compile(
    r"\s*(?:echeance|echeancier|delai|date limite|deadline|due(?: date)?|time ?line|time ?frame|target(?: date)?|by|"
    # ("Target: June 2026. Revised target: Oct. 2026.": the date it was moved to, after the first)
    r"(?:revised|new) (?:target|due)(?: date)?|"
    r"klart(?: senast)?|klar|fardigt|slutdatum|tidpunkt|senast|thoi han|thoi gian(?: hoan thanh| thuc hien)?)\s*"
)
#: The same label naming what is to be done by then (folded view): "Thời hạn hoàn thành bàn giao mặt bằng:",
#: "Thời gian hoàn thành việc chi trả:", "Thời hạn gửi báo cáo:", "Thời hạn trình UBND tỉnh:", "Thời hạn trả lời
#: bằng văn bản:".
_VI_DEADLINE_LABEL_OF = re.compile(
    r"\s*(?:thoi\s+han|thoi\s+gian|han\s+chot)\s+(?:hoan\s+thanh|hoan\s+tat|thuc\s+hien|ban\s+giao|gui|nop|trinh|"
    r"bao\s+cao|tra\s+loi|phan\s+hoi|co\s+y\s+kien)(?:\s+(?!nhu\s+sau\b)[a-z]+){0,8}\s*"
)
_FIELD_LABEL = re.compile(
    r"\s*(?:echeance|echeancier|delai|date limite|calendrier|partenaires?|en appui|appui|associee?s?|observations?|"
    r"deadline|due(?: date)?|time ?line|time ?frame|target(?: date)?|by|support|partners?|remarks?|status|"
    r"klart(?: senast)?|klar|fardigt|slutdatum|tidpunkt|tidplan|senast|i samrad med|samverkan|"
    r"thoi han|thoi gian(?: hoan thanh| thuc hien)?|don vi phoi hop|phoi hop)\s*"
)
#: Of those, the labels whose units help the lead: "Đơn vị phối hợp: Sở X, Sở Y", "Partenaires :", "Support:".
_COORDINATING_LABEL = re.compile(
    r"\s*(?:partenaires?|en appui|appui|associee?s?|support|partners?|i samrad med|samverkan|don vi phoi hop|"
    r"co quan phoi hop|phoi hop)\s*"
)
#: A Swedish follow-up list's row opens on the task after its label, its verb bare (folded view): "Uppdrag:
#: Inventera ...", "Åtgärd: Ta fram ...", then labelled lines ("Beslutad:", "Ansvarig:", "Samverkan:", "Klart
#: senast:", "Status:").
_SV_TASK_LABEL = re.compile(r"\s*(?:uppdrag(?:et)?|uppgift(?:en)?|atgard(?:en)?|aktivitet(?:en)?)\s*")
#: The labels of such a row that tell where the task stands, no part of the order (folded view).
_SV_STATUS_LABEL = re.compile(
    r"\s*(?:status|lage(?:t)?|lagesrapport|kommentar(?:er)?|anmarkning(?:ar)?|notering(?:ar)?|aterrapportering)\s*"
)
#: Such a status when the task is done, nothing left to do: "Slutfört", "Avslutat 2026-05-12", "Klart." (folded).
_SV_DONE_STATUS = re.compile(
    r"\s*(?:slutford|slutfort|avslutad|avslutat|genomford|genomfort|klar|klart|aterrapporterad|aterrapporterat)"
    r"(?![\w-])(?!\s+senast)"
)


#: "The district police will help ...", "the Finance Department will release": a unit and "will" with a
#: verb of action.
_EN_UNIT_WILL = re.compile(
    r"\s*(?:,[^,.;]{1,40},\s*)?(?:also\s+)?will\s+(?:also\s+)?"
    r"(?!(?:be|have|not|continue|remain|need|never|soon|now|hold|host|attend|participate|benefit|get|receive)\b)"
    r"[a-z]{3,}\b"
)
#: An English passive still to come before its agent, with no modal: "The inspections will be carried out
#: by X", "Funds of Rs 25 lakh will be released by X for ...", "Warnings will be sent to residents by X"
#: (folded view); not a meeting's own arrangements ("will be chaired by", "attended by").
_EN_PASSIVE_TO_COME_BY = re.compile(
    r"\b(?:will|is\s+to|are\s+to)\s+(?:also\s+|then\s+|now\s+)?be\s+(?:\w+ly\s+)?"
    r"(?!(?:chaired|attended|presided|accompanied|represented|joined|held|hosted|followed|welcomed|opened|"
    r"closed|inaugurated|addressed|briefed|informed|invited|visited|affected|used|seen|known|given|told)\b)"
    r"[a-z]+(?:ed|en|t|wn|ne)\b[^.;:\"]{0,60}?\bby\s+(?:the\s+)?$"
)
#: A motion told with its failure in the same sentence (folded view): "A motion by Supervisor X to direct staff to
#: ... failed for lack of a second", "Councillor Y's motion to ... was defeated 2-5", "The motion ... was withdrawn".
_MOTION_FAILED_WITHIN = re.compile(
    r"\s*(?:an?\s+|the\s+)?(?:[^.;:]{0,60}?\s)?(?:substitute\s+|alternative\s+)?motion\b"
    # (past a time of day: "Motion (X/Y) to extend meter enforcement to 9 p.m. on Fridays FAILED 2-4")
    r"(?:[^.;:]|(?<=[\s\d][ap])\.m\.){0,300}?"
    # the motion's own failure, not a thing's ("to replace the failed pumps", "when the vendor failed to deliver")
    r"(?<!\sthe)(?<!\sa)(?<!\san)(?<!\sany)(?<!\sits)(?<!\stheir)(?<!\stwo)(?<!\sall)\s"
    r"(?:failed(?!\s+to\s+(?!(?:carry|pass|receive|obtain|get|gain|win|secure|find|attract)\b))(?!\s+[a-z]+s\b)|died|"
    r"was\s+(?:defeated|withdrawn|lost|not\s+carried|ruled\s+out\s+of\s+order))\b"
)
#: A motion's passage told in the same unit (folded): "... carried 5-0", "Council passed a motion ...": whatever
#: failed in it is another thing's failure.
_MOTION_CARRIED_WITHIN = re.compile(r"(?<!\bbe\s)(?<!\bbeen\s)\b(?:carried|passed|approved|adopted)\b")
#: A motion's result on the line after it, when it failed: "DEFEATED", "LOST", "Motion failed 2-3",
#: "Not carried", "Avslogs", "Rejetée" (folded view).
_MOTION_FAILED_AFTER = re.compile(
    # (past its recorded vote on a line of its own: "Recorded vote: Yeas 2, Nays 4\nDEFEATED")
    r"[.;]?[ \t]*(?:\n\s*(?:(?:recorded|roll[ -]call|recorded\s+roll[ -]call)\s+)?vote"
    # ("Recorded vote requested by Councillor X:\nYeas: A, B (2)\nNays: C, D, E (3)\nDEFEATED": the vote's lines)
    r"(?:\s+requested\s+by\s[^\n:]{1,80})?\s*:[^\n]{0,120}"
    r"(?:\n[ \t]*(?:yeas|nays|ayes|noes|abstain\w*|absent|opposed|in\s+favou?r)\s*:[^\n]{0,160}){0,4})?"
    r"\n\s*(?:the\s+)?(?:motion\s+(?:was\s+)?)?(?:defeated|lost|failed|not\s+carried|withdrawn|"
    r"avslogs|avslagen|rejetee?|non\s+adoptee?)\b"
)
#: ... or in the sentence after it on the same line, past its seconder and its roll call: ", seconded by X. The
#: motion failed 2-5.", ". Seconded by Y. Motion lost 3-4." (folded view).
_MOTION_FAILED_NEXT = re.compile(
    r"[.;]?\s+(?:second(?:ed)?\s+by\s+[^.;]{1,60}[.;]\s+)?"
    # "... Seconded by Y.\nRoll call vote: Ayes: A, B. Noes: C, D, E.\nMotion failed 2-3.": the roll call between
    r"(?:(?:roll[ -]call\s+)?vote\s*:\s*ayes\s*:[^.\n]{0,120}\.\s*"
    r"(?:(?:noes|nays|abstain\w*|absent)\s*:[^.\n]{0,120}\.\s*){0,3})?"
    r"(?:the\s+)?motion\s+(?:was\s+)?(?:defeated|lost|failed|not\s+carried|withdrawn)\b"
)
#: A Finland-Swedish protocol's proposal label at the start of its line (folded): "Förslag:", "Beslutsförslag:",
#: "Kommundirektörens förslag:", "Förslag till beslut:"; the decision that follows says whether it was adopted.
_SV_PROPOSAL_LABEL = re.compile(
    # (or after the sentence before it, where its line was joined to that one: "... natriumlampor. Förslag: ...")
    r"(?:^|\n|[.;!?])[ \t]*(?:[a-z-]+s[ \t]+)?(?:beslutsforslag|forslag(?:[ \t]+till[ \t]+beslut)?)[ \t]*:"
    # "Förslag till beslut" as a heading on a line of its own; "Nämnden föreslås besluta att": the proposal told
    r"|(?:^|\n)[ \t]*(?:[a-z-]+s[ \t]+)?(?:beslutsforslag|forslag[ \t]+till[ \t]+beslut)[ \t]*(?=\n)"
    r"|\bforeslas[ \t]+(?:besluta|fatta[ \t]+foljande[ \t]+beslut)\b"
)
#: A proposal's label that names its proposer (folded, the whole unit): "Stadsdirektörens förslag:",
#: "Föredragandens förslag till beslut:", "Kommundirektörens beslutsförslag:".
#: ... its proposer named in more words: "Tekniska nämndens förslag:", "Kommunstyrelsens arbetsutskotts förslag:".
_SV_PROPOSER_LABEL = re.compile(
    r"\s*(?:[a-z-]+\s+){0,2}[a-z-]+s\s+(?:beslutsforslag|forslag(?:\s+till\s+beslut)?)\s*:?\s*"
)
#: A vote's proposition (folded): "godkände omröstningsproposition", "Godkänd voteringsproposition", "följande
#: omröstningsordning".
_SV_VOTING_PROPOSITION = re.compile(r"\b(?:omrostnings|voterings)(?:proposition|ordning)(?:en)?\b")
#: The decision's label after it, at the start of its line (folded): "Beslut:", "Kommunstyrelsens beslut:",
#: "Beslut" on a line of its own; and the next paragraph's "§ 45", which closes the proposal's matter.
_SV_DECISION_OR_PARAGRAPH = re.compile(
    r"\n[ \t]*(?:(?:[a-z-]+s[ \t]+)?beslut\b[ \t]*:?|§)|[.;!?][ \t]+(?:[a-z-]+s[ \t]+)?beslut[ \t]*:"
)
#: The decision that does not adopt the proposal (folded, at the decision's start): "Ärendet återremitterades",
#: "Ärendet bordlades", "Förslaget avslogs", "Förslaget förkastades", "Styrelsen beslöt att återremittera ärendet".
_SV_NOT_ADOPTED = re.compile(
    r"\s*(?:(?:arendet|forslaget|beslutsforslaget)\s+(?:(?:har|hade)\s+)?(?:aterremitter|bordla|bordlag|avslo|avsla|"
    r"forkasta|drogs\s+tillbaka)"
    r"|[^.;:\n]{0,40}?\bbeslot\s+(?:[^.;:\n]{0,40}?\s)?(?:att\s+)?(?:aterremittera|bordlagga|"
    # (not "beslöt att avslå Eks återremissyrkande och godkände förslaget": a member's motion rejected, the proposal
    # adopted)
    r"(?:avsla|forkasta)\b(?![^.;:\n]{0,50}?(?:yrkande|andringsforslag|tillaggsforslag|motion)))\b)"
)
#: A decision that writes out its own content rather than adopting the proposal (folded, at the decision's start):
#: "Nämnden beslutar att\n1. ...", "Kommunstyrelsen beslutade att uppdra åt ..." (not "beslutar enligt förslaget",
#: "beslutar att bifalla förvaltningens förslag": the proposal adopted, its orders stand).
_SV_OWN_DECISION = re.compile(
    r"\s*[^.;:\n]{0,80}?\bbeslut(?:ar|ade|ande)\s+att\b(?![^.;\n]{0,60}?\bforslag)(?=[^§]{0,40}?\S)"
)
#: A sentence's passive obligation, a task added, its subject the work: "Fogging should also be carried out in
#: every ward", "Culverts must likewise be cleared", "Water samples are also to be tested daily"; with no such
#: word when its subject is a new thing, with no article ("Sand bags should be stocked at vulnerable points",
#: "Fever surveys are to be conducted ..."; not "The payments should be cleared at the earliest": the order
#: before, told again); past a condition first ("Where repair is not possible, drinking water should be supplied ...").
_EN_PASSIVE_OBLIGATION = re.compile(
    r"\s*(?:(?:where|wherever|if|when|in\s+case|unless)\s[^.;,]{1,80},\s*)?(?:[a-z][^.;,]{0,80}?\b(?:should|must|shall|are|is)\s+(?:also|further|likewise|additionally)\s+(?:to\s+)?|"
    r"(?!(?:the|this|these|that|those|such|its|their|his|her|it|they|there|all|any|no)\b)[a-z][^.;,]{0,80}?\b"
    r"(?:(?:should|must|shall)\s+|(?:are|is)\s+to\s+)|"
    # "Besides, a toll-free helpline for flood complaints be set up in every district": the order's subjunctive
    # "be" with no modal, "that" left out after the verb of the order before (no "to be", "will be", "may be"; nor
    # a modal within two words before the first "be": "will also be opened", "won't be", "will soon be"; but "a
    # helpline to farmers be set up" is one)
    r"(?:(?:besides|also|further|furthermore|moreover|in\s+addition|additionally),\s+)?"
    r"(?!(?:it|they|there|that|this|which|who|whether|if|let|so)\b)"
    r"(?!(?:(?!\bbe\b)[^.;,]){0,80}?(?:\b(?:will|shall|would|should|could|must|may|might|can|cannot|not|[a-z]+n't)"
    r"\s+(?:[a-z]+\s+)?|\bto\s+)be\b)[a-z][^.;,]{0,80}?"
    r"(?<!\bto)(?<!\bwill)(?<!\bshall)(?<!ould)(?<!\bmust)(?<!\bmay)(?<!\bmight)(?<!\bcan)(?<!\bnot)(?<!\bcannot)"
    r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\blet)\s+)be\s+"
    r"(?!(?:able|aware|made\s+aware|informed|told|noted)\b)(?:[a-z]+(?:ed|en|wn|ne|t)|made)\b"
)
#: A ministry or a department as the subject (folded view): "The Ministry of X", "The Ministers of X and Y".
_EN_SUPERVISING_SUBJECT = re.compile(
    r"\s*(?:the\s+)?(?:(?:provincial|municipal|city|state)\s+)?(?:ministry|ministries|ministers?|departments?)\s+of\b"
)
#: A request in the present, the subject's own (folded view): "directs", "direct", "instructs".
_EN_DIRECTS_NOW = re.compile(r"(?:directs?|instructs?)\b")
#: A unit's pressing of others in the present, its own task (folded view): "urges", "directs", "instructs".
_EN_URGES_NOW = re.compile(r"(?:urges|directs|instructs)\b")
#: Between the unit and that verb: nothing, an adverb, or a verb of its own before "and" ("monitors and urges").
_EN_OWN_VERB_BEFORE = re.compile(r"\s*(?:[a-z]+ly\s+)?(?:[a-z]{3,}s\s+and\s+(?:[a-z]+ly\s+)?)?")
#: An order with no subject that opens on overseeing a work, no one addressed (folded view): "direct the safe
#: operation of irrigation reservoirs", "and direct the counting of vessels", "direct ensuring traffic safety".
#: ... or that urges those the unit oversees, no unit of any directory: "urge contractors to add machinery", "direct
#: the consultants to ...", "instruct its subordinate units to ..." (the unit of the label or order above acts).
_EN_DIRECTS_WORK = re.compile(
    r"\s*(?:(?:and|also|at\s+the\s+same\s+time,?)\s+)?(?:direct|guide|urge)\s+(?:the\s+)?"
    r"(?:[a-z]+ing\b|[a-z-]+\s+(?:[a-z-]+\s+)?of\b)"
    r"|\s*(?:(?:and|also)\s+)?(?:urge|direct|instruct|require|request|ask)\s+(?:the\s+|its\s+|all\s+|their\s+)?"
    r"(?:(?:construction|supervision|design|subordinate|affiliated|relevant|concerned|project)\s+)?"
    r"(?:contractors?|sub-?contractors?|investors?|consultants?|suppliers?|subordinate\s+units|affiliated\s+units|"
    r"units\s+under\s+(?:it|its\s+management)|project\s+owners?)\s+(?:and\s+[a-z-]+\s+)?to\s+[a-z]"
)
#: A request in the present of a headline (folded view): "directs", "asks", "urges", "calls on".
_EN_HEADLINE_VERB = re.compile(
    r"(?:requests|asks|assigns|directs|instructs|urges|calls\s+(?:up)?on|entrusts|invites)\b"
)
#: The same in the other languages, after what was done (folded view): "..., demande aux services de", "..., yêu
#: cầu Sở X", "..., uppmanar X att".
_HEADLINE_VERB = {
    "fr": re.compile(r"(?:demande|exhorte|appelle|invite|charge|enjoint|ordonne)\b"),
    "sv": re.compile(r"(?:uppmanar|ber|kraver|ger|uppdrar)\b"),
    "vi": re.compile(r"(?:yeu\s+cau|de\s+nghi|chi\s+dao|giao)\b"),
}
#: A headline's first act before its request (folded): "Le préfet fait le point sur X et ", "Chủ tịch UBND tỉnh
#: kiểm tra X, ", "Landshövdingen besöker X, ".
_HEADLINE_FIRST_ACT = re.compile(r"[^,.;:\n]{8,140}?(?:,|\s(?:et|och|va))\s+")
#: A headline's topic before a colon, a few words with no number, at the start of its line (folded): "Sécheresse : ",
#: "Torka: ", "Hạn mặn: " (not a record's label: "Décision :", "Kết luận:", "Beslut:").
_HEADLINE_TOPIC = re.compile(
    r"[ \t]*(?!(?:decisions?|conclusions?|ket luan|chi dao|y kien|beslut|resolved|decided|actions?|agreed|notes?|"
    r"outcomes?|directives?|directions?|orders?)\s*:)[^\W\d][^\W\d]*(?:[ \t'’-]+[^\W\d]+){0,3}[ \t]*:[ \t]*"
)
#: After the topic, the headline's subject before its request: "le préfet ", "länsstyrelsen ", "Chủ tịch UBND tỉnh ".
_HEADLINE_SUBJECT = re.compile(r"[^,.;:\n]{2,60}?\s+")
#: A Vietnamese record's or letter's label before its colon, no headline's topic (folded): "Kính gửi:", "Số:", "V/v:",
#: "Kết luận:", "Nhiệm vụ:", "Thời gian:", "Nơi nhận:".
_VI_HEADLINE_LABEL = re.compile(
    r"[ \t]*(?:kinh\s+gui|so|v\s*/\s*v|ve\s+viec|trich\s+yeu|noi\s+nhan|can\s+cu|ket\s+luan|chi\s+dao|y\s+kien|"
    r"nhiem\s+vu|noi\s+dung|thoi\s+(?:gian|han)|dia\s+diem|thanh\s+phan|chu\s+tri|tham\s+du|don\s+vi|"
    r"co\s+quan|ghi\s+chu|tinh\s+trang|ket\s+qua)\b[^:\n]{0,30}:"
)
#: A news page's date line, right under its headline (folded): "\nThứ Năm, 09/04/2026 - 17:45", "\n27/02/2026 11:20".
_VI_DATE_LINE = re.compile(
    r"[ \t]*\n[ \t]*(?:(?:thu\s+[a-z]+|chu\s+nhat)\s*,\s*)?\d{1,2}/\d{1,2}/\d{4}\b[^\n]{0,20}$", re.M
)
#: ... or in the passive with no auxiliary, in a headline's part after a semicolon: "departments asked to ...".
_EN_HEADLINE_PASSIVE = re.compile(r"(?:asked|directed|instructed|told|urged|requested)\s+to\b")
#: A motion's words: "X moved to direct ...", "Motion by X, ...", "It was moved that ...".
_MOVED = re.compile(r"\b(?:moved|motion)\b")
#: A motion's seconder in a sentence of its own: "Seconded by Councilmember Ruiz.", "Second by Mayor X."
_SECONDED = re.compile(r"\s*(?:and\s+)?second(?:ed)?\s+by\s+[^.;\n]{1,60}\s*")
#: The date of the next meeting announced, no order: "The next review meeting will be held in the first week of July",
#: "The following session of the Committee shall be convened on 3 May".
#: A covering letter's opening, its writer sending the minutes: "I am directed to enclose herewith minutes of the
#: meeting ...", "I am directed to forward a copy of ...".
_COVERING_LETTER = re.compile(r"\s*i\s+am\s+directed\s+to\s+(?:enclose|forward|transmit|send)\b")
_NEXT_MEETING_HELD = re.compile(
    r"\s*(?:the\s+)?(?:next|following)\s+(?:[a-z-]+\s+){0,3}?(?:meeting|session|sitting)\b[^.;:]{0,60}?"
    r"\b(?:will|shall|would|is\s+to)\s+be\s+(?:held|convened)\b"
)
#: Right after a request told, that the body did not act on it (folded): "Councillor X asked that the trail be
#: lit; no action was taken", "... at a future meeting. No formal action was taken.": a member's wish, no order.
_EN_NO_ACTION_AFTER = re.compile(
    r"\s*[;,.]?\s*(?:and\s+|but\s+)?no\s+(?:formal\s+)?action\s+(?:was|has\s+been)\s+taken\b"
    # (not on another matter: "... by May 30. No action was taken on the noise complaint.")
    r"(?!\s+(?:on|against|regarding|concerning|about|in\s+respect\s+of|with\s+regard\s+to)\b)"
)
#: What the next meeting itself will look at, no one's task (folded): "Arrears older than a year will be reviewed case
#: by case at the next meeting", "The pending files will be taken up again in the following session".
_EN_AT_NEXT_MEETING_PASSIVE = re.compile(
    r"\bwill\s+(?:also\s+)?be\s+(?:[a-z]+ly\s+)?(?:reviewed|discussed|considered|taken\s+up|examined|deliberated|"
    r"looked\s+into|revisited|gone\s+into)\b[^.;:]{0,40}?\b(?:in|at|during)\s+the\s+(?:next|following|coming|"
    r"subsequent)\s+(?:[a-z-]+\s+){0,2}?(?:meeting|session|sitting)\b"
)
#: A Swedish statement with a bare noun and a verb in the present passive (folded): "Planavgift tas ut enligt
#: taxan", "Ersättning betalas ut månadsvis", "Bygglov krävs": a rule for the matter, no one's task.
_SV_NOUN_PRESENT_PASSIVE = re.compile(r"\s*[a-z]{4,}\s+(?:[a-z]*[^\W\daeiouy]as|[a-z]{2,}[^\W\daeiouy]s)\b(?!\s+av\b)")
#: A Swedish decision's heading on a line of its own (folded): "Regeringens beslut", "Kommunstyrelsens beslut",
#: "Barn- och utbildningsnämndens beslut", "Beslut".
_SV_DECISION_HEADING = re.compile(r"\s*(?:\d{1,2}[.)]\s*)?(?:[a-z][a-z -]{0,60}?s\s+)?beslut\s*:?\s*")
#: A protocol's paragraph headed with its body's initials (working view): "UN § 73", "KS § 112", "BUN §4".
_SV_BODY_PARAGRAPH = re.compile(r"[A-ZÅÄÖ]{1,6}\s*§\s*\d")
#: A heading that follows a decision with why it was taken, not what it orders: "Bakgrund", "Skälen för
#: regeringens beslut", "Sammanfattning", "Ärendebeskrivning", "Beslutsunderlag", "Ekonomiska konsekvenser".
_SV_REASONS_HEADING = re.compile(
    r"\s*(?:\d{1,2}[.)]\s*)?(?:bakgrund|skalen\s+for\s+[a-z -]{0,60}?beslut(?:et)?|sammanfattning|arendet|"
    r"arendebeskrivning|beslutsunderlag|ekonomiska\s+konsekvenser|motivering)\s*:?\s*"
)
#: A heading after the background that gives the tasks again (folded): "Uppdrag och ansvar", "Åtgärder 2027",
#: "Ansvarsfördelning", "Genomförande och uppföljning", "Handlingsplan".
_SV_ORDERS_HEADING = re.compile(
    # "Närmare om uppdragen", "Närmare om uppdraget": a government decision's section on what the tasks hold
    r"\s*(?:\d{1,2}[.)]\s*)?(?:(?:narmare\s+)?om\s+uppdrag(?:et|en)|uppdrag(?:et)?|atgarder|ansvar|ansvarsfordelning|genomforande|handlingsplan|"
    r"aktiviteter|atgardsplan)(?:\s+(?:och|samt)\s+[a-z]{4,}|\s+(?:19|20)\d\d)?\s*:?\s*"
    # "Uppdrag till avdelningar och enheter", "Uppdrag till förvaltningen", "Fördelning av uppdrag", "Roller och
    # ansvar": a decision's own assignments to its units, under their heading past the background
    r"|\s*(?:\d{1,2}[.)]\s*)?(?:uppdrag(?:en|et)?\s+till\s+[a-z][a-z -]{2,60}|"
    r"fordelning\s+av\s+(?:uppdrag|ansvar)(?:en|et)?|roller\s+och\s+ansvar(?:sfordelning)?)\s*:?\s*"
    # an inquiry's assignment in parts, each under its heading: "Uppdraget att kartlägga och analysera tillsynen",
    # "Uppdraget om reservvatten och gemensamma resurser", "Uppdraget i denna del"
    r"|\s*uppdrag(?:et|en)\s+(?:att|om|i\s+denna\s+del)\b[^.;:]{0,90}"
)
#: A sentence whose only task is what the work starts from (folded): "Förvaltningarna ska i arbetet utgå från
#: riktlinjerna", "Nämnden ska alltid utgå från barnets bästa" (not "ska utgå från personalpolicyn och redovisa en
#: plan ...": a task after it, the tail stops before it).
_SV_WORKS_FROM = re.compile(
    r"\s*(?:\d{1,2}[.)]\s*)?[^.;:]{2,60}?\s(?:ska|skall|bor)\s+(?:(?:i\s+(?:sitt\s+|detta\s+)?(?:arbetet|uppdraget|"
    r"genomforandet)|vidare|dessutom|aven|ocksa|alltid)\s+){0,2}utga\s+fran\b"
    r"(?:(?!\s(?:och|samt)\s+(?:(?:aven|ocksa|dessutom|sedan|darefter|senare)\s+)?(?:redovisa|aterrapportera|rapportera|"
    r"ta\s+fram|lamna|presentera|utreda|kartlagga|analysera|foresla|inventera|utarbeta|sammanstalla|genomfora|"
    r"uppratta|upprata|aterkomma|besluta|folja\s+upp|se\s+over|informera|samrada|skicka|planera|utveckla|"
    r"sakerstalla|tillsatta|anta|bereda|yttra|overlamna|slutfora|fardigstalla|ge|ta)\b)[^.;:])*[.;]?\s*"
)
#: A sentence whose only verb says which rule holds (folded): "Nuvarande taxa ska gälla tills vidare", "De gamla
#: riktlinjerna ska fortsatt gälla till dess att nya antagits", "Reglementet ska gälla från och med 1 januari": a
#: norm in force, no one's task (its subject a few words, with no verb or clause: not "X ska ta fram riktlinjer som
#: ska gälla ...").
_SV_NORM_HOLDS = re.compile(
    r"\s*(?:\d{1,2}[.)]\s*)?(?:(?!(?:att|som|ska|skall|far|bor|kan|ges|uppdras)\b)[a-z0-9-]+\s+){1,8}"
    r"(?:ska|skall)\s+(?:(?:aven|fortsatt|ocksa|alltjamt|dock|tills\s+vidare)\s+)?galla\b"
    # up to the sentence's end, not past a second clause with its own subject ("... och miljöförvaltningen ska
    # informera ...": a task)
    r"(?:(?!\s(?:och|samt)\s+(?:[a-z-]+\s+){1,4}(?:ska|skall)\b)[^.;:])*[.;]?\s*"
)
#: The heading of a Swedish board's follow-up table, its cells only words on one line (folded): "Beslutad Uppdrag
#: Ansvarig Redovisas Status", "Beslut Uppdrag Ansvarig Klart senast Kommentar", "Uppdrag Ansvarig Återrapport".
_SV_FOLLOW_UP_HEADING = re.compile(
    # "KF-beslut", "KS-beslut": the decision's cell named by the body that gave it
    r"[ \t]*(?:(?:(?:[a-z]{2,4}-)?(?:beslutad|beslutat|beslutsdatum|beslut)|datum|paragraf|§|nr|arende)[ \t]+){0,2}"
    # "Ansvarig nämnd/bolag", "Ansvarig förvaltning/enhet": the lead's cell for either kind of unit
    r"(?:uppdrag(?:et)?|uppgift|atgard)[ \t]+(?:ansvarig(?:[ \t]+(?:enhet|forvaltning|namnd|bolag)"
    r"(?:/(?:enhet|forvaltning|namnd|bolag))?)?|ansvar)"
    r"(?:[ \t]+(?:samverkan|medverkande|i[ \t]+samverkan[ \t]+med|i[ \t]+samrad[ \t]+med))?"
    r"(?:[ \t]+(?:redovisas|redovisning|aterrapporteras|aterrapport(?:ering)?|klart(?:[ \t]+senast)?|senast|slutdatum|"
    r"tidplan)(?:[ \t]+(?:status|kommentar(?:er)?|lage|notering(?:ar)?))*"
    # "Beslut Uppdrag Ansvarig Status": no due cell, the due told in the task's cell ("Redovisas senast ...")
    r"|(?:[ \t]+(?:status|kommentar(?:er)?|lage|notering(?:ar)?))+)[ \t]*"
)
#: Such a table's row opens on the decision it comes from, then the task's verb (working view): "2026-03-12 § 41
#: Utreda ...", "KS 2026-03-12, § 41 Ta fram ...", "§ 41 Inventera ...".
_SV_ROW_DECIDED = re.compile(
    # "§ 42/2025 Utreda ...": a Finnish body's paragraph numbered with its year
    r"[ \t]*(?:[A-ZÅÄÖ]{2,6}[ \t]+)?(?:(?:19|20)\d\d-[01]\d-[0-3]\d,?(?:[ \t]*§[ \t]*\d{1,4})?|"
    r"§[ \t]*\d{1,4}(?:/(?:19|20)\d\d)?)[ \t]+"
    r"(?=[A-ZÅÄÖ][a-zåäö])"
)
#: The same table with numbered rows and its columns in another order (folded): "Nr Uppdrag Beslut Ansvarig Status
#: Klart senast", "Nr Uppdrag Ansvarig Klart senast Status Kommentar": only column words after the number's, among
#: them a task's, a lead's and a due one (checked apart).
_SV_NUMBERED_FOLLOW_UP_HEADING = re.compile(
    r"[ \t]*(?:nr\.?|#|lopnummer)(?:[ \t]+(?:uppdrag(?:et)?|uppgift|atgard|beslutad|beslutat|beslutsdatum|beslut|"
    r"datum|paragraf|§|arende|ansvarig(?:[ \t]+(?:enhet|forvaltning|namnd))?|ansvar|samverkan|medverkande|redovisas|"
    r"redovisning|aterrapporteras|aterrapport(?:ering)?|klart(?:[ \t]+senast)?|senast|slutdatum|tidplan|status|"
    r"kommentar(?:er)?|lage|notering(?:ar)?)){3,9}[ \t]*"
)
_SV_HEADING_DUE = re.compile(r"\b(?:redovisas|redovisning|aterrapport\w*|klart|senast|slutdatum|tidplan)\b")
#: A numbered row of such a table: its number, then the task's verb (working view): "3 Införa digital tidbokning ...".
_SV_ROW_NUMBER = re.compile(r"[ \t]*(\d{1,3})[.)]?[ \t]+(?=[A-ZÅÄÖ][a-zåäö])")
#: Or its number given with the year the assignment was given, the list's rows in their order with gaps (the done ones
#: struck, an excerpt): "2025:09 Ta fram ...", "2026/02 Se över ...", "2025-11 Utreda ...".
_SV_ROW_YEAR_NUMBER = re.compile(r"[ \t]*((?:19|20)\d\d)([:/-])(\d{1,3})[ \t]+(?=[A-ZÅÄÖ][a-zåäö])")
#: A day written the ISO way (folded), and what makes it a decision's meeting day: ", § 55", " § 55".
_SV_ISO_DAY = re.compile(r"\b(?:19|20)\d\d-[01]\d-[0-3]\d\b")
_DECISION_PARAGRAPH_AFTER = re.compile(r",?\s*§")
#: A status that says the row is done, but only proposed for closing by the board (folded): "Genomfört, föreslås
#: avslutas": the assignment stays on the board's list until it decides.
_SV_PROPOSED_CLOSED = re.compile(
    r"[ \t]*,?[ \t]*(?:foreslas|foreslagen|foreslaget)[ \t]+(?:att[ \t]+)?(?:avslutas|avskrivas)"
)
#: A preposition or a join right before a unit's name in a row's task: the unit is its object, not its lead cell
#: ("förelägga ägare ... i samråd med Länsstyrelsen", "lämna underlag till Trafikverket") (folded).
_SV_GOVERNED = re.compile(
    r"(?:\b(?:med|av|till|for|fran|hos|at|om|i|pa|och|samt|mot|vid|inom|enligt|genom|mellan)|[,/])\s*$"
)
#: What joins a row's lead cell to the next unit in it (folded): "Miljöenheten i samråd med ekonomiavdelningen",
#: "Bygglovsenheten och miljöenheten", "Miljöenheten / tekniska enheten".
_SV_CELL_JOIN = re.compile(
    r"\s*(?:,|/|och|samt|i\s+samrad\s+med|i\s+samverkan\s+med|tillsammans\s+med|med\s+stod\s+av|med)\s*"
)
#: A follow-up row's lead cell given with its label, the row's cells flattened to one line (folded): "... Ansvarig:
#: resultatområdet för äldreomsorg Tidplan: 30.11.2025 Status: pågår".
_SV_ROW_LEAD_LABEL = re.compile(r"(?<=\s)(?:ansvarig|ansvar|ansvarig\s+enhet)\s*:\s*")
#: The words of a decision that closes an assignment done (folded): "avskriva uppdragen enligt ...", "konstaterar att
#: uppdragen enligt ... är slutförda", "förklarar uppdraget verkställt".
_SV_CLOSING_WORDS = re.compile(r"\b(?:avskriv\w*|avslut\w*|slutfor[dt]\w*|verkstall[dt]\w*)")


def _iso_day(text: str) -> datetime.date | None:
    """The day of "2025-06-16", None where it is no day of the calendar."""
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return None


#: A bracket in a row's due cell that gives the due it had before (folded): "31.12.2025 (ursprungligen 30.6.2025)".
_SV_SUPERSEDED_DUE = re.compile(r"\(\s*(?:ursprungligen|tidigare|forut|forst)\b")
#: A status cell that moves the row's due (folded): "Försenad, ny tidplan: augusti", "Ny tidplan 2026-11-30",
#: "nytt slutdatum: 2027-03-31", "Reviderad tidplan: Q1 2027", "Försenad, flyttas till december".
_SV_NEW_DUE = re.compile(
    r"\b(?:(?:ny|nytt|reviderad|reviderat|justerad|justerat|andrad|andrat|forlangd|forlangt|uppdaterad|uppdaterat)"
    r"\s+(?:tidplan|slutdatum|klardatum|datum|tidpunkt|redovisningsdatum)"
    r"|(?:skjuts|forskjuts|flyttas|senarelaggs)(?:\s+(?:fram|upp))?\s+till)\s*:?\s*"
)
#: A follow-up row's status cell (folded): "Pågår", "Ej påbörjad", "Försenad", "Klar", "Avslutad 2026-05-12".
_SV_ROW_STATUS = re.compile(
    r"(?<=\s)(?:pagar|pagaende|ej\s+paborjad|ej\s+paborjat|ej\s+startad|paborjad|paborjat|forsenad|forsenat|"
    r"vilande|slutford|slutfort|avslutad|avslutat|genomford|genomfort|klar|klart|aterrapporterad|aterrapporterat)"
    r"(?![\w-])(?!\s+senast)"
)
#: A Swedish follow-up row opened by its case number, its cells split by "|" with no heading row over them (folded):
#: "KS 2025/188 | Samhällsbyggnadsförvaltningen | Ta fram en dagvattenplan | Redovisas senast 2026-06-30 | Pågår",
#: "Dnr BUN 2026/14 § 22 | ...".
#: (the number written in any of the registry's ways: "KS2025/0188", "KS-2025-188", "KS 2025.188")
_SV_CASE_ROW = re.compile(
    r"[ \t]*(?:dnr[ \t]+)?[a-z]{1,6}(?:[ \t]+|-)?(?:19|20)\d\d[/.-]\d{1,5}(?:[ \t]*§[ \t]*\d{1,4})?[ \t]*\|"
)
#: A Swedish sentence whose subject is something new to be made, with a passive infinitive after the modal (folded):
#: "En fördjupad analys av X ska också tas fram", "Ett förslag till ny taxa ska utarbetas", "En uppföljning ska
#: göras efter sex månader" (not the product of the order before, named again: "Planen ska tas fram i samverkan
#: med ...").
_SV_NEW_PRODUCT_PASSIVE = re.compile(
    r"\s*(?:en|ett)\s+[^.;:]{3,120}?\s(?:ska|skall|bor)\s+(?:(?:ocksa|aven|dessutom|vidare|sedan|darefter)\s+)?"
    r"(?:tas\s+fram|goras|genomforas|utforas|utredas|upprattas|utarbetas|paborjas|inledas)\b"
)
#: A grant in a Swedish decision (folded): "får Boverket under 2026 använda högst 3 400 000 kronor", "MRU får använda
#: högst 3 200 000 kronor", "får X för genomförandet av uppdraget använda 5 000 000 kronor".
_SV_FUNDS_GRANTED = re.compile(
    r"\bfar\b[^.;]{0,120}?\banvanda\s+(?:hogst\s+|upp\s+till\s+)?\d[\d\s,]*(?:miljoner\s+)?kronor\b"
)
#: How far back the grant is looked for.
_FUNDS_LOOKBACK = 1200
#: The duties that go with a grant, in the passive (folded): "Medlen ska rekvireras hos Kammarkollegiet senast ...",
#: "En ekonomisk redovisning av använda medel ska lämnas till Kammarkollegiet senast ...".
_SV_FUNDS_DUTY = re.compile(
    r"\s*(?:(?:medlen|beloppet|bidraget)\s+(?:ska|skall)\s+rekvireras\b|"
    r"(?:en\s+)?ekonomisk\s+redovisning\b[^.;]{0,80}?\b(?:ska|skall)\s+(?:lamnas|ges\s+in|skickas)\b|"
    # "Medel som inte har utnyttjats ska återbetalas till Kammarkollegiet senast ...": the grant's unused part
    r"(?:medel|medlen|beloppet|bidraget)\b[^.;]{0,60}?\b(?:ska|skall)\s+(?:aterbetalas|betalas\s+tillbaka)\b)"
)
#: The line of an inquiry's terms of reference that dates the government's decision (folded): "Beslut vid
#: regeringssammanträde den 19 mars 2026"; its "Bakgrund" heading opens what the inquiry is about, no order.
_SV_TERMS_DECIDED = re.compile(r"\s*beslut\s+vid\s+regeringssammantrade\b")
#: A section's heading of a few words, alone on its line with no stop (folded): "Utvidgning av uppdraget", "Uppdraget
#: att kartlägga tillsynen", "Konsekvensbeskrivningar".
_SV_SECTION_HEADING = re.compile(r"\s*[a-z][a-z-]*(?:\s+[a-z-]+){0,9}\s*")
#: Among the reasons, a sentence that still charges a unit with a part of the assignment (folded): "Myndigheterna
#: ska i uppdraget särskilt ...", "Verket ska inom ramen för uppdraget även ...".
_SV_TASK_IN_REASONS = re.compile(
    r"[^.;:\n]{2,70}?\s(?:ska|skall)\s+(?:(?:ocksa|aven|dessutom|vidare|sarskilt)\s+)?"
    r"(?:i|inom\s+ramen\s+for)\s+(?:uppdraget|sitt\s+uppdrag|arbetet)\b"
)
#: An indirect question before a verb of asking (folded): "kartlägga hur myndigheterna begär ...", "analyse how
#: agencies request ...": what is asked is described, asked of no one.
_INDIRECT_QUESTION = re.compile(r"\b(?:hur|huruvida|varfor|how|whether|why)\s[^,.;:]{0,70}$")
#: A Swedish indirect question a modal stands in, the object of a verb before it (folded): "Lagen reglerar inte
#: närmare vilken beredskap kommunerna ska ha", "Det framgår inte hur länsstyrelsen ska ...", "Rapporten beskriver vad
#: regionerna bör göra": what is left open or described, no order (not a relative after its comma: "..., vilka ska
#: ...", nor "Vad gäller skolan ska ...", nor what a preposition governs, nor a clause put first: "Utöver vad som
#: anges i direktiven ska utredaren ...", "Oavsett vilken lösning som väljs ska förvaltningen ...").
_SV_QUESTION_CLAUSE = re.compile(
    r"(?<![\w-])(?!(?:utover|enligt|efter|utifran|an|likt|pa|oavsett)\s)[\w-]+\s+"
    r"(?:hur|huruvida|varfor|vilken|vilket|vilka|vad(?!\s+(?:galler|avser|betraffar)\b))\s[^,.;:]{0,70}$"
)
#: A Swedish task item that opens on its verb and a question (folded): "– ta ställning till om X behöver ...",
#: "– analysera om X bör ...", "– kartlägga vilka kommuner som ska ...": a modal after it is the question's, not the
#: order's.
_SV_TASK_ON_QUESTION = re.compile(
    r"\s*[a-z]+a\s+(?:[a-z]+\s+){0,3}?(?:om|huruvida|hur|vilka|vilken|vilket|vad|varfor)\s"
)
_SV_DECIDED_THAT = re.compile(r"(?:^\s*|\b(?:beslutar|beslot|beslutade|foreslar|beslut)\s*:?\s+)att\s+$")
#: After a unit in a Swedish "att" clause, past an aside: a verb in the present ("bereder", "utreder").
_SV_PRESENT_AFTER = re.compile(
    r"\s*(?:,[^,.;]{1,60},\s*)?(?:(?:ocksa|aven|dessutom|vidare)\s+)?(?!(?:ar|har|var|blir|finns)\b)[a-z]{3,}(?:ar|er)\b"
)
#: A Swedish present passive before its agent: "genomförs av", "utförs av", "leds av", "samordnas av".
_SV_PRESENT_PASSIVE_BY = re.compile(
    r"\b(?:(?:genom|ut)?fors|gors|leds|skots|samordnas|hanteras|ansvaras\s+for|administreras|bereds|utreds)\s+av\s+$"
)
#: The subject of such a passive that names matters of a kind, an indefinite plural (folded): "Trafikfrågor hanteras
#: av ...", "Ansökningar om bygglov handläggs av ..." (a unit's standing remit), not "Kontrollen genomförs av ...".
_SV_KIND_OF_MATTER = re.compile(r"\s*[a-z]{4,}(?:or|ar|er)\s+(?:(?:om|inom|for)\s+[a-z]+\s+)?[a-z]+s\s+av\s")
#: The assignment of an inquiry whose time is extended, reported by a new date (folded): "Uppdraget ska i stället
#: redovisas senast ...", "Utredningen ska i stället slutredovisa sitt uppdrag senast ...".
_SV_REPORTED_INSTEAD = re.compile(
    r"\s*(?:uppdraget|utredningen|kommitten)\s+(?P<modal>ska|skall)\s+i\s+stallet\s+(?:slut)?redovisa"
)
#: The whole assignment's report-back (folded): "Uppdraget ska slutredovisas senast ...", "Uppdraget ska redovisas
#: senast ...", "Uppdraget ska i stället redovisas ...".
_SV_WHOLE_ASSIGNMENT_DUE = re.compile(r"\s*uppdraget\s+(?:ska|skall)\s+(?:i\s+stallet\s+)?(?:slut)?redovisas\b")
#: A sentence that only extends an inquiry's time (folded): "Utredningstiden förlängs", "Regeringen beslutar att
#: utredningstiden förlängs", "Vidare förlängs utredningstiden".
_SV_TIME_EXTENDED = re.compile(
    r"\s*(?:[a-z]+\s+){0,4}?(?:utredningstiden\s+forlangs|forlangs\s+(?:[a-z]+\s+)?utredningstiden)\s*"
)
#: A Swedish clause with the verb second and the subject after it: "Vidare ska X", "Dessutom bör X".
_SV_INVERTED = re.compile(
    r"\s*(?:vidare|dessutom|darutover|samtidigt|slutligen|likasa|aven|ocksa|senast\s+[^,.;]{3,30}?|"
    # "Enligt beslutet ska X ...", "Enligt regeringens uppdrag ska X ...": as the decision orders it
    r"enligt\s+(?:[a-z]+s\s+)?(?:beslut|beslutet|uppdraget|direktivet|direktiven|planen)|"
    # "I höst ska X ...", "Under året ska X ...": a time first
    r"i\s+(?:host|var|ar|sommar|vinter)|under\s+(?:aret|hosten|varen|sommaren|vintern)|"
    # "Inom ramen för uppdraget ska myndigheten ...", "I arbetet ska verket ...": the work of the assignment first
    r"inom\s+ramen\s+for\s+(?:uppdraget|arbetet|sitt\s+uppdrag)|i\s+(?:arbetet|uppdraget|genomforandet))\s+"
    r"(ska|skall|bor|maste)\b"
)

#: Where a second unit's order may start in the same sentence (folded view).
_SECOND_ORDER = re.compile(
    # "..., and said the Deputy Commissioners should inspect ...": a second order in reported speech, a new subject
    # and its modal (before the bare ", and" below, which would leave "said" to the second clause)
    r"(?:,?\s+and\s+(?:also\s+|further\s+)?(?:said|stated)(?:\s+that)?"
    r"(?=\s+the\s+(?:[a-z'&-]+\s+){1,6}?(?:should|must|shall)\s)"
    # "..., he said, adding that the Education Department should ...": a second order told after the first
    r"|,\s*(?:and|or)\s+(?:further\s+)?that(?=\s)"  # a motion's next clause: "..., and that the X apply"
    # a Swedish decision's next clause: "..., och att ekonomidirektören ska rapportera ..."
    r"|,?\s*(?:och|samt)\s+att(?=\s)"
    # "ger X i uppdrag att ... och Y i uppdrag att ...": a second addressee with its own assignment, the verb left out
    r"|\s+(?:och|samt)(?=\s+(?:(?!(?:far|fick|ges|gavs|har|hade|ska|skall)\b)[^\W\d_]+-?\s+){1,6}?i\s+uppdrag\s+att\s)"
    r"|,\s*(?:and|while|whereas|et|tandis que|alors que|och|medan|adding that|ajoutant que|tillade att)"
    # "... and added that the Finance Department should ...", "et a ajouté que", "och tillade att"
    r"|,?\s+(?:and\s+(?:also\s+)?added\s+that|et\s+a\s+(?:aussi\s+)?ajoute\s+que|och\s+tillade\s+att)"
    # "a demandé au Ministre de X de renforcer ... et au Ministre de Y de procéder ...": the request's preposition
    # again, with no comma, gives a second addressee (``_FR_TASK_BEFORE`` checks the first has its own task)
    r"|\s+et(?=\s+(?:au|aux|a\s+la|a\s+l')\s*[^\W\d_])"
    # "Le ministère X ouvrira ... et le ministère Y étudiera ...": a second unit and its own future, no comma
    # (``second_order`` checks the verb)
    r"|\s+et(?=\s+(?:le|la|les|l')\s*[^\W\d_])"
    # "X shall guide the communes on the procedures, the Provincial Police shall ensure order": a second subject and
    # its obligation after a bare comma (a translated notice's run-on sentence)
    r"|,(?=\s+the\s+(?:[a-z'&-]+\s+){1,8}?(?:shall|must|is\s+to|are\s+to)\s))\s+(?=\S)"
)
#: A new written act to be sent to others, its sender unsaid (folded): "Une circulaire sera adressée aux maires",
#: "Des instructions seront transmises aux services", "Un courrier sera également envoyé à la fédération".
_FR_ACT_TO_BE_SENT = re.compile(
    r"\s*(?:une|un|des)\s+(?:nouvelles?\s+|nouvel\s+|premieres?\s+|premiers?\s+)?"
    r"(?:instruction|circulaire|note|lettre|courrier|message|directive|consigne|fiche)s?\b"
    r"(?:\s+(?!(?:sera|seront)\b)[a-z'-]+){0,4}?\s+(?P<verb>sera|seront)\s+(?:egalement\s+|aussi\s+|ensuite\s+)?"
    r"(?:adressee?s?|envoyee?s?|transmise?s?|diffusee?s?|communiquee?s?)\s+(?:aux\s|au\s|a\s+la\s|a\s+l'|a\s)"
)
#: A decision's verb in the present right after its subject, a unit (folded): "installe", "lance", "transmet",
#: "procède", "finalisent et publient" (its aside or a pronoun before it: ", en lien avec X,", "en rend compte").
_FR_DECIDED_PRESENT = re.compile(
    r"\s*(?:,[^,.;:]{1,60},\s*)?(?:(?:egalement|aussi|ensuite|en outre|pour sa part|de son cote)\s+)?"
    r"(?:(?:lui|leur|en|y|se|s')\s*)?"
    r"(?!(?:est|sont|et|dont|qui|avant|pendant|durant|entre|contre|comme|cette|toute|chaque|publique|nationale|"
    r"generale|regionale|sociale|charge|chargee|lorsque|quand|puisque|quoique|tout|tous|toutes|selon|desormais)\b)"
    # (no participle in "-ant", no adverb in "-ment": "concernant", "notamment", "immédiatement")
    r"(?![a-z]*(?:ant|ement|amment|emment)\b)[a-z]{3,}(?:e|ent|t|d)\b"
)
#: A past participle where the folded view sees a present ("représenté", "chargées"): no verb of a decision.
_FR_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "É", "ÉE")
#: "et" before a unit named with its article (folded), where a second clause may start: " et le Ministre de Y".
_FR_AND_UNIT = re.compile(r"\s+et\s+(?=(?:le|la|les|l')\s*[^\W\d_])")
#: A second addressee's preposition after "et": " au Ministre", " à la Direction".
_FR_TO_ADDRESSEE = re.compile(r"\s*(?:au\s|aux\s|a\s+la\s|a\s+l')")
#: The first addressee's own task, before a second addressee joined by "et au ...": "de renforcer la sécurité".
_FR_TASK_BEFORE = re.compile(r"\b(?:de|d')\s*(?:(?:lui|leur|se|s'|en|y)\s*)?[a-z]{3,}(?:er|ir|re)\b")
#: A unit's role in brackets after its name (folded): " (chủ đầu tư hạ tầng khu công nghiệp)".
_BRACKETED_ASIDE = re.compile(r"\s*\([^()\n]{1,80}\)")
_CONTRAST = re.compile(r",\s*(?:while|whereas|tandis que|alors que|medan)\s")
#: The joint of a second order in reported speech (folded): ", and said the X should", "and stated that the Y must".
_SAID_JOINT = re.compile(r",?\s+and\s+(?:also\s+|further\s+)?(?:said|stated)\b")
#: A note on where to write, no task: "Questions should be directed to the Clerk", "Any enquiries may be addressed to
#: the Secretariat", "Comments are to be sent to ...".
_CONTACT_NOTE = re.compile(
    r"\s*(?:(?:all|any|further|general)\s+)?(?:questions|queries|enquiries|inquiries|comments|concerns|feedback|"
    r"correspondence|requests\s+for\s+information)\b[^.;]{0,60}?\b(?:should|shall|may|can|must|(?:is|are)\s+to)\s+be\s+"
    r"(?:directed|addressed|sent|forwarded|submitted|referred|emailed|made)\s+to\b"
)
#: An English motion's unit told to act with its own due date, then a second order (folded): "to authorize the
#: Director of Finance to transfer ... by March 31, 2027, and to direct the City Clerk to publish ...".
_EN_AUTHORIZED = re.compile(r"\bto\s+authori[sz]e\s+")
_EN_AND_TO_REQUEST = re.compile(r",\s+and\s+(?:further\s+|also\s+)?to\s+((?:direct|instruct|ask|request|task)\s+)")
#: The request's verb said again for a second addressee, with or without a comma: "directed Public Works to
#: install ... by April 30 and directed the Sheriff's Office to increase ...", "..., and also asked the Police to"
_REPEATED_REQUEST = re.compile(
    r",?\s+and\s+(?:also\s+|further\s+)?((?:directed|instructed|asked|requested|tasked|ordered|told)\s+)"
    # "..., and asked that the City Clerk add ...": the addressee in a "that" clause, its verb in the subjunctive
    r"(?P<that>that\s+)?"
)
#: The same in French (folded): "a demandé au Ministre de veiller à ... et instruit le Ministre de X d'assurer ...",
#: "..., et a chargé la Direction Y de ..." (a request's verb again, its addressee next).
_FR_REPEATED_REQUEST = re.compile(
    r",?\s+et\s+(?:a\s+)?(?:aussi\s+|egalement\s+|en\s+outre\s+)?((?:instruit|charge|chargee|demande|invite|prie|enjoint|"
    r"exhorte)\s+)(?=(?:le|la|les|l'|au|aux|a\s+la|a\s+l')\s*[a-z])"
)
#: A reminder of a norm (folded): "a rappelé aux membres du Gouvernement que ...", "rappelle au Ministre X qu'...".
#: ("a rappelé aux ministres l'obligation de déclarer leurs biens": the norm by its noun)
_FR_NORM_REMINDED = re.compile(
    r"\b(?:rappele|rappelle|rappellent)\s+(?:a|au|aux)\b[^.;:]{0,100}?\s(?:que\b|qu'|"
    r"(?:l'|les\s+|leur\s+|leurs\s+|la\s+)(?:obligations?|necessite|importance|devoirs?|exigence)\b)"
)
#: After a modal, the subject only kept informed (a passive, no task of its own): "ska hållas informerad",
#: A clause that opens a council's decision with whose report or proposal it took up (folded): "Sur le rapport
#: du ministre de X, ", "Sur proposition du Premier ministre, ", "On the recommendation of the Minister of X, ".
_ON_THE_REPORT_OF = re.compile(
    r"\s*(?:sur\s+(?:le\s+)?rapport|sur\s+(?:la\s+)?proposition|a\s+l'initiative|"
    r"on\s+the\s+(?:report|proposal|recommendation|motion)\s+of|"
    # "Tại Thông báo số 115/TB-VPCP ngày 28 tháng 3 năm 2025, Thủ tướng đã giao ...": the earlier document first
    r"(?:tai|theo)\s+(?:thong bao|van ban|cong van|quyet dinh|ket luan|chi thi|cong dien|nghi quyet)\s+so)"
    r"\b[^,;.:]{0,120},\s*"
)
#: Figures a unit reported, told (folded view): "Theo báo cáo của Cục Thú y, từ đầu năm đến nay đã xảy ra ...".
_VI_AS_REPORTED = re.compile(r"\s*theo\s+(?:bao cao|so lieu|thong ke|ket qua \w+)\s+(?:cua|tu)\s")
#: An earlier document's order, recalled (folded view): "Theo chỉ đạo tại Thông báo số 301/TB-VPCP ngày ..., các địa
#: phương phải hoàn thành ... trước ngày ..., nhưng đến nay ...", "Theo kết luận của Chủ tịch UBND tỉnh tại Thông
#: báo số ..., các chủ đầu tư cần ...": what was ordered then, the background of today's orders.
_VI_EARLIER_ORDER = re.compile(
    r"\s*theo\s+(?:(?:y\s+kien\s+)?chi\s+dao|yeu\s+cau|ket\s+luan)\s+(?:cua\s+[^,;.:]{1,60}?\s+)?tai\s+"
    r"(?:thong\s+bao|van\s+ban|cong\s+van|quyet\s+dinh|ket\s+luan|chi\s+thi|cong\s+dien|nghi\s+quyet|ke\s+hoach)"
    r"\s+so\b"
)
#: Where a matter stands so far (folded view): "..., đến nay mới đáp ứng khoảng 9,3 triệu m3", "đến nay vẫn chưa bàn
#: giao", "đến nay chỉ đạt 40%": a status told, no order (in a unit that neither names a unit first nor opens on a
#: verb).
_VI_SO_FAR = re.compile(r"\bden\s+nay\s+(?:moi|chi|chua|van|con|da)\b")
#: ... after the order it tells of, in a clause of its own (folded view): "..., đến nay vẫn chưa hoàn thành", "nhưng đến
#: nay mới đạt 40%": the earlier order not yet carried out.
_VI_NOT_DONE_SO_FAR = re.compile(
    r"(?:,|\bnhung|\btuy\s+nhien)\s*(?:nhung\s+|tuy\s+nhien,?\s+)?den\s+nay\s+(?:van\s+)?(?:chua|moi|chi)\b"
)
#: A sanction under a condition (folded view): "trường hợp chậm trễ ... thì Thủ trưởng đơn vị phải chịu trách nhiệm
#: trước Chủ tịch UBND huyện", "Nếu để xảy ra sai phạm, người đứng đầu sẽ bị xử lý": a warning, no task (not
#: "chịu trách nhiệm báo cáo ...", a task).
_VI_CONDITIONAL_SANCTION = re.compile(
    r"\s*(?:trong\s+)?(?:truong hop|neu)\b[^.;]{0,200}?\b(?:chiu trach nhiem(?=\s+truoc\b|\s*[.;]|\s*$)|"
    r"bi\s+(?:xu ly|ky luat|xem xet\s+(?:xu ly|ky luat|trach nhiem)))"
)
#: A line that only names a person, a civility and a name, then the person's title or profession: "Docteur
#: Aminata X, Médecin", "Monsieur Paul Y, Administrateur civil" (an appointment's value in a list), no order.
_PERSON_LINE = re.compile(
    r"\s*(?:Monsieur|Madame|Mademoiselle|M\.|Mme|Mlle|Docteur|Dr\.?|Professeur|Pr\.?|Maître|Me|Mr\.?|Mrs\.?|Ms\.?)"
    # or the name alone, after the post's colon: "Directeur général du Budget : Monsieur Paul K. DOSSOU ;"
    r"\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3}(?:\s*,\s*[^,;:\n]{1,80}?)?[.;]?\s*"
)
#: "ska hållas underrättade", "shall be kept informed", "doit être tenu informé".
_KEPT_INFORMED = re.compile(
    r"\s+(?:(?:lopande|fortlopande|regelbundet|regularly|also|aussi)\s+)?(?:hallas|be\s+kept|etre\s+tenue?s?)\s+"
    r"(?:(?:lopande|fortlopande|regelbundet|regularly|fully|regulierement)\s+)?"
    r"(?:informera[dt]\w*|underratta[dt]\w*|uppdatera[dt]\w*|informed|updated|apprised|informee?s?)\b"
)
#: A second addressee's own task right after its name, the request's verb left out: "..., et le Ministre de
#: Y de mobiliser ...", "..., and the Finance Department to release ...", "..., och Y att ta fram ...".
_GAPPED_TASK = {
    "fr": re.compile(r"\s*(?:de\s+|d')(?:(?:lui|leur|se|s'|en|y)\s*)?[a-z]{3,}(?:er|ir|re)\b"),
    "en": re.compile(r"\s*to\s+(?!be\b)[a-z]{3,}\b"),
    # "..., och Y att ta fram ...", "... och Y i uppdrag att dessförinnan stämma av ..." (an adverb before the verb)
    "sv": re.compile(r"\s*(?:i\s+uppdrag\s+)?att\s+(?:[a-z]+\s+)?[a-z]{2,}a\b"),
}
#: An action log's telegraphic order, its "was" dropped, at the start of a sentence: "Staff directed to bring
#: back a fee schedule ...", "Police Chief directed to report to ...", "City Attorney asked to draft ...";
#: or a referral with no subject: "Referred to the Public Works Committee for review of ...". Not "Council
#: directed the City Manager to" (a request with its addressee) nor "Staff was directed to" (the modal).
_EN_TELEGRAPHIC_ORDER = re.compile(
    r"\s*(?:(?:the\s+)?"
    # no word of the subject is a verb, an auxiliary or a pronoun ("Officers may be asked to ...": a possibility)
    r"(?:(?!(?:was|were|is|are|be|been|being|has|have|had|may|might|could|would|should|will|shall|can|must|"
    r"not|to|he|she|they|it|who|which|that|and)\b)[a-z&'-]+\s+){1,4}?"
    r"(?P<cue>directed|instructed|asked|requested|tasked)\s+to"
    r"|(?P<referred>referred)\s+to)"
    r"(?=\s+(?!be\b)[a-z])"
)
#: The staff at large to bring work back to the body, in the future, at the start of a sentence (folded): "Staff will
#: bring the ordinance back for second reading ...", "City staff will return with options ...", "Staff will also
#: prepare a report for ..." (not "Staff will continue to monitor ...": no work brought back).
_EN_STAFF_WILL_BRING = re.compile(
    r"\s*(?:(?:city|town|county|village|district)\s+)?staff\s+(?P<cue>will)\s+(?:also\s+|then\s+)?"
    r"(?:bring|return|report|come\s+back|prepare|present|draft)\b"
)
#: The staff at large and "to" with a verb of work, an action update's order (folded): "Staff to re-notice the
#: hearing ...", "City staff to return with options ..." (not "Staff to be hired", nor a heading alone on its line).
_EN_STAFF_TO = re.compile(
    # ("Officers to bring forward a revised policy": a shire's officers at large; "Administration to report back")
    r"\s*(?:(?:city|town|county|village|district|shire)\s+)?(?:staff|officers|administration)\s+(?P<cue>to)\s+"
    r"(?!be\b)(?:re-)?"
    r"[a-z]{3,}\b[^\n]{12,}"
)
#: Right after the second unit of "..., and", a modal of its own and an active verb: "..., and the Ministry
#: of Transport shall keep the road open", "..., et le Ministère de X devra publier ...", "..., och
#: Trafikverket ska bistå"; not "..., and the Ministry of X should be consulted" (the passive: no task).
_OWN_MODAL_AFTER = re.compile(
    r"\s*(?:(?:also|further|in\s+turn|aussi|egalement|pour\s+sa\s+part|for\s+its\s+part|i\s+sin\s+tur)\s+)?"
    r"(?:must|shall|is\s+to|are\s+to|has\s+to|have\s+to|doit|doivent|devra|devront|ska|skall|maste)\s+"
    r"(?:(?:also|further|aussi|egalement|ocksa|aven)\s+)?(?!(?:be|not|etre|pas|vara|bli|inte)\b)[a-z]"
)
#: A Swedish unit's own verb in the present right after its name (folded): " informerar", " ansvarar också för"
#: (not " är", " har", " kan": no task).
_SV_OWN_PRESENT = re.compile(
    r"\s+(?:(?:ocksa|aven|sedan|darefter|i\s+sin\s+tur)\s+)?(?!(?:har|var|kan|vill|blir|finns|galler)\b)"
    r"[a-z]{2,}(?:ar|er)\b"
)
#: A relative clause's passive right before a request's verb (folded): ", who was ", ", which had been also ".
_EN_RELATIVE_PASSIVE_BEFORE = re.compile(
    r",\s*(?:who|which)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:(?:also|earlier|already|\w+ly)\s+)?$"
)
#: A unit's own verb in the future after its name (folded): "will draft", "will also carry out" (not "will be").
_EN_OWN_WILL_AFTER = re.compile(r"\s*will\s+(?:(?:also|further|then)\s+)?(?!(?:be|not|have)\b)[a-z]")
#: A subject the directory need not hold, then an obligation: "the investor must", "les exploitants devront".
_UNNAMED_MUST = re.compile(
    r"(?:the|all|each|every|les|le|la|l'|tous\s+les|alla|samtliga)\s*(?:[a-z'-]+\s+){0,3}?"
    r"(?:must|shall|should|is\s+to|are\s+to|has\s+to|have\s+to|doit|doivent|devra|devront|ska|skall|maste)\s+"
    r"(?!(?:be|not|become|remain|etre|vara|bli)\b)[a-z]"
)
_PERSONS_TITLE = re.compile(
    r"(?i)\b(?:ministre|minister|premier|president|président|director|directeur|chef|chief|"
    r"secretary|secrétaire|chủ tịch|giám đốc|bộ trưởng|mayor|maire)\b"
)
#: A body's capitalised name (lower-case words inside it: "Ban Quản lý vịnh Hạ Long"), then the list's joint.
_UNKNOWN_FIRST = re.compile(
    r"\s*(?:the\s+|l[ae]\s+|l['’]\s*)?[A-ZĐÀ-Ỹ][^\s,;.:()]*(?:\s+[^\s,;.:()]+){0,8}?\s*(?:,|\s(?:và|and|et))\s*(?:the\s+|l[ae]\s+|l['’]\s*)?"
)
#: Between a French mark of coordination and the unit it names (folded view): a group the directory does not
#: hold listed first ("en associant les distributeurs d'eau et l'Union des communes X"), or the unit's local
#: branch ("en liaison avec l'agence régionale de la X", "avec la délégation départementale de X").
_FR_HELPER_GAP = re.compile(
    r"\s*(?:(?:les|la|le|l'|des)\s*[a-z][a-z-]*(?:\s+(?:d'|de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+)?\s*[a-z][a-z-]*){0,3}"
    r"\s+(?:et|ainsi\s+que)\s+(?:les|la|le|l'|aux|au|a\s+l')?"
    r"|(?:l'|la|le|les)\s*(?:agences?|antennes?|delegations?|representations?|directions?|services?|bureaux?|cellules?)"
    # ("les services de planification des Académies régionales", "les services techniques de la commune": by field)
    r"(?:\s+(?:regionale?s?|departementale?s?|locale?s?|provinciale?s?|territoriale?s?|communale?s?|techniques?|"
    r"(?:de\s+|d')[a-z]{4,}))?"
    r"\s+(?:de\s+la|de\s+l'|du|des|de|d')"
    # "en collaboration avec le Vice-Premier Ministre, Ministre de l'Intérieur": the helper's rank, then his portfolio
    r"|(?:le|la)\s+(?:vice-premiere?\s+ministre|ministre\s+d'etat|ministre\s+delegue?e?)\s*,"
    # "en liaison avec son collègue de l'Agriculture", "avec son homologue chargé des Finances": the minister who
    # helps, named by his portfolio alone
    r"|(?:son|sa|leur|ses|leurs)\s+(?:collegues?|homologues?)\s+(?:(?:en\s+charge|charge)\s+)?"
    r"(?:de\s+la|de\s+l'|du|des|de|d'))\s*"
)
#: (" et ": "... et au Ministre de Y de ...", " och ": "... och Y i uppdrag att ...")
_AND_JOINT = re.compile(r",\s*(?:and|et|och)\s|\s+(?:et|och|samt)\s+$")
#: An official's title before a comma and the unit he heads, the way Indian district minutes address officers
#: (folded view): "the Project Director, DRDA", "the Executive Engineer, Highways", "the Commissioner, X".
_OFFICIAL_OF_UNIT = re.compile(
    r"\s*(?:the\s+)?(?:[a-z]+\s+){0,2}(?:director|engineer|officer|commissioner|secretary|superintendent|"
    r"inspector|manager|head|chief)\s*,\s*"
)
#: An official's title in initials, then his unit: "SE, RWS&S to ...", "EE, Panchayat Raj", "PD, Housing" (work text).
_OFFICIAL_INITIALS_OF_UNIT = re.compile(r"\s*(?:the\s+)?[A-Z]{2,4}\s*,\s*")


def _fr_complement_is_exhortation(after: str) -> bool:
    """The request's first complement ("à"/"de" + verb) asks only for an attitude."""
    first = re.search(r"\b(?:a|de|d')\s*(?=[a-z«\"“])", after)
    if first is not None and _FR_EXHORTATION.match(after, first.start()):
        return True
    # "a exhorté les chefs de service à « davantage de rigueur »": the "à" of the verb, past a name's "de"
    to = re.search(r"\ba\s+(?=[a-z«\"“])", after)
    return to is not None and bool(_FR_EXHORTATION.match(after, to.start()))


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in " ,":
        position += 1
    return position


@dataclass
class Proposal:
    start: int
    end: int
    lead: DepartmentRef | None
    coordinating: list[DepartmentRef] = field(default_factory=list)
    own_lead: bool = False  # the lead is named in the passage (not inherited)
    first: int = 0  # index of the first and last unit it covers
    last: int = 0
    deadline_from: int | None = None  # where the deadline sentence merged into it starts
    has_subject: bool = False  # a subject or addressee of its own, named or not ("Investors shall")
    split_start: bool = False  # starts inside its unit, after another unit's order (see second_order)
    split_end: bool = False  # ends inside its unit, where another unit's order starts
    cells_from: int | None = None  # a table row's cells after its action: its lead, helpers and due date
    cells_to: int | None = None  # where its due cell ends, when a status cell with dates of its own follows
    due_cell: tuple | None = None  # (start, end, date) of a row's due cell read by its table (month-first dates)
    labels_to: int | None = None  # where the labels it shares with the next order end, past its own end
    refs_before: list = field(default_factory=list)  # (start, end) of references above its quote (a row's resolution)
    refs_from: int | None = None  # where the earlier order it goes on with is recalled: its references are its own
    staff_row: bool = False  # a log row's motion to the staff at large: no unit, not the row's lead column
    own_row: bool = False  # a table's row with no final stop (sv_follow_up_table): never merged with the next row
    status: tuple | None = None  # (start, end) of the status after it ("Status: ... Target: Q2 2026"): its due if none


@dataclass
class _Cue:
    kind: str  # "request" or "modal"
    start: int
    end: int
    subject: bool = False  # words stand before the obligation (a subject of its own)
    pronoun: bool = False  # the addressee is a pronoun ("lui a demandé de"): the unit in focus
    unnamed: bool = False  # the subject is a unit the directory does not hold ("Văn phòng Tỉnh ủy"): no lead


@dataclass
class _Context:
    kind: str  # "directive" or "narration"
    lead: DepartmentRef | None = None
    listed: bool = False  # opened by a lead-in or a heading: its numbered paragraphs are items
    # the other units of a label that only names units ("3. Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh"): they coordinate
    partners: tuple = ()
    # under a decision's approval of a project "với các nội dung chủ yếu sau:": its numbered fields ("1. Chủ đầu tư:
    # UBND xã X.", "4. Tổng mức đầu tư: ...") are the contents approved, no labels of orders
    approved: bool = False
    # opened by a label with its order on the same line ("Direction: staff to ..."): it ends at the next numbered line
    inline: bool = False


#: The most words a numbered section's topic holds ("2. Alimentation en eau potable", "1. Về giải ngân vốn
#: đầu tư công"): Vietnamese words are syllables, so a short title has more of them.
_TOPIC_WORDS = {"vi": 10, "fr": 6}
#: A numbered section's topic in an English edition of a notice (folded, the item's text): "On the project
#: implementation situation", "Regarding site clearance", "About the disbursement results" (a noun phrase only).
_EN_TOPIC_HEADING = re.compile(
    r"\s*(?:on|regarding|concerning|about|as\s+for|as\s+regards|with\s+regard\s+to)\s+(?:the\s+)?"
    r"(?:[a-z0-9-]+\s+){0,5}?(?:situation|results?|progress|status|assessment|implementation|performance|"
    r"matters?|issues?|contents?|work|tasks?)\s*$"
)


class _Reader:
    """Classify the units of one text."""

    def __init__(self, prep: Prepared, mentions: list[Mention], language: str, department_like: set):
        self.prep = prep
        self.cues: Cues = CUES.get(language, EN)
        self.language = language
        self.view = getattr(prep, self.cues.view)
        self.narration_view = getattr(prep, self.cues.narration_view or self.cues.view)
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self.department_like = department_like
        self.focus: DepartmentRef | None = None
        self.focus_department: DepartmentRef | None = None
        self.subject_focus = False  # the sentence just read had a unit as its subject
        self.lead_before = False  # the sentence just read was a directive with a lead
        #: under a French list of measures each its own ("le Comité a retenu les recommandations suivantes :"), the
        #: unit its lead-in names (None for none): an item with no subject is not the item's before it
        self.measures_lead: tuple | None = None
        self._host_unit: tuple | None = None  # (the meeting's main department,) once counted
        self.service_end = -1  # where the last sentence given to a service by its subject ends
        self.host = self._host()
        self.own_lead = False
        self.has_subject = False
        self.lead_ins: dict[int, DepartmentRef] = {}  # unit index of a lead-in -> the lead it names
        self.resolved_items = False  # in the numbered items of a "RESOLVED that:" (each a motion's clause)
        self.to_every_province = False  # in the items of a lead-in addressed to every province's committee
        self._letter_to: bool | None = None  # the text has a letter's addressee block (writes_to_a_unit)
        self._initials: dict[str, DepartmentRef] | None = None  # initials -> unit (initials_unit)
        self._action_end = 0  # where the last "Action: X - 7 days" line ends (action_label)
        self._headings: list[tuple[int, bool]] | None = None  # (start, of decisions) of headings (under_decisions)
        self.log_rows: list[LogRow] = log_rows(prep, language)  # a directive log laid out one cell to a line
        #: where a log's row laid out on lines opens (its number and date cells) -> where its directive starts
        self.row_actions = {row.title: row.action for row in self.log_rows if row.text_first and row.title is not None}
        #: (start, end) of such a log's heading row, on one line ("Directive No. ... Dept. Report Back Status")
        self.log_headings = sorted({row.heading for row in self.log_rows if row.heading is not None})
        #: The unit a table's cell names by its field ("Public Works", "Human Resources"), where the caller gives
        #: the directory (``propose``)
        self.unit_of = None
        #: the meeting's date where the caller knows it (``propose``): a month or year told before an order is
        #: weighed against it
        self.meeting: datetime.date | None = None

    # -- helpers ---------------------------------------------------------------------------
    def _host(self) -> DepartmentRef | None:
        """The meeting's main department: the one most often named, speakers' offices aside."""
        counts = Counter(m.dept for m in self.mentions if m.kind != "backref" and not (m.affiliation or m.issuer))
        return counts.most_common(1)[0][0] if counts else None

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        i = bisect_left(self.starts, start)
        found = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                found.append(self.mentions[i])
            i += 1
        return found

    def action_label(
        self,
        proposals: list[Proposal],
        label: Unit,
        value: Unit,
        units: list[Unit] | None = None,
        position: int = 0,
        labels_end: int | None = None,
    ) -> None:
        """Give the orders of a minute's item the units of its "Action: DFO / Budget" line: the first leads those
        that name no lead, the others (that lead none of the item's orders) help the first's. A due after a dash
        ("Action: DFO / Budget - within 15 days", "- by 31.07.2026", or a "Timeline:" line under it, ending at
        ``labels_end``) is the deadline of the orders since the item's label before; a passive obligation right
        above it that names no one ("Water samples shall be tested weekly.", "Fever surveys to be conducted in all
        villages.") is an order of the units it names."""
        names = self.prep.work[value.start : value.end]
        due = _ACTION_DUE.search(self.prep.folded, value.start, value.end)
        if due is not None:
            names = self.prep.work[value.start : due.start()]
        named: list[DepartmentRef] = []
        for part in names.split("/"):
            start = self.prep.work.find(part, value.start)
            inside = [m for m in self.mentions_in(start, start + len(part)) if m.dept is not None]
            dept = inside[0].dept if inside else self.initials_unit(start, start + len(part))
            if dept is not None and dept not in named:
                named.append(dept)
            for mention in inside[1:]:
                # "County Health Promotion Officer, in liaison with the Directorate of Communications": a partner
                if mention.dept not in named and _ROW_HELPER_BEFORE.search(
                    self.prep.folded, max(start, mention.start - 40), mention.start
                ):
                    named.append(mention.dept)
        blank = _BLANK_LINE.search(self.prep.folded[::-1], len(self.prep.folded) - label.start)
        item_start = len(self.prep.folded) - blank.start() if blank else 0
        above = units[position - 1] if units is not None and position > 0 else None
        fresh = above is not None and above.start >= item_start and not (proposals and proposals[-1].end > above.start)
        # "Sector leads to submit their weekly reports ... by Monday.\nAction: All sector leads", "The Health Promotion
        # Officer to develop radio messages ...": the item's order in a minute's telegraphic form, a subject and "to"
        # (its lead the line's unit, or none where the line names only a group)
        telegraphic = _TELEGRAPHIC_TO.match(self.prep.folded, above.start, above.end) if fresh else None
        if telegraphic is not None and not self.is_narrative(above):
            lead = next((m.dept for m in self.mentions_in(above.start, telegraphic.start("to")) if m.dept), None)
            proposals.append(Proposal(above.start, above.end, lead, [], True, position - 1, position - 1))
            fresh = False
        if not named:
            return
        duty = _PASSIVE_DUTY.search(self.prep.folded, above.start, above.end) if fresh else None
        if (
            duty is not None
            # no one named before its verb (a unit after it works with the one the line names)
            and not any(m.dept is not None and m.start < duty.start() for m in self.mentions_in(above.start, above.end))
            and not self.is_narrative(above)
        ):
            proposals.append(Proposal(above.start, above.end, None, [], True, position - 1, position - 1))
        # the orders since the item's action line before, if it has one ("... Action: DRO\n... Action: RDO")
        item = [p for p in proposals if p.start >= max(item_start, self._action_end)]
        self._action_end = value.end
        leads = {p.lead for p in item}
        if due is not None or (labels_end is not None and labels_end > value.end):
            for proposal in item:
                if proposal.deadline_from is None:
                    proposal.deadline_from, proposal.labels_to = label.start, max(value.end, labels_end or 0)
        for proposal in item:
            if proposal.lead is None or (
                # "4. Sanitation: ... Action by: EO MB\n\n5. Ration cards: Pending applications be disposed of ...
                # \nAction by: DSO": a lead carried over from an item before, named nowhere in this one, gives way
                self.language == "en"
                and not proposal.own_lead
                and proposal.lead not in named
                and not any(m.dept == proposal.lead for m in self.mentions_in(item_start, value.end))
            ):
                proposal.lead = named[0]
            if proposal.lead == named[0]:
                for dept in named[1:]:
                    if dept not in leads and dept not in proposal.coordinating:
                        proposal.coordinating.append(dept)

    def initials_unit(self, start: int, end: int) -> DepartmentRef | None:
        """The unit of a table's owner cell written as initials ("OB", "SK / Forward Planning", "HoF"): the post of
        the person with those initials in the attendance list ("Orla Brennan, Director of Services, Housing"), or
        a post or unit named in the text whose words have those initials ("Head of Finance")."""
        cell = _INITIALS_CELL.match(self.prep.work, start, end)
        if cell is None:
            return None
        if self._initials is None:
            self._initials = self._named_initials()
        return self._initials.get(cell.group(1))

    def _named_initials(self) -> dict[str, DepartmentRef]:
        """The initials of the people of the attendance lists, and of the names of the units the text gives, with
        the unit each stands for (initials that two units share are left out)."""
        work, folded = self.prep.work, self.prep.folded
        found: dict[str, DepartmentRef | None] = {}

        def add(key: str, dept: DepartmentRef) -> None:
            found[key] = dept if found.get(key, dept) == dept else None

        for mention in self.mentions:
            if mention.dept is not None and mention.kind != "backref":
                name = work[mention.start : mention.end].split()
                if 2 <= len(name) <= 5:
                    add("".join(w[0] if w[0].isupper() else w[0].lower() for w in name), mention.dept)
        for heading in _ATTENDANCE.finditer(folded):
            stop = _BLANK_LINE.search(folded, heading.end())
            section_end = stop.start() if stop else len(folded)
            for person in _ATTENDEE.finditer(work, heading.end(), min(section_end, heading.end() + 3000)):
                role = [m for m in self.mentions_in(person.start("role"), person.end("role")) if m.dept is not None]
                if role:
                    letters = [fold_loose(w[0]).upper() for w in person.group("name").split()]
                    add("".join(letters), role[0].dept)
                    add(letters[0] + letters[-1], role[0].dept)
        return {key: dept for key, dept in found.items() if dept is not None}

    def unit_then_verb(self, position: int) -> bool:
        """Whether a request's verb at ``position`` goes on with "that", a unit and its verb in the subjunctive:
        "requested that Public Works repair ...", "directed, on a 4-1 vote, that the Department of Finance
        release ..." (not "asked that an item be agendized": no unit)."""
        folded = self.prep.folded
        clause = _THAT_CLAUSE.match(folded, position)
        if clause is None:
            return False
        staff = _STAFF_SUBJECT.match(folded, clause.end())
        if staff is not None and _BARE_VERB.match(folded, staff.end()):
            return True  # "asks that Administration report on ...": the staff at large, no unit, in the subjunctive
        for mention in self.mentions_in(clause.end(), clause.end() + 200):
            return (
                mention.start == clause.end()
                and mention.dept is not None
                and bool(
                    _BARE_VERB.match(
                        folded, self.subject_end(mention, self.mentions_in(mention.start, mention.end + 200))
                    )
                )
            )
        return False

    def pronoun_then_verb(self, position: int) -> bool:
        """Whether a request's verb at ``position`` goes on with "that", a pronoun and its verb in the subjunctive:
        "asked that they bring back participation data ...", "requested that it report on ..." (the unit named
        before; not "asked that they be given more time": no task)."""
        clause = _THAT_CLAUSE.match(self.prep.folded, position)
        if clause is None or not self.prep.folded.startswith(("they ", "it "), clause.end()):
            return False
        return _BARE_VERB.match(self.prep.folded, self.prep.folded.index(" ", clause.end())) is not None

    def gap_ok(self, start: int, end: int, allow_caps: bool = False, limit: int = 48) -> bool:
        if end < start or end - start > limit:
            return False
        gap = self.prep.folded[start:end]
        if _GAP_STOP.search(gap) and gap.strip(" ;,"):  # "Health; Education and Training": one list
            return False
        if ", " in gap and self.language == "sv":
            # "samråda med varandra och, i relevanta delar, med X", "och, vid behov, med Y": an aside of when, the
            # list goes on past it
            gap = _SV_LIST_ASIDE.sub(" ", gap)
        for word in _WORD.finditer(gap):
            if word.group() in GAP_WORDS:
                continue
            if allow_caps and self.prep.work[start + word.start()].isupper():
                continue
            return False
        return True

    def official_of(self, start: int, end: int) -> bool:
        """Whether ``start:end`` names an official before the unit at ``end``: "đồng chí Lê Văn A cùng tập thể lãnh
        đạo ", "ông Trần B, Giám đốc " (a name in capitals, then his title or the unit's leaders)."""
        opening = self.prep.folded[start : start + 12]
        if end - start > 90 or ("ng" not in opening and "ba " not in opening):  # đồng chí, ông, bà
            return False
        match = _VI_OFFICIAL_BY_NAME.match(self.prep.folded, start, end)
        if match is None:
            return False
        name = self.prep.work[match.start("name") : match.end("name")]
        return all(word[0].isupper() for word in name.split()) and self.gap_ok(match.end(), end, limit=40)

    def first_word(self, unit: Unit) -> str:
        match = _WORD.search(self.view, unit.start, unit.end)
        return match.group() if match else ""

    def starts_with_mention(self, unit: Unit, mentions: list[Mention]) -> Mention | None:
        folded = self.prep.folded
        # "Par ailleurs, le Ministre de X ...", "Trong quý IV/2025, Sở Y tế ...", "Il a été décidé que X ..."
        opener = (
            _OPENER.match(folded, unit.start)
            or _MOTION_FRAME.match(folded, unit.start)
            or _TIME_OPENER.match(folded, unit.start)
            or _DECIDED_OPENER.match(folded, unit.start)
            # "S'agissant de la route nationale, le Délégué régional de X présentera ...": the topic, then the unit
            or (self.language == "fr" and _FR_TOPIC_OPENER.match(folded, unit.start, unit.end))
            # "Regarding the measles cases in the north, the Ministry of X will ...": the matter, then the unit
            or (self.language == "en" and _EN_TOPIC_OPENER.match(folded, unit.start, unit.end))
            # "Mesdames et Messieurs les directeurs de la DDT et du SEL voudront bien ...": a circular's courtesy
            or (self.language == "fr" and _FR_COURTESY_OPENER.match(folded, unit.start, unit.end))
            # "Trên cơ sở kết quả xác minh, Trung tâm X lập ...", "Căn cứ tình hình thực tế, Sở Y tế ...": the
            # grounds before the unit, as they may stand between the unit and its verb
            or (self.language == "vi" and _VI_GROUNDS_BEFORE_VERB.match(self.view, unit.start, unit.end))
            # "Đối với dịch tả lợn châu Phi, Chi cục X tiếp tục ...", "Riêng về ...": the matter, then the unit
            or (self.language == "vi" and self.matter_opener(unit))
            # "Trong vòng 10 ngày, Sở Tài chính thẩm định ...": the time limit, then the unit
            or (self.language == "vi" and _VI_TIME_LIMIT_OPENER.match(self.view, unit.start, unit.end))
            # "Riêng UBND phường X hoàn thành ...": one unit singled out of the group the order before named
            or (self.language == "vi" and _VI_SINGLED_OUT.match(folded, unit.start, unit.end))
            # "Cùng với Sở Y tế, rà soát ...", "Cùng với Sở Y tế, Sở Tư pháp rà soát ...": the partner, then the unit
            or self.partner_opener(unit.start, unit.end)
        )
        start = opener.end() if opener and opener.end() < unit.end else unit.start
        # "Cùng với Sở Tư pháp, Sở Y tế tổ chức ...": the partner named in the opener is not the subject
        partner_until = start if self.language == "vi" and self.view.startswith("cùng", unit.start) else -1
        for mention in mentions:
            if mention.affiliation or mention.end <= partner_until:
                continue
            if opener and mention.end <= start:
                continue  # "En lien avec la DPS, la DPAS dressera ...": the partner the opener names is not the subject
            if mention.start >= start and mention.start - start <= 24 and self.gap_ok(start, mention.start):
                return mention
            if (
                self.language == "fr"
                and mention.start - start <= 40
                and (means := _FR_MEANS_OF.match(folded, start, mention.start)) is not None
                and means.end() == mention.start
            ):
                # "les moyens du SDIS restent mobilisés ...": a unit's means, forces or staff stand for it
                return mention
            if (
                mention.start - start > 24
                and self.language == "fr"
                and (title := _FR_DELEGATE_TITLE.match(folded, start, mention.start)) is not None
                # (the title read whole by its pattern: only what follows it need be a gap's words)
                and self.gap_ok(title.end(), mention.start)
            ):
                return (
                    mention  # "Le ministre délégué chargé de l'Agence X procédera ...": the long title, then the unit
                )
            if mention.start >= start and _OFFICIAL_OF_UNIT.fullmatch(folded, start, mention.start):
                return mention  # "the Project Director, DRDA to ...": the official's title, then the unit
            if (
                self.language == "en"
                and mention.start - start <= 8
                and _OFFICIAL_INITIALS_OF_UNIT.fullmatch(self.prep.work, start, mention.start)
            ):
                return mention  # "SE, RWS&S to ...": the title in initials, then the unit
            if (
                self.language == "vi"
                and mention.start - start <= 24
                and _VI_HEAD_OF_PLACES.fullmatch(folded, start, mention.start)
            ):
                return mention  # "UBND các huyện A, B ...": the committees' head once, then the places it names
            break
        return self.after_condition(unit, mentions)

    def partner_opener(self, start: int, end: int) -> re.Match | None:
        """The partner a Vietnamese order names before its verb or subject, then a comma: "Cùng với Sở Y tế, ...",
        "Với sự phối hợp của Công an tỉnh, ..." (the literal test first: most sentences open otherwise)."""
        if self.language == "fr" and self.prep.folded.startswith(
            ("en ", "sous ", "avec "), _skip_space(self.view, start)
        ):
            # "En lien avec la DPS, la DPAS dressera ...", "Sous la coordination du Secrétaire général, la Direction X
            # ...": the same in French (folded view)
            return _FR_PARTNER_OPENER.match(self.prep.folded, start, end)
        if self.language != "vi" or not self.view.startswith(("cùng", "với sự"), _skip_space(self.view, start)):
            return None
        return _VI_PARTNER_OPENER.match(self.view, start, end)

    def matter_opener(self, unit: Unit) -> re.Match | None:
        """The matter a Vietnamese sentence opens on, no unit in it, then a comma: "Đối với dịch tả lợn châu Phi,
        ...", "Về công tác giải phóng mặt bằng, ..." (not "Đối với Sở Y tế, ...": the unit it is about)."""
        # ("Với dự thảo Nghị quyết về ..., Sở X tiếp thu ...": the matter after a bare "với" too)
        if not self.view.startswith(("đối với", "về ", "riêng", "với "), _skip_space(self.view, unit.start)):
            return None
        matter = _VI_MATTER_OPENER.match(self.view, unit.start, unit.end)
        if matter is None or any(m.dept is not None for m in self.mentions_in(unit.start, matter.end())):
            return None
        work, end = self.prep.work, matter.end()
        if end < unit.end and work[end].islower():
            # "Đối với 05 cơ sở nhà, đất chưa đủ điều kiện ..., Ban Chỉ đạo X tiếp tục ...": a comma inside the
            # matter, the unit after a later one
            for _ in range(3):
                comma = work.find(", ", end, min(unit.end, end + 120))
                if comma < 0 or any(c in work[end:comma] for c in ".;:"):
                    break
                end = comma + 2
                named = self.mentions_in(end, min(unit.end, end + 120))
                if named and named[0].start == end and named[0].dept is not None:
                    if any(m.dept is not None for m in self.mentions_in(unit.start, end)):
                        break
                    return _VI_MATTER_OPENER_LONG.fullmatch(self.view, unit.start, end) or matter
                if not work[end].islower():
                    break
        return matter

    def head_as_subject(self, unit: Unit, mentions: list[Mention]) -> Mention | None:
        """A unit's head as the subject of a Vietnamese order, then a verb of action: "Giám đốc Sở Giáo dục và
        Đào tạo căn cứ diễn biến của bão, chỉ đạo ...", "Thủ trưởng Sở Y tế bố trí ...": the head stands for the
        unit, no speaker's affiliation (the directory flags a title before a name as one). The grounds may come
        first: "Căn cứ diễn biến của bão, Giám đốc Sở Giáo dục và Đào tạo quyết định ..."."""
        vi = self.language == "vi"
        opening = _VI_GROUNDS_BEFORE_VERB.match(self.view, unit.start, unit.end) if vi else None
        opening = opening or (_VI_NAMED_OFFICIAL.match(self.view, unit.start, unit.end) if vi else None)
        # ("Đối với lĩnh vực y tế, Giám đốc Sở Y tế ...": the matter first)
        opening = opening or (_VI_MATTER_OPENER.match(self.view, unit.start, unit.end) if vi else None)
        head = _VI_HEAD_TITLE.match(self.view, opening.end() if opening else unit.start, unit.end)
        if head is None:
            return None
        mention = next((m for m in mentions if m.start >= head.start()), None)
        office = head.end() - len("văn phòng ") if head.group().rstrip().endswith("văn phòng") else -1
        if mention is None or mention.start not in (head.end(), office) or mention.dept is None:
            # ("Chánh Văn phòng UBND tỉnh theo dõi ...": the office's name holds its head's title's last words)
            return None
        if head.group("province") and self.prep.folded[mention.start : mention.end].endswith(("tinh", "pho")):
            return None  # "Chủ tịch UBND tỉnh kiểm tra ...": the issuing province's chair, who speaks
        after = mention.end
        following = mentions.index(mention) + 1
        for other in mentions[following : following + 8]:  # "Chủ tịch UBND huyện X, huyện Y": the heads of both
            if other.start < after:
                continue
            if not _VI_PLACE_JOIN.fullmatch(self.view, after, other.start):
                break
            after = other.end
        others = []
        while (
            vi
        ):  # "Chỉ huy trưởng Bộ CHQS tỉnh, Giám đốc Công an tỉnh chỉ đạo ...": the heads of both, the first leads
            join = _VI_HEAD_JOIN.match(self.view, after, unit.end)
            more = _VI_HEAD_TITLE.match(self.view, join.end(), unit.end) if join else None
            other = next((m for m in mentions if m.start == more.end()), None) if more else None
            if other is None or other.dept is None or more.group("province"):
                break
            others.append(other)
            after = other.end
        while after < unit.end and self.view[after] in " ,":
            after += 1
        grounds = _VI_GROUNDS_BEFORE_VERB.match(self.view, after, unit.end)
        verb = grounds.end() if grounds else after
        along = _VI_ALONG_WITH.match(self.view, verb, unit.end)
        partner = next((m for m in mentions if m.start == along.end()), None) if along else None
        if partner is not None and not self.cues.imperative.match(self.view, verb):
            # "Phó Chủ tịch UBND xã trực tiếp cùng Công an xã vận động ...": the head, the unit at its side, the verb
            verb = partner.end + 1 if self.view.startswith(" ", partner.end) else partner.end
        if not self.cues.imperative.match(self.view, verb) and not (vi and _VI_HEAD_ASKED.match(self.view, verb)):
            return None
        mention.affiliation = False
        for other in others:
            other.affiliation = False
        return mention

    def named_of_kind(self, kind: str, before: int, span: int = 600) -> DepartmentRef | None:
        """The unit named last before ``before`` (within ``span``) whose name holds ``kind`` (folded, "direktion")."""
        for mention in reversed(self.mentions):
            if mention.end > before or mention.dept is None:
                continue
            if before - mention.end > span:
                return None
            if any(kind in name for name in folded_names(mention.dept)):
                return mention.dept
        return None

    def holds_kind(self, kind: str) -> bool:
        """Whether units of ``kind`` (folded, "valfardsomrade") are named in the text or held as departments: what a
        plural of that kind ("Välfärdsområdena ska ...") can name."""
        depts = {m.dept for m in self.mentions if m.dept is not None} | self.department_like
        return any(kind in folded_names(dept)[0] for dept in depts)

    def outcome_row(self, unit: Unit) -> bool:
        """A row of a summary's table with an "Action" column whose action cell only tells what the body did with
        the item: "Item | Action | Vote\n...\n8 - Request from X | Continued to a date uncertain | 3-0"."""
        cell = self.action_cell(unit)
        return cell is not None and _EN_OUTCOME_VALUE.match(self.prep.folded, cell, unit.end) is not None

    def action_cell(self, unit: Unit) -> int | None:
        """Where the action cell of a summary table's row starts, right after the item's cell, in a table whose
        header has an "Action" column ("Item | Action | Vote")."""
        folded = self.prep.folded
        bar = folded.find("|", unit.start, unit.end)
        if bar < 0 or "\n" in folded[unit.start : bar]:
            return None
        header = _EN_ACTION_COLUMN_HEADER.search(folded, max(0, unit.start - 4000), unit.start)
        return bar + 1 if header is not None else None

    def is_motion(self, unit: Unit) -> bool:
        """A motion's words: "THAT the ...", "Motion by X, second by Y, that/to ...", or its next clause
        after "..., and that"."""
        folded = self.prep.folded
        return bool(
            _MOTION_THAT.match(self.prep.work, unit.start)
            or _MOTION_FRAME.match(folded, unit.start)
            or _AND_THAT.search(folded, max(0, unit.start - 16), unit.start)
            or (
                folded.startswith("that ", unit.start)
                and _AND_BEFORE.search(folded, max(0, unit.start - 16), unit.start)
            )
            # a log's row: "March 2, 2026 | CR91/2026 | Planning | That the application BE REFERRED ..."
            or ("|" in self.prep.work[unit.start : unit.start + 160] and _ROW_MOTION.match(self.prep.work, unit.start))
            # a log's row on lines of its own: "CD-2026-019 03-Mar-2026 That Harrowfield Transit provide ..."
            or (unit.start in self.row_actions and _MOTION_THAT.match(self.prep.work, self.row_actions[unit.start]))
            # "RESOLVED that:\n1. The Operations Manager arrange ...": each numbered item goes on the "that"
            or (self.resolved_items and unit.is_item)
            # "RESOLVED that the Director of X prepare ...": the motion in the resolution's own sentence
            or (folded.startswith("resolved ", unit.start) and _RESOLVED_THAT.match(folded, unit.start) is not None)
        )

    def after_condition(self, unit: Unit, mentions: list[Mention]) -> Mention | None:
        """The subject after an opening condition: "Trường hợp thiếu phòng học, Sở Xây dựng ...", "Nếu
        có phát sinh ..., Sở X ...", "If the funds are late, the Department of Finance ...", "En cas de
        retard, le Département ...": the first unit named right after a comma of the opening clause."""
        opener = _CONDITION_VI if self.language == "vi" else _CONDITION
        view = self.prep.lower if self.language == "vi" else self.prep.folded
        if not opener.match(view, unit.start):
            return None
        for mention in mentions:
            if mention.start - unit.start > 160:
                return None
            if mention.affiliation:
                continue
            comma = view.rfind(",", unit.start, mention.start)
            if comma > unit.start and self.gap_ok(comma + 1, mention.start, limit=12):
                return mention
        return None

    def resolve_backrefs(self, mentions: list[Mention]) -> None:
        for mention in mentions:
            # a place keeps the place named before, an investigator the inquiry named before
            if mention.kind == "backref" and not mention.place_word and not mention.inquiry_word:
                focus = self.focus_department if mention.department_word else self.focus
                if (
                    mention.department_word
                    and self.focus is not None
                    and self.language == "fr"
                    and self.prep.folded.endswith(("departement", "ministre"), mention.start, mention.end)
                    and "ministere" in fold_loose(self.focus.name).lower()
                ):
                    # "Le Ministre de X veillera ... Le Département procédera ...": the ministry; "AU TITRE DU
                    # MINISTERE DE X ... Le Conseil a instruit le ministre de veiller ...": that ministry's minister
                    focus = self.focus
                named = mention.dept  # the directory's: the unit of the kind named last, for a kind alone
                if self.language == "fr" and self.prep.folded.startswith(_FR_DEMONSTRATIVES, mention.start):
                    # "Le ministre de X a rendu compte de ... Le Chef de l'État a instruit celui-ci de ...": the one
                    # named last before, not the unit in focus
                    latter = self.named_just_before(mention)
                    if latter is not None:
                        mention.dept = latter
                        continue
                mention.dept = self.named_in_sentence(mention) or focus or mention.dept
                kind = self.prep.folded[mention.start : mention.end]
                if kind in _VI_UNIT_KINDS and mention.dept and not fold_loose(mention.dept.name).startswith(kind):
                    # "Cục cũng ...": a department of that kind, not the committee in focus
                    of_kind = named is not None and fold_loose(named.name).startswith(kind)
                    mention.dept = named if of_kind else None
                elif kind == "ministere" and mention.dept and "ministere" not in fold_loose(mention.dept.name).lower():
                    # "Le Conseil a adopté une communication ... Le ministère est chargé de ...": the ministry named
                    # last, not the council in focus
                    mention.dept = named
                elif kind in _SV_AGENCY_KINDS and mention.dept and not _of_agency_kind(mention.dept, kind):
                    # "Verket ska ...": the agency whose name ends on "verket" named last, not the unit in focus
                    mention.dept = named
                elif kind.startswith("the ") and kind[4:] in _EN_UNIT_KINDS:
                    # "For the Provincial General Hospital, the Secretary asked the hospital to ...": the unit of that
                    # kind named last, not the unit in focus (another kind); none where the text named no such unit
                    mention.dept = named

    def named_just_before(self, backref: Mention) -> DepartmentRef | None:
        """The unit a demonstrative ("celui-ci", "ce dernier") stands for: the one named last before its sentence, in
        its paragraph, other than the units its own sentence names before it and the meeting's host ("La
        Municipalité a reçu le chef du Service des sports, qui lui a présenté ... Elle a chargé celui-ci de ...": the
        Service; "Le ministre de X a fait au Conseil le point de ... Le Président a instruit celui-ci de ...": the
        ministry). None where none is named there."""
        folded = self.prep.folded
        opening = max(folded.rfind(". ", 0, backref.start), folded.rfind("\n", 0, backref.start))
        if opening < 0:
            return None
        own = {m.dept for m in self.mentions_in(opening, backref.start) if m.kind != "backref"}
        floor = max(opening - 600, folded.rfind("\n\n", 0, opening))
        i = bisect_left(self.starts, opening)
        while i > 0:
            i -= 1
            named = self.mentions[i]
            if named.start <= floor:
                break
            if named.kind == "backref" or named.dept is None or named.issuer or named.dept in own:
                continue
            if self._host_unit is None:
                self._host_unit = (self._host(),)  # (counted once per text)
            if named.dept != self._host_unit[0]:
                return named.dept
        return None

    def named_in_sentence(self, backref: Mention) -> DepartmentRef | None:
        """The department named earlier in the same sentence, past a semicolon: "X had assigned the Department
        of Health to study ...; the Department is now required to report ..." (not the last subject)."""
        if not backref.department_word:
            return None
        folded = self.prep.folded
        semicolon = folded.rfind(";", max(0, backref.start - 300), backref.start)
        if semicolon < 0 or folded[semicolon + 1 : backref.start].strip(" ,") not in ("the", "le", "la", "l'", ""):
            return None  # only the subject right after a semicolon
        stop = max(folded.rfind(". ", 0, semicolon), folded.rfind("\n", 0, semicolon))
        i = bisect_left(self.starts, semicolon)
        while i > 0:
            i -= 1
            named = self.mentions[i]
            if named.start <= stop:
                return None
            if named.kind != "backref" and named.dept in self.department_like and not named.affiliation:
                return named.dept
        return None

    def update_focus(self, dept: DepartmentRef | None) -> None:
        if dept is not None:
            self.focus = dept
            if dept in self.department_like:
                self.focus_department = dept

    def subject_mention(self, unit: Unit, mentions: list[Mention]) -> Mention | None:
        """The first department that stands as a subject (after a comma, an article, or first)."""
        folded = self.prep.folded
        for mention in mentions:
            if mention.affiliation or mention.issuer:
                continue
            sentence_start = max(unit.start, mention.start - 16)
            if _SUBJECT_BEFORE.search(folded[sentence_start : mention.start]):
                return mention
            if (
                self.language == "sv"
                and mention.start - unit.start > 16
                and _SV_INVERTED_SUBJECT.search(folded, sentence_start, mention.start)
            ):
                return mention  # "Inom ramen för uppdraget ... har Livsmedelsverket byggt upp ...": after the verb
        return None

    # -- cues ------------------------------------------------------------------------------
    def told_after_order(self, unit: Unit, mentions: list[Mention]) -> _Cue | None:
        """An English press note's order in the speaker's words, the unit it was given to named in the speech tag
        at the sentence's end: "Power supply to the pumping schemes must not be interrupted till the end of May, she
        told the Superintending Engineer of the power distribution company." (the tag's verb as the request, the unit
        after it as the addressee)."""
        folded = self.prep.folded
        tag = _EN_TOLD_AFTER.search(folded, unit.start, unit.end)
        if tag is None or not _EN_OBLIGATION_BEFORE_TAG.search(folded, unit.start, tag.start()):
            return None
        named = [m for m in mentions if m.dept is not None and tag.end() <= m.start < unit.end]
        if not named:
            return None
        if folded[named[-1].end : unit.end].strip(" .") and not _EN_TAG_TAIL.fullmatch(folded, named[-1].end, unit.end):
            return None
        return _Cue("request", tag.start("verb"), tag.end("verb"))

    def own_cue(self, unit: Unit, mentions: list[Mention], lead_in: bool = False) -> _Cue | None:
        cues, text = self.cues, self.view[unit.start : unit.end]
        if self.language == "en" and "referred" in text:
            # "Proposed Ordinance No. 12, "...," authored by Hon. X - referred to the Committee on Y.": a first
            # reading's item, the committee it goes to after the dash (before the cues below: the item's own
            # "requesting" is the letter's, no order); "jointly referred to the Committee on A and the Committee on
            # B": the first leads, the others listed after it work with it
            for i, mention in enumerate(mentions):
                if not mention.affiliation and _REFERRED_LISTED.search(
                    self.prep.folded, max(unit.start, mention.start - 40), mention.start
                ):
                    return _Cue("modal", mention.start, mentions[self._run(mentions, i)[-1]].end, subject=True)
        if self.language == "fr" and "vous" in self.prep.folded[unit.start : unit.end]:
            # "Monsieur le Directeur provincial de X, il vous est demandé de recenser ...": a circular's item that
            # calls its addressee by his title, then orders "vous"; the unit he heads leads (before
            # the cues below: "vous voudrez bien" names no unit)
            vocative = _FR_VOCATIVE_TO_YOU.match(self.prep.folded, unit.start, unit.end)
            if vocative is not None and any(
                m.dept is not None and vocative.start("who") <= m.start < vocative.end("who") for m in mentions
            ):
                return _Cue("modal", vocative.end("who"), vocative.end("who"), subject=True)
        if self.language == "en" and (" told " in text or " directed " in text or " instructed " in text):
            told_to = self.told_after_order(unit, mentions)
            if told_to is not None:
                return told_to
        for match in cues.request.finditer(text):
            if cues.past_before_modal and cues.past_before_modal.search(
                text[max(0, match.start() - 110) : match.start()]
            ):
                continue
            if self.told_before(text, match.start()):
                continue  # "Last year the department was asked to ...": an order told, not given
            if self.language == "vi" and any(
                m.dept is not None and m.start < unit.start + match.start() < m.end for m in mentions
            ):
                continue  # "Bộ Ngoại giao hướng dẫn ...": a word inside a unit's name, no request
            if (
                self.language == "fr"
                and _FR_ASKED_THAT.match(text, match.end())
                and not _FR_CHAIR_BEFORE.search(text, max(0, match.start() - 80), match.start())
                # "Le Gouverneur a déploré que ce rapport ne soit pas disponible et a exigé qu'il soit déposé ...": the
                # chair opens the sentence, his demand its second verb
                and not (
                    _FR_AND_HAS_BEFORE.search(text, max(0, match.start() - 12), match.start())
                    and _FR_CHAIR_OPENS.match(text)
                )
            ):
                continue  # "La chambre d'agriculture demande que les seuils soient revus": a participant's wish
            if self.language == "vi" and _VI_DOCUMENT_TOLD.search(text, max(0, match.start() - 160), match.start()):
                continue  # "Bộ Y tế đã có Công văn số ... đề nghị": an earlier document's request, told
            if self.language == "vi" and _VI_PASSIVE_GIVEN.search(text, max(0, match.start() - 60), match.start()):
                continue  # "chỉ tiêu năm 2026 được Thủ tướng Chính phủ giao là 2.150 căn": a figure given, told
            if (
                self.language == "vi"
                and not text[match.end() :].strip(" .,!")
                and _VI_QUOTE_CLOSED.search(text, max(0, match.start() - 50), match.start())
            ):
                continue  # '"Ngành y tế phải hoàn thành ...", đồng chí yêu cầu.': the speaker's verb after the quote
            if self.language in ("sv", "en") and _INDIRECT_QUESTION.search(
                text, max(0, match.start() - 80), match.start()
            ):
                continue  # "– kartlägga hur myndigheterna i dag begär att ...", "assess how agencies request ...": a
                # practice to be studied, no request
            if self.language == "sv" and (
                _SV_DATED_PAST.match(text, match.start())
                or (
                    _SV_PAST_VERB.match(text, match.start())
                    and _SV_DATED_THEN.search(text, max(0, match.start() - 80), match.start())
                )
                # "IVO begärde att nämnden skulle redogöra ...": an earlier request, in the past of reported speech,
                # in a protocol (its paragraphs by "§"), whose own decisions are in the present
                or (
                    "skulle" in text
                    and "\n§" in self.prep.work
                    and _SV_REPORTED_REQUEST.match(text, match.start()) is not None
                )
            ):
                continue  # "Regeringen gav år 2022 verket i uppdrag": an earlier assignment, dated
            if (
                self.language == "sv"
                and "att" in text
                and _SV_INTENDS.search(text, max(0, match.start() - 60), match.start())
            ):
                continue  # "Regeringen avser att ge X i uppdrag att ...": an assignment announced, not given
            if (
                (opener := _MONTH_OPENER.match(text)) is not None
                and (self.language != "en" or match.group().endswith("ed"))
                and (opener.group().endswith(",") or self._month_before_meeting(opener))
            ):
                continue  # "In March, the committee assigned X to ...": a month before the meeting's day, told
            if (
                self.language == "en"
                and match.group().endswith("ed")
                and (
                    (
                        text.startswith(("in ", "under ", "at ", "by ", "through ", "with "))
                        and _EN_DOCUMENT_OPENER.match(text)
                    )
                    or _EN_TARGET_MISSED.match(self.prep.folded, unit.end)
                )
            ):
                # "In Official Dispatch No. 58/CD-TTg dated June 3, 2025, the Prime Minister requested X to ...", "...
                # requested X to complete it in the third quarter; this target has not been met": an earlier order
                continue
            if lead_in and self.language == "en" and _EN_PASSIVE_AUX_BEFORE.search(text, 0, match.start()):
                continue  # "2. The Finance Department is requested to:": the subject asked (the modal cue), its items
            # "THAT Council direct Administration to ...": the motion's own "THAT", no relative clause
            motion_that = _MOTION_THAT.match(self.prep.work, unit.start)
            relative_from = max(0, match.start() - 60, motion_that.end() - unit.start if motion_that else 0)
            if self.language == "en" and _RELATIVE_BEFORE.search(text[relative_from : match.start()]):
                continue  # "the points that the Board assigns": a relative clause
            if self.language == "en" and _ARTICLE_BEFORE.search(text[max(0, match.start() - 12) : match.start()]):
                continue  # "the assigned tasks": a participle, no request
            if (
                self.language == "en"
                and match.start() > 0
                and _EN_OWN_OBLIGATION_BEFORE.search(
                    text, max(0, match.start() - 40), match.start() + (3 if match.group().startswith("to ") else 0)
                )
                and any(m.end <= unit.start + match.start() and not m.affiliation for m in mentions)
            ):
                continue  # "The Provincial Police is required to direct the traffic police to ...": its own task
            if (
                self.language == "en"
                and match.group().startswith("to ")
                and match.start() > 20
                and _EN_ORDERED_EARLIER.search(text, 0, match.start())
                and any(m.end <= unit.start + match.start() and not m.affiliation for m in mentions)
            ):
                continue  # "X BE DIRECTED to draft an amendment to require ...": the order's content, not a request
            if (
                self.language == "en"
                and match.group().endswith("ing")
                and match.start() > 20
                and _EN_TASKED_EARLIER.search(text, 0, match.start())
                and any(m.end <= unit.start + match.start() and not m.affiliation for m in mentions)
            ):
                continue  # "X is assigned to inspect the works, urging the contractor to ...": part of its own task
            if (
                self.language == "en"
                and match.group().startswith("to ")
                and any(
                    m.dept is not None
                    and 0 < unit.start + match.start() - m.end <= 2
                    and not text[m.end - unit.start : match.start()].strip()
                    for m in mentions
                )
            ):
                # "X was told to ..., and the Roads Department to instruct the contractors to ...": the infinitive
                # of a second addressee whose request verb is left out (the modal before is the sentence's cue)
                continue
            if self.language == "en" and (
                _PETITION_TO_BODY.match(text, match.end()) or _public_speaks(text, match.start())
            ):
                continue  # "Jane Roe, resident, urged Council to ...": a petition to the meeting, no order
            if (
                self.language == "fr"
                and match.group() == "confie"
                and _FR_PAST_AUXILIARY.search(text, 0, match.start())
                and (
                    _FR_PAST_AUXILIARY.search(text, 0, match.start()).group().startswith("av")
                    or _FR_TIME_PAST_BEFORE.search(text, 0, match.start())
                )
            ):
                # "En 2024, le Conseil a confié la gestion du site à l'Office", "avait confié": an assignment told,
                # no order (not "Il a confié au Département X la responsabilité de ...", the meeting's own)
                continue
            if (
                self.language == "fr"
                and match.group().startswith(("a ete", "ont ete"))
                and (
                    _FR_TIME_PAST_BEFORE.search(text, 0, match.start())
                    or _FR_PAST_YEAR_AFTER.match(text, match.end())
                    or _FR_WHOSE_TASK_BEFORE.search(text, max(0, match.start() - 80), match.start())
                )
            ):
                # "En 2019, la gestion du port a été confiée à l'Office": the same, in the passive; its year after
                # the verb ("a été confiée à l'Office des ports en 2019"), or told in a relative clause ("rapport
                # ..., dont la réalisation a été confiée à l'IGF")
                continue
            # The complement may come after a ";" of the same sentence ("requests X; Y ..., to").
            sentence_end = _SENTENCE_END.search(self.view, unit.start + match.end())
            stop = sentence_end.start() if sentence_end else len(self.view)
            after = self.view[unit.start + match.end() : min(stop, unit.start + match.end() + 400)]
            if self.language == "fr" and _FR_EXHORTATION.search(after[:160]) and _fr_complement_is_exhortation(after):
                continue
            urged = _URGED_TO_GO_ON.match(self.prep.folded, unit.start + match.start())
            if urged and not self.mentions_in(unit.start + urged.start("who"), unit.start + urged.end("who")):
                continue  # "uppmanar samtliga rektorer att fortsätta arbetet": go on as before, no task
            # (the speaker before the verb is no addressee: "The Chief Secretary ... urged all officers to ...")
            exhorted = _EXHORTED_ALL.match(self.prep.folded, unit.start + match.start())
            if (
                exhorted
                and not any(m.dept is not None for m in self.mentions_in(unit.start + match.start(), unit.end))
                and not (
                    # "called on the directors to work with the district offices ... by 31 October": a task
                    exhorted.group().endswith("directors")
                    and find_deadline(self.prep.folded[exhorted.end() : stop], [], _ANY_DAY, "en") is not None
                )
            ):
                continue  # "called on all officials to serve the people honestly": an exhortation, no unit
            if self.language == "sv" and _SV_PUBLIC_URGED.match(self.prep.folded, unit.start + match.start()):
                continue  # "Länsstyrelsen uppmanar allmänheten att hålla sig borta ...": the public, no unit
            needs_complement = not (
                self.language == "fr"
                and (
                    _FR_TASK_AS_SUBJECT.match(match.group())
                    # "confie la conduite du projet à la Chancellerie", "confie au Service X le suivi de ...": the
                    # task a noun, handed to the unit after "à"
                    or (match.group() == "confie" and _FR_ENTRUSTED.match(after))
                )
            )
            # "Councilmember X asked that they bring back participation data ...": the unit named before, by its
            # pronoun, its task in the subjunctive
            en_pronoun = needs_complement and self.language == "en" and self.pronoun_then_verb(unit.start + match.end())
            if en_pronoun:
                needs_complement = False
            if needs_complement and self.language == "en" and self.unit_then_verb(unit.start + match.end()):
                needs_complement = False  # "requested that Public Works repair ...": the unit's task in the subjunctive
            elif match.group().startswith("it is"):
                continue  # "It is proposed that the meeting be held ...": a proposal on a matter, no unit's task
            if (
                needs_complement
                and self.language == "en"
                and _BARE_INFINITIVE.match(text, match.end())
                and match.group().startswith(("request", "ask", "direct", "instruct"))
                and _topic_unit(self.prep.folded, unit.start, unit.start + match.start(), mentions) is not None
            ):
                needs_complement = False  # "For the Water Company, the Chairman requested to dredge ...": the topic's
            if lead_in or cues.complement is None or not needs_complement or cues.complement.search(after):
                pronoun = en_pronoun or (
                    self.language == "fr"
                    and bool(
                        _FR_PRONOUN_ADDRESSEE.search(text, 0, match.start())
                        or _FR_TO_PRONOUN.match(match.group())
                        or (
                            _FR_ASKED_THAT.match(text, match.end())
                            # ("a exigé que chacun d'entre eux désigne ...": each of a group, no unit named before)
                            and not _FR_EACH_AFTER_THAT.match(text, match.end())
                        )
                    )
                )
                return _Cue("request", unit.start + match.start(), unit.start + match.end(), pronoun=pronoun)
        for match in cues.modal.finditer(text):
            if self.language == "en" and _CONTACT_NOTE.match(text):
                break  # "Questions should be directed to the Clerk of the Board": where to write, no task
            if (
                self.language == "en"
                and match.group().startswith("it ")
                and not _ACTION_LINE_NEXT.match(self.prep.folded, unit.end)
                # ("It was resolved that the Roads Department be instructed to ...": a named unit given its work)
                and not (
                    _EN_BE_ORDERED.search(match.group())
                    and any(
                        m.dept is not None and unit.start + match.start() < m.start < unit.start + match.end()
                        for m in mentions
                    )
                )
            ):
                # "It was agreed that the agenda be amended ...", "... that the minutes be signed by the Chair": a
                # decision in the subjunctive with no action line under it naming who acts, the meeting's own business
                continue
            start = unit.start + match.start()
            before = text[: match.start()]
            if cues.past_before_modal and cues.past_before_modal.search(before[-24:]):
                continue
            if self.language == "vi" and " đã " in before and _VI_TOLD_ORDER_BEFORE.search(before):
                continue  # "..., Chủ tịch UBND tỉnh đã giao Sở Y tế chủ trì ...": the order given before, told
            if self.language == "vi" and _VI_PLURAL_BEFORE_MODAL.search(before[-30:]) and self.is_imperative(unit):
                continue  # "Kiểm tra ..., bố trí đất cho các hộ phải di dời": those who must move, no subject
            if self.told_before(text, match.start()):
                continue
            if (
                self.language == "en"
                and text.startswith(("in ", "at ", "back "))
                and (match.group().startswith(("was ", "were ", "had ")) or _EN_PAST_PERFECT.search(before))
                and (opener := _MONTH_OPENER.match(text)) is not None
                and self._month_not_meetings(opener)
            ):
                # "At the January meeting, X was assigned to ...", "In April, the Committee had set the target that
                # investors must ...": an earlier month's order, told
                continue
            if _KEPT_INFORMED.match(text, match.end()):
                continue  # "att nämnden ska hållas informerad om arbetet": the unit is told, it does nothing
            if (
                self.language == "en"
                and "expected" in match.group()
                and _EN_EVENT_EXPECTED.search(text, max(0, match.start() - 60), match.end() + 30)
            ):
                continue  # "the next press conference is expected to be held in early July": an event foreseen
            if self.language == "sv" and _SV_QUESTION_CLAUSE.search(text, max(0, match.start() - 80), match.start()):
                continue  # "Lagen reglerar inte vilken beredskap kommunerna ska ha": a question left open, no order
            if (
                self.language == "sv"
                and (unit.is_item or unit.boundary == "semicolon")
                and (question := _SV_TASK_ON_QUESTION.match(text)) is not None
                and question.end() <= match.start()
            ):
                continue  # "– ta ställning till om länsstyrelsernas uppgifter behöver förtydligas": the question's verb
            if self.language == "sv" and "fatt " in match.group():
                sentence_end = _SENTENCE_END.search(text, match.end())
                rest = text[match.end() : sentence_end.start() if sentence_end else len(text)]
                if _SV_PERFECT_EARLIER.search(match.group()) or not (
                    _SV_PERFECT_TODAY.search(match.group()) or _SV_PERFECT_DUE.search(rest)
                ):
                    continue  # "Socialstyrelsen har fått i uppdrag att ta fram riktlinjer": an assignment told
            has_subject = _WORD.search(before) is not None
            if has_subject and self.language == "vi" and _VI_SAME_TIME_LINK.fullmatch(before):
                # "Đồng thời, chủ trì, phối hợp với Sở Tài chính xây dựng ...": the link to the sentence before, then
                # the verb of its unit; no subject of its own
                has_subject = False
            if match.start() > 0 and text[match.start() - 1] in '"“':
                # '"Night shelters must be set up," he said': the quoted order has its own subject
                return _Cue("modal", start, unit.start + match.end(), subject=True)
            if self.language == "fr" and self.subject_focus and _FR_PRONOUN_CHARGED.match(self.prep.folded, unit.start):
                # "Il a été chargé de poursuivre ...": the minister who reported in the sentence before
                return _Cue("modal", start, unit.start + match.end(), subject=True, pronoun=True)
            if self.language == "fr" and _FR_TO_YOU.match(match.group()) and not cues.relative.search(before[-40:]):
                # "En cas d'alerte, vous activerez le centre ...": the letter's addressee, after an opening clause
                return _Cue("modal", start, unit.start + match.end(), subject=True)
            if cues.strong_modal.match(match.group()) or not has_subject:
                # "Il est convenu que chaque établissement ...": the clause names its own subject
                decided = self.language == "fr" and bool(_FR_DECIDED_THAT.match(match.group()))
                return _Cue("modal", start, unit.start + match.end(), subject=has_subject or decided)
            if (
                self.language == "sv"
                and _SV_FRONTED_CLAUSE.fullmatch(self.prep.folded, unit.start, start)
                and any(
                    m.dept is not None
                    and not m.affiliation
                    and m.start >= unit.start + match.end()
                    and _SV_ADVERBS_BETWEEN.fullmatch(self.prep.folded, unit.start + match.end(), m.start)
                    for m in mentions
                )
            ):
                # "Innan badsäsongen börjar ska miljöavdelningen ta prover ...": a clause put first, its subject
                # right after the verb (no unit named in the clause)
                return _Cue("modal", start, unit.start + match.end(), subject=True)
            # "The director of the Department of X shall ...": the head stands for the unit.
            subjects = [m for m in mentions if m.end <= start and (not m.affiliation or m.start - unit.start < 60)]
            if (
                subjects
                and cues.relative.search(self.view, max(unit.start, subjects[-1].start - 25), subjects[-1].start)
                # "On that basis, the district must ...", "In that case, X shall ...": "that" a demonstrative
                and not (
                    self.language == "en"
                    and _EN_THAT_OPENER.search(self.view, max(unit.start, subjects[-1].start - 25), subjects[-1].start)
                )
                # "RESOLVED FURTHER, that the Provincial Veterinarian shall ...", "It was decided that X shall ...":
                # the "that" of the decision's clause
                and not (
                    self.language == "en"
                    and (decided_that := _DECIDED_OPENER.match(self.prep.folded, unit.start)) is not None
                    and decided_that.end() <= subjects[-1].start
                )
            ):
                subjects = []  # "... auxquelles le ministère doit ...": a relative clause, no order
            if subjects:
                between = self.view[subjects[-1].end : start]
                if len(between) < 120 and not cues.relative.search(between):
                    return _Cue("modal", start, unit.start + match.end(), subject=True)
                if (self.language == "fr" and _FR_RELATIVE_ASIDE.fullmatch(between)) or (
                    self.language == "sv" and _SV_RELATIVE_ASIDE.fullmatch(between)
                ):
                    # "La Mairie, qui avait été chargée le 13 juin du curage des caniveaux, devra achever ...",
                    # "Gatukontoret, som tog över driften i fjol, ska ...": the unit's relative clause between commas,
                    # whatever its tense; the modal is the main clause's
                    return _Cue("modal", start, unit.start + match.end(), subject=True)
            if (
                self.language == "fr"
                and match.group() in ("devra", "devront")  # (not "devrait": a forecast)
                and _FR_WORKING_BODY_SUBJECT.fullmatch(before) is not None
            ):
                # "Une commission technique mixte, qui sera constituée à cet effet, devra remettre ses conclusions
                # ...": a body brought in for the work, in the future; an order with no unit to lead it
                return _Cue("modal", start, unit.start + match.end(), subject=True)
            generic = list(cues.generic_subject.finditer(before))
            if generic and generic[-1].group().endswith("omradena") and not self.holds_kind(generic[-1].group()[:-2]):
                generic = []  # "Bostadsområdena ska ha ...": places, not units of a kind the directory or text holds
            if generic and (
                not cues.relative.search(before[generic[-1].end() :])
                # "Investors whose disbursement rate is below 20% shall send ...": the relative clause has its
                # own verb, the modal is the main clause's
                or (self.language == "en" and _RESTRICTED_SUBJECT.fullmatch(before, generic[-1].end()))
            ):
                return _Cue("modal", start, unit.start + match.end(), subject=True)
            if self.language in ("en", "sv") and _YOU_SUBJECT.fullmatch(before) and self.writes_to_a_unit():
                # "To: All District Collectors ... You shall ensure ...", "Till: ... Ni ska ...": the addressee
                return _Cue("modal", start, unit.start + match.end(), subject=True)
        if self.language == "vi" and "chỉ đạo " in text:
            directed = _VI_SPEAKER_DIRECTS.search(text)
            at = unit.start + directed.end() if directed else -1
            if (
                directed is not None
                and not (cues.past_before_modal and cues.past_before_modal.search(text, 0, directed.start("verb")))
                and any(m.dept is not None and m.start == at for m in mentions)
                and not any(m.dept is not None and m.start < unit.start + directed.start("verb") for m in mentions)
            ):
                # "Đối với khu tái định cư X, Bí thư Tỉnh ủy chỉ đạo Sở Xây dựng phối hợp ...": the speaker directs
                # the unit named after the verb
                return _Cue("request", unit.start + directed.start("verb"), unit.start + directed.end("verb"))
        if self.language == "vi":
            # "Sở X tập trung rà soát ...", "Sở Y khẩn trương ...": a unit and a verb of action, the
            # way a conclusion notice assigns a task.
            # The subject may be a list ("Sở A, UBND huyện B phối hợp ...") or a group of units ("Các sở,
            # ngành, địa phương theo chức năng, nhiệm vụ được giao phối hợp thực hiện").
            first = self.starts_with_mention(unit, mentions) or self.head_as_subject(unit, mentions)
            subject_end = None
            unnamed = False
            periodic = None
            if first is not None:
                usable = [m for m in mentions if not m.affiliation]
                run = self._run(usable, usable.index(first)) if first in usable else [0]
                subject_end = usable[run[-1]].end if first in usable else first.end
            else:
                # "Định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 05/12), các sở, ngành ...": a period first
                periodic = _VI_PERIODIC_OPENER.match(self.view, unit.start)
                group = _VI_GROUP_SUBJECT.match(self.view, periodic.end() if periodic else unit.start)
                if group is None and _VI_HEADS_OF_GROUP.match(self.view, unit.start):
                    # "Giám đốc các sở, Thủ trưởng các ban, ngành nghiêm túc triển khai ...": the heads of groups
                    group = _VI_HEADS_OF_GROUPS_SUBJECT.match(self.view, unit.start)
                subject_end = group.end() if group else None
                # "Các cơ quan chuyên môn thuộc UBND huyện ...": the committee named is the group's, not the lead
                unnamed = bool(group) and " thuộc " in group.group()
                head = _VI_UNIT_HEAD.match(self.view, unit.start) if group is None and not periodic else None
                if head is not None and (unit.is_item or unit.boundary in ("item", "line", "para")):
                    # "Ban Quản lý Khu kinh tế Đông Nam đôn đốc ...", "Văn phòng UBND tỉnh theo dõi, đôn đốc ...":
                    # an item that opens on a unit the directory does not know, named by its kind, then a verb
                    window = self.view[head.end() : min(unit.end, head.end() + 70)]
                    verb_at = cues.imperative.search(window)
                    name = window[: verb_at.start()] if verb_at else ""
                    if (
                        verb_at
                        and len(name.split()) <= 8
                        and not _VI_NOT_A_NAME.search(name)
                        # "VĂN PHÒNG          Độc lập - Tự do - Hạnh phúc": a letterhead's two columns, no name
                        and "   " not in self.view[head.start() : head.end() + verb_at.start()]
                    ):
                        subject_end = head.end() + verb_at.start()
                        unnamed = True  # "Văn phòng Tỉnh ủy": "Tỉnh ủy" inside the name is not the lead
            if subject_end is not None:
                after = subject_end
                while after < unit.end and self.view[after] in " ,":
                    after += 1
                if self.view.startswith("(", after):
                    # "Công ty Y (chủ đầu tư hạ tầng khu công nghiệp) tập trung ...": the unit's role in brackets
                    aside = _BRACKETED_ASIDE.match(self.view, after, unit.end)
                    after = _skip_space(self.view, aside.end()) if aside else after
                verb = cues.imperative.match(self.view, after)
                linked = _VI_LINK_BEFORE_VERB.match(self.view, after, unit.end) if verb is None else None
                if linked is not None and cues.imperative.match(self.view, linked.end()):
                    # "Sở đồng thời rà soát ...", "Công an tỉnh cũng tăng cường ...": a task added, the verb after
                    after = linked.end()
                    verb = cues.imperative.match(self.view, after)
                along = _VI_ALONG_WITH.match(self.view, after, unit.end) if verb is None and first else None
                partner = next((m for m in mentions if m.start == along.end()), None) if along else None
                if partner is not None:
                    # "Phó Chủ tịch UBND xã trực tiếp cùng Công an xã vận động ...": the unit at its side, the verb
                    at = partner.end + 1 if self.view.startswith(" ", partner.end) else partner.end
                    verb = cues.imperative.match(self.view, at)
                    after = at if verb is not None else after
                adverbial = _VI_GROUNDS_BEFORE_VERB.match(self.view, after, unit.end) if verb is None else None
                if adverbial is not None:
                    # "Giám đốc Sở X căn cứ diễn biến của bão, chỉ đạo ...": the grounds, then the verb
                    verb = cues.imperative.match(self.view, adverbial.end())
                    after = adverbial.end() if verb is not None else after
                if verb is None and first is None:  # "theo chức năng, nhiệm vụ được giao" before the verb
                    window = self.view[after : min(unit.end, after + 60)]
                    found = cues.imperative.search(window)
                    if (
                        found
                        and not re.search(r"\b(?:đã|đang|vừa)\b", window[: found.start()])
                        # (not a word of a unit's name in the list the group's title heads: "Giám đốc các Sở: Tài
                        # chính, Xây dựng, Y tế", where "Xây dựng" names the department, no verb)
                        and not any(m.dept is not None and m.start <= after + found.start() < m.end for m in mentions)
                    ):
                        after, verb = after + found.start(), found
                # "Các cơ quan, đơn vị báo cáo kết quả về Công an tỉnh trước ngày ...": a report due is asked of
                # the group (a unit that "báo cáo" with no date tells what it reported)
                # ... or a period before the verb: "Các đảng ủy trực thuộc định kỳ 6 tháng báo cáo kết quả ..."
                # ... or a period before the group: "Định kỳ trước ngày 20 hằng tháng, các đơn vị báo cáo ..."
                # (not "Định kỳ hằng tháng, các sở, ngành đều báo cáo kết quả ...": all did report, told as done)
                due = first is None and (
                    (periodic and not _VI_ALL_DID.search(self.view, subject_end, after))
                    or _VI_REPORT_DUE.search(self.view, subject_end, unit.end)
                )
                if first is not None and not due and self.view.startswith("báo cáo", after):
                    # "Sở Tài chính báo cáo kết quả trước ngày 15/6/2026 ...": a named unit's report with the date
                    # it is due, asked (one with no date tells what it reported)
                    due = _VI_REPORT_DATED.search(self.view, after, unit.end) is not None
                reporting = _VI_REPORTING.match(self.view, after) and not due
                if verb is not None and not reporting and not self.vi_told(unit, after):
                    return _Cue("modal", subject_end, subject_end, subject=True, unnamed=unnamed)
        if self.language == "en":
            pronoun = _EN_PRONOUN_MUST.match(self.prep.folded, unit.start, unit.end)
            if pronoun and (
                self.lead_before
                or (
                    self.subject_focus
                    and pronoun.group("who") in ("it", "they")
                    # (not "The Department presented the new ledger. It will also support ...": "will also" a
                    # further task only after a task, else what the thing told of will do)
                    and pronoun.group("modal").split()[-1] not in ("also", "further", "additionally")
                )
            ):
                # "It also needs to advise the Provincial People's Committee on ...": the unit of the sentence before
                # ("He should also ensure ...": only after an order given to the officer, not after what one said)
                return _Cue("modal", pronoun.start("modal"), pronoun.end("modal"), subject=True, pronoun=True)
            first = self.starts_with_mention(unit, mentions)
            # (past the partners named after it: "The District Engineer in liaison with the DHO to inspect ...")
            # (past a list of units: "CAO and Human Resources to jointly bring back ...")
            after_first = self.past_partners(self.subject_end(first, mentions), mentions) if first else 0
            if first and _EN_SUBJECT_TO.match(self.prep.folded[after_first : after_first + 24]):
                return _Cue("modal", after_first, after_first, subject=True)
            telegraphic = _EN_TELEGRAPHIC_ORDER.match(self.prep.folded, unit.start, unit.end)
            if telegraphic is None and "|" in self.prep.folded[unit.start : unit.end]:
                # "7 - Siting Standards | Referred to the Planning Commission for ... | 3-0": in a summary table's
                # action cell, after the item's title
                cell = self.action_cell(unit)
                telegraphic = _EN_TELEGRAPHIC_ORDER.match(self.prep.folded, cell, unit.end) if cell else None
            if telegraphic and telegraphic.group("referred"):
                # "Referred to the Public Works Committee for review of ...": the body it goes to acts
                return _Cue("request", telegraphic.start("referred"), telegraphic.end())
            if telegraphic:  # "Staff directed to bring back ...", "Police Chief directed to report ..."
                return _Cue("modal", telegraphic.start("cue"), telegraphic.end(), subject=True)
            # (or "Staff to re-notice the hearing once ...": an action update's order to the staff at large)
            staff_will = _EN_STAFF_WILL_BRING.match(self.prep.folded, unit.start, unit.end) or _EN_STAFF_TO.match(
                self.prep.folded, unit.start, unit.end
            )
            if staff_will:  # "Staff will bring the ordinance back ...": the staff at large, no unit
                return _Cue("modal", staff_will.start("cue"), staff_will.end("cue"), subject=True, unnamed=True)
            # "The district police will help ...": a unit and "will" with a verb of action (not "will be",
            # "will continue": a state or an intention)
            end = self.subject_end(first, mentions) if first else 0
            if first and after_first > end and _EN_UNIT_WILL.match(self.prep.folded, after_first):
                # "X, in collaboration with the Y Company (YCO), will chlorinate ...": past its partners
                end = after_first
            if first and _EN_UNIT_WILL.match(self.prep.folded, end) and not self.is_narrative(unit, 40):
                return _Cue("modal", end, end, subject=True)
            # ("It was resolved that NYAWASCO repairs ...": the unit after the decision's opener)
            body = (
                _BODY_RESOLVED_THAT.match(self.prep.folded, unit.start, unit.end)
                if first is None or _DECIDED_OPENER.match(self.prep.folded, unit.start, unit.end)
                else None
            )
            acting = next((m for m in mentions if m.start >= body.end() and not m.affiliation), None) if body else None
            if (
                acting is not None
                and acting.start - body.end() <= 30
                and "," not in self.prep.folded[body.end() : acting.start - 2]
            ):
                # "The CEC resolved that the Chief Officer, Public Works undertakes a joint inspection ...": a
                # resolution that names the unit to act, its verb in the present
                end = self.past_partners(self.subject_end(acting, mentions), mentions)
                if _EN_PRESENT_VERB.match(self.prep.folded, end):
                    return _Cue("modal", end, end, subject=True)
            # "That the Health Department report back ...": a motion's mandative subjunctive (a bare verb
            # after its subject), as "That the Clerk BE DIRECTED to ..." is its passive
            motion = self.is_motion(unit)
            if first is None and motion and "|" in self.prep.work[unit.start : unit.start + 160]:
                # "CR12/2025 | Council, May 4, 2025 | That the Director of Health prepare ...": a log's row,
                # the motion's subject after its date and number cells
                row = _ROW_MOTION.match(self.prep.work, unit.start)
                first = next(
                    (
                        m
                        for m in mentions
                        if row
                        and not m.affiliation
                        and re.fullmatch(r"\s*(?:the\s+)?", self.prep.folded[row.end() : m.start])
                    ),
                    None,
                )
            elif first is None and motion and unit.start in self.row_actions:
                # "CD-2026-019 03-Mar-2026 That Harrowfield Transit provide ...": the same, its cells run together on
                # the row's first line
                that = _MOTION_THAT.match(self.prep.work, self.row_actions[unit.start])
                first = next(
                    (
                        m
                        for m in mentions
                        if that
                        and not m.affiliation
                        and re.fullmatch(r"\s*(?:the\s+)?", self.prep.folded[that.end() : m.start])
                    ),
                    None,
                )
            verb_at = first.end if first else 0
            helper = _EN_WITH_HELP.match(self.view, verb_at) if first and motion else None
            verb_at = helper.end() if helper else verb_at  # "that X, with assistance from Y, prepare ..."
            if (
                first
                and motion
                and (
                    cues.imperative.match(self.view, _skip_space(self.view, verb_at))
                    or _EN_BARE_VERB.match(self.view, _skip_space(self.view, verb_at))
                    # "RESOLVED:\nThat the Works Department inspects ... and submits ...": its verb in the present
                    # (not "That Cabinet endorses the response", "THAT Council NOTES ...": the body's own act)
                    or (
                        _EN_PRESENT_VERB.match(self.prep.folded, verb_at)
                        and not first.issuer
                        and not _EN_BODY_ACT_PRESENT.match(self.prep.folded, _skip_space(self.prep.folded, verb_at))
                    )
                )
            ):
                return _Cue("modal", first.end, first.end, subject=True)
            # "that staff apply ...", "that the Road and Bridge Department report back ...": a subject the
            # directory does not hold still takes the motion's bare verb
            unnamed = _EN_MOTION_SUBJECT.match(self.prep.work, unit.start) if motion and not first else None
            if unnamed is None and motion and not first and self.prep.folded.startswith("resolved ", unit.start):
                # "RESOLVED that officers undertake a public consultation on ...": the motion's "that" after its word
                resolved = _RESOLVED_THAT.match(self.prep.folded, unit.start)
                that = self.prep.folded.rfind("that", unit.start, resolved.end()) if resolved else -1
                unnamed = _EN_MOTION_SUBJECT.match(self.prep.work, that) if that >= 0 else None
            if unnamed is None and motion and not first and "|" in self.prep.work[unit.start : unit.start + 160]:
                # "2026-009 | Council Jan 27, 2026 | That staff prepare ...": a log's row, the motion after its cells
                row = _ROW_MOTION.match(self.prep.work, unit.start)
                if row is not None:
                    that = _skip_space(self.prep.work, self.prep.work.rfind("|", unit.start, row.end()) + 1)
                    unnamed = _EN_MOTION_SUBJECT.match(self.prep.work, that)
            if (
                unnamed
                and _EN_BARE_VERB.match(self.view, unnamed.end())
                and not _RECEIVED.search(self.prep.folded, unit.start, unit.end)
            ):
                return _Cue("modal", unnamed.end(), unnamed.end(), subject=True)
            # "THAT the correspondence be referred to the Culture Department for a response": the unit a
            # motion refers the matter to
            if motion:
                for mention in mentions:
                    if not mention.affiliation and _EN_REFERRED_TO.search(
                        self.prep.folded, max(unit.start, mention.start - 60), mention.start
                    ):
                        return _Cue("modal", mention.start, mention.end, subject=True)
                # "BE REFERRED back to Planning Department staff for further consultation": a unit the
                # directory does not hold answers it all the same
                referred = _EN_REFERRED_NAMED.search(self.prep.work, unit.start, unit.end)
                if referred:
                    return _Cue("modal", referred.start(1), referred.end(1), subject=True)
                # "Motion by X, second by Y, to refer the study back to staff to develop ...": staff, with the work
                # to do or a report to bring back
                staff = (
                    _EN_REFERRED_TO_STAFF.search(self.prep.folded, unit.start, unit.end)
                    if "refer" in (self.prep.folded[unit.start : unit.end])
                    else None
                )
                if staff:
                    return _Cue("modal", staff.start("who"), staff.end("who"), subject=True)
        if self.language == "en":
            # "The inspections will be carried out by the Provincial Inspectorate": a passive still to come
            # and its agent, who acts (told, if the words before "will" narrate)
            for mention in mentions:
                if mention.affiliation or mention.issuer or mention.start - unit.start > 200:
                    continue
                passive = _EN_PASSIVE_TO_COME_BY.search(
                    self.prep.folded, max(unit.start, mention.start - 100), mention.start
                )
                if passive and not self.is_narrative(unit, passive.start() - unit.start):
                    return _Cue("modal", mention.start, mention.end, subject=True)
        # "Medborgarförslaget remitteras till X för yttrande", "Le dossier est renvoyé au Département de X pour
        # avis", "The petition was referred to X for a report": the unit a matter is referred to answers it
        for mention in mentions:
            if mention.affiliation or mention.start - unit.start > 160:
                continue
            if _REFERRED_BEFORE.search(self.prep.folded, max(unit.start, mention.start - 40), mention.start) and (
                _REFERRED_FOR.match(self.prep.folded, mention.end)
            ):
                return _Cue("modal", mention.start, mention.end, subject=True)
        # "Ärendet återremitteras till regiondirektören med uppdrag att utreda ...", "The matter was referred
        # back to staff with direction to ...": a matter sent back for more work, with the work to do
        returned = _RETURNED_WITH_TASK.search(self.prep.folded, unit.start, min(unit.end, unit.start + 200))
        if returned and not self.is_narrative(unit, returned.start() - unit.start):
            return _Cue("modal", returned.start("who"), returned.end("who"), subject=True)
        if self.language == "fr" and "mission" in self.prep.folded[unit.start : unit.end]:
            mission = self.fr_joint_mission(unit, mentions)
            if mission is not None:
                return mission
        if self.language == "fr":
            # "Le ministère de l'Intérieur veillera ...", "Le ministère de la Santé, quant à lui, diffusera
            # ...": a unit and a verb in the future is how a communiqué tells what each must do
            first = self.starts_with_mention(unit, mentions)
            end = self.subject_end(first, mentions) if first else 0
            if first:
                # "Le ministre du Travail, Julien Carrère, réunira ...": past the holder named after the title
                holder = _FR_HOLDER_APPOSITION.match(self.prep.work, end)
                if holder is not None:
                    end = holder.end()
                elif (
                    "," in self.prep.work[first.start : end]
                    and self.prep.work.startswith(",", end)
                    # (not a relative clause or an aside after a name that holds a comma: "Le Ministre des
                    # Infrastructures, Travaux publics et Reconstruction, qui a reconnu les retards, déposera ...")
                    and not _FR_FUTURE.match(self.prep.folded, end)
                ):
                    end += 1  # the name read with the title: its closing comma
            future = _FR_FUTURE.match(self.prep.folded, end) if first else None
            if (
                future
                and not self.is_narrative(unit, 40)
                # "Le Premier ministre réunira à nouveau les ministres concernés à l'automne": the meeting
                # announced again, no task ("Le ministre réunira les partenaires sociaux sur ..." is one)
                and not (
                    future.group().endswith(("reunira", "reuniront"))
                    and _FR_AGAIN.match(self.prep.folded, future.end())
                )
            ):
                # "Les Comités populaires de Van Don et de Co To prépareront ...": past the list of units
                return _Cue("modal", end, end, subject=True)
            had_to = _FR_HAD_TO.match(self.prep.folded, end) if first else None
            if had_to is not None and _FR_DUE_NEXT.match(self.prep.folded, unit.end):
                # "La ministre de X a dû, elle, « revoir sa copie » sur le plan ... Le nouveau texte devra être
                # présenté avant le 1er juillet.": the obligation told in the past, its work due by a date in the
                # sentence after, still to be done
                return _Cue("modal", had_to.start("verb"), had_to.end("verb"), subject=True)
            # "QUE la trésorière dépose, à la séance du 13 avril, l'état ...", "QUE le directeur du Service
            # incendie procède ...": a municipal resolution's clause, a unit and its verb in the subjunctive
            # (not "QUE la greffière soit autorisée à signer": an authorisation, no task)
            resolved = _FR_RESOLUTION_CLAUSE.match(self.prep.work, unit.start) or _FR_RESOLVED_THAT.match(
                self.prep.folded, unit.start
            )
            subject = resolved and next((m for m in mentions if not m.affiliation), None)
            if subject and subject.start >= resolved.end() and self.gap_ok(resolved.end(), subject.start, limit=24):
                verb_at = self.subject_end(subject, mentions)
                # (past an aside: "QUE le Service X, en collaboration avec le Service Y, organise ...")
                aside = _FR_CLAUSE_ASIDE.match(self.prep.folded, verb_at, verb_at + 90)
                verb_at = _skip_space(self.prep.folded, aside.end() if aside else verb_at)
                if re.match(r"[a-z]{3,}\b", self.prep.folded[verb_at : verb_at + 30]) and not (
                    _FR_RESOLUTION_NO_TASK.match(self.prep.folded, verb_at)
                ):
                    return _Cue("modal", verb_at, verb_at, subject=True)
            unnamed = None if subject else _FR_RESOLUTION_UNNAMED.match(self.prep.work, unit.start, unit.end)
            if unnamed and not _FR_RESOLUTION_NO_TASK.match(self.prep.folded, unnamed.start("verb")):
                return _Cue("modal", unnamed.start("verb"), unnamed.start("verb"), subject=True)
            agent = self.fr_passive_agent(unit, mentions)
            if agent is not None and not self.is_narrative(unit, 40):
                return _Cue("modal", agent.start, agent.start, subject=True)
            # "Les administrations concernées transmettront ...", "Les maires recenseront ...": a group of
            # units and a verb in the future, no unit of the directory
            group = _FR_GROUP_SUBJECT.match(self.prep.folded, unit.start)
            if group is None and self.prep.folded.startswith(
                ("en ", "sous ", "avec "), _skip_space(self.view, unit.start)
            ):
                # "En lien avec la DDT, les maires recenseront ...": the partner named first, then the group
                partner = self.partner_opener(unit.start, unit.end)
                group = _FR_GROUP_SUBJECT.match(self.prep.folded, partner.end()) if partner else None
            if group and _FR_FUTURE.match(self.prep.folded, group.end()) and not self.is_narrative(unit, 40):
                return _Cue("modal", group.end(), group.end(), subject=True)
            # "Le SDIS vérifiera ...", "La gendarmerie et la police nationale renforceront ...", "La délégation
            # départementale de l'ARS s'assurera que ...": a service or force and the future, the way a circular
            # sets each one's part, whether the directory holds it or not
            service = _FR_SERVICE_SUBJECT.match(self.prep.work, unit.start)
            helping = None if service else _FR_HELP_OPENER.match(self.prep.work, unit.start, unit.end)
            if helping:  # "Pour vous y aider, la DGCL mettra à la disposition ...": the help given, then who gives it
                service = _FR_SERVICE_SUBJECT.match(self.prep.work, helping.end())
            if service and not self.is_narrative(unit, 40):
                # "La représentation régionale de l'Agence nationale de X et de l'Office Y procéderont": past the
                # units the service belongs to, however long their names
                inner = next((m for m in mentions if m.dept is not None and m.start >= service.end()), None)
                after = service.end()
                if inner is not None and _FR_OFFICE_OF.fullmatch(self.prep.folded, service.end(), inner.start):
                    after = self.subject_end(inner, mentions)
                future = self._fr_future_after(after, unit.end)
                if future is not None:
                    self.service_end = unit.end
                    return _Cue("modal", future, future, subject=True)
            # "- Le SDIS maintient les barrages flottants", "- Les services de la DDFiP étudient le report": a
            # record of decisions gives each service its part in the present, an item on a line of its own
            if (
                service
                and _FR_LIST_ITEM_START.search(self.prep.work, max(0, unit.start - 6), unit.start)
                and not self.is_narrative(unit, 40)
            ):
                present = self._fr_verb_after(service.end(), unit.end, _FR_PRESENT)
                if present is not None:
                    self.service_end = unit.end
                    return _Cue("modal", present, present, subject=True)
            # "2. Décisions ... La DDT prépare l'arrêté ...", "Compte tenu du risque, le SDIS maintient le dispositif
            # ...": under a heading of decisions, a unit of the directory as the subject and its verb in the present
            # is its part, as on a record's bullet (not "décide", "approuve": the decision itself)
            if first is not None and first.dept is not None and self.under_decisions(unit.start):
                present = self._fr_verb_after(end, unit.end, _FR_PRESENT)
                if (
                    present is not None
                    and not _FR_DECIDES.match(self.prep.folded, present)
                    and not self.is_narrative(unit, 40)
                ):
                    self.service_end = unit.end
                    return _Cue("modal", present, present, subject=True)
            # "Elle présentera ... le plan de riposte": a pronoun and the future, right after a sentence whose
            # subject was a unit (the minister who reported), or a service that was given its part ("Elle
            # assurera en outre ...")
            topic = _FR_TOPIC_OPENER.match(self.prep.folded, unit.start, unit.end)
            pronoun = _FR_PRONOUN_SUBJECT.match(self.prep.folded, topic.end() if topic else unit.start)
            after_service = self.service_end >= 0 and not self.prep.work[self.service_end : unit.start].strip(" .\n")
            # (or right after an order given to a unit, a task added to it: "La délégation de l'ARS me transmettra ...
            # Elle s'assurera également que ...", "En lien avec X, il organisera ..."; not "Il s'appuiera à cet effet
            # sur ...", the means of the same order)
            added = (
                self.lead_before
                and pronoun is not None
                and (topic is not None or _FR_ADDED.search(self.prep.folded, pronoun.end(), pronoun.end() + 40))
            )
            if (
                pronoun
                and (self.subject_focus or after_service or added)
                and (
                    (
                        _FR_FUTURE.match(self.prep.folded, pronoun.end())
                        and not _FR_NOT_A_TASK.match(self.prep.folded, pronoun.end())
                    )
                    # "Il devra en présenter le bilan ...": the same minister, an obligation to act
                    or _FR_PRONOUN_MUST.match(self.prep.folded, pronoun.end())
                )
            ):
                return _Cue(
                    "modal", pronoun.end(), pronoun.end(), subject=True, pronoun=self.subject_focus or bool(added)
                )
            # "La Direction X mettra à jour le guide ... Une circulaire sera adressée aux maires d'ici au 30 juin.": a
            # written act still to be sent to others, its sender unsaid, right after an order given to a unit: that
            # unit sends it
            sent = _FR_ACT_TO_BE_SENT.match(self.prep.folded, unit.start, unit.end) if self.lead_before else None
            if sent is not None:
                return _Cue("modal", sent.start("verb"), sent.end("verb"), subject=True, pronoun=True)
        if self.language == "sv":
            # "att finansdepartementet, tillsammans med byggdepartementet, bereder ...": a decision's clause,
            # a unit and a verb in the present
            for mention in mentions[:2]:
                if mention.start - unit.start > 60:
                    break
                before = self.view[unit.start : mention.start]
                if _SV_DECIDED_THAT.search(before) and _SV_PRESENT_AFTER.match(self.view, mention.end):
                    return _Cue("modal", mention.end, mention.end, subject=True)
            # "Vidare ska finansdepartementet senast ... lämna": the subject after the verb (an adverb first)
            inverted = _SV_INVERTED.match(self.view, unit.start)
            subject = inverted and next(
                (m for m in mentions if m.start == _skip_space(self.view, inverted.end())), None
            )
            if subject:
                return _Cue("modal", inverted.start(1), subject.end, subject=True)
            # "Utredningstiden förlängs. Uppdraget ska i stället redovisas senast ...": the inquiry's new time, given
            # to the inquiry (a directive of its own, see ``shape``)
            instead = _SV_REPORTED_INSTEAD.match(self.view, unit.start, unit.end) if "stallet" in text else None
            if instead is not None:
                return _Cue("modal", instead.start("modal"), instead.end("modal"), subject=True)
            # "Kontrollen genomförs av hälsodepartementet": a present passive and its agent
            for mention in mentions:
                if mention.affiliation or mention.start - unit.start > 100:
                    continue
                if (
                    _SV_PRESENT_PASSIVE_BY.search(self.view, max(unit.start, mention.start - 30), mention.start)
                    and not self.is_narrative(unit, mention.start - unit.start)
                    # "Trafikfrågor hanteras av samhällsbyggnadsnämnden": matters of a kind, a standing remit
                    and not _SV_KIND_OF_MATTER.match(self.view, unit.start, mention.start)
                ):
                    return _Cue("modal", mention.start, mention.end, subject=True)
        return None

    def fr_joint_mission(self, unit: Unit, mentions: list[Mention]) -> _Cue | None:
        """ "Une mission conjointe de l'IGEDD et de l'IGA sera lancée sur ...": the bodies that make up a mission
        still to come, named before its verb; the cue runs over their names (the first leads, see ``roles``)."""
        folded = self.prep.folded
        for opening in _FR_JOINT_MISSION.finditer(folded, unit.start, unit.end):
            named = [m for m in mentions if m.dept is not None and m.start >= opening.end()]
            if not named or not self.gap_ok(opening.end(), named[0].start, limit=8):
                continue
            run = [named[0]]
            for mention in named[1:]:
                gap = folded[run[-1].end : mention.start]
                if mention.start - run[-1].end > 24 or not _FR_MISSION_JOINT.fullmatch(gap):
                    break
                run.append(mention)
            if _FR_MISSION_LAUNCHED.match(folded, run[-1].end) and not self.is_narrative(unit, 40):
                return _Cue("modal", run[0].start, run[-1].end, subject=True)
        return None

    def is_recital(self, unit: Unit, cue: _Cue | None = None) -> bool:
        """A resolution's recital: "ATTENDU QUE ...;", "CONSIDÉRANT les requêtes ...;" (its grounds, no task; not
        "Considérant l'urgence, le SDIS renforcera ...", "CONSIDÉRANT l'état de la chaussée, la Direction X devra
        ...": grounds before an order, a unit its subject after the comma, that closes its sentence)."""
        if self.prep.work[unit.start : unit.start + 1] not in "ACVacv":
            return False
        recital = _FR_RECITAL.match(self.prep.work, unit.start, unit.end)
        if recital is None or (recital.group("caps") is None and unit.closer != "semicolon"):
            return False
        if cue is None or not cue.subject or unit.closer == "semicolon":
            return True
        comma = self.prep.folded.rfind(",", recital.end(), cue.start)
        return comma < 0 or not any(
            mention.dept is not None
            and comma < mention.start < cue.start
            and self.prep.folded[comma + 1 : mention.start].strip() in ("", "le", "la", "les", "l'")
            for mention in self.mentions_in(comma, cue.start)
        )

    def under_decisions(self, position: int) -> bool:
        """Whether ``position`` lies in a section whose heading (the last line alone before it) is one of
        decisions: "2. Décisions", "Mesures arrêtées" (the headings are read once per text)."""
        if self._headings is None:
            folded = self.prep.folded
            lines = [0, *(blank.end() for blank in _BLANK_LINES.finditer(folded))]
            self._headings = [
                (hit.start("title"), bool(_DECISIONS_TITLE.match(hit.group("title"))))
                for hit in (_HEADING_LINE.match(folded, line) for line in lines)
                if hit is not None
            ]
        k = bisect_left(self._headings, (position, False)) - 1
        return k >= 0 and self._headings[k][1]

    def _fr_verb_after(self, start: int, end: int, verb_form: re.Pattern) -> int | None:
        """Where a verb of the given form stands within a few words after a subject (" de la DDFiP étudient")."""
        position = start
        for _ in range(6):
            if position >= end:
                return None
            found = verb_form.match(self.prep.folded, position)
            if found:
                verb = found.end() - len(re.search(r"[a-z]+$", found.group()).group())
                if _FR_NOT_A_TASK.match(self.prep.folded, verb) or _FR_QUANTITY_CHANGES.match(self.prep.folded, verb):
                    return None
                if self.prep.work[verb].islower():
                    return verb
            here = _WORD.search(self.prep.folded, position, end)
            if (
                here is not None
                and self.prep.work[here.start()].islower()
                and not _FR_NAME_PARTICLE.fullmatch(here.group())
            ):
                return None  # "Le SDIS constate une baisse": the first lower-case word is no verb of action
            word = _WORD.search(self.prep.folded, position + 1, end)
            if word is None or re.search(r"[.;:,]", self.prep.folded[position : word.start()]):
                return None
            position = word.end()
        return None

    def _fr_future_after(self, start: int, end: int) -> int | None:
        """Where a verb in the future stands within a few words after a subject ("... de l'ARS s'assurera")."""
        position = start
        for _ in range(10):
            if position >= end or _FR_SAYS_THAT.match(self.prep.folded, position):
                return None  # "Le DGA souligne que l'ergonomie conditionnera ...": the future of what is said
            future = _FR_FUTURE.match(self.prep.folded, position)
            if future:
                verb = future.end() - len(re.search(r"[a-z]+$", future.group()).group())
                if _FR_NOT_A_TASK.match(self.prep.folded, verb) or _FR_QUANTITY_CHANGES.match(self.prep.folded, verb):
                    return None  # "La police pourra ...", "Le PIB progressera de 4 %": no task
                if self.prep.work[verb].islower():
                    return verb
            word = _WORD.search(self.prep.folded, position + 1, end)
            if word is None or re.search(r"[.;:,]", self.prep.folded[position : word.start()]):
                return None
            position = word.end()
        return None

    def resolution_title_before_body(self, unit: Unit) -> bool:
        """A resolution's number and title, its body after it: "RESOLUTION NO. 2026-041 - A Resolution Directing the
        City Health Office to ...", then "WHEREAS ...", "be it RESOLVED ...": the body's clause is the order (a
        title alone, with no body below, is left to stand for it)."""
        folded = self.prep.folded
        if not _EN_RESOLUTION_TITLE.match(folded, unit.start, unit.end):
            return False
        below = folded[unit.end : unit.end + 1200]
        following = _EN_RESOLUTION_NUMBER.search(below, 1)
        body = _EN_RESOLUTION_BODY.search(below, 0, following.start() if following else len(below))
        return body is not None

    def is_formula(self, unit: Unit) -> bool:
        """A closing formula that gives no task ("Yêu cầu các cơ quan, đơn vị triển khai thực hiện nghiêm
        túc", "All agencies are requested to strictly implement this notice", "... sont chargés, chacun en
        ce qui le concerne, de l'exécution de la présente décision"): nothing but its stock words."""
        execution = _EXECUTION_CLAUSE.search(self.prep.folded, unit.start, unit.end)
        if execution and not _REPORT_BACK_ADDED.search(self.prep.folded, execution.end(), unit.end):
            # (not "... est chargé du suivi de l'exécution de la présente circulaire et m'en rendra compte le 24
            # novembre": a report the clause adds, a task)
            return True
        if _IN_FORCE_CLAUSE.match(self.prep.folded, unit.start, unit.end):
            return True  # "Chỉ thị này có hiệu lực kể từ ngày ký", "This Decision takes effect ...": no order
        if self.language == "en" and _EN_COVERING_OR_CLOSING.fullmatch(self.prep.folded, unit.start, unit.end):
            # "The undersigned is directed to forward herewith the minutes of ... for information and necessary
            # action", "The meeting ended with a vote of thanks to the Chair": the letter's or the meeting's own act
            return True
        if (
            self.language == "fr"
            and _FR_VOTE_RESULT.match(self.prep.folded, unit.start, unit.end)
            and len(_WORD.findall(self.prep.folded, unit.start, unit.end)) <= 20
        ):
            return True  # "Adopté par 23 voix pour et 2 abstentions.": a deliberation's vote
        if self.language == "vi" and _VI_NOTIFIED_FORMULA.fullmatch(self.prep.folded, unit.start, unit.end):
            return True  # "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./"
        if self.language == "vi" and _VI_DIFFICULTIES_FORMULA.fullmatch(self.prep.folded, unit.start, unit.end):
            return True  # "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị phản ánh về Sở ..."
        if self.language == "vi" and _VI_IMPLEMENT_THIS_FORMULA.fullmatch(self.prep.folded, unit.start, unit.end):
            return True  # "Yêu cầu Giám đốc các sở, ..., các chủ rừng nghiêm túc thực hiện Chỉ thị này./."
        if (
            self.language == "vi"
            and self.prep.folded[unit.start : unit.end].rstrip(" ./").endswith(" nay")
            and _VI_EXECUTE_THIS_FORMULA.fullmatch(self.prep.folded, unit.start, unit.end)
        ):
            return True  # "Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./."
        if (
            self.language == "vi"
            and self.prep.folded[unit.start : unit.end]
            .rstrip(" ./")
            .endswith(("thuc hien", "trien khai", "hieu qua", "nghiem tuc"))
            and _VI_CARRY_OUT_CLOSING.fullmatch(self.prep.folded, unit.start, unit.end)
        ):
            return True  # "Sở Y tế đề nghị Thủ trưởng các đơn vị khẩn trương, nghiêm túc triển khai thực hiện./."
        if (
            self.language == "vi"
            and self.prep.folded.startswith("tren day la ", unit.start)
            and _VI_HERE_IS_FORMULA.fullmatch(self.prep.folded, unit.start, unit.end)
        ):
            return True  # "Trên đây là Kế hoạch ..., đề nghị các cơ quan, đơn vị nghiêm túc thực hiện."
        if (
            self.language == "vi"
            and (no := self.prep.folded.find(" khong ", unit.start, unit.end)) >= 0
            and _VI_LET_NOT_HAPPEN.fullmatch(self.prep.folded, unit.start, unit.end)
            and not any(m.dept is not None for m in self.mentions_in(no, unit.end))
        ):
            return True  # "Chủ tịch UBND tỉnh yêu cầu không để chậm trễ thêm./.": a warning, no one asked
        formula = _FORMULA.get(self.language)
        if formula is None:
            return False
        view = self.prep.lower if self.language == "vi" else self.prep.folded
        # Nothing but stock words, at most 30 of them: the words read one at a time, up to the first that is no stock
        # word or the 31st (most units stop at their first word; the answer is that of all the words found at once)
        count = 0
        for word in _WORD.finditer(view, unit.start, unit.end):
            count += 1
            if count > 30 or word.group() not in formula:
                return False
        return count > 0

    def _meeting_month(self, opener: re.Match) -> bool:
        """Whether a month opener ("In October,", "In October 2026,") names the meeting's own month: what the
        meeting asked, no order of before."""
        if self.meeting is None:
            return False
        words = opener.group().replace(",", " ").split()
        month = next((MONTHS[w] for w in words if w in MONTHS), None)
        year = next((int(w) for w in words if w.isdigit() and len(w) == 4), None)
        return month == self.meeting.month and (year is None or year == self.meeting.year)

    def _month_before_meeting(self, opener: re.Match) -> bool:
        """Whether a month opener with its year ("In October 2025 Council directed ...") names a month before the
        meeting's (any, where the meeting's date is not known)."""
        if self.meeting is None:
            return True
        words = opener.group().split()
        month = next((MONTHS[w] for w in words if w in MONTHS), None)
        year = next((int(w) for w in words if w.isdigit() and len(w) == 4), None)
        return month is not None and year is not None and (year, month) < (self.meeting.year, self.meeting.month)

    def _month_not_meetings(self, opener: re.Match) -> bool:
        """Whether a month opener names a month other than the meeting's (any, where the meeting's date is not
        known)."""
        month = next((MONTHS[w] for w in opener.group().replace(",", " ").split() if w in MONTHS), None)
        return self.meeting is None or month is None or month != self.meeting.month

    def _year_before_meeting(self, year: int) -> bool:
        """A year before the meeting's (any year, where the meeting's date is not known)."""
        return self.meeting is None or year < self.meeting.year

    def told_before(self, text: str, position: int) -> bool:
        """A past time ("last year", "earlier", "tidigare", "trước đó") just before the cue, a sentence opening on
        one, or an English order recalled as still not done after it ("..., but this has not yet been done")."""
        past = self.cues.past_time
        if past is None:
            return False
        if self.language == "en" and position > 80:
            # "Earlier, at the meeting on January 20, the Committee assigned X to ... and requested Y to ...": the
            # sentence opens on the past time, all it tells was done then
            opener = past.match(text)
            if opener is not None and _EN_TIME_COMMA.match(text, opener.end()):
                return True
        if (
            self.language == "en"
            and (opener := _EN_MONTH_OPENER.match(text)) is not None
            and _EN_TOLD_ORDER.search(text, opener.end(), position + 40) is not None
            and not self._meeting_month(opener)
        ):
            return True  # "In October, staff was asked to identify projects ...": the month it was asked in, told
        if (
            self.language in ("en", "fr")
            and (opener := _PAST_YEAR_OPENER.match(text)) is not None
            and self._year_before_meeting(int(opener.group("year")))
            and (_EN_TOLD_ORDER if self.language == "en" else _FR_TOLD_PASSIVE).search(
                text, opener.end(), position + 40
            )
            is not None
        ):
            # "In 2024, staff was asked to ...", "En 2024, la DDT a été chargée de recenser ...": a year before the
            # meeting's, then an order in the past passive: an assignment told, no order of this meeting
            return True
        if (
            self.language == "en"
            and (told := _EN_TOLD_ORDER.search(text, max(0, position - 16), position + 30)) is not None
            and (
                past.match(text, _skip_space(text, told.end())) is not None
                # "The Project Director was asked in the last meeting to release ...": the earlier meeting it was
                # asked at
                or (
                    (at := _EN_AT_THE.match(text, _skip_space(text, told.end()))) is not None
                    and past.match(text, at.end()) is not None
                )
            )
        ):
            return True  # "The Revenue Department had been asked last June to map ...": the time right after the order
        if (
            self.language == "en"
            and told is not None
            and _EN_MONTH_OF_YEAR.match(text, _skip_space(text, told.end())) is not None
        ):
            return True  # "The Ministry was assigned in December 2025 to review ...": the month it was given in, told
        if self.language == "en" and "but " in text and _EN_NOT_DONE_YET.search(text, position) is not None:
            return True  # "... was assigned to balance the capital, but this has not yet been done": recalled
        if self.language == "en" and _EN_HAD_BEEN.search(text, max(0, position - 24), position) is not None:
            # "At the August meeting the Department had been assigned to ensure ...", "said the compound had been
            # assigned a community health nurse": the past perfect tells what was asked or given before
            return True
        if (
            self.language == "vi"
            and " đã " in text[:position]
            and (opener := _VI_PAST_YEAR_OPENER.match(text)) is not None
            and self._year_before_meeting(int(opener.group("year")))
            and (tense := text.rfind(" đã ", opener.end() - 1, position)) >= 0
            and _VI_TOLD_CHAIN.fullmatch(text, tense + 1, position) is not None
        ):
            # "Năm 2025, UBND tỉnh đã nhiều lần họp, giao các sở ...": a year before, the tense, told (the verb of the
            # order one of the past verbs of the same subject, not "Năm 2025, tỉnh đã đạt 95% kế hoạch, vì vậy giao
            # ...", "..., Chủ tịch UBND tỉnh yêu cầu ...": what this meeting asks after what was done)
            return True
        if (
            self.language == "vi"
            and " số " in text[max(0, position - 120) : position]
            and _VI_DOCUMENT_GAVE.search(text, max(0, position - 160), position) is not None
        ):
            return True  # "UBND tỉnh đã có Quyết định số 12/QĐ-UBND ngày ... giao Ban X làm chủ đầu tư": the document's
        return past.search(text, max(0, position - 80), position) is not None

    def is_narrative(self, unit: Unit, span: int = 80) -> bool:
        if self.language == "vi" and _VI_IMPLEMENTING.match(self.view, unit.start):
            span = unit.end - unit.start  # the told act comes after the document's long name
        elif self.language == "vi" and (turn := _VI_TURN_AT_OCCASION.match(self.view, unit.start)) is not None:
            span = turn.end() - unit.start + 100  # the told act comes after the speaker's name and title
        if self.language == "en" and self.prep.folded.startswith(_EN_IMPLEMENTING_WORDS, unit.start):
            # "Implementing Plan No. 28/KH-UBND dated ... of the Provincial People's Committee, the agriculture
            # sector has closed ...": the document's long name, then the told act
            opener = _EN_IMPLEMENTING.match(self.prep.folded, unit.start, unit.end)
            if opener is not None:
                span = opener.end() - unit.start + 80
        begin = unit.start
        if self.language == "en" and self.prep.folded.startswith(_EN_TOPIC_WORDS, _skip_space(self.prep.folded, begin)):
            # "Regarding the measles cases reported from the north, the Ministry of X will ...": the matter's own
            # words tell nothing; the unit after the comma and what it is to do are read
            topic = _EN_TOPIC_OPENER.match(self.prep.folded, unit.start, unit.end)
            if topic is not None and any(
                m.dept is not None and m.start <= topic.end() + 4 for m in self.mentions_in(topic.end(), unit.end)
            ):
                begin = topic.end()
        if self.language == "vi" and " đã " in self.view[unit.start : unit.start + 90]:
            # "Đối với các trường hợp đã được vận động nhưng không chấp hành, huyện phối hợp ...": the tense tells the
            # cases the sentence is about, not what was done; the clause after the matter tells
            matter = self.matter_opener(unit)
            begin = matter.end() if matter is not None else begin
            if matter is not None and _VI_PAST_PERIOD_START.match(self.view, begin):
                return True  # "Đối với các hộ đã nhận tiền, thời gian qua huyện ... được 35 hộ": the time just past
            if matter is None and _CONDITION_VI.match(self.view, unit.start):
                # "Trường hợp hộ dân đã được vận động, thuyết phục nhưng không chấp hành, các địa phương tổ chức ...":
                # the same in a condition, the clause after it from its subject on
                begin = self.vi_condition_subject(unit) or begin
        head = self.narration_view[begin : min(unit.end, begin + span)]
        return bool(self.cues.narration.search(head))

    def vi_condition_subject(self, unit: Unit) -> int:
        """Where the subject after a Vietnamese opening condition starts (0 for none within its first 200
        characters): after the comma a unit or a group of units ("các địa phương") follows."""
        view, limit = self.view, min(unit.end, unit.start + 200)
        comma = view.find(", ", unit.start, limit)
        while comma >= 0:
            after = comma + 2
            if self.cues.generic_subject.match(view, after) or any(
                m.start == after and m.dept is not None for m in self.mentions_in(after, min(unit.end, after + 120))
            ):
                return after
            comma = view.find(", ", after, limit)
        return 0

    def vi_passive_subject(self, unit: Unit, given: int) -> bool:
        """Whether the units before "được giao" at ``given`` are the sentence's subject: they open it, after an item's
        mark or an opener and its comma ("Bên cạnh đó, Sở X được giao ..."), not inside a noun phrase ("Các nhiệm vụ
        Sở X được giao ...", "Khối lượng Sở X được giao ...") nor after the earlier act that gave the task ("Theo
        Quyết định số 21/QĐ-UBND ..., Sở X được giao ...": told)."""
        named = [m for m in self.mentions_in(unit.start, given) if m.dept is not None]
        if not named:
            return False
        before = self.view[unit.start : named[0].start]
        return _VI_PASSIVE_SUBJECT_BEFORE.fullmatch(before) is not None

    def vi_told(self, unit: Unit, verb: int) -> bool:
        """Whether a Vietnamese sentence whose verb of action is at ``verb`` tells what was done: a tense or a
        word of narration before the verb ("Sở Y tế đã rà soát ..."), or in the words after it, save a tense that
        only qualifies the object ("rà soát toàn bộ giấy phép khai thác đã cấp": the licences issued)."""
        end = min(unit.end, unit.start + 80)
        for told in self.cues.narration.finditer(self.narration_view, unit.start, end):
            if told.start() < verb or not _VI_PARTICIPLE_TENSE.match(told.group()):
                return True
            if _VI_CLAUSE_BEFORE_TENSE.search(self.narration_view, max(unit.start, told.start() - 6), told.start()):
                return True  # "kiểm tra 50 cơ sở, đã xử phạt 12 cơ sở": a clause of its own, told
        return False

    def head_of_same_unit(self, unit: Unit, lead: DepartmentRef) -> bool:
        """Whether ``unit`` opens on the head of ``lead`` named by its kind alone, a verb after it: "Chủ tịch UBND
        huyện trực tiếp chỉ đạo ..." after an order to "UBND huyện X", "Giám đốc Sở chịu trách nhiệm ..." after one to
        "Sở Y tế"."""
        head = _VI_HEAD_OF_KIND.match(self.view, unit.start, unit.end)
        if head is None or not self.prep.work[head.end() : head.end() + 1].islower():
            return False  # "Chủ tịch UBND huyện Đông Khê ...": a unit named in full, its own lead
        kind = fold_loose(head.group("kind")).lower()
        kinds = (kind, "uy ban nhan dan" + kind[4:]) if kind.startswith("ubnd") else (kind,)
        return any(fold_loose(name).lower().startswith(kinds) for name in (lead.name, *lead.aliases))

    def is_imperative(self, unit: Unit) -> bool:
        return self.imperative_verb(unit) is not None

    def en_state_told(self, unit: Unit) -> bool:
        """Whether an English unit tells a state in the present, no order ("The river is flowing 1.2 m below the danger
        mark.", "148 complaints are pending", "Site clearance ... remains slow"), read to its sentence's end (its clause
        after a semicolon in view: "...; it be submitted by 30.09.2026")."""
        return (
            self.language == "en"
            and _EN_STATE_TOLD.match(self.prep.folded, unit.start, self.sentence_end(unit)) is not None
            and not self.is_imperative(unit)
        )

    def present_task(self, at: int, end: int, bare: bool = False) -> bool:
        """Whether the verb at ``at`` (after a unit) gives a task in the present, as a translated notice words the
        source's bare verb: "guides", "coordinates with", "strictly implements" (``bare``: a plural's bare verb after
        an adverb, "strictly implement")."""
        match = (_EN_BARE_TASK if bare else _EN_PRESENT_TASK).match(self.view, at, end)
        if match is None:
            return False
        verb = match.group("verb")
        stems = (verb,) if bare else (verb, verb[:-1]) if verb.endswith("e") else (verb,)
        return any(len(stem) >= 3 and self.cues.imperative.fullmatch(stem) is not None for stem in stems)

    def vi_order_told(self, unit: Unit) -> bool:
        """Whether a Vietnamese sentence tells rather than orders: one that opens on its verb is told only by a tense
        or a word of narration that is no participle of its object (``vi_told``: "Đồng thời chỉ đạo nhà thầu thi công
        trên phần mặt bằng đã được bàn giao" is an order); another by any (``is_narrative``)."""
        verb = self.imperative_verb(unit)
        return self.vi_told(unit, verb) if verb is not None else self.is_narrative(unit)

    def vi_conditional_order(self, unit: Unit) -> bool:
        """ "Các địa phương đã nộp nhưng còn thiếu thì bổ sung ...", "Hộ nào chưa kê khai thì kê khai lại ...":
        those the condition picks out (its "đã" tells what they did), then "thì" and the order's bare verb."""
        if self.language != "vi" or " thì " not in self.view[unit.start : unit.end]:
            return False
        then = _VI_THEN_ORDER.match(self.view, unit.start, unit.end)
        return then is not None and self.cues.imperative.match(self.view, then.end()) is not None

    def imperative_verb(self, unit: Unit) -> int | None:
        """Where the verb of an order that opens ``unit`` starts (past its openers), or None."""
        # An order has an object: "Report Number", "Plan" alone are headings or table cells.
        start = unit.start
        if self.language == "vi":
            linked = _VI_LINKED_OPENER.match(self.view, start, unit.end)
            start = linked.end() if linked else start  # "Cùng với đó, tập trung ...": the order before goes on
            timed = _VI_TIME_LIMIT_OPENER.match(self.view, start, unit.end)
            start = timed.end() if timed else start  # "Trong vòng 10 ngày ..., tham mưu ...": dated, no subject
            partner = self.partner_opener(start, unit.end)
            start = partner.end() if partner else start  # "Cùng với Sở Y tế, rà soát ...": a helper first
            if start == unit.start and (
                "cơ sở " in self.view[start : start + 12] or "căn cứ " in self.view[start : start + 8]
            ):
                # "Trên cơ sở kế hoạch do các huyện gửi, tổng hợp ...": the grounds first, then the verb
                grounds = _VI_GROUNDS_BEFORE_VERB.match(self.view, start, unit.end)
                start = grounds.end() if grounds else start
            if start == unit.start and self.view.startswith("thực hiện ", start):
                # "Thực hiện chỉ đạo của UBND tỉnh tại Công văn số ..., Sở X đã ...": the act carried out, then the
                # subject ("Thực hiện Kế hoạch số 12/KH-UBND, rà soát ...": then the verb)
                act = _VI_ACT_CARRIED_OUT.match(self.view, start, unit.end)
                start = act.end() if act else start
        verb = self.cues.imperative.match(self.view, start)
        if not verb:
            return None
        if self.language == "vi" and start == unit.start and _VI_TURN_ON_MATTER.match(self.view, start, unit.end):
            return None  # "Đánh giá về kết quả này, ông X ... cho rằng ...": the speaker's turn, told
        if self.language == "en" and masthead_line(self.prep.work, start, unit.end):
            return None  # "Report to Committee of the Whole": a report's title line, its addressee, no order
        if self.language == "en" and verb.group().endswith("ing") and _EN_PARTICIPLE_OPENER.match(self.view, start):
            return None  # "Reviewing the revenue cases, the Chief Minister expressed ...": an opener, then the subject
        if (
            self.language == "en"
            and _EN_NOUN_SUBJECT_AFTER.match(self.view, verb.end())
            and not _EN_CLAUSE_VERB.fullmatch(verb.group().strip())
        ):
            return None  # "Work sessions are informational ...": a noun before the subject's own verb
        return start if len(_WORD.findall(self.view, start, min(unit.end, start + 60))) >= 3 else None

    def is_declarative(self, unit: Unit, mentions: list[Mention]) -> bool:
        """Does the unit start like a statement (a subject) rather than an imperative?"""
        first = self.first_word(unit)
        if not first:
            return True
        if first == "điều" and _VI_ARTICLE_NUMBER_ONLY.fullmatch(self.view, unit.start, unit.end):
            return True  # "Điều 3" on its line, its text ("Quyết định này có hiệu lực ...") after it: a heading
        if self.language == "en" and self.prep.work[unit.start] in '"“':
            return True  # '"Lakhs of people suffer ... This cannot go on," he remarked': a remark quoted, no order
        if self.language == "fr":
            if self.prep.work[unit.start] in '«"“':
                return True  # "« Je ne veux plus de circulaires », aurait lancé la ministre": a remark quoted
            opener = _OPENER.match(self.prep.folded, unit.start, unit.end)
            if opener is not None:
                # "Désormais, tout projet de loi devra ...": the subject after the adverb and its comma
                after = _WORD.search(self.view, opener.end(), unit.end)
                first = after.group() if after else first
        if self.is_imperative(unit):
            return False
        if first in self.cues.subject_starters or self.starts_with_mention(unit, mentions):
            return True
        if self.language == "vi" and _VI_FORECAST.match(self.prep.folded, unit.start, unit.end):
            return True  # "Dự báo thời gian tới số ca mắc tiếp tục tăng ...": a forecast, a statement
        if (
            self.language == "vi"
            and first in ("có", "nguyên")
            and _VI_COUNT_OR_CAUSE.match(self.prep.folded, unit.start)
        ):
            return True  # "Có 19 chủ đầu tư giải ngân dưới 30%", "Nguyên nhân chủ yếu là ...": a count, a cause
        letters = list(_WORD.finditer(self.prep.work, unit.start, min(unit.end, unit.start + 60)))[:2]
        if len(letters) == 2 and all(w.group()[0].isupper() for w in letters):
            return True  # a name: "Quang Ninh ...", "Nguyen Van Duc ..."
        if self.language == "sv" and len(first) > 4 and first.endswith(("en", "et", "na")):
            return True  # a definite noun
        if self.language == "sv" and _SV_NOUN_PRESENT_PASSIVE.match(self.prep.folded, unit.start, unit.end):
            return True  # "Planavgift tas ut enligt taxan", "Avgift debiteras ...": how a matter is handled
        if self.language == "sv" and _SV_KIND_OF_MATTER.match(self.prep.folded, unit.start, unit.end):
            return True  # "Parkeringsfrågor hanteras av gatukontoret": who handles matters of a kind, a remit
        if self.cues.infinitive is not None and not self.cues.infinitive.match(self.view, unit.start):
            return self.is_narrative(unit)
        return False

    # -- roles -----------------------------------------------------------------------------
    def roles(
        self, unit: Unit, mentions: list[Mention], cue: _Cue | None, inherited: DepartmentRef | None
    ) -> tuple[DepartmentRef | None, list[DepartmentRef]]:
        usable = [m for m in mentions if not m.issuer]
        folded = self.prep.folded
        if self.language == "fr" and (
            "selon" in folded[unit.start : unit.end] or "apres" in folded[unit.start : unit.end]
        ):
            # "Selon Bercy, la DGE est chargée de ...", "d'après le ministère": the source that tells the order, no
            # lead nor partner
            usable = [m for m in usable if not _FR_SOURCE_BEFORE.search(folded, max(unit.start, m.start - 30), m.start)]
        if "(" in folded[unit.start : unit.end]:
            usable = self._outside_asides(usable, unit.end)
        starts = [m.start for m in usable]
        coordinated: set[int] = set()
        # "Cùng với Sở Tư pháp, Sở Y tế tổ chức ...": the partners end at the opener's comma, the subject follows
        partner = self.partner_opener(unit.start, unit.end)
        for match in COORDINATION.finditer(folded, unit.start, unit.end):
            if partner is not None and match.start() < partner.end():
                j = bisect_left(starts, match.end())
                if j < len(usable) and self.gap_ok(match.end(), usable[j].start, limit=40):
                    coordinated.update(k for k in self._run(usable, j) if usable[k].start < partner.end())
                continue
            j = bisect_left(starts, match.end())
            if j < len(usable) and (
                self.gap_ok(match.end(), usable[j].start, limit=40)
                or self.unknown_first(match.end(), usable[j].start)
                or (
                    self.language == "fr"
                    and usable[j].start - match.end() <= 60
                    and _FR_HELPER_GAP.fullmatch(folded, match.end(), usable[j].start)
                )
                # "i samråd med kommunledningskontorets ekonomienhet": the unit after its owner's genitive
                or (self.language == "sv" and _SV_OWNER_GENITIVE.fullmatch(folded, match.end(), usable[j].start))
                # "along with the field staff of the Agriculture Department": a unit's staff stand for it
                or (self.language == "en" and _EN_STAFF_OF.fullmatch(folded, match.end(), usable[j].start))
                # "i samråd med personalavdelningen på kommunledningskontoret": a part the directory does not hold,
                # of the unit named after it
                or (self.language == "sv" and _SV_PART_OF.fullmatch(folded, match.end(), usable[j].start))
            ):
                coordinated.update(self._run(usable, j))
        lead: Mention | None = None
        extra: list[int] = []
        for i, mention in enumerate(usable):
            after = folded[mention.end : mention.end + 40]
            before = folded[max(0, mention.start - 40) : mention.start]
            lead_after = LEAD_AFTER.match(after)
            if lead_after and i + 1 < len(usable) and usable[i + 1].start < mention.end + lead_after.end():
                # "Devon County Council as Lead Local Flood Authority": "lead" opens a name of the unit, no role
                lead_after = None
            if lead_after or LEAD_BEFORE.search(before):
                lead = mention
                coordinated.discard(i)
                break
        if lead is None and cue is not None and cue.kind == "request" and self.language == "en":
            subject = self.starts_with_mention(unit, usable)
            if subject is not None and subject.start < cue.start:
                run = self._run(usable, usable.index(subject))
                between = (usable[run[-1]].end, cue.start)
                if (
                    # "The Ministry of Industry and Trade directs Vietnam Electricity Group to ...": a ministry or a
                    # department, in the present, directs the bodies under it; the order is its own
                    (
                        _EN_SUPERVISING_SUBJECT.match(folded, unit.start)
                        and _EN_DIRECTS_NOW.match(folded, cue.start)
                        and not folded[between[0] : between[1]].strip()
                    )
                    # "The Department of Construction urges the contractors to add equipment ...", "The Office of the
                    # People's Committee monitors and urges the implementation of ...": a unit, in the present, presses
                    # those it oversees or a work, none of them a unit; the order is its own
                    or (
                        subject.dept is not None
                        and _EN_URGES_NOW.match(folded, cue.start)
                        and not any(m.start >= cue.end for m in usable)
                        and _EN_OWN_VERB_BEFORE.fullmatch(folded, *between)
                    )
                ):
                    lead, extra = subject, run[1:]
        if lead is None and self.language == "vi" and "chi dao " in folded[unit.start : unit.end]:
            # "Bộ Công Thương chỉ đạo Tập đoàn Điện lực Việt Nam di dời ...", "Sở Y tế chỉ đạo Trung tâm Y tế ...":
            # a ministry or department that directs a body under it keeps the order (the body it directs is no
            # partner named: earlier labels leave it out)
            subject = self.starts_with_mention(unit, usable)
            if subject is not None and _VI_SUPERVISING_SUBJECT.match(folded, subject.start):
                run = self._run(usable, usable.index(subject))
                verb = _skip_space(folded, usable[run[-1]].end)
                directed = next((i for i, m in enumerate(usable) if m.start >= verb + 8), None)
                if (
                    folded.startswith("chi dao ", verb)
                    and directed is not None
                    and usable[directed].dept is not None
                    and self.gap_ok(verb + 8, usable[directed].start, allow_caps=True, limit=40)
                ):
                    lead, extra = subject, run[1:]
        if lead is None and cue is not None and cue.kind == "request":
            # "requested, with Board concurrence, that Health and Human Services work ...": past the aside
            aside = _ASIDE_BEFORE_THAT.match(folded, cue.end) if folded.startswith(",", cue.end) else None
            if aside is None and self.language == "fr" and folded.startswith(",", cue.end):
                aside = _FR_ASIDE_BEFORE_ADDRESSEE.match(folded, cue.end)
            elif aside is None and self.language == "fr" and folded.startswith("confie", cue.start):
                # "confie la conduite du projet à la Chancellerie": the addressee after the task and its "à"
                aside = _FR_ENTRUSTED.match(folded, cue.end)
                aside = aside if aside is not None and aside.group("task") else None
            elif aside is None and self.language == "fr":
                aside = _FR_ADVERB_BEFORE_ADDRESSEE.match(folded, cue.end)
            elif aside is None and self.language == "sv" and folded.startswith(_SV_TIME_WORDS, cue.end):
                aside = _SV_TIME_BEFORE_ADDRESSEE.match(folded, cue.end)
            if aside is None and self.language == "sv":
                # "Styrelsen gav enhälligt X i uppdrag", "uppdrar även åt X": an adverb before the addressee
                aside = _SV_ADVERB_BEFORE_ADDRESSEE.match(folded, cue.end)
            asked_from = aside.end() if aside else cue.end
            for i, mention in enumerate(usable):
                if mention.start >= asked_from and i not in coordinated:
                    if self.language == "vi" and self.unknown_first(cue.end, mention.start):
                        # "Đề nghị Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Công an tỉnh ...": the first addressee,
                        # one the directory does not hold, leads; the units after it coordinate
                        coordinated.update(self._run(usable, i))
                    elif self.gap_ok(asked_from, mention.start, allow_caps=True, limit=72) or (
                        # "yêu cầu các phòng chuyên môn, đơn vị trực thuộc Sở X ...": the department's own divisions
                        self.language == "vi"
                        and mention.dept is not None
                        and _VI_DIVISIONS_OF.fullmatch(folded, asked_from, mention.start)
                    ):
                        run = self._run(usable, i)
                        lead, extra = mention, run[1:]
                    elif self.language == "vi" and self.official_of(asked_from, mention.start):
                        # "đề nghị đồng chí Lê Văn A cùng tập thể lãnh đạo Sở Y tế ...": the official's unit
                        run = self._run(usable, i)
                        lead, extra = mention, run[1:]
                    break
        head_noun = (
            _HEAD_NOUN_OBJECT.match(folded, cue.end)
            if lead is None and cue is not None and cue.kind == "request"
            else None
        )
        if (
            lead is None
            and cue is not None
            and cue.kind == "request"
            and (
                head_noun is not None
                or _PRONOUN_OBJECT.match(folded, cue.end)
                or (self.language == "en" and _BARE_INFINITIVE.match(folded, cue.end))
            )
        ):
            # "For the Provincial Military Command, the Vice Chairwoman requested it to ...": the unit the
            # sentence opens on, asked by a pronoun or by its head noun again ("... asked the Board to")
            topic = _TOPIC_OPENING.match(folded, unit.start)
            named = [m for m in usable if topic and m.dept is not None and topic.end() <= m.start < cue.start]
            if (
                named
                and folded[topic.end() : named[0].start].strip() in ("", "the")
                and (head_noun is None or head_noun.group(1) in folded[named[0].start : named[0].end])
            ):
                lead = named[0]
            elif (
                self.language == "en"
                and (named := [m for m in usable if m.dept is not None and unit.start < m.start and m.end <= cue.start])
                and _PRONOUN_OBJECT.match(folded, cue.end)
                and _EN_AND_THEN_ASKED.fullmatch(folded, named[-1].end, cue.start)
            ):
                # "The governor praised the work of the agriculture directorate and instructed them to ...": the unit
                # the first verb names, asked again by its pronoun
                lead = named[-1]
        if (
            lead is None
            and cue is not None
            and cue.kind == "request"
            and self.language == "vi"
            and self.cues.imperative.match(self.view, _skip_space(self.view, cue.end))
        ):
            # "Đối với Sở Xây dựng, Phó Chủ tịch yêu cầu theo dõi sát ...", "Về phía Công an tỉnh, đồng chí Chủ tịch
            # đề nghị tăng cường ...": the unit the sentence opens on, asked with no addressee of its own
            topic = _VI_TOPIC_OPENING.match(folded, unit.start)
            named = [m for m in usable if topic and m.dept is not None and topic.end() <= m.start < cue.start]
            if named and named[0].start == _skip_space(folded, topic.end()) and "," in folded[named[0].end : cue.start]:
                lead = named[0]
            appraised = _VI_APPRAISED.search(self.view, unit.start, cue.start) if lead is None else None
            named = [m for m in usable if appraised and m.dept is not None and appraised.end() <= m.start < cue.start]
            if (
                named
                and named[0].start == appraised.end()
                and _VI_THEN_ASKED.fullmatch(self.view, named[0].end, cue.start)
            ):
                # "Chủ tịch UBND tỉnh phê bình Sở Xây dựng và yêu cầu trình UBND tỉnh trước thứ Năm": the unit
                # taken to task, then asked with no addressee of its own
                lead = named[0]
        # "Việc bàn giao mặt bằng cho Chủ đầu tư phải hoàn thành trước ...": the task as the subject, a unit inside it
        # is its object; the task is that of the order before
        task_subject = (
            self.language == "vi"
            and cue is not None
            and cue.kind == "modal"
            and bool(_VI_TASK_SUBJECT.match(self.view, unit.start, cue.start))
        )
        if (
            lead is None
            and self.language == "sv"
            and cue is not None
            and cue.kind == "modal"
            and _SV_FRONTED_CLAUSE.fullmatch(folded, unit.start, cue.start)
        ):
            # "Innan modellerna behandlas i bildningsnämnden ska sektorn ordna ...": a clause put first, then the
            # verb, then its subject (a unit named in the clause is none)
            inverted = next((i for i, m in enumerate(usable) if m.start >= cue.end and not m.affiliation), None)
            if inverted is not None and _SV_ADVERBS_BETWEEN.fullmatch(folded, cue.end, usable[inverted].start):
                lead, extra = usable[inverted], self._run(usable, inverted)[1:]
        if lead is None and self.language == "fr" and cue is not None and cue.kind == "modal" and cue.start == cue.end:
            # "S'agissant de l'Office X, un audit sera diligenté par l'Inspection Y": the agent of the passive, where
            # the cue stands, does the work (not the unit the sentence is about, named before it)
            agent = next((i for i, m in enumerate(usable) if m.start == cue.start and i not in coordinated), None)
            if agent is not None and _FR_PASSIVE_TO_DO.search(folded, max(unit.start, cue.start - 120), cue.start):
                lead, extra = usable[agent], self._run(usable, agent)[1:]
        if lead is None and cue is not None and cue.kind == "modal" and not cue.unnamed and not task_subject:
            # "He said that the Revenue Department should ...": the subject stands inside the cue
            before = [i for i, m in enumerate(usable) if m.end <= cue.end and not m.affiliation]
            if not before:  # a head of unit as the subject stands for the unit
                before = [i for i, m in enumerate(usable) if m.end <= cue.end and m.start - unit.start < 60]
            before = [i for i in before if i not in coordinated]
            group = _FR_GROUP_SUBJECT.match(folded, unit.start) if before and self.language == "fr" else None
            if group is not None:
                # "Messieurs les Préfets de département voudront bien ...": the officials' circumscription, no unit
                before = [i for i in before if usable[i].end > group.end()]
            if (
                self.language == "sv"
                and "fatt " in folded[cue.start : cue.end]
                and any(usable[i].start < cue.start for i in before)
            ):
                # "Verket har på länsstyrelsens begäran fått i uppdrag att ...": who asked, inside the verb, is no
                # subject
                before = [i for i in before if usable[i].start < cue.start]
            aside = [i for i in before if usable[i].start >= cue.start]
            if aside and len(aside) < len(before) and _ASIDE_WITH.search(folded, cue.start, cue.end):
                # "Les préfets de région veilleront, avec les directeurs généraux des ARS, à ...": those in the aside
                # work with the subject
                before = [i for i in before if i not in aside]
            else:
                aside = []
            if before:
                first = last = before[-1]
                while first > 0 and first - 1 in before and self.gap_ok(usable[first - 1].end, usable[first].start):
                    first -= 1
                lead, extra = usable[first], list(range(first + 1, last + 1)) + aside
        if lead is None and cue is not None and cue.kind == "request" and self.language == "vi":
            # "Sở Công Thương yêu cầu các doanh nghiệp bảo đảm ...": a unit that requires those it oversees (no
            # unit of the directory) answers for it
            asker = self.starts_with_mention(unit, usable)
            if (
                asker is not None
                # "Ban Quản lý dự án X yêu cầu nhà thầu bổ sung ...": an investor that requires its contractors
                and (
                    asker.dept in self.department_like
                    or _VI_CONTRACTOR.match(self.view, cue.end)
                    # "Đảng ủy các xã phân công cấp ủy viên phụ trách từng hộ", "Sở X cử cán bộ theo dõi": a unit
                    # that gives work to its own people answers for it
                    or _VI_OWN_PEOPLE.match(self.view, cue.end, unit.end)
                )
                and not self.view[asker.end : cue.start].strip(" ,")
            ):
                lead = asker
        if lead is None and not (cue is not None and cue.kind == "request"):  # who asks is not who does
            free = [m for i, m in enumerate(usable) if i not in coordinated]
            start_mention = self.starts_with_mention(unit, free)
            if start_mention is None and self.language == "vi":
                # "Đối với lĩnh vực giáo dục, Giám đốc Sở Giáo dục và Đào tạo được yêu cầu ...": the head after a
                # matter that names the sector, the head's unit
                start_mention = self.head_as_subject(unit, free)
            if start_mention is not None:
                lead = start_mention
                extra = self._run(usable, usable.index(start_mention))[1:]
        if lead is None:
            agent = self.passive_agent(unit, usable, coordinated)
            if agent is not None:
                lead = agent
                if self.language in ("en", "fr"):
                    # "... by the Municipal Corporation and the District Panchayat Office", "sera conduite par
                    # l'Inspection X et le Service Y": the first agent leads
                    extra = self._run(usable, usable.index(agent))[1:]
        # "...; direct the safe operation of irrigation reservoirs": no one addressed, the unit of the order
        # before oversees the work (the Vietnamese "chỉ đạo")
        directs_work = (
            lead is None
            and self.language == "en"
            and cue is not None
            and cue.kind == "request"
            and bool(_EN_DIRECTS_WORK.match(folded, unit.start, unit.end))
        )
        # "...; phân công lãnh đạo trực tiếp phụ trách từng dự án": the unit of the order before gives work to its
        # own people, no one else is addressed (so does a group the directory does not hold, "Các sở, ngành ...;
        # phân công lãnh đạo trực ban ...", past the semicolon of its order)
        own_people = (
            lead is None
            and self.language == "vi"
            and (inherited is not None or unit.boundary == "semicolon")
            and cue is not None
            and cue.kind == "request"
            and cue.start == unit.start
            and bool(_VI_OWN_PEOPLE.match(self.view, cue.end, unit.end))
        )
        # "...; trong đó lưu ý đơn giản hóa hồ sơ ...", "...; đồng thời lưu ý ...": a request that addresses no one, on
        # the order before (what its work must hold), no order of its own
        linked = (
            _VI_LINKED_REQUEST.match(self.view, unit.start)
            if lead is None and self.language == "vi" and unit.boundary == "semicolon"
            else None
        )
        if linked is not None and not (cue is not None and cue.kind == "request" and cue.start == linked.end()):
            linked = None
        own_people = own_people or linked is not None
        # A lead of its own: a unit named, a request, or an addressee of the request before ("; aux Comités ...").
        self.has_subject = lead is not None or (not own_people and self._has_own_subject(unit, mentions, cue))
        self.own_lead = (
            lead is not None
            or (cue is not None and cue.kind == "request" and not directs_work and not own_people)
            # ("; aux Comités de ...", "; to the Ministry of X to ...": the preposition of the addressee in its
            # language; an English "A" is an article: "A weekly report shall be sent ...")
            or self.first_word(unit) in _TO_ADDRESSEE.get(self.language, ())
            # "- the contractor to add machinery ...": an item with an addressee of its own, no unit
            or (self.language == "en" and unit.is_item and bool(_EN_ITEM_ADDRESSEE.match(self.prep.folded, unit.start)))
            # "- les Gouverneurs de région et les Préfets renforceront ...": a group of its own, after "; "
            or (self.language == "fr" and unit.is_item and bool(_FR_GROUP_SUBJECT.match(self.prep.folded, unit.start)))
            # "beslutar\natt uppdra åt X att ...,\natt kommundirektören får i uppdrag att ...": the next clause's
            or (self.language == "sv" and bool(_SV_ATT_ASSIGNED.match(self.prep.folded, unit.start)))
            # "...; đồng thời UBND các xã, phường có dự án đi qua đẩy nhanh ...": a group of its own, with its verb
            or (
                self.language == "vi"
                and cue is not None
                and cue.kind == "modal"
                and cue.subject
                and bool(_VI_GROUP_SUBJECT.match(self.view, unit.start))
            )
        )
        if lead is not None:
            lead_dept = lead.dept
        elif (
            (cue is None or cue.kind == "request")
            and self.language == "vi"
            and inherited is not None
            and _VI_SUPERVISES.match(self.prep.lower, unit.start)
        ):
            # "Chỉ đạo Ban Quản lý cảng cá kiểm soát ...": no subject, the unit of the order before directs its
            # own body (one the directory does not hold), and answers for it
            lead_dept = inherited
        elif directs_work or own_people or task_subject:
            lead_dept = inherited
        elif cue is not None and cue.pronoun:
            lead_dept = self.focus  # "Le Conseil lui a demandé de ...": the unit the sentence before named
        elif (
            self.language == "en"
            and cue is not None
            and (self.subject_focus or self.lead_before)
            and _EN_PRONOUN_ORDERED.match(self.prep.folded, unit.start, unit.end)
        ):
            lead_dept = self.focus  # "X was directed to ... It was also instructed to ...": X again
        elif (
            self.language == "vi"
            and cue is not None
            and cue.kind == "request"
            and cue.start > unit.start
            and (self.is_imperative(unit) or self.cues.strong_modal.match(self.view, unit.start))
        ):
            # "a) Chủ trì tham mưu ..., phân công thành viên phụ trách từng địa bàn": the item's unit acts and
            # gives work to its own people; no one else is addressed
            lead_dept = inherited
        elif (
            self.language == "sv"
            and inherited is not None
            and (kind := _SV_KIND_SUBJECT.match(self.prep.folded, unit.start, unit.end)) is not None
            and any(kind.group(1) in name for name in folded_names(inherited))
        ):
            # "X-förvaltningen får i uppdrag att ... Förvaltningen ska även utreda ...": the unit of the order
            # before, named again by its kind (a kind its name has)
            lead_dept = inherited
        elif (
            self.language == "sv"
            and (kind := _SV_KIND_SUBJECT.match(self.prep.folded, unit.start, unit.end)) is not None
            and (named_kind := self.named_of_kind(kind.group(1), unit.start)) is not None
        ):
            # "Direktionen för X beslutade att anta ... Direktionen ska även utvärdera ...": the unit named last
            # before, no order of its own, named again by its kind
            lead_dept = named_kind
        elif (
            self.language == "fr"
            and inherited is not None
            and unit.boundary == "colon"
            and _FR_PERSONAL_SUBJECT.match(self.prep.folded, unit.start)
        ):
            # "La DGEF accompagnera les préfectures : elle devra leur proposer ...": after the colon, the unit the
            # clause before named, by its pronoun
            lead_dept = inherited
        elif (
            self.language == "fr"
            and inherited is not None
            and (kind := _FR_KIND_SUBJECT.match(self.prep.folded, unit.start, unit.end)) is not None
            and any(
                re.search(rf"\b{kind.group('kind')}\b", name)
                # (its adjective in either gender: "délégation départementale" of a "service départemental")
                and (kind.group("adj") is None or re.search(rf"\b{kind.group('adj').removesuffix('e')}e?\b", name))
                for name in folded_names(inherited)
            )
        ):
            # "ARS : la délégation départementale transmettra ...", "DDT : le service instruira ...": the unit of the
            # label (or of the order before) named again by its kind, a kind its name has
            lead_dept = inherited
        elif self._has_own_subject(unit, mentions, cue):
            lead_dept = None
        else:
            lead_dept = inherited
        coordinating: list[DepartmentRef] = []
        for i in sorted(coordinated.union(extra)):
            dept = usable[i].dept
            if dept is not None and dept != lead_dept and dept not in coordinating:
                coordinating.append(dept)
        return lead_dept, coordinating

    def unknown_first(self, start: int, end: int) -> bool:
        """A list that opens on a body the directory does not hold: "phối hợp với Ban Quản lý vịnh Hạ Long,
        UBND thành phố ...", "Đề nghị Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Công an tỉnh ...", "in cooperation with
        the Port Authority and the Department of X" (a capitalised name, then a comma or "and")."""
        gap = self.prep.work[start:end]
        # not a person's titles in apposition: "le Vice-Premier Ministre, Ministre de l'Intérieur"
        return bool(0 < len(gap) <= 60 and _UNKNOWN_FIRST.fullmatch(gap) and not _PERSONS_TITLE.search(gap))

    def coordination_sentence(self, start: int, end: int, lead=None) -> list[DepartmentRef] | None:
        """The units a sentence only names as helpers of the order before it ("Il agira en concertation avec
        X.", "In this, they will be assisted by X.", "Uppdraget ska genomföras i samråd med X.", "Quá trình
        thực hiện, phối hợp chặt chẽ với X"): no unit before the mark of coordination but the order's own
        ("I arbetet ska hälsodepartementet samråda med X"), no request."""
        mentions = [m for m in self.mentions_in(start, end) if not m.issuer and m.dept is not None]
        mark = COORDINATION.search(self.prep.folded, start, end)
        if mark is None:
            return None
        mentions = [m for m in mentions if m.start >= mark.end() or m.dept != lead or lead is None]
        if not mentions or mentions[0].start < mark.end():
            return None
        if _CLAUSE_BEFORE_HELPER.search(self.prep.folded, mark.end(), mentions[0].start):
            # "Redan 2024 utredde förvaltningen om turerna kunde samordnas med linjetrafiken, men arbetet lades på is
            # när Region X ...": the unit named in a later clause is no helper of the mark's
            return None
        if self.cues.request.search(self.view, start, end) or self.cues.imperative.match(self.view, start):
            return None  # a request, or an order of its own ("Fortsätta samordna med X")
        if self.language == "vi" and _LEADS_TASK.search(self.prep.folded, start, mark.start()):
            return None  # "Đối với các hộ không chấp hành, Huyện chủ trì, phối hợp với X ...": a task it leads
        if len(_WORD.findall(self.view, mentions[-1].end, end)) > 4 and not _MORE_HELPERS.match(
            self.prep.folded, mentions[-1].end, end
        ):
            return None  # a task after the units ("Sở cần phối hợp với Sở X tổ chức tuyên truyền ...")
        if any(len(_WORD.findall(self.view, a.end, b.start)) > 4 for a, b in pairwise(mentions)):
            # "The department must coordinate with X in removing the obstacles ..., and report the results to Y
            # before ...": a task between the units, the last one its report's recipient
            return None
        if "|" in self.prep.folded[start:end] and _PIPE_ROW_START.match(self.prep.folded, start, end):
            return None  # "3 | Organiser ..., en lien avec X | Pilote | ...": a table's row is an order of its own
        if _APPROVED_NOW.search(self.prep.folded, max(start, end - 60), end):
            # "Le calendrier de concertation avec les comités de bassin présenté par la DEB est validé.": a decision
            # of its own that approves, its partners the approved work's, no helpers of the order before
            return None
        return [m.dept for m in mentions]

    def fr_passive_agent(self, unit: Unit, mentions: list[Mention]) -> Mention | None:
        """The agent of a French passive still to be done ("devra être achevée par le Ministère de X")."""
        for mention in mentions:
            if mention.affiliation or mention.issuer:
                continue
            if _FR_PASSIVE_TO_DO.search(self.prep.folded, max(unit.start, mention.start - 120), mention.start):
                return mention
        return None

    def passive_agent(self, unit: Unit, usable: list[Mention], coordinated: set[int]) -> Mention | None:
        """The agent of a passive order: "that the school buildings be inspected by the Education
        Department", "ska genomföras av byggdepartementet", or of an order told as a noun ("– mise à
        jour du registre par le Comité populaire de X, d'ici le 6 juin")."""
        pattern = _PASSIVE_AGENT.get(self.language)
        if pattern is None:
            return None
        if self.language == "fr":
            first = self.first_word(unit)
            nominal = not (
                first in self.cues.subject_starters or (self.cues.infinitive and self.cues.infinitive.fullmatch(first))
            )
            if not nominal:
                agent = self.fr_passive_agent(unit, [m for i, m in enumerate(usable) if i not in coordinated])
                return agent
        folded = self.prep.folded
        for i, mention in enumerate(usable):
            if i in coordinated or mention.affiliation:
                continue
            # (in English, past the place it is done at: "be opened at bus stands, markets and ... by the X")
            reach = 140 if self.language == "en" else 60
            if pattern.search(folded, max(unit.start, mention.start - reach), mention.start):
                return mention
        return None

    def _has_own_subject(self, unit: Unit, mentions: list[Mention], cue: _Cue | None) -> bool:
        """A subject or addressee that is no department: "Investors shall", "aux écoles de"."""
        if (
            self.language == "en"
            and "staff" in self.prep.folded[unit.start : unit.start + 16]
            and _EN_STAFF_SUBJECT.match(self.prep.folded, unit.start, unit.end)
        ):
            return True  # "Staff to explore options for ...": the staff at large
        if self.language == "vi" and _VI_ROLE.match(self.view, unit.start):
            return False  # "Sở X: Là cơ quan thường trực, chủ trì ...": the unit of the label, by its role
        if cue is not None and (cue.kind == "request" or cue.subject):
            return True
        if self.language == "vi" and _VI_TIME_OF_ORDER.match(self.prep.folded, unit.start, unit.end):
            return False  # "...; thời gian cao điểm từ ngày 01/02 đến hết ngày 05/3": the time of the same order
        if self.language == "vi" and (link := _VI_SAME_TIME_LINK.match(self.view, unit.start, unit.end)) is not None:
            modal = self.cues.modal.match(self.view, link.end(), unit.end)
            if modal is not None and modal.start() == link.end():
                return False  # "Đồng thời, chủ trì, phối hợp với Sở Tài chính ...": the link, then its unit's verb
        if self.first_word(unit) in self.cues.subject_starters and not (
            # "Tổng hợp kết quả, báo cáo UBND tỉnh ...": a verb of the item's unit ("tổng" of "Tổng số" starts a
            # subject)
            self.language == "vi" and self.is_imperative(unit)
        ):
            return True
        if self.language == "vi" and _VI_GROUP_OF_UNITS.match(self.view, unit.start):
            return True  # "UBND các huyện, thị xã, thành phố chịu trách nhiệm ...": a group, not the unit before
        if self.language == "vi" and _VI_HEADS_OF_GROUP.match(self.view, unit.start):
            return True  # "Trưởng các phòng, Chi cục trưởng các chi cục chủ động ...": the heads of a whole group
        if self.language == "vi" and _VI_PROPER_NAME.match(self.prep.work, unit.start) and not self.is_imperative(unit):
            # "Đài Phát thanh và Truyền hình tỉnh tăng ...", "Đảng ủy Công an tỉnh lãnh đạo ...": a body the
            # directory does not hold ("Phấn đấu hoàn thành ...", "Chủ động ...": a verb, no body)
            return True
        modal = self.cues.modal.search(self.view, unit.start, unit.end)
        if (
            modal is not None
            and self.language == "vi"
            and _VI_PLURAL_BEFORE_MODAL.search(self.view, max(unit.start, modal.start() - 30), modal.start())
            and self.is_imperative(unit)
        ):
            return False  # "Kiểm tra ..., bố trí đất cho các hộ phải di dời": those who must move, no subject
        return modal is not None and len(_WORD.findall(self.view, unit.start, modal.start())) > 0

    def subject_end(self, first: Mention, mentions: list[Mention]) -> int:
        """The end of a subject that lists units: "Les Comités populaires de Van Don et de Co To", "The
        People's Committees of Van Don and Co To", "X, Y and Z"."""
        end = first.end
        for mention in mentions:
            if mention.start < end:
                continue
            if not _LIST_JOIN.fullmatch(self.prep.folded, end, mention.start):
                break
            end = mention.end
        return end

    def past_partners(self, end: int, mentions: list[Mention]) -> int:
        """Where a subject's partners end when they follow it before its verb, else ``end``: "the District Engineer
        in liaison with the Health Department (to) ...", "the Natural Resources Officer together with the
        Sub-county Chiefs of Kamu and Bira opens ..." (a list's last place may stand without its head)."""
        joint = _EN_PARTNERS_AFTER.match(self.prep.folded, end) if self.language == "en" else None
        if joint is None:
            return end
        partner = next((m for m in mentions if m.start >= joint.end()), None)
        if partner is None or partner.dept is None or not self.gap_ok(joint.end(), partner.start, limit=12):
            return end
        after = self.subject_end(partner, mentions)
        tail = _EN_LAST_PLACE.match(self.prep.work, after) or _EN_ACRONYM_AFTER.match(self.prep.work, after)
        after = tail.end() if tail else after
        return after + 1 if self.prep.folded.startswith(",", after) else after

    def joint_subject_partners(
        self, unit: Unit, mentions: list[Mention], lead: DepartmentRef | None, coordinating: list[DepartmentRef]
    ) -> tuple:
        """The other units of a Vietnamese order's subject when it names several together ("UBND xã A và UBND xã B
        tiếp nhận ..."): those of the order's coordinating units listed right after its lead at its start."""
        usable = [m for m in mentions if not m.issuer]
        subject = self.starts_with_mention(unit, usable)
        if subject is None or subject.dept is None or subject.dept != lead or subject not in usable:
            return ()
        joint = []
        for before, mention in pairwise(usable[usable.index(subject) :]):
            # only "," or "và" between them (not "Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh ...": the verb's object)
            if mention.dept not in coordinating or not _VI_JOINT_GAP.fullmatch(self.view, before.end, mention.start):
                break
            joint.append(mention.dept)
        return tuple(dict.fromkeys(joint))

    def _run(self, usable: list[Mention], j: int) -> list[int]:
        """Indices of the mention at j and of those listed right after it."""
        run = [j]
        while run[-1] + 1 < len(usable) and self.gap_ok(usable[run[-1]].end, usable[run[-1] + 1].start, limit=40):
            run.append(run[-1] + 1)
        return run

    def funds_granted_to(self, position: int) -> DepartmentRef | None:
        """The unit a Swedish decision grants funds to, in a sentence before ``position`` ("För uppdragets
        genomförande får Boverket använda högst 3 400 000 kronor", "MRU får använda högst ... kronor")."""
        folded = self.prep.folded
        grants = list(_SV_FUNDS_GRANTED.finditer(folded, max(0, position - _FUNDS_LOOKBACK), position))
        if not grants:
            return None
        granted = grants[-1]
        opening = max(folded.rfind(". ", 0, granted.start()) + 2, folded.rfind("\n\n", 0, granted.start()) + 2)
        return next(
            (m.dept for m in self.mentions_in(opening, granted.end()) if m.dept is not None and not m.issuer), None
        )

    # -- the pass --------------------------------------------------------------------------
    def read(self, units: list[Unit]) -> list[Proposal]:
        proposals: list[Proposal] = []
        context: _Context | None = None
        previous: Unit | None = None
        quiet_semicolons = False  # the rest of a sentence whose start was not a directive
        attendance = False  # the rest of a sentence that tells who attended ("Tham dự cuộc họp có ...; các Sở: ...")
        objectives = False  # under a plan's heading of aims ("MỤC ĐÍCH, YÊU CẦU", "Objectives")
        # under a plan's "II. NHIỆM VỤ, GIẢI PHÁP" when a later "III. TỔ CHỨC THỰC HIỆN" gives each unit its part
        plan_tasks = False
        # under a chỉ thị's "I. NHIỆM VỤ CHUNG" when a later "II. TỔ CHỨC THỰC HIỆN" gives each unit its part
        general_tasks = False
        title_lines = 0  # lines left of a document's name under its kind ("KẾ HOẠCH\nTriển khai thực hiện ...")
        addressees = False  # inside a letter's addressee block ("Kính gửi:" and its items)
        distribution = False  # past a Vietnamese letter's "Nơi nhận:" (the copies and the archive, "Lưu: VT")
        table_until = -1
        decided = False  # past a Swedish decision's heading ("Regeringens beslut", "Kommunstyrelsens beslut")
        terms = False  # past an inquiry's terms of reference's "Beslut vid regeringssammanträde den ..." line
        inquiry_background = False  # under their "Bakgrund" heading
        reasons = False  # under the heading of the reasons or background that follow it
        rejected = False  # under an amendment the committee did not carry
        task_in_reasons = False  # a sentence among them that charges a unit with a part of the assignment
        background = False  # under an English report's "Background" heading (what was asked before)
        log_cells = [row.cells for row in self.log_rows]
        label_marker = None  # the dotted number of the item a unit's label opened ("2.6." of "2.6. X: ...")
        for position, unit in enumerate(units):
            if position <= table_until:
                previous = unit
                continue
            if unit.boundary == "para" and not unit.is_item:
                self.measures_lead = None
            if label_marker is not None and unit.boundary == "item":
                marker = _item_marker(self.prep.work, unit.start)
                if marker is not None and marker != label_marker and marker.count(".") == label_marker.count("."):
                    # "2.6. X: promptly complete ...\n2.7. People's Committees of districts review ...": the next item
                    # of the same level is no task of the unit the one before was labelled with (the list goes on)
                    context, label_marker = _Context("directive", None, listed=True), None
            if self.log_headings and any(a <= unit.start < b for a, b in self.log_headings):
                # "Directive No. Meeting Date Resolution / Directive Dept. Report Back Status": the log's heading row,
                # its words no order ("Report Back Status")
                context, previous = None, unit
                continue
            if log_cells and in_cells(self.log_rows, log_cells, unit.start):
                # "Parks, Recreation & Culture\nQ2 2026\nCompleted. To be removed from list.": a log row's cells after
                # its directive, no order of their own (see cell_logs)
                context, previous = None, unit
                continue
            if self.language == "en":
                if unit.ends_colon and _RESOLVED_LIST.fullmatch(self.prep.folded, unit.start, unit.end):
                    self.resolved_items = True  # "RESOLVED that:\n1. The Director of X prepare ...; and\n2. ..."
                elif not unit.is_item and unit.boundary in ("para", "line", "start"):
                    self.resolved_items = rejected = False
                moved = _MOVED_FRAME.fullmatch(self.prep.folded, unit.start, unit.end) if unit.whole_line else None
                if moved is not None:
                    # "Motion by Councillor X, seconded by Councillor Y -\n(a) to ...": the clauses put to the
                    # vote, orders only if carried ("The Committee resolved in terms of the motion")
                    carried = _CARRIED_IN_TERMS.search(self.prep.folded, unit.end)
                    rejected = carried is not None and carried.group(1) != moved.group("kind")
                    self.resolved_items = not rejected
                if rejected and unit.is_item:
                    context, previous = None, unit
                    continue
                if (
                    unit.boundary in ("para", "line", "start")
                    and (unit.whole_line or (unit.ends_colon and self.prep.folded.startswith(":\n", unit.end)))
                    and unit.end - unit.start <= 40
                ):
                    # "BACKGROUND\nOn February 24, 2026, Council asked the City Manager to ...": what was asked
                    # before, up to the report's next heading ("DISCUSSION")
                    background = _EN_BACKGROUND_HEADING.fullmatch(self.prep.folded, unit.start, unit.end) is not None
                elif unit.is_item or (
                    background
                    and unit.boundary in ("para", "line", "start")
                    and _EN_ATTACHMENT_HEADING.match(self.prep.folded, unit.start, unit.end)
                ):
                    background = False
                if background:
                    context, previous = None, unit
                    continue
            if self.language == "sv" and unit.whole_line:
                if _SV_REASONS_HEADING.fullmatch(self.prep.folded, unit.start, unit.end):
                    reasons = decided
                    # "Kommittédirektiv ... Beslut vid regeringssammanträde den 4 juni 2026 ... Bakgrund": what the
                    # inquiry is about, up to the next heading ("Uppdraget att kartlägga ...", "Utvidgning av
                    # uppdraget") or the inquirer's first task ("Utredaren ska ...")
                    inquiry_background = terms and self.prep.folded.startswith("bakgrund", unit.start)
                elif _SV_TERMS_DECIDED.match(self.prep.folded, unit.start, unit.end):
                    terms = True
                elif inquiry_background and _SV_SECTION_HEADING.fullmatch(self.prep.folded, unit.start, unit.end):
                    inquiry_background = False
                elif _SV_DECISION_HEADING.fullmatch(self.prep.folded, unit.start, unit.end):
                    decided, reasons = True, False
                elif reasons and _SV_ORDERS_HEADING.fullmatch(self.prep.folded, unit.start, unit.end):
                    reasons = False  # "Beslut ... Bakgrund ... Uppdrag och ansvar": the tasks again, past the reasons
                elif self.prep.work.startswith("§", unit.start) or (
                    "§" in self.prep.work[unit.start : unit.start + 8]
                    and _SV_BODY_PARAGRAPH.match(self.prep.work, unit.start)
                ):
                    # (its body's initials before it: "UN § 73", "KS § 112")
                    decided = reasons = False  # the protocol's next paragraph, a matter of its own
            if inquiry_background and (
                _INQUIRER_START.match(self.prep.folded, unit.start)
                or self.prep.folded.startswith("en sarskild utredare", unit.start)
            ):
                inquiry_background = False
            if reasons or task_in_reasons:
                if _SV_TASK_IN_REASONS.match(self.prep.folded, unit.start, unit.end):
                    # "Skälen för regeringens beslut ... Myndigheterna ska i uppdraget särskilt – kartlägga ...": a
                    # part of the assignment given among the reasons, with its items
                    reasons, task_in_reasons = False, True
                elif task_in_reasons and not unit.is_item and unit.boundary != "semicolon":
                    reasons, task_in_reasons = True, False
            if reasons and not self._pipe_task_heading(unit):
                # "Regeringens beslut ... Bakgrund\nRegeringen gav i regleringsbrevet ...", "Skälen för regeringens
                # beslut", "Sammanfattning" after a board's decision: why it was decided, no order (but a table of
                # the board's assignments after them, "Nr | Beslut | Uppdrag | Ansvarig | Klart senast | Status",
                # lists its orders one to a row)
                context, previous = None, unit
                continue
            if (
                self.language == "en"
                and proposals
                and proposals[-1].last == position - 1
                and proposals[-1].status is None
                and unit.end - unit.start <= 90
                and (unit.ends_colon or unit.boundary in ("line", "para"))
                and _EN_STATUS_AFTER.fullmatch(self.prep.folded, unit.start, unit.end)
                and (not unit.ends_colon or self.prep.folded.startswith("status", unit.start))
            ):
                # "... Status: Survey complete. Public Works will return to Council ... by May 20, 2025.", "...\nNot
                # Started\nReport anticipated Q2 2026": an action items update's status after the order, no order of
                # its own; a completion date in it is the order's due where the order gives none
                last = position
                while last + 1 < len(units) and (
                    (
                        unit.ends_colon
                        and units[last + 1].boundary in ("colon", "sentence", "semicolon")
                        # "Status: Survey complete. Council further directed the Planning Department to ...": a
                        # further order of the paragraph, its own
                        and not _EN_BOARD_ORDERS.match(self.prep.folded, units[last + 1].start, units[last + 1].end)
                    )
                    or (
                        not unit.ends_colon
                        and units[last + 1].boundary in ("line", "para")
                        and units[last + 1].end - units[last + 1].start <= 60
                        and _EN_STATUS_DUE.match(self.prep.folded, units[last + 1].start, units[last + 1].end)
                    )
                ):
                    last += 1
                proposals[-1].status = (unit.start, units[last].end)
                table_until, previous = last, units[last]
                continue
            table = self.pipe_table(units, position) if "|" in self.prep.work[unit.start : unit.end] else None
            if table is None and unit.whole_line:
                # "N° Action Pilote Associés Échéance": a table pasted with its rules lost
                table = self.word_table(units, position)
            if (
                table is None
                and self.language == "sv"
                and unit.whole_line
                and "uppdrag" in self.view[unit.start : unit.end]
            ):
                # "Beslutad Uppdrag Ansvarig Redovisas Status": a board's follow-up of its assignments
                table = self.sv_follow_up_table(units, position)
            if (
                table is None
                and self.language == "sv"
                and "|" in self.prep.work[unit.start : unit.end]
                and self.prep.folded[unit.start - 1 : unit.start] in ("\n", "")
                and _SV_CASE_ROW.match(self.prep.folded, unit.start)
            ):
                # "KS 2025/188 | Samhällsbyggnadsförvaltningen | Ta fram ... | Redovisas senast ... | Pågår"
                table = self.sv_case_rows(units, position)
            if (
                table is None
                and "|" in self.prep.work[unit.start : unit.end]
                and self.prep.folded[unit.start - 1 : unit.start] in ("\n", "")
            ):
                # "B-2026-14 | Rédiger le cahier des charges | Pilote : DST | Échéance : 31 octobre | En cours": a
                # follow-up table's row, each cell after the action with its label
                table = self.labelled_pipe_row(units, position)
            if table is None and self.prep.folded[unit.start - 1 : unit.start] in ("\n", ""):
                # "TT\nNội dung nhiệm vụ\nĐơn vị chủ trì\n...": a table copied one cell to a line
                table = self.line_table(units, position)
            if table is None and self.language == "en" and self.prep.folded.startswith(_LOG_HEADING_WORDS, unit.start):
                # "Item No. Date Assigned Council Direction Responsible Dept. Target Date Status": an action log
                table = self.log_table(units, position)
            if (
                table is None
                and self.language == "en"
                and unit.is_item
                and _DASH in self.prep.folded[unit.start : unit.end]
            ):
                # "- Fairgrounds master plan update – Parks & Fairgrounds – target: spring 2027 – on track": an
                # outstanding item as a row whose cells are parted by dashes
                table = self.dash_row(units, position)
            if table is not None:
                # "TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành": each row
                rows, table_until = table
                proposals.extend(rows)
                context = None
                previous = units[table_until]
                continue
            if "|" in self.prep.work[unit.start : unit.end] and self.is_table_heading(unit):
                previous = unit  # "TT | Chủ đầu tư | Kế hoạch (tỷ đồng) | Tỷ lệ (%)": a table's column names, no order
                continue
            if (
                unit.ends_colon
                # "1. Kiện toàn Ban Chỉ huy ...\nThời gian thực hiện: trước ngày 15/3/2026.": a Vietnamese item's
                # deadline on the line under it (a paragraph where every line is one), the next item after it
                and (
                    unit.boundary in ("sentence", "semicolon")
                    or (self.language == "vi" and unit.boundary in ("line", "para"))
                    # "Direct County Counsel to return with ...\nStaff report date: September 22, 2026": an action
                    # items update's record, the date the order is to come back on the line under it
                    or (
                        self.language == "en"
                        and unit.boundary == "line"
                        and _EN_RETURN_DATE_LABEL.fullmatch(self.prep.folded, unit.start, unit.end) is not None
                    )
                )
                and proposals
                and proposals[-1].last == position - 1
                and position + 1 < len(units)
                and units[position + 1].boundary == "colon"
                and units[position + 1].closer in ("sentence", "line", "para", "end")
                and (
                    _DEADLINE_LABEL.fullmatch(self.prep.folded, unit.start, unit.end)
                    or (
                        self.language == "vi"
                        and _VI_DEADLINE_LABEL_OF.fullmatch(self.prep.folded, unit.start, unit.end)
                    )
                    or (
                        self.language == "en"
                        and _EN_RETURN_DATE_LABEL.fullmatch(self.prep.folded, unit.start, unit.end)
                    )
                )
            ):
                # "Sở X thông tuyến ...; cắm biển cảnh báo. Thời gian hoàn thành: trước ngày 22/8.", "...; thời hạn:
                # trong 07 ngày làm việc": the order's deadline as a label in its own paragraph, no lead-in to a list
                proposals[-1].end, proposals[-1].last = units[position + 1].end, position + 1
                proposals[-1].deadline_from = unit.start
                table_until, previous = position + 1, units[position + 1]
                continue
            if (
                unit.ends_colon
                and position + 1 < len(units)
                and units[position + 1].boundary == "colon"
                and units[position + 1].closer in ("line", "para", "end")
                and _ACTION_LABEL.fullmatch(self.prep.folded, unit.start, unit.end)
                and _action_names(self.prep.folded[units[position + 1].start : units[position + 1].end])
                and not (
                    # "Action : lancer la consultation ...\nResponsable : DRM": the task itself, who does it on the
                    # label line under it (a relevé's row, see table_row)
                    self.language == "fr"
                    and position + 3 < len(units)
                    and units[position + 2].ends_colon
                    and _RESPONSIBLE_LABEL.fullmatch(
                        self.prep.folded, units[position + 2].start, units[position + 2].end
                    )
                )
            ):
                # "The DCE directed the Engineer to submit ...\nAction: DE": the officer the item falls to, no
                # order of its own; it names the lead of the item's orders that name none
                last = position + 1
                if (
                    last + 2 < len(units)
                    and units[last + 1].ends_colon
                    and units[last + 2].boundary == "colon"
                    and "\n\n" not in self.prep.folded[units[last].end : units[last + 1].start]
                    and _DEADLINE_LABEL.fullmatch(self.prep.folded, units[last + 1].start, units[last + 1].end)
                ):
                    last += 2  # "Action: DEO\nTimeline: 31.07.2026": its due on the label line under it
                self.action_label(proposals, unit, units[position + 1], units, position, units[last].end)
                table_until, previous = last, units[last]
                continue
            row = (
                self.sv_task_row(units, position)
                if self.language == "sv" and unit.ends_colon and unit.boundary in ("line", "para", "start")
                else None
            )
            if row is not None:
                # "Uppdrag: Inventera ...\nAnsvarig: Miljöenheten\nKlart senast: 2026-12-31": a follow-up list's row
                table_until = self.take_row(proposals, row)
                context, previous = None, units[table_until]
                continue
            block = (
                self.dashed_row(units, position)
                if unit.ends_colon and ("- " in self.prep.folded[unit.start : self.prep.folded.find("\n", unit.start)])
                else None
            ) or self.table_row(units, position)
            if block is not None:
                # "Mesure 2 – Étude ...\nResponsable : Ministère de X\nÉchéance : 5 décembre 2025"
                proposal, table_until = block
                before = proposals[-1] if proposals else None
                if (
                    before is not None
                    and before.last == position - 1
                    and before.deadline_from is None
                    and units[position].boundary in ("sentence", "line", "para")
                    and not units[position].is_item
                    and units[position - 1].boundary != "colon"
                    and before.lead is not None
                    and before.lead != proposal.lead
                    and self.language == "en"
                    and any(m.dept == before.lead for m in self.mentions_in(proposal.deadline_from, proposal.end))
                ):
                    # "v. X shall ... Y shall ...\nAction by: X / Y\nTimeline: 15/07/2025": the item's labels name
                    # the unit of its first sentence too; their due date is that order's as well
                    before.deadline_from, before.labels_to = proposal.deadline_from, proposal.end
                proposals.append(proposal)
                self.update_focus(proposal.lead)
                context = _Context("directive", proposal.lead, listed=True)
                previous = unit
                continue
            row = (
                self.follow_up_row(units, position)
                if self.language == "fr" and unit.is_item and unit.ends_colon
                # "- l'inventaire ..., confié à la Division X. Nouveau délai : 27 février ;": still outstanding
                else self.outstanding_row(units, position)
                if self.language == "fr" and unit.is_item and unit.closer == "sentence"
                else None
            )
            if row is not None:
                # "- Plan de sécurisation des écoles (pilote : rectorat) : réalisé à 80 % ; ...": a row of the
                # follow-up of earlier decisions, its status after the colon
                table_until = self.take_row(proposals, row)
                context, previous = None, units[table_until]
                continue
            row = (
                self.fr_units_in_brackets(units, position)
                if self.language == "fr"
                and unit.is_item
                and context is not None
                and context.kind == "directive"
                and self.prep.folded.startswith(")", unit.end - 1)
                else None
            )
            if row is not None:
                # "Suites à donner :\n- saisir l'ADEME d'une demande de cofinancement (direction de l'environnement) ;":
                # a task of the list with its units in brackets, an order of its own
                table_until = self.take_row(proposals, row)
                previous = units[table_until]
                continue
            if addressees and (unit.is_item or unit.boundary in ("item", "semicolon", "colon")):
                previous = unit
                continue
            if (
                self.language == "fr"
                and unit.ends_colon
                and unit.boundary in ("start", "para", "line")
                and _FR_ROLL_CALL.fullmatch(self.prep.folded, unit.start, unit.end)
                and self.prep.folded.find("\n", unit.end) == self.prep.folded.find(":", unit.end) + 1
            ):
                # "Participants :\nDDT : M. X, Mme Y\nConseil départemental : direction de l'habitat": who attended
                table_until = self.roll_call_end(units, position)
                context, previous = None, units[table_until]
                continue
            if (
                distribution
                or _DISTRIBUTION.fullmatch(self.prep.folded, unit.start, unit.end)
                or (
                    self.language == "en"
                    and unit.ends_colon
                    and _COPY_TO_END.search(self.prep.folded, max(unit.start, unit.end - 80), unit.end) is not None
                )
            ):
                # "Nơi nhận:\n- Như trên;\n- Lưu: VT, KT.": a letter's distribution list, to the end of the letter
                distribution = True
                previous = unit
                continue
            if not proposals and unit.whole_line and self.is_subject_line(unit):
                previous = unit  # "Về việc khẩn trương ứng phó với bão số 6", "V/v triển khai ...": its subject
                continue
            addressees = False
            mentions = self.mentions_in(unit.start, unit.end)
            self.resolve_backrefs(mentions)
            if (
                (
                    (
                        unit.whole_line
                        # "I.4. AU TITRE DU MINISTERE ...": the section's number read as a unit of its own
                        or (
                            self.prep.work.startswith("\n", unit.end)
                            and _SECTION_NUMBER.fullmatch(
                                self.prep.folded, self.prep.folded.rfind("\n", 0, unit.start) + 1, unit.start
                            )
                        )
                    )
                    and _FR_SECTION_OF.match(self.prep.folded, unit.start)
                    and self.prep.work[unit.start : unit.end].isupper()
                )
                or (
                    # "1- Au titre du Ministère de la Santé, de l'Hygiène publique ... ;": the same heading in small
                    # letters after its number, closed by a semicolon or a colon at the line's end (an Ivorian
                    # communiqué's way); a sentence that opens on "Au titre du ..." ends with its stop
                    unit.closer in ("semicolon", "colon")
                    and unit.boundary in ("start", "para", "line")
                    and self.language == "fr"
                    and _FR_NUMBERED_SECTION_OF.match(self.prep.folded, unit.start, unit.end)
                    and _LINE_END_AFTER_STOP.match(self.prep.work, unit.end)
                )
            ):
                # "AU TITRE DU MINISTÈRE DE L'ÉDUCATION NATIONALE": a communiqué's section for one ministry, whose
                # matters follow (an order there with no addressee is the ministry's)
                self.update_focus(next((m.dept for m in mentions if m.dept is not None), None))
                context, previous = None, unit
                continue
            text = self.view[unit.start : unit.end]
            cue = self.own_cue(unit, mentions)
            # "KẾ HOẠCH\nTriển khai thực hiện Chỉ thị số 12/CT-BNNMT ... của Bộ trưởng\nBộ Nông nghiệp và Môi
            # trường về ...": the plan's name on the lines under its kind, up to the blank line, no order
            in_title = (
                title_lines > 0
                and unit.whole_line
                and not unit.is_item
                and unit.closer in ("line", "para")
                and not self.prep.work[unit.start : unit.end].rstrip().endswith((".", ";", ":", "!"))
            )
            title_lines = title_lines - 1 if in_title and unit.closer == "line" else 0
            if unit.boundary != "semicolon":
                quiet_semicolons = False
            if unit.boundary not in ("semicolon", "colon"):
                attendance = bool(_ATTENDANCE_SENTENCE.match(self.prep.folded, unit.start))
                if attendance and not unit.ends_colon:
                    # "Dự có lãnh đạo các ban ...", "Tham dự có ...": who attended, told under a conclusions
                    # notice's title; the conclusions come after
                    context, previous = _Context("narration"), unit
                    continue
            if not proposals and cue is not None and self.is_headline(unit, cue):
                context, previous = None, unit  # "Collector reviews preparedness, directs officials to ...": a title
                continue
            if proposals and cue is not None and self.is_subheading(units, position, mentions):
                context, previous = None, unit  # "Inrikesministeriet ska utreda räddningsväsendet": the order below
                continue
            if (
                (cue is None or unit.boundary == "start" or self.in_capitals(unit) or self.long_title_in_capitals(unit))
                and self._is_heading(unit, text)
                and not self._unit_label(units, position, mentions)
                # "6. Ủy ban nhân dân các huyện, thị xã" over its lettered tasks: all of them, not the list before
                and not self._group_label(units, position)
            ):
                # Titles, headings, bylines, "Source", "Comment (0)": a conclusions heading opens a list. A
                # short numbered line that is only a unit's name ("2. Sở Y tế") heads that unit's items.
                if self.cues.leadin_strong.search(text):
                    context = _Context("directive", listed=True)
                elif not (
                    unit.is_item
                    and context is not None
                    and context.kind == "directive"
                    and context.listed
                    and position + 1 < len(units)
                    and units[position + 1].is_item
                    and not _OBJECTIVES_HEADING.match(self.prep.folded, unit.start)
                ):
                    # "kết luận như sau:\n\nI. DỰ THẢO ...\n1. ...": a numbered section of the conclusions announced
                    # before, its numbered items next, keeps their list; any other heading (a section that tells
                    # the period's results in plain paragraphs) ends it
                    context = None
                # "I. MỤC ĐÍCH, YÊU CẦU, MỤC TIÊU", "1. Objectives": a plan's aims, until the next heading
                objectives = bool(_OBJECTIVES_HEADING.match(self.prep.folded, unit.start))
                general_tasks = self.language == "vi" and bool(
                    _VI_GENERAL_TASKS_HEADING.fullmatch(self.prep.folded, unit.start, unit.end)
                    and _VI_IMPLEMENTATION_HEADING.search(self.prep.folded, unit.end)
                )
                if self.language == "vi" and _VI_PLAN_TASKS_HEADING.match(self.prep.folded, unit.start):
                    plan_tasks = bool(_VI_IMPLEMENTATION_HEADING.search(self.prep.folded, unit.end))
                elif self.in_capitals(unit):
                    plan_tasks = False  # the next section ("III. TỔ CHỨC THỰC HIỆN")
                if (
                    self.language == "vi"
                    and unit.whole_line
                    and unit.closer in ("line", "para")
                    and _VI_DOCUMENT_KIND.fullmatch(self.prep.folded, unit.start, unit.end)
                ):
                    # "KẾ HOẠCH", its name on the lines below; a text with every line a paragraph of its own
                    # ("KẾ HOẠCH\nBảo đảm an toàn thực phẩm ...\nThực hiện ..."): its name on the next one
                    title_lines = 4 if unit.closer == "line" else 1
                previous = unit
                continue
            if objectives and not any(m.dept is not None and not m.affiliation for m in mentions):
                previous = unit  # "Phấn đấu tỷ lệ tiêm phòng đạt trên 80%": an aim of the plan, no one's task
                continue
            row = (
                self.vi_roles_in_brackets(units, position)
                if self.language == "vi" and unit.is_item and "chu tri" in self.prep.folded[unit.start : unit.end]
                else None
            )
            if row is not None and row[0] is None:
                table_until = row[1]  # a task told as done with its roles: no order
                previous = units[table_until]
                continue
            if row is not None:
                # "2. Hoàn thiện Hệ thống ... (Cơ quan chủ trì: Sở X; cơ quan phối hợp: Y; thời gian hoàn thành: ...)"
                table_until = self.take_row(proposals, row)
                previous = units[table_until]
                continue
            if (
                plan_tasks
                and self.starts_with_mention(unit, mentions) is None
                and not (cue is not None and cue.kind == "request")
            ):
                # "II. NHIỆM VỤ, GIẢI PHÁP\n1. Hoàn thiện cơ chế, chính sách ...": the plan's tasks with no unit,
                # which its "III. TỔ CHỨC THỰC HIỆN" gives to the units
                previous = unit
                continue
            if general_tasks and self.is_imperative(unit) and self.starts_with_mention(unit, mentions) is None:
                # "I. NHIỆM VỤ CHUNG\n... Thực hiện nghiêm phương châm "bốn tại chỗ" ...": the principle every unit
                # keeps, told with no subject; "II. TỔ CHỨC THỰC HIỆN" gives each unit its tasks
                previous = unit
                continue
            if unit.ends_colon and _RECORD_LABEL_ALONE.fullmatch(self.prep.folded, unit.start, unit.end):
                context, previous = None, unit  # "Địa điểm:", "Thành phần:": a record's heading field, no list
                continue
            if _CONTACT_LINE.match(self.prep.folded, self.prep.folded.rfind("\n", 0, unit.start) + 1):
                context, previous = None, unit  # "Chi tiết liên hệ: ông X, Phòng Y, ĐT: ...": whom to call
                continue
            if unit.ends_colon and not proposals and self.is_vi_news_headline(units, position):
                # "Giao ban tuần 39: Đôn đốc xử lý dứt điểm ..." at the top of a news page: its headline, no order
                context, previous = None, units[position + 1]
                table_until = position + 1
                continue
            if unit.ends_colon and self.is_topic_heading(units, position, mentions):
                # "Mobilité et santé : vagues de chaleur" between blank lines: a communiqué's heading, its topic and
                # subtopic; a unit's name among its words makes no lead-in
                context, previous = None, units[position + 1]
                table_until = position + 1
                continue
            if (
                unit.ends_colon
                or AS_FOLLOWS_END.search(self.prep.folded[unit.start : unit.end])
                # "1. Sở Nông nghiệp và Môi trường" on a line of its own, then its tasks as bullets: a label
                # with no colon
                or self._unit_label(units, position, mentions)
                or self._group_label(units, position)
                or self._request_heading(units, position, cue)
            ):
                addressees = unit.ends_colon and bool(
                    _ADDRESSEES.fullmatch(self.prep.folded, unit.start, unit.end)
                    or _TELEGRAM_ADDRESSEES.fullmatch(self.prep.folded, unit.start, unit.end)
                )
                # "Tham dự cuộc họp có ...; lãnh đạo các Sở: Tài chính, Xây dựng; ...": those who attended, listed
                context = _Context("narration") if attendance else self._lead_in(unit, mentions, context)
                self.measures_lead = (
                    # ("le Comité a retenu les recommandations suivantes :": the body that decides them leads none)
                    (None if _FR_DECIDES_MEASURES.search(self.prep.folded, unit.start, unit.end) else context.lead,)
                    if self.language == "fr"
                    and context.kind == "directive"
                    and _FR_MEASURES_LIST.search(self.prep.folded, max(unit.start, unit.end - 40), unit.end)
                    else None
                )
                if context.lead is not None:
                    self.lead_ins[position] = context.lead
                # "... đề nghị Chủ tịch UBND các tỉnh, thành phố chỉ đạo triển khai ngay các nội dung sau:": a list
                # addressed to every province
                self.to_every_province = (
                    self.language == "vi"
                    and context.kind == "directive"
                    and "cac tinh" in self.prep.folded[unit.start : unit.end]
                    and _VI_EVERY_PROVINCE.search(self.prep.folded, unit.start, unit.end) is not None
                )
                label_marker = _item_marker(self.prep.work, unit.start) if context.lead is not None else None
                if self.language == "fr" and context.kind == "narration" and not attendance:
                    # "Le ministre X a présenté les résultats du concours : 5 604 candidats ... Il devra ...": a unit's
                    # account before its colon, its subject the one a pronoun takes up next (as after any sentence)
                    told = self.subject_mention(unit, mentions)
                    if told is not None and told.dept is not None:
                        self.update_focus(told.dept)
                        self.subject_focus = True
                previous = unit
                continue
            if (
                self.language == "vi"
                and unit.boundary == "semicolon"
                and cue is None
                and proposals
                and proposals[-1].last == position - 1
                and proposals[-1].lead is not None
                and self.head_of_same_unit(unit, proposals[-1].lead)
            ):
                # "UBND huyện X tổ chức đối thoại ...; Chủ tịch UBND huyện trực tiếp chỉ đạo ...": the head of the
                # unit just named, by its kind alone, goes on with its order (the head stands for the unit)
                proposals[-1].end, proposals[-1].last = unit.end, position
                previous = unit
                continue
            if (
                context is not None
                and context.inline
                and (unit.is_item or _DOTTED_MARKER.match(self.prep.work, unit.start))
                and self._opens_line(unit.start)
            ):
                context = None  # "Direction: staff to ...\n4.2 Appeal of ...": the agenda's next item, no order
            in_list = context is not None and (
                unit.boundary in ("semicolon", "colon")
                or ((unit.boundary == "item" or unit.is_item) and context.listed)
                or (previous is not None and previous.closer in ("colon", "semicolon"))
                or (context.listed and position - 1 in self.lead_ins and units[position - 1] is previous)
            )
            directive_context = context is not None and context.kind == "directive"
            dated_obligation = False
            added_product = None  # the unit of the order before, which a passive sentence adds a product to
            whole_assignment_of = None  # the inquiry whose whole assignment a sentence gives the date of
            funds_of = None  # the unit granted the funds a passive duty is about (its requisition, its account)
            group_deadline = False  # a deadline for a group the sentence names, no unit: its lead is none
            asked = False  # a passive request: its subject is the one asked, no unit before it inherits it
            group_subject = None  # units at large as the subject ("Departments, agencies and localities ..."): no lead
            accountable = (
                ACCOUNTABILITY.search(self.prep.folded, unit.start, unit.end)
                if cue is None
                else self.answerable_only(unit, cue)
            )
            warned_task = False
            if accountable and position + 1 < len(units):
                # "X chịu trách nhiệm ... nếu để dịch lây lan; thành lập các chốt ...": the warning, then the
                # same unit's task after the semicolon
                following = units[position + 1]
                if following.boundary == "semicolon" and self.is_imperative(following):
                    accountable = None
                    # the warning opens that task's directive, whatever list it stands in
                    warned_task = self.language == "vi" and not self.is_narrative(unit)
            if (
                accountable
                or in_title
                or self.is_formula(unit)
                or _PREMISE.match(self.prep.folded, unit.start)
                or (self.language == "fr" and self.is_recital(unit, cue))
                or (
                    self.language == "en"
                    and _EN_RECITAL.match(self.prep.work, unit.start, unit.end) is not None
                    and "resolved" not in self.prep.folded[unit.start : unit.end]
                )
                or (self.language == "en" and self.resolution_title_before_body(unit))
                # "Il est proposé par X, appuyé par Y, et résolu à l'unanimité d'accorder ...": who moved it, no task
                or (self.language == "fr" and cue is None and _FR_MOVED.match(self.prep.folded, unit.start))
                or (
                    cue is not None
                    and cue.kind == "modal"
                    and _LEGAL_DUTY.search(self.prep.folded, unit.start, unit.end)
                )
                or (
                    # "Trafikverket ansvarar för de allmänna färjeleder som ingår i det statliga vägnätet": a unit's
                    # standing remit told outside a decision, its object a thing, no task and no date
                    self.language == "sv"
                    and not decided
                    and cue is not None
                    and cue.kind == "modal"
                    and self.prep.folded.endswith(("ansvarar for", "ansvar for"), cue.start, cue.end)
                    and bool(_SV_STANDING_REMIT.match(self.prep.folded, cue.end, unit.end))
                )
                or (
                    # "Bakgrund\nKommunerna ansvarar för att äldre som behöver det erbjuds plats ...": under an
                    # inquiry's background, a unit's standing duty is what the inquiry starts from, no task
                    inquiry_background
                    and cue is not None
                    and cue.kind == "modal"
                    and self.prep.folded.endswith(("ansvarar for", "ansvar for"), cue.start, cue.end)
                )
                or self.not_an_order(unit, mentions, cue)
                or self.warns_the_failing(unit)
                or (
                    self.language == "en"
                    and cue is not None
                    and cue.kind == "modal"
                    and bool(_EN_ANSWERS_ONLY.match(self.prep.folded, cue.end, unit.end))
                )
            ):
                proposed = False
            elif cue is not None or warned_task:
                proposed = True
            elif (
                self.language == "sv"
                and unit.boundary == "para"
                and _SV_WHOLE_ASSIGNMENT_DUE.match(self.prep.folded, unit.start, unit.end)
                and _DATED.search(self.prep.folded, unit.start, unit.end)
                # (an inquiry's terms of reference: "Kommittédirektiv", "Tilläggsdirektiv till ...")
                and "direktiv" in self.prep.folded[:400]
                and (
                    whole_assignment_of := next(
                        (
                            m.dept
                            for m in reversed(self.mentions[: bisect_left(self.starts, unit.start)])
                            if m.dept is not None and _is_inquiry(m.dept)
                        ),
                        None,
                    )
                )
                is not None
            ):
                # "Uppdraget ska slutredovisas senast den 31 januari 2029." in a paragraph of its own: the inquiry's
                # whole assignment, due (when it follows an order, ``shape`` joins it to that one)
                proposed = True
            elif (
                self.language == "sv"
                and proposals
                and proposals[-1].lead is not None
                # right after the order, or after the sentence that gives its report-back
                and (
                    proposals[-1].last == position - 1
                    or (
                        proposals[-1].last == position - 2
                        and units[position - 1].boundary == "sentence"
                        and not units[position - 1].is_item
                    )
                )
                and _SV_NEW_PRODUCT_PASSIVE.match(self.prep.folded, unit.start, unit.end)
            ):
                # "2. Ekonomiavdelningen får i uppdrag att ta fram en åtgärdsplan ... Åtgärdsplanen redovisas den 14
                # april. 3. En fördjupad analys av kostnaderna ska också tas fram ...": one more thing the same unit
                # makes, in the passive
                proposed = True
                added_product = proposals[-1].lead
            elif (
                self.language == "sv"
                and "kronor" in self.prep.folded
                and _SV_FUNDS_DUTY.match(self.prep.folded, unit.start, unit.end)
                and (funds_of := self.funds_granted_to(unit.start)) is not None
            ):
                # "För uppdragets genomförande får Boverket använda högst 3 400 000 kronor. ... Medlen ska rekvireras
                # hos Kammarkollegiet senast ...", "En ekonomisk redovisning ... ska lämnas till Kammarkollegiet
                # senast ...": a duty that goes with a grant, in the passive, is the grantee's
                proposed = True
            elif (
                self.language == "vi"
                and " được " in self.view[unit.start : unit.end]
                and (
                    _VI_PASSIVE_REQUEST.match(self.view, unit.start, unit.end)
                    or (
                        (given := _VI_PASSIVE_TASK.match(self.view, unit.start, unit.end)) is not None
                        and any(
                            m.dept is not None and m.end == given.start("given")
                            for m in self.mentions_in(unit.start, given.start("given"))
                        )
                        and self.vi_passive_subject(unit, given.start("given"))
                    )
                )
                and not self.is_narrative(unit)
            ):
                proposed = asked = True  # "Các doanh nghiệp sản xuất vắc xin được đề nghị bảo đảm ...": asked
            elif self.language == "vi" and _VI_UNIT_ROLE.match(self.view, unit.start, unit.end):
                proposed = True  # "Phòng X là đầu mối tiếp nhận, tổng hợp, báo cáo ... trước ngày ...": its task
            elif quiet_semicolons and unit.boundary == "semicolon":
                proposed = False
            elif (
                self.language == "vi"
                and cue is None
                and " da giao " in self.prep.folded[unit.start : unit.end]
                and _VI_RECALLED_ORDER.match(self.prep.folded, unit.start, unit.end) is not None
            ):
                # "Trước đó, tại Văn bản số 915/VPCP-NN ..., Thủ tướng Chính phủ đã giao Bộ X hướng dẫn ...": the
                # order given before, recalled among the grounds, no order of this text
                proposed = False
            elif directive_context and in_list:
                # "5. Le Ministre de la Sécurité et de la Protection civile a informé le Conseil ...": the told
                # verb comes after a unit's long name, past the first 40 characters
                named_first = self.starts_with_mention(unit, mentions) if cue is None else None
                told_span = max(40, self.subject_end(named_first, mentions) - unit.start + 30) if named_first else 40
                if self.language == "vi" and named_first is None and cue is None:
                    # "3. Chương trình xóa nhà tạm, nhà dột nát trên địa bàn tỉnh đã hoàn thành 2.318 căn": a long
                    # subject that names no unit, then the tense that tells the result
                    told_span = 80
                elif (
                    self.language == "en"
                    and named_first is None
                    and cue is None
                    and (
                        perfect := _EN_PERFECT_TOLD.match(self.prep.folded, unit.start, min(unit.end, unit.start + 120))
                    )
                ):
                    # "1. Since early March, saltwater with a salinity of 4‰ has penetrated 50 km into the river": the
                    # same, a long subject (and its time) before the perfect that tells what happened (not a
                    # resolution's "a plan be agreed with X and presented to ...")
                    told_span = max(told_span, perfect.end() - unit.start)
                # "Sur le rapport du ministre de X, le Conseil des Ministres a adopté ...": past the opening clause
                opener = _ON_THE_REPORT_OF.match(self.prep.folded, unit.start, unit.end)
                if opener is not None:
                    told_span = max(told_span, opener.end() - unit.start + 40)
                proposed = (
                    (self.is_imperative(unit) or not self.is_narrative(unit, told_span))
                    and not (
                        _APPROVAL_ITEM.match(self.prep.folded, unit.start)
                        or (
                            cue is None
                            and _APPROVED_PASSIVE_ITEM.match(self.prep.folded, unit.start, unit.end)
                            # ("The draft Regulation on X, presented by the Ministry of Y, was approved with the
                            # amendments proposed by the Ministry of Z": units that wrote it or amended it, none to act)
                            and not any(
                                m.dept is not None
                                and not (
                                    self.language == "en"
                                    and _EN_AUTHOR_BEFORE.search(
                                        self.prep.folded, max(unit.start, m.start - 40), m.start
                                    )
                                )
                                for m in mentions
                            )
                        )
                        or (cue is None and _APPOINTMENT.search(self.prep.folded, unit.start, unit.end))
                        # "3. Flood preparedness: The river is flowing 1.2 m below the danger mark.", "148 complaints
                        # are pending": the state the item's decision answers, told in the present
                        or (cue is None and self.en_state_told(unit))
                        # "- Ministère de la Santé : Monsieur Karim X, Pharmacien, Directeur général de ...": a nominee
                        or (cue is None and _NOMINEE_ITEM.match(self.prep.work, unit.start, unit.end))
                        # "Conseil départemental : le préfet prend note de l'engagement du Département de fermer ...":
                        # what the chair takes note of under the unit's label, no order
                        or (self.language == "fr" and _FR_TAKES_NOTE.match(self.prep.folded, unit.start, unit.end))
                        # "1. Dự án dài khoảng 126 km, tổng mức đầu tư 28.450 tỷ đồng, ...": the project's figures,
                        # the facts the conclusions start from, no unit named
                        or (
                            self.language == "vi"
                            and cue is None
                            and not any(m.dept is not None for m in mentions)
                            and _VI_PROJECT_FACTS.match(self.prep.folded, unit.start, unit.end) is not None
                        )
                        or (
                            self.language == "en"
                            and cue is None
                            and not any(m.dept is not None for m in mentions)
                            and _EN_PROJECT_FACTS.match(self.prep.folded, unit.start, unit.end) is not None
                        )
                        or (
                            self.language == "vi"
                            and cue is None
                            and " duoc " in self.prep.folded[unit.start : unit.start + 90]
                            and (decided := _VI_DECIDED_IN_ACT.match(self.prep.folded, unit.start, unit.end))
                            is not None
                            and not _VI_ITEM_DUE.search(self.prep.folded, unit.start, unit.end)
                            and not any(
                                m.dept is not None and unit.start <= m.start < decided.start("passive")
                                for m in mentions
                            )
                        )
                    )
                )
                if proposed and self.language == "en" and cue is None and unit.boundary == "colon":
                    # "Date of direction: 5/12/2026 (Supervisor Ortega)", "Staff report date: TBD": a record's
                    # field, its value only a date or a placeholder
                    proposed = _EN_BARE_FIELD_VALUE.fullmatch(self.prep.folded, unit.start, unit.end) is None
            elif directive_context and unit.boundary in ("sentence", "line"):
                # "Sở Y tế rà soát ...": in Vietnamese a unit and a bare verb is an order; in the other
                # languages a unit and a verb in the present tells ("Kulturnämnden behandlar ärendet ...")
                starts_named = self.starts_with_mention(unit, mentions) is not None and (
                    self.language == "vi" or self.is_imperative(unit) or cue is not None
                )
                # "No later than 31 March 2026, every canteen must be checked ...": a dated obligation that
                # follows an order goes on with it (its unit is the order's)
                dated_obligation = bool(
                    _DATED.search(self.prep.folded, unit.start, unit.end)
                    and self.cues.modal.search(self.view, unit.start, unit.end)
                )
                # "Anti-larval spraying should also be carried out in every ward ...": a passive obligation
                # added right after the order to a unit, naming none, is that unit's too ("carried" is no
                # narration here)
                obligation = _EN_PASSIVE_OBLIGATION.match(self.prep.folded, unit.start, unit.end)
                added_obligation = bool(
                    self.language == "en"
                    and obligation
                    and proposals
                    and proposals[-1].last == position - 1
                    and proposals[-1].lead is not None
                    # no unit of its own before the verb ("..., and the list sent to the police": a recipient)
                    and not any(m.dept is not None and m.start < obligation.end() for m in mentions)
                )
                dated_obligation = dated_obligation or added_obligation
                # "The deadline for submission of nominations by all offices is on 21 March.": an order to a
                # group, in the order's paragraph
                group_deadline = self.language == "en" and bool(
                    _GROUP_DEADLINE.match(self.prep.folded, unit.start, unit.end)
                )
                proposed = (
                    (
                        added_obligation
                        or group_deadline
                        or self.vi_conditional_order(unit)
                        or (
                            not (self.vi_order_told(unit) if self.language == "vi" else self.is_narrative(unit))
                            and (starts_named or dated_obligation or not self.is_declarative(unit, mentions))
                        )
                    )
                    and not (
                        # "... to process Budget Transfer No. 27-044. (4/5 vote required)": a note in brackets after the
                        # order, no order of its own
                        cue is None and _BRACKETED_NOTE.fullmatch(self.prep.folded, unit.start, unit.end)
                    )
                    and not (
                        # "... report back within 60 days. Vote 4-1 (Smith no).": the order's recorded vote
                        cue is None
                        and self.language == "en"
                        and _EN_VOTE_TALLY.fullmatch(self.prep.folded, unit.start, unit.end)
                    )
                    and not (
                        # "1. As of 20 May, 38% had been disbursed. Site clearance on the ring road remains slow; ...":
                        # the state the conclusions start from, told in the present under the lead-in, no unit named
                        # first
                        cue is None and not starts_named and not added_obligation and self.en_state_told(unit)
                    )
                )
            elif directive_context:  # a new paragraph
                proposed = (
                    self.is_imperative(unit)
                    # "6. UBND huyện X ... tập trung ...\n7. Kho bạc Nhà nước tỉnh kiểm soát chi ...": the next
                    # numbered item of the orders, a unit and its bare verb, as in a sentence of its own
                    or (self.language == "vi" and unit.is_item and self.starts_with_mention(unit, mentions) is not None)
                    # "Với dự thảo Nghị quyết về ..., Sở X tiếp thu đầy đủ ý kiến ...": a story's next paragraph of the
                    # orders, a unit (past the matter it is on) and its bare verb (not "Sở Y tế báo cáo, ...": what
                    # it reported)
                    or (
                        self.language == "vi"
                        and (subject := self.starts_with_mention(unit, mentions)) is not None
                        and subject.dept is not None
                        and self.cues.imperative.match(self.view, _skip_space(self.view, subject.end)) is not None
                        and not _VI_REPORTING.match(self.view, _skip_space(self.view, subject.end))
                    )
                    # "2.6. X Power Company and Y Water Supply Company urgently complete the relocation of ...": a
                    # translated notice's numbered item, its units and a bare verb (not "completes", "has completed")
                    or (
                        self.language == "en"
                        and unit.is_item
                        and cue is None
                        and (subject := self.starts_with_mention(unit, mentions)) is not None
                        and subject.dept is not None
                        and self.cues.imperative.match(
                            self.view, _skip_space(self.view, self.subject_end(subject, mentions))
                        )
                        is not None
                    )
                    # "2.5. The Land Fund Centre coordinates with the Department of Finance to prepare ...", "The
                    # Department of Agriculture and Environment guides the communes on ...": the same notice's task
                    # with the verb in the present, in an item or a paragraph of its own among the orders, those of a
                    # list (not "The Committee instructed X to ...\n\nThe Department of Finance pays the contractor
                    # monthly.": a story's fact after its order)
                    or (
                        self.language == "en"
                        and cue is None
                        and (subject := self.starts_with_mention(unit, mentions)) is not None
                        and subject.dept is not None
                        and self.present_task(_skip_space(self.view, self.subject_end(subject, mentions)), unit.end)
                        and (unit.is_item or context.listed or any(units[p.first].is_item for p in proposals))
                    )
                    # "2.6. Departments, agencies and localities strictly implement ...": units at large, their verb
                    # bare (no lead)
                    or (
                        self.language == "en"
                        and unit.is_item
                        and cue is None
                        and (group_subject := _EN_GROUP_ITEM_SUBJECT.match(self.prep.folded, unit.start, unit.end))
                        is not None
                        and (
                            self.cues.imperative.match(self.view, group_subject.end(), unit.end) is not None
                            or self.present_task(group_subject.end(), unit.end, bare=True)
                        )
                    )
                ) and not self.is_narrative(unit)
            elif in_list:
                proposed = False
            else:
                proposed = self.is_imperative(unit) and not self.is_narrative(unit)
            if (
                proposed
                and cue is None
                and self.language == "en"
                and masthead_line(self.prep.work, unit.start, unit.end)
            ):
                # "Updated following the Regular Meeting of May 11, 2026" under a log's heading: its masthead
                proposed = False
            clause = None if proposed or self.language != "fr" else self.resolved_clause(unit, position, mentions)
            if clause is not None:
                # "... et résolu d'adopter la grille tarifaire et que le Service X procède à ...": the order only
                proposals.append(clause)
                context = _Context("directive", clause.lead)
                self.update_focus(clause.lead)
                previous = unit
                continue
            if proposed:
                inherited = (
                    context.lead
                    if directive_context and not asked and not group_deadline and group_subject is None
                    else None
                )
                if inherited is not None and self.measures_lead is not None and unit.is_item:
                    # "... les recommandations suivantes :\n4. la Région médicale organisera ... ;\n5. renforcer la
                    # sensibilisation ...": a measure of its own, not the unit of the item before
                    inherited = self.measures_lead[0]
                lead, coordinating = self.roles(unit, mentions, cue, inherited)
                if inherited is not None and lead == inherited and not self.own_lead and context.partners:
                    # "3. Bộ Chỉ huy Quân sự tỉnh, Bộ đội Biên phòng tỉnh\nXây dựng phương án ...": the label's
                    # first unit leads its tasks, the others it names coordinate
                    coordinating += [d for d in context.partners if d != lead and d not in coordinating]
                if lead is None and dated_obligation and cue is None:
                    lead = inherited  # the dated obligation of the order before: the same unit
                if lead is None and added_product is not None:
                    lead = added_product
                if lead is None and whole_assignment_of is not None:
                    lead = whole_assignment_of
                if funds_of is not None:
                    lead, coordinating = funds_of, []  # (not the agency the money is asked of, "hos Kammarkollegiet")
                if (
                    lead is None
                    and self.language == "sv"
                    and cue is not None
                    and _SV_REPORTED_INSTEAD.match(self.view, unit.start, unit.end)
                ):
                    # "Utredningstiden förlängs. Uppdraget ska i stället redovisas senast ...": the inquiry's
                    # assignment, the inquiry named last before it ("Utredaren", the title's "Utredningen om ...")
                    lead = next(
                        (
                            m.dept
                            for m in reversed(self.mentions[: bisect_left(self.starts, unit.start)])
                            if m.dept is not None and _is_inquiry(m.dept)
                        ),
                        None,
                    )
                if (
                    lead is None
                    and inherited is not None
                    and self.language == "en"
                    and in_list
                    and cue is not None
                    and cue.kind == "request"
                    and cue.start - unit.start <= 3
                ):
                    # "2. Department of Agriculture and Environment:\n... b) Urge and guide the communes to complete
                    # ...": under a unit's label, an item that opens on its verb is that unit's task (those it urges
                    # are no unit of the directory); it has no subject of its own
                    lead = inherited
                    self.own_lead = self.has_subject = False
                if (
                    lead is None
                    and inherited is not None
                    and self.language == "vi"
                    and in_list
                    and cue is not None
                    and cue.kind == "request"
                    and cue.start - unit.start <= 3
                    and self.under_label_of(inherited, position, proposals)
                ):
                    # "6. Ban Quản lý các khu công nghiệp tỉnh: yêu cầu doanh nghiệp có bếp ăn tập thể chỉ ký hợp đồng
                    # với ...", "1. Sở Y tế:\n- Yêu cầu các cơ sở ...": under a unit's label, an item that opens on its
                    # request is that unit's task (those it requires are no unit of the directory)
                    lead = inherited
                    self.own_lead = self.has_subject = False
                if (
                    self.to_every_province
                    and context is not None
                    and context.listed
                    and _VI_SUPERVISES.match(self.prep.lower, unit.start)
                ):
                    # "1. Chỉ đạo Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính ...", under a
                    # ministry's request to the chairs of every province: each province directs its own departments
                    # (no one province's units of the directory); the order is that of the committees asked
                    lead, coordinating = inherited, []
                    self.own_lead = False
                if (
                    lead is None
                    and self.language == "en"
                    and cue is not None
                    and cue.kind == "modal"
                    and proposals
                    and proposals[-1].last == position - 1
                    and proposals[-1].lead is not None
                    and _EN_PASSIVE_OBLIGATION.match(self.prep.folded, unit.start, unit.end)
                    and not any(m.dept is not None and m.start < cue.end for m in mentions)
                    # (not "(4) officers be requested to publish ...": the group asked is the subject, no unit)
                    and _EN_BE_ASKED.match(self.prep.folded, cue.start, cue.end) is None
                ):
                    # "She directed the DPO to take up a sanitation drive. Field staff should be made responsible
                    # for the drive.": a group the passive acts on, the order's unit acts
                    lead = proposals[-1].lead
                if (
                    lead is None
                    and self.language == "en"
                    and cue is None
                    and unit.is_item
                    and self.resolved_items
                    and proposals
                    and proposals[-1].last == position - 1
                    and proposals[-1].lead is not None
                    and (thing := _EN_NEW_THING_SUBJUNCTIVE.match(self.prep.folded, unit.start, unit.end)) is not None
                    and not any(m.dept is not None and m.start < thing.end() for m in mentions)
                ):
                    # "RESOLVED that: (2) the Director of X issue a performance notice to the contractor; (3) a recovery
                    # plan be agreed with the contractor and presented to ...": a new piece of work in the passive, no
                    # agent, that follows from the clause before is that clause's unit's
                    lead = proposals[-1].lead
                if (
                    lead is None
                    and cue is None
                    and unit.boundary == "semicolon"
                    and in_list
                    and _DEADLINE_SUBJECT.match(self.prep.folded, unit.start)
                ):
                    # "- Hoàn tất nghiệm thu ...; thời hạn chậm nhất ngày 28/02": the item's own deadline or
                    # report, its unit the list's (the next item keeps it)
                    lead = inherited
                previous_proposal = proposals[-1] if proposals else None
                if (
                    lead is None
                    and previous_proposal is not None
                    and previous_proposal.coordinating
                    and previous_proposal.lead in self.department_like
                    and _PLURAL_DEPARTMENTS.match(self.prep.folded, unit.start)
                ):
                    # "The departments shall also ..." after "the Departments: Health; Finance; ...": that list
                    lead, coordinating = previous_proposal.lead, list(previous_proposal.coordinating)
                proposal = Proposal(
                    unit.start,
                    unit.end,
                    lead,
                    coordinating,
                    self.own_lead,
                    position,
                    position,
                    has_subject=self.has_subject,
                )
                if (
                    self.language == "fr"
                    and cue is not None
                    and cue.kind == "request"
                    and cue.start - unit.start > 20
                    and self.prep.folded.endswith(" et ", 0, cue.start)
                ):
                    # "Le Conseil décide d'ouvrir le point de collecte du 1er avril au 31 octobre et charge le service
                    # X d'en informer les habitants pour le 15 mars": the order's own date, not the decided period's
                    proposal.deadline_from = cue.start
                    if _FR_BODY_APPROVES.search(self.prep.folded, unit.start, cue.start):
                        # "Le conseil municipal approuve l'avant-projet ..., autorise le Maire à signer les marchés et
                        # charge le Maire de solliciter les subventions ...": what the body approves and authorises is
                        # no task; the order starts at its verb
                        proposal.start, proposal.split_start = cue.start, True
                if (
                    self.language == "fr"
                    and cue is not None
                    and cue.kind == "request"
                    and self.prep.folded.endswith((" et de ", " et d'"), 0, cue.start)
                    and _FR_RESOLVED_TO_APPROVE.search(self.prep.folded, unit.start, cue.start)
                ):
                    # "Il est proposé par X, appuyé par Y et résolu d'adopter le règlement no ... et de mandater le
                    # greffier pour publier l'avis ...": what the council adopts is no task; the order starts at "de"
                    proposal.start = self.prep.folded.rfind(" et ", unit.start, cue.start) + len(" et ")
                    proposal.split_start = True
                if self.language == "en" and cue is not None and ", and " in self.prep.folded[unit.start : cue.start]:
                    after_act = self.order_after_act(unit, cue, mentions)
                    if after_act is not None:
                        # "The draft Regulation on X was approved with amendments, and the Ministry of Justice was
                        # directed to ...": the order only, the approval before it no task
                        proposal.start, proposal.split_start = after_act, True
                if (
                    self.language == "en"
                    and cue is not None
                    and cue.kind == "request"
                    and proposal.start == unit.start
                    and " and " in self.prep.folded[unit.start : cue.start]
                    and _EN_SUMMARY_ACT_BEFORE.fullmatch(self.prep.folded, unit.start, cue.start)
                ):
                    # "Accepted a grant of $312,000 from X and directed the Auditor-Controller to process ...": a
                    # summary of actions' item, what the board accepted no task; the order starts at its verb
                    proposal.start, proposal.split_start = cue.start, True
                self.take_up(units, position, proposal, previous, proposals)
                proposals.append(proposal)
                second = self.second_order(unit, proposal) if cue is not None else None
                if second is None and cue is None and in_list and self.language == "fr" and proposal.own_lead:
                    second = self._fr_present_second(unit, proposal)
                if second is not None:
                    proposals.append(second)
                    lead = second.lead
                # a list goes on past a second sentence of its item ("1. X chủ trì ... Chỉ đạo Y ...", then "2.")
                # "1. Chủ tịch UBND các xã ...\nRiêng UBND xã X ...\n2. ...": a paragraph that singles out one unit
                # of the item's group belongs to the item, and the list goes on too
                listed = (
                    context is not None
                    and context.listed
                    and (
                        in_list
                        or unit.boundary == "sentence"
                        or (self.language == "vi" and bool(_VI_SINGLED_OUT.match(self.prep.folded, unit.start)))
                    )
                )
                # the label's other units go on coordinating the tasks its first unit leads
                partners = context.partners if context is not None and lead is not None and lead == context.lead else ()
                if not partners and self.language == "vi" and proposal.own_lead and proposal.coordinating:
                    # "UBND xã A và UBND xã B tiếp nhận ...; bàn giao ... Đối với ..., thực hiện cưỡng chế ...": the
                    # units named together as the subject go on together in the orders after it with no subject
                    partners = self.joint_subject_partners(unit, mentions, lead, proposal.coordinating)
                inline = context is not None and context.inline
                context = _Context("directive", lead, listed=listed, partners=partners, inline=inline)
                self.update_focus(lead)
                self.subject_focus = False
                self.lead_before = lead is not None
            else:
                carried_out = (
                    self.language == "fr"
                    and unit.boundary == "sentence"
                    and proposals
                    and proposals[-1].lead is None
                    and proposals[-1].last == position - 1
                    and " ce" in text
                    and _FR_CARRIES_OUT_THIS.search(self.prep.folded, unit.start, unit.end) is not None
                    and self.starts_with_mention(unit, mentions) is not None
                )
                if carried_out:
                    # "Réhabiliter les quais ... Le Ministre X assure le suivi de cette décision.": the task with no
                    # unit, then the unit that carries it out, told in the present; one directive, that unit's
                    lead, coordinating = self.roles(unit, mentions, None, None)
                    if lead is not None:
                        before = proposals[-1]
                        before.end, before.last, before.lead, before.own_lead = unit.end, position, lead, True
                        before.coordinating = [d for d in coordinating if d != lead]
                        context = _Context("directive", lead, listed=context is not None and context.listed)
                        self.update_focus(lead)
                        previous = unit
                        continue
                if unit.boundary != "semicolon":
                    quiet_semicolons = True
                # "1. La DDT procédera ... Le projet sera présenté au comité avant le 15 avril.\n2. ...": a second
                # sentence of a list's item that gives no order of its own, the list goes on at the next item
                item_goes_on = (
                    self.language != "vi"  # a Vietnamese item's next sentence may open the next part's heading
                    and context is not None
                    and context.kind == "directive"
                    and context.listed
                    and unit.boundary == "sentence"
                    and not unit.is_item
                    and not unit.whole_line
                    and (
                        (bool(proposals) and proposals[-1].last == position - 1)
                        # "3. A compter du 1er mars, les avis seront rendus par voie électronique. Aucun avis sur
                        # papier ne sera pris en considération.\n4. ...": the item's first sentence no order either
                        or (
                            self.language == "fr"
                            and units[position - 1].is_item
                            and units[position - 1].closer == "sentence"
                        )
                    )
                )
                if (
                    not in_list
                    and not item_goes_on
                    and not (
                        # "Kết quả báo cáo Ban Thường vụ trước ngày ...": the order's report-back, then "Chỉ đạo ..."
                        # for the same unit ("Thời hạn chậm nhất là ngày 30 tháng 6 năm 2026.": its dated deadline)
                        context is not None
                        and context.kind == "directive"
                        and _DEADLINE_SUBJECT.match(self.prep.folded, unit.start)
                        and (
                            _REPORT_BACK.search(self.prep.folded, unit.start, unit.end)
                            or _DATED.search(self.prep.folded, unit.start, unit.end)
                            # "Kết quả thực hiện gửi Sở Y tế để tổng hợp.": the results sent on, then "- Lồng ghép ..."
                            or (
                                self.language == "vi" and _VI_RESULTS_SENT.match(self.prep.folded, unit.start, unit.end)
                            )
                        )
                    )
                ):
                    context = _Context("narration")
                subject = self.subject_mention(unit, mentions)
                if (
                    subject is not None
                    and self.language == "sv"
                    and _SV_WORK_SUBJECT.match(self.prep.folded, unit.start)
                ):
                    # "Uppdraget ska genomföras i samråd med Socialstyrelsen, IMY och SKR.": the assignment is the
                    # subject, those it names are partners; "Myndigheten" after it is still the one assigned
                    subject = None
                if subject is None and self.language == "vi" and cue is not None and cue.kind == "modal":
                    # "..., theo kết luận giao ban tuần trước Sở X phải trình ..., đến nay vẫn chưa hoàn thành. Đề nghị
                    # Sở khẩn trương ...": the unit of the order told, right before its modal, is the one "Sở" means
                    subject = next(
                        (
                            m
                            for m in mentions
                            if m.dept is not None and not m.affiliation and not self.view[m.end : cue.start].strip()
                        ),
                        None,
                    )
                self.update_focus(subject.dept if subject else None)
                if not (self.language == "fr" and subject is None and unit.boundary == "colon" and not mentions):
                    # (not "Le ministre X a présenté les résultats : 5 604 candidats ont été admis. Il devra ...": the
                    # figures after the colon, with no unit, go on with the sentence whose subject "Il" takes up)
                    self.subject_focus = subject is not None and subject.dept is not None
                self.lead_before = False
                previous = unit
                continue
            previous = unit
        return proposals

    def resolved_clause(self, unit: Unit, position: int, mentions: list[Mention]) -> Proposal | None:
        """A council's resolution that approves, then orders a unit in a clause of its own: "Il est proposé
        ... et résolu d'adopter la grille tarifaire et que le Service des loisirs procède à l'ouverture ...".
        The order starts at its "que"; the approval before it is no task."""
        folded = self.prep.folded
        if not _FR_RESOLVED.search(folded, unit.start, unit.end):
            return None
        hit = _FR_AND_THAT.search(folded, unit.start, unit.end)
        if hit is None:
            return None
        subject = next((m for m in mentions if m.start >= hit.end() and not m.affiliation), None)
        if subject is None or subject.dept is None or not self.gap_ok(hit.end(), subject.start, limit=24):
            return None
        # the verb in the subjunctive, past the rest of the unit's name ("le Service des loisirs, de la culture et
        # de la vie communautaire procède à ...")
        verb = _FR_SUBJUNCTIVE_AFTER.match(folded, self.subject_end(subject, mentions), unit.end)
        if verb is None or _FR_RESOLUTION_NO_TASK.match(folded, verb.start("verb")):
            return None
        return Proposal(
            hit.start("that"), unit.end, subject.dept, [], True, position, position, has_subject=True, split_start=True
        )

    def order_after_act(self, unit: Unit, cue: _Cue, mentions: list[Mention]) -> int | None:
        """Where an English order starts after a decision of the body's own in the same sentence ("X was approved
        with amendments, and the Ministry of Justice was directed to ...", a motion's "to introduce ..., and to direct
        the Planning Division to ..."): at its addressee, or at its verb where the motion's "to" has none before it."""
        folded = self.prep.folded
        joint = folded.rfind(", and ", unit.start, cue.start)
        if joint < 0 or not _EN_ACT_BEFORE_ORDER.fullmatch(folded, unit.start, joint):
            return None
        if _EN_DUE_IN_ACT.search(folded, unit.start, joint) or any(
            m.dept is not None and unit.start <= m.start and m.end < joint and folded.startswith(" to ", m.end)
            for m in mentions
        ):
            # "Council agreed to authorize the Director of Finance to transfer $200,000 ... by March 31, 2027, and
            # to direct the City Clerk to ...": an order of its own before the ", and" (a unit told to act, a due
            # date), not the body's act alone
            return None
        after = joint + len(", and ")
        if cue.start == after and folded.startswith("to ", after):
            # "MOTION: X / SECOND: Y to introduce ..., and to direct the Planning Division to ...": an action minute's
            # motion line (a sentence that tells who moved, "Supervisor X moved to adopt ..., and to direct ...", is
            # kept whole, as its labels have it)
            return None if _MOVED.search(folded, unit.start, joint) else after + len("to ")
        named = next((m for m in mentions if m.start >= after), None)
        if (
            named is None
            or named.dept is None
            or not self.gap_ok(after, named.start, limit=8)
            or folded[self.subject_end(named, mentions) : cue.start].strip()
        ):
            return None
        return after  # "..., and the Ministry of Justice was directed to ..."

    def leads_a_task(self, unit: Unit) -> bool:
        """A Vietnamese task a unit leads, with no subject: "Chủ trì, phối hợp với Sở X thẩm định ...", "Chủ trì
        tham mưu ..." (not "Chủ trì cuộc họp", a meeting chaired)."""
        if _VI_ANSWERS_FOR.match(self.view, unit.start, unit.end):
            return True
        opener = _VI_LEADS_TASK.match(self.view, unit.start, unit.end)
        return opener is not None and self.cues.imperative.match(self.view, opener.end()) is not None

    def under_label_of(self, lead: DepartmentRef, position: int, proposals: list[Proposal]) -> bool:
        """Whether the unit at ``position`` stands under the label of ``lead`` ("1. Sở Y tế:" then its tasks): the
        last lead-in before it names that unit, and no order since has named a lead of its own."""
        label = max((k for k in self.lead_ins if k < position), default=None)
        if label is None or self.lead_ins[label] != lead:
            return False
        return not any(p.own_lead for p in proposals if p.first > label)

    def _unit_label(self, units: list[Unit], position: int, mentions: list[Mention]) -> bool:
        """A numbered line that is only a unit's name, its tasks in the items below it."""
        unit = units[position]
        if not (unit.is_item and unit.whole_line) or position + 1 >= len(units):
            return False
        if self.language == "fr" and _FR_SPEAKER_SECTION.match(self.prep.folded, unit.start, unit.end):
            return False  # "I. COMMUNICATION DU PRÉSIDENT": a speaker's section ("Communication" no service there)
        following = units[position + 1]
        if not following.is_item and not (
            # "2. Sở Tài chính\nChủ trì, phối hợp với ...": one task in a paragraph with no subject on the next line
            self.prep.work[unit.end : following.start].strip() == ""
            and self.prep.work.count("\n", unit.end, following.start) == 1
            and (
                self.is_imperative(following)
                # "Chủ trì, phối hợp với Sở X thẩm định ...": the unit leads the task (not "Chủ trì: ông X")
                or (self.language == "vi" and not following.ends_colon and self.leads_a_task(following))
            )
        ):
            return False
        named = [m for m in mentions if m.dept is not None and not m.issuer]
        covered = sum(min(m.end, unit.end) - max(m.start, unit.start) for m in named)
        if named and self.language == "vi" and 10 * covered < 9 * (unit.end - unit.start):
            return bool(self.titled_label(unit, named))
        return bool(named) and 10 * covered >= 9 * (unit.end - unit.start)

    def titled_label(self, unit: Unit, mentions: list[Mention]) -> list[Mention]:
        """The units a Vietnamese label line names after their head's title, "2. Bộ trưởng Bộ Y tế", "1. Chủ tịch
        UBND các tỉnh: A, B, C" (the names of a list joined by commas or "và", nothing else on the line: short place
        names leave much of it uncovered); none when the line holds other words."""
        title = _VI_LABEL_TITLE.match(self.view, unit.start, unit.end)
        start = title.end() if title else unit.start
        end = unit.end
        if ")" in self.view[max(unit.start, unit.end - 3) : unit.end]:
            # "1. Sở Nông nghiệp và Môi trường (cơ quan thường trực Ban Chỉ đạo tỉnh)": the role it holds, in
            # brackets after its name, is no part of the label
            aside = _VI_LABEL_ASIDE.search(self.view, start, unit.end)
            end = aside.start() if aside else end
        inside = [m for m in mentions if m.dept is not None and unit.start <= m.start and m.end <= end]
        if not inside or inside[0].start != start or not _VI_LABEL_END.fullmatch(self.view, inside[-1].end, end):
            return []
        if not all(_VI_LABEL_JOIN.fullmatch(self.view, a.end, b.start) for a, b in pairwise(inside)):
            return []
        return inside

    def _outside_asides(self, mentions: list[Mention], end: int) -> list[Mention]:
        """The mentions less those in a parenthesis right after a unit's name, which say whose it is or what role
        it holds: "Tổng cục Quản lý thị trường (Bộ Công Thương)", "Sở X (cơ quan thường trực Ban Chỉ huy ...)",
        "the Roads Division (Public Works)". A parenthesis that names a partner ("(phối hợp với Sở Y)") stays."""
        folded = self.prep.folded
        kept: list[Mention] = []
        previous_end = -1
        open_until = -1  # where the parenthesis being dropped closes
        for mention in mentions:
            if mention.start < open_until:
                continue
            if previous_end >= 0:
                gap = folded[previous_end : mention.start]
                close = folded.find(")", mention.end, end)
                if (
                    gap.lstrip(" \t\n").startswith("(")
                    and mention.dept != kept[-1].dept  # "(TESCOM)": the same unit's short name, kept
                    and ")" not in gap
                    and close >= 0
                    and not COORDINATION.search(gap)
                    and "(" not in folded[mention.end : close]
                ):
                    open_until = close
                    continue
            kept.append(mention)
            previous_end = mention.end
        return kept

    def vi_roles_in_brackets(self, units: list[Unit], position: int) -> tuple[Proposal | None, int] | None:
        """A plan's task that names who does it in brackets after it: "2. Hoàn thiện Hệ thống ... (Cơ quan chủ trì:
        Sở X; cơ quan phối hợp: Công an tỉnh; thời gian hoàn thành: quý II/2026)." One directive, the task with its
        brackets; the unit after "chủ trì" leads, those after "phối hợp" coordinate, the time label is its deadline.
        Returns the proposal and its last unit (no proposal where the task is told as done: "Đã hoàn thành ...")."""
        unit, folded = units[position], self.prep.folded
        line_end = folded.find("\n", unit.start)
        line_end = len(folded) if line_end < 0 else line_end
        bracket = _VI_ROLES_IN_BRACKETS.search(folded, unit.start, line_end)
        if bracket is None or bracket.start() - unit.start < 12:
            return None
        last = position
        while last + 1 < len(units) and units[last + 1].start < bracket.end():
            last += 1
        if _VI_DONE_WORD.search(self.view, unit.start, bracket.start()):
            # "1. Đã hoàn thành xây dựng ... (Cơ quan chủ trì: ...)": a report's item, what was done, no order
            return None, last
        lead, coordinating, due = None, [], None
        for part in re.finditer(r"[^;]+", folded[bracket.start() + 1 : bracket.end() - 1]):
            colon = part.group().find(":")
            if colon < 0:
                continue
            at = bracket.start() + 1 + part.start()
            label_end, value_end = at + colon, at + len(part.group())
            named = [m.dept for m in self.mentions_in(label_end, value_end) if m.dept is not None and not m.issuer]
            if _RESPONSIBLE_LABEL.fullmatch(folded, at, label_end):
                lead = lead or (named[0] if named else None)
                coordinating += [d for d in named if d != lead and d not in coordinating]
            elif _COORDINATING_LABEL.fullmatch(folded, at, label_end):
                coordinating += [d for d in named if d != lead and d not in coordinating]
            elif due is None and _DEADLINE_LABEL.fullmatch(folded, at, label_end):
                due = at
        if lead is None:
            return None
        proposal = Proposal(unit.start, units[last].end, lead, coordinating, True, position, last, has_subject=True)
        proposal.deadline_from = due
        return proposal, last

    def answerable_only(self, unit: Unit, cue: _Cue) -> bool:
        """ "Thủ trưởng cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện ...": the
        subject answers to a superior for results, its first and only predicate; accountability, no task (not
        "Sở X rà soát ..., người đứng đầu chịu trách nhiệm trước ... về ...", a task before it)."""
        if self.language != "vi" or cue.kind != "modal" or cue.start == cue.end:
            return False
        folded = self.prep.folded
        if not _VI_ANSWERABLE.match(folded, cue.start, unit.end):
            return False
        return self.cues.imperative.search(self.view, unit.start, cue.start) is None

    def _group_label(self, units: list[Unit], position: int) -> bool:
        """A numbered line that only names groups of units ("Giám đốc các Sở, Chủ tịch UBND các huyện"), their
        tasks in the items below it: a label with no colon."""
        unit = units[position]
        return (
            self.language == "vi"
            and unit.is_item
            and unit.whole_line
            and position + 1 < len(units)
            and units[position + 1].is_item
            and bool(_VI_GROUP_LABEL.fullmatch(self.view, unit.start, unit.end))
        )

    def _request_heading(self, units: list[Unit], position: int, cue: _Cue | None) -> bool:
        """ "4. Đề nghị Hội Nông dân tỉnh và các đoàn thể\nĐề nghị Hội Nông dân tỉnh vận động ...": a plan's numbered
        heading that names the bodies it asks, on a line of its own with no stop, its paragraph opening on the
        request again; the heading gives no task of its own."""
        unit = units[position]
        if (
            self.language != "vi"
            or cue is None
            or cue.kind != "request"
            or not (unit.is_item and unit.whole_line)
            or position + 1 >= len(units)
            or not self.prep.folded.startswith("de nghi ", unit.start)
            or self.prep.work[unit.start : unit.end].rstrip().endswith((".", ";", ":", "!", "?"))
        ):
            return False
        following = units[position + 1]
        return (
            not following.is_item
            and self.prep.work.count("\n", unit.end, following.start) == 1
            and self.prep.folded.startswith("de nghi ", following.start)
        )

    def _remark(self, unit: Unit) -> bool:
        """Words a speaker said, with no verb of order at their start: a quotation whole ('"Chúng ta không thể để
        người dân phải đi lại nhiều lần"'), or a story's headline that gives the speaker, a colon and the gist of
        the words on the text's first line ("Chủ tịch UBND tỉnh: Không để dự án chậm tiến độ")."""
        work = self.prep.work
        if unit.end - unit.start < 2 or self.is_imperative(unit):
            return False
        if work[unit.start] in '"“' and work[unit.end - 1] in '"”':
            return True
        return (
            unit.boundary == "colon"
            and unit.closer in ("para", "end")
            and work.rfind("\n", 0, unit.start) < 0
            and work[unit.end - 1] not in ".;!?"
        )

    def _proposal_not_adopted(self, unit: Unit) -> bool:
        """ "Förslag: Kommunstyrelsen uppdrar åt X att ...\nBehandling: ...\nBeslut: Ärendet återremitterades.": a
        Finland-Swedish protocol's proposal that its paragraph's decision sent back, tabled or rejected gives no
        order (the decision's own orders, after its label, stand)."""
        folded = self.prep.folded
        lo = max(0, unit.start - 1500)
        if folded.find("forslag", lo, unit.start) < 0:  # a cheap first look
            return False
        labels = list(_SV_PROPOSAL_LABEL.finditer(folded, lo, unit.start))
        if not labels:
            return False
        # the unit stands under the proposal's label, no decision or paragraph between them
        if _SV_DECISION_OR_PARAGRAPH.search(folded, labels[-1].end(), unit.start):
            return False
        after = _SV_DECISION_OR_PARAGRAPH.search(folded, unit.end, unit.end + 1500)
        if after is None or after.group().rstrip().endswith("§"):
            return False
        if _SV_NOT_ADOPTED.match(folded, after.end()):
            return True
        # "Förslag till beslut\n... föreslås besluta att 1. ..., 2. uppdra åt X ...\nBeslut\nNämnden beslutar att\n1.
        # ...": the decision writes out its own orders (the proposal's, amended or not), which stand in its place
        return bool(_SV_OWN_DECISION.match(folded, after.end()))

    def not_an_order(self, unit: Unit, mentions: list[Mention], cue: _Cue | None) -> bool:
        """A unit that looks like an order and is none: an item that gives its status ("- completed in
        November"), a unit that reports or reminds ("Le Département de X rappelle que ..."), a member's motion
        ("X (C) yrkar att ..."), an approval ("Đồng ý về chủ trương ...")."""
        folded = self.prep.folded
        if cue is None and _STATUS.search(folded, unit.start, unit.end):
            return True
        if (
            self.language == "en"
            and cue is None
            and unit.end - unit.start < 30
            and _EN_NO_VALUE.fullmatch(folded, unit.start, unit.end)
        ):
            return True  # "Staff Direction: None.", "Action: N/A": a label with nothing under it
        if self.language == "vi" and cue is None and _VI_FORECAST.match(folded, unit.start, unit.end):
            return True  # "- Theo dự báo, trong những ngày tới nắng nóng tiếp tục kéo dài": a forecast, told
        if (
            self.language == "vi"
            and self.meeting is not None
            and cue is not None
            and cue.kind == "modal"
            and folded.startswith("theo ", unit.start)
            and _VI_DUTY_UNDER_DOCUMENT.match(folded, unit.start, cue.start)
        ):
            # "Theo Kế hoạch số 96/KH-UBND ngày 12/3/2026, các xã phải nộp báo cáo trước ngày 30/4/2026": the duty an
            # earlier document set, its date passed when this one is written, recalled
            due = find_deadline(folded[cue.end : unit.end], [], self.meeting, "vi")
            if due is not None and due.date is not None and due.date < self.meeting:
                return True
        if (
            self.language == "vi"
            and (cue is None or cue.kind == "modal")
            and unit.boundary in ("colon", "semicolon")
            and (colon := folded.rfind(":", max(0, unit.start - 400), unit.start)) >= 0
            and ". " not in folded[colon : unit.start]
            and (troubles := _VI_TROUBLES_BEFORE.search(folded, max(0, colon - 60), colon)) is not None
            and not _VI_TROUBLES_DEALT_WITH.search(folded, max(0, troubles.start() - 24), troubles.start())
        ):
            return True  # "xã đang gặp nhiều khó khăn: ..., cán bộ phải làm việc tại 2 điểm ...": a trouble, no order
        if (
            self.language == "en"
            and cue is None
            and (frame := _MOTION_FRAME.match(folded, unit.start, unit.end)) is not None
            and frame.group("how") == "to"
            and _EN_MOTION_TO_DISPOSE.match(folded, frame.end(), unit.end)
        ):
            # "MOTION by Councilmember X, seconded by Councilmember Y, to accept the study.": the body's own
            # disposal of its item, put to the vote, no one's task
            return True
        if (
            self.language == "en"
            and "cop" in folded[unit.start : unit.start + 60]
            and _EN_COPIES_FURNISHED.match(folded, unit.start, unit.end)
        ):
            return True  # "RESOLVED FINALLY, that copies of this Resolution be furnished the Governor, ...": sent round
        if (
            self.language == "en"
            and cue is not None
            and cue.kind == "request"
            and _EN_EARLIER_DIRECTION_BEFORE.search(folded, max(unit.start, cue.start - 80), cue.start)
        ):
            # "The report responds to the Board's October 14, 2025 direction asking Public Works to evaluate ...":
            # an earlier meeting's order, named by its date, recalled
            return True
        if self.language == "en" and cue is None and self.outcome_row(unit):
            return True  # "8 - Request from X for Y | Continued to a date uncertain | 3-0": the item's outcome
        if self.language == "en" and (
            _EN_BODY_DISPOSES.match(folded, unit.start, unit.end)
            or _EN_ROW_BODY_ACTED.match(folded, unit.start, unit.end)
        ):
            return True  # "THAT Council receive for information the report ...", "Receive and file.": its own act
        if (
            self.language == "fr"
            and "vous" in folded[unit.start : unit.end]
            and _FR_COURTESY_CLOSING.search(folded, unit.start, unit.end)
            and self.cues.imperative.search(self.view, unit.start, unit.end) is None
        ):
            return True  # "Madame la Directrice, je vous prie d'agréer l'expression de ...": a letter's courtesy
        if (
            self.language == "fr"
            and (
                "ne saur" in folded[unit.start : unit.end]
                or folded.startswith(("passe ", "faute ", "au-del", "au del"), unit.start)
            )
            and not any(m.dept is not None for m in mentions)
            and (
                _FR_LAPSED_OPENER.match(folded, unit.start, unit.end)
                or _FR_LIMIT_NORM.search(folded, unit.start, unit.end)
            )
        ):
            # "Passé ce délai, les demandes seront traitées en l'état": what follows a missed deadline, a warning;
            # "Les frais de mission ne sauraient dépasser 5 % des crédits": a limit, a norm; no unit to act in either
            return True
        if (
            self.language == "fr"
            and cue is None
            and self.prep.work.startswith(("QUE ", "ET QUE "), unit.start)
            and _APPROVAL_ITEM.match(folded, unit.start, unit.end)
        ):
            # "QUE la dépense soit financée à même le fonds général.", "QUE le maire soit autorisé à signer ...": a
            # resolution's clause that authorises or says where the money comes from, in a sentence of its own
            return True
        if (
            self.language == "en"
            and unit.is_item
            and folded.endswith(")", unit.start, unit.end)
            and _EN_DIRECTED_ON.fullmatch(folded, unit.start, unit.end)
            # (not a title that is itself the order: "1. Police Department to report back on overtime costs
            # (directed 01/13/2026)")
            and not any(
                m.dept is not None
                and unit.start <= m.start < unit.end
                and _EN_UNIT_TO_ACT.match(folded, m.end, unit.end)
                for m in mentions
            )
        ):
            return True  # "3. Hiring Dashboard (directed 02/24/2026)": an item's title and when it was directed
        if (
            self.language == "en"
            and " as " in folded[unit.start : unit.end]
            and _EN_STANCE_ONLY.fullmatch(folded, unit.start, unit.end)
        ):
            # "Heads of departments must identify disbursement as a key political task and take direct responsibility
            # for the results": what a matter is to be held as, an exhortation, no task
            return True
        refused = None
        if self.language == "en" and " not be " in folded[unit.start : unit.end]:
            refused = _EN_REFUSED.search(folded, unit.start, unit.end)
        if refused is not None and (cue is None or cue.start >= refused.start()):
            # "Late entries will not be considered": what befalls those who fail, no order (not "X shall ensure
            # that late entries will not be accepted")
            return True
        if self.language == "fr" and folded.startswith("ce", unit.start) and _FR_BODY_REMIT.match(folded, unit.start):
            return True  # "Ce Fonds est chargé de financer ...": the remit of a body the decree creates
        if (
            self.language == "fr"
            and folded.startswith(("aux", "en v", "au s"), unit.start)
            and _FR_UNDER_THE_ACT.match(folded, unit.start)
        ):
            return True  # "Aux termes de ce décret, l'ANER est chargée de ...": what the act adopted provides
        if (
            self.language == "en"
            and cue is not None
            and "," in folded[max(unit.start, cue.start - 30) : cue.start]
            and _EN_RELATIVE_PASSIVE_BEFORE.search(folded, max(unit.start, cue.start - 30), cue.start) is not None
            and self.cues.request.search(self.view, cue.end, unit.end) is None
            and self.cues.modal.search(self.view, cue.end, unit.end) is None
        ):
            # "Then the head of the X Directorate, who was assigned in the previous meeting to visit the projects,
            # shared his findings": the task given before, in an aside that says who the speaker is
            return True
        if self.language == "fr" and cue is not None:
            public = _FR_PUBLIC_URGED.match(folded, unit.start, unit.end)
            # (a unit named with the public counts too: "invite les éleveurs et la DNE à finaliser le plan")
            public_end = public.end() if public is not None else 0
            for word in _FR_PUBLIC_WORD.finditer(folded, unit.start, public_end):
                public_end = word.end()
            if public is not None and not any(
                m.dept is not None and not m.affiliation and m.start >= public_end for m in mentions
            ):
                return True  # "Les ménages sont invités à la plus grande vigilance ...": an appeal to the public
        if self.language == "fr" and cue is not None and "devr" in folded[unit.start : unit.end]:
            forecast = _FR_FORECAST.search(folded, unit.start, unit.end)
            if forecast is not None and not any(
                m.dept is not None
                and not m.affiliation
                and unit.start <= m.start < forecast.start()
                # (not the forecast's source: "Selon la DDT, les travaux devraient démarrer en avril")
                and not _FR_SOURCE_BEFORE.search(folded, max(unit.start, m.start - 30), m.start)
                for m in mentions
            ):
                return True  # "La deuxième phase devrait démarrer au second semestre": what is expected, no one to act
        if (
            self.language == "en"
            and unit.boundary == "colon"
            and any(word in folded[max(0, unit.start - 40) : unit.start] for word in _EN_PURPOSE_WORDS)
            and _EN_PURPOSE_LABEL.search(folded, max(0, unit.start - 40), unit.start)
        ):
            # "Purpose: To provide Council with the status of resolutions directing Administration to ...": what the
            # report is for
            return True
        if self.language == "en" and (
            # "You will recall that in November 2025, Council directed X to ...": an earlier order recalled
            _EN_RECALLED.match(folded, unit.start)
            # "No ministry, department or agency shall collect ...": a prohibition on all, a norm
            or (folded.startswith("no ", unit.start) and _EN_NONE_SHALL.match(folded, unit.start, unit.end))
            # "The team noted that the annual progress report must go to the SPC": where a document goes, no one tasked
            or (
                not any(m.dept is not None and m.start < unit.start + 30 for m in mentions)
                and _EN_DOCUMENT_MUST_GO.match(folded, unit.start, unit.end)
            )
            # "Council urged residents of flood-prone areas to relocate ...": an appeal to the public
            or (
                # (its verb is one of these words, in the unit: a cheap look before the pattern)
                any(folded.find(verb, unit.start, unit.end) >= 0 for verb in _EN_PUBLIC_URGED_VERBS)
                and _EN_PUBLIC_URGED.match(folded, unit.start, unit.end)
                and not _EN_UNIT_TASKED.search(folded, unit.start, unit.end)
            )
            # "Motorists are asked to observe the reduced speed limit while crews are on site": the public asked
            or (
                (
                    folded.find(" are ", unit.start, unit.start + 80) >= 0
                    or folded.find(" is ", unit.start, unit.start + 80) >= 0
                )
                and (asked := _EN_PUBLIC_ASKED.match(folded, unit.start, unit.end)) is not None
                and not any(m.dept is not None and unit.start <= m.start < asked.end() for m in mentions)
            )
            # "As of 30 April 2026, the disbursed capital reached 41% of the plan": where things stood on a day
            or (cue is None and folded.startswith("as ", unit.start) and _EN_AS_OF_DATE.match(folded, unit.start))
        ):
            return True
        if (
            self.language == "vi"
            and (cue is None or cue.kind == "modal")
            and _VI_AS_REPORTED.match(folded, unit.start, unit.end)
            and self.is_narrative(unit, unit.end - unit.start)
        ):
            return True  # "Theo báo cáo của Cục Thú y, ... đã xảy ra 600 ổ dịch, ... buộc phải tiêu hủy": figures
        if (
            self.language == "vi"
            and (cue is None or cue.kind == "modal")
            and folded.startswith("theo", _skip_space(folded, unit.start))
            and _VI_EARLIER_ORDER.match(folded, unit.start, unit.end)
        ):
            return True  # "Theo chỉ đạo tại Thông báo số ..., các địa phương phải ...": an earlier order recalled
        if (
            self.language == "vi"
            and cue is None
            and "den nay " in folded[unit.start : unit.end]
            and _VI_SO_FAR.search(folded, unit.start, unit.end)
            and not self.is_imperative(unit)
            and self.starts_with_mention(unit, mentions) is None
        ):
            return True  # "Hai dự án có tổng nhu cầu ..., đến nay mới đáp ứng khoảng ...": where things stand
        if (
            self.language == "vi"
            and cue is not None
            and cue.kind == "modal"
            and "den nay " in folded[cue.end : unit.end]
            and (done := _VI_NOT_DONE_SO_FAR.search(folded, cue.end, unit.end)) is not None
            and not self.cues.request.search(self.view, done.end(), unit.end)
            and not self.cues.modal.search(self.view, done.end(), unit.end)
        ):
            # "Việc giao đất ..., theo kết luận giao ban tuần trước Sở X phải trình trước ngày 18/9, đến nay vẫn chưa
            # hoàn thành": an earlier order, then where it stands; told, no order of today
            return True
        if (
            self.language == "vi"
            and cue is None
            and (" moi " in folded[unit.start : unit.end] or " chi " in folded[unit.start : unit.end])
            and _VI_ONLY_REACHED.search(folded, unit.start, unit.end)
            and self.starts_with_mention(unit, mentions) is None
        ):
            return True  # "Giải ngân vốn đầu tư công ... đến ngày 10/5 mới đạt 21,4%": a figure reached so far
        if (
            self.language == "vi"
            and cue is None
            and (" dat " in folded[unit.start : unit.end] or " bang " in folded[unit.start : unit.end])
            and (reached := _VI_FIGURE_REACHED.search(folded, unit.start, unit.end)) is not None
            # (the figure the first clause's predicate, no target before it; then set against the year before)
            and not _VI_TARGET_BEFORE_FIGURE.search(folded, unit.start, reached.start())
            and _VI_AGAINST_LAST_YEAR.search(folded, reached.end(), unit.end)
            and self.starts_with_mention(unit, mentions) is None
        ):
            return True  # "Giải ngân vốn ... đến hết tháng 9 đạt 44,8% kế hoạch, thấp hơn cùng kỳ": a statistic
        if (
            self.language == "vi"
            and cue is None
            and (
                _VI_FIGURE_IS.match(folded, unit.start, unit.end)
                or (
                    _VI_LEVEL_COMPARED.search(folded, unit.start, unit.end)
                    and _VI_MEASURED_FIGURE.search(folded, unit.start, unit.end)
                )
            )
            and self.starts_with_mention(unit, mentions) is None
            and not self.is_imperative(unit)
        ):
            # "Tổng vốn kế hoạch năm 2026 là 1.250 tỷ đồng", "Giá cà phê dao động 95.000 - 98.000 đồng/kg, cao hơn cùng
            # kỳ", "Mực nước xấp xỉ trung bình nhiều năm, ... 2,5 m": a figure or a level told, no order
            return True
        if (
            self.language == "vi"
            and cue is None
            and not unit.is_item
            and _VI_GROUNDS_DOCUMENT.match(folded, unit.start, unit.end)
        ):
            return True  # "Thực hiện Công điện số 05/CĐ-UBND ngày ... của Chủ tịch UBND tỉnh về ...": the grounds
        if self.language == "vi" and cue is None and self._remark(unit):
            return True  # 'chỉ ra: "Chúng ta không thể để ..."', "Chủ tịch UBND tỉnh: Không để ...": words said
        copula = self.view.find(" là ", unit.start, unit.end) if self.language == "vi" else -1  # a cheap first look
        if (
            copula >= 0
            # "Việc thực hiện nghiêm các chỉ đạo nêu trên là yêu cầu bắt buộc": the request word is the predicate's noun
            and (cue is None or cue.start > copula)
            and _VI_IS_A_TASK.match(self.view, unit.start, unit.end)
            and self.starts_with_mention(unit, mentions) is None
        ):
            return True  # "Giải ngân vốn đầu tư công là nhiệm vụ chính trị trọng tâm": what a work is, no order
        if cue is None and _ROW_END_CELLS.fullmatch(folded, unit.start, unit.end):
            return True  # "2026-09-30 Pending", "N/A Complete": a flattened row's due date and status cells
        if cue is None and _STATUS_CELL.fullmatch(folded, unit.start, unit.end):
            return True  # "Status: In progress", its value on a unit of its own: a log's status cell
        text = folded[unit.start : unit.end].strip()
        if text.startswith("|") and len(text.split()) <= 8 and not any(m.dept is not None for m in mentions):
            return True  # "| Not started |", "| Klart |": a table's last cells after its action's sentence
        received = _RECEIVED.search(folded, unit.start, unit.end)
        if received and not self.cues.modal.search(self.view, unit.start, received.start()):
            return True  # "That the report of the Treasurer BE RECEIVED for information": noted, no task
        authorized = _EN_BE_AUTHORIZED.match(folded, unit.start, unit.end) if "authori" in text else None
        if (
            authorized is not None
            and not _EN_DUE_IN_ACT.search(folded, authorized.end(), unit.end)
            and not _EN_ORDER_WORD.search(folded, authorized.end(), unit.end)
            # (not "THAT the Clerk BE DIRECTED to prepare the by-law under which the Mayor would be authorized ...":
            # the authorisation the order's content)
            and not _EN_ORDER_BEFORE.search(folded, unit.start, authorized.end())
        ):
            return True  # "And that the Regional Solicitor be authorized to execute the agreement": leave, no task
        if _MOTION_FAILED_AFTER.match(folded, unit.end):
            return True  # "THAT the Finance Department be directed to ...\nDEFEATED": a motion that failed
        if self.language == "sv" and self._proposal_not_adopted(unit):
            return True  # "Förslag: Kommunstyrelsen uppdrar åt X att ...\nBeslut: Ärendet återremitterades."
        if self.language == "sv" and (
            (
                self.prep.work[unit.start] in '"“”'
                and _SV_MEMBER_NOTE.search(folded, max(0, unit.start - 160), unit.start)
            )
            # "X (C) lämnar följande protokollsanteckning:\nFörvaltningen bör ...": the words on the next line
            or _SV_MEMBER_NOTE_LINE.search(folded, max(0, unit.start - 160), unit.start) is not None
        ):
            return True  # "X (V) lämnar följande protokollsanteckning: ”... bör involveras tidigt.”": a member's words
        if (
            self.language == "sv"
            and "uppmana" in text
            and _SV_URGED_RESTRAINT.match(folded, unit.start, unit.end)
            and not _SV_TASK_BESIDE.search(folded, unit.start, unit.end)
            and find_deadline(text, [], _ANY_DAY, "sv") is None
        ):
            return True  # "Styrelsen uppmanar sektorerna att iaktta återhållsamhet": a conduct urged, no task
        if _MOVED.search(folded, unit.start, unit.end) and _MOTION_FAILED_NEXT.match(folded, unit.end):
            return True  # "X moved to direct ..., seconded by Y. The motion failed 2-5."
        failed = _MOTION_FAILED_WITHIN.match(folded, unit.start, unit.end) if "motion" in text else None
        # (a passage told before the failure makes it another thing's; one after it is another motion's: "... failed
        # 2-5, and the original motion was then carried 6-1")
        if failed and not _MOTION_CARRIED_WITHIN.search(folded, unit.start, failed.end()):
            return True  # "A motion by Supervisor X to direct staff to ... failed for lack of a second."
        if (
            self.language == "en"
            and folded.startswith(_EN_IMPLEMENTING_WORDS, unit.start)
            and (opener := _EN_IMPLEMENTING.match(folded, unit.start, unit.end)) is not None
            and _EN_WHOLE_PLACE_MUST.search(folded, opener.end() - 1, min(unit.end, opener.end() + 160))
        ):
            # "Implementing Plan No. 5-KH/TU of the Standing Board, by the end of 2026 the province must cut 10% of
            # its units": the target the higher document sets the whole province, no unit's task
            return True
        if text.startswith("i am directed") and _COVERING_LETTER.match(folded, unit.start, unit.end):
            return True  # "I am directed to enclose herewith minutes of the meeting ...": the letter sends them
        if " be " in text and _NEXT_MEETING_HELD.match(folded, unit.start, unit.end):
            return True  # "The next review meeting will be held in the first week of July": an announcement
        if (
            cue is None
            and self.language == "en"
            and " be " in text
            and _EN_AT_NEXT_MEETING_PASSIVE.search(folded, unit.start, unit.end)
        ):
            return True  # "Arrears older than a year will be reviewed at the next meeting": the meeting's agenda
        if self.language == "en" and _EN_NO_ACTION_AFTER.match(folded, unit.end):
            return True  # "Supervisor X requested that the Parks Director be invited ...; no action was taken"
        if cue is None and _SECONDED.fullmatch(folded, unit.start, unit.end):
            return True  # "Seconded by Councilmember Ruiz.": who seconded the motion, no order
        if cue is None and _PERSON_LINE.fullmatch(self.prep.work, unit.start, unit.end):
            return True  # "Conseiller technique : Monsieur Paul X, Ingénieur": the person appointed, no order
        reports = _REPORTS_AFTER_UNIT.get(self.language)
        if cue is None and reports is not None:
            first = self.starts_with_mention(unit, mentions)
            if first is not None and reports.match(folded, first.end):
                return True
        period = _PERIOD_START.match(folded, unit.start)
        if cue is None and period and not self.cues.imperative.match(self.view, period.end()):
            return True
        period = _ANY_PERIOD_START.match(folded, unit.start)
        if (
            cue is None
            and period
            and not self.cues.imperative.match(self.view, period.end())
            and (
                self.is_narrative(unit, unit.end - unit.start)
                or (self.language == "en" and _EN_PAST.search(folded, period.end(), unit.end))
                or (self.language == "vi" and _VI_FIGURE_REACHED.search(folded, period.end(), unit.end))
                or (self.language == "vi" and _VI_COMPARED.search(folded, period.end(), unit.end))
                # "Vụ Hè Thu 2025, toàn tỉnh gieo sạ khoảng 82.000 ha": an estimate after the period, told
                or (self.language == "vi" and _VI_ESTIMATED_FIGURE.search(folded, period.end(), unit.end))
            )
        ):
            return True  # "In the first nine months of 2025, the Department vaccinated ...": results
        if cue is None and _PAST_PERIOD.match(folded, unit.start) and self.is_narrative(unit, unit.end - unit.start):
            return True  # "Thời gian qua, các cấp, các ngành đã triển khai ...": the time just past, told
        if self.language == "sv" and cue is not None and _SV_MEMBER_MOTION.search(folded, unit.start, cue.start):
            return True
        told = _VI_PARTICIPANT_TOLD.match(folded, unit.start, unit.end) if self.language == "vi" else None
        if told is not None and (cue is None or told.end() <= cue.start):
            return True  # "Đại diện Sở Tài chính cho biết ..., đề nghị các địa phương ...": a participant's report
        if self.language == "sv" and _SV_TOLD_OR_VIEW.search(folded, unit.start, cue.start if cue else unit.end):
            return True  # "X har i en skrivelse anfört att ...", "Regeringen anser att ... bör", "hemställa hos"
        if (
            self.language == "sv"
            and (
                _SV_LAW_NORM.match(folded, unit.start, unit.end)
                or _SV_LAW_SAYS.match(folded, unit.start, unit.end)
                or _SV_SCOPE_LIMIT.match(folded, unit.start, unit.end)
                or ("verksamhet" in folded[unit.start : unit.start + 60] and _SV_ACTIVITY_AIM.match(folded, unit.start))
                or _sv_advice_only(folded, unit, cue)  # "Kommittén bör hålla sig informerad om ...": advice, no task
                or _SV_ORIGINAL_TERMS.match(folded, unit.start, unit.end)
                or ((cue is None or cue.kind == "modal") and _SV_SCHEDULE_TOLD.match(folded, unit.start, unit.end))
                or _SV_COSTS_BORNE.match(folded, unit.start, unit.end)
                or _SV_PROPOSALS_MUST.match(folded, unit.start, unit.end)
                or _SV_PROPOSED_ABOVE.match(folded, unit.start, unit.end)
                or (
                    cue is not None
                    and cue.kind == "modal"
                    and any(m.start == unit.start and _SV_UNITS_PRODUCT.match(folded, m.end, cue.end) for m in mentions)
                )
                or (
                    ("motion" in folded[unit.start : unit.end] or "forslaget" in folded[unit.start : unit.end])
                    and _SV_MOTION_ANSWERED.match(folded, unit.start, unit.end)
                )
            )
        ):
            return True  # "Kommunerna ska enligt lagen (2006:544) ...", "Utredaren ska inte lämna förslag som ..."
        if (
            self.language == "sv"
            and "§" in folded[unit.start : unit.end]
            and _SV_RECALLED_DECISION.search(folded, unit.start, unit.end)
            and (done := _SV_REPORTED_DONE.match(folded, unit.end)) is not None
        ):
            # "KS beslutade 2026-06-17, § 104, att uppdra åt X att ... Uppdraget redovisades på KSAU 2026-09-02 och
            # föreslås nu avslutas. ... Kommunstyrelsens beslut: ... Uppdraget om ... avslutas.": reported and closed
            # by the decision after it (up to the next paragraph), no longer open
            stop = folded.find("\n§", done.end())
            sentence = _SENTENCE_STOP.search(folded, done.end())
            if sentence is not None and _SV_CLOSED_NOW.search(
                folded, sentence.end(), stop if stop >= 0 else sentence.end() + 3000
            ):
                return True
        if self.language == "vi" and cue is None and _VI_MATTER_BY_LAW.match(self.view, unit.start, unit.end):
            return True  # "Việc xác định đối tượng ... thực hiện theo Điều 76 Luật Nhà ở": how the law has it done
        commits = _COMMITS.match(folded, unit.start, unit.end)
        if commits and not _MODAL_BEFORE_COMMIT.search(commits.group("who")):
            return True  # "Nhà thầu cam kết tăng thêm 2 mũi thi công", "The contractor pledged to ...": a promise
        line_start = folded.rfind("\n", 0, unit.start) + 1
        if _RECORD_LABEL.fullmatch(folded, line_start, unit.start):
            return True  # "Địa điểm: Phòng họp số 3, trụ sở UBND tỉnh": a record's heading field
        proposer = self.starts_with_mention(unit, mentions)
        if proposer is not None:
            proposes = _PROPOSES_AFTER_UNIT.match(folded, proposer.end)
            if proposes and not any(
                proposes.end() <= m.start < proposes.end() + 40
                # "Chủ tịch UBND tỉnh đề nghị đồng chí Lê Văn A cùng tập thể lãnh đạo Sở Y tế ...": the unit past
                # the official named before it
                or (self.language == "vi" and m.start > proposes.end() and self.official_of(proposes.end(), m.start))
                for m in mentions
            ):
                return True  # "Sở Giáo dục và Đào tạo đề nghị hoàn thành ...": a participant's proposal
        if _OPINIONS_PROPOSE.match(folded, unit.start, unit.end):
            return True  # "Tại phiên họp, một số ý kiến đề nghị ...": what participants asked for, no order
        if self.language == "vi" and _VI_PETITIONER_PROPOSES.match(folded, unit.start, unit.end):
            return True  # "Doanh nghiệp đề nghị tỉnh quan tâm ...": what a business asked of the province, no order
        if not any(m.dept is not None for m in mentions if unit.start <= m.start < unit.end) and _ATTITUDE.search(
            folded, unit.start, unit.end
        ):
            return True  # "đề nghị các đơn vị tiếp tục phát huy tinh thần trách nhiệm": an attitude asked of all
        if (
            self.language == "en"
            and "not " in folded[unit.start : unit.end]
            and _EN_NOT_COMPLACENT.search(folded, unit.start, unit.end)
            and not any(m.dept is not None for m in mentions if m.start >= (cue.start if cue else unit.start))
        ):
            return True  # "the Prime Minister requested ministries ... not to be subjective or negligent": vigilance
        if (
            self.language == "en"
            and " that " in text
            and _en_conduct_of_all_only(folded, unit.start, unit.end, mentions)
        ):
            return True  # "He said that all ministries must act with full transparency ...": a conduct asked of all
        if (
            self.language == "en"
            and _EN_THERE_BE_NO.match(folded, unit.start, unit.end)
            and not any(m.dept is not None for m in mentions)
        ):
            return True  # '"There should be no water stagnation in colonies," she said': a state, no one to act
        if (
            self.language == "en"
            and cue is not None
            and cue.kind == "modal"
            and "that " in folded[unit.start : cue.start]
            and _EN_WISHED_THAT.match(folded, unit.start, cue.start)
        ):
            return True  # "He hoped that the health sector staff will continue to uphold ...": a wish, no order
        if (
            self.language == "en"
            and cue is not None
            and cue.kind == "modal"
            and " that " in folded[unit.start : unit.start + 140]
            and _EN_GOAL_STRESSED.match(folded, unit.start, unit.end)
            and not any(m.dept is not None for m in mentions if unit.start <= m.start < unit.end)
        ):
            return True  # "He stressed that the project must be completed in 2027 to ...": the works' goal, no unit's
        if self.language == "vi":
            attitude = _VI_ATTITUDE_PREDICATE.match(folded, unit.start, unit.end)
            if attitude and not any(m.dept is not None for m in mentions if m.start < attitude.end()):
                return True  # "Các sở, ngành, địa phương cần quyết liệt hơn nữa ...": an exhortation to all
            if " lay " in folded[unit.start : unit.end]:
                principle = _VI_PRINCIPLE.match(folded, unit.start, unit.end)
                if principle and not any(m.dept is not None for m in mentions if m.start < principle.end()):
                    return True  # "Chuyển đổi số phải lấy người dân làm trung tâm, ...": a principle, no order
            if (
                cue is None
                and _VI_DECIDED_ACT.match(self.view, unit.start, unit.end)
                and _VI_FIRST_ARTICLE_BEFORE.search(self.view, max(0, unit.start - 16), unit.start)
                and not any(m.dept is not None for m in mentions)
            ):
                return True  # "Điều 1. Triển khai đợt cao điểm ... trên các tuyến đường ...": what the decision decides
            if folded.startswith(('"', "“"), _skip_space(folded, unit.start)) and not (cue and cue.kind == "request"):
                remark = _VI_QUOTED_REMARK.match(folded, unit.start)
                if remark and not any(m.dept is not None for m in mentions if m.start < remark.end("quote")):
                    return True  # '"Cần tiếp tục cải thiện ...", Chủ tịch nói': a remark quoted, no one to act
            if _VI_MISSED_DEADLINE_WARNING.match(folded, unit.start, unit.end):
                return True  # "Quá thời hạn nêu trên, đơn vị nào không gửi ... chịu trách nhiệm": a warning
            if " se " in folded[unit.start : unit.end] and (
                _VI_SANCTION_WARNING.match(folded, unit.start, unit.end)
                or (cue is None and _VI_SANCTION_AFTER.match(folded, unit.start, unit.end))
            ):
                return True  # "... lưu ý, nếu chủ đầu tư tiếp tục chậm, UBND tỉnh sẽ thu hồi dự án": a warning
            if " se " in folded[unit.start : unit.end] and _VI_ACCOUNTABLE_WARNING.match(folded, unit.start, unit.end):
                return True  # "Chủ tịch UBND tỉnh sẽ xem xét trách nhiệm người đứng đầu ...": a warning
            if " nao " in folded[unit.start : unit.end] and _VI_WHOEVER_WARNING.match(folded, unit.start, unit.end):
                return True  # '"Cán bộ nào né tránh ... sẽ bị xem xét trách nhiệm", đồng chí nói': a warning
            if " se " in folded[unit.start : unit.end] and _VI_FAULT_WARNING.match(folded, unit.start, unit.end):
                return True  # "Việc chậm nộp hồ sơ sẽ bị trừ điểm thi đua": a warning, no order
            if (
                cue is None
                and " se " in folded[unit.start : unit.end]
                and _VI_PROMISE.match(self.prep.lower, unit.start, unit.end)
            ):
                # "Tiếp thu ý kiến chỉ đạo, đồng chí X, Chủ tịch UBND phường khẳng định UBND phường sẽ tập trung ...":
                # the answer of the one given the orders, a promise, no order
                return True
            if cue is None and " se bi " in text:
                # (not "Yêu cầu UBND các xã rà soát ..., mọi trường hợp vi phạm sẽ bị xử lý nghiêm, báo cáo ...": an
                # order, its warning a clause of it)
                every = _VI_EVERY_WRONG_WARNING.match(folded, unit.start, unit.end)
                if every and not any(m.dept is not None for m in mentions if m.start < every.end()):
                    return True  # "Mọi hành vi bao che cho khai thác trái phép sẽ bị xử lý nghiêm": a warning
            if cue is None and _VI_NO_EXCEPTION.match(folded, unit.start, unit.end):
                return True  # "không có vùng cấm, không có ngoại lệ trong xử lý ...": a principle, no one tasked
            if (
                cue is None
                and folded.startswith(("chi phi", "kinh phi", "nguon"), _skip_space(folded, unit.start))
                and _VI_COSTS_BORNE.match(folded, unit.start, unit.end)
                and not any(m.dept is not None for m in mentions)
            ):
                return True  # "Chi phí di dời thực hiện theo quy định hiện hành": how the work is paid for
            if text.startswith(_VI_PRODUCT_WORDS) and _VI_PRODUCT_MUST_FIT.match(folded, unit.start, unit.end):
                return True  # "Phương án phải phù hợp với Quy hoạch tỉnh ...": what the product must meet, no task
            finding = _VI_FINDING_OPENER.match(folded, unit.start, unit.end)
            if (
                finding
                and cue is None
                and not self.cues.imperative.match(self.view, finding.end())
                and not any(m.start == finding.end() and m.dept is not None for m in mentions)
            ):
                return True  # "Qua tổng hợp, toàn tỉnh hiện có 412 cơ sở ...": what was found, told
        if (
            self.language == "vi"
            and (
                (
                    _VI_APPRAISAL.match(self.view, unit.start, unit.end)
                    # "Phê bình UBND xã X ..., yêu cầu khẩn trương khắc phục": the order after the appraisal stands
                    and not _VI_ORDER_AFTER_APPRAISAL.search(self.view, unit.start, unit.end)
                )
                or _VI_EXHORTATION.fullmatch(self.view, unit.start, unit.end)
                or (
                    " là " in self.view[unit.start : unit.end] and _VI_REGARD_AS.search(self.view, unit.start, unit.end)
                )
            )
        ):
            return True  # "Phê bình UBND xã X ...", "Các cơ quan, đơn vị phải tập trung cao độ": no task
        if (
            self.language == "vi"
            and cue is not None
            and cue.kind == "modal"
            and _VI_NEEDED_BY_NOUN.search(self.view, max(unit.start, cue.start - 40), cue.start)
            and _VI_APPRAISAL_VERB.search(self.view, unit.start, cue.start)
            and not _VI_ORDER_AFTER_APPRAISAL.search(self.view, unit.start, unit.end)
        ):
            return True  # "... đánh giá cao ..., đồng thời chỉ ra những tồn tại cần khắc phục": an appraisal, no task
        approval = self.language == "vi" and (cue is None or cue.kind == "modal")
        return bool(approval and _VI_APPROVAL.match(self.view, unit.start))

    def take_up(
        self, units: list[Unit], position: int, proposal: Proposal, previous: Unit | None, proposals: list[Proposal]
    ) -> None:
        """ "Les bourses devront être versées avant le 15 décembre. Cette opération sera conduite par le
        Ministre de X.": an order told as a necessity with no one to act, then its unit in a sentence that
        takes it up; the directive starts with the first sentence."""
        unit = units[position]
        if previous is None or position == 0 or units[position - 1] is not previous:
            return
        if unit.boundary != "sentence" or proposal.lead is None:
            return
        if proposals and proposals[-1].lead is not None and proposals[-1].first <= position - 1 <= proposals[-1].last:
            # "... ta fram en förstudie. Förstudien ska återrapporteras till kommunstyrelsen i mars. Kommunstyrelsen
            # uppdrar vidare åt X ...": the sentence before is already a unit's order (its report-back), none to take up
            return
        # "Reconstituer le stock de semences ... Le Ministre de X veillera à la mise en œuvre de cette mesure": the
        # unit named as the subject, the task it carries out pointed back to in its object
        points_back = (
            self.language == "fr"
            and " ce" in self.prep.folded[unit.start : unit.end]
            and proposal.own_lead
            and _FR_CARRIES_OUT_THIS.search(self.prep.folded, unit.start, unit.end) is not None
        )
        if not (points_back or _TAKES_UP.match(self.prep.folded, unit.start) or self.repeats_subject(previous, unit)):
            return
        if self.mentions_in(previous.start, previous.end) or not (
            self.cues.modal.search(self.view, previous.start, previous.end)
            or _PASSIVE_TO_COME.search(self.prep.folded, previous.start, previous.end)
            or (points_back and proposals and proposals[-1].start == previous.start and proposals[-1].lead is None)
        ):
            return
        proposal.start, proposal.first = previous.start, position - 1
        if proposals and proposals[-1].start == previous.start and proposals[-1].lead is None:
            proposals.pop()  # the necessity was proposed on its own, with no one to act: one directive now

    def repeats_subject(self, previous: Unit, unit: Unit) -> bool:
        """The sentence's subject takes up a noun of the sentence before: "... att tillsynen ska skärpas.
        Tillsynen genomförs av X", "... les contrôles seront renforcés. Ces contrôles seront effectués par X",
        "... inspections must be stepped up. The inspections will be carried out by X"."""
        folded = self.prep.folded
        match = _REPEATED_SUBJECT.match(folded, unit.start)
        if match is None:
            return False
        word = match.group("w")
        stems = {word}
        if self.language == "sv":
            endings = ("en", "et", "na", "erna", "arna", "orna", "n", "t")
            stems |= {word[: -len(end)] for end in endings if word.endswith(end)}
        stems = {stem for stem in stems if len(stem) >= 4}
        before = folded[previous.start : previous.end]
        return any(re.search(rf"\b{re.escape(stem)}", before) for stem in stems)

    def row_line_cell_units(self, start: int) -> list[Mention]:
        """The units named in the last cell of the line of cells right above ``start`` ("CR-2026-009 | January 20,
        2026 | Planning and Development"), none where that line has no cells."""
        folded = self.prep.folded
        if start < 2 or folded[start - 1] != "\n":
            return []
        line_start = folded.rfind("\n", 0, start - 1) + 1
        if folded.count("|", line_start, start - 1) < 2:
            return []
        cell_start = folded.rfind("|", line_start, start - 1) + 1
        return [m for m in self.mentions_in(cell_start, start - 1) if m.dept is not None and not m.issuer]

    def table_row(self, units: list[Unit], position: int) -> tuple[Proposal, int] | None:
        """An action on its line followed by labelled lines, the way a table of measures reads as text:
        "Mesure 1 – Publication des prix\nResponsable : Ministère du Commerce\nÉchéance : 1er décembre".
        The unit on the "Responsable" line leads (the others there coordinate); the row ends where the
        labels do."""
        unit = units[position]
        if unit.ends_colon or position + 2 >= len(units) or unit.closer not in ("line", "sentence"):
            return None
        if unit.boundary == "colon" and not (
            # "Action 1 : Finaliser le bilan ...\nResponsable : DPSE - Appui : DIH\nDélai : 6 mars": the action after
            # its numbered label on the line's start, the labels under it
            position > 0
            # (or after a dash: "- Décision n° 3 du 6 avril 2026 : Finaliser ...", a follow-up list's item)
            and units[position - 1].boundary in ("line", "para", "start", "item")
            and (
                _NUMBERED_ACTION.fullmatch(self.prep.folded, units[position - 1].start, units[position - 1].end)
                # "Action : lancer la consultation ...\nResponsable : DRM\nÉchéance : fin mai": a relevé's action
                # line with its bare label, no number (its labels under it checked below)
                or (
                    self.language == "fr"
                    and _FR_BARE_ACTION_LABEL.fullmatch(
                        self.prep.folded, units[position - 1].start, units[position - 1].end
                    )
                )
            )
        ):
            return None  # "Địa điểm: Phòng họp số 3\nChủ trì: ...": a field's value, no action of a table
        if unit.boundary == "colon" and not any(c.isalpha() for c in self.prep.folded[unit.start : unit.end]):
            return None  # "Action : -\nResponsable : -": a row left empty, an item for information
        # "A1. Samtliga vårdcentraler ska erbjuda ... Minst 80 procent ... ska ha genomgått utbildningen.\nAnsvar:
        # ...": an action of a few sentences (after its code), then the labels
        k = position
        while (
            k - position < 4
            and k + 3 < len(units)
            and units[k].closer == "sentence"
            and units[k + 1].boundary == "sentence"
            and not units[k + 1].ends_colon
        ):
            k += 1
        if k > position and not (units[k + 1].ends_colon and units[k + 2].boundary == "colon"):
            k = position
        if k > position and unit.is_item and self.language == "en":
            # "ii. Encroachments shall be removed ... Weekly progress shall be shared with X.\nAction by: ...": a
            # numbered decision of a few sentences, then its labels; not where a later sentence opens on a unit of
            # its own ("v. X shall ... Y Department shall ..."), the order of another lead
            if any(
                self.starts_with_mention(units[j], self.mentions_in(units[j].start, units[j].end))
                for j in range(position + 1, k + 1)
            ):
                return None
            unit = replace(unit, end=units[k].end)
        elif k > position:
            if not _ACTION_CODE.fullmatch(self.prep.folded, unit.start, unit.end) and not (
                # "HR-avdelningen tar fram ett förslag ... Förslaget arbetas fram i samråd med X. Ansvarig: Y.": an
                # action of a few sentences that opens its own line on the unit that does it, its labels after it
                unit.boundary in ("para", "line")
                and self.starts_with_mention(unit, self.mentions_in(unit.start, unit.end)) is not None
                and not any(
                    self.starts_with_mention(units[j], self.mentions_in(units[j].start, units[j].end))
                    for j in range(position + 1, k + 1)
                )
            ):
                return None  # no code before it: the row starts with the action's last sentence, as before
            unit = replace(unit, end=units[k].end)  # "A2. Ta fram en gemensam rutin ...": the code and its action
        if self.language == "en" and _EN_ROW_BODY_ACTED.match(self.prep.folded, unit.start, unit.end):
            # "6. Motion 26-0063 (Mar. 4, 2026) – Board approved the FY 2026-27 Master Fee Schedule. Lead: Finance.": a
            # tracker's row that records the body's own decision, no directive
            return None
        if self.language == "en" and self.warns_the_failing(unit):
            # "... to ensure restoration of the roads. No payment shall be released without a restoration
            # certificate.\nAction by: EE Jal Nigam": a warning right above the labels is no action of the row; the
            # labels go to the item's order before it
            return None
        label, value = units[k + 1], units[k + 2]
        folded = self.prep.folded
        row_line_lead = False  # the lead from the row's line of cells above the action (its status no part of it)
        if not (label.ends_colon and value.boundary == "colon"):
            return None
        value_last = k + 2
        if _RESPONSIBLE_LABEL.fullmatch(folded, label.start, label.end):
            while (
                value_last + 1 < len(units)
                and units[value_last].closer == "semicolon"
                and units[value_last + 1].boundary == "semicolon"
                and not units[value_last + 1].ends_colon
            ):
                # "Pilote : OFB 86 ; appui DDT", "Pilote : DDT ; contributions OFB, ARS": the lead's line goes on
                # past its semicolon with the units that help it (no action of their own on the next line)
                value_last += 1
            inline = (
                _INLINE_LABEL.search(folded, value.start, value.end)
                if value.ends_colon and value_last == k + 2 and k + 3 < len(units)
                else None
            )
            if (
                inline is not None
                and units[k + 3].boundary == "colon"
                and _COORDINATING_LABEL.fullmatch(folded, inline.start("label"), value.end)
            ):
                # "Pilote : DRAAF – Associés : DREAL, chambre d'agriculture": the helpers' label on the lead's line,
                # after a dash; its units coordinate
                value_last = k + 3
            named = [
                m for m in self.mentions_in(value.start, units[value_last].end) if m.dept is not None and not m.issuer
            ]
            if (
                self.language == "fr"
                and len(named) > 1
                and folded[named[0].end : named[1].start].strip() == "("
                and folded.startswith(")", named[1].end)
            ):
                # "Responsable : Ministre de l'Energie (EDG)": the service or company in brackets says which arm of
                # the lead acts; no helper of its own
                named = [named[0], *named[2:]]
            if (
                not named
                and not self.is_narrative(unit)
                # (not "Transmettre au SGG les fiches ...\nResponsable : l'ensemble des départements ministériels":
                # a group answers for it; the unit the action names is whom it goes to)
                and not _GROUP_CELL.match(folded, value.start, units[value_last].end)
            ):
                # "Till nästa möte sammanställer ekonomiavdelningen ett underlag ... Ansvarig: Jenny Carlsson.": the
                # person who answers for it is no unit of the directory; the unit the action names leads
                named = [m for m in self.mentions_in(unit.start, unit.end) if m.dept is not None and not m.issuer]
        elif _DEADLINE_LABEL.fullmatch(folded, label.start, label.end) and not self.is_narrative(unit):
            # "Mesure 3 – Contrôle des cantines par le Département de la santé\nÉchéance : 30 novembre": a row
            # with no "who acts" column, its unit named in the action itself
            named = [m for m in self.mentions_in(unit.start, unit.end) if m.dept is not None and not m.issuer]
            motion = _CELL_MOTION.match(folded, unit.start, unit.end) if not named and self.language == "en" else None
            if (
                motion is not None
                and _ROW_MOTION_PASSIVE.match(folded, motion.end(), unit.end)
                and not _CELL_MOTION_DECIDED.match(folded, motion.end(), unit.end)
            ):
                # "CR-2026-009 | January 20, 2026 | Planning\nTHAT a public open house on the draft plan be held before
                # ...\nDue: ...": a log row's motion in the passive with no agent falls to the lead cell that closes
                # the row's line of cells above it
                named = self.row_line_cell_units(unit.start)
                row_line_lead = bool(named)
            if not named:
                return None
            if self.language == "vi" and self.starts_with_mention(unit, named) is None:
                # "- Kiện toàn Ban Chỉ huy ...; gửi quyết định về Sở (qua Chi cục Kiểm lâm).\nThời gian thực hiện:
                # ...": a unit named past the verb is the report's recipient or channel, not who acts; an item of
                # the list with its deadline line
                return None
            if self.language == "en" and (motion := _CELL_MOTION.match(folded, unit.start, unit.end)) is not None:
                subject_at = motion.end() + (4 if folded.startswith("the ", motion.end()) else 0)
                if _STAFF_SUBJECT.match(folded, subject_at):
                    # "THAT staff report back on options to extend Sunday transit service ...\nDue: Q2 2026": the
                    # staff at large, no unit (the unit named is what the report is about)
                    named = []
        else:
            return None
        lead = named[0].dept if named else None
        coordinating = [m.dept for m in named[1:] if m.dept != lead]
        if lead is not None and self.language == "fr" and "avec" in self.prep.folded[unit.start : unit.end]:
            # "Accélérer le paiement des arriérés, en liaison avec le Ministère de l'Energie.\nResponsable : X": the
            # partner named in the action's own words coordinates with the unit of the "Responsable" line
            for m in self.mentions_in(unit.start, unit.end):
                if (
                    m.dept is not None
                    and not m.issuer
                    and m.dept != lead
                    and m.dept not in coordinating
                    and _FR_WITH_PARTNER_BEFORE.search(self.prep.folded, max(unit.start, m.start - 40), m.start)
                ):
                    coordinating.append(m.dept)
        if (
            lead is not None
            and self.language == "en"
            and not unit.is_item
            and unit.boundary in ("sentence", "line", "para")
            and units[position - 1].boundary != "colon"  # the item's sentence before it, not a label's value
        ):
            # "v. P&SH Department shall ... SH&ME Department shall ...\nAction by: Secretary P&SHD / Secretary SH&ME":
            # the item's second sentence opens on a unit of the labelled ones; it leads its own sentence, and the
            # unit whose sentence came before in the item is no helper of it
            subject = self.starts_with_mention(unit, self.mentions_in(unit.start, unit.end))
            if subject is not None and subject.dept is not None and subject.dept in coordinating:
                before = units[position - 1]
                earlier = self.starts_with_mention(before, self.mentions_in(before.start, before.end))
                coordinating = [d for d in [lead, *coordinating] if d != subject.dept]
                coordinating = [d for d in coordinating if earlier is None or d != earlier.dept]
                lead = subject.dept
        last = value_last
        while (
            last + 2 < len(units)
            and units[last + 1].ends_colon
            and units[last + 2].boundary == "colon"
            and (
                units[last + 1].boundary != "para"
                # "Action by: Secretary C&W\nTimeline: End of June, 2025": the next label on the very next line of
                # a text whose lines all count as paragraphs (no blank line between)
                or "\n\n" not in folded[units[last].end : units[last + 1].start]
            )
            and (
                _FIELD_LABEL.fullmatch(folded, units[last + 1].start, units[last + 1].end)
                or _RESPONSIBLE_LABEL.fullmatch(folded, units[last + 1].start, units[last + 1].end)
            )
        ):
            last += 2
            if _COORDINATING_LABEL.fullmatch(folded, units[last - 1].start, units[last - 1].end):
                # "Đơn vị phối hợp: Sở Tài chính, Sở Nội vụ": the units of a helpers' line coordinate
                for m in self.mentions_in(units[last].start, units[last].end):
                    if m.dept is not None and not m.issuer and m.dept != lead and m.dept not in coordinating:
                        coordinating.append(m.dept)
        # (a log row's motion quoted to its due cell: "Status: In progress – open house booked ..." tells what was done)
        quoted = k + 2 if row_line_lead else last
        proposal = Proposal(unit.start, units[quoted].end, lead, coordinating, True, position, quoted, has_subject=True)
        # the deadline is read from the rows after the action (the action's own words may hold a date)
        proposal.deadline_from = units[k + 1].start
        return proposal, last

    def roll_call_end(self, units: list[Unit], position: int) -> int:
        """The last unit of a French record's roll call under its heading ("Participants :\nDDT : M. X, Mme Y\nConseil
        départemental : direction de l'habitat\nCAF, ADIL"): who attended, unit by unit, with no order, up to the
        blank line or a numbered heading (at most 30 lines)."""
        folded = self.prep.folded
        line = folded.find("\n", units[position].end) + 1
        for _ in range(30):
            if line >= len(folded) or folded[line] == "\n" or _FR_ROLL_CALL_STOP.match(folded, line):
                break
            following = folded.find("\n", line)
            line = len(folded) if following < 0 else following + 1
        last = position
        while last + 1 < len(units) and units[last + 1].start < line:
            last += 1
        return last

    def labelled_pipe_row(self, units: list[Unit], position: int) -> tuple[list[Proposal], int] | None:
        """A follow-up table's row flattened to one line, its cells parted by "|" and those after the action each
        with its label: "B-2026-14 | ZA des Brosses : rédiger le cahier des charges | Pilote : DST | Échéance : 30
        juin, reportée au 31 octobre | En cours". One directive, the whole line: the units of the pilot's cell lead
        (the first; the others coordinate, with those of a partners' cell), its due date read from the deadline's
        cell; none where a cell after the action says it is done ("Soldé"). Returns the rows and the line's last
        unit; None where no cell after the first is a pilot's."""
        unit = units[position]
        folded = self.prep.folded
        line_end = folded.find("\n", unit.start)
        line_end = len(folded) if line_end < 0 else line_end
        if folded.count("|", unit.start, line_end) < 2:
            return None
        if "\n" in self.prep.original[self.prep.to_input(unit.start) : self.prep.to_input(line_end)]:
            return None  # a row wrapped over several lines (a log's, its motion's words quoted): its table reads it
        bounds, offset = [], unit.start
        for cell in folded[unit.start : line_end].split("|"):
            bounds.append((offset, offset + len(cell)))
            offset += len(cell) + 1
        pilot = due = None
        partners, after = [], []
        for k, (s, e) in enumerate(bounds):
            colon = folded.find(":", s, e)
            if k > 0 and colon > s and pilot is None and _RESPONSIBLE_LABEL.fullmatch(folded, s, colon):
                pilot = (k, colon + 1, e)
            elif pilot is not None and colon > s and _COORDINATING_LABEL.fullmatch(folded, s, colon):
                partners.append((colon + 1, e))
            elif pilot is not None and colon > s and due is None and _DEADLINE_LABEL.fullmatch(folded, s, colon):
                due = (s, e)
            elif pilot is not None:
                after.append((s, e))
        if (
            pilot is None
            or not folded[pilot[1] : pilot[2]].strip()
            # (a row opened by its key, "B-2026-14", "A4", "3": not a log's wrapped row, its next line going on)
            or not _ROW_KEY.fullmatch(folded, *bounds[0])
            or not any(_WORD.search(folded, s, e) for s, e in bounds[1 : pilot[0]])
        ):
            return None
        last = position
        while last + 1 < len(units) and units[last + 1].start < line_end:
            last += 1
        if any(_PIPE_DONE_STATUS.match(folded, s, e) for s, e in after):
            return [], last  # "... | Échéance : 30 juin | Soldé": done, no order left
        named = [m.dept for m in self.mentions_in(pilot[1], pilot[2]) if m.dept is not None and not m.issuer]
        lead = named[0] if named else self.initials_unit(pilot[1], pilot[2])
        coordinating: list = []
        for dept in [*named[1:], *(m.dept for s, e in partners for m in self.mentions_in(s, e) if not m.issuer)]:
            if dept is not None and dept != lead and dept not in coordinating:
                coordinating.append(dept)
        proposal = Proposal(unit.start, units[last].end, lead, coordinating, True, position, last, has_subject=True)
        proposal.own_row = True
        if due is not None:
            proposal.deadline_from, proposal.labels_to = due
        self.update_focus(lead)
        return [proposal], last

    def dashed_row(self, units: list[Unit], position: int) -> tuple[Proposal, int] | None:
        """A table's row flattened into one line, its cells after dashes with their labels: "Action 3 : Installer la
        CTSC — Copilotes : DDETS, ARS — Échéance : 1er trimestre 2027". One directive, the whole line: the units of
        the pilot's cell lead (the first named; the others coordinate, with those of the partners' cell), its due
        date read from the deadline's cell."""
        folded = self.prep.folded
        unit = units[position]
        if unit.boundary not in ("start", "para", "line", "item") or not unit.ends_colon:
            return None
        first = position
        if _NUMBERED_ACTION.fullmatch(folded, unit.start, unit.end):
            first = position + 1  # "Action 3 : Installer ...": the action after its number
            if first >= len(units) or units[first].boundary != "colon" or not units[first].ends_colon:
                return None
        leads: list = []
        partners: list = []
        deadline_from = labels_to = None
        j = first
        label = _INLINE_LABEL.search(folded, units[j].start, units[j].end)
        if label is None or label.start() == units[j].start:
            return None
        while label is not None:
            if j + 1 >= len(units) or units[j + 1].boundary != "colon":
                return None
            value = units[j + 1]
            following = _INLINE_LABEL.search(folded, value.start, value.end) if value.ends_colon else None
            if value.ends_colon and following is None:
                return None  # a colon in a cell's value: no row of labelled cells
            value_end = following.start() if following is not None else value.end
            start, end = label.start("label"), units[j].end
            if _RESPONSIBLE_LABEL.fullmatch(folded, start, end) or _CO_PILOTS_LABEL.fullmatch(folded, start, end):
                leads.append((value.start, value_end))
            elif _COORDINATING_LABEL.fullmatch(folded, start, end):
                partners.append((value.start, value_end))
            elif _DEADLINE_LABEL.fullmatch(folded, start, end) and deadline_from is None:
                deadline_from, labels_to = start, value_end
            j, label = j + 1, following
        if not leads or units[j].closer not in ("line", "para", "end"):
            return None
        named = [m.dept for s, e in leads for m in self.mentions_in(s, e) if m.dept is not None and not m.issuer]
        lead = named[0] if named else None
        coordinating: list = []
        for dept in [*named[1:], *(m.dept for s, e in partners for m in self.mentions_in(s, e) if not m.issuer)]:
            if dept is not None and dept != lead and dept not in coordinating:
                coordinating.append(dept)
        proposal = Proposal(unit.start, units[j].end, lead, coordinating, True, position, j, has_subject=True)
        proposal.deadline_from, proposal.labels_to = deadline_from, labels_to
        return proposal, j

    def take_row(self, proposals: list[Proposal], row: tuple[Proposal | None, int]) -> int:
        """Add a follow-up list's row (``sv_task_row``, ``follow_up_row``): its directive, if it still has one, and
        its unit as the focus; returns the row's last unit."""
        proposal, last = row
        if proposal is not None:
            proposals.append(proposal)
            self.update_focus(proposal.lead)
        return last

    def sv_task_row(self, units: list[Unit], position: int) -> tuple[Proposal | None, int] | None:
        """A Swedish follow-up list's row: "Uppdrag: Inventera ...\nBeslutad: MBN 2026-03-19 § 38\nAnsvarig:
        Miljöenheten\nSamverkan: X\nKlart senast: 2026-12-31\nStatus: Pågår." One directive, from the task's label
        to its last label before where it stands ("Status:"); the unit on the "Ansvarig" line leads, those on the
        "Samverkan" line coordinate, the "Klart senast" line is its deadline. None where it has no "Ansvarig" line;
        no proposal where its status says it is done ("Status: Slutfört"). Returns the proposal and the row's last
        unit."""
        unit = units[position]
        folded = self.prep.folded
        if (
            position + 3 >= len(units)
            or units[position + 1].boundary != "colon"
            or not _SV_TASK_LABEL.fullmatch(folded, unit.start, unit.end)
        ):
            return None
        k = position + 1
        while k + 1 < len(units) and units[k + 1].boundary == "sentence" and not units[k + 1].ends_colon:
            k += 1  # the task in a few sentences on its lines
        task_end = units[k].end
        last, lead, coordinating, due, done, responsible = k, None, [], None, False, False
        while (
            k + 2 < len(units)
            and units[k + 1].ends_colon
            and units[k + 1].boundary == "line"
            and units[k + 2].boundary == "colon"
        ):
            label, value = units[k + 1], units[k + 2]
            k += 2
            while (
                k + 1 < len(units)
                and units[k + 1].boundary in ("sentence", "semicolon")
                and not units[k + 1].ends_colon
            ):
                k += 1  # "Status: Pågår. 212 av 340 fastigheter inventerade."
            named = [m.dept for m in self.mentions_in(value.start, units[k].end) if m.dept is not None and not m.issuer]
            if _SV_STATUS_LABEL.fullmatch(folded, label.start, label.end):
                done = done or bool(_SV_DONE_STATUS.match(folded, value.start, value.end))
                continue
            last = k
            if _RESPONSIBLE_LABEL.fullmatch(folded, label.start, label.end):
                responsible = True
                lead = lead or (named[0] if named else None)
                coordinating += [d for d in named if d != lead and d not in coordinating]
            elif _COORDINATING_LABEL.fullmatch(folded, label.start, label.end):
                coordinating += [d for d in named if d != lead and d not in coordinating]
            elif due is None and _DEADLINE_LABEL.fullmatch(folded, label.start, label.end):
                due = label.start
        if not responsible:
            return None
        if done:
            return None, k
        if lead is None:
            # "Ansvarig: Anna Berg": a person, no unit of the directory; the unit the task names leads
            named = [m.dept for m in self.mentions_in(unit.start, task_end) if m.dept is not None and not m.issuer]
            lead = named[0] if named else None
        coordinating = [d for d in coordinating if d != lead]
        proposal = Proposal(unit.start, units[last].end, lead, coordinating, True, position, last, has_subject=True)
        proposal.deadline_from = due
        return proposal, k

    def outstanding_row(self, units: list[Unit], position: int) -> tuple[Proposal | None, int] | None:
        """A French follow-up list's item that an earlier meeting ordered and that is still outstanding, told as a
        noun and given a new due date in a sentence of its own: "- l'inventaire des exploitants, confié à la
        Division X, dont le délai était fixé au 10 février. Nouveau délai : 27 février ;", "- la transmission du
        fichier au Cabinet, par la Division Y. Nouveau délai : 72 heures." One directive, from the item to the new
        date, the unit it is entrusted to its lead (none where it names none), the new date its deadline. Returns
        the proposal and the row's last unit."""
        if position + 2 >= len(units):
            return None
        unit, label, value = units[position], units[position + 1], units[position + 2]
        folded = self.prep.folded
        if (
            not label.ends_colon
            or value.boundary != "colon"
            or label.end - label.start > 30
            or not _FR_NEW_DUE_LABEL.fullmatch(folded, label.start, label.end)
        ):
            return None
        named = [
            m
            for m in self.mentions_in(unit.start, unit.end)
            if m.dept is not None
            and not m.issuer
            and _FR_ROW_AGENT_BEFORE.search(folded, max(unit.start, m.start - 30), m.start)
        ]
        lead = named[0].dept if named else None
        proposal = Proposal(unit.start, value.end, lead, [], lead is not None, position, position + 2, has_subject=True)
        proposal.deadline_from = label.start  # the new due date, not the one it replaces
        return proposal, position + 2

    def fr_units_in_brackets(self, units: list[Unit], position: int) -> tuple[Proposal, int] | None:
        """A task of a French record's list ("Suites à donner :"), its units in brackets at its end: "- saisir l'ADEME
        d'une demande de cofinancement (direction de l'environnement) ;", "- modifier le règlement et le soumettre au
        conseil (direction de l'environnement, direction des affaires juridiques)". One directive, the item, never
        merged with the next one: the first unit in brackets leads, the others coordinate. None where the item opens
        on no verb or the bracket holds more than the units' names."""
        unit = units[position]
        folded = self.prep.folded
        bracket = folded.rfind("(", unit.start, unit.end)
        if bracket - unit.start < 12 or not self.cues.infinitive.fullmatch(self.first_word(unit)):
            return None
        named = [m for m in self.mentions_in(bracket, unit.end) if m.dept is not None and not m.issuer]
        if not named:
            return None
        at = bracket + 1
        for mention in named:
            if mention.start < at or not _UNITS_JOINED.fullmatch(folded, at, mention.start):
                return None
            at = mention.end
        if folded[at : unit.end - 1].strip():
            return None  # "(direction de l'environnement, pour avis)": more than the units
        lead = named[0].dept
        coordinating = list(dict.fromkeys(m.dept for m in named[1:] if m.dept != lead))
        proposal = Proposal(unit.start, unit.end, lead, coordinating, True, position, position, has_subject=True)
        proposal.own_row = True
        return proposal, position

    def follow_up_row(self, units: list[Unit], position: int) -> tuple[Proposal | None, int] | None:
        """A French follow-up list's row: "- Inventaire des édifices (pilote : DRAC) : retard signalé ; nouvelle
        échéance fixée au 30 septembre 2026." One directive, the whole row, the pilot in brackets its lead; none
        where its status says it is done ("action soldée"). Returns the proposal and the row's last unit."""
        unit = units[position]
        folded = self.prep.folded
        if (
            position + 1 >= len(units)
            or units[position + 1].boundary != "colon"
            or not folded[unit.start : unit.end].rstrip().endswith(")")
            or not _FR_PILOT_IN_BRACKETS.fullmatch(folded, unit.start, unit.end)
        ):
            return None
        status = units[position + 1]
        last = position + 1
        while (
            last + 1 < len(units)
            and units[last].closer == "semicolon"
            and units[last + 1].boundary == "semicolon"
            and not units[last + 1].is_item
        ):
            last += 1  # "réalisé à 80 % ; le rectorat finalisera les visites avant le 3 juillet": what is left
        if last == position + 1 and _FR_DONE_STATUS.fullmatch(folded, status.start, status.end):
            return None, last  # "(pilote : SGAR) : action soldée": done, no order left
        bracket = folded.rfind("(", unit.start, unit.end)
        named = [m for m in self.mentions_in(bracket, unit.end) if m.dept is not None and not m.issuer]
        lead = named[0].dept if named else None
        coordinating = [m.dept for m in named[1:] if m.dept != lead]
        return Proposal(unit.start, units[last].end, lead, coordinating, True, position, last, has_subject=True), last

    def pipe_table(self, units: list[Unit], position: int) -> tuple[list[Proposal], int] | None:
        """A task-assignment table flattened to "|"-separated lines, read from its heading row "TT | Nội dung
        công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành" ("Action | Responsible |
        Deadline", "Action | Pilote | Échéance", "Åtgärd | Ansvarig | Klart"): each row whose lead cell is
        filled is a directive, quoted whole (a row may run over several lines), the unit of its lead cell
        leading and those of the cells after it coordinating. Section rows ("II | Nâng cao chất lượng | | |")
        and the heading itself give no order. Returns the rows and the last unit the table covers."""
        unit = units[position]
        folded = self.prep.folded
        line_start = folded.rfind("\n", 0, unit.start) + 1
        line_end = folded.find("\n", unit.start)
        line_end = len(folded) if line_end < 0 else line_end
        heading = folded[line_start:line_end].split("|")
        if len(heading) < 3 or line_start != unit.start:
            return None
        leads = [k for k, cell in enumerate(heading) if LEAD_COLUMN.fullmatch(cell)]
        # "Sl. | Department | Issue | Action to be taken | Responsible Officer | Time line": the sector's column
        # names the subject, the officer's who acts
        lead_column = next((k for k in leads if not _BARE_DEPT_CELL.fullmatch(heading[k])), leads[0] if leads else None)
        if lead_column is None or lead_column == 0:
            return None
        due_column = next((k for k, cell in enumerate(heading) if DUE_COLUMN.fullmatch(cell)), None)
        # "... | Original Target | Revised Target | Status": the revised cell, where filled, over the original
        revised_column = (
            due_column + 1
            if due_column is not None
            and due_column + 1 < len(heading)
            and _REVISED_DUE_CELL.fullmatch(heading[due_column + 1])
            else None
        )
        if due_column is None:
            if self.language == "en":
                # "Sl. | Decision | Officer | Action taken | Remarks": a review of earlier decisions, the orders left
                # in its remarks ("Balance to be completed by 10th April.")
                return self.remark_orders(units, position, line_end, heading, lead_column)
            return None  # "ITEM | MOTION NO. | ACTION / DIRECTION | LEAD DEPT. | STATUS": a log, its orders in its text
        # "Sl. | Department | Issue | Action to be taken | ...": the row's order starts at its action cell, the
        # cells before it the background
        action_column = next(
            (
                k
                for k, cell in enumerate(heading[:lead_column])
                if _ACTION_TO_TAKE_CELL.fullmatch(cell) and any(_ISSUE_CELL.fullmatch(c) for c in heading[:k])
            ),
            None,
        )
        # "... | Échéance | État d'avancement", "... | Deadline | Status": the column that tells where each row stands
        status_column = next(
            (k for k, cell in enumerate(heading) if k > lead_column and _PIPE_STATUS_HEADING.fullmatch(cell)), None
        )
        # "Dnr | Uppdrag | Ansvarig | Återrapportering | Status": each row's case, the assignment's own number
        case_column = (
            next((k for k, cell in enumerate(heading[:lead_column]) if _SV_CASE_HEADING.fullmatch(cell)), None)
            if self.language == "sv"
            else None
        )
        proposals: list[Proposal] = []
        due_cells: list[tuple[Proposal, int, int]] = []  # each row's due cell, read once the table's dates are known
        row_start, seen, at, end = line_end + 1, 0, line_end, line_end
        while at < len(folded) and folded[at] == "\n":
            nxt = folded.find("\n", at + 1)
            nxt = len(folded) if nxt < 0 else nxt
            line = folded[at + 1 : nxt]
            if not line.strip():
                if seen == 0 and _blank_parted_row(folded, nxt + 1):
                    # "Item No. | ... | Status\n\n2025-097 | Oct. 6, 2025 | That staff ...\n\n2025-118 | ...": a log
                    # whose rows are parted by blank lines
                    row_start, at = nxt + 1, nxt
                    continue
                break  # a blank line ends the table
            if seen == 0 and "|" not in line and "|" not in folded[nxt + 1 : folded.find("\n", nxt + 1)]:
                if row_start > line_end + 1 and _blank_parted_row(folded, nxt + 1, blank_first=True):
                    # "... | Sept. 2026 | In\nprogress. Consultant retained in March.\n\n2025-072 | ...": the last
                    # cell of the row above wrapped, the next row after a blank line
                    row_start, at, end = nxt + 1, nxt, nxt
                    continue
                break  # a line of text after the table
            if seen and _PIPE_ROW_START.match(line):
                if self.language == "en":
                    # "4 | Drinking water | Shortage in 38 habitations |\n(a) EE, TWAD Board to restore ...\n(b) ...":
                    # the action cell written as items on lines of their own, each an order
                    proposals.extend(self.cell_orders(row_start, at, None))
                row_start, seen = at + 1, 0  # "II | Nâng cao chất lượng" with its cells left out: a new row starts
            seen += line.count("|")
            at = nxt
            if seen < len(heading) - 1:
                continue  # the row goes on below
            cells = folded[row_start:at].split("|")
            bounds, offset = [], row_start
            for cell in cells:
                bounds.append((offset, offset + len(cell)))
                offset += len(cell) + 1
            s, e = bounds[lead_column]
            motion = (
                next((cell for cell in bounds[:lead_column] if _CELL_MOTION.match(folded, *cell)), None)
                if self.language == "en"
                else None
            )
            if motion is not None:
                # "2026-041 | Council Mar 24, 2026 | That the City Clerk review ... | Legal Services | Spring 2027 |
                # In progress": a council's log, the order in the motion's own words
                row_due = due_column
                if (
                    revised_column is not None
                    and revised_column < len(bounds)
                    and folded[slice(*bounds[revised_column])].strip(" \t-–—")
                ):
                    row_due = revised_column  # "| Q1 2026 | Q3 2026 |": the revised target over the original
                row = self.motion_row(motion, bounds, lead_column, row_due)
                if row is not None:
                    proposals.append(row)
                    if (
                        motion[0] > bounds[0][1]
                        and _RESOLUTION_NUMBER_HEAD.fullmatch(heading[0])
                        and _ROW_NUMBER_CELL.fullmatch(folded, *bounds[0])
                    ):
                        # "Res. No. | ...\nC-2025-188 | Sept. 23, 2025 | THAT ...": the resolution the row is (not
                        # the register's own "Item No.")
                        n_start = _skip_space(folded, bounds[0][0])
                        row.refs_before = [(n_start, n_start + len(folded[n_start : bounds[0][1]].rstrip()))]
            elif (
                status_column is not None
                and status_column < len(bounds)
                and _PIPE_DONE_STATUS.match(folded, *bounds[status_column])
                # (not a council's log of directives by motion number: "Motion No. | ... | Status", its rows done
                # since the last report still the council's directives)
                and not (self.language == "en" and _RESOLUTION_NUMBER_HEAD.fullmatch(heading[0]))
                # (nor a Swedish board's follow-up of its assignments: "... | 2026-03-31 | Klart | Antogs ...", each
                # row on the list until the board strikes it)
                and self.language != "sv"
            ):
                pass  # "... | 30/11/2025 | Réalisé – arrêté signé le 9/12/2025": done, a report, no order left
            elif self.language == "en" and _APPROVAL_ITEM.match(
                folded, _skip_space(folded, bounds[lead_column - 1][0]), bounds[lead_column - 1][1]
            ):
                pass  # "CR-2026-061 | ... | Receive the 2025 Permit Summary for information | ...": the body takes it
            elif (
                self.language == "en"
                and not folded[s:e].strip(" \t-–—")
                and _EN_STAFF_TO.match(
                    folded, _skip_space(folded, bounds[lead_column - 1][0]), bounds[lead_column - 1][1]
                )
            ):
                # "CR-2026-014 | Jan. 20, 2026 | Staff to prepare a communications plan ... | — | Sept. 30/26": an order
                # to the staff at large, its lead cell left empty
                proposals.append(Proposal(_skip_space(folded, row_start), at, None, [], False, has_subject=True))
                proposals[-1].staff_row = True
                if due_column < len(bounds):
                    due_cells.append((proposals[-1], *bounds[due_column]))
            elif folded[s:e].strip(" \t-–—") and any(folded[a:b].strip() for a, b in bounds[:lead_column]):
                named = [m for m in self.mentions_in(s, e) if m.dept is not None and not m.issuer]
                # "Mairies, appui DDT", "Écoles, avec l'appui du Service X", "Schools, support: Health": the unit
                # after a word of support helps; the cell's lead is what comes first, a group no unit holds
                helped = [m for m in named if "appui" in folded[s : m.start] or "support" in folded[s : m.start]]
                helped = [m for m in helped if _CELL_SUPPORT_BEFORE.search(folded, max(s, m.start - 30), m.start)]
                leading = [m for m in named if m not in helped]
                lead = leading[0].dept if leading else self.initials_unit(s, helped[0].start if helped else e)
                coordinating = []
                for m in named:
                    if (
                        leading
                        and m is not leading[0]
                        and _IN_BRACKETS_AFTER.fullmatch(folded, leading[0].end, m.start)
                        and folded.startswith(")", m.end)
                    ):
                        continue  # "Manager de commerce (CCCA)": the lead's body, in brackets after it
                    if m.dept != lead and m.dept not in coordinating:
                        coordinating.append(m.dept)
                for m in self.mentions_in(bounds[0][0], bounds[lead_column - 1][1]):
                    # "confirm 20% local contribution with Finance | Roads |": the action's own helper
                    if (
                        m.dept is not None
                        and m.dept != lead
                        and m.dept not in coordinating
                        and _ROW_HELPER_BEFORE.search(folded, max(row_start, m.start - 40), m.start)
                    ):
                        coordinating.append(m.dept)
                for k, (a, b) in enumerate(bounds[lead_column + 1 :], lead_column + 1):
                    if k == due_column:
                        continue
                    for m in self.mentions_in(a, b):
                        if m.dept is not None and not m.issuer and m.dept != lead and m.dept not in coordinating:
                            coordinating.append(m.dept)
                start = _skip_space(folded, row_start)
                split = (
                    action_column is not None
                    and action_column < len(bounds)
                    and bool(folded[bounds[action_column][0] : bounds[action_column][1]].strip())
                )
                if split:
                    start = _skip_space(folded, bounds[action_column][0])
                proposals.append(
                    Proposal(start, at, lead, coordinating, lead is not None, has_subject=True, split_start=split)
                )
                if due_column < len(bounds):
                    due_cells.append((proposals[-1], *bounds[due_column]))
                if self.language == "sv" and due_column < len(bounds):
                    # "... | Grundskoleavdelningen | 2026-11-30 | Pågår | Remiss i oktober": the due cell, its "senast"
                    # implied, not a date of the status or comment after it
                    proposals[-1].cells_from, proposals[-1].cells_to = bounds[due_column]
                    proposals[-1].own_row = True
                if case_column is not None and _SV_CASE_CELL.fullmatch(folded, *bounds[case_column]):
                    # "RS 2025/0131 | Utreda ...": the row's case number, which the assignment cites
                    a, b = bounds[case_column]
                    proposals[-1].refs_before = [(_skip_space(folded, a), a + len(folded[a:b].rstrip()))]
            row_start, seen, end = at + 1, 0, at
        if not proposals:
            return None
        if due_cells and any(int(hit.group(2)) > 12 for hit in _NUMERIC_DATE.finditer(folded, line_end, end)):
            # "Date Given | Direction | Responsible | Due\n04/14/2026 | ... | 08/11/2026": the table's dates run
            # month first where one of them can be read no other way; its due cells are read so (11 August)
            for proposal, a, b in due_cells:
                numeric = _NUMERIC_DATE.search(folded, a, b)
                if numeric is None:
                    continue
                month, day, year = (int(part) for part in numeric.groups())
                if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
                    proposal.due_cell = (numeric.start(), numeric.end(), datetime.date(year, month, day))
        return proposals, _cover_units(units, position, end, proposals)

    def cell_orders(self, start: int, end: int, row_lead: DepartmentRef | None) -> list[Proposal]:
        """The orders of minutes written in the infinitive, one to a line or a cell between ``start`` and ``end``:
        "EE, PWD (WRD) to complete the balance 15 tanks before 30.04.2026.", "(b) BDOs concerned to arrange ...",
        "Balance to be completed by 10th April." The unit its subject names leads; a passive with no agent falls to
        the row's responsible cell (``row_lead``), a subject no unit holds ("BDOs concerned") to none."""
        folded = self.prep.folded
        found: list[Proposal] = []
        at = start
        while at < end:
            stop = len(folded)
            for mark in ("\n", "|"):
                k = folded.find(mark, at, end)
                if k >= 0:
                    stop = min(stop, k)
            stop = min(stop, end)
            a = _skip_space(folded, at)
            order = _INFINITIVE_ORDER.match(folded, a, stop) if a < stop else None
            if order is not None and not _NOT_A_DOER.search(order.group("subject")):
                named = [
                    m for m in self.mentions_in(order.start("subject"), order.end("subject")) if m.dept is not None
                ]
                named = [m for m in named if not m.issuer]
                if named:
                    lead = named[0].dept
                elif order.group("passive"):
                    lead = row_lead
                else:
                    lead = None
                coordinating = [m.dept for m in named[1:] if m.dept != lead]
                b = stop
                while b > a and folded[b - 1] in " \t":
                    b -= 1
                found.append(
                    Proposal(a, b, lead, coordinating, bool(named), has_subject=True, split_start=True, split_end=True)
                )
            at = stop + 1
        return found

    def remark_orders(
        self, units: list[Unit], position: int, line_end: int, heading: list[str], lead_column: int
    ) -> tuple[list[Proposal], int] | None:
        """A review's table of earlier decisions with no due column ("Sl. | Decision | Officer | Action taken |
        Remarks"): what was done, and in its later cells what is left as an order in the infinitive ("EE, PWD
        (WRD) to complete the balance ...", "Balance to be completed by 10th April."), the row's officer leading
        where the order names no one. None where no row holds such an order (the sentences are read as such)."""
        folded = self.prep.folded
        if not any(_REVIEW_LATER_CELL.fullmatch(cell) for cell in heading[lead_column + 1 :]):
            return None
        proposals: list[Proposal] = []
        at, end = line_end, line_end
        while at < len(folded) and folded[at] == "\n":
            nxt = folded.find("\n", at + 1)
            nxt = len(folded) if nxt < 0 else nxt
            line = folded[at + 1 : nxt]
            if line.count("|") != len(heading) - 1 or _CELL_MOTION.match(line):
                break
            bounds, offset = [], at + 1
            for cell in line.split("|"):
                bounds.append((offset, offset + len(cell)))
                offset += len(cell) + 1
            s, e = bounds[lead_column]
            named = [m for m in self.mentions_in(s, e) if m.dept is not None and not m.issuer]
            row_lead = named[0].dept if named else None
            proposals.extend(self.cell_orders(bounds[lead_column + 1][0], nxt, row_lead))
            at = end = nxt
        if not proposals:
            return None
        return proposals, _cover_units(units, position, end, proposals)

    def motion_row(
        self, motion: tuple[int, int], bounds: list[tuple[int, int]], lead_column: int, due_column: int
    ) -> Proposal | None:
        """A row of a council's log whose action cell is the motion ("That the Treasurer bring forward ...", "That
        staff report on ...", "That online payment be implemented ..."), quoted from the motion to its due cell (the
        status after it is what was done). The motion's subject leads; the staff at large ("That staff ...", "That
        Administration BE DIRECTED ...") is no unit; a passive with no agent falls to the row's lead cell. Units the
        motion works with ("in consultation with the Director of X", "with Finance to model ...") coordinate; the
        lead cell otherwise only tracks the row. A motion that decides (approves, receives, authorizes) gives
        none."""
        folded = self.prep.folded
        a, b = motion
        that = _CELL_MOTION.match(folded, a, b)
        if that is None or _CELL_MOTION_DECIDED.match(folded, that.end(), b):
            return None
        named = [m for m in self.mentions_in(a, b) if m.dept is not None and not m.issuer and not m.affiliation]
        subject = next((m for m in named if re.fullmatch(r"\s*(?:the\s+)?", folded[that.end() : m.start])), None)
        lead = None
        if subject is not None:
            lead = subject.dept
        elif _CELL_PASSIVE.match(folded, that.end(), b) and not _STAFF_SUBJECT.match(
            folded, that.end() + (4 if folded.startswith("the ", that.end()) else 0)
        ):
            # ("That staff be directed to ...": the staff at large, no unit, whatever cell tracks the row)
            s, e = bounds[lead_column]
            cell = [m for m in self.mentions_in(s, e) if m.dept is not None and not m.issuer]
            lead = cell[0].dept if cell else None
        coordinating = []
        for m in named:
            if m is subject or m.dept == lead or m.dept in coordinating:
                continue
            if _ROW_HELPER_BEFORE.search(folded, max(a, m.start - 40), m.start) or _CELL_HELPER_TITLE.search(
                folded, max(a, m.start - 60), m.start
            ):
                coordinating.append(m.dept)
        if self.language == "en" and "/" in folded[slice(*bounds[lead_column])]:
            # "Planning & Building / Legal Services": two units in the lead cell, the one after the first helps
            s, e = bounds[lead_column]
            cell = [m.dept for m in self.mentions_in(s, e) if m.dept is not None and not m.issuer]
            coordinating += [d for d in dict.fromkeys(cell[1:]) if d != lead and d not in coordinating]
        end = bounds[due_column][1] if due_column < len(bounds) else bounds[-1][1]
        while end > a and folded[end - 1] in " \t\n":
            end -= 1
        start = _skip_space(folded, a)
        proposal = Proposal(start, end, lead, coordinating, lead is not None, has_subject=True)
        proposal.split_start = proposal.split_end = True
        if due_column < len(bounds):
            # "Fall 2026", "2nd quarter 2027", "Jan. 2027 COW": the due cell, "by" implied; "TBD" no date at all
            d_start, d_end = bounds[due_column]
            proposal.due_cell = _due_in(folded, d_start, d_end, None)
            if proposal.due_cell is None and _NO_DUE.fullmatch(folded, d_start, d_end):
                d_start = _skip_space(folded, d_start)
                proposal.due_cell = (d_start, d_start + len(folded[d_start:d_end].rstrip()), None)
        subject_at = that.end() + (4 if folded.startswith("the ", that.end()) else 0)
        proposal.staff_row = lead is None and _STAFF_SUBJECT.match(folded, subject_at) is not None
        return proposal

    def dash_row(self, units: list[Unit], position: int) -> tuple[list[Proposal], int] | None:
        """A listed item whose cells are parted by dashes, as an action list carries its open items ("- Fairgrounds
        master plan update – Parks & Fairgrounds – target: spring 2027 – on track", "- Fee schedule revision –
        Community Development, with County Counsel – due: March 2027 – delayed"): the task, the units (the first
        leads, the others help) and the due cell with its label, a status after it. Quoted from the task to the due
        date; the item is a directive only where its unit cell opens on a unit and its due cell reads as a date (or
        as none: "TBD")."""
        unit = units[position]
        folded = self.prep.folded
        line_end = folded.find("\n", unit.start)
        line_end = len(folded) if line_end < 0 else line_end
        row = _DASH_CELLS_ROW.fullmatch(folded, unit.start, line_end)
        if row is None:
            return None
        a, b = row.span("units")
        named = [m for m in self.mentions_in(a, b) if m.dept is not None and not m.issuer]
        if not named or not re.fullmatch(r"\s*(?:the\s+)?", folded[a : named[0].start]):
            return None
        due = _due_in(folded, *row.span("due"), None)
        if due is None and not _NO_DUE.fullmatch(folded, *row.span("due")):
            return None
        lead = named[0].dept
        coordinating = list(dict.fromkeys(m.dept for m in named[1:] if m.dept != lead))
        proposal = Proposal(unit.start, row.end("due"), lead, coordinating, True, has_subject=True)
        proposal.split_start = proposal.split_end = True
        proposal.due_cell = due if due is not None else (row.start("due"), row.end("due"), None)
        return [proposal], _cover_units(units, position, line_end, [proposal])

    def is_table_heading(self, unit: Unit) -> bool:
        """The heading row of a table flattened to "|"-separated lines, a task table's or a table of figures':
        a line of cells with no number cell first ("TT | Chủ đầu tư | Giải ngân | Tỷ lệ (%)", "No | Project |
        Budget"), the next line a row opened by its number cell ("1 | Ban QLDA ĐTXD tỉnh | 498,7 | 15,5")."""
        folded = self.prep.folded
        line_end = folded.find("\n", unit.start)
        if line_end < 0 or unit.start != folded.rfind("\n", 0, unit.start) + 1:
            return False
        if folded.count("|", unit.start, line_end) < 2 or _PIPE_ROW_START.match(folded, unit.start, line_end):
            return False
        if any(len(cell.split()) > 6 for cell in folded[unit.start : line_end].split("|")):
            return False  # a cell that holds a sentence: a row, no heading
        return bool(_PIPE_ROW_START.match(folded, line_end + 1))

    def _pipe_task_heading(self, unit: Unit) -> bool:
        """The heading row of a task table flattened to "|"-separated cells, on a line of its own: a cell of the
        task, one of who leads and one of when it is due ("Nr | Beslut | Uppdrag | Ansvarig | Klart senast |
        Status", "Åtgärd | Ansvarig | Tidplan")."""
        folded = self.prep.folded
        if not unit.whole_line or folded.count("|", unit.start, unit.end) < 2:
            return False
        cells = folded[unit.start : unit.end].split("|")
        return (
            any(ACTION_CELL.fullmatch(cell) for cell in cells)
            and any(LEAD_COLUMN.fullmatch(cell) for cell in cells)
            and any(DUE_COLUMN.fullmatch(cell) for cell in cells)
        )

    def word_table(self, units: list[Unit], position: int) -> tuple[list[Proposal], int] | None:
        """A task table pasted with its rules lost, read from its heading of words ("N° Action Pilote Associés
        Échéance", "No. Action Lead Support Deadline"): each numbered row is a directive, quoted from its action
        to its last cell. The cells start after a tab, or on the first line below the action that opens with a
        capital ("1 Soumettre l'arrêté ... et le\\nnotifier aux mairies\\nDDT (SEEF) Sous-préfecture 10 juillet");
        the unit that opens them leads (none where they open on a group, "Mairies concernées"), the others
        coordinate, and the due date is read there. Returns the rows and the last unit the table covers."""
        unit = units[position]
        folded, work = self.prep.folded, self.prep.work
        if WORD_HEADING.match(folded, unit.start, min(unit.end, unit.start + 160)) is None:
            return None
        # the heading's line as laid out (reading may have joined the rows below to a line of full width)
        lines = self._laid_out_lines(unit.start - 1, min(unit.end, unit.start + 160))
        line_end = lines[0][1] if lines else unit.end
        if "|" in folded[unit.start : line_end] or not WORD_HEADING.fullmatch(folded, unit.start, line_end):
            return None
        blank = _BLANK_LINE.search(folded, line_end)
        lines = self._laid_out_lines(line_end, blank.start() if blank else len(folded))
        rows: list[list[int]] = []  # [action start, end] of each row
        expected = None
        for k, (start, end) in enumerate(lines):
            number = _WORD_ROW_START.match(work, start, end)
            # "2 Renforcer les contrôles ...": the next row opens on the next number (not "2 juin", a due cell)
            if number and number.group("code") and expected in (None, 0):
                rows.append([number.end(), end, k])  # rows that open on their codes, no count to follow (0)
                expected = 0
            elif number and number.group("n") and (expected is None or int(number.group("n")) == expected):
                rows.append([number.end(), end, k])
                expected = int(number.group("n")) + 1
            elif not rows:
                return None  # no numbered row under the heading
            else:
                rows[-1][1] = end
        if not rows:
            return None
        proposals: list[Proposal] = []
        for start, end, k in rows:
            cells = self._row_cells(start, end, [s for s, _e in lines[k + 1 :] if s < end])
            lead, coordinating = None, []
            inline = None if cells is not None else self._inline_cells(start, end)
            if inline is not None:
                # "1 Rédiger l'arrêté ... DDT (SEEF) 08/07/2026": the row on one line, its cells after the action
                cells, lead, coordinating, done = inline
                if done:
                    continue  # "... DDT réalisé le 6/07": done, no order left
            elif cells is not None:
                line = folded.find("\n", cells, end)
                gap = self._cell_gap(cells, end if line < 0 else line)
                cell_end = gap[0] if gap else end if line < 0 else line
                group = _GROUP_CELL.match(folded, cells, cell_end)
                for m in self.mentions_in(cells, end):
                    if m.dept is None or m.issuer or (group and m.start < group.end()):
                        continue
                    if lead is None and not coordinating and not group and m.start <= cells + 1:
                        lead = m.dept  # the lead cell opens on its unit ("DDT (SEEF)", "(ARS)")
                    elif m.dept != lead and m.dept not in coordinating:
                        coordinating.append(m.dept)
            # the row's span as the table gives it, from its action (its number left out) to its last cell
            proposal = Proposal(
                start, end, lead, coordinating, lead is not None, has_subject=True, split_start=True, split_end=True
            )
            proposal.deadline_from = proposal.cells_from = cells
            proposals.append(proposal)
        end = rows[-1][1]
        return proposals, _cover_units(units, position, end, proposals)

    def sv_follow_up_table(self, units: list[Unit], position: int) -> tuple[list[Proposal], int] | None:
        """A Swedish board's follow-up of its earlier assignments, a table pasted with its rules lost: the heading
        "Beslutad Uppdrag Ansvarig Redovisas Status", then a row to a line, opened by the decision it comes from
        ("2026-03-12 § 41 Utreda behovet av ... Tekniska enheten 2026-11-30 Pågår"). Each row is a directive,
        quoted whole, its decision its reference: the unit whose cell follows the task leads (its first capital
        name not governed by a preposition), the units joined to it ("i samråd med X", "och Y") coordinate, and
        the due cell after them gives the deadline; a row whose status says it is done gives none. Returns the
        rows and the last unit the table covers."""
        unit = units[position]
        folded, work = self.prep.folded, self.prep.work
        lines = self._laid_out_lines(unit.start - 1, min(unit.end, unit.start + 160))
        line_end = lines[0][1] if lines else unit.end
        numbered = status_first = False
        heading = folded[unit.start : line_end]
        numbered_heading = (
            _SV_NUMBERED_FOLLOW_UP_HEADING.fullmatch(heading)
            and ("uppdrag" in heading or "uppgift" in heading or "atgard" in heading)
            and "ansvar" in heading
            and (due := _SV_HEADING_DUE.search(heading)) is not None
        )
        if not _SV_FOLLOW_UP_HEADING.fullmatch(folded, unit.start, line_end):
            if not numbered_heading:
                return None
            # "Nr Uppdrag Beslut Ansvarig Status Klart senast": numbered rows, the status cell before the due one
            numbered, status_first = True, 0 <= heading.find("status") < due.start()
        blank = _BLANK_LINE.search(folded, line_end)
        lines = self._laid_out_lines(line_end, blank.start() if blank else len(folded))
        if not numbered and numbered_heading and lines and _SV_ROW_DECIDED.match(work, *lines[0]) is None:
            # "Nr Uppdrag Ansvarig Klart senast Status" over "2025:09 Ta fram ...": its rows opened by their numbers,
            # not by their decisions
            numbered, status_first = True, 0 <= heading.find("status") < due.start()
        rows: list[list[int]] = []  # [row start, decision end, row end] of each row
        if numbered:
            rows = self._numbered_rows(lines)
        for start, end in lines if not numbered else ():
            if rows and _SV_DECISION_HEADING.fullmatch(folded, start, end):
                break  # "Beslut": the paragraph's decision under the table, no blank line between
            decided = _SV_ROW_DECIDED.match(work, start, end)
            if decided is not None and rows and _SV_ROW_STATUS.match(folded, decided.end(), end):
                # "Socialnämnden, Kultur- och fritidsnämnden\n2026-06-30 Pågår": the row's due and status cells on a
                # line of their own, no decision opening a row
                decided = None
            if decided is not None:
                rows.append([start, decided.end(), end])
            elif not rows:
                return None  # no row under the heading opens on its decision
            else:
                rows[-1][2] = end
        if not rows:
            return None
        proposals: list[Proposal] = []
        for start, action, end in rows:
            task = action
            decision = SV_DECISION.search(work, action, end) if numbered else None
            if decision is not None:
                action = decision.end()  # "3 Införa ... RS 2025-11-18 § 212 Folktandvårdschef": the cells after it
            named = [m for m in self.mentions_in(action, end) if m.dept is not None and not m.issuer]
            labelled = _SV_ROW_LEAD_LABEL.search(folded, action, end) if ":" in folded[action:end] else None
            lead_at = next(
                (
                    k
                    for k, m in enumerate(named)
                    if (
                        # "... Ansvarig: resultatområdet för äldreomsorg Tidplan: 30.11.2025": the row's cells
                        # flattened with their labels, the unit after the lead's label leads whatever its case
                        m.start == labelled.end()
                        if labelled is not None
                        else work[m.start].isupper()
                        and not _SV_GOVERNED.search(folded, max(action, m.start - 16), m.start)
                    )
                ),
                None,
            )
            lead, coordinating, cells = None, [], None
            if lead_at is not None:
                lead, cells = named[lead_at].dept, named[lead_at].end
                for m in named[lead_at + 1 :]:
                    if not _SV_CELL_JOIN.fullmatch(folded, cells, m.start):
                        break  # the due cell, or a meeting named in it ("Nämndens sammanträde i november")
                    if m.dept != lead and m.dept not in coordinating:
                        coordinating.append(m.dept)
                    cells = m.end
            if numbered:
                # "Revidera ... i samverkan med förvaltningen för regional utveckling": a unit the task works with
                for m in self.mentions_in(task, decision.start() if decision is not None else (cells or end)):
                    if (
                        m.dept is not None
                        and m.dept != lead
                        and m.dept not in coordinating
                        and _ROW_HELPER_BEFORE.search(folded, max(task, m.start - 30), m.start)
                    ):
                        coordinating.append(m.dept)
            status = _SV_ROW_STATUS.search(folded, cells if cells is not None else action, end)
            status_cell = None
            if heading.rstrip().endswith("status") and not status_first and "\t" in work[unit.start : line_end]:
                # "Uppdrag<TAB>Ansvarig<TAB>Klart senast<TAB>Status": the row's last tab cell is its status, "P –
                # inventering klar, behovsanalys pågår" (a legend's code, a part done told after it), "K – antagna i
                # KFN 2026-03-18" (the day it was done, no due)
                tab = work.rfind("\t", action, end)
                if tab > 0 and work.count("\t", start, end) == work[unit.start : line_end].strip().count("\t"):
                    status_cell = _skip_space(folded, tab + 1)
                    if status is not None and status.start() != status_cell:
                        status = None
            if (
                status is not None
                and _SV_DONE_STATUS.match(folded, status.start(), status.end())
                # "Klart. Antagen av KF 2025-02-24 § 19. Föreslås avskrivas.": done, its closing only proposed
                and not _SV_PROPOSED_CLOSED.search(folded, status.end(), end)
                and (numbered or not self._closed_by_decision(start, action, rows[-1][2]))
            ):
                continue  # "... 2026-05-31 Klar": done, no order left
            proposal = Proposal(
                start, end, lead, coordinating, lead is not None, has_subject=True, split_start=True, split_end=True
            )
            proposal.cells_from = cells
            proposal.cells_to = status.start() if status is not None and not status_first else status_cell
            if cells is not None and "fran beslut" in folded[cells:end]:
                # "Tekniska nämnden Inom ett år från beslutet Pågår": counted from the row's decision, not this meeting
                decided_on = _SV_ISO_DAY.search(folded, start, action)
                due = (
                    find_deadline(folded[cells : proposal.cells_to or end], [], _iso_day(decided_on.group()), "sv")
                    if decided_on is not None
                    else None
                )
                if due is not None and due.date is not None:
                    proposal.due_cell = (cells + due.start, cells + due.end, due.date)
            if cells is not None and "(" in folded[cells : proposal.cells_to or end]:
                # "Tidplan: 31.12.2025 (ursprungligen 30.6.2025)": the due the row had first, no longer its due
                superseded = _SV_SUPERSEDED_DUE.search(folded, cells, proposal.cells_to or end)
                if superseded is not None:
                    proposal.cells_to = superseded.start()
            revised = _SV_NEW_DUE.search(folded, status.start(), end) if status is not None else None
            if revised is not None:
                # "2026-04-30 Försenad, ny tidplan: augusti": the due the row was moved to, not its due cell's
                value = "senast " + folded[revised.end() : min(end, revised.end() + 60)]
                due = find_deadline(value, [], self.meeting, "sv")
                if due is not None and due.date is not None:
                    at = revised.end() - len("senast ")
                    proposal.due_cell = (max(revised.end(), at + due.start), at + due.end, due.date)
            if numbered:
                proposal.own_row = True
                proposals.append(proposal)
                continue  # its decision is a reference inside its quote
            # "2026-03-12 § 41" (measured in the row's own segment: the text's prefix is not copied for each row)
            proposal.refs_before = [(_skip_space(work, start), start + len(work[start:action].rstrip()))]
            proposal.own_row = True
            proposals.append(proposal)
        if not proposals:
            return None
        return proposals, _cover_units(units, position, rows[-1][2], proposals)

    def sv_case_rows(self, units: list[Unit], position: int) -> tuple[list[Proposal], int] | None:
        """A Swedish follow-up of earlier assignments flattened to "|"-separated rows with no heading row, each
        opened by the case it comes from ("KS 2025/188 | Samhällsbyggnadsförvaltningen | Ta fram en dagvattenplan
        för\ntätorterna | Redovisas senast 2026-06-30 | Pågår"): each row is a directive, quoted whole, the unit of
        the cell that names only units leading (the others in it coordinating); a row whose status cell says it is
        done gives none. A row may run over several lines. None when no row has such a cell (the unit told in a
        sentence of its own: "KS 2025/198 § 112 | Förvaltningen ska ta fram ... | Pågår"). Returns the rows and the
        last unit the table covers."""
        folded = self.prep.folded
        start = units[position].start
        rows: list[list[int]] = []
        at = start
        while at < len(folded):
            nl = folded.find("\n", at)
            nl = len(folded) if nl < 0 else nl
            if _SV_CASE_ROW.match(folded, at, nl):
                rows.append([at, nl])
            elif not rows or not folded[at:nl].strip():
                break
            elif "|" not in folded[at:nl]:
                # a task cell wrapped over three lines: its middle line has no rule of its own
                after = folded.find("\n", nl + 1)
                after = len(folded) if after < 0 else after
                if "|" not in folded[nl + 1 : after] or _SV_CASE_ROW.match(folded, nl + 1, after):
                    break
                rows[-1][1] = nl
            else:
                rows[-1][1] = nl
            at = nl + 1
        proposals: list[Proposal] = []
        any_lead = False
        for row_start, row_end in rows:
            if folded.count("|", row_start, row_end) < 2:
                return None  # a line of text that opens on a case number, no row of a table
            bounds, offset = [], row_start
            for cell in folded[row_start:row_end].split("|"):
                bounds.append((offset, offset + len(cell)))
                offset += len(cell) + 1
            lead, coordinating, lead_cell = None, [], None
            for k, (a, b) in enumerate(bounds[1:], 1):
                named = [m for m in self.mentions_in(a, b) if m.dept is not None and not m.issuer]
                if not named:
                    continue
                rest, joined = a, True
                for m in named:
                    if folded[rest : m.start].strip() and not _SV_CELL_JOIN.fullmatch(folded, rest, m.start):
                        joined = False
                        break
                    rest = m.end
                if joined and not folded[rest:b].strip(" \t\n.,"):
                    lead, lead_cell = named[0].dept, k
                    coordinating = [m.dept for m in named[1:] if m.dept != lead]
                    break
            if lead_cell is None:
                proposals.append(Proposal(_skip_space(folded, row_start), row_end, None, [], False, has_subject=True))
                proposals[-1].own_row = True
                continue
            any_lead = True
            status = next(
                (c for a, b in bounds[lead_cell + 1 :] if _SV_ROW_STATUS.match(folded, c := _skip_space(folded, a), b)),
                None,
            )
            if status is not None and _SV_DONE_STATUS.match(folded, status, row_end):
                continue  # "... | Redovisas 2026-05-31 | Klar": done, no order left
            proposal = Proposal(_skip_space(folded, row_start), row_end, lead, coordinating, True, has_subject=True)
            proposal.cells_to = status
            proposal.deadline_from = bounds[1][0]  # past the case number ("AU 2025/412"), no date
            proposal.own_row = True
            proposals.append(proposal)
        if not any_lead or not proposals:
            return None
        return proposals, _cover_units(units, position, rows[-1][1], proposals)

    def _closed_by_decision(self, start: int, action: int, table_end: int) -> bool:
        """Whether the decision after a follow-up table closes a row that is done, named again by its decision
        ("§ 97/2025 Bereda ... Status: slutfört", then "... konstaterar att uppdragen enligt § 97/2025 och § 150/2025
        är slutförda"): the board closes it at this meeting, it stays on the list until then."""
        folded = self.prep.folded
        decided = " ".join(folded[start:action].split())
        if "§" not in decided:
            return False
        after = " ".join(folded[table_end : table_end + 3000].split())
        at = after.find(decided)
        while at >= 0:
            if after[at + len(decided) : at + len(decided) + 1].isdigit():
                at = after.find(decided, at + 1)  # "§ 4" in "§ 41"
                continue
            sentence_start = max(after.rfind(". ", 0, at), after.rfind("\n", 0, at)) + 1
            sentence_end = after.find(". ", at)
            if _SV_CLOSING_WORDS.search(after, sentence_start, sentence_end if sentence_end >= 0 else len(after)):
                return True
            at = after.find(decided, at + 1)
        return False

    def _numbered_rows(self, lines: list[tuple[int, int]]) -> list[list[int]]:
        """The rows of a numbered follow-up table under its heading, [row start, task start, row end] of each: a
        line that opens on the next number opens a row, a line between two rows goes on with the one before, and
        the table ends with the last row's line (what follows it is the protocol's own text)."""
        work = self.prep.work
        rows: list[list[int]] = []
        keys: list[tuple] = []  # (year, separator, number) of rows numbered with their year
        for start, end in lines:
            number = _SV_ROW_NUMBER.match(work, start, end)
            if number is not None and not keys and int(number.group(1)) == len(rows) + 1:
                rows.append([start, number.end(), end])
                continue
            dated = _SV_ROW_YEAR_NUMBER.match(work, start, end) if len(keys) == len(rows) else None
            key = (int(dated.group(1)), dated.group(2), int(dated.group(3))) if dated is not None else None
            if key is not None and (not keys or (key[1] == keys[-1][1] and key[::2] > keys[-1][::2])):
                keys.append(key)
                rows.append([start, dated.end(), end])
            elif not rows:
                return []
        for k, row in enumerate(rows[:-1]):
            row[2] = max(e for s, e in lines if s < rows[k + 1][0])
        if rows and not self._row_cells_given(rows[-1][1], rows[-1][2]):
            # the last row wrapped ("2 Se över lokalbehovet ... KS 2026-04-14 § 55\nMiljö- och byggförvaltningen
            # Pågår 2027-05-31"): it goes on to the line that gives its status or due cell, through lines that are
            # no sentence of the protocol's own
            for s, e in [line for line in lines if line[0] >= rows[-1][2]][:3]:
                if self.prep.folded[e - 1] in ".:":
                    break
                if self._row_cells_given(s, e):
                    rows[-1][2] = e
                    break
        return rows

    def _row_cells_given(self, start: int, end: int) -> bool:
        """A follow-up row's status or due cell between ``start`` and ``end``: a status word, or a date that is no
        decision's ("2027-05-31", not "KS 2026-04-14 § 55")."""
        return _SV_ROW_STATUS.search(self.prep.folded, start, end) is not None or any(
            not _DECISION_PARAGRAPH_AFTER.match(self.prep.folded, hit.end(), end)
            for hit in _SV_ISO_DAY.finditer(self.prep.folded, start, end)
        )

    def log_table(self, units: list[Unit], position: int) -> tuple[list[Proposal], int] | None:
        """A council's action log pasted with its rules lost and its rows wrapped ("Item No. Date Assigned
        Direction Responsible Dept. Target Date Status", then "2024-31 10/08/2024 Direct the City Attorney to
        draft ... City Attorney's Office 12/10/2024 Complete."): each row opened by its item code and date whose
        action is an order (a bare verb, or "Staff to ...", "Water Dept., with Fire, to ...") is a directive,
        quoted whole. The unit whose cell comes right before the due or status cell leads, a unit the action
        names before its "to" ("with Fire") coordinates, and the due cell gives the deadline (a "revised target
        date" in the status cell replaces it). Rows that narrate ("Council received ...") give no order."""
        folded, work, original = self.prep.folded, self.prep.work, self.prep.original
        start = units[position].start
        if start > 0 and original[self.prep.to_input(start - 1)] != "\n":
            return None  # the heading opens its line
        blank = _BLANK_LINE.search(folded, start)
        lines = self._laid_out_lines(start - 1, blank.start() if blank else len(folded))
        if not lines or not _LOG_HEADING.fullmatch(folded, *lines[0]):
            if lines and _REGISTER_HEADING.fullmatch(folded, *lines[0]):
                # rows parted by blank lines ("OCM 26/08/2025\nOCM 2025/143\n12.2 ...\n\nOCM 23/09/2025 ..."): each
                # block that opens on a meeting's date line is a row of the register
                while blank is not None:
                    after = _BLANK_LINE.search(folded, blank.end())
                    block = self._laid_out_lines(blank.end() - 1, after.start() if after else len(folded))
                    if not block or not _REGISTER_DATE_LINE.fullmatch(folded, *block[0]):
                        break
                    lines += block
                    blank = after
                return self.register_table(units, position, lines)
            return None
        rows: list[list[int]] = []  # [row start, index of its last line] of each row
        for k, (line_start, line_end) in enumerate(lines[1:], 1):
            if _LOG_ROW_START.match(work, line_start, line_end):
                rows.append([line_start, k])
            elif rows:
                rows[-1][1] = k
        if not rows:
            return None
        # the log's dates run month first where one of them can be read no other way ("08/27/2024")
        month_first = any(int(hit.group(2)) > 12 for hit in _NUMERIC_DATE.finditer(folded, rows[0][0], lines[-1][1]))
        proposals: list[Proposal] = []
        end = lines[0][1]
        for row_start, last in rows:
            row_end = lines[last][1]
            action = _LOG_ROW_START.match(work, row_start).end()
            mentions = [m for m in self.mentions_in(action, row_end) if m.dept is not None and not m.issuer]
            cell = next((m for m in mentions if _LOG_CELL_AFTER_UNIT.match(folded, m.end, row_end)), None)
            cell_units: list[DepartmentRef] = []
            cell_start = cells_from = status_at = None
            if cell is not None:
                # "Sheriff / Probation June 2026": a cell of several units, the first of them leads
                first = last_unit = mentions.index(cell)
                while first > 0 and _LOG_UNIT_JOIN.fullmatch(folded, mentions[first - 1].end, mentions[first].start):
                    first -= 1
                cell_units = list(dict.fromkeys(m.dept for m in mentions[first : last_unit + 1]))
                cell_start, cells_from = mentions[first].start, cell.end
            elif self.unit_of is not None and self.language == "en":
                # "... outreach plan. Public Works Q2 2026 In Progress": a unit the directory names by its field
                found = self._log_unit_cell(action, row_end)
                if found is not None:
                    cell_units, cell_start, cells_from, status_at = found
            if row_start == rows[-1][0]:
                # the last row ends with the line its status sentence ends on ("06/30/2025 Not started."), before
                # the report's closing lines
                after = cells_from if cells_from is not None else action
                row_end = next((e for _s, e in lines if e > after and folded[e - 1] in ".!"), row_end)
            end = max(end, row_end)
            if not _LOG_ORDER.match(folded, action) or (
                _narrated_row(folded, action) and not _LOG_PAST_ORDER.match(folded, action)
            ):
                continue  # "Council received the Annual Financial Report ...": no order
            if _LOG_GENERIC_ADDRESSEE.match(folded, action):
                # "Directed staff to explore ... | CEO / Information Technology": the council's words address the
                # staff at large, no unit; the responsible cell only tracks the row
                cell_units = []
            lead = cell_units[0] if cell_units else None
            to = folded.find(" to ", action, min(row_end, action + 80))
            coordinating = [m.dept for m in mentions if m.end <= to and m.dept != lead]
            # "..., in consultation with the Auditor-Controller": a unit the action works with
            coordinating += [
                m.dept
                for m in mentions
                if to < m.start < (cell_start if cell_start is not None else row_end)
                and _ROW_HELPER_BEFORE.search(folded, max(action, m.start - 40), m.start)
            ]
            coordinating += cell_units[1:]
            coordinating = [dept for dept in dict.fromkeys(coordinating) if dept != lead]
            proposal = Proposal(row_start, row_end, lead, coordinating, lead is not None)
            proposal.has_subject = proposal.split_start = proposal.split_end = True
            if cells_from is not None:
                revised = _LOG_REVISED_DUE.search(folded, cells_from, row_end)
                proposal.cells_from = revised.end() if revised else cells_from
                due_end = _LOG_DUE_CELL_END.match(folded, proposal.cells_from, row_end)
                proposal.cells_to = due_end.end() if due_end else status_at
                numeric = _NUMERIC_DATE.search(folded, proposal.cells_from, proposal.cells_to or proposal.cells_from)
                if numeric is not None:
                    # "12/10/2024" in a log whose dates run month first ("08/27/2024"): 10 December
                    first, second, year = (int(part) for part in numeric.groups())
                    month, day = (first, second) if month_first else (second, first)
                    if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
                        proposal.due_cell = (numeric.start(), numeric.end(), datetime.date(year, month, day))
                if proposal.due_cell is None and due_end is None:
                    day = _log_row_date(folded, row_start, action, month_first)
                    self._log_undated_due(proposal, action, cell_start, day)
            proposals.append(proposal)
        if not proposals:
            return None
        return proposals, _cover_units(units, position, end, proposals)

    def _log_unit_cell(self, action: int, row_end: int) -> tuple[list[DepartmentRef], int, int, int] | None:
        """The responsible cell of a log's row whose units the text names by their field only ("... outreach plan.
        Public Works Q2 2026 In Progress", "... report back. CEO / Information Technology TBD Not Started"): after a
        stop of the action, units the directory knows, then the due cell and a status. The units, where the cell
        starts and ends, and where the status starts."""
        folded, work = self.prep.folded, self.prep.work
        for stop in _LOG_CELL_STOP.finditer(work, action, row_end):
            status = _LOG_STATUS.search(folded, stop.end(), min(row_end, stop.end() + 80))
            if status is None:
                continue
            found: list[DepartmentRef] = []
            position = cell_end = stop.end()
            while position < status.start():
                words: list[re.Match] = []
                for word in _LOG_CELL_WORD.finditer(work, position, status.start()):
                    if words and work[words[-1].end() : word.start()].strip():
                        break  # "CEO / Information Technology": a unit ends at the mark that parts two
                    words.append(word)
                    if len(words) == 5:
                        break
                dept = None
                for size in range(len(words), 0, -1):
                    dept = self.unit_of(work[position : words[size - 1].end()])
                    if dept is not None:
                        break
                if dept is None:
                    break
                if dept not in found:
                    found.append(dept)
                cell_end = words[size - 1].end()
                join = _LOG_CELL_JOIN.match(work, cell_end, status.start())
                if join is None:
                    break
                position = join.end()
            if found:
                return found, stop.end(), cell_end, status.start()
        return None

    def _log_undated_due(
        self, proposal: Proposal, action: int, cell_start: int | None, day: datetime.date | None
    ) -> None:
        """A log's row whose due cell gives no date: "Within 90 days" (or "report back within 90 days" in its
        action) counted from the row's own meeting date; "TBD", "N/A" no date at all (not another row's)."""
        folded = self.prep.folded
        start = proposal.cells_from
        stop = proposal.cells_to
        if stop is None:
            status = _LOG_STATUS.search(folded, start, min(proposal.end, start + 60))
            stop = status.start() if status else start
        if day is not None:
            # the due cell first; the action's own delay where the cell gives no date ("Per resolution", "-")
            spans = [(start, stop)] if folded[start:stop].strip() else []
            if not _DIGIT.search(folded, start, stop):
                spans.append((action, cell_start if cell_start is not None else start))
            for a, b in spans:
                found = find_deadline(folded[a:b], [], day, "en")
                if (
                    found is not None
                    and found.date is not None
                    and _LOG_DELAY.search(folded, a + found.start, a + found.end)
                ):
                    proposal.due_cell = (a + found.start, a + found.end, found.date)
                    return
            if _DIGIT.search(folded, start, stop):
                return  # a cell with a date of its own: the table's reading of it stands
        none = _LOG_NO_DUE.search(folded, start, stop)
        if none is not None:
            proposal.due_cell = (none.start(), none.end(), None)

    def register_table(
        self, units: list[Unit], position: int, lines: list[tuple[int, int]]
    ) -> tuple[list[Proposal], int] | None:
        """A committee's action register copied one cell to a line, read from its heading "Meeting Item Action
        Responsible Due Status" ("Date Item Action Owner Due Date Status"): each row opens with the meeting's date
        alone on its line, then its item ("Item 8 Lake Water Quality Update"), its action over one line or more,
        the responsible officer, the due cell and the status. A row whose action is an order is a directive,
        quoted from its action to its due cell: the unit of the responsible line leads, a unit the action works
        "with" coordinates; the due cell gives the deadline (read from the row's meeting: "Within 21 days"), a
        revised due date in the status replacing it. Rows that narrate ("Presentation received.") give no order."""
        folded = self.prep.folded
        rows: list[list[int]] = []  # the indexes of each row's lines, its date line first

        def item_under(k: int) -> bool:
            """Whether the agenda item stands under line ``k``, the resolution's number between them or not."""
            if k + 2 < len(lines) and _REGISTER_RESOLUTION_LINE.fullmatch(folded, *lines[k + 1]):
                k += 1
            return k + 1 < len(lines) and _REGISTER_ITEM_LINE.match(folded, *lines[k + 1]) is not None

        # a due cell may be a date alone on its line too ("30/09/2025"): where the rows give their agenda items,
        # a row opens on a date with its item under it; else on a date after a row with all its cells
        items = any(
            _REGISTER_DATE_LINE.fullmatch(folded, *lines[k]) and item_under(k) for k in range(1, len(lines) - 1)
        )
        for k in range(1, len(lines)):
            if _REGISTER_DATE_LINE.fullmatch(folded, *lines[k]) and (
                item_under(k) if items else not rows or len(rows[-1]) > 4
            ):
                rows.append([k])
            elif rows:
                rows[-1].append(k)
            else:
                return None  # no row opened by its date under the heading
        dates = [_register_date(folded[slice(*lines[row[0]])]) for row in rows]
        proposals: list[Proposal] = []
        for row, date in zip(rows, dates, strict=True):
            body = [lines[k] for k in row[1:]]
            resolution = None
            if len(body) > 1 and _REGISTER_RESOLUTION_LINE.fullmatch(folded, *body[0]):
                resolution, body = body[0], body[1:]  # "OCM 2025/143": the resolution the row carries out
            if body and _REGISTER_ITEM_LINE.match(folded, *body[0]):
                body = body[1:]  # "Item 8 Lake Horowhenua Water Quality Update": the agenda item, no action
            if len(body) < 3:
                continue
            # the responsible line: the first below the action's first that opens on a unit, else the third last
            opens = (
                j
                for j in range(1, len(body) - 1)
                if any(m.start == body[j][0] and m.dept is not None for m in self.mentions_in(*body[j]))
            )
            responsible = next(opens, len(body) - 3)
            if responsible < 1:
                continue
            action = body[0][0]
            if not _LOG_ORDER.match(folded, action) or _narrated_row(folded, action):
                continue  # "Presentation received. No further action required.": no order
            named = [m for m in self.mentions_in(*body[responsible]) if m.dept is not None and not m.issuer]
            lead = named[0].dept if named else None
            coordinating = [m.dept for m in named[1:] if m.dept != lead]
            for m in self.mentions_in(action, body[responsible - 1][1]):
                # "(River Management with Consents)", "in conjunction with NZTA": a unit the action works with
                if (
                    m.dept is not None
                    and not m.issuer
                    and m.dept != lead
                    and m.dept not in coordinating
                    and folded[max(action, m.start - 12) : m.start].rstrip().endswith(("with", "with the"))
                ):
                    coordinating.append(m.dept)
            due = body[responsible + 1]
            end = due[1]
            proposal = Proposal(action, end, lead, coordinating, lead is not None, has_subject=True)
            proposal.split_start = proposal.split_end = True
            if resolution is not None:
                proposal.refs_before.append(resolution)
            if responsible + 2 < len(body):
                status = (body[responsible + 2][0], body[-1][1])
                revised = _LOG_REVISED_DUE.search(folded, *status)
                if revised is not None:
                    # "Overdue - GIS layer being finalised. Revised due date 29 August 2025.": the new due date, the
                    # quote up to its line ("Revised: 31/05/2026" on a line of its own, the comments below it)
                    line_end = next(e for s_, e in body[responsible + 2 :] if e >= revised.end())
                    proposal.end = status[1] if revised.start() > body[responsible + 2][1] else line_end
                    due = (revised.end(), status[1])
            deadline = find_deadline("by " + folded[due[0] : due[1]], [], date, "en")
            if deadline is not None and deadline.date is not None:
                offset = due[0] - len("by ")
                proposal.due_cell = (max(due[0], offset + deadline.start), offset + deadline.end, deadline.date)
            elif at_next_meeting("by " + folded[due[0] : due[1]]) is not None:
                # "Next OCM": the next meeting, its date given in the sheet's heading ("Next Ordinary Council
                # Meeting: Tuesday 28 April 2026")
                next_meeting = next_meeting_date(folded, date)
                if next_meeting is not None:
                    proposal.due_cell = (due[0], due[1], next_meeting)
            proposals.append(proposal)
        if not proposals:
            return None
        return proposals, _cover_units(units, position, lines[-1][1], proposals)

    def line_table(self, units: list[Unit], position: int) -> tuple[list[Proposal], int] | None:
        """A task table copied one cell to a line (from a PDF or a word processor): its heading cells on lines of
        their own ("TT\nNội dung nhiệm vụ\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian hoàn thành", "No.\nAction\n
        Lead\nSupport\nDeadline"), then each row's number on its line, its action over one line or more and each of
        its other cells on a line. Each row is a directive quoted from its action to its last cell: the unit of its
        lead cell leads, those of the cells after it coordinate, its due cell gives the deadline. Returns the rows
        and the last unit the table covers."""
        unit = units[position]
        folded = self.prep.folded
        first_end = folded.find("\n", unit.start)
        if first_end < 0 or first_end - unit.start > 8 or not NUMBER_CELL.fullmatch(folded, unit.start, first_end):
            return None
        blank = _BLANK_LINE.search(folded, unit.start)
        lines = self._laid_out_lines(unit.start - 1, blank.start() if blank else len(folded))
        columns: list[str] = []  # the kind of each heading cell after the number cell
        for start, end in lines[1:]:
            if end - start > 40:
                break
            if ACTION_CELL.fullmatch(folded, start, end):
                columns.append("action")
            elif LEAD_COLUMN.fullmatch(folded, start, end):
                columns.append("lead")
            elif DUE_COLUMN.fullmatch(folded, start, end):
                columns.append("due")
            elif REMARK_CELL.fullmatch(folded, start, end):
                columns.append("remark")  # "Ghi chú": no unit there helps
            elif OTHER_CELL.fullmatch(folded, start, end):
                columns.append("other")
            else:
                break
        if columns[:1] != ["action"] or "lead" not in columns or "due" not in columns:
            return None
        after_lead = len(columns) - columns.index("lead")  # the cells from the lead cell to the row's end
        rows: list[list[tuple[int, int]]] = []
        section = None
        for start, end in lines[len(columns) + 1 :]:
            number = _LINE_ROW_NUMBER.fullmatch(folded, start, end)
            if number and not rows:
                section = number.group("section")  # "2.1": the rows that follow are "2.2", "2.3", ...
            if number and int(number.group(2)) == len(rows) + 1 and number.group("section") == section:
                rows.append([])
            elif not rows:
                return None  # no numbered row under the heading
            else:
                rows[-1].append((start, end))
        proposals: list[Proposal] = []
        for cells in rows:
            action = len(cells) - after_lead  # the action's lines, then a line to each other cell
            if (
                action < 1 or not any(_opens_cell(m.start, *cells[action]) for m in self.mentions_in(*cells[action]))
            ) and not (
                # "Các sở, ban, ngành; UBND các xã, phường": a lead cell that names a group, no one unit (the row's
                # lead is none, the cells after it still help and date it)
                action >= 1 and self.language == "vi" and _VI_GROUP_LABEL.fullmatch(self.view, *cells[action])
            ):
                # a cell left empty ("Ghi chú" with no remark): the lead cell is the first line below the action's
                # first that opens on a unit
                action = next(
                    (k for k, (s, e) in enumerate(cells[1:], 1) if any(m.start == s for m in self.mentions_in(s, e))),
                    action,
                )
            if action < 1:
                continue
            lead, coordinating, due, done = None, [], None, False
            for kind, (start, end) in zip(columns[columns.index("lead") :], cells[action:], strict=False):
                if kind in ("due", "remark"):
                    due = start if kind == "due" else due
                    done = done or (kind == "remark" and _DONE_CELL.fullmatch(folded, start, end) is not None)
                    continue
                for m in self.mentions_in(start, end):
                    if m.dept is None or m.issuer:
                        continue
                    if kind == "lead" and lead is not None and m.dept.name.startswith(lead.name + ", "):
                        lead = m.dept  # "RK, upphandlingsenheten": the office, then its unit that does the work
                    elif kind == "lead" and lead is None and not coordinating:
                        lead = m.dept
                    elif m.dept != lead and m.dept not in coordinating:
                        coordinating.append(m.dept)
            proposal = Proposal(
                cells[0][0],
                cells[-1][1],
                lead,
                coordinating,
                lead is not None,
                has_subject=True,
                split_start=True,
                split_end=True,
            )
            proposal.deadline_from = proposal.cells_from = due
            if not done:  # a row whose status cell says it is done ("Klar", "Completed"): a report, no order
                proposals.append(proposal)
        if not proposals:
            return None
        end = rows[-1][-1][1] if rows[-1] else lines[-1][1]
        return proposals, _cover_units(units, position, end, proposals)

    def _laid_out_lines(self, start: int, end: int) -> list[tuple[int, int]]:
        """The lines between ``start`` (a line break, or the offset before the first) and ``end`` as the text lays them
        out, a line that reading
        joined to the one before included (a table's next row is no wrapped sentence): (start, end) of each,
        trailing spaces left out."""
        work, original, to_input = self.prep.work, self.prep.original, self.prep.to_input
        breaks = [start] + [p for p in range(start + 1, end) if work[p] in "\n " and original[to_input(p)] == "\n"]
        breaks.append(end)
        lines = []
        for a, b in pairwise(breaks):
            a += 1
            while b > a and work[b - 1] in " \t\r":
                b -= 1
            if b > a:
                lines.append((a, b))
        return lines

    def _cell_gap(self, start: int, end: int) -> tuple[int, int] | None:
        """The first gap between two cells of a row's line: a tab, or a run of spaces that lays out columns."""
        work, original, to_input = self.prep.work, self.prep.original, self.prep.to_input
        for gap in _CELL_GAP.finditer(work, start, end):
            # inside a line (not its indent), no line joined in reading
            if work[gap.start() - 1] != "\n" and "\n" not in original[to_input(gap.start()) : to_input(gap.end())]:
                return gap.start(), gap.end()
        return None

    def _row_cells(self, start: int, end: int, line_starts: list[int]) -> int | None:
        """Where a word table's row turns from its action to its cells: past the first tab or run of spaces, or at
        the first line below the action that opens with a capital, the line before ending on no word that goes on
        ("de", "the", "och", a comma)."""
        work = self.prep.work
        gap = self._cell_gap(start, end)
        if gap is not None:
            return gap[1] if gap[1] < end else None
        for cell in line_starts:
            while cell < end and work[cell] == " ":
                cell += 1
            goes_on = _GOES_ON.search(self.prep.folded, max(start, cell - 24), cell)
            if cell < end and work[cell].isupper() and not goes_on:
                return cell
        return None

    def _inline_cells(self, start: int, end: int) -> tuple[int, DepartmentRef | None, list[DepartmentRef], bool] | None:
        """A word table's row laid out on one line, its cells parted by single spaces only ("Renforcer les contrôles
        ... OFB / DDT fin août", "Diffuser ... Préfecture (cabinet) / Conseil départemental en continu"): its lead cell
        is the last run of units the action does not govern (no article or preposition before it: not "la signature
        du préfet"), joined by "/", "–", "," or "et", a short due cell after it. The first unit leads, the others
        coordinate; a first name the directory does not hold as such ("Préfecture (cabinet)") is read as the service
        it names. Returns where the cells start, the lead, the coordinating units and whether the due cell says the
        row is done ("réalisé le 6/07")."""
        folded, work = self.prep.folded, self.prep.work
        named = [m for m in self.mentions_in(start, end) if m.dept is not None and not m.issuer]

        def opens(position: int) -> bool:
            governed = _GOVERNED_NAME.search(folded, max(start, position - 12), position)
            return work[position - 1] in " \t\n" and governed is None  # ("Transportation Services /\nBy-law ...")

        if not named or not opens(named[-1].start) or end - named[-1].end > _MOST_DUE_CELL:
            return None
        first = len(named) - 1
        while (
            first > 0
            and _CELL_JOIN.fullmatch(folded, named[first - 1].end, named[first].start)
            and opens(named[first - 1].start)
        ):
            first -= 1
        cells = named[first].start
        lead: DepartmentRef | None = named[first].dept
        coordinating = [m.dept for m in named[first + 1 :]]
        parent = _CELL_PARENT.search(work, max(start, cells - 60), cells)
        if parent is not None and opens(parent.start()):
            # "Préfecture – Bureau de la communication ...": the administration the unit belongs to, part of its
            # name; "Préfecture (cabinet) / Conseil départemental": a unit of its own, before the one named
            cells = parent.start()
            if parent.group("join") == "/":
                coordinating.insert(0, lead)
                lead = self._cell_unit(parent.group("name"))
        if cells - start < 12:
            return None  # no action left before the cells
        # (not a due cell that gives no date yet: "Parks and Forestry TBD")
        if _INITIALS_AFTER.search(_NO_DATE_YET.sub("", _CELL_BRACKET.sub("", work[named[-1].end : end]))):
            return None  # the lead cell names an office the directory does not hold, after the action's last unit
        coordinating = [dept for dept in dict.fromkeys(coordinating) if dept is not None and dept != lead]
        done = _DONE_DUE.match(folded, named[-1].end, end) is not None
        return cells, lead, coordinating, done

    def _cell_unit(self, text: str) -> DepartmentRef | None:
        """The unit a table's cell names without its directory name: by its field ("Préfecture"), or a service of an
        office in brackets, named after the office's head ("Préfecture (cabinet)": the "Cabinet du préfet")."""
        if self.unit_of is None:
            return None
        dept = self.unit_of(text)
        if dept is None and "(" in text:
            office, service = text.split("(", 1)
            head = _OFFICE_HEADS.get(fold_loose(office).strip())
            if head is not None:
                dept = self.unit_of(f"{service.strip(' )')} du {head}")
        return dept

    def second_order(self, unit: Unit, proposal: Proposal) -> Proposal | None:
        """A second unit given its own order in the same sentence: "The Ministry of Finance was instructed
        to ..., and the Ministry of Education was tasked with ...", "..., et le Ministre de X est chargé
        de ...": the sentence is two directives, cut before the second unit."""
        folded = self.prep.folded
        repeated = None
        if self.language == "en" and " and " in folded[unit.start : unit.end]:
            repeated = _REPEATED_REQUEST
        elif self.language == "fr" and " et " in folded[unit.start : unit.end]:
            repeated = _FR_REPEATED_REQUEST  # "... et instruit le Ministre de X d'assurer ..."
        if repeated is not None:
            for again in repeated.finditer(folded, unit.start, unit.end):
                # "... and directed the Sheriff's Office to increase ...": the verb again, a new addressee
                addressee = replace(unit, start=again.end(), boundary="sentence")
                mentions = self.mentions_in(addressee.start, addressee.end)
                named = self.starts_with_mention(addressee, mentions)
                if named is None or named.dept is None or named.dept == proposal.lead:
                    continue
                task = _BARE_VERB if again.groupdict().get("that") else _GAPPED_TASK[self.language]
                if not task.match(folded, self.subject_end(named, mentions)):
                    continue
                rest = replace(unit, start=again.start(1), boundary="sentence")
                _lead, helpers = self.roles(addressee, [m for m in mentions if m.start >= named.end], None, None)
                helpers = [dept for dept in helpers if dept is not None and dept != named.dept]
                if self.language == "fr" and "rappel" in folded[unit.start : again.start()]:
                    reminder = _FR_NORM_REMINDED.search(folded, unit.start, again.start())
                    if reminder is not None and not self.cues.request.search(self.view, reminder.end(), again.start()):
                        # "a rappelé aux membres du Gouvernement que X est une obligation, et a instruit le
                        # ministre Y de ...": the reminder states a norm, the sentence's one order is the second
                        proposal.lead, proposal.coordinating = named.dept, helpers
                        return None
                return _second_order(proposal, again.start(), rest, named.dept, helpers)
        if self.language == "en" and "authori" in folded[unit.start : unit.end]:
            # "... to authorize the Director of X to ... by <date>, and to direct the Clerk to ...": two orders
            second = self._en_authorized_task(unit, proposal)
            if second is not None:
                return second
        if self.language == "fr" and proposal.lead is not None and " que " in folded[unit.start : unit.end]:
            # "Il est résolu que le Service X intensifie ..., et que la Direction Y installe ...": a resolution's
            # second clause, another unit and its verb in the subjunctive
            clause = self.resolved_clause(unit, proposal.first, self.mentions_in(unit.start, unit.end))
            if clause is not None and clause.lead != proposal.lead:
                cut = folded.rfind(" et", unit.start, clause.start)
                clause.first, clause.last = proposal.first, proposal.last
                proposal.end, proposal.split_end = cut, True
                return clause
        if self.language == "vi" and proposal.lead is not None and "," in folded[unit.start : unit.end]:
            second = self._vi_comma_order(unit, proposal)
            if second is not None:
                return second
        for joint in _SECOND_ORDER.finditer(self.prep.folded, unit.start, unit.end):
            if joint.group().strip() in ("och", "samt") and "i uppdrag att" not in folded[unit.start : joint.start()]:
                continue  # "ger X i uppdrag att ... och Y i uppdrag att ...": only after the first assignment
            rest = replace(unit, start=joint.end(), boundary="sentence")
            mentions = self.mentions_in(rest.start, rest.end)
            named = self.starts_with_mention(rest, mentions)
            if (
                named is None
                and (_CONTRAST.match(joint.group()) or _SAID_JOINT.match(joint.group()))
                and _UNNAMED_MUST.match(self.prep.folded, rest.start)
            ):
                # "X was requested to ..., while the investor must add machinery ...": a contrast gives a
                # second addressee, the directory's or not, an obligation of its own ("..., and said the
                # Deputy Commissioners should inspect ...": the same in reported speech)
                return _second_order(proposal, joint.start(), rest, None, [])
            if named is not None and named.dept is not None and named.dept == proposal.lead and self.language == "en":
                # "The Ministry of X will identify ..., and the Treasury is to release ...": the first clause has no
                # cue of its own, its lead was taken from the second's; the first is its own subject's
                subject = self.starts_with_mention(unit, self.mentions_in(unit.start, joint.start()))
                if subject is not None and subject.dept is not None and subject.dept != named.dept:
                    cue = self.own_cue(rest, mentions)
                    if cue is not None and _OWN_MODAL_AFTER.match(self.prep.folded, named.end):
                        proposal.lead = subject.dept
                        proposal.coordinating = [
                            d for d in proposal.coordinating if d not in (subject.dept, named.dept)
                        ]
                        return _second_order(proposal, joint.start(), rest, named.dept, [])
            if named is None or named.dept is None or named.dept == proposal.lead:
                continue
            if joint.group().strip() == "," and not (
                _OWN_MODAL_AFTER.match(self.prep.folded, named.end)
                and self.cues.modal.search(self.view, unit.start, joint.start())
            ):
                continue  # a bare comma: only between two units' obligations ("X shall ..., the Y shall ...")
            own_future = None
            if joint.group().strip(" ,") == "et":
                # "et au Ministre de Y de ...": only where the first addressee has a task of its own before it
                # (not "au Ministre de X et au Ministre de Y de préparer ...", one order to two units; nor "au
                # Ministre de la Justice, Garde des Sceaux, et au Ministre de Y de veiller ...", a title between)
                cue = self.cues.request.search(self.view, unit.start, joint.start())
                # "Le ministère X activera la procédure ... et le ministère Y examinera le report ...": a
                # communiqué's second unit, with a verb in the future of its own (no request before it), the first
                # unit with its own verb too (not "L'OFB et la DDT renforceront ...", one order to two units)
                own_future = (
                    cue is None
                    and not _FR_TO_ADDRESSEE.match(folded, joint.end())
                    and _FR_FUTURE.match(folded, self.subject_end(named, mentions))
                    and self._fr_own_future_before(unit, joint.start())
                )
                if not own_future and (
                    cue is None
                    or not _FR_TASK_BEFORE.search(self.prep.folded, cue.end(), joint.start())
                    # (" et le ...", no comma, no preposition: only a unit with its own future)
                    or not (joint.group().startswith(",") or _FR_TO_ADDRESSEE.match(folded, joint.end()))
                ):
                    continue
            # "a instruit le Ministre de X de ..., et le Ministre de Y de mobiliser ...", "directed X to ...,
            # and Y to prepare ...": the request's verb left out, a second addressee and its own task
            gapped = _GAPPED_TASK.get(self.language)
            if (
                gapped is not None
                and _AND_JOINT.match(joint.group())
                and gapped.match(self.prep.folded, self.subject_end(named, mentions))
                and self.cues.request.search(self.view, unit.start, joint.start())
            ):
                # "..., and Y to coordinate with the Block Development Officers": its helpers are its own
                _lead, helpers = self.roles(rest, [m for m in mentions if m.start >= named.end], None, None)
                helpers = [dept for dept in helpers if dept is not None and dept != named.dept]
                before_cut = {m.dept for m in self.mentions_in(unit.start, joint.start())}
                proposal.coordinating = [
                    dept for dept in proposal.coordinating if dept not in helpers or dept in before_cut
                ]
                return _second_order(proposal, joint.start(), rest, named.dept, helpers)
            after = self.view[named.end : min(rest.end, named.end + 40)]
            # "X should ..., while Y will ...": a contrast names a second unit with its own verb; after "and"
            # only an assignment does ("..., and Y was tasked with")
            contrast = not _AND_JOINT.match(joint.group()) or joint.group().rstrip().endswith(("that", "att"))
            if (
                self.language == "en"
                and not contrast
                and _EN_OWN_WILL_AFTER.match(self.prep.folded, self.subject_end(named, mentions))
                and (first := self.starts_with_mention(unit, self.mentions_in(unit.start, joint.start()))) is not None
                and first.dept is not None
                and _EN_OWN_WILL_AFTER.match(self.prep.folded, self.subject_end(first, mentions))
            ):
                # "The Ministry of X will carry out consultations ..., and the Office of Y will draft the Bill ...": a
                # release's two units, each with its own verb in the future (not "X and Y will ...", one order)
                own_future = True
            if (
                self.language == "sv"
                and not contrast
                and joint.group().startswith(",")
                and _SV_OWN_PRESENT.match(folded, self.subject_end(named, mentions))
                and (first := self.starts_with_mention(unit, self.mentions_in(unit.start, joint.start()))) is not None
                and first.dept == proposal.lead
            ):
                # "X ansvarar för mätningarna, och Y informerar vårdnadshavarna inom tre veckor": a decision's two
                # units, each with its own verb in the present (not "X och Y informerar ...", one order)
                own_future = True
            if (
                not contrast
                and not own_future
                and not self.cues.strong_modal.search(after)
                and not _OWN_MODAL_AFTER.match(self.prep.folded, named.end)
            ):
                continue
            cue = self.own_cue(rest, mentions)
            if cue is None and own_future and self.language == "sv":
                # (a Swedish verb in the present is no cue of its own: the unit named before it leads)
                _lead, helpers = self.roles(rest, [m for m in mentions if m.start >= named.end], None, None)
                helpers = [dept for dept in helpers if dept is not None and dept != named.dept]
                return _second_order(proposal, joint.start(), rest, named.dept, helpers)
            if cue is None:
                continue
            lead, coordinating = self.roles(rest, mentions, cue, None)
            if lead is None:
                continue
            return _second_order(proposal, joint.start(), rest, lead, coordinating)
        return None

    def _en_authorized_task(self, unit: Unit, proposal: Proposal) -> Proposal | None:
        """ "Council agreed to authorize the Director of Finance to transfer $200,000 ... by March 31, 2027, and to
        direct the City Clerk to publish notice ...": a unit authorised to act by a due date has a task of its own,
        and the unit directed after ", and to" another; two directives, cut before the second request."""
        folded = self.prep.folded
        joint = _EN_AND_TO_REQUEST.search(folded, unit.start, unit.end)
        if joint is None:
            return None
        authorized = _EN_AUTHORIZED.search(folded, unit.start, joint.start())
        if authorized is None or not _EN_DUE_IN_ACT.search(folded, authorized.end(), joint.start()):
            return None
        before = self.mentions_in(authorized.end(), joint.start())
        first = self.starts_with_mention(replace(unit, start=authorized.end(), end=joint.start()), before)
        if first is None or first.dept is None or not folded.startswith(" to ", self.subject_end(first, before)):
            return None
        addressee = replace(unit, start=joint.end(), boundary="sentence")
        after = self.mentions_in(addressee.start, addressee.end)
        named = self.starts_with_mention(addressee, after)
        if named is None or named.dept is None or named.dept == first.dept:
            return None
        if not _GAPPED_TASK[self.language].match(folded, self.subject_end(named, after)):
            return None
        _lead, helpers = self.roles(addressee, [m for m in after if m.start >= named.end], None, None)
        helpers = [dept for dept in helpers if dept is not None and dept != named.dept]
        proposal.lead = first.dept
        proposal.coordinating = [
            dept for dept in proposal.coordinating if dept not in (first.dept, named.dept) and dept not in helpers
        ]
        rest = replace(unit, start=joint.start(1), boundary="sentence")
        return _second_order(proposal, joint.start(), rest, named.dept, helpers)

    def _fr_present_second(self, unit: Unit, proposal: Proposal) -> Proposal | None:
        """ "Décision 8 : le Ministre de X installe les comités ... et le Ministre de Y lance une campagne ...": in a
        list of decisions told in the present, a second unit and its own verb after "et", the first unit with its
        verb before it (not "le Ministre de X et la Société Y publient ...", one decision for two units)."""
        folded = self.prep.folded
        if " et " not in folded[unit.start : unit.end]:
            return None
        mentions = self.mentions_in(unit.start, unit.end)
        first = self.starts_with_mention(unit, mentions)
        if first is None or first.dept != proposal.lead:
            return None
        verb = _FR_DECIDED_PRESENT.match(folded, self.subject_end(first, mentions), unit.end)
        if verb is None or self.prep.work[verb.start() : verb.end()].endswith(_FR_PARTICIPLE_ENDINGS):
            return None
        for joint in _FR_AND_UNIT.finditer(folded, verb.end(), unit.end):
            rest = replace(unit, start=joint.end(), boundary="sentence")
            after = [m for m in mentions if m.start >= rest.start]
            named = self.starts_with_mention(rest, after)
            if named is None or named.dept is None or named.dept == proposal.lead:
                continue
            second = _FR_DECIDED_PRESENT.match(folded, self.subject_end(named, after), unit.end)
            if second is None or self.prep.work[second.start() : second.end()].endswith(_FR_PARTICIPLE_ENDINGS):
                continue
            lead, coordinating = self.roles(rest, after, None, None)
            if lead is None:
                continue
            return _second_order(proposal, joint.start(), rest, lead, coordinating)
        return None

    def _fr_own_future_before(self, unit: Unit, end: int) -> bool:
        """Whether the unit opens on a unit of the directory and its verb in the future, before ``end``."""
        before = self.mentions_in(unit.start, end)
        first = self.starts_with_mention(unit, before)
        if first is None:
            return False
        future = _FR_FUTURE.match(self.prep.folded, self.subject_end(first, before), end)
        return future is not None

    def _vi_comma_order(self, unit: Unit, proposal: Proposal) -> Proposal | None:
        """ "Bộ Xây dựng nghiên cứu, hoàn thiện quy chuẩn ..., Bộ Tài chính rà soát chính sách thuế ...": after a
        comma, a second unit with its own verb starts a clause of its own (not a unit listed after another:
        "phối hợp với Sở Tài chính, Sở Giao thông vận tải cân đối ..." names helpers)."""
        folded = self.prep.folded
        mentions = self.mentions_in(unit.start, unit.end)
        ends = {m.end for m in mentions}
        first = self.starts_with_mention(unit, mentions)
        for mention in mentions:
            if mention.dept is None or mention.affiliation:
                continue
            # "X rà soát ..., còn Y khẩn trương nâng ...": the lead was read from the second clause's modal; the
            # first clause may still be its own unit's order
            second_led = mention.dept == proposal.lead and first is not None and first.dept not in (None, mention.dept)
            if mention.dept == proposal.lead and not second_led:
                continue
            comma = mention.start - 1
            while comma > unit.start and folded[comma] in " \n":
                comma -= 1
            if folded.endswith(" con", unit.start, comma + 1):
                # "X cập nhật kế hoạch ..., còn Công ty Y tập trung hoàn thành ...": "còn" (while) sets the second
                # unit against the first
                comma -= 4
                while comma > unit.start and folded[comma] in " \n":
                    comma -= 1
            if folded[comma] != "," or comma in ends or comma - 1 <= unit.start:
                continue
            before = folded[unit.start : comma].rstrip()
            if not before or any(before.endswith(end) for end in (" va", " voi", " cung")):
                continue
            if any(m.end == len(before) + unit.start for m in mentions):
                continue  # "..., Sở Tài chính, Sở GTVT ...": a list of units
            if COORDINATION.search(folded, unit.start, comma):
                continue  # "phối hợp với Ban Quản lý vịnh Hạ Long, UBND thành phố ...": still the helpers
            rest = replace(unit, start=mention.start, boundary="sentence")
            rest_mentions = self.mentions_in(rest.start, rest.end)
            cue = self.own_cue(rest, rest_mentions)
            # (its role in brackets after its name: "Công ty Y (chủ đầu tư hạ tầng) tập trung ...")
            aside = _BRACKETED_ASIDE.match(folded, mention.end)
            subject_end = aside.end() if aside else mention.end
            if cue is None or cue.kind != "modal" or not cue.subject or cue.start > subject_end + 2:
                continue
            lead, coordinating = self.roles(rest, rest_mentions, cue, None)
            if lead is None or (lead == proposal.lead and not second_led):
                continue
            if second_led:
                head = replace(unit, end=comma)
                head_mentions = self.mentions_in(head.start, head.end)
                head_cue = self.own_cue(head, head_mentions)
                if head_cue is None or not head_cue.subject:
                    continue
                head_lead, head_helpers = self.roles(head, head_mentions, head_cue, None)
                if head_lead is None or head_lead == lead:
                    continue
                proposal.lead, proposal.coordinating = head_lead, head_helpers
            return _second_order(proposal, comma + 1, rest, lead, coordinating)
        return None

    def _is_heading(self, unit: Unit, text: str) -> bool:
        """A title (the unpunctuated first line), a heading, a byline, "Source", "Comment (0)"."""
        if (
            unit.is_item
            and unit.closer == "sentence"
            and len(_WORD.findall(self.prep.work, unit.start, unit.end)) <= 10
        ):
            # "b) Draft solar energy facilities ordinance. Moved by X, seconded by Y, that ...": an agenda
            # item's title, then the motion on it
            after = _skip_space(self.prep.folded, unit.end + 1)
            if _MOTION_FRAME.match(self.prep.folded, after) and "," not in self.prep.work[unit.start : unit.end]:
                return True
        if unit.is_item and unit.whole_line and unit.closer in ("line", "para", "end"):
            # "5. NOTICES OF MOTION": a numbered heading in capitals is no item of a list
            letters = _WORD.findall(self.prep.work, unit.start, unit.end)
            if bool(letters) and len(letters) <= _JUNK_WORDS and all(w.isupper() for w in letters):
                return True
            if self.in_capitals(unit):
                return True  # "II. KẾT LUẬN CỦA CHỦ TRÌ"
            line = self.prep.work[unit.start : unit.end].rstrip()
            if (
                len(letters) > 8
                and all(w.isupper() for w in letters)
                and not line.endswith((".", ";", "!", ":"))
                and not self.mentions_in(unit.start, unit.end)
            ):
                # "II. TÌNH HÌNH THỰC HIỆN KẾ HOẠCH ĐẦU TƯ CÔNG 6 THÁNG ĐẦU NĂM": a section's long title in
                # capitals, numbered, unpunctuated; the topic of the items under it, not one of them
                return True
            # "71. Draft Air Quality Action Plan 2026-2031": an agenda item's title, each word in capitals the
            # way English titles are written (not a sentence, which capitalises its first word only)
            long_words = [w for w in letters if len(w) > 3]
            if (
                self.language == "en"
                and 2 <= len(long_words) <= 10
                and all(w[0].isupper() for w in long_words)
                and not line.endswith((".", ";", "!", ",", ":"))
                and not self.mentions_in(unit.start, unit.end)
            ):
                return True
            if (
                # "2. Alimentation en eau potable", "3. Usages agricoles et milieux aquatiques": a French
                # report's numbered section, a few words of topic
                0 < len(letters) <= _TOPIC_WORDS.get(self.language, 0)
                and line[:1].isupper()
                and not line.endswith((".", ";", "!", ",", ":"))
                and not self.mentions_in(unit.start, unit.end)
                and not self.is_imperative(unit)
            ):
                # "1. Về giải ngân vốn đầu tư công", "2. Nhiệm vụ thời gian tới", "1. Kết quả đạt được": a
                # numbered section's topic (Vietnamese words are syllables, so a short title has more of them),
                # unpunctuated, naming no unit and giving no order
                return True
            if (
                # "2. Question orale sur les routes de desserte agricole": a longer topic, numbered, alone between a
                # blank line and the paragraph it heads (no item under it)
                self.language == "fr"
                and 0 < len(letters) <= 10
                and line[:1].isupper()
                and not line.endswith((".", ";", "!", ",", ":"))
                and (
                    _numbered_heading(self.prep.work, unit)
                    # "4. Programme de voirie 2027 et appel à projets\nDécision : ...": its paragraph right under it
                    or (
                        unit.closer == "line"
                        and _blank_line_above(self.prep.work, unit.start)
                        and not self.cues.infinitive.fullmatch(self.first_word(unit))
                    )
                )
                and _PARAGRAPH_UNDER.match(self.prep.work, unit.end)
                and not self.mentions_in(unit.start, unit.end)
                and not self.is_imperative(unit)
            ):
                return True
            if (
                # "1. On the project implementation situation\nThe project was approved ...": a notice's numbered
                # section, a few words of topic, its paragraph right under it; no unit, no verb of an order
                self.language == "en"
                and unit.closer == "line"
                and 0 < len(letters) <= 8
                and line[:1].isupper()
                and not line.endswith((".", ";", "!", ",", ":"))
                and _EN_TOPIC_HEADING.match(self.prep.folded, unit.start, unit.end)
                and _PARAGRAPH_UNDER.match(self.prep.work, unit.end)
                and not self.mentions_in(unit.start, unit.end)
            ):
                return True
            if (
                self.language == "vi"
                and unit.closer == "para"
                and not line.endswith((".", ";", "!", ",", ":"))
                and _VI_PETITION_HEADING.match(self.view, unit.start, unit.end)
            ):
                # "1. Kiến nghị của Công ty X về việc chậm cấp giấy chứng nhận ...": the matter a dialogue's notice
                # answers in the paragraph below, however long its name, no order
                return True
            # "1. Đánh giá chung", "2. Decisions": a short numbered heading, no sentence
            return 0 < len(letters) <= 3 and line[:1].isupper() and not line.endswith((".", ";", "!", ",", ":"))
        if not unit.whole_line or unit.is_item or unit.closer not in ("line", "para", "end"):
            return False
        if self.in_capitals(unit):
            return True  # "II. KẾT LUẬN CỦA CHỦ TRÌ", "THƯ KÝ   CHỦ TRÌ": a heading or a signature block
        if self.language == "en" and _EN_REPORT_TITLE.fullmatch(self.prep.folded, unit.start, unit.end):
            return True  # "Report to City Council - Regular Meeting of October 5, 2026": a report's title
        if self.long_title_in_capitals(unit):
            return True
        if unit.boundary == "start" and unit.closer != "end":
            return True
        if len(_WORD.findall(text)) <= _JUNK_WORDS and not self.is_imperative(unit):
            return True
        return self.is_title_line(unit)

    def writes_to_a_unit(self) -> bool:
        """The text is a letter with an addressee block ("To: All District Collectors", "Till: ...")."""
        if self._letter_to is None:
            self._letter_to = bool(_LETTER_TO.search(self.prep.folded, 0, min(len(self.prep.folded), 3000)))
        return self._letter_to

    def sentence_end(self, unit: Unit) -> int:
        """Where the sentence ``unit`` opens ends: past its clauses after a semicolon, up to a full stop or the line's
        end (the unit's own end at least)."""
        folded = self.prep.folded
        if unit.end >= len(folded) or folded[unit.end] != ";":
            return unit.end
        stops = [at for at in (folded.find(".", unit.end), folded.find("\n", unit.end)) if at >= 0]
        return max(unit.end, min(stops)) if stops else len(folded)

    def warns_the_failing(self, unit: Unit) -> bool:
        """A sanction for those who fail, its subject picked out by the failure: "Chairmen of commune committees that
        fail to meet this deadline will have to explain before the Standing Board"."""
        if self.language == "vi" and _VI_CONDITIONAL_SANCTION.match(self.prep.folded, unit.start, unit.end):
            return True
        if (
            self.language == "en"
            and any(word in self.prep.folded[unit.start : unit.end] for word in ("responsib", "accountab", "answerab"))
            and _EN_CONDITIONAL_SANCTION.search(self.prep.folded, unit.start, unit.end)
        ):
            return True  # "Heads of units shall be responsible before the Chairman ... if ...": a sanction
        if (
            self.language == "en"
            and any(word in self.prep.folded[unit.start : unit.end] for word in ("responsib", "accountab", "answerab"))
            and _EN_RELATIVE_SANCTION.search(self.prep.folded, unit.start, unit.end)
        ):
            return True  # "Heads of units who let disbursement slip will be held accountable ...": a sanction
        if self.language == "en":
            folded = self.prep.folded
            sanction = (
                _EN_LIABLE.search(folded, unit.start, unit.end) if "liable" in folded[unit.start : unit.end] else None
            )
            if sanction is None and "no " in folded[unit.start : unit.end]:
                sanction = _EN_BARRED_UNLESS.search(folded, unit.start, unit.end)
            if sanction is not None and not _EN_ORDER_BEFORE_SANCTION.search(folded, unit.start, sanction.start()):
                # "defaulting officers will be liable for adverse entry": a sanction; "no payment shall be released
                # to the agency without a road restoration certificate": a bar under a condition, no one to act (not
                # "The EO MB shall see that no payment ... without ...", "shall recover the dues from the dealers, who
                # will be liable to pay interest": the order comes first, the bar or the sanction inside it)
                return True
        failing = _FAILING_SUBJECT.get(self.language)
        if failing is None or not any(word in self.prep.folded[unit.start : unit.end] for word in failing[0]):
            return False
        modal = self.cues.modal.search(self.view, unit.start, unit.end)
        return modal is not None and bool(failing[1].search(self.prep.folded, unit.start, modal.start()))

    def is_headline(self, unit: Unit, cue: _Cue) -> bool:
        """A news report's headline on a line of its own above the story, its request in the present the way
        headlines tell what was done: "Collector reviews pre-monsoon works, directs officials to be on alert",
        "Minister asks utilities to restore power within a day". Its parts may stand between semicolons, the request
        in the passive with no auxiliary: "Chief Secretary reviews flood preparedness; departments asked to complete
        works in time"."""
        start, end = unit.start, unit.end
        if (
            not unit.whole_line
            and unit.closer in ("semicolon", "para")
            and unit.boundary in ("start", "para", "semicolon")
        ):
            start = self.prep.work.rfind("\n", 0, unit.start) + 1
            end = self.prep.work.find("\n", unit.end)
            end = len(self.prep.work) if end < 0 else end
            if not (self.prep.work.startswith("\n\n", end) or end == len(self.prep.work)):
                return False
        elif not unit.whole_line and unit.boundary == "colon" and unit.closer == "para":
            # "Sécheresse : le préfet demande à la DREAL de ...", "Torka: länsstyrelsen uppmanar ...": a topic,
            # then the headline of who asks what
            start = self.prep.work.rfind("\n", 0, unit.start) + 1
            verb = _EN_HEADLINE_VERB if self.language == "en" else _HEADLINE_VERB.get(self.language)
            return (
                verb is not None
                and (cue.kind == "request" or self.language == "en")
                and bool(verb.match(self.prep.folded, cue.start))
                and bool(_HEADLINE_TOPIC.fullmatch(self.prep.folded, start, unit.start))
                and bool(_HEADLINE_SUBJECT.fullmatch(self.prep.folded, unit.start, cue.start))
                and self._headline_shape(unit, start, unit.end)
            )
        elif not unit.whole_line or unit.closer != "para":
            return False
        if self.language == "en":
            told = bool(
                _EN_HEADLINE_VERB.match(self.prep.folded, cue.start)
                or (start != unit.start and _EN_HEADLINE_PASSIVE.match(self.prep.folded, cue.start))
            )
        else:
            # "Le préfet fait le point sur la sécheresse et demande aux services de ...", "Chủ tịch UBND tỉnh kiểm
            # tra ..., yêu cầu ...", "Landshövdingen besöker X, uppmanar Y att ...": what was done, then the request
            verb = _HEADLINE_VERB.get(self.language)
            told = (
                verb is not None
                and cue.kind == "request"
                and bool(verb.match(self.prep.folded, cue.start))
                and bool(_HEADLINE_FIRST_ACT.fullmatch(self.prep.folded, start, cue.start))
            )
        return told and (cue.kind == "request" or start != unit.start) and self._headline_shape(unit, start, end)

    def is_subheading(self, units: list[Unit], position: int, mentions: list[Mention]) -> bool:
        """A story's subheading between its paragraphs that announces the order the paragraph under it tells:
        "Inrikesministeriet ska utreda räddningsväsendet\n\nDessutom ålade statsrådet inrikesministeriet att
        utreda ...". A short line of its own, blank lines around it, no stop at its end, its subject named again
        in the paragraph's first sentence."""
        unit = units[position]
        if not (
            unit.whole_line
            and unit.boundary == "para"
            and unit.closer == "para"
            and position + 1 < len(units)
            and units[position + 1].boundary == "para"
            and len(_WORD.findall(self.prep.work, unit.start, unit.end)) <= 12
            and not self.prep.work[unit.start : unit.end].rstrip().endswith((".", ";", ":", "!", ","))
        ):
            return False
        subject = self.starts_with_mention(unit, mentions)
        after = units[position + 1]
        return (
            subject is not None
            and subject.dept is not None
            and after.closer == "sentence"
            and any(m.dept == subject.dept for m in self.mentions_in(after.start, after.end))
        )

    def _headline_shape(self, unit: Unit, start: int, end: int) -> bool:
        """A headline's line from ``start`` to ``end``: short, not an item, with no stop at its end or inside."""
        return (
            not unit.is_item
            # (a Vietnamese word is a syllable: a headline holds more of them)
            and len(_WORD.findall(self.prep.work, start, end))
            <= (20 if start == unit.start else 30) * (2 if self.language == "vi" else 1)
            and not self.prep.work[start:end].rstrip().endswith((".", ";", ":", "!", ","))
            and ". " not in self.prep.work[start:end]
            and not _MOTION_THAT.match(self.prep.work, unit.start)
        )

    def is_subject_line(self, unit: Unit) -> bool:
        """A Vietnamese letter's subject line under its title, on a line of its own with no full stop: "Về việc
        tăng cường ...", "V/v triển khai ..."."""
        line = self.prep.work[unit.start : unit.end].rstrip()
        return (
            self.language == "vi"
            and unit.closer in ("line", "para", "end")
            and not line.endswith((".", ";", ":", "!"))
            and bool(_VI_SUBJECT_LINE.match(self.prep.folded, unit.start))
        )

    def long_title_in_capitals(self, unit: Unit) -> bool:
        """A long title in capitals on a line of its own, no order and no unit named: "PHÂN CÔNG NHIỆM VỤ
        THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN SẢN PHẨM OCOP", "ASSIGNMENT OF TASKS UNDER THE FLOOD PREPAREDNESS PLAN"."""
        letters = _WORD.findall(self.prep.work, unit.start, unit.end)
        if (
            self.language == "en"
            and unit.whole_line
            and not unit.is_item
            and unit.closer in ("line", "para")
            and _EN_ACT_TITLE.match(self.prep.work, unit.start, unit.end)
            and all(w.isupper() for w in letters if not w.isdigit())
            and not self.prep.work[unit.start : unit.end].rstrip().endswith((".", ";", ":", "!"))
        ):
            return True  # "A RESOLUTION DIRECTING THE PROVINCIAL ENGINEERING OFFICE TO ... AND FOR OTHER PURPOSES"
        return (
            unit.whole_line
            and not unit.is_item
            and unit.closer in ("line", "para")
            and 8 < len(letters) <= 16
            and all(w.isupper() for w in letters if not w.isdigit())
            and not self.prep.work[unit.start : unit.end].rstrip().endswith((".", ";", ":", "!"))
            and not self.mentions_in(unit.start, unit.end)
        )

    def in_capitals(self, unit: Unit) -> bool:
        """A short line all in capitals that names no unit (a heading, a signature block)."""
        letters = _WORD.findall(self.prep.work, unit.start, unit.end)
        return (
            1 < len(letters) <= 8
            and all(w.isupper() for w in letters if not w.isdigit())
            and not self.mentions_in(unit.start, unit.end)
        )

    def is_topic_heading(self, units: list[Unit], position: int, mentions: list[Mention]) -> bool:
        """A heading of a topic and its subtopic on a line between blank lines: "Mobilité et santé : vagues de
        chaleur", "Santé publique : la rougeole". Not a unit's label with its action ("DDT : contrôler les forages",
        "Ministère de la Santé : campagne de vaccination"): the heading opens on no unit, and the words after its
        colon name none, start with no verb and have no stop."""
        unit = units[position]
        if unit.boundary not in ("para", "start") or position + 1 >= len(units):
            return False
        value = units[position + 1]
        if value.boundary != "colon" or value.closer not in ("para", "end"):
            return False
        work = self.prep.work
        if "\n" in work[unit.end : value.start] or work[value.start : value.end].rstrip()[-1:] in ".;!?":
            return False
        if len(_WORD.findall(self.view, unit.start, unit.end)) > 6:
            return False
        if len(_WORD.findall(self.view, value.start, value.end)) > 8 or self.mentions_in(value.start, value.end):
            return False
        if self.starts_with_mention(unit, mentions) is not None:
            return False
        infinitive = self.cues.infinitive
        if (infinitive is not None and infinitive.fullmatch(self.first_word(value))) or self.is_imperative(value):
            return False
        return not (
            self.cues.modal.search(self.view, value.start, value.end)
            or self.cues.request.search(self.view, value.start, value.end)
            or _FR_FUTURE.search(self.prep.folded, value.start, value.end)
        )

    def is_vi_news_headline(self, units: list[Unit], position: int) -> bool:
        """A Vietnamese news story's headline, its topic or speaker before a colon and the gist after it, on a line of
        its own at the top of the page, a blank line under it: "Giao ban tuần 19: Đẩy nhanh tiến độ các công trình",
        "Chủ tịch UBND tỉnh: Khẩn trương hoàn thiện hồ sơ ...". A title, no order (the story below tells the orders);
        not a record's label ("Kết luận:", "Kính gửi:") nor a heading inside the text, under sentences."""
        unit = units[position]
        if self.language != "vi" or unit.boundary not in ("start", "para", "line") or position + 1 >= len(units):
            return False
        value = units[position + 1]
        work = self.prep.work
        if value.boundary != "colon" or value.is_item or unit.is_item:
            return False
        if value.closer not in ("para", "end") and not (
            # "Phường X: Bí thư Đảng ủy làm việc về ...\nThứ Năm, 09/04/2026 - 17:45": the page's date line under it
            value.closer == "line" and _VI_DATE_LINE.match(self.prep.folded, value.end)
        ):
            return False
        if "\n" in work[unit.end : value.start] or work[value.start : value.end].rstrip()[-1:] in ".;!?:,":
            return False
        if _SENTENCE_STOP.search(work, 0, unit.start) or not work[value.start : value.start + 1].isupper():
            return False  # a heading under the story's sentences, or a list's lower-case item
        if _VI_HEADLINE_LABEL.match(self.prep.folded, unit.start):
            return False
        return len(_WORD.findall(work, unit.start, unit.end)) <= 16 and self._headline_shape(
            value, value.start, value.end
        )

    def heading_addressees(self, unit: Unit, named: list[Mention]) -> list[DepartmentRef]:
        """The units an English heading opens on, as the subject of its verb: "Chairpersons of the People's
        Committees of A, B and C to direct the following", "The Minister of X and the Minister of Y shall" (their
        titles before them, their list joined by commas and "and"); none when the heading opens otherwise."""
        if self.language != "en" or not named:
            return []
        folded = self.prep.folded
        if not _EN_HEADING_ADDRESSEE.fullmatch(folded, unit.start, named[0].start):
            return []
        units: list[DepartmentRef] = []
        end = named[0].start
        for mention in named:
            if mention.start < end or (units and not self.gap_ok(end, mention.start, limit=24)):
                break
            if mention.dept is not None and mention.dept not in units:
                units.append(mention.dept)
            end = mention.end
        return units if _EN_HEADING_VERB.match(folded, end, unit.end) else []

    def is_title_line(self, unit: Unit) -> bool:
        """A name on a line of its own, with no verb to start it and no unit: "Cellule de crise « Crues de
        novembre »", "Arbetsgrupp för trygghet i centrum" (languages whose orders start with an infinitive)."""
        infinitive = self.cues.infinitive
        if infinitive is None or not self.prep.work[unit.start : unit.start + 1].isupper():
            return False
        if len(_WORD.findall(self.view, unit.start, unit.end)) > 8 or self.mentions_in(unit.start, unit.end):
            return False
        first = self.first_word(unit)
        if infinitive.fullmatch(first) or self.is_imperative(unit) or first in self.cues.subject_starters:
            return False
        return not (
            self.cues.modal.search(self.view, unit.start, unit.end)
            or self.cues.request.search(self.view, unit.start, unit.end)
            or _FR_FUTURE.search(self.prep.folded, unit.start, unit.end)
        )

    def _lead_in(self, unit: Unit, mentions: list[Mention], context: _Context | None) -> _Context:
        """Open a list: of directives (with the lead it names, or the host) or of narration."""
        text = self.view[unit.start : unit.end]
        if _AGENDA.search(self.prep.folded, unit.start, unit.end):
            return _Context("narration")  # "avec l'ordre du jour suivant :": the items are topics
        if _ADDRESSEES.fullmatch(self.prep.folded, unit.start, unit.end):
            return _Context("narration")  # "Kính gửi:", "To:", "Destinataires :": the addressees of a letter
        if _DISTRIBUTION_END.search(self.prep.folded, unit.start, unit.end):
            return _Context("narration")  # "... – Diffusion : membres du COPIL, DGS": who receives the record
        if self.language == "en" and _EN_ITEMS_RECEIVED.match(self.prep.folded, unit.start, unit.end):
            return _Context("narration")  # "That Council receive the following items for information:": noted
        if (
            self.language == "en"
            and unit.ends_colon
            and _EN_RESOLUTION_NUMBER_LABEL.fullmatch(self.prep.folded, unit.start, unit.end)
            and (
                self.cues.imperative.match(self.view, _skip_space(self.view, unit.end + 1))
                or _EN_STAFF_TO.match(self.prep.folded, _skip_space(self.prep.folded, unit.end + 1))
                # ("Install a crossing signal at ...": a work to build, after the row's number)
                or _EN_WORKS_VERB.match(self.prep.folded, _skip_space(self.prep.folded, unit.end + 1))
            )
        ):
            # "- CR-2026-087 (Mar. 24): Prepare terms of reference for ...", "... Administration to report back on
            # ...": a log's row, the resolution's number and date before the order it gave (not "... Council
            # requested a summary ...", what was done)
            return _Context("directive", None, inline=True)
        if (
            self.language == "en"
            and unit.ends_colon
            and "action" in self.prep.folded[unit.start : unit.end]
            and _EN_OUTCOME_LABEL.fullmatch(self.prep.folded, self._line_start(unit), unit.end)
            and _EN_OUTCOME_VALUE.match(self.prep.folded, unit.end + 1)
        ):
            # "Council Action: Approved 7-0.", "ACTION: Received and filed.": what the body did with its item,
            # no order (an order of its own after it still is one: "ACTION: Council directed staff to ...")
            return _Context("narration")
        if (
            self.language == "en"
            and unit.ends_colon
            and "request" in self.prep.folded[unit.start : unit.end]
            and _EN_REQUEST_FROM_TITLE.fullmatch(self.prep.folded, self._line_start(unit), unit.end)
        ):
            # "5.3 Request from Councilmember Thiel: Pedestrian Safety at ...": an agenda item's title, who asked
            # for it before its topic
            return _Context("narration")
        if self.language == "sv" and (
            _SV_PROPOSER_LABEL.fullmatch(self.prep.folded, unit.start, unit.end)
            or _SV_VOTING_PROPOSITION.search(self.prep.folded, unit.start, unit.end)
        ):
            # "Stadsdirektörens förslag:", "Arbetsutskottets förslag till beslut:": whose proposal it is, no unit its
            # items are addressed to (each names its own); "Stadsstyrelsen godkände omröstningsproposition: den som
            # understöder ... röstar ja, ...": how the members vote, no task
            return _Context("narration")
        cue = self.own_cue(unit, mentions, lead_in=True)
        if self.language == "vi" and cue is None:
            if _VI_APPROVED_CONTENTS.fullmatch(self.view, unit.start, unit.end):
                # "Điều 1. Phê duyệt Dự án ... với các nội dung chủ yếu sau:": what is approved, field by field
                return _Context("narration", approved=True)
            if (
                context is not None
                and context.approved
                and unit.is_item
                and self.starts_with_mention(unit, mentions) is None
                and len(_WORD.findall(self.view, unit.start, unit.end)) <= 10
            ):
                return context  # "2. Địa điểm xây dựng:", "3. Chủ đầu tư:": a field of the contents approved
        if (
            cue is None
            and self.language == "vi"
            and self.prep.folded[max(unit.start, unit.end - 4) : unit.end] in (" nhu", "nhu")
            and not self.is_imperative(unit)
            and self.starts_with_mention(unit, mentions) is None
        ):
            # "Một số chủ đầu tư giải ngân thấp như: A, B": examples, no orders (not "Tập trung các nội dung như:")
            return _Context("narration")
        if cue is None and self.language == "fr" and _FR_REPORTS_LEAD_IN.match(self.prep.folded, unit.start, unit.end):
            return _Context("narration")  # "La DREAL présente les débits relevés :": what a unit reports, told
        if self.language == "fr" and " a " in text and _FR_ASKS_EVERYONE.match(self.prep.folded, unit.start, unit.end):
            return _Context("narration")  # "Je demande à chacun la plus grande prudence :": advice to the public
        strong = cue is not None or self.cues.leadin_strong.search(text)
        narrative = self.is_narrative(unit)
        if (
            cue is None
            and narrative
            and self.language == "fr"
            and strong
            and _FR_PLUPERFECT_BEFORE.search(text, max(0, strong.start() - 40), strong.start())
        ):
            # "Il est rappelé que la DNUM avait été chargée, lors du COPIL du 12 mars, de fiabiliser ... : ce chantier
            # est clos": an earlier meeting's order, told; what follows the colon is its outcome
            return _Context("narration")
        if (
            cue is None
            and narrative
            and _REPORT_ON.search(self.prep.folded, unit.start, unit.end)
            and all(_ORDER_NOUN.fullmatch(hit.group()) for hit in self.cues.leadin_strong.finditer(text))
        ):
            return _Context("narration")  # a report on the orders' progress: its items are results
        # "1. Chủ tịch UBND các tỉnh: A, B, C": the head's title stands for the units it names, no affiliation
        titled = self.titled_label(unit, mentions) if self.language == "vi" and unit.is_item else []
        if titled:
            titled[0].affiliation = False
        named = [m for m in mentions if not m.affiliation and not m.issuer]
        # "Các phòng, chi cục, đơn vị thuộc Sở:": the units under a unit, as a group; the unit is no lead
        under = self.language == "vi" and _VI_UNITS_UNDER.match(self.view, unit.start, unit.end)
        # "UBND các huyện, thị xã, thành phố": groups only; a directory's short name read in it ("UBND", "thành phố"
        # for the city of the province) is a word of the group's
        groups_only = self.language == "vi" and bool(_VI_GROUP_LABEL.fullmatch(self.view, unit.start, unit.end))
        if under or groups_only:
            # "đơn vị", "Sở": the group's; not a group the directory holds as one unit, the whole label after its
            # head's title ("1. Chủ tịch UBND các xã, phường:" where "UBND các xã, phường" is a unit)
            named = [m for m in named if not unit.start <= m.start < unit.end or (groups_only and m in titled)]
        if (
            self.language == "en"
            and unit.ends_colon
            and named
            and _EN_HEADING_ADDRESSEE.fullmatch(self.prep.folded, unit.start, named[0].start)
            and _EN_HEADING_RECEIVES.match(self.prep.folded, self.subject_end(named[0], named))
        ):
            return _Context("narration")  # "The Health Department will receive the following allocations:"
        short = len(_WORD.findall(text)) <= 10 and not narrative
        # "5. Báo và Phát thanh, Truyền hình Thanh Hóa, Cổng Thông tin điện tử tỉnh:": a label made of the
        # units' names, however many words they take
        covered = sum(min(m.end, unit.end) - max(m.start, unit.start) for m in named)
        header = bool(named) and (short or bool(titled) or (not narrative and 2 * covered >= len(text.strip())))
        # "1. Chairpersons of the People's Committees of A, B and C to direct the following:": a heading that opens on
        # the units it addresses, their verb after them; its items with no subject of their own are theirs
        addressees = self.heading_addressees(unit, named) if cue is None and unit.ends_colon and not narrative else []
        header = header or bool(addressees)
        group = self.language == "vi" and (_VI_GROUP_OF_UNITS.match(self.view, unit.start) or under)
        # "Giám đốc các Sở, Thủ trưởng các ban, ngành, Chủ tịch UBND các huyện, thị xã, thành phố": groups only
        if (
            cue is None
            and not named
            # "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương:": the group's levels take more words
            and (short or groups_only or (group and not narrative and len(_WORD.findall(text)) <= 14))
            and len(_WORD.findall(text)) >= 2
            and (
                (
                    self.cues.generic_subject.search(self.view, unit.start, min(unit.end, unit.start + 24))
                    # "Réunion des préfets : ...", "Conférence des maires :": a meeting of the group, a headline's
                    # topic, not the group addressed
                    and not _GATHERING_OF.match(self.prep.folded, _skip_space(self.prep.folded, unit.start))
                )
                # "UBND các xã, phường, đặc khu:": the communes' committees, all of them
                or group
                # "Các phòng, trung tâm:", "Các ban, đơn vị:": a label made of groups of units only
                or groups_only
            )
        ):
            # "UBND các huyện, thị xã, thành phố:", "All departments:": the tasks of a group of units
            self.update_focus(None)
            inline = self._inline_direction(unit)
            return _Context("directive", None, listed=not inline, inline=inline)
        if (
            not (strong or header)
            and unit.is_item
            and context is not None
            and context.kind == "directive"
            and context.listed
            and not narrative
        ):
            # "– ouverture de salles ... : Département X, sous huitaine ;": an action, then its unit after
            # the colon (a record of decisions laid out as a table): the list goes on
            return context
        if (
            cue is None
            and self.language == "fr"
            and context is not None
            and context.kind == "directive"
            and context.listed
            and _FR_NUMBERED_DECISION.fullmatch(self.prep.folded, unit.start, unit.end)
            and not _fr_titled_decision(self.prep.work, unit.end)
        ):
            # "a arrêté les décisions suivantes :\n\nDécision 3 : le Ministre X publie ...": each decision's number
            # before its colon, the list goes on; the previous decision's unit does not (each decision names its own,
            # or none)
            return _Context("directive", None, listed=True)
        if (
            not (strong or header)
            and unit.is_item
            and not narrative
            and len(_WORD.findall(text)) <= 12
            and _UNIT_AFTER_COLON.match(self.prep.work, unit.end)
        ):
            # "- Contrôle du respect de l'interdiction : DDTM, avec l'appui de la gendarmerie, dès demain": an
            # action as a noun, then the service that carries it out after the colon, as in a table
            return _Context("directive", None, listed=True)
        if (
            not (strong or header or narrative)
            and context is not None
            and context.kind == "directive"
            and len(_WORD.findall(text)) <= 14
            and _TOPIC_LABEL.match(self.prep.folded, unit.start)
        ):
            # "2.5. Về bồi thường, giải phóng mặt bằng: UBND các xã ...", "Regarding land clearance: ...": a topic
            # among the orders, its orders after the colon, each with its own unit
            return _Context("directive", None, listed=True)
        if not (
            strong
            or header
            or (
                self.cues.leadin_weak.search(text)
                and not narrative
                # "ACTION TAKEN / TO BE TAKEN:", "Actions taken so far:": the work done, its items no orders but those
                # with an order of their own
                and not ("taken" in text and _EN_ACTION_TAKEN.search(text))
            )
        ):
            return _Context("narration")
        lead, coordinating = self.roles(unit, mentions, cue, None)
        if lead is None and named and cue is None:
            lead = named[0].dept
        # "5. Đài Phát thanh và Truyền hình tỉnh, Báo X": a label that only names units; the first leads its tasks
        names_only = cue is None and lead is not None and 10 * covered >= 9 * len(text.strip())
        # "2. Au Ministère du Budget, en collaboration avec le Ministère de X :": a label addressed to its unit, the
        # units it works with named in it
        addressed = cue is None and lead is not None and _ADDRESSED_LABEL.match(self.prep.folded, unit.start)
        partners = tuple(d for d in coordinating if d != lead) if names_only or addressed else ()
        if addressed and not partners and self.language == "vi":
            # "Đối với UBND phường A, phường B và xã C:": the units the label is for, the first leads, the others
            # work with it
            partners = tuple(
                dict.fromkeys(
                    m.dept for m in named if m.dept is not None and m.dept != lead and unit.start <= m.start < unit.end
                )
            )
        if addressees:
            # the first named leads, the others help (a list names them all alike)
            lead, partners = addressees[0], tuple(addressees[1:])
        if (
            lead is None
            and self.language == "en"
            and unit.ends_colon
            and _LOG_GENERIC_ADDRESSEE.search(self.prep.folded, unit.start, unit.end)
        ):
            # "That Administration BE DIRECTED to: (a) prepare ...; and (b) submit ...": the council's words to the
            # staff at large, no unit (not the one the text names most)
            self.update_focus(None)
            return _Context("directive", None, listed=True)
        to_you = (
            _FR_TO_YOU.search(self.prep.folded, unit.start, unit.end)
            if self.language == "fr" and "vous" in text and not addressees
            else None
        )
        if to_you is not None and lead is not None:
            # "Je vous demande, en lien avec la CAF, de prendre les mesures suivantes :": the unit named after the
            # request is one the addressee works with, not the measures' lead
            first = next((m for m in mentions if m.dept == lead and not m.affiliation), None)
            if first is not None and first.start >= to_you.start():
                partners = tuple(dict.fromkeys(d for d in (lead, *coordinating) if d is not None))
                if not _FR_WITH_PARTNER_BEFORE.search(self.prep.folded, to_you.end(), first.start):
                    partners = ()
                lead = None
        if lead is None and to_you is not None:
            # "je vous demande de prendre les dispositions suivantes :": the letter's addressee's measures, not the
            # unit the letter names most (see _to_the_addressee)
            self.update_focus(None)
            return _Context("directive", None, listed=True, partners=partners)
        if lead is None and not (cue is not None and cue.kind == "request"):
            new_paragraph = unit.boundary in ("para", "start")
            if not new_paragraph and context is not None and context.kind == "directive":
                lead = context.lead
            elif new_paragraph:
                lead = self.host
        self.update_focus(lead)
        inline = self._inline_direction(unit)
        return _Context("directive", lead, listed=not inline, partners=partners, inline=inline)

    def _inline_direction(self, unit: Unit) -> bool:
        """ "Staff Direction: Public Works to evaluate ...\n5.4 Next item": a label with its order on its own line,
        no heading of the numbered items after it."""
        return (
            self.language == "en"
            and unit.ends_colon
            and "direction" in self.prep.folded[unit.start : unit.end]
            and _EN_DIRECTION_LABEL.fullmatch(self.prep.folded, self._line_start(unit), unit.end) is not None
            and _INLINE_VALUE.match(self.prep.folded, unit.end + 1) is not None
        )

    def _line_start(self, unit: Unit) -> int:
        """Where the unit's last line starts ("Sec. 551.074, Personnel)\nCouncil Action": its label's line, the
        break read as a wrap in the views)."""
        lines = self.prep.original if self.prep.offsets is None else self.prep.folded
        return max(unit.start, lines.rfind("\n", unit.start, unit.end) + 1)

    def _opens_line(self, position: int) -> bool:
        """Nothing but spaces before ``position`` on its line of the input (a break read as a wrap or not)."""
        lines = self.prep.original if self.prep.offsets is None else self.prep.folded
        return not lines[lines.rfind("\n", 0, position) + 1 : position].strip()


#: A list's heading of the work done, or done and to be done (lower-case view): "Action taken:", "Actions already taken
#: so far:", "Action taken / to be taken:" (not "Action to be taken:", the orders alone).
_EN_ACTION_TAKEN = re.compile(r"\bactions?\s+(?:already\s+|so\s+far\s+)?taken\b")
#: The label of an item's outcome in a council's summary of actions (folded): "Council Action", "ACTION", "Board
#: action taken", "Action taken".
_EN_OUTCOME_LABEL = re.compile(
    r"\s*(?:(?:(?:city|county|town)\s+)?(?:council|board|commission|committee)\s+)?actions?(?:\s+taken)?\s*"
)
#: The outcome after it (folded): "Approved 5-0", "Received and filed", "Continued to May 5", "Set hearings for
#: ...", "No action taken", "Briefing received", "Discussion only" (not an order given: "Directed staff to ...").
_EN_OUTCOME_VALUE = re.compile(
    r"[ \t]*(?:(?!(?:directed|instructed|asked|requested|tasked|charged|referred|proceed|exceed|succeed|need|feed|"
    r"seed|speed|heed|embed)\b)[a-z]{2,}ed\b|(?:set|held|heard|read|none|no|nil|discussion|consensus|withdrawn|"
    r"(?:briefing|report|presentation|update)\s+(?:received|heard|noted|given|only)|"
    # "Informational.", "For information only.": nothing done with the item
    r"informational|(?:for\s+)?information(?:\s+only)?|"
    # "Mayor X called the meeting to order at 6:02 p.m.", "Councilmember Y led the Pledge": the meeting's own steps
    r"(?:[a-z.'-]+\s+){1,4}?(?:called|brought)\s+the\s+(?:meeting|session)\s+to\s+order|"
    r"(?:[a-z.'-]+\s+){1,4}?(?:led|recited)\s+the\s+(?:pledge|invocation|salute))\b)"
)
#: A summary table's header line with an "Action" column after the item's (folded): "Item | Action | Vote".
_EN_ACTION_COLUMN_HEADER = re.compile(
    r"(?:^|\n)[ \t]*(?:agenda\s+)?(?:item|matter|subject)s?[ \t]*\|[ \t]*(?:(?:council|board)\s+)?actions?"
    r"(?:\s+taken)?[ \t]*(?:\||\n)"
)
#: An agenda item's title that names the member who asked for it, before its topic (folded): "5.3 Request from
#: Councilmember X", "Item 12 - Request by Supervisor Y", "Board Member Request (Supervisor Z)".
_EN_REQUEST_FROM_TITLE = re.compile(
    r"\s*(?:(?:item\s+)?\d{1,2}(?:\.\d{1,2})*[a-z]?\.?\s*(?:[-\u2013\u2014]\s*)?)?"
    r"(?:(?:council\s*member|councilmember|councillor|supervisor|board\s+member|commissioner|mayor|member)s?'?\s+)?"
    r"requests?\s+(?:(?:from|by|of)\s+[^:;\n]{2,60}?|\([^()\n]{2,60}\))\s*"
)
#: A log row's resolution number and date as the label of its order (folded): "CR-2026-087 (Mar. 24)", "Res. 2026/031
#: (24 February 2026)", "Motion 26-0015".
_EN_RESOLUTION_NUMBER_LABEL = re.compile(
    r"\s*(?:[-*•]\s*)?(?:(?:council\s+|board\s+)?(?:motion|resolution|res\.|directive)\s*(?:no\.?\s*)?)?"
    r"[a-z]{1,6}[ -]?(?:(?:19|20)\d\d[-/]\d{1,4}|\d{1,4}[-/](?:19|20)\d\d|\d\d-\d{2,4})"
    r"(?:\s*\([^()\n]{3,30}\))?\s*"
)
#: A verb of building works that opens a log row's order (folded): "Install a crossing signal at ...".
_EN_WORKS_VERB = re.compile(r"(?:install|construct|erect|resurface|pave|upgrade|renew)\s+(?!of\b)[a-z]")
#: A tracker's row that records the body's own decision after the motion's number and date (folded): "motion 26-0063
#: (mar. 4, 2026) – board approved the fy 2026-27 master fee schedule".
_EN_ROW_BODY_ACTED = re.compile(
    r"\s*(?:(?:motion|resolution|res\.|directive|item)\s*(?:no\.?\s*)?)?[a-z]{0,6}[ -]?\d[\w/-]*\s*"
    r"(?:\([^()\n]{3,30}\))?\s*[-–—:]\s*(?:the\s+)?(?:(?:city|town|county|shire)\s+)?(?:council|board|committee|"
    r"commission)\s+(?:approved|adopted|received|noted|accepted|endorsed|authori[sz]ed|ratified|awarded)\b"
)
#: A label of the orders an item gives its staff (folded): "Direction", "Staff Direction", "DIRECTION TO STAFF".
_EN_DIRECTION_LABEL = re.compile(r"\s*(?:(?:staff|council|board)\s+)?directions?(?:\s+(?:to|for)\s+staff)?\s*")
#: A value on its label's own line, after the colon: ": staff to ..." (not ":\n1. ...").
_INLINE_VALUE = re.compile(r"[ \t]*[^\s]")
#: A label's value that gives nothing (folded): "None.", "N/A", "No direction given".
_EN_NO_VALUE = re.compile(
    r"\s*(?:none|nil|n/?a|not\s+applicable|no(?:ne)?\s+(?:direction|action)(?:\s+(?:given|required|taken))?)\s*[.;]?\s*"
)

#: A partner's word right before a unit (folded): "en lien avec la ", "en liaison avec le ", "avec l'appui de la ".
_FR_WITH_PARTNER_BEFORE = re.compile(
    r"\b(?:en\s+(?:lien|liaison|coordination|collaboration|concertation)\s+avec|avec\s+(?:l'appui|le\s+concours|"
    r"le\s+soutien)\s+d[eu']?|conjointement\s+avec)\s*(?:la|le|les|l'|des)?\s*$"
)
#: A decision's article that approves a project, a plan or a scheme and lists what it approves (lower-case view):
#: "Điều 1. Phê duyệt Dự án ... với các nội dung chủ yếu sau:", "Phê duyệt Phương án ... gồm những nội dung sau:".
_VI_APPROVED_CONTENTS = re.compile(
    r"\s*(?:điều\s+\d{1,2}\s*[.:]\s*)?(?:phê duyệt|chấp thuận|công nhận)\s[^:;]{0,400}?\s"
    r"(?:với|gồm|bao gồm)\s+(?:các|những)\s+nội dung\s+(?:(?:chủ yếu|chính|cụ thể|chi tiết)\s+)?(?:như\s+)?sau\s*:?\s*"
)
#: A lead-in that takes its items as read (folded): "That Council receive the following items for information:",
#: "The Committee noted the following reports:": its items are what was noted.
_EN_ITEMS_RECEIVED = re.compile(
    # (not after a modal: "The Finance Department shall file the following reports with the Province": its task)
    r"(?:(?!\b(?:shall|must|will|should|(?:is|are)\s+to)\b)[^.;:]){0,80}?\b(?:receive|receives|received|note|notes|noted|file|files|filed)\b"
    r"(?:[^.;:]{0,60}?\b(?:for|as)\s+information\b|\s+(?:the\s+)?(?:following|these)\s+(?:[a-z]+\s+)?"
    r"(?:items|reports?|communications|correspondence|documents|minutes|updates|presentations)\b)"
)
#: The titles before the units an English heading addresses (folded): "1. Chairpersons of the ", "The Ministers of ".
_EN_HEADING_ADDRESSEE = re.compile(
    r"\s*(?:(?:\d{1,2}|[a-z])[.)]\s*)?(?:the\s+)?(?:(?:chair(?:person|man|woman)?s?|chairmen|chairwomen|directors?|heads?|"
    r"ministers?|leaders?|presidents?|secretar(?:y|ies)|governors?|mayors?|commanders?|chiefs?)\s+of\s+(?:the\s+)?)?"
)
#: The verb after the units a heading addresses (folded): "... and C to direct the following:", "... shall:".
_EN_HEADING_VERB = re.compile(
    r"\s*,?\s*(?:to\s+(?!the\b|a\b|an\b|be\b)[a-z]{3,}|(?:shall|must|should|will)\b"
    # (an action of theirs, not a passive or a state: "will be represented at the review by:", "will receive the
    # following allocations:"; "shall be responsible for:" is a task)
    r"(?!\s+(?:also\s+)?(?:be\s+(?!responsible\b|in\s+charge\b|required\b|expected\b|tasked\b|directed\b|asked\b|"
    r"requested\b|instructed\b)|receive\b|get\b))"
    r"|(?:is|are)\s+(?:requested|directed|asked|instructed|tasked)\s+to)\b"
)
#: What a heading's units are given, no task of theirs (folded): "1. The Health Department will receive the following
#: allocations:", "The Ministry of X is to be allocated:"; its items are what they get.
_EN_HEADING_RECEIVES = re.compile(
    r"\s*,?\s*(?:will|shall|is\s+to|are\s+to)\s+(?:also\s+)?(?:receive|get|be\s+(?:allocated|given|granted|awarded))\b"
)
#: A list's label addressed to the unit its tasks go to (folded): "2. Au Ministère du Budget, en collaboration avec
#: ... :", "- À la DDT, avec l'appui de l'OFB :" (not "Aux Ministères en charge de X et de Y :", one title that names
#: two units, no partner); a Vietnamese one on the units it is for: "Đối với UBND phường A, phường B và xã C:".
_ADDRESSED_LABEL = re.compile(
    r"\s*(?:\d{1,2}[.)]\s*|[-–•*]\s*|[a-z][.)]\s*)?(?:(?:au|a\s+la)\s+|a\s+l'|(?:rieng\s+)?doi\s+voi\s+)[a-z]"
)
#: An action's code in a plan, a unit of its own before the action's sentences: "A1", "B2", "3.1", "C12".
_ACTION_CODE = re.compile(r"\s*(?:[a-z]{1,2}\d{1,2}|\d{1,2}\.\d{1,2})\s*")
#: An action's label with its number, its task after the colon (folded): "Action 1 :", "Mesure n° 2 :", "Tâche 3 :",
#: "Recommandation 4 :", "Activité 2.1 :"; a relevé des décisions' "Décision n° 1 :", and in its follow-up of
#: earlier meetings with their date: "- Décision n° 3 du 6 avril 2026 :", or with its state in brackets: "Décision
#: n°1 (en cours) :".
_NUMBERED_ACTION = re.compile(
    r"\s*(?:actions?|mesures?|taches?|recommandations?|activites?|decisions?|tasks?|measures?|recommendations?)"
    r"\s+(?:n\s*[°o]\s*)?\d{1,2}(?:\.\d{1,2})?(?:\s+du\s+\d{1,2}(?:er)?\s+[a-z]{3,9}\.?\s+\d{4})?"
    r"(?:\s*\([a-z][a-z ]{1,24}\))?\s*"
)
#: The same label with no number, a relevé's line "Action : ..." over its "Responsable :" and "Échéance :" lines
#: (folded): "Action :", "Action à mener :", "Suite à donner :", "Mesure :".
_FR_BARE_ACTION_LABEL = re.compile(r"\s*(?:actions?(?:\s+a\s+mener)?|mesures?|taches?|suites?\s+a\s+donner)\s*")
#: A pipe table's row opened by its number cell: "3 | Hỗ trợ ...", "II | Nâng cao ...", "4.2 | Repair ...", or by
#: an action's code: "A4 | Rédiger ...", "MT/26/04 | Run ...".
_PIPE_ROW_START = re.compile(
    r"\s*(?:\d{1,2}(?:\.\d{1,2}){0,2}|[ivxlc]{1,5}|[a-z]{1,2}\d{1,2}(?:\.\d{1,2})?|[a-z]{1,4}[/-]\d{1,4}(?:[/-]\d{1,4}){0,2})"
    r"\.?\s*\|"
)
#: A log's row after a blank line, opened by its item number and two cells more (folded): "2025-097 | Oct. 6, 2025 |
#: That staff ...", "CR-14/2026 | ...".
_NUMBERED_PIPE_ROW = re.compile(r"[ \t]*(?:[a-z]{1,6}[ .-]?)?\d[\w./-]{0,12}[ \t]*\|[^\n|]+\|")


def _blank_parted_row(folded: str, at: int, blank_first: bool = False) -> bool:
    """Whether the line at ``at`` (``blank_first``: after a blank line there) opens a log's numbered pipe row."""
    if blank_first:
        stop = folded.find("\n", at)
        if stop < 0 or folded[at:stop].strip():
            return False
        at = stop + 1
    return _NUMBERED_PIPE_ROW.match(folded, at) is not None


#: A word table's row opened by its number, then its action with a capital (working view): "1 Soumettre ...",
#: "2.\tReinforce ...".
_WORD_ROW_START = re.compile(
    # (or a committee's item code: "IE-2025-07 Review of on-street parking permit ...")
    r"[ \t]*(?:(?P<n>\d{1,2})[.)]?|(?P<code>[A-Z]{1,4}-(?:19|20)\d\d-\d{1,4}))[ \t]+(?=[A-ZÀ-ÖØ-ÞĐ])"
)
#: The gap between two cells of a table's line: a tab, or the spaces of a layout in columns.
_CELL_GAP = re.compile(r"\t[ \t]*|[ ]{2,}")
#: A row's number alone on its line, in a table copied one cell to a line: "1", "2.", "3)", or the row's number
#: under its section's ("2.1", "3.4.", "B.2"), the rows of the table then sharing that section.
_LINE_ROW_NUMBER = re.compile(r"\s*(?P<section>(?:\d{1,2}|[a-h])\.)?(\d{1,2})[.)]?\s*")


#: A unit's whole order is to hold a matter as a priority, its answerability added or not (folded): "Heads of
#: departments must identify disbursement as a key political task and take direct responsibility for the results",
#: "All units shall regard safety as the top priority".
_EN_STANCE_ONLY = re.compile(
    r"[^.;:]{0,120}?\b(?:must|shall|should|need\s+to|have\s+to|are\s+to|is\s+to)\s+(?:also\s+|clearly\s+)?"
    r"(?:identify|regard|consider|treat|see|define|view)\s+[^.;:]{1,80}?\s+as\s+(?:a|an|the|their|its)\s+"
    r"(?:[a-z-]+\s+){0,3}?(?:tasks?|priority|priorities|missions?)\b"
    r"(?:\s*,?\s+and\s+(?:take|bear|assume)\s+(?:direct\s+|personal\s+|full\s+)?responsibility\s+for\s+[^.;:]{1,60}?)?"
    r"\s*[.;]?\s*"
)
#: A sanction under a condition (folded): "Heads of units shall be responsible before the Chairman of the Provincial
#: People's Committee if disbursement does not meet the plan", "... will be held accountable if ...": a warning, no
#: task (not "shall be responsible for ...", a task).
_EN_CONDITIONAL_SANCTION = re.compile(
    r"\b(?:shall|will|must)\s+(?:be\s+(?:held\s+)?(?:personally\s+)?(?:responsible|accountable|answerable)|"
    # (not "responsible to the Committee for auditing the accounts should ...": a task, its condition after it)
    r"(?:bear|take)\s+(?:the\s+|full\s+|personal\s+)?responsibility)(?:\s+(?:before|to)\s(?:(?!\bfor\s)[^.;:]){1,80}?)?"
    r"\s+(?:if|in\s+case|should|where|in\s+the\s+event)\b"
)
#: A sanction on a subject picked out by a relative clause (folded): "Heads of units who let disbursement slip will be
#: held accountable before the Chairman", "Officials who do not report will be held responsible": a warning, no task
#: (not "... who receive the funds shall be responsible for ...": a task after "for").
_EN_RELATIVE_SANCTION = re.compile(
    r"\b(?:who|that|whose)\s[^.;:,]{1,80}?\b(?:shall|will|must)\s+be\s+(?:held\s+)?(?:personally\s+)?"
    r"(?:responsible|accountable|answerable)\b(?!\s+for\b)"
)
#: A sanction stated (folded): "defaulting officers will be liable for adverse entry", "the contractor shall be
#: liable to a penalty": what befalls whom, no task.
_EN_LIABLE = re.compile(
    r"\b(?:shall|will|would|may)\s+(?:also\s+)?(?:be\s+)?(?:held\s+)?(?:personally\s+)?liable\s+(?:for|to)\b"
)
#: A bar under a condition, a thing its subject (folded): "no payment shall be released to the agency without a
#: road restoration certificate", "no bill will be passed unless it is verified": a rule the work is held to, no
#: one to act.
_EN_BARRED_UNLESS = re.compile(
    r"(?<![\w-])no\s+(?:[a-z-]+\s+){0,5}?(?:shall|will|would|may|can)\s+be\s+[a-z]+(?:ed|en|id|t)\b"
    r"[^.;:]{0,120}?\b(?:without|unless|until)\b"
)
#: An order's verb before a sanction or a bar in the same sentence (folded): "shall see that no ...", "The EO MB to
#: ensure that no ...", "must recover the dues from those who ...".
_EN_ORDER_BEFORE_SANCTION = re.compile(
    r"\b(?:shall|must|should|will|would|needs?\s+to|(?:is|are)\s+to|be\s+(?:directed|asked|instructed|required))\b"
    r"|\bto\s+(?:ensure|see|make\s+sure)\b"
)
#: An item's number of two levels or more before it on its line: "2.6.", "3.1.2".
_DOTTED_MARKER = re.compile(r"[ \t]*(\d{1,2}(?:\.\d{1,2})+)\.?[ \t]*")


def _item_marker(work: str, start: int) -> str | None:
    """The dotted number ("2.6") an item opens with on its line, before ``start``; None where it has none."""
    hit = _DOTTED_MARKER.fullmatch(work, work.rfind("\n", 0, start) + 1, start)
    return hit.group(1) if hit else None


def _opens_cell(position: int, start: int, end: int) -> bool:
    """A unit's name that opens a table's cell: at its start, or after a word or two in a short cell ("Område
    Kirurgi", "Område Medicin / Område Kirurgi", "Service de l'OFB" where the directory knows the name alone)."""
    return position == start or (end - start <= 40 and position - start <= 12)


#: A status cell that says the row is done: "Klar", "Genomförd", "Completed", "Réalisé", "Đã hoàn thành".
_DONE_CELL = re.compile(
    r"\s*(?:klar[t]?|genomford|avslutad|slutford|completed?|done|closed|finished|terminee?|realisee?|achevee?|"
    r"da\s+hoan\s+thanh)\s*"
)
#: A Swedish pipe table's heading cell over each row's case number (folded): "Dnr", "Diarienummer", "Ärendenr".
_SV_CASE_HEADING = re.compile(r"\s*(?:dnr|diarienr|diarienummer|arendenr|arendenummer)\.?\s*")
#: Such a row's cell, a case number (folded): "RS 2025/0131", "KS-2024-118", "Dnr BUN 2026/14".
_SV_CASE_CELL = re.compile(r"\s*(?:dnr\s+)?[a-z]{1,6}(?:\s+|-)?(?:19|20)\d\d[/.-]\d{1,5}\s*")
#: A pipe table's heading cell over each row's status (folded): "État d'avancement", "Statut", "Status", "Avancement".
_PIPE_STATUS_HEADING = re.compile(
    r"\s*(?:etat(?:\s+d'avancement)?|avancement|statut|situation|suivi|status|progress|lage|trang\s+thai|"
    r"tinh\s+(?:trang|hinh)(?:\s+thuc\s+hien)?)\s*"
)
#: Such a status cell when the row is done, what follows only tells how (folded): "Réalisé – arrêté signé le
#: 9/12/2025", "Achevé", "Completed (May 2026)", "Klar"; not "Réalisé à 80 %", "réalisé en partie", half done.
_PIPE_DONE_STATUS = re.compile(
    r"\s*(?:realisee?s?|achevee?s?|terminee?s?|soldee?s?|cloturee?s?|faite?s?|executee?s?|completed?|done|"
    r"closed|finished|klar[t]?|genomford|avslutad|slutford|da\s+hoan\s+thanh)"
    r"(?![\w-])(?!\s*(?:a|at)\s+\d|\s+(?:en\s+partie|partiellement|partly|partially|in\s+part)\b)"
    # ("Fait l'objet d'un recours": the verb "faire", no status)
    r"(?!\s+l'objet\b)"
    # (a part left, anywhere in the cell: "Réalisé pour moitié, le reste au printemps", "Terminé sauf secteur nord",
    # "Completed except for the suburbs", "Done, two sites remaining")
    r"(?![^|\n]*\b(?:pour\s+moitie|sauf|hormis|excepte|a\s+l'exception|le\s+reste|reste\s+a|restant|restent|"
    r"except|remaining|outstanding|pending|yet\s+to|but\s+not)\b)"
)
#: A blank line, which ends a table.
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
#: The words before a unit that helps with a table row's action, named in the action's cell: "confirm ... with
#: Finance", "in consultation with the ICT Section", "en lien avec la DDT", "i samverkan med", "phối hợp với".
#: A word of support before a unit in a table's lead cell (folded): "Communes, appui DDT", "en appui : SDIS", "avec
#: l'appui de la DDT", "Schools, support from Health", "Clubs (supported by Sports)".
_CELL_SUPPORT_BEFORE = re.compile(
    r"\b(?:(?:en\s+|avec\s+l'|avec\s+un\s+)?appui(?:\s+(?:technique|de|du|des|d'))*|support(?:ed)?(?:\s+(?:from|by|of))?)"
    r"\s*:?\s*(?:la\s+|le\s+|les\s+|l'|the\s+)?$"
)
#: The dash that parts the cells of a listed item (folded: any dash a hyphen).
_DASH = " - "
#: A listed item's cells parted by dashes (folded): its task, its units, its labelled due date, then its status:
#: "fairgrounds master plan update – parks & fairgrounds – target: spring 2027 – on track".
_DASH_CELLS_ROW = re.compile(
    r"(?P<task>[^\n|]{3,150}?)[ \t]+[-–—][ \t]+(?P<units>[^\n|:]{2,120}?)[ \t]+[-–—][ \t]+"
    r"(?:target(?:\s+date)?|due(?:\s+date)?|deadline|timeline|by)[ \t]*:?[ \t]*(?P<due>[^\n|;:]{2,40}?)"
    r"(?:[ \t]+[-–—][ \t]+[^\n]*)?[ \t]*"
)
#: A council's motion in a log's cell (folded): "That staff ...", "That the Treasurer ...".
_CELL_MOTION = re.compile(r"\s*that\s+")
#: A log row's number cell (folded): "C-2025-188", "2026-041", "CR118/2026", "Res. 2025-77".
_ROW_NUMBER_CELL = re.compile(r"[ \t]*(?:[a-z]{1,6}\.?[ -]?)?(?:no\.?[ \t]*)?\d[\d./-]{2,14}[a-z]?[ \t]*")
#: ... under a heading cell of the resolution's number (folded): "Res. No.", "Resolution #", "Motion No.".
_RESOLUTION_NUMBER_HEAD = re.compile(r"\s*(?:res(?:olution)?|motion|cr)\.?\s*(?:no\.?|#|number)?\s*")
#: A task table's heading cell, right after its due cell, of the date now in force (folded): "Revised Target".
_REVISED_DUE_CELL = re.compile(r"\s*(?:revised|new|current|updated)\s+(?:target|due)(?:\s+date)?\s*")
#: A task table's heading cell that names the sector only (folded): "Department", "Dept." (a "Responsible
#: Officer" cell beside it names who acts).
_BARE_DEPT_CELL = re.compile(r"\s*(?:dept\.?|department)\s*")
#: A heading cell of the action each row asks for (folded): "Action to be taken", "Action required", "Action".
_ACTION_TO_TAKE_CELL = re.compile(
    r"\s*(?:(?:actions?|steps?|measures?)(?:\s+(?:to\s+be\s+taken|required|proposed|agreed|points?))?|"
    r"decisions?(?:\s+taken)?|directions?)\s*"
)
#: The background cells before a row's action (folded): "Department", "Issue", "Subject", "Sector" (not the
#: resolution's number or date, which the order cites).
_ISSUE_CELL = re.compile(
    r"\s*(?:dept\.?|departments?|issues?(?:\s+discussed)?|subjects?|sectors?|problems?|topics?|schemes?|"
    r"points?\s+discussed|observations?)\s*"
)
#: The cells of a review of earlier decisions after its officer's (folded): "Action taken", "Remarks", "Status".
_REVIEW_LATER_CELL = re.compile(
    r"\s*(?:action\s+taken(?:\s+report)?|remarks?|status|comments?|progress|present\s+status)\s*"
)
#: An order in minutes' infinitive (folded), from a line's or a cell's start: "ee, pwd (wrd) to complete the balance
#: ...", "(b) bdos concerned to arrange ...", "balance to be completed by 10th april" (not "review deferred to next
#: meeting", "report sent to the collector").
_INFINITIVE_ORDER = re.compile(
    r"(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?P<subject>[a-z][^|.;:\n]{0,60}?)\s+to\s+"
    r"(?:(?P<passive>be\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|t)\b)|(?!(?:be|the|a|an|all|each|every|this|that|these|"
    r"those|next|its|their|his|her|our|date|him|them|it|collector|government|office)\b)[a-z]{3,}\s+[a-z0-9])"
)
#: ... a "subject" that is a clause or a past participle of its own: "review deferred", "report was sent", "due".
_NOT_A_DOER = re.compile(
    r"(?:(?<!concern)ed|sent|spent|paid|given|taken|due|according|prior|up|back|next|similar|subject|pursuant)$|"
    r"\b(?:is|are|was|were|has|have|had|been|will|would|shall|should|could|may|not|no|in\s+order|so\s+as|"
    r"proposed|decided|agreed|resolved|requested|asked|directed|instructed)\b"
)
#: ... that decides, no task: "That Council approve ...", "That the 2027 fees BE APPROVED", "... be received".
_CELL_MOTION_DECIDED = re.compile(
    r"(?:the\s+)?(?:(?:city|town|county)\s+)?(?:council|board|committee|commission)\s+(?!staff\b)|[^|]*?\bbe\s+"
    r"(?:approved|adopted|endorsed|authori[sz]ed|accepted|ratified|confirmed|received|noted|filed|tabled|deferred|"
    r"postponed|extended)\b"
)
#: ... a passive with no agent, its subject the thing to do (folded): "That online payment be implemented ...".
_CELL_PASSIVE = re.compile(r"(?:the\s+)?(?:[\w'’&-]+\s+){1,8}?(?:be|is\s+to\s+be)\s+[a-z]+(?:ed|en|wn|t)\b")
#: ... on a line of its own under the row's cells, its subject a longer thing (folded): "That a public open house on
#: the draft Secondary Plan be held before ..." (not the staff: "That staff be directed to ...").
_ROW_MOTION_PASSIVE = re.compile(
    r"(?!staff\b|administration\b)(?:[\w'’&-]+,?\s+){1,14}?be\s+(?:[a-z]+ly\s+)?(?:held|[a-z]+(?:ed|en|wn|t))\b"
)
#: A helper named by its head's title after "with" (folded): "in consultation with the Director of ".
_CELL_HELPER_TITLE = re.compile(
    r"\bwith\s+(?:the\s+)?(?:(?:executive|general|deputy|assistant)\s+)?(?:director|head|chief|manager|"
    r"commissioner|officer)\s+of\s+(?:the\s+)?$"
)
_ROW_HELPER_BEFORE = re.compile(
    r"\b(?:(?:in\s+(?:consultation|liaison|cooperation)|together|liaise|jointly)\s+with|with|en\s+lien\s+avec|avec|"
    r"i\s+samverkan\s+med|tillsammans\s+med|phoi\s+hop\s+voi)\s+(?:the\s+|l'|la\s+|le\s+|les\s+)?$"
)
#: The due after a dash that closes such a line (folded): "Action: DRO / Tahsildars - within 15 days", "- 7 days",
#: "– by 31.07.2026", "- immediately".
_ACTION_DUE = re.compile(rf"\s+[-–]\s+(?={ACTION_DUE_OPENING})[^-–/\n]{{1,40}}$")
#: An obligation in the passive that names no one (folded): "Water samples shall be tested weekly", "Fever surveys
#: to be conducted in all villages", "Chlorination of all tanks shall be ensured".
_PASSIVE_DUTY = re.compile(
    r"\b(?:(?:shall|must|should|is\s+to|are\s+to|to)\s+be\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|t)|"
    r"(?:shall|must|should)\s+be\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|t))\b"
)
#: A minute's order in its telegraphic form, above its action line (folded): a subject of a few words with no verb,
#: then "to" and a verb ("Sector leads to submit ...", "The Health Promotion Officer to develop ...").
_SUBJECT_WORD = (
    r"(?!(?:was|were|is|are|be|been|has|have|had|may|might|could|would|should|will|shall|can|must|not|to|he|she|they|"
    r"it|we|i|you|who|which|that|this|there|and|or|in|on|at|for|of|with)\b)[a-z&'-]+"
)
_TELEGRAPHIC_TO = re.compile(
    rf"\s*(?:(?:the|all)\s+)?(?:{_SUBJECT_WORD}\s+){{0,4}}?"
    # (its last word a noun, no verb of narration: not "Discussion turned to the licensing ...", "Members agreed to
    # ...", "The Chair went to ...")
    rf"(?!(?:went|came|spoke|said|got|led|put|sent|took|gave|began|rose|wrote)\b){_SUBJECT_WORD}(?<!ed)\s+"
    r"(?P<to>to)\s+(?!be\b)" + _NO_VERB_AFTER_TO + r"[a-z]{3,}"
)
#: Words of an order, not of the names on an action line (folded): "to" and a verb, a modal.
_ORDER_IN_NAMES = re.compile(r"\bto\s+[a-z]|\b(?:shall|must|should|will|would|is|are|was|were)\b")


def _action_names(value: str) -> bool:
    """Whether the value of a minute's action line (folded) is names, its due after a dash left out ("DEO / EE (PR) -
    within 7 days"): a few words, or up to a dozen that give no order ("County Public Health Officer / Director,
    Sub-County Administration", "County Health Promotion Officer, in liaison with the Directorate of
    Communications")."""
    count = len(_ACTION_DUE.sub("", value).split())
    return count <= 6 or (count <= 12 and not _ORDER_IN_NAMES.search(value))


#: The label of a minute's item's line that names who acts (folded): "Action: DPO", "Action by: DFO / Budget".
_ACTION_LABEL = re.compile(r"\s*(?:actions?(?:\s+(?:by|officers?|owners?))?|responsible(?:\s+officers?)?|owners?)\s*")
#: A table's owner cell in initials, before any other name (working view): "OB", "SK / Forward Planning", "HoF".
_INITIALS_CELL = re.compile(r"\s*([A-Z][A-Za-z]?[A-Z]{1,2})\s*(?:$|/)")
#: The heading of an attendance list (folded): "Present:", "MEMBERS PRESENT", "In attendance", "Apologies:".
_ATTENDANCE = re.compile(r"\b(?:(?:members\s+|also\s+)?present|in\s+attendance|attendees|apologies)\b\s*:?")
#: A person of an attendance list and the post that follows the name (working view): "Orla Brennan, Director of
#: Services, Housing & Community;", "Mr. Samuel Ankrah    - District Planning Officer".
_ATTENDEE = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Hon|Cllr|Ing|Prof)\.?[ \t]+)?"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]*\.?(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]*\.?){1,3})[ \t]*(?:,|[ \t][-–][ \t])[ \t]*"
    r"(?P<role>[^;\n(]{3,120})"
)
#: A word before a unit's name that governs it in a row's action, where no cell opens (folded): "la signature du
#: préfet", "informer la DDT", "avec l'OFB", "et les communes".
_GOVERNED_NAME = re.compile(
    r"(?:\b(?:de|du|des|d'|la|le|les|l'|a|au|aux|par|pour|sur|avec|en|et|ou|chez|aupres|entre|vers|sa|son|ses|leurs?|"
    r"the|of|for|to|by|with|and|or|from|at|on|in|av|till|med|i|pa|hos|fran|och|eller|cua|voi|cho|va|cac)|['(])\s*$"
)
#: An office's initials after a row's last unit, outside brackets (working view): "... SIDPC 10/07", the row's own
#: lead cell, which the directory does not hold ("T4", "S1" are due cells).
_INITIALS_AFTER = re.compile(r"(?<![\w(])[A-Z][A-Z0-9]*[A-Z](?![\w)])")
#: A due cell that gives no date yet, no office's initials: "TBD", "TBC", "TBA".
_NO_DATE_YET = re.compile(r"\bTB[ACD]\b")
#: A bracket in a cell: "(OUGC Sévrine)", "(SEEF)".
_CELL_BRACKET = re.compile(r"\([^()\n]{0,60}\)")
#: What joins the units of one cell (folded): "OFB / DDT", "DDT (SEEF), OFB", "ARS et DDPP", "DDT – SEEF".
_CELL_JOIN = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:[/,&+–]|-(?=\s)|\bet\b|\band\b)?\s*")
#: How far a one-line row's due cell runs past its last unit: "(OUGC Sévrine) chaque lundi", "/ syndicats d'eau
#: 17 juillet".
_MOST_DUE_CELL = 60
#: A name the directory does not hold before a cell's unit (working view): "Préfecture – " of "Préfecture – Bureau de
#: la communication", the office the unit belongs to; "Préfecture (cabinet) / ", a unit of its own.
_CELL_PARENT = re.compile(
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ \t]+\([^()\n]{1,40}\))?)[ \t]*(?P<join>[/–]|-(?=[ \t]))[ \t]*$"
)
#: An office and the title of its head, which names its services (folded): "Préfecture (cabinet)" is the "Cabinet du
#: préfet", "Mairie (cabinet)" the "Cabinet du maire".
_OFFICE_HEADS = {
    "prefecture": "préfet",
    "sous-prefecture": "sous-préfet",
    "mairie": "maire",
    "rectorat": "recteur",
}
#: A row's due cell that says it is done (folded): "réalisé le 6/07", "fait", "soldée", "achevé le 3 juillet".
_DONE_DUE = re.compile(
    r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:realisee?s?|faite?s?|soldee?s?|achevee?s?|terminee?s?|effectuee?s?|"
    r"done|completed)\b"
)
#: The end of a line whose words go on below: a preposition, an article, a conjunction, a comma ("... signature
#: du\nPréfet", "... by the\nCouncil"): the capital that opens the next line is no new cell.
_GOES_ON = re.compile(
    r"(?:\b(?:de|du|des|d'|la|le|les|l'|a|au|aux|et|ou|en|par|pour|sur|dans|avec|the|of|for|to|and|or|with|on|in|by|an|"
    r"i|av|och|eller|pa|till|med|om|vid)|[,(/])\s*$"
)
#: A table's lead cell that names a group, no one unit: "Mairies concernées", "Toutes les directions",
#: "All departments", "Relevant units", "Berörda kommuner", "Samtliga förvaltningar".
_GROUP_CELL = re.compile(
    # ("Responsable : l'ensemble des départements ministériels": every ministry, no one unit)
    r"\s*(?:(?:tous|toutes|all|alla|samtliga|berorda|relevant|concerned|l'ensemble\s+des)\s+(?:les\s+|the\s+)?[a-z'-]+"
    r"|(?:les\s+)?[a-z'-]+s\s+(?:concernee?s|interessee?s|competente?s|riveraine?s|concerned))\b"
)

#: A log row's order in the council's words to the staff at large, no unit (folded): "Directed staff to ...", "Staff
#: was directed to ...", "That Administration be directed to ..." (not "Staff to return with ...", the log's own
#: shorthand, whose responsible cell names who does it).
_LOG_GENERIC_ADDRESSEE = re.compile(
    r"\s*(?:that\s+)?(?:(?:directed|requested|asked|instructed)\s+(?:the\s+)?(?:city\s+|county\s+)?"
    r"(?:staff|administration|officials)|(?:the\s+)?(?:staff|administration)\s+(?:was|were|is|are|be)\s+"
    r"(?:directed|requested|asked|instructed))\b"
)
#: An action log's heading row, its cells run together on one line (folded): "Item No. Date Assigned Council
#: Direction / Request Responsible Dept. Target Date Status", "Ref. Meeting Date Action Lead Department Due Date".
_LOG_HEADING_WORDS = ("item", "ref", "no", "#", "action", "motion", "meeting", "date")
#: An action register's heading row, the meeting's date first: "Meeting Item Action Responsible Due Status",
#: "Date Item Action Owner Due Date Status", "Meeting Date Ref. Action Assigned to Target Status" (folded).
#: "Meeting Res No. Item Action Required Resp. Officer Due Date Status / Comments" (a shire's outstanding actions).
_REGISTER_HEADING = re.compile(
    r"[ \t]*(?:meeting(?:\s+date)?|date)[ \t]+(?:(?:res(?:olution)?|resn|motion)\.?[ \t]+)?(?:item|ref\.?|no\.?|#)"
    r"[^\n]{0,30}?\baction\b[^\n]{0,30}?\b(?:responsible|lead|owner|officer|assigned\s+to)\b[^\n]{0,30}?\b(?:due|target|deadline|timeframe)\b[^\n]{0,30}$"
)
#: An article or determiner inside a row's first words: what follows is the object of its verb.
_OBJECT_BEFORE = re.compile(r"\s(?:a|an|the|all|each|any|its|their)\s")
#: A register's row opens with the meeting's date alone on its line: "14/05/2025", "2025-05-14", "OCM 26/08/2025"
#: (the meeting's short name first: an ordinary or special council meeting).
_REGISTER_DATE_LINE = re.compile(
    r"[ \t]*(?:[a-z]{2,4}[ \t]+)?(?:\d{1,2}/\d{1,2}/(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)[ \t]*"
)
#: The row's agenda item under its date: "Item 8 Lake Horowhenua Water Quality Update", "Item 10.2 ...", or its
#: number before its title ("12.2 Caravan Park - Lease").
_REGISTER_ITEM_LINE = re.compile(r"[ \t]*(?:(?:agenda\s+)?item\s+\d|\d{1,2}\.\d{1,2}[ \t]+[a-z])")
#: The resolution's number on a line between the row's date and its item: "OCM 2025/143", "Res. 2025/143".
_REGISTER_RESOLUTION_LINE = re.compile(r"[ \t]*(?:[a-z]{2,10}\.?[ \t]+)?(?:no\.?[ \t]*)?(?:19|20)\d\d/\d{1,4}[ \t]*")
_LOG_HEADING = re.compile(
    r"[ \t]*(?:item|ref\.?|no\.?|#|action|motion)(?:\s+(?:no\.?|#|number|item))?[ \t]+[^\n]{0,30}?\b(?:date|meeting)\b"
    r"[^\n]{0,80}?\b(?:responsible|lead|assigned\s+to|dept\.?|department|owner)\b[^\n]{0,40}?"
    r"\b(?:target(?:\s+date)?|due(?:\s+date)?|deadline|completion\s+date)\b[^\n]{0,30}$"
)
#: A row of such a log, opened on its line by its item code and the date it was given: "2024-31 10/08/2024 Direct
#: ...", "25-07 2025-02-25 Staff to ...", "CR14/2025 03/04/2025 ..." (working view, its capital kept).
_LOG_ROW_START = re.compile(
    r"[ \t]*(?:[A-Z]{0,4}[ -]?\d{1,4}[-/.]\d{1,4}|\d{1,3})[ \t]+"
    r"(?:\d{1,2}/\d{1,2}/(?:19|20)?\d\d|(?:19|20)\d\d-\d\d-\d\d)[ \t]+(?=[A-Z])"
)
#: What may stand between a unit and its due cell (the unit's short name in brackets), and the due cell's dates:
#: "12/10/2024", "2025-06-30", "Q2 2025", "June 30, 2025".
_LOG_BEFORE_CELL = r"[ \t\n]*(?:\([^()\n]{1,20}\)[ \t\n]*)?"
_LOG_DUE_DATE = (
    r"\d{1,2}/\d{1,2}/\d{2,4}|(?:19|20)\d\d-\d\d-\d\d|(?:q[1-4]|h[12]|fy)\s*(?:19|20)\d\d|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d"
)
#: Right after the unit of a row's lead cell, its due or status cell: a date, a quarter, "TBD", "N/A", a dash, or
#: the status itself where the due cell is empty ("Santa Rosa Water Pending"); a unit's short name may come first.
_LOG_CELL_AFTER_UNIT = re.compile(
    _LOG_BEFORE_CELL + r"(?:(?:" + _LOG_DUE_DATE + r")\b|tbd\b|n/a\b|tba\b|[-–—](?=\s)|" + ROW_STATUS + r"\b)"
)
#: The due cell itself, up to the status cell after it.
_LOG_DUE_CELL_END = re.compile(_LOG_BEFORE_CELL + r"(?:" + _LOG_DUE_DATE + r")\b")
#: A participle's phrase that opens a sentence, then its subject (folded): "Reviewing the disposal of revenue cases,
#: the Chief Minister ...", "Taking note of the damage, he ...".
_EN_PARTICIPLE_OPENER = re.compile(
    # ("Taking stock of the road works, Sh. Negi said ...", "Sri. Rao": the honorifics' short forms)
    # ("Implementing Official Dispatch No. 18 of the Prime Minister, ministries and localities have stored ...": the
    # act carried out, then who did what, in the perfect)
    r"[a-z]+ing\b(?:[^.;:!?\n]|(?<=\bno)\.){0,160}?,\s+(?:(?:the|he|she|they|it|we|shri|sri|sh|smt|mr|mrs|ms|dr)\b|"
    r"(?:[a-z]+\s+){1,4}(?:have|has|had)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b)"
)
#: Between the units of one cell: "Sheriff / Probation", "CEO, OES".
_LOG_UNIT_JOIN = re.compile(r"[ \t]*[/,][ \t]*")
#: A row's action given in the past, as a board's log reports its order: "Directed the Department of Public Works to
#: return ...", "Requested County Counsel to draft ..." (not "Received and filed ...", "Approved the MOU ...").
_LOG_PAST_ORDER = re.compile(
    r"(?:directed|requested|instructed|asked|tasked|charged)[ \t\n]+[^\n.;:]{1,60}?[ \t\n]to[ \t\n]+(?!be\b)[a-z]{3,}\b"
)
#: The stop that ends a row's action, its responsible cell after it opening on a capital (working view).
_LOG_CELL_STOP = re.compile(r"[.;!?][\"')\]]?[ \t\n]+(?=[A-Z])")
#: A row's status cell (folded): "In Progress", "Completed", "Not Started".
_LOG_STATUS = re.compile(r"(?<=\s)" + ROW_STATUS + r"\b")
#: A word of a responsible cell, and what parts two units of it ("CEO / Information Technology", "Sheriff and
#: Probation").
_LOG_CELL_WORD = re.compile(r"[^\s/,;]+")
_LOG_CELL_JOIN = re.compile(r"[ \t\n]*(?:[/,;]|\band\b|&)[ \t\n]*")
#: A due cell that gives no date (folded): "TBD", "N/A", a dash.
_LOG_NO_DUE = re.compile(r"(?<![\w/])(?:tbd|tba|tbc|n/a|none)(?![\w/])|(?<=\s)[-–—](?=\s|$)")
#: A delay, counted from the row's own date: "within 90 days", "in six weeks".
_LOG_DELAY = re.compile(r"\b(?:days?|weeks?|months?|fortnight)\b")
#: A figure in a due cell (a date of its own).
_DIGIT = re.compile(r"\d")
#: The date a log's row was given, after its item code: "1/13/2026", "2026-01-13".
_LOG_ROW_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b|\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")


def _log_row_date(folded: str, start: int, end: int, month_first: bool) -> datetime.date | None:
    """The date a log's row gives between its start and its action ("26-005 2/10/2026 Directed ...")."""
    hit = _LOG_ROW_DATE.search(folded, start, end)
    if hit is None:
        return None
    if hit.group(4):
        year, month, day = int(hit.group(4)), int(hit.group(5)), int(hit.group(6))
    else:
        first, second, year = int(hit.group(1)), int(hit.group(2)), int(hit.group(3))
        month, day = (first, second) if month_first else (second, first)
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


#: A numeric date of a log's cells: "12/10/2024", "4/22/2025".
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b")
#: A status cell that moves the due date: "Revised target date 04/22/2025", "New due date: June 30, 2025".
_LOG_REVISED_DUE = re.compile(
    r"\b(?:(?:revised|new|updated|extended|amended)\s+(?:target|due|completion)(?:\s+date)?\s*(?::|to|of)?"
    r"|(?:revised|extended)\s*:(?=\s*\d))\s*"  # "Revised: 31/05/2026", alone on the status's first line
)
#: A row's action given as an order: a bare verb ("Direct ...", "Conduct ...", "Provide Council ..."), or its
#: addressee with "to" and a verb ("Staff to return ...", "Water Dept., with Fire, to prepare ...").
_LOG_ORDER = re.compile(
    r"(?:[^\n.;:]{1,60}?[ \t\n]to[ \t\n]+(?!be\b)[a-z]{3,}\b|" + _EN_BARE_VERB.pattern + r"[ \t\n]+[a-z])"
)
#: A row that tells what was done, no order: "Council received ...", "Staff presented ...", "Received and filed".
_LOG_NARRATED = re.compile(
    r"(?:[a-z'&.-]+[ \t\n]+){0,3}?(?:[a-z]+ed|held|heard|took|gave|made|met|saw|was|were|is|are|has|have|had)\b"
    r"(?![ \t\n]+to\b)"
)


def _narrated_row(folded: str, action: int) -> bool:
    """Whether a log's or register's row tells what was done rather than orders it ("Council received ...",
    "Presentation received."); a past form after a verb's object is the object's ("Prepare a costed programme")."""
    narrated = _LOG_NARRATED.match(folded, action)
    return narrated is not None and not _OBJECT_BEFORE.search(folded, action, narrated.end())


#: A record's conclusions section, a heading on a line of its own: "3. Kết luận của đồng chí Phó Chủ tịch",
#: "IV. KẾT LUẬN", "Conclusions de la réunion", "Conclusions and actions", "Slutsatser".
_CONCLUSIONS_HEADING = re.compile(
    r"(?m)^[ \t]*(?:(?:[ivx]{1,4}|\d{1,2}|[a-d])[.)][ \t]*)?"
    r"(?:ket luan|y kien ket luan|conclusions?|slutsatser|slutsats)\b[^\n.:;]{0,70}:?[ \t]*$"
)


def propose(
    units: list[Unit],
    prep: Prepared,
    mentions: list[Mention],
    language: str,
    department_like: set,
    has_deadline=None,
    unit_of=None,
    meeting: datetime.date | None = None,
) -> list[Proposal]:
    """Return the passages that are directives, with their lead and coordinating departments (``unit_of``: the
    unit a table cell names by its field, text to unit, where the directory is at hand)."""
    reader = _Reader(prep, mentions, language, department_like)
    reader.unit_of = unit_of
    reader.meeting = meeting
    proposals = reader.read(units)
    heading = _CONCLUSIONS_HEADING.search(prep.folded)
    if heading is not None and heading.start() > 0 and any(p.start >= heading.end() for p in proposals):
        # A record's participants speak before its conclusions ("Ý kiến của các đại biểu: ... đề nghị tỉnh
        # cho phép ..."): under a conclusions heading the orders are given, before it they are asked for
        proposals = [p for p in proposals if p.start >= heading.end()]
    named = frozenset(m.start for m in mentions)  # where a unit's name starts
    shaped = shape(
        proposals,
        units,
        prep,
        has_deadline or (lambda start, end: False),
        reader.lead_ins,
        named,
        reader.coordination_sentence,
        {m.start: m.dept for m in mentions if m.kind != "backref"},
    )
    if language == "sv" and ("yndigheterna" in prep.folded or "na ska " in prep.folded or "na skall " in prep.folded):
        # (the units of a kind named in the plural: "Välfärdsområdena ska ...", "Regionerna ska ...")
        _joint_units_again(shaped, prep.folded, mentions)
    if language == "sv" and "utredningstiden" in prep.folded:
        _time_extended_first(shaped, units, prep.folded)
    if language == "sv" and "utga fran" in prep.folded:
        # "Förvaltningarna ska i arbetet utgå från kommunens riktlinjer om heltid som norm": what the work starts
        # from, a norm, where it is a sentence of its own (one that goes on an assignment is joined to it; one that
        # sets a deadline has a task after it: "... utgå från policyn och senast den 30 juni redovisa ...")
        shaped = [
            p
            for p in shaped
            if not _SV_WORKS_FROM.fullmatch(prep.folded, p.start, p.end)
            or (has_deadline is not None and has_deadline(p.start, p.end))
        ]
    if language == "sv" and " galla" in prep.folded:
        # "Nuvarande policy ska gälla tills vidare": which rule holds, a norm, where it is a sentence of its own
        shaped = [p for p in shaped if not _SV_NORM_HOLDS.fullmatch(prep.folded, p.start, p.end)]
    if (
        language == "en"
        and shaped
        and any(word in prep.folded for word in _UNITS_COLUMN_WORDS)
        and _UNITS_COLUMN_HEADING.search(prep.folded)
    ):
        _units_column(shaped, prep, mentions)
    if language == "en" and any(joint in prep.original for joint in ("and,\n", "and\n", "or,\n", "or\n")):
        _joint_ends_the_line(shaped, prep)
    if language == "vi" and shaped and " da giao " in prep.folded:
        _vi_earlier_order_recalled(shaped, units, prep, mentions)
    if language == "vi" and shaped and "theo " in prep.folded:
        # "Theo Thứ trưởng, thời gian tới cần tiếp tục ...; cần ...": what a speaker thinks should be done, told
        shaped = [p for p in shaped if not _vi_in_speaker_s_view(prep.folded, p.start)]
    if language == "vi" and shaped and ("dong y" in prep.folded or "chap thuan" in prep.folded):
        _vi_time_extended_first(shaped, units, prep.folded, has_deadline or (lambda start, end: False))
    if language == "en" and ("date of direction" in prep.folded or "date of referral" in prep.folded):
        _delay_from_direction_date(shaped, prep.folded)
    if language == "en" and len(shaped) > 1 and any(verb in prep.folded for verb in _REPORT_BACK_WORDS):
        shaped = _same_unit_reports_joined(shaped, prep.folded, mentions)
    if language == "en" and shaped and "(a) " in prep.folded:
        # "That Cabinet, having considered ..., (a) adopts the revised policy ...; (b) notes that ...": a body's own
        # acts, lettered, each opening on a verb that approves or takes note; no unit's task
        shaped = [p for p in shaped if not _en_acts_only(prep.folded, p.start, p.end)]
    if language == "en" and shaped and ("urg" in prep.folded or "call" in prep.folded or "appeal" in prep.folded):
        shaped = [p for p in shaped if not _en_urging_only(p, prep.folded, mentions)]
    if language == "sv" and len(shaped) > 1 and ("redovis" in prep.folded or "rapport" in prep.folded):
        shaped = _sv_clause_reports_joined(shaped, prep.folded, mentions)
    if language == "en" and shaped and "\nreport back:" in prep.folded:
        _record_fields(shaped, prep.folded, mentions)
    if language == "en" and shaped and ("concur" in prep.folded or "filed" in prep.folded or "noted" in prep.folded):
        # "Fire Department 2025 Annual Response Time Report – RECEIVED AND FILED.", "Council concurred.": an item's
        # disposition, or the board's assent to the order before it, orders nothing
        shaped = [p for p in shaped if not _EN_ASSENT_OR_DISPOSITION.fullmatch(prep.folded, p.start, p.end)]
    if language == "en" and len(shaped) > 1 and " report" in prep.folded and "ly" in prep.folded:
        shaped = _progress_reports_joined(shaped, prep.folded)
    if language == "en" and shaped and any(bullet in prep.work for bullet in _BULLET_LINE_OPENINGS):
        _unit_heading_leads(shaped, prep, mentions)
    if reader.log_rows:
        settle(shaped, reader.log_rows, prep, mentions, language)
    if language == "en" and any(word in prep.folded for word in _PRESENTED_WORDS):
        _presenter_leads(shaped, prep, mentions)
    if any(word in prep.folded for word in _YOU_WORDS.get(language, ())):
        _to_the_addressee(shaped, prep.folded, mentions, language)
    return shaped


#: A sentence that only has the unit named before report on its work at set times (folded): "The Ministry will
#: report progress to Cabinet fortnightly.", "The Department shall report monthly to the Board on progress."
_EN_PROGRESS_REPORT = re.compile(
    r"\s*(?:the\s+(?:ministry|department|office|agency|directorate|authority|commission|unit|secretariat)|it)\s+"
    r"(?:will|shall|must|should|is\s+to)\s+(?:also\s+)?report\s+(?:(?:on\s+)?(?:its\s+|the\s+)?progress\s+)?"
    r"(?:(?:weekly|fortnightly|monthly|quarterly|regularly|periodically)\s+)?(?:back\s+)?(?:to\s+[^.;]{1,60}?\s*)?"
    r"(?:(?:on\s+(?:its\s+|the\s+)?progress\s*)?(?:weekly|fortnightly|monthly|quarterly|regularly|periodically|"
    r"every\s+(?:week|fortnight|month|quarter|two\s+weeks))\s*)?(?:on\s+(?:its\s+|the\s+)?progress\s*)?[.;]?\s*"
)


#: An action items record's line that dates the direction given, on the line above its order (folded): "1. Date of
#: direction: 7/14/2026 (Supervisor Ortega)", "Date of referral: 3/10/2026".
_EN_DIRECTION_DATE = re.compile(r"\bdate\s+of\s+(?:direction|referral)\s*:\s*(?=\d{1,2}/\d{1,2}/(?:19|20)\d\d\b)")


def _delay_from_direction_date(proposals: list[Proposal], folded: str) -> None:
    """ "Date of direction: 7/14/2026\nDirect the County Administrative Officer to prepare the Board's response ...
    within 90 days": in an action items update, a delay counts from the day the direction was given (not from the
    meeting that reviews the list)."""
    month_first = any(int(hit.group(2)) > 12 for hit in _NUMERIC_DATE.finditer(folded))
    for proposal in proposals:
        if proposal.due_cell is not None or proposal.start < 2:
            continue
        line = folded.rfind("\n", 0, proposal.start - 1) + 1
        label = _EN_DIRECTION_DATE.search(folded, line, proposal.start)
        if label is None:
            continue
        day = _log_row_date(folded, label.end(), proposal.start, month_first)
        found = find_deadline(folded[proposal.start : proposal.end], [], day, "en") if day else None
        if (
            found is not None
            and found.date is not None
            and _LOG_DELAY.search(folded, proposal.start + found.start, proposal.start + found.end)
        ):
            proposal.due_cell = (proposal.start + found.start, proposal.start + found.end, found.date)


def _progress_reports_joined(proposals: list[Proposal], folded: str) -> list[Proposal]:
    """ "The Ministry of Education will prioritise the repair of ... The Ministry will report progress to Cabinet
    fortnightly.": the report on the order's progress, in a sentence of its own right after it, by the same unit,
    is part of that order (not an order of its own)."""
    joined = [proposals[0]]
    for proposal in proposals[1:]:
        before = joined[-1]
        if (
            proposal.lead is not None
            and proposal.lead == before.lead
            and proposal.first == before.last + 1
            and not folded[before.end : proposal.start].strip(" .;\t\n")
            and "\n\n" not in folded[before.end : proposal.start]
            and _EN_PROGRESS_REPORT.fullmatch(folded, proposal.start, proposal.end)
            and re.search(r"ly\b|every\s", folded[proposal.start : proposal.end])
        ):
            before.end, before.last = proposal.end, proposal.last
            continue
        joined.append(proposal)
    return joined


def _time_extended_first(proposals: list[Proposal], units: list[Unit], folded: str) -> None:
    """ "Utredningstiden förlängs. Uppdraget ska i stället redovisas senast ...": the sentence that extends the
    inquiry's time opens the quote of the order that gives the new date, where no order before took it in."""
    for k, proposal in enumerate(proposals):
        i = proposal.first
        if i == 0 or units[i].boundary != "sentence" or "stallet" not in folded[proposal.start : proposal.end]:
            continue
        if k > 0 and proposals[k - 1].last >= i - 1:
            continue
        if _SV_TIME_EXTENDED.fullmatch(folded, units[i - 1].start, units[i - 1].end):
            proposal.start, proposal.first = units[i - 1].start, i - 1


#: An earlier order recalled by the document that gave it (folded view): "Tại Thông báo số 12/TB-VPCP ngày ..., Thủ
#: tướng Chính phủ đã giao Bộ X ...", "Trước đó, tại Công văn số ..., UBND tỉnh đã giao Sở này ...".
_VI_RECALLED_ORDER = re.compile(
    r"\s*(?:truoc\s+(?:do|day)\s*,\s*)?tai\s+(?:thong\s+bao|van\s+ban|cong\s+van|cong\s+dien|quyet\s+dinh|chi\s+thi|"
    r"ket\s+luan|nghi\s+quyet|ke\s+hoach)\s+so\b[^;]{0,240}?\bda\s+giao\s"
)
#: The unit given that order, by its kind and "this" (folded view): "Bộ này", "Sở này", "đơn vị này".
_VI_THIS_UNIT = re.compile(r"\bda\s+giao\s+(?:bo|so|cuc|don\s+vi|co\s+quan|dia\s+phuong)\s+nay\b")


#: A sentence told as a speaker's view (folded view): "Theo Thứ trưởng, thời gian tới cần ...", "Theo ông Nguyễn
#: Văn A, Giám đốc Sở X, ngành cần ...", "Theo đồng chí Bí thư, ...".
_VI_SPEAKER_S_VIEW = re.compile(
    r"theo\s+(?:thu\s+truong|bo\s+truong|(?:pho\s+)?chu\s+tich|(?:pho\s+)?bi\s+thu|giam\s+doc|dong\s+chi|ong|ba)"
    r"(?:\s[^,;:.\n]{0,60})?\s*,"
)


#: A task assigned after a semicolon in such a sentence (folded view): "...; giao Sở Y tế chủ trì ...".
#: Not the nouns that begin the same: "; giao thông qua khu vực ..." (traffic), "; yêu cầu này đã được nêu ...".
_VI_ASSIGNS_AFTER_VIEW = re.compile(
    r";\s*(?:giao(?!\s+(?:thong|dich|luu|ket|hang|nhan)\b)|yeu\s+cau(?!\s+(?:nay|do|tren|cua|ve|dat|nhu)\b)"
    r"|chi\s+dao(?!\s+(?:nay|do|tren|cua)\b))\s"
)


def _vi_in_speaker_s_view(folded: str, start: int) -> bool:
    """Whether the sentence of the order at ``start`` opens on whose view it tells ("Theo Thứ trưởng, ...")."""
    sentence = max(folded.rfind(". ", 0, start) + 2, folded.rfind("\n", 0, start) + 1)
    if not folded.startswith("theo ", sentence) or _VI_SPEAKER_S_VIEW.match(folded, sentence) is None:
        return False
    # "Theo Phó Chủ tịch, công tác ... đạt kết quả tích cực; giao Sở Y tế chủ trì ...": the view, then a task assigned
    # in the same sentence, which the conclusion gives
    stop = min((i for i in (folded.find(". ", start), folded.find("\n", start)) if i >= 0), default=len(folded))
    return _VI_ASSIGNS_AFTER_VIEW.search(folded, sentence, stop) is None


def _vi_earlier_order_recalled(proposals: list[Proposal], units: list[Unit], prep: Prepared, mentions) -> None:
    """ "Tại Thông báo số 115/TB-VPCP ..., Thủ tướng Chính phủ đã giao Bộ X làm việc với ... Bộ X tiếp tục đôn đốc
    ...": the order the unit was given before, recalled right before its new one in the same item (a sentence or a
    clause of its own, no order), which goes on with it; the document that gave it is the new order's reference too."""
    folded = prep.folded
    for k, proposal in enumerate(proposals):
        i = proposal.first
        if i == 0 or proposal.lead is None or (k > 0 and proposals[k - 1].last >= i - 1):
            continue
        if units[i].is_item or units[i].boundary not in ("sentence", "semicolon"):
            continue  # "1. ... đã giao xã X vận động ...\n2. Giao xã X chủ trì ...": a new item, an order of its own
        before = units[i - 1]
        recalled = _VI_RECALLED_ORDER.match(folded, before.start, before.end)
        if recalled is None:
            continue
        named = {m.dept for m in mentions if before.start <= m.start < before.end and m.dept is not None}
        if proposal.lead in named or _VI_THIS_UNIT.search(folded, before.start, before.end):
            proposal.refs_from = before.start


#: A Vietnamese approval that puts a deadline back (folded view): "Đồng ý lùi thời hạn nộp hồ sơ đến ngày ...",
#: "Chấp thuận cho Ban X gia hạn thời gian hoàn thành đến hết tháng 9", "Đồng ý điều chỉnh thời hạn ...".
_VI_TIME_EXTENDED = re.compile(
    r"\s*(?:dong\s+y|chap\s+thuan)\s+(?:cho\s+)?(?:[^\W\d_]+\s+){0,8}?(?:lui|gia\s+han|keo\s+dai|dieu\s+chinh|"
    r"day\s+lui)\s+(?:thoi\s+han|thoi\s+gian|han)\b"
)


def _vi_time_extended_first(proposals: list[Proposal], units: list[Unit], folded: str, has_deadline) -> None:
    """ "Đồng ý lùi thời hạn nộp báo cáo đến ngày 15/9. Phòng X hoàn chỉnh báo cáo, trình đúng hạn mới.": the
    sentence that puts the deadline back opens the order after it, which gives no date of its own."""
    for k, proposal in enumerate(proposals):
        i = proposal.first
        if i == 0 or units[i].boundary != "sentence" or (k > 0 and proposals[k - 1].last >= i - 1):
            continue
        before = units[i - 1]
        if (
            _VI_TIME_EXTENDED.match(folded, before.start, before.end)
            and has_deadline(before.start, before.end)
            and not has_deadline(proposal.start, proposal.end)
        ):
            proposal.start, proposal.first = before.start, i - 1


#: A directive log's column of the units a row concerns, its heading on a line of its own (a table flattened one
#: cell to a line): "Dept.", "Department(s)", "Lead Dept", "Responsible", "Assigned to".
_UNITS_COLUMN_HEADING = re.compile(
    r"(?m)^[ \t]*(?:depts?\.?|department(?:\(s\)|s)?|lead\s+(?:dept\.?|department)|responsible(?:\s+(?:dept\.?|"
    r"department|units?))?|assigned\s+to)[ \t]*$"
)
_UNITS_COLUMN_WORDS = ("\ndept", "\ndepartment", "\nlead ", "\nresponsible", "\nassigned to")
#: What may stand between the units of such a cell: "CEO / OES", "DPW, Sheriff", "HHS & Probation".
_CELL_JOINS = re.compile(r"[\s/,;&+]*(?:\band\b[\s/,;&+]*)?")


#: An order in the passive on a matter, no one addressed (folded): "Cabinet directed that the Policy be gazetted
#: and disseminated ...", "It was agreed that the Bill be published for comment".
_EN_ORDER_ON_MATTER = re.compile(
    r"\b(?:directed|instructed|ordered|decided|agreed|resolved)\s+that\s+the\s+(?:[a-z-]+\s+){0,3}?(?P<noun>[a-z]{3,})"
    r"\s+(?:should\s+|shall\s+|must\s+)?be\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|t)\b"
)
_PRESENTED_WORDS = ("presented", "submitted", "tabled", "introduced")
#: Who brought the matter before the meeting, right before the unit: "..., presented by the Minister of X".
_PRESENTED_BY = re.compile(r"\b(?:presented|submitted|tabled|introduced)\s+(?:to\s+[a-z]+\s+)?by\s+(?:the\s+)?$")
#: ... or right after it: "The Minister of X presented the Policy".
_PRESENTS = re.compile(r"\s+(?:has\s+)?(?:presented|submitted|tabled|introduced)\s+(?:the|a|an|its|his|her)\s")


def _presenter_leads(proposals: list[Proposal], prep: Prepared, mentions: list[Mention]) -> None:
    """ "Cabinet considered and approved the National Fisheries Policy, presented by the Minister of Agriculture.
    ... Cabinet directed that the Policy be gazetted ...": an order on a matter in the passive, no one addressed,
    falls to the unit that presented the matter in the same paragraph."""
    folded = prep.folded
    starts = [m.start for m in mentions]
    for proposal in proposals:
        if proposal.lead is not None:
            continue
        order = _EN_ORDER_ON_MATTER.search(folded, proposal.start, min(proposal.end, proposal.start + 160))
        if order is None:
            continue
        paragraph = folded.rfind("\n", 0, proposal.start) + 1
        noun = re.compile(rf"\b{re.escape(order.group('noun'))}\b")
        presenter = None
        for m in mentions[bisect_left(starts, paragraph) :]:
            if m.start >= proposal.start:
                break
            if m.dept is None or m.affiliation or m.issuer:
                continue
            sentence = max(folded.rfind(". ", paragraph, m.start) + 1, paragraph)
            stop = folded.find(". ", m.end, proposal.start)
            stop = proposal.start if stop < 0 else stop
            if (
                _PRESENTED_BY.search(folded, max(paragraph, m.start - 40), m.start) or _PRESENTS.match(folded, m.end)
            ) and noun.search(folded, sentence, stop):
                presenter = m.dept
        if presenter is not None:
            proposal.lead = presenter
            proposal.coordinating = [d for d in proposal.coordinating if d != presenter]


#: A resolution's clause that opens on the joint to the one before: "and, That the Chief Licensing Officer ...".
_JOINT_START = re.compile(r"(?:and|or)\s*,?(?=\s)")


def _joint_ends_the_line(proposals: list[Proposal], prep: Prepared) -> None:
    """ "That X BE DIRECTED to ...; and,\nThat Y BE REQUESTED to ...": a joint at the end of its line belongs to the
    clause above it, the next clause opens on the line below."""
    for proposal in proposals:
        joint = _JOINT_START.match(prep.folded, proposal.start, proposal.end)
        if joint is None:
            continue
        after = joint.end()
        while after < proposal.end and prep.work[after] in " \t\n":
            after += 1
        if after < proposal.end and "\n" in prep.original[prep.to_input(joint.end()) : prep.to_input(after)]:
            proposal.start = after


#: The report-back of a unit named by its head or by name, a sentence of its own (folded): "The head of the
#: Education Directorate is to report the number of ... at the next meeting", "The Director of Works shall report
#: back to the Council by 30 June", "The Department will report on progress ..." (up to the unit's name).
_EN_HEAD_OF = re.compile(
    r"\s*(?:the\s+)?(?:(?:head|director|chief|commissioner|secretary|minister|manager|chairman|chair)\s+of\s+)?"
)
_EN_REPORTS_AFTER = re.compile(
    r"\s+(?:is\s+to|are\s+to|shall|will|must|should)\s+(?:also\s+|then\s+)?report\b(?!\s+(?:and|or)\b)[^;]*$"
)
#: Words one of which a report-back sentence joined to its order needs (``_same_unit_reports_joined``).
_REPORT_BACK_WORDS = (" report", " bring", " present", " return", " come back", " submit")
#: A pronoun for the unit of the order just before, that only has it bring its work back to the body (folded):
#: "They are to bring a map of the proposed zones to the second meeting in May.", "It will report back by June 5.",
#: "He is to present the findings to Council at its next meeting." (not "They are to bring the matter to the
#: attention of ...", nor another task after it: "... and to ...").
_EN_PRONOUN_REPORTS = re.compile(
    r"\s*(?:they|it|he|she)\s+(?:is\s+to|are\s+to|shall|will|must|should)\s+(?:also\s+|then\s+)?"
    r"(?:report\b(?!\s+(?:and|or)\b)"
    r"|(?:bring|present|return|come\s+back|submit)\b(?:(?!\band\s+to\b)[^.;]){0,120}?\b(?:to|at|before)\s+"
    r"(?:the\s+|a\s+|its\s+|their\s+)?(?:[a-z0-9-]+\s+){0,4}?(?:council|board|committee|commission|meeting|session|"
    r"sitting|cabinet|exco)\b)(?:(?!\band\s+to\b)[^;])*$"
)


#: A motion's "That <body>," opening its lettered acts (folded): "That Cabinet, having considered the report,".
_EN_THAT_BODY_OPENS = re.compile(r"that\s+[^,;\n]{2,60},")
#: A lettered act of such a motion and its verb (folded): "(a) adopts", "(b) notes", "(ii) agrees".
_EN_LETTERED_ACT = re.compile(r"(?:^|\s)\((?:[a-z]|[ivx]{1,4})\)\s+(?P<verb>[a-z]+)")
#: The verbs of a body's own acts that order nothing (folded).
_EN_OWN_ACTS = words(
    "adopts approves notes agrees endorses receives accepts authorises authorizes ratifies welcomes confirms "
    "supports resolves acknowledges"
)


def _en_acts_only(folded: str, start: int, end: int) -> bool:
    """Whether a motion's passage only lists the body's own acts, lettered: "That Cabinet, having considered the
    outcome of the consultation,\n(a) adopts the revised policy with effect from 1 September 2026;\n(b) notes that
    ..." (not where an item gives a task: "(c) instructs the Director of Finance to ...")."""
    if not _EN_THAT_BODY_OPENS.match(folded, start, end):
        return False
    # (the acts on the lines under the opening, up to the paragraph's end)
    paragraph = folded.find("\n\n", end)
    until = max(end, len(folded) if paragraph < 0 else paragraph)
    verbs = [hit.group("verb") for hit in _EN_LETTERED_ACT.finditer(folded, start, until)]
    return bool(verbs) and all(verb in _EN_OWN_ACTS for verb in verbs)


#: The words of an order given before an urging in the same passage (folded): "directed X to ... and urged ...".
_EN_ORDER_WORD = re.compile(
    r"\b(?:direct|instruct|ask|task|request|order|mandat|assign|requir|shall|must|should|will|is\s+to|are\s+to)\w*"
)
#: The verb of an urging (folded): "urged", "called on", "appealed to", "encouraged", "exhorted".
_EN_URGING = re.compile(
    r"\b(?:urge[sd]?|urging|call(?:s|ed)?\s+(?:up)?on|appeal(?:s|ed)?\s+to|encourag\w*|exhort\w*)\s"
)


def _en_urging_only(proposal: Proposal, folded: str, mentions: list[Mention]) -> bool:
    """Whether a passage only urges people at large, or to go on as before, no unit its addressee: "The Governor
    thanked members of council ... and urged all political office holders to continue to bring governance closer to
    the people" (its "continue to" is no task of the speaker's). Not where an order comes before the urging."""
    for hit in _EN_URGING.finditer(folded, proposal.start, proposal.end):
        if _EN_ORDER_WORD.search(folded, proposal.start, hit.start()):
            return False
        urged = _URGED_TO_GO_ON.match(folded, hit.start())
        if urged is not None:
            who = (urged.start("who"), urged.end("who"))
        else:
            exhorted = _EXHORTED_ALL.match(folded, hit.start())
            if exhorted is None:
                return False
            who = (hit.end(), exhorted.end())
        return not any(m.dept is not None and who[0] <= m.start < who[1] for m in mentions)
    return False


#: The openings of a bulleted line (working view).
_BULLET_LINE_OPENINGS = ("\n- ", "\n• ", "\n* ", "\n– ")
#: A bulleted line, or a line indented under one (working view): "- CR-2026-087 ...", "  Note: ...".
_BULLET_OR_INDENTED = re.compile(r"(?:[-•*–][ \t]+|[ \t]+)\S")
#: What a unit's heading line may hold around the unit's name (folded): "the", a closing colon.
_HEADING_AROUND_NAME = re.compile(r"[ \t]*(?:the\s+)?")
_HEADING_AFTER_NAME = re.compile(r"[ \t]*:?[ \t]*")


def _unit_heading_leads(proposals: list[Proposal], prep: Prepared, mentions: list[Mention]) -> None:
    """A bulleted order with no subject of its own falls to the unit whose name heads its group on a line of its own
    ("Planning & Development\n- CR-2026-087 (Mar. 24): Prepare terms of reference for ...": a log's directives
    grouped by the department responsible). A heading that names no unit ("General / Administration") gives none."""
    work, folded = prep.work, prep.folded
    starts = [m.start for m in mentions]
    for proposal in proposals:
        if proposal.has_subject or (proposal.lead is not None and proposal.own_lead):
            continue
        line = work.rfind("\n", 0, proposal.start) + 1
        if not work.startswith(("- ", "• ", "* ", "– "), line):
            continue
        heading = None
        while line > 0:
            above = work.rfind("\n", 0, line - 1) + 1
            text = work[above : line - 1]
            if text.strip() and not _BULLET_OR_INDENTED.match(text):
                heading = (above, line - 1)
                break
            line = above
        if heading is None or heading[1] - heading[0] > 80:
            continue
        k = max(0, bisect_left(starts, heading[0]) - 1)  # (a name read across the blank line above counts too)
        named = [m for m in mentions[k:] if m.end > heading[0] and m.start < heading[1] and m.dept is not None]
        if (
            len(named) == 1
            and _HEADING_AROUND_NAME.fullmatch(folded, heading[0], max(heading[0], named[0].start))
            and _HEADING_AFTER_NAME.fullmatch(folded, min(heading[1], named[0].end), heading[1])
        ):
            lead = named[0].dept
            proposal.lead = lead
            proposal.coordinating = [d for d in proposal.coordinating if d != lead]


def _reports_joined(proposals: list[Proposal], goes_on) -> list[Proposal]:
    """Each proposal with the same lead as the order just before it, of which ``goes_on(before, proposal)`` says it
    only has that unit report back, joined to that order: one directive, its deadline read from the report's part."""
    joined: list[Proposal] = []
    for proposal in proposals:
        before = joined[-1] if joined else None
        if (
            before is not None
            and proposal.lead is not None
            and proposal.lead == before.lead
            and goes_on(before, proposal)
        ):
            before.end, before.last = proposal.end, proposal.last
            before.deadline_from = proposal.start
            continue
        joined.append(proposal)
    return joined


def _same_unit_reports_joined(proposals: list[Proposal], folded: str, mentions: list[Mention]) -> list[Proposal]:
    """A sentence whose subject is the unit of the order just before it (by its head or its name again), that only
    has it report back, goes on with that order: "He asked ... the Education Directorate to admit returnee children
    ... The head of the Education Directorate is to report the number of enrolled children at the next meeting."
    Not where another task follows the report (", and to ..."), nor where the sentence names a unit other than the
    order's."""
    starts = [m.start for m in mentions]

    def goes_on(before: Proposal, proposal: Proposal) -> bool:
        if folded[before.end : proposal.start].strip(" .\t") or folded[before.end - 1 : proposal.start].count("\n") > 1:
            return False
        if _EN_PRONOUN_REPORTS.match(folded, proposal.start, proposal.end) is not None:
            # "They are to bring a map of the proposed zones to the second meeting in May.": the unit just ordered,
            # by its pronoun, brings its work back (no other unit named in it)
            return all(
                m.dept in (None, proposal.lead)
                or m.issuer
                # ("It must report the situation to the Department of Health every Monday": the unit reported to)
                or folded.endswith((" to ", " to the "), max(proposal.start, m.start - 8), m.start)
                for m in mentions[bisect_left(starts, proposal.start) :]
                if m.start < proposal.end
            )
        head = _EN_HEAD_OF.match(folded, proposal.start)
        # (the unit's name, or its head's title with it: "the head of the Education Directorate")
        named = mentions[bisect_left(starts, proposal.start) :]
        subject = named[0] if named and named[0].start <= head.end() + 4 else None
        return (
            subject is not None
            and subject.dept == proposal.lead
            and _EN_REPORTS_AFTER.match(folded, subject.end, proposal.end) is not None
            and " and to " not in folded[subject.end : proposal.end]
            and all(
                m.dept in (None, proposal.lead)
                or m.issuer
                or folded.endswith((" to ", " to the "), max(proposal.start, m.start - 8), m.start)
                for m in named[1:]
                if m.start < proposal.end
            )
        )

    return _reports_joined(proposals, goes_on)


#: A decision's next clause whose subject is a unit, that only has it report back (folded): "att socialförvaltningen
#: redovisar insatserna vid arbetsutskottets sammanträde den 22 september", "att nämnden ska återrapportera ...".
_SV_CLAUSE_OPENS = re.compile(r"att\s+")
_SV_REPORTED_TO = re.compile(r"\b(?:till|for|vid|infor)\s+$")
_SV_REPORTS_AFTER = re.compile(
    r"\s+(?:(?:ska|skall)\s+)?(?:(?:aven|ocksa|sedan|darefter)\s+)?(?:redovisar|redovisa|aterrapporterar|"
    r"aterrapportera|rapporterar|rapportera|slutredovisar|slutredovisa)\b(?:(?!\b(?:och|samt)\s+att\b)[^;])*$"
)


def _sv_clause_reports_joined(proposals: list[Proposal], folded: str, mentions: list[Mention]) -> list[Proposal]:
    """A decision's "att" clause whose subject is the unit of the clause just before it and which only has it
    report back goes on with that order: "att ge socialförvaltningen i uppdrag att utöka den fältsociala
    verksamheten,\natt socialförvaltningen redovisar insatserna vid arbetsutskottets sammanträde den 22 september
    2026". Not where the clause names another unit, nor where another task follows the report ("... och att ...")."""
    starts = [m.start for m in mentions]

    def goes_on(before: Proposal, proposal: Proposal) -> bool:
        clause = _SV_CLAUSE_OPENS.match(folded, proposal.start)
        if (
            clause is None
            or folded[before.end : proposal.start].strip(" .,\t\n")
            or folded.count("\n", before.end, proposal.start) > 1
        ):
            return False
        named = mentions[bisect_left(starts, clause.end()) :]
        subject = named[0] if named and named[0].start == clause.end() else None
        return (
            subject is not None
            and subject.dept == proposal.lead
            and _SV_REPORTS_AFTER.match(folded, subject.end, proposal.end) is not None
            # (the body reported to, or at whose meeting: "till kommunstyrelsen", "vid arbetsutskottets sammanträde")
            and all(
                m.dept in (None, proposal.lead) or m.issuer or _SV_REPORTED_TO.search(folded, m.start - 10, m.start)
                for m in named[1:]
                if m.start < proposal.end
            )
        )

    return _reports_joined(proposals, goes_on)


#: A passage that only gives an item's disposition or a board's assent (folded): "Fire Department Annual Report –
#: RECEIVED AND FILED", "Council concurred", "The Board so agreed".
_EN_ASSENT_OR_DISPOSITION = re.compile(
    r"\s*(?:[^.;:\n]{3,200}?\s[-\u2013\u2014:]\s*(?:be\s+|was\s+|were\s+)?(?:received\s+and\s+filed|"
    r"received\s+and\s+noted|received\s+for\s+information|noted\s+and\s+filed|noted\s+and\s+received)"
    r"|(?:the\s+)?(?:city\s+|county\s+|town\s+)?(?:council|board|committee|commission)(?:\s+members)?\s+"
    r"(?:(?:unanimously|so|also)\s+)?(?:concurred|agreed|consented|assented))\s*[.;]?\s*"
)
#: A follow-up list's record opens its order on a label line (folded): "Direction: Prepare options for ...",
#: "Action: ...", "Council direction: ...".
_EN_RECORD_ORDER_LABEL = re.compile(
    r"[ \t]*(?:(?:council|board)\s+)?(?:direction|directive|action|request|task)\s*:\s*"
)
#: One of the record's label lines under its order (folded): "Department: Community Development (lead); Police",
#: "Status: In progress.", "Report back: March 17, 2026 Regular Meeting".
_EN_RECORD_FIELD = re.compile(r"[ \t]*(?P<label>[a-z][a-z '&/-]{1,30}?)[ \t]*:[ \t]*(?P<value>[^\n]*)")
#: Of those, the line that names the units in charge (folded): "Department:", "Lead department:", "Responsible:".
_EN_RECORD_UNITS_LABEL = re.compile(
    r"(?:lead\s+|responsible\s+)?(?:department|dept\.?|departments|division|office)(?:\s*\(s\))?|lead|"
    r"responsible(?:\s+(?:unit|party))?|assigned\s+to|owner"
)
#: The line that gives when the order is to come back (folded): "Report back:", "Report-back date:", "Due:".
_EN_RECORD_DUE_LABEL = re.compile(r"report[\s-]+back(?:\s+date)?|due(?:\s+date)?|target\s+date")
#: The mark of the leading unit among the record's units (folded): "Community Development (lead); Police".
_EN_LEAD_MARK = re.compile(r"\s*\(\s*lead\s*\)")


def _record_fields(proposals: list[Proposal], folded: str, mentions: list[Mention]) -> None:
    """A council's follow-up list whose items are blocks of labelled lines: "ITEM 2025-41 | Meeting: 11/18/2025\n
    Direction: Prepare options for ...\nDepartment: Community Development (lead); Police\nStatus: In progress.\n
    Report back: March 17, 2026 Regular Meeting". The order on the "Direction:" line takes its due date from the
    "Report back:" line (before a date its own words give, which belongs to the order's content), and, where it
    names no unit of its own (a bare verb), its lead from the "Department:" line (the unit marked "(lead)", else
    the first; the others coordinate)."""
    starts = [m.start for m in mentions]
    for index, proposal in enumerate(proposals):
        line = folded.rfind("\n", 0, proposal.start) + 1
        if not _EN_RECORD_ORDER_LABEL.fullmatch(folded, line, proposal.start):
            continue
        position = folded.find("\n", proposal.end)
        # (the record's next order, past the orders on the same line: "...; Council concurred.")
        stop = next((p.start for p in proposals[index + 1 :] if p.start > position), len(folded))
        units: list = []
        marked = None
        while 0 <= position < stop:
            following = folded.find("\n", position + 1)
            following = len(folded) if following < 0 else following
            field_line = _EN_RECORD_FIELD.fullmatch(folded, position + 1, following)
            if field_line is None:
                break  # a blank line or text of its own: the record ends
            label = field_line.group("label").strip()
            if _EN_RECORD_UNITS_LABEL.fullmatch(label):
                for m in mentions[bisect_left(starts, field_line.start("value")) :]:
                    if m.start >= following:
                        break
                    if m.dept is None or m.issuer or m.dept in units:
                        continue
                    units.append(m.dept)
                    if marked is None and _EN_LEAD_MARK.match(folded, m.end):
                        marked = m.dept
            elif _EN_RECORD_DUE_LABEL.fullmatch(label) and proposal.due_cell is None:
                proposal.deadline_from, proposal.labels_to = position + 1, following
            position = following
        if units and proposal.lead is None and not _EN_STAFF_SUBJECT.match(folded, proposal.start):
            # "Direction: Prepare options for ...": no subject; the record's units do it
            lead = marked or units[0]
            proposal.lead = lead
            proposal.coordinating = [d for d in units if d != lead] + [
                d for d in proposal.coordinating if d not in units
            ]


#: An order to the staff at large, a subject of its own that names no unit (folded): "Staff to install ...".
_EN_STAFF_SUBJECT = re.compile(r"(?:city\s+|county\s+)?staff\b")


def _units_column(proposals: list[Proposal], prep: Prepared, mentions: list[Mention]) -> None:
    """A log's row names the units it concerns in a cell of its own below its action ("Board directed CEO staff
    to return with ... \nCEO / OES\nIn progress"): the cell's units that lead none of the row's orders work
    with them (coordinating)."""
    folded = prep.folded
    starts = [m.start for m in mentions]
    rows: dict[int, list[Proposal]] = {}
    cells: dict[int, list[DepartmentRef]] = {}
    on_line: dict[int, list[Proposal]] = {}
    for proposal in proposals:
        # the orders of one row's action (its line): "Board directed Public Works to ... and directed the Sheriff's
        # Office to ..."
        on_line.setdefault(folded.find("\n", proposal.end), []).append(proposal)
    for line_end, row in on_line.items():
        if line_end < 0 or folded[max(p.end for p in row) : line_end].strip(" .;\t"):
            continue  # the row's action goes on past its orders
        cell_start = line_end + 1
        cell_end = folded.find("\n", cell_start)
        cell_end = len(folded) if cell_end < 0 else cell_end
        if cell_start not in cells:
            if cell_end - cell_start > 80:
                continue
            units, position = [], cell_start
            for m in mentions[bisect_left(starts, cell_start) :]:
                if m.start >= cell_end:
                    break
                if m.dept is None or not _CELL_JOINS.fullmatch(folded, position, m.start):
                    units = []
                    break
                units.append(m.dept)
                position = m.end
            if not units or not _CELL_JOINS.fullmatch(folded, position, cell_end):
                continue  # a cell of words ("In progress"), not of units
            cells[cell_start] = units
        rows.setdefault(cell_start, []).extend(row)
    for cell_start, row in rows.items():
        leads = {p.lead for p in row if p.lead is not None}
        for proposal in row:
            for dept in cells[cell_start]:
                if dept not in leads and dept not in proposal.coordinating:
                    proposal.coordinating.append(dept)


#: A letter's addressee block (folded): "à" ("To", "Till") on a line of its own, or "Destinataires :", then the
#: units written to ("Mesdames et Messieurs les préfets de département"), up to a blank line; or the label and
#: the units on one line ("To: All District Collectors", "Till: Kommunerna i X", "À : ...", "Kính gửi: ...").
_LETTER_TO = re.compile(
    r"(?m)^[ \t]*(?:(?:a|to|till|destinataires?\s*:|a\s+l'attention\s+de\s*:?)[ \t]*\n(?:[ \t]*\n)?"
    r"(?P<to>(?:[ \t]*\S[^\n]*\n){1,4})|(?:a|to|till|destinataires?|mottagare|kinh\s+gui)[ \t]*:[ \t]*"
    r"(?P<line>\S[^\n]*))"
)
#: An order to the letter's addressee, "vous" (folded): "Je vous demande de ...", "Il vous appartient de ...",
#: "Vous veillerez à ...", "..., vous activerez le centre ...".
_FR_TO_YOU = re.compile(
    r"\b(?:(?:je|nous)\s+vous\s+(?:demande|demandons|prie|prions|invite|invitons|charge|chargeons)|"
    r"il\s+vous\s+(?:appartient|revient|incombe|appartiendra|reviendra)|vous\s+voudrez\s+bien|"
    r"il\s+vous\s+(?:est|sera)\s+(?:egalement\s+)?(?:demande|prescrit|enjoint)|"
    r"vous\s+(?:vous\s+|en\s+|y\s+|les\s+|la\s+|le\s+|l')?[a-z]{3,}(?:erez|irez)|"
    # "Un rapport sur l'état de préparation de votre région devra parvenir ...": what is yours, asked for
    r"(?:un|une|le|la|les)\s+[a-z]+\s+(?:[a-z']+\s+){0,8}?(?:de|des|du|sur)\s+(?:votre|vos)\s)"
)
#: The same in the other languages (folded): "You are requested to ...", "I request you to ...", "You shall ...";
#: "Ni ska ...", "Ni ombeds att ...", "Vi ber er att ..."; "Đề nghị Quý cơ quan ...".
_TO_YOU = {
    "fr": _FR_TO_YOU,
    "en": re.compile(
        r"\b(?:you\s+(?:are\s+(?:hereby\s+|also\s+|further\s+|therefore\s+|accordingly\s+)?(?:requested|directed|"
        r"instructed|asked|required)\s+to|(?:shall|will|should|must|may\s+kindly|are\s+to|need\s+to)\s)|"
        r"(?:request|direct|instruct)\s+you\s+to)\b"
    ),
    "sv": re.compile(r"\b(?:ni\s+(?:ska|skall|ombeds|uppmanas|maste|bor|behover)|(?:jag|vi)\s+ber\s+er\s+att)\b"),
    "vi": re.compile(r"\b(?:de\s+nghi|yeu\s+cau)\s+quy\s+(?:co\s+quan|don\s+vi)\b"),
}
#: An addressee's line of a French letter's block, opening on its courtesy (folded): "Mesdames et Messieurs les ...",
#: "Monsieur le directeur ...", "Madame la déléguée ...".
_FR_COURTESY_LINE = re.compile(r"(?m)^[ \t]*(?:mesdames|messieurs|monsieur|madame)\b")
#: A letter's "you" as the subject before an obligation (folded): "You shall ...", "Ni ska ...".
_YOU_SUBJECT = re.compile(r"\s*(?:you|ni)\s+")
#: A word of the letter's "you" in each language (folded), the check before the addressee is looked for.
_YOU_WORDS = {"fr": ("vous",), "en": ("you",), "sv": ("ni ", " er "), "vi": ("quy co quan", "quy don vi")}


def _to_the_addressee(proposals: list[Proposal], folded: str, mentions: list[Mention], language: str) -> None:
    """A circular's orders to "vous" ("Je vous demande de rappeler aux maires ...", "Vous veillerez à ...") go to
    the unit it is written to: "à\nMesdames et Messieurs les préfets de département"; so do a letter's orders to
    "you" ("To: All District Collectors ... You are requested to ..."), "ni" and "Quý cơ quan"."""
    block = _LETTER_TO.search(folded, 0, min(len(folded), 3000))
    if block is None:
        return
    group = "to" if block.group("to") is not None else "line"
    if len(_FR_COURTESY_LINE.findall(folded, block.start(group), block.end(group))) > 1:
        # "à\nMesdames et Messieurs les maires\nMonsieur le directeur départemental des territoires\n...": a letter to
        # several, each on its line; its "vous" is all of them, no one unit
        return
    addressee = next(
        (m.dept for m in mentions if block.start(group) <= m.start < block.end(group) and m.dept is not None), None
    )
    if addressee is None:
        return
    to_you = _TO_YOU[language]
    for proposal in proposals:
        if proposal.lead is None and to_you.search(folded, proposal.start, min(proposal.end, proposal.start + 160)):
            proposal.lead = addressee


#: The units of a joint assignment named again together (folded): "Myndigheterna ska ...", "De båda
#: myndigheterna ska ...".
_JOINT_AGAIN = re.compile(r"\s*(?:de\s+)?(?:bada\s+|tva\s+)?myndigheterna\s")
#: A sentence that opens on a kind of unit in the plural, definite (folded): "Välfärdsområdena ska ...",
#: "Länsstyrelserna ska ...", "Regionerna ska ..."; the kind is the word without its ending ("välfärdsområde",
#: "länsstyrels", "region").
_PLURAL_KIND_START = re.compile(
    r"\s*(?:de\s+)?(?:bada\s+|tva\s+)?(?P<kind>[a-z]{4,}?)(?:erna|arna|orna|rna|na)\s+(?:ska|skall)\s"
)
#: A joint assignment's addressees, up to what they are to do (folded): "uppdrar åt A och B att", "ger A och B i
#: uppdrag att".
_JOINT_ADDRESSEES = re.compile(
    # "Ministeriet ålägger A och B att ...": an order that binds them (a Finnish ministry's decision)
    r"\b(?:uppdrar\s+(?:[a-z]+\s+)?at|ger|alagger)\s+(?P<who>[^.;]{3,160}?)\s+(?:i\s+uppdrag\s+)?att\s"
)


#: An assignment given to a unit (folded): "uppdrar åt X att", "uppdrar vidare åt X", "ger X i uppdrag att".
_ASSIGNED = re.compile(r"\buppdrar\s+(?:[a-z]+\s+)?at\b|\b(?:ger|gav|ge)\b[^.;]{1,80}?\bi\s+uppdrag\b")


def _joint_units_again(proposals: list[Proposal], folded: str, mentions: list[Mention]) -> None:
    """The units of a joint assignment, named again together, lead and coordinate as they did there:
    "Regeringen uppdrar åt A och B att ... B ska vara sammanhållande ... Myndigheterna ska i uppdraget
    särskilt ..."."""
    for k, proposal in enumerate(proposals):
        if proposal.lead is not None:
            continue
        kind = None  # "Välfärdsområdena ska ...": the units' own kind in the plural, "välfärdsområde"
        if not _JOINT_AGAIN.match(folded, proposal.start):
            plural = _PLURAL_KIND_START.match(folded, proposal.start)
            if plural is None:
                continue
            kind = plural.group("kind")
        for earlier in reversed(proposals[:k]):
            hit = _JOINT_ADDRESSEES.search(folded, earlier.start, earlier.end)
            if earlier.lead is None or hit is None:
                continue
            if kind is not None and not re.search(rf"\b\w*{kind}", folded[hit.start("who") : hit.end("who")]):
                continue  # another kind of unit than the one the sentence names
            joint = [m.dept for m in mentions if hit.start("who") <= m.start < hit.end("who") and m.dept is not None]
            if earlier.lead in joint and len(set(joint)) > 1:  # not "uppdrar vidare åt Boverket", one unit
                proposal.lead = earlier.lead
                partners = [d for d in proposal.coordinating if d not in joint]
                proposal.coordinating = [d for d in dict.fromkeys(joint) if d != earlier.lead] + partners
                break
        else:
            # "Regeringen uppdrar åt A att ... Regeringen uppdrar vidare åt B att ... Myndigheterna ska gemensamt
            # anordna ...": the units given assignments one by one, together; the first leads
            assigned = [
                earlier.lead
                for earlier in proposals[:k]
                if earlier.lead is not None
                and _ASSIGNED.search(folded, earlier.start, earlier.end)
                # (units of the kind the sentence names: "Regionerna ska ..." after "Region X" and "Region Y")
                and (kind is None or kind in fold_loose(earlier.lead.name).lower())
            ]
            assigned = list(dict.fromkeys(assigned))
            if len(assigned) > 1:
                # ("Myndigheterna ska samråda med X och Y": the partners the sentence names stay)
                partners = [d for d in proposal.coordinating if d not in assigned]
                proposal.lead, proposal.coordinating = assigned[0], assigned[1:] + partners


# -- the shape of a directive: one sentence, one lead -----------------------------------------------

#: A sentence whose subject is the assignment, its report or its results, or which has none:
#: it only sets the deadline of, or the report-back on, the directive before it.
#: A final report's deadline, after the interim one ("Uppdraget ska slutredovisas senast ...").
_FINAL_REPORT = re.compile(
    r"\b(?:slutredovisa\w*|slutredovisning\w*|slutrapport\w*|final\s+report\w*|rapport\s+final|"
    r"remise\s+finale)\b"
)
#: What an interim report is to hold, its subject the report (folded): "Delredovisningen ska innehålla ...",
#: "Delrapporten bör omfatta ...".
_INTERIM_REPORT_HOLDS = re.compile(
    r"\s*(?:delredovisningen|delrapporten|delbetankandet)\s+(?:ska|skall|bor)\s+(?:[a-z]+\s+)?"
    r"(?:innehalla|omfatta|innefatta|beskriva|redogora)\b"
)
_DEADLINE_SUBJECT = re.compile(
    # "Denna del av uppdraget", "This part of the assignment": a part of the assignment is the assignment
    r"\s*(?:(?:denna|den|this|that|cette|den\s+forsta|den\s+andra|the\s+first|the\s+second)\s+"
    r"(?:del(?:en)?|part|partie)\s+(?:av|of|de)\s+(?:the\s+|l')?"
    # "Övriga nya delar av uppdraget ska redovisas ...", "The remaining parts of the assignment": the rest of it
    r"|(?:(?:de\s+)?(?:ovriga|resterande|aterstaende)\s+(?:nya\s+)?delar(?:na)?\s+av|"
    r"the\s+(?:other|remaining)\s+(?:new\s+)?parts\s+of)\s+(?:the\s+)?)?"
    r"(?:(?:the\s+)?(?:completion\s+(?:date|time|deadline)|deadline|time\s*limit|timeline|due\s+date)\b|"
    # a log's line after its order that moves its date: "Originally due March 3, 2026; now scheduled for April 21"
    r"(?:originally|initially|previously)\s+(?:due|scheduled|set|planned)\b|"
    # a translated notice's own label: "Time to complete: before 15/5/2025", "Implementation time: in May 2025"
    r"(?:(?:the\s+)?(?:time|period)\s+(?:to|for)\s+(?:complete|completion|implement|implementation)|"
    r"(?:completion|implementation)\s+(?:period|timeframe|time\s*frame))\b|"
    # "(c) the outcome of the consultation be reported to Cabinet in February": what the order brings out
    # ("THAT such report be brought forward no later than ...": a motion's next clause names it by "such")
    # ("The first report to be submitted in July 2026.": the first of reports at intervals, its date)
    r"(?:the|this|that|its|their|such)\s+(?:(?:final\s+|first\s+|initial\s+|interim\s+)?report|results?|outcomes?|"
    r"findings|assignment|task|work)\b|"
    # what the order asks to submit: "to submit an application to the Fund ... The application must be lodged
    # before 20 March 2026", "The submission is due by ..."
    r"(?:the|this|that|its|their)\s+(?:application|submission|bid)\s+(?:should|shall|must|is|will|needs)\b|"
    # with no article: "Results should be reported to the Chairman before ...", "Progress reports are due ..."
    r"(?:results|outcomes|progress\s+reports?)\s+(?:should|shall|must|are|will|is)\b|"
    # the work's product named by it: "The inspection results shall be reported ...", "The review report is due"
    r"(?:the|its|their)\s+[a-z]+\s+(?:results|outcomes|report|findings)\s+(?:should|shall|must|are|will|is)\b|"
    # the work's product told when it is to be done: "The valuation files must be completed within 15 days ...",
    # "The revised tariff schedules shall be finalised by ..." (a translated notice's deadline sentence)
    r"the\s+(?:[a-z-]+\s+){1,4}?(?:must|shall|should|(?:is|are)\s+to)\s+be\s+(?:fully\s+)?"
    r"(?:completed|finali[sz]ed|finished|done)\s+(?:within|by|before|no\s+later\s+than|not\s+later\s+than)\b|"
    # ("Les conclusions de ces travaux devront lui parvenir au plus tard ...": what the work ordered concludes)
    r"(?:l[ae]\s+|ce\s+|les\s+)?(?:rapport|bilan|resultats?|delai|date\s+limite|echeance)\b|au\s+plus\s+tard|"
    r"(?:les|ses|leurs)\s+conclusions\b|"
    # "La situation des paiements effectués sera présentée en Conseil ...", "L'état d'avancement des travaux sera
    # présenté ...": the account of the work ordered
    r"la\s+situation\s+(?:de|des|du|d')|l'etat\s+(?:d'avancement|d'execution)\b|"
    # "Utredningstiden förlängs. Uppdraget ska i stället redovisas senast ...": the inquiry's time, extended
    # "Redovisning ska ske inom fyra månader ...", "Återrapportering sker till nämnden ...": the report, no article
    # ("Återrapport till kommunstyrelsen 2026-06-16.": a follow-up list's report-back, a noun with no verb)
    r"(?:ater)?(?:redovisning|rapportering)\b|aterrapport\b|(?:the\s+)?reporting\s+(?:shall|will|must|should|is)\b|"
    # "En första redovisning lämnas ...", "En ny lägesrapport ...": the report, an ordinal before it
    r"(?:uppdraget|utredningen|utredningstiden|redovisningen|arbetet|en\s+(?:(?:forsta|andra|ny|samlad)\s+)?"
    r"(?:slut|del)?redovisning|slutredovisning|"
    r"delredovisning|en\s+(?:(?:forsta|andra|ny|samlad)\s+)?(?:lages|slut|del)?rapport|lagesrapport\w*|"
    # "En första bedömning lämnas till X senast ...", "En samlad analys redovisas ...": the work's product
    r"en\s+(?:(?:forsta|andra|ny|samlad|preliminar|slutlig)\s+)?(?:bedomning|analys|sammanstallning))\b|senast\b|"
    # "Un rapport d'étape sera présenté à chaque réunion", "A progress report ...": a report
    r"(?:un|une|a)\s+(?:[a-z]+\s+)?(?:rapport|report|compte\s+rendu)\b|"
    # "... was requested to write to ECG. A copy of the letter is to be shared with members by ...": the order's product
    r"(?:a|one)\s+copy\s+of\s+(?:the|this|that|its|their|his|her)\s+(?:letter|reply|response|report|memo|notice|minutes)\b|"
    # "Un bilan intermédiaire sera adressé à mes services au 31 août", "Un point de la mise en œuvre de ce plan
    # sera fait au Conseil au plus tard le ...", "Un point d'étape sera présenté ...": the order's account
    # ("Un premier bilan de cette opération devra être présenté ...")
    r"un\s+(?:premier\s+|nouveau\s+|dernier\s+)?bilan\b|un\s+point\s+(?:de\s+situation|d'etape|sur|de\s+(?:la\s+|l')?(?:mise\s+en\s+(?:oe|œ)uvre|"
    # "Un point de l'évolution de la situation devra être fait au Conseil dans un délai de trois semaines"
    r"avancement|execution|suivi|evolution|situation))\b|"
    # "Un point de l'organisation matérielle sera fait en Conseil des Ministres au plus tard le ...": any matter's
    # account, made before the body
    r"un\s+point\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+)[^.;:]{3,80}?\s(?:sera|devra\s+etre)\s+(?:fait|effectue)\b|"
    r"(?:ket\s+qua|thoi\s+han|thoi\s+gian\s+(?:hoan\s+thanh|thuc\s+hien)|han\s+chot)\b|"
    # the due time alone, then the order's last step: "Chậm nhất ngày 30/9 phải trình UBND tỉnh."
    r"(?:cham|muon)\s+nhat\b|"
    # the order's task as the subject, told when it is done: "Việc bàn giao mặt bằng cho X phải hoàn thành ..."
    r"(?:viec|cong\s+tac)\s+[^.;:]{3,90}?\s(?:phai|can)\s+(?:duoc\s+)?(?:hoan\s+thanh|hoan\s+tat|xong)\b|"
    # the order's work or target named again by "this": "Chỉ tiêu này phải đạt ít nhất 50% dự toán trước ngày ...",
    # "Nhiệm vụ này phải hoàn thành trong quý II", "Công trình này cần đưa vào sử dụng trước ngày ..."
    r"(?:chi\s+tieu|muc\s+tieu|nhiem\s+vu|viec|cong\s+viec|cong\s+trinh|hang\s+muc|noi\s+dung|ke\s+hoach|"
    r"phuong\s+an|de\s+an|du\s+an)\s+(?:nay|tren|do)\s+(?:phai|can|se)\s|"
    # the measure the order sets, named again by "this", told until when it holds: "Chính sách ưu tiên này thực hiện
    # đến hết ngày 31/5", "Biện pháp hạn chế trên được áp dụng đến ngày 15/7"
    r"(?:chinh\s+sach|bien\s+phap|co\s+che|che\s+do)\s+(?:[a-z]+\s+){0,3}?(?:nay|tren)\s+(?:duoc\s+)?"
    r"(?:thuc\s+hien|ap\s+dung|duy\s+tri|keo\s+dai|co\s+hieu\s+luc)\s+(?:den|toi|cho\s+den)\b|"
    # the time of the order's last step: "Thời gian trình UBND tỉnh trong tháng 6/2026", "Thời hạn gửi ...",
    # "Thời điểm báo cáo ..."
    r"thoi\s+(?:gian|diem)\s+(?:trinh|gui|nop|bao\s+cao|ban\s+hanh|hoan\s+tat)\b|"
    # the answer a referral asks for: "Yttrandet ska ha kommit in senast ...", "The response is due by ..."
    r"(?:yttrandet|remissvaret|svaret|the\s+(?:response|comments|reply)|l'avis|la\s+reponse)\b|"
    # the unit that leads the order before, by its role: "Cơ quan chủ trì tổng hợp kết quả, báo cáo ... trước
    # ngày", "The lead agency shall report by ..."
    r"(?:co\s+quan|don\s+vi)\s+chu\s+tri\b|the\s+lead\s+(?:agency|department|unit)\b|"
    # the same unit again by its kind, after the time limit: "Trong thời hạn 15 ngày làm việc kể từ ngày ký văn bản
    # này, Sở hoàn thiện hồ sơ ...", "Trong vòng 10 ngày, đơn vị báo cáo ..."
    r"trong\s+(?:vong|thoi\s+han)\s+\d[^,.;:]{0,70},\s*(?:so|ban|don\s+vi|co\s+quan|huyen|xa|phuong)\s+"
    r"(?=[a-z])(?!nay\b|do\b|tai\b|tu\b)|"
    # a motion's telegraphic report-back: "Staff to return in 60 days", "Staff to report back by June 2"
    r"staff\s+(?:to|will|shall|should)\s+(?:return|report\s+back|come\s+back)\b|"
    # ... or the order's product coming back: "Draft to come back for first reading May 19", "The revised
    # ordinance will return to Council on June 2"
    r"(?:the\s+|a\s+)?(?:revised\s+|final\s+|amended\s+)?(?:draft|ordinance|by-?law|amendments?|item|proposal|policy)"
    r"\s+(?:to|will|shall|should)\s+(?:come\s+back|return|be\s+brought\s+back)\b|"
    # the one who ordered, quoted, wants the order's product by a day: "« Je veux ce relevé sur mon bureau mardi »",
    # "J'attends le rapport pour vendredi"
    r"(?:[«\"“]\s*)?(?:je\s+(?:veux|voudrais|souhaite)|j'attends)\s+(?:(?:avoir|recevoir)\s+)?"
    r"(?:ce|cet|cette|ces|le|la|les|l'|son|sa|ses|leur|leurs)\b)"
)
#: A sentence whose subject is a personal pronoun: "Il fera rapport ...", "She will report ...", "Hon ska ...".
#: The demonstratives that stand for the unit named last (folded): "a instruit celui-ci de", "Ce dernier veillera".
_FR_DEMONSTRATIVES = ("celui-ci", "celle-ci", "ce dernier", "cette derniere")
_PRONOUN_START = re.compile(r"\s*(?:il|elle|ils|elles|he|she|they|han|hon)\s")
#: A letter's "vous" reporting back to its writer (folded): "Vous me rendrez compte de ces réunions ...", "Vous m'en
#: rendrez compte", "Vous m'adresserez un bilan ...", "Vous me ferez parvenir ...".
_FR_YOU_REPORT = re.compile(
    r"\s*vous\s+(?:me\s+|m'|nous\s+)(?:en\s+|y\s+)?(?:rendrez\s+compte|ferez\s+(?:rapport|parvenir|part)|adresserez|"
    r"transmettrez|communiquerez|tiendrez\s+inform)"
)
#: A verb of reporting back, prefixed or not: "fera rapport", "will report back", "ska återrapportera",
#: "ska återredovisa", "rendra compte", "(Chủ đầu tư cập nhật tiến độ,) báo cáo UBND tỉnh ...".
#: ("Förvaltningen återkommer till regionstyrelsen i november med en lägesrapport": comes back to the body)
_REPORT_BACK_WORD = re.compile(
    r"\b(?:ater|del|slut)?(?:rapport\w*|redovis\w*)|\breport\w*|\brend(?:re|ra|ront)\s+compte\b|\bbao\s+cao\b|"
    r"\baterkomm(?:a|er)\b"
    # "Il lui fera parvenir un premier point de situation le 22 juin": the account sent up to the one who ordered
    r"|\bfer(?:a|ont)\s+parvenir\b"
    # "Le ministre fera le point de l'évolution au Conseil dans un délai de ...": the account given to the body
    r"|\bfer(?:a|ont)\s+(?:le|un)\s+point\b"
)
#: A Vietnamese report to a body (folded view): "báo cáo UBND tỉnh", "báo cáo về Sở".
_VI_REPORT_TO = re.compile(r"\bbao\s+cao\s+(?:ve\s+)?(?:ubnd|uy\s+ban|so|chu\s+tich|ban\s+chi\s+dao|truong\s+ban)\b")
#: A report-back at fixed intervals, which needs no date: "will submit a weekly status report", "fera un
#: rapport mensuel", "ska redovisa varje månad".
#: An English sentence whose subject is a report at fixed intervals, sent in the passive with no one named (folded):
#: "A monthly progress report shall be sent ...", "A weekly stock statement is to be furnished ...".
_EN_PERIODIC_REPORT_SUBJECT = re.compile(
    r"\s*(?:an?|the)\s+(?:daily|weekly|fortnightly|monthly|quarterly)\s+(?:[a-z-]+\s+){0,3}?"
    r"(?:reports?|returns?|statements?|updates?)(?:\s+(?:of|on)\s+[a-z-]+(?:\s+[a-z-]+)?)?\s+"
    r"(?:shall|should|must|will|is\s+to|are\s+to)\s+(?:also\s+)?be\s+"
    r"(?:submitted|sent|furnished|given|shared|provided|forwarded|placed)\b"
    # a review minute's note, with no verb before "to be": "Block-wise progress to be sent to the Collector's office
    # every Monday", "Status report to be furnished weekly to the Chief Secretary"
    r"|\s*(?:(?:[a-z]+-wise|the|a)\s+)?(?:progress|status|compliance|action\s+taken)(?:\s+(?:reports?|updates?|"
    r"statements?))?\s+(?:to|shall|should|must|is\s+to)\s+be\s+(?:submitted|sent|furnished|shared|reported|"
    r"uploaded|forwarded)\b(?=[^.;]*\b(?:daily|weekly|fortnightly|monthly|every\s+(?:day|week|fortnight|month|"
    r"monday|tuesday|wednesday|thursday|friday|saturday)))"
)
_PERIODIC_REPORT = re.compile(
    r"\b(?:daily|weekly|fortnightly|monthly|quarterly|every\s+(?:week|month|fortnight)|hebdomadaire|mensuel\w*|"
    r"trimestriel\w*|chaque\s+(?:semaine|mois)|veckovis|manadsvis|kvartalsvis|varje\s+(?:vecka|manad|kvartal)|"
    # "báo cáo UBND tỉnh trước 15 giờ 00 hằng ngày", "định kỳ hằng tuần báo cáo"
    r"hang\s+(?:ngay|tuan|thang|quy))\b"
)
#: ... or the unit charged, by its kind alone: "Nämnden ska återrapportera ...", "Styrelsen ska redovisa ...",
#: "The Committee shall report back ...", "Le ministère fera rapport ...".
_BACK_REFERENCE_START = re.compile(
    r"\s*(?:namnden|styrelsen|forvaltningen|myndigheten|verket|(?:de\s+)?(?:bada\s+|tva\s+)?myndigheterna|"
    # ("Le ministre fera le point de la situation au Conseil dans un délai de ...": the minister charged, again)
    r"the\s+(?:committee|department|board|ministry|agency|office)|le\s+ministere|le\s+ministre|la\s+direction|"
    r"le\s+service|"
    r"le\s+departement)\s"
)
#: A unit that keeps another informed of its work (folded): "hålla Regeringskansliet informerat om arbetet", "löpande
#: hålla nämnden underrättad", "keep the Council informed" (not "hålla sig informerad": keep itself informed).
_KEEPS_INFORMED_OF_WORK = re.compile(
    r"\b(?:halla|haller|keep|keeps)\s+(?!sig\b|itself\b|themselves\b)[^.;]{1,120}?\s"
    r"(?:informera[dt]e?|underratta[dt]e?|informed|apprised)\b"
)
#: A Swedish inquiry's investigator or committee as a subject (folded): "Utredaren ska ...", "Utredningen ska ...".
#: ("Ordföranden ska senast ... redovisa en lägesbeskrivning": the committee's chair, for the committee)
_INQUIRER_START = re.compile(r"\s*(?:utredaren|utredningen|kommitten|ordforanden)\s")
#: A report that answers a question of its own (folded): "redovisa sin bedömning av om ...", "redovisa hur ...",
#: "redovisa vilka ...": more than the report on the order before.
_SV_REPORTS_QUESTION = re.compile(
    r"\bredovisa\s+(?:[a-z]+\s+){0,3}?(?:av\s+om|huruvida|hur|vilka|vilken|vilket|varfor)\s"
)
#: A sentence that only gives an event its date: "Second reading now set for March 10, 2026", "The public
#: hearing is scheduled for 3 June" (``what``: the event's last word, to be found in the order before).
_EVENT_SET_FOR = re.compile(
    r"\s*(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?P<what>[a-z-]{4,})\s+(?:(?:is|has\s+been|was|is\s+now)\s+)?(?:now\s+)?"
    r"(?:set|scheduled|slated)\s+for\b"
)
#: A sentence that only says until when what the order opens runs (``what``: its noun, to be found in the order
#: before): "La consultation durera jusqu'au 15 décembre" after "mettre le projet en consultation", "L'enquête
#: publique restera ouverte jusqu'au 30 juin" after "ouvrir une enquête publique".
_EVENT_LASTS = re.compile(
    r"\s*(?:la|le|l'|cette|ce|cet)\s*(?P<what>[a-z]{4,})(?:\s+[a-z]+)?\s+"
    r"(?:durera|courra|se\s+poursuivra|se\s+prolongera|restera\s+ouverte?|sera\s+ouverte?)\s+jusqu'"
)
#: A sentence that only says when the meeting the order sets up is held: "La rencontre se tiendra dans la deuxième
#: quinzaine de mars", "The workshop will take place before 30 June", "Seminariet ska hållas i maj" (the order before
#: organises it: ``_HOLDS_EVENT``).
_EVENT_HELD = re.compile(
    r"\s*(?:la|le|l'|cette|ce|cet|the|this|that)?\s*(?:rencontre|reunion|seminaire|atelier|session|conference|forum|"
    r"concertation|table\s+ronde|assises|meeting|seminar|workshop|conference|event|hearing|"
    r"motet|seminariet|konferensen|workshopen|traffen)\s+(?:se\s+tiendra|aura\s+lieu|se\s+deroulera|"
    r"(?:will|shall|is\s+to|must)\s+(?:be\s+held|take\s+place)|(?:ska|skall)\s+(?:hallas|aga\s+rum|genomforas))\b"
)
#: An owner's genitive before a Swedish unit named without its article: "kommunledningskontorets ", "regionens ".
_SV_OWNER_GENITIVE = re.compile(r"\s*[a-z]{4,30}(?:ets|ens|ns)\s+")
#: A part of a Swedish unit, by its definite noun, before the unit it belongs to: "personalavdelningen på ",
#: "ekonomienheten inom ", "juristerna vid " (folded view).
_SV_PART_OF = re.compile(r"\s*[a-z]{4,30}(?:en|et|na)\s+(?:pa|vid|inom|hos)\s+")
#: A Swedish sentence that says how long the measures the order before sets hold: "Åtgärderna gäller till dess att
#: ...", "Uppdraget gäller tills vidare", "Insatserna ska gälla till och med den 30 juni".
_SV_ORDER_LASTS = re.compile(
    r"\s*(?:(?:de|dessa)\s+)?(?:[a-z]+\s+)?(?:atgarderna|atgarden|insatserna|insatsen|uppdraget|beslutet|"
    r"restriktionerna|rutinerna)\s+(?:ska\s+|skall\s+)?(?:galler|galla)\s+(?:till\s+dess|tills|till\s+och\s+med|"
    r"fram\s+till|sa\s+lange|under)\b"
)
_HOLDS_EVENT = re.compile(r"\b(?:organis\w*|organiz\w*|tenir|convoqu\w*|hold|convene|anordna\w*|arrangera\w*|halla)\b")
#: A Swedish sentence that says when the matter sent back with the order comes back (folded): "Ärendet ska åter
#: behandlas av nämnden senast ...", "Frågan ska tas upp på nytt i mars", "Ärendet ska återupptas ...": the order's
#: date; the body that takes it up again (the passive's agent) orders nothing.
_SV_MATTER_BACK = re.compile(
    r"\s*(?:arendet|fragan|motionen)\s+(?:ska|skall|bor)\s+(?:(?:ater|pa\s+nytt|igen)\s+(?:behandlas|tas\s+upp)|"
    r"(?:behandlas|tas\s+upp)\s+(?:pa\s+nytt|igen)|aterupptas)\b"
)
#: A sentence whose subject is what the order makes, and which only says when it must be ready:
#: "Vägledningen ska vara klar senast ...", "The plan must be completed by ...", "Le rapport devra être achevé ...".
_PRODUCT_DONE = re.compile(
    # "Ces plans devront être validés ...", "These plans must be approved ...": a demonstrative too
    # "Section 2 must be opened ...", "Phase 1 shall be completed ...": a part of the works by its number
    # "Such updated inventory shall be submitted to the Committee within fifteen (15) working days": "such" too
    r"\s*(?:the\s+|this\s+|these\s+|such\s+|a\s+|an\s+|la\s+|le\s+|les\s+|l'|ces\s+|ce\s+|cet\s+|cette\s+|"
    # "De nya tappställena ska vara i drift ...", "Den nya rutinen ska vara klar ...": a Swedish determiner
    r"de\s+|den\s+|det\s+|dessa\s+|denna\s+|detta\s+)?[^\W\d_]+"
    # ("Celle-ci devra être soumise à la Municipalité avant ...": the product by a demonstrative pronoun)
    r"(?:-(?:ci|la)\b)?"
    # ("The adjusted detailed construction schedule must be sent ...": up to four words)
    r"(?:(?:\s+[^\W\d_]+){1,3}|\s+\d{1,3}[a-z]?)?\s+"
    # "Les documents d'appel d'offres devront être publiés ...": the product with what it is of
    r"(?:(?:de|du|des|d')\s*(?:l')?[^\W\d_]+\s+){0,3}"
    # "A list of such schools shall be furnished to the Collector by ...": the product with what it holds
    r"(?:of\s+(?:[^\W\d_]+\s+){1,3})?"
    r"(?:(?:ska|skall|maste|shall|must|should|will|is\s+to|are\s+to|doit|doivent|devra|devront)\s+"
    # "Ce plan devra lui être soumis dans un délai de quinze jours": handed to the one who ordered it
    r"(?:(?:lui|leur|me|nous)\s+)?(?:vara|be|etre)|"
    # "Les fiches de recensement seront saisies sur la plateforme dans un délai de quinze jours": the future passive
    r"(?:sera|seront)(?:\s+(?:lui|leur|me|nous))?)\s+"
    r"(?:klar[at]?|fardig[at]?|slutford[at]?|genomford[at]?|completed?|finished|ready|done|finali[sz]ed|"
    r"submitted|presented|furnished|forwarded|sent|"
    # "The programme is to be issued before April 10": the document the order drafts, issued
    r"issued|promulgated|"
    # "The inspection conclusions shall be reported to the Committee in November": the product reported on
    r"reported|tabled|"
    # "The bridge must be opened to traffic by ...", "put into operation": the works in use
    r"opened|commissioned|put\s+into\s+(?:use|operation|service)|handed\s+over|achevee?s?|terminee?s?|prete?s?|finalisee?s?|soumise?s?|presentee?s?|transmise?s?|"
    r"remise?s?|en\s+place|operationnel(?:le)?s?|in\s+place|operational|pa\s+plats|i\s+drift|i\s+gang|"
    # "It should be running by the end of June", "The system must be up and running before ...": the works in use
    r"(?:up\s+and\s+)?running|functional|"
    # "Ce recrutement devra être bouclé au plus tard le ...", "The survey must be carried out by ...": the work done
    r"bouclee?s?|conclue?s?|realisee?s?|"
    # "La campagne devra être clôturée avant le 15 décembre": the work the order opens, closed
    r"cloturee?s?|effectuee?s?|executee?s?|livree?s?|concluded|carried\s+out|delivered|"
    # "Les fonds devront être mobilisés au plus tard le 14 novembre", "Les crédits seront débloqués avant ...": the
    # money the order provides for, made available
    r"mobilisee?s?|debloquee?s?|decaissee?s?|versee?s?|"
    # "seront saisies sur la plateforme", "renseignées dans l'application": entered where the order's work is kept
    r"saisie?s?|renseignee?s?|enregistree?s?|"
    r"avslutad[et]?|utford[at]?|utfort|levererad[et]?|"
    # "Rutinen ska vara övad före ...", "Planen ska vara antagen senast ...": the product tried out, brought in, adopted
    r"ovad[et]?|inovad[et]?|testad[et]?|inford[at]?|implementerad[et]?|uppdaterad[et]?|reviderad[et]?|"
    r"antagen|antaget|antagna|framtagen|framtaget|framtagna|upprattad[et]?|"
    # "Styrgruppen ska vara tillsatt före ...": the body the order sets up, appointed
    r"tillsatt[a]?|inrattad[et]?|bildad[et]?|"
    # validated or approved by the one who ordered it
    r"validee?s?|approuvee?s?|adoptee?s?|signee?s?|deposee?s?|arretee?s?|validated|approved|signed|fastst[a-z]+|godkan[dt]a?|"
    # made public: "devront être publiés au plus tard le ...", "must be published by ..."
    r"publiee?s?|diffusee?s?|mise?s?\s+en\s+ligne|published|posted)\b"
    # "Ses conclusions sont attendues pour le 30 avril", "Its findings are expected by ...": the work's results,
    # awaited by a date
    r"|\s*(?:ses|leurs|les|son|sa|its|their|the)\s+(?:conclusions|resultats|propositions|recommandations|travaux|"
    r"rapport|findings|results|recommendations|report)\s+(?:(?:sont|seront|est|sera)\s+attendue?s?|"
    r"(?:is|are)\s+(?:expected|due))\b"
    # "Une première synthèse est attendue rue de Varenne pour la fin juin", "Un premier état des lieux est attendu
    # d'ici le 15 mai": what the work yields first, awaited by a date
    # ("Le premier rapport est attendu au plus tard le 31 mars": the first of the reports the order asks for)
    r"|\s*(?:un|une|le|la)\s+(?:premier|premiere|nouveau|nouvelle|dernier|derniere)\s+(?:[a-z]+\s+){1,4}?"
    r"(?:est|sera)\s+attendue?\b"
    # "Ce document est attendu dans un délai de quinze jours", "Cette note est attendue pour le 30 avril": the
    # order's product, named by a demonstrative, awaited
    r"|\s*(?:ce|cet|cette|ces)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:est|sont|sera|seront)\s+attendue?s?\b"
    # "The regulations must come back to Cabinet for approval not later than ...", "The draft shall be brought back
    # to the Board by ...": what the order makes, back to the body that gave it
    r"|\s*(?:the|these|this|its|their)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:shall|must|should|will|is\s+to|are\s+to)\s+"
    r"(?:come\s+back|be\s+(?:brought|sent|referred)\s+back|return|be\s+returned)\s+to\b"
    # "Ce rapport devra parvenir à la Direction au plus tard le ...", "Les propositions doivent lui parvenir avant
    # ...": the order's product, to reach the body that awaits it ("Cet inventaire devra me parvenir ...": a
    # governor's letter, to the one who signs)
    r"|\s*(?:la\s+|le\s+|les\s+|l'|ces\s+|ce\s+|cet\s+|cette\s+)[^\W\d_]+(?:\s+[^\W\d_]+)?\s+"
    r"(?:doit|doivent|devra|devront)\s+(?:(?:lui|leur|nous|me)\s+)?parvenir\b"
    # "Cette publication devra intervenir au plus tard le ...", "La mise en ligne devra être effective avant ...": the
    # act the order asks for, to take place by a date
    r"|\s*(?:la\s+|le\s+|les\s+|l'|ces\s+|ce\s+|cet\s+|cette\s+)[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s+"
    r"(?:doit|doivent|devra|devront)\s+(?:intervenir|avoir\s+lieu|etre\s+effective?s?)\b"
    # "Le projet sera présenté au comité avant le 15 avril", "Les résultats seront transmis ...": the product
    # handed over, in the French future passive
    # ("Une feuille de route sera présentée d'ici l'été": a product of the order, named with what it is of)
    # ("Les résultats de cette enquête seront remis ...", "Le rapport de la mission sera soumis ...": the work the
    # order asks for, named again with its article or a demonstrative)
    # ("Les noms des points focaux me seront communiqués dans un délai de dix jours": what the order names, with what
    # it is of and an adjective, sent to the one who signs)
    r"|\s*(?:la\s+|le\s+|les\s+|l'|ces\s+|ce\s+|cet\s+|cette\s+|un\s+|une\s+)?[^\W\d_]+"
    r"(?:\s+[^\W\d_]+|\s+(?:de|du|des|d')\s*(?:(?:la|ce|cet|cette|ces)\s+|l')?[^\W\d_]+(?:\s+[^\W\d_]+)?)?"
    r"\s+(?:(?:lui|leur|me|nous)\s+)?(?:sera|seront)\s+"
    r"(?:(?:lui|leur|me|nous)\s+)?(?:presentee?s?|soumise?s?|transmise?s?|remise?s?|validee?s?|approuvee?s?|"
    r"communiquee?s?|"
    r"adoptee?s?|signee?s?|deposee?s?|finalisee?s?|achevee?s?|terminee?s?|pret(?:e|s|es)?|"
    # "Le guide actualisé sera mis en ligne au plus tard ...", "Les cartes seront publiées ...": made public
    r"mise?s?\s+en\s+ligne|publiee?s?|diffusee?s?)\b"
    # "Handlingsplanen ska presenteras ...", "Programmet redovisas vid ...": the product handed over, a
    # Swedish passive ("Det reviderade förslaget redovisas ...", "De uppdaterade rutinerna lämnas ...": the product
    # with its determiner and an adjective)
    r"|\s*(?:(?:den|det|de)\s+(?:[a-z]{3,}\s+)?)?[a-z]+(?:en|et|na)\s+(?:ska\s+|skall\s+|bor\s+)?(?:presenteras|"
    r"(?:ater)?redovisas|lamnas|"
    # "Förslaget ska återkomma till kommunstyrelsen senast ...": the matter comes back to the body
    r"overlamnas|aterrapporteras|rapporteras|inlamnas|skickas|aterkomma|aterga|"
    # "Underlagen ska ha kommit in till verket senast ...", "Redovisningen ska vara departementet tillhanda ...":
    # what the order yields, received by a date
    r"ha\s+(?:kommit\s+in|inkommit)|vara\s+[a-z]+\s+tillhanda)\b"
    # "Ett planförslag ska kunna skickas ut ...", "De reviderade riktlinjerna ska föreläggas ...", "Insatserna
    # ska påbörjas ...": what the order makes (a noun, not a unit), with a passive infinitive after the modal
    # ("Resultatet av kartläggningen ska sammanställas ...": the product with the work it comes of)
    r"|\s*(?:(?:den|det|de|en|ett)\s+)?(?:[a-z]+\s+)?[a-z]{3,}(?:\s+av\s+(?:(?:den|det|de)\s+)?[a-z]{3,}(?:en|et|na))?"
    r"\s+(?:ska|skall|bor|maste)\s+"
    # "Ett utkast ska föreligga före ...": what the order makes, there by a date
    # "Ett samrådsförslag ska enligt beslutet finnas framme ...": as the decision says
    r"(?:enligt\s+(?:beslutet|uppdraget|direktivet|planen)\s+)?"
    r"(?:(?:kunna|sedan|darefter|ocksa)\s+)?(?:[a-z]*[^\W\daeiouy]as|foreligga)\b"
    # "Arbetsgruppen ska slutföra sitt arbete senast ...", "Kommittén ska avsluta sitt uppdrag ...": the body the
    # order sets up, and when its work ends
    r"|\s*[a-z]{4,}(?:en|et|n)\s+(?:ska|skall|bor)\s+(?:slutfora|avsluta|avrapportera|redovisa)\s+"
    r"(?:sitt|sina)\s+(?:arbete|uppdrag)\b"
    # "Các trường hợp còn vướng mắc phải được giải quyết dứt điểm trong tháng 4", "Hồ sơ cần được hoàn thiện
    # trước ngày 15/5": what the order deals with, in the passive, and when it must be done
    r"|\s*(?:cac\s+|nhung\s+)?[a-z]+(?:\s+[a-z]+){0,6}?\s+(?:phai|can)\s+duoc\s+"
    r"(?:giai\s+quyet|xu\s+ly|hoan\s+thanh|hoan\s+thien|khac\s+phuc|ban\s+giao|thuc\s+hien|chi\s+tra|di\s+doi)\b"
    # "Việc tham mưu phải xong trong tháng 8", "Việc rà soát cần hoàn thành trước ngày ...": the task itself, by
    # "việc" and its verb, and when it must be done
    r"|\s*viec\s+[a-z]+(?:\s+[a-z]+){0,5}?\s+(?:phai|can)\s+(?:duoc\s+)?(?:xong|hoan\s+thanh|hoan\s+tat|ket\s+thuc)\b"
    # "Hồ sơ gửi Văn phòng UBND tỉnh chậm nhất ngày ...", "Dự thảo trình UBND tỉnh trước ngày ...": the file the
    # order makes, sent on
    # ("Kế hoạch thi công chi tiết của từng gói thầu gửi Văn phòng Chính phủ trước ngày ...": the plan it makes)
    r"|\s*(?:ho\s+so|du\s+thao|to\s+trinh|van\s+ban|bao\s+cao\s+ket\s+qua|ke\s+hoach|phuong\s+an)\s+"
    r"(?:[a-z]+\s+){0,8}?"
    r"(?:gui|trinh|nop|chuyen)\s"
)
#: Reporting back: "ska redovisas", "report to", "báo cáo", "rendre compte", "déposer ... au conseil" (a
#: municipal officer files the result with the council).
#: A sentence that gives the aim of the order before, with no subject: "Phấn đấu hoàn thành ...", "Phấn đấu
#: thông xe ...", "Aim to ...", "Strive to ...", "Objectif : ...".
_AIM_START = re.compile(r"\s*(?:phan dau|(?:aim|strive|endeavour|endeavor)\s+to|viser a|objectif\s*:)\s")
#: The decision the order asks for, told to those it concerns by a date: "... quyết định cho học sinh nghỉ học.
#: Thông báo cho phụ huynh, học sinh chậm nhất 20 giờ ngày 05/10" (folded view).
_VI_TELL_THOSE_CONCERNED = re.compile(r"\s*thong\s+bao\s+(?:cho|den|ket\s+qua)\b")
_REPORT_BACK = re.compile(
    # ("Kommundirektören ska återrapportera ...", "ska slutredovisa uppdraget": the verb with its prefix)
    r"\b(?:(?:ater|slut|del)?redovis\w*|(?:ater)?rapporter\w*|report\w*|bao\s+cao|rendre\s+compte|rapport|complet\w*|"
    r"hoan\s+thanh|depos\w*|"
    # "remettra au Collège un estimatif", "remettre à la Direction son rapport": handed to the body above
    r"remet\w*\s+(?:au|aux|a\s+la|a\s+l')|"
    # "sera présentée en Conseil des Ministres", "présenté au Collège": laid before the body above
    r"present\w*\s+(?:en|au|aux|a\s+la|a\s+l'|devant)\s|"
    # "Sektorn ska återkomma med ett svarsförslag inom tre veckor": come back to the body with the answer
    r"finalis\w*|slutfor\w*|achev\w*|submit\w*|lamna\w*|aterkomm\w*)\b"
)
#: "...; and further, That the Clerk BE DIRECTED ...": each "That ..." of a motion is a resolution.
_NEW_MOTION = re.compile(
    r"(?:and|or|AND|OR)?,?\s*(?:(?:further(?:more)?|FURTHER),?\s*)?(?:That|THAT)\s+(?:the\s+)?[A-Za-z]|et\s+que\s|"
    r"och\s+att\s+[A-ZÅÄÖ]"
)
_UNIT_HEAD = re.compile(
    r"(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Sở|Bộ|Cục|Công ty|Trung tâm|(?:The )?(?:Department|Ministry|"
    r"People's Committee|Committee)|(?:Le |La |Les )?(?:Ministère|Département|Comité))\b"
)
#: A body's bare assent, a part of its own between semicolons (folded): "Board consensus", "Council concurred".
_EN_BARE_ASSENT = re.compile(
    r"\s*(?:(?:the\s+)?(?:city\s+|county\s+)?(?:council|board|commission|committee)\s+)?"
    r"(?:(?:general\s+)?consensus|concurred|concurrence|agreed|so\s+ordered)\s*[.;]?\s*"
)
#: Officers or units at large, with a modal of their own, opening a part after ";" (folded): "...; the Executive
#: Engineers of all zones shall upload ...", "...; all zonal officers must ...": another subject's order, a sentence of
#: its own (not "...; the report shall include ...": the same order's product).
_EN_GROUP_MODAL_START = re.compile(
    r"(?:the|all|each|every)\s+(?:[a-z-]+\s+){0,3}(?:engineers|officers|officials|heads|directors|managers|"
    r"inspectors|commissioners|departments|divisions|directorates|agencies|ministries|collectors|tehsildars)"
    r"(?:\s+of\s+(?:all\s+|the\s+)?[a-z-]+(?:\s+[a-z-]+)?)?\s+(?:shall|must|should|will|are\s+to|need\s+to)\s"
)
_CONNECTOR_START = re.compile(
    r"(?:Thereby|Then|Thus|Also|Accordingly|Besides|In addition|At the same time|Đồng thời|Trong đó|Ngoài ra|"
    # "Bên cạnh đó, phường phải hoàn thành ...": a task added to the one before, its own date
    r"Bên cạnh đó|Cùng với đó|Song song với đó|Kèm theo đó|Mặt khác|"
    # "Likewise, the Office shall submit ...": another task of the same unit, added to the one before
    r"Likewise|Similarly|Moreover|Furthermore|Additionally|"
    r"Ensuite|Puis|Ainsi|En outre|Dessutom|Därefter|Samtidigt)\b,?"
)
_TOLD_BEFORE = re.compile(
    r"\b(?:had|avait|avaient|hade)\s+(?:\w+\s+)?(?:assigned|asked|instructed|tasked|directed|"
    r"charge|demande|gett|bett|uppdragit)\w*\b"
)
#: A request in the subjunctive passive, its subject the one asked (folded): "be requested to", "be asked to".
_EN_BE_ASKED = re.compile(r"be\s+(?:[a-z]+ly\s+)?(?:requested|asked|instructed|directed|invited|tasked)\b")
#: A resolution's clause that has a new piece of work done, in the subjunctive passive with no agent (folded): "a
#: recovery plan be agreed with the contractor and presented to ...", "an action plan be prepared ...".
_EN_NEW_THING_SUBJUNCTIVE = re.compile(
    r"\s*(?:that\s+)?an?\s+(?:[a-z-]+\s+){0,3}?(?:plan|report|review|study|survey|strategy|programme|program|scheme|"
    r"assessment|audit|proposal|update)\s+be\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|t)\b"
)
#: A resolution's numbered clause with a subject of its own and the verb in the subjunctive: "(2) officers be
#: instructed to ...", "(3) the Director of Finance be requested to ...", "(1) the report be noted".
#: Not "then in the lowland districts, the findings are to be discussed" (no subjunctive after "are to").
_SUBJUNCTIVE_ITEM = re.compile(
    r"(?:(?!(?:to|are|is|was|were|will|shall|must|should|would|can|could|may|might|then|and|or)\b)[\w'’-]+,?\s+){1,10}?"
    r"be\s+[a-z]+(?:ed|en|wn|t)\b"
)
#: A French lead-in that announces the measures it lists, each item one of them (folded): "je vous demande de prendre
#: les dispositions suivantes :", "les services appliqueront les mesures suivantes :".
#: The verb of a body that decides the measures listed, no unit that carries them out (folded): "le Comité a retenu les
#: recommandations suivantes", "a arrêté les décisions suivantes".
_FR_DECIDES_MEASURES = re.compile(
    r"\b(?:a|ont|avons|ai)\s+(?:retenu|arrete|pris|formule|adopte|decide)\s+(?:les|des)\s"
)
_FR_MEASURES_LIST = re.compile(
    # ("le Comité a retenu les recommandations suivantes :", "a arrêté les décisions suivantes :": each its own)
    r"\b(?:mesures|dispositions|actions|instructions|directives|consignes|taches|diligences|recommandations|"
    r"decisions|resolutions)\s+suivantes\s*$"
)
#: A committee's decision clause under its "agreed:": "to instruct ...", "that officers arrange ...".
_CLAUSE_ITEM = re.compile(r"(?:to|that)\s+[a-z]")
_SV_CLAUSE_MARK = re.compile(r"\s*att\s+(?=[a-z])")
#: A decision's clause that gives an order (folded, after its "att"): "uppdra åt X", "ge X i uppdrag", "uppmana X".
_SV_CLAUSE_ORDERS = re.compile(r"(?:uppdra|ge|uppmana|anmoda|hemstalla\s+hos|begara\s+att)\s")
#: A decision's clause that gives the bodies at large a duty (folded, after its "att"): "nämnder och bolag ska ...",
#: "samtliga förvaltningar ska ...", "nämnderna skall ...".
_SV_GROUP_DUTY = re.compile(
    r"(?:samtliga\s+|alla\s+)?(?:namnd|forvaltning|bolag|styrelse)(?:er|erna|ar|arna|en|na|r|rna)?(?:\s+och\s+"
    r"(?:de\s+)?(?:kommunala\s+)?(?:namnd|forvaltning|bolag|styrelse)(?:er|erna|ar|arna|en|na|r|rna)?)?\s+(?:ska|skall)\s"
)
#: An English motion's next clause, before a subject that names the order's product (folded): "and THAT such report
#: be brought forward ...", "; and further THAT the results be reported ...".
_EN_CLAUSE_MARK = re.compile(
    r"\s*(?:and\s+|or\s+)?(?:further(?:more)?\s*,?\s*)?that\s+(?=(?:such|the|this|its|their)\s)"
)
#: A member's own words put on record, right before the quotation of them (folded): "X (V) lämnar följande
#: protokollsanteckning:", "Reservation\nY (SD) reserverar sig ... och anför:", "Särskilt yttrande:".
_SV_MEMBER_NOTE = re.compile(
    r"(?:protokollsanteckning|reservation|reserverar\s+sig[^\n]{0,120}?|sarskilt\s+yttrande|(?:anfor|yttrar))"
    r"\s*[:.]?\s*$"
)
#: The same lead-in, with its colon, the member's words on the lines after it, unquoted (folded).
_SV_MEMBER_NOTE_LINE = re.compile(
    r"(?:protokollsanteckning|reservation|reserverar\s+sig[^\n]{0,120}?|sarskilt\s+yttrande|(?:anfor|yttrar))"
    r"[ \t]*:[ \t]*\n\s*$"
)
#: An account of how a grant was spent (folded): "en ekonomisk redovisning", "redovisa hur medlen har använts".
_SV_FUNDS_REPORT = re.compile(
    r"\bekonomisk\s+redovisning\b|\bhur\s+(?:de\s+)?(?:tilldelade\s+)?medlen\s+(?:har\s+)?anvants\b"
)
#: A government's assignment: "Regeringen ger Länsstyrelsen i X län i uppdrag att ...", "uppdrar åt".
_SV_ASSIGNMENT_GIVEN = re.compile(r"\b(?:ger|ge)\b[^.;]{1,80}?\bi\s+uppdrag\b|\buppdrar\s+at\b")
#: What the assignment takes in, a sentence (often a list's lead-in) of its own that names no one (folded): "I
#: uppdraget ingår att\n– kartlägga ...", "I uppdraget ingår även att ...", "Uppdraget omfattar bl.a. att ..." (not
#: "I uppdraget ingår inte att ...": what it leaves out).
_SV_ASSIGNMENT_INCLUDES = re.compile(
    r"\s*(?:i\s+(?:uppdraget|detta\s+uppdrag)\s+ingar|(?:uppdraget|detta\s+uppdrag)\s+omfattar)\s+"
    r"(?:(?:bland\s+annat|bl\.\s?a\.|aven|ocksa|vidare|sarskilt|dessutom)\s+)*att\b"
)
#: ... and how the unit is to do the work, in a sentence of its own: "Myndigheten ska samråda med ...",
#: "Verket ska i arbetet ta del av ...", "Länsstyrelsen ska inhämta synpunkter från ...".
_SV_HOW_TO_WORK = re.compile(
    r"\b(?:ska|skall)\s+(?:(?:i\s+(?:arbetet|uppdraget|genomforandet)|vidare|dessutom|aven|ocksa)\s+)?"
    r"(?:samrada|samverka|inhamta|hamta\s+in|ta\s+del\s+av|beakta|utga\s+fran|ta\s+hansyn)\b"
    # "Verket ska i arbetet använda den metod som ...", "Myndigheten ska i genomförandet tillämpa ...": any verb
    # that says how, in the work of the assignment
    r"|\b(?:ska|skall)\s+i\s+(?:arbetet|genomforandet)\s+(?:(?:aven|ocksa|dessutom|sarskilt)\s+)?[a-z]{4,}\b"
    # "Inom ramen för uppdraget ska myndigheten – kartlägga ...", "Verket ska inom ramen för uppdraget ...": what the
    # assignment holds, told of the same unit
    r"|\binom\s+ramen\s+for\s+(?:uppdraget|sitt\s+uppdrag)\s+(?:ska|skall)\b"
    r"|\b(?:ska|skall)\s+inom\s+ramen\s+for\s+(?:uppdraget|sitt\s+uppdrag)\b"
)
#: An inquirer's duty to consult, its subject after a phrase on the part of the assignment it holds for (folded): "I
#: denna del av uppdraget ska utredaren samråda med ...", "I den del uppdraget avser X ska kommittén samråda med".
_SV_FRONTED_CONSULT = re.compile(
    r"\s*i\s+(?:denna|den|den\s+nya|dessa)\s+del(?:en|ar)?\b[^.;]{0,80}?\s(?:ska|skall)\s+"
    r"(?:utredaren|utredningen|kommitten)\s+(?:(?:aven|ocksa|dessutom)\s+)?samrada\b"
)
#: ("Utredaren ska vidare föra en dialog med X": "furthermore" right after the modal, not "skickas vidare till")
_ALSO = re.compile(r"\b(?:also|aussi|egalement|aven|ocksa|dessutom|cung)\b|\b(?:ska|skall)\s+vidare\b(?!\s+till\b)")
#: A Swedish sentence that opens on its subject, one word, then "ska" (folded): "Utredaren ska ...", "Verket ska ...".
_SV_SUBJECT_OPENS = re.compile(r"\s*[a-z]+\s+(?:ska|skall)\s")
#: An inquiry's duty to consult, the whole of its sentence's task (folded): "Utredaren ska även ge berörda
#: länsstyrelser tillfälle att lämna synpunkter", "Utredaren ska i arbetet samråda med X", "... inhämta synpunkter".
_SV_CONSULTING_ONLY = re.compile(
    r"\s*(?:utredaren|utredningen|kommitten)\s+(?:ska|skall)\s+(?:(?:aven|ocksa|dessutom|vidare)\s+)?"
    r"(?:i\s+[^.;]{3,60}?\s+)?(?:samrada|samverka|inhamta|hamta\s+in|ge\s+[^.;]{3,80}?\b(?:tillfalle|mojlighet)\s+att\s+"
    r"(?:lamna\s+synpunkter|yttra\s+sig|komma\s+in\s+med\s+synpunkter))\b[^.;]*[.;]?\s*$"
)
#: An inquiry told to account for what its proposals bring (folded view): "Utredningen ska redovisa förslagens
#: konsekvenser för ...", "Utredningen ska även redovisa konsekvenserna av ...": a task, no report-back.
_SV_REPORTS_CONSEQUENCES = re.compile(
    r"\s*(?:utredningen|kommitten)\s+(?:ska|skall)\s+(?:(?:aven|ocksa|dessutom|vidare)\s+)?redovisa\s+"
    r"(?:[a-z]+\s+){0,2}?konsekvens"
)
#: A Swedish sentence that tells what the order before must cover, its verb a passive infinitive at the end and no
#: agent (folded view): "Särskilt ska konsekvenserna för småföretag beskrivas.", "Om utredaren finner skäl för det
#: ska förslag till ändrade regler lämnas." (not "Särskilt ska nämnden ...", a unit then acting itself).
_SV_PASSIVE_ELABORATION = re.compile(
    r"\s*(?:sarskilt|om\s+[^.;:]{3,80}?)\s+(?:ska|skall|bor)\s+"
    # (no clause of its own before the passive: not "Om X ska utredaren föreslå hur de ska finansieras")
    r"(?:(?!\b(?:hur|att|som|vad|vilk[a-z]*|ska|skall|bor|kan)\b)[^.;:]){3,120}?\s[a-z]{2,}as\s*[.;]?\s*$"
    # "Konsekvenserna för den lokala demokratin ska särskilt belysas.": the effects the order before accounts for,
    # named first, then only a passive (no agent, no clause of its own)
    r"|\s*(?:konsekvenserna|effekterna)\s+(?:for|av|pa)\s+(?:(?!\b(?:hur|att|som|vad|vilk[a-z]*)\b)[^.;:]){3,80}?\s+"
    r"(?:ska|skall|bor)\s+(?:(?:sarskilt|aven|ocksa|dessutom|tydligt)\s+)?[a-z]{2,}as\s*[.;]?\s*$"
)
#: The start of a sentence ``_SV_PASSIVE_ELABORATION`` reads (folded head).
_SV_ELABORATION_OPENS = ("om ", "sarskilt ", "konsekvenserna ", "effekterna ")
#: A sentence whose subject is the assignment itself and which widens its scope: "Utredningen ska även belysa
#: ...", "Uppdraget omfattar också ...", "Kartläggningen bör dessutom ...", "The review shall also cover ...",
#: "L'étude devra également ...": more of the same order, whose report-back may follow it.
_ASSIGNMENT_WIDENED = re.compile(
    r"\s*(?:uppdraget|utredningen|arbetet|kartlaggningen|analysen|oversynen|forstudien|"
    r"the\s+(?:study|review|assignment|work|inquiry|analysis)|l'etude|l'analyse|le\s+travail|la\s+mission)\s+"
    r"(?:(?:ska|skall|bor|maste|shall|should|will|must|devra|doit)\s+)?(?:[a-z]+\s+)?"
    r"(?:aven|ocksa|dessutom|also|egalement|aussi)\b"
)
#: A sentence that only tells with whom the order before is carried out (folded): "Detta ska ske i samråd med
#: kommunernas kommunikatörer.", "Arbetet ska bedrivas i nära dialog med berörda aktörer."
_SV_DONE_IN_CONSULTATION = re.compile(
    r"\s*(?:detta|det|arbetet)\s+(?:ska|skall|bor)\s+(?:ske|genomforas|bedrivas|goras)\s+"
    r"i\s+(?:nara\s+)?(?:samrad|samverkan|dialog|samarbete)\s+med\s+[^.;:]{3,100}?[.;]?\s*"
)
#: The unit leads a task of its own (folded view): "Sở chủ trì, phối hợp với ...", "Sở chủ trì xây dựng ...".
_LEADS_TASK = re.compile(r"\bchu\s+tri\b")
#: "đồng thời" (at the same time, also), folded: a task added to the one before.
_VI_AT_THE_SAME_TIME = re.compile(r"\bdong\s+thoi\b")
#: An aside inside a modal cue that names helpers (folded): "veilleront, avec les directeurs généraux des ARS, à".
_ASIDE_WITH = re.compile(
    r",\s*(?:avec|en\s+(?:lien|liaison|concertation)\s+avec|conjointement\s+avec|with|together\s+with)\s"
)
#: The article a French subject opens on, before the unit's name (folded): "Le service des travaux remettra ...".
_FR_ARTICLE_OPEN = re.compile(r"\s*(?:(?:le|la|les)\s+|l')?")
#: A decision's article label on its own (folded): "Article 2 :", "Art. 3 :", "Article 1er :".
_ARTICLE_LABEL = re.compile(r"\s*art(?:icle|\.)?\s*\d{1,2}(?:er)?\s*")
#: Helpers named after the units, with no task: "... samt i dialog med berörda organisationer", "... and in
#: consultation with the sector's associations", "... et en concertation avec les associations".
_MORE_HELPERS = re.compile(
    r"\s*,?\s*(?:samt|och|and|as\s+well\s+as|et|ainsi\s+qu'?)\s+(?:(?:i\s+)?(?:dialog|samrad|samverkan|samarbete)\s+med|"
    r"in\s+(?:dialogue|consultation|cooperation|coordination)\s+with|en\s+(?:concertation|lien|liaison)\s+avec)\s"
)
#: One of the units given an assignment jointly named as the one that leads it (folded): "Boverket ska vara
#: sammanhållande för uppdraget", "Verket ska samordna arbetet", "X har huvudansvaret", "X ska leda arbetet", "The
#: Agency shall be the lead agency", "X will take the lead", "X shall be the nodal agency", "Le ministère X sera
#: chef de file", "X assurera le pilotage".
_JOINT_LEAD = re.compile(
    r"[^.;:]{2,80}?\s(?:(?:ska|skall)\s+(?:vara\s+(?:sammanhallande|sammankallande|samordnande|huvudansvarig)|(?:samordna|leda)\s+"
    r"(?:uppdraget|arbetet|genomforandet)|ha\s+(?:huvud|samordnings)ansvar(?:et)?|ha\s+det\s+(?:samordnande|"
    # "Länsstyrelsen i Kalmar län samordnar arbetet": the present, as a news report of the decision tells it
    r"sammanhallande)\s+ansvaret|ansvara\s+for\s+samordningen)|(?:samordnar|leder)\s+(?:uppdraget|arbetet)|"
    # "X är sammankallande i arbetet": the present
    r"ar\s+(?:sammanhallande|sammankallande|samordnande|huvudansvarig)|"
    r"har\s+(?:huvud|samordnings)ansvar"
    r"(?:et)?|(?:shall|will|should)\s+(?:be\s+the\s+(?:lead|nodal)(?:\s+(?:agency|department|unit|ministry))?|"
    r"take\s+the\s+lead|lead\s+(?:the\s+)?(?:assignment|work|task|exercise)|coordinate\s+the\s+(?:assignment|work|"
    r"task|exercise))|(?:sera|est)\s+(?:le\s+)?(?:chef\s+de\s+file|pilote)|(?:en\s+)?(?:assurera|assure)\s+la\s+"
    r"coordination|(?:en\s+)?(?:assurera|assure)\s+le\s+pilotage|pilotera)\b"
)


#: The same with the role first, the unit after it (folded): "Sammankallande myndighet ska vara X", "Samordnande för
#: uppdraget är X".
_SV_JOINT_LEAD_INVERTED = re.compile(
    r"\s*(?:sammankallande|samordnande|sammanhallande|huvudansvarig)(?:\s+(?:myndighet|aktor|part))?"
    r"(?:\s+(?:for|i)\s+(?:uppdraget|arbetet))?\s+(?:(?:ska|skall)\s+vara|ar)\s+"
)
#: A body that an order sets up, named again by its kind: "A committee headed by X has been formed to
#: investigate ... The committee shall submit its report within 45 days", "A task force is set up ... The task
#: force will report back by ...".
_SET_UP_BODY_AGAIN = re.compile(r"\s*the\s+(committee|task\s+force|working\s+group|panel|commission|team)\s")


#: A sentence whose subject is a noun in its definite form (folded): "Förstudien ska ...", "Rapporten ska ...",
#: "Förslaget bör ...", "The study shall ...", "The plan must ...", "The statement has to ...".
_DEFINITE_SUBJECT = re.compile(
    r"\s*(?:(?P<sv>[a-z]{3,}(?:en|et|n))\s+(?:ska|skall|bor|maste)|the\s+(?P<en>[a-z]{4,})\s+"
    r"(?:shall|must|should|will|is\s+to|has\s+to|needs\s+to))\s"
)


#: What is handed in besides a report (folded): "presenteras för nämnden", "föreläggas styrelsen", "be presented to".
#: ("The statement must reach the Secretariat by ...": the product received by the body that asked for it)
_HANDED_IN = re.compile(r"\b(?:presentera\w*|presented|forelagg\w*|overlamna\w*|reach)\b")
#: How long the work the order opens goes on (folded): "The campaign is to continue until 15 Jawza", "The drive
#: shall run till 30 June", "The survey will last up to the end of May": the order's date, its work named again.
_EN_LASTS_UNTIL = re.compile(
    r"\s*the\s+[a-z-]{4,}\s+(?:shall|must|should|will|is\s+to|has\s+to)\s+(?:also\s+)?"
    r"(?:continue|run|last|go\s+on|remain\s+(?:open|in\s+place|in\s+operation))\s+(?:until|till|up\s+to|through)\b"
)


#: A Vietnamese sentence whose subject is a work, then only that it must be over (folded view): "Đợt kiểm tra phải
#: kết thúc trước ngày 15/5", "Công trình phải hoàn thành trong quý III", "Hội nghị cần xong trước ...".
_VI_WORK_DONE = re.compile(
    r"\s*(?P<noun>[a-z]+(?:\s+[a-z]+){1,2})\s+(?:phai|can)\s+(?:duoc\s+)?"
    # ("Đợt ra quân phải thực hiện xong trước ...": the verb of the work, then "xong")
    r"(?:(?:[a-z]+\s+){1,2}(?=xong\b))?"
    r"(?:ket\s+thuc|hoan\s+thanh|hoan\s+tat|xong|dua\s+vao\s+(?:su\s+dung|van\s+hanh|hoat\s+dong))\b"
)
#: A Vietnamese sentence whose subject is a part of the order's works, or the rate its work must reach, told only when
#: (folded view): "Phần mặt bằng đoạn Km2 - Km5 phải hoàn thành bàn giao trước 30/6", "Hạng mục cầu phải thi công
#: xong trong quý III", "Tỷ lệ giải ngân của Ban phải đạt tối thiểu 40% kế hoạch trong tháng 5".
_VI_PART_OR_RATE_DUE = re.compile(
    r"\s*(?:(?:phan|doan|hang\s+muc|goi\s+thau|giai\s+doan)\s[^.;:]{0,60}?\s(?:phai|can)\s+(?:duoc\s+)?"
    r"(?:(?:[a-z]+\s+){1,2}(?=xong\b))?(?:ket\s+thuc|hoan\s+thanh|hoan\s+tat|xong)\b|"
    r"(?:ty\s+le|tien\s+do)\s[^.;:]{0,50}?\s(?:phai|can)\s+(?:dat|bao\s+dam|dam\s+bao)\s)"
)


def _vi_work_done_again(folded: str, proposal, head: str) -> bool:
    """ "... tổ chức đợt kiểm tra liên ngành ... Đợt kiểm tra phải kết thúc trước ngày 15/5.": the work the order
    sets up, named again by its noun (two or three words), told when it must be over."""
    if " phai " not in head and " can " not in head:
        return False
    work = _VI_WORK_DONE.match(head)
    return work is not None and f" {work.group('noun')} " in folded[proposal.start : proposal.end]


#: A Vietnamese sentence with no subject that opens on finishing a work, two words of it after the verb (folded view):
#: "Kết thúc thanh tra trực tiếp trong tháng 6", "Hoàn tất kiểm tra trước ngày 15/5".
_VI_WORK_FINISHED = re.compile(
    r"\s*(?:ket\s+thuc|hoan\s+thanh|hoan\s+tat)\s+(?:viec\s+|cong\s+tac\s+|dot\s+)?"
    # (a work's noun, not a time or a preposition: "Hoàn thành trước ngày 30/9 việc quyết toán ...", "Hoàn thành trong
    # tháng 8 việc ...": a task of its own, its work named after its date)
    r"(?!(?:truoc|trong|tu|den|vao|sau|ngay|thang|nam|quy|tuan|dung|som|kip|xong|theo|tai|cho|chen|cham|nhanh|ngay|"
    r"dut|het|toan|tat|cac|nhung|mot|va|viec)\b)"
    r"(?P<noun>[a-z]{2,}\s+[a-z]{2,})\b"
)


#: A sentence with no subject that finishes, by a date, a work it names after the date (folded view): "Hoàn thành trước
#: ngày 31/10 việc thẩm định các đề án", "Hoàn tất trong tháng 11 công tác sắp xếp ...": a task of its own.
_VI_DATED_WORK_OF_ITS_OWN = re.compile(
    r"\s*(?:hoan\s+thanh|hoan\s+tat|ket\s+thuc)\s+(?:truoc|trong|cham\s+nhat)\b[^.;]{0,40}?\s(?:viec|cong\s+tac)\s"
    r"(?P<work>[a-z]+(?:\s+[a-z]+){1,5})?"
)
#: Words of a work's name that tell no work from another (folded): "các", "những", "toàn bộ", "nêu trên".
_VI_WORK_FILLERS = frozenset(("cac", "nhung", "toan", "bo", "moi", "so", "nay", "neu", "tren", "do", "cua", "tai"))


def _vi_dated_work_of_its_own(head: str, folded: str, proposal) -> bool:
    """Whether ``head`` finishes by a date a work of its own (``_VI_DATED_WORK_OF_ITS_OWN``), not the work of the
    order before named again: "Giao Sở X thẩm định các đề án ... Hoàn thành trước ngày 31/10 việc thẩm định các đề án
    nêu trên" is that order's deadline."""
    dated = _VI_DATED_WORK_OF_ITS_OWN.match(head)
    if dated is None:
        return False
    work = dated.group("work")
    if work is None:
        return True
    # the verb and its object, not the verb alone: "kiểm tra y tế học đường" is another work than "kiểm tra an toàn
    # thực phẩm", "việc thẩm định các đề án nêu trên" the same as "thẩm định các đề án"
    # (its words in a row, the fillers left out, as the order before says them: not a unit's name, "Sở Y tế")
    words = " ".join([word for word in work.split() if word not in _VI_WORK_FILLERS][:4])
    said = " ".join(
        w for w in re.findall(r"[a-z]+", folded[proposal.start : proposal.end]) if w not in _VI_WORK_FILLERS
    )
    return f" {words} " not in f" {said} "


#: A unit named after a comma, in capitals (working view): "Kết thúc kiểm tra an toàn thực phẩm, Sở Tài chính bố trí
#: kinh phí ...": the sentence's own subject, who acts once the work is over.
_VI_UNIT_AFTER_COMMA = re.compile(
    r",\s*(?:Sở|Ban|UBND|Ủy ban|Phòng|Công an|Bộ Chỉ huy|Trung tâm|Chi cục|Văn phòng|Thanh tra|Cục|Đài|Kho bạc|"
    r"Bệnh viện|Báo|Hội|Liên đoàn|Tỉnh đoàn|Mặt trận|Bảo hiểm)\s+[A-ZĐÀ-Ỹa-zđà-ỹ]"
)


def _vi_work_finished(folded: str, proposal, head: str) -> bool:
    """ "... triển khai thanh tra công tác quản lý chất lượng ... Kết thúc thanh tra trực tiếp trong tháng 6.": the
    work the order sets up, named again after a verb of finishing, told when it is over (not "Kiểm tra ..., hoàn
    thành trước ...", a task of its own)."""
    work = _VI_WORK_FINISHED.match(head) if head.startswith((" ", "k", "h")) else None
    return work is not None and f" {work.group('noun')} " in folded[proposal.start : proposal.end]


def _product_again(folded: str, proposal, head: str) -> bool:
    """Whether ``head`` opens on what the order before makes, named again by its noun with the definite
    article: "... ta fram en förstudie ... Förstudien ska ...", "... to prepare a study ... The study shall ..."."""
    subject = _DEFINITE_SUBJECT.match(head)
    if subject is None:
        return False
    if subject.group("en"):
        article, nouns = r"an?", [subject.group("en")]
    else:
        word = subject.group("sv")
        # "förstudien" is "en förstudie", "rapporten" "en rapport", "förslaget" "ett förslag"
        nouns = [word[:-1], word[:-2]] if word.endswith("en") else [word[:-2] if word.endswith("et") else word[:-1]]
        article = r"en|ett"
    # the indefinite noun in the order, an adjective or two before it or the first part of a compound
    return any(
        re.search(
            rf"\b(?:{article})\s+(?:[a-z-]+\s+){{0,2}}?[a-z-]*{re.escape(noun)}\b",
            folded[proposal.start : proposal.end],
        )
        for noun in nouns
    )


#: A Swedish report-back whose object is a noun in its definite form (folded view): "ska redovisa förslaget",
#: "ska därefter återrapportera handlingsplanen", "ska lämna rapporten".
_SV_HANDS_IN = re.compile(
    r"\b(?:ska|skall)\s+(?:[a-z]+\s+){0,2}?(?:ater|slut)?(?:redovisa|rapportera|presentera|lamna|overlamna)\s+"
    r"(?:sitt\s+|sin\s+|sina\s+)?"
    r"(?P<noun>[a-z]{3,}[nt]a?)\b"
)
#: ... or that comes back with it to the body (folded view): "återkomma till kommunstyrelsen med förstudien",
#: "ska återkomma med förslaget".
_SV_COMES_BACK_WITH = re.compile(
    r"\baterkomm(?:a|er)\s+(?:till\s+[^.;,]{2,60}?\s+)?med\s+(?:sitt\s+|sin\s+|sina\s+)?(?P<noun>[a-z]{3,}[nt]a?)\b"
)


def _hands_in_product_again(folded: str, proposal, start: int, end: int) -> bool:
    """Whether the sentence at ``start`` hands in what the order before makes, named again in the definite
    form: "... ta fram förslag till nya indikatorer. Nämnden ska redovisa förslaget ..."."""
    hit = _SV_HANDS_IN.search(folded, start, min(end, start + 60))
    if hit is None and folded.find("aterkomm", start, min(end, start + 80)) >= 0:
        # "att förvaltningen får i uppdrag att återkomma till kommunstyrelsen med förstudien senast ...": comes
        # back with it
        hit = _SV_COMES_BACK_WITH.search(folded, start, min(end, start + 140))
    if hit is None:
        return False
    word = hit.group("noun")
    stems = {word[: -len(ending)] for ending in ("erna", "arna", "en", "et", "na", "n", "t") if word.endswith(ending)}
    # "sammanställningen" after "sammanställa", "kartläggningen" after "kartlägga": the work of the order's verb
    stems |= {stem[:-4] for stem in stems if stem.endswith("ning")}
    order = folded[proposal.start : proposal.end]
    return any(len(stem) >= 4 and re.search(rf"\b[a-z-]*{re.escape(stem)}", order) for stem in stems)


_NAME_QUALIFIERS = words("i for vid pa inom")


def _names_partner(folded: str, lead, start: int, end: int, unit_named_at: dict) -> bool:
    """Whether the passage names ``lead`` as the one the work is done with (folded): "... ska stämmas av med X",
    "... i samråd med X"."""
    return any(
        start <= at < end and dept == lead and folded.endswith(" med ", max(start, at - 5), at)
        for at, dept in unit_named_at.items()
    )


def _lead_head_again(folded: str, lead, position: int, unit_named_at: dict) -> bool:
    """Whether the sentence at ``position`` opens on the head word of ``lead``'s name of several words, alone (no
    unit of the directory named there): "Länsstyrelsen ska ..." after "Länsstyrelsen i Jönköpings län får ..."."""
    if lead is None or not lead.name or unit_named_at.get(position) is not None:
        return False
    name = fold_loose(lead.name).split()
    # (a head qualified by a preposition: "Länsstyrelsen i ...", "Myndigheten för ...", "Kammarkollegiet vid ...";
    # or a county board by its county alone, as a directory enters it: "Länsstyrelsen Skåne")
    if (len(name) < 3 or name[1] not in _NAME_QUALIFIERS or len(name[0]) < 6) and not (
        len(name) >= 2 and name[0] == "lansstyrelsen"
    ):
        return False
    after = position + len(name[0])
    return folded.startswith(name[0], position) and folded[after : after + 1].isspace()


def _lead_kind_again(folded: str, lead, follower_lead, position: int) -> bool:
    """Whether the sentence at ``position`` opens on the bare kind of ``lead`` ("Förvaltningen", "Nämnden",
    "Myndigheten"), which the directory also gives as an alias of ``follower_lead``, another unit: "Hälso- och
    sjukvårdsdirektören ges i uppdrag att ... Förvaltningen återkommer till regionstyrelsen i november" is the
    same förvaltning again, not the one whose alias is "förvaltningen"."""
    if lead is None or follower_lead is None or not lead.name:
        return False
    kind = _BACK_REFERENCE_START.match(folded, position)
    if kind is None:
        return False
    word = folded[position : kind.end()].strip()
    if " " in word or not any(fold_loose(alias).strip() == word for alias in follower_lead.aliases):
        return False  # (the follower's own unit, named by more than its kind)
    stem = word[:-2] if word.endswith(("en", "et")) else word
    return stem in fold_loose(lead.name) or any(stem in fold_loose(alias) for alias in lead.aliases)


def _set_up_unit_again(folded: str, proposal, start: int) -> bool:
    """Whether the sentence at ``start`` names again, by its kind, the body the order before it sets up."""
    again = _SET_UP_BODY_AGAIN.match(folded, start)
    return bool(again) and re.search(rf"\b{again.group(1)}\b", folded[proposal.start : proposal.end]) is not None


def _in_capitals(text: str) -> bool:
    """A heading in capitals, three letters or more ("III. TỔ CHỨC THỰC HIỆN", "BESLUT"), no sentence."""
    return text.isupper() and sum(c.isalpha() for c in text) >= 3 and not any(c in ".;" for c in text.rstrip(".;"))


#: A list item opened by its number: "4. Un rapport ...", "2) ...".
_NEW_THING = re.compile(r"\s*(?:un|une|a|an|en|ett)\s")
#: A resolution's numbered clause that opens on an order in the present, the body's own (folded view): "Requests the
#: CEO to ...", "Directs", "Instructs", "Calls on".
_EN_CLAUSE_ORDERS = re.compile(r"\s*(?:requests|directs|instructs|asks|tasks|charges|calls\s+(?:up)?on)\s")
#: ... whose order only reports back what the clause before makes (folded view): "Requests the CEO to report the
#: quotes to Council by ...", "Directs the CEO to report back to Council", "... to report thereon": the object's noun.
_EN_CLAUSE_REPORTS = re.compile(
    r"[^.;:]{0,80}?\bto\s+(?:report|present|table|submit|provide|bring)\s+(?:(?:back|them|it|thereon)\b(?P<back>)|"
    r"(?:on\s+|to\s+council\s+on\s+)?(?:the|these|those|such|its|their)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]{4,}))"
)
#: The matter a report back is on (folded): "on options for ...", "on the staffing needs of ..." (not "on or before",
#: "on June 30", "on Monday": its date).
_EN_REPORT_MATTER = re.compile(
    r"\bon\s+(?!or\b|time\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)(?:(?:the|these|those|such|its|their|any)\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]{4,})\b(?!\s*\d)"
)
#: A matter that points back to the work ordered before: "report back on progress", "on the outcome".
_BACK_POINTING_MATTERS = frozenset(
    ("progress", "outcome", "outcomes", "result", "results", "findings", "status", "same", "matter", "this", "that")
)


def _reports_clause_before(folded: str, proposal, start: int, end: int) -> bool:
    """Whether the numbered clause at ``start`` only asks for a report on what the order before makes: "1. Directs
    the CEO to obtain quotes for X. 2. Requests the CEO to report the quotes to Council by ..." (not "3. Directs the
    CEO to report on the cost of Y", a matter of its own)."""
    clause = _EN_CLAUSE_ORDERS.match(folded, start, end)
    report = _EN_CLAUSE_REPORTS.match(folded, clause.end(), end) if clause else None
    if report is None:
        return False
    if report.group("back") is not None:
        # "report back to the Board by May 31 on options for extending library hours": a matter of its own (not "report
        # back on progress", "report back", what the clause before makes)
        matter = _EN_REPORT_MATTER.search(folded, report.end(), end)
        if matter is None or matter.group("noun") in _BACK_POINTING_MATTERS:
            return True
        noun = matter.group("noun")
    else:
        noun = report.group("noun")
    stem = noun[:-1] if noun.endswith("s") else noun
    return re.search(rf"\b{re.escape(stem)}", folded[proposal.start : proposal.end]) is not None


_NUMBERED_ITEM = re.compile(r"(?:^|\n)[ \t]*\(?\d{1,2}[.)][ \t]*$")
#: A deadline sentence that names whom its task falls to, a group of its own (folded): "Deadline of submission of
#: project proposals by all offices is on ...", "The deadline for replies from all schools is ...", "The due date
#: for returns by each municipality ...".
_GROUP_DEADLINE = re.compile(
    r"\s*(?:the\s+)?(?:deadline|due\s+date|cut-?off\s+date|time\s*limit)\s+(?:of|for)\s+[^.;:]{0,80}?"
    r"\b(?:by|from)\s+(?:all|each|every)\s+(?:the\s+)?[a-z]"
)
#: A document's route noted, its subject a report or a plan, no unit tasked (folded): "The team noted that the
#: Climate Action Plan annual progress report must go to the SPC", "The Board noted that the audit plan has to be
#: laid before the Council".
_EN_DOCUMENT_MUST_GO = re.compile(
    r"[^.;:]{0,40}?\b(?:noted|reminded\s+members|pointed\s+out|observed)\s+that\s+(?:the\s+)?[^.;:]{0,80}?"
    r"\b(?:report|plan|statement|strategy|policy|accounts|variation|estimates|budget)\s+(?:must|should|shall|has\s+to|"
    r"needs\s+to|is\s+to)\s+(?:go|be\s+(?:submitted|sent|laid|brought|presented|referred|forwarded))\s+(?:to|before)\b"
)
#: The request before, taken up by the unit that carries it out, as the object of its verb (folded): "to schedule
#: the item", "to handle the matter", "to take up this request" (not "THAT the request ... be referred to X").
_TAKES_UP_BEFORE = re.compile(
    r"\bto\s+(?!be\b)[a-z]+\s+(?:(?:up|on|forward)\s+)?(?:the|this|that|such)\s+(?:item|matter|request|proposal|suggestion)\b"
)
#: An order given in the passive, with no one named to carry it out (folded): "ordered that a list of X be prepared",
#: "directed that the drains should be cleared".
_EN_ORDERED_DONE = re.compile(
    r"\b(?:ordered|directed|instructed|decided|required|desired)\s+that\s+[^;.]{3,200}?\s"
    r"(?:be|should\s+be|shall\s+be|must\s+be|is\s+to\s+be)\s+[a-z]+(?:ed|en|t)\b"
)
#: ... taken up by the units that do it, by the task's name (folded): "will complete this task", "shall carry out
#: the work", "to undertake this exercise".
_EN_TAKES_UP_TASK = re.compile(
    r"\b(?:will|shall|should|must|would|are\s+to|is\s+to|to)\s+(?:(?:jointly|also|together)\s+)?(?:complete|"
    r"carry\s+out|undertake|do|perform|execute|accomplish|handle|take\s+up)\s+(?:this|that|the\s+same|the|such)\s+"
    r"(?:task|work|exercise|job|assignment|activity)\b"
)
_MERGE_LOOKAHEAD = 2  # sentences that may lie between a directive and its deadline sentence
#: A protocol's paragraph opening on its number: "§ 49 Redovisning av pågående uppdrag", "§ 12 Dnr KS 2026/40".
_PROTOCOL_PARAGRAPH = re.compile(r"§\s?\d{1,3}\b")
#: A translated notice's deadline label, its value after the colon: "Time to complete: before 15/5/2025",
#: "Completion time: in May 2025", "Implementation period: within 30 days".
_LABELLED_DEADLINE = re.compile(
    r"\s*(?:the\s+)?(?:time\s+(?:to|for)\s+(?:complete|completion|implement|implementation)|"
    r"(?:completion|implementation)\s+(?:date|time|deadline|period|timeline))\s*"
)
#: What joins a motion's clauses inside one sentence: "..., and that ...", "... and further that ...".
_MOTION_CLAUSE_JOINT = re.compile(r"(?:,\s*|\s)(?:and|or)\s+(?:further\s*,?\s*)?$")
#: A motion's next clause on what the product of the order before must hold: "AND THAT the report include a
#: proposed fee schedule", "and that such plan also address ...": the order's elaboration, in its quote.
#: The body asking more of the work it just ordered, in a sentence of its own (folded): "Council further requested
#: that the ranking give weight to ...", "The Board also asked that the report include ...".
_EN_FURTHER_ASKED_OF_IT = re.compile(
    r"\s*(?:the\s+)?(?:(?:city|county|town)\s+)?(?:council|board|commission|committee)\s+(?:also|further)\s+"
    r"(?:requested|asked|directed|specified|stipulated)\s+that\s+(?:the|this|such|said|that)\s+[a-z-]+\s"
)
_PRODUCT_CLAUSE = re.compile(
    r"(?:(?:and|further)\s+)?that\s+(?:the|this|such|said|that)\s+(?:[a-z-]+\s+)?(?:report|plan|study|review|policy|"
    r"list|strategy|proposal|options?|by-?law|assessment|analysis)\s+(?:also\s+)?(?:include|contain|address|consider|"
    r"set\s+out|outline|identify|examine|assess|cover|provide|propose|recommend)\b|"
    # "Nội dung báo cáo cần nêu rõ số vụ ...", "Kế hoạch phải thể hiện rõ ...": what the product of the order before
    # must hold (a requirement on a document, in the order's quote)
    r"(?:noi\s+dung\s+)?(?:bao\s+cao|ke\s+hoach|phuong\s+an|de\s+an|to\s+trinh)(?:\s+[a-z]+){0,3}?\s+(?:can|phai)\s+"
    r"(?:neu|the\s+hien|lam|danh\s+gia|bao\s+gom|co\s+day\s+du)\b"
)
#: A clause that approves or notes, before an order of the same sentence: "Thống nhất chủ trương hỗ trợ ...",
#: "Đồng ý chủ trương ...", "Chấp thuận phương án ...", "(att) godkänna uppföljningen ...", "notera informationen",
#: "bifalla motionen".
_APPROVAL_CLAUSE = re.compile(
    # (who approves before it: "Chủ tịch UBND tỉnh thống nhất về chủ trương; thị xã chủ động bố trí vốn ...")
    r"\s*(?:(?:(?:pho\s+)?chu\s+tich\s+(?:ubnd\s+|uy\s+ban\s+nhan\s+dan\s+)?(?:tinh|thanh\s+pho|huyen)\s+)?"
    r"(?:thong\s+nhat|dong\s+y|chap\s+thuan|nhat\s+tri)\s+(?:ve\s+|voi\s+)?"
    r"(?:chu\s+truong|phuong\s+an|de\s+xuat|noi\s+dung|viec)\b"
    # ("godkänna en investering om 42 mnkr": an indefinite thing approved too)
    # ("att i övrigt fastställa delegationsordningen", "att anta förvaltningens tjänsteskrivelse": what else is
    # approved, and a thing named by its owner's genitive)
    r"|(?:att\s+)?(?:i\s+ovrigt\s+)?(?:godkanna|notera|bifalla|anta|faststalla)\s+"
    # ("anta reviderade riktlinjer", "fastställa uppdaterade taxor": the thing by its participle)
    r"(?:den|det|de|en|ett|\w+(?:en|et|na|ens|ets|nas|ade))\b"
    # ("att godkänna ekonomisk uppföljning per april", "anta reviderad taxa": a bare noun after its adjective)
    r"|(?:att\s+)?(?:godkanna|anta|faststalla)\s+\w+(?:isk|iskt|iska|ad|at|ig|igt|iga|ell|ellt|ella)\s+\w+"
    # "att föreslå kommunfullmäktige att anta ...": a proposal to the council, which decides it, no task
    r"|(?:att\s+)?foresla\s+\w*(?:fullmaktige|styrelsen)\s+att\b"
    # "lägga redovisningen till handlingarna,": the thing filed before the words that file it
    r"|(?:att\s+)?lagga\s+\w+\s+till\s+handlingarna\b"
    # "att delegera till enhetschef att besluta om bistånd ...": a power to decide handed down, no task
    r"|(?:att\s+)?(?:vidare)?delegera\s+(?:till|at)\s)"
)


def _sentences(units: list[Unit], work: str, folded: str = "", named=frozenset()) -> list[int]:
    """A sentence number per unit: parts after ``;`` and lower-case bullet items go on the sentence,
    and so do the names listed after "phối hợp", "coordinate with" ("...; phối hợp Sở A; Công ty B; ...")."""
    numbers, number = [], -1
    listing = False
    item_number = None  # the sentence the last bullet item was in
    resolved = False  # under "The Committee agreed:", "RESOLVED that:": each clause its own
    measures = False  # under "je vous demande de prendre les dispositions suivantes :": each measure its own
    for index, unit in enumerate(units):
        if unit.boundary == "para" and not unit.is_item:
            item_number = None
            resolved = measures = False
        if folded and unit.ends_colon and "suiv" in folded[max(unit.start, unit.end - 40) : unit.end]:
            measures = measures or _FR_MEASURES_LIST.search(folded, unit.start, unit.end) is not None
        if folded and (
            (unit.ends_colon and _RESOLVED_LIST.fullmatch(folded, unit.start, unit.end))
            or (
                folded.startswith(("motion", "amendment"), unit.start)
                and _MOVED_FRAME.fullmatch(folded, unit.start, unit.end)
            )
        ):
            resolved = True
        if unit.boundary == "semicolon" and index and folded:
            previous = units[index - 1]
            tail = folded[max(previous.start, previous.end - 80) : previous.end]
            starts_named = unit.start in named or bool(_UNIT_HEAD.match(work, unit.start))
            short = len(_WORD.findall(folded, previous.start, previous.end)) <= 8
            if starts_named and (COORDINATION.search(tail) or (listing and short)):
                listing = True
                numbers.append(number)
                continue
            if starts_named and _TOLD_BEFORE.search(folded, previous.start, previous.end):
                # "X had assigned the Department of Health to ...; the Department is now required to ...": an
                # order told, then the unit's order of the day, a sentence of its own
                number += 1
                numbers.append(number)
                continue
        listing = False
        # A capital after ";" starts an item of a list run together on one line ("...; Review ...; Submit").
        lower = work[unit.start : unit.start + 1].islower() and not _NEW_MOTION.match(work, unit.start)
        # "...; Thereby, sending the figures ...": a connector goes on with the sentence, capital or not
        lower = lower or (unit.boundary == "semicolon" and bool(_CONNECTOR_START.match(work, unit.start)))
        # "... asked that X draft a letter ...; Board consensus; letter to be sent by March 13": the body's assent
        # to the request before goes on with its sentence
        lower = lower or (
            unit.boundary == "semicolon"
            and bool(folded)
            and bool(_EN_BARE_ASSENT.fullmatch(folded, unit.start, unit.end))
        )
        continues = number >= 0 and lower and (unit.boundary in ("semicolon", "line") or unit.is_item)
        if continues and unit.boundary == "semicolon" and folded and _EN_GROUP_MODAL_START.match(folded, unit.start):
            continues = False  # "...; the Executive Engineers of all zones shall upload ...": another subject's order
        if continues and unit.is_item and folded and _SUBJUNCTIVE_ITEM.match(folded, unit.start, unit.end):
            continues = False  # "RESOLVED that\n(1) the report be noted;\n(2) officers be instructed to ...": each
        if continues and unit.is_item and measures:
            continues = False  # "... les mesures suivantes :\n1) recenser ... ;\n2) transmettre ...": each measure
        if continues and unit.is_item and resolved and _CLAUSE_ITEM.match(folded, unit.start, unit.end):
            continues = False  # "The Committee agreed:\n(i) to approve ...;\n(ii) to instruct X to ...": each
        if continues and unit.is_item and resolved and index and not units[index - 1].ends_colon:
            # "RESOLVED that:\n(a) the plan be adopted;\n(b) the Director of X arrange ...": each lettered clause
            # of the resolution its own, its verb in the subjunctive after a subject of its own
            continues = False
        if continues and unit.is_item and item_number is not None and item_number != number:
            # "beslutar att\n- ge X i uppdrag att ... Förstudien redovisas ... 2026,\n- Y snarast ska ...": a sentence
            # began inside the item before; the next item is the next clause of the list, not more of that sentence
            continues = False
        if not continues:
            number += 1
        numbers.append(number)
        if unit.is_item:
            item_number = number
    return numbers


def _topic_heading(work: str, unit: Unit) -> bool:
    """Whether ``unit`` is a matter's heading: a short line of its own under a blank line, no stop after it, its text
    on the next line ("Péréquation intercommunale\nLors de sa séance ...")."""
    return (
        unit.whole_line
        and unit.boundary == "para"
        and unit.closer == "line"
        and unit.end - unit.start <= 80
        and work[unit.end : unit.end + 1] not in (".", "!", "?", ";", ":")
        and len(work[unit.start : unit.end].split()) <= 8
    )


def _blank_line_above(work: str, start: int) -> bool:
    """Whether the line ``start`` is on has a blank line right above it."""
    line_start = work.rfind("\n", 0, start)
    return line_start > 0 and not work[work.rfind("\n", 0, line_start) + 1 : line_start].strip()


def _numbered_heading(work: str, unit: Unit) -> bool:
    """Whether ``unit`` is a numbered heading: a list item alone on its line between blank lines, with no stop."""
    if not (unit.is_item and unit.whole_line and unit.closer == "para") or work[unit.end : unit.end + 1] in ".!?;:":
        return False
    line_start = work.rfind("\n", 0, unit.start)
    return line_start > 0 and not work[work.rfind("\n", 0, line_start) + 1 : line_start].strip()


#: An interim report (folded): "i ett delbetänkande", "en delredovisning", "en delrapport".
#: ... and in French: "Un rapport d'étape sera présenté au plus tard le 15 avril", "un bilan intermédiaire", "un point
#: d'étape" (after an order with a date of its own, that date is the final one: the order's).
#: The report of the assignment itself (folded): "lämna en redovisning av uppdraget", "redovisa uppdraget",
#: "Uppdraget ska redovisas".
_SV_ASSIGNMENT_REPORTED = re.compile(
    r"\b(?:(?:en\s+)?(?:skriftlig\s+)?redovisning\s+av\s+uppdraget|redovisa\s+uppdraget|"
    r"uppdraget\s+(?:ska|skall)\s+(?:[a-z]+\s+){0,3}?redovisas)\b"
)
#: The link to the sentence before and nothing else, before a Vietnamese sentence's verb: "Đồng thời, ".
_VI_SAME_TIME_LINK = re.compile(r"\s*(?:đồng thời|Đồng thời|ĐỒNG THỜI)\s*,\s*")
#: A Vietnamese sentence that opens on "for now" (folded): "Trước mắt, Sở tập trung ...".
_VI_FOR_NOW = re.compile(r"\s*truoc\s+mat\s*,")
_SV_INTERIM_REPORT = re.compile(
    r"\b(?:delbetankande|delredovis|delrapport)\w*|"
    r"\b(?:rapport|point|bilan|compte\s+rendu)\s+(?:d'etape|intermediaire|d'avancement)\b"
)
#: A sentence that only puts the order's question in an inquiry's report named before (folded): "Även denna fråga
#: ska behandlas i delbetänkandet", "Frågorna ska redovisas i slutbetänkandet", "Detta ska också tas upp i
#: betänkandet".
_SV_IN_REPORT = re.compile(
    r"\s*(?:(?:aven|ocksa)\s+)?(?:(?:denna|den\s+har|dessa|de\s+har)\s+(?:fraga|fragor|del|delar|uppgift|uppgifter)"
    r"(?:\s+av\s+uppdraget)?|fragan|fragorna|detta|uppdraget\s+i\s+denna\s+del)\s+(?:ska|skall)\s+"
    r"(?:(?:aven|ocksa)\s+)?(?:behandlas|redovisas|tas\s+upp|inga)\s+i\s+(?:del|slut)?betankandet\b"
)


def _final_report_after(
    units, numbers, folded: str, last: int, has_deadline, after_interim: bool = False
) -> tuple[int, int] | None:
    """The sentence right after an interim report's deadline that sets the final one: (last unit, end).

    After an interim report (``after_interim``) the report of the assignment itself is the final one too: "X ska
    lämna en delredovisning ... senast den 15 oktober 2026. X ska senast den 30 januari 2027 lämna en redovisning
    av uppdraget till Regeringskansliet"."""
    j = last + 1
    if j >= len(units) or units[j].boundary == "para" or units[j].ends_colon or _numbered_heading(folded, units[j]):
        return None
    stop = j
    while stop + 1 < len(units) and numbers[stop + 1] == numbers[j]:
        stop += 1
    start, end = units[j].start, units[stop].end
    if (
        _INTERIM_REPORT_HOLDS.match(folded, start, end)
        and not has_deadline(start, end)
        and stop + 1 < len(units)
        and units[stop + 1].boundary != "para"
        and not units[stop + 1].ends_colon
    ):
        # "... ska delredovisas senast den 30 september. Delredovisningen ska innehålla en lägesbeskrivning.
        # Uppdraget ska slutredovisas senast ...": what the interim report holds, then the final report
        j = stop = stop + 1
        while stop + 1 < len(units) and numbers[stop + 1] == numbers[j]:
            stop += 1
        start, end = units[j].start, units[stop].end
    if _FINAL_REPORT.search(folded, start, min(end, start + 80)) and has_deadline(start, end):
        return stop, end
    if (
        after_interim
        and "uppdraget" in folded[start:end]
        and _SV_ASSIGNMENT_REPORTED.search(folded, start, end)
        and not _SV_INTERIM_REPORT.search(folded, start, end)
        and has_deadline(start, end)
    ):
        return stop, end
    return None


def shape(
    proposals: list[Proposal],
    units: list[Unit],
    prep: Prepared,
    has_deadline,
    lead_ins: dict | None = None,
    named: frozenset = frozenset(),
    coordination_of=None,
    unit_named_at: dict | None = None,
) -> list[Proposal]:
    """One directive per sentence and lead; a deadline sentence joins the directive before it.

    - proposals in one sentence (parts between ``;``, lower-case bullet items) merge unless the later
      one names a lead of its own that differs: a list of actions for one lead is one directive, a
      sentence with two leads is two;
    - a directive covers its whole sentence (the parts that were not proposed on their own);
    - a following sentence that names no other unit and only sets the deadline or the report-back
      (its subject is the assignment, the report, the results, the same unit, or none) joins it,
      with what lies between; ``has_deadline(start, end)`` tells whether a passage sets one;
    - so does a following sentence that only names the units it works with (``coordination_of(start,
      end)`` gives them; they coordinate).
    """
    if not proposals:
        return proposals
    lead_ins = lead_ins or {}
    unit_named_at = unit_named_at or {}
    work = prep.work
    numbers = _sentences(units, work, prep.folded, named)
    merged: list[Proposal] = []
    for proposal in proposals:
        previous = merged[-1] if merged else None
        listed = proposal.first > 0 and units[proposal.first].boundary == "semicolon"
        listed = listed and numbers[proposal.first] == numbers[proposal.first - 1]
        listed = listed and units[proposal.first].start < len(work) and work[units[proposal.first].start].isupper()
        # ("...; Council concurred.": the body's assent, no unit listed)
        listed = listed and not _EN_BARE_ASSENT.fullmatch(prep.folded, proposal.start, proposal.end)
        # "That the application BE REFERRED back to Planning, and that the Director of Planning hold ...": a
        # motion's next clause for the same unit goes on with its order (one sentence, one lead)
        same_unit_clause = (
            previous is not None
            and proposal.first == previous.last + 1
            and proposal.lead is not None
            and proposal.lead == previous.lead
            and prep.folded.startswith("that ", units[proposal.first].start)
            and _MOTION_CLAUSE_JOINT.search(
                prep.folded, max(0, units[proposal.first].start - 12), units[proposal.first].start
            )
        )
        # "...; AND THAT the report include a proposed fee schedule": what the order's product holds, no new order
        product_clause = (
            previous is not None
            # ("...; chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu tiếp tục chậm trễ. Báo cáo cần nêu rõ ...": the
            # order's sentence may close on a clause of its own that is no order)
            and previous.last < proposal.first <= previous.last + 3
            and all(numbers[k] == numbers[previous.last] for k in range(previous.last + 1, proposal.first))
            and not (proposal.own_lead and proposal.lead not in (None, previous.lead))
            and _PRODUCT_CLAUSE.match(prep.folded, units[proposal.first].start)
        )
        # "Chair X requested that the costs be placed on a future agenda; by consensus, the Board directed the CAO to
        # schedule the item": the unit named after the semicolon carries out the request before it, that named none
        carried_out = (
            previous is not None
            and previous.lead is None
            and proposal.lead is not None
            and proposal.first == previous.last + 1
            and units[proposal.first].boundary == "semicolon"
            and _TAKES_UP_BEFORE.search(prep.folded, units[proposal.first].start, units[proposal.last].end)
        )
        # "The governor ordered that a list of returnee families be prepared; the Department of X and Y will complete
        # this task before ...": the units named after the semicolon carry out the passive order before it, whoever
        # gave it; they lead it
        taken_over = (
            previous is not None
            and proposal.lead is not None
            and proposal.own_lead
            and proposal.first == previous.last + 1
            and units[proposal.first].boundary == "semicolon"
            and _EN_ORDERED_DONE.search(prep.folded, previous.start, previous.end) is not None
            and _EN_TAKES_UP_TASK.search(prep.folded, units[proposal.first].start, units[proposal.last].end) is not None
        )
        carried_out = carried_out or taken_over
        # "Council asked X to rank the projects ... Council further requested that the ranking give weight to ADA
        # access.": the next sentence adds to the same work, what its product is to do (no unit of its own)
        carried_out = carried_out or (
            previous is not None
            and previous.lead is not None
            and (proposal.lead is None or (proposal.lead == previous.lead and not proposal.own_lead))
            and proposal.first == previous.last + 1
            and _EN_FURTHER_ASKED_OF_IT.match(prep.folded, units[proposal.first].start, units[proposal.last].end)
            is not None
        )
        # "Nämnden beslutar\n1. att uppdra åt X att ...,\n2. att uppdra åt X att ...": each clause of a decision that
        # gives an order (or names its unit) on a line of its own is a decision of its own, the same unit or not
        clause = (
            _SV_CLAUSE_MARK.match(prep.folded, units[proposal.first].start)
            if previous is not None and units[proposal.first].boundary in ("item", "line", "para")
            else None
        )
        own_clause = clause is not None and (
            proposal.own_lead
            or _SV_CLAUSE_ORDERS.match(prep.folded, clause.end()) is not None
            # "4. att nämnder och bolag ska rapportera ...": a duty of the bodies at large, a decision of its own
            or _SV_GROUP_DUTY.match(prep.folded, clause.end()) is not None
        )
        if (
            previous is not None
            and not own_clause
            and not (proposal.own_row and previous.own_row)
            and (
                same_unit_clause
                or product_clause
                or carried_out
                or (
                    numbers[proposal.first] == numbers[previous.last]
                    and (
                        listed or not (proposal.own_lead and (proposal.lead is None or proposal.lead != previous.lead))
                    )
                )
            )
        ):
            if listed and proposal.lead is not None and proposal.lead not in (previous.lead, *previous.coordinating):
                previous.coordinating.append(proposal.lead)
            if taken_over:
                previous.lead, previous.coordinating, previous.own_lead = proposal.lead, [], True
            previous.end, previous.last = proposal.end, proposal.last
            for dept in proposal.coordinating:
                if dept != previous.lead and dept not in previous.coordinating:
                    previous.coordinating.append(dept)
            if previous.lead is None and proposal.lead is not None:
                previous.lead = proposal.lead
            continue
        merged.append(proposal)
    owner = {}
    for k, proposal in enumerate(merged):
        for i in range(proposal.first, proposal.last + 1):
            owner[i] = k
    for k, proposal in enumerate(merged):
        i = proposal.first
        while (
            not proposal.split_start
            and i > 0
            and numbers[i - 1] == numbers[proposal.first]
            and (i - 1) not in owner
            # "Thống nhất chủ trương ...; giao Sở X ...", "1. godkänna uppföljningen,\n2. uppdra åt X": the
            # approval before the order is a decision of its own, outside the order's quote
            and not _APPROVAL_CLAUSE.match(prep.folded, units[i - 1].start)
        ):
            i -= 1
            owner[i] = k
            if units[i].ends_colon:  # "X ska kartlägga:" and its lower-case items are one sentence
                lead_in = lead_ins.get(i)
                if lead_in is not None and (proposal.lead is None or not proposal.own_lead):
                    proposal.lead = lead_in
                break
        if not proposal.split_start:
            proposal.first, proposal.start = i, units[i].start
        j = proposal.last
        while (
            not proposal.split_end
            and j + 1 < len(units)
            and numbers[j + 1] == numbers[proposal.last]
            and (j + 1) not in owner
        ):
            j += 1
            owner[j] = k
        if not proposal.split_end:
            proposal.last, proposal.end = j, units[j].end
    result: list[Proposal] = []
    skip_until = -1
    for k, proposal in enumerate(merged):
        if k <= skip_until:
            continue
        result.append(proposal)
        if proposal.split_end:
            continue  # the order of another unit follows in the same sentence
        j, seen = proposal.last + 1, 0
        # a paragraph of its own passed over that gives no order ("Kommittén bör hålla sig informerad om ...")
        passed_paragraph = False
        while j < len(units) and seen <= _MERGE_LOOKAHEAD:
            label_start = deadline_label = None
            if (
                units[j].ends_colon
                and j + 1 < len(units)
                and not seen
                and _LABELLED_DEADLINE.fullmatch(prep.folded, units[j].start, units[j].end)
            ):
                # "... with good disbursement progress. Time to complete: before 15/5/2025.": the order's
                # deadline under a label of its own sentence, the label and its value one sentence
                deadline_label, j = units[j].start, j + 1
            if (
                units[j].ends_colon
                and j + 1 < len(units)
                and not seen
                and _ARTICLE_LABEL.fullmatch(prep.folded, units[j].start, units[j].end)
            ):
                # "Article 1er : charge le service X ... Article 2 : Un rapport ... sera présenté au Collège à la
                # fin de septembre": the next article's report-back, read past its label
                label_start, j = units[j].start, j + 1
            sentence = numbers[j]
            last = j
            while last + 1 < len(units) and numbers[last + 1] == sentence:
                last += 1
            other = owner.get(j)
            start, end = units[j].start if deadline_label is None else deadline_label, units[last].end
            head = prep.folded[start : min(end, start + 80)]
            # "Article 1er : X charge le service Y de ... Article 2 : Le service Y remettra au Collège un estimatif
            # ... dans les dix jours": the same unit, by its name, reports back on the order under the next article
            same_unit_reports = (
                label_start is not None
                and other is not None
                and proposal.lead is not None
                and merged[other].lead == proposal.lead
                and unit_named_at.get(_FR_ARTICLE_OPEN.match(prep.folded, start).end()) == proposal.lead
                and _REPORT_BACK.search(prep.folded, start, min(end, start + 60))
            )
            if label_start is not None and not (
                (_DEADLINE_SUBJECT.match(head) or same_unit_reports) and has_deadline(start, end)
            ):
                break
            if _SV_CLAUSE_MARK.match(head):  # a decision's next clause: "att förstudien ska återredovisas ..."
                head = head[_SV_CLAUSE_MARK.match(head).end() :]
            elif (
                (clause := _EN_CLAUSE_MARK.match(head))
                and _DEADLINE_SUBJECT.match(head, clause.end())
                and has_deadline(start, end)
                # (not "and further, That the report of the Treasurer dated ... BE RECEIVED": noted, no due date)
                and not _RECEIVED.search(prep.folded, start, end)
            ):
                head = head[clause.end() :]  # "and THAT such report be brought forward no later than ..."
            if (
                (units[j].boundary == "para" and seen and not _DEADLINE_SUBJECT.match(head))
                # "Kommittén ska även ge X möjlighet att lämna synpunkter.\n\nKommittén bör hålla sig informerad om
                # ...\n\nUppdraget ska slutredovisas senast ...": past a whole paragraph that orders nothing, the
                # assignment's date is the whole assignment's, not that of a duty to consult (which hands in
                # nothing of its own)
                or (
                    units[j].boundary == "para"
                    and passed_paragraph
                    and _SV_WHOLE_ASSIGNMENT_DUE.match(head)
                    and _SV_CONSULTING_ONLY.match(prep.folded, proposal.start, proposal.end) is not None
                )
                # "StS 16.3.2026 § 61 | Utarbeta en plan ... | X | Q4/2026 | pågår\nStS 13.4.2026 § 97 | Ta fram ...
                # tillsammans med Y | X | ...": the table's next row, a row of its own (not the helpers of the one
                # before)
                or (
                    units[j].boundary == "line"
                    and prep.work.count("|", units[j].start, units[j].end) >= 2
                    and prep.work.count("|", proposal.start, proposal.end) >= 2
                )
                or units[j].ends_colon
                # "III. TỔ CHỨC THỰC HIỆN": a section's heading in capitals ends what came before it
                or (units[j].whole_line and _in_capitals(prep.work[units[j].start : units[j].end]))
                # "5. Uppdrag som ska slutredovisas under 2026": a numbered section's heading, a line of its own
                # between blank lines with no stop, ends it too
                or _numbered_heading(prep.work, units[j])
                # "... pour la séance du 11 mai.\n\nPéréquation intercommunale\nLors de sa séance ...": a matter's
                # heading, a short line of its own under a blank line with its text right below, opens the next
                # matter (not "Redovisning av uppdraget", a heading that names the report under it)
                or (
                    _topic_heading(prep.work, units[j])
                    and not _DEADLINE_SUBJECT.match(head)
                    and not _REPORT_BACK.search(prep.folded, start, end)
                )
                # "- Lồng ghép ... năm học mới.\n3. Sở Tài chính\nCăn cứ ...; thời gian hoàn thành chậm nhất ...": a
                # line that only names the unit of the tasks under it (no colon) opens that unit's part
                or (units[j].whole_line and j in lead_ins)
                # "4.2. Kiên quyết xử lý ...\n\n5. Chủ tịch UBND các xã, phường\nChịu trách nhiệm ..., báo cáo kết quả
                # ...": a numbered line that only names a group of units opens their part (no lead of the directory)
                or (
                    units[j].is_item
                    and units[j].whole_line
                    and _VI_GROUP_LABEL.fullmatch(prep.lower, units[j].start, units[j].end) is not None
                )
                # "§ 49 Redovisning av pågående uppdrag  Dnr KS 2026/15 ... Uppdraget är därmed slutfört.": a
                # protocol's next paragraph (its heading run on with the first line) is a new matter
                or _PROTOCOL_PARAGRAPH.match(prep.work, units[j].start)
                # "Hoàn thành trước ngày 31/10 việc thẩm định các đề án ...": a work of its own named after its date,
                # proposed on its own, no report on the order before
                or (other is not None and _vi_dated_work_of_its_own(head, prep.folded, proposal))
                # "3. Vous veillerez à ... 4. Un rapport de situation devra parvenir ...": the next number of the
                # list the order is an item of, about a new thing, is an item of its own (not "2. Översynen ska
                # redovisas ...", the work of the item before)
                or (
                    units[j].is_item
                    and _NEW_THING.match(head)
                    and units[proposal.first].is_item
                    and _NUMBERED_ITEM.search(prep.work, max(0, units[j].start - 8), units[j].start)
                    and _NUMBERED_ITEM.search(
                        prep.work, max(0, units[proposal.first].start - 8), units[proposal.first].start
                    )
                )
                # "That Council: ... 2. Requests the CEO to write to X ...; 3. Directs the CEO to report on Y ...": a
                # resolution's next numbered clause that gives an order of its own, to the same unit or not
                or (
                    other is not None
                    and units[j].is_item
                    and units[proposal.first].is_item
                    and _EN_CLAUSE_ORDERS.match(head)
                    and _NUMBERED_ITEM.search(prep.work, max(0, units[j].start - 8), units[j].start)
                    # (not "2. Requests the CEO to report the quotes to Council by ...", the same officer reporting
                    # what the clause before makes: its deadline)
                    and not (
                        merged[other].lead == proposal.lead
                        and _reports_clause_before(prep.folded, proposal, start, end)
                    )
                )
                # "Statskontoret ska bistå utredningen ... Utredningstiden förlängs. Uppdraget ska ...": the
                # inquiry's time is the inquiry's, not that of the authority that helps it
                or (head.startswith("utredningstiden") and proposal.lead is not None and not _is_inquiry(proposal.lead))
                # "... | 2026-03-31 | Pågår\nUppdraget att utreda X (RS 2025-04-08 § 71) redovisades av Y i oktober
                # och har därmed avslutats.": another assignment told as done, no report-back on the order before
                or (head.startswith("uppdrag") and _SV_ASSIGNMENT_TOLD_DONE.match(prep.folded, start, end) is not None)
                # "Utredaren ska även ge berörda kommuner tillfälle att lämna synpunkter. ... Utredningstiden förlängs.
                # Uppdraget ska i stället redovisas ...": the whole assignment's new time, not the deadline of a duty to
                # consult, which hands in nothing of its own
                or (
                    head.startswith("utredningstiden")
                    and _SV_CONSULTING_ONLY.match(prep.folded, proposal.start, proposal.end) is not None
                )
                # "Utredaren ska samråda med X och Y. Utredaren ska lämna en delredovisning ... senast ...": the
                # inquirer's own report on the assignment, a sentence of its own after a duty to consult (not
                # "Uppdraget ska redovisas senast ...", the assignment's date, which joins the sentence before)
                or (
                    other is not None
                    and _INQUIRER_START.match(head)
                    and _SV_CONSULTING_ONLY.match(prep.folded, proposal.start, proposal.end) is not None
                )
                # "Sở X chủ trì ... Kiểm tra an toàn các hồ chứa, hoàn thành trong quý III.": a sentence with no subject
                # that opens on a task of its own, then says when it is done, is a directive of its own (not one
                # that reports: "Cập nhật số ca, báo cáo UBND tỉnh hằng ngày" is the order's report-back)
                # ("Huyện cần rà soát ... và báo cáo kết quả trước ...": the unit addressed, its own order that also
                # reports back)
                or (
                    other is not None
                    and (own := _VI_OWN_TASK_START.match(head)) is not None
                    and (
                        own.group("addressed")
                        # "Bộ xây dựng phương án ..., báo cáo Thủ tướng ...": the unit by its kind, then a task of its
                        # own in lower case (not "Bộ Xây dựng báo cáo ...", a name), then its report
                        or (own.group("kind") and work[start + own.end("kind") : start + own.end("kind") + 1].islower())
                        or "bao cao" not in prep.folded[start:end]
                    )
                )
            ):
                # a lead-in ("... a fixé les tâches suivantes :") opens something new, and so does a new
                # paragraph, unless it names the assignment ("Uppdraget ska redovisas ..." after its scope)
                break
            if (
                proposal.lead is not None
                and other is None
                and units[j].boundary == "para"
                and " med " in prep.folded[start:end]
                and _names_partner(prep.folded, proposal.lead, start, end, unit_named_at)
            ):
                # "Riksarkivet ska bidra med underlag.\n\nEtt utkast till slutrapport ska stämmas av med Riksarkivet
                # senast ...": the unit before is who the work is checked with, not the one it falls to
                break
            helpers = None
            # the sentence right after the order, or one about the assignment ("Uppdraget ska genomföras i
            # samråd med X")
            right_after = not seen or _DEADLINE_SUBJECT.match(head)
            if (
                coordination_of is not None
                and right_after
                and not units[j].is_item
                and units[j].boundary != "semicolon"
                # "Utredaren ska även samråda med X och Y.": a task added of its own, proposed on its own
                and not (other is not None and _ALSO.search(prep.folded, start, min(end, start + 48)))
                # "Utredaren ska i den nya delen av uppdraget samråda med X samt hålla Y informerat.": a paragraph
                # of its own that opens on its subject is a duty of its own (not "I denna del ska utredaren ha en
                # dialog med X", "Uppdraget ska genomföras i samråd med X": the order's part, the order itself)
                and not (
                    other is not None
                    and units[j].boundary == "para"
                    and (
                        _SV_SUBJECT_OPENS.match(prep.folded, start)
                        # "I denna del av uppdraget ska utredaren samråda med X och Y.": the inquirer's duty to
                        # consult, a paragraph of its own, its subject after the part it is about (not right after
                        # the items of a list, the part "denna del" then names: "Utredaren ska nu även\n- kartlägga
                        # ...\nI denna del ska utredaren samråda med X", the list's own helpers)
                        or (_SV_FRONTED_CONSULT.match(prep.folded, start, end) and not units[proposal.last].is_item)
                    )
                    and not _DEADLINE_SUBJECT.match(head)
                )
                # "Kommittén ska beakta arbetet i X. Kommittén ska samråda med Y och Z.": the inquirer named again as
                # the subject of its own sentence, a duty of its own
                and not (
                    other is not None
                    and _INQUIRER_START.match(head)
                    and _INQUIRER_START.match(prep.folded, proposal.start)
                )
            ):
                # the sentence right after the order ("Il agira en concertation avec X."), not one past a
                # report that names another unit
                helpers = coordination_of(start, end, proposal.lead)
            if helpers:
                # "Il agira en concertation avec le Ministère de la Santé.": the order's coordinating units
                proposal.end, proposal.last = end, last
                for dept in helpers:
                    if dept != proposal.lead and dept not in proposal.coordinating:
                        proposal.coordinating.append(dept)
                if other is not None:
                    skip_until = max(skip_until, other)
                j = last + 1
                continue
            if (
                other is None
                and not seen
                and not units[j].is_item
                and units[j].boundary != "semicolon"
                and head.startswith(("detta ", "det ", "arbetet "))
                and _SV_DONE_IN_CONSULTATION.fullmatch(prep.folded, start, end)
            ):
                # "X ansvarar för att ... publiceras. Detta ska ske i samråd med kommunernas kommunikatörer.": how
                # the order is carried out, with helpers no unit of the directory names
                proposal.end, proposal.last = end, last
                j = last + 1
                continue
            if (
                other is not None
                and not seen
                and not units[j].is_item
                and units[j].boundary != "semicolon"
                and merged[other].lead in (None, proposal.lead)
                and _ASSIGNMENT_WIDENED.match(head)
            ):
                # "X ges i uppdrag att utreda ... Utredningen ska även belysa ... Resultatet återrapporteras ...":
                # the assignment widened is the same order; its report-back may come next
                proposal.end, proposal.last = end, last
                skip_until = max(skip_until, other)
                j = last + 1
                continue
            if (
                head.startswith(_SV_ELABORATION_OPENS)
                and not seen
                and not units[j].is_item
                and units[j].boundary not in ("semicolon", "para")
                # ("Om myndigheten finner det lämpligt ska ...": the same unit named in the condition)
                and (other is None or merged[other].lead == proposal.lead or not merged[other].own_lead)
                and (other is None or merged[other].lead in (None, proposal.lead))
                and _SV_PASSIVE_ELABORATION.match(prep.folded, start, end)
                and not has_deadline(start, end)
            ):
                # "Utredaren ska redovisa förslagens konsekvenser ... Särskilt ska konsekvenserna för X beskrivas.",
                # "... Om utredaren bedömer att så är fallet ska förslag lämnas.": what the same order must cover, in
                # a passive with no agent, told in the same breath
                proposal.end, proposal.last = end, last
                if other is not None:
                    skip_until = max(skip_until, other)
                j = last + 1
                continue
            if (
                other is not None
                and not seen
                and not units[j].is_item
                and units[j].boundary != "semicolon"
                and not merged[other].own_lead
                and merged[other].lead in (None, proposal.lead)
                and not has_deadline(start, end)
                # (not "En särskild utredare ska ... Utredaren ska bland annat ...": the one charged, no product)
                and not _INQUIRER_START.match(head)
                and unit_named_at.get(start + len(head) - len(head.lstrip())) is None
                and _product_again(prep.folded, proposal, head)
            ):
                # "Regeringen uppdrar åt X att utveckla ett nationellt stöd ... Stödet ska särskilt anpassas till
                # ...": what the order makes, named again, told what it must be; the same order, whose report-back
                # may come next
                proposal.end, proposal.last = end, last
                skip_until = max(skip_until, other)
                j = last + 1
                continue
            if (
                other is not None
                and not seen
                and merged[other].lead is not None
                and merged[other].lead in (proposal.lead, *proposal.coordinating)
                and _JOINT_LEAD.match(prep.folded, start, end)
            ):
                # "Regeringen uppdrar åt A och B att gemensamt ... B ska vara sammanhållande för uppdraget.": B leads
                # the order, A works with it
                chosen = merged[other].lead
                proposal.coordinating = [d for d in (proposal.lead, *proposal.coordinating) if d and d != chosen]
                proposal.lead, proposal.end, proposal.last = chosen, end, last
                skip_until = max(skip_until, other)
                j = last + 1
                continue
            # "Ärendet återremitteras till X för att ... Ärendet ska åter behandlas av nämnden senast ...": when the
            # matter sent back comes back, the order's date (the body named as the passive's agent leads nothing)
            matter_back = (
                not seen
                and proposal.lead is not None
                and any(word in head[:12] for word in ("arendet", "fragan", "motionen"))
                and _SV_MATTER_BACK.match(head) is not None
                and has_deadline(start, end)
            )
            # "X-direktören ges i uppdrag att ... Förvaltningen återkommer till regionstyrelsen i november": the unit
            # charged by its bare kind, a word the directory also gives another unit as its alias
            kind_again = (
                not seen
                and other is not None
                and _lead_kind_again(prep.folded, proposal.lead, merged[other].lead, start)
            )
            if other is not None and not matter_back:
                follower = merged[other]
                if (
                    follower.own_lead
                    and follower.lead is not None
                    and follower.lead != proposal.lead
                    # (not "att förvaltningen får i uppdrag att återkomma med ..." after "att ge X i uppdrag att i
                    # samverkan med Y-förvaltningen ...": the unit by its kind only, read as the partner, may be the
                    # one charged reporting back; see ``pronoun_reports``)
                    and not (follower.lead in proposal.coordinating and _BACK_REFERENCE_START.match(head))
                    and not kind_again
                ):
                    break
            reports = _DEADLINE_SUBJECT.match(head) and _REPORT_BACK.search(prep.folded, start, min(end, start + 80))
            if reports and "konsekvens" in head and _SV_REPORTS_CONSEQUENCES.match(head):
                # "Utredningen ska redovisa förslagens konsekvenser för ...": the inquiry's analysis of what its
                # proposals cost, a task of its own, not its report on the order before
                reports = None
            reports = reports or matter_back
            event = _EVENT_SET_FOR.match(prep.folded, start, end)
            # "... bring back a fee schedule with the second reading. Second reading now set for March 10.":
            # the event the order is due at, given its date in the sentence right after
            dated_event = (
                event is not None
                and not seen
                and (other is None or merged[other].lead is None)
                and re.search(rf"\b{re.escape(event.group('what'))}\b", prep.folded[proposal.start : proposal.end])
                and has_deadline(start, end)
            )
            # "Il a chargé le Ministre de X de coordonner ... Il fera rapport au Conseil dans un délai de trente
            # jours.", "... He will report back within 30 days.": the one charged, by a pronoun, reports back
            # "Utredaren ska nu även – kartlägga ... Utredaren ska redovisa denna del av uppdraget ... senast ...": the
            # inquirer, no unit of the directory, charged and reporting back
            inquirer_again = (
                _INQUIRER_START.match(head)
                and _INQUIRER_START.match(prep.folded, proposal.start)
                # (not "Utredaren ska i en delredovisning senast ... redovisa sin bedömning av om X bör inrättas": a
                # question of its own to answer, a task of its own with its date)
                and not _SV_REPORTS_QUESTION.search(prep.folded, start, end)
            )
            # "Boverket ska fortsätta att stödja kommunerna ... Myndigheten ska löpande hålla Regeringskansliet
            # informerad om arbetet": the unit charged keeps the one above it informed, a report-back with no date
            informs = (
                not seen
                and proposal.lead is not None
                and any(prep.folded.find(word, start, end) >= 0 for word in ("informera", "underratta", "informed"))
                and _KEEPS_INFORMED_OF_WORK.search(prep.folded, start, end) is not None
            )
            pronoun_reports = (
                not seen
                and (proposal.lead is not None or _set_up_unit_again(prep.folded, proposal, start) or inquirer_again)
                and (
                    other is None
                    or merged[other].lead in (None, proposal.lead)
                    # "att ge X i uppdrag att i samverkan med Y-förvaltningen ta fram ..., att förvaltningen får i
                    # uppdrag att återkomma med ...": the unit by its kind, read as the partner named last, is the
                    # one charged, coming back with the work
                    or (merged[other].lead in proposal.coordinating and _BACK_REFERENCE_START.match(head))
                    or kind_again
                )
                and (
                    _PRONOUN_START.match(head)
                    or _BACK_REFERENCE_START.match(head)
                    or _SET_UP_BODY_AGAIN.match(head)
                    or inquirer_again
                    # "Statens jordbruksverk ska ... Jordbruksverket redovisar sin analys ... senast ...": the unit
                    # charged, by its name again (a short one), reports back
                    or (
                        proposal.lead is not None
                        and unit_named_at.get(start + len(head) - len(head.lstrip())) == proposal.lead
                    )
                    # "Länsstyrelsen i X län får i uppdrag att ... Länsstyrelsen ska lämna ...": the unit charged, by
                    # the head word of its name alone (which names no other unit here)
                    or _lead_head_again(
                        prep.folded, proposal.lead, start + len(head) - len(head.lstrip()), unit_named_at
                    )
                )
                # "återrapportera", "återredovisa": a report-back verb with its prefix; or a final report further
                # on ("Myndigheterna ska lämna en första lägesbild inom ... och slutredovisa uppdraget den ...");
                # or what the order makes, handed in ("... sammanställa X ... ska lämna sammanställningen till ...")
                and (
                    _REPORT_BACK_WORD.search(prep.folded, start, min(end, start + 50))
                    or _FINAL_REPORT.search(prep.folded, start, end)
                    or _hands_in_product_again(prep.folded, proposal, start, end)
                    or informs
                )
                # "The department will submit a weekly status report ...": a report-back at fixed intervals
                # "Le département en rendra compte au Conseil lors de sa prochaine réunion": at the next meeting
                and (
                    has_deadline(start, end)
                    or _PERIODIC_REPORT.search(prep.folded, start, min(end, start + 50))
                    # "Chủ đầu tư cập nhật tiến độ, báo cáo UBND tỉnh (qua Sở Xây dựng) vào thứ Sáu hằng tuần": the
                    # interval after the addressee
                    or (
                        _VI_REPORT_TO.search(prep.folded, start, end)
                        and _PERIODIC_REPORT.search(prep.folded, start, end)
                    )
                    or at_next_meeting(prep.folded[start:end]) is not None
                    or informs
                    # "... ta fram förslag till nya indikatorer. Nämnden ska redovisa förslaget i samband med
                    # delårsrapporten": what the order makes, named again, handed in at an occasion with no date
                    # (not "Utredaren ska också redovisa konsekvenserna för ...": one more task, no hand-in)
                    or (
                        _hands_in_product_again(prep.folded, proposal, start, end)
                        and not _ALSO.search(prep.folded, start, min(end, start + 48))
                    )
                )
            )
            # "Je vous demande de réunir les maires ... Vous me rendrez compte de ces réunions au plus tard le 30
            # juin.": the letter's "vous" charged reports back to the writer (both go to its addressee, see
            # ``_to_the_addressee``)
            you_report = (
                not seen
                and (other is None or merged[other].lead is None)
                and head.lstrip().startswith("vous ")
                and _FR_YOU_REPORT.match(head) is not None
                and _FR_TO_YOU.search(prep.folded, proposal.start, min(proposal.end, proposal.start + 160)) is not None
                and (has_deadline(start, end) or _PERIODIC_REPORT.search(prep.folded, start, end) is not None)
            )
            pronoun_reports = pronoun_reports or you_report
            # "1. Sở X chủ trì ... Tổng hợp tình hình, báo cáo UBND tỉnh trước 15 giờ 00 hằng ngày.": a sentence of
            # the same item with no subject, only a report at fixed intervals, the task of the unit before
            periodic_report = (
                not seen
                and units[j].boundary == "sentence"
                and not units[j].is_item
                # (or a group addressed, no unit of the directory: "UBND các xã, phường chủ động ... Báo cáo tình hình
                # về Sở X trước 15 giờ thứ Năm hằng tuần")
                and (proposal.lead is not None or proposal.has_subject)
                and other is not None
                and merged[other].lead in (None, proposal.lead)
                and (
                    (
                        not (merged[other].has_subject or merged[other].own_lead)
                        and _REPORT_BACK.search(prep.folded, start, end)
                        and _PERIODIC_REPORT.search(prep.folded, start, end)
                    )
                    # or one whose subject is only such a report: "A monthly progress report shall be sent to ..."
                    or bool(_EN_PERIODIC_REPORT_SUBJECT.match(head))
                )
            )
            # "... d'organiser un séminaire sur X. La rencontre se tiendra dans la deuxième quinzaine de mars.": the
            # meeting the order sets up, given its time
            held_event = (
                not seen
                and (other is None or merged[other].lead is None)
                and _EVENT_HELD.match(prep.folded, start, end)
                and _HOLDS_EVENT.search(prep.folded, proposal.start, proposal.end)
                and has_deadline(start, end)
            )
            # "... de mettre le projet en consultation auprès des communes. La consultation durera jusqu'au 15 décembre
            # 2025.": what the order opens, told until when it runs; that end is the order's
            lasts = _EVENT_LASTS.match(prep.folded, start, end) if "jusqu'" in head else None
            lasting_event = (
                lasts is not None
                and not seen
                and (other is None or merged[other].lead is None)
                and re.search(rf"\b{lasts.group('what')}\b", prep.folded[proposal.start : proposal.end])
                and has_deadline(start, end)
            )
            # "... ska ordna flaskvatten till boendena. Åtgärderna gäller till dess att kokningsrekommendationen har
            # hävts.": the order's measures, told how long they hold; no order of its own
            order_lasts = not seen and other is None and _SV_ORDER_LASTS.match(prep.folded, start, end)
            # "Utredaren ska vidare analysera ... Även denna fråga ska behandlas i delbetänkandet.": the report the
            # order's question goes in, named before with its date (see the pipeline); no order of its own
            in_report = (
                not seen
                and (other is None or merged[other].lead is None)
                and "betankandet" in head
                and _SV_IN_REPORT.match(prep.folded, start, end) is not None
            )
            # "... réunira les maires afin d'arrêter le plan de distribution. Ce plan devra être validé avant le
            # prochain comité.": what the order makes, due at the next meeting (a date the text may give elsewhere)
            product_at_meeting = (
                not seen
                and (other is None or merged[other].lead in (None, proposal.lead))
                and _PRODUCT_DONE.match(head) is not None
                and at_next_meeting(prep.folded[start:end]) is not None
            )
            reports = (
                reports
                or product_at_meeting
                or dated_event
                or held_event
                or lasting_event
                or pronoun_reports
                or periodic_report
                or order_lasts
                or in_report
            )
            # "Regeringen ger X i uppdrag att ... Myndigheten ska samråda med Y ... Uppdraget ska redovisas
            # senast ...": the assigned unit again, told how to do the work; the assignment goes on past it
            # (past a sentence on the product that orders nothing: "Stödmaterialet ska kunna användas av ...")
            if (
                other is not None
                and proposal.lead is not None
                and merged[other].lead == proposal.lead
                and _SV_ASSIGNMENT_GIVEN.search(prep.folded, proposal.start, proposal.end)
                and _SV_HOW_TO_WORK.search(prep.folded, start, min(end, start + 60))
            ):
                proposal.end, proposal.last = end, last
                for dept in merged[other].coordinating:
                    if dept != proposal.lead and dept not in proposal.coordinating:
                        proposal.coordinating.append(dept)
                skip_until = max(skip_until, other)
                j = last + 1
                continue
            if (
                not seen
                and other is not None
                and merged[other].start == start
                and proposal.lead is not None
                and merged[other].lead in (None, proposal.lead)
                and _SV_ASSIGNMENT_INCLUDES.match(head)
                and _SV_ASSIGNMENT_GIVEN.search(prep.folded, proposal.start, proposal.end)
            ):
                # "Regeringen uppdrar åt X att ... I uppdraget ingår att\n– kartlägga ...\n– analysera ...": what the
                # assignment takes in, listed right after it with what follows on it, is the order's own elaboration
                proposal.end, proposal.last = merged[other].end, merged[other].last
                for dept in merged[other].coordinating:
                    if dept != proposal.lead and dept not in proposal.coordinating:
                        proposal.coordinating.append(dept)
                skip_until = max(skip_until, other)
                j = proposal.last + 1
                continue
            if (
                reports
                and other is None
                and last == j
                and units[j].whole_line
                and not prep.work.startswith((".", ";", ":", "!", "?"), units[j].end)
                and not has_deadline(start, end)
            ):
                # "Redovisning av uppdraget": a section's heading on a line of its own that names the report, no
                # sentence and no date; the report-back may follow under it ("Övriga delar av uppdraget ska
                # redovisas ... senast ...")
                seen += 1
                j = last + 1
                continue
            if other is not None and _GROUP_DEADLINE.match(head):
                # "Deadline of submission of proposals by all offices to the PPDO is on 29 August": the deadline
                # of a task for a group it names itself, an order of its own, not the date of the order before
                break
            if reports or (
                has_deadline(start, end)
                and (
                    _DEADLINE_SUBJECT.match(head)
                    # "Implementation time: 15/9/2026": the order's own deadline label (``_LABELLED_DEADLINE``)
                    or deadline_label is not None
                    or _PRODUCT_DONE.match(head)
                    or _vi_work_done_again(prep.folded, proposal, head)
                    # "... hoàn thành kiểm đếm, áp giá ... Phần mặt bằng đoạn Km2 - Km5 phải hoàn thành bàn giao trước
                    # 30/6": a part of the works, or the rate the work reaches, told when; the order's deadline
                    or (
                        not units[j].is_item
                        and (" phai " in head or " can " in head)
                        and (other is None or merged[other].lead in (None, proposal.lead))
                        and _VI_PART_OR_RATE_DUE.match(head) is not None
                    )
                    or (
                        not units[j].is_item
                        # (not "Kết thúc kiểm tra ..., Sở Tài chính bố trí kinh phí ...": another unit's order)
                        and (other is None or merged[other].lead in (None, proposal.lead))
                        and _vi_work_finished(prep.folded, proposal, head)
                        and not _VI_UNIT_AFTER_COMMA.search(prep.work, start, end)
                    )
                    # "... ta fram en förstudie för en ny förskola. Förstudien ska omfatta ... och redovisas senast
                    # ...": what the order makes, named again as the subject, and when it is handed in (for an order
                    # with no date of its own: "Rapporten ska innehålla ... under 2026" only says what it holds)
                    or (
                        not seen
                        and (_REPORT_BACK.search(prep.folded, start, end) or _HANDED_IN.search(prep.folded, start, end))
                        and _product_again(prep.folded, proposal, head)
                        and not has_deadline(proposal.start, proposal.end)
                    )
                    # "... will conduct a catch-up vaccination campaign ... The campaign is to continue until 15
                    # Jawza": how long the work the order opens goes on, its date
                    or (
                        not seen
                        and not units[j].is_item
                        and _EN_LASTS_UNTIL.match(head)
                        and _product_again(prep.folded, proposal, head)
                        and not has_deadline(proposal.start, proposal.end)
                    )
                    or (
                        other is not None
                        and not merged[other].has_subject
                        # "- Chủ trì, phối hợp với Sở Tài chính ... hoàn thành trong quý II/2027": a task it leads
                        and not _LEADS_TASK.search(prep.folded, start, min(end, start + 48))
                        # "- Đẩy nhanh triển khai X, bảo đảm hoàn thành trong quý I": the next item of a unit's
                        # list, a task of its own that says when it is done
                        and not (units[j].is_item and merged[other].start == start)
                        # "Đồng thời đẩy nhanh tiến độ thi công, thanh toán khối lượng hoàn thành, ... trước ngày ...":
                        # a task added to the order, its own date (not "Đồng thời báo cáo kết quả ...", the report)
                        and not (
                            (connector := _CONNECTOR_START.match(work, start)) is not None
                            and not _REPORT_BACK.match(prep.folded, _skip_space(prep.folded, connector.end()))
                        )
                        # "Phấn đấu thông xe trong quý IV", "Aim to open the bridge by ...": the order's aim, dated
                        and (
                            _REPORT_BACK.search(prep.folded, start, end)
                            or _AIM_START.match(head)
                            or _VI_TELL_THOSE_CONCERNED.match(head)
                        )
                    )
                    or (  # the same unit again, only to report back: "Verket ska senast ... redovisa"
                        other is not None
                        and proposal.lead is not None
                        and merged[other].lead == proposal.lead
                        # "- Rà soát ... trước ngày 15/12.\n- Phấn đấu hoàn thành ... trong quý II": the next bullet
                        # of the unit's list, with no subject, is a task of its own, not a report on the one before
                        and not (units[j].is_item and not merged[other].has_subject and merged[other].start == start)
                        # not a task added to it: "Đồng thời, Sở đôn đốc chủ đầu tư hoàn thành ...", "In
                        # addition, the Department shall ..."
                        and not _CONNECTOR_START.match(work, start)
                        # "The province must also complete ...": another task of the same unit
                        and not _ALSO.search(prep.folded, start, min(end, start + 48))
                        # "Sở đồng thời tổng hợp danh sách ..., báo cáo ...": so, the link after the unit's kind
                        and not _VI_AT_THE_SAME_TIME.search(prep.folded, start, min(end, start + 48))
                        # "Trước mắt, Sở tập trung hoàn thành việc cấp giấy chứng nhận ... trước ngày ...": for now,
                        # the unit's next task, the horizon before it, not a report on the order before
                        and not _VI_FOR_NOW.match(head)
                        # "Sở chủ trì, phối hợp với UBND các xã hoàn thành ... trong tháng 12": it leads a task
                        # of its own, no report on the order before
                        and not _LEADS_TASK.search(prep.folded, start, min(end, start + 48))
                        and _REPORT_BACK.search(prep.folded, start, min(end, start + 60))
                        # "Verket ska senast ... lämna en ekonomisk redovisning av hur medlen har använts": an account
                        # of the grant, a duty of its own, not the report on the order before (but the account of
                        # the funds the order before asks for: "Medlen ska rekvireras ... En ekonomisk redovisning ...")
                        and not (
                            _SV_FUNDS_REPORT.search(prep.folded, start, end)
                            and not _SV_FUNDS_DUTY.match(prep.folded, proposal.start, proposal.end)
                        )
                    )
                )
            ):
                # "Uppdraget ska i stället redovisas senast den 15 december. Den del som avser X ska dock redovisas i
                # ett delbetänkande senast den 1 oktober.": an interim report after the order's own final date, whose
                # date stays the order's
                interim = (
                    _SV_INTERIM_REPORT.search(prep.folded, start, end) is not None
                    and _FINAL_REPORT.search(prep.folded, start, end) is None
                    and has_deadline(proposal.start, proposal.end)
                )
                proposal.end, proposal.last = end, last
                if not interim:
                    proposal.deadline_from = start
                after_interim = (
                    not interim
                    and _SV_INTERIM_REPORT.search(prep.folded, start, end) is not None
                    and _FINAL_REPORT.search(prep.folded, start, end) is None
                )
                final_end = _final_report_after(units, numbers, prep.folded, last, has_deadline, after_interim)
                if final_end is not None:  # "En delredovisning ska lämnas ... Uppdraget ska slutredovisas ..."
                    if after_interim:
                        proposal.deadline_from = units[last + 1].start
                    last, end = final_end
                    proposal.end, proposal.last = end, last
                    if owner.get(last) is not None:
                        other = max(other if other is not None else -1, owner[last])
                if other is not None:
                    skip_until = max(skip_until, other)
                    for i in range(other + 1, len(merged)):
                        if merged[i].first <= last:
                            skip_until = i
                    if merged[other].lead in (None, proposal.lead) and proposal.lead is not None:
                        # "... ålagt X att utarbeta ett program. Programmet ska beredas i samarbete med Y och Z, och det
                        # ska vara färdigt före ...": the helpers of the sentence that joins the order are its helpers
                        # (its subject the order's own unit again, or the work: "Översynen ska göras i samverkan med Y
                        # och redovisas senast ...")
                        for dept in merged[other].coordinating:
                            if dept != proposal.lead and dept not in proposal.coordinating:
                                proposal.coordinating.append(dept)
                break
            # ("Sammankallande myndighet ska vara X.": the role first, the unit after it)
            inverted = _SV_JOINT_LEAD_INVERTED.match(head)
            named = unit_named_at.get(start + (inverted.end() if inverted else len(head) - len(head.lstrip())))
            joint_lead = (
                not seen
                and named is not None
                and named in (proposal.lead, *proposal.coordinating)
                and (inverted is not None or _JOINT_LEAD.match(head) is not None)
            )
            # "Regeringen uppdrar åt X, Y och Z att gemensamt ... X ska vara sammankallande.": proposed on its own,
            # the sentence that only names which of them convenes is still no order of its own
            if other is not None and not (
                joint_lead
                and (merged[other].lead == named or (inverted is not None and merged[other].lead is None))
                and merged[other].last <= last
                and not has_deadline(start, end)
            ):
                break
            if joint_lead:
                if other is not None:
                    skip_until = max(skip_until, other)
                # "Länsstyrelserna i A och B län får i uppdrag att ... Länsstyrelsen i B län samordnar arbetet.": a
                # sentence that orders nothing of its own, only names which of them leads; the assignment goes on
                proposal.coordinating = [d for d in (proposal.lead, *proposal.coordinating) if d and d != named]
                proposal.lead, proposal.end, proposal.last = named, end, last
                j = last + 1
                continue
            seen += 1
            passed_paragraph = passed_paragraph or (units[j].boundary == "para" and other is None)
            j = last + 1
    return result


def _second_order(proposal, cut, rest, lead, coordinating):
    """The order a sentence gives after ``cut`` (a second addressee's), ``proposal`` ending there."""
    proposal.end, proposal.split_end = cut, True
    return Proposal(
        rest.start,
        rest.end,
        lead,
        coordinating,
        True,
        proposal.first,
        proposal.last,
        has_subject=True,
        split_start=True,
    )


def _register_date(line: str) -> datetime.date | None:
    """A register row's meeting date, "14/05/2025" (day first) or "2025-05-14"."""
    numbers = [int(part) for part in re.findall(r"\d+", line)]
    day, month, year = numbers if numbers[0] < 100 else numbers[::-1]
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _cover_units(units: list[Unit], position: int, end: int, proposals: list[Proposal]) -> int:
    """The last unit a table that starts at ``units[position]`` and ends at ``end`` covers; each of the table's
    row ``proposals`` gets the first and last of those units it overlaps."""
    last = position
    while last + 1 < len(units) and units[last + 1].start < end:
        last += 1
    for proposal in proposals:
        proposal.first = next(k for k in range(position, last + 1) if units[k].end > proposal.start)
        proposal.last = max(k for k in range(position, last + 1) if units[k].start < proposal.end)
    return last
