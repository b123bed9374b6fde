"""Cut a text into units: sentences, list items, and the parts of a sentence between ``;`` and ``:``.

Directives in minutes are sentences, items of a list after a colon (numbered, bulleted, or run
together with semicolons), or imperative sentences that follow a lead-in. The unit records what
came before it (a blank line, a line break, a list marker, a full stop, a semicolon, a colon), which
is what the classifier needs to decide whether a unit continues a list.

One regex pass finds every candidate boundary; full stops after abbreviations (``No.``, ``TP.``,
``Mr.``, initials) are not boundaries. Line breaks inside hard-wrapped sentences (a PDF's text
layer, a text copied from one, a mail) are no boundaries either: :func:`join_wrapped_lines` makes
them spaces in the working copy and its views before anything is matched, so that ``requested the
Department of\nHealth to`` reads as the sentence it is. In a text whose lines are its paragraphs (it
was hard-wrapped, or it has no blank line at all: a .docx, a paste from Word), every line break left
ends a paragraph, as a blank line does elsewhere; a list number alone on its line (a table's number
cell, a PDF's hanging number) is no unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from tracker.extraction.textprep import Prepared, words

#: Where a boundary may be; each hit is then looked at closely (a charset scans far faster than groups).
_BOUNDARY_CHAR = re.compile(r"[\n;:.!?]")
_NEWLINES = re.compile(r"\n\s*")
_STOP = re.compile(r"[.!?]+")
_CLOSING = re.compile(r"[\"')\]]*")
#: A list marker: a bullet, "2.", "2.1.", "b)", "iv."
_ITEM = re.compile(
    r"[ ]*(?:[-*+•–]|\(?\d{1,2}(?:\.\d{1,2}){0,3}[.)]|\(?[a-zđ][.)]|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)])[ ]+"
)
#: A numbered decision's label before its dash, at a line's start, a whole sentence after it that opens on its
#: subject (folded): "Décision n° 5 – La DGS actualisera ...", "Mesure 3 - Le SDIS vérifiera ...", "Decision 2 – The
#: Department shall ...": a list marker, the decision after it (not "Action 1 – Inventaire des ponts", a row's title
#: that the label opens).
_LABELLED_ITEM = re.compile(
    r"[ ]*(?:decision|mesure|action|recommandation|recommendation|resolution|directive|instruction)[ ]+"
    r"(?:n[ ]*[°o][ ]*)?\d{1,3}[ ]*-[ ]+(?=(?:le|la|les|the)[ ]+\w|l['’]\w)"
)
#: The same, run in after a colon or a semicolon, the space after the stop first: "shall: (a) Allocate ...; (b) ...".
_INLINE_ITEM = re.compile(r"[ ]*(?:\(\d{1,2}\)|\d{1,2}\)|\(?[a-zđ]\))[ ]+")
_ABBREVIATIONS = words(
    "no nr n° st mr mrs ms dr tp tx ts ths pgs gs art vs ca approx cf ex fig kl resp jan feb mar apr jun jul "
    "aug sep sept oct nov dec janv fevr avr juil bl t.ex m.fl e.g i.e p pp vol"
    # Indian honorifics before a name: "Smt. K. Harini Reddy", "Sri. P. Srinivas", "Kum. A. Devi", "Sh. Rakesh Negi"
    " smt shri sri kum sh"
    # the rupee before its amount: "Rs. 40 crore"
    " rs"
    # a Swedish budget item: "anslaget 4:5 ..., ap. 7 Kunskapsstöd"
    " ap"
    # a table's serial-number cell, its heading row pasted as a line: "Sr. Decision Action by Timeline", "Sr. No."
    " sr"
    # ... and its Indian form: "Sl. | Decision | Officer | Action taken | Remarks", "Sl. No."
    " sl"
    # the plural of "No.": "Resolution Nos. 12 to 14", "Ordinance Nos. 3 and 4"
    " nos"
    # a Swedish statute's chapter before its section: "enligt 14 kap. 3 § regeringsformen"
    " kap"
    # a council's resolution before its number: "Res. No. | Date | Action", "Res. 2026/044"
    " res"
    # a California ballot measure before its number: "re-notice the hearing under Prop. 218"
    " prop"
    # a Philippine barangay before its name: "the Punong Barangay of Brgy. San Isidro"
    " brgy"
    # a telephone number's label: "Control room at the Collectorate (Ph. 08562-244100)", "Tel. 0471-2333", "Mob. 98..."
    " ph tel mob"
    # an Indian officer's rank before the title: "Addl. Commissioner", "Dy. Commissioner (Revenue)", "Jt. Director",
    # "Asstt. Engineer", "Spl. Officer", "Supdt. of Police"
    " addl dy jt asst asstt spl supdt"
)
#: Titles before a name, written with their capital (work view): "Hon. Liza M. Dacanay" (Honourable, as the
#: Philippines, Ghana or Kenya write a member's or an officer's name), "Engr. Jose Reyes", "Atty. Maria Cruz", "Cllr.
#: John Byrne" (the Swedish "hon", she, ends a sentence in lower case).
_NAME_TITLES = frozenset(("Hon", "Engr", "Atty", "Cllr"))
#: Abbreviations only before a number ("ca. 200", circa): a Vietnamese word before a capital ("... vào giờ tan ca.
#: Doanh nghiệp ...", "ghi nhận 12 ca. Trong đó ...": a shift, a case) ends its sentence.
_BEFORE_A_NUMBER = words("ca rs kap prop ph tel mob")
#: What closes an enumeration, and so often a sentence, before a capital: "... Kunskapsstöd m.m. Senast den ..."
_ENUMERATION_END = words("m.m o.s.v")
_WORD_BEFORE = re.compile(r"([\w.°]+)$")
#: A name written with a small letter first and a capital after it: "e-KYC", "e-Office", "iOS", "eSanjeevani".
_SMALL_LETTER_NAME = re.compile(r"[a-z]{1,2}-?[A-Z]")
#: A word that opens a sentence and never follows an initial as a surname would (work view): "Zone V. The ...",
#: "Phase I. This ...".
_OPENER_AFTER_LETTER = re.compile(r"(?:The|This|These|That|Those|It|All|Each|Every|There|They|We|He|She)\s")
#: Initials joined by dots, the last dot the one read: "b.p" of "B.P.", "a.h" of "A.H."
_INITIALS = re.compile(r"(?:[a-z]\.){1,3}[a-z]")
#: "2", "b", "iv", and the numbers of a sub-item ("2.1", "3.2.1")
_LIST_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ]|(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)")
_LAST_WORD = re.compile(r"(?<![\w-])[a-zåäöéèàđ]{1,4}$")
#: Short function words that never end a sentence or a heading: a line ending on one was wrapped.
_WRAP_WORDS = words(
    "of the a an and or to in on at by for with from vid av i och för till med om på som att de la le les "
    "des du et en au aux par pour sur dans và của các cho với về để tại"
)
#: Longer prepositions that never end a sentence either: "... within\n60 days", "... until\nthe end of
#: June", "... dans\nun délai de", "... depuis\nle 1er mars", "... no later than\nOctober 27".
_LONG_WRAP_WORD = re.compile(r"(?<![\w-])(?:within|until|between|during|through|than|avant|apres|dans|depuis)$")
#: Vietnamese words that wait for what follows, folded: a verb for its addressee ("... báo cáo\nPhó Thủ tướng Chính
#: phủ kết quả", "... trình\nUBND tỉnh", "... giao\nSở Tài chính"), a preposition for its noun ("... của\nBộ").
_VI_WAITING_WORD = re.compile(
    r"(?<![\w-])(?:bao\s+cao|trinh|gui|giao|de\s+nghi|yeu\s+cau|chi\s+dao|tham\s+muu|cua|cac|voi|tai|cho)$"
)
#: A Vietnamese unit's kind, capitalised, that waits for its name below (input view): "... gửi về Phòng\nVH&TT
#: (qua email ...) trong vòng 10 ngày", "... phối hợp với Sở\nTài chính".
_VI_UNIT_KIND_END = re.compile(
    r"(?<![\w-])(?:Phòng|Sở|Ban|Bộ|Cục|Chi cục|Trung tâm|Văn phòng|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Công an)$"
)
#: A unit's name cut at the dash of its two fields, the dash below: "Phòng Văn hóa\n- Xã hội xây dựng ...", "Sở Lao
#: động\n- Thương binh và Xã hội" (a list item's dash follows a line that ends on a stop, not on a unit's field).
_VI_DASHED_NAME_END = re.compile(
    r"(?<![\w-])(?:Phòng|Sở|Ban|Cục|Chi cục|Trung tâm|Đài|Văn phòng)[ \t]+[A-ZĐ]\w*(?:[ \t]+\w+)?$"
)
_VI_DASHED_NAME_BELOW = re.compile(r"-[ \t]+[A-ZĐ]\w*(?:[ \t]+\w+){0,3}[ \t]+[a-zđ]")
#: What may stand before a unit's name on a line that is only its heading: nothing, or the item's number ("2. ").
_ITEM_OR_NOTHING = re.compile(
    r"[ \t]*(?:(?:[-*+•–]|\(?\d{1,2}(?:\.\d{1,2}){0,3}[.)]|\(?[a-zđ][.)]|[ivxlc]{1,5}\.)[ \t]+)?"
)
#: The names of other units before the last on such a heading, each closed by a comma or "và": "Công an tỉnh, ".
_OTHER_NAMES_BEFORE = re.compile(r"(?:[A-ZĐÀ-Ỹ][^\s,.;:]*(?:[ \t]+[^\s,.;:]+){0,7}[ \t]*(?:,|[ \t]và)[ \t]*)*")
#: A line that opens a clause of a motion ("THAT the Finance Department be directed to ...").
_MOTION_CLAUSE = re.compile(r"(?:THAT|That)\s+(?:the|a|an|Council|[A-Z]{2,})\b")
#: "...; and further,\nThat the ...": the next clause of the same motion, joined by its conjunction.
_CLAUSE_JOINED = re.compile(r"\b(?:and|or|further|furthermore)\s*,?$")
_TRIM_END = " \t\n.;:,!?"
#: A Swedish decision's clauses, each on its line: "beslutar\natt ...,\natt ..., samt\natt ...".
_SV_ATT_LINE = re.compile(r"att\s")
_SV_ATT_LINE_OPENS = re.compile(r"[ \t]*att\s")
_SV_ATT_BEFORE = re.compile(r"(?:^|\n)\s*att\s[^\n]*$|\b(?:beslutar|beslutade|foreslar|besluta|beslut)\s*:?\s*$")
#: A clause that ran over lines of its own before the next: "att uppdra åt X att ... till\nyttrande över
#: rapporten,\natt Y ...": a line that opened on "att", wrapped lines after it, the last ending on a comma,
#: a semicolon, "samt" or "och".
_SV_ATT_CLAUSE_BEFORE = re.compile(r"(?:^|\n)[ \t]*att\s[^\n]*(?:\n[ \t]*[^\s][^\n]*){1,3}(?:[,;]|\s(?:samt|och))\s*$")
MAX_UNIT = 4000
#: A motion's sentence: "Moved by X, seconded by Y, that ...", "Motion by X ... to ...", "THAT the ...".
_MOTION_OPENS = re.compile(
    r"(?:(?:on\s+)?(?:a\s+)?motion\s+(?:was\s+)?(?:made\s+)?by|(?:it\s+was\s+)?moved\s+by)\s"
    # a resolutions log's row may open with its item and resolution numbers, and the motion's mover:
    # "8.2 CR94/2026 That ...", "12 R-2026-045 (Motion M-3, Councillor Lee) That ..."
    r"|(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+)?(?:[A-Z]{1,4}[\s-]?\d{1,4}(?:[/-]\d{2,4}){0,2}\s+)?"
    r"(?:\([^()\n]{1,60}\)\s+)?(?:THAT|That)\s+(?:the|a|an|staff|Council|[A-Z]{2,})\b"
    # in a log's row, "That Administration BE DIRECTED to ...", "That Corporate Services BE REQUESTED to ...": a
    # subject of capitalised words, then the motion's "BE"
    r"|\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+[A-Z]{1,4}[\s-]?\d{1,4}(?:[/-]\d{2,4}){0,2}\s+(?:\([^()\n]{1,60}\)\s+)?"
    r"(?:THAT|That)\s+(?:[A-Z][\w&'’-]*\s+){1,4}BE\s"
)
#: A resolutions log's row, its item and resolution numbers first: "6.2 R57/2026 ", "8.1 CR93/2026 ", "12 R-2026-045 ".
_ROW_OPENS = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,2}\.?[ \t]+[A-Z]{1,4}[ \t-]?\d{1,4}(?:[/-]\d{2,4}){0,2}[ \t]")
#: A pipe table's next row, its number cell first: "2 | Bố trí kinh phí ...", "II | Nâng cao chất lượng | | |",
#: "3.1 | Repair ...".
_PIPE_ROW_OPENS = re.compile(
    # "A4 | Rédiger ...", "R12 | ...": an action's code in a plan's table
    # "MT/26/04 | Run ...", "AP-12 | ...": an action's reference in a management team's or a project's log
    r"[ \t]*(?:\d{1,2}(?:\.\d{1,2}){0,2}|[IVXLC]{1,5}|[a-zA-Z]{1,2}\d{1,2}(?:\.\d{1,2})?|[a-zA-Z]|"
    # "R26-302 | THAT ...", "CR118/2026 | ...", "2026-041 | ...": a council's resolution number, its year in it
    r"[a-zA-Z]{1,4}\d{0,4}[/-]\d{1,4}(?:[/-]\d{1,4}){0,2}|(?:19|20)\d\d[/-]\d{1,4})\.?[ \t]*\|"
)
#: Its next clause, each with its own subject and verb: "..., and that the Road Department report back on
#: ...", "... be approved and that the Finance Director be directed to ...": cut before "that".
_MOTION_NEXT_CLAUSE = re.compile(r"(?:,\s*|\s+)(?:and|or)\s+(?:further\s*,?\s*)?(?=that\s+\S)")
#: A line break with the spaces around it, not followed by a blank line.
_SINGLE_BREAK = re.compile(r"[ \t]*\n(?![ \t]*\n)[ \t]*")
_FIRST_WORD = re.compile(r"\S*")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
#: Hard-wrapped lines are at most this long (a page's or a mail's width); a longer line is a paragraph.
WRAP_WIDTH_MAX = 130
#: A line at least this share of the text's width long, with the next word too long to have fitted
#: within 90% of the width, was wrapped (characters of a proportional font vary in width, so a full line
#: holds fewer or more of them); a heading is seldom that long.
_FULL_LINE = 0.8
#: A heading alone on its line (working copy): a capitalised word and at most two more, no stop or comma at its end
#: ("Beslut", "Förslag till beslut", "Propositionsordning").
_HEADING_LINE = re.compile(r"[A-ZÀ-ÖØ-ÞĐ][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,2}[ \t]*(?:\n|$)")
#: A French letter's "à" alone on its line between the sender and the addressees (working copy): "Le préfet de X\nà\n
#: Mesdames et Messieurs les sous-préfets": the letter's layout, no sentence wrapped.
_ADDRESS_TO_LINE = re.compile(r"[ \t]*à[ \t]*\n")
#: A wrapped line's next line that goes on with a capitalised word and a comma, then a word in lower case:
#: "Place, and that ...", "Street, from ...", "Committee, which ..." (a name's last word went below).
_NAME_GOES_ON = re.compile(r"[A-Z][\w'’-]*,[ \t]+[a-z]")
#: A sentence's next line that goes on with a name's last word or an aside, then lower case: "... measures on
#: Lakeshore\nRoad between ...", "... the Public Safety Standing\nCommittee no later than ...", "... to By-law
#: 212-2019\n(the Traffic By-law) to ...".
_SENTENCE_GOES_ON = re.compile(r"(?:[A-Z][\w'’&-]*[ \t]+[a-z]|\([a-z])")
#: A long line that ends on a name opened by its article, the next line going on with the name's last words, then
#: lower case: "... to meet with the Kessling Valley\nConservation Authority regarding ...".
_NAME_AFTER_THE_END = re.compile(r"\b[Tt]he[ \t]+(?:[A-Z][\w'’&-]*[ \t]+){0,3}[A-Z][\w'’&-]*$")
_NAME_ENDS_BELOW = re.compile(
    r"(?:[A-Z][\w'’&-]*[ \t]+){1,3}[a-z]"
    # or the name's last word ends the sentence, the next one going on on that line: "... in accordance with Decision
    # No. 12 of the Provincial People's\nCommittee. The submission must ..." (not "Carried." alone on its line)
    r"|(?:[A-Z][\w'’&-]*[ \t]+){0,2}[A-Z][\w'’&-]*[.;][ \t]+[A-Z]"
)
#: A line that is long enough to have been wrapped, in a text whose width is unknown (minutes whose headings,
#: movers and "Carried." lines are short).
_LONG_LINE = 60
#: The end of such a line: a capitalised word or a number ("... on Lakeshore", "... By-law 212-2019").
_NAME_OR_NUMBER_END = re.compile(r"(?:(?<![\w'’&-])[A-Z][\w'’&-]*|\d)$")
#: Or the end of such a line on a word in lower case, the next line opening on a number the sentence goes on after in
#: lower case: "... en analys av förseningen av uppdrag\n2025:11 till nämndens sammanträde ...", "... beslutade
#: i ärende\n14 att ..." (a number that names what the word before it counts, no list's item).
_LOWER_WORD_END = re.compile(r"(?<![\w'’&-])[a-zåäöéèàüçđ][\w'’-]*$")
_NUMBER_GOES_ON = re.compile(r"\d[\d:/.-]*[ \t]+[a-zåäöéèàüçđ]")
#: A count written with its thousands parted by commas at a line's start, the sentence going on in lower case after
#: it: "1,214 habitations", "12,500 households".
_COUNT_GOES_ON = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?[ \t]+[a-zåäöéèàüçđ]")
#: A motion's auxiliary at the end of a line, its verb below: "That the Fire Chief BE\nDIRECTED to ...".
_MOTION_BE_END = re.compile(r"(?<![\w-])(?:BE|be)$")
#: A motion's subject cut by a line break: the line ends on "that the" and a name's first words, the next goes on
#: with the rest of the name and the motion's "BE" ("..., that the By-law\nEnforcement Officer BE REQUESTED ...").
#: ("That the Commissioner of Infrastructure\nServices BE DIRECTED ...": the name's small words between its capitals)
_MOTION_SUBJECT_END = re.compile(
    r"\b(?:that|THAT|That)\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s+(?:(?:of|and|for|on|&)\s+)?){0,3}[A-Z][\w'’&-]*$"
)
_MOTION_BE_BELOW = re.compile(r"(?:[A-Z][\w'’&-]*\s+){1,4}BE\s+[A-Z]{4,}\b")
#: A line that opens on the motion's "BE" and its verb in capitals: its subject ends the line above ("That the
#: Director, Transit Services and the Treasurer\nBE REQUESTED to ...", "and that the Clerk\nBE AUTHORIZED to ...").
_MOTION_BE_OPENS = re.compile(r"BE[ \t]+[A-Z]{4,}\b")
#: A date cut by the break: the line ends on a month's name, the year or the day below ("... at an October\n2027
#: meeting of Council", "... before March\n15, 2027").
_MONTH_END = re.compile(
    r"(?<![\w-])(?:January|February|March|April|May|June|July|August|September|October|November|December)$"
)
_YEAR_OR_DAY_BELOW = re.compile(r"(?:(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?,?)(?![\w/.-])")
#: A Swedish day and its month at a line's start (folded): "22 september", "5 juni 2026", "1 mars".
_SV_DAY_MONTH_BELOW = re.compile(
    r"\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\b"
)
_HALF_LINE = 0.6
#: A line that ends inside an aside naming a partner, its name cut by the break: "..., with CEO", ", in
#: consultation with the Planning", ", working with the National" (the aside's name and its closing comma below).
_OPEN_ASIDE_END = re.compile(
    r",\s+(?:(?:together|along|working|jointly|in\s+consultation|in\s+coordination|in\s+collaboration)\s+)?"
    r"with\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3}$"
)
#: The aside's name going on below, then its closing comma and lower case: "... in consultation with the Lakeview
#: Public\nLibrary Board, to review ...", "... with the Arts\nCouncil, to ...".
_ASIDE_NAME_CLOSES = re.compile(r"(?:[A-Z][\w'’&-]*[ \t]+){0,3}[A-Z][\w'’&-]*,[ \t]+[a-z]")


@dataclass
class Unit:
    """One piece of text between boundaries, trimmed, in working offsets."""

    start: int
    end: int
    boundary: str  # "start", "para", "line", "item", "sentence", "semicolon" or "colon"
    ends_colon: bool = False
    is_item: bool = False
    whole_line: bool = False
    closer: str = "end"  # the boundary after it: "sentence", "semicolon", "colon", "line", "para" or "end"


def _is_sentence_end(work: str, folded: str, start: int, end: int) -> bool:
    nxt = end
    while nxt < len(work) and work[nxt] in " \t\"'":
        nxt += 1
    if nxt >= len(work) or work[nxt] == "\n":
        return True
    following = work[nxt]
    if not (
        following.isupper()
        or following.isdigit()
        or following in "-•*(\"'«|"
        # a name that opens on a small letter, a capital after it: "... stands at 88.6%. e-KYC of the remaining
        # beneficiaries be completed ...", "iOS", "eSanjeevani": a sentence of its own
        or (following.islower() and _SMALL_LETTER_NAME.match(work, nxt) is not None)
    ):
        return False
    if folded[start] != ".":
        return True
    word = _WORD_BEFORE.search(folded, max(0, start - 12), start)
    if not word:
        return True
    token = word.group(1).lstrip(".")
    if token in _ABBREVIATIONS and (token not in _BEFORE_A_NUMBER or following.isdigit()):
        return False
    if following.isupper() and work[word.start(1) : start] in _NAME_TITLES:
        return False  # "on motion of Hon. Liza M. Dacanay, duly seconded by ..."
    if token in _ENUMERATION_END:
        return True
    line_start = folded.rfind("\n", 0, word.start(1)) + 1
    if not folded[line_start : word.start(1)].strip() and _LIST_NUMBER.fullmatch(token):
        return False  # "1." or "a." opening a list item
    if token in ("i", "v", "x") and work[start - 1].isupper() and _OPENER_AFTER_LETTER.match(work, nxt):
        return True  # "... in Zone III and Zone V. The City Engineer shall ...": a Roman number, then a sentence
    # "J. Smith", and initials with dots: "the B.P. Highway", "the A.H. & Veterinary Department"
    return not ((len(token) == 1 and token.isalpha()) or _INITIALS.fullmatch(token))


def _wrap_width(text: str) -> int | None:
    """The width a text was hard-wrapped at, or None when its lines do not look wrapped.

    Wrapped lines pile up just under one width and seldom pass it: the widest width (at most
    :data:`WRAP_WIDTH_MAX`) within 15% of which lie at least three lines and a third of the lines
    no longer than it, with at most a tenth of all lines longer (a title, a line that would not break).
    """
    counts = [0] * (WRAP_WIDTH_MAX + 2)
    for size in map(len, text.split("\n")):
        if size:
            counts[min(size, WRAP_WIDTH_MAX + 1)] += 1
    total = sum(counts)
    longer = counts[WRAP_WIDTH_MAX + 1]
    for width in range(WRAP_WIDTH_MAX, 19, -1):
        if 10 * longer > total:
            return None
        near = sum(counts[-(-85 * width // 100) : width + 1])
        if counts[width] and near >= 3 and 3 * near >= total - longer:
            return width
        longer += counts[width]
    return None


#: The label that opens a minute's action line (folded): "Action:", "Action by:".
_ACTION_LINE_OPENS = re.compile(r"actions?(?:\s+by)?\s*:")
#: An order on such a line (folded): "to" and a verb, a modal.
_ORDER_ON_LINE = re.compile(r"\bto\s+[a-z]|\b(?:shall|must|should|will)\b")
#: The rest of a bracket opened on the line before, closed a few words into the line (folded).
_BRACKET_CLOSES = re.compile(r"[^()\n]{1,40}\)")
#: A bracket at the start of a line that names something and closes, the sentence going on in lower case after it
#: (working copy): "(Arbetsmarknadsdepartementet) senast ...", "(the Authority) to ..." (not a list's "(a) ...").
_BRACKET_ASIDE_BELOW = re.compile(r"\([^\W\d_][^()\n]{3,60}\)[ \t]*(?:[a-zåäöéèàüç0-9]|,)")


def _is_wrapped(prep: Prepared, start: int, end: int, width: int | None) -> bool:
    """Whether the line break ``folded[start:end]`` (with its spaces) only wraps a sentence.

    How long the line and the next word are is read on the input, as it was laid out (a word broken
    with a hyphen is whole in the working copy).
    """
    work, folded, to_input = prep.work, prep.folded, prep.to_input
    if end >= len(folded):
        return False  # the text ends
    if _ITEM.match(folded, end):
        # a list item starts, unless the dash is a unit's name's, cut by the break
        if not folded.startswith("-", end):
            return False
        name = _VI_DASHED_NAME_END.search(work, max(0, start - 40), start)
        line_start = folded.rfind("\n", 0, name.start()) + 1 if name is not None else 0
        return (
            name is not None
            and _VI_DASHED_NAME_BELOW.match(work, end) is not None
            # "2. Sở Tài chính\n- Thẩm định dự toán ...", "3. Công an tỉnh, Sở Y tế\n- Tuyên truyền ...": a heading
            # of units alone on its line, their first task below
            and not _OTHER_NAMES_BEFORE.fullmatch(
                work, _ITEM_OR_NOTHING.match(folded, line_start, name.start()).end(), name.start()
            )
        )
    if _ROW_OPENS.match(work, end):
        return False  # "... N/A Complete\n6.2 R57/2026 That ...": a resolutions log's next row
    if _PIPE_ROW_OPENS.match(work, end) and "|" in folded[folded.rfind("\n", 0, start) + 1 : start]:
        return False  # "... | Sở Tài chính | Quý II/2026\n3 | Hỗ trợ ...": a pipe table's next row
    if (
        _MOTION_CLAUSE.match(work, end)
        and folded[start - 1] == ","
        and not _CLAUSE_JOINED.search(folded, max(0, start - 24), start)
    ):
        return False  # "Moved by ..., seconded by ...,\nTHAT the ...": each clause of a motion on its line
    if _SV_ATT_LINE.match(folded, end) and (
        # the line before opened on "att", however long it ran
        _SV_ATT_LINE_OPENS.match(folded, folded.rfind("\n", 0, start) + 1)
        or _SV_ATT_BEFORE.search(folded, max(0, start - 200), start)
        or _SV_ATT_CLAUSE_BEFORE.search(folded, max(0, start - 400), start)
    ):
        return False  # "Kommunfullmäktige beslutar\natt uppdra åt X ...,\natt Y ska ...": each clause on its line
    before = folded[start - 1] if start else ""
    if not before or before == "\n":
        return False  # the line before is blank
    line_start = folded.rfind("\n", 0, start) + 1
    if (
        folded.startswith("action", line_start)
        and _ACTION_LINE_OPENS.match(folded, line_start)
        and before != ","
        and not work[end].islower()
        # (not an order of its own written on the line: "Action: DM&HO to conduct a drive ... with the support of
        # ICDS\nProject Officers ...")
        and not _ORDER_ON_LINE.search(folded, line_start, start)
    ):
        return False  # "Action: X / Y - by 14 May 2026\nIt was agreed ...": a minute's action line, names on their line
    if (
        before not in ".;:!?"
        and folded.rfind("(", max(line_start, start - 60), start)
        > folded.rfind(")", max(line_start, start - 60), start)
        and _BRACKET_CLOSES.match(folded, end)
    ):
        return True  # "... amending Chapter 12.08 (Sidewalk\nVending) of the County Code": a bracket's words cut
    newline = to_input(folded.index("\n", start))
    input_line = prep.original.rfind("\n", 0, newline) + 1
    size = newline - input_line
    next_word = to_input(_FIRST_WORD.match(folded, end).end()) - to_input(end)
    heading = input_line == 0 or prep.original[input_line:newline].isupper()  # the title, a line in capitals
    if (
        width is not None
        and not heading
        and size >= _FULL_LINE * width
        and size + 1 + next_word > 0.9 * width
        # (not a pipe table's row with all its cells: "... | 2026-06-30 | Pågår\nUtreda ... | ...", "... | Pågår\n
        # Uppdraget om X slutredovisades ...": its rows, of one width, are no wrapped lines)
        and not ("|" in folded[line_start:start] and _whole_pipe_row(folded, line_start, start, end))
    ):
        # a full line: even after a full stop, the next sentence only went on below; not a heading alone on its line
        # below a sentence's end ("... inom nämndens ansvar.\nBeslut\n1. ...", "Propositionsordning")
        return not (before in ".!?" and _HEADING_LINE.match(work, end))
    if before in ".;:!?":
        return False
    if _MOTION_CLAUSE.match(work, end) and _CLAUSE_JOINED.search(folded, max(0, start - 24), start):
        return True  # "...; and further\nThat the ...": the motion's next clause, joined by its conjunction
    if _ADDRESS_TO_LINE.match(work, end):
        return False  # "Le préfet de la Vionne\nà\nMesdames et Messieurs ...": the letter's "à" on its own line
    if before == "," or work[end].islower():
        return True  # "... Skatteverkets,\nPolisens ...": a list goes on; a sentence goes on in lower case
    if width is not None and not heading and size >= _HALF_LINE * width and _NAME_GOES_ON.match(work, end):
        return True  # "... between Pelham Avenue and Dufferin\nPlace, and that ...": a name's last word went below
    if (
        not heading
        # a text of uneven lines (its width unknown): a long line
        and size >= (_HALF_LINE * width if width is not None else _LONG_LINE)
        and _VI_WAITING_WORD.search(folded, max(0, start - 12), start)
    ):
        return True  # "... báo cáo\nPhó Thủ tướng Chính phủ kết quả kiểm tra": the verb's addressee went below
    if (
        not heading
        and size >= (_HALF_LINE * width if width is not None else _LONG_LINE)
        and _VI_UNIT_KIND_END.search(work, max(0, start - 20), start)
    ):
        return True  # "... gửi về Phòng\nVH&TT ...": a unit's kind at the line's end, its name below
    if _LONG_WRAP_WORD.search(folded, max(0, start - 12), start):
        return True  # "... report back to Council within\n60 days": a preposition waits for its number
    if (
        not heading
        and size >= (_HALF_LINE * width if width is not None else _LONG_LINE)
        and _COUNT_GOES_ON.match(work, end)
        and _LOWER_WORD_END.search(work, max(0, start - 40), start)
    ):
        return True  # "... in the remaining\n1,214 habitations of ...": a count in thousands, no list's number
    if (
        ", " in work[max(0, start - 60) : start]
        and _OPEN_ASIDE_END.search(work, max(0, start - 60), start)
        and (_SENTENCE_GOES_ON.match(work, end) or _ASIDE_NAME_CLOSES.match(work, end))
    ):
        return True  # "... directed the Auditor-Controller, with CEO\nBudget staff, to show ...": a partner's name
    if _MOTION_BE_END.search(work, max(0, start - 4), start):
        return True  # "That the Fire Chief BE\nDIRECTED to ...": no line ends on the motion's "BE"
    if _MOTION_BE_BELOW.match(work, end) and _MOTION_SUBJECT_END.search(work, max(0, start - 60), start):
        return True  # "..., that the By-law\nEnforcement Officer BE REQUESTED to ...": the subject's name cut
    if (
        not heading
        # (or a short line whose sentence opened after a stop on it: "diseases. The Revenue Department will keep the
        # State\nDisaster Response Force ...", a line cut by hand, no heading)
        and (size >= (_HALF_LINE * width if width is not None else _LONG_LINE) or ". " in work[line_start:start])
        and _NAME_ENDS_BELOW.match(work, end)
        and _NAME_AFTER_THE_END.search(work, max(0, start - 60), start)
        and not _MOTION_CLAUSE.match(work, end)
    ):
        return True  # "... to meet with the Kessling Valley\nConservation Authority regarding ...": a name cut
    if _MOTION_BE_OPENS.match(work, end):
        return True  # "That the Clerk and the Treasurer\nBE DIRECTED to ...": no line opens on the motion's "BE"
    if _YEAR_OR_DAY_BELOW.match(work, end) and _MONTH_END.search(work, max(0, start - 10), start):
        return True  # "... at a November\n2027 meeting": a date cut after its month
    if folded.endswith(" den", max(0, start - 4), start) and _SV_DAY_MONTH_BELOW.match(folded, end):
        return True  # "... vid arbetsutskottets sammanträde den\n22 september 2026": a Swedish date cut after "den"
    if (
        not heading
        and width is not None
        and size >= _HALF_LINE * width
        and folded.startswith("(", end)
        and _BRACKET_ASIDE_BELOW.match(work, end)
    ):
        # "Uppdraget ska delredovisas till Regeringskansliet\n(Arbetsmarknadsdepartementet) senast den ...": a long
        # word in brackets did not fit on the line; the sentence goes on after it
        return True
    last_word = _LAST_WORD.search(work, max(0, start - 12), start)
    return bool(last_word and last_word.group() in _WRAP_WORDS)  # "... skolorna vid\nSFI": no line ends on "vid"


def _whole_pipe_row(folded: str, line_start: int, line_end: int, below: int) -> bool:
    """Whether the line ``folded[line_start:line_end]`` is a row of a "|"-separated table with all its cells (as
    many "|" as the first line of the lines of "|" above it, the table's heading, and not ending on one), and the
    line at ``below`` is no part of it: the text after the table (no "|") or a row of its own (all its cells)."""
    cells = folded.count("|", line_start, line_end)
    if cells < 2 or folded[line_start:line_end].rstrip().endswith("|") or folded.startswith("|", below):
        return False  # "... | SK / Forward Planning\n| 02/02/2026": the row's last cell below
    first = line_start
    while first > 0:
        above = folded.rfind("\n", 0, first - 1) + 1
        if "|" not in folded[above : first - 1]:
            break
        first = above
    heading = folded.count("|", first, folded.find("\n", first))
    next_end = folded.find("\n", below)
    cells_below = folded.count("|", below, len(folded) if next_end < 0 else next_end)
    return first < line_start and cells >= heading >= 2 and (cells_below == 0 or cells_below >= heading)


def _goes_on_below(prep: Prepared, start: int, end: int) -> bool:
    """Whether a long line that itself went on from the line above, with no stop at its end, goes on below
    too: "... calming measures on Lakeshore\nRoad between Harbour Street ..." (a text whose width is unknown)."""
    if not (
        _NAME_OR_NUMBER_END.search(prep.work, max(0, start - 40), start) and _SENTENCE_GOES_ON.match(prep.work, end)
    ) and not (
        prep.work[end : end + 1].isdigit()
        and _NUMBER_GOES_ON.match(prep.work, end)
        and _LOWER_WORD_END.search(prep.work, max(0, start - 40), start)
    ):
        return False
    if "|" in prep.work[prep.work.rfind("\n", 0, start) + 1 : start]:
        return False  # a pipe table's row, the next row below
    newline = prep.to_input(start)
    return newline - (prep.original.rfind("\n", 0, newline) + 1) >= _LONG_LINE


def join_wrapped_lines(prep: Prepared) -> Prepared:
    """The text with each line break inside a hard-wrapped sentence made a space (same offsets).

    A break is a wrap when the sentence plainly goes on (a lower-case word, a comma, a line ending on
    a preposition or an article) or when the line is full: the text's lines are wrapped at one
    width (:func:`_wrap_width`) and the next line's first word would not have fitted on this one.
    A break before a list item, after a full stop, a colon or a semicolon, and a blank line stay.
    """
    folded, work = prep.folded, prep.work
    if "\n" not in folded:
        return prep
    width = _wrap_width(prep.original)
    soft = []
    for hit in _SINGLE_BREAK.finditer(folded):
        start, end = hit.start(), hit.end()
        if _is_wrapped(prep, start, end, width) or (
            width is None and soft and soft[-1] == folded.rfind("\n", 0, start) and _goes_on_below(prep, start, end)
        ):
            soft.append(start + hit.group().index("\n"))
    if not soft:
        return replace(prep, wrapped=width is not None)

    def spaced(text: str) -> str:
        pieces, position = [], 0
        for at in soft:
            pieces += [text[position:at], " "]
            position = at + 1
        pieces.append(text[position:])
        return "".join(pieces)

    return replace(prep, work=spaced(work), lower=spaced(prep.lower), folded=spaced(folded), wrapped=width is not None)


def _cuts(work: str, folded: str, protected=(), lines_are_paragraphs=False):
    """Yield (start, end, kind) of the boundaries of a text."""
    size, resume = len(folded), 0
    spans = sorted(protected)
    for hit in _BOUNDARY_CHAR.finditer(folded):
        start = hit.start()
        if start < resume:
            continue
        if spans and folded[start] in ";:" and any(s <= start < e for s, e in spans):
            continue  # "the Departments: Health; Finance; Home Affairs": one name list
        char = folded[start]
        if char == "\n":
            end = _NEWLINES.match(folded, start).end()
            resume = end
            para = lines_are_paragraphs or folded.count("\n", start, end) >= 2
            yield start, end, "para" if para else "line"
        elif char == ";":
            yield start, start + 1, "semicolon"
        elif char == ":":
            window = max(0, start - 80)
            if folded.rfind("(", window, start) > folded.rfind(")", window, start):
                continue  # "(including: ...)": a colon inside brackets cuts nothing
            if start + 1 < size and folded[start + 1].isspace():
                yield start, start + 1, "colon"
        else:
            stop_end = _STOP.match(folded, start).end()
            end = _CLOSING.match(folded, stop_end).end()
            resume = end
            if (end >= size or folded[end].isspace()) and _is_sentence_end(work, folded, start, stop_end):
                yield start, end, "sentence"


def _split_long(unit: Unit, work: str) -> list[Unit]:
    if unit.end - unit.start <= MAX_UNIT:
        return [unit]
    pieces, start = [], unit.start
    while start < unit.end:
        end = min(unit.end, start + MAX_UNIT)
        if end < unit.end:
            space = work.rfind(" ", start + MAX_UNIT // 2, end)
            end = space if space > start else end
        boundary = unit.boundary if start == unit.start else "sentence"
        pieces.append(Unit(start, end, boundary, is_item=unit.is_item and start == unit.start))
        start = end
        while start < unit.end and work[start].isspace():
            start += 1
    for piece in pieces[:-1]:
        piece.closer = "sentence"
    pieces[-1].ends_colon, pieces[-1].closer = unit.ends_colon, unit.closer
    return pieces


def _motion_clauses(unit: Unit, work: str, folded: str) -> list[Unit]:
    """A motion's sentence cut before each of its next clauses ("..., and that the Road Department report
    back ..."): each clause names its own subject and verb, an order or a decision of its own."""
    if not _MOTION_OPENS.match(work, unit.start) and not _MOTION_OPENS.match(folded, unit.start):
        return [unit]  # the movers' frame is read on the folded view, "THAT" on the working copy
    pieces, start = [], unit.start
    for joint in _MOTION_NEXT_CLAUSE.finditer(folded, unit.start, unit.end):
        if joint.start() <= start:
            continue
        piece = Unit(start, joint.start(), unit.boundary if start == unit.start else "sentence")
        piece.is_item, piece.whole_line = unit.is_item and start == unit.start, False
        piece.closer = "sentence"
        pieces.append(piece)
        start = joint.end()
    if not pieces:
        return [unit]
    last = Unit(start, unit.end, "sentence", ends_colon=unit.ends_colon, closer=unit.closer)
    return [*pieces, last]


#: A Vietnamese approval that gives the work in the same sentence (folded view, the first words of the sentence):
#: "Đồng chí Chủ tịch UBND xã thống nhất chủ trương tổ chức Hội thao ..., giao Văn phòng bố trí kinh phí".
_VI_APPROVES = re.compile(r"\b(?:thong\s+nhat|dong\s+y|nhat\s+tri|chap\s+thuan)\b")
#: ... and where the order starts (working copy): ", giao" and the unit's capitalised name.
_VI_THEN_GIVES = re.compile(r",\s+(?=giao\s+[A-ZĐÀ-Ỹ])")


def _vi_approval_then_order(unit: Unit, work: str, folded: str) -> list[Unit]:
    """An approval's sentence cut before the order it then gives ("..., giao Văn phòng bố trí kinh phí"): the
    approval no task, the order one of its own."""
    if ", giao " not in work[unit.start : unit.end]:
        return [unit]
    joint = _VI_THEN_GIVES.search(work, unit.start, unit.end)
    if joint is None or not _VI_APPROVES.search(folded, unit.start, min(joint.start(), unit.start + 80)):
        return [unit]
    first = Unit(unit.start, joint.start(), unit.boundary, is_item=unit.is_item, closer="sentence")
    return [first, Unit(joint.end(), unit.end, "sentence", ends_colon=unit.ends_colon, closer=unit.closer)]


def segment(work: str, folded: str, protected=(), wrapped=False) -> list[Unit]:
    """Cut a text into units (``wrapped``: it was hard-wrapped, see :func:`join_wrapped_lines`)."""
    units: list[Unit] = []
    position, boundary = 0, "start"
    line_start = True
    cuts = list(_cuts(work, folded, protected, wrapped or not _BLANK_LINE.search(folded)))
    cuts.append((len(work), len(work), "end"))
    for cut_start, cut_end, kind in cuts:
        start, end = position, cut_start
        is_item = False
        if line_start or boundary in ("colon", "semicolon"):
            pattern = _ITEM if line_start else _INLINE_ITEM
            marker = pattern.match(folded, start, end)
            if marker and marker.end() < end:
                start, is_item = marker.end(), True
            elif line_start and folded.startswith(("d", "m", "a", "r", "i"), start):
                # (no item: what follows the label is a whole sentence with its subject, not a task in a list)
                label = _LABELLED_ITEM.match(folded, start, end)
                start = label.end() if label and label.end() < end else start
        while start < end and work[start].isspace():
            start += 1
        while end > start and work[end - 1] in _TRIM_END:
            end -= 1
        if line_start and kind in ("line", "para") and _LIST_NUMBER.fullmatch(folded, start, end):
            end = start  # "3" alone on its line (a table's number cell, a PDF's hanging number) is no unit
        if end > start:
            unit = Unit(
                start,
                end,
                "item" if is_item and boundary in ("para", "line", "start") else boundary,
                ends_colon=kind == "colon",
                is_item=is_item,
                whole_line=line_start and kind in ("line", "para", "end"),
                closer=kind,
            )
            units.extend(
                piece
                for part in _motion_clauses(unit, work, folded)
                for clause in _vi_approval_then_order(part, work, folded)
                for piece in _split_long(clause, work)
            )
            boundary = kind
        else:
            boundary = _stronger(boundary, kind)
        position = cut_end
        line_start = kind in ("line", "para") or (line_start and end <= start)
    return units


_STRENGTH = {"start": 5, "para": 4, "line": 3, "sentence": 2, "colon": 1, "semicolon": 1, "end": 0}


def _stronger(previous: str, current: str) -> str:
    return previous if _STRENGTH.get(previous, 0) >= _STRENGTH.get(current, 0) else current
