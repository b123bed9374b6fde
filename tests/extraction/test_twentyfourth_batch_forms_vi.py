"""Orders in the forms a twenty-fourth batch of Vietnamese texts written blind showed: a unit's next bullet with no
subject ("- Phấn đấu ...") after a dated one; the unit giving work to its own people after a semicolon ("phân công
lãnh đạo phụ trách"); a deadline label that names what is due ("Thời hạn hoàn thành bàn giao mặt bằng:"); a quoted
order and its speaker's verb after the quote; an item with no subject opened by its time limit ("Trong vòng 10 ngày
..., tham mưu"); a numbered item that opens on a unit and its bare verb after the list's thread was lost in a
narrative item; and what is no order: a principle the work must follow ("phải lấy người dân làm trung tâm").
Texts and directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("QT-UBND", "Ủy ban nhân dân tỉnh Quảng Trị", "UBND tỉnh"),
    unit("QT-STC", "Sở Tài chính tỉnh Quảng Trị", "Sở Tài chính"),
    unit("QT-SYT", "Sở Y tế tỉnh Quảng Trị", "Sở Y tế"),
    unit("QT-SGD", "Sở Giáo dục và Đào tạo tỉnh Quảng Trị", "Sở Giáo dục và Đào tạo"),
    unit("QT-SXD", "Sở Xây dựng tỉnh Quảng Trị", "Sở Xây dựng"),
    unit("QT-KBNN", "Kho bạc Nhà nước Quảng Trị", "Kho bạc Nhà nước tỉnh"),
    unit("QT-BQLDA", "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh", "Ban QLDA dân dụng"),
    unit("QT-GIOLINH", "Ủy ban nhân dân huyện Gio Linh", "UBND huyện Gio Linh"),
    unit("QT-CAMLO", "Ủy ban nhân dân huyện Cam Lộ", "UBND huyện Cam Lộ"),
]

CONCLUSIONS = (
    "THÔNG BÁO\n"
    "Kết luận của Chủ tịch UBND tỉnh tại buổi kiểm tra các công trình trường học năm 2026\n\n"
    "Ngày 05/3/2026, Chủ tịch UBND tỉnh kiểm tra thực địa. Chủ tịch UBND tỉnh kết luận như sau:\n\n"
)


def run(text, meeting="2026-03-05"):
    return directives_in(text, DIRECTORY, "vi", meeting)


def test_the_next_bullet_with_no_subject_after_a_dated_one_is_a_task_of_its_own():
    text = CONCLUSIONS + (
        "1. Ban QLDA dân dụng:\n"
        "- Hoàn thiện hồ sơ quyết toán các hạng mục đã nghiệm thu, gửi Sở Tài chính trước ngày 20/4/2026.\n"
        "- Phấn đấu hoàn thành khu nhà học mới, đưa vào sử dụng trong quý III/2026.\n"
        "2. Sở Xây dựng kiểm tra chất lượng công trình.\n"
    )
    found = run(text)
    assert leads(found) == ["QT-BQLDA", "QT-BQLDA", "QT-SXD"]
    assert [d.deadline.isoformat() if d.deadline else None for d in found] == ["2026-04-20", "2026-09-30", None]


def test_work_given_to_the_unit_s_own_people_after_a_semicolon_stays_in_its_order():
    text = CONCLUSIONS + (
        "1. UBND huyện Gio Linh, UBND huyện Cam Lộ dứt điểm công tác bồi thường các điểm trường; phân công cán bộ "
        "theo dõi từng hộ dân chưa nhận tiền.\n"
        "2. Sở Xây dựng kiểm tra chất lượng công trình.\n"
    )
    found = run(text)
    assert leads(found) == ["QT-GIOLINH", "QT-SXD"]
    assert found[0].text.endswith("chưa nhận tiền")


def test_a_deadline_label_that_names_what_is_due_sets_the_deadline_of_the_order_before():
    text = CONCLUSIONS + (
        "1. UBND huyện Gio Linh di dời các hộ dân ra khỏi khu vực thi công nhà đa năng. Thời hạn hoàn thành việc "
        "di dời các hộ dân: trước ngày 30/4/2026.\n"
        "2. Sở Xây dựng kiểm tra chất lượng công trình.\n"
    )
    found = run(text)
    assert leads(found) == ["QT-GIOLINH", "QT-SXD"]
    assert found[0].deadline.isoformat() == "2026-04-30"


def test_a_quoted_order_keeps_its_unit_when_the_speaker_s_verb_follows_the_quote():
    text = (
        "Sáng 12/3, UBND tỉnh họp bàn công tác y tế học đường.\n"
        '"Sở Y tế phải tổ chức khám sức khỏe cho toàn bộ học sinh tiểu học trước ngày 31/5", Chủ tịch UBND tỉnh '
        "đề nghị.\n"
    )
    found = run(text, "2026-03-12")
    assert leads(found) == ["QT-SYT"]


def test_a_principle_the_work_must_follow_is_no_order():
    text = (
        "Sáng 12/3, UBND tỉnh họp bàn công tác cải cách hành chính.\n"
        "Chủ tịch UBND tỉnh nhấn mạnh: "
        '"Cải cách hành chính phải lấy sự hài lòng của doanh nghiệp làm thước đo, không hình thức".\n'
        "Chủ tịch giao Sở Tài chính rà soát, cắt giảm thủ tục về đất đai trước ngày 30/6.\n"
    )
    assert leads(run(text, "2026-03-12")) == ["QT-STC"]


def test_an_item_with_no_subject_opened_by_its_time_limit_is_the_unit_s():
    text = CONCLUSIONS + (
        "1. Sở Giáo dục và Đào tạo\n"
        "a) Chủ trì rà soát nhu cầu phòng học của các trường.\n"
        "b) Trong thời hạn 15 ngày kể từ ngày ban hành thông báo này, tham mưu UBND tỉnh phương án bố trí "
        "phòng học tạm.\n"
        "2. Sở Xây dựng kiểm tra chất lượng công trình.\n"
    )
    found = run(text)
    assert leads(found) == ["QT-SGD", "QT-SGD", "QT-SXD"]


def test_a_numbered_item_on_a_unit_and_its_bare_verb_after_a_narrative_item_is_an_order():
    text = (
        "THÔNG BÁO\n"
        "Ý kiến chỉ đạo của Phó Chủ tịch UBND tỉnh về giải ngân vốn đầu tư công\n"
        "Sau khi nghe các đơn vị báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:\n"
        "1. Đến hết tháng 2/2026, tỷ lệ giải ngân mới đạt 8,1% kế hoạch. Một số chủ đầu tư giải ngân thấp như: "
        "UBND huyện Cam Lộ, Ban QLDA dân dụng.\n"
        "2. Giao Sở Tài chính rà soát, điều chuyển vốn của các dự án chậm giải ngân.\n"
        "3. Kho bạc Nhà nước tỉnh thanh toán kịp thời cho các dự án ngay khi hồ sơ hợp lệ.\n"
    )
    assert leads(run(text, "2026-03-05")) == ["QT-STC", "QT-KBNN"]
