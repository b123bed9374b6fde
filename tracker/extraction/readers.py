"""Departments as a reader finds them: a minister, a director, a sector or a short name for a unit.

Minutes seldom write a unit the way the directory holds it: "le Ministre de la Santé" for the
Ministère de la Santé publique et de l'Hygiène, "the ministry of energy" for the Ministry of Energy
and Water, "the Health branch" or "ngành y tế" for the department that leads the sector, "the
Executive Director of Parks and Recreation" for that department, "les Ministres en charge de
l'Élevage et du Commerce" for two ministries.

A phrase is a head (minister, ministry, director, department, branch, sector, ``ngành``, ``ministre``
...) and the words that name its field. The field words are compared with the field words of every
name and alias of the directory (the same heads dropped), word by word with rapidfuzz so that a
plural, an accent or a typo still match: the unit whose name holds every field word, and the
fewest others, is the one meant. When no single unit holds them all, the field is split at
"and"/"et"/"och"/"và"/commas and each part is matched on its own (several units, the first leads).

Only the few phrases found by the heads are compared, never every window of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from rapidfuzz import fuzz

from tracker.extraction.aliases import all_names, code_group, local_units, territories
from tracker.extraction.columns import LEAD_COLUMN
from tracker.extraction.cues import VI
from tracker.extraction.results import DepartmentRef
from tracker.extraction.textprep import fold_loose, words

#: Words that name the kind of unit or a person heading it, not its field.
HEAD_WORDS = words(
    "ministry ministries minister ministers department departments dept office director directors executive "
    "general deputy branch branches sector sectors head heads secretary agency service services unit "
    "ministere ministeres ministre ministres etat charge chargee charges departement direction directeur "
    "secteur so bo nganh giam doc pho truong cuc chi delegation delegations delegue deleguee delegues "
    "minstre minstres minsitre minsitres "
    "departementet ministern minister forvaltningen namnden vibhag division commissioner "
    # "son collègue des Finances", "son homologue de l'Agriculture": a minister's peer, by his portfolio
    "collegue collegues homologue homologues"
)
_MINISTRY = words(
    "ministry ministries minister ministers ministere ministeres ministre ministres bo ministern minstre minsitre"
)
_DEPARTMENT = words("department departments so departement departementet nganh branch branches sector sectors secteur")
#: A ministry's delegation in a region or a département, and its head: "le Délégué régional de la Santé publique"
#: is the Délégation régionale de la Santé publique, not the ministry of the field.
_DELEGATION = words("delegation delegations delegue deleguee delegues deleguees")
_FUNCTION = words("the of and for to a an de du des d l la le les et en och for i va cac s")
_WORD = re.compile(r"[a-z0-9]+")
_MIN_TOKEN_SCORE = 84
MAX_PHRASES = 2000

#: Heads that open a phrase, with the field after them ("Ministry of ...", "Ministre de ...").
# Each long pattern below opens with the first letters its alternatives can start with, a look-ahead
# tried before the alternation: a third of the time of a scan over a whole text, the matches the same.
_HEAD_AFTER = re.compile(
    # ("le Minstre de X", "la Minsitre de X": a typist's slip in the title, its second "i" dropped or moved)
    r"(?=[MmEeGgDdHhSsc])\b(?:[Mm]inist(?:ry|ries|ers?|res?|ères?|eres?)|[Mm]in(?:st|sit)res?|(?:[Ee]xecutive\s+|[Gg]eneral\s+)?[Dd]irector(?:ate)?(?:\s+[Gg]eneral)?"
    # "les Directeurs généraux des Impôts et du Trésor": the heads of two directions, one title for both
    # ("les Directeurs régionaux de X et de Y": the heads of two regional directions, their level in the title)
    r"|[Dd]irecteur(?:\s+[Gg]énéral|s\s+[Gg]énéraux|s(?:\s+(?:régionaux|provinciaux|départementaux))?(?=\s+d))?"
    r"|[Hh]ead|[Ss]ecretary"
    # "the MEC for Health": a South African province's executive member, who heads the department of his field
    r"|MEC(?=\s+for\s)"
    # "le Service des loisirs", "le Service de police": a French administration's service by its field
    r"|(?<![Ll]es )[Ss]ervice(?=\s+(?:des|du|de\s+la|de\s+l['’]|d['’]|de\s)\s*[a-zà-ÿ])"
    # "Les services de la répression des fraudes conduiront ...", "les services des impôts": a direction by its
    # field, the staff it sends (its field with its article, in lower case)
    r"|(?<=[Ll]es )services(?=\s+(?:des|du|de\s+la|de\s+l['’])\s*[a-zà-ÿ])"
    # "le département de la Santé, en collaboration avec celui de l'Économie": the head named before, again, with
    # the field of the unit that helps
    r"|(?<=avec )cel(?:ui|le)(?=\s+(?:des|du|de\s+la|de\s+l['’])\s*[A-ZÀ-ÖØ-Þ])"
    # "le service Finances", "Pilote : service Mobilités": a French administration's service by its field's noun
    r"|(?:(?<![Ll]es )(?<=[a-z] )s|(?<=\bLe )S|(?<=\ble )S|(?<=\bdu )S|(?<=\bau )S"
    r"|(?<=: )[Ss]|(?<=\| )[Ss]|(?<=\n)[Ss])ervice(?=\s+[A-ZÀ-ÖØ-Þ][a-zà-ÿ]{2,})"
    # "avec le concours de son homologue de l'Agriculture", "son collègue des Transports": the peer of the unit
    # named before (a minister's, a delegate's), by the field of his own unit
    r"|(?<=son )(?:homologue|collègue)"
    # "le Délégué régional des Travaux publics": the head of a ministry's delegation in a region
    r"|[Dd]élégu[ée]e?s?(?=\s+(?:r[ée]gional|d[ée]partemental|provincial))"
    # "la direction de la santé", "direction des finances :": a French administration's unit (not "sous la
    # direction du Ministre", who leads)
    r"|(?<!sous la )(?<!sous la haute )[Dd]irection(?=\s+(?:de|des|du|d['’]))"
    # "le département de l'Enseignement pré-universitaire": a ministry's department by its portfolio
    # ("a ordonné au département de l'Agriculture": the addressee of an order)
    r"|(?:(?<=le )|(?<=au ))département(?=\s+(?:de\s+l['’]\s*|de\s+la\s+|des\s+|du\s+)[A-ZÉ]))"
    r"(?:\s+d['’]E[tT]at,?\s+[Mm]inistre)?"
    r"(?:\s+(?:régional|régionale|national|nationale|provincial|provinciale|général|générale|départemental|"
    # "les Ministres provinciaux de l'Agriculture et du Développement rural": two portfolios, one title in the plural
    r"départementale|régionaux|nationaux|provinciaux|départementaux|regional|provincial|national|general))?"
    r"(?:\s+(?:in\s+charge\s+of|en\s+charge\s+d[eu]s?|chargée?s?\s+d[eu]s?)\s*(?:la\s+|l['’]\s*|les\s+)?"
    r"|\s+(?:of|for)\s+(?:the\s+)?|\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*"
    r"|(?<=ervice)\s+(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ]{2,}))"
)
#: "the Health branch", "the education sector", "the Education Department", "the Finance Ministry": the
#: field before the head.
#: "Environmental Services", "Finance Services": a council's services named by their field.
#: "the Finance Director", "the Health Director": an official's title after the field of the unit he heads.
#: "the Jal Shakti Vibhag": an Indian department by its Hindi head.
#: "the Environmental Health Unit": a district assembly's unit by its field, part of its name left out.
#: (the first letters of its words tested first, a cheap test; keep in sync)
_HEAD_BEFORE = re.compile(
    r"(?=[DMSUVbs])\b(?:branch|sector|secteur|Department|Ministry|Services|Director|Vibhag|Unit)\b"
)
#: An official's title that stands for the unit of its field, as a force's head stands for the force:
#: "the Medical Officer of Health", "the City Solicitor", "the City Treasurer", "the Commissioner, Finance".
#: A taluk's revenue officer, and the revenue offices above his level (a division's, a district's), which
#: are other officers' units: "All Tahsildars were instructed ..." does not task the Revenue Divisional Office.
#: A city's name right before a title: "the Machilipatnam Municipal Commissioner".
_CITY_BEFORE = re.compile(r"\b([A-Z][a-z]{3,})\s+$")
_TALUK_OFFICER = re.compile(r"T[ae]h?sildars?|Mamlatdars?")
_ABOVE_TALUK = re.compile(r"\b(?:Divisional|District)\b")
#: A member's title on a body whose members head the departments of their fields (working view): "County Executive
#: Committee Member", "CEC Member" (the body is no unit of such a title: directory.py).
BODY_MEMBER_TITLE = r"(?:(?:County\s+)?Executive\s+Committee|CEC)\s+Member\b"
_OFFICIAL = re.compile(
    r"(?=[A-Zcrt])(?:"
    r"\b(?:(?:City|Town|County|Municipal|Regional|Provincial|District|Chief)\s+)?"
    r"(?:(?P<health>Medical\s+Officer\s+of\s+Health|Medical\s+(?:and\s+Health\s+)?Officer|Health\s+Officer)|"
    r"(?P<justice>Solicitor|Attorney(?![\s-]+General))|(?P<finance>Treasurer|Financial\s+Officer|[Tt]r[ée]sori(?:er|ère))|(?P<planning>Planner)|"
    r"(?P<building>Building\s+(?:Official|Inspector))|(?P<library>Librarian)|(?P<fire>Fire\s+(?:Chief|Marshal)|Fire\s+Officer)|"
    # "the Municipal Commissioner": the head of the municipal corporation
    r"(?P<municipal>(?<=Municipal\s)Commissioner))\b"
    # "Tahsildars", "the Mamlatdar": an Indian sub-district's revenue officers
    r"|\b(?P<revenue>T[ae]h?sildars?|Mamlatdars?|Sub-[Dd]ivisional\s+Magistrates?)\b"
    # "les recteurs d'académie", "the Superintendent of Schools": the school system's head for education
    r"|\b(?P<education>[Rr]ecteurs?\s+d['’]\s*acad[ée]mie|Superintendent\s+of\s+(?:Schools|Education))\b"
    # A French state service every département or région has, named by an acronym that spells its field:
    # the DSDEN or the DASEN ("services départementaux de l'éducation nationale"), the DDFiP, DRFiP or DGFiP
    # ("finances publiques"); the DDSP ("sécurité publique") is a force, see _FORCE.
    r"|\b(?:(?P<fr_education>DSDEN|DASEN)|(?P<fr_finance>D[DRG]F[Ii][Pp]))\b"
    # "the Commissioner, Finance", "the Executive Engineer, Water Resources": a title, then its unit's field;
    # a Nigerian state's commissioner for a portfolio of several fields heads its ministry ("the Commissioner for
    # Education, Science and Technology")
    # a Kenyan county's executive committee member heads the department of his field: "the CECM Finance", "CECM,
    # Health Services"
    # (an Indian district's "Project Director, Housing", and the titles in initials: "EE, Panchayat Raj", "SE, RWS")
    # (his title written out: "the County Executive Committee Member for Health", "the CEC Member (CECM) for Water")
    r"|\b(?:[Cc]ommissioner|(?:Executive|Superintending|Chief)\s+Engineer|Project\s+Director|CECM"
    r"|" + BODY_MEMBER_TITLE + r"(?:\s*\(CECM\))?(?=\s+for\s)|(?:EE|SE|PD)(?=,))"
    r"(?:,\s*|\s+of\s+|\s+(?P<for>for)\s+|(?<=CECM)\s+)(?:the\s+)?"
    r"(?P<field>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2}"
    r"(?(for)(?:(?:,\s*|\s+(?:and|&)\s+)[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2}){0,3}))"
    r")"
)
#: A Swedish unit named by a compound whose first part is its field: "Folkhälsomyndigheten",
#: "Samhällsbyggnadsförvaltningen", "ekonomiavdelningen", "kultur- och fritidsnämnden".
_SV_COMPOUND = re.compile(
    # (first a cheap test at each word's start: its letters run to a hyphen, or to the last three letters of an ending
    # below and the word's end; keep in sync)
    r"\b(?=[^\W\d_]*+(?:-|(?<=den|gen|ten|ret|ket|ren|tör|fen|hef)\b))"
    r"(?:([^\W\d_]{3,})-\s+(?:och|eller)\s+)?([^\W\d_]{3,}?|[A-ZÅÄÖ]{2,5}-)"
    # a region's care by its field: "Ambulanssjukvården", "Primärvården" (the Primärvårdsförvaltningen's)
    # a director's title without its article, as a protocol names the office: "regional utvecklingsdirektör"
    # an officer's title by the field of the unit he belongs to: "säkerhetssamordnaren", "miljöstrategen"
    # "kollektivtrafiknämden": the committee's name with the common slip of its "mn"
    r"(nämnden|nämden|förvaltningen|myndigheten|avdelningen|kontoret|enheten|verket|direktören|direktör|chefen|chef|"
    r"sjukvården|(?<!sjuk)vården|samordnaren|strategen)\b"
)
#: The endings of ``_SV_COMPOUND``, one of which a text holds for it to match.
_SV_COMPOUND_ENDS = (
    *("nämnden", "nämden", "förvaltningen", "myndigheten", "avdelningen", "kontoret", "enheten", "verket"),
    *("direktör", "chef", "vården", "samordnaren", "strategen"),
)
#: A committee's protocol, named at its head ("Sammanträdesprotokoll\nBarn- och utbildningsnämnden"): its
#: administration, "förvaltningen", and that administration's head, "förvaltningschefen", are the
#: committee's own, of its field.
#: (Or an adjective and "nämnden": "Tekniska nämnden", whose administration is "Tekniska förvaltningen".)
_SV_OWN_COMMITTEE = re.compile(r"\b(?:([^\W\d_]{3,})-\s+(?:och|eller)\s+)?([^\W\d_]{3,}?|[^\W\d_]{3,}a )nämnden\b")
#: The adjective of a Swedish title written without its article, just before it: "regional utvecklingsdirektör".
_SV_TITLE_ADJECTIVE = re.compile(r"\b[a-zåäö]{3,}(?:al|ell|isk|iv)\s+$")
#: The first part of a head's title that says only the kind of unit he heads: "avdelnings" of "avdelningschef".
_SV_KIND_HEAD = re.compile(r"(?i:avdelnings|enhets|sektions|verksamhets|förvaltnings|kontors|områdes|bolags)")
_SV_OWN_ADMINISTRATION = re.compile(r"(?=[Ff]ö)(?<![\w-])[Ff]örvaltning(?:en|schefen)\b")
_VI_SECTOR = re.compile(r"(?=[NnLl])\b(?:[Nn]gành|[Ll]ĩnh vực)\s+")
#: What follows "ngành", "lĩnh vực" without naming a field: a level ("các sở, ban, ngành tỉnh", the province's sectors
#: at large) or the unit's own ("lĩnh vực phụ trách", "ngành mình", "lĩnh vực được giao", "ngành liên quan").
_VI_NO_FIELD = re.compile(
    r"(?:tỉnh|huyện|xã|phường|quận|thị xã|thành phố|phụ trách|mình|được giao|liên quan|có liên"
    # or a word that goes on the sentence, no field: "các sở, ban, ngành và UBND các huyện ...", "các sở, ngành trước
    # ngày 25/6"
    r"|và|hoặc|trước|trong|sau|của|để|tại|theo|từ|đến|cho|với|về)\b"
)
#: A force named by its kind and its level, which the directory holds with another level or none: "the
#: district police", "la police nationale", "la police", "polisen" for the Provincial Police.
_FORCE = re.compile(
    # (the first letter of each form below, tested once where a match may start: a cheap way past other places)
    r"(?=[CDILPSTcdilmnprst])(?:"
    r"\b(?:(?:[Tt]he\s+)?(?:district|city|local|state|national|provincial|municipal|county|regional|town)\s+"
    r"(?=police\b)|[Ll]a\s+(?=[Pp]olice\b)|"
    # "The Superintendent of Police", "the Commissioner of Police": the force's head stands for it
    r"(?:[Tt]he\s+)?(?:(?:[Ss]enior\s+|[Dd]eputy\s+|[Dd]istrict\s+)?[Ss]uperintendent|[Cc]ommissioner|"
    r"[Ii]nspector[- ][Gg]eneral|[Dd]irector[- ][Gg]eneral|[Cc]hief)\s+of\s+(?=[Pp]olice\b)|"
    r"[Tt]he\s+(?=[Pp]olice\b(?!\s+[A-Z]))|(?=[Pp]olisen\b))"
    r"([Pp]olice(?:\s+(?:nationale|provinciale|municipale|locale|r[ée]gionale|force|service))?|[Pp]olisen)\b"
    # "the Sheriff's Office", "the County Sheriff's Department", "the Sheriff": a county's police force
    r"|\b(?:(?:County|Parish)\s+)?Sheriff(?:['’]s\s+(?:Office|Department))?\b"
    # "la DDSP", "la DIPN": a French département's direction of public security (of the police nationale)
    r"|\b(?:DDSP|DIPN|DDPN)\b"
    # "the Police Chief", "the SP", "the SSP": a city's or an Indian district's head of police
    r"|\b[Pp]olice\s+[Cc]hief\b|\b(?<=[Tt]he\s)S?SP\b(?![-/]?\d)"
    r")"
)
_CONNECTOR = re.compile(
    r"(?:,\s*|\s+)(?:(?:and|et|och|và|&)\s+)?(?:(?:de\s+la|de\s+l['’]|des|du|de|d['’]|of|the|la|l['’]|le)\s*)*"
)
_FIELD_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: After a field's comma, a French article with no "de" before it (work view): "ministère des Transports, la DGAC",
#: "Ministre de la Santé, le préfet ...": a new phrase (another unit, a subject); a ministry's further portfolios take
#: "de", "du", "des" ("ministère des Transports, de l'Énergie et du Logement").
_NEW_PHRASE_AFTER_COMMA = re.compile(r",\s*(?:la|le|les|l['’])\s*(?=[^\W\d_])")
#: "the Ministry of Education and the Teachers Service Commission": after "and the", a name with a unit's own
#: head noun is a second unit, not a field of the first ("Ministry of Education and the Arts").
_SECOND_UNIT = re.compile(
    r"\s+and\s+the\s+(?:[A-Z][\w'’-]*\s+){0,5}(?:Commission|Department|Office|Agency|Authority|Council|Board|"
    r"Ministry|Corporation|Company|Committee|Directorate|Bureau|Service|"
    # "the Ministry of Construction and the State Bank of Viet Nam": a bank, a fund, an institute of its own
    r"Bank|Fund|Institute|Centre|Center|Inspectorate|Treasury)\b"
    # "the Director of Highways and Transport and the Head of Emergency Planning": a second official, who heads
    # a unit of his own
    r"|\s+and\s+the\s+(?:(?:Executive|Deputy|Assistant)\s+)?(?:Head|Director|Minister|Secretary|Commissioner)"
    r"\s+(?:of|for)\s"
)
#: ... and in French: "le Service de sécurité incendie et la Division de l'ingénierie", "la direction des travaux et le
#: Service des finances": after "et" and an article, a unit's own head noun in capitals starts a second unit.
_FR_SECOND_UNIT = re.compile(
    r"\s+et\s+(?:la|le|les|l['’])\s*(?:Division|Direction|Service|Bureau|Section|Cellule|Agence|Office|Délégation|"
    r"Inspection|Mission|Commission|Préfecture|Sous-préfecture|Mairie|Secrétariat|Département)s?\b"
)
_STOP = words(
    "to that which who shall should must will would is are was were has have had be in on with by at from as "
    "a an this these their its his her it they ska skall har kommer att som à au aux pour avec sur dans par "
    "afin i för med về để"
)


@dataclass
class ReaderName:
    start: int
    end: int
    parts: list[tuple[int, int, DepartmentRef | None]]  # each unit the phrase names, with its span


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(t for t in _WORD.findall(fold_loose(text).replace("'s", "")) if t not in _FUNCTION)


def field_tokens(text: str) -> tuple[str, ...]:
    tokens = tuple(SYNONYMS.get(t, t) for t in _tokens(text) if t not in HEAD_WORDS)
    if len(tokens) > 1 and any(pair in PAIR_SYNONYMS for pair in pairwise(tokens)):
        joined, i = [], 0
        while i < len(tokens):
            pair = PAIR_SYNONYMS.get(tuple(tokens[i : i + 2]))
            joined.append(pair or tokens[i])
            i += 2 if pair else 1
        tokens = tuple(joined)
    return tokens


@lru_cache(maxsize=16)
def _fields(
    departments: tuple[DepartmentRef, ...], territory: str | None = None
) -> list[tuple[tuple[str, ...], str, str, DepartmentRef]]:
    fields = []
    for dept, alias in all_names(departments, territory):
        tokens = field_tokens(alias)
        if tokens:
            fields.append((tokens, head_class(alias), head_language(alias), dept))
    local = local_units(departments, territory)
    if local:
        # "Ngành y tế" in a text of province A, the directory holding a "Sở Y tế" for A and for B: the units of
        # the text's own territory first, so that a tie between equal fields goes to them
        fields.sort(key=lambda field: field[3] not in local)
    return fields


_HEAD_LANGUAGE = {
    **dict.fromkeys(("ministre", "ministres", "ministere", "ministeres", "departement", "secteur"), "fr"),
    **dict.fromkeys(("ministry", "ministries", "minister", "ministers", "department", "departments"), "en"),
    **dict.fromkeys(("branch", "branches", "sector", "sectors", "director", "office"), "en"),
    **dict.fromkeys(("bo", "so", "nganh", "giam", "cuc"), "vi"),
    **dict.fromkeys(("departementet", "ministern"), "sv"),
}


def head_language(text: str) -> str:
    for token in _WORD.findall(fold_loose(text)):
        if token in _HEAD_LANGUAGE:
            return _HEAD_LANGUAGE[token]
    return ""


def head_class(text: str) -> str:
    """ "ministry", "department" or "delegation" when the name says which kind of unit it is, else ""."""
    tokens = set(_WORD.findall(fold_loose(text)))
    if tokens & _MINISTRY:
        return "ministry"
    if tokens & _DEPARTMENT:
        return "department"
    if tokens & _DELEGATION:
        return "delegation"
    return ""


def _token_matches(word: str, candidates: tuple[str, ...]) -> bool:
    for candidate in candidates:
        if word == candidate:
            return True
        if len(word) < 4 or len(candidate) < 4:
            continue
        # a start of the other word: a plural, an ending, a compound's first part ("halso" of
        # "halsodepartementet"), but not four letters of a longer word ("tran" of "transports")
        if (candidate.startswith(word) or word.startswith(candidate)) and (
            min(len(word), len(candidate)) >= 5 or abs(len(word) - len(candidate)) <= 3
        ):
            return True
        # a typo or an accent keeps the word's first letter: "information" is not "formation"
        if word[0] == candidate[0] and fuzz.ratio(word, candidate) >= _MIN_TOKEN_SCORE:
            return True
    return False


def holds_field(dept: DepartmentRef, text: str) -> bool:
    """True when the unit's names hold every field word of ``text`` ("Ministre des Finances et du Budget"
    is not the Ministère des Finances, whose names have no "Budget"). Words as written, no synonym."""
    names = tuple(t for name in (dept.name, *dept.aliases) if isinstance(name, str) for t in _tokens(name))
    return all(_token_matches(token, names) for token in _tokens(text) if token not in HEAD_WORDS)


class Units:
    """The directory's field words, looked up once per text, with the answers of that text remembered."""

    def __init__(self, departments, territory: str | None = None):
        departments = tuple(departments)
        #: What every answer below depends on: another Units of the same source answers alike (see _per_text).
        self.source = (departments, territory)
        self.fields = _fields(departments, territory)  # a text of one of the directory's territories
        #: Each unit once, with its names folded and joined (searched for a head's title, "premier ministre").
        self.named = _named(departments, territory)
        #: The units of the directory's other territories than the text's own.
        self.foreign = _foreign(departments, territory)
        self.memo: dict = {}


