"""Orders in the forms a fifty-ninth batch of Vietnamese texts written blind showed: a news story's headline at the top
of its page, its topic before a colon ("Giao ban tuần 19: Đẩy nhanh ..."), a title and no order; a sentence that only
gives the due time and the last step of the order before it ("Chậm nhất ngày 30/9 phải trình UBND tỉnh."); an earlier
order told with where it stands ("..., đến nay vẫn chưa hoàn thành"), no order, its unit the one "Sở" means next; the
unit the speaker takes to task, then asks with no addressee ("phê bình Sở X và yêu cầu trình ..."); a situation pointed
out ("lưu ý tình trạng ..."), no order; the committees of several provinces after one head with no colon ("Ủy ban nhân
dân các tỉnh A, B, C"), each province's committee, not its party committee; a party committee's regulation by its
number ("Quy định số 12-QĐ/TU"); a due date with its year after a relative clause in the past ("các hồ sơ đã được
tiếp nhận trước ngày ..."), later than the meeting. Texts and directories written for these tests."""

from tests.extraction.conftest import codes, directives_in, leads, unit

PROVINCE = [
    unit("HT-UBND", "Ủy ban nhân dân tỉnh Hà Trung", "UBND tỉnh"),
    unit("HT-VP", "Văn phòng Ủy ban nhân dân tỉnh Hà Trung", "Văn phòng UBND tỉnh"),
    unit("HT-SYT", "Sở Y tế tỉnh Hà Trung", "Sở Y tế"),
    unit("HT-STC", "Sở Tài chính tỉnh Hà Trung", "Sở Tài chính"),
    unit("HT-SNV", "Sở Nội vụ tỉnh Hà Trung", "Sở Nội vụ"),
    unit("HT-STP", "Sở Tư pháp tỉnh Hà Trung", "Sở Tư pháp"),
    unit("HT-SXD", "Sở Xây dựng tỉnh Hà Trung", "Sở Xây dựng"),
]

GOVERNMENT = [
    unit("CP-BGTVT", "Bộ Giao thông", "Bộ GT"),
    unit("KN-TU", "Tỉnh ủy tỉnh Kim Ngân", "Tỉnh ủy Kim Ngân"),
    unit("KN-UBND", "Ủy ban nhân dân tỉnh Kim Ngân", "UBND tỉnh Kim Ngân"),
    unit("BT-UBND", "Ủy ban nhân dân tỉnh Bảo Thạch", "UBND tỉnh Bảo Thạch"),
    unit("LS-UBND", "Ủy ban nhân dân tỉnh Lam Sơn", "UBND tỉnh Lam Sơn"),
]

PARTY = [
    unit("KN-BTVTU", "Ban Thường vụ Tỉnh ủy Kim Ngân", "Ban Thường vụ Tỉnh ủy"),
    unit("KN-BTC", "Ban Tổ chức Tỉnh ủy Kim Ngân", "Ban Tổ chức Tỉnh ủy"),
    unit("KN-VPTU", "Văn phòng Tỉnh ủy Kim Ngân", "Văn phòng Tỉnh ủy"),
]


def province(text, meeting="2026-05-11"):
    return directives_in(text, PROVINCE, "vi", meeting)


def test_a_news_headline_with_its_topic_before_a_colon_is_no_order():
    text = (
        "Họp giao ban UBND tỉnh tuần 19: Khẩn trương tháo gỡ vướng mắc các dự án chậm tiến độ\n\n"
        "11/05/2026 | 08:30\n\n"
        "(Báo Hà Trung) - Sáng 11/5, Chủ tịch UBND tỉnh chủ trì cuộc họp giao ban tuần 19.\n\n"
        "Chủ tịch UBND tỉnh giao Sở Y tế rà soát các cơ sở khám bệnh tư nhân, báo cáo trước ngày 22/5.\n"
    )
    found = province(text)
    assert leads(found) == ["HT-SYT"]


def test_a_news_headline_naming_the_speaker_before_its_colon_is_no_order():
    text = (
        "Chủ tịch UBND tỉnh: Khẩn trương giải ngân vốn cho các công trình thủy lợi\n\n"
        "(Báo Hà Trung) - Chiều 11/5, Chủ tịch UBND tỉnh làm việc với các sở về tiến độ giải ngân.\n\n"
        "Chủ tịch UBND tỉnh yêu cầu Sở Tài chính tổng hợp các dự án chậm giải ngân, báo cáo trước ngày 25/5.\n"
    )
    found = province(text)
    assert leads(found) == ["HT-STC"]


