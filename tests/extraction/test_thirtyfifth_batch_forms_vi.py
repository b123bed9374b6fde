"""Orders in the forms a thirty-fifth batch of Vietnamese texts written blind showed: a day of the meeting's month
("trước ngày 25 tháng này"), a report due "định kỳ trước ngày 10 hằng tháng" (recurring, no date), a work named again
and told when it must be over ("Đợt kiểm tra phải kết thúc trước ..."), a deadline put back ("Đồng ý gia hạn thời
gian ... đến ngày ...") opening the order after it, a grounds clause before the verb ("Trên cơ sở ..., tổng hợp
..."), a label of groups only ("Các phòng, trung tâm:", "UBND các huyện, thị xã, thành phố"), a plan's heading that
asks a body ("4. Đề nghị Hội Nông dân tỉnh và các đoàn thể"), committees listed after one head ("Ủy ban nhân dân các
tỉnh A, B"), a place named alone for its People's Committee and not its Party committee ("Xã cần ..."), a ministry
named again by its kind ("Bộ cần ...") with the document that gave it its earlier order; and what is no order: a
fault told what it will count for ("Việc chậm nộp ... sẽ bị trừ điểm"), a plan's closing words ("Trên đây là Kế hoạch
..., đề nghị ... thực hiện"). Texts and directories written for these tests."""

import pytest

from tests.extraction.conftest import codes, directives_in, leads, unit

UNITS = [
    unit("NS-UBND", "UBND tỉnh Nam Sơn", "Ủy ban nhân dân tỉnh Nam Sơn", "UBND Nam Sơn"),
    unit("NS-STC", "Sở Tài chính tỉnh Nam Sơn", "Sở Tài chính"),
    unit("NS-SYT", "Sở Y tế tỉnh Nam Sơn", "Sở Y tế"),
    unit("NS-SCT", "Sở Công Thương tỉnh Nam Sơn", "Sở Công Thương"),
    unit("NS-HND", "Hội Nông dân tỉnh Nam Sơn", "Hội Nông dân tỉnh"),
    unit("NS-TPNS", "UBND thành phố Nam Sơn", "thành phố Nam Sơn", "TP. Nam Sơn"),
    unit("NS-DANGUY", "Đảng ủy xã Tân Lộc", "Ban Thường vụ Đảng ủy xã Tân Lộc", "Đảng bộ xã Tân Lộc"),
    unit("NS-TANLOC", "UBND xã Tân Lộc", "Ủy ban nhân dân xã Tân Lộc", "xã Tân Lộc"),
]
#: A department's weekly notice: its divisions by their labels.
DIVISIONS = [
    unit("GT-VP", "Văn phòng Sở Giao thông vận tải", "Văn phòng Sở"),
    unit("GT-KCHT", "Phòng Quản lý kết cấu hạ tầng giao thông", "Phòng Quản lý kết cấu hạ tầng"),
    unit("GT-VT", "Phòng Quản lý vận tải", "Phòng Vận tải"),
    unit("GT-TTDK", "Trung tâm Đăng kiểm xe cơ giới", "Trung tâm Đăng kiểm"),
]
#: A directory of the Government's: ministries and several provinces' committees.
GOVERNMENT = [
    unit("GV-BCT", "Bộ Công Thương", "BCT"),
    unit("GV-BGTVT", "Bộ Giao thông vận tải", "BGTVT"),
    unit("GV-VPCP", "Văn phòng Chính phủ", "VPCP"),
    unit("GV-KIMBAN", "UBND tỉnh Kim Bàn", "Ủy ban nhân dân tỉnh Kim Bàn", "tỉnh Kim Bàn"),
    unit("GV-LACSON", "UBND tỉnh Lạc Sơn", "Ủy ban nhân dân tỉnh Lạc Sơn", "tỉnh Lạc Sơn"),
    unit("GV-HOAPHU", "UBND tỉnh Hòa Phú", "Ủy ban nhân dân tỉnh Hòa Phú", "tỉnh Hòa Phú"),
]
NOTICE = "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh Nam Sơn\n\nChủ tịch UBND tỉnh kết luận như sau:\n\n"
WEEKLY = (
    "THÔNG BÁO\nKết luận của Giám đốc Sở tại cuộc họp giao ban tuần 37\n\n"
    "Giám đốc Sở kết luận như sau:\n"
    "1. Văn phòng Sở: Tổng hợp báo cáo công tác quý III của Sở, trình lãnh đạo Sở trước ngày 25/9/2027.\n"
)


