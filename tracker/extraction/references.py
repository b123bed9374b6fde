"""Find references to documents: ``Resolution No. 57-NQ/TW dated 22 December 2024``, ``Kế hoạch số
28/KH-UBND ngày 24/01/2025``, ``résolution n° 21/NQ-TU``, ``plan nr 28/KH-UBND daterad 24 januari 2025``.

A rule, not a library: Vietnamese document symbols (number, optional year, a code such as
``NQ/TW`` or ``QĐ-TTg``) are regular, and a reference is a document type followed by a number
sign (``No.``, ``số``, ``n°``, ``nr``) or by a full symbol. The date that follows (``dated``,
``ngày``, ``du``, ``daterad``) belongs to the reference. The pattern runs on the folded view, so it
is linear and case- and diacritic-blind.
"""

from __future__ import annotations

import re

from tracker.extraction.cues import VI
from tracker.extraction.dates import DATE_FRAGMENT
from tracker.extraction.textprep import fold_loose, words

_TYPES = (
    # English
    r"resolutions?|decisions?|plans?|directives?|official (?:letter|dispatch)|dispatch|conclusions?|"
    r"notices?|notifications?|action (?:programme|program)|programmes?|programs?|projects?|schemes?|"
    r"decrees?|circulars?|laws?|documents?|reports?|instructions?|"
    # a county's or city's law by its number: "Ordinance 6290-B", "By-law 2019-114"
    r"ordinances?|by-laws?|bylaws?|"
    # Vietnamese (folded)
    r"nghi quyet|quyet dinh|ke hoach|chi thi|cong van|ket luan|thong bao|chuong trinh hanh dong|"
    # "Công điện số 41/CĐ-TTg": the Prime Minister's or a province's urgent telegram
    r"cong dien|"
    r"chuong trinh|de an|nghi dinh|thong tu|luat|van ban|bao cao|huong dan|to trinh|"
    # French
    r"resolution|decision|depeche officielle|lettre officielle|avis|programme d'action|projet|decret|"
    r"circulaire|loi|rapport|"
    # Swedish
    r"beslut(?:et)?|direktiv(?:et)?|officiellt brev|tjanstebrev|slutsats(?:en|er)?|meddelande(?:t)?|"
    r"handlingsprogram(?:met)?|program(?:met)?|projekt(?:et)?|dekret(?:et)?|cirkular(?:et)?|lag(?:en)?|"
    r"dokument(?:et)?|rapport(?:en)?|planen|resolutionen"
)
_NUMBER_SIGN = r"(?:no\.?|nos\.?|number|so|n°|nº|no°|nr\.?|num(?:ero)?\.?|#)"
_CODE = r"[a-z][a-z0-9&]*(?:[-/][a-z0-9&]+)+|[a-z][a-z0-9&]*"
_SYMBOL = (
    # "Ordinance No. 2026-03", "Resolution No. 2026-17": a county's year, then the number within it
    # ("Loi n°25/031": a Congolese law's year, then its number within it)
    r"(?P<num>\d{1,5}(?:/\d{4}|/\d{2,3}(?![\w/-])|-\d{1,4}(?![\w/-]))?)"
    rf"(?:[-/](?P<code>{_CODE})|\s(?P<spaced>[a-z][a-z0-9&]*[-/][a-z0-9&]+(?:[-/][a-z0-9&]+)*))?"
)
_DATED = r"(?:,?\s*(?:dated|of|daterad|den|du|en date du|ngay|ban hanh ngay)\s+(?P<date>" + DATE_FRAGMENT + r"))?"

REFERENCE = re.compile(
    rf"\b(?P<type>{_TYPES})\s*(?:(?P<sign>{_NUMBER_SIGN})\s*)?{_SYMBOL}(?![\w/-]){_DATED}",
)


#: A law by its title, with no number: "the Law on Public Investment", "the Law on Road Traffic Order and Safety"
#: (the working text, its capitals ending the title).
NAMED_LAW = re.compile(r"\bLaw\s+on\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:(?:and|of|on|for|in)\s+)?[A-Z][\w'-]*){0,6}")


#: A council's resolution cited by its number alone (working view): "as referenced in CR412/2025", "further to
#: M-18/2026" (the minutes' letters, the number, the year; not a quarter or a half-year: "Q4/2025", "H1/2026",
#: "T1/2026", "S1/2026", "K3/2026"; nor a fiscal year, its number a year: "FY2026/2027").
EN_RESOLUTION_NUMBER = re.compile(
    r"(?<![\w/-])(?!Q[1-4]/|H[12]/|T[1-4]/|S[12]/|K[1-4]/|FY|[A-Z]{1,4}-?(?:19|20)\d\d/)"
    r"[A-Z]{1,4}-?\d{1,5}/(?:19|20)\d\d(?![\w/-])"
)
#: Its number's end, found first (a digit opens it: cheaper than trying the letters at every position).
_SLASH_YEAR = re.compile(r"\d/(?:19|20)\d\d(?![\w/-])")
#: An Indian government's order cited "vide" its number, the number opening on its department's letters (folded
#: view): "notified vide No. FIN-B(A)3-7/2024 dated 2 May, 2024", "issued vide letter No. HFW-II(C)12/2025".
IN_VIDE_NUMBER = re.compile(
    r"\bvide\s+(?:(?:letter|notification|order|orders|memo|office\s+memorandum|circular|g\.o\.)\s+)?(?:no\.?|number)\s*"
    r"(?P<symbol>[a-z][a-z0-9.&]*(?:\([a-z0-9]{1,4}\)[a-z0-9.&]*)?(?:[-/][a-z0-9.&]+(?:\([a-z0-9]{1,4}\)[a-z0-9.&]*)?)+)"
    r"(?<!\.)" + _DATED
)
#: A by-law or an ordinance by its number with no number sign, its parts hyphened (folded view): "By-law 147-2019",
#: "Bylaw 2021-88", "Ordinance 2026-03".
_NUMBERED_LAW_TYPES = ("by", "ordinance")


