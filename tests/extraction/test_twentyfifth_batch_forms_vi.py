"""Orders in the forms a twenty-fifth batch of Vietnamese texts written blind showed: a one-word alias ("Tỉnh") that
names the unit only as written, not the common noun or another word that folds the same ("các tỉnh", "tình hình");
a numbered line that only names groups of units, with no colon, over lettered tasks; a unit's parent or standing role
in a parenthesis after its name; a unit's kind alone as the subject ("Cục cũng ..."); a sentence with no subject that
opens on a task of its own before its due date; a request in the passive ("được đề nghị"); and what is no order: a
sanction under a condition ("trường hợp ... thì ... phải chịu trách nhiệm trước ..."), a requirement met or not
("chưa đạt yêu cầu"), figures a unit reported ("Theo báo cáo của ..."), an earlier document's order told.
Texts and directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("BD-UBND", "Ủy ban nhân dân tỉnh Bình Định", "UBND tỉnh Bình Định", "Tỉnh"),
    unit("BD-SYT", "Sở Y tế tỉnh Bình Định", "Sở Y tế"),
    unit("BD-STC", "Sở Tài chính tỉnh Bình Định", "Sở Tài chính"),
    unit("BD-SCT", "Sở Công Thương tỉnh Bình Định", "Sở Công Thương"),
    unit("BD-QLTT", "Chi cục Quản lý thị trường tỉnh Bình Định", "Chi cục Quản lý thị trường"),
    unit("BD-VP", "Văn phòng UBND tỉnh Bình Định", "Văn phòng UBND tỉnh"),
    unit("BD-HDTDKT", "Hội đồng Thi đua - Khen thưởng tỉnh Bình Định", "Hội đồng Thi đua - Khen thưởng tỉnh"),
    unit("VN-CBVTV", "Cục Bảo vệ thực vật"),
    unit("VN-CTT", "Cục Trồng trọt"),
    unit("BD-TTYT", "Trung tâm Y tế huyện Tuy Phước", "Trung tâm Y tế huyện"),
]


def run(text, meeting="2026-04-02"):
    return directives_in(text, DIRECTORY, "vi", meeting)


def test_a_one_word_alias_is_not_the_common_noun_or_a_word_that_folds_the_same():
    text = (
        "Bộ trưởng đề nghị UBND các tỉnh, thành phố theo dõi sát tình hình sâu bệnh, chỉ đạo phun thuốc kịp thời.\n"
        "Tỉnh chủ động bố trí kinh phí phòng trừ sâu bệnh trong tháng 5 năm 2026.\n"
    )
    assert leads(run(text)) == [None, "BD-UBND"]


def test_a_line_that_only_names_groups_of_units_heads_their_lettered_tasks():
    text = (
        "Chủ tịch UBND tỉnh yêu cầu:\n"
        "1. Thủ trưởng các cơ quan, đơn vị liên quan, Chủ tịch UBND các xã, phường, thị trấn\n"
        "a) Kiểm tra, thống kê thiệt hại sau mưa lũ, báo cáo trước ngày 20/4/2026.\n"
        "b) Bố trí lực lượng trực 24/24 giờ trong mùa mưa.\n"
        "2. Sở Tài chính cân đối nguồn dự phòng ngân sách.\n"
    )
    directives = run(text)
    assert [d.text[:9] for d in directives] == ["Kiểm tra,", "Bố trí lự", "Sở Tài ch"]
    assert leads(directives) == [None, None, "BD-STC"]


def test_a_unit_s_parent_in_a_parenthesis_is_no_partner():
    text = (
        "Phó Chủ tịch đề nghị Sở Y tế phối hợp với Chi cục Quản lý thị trường (Sở Công Thương) kiểm tra các cơ sở "
        "kinh doanh thực phẩm.\n"
    )
    (directive,) = run(text)
    assert directive.lead.code == "BD-SYT"
    assert [d.code for d in directive.coordinating] == ["BD-QLTT"]


def test_a_unit_s_standing_role_in_a_parenthesis_leaves_it_the_lead():
    text = (
        "3. Văn phòng UBND tỉnh (cơ quan thường trực Hội đồng Thi đua - Khen thưởng tỉnh) chủ trì, phối hợp với "
        "Sở Tài chính tổng hợp hồ sơ khen thưởng.\n"
    )
    (directive,) = run(text)
    assert directive.lead.code == "BD-VP"
    assert [d.code for d in directive.coordinating] == ["BD-STC"]


def test_a_unit_s_kind_alone_as_the_subject_is_the_unit_named_before():
    text = (
        "Thứ trưởng giao Cục Bảo vệ thực vật hướng dẫn các địa phương phòng trừ rầy nâu. Cục Trồng trọt theo dõi "
        "diện tích lúa bị nhiễm. Cục cũng khẩn trương rà soát danh mục thuốc được phép sử dụng.\n"
    )
    assert leads(run(text)) == ["VN-CBVTV", "VN-CTT", "VN-CTT"]


def test_a_centre_named_again_by_its_kind_takes_its_task():
    text = (
        "Trung tâm Y tế huyện tổ chức tiêm vắc xin sởi cho trẻ em. Trung tâm có trách nhiệm báo cáo số liệu hằng "
        "tuần cho Sở Y tế.\n"
    )
    assert leads(run(text)) == ["BD-TTYT", "BD-TTYT"]


def test_a_sentence_with_no_subject_that_opens_on_a_task_of_its_own_is_a_directive_of_its_own():
    text = (
        "Chủ tịch UBND tỉnh kết luận như sau:\n"
        "1. Sở Y tế chủ trì, phối hợp với Sở Tài chính rà soát nhu cầu trang thiết bị y tế. Tổ chức tập huấn cho "
        "nhân viên y tế cơ sở, hoàn thành trước ngày 30/6/2026.\n"
    )
    directives = run(text)
    assert leads(directives) == ["BD-SYT", "BD-SYT"]
    assert [str(d.deadline) for d in directives] == ["None", "2026-06-30"]


def test_a_request_in_the_passive_is_a_directive_of_the_one_asked():
    text = (
        "Chủ tịch UBND tỉnh đề nghị Sở Công Thương kiểm tra giá phân bón.\n"
        "Các hợp tác xã nông nghiệp được yêu cầu dự trữ đủ giống lúa cho vụ Hè Thu.\n"
    )
    directives = run(text)
    assert leads(directives) == ["BD-SCT", None]
    assert directives[1].text.startswith("Các hợp tác xã")


def test_a_sanction_under_a_condition_is_no_order():
    text = (
        "Sở Y tế hoàn thành việc cấp phép cho các phòng khám trước ngày 30/5/2026. Nếu để hồ sơ tồn đọng kéo dài "
        "thì Giám đốc Sở Y tế phải chịu trách nhiệm trước Chủ tịch UBND tỉnh.\n"
    )
    (directive,) = run(text)
    assert directive.lead.code == "BD-SYT"


def test_a_requirement_not_met_is_no_request():
    text = (
        "Kết quả thu ngân sách quý I tăng 6%. Tuy nhiên, công tác giải ngân vốn sự nghiệp còn chậm; việc thu hồi "
        "nợ đọng thuế chưa đạt yêu cầu.\n"
        "Sở Tài chính đôn đốc thu hồi nợ đọng thuế.\n"
    )
    assert leads(run(text)) == ["BD-STC"]


def test_figures_a_unit_reported_are_no_order():
    text = (
        "Theo báo cáo của Sở Y tế, từ đầu năm đến nay toàn tỉnh đã ghi nhận 1.200 ca sốt xuất huyết, nhiều hộ "
        "buộc phải phun hóa chất nhiều lần.\n"
        "Phó Chủ tịch yêu cầu Sở Y tế tăng cường giám sát ổ dịch.\n"
    )
    assert leads(run(text)) == ["BD-SYT"]


def test_an_earlier_document_s_order_told_under_a_topic_is_no_order():
    text = (
        "Thủ tướng Chính phủ kết luận như sau:\n"
        "4. Về kiến nghị đẩy nhanh tiến độ nhà máy xử lý rác: Tại Công văn số 2041/VPCP-CN ngày 15 tháng 01 năm "
        "2026, Thủ tướng Chính phủ đã giao Bộ Tài chính bố trí vốn cho dự án. Sở Tài chính tiếp tục phối hợp hoàn "
        "thiện hồ sơ.\n"
    )
    assert leads(run(text)) == ["BD-STC"]
