"""Orders in the forms a fortieth batch of Vietnamese texts written blind showed: a conclusions item that only tells how
a season went ("Mùa mưa năm 2026, lượng mưa ... nhiều hơn trung bình"), the areas and households at risk ("Khoảng
12.500 ha ngô ... có nguy cơ ..."), the cases counted since the year's start ("Tính từ đầu năm đến ngày ..., toàn tỉnh
ghi nhận ...", "Số ca mắc ..."), a project's progress so far ("... đến nay đã giải phóng mặt bằng ...", "Giải ngân ...
mới đạt 35,2%"): none an order; a letter's closing call on all its addressees to carry it out; a subjectless sentence
that goes on with the unit before it ("Đồng thời chỉ đạo ... trên đoạn tuyến đã được bàn giao"); a second unit set
against the first with "còn", its role in brackets; the head of the unit just named after a semicolon ("...; Chủ tịch
UBND huyện trực tiếp chỉ đạo ..."); units that share their noun ("Các bệnh viện: A, B", "Trung tâm Y tế khu vực A, B,
C"); a unit that sends staff ("cử bác sĩ"); a unit's order after the time it falls in ("Kết thúc đợt kiểm tra, Sở
Tài chính ..."); a weekday of the meeting's week ("trong ngày thứ Năm tuần này") and months named together ("trong
tháng 10 và tháng 11/2026") as deadlines. Texts and directories written for these tests."""

import datetime

from tests.extraction.conftest import directives_in, leads, unit

PROVINCE = [
    unit("BN-SNN", "Sở Nông nghiệp và Môi trường tỉnh Bình Nguyên", "Sở Nông nghiệp và Môi trường"),
    unit("BN-STC", "Sở Tài chính tỉnh Bình Nguyên", "Sở Tài chính"),
    unit("BN-SXD", "Sở Xây dựng tỉnh Bình Nguyên", "Sở Xây dựng"),
    unit("BN-SYT", "Sở Y tế tỉnh Bình Nguyên", "Sở Y tế"),
    unit("BN-VP", "Văn phòng Ủy ban nhân dân tỉnh Bình Nguyên", "Văn phòng UBND tỉnh"),
    unit("BN-UBTP", "Ủy ban nhân dân huyện Tân Phú", "UBND huyện Tân Phú"),
    unit("BN-UBLS", "Ủy ban nhân dân huyện Lạc Sơn", "UBND huyện Lạc Sơn"),
    unit("BN-BQLDA", "Ban Quản lý dự án đầu tư xây dựng tỉnh Bình Nguyên", "Ban QLDA tỉnh"),
    unit("BN-CTY", "Công ty TNHH Cấp thoát nước Bình Nguyên"),
    unit("BN-BVDK", "Bệnh viện Đa khoa tỉnh Bình Nguyên", "Bệnh viện Đa khoa tỉnh"),
    unit("BN-BVPS", "Bệnh viện Phụ sản tỉnh Bình Nguyên", "Bệnh viện Phụ sản tỉnh"),
    unit("BN-BVLAO", "Bệnh viện Lao và Bệnh phổi tỉnh Bình Nguyên", "Bệnh viện Lao và Bệnh phổi tỉnh"),
    unit("BN-TTDH", "Trung tâm Y tế khu vực Đông Hà", "TTYT khu vực Đông Hà"),
    unit("BN-TTMC", "Trung tâm Y tế khu vực Mỏ Cày", "TTYT khu vực Mỏ Cày"),
    unit("BN-TTVL", "Trung tâm Y tế khu vực Vĩnh Lộc", "TTYT khu vực Vĩnh Lộc"),
    unit("BN-CDC", "Trung tâm Kiểm soát bệnh tật tỉnh Bình Nguyên", "Trung tâm Kiểm soát bệnh tật tỉnh"),
]

_NOTICE = (
    "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp ngày 05/10/2026\n\n"
    "Sau khi nghe báo cáo và ý kiến các đại biểu, Phó Chủ tịch UBND tỉnh kết luận:\n\n"
)


def notice(text, meeting="2026-10-05"):
    return directives_in(_NOTICE + text, PROVINCE, "vi", meeting)


_LETTER = (
    "UBND TỈNH BÌNH NGUYÊN\nSỞ Y TẾ\nSố: 915/SYT-NVY\n\nBình Nguyên, ngày 18 tháng 9 năm 2026\n\n"
    "Kính gửi: Các đơn vị trực thuộc.\n\n"
    "Thực hiện chỉ đạo của UBND tỉnh về phòng, chống dịch bệnh mùa thu, Sở Y tế thông tin và đề nghị như sau:\n\n"
)


def letter(text):
    return directives_in(_LETTER + text, PROVINCE, "vi", "2026-09-18")


