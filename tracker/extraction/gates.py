"""Gates: what a text must hold for a pattern to match in it, read from the pattern itself.

A literal test (``str.find``, ``in``) is many times cheaper than a regex scan, so a pattern tried on each of
thousands of passages is tried only on those that hold one of its needed words (``Gated``).

A search tries a pattern at each position of the text unless the compiled pattern says which characters a match
can start with: ``re`` works that out only for a pattern that opens on a literal or a character class, not for
one that opens on ``\b``, a look-around or an optional part, the way most of the extractor's do. ``scanning``
reads the first characters of such a pattern from its parse and compiles it with them, so that a search skips,
in C, every position where no match can start (the same matches; ``speed_up`` does it for every pattern of the
extractor's modules once they are loaded).
"""

from __future__ import annotations

import _sre as _sre_engine
import re
import re._compiler as _sre_compile
import re._constants as _sre
import re._parser as _sre_parse
import sys
import weakref
from types import ModuleType


def _needed_words(items) -> frozenset[str] | None:
    """Words of which every match of a parsed pattern holds one (None if no such set is found): a run of its
    literal characters, or one word of each branch of a group it cannot skip. The set with the longest
    words is kept."""
    best, run = None, ""
    candidates = []
    for op, arg in [*items, (None, None)]:
        if op is _sre.LITERAL:
            run += chr(arg)
            continue
        if run:
            candidates.append(frozenset((run,)))
            run = ""
        found = None
        if op is _sre.SUBPATTERN and not arg[1] and not arg[2]:  # (no inline flags)
            found = _needed_words(arg[3])
        elif op is _sre.ATOMIC_GROUP:
            found = _needed_words(arg)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and arg[0] >= 1:
            found = _needed_words(arg[2])
        elif op is _sre.BRANCH:
            branches = [_needed_words(branch) for branch in arg[1]]
            found = None if None in branches else frozenset().union(*branches)
        if found:
            candidates.append(found)
    for words in candidates:
        if best is None or (min(map(len, words)), -len(words)) > (min(map(len, best)), -len(best)):
            best = words
    return best


def gate(pattern: re.Pattern) -> tuple[str, ...] | None:
    """The words one of which a text must hold for ``pattern`` to match it, or None (no useful gate)."""
    if pattern.flags & re.IGNORECASE:
        return None
    words = _needed_words(_sre_parse.parse(pattern.pattern, pattern.flags))
    return tuple(sorted(words)) if words and min(map(len, words)) >= 2 else None


