"""Orders in the forms a fifty-eighth batch of Vietnamese texts written blind showed: a letter's closing formula with
a manner word before its verb ("... thông báo để các cơ quan, đơn vị biết, khẩn trương thực hiện./."), no order; a
plan's task table flattened one cell to a line whose lead cell names a group ("Các sở, ban, ngành; UBND các xã,
phường": no lead, the cell after it still helps) and whose due cell is a year ("Năm 2026": by its end); a decision's
article number on its line ("Điều 3") before its clause on entry into force, no order; a conclusions item that opens
on the date a task runs from ("Từ ngày 01/7/2025, UBND xã A và UBND xã B tiếp nhận ...") and its next sentence with
no subject, the two communes' again; an assignment told in a news story, a past year and the tense before it
("Năm 2025, UBND tỉnh đã nhiều lần họp, giao ..."); the answer of the official given the orders ("Tiếp thu ý kiến
chỉ đạo, đồng chí X khẳng định UBND phường sẽ ..."), a promise. Texts and directories written for these tests."""

from tests.extraction.conftest import codes, directives_in, leads, unit

PROVINCE = [
    unit("HT-UBND", "Ủy ban nhân dân tỉnh Hà Trung", "UBND tỉnh"),
    unit("HT-VP", "Văn phòng Ủy ban nhân dân tỉnh Hà Trung", "Văn phòng UBND tỉnh"),
    unit("HT-SYT", "Sở Y tế tỉnh Hà Trung", "Sở Y tế"),
    unit("HT-STC", "Sở Tài chính tỉnh Hà Trung", "Sở Tài chính"),
    unit("HT-SNV", "Sở Nội vụ tỉnh Hà Trung", "Sở Nội vụ"),
    unit("HT-SXD", "Sở Xây dựng tỉnh Hà Trung", "Sở Xây dựng"),
    unit("HT-CA", "Công an tỉnh Hà Trung", "Công an tỉnh"),
    unit("HT-STP", "Sở Tư pháp tỉnh Hà Trung", "Sở Tư pháp"),
    unit("XTL-UBND", "Ủy ban nhân dân xã Tân Lộc", "UBND xã Tân Lộc"),
    unit("XPH-UBND", "Ủy ban nhân dân xã Phú Hòa", "UBND xã Phú Hòa"),
    unit("PDA-UBND", "Ủy ban nhân dân phường Đông An", "UBND phường Đông An", "UBND phường"),
    unit("PDA-DU", "Đảng ủy phường Đông An", "Đảng ủy phường", "Đảng ủy"),
    unit("PDA-VPDU", "Văn phòng Đảng ủy phường Đông An", "Văn phòng Đảng ủy"),
    unit("PDA-CA", "Công an phường Đông An", "Công an phường"),
]


def province(text, meeting="2026-03-16"):
    return directives_in(text, PROVINCE, "vi", meeting)


def test_the_closing_formula_with_a_manner_word_before_its_verb_is_no_order():
    text = (
        "Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:\n\n"
        "1. Giao Sở Y tế chủ trì, phối hợp với Công an tỉnh kiểm tra các cơ sở hành nghề y tư nhân trên địa bàn; báo "
        "cáo UBND tỉnh trước ngày 10/4/2026.\n\n"
        "Văn phòng UBND tỉnh thông báo để các sở, ngành, địa phương biết, khẩn trương thực hiện./.\n"
    )
    found = province(text)
    assert leads(found) == ["HT-SYT"]


TABLE = (
    "III. PHÂN CÔNG NHIỆM VỤ\n"
    "TT\n"
    "Nội dung nhiệm vụ\n"
    "Cơ quan chủ trì\n"
    "Cơ quan phối hợp\n"
    "Thời gian hoàn thành\n"
    "1\n"
    "Cập nhật cơ sở dữ liệu cán bộ, công chức, viên chức của tỉnh\n"
    "Sở Nội vụ\n"
    "Sở Tài chính\n"
    "Quý III/2026\n"
    "2\n"
    "Rà soát, bãi bỏ các văn bản hành chính không còn phù hợp\n"
    "Các sở, ngành; UBND các xã, phường\n"
    "Sở Tư pháp\n"
    "Năm 2026\n"
    "3\n"
    "Tổ chức tập huấn nghiệp vụ văn thư, lưu trữ điện tử\n"
    "Văn phòng UBND tỉnh\n"
    "Sở Nội vụ\n"
    "Trong năm 2027\n"
)


