"""Orders in the forms a thirty-eighth batch of Vietnamese texts written blind showed: a government's telegram that
addresses each minister by his title before the ministry ("Bộ trưởng Bộ Y tế hướng dẫn ..."), not the lead of the
item before; a numbered label line that gives the head's title before the units it names ("2. Bộ trưởng Bộ X",
"1. Chủ tịch Ủy ban nhân dân các tỉnh: A, B, C"), its lettered items theirs; a Sở's notice whose first "Sở" is the
title of the official who speaks ("Phó Giám đốc Sở Nguyễn Văn A"), its "Văn phòng Sở" still its own office; a Sở's
divisions as the group an item addresses ("Các phòng, đơn vị rà soát ..."); a minister's name that holds a verb of
assigning ("Bộ Ngoại giao": "giao"), its lead its own; the heads of whole groups as one subject ("Giám đốc các sở, Thủ
trưởng các ban, ngành, Chủ tịch UBND các xã ... triển khai ...": no lead, not the unit named before); a clause that
only gives the time of the order ("...; thời gian cao điểm từ ngày ... đến hết ngày ..."), the label's unit going on to
the next lettered item; a report due at a sitting named by its month ("báo cáo tại cuộc họp giao ban tháng 11": that
month's end). Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

MINISTRIES = [
    unit("GV-VPCP", "Văn phòng Chính phủ"),
    unit("GV-BGD", "Bộ Giáo dục và Đào tạo"),
    unit("GV-BNG", "Bộ Ngoại giao"),
    unit("GV-BTP", "Bộ Tư pháp"),
    unit("GV-BCA", "Bộ Công an"),
    unit("GV-BVH", "Bộ Văn hóa, Thể thao và Du lịch"),
    unit("TA-UBND", "Ủy ban nhân dân tỉnh Tân An", "UBND tỉnh Tân An"),
    unit("BG-UBND", "Ủy ban nhân dân tỉnh Bình Giang", "UBND tỉnh Bình Giang"),
    unit("HM-UBND", "Ủy ban nhân dân tỉnh Hà Mỹ", "UBND tỉnh Hà Mỹ"),
]

_TELEGRAM = (
    "THỦ TƯỚNG CHÍNH PHỦ điện:\n\nĐể bảo đảm an toàn cho học sinh trong mùa mưa lũ, Thủ tướng Chính phủ yêu cầu:\n\n"
)


def telegram(text):
    return directives_in(_TELEGRAM + text, MINISTRIES, "vi", "2026-09-10")


def test_ministers_addressed_by_title_lead_their_own_ministry():
    found = telegram(
        "1. Bộ trưởng Bộ Tư pháp chủ trì, phối hợp với Bộ Công an rà soát các quy định về phòng, chống thiên tai.\n\n"
        "2. Bộ trưởng Bộ Giáo dục và Đào tạo chỉ đạo các trường học xây dựng phương án sơ tán học sinh.\n\n"
        "3. Bộ trưởng Bộ Công an hướng dẫn các biện pháp phân luồng giao thông tại vùng bị ảnh hưởng.\n\n"
        "4. Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch chỉ đạo tạm dừng các lễ hội tại vùng có nguy cơ sạt lở.\n"
    )
    assert leads(found) == ["GV-BTP", "GV-BGD", "GV-BCA", "GV-BVH"]


def test_minister_label_line_gives_its_lettered_items_their_lead():
    found = telegram(
        "1. Bộ trưởng Bộ Giáo dục và Đào tạo\n"
        "a) Kiểm tra an toàn trường lớp, hoàn thành trước ngày 20/9/2026.\n"
        "b) Khẩn trương hướng dẫn các địa phương bố trí chỗ học tạm cho học sinh.\n\n"
        "2. Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Công điện này.\n"
    )
    assert leads(found) == ["GV-BGD", "GV-BGD", "GV-VPCP"]
    assert "Bộ trưởng Bộ Giáo dục" not in " ".join(d.text for d in found)


def test_chairs_of_listed_provinces_label_gives_their_items_a_lead():
    found = telegram(
        "1. Chủ tịch Ủy ban nhân dân các tỉnh: Tân An, Bình Giang, Hà Mỹ\n"
        "a) Rà soát các điểm trường có nguy cơ ngập sâu, bố trí lực lượng hỗ trợ di dời.\n"
        "b) Chủ động sử dụng ngân sách địa phương để sửa chữa trường học bị hư hỏng.\n\n"
        "2. Bộ trưởng Bộ Công an chỉ đạo lực lượng công an phối hợp bảo đảm an toàn giao thông.\n"
    )
    assert leads(found) == ["TA-UBND", "TA-UBND", "GV-BCA"]


SO = [
    unit("DL-SYT", "Sở Y tế tỉnh Đồng Lâm", "Sở Y tế"),
    unit("DL-VPS", "Văn phòng Sở Y tế tỉnh Đồng Lâm"),
    unit("DL-NVY", "Phòng Nghiệp vụ Y, Sở Y tế tỉnh Đồng Lâm", "Phòng Nghiệp vụ Y"),
    unit("DL-KSBT", "Trung tâm Kiểm soát bệnh tật tỉnh Đồng Lâm", "Trung tâm Kiểm soát bệnh tật"),
]


def notice(text):
    head = (
        "THÔNG BÁO\nKết luận của Giám đốc Sở Nguyễn Thị Hạnh tại buổi giao ban tháng 9 năm 2026\n\n"
        "Ngày 15/9/2026, tại trụ sở Sở Y tế tỉnh Đồng Lâm, Giám đốc Sở chủ trì buổi giao ban. Giám đốc Sở kết luận:\n\n"
    )
    return directives_in(head + text, SO, "vi", "2026-09-15")


def test_office_of_the_sor_named_after_its_director_by_name():
    found = notice(
        "1. Trung tâm Kiểm soát bệnh tật tăng cường giám sát dịch sốt xuất huyết, báo cáo hằng tuần.\n\n"
        "2. Văn phòng Sở tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày 30/9/2026.\n"
    )
    assert leads(found) == ["DL-KSBT", "DL-VPS"]


def test_divisions_of_the_sor_as_the_group_an_item_addresses():
    # (right after an item that only tells what was done: no order before it to take the group as its sequel)
    found = notice(
        "1. Trong tháng 8, các phòng, đơn vị đã hoàn thành phần lớn chỉ tiêu. Tuy nhiên, tỷ lệ tiêm chủng còn thấp.\n\n"
        "2. Các phòng, đơn vị rà soát kế hoạch quý IV, đề xuất điều chỉnh, gửi Văn phòng Sở trước ngày 25/9/2026.\n\n"
        "3. Phòng Nghiệp vụ Y kiểm tra công tác cấp cứu tại các bệnh viện tuyến huyện.\n"
    )
    texts = [d.text for d in found]
    assert any(t.startswith("Các phòng, đơn vị rà soát") for t in texts), texts
    group = next(d for d in found if d.text.startswith("Các phòng"))
    assert group.lead is None
    assert str(group.deadline) == "2026-09-25"
    assert leads(found)[-1] == "DL-NVY"


def test_ministry_whose_name_holds_a_verb_of_assigning_leads_its_item():
    found = telegram(
        "1. Bộ Ngoại giao chỉ đạo các cơ quan đại diện ở nước ngoài hỗ trợ học sinh, sinh viên về nước an toàn.\n\n"
        "2. Bộ Công an phối hợp với Bộ Ngoại giao hướng dẫn thủ tục xuất nhập cảnh cho công dân.\n"
    )
    assert leads(found) == ["GV-BNG", "GV-BCA"]


PROVINCE = [
    unit("HT-UBND", "Ủy ban nhân dân tỉnh Hòa Thạnh", "UBND tỉnh Hòa Thạnh"),
    unit("HT-VP", "Văn phòng Ủy ban nhân dân tỉnh Hòa Thạnh", "Văn phòng UBND tỉnh"),
    unit("HT-CA", "Công an tỉnh Hòa Thạnh"),
    unit("HT-GDDT", "Sở Giáo dục và Đào tạo tỉnh Hòa Thạnh"),
    unit("HT-TC", "Sở Tài chính tỉnh Hòa Thạnh"),
]


def directive(text):
    head = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÒA THẠNH\nSố: 12/CT-UBND\n\nCHỈ THỊ\nVề bảo đảm an ninh, trật tự mùa thi năm 2026\n\n"
        "Để kỳ thi diễn ra an toàn, nghiêm túc, Ủy ban nhân dân tỉnh chỉ thị:\n\n"
    )
    return directives_in(head + text, PROVINCE, "vi", "2026-05-04")


def test_heads_of_whole_groups_as_one_subject_lead_no_unit():
    found = directive(
        "1. Sở Giáo dục và Đào tạo chủ trì tổ chức kỳ thi, bố trí đủ cán bộ coi thi.\n\n"
        "2. Ủy ban nhân dân các huyện, thị xã bảo đảm điện, nước tại các điểm thi. Chủ tịch Ủy ban nhân dân\n"
        "huyện, thị xã chịu trách nhiệm nếu để xảy ra sự cố.\n\n"
        "3. Tổ chức thực hiện\n"
        "Giám đốc các trung tâm, Thủ trưởng các cơ quan, đơn vị, Chủ tịch Ủy ban nhân dân các huyện, thị xã\n"
        "chủ động quán triệt Chỉ thị này đến cán bộ, công chức.\n"
        "Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện.\n"
    )
    heads = [d for d in found if d.text.startswith("Giám đốc các trung tâm")]
    assert len(heads) == 1, [d.text for d in found]
    assert heads[0].lead is None
    assert leads(found)[-1] == "HT-VP"


def test_clause_of_the_time_alone_keeps_the_label_unit_for_the_next_item():
    found = directive(
        "1. Công an tỉnh\n"
        "a) Bố trí lực lượng bảo vệ đề thi, bài thi tại các điểm thi.\n"
        "b) Tổ chức phân luồng giao thông quanh các điểm thi; thời gian ra quân từ ngày 10/6/2026 đến hết\n"
        "ngày 13/6/2026.\n"
        "c) Truy quét, triệt phá các ổ nhóm tổ chức gian lận thi cử bằng thiết bị công nghệ cao.\n\n"
        "2. Sở Tài chính bố trí kinh phí tổ chức kỳ thi.\n"
    )
    assert leads(found) == ["HT-CA", "HT-CA", "HT-CA", "HT-TC"]
    assert str(found[1].deadline) == "2026-06-13"


def test_report_due_at_a_sitting_named_by_its_month():
    found = notice(
        "1. Trung tâm Kiểm soát bệnh tật tổng hợp kết quả giám sát dịch, báo cáo tại phiên họp thường kỳ tháng 12.\n\n"
        "2. Phòng Nghiệp vụ Y tiếp tục thực hiện các nội dung đã thống nhất tại cuộc họp giao ban tháng 8.\n"
    )
    assert leads(found) == ["DL-KSBT", "DL-NVY"]
    assert str(found[0].deadline) == "2026-12-31"
    assert found[1].deadline is None  # a sitting just past, held: no deadline
