"""Forms an eighty-second batch of Vietnamese texts showed: news of a ceremony or a working session that tells what
was given in a year before the meeting ("Năm 2024, UBND tỉnh giao ... làm chủ đầu tư"), what a unit did with success
("... thực hiện thành công ..."), a report told at the occasion by a speaker named by title first ("Báo cáo tại buổi
lễ, Giám đốc ... cho biết"); an order to the heads of the unit the sentence opens on, named by its kind ("Đối với
Bệnh viện X, ... yêu cầu lãnh đạo bệnh viện phải ..."); and a law whose name ends on "thiên tai". Texts and directory
written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("LS-UBND", "Ủy ban nhân dân tỉnh Lam Sơn", "UBND tỉnh"),
    unit("LS-SXD", "Sở Xây dựng tỉnh Lam Sơn", "Sở Xây dựng"),
    unit("LS-SYT", "Sở Y tế tỉnh Lam Sơn", "Sở Y tế"),
    unit("LS-SNNMT", "Sở Nông nghiệp và Môi trường tỉnh Lam Sơn", "Sở Nông nghiệp và Môi trường"),
    unit("LS-BQL", "Ban Quản lý dự án đầu tư xây dựng tỉnh Lam Sơn", "Ban Quản lý dự án đầu tư xây dựng tỉnh"),
    unit("LS-BVDK", "Bệnh viện Đa khoa tỉnh Lam Sơn", "Bệnh viện Đa khoa tỉnh"),
]


def run(text, meeting="2026-09-15"):
    return directives_in(text, DIRECTORY, "vi", meeting)


def test_an_assignment_in_a_year_before_the_meetings_is_told():
    text = (
        "Khánh thành trường học mới tại xã Đồng Lâm\n\n"
        "Sáng 15/9/2026, UBND tỉnh tổ chức lễ khánh thành Trường Tiểu học Đồng Lâm. Năm 2025, UBND tỉnh giao "
        "Ban Quản lý dự án đầu tư xây dựng tỉnh làm chủ đầu tư; công trình hoàn thành sau 14 tháng thi công.\n\n"
        "Phát biểu tại buổi lễ, Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng hướng dẫn nhà trường bảo trì công trình.\n"
    )
    assert leads(run(text)) == ["LS-SXD"]


def test_what_a_unit_did_with_success_is_told():
    text = (
        "Phó Chủ tịch UBND tỉnh làm việc với ngành Y tế\n\n"
        "Chiều 15/9/2026, Phó Chủ tịch UBND tỉnh làm việc với Sở Y tế. Trong 8 tháng, Bệnh viện Đa khoa tỉnh "
        "thực hiện thành công 40 ca can thiệp tim mạch.\n\n"
        "Kết luận buổi làm việc, Phó Chủ tịch đề nghị Sở Y tế rà soát nhu cầu trang thiết bị của các trạm y tế.\n"
    )
    assert leads(run(text)) == ["LS-SYT"]


def test_a_report_at_the_occasion_by_a_speaker_named_by_title_first_is_told():
    text = (
        "Thông xe cầu Bến Đá\n\n"
        "Sáng 15/9/2026, UBND tỉnh tổ chức lễ thông xe cầu Bến Đá.\n\n"
        "Báo cáo tại buổi lễ, Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh Trần Văn Bình cho biết, trong quá "
        "trình thi công, chủ đầu tư luôn nhận được sự phối hợp của chính quyền địa phương.\n\n"
        "Phát biểu tại buổi lễ, Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng kiểm tra định kỳ chất lượng cầu.\n"
    )
    assert leads(run(text)) == ["LS-SXD"]


def test_the_heads_of_the_unit_opened_on_asked_by_its_kind_lead_through_it():
    text = (
        "Bí thư Tỉnh ủy làm việc với ngành Y tế\n\n"
        "Chiều 15/9/2026, Bí thư Tỉnh ủy làm việc với Sở Y tế.\n\n"
        "Đối với Bệnh viện Đa khoa tỉnh, Bí thư Tỉnh ủy yêu cầu lãnh đạo bệnh viện phải giảm thời gian chờ khám, "
        "công khai giá dịch vụ tại khu tiếp đón người bệnh.\n"
    )
    assert leads(run(text)) == ["LS-BVDK"]


def test_a_law_named_on_natural_disasters_keeps_its_last_word():
    text = (
        "Chủ tịch UBND tỉnh có ý kiến như sau:\n\n"
        "Giao Sở Nông nghiệp và Môi trường kiểm tra khu vực sạt lở bờ sông, đề xuất xử lý khẩn cấp theo quy định "
        "tại Luật Phòng, chống thiên tai, báo cáo UBND tỉnh trước ngày 30/9/2026.\n"
    )
    found = run(text)
    assert leads(found) == ["LS-SNNMT"]
    assert found[0].references == ["Luật Phòng, chống thiên tai"]
