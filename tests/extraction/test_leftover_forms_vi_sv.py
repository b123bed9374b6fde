"""Forms a session's rule helpers left: a Vietnamese appointment speech's "Trước mắt, Sở ..." (for now, the
department named before by its kind alone) with a task and a date of its own, an order of its own after the
order before; a Vietnamese "Chỉ tiêu này phải đạt ... trước ngày ..." (this target, this task) that only sets
the date of the order before it; and a Swedish assignment's final report ("X ska senast den ... lämna en
redovisning av uppdraget") after an interim report already joined to the order. Texts and directories written
for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

PROVINCE = [
    unit("TB-SXD", "Sở Xây dựng", "Sở Xây dựng tỉnh Thanh Bình"),
    unit("TB-STC", "Sở Tài chính"),
    unit("TB-SNV", "Sở Nội vụ"),
]

COMMUNE = [
    unit("HP-KT", "Phòng Kinh tế", "Phòng Kinh tế xã"),
    unit("HP-VHXH", "Phòng Văn hóa - Xã hội"),
    unit("HP-THUE", "Thuế cơ sở 3 tỉnh Hòa Phong", "Thuế cơ sở 3"),
]

STATE = [
    unit("ESV", "Ekonomistyrningsverket", "ESV"),
    unit("SPV", "Statens tjänstepensionsverk", "SPV"),
]


def test_for_now_the_department_named_by_its_kind_gives_an_order_of_its_own():
    text = (
        "Phát biểu giao nhiệm vụ, Chủ tịch UBND tỉnh đề nghị tân Giám đốc Sở Xây dựng nhanh chóng nắm bắt công "
        "việc, đoàn kết tập thể lãnh đạo Sở, rà soát lại quy chế làm việc của cơ quan. Trước mắt, Sở tập trung "
        "hoàn thành việc thẩm định thiết kế các công trình nhà ở xã hội đang chờ xử lý, xong trước ngày "
        "15/01/2026. Đồng thời, chủ trì, phối hợp với Sở Tài chính đề xuất giá vật liệu xây dựng quý I/2026, "
        "trình UBND tỉnh trong tháng 02/2026.\n"
    )
    found = directives_in(text, PROVINCE, "vi", "2025-12-02")
    assert leads(found) == ["TB-SXD", "TB-SXD", "TB-SXD"]
    assert [str(d.deadline) if d.deadline else None for d in found] == [None, "2026-01-15", "2026-02-28"]
    assert found[1].text.startswith("Trước mắt, Sở")


def test_this_target_only_sets_the_date_of_the_order_before_it():
    text = (
        "Kết luận cuộc họp, Chủ tịch UBND xã giao nhiệm vụ như sau:\n"
        "Phòng Kinh tế phối hợp với Thuế cơ sở 3 rà soát, đôn đốc các hộ kinh doanh nộp thuế, nhất là các khoản "
        "nợ đọng kéo dài. Chỉ tiêu này phải đạt ít nhất 60% kế hoạch năm trước ngày 31/7/2026.\n"
        "Phòng Văn hóa - Xã hội tổ chức kiểm tra các cơ sở kinh doanh dịch vụ karaoke trên địa bàn xã, "
        "báo cáo UBND xã trong tháng 6/2026.\n"
    )
    found = directives_in(text, COMMUNE, "vi", "2026-05-08")
    assert leads(found) == ["HP-KT", "HP-VHXH"]
    assert [str(d.deadline) for d in found] == ["2026-07-31", "2026-06-30"]
    assert "Chỉ tiêu này" in found[0].text


def test_a_final_report_after_an_interim_report_joins_the_assignment():
    text = (
        "Uppdrag att analysera Statens tjänstepensionsverks avgiftsmodell\n\n"
        "Regeringens beslut\n"
        "Regeringen uppdrar åt Ekonomistyrningsverket att analysera hur Statens tjänstepensionsverk finansierar "
        "sin verksamhet och om avgiftsmodellen ger myndigheten rätt incitament. Uppdraget ska genomföras i "
        "samråd med Statens tjänstepensionsverk. Ekonomistyrningsverket ska lämna en skriftlig delredovisning "
        "till Regeringskansliet (Finansdepartementet) senast den 1 september 2026. Ekonomistyrningsverket ska "
        "senast den 15 mars 2027 lämna en redovisning av uppdraget till Regeringskansliet "
        "(Finansdepartementet).\n"
    )
    found = directives_in(text, STATE, "sv", "2026-04-16")
    assert leads(found) == ["ESV"]
    assert str(found[0].deadline) == "2027-03-15"