def test_season_told_with_a_comparison_is_no_order():
    found = notice(
        "1. Mùa mưa năm 2026, lượng mưa tại các huyện miền núi nhiều hơn trung bình nhiều năm; mực nước nhiều hồ "
        "chứa vượt mức thiết kế.\n\n"
        "2. Sở Nông nghiệp và Môi trường hướng dẫn các địa phương tiêu úng cho diện tích ngô bị ảnh hưởng.\n"
    )
    assert leads(found) == ["BN-SNN"]


def test_areas_at_risk_and_the_count_of_cases_are_no_orders():
    found = notice(
        "1. Sở Nông nghiệp và Môi trường hướng dẫn các địa phương tiêu úng. Khoảng 12.500 ha ngô và hơn 3.000 hộ "
        "dân vùng trũng có nguy cơ bị ngập úng. Số hộ phải di dời tập trung ở hai huyện Tân Phú và Lạc Sơn.\n\n"
        "2. Sở Tài chính cân đối kinh phí hỗ trợ.\n"
    )
    assert leads(found) == ["BN-SNN", "BN-STC"]
    assert not any("ha ngô" in d.text or "Số hộ" in d.text for d in found)


def test_cases_counted_since_the_year_start_are_no_orders():
    found = letter(
        "Tính từ đầu năm đến ngày 15/9/2026, toàn tỉnh ghi nhận 1.250 ca mắc sởi (tăng 20% so với cùng kỳ); 320 "
        "ca mắc thủy đậu, trong đó 41 ca phải điều trị nội trú.\n\n"
        "1. Trung tâm Kiểm soát bệnh tật tỉnh tổ chức tiêm vắc xin bổ sung cho trẻ dưới 5 tuổi.\n"
    )
    assert leads(found) == ["BN-CDC"]
    assert not any("ca mắc" in d.text for d in found)


def test_progress_so_far_is_no_order():
    found = notice(
        "1. Cụm công nghiệp Lạc Sơn (75 ha) đến nay đã giải phóng mặt bằng được 45 ha (đạt 60%); còn 12 hộ chưa "
        "đồng ý phương án bồi thường.\n\n"
        "2. Nhiệm vụ thời gian tới:\n"
        "a) UBND huyện Lạc Sơn vận động 12 hộ còn lại bàn giao mặt bằng, hoàn thành trước ngày 31/10/2026.\n"
    )
    assert leads(found) == ["BN-UBLS"]
    assert not any("đến nay" in d.text for d in found)


def test_a_figure_only_reached_so_far_is_no_order():
    found = notice(
        "1. Giải ngân vốn đầu tư công năm 2026 của dự án đến ngày 30/9/2026 mới đạt 35,2%.\n\n"
        "2. Nhiệm vụ thời gian tới:\n"
        "a) UBND huyện Lạc Sơn vận động các hộ còn lại bàn giao mặt bằng, hoàn thành trước ngày 31/10/2026.\n"
    )
    assert leads(found) == ["BN-UBLS"]
    assert not any("mới đạt" in d.text for d in found)


def test_closing_call_to_carry_the_letter_out_is_no_order():
    found = letter(
        "1. Trung tâm Kiểm soát bệnh tật tỉnh giám sát chặt chẽ các ổ dịch, báo cáo Sở Y tế trước ngày 30/9/2026.\n\n"
        "Sở Y tế yêu cầu Thủ trưởng các đơn vị trực thuộc khẩn trương, kịp thời triển khai thực hiện./.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, NVY.\n"
    )
    assert leads(found) == ["BN-CDC"]
    assert not any("Thủ trưởng các đơn vị" in d.text for d in found)


def test_subjectless_next_sentence_with_a_participle_object_is_the_units_order():
    found = notice(
        "a) Ban QLDA tỉnh rà soát, điều chỉnh hồ sơ thiết kế đoạn qua xã Phú Lộc để giảm diện tích thu hồi đất. "
        "Đồng thời hướng dẫn đơn vị thi công triển khai ngay trên đoạn tuyến đã được bàn giao, bố trí đủ máy móc.\n\n"
        "b) Sở Tài chính cân đối vốn cho dự án.\n"
    )
    assert leads(found) == ["BN-BQLDA", "BN-BQLDA", "BN-STC"]
    assert found[1].text.startswith("Đồng thời hướng dẫn đơn vị thi công")


def test_second_unit_set_against_the_first_with_con_has_its_own_order():
    found = notice(
        "c) UBND huyện Tân Phú rà soát nhu cầu nước sạch của các hộ dân, còn Công ty TNHH Cấp thoát nước Bình "
        "Nguyên (đơn vị vận hành nhà máy nước) khẩn trương nâng công suất trạm bơm trước ngày 15/11/2026.\n"
    )
    assert leads(found) == ["BN-UBTP", "BN-CTY"]
    assert found[1].text.startswith("Công ty TNHH") and found[1].deadline == datetime.date(2026, 11, 15)
    assert found[0].deadline is None


