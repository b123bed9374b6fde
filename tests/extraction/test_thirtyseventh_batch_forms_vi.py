"""Orders in the forms a thirty-seventh batch of Vietnamese texts written blind showed: a ministry and a province's
department of the same field one letter apart ("Bộ Xây dựng", "Sở Xây dựng"), never one for the other, whichever the
directory holds; a unit given a short name in brackets ("(sau đây gọi tắt là Ban Quản lý)") and then named by it, over
its tasks too; a deadline sentence after an item ("Thời hạn chậm nhất là ngày ...") that does not end the list; the
span a schedule is broken down over ("theo từng quý đến hết năm 2027") before the delay that is the deadline; "ngay
trong ngày" (the letter's own day); "từ nay đến cuối năm", "trước cuối năm" (the end of this year); a Party congress's
resolution cited by its congress ("Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025-2030"); "UBND phường"
alone for the one ward a text is about, where the directory writes it "UBND phường X" or "Ủy ban nhân dân phường X,
tỉnh Y"; the ward by its kind alone after a link to the order before ("Bên cạnh đó, phường cần ...") and as a partner
("phối hợp với phường tổ chức ..."); and what is no order: a numbered item that tells what was decided of a project in
which act ("Dự án được HĐND tỉnh thông qua tại Nghị quyết số ..."). Texts and directories written for these tests."""

import pytest

from tests.extraction.conftest import codes, directives_in, leads, unit
from tracker.extraction.directory import build_index, find_mentions
from tracker.extraction.textprep import prepare

#: The ministries and the departments of two provinces, in one directory.
MIXED = [
    unit("BV-UB", "Ủy ban nhân dân tỉnh Bình Vân", "UBND tỉnh Bình Vân"),
    unit("BV-SXD", "Sở Xây dựng tỉnh Bình Vân"),
    unit("BV-SNNMT", "Sở Nông nghiệp và Môi trường tỉnh Bình Vân"),
    unit("BV-SYT", "Sở Y tế tỉnh Bình Vân"),
    unit("KL-UB", "Ủy ban nhân dân tỉnh Khánh Lâm", "UBND tỉnh Khánh Lâm"),
    unit("KL-SXD", "Sở Xây dựng tỉnh Khánh Lâm"),
    unit("KL-SNNMT", "Sở Nông nghiệp và Môi trường tỉnh Khánh Lâm"),
    unit("KL-SYT", "Sở Y tế tỉnh Khánh Lâm"),
    unit("TW-BXD", "Bộ Xây dựng"),
    unit("TW-BNNMT", "Bộ Nông nghiệp và Môi trường"),
    unit("TW-BYT", "Bộ Y tế"),
]


def _named(text, units):
    """Each department-like name of ``text`` with the code of the unit it was read as."""
    prep = prepare(text)
    mentions, _unknown = find_mentions(build_index(tuple(units)), prep, [])
    return {prep.work[m.start : m.end]: (m.dept.code if m.dept else None) for m in mentions}


@pytest.mark.parametrize(
    ("kept", "text", "name"),
    [
        # no ministry in the directory: a ministry named is no province's department
        (
            "BV-",
            "Thủ tướng giao Bộ Nông nghiệp và Môi trường hướng dẫn các địa phương.",
            "Bộ Nông nghiệp và Môi trường",
        ),
        ("BV-", "Văn phòng Chính phủ đề nghị Bộ Xây dựng báo cáo trước ngày 15/9/2026.", "Bộ Xây dựng"),
        # no department in the directory: a department named is no ministry
        ("TW-", "UBND tỉnh giao Sở Xây dựng rà soát các dự án nhà ở xã hội.", "Sở Xây dựng"),
        ("TW-", "Sở Nông nghiệp và Môi trường kiểm tra các hồ chứa thủy lợi.", "Sở Nông nghiệp và Môi trường"),
    ],
)
def test_a_ministry_and_a_department_of_one_field_are_never_read_one_for_the_other(kept, text, name):
    units = [u for u in MIXED if u.code.startswith(kept)]
    assert _named(text, units).get(name) is None


