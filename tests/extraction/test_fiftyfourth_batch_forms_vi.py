"""Orders in the forms a fifty-fourth batch of Vietnamese texts written blind showed: a unit's head asked in the
passive ("Giám đốc Sở X được yêu cầu ..."), after a matter that names the sector; the committees of several communes
named by one head and their places ("UBND các xã A, B, C ...") when the order sends "danh sách đề nghị" (a list that
asks, a noun, no request); a sentence after the order that sets its time limit, the unit named again by its kind
("Trong thời hạn ..., Sở hoàn thiện ..."); the interim and the closing review ("sơ kết ... và tổng kết ..."); the
heads of the neighbourhoods as a label ("Trưởng các khu phố:"), a group; and what is no order: a quoted remark with
no unit, a result told after the act it carried out ("Thực hiện chỉ đạo ..., Sở X đã ..."), a decision's first
article that launches what it decides. Texts and directories written for these tests."""

from tests.extraction.conftest import codes, directives_in, leads, unit

PROVINCE = [
    unit("LC-UBND", "Ủy ban nhân dân tỉnh Lam Châu", "UBND tỉnh Lam Châu", "UBND tỉnh"),
    unit("LC-STC", "Sở Tài chính tỉnh Lam Châu", "Sở Tài chính"),
    unit("LC-SYT", "Sở Y tế tỉnh Lam Châu", "Sở Y tế"),
    unit("LC-SCT", "Sở Công Thương tỉnh Lam Châu", "Sở Công Thương"),
    unit("LC-SNV", "Sở Nội vụ tỉnh Lam Châu", "Sở Nội vụ", "ngành nội vụ"),
    unit("LC-XKL", "Ủy ban nhân dân xã Khe Lau", "UBND xã Khe Lau", "xã Khe Lau"),
    unit("LC-XDB", "Ủy ban nhân dân xã Đồng Bông", "UBND xã Đồng Bông", "xã Đồng Bông"),
    unit("LC-XNT", "Ủy ban nhân dân xã Nà Tấu", "UBND xã Nà Tấu", "xã Nà Tấu"),
]

WARD = [
    unit("MH-UBND", "Ủy ban nhân dân phường Minh Hòa", "UBND phường Minh Hòa", "UBND phường"),
    unit("MH-VP", "Văn phòng HĐND và UBND phường Minh Hòa", "Văn phòng HĐND và UBND phường"),
    unit("MH-CA", "Công an phường Minh Hòa", "Công an phường"),
    unit("MH-KT", "Phòng Kinh tế phường Minh Hòa", "Phòng Kinh tế"),
]


def province(text, meeting="2026-09-14"):
    return directives_in(text, PROVINCE, "vi", meeting)


def ward(text, meeting="2026-09-14"):
    return directives_in(text, WARD, "vi", meeting)


def test_a_head_asked_in_the_passive_stands_for_the_unit():
    text = (
        "Chủ tịch UBND tỉnh yêu cầu Sở Tài chính cân đối nguồn vốn cho các trạm y tế xã.\n\n"
        "Giám đốc Sở Y tế được yêu cầu tăng cường giám sát dịch sốt xuất huyết tại các khu dân cư.\n"
    )
    assert leads(province(text)) == ["LC-STC", "LC-SYT"]
    # after the matter the sentence opens on, a sector the directory holds
    text = (
        "Chủ tịch UBND tỉnh yêu cầu Sở Tài chính cân đối nguồn vốn cho các trạm y tế xã.\n\n"
        "Về lĩnh vực nội vụ, Giám đốc Sở Nội vụ được yêu cầu rà soát vị trí việc làm của các đơn vị sự nghiệp.\n"
    )
    assert leads(province(text)) == ["LC-STC", "LC-SNV"]