def test_a_table_row_whose_lead_cell_names_a_group_has_no_lead_and_keeps_its_helper():
    found = province(TABLE)
    assert leads(found) == ["HT-SNV", None, "HT-VP"]
    assert codes(found[1].coordinating) == ["HT-STP"]


def test_a_table_row_whose_due_cell_is_a_year_is_due_at_its_end():
    found = province(TABLE)
    assert [str(d.deadline) for d in found] == ["2026-09-30", "2026-12-31", "2027-12-31"]


def test_a_decision_s_article_number_before_its_entry_into_force_is_no_order():
    text = (
        "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;\n"
        "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 21/TTr-SNV ngày 02/3/2026.\n\n"
        "QUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Tổ công tác cải cách hành chính tỉnh.\n"
        "Điều 2. Giao Sở Nội vụ chủ trì theo dõi việc thực hiện Quy chế; hằng quý tổng hợp, báo cáo Chủ tịch UBND "
        "tỉnh và báo cáo tổng kết trước ngày 10/12/2026.\n"
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n"
    )
    found = province(text)
    assert leads(found) == ["HT-SNV"]
    assert not any(d.text.strip().startswith("Điều 3") for d in found)


def test_an_item_that_opens_on_the_date_its_task_runs_from_is_an_order():
    text = (
        "Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:\n\n"
        "1. Giao Sở Tài chính thẩm định phương án hỗ trợ tái định cư, trình UBND tỉnh trước ngày 25/3/2026.\n\n"
        "2. Từ ngày 01/4/2026, UBND xã Tân Lộc và UBND xã Phú Hòa tiếp nhận, tiếp tục tổ chức chi trả tiền bồi "
        "thường cho các hộ dân; hoàn thành việc di dời trước ngày 31/5.\n"
    )
    found = province(text)
    assert leads(found) == ["HT-STC", "XTL-UBND"]
    assert codes(found[1].coordinating) == ["XPH-UBND"]
    assert str(found[1].deadline) == "2026-05-31"


def test_the_next_sentence_with_no_subject_goes_on_with_both_units_of_the_subject():
    text = (
        "Phó Chủ tịch UBND tỉnh kết luận như sau:\n\n"
        "3. UBND xã Tân Lộc và UBND xã Phú Hòa rà soát, lập danh sách các hộ chưa nhận tiền bồi thường; tổ chức đối "
        "thoại với từng hộ. Đối với các hộ đã được đối thoại nhưng không hợp tác, lập hồ sơ cưỡng chế theo quy định.\n"
    )
    found = province(text)
    assert leads(found) == ["XTL-UBND", "XTL-UBND"]
    assert [codes(d.coordinating) for d in found] == [["XPH-UBND"], ["XPH-UBND"]]


def test_an_assignment_told_after_a_past_year_in_a_news_story_is_no_order():
    text = (
        "(HTO) - Sáng 16/3, UBND tỉnh Hà Trung tổ chức lễ khánh thành Bệnh viện Đa khoa khu vực phía Nam.\n\n"
        "Năm 2024, UBND tỉnh đã nhiều lần kiểm tra, giao Sở Y tế và các nhà thầu tháo gỡ vướng mắc về thiết bị, "
        "nhân lực. Bệnh viện có quy mô 500 giường bệnh.\n"
    )
    found = province(text)
    assert found == []


def test_the_answer_of_the_official_given_the_orders_is_a_promise():
    text = (
        "Kết luận hội nghị, đồng chí Bí thư Đảng ủy phường yêu cầu Công an phường tăng cường tuần tra, bảo đảm an "
        "ninh trật tự dịp Tết, hoàn thành kế hoạch trước ngày 30/3/2026.\n\n"
        "Tiếp thu ý kiến chỉ đạo, đồng chí Trần Minh Đức, Phó Bí thư Đảng ủy, Chủ tịch UBND phường khẳng định UBND "
        "phường sẽ tập trung triển khai quyết liệt các nhiệm vụ còn lại của quý I.\n"
    )
    found = province(text)
    assert leads(found) == ["PDA-CA"]