#: A unit the directory holds once per place: "Revenue Divisional Office, Melur", "Block Office of Tra Ly".
_OFFICE_OF_PLACE = re.compile(r"^(?P<kind>[A-Z][\w'’ -]*?\bOffice)(?:,\s*|\s+of\s+)(?:the\s+)?[A-Z][\w'’. -]*$")


#: A unit's name all in capitalised words: "Assistant Commissioner Kot Sabir".
_CAPITALISED_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){2,5}")


def _plural(title: str) -> str:
    """ "Assistant Commissioners", "District Municipalities"."""
    return title[:-1] + "ies" if title.endswith("y") and title[-2:-1] not in "aeiou" else title + "s"


def _titles_then_place(name: str):
    """The ways to cut a name in capitalised words into a title of two words or more and a place of one or two words
    after it: "Assistant Commissioner Kot Sabir" is ("Assistant Commissioner Kot", "Sabir") or ("Assistant
    Commissioner", "Kot Sabir")."""
    if not _CAPITALISED_NAME.fullmatch(name):
        return
    parts = name.split()
    for size in (1, 2):
        if len(parts) - size >= 2:
            yield " ".join(parts[:-size]), " ".join(parts[-size:])


@lru_cache(maxsize=16)
def _offices_by_kind(departments: tuple[DepartmentRef, ...]) -> tuple[tuple[str, re.Pattern, tuple], ...]:
    """The kinds of office the directory holds for several places, each with the plural that names them all
    ("the Revenue Divisional Officers", "the Revenue Divisional Offices") and its units, in the directory's
    order."""
    by_kind: dict[str, list[DepartmentRef]] = {}
    for dept in departments:
        hit = _OFFICE_OF_PLACE.match(dept.name.strip())
        if hit:
            by_kind.setdefault(hit.group("kind"), []).append(dept)
    kinds = [
        (kind, re.compile(rf"\b{re.escape(kind)}(?:r)?s\b"), tuple(units))
        for kind, units in by_kind.items()
        if len(units) >= 2
    ]
    by_title: dict[str, list[DepartmentRef]] = {}
    for dept in departments:
        for title, place in _titles_then_place(dept.name.strip()):
            if title not in by_kind and not HEAD_WORDS.intersection(_tokens(place)):
                by_title.setdefault(title, []).append(dept)
    # "Assistant Commissioners (all tehsils)": the title in the plural, no place after it ("Assistant Commissioners
    # Dhanpur and Mianwala" names those two)
    kinds += [
        (title, re.compile(rf"\b{re.escape(_plural(title))}\b(?![ \t]+(?:[A-Z]|of\b))"), tuple(units))
        for title, units in by_title.items()
        if len(units) >= 2
    ]
    return tuple(kinds)


