"""Properties that hold for any input: no exception, exact offsets, consistent roles; 1 MB finishes."""

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.extraction.conftest import MINUTES
from tracker.extraction.results import RECURRENCES

WORDS = [
    "Sở", "Tài", "chính", "chủ", "trì", "phối", "hợp", "với", "UBND", "huyện", "Đầm", "Hà", "the", "Department",
    "of", "Finance", "must", "requested", "to", "coordinate", "with", "by", "2025", "Q3", "quý", "III/2025",
    "trước", "ngày", "30/6/2025", "Le", "Département", "de", "la", "santé", "doit", "l'unité", "senast",
    "departementet", "ska", "samordna", "med", "folkkommittén", "i", "Tien", "Yen", "5 000", "ha", "85 %", ";",
    ":", ".", "\n", "\n\n", "-", "1.", "Resolution", "No.", "57-NQ/TW", "dated", "within", "ten", "days",
    "hằng", "năm", "årligen", "chaque", "mois", "Nghị", "quyết", "số", "10-NQ/TU", "Пример", "例子", "مثال", "🙂",
]  # fmt: skip
sentences = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)
anything = st.one_of(
    st.text(max_size=400),
    st.binary(max_size=400).map(lambda b: b.decode("utf-8", errors="replace")),
    st.binary(max_size=400).map(lambda b: b.decode("utf-8", errors="surrogateescape")),
    sentences,
    st.text(alphabet=string.printable + "ăâđêôơưạảấầẩẫậĐÅÄÖéèçœ\u0300\u0301\u0303\u00a0\u202f’–", max_size=300),
)
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(result, text):
    assert result.language in {"en", "vi", "fr", "sv"}
    previous_end = -1
    for directive in result.directives:
        assert 0 <= directive.start < directive.end <= len(text)
        assert text[directive.start : directive.end] == directive.text
        assert directive.start >= previous_end  # in text order, not overlapping
        previous_end = directive.end
        assert directive.lead not in directive.coordinating
        assert len({ref.id for ref in directive.coordinating}) == len(directive.coordinating)
        assert directive.recurrence in RECURRENCES
        assert isinstance(directive.title, str) and len(directive.title) <= 80 and "…" not in directive.title
        if directive.deadline_text is not None:
            assert directive.deadline_text in directive.text
        for reference in directive.references:
            assert reference in directive.text
        for target in directive.targets:
            assert target.text in directive.text
    for unknown in result.unknown_departments:
        assert text[unknown.start : unknown.end] == unknown.name
    result.to_dict()


@PROPERTY
@given(anything)
def test_never_raises_and_offsets_slice_the_input(run, text):
    check(run(text), text)


@PROPERTY
@given(sentences, st.sampled_from([None, "en", "vi", "fr", "sv"]), st.dates())
def test_any_language_and_meeting_date(run, text, language, meeting):
    check(run(text, language=language, meeting=meeting), text)


def test_one_megabyte_finishes_with_consistent_offsets(run):
    corpus = "\n\n".join(path.read_text(encoding="utf-8") for path in sorted(MINUTES.glob("*.txt")))
    text = (corpus * (1_000_000 // len(corpus) + 1))[:1_000_000]
    result = run(text)
    assert len(result.directives) > 100
    check(result, text)


def test_one_megabyte_of_garbage_finishes(run):
    import random

    generator = random.Random(7)
    text = bytes(generator.getrandbits(8) for _ in range(1_000_000)).decode("utf-8", errors="replace")
    check(run(text), text)


def test_the_same_text_read_with_two_directories_in_turn_gives_each_its_own_units():
    """Name lists are computed once per text and reused within an extraction: a text extracted with one directory,
    then another, then the first again, names each directory's own units (the reuse is keyed by the directory)."""
    from tests.extraction.conftest import directives_in, leads, unit

    text = (
        "THÔNG BÁO KẾT LUẬN\n\n1. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các Sở: Tài chính, Xây dựng"
        " rà soát quỹ đất dọc tuyến đường ven biển, báo cáo UBND tỉnh trước ngày 30/6/2026.\n"
    )
    first = [unit("A-NN", "Sở Nông nghiệp và Môi trường"), unit("A-TC", "Sở Tài chính"), unit("A-XD", "Sở Xây dựng")]
    second = [unit("B-NN", "Sở Nông nghiệp và Môi trường"), unit("B-TC", "Sở Tài chính")]
    for departments, lead, partners in ((first, "A-NN", ["A-TC", "A-XD"]), (second, "B-NN", ["B-TC"])) * 2:
        found = directives_in(text, departments, "vi", "2026-05-04")
        assert leads(found) == [lead]
        assert [ref.code for ref in found[0].coordinating] == partners
