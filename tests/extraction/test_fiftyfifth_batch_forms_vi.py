"""Orders in the forms a fifty-fifth batch of Vietnamese texts written blind showed: a report "on" a day of each
month ("báo cáo UBND tỉnh vào ngày 25 hằng tháng"), a recurrence, no deadline; a unit's name alone on a numbered
line over one paragraph that opens on its standing role ("Là đầu mối tham mưu ...", "Là cơ quan thường trực, ...")
or on what it answers for ("Chịu trách nhiệm trước Chủ tịch UBND tỉnh về ..."); a numbered line that only names a
group of units ("5. Chủ tịch UBND các xã, phường") opening a part of its own, not the report-back of the order
before; the rounds of a campaign, each dated ("đợt 1 xong trước ngày ..., đợt 2 hoàn thành trong tháng ..."), the
last one the deadline; a part of the letter's own day ("trước 17 giờ chiều nay"); a capitalised name that folds
like the past marker "đã" ("hồ Suối Đá", "Đà Nẵng") before a date; the contractor named again by its role ("nhà
thầu") after the text named it ("gói thầu ... do Liên danh X thi công"); the budget of a kind of spending cited
("từ nguồn dự toán chi sự nghiệp giáo dục năm 2027"). Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

PROVINCE = [
    unit("TL-UBND", "Ủy ban nhân dân tỉnh Tây Lâm", "UBND tỉnh"),
    unit("TL-VP", "Văn phòng Ủy ban nhân dân tỉnh Tây Lâm", "Văn phòng UBND tỉnh"),
    unit("TL-STC", "Sở Tài chính tỉnh Tây Lâm", "Sở Tài chính"),
    unit("TL-SXD", "Sở Xây dựng tỉnh Tây Lâm", "Sở Xây dựng"),
    unit("TL-SGD", "Sở Giáo dục và Đào tạo tỉnh Tây Lâm", "Sở Giáo dục và Đào tạo"),
    unit("TL-SCT", "Sở Công Thương tỉnh Tây Lâm", "Sở Công Thương"),
    unit("TL-SVH", "Sở Văn hóa, Thể thao và Du lịch tỉnh Tây Lâm", "Sở Văn hóa, Thể thao và Du lịch"),
    unit("TL-BQL", "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh Tây Lâm", "Ban QLDA dân dụng"),
    unit("TL-NT", "Công ty Cổ phần Xây lắp Minh Tiến", "Công ty Minh Tiến"),
]


def province(text, meeting="2026-07-13"):
    return directives_in(text, PROVINCE, "vi", meeting)


def test_a_report_on_a_day_of_each_month_recurs_and_sets_no_deadline():
    text = (
        "Chủ tịch UBND tỉnh kết luận như sau:\n"
        "1. Sở Công Thương theo dõi giá xăng dầu trên địa bàn, tổng hợp tình hình thị trường, báo cáo UBND tỉnh vào "
        "ngày 20 hằng tháng.\n"
        "2. Sở Tài chính rà soát các khoản chi chưa cần thiết, báo cáo UBND tỉnh chậm nhất là vào ngày 20 hằng "
        "tháng.\n"
    )
    found = province(text)
    assert leads(found) == ["TL-SCT", "TL-STC"]
    assert found[0].deadline is None
    assert str(found[1].deadline) == "2026-07-20"


def test_a_unit_s_standing_role_opens_its_paragraph_under_its_name():
    text = (
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Giáo dục và Đào tạo\n"
        "Là đầu mối tham mưu UBND tỉnh triển khai chương trình bơi an toàn cho học sinh tiểu học; tổng hợp kết quả "
        "trước ngày 15/9/2026.\n\n"
        "2. Sở Văn hóa, Thể thao và Du lịch\n"
        "Là cơ quan thường trực, tham mưu UBND tỉnh tổ chức giải bơi học sinh toàn tỉnh.\n"
    )
    found = province(text)
    assert leads(found) == ["TL-SGD", "TL-SVH"]


def test_what_a_unit_answers_for_opens_its_paragraph_under_its_name():
    text = (
        "II. NHIỆM VỤ CỤ THỂ\n"
        "1. Sở Xây dựng\n"
        "Chịu trách nhiệm trước Chủ tịch UBND tỉnh về chất lượng thẩm định thiết kế các trường học; kiểm tra hiện "
        "trường trước khi nghiệm thu.\n\n"
        "2. Sở Tài chính\n"
        "Bố trí đủ vốn cho các công trình trường học trước ngày 30/8/2026.\n"
    )
    found = province(text)
    assert leads(found) == ["TL-SXD", "TL-STC"]


def test_a_numbered_group_of_units_opens_a_part_of_its_own():
    text = (
        "Phó Chủ tịch UBND tỉnh yêu cầu:\n"
        "1. Sở Giáo dục và Đào tạo\n"
        "1.1. Rà soát nhu cầu phòng học, gửi Sở Tài chính trước ngày 25/7/2026.\n"
        "1.2. Kiên quyết không để học sinh học trong phòng học xuống cấp.\n\n"
        "2. Chủ tịch UBND các xã, phường\n"
        "Chịu trách nhiệm trước Chủ tịch UBND tỉnh về việc bố trí quỹ đất xây dựng trường học trên địa bàn; báo cáo "
        "kết quả trước ngày 20/8/2026.\n"
    )
    found = province(text)
    assert leads(found) == ["TL-SGD", "TL-SGD", None]
    assert found[1].deadline is None
    assert found[2].text.startswith("Chịu trách nhiệm")
    assert str(found[2].deadline) == "2026-08-20"


def test_the_last_round_of_a_campaign_is_the_deadline():
    text = (
        "Sở Văn hóa, Thể thao và Du lịch tổ chức kiểm tra các cơ sở lưu trú du lịch: đợt 1 hoàn thành trước ngày "
        "15/8, đợt 2 xong trong tháng 11/2026.\n"
    )
    found = province(text)
    assert leads(found) == ["TL-SVH"]
    assert str(found[0].deadline) == "2026-11-30"


def test_an_hour_of_the_letter_s_own_day_dates_the_order():
    text = (
        "Sở Giáo dục và Đào tạo thông báo cho các trường học dừng các hoạt động ngoài trời; việc thông báo đến phụ "
        "huynh phải xong trước 16 giờ chiều nay.\n"
        "Sở Công Thương kiểm tra dự trữ hàng hóa thiết yếu tại các chợ trong tối nay.\n"
    )
    found = province(text)
    assert leads(found) == ["TL-SGD", "TL-SCT"]
    assert [str(d.deadline) for d in found] == ["2026-07-13", "2026-07-13"]


def test_a_capitalised_name_that_folds_like_the_past_marker_keeps_the_date_after_it():
    text = (
        "Sở Xây dựng hoàn thành kiểm định chất lượng cầu Thác Đá trong tháng 9/2026.\n"
        "Sở Văn hóa, Thể thao và Du lịch đã tổ chức hội chợ du lịch vào tháng 3/2026 và tiếp tục quảng bá điểm "
        "đến.\n"
    )
    found = province(text)
    assert leads(found)[0] == "TL-SXD"
    assert str(found[0].deadline) == "2026-09-30"
    assert all(d.deadline is None for d in found[1:])


def test_the_contractor_named_again_by_its_role():
    text = (
        "Công trình Trường THPT chuyên của tỉnh do Ban QLDA dân dụng làm chủ đầu tư, gói thầu xây lắp do Công ty "
        "Minh Tiến thi công, đến nay đạt 55% khối lượng.\n"
        "Phó Chủ tịch UBND tỉnh yêu cầu chủ đầu tư đôn đốc hoàn thiện hồ sơ thanh toán trước ngày 31/7/2026. Đồng "
        "thời, đề nghị nhà thầu tăng cường nhân lực, hoàn thành khối nhà học chính trước ngày 20/8/2026.\n"
    )
    found = province(text)
    assert leads(found) == ["TL-BQL", "TL-NT"]


def test_the_budget_of_a_kind_of_spending_is_cited():
    text = (
        "Sở Tài chính tham mưu bố trí kinh phí mua sắm thiết bị dạy học từ nguồn dự toán chi sự nghiệp giáo dục năm "
        "2027 của tỉnh.\n"
    )
    found = province(text)
    assert leads(found) == ["TL-STC"]
    assert found[0].deadline is None
    assert any("dự toán chi sự nghiệp giáo dục năm 2027" in ref for ref in found[0].references)
