"""Orders in the forms a twenty-first batch of Vietnamese texts written blind showed: a table of milestones whose
lead column is headed "Đơn vị thực hiện", and a table of figures whose heading row gives no order; a deadline
sentence on the time of the order's last step ("Thời gian trình UBND tỉnh trong tháng 6"); a head of a unit and an
adverb before the verb ("Giám đốc Sở X trực tiếp chỉ đạo ..."); people who ask to be given something ("đề nghị được
bồi thường"); the provinces' committees as a group label in a notice of the Government; a hard-wrapped line that
ends on "báo cáo", its addressee below; the Deputy Prime Minister's approval before an order; "Chủ đầu tư" for the
project board just ordered. Texts and directory written for these tests."""

import datetime

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = (
    unit("BS-UB", "Ủy ban nhân dân tỉnh Bình Sơn", "UBND tỉnh Bình Sơn", "UBND tỉnh"),
    unit("BS-STC", "Sở Tài chính tỉnh Bình Sơn", "Sở Tài chính"),
    unit("BS-SXD", "Sở Xây dựng tỉnh Bình Sơn", "Sở Xây dựng"),
    unit("BS-SYT", "Sở Y tế tỉnh Bình Sơn", "Sở Y tế"),
    unit("BS-BQL", "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh Bình Sơn", "Ban QLDA dân dụng"),
    unit("BS-BGT", "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Bình Sơn", "Ban QLDA giao thông"),
    unit("BS-XHT", "Ủy ban nhân dân xã Hòa Thịnh", "UBND xã Hòa Thịnh"),
    unit("GV-TTG", "Thủ tướng Chính phủ", "Thủ tướng"),
    unit("GV-BTC", "Bộ Tài chính"),
    unit("GV-BXD", "Bộ Xây dựng"),
)


def run(text, meeting="2027-04-06"):
    return directives_in(text, DIRECTORY, "vi", meeting)


HEADER = "ỦY BAN NHÂN DÂN\nTỈNH BÌNH SƠN\n\nBình Sơn, ngày 08 tháng 4 năm 2027\n\nTHÔNG BÁO\n\n"


# -- tables ----------------------------------------------------------------------------------------------------------


def test_a_milestone_table_headed_by_the_implementing_unit_gives_each_row_its_lead_and_date():
    text = HEADER + (
        "Chủ tịch UBND tỉnh kết luận như sau:\n\n"
        "1. Các chủ đầu tư bảo đảm các mốc tiến độ sau:\n"
        "STT | Công trình | Đơn vị thực hiện | Việc phải xong | Thời hạn\n"
        "1 | Trạm y tế xã Hòa Thịnh | UBND xã Hòa Thịnh | Bàn giao mặt bằng sạch | 31/5/2027\n"
        "2 | Đường tỉnh 612 | Ban QLDA giao thông | Ký hợp đồng thi công | Quý III/2027\n\n"
        "2. Sở Tài chính bố trí đủ vốn cho các công trình trên.\n"
    )
    directives = run(text)
    assert leads(directives) == ["BS-XHT", "BS-BGT", "BS-STC"]
    assert [d.deadline for d in directives[:2]] == [datetime.date(2027, 5, 31), datetime.date(2027, 9, 30)]
    assert directives[0].text.startswith("1 | Trạm y tế")


def test_a_table_headed_by_the_unit_in_charge_reads_its_rows_too():
    text = HEADER + (
        "Kết luận như sau:\n\n"
        "Giao các đơn vị thực hiện các nội dung sau:\n"
        "TT | Nội dung | Cơ quan phụ trách | Thời hạn\n"
        "1 | Rà soát giá vật liệu xây dựng | Sở Xây dựng | 30/4/2027\n"
        "2 | Kiểm tra các bếp ăn tập thể | Sở Y tế | 15/5/2027\n"
    )
    directives = run(text)
    assert leads(directives) == ["BS-SXD", "BS-SYT"]
    assert directives[1].deadline == datetime.date(2027, 5, 15)


