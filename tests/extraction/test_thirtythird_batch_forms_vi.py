"""Orders in the forms a thirty-third batch of Vietnamese texts written blind showed: a Party standing board's
conclusions that give work to a board by "Giao Ban ..." (no routine meeting, "họp giao ban"), the next sentence
with no subject its own; an official addressed by name before the unit he heads ("đề nghị đồng chí X cùng tập thể
lãnh đạo Sở Y ...", "yêu cầu ông X, Giám đốc Sở Y, ..."); what a business asks of the province at a working session
("Doanh nghiệp đề nghị tỉnh ..."), no order; a sentence ending on "ca" (a shift, a case) before the next one; a
document cited by its number alone ("Nghị quyết 07"); and a medium-term plan of a period ("kế hoạch đầu tư công
trung hạn giai đoạn 2031 - 2035") as a reference. Texts and directories written for these tests."""

import pytest

from tests.extraction.conftest import codes, directives_in, leads, unit

UNITS = [
    unit("TD-BTV", "Ban Thường vụ Thành ủy Thủy Đông", "BTV Thành ủy"),
    unit("TD-BCSD", "Ban cán sự đảng Ủy ban nhân dân thành phố Thủy Đông", "BCSĐ UBND thành phố"),
    unit("TD-BTC", "Ban Tổ chức Thành ủy Thủy Đông", "BTC Thành ủy"),
    unit("TD-BDV", "Ban Dân vận Thành ủy Thủy Đông", "BDV Thành ủy"),
    unit("TD-VPTU", "Văn phòng Thành ủy Thủy Đông", "VP Thành ủy"),
    unit("TD-UBND", "Ủy ban nhân dân thành phố Thủy Đông", "UBND thành phố Thủy Đông"),
    unit("TD-SYT", "Sở Y tế thành phố Thủy Đông", "SYT"),
    unit("TD-SGDDT", "Sở Giáo dục và Đào tạo thành phố Thủy Đông", "Sở GD&ĐT"),
    unit("TD-STC", "Sở Tài chính thành phố Thủy Đông", "STC"),
    unit("TD-CDC", "Trung tâm Kiểm soát bệnh tật thành phố Thủy Đông", "CDC Thủy Đông"),
]
NOTICE = "THÔNG BÁO KẾT LUẬN CỦA BAN THƯỜNG VỤ THÀNH ỦY\n\nBan Thường vụ Thành ủy kết luận như sau:\n\n"
STORY = "Sáng 14/10/2027, Chủ tịch UBND thành phố Thủy Đông làm việc với các sở, ngành về công tác y tế, giáo dục.\n\n"


@pytest.mark.parametrize(
    ("item", "code"),
    [
        (
            "Giao Ban cán sự đảng UBND thành phố lãnh đạo, chỉ đạo hoàn thiện Đề án phát triển giao thông công cộng, "
            "trình Ban Thường vụ Thành ủy trong quý I/2028.",
            "TD-BCSD",
        ),
        (
            "Giao Ban Tổ chức Thành ủy rà soát, đề xuất bổ sung cán bộ cho các phường còn thiếu, báo cáo Thường trực "
            "Thành ủy trước ngày 15/11/2027.",
            "TD-BTC",
        ),
    ],
)
def test_a_board_given_work_by_giao_ban_is_the_lead(item, code):
    found = directives_in(NOTICE + "1. " + item + "\n", UNITS, "vi", "2027-10-14")
    assert leads(found) == [code]


def test_the_next_sentence_with_no_subject_keeps_the_board_given_work():
    text = (
        NOTICE + "1. Giao Ban cán sự đảng UBND thành phố lãnh đạo, chỉ đạo xây dựng kế hoạch chỉnh trang đô thị, "
        "báo cáo Ban Thường vụ Thành ủy trong tháng 12/2027. Chỉ đạo kiểm tra, xử lý dứt điểm các công trình vi "
        "phạm trật tự xây dựng ven sông.\n\n"
        "2. Ban Dân vận Thành ủy vận động nhân dân đồng thuận với chủ trương di dời.\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-10-14")
    assert leads(found) == ["TD-BCSD", "TD-BCSD", "TD-BDV"]
    assert str(found[0].deadline) == "2027-12-31"


