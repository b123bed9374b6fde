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

from tracker.extraction.cues import EN, VI
from tracker.extraction.dates import DATE_FRAGMENT
from tracker.extraction.textprep import fold_loose, words

_TYPES = (
    # English
    r"resolutions?|decisions?|plans?|directives?|official (?:letter|dispatch)|dispatch|conclusions?|"
    r"notices?|notifications?|action (?:programme|program)|programmes?|programs?|projects?|schemes?|"
    r"decrees?|circulars?|laws?|documents?|reports?|instructions?|"
    # a county's or city's law by its number: "Ordinance 6290-B", "By-law 2019-114"
    r"ordinances?|by-laws?|bylaws?|"
    # an Indian department's office memorandum: "Finance Department O.M. No. 4512/F dated 12.01.2026"
    # ("Department of Expenditure OM No. 42(07)/PF-II/2025": with no stops, only before its number sign)
    r"o\.\s?m\.|om(?=\s*no\b)|office\s+memorand(?:um|a)|"
    # an Indian head of department's memo: "as per Memo No. 3318/PR/2026 of the Commissioner of Panchayat Raj"
    r"memos?|"
    # Vietnamese (folded)
    r"nghi quyet|quyet dinh|ke hoach|chi thi|cong van|ket luan|thong bao|chuong trinh hanh dong|"
    # "Công điện số 41/CĐ-TTg": the Prime Minister's or a province's urgent telegram
    r"cong dien|"
    r"chuong trinh|de an|nghi dinh|thong tu|luat|van ban|bao cao|huong dan|to trinh|"
    # "Quy định số 12-QĐ/TU", "Quy chế số 05-QC/TU": a party committee's regulation or working rules
    r"quy dinh|quy che|"
    # French
    r"resolution|decision|depeche officielle|lettre officielle|avis|programme d'action|projet|decret|"
    r"circulaire|loi|rapport|"
    # "l'Édit n° 003/2025": a Congolese province's law
    r"edit|"
    # "la délibération n° 2025-112 du 18 décembre 2025": a French local council's act
    r"deliberation|"
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
    # ("OM No. 42(07)/PF-II/2025": an Indian file number, its sub-file in brackets before the section's letters)
    r"(?P<num>\d{1,5}(?:\(\d{1,3}\)(?=/))?(?:/\d{4}|/\d{2,3}(?![\w/-])|-\d{1,4}(?![\w/-]))?)"
    rf"(?:[-/](?P<code>{_CODE})|\s(?P<spaced>[a-z][a-z0-9&]*[-/][a-z0-9&]+(?:[-/][a-z0-9&]+)*))?"
)
_DATED = r"(?:,?\s*(?:dated|of|daterad|den|du|en date du|ngay|ban hanh ngay)\s+(?P<date>" + DATE_FRAGMENT + r"))?"

