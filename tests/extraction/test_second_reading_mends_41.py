"""A second reading of the forty-first batch's rules (commit 9f584ee): texts where the new rules make the
extractor worse than the code before them. Each text is written for these tests; each test asserts the result
the corpus conventions (the shared extraction corpus README, Annotation conventions) call for."""

import pytest

from tests.extraction.conftest import directives_in, leads, unit

COUNTY = [
    unit("SV-CAO", "Office of the County Administrative Officer", "CAO"),
    unit("SV-HR", "Human Resources Department"),
    unit("SV-RD", "Roads Department", "Roads"),
    unit("SV-LIB", "County Library", "Library"),
    unit("SV-CC", "Office of County Counsel", "County Counsel"),
]
TASK_FORCE = [
    unit("KW-WTR", "Kawala Water and Sewerage Company Ltd", "KAWASCO"),
    unit("KW-PH", "Directorate of Public Health", "Public Health"),
    unit("KW-HP", "Health Promotion Unit", "Health Promotion"),
    unit("KW-FIN", "Department of Finance and Planning", "Finance"),
    unit("KW-TR", "Department of Trade and Markets", "Trade"),
]
FR_UNITS = [
    unit("DDT", "Direction départementale des territoires", "DDT"),
    unit("SDIS", "Service départemental d'incendie et de secours", "SDIS"),
    unit("MAG", "Ministère de l'Agriculture", "Ministre de l'Agriculture"),
]
VI_UNITS = [
    unit("TN-STC", "Sở Tài chính tỉnh Tây Nguyên", "Sở Tài chính"),
    unit("TN-SYT", "Sở Y tế tỉnh Tây Nguyên", "Sở Y tế"),
    unit("TN-SXD", "Sở Xây dựng tỉnh Tây Nguyên", "Sở Xây dựng"),
]
_WATER_ITEM = (
    "\n\nItem 6. Water supply\nKAWASCO to repair the burst main at Soko Road by 20 March 2026.\nAction: KAWASCO"
)


# --- English -----------------------------------------------------------------------------------------------------


def test_two_units_then_to_date_is_a_statement_no_order():
    # 'A and B to': "to date" after a list of units is no "to" of an order (a statement of spending)
    text = (
        "Roads and Library to date have spent 60 percent of their annual budgets.\n"
        "CAO to prepare a mid-year budget report by April 30, 2026."
    )
    found = directives_in(text, COUNTY, "en", "2026-03-10")
    assert leads(found) == ["SV-CAO"]
    assert [str(d.deadline) for d in found] == ["2026-04-30"]


def test_resolved_that_the_minutes_be_signed_is_the_meeting_s_procedure():
    # "It was resolved that ... be signed as a true record": confirming the minutes, no task (and the date of the
    # meeting they record is no deadline)
    text = (
        "Item 1. Minutes of the previous meeting\nIt was resolved that the minutes of the meeting held on "
        "3 March 2026 be signed by the Chair as a true record." + _WATER_ITEM
    )
    found = directives_in(text, TASK_FORCE, "en", "2026-03-10")
    assert leads(found) == ["KW-WTR"]
    assert [str(d.deadline) for d in found] == ["2026-03-20"]


@pytest.mark.parametrize(
    "decision",
    [
        "It was agreed that the agenda be amended to include the cholera update.",
        "It was agreed that the item be referred to the Finance Committee.",
        "It was agreed that the matter be discussed further at the next meeting.",
    ],
)
def test_agreed_that_the_meeting_s_business_be_arranged_is_no_order(decision):
    # 'It was agreed that ... be <done>': amending the agenda, referring or deferring an item arranges the meeting's
    # business, as "be deferred", "be tabled" do; no unit is given a task
    text = "Item 5. Any other business\n" + decision + _WATER_ITEM
    found = directives_in(text, TASK_FORCE, "en", "2026-03-10")
    assert leads(found) == ["KW-WTR"]


def test_a_narrative_line_above_an_action_line_is_no_telegraphic_order():
    # "Discussion turned to the licensing ...": "turned to" is narration, not "<subject> to <verb>"
    text = (
        "Item 2. Market inspections\nDiscussion turned to the licensing of food vendors at Soko market.\n"
        "Action: Trade / Public Health" + _WATER_ITEM
    )
    found = directives_in(text, TASK_FORCE, "en", "2026-03-10")
    assert not any(d.text.startswith("Discussion turned") for d in found)
    assert leads(found) == ["KW-WTR"]