#: A Swedish board's decision by its meeting and paragraph: "MBN 2026-03-19 § 38", "KS 2025-11-18, § 132" (the
#: board's initials, the meeting's date, the paragraph), as a follow-up list's row cites the decision it comes from.
SV_DECISION = re.compile(r"\b[A-ZÅÄÖ]{2,6}\s(?:19|20)\d\d-[01]\d-[0-3]\d,?\s§\s?\d{1,4}\b")


#: A Vietnamese budget or capital plan of a year, which an order draws on: "nguồn dự phòng ngân sách tỉnh năm 2026",
#: "dự toán ngân sách năm 2027", "kế hoạch vốn đầu tư công năm 2026 của tỉnh", "nguồn sự nghiệp giao thông năm 2025"
#: (folded view), or of a period ("... trung hạn giai đoạn 2026 - 2030"). The year is the plan's, no deadline.
VI_BUDGET_YEAR = re.compile(
    r"\b(?:nguon\s+du\s+phong\s+ngan\s+sach|du\s+toan(?:\s+(?:ngan\s+sach|thu|chi))?|ke\s+hoach\s+von(?:\s+ngan\s+sach)?"
    r"(?:\s+dau\s+tu\s+cong)?|ke\s+hoach\s+dau\s+tu\s+cong|(?:nguon\s+)?von\s+(?:dau\s+tu\s+cong|ngan\s+sach)|"
    r"nguon\s+ngan\s+sach|(?:nguon|kinh\s+phi)\s+su\s+nghiep(?:\s+[a-z]+){1,2}?|"
    # "phương án giao biên chế năm 2027 của tỉnh": the staff numbers of a year; "các chỉ tiêu kế hoạch năm 2026",
    # "chỉ tiêu kế hoạch đề ra năm 2012": the plan's targets of a year
    r"(?:phuong\s+an|ke\s+hoach)\s+giao\s+bien\s+che|(?:cac\s+)?chi\s+tieu\s+ke\s+hoach(?:\s+de\s+ra)?)"
    r"(?:\s+(?:tinh|huyen|thi\s+xa|xa|thanh\s+pho|quan|phuong|trung\s+uong|dia\s+phuong))?"
    # "kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030", "vốn đầu tư công trung hạn giai đoạn 2021-2025": the
    # plan of a period of years
    r"\s+(?:nam\s+(?:19|20)\d\d|(?:trung\s+han\s+)?giai\s+doan\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)\b"
    r"(?:\s+cua\s+(?:tinh|huyen|thanh\s+pho|xa)\b(?!\s+[a-z]))?"
)
#: The words such a plan opens on (see ``_opening_on``).
_VI_BUDGET_OPENINGS = ("nguon", "du toan", "ke hoach", "von", "kinh phi", "phuong an", "cac chi", "chi tieu")


#: A Vietnamese law by its name (folded view; "Luật", "Bộ luật" and the name's first word in capitals in the text), with
#: its year, or up to the end of its clause: "Luật Đất đai năm 2024", "Luật Ban hành văn bản quy phạm pháp luật năm
#: 2025", "theo quy định của Luật Thú y." (not "Luật Đất đai và các văn bản ...": a name that runs into the sentence).
VI_NAMED_LAW = re.compile(
    r"\b(?:bo\s+)?luat\s+(?P<name>[a-z]+)(?:,\s+chong)?"
    r"(?:\s+(?!(?:cac|truoc|trong|khi|duoc|nham|cho|tai|theo|cua|nay)\b)[a-z]+){0,9}?"
    r"(?:\s+(?:nam\s+)?(?:19|20)\d\d\b|(?=\s*[.;,:)](?!\s*chong\b)|\s*$))"
)
#: A Vietnamese plan of a year or a period, by its name in capitals, cited by the order (folded view; the citing words
#: before it): "theo Kế hoạch thanh tra năm 2026", "hồ sơ điều chỉnh Quy hoạch chung đô thị X đến năm 2045", "phù hợp
#: với Quy hoạch tỉnh X thời kỳ 2021 - 2030" (not "ban hành Kế hoạch kiểm tra ... năm 2026": the order's product).
VI_CITED_PLAN = re.compile(
    r"\b(?:theo(?:\s+dung)?|dieu\s+chinh|phu\s+hop\s+voi|thuc\s+hien|trien\s+khai)\s+"
    # (its name's words, the first no preposition of the sentence: "thực hiện Kế hoạch từ nguồn ngân sách huyện năm
    # 2024")
    r"(?P<plan>(?:quy\s+hoach|ke\s+hoach|chuong\s+trinh|de\s+an|chien\s+luoc)"
    r"\s+(?!(?:tu|cho|cua|tai|trong|theo|nham|voi|bang|ve|nay|duoc)\b)[a-z0-9&-]+(?:\s+[a-z0-9&-]+){0,9}?"
    r"\s+(?:(?:den|toi)\s+)?(?:nam\s+(?:19|20)\d\d|(?:giai\s+doan|thoi\s+ky)\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)"
    r"(?:,?\s+tam\s+nhin\s+(?:den|toi)\s+nam\s+(?:19|20)\d\d)?)\b"
)
#: A document the order is about, named in the matter it opens on (working view, up to the comma or colon): "Với dự
#: thảo Nghị quyết về chính sách hỗ trợ hợp tác xã, Sở X ...", "Về Quy chế phối hợp ...:" (a document's kind, not "Đối
#: với Dự án nâng cấp ...": a project).
VI_DOCUMENT_MATTER = re.compile(
    r"(?:Riêng\s+)?(?:Đối với|Về|Với|Riêng)\s+(?P<document>(?:dự thảo\s+)?(?:Nghị quyết|Quyết định|Kế hoạch|Đề án|"
    r"Chương trình|Quy chế|Quy định|Nghị định|Thông tư|Tờ trình)\s[^,.;:\n]{2,80}?)\s*[,:]"
)


