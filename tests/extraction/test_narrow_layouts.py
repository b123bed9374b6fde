"""Three narrow layouts a rule read in one wording only: a news headline whose topic comes before a colon
("Sécheresse : le préfet demande à ...", "Torka: länsstyrelsen uppmanar ...", "Hạn mặn: Chủ tịch UBND tỉnh yêu
cầu ..."), no order; a task row's due date on a "By:" or "Target:" line; a Vietnamese row's "Đơn vị phối hợp:"
line, its units coordinating. Texts and directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

UNITS = [
    unit("NL-DREAL", "DREAL"),
    unit("NL-KOM", "Kommunerna"),
    unit("NL-SNN", "Sở Nông nghiệp"),
    unit("NL-REV", "Revenue Department"),
    unit("NL-DH", "Department of Health"),
    unit("NL-SYT", "Sở Y tế"),
    unit("NL-STC", "Sở Tài chính"),
    unit("NL-SNV", "Sở Nội vụ"),
]


def run(text, language):
    return directives_in(text, UNITS, language, "2027-01-10")


def test_a_french_headline_with_its_topic_before_a_colon_is_no_order():
    text = (
        "Sécheresse : le préfet demande à la DREAL de renforcer les contrôles\n"
        "\n"
        "Le préfet a réuni hier les services de l'État. Il a demandé à la DREAL de renforcer les contrôles des "
        "prélèvements d'eau avant le 30 juin 2027.\n"
    )
    found = run(text, "fr")
    assert [d.text for d in found] == [
        "Il a demandé à la DREAL de renforcer les contrôles des prélèvements d'eau avant le 30 juin 2027"
    ]
    # a record's label before the colon is no topic: its order stays
    record = (
        "Décision : le préfet demande à la DREAL de renforcer les contrôles\n\nLe point suivant porte sur le budget.\n"
    )
    assert leads(run(record, "fr")) == ["NL-DREAL"]


def test_swedish_vietnamese_and_english_headlines_with_a_topic_are_no_order():
    swedish = (
        "Torka: länsstyrelsen uppmanar kommunerna att spara vatten\n"
        "\n"
        "Länsstyrelsen höll i går ett möte om torkan. Kommunerna ska införa bevattningsförbud senast den 30 juni "
        "2027.\n"
    )
    vietnamese = (
        "Hạn mặn: Chủ tịch UBND tỉnh yêu cầu Sở Nông nghiệp bảo đảm nước tưới\n"
        "\n"
        "Chiều qua, Chủ tịch UBND tỉnh đã họp với các sở ngành. Chủ tịch yêu cầu Sở Nông nghiệp khẩn trương bảo "
        "đảm nước tưới cho lúa trước ngày 30/6/2027.\n"
    )
    english = (
        "Drought: Collector directs Revenue Department to open relief camps\n"
        "\n"
        "The Collector held a review meeting on Monday. He directed the Revenue Department to open relief camps "
        "by 30 June 2027.\n"
    )
    for text, language, lead in ((swedish, "sv", "NL-KOM"), (vietnamese, "vi", "NL-SNN"), (english, "en", "NL-REV")):
        found = run(text, language)
        assert leads(found) == [lead], [d.text for d in found]
        assert str(found[0].deadline) == "2027-06-30"


def test_an_english_rows_due_date_on_a_by_or_target_line():
    for label in ("By", "Target", "Target date"):
        text = (
            "Action points\n"
            "\n"
            "1. Prepare the 2027 vaccination plan\n"
            "Lead: Department of Health\n"
            f"{label}: 30 June 2027\n"
        )
        found = run(text, "en")
        assert leads(found) == ["NL-DH"]
        assert str(found[0].deadline) == "2027-06-30", label


def test_a_vietnamese_rows_coordinating_units_line():
    text = (
        "KẾT LUẬN\n"
        "\n"
        "1. Xây dựng kế hoạch tiêm chủng mở rộng năm 2027\n"
        "Đơn vị chủ trì: Sở Y tế\n"
        "Đơn vị phối hợp: Sở Tài chính, Sở Nội vụ\n"
        "Thời hạn: 30/6/2027\n"
    )
    found = run(text, "vi")
    assert leads(found) == ["NL-SYT"]
    assert [c.code for c in found[0].coordinating] == ["NL-STC", "NL-SNV"]
    assert str(found[0].deadline) == "2027-06-30"
