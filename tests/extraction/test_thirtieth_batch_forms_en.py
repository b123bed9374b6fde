"""Orders in the forms a thirtieth batch of English texts written blind showed: a directory kept for two provinces
whose units share their short names ("Department of Finance" for both), resolved by the province the notice names
(and "Department of X" never taken for a territory); an Indian collector's minutes with "Action: X / Y - 7 days"
lines (the due after the dash, or on a "Timeline:" line under it), passive obligations just above such a line, and
officers named with a bracket ("JD (Agriculture)"); a periodic report in the passive that goes on with the order
before; a Ugandan council's subject with its partners before its verb ("in liaison with", "together with"); a
Vietnamese notice's English edition: a unit's heading over items that urge its contractors, "As of <date>" figures,
"Agree in principle with the proposal", "Completion time:", a run-on second order after a bare comma, the
"Recipients:" list; and "For X, the Chairman requested to ..." with no object, "X was asked to ..., and Y to
direct ...". Texts and directories written for these tests."""

import pytest

from tests.extraction.conftest import directives_in, leads, unit

# -- two provinces' units sharing their short names ------------------------------------------------------------------

TWO_PROVINCES = [
    unit("SH-FIN", "Song Hai Department of Finance", "Department of Finance"),
    unit("SH-HEALTH", "Song Hai Department of Health", "Department of Health"),
    unit("SH-TRANS", "Song Hai Department of Transport", "Department of Transport"),
    unit("DM-FIN", "Dong Mai Department of Finance", "Department of Finance"),
    unit("DM-HEALTH", "Dong Mai Department of Health", "Department of Health"),
    unit("DM-TRANS", "Dong Mai Department of Transport", "Department of Transport"),
    unit("NT-CFO", "Chief Finance Officer (Finance Department)", "Finance Department"),
]


@pytest.mark.parametrize(
    ("order", "code"),
    [
        ("The Department of Finance shall allocate VND 12 billion to the flood works before 30/9/2026.", "DM-FIN"),
        ("The Department of Transport must repair the ferry landings before 30/9/2026.", "DM-TRANS"),
    ],
)
def test_a_short_name_two_provinces_share_is_the_named_provinces(order, code):
    text = (
        "PEOPLE'S COMMITTEE OF DONG MAI PROVINCE\nNOTICE\nThe Vice Chairman concluded as follows:\n1. " + order + "\n"
    )
    assert leads(directives_in(text, TWO_PROVINCES, "en", "2026-06-02")) == [code]


def test_a_field_after_department_of_is_no_territory():
    # "Finance" in three units' names is their field; the notice is Dong Mai's, which it names once
    text = (
        "Dong Mai, June 2, 2026\nNOTICE\nThe Finance sector reported on revenue. The Vice Chairman concluded:\n"
        "1. The Department of Health shall vaccinate all children under five before 30/9/2026.\n"
        "2. The Department of Finance shall provide the funds for the vaccines.\n"
    )
    assert leads(directives_in(text, TWO_PROVINCES, "en", "2026-06-02")) == ["DM-HEALTH", "DM-FIN"]


# -- a collector's minutes with action lines -------------------------------------------------------------------------

DISTRICT = [
    unit("KD-DRO", "District Revenue Officer, Kodur", "DRO"),
    unit("KD-FISH", "Deputy Director of Fisheries", "DD (Fisheries)", "DD (Fish)"),
    unit("KD-PWD", "Executive Engineer, Roads and Buildings", "EE (R&B)", "EE, R&B"),
    unit("KD-HEALTH", "District Medical and Health Officer", "DM&HO"),
    unit("KD-DPO", "District Panchayat Officer", "DPO"),
    unit("KD-DEO", "District Educational Officer", "DEO"),
]


def district(text, meeting="2026-08-03"):
    return directives_in(text, DISTRICT, "en", meeting)


@pytest.mark.parametrize(
    ("officer", "code"),
    [("the DD (Fisheries)", "KD-FISH"), ("EE (R&B)", "KD-PWD")],
)
def test_an_officer_named_with_a_bracket(officer, code):
    text = f"3. FISHERIES\nThe Collector directed {officer} to restock the village tanks before the monsoon.\n"
    assert leads(district(text)) == [code]