_COMMA_THEN_WORD = re.compile(r"\s*,\s*([^\W\d_])")


def _vi_named_documents(folded: str, work: str) -> list[tuple[int, int, str]]:
    """A Vietnamese law by its name, a plan cited by its name, a document named in the matter an order opens on."""
    found = []
    if "luat " in folded:
        for hit in VI_NAMED_LAW.finditer(folded):
            if not (work[hit.start()].isupper() and work[hit.start("name")].isupper()):
                continue
            comma = _COMMA_THEN_WORD.match(work, hit.end()) if not folded[hit.end() - 1].isdigit() else None
            # ("Luật Cán bộ, công chức", "Luật Thi đua, khen thưởng": a name that may go on past its comma, none; but
            # "..., trình UBND tỉnh": the sentence's next verb)
            if (
                comma is None
                or not comma.group(1).islower()
                or VI.imperative.match(work[comma.start(1) : comma.start(1) + 40].lower())
            ):
                found.append((hit.start(), hit.end(), " ".join(folded[hit.start() : hit.end()].split())))
    dated = "nam " in folded or "giai doan" in folded or "thoi ky" in folded
    for hit in VI_CITED_PLAN.finditer(folded) if dated else ():
        # (a capital plan of a year, "Kế hoạch đầu tư công trung hạn ...", is the budget's: see ``VI_BUDGET_YEAR``)
        if work[hit.start("plan")].isupper() and not VI_BUDGET_YEAR.match(folded, hit.start("plan")):
            found.append((hit.start("plan"), hit.end("plan"), " ".join(hit.group("plan").split())))
    if "Với " in work or "Về " in work or "Đối với " in work or "Riêng " in work:
        for hit in VI_DOCUMENT_MATTER.finditer(work):
            start, end = hit.span("document")
            found.append((start, end, " ".join(folded[start:end].split())))
    return found


#: What stands between a Vietnamese document's number and the matter its title names (folded view): " của HĐND tỉnh
#: về ", " về việc giao ", " về việc phân bổ ".
_VI_TITLE_MATTER = re.compile(
    r"(?:\s+(?:cua|do)\s+[^,.;:()]{1,60}?)?\s+ve\s+(?:viec\s+)?(?:(?:giao|phan\s+bo|phe\s+duyet|dieu\s+chinh)\s+)?"
)