#: The letters the types open on (each alternative of ``_TYPES`` opens on its first letter): tested first at each
#: position, a cheap test that spares the long alternation.
_TYPE_INITIALS = "".join(sorted({alternative[0] for alternative in _TYPES.split("|")}))
REFERENCE = re.compile(
    rf"(?=[{_TYPE_INITIALS}])\b(?P<type>{_TYPES})\s*(?:(?P<sign>{_NUMBER_SIGN})\s*)?{_SYMBOL}(?![\w/-]){_DATED}",
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
#: board's initials, the meeting's date, the paragraph), as a follow-up list's row cites the decision it comes from;
#: a Finland-Swedish board's, its initials in mixed case and its date the Finnish way: "StS 2.2.2026 § 22", "StF
#: 15.12.2025 § 98", "BilN 22.4.2026 § 47"; or by its case number: "KS 2025/0311 § 112".
SV_DECISION = re.compile(
    r"\b(?:[A-ZÅÄÖ]{2,6}\s(?:19|20)\d\d-[01]\d-[0-3]\d"
    # "KS 2025/0311 § 112": the board's case number and the paragraph that decided it
    r"|[A-ZÅÄÖ]{2,6}\s(?:19|20)\d\d/\d{1,5}"
    r"|[A-ZÅÄÖ][a-zåäö]{0,2}[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,3}\s[0-3]?\d\.[01]?\d\.(?:19|20)\d\d),?\s§\s?\d{1,4}\b"
)


#: A Vietnamese budget or capital plan of a year, which an order draws on: "nguồn dự phòng ngân sách tỉnh năm 2026",
#: "dự toán ngân sách năm 2027", "kế hoạch vốn đầu tư công năm 2026 của tỉnh", "nguồn sự nghiệp giao thông năm 2025"
#: (folded view), or of a period ("... trung hạn giai đoạn 2026 - 2030"). The year is the plan's, no deadline.
VI_BUDGET_YEAR = re.compile(
    # ("dự toán chi sự nghiệp y tế năm 2026", "dự toán chi thường xuyên năm 2027": the budget of a kind of spending)
    r"\b(?:nguon\s+du\s+phong\s+ngan\s+sach|du\s+toan(?:\s+(?:ngan\s+sach|thu|chi(?:\s+thuong\s+xuyen|"
    # ("làm căn cứ bố trí vốn năm 2026": the capital of a budget year, by the bare word)
    r"\s+dau\s+tu(?:\s+phat\s+trien)?|\s+su\s+nghiep(?:\s+[a-z]+){1,2}?)?))?|von(?=\s+nam\s)|"
    r"ke\s+hoach\s+von(?:\s+ngan\s+sach)?"
    r"(?:\s+dau\s+tu\s+cong)?|ke\s+hoach\s+dau\s+tu\s+cong|(?:nguon\s+)?von\s+(?:dau\s+tu\s+cong|ngan\s+sach)|"
    r"nguon\s+ngan\s+sach|(?:nguon|kinh\s+phi)\s+su\s+nghiep(?:\s+[a-z]+){1,2}?|"
    # "từ nguồn chi sự nghiệp kinh tế ngân sách tỉnh năm 2026": the budget of a level, named after what it funds
    r"ngan\s+sach(?=\s+(?:tinh|huyen|thi\s+xa|xa|thanh\s+pho|quan|trung\s+uong|dia\s+phuong)\s+nam\s)|"
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
_VI_BUDGET_OPENINGS = (
    "nguon",
    "du toan",
    "ke hoach",
    "von",
    "kinh phi",
    "phuong an",
    "cac chi",
    "chi tieu",
    "ngan sach",
)


#: A Vietnamese law by its name (folded view; "Luật", "Bộ luật" and the name's first word in capitals in the text), with
#: its year, or up to the end of its clause: "Luật Đất đai năm 2024", "Luật Ban hành văn bản quy phạm pháp luật năm
#: 2025", "theo quy định của Luật Thú y." (not "Luật Đất đai và các văn bản ...": a name that runs into the sentence).
#: ("tai" folds "tại", at, and "tai" of "thiên tai": the law's last word where its clause, its year or its number
#: follows: "Luật Phòng, chống thiên tai, báo cáo ...", "Luật Phòng, chống thiên tai năm 2013")
_VI_AT = r"tai\b(?!\s*(?:[.;,:)]|$|(?:nam\s+)?(?:19|20)\d\d\b|so\s+\d))"
_VI_LAW_NAME_STOP = rf"(?:cac|truoc|trong|khi|duoc|nham|cho|{_VI_AT}|theo|cua|nay|toi|den|het|voi|vao|tren|sang|xong)\b"
VI_NAMED_LAW = re.compile(
    r"\b(?:bo\s+)?luat\s+(?P<name>[a-z]+)(?:,\s+chong)?"
    # (its name, then its number: "Luật Đầu tư công số 58/2024/QH15", "Luật Đất đai số 31/2024/QH15")
    rf"(?:(?:\s+(?!{_VI_LAW_NAME_STOP})[a-z]+){{0,9}}?\s+so\s+\d{{1,4}}/(?:19|20)\d\d/[a-z]+\d*\b"
    rf"|(?:\s+(?!{_VI_LAW_NAME_STOP})[a-z]+){{0,9}}?\s+(?:nam\s+)?(?:19|20)\d\d\b"
    # (with no year, a short name, up to the end of its clause or the preposition after it: "phổ biến Luật Thủy sản tới
    # ngư dân", "tuyên truyền Luật Đất đai đến người dân": the law, not the people it goes to)
    rf"|(?:\s+(?!{_VI_LAW_NAME_STOP})[a-z]+){{0,5}}?"
    rf"(?=\s*[.;,:)](?!\s*chong\b)|\s*$|\s+(?:toi|den|cho|voi|het|vao|tren|{_VI_AT}|trong|truoc|sang|xong)\b))"
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
#: The province's (or city's) master plan, the one of its kind, cited by its kind alone in capitals (folded view; the
#: citing words before it): "về sự phù hợp với Quy hoạch tỉnh", "cập nhật vào Quy hoạch thành phố".
VI_PROVINCE_PLAN = re.compile(
    r"\b(?:phu\s+hop\s+voi|theo(?:\s+dung)?|dieu\s+chinh|(?:cap\s+nhat|bo\s+sung|tich\s+hop)(?:\s+vao)?)\s+"
    r"(?P<plan>quy\s+hoach\s+(?:tinh|thanh\s+pho))\b"
)
#: A verb that makes a plan, joined to the citing verb after it (folded view, right before that verb): "xây dựng và ",
#: "xây dựng, ban hành và ", "tham mưu ban hành, ": the plan is the order's product.
_VI_MAKES = r"(?:xay\s+dung|ban\s+hanh|lap|tham\s+muu|soan\s+thao|du\s+thao)"
_VI_MAKES_THEN = re.compile(rf"\b{_VI_MAKES}(?:\s*(?:,|\s+va)\s*{_VI_MAKES})*(?:\s+va|\s*,)\s*$")
#: A Party congress's resolution, by the congress (folded view): "Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ
#: 2025-2030", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng", "Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ
#: 2025 - 2030" (its term, no deadline).
VI_CONGRESS_RESOLUTION = re.compile(
    r"\bnghi\s+quyet\s+dai\s+hoi\s+(?:[a-z]+\s+){0,6}?"
    r"(?:lan\s+thu\s+(?:[ivxl]+|\d{1,2}|[a-z]+)\b(?:\s+cua\s+dang\b)?(?:,?\s+nhiem\s+ky\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)?"
    r"|nhiem\s+ky\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)"
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
    for hit in _opening_on(VI_CITED_PLAN, folded, ("theo", "dieu", "phu", "thuc", "trien")) if dated else ():
        # (a capital plan of a year, "Kế hoạch đầu tư công trung hạn ...", is the budget's: see ``VI_BUDGET_YEAR``)
        if (
            work[hit.start("plan")].isupper()
            and not VI_BUDGET_YEAR.match(folded, hit.start("plan"))
            # ("xây dựng và triển khai Kế hoạch kiểm tra ... năm 2026": the plan the order makes, no reference)
            and not _VI_MAKES_THEN.search(folded, max(0, hit.start() - 50), hit.start())
        ):
            found.append((hit.start("plan"), hit.end("plan"), " ".join(hit.group("plan").split())))
    if "quy hoach tinh" in folded or "quy hoach thanh pho" in folded:
        for hit in VI_PROVINCE_PLAN.finditer(folded):
            after = work[hit.end() : hit.end() + 2].strip()
            # (not "Quy hoạch tỉnh Hà Vân thời kỳ ...", its name and period after it: see ``VI_CITED_PLAN``)
            if work[hit.start("plan")].isupper() and not (after and after[0].isupper()):
                found.append((hit.start("plan"), hit.end("plan"), " ".join(hit.group("plan").split())))
    if "nghi quyet dai hoi" in folded:
        for hit in VI_CONGRESS_RESOLUTION.finditer(folded):
            if work[hit.start()].isupper():
                found.append((hit.start(), hit.end(), " ".join(hit.group().split())))
    if "Với " in work or "Về " in work or "Đối với " in work or "Riêng " in work:
        for hit in _opening_on(VI_DOCUMENT_MATTER, work, ("Riêng", "Đối với", "Về", "Với")):
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
FR_NAMED_PROGRAMME = re.compile(
    # ("l'appel à projets « Fonds vert - renaturation des villes »": a call for projects by its name)
    r'\b(?:programme|appel\s+a\s+(?:projets|candidatures|manifestation\s+d\'interet))\s+["«“]\s*[^"«»“”\n]{2,80}?\s*["»”]'
)  # (the folded view's '"')
FR_FINANCE_LAW = re.compile(
    # ("l'avant-projet de loi de finances initiale 2027": the draft's draft, its year right after it)
    r"(?:\bavant-)?\b(?:projet\s+de\s+)?loi\s+de\s+finances(?:\s+(?:initiale|rectificative))?\s+(?:(?:pour|de)\s+"
    r"(?:l'annee\s+|l'exercice\s+)?)?(?:19|20)\d\d\b"
)
#: A decree or an order whose number opens on its kind's letter, as Guinean and Malian texts number them (folded
#: view): "décret D/2025/0318/PRT/SGG", "arrêté A/2026/112/MATD".
FR_LETTERED_ACT = re.compile(
    # ("la Loi L/2025/031/CNT portant Code de l'urbanisme": a law numbered the same way, by the body that voted it)
    r"\b(?:decret|arrete|ordonnance|decision|circulaire|loi)\s+(?:n°\s*|no\s+)?"
    r"[a-z]{1,3}/(?:19|20)\d\d/\d{1,5}(?:/[a-z0-9]{1,10}){0,5}(?![\w/-])"
)
#: The kinds of French acts whose title follows their number after "portant" (folded).
_FR_ACT_TYPES = frozenset(("loi", "decret", "ordonnance", "decision", "circulaire", "resolution", "edit"))
#: A French order by its number, its kind and matter before the number sign (folded view): "arrêté-cadre sécheresse
#: n° 2024-DDT-0412", "l'arrêté préfectoral n° 2026-118 du 3 juin 2026", "arrêté interministériel n° 0412".
FR_NUMBERED_ORDER = re.compile(
    rf"\barrete(?:-cadre)?(?:\s+[a-z-]+){{0,3}}?\s+(?:n°|nº|no\.?|numero)\s*{_SYMBOL}(?![\w/-]){_DATED}"
)
#: A French act by its number, one or two words of its kind between (folded view): "l'Edit budgétaire n°004/2024 du 27
#: décembre 2024", "la Loi organique n° 2024-17", "le décret présidentiel n° 25/114".
FR_QUALIFIED_ACT = re.compile(
    r"\b(?:edit|loi|decret|ordonnance)\s+(?!(?:de|du|des|d'|et|ou|portant|relative?|sur|en|au|a|le|la|les)\b)"
    rf"[a-z-]{{3,}}(?:\s+[a-z-]{{3,}})?\s+(?:n°|nº|no\.?|numero)\s*{_SYMBOL}(?![\w/-]){_DATED}"
)
#: A report by its number, its kind's words between (folded view): "rapport d'inspection CGEDD-CGAAER n° 015234-01",
#: "le rapport d'audit n° 2025-14".
FR_NUMBERED_REPORT = re.compile(
    r"\brapport\s+(?:d'|de\s+)[a-z-]{3,}(?:\s+[a-z-]{2,}){0,2}?\s+(?:n°|nº)\s*\d[\d/-]{0,14}(?<![/-])(?![\w/-])"
)
#: The title of an act after its number, up to the end of its clause (folded view): "décret D/2025/0312/PRG/SGG
#: portant programme national de construction ...", "Loi n°25/031 du 28 décembre 2025 portant Loi de finances pour
#: l'exercice 2026" (a comma goes on in a title's list, "portant création, organisation et fonctionnement de ...", not
#: before the citing sentence's next words: ", de lui rendre compte", ", avant le 30 juin").
_FR_TITLE = re.compile(
    r"\s+portant\s+(?:"
    # (not the citing sentence's delay or date after it, "... portant loi de finances pour 2027 dans un délai de trente
    # jours", "... avant le 30 juin", nor the next act it cites: "la loi n° 2020-15 portant code X et du décret n° ...")
    r"(?!\s(?:dans\s+(?:un|les|le)\s+(?:delai|meilleurs|plus\s+bref|\d)|avant\s+(?:le|la|l'|fin|\d)|d'ici|"
    r"au\s+plus\s+tard|sous\s+(?:huitaine|quinzaine|\d|un\s+delai|[a-z]+\s+jours)|"
    r"et\s+(?:du|de\s+la|de\s+l'|des|de|d'|le|la|l')\s*(?:loi|decret|arrete|ordonnance|decision|circulaire|edit)s?\b))"
    r"(?:[^;.:\n,]|,(?!\s+(?:de|d'|du|des|et|afin|en|avant|apres|dans|au|aux|a|pour|sous|sur|par|"
    r"conformement|notamment|qui|dont|lequel|laquelle|ainsi|tout|toute|le|la|les|l'|il|elle|ils)\b))){3,160}(?<![\s,])"
)
#: A French programme or plan named with the period it runs over, no acronym (working view): "Programme national
#: d'alimentation scolaire 2025-2029", "Plan régional de santé pour 2023-2028"; a strategy the same way: "Stratégie
#: nationale d'assainissement 2026-2030".
FR_PERIOD_PLAN = re.compile(
    r"\b(?:(?:Programme|Plan)\s+(?:[Nn]ational\s+|[Rr][ée]gional\s+|[Dd][ée]partemental\s+|[Ss]ectoriel\s+)?|"
    r"Stratégie\s+(?:[Nn]ationale\s+|[Rr][ée]gionale\s+|[Dd][ée]partementale\s+|[Ss]ectorielle\s+)?)"
    r"(?:d['’]\s*|de\s+|du\s+|des\s+|pour\s+)"
    # (its name only, not a relative clause or the citing sentence's verb after it: "le Plan d'urbanisme révisé qui
    # entrera en vigueur pour 2027-2037", "le Plan de formation sera mis en œuvre sur 2026-2028")
    r"(?:(?!\s(?:qui|que|qu['’]|dont|lequel|laquelle|lesquels|lesquelles|est|sont|sera|seront|doit|doivent|devra|"
    r"devront|couvre|couvrent|couvrira|couvriront|entre|entrera|entreront|s['’][ée]tend|s['’][ée]tendra)\b)"
    r"[^()\n.;:,]){3,100}?\s(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b"
    # ("Stratégie Nationale de Développement 2020-2030 (SND30)": its acronym in brackets after the period)
    r"(?:\s*\([A-Z][A-Z0-9]{1,9}\))?"
)
#: A French programme by its full name with a capital, no period nor acronym, that closes the sentence (working
#: view): "... le rapport de suivi du Programme d'appui aux PME rurales.", "la mise en œuvre du Programme triennal de
#: lutte contre l'érosion." (its name's end is the sentence's).
FR_SENTENCE_END_PROGRAMME = re.compile(
    r"(?<=\bdu )Programme\s+(?:[Nn]ational\s+|[Rr][ée]gional\s+|[Dd][ée]cennal\s+|[Tt]riennal\s+|[Qq]uinquennal\s+)?"
    r"(?:d['’]\s*|de\s+|des\s+)"
    r"(?:(?!(?:qui|que|dont|afin|avant|pour|dans|lors|sous|par|et|avec)\b)[\w'’-]+\s+){0,6}[\w'’-]{3,}"
    r"(?=\.(?:[ \t]*\n|[ \t]*$|[ \t]+[A-Z]))"
)
#: A plan named by its acronym, with the level it is drawn up at (working view): "les plans ORSEC régionaux", "le
#: plan ORSEC départemental", "le plan POLMAR".
_FR_PLAN_LEVEL = (
    r"\s+(?:nationa(?:l|le|les|ux)|r[ée]giona(?:l|le|les|ux)|d[ée]partementa(?:l|le|les|ux)|communa(?:l|le|les|ux)|"
    r"intercommuna(?:l|le|les|ux)|zona(?:l|le|les|ux)|loca(?:l|le|les|ux))"
)
FR_ACRONYM_PLAN = re.compile(
    # (a known family of plans, its level optional; any other capitals with the level only: not "the drainage plan
    # ASAP", "le plan SIG des conduites")
    r"\b[Pp]lans?\s+(?:(?:ORSEC|ORSAN|POLMAR|VIGIPIRATE|PPMS|PCS|PPI|PPRI|PPRN|PPRT|PPR|PLUI|PLU|PCAET|PDU|PLH|SDAGE|"
    rf"SAGE|PGRI|PPA|PRSE|PNSE)\b(?![-’'])(?:{_FR_PLAN_LEVEL})?|[A-Z]{{3,10}}\b(?![-’']){_FR_PLAN_LEVEL})"
)
#: A verb that makes the plan it is followed by, the order's product, no reference (folded view, the words right
#: before the plan): "préparer le plan X", "élabore le Plan ... 2027-2037", "chargé de l'élaboration du plan".
_FR_MAKES_PLAN = re.compile(
    r"\b(?:prepar|elabor|redig|etabli|dress|cree|concev|concoi)[a-z]*\s+(?:(?:le|la|les|un|une|des|du|son|sa|ses|leur|"
    r"leurs|notre|nos)\s+|l')$|\b(?:preparation|elaboration|redaction|etablissement|creation|conception)\s+(?:du|des|"
    r"de\s+la|de\s+l'|d'un|d'une)\s*$"
)
#: A determiner or pronoun after "arrête" that makes it the verb ("Le conseil arrête le règlement no 2027-04"), not the
#: order "arrêté" (folded view).
_FR_ARRETE_VERB = re.compile(r"arrete\s+(?:le|la|les|l'|un|une|des|du|son|sa|ses|leur|leurs|ce|cet|cette|ces)\b")
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
    # ("le plan communal de sauvegarde (PCS)": a plan of a commune, in lower case as a council's minutes write it)
    r"\b(?:(?:Programme|[Pp]lan)\s+(?:[Nn]ational\s+|[Rr][ée]gional\s+|[Dd][ée]cennal\s+|[Tt]riennal\s+|"
    r"[Qq]uinquennal\s+|[Cc]ommunal\s+|[Ii]ntercommunal\s+|[Dd][ée]partemental\s+|[Ll]ocal\s+)?"
    # "les Cadres de Dépenses à Moyen Terme (CDMT) 2027-2029": a budget's programming framework
    r"|Cadres?\s+(?=de\s+[Dd][ée]penses\b))"
    r"(?:d['’]\s*|de\s+|du\s+|des\s+|pour\s+)[^()\n.;:]{3,100}?"
    r"\([A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,6})?(?:\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?\)"
    r"(?:\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b)?"
)
#: The communes' safeguard plans by their kind, in lower case with no acronym after them (folded view): "leurs plans
#: communaux de sauvegarde", "le plan communal de sauvegarde" (not "d'un plan communal de sauvegarde", any one).
FR_SAFEGUARD_PLAN = re.compile(
    r"\b(?:le|les|leur|leurs|son|ses|du|des|au|aux|nos|vos)\s+"
    r"(?P<plan>plans?\s+(?:inter)?communa(?:l|ux)\s+de\s+sauvegarde)\b(?!\s*\()"
)
#: An article of a French code, by its number (folded view): "l'article 187 du Code minier", "article L. 2212-2 du code
#: général des collectivités territoriales", "les articles 12 et 13 du Code de la route", "du code du travail".
FR_CODE_ARTICLE = re.compile(
    r"\barticles?\s+(?:[lrd]\.?\s*)?\d{1,5}(?:[-.]\d{1,5})*(?:\s+(?:bis|ter|quater))?"
    r"(?:\s*(?:,|et|a)\s*(?:[lrd]\.?\s*)?\d{1,5}(?:[-.]\d{1,5})*){0,3}\s+du\s+code\s+"
    r"(?:(?:general|civil|penal|minier|forestier|electoral|foncier|petrolier|douanier|rural|pastoral|maritime|"
    r"monetaire|fiscal|communal|domanial|sanitaire|social|administratif)\b"
    r"(?:\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+)[a-z-]{3,}\b)?"
    r"|(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+)[a-z-]{3,}\b)"
    # (its field's adjective: "de la santé publique", "des collectivités territoriales", "de procédure pénale")
    r"(?:\s+(?:(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+)?(?!relati|applicabl)[a-z-]{3,}(?:ique|iques|ale|ales|aux|al|ics|iere|ieres|"
    r"ier|iers|aire|aires|elle|elles|el|els|ive|ives|if|ifs)\b)){0,2}"
    # (a second field after "et": "du code des postes et des communications électroniques", "du code de la construction
    # et de l'habitation"; not "et des textes en vigueur", other acts)
    r"(?:\s+et\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+)(?!(?:dispositions?|textes?|reglements?|lois?|decrets?|articles?|"
    r"normes?|procedures?|regles?|arretes?|circulaires?|conventions?|instructions?)\b)[a-z-]{3,}\b"
    r"(?:\s+(?!relati|applicabl)[a-z-]{3,}(?:ique|iques|ale|ales|aux|al|iere|ieres|ier|iers|aire|aires|elle|elles|el|els|"
    r"ive|ives|if|ifs)\b)?)?"
)
#: A commune's financial plan named with the years it covers (folded view): "la planification financière 2026-2030",
#: "le plan des investissements 2026-2029", "le plan financier 2027-2031" (the period is the plan's, no deadline).
FR_FINANCIAL_PLAN = re.compile(
    r"\b(?:planification\s+financiere|plan\s+financier|plan\s+des\s+investissements)"
    r"(?:\s+(?:communale?|intercommunale?|pluriannuel(?:le)?|quinquennale?|de\s+la\s+commune))?"
    r"\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b"
)
#: An article of a law cited by the law's acronym, as Swiss and Belgian texts cite them (working view): "prévu par
#: l'art. 46 LATC", "l'article 12 al. 2 LAT", "art. 684 CC" (the acronym in capitals, its last letter one too).
FR_LAW_ACRONYM_ARTICLE = re.compile(
    r"\b(?:art\.|articles?)\s+\d{1,4}[a-z]?(?:\s+(?:al\.|alinéa)\s+\d{1,2})?(?:\s+(?:let\.|lettre|ch\.|chiffre)\s+"
    # (not a heading in capitals: "ARTICLE 5 DU RÈGLEMENT")
    r"[a-z0-9]{1,3}\)?)?\s+(?!(?:DU|DE|DES|LA|LE|LES|ET|EN|AU|AUX|OU)\b)[A-Z][A-Za-z]{0,6}[A-Z]\b(?![’'-])"
    r"(?!\s+[A-ZÀ-Ý]{2,})"
)
#: A French plan by its acronym alone and the place it covers (working view): "le PPRI de la Sorne", "du PLU de
#: Briare", "le PCS de Saint-Aubin" (not after "plan", found with it).
#: (the words such a plan's acronym opens on, see ``_opening_on``)
_FR_PLAN_ACRONYMS = ("PPR", "PLU", "PCS", "PPI", "SDAGE", "SAGE", "PGRI", "PCAET", "PDU", "PLH", "SCOT", "SCoT")
FR_PLAN_ACRONYM_OF_PLACE = re.compile(
    r"(?<![Pp]lan )\b(?:PPRI|PPRN|PPRT|PPRL|PPRIF|PPR|PLUi|PLUI|PLU|PCS|PPI|SDAGE|SAGE|PGRI|PCAET|PDU|PLH|SCOT|SCoT)"
    r"\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)[A-ZÀ-ÖØ-Þ][\w’'-]*"
)
#: A document annexed to the act, by its kind and what it is of (folded view): "le plan de financement annexé à la
#: présente délibération", "selon le modèle joint en annexe", "la convention ci-annexée".
FR_ANNEXED = re.compile(
    r"\b(?:plan|modele|convention|reglement|cahier\s+des\s+charges|tableau|grille|liste|calendrier|formulaire|"
    r"canevas|fiche|protocole|avenant|charte|budget|devis|document|bordereau)"
    r"(?:\s+(?!(?:annexee?s?|jointe?s?|ci-annexee?s?|ci-jointe?s?|selon|conformement|et|ou|qui|que|dont)\b)[a-z'-]+){0,5}?"
    # ("la fiche d'inventaire jointe en annexe 1": the annex by its number)
    r"\s+(?:annexee?s?\s+(?:a\s+la|au|a\s+l')\s*(?:presente?\s+)?[a-z]+|jointe?s?\s+en\s+annexe(?:\s+(?:n\s*[°o]\s*)?"
    r"\d{1,2}(?![\d/.]))?|ci-annexee?s?|ci-jointe?s?)\b"
)
#: A sitting named by its date, whose decisions an order carries out (folded view): "(les mesures) arrêtées lors du
#: Conseil interministériel du 22 mai 2025", "retenues lors de la réunion de coordination du 3 mars 2026".
FR_DATED_SITTING = re.compile(
    r"\b(?:arretee?s?|decidee?s?|adoptee?s?|retenue?s?|prise?s?|convenue?s?)\s+lors\s+(?:du|de\s+la|de\s+l')\s*"
    r"(?P<what>(?:conseil|comite|seminaire|reunion|session|seance|conference)\b[^.;:\n\d]{0,60}?\s+du\s+"
    + DATE_FRAGMENT
    + r")"
)
#: A programme or a plan named with the one year it runs for, in a few words (working view): "le programme 2026", "le
#: programme d'investissement 2025", "le plan de formation 2025", "le Plan de riposte économique 2026" (not a date:
#: "le programme lancé en mars 2025", nor a relative clause or a verb before the year); a season's campaign by its
#: year, "la campagne agricole 2026", "la campagne de vaccination 2026" (not "2026-2027", a season over two years).
FR_YEAR_PLAN = re.compile(
    r"\b(?:[Pp]rogramme|[Pp]lan|[Cc]ampagne(?=\s+(?:d|(?:19|20)\d\d\b|[a-zéè]+(?:ole|ale|aire|i[eè]re)\s+(?:19|20)\d\d)))"
    r"(?:\s+(?:[Nn]ational\s+|[Rr][ée]gional\s+|[Dd][ée]partemental\s+|[Cc]ommunal\s+|[Aa]nnuel\s+)?"
    r"(?:d['’]\s*|de\s+|du\s+|des\s+)"
    r"(?:(?!(?:qui|que|qu['’]|dont|est|sont|sera|seront|a|ont|en|depuis|pour|sur|au|aux|dans|avant|apres|"
    r"jusqu['’]|fin|debut|d[ée]but|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|"
    r"d[ée]cembre|l['’]ann[ée]e|l['’]exercice|ann[ée]e|exercice|"
    # ("le plan de prévention des inondations d'ici 2027", "courant 2027", "à 2027": the plan's deadline)
    r"d['’]ici|ici|courant|à)\b)[\w'’-]+\s+){1,6}?"
    r"|\s+(?:(?<=ampagne )[a-zéè]+(?:ole|ale|aire|i[eè]re)\s+)?)(?:19|20)\d\d\b(?!\s*[-–/]\s*\d)"
)
#: A public contract by its number (folded view): "le marché n° 2025/041/MEEA/SG/DMP", "marché public n° 12/2026",
#: "l'accord-cadre n° 2023-AC-071", "la convention n° 2024-118".
FR_NUMBERED_CONTRACT = re.compile(
    r"\b(?:marche(?:\s+public)?|accord-cadre|convention|contrat|avenant)\s+(?:n°|nº|no\.?|numero)\s*"
    r"\d{1,5}(?:[-/][a-z0-9]{1,12}){1,6}(?![\w/-])"
)
#: An agreement named by the day it was signed (folded view): "la convention de partenariat signée le 18 novembre
#: 2025", "le protocole d'accord conclu le 3 mars 2026".
FR_SIGNED_AGREEMENT = re.compile(
    r"\b(?:convention|protocole|accord|contrat|avenant|charte|memorandum)"
    r"(?:[\s-]+(?!(?:signee?s?|conclue?s?|qui|que|dont|et|ou|le|la|les)\b)[a-z'-]+){0,5}?"
    r"\s+(?:signee?s?|conclue?s?)\s+(?:le\s+)?" + DATE_FRAGMENT
)
#: The day a plan was adopted, after its name (folded view): " adopté le 8 avril 2026", ", approuvée le 3 mars 2026".
_FR_ADOPTED_ON = re.compile(r",?\s+(?:adoptee?|approuvee?|validee?|arretee?)\s+le\s+" + DATE_FRAGMENT)
#: A French act named by its kind and the day it was made, no number (folded view): "l'arrêté interministériel du 2
#: mars 2026", "l'arrêté cadre sécheresse du 9 décembre 2025", with the article cited: "l'article 3 de l'arrêté
#: préfectoral du 27 avril 2026".
FR_DATED_ACT = re.compile(
    r"\b(?:articles?\s+\d{1,4}(?:\s+(?:bis|ter))?\s+(?:de\s+l'|du\s+|de\s+la\s+))?"
    r"(?:arrete|decret|circulaire|ordonnance|deliberation|instruction)"
    r"(?:[\s-]+(?!(?:du|de|des|d|la|le|les|et|ou|en|au|portant|relatif|relative|pris|prise)\b)[a-z]{3,}){0,3}?"
    r"\s+du\s+" + DATE_FRAGMENT
)
#: An agreement or contract a French text names by the acronym of its programme (working view): "la convention ORT",
#: "le contrat CRTE", "la convention OPAH-RU".
FR_ACRONYM_AGREEMENT = re.compile(r"\b[Cc]o(?:nvention|ntrat)\s+[A-Z]{2,8}(?:-[A-Z]{1,4})?\b(?![\w'’-])")
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
#: After "och", the verb of the citing sentence's next task, or another statute, where the title has ended (folded):
#: "se över lagen (1997:735) om riksfärdtjänst och lämna förslag ...", "lagen (1997:736) om färdtjänst och lagen
#: (1997:735) om ...".
_SV_TASK_VERBS = words(
    "lamna foresla redovisa analysera bedoma utreda kartlagga beskriva overvaga belysa uppratta utarbeta se ta "
    "lagen forordningen balken"
)


#: A clause of purpose or result with its own subject, before the verb that stopped a title (folded): "förordningen
#: (2019:744) om riskhantering i fysisk planering för att kommunerna ska ...": the citing sentence's, not the title's.
_SV_PURPOSE_CLAUSE = re.compile(r"[ \t]+(?:for|sa)[ \t]+att(?:[ \t]+[a-z0-9-]+){1,3}$")


def _sv_title_end(folded: str, end: int) -> int:
    """The end of a statute's title "om ..." that starts at ``end`` (right after its name or number), or ``end``."""
    title = _SV_STATUTE_TITLE.match(folded, end)
    if title is None:
        return end
    position = before_and = end
    for word in _TITLE_WORD.finditer(folded, end, title.end()):
        if word.group(1) in _SV_TITLE_STOP:
            clause = _SV_PURPOSE_CLAUSE.search(folded, end, word.start())
            if clause is not None:
                position = clause.start()
            break
        if (word.group(1) in _SV_TASK_ADVERBS or word.group(1) in _SV_TASK_VERBS) and folded.endswith(
            " och", 0, word.start()
        ):
            position = before_and  # "... om konsekvensanalys vid regelgivning och särskilt beskriva ..."
            break
        if word.group(1) == "och":
            before_and = position
        position = word.end()
    return position if position > end + len(" om") + 1 else end


#: A statute's name before its number (folded): "lagen" of "lagen (2006:412)", "förordningen" of "förordningen (".
_SV_STATUTE_NAME = re.compile(r"[a-z]+")


def _sv_statutes_again(folded: str, statutes: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "lagen om allmänna vattentjänster" after "lagen (2006:412) om allmänna vattentjänster": a statute cited
    before with its number, named again by its title alone (the same title, or the first two words of it at least)."""
    again = []
    for start, end, _key in statutes:
        name = _SV_STATUTE_NAME.match(folded, start)
        number_end = folded.find(")", start, end) + 1
        if name is None or number_end <= 0 or not folded.startswith(" om ", number_end):
            continue
        title = folded[number_end:end].split()[1:]
        short = f"{name.group()} om "
        position = folded.find(short)
        while position >= 0:
            if position == 0 or not folded[position - 1].isalnum():
                head = position + len(name.group())
                hits = list(_TITLE_WORD.finditer(folded, head, _sv_title_end(folded, head)))  # "om", then its title
                words = [hit.group(1) for hit in hits[1:]]
                n = len(words) if title[: len(words)] == words else len(title) if words[: len(title)] == title else 0
                if n >= min(2, len(title)) and n:
                    again.append((position, hits[n].end(), " ".join(folded[position : hits[n].end()].split())))
            position = folded.find(short, position + 1)
    return again


#: A section of a Swedish statute named without its number (folded): "14 kap. 3 § regeringsformen", "5 kap. 2 §
#: socialtjänstlagen", "2 kap. 1 a § miljöbalken" (one cited with its number, "14 och 15 §§ kommittéförordningen
#: (1998:1474)", is the statute's reference).
_SV_STATUTE_SECTION = re.compile(
    r"\b\d{1,2}\s+kap\.\s+\d{1,3}\s+(?:[a-z]\s+)?§\s+(?:regeringsformen|[a-z-]*(?:lagen|balken|forordningen))\b(?!\s*\()"
)
#: An EU directive by its Swedish short name, one compound in the definite form (folded): "tillgänglighetsdirektivet",
#: "betaltjänstdirektivet" (not the terms of reference: "tilläggsdirektivet", "kommittédirektivet").
_SV_NAMED_DIRECTIVE = re.compile(r"\b(?!(?:tillaggs|kommitte|utrednings)direktivet)[a-z]{4,}direktivet\b")
#: A regulation by its short name, one compound (folded): "dataskyddsförordningen", "en ny betaltjänstförordning"
#: (not one with its number, "kommittéförordningen (1998:1474)", the statute's reference); an EU regulation by its
#: subject: "ny EU-förordning om statligt stöd" (its title a few words up to a bracket or a stop).
_SV_NAMED_REGULATION = re.compile(
    r"\b(?:[a-z]{4,}forordning(?:en)?\b(?!\s*\()|eu-forordning(?:en)?(?:\s+om(?:\s+[a-z]+){1,4}?(?=\s*[(,.;:|]))?\b)"
)
#: An authority's regulations by their number in its series (folded): "Livsmedelstillsynsverkets föreskrifter om
#: dricksvatten (LTVFS 2022:12)", "Socialstyrelsens föreskrifter och allmänna råd (SOSFS 2011:9)".
_SV_AUTHORITY_RULES = re.compile(
    r"\b[a-z]{3,}s\s+foreskrifter(?:\s+och\s+allmanna\s+rad)?(?:\s+om(?:\s+[a-z0-9-]+){1,8}?)?"
    r"\s+\([a-z]{2,8}fs\s+(?:19|20)\d\d:\d{1,4}\)"
)
#: A Swedish official report, bill or terms of reference by its number in its series (folded): "betänkandet Trygga
#: val i en ny tid (SOU 2024:58)", "promemorian ... (Ds 2025:7)", "propositionen ... (prop. 2025/26:74)", with the
#: title the noun that names it gives (a line break may part them); or the number alone: "(dir. 2023:41)".
_SV_SERIES_REPORT = re.compile(
    r"\b(?:(?:del|slut)?betankandet|promemorian|propositionen|remissen)\s+"
    r"[^().;:]{3,100}?\s\((?:sou|ds|prop\.)\s+(?:19|20)\d\d(?:/\d\d)?:\d{1,4}\)"
    r"|(?<=\()(?:sou|ds|prop\.|dir\.)\s+(?:19|20)\d\d(?:/\d\d)?:\d{1,4}(?=\))"
)
#: An act of the EU by its name, one compound (folded): "EU:s dricksvattendirektiv", "EU:s dataskyddsförordning",
#: "EU:s ramdirektiv" (not "EU:s förordning om ...", whose title has no clear end); an adjective may come first:
#: "EU:s omarbetade dricksvattendirektiv", "EU:s nya batteriförordning".
_SV_EU_ACT = re.compile(r"\beu:s\s+(?:[a-z]{2,}[ae]\s+)?[a-z]{3,}-?(?:direktiv|forordning)(?:et|en)?\b")


#: An agency's instruction, its title the agency's name (folded): "förordningen (2007:1244) med instruktion för
#: Statskontoret", "... för Statens jordbruksverk", "... för Sveriges geologiska undersökning", "... för Myndigheten
#: för delaktighet" (a genitive, an adjective in "-a", or "myndigheten för X" goes on with the name).
_SV_INSTRUCTION_FOR = re.compile(
    r"[ \t]+med[ \t]+instruktion[ \t]+for\s+"
    # ("Myndigheten för digital förvaltning", "... för psykologiskt försvar": an adjective before the noun)
    r"(?:myndigheten\s+for\s+(?:[a-z-]{2,}(?:al|isk|iskt|ig|iga|ell|ella)\s+)?[a-z-]{3,}|"
    r"[a-z-]{3,}s\s+(?:[a-z-]{3,}a\s+)?[a-z-]{3,}|[a-z-]{3,})\b"
)


#: A range of a statute's sections right before its name (folded): "14–15 a §§ " of "14–15 a §§ kommittéförordningen
#: (1998:1474)", cited with it (not "14 och 15 §§ ...", two sections named one by one: the statute alone).
_SV_SECTION_RANGE_BEFORE = re.compile(r"\b\d{1,3}\s*[–-]\s*\d{1,3}(?:\s+[a-z])?\s+§§\s+$")


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
        section = _SV_SECTION_RANGE_BEFORE.search(folded, max(start - 24, 0), start) if start else None
        if section is not None:
            start = section.start()  # "14–15 a §§ kommittéförordningen (1998:1474)": the range of sections cited
        instruction = _SV_INSTRUCTION_FOR.match(folded, end) if folded.startswith(" med ", end) else None
        end = instruction.end() if instruction is not None else _sv_title_end(folded, end)
        found.append((start, end, " ".join(folded[start:end].split())))
    if found and " om " in folded:
        taken = [(start, end) for start, end, _key in found]
        found += _starting_clear_of(taken, _sv_statutes_again(folded, found))
        found.sort()
    return found


#: A Swedish government office's diary number in brackets, after the matter it was given in (working view): "...
#: klimatanpassning av befintlig bebyggelse (Fi2025/01873)", "regeringsbeslut den 14 april 2024 (KVD2024/01177)",
#: "(Fö2026/00412)", "(VÄ2023/00915)" (an office's letters may be Swedish ones).
#: (Not a fiscal year: "(FY2026/2027)".)
#: ("(RS 2025/0088)", "(KS 2024/412)": a region's or a municipality's case number, its letters set apart)
_SV_DIARY_NUMBER = re.compile(
    r"\((?P<number>(?!FY)[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,3}(?:19|20)\d\d/\d{4,5}|[A-ZÅÄÖ]{1,5} (?:19|20)\d\d/\d{2,5})\)"
)
#: A document cited by its title right before such a number (working view): "Plan för minskad inhyrd personal (",
#: "Riktlinjer för bisysslor (", "Handlingsplanen för suicidprevention (": its kind a capital first.
_SV_TITLE_BEFORE_NUMBER = re.compile(
    r"(?<![\w-])(?P<title>(?=[A-ZÅÄÖ])(?i:[a-zåäö-]*(?:plan|planen|program|programmet|strategi|strategin|policy|"
    r"policyn|riktlinjer|riktlinjerna|reglemente|reglementet|rapport|rapporten|taxa|taxan))"
    r"(?: (?:för|om|mot) [^\n().;:,]{2,80}?)?) $"
)
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
        title = (
            _SV_TITLE_BEFORE_NUMBER.search(work, max(0, hit.start() - 100), hit.start()) if decision is None else None
        )
        if decision is not None:
            found.append((decision.start(), hit.end(), " ".join(folded[decision.start() : hit.end()].split())))
        elif title is not None:
            # "Plan för minskad inhyrd personal (RS 2025/0088)": the document, cited with its number
            found.append((title.start(), hit.end(), " ".join(folded[title.start() : hit.end()].split())))
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


def _clear_of(taken, items) -> list:
    """The ``items`` (start, end, ...) that overlap none of the ``taken`` spans."""
    return [item for item in items if not any(s < item[1] and item[0] < e for s, e, *_rest in taken)]


def _starting_clear_of(taken, items) -> list:
    """The ``items`` (start, end, ...) that start inside none of the ``taken`` spans."""
    return [item for item in items if not any(s <= item[0] < e for s, e, *_rest in taken)]


def _with_free_hits(found: list, matches, folded: str | None = None) -> list:
    """``found`` with the ``matches`` that overlap none of it, each as (start, end, its text with the spaces made
    single: the folded text's where ``folded`` is given, for matches made in the working copy), in text order."""
    hits = [
        (
            hit.start(),
            hit.end(),
            " ".join((folded[hit.start() : hit.end()] if folded is not None else hit.group()).split()),
        )
        for hit in matches
    ]
    if not hits:
        return found
    return sorted(found + _clear_of(found, hits))


def _french_references(folded: str, work: str | None) -> list[tuple[int, int, str]]:
    found = []
    for openings, pattern in (
        (("programme", "appel a "), FR_NAMED_PROGRAMME),
        (("avant-projet", "projet de loi de finances", "loi de finances"), FR_FINANCE_LAW),
    ):
        found += [
            (hit.start(), hit.end(), " ".join(hit.group().split())) for hit in _opening_on(pattern, folded, openings)
        ]
    if "reglement" in folded:
        bylaws = _opening_on(FR_BYLAW, folded, ("reglement",))
        found += [(hit.start(), hit.end(), " ".join(hit.group().split())) for hit in bylaws]
    if "/" in folded:
        acts = _opening_on(FR_LETTERED_ACT, folded, ("decret", "arrete", "ordonnance", "decision", "circulaire", "loi"))
        portant = "portant" in folded
        for hit in acts:
            title = _FR_TITLE.match(folded, hit.end()) if portant else None
            end = title.end() if title is not None else hit.end()
            found.append((hit.start(), end, " ".join(folded[hit.start() : end].split())))
    if "n°" in folded or "nº" in folded or "no " in folded:
        acts = _opening_on(FR_QUALIFIED_ACT, folded, ("edit ", "loi ", "decret ", "ordonnance "))
        found += [(hit.start(), hit.end(), " ".join(hit.group().split())) for hit in acts]
        if "rapport " in folded:
            reports = _opening_on(FR_NUMBERED_REPORT, folded, ("rapport ",))
            found += [(hit.start(), hit.end(), " ".join(hit.group().split())) for hit in reports]
    if "arrete" in folded:
        orders = _opening_on(FR_NUMBERED_ORDER, folded, ("arrete",))
        found += [
            (hit.start(), hit.end(), " ".join(hit.group().split()))
            for hit in orders
            # (not the verb: "Le conseil arrête le règlement no 2027-04", its "ê" and the determiner after it)
            if work is None or work[hit.start() + 5] in "éÉ" or not _FR_ARRETE_VERB.match(folded, hit.start())
        ]
    if work is not None and ("rogramme " in work or "lan " in work or "Stratégie " in work):
        plans = _opening_on(FR_PERIOD_PLAN, work, ("Programme", "Plan", "Stratégie"))
        for hit in plans:
            if _FR_MAKES_PLAN.search(folded, max(0, hit.start() - 30), hit.start()):
                continue  # the order's product
            # "le Plan de campagne agricole 2026-2027 adopté le 8 avril 2026": the day it was adopted, its name's part
            adopted = _FR_ADOPTED_ON.match(folded, hit.end())
            end = adopted.end() if adopted is not None else hit.end()
            found.append((hit.start(), end, " ".join(folded[hit.start() : end].split())))
        if "du Programme " in work:
            taken = [(start, end) for start, end, _key in found]
            found += [
                (hit.start(), hit.end(), " ".join(folded[hit.start() : hit.end()].split()))
                for hit in _opening_on(FR_SENTENCE_END_PROGRAMME, work, ("Programme",))
                if not any(s <= hit.start() < e for s, e in taken)
            ]
    if work is not None and "lan" in work:
        plans = _opening_on(FR_ACRONYM_PLAN, work, ("plan", "Plan"))
        found += [
            (hit.start(), hit.end(), " ".join(folded[hit.start() : hit.end()].split()))
            for hit in plans
            if not _FR_MAKES_PLAN.search(folded, max(0, hit.start() - 30), hit.start())  # the order's product
        ]
    if work is not None and "(" in work:
        plans = _opening_on(FR_NAMED_PLAN, work, ("Programme", "Plan", "plan", "Cadre"))
        found += [
            (hit.start(), hit.end(), folded[hit.start() : hit.end()])
            for hit in plans
            # "le plan communal de sauvegarde (PCS)": a plan in lower case only with its own acronym (not "un plan de
            # renforcement des effectifs de l'Office anti-stupéfiants (OFAST)", the office's)
            if work[hit.start()] != "p"
            or ("," not in hit.group() and work[hit.start() + hit.group().rfind("(") + 1] == "P")
        ]
    if "annex" in folded or "ci-joint" in folded:
        found += [(hit.start(), hit.end(), " ".join(hit.group().split())) for hit in FR_ANNEXED.finditer(folded)]
    if "sauvegarde" in folded:
        for hit in FR_SAFEGUARD_PLAN.finditer(folded):
            found.append((hit.start("plan"), hit.end("plan"), " ".join(hit.group("plan").split())))
    if work is not None and ("rogramme " in work or "lan " in work or "ampagne " in work):
        taken = [(start, end) for start, end, _key in found]
        plans = _opening_on(FR_YEAR_PLAN, work, ("Programme", "programme", "Plan", "plan", "Campagne", "campagne"))
        found += [
            (hit.start(), hit.end(), " ".join(folded[hit.start() : hit.end()].split()))
            for hit in plans
            if not _FR_MAKES_PLAN.search(folded, max(0, hit.start() - 30), hit.start())  # the order's product
            and not any(s <= hit.start() < e for s, e in taken)
        ]
    # (each of the pattern's openings and of its numbers' signs: "le contrat no 2026-114", "la convention numéro ...")
    contracts = _opening_on(
        FR_NUMBERED_CONTRACT, folded, ("marche", "accord-cadre", "convention", "contrat", "avenant")
    )
    found += [(hit.start(), hit.end(), " ".join(hit.group().split())) for hit in contracts]
    if work is not None and "rogramme" in work and "(" in work:
        for defined in _opening_on(_FR_PROGRAMME_ACRONYM, work, ("Programme", "programme")):
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
    # (the title's bracket may wrap over two lines: "Chapter 8.24 (Short-Term\nRentals) of the County Code")
    r"\b(?:Chapter|Title|Section|Article)\s+\d{1,5}(?:\.\d{1,4})*[A-Z]?(?:\s+\([^()\n]{1,60}(?:\n[^()\n]{1,60})?\))?"
    r"\s+of\s+the\s+"
    # ("Section 3 of the Code of Conduct", "the Code of Ethics and Conduct": the rest of the code's name)
    r"(?:[A-Z][\w'’-]*\s+){0,4}Code\b(?:\s+of\s+[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})?"
    r"(?:\s+\([^()\n]{1,60}\))?"
)
#: ... or after the code's name: "Municipal Code Chapter 17.42", "Public Contract Code Section 22050".
EN_CODE_THEN_PART = re.compile(r"\bCode\s+(?:Chapter|Title|Section|Article)\s+\d{1,5}(?:\.\d{1,4})*[A-Z]?\b")
#: ... or after the code's acronym, a municipal code's "...MC" (working view): "PAMC Chapter 5.62", "SMC Title 17".
EN_CODE_ACRONYM_PART = re.compile(r"\b[A-Z]{1,4}C\s+(?:Chapter|Title|Section)\s+\d{1,5}(?:\.\d{1,4})*[A-Z]?\b")
_CODE_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,3}$")
#: ... or by its name alone, a part of it in brackets after it (working view): "the Zoning Code (Section 11-4-6)", "the
#: Election Code", "the Ontario Building Code" (not a code that is no enactment: "the Postal Code", "the Dress Code").
EN_NAMED_CODE = re.compile(
    r"\bthe\s+(?P<code>(?!(?:Area|Zip|ZIP|Postal|Post|Dress|Source|QR|Bar|Country|Access|Promo|Colou?r|Security|Error)\s)"
    r"(?:[A-Z][\w'’-]*\s+){1,3}Code\b(?!\s+of\b)"
    r"(?:\s+\((?:Section|Sections|Chapter|Title|Article|Part|s\.)\s*\d[\w.-]*\))?)"
)
#: A draft act by its kind and its matter (folded view): "the draft Regulation on Private Pharmacies", "the draft
#: regulation on the registration of non-governmental organizations", "the draft procedure for the registration and
#: licensing of private pharmacies", up to the end of its clause or the verb after it.
EN_DRAFT_ACT = re.compile(
    # ("the draft Memorandum of Agreement between the Province and the Irrigation Administration on the desilting
    # of the river": an agreement by its parties and its matter)
    r"\bdraft\s+(?:regulations?|procedures?|decree|policy|rules|guidelines|strategy|statute|charter|by-?laws?|"
    r"ordinance|(?:memorandum\s+of\s+)?(?:agreement|understanding)|contract)\s+"
    r"(?:on|for|of|regarding|concerning|governing|between)\s+[^,.;:()\n|]{3,100}?"
    r"(?=\s*[,.;:()\n|]|\s+(?:was|were|is|are|has|have|had|which|that|presented|submitted|prepared|with|and\s+"
    r"(?:instructed|directed|asked|requested|tasked|assigned|"
    # (the next step of the order on it: "review the draft agreement on X and render its opinion thereon")
    r"render|submit|report|return|present|forward|transmit))\b|\s*$"
    # (not the order's deadline after it: "draft rules on X by June 30", "... within two weeks")
    r"|\s+(?:by|before|within|until|no\s+later\s+than|not\s+later\s+than|prior\s+to)\s+(?:the\s+)?(?:\d|(?:end|next|"
    r"mid|first|second|third|fourth|last|this|year|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|q[1-4]|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b))"
)
#: Where "draft" is the verb of the order, not a draft act's adjective (folded view, the words right before it): "to
#: draft regulations on X", "shall draft guidelines for Y", "review and draft", a list item's or sentence's first word.
_DRAFT_AS_VERB = re.compile(
    r"(?:\b(?:to|shall|will|must|should|would|could|can|may|and|or|not|also|then|please)\s+"
    # ("04/14/2026 | Draft ordinance on X | City Attorney": a table cell's first word, its verb)
    r"|(?:^|[.;:!?\n|])\s*(?:[-•*]\s*|\(?(?:\d{1,2}|[a-z])[.)]\s*)?)$"
)
#: A verb that makes the draft after it (folded view, the words right before it): "prepare the ", "to develop a ".
_MAKES_DRAFT = re.compile(r"\b(?:prepare|develop|formulate|draw\s+up|produce)[sd]?\s+(?:the|a|an)\s+$")
#: The words after "and" that open a verb's clause inside a draft act's name (folded view): "draft policy on X and
#: bring it back", "... and report to Council": the name ends before them.
_AND_THEN = re.compile(r",?\s+and\s+(?:then\s+|also\s+)?")


def _en_draft_acts(folded: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """The draft acts named in ``folded[lo:hi]`` (see ``EN_DRAFT_ACT``), "draft" an adjective, each name ending before
    an "and" that opens a verb's clause."""
    found = []
    for hit in EN_DRAFT_ACT.finditer(folded, lo, len(folded) if hi is None else hi):
        if _DRAFT_AS_VERB.search(folded[max(0, hit.start() - 12) : hit.start()]):
            continue
        if _MAKES_DRAFT.search(folded, max(0, hit.start() - 30), hit.start()):
            continue  # "shall prepare the draft regulation on X": the order's product, no document cited
        end = hit.end()
        for joint in _AND_THEN.finditer(folded, hit.start(), end):
            if EN.imperative.match(folded, joint.end()):
                end = joint.start()
                break
        found.append((hit.start(), end))
    return found


#: An order's words that point back to a document named before it (folded view): "publish it", "the legal review of
#: the draft", "finalize the text of the regulation", "approved the procedure".
_BACK_TO_DOCUMENT = re.compile(
    # ("it" as a document verb's object only: not "repair the playground and report on it")
    r"\b(?:(?:publish|finali[sz]e|circulate|gazette|promulgate|enact|adopt|approve|sign|table|submit|present|forward|"
    r"transmit|send|review|revise|amend|translate|disseminate|implement|notify|issue|complete|redraft|re-draft)\s+it"
    r"|the\s+(?:draft|regulations?|procedures?|text|rules|guidelines|policy|strategy|decree|ordinance|charter|"
    r"statute|agreement))\b"
)
#: A public investment plan of a year or a period, as the English editions of Vietnamese texts write it (folded view):
#: "the medium-term public investment plan for the 2026-2030 period", "for 2026-2030", "the 2026 public investment
#: capital plan", "the 2026 public investment capital of the province", "the 2026 provincial public investment plan"
#: (the year is the plan's, no deadline).
EN_INVESTMENT_PLAN = re.compile(
    r"\b(?:(?:19|20)\d\d\s+)?(?:medium-term\s+)?(?:(?:provincial|district|municipal|city|national|state)\s+)?"
    r"public\s+investment\s+(?:capital\s+)?(?:plan|capital)\b"
    r"(?:\s+(?:for|of)\s+(?:the\s+)?(?:period\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?:\s+period)?"
    r"|\s+of\s+the\s+province)?"
)


#: A plan, a strategy, a programme or a budget by its name in capitals, its year or period first or last when it has
#: one (working view): "the Downtown Parking Strategy", "the 2027 Operating Budget", "the FY 2026-27 Capital
#: Improvement Program", "the Draft Air Quality Action Plan 2026-2031", "the National Monsoon Preparedness and Response
#: Plan, 2083", "the Budget 2025". The kind's word is found first (``_EN_NAMED_KIND``, with what follows it), then the
#: name's words before it (``_EN_NAME_BEFORE``); a capital right after it makes it part of a longer name or a heading
#: ("... Program Update"). A study too: "the 2024 Downtown Parking Study"; and a year's "Budget Estimates 2027-28", as
#: Indian offices name the budget.
_EN_NAMED_KIND = re.compile(
    r"\b(?:Strategy|Plan|Program|Programme|Platform|Budget(?:\s+Estimates(?=\s+(?:19|20)\d\d))?|Framework|Policy|Study)\b"
    r"(?P<tail>\s+(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d(?:/\d\d)?)?(?![\w/-])|,\s+(?:19|20)\d\d(?![\w/-])"
    r"|\s+\((?:FY\s*)?(?:19|20)\d\d[^()\n]{0,24}\))?"
    r"(?!['’-]|\s+(?:[A-Z]|\d|of\s+[A-Z]|d['’]|de\s|du\s|des\s))"
)
_EN_NAMED_KINDS = ("Strategy", "Plan", "Program", "Platform", "Budget", "Framework", "Policy", "Study")
_EN_NAME_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<year>(?:(?:FY|Fiscal[ \t]+Year)[ \t]*)?(?:19|20)\d\d(?:[ \t]*[-–/][ \t]*(?:19|20)?\d\d)?[ \t]+)?"
    r"(?:(?!(?:The|This|That|These|Its|Their|A|An|In|On|Under|For|With|To|By|Of|And|Du|De|Des|Le|La|Les|Au|Aux)\b)"
    # (not an item's code before the name: "IE-2025-19 Urban Forest Canopy Strategy")
    r"(?![A-Z]{1,4}-\d)[A-Z][\w’'-]*[ \t]+(?:(?:and|of|for|on)[ \t]+)?){0,5}\Z"
)
#: What stands before a plan that is the order's product, a new document, no reference (folded): "prepare an Action
#: Plan", "a Communication Strategy", "a draft Domestic Animal Management Plan 2027-2030".
_NEW_DOCUMENT_BEFORE = re.compile(r"\b(?:(?:a|an)(?:\s+(?:new|draft))?|new)\s+$")
#: ... or a verb that makes it, its name with no year (folded): "to finalise the State Heat Action Plan", "draft the
#: Winter Shelter Strategy" (not "update the X Plan", "implement the X Plan": one that exists, cited).
_PRODUCT_VERB_BEFORE = re.compile(r"\b(?:to\s+|and\s+)(?:finali[sz]e|prepare|formulate|draw\s+up)\s+the\s+$")
#: What makes a programme, a platform, a framework or a policy with no year a document cited (folded): a verb that acts
#: on a document ("adopt the X Framework", "amend the X Program", "review the Community Grants Policy"), "under the X
#: Program", or its funds after it ("X Program funds"); otherwise it is a service ("move payments to the Online Payment
#: Platform").
_DOCUMENT_VERB_BEFORE = re.compile(
    r"\b(?:adopt|amend|update|implement|approve|revise|ratify|endorse|review)(?:s|ed|d|ing)?\s+(?:the\s+)?$"
    r"|\b(?:under|per|pursuant\s+to|in\s+accordance\s+with|in\s+line\s+with)\s+(?:the\s+)?$"
)
_FUNDS_AFTER = re.compile(r"\s+(?:funds?|funding|grants?|guidelines|criteria|allocations?)\b")
#: "the draft" right before a named plan (folded): the draft of that plan, cited as such ("post the draft 2026-2031
#: Capital Improvement Program"); not "a draft ...", a new document (``_NEW_DOCUMENT_BEFORE``).
_THE_DRAFT_BEFORE = re.compile(r"\bthe\s+(?P<draft>draft)\s+$")


def _named_plans(folded: str, work: str) -> list[tuple[int, int, str]]:
    """Plans, strategies, programmes, policies and budgets by their names (``_EN_NAMED_KIND``); a budget only with its
    year."""
    found = []
    for hit in _opening_on(_EN_NAMED_KIND, work, _EN_NAMED_KINDS):
        name = _EN_NAME_BEFORE.search(work, max(0, hit.start() - 80), hit.start())
        if name is None or (not name.group() and not hit.group("tail")):
            continue
        if hit.group().startswith("Budget") and not (name.group("year") or hit.group("tail")):
            continue  # "Budget staff", "the Planning & Building Budget hearings": a budget is named by its year
        if _NEW_DOCUMENT_BEFORE.search(folded, max(0, name.start() - 16), name.start()):
            continue
        if (
            not (name.group("year") or hit.group("tail"))
            and not hit.group().startswith("Budget")
            and _PRODUCT_VERB_BEFORE.search(folded, max(0, name.start() - 24), name.start())
        ):
            continue  # "to finalise the State Heat Action Plan": the order's product, not a document cited
        if (
            hit.group()[:3] in ("Pro", "Pla", "Fra", "Pol")
            and not hit.group().startswith("Plan")
            and not (name.group("year") or hit.group("tail"))
            and not _DOCUMENT_VERB_BEFORE.search(folded, max(0, name.start() - 40), name.start())
            and not _FUNDS_AFTER.match(folded, hit.end())
        ):
            continue  # "move payments to the Online Payment Platform", "expand the Senior Meals Program": a service
        start = name.start()
        # "on the draft Eastbank Secondary Plan": the draft is the document cited (not a year's budget: "in the draft
        # 2026 Operating Budget" cites that budget)
        draft = _THE_DRAFT_BEFORE.search(folded, max(0, start - 12), start)
        if draft is not None and not hit.group().startswith("Budget"):
            start = draft.start("draft")
        found.append((start, hit.end(), " ".join(folded[start : hit.end()].split())))
    return found


#: A numbered policy with its title after a comma (working view): "Policy C-204, Snow and Ice Control", "Policy
#: FIN-12"; a numbered transfer, agreement or permit: "Budget Transfer No. 27-044", "Agreement No. 26-0418",
#: "Contract Change Order No. 4".
EN_NUMBERED_POLICY = re.compile(
    r"\bPolicy\s+[A-Z]{1,4}-?\d{1,4}(?:[.-]\d{1,4})*\b"
    r"(?:,\s+[A-Z][\w'’-]*(?:\s+(?:(?:and|of|for|on|the|in)\s+)*[A-Z][\w'’-]*){0,6}(?=\s*[,.;:)]|\s+[a-z]|\s*$))?"
)
#: A numbered policy's name right before it, in capitals (working view): "Snow and Ice Control " of "Snow and Ice
#: Control Policy C-412", "Reserve " of "Reserve Policy C-217"; not a verb that opens the order nor a word that opens a
#: phrase ("Amend Policy C-12", "Implement Policy C-5", "Following Policy C-12, ...", "In Policy C-12 ...").
_POLICY_NAME_BEFORE = re.compile(
    r"(?<![\w'’-])(?:(?!(?:The|That|This|These|Those|To|In|On|At|By|For|From|With|Within|Under|Per|As|See|And|Or|Of|"
    r"Following|Regarding|Concerning|Including|Pursuant|Consistent|According|Amend|Review|Revise|Update|Apply|Adopt|"
    r"Rescind|Repeal|Implement|Enforce|Follow|Use|Include|Replace|Approve|Observe|Consult)\b)"
    r"[A-Z][a-z][\w'’-]*\s+(?:(?:and|of|for|on)\s+)?){1,5}\Z"
)


def _numbered_policies(work: str) -> list[tuple[int, int]]:
    """(start, end) of each numbered policy of ``work`` (``EN_NUMBERED_POLICY``) with its name before it
    (``_POLICY_NAME_BEFORE``), in order: the patterns tried only at each "Policy", not at every capital."""
    found: list[tuple[int, int]] = []
    at = work.find("Policy")
    while at >= 0:
        hit = EN_NUMBERED_POLICY.match(work, at)
        if hit is None:
            at = work.find("Policy", at + 6)
            continue
        name = _POLICY_NAME_BEFORE.search(work, max(0, at - 120, found[-1][1] if found else 0), at)
        found.append((name.start() if name is not None else at, hit.end()))
        at = work.find("Policy", hit.end())
    return found


EN_NUMBERED_INSTRUMENT = re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w'’-]*\s+){0,3}(?:Transfer|Agreement|Contract|Order|Amendment|Permit|Licen[cs]e|"
    r"Certificate|Memorandum)\s+No\.\s?\d{1,6}(?:-\d{1,6})*[A-Z]?\b"
)
_INSTRUMENT_CHAR = re.compile(r"[\w'’\s-]")


def _numbered_instruments(work: str):
    """The matches of ``EN_NUMBERED_INSTRUMENT`` in ``work``, in order, as ``finditer`` gives them: each holds one
    "No." and only words and spaces before it, so the pattern is tried only from the last other character before
    each "No."."""
    reached = 0
    position = work.find("No.")
    while position >= 0:
        lo = position
        while lo > reached and _INSTRUMENT_CHAR.match(work, lo - 1):
            lo -= 1
        for start in range(max(lo, reached), position):
            if (hit := EN_NUMBERED_INSTRUMENT.match(work, start)) is not None:
                reached = hit.end()
                yield hit
                break
        position = work.find("No.", max(position + 1, reached))


#: An Indian act by its title and year (working view): "the Vindhyanchal Lok Sewa Guarantee Adhiniyam, 2010", "the
#: Disaster Management Act, 2005", "the Right of Children to Free and Compulsory Education Act, 2009".
EN_ACT_OF_YEAR = re.compile(r"\b(?:Act|Adhiniyam|Sanhita|Ordinance|Rules|Regulations),\s+(?:18|19|20)\d\d\b")
_EN_ACT_OF_YEAR_OPENINGS = ("Act,", "Adhiniyam,", "Sanhita,", "Ordinance,", "Rules,", "Regulations,")
#: A section of an act right before the act's name (working view): "Section 117 of the ", "section 12(3) of the ",
#: "Rule 4A of the ".
_EN_SECTION_OF_BEFORE = re.compile(
    r"\b(?:Section|section|Sec\.|Rule|Regulation|Clause|Article)\s+\d{1,4}[A-Z]?(?:\s*\(\w{1,4}\)){0,2}\s+of\s+(?:the\s+)?\Z"
)
_ACT_NAME_BEFORE = re.compile(
    r"(?<![\w'’-])(?:(?!The\b)[A-Z][\w'’().-]*[ \t]+(?:(?:of|to|and|for|on|in|the)[ \t]+){0,2}){1,9}\Z"
)
#: A bill of a year by its title, its amendment in brackets (working view): "the Cooperatives Societies (Amendment)
#: Bill, 2027", "the Public Procurement Bill, 2026" (no "the" inside: "in Parliament of the X Bill" names the bill
#: after it).
EN_BILL_OF_YEAR = re.compile(
    # ("the Offshore Fisheries Management (Amendment) Bill 2026": its year without the comma)
    r"(?<![\w'’(-])(?:(?!The\b)\(?[A-Z][\w'’-]*\)?[ \t]+(?:(?:of|to|and|for|on|in)[ \t]+)?){1,9}"
    r"Bill,?[ \t]+(?:19|20)\d\d\b"
)
#: An order's words that point back to the bills named before it (folded view): "the two Bills", "the Bill", "both
#: Bills".
_BACK_TO_BILLS = re.compile(r"\b(?:the\s+(?:(?:two|three|four|said|above)\s+)?|both\s+)bills?\b")


def bills_named_before(work: str, folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """The bills an order points back to ("Cabinet approved the X (Amendment) Bill, 2027, and the Y Bill, 2027.
    Cabinet instructed the Ministry of Justice to expedite the drafting of the two Bills"): those named in the
    sentences of its paragraph before it, (start, end) of each."""
    if not _BACK_TO_BILLS.search(folded, start, end):
        return []
    lo = max(0, start - 400)
    paragraph = folded.rfind("\n\n", lo, start)
    lo = paragraph + 2 if paragraph >= 0 else lo
    spans, names = [], set()
    for hit in EN_BILL_OF_YEAR.finditer(work, lo, start):
        # (a bill named in its item's heading and again in its sentence: once)
        if " ".join(hit.group().split()) not in names:
            names.add(" ".join(hit.group().split()))
            spans.append(hit.span())
    return spans


#: An international agreement by its kind and its matter (working view): "the Agreement establishing the African
#: Medicines Agency", "the Convention on the Rights of Persons with Disabilities", "the Protocol to the X Convention",
#: up to the end of its clause.
EN_TREATY = re.compile(
    r"\bthe[ \t]+(?:Agreement|Convention|Treaty|Protocol|Charter)[ \t]+"
    r"(?:establishing|on|to|for|relating[ \t]+to)[ \t]+"
    r"[^.,;:\n]{3,100}?(?=[ \t]*[.,;:\n]|[ \t]+(?:and|which|that|was|were|is|are|by|with)\b)"
)
#: An order's words that point back to the agreement named before it (folded view): "the deposit of the instrument of
#: ratification", "the instrument of accession", "the Agreement", "the Convention".
_BACK_TO_TREATY = re.compile(
    r"\bthe\s+(?:instruments?\s+of\s+(?:ratification|accession|acceptance)|agreement|convention|treaty|protocol|charter)\b"
)


def treaty_named_before(work: str, folded: str, start: int, end: int) -> tuple[int, int] | None:
    """The agreement an order points back to ("Cabinet also approved the ratification of the Agreement establishing
    X. The Ministry of Health has been directed to coordinate the deposit of the instrument of ratification"): the last
    one named in its paragraph before it, (start, end) of its name, or None."""
    if not _BACK_TO_TREATY.search(folded, start, end):
        return None
    lo = max(0, start - 400)
    paragraph = folded.rfind("\n\n", lo, start)
    lo = paragraph + 2 if paragraph >= 0 else lo
    named = [hit.span() for hit in EN_TREATY.finditer(work, lo, start)]
    return named[-1] if named else None


#: A code's chapter cited in full ("Chapter 8.40 of the Tamarack County Code"), then by its number alone ("the Chapter
#: 8.40 amendments").
_CHAPTER_NUMBER = re.compile(r"\b(?:Chapter|Title|Section|Article)\s+\d{1,5}(?:\.\d{1,4})*[A-Z]?\b")


def _named_before(pattern: re.Pattern, work: str, folded: str, start: int, end: int, reach: int = 80):
    """The reference that runs from the name ``pattern`` finds right before ``start`` to ``end``, or None."""
    name = pattern.search(work, max(0, start - reach), start)
    if name is None:
        return None
    return name.start(), end, " ".join(folded[name.start() : end].split())


#: A law by its name and its year, as a translated notice cites it (working view): "in accordance with the Land Law
#: 2024", "the Investment Law 2020" (not "the Law on X", read by its own pattern).
_EN_LAW_OF_YEAR = re.compile(
    r"(?<![\w'’-])(?:(?!The\b)[A-Z][\w'’-]*[ \t]+(?:(?:on|of|and)[ \t]+)?){1,6}Law[ \t]+(?:19|20)\d\d(?![\w/-])"
)
#: A law or an act by its year, then its name (working view): "the 27 centres listed in the 2026 Appropriation Law",
#: "the 2025 Finance Act", "the 2026 Supplementary Appropriation Law" (a Nigerian state's budget is its law).
_EN_YEAR_LAW = re.compile(
    r"(?:(?<=\bthe )|(?<=\bThe )|(?<=\bits ))(?:19|20)\d\d[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,4}(?:Law|Act)(?![\w'’-])"
)

#: A section of an act named without its year (working view): "under Section 17 of the Planning Act", "section 34(1)
#: of the Municipal Act" (with its year, "Section 117 of the PFM Act, 2012", it is read with the act of a year).
_EN_SECTION_OF_ACT = re.compile(
    r"\b[Ss]ection\s+\d{1,4}(?:\.\d{1,3})?[A-Z]?(?:\s*\(\w{1,4}\)){0,2}\s+of\s+the\s+(?:[A-Z][\w'’-]*\s+){1,5}Act\b"
    r"(?!,?\s*(?:19|20)\d\d)"
)


def _english_titled(folded: str, work: str) -> list[tuple[int, int, str]]:
    """Plans and strategies by their names, numbered policies and instruments, acts of a year (patterns above)."""
    found = []
    if any(kind in work for kind in _EN_NAMED_KINDS):
        found += _named_plans(folded, work)
    if "Policy " in work:
        found += [(start, end, " ".join(folded[start:end].split())) for start, end in _numbered_policies(work)]
    if " No." in work:
        found += [
            (hit.start(), hit.end(), " ".join(folded[hit.start() : hit.end()].split()))
            for hit in _numbered_instruments(work)
        ]
    if "Bill, " in work:
        found += [
            (hit.start(), hit.end(), " ".join(folded[hit.start() : hit.end()].split()))
            for hit in EN_BILL_OF_YEAR.finditer(work)
        ]
    if " Law 1" in work or " Law 2" in work:
        found += [
            (hit.start(), hit.end(), " ".join(folded[hit.start() : hit.end()].split()))
            for hit in _EN_LAW_OF_YEAR.finditer(work)
        ]
    if " Law" in work or " Act" in work:
        found += [
            (hit.start(), hit.end(), " ".join(folded[hit.start() : hit.end()].split()))
            for hit in _EN_YEAR_LAW.finditer(work)
        ]
    if "ection " in work and " Act" in work:
        found += [
            (hit.start(), hit.end(), " ".join(folded[hit.start() : hit.end()].split()))
            for hit in _EN_SECTION_OF_ACT.finditer(work)
        ]
    if ", 1" in work or ", 2" in work:
        for hit in _opening_on(EN_ACT_OF_YEAR, work, _EN_ACT_OF_YEAR_OPENINGS):
            named = _named_before(_ACT_NAME_BEFORE, work, folded, hit.start(), hit.end(), reach=120)
            section = _EN_SECTION_OF_BEFORE.search(work, max(0, named[0] - 40), named[0]) if named else None
            if section is not None:  # "in line with Section 117 of the PFM Act, 2012": the section cited
                named = (section.start(), named[1], " ".join(folded[section.start() : named[1]].split()))
            if named is not None:
                found.append(named)
    return found


#: Documents an order acts on, written out with their article (working view), as the English editions of Vietnamese
#: texts write them: a target programme ("the National Target Program on new rural construction", its matter up to a
#: clause's word or a stop), a plan of a season or a period
#: ("the flood and storm response plan for the 2027 rainy season"), and the list of tasks a notice attaches
#: ("(Appendix attached)", "(Annex II attached)": the appendix, its number if it has one).
_EN_TARGET_PROGRAM = re.compile(
    r"\b[Tt]he\s+(?:(?:National|Provincial|national|provincial)\s+)?[Tt]arget\s+[Pp]rogram(?:me)?\s+(?:on|for)"
    # (its matter ends before a verb: "... on sustainable poverty reduction are fully disbursed")
    r"(?:\s+(?!(?:and|to|in|by|before|after|with|from|under|at|within|during|until|so|which|that|as|"
    r"is|are|was|were|be|been|has|have|had|shall|will|must|should|would|can|could|may)\b)[\w'’-]+){1,8}"
)
_EN_SEASON_PLAN = re.compile(
    r"\bthe\s+(?:(?!the\b|and\b)[a-z][a-z-]*\s+(?:and\s+)?){1,6}?plan\s+for\s+(?:the\s+)?"
    r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?:\s+(?:[a-z-]+\s+)?(?:season|period))?\b"
)
#: A verb that makes the plan after it, the order's product, no reference (folded view, the words right before the
#: plan): "shall prepare the provincial revenue plan for 2027", "to develop and submit the ... plan for 2027".
_EN_MAKES_PLAN = re.compile(
    r"\b(?:prepare|develop|draft|formulate|elaborate|draw\s+up|build|devise|design|compile)[sd]?"
    r"(?:\s+and\s+(?:submit|issue|present|adopt)[sd]?)?\s*$"
)
#: A year's annual plan in lower case, the year in the Gregorian or the Solar Hijri calendar (folded view): "the
#: implementation of the 1405 annual operational plan", "under the 2026 annual work plan".
_EN_YEAR_ANNUAL_PLAN = re.compile(
    r"(?<![\w/.-])(?:19|20|13|14)\d\d\s+annual\s+(?:(?:operational|operating|work|action|development|procurement)\s+)?"
    r"plan\b"
)
_EN_ATTACHED = re.compile(r"\((?P<ref>(?:Appendix|Annex)(?:\s+(?:[IVX]{1,4}|\d{1,2}|[A-Z]))?)\s+attached\s*\)")
#: A report's attachment by its number, which what the order acts on is listed in (working view): "the sites
#: identified in Attachment 1", "the roads listed in Attachment B".
_EN_IN_ATTACHMENT = re.compile(
    r"\b(?:identified|listed|set\s+out|shown|described|outlined|detailed|specified|contained|included)\s+(?:in|at)\s+"
    r"(?P<ref>Attachment\s+(?:No\.\s*)?(?:\d{1,2}|[A-Z])\b)"
)


def _en_written_out(folded: str, work: str) -> list[tuple[int, int, str]]:
    """The documents of ``_EN_TARGET_PROGRAM``, ``_EN_SEASON_PLAN`` and ``_EN_ATTACHED``."""
    hits = []
    if "target program" in folded:
        hits += [(h.start(), h.end()) for h in _EN_TARGET_PROGRAM.finditer(work)]
    if "plan for " in folded:
        hits += [
            (h.start(), h.end())
            for h in _EN_SEASON_PLAN.finditer(work)
            if not _EN_MAKES_PLAN.search(folded, max(0, h.start() - 40), h.start())  # the order's product
        ]
    if " annual " in folded:
        hits += [
            (h.start(), h.end())
            for h in _EN_YEAR_ANNUAL_PLAN.finditer(folded)
            if folded.endswith("the ", max(0, h.start() - 4), h.start())
            and not _EN_MAKES_PLAN.search(folded, max(0, h.start() - 40), h.start() - 4)  # the order's product
        ]
    if " attached)" in folded:
        hits += [(h.start("ref"), h.end("ref")) for h in _EN_ATTACHED.finditer(work)]
    if " attachment " in folded:
        hits += [(h.start("ref"), h.end("ref")) for h in _EN_IN_ATTACHMENT.finditer(work)]
    return [(start, end, " ".join(folded[start:end].split())) for start, end in hits]


def _english_references(folded: str, work: str | None) -> list[tuple[int, int, str]]:
    """A code's chapter, a draft act, a public investment plan of a year, a named plan (see the patterns above)."""
    found = []
    if work is not None and "Code" in work:
        found += [
            (hit.start(), hit.end(), " ".join(folded[hit.start() : hit.end()].split()))
            for hit in EN_CODE_PART.finditer(work)
        ]
        # the chapter named again by its number alone: "... amending Chapter 8.40 of the County Code. Directed County
        # Counsel to revise the Chapter 8.40 amendments ..."
        cited = {" ".join(work[start:end].split()[:2]) for start, end, _key in found}
        for hit in _CHAPTER_NUMBER.finditer(work) if cited else ():
            if hit.group() in cited and not any(s <= hit.start() < e for s, e, _key in found):
                found.append((hit.start(), hit.end(), " ".join(folded[hit.start() : hit.end()].split())))
        for hit in EN_CODE_THEN_PART.finditer(work):
            name = _CODE_NAME_BEFORE.search(work, max(0, hit.start() - 60), hit.start())
            start = name.start() if name else hit.start()
            if not any(s <= start < e for s, e, _key in found):
                found.append((start, hit.end(), " ".join(folded[start : hit.end()].split())))
        for hit in EN_NAMED_CODE.finditer(work):
            # "the Zoning Code (Section 11-4-6)", "the Election Code": a code by its name, cited whole
            start, end = hit.span("code")
            if not any(s < end and start < e for s, e, _key in found):
                found.append((start, end, " ".join(folded[start:end].split())))
    if work is not None and ("C Chapter" in work or "C Title" in work or "C Section" in work):
        found += [
            (hit.start(), hit.end(), " ".join(folded[hit.start() : hit.end()].split()))
            for hit in EN_CODE_ACRONYM_PART.finditer(work)
        ]
    if "draft " in folded:
        found += [(start, end, " ".join(folded[start:end].split())) for start, end in _en_draft_acts(folded)]
    if "public investment" in folded:
        found += [
            (hit.start(), hit.end(), " ".join(hit.group().split()))
            for hit in _opening_on(EN_INVESTMENT_PLAN, folded, ("19", "20", "medium-term", "public"))
            if any(c.isdigit() for c in hit.group())  # a plan of a year or a period, not the capital at large
        ]
    if work is not None:
        taken = [(start, end) for start, end, _key in found]
        found += _clear_of(taken, _english_titled(folded, work))
        taken = [(start, end) for start, end, _key in found]
        found += _clear_of(taken, _en_written_out(folded, work))
        if "budget" in folded:
            taken = [(start, end) for start, end, _key in found]
            found += _clear_of(taken, _en_year_budgets(folded, work))
    return found


#: A budget by its year, in lower case, that the order is to go into or draws on (folded view): "in the 2027 budget",
#: "the 2027 capital budget deliberations", "the 2026/27 budget", "the FY 2026-27 budget workshop", "the 2026 central
#: budget reserve", "the FY2026-27 budget"; a translated notice's estimate the funds are to be put in, "allocate
#: funding in the 2026 budget estimate", is that year's budget too.
_EN_YEAR_BUDGET = re.compile(
    r"(?<![\w/.-])(?:(?:fy|fiscal\s+year)\s*)?(?:19|20)\d\d(?:\s*[-/–]\s*(?:19|20)?\d\d)?\s+"
    # ("in the 2027 draft operating budget", "the 2027 proposed capital budget": the budget in the making)
    r"(?:central\s+budget\s+reserve|(?:(?:draft|proposed|preliminary)\s+)?(?:(?:capital|operating)\s+)?"
    r"budget(?:\s+estimates?\b)?"
    # "from the 2026 state budget investment plan", "the 2027 state budget": a translated notice's budget of a year
    # (not "the remaining 2026 central budget capital": money of that budget)
    r"|(?:state|central|provincial)\s+budget(?:\s+(?:investment|capital|expenditure)(?:\s+capital)?\s+plan"
    r"|(?!\s+(?:estimates?|capital|funds?|revenues?|sources?|allocations?)\b)))\b"
)
#: A month right before the year: the budget's meeting of that month, a date ("at the March 2027 budget workshop",
#: "at the May 5, 2026 budget workshop").
_MONTH_BEFORE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$"
)


