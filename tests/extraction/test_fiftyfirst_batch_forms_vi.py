"""Orders in the forms a fifty-first batch of Vietnamese texts written blind showed: the heads of a group of
departments named by their fields after a colon ("Giám đốc các Sở: Tài chính, Xây dựng, Y tế"), whose names hold a
verb ("Xây dựng"), in a list of who attended or in a decision's closing article, no order; a speaker's appraisal
("Chủ tịch UBND tỉnh phê bình ..."), no order; an item that tells a result after a long subject naming no unit
("Chương trình ... đã hoàn thành ..."); a decision's article that approves a project "với các nội dung chủ yếu sau:",
its numbered fields ("1. Chủ đầu tư: UBND xã X.") no labels of orders; an order given before, told in a news story
("Trước đó, ..., Chủ tịch UBND tỉnh đã giao Sở X chủ trì ..."); a periodic report due on days of each year ("trước
ngày 15/6 và 15/12"), no deadline; a report due at a sitting named by its month, its day in brackets ("trước phiên họp
UBND tỉnh thường kỳ tháng 11 (dự kiến ngày 27/11/2025)"); the province's master plan cited by its kind ("phù hợp với
Quy hoạch tỉnh"); a forecast among a unit's bullets, its source named or not. Texts and directories written for these
tests."""

from tests.extraction.conftest import directives_in, leads, unit

PROVINCE = [
    unit("BS-UBND", "Ủy ban nhân dân tỉnh Bình Sơn", "UBND tỉnh"),
    unit("BS-VP", "Văn phòng Ủy ban nhân dân tỉnh Bình Sơn", "Văn phòng UBND tỉnh"),
    unit("BS-STC", "Sở Tài chính tỉnh Bình Sơn", "Sở Tài chính"),
    unit("BS-SXD", "Sở Xây dựng tỉnh Bình Sơn", "Sở Xây dựng"),
    unit("BS-SYT", "Sở Y tế tỉnh Bình Sơn", "Sở Y tế"),
    unit("BS-SNV", "Sở Nội vụ tỉnh Bình Sơn", "Sở Nội vụ"),
    unit("BS-SCT", "Sở Công Thương tỉnh Bình Sơn", "Sở Công Thương"),
    unit("BS-XTP", "Ủy ban nhân dân xã Tân Phú", "UBND xã Tân Phú", "xã Tân Phú"),
]


def province(text, meeting="2026-03-02"):
    return directives_in(text, PROVINCE, "vi", meeting)


def test_the_heads_of_departments_named_by_their_fields_attend_and_carry_out_no_order():
    text = (
        "Sáng ngày 27/02/2026, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp về tiến độ các công trình trường học. Tham dự "
        "có đại diện Văn phòng UBND tỉnh; Giám đốc các Sở: Công Thương, Xây dựng, Tài chính, Nội vụ. Phó Chủ tịch "
        "UBND tỉnh kết luận như sau:\n"
        "1. Sở Xây dựng kiểm tra chất lượng các phòng học mới, báo cáo UBND tỉnh trước ngày 20/3/2026.\n\n"
        "Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Nội vụ, Y tế, Xây dựng; Chủ tịch UBND xã Tân Phú chịu "
        "trách nhiệm thi hành Quyết định này./.\n"
    )
    found = province(text)
    assert leads(found) == ["BS-SXD"]
    assert str(found[0].deadline) == "2026-03-20"


def test_a_speaker_s_appraisal_is_no_order():
    text = (
        "Chủ tịch UBND tỉnh kết luận như sau:\n"
        "1. Tỷ lệ giải ngân vốn sự nghiệp mới đạt 38%. Chủ tịch UBND tỉnh phê bình các đơn vị có tỷ lệ giải ngân "
        "thấp kéo dài.\n"
        "2. Sở Tài chính tổng hợp danh sách các dự án chậm giải ngân, báo cáo UBND tỉnh trước ngày 15/3/2026.\n"
    )
    found = province(text)
    assert leads(found) == ["BS-STC"]


def test_an_item_that_tells_a_result_after_a_long_subject_is_no_order():
    text = (
        "Chủ tịch UBND tỉnh kết luận như sau:\n"
        "1. Sở Y tế rà soát các trạm y tế xuống cấp, đề xuất phương án sửa chữa trước ngày 31/3/2026.\n"
        "2. Đề án nâng cấp hệ thống cấp nước sạch tại các xã vùng cao đã hoàn thành 42/45 công trình, đạt 93% kế "
        "hoạch.\n"
        "3. Sở Nội vụ hướng dẫn các xã kiện toàn tổ công tác.\n"
    )
    found = province(text)
    assert leads(found) == ["BS-SYT", "BS-SNV"]


