"""Orders in the forms a fifty-second batch of Vietnamese texts written blind showed: a task given in the passive, the
unit its subject and the verb of the work after "được giao" ("Sở X được giao khảo sát ..."), in a paragraph of its own
after another order (not "diện tích được giao quản lý", land in one's care); the district addressed, named again by
its kind alone, with a duty and a date of its own right after the order to it ("Huyện cần rà soát ..."), its own
directive; the matter a sentence opens on, told with a tense ("Đối với các hộ đã được ... nhưng chưa ..., huyện phối
hợp với ..."), before the order to the district. Texts and directories written for these tests."""

from tests.extraction.conftest import codes, directives_in, leads, unit

PROVINCE = [
    unit("TN-UBND", "Ủy ban nhân dân tỉnh Tây Nguyên", "UBND tỉnh"),
    unit("TN-STC", "Sở Tài chính tỉnh Tây Nguyên", "Sở Tài chính"),
    unit("TN-SYT", "Sở Y tế tỉnh Tây Nguyên", "Sở Y tế"),
    unit("TN-SNV", "Sở Nội vụ tỉnh Tây Nguyên", "Sở Nội vụ"),
    unit("TN-CA", "Công an tỉnh Tây Nguyên", "Công an tỉnh"),
    unit("TN-HDL", "Ủy ban nhân dân huyện Đắk Lâm", "UBND huyện Đắk Lâm", "huyện Đắk Lâm"),
]


def province(text, meeting="2026-04-10"):
    return directives_in(text, PROVINCE, "vi", meeting)


def test_a_task_given_in_the_passive_to_a_unit_is_its_order():
    text = (
        "Phát biểu kết luận, Chủ tịch UBND tỉnh đề nghị Sở Tài chính cân đối nguồn vốn cho các công trình y tế.\n\n"
        "Bên cạnh đó, Sở Y tế được giao khảo sát nhu cầu trang thiết bị của các trạm y tế xã, tổng hợp gửi UBND tỉnh "
        "trước ngày 20/5/2026.\n"
    )
    found = province(text)
    assert leads(found) == ["TN-STC", "TN-SYT"]
    assert found[0].deadline is None
    assert str(found[1].deadline) == "2026-05-20"
    # land in one's care is no task given: the unit's own order, one
    text = (
        "Chủ tịch UBND tỉnh kết luận như sau:\n"
        "1. UBND huyện Đắk Lâm rà soát diện tích đất được giao quản lý, báo cáo UBND tỉnh trước ngày 30/5/2026.\n"
        "2. Sở Y tế được giao kiểm tra các cơ sở khám bệnh tư nhân trên địa bàn.\n"
    )
    assert leads(province(text)) == ["TN-HDL", "TN-SYT"]


def test_the_district_named_again_by_its_kind_with_a_duty_and_date_of_its_own_is_an_order_of_its_own():
    text = (
        "Chủ tịch UBND tỉnh làm việc với UBND huyện Đắk Lâm về tiến độ các chương trình mục tiêu.\n\n"
        "Đồng chí đề nghị huyện khẩn trương giải ngân nguồn vốn chương trình mục tiêu, phấn đấu đến ngày 30/6/2026 "
        "đạt trên 70% kế hoạch. Huyện cần rà soát, hoàn thành dứt điểm việc sửa chữa các trường học xuống cấp trước "
        "ngày 31/7/2026.\n"
    )
    found = province(text)
    assert leads(found) == ["TN-HDL", "TN-HDL"]
    assert str(found[0].deadline) == "2026-06-30"
    assert found[1].text.startswith("Huyện cần rà soát")
    assert str(found[1].deadline) == "2026-07-31"


def test_a_matter_told_with_a_tense_before_the_order_to_the_district():
    text = (
        "Chủ tịch UBND tỉnh kết luận như sau:\n\n"
        "a) UBND huyện Đắk Lâm khẩn trương chi trả tiền bồi thường cho các hộ, hoàn thành trước ngày 31/5/2026. Đối "
        "với các hộ đã được thông báo nhiều lần nhưng chưa nhận tiền, huyện phối hợp với Công an tỉnh tổ chức đối "
        "thoại theo đúng quy định, tổ chức thực hiện trong tháng 6/2026.\n\n"
        "b) Sở Nội vụ hướng dẫn huyện kiện toàn tổ công tác.\n"
    )
    found = province(text)
    assert leads(found) == ["TN-HDL", "TN-HDL", "TN-SNV"]
    assert codes(found[1].coordinating) == ["TN-CA"]
    assert str(found[1].deadline) == "2026-06-30"
