"""Text folded for search: lower case, no diacritics (``đ`` is ``d``), whitespace runs as one space.

"ke hoach" then finds "Kế hoạch", and "KẾ HOẠCH" finds "kế hoạch": the query and the stored text
are folded the same way. The folded copies (``folded_*`` columns of tasks, meetings and directives)
are computed here, in Python, on every write (column defaults on INSERT, :mod:`maintenance` on an
ORM UPDATE), so both databases index the same text with their trigram indexes and no database
extension (PostgreSQL's ``unaccent``) is needed.

This module imports no model: the models use it for their column defaults.
"""

import re
import unicodedata

#: Combining marks left by the canonical decomposition (Vietnamese tones and vowel marks among them).
COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
#: Letters with a stroke rather than a mark: no decomposition removes it.
STROKES = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o"})
SPACES = re.compile(r"\s+")
#: Separates the references in a directive's folded copy, so that an exact reference is
#: ``\n57-nq/tw\n`` (newlines cannot be in a folded reference, whose whitespace is folded to spaces).
REFERENCE_SEPARATOR = "\n"


def fold(text):
    """``text`` folded for matching (``None`` stays ``None``)."""
    if text is None:
        return None
    text = unicodedata.normalize("NFD", text.translate(STROKES))
    text = COMBINING.sub("", text).lower()
    return SPACES.sub(" ", text)


def fold_parts(*parts):
    """Several texts folded into one (each on its own line), or ``None`` when all are empty."""
    present = [fold(part) for part in parts if part]
    return "\n".join(present) if present else None


def fold_references(references):
    """A directive's references folded, each between separators, or ``None`` when there are none."""
    folded = [fold(reference).strip() for reference in references or () if reference and reference.strip()]
    if not folded:
        return None
    return REFERENCE_SEPARATOR + REFERENCE_SEPARATOR.join(folded) + REFERENCE_SEPARATOR


#: Each character's folded form, as :func:`fold_with_positions` met it: a page of search results maps
#: 25 snippets character by character, and folding each character anew was a quarter of its CPU.
#: Kept for at most :data:`FOLDED_CHARACTERS` characters (the alphabets of a text are a few hundred).
_FOLDED_CHARACTERS = {}
FOLDED_CHARACTERS = 4096


def fold_with_positions(text):
    """``(folded, positions)``: ``text`` folded as :func:`fold` does, and for each folded character
    the index in ``text`` of the character it comes from (to highlight a match in the original)."""
    folded, positions = [], []
    known = _FOLDED_CHARACTERS
    for index, char in enumerate(text):
        pieces = known.get(char)
        if pieces is None:
            pieces = " " if char.isspace() else fold(char)
            if len(known) < FOLDED_CHARACTERS:
                known[char] = pieces
        if pieces == " ":
            if folded and folded[-1] == " ":
                continue
            folded.append(" ")
            positions.append(index)
            continue
        for piece in pieces:
            folded.append(piece)
            positions.append(index)
    return "".join(folded), positions


def column_default(*names, references=False):
    """A column default computing the folded copy of the columns ``names`` from the INSERT's values.

    A default, rather than an ORM event, so that every INSERT fills it, bulk ones included.
    """

    def compute(context):
        values = context.get_current_parameters()
        if references:
            return fold_references(values.get(names[0]))
        return fold_parts(*(values.get(name) for name in names))

    return compute


#: table -> {folded column: (its source columns, how they are folded)}.
FOLDED = {
    "tasks": {"folded_title": (("title",), fold_parts), "folded_body": (("description",), fold_parts)},
    "meetings": {
        "folded_title": (("title",), fold_parts),
        "folded_body": (("place", "chair_name", "chair_title", "minutes"), fold_parts),
    },
    "directives": {"folded_body": (("text",), fold_parts), "folded_refs": (("references",), fold_references)},
}


def fill_folded(table_name, row):
    """Set the folded copies in ``row`` (a dict of column values for ``table_name``), for writers
    that insert rows without the models' defaults (the bench's data generator)."""
    for column, (sources, folding) in FOLDED.get(table_name, {}).items():
        row[column] = folding(*(row.get(source) for source in sources))
    return row
