"""Orders in the forms a thirty-sixth batch of Vietnamese texts written blind showed: a department's weekly notice over
a directory that names its divisions with their parent ("Phòng X - Sở Y tỉnh P", "Văn phòng Sở Y tỉnh P", "Thanh tra
Sở Y tỉnh P") while the notice says "Phòng X", "Văn phòng Sở", "Thanh tra Sở"; "đúng thời hạn yêu cầu" (the time
required, no request); a due day of the week with its date in brackets ("trước 16 giờ ngày thứ Năm (18/6)"); a delay
after "chủ đầu tư" ("... cho chủ đầu tư trong 07 ngày làm việc"); the work named again after a verb of finishing
("Kết thúc kiểm tra trong tháng 7."), the order's date; a conclusions notice of a province that never names the
province but names one of its towns more than once; "giao biên chế" (staff numbers allocated, no order); a task added
after "Đồng thời", with its own date; a town by its kind in lower case after a semicolon ("...; thị xã chủ động
..."), past the chair's approval; a story's next paragraph that opens on the matter, then a unit and its bare verb
("Về dự thảo Quy chế ..., Sở X tiếp thu ..."); a provincial station named without "tỉnh" before its partner in a
list; "các sở, ban, ngành và UBND các huyện" (no unit); and what is no order: building on the results ("phát huy
những kết quả đạt được") and an appraisal's "những hạn chế cần khắc phục". References: a law by its name, a plan cited
by its name and year ("theo Kế hoạch ... năm 2026", "điều chỉnh Quy hoạch ... đến năm 2045"; not the plan an order
issues), the document an order opens on, a staff plan, a town's budget of a period and a plan's targets of a year.
Texts and directories written for these tests."""

import pytest

from tests.extraction.conftest import codes, directives_in, leads, unit

#: A health department's divisions, named with their parent as an administrator enters them (no short aliases).
HEALTH = [
    unit("TS-SYT", "Sở Y tế tỉnh Tây Sơn"),
    unit("TS-VP", "Văn phòng Sở Y tế tỉnh Tây Sơn"),
    unit("TS-TTR", "Thanh tra Sở Y tế tỉnh Tây Sơn"),
    unit("TS-NVY", "Phòng Nghiệp vụ Y - Sở Y tế tỉnh Tây Sơn"),
    unit("TS-KHTC", "Phòng Kế hoạch - Tài chính - Sở Y tế tỉnh Tây Sơn"),
    unit("TS-CDC", "Trung tâm Kiểm soát bệnh tật tỉnh Tây Sơn"),
]
#: The same divisions with the short names an administrator may add (for the forms that are not about the names).
ALIASED = [
    unit("TS-SYT", "Sở Y tế tỉnh Tây Sơn", "Sở Y tế"),
    unit("TS-VP", "Văn phòng Sở Y tế tỉnh Tây Sơn", "Văn phòng Sở"),
    unit("TS-NVY", "Phòng Nghiệp vụ Y - Sở Y tế tỉnh Tây Sơn", "Phòng Nghiệp vụ Y"),
    unit("TS-KHTC", "Phòng Kế hoạch - Tài chính - Sở Y tế tỉnh Tây Sơn", "Phòng Kế hoạch - Tài chính"),
    unit("TS-CDC", "Trung tâm Kiểm soát bệnh tật tỉnh Tây Sơn", "Trung tâm Kiểm soát bệnh tật tỉnh"),
]
WEEKLY = (
    "SỞ Y TẾ TỈNH TÂY SƠN\nTHÔNG BÁO\nKết luận của Giám đốc Sở tại cuộc họp giao ban tuần 25\n"
    "Sáng ngày 15/6/2026, Giám đốc Sở chủ trì cuộc họp giao ban. Giám đốc Sở kết luận như sau:\n"
)