@pytest.mark.parametrize(
    "second",
    [
        "2. Requests the CAO to report back to the Board by May 31, 2026 on options for extending library hours.",
        "2. Directs the CAO to report back to the Board on the staffing needs of the County Library by May 31, 2026.",
    ],
)
def test_a_numbered_clause_reporting_back_on_a_new_matter_is_a_directive_of_its_own(second):
    # "report back ... on options for extending library hours": a matter of its own, not a report on the quotes of
    # clause 1; clause 1 keeps no deadline, clause 2 has its own
    text = "1. Directs the CAO to obtain quotes for resurfacing the Civic Centre car park.\n" + second
    found = directives_in(text, COUNTY, "en", "2026-03-10")
    assert leads(found) == ["SV-CAO", "SV-CAO"]
    assert found[0].deadline is None
    assert str(found[1].deadline) == "2026-05-31"


# --- French ------------------------------------------------------------------------------------------------------


def test_ce_soir_then_a_final_date_without_avant_keeps_the_final_deadline():
    # an interim report "ce soir" and the final one "le 15 juillet 2026": the final deadline is the directive's
    text = "Le SDIS transmettra ce soir un premier point de situation et son rapport définitif le 15 juillet 2026."
    found = directives_in(text, FR_UNITS, "fr", "2026-03-10")
    assert leads(found) == ["SDIS"]
    assert str(found[0].deadline) == "2026-07-15"


def test_before_the_start_of_works_is_a_deadline_not_a_start():
    # "avant le démarrage en septembre 2026 des travaux": the file is due before the works start, a deadline (the
    # noun "démarrage" after "avant le" is no start of the order's own work)
    text = (
        "La DDT remettra le dossier de consultation des entreprises avant le démarrage en septembre 2026 des "
        "travaux de la digue."
    )
    found = directives_in(text, FR_UNITS, "fr", "2026-03-10")
    assert leads(found) == ["DDT"]
    assert found[0].deadline is not None and found[0].deadline.strftime("%Y-%m") == "2026-09"


def test_a_record_of_decisions_giving_a_unit_a_presentation_at_the_next_committee_is_an_order():
    # under "Relevé de décisions", "La DDT présente un point d'étape au prochain comité, le 12 mai 2026" gives the
    # DDT a part with its date (not "La DDT présente la situation", told at the meeting)
    text = (
        "Relevé de décisions\n- La DDT présente un point d'étape au prochain comité, le 12 mai 2026.\n"
        "- Le SDIS maintient les barrages jusqu'à la décrue."
    )
    found = directives_in(text, FR_UNITS, "fr", "2026-03-10")
    assert "DDT" in leads(found)
    ddt = next(d for d in found if d.lead and d.lead.code == "DDT")
    assert str(ddt.deadline) == "2026-05-12"


# --- Vietnamese --------------------------------------------------------------------------------------------------


def test_a_recurring_report_told_as_done_is_no_order():
    # "Định kỳ hằng tháng, các sở, ngành đều báo cáo kết quả đúng thời gian quy định": the departments did report on
    # time, an assessment, no order
    text = (
        "Đánh giá chung\nĐịnh kỳ hằng tháng, các sở, ngành đều báo cáo kết quả đúng thời gian quy định. "
        "Sở Tài chính tổng hợp, báo cáo UBND tỉnh trước ngày 20/3/2026."
    )
    found = directives_in(text, VI_UNITS, "vi", "2026-03-10")
    assert leads(found) == ["TN-STC"]


def test_a_dated_work_of_its_own_with_the_same_verb_is_no_deadline_of_the_order_before():
    # "kiểm tra y tế học đường" is another inspection than "kiểm tra an toàn thực phẩm": its own directive, and the
    # first keeps its own date
    text = (
        "Sở Y tế chủ trì kiểm tra an toàn thực phẩm tại các chợ đầu mối, báo cáo UBND tỉnh trước ngày 15/9/2026. "
        "Hoàn thành trước ngày 31/10/2026 việc kiểm tra y tế học đường tại các trường học trên địa bàn tỉnh."
    )
    found = directives_in(text, VI_UNITS, "vi", "2026-03-10")
    assert [str(d.deadline) for d in found] == ["2026-09-15", "2026-10-31"]


def test_a_project_s_completion_time_in_brackets_is_no_deadline_of_the_order():
    # "(tổng mức đầu tư: 120 tỷ đồng; thời gian hoàn thành: năm 2027)": what the project is, not when the report is due
    text = (
        "Sở Xây dựng đôn đốc nhà thầu đẩy nhanh tiến độ dự án đường ĐT 741, báo cáo UBND tỉnh trước ngày 15/4/2026 "
        "(tổng mức đầu tư: 120 tỷ đồng; thời gian hoàn thành: năm 2027)."
    )
    found = directives_in(text, VI_UNITS, "vi", "2026-03-10")
    assert leads(found) == ["TN-SXD"]
    assert str(found[0].deadline) == "2026-04-15"