def test_the_fields_of_a_project_a_decision_approves_are_no_orders():
    text = (
        "QUYẾT ĐỊNH:\n\n"
        "Điều 1. Phê duyệt Dự án nâng cấp chợ trung tâm xã Tân Phú với các nội dung chủ yếu sau:\n"
        "1. Chủ đầu tư: UBND xã Tân Phú.\n"
        "2. Quy mô: cải tạo 1.200 m2 nhà chợ chính; xây dựng khu tập kết rác và bãi đỗ xe.\n"
        "3. Tổng mức đầu tư: 14,5 tỷ đồng.\n"
        "4. Thời gian thực hiện: năm 2026.\n\n"
        "Điều 2. Tổ chức thực hiện\n"
        "1. UBND xã Tân Phú tổ chức lựa chọn nhà thầu, khởi công công trình trong quý II năm 2026.\n"
        "2. Sở Công Thương hướng dẫn xã Tân Phú xây dựng phương án bố trí lại các hộ kinh doanh.\n"
    )
    found = province(text)
    assert leads(found) == ["BS-XTP", "BS-SCT"]
    assert found[0].text.startswith("UBND xã Tân Phú tổ chức lựa chọn")
    assert str(found[0].deadline) == "2026-06-30"


def test_an_order_given_before_told_in_a_news_story_is_no_order():
    text = (
        "Bình Sơn: Hoàn thành kiểm tra an toàn thực phẩm dịp Tết\n\n"
        "Đoàn kiểm tra liên ngành đã kiểm tra 312 cơ sở, xử phạt 17 cơ sở vi phạm.\n\n"
        "Trước đó, tại hội nghị triển khai nhiệm vụ năm 2026, Chủ tịch UBND tỉnh đã giao Sở Y tế chủ trì, phối hợp "
        "với Sở Công Thương kiểm tra các chợ đầu mối trước ngày 10/02.\n"
    )
    assert province(text) == []


def test_a_periodic_report_due_on_days_of_each_year_has_no_deadline():
    text = (
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Nội vụ\n"
        "- Hướng dẫn các cơ quan rà soát vị trí việc làm, hoàn thành trước ngày 30/4/2026.\n"
        "- Định kỳ 6 tháng và hằng năm tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 20/6 và trước ngày 20/12 "
        "hằng năm.\n"
        "2. Sở Y tế định kỳ 6 tháng, hằng năm gửi báo cáo về Sở Nội vụ (trước ngày 10/6 và 10/12) để tổng hợp.\n"
    )
    found = province(text)
    assert leads(found) == ["BS-SNV", "BS-SNV", "BS-SYT"]
    assert str(found[0].deadline) == "2026-04-30"
    assert found[1].deadline is None
    assert found[2].deadline is None


def test_a_report_at_a_sitting_named_by_its_month_is_due_the_day_in_brackets():
    text = (
        "Chủ tịch UBND tỉnh kết luận như sau:\n"
        "1. Sở Tài chính rà soát nguồn vượt thu, báo cáo trước phiên họp UBND tỉnh thường kỳ tháng 3 (dự kiến ngày "
        "26/3/2026).\n"
        "2. Sở Y tế báo cáo kết quả kiểm tra tại cuộc họp giao ban tháng 3 (ngày 30/3).\n"
    )
    found = province(text)
    assert leads(found) == ["BS-STC", "BS-SYT"]
    assert [str(d.deadline) for d in found] == ["2026-03-26", "2026-03-30"]


def test_the_province_s_master_plan_cited_by_its_kind_is_a_reference():
    text = (
        "Chủ tịch UBND tỉnh kết luận như sau:\n"
        "1. Về đề xuất mở rộng cụm công nghiệp Tân Phú: giao Sở Công Thương chủ trì, phối hợp với Sở Xây dựng có ý "
        "kiến về sự phù hợp với Quy hoạch tỉnh, báo cáo UBND tỉnh trong tháng 4.\n"
    )
    found = province(text)
    assert leads(found) == ["BS-SCT"]
    assert found[0].references == ["Quy hoạch tỉnh"]
    assert str(found[0].deadline) == "2026-04-30"


def test_a_forecast_among_a_unit_s_bullets_is_no_order():
    text = (
        "UBND tỉnh yêu cầu:\n"
        "1. Sở Y tế\n"
        "- Giám sát chặt chẽ các ổ dịch sốt xuất huyết, báo cáo UBND tỉnh hằng tuần.\n"
        "- Theo dự báo của Trung tâm Kiểm soát bệnh tật tỉnh, thời gian tới số ca mắc tiếp tục tăng.\n"
        "- Theo dự báo, trong những ngày tới mưa trái mùa tiếp tục xuất hiện.\n"
        "- Chuẩn bị đủ hóa chất, vật tư phun diệt muỗi.\n"
    )
    found = province(text)
    assert leads(found) == ["BS-SYT", "BS-SYT"]
    assert found[1].text.startswith("Chuẩn bị đủ hóa chất")
