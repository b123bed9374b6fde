"""Orders in the forms a twentieth batch of Vietnamese texts written blind showed: numbered sections whose short
title names a topic ("1. Về thu ngân sách", "2. Nhiệm vụ thời gian tới") rather than giving an order; an order
whose deadline comes in the next sentence about the task itself ("Việc ... phải xong trong tháng 8") or about the
file it makes ("Hồ sơ gửi ... chậm nhất ngày ..."); a deadline given as a label after the order ("Thời hạn: ...",
"; thời gian thực hiện: ..."); the horizon of an order before its unit ("Về lâu dài, ...", "Trước mắt, ..."); a sector
("Ngành y tế") in a directory kept for several provinces. Texts written for these tests."""

import datetime

from tests.extraction.conftest import directives_in, leads, unit
from tracker.extraction import extract

DIRECTORY = (
    unit("HP-UB", "Ủy ban nhân dân tỉnh Hòa Phong", "UBND tỉnh Hòa Phong", "UBND tỉnh"),
    unit("HP-VP", "Văn phòng Ủy ban nhân dân tỉnh Hòa Phong", "Văn phòng UBND tỉnh"),
    unit("HP-STC", "Sở Tài chính tỉnh Hòa Phong", "Sở Tài chính"),
    unit("HP-SXD", "Sở Xây dựng tỉnh Hòa Phong", "Sở Xây dựng"),
    unit("HP-SGD", "Sở Giáo dục và Đào tạo tỉnh Hòa Phong", "Sở Giáo dục và Đào tạo"),
)


def run(text, meeting="2027-05-06"):
    return directives_in(text, DIRECTORY, "vi", meeting)


HEADER = "ỦY BAN NHÂN DÂN\nTỈNH HÒA PHONG\n\nHòa Phong, ngày 08 tháng 5 năm 2027\n\nTHÔNG BÁO\n\n"


def test_a_numbered_topic_title_is_no_order():
    text = HEADER + (
        "Chủ tịch UBND tỉnh kết luận như sau:\n\n"
        "1. Về chuẩn bị năm học mới\n\n"
        "Sở Giáo dục và Đào tạo rà soát cơ sở vật chất các trường học, báo cáo UBND tỉnh trước ngày 30/6/2027.\n\n"
        "2. Những việc cần làm ngay\n\n"
        "Sở Xây dựng kiểm tra an toàn các phòng học xuống cấp, đề xuất phương án sửa chữa.\n"
    )
    directives = run(text)
    assert leads(directives) == ["HP-SGD", "HP-SXD"]
    assert directives[0].deadline == datetime.date(2027, 6, 30)


def test_the_task_itself_given_its_deadline_in_the_next_sentence():
    text = HEADER + (
        "Kết luận như sau:\n\n"
        "1. Sở Tài chính cân đối nguồn kinh phí sửa chữa trường học. Việc cân đối nguồn cần hoàn thành "
        "trong tháng 6 năm 2027.\n\n"
        "2. Sở Xây dựng hướng dẫn các chủ đầu tư lập hồ sơ thiết kế.\n"
    )
    directives = run(text)
    assert leads(directives) == ["HP-STC", "HP-SXD"]
    assert directives[0].deadline == datetime.date(2027, 6, 30)
    assert directives[0].text.endswith("trong tháng 6 năm 2027")


def test_the_file_the_order_makes_sent_on_by_a_date():
    text = HEADER + (
        "Kết luận như sau:\n\n"
        "1. Sở Giáo dục và Đào tạo xây dựng đề án phát triển trường chuyên. Dự thảo đề án trình UBND tỉnh "
        "chậm nhất ngày 15/7/2027.\n\n"
        "2. Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện.\n"
    )
    directives = run(text)
    assert leads(directives) == ["HP-SGD", "HP-VP"]
    assert directives[0].deadline == datetime.date(2027, 7, 15)


def test_a_deadline_label_after_the_order_is_its_deadline_and_opens_no_list():
    text = HEADER + (
        "Kết luận như sau:\n\n"
        "a) Sở Xây dựng kiểm tra các cầu yếu; lắp biển hạn chế tải trọng. Thời hạn: trước ngày 15/5/2027.\n\n"
        "b) Sở Tài chính bố trí kinh phí sửa chữa; thời gian thực hiện: trong tháng 6/2027.\n\n"
        "c) Sở Giáo dục và Đào tạo tổ chức diễn tập phòng cháy tại các trường.\n"
    )
    directives = run(text)
    assert leads(directives) == ["HP-SXD", "HP-STC", "HP-SGD"]
    assert [d.deadline for d in directives] == [datetime.date(2027, 5, 15), datetime.date(2027, 6, 30), None]


def test_the_horizon_of_an_order_stands_before_its_unit():
    text = HEADER + (
        "Kết luận như sau:\n\n"
        "1. Trước mắt, Sở Xây dựng gia cố tạm các đoạn kè bị sạt lở.\n\n"
        "2. Về lâu dài, Sở Tài chính cân đối vốn để xây mới tuyến kè.\n"
    )
    assert leads(run(text)) == ["HP-SXD", "HP-STC"]


TWO_PROVINCES = (
    unit("HP-UB", "Ủy ban nhân dân tỉnh Hòa Phong", "UBND tỉnh Hòa Phong"),
    unit("HP-SYT", "Sở Y tế tỉnh Hòa Phong", "Sở Y tế"),
    unit("TL-UB", "Ủy ban nhân dân tỉnh Trà Linh", "UBND tỉnh Trà Linh"),
    unit("TL-SYT", "Sở Y tế tỉnh Trà Linh", "Sở Y tế"),
    unit("HP-STC", "Sở Tài chính tỉnh Hòa Phong"),
    unit("TL-STC", "Sở Tài chính tỉnh Trà Linh"),
    unit("HP-SXD", "Sở Xây dựng tỉnh Hòa Phong"),
    unit("TL-SXD", "Sở Xây dựng tỉnh Trà Linh"),
)


def test_a_sector_is_led_by_the_department_of_the_texts_own_province():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH TRÀ LINH\n\nTrà Linh, ngày 08 tháng 5 năm 2027\n\nTHÔNG BÁO\n\n"
        "Chủ tịch UBND tỉnh Trà Linh kết luận như sau:\n\n"
        "1. Ngành y tế tổ chức phun hóa chất diệt muỗi tại các xã có ổ dịch.\n"
    )
    directives = extract(text, TWO_PROVINCES, language="vi", meeting_date=datetime.date(2027, 5, 6)).directives
    assert leads(directives) == ["TL-SYT"]
