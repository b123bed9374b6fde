"""Words that point back to a department, and department-like names the directory may not hold.

Both scan the whole text, so every pattern starts with a literal (``department``, ``Sở``,
``Comité``, ``departementet`` ...): the regex engine then jumps from one possible start to the
next instead of trying every position, and the few hits are looked at closely.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tracker.extraction.cues import VI
from tracker.extraction.textprep import Prepared

#: (start, end, says_department) of a back-reference.
BackRef = tuple[int, int, bool]

_DEPARTMENT_WORD = re.compile(r"department|departement")
#: ("the ministry": the one just named, "supervise the projects jointly with the ministry")
#: ("Sektorn ska återkomma ...": the sector a Finland-Swedish protocol named just before)
#: ("utredningen": an inquiry, read with the investigator below, never the unit named last: "X ska bistå utredningen")
_UNIT_WORD = re.compile(r"unite?|agency|ministry|enheten|sektorn|avdelningen|myndigheten|ministeriet")
_SV_UNIT_WORDS = ("enheten", "sektorn", "avdelningen", "myndigheten", "ministeriet")
_ARTICLE_BEFORE = re.compile(r"(?:^|[^\w'])(?:the|this|that|said|le|ce|cette|l')\s*$")
_NAMED_AFTER = re.compile(r"\s+(?:of|for|de|des|du|d')\b")
_NAMED_AFTER_EN = re.compile(r"\s+(?:of|for)\b")  # "l'unité de continuer": French "de" opens a verb
# ("sắp xếp đơn vị hành chính", "đơn vị tính": an administrative unit, a unit of measure, no unit named before)
_DON_VI = re.compile(r"đơn vị(?! liên quan| trực thuộc| chức năng| hành chính| tính\b)")
#: "các đơn vị", and "các cơ quan, đơn vị", "các phòng, ban, đơn vị": the plural governs the list it opens (so does
#: "each": "trách nhiệm của từng cơ quan, đơn vị", "mỗi đơn vị")
_PLURAL_BEFORE = re.compile(
    r"(?:các|những|mọi|từng|mỗi)\s+(?:(?:cơ quan|sở|ngành|địa phương|bộ|phòng|ban|trường|trung tâm)\s*,\s*)*$"
)
#: "le Ministre", "la Ministre" with no portfolio after them: the minister named before ("Le Conseil a
#: invité le Ministre à ..." after the Minister of Finance's report).
_HEAD_TITLE = re.compile(
    # Each title first, then what must stand before it: a look-behind first is tried at every position.
    # (each form opens on a letter of its own, not a class like "[Dd]": the scan then jumps between those letters)
    # "Le même Ministre veillera ...": the same minister again
    r"Giám đốc|Director(?<=the new Director)|Directeur(?<=le nouveau Directeur)|directeur(?<=le nouveau directeur)|"
    r"Ministre(?:(?<=\b[Ll][ea] Ministre)|(?<=\b[Aa]u Ministre))|même Ministre(?<=\b[Ll][ea] même Ministre)|"
    # "Le ministre a reçu pour mission ...", "Le ministère des Armées n'est pas en reste : le ministre a ...": the
    # press's lower case, the title opening a sentence or the clause after a colon
    r"ministre(?:(?<=\bL[ea] ministre)|(?<=: l[ea] ministre)|"
    # "Le Conseil a instruit le ministre de veiller ...": the minister of the ministry the section is about
    r"(?<=\binstruit l[ea] ministre)|(?<=\binvité l[ea] ministre)|(?<=\bchargé l[ea] ministre)|"
    # "Le Président a demandé au ministre de transmettre ...": the minister who reported just before
    r"(?<=\bdemandé au ministre)|(?<=\bdemandé à la ministre))"
)
#: What names the portfolio after a title: a capital, "de la Santé", "des Finances", "chargé de la
#: Communication"; not "de" and a verb ("a demandé au Ministre de renforcer").
_NAMED_AFTER_TITLE = re.compile(
    # ("d'État", not "d'intensifier": "a demandé à la Ministre d'intensifier la riposte", a verb)
    r"\s*(?:[A-ZĐÀ-Ỹ]|of\b|du\b|des\b|d['’](?=[A-ZĐÀ-ÖØ-Þ])|de\s+(?:la\s+|l['’]\s*)?[A-ZĐÀ-Ỹ]|de\s+l['’]|,|charg|"
    r"en charge|délégué|"
    # "Giám đốc các sở, Thủ trưởng các ban, ngành ...": the heads of a whole group, not the one named before
    r"(?:các|những)\s)"
)
#: A French ministry with no name after it, the one named before (a Council communiqué's section is about it): "Le
#: ministère est chargé de publier ...", "Une campagne sera conduite par le Ministère dans les communes ...", "Le
#: Ministère veillera ..." (not "le ministère de la Santé", "le Ministère chargé de ...": a name; see
#: ``_NAMED_AFTER_TITLE``).
_MINISTRY_BACKREF = re.compile(r"inistère(?:(?<=\b[Ll]e [Mm]inistère)|(?<=\b[Aa]u [Mm]inistère))")
#: A municipal "Service" with no name after it, the one named before: "au directeur du Service de déposer",
#: "le Service devra", "au Service, d'ici le 30 juin" (not "le Service incendie", "le Service des loisirs").
_SERVICE_BACKREF = re.compile(
    # the word first, its article looked back at (a scan that starts with a literal is fast)
    r"Service(?:(?<=\b[Dd]u Service)|(?<=\b[Ll]e Service)|(?<=\b[Aa]u Service))"
    r"(?=\s*[,.;:)]|\s+(?:de|d['’])\s*[a-zéè]+(?:er|ir|re)\b|\s+(?:sera|devra|doit|procède|procédera|dépose)\b)"
)
#: A demonstrative pronoun as a sentence's subject: "Celui-ci est chargé, en rapport avec ..., de ...",
#: "Ce dernier veillera ...", "Celle-ci devra ...".
_DEMONSTRATIVE = re.compile(
    r"(?:Celui-ci|Celle-ci|Ce dernier|Cette dernière)"
    # an order's verb after it (not "Celle-ci devra être publiée": the thing just named, passive)
    r"(?=\s*(?:,[^,.;]{1,80},\s*)?(?:(?:est|sera)\s*(?:,[^,.;]{1,80},\s*)?(?:charg|invit|tenue?\b)|"
    r"(?:devra|doit)\s+(?![êe]tre\b)[a-zé]+|veillera\b))"
)
#: The same pronoun as the object of an order: "Le Conseil a instruit ce dernier de veiller ...", "a chargé
#: celui-ci de", "a demandé à ce dernier de": the one who reported just before.
_DEMONSTRATIVE_OBJECT = re.compile(
    # (the first letters of its forms tested first, a cheap test; keep in sync)
    r"(?=[ao])\b(?:a|ont|avait)\s+"
    # "Il a donc instruit ce dernier de ...", "a également chargé celui-ci de": an adverb between the two verbs
    r"(?:(?:donc|également|aussi|ensuite|alors|enfin|en outre|par ailleurs|dès lors|de nouveau|en conséquence|"
    r"par conséquent)\s+)?"
    r"(?:instruit|charg[ée]|invit[ée]|mandat[ée]|exhort[ée]|enjoint|demand[ée]\s+à)\s+"
    r"(ce dernier|cette dernière|celui-ci|celle-ci)(?=\s+(?:de|d['’]|à)\b)"
)
#: ... with the order's verb in the present: "le Conseil charge ce dernier de faire parvenir ...", "instruit
#: celui-ci de", "demande à cette dernière de".
_DEMONSTRATIVE_OBJECT_NOW = re.compile(
    r"\b(?:charge|chargent|instruit|instruisent|invite|invitent|mandate|mandatent|demande\s+à|demandent\s+à)\s+"
    r"(?:(?:également|aussi|en outre|par ailleurs|donc)\s+)?"
    r"(ce dernier|cette dernière|celui-ci|celle-ci)(?=\s+(?:de|d['’]|à)\b)"
)
#: "The Board is also to work with ...", "The Authority must ...": a body named before by its head noun, as
#: the subject of the order that follows (not "the Committee", often the meeting itself); "The ministry must
#: also inspect ...": the ministry just charged; "The Service is to gazette ...": a revenue service named before.
_HEAD_NOUN_BACKREF = re.compile(
    # ("T" tested first: cheaper than the look-behinds at every position)
    r"(?=T)"
    # ("She asked the Provincial Centre for Disease Control to ... The centre must report ...": the centre, the
    # company or the station just asked, by its kind)
    r"(?:(?<=^)|(?<=\n)|(?<=[.;] ))The (?:Board|Authority|Agency|Commission|Directorate|Bureau|Service|[Mm]inistry|"
    # ("The Sub-department shall preside over ...": the sub-department just charged, a Vietnamese Chi cục)
    r"[Cc]ent(?:re|er)|[Cc]ompany|[Ss]tation|Sub-[Dd]epartment)"
    r"(?=\s+(?:also\s+)?(?:must|shall|should|will|(?:is|are)\s+(?:(?:also|now|further)\s+)?(?:to|required|tasked)\b))"
)
#: A unit named before by its kind, as the addressee of an English request (folded view): "For the Provincial General
#: Hospital, the Secretary asked the hospital to ...", "directed the centre to ...": the unit of that kind named last
#: (``directory``).
_EN_ADDRESSED_KIND = re.compile(
    r"\b(?:asked|directed|instructed|requested|urged|tasked|told)\s+(the\s+(?:hospital|centre|center|institute|"
    r"university|college|school|company|corporation|authority|commission|directorate|bureau|library))\s+to\s+(?!be\b)"
)
#: The agent of a French passive by "his/their care": "Une circulaire sera adressée par ses soins aux maires", "Les
#: relevés seront transmis par leurs soins au comité": the unit tasked just before (not "par mes soins", the
#: speaker's own) (folded view).
_BY_ITS_CARE = re.compile(r"(?<=\bpar )(?:ses|leurs) soins\b")
_SO = re.compile(r"Sở(?= (?!hữu\b)[^\W\d_])")
#: A Swedish agency named again by the kind its name ends on, opening a sentence before its verb: "Verket ska i
#: arbetet ..." after "Regeringen uppdrar åt Vattenskyddsverket att ...", "Inspektionen har ..." (input view).
#: "Kommunen ska vidare inom två veckor ..." after "Länsstyrelsen förelägger Granviks kommun att ...": the municipality
#: named before by its kind.
_SV_AGENCY_KIND = re.compile(r"(?:Verket|Inspektionen|Kommunen)(?=\s+(?:ska|skall|bör|får|har|ansvarar|redovisar)\b)")
#: "Cục cũng khẩn trương tham mưu ...", "Phòng có trách nhiệm hướng dẫn ...": a unit's kind alone, as the subject of
#: a sentence, is the unit of that kind named before (its adverb or modal after it, not a name).
#: "Công ty cần gia cố ...": the company named before (a business at a working session with the province); "Bộ cần
#: ...": the ministry named before, in a letter of the Government.
_VI_KIND_BACKREF = re.compile(
    r"(?:Chi cục|Cục|Phòng|Trung tâm|Công ty|Bộ)(?= (?:cũng|có trách nhiệm|chịu trách nhiệm|phải|cần|tiếp tục|"
    r"khẩn trương|chủ động|sẽ|đồng thời|kịp thời)\b)"
)
#: ... or the addressee of a request, capitalised, then a verb of action: "Phó Chủ tịch đề nghị Công ty tập trung
#: nhân lực ...", "yêu cầu Trung tâm rà soát ..." (not "giao Trung tâm y tế huyện ...": a name; nor "yêu cầu Trung tâm
#: Kiểm soát bệnh tật ...", capitalised: a name). The kind first (input view), then the request before it (lower-case
#: view).
_VI_KIND_WORD = re.compile(r"(?:Chi cục|Cục|Phòng|Trung tâm|Công ty) ")
#: ... or the kind alone as a sentence's subject, a verb of action after it in lower case (see ``find_backrefs``).
_VI_KIND_THEN_VERB = re.compile(r"(?:Chi cục|Cục|Bộ|Trung tâm)(?= [a-zđà-ỹ])")
_VI_REQUEST_BEFORE = re.compile(r"(?:^|\s)(?:yêu cầu|đề nghị|giao|chỉ đạo)\s+$")


def _word_at(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a whole word?"""
    return (start == 0 or not text[start - 1].isalnum()) and (end >= len(text) or not text[end].isalnum())


