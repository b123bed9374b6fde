"""Orders in the forms a sixteenth batch of Vietnamese texts written blind showed: a letter's findings told
before its requests ("Qua tổng hợp, ...", a transfer "chuyển giao ..." in a breakdown), its warning on a missed
deadline and its contact line, a plan's name under its kind and its section of tasks that a later "TỔ CHỨC THỰC
HIỆN" gives to the units, a closing formula naming the heads of all units, a conclusion's approval "in the main"
and its exhortation to all, a unit that leads a second task of its own after its first, a unit given a role with
its tasks and a due date, and the lunar new year (Tết Nguyên đán) as a deadline. Texts written for these tests."""

import datetime

import pytest

from tests.extraction.conftest import leads
from tracker.extraction.cues import VI
from tracker.extraction.dates import lunar_year_named, tet_date
from tracker.extraction.deadlines import find_deadline

# -- a letter: findings, a warning, contact details ----------------------------------------------------------


def test_a_letters_findings_before_its_requests_are_no_orders(run):
    text = (
        "Sở Xây dựng thông tin và đề nghị như sau:\n"
        "\n"
        "Qua rà soát, toàn tỉnh còn 85 công trình nhà ở xuống cấp; trong đó 30 công trình đã có phương án (sửa "
        "chữa 18 công trình; chuyển giao cho doanh nghiệp quản lý 12 công trình), 55 công trình chưa có phương án.\n"
        "\n"
        "Để kịp báo cáo Bộ Xây dựng, Sở Xây dựng đề nghị:\n"
        "1. Sở Y tế rà soát các công trình do ngành quản lý, gửi Sở Xây dựng trước ngày 20/3/2027.\n"
    )
    directives = run(text, language="vi", meeting="2027-03-01").directives
    assert [d.text[:12] for d in directives] == ["Sở Y tế rà s"]


@pytest.mark.parametrize(
    "phrase",
    ["chuyển giao cho doanh nghiệp quản lý 12 công trình", "đã chuyển giao công nghệ cho 4 hợp tác xã"],
)
def test_a_transfer_is_no_request(phrase):
    assert VI.request.search(phrase) is None
    # a request to transfer is still one
    assert VI.request.search(f"đề nghị Sở Tài chính {phrase}") is not None


@pytest.mark.parametrize(
    "warning",
    [
        "Quá thời hạn trên, đơn vị nào không có văn bản góp ý được hiểu là thống nhất và chịu trách nhiệm trước "
        "UBND tỉnh.",
        "Hết thời hạn nêu trên, đơn vị nào chưa nộp hồ sơ sẽ không được xem xét hỗ trợ và Thủ trưởng đơn vị chịu "
        "trách nhiệm.",
    ],
)
def test_a_warning_on_a_missed_deadline_is_no_order(run, warning):
    text = (
        "Sở Nội vụ đề nghị:\n"
        "1. Sở Y tế gửi báo cáo biên chế năm 2027 về Sở Nội vụ trước ngày 15/5/2027.\n"
        "\n"
        f"{warning}\n"
    )
    directives = run(text, language="vi", meeting="2027-05-02").directives
    assert [d.text[:12] for d in directives] == ["Sở Y tế gửi "]


def test_a_contact_line_is_no_order(run):
    text = (
        "Sở Giáo dục và Đào tạo đề nghị Sở Y tế cử cán bộ phối hợp kiểm tra bếp ăn các trường trước ngày "
        "12/9/2027.\n"
        "Mọi chi tiết xin liên hệ: bà Trần Thị Mai, Sở Y tế, điện thoại: 0203.3822.000.\n"
    )
    directives = run(text, language="vi", meeting="2027-09-01").directives
    assert len(directives) == 1 and leads(directives) == ["SYT"]


def test_a_units_role_with_its_tasks_and_due_date_is_an_order(run):
    text = (
        "Sở Tài chính đề nghị các đơn vị thực hiện nội dung trên.\n"
        "\n"
        "Văn phòng Sở là đơn vị đầu mối tiếp nhận, tổng hợp ý kiến, báo cáo Giám đốc Sở trước ngày 28/02/2027.\n"
    )
    directives = run(text, language="vi", meeting="2027-02-10").directives
    assert [d.text[:12] for d in directives][-1:] == ["Văn phòng Sở"]
    assert directives[-1].deadline == datetime.date(2027, 2, 28)
    # a role with no task or date is no order
    text += "\nTrung tâm Y tế là đơn vị có nhiều cán bộ trẻ, năng động.\n"
    assert [d.text[:12] for d in run(text, language="vi", meeting="2027-02-10").directives][-1:] == ["Văn phòng Sở"]