@pytest.mark.parametrize(
    ("kept", "text", "names"),
    [
        ("BV-", "Thủ tướng giao các Bộ: Xây dựng, Y tế phối hợp rà soát.", ("các Bộ: Xây dựng", "Y tế")),
        ("TW-", "UBND tỉnh giao các sở: Xây dựng, Y tế phối hợp rà soát.", ("các sở: Xây dựng", "Y tế")),
    ],
)
def test_a_list_of_ministries_is_no_list_of_departments(kept, text, names):
    named = _named(text, [u for u in MIXED if u.code.startswith(kept)])
    assert [named.get(name) for name in names] == [None, None]


def test_a_department_with_no_province_in_a_directory_of_ministries_and_two_provinces():
    text = (
        "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại cuộc họp ngày 03/7/2026\n\n"
        "Chủ tịch UBND tỉnh kết luận như sau:\n"
        "1. Sở Y tế chỉ đạo các bệnh viện rà soát trang thiết bị, báo cáo UBND tỉnh trước ngày 25/7/2026.\n"
        "2. Sở Nông nghiệp và Môi trường kiểm tra hệ thống đê điều trước mùa mưa bão.\n"
    )
    directives = directives_in(text, MIXED, "vi", "2026-07-03")
    assert len(directives) == 2
    assert not {"TW-BYT", "TW-BNNMT"} & set(leads(directives))
    # the ministries, in the same directory, are still read as ministries
    text = (
        "Phó Thủ tướng giao:\n1. Bộ Xây dựng chủ trì, phối hợp với Bộ Nông nghiệp và Môi trường rà soát quy hoạch "
        "vật liệu xây dựng, báo cáo Thủ tướng Chính phủ trong tháng 10/2026.\n"
    )
    directives = directives_in(text, MIXED, "vi", "2026-09-10")
    assert leads(directives) == ["TW-BXD"]
    assert codes(directives[0].coordinating) == ["TW-BNNMT"]


#: A province's units, a board among them that the notice gives a short name.
PROVINCE = [
    unit("PL-UB", "Ủy ban nhân dân tỉnh Phú Lương", "UBND tỉnh Phú Lương"),
    unit("PL-VP", "Văn phòng Ủy ban nhân dân tỉnh Phú Lương", "Văn phòng UBND tỉnh Phú Lương"),
    unit("PL-STC", "Sở Tài chính tỉnh Phú Lương"),
    unit("PL-SXD", "Sở Xây dựng tỉnh Phú Lương"),
    unit("PL-BQLKCN", "Ban Quản lý các khu công nghiệp tỉnh Phú Lương"),
    unit("PL-TTPTQD", "Trung tâm Phát triển quỹ đất tỉnh Phú Lương"),
    unit("PL-BQLDD", "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Phú Lương"),
]
NOTICE = (
    "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về hạ tầng khu công nghiệp Nam Phú\n\n"
    "Ngày 14/7/2026, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp. Tham dự có lãnh đạo các sở, ngành và Ban Quản lý dự "
    "án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh (sau đây gọi tắt là Ban Dân dụng).\n\n"
    "Phó Chủ tịch UBND tỉnh kết luận như sau:\n"
)


def test_a_unit_named_again_by_the_short_name_the_notice_gave_it_over_its_tasks():
    text = NOTICE + (
        "a) Sở Tài chính thẩm định dự toán chi phí bồi thường, xong trong tháng 8/2026.\n"
        "b) Ban Dân dụng:\n- Rà soát hồ sơ bồi thường của các hộ còn vướng mắc, hoàn thành trước ngày 10/8/2026.\n"
        "- Phối hợp với Sở Xây dựng hoàn thiện thiết kế hạ tầng khu tái định cư.\n"
        "c) Sở Xây dựng hướng dẫn thiết kế hạ tầng kỹ thuật khu tái định cư.\n"
    )
    directives = directives_in(text, PROVINCE, "vi", "2026-07-14")
    assert leads(directives) == ["PL-STC", "PL-BQLDD", "PL-BQLDD", "PL-SXD"]