def find_backrefs(prep: Prepared) -> Iterator[BackRef]:
    """Yield ``the department``, ``le département``, ``departementet``, ``l'unité``, ``đơn vị``, ``Sở``."""
    folded, lower, work = prep.folded, prep.lower, prep.work
    for hit in _DEPARTMENT_WORD.finditer(folded):
        start, end = hit.span()
        word_end = end + 2 if folded.startswith("et", end) else end  # Swedish "departementet"
        if not _word_at(folded, start, word_end) or _NAMED_AFTER.match(folded, word_end):
            continue
        if word_end > end or _ARTICLE_BEFORE.search(folded, max(0, start - 8), start):
            start = _article_start(folded, start)
            yield start, word_end, True
    for hit in _UNIT_WORD.finditer(folded):
        start, end = hit.span()
        if not _word_at(folded, start, end) or _NAMED_AFTER_EN.match(folded, end):
            continue
        # "Ministeriet tillsätter ...": a Finnish ministry named again, definite as a Swedish unit is
        if hit.group() in _SV_UNIT_WORDS or _ARTICLE_BEFORE.search(folded, max(0, start - 8), start):
            yield _article_start(folded, start), end, False
    for hit in _DON_VI.finditer(lower):
        start, end = hit.span()
        if _word_at(lower, start, end) and not _PLURAL_BEFORE.search(lower, max(0, start - 40), start):
            yield start, end, False
    for hit in _SO.finditer(work):
        start, end = hit.span()
        if _word_at(work, start, end) and work[end + 1].islower() and not work.endswith("các ", 0, start):
            yield start, end, True
    if "Cục " in work or "Phòng " in work or "Trung tâm " in work or "Công ty " in work or "Bộ " in work:
        for hit in _VI_KIND_BACKREF.finditer(work):
            before = work[max(0, hit.start() - 2) : hit.start()]
            if hit.start() == 0 or before.endswith("\n") or before in (". ", "; "):
                yield hit.start(), hit.end(), False
        for hit in _VI_KIND_THEN_VERB.finditer(work):
            # "Bộ xây dựng phương án ..., báo cáo ...": the unit's kind opens the sentence, then its verb in lower case
            before = work[max(0, hit.start() - 2) : hit.start()]
            if (before == ". " or before.endswith("\n")) and VI.imperative.match(lower, hit.end() + 1):
                yield hit.start(), hit.end(), False
        for hit in _VI_KIND_WORD.finditer(work):
            # the verb in lower case (not "Trung tâm Kiểm soát bệnh tật": a name the directory does not hold)
            if (
                work[hit.end() : hit.end() + 1].islower()
                and _VI_REQUEST_BEFORE.search(lower, max(0, hit.start() - 12), hit.start())
                and VI.imperative.match(lower, hit.end())
            ):
                yield hit.start(), hit.end() - 1, False
    for hit in _DEMONSTRATIVE.finditer(work):
        # "Celui-ci est chargé de ...": the one just named, as the subject of the next sentence
        before = work[max(0, hit.start() - 2) : hit.start()]
        if hit.start() == 0 or before.endswith("\n") or (len(before) == 2 and before[0] in ".;:" and before[1] == " "):
            yield hit.start(), hit.end(), True
    for hit in _DEMONSTRATIVE_OBJECT.finditer(work):
        yield hit.start(1), hit.end(1), True
    if "dernier" in work or "lui-ci" in work or "lle-ci" in work:
        for hit in _DEMONSTRATIVE_OBJECT_NOW.finditer(work):
            yield hit.start(1), hit.end(1), True
    for hit in _HEAD_NOUN_BACKREF.finditer(work):
        yield hit.start(), hit.end(), False
    if " to " in folded:
        for hit in _EN_ADDRESSED_KIND.finditer(folded):
            yield hit.start(1), hit.end(1), False
    if "Verket " in work or "Inspektionen " in work or "Kommunen " in work:
        for hit in _SV_AGENCY_KIND.finditer(work):
            if _opens_sentence(work, hit.start()):
                yield hit.start(), hit.end(), False
    if " soins" in folded:
        for hit in _BY_ITS_CARE.finditer(folded):
            yield hit.start(), hit.end(), False
    for hit in _HEAD_TITLE.finditer(work):
        # A bare "Giám đốc", "the new Director": the head of the department named before.
        start, end = hit.span()
        named = _NAMED_AFTER_TITLE.match(work, end)
        if named and named.group().strip().islower() and len(named.group().strip()) == 1:
            named = None  # "le Ministre à accélérer": a lower-case letter (the range À-Ỹ holds both cases)
        if _word_at(work, start, end) and not named:
            yield start, end, True
    if "inistère" in work:
        for hit in _MINISTRY_BACKREF.finditer(work):
            if not _NAMED_AFTER_TITLE.match(work, hit.end()):
                yield hit.start() - 1, hit.end(), False  # (the pattern opens after the capital or small "m")
    for hit in _SERVICE_BACKREF.finditer(work):
        # "DE DEMANDER au directeur du Service de déposer ...": the Service named before, by its head
        yield hit.start(), hit.end(), True


