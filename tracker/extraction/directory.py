"""The department directory as the extractor uses it: loading, and an index of normalised aliases.

Matching is an exact lookup, not a fuzzy scan. Every name and alias is reduced once to a tuple of
canonical tokens: folded (lower case, no diacritics), function words dropped (``of``, ``và``,
``de la``, ``och`` ...), ``&`` removed inside abbreviations (``KH&CN`` is ``khcn``), and a final
plural or genitive ``s`` dropped when the bare word is an alias word (``Committees``,
``departementets``). The text is reduced the same way in one pass, and from each token that can start
an alias a walk down a trie of alias tokens finds the longest alias. The cost is linear in the text
and independent of the size of the directory, which a fuzzy comparison of every window with every
alias is not.

Three things an alias index cannot do are added on top:

- lists sharing one head: ``People's Committees of Dam Ha, Dong Trieu and Tien Yen``, ``UBND các
  huyện Đầm Hà, Tiên Yên``, ``folkkommittéerna i ...``. The place names are derived from the
  aliases of the people's committees and looked up after a committee head.
- words that point back to a department named before: ``the department``, ``l'unité``,
  ``enheten``, ``đơn vị``, a bare ``Sở``. Here they resolve to the nearest earlier department that is
  neither a speaker's affiliation (``Chairman of the Provincial People's Committee``) nor the
  issuer of a document (``plan No. 28/KH-UBND from the Provincial People's Committee``); the
  directive reader then prefers the department in focus (see ``directives``).
- names the directory does not hold. Department-like phrases (``Department of ...``, ``Sở ...``,
  ``Comité ...``, ``...departementet``) that no alias covers are compared with the aliases with
  rapidfuzz (only those few phrases, not the whole text); close ones count as that department
  (misspellings), the rest are reported as unknown departments.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

from rapidfuzz import fuzz, process

from tracker.extraction.aliases import all_names, code_group, local_units, territories
from tracker.extraction.names import (
    find_backrefs,
    find_department_names,
    find_investigator_backrefs,
    find_place_backrefs,
    name_words_before,
)
from tracker.extraction.readers import (
    BODY_MEMBER_TITLE,
    Units,
    best_unit,
    find_reader_names,
    folded_names,
    holds_field,
)
from tracker.extraction.readers import HEAD_WORDS as _READER_HEADS
from tracker.extraction.results import DepartmentRef, UnknownDepartment
from tracker.extraction.textprep import Prepared, fold_loose, words

#: Words that carry no identity in a department name, in the four languages.
FUNCTION_WORDS = words("the of and for de du des d l la le les et och for va en s")
_TOKEN = re.compile(r"[^\W_]+(?:&[^\W_]+)*(?:'s\b)?|[;:!?()\[\]\"]")
_SPLIT = re.compile(r"([^\W_]+(?:&[^\W_]+)*(?:'s\b)?|[;:!?()\[\]\"])")
_BARRIER = "|"
#: The marks a text's names never run across: "the Department of Health (DOH)", "Finance; Health".
_BARRIERS = ';:!?()[]"'
#: "ÅHS", "ÅT": a Swedish acronym with its letter Å, Ä or Ö, read as written ("ÅT" is not the word "åt").
_ACRONYM = re.compile(r"[A-ZĐÅÄÖ&]{2,8}")
_SV_CAPITALS = re.compile("[ÅÄÖ]")

#: Heads after which a list of place names names several people's committees.
_LIST_HEADS = (
    ("peoples", "committee"),
    ("ubnd",),
    ("uy", "ban", "nhan", "dan"),
    ("comite", "populaire"),
    ("folkkommitten",),
    ("folkkommitteerna",),
)
_HEAD_WORDS = words(
    "peoples people committee ubnd uy ban nhan dan comite populaire folkkommitten folkkommitte folkkommitteerna"
)
#: Words naming the kind of locality, skipped between a head and its places.
_ADMIN_WORDS = words(
    "district districts city cities town towns huyen thi xa thanh pho tp ville villes distrikts distriktet "
    "distrikten distrikt stads staden stad kommun i cac provincial province tinh commune communes ward wards phuong"
)
_PROVINCE_WORDS = words("tinh province provincial provinsiella provinsens provinciale")
_PLACE_MAX = 3
#: The kinds of Vietnamese locality that stand after a committee's head and before the place's name (folded words:
#: "huyện", "quận", "xã", "phường", "tỉnh", "thị xã", "thành phố", "TP"), and the words that take a second one.
_VI_PLACE_KIND = words("huyen quan xa phuong tinh thi thanh tp cac")
_VI_PLACE_KIND_PAIRED = words("thi thanh cac")
_VI_PLACE_KIND_SECOND = words("huyen quan xa phuong tinh pho tran")
_LOCALITY_KINDS = words("district city town commune ward")
_DEPARTMENT_WORDS = words("department so departement departementet")
#: An English unit named by its field, then "Department": "Human Resources Department", "Information Technology
#: Department". A county's minutes and logs name it by its field alone ("Human Resources", "Information
#: Technology"), in capitals (see ``DepartmentIndex.field_names``).
_FIELD_DEPARTMENT = re.compile(r"(?P<field>[A-Z][\w'-]+(?:\s+(?:and\s+|&\s+)?[A-Z][\w'-]+){1,3})\s+Department")

_PERSON_TITLES = (
    r"chairman|chairwoman|chairperson|vice[- ]chair(?:man|woman)?|(?:vice[- ])?presidente?|"
    r"(?:deputy |acting )?director(?: general)?|(?:deputy )?head|(?:deputy |party )?secretary|"
    r"(?:standing )?member|pho chu tich|chu tich|pho giam doc|giam doc|pho bi thu|bi thu|"
    r"pho truong ban|truong ban|uy vien|chanh van phong|chanh thanh tra|truong phong|"
    r"directeur(?: adjoint)?|directrice|chef|secretaire|membre|vice ordforande|ordforande|"
    r"(?:bitradande )?direktor|partisekreterare|sekreterare|medlem"
)
_AFFILIATION = re.compile(
    rf"\b(?:{_PERSON_TITLES})(?:\s+(?:thuong truc|standing|permanent|adjoint|bitradande))?"
    r"\s*,?\s*(?:(?:of|du|de|des|d'|for|av|vid|i|cua|the|le|la|l'|den|det)\s*)*$"
)
#: The units under a unit, as a group, just before its name (folded): "Heads of units under the Ministry shall ...",
#: "agencies directly under the Provincial People's Committee": the group is the subject, the unit no lead, no partner.
_EN_UNITS_UNDER = re.compile(
    r"\b(?:units|agencies|bodies|divisions|entities|organi[sz]ations|offices|departments)\s+(?:directly\s+)?"
    r"under\s+(?:the\s+)?$"
)
#: A request verb just before a title: the person addressed, for the unit ("giao Giám đốc Sở ...").
_ADDRESSED_TITLE = re.compile(r"\b(?:giao|yeu cau|de nghi|chi dao|uy quyen)\s*$")
#: An infinitive right after the title's unit: the head addressed by an order of the sentence ("directed the
#: DEO to identify ..., and the Project Director, DRDA to coordinate with ..."), no speaker's affiliation.
_TOLD_AFTER_TITLE = re.compile(r",?\s+to\s+(?!the\b|a\b|an\b|be\b)[a-z]{3,}\b")
#: A cheap first look: most windows hold no title at all.
_TITLE_HINT = re.compile(
    r"chair|presiden|director|head|secretar|member|chu tich|giam doc|bi thu|truong|uy vien|chanh|"
    r"directeur|directrice|chef|membre|ordforande|direktor|sekreterare|medlem"
)
_ISSUER_GAP = re.compile(
    r"\s*,?\s*(?:of|from|by|issued by|cua|do|de|du|des|de la|fran|av|utfardad av)\s+"
    r"(?:(?:the|den|det|le|la|l')\s+)?$"
)

_FUZZY_CUTOFF = 88
#: The words a Vietnamese unit's name opens on to say what kind of body it is (folded canonical tokens), with the
#: kind they name: a ministry ("Bộ"), a province's department ("Sở"), a general department ("Tổng cục"), a
#: department of a ministry ("Cục", "Chi cục"), a district's office ("Phòng"), a people's committee ("UBND") ...
#: Two names of two kinds are two units, however close their fields: "Bộ Xây dựng" is the ministry, never a
#: province's "Sở Xây dựng", and "Ban Chỉ huy Quân sự" is no "Bộ Chỉ huy Quân sự".
_VI_NAME_KINDS = tuple(
    sorted(
        {
            ("uy", "ban", "nhan", "dan"): "ubnd",
            ("ubnd",): "ubnd",
            ("hoi", "dong", "nhan", "dan"): "hdnd",
            ("hdnd",): "hdnd",
            ("bo", "chi", "huy"): "bo chi huy",
            ("bo", "tu", "lenh"): "bo tu lenh",
            ("bo",): "bo",
            ("so",): "so",
            ("tong", "cuc"): "tong cuc",
            ("chi", "cuc"): "chi cuc",
            ("cuc",): "cuc",
            ("van", "phong"): "van phong",
            ("phong",): "phong",
            ("ban",): "ban",
            ("uy", "ban"): "uy ban",
            ("trung", "tam"): "trung tam",
            ("thanh", "tra"): "thanh tra",
            ("vien",): "vien",
        }.items(),
        key=lambda item: -len(item[0]),
    )
)


def vi_name_kind(key: tuple[str, ...]) -> str | None:
    """The kind of Vietnamese unit a name's canonical words open on ("bo" for "Bộ Xây dựng"), or None."""
    if not key or key[0] not in _VI_KIND_FIRST:
        return None
    for words_of_kind, kind in _VI_NAME_KINDS:
        if key[: len(words_of_kind)] == words_of_kind:
            return kind
    return None


_VI_KIND_FIRST = frozenset(words_of_kind[0] for words_of_kind, _kind in _VI_NAME_KINDS)
#: A name word this long or longer may have lost one inner letter to a typist's slip ("Statskontret").
_DROPPED_MIN = 9
#: Letters only Vietnamese writes (its tone marks and its own vowels): an alias with one is Vietnamese.
_VI_LETTERS = re.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĩũĂÂĐÊÔƠƯỈ]")
#: "Vice-Premier Ministre", "Deputy Prime Minister": a deputy's office is not the head's.
_VICE_BEFORE = re.compile(r"\b(?:vice|deputy)[- ]$")
#: "Ce plan devra être présenté ...", "this plan", "ett plan": a one-word alias written in lower case after a
#: demonstrative or an indefinite article is the common noun ("Plan" is a ministry's short name), no unit.
_THING_BEFORE = re.compile(r"\b(?:ce|cet|cette|ces|un|une|this|these|a|an|denna|detta|dessa|ett)\s+$")
#: "en concertation avec les gouverneurs", "aux préfets": a one-word alias (a head's title, "Gouverneur") written in
#: the plural, in lower case, after a plural article names every holder of the title, a group, not the one unit.
_PLURAL_BEFORE = re.compile(r"\b(?:les|des|aux|ces|leurs|plusieurs|tous\s+les|all|several)\s+$")
#: At most this many distinct department-like names are compared and reported (garbage can hold
#: hundreds of thousands; a person reviewing minutes reads a few).
MAX_NAMES = 500


@dataclass
class Mention:
    """A place in the text that names (or points back to) a department."""

    start: int
    end: int
    dept: DepartmentRef | None
    kind: str  # "name", "list", "backref" or "fuzzy"
    affiliation: bool = False
    issuer: bool = False
    department_word: bool = False  # a back-reference that says "department" ("Sở", "le département")
    place_word: bool = False  # a back-reference that says "the district" ("the town", "the city")
    inquiry_word: bool = False  # "utredaren": the inquiry named before, by its investigator


def load_directory(path) -> list[DepartmentRef]:
    """Read a JSON directory (a list of {code, name, aliases, ...}); ids are the codes when absent."""
    with open(Path(path), encoding="utf-8") as handle:
        data = json.load(handle)
    if isinstance(data, dict):
        data = data.get("departments", [])
    refs = []
    for item in data:
        code = item.get("code")
        refs.append(
            DepartmentRef(
                id=item.get("id", code),
                name=item["name"],
                aliases=tuple(item.get("aliases") or ()),
                code=code,
            )
        )
    return refs


def _raw_tokens(folded: str):
    return _TOKEN.finditer(folded)