def _en_year_budgets(folded: str, work: str) -> list[tuple[int, int, str]]:
    """The budgets of a year named in lower case (``_EN_YEAR_BUDGET``); one in capitals is a named plan's
    ("the 2027 Operating Budget", see ``_named_plans``)."""
    found = []
    at = folded.find("budget")
    while at >= 0:  # tried just before each "budget", not at every position of the text
        for hit in _EN_YEAR_BUDGET.finditer(folded, max(0, at - 40), at + 30):
            if hit.start() <= at < hit.end() and work[at] == "b":
                if not _MONTH_BEFORE.search(folded, max(0, hit.start() - 12), hit.start()):
                    found.append((hit.start(), hit.end(), " ".join(hit.group().split())))
                break
        at = folded.find("budget", at + 6)
    return found


#: A Swedish document named by its title after its kind, definite (working view): "i rapporten Granskning av intern
#: kontroll 2026", "enligt planen Trygg i Ekby 2025–2027": the title, a capital first and its year or period last.
_SV_TITLED_KINDS = ("rapporten", "planen", "handlingsplanen", "strategin", "programmet", "policyn", "promemorian")
_SV_TITLED = re.compile(
    rf"\b(?:{'|'.join(_SV_TITLED_KINDS)})\s+"
    r"(?P<title>[A-ZÅÄÖ][\w-]*(?:[ \t]+[\w-]+){0,8}?[ \t]+(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?)(?![\w–-])"
)
#: A Swedish plan cited by its title, a capital first and the period it runs over last (working view): "i Plan för
#: vinterväghållning 2024–2027", "som redovisas i Nationell plan för klimatanpassning 2025–2030".
_SV_PERIOD_PLAN_OPENINGS = ("Plan för ", "Nationell plan för ", "Regional plan för ")
_SV_PERIOD_PLAN = re.compile(
    r"(?:Nationell |Regional )?[Pp]lan för(?:[ \t]+[\wåäöÅÄÖ-]+){1,8}?"
    r"[ \t]+(?:19|20)\d\d\s*[–-]\s*(?:19|20)\d\d(?![\w–-])"
)
#: A verb that makes the plan it is followed by, the order's product, no reference (folded view, the words right
#: before the plan): "ta fram förslag till Plan för ...", "utarbeta en ny Plan för ...", "upprätta ett förslag på".
_SV_MAKES_PLAN = re.compile(
    r"\b(?:ta|tar|tas|tagit|arbeta|arbetar)\s+fram\s+(?:(?:ett|en)\s+)?(?:(?:nytt?|reviderad|uppdaterad)\s+)?"
    r"(?:forslag\s+(?:till|pa)\s+(?:(?:en|ett)\s+)?(?:(?:nytt?|reviderad|uppdaterad)\s+)?)?$"
    r"|\b(?:utarbeta|utarbetar|utarbetas|uppratta|upprattar|upprattas)\s+(?:(?:ett|en)\s+)?"
    r"(?:(?:nytt?|reviderad|uppdaterad)\s+)?(?:forslag\s+(?:till|pa)\s+(?:(?:en|ett)\s+)?)?$"
    # "bereda ett förslag till Bostadsförsörjningsprogram för X 2027–2030", "lägga fram förslag till ny ...": a draft
    # of it to make
    r"|\b(?:bereda|bereder|bereds|lagga\s+fram|lagger\s+fram|presentera|presenterar)\s+(?:(?:ett|en)\s+)?"
    r"(?:(?:nytt?|reviderat?|uppdaterat?)\s+)?forslag\s+(?:till|pa)\s+(?:(?:en|ett)\s+)?"
    r"(?:(?:nytt?|ny|reviderad|uppdaterad)\s+)?$"
)
#: A Swedish document cited by its title, one compound with a capital first that names its kind, then what it is for
#: and the period it runs over (working view): "Digitaliseringsstrategi för Hedbergs kommun 2022–2026",
#: "Bostadsförsörjningsprogram för Åby 2025–2028" (found from its kind's words, ``_SV_COMPOUND_TITLE_KINDS``).
_SV_COMPOUND_TITLE_KINDS = ("strategi för ", "plan för ", "program för ", "policy för ")
_SV_COMPOUND_TITLE = re.compile(
    r"[A-ZÅÄÖ][a-zåäö-]{2,}(?:strategi|plan|program|policy) för(?:[ \t]+[\wåäöÅÄÖ-]+){1,8}?"
    r"[ \t]+(?:19|20)\d\d\s*[–-]\s*(?:19|20)\d\d(?![\w–-])"
)


