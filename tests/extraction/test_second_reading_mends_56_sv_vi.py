"""A second reading of the fifty-fourth to fifty-sixth batches' Swedish and Vietnamese rules, widened to the form or
narrowed where they fired on narration: "redan på måndag" as a deadline only where it is not when something was done
("inledde inventeringen redan på måndag"); a unit named again by its kind when the kind ends in a vowel or is a
committee ("Styrelsen ska även ...", "Utskottet får även i uppdrag ..."); the heads at large with no prefix
("Cheferna ska ..."); a need of a thing after a quantity ("behöver mer tid", "behöver fler platser", "behöver
ytterligare resurser"), no task; follow-up rows opened by a case number written with no space, a dash or a dot
("KS2025/0188", "KS-2025-188"); several projects' figures ("Các dự án thành phần dài ...", "Hai tuyến đường có tổng
mức đầu tư ..."), no order. Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

SWEDISH = [
    unit("VK-RS", "Regionstyrelsen i Västerkulla", "Regionstyrelsen"),
    unit("VK-AU", "Regionstyrelsens arbetsutskott", "Arbetsutskottet"),
    unit("VK-MILJO", "Miljöförvaltningen"),
    unit("VK-FRI", "Fritidsförvaltningen"),
]

VIETNAMESE = [
    unit("TL-UBND", "Ủy ban nhân dân tỉnh Thanh Lâm", "UBND tỉnh"),
    unit("TL-SXD", "Sở Xây dựng tỉnh Thanh Lâm", "Sở Xây dựng"),
    unit("TL-STC", "Sở Tài chính tỉnh Thanh Lâm", "Sở Tài chính"),
]


def swedish(text, meeting="2026-09-08"):
    return directives_in(text, SWEDISH, "sv", meeting)


def vietnamese(text, meeting="2026-04-14"):
    return directives_in(text, VIETNAMESE, "vi", meeting)


def test_already_on_a_weekday_dates_what_was_done_not_a_due_day():
    told = swedish(
        "Miljöförvaltningen inledde provtagningen redan på måndag och ska redovisa analysen senast den 15 oktober 2026."
    )
    assert [str(d.deadline) for d in told] == ["2026-10-15"]
    due = swedish("Fritidsförvaltningen ska lämna sin lägesrapport redan på torsdag.")
    assert [str(d.deadline) for d in due] == ["2026-09-10"]


def test_a_unit_named_again_by_a_kind_that_ends_in_a_vowel_or_a_committee():
    found = swedish(
        "Regionstyrelsen får i uppdrag att ta fram en strategi för besöksnäringen senast den 1 december 2026.\n\n"
        "Styrelsen ska även utreda hur cykelturismen kan utvecklas i inlandet.\n\n"
        "Arbetsutskottet får i uppdrag att bereda frågan om nya taxor inför budgeten.\n\n"
        "Utskottet får även i uppdrag att ta fram ett förslag om färdtjänstens villkor."
    )
    assert leads(found) == ["VK-RS", "VK-RS", "VK-AU", "VK-AU"]


def test_the_heads_at_large_with_no_unit_prefix_are_a_group():
    found = swedish("Cheferna ska se till att alla medarbetare har genomgått brandskyddsutbildningen före årsskiftet.")
    assert leads(found) == [None]


def test_a_need_of_a_thing_after_a_quantity_is_no_task():
    text = (
        "Miljöförvaltningen behöver mer tid för tillsynen av enskilda avlopp. "
        "Fritidsförvaltningen behöver fler platser i simhallen under vinterhalvåret. "
        "Miljöförvaltningen behöver ytterligare resurser för bullermätningarna."
    )
    assert swedish(text) == []
    found = swedish("Fritidsförvaltningen behöver ytterligare utreda behovet av en ny konstgräsplan.")
    assert leads(found) == ["VK-FRI"]


def test_several_projects_figures_are_no_order():
    text = (
        "THÔNG BÁO KẾT LUẬN\n"
        "1. Các dự án thành phần của tuyến vành đai dài khoảng 38 km, tổng mức đầu tư 7.600 tỷ đồng.\n"
        "2. Hai tuyến đường ven sông có tổng mức đầu tư khoảng 940 tỷ đồng.\n"
        "3. Sở Xây dựng hoàn thiện hồ sơ thiết kế cơ sở, trình UBND tỉnh trước ngày 30/5/2026.\n"
    )
    found = vietnamese(text)
    assert leads(found) == ["TL-SXD"]
    assert str(found[0].deadline) == "2026-05-30"


def test_follow_up_rows_opened_by_a_case_number_written_another_way():
    text = (
        "Uppföljning av nämndens uppdrag\n\n"
        "MN2025/0412 | Miljöförvaltningen | Kartlägga förorenade områden vid hamnen | Redovisas senast 2026-11-30 "
        "| Pågår\n"
        "KS-2026-077 | Fritidsförvaltningen | Se över taxan för föreningslokaler | Redovisas senast 2026-12-15 "
        "| Pågår\n"
    )
    found = swedish(text)
    assert leads(found) == ["VK-MILJO", "VK-FRI"]
    assert [str(d.deadline) for d in found] == ["2026-11-30", "2026-12-15"]
