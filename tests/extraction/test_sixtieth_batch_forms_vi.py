"""Orders in the forms a sixtieth batch of Vietnamese texts written blind showed: a statistic whose noun is a work that
reads as a verb, set against the same time of the year before ("Huy động vốn ... đạt ..., tăng ...% so với cùng kỳ"), no
order; a conclusion's assessment item that counts or gives a cause ("Có 7 xã chưa ...", "Nguyên nhân chính là ..."), no
order; a unit's label, then its request to those it oversees ("Sở Công Thương: yêu cầu các chợ ..."), that unit's task;
a matter done as the rules in force have it ("Việc chi trả ... thực hiện theo quy định hiện hành"), a norm; a ministry's
letter asking the chairs of every province to direct their own departments ("Chỉ đạo Sở Y tế chủ trì, phối hợp với Sở
Tài chính ..."), no one province's units; two units that share a head, the second by the kind of its place only ("Chi
cục Thuế khu vực I và khu vực II"). Texts and directories written for these tests."""

from tests.extraction.conftest import codes, directives_in, leads, unit

PROVINCE = [
    unit("BN-UBND", "Ủy ban nhân dân tỉnh Bình Nguyên", "UBND tỉnh"),
    unit("BN-VP", "Văn phòng Ủy ban nhân dân tỉnh Bình Nguyên", "Văn phòng UBND tỉnh"),
    unit("BN-SYT", "Sở Y tế tỉnh Bình Nguyên", "Sở Y tế"),
    unit("BN-STC", "Sở Tài chính tỉnh Bình Nguyên", "Sở Tài chính"),
    unit("BN-SCT", "Sở Công Thương tỉnh Bình Nguyên", "Sở Công Thương"),
    unit("BN-SXD", "Sở Xây dựng tỉnh Bình Nguyên", "Sở Xây dựng"),
    unit("BN-SNNMT", "Sở Nông nghiệp và Môi trường tỉnh Bình Nguyên", "Sở Nông nghiệp và Môi trường"),
    unit("BN-NHNN", "Ngân hàng Nhà nước chi nhánh tỉnh Bình Nguyên", "Ngân hàng Nhà nước chi nhánh tỉnh"),
]

MINISTRY = [
    unit("BYT-BO", "Bộ Y tế", "BYT"),
    unit("BYT-CDP", "Cục Phòng bệnh", "Cục Phòng bệnh"),
    unit("BYT-KHTC", "Vụ Kế hoạch - Tài chính (Bộ Y tế)", "Vụ Kế hoạch - Tài chính"),
]

TAX = [
    unit("CT-CUC", "Cục Thuế", "Cục Thuế"),
    unit("CT-KV1", "Chi cục Thuế khu vực I", "Chi cục Thuế KV I"),
    unit("CT-KV2", "Chi cục Thuế khu vực II", "Chi cục Thuế KV II"),
    unit("CT-KV3", "Chi cục Thuế khu vực III", "Chi cục Thuế KV III"),
]


def province(text, meeting="2026-07-08"):
    return directives_in(text, PROVINCE, "vi", meeting)


def test_a_statistic_set_against_the_same_time_last_year_is_no_order():
    text = (
        "Kinh tế Bình Nguyên 6 tháng đầu năm 2026\n\n"
        "Sáng 8/7, Thống kê tỉnh tổ chức họp báo công bố số liệu 6 tháng đầu năm.\n\n"
        "Huy động vốn của các tổ chức tín dụng trên địa bàn đến cuối tháng 6 đạt 52.300 tỷ đồng, tăng 7,2% so với "
        "cùng kỳ. Dư nợ tín dụng ước đạt 61.900 tỷ đồng.\n\n"
        "Tại buổi họp báo, Phó Chủ tịch UBND tỉnh yêu cầu Sở Tài chính rà soát các dự án chậm giải ngân, báo cáo "
        "trước ngày 20/7.\n"
    )
    found = province(text)
    assert leads(found) == ["BN-STC"]


def test_a_disbursement_figure_lower_than_last_year_is_no_order():
    text = (
        "Sáng 8/7, Thống kê tỉnh họp báo công bố tình hình kinh tế - xã hội quý II.\n\n"
        "Giải ngân vốn đầu tư công đến hết tháng 6 đạt 31,5% kế hoạch, thấp hơn cùng kỳ năm trước. Chỉ số giá tiêu "
        "dùng tăng 2,9%.\n\n"
        "Phó Chủ tịch UBND tỉnh giao Sở Tài chính phấn đấu giải ngân vốn đầu tư công đạt 95% kế hoạch, cao hơn cùng "
        "kỳ năm trước.\n"
    )
    found = province(text)
    assert leads(found) == ["BN-STC"]
    assert found[0].text.startswith("Phó Chủ tịch")