#: "the district should continue ...", "the town must ...": the district (town, city) named before, as
#: the subject of an order (folded view). A place word alone is too common to point back anywhere else.
_PLACE_BACKREF = re.compile(
    # (the first letters of its forms tested first, a cheap test; keep in sync)
    # ("The province must also ensure ...": the province's own committee named before, see ``directory``)
    r"(?=[clt])\b(?:the|this|le|ce)\s+(?:district|town|city|commune|ward|ville|locality|province)"
    r"(?:\s+(?:authorities|administration|government|committee|people's\s+committee))?\b"
    r"(?=\s*(?:,[^,.;]{1,40},\s*)?(?:also\s+)?(?:should|must|shall|will|needs?\s+to|has\s+to|is\s+to|"
    # "The district was also asked to review ...": an adverb between the auxiliary and the participle
    r"(?:is|was)\s+(?:also\s+|further\s+|likewise\s+)?(?:asked|requested|instructed|directed|told|responsible)|"
    r"devra|doit|veillera)\b)"
)


#: ... or as the addressee of a request: "asked the locality to work with the investor", "requested the district to
#: ..." (folded view).
_PLACE_ADDRESSEE = re.compile(
    # (the first letters of its forms tested first, a cheap test; keep in sync)
    r"(?=[adirtu])\b(?:asked|requested|instructed|directed|urged|tasked|assigned)\s+"
    r"(the\s+(?:district|town|city|commune|locality|province))\s+to\s+(?!be\b)[a-z]"
)