#: Two provinces in one directory, their departments named with the province.
PROVINCES = [
    unit("TY-STC", "Sở Tài chính tỉnh Tây Sơn"),
    unit("TY-SNV", "Sở Nội vụ tỉnh Tây Sơn"),
    unit("TY-SXD", "Sở Xây dựng tỉnh Tây Sơn"),
    unit("TY-VP", "Văn phòng Ủy ban nhân dân tỉnh Tây Sơn", "Văn phòng UBND tỉnh Tây Sơn"),
    unit("TY-ANDUONG", "Ủy ban nhân dân thị xã An Dương", "UBND thị xã An Dương"),
    unit("BH-STC", "Sở Tài chính tỉnh Bắc Hà"),
    unit("BH-SNV", "Sở Nội vụ tỉnh Bắc Hà"),
    unit("BH-SXD", "Sở Xây dựng tỉnh Bắc Hà"),
    unit("BH-VP", "Văn phòng Ủy ban nhân dân tỉnh Bắc Hà", "Văn phòng UBND tỉnh Bắc Hà"),
    unit("BH-PTTH", "Đài Phát thanh và Truyền hình tỉnh Bắc Hà"),
    unit("BH-BAO", "Báo Bắc Hà"),
    unit("BH-HOALAC", "Ủy ban nhân dân huyện Hòa Lạc", "UBND huyện Hòa Lạc"),
]
#: The conclusions of a working session with a town, which never names its province.
SESSION = (
    "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh tại buổi làm việc với UBND thị xã An Dương\n"
    "Ngày 12/10/2026, Phó Chủ tịch UBND tỉnh đã làm việc với UBND thị xã An Dương. Phó Chủ tịch kết luận:\n"
)
#: The same, its province named (for the forms that are not about the province).
NAMED_SESSION = SESSION.replace("Phó Chủ tịch UBND tỉnh đã", "Phó Chủ tịch UBND tỉnh Tây Sơn đã")


def weekly(text: str, units=ALIASED):
    return directives_in(WEEKLY + text, units, "vi", "2026-06-15")


def test_a_departments_divisions_named_without_their_parent():
    found = weekly(
        "1. Văn phòng Sở: rà soát danh mục thủ tục hành chính của Sở, trình Giám đốc Sở trước ngày 26/6.\n"
        "2. Phòng Nghiệp vụ Y: chủ trì kiểm tra công tác phòng, chống dịch tại các bệnh viện huyện.\n"
        "3. Thanh tra Sở: tiến hành thanh tra việc hành nghề y tư nhân tại 06 cơ sở.\n",
        HEALTH,
    )
    assert leads(found) == ["TS-VP", "TS-NVY", "TS-TTR"]


def test_the_time_required_is_no_request():
    found = weekly(
        "1. Phòng Kế hoạch - Tài chính tham mưu Giám đốc Sở báo cáo quyết toán ngân sách năm 2025, bảo đảm đúng "
        "thời hạn yêu cầu.\n"
    )
    assert leads(found) == ["TS-KHTC"]


@pytest.mark.parametrize(
    ("due", "day"),
    [("trước 16 giờ ngày thứ Năm (18/6)", "2026-06-18"), ("trước thứ Sáu (19/6)", "2026-06-19")],
)
def test_a_day_of_the_week_with_its_date_in_brackets(due, day):
    found = weekly(f"1. Văn phòng Sở: tổng hợp ý kiến góp ý của các phòng, gửi Giám đốc Sở {due}.\n")
    assert str(found[0].deadline) == day
    assert leads(found) == ["TS-VP"]


def test_a_delay_after_the_investor_it_answers():
    found = weekly(
        "1. Phòng Kế hoạch - Tài chính: thẩm định dự toán mua sắm thiết bị y tế, trả lời cho chủ đầu tư trong 07 "
        "ngày làm việc.\n"
    )
    assert str(found[0].deadline) == "2026-06-24"  # seven working days from Monday 15 June


def test_the_work_named_again_when_it_is_finished_dates_the_order():
    found = weekly(
        "1. Trung tâm Kiểm soát bệnh tật tỉnh: triển khai kiểm tra công tác tiêm chủng tại 04 huyện miền núi. Kết "
        "thúc kiểm tra trong tháng 7.\n"
        "2. Phòng Nghiệp vụ Y: hướng dẫn các bệnh viện cập nhật phác đồ điều trị. Kiểm tra việc cập nhật, hoàn "
        "thành trước ngày 30/6.\n"
    )
    assert leads(found) == ["TS-CDC", "TS-NVY", "TS-NVY"]
    assert found[0].text.endswith("trong tháng 7")
    assert [str(d.deadline) for d in found] == ["2026-07-31", "None", "2026-06-30"]


def test_a_notice_that_names_only_a_town_of_its_province_is_of_that_province():
    found = directives_in(
        SESSION + "1. Yêu cầu UBND thị xã An Dương hoàn thành giải phóng mặt bằng khu tái định cư.\n"
        "2. Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng thẩm định dự toán, báo cáo UBND tỉnh trước ngày "
        "30/11/2026.\n"
        "3. Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện.\n",
        PROVINCES,
        "vi",
        "2026-10-12",
    )
    assert leads(found) == ["TY-ANDUONG", "TY-STC", "TY-VP"]
    assert codes(found[1].coordinating) == ["TY-SXD"]