def test_a_short_name_given_with_gọi_là_as_the_subject_of_a_sentence():
    text = (
        "Tham dự có Ban Quản lý các khu công nghiệp tỉnh (sau đây gọi là Ban Quản lý).\n\n"
        "Phó Chủ tịch UBND tỉnh kết luận như sau:\n1. Ban Quản lý khẩn trương rà soát quỹ đất sạch còn lại, báo cáo "
        "UBND tỉnh trước ngày 05/8/2026.\n"
    )
    directives = directives_in(text, PROVINCE, "vi", "2026-07-14")
    assert leads(directives) == ["PL-BQLKCN"]


@pytest.mark.parametrize(
    "deadline_sentence",
    ["Thời hạn chậm nhất là ngày 15 tháng 8 năm 2026.", "Thời hạn là ngày 15/8/2026."],
)
def test_a_dated_deadline_sentence_after_an_item_does_not_end_its_list(deadline_sentence):
    text = NOTICE + (
        "a) Sở Xây dựng:\n"
        f"- Hoàn thiện hồ sơ thiết kế cơ sở tuyến đường gom, trình UBND tỉnh phê duyệt. {deadline_sentence}\n"
        "- Hướng dẫn nhà thầu bổ sung biện pháp bảo đảm an toàn giao thông trên công trường.\n"
        "b) Sở Tài chính thẩm định dự toán, báo cáo UBND tỉnh trong tháng 9/2026.\n"
    )
    directives = directives_in(text, PROVINCE, "vi", "2026-07-14")
    assert leads(directives) == ["PL-SXD", "PL-SXD", "PL-STC"]
    assert str(directives[0].deadline) == "2026-08-15"


def test_the_span_a_schedule_is_broken_down_over_is_no_deadline():
    text = NOTICE + (
        "1. Sở Tài chính lập kế hoạch vốn chi tiết theo từng quý đến hết năm 2027, gửi Văn phòng UBND tỉnh trong "
        "15 ngày làm việc kể từ ngày họp.\n"
    )
    directives = directives_in(text, PROVINCE, "vi", "2026-07-14")
    assert leads(directives) == ["PL-STC"]
    assert str(directives[0].deadline) == "2026-08-04"
    # a report by quarters with its own date keeps that date
    text = NOTICE + "1. Sở Tài chính báo cáo kết quả giải ngân theo từng quý, trước ngày 15/12/2026.\n"
    directives = directives_in(text, PROVINCE, "vi", "2026-07-14")
    assert str(directives[0].deadline) == "2026-12-15"


#: A province's letter to its wards, after a storm.
WARDS = [
    unit("HT-UB", "Ủy ban nhân dân tỉnh Hải Thanh", "UBND tỉnh Hải Thanh"),
    unit("HT-SYT", "Sở Y tế tỉnh Hải Thanh"),
    unit("HT-SGDDT", "Sở Giáo dục và Đào tạo tỉnh Hải Thanh"),
    unit("HT-SXD", "Sở Xây dựng tỉnh Hải Thanh"),
    unit("HT-P-BINHAN", "Ủy ban nhân dân phường Bình An, tỉnh Hải Thanh", "UBND phường Bình An"),
    unit("HT-DU-BINHAN", "Đảng ủy phường Bình An"),
]
LETTER = (
    "ỦY BAN NHÂN DÂN\nTỈNH HẢI THANH\nSố: 1520/UBND-VX\nHải Thanh, ngày 12 tháng 9 năm 2026\n\n"
    "Để khắc phục hậu quả mưa lũ, Chủ tịch UBND tỉnh yêu cầu:\n"
)


@pytest.mark.parametrize(
    ("wording", "due"),
    [
        ("ngay trong ngày", "2026-09-12"),
        ("trong ngày hôm nay", "2026-09-12"),
        ("từ nay đến cuối năm", "2026-12-31"),
        ("trước cuối năm", "2026-12-31"),
    ],
)
def test_the_day_of_the_letter_and_the_end_of_its_year(wording, due):
    text = LETTER + (
        f"1. Sở Y tế {wording} tổ chức phun khử khuẩn tại các khu dân cư bị ngập.\n"
        # the end of a school year is not the end of this year
        "2. Sở Giáo dục và Đào tạo tổ chức tổng kết công tác phòng, chống thiên tai vào cuối năm học.\n"
    )
    directives = directives_in(text, WARDS, "vi", "2026-09-12")
    assert leads(directives) == ["HT-SYT", "HT-SGDDT"]
    assert str(directives[0].deadline) == due
    assert directives[1].deadline is None


