"""Orders in the forms a sixty-sixth batch of Vietnamese texts written blind showed: a commune's party committee and
people's committee named with the place said once ("Đảng ủy, UBND xã X"), the first leading; the chairs of many
communes ("Chủ tịch UBND các xã, phường ...") as a group, no one committee; a sitting named at length with its month
in brackets after it as the due date; and what is no order: a speaker's turn opened by the verb of its matter
("Đánh giá về ..., ông X cho rằng ...") and the troubles listed after "gặp nhiều khó khăn:". Texts and directory
written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("BS-UBND", "Ủy ban nhân dân tỉnh Bắc Sơn", "UBND tỉnh Bắc Sơn", "Chủ tịch UBND tỉnh Bắc Sơn"),
    unit("BS-DUUB", "Đảng ủy Ủy ban nhân dân tỉnh Bắc Sơn", "Đảng ủy UBND tỉnh", "Đảng ủy UBND tỉnh Bắc Sơn"),
    unit("BS-HDND", "Hội đồng nhân dân tỉnh Bắc Sơn", "HĐND tỉnh Bắc Sơn"),
    unit("BS-STC", "Sở Tài chính tỉnh Bắc Sơn", "Sở Tài chính"),
    unit("BS-SNV", "Sở Nội vụ tỉnh Bắc Sơn", "Sở Nội vụ"),
    unit("BS-SYT", "Sở Y tế tỉnh Bắc Sơn", "Sở Y tế"),
    unit("BS-DUTH", "Đảng ủy xã Tân Hòa (tỉnh Bắc Sơn)", "Đảng ủy xã Tân Hòa"),
    unit("BS-UBTH", "Ủy ban nhân dân xã Tân Hòa (tỉnh Bắc Sơn)", "UBND xã Tân Hòa"),
]

NEWS = (
    "Phó Chủ tịch UBND tỉnh Bắc Sơn làm việc với xã Tân Hòa\n\n"
    "Sáng 9/6/2026, Phó Chủ tịch UBND tỉnh Bắc Sơn đã làm việc với xã Tân Hòa về tình hình kinh tế - xã hội.\n\n"
)


def run(text, meeting="2026-06-09"):
    return directives_in(text, DIRECTORY, "vi", meeting)


def test_a_party_committee_and_people_s_committee_sharing_their_place_are_two_units_the_first_leading():
    text = NEWS + (
        "Phó Chủ tịch đề nghị Đảng ủy, UBND xã Tân Hòa kiện toàn tổ công tác chuyển đổi số, "
        "hoàn thành trong tháng 8/2026.\n"
    )
    found = run(text)
    assert leads(found) == ["BS-DUTH"]
    assert [d.code for d in found[0].coordinating] == ["BS-UBTH"]


def test_a_speaker_s_turn_opened_by_the_verb_of_its_matter_is_no_order():
    text = NEWS + (
        "Đánh giá về tiến độ giải ngân, bà Lê Thị Hạnh, Giám đốc Sở Tài chính nhận định tỉnh có thể hoàn thành "
        "kế hoạch vốn trong năm 2026.\n\n"
        "Phó Chủ tịch giao Sở Y tế rà soát trang thiết bị của trạm y tế xã trước ngày 30/7/2026.\n"
    )
    assert leads(run(text)) == ["BS-SYT"]


def test_the_troubles_listed_after_a_lead_in_of_difficulties_are_no_orders():
    text = NEWS + (
        "Tuy vậy, xã còn gặp không ít khó khăn, vướng mắc: UBND xã Tân Hòa thiếu công chức, cán bộ phải kiêm "
        "nhiệm nhiều việc; trạm y tế thiếu bác sĩ.\n\n"
        "Phó Chủ tịch giao Sở Nội vụ bố trí thêm biên chế cho trạm y tế xã trước ngày 15/8/2026.\n"
    )
    assert leads(run(text)) == ["BS-SNV"]


def test_the_chairs_of_many_communes_are_a_group_not_the_province_s_committee():
    text = (
        "CÔNG ĐIỆN\nVề việc chủ động ứng phó mưa lớn\n\n"
        "Chủ tịch UBND tỉnh Bắc Sơn yêu cầu:\n\n"
        "1. Chủ tịch UBND các xã, phường vùng trũng chủ động sơ tán người dân khỏi khu vực nguy hiểm trước 18 giờ "
        "ngày 10/6/2026.\n\n"
        "2. Sở Y tế chuẩn bị cơ số thuốc, sẵn sàng cấp cứu người bị nạn.\n"
    )
    assert leads(run(text)) == [None, "BS-SYT"]


def test_a_sitting_named_at_length_with_its_month_in_brackets_is_the_due_date():
    text = NEWS + (
        "Phó Chủ tịch giao Sở Nội vụ nghiên cứu chính sách hỗ trợ cán bộ xã, trình tại Kỳ họp chuyên đề về chính "
        "sách cán bộ của HĐND tỉnh (dự kiến tháng 9/2026).\n"
    )
    found = run(text)
    assert leads(found) == ["BS-SNV"]
    assert str(found[0].deadline) == "2026-09-30"
