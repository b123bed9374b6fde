"""Orders in the forms a thirtieth batch of Vietnamese texts written blind showed: a provincial story that never names
its province, whose units the directory holds for several provinces (the province of the units only it holds); a
letterhead's two columns ("VĂN PHÒNG      Độc lập - Tự do - Hạnh phúc"), no order; "Giao Chủ tịch UBND xã X ...",
the commune's committee addressed by its chair; a leader who speaks and "chỉ đạo" a unit ("Bí thư Tỉnh ủy chỉ đạo Sở
X phối hợp ..."); a warning to whoever fails ('"Cán bộ nào ... sẽ bị xem xét trách nhiệm", đồng chí nói'); a named
province's chair addressed by a government notice ("Chủ tịch UBND tỉnh X trực tiếp chỉ đạo ..."); a head and its
names after a colon ("các Bộ: A, B, C", "UBND các tỉnh: X, Y"); "Đồng thời" with no comma before the same unit's
next task; "sẵn sàng lực lượng, phương tiện", an order; the heads of a group of units as a subject, no unit before;
"Công điện số ...", a document. Texts and directories written for these tests."""

import pytest

from tests.extraction.conftest import directives_in, leads, unit

# two provinces' units of the same names; province Hà Lâm's first, so that a text of Tây Sơn that does not name its
# province is read as Hà Lâm's when its province is not found (codes with no administration's prefix: the names alone
# tell the provinces apart)
PROVINCES = [
    unit("HLSTC", "Sở Tài chính tỉnh Hà Lâm", "Sở Tài chính"),
    unit("HLSYT", "Sở Y tế tỉnh Hà Lâm", "Sở Y tế"),
    unit("HLSGD", "Sở Giáo dục và Đào tạo tỉnh Hà Lâm", "Sở Giáo dục và Đào tạo"),
    unit("TSSTC", "Sở Tài chính tỉnh Tây Sơn", "Sở Tài chính"),
    unit("TSSYT", "Sở Y tế tỉnh Tây Sơn", "Sở Y tế"),
    unit("TSSGD", "Sở Giáo dục và Đào tạo tỉnh Tây Sơn", "Sở Giáo dục và Đào tạo"),
    unit("TSTU", "Văn phòng Tỉnh ủy Tây Sơn", "Văn phòng Tỉnh ủy"),
    unit("TSBQL", "Ban Quản lý các dự án giao thông tỉnh Tây Sơn", "Ban Quản lý các dự án giao thông tỉnh"),
    unit("TSXPL", "UBND xã Phú Lộc", "xã Phú Lộc"),
]

STORY = (
    "(TS) - Chiều 12/9, đồng chí Bí thư Tỉnh ủy đã làm việc với lãnh đạo Văn phòng Tỉnh ủy và Ban Quản lý các dự án "
    "giao thông tỉnh về tiến độ xây dựng trường học tại xã Phú Lộc.\n\n"
)


@pytest.mark.parametrize(
    ("order", "code"),
    [
        ("Phó Chủ tịch UBND tỉnh giao Sở Tài chính bố trí đủ vốn cho công trình trước ngày 30/10/2026.", "TSSTC"),
        ("Đồng chí đề nghị Sở Y tế kiểm tra điều kiện vệ sinh của các bếp ăn trường học.", "TSSYT"),
        ("Sở Giáo dục và Đào tạo khẩn trương hoàn thiện hồ sơ mua sắm thiết bị dạy học.", "TSSGD"),
    ],
)
def test_a_story_that_never_names_its_province_is_of_the_province_whose_units_it_names(order, code):
    found = directives_in(STORY + order, PROVINCES, "vi", "2026-09-12")
    assert leads(found) == [code]