# -- a plan: its name, its section of tasks, its closing formula ----------------------------------------------


PLAN = (
    "KẾ HOẠCH\n"
    "Thực hiện Nghị quyết số 05/NQ-HĐND ngày 10/12/2026 của Hội đồng nhân dân\n"
    "tỉnh về phát triển mạng lưới y tế cơ sở\n"
    "\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "- Cụ thể hóa các nội dung của Nghị quyết.\n"
    "II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU\n"
    "1. Đầu tư nâng cấp cơ sở vật chất các trạm y tế xã, phường.\n"
    "2. Tổ chức đào tạo, bồi dưỡng đội ngũ nhân viên y tế thôn, bản.\n"
    "3. Tăng cường ứng dụng công nghệ thông tin trong khám, chữa bệnh; từng bước số hóa hồ sơ sức khỏe.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Y tế: Chủ trì triển khai Kế hoạch, báo cáo UBND tỉnh trước ngày 15/12/2027.\n"
    "2. Sở Tài chính: Bố trí kinh phí thực hiện Kế hoạch.\n"
    "\n"
    "Yêu cầu Thủ trưởng các sở, ban, ngành và Chủ tịch UBND các huyện nghiêm túc triển khai thực hiện Kế "
    "hoạch này./.\n"
)


def test_a_plans_tasks_section_leaves_the_units_to_its_implementation_section(run):
    directives = run(PLAN, language="vi", meeting="2027-01-05").directives
    assert [d.text[:12] for d in directives] == ["Chủ trì triể", "Bố trí kinh "]
    assert leads(directives) == ["SYT", "STC"]
    # a task the section gives to a unit stays its order
    text = PLAN.replace(
        "2. Tổ chức đào tạo", "2. Sở Nội vụ tham mưu chính sách thu hút bác sĩ về xã.\n4. Tổ chức đào tạo"
    )
    directives = run(text, language="vi", meeting="2027-01-05").directives
    assert [d.text[:12] for d in directives] == ["Sở Nội vụ th", "Chủ trì triể", "Bố trí kinh "]
    # with no implementation section, the tasks are the plan's orders
    text = PLAN.split("III. TỔ CHỨC THỰC HIỆN")[0]
    directives = run(text, language="vi", meeting="2027-01-05").directives
    assert any(d.text.startswith("Đầu tư nâng cấp") for d in directives)


def test_a_plans_name_under_its_kind_is_no_order(run):
    text = (
        "CHƯƠNG TRÌNH HÀNH ĐỘNG\n"
        "Triển khai thực hiện Chỉ thị số 08/CT-TTg ngày 02/3/2027 của Thủ tướng Chính phủ\n"
        "về tăng cường phòng, chống sạt lở bờ sông\n"
        "\n"
        "1. Sở Nông nghiệp và Môi trường rà soát các điểm sạt lở, hoàn thành trước ngày 30/6/2027.\n"
    )
    directives = run(text, language="vi", meeting="2027-03-20").directives
    assert leads(directives) == ["SNNMT"]


@pytest.mark.parametrize(
    "formula",
    [
        "Yêu cầu Thủ trưởng các sở, ban, ngành và Chủ tịch UBND các huyện nghiêm túc triển khai thực hiện Kế "
        "hoạch này./.",
        "Đề nghị Chủ tịch Ủy ban nhân dân các xã, phường triển khai thực hiện./.",
    ],
)
def test_a_closing_formula_naming_all_heads_is_no_order(run, formula):
    text = f"Giao Sở Y tế kiểm tra các cơ sở khám bệnh tư nhân trong quý II/2027.\n\n{formula}\n"
    directives = run(text, language="vi", meeting="2027-03-20").directives
    assert leads(directives) == ["SYT"]


# -- a conclusion notice: an approval in the main, an exhortation, a second task of the same unit ---------


@pytest.mark.parametrize(
    "approval",
    [
        "Cơ bản thống nhất với báo cáo kết quả thực hiện nhiệm vụ quý I/2027 do Sở Nội vụ trình.",
        "Về cơ bản nhất trí với dự thảo Đề án do Sở Giáo dục và Đào tạo trình.",
    ],
)
def test_an_approval_in_the_main_is_no_order(run, approval):
    text = f"KẾT LUẬN:\n1. {approval}\n2. Sở Xây dựng hoàn thiện hồ sơ dự án, trình UBND tỉnh trước ngày 30/4/2027.\n"
    directives = run(text, language="vi", meeting="2027-04-05").directives
    assert leads(directives) == ["SXD"]


