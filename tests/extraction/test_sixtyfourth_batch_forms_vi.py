"""Orders in the forms a sixty-fourth batch of Vietnamese texts written blind showed: a sentence that only says when
a part of the works must be done, or the rate the work must reach, or that the campaign the order sets up must be
carried out by a date, or until when the measure it sets holds; a weekly report-back with no subject after a group
of communes; a ministry named again by its kind alone, with a task of its own; a Party committee's sitting named by
its month; and what is no order: a total told by its copula, a price or a level set against the usual, a crop
season's estimates, a medal handed over "thừa ủy quyền" and the ward Party committee agreeing to a
policy. Texts and directory written for these tests."""

import datetime

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("BL-UBND", "Ủy ban nhân dân tỉnh Bảo Lâm", "UBND tỉnh"),
    unit("BL-STC", "Sở Tài chính tỉnh Bảo Lâm", "Sở Tài chính"),
    unit("BL-SXD", "Sở Xây dựng tỉnh Bảo Lâm", "Sở Xây dựng"),
    unit("BL-SYT", "Sở Y tế tỉnh Bảo Lâm", "Sở Y tế"),
    unit("BL-BQL", "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh", "Ban Quản lý dự án dân dụng"),
    unit("BL-BYT", "Bộ Y tế", "Bộ Y tế"),
    unit("BL-BTC", "Bộ Tài chính", "Bộ Tài chính"),
    unit("BL-PKT", "Phòng Kinh tế phường Hòa Bình", "Phòng Kinh tế phường"),
    unit("BL-VPDU", "Văn phòng Đảng ủy phường Hòa Bình", "Văn phòng Đảng ủy phường"),
    unit("BL-DU", "Đảng ủy phường Hòa Bình", "Đảng ủy phường"),
]

CONCLUSIONS = (
    "THÔNG BÁO\n"
    "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về tiến độ các công trình năm 2026\n\n"
    "Ngày 10/3/2026, Chủ tịch UBND tỉnh chủ trì cuộc họp. Chủ tịch UBND tỉnh kết luận như sau:\n\n"
)


def run(text, meeting="2026-03-10"):
    return directives_in(text, DIRECTORY, "vi", meeting)


def test_a_part_of_the_works_told_when_it_must_be_done_is_the_order_s_deadline():
    text = CONCLUSIONS + (
        "1. Sở Xây dựng chủ trì, phối hợp với Sở Tài chính đo đạc, kiểm kê đất của 28 hộ còn lại. Phần diện tích "
        "thuộc khu tái định cư số 2 phải hoàn thành bàn giao trước 31/5.\n\n"
        "2. Sở Y tế kiểm tra các trạm y tế xã.\n"
    )
    found = run(text)
    assert leads(found) == ["BL-SXD", "BL-SYT"]
    assert found[0].deadline == datetime.date(2026, 5, 31)


def test_the_rate_the_work_must_reach_by_a_month_is_the_order_s_deadline():
    text = CONCLUSIONS + (
        "1. Ban Quản lý dự án dân dụng tăng ca, bổ sung thiết bị thi công trên các hạng mục đã có mặt bằng. Tỷ lệ "
        "thanh toán của Ban phải đạt ít nhất 40% kế hoạch trong tháng 6/2026.\n\n"
        "2. Sở Y tế kiểm tra các trạm y tế xã.\n"
    )
    found = run(text)
    assert leads(found) == ["BL-BQL", "BL-SYT"]
    assert found[0].deadline == datetime.date(2026, 6, 30)


def test_the_campaign_the_order_sets_up_carried_out_by_a_date_is_its_deadline():
    text = CONCLUSIONS + (
        "1. Sở Y tế tổ chức đợt ra quân diệt lăng quăng tại các khu dân cư. Đợt ra quân phải thực hiện xong trước "
        "ngày 20/4/2026.\n\n"
        "2. Sở Tài chính bố trí kinh phí mua hóa chất.\n"
    )
    found = run(text)
    assert leads(found) == ["BL-SYT", "BL-STC"]
    assert found[0].deadline == datetime.date(2026, 4, 20)