#: "Utredaren ska ...", "utredaren": the investigator of a committee of inquiry, who stands for the inquiry
#: (folded view). Only an inquiry the text named before is meant ("Tilläggsdirektiv till Utredningen om ...").
#: A committee of inquiry the same: "Kommittén ska ...", the one charged by a kommittédirektiv ("En parlamentariskt
#: sammansatt kommitté ska se över ...", "En särskild kommitté ska ...").
_INVESTIGATOR = re.compile(
    # (the first letters of its forms tested first, a cheap test; keep in sync)
    # ("utredningen": the inquiry itself, "Dricksvattenmyndigheten ska bistå utredningen med underlag"; a study named
    # so where no inquiry was named, "den avslutade utredningen om busslinjen", is no unit)
    r"(?=utr|kom|en )(?:\butredaren\b|\butredningen\b|\bkommitten\b"
    r"|(?<![a-z] )\ben (?:(?:parlamentariskt sammansatt|parlamentarisk|sarskild) )?kommitte\b)"
)

_INQUIRY_CHAIR = re.compile(r"\bordforanden\b")


def find_investigator_backrefs(prep: Prepared) -> Iterator[tuple[int, int]]:
    """Yield ``utredaren``, ``utredningen``, ``kommittén``: the inquiry a text named before."""
    if "utredaren" not in prep.folded and "kommitte" not in prep.folded and "utredningen" not in prep.folded:
        return
    for hit in _INVESTIGATOR.finditer(prep.folded):
        yield hit.span()
    if "ordforanden" in prep.folded and "direktiv" in prep.folded[:400]:
        # "Kommittédirektiv ... Ordföranden ska senast ... redovisa en lägesbeskrivning": the committee's chair, who
        # stands for it (in terms of reference only, not the chair of a meeting)
        for hit in _INQUIRY_CHAIR.finditer(prep.folded):
            yield hit.span()