def test_a_day_of_the_meetings_month_dates_the_order_before():
    text = (
        WEEKLY + "2. Phòng Vận tải: Rà soát danh sách tuyến xe buýt trợ giá, phối hợp Văn phòng Sở công khai trên "
        "trang thông tin điện tử của Sở. Việc công khai phải xong trước ngày 28 tháng này.\n"
        "3. Trung tâm Đăng kiểm: Tiếp tục kiểm định 40 phương tiện thủy nội địa, gửi kết quả cho Phòng Vận tải "
        "chậm nhất ngày 5 tháng sau.\n"
    )
    found = directives_in(text, DIVISIONS, "vi", "2027-09-13")
    assert leads(found) == ["GT-VP", "GT-VT", "GT-TTDK"]
    assert [str(d.deadline) for d in found] == ["2027-09-25", "2027-09-28", "2027-10-05"]


def test_a_fault_told_what_it_will_count_for_is_no_order():
    text = (
        WEEKLY + "2. Phòng Vận tải: Rà soát danh sách tuyến xe buýt trợ giá, trình lãnh đạo Sở trước ngày 30/9/2027. "
        "Việc không gửi số liệu đúng hạn sẽ bị trừ điểm thi đua cuối năm.\n"
    )
    found = directives_in(text, DIVISIONS, "vi", "2027-09-13")
    assert leads(found) == ["GT-VP", "GT-VT"]
    assert "trừ điểm" not in found[1].text


def test_a_label_of_groups_only_gives_its_tasks_no_unit():
    text = (
        WEEKLY + "2. Trung tâm Đăng kiểm: Tiếp tục kiểm định 40 phương tiện thủy nội địa trước ngày 30/9/2027.\n"
        "3. Các phòng, trung tâm: Cập nhật số liệu giải quyết thủ tục hành chính, gửi Văn phòng Sở trước 16h00 thứ "
        "Năm hằng tuần.\n"
    )
    found = directives_in(text, DIVISIONS, "vi", "2027-09-13")
    assert leads(found) == ["GT-VP", "GT-TTDK", None]


def test_a_deadline_put_back_opens_the_order_after_it():
    text = (
        WEEKLY + "2. Phòng Quản lý kết cấu hạ tầng: Đồng ý gia hạn thời gian trình phương án sửa chữa cầu Bến Lội "
        "đến ngày 15/10/2027 (hạn cũ là ngày 20/9/2027). Phòng khảo sát bổ sung hiện trạng mố cầu, hoàn chỉnh "
        "phương án trình Giám đốc Sở đúng hạn mới.\n"
    )
    found = directives_in(text, DIVISIONS, "vi", "2027-09-13")
    assert leads(found) == ["GT-VP", "GT-KCHT"]
    assert found[1].text.startswith("Đồng ý gia hạn")
    assert str(found[1].deadline) == "2027-10-15"


def test_a_work_named_again_told_when_it_must_be_over_dates_the_order():
    text = (
        NOTICE + "1. Sở Y tế tổ chức đợt kiểm tra liên ngành an toàn thực phẩm tại các bếp ăn tập thể. Đợt kiểm tra "
        "phải kết thúc trước ngày 20/10/2027.\n2. Sở Tài chính bố trí kinh phí cho đợt kiểm tra.\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-09-01")
    assert leads(found) == ["NS-SYT", "NS-STC"]
    assert str(found[0].deadline) == "2027-10-20"
    assert found[0].text.endswith("20/10/2027")


def test_a_report_due_before_a_day_of_each_month_periodically_has_no_date():
    text = (
        NOTICE + "1. Sở Công Thương tổng hợp tình hình cung ứng xăng dầu, báo cáo UBND tỉnh định kỳ trước ngày 10 "
        "hằng tháng.\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-09-01")
    assert leads(found) == ["NS-SCT"]
    assert found[0].deadline is None


PLAN = (
    "Kế hoạch số 41/KH-UBND ngày 02/9/2027 của UBND tỉnh Nam Sơn về phòng, chống bệnh dại năm 2027\n\n"
    "IV. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Y tế\n"
    "- Chủ trì, phối hợp với các địa phương tổ chức tiêm vắc xin phòng dại cho người bị chó cắn.\n"
)


def test_grounds_before_the_verb_of_a_units_task():
    text = (
        PLAN + "2. Sở Tài chính\n"
        "Trên cơ sở đề xuất do các địa phương gửi, tổng hợp, tham mưu UBND tỉnh bổ sung kinh phí mua vắc xin.\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-09-02")
    assert leads(found) == ["NS-SYT", "NS-STC"]


def test_a_plans_heading_that_asks_a_body_is_no_order():
    text = (
        PLAN + "2. Đề nghị Hội Nông dân tỉnh và các đoàn thể\n"
        "Đề nghị Hội Nông dân tỉnh vận động hội viên đưa chó, mèo đi tiêm phòng đầy đủ.\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-09-02")
    assert leads(found) == ["NS-SYT", "NS-HND"]
    assert found[1].text.startswith("Đề nghị Hội Nông dân tỉnh vận động")