class DepartmentIndex:
    """Aliases of a directory reduced to canonical token tuples."""

    def __init__(self, departments: tuple[DepartmentRef, ...], territory: str | None = None):
        self.departments = departments
        #: The text's own territory where the directory serves several (``aliases.text_territory``).
        self.territory = territory
        entries = all_names(departments, territory)  # with the names the directory implies (``aliases``)
        self.vocab: set[str] = set()
        for _dept, alias in entries:
            for match in _raw_tokens(fold_loose(alias)):
                self.vocab.add(match.group().replace("&", "").replace("'s", "s"))
        #: The long name words with one inner letter dropped, each with the word ("statskontret": "statskontoret");
        #: a spelling two words would give is neither's.
        dropped: dict[str, str | None] = {}
        for word in self.vocab:
            if len(word) > _DROPPED_MIN and word.isalpha():
                for i in range(1, len(word) - 1):
                    short = word[:i] + word[i + 1 :]
                    if short not in self.vocab:
                        dropped[short] = word if dropped.get(short, word) == word else None
        self.dropped = dropped
        self.aliases: dict[tuple[str, ...], DepartmentRef] = {}
        #: The same aliases as nested dicts, token by token; ``None`` holds the department.
        self.trie: dict = {}
        self.acronyms: dict[str, DepartmentRef] = {}
        keys_by_dept: dict[DepartmentRef, list[tuple[str, ...]]] = {}
        #: One-word Vietnamese aliases as written ("Tỉnh" for the province a notice is about): only that word,
        #: with its tone marks and its capital, names the unit; "tình", "Tĩnh" or the common noun "các tỉnh" do not
        self.written_words: dict[str, set[str]] = {}
        for dept, alias in entries:
            if _ACRONYM.fullmatch(alias):
                self.acronyms.setdefault(
                    fold_loose(alias.replace("&", ""))
                    if _SV_CAPITALS.search(alias)
                    else alias.replace("&", "").lower(),
                    dept,
                )
                continue
            key = self.key(alias)
            if not key:
                continue
            self.aliases.setdefault(key, dept)
            if len(key) == 1 and not alias.isupper() and _VI_LETTERS.search(alias):
                self.written_words.setdefault(key[0], set()).add(alias.strip())
            self._add_path(key, dept)
            keys_by_dept.setdefault(dept, []).append(key)
            if "(" in alias:
                # "JD (Agriculture)", "EE (PR)": a name with a bracket of its own, as a text writes it (the text's
                # brackets are barriers between names): also a path with them
                self._add_path(self.key(alias, barriers=True), dept)
        #: The field of a unit named "<Field> Department", of two words or more, that no other name holds
        #: ("Information Technology"): a name of the unit only where the text writes its words in capitals, as a
        #: field in lower case is no unit ("human resources and equipment").
        self.field_names: dict[tuple[str, ...], DepartmentRef] = {}
        shared_fields: set[tuple[str, ...]] = set()
        for dept in departments:
            field = _FIELD_DEPARTMENT.fullmatch(dept.name) if dept.name.endswith(" Department") else None
            key = self.key(field.group("field")) if field else ()
            if len(key) < 2 or key in self.aliases:
                continue
            if key in self.field_names:
                shared_fields.add(key)
            self.field_names[key] = dept
        for key in shared_fields:
            del self.field_names[key]
        for key, dept in self.field_names.items():
            self._add_path(key, dept)
        self.places = self._places(keys_by_dept)
        #: Departments proper (a "Sở", a "Department of ..."): what "the department" can point back to.
        self.department_like = {
            dept for dept, keys in keys_by_dept.items() if any(_DEPARTMENT_WORDS.intersection(key) for key in keys)
        }
        self.place_first = {key[0] for key in self.places}
        self.fuzzy_choices = [" ".join(key) for key in self.aliases]
        self.fuzzy_depts = list(self.aliases.values())
        #: The kind each choice's name opens on ("bo", "so" ...): a name is compared only with those of its kind
        self.fuzzy_kinds = [vi_name_kind(key) for key in self.aliases]
        self._fuzzy_pools: dict[str, tuple[list[str], list[DepartmentRef]]] = {}
        #: Aliases of three words or more by their set of words: an English edition turns a name's words
        #: around ("Provincial Project Management Board for Construction Investment" is the directory's
        #: "Provincial Construction Investment Project Management Board"). A set two units share is nobody's.
        by_words: dict[tuple[str, ...], DepartmentRef | None] = {}
        for key, dept in self.aliases.items():
            if len(key) >= 3:
                word_set = tuple(sorted(key))
                by_words[word_set] = dept if by_words.get(word_set, dept) == dept else None
        self.by_words = {word_set: dept for word_set, dept in by_words.items() if dept is not None}
        self._level_suffixes: dict[tuple[str, ...], DepartmentRef | None] | None = None  # (``level_unit``)
        self.turned_words = {token for word_set in self.by_words for token in word_set}
        #: Where the directory serves several territories and the text is one's: its units, and the others'.
        self.local = local_units(departments, territory)
        self.foreign = frozenset().union(*territories(departments).values()) - self.local if self.local else frozenset()
        #: An alias that a unit of the text's territory shares with units of no territory ("Finances" for the
        #: département's Direction des finances and for a State's ministry): in that territory's text, its own unit.
        own: dict[tuple[str, ...], set] = {}
        if self.local:
            for dept, alias in entries:
                key = self.key(alias) if dept in self.local and not _ACRONYM.fullmatch(alias) else None
                if key and self.aliases.get(key) not in self.local:
                    own.setdefault(key, set()).add(dept)
        self.local_shared = {key: depts.pop() for key, depts in own.items() if len(depts) == 1}
        self._local_longer: dict[tuple[str, ...], DepartmentRef | None] = {}
        #: A name the directory gives units of several administrations, told apart by their codes' prefix
        #: ("Premier Ministre" for "CD-PM" and for "SN-PRIM"; an acronym too, "SKR" for "DIR-SKR" and "RB-SKR"):
        #: every unit it names, the first one the index's.
        given: dict[tuple[str, ...], list[DepartmentRef]] = {}
        for dept, alias in entries:
            key = self.key(alias) if _code_group(dept) else None
            if key and dept not in given.setdefault(key, []):
                given[key].append(dept)
        bare_names = _without_own_place(self, entries)
        for key, dept in bare_names:
            if dept not in given.setdefault(key, []):
                given[key].append(dept)
        self.shared = {key: tuple(depts) for key, depts in given.items() if len({_code_group(d) for d in depts}) > 1}
        self.shared_units = frozenset(dept for depts in self.shared.values() for dept in depts)
        #: The directory holds the units of several administrations (their codes' prefixes, see the function).
        self.several_administrations = _several_administrations(departments)
        for key, dept in bare_names:
            # "tekniska förvaltningen" in the minutes of one of the municipalities whose "Tekniska förvaltningen X"
            # the directory holds: a name of theirs as any shared one, the first unit the index's (the text's own
            # municipality chooses, ``_own_administration``); not a short word ("SBF" of "SBF Granhöjd")
            if key in self.shared and key not in self.aliases and (len(key) > 1 or len(key[0]) >= 8):
                self.aliases[key] = dept
                self._add_path(key, dept)
        for key, dept in _own_bare_names(bare_names, self.aliases):
            # "Chief Officer District Council", "the Highways Division" in the minutes of the district whose
            # "District Council Dhanpur" and "Highways Division Dhanpur" the directory holds: the one unit of that name
            self.aliases[key] = dept
            self._add_path(key, dept)

    def fuzzy_pool(self, kind: str | None) -> tuple[list[str], list[DepartmentRef]]:
        """The names a department-like phrase of ``kind`` may be a misspelling of, with their units: those of the same
        kind and those of none ("Bộ Xây dựng" is no misspelt "Sở Xây dựng", one letter apart)."""
        if kind is None:
            return self.fuzzy_choices, self.fuzzy_depts
        pool = self._fuzzy_pools.get(kind)
        if pool is None:
            picked = [i for i, own in enumerate(self.fuzzy_kinds) if own is None or own == kind]
            pool = ([self.fuzzy_choices[i] for i in picked], [self.fuzzy_depts[i] for i in picked])
            self._fuzzy_pools[kind] = pool
        return pool

    def local_longer(self, key: tuple[str, ...]) -> DepartmentRef | None:
        """The one unit of the text's territory with a name that opens with ``key`` (a name matched to
        another territory's unit): "Public Works Department (Buildings)" in a district's minutes is that
        district's "Public Works Department (Buildings) Division", not a city's "Public Works Department"."""
        if key not in self._local_longer:
            found = {
                dept
                for alias, dept in self.aliases.items()
                if len(alias) > len(key) and alias[: len(key)] == key and dept in self.local
            }
            self._local_longer[key] = found.pop() if len(found) == 1 else None
        return self._local_longer[key]

    def canon(self, raw: str) -> str | None:
        token = raw.replace("&", "").replace("'s", "s")
        if not token or token in FUNCTION_WORDS:
            return None
        if (
            len(token) > 3
            and token.endswith("s")
            and token[:-1] in self.vocab
            # (also a plural where the directory writes the word both ways, "Service mobilité" and "Service
            # Mobilités et Transports": one word, in the singular, so that either spelling finds either name; a
            # genitive the directory writes, "Clerk's Office", stays its own word)
            and (token not in self.vocab or not raw.endswith("'s"))
        ):
            return token[:-1]
        if len(token) > 5 and token.endswith("aux") and token not in self.vocab and token[:-3] + "al" in self.vocab:
            # a French adjective's plural in "-aux" where the directory writes the singular: "les Ministres
            # provinciaux de X et de Y" for "Ministre provincial de X", "directeurs régionaux", "inspecteurs généraux"
            return token[:-3] + "al"
        if len(token) >= 7 and token not in self.vocab and token.isalpha():
            # a long name word with two letters swapped, a typist's slip: "Socialstyreslen", "le minsitre"
            vocab = self.vocab
            for i in range(1, len(token) - 2):
                if token[i] != token[i + 1]:
                    swapped = token[:i] + token[i + 1] + token[i] + token[i + 2 :]
                    if swapped in vocab:
                        return swapped
            # ... or a long one with a letter dropped inside it: "Statskontret" for "Statskontoret"
            whole = self.dropped.get(token) if len(token) >= _DROPPED_MIN else None
            if whole:
                return self.canon(whole)
        return token

    def key(self, phrase: str, barriers: bool = False) -> tuple[str, ...]:
        """The canonical words of ``phrase``; with ``barriers``, its brackets and stops too, as a text's
        stream holds them (see :class:`_Stream`)."""
        tokens = [
            _BARRIER if barriers and m.group() in _BARRIERS else self.canon(m.group())
            for m in _raw_tokens(fold_loose(phrase))
        ]
        _drop_legal_form(tokens)
        return tuple(token for token in tokens if token and (token[0].isalnum() or token == _BARRIER))

    def _add_path(self, key: tuple[str, ...], dept: DepartmentRef) -> None:
        """Put ``key`` in the trie of names, ending on ``dept`` (the first unit given it keeps it)."""
        if not key:
            return
        node = self.trie
        for token in key:
            node = node.setdefault(token, {})
        node.setdefault(None, dept)

    def level_unit(self, key: tuple[str, ...]) -> DepartmentRef | None:
        """The one unit whose alias ends on ``key``, a lower level's word and a body's name ("district party
        committee": "Ea Lam District Party Committee"); None if no unit's or several units' do."""
        if self._level_suffixes is None:
            suffixes: dict[tuple[str, ...], DepartmentRef | None] = {}
            for alias, dept in self.aliases.items():
                for at, token in enumerate(alias):
                    if token in _LOWER_LEVEL_WORDS and len(alias) - at >= 3:
                        suffix = alias[at:]
                        suffixes[suffix] = dept if suffixes.get(suffix, dept) == dept else None
            self._level_suffixes = suffixes
        return self._level_suffixes.get(key)

    def _places(self, keys_by_dept) -> dict[tuple[str, ...], DepartmentRef]:
        places: dict[tuple[str, ...], DepartmentRef] = {}
        provinces: dict[tuple[str, ...], DepartmentRef] = {}
        # (a place's people's committee before its other units with a word of the head: "Ủy ban nhân dân tỉnh X"
        # before "Tỉnh ủy tỉnh X", whatever the directory's order; the lists after "UBND các tỉnh" name committees)
        by_committee = sorted(keys_by_dept.items(), key=lambda item: not any(map(_names_committee, item[1])))
        for dept, keys in by_committee:
            remainders = Counter()
            province_remainders = Counter()
            for key in keys:
                if not _HEAD_WORDS.intersection(key):
                    continue
                rest = _place_of(key)
                if rest and len(rest) <= _PLACE_MAX:
                    (province_remainders if _PROVINCE_WORDS.intersection(key) else remainders)[rest] += 1
            for rest, count in remainders.items():
                if count >= 2:
                    places.setdefault(rest, dept)
            for rest in province_remainders:
                # (once is enough: a committee of a province among several provinces' committees, below)
                provinces.setdefault(rest, dept)
        self.province_places = {}
        if len(set(provinces.values())) >= 2:
            # a directory of several provinces' committees (a ministry's, the Government's): "Ủy ban nhân dân các
            # tỉnh X, Y" lists them after one head, as a province's letters list its districts
            for rest, dept in provinces.items():
                places.setdefault(rest, dept)
            self.province_places = provinces
        return places


def _names_committee(key: tuple[str, ...]) -> bool:
    """Whether a unit's name (its key) holds a whole committee's head ("ubnd", "uy ban nhan dan", "peoples
    committee"), not only a word of one ("Tỉnh ủy tỉnh X", "Ban Tổ chức Tỉnh ủy X")."""
    return any(key[i : i + len(head)] == head for head in _LIST_HEADS for i in range(len(key) - len(head) + 1))


def _place_of(key: tuple[str, ...]) -> tuple[str, ...]:
    """The place of a committee's name, its head and level words cut off the side they stand on: "Ủy ban nhân dân tỉnh
    Thạch Bàn" is "thach ban" ("ban" a word of the head too), "Hai Ha District People's Committee" "hai ha", "People's
    Committee of An Thuy commune" "an thuy"."""
    skipped = _HEAD_WORDS | _ADMIN_WORDS
    if key[0] in _HEAD_WORDS:
        i, j = 0, len(key)
        while i < j and key[i] in _HEAD_WORDS:
            i += 1
        # "Ủy ban nhân dân quận Bắc Tiến", "UBND huyện Đan Hòa", "UBND xã Đồng Xá": the kind before the name (the
        # Vietnamese way) ends the head; the name's own words may then be a head's or a kind's ("dan", "xa")
        kind_first = i + 1 < j and key[i] in _VI_PLACE_KIND
        if kind_first:
            i += 1
            while i < j and key[i] in _VI_PLACE_KIND_SECOND and key[i - 1] in _VI_PLACE_KIND_PAIRED:
                i += 1  # "thị xã", "thành phố", "các huyện"
        while i < j and key[i] in skipped and not kind_first:
            i += 1
        while j > i and key[j - 1] in _ADMIN_WORDS and not kind_first:
            j -= 1
        return key[i:j]
    j = len(key)
    while j > 0 and key[j - 1] in skipped:
        j -= 1
    return tuple(t for t in key[:j] if t not in skipped)


#: The administration a unit's code gives: "SN" of "SN-PRIM", "CD" of "CD-PM" (``aliases.code_group``).
_code_group = code_group

_NAME_WORD = re.compile(r"[^\W_][\w'’-]*")
#: The place a unit's name closes on, after a comma or a preposition (folded): "Collectorate, Pranahita District",
#: "Délégation régionale de la Santé publique de l'Adamaoua", "Länsstyrelsen i Värmlands län".
_CLOSING_PLACE = re.compile(r".*(?:,\s*|\b(?:of|de|du|des|i|for)\s+(?:la\s+|l['’])?|\bd['’])(?P<place>[^,]+?)\s*")
#: ... or opens on, before a comma: "Ockelbo kommun, Kommunstyrelsen", "Region Gävleborg, Regionstyrelsen".
_OPENING_PLACE = re.compile(r"(?P<place>[^,]+),\s")


def _several_administrations(departments) -> bool:
    """Whether a directory holds the units of several administrations, its codes' prefixes telling them apart
    ("FJ-EKO" "Ekonomiavdelningen", "VB-EKO" "Ekonomiavdelningen Vallby"): two prefixes at least, and names of two
    of them that open or close on the same word, a kind of unit each administration has ("Direction des travaux
    publics" of a town, "Direction départementale des territoires" of a prefecture; "Region Västernorrland,
    Regionstyrelsen" and "Region Jämtland Härjedalen"), or names of two units of one that close (or open) on the
    same place, which no other's do (", Pranahita District", "de l'Adamaoua", "Ockelbo kommun, "). Prefixes that
    only sort one administration's units by their kind give neither ("DEPT-FIN" "Finance Department" and "OFF-PH"
    "Public Health Office")."""
    groups_of: dict[tuple[int, str], set[str]] = {}
    places: dict[str, dict[str, int]] = {}
    for dept in departments:
        group = _code_group(dept)
        folded = fold_loose(dept.name or "").lower()
        name = _NAME_WORD.findall(folded)
        if group is None or not name:
            continue
        for end in ((0, name[0]), (1, name[-1])):
            groups_of.setdefault(end, set()).add(group)
        for place in (_CLOSING_PLACE.fullmatch(folded), _OPENING_PLACE.match(folded)):
            if place is not None:
                held = places.setdefault(place.group("place"), {})
                held[group] = held.get(group, 0) + 1
    if len({group for held in groups_of.values() for group in held}) < 2:
        return False
    return any(len(held) > 1 for held in groups_of.values()) or any(
        len(held) == 1 and max(held.values()) >= 2 for held in places.values()
    )


#: A capitalised word that closes a unit's name, right after its other words (no preposition before it): "Tornvika"
#: of "Socialförvaltningen Tornvika", "SBF Granhöjd".
_LAST_CAPITALISED = re.compile(r"(?<![\w'’])(?P<before>[^\W\d_]+)\s+(?P<place>[A-ZÀ-ÖØ-ÞĐ][^\W\d_]{2,})$")


#: Units of one administration whose names must close on the same word for it to be their place.
_PLACE_UNITS = 3
#: Words after which a capitalised word is a name's own, not a place written after it ("... och Regioner").
_BEFORE_NO_PLACE = words("och and et de du des la le of the for for i va av")


def _without_own_place(index: DepartmentIndex, entries) -> list[tuple[tuple[str, ...], DepartmentRef]]:
    """The names of units written with their administration's place, without it: a directory kept for several
    municipalities holds "Socialförvaltningen Tornvika" and "Socialförvaltningen Granhöjd", which their minutes
    both call "socialförvaltningen". The place is a capitalised word that closes the names of at least three units of
    one administration (their codes' prefix), right after their other words, and no other administration's; a place
    the directory's territories already read ("i Västerlund", ", Ekby kommun") is theirs."""
    holders: dict[str, set] = {}
    for dept, alias in entries:
        last = _LAST_CAPITALISED.search(alias) if _code_group(dept) and " " in alias else None
        if last is not None and fold_loose(last.group("before")).lower() not in _BEFORE_NO_PLACE:
            token = index.key(last.group("place"))
            if len(token) == 1:
                holders.setdefault(token[0], set()).add(dept)
    places = {
        token
        for token, depts in holders.items()
        if len(depts) >= _PLACE_UNITS and len({_code_group(d) for d in depts}) == 1
    }
    if not places:
        return []
    # a word that another administration's names hold too is a kind of unit, not a place ("Department" of "X
    # Construction Department" and of another province's "Department of Health")
    keys = [index.key(alias) if _code_group(dept) and " " in alias else () for dept, alias in entries]
    group_of_place = {token: _code_group(next(iter(holders[token]))) for token in places}
    places -= {
        token
        for (dept, _alias), key in zip(entries, keys, strict=True)
        for token in key
        if token in group_of_place and _code_group(dept) != group_of_place[token]
    }
    places -= set(territories(index.departments))
    return [
        (key[:-1], dept)
        for (dept, _alias), key in zip(entries, keys, strict=True)
        if len(key) > 1 and key[-1] in places
    ]