def _sv_compound_titles(work: str) -> list[tuple[int, int]]:
    """(start, end) of each ``_SV_COMPOUND_TITLE`` in ``work``: from each kind's word back to its compound's start."""
    found = []
    for kind in _SV_COMPOUND_TITLE_KINDS:
        position = work.find(kind)
        while position >= 0:
            start = position
            while start > 0 and (work[start - 1].isalpha() or work[start - 1] == "-"):
                start -= 1
            hit = _SV_COMPOUND_TITLE.match(work, start) if start < position else None
            if hit is not None and not any(s == hit.start() for s, _e in found):
                found.append((hit.start(), hit.end()))
            position = work.find(kind, position + 1)
    return sorted(found)


#: A document a Swedish decision adopts by its title, a capital first (working view): "att anta Regional
#: kompetensförsörjningsstrategi 2027–2030,", "att fastställa Handlingsplan för trygghet 2026".
_SV_ADOPTED_TITLE = re.compile(
    r"\batt\s+(?:anta|fastställa|godkänna)\s+(?P<title>[A-ZÅÄÖ][^\n,;.]{2,100}?)\s*(?=[,;.\n]|\s+och\s+att\b|$)"
)
#: The kinds of such documents, each with its definite forms (folded) that name the document again.
_SV_DOCUMENT_AGAIN = {
    "strategi": re.compile(r"\bstrategins?\b"),  # (not "en strategi för ...": another, indefinite)
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
    drafts = _en_draft_acts(folded, lo, start)
    if not drafts:
        return None
    last = drafts[-1]
    between = folded[last[1] : start]
    if "\n" in between or between.count(". ") > 1:
        return None
    # ("The draft Regulation on X was approved ... The Ministry of Justice was directed to publish the Regulation on
    # X": the order names the act again in full, no longer a draft; its own words are the act cited)
    name = folded[last[0] + len("draft") : last[1]].strip()
    again = folded.find(name, start, end) if len(name) > 12 else -1
    if again >= 0:
        return again, again + len(name)
    return last


#: A numbered ordinance (working view): "Ordinance No. 2025-14", "Ordinance No 87", "Ordinance 2026-09" (a year and
#: the number within it, no number sign).
_EN_NUMBERED_ORDINANCE = re.compile(r"\bOrdinance[ \t]+(?:No\.?[ \t]*\d[\w/-]*(?<![/-])|(?:19|20)\d\d-\d{1,4}[A-Z]?\b)")
#: An order's words that point back to the ordinance named before it (folded view): "bring the ordinance back".
#: (not "the ordinance on short-term rentals", "the ordinance of 1998": another one, by what it is about)
_BACK_TO_ORDINANCE = re.compile(
    r"\b(?:the|this|that|said)\s+ordinance\b(?!\s+(?:no|on|of|regarding|concerning|about|amending|governing|"
    r"relating|establishing|creating|banning|requiring|that|which)\b)"
)


def ordinance_named_before(work: str, folded: str, start: int, end: int) -> tuple[int, int] | None:
    """The numbered ordinance an order points back to ("... to introduce Ordinance No. 2025-14 amending Title 17.
    Motion carried 5-2. Staff will bring the ordinance back for second reading ..."): the last one named before the
    order in its paragraph, within 400 characters; (start, end) of its name, or None."""
    if not _BACK_TO_ORDINANCE.search(folded, start, end):
        return None
    lo = max(0, start - 400)
    paragraph = work.rfind("\n", lo, start)
    named = list(_EN_NUMBERED_ORDINANCE.finditer(work, paragraph + 1 if paragraph >= 0 else lo, start))
    if not named and paragraph > lo:
        # "7A. Ordinance 2026-09 amending PAMC Chapter 17.40 - First reading held\nACTION: Council directed staff to
        # bring the ordinance back ...": the item's heading on the line right above the order's
        above = work.rfind("\n", lo, paragraph)
        named = list(_EN_NUMBERED_ORDINANCE.finditer(work, above + 1 if above >= 0 else lo, paragraph))
    return named[-1].span() if named else None


#: A draft act by its kind and its title after "portant" (folded view): "le projet d'Édit portant création,
#: organisation et fonctionnement de l'Office X", "l'avant-projet de loi portant code forestier".
#: ("le projet d'ordonnance modifiant certaines dispositions de la loi n° 14/2022": its title after another verb)
_FR_DRAFT_VERB = r"(?:portant|modifiant|completant|abrogeant|fixant|instituant|autorisant|ratifiant)"
FR_DRAFT_ACT = re.compile(
    rf"\b(?:avant-)?projet\s+d(?:e\s+|')(?:loi|decret|edit|ordonnance|arrete)(?=\s+{_FR_DRAFT_VERB}\s)"
)
_FR_DRAFT_TITLE = re.compile(_FR_TITLE.pattern.replace(r"\s+portant\s+", rf"\s+{_FR_DRAFT_VERB}\s+", 1))
#: An order that opens on the last act of the list right before it (folded view): "S'agissant de ce dernier texte,
#: le Ministre X est chargé ...", "Pour ce dernier projet, ...".
_FR_LAST_ACT = re.compile(r"\b(?:ce|cet|ledit)\s+dernier\s+(?:texte|projet)\b")
#: An order's words that point back to the act named before it (folded view): "est chargé de le transmettre à
#: l'Assemblée", "de la publier", "ce projet", "ledit projet", "le texte adopté", "d'en assurer la transmission".
_FR_BACK_TO_ACT = re.compile(
    r"\b(?:de|d')\s*(?:le|la|l')\s*(?:transmettre|soumettre|publier|deposer|notifier|diffuser|promulguer|"
    r"presenter|adresser|faire\s+parvenir)\b|\b(?:ce|ledit|cet|le)\s+(?:dernier\s+)?(?:projet|texte)\b"
    # "est chargé d'en assurer la transmission", "d'assurer sa publication"
    r"|\b(?:d'en\s+assurer\s+la|d'assurer\s+sa)\s+(?:transmission|publication|diffusion|notification|promulgation|"
    r"vulgarisation)\b"
)


#: How far back a draft named as its item's heading is looked for, the item's summary between.
_FR_DRAFT_HEADING_LOOKBACK = 800
#: A numbered heading of the next item (folded view): "\n4.2. Ministère de X", "\nIII. ", "\nIV.2. ", "\n2) ".
_FR_ITEM_HEADING = re.compile(r"\n\s*(?:\d{1,2}|[ivx]{1,5})(?:\.\d{1,2})*[.)]?\s")


#: A French letter's reference line in its heading (folded): "Réf. : Lettre circulaire n° ...", "V/Réf : ...",
#: "Références : - ...", its items up to the next blank line.
_FR_REF_LINE = re.compile(r"(?m)^[ \t]*(?:[nv]/\s*)?ref(?:\.|s\.?|erences?)?[ \t]*:[^\n]*(?:\n[ \t]*\S[^\n]*){0,4}")
#: The body's pointer back to it, as what its orders apply (folded): "En application de la lettre circulaire citée
#: en référence, ...", "Conformément à la note visée en référence" (not "Par la lettre circulaire citée en
#: référence, les départements avaient été invités ...": what it asked before, told).
_FR_CITED_IN_REFERENCE = re.compile(
    r"\b(?:en\s+application|en\s+execution|conformement|en\s+vertu|dans\s+le\s+cadre\s+de\s+la\s+mise\s+en\s+"
    r"(?:oe|œ)uvre|pour\s+la\s+mise\s+en\s+(?:oe|œ)uvre)\s+(?:de\s+la|de\s+l'|du|des|aux|au|a\s+la|a\s+l')\s*"
    r"[^.;:]{0,60}?\s(?:citee?s?|visee?s?|rappelee?s?|mentionnee?s?)\s+en\s+references?\b"
)


def fr_referenced_in_heading(folded: str, references) -> tuple[int, list[tuple[int, int]]] | None:
    """The documents of a French letter's "Réf. :" line that its body applies ("En application de la lettre
    circulaire citée en référence, j'ai l'honneur de vous faire parvenir les instructions ci-après"): where the
    body names them back, and their (start, end); None when the letter has no such line or does not name it."""
    if "en reference" not in folded:
        return None
    line = _FR_REF_LINE.search(folded, 0, 3000)
    back = _FR_CITED_IN_REFERENCE.search(folded, line.end()) if line else None
    if back is None:
        return None
    cited = [(s, e) for s, e, _key in references if line.start() <= s and e <= line.end()]
    return (back.start(), cited) if cited else None


def fr_draft_named_before(folded: str, start: int, end: int) -> tuple[int, int] | None:
    """The draft act a French order points back to ("Le Gouvernement a adopté le projet d'Édit portant X. Le
    Secrétariat exécutif est chargé de le transmettre à l'Assemblée ..."): named in the sentence before the order,
    on the line before at most, with its title; (start, end) of its name and title, or None."""
    lo = max(0, start - 400)
    if folded.find("projet d", lo, start) < 0 or not _FR_BACK_TO_ACT.search(folded, start, end):
        return None
    last = None
    for hit in FR_DRAFT_ACT.finditer(folded, max(0, start - _FR_DRAFT_HEADING_LOOKBACK), start):
        last = hit
    if last is None:
        return None
    title = _FR_DRAFT_TITLE.match(folded, last.end())
    if title is None or title.end() > start:
        return None
    between = folded[title.end() : start]
    if last.start() >= lo and "\n\n" not in between and between.count(". ") + between.count(".\n") <= 1:
        return last.start(), title.end()
    # "... adopté :\n- le projet de décret X ;\n- le projet d'ordonnance Y.\n\nS'agissant de ce dernier texte, le
    # Ministre Z est chargé ...": the last act of the list, right before the order that names it so
    if not between.strip(" .;\n") and _FR_LAST_ACT.search(folded, start, min(end, start + 60)):
        return last.start(), title.end()
    # "Projet de décret portant X" as its item's heading, then "Ce projet de décret vise ... Le Conseil a adopté ce
    # projet de décret. La Ministre a demandé au Ministre Y d'en assurer la vulgarisation": the item names it again
    # (by its kind, no other draft's heading between)
    kind = folded[last.start() : last.end()].removeprefix("avant-")
    if (
        (last.start() == 0 or folded[last.start() - 1] == "\n")
        and folded.startswith("\n", title.end())
        and (f"ce {kind}" in between or f"ledit {kind}" in between)
        and "\nprojet d" not in between
        and "\navant-projet d" not in between
        and not _FR_ITEM_HEADING.search(between)
    ):
        return last.start(), title.end()
    return None


#: A French budget named by its year (folded view), which an order draws on or prepares: "au titre du budget 2028",
#: "la confection du budget 2026", "le budget primitif 2027", "le budget de l'exercice 2027" (not a period,
#: "2026-2028"; "les crédits inscrits au Budget d'Etat 2026", "le budget national 2027": the State's).
FR_BUDGET_YEAR = re.compile(
    r"\bbudget\s+(?:(?:primitif|supplementaire|rectificatif|communal|provincial|regional|national|d'etat|"
    r"de\s+l'etat)\s+)?"
    r"(?:(?:de\s+l'exercice|de\s+l'annee|pour\s+l'exercice|pour\s+l'annee|pour)\s+)?(?:19|20)\d\d\b(?!\s*[-–/]\s*\d)"
)
#: A French budget by its acronym and year (working view): "au BIP 2026" (budget d'investissement public), "le BS
#: 2026" (budget supplémentaire), "la LFR 2026", "le PLF 2027" (not the postal box "BP 2045").
FR_BUDGET_ACRONYM_YEAR = re.compile(r"\b(?:BIP|BS|LFI|LFR|PLF|PLFR)\s+(?:19|20)\d\d\b(?!\s*[-–/]\s*\d)")


#: A pipe table's heading cell over the resolutions' numbers (folded): "Res No.", "Res. No.", "Resolution No.",
#: "Resolution number", "Res #".
_RES_NUMBER_HEADING = re.compile(r"\s*res(?:olution)?\.?\s*(?:no\.?|number|#)\s*")
#: A resolution's number in its cell (folded): "2026/088", "C-2025-0418", "CR94/2026", "M 12/2026".
_RES_NUMBER_CELL = re.compile(r"\s*(?:[a-z]{1,4}[ -]?)?\d{1,5}(?:[/-]\d{1,5})+\s*")


def _resolution_cells(folded: str) -> list[tuple[int, int, str]]:
    """The numbers in a register's resolution column ("Res No. | Meeting | Action | ..." and its rows "2026/088 |
    19/05/2026 | Prepare ..."): each row's resolution, a reference of the action on that row."""
    found = []
    at = folded.find("res")
    while at >= 0:
        line_start = folded.rfind("\n", 0, at) + 1
        line_end = folded.find("\n", at)
        line_end = len(folded) if line_end < 0 else line_end
        at = folded.find("res", line_end)
        if folded.count("|", line_start, line_end) < 2:
            continue
        cells = folded[line_start:line_end].split("|")
        column = next((k for k, cell in enumerate(cells) if _RES_NUMBER_HEADING.fullmatch(cell)), None)
        if column is None:
            continue
        position = line_end + 1
        while position < len(folded):
            line_end = folded.find("\n", position)
            line_end = len(folded) if line_end < 0 else line_end
            row = folded[position:line_end].split("|")
            if len(row) != len(cells):
                break
            start = position + sum(len(cell) + 1 for cell in row[:column])
            number = _RES_NUMBER_CELL.fullmatch(row[column])
            if number is not None:
                text = row[column].strip()
                start += len(row[column]) - len(row[column].lstrip())
                found.append((start, start + len(text), text))
            position = line_end + 1
    return found


#: A Swedish budget, or its preparation, of a year in the definite form (folded view), which an order is to be taken
#: into: "i budgetberedningen för år 2028", "med i budgeten för 2027" (the year is the budget's, no deadline).
_SV_BUDGET_YEAR = re.compile(
    r"\bbudget(?:en|beredningen|arbetet|processen)\s+for\s+(?:ar\s+)?(?:19|20)\d\d\b(?!\s*[-–/]\s*\d)"
    # "inom ramen för investeringsbudgeten 2026", "driftbudgeten 2027": a kind of budget, its year right after
    r"|\b[a-z]{3,}budgeten\s+(?:19|20)\d\d\b(?!\s*[-–/]\s*\d)"
)
#: A Swedish plan of the organisation's own, by its owner's genitive and a compound on "plan" (folded view): "stadens
#: beredskapsplan", "kommunens krisledningsplan" (not one the order makes: "ta fram kommunens klimatplan").
#: A Swedish plan or strategy of the nation or the region, the one of its kind, named definite with what it is for
#: (folded view): "den nationella planen för moderna miljövillkor", "den regionala strategin för
#: kompetensförsörjning" (its subject a few words, up to a preposition, a verb or a stop).
_SV_NATIONAL_PLAN = re.compile(
    r"\bden\s+(?:nationella|regionala)\s+(?:planen|strategin|handlingsplanen)\s+for"
    r"(?:\s+(?!(?:och|samt|till|med|i|pa|av|om|vid|inom|efter|under|sa|att|som|ska|skall|bor|kan|maste|har|ar|"
    r"blir|galler|anger|innebar|paverkar|omfattar|innehaller|beskriver|kraver|medfor|styr|for)\b)[a-z][a-z-]+){1,3}"
)
#: ("länets regionala vattenförsörjningsplan", "kommunens gällande översiktsplan": the county's, an adjective between)
_SV_PLAN_OWNERS = ("stadens", "kommunens", "regionens", "lansstyrelsens", "myndighetens", "valfardsomradets", "lanets")
_SV_OWN_PLAN = re.compile(
    r"(?<!ta fram )(?<!utarbeta )(?<!upprata )"
    rf"\b(?:{'|'.join(_SV_PLAN_OWNERS)})\s+(?:(?:regionala|gemensamma|gallande|nuvarande|lokala|befintliga)\s+)?"
    r"[a-z]{3,}plan(?:en)?\b"
)

#: A Swedish document in force that an order revises, named definite (folded view): "revidera riktlinjerna för
#: föreningsbidrag", "se över riktlinjerna för intern kontroll", "en ändring av förvaltningsstadgan" (its subject
#: a few words, up to a preposition or a stop: not "ta fram riktlinjer för ...", a document still to be made).
_CAPITAL_WORD = re.compile(r"(?<=\s)[A-ZÅÄÖ]")
_SV_REVISED_DOCUMENT = re.compile(
    r"\b(?:revidera|revidering\s+av|se\s+over|oversyn\s+av|uppdatera|uppdatering\s+av|andra|andring\s+av|"
    r"andringar\s+i)\s+"
    r"(?P<doc>riktlinjerna\s+for(?:\s+(?!(?:och|samt|till|med|i|pa|av|om|vid|inom|efter|utifran|senast|under|"
    r"gallande|avseende|sa|att|som)\b)[a-z][a-z-]+){1,3}|[a-z]{3,}stadgan)\b"
)


def find_references(folded: str, work: str | None = None) -> list[tuple[int, int, str]]:
    """Return (start, end, key) of every reference in a folded text; the key is its symbol (a law named by its
    title, or a board's decision by its paragraph, found in ``work``, the same text unfolded, has its folded text
    for a key)."""
    found = []
    portant = "portant" in folded
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
        if portant and match.group("type") in _FR_ACT_TYPES:
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
            found += _starting_clear_of(taken, numbers)
            found.sort()
    if ":" in folded and ("lag" in folded or "forordning" in folded or "balken" in folded):
        statutes = _sv_statutes(folded) if "(" in folded else []
        if statutes:
            found = sorted(found + statutes)
    if "(sou " in folded or "(ds " in folded or "(prop. " in folded or "(dir. " in folded:
        found = _with_free_hits(found, _SV_SERIES_REPORT.finditer(folded))
    if "eu:s " in folded:
        acts = [(hit.start(), hit.end(), " ".join(hit.group().split())) for hit in _SV_EU_ACT.finditer(folded)]
        if acts:
            found = sorted(found + acts)
    if work is not None and "§" in work and "kap." in folded:
        sections = [(h.start(), h.end(), " ".join(h.group().split())) for h in _SV_STATUTE_SECTION.finditer(folded)]
        if sections:
            found = sorted(found + sections)
    if "direktivet" in folded:
        named = [(hit.start(), hit.end(), hit.group()) for hit in _SV_NAMED_DIRECTIVE.finditer(folded)]
        if named:
            found = sorted(found + named)
    if "forordning" in folded:
        # (not one a reference found already holds: "EU:s dataskyddsförordning")
        found = _with_free_hits(found, _SV_NAMED_REGULATION.finditer(folded))
    if "foreskrifter" in folded and "fs " in folded:
        rules = [(h.start(), h.end(), " ".join(h.group().split())) for h in _SV_AUTHORITY_RULES.finditer(folded)]
        if rules:
            found = sorted(found + rules)
    if work is not None and "/" in work and "(" in work:
        taken = [(start, end) for start, end, _key in found]
        # (one a number found before already holds is not found twice)
        diaries = _starting_clear_of(taken, _sv_diary_numbers(folded, work))
        if diaries:
            found = sorted(found + diaries)
    if (
        "programme" in folded
        or "appel a " in folded
        or "loi de finances" in folded
        or "plan " in folded
        or "plans " in folded
        or "campagne " in folded
        or "/" in folded
        or "reglement" in folded
        or "arrete" in folded
        or "annex" in folded
        or "ci-joint" in folded
        or "marche" in folded
        or "n°" in folded
        # a numbered contract's other names (``FR_NUMBERED_CONTRACT``)
        or "contrat" in folded
        or "convention" in folded
        or "avenant" in folded
        or "accord-cadre" in folded
        # (a strategy with its period, an expenditure framework with its acronym: ``FR_PERIOD_PLAN``, ``FR_NAMED_PLAN``)
        or "strategie " in folded
        or "de depenses" in folded
    ):
        french = _french_references(folded, work)
        if french:
            found = sorted(found + french)
            if "portant" in folded:
                # a law named in the title of the act that cites it ("... portant Loi de finances pour l'exercice
                # 2026") is part of that title, no reference of its own
                found = [r for r in found if not any(s <= r[0] and r[1] <= e and (s, e) != r[:2] for s, e, _k in found)]
    if "signe" in folded or "conclu" in folded:
        # "conformément à la convention de partenariat signée le 18 novembre 2025": an agreement by its signing day
        found = _with_free_hits(
            found,
            _opening_on(
                FR_SIGNED_AGREEMENT,
                folded,
                ("convention", "protocole", "accord", "contrat", "avenant", "charte", "memorandum"),
            ),
        )
    if " du " in folded and ("arrete" in folded or "decret" in folded or "circulaire" in folded):
        # "l'article 3 de l'arrêté préfectoral du 27 avril 2026": an act by its kind and its day, no number
        found = _with_free_hits(
            found,
            _opening_on(
                FR_DATED_ACT,
                folded,
                ("article", "arrete", "decret", "circulaire", "ordonnance", "deliberation", "instruction"),
            ),
        )
    if "lors d" in folded:
        # "les mesures arrêtées lors du Conseil interministériel du 22 mai 2025": the dated sitting whose decisions
        # the order carries out
        sittings = []
        at = folded.find("lors d")
        while at >= 0:  # the verb stands just before "lors": tried there, not at every position of the text
            hit = FR_DATED_SITTING.search(folded, max(0, at - 12), at + 400)  # a match is under 200 characters
            if hit is not None and hit.start() < at and (not sittings or hit.start("what") > sittings[-1][0]):
                sittings.append((hit.start("what"), hit.end(), " ".join(hit.group("what").split())))
            at = folded.find("lors d", at + 6)
        if sittings:
            found = sorted(found + sittings)
    if work is not None and ("onvention " in work or "ontrat " in work):
        # "l'avenant n°2 à la convention ORT", "le contrat CRTE": an agreement by the programme's acronym
        agreements = [
            (hit.start(), hit.end(), folded[hit.start() : hit.end()]) for hit in FR_ACRONYM_AGREEMENT.finditer(work)
        ]
        if agreements:
            taken = [(start, end) for start, end, _key in found]
            agreements = _clear_of(taken, agreements)
            found = sorted(found + agreements)
    at = folded.find("budget")
    if at >= 0:
        taken = [(start, end) for start, end, _key in found]
        budgets = []
        while at >= 0:
            hit = FR_BUDGET_YEAR.match(folded, at)
            if hit is not None and not any(s < hit.end() and hit.start() < e for s, e in taken):
                budgets.append((hit.start(), hit.end(), " ".join(hit.group().split())))
            at = folded.find("budget", at + 6)
        if budgets:
            found = sorted(found + budgets)
    if work is not None and any(word in work for word in ("BIP ", "BS ", "LFI ", "LFR ", "PLF")):
        found = _with_free_hits(found, FR_BUDGET_ACRONYM_YEAR.finditer(work), folded)
    if "budget" in folded:
        budgets = []
        at = folded.find("budget")
        while at >= 0:  # tried where the word stands, not at every position of the text
            word = at
            while word > 0 and folded[word - 1].isalpha():
                word -= 1  # "investeringsbudgeten": from the compound's start
            hit = _SV_BUDGET_YEAR.match(folded, word)
            if hit is not None:
                budgets.append((hit.start(), hit.end(), " ".join(hit.group().split())))
            at = folded.find("budget", at + 6)
        if budgets:
            found = sorted(found + budgets)
    if "riktlinjerna for" in folded or "stadgan" in folded:
        # "revidera riktlinjerna för föreningsbidrag", "en ändring av förvaltningsstadgan": a document in force
        revised = []
        for hit in _SV_REVISED_DOCUMENT.finditer(folded):
            start, end = hit.span("doc")
            if work is not None and len(work) == len(folded):
                # "riktlinjerna för föreningsbidrag Kultur- och fritidsnämnden": a table's next cell, a name, ends it
                capital = next((m.start() for m in _CAPITAL_WORD.finditer(work, start + 1, end)), None)
                end = len(work[start:capital].rstrip()) + start if capital is not None else end
            if folded[start:end].endswith(" for"):
                continue  # nothing left of its subject
            revised.append((start, end, " ".join(folded[start:end].split())))
        if revised:
            taken = [(start, end) for start, end, _key in found]
            found = sorted(found + _clear_of(taken, revised))
    if "plan" in folded and any(owner in folded for owner in _SV_PLAN_OWNERS):
        plans = [(hit.start(), hit.end(), " ".join(hit.group().split())) for hit in _SV_OWN_PLAN.finditer(folded)]
        if plans:
            taken = [(start, end) for start, end, _key in found]
            found = sorted(found + _clear_of(taken, plans))
    if "den nationella " in folded or "den regionala " in folded:
        plans = [
            (hit.start(), hit.end(), " ".join(hit.group().split()))
            for hit in _SV_NATIONAL_PLAN.finditer(folded)
            if not _SV_MAKES_PLAN.search(folded, max(0, hit.start() - 50), hit.start())  # the order's product
        ]
        if plans:
            taken = [(start, end) for start, end, _key in found]
            found = sorted(found + _clear_of(taken, plans))
    if "planification financiere" in folded or "plan financier" in folded or "plan des investissements" in folded:
        taken = [(start, end) for start, end, _key in found]
        plans = [
            (hit.start(), hit.end(), " ".join(hit.group().split()))
            for hit in _opening_on(FR_FINANCIAL_PLAN, folded, ("planification", "plan "))
            if not _FR_MAKES_PLAN.search(folded, max(0, hit.start() - 30), hit.start())  # the order's product
            and not any(s < hit.end() and hit.start() < e for s, e in taken)
        ]
        if plans:
            found = sorted(found + plans)
    if "code " in folded and "article" in folded:
        articles = [(h.start(), h.end(), " ".join(h.group().split())) for h in FR_CODE_ARTICLE.finditer(folded)]
        if articles:
            found = sorted(found + articles)
    if work is not None and ("art. " in work or "article " in work):
        found = _with_free_hits(found, FR_LAW_ACRONYM_ARTICLE.finditer(work), folded)
    if work is not None and ("PP" in work or "PL" in work or "PC" in work or "SAGE" in work or "SCO" in work):
        taken = [(start, end) for start, end, _key in found]
        plans = [
            (hit.start(), hit.end(), " ".join(folded[hit.start() : hit.end()].split()))
            for hit in _opening_on(FR_PLAN_ACRONYM_OF_PLACE, work, _FR_PLAN_ACRONYMS)
            if not any(s < hit.end() and hit.start() < e for s, e in taken)
        ]
        if plans:
            found = sorted(found + plans)
    if (
        "Code" in (work or "")
        or "C Chapter" in (work or "")
        or "draft " in folded
        or "public investment" in folded
        or (work is not None and (" No." in work or "Policy " in work or any(kind in work for kind in _EN_NAMED_KINDS)))
        or (work is not None and (" Law 1" in work or " Law 2" in work or " Law" in work or " Act" in work))
        or ", 1" in folded
        or ", 2" in folded
        or "target program" in folded
        or "plan for " in folded
        or " attached)" in folded
        or (work is not None and " budget" in work)
        or " annual " in folded
    ):
        english = _english_references(folded, work)
        if english:
            taken = [(start, end) for start, end, _key in found]
            found = sorted(found + _starting_clear_of(taken, english))
    if work is not None and "res" in folded and "|" in folded:
        taken = [(start, end) for start, end, _key in found]
        cells = _clear_of(taken, _resolution_cells(folded))
        if cells:
            found = sorted(found + cells)
    if work is not None and any(f"{kind} " in folded for kind in _SV_TITLED_KINDS):
        titled = [
            (hit.start("title"), hit.end("title"), " ".join(folded[hit.start("title") : hit.end("title")].split()))
            for hit in _opening_on(_SV_TITLED, work, _SV_TITLED_KINDS)
        ]
        if titled:
            found = sorted(found + titled)
    if work is not None and "lan för " in work:
        taken = [(start, end) for start, end, _key in found]
        plans = [
            (hit.start(), hit.end(), " ".join(folded[hit.start() : hit.end()].split()))
            for hit in _opening_on(_SV_PERIOD_PLAN, work, _SV_PERIOD_PLAN_OPENINGS)
            if not any(s < hit.end() and hit.start() < e for s, e in taken)
            and not _SV_MAKES_PLAN.search(folded, max(0, hit.start() - 50), hit.start())  # the order's product
        ]
        if plans:
            found = sorted(found + plans)
    if work is not None and any(kind in work for kind in _SV_COMPOUND_TITLE_KINDS):
        taken = [(start, end) for start, end, _key in found]
        titles = [
            (start, end, " ".join(folded[start:end].split()))
            for start, end in _sv_compound_titles(work)
            if not any(s < end and start < e for s, e in taken)
            and not _SV_MAKES_PLAN.search(folded, max(0, start - 50), start)  # the order's product
        ]
        if titles:
            found = sorted(found + titles)
    if work is not None:
        taken = [(start, end) for start, end, _key in found]
        named = _clear_of(taken, _vi_named_documents(folded, work))
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


_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


def key_of(reference_text: str) -> str:
    """Return the comparison key of a reference written out (used to compare with a gold file)."""
    match = REFERENCE.search(fold_loose(reference_text))
    if not match:
        vide = IN_VIDE_NUMBER.search(fold_loose(reference_text))
        # ("the 2027 budget estimate" and "2027 budget estimate": a plan named in words, with its article or not)
        return vide.group("symbol") if vide else _LEADING_THE.sub("", fold_loose(reference_text))
    return reference_key(match.group("num"), match.group("code") or match.group("spaced"))