def test_head_of_the_unit_just_named_goes_on_with_its_order():
    found = notice(
        "d) UBND huyện Lạc Sơn tổ chức đối thoại với các hộ dân bị thu hồi đất; Chủ tịch UBND huyện trực tiếp chỉ "
        "đạo và chịu trách nhiệm về tiến độ bàn giao mặt bằng.\n\n"
        "e) Văn phòng UBND tỉnh theo dõi, đôn đốc thực hiện.\n"
    )
    assert leads(found) == ["BN-UBLS", "BN-VP"]
    assert "Chủ tịch UBND huyện trực tiếp" in found[0].text


def test_hospitals_that_share_their_noun_after_a_colon_lead():
    found = letter(
        "2. Các bệnh viện: Đa khoa tỉnh, Phụ sản tỉnh, Lao và Bệnh phổi tỉnh chuẩn bị giường bệnh, thuốc và vật tư "
        "cho bệnh nhân sởi; bố trí khu cách ly riêng.\n"
    )
    assert len(found) == 1 and found[0].text.startswith("Các bệnh viện")
    assert found[0].lead.code == "BN-BVDK"
    assert {d.code for d in found[0].coordinating} == {"BN-BVPS", "BN-BVLAO"}


def test_label_naming_centres_that_share_their_head_gives_its_items_a_lead():
    found = letter(
        "3. Trung tâm Y tế khu vực Đông Hà, Mỏ Cày, Vĩnh Lộc\n"
        "- Tham mưu UBND các xã tổ chức tiêm vắc xin bổ sung cho trẻ chưa tiêm đủ mũi.\n"
        "- Giám sát các trường mầm non, phát hiện sớm các ca nghi mắc sởi.\n\n"
        "4. Sở Xây dựng hướng dẫn các trường bảo đảm vệ sinh nguồn nước.\n"
    )
    assert leads(found) == ["BN-TTDH", "BN-TTDH", "BN-SXD"]
    assert {d.code for d in found[0].coordinating} == {"BN-TTMC", "BN-TTVL"}


def test_unit_that_sends_staff_is_given_an_order():
    found = letter(
        "1. Trung tâm Kiểm soát bệnh tật tỉnh giám sát các ổ dịch.\n\n"
        "Bệnh viện Đa khoa tỉnh cử bác sĩ chuyên khoa hỗ trợ Trung tâm Y tế khu vực Mỏ Cày.\n"
    )
    assert leads(found) == ["BN-CDC", "BN-BVDK"]


def test_months_named_together_are_due_by_the_last():
    found = letter(
        "1. Trung tâm Kiểm soát bệnh tật tỉnh tổ chức tiêm vắc xin sởi bổ sung trong tháng 10 và tháng 11/2026.\n"
        "2. Sở Xây dựng kiểm tra nguồn nước tại các trường học trong tháng 12, tháng 01/2027.\n"
    )
    assert [d.deadline for d in found] == [datetime.date(2026, 11, 30), datetime.date(2027, 1, 31)]


def test_units_order_after_the_time_it_falls_in_is_its_own():
    found = notice(
        "Sở Xây dựng kiểm tra các công trình chậm tiến độ. Kết thúc đợt kiểm tra, Sở Tài chính điều chuyển vốn của "
        "các dự án giải ngân chậm. Sau khi có kết quả thẩm định, Sở Nông nghiệp và Môi trường trình UBND tỉnh phê "
        "duyệt phương án bồi thường.\n"
    )
    assert leads(found) == ["BN-SXD", "BN-STC", "BN-SNN"]


def test_weekday_of_the_meetings_week_is_the_deadline():
    found = directives_in(
        "BIÊN BẢN\nCuộc họp giao ban UBND huyện Tân Phú, thứ Ba, ngày 06/10/2026\n\nKẾT LUẬN:\n"
        "1. Sở Y tế rà soát danh sách trẻ chưa tiêm vắc xin, báo cáo trong ngày thứ Năm tuần này.\n"
        "2. Sở Tài chính tổng hợp nhu cầu kinh phí, gửi trước thứ Hai tuần sau.\n",
        PROVINCE,
        "vi",
        "2026-10-06",
    )
    assert [d.deadline for d in found] == [datetime.date(2026, 10, 8), datetime.date(2026, 10, 12)]


def test_work_finished_by_a_date_and_named_after_it_is_an_order_of_its_own():
    found = notice(
        "Sở Xây dựng kiểm tra an toàn các chung cư cũ, báo cáo UBND tỉnh trước ngày 20/10/2026. Hoàn tất trong tháng "
        "12 việc di dời các hộ dân ra khỏi những chung cư đã được đánh giá nguy hiểm.\n"
    )
    assert leads(found) == ["BN-SXD", "BN-SXD"]
    assert [d.deadline for d in found] == [datetime.date(2026, 10, 20), datetime.date(2026, 12, 31)]