@pytest.mark.parametrize(
    ("due", "deadline"),
    [
        ("within 10 days", "2026-08-13"),
        ("12 days", "2026-08-15"),
        ("by 20.08.2026", "2026-08-20"),
        ("31.08.2026", "2026-08-31"),
    ],
)
def test_the_due_after_the_dash_of_an_action_line(due, deadline):
    text = (
        "2. ROADS\nThe Collector instructed EE, R&B to patch the potholes on the Kodur - Palem road.\n"
        f"Action: EE, R&B / All MPDOs - {due}\n"
    )
    found = district(text)
    assert leads(found) == ["KD-PWD"]
    assert [str(d.deadline) for d in found] == [deadline]


def test_an_action_line_dates_and_names_only_the_orders_since_the_line_before():
    text = (
        "5. HEALTH\nThe Collector directed the DM&HO to fill the vacant posts of staff nurses.\n"
        "Action: DM&HO - 14 days\n"
        "Dengue cases are rising in two mandals. The Collector asked the DM&HO to hold camps in both.\n"
        "Action: DM&HO / DPO - by 25.08.2026\n"
    )
    found = district(text)
    assert leads(found) == ["KD-HEALTH", "KD-HEALTH"]
    assert [str(d.deadline) for d in found] == ["2026-08-17", "2026-08-25"]
    assert [[c.code for c in d.coordinating] for d in found] == [[], ["KD-DPO"]]


@pytest.mark.parametrize(
    "duty",
    [
        "Water samples from all school tanks shall be tested every month.",
        "Mosquito surveys to be taken up in all villages in coordination with the panchayats.",
    ],
)
def test_a_passive_obligation_right_above_an_action_line_is_its_units(duty):
    text = "6. SANITATION\n" + duty + "\nAction: DPO / DM&HO - immediately\n"
    found = district(text)
    assert leads(found) == ["KD-DPO"]
    assert [c.code for c in found[0].coordinating] == ["KD-HEALTH"]


def test_a_timeline_line_under_an_action_line():
    text = (
        "4. EDUCATION\nThe Collector directed the DEO to have all toilets in schools repaired.\n"
        "Action: DEO\nTimeline: 30.09.2026\n"
    )
    found = district(text)
    assert leads(found) == ["KD-DEO"]
    assert [str(d.deadline) for d in found] == ["2026-09-30"]


@pytest.mark.parametrize(
    "report",
    [
        "A monthly progress report shall be sent to the Collectorate.",
        "A fortnightly statement of arrivals shall be furnished to the Collector.",
    ],
)
def test_a_periodic_report_in_the_passive_goes_on_with_the_order(report):
    text = "5. HEALTH\nThe Collector directed the DM&HO to survey all the hostels. " + report + "\n"
    found = district(text)
    assert leads(found) == ["KD-HEALTH"]
    assert found[0].text.endswith(report.rstrip("."))


# -- a council's subject with its partners before its verb -----------------------------------------------------------

COUNCIL = [
    unit("BD-ENG", "District Engineer"),
    unit("BD-EDU", "District Education Officer"),
    unit("BD-KAMU", "Kamu Sub-county", "Sub-county Chief Kamu"),
    unit("BD-BIRA", "Bira Sub-county", "Sub-county Chief Bira"),
]


@pytest.mark.parametrize("partner", ["in liaison with", "in liason with", "in conjunction with"])
def test_a_subject_with_its_partner_then_to(partner):
    text = (
        "RESOLVED:\ni) The District Engineer " + partner + " the District Education Officer to repair the "
        "classroom blocks damaged by the storm.\n"
    )
    found = directives_in(text, COUNCIL, "en", "2026-04-16")
    assert leads(found) == ["BD-ENG"]
    assert [c.code for c in found[0].coordinating] == ["BD-EDU"]


def test_a_resolution_with_the_subjects_partners_before_its_verb():
    text = (
        "MIN 9/DC/2026: ANY OTHER BUSINESS\nCouncil resolved that the District Engineer together with the "
        "Sub-county Chiefs of Kamu and Bira clears the drainage channels before the end of June 2026.\n"
    )
    found = directives_in(text, COUNCIL, "en", "2026-04-16")
    assert leads(found) == ["BD-ENG"]
    assert str(found[0].deadline) == "2026-06-30"


# -- a Vietnamese notice's English edition ---------------------------------------------------------------------------

NOTICE_UNITS = [
    unit("TL-PMB", "Tan Long Project Management Board for Irrigation Works", "Provincial PMB of Irrigation Works"),
    unit("TL-FIN", "Tan Long Department of Finance", "Department of Finance"),
    unit("TL-JUS", "Tan Long Department of Justice", "Department of Justice"),
    unit("TL-POL", "Tan Long Provincial Police", "Provincial Police"),
    unit("TL-OFF", "Office of Tan Long Provincial People's Committee", "Office of the Provincial People's Committee"),
]


