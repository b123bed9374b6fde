"""Orders in the forms a fifty-first batch of English texts written blind showed: an Indian district review's
minutes, each numbered topic opening on the state it found ("... is flowing below the danger mark", "... are
pending", "... have not been restored"), no order, before the decision and its "Action by:" line; a warning
right above that line ("no payment shall be released ... without ...", "... will be liable for ..."), no action
of the row; a sentence that opens on a name written with a small letter first ("e-KYC", "e-Office"); an
explanation called "from him within 3 days", the delay counted from the meeting; and a notice's item that states
the matter, then the leader's consent in the present ("Regarding the request of X, the Deputy Prime Minister
agrees in principle with the proposal"), no task. Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

DISTRICT = [
    unit("TR-PHE", "Executive Engineer, Public Health Engineering", "EE PHE"),
    unit("TR-CMO", "Chief Medical Officer", "CMO"),
    unit("TR-DSO", "District Supply Officer", "DSO"),
    unit("TR-EO", "Executive Officer, Municipal Board", "EO MB"),
    unit("TR-DEO", "District Education Officer", "DEO"),
]


def district(text, meeting="2026-09-14"):
    return directives_in(text, DISTRICT, "en", meeting)


REVIEW = (
    "MINUTES OF THE DISTRICT REVIEW MEETING\n\n"
    "The review meeting was held under the chairmanship of the Deputy Commissioner on 14.09.2026. The following "
    "decisions were taken:-\n\n"
    "1. Drinking water: 37 hand pumps in Tilwara block are lying defunct since the rains. All of them be repaired "
    "by 30.09.2026.\n"
    "Action by: EE PHE\n\n"
    "2. Dengue: Cases in ward 9 are rising for the third week. Fogging be carried out in all wards twice a week.\n"
    "Action by: CMO, EO MB\n\n"
    "3. Mid-day meal: Honorarium of cooks in 41 schools has not been paid since June. The arrears be cleared "
    "before the next meeting.\n"
    "Action by: DEO\n\n"
    "The next meeting will be held on 12.10.2026.\n"
)


def test_a_topic_s_state_told_in_the_present_is_no_order():
    found = district(REVIEW)
    assert [d.text.split()[0] for d in found] == ["All", "Fogging", "The"]
    assert leads(found) == ["TR-PHE", "TR-CMO", "TR-DEO"]
    assert [c.code for c in found[1].coordinating] == ["TR-EO"]
    assert [str(d.deadline) for d in found] == ["2026-09-30", "None", "2026-10-12"]


def test_a_warning_above_the_action_line_is_no_action_of_its_own():
    text = (
        "The following decisions were taken:-\n\n"
        "4. Sanitation: The EO MB to get the drains along the bus stand cleaned within 5 days. It was made clear "
        "that no bill of the contractor shall be passed without a cleanliness report from the ward member.\n"
        "Action by: EO MB\n\n"
        "5. Ration cards: Pending applications be disposed of within a week. Officers sitting on files will be "
        "liable for disciplinary action.\n"
        "Action by: DSO\n"
    )
    found = district(text)
    assert len(found) == 2, [d.text for d in found]
    assert found[0].text.startswith("The EO MB to get the drains")
    assert "bill" not in found[0].text
    assert found[1].text.startswith("Pending applications be disposed of")
    assert "liable" not in found[1].text
    assert leads(found) == ["TR-EO", "TR-DSO"]
    assert [str(d.deadline) for d in found] == ["2026-09-19", "2026-09-21"]


def test_a_sentence_opening_on_a_name_in_small_letters_is_one_of_its_own():
    text = (
        "The following decisions were taken:-\n\n"
        "6. Office work: Only 54% of files were moved online last month. e-Office be used for all files of the "
        "supply branch from 01.10.2026 and a weekly return be sent to this office.\n"
        "Action by: DSO\n"
    )
    found = district(text)
    assert len(found) == 1, [d.text for d in found]
    assert found[0].text.startswith("e-Office be used for all files")
    assert leads(found) == ["TR-DSO"]


def test_an_explanation_called_from_him_counts_its_days_from_the_meeting():
    text = (
        "The following decisions were taken:-\n\n"
        "7. Health: The Medical Officer of PHC Barod was absent without leave. An explanation be sought from him "
        "within 3 days.\n"
        "Action by: CMO\n"
    )
    found = district(text)
    assert leads(found) == ["TR-CMO"]
    assert str(found[0].deadline) == "2026-09-17"


NOTICE_UNITS = [
    unit("NG-MOF", "Ministry of Finance", "MOF"),
    unit("NG-MOT", "Ministry of Transport", "MOT"),
    unit("NG-DLP", "People's Committee of Dong Lam province", "Dong Lam Provincial People's Committee"),
]


def test_a_matter_then_the_leader_s_consent_in_the_present_is_no_task():
    text = (
        "The Deputy Prime Minister concluded as follows:\n\n"
        "1. Specific tasks:\n"
        "a) The Ministry of Transport shall review the bridge designs and report before 30 September 2026.\n"
        "b) As for the proposal of Dong Lam province to extend the loan for the ring road, the Deputy Prime Minister "
        "agrees in principle with the request. The Ministry of Finance shall settle the procedures in October 2026.\n"
    )
    found = directives_in(text, NOTICE_UNITS, "en", "2026-08-20")
    assert leads(found) == ["NG-MOT", "NG-MOF"]
    assert [str(d.deadline) for d in found] == ["2026-09-30", "2026-10-31"]
