"""Orders in the forms a forty-second batch of English texts written blind showed: a newspaper's story of a working
session whose order opens on the matter and a relative clause that names the public ("Regarding X, which residents
have complained about, the leader requested ..."), a second sentence for the same department that coordinates with
others and reports to a third before a date of its own, and a conduct asked of "the whole sector" after what the year
is; district committee minutes whose responsibility lines name a title in the plural ("Assistant Commissioners (all
tehsils)") and units the directory holds with the district's name after them ("District Council Dhanpur" written
"District Council"); council minutes with a consent agenda taken for information ("Report PW-03-2026, ..."), an
authorisation among the motion's clauses, and a partner in an aside after the verb ("to prepare, with X, an
estimate"). Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

PROVINCE = [
    unit("BS-DOC", "Department of Construction", "DOC"),
    unit("BS-DOH", "Department of Health", "DOH"),
    unit("BS-DOF", "Department of Finance", "DOF"),
    unit("BS-PPC", "Provincial People's Committee", "PPC"),
]


def province(text):
    return directives_in(text, PROVINCE, "en", "2026-05-04")


def test_the_public_named_in_an_aside_before_the_speaker_does_not_make_a_petition():
    text = (
        "Provincial leader inspects drainage works\n\n"
        "On May 4, 2026, the Chairman of the Provincial People's Committee inspected the drainage works. At the site, "
        "John Doe, resident, urged the Department of Construction to lower the speed limit on Mill Road.\n\n"
        "On the flooding around the Bac Son market, which citizens have long complained about, the Chairman "
        "asked the Department of Construction to dredge the drains along Tran Phu street within 20 days.\n"
    )
    found = province(text)
    # the resident who urges asks nothing of anyone; the aside only says who complained before the Chairman asks
    assert leads(found) == ["BS-DOC"]
    assert found[0].text.startswith("On the flooding")
    assert str(found[0].deadline) == "2026-05-24"


def test_a_second_sentence_that_coordinates_and_reports_is_an_order_of_its_own():
    text = (
        "Concluding the meeting, the Chairman thanked the departments.\n\n"
        "He asked the Department of Health to review the licences of private clinics by June 30. The department must "
        "coordinate with the Department of Finance in settling the backlog of insurance claims, and report the "
        "outcome to the Provincial People's Committee before May 25.\n"
    )
    found = province(text)
    assert leads(found) == ["BS-DOH", "BS-DOH"]
    assert [str(d.deadline) for d in found] == ["2026-06-30", "2026-05-25"]
    # the committee the outcome goes to is no partner of the work
    assert [d.code for d in found[1].coordinating] == ["BS-DOF"]
    assert not found[0].coordinating


def test_the_whole_sector_asked_to_change_its_ways_after_what_the_year_is_is_an_exhortation():
    text = (
        "Concluding the session, the Chairman praised the health sector.\n\n"
        "She stressed that this is the first year of the new five-year plan, so the whole sector must renew its "
        "working methods and stop shirking duties.\n\n"
        "She asked the Department of Health to open two more vaccination points by July 15.\n"
    )
    found = province(text)
    assert leads(found) == ["BS-DOH"]
    assert "renew" not in found[0].text


DISTRICT = [
    unit("RV-DHA", "District Health Authority Ravipur", "CEO (DHA)"),
    unit("RV-AC-RVP", "Assistant Commissioner Ravipur", "AC Ravipur"),
    unit("RV-AC-LG", "Assistant Commissioner Lal Ganj", "AC Lal Ganj"),
    unit("RV-AC-SOH", "Assistant Commissioner Sohna", "AC Sohna"),
    unit("RV-DPO", "District Police Officer Ravipur", "DPO"),
    unit("RV-ADCR", "Additional Deputy Commissioner (Revenue)", "ADC (R)"),
    unit("RV-DC", "District Council Ravipur", "CO District Council"),
    unit("RV-HWY", "Highways Division Ravipur", "XEN Highways"),
]

_MINUTES = (
    "MINUTES OF THE DISTRICT EMERGENCY COMMITTEE MEETING HELD ON 12.03.2026\n\n"
    "Agenda Item No. 1: Illegal Mining\n"
    "2. The Chair was informed that illegal excavation continues along the canal.\n"
    "Decisions:\n"
)


def district(text):
    return directives_in(text, DISTRICT, "en", "2026-03-12")


def test_a_title_in_the_plural_names_every_unit_under_that_title():
    text = _MINUTES + (
        "(i) Vehicles found carrying mined sand shall be impounded and cases registered against the owners.\n"
        "Responsibility: Assistant Commissioners (all sub-divisions) / DPO\n"
        "Timeline: Immediate\n"
        "(ii) Weekly checks shall be held at every crossing and their results shared with the forum.\n"
        "Responsibility: ADC (R), Assistant Commissioners\n"
        "Timeline: Weekly\n"
    )
    found = district(text)
    everyone = {"RV-AC-RVP", "RV-AC-LG", "RV-AC-SOH"}
    assert len(found) == 2
    # the plural names the three offices: one of them leads, the others and the police help
    assert found[0].lead.code in everyone
    assert {d.code for d in found[0].coordinating} == everyone - {found[0].lead.code} | {"RV-DPO"}
    assert found[1].lead.code == "RV-ADCR"
    assert {d.code for d in found[1].coordinating} == everyone


def test_a_unit_named_without_the_district_its_directory_name_ends_on():
    text = _MINUTES.replace("Decisions:\n", "") + (
        "3. The Chair directed Chief Officer District Council to clear the encroachments from the canal road within "
        "10 days in collaboration with the Highways Division and the Assistant Commissioner Sohna.\n"
    )
    found = district(text)
    assert leads(found) == ["RV-DC"]
    assert [d.code for d in found[0].coordinating] == ["RV-HWY", "RV-AC-SOH"]
    assert str(found[0].deadline) == "2026-03-22"


REGION = [
    unit("WB-PW", "Public Works Department", "Commissioner of Public Works"),
    unit("WB-FIN", "Finance Department", "City Treasurer"),
    unit("WB-LEGAL", "Legal Services", "City Solicitor"),
    unit("WB-PARKS", "Parks Department", "Director of Parks"),
]


def region(text):
    return directives_in(text, REGION, "en", "2026-02-11")


def test_items_received_for_information_are_no_orders():
    text = (
        "5. Consent Agenda\nMoved by Councillor Adams\nSeconded by Councillor Brook\n"
        "That Council receive the following items for information: Report FN-02-2026, Reserve Balances; "
        "Report PL-07-2026, Building Permit Activity.\nCARRIED\n\n"
        "6. Reports\nMoved by Councillor Chen\nSeconded by Councillor Diaz\n"
        "That the Director of Parks be directed to replace the Elm Park playground by June 30, 2026.\nCARRIED\n"
    )
    found = region(text)
    assert leads(found) == ["WB-PARKS"]


def test_an_authorisation_among_a_motion_s_clauses_is_no_order():
    text = (
        "7.1 Report PW-04-2026, Harbour Street Reconstruction\nMoved by Councillor Adams\n"
        "Seconded by Councillor Chen\n"
        "That the Commissioner of Public Works be directed to tender the Harbour Street works within 60 days;\n"
        "And that the City Solicitor be authorized to sign the easement agreement with the Harbour Commission.\n"
        "CARRIED\n\n"
        "7.2 Sidewalk Repairs\nMoved by Councillor Adams\nSeconded by Councillor Chen\n"
        "That the Commissioner of Public Works be directed to repair the Queen Street sidewalk within 30 days;\n"
        "And that the City Solicitor be authorized and directed to register the easement by April 30, 2026.\n"
        "CARRIED\n"
    )
    found = region(text)
    # leave to sign is no order; leave with a direction is one
    assert leads(found) == ["WB-PW", "WB-PW", "WB-LEGAL"]
    assert "sign the easement" not in " ".join(d.text for d in found)


def test_a_partner_in_an_aside_right_after_the_verb():
    text = (
        "8. Motions\nMoved by Councillor Diaz\nSeconded by Councillor Brook\n"
        "NOW THEREFORE BE IT RESOLVED THAT the Commissioner of Public Works be directed to prepare, with the City "
        "Treasurer, an estimate of the cost of lighting the Riverside trail, for consideration during the 2027 budget "
        "deliberations.\nCARRIED\n"
    )
    found = region(text)
    assert leads(found) == ["WB-PW"]
    assert [d.code for d in found[0].coordinating] == ["WB-FIN"]


def test_a_span_of_months_is_due_at_its_end():
    text = (
        "Concluding the meeting, the Chairman thanked the departments.\n\n"
        "He asked the Department of Health to run the school vaccination drive during September-November 2026.\n"
    )
    found = province(text)
    assert leads(found) == ["BS-DOH"]
    assert str(found[0].deadline) == "2026-11-30"