def test_a_label_of_committees_by_level_is_no_unit_whatever_short_names_it_holds():
    text = (
        PLAN + "2. UBND các huyện, thị xã, thành phố\n"
        "- Xây dựng kế hoạch của địa phương, hoàn thành trước ngày 30/9/2027.\n"
        "- Riêng UBND thành phố Nam Sơn tổ chức tiêm phòng tập trung tại các phường.\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-09-02")
    assert leads(found) == ["NS-SYT", None, "NS-TPNS"]


def test_the_plans_closing_words_are_no_order():
    text = (
        PLAN + "Trên đây là Kế hoạch phòng, chống bệnh dại năm 2027, đề nghị các sở, ngành, địa phương nghiêm túc "
        "triển khai thực hiện./.\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-09-02")
    assert leads(found) == ["NS-SYT"]


def test_a_commune_named_alone_is_its_peoples_committee_not_its_party_committee():
    text = (
        "Bí thư Tỉnh ủy làm việc với Đảng ủy xã Tân Lộc\n\n"
        "Ngày 14/9/2027, Bí thư Tỉnh ủy Nam Sơn làm việc với Ban Thường vụ Đảng ủy xã Tân Lộc. Theo báo cáo, xã "
        "Tân Lộc đã hoàn thành 15/19 tiêu chí nông thôn mới.\n\n"
        "Bí thư Tỉnh ủy yêu cầu Đảng ủy xã Tân Lộc lãnh đạo hoàn thành các tiêu chí còn lại trước ngày 31/12/2027. "
        "Xã cần rà soát các hộ chưa có nước sạch, huy động nguồn lực hỗ trợ trong quý I/2028.\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-09-14")
    assert leads(found) == ["NS-DANGUY", "NS-TANLOC"]


LETTER = (
    "VĂN PHÒNG CHÍNH PHỦ\n"
    "Kính gửi:\n- Bộ Công Thương;\n- Bộ Giao thông vận tải;\n- Ủy ban nhân dân các tỉnh: Hòa Phú, Kim Bàn, Lạc Sơn.\n"
    "Xét đề nghị của Ủy ban nhân dân tỉnh Hòa Phú, Phó Thủ tướng Chính phủ có ý kiến như sau:\n"
    "1. Ủy ban nhân dân tỉnh Hòa Phú khẩn trương hoàn thiện hồ sơ dự án đường nối cảng Hòa Phú.\n"
)


def test_committees_listed_after_one_head_the_first_leads():
    text = (
        LETTER + "2. Ủy ban nhân dân các tỉnh Kim Bàn, Lạc Sơn phối hợp với tỉnh Hòa Phú bố trí quỹ đất tái định cư "
        "cho các hộ dân bị ảnh hưởng.\n"
    )
    found = directives_in(text, GOVERNMENT, "vi", "2027-09-20")
    assert leads(found) == ["GV-HOAPHU", "GV-KIMBAN"]
    assert codes(found[1].coordinating) == ["GV-LACSON", "GV-HOAPHU"]


def test_a_ministry_named_again_by_its_kind_goes_on_with_its_earlier_order():
    text = (
        LETTER + "2. Bộ Giao thông vận tải hướng dẫn tỉnh Hòa Phú lập hồ sơ điều chỉnh quy hoạch cảng.\n"
        "3. Bộ Công Thương chủ trì kiểm tra nguồn cung điện cho khu công nghiệp sau cảng.\n"
        "Trước đó, tại Văn bản số 2044/VPCP-CN ngày 03/6/2027, Thủ tướng Chính phủ đã giao Bộ này rà soát quy hoạch "
        "lưới điện khu vực; Bộ cần cập nhật kết quả kiểm tra vào báo cáo rà soát.\n"
    )
    found = directives_in(text, GOVERNMENT, "vi", "2027-09-20")
    assert leads(found) == ["GV-HOAPHU", "GV-BGTVT", "GV-BCT", "GV-BCT"]
    assert found[3].text.startswith("Bộ cần")
    assert [r.startswith("Văn bản số 2044/VPCP-CN") for r in found[3].references] == [True]


@pytest.mark.parametrize("head", ["UBND", "Ủy ban nhân dân"])
def test_a_committees_head_before_a_group_is_no_short_name_of_one(head):
    text = (
        NOTICE + "1. Sở Y tế cung ứng đủ vắc xin phòng dại cho các địa phương.\n"
        "2. " + head + " các huyện, thị xã tổ chức tiêm phòng cho đàn chó, mèo trên địa bàn, hoàn thành trước ngày "
        "30/10/2027.\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-09-01")
    assert leads(found) == ["NS-SYT", None]