#: A French programme by its name in guillemets, a finance law by its year (folded view): "programme « Eau pour
#: Tous »", "la loi de finances initiale pour l'année 2026", "le projet de loi de finances pour 2027" (the year is the
#: law's, no deadline).
FR_NAMED_PROGRAMME = re.compile(r'\bprogramme\s+["«“]\s*[^"«»“”\n]{2,80}?\s*["»”]')  # (the folded view's '"')
FR_FINANCE_LAW = re.compile(
    # ("l'avant-projet de loi de finances initiale 2027": the draft's draft, its year right after it)
    r"(?:\bavant-)?\b(?:projet\s+de\s+)?loi\s+de\s+finances(?:\s+(?:initiale|rectificative))?\s+(?:(?:pour|de)\s+"
    r"(?:l'annee\s+|l'exercice\s+)?)?(?:19|20)\d\d\b"
)
#: A decree or an order whose number opens on its kind's letter, as Guinean and Malian texts number them (folded
#: view): "décret D/2025/0318/PRT/SGG", "arrêté A/2026/112/MATD".
FR_LETTERED_ACT = re.compile(
    r"\b(?:decret|arrete|ordonnance|decision|circulaire)\s+(?:n°\s*|no\s+)?"
    r"[a-z]{1,3}/(?:19|20)\d\d/\d{1,5}(?:/[a-z0-9]{1,10}){0,5}(?![\w/-])"
)
#: The kinds of French acts whose title follows their number after "portant" (folded).
_FR_ACT_TYPES = frozenset(("loi", "decret", "ordonnance", "decision", "circulaire", "resolution"))
#: A French order by its number, its kind and matter before the number sign (folded view): "arrêté-cadre sécheresse
#: n° 2024-DDT-0412", "l'arrêté préfectoral n° 2026-118 du 3 juin 2026", "arrêté interministériel n° 0412".
FR_NUMBERED_ORDER = re.compile(
    rf"\barrete(?:-cadre)?(?:\s+[a-z-]+){{0,3}}?\s+(?:n°|nº|no\.?|numero)\s*{_SYMBOL}(?![\w/-]){_DATED}"
)
#: The title of an act after its number, up to the end of its clause (folded view): "décret D/2025/0312/PRG/SGG
#: portant programme national de construction ...", "Loi n°25/031 du 28 décembre 2025 portant Loi de finances pour
#: l'exercice 2026" (a comma goes on in a title's list, "portant création, organisation et fonctionnement de ...", not
#: before the citing sentence's next words: ", de lui rendre compte", ", avant le 30 juin").
_FR_TITLE = re.compile(
    r"\s+portant\s+(?:[^;.:\n,]|,(?!\s+(?:de|d'|du|des|et|afin|en|avant|apres|dans|au|aux|a|pour|sous|sur|par|"
    r"conformement|notamment|qui|dont|lequel|laquelle|ainsi|tout|toute|le|la|les|l'|il|elle|ils)\b)){3,160}(?<![\s,])"
)
#: A French programme or plan named with the period it runs over, no acronym (working view): "Programme national
#: d'alimentation scolaire 2025-2029", "Plan régional de santé pour 2023-2028".
FR_PERIOD_PLAN = re.compile(
    r"\b(?:Programme|Plan)\s+(?:[Nn]ational\s+|[Rr][ée]gional\s+|[Dd][ée]partemental\s+|[Ss]ectoriel\s+)?"
    r"(?:d['’]\s*|de\s+|du\s+|des\s+|pour\s+)[^()\n.;:,]{3,100}?\s(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b"
)
#: A plan named by its acronym, with the level it is drawn up at (working view): "les plans ORSEC régionaux", "le
#: plan ORSEC départemental", "le plan POLMAR".
FR_ACRONYM_PLAN = re.compile(
    r"\b[Pp]lans?\s+[A-Z]{3,10}\b(?![-’'])(?:\s+(?:nationa(?:l|le|les|ux)|r[ée]giona(?:l|le|les|ux)|"
    r"d[ée]partementa(?:l|le|les|ux)|communa(?:l|le|les|ux)|intercommuna(?:l|le|les|ux)|zona(?:l|le|les|ux)|"
    r"loca(?:l|le|les|ux)))?"
)
#: A municipal by-law by its number, its year before or after (folded view), with the matter it rules when named:
#: "le règlement no 2026-05", "le règlement de zonage no 318-2021", "règlement sur les nuisances numéro 2025-11".
FR_BYLAW = re.compile(
    r"\breglement(?:\s+(?:de|d'|du|des|sur\s+(?:la|le|les|l'))\s*[a-z-]+)?\s+(?:no\.?|n°|nº|numero)\s*"
    r"\d{1,4}-\d{1,4}(?![\w/-])"
)
#: A programme or a plan a French text names in full with its acronym in brackets, and the period it runs over when
#: one follows (working view): "le Plan national de Prévention et de Gestion des Inondations (PNPGI) 2026-2028", "le
#: Programme d'Urgence d'Infrastructures Routières (PUIR)".
FR_NAMED_PLAN = re.compile(
    r"\b(?:Programme|Plan)\s+(?:[Nn]ational\s+|[Rr][ée]gional\s+|[Dd][ée]cennal\s+|[Tt]riennal\s+|[Qq]uinquennal\s+)?"
    r"(?:d['’]\s*|de\s+|du\s+|des\s+|pour\s+)[^()\n.;:]{3,100}?"
    r"\([A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,6})?(?:\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?\)"
    r"(?:\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b)?"
)
#: A programme a French text names with its acronym in brackets, then by the acronym alone: "le Programme d'aide à
#: la voirie locale (PAVL)", then "conformément aux exigences du PAVL" (working view).
_FR_PROGRAMME_ACRONYM = re.compile(
    # ("le Programme de Relance des 40 Districts (PRD-40)": an acronym with the number of its name, hyphened)
    r"\b[Pp]rogramme\s+(?:d['’]|de\s|du\s|des\s|national|r[ée]gional|pour\s)[^()\n.;]{3,80}?"
    r"\((?P<acronym>[A-Z]{2,10}(?:-[A-Z0-9]{1,6})?)\)"
)


#: A Swedish statute by its number in the statute book (folded view): "lagen (2006:412)", "ellagen (1997:857)",
#: "kommittéförordningen (1998:1474)", "miljöbalken (1998:808)"; its title may follow ("om allmänna vattentjänster").
SV_STATUTE = re.compile(r"(?:lagen|lag|forordningen|forordning|balken)\s+\((?:18|19|20)\d\d:\d{1,4}\)")
#: The rest of a statute's compound name before its kind ("el" of "ellagen", "kommitte" of "kommittéförordningen"),
#: read backwards from the kind: a scan of every word for a kind at its end read the whole text a letter at a time.
_COMPOUND_HEAD = re.compile(r"[a-z-]*$")
_SV_STATUTE_TITLE = re.compile(r"[ \t]+om(?:[ \t]+[a-z0-9-]+){1,20}")  # (a line break ends it: the text's own)
_TITLE_WORD = re.compile(r"[ \t]+([a-z0-9-]+)")
#: The first of two compounds that share their last part, before the statute's name (folded): "offentlighets- och "
#: of "offentlighets- och sekretesslagen", "hälso- och " of "hälso- och sjukvårdslagen".
_SV_ELIDED_FIRST = re.compile(r"(?<![\w-])[a-z]{3,}-\s+(?:och|eller)\s+$")
#: The words a statute's title stops before (folded): the verb of the sentence that cites it ("lagen (2010:751) om
#: betaltjänster bör ändras", "lagen (2003:778) om skydd mot olyckor ansvarar ...").
_SV_TITLE_STOP = words(
    "bor ska skall har hade ar var kan kunde far maste galler behover innebar ansvarar blir kommer samt"
)
#: After "och", the adverb of the citing sentence's next task, where the title has ended (folded): "enligt
#: förordningen (2009:318) om konsekvensanalys vid regelgivning och särskilt beskriva ...", "och även redovisa".
_SV_TASK_ADVERBS = words("sarskilt aven ocksa dessutom darvid darefter samtidigt sedan")


