"""Orders in the forms a thirty-second batch of Vietnamese texts written blind showed: a provincial story that never
names its province, over a directory kept for two provinces and the ministries (the province is told by the units
it names, a district's committee among them by its code's prefix, and "Sở Tài chính" is then that province's, not
"Bộ Tài chính"); a district addressed by its kind and name ("đề nghị huyện X tập trung ...") or by its kind alone
("yêu cầu huyện rà soát ..."), not where it is only a place ("... thuộc 05 xã của huyện X"); "các sở, ban, ngành
tỉnh" and "lĩnh vực phụ trách", no unit; a group's order going on past its semicolon ("...; phân công lãnh đạo
trực ban ..."), and a request on the order before ("...; trong đó lưu ý ..."); a budget of a year as a reference
("nguồn dự phòng ngân sách tỉnh năm 2027"); and a report due on a day of each month "định kỳ", no deadline. Texts
and directories written for these tests."""

import pytest

from tests.extraction.conftest import codes, directives_in, leads, unit

#: Two provinces and the ministries, in one directory; the provinces' departments named with their province.
UNITS = [
    unit("KS-STC", "Sở Tài chính tỉnh Kim Sơn", "STC Kim Sơn"),
    unit("KS-SYT", "Sở Y tế tỉnh Kim Sơn", "SYT Kim Sơn"),
    unit("KS-SXD", "Sở Xây dựng tỉnh Kim Sơn", "SXD Kim Sơn"),
    unit("KS-VP", "Văn phòng Ủy ban nhân dân tỉnh Kim Sơn", "VP UBND tỉnh Kim Sơn"),
    unit("PN-STC", "Sở Tài chính tỉnh Phú Ninh", "STC Phú Ninh"),
    unit("PN-SYT", "Sở Y tế tỉnh Phú Ninh", "SYT Phú Ninh"),
    unit("PN-SXD", "Sở Xây dựng tỉnh Phú Ninh", "SXD Phú Ninh"),
    unit("PN-BQLKKT", "Ban Quản lý Khu kinh tế tỉnh Phú Ninh", "BQL KKT Phú Ninh"),
    unit("PN-TANHOA", "Ủy ban nhân dân huyện Tân Hòa", "UBND huyện Tân Hòa"),
    unit("PN-AKHE", "Ủy ban nhân dân thị xã An Khê", "UBND thị xã An Khê"),
    unit("GOV-BTC", "Bộ Tài chính", "BTC"),
    unit("GOV-BYT", "Bộ Y tế", "BYT"),
]
#: A story of Phú Ninh that never writes the province's name.
STORY = (
    "Sáng 04/9/2027, Phó Chủ tịch UBND tỉnh làm việc với UBND huyện Tân Hòa và Ban Quản lý Khu kinh tế tỉnh về "
    "tiến độ xây dựng trường học. "
)


def test_a_story_that_never_names_its_province_is_of_the_province_whose_units_it_names():
    text = (
        STORY
        + "Phó Chủ tịch giao Sở Tài chính chủ trì, phối hợp với Sở Y tế cân đối kinh phí mua sắm thiết bị, báo cáo "
        "UBND tỉnh trước ngày 30/9/2027."
    )
    found = directives_in(text, UNITS, "vi", "2027-09-04")
    assert leads(found) == ["PN-STC"]
    assert codes(found[0].coordinating) == ["PN-SYT"]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        (
            "Phó Chủ tịch đề nghị huyện Tân Hòa khẩn trương hoàn thành bàn giao mặt bằng trường tiểu học trong tháng "
            "10/2027.",
            "PN-TANHOA",
        ),
        (
            "Về công tác giải phóng mặt bằng, Phó Chủ tịch yêu cầu thị xã An Khê đối thoại với các hộ dân còn vướng "
            "mắc.",
            "PN-AKHE",
        ),
    ],
)
def test_a_locality_addressed_by_its_kind_and_name_is_its_committee(sentence, code):
    found = directives_in(STORY + sentence, UNITS, "vi", "2027-09-04")
    assert leads(found) == [code]


def test_a_district_addressed_by_its_kind_alone_is_the_district_named_before():
    text = (
        "Chiều 04/9/2027, Phó Chủ tịch UBND tỉnh Phú Ninh làm việc với UBND huyện Tân Hòa. Phó Chủ tịch ghi nhận sự "
        "cố gắng của huyện. Về y tế cơ sở, Phó Chủ tịch đề nghị huyện củng cố mạng lưới trạm y tế xã, bố trí đủ "
        "bác sĩ trước ngày 31/12/2027."
    )
    found = directives_in(text, UNITS, "vi", "2027-09-04")
    assert leads(found) == ["PN-TANHOA"]
    assert str(found[0].deadline) == "2027-12-31"