#: A Provincial Party Secretary's working session with one ward, as a newspaper tells it.
SESSION = (
    "Chiều 18/9, Bí thư Tỉnh ủy có buổi làm việc với Ban Thường vụ Đảng ủy phường Bình An. Phường Bình An được thành "
    "lập trên cơ sở sáp nhập 3 phường cũ.\n\n"
)


def test_a_party_congress_resolution_is_cited_by_its_congress():
    text = SESSION + (
        "Bí thư Tỉnh ủy đề nghị Đảng ủy phường lãnh đạo thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ phường lần thứ "
        "I, nhiệm kỳ 2025-2030, trước hết là các chỉ tiêu về chỉnh trang đô thị.\n"
    )
    directives = directives_in(text, WARDS, "vi", "2026-09-18")
    assert leads(directives) == ["HT-DU-BINHAN"]
    assert directives[0].references == ["Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025-2030"]
    assert directives[0].deadline is None


@pytest.mark.parametrize(
    "named",
    [
        # the directory's alias, "UBND phường Bình An"
        WARDS,
        # its name alone, with the province after a comma
        [u if u.code != "HT-P-BINHAN" else unit(u.code, u.name) for u in WARDS],
    ],
)
def test_the_wards_committee_named_by_its_kind_alone(named):
    text = SESSION + (
        "UBND phường cần rà soát, sắp xếp lại đội ngũ công chức theo vị trí việc làm. Bí thư Tỉnh ủy giao Sở Xây dựng "
        "chủ trì, phối hợp với UBND phường khảo sát các tuyến kè, xong trong tháng 11.\n"
    )
    directives = directives_in(text, named, "vi", "2026-09-18")
    assert leads(directives) == ["HT-P-BINHAN", "HT-SXD"]
    assert codes(directives[1].coordinating) == ["HT-P-BINHAN"]


@pytest.mark.parametrize("link", ["Bên cạnh đó", "Ngoài ra", "Song song với đó"])
def test_the_ward_by_its_kind_after_a_link_to_the_order_before(link):
    text = SESSION + (
        "UBND phường Bình An cần nâng cao chất lượng giải quyết thủ tục hành chính. "
        f"{link}, phường phải hoàn thành việc di dời 12 hộ dân ra khỏi vùng sạt lở trước ngày 30/11.\n"
    )
    directives = directives_in(text, WARDS, "vi", "2026-09-18")
    assert leads(directives) == ["HT-P-BINHAN", "HT-P-BINHAN"]
    assert str(directives[1].deadline) == "2026-11-30"


def test_the_ward_by_its_kind_as_the_partner_of_a_department():
    text = SESSION + (
        "Phường Bình An cần chủ động rà soát các điểm ngập úng. Sở Y tế được giao phối hợp với phường tổ chức khám "
        "sức khỏe cho người cao tuổi, hoàn thành trong tháng 12.\n"
    )
    directives = directives_in(text, WARDS, "vi", "2026-09-18")
    assert leads(directives) == ["HT-P-BINHAN", "HT-SYT"]
    assert codes(directives[1].coordinating) == ["HT-P-BINHAN"]


@pytest.mark.parametrize(
    "told",
    [
        "Dự án được HĐND tỉnh thông qua chủ trương đầu tư tại Nghị quyết số 21/NQ-HĐND ngày 10/4/2025, tổng mức đầu tư "
        "860 tỷ đồng.",
        "Công trình được UBND tỉnh bố trí vốn tại Quyết định số 1187/QĐ-UBND ngày 02/5/2025.",
    ],
)
def test_an_item_that_tells_what_was_decided_in_which_act_is_no_order(told):
    text = NOTICE + (
        f"1. {told}\n"
        # what must still be approved in an act is still to be done
        "2. Sở Xây dựng hướng dẫn chủ đầu tư điều chỉnh thiết kế; hồ sơ phải được UBND tỉnh phê duyệt tại Quyết định "
        "số riêng trước ngày 20/8/2026.\n"
    )
    directives = directives_in(text, PROVINCE, "vi", "2026-07-14")
    assert leads(directives) == ["PL-SXD"]