#: "Huyện cũng phải phối hợp ...", "Xã cần ...", "Thị xã khẩn trương ...": a Vietnamese sentence whose subject is
#: the bare kind of the local unit named before (the district, town or commune), then an order's word (input view).
#: "..., Huyện chủ trì, phối hợp với ...": the district leads the task, after the case it is for ("Đối với các trường
#: hợp không chấp hành, ").
#: Or in lower case, the clause after a semicolon: "Chủ tịch UBND tỉnh thống nhất về chủ trương; thị xã chủ động cân
#: đối, bố trí vốn ...".
_VI_PLACE_BACKREF = re.compile(
    # (the first letters of its forms tested first, a cheap test; keep in sync)
    r"(?=[HPQTXhpqtx])(?:Huyện|Thị xã|Quận|Xã|Phường|(?<=[;,] )(?:huyện|thị xã|quận|xã|phường))"
    r"(?=\s+(?:cũng\s+|còn\s+)?(?:phải|cần(?! thiết)|có trách nhiệm|khẩn trương|chủ động|tiếp tục|tập trung|"
    r"chủ trì)\b)"
)


#: ... or the addressee of a request, in lower case before its verb: "Phó Chủ tịch yêu cầu huyện rà soát ...", "đề
#: nghị xã phối hợp ..." (input view; not "xã hội", "huyện ủy", "xã đội", nor a place's name after the kind); or the
#: partner of a unit's task: "Sở X phối hợp với xã đầu tư ...".
_VI_PLACE_ADDRESSEE = re.compile(
    # (the first letters of its forms tested first, a cheap test; keep in sync)
    r"(?=[cgpyđ])\b(?:yêu cầu|đề nghị|giao|chỉ đạo|phối hợp với)\s+(huyện|thị xã|quận|xã|phường)\s+"
    r"(?!hội\b|ủy\b|uỷ\b|đội\b|nông thôn\b|và\b|hoặc\b)(?=\w)"
)


