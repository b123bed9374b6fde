"""Orders in the forms a forty-fourth batch of Vietnamese texts written blind showed: a plan whose every line is a
paragraph of its own, its name on the line under "KẾ HOẠCH", no order; its section of targets ("II. CHỈ TIÊU"), no
one's task; an item whose heading names two units with a semicolon between them before the colon of their task ("5.
Sở X; Đài Y: tăng cường ..."), one order; a campaign held over a period, then its report due by a later date ("từ
ngày 01/4 đến ngày 30/4/2026; tổng kết, báo cáo ... trước ngày 20/5/2026"), due by the report; "tổng kết" as the
verb of such a report, its unit still leading the items after it; an approval that gives the work in the same
sentence ("thống nhất chủ trương ..., giao Văn phòng bố trí kinh phí"), the order from "giao". Texts and
directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

PROVINCE = [
    unit("AB-YT", "Sở Y tế tỉnh An Bình", "Sở Y tế"),
    unit("AB-CT", "Sở Công Thương tỉnh An Bình", "Sở Công Thương"),
    unit("AB-VH", "Sở Văn hóa, Thể thao và Du lịch tỉnh An Bình", "Sở Văn hóa, Thể thao và Du lịch"),
    unit("AB-DT", "Đài Phát thanh và Truyền hình An Bình", "Đài Phát thanh và Truyền hình tỉnh"),
    unit("AB-TC", "Sở Tài chính tỉnh An Bình", "Sở Tài chính"),
]

_PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 17/KH-UBND\nAn Bình, ngày 09 tháng 02 năm 2026\nKẾ HOẠCH\n"
    "Bảo đảm công tác phòng, chống dịch bệnh truyền nhiễm trên địa bàn tỉnh An Bình năm 2026\n"
    "Căn cứ tình hình dịch bệnh năm 2025, UBND tỉnh ban hành Kế hoạch như sau:\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n- Chủ động phát hiện sớm, khống chế kịp thời các ổ dịch.\n"
)


def plan(text):
    return directives_in(_PLAN + text, PROVINCE, "vi", "2026-02-09")


def test_a_plan_s_name_under_its_kind_when_every_line_is_a_paragraph_is_no_order():
    found = plan("II. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính: bố trí kinh phí thực hiện Kế hoạch.\n")
    assert leads(found) == ["AB-TC"]
    assert not any(d.text.startswith("Bảo đảm công tác") for d in found)


def test_a_plan_s_section_of_targets_is_no_one_s_task():
    found = plan(
        "II. CHỈ TIÊU\n- 95% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin.\n"
        "- Giảm 10% số ca mắc sốt xuất huyết so với năm 2025.\n"
        "III. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính: bố trí kinh phí thực hiện Kế hoạch.\n"
    )
    assert leads(found) == ["AB-TC"]


def test_a_heading_of_two_units_with_a_semicolon_before_the_colon_is_one_order():
    found = plan(
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Văn hóa, Thể thao và Du lịch; Đài Phát thanh và Truyền hình tỉnh: đẩy mạnh tuyên truyền các biện "
        "pháp phòng bệnh trên các phương tiện thông tin.\n"
    )
    assert len(found) == 1
    assert found[0].text.startswith("Sở Văn hóa, Thể thao và Du lịch; Đài")
    assert {found[0].lead.code, *(c.code for c in found[0].coordinating)} == {"AB-VH", "AB-DT"}


def test_a_campaign_held_over_a_period_is_due_by_its_later_report():
    found = plan(
        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế:\n"
        "- Tổ chức chiến dịch tiêm chủng bổ sung từ ngày 01/4 đến ngày 30/4/2026; tổng hợp, báo cáo UBND tỉnh "
        "trước ngày 20/5/2026.\n"
    )
    assert leads(found) == ["AB-YT"]
    assert str(found[0].deadline) == "2026-05-20"


def test_sum_up_and_report_keeps_the_unit_leading_the_items_after_it():
    found = plan(
        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế:\n"
        "- Tổ chức Tuần lễ vệ sinh môi trường từ ngày 10/3 đến ngày 17/3/2026; tổng kết, báo cáo UBND tỉnh "
        "trước ngày 31/3/2026.\n"
        "- Chủ trì giám sát, xử lý các ổ dịch phát sinh; kịp thời thông tin cho người dân.\n"
    )
    assert leads(found) == ["AB-YT", "AB-YT"]
    assert str(found[0].deadline) == "2026-03-31"


COMMUNE = [
    unit("BT-VP", "Văn phòng HĐND và UBND xã Bình Thạnh", "Văn phòng HĐND và UBND xã"),
    unit("BT-VHXH", "Phòng Văn hóa - Xã hội xã Bình Thạnh", "Phòng Văn hóa - Xã hội"),
    unit("BT-KT", "Phòng Kinh tế xã Bình Thạnh", "Phòng Kinh tế"),
]


def test_an_approval_that_gives_the_work_in_the_same_sentence_orders_from_giao():
    text = (
        "Chiều ngày 06/4/2026, UBND xã Bình Thạnh họp giao ban tháng 3.\n"
        "Kết luận cuộc họp, đồng chí Chủ tịch UBND xã giao Phòng Kinh tế rà soát các công trình chậm tiến độ.\n"
        "Đồng chí Chủ tịch UBND xã đồng ý chủ trương tổ chức Giải bóng đá thanh niên năm 2026 theo đề xuất của "
        "Phòng Văn hóa - Xã hội, giao Văn phòng HĐND và UBND xã cân đối kinh phí tổ chức giải.\n"
    )
    found = directives_in(text, COMMUNE, "vi", "2026-04-06")
    assert leads(found) == ["BT-KT", "BT-VP"]
    assert found[1].text.startswith("giao Văn phòng HĐND và UBND xã cân đối")
