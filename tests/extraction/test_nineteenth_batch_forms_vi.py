"""Orders in the forms a nineteenth batch of Vietnamese texts written blind showed: a directory kept for several
provinces where one province's unit was given the bare name ("Sở Nội vụ") that a notice of another province uses
for its own; conclusions in numbered sections with long titles in capitals; the chair of a meeting ("dưới sự chủ
trì của ..."); the body that met agreeing ("Thường trực UBND tỉnh đồng ý ..."); a project board requiring its
contractors. Texts written for these tests."""

import datetime

from tests.extraction.conftest import directives_in, leads, unit
from tracker.extraction import extract

DIRECTORY = (
    unit("BA-UB", "Ủy ban nhân dân tỉnh Bắc An", "UBND tỉnh Bắc An", "UBND tỉnh"),
    unit("BA-SNV", "Sở Nội vụ tỉnh Bắc An", "Sở Nội vụ"),
    unit("BA-SYT", "Sở Y tế tỉnh Bắc An"),
    unit("BA-STC", "Sở Tài chính tỉnh Bắc An"),
    unit("DT-UB", "Ủy ban nhân dân tỉnh Đông Thủy", "UBND tỉnh Đông Thủy"),
    unit("DT-SNV", "Sở Nội vụ tỉnh Đông Thủy"),
    unit("DT-SYT", "Sở Y tế tỉnh Đông Thủy"),
    unit("DT-STC", "Sở Tài chính tỉnh Đông Thủy"),
    unit("DT-XHD", "Ủy ban nhân dân xã Hải Đông", "UBND xã Hải Đông"),
    unit("DT-BQL", "Ban Quản lý dự án đầu tư xây dựng các công trình thủy lợi tỉnh Đông Thủy"),
)


def run(text, meeting="2027-09-10"):
    return directives_in(text, DIRECTORY, "vi", meeting)


HEADER = "ỦY BAN NHÂN DÂN\nTỈNH ĐÔNG THỦY\n\nĐông Thủy, ngày 12 tháng 9 năm 2027\n\nTHÔNG BÁO\n\n"


def test_a_bare_name_given_to_another_provinces_unit_is_the_texts_own_unit():
    text = HEADER + (
        "Kết luận:\n"
        "1. Sở Nội vụ rà soát biên chế các đơn vị sự nghiệp, báo cáo UBND tỉnh trước ngày 30/9/2027.\n"
        "2. Sở Y tế bổ sung nhân lực cho các trạm y tế xã.\n"
    )
    assert leads(run(text)) == ["DT-SNV", "DT-SYT"]


def test_who_chaired_the_meeting_is_no_order():
    text = HEADER + (
        "Sáng ngày 10/9/2027, UBND tỉnh họp dưới sự chủ trì của đồng chí Chủ tịch UBND tỉnh. "
        "Sau khi nghe báo cáo, Chủ tịch UBND tỉnh kết luận như sau:\n\n"
        "1. Sở Tài chính cân đối nguồn kinh phí, báo cáo UBND tỉnh trước ngày 20/9/2027.\n"
    )
    assert leads(run(text)) == ["DT-STC"]


def test_numbered_sections_in_capitals_head_the_conclusions_and_the_body_agreeing_is_no_order():
    text = HEADER + (
        "Sau khi nghe báo cáo, Thường trực UBND tỉnh kết luận như sau:\n\n"
        "I. ĐỀ ÁN SẮP XẾP CÁC ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP CẤP TỈNH GIAI ĐOẠN 2027-2030\n\n"
        "1. Thường trực UBND tỉnh thống nhất về sự cần thiết xây dựng đề án.\n\n"
        "2. Sở Nội vụ tiếp thu ý kiến tại phiên họp, phối hợp với Sở Tài chính hoàn thiện đề án, trình UBND tỉnh "
        "trước ngày 15/10/2027.\n\n"
        "II. CÔNG TÁC PHÒNG, CHỐNG DỊCH BỆNH SỐT XUẤT HUYẾT TRÊN ĐỊA BÀN TỈNH NĂM 2027\n\n"
        "1. Thường trực UBND tỉnh đồng ý chủ trương bổ sung kinh phí mua hóa chất.\n\n"
        "2. Sở Y tế tổ chức phun hóa chất diệt muỗi tại các ổ dịch.\n"
    )
    directives = run(text)
    assert leads(directives) == ["DT-SNV", "DT-SYT"]
    assert [c.code for c in directives[0].coordinating] == ["DT-STC"]
    assert directives[0].deadline == datetime.date(2027, 10, 15)
    assert not any("CÔNG TÁC" in d.text or "ĐỀ ÁN SẮP XẾP" in d.text for d in directives)


