"""Orders in the forms a twenty-ninth batch of Vietnamese texts written blind showed, and a known gap of a plan's
"TỔ CHỨC THỰC HIỆN" part: a unit's heading alone on its line ("2. Sở Tài chính") over a bullet whose dash is no cut
in the unit's name; a bullet that opens on its period ("Trong quý II/2026, ...") or on its partner ("Cùng với Sở X,
..."); a paragraph that opens on "Chủ trì, phối hợp với ..." under the heading; the verbs "mở" and "điều tra"; a
heading of a group of units after a unit's tasks; a heading that names two units (the second coordinates); the day of
an event before its date ("trước ngày khai giảng 05/9"); a dialogue's heading of a petition; "do phải", a cause; and
the matter a sentence opens on before its unit ("Đối với dịch bệnh X, Chi cục Y ..."). Texts and directory written
for these tests."""

import pytest

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("HB-CA", "Công an tỉnh Hòa Bắc", "Công an tỉnh"),
    unit("HB-STC", "Sở Tài chính tỉnh Hòa Bắc", "Sở Tài chính"),
    unit("HB-SYT", "Sở Y tế tỉnh Hòa Bắc", "Sở Y tế"),
    unit("HB-STP", "Sở Tư pháp tỉnh Hòa Bắc", "Sở Tư pháp"),
    unit("HB-SXD", "Sở Xây dựng tỉnh Hòa Bắc", "Sở Xây dựng"),
    unit("HB-VNPT", "Viễn thông Hòa Bắc", "VNPT Hòa Bắc"),
    unit("HB-BAO", "Báo Hòa Bắc"),
    unit("HB-DAI", "Đài Phát thanh và Truyền hình Hòa Bắc", "Đài PT-TH Hòa Bắc"),
    unit("HB-CCTY", "Chi cục Chăn nuôi và Thú y", "Chi cục CN&TY"),
    unit("HB-CCKL", "Chi cục Kiểm lâm"),
    unit("HB-CT", "Cục Thuế tỉnh Hòa Bắc", "Cục Thuế tỉnh"),
]


def run(text, meeting="2026-03-02"):
    return directives_in(text, DIRECTORY, "vi", meeting)


PLAN_HEAD = "KẾ HOẠCH\nSố hóa hồ sơ hộ tịch năm 2026\n\nIII. TỔ CHỨC THỰC HIỆN\n"


@pytest.mark.parametrize(
    ("heading", "bullet", "code"),
    [
        ("Sở Tài chính", "- Thẩm định dự toán kinh phí số hóa, trình UBND tỉnh trước ngày 30/4/2026.", "HB-STC"),
        ("Sở Tư pháp", "- Chủ trì hướng dẫn các xã nhập dữ liệu hộ tịch vào phần mềm dùng chung.", "HB-STP"),
        ("Sở Y tế", "- Cập nhật danh sách trẻ sơ sinh lên hệ thống, xong trước ngày 15/5/2026.", "HB-SYT"),
    ],
)
def test_a_units_heading_alone_on_its_line_is_no_name_cut_at_the_bullets_dash(heading, bullet, code):
    text = (
        PLAN_HEAD + f"1. {heading}\n{bullet}\n2. Công an tỉnh\n- Rà soát dữ liệu dân cư của người đăng ký khai sinh.\n"
    )
    found = run(text)
    assert leads(found) == [code, "HB-CA"]
    assert not found[0].text.startswith(heading)


@pytest.mark.parametrize(
    "bullet",
    [
        "- Trong quý III/2026, phối hợp với Sở Tư pháp hoàn thành việc đồng bộ dữ liệu hộ tịch.",
        "- Trong tháng 10/2026, tổ chức kiểm tra việc khai thác dữ liệu hộ tịch tại các xã.",
        "- Trong năm 2026, hoàn thành làm sạch dữ liệu hộ tịch đã số hóa.",
    ],
)
def test_a_bullet_that_opens_on_its_period_keeps_the_headings_lead(bullet):
    text = PLAN_HEAD + "1. Công an tỉnh\n" + bullet + "\n"
    found = run(text)
    assert leads(found) == ["HB-CA"]


@pytest.mark.parametrize(
    ("bullet", "lead", "partner"),
    [
        ("- Cùng với Viễn thông Hòa Bắc, bảo đảm an toàn thông tin của phần mềm hộ tịch.", "HB-CA", "HB-VNPT"),
        ("- Với sự phối hợp của Sở Y tế, rà soát số liệu khai sinh, khai tử hằng tháng.", "HB-CA", "HB-SYT"),
        ("- Cùng với Sở Tư pháp, Sở Y tế tổ chức tập huấn cho cán bộ trạm y tế xã.", "HB-SYT", "HB-STP"),
    ],
)
def test_a_bullet_that_names_its_partner_first(bullet, lead, partner):
    text = PLAN_HEAD + "1. Công an tỉnh\n" + bullet + "\n"
    found = run(text)
    assert leads(found) == [lead]
    assert [d.code for d in found[0].coordinating] == [partner]


