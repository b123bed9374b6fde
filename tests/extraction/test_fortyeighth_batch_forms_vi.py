"""Orders in the forms a forty-eighth batch of Vietnamese texts written blind showed: an item that names the works it
is about after a colon, to its full stop ("cho các công trình trọng điểm: Cầu A, Đường B. Kết quả ..."); a chair's
warning of whose responsibility he will weigh ("sẽ xem xét trách nhiệm người đứng đầu ..."); a decision's closing
article ("... chịu trách nhiệm thi hành Quyết định này"); the matter an order opens on with a comma inside it ("Đối
với 03 khu nhà, đất chưa ..., Ban X tiếp tục ..."); a backlog not to be left to the year's end ("không để dồn vào cuối
năm"), no due date. Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

PROVINCE = [
    unit("HT-SXD", "Sở Xây dựng tỉnh Hà Tây", "Sở Xây dựng"),
    unit("HT-STC", "Sở Tài chính tỉnh Hà Tây", "Sở Tài chính"),
    unit("HT-SYT", "Sở Y tế tỉnh Hà Tây", "Sở Y tế"),
    unit("HT-BCD", "Ban Chỉ đạo phát triển nhà ở tỉnh Hà Tây", "Ban Chỉ đạo phát triển nhà ở tỉnh"),
    unit("HT-CA", "Công an tỉnh Hà Tây", "Công an tỉnh"),
]


def province(text, meeting="2026-04-06"):
    return directives_in(text, PROVINCE, "vi", meeting)


def test_works_named_after_a_colon_inside_an_item_stay_in_its_order():
    text = (
        "Chủ tịch UBND tỉnh yêu cầu:\n"
        "1. Sở Xây dựng chủ trì, phối hợp với Công an tỉnh kiểm tra an toàn kết cấu các công trình trọng điểm: "
        "Cầu Vĩnh An, Nhà thi đấu đa năng tỉnh, Bệnh viện Đa khoa khu vực Phú Mỹ. Kết quả báo cáo UBND tỉnh "
        "trước ngày 30/5/2026.\n"
        "2. Sở Y tế bảo đảm thuốc, vật tư cho các cơ sở khám chữa bệnh.\n"
    )
    found = province(text)
    assert leads(found) == ["HT-SXD", "HT-SYT"]
    assert found[0].text.startswith("Sở Xây dựng chủ trì")
    assert str(found[0].deadline) == "2026-05-30"


def test_a_chair_s_warning_of_whose_responsibility_he_will_weigh_is_no_order():
    text = (
        "Chủ tịch UBND tỉnh yêu cầu:\n"
        "1. Sở Tài chính tổng hợp số liệu thu ngân sách, báo cáo UBND tỉnh trước ngày 20/4/2026.\n"
        "Kết quả thu ngân sách là căn cứ để đánh giá mức độ hoàn thành nhiệm vụ của các đơn vị. "
        "UBND tỉnh sẽ xem xét trách nhiệm người đứng đầu các cơ quan để thất thu kéo dài.\n"
    )
    found = province(text)
    assert leads(found) == ["HT-STC"]


def test_a_decision_s_closing_article_on_who_carries_it_out_is_no_order():
    text = (
        "QUYẾT ĐỊNH:\n"
        "Điều 1. Phê duyệt danh mục dự án nhà ở xã hội năm 2026.\n"
        "Điều 2. Sở Xây dựng hướng dẫn chủ đầu tư lập hồ sơ, hoàn thành trong quý III/2026.\n"
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n"
        "Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Xây dựng, Tài chính; Chủ tịch UBND các huyện Phú Mỹ, Vĩnh "
        "An; Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.\n"
    )
    assert leads(province(text)) == ["HT-SXD"]
    closing = "Giám đốc Sở Y tế, Thủ trưởng các đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.\n"
    assert leads(province(text[: text.index("Chánh")] + closing)) == ["HT-SXD"]


def test_the_matter_an_order_opens_on_may_hold_a_comma():
    text = (
        "Điều 2. Tổ chức thực hiện\n"
        "1. Sở Tài chính theo dõi việc bàn giao tài sản.\n"
        "2. Đối với 03 khu nhà, đất còn tranh chấp về ranh giới, Ban Chỉ đạo phát triển nhà ở tỉnh tiếp tục "
        "đôn đốc các đơn vị hoàn thiện hồ sơ, trình phương án vào năm sau.\n"
    )
    found = province(text)
    assert leads(found) == ["HT-STC", "HT-BCD"]
    assert found[1].text.startswith("Đối với 03 khu nhà")


def test_a_backlog_not_to_be_left_to_the_year_s_end_sets_no_due_date():
    text = (
        "Chủ tịch UBND tỉnh yêu cầu:\n"
        "1. Sở Y tế rà soát các gói thầu mua sắm đã ký, thanh toán kịp thời cho nhà thầu, không để dồn vào cuối "
        "năm; gửi danh sách gói thầu chậm về Sở Tài chính trong 03 ngày làm việc kể từ ngày ký văn bản này.\n"
    )
    found = province(text)
    assert leads(found) == ["HT-SYT"]
    assert str(found[0].deadline) == "2026-04-09"
