"""Orders in the forms a thirty-fourth batch of Vietnamese texts written blind showed: a unit named again by its kind
alone ("Sở đồng thời rà soát ...", "Huyện chủ trì, ..." after the case it is for, "đề nghị Công ty tập trung ...",
"Công ty cần ..."); a head as the subject when "giao vốn" (capital allocated) follows; a group of businesses told their
part ("Các doanh nghiệp viễn thông ... di dời ..."); the investor as a partner ("phối hợp với chủ đầu tư"); a tense
after the verb that only qualifies its object ("giấy phép đã cấp"); and what is no order: a ceremony's "phát biểu
giao nhiệm vụ", how a work is paid for ("Chi phí ... thực hiện theo quy định"), what a plan must meet ("Phương án phải
phù hợp với ..."), a sanction on every wrong ("mọi hành vi ... sẽ bị xử lý"), "không có vùng cấm"; and the plan a
cited resolution is about, part of its title. Texts and directories written for these tests."""

import pytest

from tests.extraction.conftest import codes, directives_in, leads, unit

UNITS = [
    unit("BL-UBND", "Ủy ban nhân dân tỉnh Bắc Lĩnh", "UBND tỉnh Bắc Lĩnh", "UBND tỉnh"),
    unit("BL-HDND", "Hội đồng nhân dân tỉnh Bắc Lĩnh", "HĐND tỉnh"),
    unit("BL-SYT", "Sở Y tế tỉnh Bắc Lĩnh", "Sở Y tế"),
    unit("BL-STC", "Sở Tài chính tỉnh Bắc Lĩnh", "Sở Tài chính"),
    unit("BL-SXD", "Sở Xây dựng tỉnh Bắc Lĩnh", "Sở Xây dựng"),
    unit("BL-SCT", "Sở Công Thương tỉnh Bắc Lĩnh", "Sở Công Thương"),
    unit("BL-CA", "Công an tỉnh Bắc Lĩnh", "Công an tỉnh"),
    unit("BL-BQLDA", "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh Bắc Lĩnh"),
    unit("BL-DIENLUC", "Công ty Điện lực Bắc Lĩnh", "Điện lực Bắc Lĩnh"),
    unit("BL-BINHAN", "Công ty cổ phần Thép Bình An", "Thép Bình An"),
    unit("BL-TAYSON", "UBND huyện Tây Sơn", "huyện Tây Sơn"),
    unit("BL-LAMHA", "UBND huyện Lâm Hà", "huyện Lâm Hà"),
]
NOTICE = "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh Bắc Lĩnh\n\nChủ tịch UBND tỉnh kết luận như sau:\n\n"


@pytest.mark.parametrize(
    "added",
    [
        "Sở đồng thời hướng dẫn các trường học ký hợp đồng với nhà cung cấp có chứng nhận, báo cáo UBND tỉnh trước "
        "ngày 10/10/2027.",
        "Sở Y tế cũng hướng dẫn các trường học ký hợp đồng với nhà cung cấp có chứng nhận, báo cáo UBND tỉnh trước "
        "ngày 10/10/2027.",
    ],
)
def test_a_task_added_to_a_unit_by_a_link_word_before_its_verb(added):
    text = (
        NOTICE + "1. Giao Sở Y tế chủ trì kiểm tra an toàn thực phẩm tại các bếp ăn tập thể, hoàn thành trong tháng "
        "9/2027.\n\n" + added + "\n\n2. Sở Tài chính bố trí kinh phí kiểm nghiệm mẫu thực phẩm.\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-08-20")
    assert leads(found) == ["BL-SYT", "BL-SYT", "BL-STC"]
    assert str(found[1].deadline) == "2027-10-10"