#: The last word of a unit's name that says what kind of unit it is (folded, English).
_UNIT_NOUNS = words(
    "council division department authority committee office officer board directorate agency commission "
    "corporation administration inspectorate secretariat"
)


def _own_bare_names(bare_names, aliases: dict) -> list[tuple[tuple[str, ...], DepartmentRef]]:
    """The names without their administration's place (``_without_own_place``) that one unit alone carries, of two
    words or more, no alias already and no start of another unit's name ("Assistant Commissioner" of "Assistant
    Commissioner Dhanpur" starts "Assistant Commissioner Mianwala" too: any of them)."""
    holders: dict[tuple[str, ...], set] = {}
    for key, dept in bare_names:
        holders.setdefault(key, set()).add(dept)
    # (a name of a unit's kind once the place is off, "district council", "highways division": not "planning
    # building" of "Planning & Building Services", where "Services" only looked like a place)
    own = [
        (key, next(iter(depts)))
        for key, depts in holders.items()
        if len(depts) == 1 and len(key) > 1 and key[-1] in _UNIT_NOUNS
    ]
    own = [(key, dept) for key, dept in own if key not in aliases]
    if not own:
        return []
    starts = {other[: len(key)] for key, _dept in own for other in aliases if len(other) > len(key)}
    return [
        (key, dept)
        for key, dept in own
        if key not in starts
        or all(aliases[other] == dept for other in aliases if len(other) > len(key) and other[: len(key)] == key)
    ]


def _own_administration(index: DepartmentIndex, prep: Prepared, mentions: list[Mention]) -> None:
    """A name that units of several administrations share, in a text that names the units of one: that
    administration's. "le Premier Ministre" in a communiqué that names the Ministre de l'Hydraulique, the
    Ministre des Finances et du Budget ... of one government is that government's (counted by the units
    only one administration holds)."""
    ambiguous = index.shared_units
    # (also a name the readers found by its field, "socialförvaltningen" of "Socialförvaltningen Tornvika")
    shared = [
        (m, index.key(prep.work[m.start : m.end]))
        for m in mentions
        if m.kind in ("name", "fuzzy") and m.dept in ambiguous
    ]
    shared = [(m, key) for m, key in shared if key in index.shared]
    units: dict[str, set] = {}
    for m in mentions:
        group = _code_group(m.dept) if m.dept is not None and m.dept not in ambiguous else None
        if group:
            units.setdefault(group, set()).add(m.dept)
    if units:
        _own_readings(index, prep, mentions, units)
    for m, key in shared:
        weight = {dept: len(units.get(_code_group(dept), ())) for dept in index.shared[key]}
        best = max(weight, key=weight.get)  # a tie keeps the directory's first unit
        if m.dept in weight and weight[best] > weight[m.dept]:
            m.dept = best


#: A title alone, no field after it, that a directory may give one unit as an alias ("la ministre"), and the article
#: before it (input view).
_BARE_TITLE = re.compile(r"[Mm]inistre|[Dd]irect(?:eur|rice)|[Mm]inister|[Dd]irector")
_BARE_TITLE_AFTER = re.compile(r"(?:^|\s)(?:[Ll][ea]|[Aa]u|à\s+la|[Tt]he)\s+$")


def _own_readings(index: DepartmentIndex, prep: Prepared, mentions: list[Mention], units: dict[str, set]) -> None:
    """A minister's or a service's title, or a name, read as another administration's unit, in a text that names
    the units of one (at least three, twice as many as the other's): read again among that administration's. "la
    Direction des finances" in a city's record is the city's Direction des finances et de la trésorerie, not a State's
    Ministère des Finances that the directory lists first; "le Ministre des Finances" of one government's communiqué
    is that government's; so is its "Ministère de l'Éducation nationale", the exact name of another's. A title the
    text's administration holds no unit for keeps its reading."""
    own = max(units, key=lambda group: len(units[group]))
    count = len(units[own])
    for m in mentions:
        group = _code_group(m.dept) if m.kind in ("fuzzy", "name") and m.dept is not None else None
        if group is None or group == own or count < 3 or count < 2 * len(units.get(group, ())):
            continue
        found = best_unit(_administration_units(index.departments, own), prep.work[m.start : m.end])
        if found is None and m.dept in index.shared_units:
            # "Ekonomidirektören" read as the head of one administration's "Ekonomiavdelningen": the text's own
            # administration's unit of that name
            found = next(
                (d for depts in index.shared.values() if m.dept in depts for d in depts if _code_group(d) == own), None
            )
        if found is not None:
            m.dept = found
        elif _BARE_TITLE_AFTER.search(prep.work, max(0, m.start - 8), m.start) and _BARE_TITLE.fullmatch(
            prep.work, m.start, m.end
        ):
            # "Le Ministre du Budget a présenté ... le Président a demandé au ministre de ...": a bare title, another
            # administration's alias ("la ministre" of a ministry's own releases), here the minister named before
            m.dept, m.kind, m.department_word = None, "backref", True


@lru_cache(maxsize=16)
def _administration_units(departments: tuple[DepartmentRef, ...], group: str) -> Units:
    """The field words of one administration's units (those whose codes open with ``group``)."""
    return Units(tuple(dept for dept in departments if _code_group(dept) == group))


@lru_cache(maxsize=16)
def build_index(departments: tuple[DepartmentRef, ...], territory: str | None = None) -> DepartmentIndex:
    return DepartmentIndex(departments, territory)


#: A company's legal form before "Company", no part of its identity: "X One Member Limited Liability Company"
#: (the Vietnamese "Công ty TNHH MTV") is the directory's "X Company".
_LEGAL_FORMS = (("one", "member", "limited", "liability"), ("limited", "liability"), ("one", "member"))
_COMPANY = "company"


def _drop_legal_form(tokens: list) -> None:
    """Blank (None) the words of a legal form that stands right before "company", in place."""
    for i, word in enumerate(tokens):
        if word != _COMPANY:
            continue
        for form in _LEGAL_FORMS:
            if i >= len(form) and tuple(tokens[i - len(form) : i]) == form:
                tokens[i - len(form) : i] = [None] * len(form)
                break


class _Stream:
    """The canonical tokens of one text (function words dropped) with their offsets.

    Built without a Python loop per token: ``re.split`` keeps the tokens and what lies between,
    ``accumulate`` turns their lengths into offsets, and each distinct token is made canonical once.
    """

    def __init__(self, index: DepartmentIndex, prep: Prepared):
        parts = _SPLIT.split(prep.folded)
        bounds = list(accumulate(map(len, parts)))
        raw = parts[1::2]
        canonical = {token: index.canon(token) for token in set(raw)}
        for barrier in _BARRIERS:
            canonical[barrier] = _BARRIER
        everything = list(map(canonical.__getitem__, raw))
        if "liability" in canonical or "member" in canonical:
            _drop_legal_form(everything)
        kept = [i for i, token in enumerate(everything) if token is not None]
        self.tokens = [everything[i] for i in kept]
        self.starts = [bounds[2 * i] for i in kept]
        self.ends = [bounds[2 * i + 1] for i in kept]
        self.folded = prep.folded


#: The level a Vietnamese unit's name closes on when the territory goes unsaid: "Bệnh viện Đa khoa tỉnh",
#: "Trung tâm Phát triển quỹ đất huyện" (the province's, the district's own). A part of the name it follows.
_LEVEL_AFTER = re.compile(r"[ \t]+(?:tinh|huyen|thanh pho|thi xa|quan)\b")
_LEVEL_TOKENS = words("tinh huyen pho xa quan")
#: An English word of a level below the province, before a body's name: "the District Party Committee".
_LOWER_LEVEL_WORDS = words("district commune ward town")
#: A place's name after the level word ("tỉnh Tân Giang"): the level is that place's, not the unit's own.
_NAME_AFTER = re.compile(r"[ \t]+(\w)")


def _place_named_after(work: str, position: int) -> bool:
    hit = _NAME_AFTER.match(work, position)
    return bool(hit and hit.group(1).isupper())


def _cut_short(node: dict, token: str) -> str | None:
    """The one word of the aliases at ``node`` that ``token`` (three letters or more) is the start of."""
    if len(token) < 3:
        return None
    found = [word for word in node if word is not None and len(word) > len(token) and word.startswith(token)]
    return found[0] if len(found) == 1 else None


#: A conjunction between two names, which the index drops as a function word: "räddningstjänsten och Brännmora
#: Vatten AB", "the Fire Service and Harbour Board".
_NAME_JOINS = (" och ", " and ", " et ", " va ")


def _longest_at(trie: dict, tokens: list[str], k: int) -> int:
    """Where the longest alias that starts at token ``k`` ends (``k`` if none does)."""
    node, j, end = trie, k, k
    while j < len(tokens) and tokens[j] in node:
        node = node[tokens[j]]
        j += 1
        if None in node:
            end = j
    return end


def _cut_at_conjunction(index: DepartmentIndex, stream: _Stream, folded: str, i: int, found: tuple) -> tuple:
    """A match that runs across "och" ("and") into the start of a longer name is two names: "räddningstjänsten
    och Brännmora Vatten AB" is the Räddningstjänsten and Brännmora Vatten AB, not a "Räddningstjänsten Brännmora"
    and the words "Vatten AB" (the conjunction is a function word, dropped from the index's keys)."""
    tokens, starts, ends = stream.tokens, stream.starts, stream.ends
    end = found[0]
    lo, hi = starts[i], ends[end - 1]
    if all(folded.find(join, lo, hi) < 0 for join in _NAME_JOINS):
        return found
    for k in range(i + 1, end):
        if folded[ends[k - 1] : starts[k]] not in _NAME_JOINS:
            continue
        first = index.aliases.get(tuple(tokens[i:k]))
        if first is not None and _longest_at(index.trie, tokens, k) > end:
            return k, first
    return found


def _cut_at_shared_place(index: DepartmentIndex, stream: _Stream, folded: str, i: int, found: tuple) -> tuple:
    """A match that runs across a comma into the start of a longer name whose place both share: "Đảng ủy, UBND xã
    Phú Lộc" is the commune's party committee and its people's committee ("Đảng ủy xã Phú Lộc", "UBND xã Phú
    Lộc"), not a "Đảng ủy UBND" and the words "xã Phú Lộc"."""
    tokens, starts, ends = stream.tokens, stream.starts, stream.ends
    end = found[0]
    if folded.find(",", starts[i], ends[end - 1]) < 0:
        return found
    for k in range(i + 1, end):
        if "," not in folded[ends[k - 1] : starts[k]]:
            continue
        longer = _longest_at(index.trie, tokens, k)
        if longer <= end:
            continue
        first = index.aliases.get(tuple(tokens[i:k]) + tuple(tokens[end:longer]))
        if first is not None:
            return k, first
    return found


def _match_names(index: DepartmentIndex, stream: _Stream, prep: Prepared) -> list[Mention]:
    tokens, starts, ends = stream.tokens, stream.starts, stream.ends
    trie, acronyms = index.trie, index.acronyms
    mentions = []
    n, free, last_end = len(tokens), 0, 0
    for i in [i for i, token in enumerate(tokens) if token in trie or token in acronyms]:
        if i < free:
            continue
        node, j, found = trie, i, None
        while j < n:  # the longest alias from here
            if tokens[j] in node:
                node = node[tokens[j]]
            else:
                # "Chambre d'agri.", "Chambre de comm.": a word cut short by a full stop (a table's narrow column),
                # the one alias word it opens
                whole = _cut_short(node, tokens[j]) if prep.folded.startswith(".", ends[j]) else None
                if whole is None:
                    break
                node = node[whole]
            j += 1
            if None in node:
                found = (j, node[None])
        shared_place = False  # cut where a name sharing its place with the next one ends (no turned-around name)
        if found and found[0] - i >= 2:
            found = _cut_at_conjunction(index, stream, prep.folded, i, found)
            uncut = found[0]
            found = _cut_at_shared_place(index, stream, prep.folded, i, found)
            shared_place = found[0] != uncut
        if found and found[0] - i >= 2 and tokens[i] in _VI_PLACE_KIND_SECOND:
            gap = prep.folded[ends[i] : starts[i + 1]]
            if "," in gap or " va " in gap:
                continue  # "các xã Đồng Xá, Cầu Ngang": a place's last word, then the next place, not "xã Cầu Ngang"
        if found:
            free = found[0]
            if _VICE_BEFORE.search(prep.folded, max(0, starts[i] - 7), starts[i]):
                continue  # "Vice-Premier Ministre", "Deputy Prime Minister": not the Premier Ministre's office
            if (
                found[0] == i + 1
                and tokens[i] in index.written_words
                and prep.work[starts[i] : ends[i]] not in index.written_words[tokens[i]]
            ):
                continue  # "các tỉnh", "tình hình", "Hà Tĩnh": not the one-word alias "Tỉnh" as the text writes it
            # ("Chủ tịch UBND các xã, phường": the chairs of many, the head's title before it)
            titled = 2 if found[0] - i > 2 and tokens[i] == "chu" and tokens[i + 1] == "tich" else 0
            if (
                found[0] < n
                and tokens[found[0]] == "cac"
                and all(t in _HEAD_WORDS for t in tokens[i + titled : found[0]])
            ):
                continue  # "UBND các huyện", "Ủy ban nhân dân các tỉnh X, Y": a head of many, no one unit's short name
            if (
                prep.folded[ends[found[0] - 1] - 1] == "s"
                and not tokens[found[0] - 1].endswith("s")
                and all(t in _HEAD_WORDS for t in tokens[i : found[0]])
            ):
                # "People's Committees of communes and wards", "the People's Committees of A, B and C": the head in the
                # plural names many committees (a list of places after it is read by ``_match_lists``), not the one
                # committee the directory calls by the bare head
                continue
            if (
                found[0] == i + 1
                and prep.work[starts[i]].islower()
                and _THING_BEFORE.search(prep.folded, max(0, starts[i] - 7), starts[i])
            ):
                continue
            if (
                found[0] == i + 1
                and prep.work[starts[i]].islower()
                and prep.folded[ends[i] - 1] == "s"
                and not tokens[i].endswith("s")
                and _PLURAL_BEFORE.search(prep.folded, max(0, starts[i] - 10), starts[i])
            ):
                continue
            end = ends[found[0] - 1]
            level = _LEVEL_AFTER.match(prep.folded, end)
            if level and tokens[found[0] - 1] not in _LEVEL_TOKENS and not _place_named_after(prep.work, level.end()):
                end = level.end()  # "Trung tâm Phát triển quỹ đất huyện": the district's own, the word is the name's
            if (
                i > last_end
                and tokens[i - 1] in _LOWER_LEVEL_WORDS
                and tokens[i - 1] not in tokens[i : found[0]]
                and prep.work[starts[i - 1]].isupper()
                and "\n" not in prep.work[ends[i - 1] : starts[i]]
            ):
                lower = index.level_unit(tuple(tokens[i - 1 : found[0]]))
                if lower is not None and lower != found[1]:
                    # "the Standing Board of the District Party Committee": the district's committee, not the
                    # province's "Party Committee" the words after the level name
                    mentions.append(Mention(starts[i - 1], end, lower, "name"))
                    last_end = found[0]
                    continue
            around = None
            if index.by_words and not shared_place:
                around = _turned_around(index, stream, prep.work, max(last_end, i - 3), i, found[0])
            if around is not None:
                mentions.append(around[0])
                free = last_end = around[1]
                continue
            dept = found[1]
            if (
                index.field_names
                and tuple(tokens[i : found[0]]) in index.field_names
                and not all(prep.work[starts[t]].isupper() for t in range(i, found[0]))
            ):
                continue  # "human resources", "information technology": a field, no unit
            if dept in index.foreign:
                # "the Department of Finance" in a notice of province B, the alias the directory gives both
                # provinces' departments: province B's (else its unit with a longer name opening with it)
                key = tuple(tokens[i : found[0]])
                dept = index.local_shared.get(key) or index.local_longer(key) or dept
            elif index.local_shared and dept not in index.local:
                dept = index.local_shared.get(tuple(tokens[i : found[0]]), dept)
            mentions.append(Mention(starts[i], end, dept, "name"))
            last_end = found[0]
            continue
        token = tokens[i]
        dept = acronyms.get(token)
        written = prep.work[starts[i] : ends[i]].replace("&", "")
        # a long acronym is also written as a name: "la Jirama", "la Sonabel", "l'Ademe"
        if dept is not None and (written.isupper() or (len(written) >= 5 and written.istitle())):
            if token in _HEAD_WORDS and i + 1 < n and tokens[i + 1] == "cac":
                continue  # "UBND các huyện": the head of many (above)
            mentions.append(Mention(starts[i], ends[i], dept, "name"))
    return mentions