def _sv_statutes(folded: str) -> list[tuple[int, int, str]]:
    """ "lagen (2006:412) om allmänna vattentjänster": a Swedish statute, with its title up to a stop or a verb."""
    found = []
    for hit in SV_STATUTE.finditer(folded):
        start, end = (
            hit.start() - len(_COMPOUND_HEAD.search(folded, max(hit.start() - 40, 0), hit.start()).group()),
            hit.end(),
        )
        if start > 0 and (folded[start - 1].isalnum() or folded[start - 1] in "_-"):
            continue  # (a word the compound only ends)
        joined = folded.endswith((" och ", " eller "), 0, start)
        first = _SV_ELIDED_FIRST.search(folded, max(start - 40, 0), start) if joined else None
        if first is not None:
            start = first.start()  # "offentlighets- och sekretesslagen (2009:400)": the first field's part too
        title = _SV_STATUTE_TITLE.match(folded, end)
        if title is not None:
            position = before_and = end
            for word in _TITLE_WORD.finditer(folded, end, title.end()):
                if word.group(1) in _SV_TITLE_STOP:
                    break
                if word.group(1) in _SV_TASK_ADVERBS and folded.endswith(" och", 0, word.start()):
                    position = before_and  # "... om konsekvensanalys vid regelgivning och särskilt beskriva ..."
                    break
                if word.group(1) == "och":
                    before_and = position
                position = word.end()
            if position > end + len(" om") + 1:
                end = position
        found.append((start, end, " ".join(folded[start:end].split())))
    return found


#: A Swedish government office's diary number in brackets, after the matter it was given in (working view): "...
#: klimatanpassning av befintlig bebyggelse (Fi2025/01873)", "regeringsbeslut den 14 april 2024 (KVD2024/01177)",
#: "(Fö2026/00412)", "(VÄ2023/00915)" (an office's letters may be Swedish ones).
#: (Not a fiscal year: "(FY2026/2027)".)
_SV_DIARY_NUMBER = re.compile(r"\((?P<number>(?!FY)[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,3}(?:19|20)\d\d/\d{4,5})\)")
#: The decision such a number belongs to, named right before it with its date (folded): "regeringsbeslut den 14
#: april 2024 (", "regeringens beslut den 2 maj 2025 (": cited whole.
_SV_DATED_DECISION = re.compile(
    r"\b(?:regeringsbeslut(?:et)?|regeringens\s+beslut|beslut(?:et)?)\s+(?:den\s+)?"
    r"(?:\d{1,2}\s+[a-z]+\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\s+$"
)


def _sv_diary_numbers(folded: str, work: str) -> list[tuple[int, int, str]]:
    """ "(Fi2025/01873)": a diary number in brackets, the number its reference; with the dated decision named
    right before it, that decision and the bracket ("regeringsbeslut den 14 april 2024 (KVD2024/01177)")."""
    found = []
    for hit in _SV_DIARY_NUMBER.finditer(work):
        decision = _SV_DATED_DECISION.search(folded, max(0, hit.start() - 60), hit.start())
        if decision is not None:
            found.append((decision.start(), hit.end(), " ".join(folded[decision.start() : hit.end()].split())))
        else:
            found.append((hit.start("number"), hit.end("number"), folded[hit.start("number") : hit.end("number")]))
    return found


def _opening_on(pattern: re.Pattern, text: str, words: tuple[str, ...]):
    """The matches of ``pattern`` that open on one of ``words`` (the pattern tried only where ``str.find`` finds one
    of them: an alternation of words tried at every position of a long text costs a pass of its own), in order."""
    starts = set()
    for word in words:
        position = text.find(word)
        while position >= 0:
            starts.add(position)
            position = text.find(word, position + 1)
    reached = 0
    for start in sorted(starts):
        if start >= reached and (hit := pattern.match(text, start)) is not None:
            reached = hit.end()
            yield hit


def _french_references(folded: str, work: str | None) -> list[tuple[int, int, str]]:
    found = []
    for openings, pattern in (
        (("programme",), FR_NAMED_PROGRAMME),
        (("avant-projet", "projet de loi de finances", "loi de finances"), FR_FINANCE_LAW),
    ):
        found += [
            (hit.start(), hit.end(), " ".join(hit.group().split())) for hit in _opening_on(pattern, folded, openings)
        ]
    if "reglement" in folded:
        found += [(hit.start(), hit.end(), " ".join(hit.group().split())) for hit in FR_BYLAW.finditer(folded)]
    if "/" in folded:
        acts = _opening_on(FR_LETTERED_ACT, folded, ("decret", "arrete", "ordonnance", "decision", "circulaire"))
        for hit in acts:
            title = _FR_TITLE.match(folded, hit.end()) if "portant" in folded else None
            end = title.end() if title is not None else hit.end()
            found.append((hit.start(), end, " ".join(folded[hit.start() : end].split())))
    if "arrete" in folded:
        orders = _opening_on(FR_NUMBERED_ORDER, folded, ("arrete",))
        found += [(hit.start(), hit.end(), " ".join(hit.group().split())) for hit in orders]
    if work is not None and ("rogramme " in work or "lan " in work):
        plans = _opening_on(FR_PERIOD_PLAN, work, ("Programme", "Plan"))
        found += [(hit.start(), hit.end(), " ".join(folded[hit.start() : hit.end()].split())) for hit in plans]
    if work is not None and "lan" in work:
        plans = _opening_on(FR_ACRONYM_PLAN, work, ("plan", "Plan"))
        found += [(hit.start(), hit.end(), " ".join(folded[hit.start() : hit.end()].split())) for hit in plans]
    if work is not None and "(" in work:
        plans = _opening_on(FR_NAMED_PLAN, work, ("Programme", "Plan"))
        found += [(hit.start(), hit.end(), folded[hit.start() : hit.end()]) for hit in plans]
    if work is not None and "rogramme" in work and "(" in work:
        for defined in _FR_PROGRAMME_ACRONYM.finditer(work):
            acronym = defined.group("acronym")
            for hit in re.finditer(rf"(?<![\w(]){re.escape(acronym)}(?![\w)])", work[defined.end() :]):
                start, end = defined.end() + hit.start(), defined.end() + hit.end()
                found.append((start, end, acronym.lower()))
    return found


