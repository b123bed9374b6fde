"""Orders in the forms a twenty-sixth batch of Vietnamese texts written blind showed: an item's deadline on a label
line of its own under it ("Thời gian thực hiện: ..."), the list going on after it; a unit named past an item's verb
(the recipient of a report, or the channel "(qua ...)") that leads nothing; a task as the subject of an obligation
("Việc chi trả ... phải hoàn thành ...") that only dates the order before; what a report must hold, in its order;
and what is no order: a Party committee agreeing with a report, a letter's grounds ("Thực hiện Kế hoạch số ..."),
its closing offer of help ("nếu có khó khăn, vướng mắc, ... để được hướng dẫn"), a speaker's words quoted, and a
story's headline that gives the speaker and the gist of the words. Texts and directory written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("QN-UBND", "Ủy ban nhân dân tỉnh Quảng Nam", "UBND tỉnh"),
    unit("QN-SYT", "Sở Y tế tỉnh Quảng Nam", "Sở Y tế"),
    unit("QN-SGD", "Sở Giáo dục và Đào tạo tỉnh Quảng Nam", "Sở Giáo dục và Đào tạo"),
    unit("QN-STC", "Sở Tài chính tỉnh Quảng Nam", "Sở Tài chính"),
    unit("QN-NVY", "Phòng Nghiệp vụ Y, Sở Y tế tỉnh Quảng Nam", "Phòng Nghiệp vụ Y"),
    unit("QN-BQL", "Ban Quản lý dự án đầu tư xây dựng tỉnh Quảng Nam", "Ban QLDA tỉnh"),
    unit("QN-UBH-DL", "UBND huyện Duy Xuyên", "UBND huyện Duy Xuyên"),
    unit("QN-UBKT", "Ủy ban Kiểm tra Tỉnh ủy Quảng Nam", "Ủy ban Kiểm tra Tỉnh ủy"),
]


def run(text, meeting="2026-05-06"):
    return directives_in(text, DIRECTORY, "vi", meeting)


LETTER = (
    "Kính gửi: UBND các huyện, thị xã, thành phố.\n\n"
    "Để chủ động phòng, chống dịch bệnh, Sở Y tế đề nghị UBND các huyện, thị xã, thành phố thực hiện một số nội "
    "dung sau:\n\n"
)


def test_an_item_s_deadline_on_a_label_line_of_its_own_joins_the_item():
    text = LETTER + (
        "1. Rà soát danh sách trẻ chưa tiêm đủ mũi; tổ chức tiêm bù tại trạm y tế xã.\n"
        "Thời hạn: trước ngày 25/5/2026.\n\n"
        "2. Kiểm tra điều kiện bảo quản vắc xin tại các điểm tiêm.\n"
        "Thời gian hoàn thành: trong 15 ngày kể từ ngày ký văn bản này.\n\n"
        "3. Tuyên truyền lợi ích của tiêm chủng trên hệ thống loa truyền thanh.\n"
        "Thời gian thực hiện: thường xuyên.\n"
    )
    directives = run(text)
    assert [d.text[:8] for d in directives] == ["Rà soát ", "Kiểm tra", "Tuyên tr"]
    assert directives[0].text.endswith("Thời hạn: trước ngày 25/5/2026")
    assert [d.deadline.isoformat() if d.deadline else None for d in directives] == ["2026-05-25", "2026-05-21", None]


def test_the_list_goes_on_past_an_item_s_deadline_line():
    text = (
        "Phó Chủ tịch UBND tỉnh yêu cầu:\n"
        "1. Ban QLDA tỉnh:\n"
        "- Đôn đốc nhà thầu tăng ca, bảo đảm tiến độ.\n"
        "- Lập hồ sơ quyết toán gói thầu số 3, trình thẩm định.\n"
        "Thời gian hoàn thành: trong quý III/2026.\n"
        "- Định kỳ hằng tháng, báo cáo kết quả về UBND tỉnh.\n"
        "2. Sở Tài chính thẩm định quyết toán.\n"
    )
    directives = run(text)
    assert [d.text[:8] for d in directives] == ["Đôn đốc ", "Lập hồ s", "Định kỳ ", "Sở Tài c"]
    assert leads(directives) == ["QN-BQL", "QN-BQL", "QN-BQL", "QN-STC"]
    assert directives[1].deadline.isoformat() == "2026-09-30"


def test_a_unit_named_past_an_item_s_verb_leads_nothing():
    text = LETTER + (
        "1. Thành lập tổ giám sát dịch sốt xuất huyết; gửi quyết định thành lập về Sở (qua Phòng Nghiệp vụ Y).\n"
        "Thời hạn: trước ngày 20/5/2026.\n\n"
        "2. Phun hóa chất diệt muỗi tại các ổ dịch.\n"
        "Thời hạn: trong tháng 5 năm 2026.\n"
    )
    directives = run(text)
    assert [d.text[:8] for d in directives] == ["Thành lậ", "Phun hóa"]
    assert leads(directives) == [None, None]
    assert directives[0].deadline.isoformat() == "2026-05-20"


def test_a_task_as_the_subject_of_an_obligation_dates_the_order_before():
    text = (
        "3. Giao UBND huyện Duy Xuyên chủ trì, phối hợp với Sở Tài chính hoàn thiện phương án bồi thường. "
        "Việc bàn giao mặt bằng đã giải phóng cho Ban QLDA tỉnh phải hoàn thành trước ngày 15 tháng 7 năm 2026. "
        "Trường hợp có hộ không nhận tiền, UBND huyện gửi tiền vào kho bạc theo quy định.\n"
    )
    directives = run(text)
    assert [d.text[:8] for d in directives] == ["Giao UBN", "Trường h"]
    assert directives[0].deadline.isoformat() == "2026-07-15"
    assert leads(directives) == ["QN-UBH-DL", "QN-UBH-DL"]


def test_what_a_report_must_hold_stays_in_its_order():
    text = LETTER + (
        "1. Báo cáo kết quả kiểm tra an toàn thực phẩm gửi về Sở trước ngày 10/6/2026. Báo cáo phải nêu rõ số cơ "
        "sở được kiểm tra, số vi phạm và mức xử phạt.\n"
    )
    (directive,) = run(text)
    assert directive.text.endswith("mức xử phạt")
    assert directive.deadline.isoformat() == "2026-06-10"


def test_a_party_committee_agreeing_with_a_report_gives_no_order():
    text = (
        "Ban Thường vụ Tỉnh ủy kết luận như sau:\n"
        "1. Ban Thường vụ Tỉnh ủy cơ bản nhất trí với tờ trình của Ủy ban Kiểm tra Tỉnh ủy.\n"
        "2. Ủy ban Kiểm tra Tỉnh ủy hoàn chỉnh quy chế phối hợp, trình Thường trực Tỉnh ủy trong tháng 6/2026.\n"
    )
    directives = run(text)
    assert [d.text[:8] for d in directives] == ["Ủy ban K"]
    assert leads(directives) == ["QN-UBKT"]


def test_a_letter_s_grounds_and_its_closing_offer_of_help_give_no_order():
    text = (
        "Kính gửi: UBND các huyện, thị xã, thành phố.\n\n"
        "Thực hiện Kế hoạch số 45/KH-UBND ngày 02/3/2026 của UBND tỉnh về phòng, chống dịch bệnh mùa hè; dự báo "
        "trong tháng 6/2026 số ca mắc tay chân miệng tiếp tục tăng.\n\n"
        "Sở Y tế đề nghị Sở Tài chính bố trí kinh phí mua hóa chất khử khuẩn cho các trạm y tế xã.\n\n"
        "Trong quá trình triển khai, nếu có khó khăn, vướng mắc, đề nghị liên hệ Sở Y tế (qua Phòng Nghiệp vụ Y) "
        "để được hướng dẫn./.\n"
    )
    directives = run(text)
    assert [d.text[:8] for d in directives] == ["Sở Y tế "]


def test_a_speaker_s_words_quoted_give_no_order():
    text = (
        "Sáng 5/5, Sở Giáo dục và Đào tạo tổ chức hội nghị sơ kết năm học. Kết luận hội nghị, Giám đốc Sở nhấn mạnh: "
        '"Không một em học sinh nào vì khó khăn mà bỏ học giữa chừng". Giám đốc Sở yêu cầu Sở Tài chính bố trí kinh '
        "phí mua sách vở cho học sinh vùng lũ trước ngày 30/6/2026.\n"
    )
    directives = run(text)
    assert [d.text[:8] for d in directives] == ["Giám đốc"]
    assert directives[0].deadline.isoformat() == "2026-06-30"


def test_a_story_s_headline_that_gives_the_speaker_and_the_gist_of_the_words_gives_no_order():
    text = (
        "Sở Y tế: Không để người bệnh sốt xuất huyết thiếu thuốc điều trị\n\n"
        "Sáng 12/8, Sở Y tế họp bàn công tác phòng, chống sốt xuất huyết. Giám đốc Sở Y tế yêu cầu Sở Tài chính bố "
        "trí kinh phí mua thuốc trước ngày 25/8/2026.\n"
    )
    directives = run(text, "2026-08-12")
    assert [d.text[:8] for d in directives] == ["Giám đốc"]
    assert leads(directives) == ["QN-STC"]
