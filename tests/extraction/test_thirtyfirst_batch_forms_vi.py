"""Orders in the forms a thirty-first batch of Vietnamese texts written blind showed: a unit and "hoàn chỉnh" (a verb
of action the rules did not know), after an approval that gives no order ("Thống nhất chủ trương để UBND huyện X ...
UBND huyện X hoàn chỉnh hồ sơ ..."); a group of committees after a link to the order before ("Cùng với đó, UBND các
huyện ... chỉ đạo ..."); the divisions of a department addressed ("yêu cầu các phòng chuyên môn, đơn vị trực thuộc
Sở X ..."), whose lead is that department; and a notice's background that reads like orders: figures so far ("...
đến nay mới đáp ứng ..."), an earlier document's order recalled ("Theo chỉ đạo tại Thông báo số ..., các địa phương
phải ...") and a request of a province answered ("Về đề nghị của UBND tỉnh X ..., Phó Thủ tướng đồng ý"). Texts and
directories written for these tests."""

import pytest

from tests.extraction.conftest import directives_in, leads, unit

UNITS = [
    unit("TN-SXD", "Sở Xây dựng tỉnh Tây Nguyên", "Sở Xây dựng"),
    unit("TN-STC", "Sở Tài chính tỉnh Tây Nguyên", "Sở Tài chính"),
    unit("TN-SYT", "Sở Y tế tỉnh Tây Nguyên", "Sở Y tế"),
    unit("TN-SGD", "Sở Giáo dục và Đào tạo tỉnh Tây Nguyên", "Sở Giáo dục và Đào tạo"),
    unit("TN-SNV", "Sở Nội vụ tỉnh Tây Nguyên", "Sở Nội vụ"),
    unit("TN-CA", "Công an tỉnh Tây Nguyên", "Công an tỉnh"),
    unit("TN-HTL", "Ủy ban nhân dân huyện Tân Lạc", "UBND huyện Tân Lạc"),
    unit("TN-HBM", "Ủy ban nhân dân huyện Bảo Minh", "UBND huyện Bảo Minh"),
]
CONCLUSIONS = "Chủ tịch UBND tỉnh kết luận như sau:\n\n"


@pytest.mark.parametrize(
    ("sentence", "code", "deadline"),
    [
        (
            "UBND huyện Tân Lạc hoàn chỉnh hồ sơ dự án cầu treo bản Mòn, gửi Sở Xây dựng thẩm định trước ngày "
            "20/11/2026.",
            "TN-HTL",
            "2026-11-20",
        ),
        (
            "Sở Tài chính hoàn chỉnh dự thảo quy định mức hỗ trợ học sinh bán trú, trình UBND tỉnh chậm nhất ngày "
            "05/12/2026.",
            "TN-STC",
            "2026-12-05",
        ),
    ],
)
def test_a_unit_that_completes_a_file_is_given_an_order(sentence, code, deadline):
    found = directives_in(sentence, UNITS, "vi", "2026-10-20")
    assert leads(found) == [code]
    assert str(found[0].deadline) == deadline


def test_a_units_order_after_an_approval_under_a_conclusions_heading():
    text = (
        "II. Ý KIẾN KẾT LUẬN\n"
        "Các cấp, các ngành không được chủ quan.\n"
        "1. Giao Sở Y tế kiểm tra các bếp ăn tập thể.\n"
        "2. Đồng ý chủ trương cho UBND huyện Tân Lạc đầu tư xây dựng cầu treo bản Mòn. UBND huyện Tân Lạc hoàn chỉnh "
        "hồ sơ dự án, gửi Sở Xây dựng thẩm định trước ngày 20/11/2026.\n"
        "3. Công an tỉnh tăng cường tuần tra các tuyến đường liên huyện.\n"
    )
    found = directives_in(text, UNITS, "vi", "2026-10-20")
    assert leads(found) == ["TN-SYT", "TN-HTL", "TN-CA"]
    assert found[1].text.startswith("UBND huyện Tân Lạc hoàn chỉnh")
    assert str(found[1].deadline) == "2026-11-20"