#: A Vietnamese document cited by its number alone, its kind in capitals (folded view): "thực hiện Nghị quyết 15",
#: "Đề án 06 của Chính phủ", "Chỉ thị 16" (as a text shortens it once named in full: "(sau đây gọi tắt là Nghị quyết
#: 15)").
_VI_SHORT_TYPES = frozenset(
    ("nghi quyet", "chi thi", "ket luan", "de an", "chuong trinh", "quyet dinh", "nghi dinh", "cong dien")
)
#: What a number after such a kind counts instead, no document: "Kế hoạch 3 năm", "Chương trình 5 nội dung".
_VI_COUNTED = re.compile(
    r"\s*(?:%|nam|thang|ngay|tuan|quy|gio|lan|dot|buoc|diem|noi\s+dung|nhiem\s+vu|muc\s+tieu|giai\s+phap|du\s+an|"
    r"tieu\s+chi|chi\s+tieu|san\s+pham|linh\s+vuc|nhom|cap|loai|ha|km|ty|trieu|nghin|xa|huyen|tinh|don\s+vi|"
    r"co\s+quan|ho|nguoi)\b"
)


def _vi_short_number(match: re.Match, folded: str, work: str | None) -> bool:
    number = match.group("num")
    return (
        work is not None
        and match.group("type") in _VI_SHORT_TYPES
        and work[match.start()].isupper()
        and number.isdigit()
        and len(number) <= 4
        and not (len(number) == 4 and number.startswith(("19", "20")))
        and not _VI_COUNTED.match(folded, match.end("num"))
    )


#: A part of a municipal or county code by its number, with the title it has in brackets (working view): "Chapter 5.62
#: (Short-Term Rentals) of the Municipal Code", "Chapter 8.24 of the County Code (Short-Term Rentals)", "Chapter 9.20
#: of the Almanor County Code", "Title 17 (Zoning) of the Carrow Springs Municipal Code".
EN_CODE_PART = re.compile(
    r"\b(?:Chapter|Title|Section|Article)\s+\d{1,5}(?:\.\d{1,4})*[A-Z]?(?:\s+\([^()\n]{1,60}\))?\s+of\s+the\s+"
    r"(?:[A-Z][\w'’-]*\s+){0,4}Code\b(?:\s+\([^()\n]{1,60}\))?"
)
#: ... or after the code's name: "Municipal Code Chapter 17.42", "Public Contract Code Section 22050".
EN_CODE_THEN_PART = re.compile(r"\bCode\s+(?:Chapter|Title|Section|Article)\s+\d{1,5}(?:\.\d{1,4})*[A-Z]?\b")
_CODE_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,3}$")
#: A draft act by its kind and its matter (folded view): "the draft Regulation on Private Pharmacies", "the draft
#: regulation on the registration of non-governmental organizations", "the draft procedure for the registration and
#: licensing of private pharmacies", up to the end of its clause or the verb after it.
EN_DRAFT_ACT = re.compile(
    r"\bdraft\s+(?:regulations?|procedures?|decree|policy|rules|guidelines|strategy|statute|charter|by-?laws?|"
    r"ordinance|agreement)\s+(?:on|for|of|regarding|concerning|governing)\s+[^,.;:()\n]{3,100}?"
    r"(?=\s*[,.;:()\n]|\s+(?:was|were|is|are|has|have|had|which|that|presented|submitted|prepared|with|and\s+"
    r"(?:instructed|directed|asked|requested|tasked|assigned))\b|\s*$)"
)
#: An order's words that point back to a document named before it (folded view): "publish it", "the legal review of
#: the draft", "finalize the text of the regulation", "approved the procedure".
_BACK_TO_DOCUMENT = re.compile(
    r"\b(?:it|the\s+(?:draft|regulations?|procedures?|text|rules|guidelines|policy|strategy|decree|ordinance|charter|"
    r"statute|agreement))\b"
)
#: A public investment plan of a year or a period, as the English editions of Vietnamese texts write it (folded view):
#: "the medium-term public investment plan for the 2026-2030 period", "for 2026-2030", "the 2026 public investment
#: capital plan", "the 2026 public investment capital of the province" (the year is the plan's, no deadline).
EN_INVESTMENT_PLAN = re.compile(
    r"\b(?:(?:19|20)\d\d\s+)?(?:medium-term\s+)?public\s+investment\s+(?:capital\s+)?(?:plan|capital)\b"
    r"(?:\s+(?:for|of)\s+(?:the\s+)?(?:period\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?:\s+period)?"
    r"|\s+of\s+the\s+province)?"
)