def test_a_routine_meeting_of_a_board_is_no_board_given_work():
    # a guard: "họp giao ban Ban Chỉ đạo" is where the report goes, the order is the Sở's
    text = (
        NOTICE + "1. Sở Y tế tổng hợp tình hình dịch bệnh, báo cáo tại cuộc họp giao ban Ban Dân vận Thành ủy "
        "tháng 11/2027.\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-10-14")
    assert leads(found) == ["TD-SYT"]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        (
            "Chủ tịch UBND thành phố đề nghị đồng chí Trần Minh Khôi cùng tập thể lãnh đạo Sở Y tế khẩn trương kiện "
            "toàn Trung tâm Kiểm soát bệnh tật, hoàn thành trước ngày 30/11/2027.",
            "TD-SYT",
        ),
        (
            "Về giáo dục, Chủ tịch UBND thành phố yêu cầu ông Lý Văn Hòa, Giám đốc Sở Giáo dục và Đào tạo chỉ đạo "
            "các trường hoàn thành sửa chữa phòng học trước ngày 30/11/2027.",
            "TD-SGDDT",
        ),
    ],
)
def test_an_official_addressed_by_name_before_his_unit_stands_for_it(sentence, code):
    found = directives_in(STORY + sentence + "\n", UNITS, "vi", "2027-10-14")
    assert leads(found) == [code]
    assert str(found[0].deadline) == "2027-11-30"


def test_what_a_business_asks_of_the_province_is_no_order():
    text = (
        STORY + "Nhà đầu tư đề nghị thành phố hỗ trợ giải phóng mặt bằng phần diện tích còn lại của dự án bệnh "
        "viện tư nhân.\n\n"
        "Chủ tịch UBND thành phố giao Sở Tài chính cân đối kinh phí mua sắm thiết bị y tế.\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-10-14")
    assert leads(found) == ["TD-STC"]


def test_businesses_asked_in_the_passive_are_still_given_work():
    # a guard: "Các doanh nghiệp ... được đề nghị ..." is an order to them, not their own request
    text = (
        "Chủ tịch UBND thành phố Thủy Đông kết luận như sau:\n"
        "1. Các doanh nghiệp kinh doanh thuốc được đề nghị bảo đảm đủ nguồn cung cho các bệnh viện.\n"
        "2. Sở Y tế kiểm tra giá thuốc tại các nhà thuốc.\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-10-14")
    assert leads(found) == [None, "TD-SYT"]


def test_a_sentence_ending_on_ca_ends_before_the_next():
    text = (
        STORY + "Trong tuần, toàn thành phố ghi nhận thêm 46 ca. Chủ tịch UBND thành phố yêu cầu Trung tâm Kiểm soát "
        "bệnh tật phun hóa chất diệt muỗi tại các ổ dịch.\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-10-14")
    assert leads(found) == ["TD-CDC"]
    assert found[0].text.startswith("Chủ tịch UBND thành phố yêu cầu")


def test_ca_before_a_number_stays_an_abbreviation():
    # a guard: "ca. 200" is circa, no sentence end
    found = directives_in(
        "The Parks Department shall plant ca. 200 trees along the river by 30 June 2027.",
        [unit("PD", "Parks Department")],
        "en",
        "2027-01-10",
    )
    assert leads(found) == ["PD"]
    assert found[0].text.endswith("by 30 June 2027")


@pytest.mark.parametrize(("cited", "kind"), [("Nghị quyết 07", "Nghị quyết"), ("Chỉ thị 16", "Chỉ thị")])
def test_a_document_cited_by_its_number_alone_is_a_reference(cited, kind):
    text = (
        NOTICE + f"1. Ban Dân vận Thành ủy chủ trì tuyên truyền kết quả thực hiện {cited} của Thành ủy trong các khu "
        "dân cư.\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-10-14")
    assert leads(found) == ["TD-BDV"]
    assert found[0].references == [cited]


def test_a_number_that_counts_after_a_documents_kind_is_no_reference():
    # a guard: "Chương trình 2 năm" counts years, no document cited by its number
    text = NOTICE + "1. Ban Dân vận Thành ủy xây dựng Chương trình 2 năm vận động nhân dân hiến đất làm đường.\n"
    found = directives_in(text, UNITS, "vi", "2027-10-14")
    assert leads(found) == ["TD-BDV"]
    assert found[0].references == []


@pytest.mark.parametrize(
    "plan",
    [
        "kế hoạch đầu tư công trung hạn giai đoạn 2031 - 2035 của thành phố",
        "vốn đầu tư công trung hạn giai đoạn 2031-2035",
    ],
)
def test_a_medium_term_plan_of_a_period_is_a_reference_no_deadline(plan):
    text = (
        "Chủ tịch UBND thành phố Thủy Đông kết luận như sau:\n"
        f"1. Sở Tài chính rà soát, cân đối {plan}, ưu tiên các dự án trường học còn thiếu vốn.\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-10-14")
    assert leads(found) == ["TD-STC"]
    assert found[0].references == [plan]
    assert found[0].deadline is None
    assert codes(found[0].coordinating) == []
