"""Orders in the forms a fifteenth batch of Vietnamese texts written blind showed: a telegram (Công điện) whose
addressees follow its sender's "... điện:", a letter's subject line ("Về việc ...", "V/v ..."), an
entry-into-force clause, participants' proposals told in a conclusion notice, a unit's head as the subject of an
order, the grounds between a unit and its verb ("căn cứ ..., chỉ đạo ..."), verbs of action the rules did not
know ("tăng thời lượng", "đưa ... vào"), the Party's committees as a group, and a monthly report date before the
final one. Texts written for these tests."""

import datetime

import pytest

from tests.extraction.conftest import codes, leads

# -- a telegram's addressees and a letter's subject line -----------------------------------------------------


@pytest.mark.parametrize("sender", ["CHỦ TỊCH UBND TỈNH điện", "THỦ TƯỚNG CHÍNH PHỦ điện", "BỘ TRƯỞNG BỘ Y TẾ điện"])
def test_a_telegrams_addressees_are_no_orders(run, sender):
    text = (
        "CÔNG ĐIỆN\n"
        f"{sender}:\n"
        "- Giám đốc các Sở: Y tế, Giáo dục và Đào tạo, Công Thương;\n"
        "- Chỉ huy trưởng: Bộ Chỉ huy Quân sự tỉnh;\n"
        "- Giám đốc Công an tỉnh;\n"
        "- Chủ tịch UBND các huyện, thị xã, thành phố.\n"
        "\n"
        "Để chủ động ứng phó với đợt rét đậm, rét hại, yêu cầu:\n"
        "1. Sở Y tế bố trí đủ thuốc, vật tư tại các trạm y tế vùng cao.\n"
    )
    directives = run(text, language="vi", meeting="2027-01-10").directives
    assert [d.text[:10] for d in directives] == ["Sở Y tế bố"]
    assert leads(directives) == ["SYT"]
    # the power sector before a colon ("ngành điện:"), after a verb: no addressee block
    text = (
        "Giám đốc Sở Công Thương chỉ đạo ngành điện:\n"
        "- Sở Công Thương kiểm tra các trạm biến áp trước ngày 30/6/2026;\n"
        "- Sở Xây dựng rà soát hành lang lưới điện.\n"
    )
    assert leads(run(text, language="vi", meeting="2026-05-04").directives) == ["SCT", "SXD"]


@pytest.mark.parametrize(
    "subject",
    ["V/v khẩn trương khắc phục hậu quả mưa lũ tại các huyện miền núi", "Về việc khẩn trương khắc phục sạt lở"],
)
def test_a_letters_subject_line_is_no_order(run, subject):
    text = (
        "UBND TỈNH QUẢNG NINH\n"
        "CÔNG ĐIỆN\n"
        f"{subject}\n"
        "----------\n"
        "Chủ tịch UBND tỉnh yêu cầu:\n"
        "1. Sở Xây dựng kiểm tra an toàn các công trình đang thi công.\n"
    )
    directives = run(text, language="vi", meeting="2026-10-02").directives
    assert [d.text[:12] for d in directives] == ["Sở Xây dựng "]


# -- clauses that order nothing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "clause",
    [
        "Quyết định này có hiệu lực thi hành kể từ ngày ký./.",
        "Chỉ thị này có hiệu lực kể từ ngày ban hành./.",
    ],
)
def test_an_entry_into_force_clause_is_no_order(run, clause):
    text = (
        "Chủ tịch UBND tỉnh yêu cầu:\n\n"
        "1. Sở Y tế:\n"
        "a) Tổ chức tiêm vắc xin sởi cho trẻ em dưới 5 tuổi, hoàn thành trước ngày 30/6/2026.\n\n"
        "2. UBND các huyện, thị xã, thành phố:\n"
        "- Vận động người dân đưa trẻ đi tiêm đủ mũi.\n\n"
        "TỔ CHỨC THỰC HIỆN\n"
        "Sở Tài chính theo dõi, đôn đốc việc thực hiện; báo cáo tổng kết trước ngày 15/12/2026.\n"
        f"{clause}\n\n"
        "Nơi nhận:\n"
        "- Như trên;\n"
        "- Lưu: VT.\n"
    )
    directives = run(text, language="vi", meeting="2026-05-04").directives
    assert [d.text[:12] for d in directives] == ["Tổ chức tiêm", "Vận động ngư", "Sở Tài chính"]