@pytest.mark.parametrize(
    "task",
    [
        "Chủ trì, phối hợp với Sở Tư pháp xây dựng quy trình liên thông khai sinh, khai tử.",
        "Chủ trì tổ chức tập huấn cho công chức tư pháp - hộ tịch cấp xã.",
        "Chủ trì và phối hợp với Sở Y tế kiểm tra việc cấp giấy chứng sinh.",
    ],
)
def test_a_paragraph_that_opens_on_leading_the_task_under_a_units_heading(task):
    text = (
        PLAN_HEAD + "1. Công an tỉnh\n" + task + "\n2. Sở Xây dựng\nRà soát các điểm tiếp nhận hồ sơ tại trụ sở xã.\n"
    )
    found = run(text)
    assert leads(found) == ["HB-CA", "HB-SXD"]
    assert not [d.text for d in found if d.text.startswith("Công an")]


@pytest.mark.parametrize(
    ("heading", "task", "code"),
    [
        ("Báo Hòa Bắc", "Mở chuyên trang hỏi đáp về đăng ký hộ tịch trực tuyến.", "HB-BAO"),
        ("Công an tỉnh", "Điều tra, xử lý các trường hợp làm giả giấy tờ hộ tịch.", "HB-CA"),
    ],
)
def test_verbs_that_open_a_units_task(heading, task, code):
    text = PLAN_HEAD + f"1. {heading}\n{task}\n"
    found = run(text)
    assert leads(found) == [code]
    assert found[0].text.startswith(task.split()[0])


@pytest.mark.parametrize("group", ["UBND các huyện, thành phố", "Ủy ban nhân dân các xã, phường"])
def test_a_group_heading_after_a_units_tasks_takes_none_of_its_lead(group):
    text = (
        PLAN_HEAD + "1. Công an tỉnh\nBố trí cán bộ hỗ trợ các xã nhập dữ liệu hộ tịch.\n"
        f"2. {group}\n"
        "a) Kiện toàn bộ phận một cửa; bố trí đủ máy quét tài liệu.\n"
        "b) Tổng hợp tiến độ số hóa, báo cáo hằng tháng.\n"
    )
    found = run(text)
    assert leads(found)[0] == "HB-CA"
    assert leads(found)[1:] == [None] * (len(found) - 1)


@pytest.mark.parametrize(
    ("heading", "partners"),
    [
        ("Công an tỉnh, Sở Y tế", ["HB-SYT"]),
        ("Đài Phát thanh và Truyền hình Hòa Bắc, Báo Hòa Bắc", ["HB-BAO"]),
    ],
)
def test_a_heading_that_names_two_units_the_second_coordinates(heading, partners):
    text = (
        PLAN_HEAD
        + f"1. {heading}\n- Tuyên truyền lợi ích của đăng ký khai sinh trực tuyến.\n- Tổng hợp kết quả hằng quý.\n"
    )
    found = run(text)
    assert len(found) == 2
    assert all([d.code for d in f.coordinating] == partners for f in found)


@pytest.mark.parametrize(
    ("due", "date"),
    [
        ("trước ngày khai giảng 05/9", "2026-09-05"),
        ("trước ngày bầu cử 24/5/2026", "2026-05-24"),
        ("trước ngày Quốc khánh 02/9", "2026-09-02"),
    ],
)
def test_the_day_of_an_event_before_its_date(due, date):
    text = f"Kết luận:\n1. Sở Y tế hoàn thành tiêm chủng bổ sung cho học sinh {due}.\n"
    found = run(text)
    assert [str(d.deadline) for d in found] == [date]


@pytest.mark.parametrize(
    "heading",
    [
        "Kiến nghị của Công ty cổ phần Dược Hòa Bắc về việc chậm cấp phép xây dựng nhà xưởng tại Cụm công nghiệp",
        "Đề xuất của Hiệp hội Vận tải tỉnh về việc kéo dài thời gian xét duyệt hồ sơ hoàn thuế giá trị gia tăng",
    ],
)
def test_a_dialogues_heading_of_a_petition_orders_nothing(heading):
    text = (
        "Phó Chủ tịch UBND tỉnh kết luận như sau:\n\n"
        f"1. {heading}\n\n"
        "Giao Sở Xây dựng kiểm tra hồ sơ, trả lời doanh nghiệp trước ngày 20/3/2026.\n"
    )
    found = run(text)
    assert [d.text[:10] for d in found] == ["Giao Sở Xâ"]
    assert leads(found) == ["HB-SXD"]


@pytest.mark.parametrize("cause", ["do phải", "vì phải", "bởi phải"])
def test_a_cause_is_no_obligation(cause):
    text = (
        "Phó Chủ tịch UBND tỉnh kết luận như sau:\n\n"
        "1. Về hoàn thuế\n\n"
        f"Theo báo cáo của Cục Thuế tỉnh, còn 17 hồ sơ chưa giải quyết, chủ yếu {cause} đối chiếu chứng từ. "
        "Cục Thuế tỉnh khẩn trương giải quyết dứt điểm các hồ sơ này.\n"
    )
    found = run(text)
    assert [d.text[:10] for d in found] == ["Cục Thuế t"]


@pytest.mark.parametrize(
    "opener",
    ["Đối với bệnh lở mồm long móng, ", "Về công tác phòng chống cháy rừng, ", "Riêng về dịch cúm gia cầm, "],
)
def test_the_matter_a_sentence_opens_on_before_its_unit(opener):
    text = (
        "Giám đốc Sở kết luận:\n"
        "1. Chi cục Kiểm lâm tăng cường tuần tra các khu rừng trọng điểm.\n"
        f"2. {opener}Chi cục Chăn nuôi và Thú y tiếp tục theo dõi sát diễn biến, hướng dẫn các xã xử lý.\n"
    )
    found = run(text)
    assert leads(found) == ["HB-CCKL", "HB-CCTY"]