@pytest.mark.parametrize(
    "linked",
    [
        "Cùng với đó, UBND các xã, thị trấn chỉ đạo các thôn lập danh sách trẻ em chưa tiêm chủng đầy đủ, hoàn "
        "thành trong tháng 11/2026.",
        "Bên cạnh đó, UBND các huyện, thành phố rà soát các điểm tiêm chủng lưu động, hoàn thành trong tháng 11/2026.",
        "Song song với đó, các sở, ngành kiểm tra việc bảo quản vắc xin tại các cơ sở y tế, hoàn thành trong tháng "
        "11/2026.",
    ],
)
def test_a_group_after_a_link_to_the_order_before_has_an_order_of_its_own(linked):
    text = (
        CONCLUSIONS
        + "1. Sở Y tế chỉ đạo các trung tâm y tế bảo đảm đủ vắc xin sởi cho chiến dịch tiêm bù. "
        + linked
        + "\n"
    )
    found = directives_in(text, UNITS, "vi", "2026-10-20")
    assert leads(found) == ["TN-SYT", None]
    assert found[1].text.startswith(linked[:12])
    assert str(found[1].deadline) == "2026-11-30"


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        (
            "Ngoài ra, Chủ tịch UBND tỉnh yêu cầu các phòng chuyên môn, đơn vị trực thuộc Sở Y tế rà soát quy trình "
            "tiếp nhận bệnh nhân, không để người bệnh chờ đợi lâu.",
            "TN-SYT",
        ),
        (
            "Giám đốc Sở cũng đề nghị các phòng, ban, đơn vị thuộc Sở Giáo dục và Đào tạo nâng cao chất lượng tham "
            "mưu, giải quyết hồ sơ đúng hạn.",
            "TN-SGD",
        ),
        (
            "Đồng chí yêu cầu các phòng nghiệp vụ và đơn vị trực thuộc Sở Nội vụ chấn chỉnh kỷ luật, kỷ cương hành "
            "chính.",
            "TN-SNV",
        ),
    ],
)
def test_the_divisions_of_a_department_addressed_are_its_own(sentence, code):
    text = "Chiều 12/10, Chủ tịch UBND tỉnh làm việc với các sở. " + sentence
    found = directives_in(text, UNITS, "vi", "2026-10-12")
    assert leads(found) == [code]


@pytest.mark.parametrize(
    "background",
    [
        "1. Toàn tỉnh có khoảng 1.250 hộ cần di dời khỏi vùng sạt lở, đến nay mới bố trí được 430 hộ.",
        "1. Ba công trình trường học có tổng vốn khoảng 86 tỷ đồng, đến nay mới giải ngân khoảng 21 tỷ đồng.",
        "1. Tuyến đường tránh có chiều dài 12 km, đến nay vẫn chưa bàn giao được 3 km mặt bằng.",
    ],
)
def test_figures_so_far_are_no_order(background):
    text = CONCLUSIONS + background + "\n2. Giao Sở Xây dựng đôn đốc nhà thầu đẩy nhanh tiến độ thi công.\n"
    found = directives_in(text, UNITS, "vi", "2026-10-20")
    assert leads(found) == ["TN-SXD"]


@pytest.mark.parametrize(
    "recalled",
    [
        "Theo chỉ đạo tại Công văn số 55/UBND-KT ngày 02/3/2026, các huyện phải hoàn thành việc cắm mốc giới "
        "trước ngày 30/6/2026, nhưng đến nay mới có 4/9 huyện hoàn thành.",
        "Theo yêu cầu tại Thông báo số 88/TB-UBND ngày 10 tháng 4 năm 2026, Sở Xây dựng phải báo cáo kết quả kiểm "
        "tra trước ngày 15/5/2026; kết quả vẫn chưa đầy đủ.",
        "Theo kết luận của Chủ tịch UBND tỉnh tại Thông báo số 12/TB-UBND, các chủ đầu tư cần giải ngân 60% vốn "
        "trước ngày 30/9/2026.",
    ],
)
def test_an_earlier_documents_order_recalled_is_no_order(recalled):
    text = CONCLUSIONS + "1. " + recalled + "\n2. Giao Sở Tài chính cân đối vốn cho các dự án còn thiếu.\n"
    found = directives_in(text, UNITS, "vi", "2026-10-20")
    assert leads(found) == ["TN-STC"]


@pytest.mark.parametrize(
    "answered",
    [
        "Về đề nghị của UBND huyện Tân Lạc cho phép kéo dài thời gian thực hiện dự án, Chủ tịch UBND tỉnh đồng ý.",
        "Về đề nghị của Sở Y tế bổ sung biên chế cho các trạm y tế xã, Chủ tịch UBND tỉnh sẽ xem xét sau.",
        "Về yêu cầu của UBND huyện Bảo Minh hỗ trợ kinh phí khắc phục hậu quả bão, Chủ tịch UBND tỉnh ghi nhận.",
    ],
)
def test_a_request_of_a_unit_answered_is_no_order(answered):
    text = (
        CONCLUSIONS
        + "1. Phó Thủ tướng biểu dương các địa phương. "
        + answered
        + "\n2. Giao Công an tỉnh bảo đảm an ninh.\n"
    )
    found = directives_in(text, UNITS, "vi", "2026-10-20")
    assert leads(found) == ["TN-CA"]