def test_staff_numbers_allocated_are_no_order_and_the_plan_is_a_reference():
    found = directives_in(
        NAMED_SESSION
        + "1. Về đề nghị bổ sung biên chế cho các trường học: Sở Nội vụ rà soát, đưa vào phương án giao biên "
        "chế năm 2028 của tỉnh.\n",
        PROVINCES,
        "vi",
        "2026-10-12",
    )
    assert leads(found) == ["TY-SNV"]
    assert found[0].references == ["phương án giao biên chế năm 2028 của tỉnh"]


def test_a_task_added_at_the_same_time_has_its_own_date():
    found = directives_in(
        NAMED_SESSION + "1. UBND thị xã An Dương tập trung bồi thường, hỗ trợ tái định cư dự án Khu công nghiệp phía "
        "Tây; hoàn thành trong tháng 12. Đồng thời đẩy nhanh tiến độ xây dựng hạ tầng khu tái định cư, thanh toán "
        "khối lượng hoàn thành trước ngày 28/02/2027.\n",
        PROVINCES,
        "vi",
        "2026-10-12",
    )
    assert leads(found) == ["TY-ANDUONG", "TY-ANDUONG"]
    assert [str(d.deadline) for d in found] == ["2026-12-31", "2027-02-28"]


def test_a_town_by_its_kind_after_the_chairs_approval():
    found = directives_in(
        NAMED_SESSION
        + "1. Đối với đề nghị đầu tư xây dựng trường mầm non An Dương: Phó Chủ tịch UBND tỉnh đồng ý về chủ "
        "trương; thị xã chủ động bố trí vốn từ nguồn ngân sách thị xã giai đoạn 2026 - 2030 để thực hiện.\n",
        PROVINCES,
        "vi",
        "2026-10-12",
    )
    assert leads(found) == ["TY-ANDUONG"]
    assert found[0].text.startswith("thị xã chủ động")
    assert found[0].references == ["nguồn ngân sách thị xã giai đoạn 2026 - 2030"]


def test_a_storys_paragraph_that_opens_on_a_document_then_a_unit_and_its_verb():
    text = (
        "UBND tỉnh Bắc Hà họp phiên thường kỳ tháng 9\n"
        "Chiều 3/10, UBND tỉnh Bắc Hà họp phiên thường kỳ tháng 9 năm 2026. Chủ tịch UBND tỉnh yêu cầu Sở Tài "
        "chính rà soát nguồn thu, hoàn thành trước ngày 20/10.\n"
        "Về dự thảo Quy chế quản lý cụm công nghiệp, Sở Xây dựng tiếp thu ý kiến các thành viên UBND tỉnh, hoàn "
        "chỉnh hồ sơ trình UBND tỉnh.\n"
    )
    found = directives_in(text, PROVINCES, "vi", "2026-10-03")
    assert leads(found) == ["BH-STC", "BH-SXD"]
    assert found[1].references == ["dự thảo Quy chế quản lý cụm công nghiệp"]


LETTER = (
    "ỦY BAN NHÂN DÂN\nTỈNH BẮC HÀ\nBắc Hà, ngày 02 tháng 4 năm 2026\n"
    "Để chủ động ứng phó với mùa mưa bão, UBND tỉnh yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:\n"
)


def test_a_provincial_station_without_its_level_then_its_partner():
    found = directives_in(
        LETTER + "1. Đài Phát thanh và Truyền hình Bắc Hà, Báo Bắc Hà mở chuyên mục hướng dẫn người dân phòng, "
        "tránh sạt lở đất.\n",
        PROVINCES,
        "vi",
        "2026-04-02",
    )
    assert leads(found) == ["BH-PTTH"]
    assert codes(found[0].coordinating) == ["BH-BAO"]


def test_the_departments_and_districts_at_large_are_no_unit():
    found = directives_in(
        LETTER + "1. Chế độ báo cáo: các sở, ban, ngành và UBND các huyện báo cáo kết quả thực hiện về UBND tỉnh "
        "trước ngày 30/9/2026.\n",
        PROVINCES,
        "vi",
        "2026-04-02",
    )
    assert leads(found) == [None]


