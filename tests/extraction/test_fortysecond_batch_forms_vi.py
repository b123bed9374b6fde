"""Orders in the forms a forty-second batch of Vietnamese texts written blind showed: a telegram's numbered heading
that names a group the directory holds as one unit ("2. Chủ tịch UBND các xã, thị trấn:"), its lettered items with no
subject theirs; two heads as one subject ("Chỉ huy trưởng Bộ CHQS tỉnh, Giám đốc Công an tỉnh chỉ đạo ..."), the first
leading, the second coordinating; a head who mobilises forces ("điều động dân quân ..."), his unit leading; a letter's
grounds on a decree ("Thực hiện Nghị định số ..., Bộ X được giao ..."), no order; an event's time before the order's
own due date ("tham dự hội nghị dự kiến tổ chức trong tháng 9; ... trước ngày 20/8"); a task due with the report of an
earlier numbered item ("gửi cùng báo cáo theo mục 1"); a past quarter the order is about ("đơn thư tồn đọng trong quý
I" in a notice of April), no deadline; a subjectless sentence that works with other units on a task of its own ("Phối
hợp với UBND các xã kiểm tra ..., hoàn thành trong quý III"), a directive of its own under its unit's heading; a unit
that gives work to its own people ("Đảng ủy các xã phân công đảng viên ..."), the lead. Texts and directories written
for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

PROVINCE = [
    unit("LS-VP", "Văn phòng Ủy ban nhân dân tỉnh Lam Sơn", "Văn phòng UBND tỉnh"),
    unit(
        "LS-XA",
        "Ủy ban nhân dân các xã, thị trấn tỉnh Lam Sơn",
        "UBND các xã, thị trấn",
        "Ủy ban nhân dân các xã, thị trấn",
    ),
    unit("LS-QS", "Bộ Chỉ huy Quân sự tỉnh Lam Sơn", "Bộ CHQS tỉnh"),
    unit("LS-CA", "Công an tỉnh Lam Sơn", "Công an tỉnh"),
    unit("LS-YT", "Sở Y tế tỉnh Lam Sơn", "Sở Y tế"),
    unit("LS-DANG", "Đảng ủy các xã, thị trấn tỉnh Lam Sơn", "Đảng ủy các xã, thị trấn", "Đảng ủy các xã"),
    unit("LS-XD", "Sở Xây dựng tỉnh Lam Sơn", "Sở Xây dựng"),
]

_TELEGRAM = (
    "CÔNG ĐIỆN\nVề việc ứng phó với bão số 5\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n- Giám đốc các Sở;\n\n"
    "Để chủ động ứng phó với bão, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n\n"
)


def telegram(text):
    return directives_in(_TELEGRAM + text, PROVINCE, "vi", "2026-09-02")


def test_heading_that_names_a_group_held_as_one_unit_leads_its_items():
    found = telegram(
        "1. Sở Y tế bố trí các đội cấp cứu lưu động tại vùng trũng.\n\n"
        "2. Chủ tịch Ủy ban nhân dân các xã, thị trấn:\n"
        "a) Kiểm tra các nhà tạm, chằng chống mái nhà cho các hộ dân.\n"
        "b) Tổ chức sơ tán người dân khỏi vùng nguy hiểm trước 18 giờ ngày 03/9/2026.\n"
    )
    assert leads(found) == ["LS-YT", "LS-XA", "LS-XA"]
    assert str(found[2].deadline) == "2026-09-03"


def test_heading_with_no_title_that_names_the_group_leads_its_items():
    found = telegram(
        "1. Sở Y tế bố trí các đội cấp cứu lưu động tại vùng trũng.\n\n"
        "2. UBND các xã, thị trấn:\n"
        "a) Kiểm tra các nhà tạm, chằng chống mái nhà cho các hộ dân.\n"
        "b) Dự trữ nhu yếu phẩm tại các thôn có nguy cơ bị cô lập.\n"
    )
    assert leads(found) == ["LS-YT", "LS-XA", "LS-XA"]


def test_two_heads_as_one_subject_the_first_leads_the_second_coordinates():
    found = telegram(
        "1. Sở Y tế bố trí các đội cấp cứu lưu động tại vùng trũng.\n\n"
        "2. Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh và Giám đốc Công an tỉnh bố trí lực lượng, phương tiện hỗ "
        "trợ người dân di dời tài sản.\n"
    )
    assert leads(found) == ["LS-YT", "LS-QS"]
    assert [c.code for c in found[1].coordinating] == ["LS-CA"]


def test_head_who_mobilises_forces_leads_his_unit():
    found = telegram(
        "1. Sở Y tế bố trí các đội cấp cứu lưu động tại vùng trũng.\n\n"
        "2. Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh điều động dân quân hỗ trợ các xã gia cố đê bao.\n"
    )
    assert leads(found) == ["LS-YT", "LS-QS"]


MINISTRY = [
    unit("BX-TINH", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "UBND các tỉnh, thành phố"),
    unit("BX-CUC", "Cục Kinh tế hợp tác", "Cục KTHT"),
]

_LETTER = (
    "BỘ NÔNG NGHIỆP\nSố: 812/BNN-KTHT\nV/v báo cáo tình hình hợp tác xã\n\n"
    "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n\n"
)


def letter(text):
    return directives_in(_LETTER + text, MINISTRY, "vi", "2026-05-12")


def test_grounds_on_a_decree_with_the_issuers_own_duty_is_no_order():
    found = letter(
        "Thực hiện Nghị định số 45/2025/NĐ-CP ngày 02/4/2025 của Chính phủ về phát triển kinh tế tập thể, Bộ Nông "
        "nghiệp được giao tổng hợp kết quả, báo cáo Chính phủ trong quý III năm 2026.\n\n"
        "Bộ đề nghị Ủy ban nhân dân các tỉnh, thành phố thực hiện các nội dung sau:\n\n"
        "1. Báo cáo tình hình hoạt động của các hợp tác xã, gửi về Bộ trước ngày 15/6/2026.\n"
    )
    assert [d.text[:9] for d in found] == ["Báo cáo t"]
    assert str(found[0].deadline) == "2026-06-15"


def test_event_time_before_the_orders_own_due_date():
    found = letter(
        "Bộ đề nghị Ủy ban nhân dân các tỉnh, thành phố thực hiện các nội dung sau:\n\n"
        "1. Cử đại diện lãnh đạo tham dự Diễn đàn hợp tác xã toàn quốc dự kiến tổ chức trong tháng 9/2026 tại Cần "
        "Thơ; gửi danh sách về Cục Kinh tế hợp tác trước ngày 20/8/2026.\n"
    )
    assert [str(d.deadline) for d in found] == ["2026-08-20"]


def test_task_sent_with_the_report_of_an_earlier_item_takes_its_date():
    found = letter(
        "Bộ đề nghị Ủy ban nhân dân các tỉnh, thành phố thực hiện các nội dung sau:\n\n"
        "1. Tổng hợp số liệu về các hợp tác xã nông nghiệp năm 2025, gửi về Bộ trước ngày 30/6/2026.\n\n"
        "2. Lập danh sách các hợp tác xã ngừng hoạt động quá 12 tháng. Kết quả tổng hợp gửi cùng báo cáo theo "
        "mục 1.\n\n"
        "3. Chỉ đạo các sở, ngành hướng dẫn hợp tác xã chuyển đổi số.\n"
    )
    assert [str(d.deadline) for d in found] == ["2026-06-30", "2026-06-30", "None"]


SO = [
    unit("HN-VP", "Văn phòng Sở Y tế tỉnh Hà Nam Sơn", "Văn phòng Sở"),
    unit("HN-KH", "Phòng Kế hoạch - Tài chính", "Phòng KH-TC"),
    unit("HN-NV", "Phòng Nghiệp vụ Dược", "Phòng NVD"),
    unit("HN-XA", "Ủy ban nhân dân các xã, phường tỉnh Hà Nam Sơn", "UBND các xã, phường"),
]

_NOTICE = (
    "THÔNG BÁO\nKết luận của Giám đốc Sở Y tế tại cuộc họp giao ban tháng 3 năm 2026\n\n"
    "Ngày 06/4/2026, Giám đốc Sở chủ trì cuộc họp giao ban. Giám đốc Sở kết luận như sau:\n\n"
)


def notice(text):
    return directives_in(_NOTICE + text, SO, "vi", "2026-04-06")


def test_past_quarter_the_order_is_about_is_no_deadline():
    found = notice(
        "1. Văn phòng Sở\n"
        "- Thống kê các đơn thư tồn đọng trong quý I, phân loại theo lĩnh vực, báo cáo Giám đốc Sở trước ngày 17/4.\n"
        "- Kiểm tra hồ sơ lưu trữ của các phòng trong quý I.\n"
    )
    assert leads(found) == ["HN-VP", "HN-VP"]
    assert [str(d.deadline) for d in found] == ["2026-04-17", "None"]


def test_subjectless_task_with_partners_after_another_is_a_directive_of_its_own():
    found = notice(
        "1. Phòng Nghiệp vụ Dược\n"
        "Khẩn trương hoàn thiện danh mục thuốc thiết yếu. Phối hợp với UBND các xã, phường kiểm tra các quầy thuốc "
        "tư nhân, hoàn thành trong quý III/2026.\n\n"
        "2. Phòng Kế hoạch - Tài chính\n"
        "Lập dự toán kinh phí mua sắm trang thiết bị.\n"
    )
    assert [d.text[:10] for d in found] == ["Khẩn trươn", "Phối hợp v", "Lập dự toá"]
    assert leads(found) == ["HN-NV", "HN-NV", "HN-KH"]
    assert found[0].deadline is None
    assert str(found[1].deadline) == "2026-09-30"
    assert [c.code for c in found[1].coordinating] == ["HN-XA"]


def test_unit_that_gives_work_to_its_own_people_leads():
    found = directives_in(
        "THÔNG BÁO KẾT LUẬN\ncủa Thường trực Tỉnh ủy\n\n"
        "1. Sở Xây dựng hướng dẫn thiết kế mẫu nhà ở cho hộ nghèo.\n\n"
        "2. Đảng ủy các xã, thị trấn phân công đảng viên theo dõi việc xây dựng nhà của từng hộ.\n",
        PROVINCE,
        "vi",
        "2026-02-10",
    )
    assert leads(found) == ["LS-XD", "LS-DANG"]
