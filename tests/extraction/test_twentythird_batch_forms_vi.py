"""Orders in the forms a twenty-third batch of Vietnamese texts written blind showed: two units, each with its own
verb, joined by a comma in one item; a group of committees ("UBND các xã, phường ...") with its own verb after
"; đồng thời"; the units under a committee as a group, their remit ("căn cứ chức năng, nhiệm vụ") before the verb;
a unit given a standing role and its tasks after a comma; a warning of accountability that opens the task after
its semicolon; a line that ends on a unit's kind, its name below; a district named by its kind alone as the
subject of the next sentence; and what is no order: a figure reached by a date, what a duty "is" ("là yêu cầu bắt
buộc") and a sanction with its condition last. Texts and directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("CB-UBND", "Ủy ban nhân dân tỉnh Cao Bằng", "UBND tỉnh"),
    unit("CB-STC", "Sở Tài chính tỉnh Cao Bằng", "Sở Tài chính"),
    unit("CB-SYT", "Sở Y tế tỉnh Cao Bằng", "Sở Y tế"),
    unit("CB-SGD", "Sở Giáo dục và Đào tạo tỉnh Cao Bằng", "Sở Giáo dục và Đào tạo"),
    unit("CB-SXD", "Sở Xây dựng tỉnh Cao Bằng", "Sở Xây dựng"),
    unit("CB-HOAAN", "Ủy ban nhân dân huyện Hòa An", "UBND huyện Hòa An", "UBND huyện"),
    unit("CB-TTYT", "Trung tâm Y tế huyện Hòa An", "Trung tâm Y tế huyện"),
]

CONCLUSIONS = (
    "THÔNG BÁO\n"
    "Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về tiến độ các công trình năm 2026\n\n"
    "Ngày 12/10/2026, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp. Phó Chủ tịch UBND tỉnh kết luận như sau:\n\n"
)


def run(text, meeting="2026-10-12"):
    return directives_in(text, DIRECTORY, "vi", meeting)


def test_a_figure_reached_by_a_date_is_a_result_not_an_order():
    text = CONCLUSIONS + (
        "1. Đến hết tháng 9/2026, vốn đầu tư công của tỉnh giải ngân đạt 1.250 tỷ đồng, bằng 47,5% kế hoạch.\n\n"
        "2. Sở Tài chính rà soát các dự án chậm giải ngân, đề xuất điều chuyển vốn trước ngày 30/10/2026.\n"
    )
    assert leads(run(text)) == ["CB-STC"]


def test_what_a_duty_is_and_a_sanction_with_its_condition_last_are_no_orders():
    text = CONCLUSIONS + (
        "1. Sở Xây dựng kiểm tra chất lượng các công trình trường học trước ngày 15/11/2026.\n\n"
        "2. Việc hoàn thành đúng hạn các nhiệm vụ trên là yêu cầu bắt buộc đối với các đơn vị.\n\n"
        "3. Sở Tài chính tham mưu bố trí vốn cho các công trình cấp bách; UBND tỉnh sẽ thu hồi chủ trương đầu tư "
        "trong trường hợp chủ đầu tư tiếp tục chậm tiến độ.\n"
    )
    found = run(text)
    assert leads(found) == ["CB-SXD", "CB-STC"]
    assert found[1].text.endswith("cấp bách")


def test_two_units_each_with_its_own_verb_joined_by_a_comma_are_two_orders():
    text = CONCLUSIONS + (
        "1. Sở Y tế tổ chức tiêm vắc xin sởi cho trẻ em tại các xã vùng cao, Sở Giáo dục và Đào tạo tuyên truyền "
        "tại các trường học, hoàn thành trong tháng 11/2026.\n\n"
        "2. Sở Tài chính chủ trì, phối hợp với Sở Y tế, Sở Xây dựng bố trí kinh phí sửa chữa trạm y tế xã.\n"
    )
    found = run(text)
    assert leads(found) == ["CB-SYT", "CB-SGD", "CB-STC"]
    assert [d.code for d in found[2].coordinating] == ["CB-SYT", "CB-SXD"]


def test_a_group_of_committees_with_its_own_verb_after_a_semicolon_is_an_order_of_its_own():
    text = CONCLUSIONS + (
        "1. Sở Xây dựng kiểm tra, đánh giá an toàn các tuyến kè trước mùa mưa; đồng thời UBND các xã, phường "
        "ven sông đẩy nhanh tiến độ bồi thường, giải phóng mặt bằng các tuyến kè trong tháng 11/2026.\n"
    )
    found = run(text)
    assert leads(found) == ["CB-SXD", None]
    assert found[1].text.startswith("đồng thời UBND các xã")


def test_the_units_under_a_committee_with_their_remit_before_the_verb_are_ordered_as_a_group():
    text = (
        "KẾ HOẠCH\nCải cách hành chính huyện Hòa An năm 2027\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Các cơ quan chuyên môn thuộc UBND huyện theo chức năng, nhiệm vụ, quyền hạn chủ động xây dựng kế "
        "hoạch cải cách hành chính của đơn vị.\n"
        "2. UBND các xã, thị trấn tổ chức niêm yết công khai thủ tục hành chính tại bộ phận một cửa.\n"
    )
    assert leads(run(text, "2027-01-05")) == [None, None]


def test_a_unit_given_a_standing_role_then_its_tasks_after_a_comma_is_an_order():
    text = (
        "KẾ HOẠCH\nPhòng, chống dịch sốt xuất huyết huyện Hòa An năm 2027\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Trung tâm Y tế huyện là đơn vị đầu mối, theo dõi, giám sát tình hình dịch bệnh trên địa bàn; tổng "
        "hợp, báo cáo UBND huyện trước ngày 20/12/2027.\n"
    )
    found = run(text, "2027-01-05")
    assert leads(found) == ["CB-TTYT"]
    assert str(found[0].deadline) == "2027-12-20"


def test_a_warning_of_accountability_opens_the_task_after_its_semicolon():
    text = (
        "Kính gửi: UBND các huyện, thành phố.\n\n"
        "Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:\n\n"
        "1. Sở Y tế kiểm tra công tác phòng bệnh tại các trường học.\n\n"
        "2. Chủ tịch UBND các huyện, thành phố chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để xảy ra cháy rừng "
        "trên địa bàn; chỉ đạo các xã tổ chức phát dọn thực bì, làm đường băng cản lửa trước ngày 15/3/2027.\n"
    )
    found = run(text, "2027-02-20")
    assert leads(found) == ["CB-SYT", None]
    assert found[1].text.startswith("Chủ tịch UBND các huyện")
    assert str(found[1].deadline) == "2027-03-15"


def test_a_line_that_ends_on_a_unit_s_kind_goes_on_with_its_name_below():
    text = (
        "KẾ HOẠCH\nPhòng, chống dịch bệnh huyện Hòa An\n\n"
        "1. UBND các xã, thị trấn xây dựng phương án phòng, chống dịch bệnh của địa phương, gửi về Trung tâm\n"
        "Y tế huyện (qua hộp thư điện tử của đơn vị) trong vòng 15 ngày kể từ ngày ban hành Kế hoạch này.\n"
    )
    found = run(text, "2027-01-05")
    assert leads(found) == [None]
    assert str(found[0].deadline) == "2027-01-20"


def test_a_district_named_by_its_kind_alone_is_the_district_named_before():
    text = (
        "Chủ tịch UBND tỉnh làm việc với huyện Hòa An\n\n"
        "Chiều 3/6, Chủ tịch UBND tỉnh đã làm việc với lãnh đạo huyện Hòa An về tiến độ xây dựng nông thôn mới.\n\n"
        "Chủ tịch UBND tỉnh yêu cầu UBND huyện Hòa An hoàn thành việc bàn giao mặt bằng khu tái định cư trước ngày "
        "30/7. Huyện cũng cần chủ động rà soát các tiêu chí nông thôn mới còn thiếu, báo cáo UBND tỉnh trong "
        "tháng 8.\n"
    )
    assert leads(run(text, "2026-06-03")) == ["CB-HOAAN", "CB-HOAAN"]