def test_building_on_the_results_is_no_order():
    found = directives_in(
        LETTER + "1. Sở Xây dựng kiểm tra các công trình cấp nước, hoàn thành trước ngày 30/4/2026.\n"
        "Năm 2025, toàn tỉnh không có thiệt hại về người do mưa bão; UBND tỉnh đề nghị các cơ quan, đơn vị tiếp tục "
        "phát huy những kết quả đạt được trong mùa mưa bão năm nay./.\n",
        PROVINCES,
        "vi",
        "2026-04-02",
    )
    assert leads(found) == ["BH-SXD"]


def test_an_appraisal_that_points_at_what_needs_fixing_is_no_order():
    text = (
        "UBND tỉnh Bắc Hà họp phiên thường kỳ tháng 9\n"
        "Chiều 3/10, UBND tỉnh Bắc Hà họp phiên thường kỳ tháng 9 năm 2026.\n"
        "Kết luận phiên họp, Chủ tịch UBND tỉnh đánh giá cao sự nỗ lực của các sở, ngành, đồng thời chỉ ra những "
        "hạn chế cần khắc phục trong thời gian tới.\n"
        "Chủ tịch UBND tỉnh yêu cầu Sở Tài chính rà soát nguồn thu, hoàn thành trước ngày 20/10.\n"
    )
    found = directives_in(text, PROVINCES, "vi", "2026-10-03")
    assert leads(found) == ["BH-STC"]


@pytest.mark.parametrize(
    ("order", "reference"),
    [
        (
            "Sở Xây dựng hướng dẫn chủ đầu tư hoàn thiện hồ sơ theo quy định của Luật Xây dựng năm 2014.",
            "Luật Xây dựng năm 2014",
        ),
        ("Sở Tài chính thẩm định hồ sơ theo đúng quy định của Luật Ngân sách nhà nước.", "Luật Ngân sách nhà nước"),
        (
            "Sở Nội vụ tiến hành kiểm tra theo Kế hoạch kiểm tra công vụ năm 2026 đã được phê duyệt.",
            "Kế hoạch kiểm tra công vụ năm 2026",
        ),
        (
            "Sở Xây dựng hướng dẫn thị xã lập hồ sơ điều chỉnh Quy hoạch chung đô thị An Dương đến năm 2040.",
            "Quy hoạch chung đô thị An Dương đến năm 2040",
        ),
    ],
)
def test_a_law_or_a_plan_cited_by_its_name(order, reference):
    found = directives_in(NAMED_SESSION + "1. " + order + "\n", PROVINCES, "vi", "2026-10-12")
    assert len(found) == 1
    assert found[0].references == ([reference] if reference else [])
    assert found[0].deadline is None  # the plan's year is no deadline


def test_a_laws_name_is_not_cut_at_a_comma_of_its_own():
    found = directives_in(
        NAMED_SESSION + "1. Sở Nội vụ hướng dẫn các xã thực hiện theo quy định của Luật Cán bộ, công chức.\n"
        "2. Sở Nội vụ xử lý các trường hợp vi phạm theo đúng quy định của Luật Thi đua, khen thưởng.\n"
        "3. Sở Tài chính thẩm định hồ sơ theo quy định của Luật Phòng, chống tham nhũng năm 2018.\n",
        PROVINCES,
        "vi",
        "2026-10-12",
    )
    assert [d.references for d in found] == [[], [], ["Luật Phòng, chống tham nhũng năm 2018"]]


def test_the_plan_an_order_issues_is_no_reference_but_a_law_it_follows_is():
    found = directives_in(
        NAMED_SESSION + "1. Sở Nội vụ tham mưu UBND tỉnh ban hành Kế hoạch tuyển dụng viên chức năm 2027 theo đúng quy "
        "định của Luật Viên chức, trình trước ngày 15/11/2026.\n",
        PROVINCES,
        "vi",
        "2026-10-12",
    )
    assert found[0].references == ["Luật Viên chức"]


def test_a_plans_targets_of_a_year_are_a_reference():
    text = (
        "UBND tỉnh Bắc Hà họp phiên thường kỳ tháng 9\n"
        "Chiều 3/10, UBND tỉnh Bắc Hà họp phiên thường kỳ tháng 9 năm 2026.\n"
        "Chủ tịch UBND tỉnh đề nghị các sở, ngành, địa phương tháo gỡ khó khăn cho doanh nghiệp, phấn đấu hoàn "
        "thành các chỉ tiêu kế hoạch năm 2026.\n"
    )
    found = directives_in(text, PROVINCES, "vi", "2026-10-03")
    assert found[0].references == ["các chỉ tiêu kế hoạch năm 2026"]
    assert found[0].deadline is None