def _offices_of_every_place(departments: tuple[DepartmentRef, ...], work: str) -> list[ReaderName]:
    """ "The Revenue Divisional Officers shall inspect ...": the plural of an office the directory holds for
    each place names every one of them; the first in the directory leads, the others coordinate."""
    found = []
    for kind, plural, units in _offices_by_kind(departments):
        if kind not in work:  # a cheap look before the pattern
            continue
        for hit in plural.finditer(work):
            # one span per unit, the phrase cut into as many parts (the name stays one phrase)
            step = max(1, (hit.end() - hit.start()) // len(units))
            bounds = [hit.start() + k * step for k in range(len(units))] + [hit.end()]
            parts = [(a, b, dept) for (a, b), dept in zip(pairwise(bounds), units, strict=True)]
            found.append(ReaderName(hit.start(), hit.end(), parts))
    return found


@lru_cache(maxsize=16)
def _foreign(departments: tuple[DepartmentRef, ...], territory: str | None) -> frozenset[DepartmentRef]:
    if not territory:
        return frozenset()
    places = territories(departments)
    if territory not in places:
        return frozenset()
    other = set().union(*(units for place, units in places.items() if place != territory))
    return frozenset(other - places[territory])


@lru_cache(maxsize=16)
def _named(
    departments: tuple[DepartmentRef, ...], territory: str | None = None
) -> tuple[tuple[DepartmentRef, str], ...]:
    named = [(dept, _folded_names(dept)) for dept in departments]
    local = local_units(departments, territory)
    if local:
        # "Säkerhetschefen" in a text of municipality A, the directory holding a "Säkerhets- och beredskapsenheten"
        # for A and a "Säkerhetsenheten" for region B: the units of the text's own territory are looked at first
        named.sort(key=lambda item: item[0] not in local)
    return tuple(named)


def best_unit(departments, text: str, kind: str = "", language: str = "", strict: bool = False) -> DepartmentRef | None:
    """The unit whose name holds every field word of ``text``: of the kind the phrase names (a
    minister's ministry, a sector's department) first, then the one with the fewest other words.
    ``strict``: only a unit named as a ministry or a department (not a board, a centre, a company)."""
    tokens = field_tokens(text)
    if not tokens or len(tokens) > 12:
        return None
    units = departments if isinstance(departments, Units) else Units(departments)
    # the words as written, no synonym: "le Ministre des Finances" is the Ministère des Finances, Économie et
    # Portefeuille before the Ministère du Budget et Plan (whose "Budget" is a finance word too)
    raw = tuple(t for t in _tokens(text) if t not in HEAD_WORDS)
    key = (tokens, kind or head_class(text), language or head_language(text), strict, raw)
    if key not in units.memo:  # minutes repeat their units: each phrase is compared once
        units.memo[key] = _best_unit(units.fields, *key)
    return units.memo[key]


#: Words that qualify a ministry's field without naming another one: "Santé publique", "Éducation
#: nationale", "Public Health". Dropped when the field with them names no unit.
QUALIFIERS = words(
    "publique publiques public national nationale nationales nationaux general generale base "
    # the levels of teaching: "Enseignement pré-universitaire", "Enseignement primaire et secondaire"
    "pre universitaire preuniversitaire primaire primaires secondaire secondaires elementaire publics"
)
#: Adjectives that make a field of their own with the noun before: no verb to cut off the name.
_FIELD_ADJECTIVES = words("sociale sociales social alimentaire alimentaires civile civil nucleaire routiere")
#: Field words that name the same field as a directory's word: "Enseignement" is education.
SYNONYMS = {
    "enseignement": "education",
    "enseignements": "education",
    # "Ministre des Infrastructures et des Travaux publics": public works are construction
    "travaux": "construction",
    "infrastructures": "construction",
    "infrastructure": "construction",
    # "the Public Works Department": works are construction ("public" is a qualifier)
    "works": "construction",
    # "le Ministre du Budget", "the Minister of Budget": the budget is the finance portfolio's
    "budget": "finance",
    # "le Ministre de la Sécurité", "the Ministry of Public Security": where no unit is named for security,
    # the force that keeps it ("Sécurité sociale", "food security" keep a word no unit holds)
    "securite": "police",
    "security": "police",
    # "Ekonomiavdelningen", "ekonomikontoret": a Swedish municipality's economy office is its finance office
    "ekonomi": "finans",
    # "Legal Services", "the Legal Department": a council's lawyers, the justice field of a city
    "legal": "justice",
}
#: Two words that together name one field: "the Ministry of Urban Development" builds, as public works do.
PAIR_SYNONYMS = {
    ("urban", "development"): "construction",
    ("urban", "planning"): "construction",
    ("town", "planning"): "construction",
}


def _best_unit(
    fields, tokens: tuple[str, ...], kind: str, language: str, strict: bool = False, raw: tuple[str, ...] = ()
):
    if strict:
        fields = [field for field in fields if field[1]]
    best = _best_unit_of(fields, tokens, kind, language, raw)
    if best is None:
        bare = tuple(t for t in tokens if t not in QUALIFIERS)
        if bare and len(bare) < len(tokens):
            best = _best_unit_of(fields, bare, kind, language, tuple(t for t in raw if t not in QUALIFIERS))
    return best


@lru_cache(maxsize=4096)
def _written_words(dept: DepartmentRef) -> tuple[str, ...]:
    """The words of a unit's name and aliases, as written (no synonym)."""
    return tuple(t for name in (dept.name, *dept.aliases) if isinstance(name, str) for t in _tokens(name))


def _best_unit_of(fields, tokens: tuple[str, ...], kind: str, language: str, raw: tuple[str, ...] = ()):
    best, best_rank = None, None
    for alias_tokens, alias_kind, alias_language, dept in fields:
        if all(_token_matches(token, alias_tokens) for token in tokens):
            rank = (
                # a unit of the kind named first; for a department, a unit of no stated kind ("Legal Services")
                # before a ministry
                0 if not kind or alias_kind == kind else 1 if kind == "department" and not alias_kind else 2,
                # a name in another language after; a name with no head word ("Highways and Transport",
                # "Resources Directorate") is of none, as good as one in the phrase's
                bool(language) and alias_language not in ("", language),
                # a unit whose names hold the phrase's words as written before one that holds them through a
                # synonym only ("Finances" is the finance ministry's word, the budget ministry's by synonym)
                bool(raw) and not all(_token_matches(token, _written_words(dept)) for token in raw),
                len(alias_tokens) - len(tokens),
                # "the Health Department": the unit whose field opens with the phrase's ("Health and Family
                # Welfare"), not one that only holds it ("Irrigation and Public Health")
                alias_tokens[: len(tokens)] != tokens,
            )
            if best_rank is None or rank < best_rank:
                best, best_rank = dept, rank
    return best


def _field_end(work: str, start: int, capital_head: bool, limit: int = 120) -> int:
    """Where the field words after a head end: at a stop word, punctuation, or a verb."""
    end, position, after_connector = start, start, True
    stop = min(len(work), start + limit)
    while position < stop:
        if end > start and work.startswith(" and the ", position) and _SECOND_UNIT.match(work, position):
            break
        if end > start and work.startswith(" et l", position) and _FR_SECOND_UNIT.match(work, position):
            break
        if (
            end > start
            and capital_head
            and work.startswith(",", position)
            and _NEW_PHRASE_AFTER_COMMA.match(work, position)
        ):
            break  # "Selon le ministère des Transports, la DGAC ...": a new phrase after the comma, no portfolio
        connector = _CONNECTOR.match(work, position)
        gap = connector.end() if connector and end > start else position
        if "\n" in work[position:gap]:
            break  # a name ends with its line (a heading, then the sentence below it)
        if end > start and "," in work[position:gap] and not capital_head:
            break
        word = _FIELD_WORD.match(work, gap)
        if word is None or word.start() >= stop:
            break
        text = word.group()
        lower = text.lower()
        if lower in _STOP or (gap > position and work[position:gap].strip() == "" and lower in ("de", "d")):
            break
        if text[0].islower() and capital_head:
            if after_connector and gap > position:  # "Santé de veiller": a verb after "de"
                break
            if not after_connector and gap > position and work[position:gap].strip(" ,"):
                break
        connector_words = work[position:gap].strip()
        after_connector = bool(connector_words) or end == start
        if text[0].islower() and capital_head and end > start and connector_words:
            break
        end, position = word.end(), word.end()
        after_connector = False
    return end


def _split(work: str, start: int, end: int) -> list[tuple[int, int]]:
    parts, position = [], start
    for match in re.finditer(r",\s*(?:(?:and|et|och|và)\s+)?|\s+(?:and|et|och|và|&)\s+", work[start:end]):
        parts.append((position, start + match.start()))
        position = start + match.end()
    parts.append((position, end))
    return [(s, e) for s, e in parts if e > s]


def _head_kind(head: str) -> str:
    """The kind of unit a head names. "le département de l'Agriculture" in lower case is a government's
    portfolio, its ministry as much as a department: no kind first, the unit with the fewest other words."""
    return "" if head.startswith("département") else head_class(head)


def _resolve(departments, work: str, start: int, end: int, head: str) -> list[tuple[int, int, DepartmentRef | None]]:
    kind, language = _head_kind(head), head_language(head)
    # (not "l'Environnement et l'Office national": a second unit's head, its own name)
    second = _SECOND_HEAD.search(work, start, end)
    whole = None if second else best_unit(departments, work[start:end], kind, language)
    if whole is not None:
        return [(start, end, whole)]
    if second is not None:
        # "le Ministre des Infrastructures et des Transports terrestres et le Ministre de l'Urbanisme, des
        # Collectivités ...": each head's portfolio, however many fields it joins, is one unit's name when it is
        cut = len(work[start : second.start()].rstrip()) + start
        after = second.start() + len(second.group(0).split()[0])
        after += len(work[after:end]) - len(work[after:end].lstrip())
        first = _resolve(departments, work, start, cut, head)
        if len(first) == 1 and first[0][2] is not None and first[0][1] == cut:
            return first + _resolve(departments, work, after, end, head)
    pieces = _split(work, start, end)
    if len(pieces) > 2:
        # "the Ministries of Agriculture and Environment and Public Security": the longest run of pieces that names
        # one unit first, a field that holds "and" kept whole
        pieces = _longest_runs(departments, work, pieces, kind, language)
    parts = [(s, e, best_unit(departments, work[s:e], kind, language)) for s, e in pieces]
    if kind == "ministry" and len(parts) > 1:
        # "Ministre de l'Économie et des Finances": a minister heads a ministry or a department, not the
        # economic zones' board; a portfolio that names only such a unit is no unit of its own
        strict = [(s, e, best_unit(departments, work[s:e], kind, language, strict=True)) for s, e in pieces]
        if any(dept is not None for _s, _e, dept in strict):
            parts = strict
    if any(dept is not None for _s, _e, dept in parts):
        return _one_administration(departments, work, parts, kind, language) if len(parts) > 1 else parts
    return []


def _one_administration(departments, work: str, parts: list, kind: str, language: str) -> list:
    """The units one head lists ("the Ministries of Agriculture and Environment and Public Security") are of one
    administration: where the parts were read as units of several (a directory kept for several governments, each with
    its ministry of that field), those of the administration that holds them all."""
    groups = [code_group(dept) for _s, _e, dept in parts if dept is not None]
    if len(groups) < len(parts) or None in groups or len(set(groups)) < 2:
        return parts
    source = departments.source if isinstance(departments, Units) else (tuple(departments), None)
    for group in sorted(dict.fromkeys(groups), key=groups.count, reverse=True):
        units = _group_units(source[0], source[1], group)
        again = [(s, e, best_unit(units, work[s:e], kind, language)) for s, e, _dept in parts]
        if all(dept is not None for _s, _e, dept in again):
            return again
    return parts


@lru_cache(maxsize=16)
def _group_units(departments: tuple[DepartmentRef, ...], territory: str | None, group: str) -> Units:
    """The field words of one administration's units (those whose codes open with ``group``)."""
    return Units(tuple(dept for dept in departments if code_group(dept) == group), territory)


def _longest_runs(departments, work: str, pieces: list, kind: str, language: str) -> list[tuple[int, int]]:
    """The pieces of a field split at "and" and commas, each run of two or more joined back where its words name one
    unit ("Agriculture and Environment" of "Agriculture and Environment and Public Security"), the longest first; the
    pieces as they were unless every run names a unit ("Energy and Water and Da Afghanistan Breshna Sherkat": a
    company after the ministry, read by its own name)."""
    runs, i = [], 0
    while i < len(pieces):
        j = next(
            (
                j
                for j in range(len(pieces) - 1, i, -1)
                if not (i == 0 and j == len(pieces) - 1)  # (the whole field, tried already)
                and best_unit(departments, work[pieces[i][0] : pieces[j][1]], kind, language, strict=True) is not None
            ),
            i,
        )
        runs.append((pieces[i][0], pieces[j][1]))
        i = j + 1
    if len(runs) == len(pieces) or any(
        best_unit(departments, work[s:e], kind, language, strict=True) is None for s, e in runs
    ):
        return pieces
    return runs


#: The last word of a name, past an elided article ("l'Urbanisme" is a capital word).
_LAST_FIELD_WORD = re.compile(r"\s+(?:[dlDL]['’])?([^\W\d_][\w'’-]*)$")
_CONNECTOR_WORDS = words("and et och va de des du d l la le les of the")


#: The head of a second unit inside a lower-case name that runs on: "... et l'Office national de X".
_SECOND_HEAD = re.compile(
    r"(?:\bet|\band|,)\s+(?:l['’]\s*|le\s+|la\s+|les\s+|the\s+)?(?:Office|Minist\w+|Direction|Département|Service|"
    r"Agence|Department|Agency|Société|Compagnie|Institut)\b"
)


def _shortened(departments, work: str, start: int, end: int, head: str) -> list[tuple[int, int, DepartmentRef | None]]:
    """A lower-case name runs on into the sentence ("la direction de la santé vérifiera la qualité"): the
    longest start of it that names one unit, ending on a field word and not cut at "et"/"and"."""
    kind, language = _head_kind(head), head_language(head)
    words_at = [m for m in re.finditer(r"[^\W\d_][\w'’-]*", work[start:end])][:10]
    for n in range(len(words_at) - 1, 0, -1):
        last, following = words_at[n - 1].group().lower(), words_at[n].group().lower()
        if last in _CONNECTOR_WORDS or following in ("and", "et", "och", "và", "&"):
            continue
        if "," in work[start + words_at[n - 1].end() : start + words_at[n].start()]:
            continue
        stop = start + words_at[n - 1].end()
        if _SECOND_HEAD.search(work, start, stop):
            continue  # "ministère de l'Environnement et l'Office national de X": two units, not one name
        dept = best_unit(departments, work[start:stop], kind, language)
        if dept is not None:
            return [(start, stop, dept)]
    return []


_NAME = r"[A-ZÀ-ÖØ-ÞĐ][\w'’-]*(?:(?:\s+|,\s*)(?:(?:and|&|et|och|và)\s+)?[A-ZÀ-ÖØ-ÞĐ][\w'’-]*){0,6}"
_NAME_LIST = re.compile(
    # (the first letters of the forms tested first, a cheap test; keep in sync)
    r"(?=[DdMmcS])"
    rf"\b(?:[Dd]epartments|[Mm]inistries|[Dd]épartements|[Mm]inistères|[Dd]epartementen|các Sở|Sở)\s*:\s*"
    rf"{_NAME}(?:\s*;\s*{_NAME})+"
)


#: A Vietnamese head of several units before a colon, their names after it with commas: "các Bộ: Xây dựng, Tài chính,
#: Công Thương", "các Sở: Y tế, Tư pháp", "UBND các tỉnh: A, B, C" (the name each unit's head makes with it).
_VI_LIST_HEAD = re.compile(
    # ("các bệnh viện: Đa khoa tỉnh, Nhi tỉnh", "các Trung tâm Y tế: A, B": units of one kind that share its noun)
    r"\b(?:(?P<kind>[Cc]ác (?:Bộ|Sở|bộ|sở|[Bb]ệnh viện|[Tt]rung tâm(?: [Yy] tế)?|[Cc]hi cục|[Pp]hòng))|"
    r"(?P<committee>UBND|Ủy ban nhân dân|Uỷ ban nhân dân) các "
    r"(?P<level>tỉnh|huyện|xã|phường|thành phố))[ \t]*:[ \t]*(?=[A-ZÀ-ỸĐ])"
)
_VI_LIST_STOP = re.compile(r"[.;:!?()\n]")


#: The last text's answer of a few functions: {function: (units' source, text, answer)}; one slot each, so nothing
#: accumulates.
_PER_TEXT: dict = {}


def _per_text(function, units: Units, work: str):
    """``function(units, work)``, computed once per text and units' source: the pipeline asks for a text's name lists
    with the directory's units, find_reader_names again with units of its own (the same source, the same answer).
    Only the last text is kept (one slot per function), whatever the number of directories a process serves."""
    last = _PER_TEXT.get(function)
    if last is not None and last[1] == work and last[0] == units.source:
        return last[2]
    answer = function(units, work)
    _PER_TEXT[function] = (units.source, work, answer)
    return answer


def _vi_comma_lists(departments, work: str) -> tuple[ReaderName, ...]:
    """(the lists of :func:`_find_vi_comma_lists`, found once per text)"""
    return _per_text(_find_vi_comma_lists, departments, work)


def _find_vi_comma_lists(departments, work: str) -> tuple[ReaderName, ...]:
    """ "phối hợp với các Bộ: Nông nghiệp và Môi trường, Tài chính, Công Thương và UBND các tỉnh: A, B rà soát
    ...": each name after the head's colon, with the head's kind before it, is a unit (the longest start of a
    piece that is one: the last piece runs on into "và ..." or the verb, where the list ends)."""
    found = []
    for hit in _VI_LIST_HEAD.finditer(work):
        if hit.group("kind"):
            prefix = hit.group("kind")[4:].capitalize() + " "
        else:
            prefix = f"{hit.group('committee')} {hit.group('level')} "
        # "các Bộ: Xây dựng, Y tế" names ministries, "các Sở: ..." a province's departments: never one for the other
        kind_word = fold_loose(prefix).lower() if hit.group("kind") else ""
        stop = _VI_LIST_STOP.search(work, hit.end(), hit.end() + 400)
        end = stop.start() if stop else min(len(work), hit.end() + 400)
        parts, position = [], hit.end()
        for piece in work[hit.end() : end].split(","):
            at = position + len(piece) - len(piece.lstrip())
            position += len(piece) + 1
            words_at = list(re.finditer(r"\S+", work[at : at + len(piece.strip())]))
            if not words_at or not work[at].isupper():
                break
            dept = None
            for n in range(min(len(words_at), 8), 0, -1):
                if words_at[n - 1].group() in ("và", "cùng", "&"):
                    continue  # "Công Thương và": the name ends before the joining word
                dept = best_unit(departments, prefix + work[at : at + words_at[n - 1].end()])
                if dept is not None and kind_word and not _opens_on(dept, kind_word):
                    dept = None
                if dept is not None:
                    break
            if dept is None:
                break
            parts.append((at, at + words_at[n - 1].end(), dept))
            if n < len(words_at):
                break  # "Công Thương và UBND các tỉnh", "Bình Nguyên rà soát": the list ends inside the piece
        if parts:
            parts[0] = (hit.start(), parts[0][1], parts[0][2])
            found.append(ReaderName(hit.start(), parts[-1][1], parts))
    return tuple(found)  # read once per text: for its lists' spans, then for their names


#: A Vietnamese unit named in full, then more place names after commas that share its head (the words before its own
#: place): "Trung tâm Y tế khu vực Ba Trại, Cẩm Lương, Sông Nhật", "UBND huyện Yên Thượng, Đông Khê và Tân Mỹ".
_VI_PLACE = r"[A-ZÀ-ỸĐ][^\W\d_]*(?:[ \t]+[A-ZÀ-ỸĐ][^\W\d_]*){0,3}"
#: A further place with the kind word of the first one's before it: "Chi cục Thú y vùng III và vùng IV", "Trung tâm Y
#: tế huyện A và huyện B" (its kind word must be the one before the first unit's place).
_VI_KIND_PLACE = rf"(?:(?:vùng|khu vực|huyện|xã|phường|quận|thị xã|thành phố|tỉnh)[ \t]+)?{_VI_PLACE}"
_VI_TWO_WORD_KINDS = ("khu ", "thị ", "thành ")
_VI_SHARED_HEAD_KINDS = (
    r"(?:Trung tâm|Bệnh viện|Ban|Phòng|Chi cục|Trạm|Đội|Hạt|Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Công an|Kho bạc|"
    r"Chi nhánh|Trường|Cục|Sở|Bộ|Văn phòng|Khu|Tổ|Hội|Đài|Báo|Phó|Giám đốc|Chủ tịch|Trưởng)\b"
)
_VI_SHARED_HEAD_KIND = re.compile(_VI_SHARED_HEAD_KINDS)
_VI_SHARED_HEAD = re.compile(
    r"(?=[TBPCĐHỦUK])\b(?P<first>(?:Trung tâm|Bệnh viện|Ban|Phòng|Chi cục|Trạm|Đội|Hạt|Ủy ban nhân dân|"
    r"Uỷ ban nhân dân|UBND|"
    r"Công an|Kho bạc|Chi nhánh|Trường|Cục)[ \t][^,.;:()\n]{2,60}?)"
    rf"(?P<rest>(?:,[ \t]*{_VI_KIND_PLACE})+(?:[ \t]+và[ \t]+{_VI_KIND_PLACE})?|[ \t]+và[ \t]+{_VI_KIND_PLACE})"
    r"(?=[\s,.;:()]|$)"
)
_VI_PLACE_SPLIT = re.compile(r",[ \t]*|[ \t]+và[ \t]+")


def _vi_shared_heads(departments, work: str) -> list[ReaderName]:
    """Each place after the first unit's name, with the head of that name before it, names one more unit: "Trung tâm Y
    tế khu vực Ba Trại, Cẩm Lương, Sông Nhật" (the first unit's last words a place, each piece another unit's place)."""
    found = []
    for hit in _VI_SHARED_HEAD.finditer(work):
        first = hit.group("first")
        words_first = first.split()
        if not words_first[-1][:1].isupper() or len(words_first) < 3 or " các " in first:
            continue  # "Ban chỉ đạo, Tổ công tác": no place ends the first name ("UBND các xã A, B": read elsewhere)
        pieces = [piece for piece in _VI_PLACE_SPLIT.split(hit.group("rest")) if piece]
        if any(_VI_SHARED_HEAD_KIND.match(piece) for piece in pieces):
            continue  # "UBND huyện A, UBND huyện B", "..., Sở Tài chính": units named in full
        dept = best_unit(departments, first)
        if dept is None:
            continue
        for k in (1, 2, 3):
            if k >= len(words_first) - 1 or not all(word[:1].isupper() for word in words_first[-k:]):
                break
            parts = [(hit.start(), hit.end("first"), dept)]
            position = hit.end("first")
            for piece in pieces:
                # "vùng IV" after "Chi cục Thú y vùng III": the piece says the kind of its place again, the one
                # before the first unit's place
                kind = [] if piece[:1].isupper() else piece.split()[: 2 if piece.startswith(_VI_TWO_WORD_KINDS) else 1]
                if kind and words_first[-k - len(kind) : -k] != kind:
                    break
                other = best_unit(departments, f"{' '.join(words_first[: -k - len(kind)])} {piece}")
                if other is None or other in (p[2] for p in parts):
                    break
                if not any(fold_loose(piece).lower() in name for name in folded_names(other)):
                    break  # a unit of that head found by its field words, not the place's
                at = work.index(piece, position)
                position = at + len(piece)
                parts.append((at, position, other))
            if len(parts) == len(pieces) + 1:
                found.append(ReaderName(hit.start(), position, parts))
                break
    return found


def _opens_on(dept: DepartmentRef, words_folded: str) -> bool:
    """Whether one of the unit's names opens on ``words_folded`` ("bo ", "so ")."""
    return any(fold_loose(name).lower().startswith(words_folded) for name in (dept.name, *dept.aliases))


def find_name_lists(departments: tuple[DepartmentRef, ...], work: str) -> list[tuple[int, int]]:
    """Spans of "the Departments: Health; Finance; Home Affairs" whose names are units: one list; and of the
    Vietnamese "các Bộ: Xây dựng, Tài chính" (see :func:`_vi_comma_lists`)."""
    if not departments or ":" not in work:
        return []
    departments = departments if isinstance(departments, Units) else Units(departments)
    return list(_per_text(_name_list_spans, departments, work))  # (a copy: the caller's to keep)


def _name_list_spans(departments: Units, work: str) -> list[tuple[int, int]]:
    spans = []
    for hit in _NAME_LIST.finditer(work):
        names = hit.group()[hit.group().index(":") + 1 :].split(";")
        if sum(best_unit(departments, name, "department") is not None for name in names) * 2 > len(names):
            spans.append(hit.span())
    if "các " in work or "Các " in work:
        spans.extend((found.start, found.end) for found in _vi_comma_lists(departments, work))
    if "; " in work:
        spans.extend(_vi_heading_units(departments, work))
    if "các " in work:
        spans.extend(_vi_named_things(work))
    return spans


#: Things of one kind named after a colon inside a sentence, to its full stop: "bàn giao mặt bằng cho các dự án trọng
#: điểm: Đường ven sông A, Hồ chứa nước B, Kè C. Kết quả ...", "tại các xã: Tân Phú, Hòa Bình." (names, no tasks).
_VI_NAMED_THINGS = re.compile(r"\bcác [^\n,.;:]{2,40}:[ \t]+(?P<names>[^\n.;:]{3,300}?)\.(?=\s|$)")


def _vi_named_things(work: str) -> list[tuple[int, int]]:
    spans = []
    for hit in _VI_NAMED_THINGS.finditer(work):
        pieces = [piece.strip() for piece in hit.group("names").split(",")]
        if len(pieces) >= 2 and all(piece[:1].isupper() and len(piece.split()) <= 10 for piece in pieces):
            spans.append((hit.start("names") - 2, hit.end("names")))
    return spans


#: An item that opens on the names of its units, a semicolon between them, before the colon of their task: "5. Sở
#: Văn hóa, Thể thao và Du lịch; Đài Phát thanh và Truyền hình tỉnh: tăng cường tuyên truyền ...": one heading.
_VI_HEADING_UNITS = re.compile(
    r"(?m)^[ \t]*(?:\d{1,2}[.)]|[a-zđ][.)]|[-–•+])[ \t]*"
    r"(?P<names>[A-ZĐÀ-Ỹ][^\n;:]{2,100}(?:;[ \t]*[^\n;:]{3,100})+):[ \t]"
)


def _vi_heading_units(departments, work: str) -> list[tuple[int, int]]:
    spans = []
    for hit in _VI_HEADING_UNITS.finditer(work):
        names = hit.group("names").split(";")
        if all(best_unit(departments, name.strip(), "department") is not None for name in names):
            spans.append((hit.start("names"), hit.end("names") + 1))
    return spans


#: Several county administrative boards named by their counties at once: "Länsstyrelserna i Kalmar, Gotlands och
#: Blekinge län", "länsstyrelserna i Skåne och Hallands län": each is the directory's "Länsstyrelsen i X län".
_SV_COUNTY_BOARDS = re.compile(r"\b[Ll]änsstyrelserna\s+i\s+(?P<places>[A-ZÅÄÖ][^.;:\n]{2,160}?)\s+län\b")
_SV_PLACE_SPLIT = re.compile(r"\s*,\s*|\s+och\s+")


def _county_boards(departments, work: str) -> list[ReaderName]:
    found = []
    for hit in _SV_COUNTY_BOARDS.finditer(work):
        parts, position = [], hit.start("places")
        for piece in _SV_PLACE_SPLIT.split(hit.group("places")):
            at = work.index(piece, position)
            position = at + len(piece)
            dept = best_unit(departments, f"Länsstyrelsen i {piece} län", "department") if piece[:1].isupper() else None
            if dept is None:
                parts = []
                break
            parts.append((at, position, dept))
        if len(parts) > 1:
            parts[0] = (hit.start(), parts[0][1], parts[0][2])
            found.append(ReaderName(hit.start(), hit.end(), parts))
    return found


#: Two units' own words, then the kind they share in the plural (work view): "Ogbe-Ishi and Amara-Nta Local
#: Government Councils", "the Finance and Legal Departments", "the North and South Area Committees".
_EN_SHARED_KIND = re.compile(
    r"(?<![\w'’-])(?P<a>(?:[A-Z][\w'’-]*[ \t]+){1,3})and[ \t]+(?P<b>(?:[A-Z][\w'’-]*[ \t]+){1,5}?[A-Z][a-z]{2,}s)\b"
)


_NON_SPACE = re.compile(r"\S+")


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-2] if word.endswith("sses") else word[:-1]


