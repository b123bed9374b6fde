"""Orders in the forms a sixtieth batch of English texts written blind showed: a Philippine provincial board's
resolution (its title in capitals, "A RESOLUTION DIRECTING ...", its "WHEREAS" recitals, the mover line with "Hon."
before each member's name, its "RESOLVED FURTHER, that X shall ..." clauses, a clause whose product alone gets the
deadline, "Such ... shall be submitted ...", and its closing "copies of this Resolution be furnished ...", which
orders nothing; a draft memorandum of agreement by its parties and matter); a US council's follow-up list ("Staff
to ...", the staff at large; "Originally due ...; now scheduled for ...", the moved date; "at the June 16 budget
hearing"; "X asked that they bring back ...", the unit named before); a governor's press release ("praised the
directorate and instructed them to ...", "the road, which was damaged by a landslide, within 15 days", "before the
winter rains begin", no date); a news item's "had been assigned", told. Texts and directory written for these
tests."""

from tests.extraction.conftest import directives_in, leads, unit

DIRECTORY = [
    unit("SM-SP", "Sangguniang Panlalawigan of San Mateo", "Sangguniang Panlalawigan", "this Body", "SP"),
    unit(
        "SM-PHO", "Provincial Health Office, San Mateo", "Provincial Health Office", "PHO", "Provincial Health Officer"
    ),
    unit(
        "SM-PVO", "Provincial Veterinary Office, San Mateo", "Provincial Veterinary Office", "Provincial Veterinarian"
    ),
    unit("SM-PLO", "Provincial Legal Office, San Mateo", "Provincial Legal Office", "Provincial Legal Officer"),
    unit("SM-PEO", "Provincial Engineering Office, San Mateo", "Provincial Engineering Office", "Provincial Engineer"),
    unit("SM-CH", "SP Committee on Health", "Committee on Health"),
    unit("BR-PW", "Public Works Department, City of Brookfield", "Public Works"),
    unit("BR-REC", "Recreation Department, City of Brookfield", "Recreation"),
    unit("BR-LIB", "Brookfield Public Library", "Library"),
    unit("BR-PLAN", "Planning Division, City of Brookfield", "Planning"),
    unit("KD-HEALTH", "Kandar Directorate of Public Health", "directorate of public health", "health directorate"),
    unit("KD-ROADS", "Kandar Directorate of Public Works", "directorate of public works", "public works directorate"),
    unit("KD-WATER", "Kandar Directorate of Water Supply", "water supply directorate", "directorate of water supply"),
    unit("KD-MUN", "Kandar Municipality", "municipality"),
]


def run(text, meeting="2026-02-10"):
    return directives_in(text, DIRECTORY, "en", meeting)


RESOLUTION = (
    "Republic of the Philippines\nPROVINCE OF SAN MATEO\nOFFICE OF THE SANGGUNIANG PANLALAWIGAN\n\n"
    "RESOLUTION NO. 77\nSeries of 2026\n\n"
    "A RESOLUTION DIRECTING THE PROVINCIAL HEALTH OFFICE AND OTHER CONCERNED OFFICES TO CONTAIN THE SPREAD OF "
    "AFRICAN SWINE FEVER IN THE UPLAND MUNICIPALITIES AND FOR OTHER PURPOSES\n\n"
    "WHEREAS, cases of African swine fever were confirmed in four barangays of the Municipality of Tala in "
    "January 2026;\n"
    "WHEREAS, this Body directed the Provincial Veterinary Office in 2025 to set up checkpoints along the "
    "provincial roads, which checkpoints were put up in March 2025;\n"
    "WHEREAS, the Provincial Health Officer reported that no human health risk has been found;\n"
    "NOW, THEREFORE, on motion of Hon. Teresa B. Lim, duly seconded by Hon. Arnel C. Ramos, be it\n"
    "RESOLVED, as it is hereby RESOLVED, to approve the release of PHP 3,000,000.00 from the Calamity Fund;\n"
    "RESOLVED FURTHER, that the Provincial Veterinarian shall cull all infected herds and shall finish the "
    "disinfection of the affected farms not later than March 20, 2026;\n"
    "RESOLVED FURTHER, that the Provincial Health Office is directed to draw up a list of the backyard raisers in "
    "the affected barangays. Such consolidated list shall be submitted to the Committee on Health of this Body "
    "within ten (10) working days;\n"
    "RESOLVED FURTHER, that the Provincial Legal Office review the draft Memorandum of Agreement between the "
    "Province and the Municipality of Tala on the sharing of indemnity costs and render its opinion thereon before "
    "the next regular session;\n"
    "RESOLVED FINALLY, that copies of this Resolution be furnished the Honorable Governor, the Provincial "
    "Veterinarian and the Provincial Health Officer, for their information and guidance.\n\n"
    "CARRIED.\n"
)


def test_a_resolutions_whereas_recitals_are_no_orders():
    found = run(RESOLUTION)
    assert not [d.text for d in found if d.text.startswith(("WHEREAS", "NOW"))]


def test_a_resolutions_title_in_capitals_is_no_order():
    found = run(RESOLUTION)
    assert not [d.text for d in found if d.text.startswith("A RESOLUTION")]