def test_one_unit_only_one_province_holds_is_not_enough_to_tell_the_province():
    order = "Đồng chí đề nghị Sở Y tế kiểm tra điều kiện vệ sinh của các bếp ăn trường học."
    two = "Lãnh đạo Văn phòng Tỉnh ủy và Ban Quản lý các dự án giao thông tỉnh dự buổi làm việc. "
    assert leads(directives_in(two + order, PROVINCES, "vi", "2026-09-12")) == ["TSSYT"]
    one = "Lãnh đạo Văn phòng Tỉnh ủy dự buổi làm việc. "
    assert leads(directives_in(one + order, PROVINCES, "vi", "2026-09-12")) != ["TSSYT"]  # no guess from one unit
    assert leads(directives_in(two + order, PROVINCES, "en", "2026-09-12")) != ["TSSYT"]  # a Vietnamese rule


LETTER_UNITS = [
    unit("BH-SXD", "Sở Xây dựng tỉnh Bình Hà", "Sở Xây dựng"),
    unit("BH-XTT", "UBND xã Tân Thành", "xã Tân Thành"),
    unit("BH-PAP", "UBND phường An Phú", "phường An Phú"),
    unit("BH-HDT", "UBND huyện Đông Triều", "huyện Đông Triều"),
    unit("BH-CA", "Công an tỉnh Bình Hà", "Công an tỉnh"),
    unit("BH-BCH", "Bộ Chỉ huy Quân sự tỉnh Bình Hà", "Bộ Chỉ huy Quân sự tỉnh"),
    unit("BH-SYT", "Sở Y tế tỉnh Bình Hà", "Sở Y tế"),
    unit("BH-TTYT", "Trung tâm Y tế huyện Đông Triều"),
]


@pytest.mark.parametrize(
    "issuer",
    ["VĂN PHÒNG", "CHI CỤC THỦY LỢI", "TRUNG TÂM Y TẾ"],
)
def test_a_letterheads_two_columns_are_no_order(issuer):
    text = (
        f"UBND TỈNH BÌNH HÀ                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"{issuer}                             Độc lập - Tự do - Hạnh phúc\n\n"
        "Kính gửi: Sở Xây dựng.\n\n"
        "Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:\n"
        "1. Giao Sở Xây dựng kiểm tra an toàn các nhà chung cư cũ, báo cáo trước ngày 20/10/2026.\n"
    )
    found = directives_in(text, LETTER_UNITS, "vi", "2026-10-01")
    assert leads(found) == ["BH-SXD"]


@pytest.mark.parametrize(
    ("order", "code"),
    [
        ("1. Giao Chủ tịch UBND xã Tân Thành tổ chức sơ tán ngay các hộ dân ra khỏi khu vực ngập sâu.", "BH-XTT"),
        ("1. Yêu cầu Chủ tịch UBND phường An Phú kiểm tra, xử lý dứt điểm các công trình lấn chiếm.", "BH-PAP"),
        ("1. Đề nghị Phó Chủ tịch UBND huyện Đông Triều trực tiếp chỉ đạo công tác cứu hộ.", "BH-HDT"),
    ],
)
def test_a_communes_chair_addressed_stands_for_its_committee(order, code):
    text = "Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:\n\n" + order + "\n"
    found = directives_in(text, LETTER_UNITS, "vi", "2026-10-01")
    assert leads(found) == [code]


@pytest.mark.parametrize(
    ("sentence", "lead", "partners"),
    [
        (
            "Về công tác phòng dịch, Bí thư Tỉnh ủy chỉ đạo Sở Y tế phối hợp với UBND xã Tân Thành phun hóa chất "
            "diệt muỗi tại các khu dân cư.",
            "BH-SYT",
            ["BH-XTT"],
        ),
        ("Phó Thủ tướng cũng chỉ đạo Công an tỉnh tăng cường tuần tra trên các tuyến quốc lộ.", "BH-CA", []),
        ("Đồng chí Bí thư trực tiếp chỉ đạo Sở Xây dựng rà soát lại toàn bộ hồ sơ cấp phép.", "BH-SXD", []),
    ],
)
def test_a_leader_who_directs_a_unit_gives_the_unit_its_order(sentence, lead, partners):
    found = directives_in(sentence, LETTER_UNITS, "vi", "2026-10-01")
    assert leads(found) == [lead]
    assert [d.code for d in found[0].coordinating] == partners
    # told, or a unit that directs the body under it: not the leader's order
    assert not directives_in(sentence.replace(" chỉ đạo", " đã chỉ đạo", 1), LETTER_UNITS, "vi", "2026-10-01")
    own = directives_in(
        "Sở Y tế chỉ đạo Trung tâm Y tế huyện Đông Triều tăng cường giám sát ca bệnh.", LETTER_UNITS, "vi"
    )
    assert leads(own) == ["BH-SYT"]