def _en_shared_kinds(departments: tuple[DepartmentRef, ...], work: str) -> list[ReaderName]:
    """ "the Chairmen of Ogbe-Ishi and Amara-Nta Local Government Councils": each unit of the directory named by
    its own words and the kind the two share, written once in the plural (the whole name of each, exactly)."""
    found: list[ReaderName] = []
    names: dict[str, DepartmentRef] | None = None
    for hit in _EN_SHARED_KIND.finditer(work):
        if names is None:
            names = {}
            for dept in departments:
                for name in (dept.name, *dept.aliases):
                    names.setdefault(" ".join(fold_loose(name).lower().split()), dept)
        first_at = [word.start() for word in _NON_SPACE.finditer(work, hit.start("a"), hit.end("a"))]
        first, second = hit.group("a").split(), hit.group("b").split()
        for size in range(1, min(4, len(second))):
            kind = [*second[-size:-1], _singular(second[-1])]
            other = names.get(fold_loose(" ".join(second[:-size] + kind)).lower())
            one = next(
                (
                    (len(first) - j, names[key])
                    for j in range(len(first))
                    if (key := fold_loose(" ".join(first[j:] + kind)).lower()) in names
                ),
                None,
            )
            if other is None or one is None or one[1] == other:
                continue
            start = first_at[len(first) - one[0]]
            first_end = hit.start("a") + len(hit.group("a").rstrip())
            found.append(ReaderName(start, hit.end(), [(start, first_end, one[1]), (hit.start("b"), hit.end(), other)]))
            break
    return found