@pytest.mark.parametrize(
    "exhortation",
    [
        "Các sở, ngành, địa phương cần nỗ lực, cố gắng hơn nữa trong quý cuối năm, phấn đấu đạt các chỉ tiêu "
        "Nghị quyết Hội đồng nhân dân tỉnh.",
        "Các cơ quan, đơn vị phải quyết liệt hơn nữa, không để chậm trễ.",
    ],
)
def test_an_exhortation_to_all_is_no_order(run, exhortation):
    text = (
        f"KẾT LUẬN:\n1. {exhortation}\n2. Sở Công Thương kiểm tra thị trường xăng dầu, báo cáo trước ngày 20/10/2027.\n"
    )
    directives = run(text, language="vi", meeting="2027-10-01").directives
    assert leads(directives) == ["SCT"]
    # a unit named as the one to be more resolute keeps its order
    text = text.replace(exhortation, "Sở Y tế cần quyết liệt hơn nữa trong phòng, chống dịch sốt xuất huyết.")
    assert leads(run(text, language="vi", meeting="2027-10-01").directives) == ["SYT", "SCT"]


def test_a_unit_that_leads_a_second_task_is_a_directive_of_its_own(run):
    text = (
        "KẾT LUẬN:\n"
        "a) Giám đốc Sở Giáo dục và Đào tạo chỉ đạo các trường bảo đảm an toàn thực phẩm bếp ăn bán trú. Sở chủ "
        "trì, phối hợp với UBND các huyện hoàn thành rà soát trường lớp xuống cấp trong tháng 8/2027.\n"
    )
    directives = run(text, language="vi", meeting="2027-07-02").directives
    assert [d.text[:12] for d in directives] == ["Giám đốc Sở ", "Sở chủ trì, "]
    assert [d.deadline for d in directives] == [None, datetime.date(2027, 8, 31)]
    assert leads(directives) == ["SGDDT", "SGDDT"]


def test_a_listed_task_that_the_unit_leads_is_no_report_back(run):
    text = (
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Y tế\n"
        "- Là cơ quan thường trực, chủ trì hướng dẫn, kiểm tra việc triển khai; báo cáo UBND tỉnh trước ngày "
        "05/12/2027.\n"
        "- Chủ trì, phối hợp với Sở Tài chính xây dựng định mức chi, hoàn thành trong quý III/2027.\n"
    )
    directives = run(text, language="vi", meeting="2027-02-01").directives
    assert [d.deadline for d in directives] == [datetime.date(2027, 12, 5), datetime.date(2027, 9, 30)]


# -- the lunar new year -------------------------------------------------------------------------------------


def test_tet_dates_of_the_table():
    assert tet_date(2027) == datetime.date(2027, 2, 6)
    assert tet_date(2028) == datetime.date(2028, 1, 26)
    assert tet_date(1900) is None


@pytest.mark.parametrize(
    ("can", "chi", "year"),
    [("dinh", "mui", 2027), ("binh", "ngo", 2026), ("at", "ty", 2025), ("canh", "ty", 2020), ("mau", "than", 2028)],
)
def test_a_lunar_years_name(can, chi, year):
    assert lunar_year_named(can, chi, 2026) == year


@pytest.mark.parametrize(
    ("folded", "meeting", "due"),
    [
        ("hoan thanh truoc tet nguyen dan mau than 2028", "2027-11-20", datetime.date(2028, 1, 26)),
        ("cham nhat truoc tet nguyen dan", "2027-11-20", datetime.date(2028, 1, 26)),
        ("xong truoc tet mau than", "2027-11-20", datetime.date(2028, 1, 26)),
        ("den tet nguyen dan nam 2029", "2028-10-01", datetime.date(2029, 2, 13)),
    ],
)
def test_tet_as_a_deadline(folded, meeting, due):
    deadline = find_deadline(folded, [], datetime.date.fromisoformat(meeting), "vi")
    assert deadline is not None and deadline.date == due
    # during or after Tết, or another Tết, is no deadline
    for other in ("trong dip tet nguyen dan 2028", "sau tet nguyen dan 2028", "truoc tet trung thu", "phuc vu tet"):
        deadline = find_deadline(other, [], datetime.date(2027, 11, 20), "vi")
        assert deadline is None or deadline.date is None


def test_tet_in_a_directive(one):
    directive = one(
        "Sở Công Thương chủ trì kiểm tra việc dự trữ hàng hóa, hoàn thành trước Tết Nguyên đán Mậu Thân 2028.",
        language="vi",
        meeting="2027-11-20",
    )
    assert directive.deadline == datetime.date(2028, 1, 26)