def test_a_resolved_further_clause_leads_by_the_unit_or_head_after_that():
    found = run(RESOLUTION)
    assert [d.text[:45] for d in found] == [
        "RESOLVED FURTHER, that the Provincial Veterin",
        "RESOLVED FURTHER, that the Provincial Health ",
        "RESOLVED FURTHER, that the Provincial Legal O",
    ]
    assert leads(found) == ["SM-PVO", "SM-PHO", "SM-PLO"]


def test_a_resolutions_closing_clause_that_sends_copies_round_is_no_order():
    found = run(RESOLUTION)
    assert not [d.text for d in found if "copies of this Resolution" in d.text]


def test_a_sentence_on_the_clauses_product_introduced_by_such_gives_its_deadline():
    found = run(RESOLUTION)
    health = next(d for d in found if "backyard raisers" in d.text)
    assert health.text.endswith("within ten (10) working days")
    assert str(health.deadline) == "2026-02-24"


def test_a_draft_memorandum_of_agreement_is_named_by_its_parties_and_matter():
    found = run(RESOLUTION)
    legal = next(d for d in found if d.lead is not None and d.lead.code == "SM-PLO")
    assert legal.references == [
        "draft Memorandum of Agreement between the Province and the Municipality of Tala on the sharing of "
        "indemnity costs"
    ]


def test_the_honourable_before_a_members_name_ends_no_sentence():
    text = (
        "On motion of Hon. Gloria P. Santos, seconded by Hon. Efren D. Uy, the Body directed the Provincial "
        "Engineering Office to inspect the Maasin bridge within seven days.\n"
    )
    found = run(text)
    assert [d.text[:20] for d in found] == ["On motion of Hon. Gl"]
    assert leads(found) == ["SM-PEO"]


FOLLOW_UP = (
    "CITY OF BROOKFIELD\nCOUNCIL DIRECTION / FOLLOW-UP ITEMS\n\n"
    "1. Public Works to bring back a plan for the resurfacing of Elm Street at the April 7 meeting.\n"
    "2. Planning to draft an update of the sign ordinance within 45 days.\n"
    "3. Staff to study a pilot for late-night library hours and present it at the May 19 budget hearing.\n"
    "4. Recreation reported that the summer swim program closed in August. Councilmember Diaz asked that they "
    "bring back attendance figures by age group; the figures should come back no later than the first meeting in "
    "June.\n\n"
    "ITEMS CARRIED FORWARD\n"
    "- December 9, 2025: Library to present the revised fines policy. Originally due January 20, 2026; now "
    "scheduled for March 3, 2026.\n"
)


def test_staff_as_the_subject_of_a_follow_up_item_is_no_unit():
    found = run(FOLLOW_UP)
    staff = next(d for d in found if d.text.startswith("Staff to study"))
    assert staff.lead is None


def test_a_date_followed_by_a_budget_hearing_is_that_hearings_day():
    found = run(FOLLOW_UP)
    staff = next(d for d in found if d.text.startswith("Staff to study"))
    assert str(staff.deadline) == "2026-05-19"


def test_a_request_that_they_bring_back_is_the_unit_named_before():
    found = run(FOLLOW_UP)
    asked = next(d for d in found if "asked that they" in d.text)
    assert asked.text.startswith("Councilmember Diaz asked that they bring back")
    assert asked.lead is not None and asked.lead.code == "BR-REC"
    assert str(asked.deadline) == "2026-06-30"


def test_a_moved_due_date_after_an_item_is_its_deadline():
    found = run(FOLLOW_UP)
    library = next(d for d in found if d.text.startswith("Library to present"))
    assert library.text.endswith("now scheduled for March 3, 2026")
    assert str(library.deadline) == "2026-03-03"
    assert len([d for d in found if "Originally due" in d.text]) == 1


PRESS = (
    "Kandar, 2 November 2025: The Governor of Kandar province chaired a meeting of the provincial administration "
    "on the preparations for winter.\n"
    "The governor commended the water supply directorate and directed them to repair the pumping station in the "
    "old city before 30 November.\n"
    "The directorate of public works was instructed to clear the Kandar-Shahr road at the northern pass, which was "
    "blocked by a rockfall, within 10 days.\n"
    "He said the municipality must empty all storm drains in the bazaar before the winter rains begin.\n"
)


def test_a_unit_praised_then_instructed_by_its_pronoun_leads():
    found = run(PRESS, "2025-11-02")
    water = next(d for d in found if "pumping station" in d.text)
    assert water.lead is not None and water.lead.code == "KD-WATER"


def test_a_delay_after_a_relative_clause_in_the_past_set_off_by_commas_is_the_orders():
    found = run(PRESS, "2025-11-02")
    road = next(d for d in found if "rockfall" in d.text)
    assert str(road.deadline) == "2025-11-12"


def test_before_the_winter_rains_is_no_date():
    found = run(PRESS, "2025-11-02")
    drains = next(d for d in found if "storm drains" in d.text)
    assert drains.lead is not None and drains.lead.code == "KD-MUN"
    assert drains.deadline is None


def test_what_had_been_assigned_before_is_told_no_order():
    text = (
        "The Municipal Health Director said the new clinic had been assigned two nurses and a midwife, and that "
        "antenatal services started on 4 May.\n"
        "The director of water supply said the reservoir had been handed over in April.\n"
    )
    assert run(text, "2026-05-12") == []