def _list_names(departments, work: str) -> list[ReaderName]:
    found = list(_vi_comma_lists(departments, work)) if ("các " in work or "Các " in work) and ":" in work else []
    commas = {name.start for name in found}
    headings = set(_vi_heading_units(departments, work)) if "; " in work else set()
    for start, end in find_name_lists(departments, work):
        if start in commas or (start, end) in headings:
            continue
        colon = work.index(":", start)
        parts, position = [], colon + 1
        for piece in work[colon + 1 : end].split(";"):
            s = position + len(piece) - len(piece.lstrip())
            e = position + len(piece.rstrip())
            dept = best_unit(departments, work[s:e], "department")
            if dept is not None:
                parts.append((s, e, dept))
            position += len(piece) + 1
        if parts:
            parts[0] = (start, parts[0][1], parts[0][2])
            found.append(ReaderName(start, end, parts))
    return found


_SV_UNIT_ENDING = re.compile(r"(?:namnden|forvaltningen|myndigheten|avdelningen|kontoret|enheten|verket)$")
#: A word of a unit's folded name, or two fields sharing the unit's last part: "sakerhets- och beredskapsenheten".
_SV_NAME_WORD = re.compile(r"[a-z]+(?:- (?:och|eller) [a-z]+)?")


def _sv_first_compound(word: str) -> str:
    """A name's word; of "säkerhets- och beredskapsenheten", the first field's own compound "sakerhetsenheten"."""
    if "-" not in word:
        return word
    first, _sep, rest = word.partition("-")
    ending = _SV_UNIT_ENDING.search(rest)
    return first + ending.group() if ending else first


def _compound_field(departments, stem: str) -> DepartmentRef | None:
    """The unit a Swedish compound's first part names: the part itself ("polis", "ekonomi"), without its
    linking s ("fritids"), or its own last part ("folk|hälso", "samhälls|byggnad")."""
    stem = fold_loose(stem)
    stems = [stem, stem[:-1]] if stem.endswith("s") and len(stem) > 5 else [stem]
    units = departments if isinstance(departments, Units) else Units(departments)
    for whole in stems:
        # a unit whose name holds the whole compound ("Kollektivtrafikmyndigheten" is the Regionala
        # kollektivtrafikmyndigheten, not Trafikverket; "Folkhälsoenheten" the unit of folkhälsa)
        kind_word = re.fullmatch(r"(?:forvaltning|namnd|kommun|region|stad|avdelning|enhet|kontor|myndighet)s?", whole)
        for dept, names in units.named if len(whole) >= 6 and not kind_word else ():
            # ... or the compound's first part in its definite form: "närsjukvårdsdirektören" heads Närsjukvården
            if any(
                word.startswith(whole) and (_SV_UNIT_ENDING.search(word) or word in (whole + "en", whole + "et"))
                for word in map(_sv_first_compound, _SV_NAME_WORD.findall(names))
            ):
                return dept
    for whole in stems:
        if len(whole) < 4:
            continue
        # the shortest last part first: "stads|byggnad" is building, not the town ("stads")
        for cut in [*range(len(whole) - 5, 0, -1), 0]:
            dept = best_unit(departments, whole[cut:], "department", "sv")
            if dept is not None:
                return dept
    return None