def _turned_around(
    index: DepartmentIndex, stream: _Stream, work: str, lo: int, i: int, j: int
) -> tuple[Mention, int] | None:
    """An alias matched at ``i:j`` that is a part of another unit's name written in another order, with up to
    three words before it or one after: "the Dong Lam City People's Committee" is the directory's "People's
    Committee of Dong Lam City", "the Provincial People's Committee Office" its "Office of the Provincial
    People's Committee", not the province's committee. The words must run within one sentence."""
    tokens, starts, ends = stream.tokens, stream.starts, stream.ends
    turned = index.turned_words  # a cheap look first: every word must be one of such a name's
    if not all(token in turned for token in tokens[i:j]):
        return None
    first = i
    while first > lo and tokens[first - 1] in turned:
        first -= 1
    lo = first
    if lo == i and (j >= len(tokens) or tokens[j] not in turned):
        return None
    own = index.aliases.get(tuple(tokens[i:j]))
    for after in (1, 0):
        if after and (j >= len(tokens) or tokens[j] not in turned):
            continue
        for before in range(i - lo, -1, -1):
            if before == after == 0:
                continue
            dept = index.by_words.get(tuple(sorted(tokens[i - before : j + after])))
            # the same unit's whole name turned around ("the People's Committee of Binh Son commune" for "Binh Son
            # Commune People's Committee", the alias "Binh Son commune" inside it): the mention takes it all
            if dept is None or (dept == own and not before):
                continue
            start, end = starts[i - before], ends[j + after - 1]
            if "\n" in work[start:end] or ". " in work[start:end]:
                continue
            return Mention(start, end, dept, "name"), j + after
    return None


def _place_at(
    index: DepartmentIndex, tokens: list[str], i: int, provinces: bool = False
) -> tuple[int, DepartmentRef | None]:
    """The place named at ``i`` and its committee; a province's committee first after "các tỉnh" (``provinces``),
    where a city of the same name has its own."""
    places = index.province_places if provinces and index.province_places else index.places
    for length in range(min(_PLACE_MAX, len(tokens) - i), 0, -1):
        dept = places.get(tuple(tokens[i : i + length]))
        if dept is not None:
            return length, dept
    return 0, None


def _match_lists(index: DepartmentIndex, stream: _Stream) -> list[Mention]:
    """Find the committees named by a shared head and a list of places."""
    tokens, starts, ends = stream.tokens, stream.starts, stream.ends
    mentions = []
    if not index.places:
        return mentions
    n = len(tokens)
    listed: set[int] = set()  # the places of the lists after a head (token indices)
    for i in [i for i, token in enumerate(tokens) if token in _HEAD_WORDS]:
        for head in _LIST_HEADS:
            if tuple(tokens[i : i + len(head)]) == head:
                break
        else:
            continue
        j, first = i + len(head), True
        provinces = False  # "Ủy ban nhân dân các tỉnh X, Y": the provinces' committees
        for _ in range(12):
            # ("UBND các phường Thanh Lam, Bình Khê": a place's name may open on a kind's word, "thanh")
            while j < n and tokens[j] in _ADMIN_WORDS and (j == i + len(head) or not _place_at(index, tokens, j)[1]):
                provinces = provinces or (first and tokens[j] in _PROVINCE_WORDS)
                j += 1
            if first and j < n and j > i + len(head) and tokens[j] == _BARRIER and stream.folded[starts[j]] == ":":
                j += 1  # "UBND các phường: A, B và C": the places listed after the kind and a colon
            length, dept = _place_at(index, tokens, j, provinces) if j < n else (0, None)
            if not dept:
                break
            mentions.append(Mention(starts[i] if first else starts[j], ends[j + length - 1], dept, "list"))
            listed.add(j)
            first, j = False, j + length
        if head == ("peoples", "committee") and first:
            mentions.extend(_places_before(index, stream, i))
    # "asked Hai Ha district to ...", "Mong Cai city must ...", "Pa Lang commune must ...": a locality named by
    # its kind stands for its people's committee (the English editions' way)
    where_end = -1  # where the last Vietnamese locality named as a place ended ("của huyện A và huyện B")
    for i in [i for i, token in enumerate(tokens) if token in index.place_first]:
        length, dept = _place_at(index, tokens, i)
        if dept is not None and i and tokens[i - 1] in _VI_KIND_LAST:
            # "đề nghị huyện Lâm Hà tập trung ...", "thị xã Phú An khẩn trương ...": the Vietnamese way, the kind first
            if i in listed:
                continue  # "UBND huyện A, huyện B": a list after the head, read above
            mention, where_end = _vi_locality(index, stream, i, length, dept, where_end)
            if mention is not None:
                mentions.append(mention)
            continue
        if dept is None or i + length >= n or tokens[i + length] not in _LOCALITY_KINDS or i in listed:
            # ("the People's Committees of A, B provinces and C city": C read in the list above, its kind after it)
            continue
        if i + length + 1 < n and tokens[i + length + 1] in _HEAD_WORDS:
            continue  # "Hai Ha District People's Committee": the alias says it
        mentions.append(Mention(starts[i], ends[i + length], dept, "list"))
    return mentions


#: The kinds of Vietnamese locality, before its name (folded words): "huyện", "thị xã", "thành phố", "quận", "xã",
#: "phường".
_VI_KINDS = (("thi", "xa"), ("thanh", "pho"), ("huyen",), ("quan",), ("xa",), ("phuong",))
_VI_KIND_LAST = frozenset(kind[-1] for kind in _VI_KINDS)
#: Words that put a locality as the place of something (folded): "của", "thuộc", "tại", "ở", "trong" ("địa bàn" ends on
#: a head word already).
_VI_WHERE_BEFORE = words("cua thuoc tai o trong")


def _vi_locality(
    index: DepartmentIndex, stream: _Stream, i: int, length: int, dept: DepartmentRef, where_end: int
) -> tuple[Mention | None, int]:
    """A district (town, commune) named by its kind and its name, with no committee before it: "huyện Lâm Hà" is
    the directory's "Ủy ban nhân dân huyện Lâm Hà" (of that kind: not "xã Lâm Hà" for the district). Not in a list
    after a committee's head ("UBND các huyện ..."), which :func:`_match_lists` reads, nor as the place of something
    ("... thuộc 07 xã của huyện Lâm Hà và huyện Đạ Tẻh"): with where the last such place ended."""
    tokens = stream.tokens
    for kind in _VI_KINDS:
        first = i - len(kind)
        if first >= 0 and tuple(tokens[first:i]) == kind:
            break
    else:
        return None, where_end
    if " ".join(kind) not in fold_loose(dept.name).lower():
        return None, where_end
    j = first
    while j > 0 and tokens[j - 1] in _ADMIN_WORDS:
        j -= 1
    if j > 0 and tokens[j - 1] in _HEAD_WORDS:
        return None, where_end
    if j == where_end or (j > 0 and tokens[j - 1] in _VI_WHERE_BEFORE):
        return None, i + length  # a place (the conjunction and the comma between two are no tokens)
    return Mention(stream.starts[first], stream.ends[i + length - 1], dept, "list"), where_end


def _places_before(index: DepartmentIndex, stream: _Stream, head: int) -> list[Mention]:
    """``Dam Ha, Dong Trieu and Tien Yen People's Committees``: places before an English head."""
    tokens, starts, ends = stream.tokens, stream.starts, stream.ends
    found, j, last = [], head, True
    for _ in range(12):
        while j > 0 and tokens[j - 1] in _ADMIN_WORDS:
            j -= 1
        for length in range(min(_PLACE_MAX, j), 0, -1):
            dept = index.places.get(tuple(tokens[j - length : j]))
            if dept is not None:
                end = ends[head + 1] if last else ends[j - 1]
                found.append(Mention(starts[j - length], end, dept, "list"))
                j, last = j - length, False
                break
        else:
            break
    return found[::-1]


def _match_backrefs(prep: Prepared) -> list[Mention]:
    found = [
        Mention(start, end, None, "backref", department_word=says_department)
        for start, end, says_department in find_backrefs(prep)
    ]
    places = [Mention(start, end, None, "backref", place_word=True) for start, end in find_place_backrefs(prep)]
    found += _remove_overlapping(found, places)
    inquiries = [
        Mention(start, end, None, "backref", inquiry_word=True) for start, end in find_investigator_backrefs(prep)
    ]
    return sorted(found + _remove_overlapping(found, inquiries), key=lambda m: m.start)


#: A committee of inquiry by its name: "Utredningen om ... (S 2025:09)", "Kommittén för ...", or its
#: designation alone ("(Fi 2006:07)"); a committee named by its terms of reference ("Parlamentariska kommittén om ...
#: (Dir. 2026:38)", "En parlamentarisk kommitté om ...").
_INQUIRY_NAME = re.compile(
    r"^(?:utredningen|kommitten)\b|\([a-z]{1,4}\s+\d{4}:\d{1,3}\)|\bkommitten?\b|\(dir\.\s*\d{4}:\d{1,3}\)"
)
_inquiries: dict[DepartmentRef, bool] = {}


def _is_inquiry(dept: DepartmentRef) -> bool:
    known = _inquiries.get(dept)
    if known is None:
        known = any(_INQUIRY_NAME.search(fold_loose(name)) for name in (dept.name, *dept.aliases))
        if len(_inquiries) < 10_000:
            _inquiries[dept] = known
    return known


#: A unit of a district, town, city, commune or ward (its committee), by its name or an alias.
_LOCAL_UNIT = re.compile(
    r"\b(?:District|Town|City|Commune|Ward|district|huyện|thị xã|thành phố|xã(?! hội)|phường|ville)\b"
)
_local_units: dict[DepartmentRef, bool] = {}
#: The kinds of local unit a Vietnamese sentence may name alone for the one named before (folded view).
_VI_PLACE_KINDS = frozenset(("huyen", "thi xa", "quan", "xa", "phuong"))


#: A place's Party committee by its name (folded): "Huyện ủy X", "Ban Thường vụ Tỉnh ủy", "Thành ủy Y", "Đảng ủy xã Z",
#: "Đảng bộ huyện X": no local unit; the place named alone ("Huyện cần ...") is its People's Committee.
_PARTY_COMMITTEE = re.compile(r"\s*(?:ban\s+thuong\s+vu\s+)?(?:(?:huyen|tinh|thanh|quan|thi|dang)\s+uy|dang\s+bo)\b")


def _is_local_unit(dept: DepartmentRef) -> bool:
    known = _local_units.get(dept)
    if known is None:
        known = not _PARTY_COMMITTEE.match(fold_loose(dept.name)) and any(
            _LOCAL_UNIT.search(name) for name in (dept.name, *dept.aliases)
        )
        if len(_local_units) < 10_000:
            _local_units[dept] = known
    return known


#: A minister's or a ministry's title opening a name, and a ministry's name in the directory.
_MINISTER_TITLE = re.compile(r"(?:(?:le|la|au|du|the)\s+)?(?:[Mm]inist(?:re|ère|er|ry)|[Mm]inistern)\b")
_MINISTRY_NAME = re.compile(r"\b(?:[Mm]inist(?:ère|ere|ry|erio)|[Mm]inistre)\b|departementet\b")
#: A member's title on a body that heads the department of his field: "County Executive Committee Member for Health".
_BODY_MEMBER_TITLE = re.compile(BODY_MEMBER_TITLE)


def _widened_by_readers(mentions: list[Mention], readers: list[Mention], work: str) -> list[Mention]:
    """Drop the alias matches that a reader's name of the same unit holds and goes past: "le ministre de
    l'Agriculture", "ministre de l'Administration territoriale et de la Décentralisation" are one name,
    the head's, not the field alias "Agriculture" with words around it (the reader's name then takes its place).
    So is an alias inside a longer minister's title whose other words the alias's unit lacks: in a directory
    of two governments, "Ministre des Finances et du Budget" is the one with the Budget, not the other's
    "Finances"."""
    if not readers:
        return mentions
    mentions = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in mentions]
    dropped: set[int] = set()
    for reader in readers:
        for j in range(bisect_left(starts, reader.start), len(mentions)):
            mention = mentions[j]
            if mention.start >= reader.end:
                break
            inside = mention.end <= reader.end and (mention.start, mention.end) != (reader.start, reader.end)
            if inside and (
                mention.dept == reader.dept
                or (
                    mention.kind == "name"
                    and mention.dept is not None
                    and reader.dept is not None
                    and not holds_field(mention.dept, work[reader.start : reader.end])
                    and holds_field(reader.dept, work[reader.start : reader.end])
                )
                # "Ministre des Travaux publics" in a directory that also holds a town's "Service des travaux
                # publics" (alias "Travaux publics"): a minister's title names the ministry, not the service
                or (
                    mention.kind == "name"
                    and mention.dept is not None
                    and reader.dept is not None
                    and _MINISTER_TITLE.match(work, reader.start, reader.end)
                    and _MINISTRY_NAME.search(reader.dept.name)
                    and not _MINISTRY_NAME.search(mention.dept.name)
                )
                # "the County Executive Committee Member for Health": the member heads the Health department; the
                # executive committee he sits on is no unit of the name
                or (mention.kind == "name" and _BODY_MEMBER_TITLE.match(work, reader.start, reader.end))
            ):
                dropped.add(j)
    return [m for j, m in enumerate(mentions) if j not in dropped] if dropped else mentions


def _overlaps(spans_start: list[int], spans: list[Mention], start: int, end: int) -> bool:
    k = bisect_left(spans_start, start)
    return any(0 <= j < len(spans) and spans[j].start < end and start < spans[j].end for j in (k - 1, k))


#: After a unit's name that opens on a plural title, the second place or field the title is shared with (folded):
#: "les préfets de la Somme et de l'Oise", "les maires de Vitry et d'Ivry".
_SHARED_TITLE_JOINT = re.compile(r"\s+et\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')(?=\w)")
_PLURAL_TITLE = re.compile(r"[^\W\d_]{3,}s\s")


