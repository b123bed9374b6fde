"""Orders in the forms an eighteenth batch of Vietnamese texts written blind showed: conclusion notices and
letters checked against a directory kept for several provinces and districts at once ("Sở Tài chính tỉnh A",
"Sở Tài chính tỉnh B"), whose texts name their own units without the territory ("Sở Tài chính", "Bệnh viện Đa
khoa tỉnh", "Trung tâm Phát triển quỹ đất huyện"); a unit's name alone on a numbered line over its tasks; the
grounds before a unit ("Căn cứ ..., Sở X ..."); an item's own deadline after a semicolon; a topic among the
orders ("Về ...:"); one unit singled out ("Riêng UBND xã X ..."); an aim that closes an item ("Phấn đấu hoàn
thành ..."). And as no order: who attended, a statement of what a work is. Texts written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit
from tracker.extraction.aliases import text_territory

#: Two provinces and a district of a third, each with its own units, in one directory.
DIRECTORY = (
    unit("LS-UB", "Ủy ban nhân dân tỉnh Long Sơn", "UBND tỉnh Long Sơn"),
    unit("LS-STC", "Sở Tài chính tỉnh Long Sơn"),
    unit("LS-SYT", "Sở Y tế tỉnh Long Sơn"),
    unit("LS-SXD", "Sở Xây dựng tỉnh Long Sơn"),
    unit("LS-BV", "Bệnh viện Y học cổ truyền tỉnh Long Sơn"),
    unit("LS-XA", "UBND xã Tân Hòa"),
    unit("HG-UB", "Ủy ban nhân dân tỉnh Hòa Giang", "UBND tỉnh Hòa Giang"),
    unit("HG-STC", "Sở Tài chính tỉnh Hòa Giang"),
    unit("HG-SYT", "Sở Y tế tỉnh Hòa Giang"),
    unit("HG-SXD", "Sở Xây dựng tỉnh Hòa Giang"),
    unit("HG-CA", "Công an tỉnh Hòa Giang"),
    unit("MT-UB", "Ủy ban nhân dân huyện Mỹ Thạnh", "UBND huyện Mỹ Thạnh"),
    unit("MT-TTYT", "Trung tâm Y tế huyện Mỹ Thạnh"),
    unit("MT-PTC", "Phòng Tài chính - Kế hoạch huyện Mỹ Thạnh"),
    unit("MT-PNV", "Phòng Nội vụ huyện Mỹ Thạnh"),
)


def run(text, meeting="2027-04-06"):
    return directives_in(text, DIRECTORY, "vi", meeting)


# -- a directory kept for several territories ---------------------------------------------------------------


def test_a_notice_names_its_own_provinces_units_without_the_province():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÒA GIANG\n\nHòa Giang, ngày 06 tháng 4 năm 2027\n\nTHÔNG BÁO\n"
        "Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về tiến độ xây dựng trạm y tế xã\n\n"
        "1. Giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính rà soát dự toán các trạm y tế, báo cáo UBND tỉnh "
        "trước ngày 30/4/2027.\n"
        "2. Sở Y tế khẩn trương bổ sung trang thiết bị cho các trạm đã hoàn thành.\n"
    )
    directives = run(text)
    assert leads(directives) == ["HG-SXD", "HG-SYT"]
    assert [c.code for c in directives[0].coordinating] == ["HG-STC"]


def test_the_territory_is_the_one_the_text_names_most():
    assert text_territory(DIRECTORY, "ubnd tinh long son ... so tai chinh ... tinh long son, tinh hoa giang") == (
        "long son"
    )
    assert text_territory(DIRECTORY, "so tai chinh bao cao") is None  # no territory named: no guess


def test_a_unit_of_another_territory_named_in_full_keeps_its_own():
    text = (
        "UBND TỈNH LONG SƠN\n\nLong Sơn, ngày 06 tháng 4 năm 2027\n\n"
        "1. Sở Tài chính phối hợp với Sở Tài chính tỉnh Hòa Giang thống nhất phương án chia sẻ chi phí tuyến "
        "đường liên tỉnh, báo cáo UBND tỉnh trước ngày 15/5/2027.\n"
    )
    (directive,) = run(text)
    assert directive.lead.code == "LS-STC"
    assert [c.code for c in directive.coordinating] == ["HG-STC"]


def test_a_name_left_without_its_territory_stays_unresolved_when_the_text_names_none():
    text = (
        "Chủ tịch UBND kết luận như sau:\n"
        "1. Sở Tài chính rà soát dự toán mua sắm thiết bị, báo cáo trước ngày 30/4/2027.\n"
        "2. Sở Y tế khẩn trương hoàn thiện hồ sơ mời thầu.\n"
    )
    assert leads(run(text)) in ([], [None, None])  # no guess between Long Sơn's and Hòa Giang's


# -- the level word after a unit's name, and a unit's name over its tasks --------------------------------------


def test_a_units_name_alone_on_a_numbered_line_heads_its_bullets():
    text = (
        "HUYỆN MỸ THẠNH\n\nKết luận của Chủ tịch UBND huyện Mỹ Thạnh như sau:\n\n"
        "1. Trung tâm Y tế huyện\n\n"
        "- Rà soát danh sách trẻ chưa tiêm đủ mũi, tổ chức tiêm bù trong tháng 5/2027.\n"
        "- Bố trí cán bộ trực tại các điểm tiêm lưu động.\n\n"
        "2. Phòng Nội vụ\n\n"
        "- Tham mưu bổ sung biên chế cho các trạm y tế xã, trình UBND huyện trước ngày 20/5/2027.\n"
    )
    directives = run(text)
    assert leads(directives) == ["MT-TTYT", "MT-TTYT", "MT-PNV"]
    assert [str(d.deadline) for d in directives] == ["2027-05-31", "None", "2027-05-20"]


def test_the_level_word_closes_the_units_name_before_its_verb():
    text = (
        "UBND TỈNH LONG SƠN\n\n"
        "Căn cứ kết quả kiểm tra, Bệnh viện Y học cổ truyền tỉnh sửa chữa khu điều trị nội trú, hoàn thành "
        "trước ngày 30/6/2027.\n"
    )
    (directive,) = run(text)
    assert directive.lead.code == "LS-BV"
    assert str(directive.deadline) == "2027-06-30"


# -- an item's own deadline, and the next item of the same unit ---------------------------------------------


def test_an_items_deadline_after_a_semicolon_leaves_the_list_its_unit():
    text = (
        "TỈNH LONG SƠN\n\nPhó Chủ tịch UBND tỉnh kết luận:\n\n"
        "1. Sở Y tế\n\n"
        "- Hoàn tất đấu thầu thuốc năm 2027; thời hạn chậm nhất ngày 15/5/2027.\n"
        "- Triển khai hồ sơ sức khỏe điện tử tại các bệnh viện tuyến huyện, bảo đảm hoàn thành trong quý III/2027.\n"
        "- Chuẩn bị phương án phòng chống dịch mùa hè, gửi UBND tỉnh trước ngày 31/5/2027.\n"
    )
    directives = run(text)
    assert leads(directives) == ["LS-SYT", "LS-SYT", "LS-SYT"]
    assert [str(d.deadline) for d in directives] == ["2027-05-15", "2027-09-30", "2027-05-31"]


def test_an_aim_that_closes_an_item_is_its_deadline():
    text = (
        "TỈNH HÒA GIANG\n\nChủ tịch UBND tỉnh kết luận như sau:\n\n"
        "1. Sở Xây dựng đôn đốc nhà thầu bổ sung mũi thi công cầu Bến Đá; phối hợp với Công an tỉnh phân luồng "
        "giao thông. Phấn đấu thông xe kỹ thuật trong quý IV/2027.\n"
        "2. Sở Y tế khẩn trương hoàn thiện hồ sơ.\n"
    )
    directives = run(text)
    assert leads(directives) == ["HG-SXD", "HG-SYT"]
    assert directives[0].text.endswith("trong quý IV/2027")
    assert str(directives[0].deadline) == "2027-12-31"


# -- a topic, a unit singled out, and what is no order ---------------------------------------------------------


def test_a_topic_among_the_orders_and_a_unit_singled_out():
    text = (
        "TỈNH LONG SƠN\n\nChủ tịch UBND tỉnh kết luận như sau:\n\n"
        "1. Sở Tài chính tổng hợp nhu cầu vốn, báo cáo trước ngày 20/4/2027.\n"
        "2. Về giải phóng mặt bằng tuyến tránh: UBND các xã có tuyến đi qua rà soát các hộ chưa nhận tiền. "
        "Riêng UBND xã Tân Hòa bàn giao toàn bộ mặt bằng trước ngày 30/5/2027.\n"
    )
    directives = run(text)
    assert leads(directives) == ["LS-STC", None, "LS-XA"]
    assert str(directives[2].deadline) == "2027-05-30"


def test_who_attended_is_no_order():
    text = (
        "TỈNH HÒA GIANG\n\n"
        "Ngày 02/4/2027, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp. Dự họp có lãnh đạo các Sở: Y tế, Tài chính; "
        "Công an tỉnh; Sở Xây dựng và đại diện UBND các xã.\n\n"
        "Phó Chủ tịch UBND tỉnh kết luận:\n"
        "1. Công an tỉnh tăng cường tuần tra trên tuyến quốc lộ trong dịp lễ.\n"
    )
    directives = run(text)
    assert leads(directives) == ["HG-CA"]


def test_a_statement_of_what_a_work_is_is_no_order():
    text = (
        "TỈNH LONG SƠN\n\nII. NHIỆM VỤ THỜI GIAN TỚI\n\n"
        "Chuyển đổi số trong y tế là nhiệm vụ trọng tâm của năm 2027.\n"
        "1. Sở Y tế triển khai bệnh án điện tử tại các bệnh viện tuyến tỉnh trong quý II/2027.\n"
    )
    directives = run(text)
    assert leads(directives) == ["LS-SYT"]
