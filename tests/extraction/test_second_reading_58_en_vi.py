"""A second reading of the English and Vietnamese rules the fifty-eighth batch brought: where they fired on text of
other kinds, or did not fire where they should. A unit's task in the present is an order among a notice's numbered
orders, not a fact a news story tells after its order; an official's promise is one even when his unit's name or his
men hold the words of a request ("Sở Giao thông", "cán bộ"); a past year and the tense tell an assignment only when the
order's verb is one of the past verbs; a numbered policy's name holds no verb or preposition that opens the
sentence; a budget of a fiscal year written as one word is cited. Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

ENGLISH = [
    unit("EN-TRANSPORT", "Department of Transport", "Department of Transport"),
    unit("EN-FINANCE", "Department of Finance", "Department of Finance"),
    unit("EN-ROADS", "Roads Division", "Roads Division", "Director of Roads"),
]

VIETNAMESE = [
    unit("VT-UBND", "Ủy ban nhân dân tỉnh Vân Trà", "UBND tỉnh"),
    unit("VT-SYT", "Sở Y tế tỉnh Vân Trà", "Sở Y tế"),
    unit("VT-GTVT", "Sở Giao thông vận tải tỉnh Vân Trà", "Sở Giao thông vận tải"),
    unit("VT-CA", "Công an tỉnh Vân Trà", "Công an tỉnh"),
]


def english(text):
    return directives_in(text, ENGLISH, "en", "2026-04-13")


def vietnamese(text):
    return directives_in(text, VIETNAMESE, "vi", "2026-03-16")


# -- English ---------------------------------------------------------------------------------------------------


def test_a_units_verb_in_the_present_after_a_storys_order_is_no_order():
    found = english(
        "The Committee instructed the Department of Transport to resurface the harbour road.\n\n"
        "The Department of Finance pays the contractor monthly from the roads fund.\n"
    )
    assert leads(found) == ["EN-TRANSPORT"]


def test_a_word_that_opens_the_sentence_is_no_part_of_a_numbered_policys_name():
    found = english(
        "The Council directed as follows:\n\n"
        "1. Implement Policy C-5 at every depot by June 30, 2026.\n\n"
        "2. Following Policy C-12, the Director of Roads shall review the winter routes by October 1, 2026.\n"
    )
    assert [d.references for d in found] == [["Policy C-5"], ["Policy C-12"]]


def test_a_fiscal_years_budget_written_as_one_word_is_cited():
    found = english("The Director of Roads shall include the bridge repairs in the FY2026-27 budget.\n")
    assert [d.references for d in found] == [["FY2026-27 budget"]]


# -- Vietnamese ------------------------------------------------------------------------------------------------

ORDER = (
    "Kết luận cuộc họp, Chủ tịch UBND tỉnh yêu cầu Sở Y tế kiểm tra các phòng khám tư nhân, hoàn thành trước ngày "
    "30/4/2026.\n\n"
)


def test_a_promise_of_the_director_of_a_unit_named_with_giao_is_a_promise():
    found = vietnamese(
        ORDER + "Tiếp thu ý kiến chỉ đạo, Giám đốc Sở Giao thông vận tải khẳng định đơn vị sẽ sửa xong cầu Bến Lở "
        "trước ngày 30/6/2026.\n"
    )
    assert leads(found) == ["VT-SYT"]
    assert str(found[0].deadline) == "2026-04-30"


def test_a_promise_made_for_the_officers_and_men_is_a_promise():
    found = vietnamese(
        ORDER + "Tiếp thu ý kiến chỉ đạo, Giám đốc Công an tỉnh khẳng định cán bộ, chiến sĩ Công an tỉnh sẽ giữ vững "
        "an ninh trật tự dịp lễ hội.\n"
    )
    assert leads(found) == ["VT-SYT"]


def test_an_order_after_a_past_years_result_and_a_link_is_an_order():
    found = vietnamese(
        "Phó Chủ tịch UBND tỉnh kết luận như sau:\n\n"
        "1. Năm 2025, tỉnh đã đạt 92% kế hoạch tiêm chủng mở rộng, vì vậy giao Sở Y tế rà soát các xã chưa đạt, báo "
        "cáo UBND tỉnh trước ngày 30/6/2026.\n"
    )
    assert leads(found) == ["VT-SYT"]
    assert str(found[0].deadline) == "2026-06-30"


def test_an_order_of_the_chair_after_a_past_years_result_is_an_order():
    found = vietnamese(
        "Năm 2025, tỉnh đã đạt 92% kế hoạch tiêm chủng mở rộng, Chủ tịch UBND tỉnh yêu cầu Sở Y tế rà soát các xã "
        "chưa đạt, báo cáo trước ngày 30/6/2026.\n"
    )
    assert leads(found) == ["VT-SYT"]