def _shared_title(index: DepartmentIndex, stream: _Stream, prep: Prepared, mentions: list[Mention]) -> list[Mention]:
    """The second unit named under one plural title: "les préfets de la Somme et de l'Oise" names the directory's
    "préfet de la Somme" and "préfet de l'Oise"; the second is read as the title and the words after "et de"."""
    found = []
    tokens, starts, ends = stream.tokens, stream.starts, stream.ends
    n = len(tokens)
    for mention in mentions:
        if mention.kind != "name" or " et d" not in prep.folded[mention.end : mention.end + 6]:
            continue
        joint = _SHARED_TITLE_JOINT.match(prep.folded, mention.end)
        if joint is None or not _PLURAL_TITLE.match(prep.folded, mention.start):
            continue
        i, k = bisect_left(starts, mention.start), bisect_left(starts, joint.end())
        if i >= n or k >= n or starts[i] != mention.start or tokens[i] not in index.trie:
            continue
        hit = None
        # ("les Ministres provinciaux de l'Agriculture et des Infrastructures": a title of two words, the second read
        # with the first)
        title, t = index.trie[tokens[i]], i + 1
        while hit is None and title is not None:
            node, j = title, k
            while j < n and tokens[j] in node:
                node, j = node[tokens[j]], j + 1
                if None in node:
                    hit = (j, node[None])
            title = title.get(tokens[t]) if t < min(k, i + 3) and ends[t] <= mention.end else None
            t += 1
        if hit is not None and hit[1] != mention.dept:
            found.append(Mention(starts[k], ends[hit[0] - 1], hit[1], "list"))
    return found


#: The plural head two English names share, at a name's end (folded): "the Health and Labour Departments".
_EN_PLURAL_HEAD = re.compile(r"(?:departments|directorates|divisions|ministries|offices|boards|agencies)$")


def _en_shared_head(index: DepartmentIndex, stream: _Stream, prep: Prepared, mentions: list[Mention]) -> list[Mention]:
    """The first unit named under a plural head written once after the second: "the Health & Family Welfare and
    Labour & ESI Departments" names the directory's "Health & Family Welfare Department" too; read as the words
    before "and" and the head in the singular."""
    found = []
    folded, tokens, starts, ends = prep.folded, stream.tokens, stream.starts, stream.ends
    for mention in mentions:
        if mention.kind != "name" or not folded.endswith(" and ", 0, mention.start):
            continue
        plural = _EN_PLURAL_HEAD.search(folded, mention.start, mention.end)
        i = bisect_left(starts, mention.start)
        if i == 0 or i >= len(tokens) or starts[i] != mention.start:
            continue
        if plural is None:
            if folded.endswith("s", 0, mention.end):
                found += _en_places_before_head(index, stream, i, bisect_left(starts, mention.end), mention)
            continue
        head = index.canon("agency" if plural.group() == "agencies" else plural.group()[:-1].replace("ie", "y"))
        hit = None
        for k in range(i - 1, max(-1, i - 7), -1):  # the first unit's words, up to six, before "and"
            if tokens[k] == _BARRIER:
                break
            node = index.trie
            for token in (*tokens[k:i], head):
                node = node.get(token) if node is not None else None
            if node is not None and None in node and node[None] != mention.dept:
                hit = Mention(starts[k], ends[i - 1], node[None], "list")
        if hit is not None:
            found.append(hit)
    return found


def _en_places_before_head(
    index: DepartmentIndex, stream: _Stream, i: int, stop: int, mention: Mention
) -> list[Mention]:
    """The units of places listed before a name whose head, in the plural, they share: "the Jaipur, Ajmer and
    Jodhpur Power Distribution Companies" names the Jaipur and the Ajmer companies too (each place, one or two
    words, put before the head in the singular)."""
    tokens, starts, ends, folded = stream.tokens, stream.starts, stream.ends, stream.folded
    for size in (1, 2):
        tail = tokens[i + size : stop]
        if not tail or any(ends[t] != starts[t + 1] - 1 for t in range(i, i + size)):
            break
        hits, end = [], i
        while end - size >= 0:
            k = end - size
            gap = folded[ends[end - 1] : starts[end]]
            if gap not in ((" and ", ", and ") if end == i else (", ",)):
                break
            if any(tokens[t] == _BARRIER or ends[t] != starts[t + 1] - 1 for t in range(k, end - 1)):
                break
            node = index.trie
            for token in (*tokens[k:end], *tail):
                node = node.get(token) if node is not None else None
            if node is None or None not in node or node[None] == mention.dept:
                break
            hits.append(Mention(starts[k], ends[end - 1], node[None], "list"))
            end = k
        if hits:
            return hits[::-1]
    return []


def _remove_overlapping(kept: list[Mention], extra: list[Mention]) -> list[Mention]:
    kept.sort(key=lambda m: m.start)
    starts = [m.start for m in kept]
    return [m for m in extra if not _overlaps(starts, kept, m.start, m.end)]


def find_mentions(
    index: DepartmentIndex, prep: Prepared, reference_spans: list[tuple[int, int]]
) -> tuple[list[Mention], list[UnknownDepartment]]:
    """Return the department mentions of a text, in order, and the unknown department names."""
    stream = _Stream(index, prep)
    mentions = _match_names(index, stream, prep)
    mentions += _remove_overlapping(mentions, _match_lists(index, stream))
    if " et d" in prep.folded:
        mentions += _remove_overlapping(mentions, _shared_title(index, stream, prep, mentions))
    if " and " in prep.folded:
        mentions += _remove_overlapping(mentions, _en_shared_head(index, stream, prep, mentions))
    readers = [
        Mention(start, end, dept, "fuzzy")
        for name in find_reader_names(index.departments, prep.work, index.territory)
        for start, end, dept in name.parts
    ]
    mentions = _widened_by_readers(mentions, readers, prep.work)
    mentions += _remove_overlapping(mentions, readers)
    unknowns: list[UnknownDepartment] = []
    closest: dict[str, DepartmentRef | None] = {}  # each distinct name is compared once
    keys: dict[str, str] = {}
    reorderings: dict[str, DepartmentRef | None] = {}  # each distinct name is looked up once
    fuzzy = []
    mentions.sort(key=lambda m: m.start)
    starts = [m.start for m in mentions]
    for start, end in find_department_names(prep):
        if _overlaps(starts, mentions, start, end):
            # a long name written in another order, with a short alias of another unit inside it ("... of Traffic
            # Works" holds "Works"): the whole name's unit, the short one dropped
            k = bisect_left(starts, start)
            inside = [m for m in mentions[max(0, k - 1) : k + 4] if m.start < end and start < m.end]
            if (
                inside
                and inside[0].start >= start
                and inside[-1].end <= end
                and 2 * sum(m.end - m.start for m in inside) < end - start
            ):
                reordered = _reordered_name(index, prep.work, start, end, reorderings)
                if reordered is not None and all(m.dept != reordered.dept for m in inside):
                    for m in inside:
                        mentions.remove(m)
                    starts = [m.start for m in mentions]
                    fuzzy.append(reordered)
            continue
        reordered = _reordered_name(index, prep.work, start, end, reorderings)
        if reordered is not None and not _overlaps(starts, mentions, reordered.start, start):
            fuzzy.append(reordered)
            continue
        name = prep.work[start:end]
        key = keys.get(name)
        if key is None:
            key = keys[name] = " ".join(index.key(name))
        if not key:
            continue
        if key not in closest:
            if len(closest) >= MAX_NAMES:
                continue
            choices, depts = index.fuzzy_pool(vi_name_kind(tuple(key.split(" "))))
            hit = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
            closest[key] = depts[hit[2]] if hit is not None else None
            if hit is None:
                unknowns.append(UnknownDepartment(prep.work[start:end], start, end))
        if closest[key] is not None:
            fuzzy.append(Mention(start, end, closest[key], "fuzzy"))
    mentions += _remove_overlapping(mentions, fuzzy)
    if "inistre " in prep.work:
        mentions.sort(key=lambda m: m.start)
        mentions += _remove_overlapping(mentions, _ministers_by_name(prep.work, mentions))
        if "tat" in prep.work or "Vice-" in prep.work:
            mentions += _remove_overlapping(mentions, _ministers_by_rank(prep.work, mentions))
    if "prefet" in prep.folded or "recteur" in prep.folded or "rectrice" in prep.folded:
        mentions.sort(key=lambda m: m.start)
        mentions += _remove_overlapping(mentions, _fr_head_titles_again(prep.folded, prep.work, mentions))
    mentions += _remove_overlapping(mentions, _match_backrefs(prep))
    mentions.sort(key=lambda m: m.start)
    mentions += _remove_overlapping(mentions, _investor_backrefs(prep, mentions))
    if "nha thau" in prep.folded:
        mentions += _remove_overlapping(mentions, _contractor_backrefs(prep, mentions))
    mentions.sort(key=lambda m: m.start)
    if "(the " in prep.work or "(hereinafter" in prep.work:
        mentions += _remove_overlapping(mentions, _defined_names(prep, mentions))
        mentions.sort(key=lambda m: m.start)
    if " là " in prep.work and ("gọi tắt là " in prep.work or "gọi chung là " in prep.work or "gọi là " in prep.work):
        mentions += _remove_overlapping(mentions, _vi_defined_names(prep, mentions))
        mentions.sort(key=lambda m: m.start)
    if "(" in prep.work:
        defined = _defined_acronyms(index, prep, mentions)
        if defined:
            mentions += _remove_overlapping(mentions, defined)
            mentions.sort(key=lambda m: m.start)
    if " projet " in prep.work or " mission " in prep.work or "esponsable " in prep.work:
        short = _titles_without_programme(prep, mentions)
        if short:
            mentions += _remove_overlapping(mentions, short)
            mentions.sort(key=lambda m: m.start)
    if " to " in prep.work or " BE " in prep.work:
        addressed = _addressed_by_field(index, prep, mentions)
        if addressed:
            mentions += _remove_overlapping(mentions, addressed)
            mentions.sort(key=lambda m: m.start)
    unknowns.sort(key=lambda u: u.start)
    if index.shared or index.several_administrations:
        # (a directory of several administrations with no name in common: "ekonomiavdelningen" in a protocol of
        # Vallby, whose directory holds Fjällsund's "Ekonomiavdelningen" and "Ekonomiavdelningen Vallby")
        _own_administration(index, prep, mentions)
    _widened_by_name_head(mentions, prep.work)
    if " de la " in prep.folded or " du " in prep.folded or " de l'" in prep.folded:
        _widened_by_parent(mentions, prep.folded)
    if ", " in prep.work:
        _widened_past_comma(mentions, prep.folded)
    if " et " in prep.folded:
        _widened_past_et(mentions, prep.folded)
    if "Văn phòng " in prep.work or "Thanh tra " in prep.work:
        _offices_of_another_parent(mentions, prep)
    terms_inquiry = (
        _inquiry_of_terms(index.departments, prep.folded)
        if any(m.inquiry_word for m in mentions) and "direktiv" in prep.folded[:400]
        else None
    )
    _mark_roles(mentions, prep, reference_spans, index.department_like, terms_inquiry)
    return mentions, unknowns


#: The words of an inquiry's name that say what kind of body it is, not what it is about (folded).
_INQUIRY_KIND_WORDS = words(
    "utredningen utredning kommitten kommitte om for av med och i en ett den det parlamentarisk parlamentariskt "
    "sammansatt sarskild sarskilda dir "
    # (words a title of any subject may hold: "Ett nytt regelverk för ...", "Ökad trygghet i hela landet")
    "nytt nyare hela landet inom samt over mellan under genom battre okad starkt starkare vissa fragor"
)
_TITLE_WORD = re.compile(r"[a-z]{4,}")
#: The number of a committee's terms of reference on its line, under their title (folded): "Dir. 2026:58".
_DIRECTIVE_NUMBER = re.compile(r"(?:^|\n)[ \t]*dir\.?\s*(?:19|20)\d\d:\d{1,3}[ \t]*(?:\n|$)")


def _inquiry_of_terms(departments: tuple[DepartmentRef, ...], folded: str) -> DepartmentRef | None:
    """The inquiry a kommittédirektiv charges, when it names it only as "Kommittén", "Utredaren" ("En särskild
    utredare ska ..."): the directory's one inquiry whose name shares the most words of its subject with the terms'
    title (the lines above their number, "Dir. 2026:58"): "Trygg dricksvattenförsörjning i hela landet" for
    "Kommittén om trygg dricksvattenförsörjning (LI 2026:02)". None where the terms show no number and title, no
    inquiry's name shares a word with it, or two share as many."""
    number = _DIRECTIVE_NUMBER.search(folded, 0, 600)
    if number is None:
        return None
    head = {w[:7] for w in _TITLE_WORD.findall(folded, 0, number.start()) if w not in _INQUIRY_KIND_WORDS}
    best, best_score, tied = None, 0, False
    for dept in departments:
        if not _is_inquiry(dept):
            continue
        name = fold_loose(dept.name).lower()
        subject = {w[:7] for w in _TITLE_WORD.findall(name) if w not in _INQUIRY_KIND_WORDS}
        score = len(subject & head)
        if score * 2 <= len(subject):
            # (not "Utredningen om fiskets framtid" for "Kustbevakningens framtida uppgifter": most of the inquiry's
            # subject, not one word of it)
            continue
        if score > best_score:
            best, best_score, tied = dept, score, False
        elif score == best_score and score and dept is not best:
            tied = True
    return None if tied else best


#: A Vietnamese parent's office or inspectorate by its short name, "Văn phòng Sở", "Thanh tra Bộ" (folded, lower), and
#: the parent a unit's name gives after it: "Văn phòng Sở Xây dựng tỉnh X" is of "xay dung".
_VI_OFFICE_SHORT = re.compile(r"(?:van phong|thanh tra) (?:so|bo)")
_VI_OFFICE_PARENT = re.compile(r"(?:van phong|thanh tra) (?:so|bo) ")
_VI_WORD = re.compile(r"[a-z]+")
#: The first parent a Vietnamese text names (working view): "SỞ Y TẾ TỈNH X" in its header, "Sở Y tế" (a capital
#: after it; not "Giám đốc Sở kết luận", the text's own Sở named again).
_VI_FIRST_PARENT = re.compile(r"(?<!\w)(?:Sở|SỞ|Bộ|BỘ)\s+(?=(\w))")


#: Vietnamese family names (folded, lower): "Phó Giám đốc Sở Trần Quốc Bảo" names the official after his Sở's title,
#: no Sở of a field "Trần Quốc".
_VI_FAMILY_NAMES = words(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh dao trinh mai luong cao ta ha lam "
    "to chau thai quach doan trieu khuc luu kieu"
)
_VI_CAPITAL_WORD = re.compile(r"\s+[A-ZÀ-ỸĐ]")


def _vi_person(hit: re.Match, prep: Prepared, lower: str) -> bool:
    """Whether the words after "Sở", "Bộ" are a person's name: a family name, then a word in capitals ("Giám đốc Sở
    Nguyễn Văn A": the official, his Sở unnamed)."""
    first = _VI_WORD.match(lower, hit.end())
    return (
        first is not None
        and first.group() in _VI_FAMILY_NAMES
        and _VI_CAPITAL_WORD.match(prep.work, first.end()) is not None
    )


def _offices_of_another_parent(mentions: list[Mention], prep: Prepared) -> None:
    """Drop "Văn phòng Sở", "Thanh tra Sở" where the unit the directory gives that short name is the office of another
    parent than the text's own (the first Sở or Bộ it names): a Sở Y tế notice's "Văn phòng Sở" is not the office
    of Sở Xây dựng, the only one the directory holds."""
    lower = prep.folded.lower()
    first = next(
        (
            hit
            for hit in _VI_FIRST_PARENT.finditer(prep.work)
            if hit.group(1).isupper() and not _vi_person(hit, prep, lower)
        ),
        None,
    )
    if first is None:
        return  # (a text that never names its Sở: its office is the directory's)
    named = _VI_WORD.findall(lower, first.end(), first.end() + 40)[:2]
    if not named or not any(c in "aeiouy" for c in named[0]):
        return  # "SỞ GTVT TỈNH X": its Sở by initials, not compared
    for mention in list(mentions):
        if mention.dept is None or mention.end - mention.start > len("thanh tra so") + 1:
            continue
        if not _VI_OFFICE_SHORT.fullmatch(lower, mention.start, mention.end):
            continue
        name = fold_loose(mention.dept.name).lower()
        parent = _VI_OFFICE_PARENT.match(name)
        # (the parent's field, its first two words: "xay dung" of "Sở Xây dựng tỉnh X", "Sở Xây dựng X")
        if parent is not None and _VI_WORD.findall(name, parent.end())[:2] != named:
            mentions.remove(mention)