def notice(body):
    text = (
        "PEOPLE'S COMMITTEE OF TAN LONG PROVINCE\nNOTICE\nConclusions of the Vice Chairman at the meeting on the "
        "irrigation works\n\nThe Vice Chairman concluded as follows:\n\n" + body
    )
    return directives_in(text, NOTICE_UNITS, "en", "2026-06-11")


@pytest.mark.parametrize("verb", ["Urge the construction contractors", "Direct the consultants"])
def test_a_units_heading_over_items_that_urge_those_it_oversees(verb):
    found = notice(
        "2.1. The Provincial Project Management Board for Irrigation Works:\n"
        f"- {verb} to add machinery on the canal sections handed over; ensure 60% of the capital is disbursed "
        "before 31/10/2026.\n"
        "- Preside over the handover of the pumping stations before 15/8/2026.\n"
    )
    assert leads(found) == ["TL-PMB", "TL-PMB"]
    assert [str(d.deadline) for d in found] == ["2026-10-31", "2026-08-15"]


@pytest.mark.parametrize(
    "status",
    [
        "1. As of June 5, 2026, the disbursed capital of the irrigation projects reached 22.4% of the plan.\n",
        "1. As at 31/5/2026, the works of the Cai Be canal were 70% complete.\n",
    ],
)
def test_figures_as_of_a_day_are_no_order(status):
    found = notice(status + "2. The Department of Finance shall transfer the unspent capital before 30/9/2026.\n")
    assert leads(found) == ["TL-FIN"]


@pytest.mark.parametrize(
    "consent",
    [
        "Agree in principle with the proposal of the Provincial PMB of Irrigation Works on adjusting the design.",
        "Agree with the proposal of the Department of Finance on moving VND 8 billion to the pumping stations.",
    ],
)
def test_agreeing_to_a_proposal_is_no_order(consent):
    found = notice("2.1. " + consent + "\n2.2. The Department of Justice shall check the contracts.\n")
    assert leads(found) == ["TL-JUS"]


@pytest.mark.parametrize(
    ("label", "deadline"),
    [("Completion time: Quarter IV/2026.", "2026-12-31"), ("Implementation time: 15/9/2026.", "2026-09-15")],
)
def test_a_completion_time_label_after_the_order(label, deadline):
    found = notice("2.3. The Department of Justice shall review the land recovery files of the canal. " + label + "\n")
    assert [str(d.deadline) for d in found] == [deadline]


def test_a_second_units_obligation_after_a_bare_comma():
    found = notice(
        "2.4. The Department of Justice shall advise the communes on the recovery orders, the Provincial Police "
        "shall keep order at the sites.\n"
        # a list of units before one obligation stays one order
        "2.5. The Department of Justice, the Provincial Police and the communes shall take part in the recovery.\n"
    )
    assert leads(found) == ["TL-JUS", "TL-POL", "TL-JUS"]


@pytest.mark.parametrize("label", ["Recipients:", "Distribution list:"])
def test_the_recipients_list_gives_no_order(label):
    found = notice(
        "3. The Office of the Provincial People's Committee shall follow up the tasks above.\n\n"
        f"{label}\n- Department of Finance;\n- Provincial Police;\n- Provincial PMB of Irrigation Works;\n"
        "- Archive: VT, KTN.\n"
    )
    assert leads(found) == ["TL-OFF"]


# -- a chairman's requests -------------------------------------------------------------------------------------------

PROVINCE = [
    unit("QM-WATER", "Quang Minh Water Supply Company", "Water Supply Company"),
    unit("QM-PLAN", "Department of Planning"),
    unit("QM-TRANS", "Department of Transport"),
]


@pytest.mark.parametrize(
    "opening",
    [
        "For the Water Supply Company, the Chairman requested to",
        "As for the Water Supply Company, he asked to",
    ],
)
def test_a_request_with_no_object_after_its_topic(opening):
    text = f"{opening} dredge the intake canals and keep the pumps running through the dry season.\n"
    found = directives_in(text, PROVINCE, "en", "2026-03-12")
    assert leads(found) == ["QM-WATER"]


@pytest.mark.parametrize("verb", ["direct", "instruct"])
def test_a_second_addressee_whose_infinitive_is_a_request(verb):
    text = (
        "The Department of Planning was asked to review the bus routes, and the Department of Transport "
        f"to {verb} the operators to add buses at peak hours.\n"
    )
    assert leads(directives_in(text, PROVINCE, "en", "2026-03-12")) == ["QM-PLAN", "QM-TRANS"]
