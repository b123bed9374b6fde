"""Orders in the forms a forty-first batch of Vietnamese texts written blind showed: an order whose work names a
period of what it is about ("có tỷ lệ giải ngân đến hết quý III/2025 dưới 30%") before its labelled completion time
("thời gian hoàn thành: quý IV/2025"), which is its deadline; and a report at fixed intervals asked of a group of
units after the period opens the sentence ("Định kỳ trước ngày 25 hằng tháng, các cơ quan, đơn vị ... báo cáo ..."),
an order with no lead. Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

PROVINCE = [
    unit("TN-STC", "Sở Tài chính tỉnh Tây Nguyên", "Sở Tài chính"),
    unit("TN-SNV", "Sở Nội vụ tỉnh Tây Nguyên", "Sở Nội vụ"),
    unit("TN-SYT", "Sở Y tế tỉnh Tây Nguyên", "Sở Y tế"),
    unit("TN-VP", "Văn phòng Ủy ban nhân dân tỉnh Tây Nguyên", "Văn phòng UBND tỉnh"),
]

_NOTICE = (
    "VĂN PHÒNG UBND TỈNH TÂY NGUYÊN\nSố: 118/TB-VP\n\nTHÔNG BÁO\n"
    "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp ngày 10/3/2026\n\n"
    "Sau khi nghe báo cáo, Chủ tịch UBND tỉnh kết luận như sau:\n\n"
)


def test_the_labelled_completion_time_is_the_deadline_not_a_period_of_the_work():
    text = _NOTICE + (
        "1. Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính đề xuất hình thức kiểm điểm các chủ đầu tư có khối "
        "lượng thực hiện đến hết tháng 6/2026 dưới 40% kế hoạch; thời gian hoàn thành: quý III/2026.\n\n"
        "2. Giao Sở Tài chính rà soát các dự án có tỷ lệ giải ngân đến ngày 30/4/2026 thấp; thời hạn hoàn thành: "
        "tháng 8/2026.\n"
    )
    directives = directives_in(text, PROVINCE, "vi", "2026-03-10")
    assert leads(directives) == ["TN-SNV", "TN-STC"]
    assert [str(d.deadline) for d in directives] == ["2026-09-30", "2026-08-31"]


_PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH TÂY NGUYÊN\nSố: 77/KH-UBND\n\nKẾ HOẠCH\nPhòng, chống dịch sốt xuất huyết năm 2026\n\n"
    "III. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\nChủ trì tổ chức giám sát, phát hiện sớm các ổ dịch; hoàn thành trước ngày "
    "30/6/2026.\n\n"
)


def test_a_report_at_fixed_intervals_asked_of_a_group_after_the_period_is_an_order():
    text = _PLAN + (
        "Định kỳ trước ngày 10 hằng tháng, các sở, ngành, địa phương báo cáo tình hình thực hiện về Sở Y tế để "
        "tổng hợp.\n\n"
        "Trong quá trình thực hiện, nếu có khó khăn, các đơn vị kịp thời phản ánh về Sở Y tế để tổng hợp./.\n"
    )
    directives = directives_in(text, PROVINCE, "vi", "2026-03-10")
    assert leads(directives) == ["TN-SYT", None]
    assert directives[1].text.startswith("Định kỳ trước ngày 10 hằng tháng")
    assert directives[1].deadline is None


def test_the_groups_final_report_after_its_monthly_one_gives_the_date():
    text = _PLAN + (
        "Định kỳ trước ngày 20 hằng tháng, các cơ quan, đơn vị báo cáo kết quả về Sở Y tế; báo cáo tổng kết gửi về "
        "trước ngày 15/12/2026.\n"
    )
    directives = directives_in(text, PROVINCE, "vi", "2026-03-10")
    assert leads(directives) == ["TN-SYT", None]
    assert str(directives[1].deadline) == "2026-12-15"
