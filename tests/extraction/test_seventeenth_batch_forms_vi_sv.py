"""Orders in the forms a seventeenth batch of texts written blind showed (Vietnamese and Swedish): a
task-assignment table flattened to "|"-separated lines under its heading row ("TT | Nội dung công việc | Đơn vị
chủ trì | Đơn vị phối hợp | Thời gian hoàn thành", "Action | Responsible | Deadline", "Ansvarig | Klart"), each
numbered row an order; a Swedish action plan whose actions ("A2. Ta fram ...") carry "Ansvar:" and "Tidplan:"
lines. And as no order: an agency's letter told, the government's view, a request to another body, a
participant's report, a notice's closing line. Texts written for these tests."""

import pytest

from tests.extraction.conftest import codes, leads

# -- a task-assignment table -----------------------------------------------------------------------


def test_a_vietnamese_assignment_table_gives_each_row_as_an_order(run):
    text = (
        "BẢNG PHÂN CÔNG NHIỆM VỤ TRIỂN KHAI CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ NGÀNH Y TẾ NĂM 2027\n"
        "\n"
        "STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành\n"
        "I | Hạ tầng số | | |\n"
        "1 | Nâng cấp phần mềm quản lý bệnh viện tuyến tỉnh | Sở Y tế | Sở Tài chính | Trước 30/6/2027\n"
        "2 | Bố trí kinh phí mua sắm thiết bị lưu trữ dữ liệu\n"
        "cho các trạm y tế | Sở Tài chính | Sở Y tế; Sở Khoa học và Công nghệ | Quý III/2027\n"
    )
    directives = run(text, language="vi", meeting="2027-01-15").directives
    assert [d.text[:4] for d in directives] == ["1 | ", "2 | "]
    assert leads(directives) == ["SYT", "STC"]
    assert codes(directives[1].coordinating) == ["SYT", "SKHCN"]
    assert [str(d.deadline) for d in directives] == ["2027-06-30", "2027-09-30"]


def test_a_table_row_that_runs_over_two_lines_and_a_long_title_in_capitals(run):
    text = (
        "Phụ lục\n"
        "GIAO NHIỆM VỤ CẢI TẠO CƠ SỞ VẬT CHẤT TRƯỜNG HỌC NĂM HỌC 2027 - 2028\n"
        "TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành\n"
        "1 | Sửa chữa nhà vệ sinh tại các trường tiểu học | Sở Giáo dục và Đào tạo | Sở Xây dựng | Tháng 8/2027\n"
        "2 | Lập dự toán kinh phí xây bổ sung phòng học cho các trường còn thiếu theo chuẩn quốc\n"
        "gia | Sở Tài chính | Sở Giáo dục và Đào tạo | Trước 15/7/2027\n"
        "3 | Rà soát các điểm trường lẻ | Phòng Văn hóa - Xã hội các xã | Sở Giáo dục và Đào tạo | Tháng 10/2027\n"
    )
    directives = run(text, language="vi", meeting="2027-03-20").directives
    assert [d.text[:4] for d in directives] == ["1 | ", "2 | ", "3 | "]
    assert leads(directives) == ["SGDDT", "STC", None]
    assert [str(d.deadline) for d in directives] == ["2027-08-31", "2027-07-15", "2027-10-31"]


def test_a_section_row_with_its_cells_left_out_is_no_part_of_the_next_row(run):
    text = (
        "STT | Công việc | Chủ trì | Phối hợp | Thời hạn\n"
        "I | Đào tạo\n"
        "1 | Mở lớp bồi dưỡng kỹ năng số cho công chức cấp xã | Sở Nội vụ | Sở Tài chính | Trước 30/5/2027\n"
        "II | Hạ tầng |\n"
        "2 | Lắp đặt camera tại các nút giao trọng điểm | Công an tỉnh | Sở Xây dựng | Quý IV/2027\n"
    )
    directives = run(text, language="vi", meeting="2027-02-10").directives
    assert [d.text[:4] for d in directives] == ["1 | ", "2 | "]
    assert leads(directives) == ["SNV", "CAT"]


