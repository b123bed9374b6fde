"""Orders in the forms a forty-ninth batch of Vietnamese texts written blind showed: a subject that only answers to a
superior ("... phải chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để ...", "... chịu trách nhiệm trước ... về kết
quả ..."), no order, "các chủ đầu tư" a noun and no verb; a numbered label naming a group with a qualifier ("Chủ tịch
UBND các xã có rừng") over its bullets, which no unit before leads; the results sent on after an item ("Kết quả ...
gửi Sở X để tổng hợp.") that keep the unit's list; a forecast ("Dự báo thời gian tới ...") told, no order; a unit's
label line that a deadline sentence does not join across; a report due at a body's sitting of a date ("tại phiên
họp UBND tỉnh thường kỳ ngày ..."); "từng cơ quan, đơn vị" (each unit) no unit named before; a plan's task with its
roles in brackets ("(Cơ quan chủ trì: X; cơ quan phối hợp: Y; thời gian hoàn thành: quý II/2026)"). Texts and
directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

PROVINCE = [
    unit("BL-UBND", "Ủy ban nhân dân tỉnh Bình Lạc", "UBND tỉnh"),
    unit("BL-STC", "Sở Tài chính tỉnh Bình Lạc", "Sở Tài chính"),
    unit("BL-SYT", "Sở Y tế tỉnh Bình Lạc", "Sở Y tế"),
    unit("BL-SGD", "Sở Giáo dục và Đào tạo tỉnh Bình Lạc", "Sở Giáo dục và Đào tạo"),
    unit("BL-SNV", "Sở Nội vụ tỉnh Bình Lạc", "Sở Nội vụ"),
    unit("BL-CA", "Công an tỉnh Bình Lạc", "Công an tỉnh"),
    unit("BL-BQL", "Ban Quản lý các khu công nghiệp tỉnh Bình Lạc", "Ban Quản lý các khu công nghiệp tỉnh"),
]


def province(text, meeting="2026-03-02"):
    return directives_in(text, PROVINCE, "vi", meeting)


def test_a_subject_that_only_answers_to_a_superior_is_no_order():
    text = (
        "Chủ tịch UBND tỉnh kết luận như sau:\n"
        "1. Thu ngân sách là nhiệm vụ trọng tâm của năm. Giám đốc các sở, ngành và các chủ đầu tư phải chịu trách "
        "nhiệm trước Chủ tịch UBND tỉnh nếu để thất thu kéo dài.\n"
        "2. Sở Tài chính rà soát các khoản thu, báo cáo UBND tỉnh trước ngày 20/3/2026.\n"
        "3. Các sở, ngành:\n"
        "- Xây dựng kế hoạch thu của đơn vị, hoàn thành trước ngày 15/3/2026.\n"
        "- Thủ trưởng đơn vị chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thu được giao.\n"
    )
    found = province(text)
    assert leads(found) == ["BL-STC", None]
    assert found[1].text.startswith("Xây dựng kế hoạch thu")


def test_a_label_naming_a_group_with_a_qualifier_heads_its_bullets():
    text = (
        "Chủ tịch UBND tỉnh yêu cầu:\n"
        "1. Công an tỉnh tuần tra các tuyến đường ven biển trong dịp lễ.\n"
        "2. Chủ tịch UBND các xã, phường ven biển\n"
        "- Rà soát các hộ dân ở khu vực nguy hiểm, hoàn thành trước ngày 31/3/2026.\n"
        "- Tổ chức diễn tập sơ tán dân tại ít nhất 01 thôn.\n"
    )
    found = province(text)
    assert leads(found) == ["BL-CA", None, None]
    assert str(found[1].deadline) == "2026-03-31"


def test_the_results_sent_on_after_an_item_keep_the_unit_s_list():
    text = (
        "UBND tỉnh có ý kiến như sau:\n"
        "1. Sở Giáo dục và Đào tạo\n"
        "- Chỉ đạo các trường kiểm tra bếp ăn tập thể, hoàn thành trước ngày 20/3/2026. Kết quả kiểm tra gửi Sở Y tế "
        "để tổng hợp.\n"
        "- Tổ chức tập huấn an toàn thực phẩm cho nhân viên nhà bếp.\n"
        "2. Sở Y tế hướng dẫn các trường lưu mẫu thức ăn.\n"
    )
    found = province(text)
    assert leads(found) == ["BL-SGD", "BL-SGD", "BL-SYT"]
    assert found[1].text.startswith("Tổ chức tập huấn")


def test_a_forecast_in_the_figures_before_the_orders_is_no_order():
    text = (
        "UBND tỉnh có ý kiến như sau:\n\n"
        "Từ đầu năm đến nay toàn tỉnh ghi nhận 412 ca cúm mùa, tăng 18% so với cùng kỳ. Dự báo trong những ngày tới "
        "số ca mắc tiếp tục tăng do thời tiết chuyển lạnh.\n\n"
        "1. Sở Y tế giám sát chặt chẽ các ổ dịch, báo cáo UBND tỉnh hằng tuần.\n"
    )
    found = province(text)
    assert leads(found) == ["BL-SYT"]
    assert found[0].text.startswith("Sở Y tế giám sát")


def test_a_deadline_sentence_does_not_join_an_order_across_a_unit_s_label_line():
    text = (
        "UBND tỉnh có ý kiến như sau:\n\n"
        "1. Sở Y tế\n"
        "- Kiểm tra các cơ sở sản xuất nước đá, hoàn thành trước ngày 25/3/2026.\n"
        "- Tổ chức truyền thông về vệ sinh nguồn nước trong mùa nắng nóng.\n\n"
        "2. Sở Tài chính\n"
        "Trên cơ sở đề xuất của Sở Y tế, thẩm định, tham mưu UBND tỉnh bổ sung kinh phí kiểm nghiệm; thời gian hoàn "
        "thành chậm nhất ngày 10/4/2026.\n"
    )
    found = province(text)
    assert leads(found) == ["BL-SYT", "BL-SYT", "BL-STC"]
    assert found[1].deadline is None
    assert found[2].text.startswith("Trên cơ sở đề xuất")
    assert str(found[2].deadline) == "2026-04-10"


def test_a_report_due_at_a_body_s_sitting_of_a_date_is_dated_that_day():
    text = (
        "Phó Chủ tịch UBND tỉnh kết luận như sau:\n"
        "1. Giao Sở Nội vụ rà soát vị trí việc làm của các sở. Đồng thời, Sở lập danh sách các đơn vị thừa biên chế để "
        "báo cáo tại phiên họp UBND tỉnh thường kỳ ngày 27/3/2026.\n"
    )
    found = province(text)
    assert leads(found) == ["BL-SNV", "BL-SNV"]
    assert str(found[1].deadline) == "2026-03-27"


def test_each_unit_is_no_unit_named_before():
    text = (
        "UBND tỉnh ban hành Kế hoạch như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
        "1. Mục đích: Nâng cao chất lượng phục vụ người dân.\n"
        "2. Yêu cầu: Phân công cụ thể trách nhiệm của từng cơ quan, đơn vị; bảo đảm tiến độ đề ra.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Nội vụ: Theo dõi, đôn đốc việc thực hiện Kế hoạch này.\n"
    )
    found = province(text)
    assert leads(found) == ["BL-SNV"]


def test_a_plan_s_task_with_its_roles_in_brackets_is_that_unit_s_order():
    text = (
        "KẾ HOẠCH\n"
        "Phát triển hạ tầng số năm 2026\n\n"
        "II. NHIỆM VỤ, GIẢI PHÁP\n"
        "1. Nâng cao nhận thức về chuyển đổi số trong cán bộ, công chức.\n"
        "2. Xây dựng cơ sở dữ liệu doanh nghiệp trong các khu công nghiệp, chia sẻ với các ngành (Cơ quan chủ trì: Ban "
        "Quản lý các khu công nghiệp tỉnh; cơ quan phối hợp: Công an tỉnh, Sở Tài chính; thời gian hoàn thành: quý "
        "III/2026).\n"
        "3. Tăng cường bảo đảm an toàn thông tin.\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Nội vụ: Tổng hợp kết quả thực hiện, báo cáo UBND tỉnh hằng quý.\n"
    )
    found = province(text)
    assert leads(found) == ["BL-BQL", "BL-SNV"]
    assert found[0].text.startswith("Xây dựng cơ sở dữ liệu doanh nghiệp")
    assert found[0].text.rstrip(".").endswith("quý III/2026)")
    assert [c.code for c in found[0].coordinating] == ["BL-CA", "BL-STC"]
    assert str(found[0].deadline) == "2026-09-30"
