"""Orders in the forms a twenty-seventh batch of Vietnamese texts written blind showed: a commune's weekly record
whose conclusions section opens under a heading numbered in Roman numerals ("II. Kết luận của Chủ tịch UBND xã"),
the participants' reports above it ordering nothing; a commune's own units named without the commune, since the
two-level reform ("Phòng Kinh tế" for "Phòng Kinh tế xã X", "Trạm Y tế xã", "Văn phòng HĐND và UBND xã"); a unit's
name cut at the dash of its two fields by a line break ("Phòng Văn hóa\\n- Xã hội"); a proposal agreed to
("Thống nhất tổ chức ..."), no order; and "trong tuần này", the end of the meeting's week. Texts and directory
written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("AL-UBND", "Ủy ban nhân dân phường An Lạc", "UBND phường An Lạc"),
    unit("AL-VP", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường An Lạc"),
    unit("AL-VHXH", "Phòng Văn hóa - Xã hội phường An Lạc"),
    unit("AL-KTHT", "Phòng Kinh tế, Hạ tầng và Đô thị phường An Lạc"),
    unit("AL-TYT", "Trạm Y tế phường An Lạc"),
    unit("AL-CA", "Công an phường An Lạc"),
    unit("HB-CA", "Công an xã Hòa Bình"),
    unit("QT-SVH", "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị", "Sở Văn hóa, Thể thao và Du lịch"),
    unit("QT-SLD", "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Trị", "Sở Lao động - Thương binh và Xã hội"),
]


def run(text, meeting="2026-06-10"):
    return directives_in(text, DIRECTORY, "vi", meeting)


RECORD = (
    "BIÊN BẢN\nHọp giao ban Ủy ban nhân dân phường tháng 6/2026\n\n"
    "I. Ý kiến của các đại biểu\n"
    "1. Ông Trần Văn Bình (Công an phường): đề nghị các tổ dân phố phối hợp rà soát người tạm trú.\n"
    "2. Bà Lê Thu Hằng (Trạm Y tế): đề nghị UBND phường bổ sung kinh phí phun hóa chất diệt muỗi.\n\n"
    "II. Kết luận của Chủ tịch UBND phường\n"
    "1. Trạm Y tế phường tổ chức phun hóa chất tại các tổ dân phố có ca sốt xuất huyết.\n"
    "2. Công an phường tăng cường tuần tra ban đêm tại khu vực chợ.\n"
)


def test_a_record_s_orders_come_under_its_conclusions_heading_numbered_in_roman_numerals():
    directives = run(RECORD)
    assert [d.text[:8] for d in directives] == ["Trạm Y t", "Công an "]
    assert leads(directives) == ["AL-TYT", "AL-CA"]


def test_a_commune_s_own_units_named_without_the_commune():
    text = (
        "Kết luận:\n"
        "1. Phòng Văn hóa - Xã hội rà soát danh sách hộ nghèo, hoàn thành trước ngày 20/6/2026.\n"
        "2. Văn phòng HĐND và UBND phường theo dõi, đôn đốc các đơn vị thực hiện.\n"
        "3. Phòng Kinh tế, Hạ tầng và Đô thị kiểm tra các công trình xây dựng không phép.\n"
    )
    directives = run(text)
    assert leads(directives) == ["AL-VHXH", "AL-VP", "AL-KTHT"]


def test_a_unit_s_name_cut_at_its_dash_by_a_line_break_is_one_name():
    text = (
        "Phó Chủ tịch UBND tỉnh kết luận:\n"
        "1. Chuẩn bị tốt các điều kiện tổ chức lễ hội. Giao Sở Lao động\n"
        "- Thương binh và Xã hội rà soát, hỗ trợ các gia đình chính sách dịp lễ.\n"
    )
    directives = run(text)
    assert [d.lead.code if d.lead else None for d in directives][-1] == "QT-SLD"
    assert "Thương binh và Xã hội rà soát" in directives[-1].text


def test_a_proposal_agreed_to_orders_nothing():
    text = (
        "Kết luận:\n"
        "1. Thống nhất tổ chức Hội thi nấu ăn các dân tộc phường. Phòng Văn hóa - Xã hội xây dựng kế hoạch, "
        "báo cáo UBND phường trước ngày 25/6/2026.\n"
    )
    directives = run(text)
    assert [d.text[:8] for d in directives] == ["Phòng Vă"]


def test_within_this_week_is_the_end_of_the_meeting_s_week():
    text = "Kết luận:\n1. Công an phường hoàn thành xác minh vụ việc, báo cáo UBND phường trong tuần này.\n"
    directives = run(text)  # a Wednesday meeting: the Sunday after it
    assert [d.deadline.isoformat() for d in directives] == ["2026-06-14"]


PROVINCE = [
    unit("QT-UBND", "Ủy ban nhân dân tỉnh Quảng Trị", "UBND tỉnh"),
    unit("QT-SYT", "Sở Y tế tỉnh Quảng Trị", "Sở Y tế"),
    unit("QT-SXD", "Sở Xây dựng tỉnh Quảng Trị", "Sở Xây dựng"),
    unit("QT-SGD", "Sở Giáo dục và Đào tạo tỉnh Quảng Trị", "Sở Giáo dục và Đào tạo"),
    unit("QT-STC", "Sở Tài chính tỉnh Quảng Trị", "Sở Tài chính"),
]


def test_a_deadline_label_with_words_before_its_colon():
    text = (
        "Phó Chủ tịch UBND tỉnh kết luận:\n"
        "1. Sở Xây dựng kiểm định chất lượng cầu treo; thời hạn hoàn thành: quý III/2026.\n"
        "2. Sở Tài chính thẩm định dự toán kinh phí sửa chữa. Thời hạn có ý kiến bằng văn bản: 05 ngày làm việc.\n"
    )
    directives = directives_in(text, PROVINCE, "vi", "2026-07-01")
    assert leads(directives) == ["QT-SXD", "QT-STC"]
    assert [d.deadline.isoformat() for d in directives] == ["2026-09-30", "2026-07-08"]


def test_a_head_after_the_grounds_decides_and_tells_those_concerned_by_a_date():
    text = (
        "Chủ tịch UBND tỉnh yêu cầu:\n"
        "1. Sở Y tế bố trí đội cơ động sẵn sàng hỗ trợ các địa phương.\n\n"
        "2. Tùy theo mức độ ngập lụt, Giám đốc Sở Giáo dục và Đào tạo quyết định việc tạm dừng đến trường. "
        "Thông báo cho các trường chậm nhất 18 giờ 00 ngày 21/9/2026.\n"
    )
    directives = directives_in(text, PROVINCE, "vi", "2026-09-20")
    assert leads(directives) == ["QT-SYT", "QT-SGD"]
    assert directives[1].text.endswith("ngày 21/9/2026")
    assert directives[1].deadline.isoformat() == "2026-09-21"


def test_a_named_vice_chair_of_the_commune_alongside_a_unit():
    text = (
        "III. Kết luận của Chủ tịch UBND phường\n"
        "1. Bà Lê Thị Hoa, Phó Chủ tịch UBND phường trực tiếp cùng Công an phường kiểm tra các cơ sở kinh doanh "
        "karaoke trên địa bàn; kết quả báo cáo\n"
        "Chủ tịch UBND phường trước ngày 19/6/2026.\n"
        "2. Trạm Y tế phường tổ chức tiêm bù cho trẻ.\n"
    )
    directives = run(text)
    assert leads(directives) == ["AL-UBND", "AL-TYT"]
    assert directives[0].deadline.isoformat() == "2026-06-19"


BORDER = [
    unit("KG-BDBP", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang", "BĐBP tỉnh"),
    unit("KG-BCHQS", "Bộ Chỉ huy Quân sự tỉnh Kiên Giang", "Bộ CHQS tỉnh"),
    unit("KG-SYT", "Sở Y tế tỉnh Kiên Giang", "Sở Y tế"),
    unit("KG-STC", "Sở Tài chính tỉnh Kiên Giang", "Sở Tài chính"),
    unit("KG-UBX", "Ủy ban nhân dân xã Hòn Tre", "UBND xã Hòn Tre"),
]


def test_a_force_s_command_named_by_the_force_and_a_commune_telling_the_boat_owners():
    text = (
        "Chủ tịch UBND tỉnh yêu cầu:\n"
        "1. Bộ CHQS tỉnh sẵn sàng lực lượng cứu hộ. Riêng Bộ đội Biên phòng tỉnh kiểm soát chặt chẽ tàu cá ra "
        "khơi.\n\n"
        "UBND xã Hòn Tre thông báo đến các chủ lồng bè về diễn biến của áp thấp nhiệt đới.\n"
    )
    directives = directives_in(text, BORDER, "vi", "2026-08-12")
    assert leads(directives) == ["KG-BCHQS", "KG-BDBP", "KG-UBX"]


def test_an_appraisal_an_exhortation_and_what_a_work_must_be_held_to_be_order_nothing():
    text = (
        "Phó Chủ tịch UBND tỉnh kết luận:\n"
        "1. Nghiêm khắc phê bình UBND xã Hòn Tre chưa quyết liệt trong xử lý vi phạm lấn chiếm bờ biển. Yêu cầu các "
        "cơ quan, đơn vị tập trung cao độ, vào cuộc quyết liệt.\n"
        "2. Các cấp, các ngành cần coi cải cách hành chính là nhiệm vụ trọng tâm của năm 2026.\n"
        "3. Sở Tài chính cân đối nguồn vốn cho dự án.\n"
    )
    directives = directives_in(text, BORDER, "vi", "2026-08-12")
    assert [d.text[:8] for d in directives] == ["Sở Tài c"]


def test_a_unit_named_by_the_standing_role_it_was_given_in_brackets():
    text = (
        "Sau khi nghe Sở Y tế (cơ quan thường trực) báo cáo, đồng chí Trưởng Ban Chỉ đạo kết luận:\n"
        "1. Sở Tài chính bố trí kinh phí mua sinh phẩm xét nghiệm.\n"
        "2. Cơ quan thường trực tổng hợp kết quả, báo cáo Trưởng Ban Chỉ đạo trước ngày 30/9/2026.\n"
    )
    directives = directives_in(text, BORDER, "vi", "2026-08-12")
    assert leads(directives) == ["KG-STC", "KG-SYT"]


def test_the_investor_again_reporting_at_fixed_intervals_is_the_order_s_report_back():
    directory = [*PROVINCE, unit("QT-BQL", "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh Quảng Trị")]
    text = (
        "Phó Chủ tịch UBND tỉnh kết luận:\n"
        "1. Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh (chủ đầu tư) bảo đảm vốn thanh toán cho "
        "nhà thầu. Chủ đầu tư cập nhật khối lượng, báo cáo UBND tỉnh (qua Sở Xây dựng) vào chiều thứ Năm hằng tuần.\n"
        "2. Sở Tài chính thẩm định dự toán.\n"
    )
    directives = directives_in(text, directory, "vi", "2026-07-01")
    assert leads(directives) == ["QT-BQL", "QT-STC"]
    assert directives[0].text.endswith("hằng tuần")


def test_an_order_after_an_appraisal_in_the_same_sentence_stands():
    text = (
        "Phó Chủ tịch UBND tỉnh kết luận:\n"
        "1. Phê bình Sở Tài chính chậm tham mưu, yêu cầu khẩn trương trình phương án phân bổ vốn trước ngày "
        "20/8/2026.\n"
    )
    directives = directives_in(text, BORDER, "vi", "2026-08-12")
    assert [d.deadline.isoformat() for d in directives] == ["2026-08-20"]