#: A Swedish municipality's or region's central administration, which its chief executive heads:
#: "Kommunledningsförvaltningen", "Kommunstyrelseförvaltningen", "Stadsledningskontoret", "Regionledningskontoret".
_SV_CENTRAL = re.compile(
    r"(?:(?:kommunlednings|kommunstyrelse(?:ns)?|stadslednings|regionlednings|regionstyrelse(?:ns)?|koncern)\s?"
    r"(?:forvaltning|kontor|kansli|stab)\w*|(?:kommun|stads|region)kansliet)"
)

_SV_ADMINISTRATION = re.compile(r"[^\W\d_]+förvaltningen", re.IGNORECASE)
#: The same, tried only where a word begins (the same matches over a whole text, since the longest match from a
#: word's first letter comes first; not at every letter of every word): for scans from the text's start only.
_SV_ADMINISTRATION_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]+förvaltningen", re.IGNORECASE)
#: The word both need, in any case: with none in a text, ``_SV_ADMINISTRATION_WORD`` is not scanned (a scan of a
#: literal is many times faster than one that tries a word at each word's start).
_SV_ADMINISTRATION_NEEDED = re.compile(r"förvaltningen", re.IGNORECASE)
#: An administration named by two fields: "hälso- och sjukvårdsförvaltningen" is one, not "sjukvårdsförvaltningen"
#: (the first field looked for just before the name, not at every position of the text).
_SV_FIRST_FIELD = re.compile(r"[^\W\d_]{3,}-\s+(?:och|eller)\s+$")


#: How far into a text its heading names the municipality it is written for.
_PLACE_HEADING = 1500


def _administration_named(departments: Units, work: str) -> DepartmentRef | None:
    """The one administration ("...förvaltningen") of the directory that the text names, if one."""
    words_in_text = set()
    for hit in _SV_ADMINISTRATION_WORD.finditer(work) if _SV_ADMINISTRATION_NEEDED.search(work) else ():
        words_in_text.add(fold_loose(hit.group()).lower())
        first = _SV_FIRST_FIELD.search(work, max(0, hit.start() - 40), hit.start())
        if first is not None:
            words_in_text.add(" ".join(fold_loose(first.group() + hit.group()).lower().split()))
    found = {d for d, names in departments.named if any(n in words_in_text for n in names.split(" | "))}
    if not found and words_in_text:
        found = _of_heading_place(departments, work, words_in_text)
    return next(iter(found)) if len(found) == 1 else None


def _of_heading_place(departments: Units, work: str, administrations: set[str]) -> set[DepartmentRef]:
    """ "Samhällsbyggnadsförvaltningen Vallby" and "... Fjällsund": a directory of several municipalities writes
    the administration with its place; the units of ``administrations`` (folded) whose place the text's heading
    names ("VALLBY KOMMUN", "... i Vallbys kommun" in a story's first lines)."""
    found = set()
    heading = None
    for dept, names in departments.named:
        for name in names.split(" | "):
            administration, _space, place = name.rpartition(" ")
            if administration in administrations and len(place) > 2:
                heading = heading if heading is not None else fold_loose(work[:_PLACE_HEADING]).lower()
                if re.search(rf"\b{re.escape(place)}s?\b", heading):  # ("Tallviks kommun": its genitive)
                    found.add(dept)
    return found


#: How far back "förvaltningen" looks for the administration it names again, within its protocol paragraph.
_ADMINISTRATION_LOOKBACK = 1200


def _administration_before(departments: Units, work: str, position: int) -> DepartmentRef | None:
    """The administration ("...förvaltningen") of the directory named last before ``position``, in the same
    protocol paragraph (not past a "§")."""
    lo = max(0, position - _ADMINISTRATION_LOOKBACK)
    paragraph = work.rfind("\n§", lo, position)
    lo = paragraph if paragraph >= 0 else lo
    hits = list(_SV_ADMINISTRATION.finditer(work, lo, position))
    if not hits:
        return None
    hit = hits[-1]
    named = fold_loose(hit.group()).lower()
    first = _SV_FIRST_FIELD.search(work, max(0, hit.start() - 40), hit.start())
    if first is not None:
        named = " ".join(fold_loose(first.group() + hit.group()).lower().split())
    found = {d for d, names in departments.named if named in names.split(" | ")}
    if not found:
        found = _of_heading_place(departments, work, {named})  # "Barn- och utbildningsförvaltningen Brunnby"
    return found.pop() if len(found) == 1 else None


#: A body's chair given an order, as its protocol writes it: "Ordföranden ges i uppdrag att ...", "Ordföranden får
#: i uppdrag att ...", "Ordföranden uppdras att ..." (not "Ordföranden ställer proposition ...": the meeting's chair).
_SV_CHAIR_ORDERED = re.compile(
    r"(?<![\w-])Ordföranden(?=\s+(?:(?:ges|får)\s+(?:[a-zåäö]+\s+){0,2}?i\s+uppdrag|uppdras)\b)"
)


def _protocol_body(departments: Units, work: str) -> DepartmentRef | None:
    """The body a Swedish protocol is of, named on a line of its own at its head ("PROTOKOLL\nTekniska nämnden"): a
    unit of the directory by its whole name or alias (or that and its place after a comma)."""
    for line in work[:300].splitlines():
        name = fold_loose(line.strip()).lower()
        if len(name) < 6 or not any(word in name for word in ("namnden", "styrelsen", "fullmaktige", "utskott")):
            continue
        found = {
            d
            for d, names in departments.named
            if any(n == name or (n.startswith(name + ", ") and n.count(", ") == 1) for n in names.split(" | "))
        }
        return next(iter(found)) if len(found) == 1 else None
    return None


#: The name of a municipality's school administration (folded): "Utbildningsförvaltningen", "Barn- och
#: utbildningsförvaltningen", "Bildningsförvaltningen", "Skolförvaltningen", "Utbildningskontoret".
_SV_SCHOOL_ADMINISTRATION = re.compile(r"\b(?:[a-z]+- och )?(?:utbildnings|bildnings|skol)(?:forvaltningen|kontoret)\b")


def _school_administration(departments: Units) -> DepartmentRef | None:
    """The directory's one school administration, which the school head ("skolchefen") heads."""
    found = {d for d, names in departments.named if _SV_SCHOOL_ADMINISTRATION.search(names)}
    return next(iter(found)) if len(found) == 1 else None


def _committee_in_sentence(work: str, position: int) -> re.Match | None:
    """The committee ("Barn- och utbildningsnämnden", "Tekniska nämnden") named last before ``position`` in its
    sentence, close before it."""
    sentence = max(work.rfind(".", 0, position), work.rfind("\n", 0, position)) + 1
    committees = list(_SV_OWN_COMMITTEE.finditer(work, max(sentence, position - 160), position))
    return committees[-1] if committees else None


def _committee_administration(departments: Units, committee: re.Match, work: str) -> DepartmentRef | None:
    """The administration named as its committee is ("Miljö- och byggnämnden": "Miljö- och byggförvaltningen"),
    a directory's name that ends with it."""
    administration = fold_loose(committee.group()[: -len("nämnden")] + "förvaltningen").lower()
    found = {
        d
        for d, names in departments.named
        # (not another municipality's of a directory kept for several: "Barn- och utbildningsnämnden" of Sjövik
        # is not served by Älvhammar's "Barn- och utbildningsförvaltningen")
        if d not in departments.foreign
        # (or its place after it: "Tekniska förvaltningen, Gransunds kommun"; not a unit of it, "..., VA-avdelningen,
        # Gransunds kommun")
        and any(
            n == administration
            or n.endswith(" " + administration)
            or (n.startswith(administration + ", ") and n.count(", ") == 1)
            for n in names.split(" | ")
        )
    }
    if not found:
        found = _of_heading_place(departments, work, {administration})  # written with its place
    if not found and committee.group(1) and not committee.group(2).endswith(" "):
        # "Barn- och utbildningsnämnden" served by an administration named by its last field alone,
        # "Utbildningsförvaltningen"
        last = fold_loose(committee.group(2) + "förvaltningen").lower()
        found = {
            d
            for d, names in departments.named
            if d not in departments.foreign and any(n == last or n.endswith(" " + last) for n in names.split(" | "))
        }
    return next(iter(found)) if len(found) == 1 else None


def _central_administration(departments: Units, kind: str = "", own_kind_only: bool = False) -> DepartmentRef | None:
    """The central administration its chief executive of ``kind`` ("kommun", "stads", "region") heads. A directory
    of a municipality and a region writes each with its own after a comma ("Kommunstyrelseförvaltningen, Ekby
    kommun", "Regionledningskontoret, Region Norrby"): "regiondirektören" heads the region's, "kommundirektören"
    the municipality's. So does a directory that holds both by their bare names ("Regionledningskontoret",
    "Kommunledningskontoret"): the one of the head's own kind first, else any (``own_kind_only``: none, for an
    office the text names by its kind, "regionledningskontoret" being no municipality's)."""
    found = other_kind = None
    for dept, names in departments.named:
        if dept in departments.foreign:
            continue  # "regiondirektören" in a region's text: not a municipality's kommunledningsförvaltning
        for name in names.split(" | "):
            if _SV_CENTRAL.fullmatch(name):
                # ("koncern...": a group's, of either kind)
                if not kind or name.startswith("koncern") or name.startswith("region") == (kind == "region"):
                    return dept
                other_kind = other_kind or dept
                continue
            first = name.split(", ", 1)[0] if ", " in name else None
            own_kind = first is not None and first.startswith("region") == (kind == "region")
            if found is None and own_kind and _SV_CENTRAL.fullmatch(first):
                found = dept
    return found or (None if own_kind_only else other_kind)


#: The name of an administration that a director heads (folded): "... förvaltningen", "... kontoret", "...
#: avdelningen"; a Finland-Swedish town's "... sektorn" ("bildningsdirektören" heads the Bildningssektorn).
_SV_ADMINISTRATION_NAME = re.compile(r"(?:(?:forvaltning|kontor|avdelning)(?:en|et)?|sektorn?)$")


def _administration_of(departments: Units, field: str) -> DepartmentRef | None:
    """The administration ("förvaltning", "kontor") of a field that its director heads: "hälso- och
    sjukvårdsdirektören" is the Hälso- och sjukvårdsförvaltningen's, not the nämnd's."""
    field = " ".join(fold_loose(field).lower().split())
    if len(field) < 4 and not field.endswith("-"):  # "IT-direktören": the IT-avdelningen's
        return None
    for dept, names in departments.named:
        for name in names.split(" | "):
            # the name alone or after its organisation's: "Region Gävleborg, Hälso- och sjukvårdsförvaltningen"
            own = name.rsplit(", ", 1)[-1]
            if (name.startswith(field) or own.startswith(field)) and _SV_ADMINISTRATION_NAME.search(name):
                return dept
            # ... or before it: "Kommunikationsavdelningen, Region Västmarken"
            first = name.split(", ", 1)[0]
            if first != name and first.startswith(field) and _SV_ADMINISTRATION_NAME.search(first):
                return dept
    return None


#: "asked the province to", "The province must also ...": an English edition's name for the provincial
#: People's Committee, as the one addressed or the subject of an obligation (not "in the province").
_THE_PROVINCE = re.compile(
    # (the first letters of the forms below, at a word's start: a cheap test; keep in sync)
    r"\b(?=[acdirtuwT])(?:"
    r"\b(?:asked|requested|urged|directed|instructed|assigned|told|wanted|tasked|called\s+on)\s+(?P<addressed>the\s+province)"
    r"(?=\s+(?:to|with)\b)"
    r"|(?:(?<=^)|(?<=[.;:]\s)|(?<=\n))(?P<subject>[Tt]he\s+province)(?=\s+(?:also\s+)?(?:must|should|shall|will|needs?\s+to|"
    r"has\s+to|is\s+to|is\s+required|was\s+(?:also\s+)?(?:asked|requested|told|assigned|instructed|directed))\b)"
    r")"
)
_PROVINCIAL_COMMITTEE = re.compile(r"provincial people'?s committee|uy ban nhan dan tinh|ubnd tinh")
#: The place of a provincial committee's name: "People's Committee of Quang Dinh Province".
_COMMITTEE_PROVINCE = re.compile(r"people'?s committee of (?P<place>[a-z][a-z' -]+?) province\b")


