"""Referenced documents, quantitative targets and language detection."""

import pytest

from tracker.extraction.language import detect_language
from tracker.extraction.references import find_references, key_of
from tracker.extraction.targets import parse_number
from tracker.extraction.textprep import fold


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        (
            "implementing Resolution No. 57-NQ/TW dated 22 December 2024 on breakthroughs",
            "Resolution No. 57-NQ/TW dated 22 December 2024",
        ),
        ("de tilldelade uppgifterna i plan nr 28/KH-UBND från den provinsiella folkkommittén", "plan nr 28/KH-UBND"),
        ("plan nr 28/KH-UBND daterad 24 januari 2025 från", "plan nr 28/KH-UBND daterad 24 januari 2025"),
        ("theo Nghị quyết số 10-NQ/TU; hằng năm", "Nghị quyết số 10-NQ/TU"),
        ("Kế hoạch số 28/KH-UBND ngày 24/01/2025 của UBND tỉnh", "Kế hoạch số 28/KH-UBND ngày 24/01/2025"),
        ("in accordance with Decision 42/2014/QĐ-TTg and", "Decision 42/2014/QĐ-TTg"),
        ("énoncés dans la résolution n° 21/NQ-TU ;", "résolution n° 21/NQ-TU"),
        (
            "handlingsprogram nr 46 CTr/TU daterad 15 januari 2025",
            "handlingsprogram nr 46 CTr/TU daterad 15 januari 2025",
        ),
        (
            "Official Letter No. 5125/UBND-TH dated 12 August 2025.",
            "Official Letter No. 5125/UBND-TH dated 12 August 2025",
        ),
        (
            "conformément au décret n° 100/2024/NĐ-CP du 26 juillet 2024 du gouvernement",
            "décret n° 100/2024/NĐ-CP du 26 juillet 2024",
        ),
    ],
)
def test_references_are_found_as_written(text, reference):
    found = [text[start:end] for start, end, _key in find_references(fold(text))]
    assert found == [reference]


@pytest.mark.parametrize(
    "text",
    ["the plan for 2021-2025", "Programme 135 helps", "a report on 57 projects", "the 2025 plan"],
)
def test_numbers_without_a_document_sign_are_no_references(text):
    assert find_references(fold(text)) == []


def test_reference_keys_ignore_the_date_and_the_spelling():
    assert key_of("Resolution No. 57-NQ/TW dated 22 December 2024") == key_of("resolution nr 57-NQ/TW")
    assert key_of("Nghị quyết số 10-NQ/TU") == "10/nq/tu"


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("5 000", "sv", 5000.0),
        ("5.000", "vi", 5000.0),
        ("5,000", "en", 5000.0),
        ("2,5", "fr", 2.5),
        ("2.5", "en", 2.5),
        ("1.234,5", "vi", 1234.5),
        ("1,234.5", "en", 1234.5),
        ("04", "en", 4.0),
        ("1.250.000", "vi", 1250000.0),
    ],
)
def test_numbers_are_read_the_way_the_language_writes_them(text, language, value):
    assert parse_number(text, language) == value


@pytest.mark.parametrize(
    ("text", "language", "targets"),
    [
        ("sträva efter att plantera 5\u00a0000 hektar nya träd", "sv", [(5000.0, "hektar", "5\u00a0000 hektar")]),
        ("plant at least 5,000 hectares of large-timber forest", "en", [(5000.0, "hectares", "5,000 hectares")]),
        ("trồng mới 5.000 ha rừng gỗ lớn", "vi", [(5000.0, "ha", "5.000 ha")]),
        ("bố trí 12 tỷ đồng kinh phí", "vi", [(12.0, "tỷ đồng", "12 tỷ đồng")]),
        (
            "complete 04 high-tech agricultural zones",
            "en",
            [(4.0, "high-tech agricultural zones", "04 high-tech agricultural zones")],
        ),
        ("raise the rate to 85% by the end of Q3 2025", "en", [(85.0, "%", "85%")]),
        ("atteindre 100 % d'ordonnances électroniques", "fr", [(100.0, "%", "100 %")]),
        ("allouer 8,5 milliards de VND", "fr", [(8.5, "milliards", "8,5 milliards")]),
    ],
)
def test_targets(one, text, language, targets):
    lead_in = {"en": "Conclusions", "fr": "Conclusions", "sv": "Slutsatser", "vi": "Kết luận"}[language]
    directive = one(f"{lead_in}:\n- {text}.", language=language)
    assert [(t.value, t.unit, t.text) for t in directive.targets] == targets


def test_years_dates_durations_and_document_numbers_are_no_targets(one):
    directive = one(
        "The Department of Finance must submit Plan No. 12/KH-STC within 10 days and report in 2025 on the "
        "2024 results.",
        meeting="2025-01-02",
    )
    assert directive.targets == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Department of Finance must review the budget of the province and report to the committee.", "en"),
        ("Sở Tài chính chủ trì, phối hợp với các sở, ngành rà soát ngân sách của tỉnh.", "vi"),
        ("Le Département des finances doit examiner le budget de la province et en rendre compte.", "fr"),
        ("Finansdepartementet ska granska budgeten för provinsen och rapportera till kommittén.", "sv"),
        ("", "en"),
        ("12345 !!!", "en"),
    ],
)
def test_language_detection(text, language):
    assert detect_language(text.lower()) == language


def test_given_language_is_kept(run):
    assert run("The Department of Finance must act.", language="sv").language == "sv"
    assert run("The Department of Finance must act.", language="xx").language == "en"