@pytest.mark.parametrize(
    "warning",
    [
        '"Đơn vị nào chậm trễ, né tránh sẽ bị xử lý nghiêm", đồng chí Chủ tịch nhấn mạnh.',
        "Cá nhân, tập thể nào để xảy ra sai phạm sẽ bị kỷ luật theo quy định.",
        '"Cán bộ nào đùn đẩy việc sẽ bị xem xét điều chuyển", Giám đốc Sở nói.',
    ],
)
def test_a_warning_to_whoever_fails_is_no_order(warning):
    text = (
        "Tại buổi kiểm tra, Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng đôn đốc nhà thầu hoàn thành công trình trước "
        "ngày 30/11/2026. " + warning
    )
    found = directives_in(text, LETTER_UNITS, "vi", "2026-10-01")
    assert leads(found) == ["BH-SXD"]


GOVERNMENT = [
    unit("CP-BTC", "Bộ Tài chính", "BTC"),
    unit("CP-BYT", "Bộ Y tế", "BYT"),
    unit("CP-BGD", "Bộ Giáo dục và Đào tạo", "Bộ GD&ĐT"),
    unit("CP-BNV", "Bộ Nội vụ", "BNV"),
    unit("CP-AL", "Ủy ban nhân dân tỉnh An Lạc", "UBND tỉnh An Lạc", "tỉnh An Lạc"),
    unit("CP-BHO", "Ủy ban nhân dân tỉnh Bình Hòa", "UBND tỉnh Bình Hòa", "tỉnh Bình Hòa"),
    unit("CP-KS", "Ủy ban nhân dân tỉnh Kim Sơn", "UBND tỉnh Kim Sơn", "tỉnh Kim Sơn"),
]
NOTICE = "Phó Thủ tướng Chính phủ yêu cầu:\n\n"


@pytest.mark.parametrize(
    ("order", "code"),
    [
        (
            "c) Chủ tịch UBND tỉnh Bình Hòa trực tiếp chỉ đạo hoàn thành giải phóng mặt bằng trước ngày 30/9/2026.",
            "CP-BHO",
        ),
        ("c) Chủ tịch UBND tỉnh Kim Sơn tập trung xử lý dứt điểm các vướng mắc về tái định cư.", "CP-KS"),
    ],
)
def test_a_named_provinces_chair_addressed_by_the_government_stands_for_its_committee(order, code):
    found = directives_in(NOTICE + order + "\n", GOVERNMENT, "vi", "2026-08-01")
    assert leads(found) == [code]


@pytest.mark.parametrize(
    ("order", "lead", "partners"),
    [
        (
            "a) Bộ Tài chính chủ trì, phối hợp với các Bộ: Y tế, Giáo dục và Đào tạo, Nội vụ rà soát định mức chi "
            "cho các trường học, báo cáo Thủ tướng Chính phủ trước ngày 15/9/2026.",
            "CP-BTC",
            ["CP-BYT", "CP-BGD", "CP-BNV"],
        ),
        (
            "b) UBND các tỉnh: Kim Sơn, An Lạc tổ chức kiểm tra việc thu học phí tại các trường công lập.",
            "CP-KS",
            ["CP-AL"],
        ),
        (
            "c) Bộ Y tế phối hợp với UBND các tỉnh: An Lạc, Bình Hòa, Kim Sơn bảo đảm đủ thuốc cho các trạm y tế.",
            "CP-BYT",
            ["CP-AL", "CP-BHO", "CP-KS"],
        ),
    ],
)
def test_a_head_and_its_names_after_a_colon_name_each_unit(order, lead, partners):
    found = directives_in(NOTICE + order + "\n", GOVERNMENT, "vi", "2026-08-01")
    assert leads(found) == [lead]
    assert [d.code for d in found[0].coordinating] == partners