def test_the_heading_row_of_a_table_of_figures_is_no_order():
    text = HEADER + (
        "Chủ tịch UBND tỉnh kết luận như sau:\n\n"
        "1. Kết quả giải ngân đến ngày 31/3/2027 của một số chủ đầu tư như sau:\n"
        "STT | Đơn vị | Vốn giao (tỷ đồng) | Đã giải ngân | Tỷ lệ (%)\n"
        "1 | Ban QLDA dân dụng | 1.250,0 | 210,4 | 16,8\n"
        "2 | Ban QLDA giao thông | 980,5 | 120,1 | 12,2\n\n"
        "2. Sở Tài chính rà soát, đề xuất điều chuyển vốn của các dự án giải ngân dưới 20%.\n"
    )
    assert leads(run(text)) == ["BS-STC"]


# -- deadlines -------------------------------------------------------------------------------------------------------


def test_the_time_of_the_orders_last_step_in_the_next_sentence_is_its_deadline():
    text = HEADER + (
        "Chủ tịch UBND tỉnh yêu cầu:\n\n"
        "a) Sở Xây dựng chủ trì rà soát quy hoạch các khu nhà ở xã hội, đề xuất danh mục dự án ưu tiên. Thời gian "
        "gửi Sở Tài chính trước ngày 20/5/2027.\n"
        "b) Sở Y tế kiểm tra công tác phòng, chống dịch tại các trường học. Thời điểm báo cáo UBND tỉnh trong "
        "tháng 6/2027.\n"
    )
    directives = run(text)
    assert leads(directives) == ["BS-SXD", "BS-SYT"]
    assert [d.deadline for d in directives] == [datetime.date(2027, 5, 20), datetime.date(2027, 6, 30)]
    assert directives[0].text.endswith("trước ngày 20/5/2027")


def test_a_hard_wrapped_line_that_ends_on_bao_cao_goes_on_with_its_addressee():
    text = (
        "BỘ TÀI CHÍNH\n"
        "Số: 45/TB-BTC\n"
        "Hà Nội, ngày 06 tháng 4 năm 2027\n"
        "THÔNG BÁO\n"
        "Kết luận của Thứ trưởng tại cuộc họp về tiến độ giải ngân vốn đầu tư công các công trình xây dựng\n"
        "Ngày 05/4/2027, Thứ trưởng chủ trì cuộc họp về tình hình giải ngân vốn đầu tư công năm 2027 của các\n"
        "công trình trọng điểm. Sau khi nghe báo cáo của các đơn vị, Thứ trưởng kết luận như sau:\n"
        "1. Bộ Xây dựng chủ trì hướng dẫn các địa phương về định mức, đơn giá mới, báo cáo\n"
        "Thủ tướng Chính phủ kết quả thực hiện trong tháng 5 năm 2027.\n"
        "2. Vụ Đầu tư theo dõi, tổng hợp tình hình giải ngân của các bộ, ngành và địa phương hằng tuần.\n"
    )
    directives = run(text)
    assert leads(directives)[0] == "GV-BXD"
    assert directives[0].deadline == datetime.date(2027, 5, 31)


# -- subjects --------------------------------------------------------------------------------------------------------


def test_a_head_of_a_unit_with_an_adverb_before_the_verb_leads():
    text = HEADER + (
        "Chủ tịch UBND tỉnh yêu cầu:\n\n"
        "a) Sở Tài chính tham mưu bố trí vốn cho các công trình y tế. Thời hạn hoàn thành trong quý II/2027.\n"
        "b) Giám đốc Sở Y tế thường xuyên kiểm tra, giám sát việc tiêm chủng tại các trạm y tế xã.\n"
        "c) Giám đốc Sở Xây dựng trực tiếp chỉ đạo hoàn thành thẩm định thiết kế các trạm y tế trước ngày 30/5/2027.\n"
    )
    directives = run(text)
    assert leads(directives) == ["BS-STC", "BS-SYT", "BS-SXD"]
    assert directives[2].deadline == datetime.date(2027, 5, 30)


