"""Texts as documents and editors hand them over read as the plain text does: invisible soft hyphens,
no-break spaces, full-width signs and ligatures change no proposal. Every text here is written for
these tests."""

import datetime
import re
import textwrap
import unicodedata

import pytest

from tests.extraction.conftest import codes
from tracker.extraction.passage import read_passage
from tracker.extraction.segments import join_wrapped_lines
from tracker.extraction.textprep import prepare

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


def _as_written(deadline_text):
    return " ".join(plain(deadline_text or "").split())


def reading(result):
    """What a reviewer sees of each proposal: lead, coordinating units, deadline as read and as written, title."""
    return [
        (d.lead.code if d.lead else None, codes(d.coordinating), d.deadline, _as_written(d.deadline_text), d.title)
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


# --- Hard-wrapped lines ---------------------------------------------------------------------------

REPORTS = {
    "en": (
        "Conclusions of the Vice Chairman at the working session on school safety of 4 March 2025\n"
        "The Vice Chairman requested the Department of Education and Training to inspect the fire exits of "
        "every boarding school in the mountain districts and to report the results to the Provincial People's "
        "Committee before 30 April 2025. The Department of Finance shall allocate the funds for the repairs "
        "within fifteen days of the report.\n"
        "The Department of Health must vaccinate the pupils of the boarding schools against measles in the "
        "second quarter of 2025."
    ),
    "vi": (
        "Kết luận của Phó Chủ tịch UBND tỉnh tại buổi làm việc về an toàn trường học ngày 4/3/2025\n"
        "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Xây dựng kiểm tra lối thoát hiểm của các trường "
        "phổ thông dân tộc nội trú, báo cáo kết quả về UBND tỉnh trước ngày 30/4/2025. Sở Tài chính bố trí "
        "kinh phí sửa chữa trong thời hạn 15 ngày kể từ ngày nhận được báo cáo.\n"
        "Sở Y tế tổ chức tiêm vắc xin sởi cho học sinh các trường nội trú trong quý II/2025."
    ),
    "fr": (
        "Relevé des conclusions de la séance de travail du 4 mars 2025 sur la sécurité des écoles\n"
        "Le Vice-président a demandé au Département de l'éducation et de la formation de contrôler les issues "
        "de secours de tous les internats des districts de montagne et d'en rendre compte au Comité populaire "
        "provincial avant le 30 avril 2025. Le Département des finances devra débloquer les crédits des "
        "réparations dans un délai de quinze jours.\n"
        "Le Département de la santé devra vacciner les élèves des internats contre la rougeole au deuxième "
        "trimestre 2025."
    ),
    "sv": (
        "Beslut vid arbetsmötet om skolornas säkerhet den 4 mars 2025\n"
        "Utbildningsdepartementet får i uppdrag att kontrollera nödutgångarna på samtliga internatskolor i "
        "bergsdistrikten. Uppdraget ska redovisas till provinsens folkkommitté senast den 30 april 2025. "
        "Finansdepartementet ska anvisa medel för reparationerna inom femton dagar från redovisningen.\n"
        "Hälsodepartementet ska vaccinera eleverna på internatskolorna mot mässling under andra kvartalet 2025."
    ),
}


def hard_wrapped(text, width, blank_lines=False):
    """Each paragraph broken into lines of at most ``width`` characters, as a PDF's text layer gives it."""
    paragraphs = [textwrap.fill(line, width) for line in text.split("\n")]
    return ("\n\n" if blank_lines else "\n").join(paragraphs)


def proposals(result):
    return [(" ".join(d.text.split()), *row) for d, row in zip(result.directives, reading(result), strict=True)]


@pytest.mark.parametrize("blank_lines", [False, True], ids=["lines", "blank lines"])
@pytest.mark.parametrize("language", sorted(REPORTS))
def test_hard_wrapped_lines_read_as_their_paragraphs(run, language, blank_lines):
    text = REPORTS[language]
    expected = proposals(run(text, language, MEETING))
    assert len(expected) == 3
    for width in range(56, 104, 4):  # from a narrow column to a wide page
        wrapped = hard_wrapped(text, width, blank_lines)
        assert proposals(run(wrapped, language, MEETING)) == expected, width


# --- One paragraph per line -----------------------------------------------------------------------

#: An assignment, its list, a scope paragraph and the report-back paragraph that closes it; a second unit.
ASSIGNMENTS = {
    "sv": (
        "Uppdrag att se över skolskjutsarna\n"
        "Regeringen ger Utbildningsdepartementet i uppdrag att kartlägga hur kommunerna organiserar "
        "skolskjutsar för elever i glesbygd.\n"
        "Utbildningsdepartementet ska inom ramen för uppdraget särskilt belysa:\n"
        "• hur långa elevernas restider är,\n"
        "• vilka kostnader kommunerna har för skolskjutsarna, och\n"
        "• hur trafiksäkerheten vid hållplatserna följs upp.\n"
        "I uppdraget ingår inte att lämna förslag om statsbidrag.\n"
        "Uppdraget ska redovisas senast den 30 april 2026.\n"
        "Hälsodepartementet ska samtidigt redovisa hur elevhälsan når eleverna i glesbygd."
    ),
    "en": (
        "Conclusions of the Chairman on school transport\n"
        "The Chairman assigned the Department of Education and Training to review how the districts "
        "organise school transport in remote areas.\n"
        "The Department of Education and Training shall in particular examine:\n"
        "• how long the pupils travel each day,\n"
        "• what the districts spend on school buses, and\n"
        "• how the safety of the bus stops is checked.\n"
        "The review does not cover the funding of new routes.\n"
        "The report shall be submitted by 30 April 2026.\n"
        "The Department of Health shall at the same time report on the health checks of the pupils in remote areas."
    ),
    "fr": (
        "Conclusions du Président sur le transport scolaire\n"
        "Le Président a chargé le Département de l'éducation et de la formation d'examiner comment les "
        "districts organisent le transport scolaire dans les zones isolées.\n"
        "Le Département de l'éducation et de la formation devra notamment examiner :\n"
        "• la durée des trajets des élèves,\n"
        "• les dépenses des districts pour les cars scolaires, et\n"
        "• le contrôle de la sécurité des arrêts.\n"
        "L'examen ne porte pas sur le financement de nouvelles lignes.\n"
        "Le rapport devra être remis au plus tard le 30 avril 2026.\n"
        "Le Département de la santé rendra compte dans le même temps des visites médicales des élèves."
    ),
    "vi": (
        "Kết luận của Chủ tịch UBND tỉnh về đưa đón học sinh\n"
        "Giao Sở Giáo dục và Đào tạo rà soát việc tổ chức đưa đón học sinh ở vùng sâu, vùng xa.\n"
        "Sở Giáo dục và Đào tạo tập trung làm rõ:\n"
        "- thời gian đi lại của học sinh,\n"
        "- chi phí xe đưa đón của các huyện, và\n"
        "- việc bảo đảm an toàn tại các điểm đón.\n"
        "Việc rà soát không bao gồm kinh phí mở tuyến mới.\n"
        "Kết quả rà soát báo cáo UBND tỉnh trước ngày 30/4/2026.\n"
        "Sở Y tế đồng thời báo cáo kết quả khám sức khỏe cho học sinh vùng sâu, vùng xa."
    ),
}
DUE = {"en": "30 April 2026", "fr": "30 avril 2026", "sv": "30 april 2026", "vi": "30/4/2026"}


@pytest.mark.parametrize("language", sorted(ASSIGNMENTS))
def test_paragraphs_one_per_line_read_as_paragraphs_between_blank_lines(run, language):
    """A document's paragraphs reach Tracker one per line (a .docx, a PDF's text, a paste from Word) or
    between blank lines (a web page); either way the report-back paragraph closes the assignment."""
    text = ASSIGNMENTS[language]
    one_per_line = run(text, language, MEETING)
    between_blank_lines = run(text.replace("\n", "\n\n"), language, MEETING)
    assert reading(one_per_line) == reading(between_blank_lines)
    for result in (one_per_line, between_blank_lines):
        assert [d.lead.code for d in result.directives[:2]] == ["SGDDT", "SGDDT"]
        assigned = result.directives[1]
        assert assigned.deadline == datetime.date(2026, 4, 30)
        assert assigned.text.rstrip(".").endswith(DUE[language])


@pytest.mark.parametrize("language", sorted(ASSIGNMENTS))
def test_a_number_alone_on_its_line_is_no_paragraph(run, language):
    """A table's number cell, or a PDF's hanging list number, read on a line of its own before its item."""
    text = ASSIGNMENTS[language]
    heading, *paragraphs = text.split("\n")
    numbered = "\n".join([heading, *(f"{n}\n{line}" for n, line in enumerate(paragraphs, 1))])
    expected, got = run(text, language, MEETING), run(numbered, language, MEETING)
    assert reading(got) == reading(expected)
    assert [re.sub(r"\n\d+\n", "\n", d.text) for d in got.directives] == [d.text for d in expected.directives]


# --- Words hyphenated at a line's end -------------------------------------------------------------


def hyphenated(text, width):
    """Lines of at most ``width`` characters, a long word broken with a hyphen where it passes the end,
    as a justified PDF sets them."""
    lines, line = [], ""
    for word in text.split(" "):
        room = width - len(line) - (1 if line else 0)
        if len(word) <= room:
            line = f"{line} {word}" if line else word
        elif word.isalpha() and len(word) >= 8 and room >= 4:
            lines.append(f"{line} {word[: room - 1]}-" if line else f"{word[: room - 1]}-")
            line = word[room - 1 :]
        else:
            lines.append(line)
            line = word
    return "\n".join([*lines, line])


def _unbroken(rows):
    """Proposals without their passages, deadlines as written without the hyphens that broke them."""
    return [(*row[1:4], row[4].replace("- ", ""), row[5]) for row in rows]


@pytest.mark.parametrize("language", ["en", "fr", "sv"])
def test_words_hyphenated_at_line_ends_read_whole(run, language):
    text = " ".join(REPORTS[language].split("\n")[1:])
    expected = proposals(run(text, language, MEETING))
    broken = 0
    for width in range(56, 104, 4):
        justified = hyphenated(text, width)
        broken += justified.count("-\n")
        assert _unbroken(proposals(run(justified, language, MEETING))) == _unbroken(expected), width
    assert broken >= 5


@pytest.mark.parametrize(
    ("text", "work", "word"),
    [
        ("until Septem-\nber 15, 2025.", "until September 15, 2025.", "September"),
        ("the Ba Ria-\nVung Tau road", "the Ba Ria-Vung Tau road", "Ria-Vung"),
        ("vetenskaps-\noch teknikdepartementet", "vetenskaps-\noch teknikdepartementet", None),  # a first part
        ("Covid-\n19 vaccines", "Covid-\n19 vaccines", None),
    ],
)
def test_a_word_broken_at_a_line_end_is_whole_in_the_working_copy(text, work, word):
    prepared = join_wrapped_lines(prepare(text))
    assert prepared.work.replace("\n", " ") == work.replace("\n", " ")
    if word:  # and it quotes the input as it was
        at = prepared.work.index(word)
        assert text[prepared.to_input(at) : prepared.to_input(at + len(word))].replace("\n", "") in (
            word,
            word.replace("Septem", "Septem-"),
        )


# --- Numbered paragraphs ---------------------------------------------------------------------------

#: A session's record: an order, a report told, another order (no lead-in, no conclusions heading).
SESSION = {
    "en": [
        "Working session on the boarding schools, 4 March 2025",
        "The Department of Finance shall prepare the budget plan for the boarding schools by 30 June 2025.",
        "Afterwards, the director of the Department of Health presented a report on the vaccination "
        "campaign in the mountain districts, saying that most pupils had been reached.",
        "The Department of Construction must inspect the dormitories of the boarding schools before 15 May 2025.",
    ],
    "fr": [
        "Séance de travail sur les internats, 4 mars 2025",
        "Le Département des finances devra préparer le budget des internats avant le 30 juin 2025.",
        "Ensuite, le directeur du Département de la santé a présenté un rapport sur la campagne de "
        "vaccination dans les districts de montagne, indiquant que la plupart des élèves avaient été vaccinés.",
        "Le Département de la construction devra inspecter les dortoirs des internats avant le 15 mai 2025.",
    ],
}


@pytest.mark.parametrize("language", sorted(SESSION))
def test_numbered_paragraphs_are_read_as_paragraphs(run, language):
    """Word numbers every paragraph of a record (the .docx reader puts the numbers back): a numbered report
    after an order is still a report; only a lead-in ("as follows:") or a conclusions heading opens a
    list whose items are orders."""
    heading, *paragraphs = SESSION[language]
    numbered = "\n".join([heading, *(f"{n}.\t{line}" for n, line in enumerate(paragraphs, 1))])
    expected = run("\n".join(SESSION[language]), language, MEETING)
    assert [d.lead.code for d in expected.directives] == ["STC", "SXD"]
    assert reading(run(numbered, language, MEETING)) == reading(expected)