_CAPITALISED_NAME = r"[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+|for\s+|&\s+)?[A-Z][\w'’-]*){0,3}"
#: An English order's addressee named by its field or by its holders' title, in capitals, where no alias covers it
#: (input view): "directed the Collectors to ...", "Superintendents of Police were directed to ...", "That Operations
#: BE DIRECTED to ...".
_EN_FIELD_ADDRESSEE = re.compile(
    # (the first letter of each form below, tested once where a match may start, then a word's start, which each
    # form needs: a cheap way past other places)
    r"(?=[A-Zadirtu])(?<!\w)(?:"
    r"\b(?:directed|instructed|asked|requested|told|urged|tasked)\s+(?:the\s+)?(?P<told>" + _CAPITALISED_NAME + r")"
    r"(?=\s+(?:to|and)\s)"
    r"|(?:^|(?<=[.;:]\s)|(?<=\n))(?:[Tt]he\s+)?(?P<passive>" + _CAPITALISED_NAME + r")\s+(?:was|were|is|are)\s+"
    r"(?:also\s+)?(?:directed|instructed|asked|requested|told|urged|tasked)\s+to\s"
    r"|\b(?:That|THAT)\s+(?:the\s+)?(?P<motion>" + _CAPITALISED_NAME + r")\s+BE\s+[A-Z]{4,}\b"
    r")"
)
#: Words one of which ``_EN_FIELD_ADDRESSEE`` needs: with none in a text, it is not scanned.
_EN_FIELD_WORDS = ("directed", "instructed", "asked", "requested", "told", "urged", "tasked", "That", "THAT")
#: The title of the officials who head a unit, before its field: "Superintendents of Police", "the Commissioner of".
_HOLDERS_OF = re.compile(
    r"(?:superintendents?|inspectors?(?:\s+general)?|commissioners?|directors?(?:\s+general)?|heads?|chiefs?)\s+of\s+"
    r"(?:the\s+)?"
)
_NAME_WORD_SPLIT = re.compile(r"[a-z0-9]+")
#: Words that address a council's or a government's staff at large, no unit ("That Administration BE DIRECTED",
#: "Officers were asked to ...").
_STAFF_AT_LARGE = words(
    "administration staff council officers officer officials official management members member board committee "
    "city county government state everyone all departments agencies "
    # the people a body asks, no unit ("requested the Farmers to register", "urged the Public to conserve water")
    "public community residents resident farmers farmer citizens citizen students student engineers "
    "people villagers traders parents"
)
#: The words that end a unit's name or a part of it, after its head ("Operations" in "Public Works and Operations
#: Department", "Police" in "District Police"; not "Farmers" in "Farmers Welfare", a modifier).
_NAME_PART_ENDS = frozenset(
    (
        *("department", "departments", "office", "offices", "division", "ministry", "directorate", "board", "agency"),
        *("service", "services", "unit", "wing", "cell", "section", "branch", "bureau", "authority", "commission"),
        *("corporation", "council", "committee", "secretariat", "administration", "and", "of", "for", "the", "&"),
    )
)


def _addressed_by_field(index: DepartmentIndex, prep: Prepared, mentions: list[Mention]) -> list[Mention]:
    """Addressees of English orders that no alias names, looked up by their field (``readers.best_unit``): "the
    Collectors" for a unit whose name holds "District Collectors", "Superintendents of Police" (the holders' title
    dropped) for the police, "Operations" for "Public Works and Operations Department"."""
    found: list[Mention] = []
    units = None
    if not any(map(prep.work.__contains__, _EN_FIELD_WORDS)):
        return found
    starts = [m.start for m in mentions]
    for hit in _EN_FIELD_ADDRESSEE.finditer(prep.work):
        group = "told" if hit.group("told") else "passive" if hit.group("passive") else "motion"
        start, end = hit.span(group)
        if _overlaps(starts, mentions, start, end):
            continue
        phrase = prep.folded[start:end]
        title = _HOLDERS_OF.match(phrase)
        field = phrase[title.end() :] if title else phrase
        if not field or all(word in _STAFF_AT_LARGE or word in FUNCTION_WORDS for word in field.split()):
            continue
        if units is None:
            units = Units(index.departments, index.territory)
        dept = best_unit(units, field)
        if (
            dept is not None
            and _holds_words(dept, field)
            and (head := _heads_a_name(dept, field))
            # (not two units named alike up to that word: "the Engineers" for two "Executive Engineer, X Division"
            # is neither)
            and not any(
                other is not dept and _holds_words(other, field) and _heads_a_name(other, field) & head
                for other in index.departments
            )
            # (nor "Collectors" for one "Office of the District Collector, Sonegarh": one of the holders addressed)
            and not _one_place_holder(dept, field)
        ):
            found.append(Mention(start, end, dept, "fuzzy"))
    return found


def _one_place_holder(dept: DepartmentRef, field: str) -> bool:
    """Where ``field`` ends on a title in the plural ("Collectors") that the names of ``dept`` hold only in the
    singular, with a place after it ("Office of the District Collector, Sonegarh"): the unit is one of the holders
    the order addresses, not the addressee."""
    tokens = [t for t in _NAME_WORD_SPLIT.findall(field) if t not in FUNCTION_WORDS and t not in _READER_HEADS]
    if not tokens or len(tokens[-1]) < 4 or not tokens[-1].endswith("s"):
        return False
    names = [_NAME_TOKEN.findall(name) for name in folded_names(dept)]
    if any(tokens[-1] in words for words in names):
        return False
    one = tokens[-1][:-1]
    return any(words[i] == one and words[i + 1] == "," for words in names for i in range(len(words) - 1))


_NAME_TOKEN = re.compile(r"[a-z0-9&]+|[,()]")


def _heads_a_name(dept: DepartmentRef, field: str) -> set[str]:
    """Where the last word of ``field`` is the head of a name of ``dept`` or of a part of it, at the name's end or
    before a word that ends a part (``_NAME_PART_ENDS``), a comma or a bracket: "Operations" of "Public Works and
    Operations Department"; not "Farmers" of "Department of Agriculture and Farmers Welfare", a modifier of the name's
    head. The names' words up to that head, empty where it heads none."""
    tokens = [t for t in _NAME_WORD_SPLIT.findall(field) if t not in FUNCTION_WORDS and t not in _READER_HEADS]
    if not tokens:
        return set()
    last = tokens[-1]
    forms = {last, last + "s", last[:-1] if last.endswith("s") else last}
    heads = set()
    for name in folded_names(dept):
        words = _NAME_TOKEN.findall(name)
        for i, word in enumerate(words):
            if word in forms and (i + 1 == len(words) or words[i + 1] in ",()" or words[i + 1] in _NAME_PART_ENDS):
                heads.add(" ".join(words[: i + 1]))
    return heads


def _holds_words(dept: DepartmentRef, field: str) -> bool:
    """Whether the names of ``dept`` hold each word of ``field`` (a head's title and function words aside) as a word, in
    the singular or the plural ("Collectors" in "Offices of the District Collectors"; not "Commissioners" for a
    "Commission", a near spelling of another word)."""
    tokens = [t for t in _NAME_WORD_SPLIT.findall(field) if t not in FUNCTION_WORDS and t not in _READER_HEADS]
    held = {word for name in folded_names(dept) for word in _NAME_WORD_SPLIT.findall(name)}
    return bool(tokens) and all(t in held or t + "s" in held or (t.endswith("s") and t[:-1] in held) for t in tokens)


#: The first words of a unit's full name that say only what kind of body it is: no head of the name read before an
#: alias ("the Department DOF" is no name).
_KIND_HEADS = frozenset(
    (
        *("department", "ministry", "office", "board", "committee", "council", "city", "county", "state"),
        *("provincial", "national", "district", "municipal", "the", "a", "an"),
    )
)


def _widened_by_name_head(mentions: list[Mention], work: str) -> None:
    """ "the Lakeview Downtown BIA", "the Norrby Arts Council": the first word of the unit's full name ("Lakeview
    Downtown Business Improvement Area", its town's name) right before an alias of it; the mention starts there, so
    that what the text names is one unit, no unknown word before it."""
    previous_end = 0
    for mention in mentions:
        start, dept = mention.start, mention.dept
        if dept is not None and mention.kind in ("name", "fuzzy") and start > 1 and work[start - 1] == " ":
            head = dept.name.split(" ", 1)[0]
            at = start - 1 - len(head)
            if (
                len(head) > 2
                and head[0].isupper()
                and at >= previous_end
                and work.startswith(head, at)
                and (at == 0 or not work[at - 1].isalnum())
                and not work.startswith(head, start)
                and head.lower() not in _KIND_HEADS
            ):
                mention.start = at
        previous_end = max(previous_end, mention.end)


#: The French "of" that joins a unit to the body it belongs to (folded): "Division de la Coordination ... de la Wilaya".
_OF_PARENT_GAP = re.compile(r"\s+(?:de\s+la|de\s+l'|du)\s*")


def _widened_by_parent(mentions: list[Mention], folded: str) -> None:
    """ "la Division de la Coordination des Affaires Économiques de la Wilaya d'assurer ...": a unit's name, then the
    body it belongs to, which the directory's name of the unit holds ("Wilaya Atlas-Tensift – Division de la
    Coordination des Affaires Économiques"); one unit named, the mention goes on over its parent's (no helper)."""
    k = 0
    while k + 1 < len(mentions):
        mention, after = mentions[k], mentions[k + 1]
        if (
            mention.dept is not None
            and after.dept is not None
            and after.dept != mention.dept
            and mention.kind in ("name", "fuzzy")
            and after.kind in ("name", "fuzzy")
            and _OF_PARENT_GAP.fullmatch(folded, mention.end, after.start)
        ):
            parent = folded[after.start : after.end]
            if any(re.search(rf"(?<!\w){re.escape(parent)}(?!\w)", name) for name in folded_names(mention.dept)):
                mention.end = after.end
                del mentions[k + 1]
                continue
        k += 1


#: The rest of a unit's name past a comma, its list's last words after "et"/"and" (folded): ", aériens et
#: ferroviaires", ", Travaux publics et Reconstruction", ", Parks and Recreation".
_NAME_REST_AFTER_COMMA = re.compile(r",[^,()]{1,60}?(?:,[^,()]{1,60}?)*\s(?:et|and|och)\s[^,()]+?(?=\s*(?:\(|$))")


def _widened_past_comma(mentions: list[Mention], folded: str) -> None:
    """ "le ministre des Transports routiers, aériens et ferroviaires publiera ...": a unit whose name holds a comma
    ("Ministère des Transports routiers, aériens et ferroviaires"), matched up to the comma; the mention goes on to the
    name's end where the text writes the rest of it, so that the name's last words are no unknown words before its
    verb."""
    for k, mention in enumerate(mentions):
        dept = mention.dept
        if dept is None or mention.kind not in ("name", "fuzzy") or not folded.startswith(",", mention.end):
            continue
        name = fold_loose(dept.name)
        if "," not in name:
            continue
        last = folded[mention.start : mention.end].rsplit(" ", 1)[-1]
        at = name.find(last + ",")
        rest = _NAME_REST_AFTER_COMMA.match(name, at + len(last)) if at >= 0 and last else None
        if rest is None or not folded.startswith(rest.group(), mention.end):
            continue
        end = mention.end + len(rest.group())
        if k + 1 < len(mentions) and mentions[k + 1].start < end:
            continue
        mention.end = end


#: The rest of a unit's name after "et" (folded), up to its bracket or its end: " et à la Solidarité nationale".
_NAME_REST_AFTER_ET = re.compile(r" et [^()]+?(?=\s*(?:\(|$| [–-] ))")


def _widened_past_et(mentions: list[Mention], folded: str) -> None:
    """ "Le Délégué général à la Protection sociale et à la Solidarité nationale assurera ...": a unit read by an
    alias that holds the first half of its name ("Délégué général à la Protection sociale"), the text going on with
    the rest of the directory's name after "et"; the mention goes on to the name's end, so that those words are no
    unknown words before its verb."""
    for k, mention in enumerate(mentions):
        dept = mention.dept
        if dept is None or mention.kind not in ("name", "fuzzy") or not folded.startswith(" et ", mention.end):
            continue
        last = " ".join(folded[mention.start : mention.end].split()[-2:])
        for name in folded_names(dept):
            at = name.find(last + " et ")
            rest = _NAME_REST_AFTER_ET.match(name, at + len(last)) if at >= 0 and last else None
            end = mention.end + len(rest.group()) if rest else 0
            if rest and folded.startswith(rest.group(), mention.end) and not folded[end : end + 1].isalnum():
                if k + 1 >= len(mentions) or mentions[k + 1].start >= end:
                    mention.end = end
                break


#: A short name a text defines for the unit it has just named: "... of Traffic Works (the Board)", "(hereinafter
#: referred to as "the Authority")".
_DEFINED_AFTER = re.compile(
    r"\s*\((?:hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?)?[\"“]?(?:the|The)\s+"
    r"(?P<short>[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?)[\"”]?\)"
)


def _defined_names(prep: Prepared, mentions: list[Mention]) -> list[Mention]:
    """The unit named again by the short name the text defined for it: "the Board" after "the Provincial Project
    Management Board for ... (the Board)"; not "the Board of Directors", another body."""
    work, found = prep.work, []
    for mention in mentions:
        if mention.dept is None:
            continue
        defined = _DEFINED_AFTER.match(work, mention.end)
        if defined is None:
            continue
        short = defined.group("short")
        for article in ("the ", "The "):
            at = work.find(article + short, defined.end())
            while at >= 0:
                end = at + len(article) + len(short)
                if (at == 0 or not work[at - 1].isalnum()) and not _NAMED_ON.match(work, end):
                    found.append(Mention(at, end, mention.dept, "name"))
                at = work.find(article + short, end)
    return found


#: ... and a Vietnamese text's, in brackets after the unit's full name (input view): "Ban Quản lý dự án đầu tư xây
#: dựng các công trình giao thông tỉnh (sau đây gọi tắt là Ban Quản lý dự án)", "(gọi chung là Trung tâm)".
_VI_DEFINED_AFTER = re.compile(
    r"\s*\((?:sau đây|dưới đây)?\s*(?:được\s+)?(?:gọi tắt là|gọi chung là|gọi là)\s+[\"“]?"
    r"(?P<short>[A-ZĐÀ-Ỹ][^()\n,;:\"“”]{1,60}?)[\"”]?\s*\)"
)


def _vi_defined_names(prep: Prepared, mentions: list[Mention]) -> list[Mention]:
    """The unit named again by the short name a Vietnamese text defined for it: "Ban Quản lý dự án" after "Ban Quản lý
    dự án đầu tư xây dựng các công trình giao thông tỉnh (sau đây gọi tắt là Ban Quản lý dự án)", wherever the text
    writes it so (a heading "a) Ban Quản lý dự án:" too)."""
    work, found = prep.work, []
    for mention in mentions:
        if mention.dept is None or "(" not in work[mention.end : mention.end + 3]:
            continue
        defined = _VI_DEFINED_AFTER.match(work, mention.end)
        if defined is None:
            continue
        short = defined.group("short")
        at = work.find(short, defined.end())
        while at >= 0:
            end = at + len(short)
            if not work[at - 1].isalnum() and not work[end : end + 1].isalnum():
                found.append(Mention(at, end, mention.dept, "name"))
            at = work.find(short, end)
    return found


#: An acronym a text gives in brackets right after a unit's name: "le Ministre de la Fonction Publique, du Travail et
#: de la Réforme Administrative (MINFOPTRA)".
_ACRONYM_AFTER = re.compile(r"\s*\((?P<acronym>[A-Z][A-Z0-9&]{1,11})\)")