def test_a_paragraph_singling_out_one_unit_keeps_the_list_and_a_group_of_kinds_is_nobody():
    text = HEADER + (
        "Chủ tịch UBND tỉnh yêu cầu:\n\n"
        "1. Chủ tịch UBND các xã ven biển kiểm tra, gia cố đê bao, hoàn thành trước ngày 20/9/2027.\n"
        "Riêng UBND xã Hải Đông sơ tán các hộ dân ở bãi bồi.\n\n"
        "2. Sở Y tế (cơ quan thường trực Ban Chỉ đạo phòng, chống dịch tỉnh) chuẩn bị cơ số thuốc, hóa chất.\n\n"
        "3. Sở Tài chính bố trí kinh phí dự phòng.\n\n"
        "4. Các sở, phòng, ban, đơn vị báo cáo kết quả về Sở Nội vụ trước 16 giờ hằng ngày.\n"
    )
    directives = run(text)
    assert leads(directives) == [None, "DT-XHD", "DT-SYT", "DT-STC", None]
    assert directives[-1].text.startswith("Các sở, phòng, ban, đơn vị")


def test_the_chairs_of_named_districts_stand_for_their_committees():
    directory = (
        *DIRECTORY,
        unit("DT-HA", "Ủy ban nhân dân huyện An Hòa", "UBND huyện An Hòa"),
        unit("DT-HB", "Ủy ban nhân dân huyện Bình Sơn", "UBND huyện Bình Sơn"),
    )
    text = HEADER + (
        "Kết luận:\n"
        "a) Sở Tài chính hướng dẫn thủ tục thanh toán.\n"
        "b) Chủ tịch UBND huyện An Hòa, huyện Bình Sơn chỉ đạo rà soát các công trình chậm tiến độ, báo cáo UBND "
        "tỉnh trước ngày 25/9/2027.\n"
    )
    directives = extract(text, directory, language="vi", meeting_date=datetime.date(2027, 9, 12)).directives
    assert leads(directives) == ["DT-STC", "DT-HA"]
    assert [c.code for c in directives[1].coordinating] == ["DT-HB"]


def test_figures_by_whose_report_and_a_plan_as_given_are_no_order():
    text = HEADER + (
        "Chủ tịch UBND tỉnh kết luận như sau:\n\n"
        "II. TÌNH HÌNH THỰC HIỆN KẾ HOẠCH ĐẦU TƯ CÔNG CHÍN THÁNG ĐẦU NĂM 2027\n\n"
        "Theo số liệu của Sở Tài chính, đến hết tháng 8, toàn tỉnh giải ngân được 40% kế hoạch vốn Trung ương giao, "
        "thấp hơn cùng kỳ.\n\n"
        "1. Giao Sở Tài chính đề xuất điều chuyển vốn giữa các dự án, báo cáo UBND tỉnh trước ngày 30/9/2027.\n"
    )
    directives = run(text)
    assert leads(directives) == ["DT-STC"]
    assert directives[0].text.startswith("Giao Sở Tài chính đề xuất")


def test_a_date_that_checks_a_condition_is_no_deadline():
    text = HEADER + (
        "Kết luận:\n"
        "- Sở Y tế theo dõi tiến độ tiêm chủng; trường hợp đến ngày 31/10/2027 tỷ lệ tiêm chưa đạt 90%, đề xuất "
        "UBND tỉnh biện pháp bổ sung.\n"
    )
    (directive,) = run(text)
    assert directive.lead.code == "DT-SYT"
    assert directive.deadline is None


def test_a_project_board_that_requires_its_contractor_leads():
    text = HEADER + (
        "Kết luận:\n"
        "- Ban Quản lý dự án đầu tư xây dựng các công trình thủy lợi tỉnh yêu cầu nhà thầu tăng ca, bổ sung máy "
        "móc để hoàn thành đập chính trước ngày 31/12/2027.\n"
    )
    (directive,) = run(text)
    assert directive.lead.code == "DT-BQL"
    assert directive.deadline == datetime.date(2027, 12, 31)