def _english_references(folded: str, work: str | None) -> list[tuple[int, int, str]]:
    """A code's chapter, a draft act, a public investment plan of a year (see the patterns above)."""
    found = []
    if work is not None and "Code" in work:
        found += [
            (hit.start(), hit.end(), " ".join(folded[hit.start() : hit.end()].split()))
            for hit in EN_CODE_PART.finditer(work)
        ]
        for hit in EN_CODE_THEN_PART.finditer(work):
            name = _CODE_NAME_BEFORE.search(work, max(0, hit.start() - 60), hit.start())
            start = name.start() if name else hit.start()
            if not any(s <= start < e for s, e, _key in found):
                found.append((start, hit.end(), " ".join(folded[start : hit.end()].split())))
    if "draft " in folded:
        found += [(hit.start(), hit.end(), " ".join(hit.group().split())) for hit in EN_DRAFT_ACT.finditer(folded)]
    if "public investment" in folded:
        found += [
            (hit.start(), hit.end(), " ".join(hit.group().split()))
            for hit in EN_INVESTMENT_PLAN.finditer(folded)
            if any(c.isdigit() for c in hit.group())  # a plan of a year or a period, not the capital at large
        ]
    return found


#: A Swedish document named by its title after its kind, definite (working view): "i rapporten Granskning av intern
#: kontroll 2026", "enligt planen Trygg i Ekby 2025–2027": the title, a capital first and its year or period last.
_SV_TITLED_KINDS = ("rapporten", "planen", "handlingsplanen", "strategin", "programmet", "policyn", "promemorian")
_SV_TITLED = re.compile(
    rf"\b(?:{'|'.join(_SV_TITLED_KINDS)})\s+"
    r"(?P<title>[A-ZÅÄÖ][\w-]*(?:[ \t]+[\w-]+){0,8}?[ \t]+(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?)(?![\w–-])"
)
#: A document a Swedish decision adopts by its title, a capital first (working view): "att anta Regional
#: kompetensförsörjningsstrategi 2027–2030,", "att fastställa Handlingsplan för trygghet 2026".
_SV_ADOPTED_TITLE = re.compile(
    r"\batt\s+(?:anta|fastställa|godkänna)\s+(?P<title>[A-ZÅÄÖ][^\n,;.]{2,100}?)\s*(?=[,;.\n]|\s+och\s+att\b|$)"
)
#: The kinds of such documents, each with its definite forms (folded) that name the document again.
_SV_DOCUMENT_AGAIN = {
    "strategi": re.compile(r"\bstrategin?s?\b"),
    "plan": re.compile(r"\bplanens?\b"),
    "program": re.compile(r"\bprogrammets?\b"),
    "policy": re.compile(r"\bpolicyns?\b"),
    "riktlinjer": re.compile(r"\briktlinjernas?\b"),
}
#: How far back, within its protocol paragraph, the adopted document is looked for.
_ADOPTED_LOOKBACK = 1500


def sv_adopted_named_again(work: str, folded: str, start: int, end: int) -> tuple[int, int] | None:
    """The document a Swedish decision adopts in a clause before the order ("att anta Regional
    kompetensförsörjningsstrategi 2027–2030,\natt ge HR-avdelningen i uppdrag att ta fram en handlingsplan för
    strategins genomförande"), when the order names it again by its kind, definite; (start, end) of its title in the
    same protocol paragraph, or None."""
    lo = max(0, start - _ADOPTED_LOOKBACK)
    paragraph = work.rfind("\n§", lo, start)
    lo = paragraph if paragraph >= 0 else lo
    for hit in reversed(list(_SV_ADOPTED_TITLE.finditer(work, lo, end))):
        title = folded[hit.start("title") : hit.end("title")]
        for kind, again in _SV_DOCUMENT_AGAIN.items():
            if any(word.endswith(kind) for word in title.split()) and again.search(folded, max(start, hit.end()), end):
                return hit.start("title"), hit.end("title")
    return None


def draft_named_before(folded: str, start: int, end: int) -> tuple[int, int] | None:
    """The draft act an order points back to ("The draft Regulation on X ... was approved with amendments, and the
    Ministry of Justice was directed to publish it", "... the draft regulation on X. The Ministry of Justice shall
    complete the legal review of the draft"): named before the order in its sentence or in the sentence before, in
    the same paragraph; (start, end) of its name, or None."""
    lo = max(0, start - 400)
    if folded.find("draft ", lo, start) < 0 or not _BACK_TO_DOCUMENT.search(folded, start, end):
        return None
    last = None
    for hit in EN_DRAFT_ACT.finditer(folded, lo, start):
        last = hit
    if last is None:
        return None
    between = folded[last.end() : start]
    if "\n" in between or between.count(". ") > 1:
        return None
    return last.start(), last.end()


