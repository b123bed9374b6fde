"""Orders in the forms a sixty-eighth batch of Vietnamese texts written blind showed: a chỉ thị's unit label with
the role it holds in brackets after its name, its tasks lettered below; the principle of a "NHIỆM VỤ CHUNG" section
told with no subject, when a "TỔ CHỨC THỰC HIỆN" section gives each unit its tasks; a relative clause with "phải"
inside a labelled unit's task ("các hộ phải di dời"); a plan agreed to "về nguyên tắc"; those a condition picks out,
then "thì" and the order's verb; and a duty an earlier plan set, its date passed when the text is written. Texts and
directory written for these tests."""

import datetime

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("KN-UBND", "Ủy ban nhân dân tỉnh Kim Ngân", "UBND tỉnh"),
    unit("KN-SYT", "Sở Y tế tỉnh Kim Ngân", "Sở Y tế"),
    unit("KN-STC", "Sở Tài chính tỉnh Kim Ngân", "Sở Tài chính"),
    unit("KN-SXD", "Sở Xây dựng tỉnh Kim Ngân", "Sở Xây dựng"),
    unit("KN-SNV", "Sở Nội vụ tỉnh Kim Ngân", "Sở Nội vụ"),
    unit("KN-XAL", "Ủy ban nhân dân xã An Lạc", "UBND xã An Lạc"),
]

DIRECTIVE = "CHỈ THỊ\nVề tăng cường phòng, chống dịch sốt xuất huyết năm 2026\n\nChủ tịch UBND tỉnh chỉ thị:\n\n"

CONCLUSIONS = (
    "THÔNG BÁO\n"
    "Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về tái định cư khu công nghiệp\n\n"
    "Phó Chủ tịch UBND tỉnh kết luận như sau:\n\n"
)


def run(text, meeting="2026-04-06"):
    return directives_in(text, DIRECTORY, "vi", meeting)


def test_a_unit_label_with_its_role_in_brackets_leads_the_lettered_tasks_below_it():
    text = DIRECTIVE + (
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Y tế (cơ quan thường trực Ban Chỉ đạo phòng, chống dịch tỉnh)\n"
        "a) Giám sát chặt chẽ các ổ dịch cũ, hoàn thành trước ngày 30/4/2026.\n"
        "b) Duy trì đường dây nóng tiếp nhận thông tin ca bệnh.\n\n"
        "2. Sở Tài chính bố trí kinh phí mua hóa chất diệt muỗi.\n"
    )
    found = run(text)
    assert leads(found) == ["KN-SYT", "KN-SYT", "KN-STC"]
    assert found[0].deadline == datetime.date(2026, 4, 30)


def test_the_principle_of_a_general_section_told_with_no_subject_is_no_order():
    text = DIRECTIVE + (
        "I. NHIỆM VỤ CHUNG\n"
        "Phòng, chống dịch là nhiệm vụ thường xuyên của các cấp. Thực hiện nghiêm phương châm phát hiện sớm, "
        "khoanh vùng gọn, xử lý triệt để; lấy cộng đồng làm trung tâm.\n\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Y tế giám sát chặt chẽ các ổ dịch cũ.\n\n"
        "2. Sở Tài chính bố trí kinh phí mua hóa chất diệt muỗi.\n"
    )
    assert leads(run(text)) == ["KN-SYT", "KN-STC"]


def test_those_who_must_do_something_inside_a_labelled_task_leave_the_label_s_lead():
    text = CONCLUSIONS + (
        "1. Sở Tài chính: Thẩm định phương án bồi thường.\n\n"
        "2. Sở Xây dựng: Hoàn thiện hạ tầng khu tái định cư, phối hợp với UBND xã An Lạc bố trí nền đất cho các "
        "gia đình phải di chuyển.\n"
    )
    found = run(text)
    assert leads(found) == ["KN-STC", "KN-SXD"]


def test_a_plan_agreed_to_in_principle_is_no_order():
    text = CONCLUSIONS + (
        "Thống nhất về nguyên tắc phương án bồi thường do Sở Tài chính trình tại Tờ trình số 18/TTr-STC.\n\n"
        "Sở Xây dựng hoàn thiện hạ tầng khu tái định cư trước ngày 30/6/2026.\n"
    )
    assert leads(run(text)) == ["KN-SXD"]


def test_those_a_condition_picks_out_then_thi_and_a_verb_are_given_an_order():
    text = (
        "UBND tỉnh yêu cầu UBND các xã chưa nộp hồ sơ khẩn trương hoàn thiện, gửi Sở Nội vụ trước ngày 20/4/2026. "
        "Các xã đã nộp nhưng còn thiếu thì bổ sung đầy đủ theo mẫu hướng dẫn.\n"
    )
    found = run(text)
    assert len(found) == 2
    assert found[1].text.startswith("Các xã đã nộp")


def test_a_duty_an_earlier_plan_set_its_date_passed_is_no_order():
    text = (
        "Theo Kế hoạch số 41/KH-UBND ngày 10/2/2026 của UBND tỉnh, các xã phải gửi hồ sơ về Sở Nội vụ trước ngày "
        "31/3/2026. Tuy nhiên, đến nay mới có 12 xã gửi hồ sơ.\n\n"
        "Sở Nội vụ có trách nhiệm tổng hợp, báo cáo UBND tỉnh trước ngày 30/4/2026.\n"
    )
    assert leads(run(text)) == ["KN-SNV"]