def test_a_count_and_a_cause_in_a_conclusion_s_assessment_item_are_no_orders():
    text = (
        "Sau khi nghe Sở Nông nghiệp và Môi trường báo cáo, Chủ tịch UBND tỉnh kết luận như sau:\n\n"
        "1. Đến ngày 30/6/2026, toàn tỉnh đã cấp 1.240 giấy chứng nhận quyền sử dụng đất, đạt 41% kế hoạch. Có 7 xã "
        "chưa hoàn thành việc đo đạc bản đồ địa chính. Nguyên nhân chính là thiếu cán bộ địa chính và kinh phí đo "
        "đạc chưa được bố trí kịp thời.\n\n"
        "2. Giao Sở Nông nghiệp và Môi trường hướng dẫn các xã hoàn thành đo đạc trước ngày 30/9/2026.\n"
    )
    found = province(text)
    assert leads(found) == ["BN-SNNMT"]
    assert found[0].text.startswith("Giao Sở Nông nghiệp")


def test_a_unit_s_label_then_its_request_to_those_it_oversees_is_that_unit_s_task():
    text = (
        "Để bảo đảm bình ổn thị trường dịp cuối năm, Chủ tịch UBND tỉnh chỉ thị:\n\n"
        "1. Sở Y tế: kiểm tra an toàn thực phẩm tại các bếp ăn tập thể.\n\n"
        "2. Sở Công Thương: yêu cầu các chợ đầu mối, siêu thị niêm yết giá công khai; phối hợp với Sở Tài chính "
        "kiểm tra việc kê khai giá.\n\n"
        "3. Sở Xây dựng:\n"
        "- Hướng dẫn các chủ đầu tư lập dự toán theo giá vật liệu mới.\n"
        "- Yêu cầu nhà thầu các công trình trọng điểm bảo đảm an toàn lao động.\n\n"
        "4. Giao Sở Tài chính kiểm tra việc kê khai giá xăng dầu.\n\n"
        "5. Yêu cầu các doanh nghiệp kinh doanh xăng dầu chấp hành nghiêm quy định về dự trữ.\n"
    )
    found = province(text)
    # (a request that opens an item after an order to a named unit is no label's: the chair's, to businesses)
    assert leads(found) == ["BN-SYT", "BN-SCT", "BN-SXD", "BN-SXD", "BN-STC", None]
    assert codes(found[1].coordinating) == ["BN-STC"]


def test_a_matter_done_as_the_rules_in_force_have_it_is_a_norm():
    text = (
        "Chủ tịch UBND tỉnh yêu cầu thực hiện các nội dung sau:\n\n"
        "1. Sở Tài chính chủ trì thẩm định phương án hỗ trợ các hộ bị thiệt hại do bão, trình UBND tỉnh trước ngày "
        "25/7/2026.\n\n"
        "2. Việc chi trả tiền hỗ trợ cho các hộ dân thực hiện theo quy định hiện hành về chính sách hỗ trợ khắc phục "
        "hậu quả thiên tai.\n"
    )
    found = province(text)
    assert leads(found) == ["BN-STC"]


def test_a_ministry_s_letter_to_every_province_names_no_one_province_s_departments():
    text = (
        "BỘ Y TẾ\n"
        "Số: 512/BYT-DP\n"
        "V/v tăng cường phòng, chống sốt xuất huyết\n"
        "Hà Nội, ngày 8 tháng 7 năm 2026\n\n"
        "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n\n"
        "Thời gian qua, số ca mắc sốt xuất huyết tăng nhanh tại nhiều địa phương. Để chủ động kiểm soát dịch, Bộ Y tế "
        "đề nghị Chủ tịch UBND các tỉnh, thành phố chỉ đạo thực hiện các nội dung sau:\n\n"
        "1. Chỉ đạo Sở Y tế chủ trì, phối hợp với Sở Tài chính bố trí kinh phí mua hóa chất diệt muỗi, hoàn thành "
        "trước ngày 31/7/2026.\n\n"
        "2. Tổ chức chiến dịch diệt lăng quăng tại các khu dân cư có ổ dịch.\n\n"
        "3. Chỉ đạo Sở Y tế phối hợp với Sở Công Thương kiểm tra việc kinh doanh hóa chất diệt côn trùng.\n\n"
        "Đối với các đơn vị thuộc Bộ:\n"
        "- Cục Phòng bệnh chủ trì, phối hợp với Vụ Kế hoạch - Tài chính đề xuất bổ sung kinh phí phòng dịch, trình "
        "Bộ trưởng trước ngày 20/7/2026.\n"
    )
    found = directives_in(text, PROVINCE + MINISTRY, "vi", "2026-07-08")
    assert leads(found) == [None, None, None, "BYT-CDP"]
    assert [codes(d.coordinating) for d in found[:3]] == [[], [], []]
    assert codes(found[3].coordinating) == ["BYT-KHTC"]


def test_two_units_sharing_a_head_the_second_by_the_kind_of_its_place_only():
    text = (
        "Cục Thuế yêu cầu các đơn vị thực hiện các nhiệm vụ sau:\n\n"
        "- Chi cục Thuế khu vực I và khu vực II rà soát các khoản nợ thuế quá hạn, báo cáo Cục Thuế trước ngày "
        "15/8/2026.\n"
        "- Chi cục Thuế khu vực III đôn đốc thu nợ thuế đất.\n"
    )
    found = directives_in(text, TAX, "vi", "2026-07-08")
    assert leads(found) == ["CT-KV1", "CT-KV3"]
    assert codes(found[0].coordinating) == ["CT-KV2"]
