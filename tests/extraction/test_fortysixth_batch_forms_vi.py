"""Orders in the forms a forty-sixth batch of Vietnamese texts written blind showed: a letter's item whose subject is
the groups of two levels, one after the other, then their duty clause ("Các sở, ban, ngành tỉnh, Ủy ban nhân dân các
xã, phường theo chức năng, nhiệm vụ được giao chủ động phối hợp ..."), an order of its own; an order given before,
recalled among a notice's grounds ("Trước đó, tại Văn bản số ..., Thủ tướng Chính phủ đã giao ..."), no order; a
news story's speaker named at length after the occasion ("Báo cáo tại buổi làm việc, bà X, Giám đốc Sở Y cho biết
..."), and what a visiting speaker thinks should be done ("Theo Thứ trưởng, thời gian tới cần ...; cần ..."), no
order; the wards' committees named after a partner ("phối hợp với Công an thành phố và Ủy ban nhân dân các phường A,
B, C"), each a partner; the budget of a level named after what it funds ("nguồn chi sự nghiệp ... ngân sách huyện năm
2026"), a reference. Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

PROVINCE = [
    unit("DB-UB", "Ủy ban nhân dân tỉnh Đông Bình", "Ủy ban nhân dân tỉnh", "UBND tỉnh"),
    unit("DB-YT", "Sở Y tế tỉnh Đông Bình", "Sở Y tế"),
    unit("DB-GD", "Sở Giáo dục và Đào tạo tỉnh Đông Bình", "Sở Giáo dục và Đào tạo"),
    unit("DB-CA", "Công an tỉnh Đông Bình", "Công an tỉnh"),
    unit("DB-TC", "Sở Tài chính tỉnh Đông Bình", "Sở Tài chính"),
]

_LETTER = (
    "ỦY BAN NHÂN DÂN\nTỈNH ĐÔNG BÌNH\nSố: 1402/UBND-VX\nV/v phòng, chống bệnh tay chân miệng trong trường học\n"
    "Đông Bình, ngày 11 tháng 9 năm 2026\n\nKính gửi:\n- Sở Y tế;\n- Sở Giáo dục và Đào tạo;\n- Công an tỉnh.\n\n"
    "Xét đề nghị của Sở Y tế tại Tờ trình số 310/TTr-SYT ngày 04/9/2026, Ủy ban nhân dân tỉnh có ý kiến như sau:\n\n"
    "Từ đầu năm đến nay, toàn tỉnh ghi nhận 842 ca mắc tay chân miệng, tăng 37% so với cùng kỳ năm 2025. "
    "Ủy ban nhân dân tỉnh thống nhất với phương án giám sát tại trường học do Sở Y tế đề xuất.\n\n"
)


def letter(text):
    return directives_in(_LETTER + text, PROVINCE, "vi", "2026-09-11")


def test_two_levels_of_groups_and_their_duty_clause_open_an_order_of_their_own():
    found = letter(
        "1. Sở Giáo dục và Đào tạo chỉ đạo các trường mầm non, tiểu học tăng cường vệ sinh lớp học, đồ chơi.\n\n"
        "2. Các sở, ban, ngành tỉnh, Ủy ban nhân dân các huyện, thị xã theo chức năng, nhiệm vụ được giao chủ động "
        "phối hợp với Sở Y tế cung cấp số liệu, tuyên truyền cho phụ huynh các biện pháp phòng bệnh.\n\n"
        "3. Sở Tài chính bố trí kinh phí mua hóa chất khử khuẩn cho các trường học.\n"
    )
    assert leads(found) == ["DB-GD", None, "DB-TC"]
    assert "Các sở, ban, ngành" not in found[0].text
    assert found[1].text.startswith("Các sở, ban, ngành tỉnh, Ủy ban nhân dân các huyện")
    assert [c.code for c in found[1].coordinating] == ["DB-YT"]


NATION = [
    unit("CP-BYT", "Bộ Y tế"),
    unit("CP-BTC", "Bộ Tài chính"),
    unit("CP-TTG", "Thủ tướng Chính phủ", "Thủ tướng"),
    unit("CP-UB-TS", "UBND tỉnh Tây Sơn", "Ủy ban nhân dân tỉnh Tây Sơn", "tỉnh Tây Sơn"),
]


def test_an_order_given_before_recalled_among_a_notice_s_grounds_is_no_order():
    text = (
        "VĂN PHÒNG CHÍNH PHỦ\nSố: 6120/VPCP-KGVX\nV/v hỗ trợ kinh phí phòng, chống dịch sởi tại tỉnh Tây Sơn\n"
        "Hà Nội, ngày 02 tháng 10 năm 2026\n\nKính gửi:\n- Bộ Y tế;\n- Bộ Tài chính;\n"
        "- Ủy ban nhân dân tỉnh Tây Sơn.\n\n"
        "Xét đề nghị của Ủy ban nhân dân tỉnh Tây Sơn, Phó Thủ tướng Chính phủ có ý kiến như sau:\n\n"
        "Theo báo cáo của Ủy ban nhân dân tỉnh Tây Sơn, dịch sởi đã lan ra 14 xã vùng cao. Trước đó, tại Văn bản số "
        "4471/VPCP-KGVX ngày 21 tháng 7 năm 2026, Thủ tướng Chính phủ đã giao Bộ Y tế hướng dẫn tỉnh tổ chức tiêm "
        "vắc xin bổ sung; tỉnh đã triển khai tiêm cho 18.000 trẻ.\n\n"
        "1. Bộ Y tế chủ trì, phối hợp với Ủy ban nhân dân tỉnh Tây Sơn đánh giá tình hình dịch, báo cáo Thủ tướng "
        "Chính phủ trong tháng 11 năm 2026.\n\n"
        "2. Bộ Tài chính xem xét, bố trí kinh phí hỗ trợ theo thẩm quyền.\n"
    )
    found = directives_in(text, NATION, "vi", "2026-10-02")
    assert leads(found) == ["CP-BYT", "CP-BTC"]


COAST = [
    unit("HN-UB", "UBND tỉnh Hải Nguyên", "tỉnh Hải Nguyên"),
    unit("HN-NV", "Sở Nội vụ tỉnh Hải Nguyên", "Sở Nội vụ"),
    unit("HN-YT", "Sở Y tế tỉnh Hải Nguyên", "Sở Y tế"),
]

_STORY = (
    "Bộ Nội vụ làm việc với tỉnh Hải Nguyên về cải cách hành chính\n\n"
    "(Báo Hải Nguyên) - Sáng 08/5/2026, Đoàn công tác của Bộ Nội vụ do Thứ trưởng Đặng Quốc Huy làm trưởng đoàn đã "
    "làm việc với UBND tỉnh Hải Nguyên. Tiếp Đoàn có lãnh đạo Sở Nội vụ, Sở Y tế.\n\n"
)


def test_a_speaker_named_at_length_after_the_occasion_tells_what_was_done():
    found = directives_in(
        _STORY + "Báo cáo tại buổi làm việc, ông Lâm Quốc Trung Nghĩa, Phó Giám đốc phụ trách Sở Nội vụ tỉnh cho "
        "biết, năm 2025, tỉnh đã ban hành 9 văn bản chỉ đạo, điều hành về cải cách hành chính; 100% xã, phường được "
        "kết nối hệ thống một cửa điện tử; tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,2%.\n",
        COAST,
        "vi",
        "2026-05-08",
    )
    assert found == []


def test_what_a_visiting_speaker_thinks_should_be_done_is_no_order():
    found = directives_in(
        _STORY + "Phát biểu tại buổi làm việc, Thứ trưởng Đặng Quốc Huy ghi nhận kết quả của tỉnh. Theo Thứ trưởng, "
        "thời gian tới tỉnh cần tiếp tục rà soát, cắt giảm thủ tục hành chính nội bộ; cần quan tâm bồi dưỡng đội "
        "ngũ công chức cấp xã.\n",
        COAST,
        "vi",
        "2026-05-08",
    )
    assert found == []


CITY = [
    unit("TC-YT", "Sở Y tế TP Tân Châu", "Sở Y tế"),
    unit("TC-CA", "Công an TP Tân Châu", "Công an thành phố"),
    unit("TC-P-AL", "UBND phường An Lạc", "phường An Lạc"),
    unit("TC-P-BY", "UBND phường Bình Yên", "phường Bình Yên"),
    unit("TC-P-CM", "UBND phường Cầu Mới", "phường Cầu Mới"),
    unit("TC-TC", "Phòng Tài chính - Kế hoạch huyện Tân Châu", "Phòng Tài chính - Kế hoạch"),
]


def test_the_wards_committees_named_after_a_partner_each_coordinate():
    text = (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ TÂN CHÂU\nSố: 31/KH-UBND\nTân Châu, ngày 02 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
        "Phòng, chống sốt xuất huyết năm 2026\n\nII. NHIỆM VỤ, GIẢI PHÁP\n"
        "1. Sở Y tế chủ trì, phối hợp với Công an thành phố và Ủy ban nhân dân các phường An Lạc, Bình Yên, Cầu Mới "
        "tổ chức chiến dịch diệt lăng quăng tại các khu nhà trọ; hoàn thành trước ngày 30/4/2026.\n"
    )
    found = directives_in(text, CITY, "vi", "2026-03-02")
    assert leads(found) == ["TC-YT"]
    assert [c.code for c in found[0].coordinating] == ["TC-CA", "TC-P-AL", "TC-P-BY", "TC-P-CM"]


def test_the_budget_of_a_level_named_after_what_it_funds_is_a_reference():
    text = (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ TÂN CHÂU\nSố: 31/KH-UBND\nTân Châu, ngày 02 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
        "Phòng, chống sốt xuất huyết năm 2026\n\nII. NHIỆM VỤ, GIẢI PHÁP\n"
        "1. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí phun hóa chất từ nguồn chi sự nghiệp y tế ngân sách "
        "huyện năm 2026, trình UBND thành phố trước ngày 15/4/2026.\n"
    )
    found = directives_in(text, CITY, "vi", "2026-03-02")
    assert leads(found) == ["TC-TC"]
    assert "ngân sách huyện năm 2026" in found[0].references