def _opens_sentence(text: str, start: int) -> bool:
    """Whether ``start`` begins a line or follows a full stop or semicolon and a space or two."""
    before = text[max(0, start - 3) : start]
    return start == 0 or before.endswith("\n") or before[-2:] in (". ", "; ") or before in (".  ", ";  ")


#: The case or matter a Vietnamese sentence opens on, then a comma, before its subject (input view): "Đối với các
#: trường hợp cố tình không chấp hành, ", "Trường hợp vượt thẩm quyền, ", "Riêng tuyến kè phía Bắc, ".
_VI_CASE_OPENER = re.compile(
    r"(?:[Đđ]ối với|[Vv]ề|[Rr]iêng|[Tt]rường hợp|[Tt]rong trường hợp|[Nn]ếu)\s[^,.;:\n]{2,120},\s"
    # "Cùng với đó, xã phải ...", "Bên cạnh đó, huyện cần ...": a link to the order before, then the subject
    r"|(?:[Cc]ùng với đó|[Bb]ên cạnh đó|[Ss]ong song với đó|[Nn]goài ra|[Đđ]ồng thời|[Mm]ặt khác|[Tt]rước mắt|"
    r"[Vv]ề lâu dài|[Tt]iếp đó|[Ss]au đó),\s"
)


def _opens_clause(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence, or its main clause after the case it opens on."""
    if _opens_sentence(text, start):
        return True
    if not text.endswith(", ", 0, start):
        return False
    # after the last stop, semicolon or line break, and the spaces after it ("...  Đối với"); at the text's start
    # when there is none
    found = (text.rfind(stop, 0, start) for stop in (". ", "; ", "\n"))
    opening = max((at + (1 if text[at] == "\n" else 2) for at in found if at >= 0), default=0)
    while opening < start and text[opening] in " \t":
        opening += 1
    return _VI_CASE_OPENER.fullmatch(text, opening, start) is not None


def find_place_backrefs(prep: Prepared) -> Iterator[tuple[int, int]]:
    """Yield ``the district`` (``the town``, ``the city``) where it stands as the subject of an order."""
    for hit in _PLACE_BACKREF.finditer(prep.folded):
        yield hit.span()
    for hit in _PLACE_ADDRESSEE.finditer(prep.folded):
        yield hit.span(1)
    if any(word in prep.work for word in ("Huyện", "Xã", "Thị xã", "Quận", "Phường")) or any(
        word in prep.work
        for word in ("; huyện", "; thị xã", "; quận", "; xã", "; phường", ", huyện", ", xã", ", phường", ", quận")
    ):
        for hit in _VI_PLACE_BACKREF.finditer(prep.work):
            if _opens_clause(prep.work, hit.start()):
                yield hit.span()
    if (
        "yêu cầu " in prep.work
        or "đề nghị " in prep.work
        or "giao " in prep.work
        or "chỉ đạo " in prep.work
        or "phối hợp với " in prep.work
    ):
        for hit in _VI_PLACE_ADDRESSEE.finditer(prep.work):
            if prep.work[hit.end()].islower():
                yield hit.span(1)


def _article_start(folded: str, start: int) -> int:
    match = re.search(r"(?:the|this|that|said|le|ce|cette|l')\s*$", folded[max(0, start - 8) : start])
    return start - (len(folded[max(0, start - 8) : start]) - match.start()) if match else start


_UPPER_NAME = r"[A-ZÀ-ÖØ-ÞĐ][\w'’&-]*"
_EN_HEAD = re.compile(
    r"Department|Ministry|Office|Board|Agency|Committee|Council|Centre|Center|Bureau|Authority|Inspectorate|"
    r"Directorate|Fund|University|Company|Corporation|Institute|People['’]s Committee"
)
_EN_AFTER = re.compile(
    rf"\s+(?:of|for)\s+(?:the\s+)?{_UPPER_NAME}(?:(?:\s+|,\s*)(?:(?:and|of|for|&)\s+)?(?:the\s+)?{_UPPER_NAME}){{0,5}}"
)
# ("the Plant Protection and Quarantine Directorate": its field's words may be joined by "and")
_EN_BEFORE = re.compile(rf"{_UPPER_NAME}\s+(?:(?:and\s+|&\s+)?{_UPPER_NAME}\s+){{0,3}}$")
_EN_TAIL_HEADS = ("Department", "People", "Board", "Agency", "University", "Directorate")
_LEADING_ARTICLES = ("The ", "A ", "This ")
_FR_HEAD = re.compile(
    r"(?:Département|Ministère|Comité|Conseil|Bureau|Centre|Université|Agence|Inspection|Société|Compagnie|"
    r"Direction|Institut|Banque)(?:\s+(?:populaire|provincial|provinciale|national|nationale))?"
)
_FR_NOT_NAME = (
    r"(?!(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|juillet|"
    r"août|septembre|octobre|novembre|décembre|ce|cette|son|sa|ses|leur|leurs)\b)"
)
_FR_AFTER = re.compile(
    rf"\s+(?:de la|de l'|de l’|des|du|de|d'|d’)\s*{_FR_NOT_NAME}[^\W\d_]+"
    rf"(?:(?:,\s*|\s+(?:et\s+)?)(?:de la|de l'|de l’|des|du|de|d'|d’)\s*{_FR_NOT_NAME}[^\W\d_]+){{0,3}}"
)
_SV_HEAD = re.compile(r"departementet|folkkommittén i ")
_SV_COMPOUND_BEFORE = re.compile(r"(?:[^\W\d_]+-\s+och\s+)?[^\W\d_]*$")
_SV_AFTER = re.compile(r"\s+för\s+[^\W\d_]+(?:\s+och\s+[^\W\d_]+)?")
_SV_PLACE = re.compile(r"[A-ZÅÄÖ]\w*(?:\s+[A-ZÅÄÖ]\w*)?")
_VI_HEAD = re.compile(
    r"(?:Sở|Ban|Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Phòng|Trung tâm|Công ty|Trường|Bộ|Cục|Chi cục|"
    r"Văn phòng|Thanh tra|Công an|Hội đồng nhân dân|HĐND|Ngân hàng|Viện|Tổng công ty)"
    r"(?:\s+(?:huyện|thị xã|thành phố|TP\.?|xã|phường|tỉnh))?"
)
_VI_WORDS = re.compile(r"(?:,?\s+(?:và\s+)?[^\W\d_]+){1,6}")
_VI_WORD = re.compile(r",?\s+([^\W\d_]+)")


def _vietnamese_name(words: str) -> int:
    """How many characters of ``words`` (after a head like ``Sở``) form a proper name."""
    taken_end, previous_upper = 0, False
    for match in _VI_WORD.finditer(words):
        word = match.group(1)
        if word == "và":
            previous_upper = False
            continue
        if word[0].isupper():
            taken_end, previous_upper = match.end(), True
        elif previous_upper and "," not in match.group():
            taken_end, previous_upper = match.end(), False
        else:
            break
    return taken_end


def name_words_before(work: str, start: int) -> int:
    """Where the capitalised words just before an English head start ("Provincial Project Management" before
    "Board for Construction Investment"); ``start`` when there are none."""
    before = _EN_BEFORE.search(work, max(0, start - 80), start)
    return before.start() if before else start


def find_department_names(prep: Prepared) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of department-like names: ``Department of ...``, ``Sở ...``, ``...departementet``."""
    work = prep.work
    for hit in _EN_HEAD.finditer(work):
        start, end = hit.span()
        if not _word_at(work, start, end):
            continue
        after = _EN_AFTER.match(work, end)
        if after:
            yield start, after.end()
        elif hit.group().startswith(_EN_TAIL_HEADS):
            before = _EN_BEFORE.search(work, max(0, start - 80), start)
            if before:
                name_start = before.start()
                for article in _LEADING_ARTICLES:
                    if work.startswith(article, name_start):
                        name_start += len(article)
                if name_start < start:
                    yield name_start, end
    for hit in _FR_HEAD.finditer(work):
        if _word_at(work, hit.start(), hit.end()):
            after = _FR_AFTER.match(work, hit.end())
            if after:
                yield hit.start(), after.end()
    lower = prep.lower
    for hit in _SV_HEAD.finditer(lower):
        start, end = hit.span()
        if hit.group() == "departementet":
            if not _word_at(lower, end - 13, end) and not lower[end : end + 1].isalnum():
                before = _SV_COMPOUND_BEFORE.search(lower, max(0, start - 60), start)
                yield (before.start() if before else start), end
            elif _word_at(lower, start, end):
                after = _SV_AFTER.match(lower, end)
                if after:
                    yield start, after.end()
        else:
            place = _SV_PLACE.match(work, end)
            if place and _word_at(lower, start, start + 13):
                yield start, place.end()
    taken = 0
    for hit in _VI_HEAD.finditer(work):
        if hit.start() < taken or (hit.start() > 0 and work[hit.start() - 1].isalnum()):
            continue
        words = _VI_WORDS.match(work, hit.end())
        size = _vietnamese_name(words.group()) if words else 0
        if size:
            taken = hit.end() + size
            yield hit.start(), taken
