"""Gates: the words one of which a text must hold for a pattern to match in it, read from the pattern itself.

A literal test (``str.find``, ``in``) is many times cheaper than a regex scan, so a pattern tried on each of
thousands of passages is tried only on those that hold one of its needed words (``Gated``).
"""

from __future__ import annotations

import re
import re._constants as _sre
import re._parser as _sre_parse
import sys


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
