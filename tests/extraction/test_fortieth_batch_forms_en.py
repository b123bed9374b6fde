"""Orders in the forms a fortieth batch of English texts written blind showed: a shire council's resolution whose
numbered clauses give the same officer two orders ("2. Requests the CEO to ...; 3. Directs the CEO to report on
..."), a report due at a meeting named by its month (the day the minutes give for it, or the month's end for a
workshop), a collector's remark that the administration "should learn lessons" (no order), a unit asked in the
passive before its lettered tasks, lettered tasks run in after the colon, an actions register's resolution column, a
draft plan to prepare (no reference) and a policy to review (one), bills and an agreement named before the order that
points back to them. Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

SHIRE = [
    unit("BS-GM", "Office of the General Manager", "General Manager"),
    unit("BS-WORKS", "Works and Services Directorate", "Director Works and Services"),
    unit("BS-LIB", "Library Services", "Manager Library Services"),
    unit("BS-REC", "Recreation", "Manager Recreation"),
]

_MINUTES = (
    "BIRCHWOOD SHIRE COUNCIL\nMINUTES OF THE ORDINARY MEETING OF COUNCIL HELD ON WEDNESDAY 15 JULY 2026\n\n"
    "7.1 STORMWATER DRAINAGE RENEWAL PROGRAM\nRESOLUTION 2026/301\nMOVED Cr Ellis SECONDED Cr Park\n"
    "That Council:\n"
    "1. Receives the report on the Stormwater Drainage Renewal Program;\n"
    "2. Requests the General Manager to write to the catchment authority by 3 August 2026 seeking funding for "
    "the Kerr Street culvert;\n"
    "3. Directs the General Manager to report on the cost of relining the Mill Lane drains to the August 2026 "
    "Ordinary Meeting of Council.\n"
    "CARRIED 6/1\n\n"
)
_NEXT = "NEXT MEETING: The next Ordinary Meeting of Council will be held on Wednesday 19 August 2026 at 6.00pm.\n"


def shire(text, units=SHIRE):
    return directives_in(text, units, "en", "2026-07-15")


def test_a_resolution_s_numbered_clauses_are_two_orders_to_the_same_officer():
    found = shire(_MINUTES + _NEXT)
    assert leads(found) == ["BS-GM", "BS-GM"]
    assert found[0].text.startswith("Requests the General Manager to write")
    assert found[1].text.startswith("Directs the General Manager to report")
    assert str(found[0].deadline) == "2026-08-03"


def test_a_meeting_named_by_its_month_takes_the_day_the_minutes_give_for_it():
    text = (
        "That Council requests the Director Works and Services to report on the condition of the Mill Lane footbridge "
        "to the August 2026 Ordinary Meeting of Council.\nCARRIED 7/0\n\n" + _NEXT
    )
    found = shire(text)
    assert leads(found) == ["BS-WORKS"]
    assert str(found[0].deadline) == "2026-08-19"


def test_a_workshop_named_by_its_month_is_due_at_the_month_s_end():
    text = (
        "That Council:\n1. Notes the petition on the library's summer hours;\n"
        "2. Requests the Manager Library Services to prepare costed options for Sunday opening for discussion at the "
        "February 2027 councillor workshop.\nCARRIED 7/0\n"
    )
    found = shire(text)
    assert leads(found) == ["BS-LIB"]
    assert str(found[0].deadline) == "2027-02-28"


DISTRICT = [
    unit("RM-IRR", "Irrigation Department, Ramgarh", "Irrigation"),
    unit("RM-HLT", "District Health Office, Ramgarh", "District Health Officer"),
]


def test_lessons_to_learn_from_a_past_year_are_no_order():
    text = (
        "Ramgarh, July 2: The District Collector held a review meeting on flood preparedness on Wednesday.\n\n"
        "Addressing the officers, the Collector said that three tanks had breached in the last monsoon and 16 "
        "villages were cut off for a week, and that the district machinery should draw lessons from those floods.\n\n"
        "The Collector directed the Irrigation officials to strengthen the bunds of all vulnerable tanks by July 20.\n"
    )
    found = directives_in(text, DISTRICT, "en", "2026-07-01")
    assert leads(found) == ["RM-IRR"]


PROVINCE = [
    unit("KL-ROADS", "Department of Roads and Bridges", "Roads Department"),
    unit("KL-WATER", "Provincial Water Board", "Water Board"),
    unit("KL-HEALTH", "Department of Health"),
]

_DECISION = (
    "RECORD OF DECISIONS\nProvincial Executive Council, sitting of 4 May 2026\n\nThe Council decided as follows:\n\n"
    "1. The Department of Health shall vaccinate all school staff against measles before 30 June 2026.\n\n"
)


def test_a_unit_asked_in_the_passive_leads_its_lettered_tasks():
    text = _DECISION + (
        "2. The Roads Department is requested to:\n"
        "(a) Repair the washed-out culverts on the coastal highway before 31 May 2026;\n"
        "(b) Post warning signs at every flooded crossing.\n\n"
        "3. The Water Board shall test the wells of the resettlement camps.\n"
    )
    found = directives_in(text, PROVINCE, "en", "2026-05-04")
    assert leads(found) == ["KL-HEALTH", "KL-ROADS", "KL-ROADS", "KL-WATER"]


def test_lettered_tasks_run_in_after_the_colon_are_the_unit_s():
    text = _DECISION + (
        "2. The Water Board shall: (a) Flush the mains of the northern district before 20 May 2026; (b) Publish the "
        "results of the water tests every week.\n"
    )
    found = directives_in(text, PROVINCE, "en", "2026-05-04")
    assert leads(found) == ["KL-HEALTH", "KL-WATER", "KL-WATER"]
    assert found[1].text.startswith("Flush") and str(found[1].deadline) == "2026-05-20"


def test_a_register_s_resolution_column_gives_each_row_its_reference():
    text = (
        "9. ACTIONS REGISTER\nOpen actions from earlier meetings are listed below.\n"
        "Res. No. | Date | Action | Officer | Due | Progress\n"
        "2026/044 | 18/03/2026 | Prepare a draft Open Space Strategy 2027-2037 for community comment | "
        "Manager Recreation | 30/09/2026 | Consultant engaged\n"
        "2026/097 | 20/05/2026 | Review the Library Fees and Charges Policy and report to Council | "
        "Manager Library Services | Oct 2026 | Not started\n"
    )
    found = shire(text)
    assert leads(found) == ["BS-REC", "BS-LIB"]
    assert found[0].references == ["2026/044"]
    assert found[1].references == ["2026/097", "Library Fees and Charges Policy"]


def test_an_officer_column_names_who_leads_each_row():
    text = (
        "10. ACTIONS ARISING\n"
        "Item | Action | Officer | Due\n"
        "4.2 | Replace the shade sails at the Birchwood skate park | Manager Recreation | 30/10/2026\n"
        "5.1 | Extend the mobile library route to Kerr Creek | Manager Library Services | 15/12/2026\n"
    )
    found = shire(text)
    assert leads(found) == ["BS-REC", "BS-LIB"]
    assert [str(d.deadline) for d in found] == ["2026-10-30", "2026-12-15"]


CABINET = [
    unit("MB-JUS", "Ministry of Justice and Legal Affairs", "Ministry of Justice"),
    unit("MB-FOR", "Ministry of Foreign Affairs"),
    unit("MB-LAB", "Ministry of Labour"),
]


def test_bills_and_an_agreement_named_before_are_the_references_of_the_orders_on_them():
    text = (
        "CABINET COMMUNIQUE\nCabinet met on Thursday, 11th March, 2027.\n\n"
        "Cabinet approved the publication of the Employment Code (Amendment) Bill, 2027 and the Occupational Safety "
        "Bill, 2027. The Ministry of Justice was directed to finalise the drafting of the two Bills before the next "
        "sitting of Parliament.\n\n"
        "Cabinet further approved the ratification of the Convention on the Protection of Migrant Workers. The "
        "Ministry of Foreign Affairs was instructed to deposit the instrument of ratification with the depositary.\n"
    )
    found = directives_in(text, CABINET, "en", "2027-03-11")
    assert leads(found) == ["MB-JUS", "MB-FOR"]
    assert found[0].references == ["Employment Code (Amendment) Bill, 2027", "Occupational Safety Bill, 2027"]
    assert found[1].references == ["the Convention on the Protection of Migrant Workers"]


def test_a_public_investment_plan_of_a_year_and_a_level():
    text = _DECISION + (
        "2. The Roads Department shall propose moving VND 12 billion from the 2027 provincial public investment plan "
        "to the repair of the flooded bridges, and report before 15 June 2026.\n"
    )
    found = directives_in(text, PROVINCE, "en", "2026-05-04")
    assert leads(found) == ["KL-HEALTH", "KL-ROADS"]
    assert found[1].references == ["2027 provincial public investment plan"]
    assert str(found[1].deadline) == "2026-06-15"