def _defined_acronyms(index: DepartmentIndex, prep: Prepared, mentions: list[Mention]) -> list[Mention]:
    """The unit named again by the acronym the text gave it in brackets, where the directory does not hold that
    acronym: "le MINFOPTRA" after "le Ministre de la Fonction Publique ... (MINFOPTRA)"."""
    work, found = prep.work, []
    for mention in mentions:
        if mention.dept is None or "(" not in work[mention.end : mention.end + 3]:
            continue
        defined = _ACRONYM_AFTER.match(work, mention.end)
        if defined is None:
            continue
        acronym = defined.group("acronym")
        if acronym.replace("&", "").lower() in index.acronyms:
            continue  # the directory's own acronym, found as such
        at = work.find(acronym, defined.end())
        while at >= 0:
            end = at + len(acronym)
            if not work[at - 1].isalnum() and not work[end : end + 1].isalnum():
                found.append(Mention(at, end, mention.dept, "name"))
            at = work.find(acronym, end)
    return found


#: A French officer's title and the acronym of the programme or plan it serves, as a directory names the unit:
#: "chef de projet PVD", "chargée de mission CRTE", "responsable PCS".
_TITLE_OF_PROGRAMME = re.compile(
    r"(?P<title>(?:[Cc]he(?:f|ffe)\s+de\s+projet|[Cc]harg[ée]e?\s+de\s+mission|[Rr]esponsable|[Cc]oordinat(?:eur|rice)"
    r"|[Rr]éférente?)(?:\s+[a-zéèàç]+){0,2})\s+(?P<acronym>[A-Z][A-Z0-9]{1,7})"
)
#: What must stand before the title alone (lower-case view): an article ("le chef de projet", "au chef de projet").
_TITLE_ARTICLE_BEFORE = re.compile(r"(?:^|[\s(])(?:le|la|au|du|à\s+la|de\s+la|l['’])\s*$")
#: What may not follow it (input view): another name or acronym, or a field ("le chef de projet de la DDT").
_TITLE_NAMED_AFTER = re.compile(r"\s+(?:[A-ZÀ-ÖØ-Þ]|(?:de|du|des|d['’])\s*(?:la\s+|l['’])?[A-ZÀ-ÖØ-Þ])|[\w-]")


def _titles_without_programme(prep: Prepared, mentions: list[Mention]) -> list[Mention]:
    """The officer named again by the title alone, without the programme's acronym that the directory's name
    adds: "le chef de projet" after "chef de projet PVD", in a text that names no other unit so. A title the text
    gives units of two programmes names neither."""
    work, lower, titles = prep.work, prep.lower, {}
    for mention in mentions:
        if mention.dept is None or mention.kind != "name":
            continue
        named = _TITLE_OF_PROGRAMME.fullmatch(work, mention.start, mention.end)
        if named is not None:
            title = " ".join(named.group("title").lower().split())
            titles.setdefault(title, set()).add(mention.dept)
    found = []
    for title, depts in titles.items():
        if len(depts) != 1:
            continue
        dept = next(iter(depts))
        at = lower.find(title)
        while at >= 0:
            end = at + len(title)
            if _TITLE_ARTICLE_BEFORE.search(lower, max(0, at - 8), at) and not _TITLE_NAMED_AFTER.match(work, end):
                found.append(Mention(at, end, dept, "name"))
            at = lower.find(title, end)
    return found


_CAPITAL_WORD = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?"
#: The person who holds a minister's portfolio, named after it: "Sur proposition du Ministre de l'Emploi et de la
#: Formation, Julien Dethier, ...", "de la Ministre-Présidente, en charge du Budget, Hélène Marchal," (a clause or
#: two between them), the surname kept.
_HOLDER_AFTER = re.compile(
    rf",\s*(?:[^,.;:\n]{{1,100}},\s*){{0,2}}?{_CAPITAL_WORD}\s+(?P<last>[A-ZÀ-ÖØ-Þ][\w’'-]+)(?=\s*[,;.)])"
)
#: ... or before it: "Julien Dethier, Ministre de l'Emploi", "Sarah Lambotte, la Ministre de ...".
_HOLDER_BEFORE = re.compile(rf"{_CAPITAL_WORD}\s+(?P<last>[A-ZÀ-ÖØ-Þ][\w’'-]+),\s*(?:[Ll][ea]\s+)?$")
#: The minister named again by the surname alone: "Le Ministre Dethier est chargé ...", "la ministre Lambotte".
_MINISTER_SURNAME = re.compile(r"[Mm]inistre\s+(?P<last>[A-ZÀ-ÖØ-Þ][\w’'-]+)")


def _ministers_by_name(work: str, mentions: list[Mention]) -> list[Mention]:
    """ "Le Ministre Dethier" where the text named Julien Dethier with his portfolio before: that portfolio's unit."""
    holders: dict[str, DepartmentRef] = {}
    for mention in mentions:
        if mention.dept is None or "inistr" not in work[mention.start : mention.end]:
            continue
        for found in (
            _HOLDER_AFTER.match(work, mention.end),
            _HOLDER_BEFORE.search(work, max(0, mention.start - 60), mention.start),
        ):
            if found is not None:
                holders.setdefault(found.group("last"), mention.dept)
    if not holders:
        return []
    return [
        Mention(hit.start(), hit.end(), holders[hit.group("last")], "name")
        for hit in _MINISTER_SURNAME.finditer(work)
        if hit.group("last") in holders
    ]


#: A minister's rank before a portfolio (work view): "le Ministre d'Etat, Ministre des Infrastructures",
#: "la Vice-Première Ministre, Ministre de ..."; the portfolio's mention may hold the rank or start after it.
_MINISTER_RANK = re.compile(r"(?:Vice-Premi[eè]re?\s+[Mm]inistre|[Mm]inistre\s+d['’][EÉ]tat)")
_RANK_THEN_PORTFOLIO = re.compile(r"\s*,\s*(?:[Mm]inistre|[Mm]inist[eè]re)\b")
#: After a rank, what makes it another naming than the bare rank: its portfolio or another office after a comma
#: ("le Ministre d'Etat, Secrétaire général de la Présidence"), "chargé de", "auprès de" (not "le Ministre d'Etat de
#: mettre ...", the task's infinitive).
_RANK_QUALIFIED = re.compile(
    r"\s*,\s*(?:[Mm]inist|[A-ZÀ-Þ])|\s+(?:charg|en\s+charge|de\s+la\b|de\s+l['’]|du\b|des\b|aupr)"
)


#: The title of a French administration's one head, named in full ("le préfet de la Vaudière", "la rectrice de
#: l'académie de X"), then alone with its article ("au préfet", "le préfet", "la rectrice"), folded.
_FR_HEAD_TITLE = re.compile(
    r"(?<![\w-])(?:(?:au|du|le|la)\s+|l')(?P<title>prefete?|sous-prefete?|recteur|rectrice)\b"
    # (not "le préfet de la Somme", "du préfet des Landes": another one, by his place; "au préfet de lui remettre")
    r"(?!\s+(?:de\s+la|de\s+l'|du|des)\b)"
    # (not "le préfet de région", "au préfet maritime", "le préfet coordonnateur de massif": another office, by its
    # rank or its charge)
    r"(?!\s+(?:de\s+(?:region|zone|police|defense)|maritime|coordonnat\w*|delegue\w*|adjoint\w*|honoraire|"
    r"pour\s+l|charge\w*)\b)"
)
_FR_HEAD_TITLE_NAMED = re.compile(r"(?P<title>prefete?|sous-prefete?|recteur|rectrice)\s+(?:de|du|des|d')\b")


def _fr_head_titles_again(folded: str, work: str, mentions: list[Mention]) -> list[Mention]:
    """A head's title written alone after the text named the unit by that head's full title: "le préfet de la
    Vaudière, X, a réuni ... La ministre a demandé au préfet de ...": the same unit, where one unit only was named by
    that title (two prefects named leave the bare title to no one)."""
    named: dict[str, set] = {}
    first: dict[str, int] = {}
    for mention in mentions:
        if mention.dept is None or mention.kind == "backref":
            continue
        hit = _FR_HEAD_TITLE_NAMED.match(folded, mention.start)
        if hit is None or (
            mention.start > 0 and (folded[mention.start - 1].isalpha() or folded[mention.start - 1] == "-")
        ):
            continue
        title = hit.group("title").rstrip("e").replace("rectric", "recteur")
        named.setdefault(title, set()).add(mention.dept)
        first.setdefault(title, mention.end)
    if not named:
        return []
    found = []
    for hit in _FR_HEAD_TITLE.finditer(folded):
        title = hit.group("title").rstrip("e").replace("rectric", "recteur")
        depts = named.get(title)
        place = re.match(r"\s+(?:de\s+|d')(\w)", folded[hit.end() : hit.end() + 8])
        if place is not None and work[hit.end() + place.start(1)].isupper():
            continue  # "le préfet de Vendée", "du recteur d'Amiens": another one, by his place
        if depts is not None and len(depts) == 1 and hit.start() >= first[title]:
            found.append(Mention(hit.start("title"), hit.end("title"), next(iter(depts)), "name"))
    return found


def _ministers_by_rank(work: str, mentions: list[Mention]) -> list[Mention]:
    """ "le Ministre d'Etat" alone where the text gave that rank to one portfolio before ("le Ministre d'Etat,
    Ministre des Infrastructures ..."): that portfolio's unit, in the later bare mentions."""
    holders: dict[str, set] = {}
    first: dict[str, int] = {}
    for mention in mentions:
        if mention.dept is None:
            continue
        rank = _MINISTER_RANK.match(work, mention.start)
        if rank is None or not _RANK_THEN_PORTFOLIO.match(work, rank.end()):
            before = work[max(0, mention.start - 40) : mention.start]
            comma = before.rfind(",")
            rank = _MINISTER_RANK.search(before, max(0, comma - 30), comma) if comma > 0 else None
            if rank is None or rank.end() != comma or before[comma + 1 :].strip() not in ("", "Ministre", "ministre"):
                continue
        key = fold_loose(rank.group()).lower().replace("’", "'")
        holders.setdefault(key, set()).add(mention.dept)
        first.setdefault(key, mention.end)
    found = []
    for key, depts in holders.items():
        if len(depts) != 1:
            continue  # two ministers of that rank: the bare rank names neither
        if any(
            fold_loose(hit.group()).lower().replace("’", "'") == key
            and _RANK_QUALIFIED.match(work, hit.end())
            and not any(m.dept is not None and m.start - 45 <= hit.start() < m.end for m in mentions)
            for hit in _MINISTER_RANK.finditer(work)
        ):
            continue  # another holder of the rank, not in the directory: "le Ministre d'Etat chargé de la Défense"
        (dept,) = depts
        for hit in _MINISTER_RANK.finditer(work, first[key]):
            if fold_loose(hit.group()).lower().replace("’", "'") == key and not _RANK_QUALIFIED.match(work, hit.end()):
                found.append(Mention(hit.start(), hit.end(), dept, "name"))
    return found


#: What follows a short name that makes it part of another name: "the Board of Directors", "the Boardroom".
_NAMED_ON = re.compile(r"\w|\s+(?:of\b|[A-Z])")


def _reordered_name(index: DepartmentIndex, work: str, start: int, end: int, seen: dict) -> Mention | None:
    """A department-like name, with the capitalised words before its head, whose words are an alias's in
    another order (``seen`` keeps each distinct name's answer for the text)."""
    if not index.by_words:
        return None
    for name_start in dict.fromkeys((name_words_before(work, start), start)):
        name = work[name_start:end]
        if name not in seen:
            words_of_name = index.key(name)
            seen[name] = index.by_words.get(tuple(sorted(words_of_name)))
            if seen[name] is None and "provincial" in words_of_name:
                # "the Provincial Project Management Board for Investment and Construction of Traffic Works": the
                # level word stands for the province the directory names ("Quang Ngai Traffic Works ... Board")
                seen[name] = index.by_words.get(tuple(sorted(w for w in words_of_name if w != "provincial")))
        if seen[name] is not None:
            return Mention(name_start, end, seen[name], "fuzzy")
    return None


#: A unit named as a project's investor: "do Ban Quản lý dự án ... làm chủ đầu tư", "Ban QLDA X (chủ đầu tư)",
#: "X, the investor,", "X as the investor".
_INVESTOR_AFTER = re.compile(
    # ("Provincial Project Management Board (the investor)": an English edition's bracket)
    r"\s*(?:tinh\s+)?(?:\(\s*(?:chu dau tu|the (?:project )?investor)\s*\)|,?\s*(?:lam|la)\s+chu dau tu\b|"
    r",\s*the (?:project )?(?:investor|owner)\b|"
    r"\s+as\s+(?:the\s+)?(?:project\s+)?(?:investor|owner)\b)"
)
#: The investor named again: "đề nghị chủ đầu tư chỉ đạo nhà thầu", "the investor must" (not "các chủ đầu tư").
#: (its first letters tested first, cheaper than the three look-behinds at every position)
_INVESTOR = re.compile(r"(?=[ct])(?<!cac )(?<!nhung )(?<!moi )\b(?:chu dau tu|the (?:project )?investor)\b")
#: Where the investor is named as a partner (folded): "phối hợp với chủ đầu tư", "cùng với chủ đầu tư".
_INVESTOR_PARTNER = re.compile(r"\b(?:phoi\s+hop\s+voi|cung\s+voi)\s+$")
#: A project management board, by the words its name opens with (folded): "Ban Quản lý dự án", "Ban QLDA".
_PROJECT_BOARD = re.compile(r"ban\s+(?:quan\s+ly\s+(?:cac\s+)?du\s+an|qlda)\b")
#: A unit given a standing role in brackets, and named by it after: "Sở Khoa học và Công nghệ (cơ quan thường
#: trực) báo cáo ... Cơ quan thường trực theo dõi, tổng hợp ..." (not "(cơ quan thường trực Đề án 06)", a role in
#: another body).
_STANDING_AFTER = re.compile(r"\s*\(\s*co quan thuong truc\s*\)")
_STANDING = re.compile(r"(?<!\()(?<!\( )\bco quan thuong truc\b")
#: A unit given the drafting of an act, and named by that role after: "asked the Ministry of X, as the drafting agency,
#: to finalise the draft ... The Ministry of Justice shall coordinate with the drafting agency ...", "Bộ Tư pháp (cơ
#: quan chủ trì soạn thảo)".
_DRAFTING_AFTER = re.compile(
    r"\s*(?:,\s*|\s+)as\s+the\s+drafting\s+(?:agency|body|unit)\b|\s*\(\s*(?:the\s+drafting\s+(?:agency|body|unit)|"
    r"co quan (?:chu tri )?soan thao)\s*\)"
)
_DRAFTING = re.compile(
    r"(?<!\()(?<!\( )(?<!as )\b(?:the\s+drafting\s+(?:agency|body|unit)|co quan (?:chu tri )?soan thao)\b"
)
#: Where a sentence opens, before its subject: ". ", a line's start, "Đồng thời, ".
_SENTENCE_OPENS_BEFORE = re.compile(r"(?:^|[.!?;]\s+|\n\s*)(?:(?:dong thoi|ngoai ra|rieng)\s*,?\s*)?$")