def test_a_task_added_by_the_units_kind_and_a_link_word_is_no_report_back():
    text = (
        NOTICE + "1. Giao Sở Y tế chủ trì kiểm tra an toàn thực phẩm tại các bếp ăn tập thể, hoàn thành trong tháng "
        "9/2027.\nSở đồng thời tổng hợp danh sách các cơ sở vi phạm, báo cáo UBND tỉnh trước ngày 10/10/2027.\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-08-20")
    assert leads(found) == ["BL-SYT", "BL-SYT"]
    assert [str(d.deadline) for d in found] == ["2027-09-30", "2027-10-10"]


def test_a_tense_after_the_verb_that_qualifies_its_object_tells_nothing():
    text = (
        NOTICE + "1. Giao Sở Y tế chủ trì kiểm tra an toàn thực phẩm tại các bếp ăn tập thể, hoàn thành trong tháng "
        "9/2027.\n\n"
        "Sở Xây dựng rà soát toàn bộ các công trình đã cấp phép xây dựng ven sông, báo cáo UBND tỉnh trước ngày "
        "30/9/2027.\n\n"
        # (a tense that opens a clause of its own still tells what was done)
        "Sở Công Thương kiểm tra 40 cửa hàng xăng dầu, đã xử phạt 6 cửa hàng.\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-08-20")
    assert leads(found) == ["BL-SYT", "BL-SXD"]
    assert str(found[1].deadline) == "2027-09-30"


def test_the_district_by_its_kind_after_the_case_leads_a_task_of_its_own():
    text = (
        NOTICE + "1. Yêu cầu UBND huyện Tây Sơn khẩn trương chi trả tiền hỗ trợ tái định cư cho các hộ dân, hoàn thành "
        "trước ngày 15/9/2027. Đối với các hộ chưa bàn giao mặt bằng, Huyện chủ trì, phối hợp với Công an tỉnh vận "
        "động, thuyết phục, báo cáo UBND tỉnh trước ngày 25/9/2027.\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-08-20")
    assert leads(found) == ["BL-TAYSON", "BL-TAYSON"]
    assert codes(found[0].coordinating) == []
    assert codes(found[1].coordinating) == ["BL-CA"]
    assert [str(d.deadline) for d in found] == ["2027-09-15", "2027-09-25"]


def test_the_company_a_story_is_about_by_its_kind_alone():
    text = (
        "Phó Chủ tịch UBND tỉnh làm việc với Công ty cổ phần Thép Bình An\n\n"
        "Sáng 12/8/2027, Phó Chủ tịch UBND tỉnh Bắc Lĩnh làm việc với Công ty cổ phần Thép Bình An về dự án mở rộng "
        "nhà máy tại huyện Lâm Hà. Cùng dự có lãnh đạo Sở Công Thương và UBND huyện Lâm Hà.\n\n"
        "Phó Chủ tịch đề nghị Công ty khẩn trương lắp đặt hệ thống xử lý khí thải, vận hành thử trong tháng 10/2027. "
        "Công ty cần hoàn thiện hồ sơ đánh giá tác động môi trường, gửi Sở Xây dựng trước ngày 30/9/2027.\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-08-12")
    assert leads(found) == ["BL-BINHAN", "BL-BINHAN"]
    assert [str(d.deadline) for d in found] == ["2027-10-31", "2027-09-30"]


def test_a_head_who_advises_on_capital_to_allocate_is_the_lead():
    text = (
        NOTICE + "1. Chủ tịch UBND tỉnh đồng ý bổ sung 20 tỷ đồng cho các công trình thủy lợi. Giám đốc Sở Tài chính "
        "tham mưu UBND tỉnh giao vốn chi tiết cho từng công trình trước ngày 15/9/2027.\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-08-20")
    assert leads(found) == ["BL-STC"]
    assert str(found[0].deadline) == "2027-09-15"


def test_the_businesses_of_a_trade_told_their_part():
    text = (
        NOTICE + "1. Điện lực Bắc Lĩnh hạ ngầm đường dây trung thế qua khu trung tâm huyện Tây Sơn, hoàn thành trước "
        "ngày 30/10/2027. Các doanh nghiệp cấp nước trên địa bàn sửa chữa các tuyến ống rò rỉ, hoàn thành trong tháng "
        "11/2027.\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-08-20")
    assert leads(found) == ["BL-DIENLUC", None]
    assert str(found[1].deadline) == "2027-11-30"


