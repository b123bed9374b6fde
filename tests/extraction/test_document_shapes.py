"""Texts as documents and editors hand them over read as the plain text does: invisible soft hyphens,
no-break spaces, full-width signs and ligatures change no proposal. Every text here is written for
these tests."""

import re
import unicodedata

import pytest

from tests.extraction.conftest import codes
from tracker.extraction.passage import read_passage

NOTICES = {
    "en": (
        "Conclusions of the working session of 4 March 2025:\n"
        "1. The Department of Finance shall prepare the budget plan for the office buildings (phase 2) by "
        "30 June 2025.\n"
        "2. The Department of Health, in coordination with the Department of Education and Training, must "
        "inspect the kitchens of the schools before 15 May 2025; the findings shall be reported to the "
        "Provincial People's Committee.\n"
        "3. The Department of Construction shall fix the flood defences of the riverside dykes within fifteen "
        "days."
    ),
    "vi": (
        "Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc ngày 4/3/2025:\n"
        "1. Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát kế hoạch vốn đầu tư công (đợt 2), "
        "hoàn thành trước ngày 30/6/2025.\n"
        "2. Sở Y tế khẩn trương kiểm tra an toàn thực phẩm tại các bếp ăn trường học; báo cáo kết quả về "
        "UBND tỉnh trước ngày 15/5/2025."
    ),
    "fr": (
        "Relevé des décisions du Conseil du 4 mars 2025 :\n"
        "Le Conseil a chargé le Département des finances de préparer le budget rectificatif avant le "
        "30 juin 2025 ; le Département de la santé devra vérifier les registres des cliniques (officielles "
        "et privées) dans un délai de quinze jours !"
    ),
    "sv": (
        "Beslut vid sammanträdet den 4 mars 2025:\n"
        "Finansdepartementet ska redovisa en plan för finansieringen av kontorslokalerna senast den "
        "30 juni 2025.\n"
        "Hälsodepartementet ska granska kommunernas krisberedskap (fältsjukhus och förråd). Uppdraget ska "
        "redovisas senast den 15 maj 2025."
    ),
}
MEETING = "2025-03-04"


def soft_hyphens(text):
    """A word processor's optional hyphens inside the longer words."""
    return re.sub(r"[^\W\d_]{6,}", lambda m: m.group()[:3] + "\u00ad" + m.group()[3:], text)


def no_break_spaces(text):
    """No-break spaces around figures, narrow ones before French signs, and now and then elsewhere."""
    text = re.sub(r"(?<=\d) | (?=\d)", "\u00a0", text)
    text = re.sub(r" (?=[:;!?])", "\u202f", text)
    count = iter(range(len(text)))
    return re.sub(" ", lambda m: "\u00a0" if next(count) % 3 == 0 else " ", text)


def full_width(text):
    """Signs typed with a full-width input method: ``：``, ``（``, ``，``."""
    return text.translate({ord(sign): chr(ord(sign) + 0xFEE0) for sign in ":;,()!?"})


def ligatures(text):
    """The ligatures a PDF's text layer gives back (``ﬁ``, ``ﬂ``)."""
    return text.replace("ffi", "\ufb03").replace("fi", "\ufb01").replace("fl", "\ufb02")


def plain(text):
    return unicodedata.normalize("NFKC", text).replace("\u00ad", "")


def reading(result):
    """What a reviewer sees of each proposal: lead, coordinating units, deadline as read and as written, title."""
    return [
        (d.lead.code if d.lead else None, codes(d.coordinating), d.deadline, plain(d.deadline_text or ""), d.title)
        for d in result.directives
    ]


CASES = [
    *[(language, shape) for language in sorted(NOTICES) for shape in (soft_hyphens, full_width)],
    *[(language, ligatures) for language in ("en", "fr", "sv")],
    ("fr", no_break_spaces),
]


@pytest.mark.parametrize(("language", "shape"), CASES, ids=lambda value: getattr(value, "__name__", value))
def test_odd_characters_change_no_proposal(run, language, shape):
    text = NOTICES[language]
    odd = shape(text)
    assert odd != text
    expected, got = run(text, language, MEETING), run(odd, language, MEETING)
    assert len(expected.directives) >= 2
    assert reading(got) == reading(expected)
    for directive, clean in zip(got.directives, expected.directives, strict=True):
        assert odd[directive.start : directive.end] == directive.text  # the passage quotes the input as given
        assert plain(directive.text) == clean.text


@pytest.mark.parametrize(
    "passage",
    [
        "Pre\u00adpare the bud\u00adget plan for the office build\u00adings.",  # no unit: read by its parts
        "The Depart\u00adment of Fi\u00adnance shall pre\u00adpare the bud\u00adget plan by 30 June 2025.",
    ],
)
def test_a_selected_passage_gets_a_title_without_soft_hyphens(departments, passage):
    proposed = read_passage(passage, departments, "en")
    assert proposed.title.startswith("Prepare the budget plan")
    assert proposed.text == passage