def _provincial_committee(departments: Units, work: str = "") -> DepartmentRef | None:
    """The directory's one provincial People's Committee; in a directory of several provinces, the one whose
    province the text names (None when that leaves none or several)."""
    found = {d for d, names in departments.named if _PROVINCIAL_COMMITTEE.search(names)}
    found = {d for d in found if not re.search(r"\b(?:office|van phong|party|dang)\b", fold_loose(d.name).lower())}
    if len(found) > 1 and work:
        text = fold_loose(work).lower()
        places = {d: _COMMITTEE_PROVINCE.search(fold_loose(d.name).lower()) for d in found}
        found = {d for d, place in places.items() if place and re.search(rf"\b{place.group('place')}\b", text)}
    return next(iter(found)) if len(found) == 1 else None


#: French ministries named by their seat, as the press names them: "a chargé Bercy d'évaluer".
_SEATS = re.compile(
    r"(?=[BMQlr])\b(?P<seat>Bercy|Beauvau|Matignon|(?:le\s+)?Quai\s+d['’]Orsay|(?:la\s+)?rue\s+de\s+Grenelle)\b"
)
#: Words one of which ``_SEATS`` needs (the seats' own names: "Quai" and "rue" alone are in most English texts, as
#: in "true").
_SEAT_WORDS = ("Bercy", "Beauvau", "Matignon", "Orsay", "Grenelle")
_SEAT_FIELDS = {
    "bercy": ("economie finances", "finances", "economie"),
    "beauvau": ("interieur",),
    "quai d'orsay": ("affaires etrangeres", "europe affaires etrangeres"),
    "rue de grenelle": ("education nationale", "education"),
}


def _seat_unit(departments: Units, seat: str) -> DepartmentRef | None:
    key = fold_loose(seat).lower().replace("’", "'").removeprefix("le ").removeprefix("la ")
    if key == "matignon":
        return next((d for d, names in departments.named if "premier ministre" in names), None)
    for field in _SEAT_FIELDS.get(key, ()):
        dept = best_unit(departments, field, "ministry", "fr")
        if dept is not None:
            return dept
    return None


#: A body of the ward or commune the text is about, named by its kind alone: "Đảng ủy phường", "UBND xã",
#: "Ủy ban Mặt trận Tổ quốc Việt Nam phường" (not "phường X", which names it).
_VI_LOCAL_BODY = re.compile(
    # (the first letters of its forms tested first, a cheap test; keep in sync)
    r"(?=[CHUĐỦ])\b(?P<body>Đảng ủy|Đảng uỷ|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|"
    r"Ủy ban Mặt trận Tổ quốc(?: Việt Nam)?|Uỷ ban Mặt trận Tổ quốc(?: Việt Nam)?|Ủy ban MTTQ(?: Việt Nam)?|Công an)"
    r"\s+(?P<level>phường|xã)\b(?!\s+[A-ZĐÀ-Ỹ])"
)
_VI_BODY_SPELLINGS = {"ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan", "uy ban mttq": "uy ban mat tran to quoc"}


def _local_body(departments: Units, folded_text: str, body: str, level: str) -> DepartmentRef | None:
    """The directory's one unit that is this body of a ward or commune the text (folded) names."""
    key = fold_loose(body).lower()
    key = _VI_BODY_SPELLINGS.get(key, key)
    found = set()
    prefix = key.replace(" viet nam", "") + " " + fold_loose(level).lower() + " "
    for dept, names in departments.named:
        for name in names.split(" | "):
            name = name.replace("uy ban mttq", "uy ban mat tran to quoc").replace(" viet nam", "")
            # ("UBND xã Suối Ngọc", "Ủy ban nhân dân xã Suối Ngọc, tỉnh Ngọc Lâm": a directory's short spelling of the
            # body, and the province after a comma, which the text need not write)
            name = _VI_BODY_SPELLINGS.get(name[:4], name[:4]) + name[4:] if name[:5] in ("ubnd ", "hdnd ") else name
            place = name[len(prefix) :].split(",")[0].strip() if name.startswith(prefix) else ""
            if place and place in folded_text:
                found.add(dept)
    return next(iter(found)) if len(found) == 1 else None


#: "le service Urbanisme", "le service Cadre de vie": a French service by its field's name in capitals.
_FR_SERVICE_NAMED = re.compile(
    r"(?=[Ll]e)\b[Ll]e\s+(?P<name>service\s+(?P<field>[A-ZÉ][\w'’-]*(?:\s+(?:[A-ZÉ][\w'’-]*|de|vie|du)){0,3}))"
    r"(?=\s*[,.;:]|\s+(?:de|d['’]|à|pour|afin)\s)"
)
#: "The central bank was asked to ...": a country's central bank, whatever the directory calls it.
#: (the first letters of its forms tested first, a cheap test; keep in sync)
_CENTRAL_BANK = re.compile(
    r"(?=[TtLlR])(?:\b[Tt]he\s+central\s+bank\b|\b[Ll]a\s+[Bb]anque\s+centrale\b|\b[Rr]iksbanken\b)"
)
#: Words one of which ``_CENTRAL_BANK`` needs.
_CENTRAL_BANK_WORDS = ("central", "anque", "iksbanken")
_CENTRAL_BANK_NAMES = re.compile(r"state bank|central bank|ngan hang nha nuoc|banque centrale|bceao|beac|riksbank")


_SUPERINTENDENT = re.compile(r"\bS?SP\b|[Ss]uperintendent")


@lru_cache(maxsize=4096)
def folded_names(dept: DepartmentRef) -> tuple[str, ...]:
    """The name and aliases of ``dept``, folded and in lower case: folded once per unit, not at each look-up."""
    return tuple(fold_loose(name).lower() for name in (dept.name, *dept.aliases) if isinstance(name, str))


def _folded_names(dept: DepartmentRef) -> str:
    return " | ".join(folded_names(dept))


