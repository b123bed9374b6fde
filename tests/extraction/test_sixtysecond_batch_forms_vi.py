"""Orders in the forms a sixty-second batch of Vietnamese texts written blind showed: the chairs of several districts
listed after one head, a ward among them ("Chủ tịch UBND các huyện A, B và quận C"), the first leads; a place whose
name holds a word of a committee's head or of a kind ("xã Nhân Hòa", "xã Phú Xá") in such a list; a condition told
in the past before the order's subject ("Trường hợp hộ dân đã được vận động nhưng không chấp hành, các địa phương
..."), an order, its unit the one before; a warning with no one asked ("yêu cầu không để chậm trễ thêm"), no order;
what the report must hold after an order that closes on a sanction ("...; chịu trách nhiệm ... nếu tiếp tục chậm
trễ. Báo cáo cần nêu rõ ..."), the same order; a law by its name and number ("Luật Xây dựng số 50/2014/QH13") and the
capital of a budget year ("bố trí vốn năm 2027"), references. Texts and directories written for these tests."""

from tests.extraction.conftest import codes, directives_in, leads, unit

CITY = [
    unit("LY-UBND", "Ủy ban nhân dân thành phố Lục Yên", "UBND Thành phố Lục Yên"),
    unit("LY-VP", "Văn phòng Ủy ban nhân dân thành phố Lục Yên", "Văn phòng UBND Thành phố"),
    unit("LY-NHANMY", "Ủy ban nhân dân huyện Nhân Mỹ", "UBND huyện Nhân Mỹ", "huyện Nhân Mỹ"),
    unit("LY-KIMTHUY", "Ủy ban nhân dân huyện Kim Thủy", "UBND huyện Kim Thủy", "huyện Kim Thủy"),
    unit("LY-NGOCLAM", "Ủy ban nhân dân quận Ngọc Lâm", "UBND quận Ngọc Lâm", "quận Ngọc Lâm"),
    unit("LY-STC", "Sở Tài chính thành phố Lục Yên", "Sở Tài chính Lục Yên"),
    unit("LY-SXD", "Sở Xây dựng thành phố Lục Yên", "Sở Xây dựng Lục Yên"),
]

PROVINCE = [
    unit("BD-UBND", "Ủy ban nhân dân tỉnh Bình Đông", "UBND tỉnh Bình Đông"),
    unit("BD-XPX", "Ủy ban nhân dân xã Phú Xá (tỉnh Bình Đông)", "UBND xã Phú Xá", "xã Phú Xá"),
    unit("BD-XTL", "Ủy ban nhân dân xã Tân Lập (tỉnh Bình Đông)", "UBND xã Tân Lập", "xã Tân Lập"),
    unit("BD-XNH", "Ủy ban nhân dân xã Nhân Hòa (tỉnh Bình Đông)", "UBND xã Nhân Hòa", "xã Nhân Hòa"),
    unit("BD-SXD", "Sở Xây dựng tỉnh Bình Đông", "Sở Xây dựng"),
    unit("BD-STC", "Sở Tài chính tỉnh Bình Đông", "Sở Tài chính"),
    unit("BD-BQLDD", "Ban Quản lý dự án công trình dân dụng tỉnh Bình Đông", "Ban QLDA dân dụng tỉnh"),
]


def city(text, meeting="2026-05-04"):
    return directives_in(text, CITY, "vi", meeting)


def province(text, meeting="2026-05-04"):
    return directives_in(text, PROVINCE, "vi", meeting)


def test_the_chairs_of_districts_and_a_ward_listed_after_one_head_the_first_leads():
    text = (
        "Chủ tịch UBND Thành phố chỉ thị:\n\n"
        "1. Chủ tịch UBND các huyện Nhân Mỹ, Kim Thủy và quận Ngọc Lâm rà soát các công trình xây dựng trái phép "
        "trên địa bàn, báo cáo kết quả trước ngày 15/6/2026.\n"
    )
    found = city(text)
    assert leads(found) == ["LY-NHANMY"]
    assert codes(found[0].coordinating) == ["LY-KIMTHUY", "LY-NGOCLAM"]


def test_communes_listed_after_one_head_one_name_ending_on_the_word_of_a_kind():
    text = (
        "UBND tỉnh giao nhiệm vụ như sau:\n\n"
        "1. UBND các xã Nhân Hòa, Phú Xá và Tân Lập hoàn thành việc kiểm đếm đất đai trước ngày 30/6/2026.\n"
    )
    found = province(text)
    assert leads(found) == ["BD-XNH"]
    assert codes(found[0].coordinating) == ["BD-XPX", "BD-XTL"]


def test_a_condition_told_in_the_past_before_the_subject_is_an_order_of_the_unit_before():
    text = (
        "Chủ tịch UBND Thành phố chỉ thị:\n\n"
        "1. UBND huyện Kim Thủy hoàn thành chi trả tiền bồi thường cho các hộ trước ngày 31/7/2026.\n"
        "Trường hợp chủ sử dụng đất đã được mời nhiều lần, đã được giải thích nhưng không nhận tiền, các địa phương "
        "chuyển tiền vào tài khoản tạm giữ theo quy định.\n"
    )
    found = city(text)
    assert leads(found) == ["LY-KIMTHUY", "LY-KIMTHUY"]
    assert found[1].text.startswith("Trường hợp chủ sử dụng đất")


def test_a_call_that_nothing_be_let_happen_with_no_one_asked_is_no_order():
    text = (
        "Chủ tịch UBND Thành phố chỉ thị:\n\n"
        "1. Sở Xây dựng Lục Yên kiểm tra các công trình cao tầng, báo cáo trước ngày 20/5/2026.\n\n"
        "Đây là nhiệm vụ cấp bách. Chủ tịch UBND Thành phố yêu cầu không để phát sinh thêm vi phạm./.\n"
    )
    found = city(text)
    assert leads(found) == ["LY-SXD"]


def test_what_the_report_must_hold_after_an_order_closing_on_a_sanction_is_the_same_order():
    text = (
        "Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Tài chính khẩn trương tổng hợp số liệu, gửi UBND tỉnh trước ngày 12/5; "
        "chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để chậm trễ. Báo cáo phải nêu rõ số dự án chậm giải ngân và "
        "nguyên nhân.\n"
    )
    found = province(text)
    assert leads(found) == ["BD-STC"]
    assert found[0].text.endswith("chậm giải ngân và nguyên nhân")


def test_a_law_by_its_name_and_number_is_a_reference():
    text = (
        "UBND tỉnh có ý kiến như sau:\n\n"
        "1. Giao Sở Xây dựng hướng dẫn các chủ đầu tư lập hồ sơ cấp phép theo quy định của Luật Xây dựng số "
        "50/2014/QH13, hoàn thành trước ngày 30/5/2026.\n"
    )
    found = province(text)
    assert leads(found) == ["BD-SXD"]
    assert "Luật Xây dựng số 50/2014/QH13" in found[0].references


def test_the_capital_of_a_budget_year_by_the_bare_word_is_a_reference_not_a_deadline():
    text = (
        "UBND tỉnh có ý kiến như sau:\n\n"
        "1. Ban QLDA dân dụng tỉnh lập tiến độ chi tiết của dự án, gửi Sở Tài chính làm căn cứ bố trí vốn năm 2027.\n"
    )
    found = province(text)
    assert leads(found) == ["BD-BQLDD"]
    assert found[0].references == ["vốn năm 2027"]
    assert found[0].deadline is None
