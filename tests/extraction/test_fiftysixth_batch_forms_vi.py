"""Orders in the forms a fifty-sixth batch of Vietnamese texts written blind showed: a plan's aims ("MỤC ĐÍCH, YÊU
CẦU") that speak of "đơn vị hành chính" (an administrative unit, no unit named before) and its targets under "CHỈ TIÊU
CHỦ YẾU", no one's task; a report in two rounds ("báo cáo kết quả (lần 1) trước ngày ... và báo cáo năm trước ngày
..."), the year's the deadline; the plan an order makes sent on in the next sentence ("Kế hoạch thi công chi tiết ...
gửi Văn phòng Chính phủ trước ngày ..."), part of that order; the Government's monthly sitting as a date ("tại phiên
họp Chính phủ thường kỳ tháng 10"); a ministry that directs a body under it ("Bộ Công Thương chỉ đạo Tập đoàn ...")
keeping the order, where "giao cắt" (lines that cross) is no "giao" (to assign); a project's figures ("Dự án dài
khoảng 126 km, tổng mức đầu tư ...") in a conclusions list, no order; "không yêu cầu người dân ..." (what a unit must
not ask) no request of its own. Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

PROVINCE = [
    unit("BS-UBND", "Ủy ban nhân dân tỉnh Bắc Sơn", "UBND tỉnh"),
    unit("BS-TU", "Tỉnh ủy Bắc Sơn", "Ban Chấp hành Đảng bộ tỉnh Bắc Sơn", "Ban Thường vụ Tỉnh ủy"),
    unit("BS-VP", "Văn phòng Ủy ban nhân dân tỉnh Bắc Sơn", "Văn phòng UBND tỉnh"),
    unit("BS-STC", "Sở Tài chính tỉnh Bắc Sơn", "Sở Tài chính"),
    unit("BS-SYT", "Sở Y tế tỉnh Bắc Sơn", "Sở Y tế"),
    unit("BS-SNV", "Sở Nội vụ tỉnh Bắc Sơn", "Sở Nội vụ"),
    unit("VN-BXD", "Bộ Xây dựng", "Bộ Xây dựng"),
    unit("VN-BCT", "Bộ Công Thương", "Bộ Công Thương"),
    unit("VN-EVN", "Tập đoàn Điện lực Việt Nam", "EVN"),
    unit("VN-VPCP", "Văn phòng Chính phủ", "VPCP"),
    unit("BS-TTYT", "Trung tâm Y tế huyện Đồi Mây", "Trung tâm Y tế Đồi Mây"),
]


def province(text, meeting="2026-02-10"):
    return directives_in(text, PROVINCE, "vi", meeting)


def test_a_plan_s_aims_on_administrative_units_and_its_main_targets_are_no_tasks():
    text = (
        "KẾ HOẠCH\n"
        "Chăm sóc sức khỏe người cao tuổi năm 2026\n\n"
        "Thực hiện Chương trình hành động số 08-CTr/TU của Ban Chấp hành Đảng bộ tỉnh, UBND tỉnh ban hành Kế hoạch "
        "như sau:\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
        "1. Nâng cao chất lượng chăm sóc người cao tuổi; bảo đảm dịch vụ y tế liên tục sau khi sắp xếp đơn vị hành "
        "chính.\n\n"
        "II. CHỈ TIÊU CHỦ YẾU\n"
        "- Khám sức khỏe định kỳ cho ít nhất 90% người cao tuổi; lập hồ sơ theo dõi cho 100% người trên 80 tuổi.\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Y tế chủ trì tổ chức khám sức khỏe cho người cao tuổi trước ngày 30/9/2026.\n"
    )
    found = province(text)
    assert leads(found) == ["BS-SYT"]


def test_a_report_in_two_rounds_takes_the_year_s_date():
    text = (
        "IV. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Nội vụ xây dựng kế hoạch chi tiết, tổ chức thực hiện; báo cáo kết quả (lần 1) gửi Sở Tài chính trước "
        "ngày 20/5/2026 và báo cáo năm trước ngày 25/11/2026.\n"
    )
    found = province(text)
    assert leads(found) == ["BS-SNV"]
    assert str(found[0].deadline) == "2026-11-25"


def test_the_plan_an_order_makes_sent_on_in_the_next_sentence_belongs_to_it():
    text = (
        "Phó Thủ tướng kết luận như sau:\n\n"
        "a) Bộ Xây dựng chỉ đạo các nhà thầu bổ sung máy móc, nhân lực trên công trường, hoàn thành trước ngày "
        "15/3/2026. Kế hoạch huy động thiết bị của từng nhà thầu gửi Văn phòng Chính phủ trước ngày "
        "25 tháng 3 năm 2026.\n"
    )
    found = province(text)
    assert leads(found) == ["VN-BXD"]
    assert str(found[0].deadline) == "2026-03-25"


def test_the_government_s_monthly_sitting_dates_the_report():
    text = (
        "Phó Thủ tướng kết luận như sau:\n\n"
        "b) Bộ Xây dựng rà soát nguồn cát san lấp cho tuyến đường. Kết quả thực hiện báo cáo Thủ tướng Chính phủ tại "
        "phiên họp Chính phủ thường kỳ tháng 4 năm 2026.\n"
    )
    found = province(text)
    assert leads(found) == ["VN-BXD"]
    assert str(found[0].deadline) == "2026-04-30"


def test_a_ministry_that_directs_a_body_under_it_keeps_the_order():
    text = (
        "Phó Thủ tướng kết luận như sau:\n\n"
        "c) Bộ Công Thương chỉ đạo Tập đoàn Điện lực Việt Nam khẩn trương nâng cấp 3 trạm biến áp cấp điện cho khu "
        "công nghiệp, hoàn thành trong tháng 5 năm 2026.\n"
    )
    found = province(text)
    assert leads(found) == ["VN-BCT"]


def test_lines_that_cross_a_road_are_no_assignment():
    text = (
        "Phó Thủ tướng kết luận như sau:\n\n"
        "d) Bộ Xây dựng khẩn trương nâng tĩnh không các cầu vượt giao cắt với quốc lộ, hoàn thành trước ngày "
        "30/6/2026.\n"
    )
    found = province(text)
    assert leads(found) == ["VN-BXD"]


def test_a_project_s_figures_in_a_conclusions_list_are_no_order():
    text = (
        "Sau khi nghe báo cáo, Phó Thủ tướng kết luận như sau:\n\n"
        "1. Công trình có tổng mức đầu tư khoảng 3.200 tỷ đồng, gồm 4 gói thầu xây lắp.\n\n"
        "2. Bộ Xây dựng đôn đốc các nhà thầu đẩy nhanh tiến độ, bảo đảm thông xe trước ngày 30/12/2026.\n"
    )
    found = province(text)
    assert leads(found) == ["VN-BXD"]


def test_what_a_unit_must_not_ask_is_no_request_of_its_own():
    text = (
        "Sở Y tế đề nghị các đơn vị thực hiện một số nội dung sau:\n\n"
        "1. Bố trí nhân viên tiếp đón người bệnh tại khoa khám bệnh; tuyệt đối không yêu cầu người bệnh mua thêm "
        "vật tư ngoài danh mục.\n"
    )
    found = province(text)
    assert len(found) == 1