def test_people_who_ask_to_be_given_something_are_no_order():
    text = (
        "Sáng 6/4, Phó Chủ tịch UBND xã Hòa Thịnh kiểm tra công tác giải phóng mặt bằng dự án Đường tỉnh 612.\n\n"
        "Theo báo cáo, dự án có 15 hộ bị ảnh hưởng, đã có 11 hộ bàn giao mặt bằng. 4 hộ còn lại đề nghị được hỗ "
        "trợ tái định cư tại chỗ và bồi thường tài sản trên đất theo giá thị trường.\n\n"
        "Kết luận buổi làm việc, Phó Chủ tịch đề nghị Ban QLDA giao thông phối hợp với UBND xã Hòa Thịnh tiếp tục "
        "vận động các hộ dân, hoàn thành bàn giao mặt bằng trước ngày 30/4/2027.\n"
    )
    directives = run(text)
    assert leads(directives) == ["BS-BGT"]


def test_the_provinces_committees_as_a_group_label_take_their_items():
    text = (
        "VĂN PHÒNG CHÍNH PHỦ\n\nHà Nội, ngày 10 tháng 4 năm 2027\n\nTHÔNG BÁO\n\n"
        "Phó Thủ tướng Chính phủ kết luận như sau:\n\n"
        "1. Bộ Tài chính hướng dẫn thủ tục điều chuyển vốn giữa các dự án.\n\n"
        "2. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương:\n"
        "a) Hoàn thành giao kế hoạch vốn năm 2027 cho các chủ đầu tư trước ngày 15 tháng 5 năm 2027.\n"
        "b) Rà soát, bổ sung danh mục công trình cấp bách về phòng, chống thiên tai.\n"
    )
    directives = run(text, "2027-04-08")
    assert leads(directives) == ["GV-BTC", None, None]
    assert directives[1].deadline == datetime.date(2027, 5, 15)


def test_the_deputy_prime_ministers_approval_before_an_order_is_no_order_of_its_own():
    text = (
        "VĂN PHÒNG CHÍNH PHỦ\n\nHà Nội, ngày 10 tháng 4 năm 2027\n\nTHÔNG BÁO\n\n"
        "Phó Thủ tướng Chính phủ kết luận như sau:\n\n"
        "1. Về kiến nghị bổ sung vốn cho các công trình cấp bách: Phó Thủ tướng Chính phủ thống nhất với đề xuất "
        "của các địa phương; giao Bộ Tài chính tổng hợp nhu cầu, báo cáo cấp có thẩm quyền.\n\n"
        "2. Bộ Xây dựng hướng dẫn các địa phương áp dụng định mức mới.\n"
    )
    directives = run(text, "2027-04-08")
    assert leads(directives) == ["GV-BTC", "GV-BXD"]


def test_the_investor_after_an_order_to_a_project_board_is_that_board():
    text = (
        "Chiều 6/4, Phó Chủ tịch UBND tỉnh kiểm tra tiến độ xây dựng Bệnh viện Đa khoa tỉnh.\n\n"
        "Phó Chủ tịch yêu cầu Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh Bình Sơn chỉ đạo nhà "
        "thầu bổ sung máy móc, thi công ba ca, hoàn thành khối nhà điều trị trước ngày 30/9/2027. Chủ đầu tư phải "
        "kiểm soát chặt chẽ chất lượng vật liệu đưa vào công trình.\n\n"
        "Sở Y tế chuẩn bị phương án tiếp nhận, vận hành bệnh viện.\n"
    )
    directives = run(text)
    assert leads(directives) == ["BS-BQL", "BS-BQL", "BS-SYT"]
