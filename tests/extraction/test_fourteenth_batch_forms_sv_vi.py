"""Orders and non-orders in the forms a fourteenth batch of Swedish and Vietnamese texts written blind showed.
Swedish: a norm that states the law in force ("Regionerna ska enligt hälso- och sjukvårdslagen ..."), a scope
statement of an assignment ("Utredningen ska inte föreslå ..."), a matter sent back to a body "för att utreda
...", an approval clause before an order in a decision's numbered list. Vietnamese: a figure given to the
province, told in the passive ("được Thủ tướng Chính phủ giao là ..."), a letter's "Nơi nhận" block, an approval
before an order in one sentence ("Thống nhất chủ trương ...; giao Sở X ..."), a unit the directory does not hold
named by its kind ("Ban Quản lý ...", "Văn phòng ..."), a matter done as the law says ("Việc ... thực hiện theo
Điều ..."), a month with no year ("trong tháng 8") and a passive obligation with its deadline in the sentence
after the order. Texts written for these tests."""

import datetime

import pytest

from tests.extraction.conftest import codes

# -- Swedish ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Utbildningsdepartementet ska enligt förordningen (2026:112) om statsbidrag följa upp hur bidragen används.",
        "Nämnden ska enligt 5 kap. 1 § socialtjänstlagen verka för att barn och unga växer upp under trygga "
        "förhållanden.",
    ],
)
def test_a_norm_that_states_the_law_in_force_is_no_order(run, text):
    assert run(text, language="sv").directives == []


@pytest.mark.parametrize(
    "text",
    [
        "Utredningen ska inte föreslå ändringar i skollagens bestämmelser om betyg.",
        "Utredaren ska dock inte lämna några författningsförslag om kommunernas avgifter.",
    ],
)
def test_a_scope_statement_of_the_assignment_is_no_order(run, text):
    assert run(text, language="sv").directives == []


def test_a_scope_statement_after_the_assignment_stays_out_of_it(run):
    text = (
        "Utredaren ska kartlägga hur kommunerna planerar sina skollokaler.\n\n"
        "Utredaren ska inte lämna förslag som påverkar det statliga skolpengsystemet.\n"
    )
    directives = run(text, language="sv", meeting="2026-05-04").directives
    assert [d.text[:30] for d in directives] == ["Utredaren ska kartlägga hur ko"]


def test_a_matter_sent_back_to_a_body_to_look_into_something(one):
    text = (
        "Beslut\n"
        "Ärendet återremitteras till byggdepartementet för att utreda kostnaderna för en ny\n"
        "gång- och cykelbro över ån. Ärendet ska återkomma till kommunstyrelsen inom två månader.\n"
    )
    directive = one(text, language="sv", meeting="2026-09-08")
    assert codes([directive.lead]) == ["SXD"]
    assert directive.deadline == datetime.date(2026, 11, 8)


def test_an_approval_clause_stays_out_of_the_order_that_follows_it(run):
    text = (
        "Kommunstyrelsen beslutar att\n"
        "1. godkänna delårsrapporten per den 31 augusti 2026,\n"
        "2. uppdra åt finansdepartementet att ta fram en plan för minskade lokalkostnader och redovisa den\n"
        "senast 2026-12-15.\n"
    )
    directives = run(text, language="sv", meeting="2026-10-06").directives
    assert len(directives) == 1
    assert directives[0].text.startswith("uppdra åt finansdepartementet")
    assert directives[0].deadline == datetime.date(2026, 12, 15)


# -- Vietnamese ------------------------------------------------------------------------------------


def test_a_figure_given_to_the_province_in_the_passive_is_told(run):
    text = (
        "Năm 2026, kế hoạch trồng rừng được Bộ Nông nghiệp và Môi trường giao là 12.000 ha; đến nay đã trồng "
        "được 4.300 ha.\n"
        "Chủ tịch UBND tỉnh có ý kiến như sau:\n"
        "1. Sở Nông nghiệp và Môi trường rà soát quỹ đất trồng rừng của các địa phương.\n"
    )
    directives = run(text, language="vi", meeting="2026-05-12").directives
    assert [d.text[:20] for d in directives] == ["Sở Nông nghiệp và Mô"]