def find_reader_names(
    departments: tuple[DepartmentRef, ...], work: str, territory: str | None = None
) -> list[ReaderName]:
    """Phrases naming units the way minutes do, each with the units it names (unknown ones left out)."""
    found: list[ReaderName] = []
    if not departments:
        return found
    found.extend(_offices_of_every_place(departments, work))
    if " and " in work:
        found.extend(_en_shared_kinds(departments, work))
    departments = Units(departments, territory)
    found.extend(_list_names(departments, work))
    if ", " in work or " và " in work:
        found.extend(_vi_shared_heads(departments, work))
    if "nsstyrelserna" in work:
        found.extend(_county_boards(departments, work))
    covered = 0  # "le Ministre de la Santé publique et le Ministre de l'Éducation": the second head is a
    # part of the first phrase already, not a phrase of its own
    for count, hit in enumerate(_HEAD_AFTER.finditer(work)):
        if count >= MAX_PHRASES:  # a few hundred are more than any minutes hold; garbage can hold many more
            break
        if hit.start() < covered:
            continue
        capital = work[hit.start()].isupper() or work[hit.end() : hit.end() + 1].isupper()
        end = _field_end(work, hit.end(), capital)
        if end <= hit.end():
            continue
        parts = _resolve(departments, work, hit.end(), end, hit.group())
        named = [p for p in parts if p[2] is not None]
        while not named and capital:
            # "le ministère de l'Intérieur veillera", "Ministre de la Construction est chargé": the name
            # ends where lower-case words after it (a verb) begin; drop them one at a time.
            last = re.search(r"\s+([^\W\d_][\w'’-]*)$", work[hit.end() : end])
            if last is None or not last.group(1)[0].islower() or fold_loose(last.group(1)) in _FIELD_ADJECTIVES:
                break  # "Sécurité sociale", "Sécurité alimentaire": the adjective is a part of the field
            end = hit.end() + last.start()
            parts = _resolve(departments, work, hit.end(), end, hit.group())
            named = [p for p in parts if p[2] is not None]
        whole = len(parts) == 1 and parts[0][1] == end and parts[0][2] is not None
        if not whole and not capital:
            # "la direction de l'agriculture et de l'environnement préparera ...": the whole name, once the
            # sentence it ran into is cut off, before its parts
            shorter = _shortened(departments, work, hit.end(), end, hit.group())
            if shorter or not named:
                parts = shorter
                named = [p for p in parts if p[2] is not None]
        if named and capital and parts[-1][2] is None:
            # "... de l'Éducation et de la Culture sont invités": the last part named a unit before the
            # verb ran into it
            trimmed = end
            while True:
                last = _LAST_FIELD_WORD.search(work[hit.end() : trimmed])
                if last is None or not last.group(1)[0].islower():
                    break
                if trimmed < end and fold_loose(last.group(1)) in _FIELD_ADJECTIVES:
                    break  # "... et de la Souveraineté alimentaire engagera": the verb off, the field's adjective kept
                trimmed = hit.end() + last.start()
            if trimmed < end:
                retry = _resolve(departments, work, hit.end(), trimmed, hit.group())
                if retry and retry[-1][2] is not None:
                    parts, end = retry, trimmed
                    named = [p for p in parts if p[2] is not None]
        if named and capital and parts[-1][2] is None:
            # "Ministre de la Construction, du Logement et de l'Urbanisme": the portfolios no unit holds
            # belong to the last ministry named; its mention runs to the end of the name
            last = max(i for i, p in enumerate(parts) if p[2] is not None)
            tail_end = parts[-1][1]
            while True:  # not the verb the name ran into ("... de l'Urbanisme procédera")
                word = _LAST_FIELD_WORD.search(work[parts[last][1] : tail_end])
                if word is None or not word.group(1)[0].islower():
                    break
                if tail_end < parts[-1][1] and fold_loose(word.group(1)) in _FIELD_ADJECTIVES:
                    break  # "Sécurité alimentaire", past the verb: the adjective is a part of the field
                tail_end = parts[last][1] + word.start()
            if named[-1] is parts[last] and not _SECOND_HEAD.search(work, parts[last][1], tail_end):
                named[-1] = (parts[last][0], tail_end, parts[last][2])
        if named and hit.group()[1:].startswith("irectorate") and "eneral" not in hit.group():
            # "the Directorate of Agriculture" where the directory holds a "General Directorate of Agriculture" and a
            # "Provincial Directorate of Agriculture": either's, no unit
            tail = fold_loose(work[hit.start() : named[0][1]]).lower()
            if sum(tail in names for _dept, names in departments.named) > 1:
                continue
        if named:
            # The first unit's mention takes the head with it: "Ministres en charge de la Défense".
            named[0] = (hit.start(), named[0][1], named[0][2])
            found.append(ReaderName(hit.start(), end, named))
            covered = max(part[1] for part in named)
    for hit in _HEAD_BEFORE.finditer(work):
        # the field's words up to the head, within one cell of a table (a tab parts two cells: "OFB\tServices")
        before = re.search(r"(?:[A-Z][\w&'’-]*[^\S\t]+){1,4}$", work[max(0, hit.start() - 60) : hit.start()])
        if before is None and hit.group() in ("branch", "sector", "secteur"):
            # "The construction sector must urge ...": a sector named in lower case, after its article
            before = re.search(
                r"(?<=\b[Tt]he\s)(?:[a-z][\w&'’-]*\s+){1,3}$", work[max(0, hit.start() - 60) : hit.start()]
            )
        if before:
            start = hit.start() - (len(work[max(0, hit.start() - 60) : hit.start()]) - before.start())
            dept = best_unit(departments, work[start : hit.start()], head_class(hit.group()) or "department")
            while dept is None and hit.group() == "Services":
                # "That Environmental Services": the field is the capital words next to the head
                space = work.find(" ", start, hit.start() - 1)
                if space < 0:
                    break
                start = space + 1
                dept = best_unit(departments, work[start : hit.start()], "department")
            if dept is not None:
                found.append(ReaderName(start, hit.end(), [(start, hit.end(), dept)]))
    for hit in _OFFICIAL.finditer(work):
        fields = (
            "health",
            "justice",
            "finance",
            "planning",
            "building",
            "fire",
            "library",
            "municipal",
            "revenue",
            "education",
            "fr_education",
            "fr_finance",
            "field",
        )
        field = next(k for k in fields if hit.group(k))
        field = field.removeprefix("fr_")
        if field == "field":
            words_after = hit.group(field).split()
            dept = None
            for size in range(len(words_after), 0, -1):  # "Commissioner, Finance and City Treasurer"
                dept = best_unit(departments, " ".join(words_after[:size]), "department")
                if dept is not None:
                    break
        elif field == "municipal":
            # "the Machilipatnam Municipal Commissioner": the head of that city's municipal corporation, the
            # city's name before the title; "the Municipal Commissioner": the corporation's
            place = _CITY_BEFORE.search(work, max(0, hit.start() - 40), hit.start())
            dept = best_unit(departments, place.group(1) + " municipal", "department") if place else None
            if dept is not None:
                found.append(ReaderName(place.start(1), hit.end(), [(place.start(1), hit.end(), dept)]))
                continue
            dept = best_unit(departments, "municipal corporation", "department") or best_unit(
                departments, field, "department"
            )
        else:
            dept = best_unit(departments, field, "department")
            if (
                dept is not None
                and field == "revenue"
                and _ABOVE_TALUK.search(dept.name)
                and _TALUK_OFFICER.match(hit.group())
            ):
                dept = None  # the Tahsildars are not the division's or the district's revenue office above them
        if dept is not None:
            found.append(ReaderName(hit.start(), hit.end(), [(hit.start(), hit.end(), dept)]))
    for hit in _SV_COMPOUND.finditer(work) if any(map(work.__contains__, _SV_COMPOUND_ENDS)) else ():
        dept = None
        if hit.group(2).lower() in ("kommun", "stads", "region") and hit.group(3) in (
            "direktören",
            "direktör",
            "chefen",
            "chef",
        ):
            # "kommundirektören", "stadsdirektören": the head of the municipality's central administration
            dept = _central_administration(departments, hit.group(2).lower())
            if dept is not None:
                found.append(ReaderName(hit.start(), hit.end(), [(hit.start(), hit.end(), dept)]))
                continue
            if departments.foreign:
                continue  # a directory of several territories with no central administration of the text's own
        if hit.group(3) in ("kontoret", "förvaltningen") and hit.group(2)[:1] in "kKsSrR":
            # "kommunledningskontoret" in the text, "Kommunstyrelseförvaltningen" in the directory: the municipality's
            # central administration, whatever its name (not a unit whose name is near: "Kommunstyrelsen")
            central = fold_loose(hit.group()).lower()
            if _SV_CENTRAL.fullmatch(central):
                kind = "region" if central.startswith("region") else "kommun"
                dept = _central_administration(departments, kind, own_kind_only=True)
                if dept is not None:
                    found.append(ReaderName(hit.start(), hit.end(), [(hit.start(), hit.end(), dept)]))
                    continue
        if hit.group(3) == "chef" and _SV_KIND_HEAD.fullmatch(hit.group(2)):
            continue  # "Respektive avdelningschef", "enhetschef": the head of any unit of that kind, none named
        if hit.group(3) in ("direktören", "direktör", "chefen", "chef"):
            dept = _administration_of(departments, work[hit.start() : hit.start(3)])
        for stem in (hit.group(1), hit.group(2)) if dept is None else ():
            dept = _compound_field(departments, stem) if stem else None
            if dept is not None:
                break
        if dept is None and hit.group(2).lower() == "skol" and hit.group(3) in ("chefen", "chef"):
            # "skolchefen", the school head the Education Act has every municipality appoint, heads its
            # "Utbildningsförvaltningen", "Barn- och utbildningsförvaltningen" or "Bildningsförvaltningen"
            dept = _school_administration(departments)
        if dept is not None:
            start = hit.start()
            if hit.group(3) == "direktör":
                # "regional utvecklingsdirektör", "digital utvecklingsdirektör": the title's adjective is a part of it
                adjective = _SV_TITLE_ADJECTIVE.search(work, max(0, start - 20), start)
                start = adjective.start() if adjective else start
            found.append(ReaderName(start, hit.end(), [(start, hit.end(), dept)]))
    own = _SV_OWN_COMMITTEE.search(work, 0, 300) if "örvaltning" in work else None
    # "Miljö- och byggnämnden": its administration is the "Miljö- och byggförvaltningen" of the directory, when
    # it holds one, before a unit of either field ("Miljöenheten")
    own_dept = _committee_administration(departments, own, work) if own else None
    # (not an adjective's: "Tekniska nämnden" names no field)
    for stem in (own.group(1), own.group(2)) if own and own_dept is None and not own.group(2).endswith(" ") else ():
        own_dept = _compound_field(departments, stem) if stem else None
        if own_dept is not None:
            break
    named_administration = _administration_named(departments, work) if "örvaltning" in work else None
    if named_administration is not None:
        own_dept = named_administration  # "förvaltningschef samhällsbyggnadsförvaltningen": the one the text names
    if own_dept is not None:
        for hit in _SV_OWN_ADMINISTRATION.finditer(work):
            committee = _committee_in_sentence(work, hit.start()) if "nämnden" in work else None
            if committee is not None and own is not None and committee.group().lower() != own.group().lower():
                # "Socialnämnden beslutade ... Tekniska nämnden gav förvaltningschefen i uppdrag att ...": another
                # committee's order, to its own administration (none, where the directory holds none)
                other = _committee_administration(departments, committee, work)
                if other is not None:
                    found.append(ReaderName(hit.start(), hit.end(), [(hit.start(), hit.end(), other)]))
                continue
            found.append(ReaderName(hit.start(), hit.end(), [(hit.start(), hit.end(), own_dept)]))
    elif "örvaltningen" in work:
        # a protocol that names several: "Barn- och utbildningsförvaltningen har redovisat ... Kommunstyrelsen ger
        # förvaltningen i uppdrag att ...": the administration its paragraph named last
        for hit in _SV_OWN_ADMINISTRATION.finditer(work):
            dept = _administration_before(departments, work, hit.start())
            if dept is None and "nämnden" in work:
                # "Barn- och utbildningsnämnden uppdrar åt förvaltningen att ...": the committee that gives the order,
                # named before it in its sentence, has it done by its own administration
                committee = _committee_in_sentence(work, hit.start())
                dept = _committee_administration(departments, committee, work) if committee else None
            if dept is not None:
                found.append(ReaderName(hit.start(), hit.end(), [(hit.start(), hit.end(), dept)]))
    if "Ordföranden " in work:
        # "PROTOKOLL\nTekniska nämnden ... Ordföranden ges i uppdrag att ...": the chair of the body whose protocol
        # it is, given an order, acts for that body
        chaired = _protocol_body(departments, work)
        for hit in _SV_CHAIR_ORDERED.finditer(work) if chaired is not None else ():
            found.append(ReaderName(hit.start(), hit.end(), [(hit.start(), hit.end(), chaired)]))
    folded_text = fold_loose(work).lower() if ("phường" in work or "xã" in work) else ""
    for hit in _VI_LOCAL_BODY.finditer(work) if folded_text else ():
        dept = _local_body(departments, folded_text, hit.group("body"), hit.group("level"))
        if dept is not None:
            found.append(ReaderName(hit.start(), hit.end(), [(hit.start(), hit.end(), dept)]))
    for hit in _FR_SERVICE_NAMED.finditer(work):
        dept = best_unit(departments, hit.group("field"), "department", "fr")
        if dept is not None:
            found.append(ReaderName(hit.start("name"), hit.end(), [(hit.start("name"), hit.end(), dept)]))
    for hit in _CENTRAL_BANK.finditer(work) if any(map(work.__contains__, _CENTRAL_BANK_WORDS)) else ():
        banks = {d for d, names in departments.named if _CENTRAL_BANK_NAMES.search(names)}
        if len(banks) == 1:
            found.append(ReaderName(hit.start(), hit.end(), [(hit.start(), hit.end(), next(iter(banks)))]))
    for hit in _SEATS.finditer(work) if any(map(work.__contains__, _SEAT_WORDS)) else ():
        dept = _seat_unit(departments, hit.group("seat"))
        if dept is not None:
            found.append(ReaderName(hit.start("seat"), hit.end("seat"), [(hit.start("seat"), hit.end("seat"), dept)]))
    committee = _provincial_committee(departments, work) if "province" in work else None
    for hit in _THE_PROVINCE.finditer(work) if committee is not None else ():
        name = "addressed" if hit.group("addressed") else "subject"
        found.append(ReaderName(hit.start(name), hit.end(name), [(hit.start(name), hit.end(name), committee)]))
    for hit in _FORCE.finditer(work):
        dept = None
        if _SUPERINTENDENT.search(hit.group()):
            # "the SP": the unit the directory names after the Superintendent of Police, if any
            dept = next((d for d, names in departments.named if "superintendent of police" in names), None)
        dept = dept or best_unit(departments, "police")
        if dept is not None:
            found.append(ReaderName(hit.start(), hit.end(), [(hit.start(), hit.end(), dept)]))
    for hit in _VI_SECTOR.finditer(work):
        words_after = re.match(r"(?:[^\W\d_]+\s*){1,4}", work[hit.end() : hit.end() + 40])
        if not words_after or _VI_NO_FIELD.match(words_after.group()):
            continue
        tokens = words_after.group().split()
        if VI.imperative.match(words_after.group().lower()):
            # "các sở, ngành triển khai ...": the sectors at large, then a verb, no field; but "Ngành xây dựng
            # chỉ đạo ...": a verb that is the whole field of a unit ("Sở Xây dựng")
            field = field_tokens(" ".join(tokens[:2]))
            exact = [d for fields, _k, _l, d in departments.fields if fields == field]
            if len(field) != 2 or len(set(exact)) != 1:
                continue
            end = hit.end() + len(" ".join(tokens[:2]))
            found.append(ReaderName(hit.start(), end, [(hit.start(), end, exact[0])]))
            continue
        for size in range(min(4, len(tokens)), 0, -1):  # the longest field that names one unit
            text = " ".join(tokens[:size])
            dept = best_unit(departments, text, "department")
            if dept is not None:
                end = hit.end() + len(" ".join(tokens[:size]))
                found.append(ReaderName(hit.start(), end, [(hit.start(), end, dept)]))
                break
    return found


_HEADING_LOOKBACK = 6000


def row_lead(departments, work: str, start: int) -> DepartmentRef | None:
    """The unit a table's lead column names for the row that holds ``start``, the table flattened to text
    with its cells between "|" ("5.B | 26-031 | Staff was directed to ... | Transportation | In Progress").
    A row may run over several lines: it ends with the line that holds its last cell."""
    if "|" not in work:
        return None
    heading_end, column, cells = None, None, 0
    line_end = work.rfind("\n", 0, start)
    for _ in range(200):  # the heading: the nearest line above with a lead column
        if line_end < 0 or start - line_end > _HEADING_LOOKBACK:
            return None
        line_start = work.rfind("\n", 0, line_end) + 1
        parts = work[line_start:line_end].split("|")
        index = (
            next((i for i, part in enumerate(parts) if LEAD_COLUMN.fullmatch(fold_loose(part).lower())), None)
            if len(parts) > 1
            else None
        )
        if index is not None:
            heading_end, column, cells = line_end + 1, index, len(parts)
            break
        line_end = line_start - 1
    if heading_end is None:
        return None
    row_start, seen = heading_end, 0
    for hit in re.finditer(r"[|\n]", work[heading_end : start + 2000] + "\n"):
        at = heading_end + hit.start()
        if hit.group() == "|":
            seen += 1
            continue
        if seen < cells - 1:
            continue  # the row goes on below
        if at >= start:
            parts = work[row_start:at].split("|")
            cell = " ".join(parts[column].split()) if column < len(parts) else ""
            if not cell or len(cell) > 60:
                return None
            return best_unit(departments if isinstance(departments, Units) else Units(departments), cell)
        row_start, seen = at + 1, 0
    return None