class Gated:
    """A pattern that is tried only where one of the words every match of it holds occurs (its ``gate``): the same
    results as the pattern's, found faster where the words are rare. Its other methods are the pattern's. For
    patterns searched on short stretches (a unit, a sentence) often: the test copies the stretch from ``pos`` to
    ``endpos`` (or the pattern's longest match), and costs about a microsecond, more than a quick scan spares."""

    __slots__ = ("pattern", "width", "words")

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        self.words = gate(pattern)
        # the longest match (a match at ``pos`` lies within it: its needed words too)
        width = _sre_parse.parse(pattern.pattern, pattern.flags).getwidth()[1]
        self.width = width if width < _sre.MAXREPEAT else sys.maxsize

    def holds(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether ``string[pos:endpos]`` (as a pattern reads the bounds) holds one of the needed words (always,
        with no gate)."""
        words = self.words
        return words is None or any(map(string[max(pos, 0) : max(endpos, 0)].__contains__, words))

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return self.pattern.search(string, pos, endpos) if self.holds(string, pos, endpos) else None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        if not self.holds(string, pos, min(endpos, max(pos, 0) + self.width)):
            return None
        return self.pattern.match(string, pos, endpos)

    def __getattr__(self, name: str):
        return getattr(self.pattern, name)


class _AnyFirst(Exception):
    """A match of the pattern may start with any character (or one that ``scanning`` cannot name)."""


def _first_chars(items) -> tuple[list, bool]:
    """The character-set items one of which starts every match of a parsed sequence, and whether the sequence
    can match the empty string (then what follows it may start the match too)."""
    chars: list = []
    for op, arg in items:
        if op is _sre.LITERAL:
            return [*chars, (_sre.LITERAL, arg)], False
        if op is _sre.IN:
            if any(item is _sre.NEGATE for item, _ in arg):
                raise _AnyFirst
            return [*chars, *arg], False
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero width: the character after it starts the match
        if op is _sre.SUBPATTERN:
            if arg[1] & (re.IGNORECASE | re.VERBOSE) or arg[2]:
                raise _AnyFirst  # inline flags: read no further
            found, empty = _first_chars(arg[3])
        elif op is _sre.ATOMIC_GROUP:
            found, empty = _first_chars(arg)
        elif op is _sre.BRANCH:
            found, empty = [], False
            for branch in arg[1]:
                more, can_be_empty = _first_chars(branch)
                found.extend(more)
                empty = empty or can_be_empty
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            found, empty = _first_chars(arg[2])
            empty = empty or arg[0] == 0
        else:  # any character, a group's reference, a conditional
            raise _AnyFirst
        chars.extend(found)
        if not empty:
            return chars, False
    return chars, True


_SCANNING: weakref.WeakValueDictionary = weakref.WeakValueDictionary()  # the patterns ``scanning`` built, by id


def is_scanning(pattern: re.Pattern) -> bool:
    """Whether ``pattern`` was compiled by ``scanning`` with the characters its matches start with."""
    return _SCANNING.get(id(pattern)) is pattern


def scanning(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` compiled with the characters its matches can start with, when ``re`` did not find them and
    this module can (else ``pattern`` itself): the same matches, found without trying every position."""
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str) or is_scanning(pattern):
        return pattern
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
        code = _sre_compile._code(parsed, pattern.flags)
        # the info block: INFO, its length, what it holds (0: neither a prefix nor a character set), the shortest
        # and longest match; nothing to gain when it holds either, nor when a match can be empty
        if code[0] != _sre.INFO or code[2] != 0 or code[3] == 0:
            return pattern
        chars, empty = _first_chars(parsed.data)
        if empty or not chars:
            return pattern
        charset, _cased = _sre_compile._optimize_charset(chars)
        info = [_sre.INFO, 0, _sre.SRE_INFO_CHARSET, code[3], code[4]]
        _sre_compile._compile_charset(charset, pattern.flags, info)
        info[1] = len(info) - 1
        groups = parsed.state.groupdict
        names = [None] * parsed.state.groups
        for name, number in groups.items():
            names[number] = name
        faster = _sre_engine.compile(
            pattern.pattern,
            pattern.flags | parsed.state.flags,
            info + code[code[1] + 1 :],
            parsed.state.groups - 1,
            groups,
            tuple(names),
        )
    except (_AnyFirst, AttributeError, TypeError, ValueError, IndexError, RuntimeError, re.error):
        return pattern  # a pattern this module cannot read, or a Python whose ``re`` is built otherwise
    _SCANNING[id(faster)] = faster
    return faster


def speed_up(modules: list[ModuleType]) -> int:
    """Replace each compiled pattern in the modules' namespaces (and in the ``Gated`` wrappers there) by its
    ``scanning`` version, the same object wherever one module imported another's. Returns how many changed."""
    pairs: dict[int, tuple[re.Pattern, re.Pattern]] = {}  # (the old pattern kept alive: its id stays its own)
    for module in modules:
        for value in list(vars(module).values()):
            pattern = value.pattern if isinstance(value, Gated) else value
            if isinstance(pattern, re.Pattern) and id(pattern) not in pairs:
                pairs[id(pattern)] = (pattern, scanning(pattern))
    faster = {key: new for key, (_old, new) in pairs.items()}
    for module in modules:
        for name, value in list(vars(module).items()):
            # (a wrapper another module imported is met twice: its pattern replaced already)
            if isinstance(value, Gated):
                value.pattern = faster.get(id(value.pattern), value.pattern)
            elif isinstance(value, re.Pattern):
                setattr(module, name, faster.get(id(value), value))
    return sum(1 for old, new in pairs.values() if new is not old)
