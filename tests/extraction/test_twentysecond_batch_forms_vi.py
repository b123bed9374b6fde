"""Orders in the forms a twenty-second batch of Vietnamese texts written blind showed: a provincial portal's news
that names its province only in its web address, a plan's task table copied one cell to a line, a division named
with its department after a comma, the units under a department as a group, a unit named as the sentence's topic
and then asked with no addressee, a party committee's verb "định hướng", a subjectless order after "Cùng với đó,";
and what is no order: a warning of what will follow a failure, the closing formula "nghiêm túc thực hiện Chỉ thị
này" and a budget figure "dự toán Trung ương giao". Texts and directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("BD-UBND", "Ủy ban nhân dân tỉnh Bình Định", "UBND tỉnh"),
    unit("BD-STC", "Sở Tài chính tỉnh Bình Định", "Sở Tài chính"),
    unit("BD-SXD", "Sở Xây dựng tỉnh Bình Định", "Sở Xây dựng"),
    unit("BD-SYT", "Sở Y tế tỉnh Bình Định", "Sở Y tế BĐ"),
    unit("BD-CAT", "Công an tỉnh Bình Định", "Công an tỉnh"),
    unit("BD-BTG", "Ban Tuyên giáo Tỉnh ủy Bình Định", "Ban Tuyên giáo Tỉnh ủy"),
    unit("HT-UBND", "Ủy ban nhân dân tỉnh Hà Tĩnh", "UBND tỉnh"),
    unit("HT-STC", "Sở Tài chính tỉnh Hà Tĩnh", "Sở Tài chính"),
    unit("HT-SXD", "Sở Xây dựng tỉnh Hà Tĩnh", "Sở Xây dựng"),
    unit("HT-SYT", "Sở Y tế tỉnh Hà Tĩnh", "Sở Y tế HT"),
    unit("HT-SCT", "Sở Công Thương tỉnh Hà Tĩnh", "Sở Công Thương"),
    unit("HT-QLXD", "Phòng Quản lý xây dựng, Sở Xây dựng tỉnh Hà Tĩnh"),
    unit("HT-TTYT", "Trung tâm Kiểm soát bệnh tật tỉnh Hà Tĩnh", "CDC Hà Tĩnh"),
]


def run(text, meeting="2026-05-04"):
    return directives_in(text, DIRECTORY, "vi", meeting)


def test_a_portal_news_names_its_province_only_in_its_web_address():
    text = (
        "Phó Chủ tịch UBND tỉnh làm việc về dự án cầu Cửa Hội\n\n"
        "(hatinh.gov.vn) - Sáng 4/5, Phó Chủ tịch UBND tỉnh đã làm việc với nhà thầu về tiến độ dự án cầu.\n\n"
        "Phó Chủ tịch giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng thẩm định hồ sơ điều chỉnh dự án, "
        "hoàn thành trước ngày 30/5/2026."
    )
    found = run(text)
    assert leads(found) == ["HT-STC"]
    assert [d.code for d in found[0].coordinating] == ["HT-SXD"]


def test_a_unit_named_as_the_topic_then_asked_with_no_addressee_leads():
    text = (
        "Kết luận cuộc họp, Chủ tịch UBND tỉnh Bình Định yêu cầu như sau.\n\n"
        "Riêng đối với Công an tỉnh, Chủ tịch UBND tỉnh đề nghị tăng cường tuần tra, kiểm soát trên các tuyến "
        "quốc lộ trong dịp nghỉ lễ.\n\n"
        "Về phía Sở Xây dựng, đồng chí Chủ tịch yêu cầu kiểm tra chất lượng các công trình giao thông trước mùa mưa."
    )
    assert leads(run(text)) == ["BD-CAT", "BD-SXD"]


def test_a_warning_of_what_will_follow_a_failure_is_no_order():
    text = (
        "Kết luận buổi làm việc tại Bình Định, Chủ tịch UBND tỉnh đề nghị nhà thầu bổ sung máy móc, nhân lực, "
        "hoàn thành gói thầu trước ngày 30/6/2026. Chủ tịch UBND tỉnh cảnh báo, trường hợp nhà thầu không cam kết "
        "tiến độ, UBND tỉnh sẽ xem xét chấm dứt hợp đồng. Nếu để chậm thêm, đơn vị vi phạm sẽ bị xử lý nghiêm."
    )
    found = run(text)
    assert len(found) == 1
    assert found[0].text.startswith("Kết luận buổi làm việc")


def test_the_closing_formula_of_a_directive_is_no_order_whoever_it_names():
    text = (
        "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH\n\nCHỈ THỊ\nVề tăng cường phòng chống dịch sốt xuất huyết\n\n"
        "1. Sở Y tế BĐ chỉ đạo các cơ sở y tế giám sát ca bệnh, báo cáo UBND tỉnh trước ngày 15/5/2026.\n\n"
        "2. Công an tỉnh phối hợp bảo đảm an ninh tại các điểm tiêm chủng.\n\n"
        "Đề nghị các sở, ngành, các doanh nghiệp, trường học và các hộ gia đình nghiêm túc triển khai thực hiện "
        "Chỉ thị này./."
    )
    assert leads(run(text)) == ["BD-SYT", "BD-CAT"]


def test_a_budget_figure_as_the_centre_gave_it_is_no_order():
    text = (
        "Ban Thường vụ Tỉnh ủy Bình Định ghi nhận kết quả đạt được. Tổng thu ngân sách trên địa bàn ước đạt "
        "5.100 tỷ đồng, bằng 81% dự toán Trung ương giao.\n\n"
        "Sở Tài chính tham mưu phương án điều hành ngân sách những tháng cuối năm."
    )
    assert leads(run(text)) == ["BD-STC"]


def test_a_subjectless_order_linked_to_the_one_before_keeps_its_unit():
    text = (
        "Tại Hà Tĩnh, Chủ tịch UBND tỉnh kết luận như sau.\n\n"
        "Sở Công Thương chủ trì kiểm tra thị trường xăng dầu trong tháng 5/2026. Cùng với đó, tăng cường "
        "xử lý các cửa hàng găm hàng, tăng giá trái phép.\n\n"
        "Sở Xây dựng rà soát các dự án nhà ở xã hội. Song song với đó, đẩy nhanh thủ tục cấp phép xây dựng."
    )
    found = run(text)
    assert leads(found) == ["HT-SCT", "HT-SCT", "HT-SXD", "HT-SXD"]


def test_a_party_committee_board_that_gives_the_press_its_line_leads():
    text = (
        "Tỉnh ủy Bình Định kết luận.\n\n"
        "Ban Tuyên giáo Tỉnh ủy định hướng các cơ quan báo chí đưa tin đầy đủ về kỳ họp Hội đồng nhân dân tỉnh."
    )
    assert leads(run(text)) == ["BD-BTG"]


def test_a_task_table_copied_one_cell_to_a_line_gives_each_row():
    text = (
        "UBND TỈNH HÀ TĨNH\nSỞ XÂY DỰNG\nHà Tĩnh, ngày 04 tháng 5 năm 2026\n\nKẾ HOẠCH\n"
        "Kiểm tra an toàn công trình năm 2026\n\n"
        "STT\nNội dung công việc\nCơ quan chủ trì\nCơ quan phối hợp\nThời hạn\nGhi chú\n"
        "1\nKiểm tra an toàn các công trình đang thi công trên địa bàn, lập danh sách công trình\n"
        "có nguy cơ mất an toàn\nPhòng Quản lý xây dựng\nSở Y tế HT\nQuý III/2026\n"
        "2\nRà soát dự toán kinh phí kiểm định chất lượng công trình công cộng\nSở Tài chính\n"
        "Sở Xây dựng; Sở Công Thương\nTháng 8/2026\nBáo cáo UBND tỉnh\n"
        "3\nTổ chức tập huấn cho cán bộ quản lý trật tự xây dựng cấp xã\nSở Xây dựng\nUBND các xã, phường\n"
        "Thường xuyên\n\n"
    )
    found = run(text)
    assert leads(found) == ["HT-QLXD", "HT-STC", "HT-SXD"]
    assert [[d.code for d in f.coordinating] for f in found] == [["HT-SYT"], ["HT-SXD", "HT-SCT"], []]
    assert [str(f.deadline) if f.deadline else None for f in found] == ["2026-09-30", "2026-08-31", None]
    assert found[0].text.startswith("Kiểm tra an toàn") and found[0].text.endswith("Quý III/2026")


def test_the_units_under_a_department_as_a_group_have_no_lead():
    text = (
        "SỞ Y TẾ TỈNH HÀ TĨNH\nHà Tĩnh, ngày 04 tháng 5 năm 2026\n\nIII. TỔ CHỨC THỰC HIỆN\n"
        "1. Các phòng, ban và trung tâm trực thuộc Sở: căn cứ nhiệm vụ được giao, xây dựng kế hoạch của đơn vị, "
        "gửi về Sở trước ngày 20/5/2026.\n"
        "2. CDC Hà Tĩnh chủ trì giám sát dịch bệnh, báo cáo hằng tuần."
    )
    assert leads(run(text)) == [None, "HT-TTYT"]


def test_a_division_named_with_its_department_after_a_comma_answers_to_its_own_name():
    text = (
        "Tại Hà Tĩnh, Giám đốc Sở Xây dựng kết luận.\n\n"
        "Phòng Quản lý xây dựng rà soát hồ sơ cấp phép trước ngày 15/5/2026."
    )
    assert leads(run(text)) == ["HT-QLXD"]