def test_a_locality_named_as_the_place_of_something_is_no_unit():
    # a guard: the districts where something happened are no subject of a "phải" that tells what had to be done
    text = (
        "Theo báo cáo của Sở Y tế tỉnh Phú Ninh: từ đầu năm đến nay, dịch sốt xuất huyết đã xuất hiện tại 12 thôn "
        "thuộc 05 xã của huyện Tân Hòa và thị xã An Khê, buộc phải phun hóa chất diện rộng.\n"
        "Chủ tịch UBND tỉnh chỉ đạo như sau:\n"
        "1. Sở Y tế chủ trì giám sát dịch bệnh tại các ổ dịch.\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-09-04")
    assert leads(found)[-1] == "PN-SYT"
    named = {code for d in found for code in [*leads([d]), *codes(d.coordinating)]}
    assert not named & {"PN-TANHOA", "PN-AKHE"}


def test_the_provinces_sectors_at_large_are_no_unit():
    text = (
        "UBND tỉnh Phú Ninh yêu cầu:\n\n"
        "1. Các sở, ban, ngành tỉnh theo chức năng, nhiệm vụ được giao, kiểm tra công tác phòng cháy tại các cơ sở "
        "thuộc lĩnh vực phụ trách.\n\n"
        "2. Sở Xây dựng kiểm tra an toàn các công trình cao tầng.\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-09-04")
    assert leads(found) == [None, "PN-SXD"]
    assert found[0].coordinating == []


def test_a_groups_order_goes_on_past_its_semicolon_with_work_for_its_own_people():
    text = (
        "UBND tỉnh Phú Ninh yêu cầu:\n\n"
        "1. Các cơ quan, đơn vị kiểm tra hệ thống phòng cháy tại trụ sở làm việc; phân công cán bộ trực 24/24 giờ "
        "trong dịp nghỉ lễ.\n\n"
        "2. Sở Xây dựng kiểm tra an toàn các công trình cao tầng.\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-09-04")
    assert leads(found) == [None, "PN-SXD"]
    assert found[0].text.endswith("trong dịp nghỉ lễ")


def test_a_request_on_the_order_before_after_trong_do_is_part_of_it():
    text = (
        "Phó Thủ tướng Chính phủ kết luận như sau:\n"
        "a) Bộ Y tế khẩn trương hoàn thiện dự thảo Thông tư hướng dẫn đấu thầu thuốc, ban hành trong tháng 11 năm "
        "2027; trong đó lưu ý rút ngắn thời gian thẩm định hồ sơ.\n"
        "b) Bộ Tài chính bố trí kinh phí cho các bệnh viện tuyến cuối.\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-10-02")
    assert leads(found) == ["GOV-BYT", "GOV-BTC"]
    assert found[0].text.endswith("thẩm định hồ sơ")
    assert str(found[0].deadline) == "2027-11-30"


@pytest.mark.parametrize(
    "budget",
    [
        "nguồn dự phòng ngân sách tỉnh năm 2027",
        "kế hoạch vốn đầu tư công năm 2028",
        "kinh phí sự nghiệp y tế năm 2027",
    ],
)
def test_a_budget_of_a_year_is_a_reference_no_deadline(budget):
    text = (
        "UBND tỉnh Phú Ninh yêu cầu:\n"
        f"1. Sở Tài chính cân đối {budget}, tham mưu UBND tỉnh bố trí kinh phí mua vắc xin cho các địa phương.\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-09-04")
    assert leads(found) == ["PN-STC"]
    assert found[0].references == [budget]
    assert found[0].deadline is None


def test_a_report_on_a_day_of_each_month_periodically_sets_no_deadline():
    text = (
        "Chủ tịch UBND tỉnh Phú Ninh kết luận như sau:\n"
        "1. Sở Y tế theo dõi tình hình dịch bệnh, báo cáo UBND tỉnh định kỳ vào ngày 20 hằng tháng.\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-09-04")
    assert leads(found) == ["PN-SYT"]
    assert found[0].deadline is None


def test_a_report_before_a_day_of_each_month_keeps_its_first_due_day():
    # a guard: "trước ngày 20 hằng tháng" is due on the next 20th, as before
    text = (
        "Chủ tịch UBND tỉnh Phú Ninh kết luận như sau:\n"
        "1. Sở Y tế theo dõi tình hình dịch bệnh, báo cáo UBND tỉnh trước ngày 20 hằng tháng.\n"
    )
    found = directives_in(text, UNITS, "vi", "2027-09-04")
    assert str(found[0].deadline) == "2027-09-20"
