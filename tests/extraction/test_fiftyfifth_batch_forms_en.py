"""Orders in the forms a fifty-fifth batch of English texts written blind showed: an Indian district review's
action tables flattened to lines, cells parted by bars. A review of earlier decisions with no due column leaves its
orders in its remarks, in the minutes' infinitive ("X to do Y", "Balance to be done by ..."), the row's officer
leading where the remark names no one; a table of the meeting's decisions with a sector column, an issue column, an
action column, the responsible officer's column and a "Time line": each row quoted from its action cell, its
officer leading, its due cell its deadline; an action cell written as lettered lines under its row. Texts and
directory written for these tests."""

from tests.extraction.conftest import directives_in, unit

DIRECTORY = [
    unit("KM-COLL", "Collectorate, Kamalpur District", "District Collector", "Collector"),
    unit("KM-HWY", "Highways Department, Kamalpur Division", "EE, Highways", "Highways"),
    unit("KM-FISH", "Department of Fisheries, Kamalpur", "AD, Fisheries", "Fisheries"),
    unit("KM-SOC", "Social Welfare Office, Kamalpur", "DSWO", "District Social Welfare Officer"),
    unit("KM-PHE", "Public Health Engineering Division, Kamalpur", "EE, PHED", "PHED"),
    unit("KM-DPO", "District Panchayat Office, Kamalpur", "DPO", "District Panchayat Officer"),
]


def run(text, meeting="2026-05-11"):
    return directives_in(text, DIRECTORY, "en", meeting)


def test_a_review_table_without_a_due_column_gives_the_orders_of_its_remarks():
    text = (
        "I. ACTION TAKEN ON EARLIER DECISIONS\n\n"
        "Sl. | Decision | Officer | Action taken | Remarks\n"
        "1 | Patching of the Rampur bypass | EE, Highways | 6 km done, 4 km left | EE, Highways to finish the "
        "remaining 4 km before 15.06.2026.\n"
        "2 | Release of the fishing ban relief | AD, Fisheries | Paid to all | Completed.\n"
        "3 | Pension sanction for 310 widows | DSWO | 220 sanctioned | Remaining to be sanctioned by 31st May.\n"
    )
    found = run(text)
    assert [d.text for d in found] == [
        "EE, Highways to finish the remaining 4 km before 15.06.2026.",
        "Remaining to be sanctioned by 31st May.",
    ]
    assert [d.lead.code for d in found] == ["KM-HWY", "KM-SOC"]
    assert [str(d.deadline) for d in found] == ["2026-06-15", "2026-05-31"]


def test_a_decision_table_with_an_officer_column_and_a_time_line_is_read_from_its_action_cell():
    text = (
        "II. DECISIONS OF THE PRESENT MEETING\n\n"
        "Sl. | Department | Issue | Action to be taken | Responsible Officer | Time line\n"
        "1 | Panchayats | Street lights not working in 14 villages | All faulty lights to be replaced and a "
        "list sent to Collector | DPO | 30.05.2026\n"
        "2 | Water supply | Hand pumps dry in 9 hamlets | Hand pumps to be deepened in all 9 hamlets | EE, PHED | "
        "July 2026\n"
        "3 | Welfare | Review of hostels | Deferred to next meeting | - | -\n"
    )
    found = run(text)
    assert [d.text for d in found] == [
        "All faulty lights to be replaced and a list sent to Collector | DPO | 30.05.2026",
        "Hand pumps to be deepened in all 9 hamlets | EE, PHED | July 2026",
    ]
    assert [d.lead.code for d in found] == ["KM-DPO", "KM-PHE"]
    assert [str(d.deadline) for d in found] == ["2026-05-30", "2026-07-31"]


def test_an_action_cell_written_as_lettered_lines_gives_an_order_per_line():
    text = (
        "Sl. | Department | Issue | Action to be taken | Responsible Officer | Time line\n"
        "1 | Fisheries | Fish kill in the Kamal tank |\n"
        "(a) AD, Fisheries to collect water samples and send them for testing.\n"
        "(b) Block officers concerned to warn villagers against selling dead fish.\n"
        "2 | Panchayats | Street lights not working | Lights to be replaced | DPO | 30.05.2026\n"
    )
    found = run(text)
    assert [d.text for d in found][:2] == [
        "(a) AD, Fisheries to collect water samples and send them for testing.",
        "(b) Block officers concerned to warn villagers against selling dead fish.",
    ]
    assert found[0].lead.code == "KM-FISH"