def test_a_sentence_that_only_gives_the_due_time_and_the_last_step_joins_the_order_before():
    text = (
        "Sáng 11/5, Chủ tịch UBND tỉnh chủ trì cuộc họp giao ban.\n\n"
        "Đề nghị Sở Tư pháp khẩn trương rà soát các quyết định quy phạm pháp luật đã hết hiệu lực. Chậm nhất ngày "
        "26/5 phải trình UBND tỉnh.\n"
    )
    found = province(text)
    assert leads(found) == ["HT-STP"]
    assert str(found[0].deadline) == "2026-05-26"
    assert found[0].text.endswith("phải trình UBND tỉnh")


def test_an_earlier_order_told_with_where_it_stands_is_no_order_and_its_unit_is_the_one_named_next():
    text = (
        "Sáng 11/5, Chủ tịch UBND tỉnh chủ trì cuộc họp giao ban.\n\n"
        "Chủ tịch UBND tỉnh giao Sở Tài chính lập phương án sử dụng nguồn dự phòng, trình trước ngày 20/5.\n\n"
        "Việc sắp xếp lại trụ sở các trạm y tế, theo kết luận cuộc họp tháng trước Sở Y tế phải trình trước ngày "
        "30/4, đến nay vẫn chưa hoàn thành. Đề nghị Sở khẩn trương làm việc với các xã, hoàn thiện phương án.\n"
    )
    found = province(text)
    assert leads(found) == ["HT-STC", "HT-SYT"]
    assert found[1].text.startswith("Đề nghị Sở khẩn trương")


def test_the_unit_taken_to_task_then_asked_with_no_addressee_leads():
    text = (
        "Sáng 11/5, Chủ tịch UBND tỉnh chủ trì cuộc họp giao ban.\n\n"
        "Dự thảo quy chế phối hợp quản lý cụm công nghiệp đã được giao từ tháng 3 nhưng đến nay chưa trình. Chủ "
        "tịch UBND tỉnh phê bình Sở Xây dựng và yêu cầu hoàn thiện dự thảo trước thứ Sáu tuần này.\n"
    )
    found = province(text)
    assert leads(found) == ["HT-SXD"]
    assert str(found[0].deadline) == "2026-05-15"


def test_a_situation_pointed_out_is_no_order():
    text = (
        "Sáng 11/5, Chủ tịch UBND tỉnh chủ trì cuộc họp giao ban.\n\n"
        "Phó Chủ tịch UBND tỉnh đề nghị Sở Y tế kiểm tra an toàn thực phẩm tại các bếp ăn tập thể; báo cáo kết quả "
        "trước ngày 29/5. Phó Chủ tịch cũng lưu ý tình trạng sạt lở bờ sông tại một số xã ven biển.\n"
    )
    found = province(text)
    assert leads(found) == ["HT-SYT"]


def test_the_committees_of_several_provinces_after_one_head_with_no_colon_are_each_province_s_committee():
    text = (
        "Phó Thủ tướng kết luận như sau:\n\n"
        "a) Bộ Giao thông chủ trì rà soát tiến độ các gói thầu, báo cáo Thủ tướng Chính phủ trong tháng 7 năm 2026.\n\n"
        "b) Ủy ban nhân dân các tỉnh Bảo Thạch, Kim Ngân, Lam Sơn hoàn thành bàn giao mặt bằng cho chủ đầu tư "
        "trong tháng 8 năm 2026.\n"
    )
    found = directives_in(text, GOVERNMENT, "vi", "2026-06-15")
    assert leads(found) == ["CP-BGTVT", "BT-UBND"]
    assert codes(found[1].coordinating) == ["KN-UBND", "LS-UBND"]


def test_a_party_committee_s_regulation_by_its_number_is_a_reference():
    text = (
        "Ban Thường vụ Tỉnh ủy kết luận như sau:\n\n"
        "1. Ban Tổ chức Tỉnh ủy nghiên cứu, đề xuất sửa đổi Quy định số 07-QĐ/TU ngày 15/3/2024 của Ban Thường vụ "
        "Tỉnh ủy về công tác cán bộ, báo cáo trong quý III/2026.\n"
    )
    found = directives_in(text, PARTY, "vi", "2026-06-02")
    assert leads(found) == ["KN-BTC"]
    assert found[0].references == ["Quy định số 07-QĐ/TU ngày 15/3/2024"]


def test_a_due_date_with_its_year_after_a_relative_clause_in_the_past_is_still_due():
    text = (
        "Phó Thủ tướng kết luận như sau:\n\n"
        "a) Ủy ban nhân dân các tỉnh liên quan hoàn thành thẩm định các hồ sơ đã được tiếp nhận trước ngày 15 tháng 8 "
        "năm 2026.\n"
    )
    found = directives_in(text, GOVERNMENT, "vi", "2026-06-15")
    assert len(found) == 1
    assert str(found[0].deadline) == "2026-08-15"
