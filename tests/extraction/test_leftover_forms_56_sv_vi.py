"""Swedish and Vietnamese forms readers found the extractor got wrong: a Swedish relative clause between the
unit and its verb ("Byggnadsnämnden, som ..., ska ..."); a Swedish unit named by its kind alone ("Nämnden ska
...") after the unit named before; a Vietnamese deputy head ("Phó Giám đốc Sở ... chỉ đạo ...", "Phó Chủ tịch
UBND ...") giving an order; a Vietnamese department that reports ("Sở ... báo cáo kết quả trước ngày ...");
a Vietnamese "Đối với UBND phường A, phường B và xã C:" naming several units; a Vietnamese "Các xã cần ..."
after an order to a district; and a Vietnamese "giao X làm chủ đầu tư" inside a past decision. Texts and
directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

REGION = [
    unit("RG-BN", "Byggnadsnämnden", "byggnadsnämnden"),
    unit("RG-KS", "Kommunstyrelsen", "kommunstyrelsen"),
    unit("RG-MILJ", "Miljöförvaltningen", "miljöförvaltningen"),
    unit("RG-SOC", "Socialförvaltningen", "socialförvaltningen"),
    unit("RG-REV", "Revisionsutskottet", "revisionsutskottet"),
    unit("RG-STY", "Fastighetsstyrelsen", "fastighetsstyrelsen"),
]

PROVINCE = [
    unit("QB-SYT", "Sở Y tế", "Sở Y tế tỉnh Quảng Bình"),
    unit("QB-TTYT", "Trung tâm Y tế huyện Lệ Thủy", "Trung tâm Y tế Lệ Thủy"),
    unit("QB-STC", "Sở Tài chính"),
    unit("QB-SNN", "Sở Nông nghiệp và Môi trường"),
    unit("QB-VP", "Văn phòng UBND tỉnh"),
    unit("QB-UBLT", "UBND huyện Lệ Thủy", "huyện Lệ Thủy"),
    unit("QB-UBQN", "UBND huyện Quảng Ninh", "huyện Quảng Ninh"),
    unit("QB-BQL", "Ban Quản lý dự án đầu tư xây dựng tỉnh", "Ban Quản lý dự án"),
]

CITY = [
    unit("HN-PHT", "UBND phường Phú Thượng", "phường Phú Thượng"),
    unit("HN-PXL", "UBND phường Xuân La", "phường Xuân La"),
    unit("HN-XDA", "UBND xã Đông Anh", "xã Đông Anh"),
    unit("HN-STC", "Sở Tài chính"),
]


def test_a_swedish_relative_clause_between_the_unit_and_its_modal():
    text = (
        "Miljöförvaltningen, som påbörjade tillsynen av förskolornas kök i februari, ska redovisa iakttagelserna "
        "senast den 15 maj 2026.\n\n"
        "Socialförvaltningen, vars kartläggning av hemtjänsten pågår sedan januari, ska lämna ett förslag till "
        "nya riktlinjer senast den 30 september 2026.\n"
    )
    found = directives_in(text, REGION, "sv", "2026-03-10")
    assert leads(found) == ["RG-MILJ", "RG-SOC"]
    assert [str(d.deadline) for d in found] == ["2026-05-15", "2026-09-30"]


def test_a_swedish_body_named_by_its_kind_alone_goes_on_with_its_orders():
    text = (
        "Revisionsutskottet ska granska upphandlingen av skolskjutsar. Utskottet ska även följa upp kommunens "
        "interna kontroll under hösten.\n"
    )
    found = directives_in(text, REGION, "sv", "2026-03-10")
    assert leads(found) == ["RG-REV", "RG-REV"]
    assert found[1].text.startswith("Utskottet ska även")


def test_a_swedish_direktion_and_kansli_named_by_their_kind():
    units = [
        unit("RT-DIR", "Direktionen för Räddningstjänsten Västkust"),
        unit("KS", "Kommunstyrelsen"),
        unit("KLK", "Kommunledningskansliet"),
    ]
    text = (
        "Direktionen för Räddningstjänsten Västkust beslutade att anta handlingsprogrammet. Direktionen ska "
        "utvärdera övningsverksamheten senast den 1 december 2026.\n\n"
        "Kommunledningskansliet har tagit fram ett underlag om bisysslor. Kansliet ska bereda ärendet till "
        "kommunstyrelsen i juni.\n"
    )
    found = directives_in(text, units, "sv", "2026-03-10")
    assert leads(found) == ["RT-DIR", "KLK"]
    assert str(found[0].deadline) == "2026-12-01"


def test_a_vietnamese_deputy_head_stands_for_the_unit():
    text = (
        "Phó Giám đốc Sở Y tế chỉ đạo Trung tâm Y tế huyện Lệ Thủy tổ chức tiêm vắc xin sởi cho trẻ em dưới "
        "5 tuổi, hoàn thành trong tháng 4/2026.\n"
        "Phó Chánh Văn phòng UBND tỉnh theo dõi, đôn đốc các sở thực hiện, báo cáo trước ngày 20/4/2026.\n"
    )
    found = directives_in(text, PROVINCE, "vi", "2026-03-10")
    assert leads(found) == ["QB-SYT", "QB-VP"]
    assert [str(d.deadline) for d in found] == ["2026-04-30", "2026-04-20"]


def test_a_vietnamese_department_reports_by_a_date():
    text = (
        "Sở Nông nghiệp và Môi trường báo cáo kết quả kiểm kê rừng trước ngày 20/5/2026 và tổng kết việc "
        "thực hiện trong tháng 11/2026.\n"
        "Sở Tài chính báo cáo tình hình thu ngân sách quý I/2026, đạt 28% dự toán.\n"
    )
    found = directives_in(text, PROVINCE, "vi", "2026-03-10")
    assert leads(found) == ["QB-SNN"]


def test_a_vietnamese_label_for_several_units_names_the_partners():
    text = (
        "Đối với UBND phường Phú Thượng, phường Xuân La và xã Đông Anh: khẩn trương hoàn thành việc giải phóng "
        "mặt bằng tuyến đường vành đai, xong trước ngày 30/6/2026.\n"
    )
    found = directives_in(text, CITY, "vi", "2026-03-10")
    assert leads(found) == ["HN-PHT"]
    assert [c.code for c in found[0].coordinating] == ["HN-PXL", "HN-XDA"]


def test_a_vietnamese_commune_by_its_kind_alone_is_not_the_district_before():
    text = (
        "UBND huyện Quảng Ninh chỉ đạo các xã rà soát diện tích lúa bị ngập úng, báo cáo trước ngày 25/3/2026. "
        "Xã cần ưu tiên hỗ trợ giống cho các hộ nghèo trước ngày 30/3/2026.\n"
    )
    found = directives_in(text, PROVINCE, "vi", "2026-03-10")
    assert leads(found) == ["QB-UBQN", None]


def test_a_vietnamese_decision_that_named_an_investor_gives_no_order():
    text = (
        "Dự án kè sông Kiến Giang được UBND tỉnh phê duyệt chủ trương đầu tư tại Quyết định số 77/QĐ-UBND ngày "
        "03/3/2026, giao Ban Quản lý dự án làm chủ đầu tư, tổng mức đầu tư 120 tỷ đồng.\n"
        "Quyết định số 81/QĐ-UBND ngày 09/3/2026 của UBND tỉnh giao UBND huyện Lệ Thủy làm chủ đầu tư dự án "
        "nâng cấp đê tả Kiến Giang, thời gian thực hiện 2026-2028.\n"
        "Căn cứ Quyết định số 77/QĐ-UBND ngày 03/3/2026, giao Ban Quản lý dự án khẩn trương lập hồ sơ thiết kế, "
        "xong trước ngày 30/5/2026.\n"
    )
    found = directives_in(text, PROVINCE, "vi", "2026-03-10")
    assert leads(found) == ["QB-BQL"]
    assert found[0].text.startswith("Căn cứ")
