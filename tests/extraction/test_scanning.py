"""Patterns compiled with the characters their matches start with (``gates.scanning``): the same matches as the
pattern ``re`` compiles, and every pattern of the extractor's modules so compiled where it can be."""

import random
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

import tracker.extraction  # noqa: F401  (loads the modules and speeds their patterns up)
from tracker.extraction import gates

MINUTES = Path(__file__).resolve().parents[1] / "data" / "minutes"

#: Patterns that open on a word boundary, a look-around or an optional part: ``re`` scans them position by position.
OPENING_ON_NO_CHARACTER = [
    r"\b(?:Ministry|Department|Sở)\s+of\s+(?P<field>\w+)",
    r"(?<![\w'-])(?P<a>(?:[A-Z][\w'-]*[ \t]+){1,3})and[ \t]+(?P<b>[A-Z]\w+)",
    r"(?=[ds])\b(?:directed|shall)\b",
    r"(?:\s*-\s*)?(?:giao|yêu cầu)\s+(\w+)",
    r"(?m)^[ \t]*(?:\d{1,2}[.)]|[-–•+])[ \t]*(?P<item>[^\n]{3,40})",
    r"(?:(?:the|la)\s+)?(?:city|ville)\b",
    r"(?<=[.;:]\s)(?:[Tt]he|[Ll]e)\s+(\w+)",
    r"\b(?>senast|före)\s+den\s+\d{1,2}",
    r"(?:x{0,2}y)+z",
]

#: Patterns it leaves as they are: ``re`` knows their first characters, or any character can start a match, or a
#: match can be empty, or case is ignored.
LEFT_AS_THEY_ARE = [
    r"Ministry of \w+",
    r"[A-Z]\w+",
    r".+ shall",
    r"[^\W\d_]+ports",
    r"\b\w*",
    r"(?i)\bministry\b",
    r"(?:a|b)|.c",
    r"(\w)\1",
]

SAMPLE = (
    "The Ministry of Health and the Department of Finance shall report by 15 March. Sở Y tế chủ trì; "
    "- giao Sở Tài chính thẩm định.\n 1. La ville de Lyon et the City Council directed staff.\n"
    "Uppdraget ska redovisas senast den 31 mars 2027. xxyxyz xyz yz z; Le Ministre de la Santé."
)


def _texts() -> list[str]:
    texts = [SAMPLE, ""]
    texts += [path.read_text(encoding="utf-8")[:4000] for path in sorted(MINUTES.glob("*.txt"))]
    shuffler = random.Random(7)
    letters = list(SAMPLE)
    for _ in range(5):
        shuffler.shuffle(letters)
        texts.append("".join(letters))
    return texts


def _everything(pattern: re.Pattern, text: str) -> list:
    """What a pattern finds in a text by each of its methods, as plain values."""
    middle = len(text) // 3
    found = [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]
    found += [(m.span(), m.groups()) for m in pattern.finditer(text, middle, 2 * middle)]
    for position in range(0, len(text), max(1, len(text) // 40)):
        for method in (pattern.search, pattern.match, pattern.fullmatch):
            hit = method(text, position)
            found.append(hit.span() if hit else None)
    found.append(pattern.sub("#", text))
    found.append(pattern.split(text))
    found.append(pattern.findall(text))
    return found


@pytest.mark.parametrize("source", OPENING_ON_NO_CHARACTER)
def test_scanning_compiles_a_pattern_that_opens_on_no_character_anew_with_the_same_matches(source):
    plain = re.compile(source)
    faster = gates.scanning(plain)
    assert faster is not plain and gates.is_scanning(faster) and not gates.is_scanning(plain)
    assert faster.pattern == plain.pattern and faster.groupindex == plain.groupindex
    assert faster.groups == plain.groups and faster.flags == plain.flags
    for text in _texts():
        assert _everything(faster, text) == _everything(plain, text)
    assert gates.scanning(faster) is faster  # built once


@pytest.mark.parametrize("source", LEFT_AS_THEY_ARE)
def test_scanning_leaves_a_pattern_whose_first_characters_it_cannot_add(source):
    plain = re.compile(source)
    assert gates.scanning(plain) is plain


def test_speed_up_replaces_a_pattern_in_every_module_and_wrapper_that_holds_it():
    shared = re.compile(r"\b(?:assigned|tasked)\s+(\w+)")
    first, second = ModuleType("first"), ModuleType("second")
    first.ORDER, first.LEFT = shared, re.compile(r"Ministry")
    second.ORDER = shared  # imported from the first
    second.GATED = gates.Gated(shared)
    first.GATED = second.GATED
    assert gates.speed_up([first, second]) == 1
    assert gates.is_scanning(first.ORDER) and first.ORDER is second.ORDER is second.GATED.pattern
    assert first.LEFT.pattern == "Ministry" and not gates.is_scanning(first.LEFT)
    assert second.GATED.search("It tasked staff with it").group(1) == "staff"


def test_the_extractors_patterns_are_compiled_with_their_first_characters_and_find_the_same():
    """Every compiled pattern of the loaded extraction modules that can be is a ``scanning`` one, and each finds
    in the labelled minutes exactly what the pattern ``re`` compiles finds."""
    modules = [module for name, module in sys.modules.items() if name.startswith("tracker.extraction.")]
    patterns = {
        id(value): value
        for module in modules
        for value in vars(module).values()
        if isinstance(value, re.Pattern) and not value.flags & re.IGNORECASE
    }
    faster = [pattern for pattern in patterns.values() if gates.is_scanning(pattern)]
    assert len(faster) > 0.6 * len(patterns)
    text = "\n\n".join(path.read_text(encoding="utf-8")[:3000] for path in sorted(MINUTES.glob("*.txt")))
    for pattern in faster:
        plain = re.compile(pattern.pattern, pattern.flags)
        assert not gates.is_scanning(plain)
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ], pattern.pattern