def test_the_investor_as_a_partner_is_the_project_board_named_before():
    text = (
        NOTICE
        + "1. Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh Bắc Lĩnh đẩy nhanh tiến độ thi công "
        "Bệnh viện Đa khoa tỉnh.\n"
        "2. Điện lực Bắc Lĩnh phối hợp với chủ đầu tư di dời trạm biến áp ra khỏi mặt bằng bệnh viện, hoàn thành trước "
        "ngày 15/11/2027.\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-08-20")
    assert leads(found) == ["BL-BQLDA", "BL-DIENLUC"]
    assert codes(found[1].coordinating) == ["BL-BQLDA"]


@pytest.mark.parametrize(
    "after",
    [
        "Kinh phí thực hiện do ngân sách tỉnh bảo đảm.",
        "Chi phí sửa chữa thực hiện theo quy định hiện hành.",
        "Phương án phải phù hợp với quy hoạch giao thông đô thị giai đoạn 2026 - 2030.",
    ],
)
def test_how_a_work_is_paid_for_or_what_its_plan_must_meet_is_no_order(after):
    text = (
        NOTICE + "1. Sở Xây dựng lập phương án tổ chức lại giao thông khu trung tâm huyện Lâm Hà, trình UBND tỉnh "
        "trong tháng 10/2027. " + after + "\n2. Công an tỉnh bố trí lực lượng phân luồng giờ cao điểm.\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-08-20")
    assert leads(found) == ["BL-SXD", "BL-CA"]
    assert after not in found[0].text


@pytest.mark.parametrize(
    "warning",
    [
        "mọi hành vi lấn chiếm hành lang đê điều sẽ bị xử lý nghiêm theo quy định.",
        "không có vùng cấm, không có ngoại lệ trong xử lý vi phạm về đất đai.",
    ],
)
def test_a_sanction_on_every_wrong_or_no_exception_is_no_order(warning):
    text = (
        NOTICE + "1. UBND huyện Lâm Hà cưỡng chế các công trình xây dựng trái phép ven đê, hoàn thành trước ngày "
        "30/11/2027.\n\nChủ tịch UBND tỉnh nhấn mạnh: " + warning + "\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-08-20")
    assert leads(found) == ["BL-LAMHA"]


def test_a_ceremony_speech_that_gives_tasks_is_no_order():
    text = (
        "Trao quyết định bổ nhiệm Giám đốc Sở Y tế\n\n"
        "Chiều 5/9/2027, UBND tỉnh Bắc Lĩnh tổ chức lễ trao quyết định bổ nhiệm Giám đốc Sở Y tế. Đồng chí Vũ Thanh "
        "Hải, Phó Chủ tịch UBND tỉnh dự, trao quyết định và phát biểu giao nhiệm vụ. Tân Giám đốc Sở Y tế hứa sẽ nỗ "
        "lực hoàn thành nhiệm vụ được giao.\n"
    )
    assert directives_in(text, UNITS, "vi", "2027-09-05") == []


def test_the_plan_a_cited_resolution_is_about_is_part_of_its_title():
    text = (
        NOTICE + "1. Sở Tài chính tham mưu phân bổ vốn cho các dự án chuyển tiếp trong tháng 9/2027, bảo đảm đúng Nghị "
        "quyết số 25/NQ-HĐND ngày 08/12/2026 của HĐND tỉnh về kế hoạch đầu tư công năm 2027.\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-08-20")
    assert leads(found) == ["BL-STC"]
    assert len(found[0].references) == 1
    assert found[0].references[0].startswith("Nghị quyết số 25/NQ-HĐND")
    assert str(found[0].deadline) == "2027-09-30"
