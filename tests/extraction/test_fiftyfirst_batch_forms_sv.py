"""Orders in the forms a fifty-first batch of Swedish texts written blind showed: a Finland-Swedish protocol's
proposal label that names its proposer ("Stadsdirektörens förslag:"), no unit its items are addressed to, and a
vote's proposition ("godkände omröstningsproposition: den som ... röstar ja"), no task; a unit's remit joined to a
task of its own ("X ansvarar för ... och ska rapportera ... till styrelsens möte 8.6.2026"); a sentence that opens
on a subordinate clause, its subject after the verb ("Innan X behandlas i nämnden ska sektorn ..."), and a sector
named again by its kind alone ("sektorn"); a sub-unit named after its office's genitive ("Stadskansliets
ekonomienhet"); a follow-up table of "|"-separated cells with a "Tidtabell" column, its rows citing the decisions they
come from the Finnish way ("StS 3.3.2026 § 40"); a kommittédirektiv whose committee the text names only as "En
parlamentariskt sammansatt kommitté" and "Kommittén", what it need not do ("behöver inte heller"), what it only
should ("bör hålla sig informerad"), the whole assignment's date in a paragraph of its own after that, and a range
of sections cited with a statute ("14–15 a §§ kommittéförordningen (1998:1474)"); a regleringsbrev's goal for the
agency's activity ("X:s verksamhet ska bidra till att ..."). Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

NORRHAMN = [
    unit("NH-KON", "Centralförvaltningen", "stadsdirektören"),
    unit("NH-TEK", "Tekniska sektorn", "tekniska"),
    unit("NH-FRI", "Fritidssektorn", "fritid"),
    unit("NH-KUN", "Kulturnämnden"),
    unit("NH-EKO", "Stadskansliet, ekonomienheten"),
    unit("NH-KAN", "Stadskansliet"),
]
NORRHAMN_HEAD = (
    "NORRHAMNS STAD                      PROTOKOLL 4/2026\nStadsstyrelsen\n\n"
    "Tid   måndag 9.3.2026 kl. 18.00–20.10\nPlats   Stadshuset\n\n"
)


def test_a_proposal_label_that_names_its_proposer_addresses_no_unit_and_a_vote_s_proposition_is_no_task():
    text = NORRHAMN_HEAD + (
        "§ 40\nGATUBELYSNINGEN I HAMNOMRÅDET\n\n"
        "Gatubelysningen i hamnområdet är föråldrad och drar mycket energi.\n\n"
        "Stadsdirektörens förslag:\n"
        "Stadsstyrelsen antecknar redogörelsen för kännedom.\n"
        "Stadsstyrelsen beslutar att staden byter armaturerna under år 2027.\n"
        "Stadsstyrelsen uppmanar tekniska sektorn att senast 31.10.2026 lägga fram en tidsplan för bytet.\n\n"
        "Ledamoten Berg föreslog, med understöd av ledamoten Ek, att ärendet bordläggs. Stadsstyrelsen "
        "godkände omröstningsproposition: den som stöder stadsdirektörens förslag röstar ja, den som stöder "
        "Bergs förslag röstar nej. Ja 9 röster, nej 2 röster.\n\n"
        "Beslut: Enligt förslaget.\n"
    )
    found = directives_in(text, NORRHAMN, "sv", "2026-03-09")
    assert leads(found) == ["NH-TEK"]
    assert found[0].text.startswith("Stadsstyrelsen uppmanar tekniska sektorn")
    assert str(found[0].deadline) == "2026-10-31"


def test_a_remit_joined_to_a_task_of_its_own_is_an_order():
    text = NORRHAMN_HEAD + (
        "§ 41\nSOMMARLOVSAKTIVITETER\n\n"
        "Stadsdirektörens förslag:\n"
        "Fritidssektorn ansvarar för programmet för sommarlovet i samarbete med tekniska sektorn och ska redovisa "
        "antalet deltagare till stadsstyrelsens möte 14.9.2026.\n\n"
        "Beslut: Enligt förslaget.\n"
    )
    found = directives_in(text, NORRHAMN, "sv", "2026-03-09")
    assert leads(found) == ["NH-FRI"]
    assert [d.code for d in found[0].coordinating] == ["NH-TEK"]
    assert str(found[0].deadline) == "2026-09-14"


def test_a_subject_after_the_verb_of_a_clause_put_first_leads_and_a_sector_by_its_kind_is_the_one_named_before():
    text = NORRHAMN_HEAD + (
        "§ 42\nNY BIBLIOTEKSFILIAL\n\n"
        "Förslag:\n"
        "Stadsstyrelsen uppmanar fritidssektorn att senast 30.11.2026 utreda två placeringar för en ny filial. "
        "Innan placeringarna behandlas i kulturnämnden ska sektorn samråda med hembygdsföreningarna.\n"
        "Stadskansliets ekonomienhet ska inom två veckor beräkna driftskostnaderna för båda placeringarna.\n\n"
        "Beslut: Förslaget godkändes.\n"
    )
    found = directives_in(text, NORRHAMN, "sv", "2026-03-09")
    assert leads(found) == ["NH-FRI", "NH-FRI", "NH-EKO"]
    assert found[1].text.startswith("Innan placeringarna behandlas")


def test_a_follow_up_table_s_rows_with_a_schedule_column_each_cite_their_decision():
    text = NORRHAMN_HEAD + (
        "§ 43\nUPPFÖLJNING AV STADSSTYRELSENS UPPDRAG\n\n"
        "Pågående uppdrag, läge 28.2.2026:\n"
        "Beslut | Uppdrag | Ansvarig | Tidtabell | Läge\n"
        "StS 12.1.2026 § 8 | Kartlägga stadens lediga lokaler | centralförvaltningen | 30.6.2026 | pågår\n"
        "StS 2.2.2026 § 19 | Ta fram en plan för snöröjningen av cykelvägar | tekniska sektorn | Q3/2026 | inlett\n"
        "StS 16.2.2026 § 31 | Utreda en ny badplats tillsammans med fritidssektorn | tekniska sektorn | "
        "31.12.2026 | pågår\n\n"
        "Stadsdirektörens förslag:\n"
        "Stadsstyrelsen antecknar uppföljningen för kännedom.\n\n"
        "Beslut: Enligt förslaget.\n"
    )
    found = directives_in(text, NORRHAMN, "sv", "2026-03-09")
    assert leads(found) == ["NH-KON", "NH-TEK", "NH-TEK"]
    assert [str(d.deadline) for d in found] == ["2026-06-30", "2026-09-30", "2026-12-31"]
    assert [d.references for d in found] == [["StS 12.1.2026 § 8"], ["StS 2.2.2026 § 19"], ["StS 16.2.2026 § 31"]]
    assert [d.code for d in found[2].coordinating] == ["NH-FRI"]


COMMITTEE = [
    unit("SE-KOM", "Kommittén om robust livsmedelsförsörjning (N 2026:05)", "Livsmedelskommittén"),
    unit("SE-LIV", "Livsmedelsberedskapsverket", "LBV"),
    unit("SE-JBV", "Statens jordbruksverk", "Jordbruksverket"),
    unit("SE-OTH", "Utredningen om fiskets framtid (N 2025:02)", "Fiskeutredningen"),
]


def test_a_committee_the_terms_of_reference_name_only_by_its_kind_is_the_directory_s_inquiry_on_their_subject():
    text = (
        "Kommittédirektiv\n\n"
        "Robust livsmedelsförsörjning vid kris och krig – lager, ansvar och kostnader\n\n"
        "Dir. 2026:71\n\n"
        "Beslut vid regeringssammanträde den 8 oktober 2026\n\n"
        "Sammanfattning\n\n"
        "En parlamentariskt sammansatt kommitté ska se över hur ansvaret för livsmedelsförsörjningen vid höjd "
        "beredskap bör fördelas och lämna förslag om statliga beredskapslager.\n\n"
        "Uppdraget\n\n"
        "Kommittén ska analysera hur lagren kan finansieras och bedöma vilka livsmedel som bör lagras.\n\n"
        "Kommittén behöver inte heller lämna förslag om ändringar i jordbrukspolitikens stödsystem.\n\n"
        "Kommittén ska redovisa förslagens konsekvenser enligt 14–15 a §§ kommittéförordningen (1998:1474).\n\n"
        "Kommittén ska samråda med Livsmedelsberedskapsverket och Statens jordbruksverk.\n\n"
        "Kommittén bör hålla sig informerad om relevant arbete inom Regeringskansliet och Europeiska unionen.\n\n"
        "Uppdraget ska slutredovisas senast den 30 juni 2028.\n"
    )
    found = directives_in(text, COMMITTEE, "sv", "2026-10-08")
    assert leads(found) == ["SE-KOM"] * 5
    assert not any("behöver inte heller" in d.text or "hålla sig informerad" in d.text for d in found)
    assert found[-1].text.startswith("Uppdraget ska slutredovisas senast den 30 juni 2028")
    assert str(found[-1].deadline) == "2028-06-30"
    assert [" ".join(r.split()) for r in found[2].references] == ["14–15 a §§ kommittéförordningen (1998:1474)"]
    assert [d.code for d in found[3].coordinating] == ["SE-LIV", "SE-JBV"]


def test_a_regleringsbrev_s_goal_for_the_agency_s_activity_is_no_order():
    text = (
        "Regeringsbeslut 9\nLandsbygdsdepartementet\n2026-12-10\n\n"
        "Regleringsbrev för budgetåret 2027 avseende Livsmedelsberedskapsverket\n\n"
        "1 Verksamhet\n\nMål\n\n"
        "Livsmedelsberedskapsverkets verksamhet ska bidra till att hushållen i hela landet har tillgång till "
        "livsmedel även vid allvarliga störningar.\n\n"
        "Återrapporteringskrav\n\n"
        "Livsmedelsberedskapsverket ska redovisa hur lagerhållningen har utvecklats under 2027. Redovisningen ska "
        "lämnas till Regeringskansliet senast den 20 februari 2028.\n"
    )
    found = directives_in(text, COMMITTEE, "sv", "2026-12-10")
    assert leads(found) == ["SE-LIV"]
    assert found[0].text.startswith("Livsmedelsberedskapsverket ska redovisa")
    assert str(found[0].deadline) == "2028-02-20"