def test_a_letters_distribution_block_holds_no_order(run):
    text = (
        "Để triển khai kịp thời Công văn nêu trên, Chủ tịch UBND tỉnh có ý kiến như sau:\n"
        "1. Sở Y tế kiểm tra công tác phòng, chống dịch sốt xuất huyết tại các trường học.\n"
        "2. Sở Giáo dục và Đào tạo phối hợp tuyên truyền.\n"
        "Đề nghị Thủ trưởng các cơ quan, đơn vị triển khai thực hiện./.\n\n"
        "Nơi nhận:                   KT. CHỦ TỊCH\n"
        "- Như trên;                 PHÓ CHỦ TỊCH\n"
        "- Chủ tịch, các PCT UBND tỉnh;\n"
        "- Lưu: VT, VX.              Nguyễn Văn An\n"
    )
    directives = run(text, language="vi", meeting="2026-06-02").directives
    assert codes([d.lead for d in directives]) == ["SYT", "SGDDT"]


def test_an_approval_before_an_order_in_one_sentence_stays_out_of_it(run):
    text = (
        "Phó Chủ tịch UBND tỉnh kết luận như sau:\n"
        "a) Đồng ý chủ trương sửa chữa các phòng học xuống cấp theo đề xuất của Sở Giáo dục và Đào tạo; giao "
        "Sở Tài chính cân đối kinh phí, trình UBND tỉnh trước ngày 20/7/2026.\n"
    )
    directives = run(text, language="vi", meeting="2026-07-01").directives
    assert len(directives) == 1
    assert directives[0].text.startswith("giao Sở Tài chính")
    assert codes([directives[0].lead]) == ["STC"]


#: A list whose first item has a second sentence (its deadline), as letters write them
_LETTER = (
    "Kính gửi: Các sở, ngành và UBND các xã.\n\n"
    "Để triển khai kịp thời Công văn nêu trên, Chủ tịch UBND tỉnh có ý kiến như sau:\n"
    "1. Sở Xây dựng kiểm tra chất lượng công trình kè sông. Thời gian hoàn thành trong quý III/2026.\n"
)


@pytest.mark.parametrize(
    "item",
    [
        "Ban Quản lý dự án đầu tư xây dựng công trình thủy lợi đôn đốc nhà thầu tăng ca.",
        "Văn phòng Huyện ủy theo dõi, đôn đốc việc thực hiện, báo cáo Thường trực Huyện ủy.",
    ],
)
def test_an_item_that_opens_on_a_unit_the_directory_does_not_hold(run, item):
    directives = run(_LETTER + f"2. {item}\n", language="vi", meeting="2026-08-03").directives
    assert len(directives) == 2
    assert directives[1].text.startswith(item[:12]) and directives[1].lead is None


def test_a_matter_done_as_the_law_says_is_no_order(run):
    text = (
        _LETTER + "2. Ban Quản lý dự án đầu tư xây dựng công trình thủy lợi đôn đốc các nhà thầu thi công hồ chứa nước "
        "Bản Mồng tăng ca, tăng mũi thi công, sớm đưa công trình vào sử dụng trước mùa mưa bão năm nay.\n"
        "Việc xác định điều kiện, đối tượng được hỗ trợ tiền thuê nhà thực hiện theo Điều 12, Điều 13 Luật Đất "
        "đai năm 2024.\n"
        "3. Sở Tài chính bố trí kinh phí.\n"
    )
    directives = run(text, language="vi", meeting="2026-03-10").directives
    assert [d.text[:8] for d in directives] == ["Sở Xây d", "Ban Quản", "Sở Tài c"]


def test_a_month_with_no_year_takes_the_meetings(one):
    directive = one(
        "Chủ tịch UBND tỉnh yêu cầu Sở Y tế hoàn thành việc tiêm vắc xin sởi cho trẻ em trong tháng 8.",
        language="vi",
        meeting="2026-06-15",
    )
    assert directive.deadline == datetime.date(2026, 8, 31)


def test_a_passive_obligation_with_its_deadline_after_the_order(one):
    text = (
        "Chủ tịch UBND tỉnh giao Sở Giáo dục và Đào tạo rà soát cơ sở vật chất các trường học trước năm học mới. "
        "Các hư hỏng phải được khắc phục dứt điểm trong tháng 8.\n"
    )
    directive = one(text, language="vi", meeting="2026-06-15")
    assert codes([directive.lead]) == ["SGDDT"]
    assert directive.text.endswith("trong tháng 8")
    assert directive.deadline == datetime.date(2026, 8, 31)