@pytest.mark.parametrize(
    "opinion",
    [
        "Tại hội nghị, nhiều đại biểu đề nghị tỉnh sớm ban hành cơ chế hỗ trợ giáo viên vùng khó khăn.",
        "Có ý kiến đề nghị nâng mức hỗ trợ cho nhân viên y tế thôn bản.",
    ],
)
def test_participants_proposals_are_no_orders(run, opinion):
    text = (
        "THÔNG BÁO KẾT LUẬN\n"
        "I. ĐÁNH GIÁ CHUNG\n"
        "Công tác giáo dục năm học 2025 - 2026 đạt nhiều kết quả.\n"
        f"{opinion}\n"
        "II. NHIỆM VỤ THỜI GIAN TỚI\n"
        "Ban Thường vụ yêu cầu:\n"
        "1. Sở Giáo dục và Đào tạo rà soát đội ngũ giáo viên, hoàn thành trước ngày 31/8/2026.\n"
    )
    directives = run(text, language="vi", meeting="2026-07-01").directives
    assert leads(directives) == ["SGDDT"]


# -- subjects and verbs of action ----------------------------------------------------------------------------


def test_a_units_head_as_the_subject_of_an_order(one):
    directive = one("Giám đốc Công an tỉnh bố trí lực lượng bảo vệ các điểm thi trong kỳ thi tốt nghiệp.", "vi")
    assert codes([directive.lead]) == ["CAT"]


def test_the_grounds_between_a_unit_and_its_verb(one):
    directive = one(
        "Sở Xây dựng căn cứ kết quả kiểm định, tổ chức sửa chữa các cầu yếu trước ngày 30/6/2026.",
        "vi",
        meeting="2026-03-02",
    )
    assert codes([directive.lead]) == ["SXD"]
    assert directive.deadline == datetime.date(2026, 6, 30)


def test_a_units_head_then_the_grounds_then_the_verb(one):
    directive = one(
        "Giám đốc Sở Y tế trên cơ sở diễn biến dịch bệnh, chỉ đạo các bệnh viện bố trí giường bệnh dự phòng.", "vi"
    )
    assert codes([directive.lead]) == ["SYT"]


@pytest.mark.parametrize(
    "text, lead",
    [
        ("Sở Văn hóa, Thể thao và Du lịch tăng thời lượng phát sóng về an toàn giao thông.", "SVHTTDL"),
        ("Sở Nội vụ đưa nội dung cải cách hành chính vào kế hoạch kiểm tra năm 2027.", "SNV"),
    ],
)
def test_verbs_of_action_after_a_unit(run, one, text, lead):
    assert codes([one(text, "vi").lead]) == [lead]
    # a result that rises is no order
    assert run("Tổng doanh thu du lịch tăng 18% so với cùng kỳ năm 2025.", language="vi").directives == []


def test_the_partys_committees_as_a_group_with_a_period_before_the_report(one):
    directive = one(
        "Các đảng ủy trực thuộc Tỉnh ủy định kỳ hằng quý báo cáo kết quả thực hiện Kết luận này về Ban Thường vụ.",
        "vi",
    )
    assert directive.lead is None


# -- a monthly report date, then the final one -------------------------------------------------------------------


def test_a_monthly_report_date_then_the_final_one(one):
    directive = one(
        "Sở Y tế theo dõi việc thực hiện; trước ngày 20 hằng tháng báo cáo UBND tỉnh; báo cáo tổng kết công tác "
        "phòng, chống dịch năm 2026 trước ngày 10/12/2026.",
        "vi",
        meeting="2026-03-02",
    )
    assert directive.deadline == datetime.date(2026, 12, 10)
    # alone, the monthly date stays the deadline: the next 20th
    directive = one("Sở Y tế tổng hợp, báo cáo UBND tỉnh trước ngày 20 hằng tháng.", "vi", meeting="2026-03-02")
    assert directive.deadline == datetime.date(2026, 3, 20)
