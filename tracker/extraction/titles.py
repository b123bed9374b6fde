"""A short imperative task title from a directive's passage ("Complete 04 high-tech agricultural zones").

A passage says who is asked and then what to do: "The Chairman requested the Department of Finance
to allocate the funds for school meals before 30 June", "Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài
chính hoàn thiện đề án ...", "Regeringen ger Boverket i uppdrag att se över byggreglerna".
The title is the action: the words after the last marker that introduces it (``to``, ``shall``,
``de``, ``doit``, ``att``, ``ska``, ``chủ trì``, the units after ``phối hợp với`` ...), without a
leading adverb of urgency, cut at the first clause that only explains why or how (``so that``,
``afin de``, ``för att``, ``nhằm``), and kept under :data:`TITLE_MAX` characters at a word
boundary, never with an ellipsis. A passage with no marker (an imperative item) is its own action.
"""

from __future__ import annotations

import re

from tracker.extraction.cues import CUES
from tracker.extraction.textprep import fold, words

TITLE_MAX = 80

_MARKERS = {
    "en": re.compile(
        r"\b(?:(?:is|are|was|were|be) (?:tasked|charged|entrusted) with|to|shall|must|should|will|needs? to|"
        r"has to|have to|is responsible for|are responsible for|"
        r"(?:is|are) in charge of|continues? to|presides? over|takes? charge of)\s+(?=[a-zA-Z])",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"(?:\b(?:de|d['’]|à)\s*(?:(?:lui|leur|nous|vous)\s+)?(?=[a-zàâçéèêëîïôûù]+(?:er|ir|re|oir)\b)"
        r"|\b(?:doit|doivent|devra|devront|devrait|devraient|veillera à|veilleront à)\s+)",
        re.IGNORECASE,
    ),
    "sv": re.compile(r"\b(?:att|ska|skall|måste|behöver|bör)\s+(?=[a-zåäö])", re.IGNORECASE),
    "vi": re.compile(
        r"(?:\bchủ trì,?\s*(?:phối hợp(?: với)?[^;.]*?(?=\b(?:xây dựng|triển khai|hoàn thiện|hoàn thành|rà soát|"
        r"tham mưu|tổ chức|nghiên cứu|thực hiện|kiểm tra|đề xuất|báo cáo|hướng dẫn|ban hành|lập|trình)\b))?"
        r"|\b(?:có trách nhiệm|chịu trách nhiệm|cần|phải)\s+)",
        re.IGNORECASE,
    ),
}
_DISCOURSE = re.compile(
    r"(?:(?:at the same time|also|accordingly|in addition|besides|furthermore|further|simultaneously|meanwhile|"
    r"in conclusion|theo đó|đồng thời|ngoài ra|enfin|par ailleurs|en outre|vidare|dessutom|slutligen),\s*)?",
    re.IGNORECASE,
)
#: A sentence's end (not an abbreviation's stop: "Mr.", "No."). The stop comes first, the abbreviations are looked
#: behind it: a pattern that opens on a character class is scanned for that character, fast, not tried at each
#: position.
_SENTENCE_END = re.compile(r"[.!?](?<!\bMr.)(?<!\bMrs.)(?<!\bMs.)(?<!\bDr.)(?<!\bNo.)(?<!\bSt.)(?=\s+[A-ZÀ-ÝĐ])")
_LEADING = re.compile(
    r"^(?:(?:urgently|promptly|immediately|actively|proactively|continue to|also|further|quickly|strictly|"
    r"khẩn trương|chủ động|kịp thời|rapidement|activement|également|aussi|skyndsamt|omedelbart|även|också|"
    r"vidare|särskilt|bl\.a\.?|utredaren|utredningen|[•*–-])[,\s]*)+",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(
    # (what can open a match, tested first: a space or a stop, or a word that starts with the first letter of one of
    # the words below; a cheap test that spares the alternatives elsewhere, keep in sync)
    r"(?=[\s;:|.]|\b[siwapdfnđb])"
    r"\s*(?:[;:|]|\.\s+(?=(?-i:[A-ZÀ-ÝĐ]))|\.$|\s[-–]\s|\bso that\b|\bin order to\b|\bwhich\b|"
    r"\bafin (?:de|d['’]|que)|\bpour que\b|"
    r"\bde manière à\b|\bför att\b|\bså att\b|\bnhằm\b|\bđể\b|\bđảm bảo\b|\bbảo đảm\b)",
    re.IGNORECASE,
)
_ASIDE = re.compile(
    r",\s*(?:before|by|no later than|within|avant|d'ici|au plus tard|senast|före|inom|trước|chậm nhất)\s"
    r"[^,;]{1,60},\s*",
    re.IGNORECASE,
)
_SOFT_CUT = re.compile(
    r",\s|\s(?:and|et|och|và|with|avec|med|với|in|dans|i|trong|by|par|av|before|avant|före|trước|within|"
    r"d'ici|senast|inom|until|jusqu'au)\s"
)
#: "take the lead, in coordination with X, in reviewing ...": the action is what follows the lead.
_LEAD_PHRASE = re.compile(
    r"^(?:take|takes|taking) the lead(?:\s+(?:and|to)\s+coordinate\s+with\s+[^,;]+?(?=\s+(?:to|in)\s))?"
    r"(?:,?\s+in\s+(?:close\s+)?(?:coordination|cooperation|collaboration)\s+with\s+[^,;]+,)?\s*(?:in|to|and|,)?\s+",
    re.IGNORECASE,
)
_EN_VERBS = words(
    "review prepare complete submit ensure continue strengthen focus speed accelerate coordinate implement develop "
    "build organise organize report propose study consider promote improve establish issue monitor inspect urge "
    "finalise finalize update enhance allocate arrange conduct plan guide deploy expand upgrade apply maintain "
    "publish select draft launch mobilise mobilize resolve handle address research invest reduce increase raise "
    "protect provide assess evaluate check compile collect create design identify integrate manage revise send "
    "simplify standardise start supervise train transfer verify hold consolidate direct survey repair clear "
    "set list make take"
)


def _base_form(gerund: str) -> str:
    """ "reviewing" -> "review", "planning" -> "plan", "preparing" -> "prepare" (verbs that minutes use)."""
    lower = gerund.lower()
    if not lower.endswith("ing"):
        return gerund
    stem = lower[:-3]
    for candidate in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        if candidate in _EN_VERBS:
            return gerund[0] + candidate[1:] if gerund[0].isupper() else candidate
    return gerund


_DANGLING = re.compile(
    r"(?:,?\s+(?:hoàn thành|to be completed|completed|achever|slutföra)|"
    r"\s+(?:and|or|of|the|a|an|to|for|with|in|on|by|at|et|ou|de|du|des|la|le|les|l['’]|à|au|aux|en|pour|"
    r"och|eller|av|för|i|med|på|till|và|của|các|cho|với|về|trong))+$",
    re.IGNORECASE,
)


def make_title(passage: str, language: str = "en", limit: int = TITLE_MAX, names=()) -> str:
    """Return the action of ``passage`` as a short title (at most ``limit`` characters); never raises.

    ``names`` are the (start, end) offsets in ``passage`` of the units it names: their words are no
    verbs ("Sở Xây dựng", "Phát triển nông thôn") and no markers.
    """
    try:
        return _make_title(passage or "", language, limit, names)
    except Exception:  # a title is a convenience: fall back to the passage's start
        return " ".join((passage or "").split())[:limit].strip()


def _make_title(passage: str, language: str, limit: int, names) -> str:
    text = re.sub(r"\s", " ", passage)  # same length: the offsets of ``names`` still hold
    masked = list(text)
    for start, end in names:
        if 0 <= start < end <= len(text):
            masked[start:end] = "#" * (end - start)
    masked = "".join(masked)
    marker_at = re.match(r"\s*(?:\(?\d{1,2}[.)]|[-•*–])?\s*", masked).end()  # a list marker
    marker_at = _DISCOURSE.match(masked, marker_at).end()
    if language == "sv":  # "beslutar att ge X i uppdrag att ...": the action follows "i uppdrag att"
        assignment = re.search(r"\b(?:i uppdrag|uppdra\w* åt [^.;]{1,80}?) att\s+", masked[marker_at:])
        if assignment:
            marker_at += assignment.end()
    first = _SENTENCE_END.search(masked, marker_at)
    stop = first.start() if first else len(text)
    cues = CUES.get(language, CUES["en"])
    view = masked.lower() if cues.view == "lower" else fold(masked)
    begin = marker_at
    own_action = cues.imperative.match(view, marker_at) and not cues.request.match(view, marker_at)
    if not own_action:  # an imperative item is its own action; "Requesting X to ..." is not
        marker = _MARKERS.get(language, _MARKERS["en"]).search(masked, marker_at, stop)
        if marker is not None and marker.end() < stop - 3:
            begin = marker.end()
        elif language == "vi":  # "Sở X tập trung rà soát ...": the action starts at the first verb
            request = cues.request.search(view, marker_at, stop)
            after = request.end() if request else marker_at  # "... yêu cầu Sở X tập trung ...": after it
            verb_pattern = re.compile(r"(?<!\w)" + cues.imperative.pattern)
            verb = verb_pattern.search(view, after, stop)
            while verb is not None and view[max(0, verb.start() - 5) : verb.start()].endswith(("được ", "bàn ")):
                verb = verb_pattern.search(view, verb.end(), stop)  # "được giao", "bàn giao": no order
            if verb is not None:
                begin = verb.start()
                if view.startswith("phối hợp", begin):
                    # "Sở A phối hợp (với Sở B) đẩy nhanh ...": the action follows the units coordinating
                    run = re.compile(r"phối hợp(?: với)?[\s,#]*(?:và[\s#]*)*").match(view, begin)
                    if run.end() < stop - 3:
                        begin = run.end()
    if re.match(r"be\s", view[begin : begin + 3]) and language == "en":
        # "... that all the roads should be repaired by June 15": the passive keeps its subject
        that = view.rfind("that ", marker_at, begin)
        begin = that + 5 if that >= 0 else marker_at
    if len(text[begin:stop].split()) < 3:  # "... phối hợp thực hiện": too little left, keep the clause
        begin = marker_at
    sentence = " ".join(text[begin:stop].split())
    sentence = _LEADING.sub("", sentence).strip()
    sentence = _ASIDE.sub(" ", sentence)  # "finaliser, avant la fin du trimestre, le plan": the deadline aside
    if language == "en":
        sentence = _LEAD_PHRASE.sub("", sentence)
        first_word = re.match(r"[A-Za-z]+ing\b", sentence)
        if first_word:
            sentence = _base_form(first_word.group()) + sentence[first_word.end() :]
    end = _CLAUSE_END.search(sentence)
    if end is not None and end.start() >= 12:
        sentence = sentence[: end.start()]
    sentence = sentence.strip(" ,;:.")
    if len(sentence) > limit:
        cut = sentence[: limit + 1]
        soft = [m.start() for m in _SOFT_CUT.finditer(cut) if m.start() >= limit // 2]
        sentence = cut[: soft[-1]] if soft else cut.rsplit(" ", 1)[0] if " " in cut else cut[:limit]
    sentence = _DANGLING.sub("", sentence).strip(" ,;:")
    if not sentence:
        return " ".join(passage.split())[:limit].rsplit(" ", 1)[0]
    return sentence[0].upper() + sentence[1:]