def test_until_when_the_measure_holds_is_the_order_s_deadline():
    text = CONCLUSIONS + (
        "1. Sở Tài chính hướng dẫn các quỹ tín dụng giãn nợ cho hộ nuôi trồng bị thiệt hại. Biện pháp hỗ trợ này "
        "được áp dụng đến hết ngày 30 tháng 9 năm 2026.\n\n"
        "2. Sở Y tế kiểm tra các trạm y tế xã.\n"
    )
    found = run(text)
    assert leads(found) == ["BL-STC", "BL-SYT"]
    assert found[0].deadline == datetime.date(2026, 9, 30)


def test_a_weekly_report_back_after_a_group_of_communes_stays_in_their_order():
    text = CONCLUSIONS + (
        "1. UBND các xã, phường tổ chức phun hóa chất tại các ổ dịch. Báo cáo kết quả về Sở Y tế trước 16 giờ thứ "
        "Hai hằng tuần.\n\n"
        "2. Sở Tài chính bố trí kinh phí mua hóa chất.\n"
    )
    found = run(text)
    assert leads(found) == [None, "BL-STC"]
    assert found[0].text.endswith("hằng tuần")


def test_a_ministry_named_again_by_its_kind_with_a_task_of_its_own_is_an_order_of_its_own():
    text = (
        "Phó Thủ tướng kết luận như sau:\n\n"
        "a) Bộ Y tế chủ trì, phối hợp với Bộ Tài chính rà soát giá thuốc tại các bệnh viện công. Bộ xây dựng quy "
        "trình đấu thầu tập trung thuốc, báo cáo Thủ tướng Chính phủ trong tháng 5 năm 2026.\n"
    )
    found = run(text)
    assert leads(found) == ["BL-BYT", "BL-BYT"]
    assert found[0].deadline is None
    assert found[1].deadline == datetime.date(2026, 5, 31)


def test_a_report_at_the_party_committee_s_sitting_of_a_month_is_due_that_month():
    text = (
        "Phát biểu kết luận, Bí thư Đảng ủy phường giao Phòng Kinh tế phường rà soát các điểm họp chợ tự phát. "
        "Văn phòng Đảng ủy phường theo dõi, tổng hợp, báo cáo Ban Thường vụ tại hội nghị thường kỳ tháng 5.\n"
    )
    found = run(text, "2026-04-02")
    assert leads(found) == ["BL-PKT", "BL-VPDU"]
    assert found[1].deadline == datetime.date(2026, 5, 31)


def test_a_total_a_price_against_last_year_and_a_season_s_estimates_are_no_orders():
    text = CONCLUSIONS + (
        "1. Tổng vốn ngân sách tỉnh bố trí cho các công trình năm 2026 là 2.415,8 tỷ đồng. Vụ Hè Thu 2025, toàn "
        "tỉnh gieo sạ khoảng 86.000 ha; giá cà phê nhân dao động 96.000 - 99.000 đồng/kg, cao hơn cùng kỳ năm trước. "
        "Mực nước các hồ chứa xấp xỉ trung bình nhiều năm, thấp hơn mực nước dâng bình thường 2 - 3 m.\n\n"
        "2. Sở Tài chính bố trí kinh phí cho các công trình cấp bách trước ngày 30/4/2026.\n"
    )
    assert leads(run(text)) == ["BL-STC"]


def test_a_medal_handed_over_by_another_s_authority_is_no_order():
    text = (
        "Sáng 3/3, Trung tâm Y tế huyện tổ chức Lễ đón nhận Bằng khen của Thủ tướng Chính phủ. Thừa ủy quyền của "
        "Thủ tướng Chính phủ, Phó Chủ tịch UBND tỉnh đã trao Bằng khen cho tập thể trung tâm.\n"
    )
    assert run(text) == []


def test_a_ward_party_committee_agreeing_to_a_policy_under_a_matter_is_no_order():
    text = (
        "Về dự án nhà văn hóa khu phố 3, Đảng ủy phường thống nhất chủ trương giữ nguyên quy mô đã phê duyệt. "
        "Phòng Kinh tế phường có trách nhiệm lập phương án thi công, trình UBND phường trước ngày 20/5.\n"
    )
    found = run(text, "2026-04-02")
    assert leads(found) == ["BL-PKT"]