@pytest.mark.parametrize(
    "heading,row",
    [
        ("No. | Action | Responsible | Deadline", "1 | Roof repairs | Department of Construction | 30/09/2026"),
        ("N° | Action | Pilote | Échéance", "1 | Réfection des toitures | Département de la construction | 30/09/2026"),
        ("Nr | Åtgärd | Ansvarig | Klart", "1 | Takreparation | Department of Construction | 2026-09-30"),
    ],
)
def test_an_assignment_table_in_other_languages(run, heading, row):
    language = {"R": "en", "P": "fr", "A": "sv"}[heading.split("|")[2].strip()[0]]
    directives = run(f"{heading}\n{row}\n", language=language, meeting="2026-03-01").directives
    assert [d.text for d in directives] == [row]
    assert leads(directives) == ["SXD"]


# -- a Swedish action plan -------------------------------------------------------------------------


def test_a_swedish_action_with_its_code_sentences_and_labels_is_one_order(run):
    text = (
        "2. Åtgärder\n"
        "\n"
        "D1. Inrätta en länsgemensam jourlinje för anhöriga. Linjen ska vara bemannad dygnet runt.\n"
        "Ansvar: Hälsodepartementet, i samverkan med byggdepartementet\n"
        "Tidplan: Kvartal 2 2027\n"
        "\n"
        "D2. Utbilda skolpersonal i tidig upptäckt.\n"
        "Ansvar: Utbildningsdepartementet\n"
        "Tidplan: Löpande\n"
    )
    directives = run(text, language="sv", meeting="2026-11-20").directives
    assert [d.text[:3] for d in directives] == ["D1.", "D2."]
    assert [str(d.deadline) for d in directives] == ["2027-06-30", "None"]


@pytest.mark.parametrize(
    "value,due",
    [("Första halvåret 2028", "2028-06-30"), ("2028", "2028-12-31"), ("Mars 2028, därefter årligen", "2028-03-31")],
)
def test_a_swedish_tidplan_line_gives_the_deadline(run, value, due):
    text = (
        "Insatsområde E – Krisstöd\n"
        "\n"
        "E3. Ta fram en regional vägledning för krisstöd inom tre veckor efter en händelse.\n"
        "Ansvar: Hälsodepartementet\n"
        f"Tidplan: {value}\n"
    )
    directives = run(text, language="sv", meeting="2027-02-01").directives
    assert [str(d.deadline) for d in directives] == [due]


def test_a_date_after_a_compound_of_omrade_is_a_deadline(one):
    text = (
        "Nämnden beslutar\n"
        "att uppdra åt förvaltningen att inventera dagvattenbrunnarna i varje avrinningsområde under första "
        "halvåret 2027.\n"
    )
    assert str(one(text, language="sv", meeting="2026-10-05").deadline) == "2027-06-30"


# -- Swedish statements that give no order ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Trafikverket har i en skrivelse den 3 mars 2027 framfört att verket behöver mer tid för analysen.",
        "Regeringen bedömer därför att redovisningen bör skjutas upp.",
        "Vidare beslutar nämnden att hemställa hos kommunstyrelsen om att förvaltningen ska utreda avgifterna.",
    ],
)
def test_a_letter_told_a_view_or_a_request_to_another_body_is_no_order(run, sentence):
    assert run(sentence, language="sv", meeting="2027-03-10").directives == []


# -- Vietnamese statements that give no order ------------------------------------------------------


def test_a_participants_report_and_a_closing_line_are_no_orders(run):
    text = (
        "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh\n\n"
        "Đại diện Sở Xây dựng cho biết kinh phí sửa chữa trụ sở năm 2027 đã giao đủ, đề nghị các xã chủ động "
        "triển khai.\n"
        "Sở Y tế khẩn trương hoàn thiện phương án bố trí giường bệnh trước ngày 20/4/2027.\n"
        "Văn phòng UBND tỉnh thông báo để các sở, ngành liên quan biết, phối hợp thực hiện./.\n"
    )
    directives = run(text, language="vi", meeting="2027-04-02").directives
    assert [d.text[:6] for d in directives] == ["Sở Y t"]


def test_a_recurring_report_of_the_same_item_joins_the_order_before(run):
    text = (
        "Chủ tịch UBND tỉnh yêu cầu:\n"
        "1. Sở Y tế chủ trì, phối hợp UBND các xã tổ chức phun thuốc diệt muỗi tại các ổ dịch sốt xuất huyết. "
        "Cập nhật số ca mắc, báo cáo UBND tỉnh trước 16 giờ hằng ngày.\n"
        "2. Công an tỉnh bảo đảm an ninh trật tự tại các khu cách ly.\n"
    )
    directives = run(text, language="vi", meeting="2027-08-12").directives
    assert len(directives) == 2
    assert directives[0].text.endswith("hằng ngày")
    assert leads(directives) == ["SYT", "CAT"]
