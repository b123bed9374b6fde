"""Orders in the forms a twenty-eighth batch of Vietnamese texts written blind showed: a conclusions notice's
opening that tells who attended the meeting ("Dự có lãnh đạo các ban ...", "Tham dự cuộc họp có ..."), under the
notice's title, which orders nothing though it names units and "lãnh đạo". Texts and directory written for these
tests."""

import pytest

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("TU-BTV", "Ban Thường vụ Tỉnh ủy Bình Giang", "Ban Thường vụ Tỉnh ủy"),
    unit("TU-VP", "Văn phòng Tỉnh ủy Bình Giang", "Văn phòng Tỉnh ủy"),
    unit("TU-BTC", "Ban Tổ chức Tỉnh ủy Bình Giang", "Ban Tổ chức Tỉnh ủy"),
    unit("MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Giang", "Ủy ban MTTQ Việt Nam tỉnh"),
    unit("SYT", "Sở Y tế tỉnh Bình Giang", "Sở Y tế"),
]


def run(text, meeting="2026-04-08"):
    return directives_in(text, DIRECTORY, "vi", meeting)


@pytest.mark.parametrize(
    "attended",
    [
        "Dự có lãnh đạo các ban đảng Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh, lãnh đạo Sở Y tế.",
        "Cùng dự có lãnh đạo Ban Tổ chức Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh và Sở Y tế.",
    ],
)
def test_who_attended_told_under_a_conclusions_notices_title_orders_nothing(attended):
    text = (
        "TỈNH ỦY BÌNH GIANG\n\nTHÔNG BÁO KẾT LUẬN\ncủa Ban Thường vụ Tỉnh ủy về công tác y tế cơ sở\n-----\n\n"
        "Ngày 02/4/2026, Ban Thường vụ Tỉnh ủy họp về công tác y tế cơ sở. Chủ trì: đồng chí Bí thư Tỉnh ủy. "
        + attended
        + "\n\n"
        "Ban Thường vụ Tỉnh ủy kết luận như sau:\n"
        "1. Sở Y tế khẩn trương rà soát nhân lực các trạm y tế xã, báo cáo trước ngày 30/6/2026.\n"
        "2. Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Thông báo này.\n"
    )
    directives = run(text)
    assert not [d.text for d in directives if "dự có" in d.text.lower()]
    assert leads(directives)[-2:] == ["SYT", "TU-VP"]


PLAN_UNITS = [
    unit("BG-SYT", "Sở Y tế tỉnh Bình Giang", "Sở Y tế"),
    unit("BG-STC", "Sở Tài chính tỉnh Bình Giang", "Sở Tài chính"),
    unit("BG-CA", "Công an tỉnh Bình Giang", "Công an tỉnh"),
]

PLAN = """III. TỔ CHỨC THỰC HIỆN
1. Sở Y tế
- Chủ trì hướng dẫn các cơ sở khám bệnh triển khai sổ sức khỏe điện tử cho người dân.
- Tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/11/2026.
2. Công an tỉnh
Phối hợp với Sở Y tế làm sạch dữ liệu dân cư của người khám bệnh, hoàn thành trước ngày 30/6/2026.
3. Sở Tài chính
Thẩm định, trình UBND tỉnh bố trí kinh phí thực hiện Kế hoạch, xong trước ngày 31/3/2026.
"""


def test_a_plans_unit_heading_over_one_paragraph_with_no_subject_leads_it():
    found = directives_in(PLAN, PLAN_UNITS, "vi", "2026-02-02")
    assert leads(found) == ["BG-SYT", "BG-SYT", "BG-CA", "BG-STC"]
    assert [str(d.deadline) for d in found][-2:] == ["2026-06-30", "2026-03-31"]