def find_references(folded: str, work: str | None = None) -> list[tuple[int, int, str]]:
    """Return (start, end, key) of every reference in a folded text; the key is its symbol (a law named by its
    title, or a board's decision by its paragraph, found in ``work``, the same text unfolded, has its folded text
    for a key)."""
    found = []
    if work is not None and "law on " in folded:
        found += [(hit.start(), hit.end(), folded[hit.start() : hit.end()]) for hit in NAMED_LAW.finditer(work)]
    if work is not None and "§" in work:
        found += [(hit.start(), hit.end(), folded[hit.start() : hit.end()]) for hit in SV_DECISION.finditer(work)]
    for match in REFERENCE.finditer(folded):
        code = match.group("code") or match.group("spaced")
        if (
            not code
            and not match.group("sign")
            and not _vi_short_number(match, folded, work)
            # "By-law 147-2019": a by-law's or an ordinance's number in parts needs no number sign
            and not ("-" in match.group("num") and match.group("type").startswith(_NUMBERED_LAW_TYPES))
        ):
            continue
        if (
            code
            and not match.group("sign")
            and "/" not in code
            and "-" not in code
            and len(code) < 2
            and not match.group("type").startswith(("ordinance", "by"))  # "Ordinance 6290-B": its series letter
        ):
            continue
        end = match.end()
        if match.group("type") in _FR_ACT_TYPES and "portant" in folded:
            # "Loi n°25/031 du 28 décembre 2025 portant Loi de finances pour l'exercice 2026": the act's title
            title = _FR_TITLE.match(folded, end)
            end = title.end() if title is not None else end
        found.append((match.start(), end, reference_key(match.group("num"), code)))
    if "vide " in folded:
        found += [(hit.start(), hit.end(), hit.group("symbol")) for hit in IN_VIDE_NUMBER.finditer(folded)]
        found.sort()
    if work is not None and "/" in work:
        numbers = [
            (hit.start(), hit.end(), folded[hit.start() : hit.end()])
            for end in _SLASH_YEAR.finditer(work)
            if (hit := EN_RESOLUTION_NUMBER.search(work, max(0, end.start() - 10), end.end())) is not None
            and hit.end() == end.end()
            # (a number that opens its line, after an item's number at most, is a log row's own: "CR94/2026 | ...")
            and any(c.isalpha() for c in work[work.rfind("\n", 0, hit.start()) + 1 : hit.start()])
        ]
        if numbers:
            taken = [(start, end) for start, end, _key in found]
            found += [n for n in numbers if not any(s <= n[0] < e for s, e in taken)]
            found.sort()
    if ":" in folded and ("lag" in folded or "forordning" in folded or "balken" in folded):
        statutes = _sv_statutes(folded) if "(" in folded else []
        if statutes:
            found = sorted(found + statutes)
    if work is not None and "/" in work and "(" in work:
        taken = [(start, end) for start, end, _key in found]
        # (one a number found before already holds is not found twice)
        diaries = [d for d in _sv_diary_numbers(folded, work) if not any(s <= d[0] < e for s, e in taken)]
        if diaries:
            found = sorted(found + diaries)
    if (
        "programme" in folded
        or "loi de finances" in folded
        or "plan " in folded
        or "plans " in folded
        or "/" in folded
        or "reglement" in folded
        or "arrete" in folded
    ):
        french = _french_references(folded, work)
        if french:
            found = sorted(found + french)
            if "portant" in folded:
                # a law named in the title of the act that cites it ("... portant Loi de finances pour l'exercice
                # 2026") is part of that title, no reference of its own
                found = [r for r in found if not any(s <= r[0] and r[1] <= e and (s, e) != r[:2] for s, e, _k in found)]
    if "Code" in (work or "") or "draft " in folded or "public investment" in folded:
        english = _english_references(folded, work)
        if english:
            taken = [(start, end) for start, end, _key in found]
            found = sorted(found + [r for r in english if not any(s <= r[0] < e for s, e in taken)])
    if work is not None and any(f"{kind} " in folded for kind in _SV_TITLED_KINDS):
        titled = [
            (hit.start("title"), hit.end("title"), " ".join(folded[hit.start("title") : hit.end("title")].split()))
            for hit in _SV_TITLED.finditer(work)
        ]
        if titled:
            found = sorted(found + titled)
    if work is not None:
        taken = [(start, end) for start, end, _key in found]
        named = [d for d in _vi_named_documents(folded, work) if not any(s < d[1] and d[0] < e for s, e in taken)]
        if named:
            found = sorted(found + named)
    if ("nam " in folded or "giai doan " in folded) and (
        "ngan sach" in folded
        or "von " in folded
        or "du toan" in folded
        or "su nghiep" in folded
        or "tu cong" in folded
        or "bien che" in folded
        or "chi tieu" in folded
    ):
        ends = [end for _start, end, _key in found]
        budgets = [
            (hit.start(), hit.end(), folded[hit.start() : hit.end()])
            for hit in _opening_on(VI_BUDGET_YEAR, folded, _VI_BUDGET_OPENINGS)
            # "Nghị quyết số 18/NQ-HĐND ngày ... của HĐND tỉnh về kế hoạch đầu tư công năm 2026": the matter of the
            # document cited, part of its title, no reference of its own
            if not any(
                0 < hit.start() - end <= 80 and _VI_TITLE_MATTER.fullmatch(folded, end, hit.start()) for end in ends
            )
        ]
        if budgets:
            return sorted(found + budgets)
    return sorted(found) if work is not None and ("law on " in folded or "§" in work) else found


def reference_key(number: str, code: str | None) -> str:
    return (number + ("/" + code if code else "")).replace(" ", "")


def key_of(reference_text: str) -> str:
    """Return the comparison key of a reference written out (used to compare with a gold file)."""
    match = REFERENCE.search(fold_loose(reference_text))
    if not match:
        vide = IN_VIDE_NUMBER.search(fold_loose(reference_text))
        return vide.group("symbol") if vide else fold_loose(reference_text)
    return reference_key(match.group("num"), match.group("code") or match.group("spaced"))
