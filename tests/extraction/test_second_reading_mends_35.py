"""What a second reading of the thirty-fifth batch's rules found, each case in texts and directories written for
these tests: "tháng sáu" (June) against "tháng sau" (next month); a norm in force followed by a task of its own; a
subjunctive order whose subject runs through "to"; an order whose object "has yet to" act; a report of no action on
another matter after an order; a task sent every month that is no report; day zero of a month."""

import datetime

from tests.extraction.conftest import directives_in, leads, unit

VI = [unit("BL-SYT", "Sở Y tế"), unit("BL-STC", "Sở Tài chính")]


def test_june_spelled_out_is_no_next_month():
    found = directives_in(
        "Giao Sở Y tế rà soát danh sách trạm y tế xuống cấp, báo cáo UBND tỉnh trước ngày 5 tháng sáu năm 2027.",
        VI,
        "vi",
        "2027-03-10",
    )
    assert leads(found) == ["BL-SYT"]
    assert found[0].deadline != datetime.date(2027, 4, 5)
    # next month itself still counts from the meeting
    found = directives_in(
        "Giao Sở Tài chính tổng hợp nhu cầu kinh phí, gửi trước ngày 5 tháng sau.", VI, "vi", "2027-03-10"
    )
    assert [d.deadline for d in found] == [datetime.date(2027, 4, 5)]


SV = [unit("EK-MF", "Miljöförvaltningen"), unit("EK-KS", "Kommunstyrelsen")]


def test_a_rule_in_force_then_a_units_task_is_an_order():
    found = directives_in(
        "Den nya avgiften ska gälla från och med den 1 mars 2027 och miljöförvaltningen ska underrätta berörda "
        "verksamheter senast den 1 februari 2027.",
        SV,
        "sv",
        "2026-11-12",
    )
    assert leads(found) == ["EK-MF"]
    assert found[0].deadline == datetime.date(2027, 2, 1)
    # a rule in force alone is still no one's task
    assert directives_in("Nuvarande avgift ska gälla tills vidare.", SV, "sv", "2026-11-12") == []


EN = [
    unit("KR-REV", "Revenue Department"),
    unit("KR-PARKS", "Parks Department"),
    unit("KR-HD", "Health Department"),
    unit("KR-FIN", "Finance Department"),
]


def test_a_subjunctive_order_whose_subject_runs_through_to():
    found = directives_in(
        "The Collector directed the Revenue Department to assess the hail damage in every village. Besides, a "
        "control room open to farmers be set up at the district headquarters.",
        EN,
        "en",
        "2027-04-02",
    )
    assert leads(found) == ["KR-REV", "KR-REV"]


def test_an_order_whose_object_has_yet_to_act_is_given_now():
    found = directives_in(
        "The Parks Department is to press the contractor, who was paid in January but has yet to replant the "
        "avenue trees.",
        EN,
        "en",
        "2027-04-02",
    )
    assert leads(found) == ["KR-PARKS"]


def test_no_action_on_another_matter_leaves_the_order_before():
    found = directives_in(
        "The Health Department shall inspect the riverside market stalls by June 15, 2027. No action was taken on "
        "the parking petition.",
        EN,
        "en",
        "2027-04-02",
    )
    assert leads(found) == ["KR-HD"]
    assert found[0].deadline == datetime.date(2027, 6, 15)


def test_a_task_sent_every_month_keeps_its_first_day():
    found = directives_in(
        "The Finance Department shall pay the suppliers and send the invoices before the 20th of every month.",
        EN,
        "en",
        "2027-04-02",
    )
    assert [d.deadline for d in found] == [datetime.date(2027, 4, 20)]


def test_day_zero_of_a_month_is_no_date():
    found = directives_in("Miljöförvaltningen ska redovisa tillsynsplanen senast 0/5.", SV, "sv", "2026-11-12")
    assert leads(found) == ["EK-MF"] and found[0].deadline_text is None