def test_the_communes_listed_under_one_head_lead_when_they_send_a_list_that_asks():
    text = (
        "Chủ tịch UBND tỉnh có ý kiến như sau:\n"
        "1. Sở Công Thương kiểm tra giá vật liệu xây dựng trên địa bàn.\n"
        "2. UBND các xã Khe Lau, Đồng Bông, Nà Tấu rà soát số hộ bị mất nhà, lập danh sách đề nghị cấp kinh phí gửi "
        "Sở Tài chính trước ngày 25/9.\n"
    )
    found = province(text)
    assert leads(found) == ["LC-SCT", "LC-XKL"]
    assert set(codes(found[1].coordinating)) == {"LC-XDB", "LC-XNT"}
    assert str(found[1].deadline) == "2026-09-25"


def test_the_time_limit_sentence_of_the_same_unit_joins_its_order():
    text = (
        "Chủ tịch UBND tỉnh có ý kiến như sau:\n"
        "1. Giao Sở Công Thương kiểm tra các chợ đầu mối bị ngập. Trong thời hạn 10 ngày làm việc kể từ ngày ký văn "
        "bản này, Sở tổng hợp danh mục cần sửa chữa, gửi Sở Tài chính.\n"
        "2. Sở Y tế bảo đảm thuốc cho các trạm y tế xã.\n"
    )
    found = province(text)
    assert leads(found) == ["LC-SCT", "LC-SYT"]
    assert "Sở tổng hợp danh mục" in found[0].text
    assert str(found[0].deadline) == "2026-09-28"


def test_the_closing_review_gives_the_final_deadline():
    text = (
        "Điều 2. Giao nhiệm vụ như sau:\n"
        "1. Phòng Kinh tế: Kiểm tra các cơ sở kinh doanh ven chợ.\n"
        "2. Văn phòng HĐND và UBND phường: Tham mưu tổ chức sơ kết chương trình trước ngày 20/12/2026 và tổng kết "
        "trong tháng 6/2027.\n"
    )
    found = ward(text)
    assert leads(found) == ["MH-KT", "MH-VP"]
    assert str(found[1].deadline) == "2027-06-30"


def test_the_heads_of_the_neighbourhoods_are_a_group():
    text = (
        "Điều 2. Giao nhiệm vụ như sau:\n"
        "1. Công an phường: Tuần tra, xử lý các trường hợp lấn chiếm lòng đường.\n"
        "2. Văn phòng HĐND và UBND phường: Theo dõi, tổng hợp kết quả, báo cáo Chủ tịch UBND phường hằng tháng.\n"
        "3. Trưởng các tổ dân phố: Vận động các hộ dân tự tháo dỡ bảng hiệu lấn chiếm.\n"
    )
    found = ward(text)
    assert leads(found) == ["MH-CA", "MH-VP", None]


def test_a_decisions_first_article_that_launches_the_campaign_is_no_order():
    text = (
        "QUYẾT ĐỊNH:\n\n"
        "Điều 1. Triển khai đợt ra quân làm sạch kênh mương trên địa bàn phường Minh Hòa. Thời gian thực hiện từ ngày "
        "01/10/2026 đến hết ngày 31/10/2026.\n\n"
        "Điều 2. Giao Phòng Kinh tế chủ trì, phối hợp với Công an phường tổ chức ra quân tại các tuyến kênh chính.\n"
    )
    assert leads(ward(text)) == ["MH-KT"]


def test_a_quoted_remark_with_no_unit_is_no_order():
    text = (
        "Chủ tịch UBND tỉnh yêu cầu Sở Y tế kiểm tra các bếp ăn tập thể trong trường học.\n\n"
        '"Cần tiếp tục đổi mới cách làm, lấy người dân làm trung tâm phục vụ", Chủ tịch UBND tỉnh nhấn mạnh.\n'
    )
    assert leads(province(text)) == ["LC-SYT"]


def test_a_result_told_after_the_act_it_carried_out_is_no_order():
    text = (
        "THÔNG CÁO BÁO CHÍ\n\n"
        "Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 2210/UBND-KT ngày 02/8/2026, Sở Công Thương đã chủ trì kiểm "
        "tra 46 cửa hàng xăng dầu, xử phạt 5 cơ sở vi phạm.\n\n"
        "Giá xăng dầu trên địa bàn tỉnh ổn định trong tháng 8.\n"
    )
    assert province(text) == []