def _investor_backrefs(prep: Prepared, mentions: list[Mention]) -> list[Mention]:
    """ "Chủ đầu tư" after the text named the project's investor: that unit (a unit in the directory); so
    "cơ quan thường trực" after "X (cơ quan thường trực)"."""
    found = _standing_backrefs(prep, mentions) if "(co quan thuong truc" in prep.folded else []
    if "drafting " in prep.folded or "soan thao)" in prep.folded:
        found += _standing_backrefs(prep, mentions, _DRAFTING_AFTER, _DRAFTING)
    if "chu dau tu" not in prep.folded and "investor" not in prep.folded:
        return found
    named: list[tuple[int, DepartmentRef]] = []  # where each investor was named
    for mention in mentions:
        if mention.dept is not None and not mention.affiliation:
            hit = _INVESTOR_AFTER.match(prep.folded, mention.end)
            if hit:
                named.append((hit.end(), mention.dept))
    # a project management board is its projects' investor by its kind: "Ban Quản lý dự án đầu tư xây dựng khu vực
    # X", "Ban QLDA ĐTXD tỉnh"
    boards = [
        (mention.end, mention.dept)
        for mention in mentions
        if mention.dept is not None and not mention.affiliation and _PROJECT_BOARD.match(prep.folded, mention.start)
    ]
    for hit in _INVESTOR.finditer(prep.folded):
        before = [dept for end, dept in named if end <= hit.start()]
        if not before and _SENTENCE_OPENS_BEFORE.search(prep.folded, max(0, hit.start() - 24), hit.start()):
            # "Bà đề nghị Ban Quản lý dự án ... đôn đốc nhà thầu ... Chủ đầu tư cũng phải tăng cường giám sát": the
            # board ordered in the same paragraph, the subject of the next sentence by its role
            before = [dept for end, dept in boards if end <= hit.start() and "\n" not in prep.folded[end : hit.start()]]
        if not before and _INVESTOR_PARTNER.search(prep.folded, max(0, hit.start() - 20), hit.start()):
            # "Ngành điện chủ động phối hợp với chủ đầu tư di dời ...": the partner, the one project board the text
            # named before (of two or more, no telling which)
            earlier = {dept for end, dept in boards if end <= hit.start()}
            before = list(earlier) if len(earlier) == 1 else []
        if before and all(end != hit.end() for end, _d in named):
            found.append(Mention(hit.start(), hit.end(), before[-1], "name"))
    return found


#: A unit named as a works contract's contractor (folded): "gói thầu xây lắp do Liên danh X thi công", "Công ty X (nhà
#: thầu thi công)", "Công ty X, nhà thầu thi công,", "Công ty X là nhà thầu".
_CONTRACTOR_AFTER = re.compile(
    r"\s*(?:\(\s*nha thau\b|,?\s*(?:la|lam)\s+nha thau\b|,\s*nha thau\s+thi\s+cong\b|\s+(?:dam\s+nhan\s+)?thi\s+cong\b)"
)
#: "do X thi công": the contractor after "do" (by), before its name.
_CONTRACTOR_BY = re.compile(r"\bdo\s+$")
#: The contractor named again, one of it (folded): "đề nghị nhà thầu nghiêm túc rút kinh nghiệm ..." (not "các nhà
#: thầu", "nhà thầu phụ", "nhà thầu tư vấn" (another one), nor "nhà thầu X" that names one).
_CONTRACTOR = re.compile(
    r"(?=n)(?<!cac )(?<!nhung )(?<!moi )(?<!mot )\bnha thau\b(?!\s+(?:phu|tu\s+van|giam\s+sat|khac|nay\s+va)\b)"
)


def _contractor_backrefs(prep: Prepared, mentions: list[Mention]) -> list[Mention]:
    """ "Nhà thầu" after the text named the one contractor of the works ("gói thầu ... do Liên danh X thi công"):
    that unit (a unit in the directory)."""
    folded = prep.folded
    named: list[tuple[int, DepartmentRef]] = []
    for mention in mentions:
        if mention.dept is None or mention.affiliation:
            continue
        hit = _CONTRACTOR_AFTER.match(folded, mention.end)
        if hit is None:
            continue
        if hit.group().lstrip().startswith(("thi", "dam")) and not _CONTRACTOR_BY.search(
            folded, max(0, mention.start - 8), mention.start
        ):
            continue  # "Sở X thi công ...": not named as a contractor
        named.append((hit.end(), mention.dept))
    if len({dept for _end, dept in named}) != 1:
        return []  # none, or two contractors: no telling which
    starts = {mention.start for mention in mentions if mention.dept is not None}
    found = []
    for hit in _CONTRACTOR.finditer(folded):
        if hit.start() < named[0][0] or any(start in starts for start in range(hit.end(), hit.end() + 3)):
            continue
        found.append(Mention(hit.start(), hit.end(), named[0][1], "name"))
    return found


def _standing_backrefs(
    prep: Prepared, mentions: list[Mention], given: re.Pattern = _STANDING_AFTER, again: re.Pattern = _STANDING
) -> list[Mention]:
    """The unit given a role (``given`` after its name, "(cơ quan thường trực)"), where the text names it by that role
    (``again``)."""
    named = [
        (hit.end(), mention.dept)
        for mention in mentions
        if mention.dept is not None
        and not mention.affiliation
        and (hit := given.match(prep.folded, mention.end)) is not None
    ]
    found = []
    for hit in again.finditer(prep.folded) if named else ():
        before = [dept for end, dept in named if end <= hit.start()]
        if before:
            found.append(Mention(hit.start(), hit.end(), before[-1], "name"))
    return found


#: A Vietnamese unit's kind that stands alone for the unit of that kind named before (folded): "Cục cũng ...",
#: "Công ty cần ...", "Bộ cần ..." (see ``names``).
_VI_UNIT_KINDS = frozenset(("chi cuc", "cuc", "phong", "trung tam", "cong ty", "bo"))


#: An English unit's kind that names the unit of that kind named before, as a request's addressee (folded): "asked the
#: hospital to ..." (see ``names``).
_EN_UNIT_KINDS = frozenset(
    (
        *("hospital", "centre", "center", "institute", "university", "college", "school", "company", "corporation"),
        *("authority", "commission", "directorate", "bureau", "library"),
    )
)


#: A party of a kind that is no unit of the directory, named between a unit and "the company", "the hospital" (folded):
#: "built by the contractor M/s Sai Constructions", "the private nursing home": the one the request goes to.
_OTHER_PARTY_OF_KIND = re.compile(r"\bm/s\b|\bcontractors?\b|\bprivate\b|\bfirms?\b|\bconcessionaires?\b")
#: A sentence's end, where how far back a kind's unit is looked for is counted (folded).
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)")


def _last_holding_kind(kept: list[Mention], kind: str, folded: str = "", at: int = -1) -> DepartmentRef | None:
    """The unit named last among ``kept`` (as its own, not a speaker's office) whose name holds the word ``kind``;
    where the request's place ``at`` is given, only in its sentence or the one before, in its paragraph, and none
    where another party of that kind is named since ("... built by the contractor M/s X. The Collector asked the
    company to ...")."""
    for mention in reversed(kept):
        dept = mention.dept
        usable = mention.kind != "backref" and dept is not None and not mention.affiliation and not mention.issuer
        if usable and any(kind in name.split() for name in folded_names(dept)):
            if at >= 0:
                between = folded[mention.end : at]
                if (
                    "\n\n" in between
                    or len(_SENTENCE_BREAK.findall(between)) > 1
                    or _OTHER_PARTY_OF_KIND.search(between)
                ):
                    return None
            return dept
    return None


#: A province's own government by its name (folded): "Thanh Lam Provincial People's Committee", "X province", "the
#: Provincial Government of X", "People's Committee of X Province" (not "the Provincial Department of Health").
_PROVINCE_GOVERNMENT = re.compile(
    r"\bprovince$|^(?:the )?province of\b|\bprovincial (?:people's committee|government|administration)\b|"
    r"^(?:the )?people's committee of .*\bprovince\b"
)


def _last_province(kept: list[Mention], folded: str, at: int) -> DepartmentRef | None:
    """The province's government named last among ``kept`` (``_PROVINCE_GOVERNMENT``), in the sentence of ``at`` or
    the one before, in its paragraph; or None."""
    for mention in reversed(kept):
        dept = mention.dept
        usable = mention.kind != "backref" and dept is not None and not mention.affiliation and not mention.issuer
        if usable and any(_PROVINCE_GOVERNMENT.search(name) for name in folded_names(dept)):
            between = folded[mention.end : at]
            if "\n\n" in between or len(_SENTENCE_BREAK.findall(between)) > 1:
                return None
            return dept
    return None


def _last_ministry(kept: list[Mention], at: int) -> DepartmentRef | None:
    """The ministry named last among ``kept`` (as its own, not a speaker's office), in the 2,000 characters before
    ``at``: the one a communiqué's section is about ("Au titre du Ministère de X ;\n\nLe Conseil a adopté ... Le
    ministère est chargé de ...")."""
    for mention in reversed(kept):
        if mention.end < at - 2000:
            break
        dept = mention.dept
        usable = mention.kind != "backref" and dept is not None and not mention.affiliation and not mention.issuer
        if usable and any("ministere" in name.split() for name in folded_names(dept)):
            return dept
    return None


#: A Swedish agency named again by the kind its name ends on, "Verket", "Inspektionen" (folded; see ``names``).
_SV_AGENCY_KINDS = frozenset(("verket", "inspektionen", "kommunen"))
#: The kinds of a municipality's offices that a Swedish sentence names alone for the one named before of that kind.
_SV_OFFICE_KINDS = frozenset(("sektorn", "enheten", "avdelningen"))
_office_kinds_of: dict[DepartmentRef, tuple[str, ...]] = {}


def _office_kinds(dept: DepartmentRef) -> tuple[str, ...]:
    """The kinds of office (``_SV_OFFICE_KINDS``) whose word ``dept``'s name ends on ("Bildningssektorn": "sektorn")."""
    known = _office_kinds_of.get(dept)
    if known is None:
        known = tuple(kind for kind in sorted(_SV_OFFICE_KINDS) if _of_agency_kind(dept, kind))
        if len(_office_kinds_of) < 10_000:
            _office_kinds_of[dept] = known
    return known


def _of_agency_kind(dept: DepartmentRef, kind: str) -> bool:
    """Whether ``dept``'s name (or an alias) ends on ``kind`` ("Livsmedelsverket") or opens on it ("Inspektionen för
    vård och omsorg"); "kommunen": a municipality itself ("Granviks kommun", not its board "... – Kommunstyrelsen")."""
    if kind == "kommunen":
        return any(name.endswith(" kommun") for name in folded_names(dept))
    return any(name.endswith(kind) or name.startswith(kind + " ") for name in folded_names(dept))


def _last_agency_of_kind(kept: list[Mention], kind: str) -> DepartmentRef | None:
    """The unit of ``kind`` (``_of_agency_kind``) named last among ``kept``; none when the text named none."""
    for mention in reversed(kept):
        dept = mention.dept
        usable = mention.kind != "backref" and dept is not None and not mention.affiliation and not mention.issuer
        if usable and _of_agency_kind(dept, kind):
            return dept
    return None


def _last_of_kind(kept: list[Mention], kind: str) -> DepartmentRef | None:
    """The unit whose name opens on ``kind`` named last among ``kept`` (as its own, not a speaker's office)."""
    prefix = kind + " "
    for mention in reversed(kept):
        if (
            mention.kind != "backref"
            and mention.dept is not None
            and not mention.affiliation
            and not mention.issuer
            and fold_loose(mention.dept.name).startswith(prefix)
        ):
            return mention.dept
    return None


def _mark_roles(
    mentions: list[Mention],
    prep: Prepared,
    reference_spans: list[tuple[int, int]],
    department_like: set,
    terms_inquiry: DepartmentRef | None = None,
) -> None:
    """Flag affiliations and issuers, drop mentions inside references, resolve back-references.

    A back-reference resolves to the nearest department named before it that is neither an issuer
    nor a speaker's office; one that says "department" to the nearest department proper, speakers'
    offices included ("the director of the Department of X ...: the department must").
    """
    folded = prep.folded
    ref_ends = sorted(end for _start, end in reference_spans)
    ref_spans = sorted(reference_spans)
    ref_starts = [start for start, _end in ref_spans]
    last_named: DepartmentRef | None = None
    last_department: DepartmentRef | None = None
    last_place: DepartmentRef | None = None  # the last district, town or city named
    last_inquiry: DepartmentRef | None = None  # the last committee of inquiry named
    # the last unit named of each kind of office ("bildningssektorn" for "sektorn"), where the text names one alone
    last_office: dict[str, DepartmentRef] = {}
    office_words = any(kind in folded for kind in _SV_OFFICE_KINDS)
    # "Kommittén ska ... beakta arbetet i Utredningen om X (BD 2025:02). Kommittén ska samråda med ...": once the
    # investigator or committee stood for an inquiry, it is that one still (not another inquiry named since)
    inquiry_held = False
    kept = []
    for mention in mentions:
        k = bisect_left(ref_starts, mention.end) - 1
        if k >= 0 and ref_spans[k][0] <= mention.start and mention.end <= ref_spans[k][1]:
            continue
        window = folded[max(0, mention.start - 48) : mention.start]
        title = _TITLE_HINT.search(window) and _AFFILIATION.search(window)
        # "giao Giám đốc Sở Xây dựng nghiên cứu", "yêu cầu Giám đốc Sở Y tế": the head addressed by a
        # request answers for the unit, which is no speaker's affiliation
        mention.affiliation = (
            bool(title)
            and not _ADDRESSED_TITLE.search(window, 0, title.start())
            # "... and the Project Director, DRDA to coordinate with ...": the head is told what to do
            and not _TOLD_AFTER_TITLE.match(folded, mention.end)
        )
        if " under " in window and _EN_UNITS_UNDER.search(window):
            continue  # "units under the Ministry shall ...": the group acts, the ministry is none of its units
        k = bisect_left(ref_ends, mention.start + 1) - 1
        if k >= 0 and mention.start - ref_ends[k] <= 40:
            mention.issuer = bool(_ISSUER_GAP.fullmatch(folded[ref_ends[k] : mention.start]))
        if mention.kind == "backref":
            if mention.place_word:
                mention.dept = last_place  # "the district should ...": the district named before, or none
                kind = folded[mention.start : mention.end]
                if last_place is not None and kind in _VI_PLACE_KINDS and kind not in fold_loose(last_place.name):
                    mention.dept = None  # "Huyện cũng phải ...": a district's kind, not the commune named last
                if "province" in kind.split():
                    # "The province must also ensure ...": the province's government named in its sentence or the
                    # one before (not a district named since, nor a provincial department)
                    mention.dept = _last_province(kept, folded, mention.start)
            elif mention.inquiry_word:
                # "Utredaren ska ...": the inquiry named before, or the one the terms of reference charge, or none
                mention.dept = last_inquiry or terms_inquiry
                inquiry_held = last_inquiry is not None
            else:
                mention.dept = (last_department or last_named) if mention.department_word else last_named
                kind = folded[mention.start : mention.end]
                if kind in _VI_UNIT_KINDS:
                    # "Công ty cần ...", "đề nghị Công ty tập trung ...": the unit of that kind named last (the
                    # company the province works with, not the district named since)
                    mention.dept = _last_of_kind(kept, kind) or mention.dept
                elif kind.startswith("the ") and kind[4:] in _EN_UNIT_KINDS:
                    # "asked the hospital to ...": the unit named last whose name holds that kind (the hospital the
                    # sentence opened on), none where no such unit was named
                    mention.dept = _last_holding_kind(kept, kind[4:], folded, mention.start)
                elif kind == "ministere":
                    # "Le ministère est chargé de ...": the ministry named last (a Council communiqué's section
                    # heading, "Au titre du Ministère de X ;"), not the council or the place named since
                    mention.dept = _last_ministry(kept, mention.start)
                elif kind in _SV_AGENCY_KINDS:
                    # "Verket ska ...": the agency named last whose name ends on "verket" (not the county board
                    # named since), "Inspektionen ska ...": the inspectorate's
                    mention.dept = _last_agency_of_kind(kept, kind)
                elif kind in _SV_OFFICE_KINDS:
                    # "Innan modellerna behandlas i bildningsnämnden ska sektorn ordna ...": the sector named last
                    # (not the board named since), else the unit named last
                    mention.dept = last_office.get(kind) or mention.dept
            if mention.dept is None:
                continue
        else:
            if not mention.affiliation and not mention.issuer:
                last_named = mention.dept
                if mention.dept is not None and _is_local_unit(mention.dept):
                    last_place = mention.dept
                if office_words and mention.dept is not None:
                    for kind in _office_kinds(mention.dept):
                        last_office[kind] = mention.dept
                if mention.dept is not None and not inquiry_held and _is_inquiry(mention.dept):
                    last_inquiry = mention.dept
            if not mention.issuer and mention.dept in department_like:
                last_department = mention.dept
        kept.append(mention)
    mentions[:] = kept