@pytest.mark.parametrize(
    "follow",
    [
        "Đồng thời thực hiện nghiêm Kế hoạch số 15/KH-UBND của UBND tỉnh về phòng, chống dịch.",
        "Đồng thời tổ chức tập huấn cho nhân viên y tế thôn, bản về giám sát ca bệnh.",
        "Đồng thời kiểm tra, xử lý các cơ sở kinh doanh thực phẩm không bảo đảm an toàn.",
    ],
)
def test_dong_thoi_with_no_comma_opens_the_same_units_next_task(follow):
    text = (
        "Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:\n\n"
        "1. Giao Sở Y tế tăng cường giám sát dịch sốt xuất huyết tại các xã vùng trũng; phun hóa chất diệt muỗi. "
        + follow
        + "\n\n2. Công an tỉnh bảo đảm an ninh trật tự tại các khu cách ly.\n"
    )
    found = directives_in(text, LETTER_UNITS, "vi", "2026-10-01")
    assert leads(found) == ["BH-SYT", "BH-SYT", "BH-CA"]
    assert found[1].text.startswith("Đồng thời")


@pytest.mark.parametrize(
    "item",
    [
        "2. Bộ Chỉ huy Quân sự tỉnh sẵn sàng lực lượng, phương tiện giúp dân di dời khi có yêu cầu.",
        "2. Công an tỉnh sẵn sàng phương án bảo đảm an ninh tại khu vực sạt lở.",
        "2. Sở Y tế sẵn sàng nhân lực, xe cứu thương tại các điểm sơ tán.",
    ],
)
def test_having_the_means_ready_is_an_order(item):
    text = (
        "Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:\n\n"
        "1. Sở Xây dựng kiểm tra các công trình ven sông. Kết quả kiểm tra cho thấy còn nhiều nhà ở trong vùng "
        "nguy hiểm.\n\n" + item + "\n"
    )
    found = directives_in(text, LETTER_UNITS, "vi", "2026-10-01")
    assert len(found) == 2
    assert found[1].text == item[3:].rstrip(".")


@pytest.mark.parametrize(
    "heads",
    [
        "Trưởng các phòng, Chi cục trưởng các chi cục chủ động rà soát hồ sơ tồn đọng, không để chậm trễ.",
        "Thủ trưởng các đơn vị trực thuộc tổ chức quán triệt nội dung thông báo này đến cán bộ.",
        "Hiệu trưởng các trường học tổ chức kiểm tra an toàn phòng cháy tại các khu nội trú.",
    ],
)
def test_the_heads_of_a_group_are_no_unit_before_them(heads):
    text = (
        "Giám đốc Sở kết luận như sau:\n\n"
        "1. Sở Xây dựng chủ trì rà soát danh mục thủ tục hành chính, cập nhật lên cổng dịch vụ công.\n\n"
        "2. " + heads + "\n"
    )
    found = directives_in(text, LETTER_UNITS, "vi", "2026-10-01")
    assert leads(found) == ["BH-SXD", None]


def test_a_telegram_is_a_document():
    text = (
        "Giao Công an tỉnh tiếp tục thực hiện nghiêm Công điện số 12/CĐ-TTg ngày 03/4/2026 của Thủ tướng Chính phủ, "
        "xử lý các xe quá tải trên các tuyến đường."
    )
    found = directives_in(text, LETTER_UNITS, "vi", "2026-10-01")
    assert [d.references for d in found] == [["Công điện số 12/CĐ-TTg ngày 03/4/2026"]]
