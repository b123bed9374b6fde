"""Known misses mended, in general form, each in other wordings.

- English "by the end of next month" / "of the following month": the last day of the month after the meeting's;
  "by the end of next week": the Sunday of the week after the meeting's.
- Vietnamese "hết năm 2027", "hết tháng 9/2027" with no "đến"/"trước" before: to the end of that year or month (not
  "hết năm học", a school year).
- French "à partir de ce soir", "dès ce soir", "à compter de ce soir": a start, no deadline.
- English motion "to authorize <unit> to <task> by <date>, and to direct <unit> to ...": two directives, the
  authorised unit's with its date, the directed unit's without.
- English heading "<unit> will receive the following allocations:": its items are what the unit gets, no tasks.
"""

import datetime

from tests.extraction.conftest import directives_in, leads, unit

TOWN = [
    unit("PW", "Public Works Department", "Director of Public Works", "Public Works"),
    unit("CLK", "Office of the Town Clerk", "Town Clerk"),
    unit("PARKS", "Parks and Recreation Department", "Parks Department"),
]
MINUTES = "TOWN COUNCIL\nMinutes of the regular meeting of March 4, 2026\n\n"


def test_end_of_next_month_and_week():
    found = directives_in(
        MINUTES + "The Parks Department shall present the playground inventory by the end of the following month.\n",
        TOWN,
        "en",
        "2026-03-04",
    )
    assert [d.deadline for d in found] == [datetime.date(2026, 4, 30)]
    found = directives_in(
        MINUTES + "Public Works will deliver the paving schedule by the end of next week.\n", TOWN, "en", "2026-03-04"
    )
    assert [d.deadline for d in found] == [datetime.date(2026, 3, 15)]  # a Wednesday: the Sunday after next


PROVINCE = [unit("SYT", "Sở Y tế"), unit("SGD", "Sở Giáo dục và Đào tạo")]
VI_HEAD = "UBND TỈNH\nTHÔNG BÁO\nKết luận tại cuộc họp ngày 20 tháng 5 năm 2027\n\n"


def test_vi_end_of_year_without_preposition():
    found = directives_in(
        VI_HEAD + "- Sở Y tế duy trì tiêm chủng mở rộng hết năm 2027.\n", PROVINCE, "vi", "2027-05-20"
    )
    assert [d.deadline for d in found] == [datetime.date(2027, 12, 31)]
    found = directives_in(
        VI_HEAD + "- Sở Giáo dục và Đào tạo rà soát đội ngũ giáo viên hết tháng 9/2027.\n", PROVINCE, "vi", "2027-05-20"
    )
    assert [d.deadline for d in found] == [datetime.date(2027, 9, 30)]
    found = directives_in(
        VI_HEAD + "- Sở Giáo dục và Đào tạo theo dõi sĩ số hết năm học.\n", PROVINCE, "vi", "2027-05-20"
    )
    assert [d.deadline for d in found] == [None]


CELL = [unit("DDT", "Direction départementale des territoires", "DDT")]
FR_HEAD = "CELLULE DE CRISE – INCENDIES\nRéunion du jeudi 6 août 2026\n\nDécisions :\n"


def test_fr_from_tonight_is_a_start():
    # (already read right before these changes: kept as a guard, the hour patterns being shared)
    for said in ("à partir de ce soir", "dès ce soir", "à compter de ce soir"):
        found = directives_in(FR_HEAD + f"- La DDT interdira l'accès aux massifs {said}.\n", CELL, "fr", "2026-08-06")
        assert [d.deadline for d in found] == [None], said


def test_authorized_unit_with_date_then_directed_unit():
    text = (
        MINUTES + "Council voted to authorize the Director of Public Works to award the culvert contract by May 15, "
        "2026, and to instruct the Town Clerk to post the award on the town website.\n"
    )
    found = directives_in(text, TOWN, "en", "2026-03-04")
    assert [(leads([d])[0], d.deadline) for d in found] == [("PW", datetime.date(2026, 5, 15)), ("CLK", None)]


def test_heading_of_allocations_received_gives_no_tasks():
    text = (
        MINUTES + "3. The Parks and Recreation Department will receive the following grants:\n"
        "a) $150,000 for trail lighting;\n"
        "b) $40,000 for youth programs.\n"
    )
    assert directives_in(text, TOWN, "en", "2026-03-04") == []
