"""Orders in the forms a forty-fifth batch of Swedish texts written blind showed: a Finnish welfare area's follow-up
of its board's assignments flattened to a line a row, its cells given with their labels ("§ 31/2026 Utreda ...
Ansvarig: resultatområdet för ... Tidplan: 30.9.2026 (ursprungligen 31.5.2026) Status: pågår"), the rows done kept
where the decision closes them; a municipal board's follow-up of the council's assignments headed "KF-beslut Uppdrag
Ansvarig nämnd/bolag Klart senast Status", a row done whose closing is proposed in a sentence after its status; an
adverb between the verb and the one given the assignment ("gav enhälligt X i uppdrag"); and a government's
assignment carried out "i nära dialog med" a partner. Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

AREA = [
    unit("MV-HOS", "Resultatområdet för hälso- och sjukvård"),
    unit("MV-ALD", "Resultatområdet för äldreomsorg"),
    unit("MV-IT", "IT-enheten"),
    unit("MV-EKO", "Ekonomienheten", "ekonomidirektören"),
    unit("MV-DIR", "Välfärdsområdesdirektören"),
    unit("MV-VOS", "Välfärdsområdesstyrelsen", "styrelsen"),
]


def area(text, meeting="2026-11-10"):
    return directives_in(text, AREA, "sv", meeting)


AREA_FOLLOW_UP = (
    "MELLANÅ VÄLFÄRDSOMRÅDE\nVälfärdsområdesstyrelsen\nPROTOKOLL 14/2026\n\n"
    "§ 201 UPPFÖLJNING AV STYRELSENS UPPDRAG\n\n"
    "Förvaltningen har sammanställt läget per 31.10.2026.\n\n"
    "Beslut Uppdrag Ansvarig Tidplan Status\n"
    "§ 31/2026 Utreda en gemensam nattpatrull för hemsjukvården Ansvarig: resultatområdet för äldreomsorg "
    "Tidplan: 30.12.2026 (ursprungligen 31.5.2026) Status: pågår, försenad\n"
    "§ 64/2026 Införa ett nytt patientdatasystem på hälsostationerna Ansvarig: resultatområdet för hälso- och "
    "sjukvård tillsammans med IT-enheten Tidplan: 31.3.2027 Status: pågår\n"
    "§ 88/2026 Revidera taxan för hemservice Ansvarig: ekonomienheten Tidplan: 30.9.2026 Status: slutfört\n"
    "§ 102/2026 Uppdatera rutinen för krisstöd Ansvarig: välfärdsområdesdirektören Tidplan: 31.8.2026 "
    "Status: slutfört\n\n"
    "Välfärdsområdesdirektörens förslag\n"
    "Styrelsen antecknar uppföljningen och konstaterar att uppdraget enligt § 88/2026 är slutfört.\n\n"
    "Beslut\nStyrelsen godkände förslaget.\n"
)


def test_a_follow_up_row_flattened_with_its_cells_labels_reads_its_lead_and_due():
    found = [d for d in area(AREA_FOLLOW_UP) if d.text.startswith("§")]
    assert [d.text[:9] for d in found[:2]] == ["§ 31/2026", "§ 64/2026"]
    assert leads(found[:2]) == ["MV-ALD", "MV-HOS"]
    assert [c.code for c in found[1].coordinating] == ["MV-IT"]
    assert found[0].references == ["§ 31/2026"]
    assert str(found[1].deadline) == "2027-03-31"


def test_a_due_cell_s_bracket_with_the_due_it_had_first_is_no_longer_its_due():
    first = area(AREA_FOLLOW_UP)[0]
    assert str(first.deadline) == "2026-12-30"


def test_a_row_done_that_the_decision_closes_stays_on_the_list_until_then():
    found = [d.text[:10] for d in area(AREA_FOLLOW_UP) if d.text.startswith("§")]
    # the row the decision names as done stays; the one done that it does not name gives no order
    assert found == ["§ 31/2026 ", "§ 64/2026 ", "§ 88/2026 "]


TOWN = [
    unit("BK-KS", "Kommunstyrelsen"),
    unit("BK-BUN", "Barn- och utbildningsnämnden"),
    unit("BK-SN", "Socialnämnden"),
    unit("BK-TN", "Tekniska nämnden"),
    unit("BK-HAB", "Björkvalla Hamn AB"),
]


def test_a_council_decision_column_named_by_the_council_and_a_lead_column_for_boards_or_companies():
    text = (
        "BJÖRKVALLA KOMMUN\nKommunstyrelsen\nSAMMANTRÄDESPROTOKOLL\n\n"
        "§ 140 Uppföljning av fullmäktiges uppdrag\n\n"
        "Uppföljning per 2026-09-30\n"
        "KF-beslut Uppdrag Ansvarig nämnd/bolag Klart senast Status\n"
        "KF 2025-04-14 § 51 Ta fram en plan för skolskjutsar Barn- och utbildningsnämnden 2026-12-31 Pågår.\n"
        "KF 2025-09-22 § 103 Utreda en ny gästhamn Björkvalla Hamn AB 2026-06-30 Klart. Redovisad KS 2026-08-19 "
        "§ 97. Föreslås avskrivas.\n"
        "KF 2026-02-16 § 12 Se över riktlinjerna för försörjningsstöd Socialnämnden 2026-10-31 Klart.\n\n"
        "Kommunstyrelsens beslut\nKommunstyrelsen lägger redovisningen till handlingarna.\n"
    )
    found = directives_in(text, TOWN, "sv", "2026-10-14")
    assert [d.text[:18] for d in found] == ["KF 2025-04-14 § 51", "KF 2025-09-22 § 10"]
    assert leads(found) == ["BK-BUN", "BK-HAB"]
    assert [str(d.deadline) for d in found] == ["2026-12-31", "2026-06-30"]


def test_an_adverb_between_the_verb_and_the_one_given_the_assignment():
    text = (
        "§ 215 HEMVÅRDENS NATTPERSONAL\n\nBeslut\n"
        "Styrelsen gav enhälligt resultatområdet för äldreomsorg i uppdrag att i samarbete med IT-enheten "
        "utreda nattillsyn med kamera, inklusive integritet och kostnader. Utredningen ska föreläggas styrelsen "
        "senast 20.3.2027.\n"
    )
    (found,) = area(text)
    assert leads([found]) == ["MV-ALD"]
    assert [c.code for c in found.coordinating] == ["MV-IT"]
    assert str(found.deadline) == "2027-03-20"


AGENCIES = [
    unit("GV-MVP", "Myndigheten för vattenplanering", "myndigheten"),
    unit("GV-LM", "Lantmäteriet"),
]


def test_an_assignment_carried_out_in_close_dialogue_with_a_partner():
    text = (
        "Regleringsbrev för budgetåret 2027 avseende Myndigheten för vattenplanering\n\n"
        "2.1 Uppdrag\n\n"
        "3. Uppdrag att bygga en portal för grundvattendata\n"
        "Myndigheten ska bygga en portal för grundvattendata. Uppdraget ska genomföras i nära dialog med "
        "Lantmäteriet. Utgångspunkten är att portalen ska vara öppen för alla. Uppdraget ska redovisas senast "
        "den 1 december 2027.\n"
    )
    (found,) = directives_in(text, AGENCIES, "sv", "2026-12-17")
    assert leads([found]) == ["GV-MVP"]
    assert [c.code for c in found.coordinating] == ["GV-LM"]
    assert str(found.deadline) == "2027-12-01"


TOWN_FOLLOW_UP = (
    "BJÖRKVALLA KOMMUN\nKommunstyrelsen\n\n"
    "§ 141 Uppföljning av fullmäktiges uppdrag\n\n"
    "KF-beslut Uppdrag Ansvarig nämnd/bolag Klart senast Status\n"
    "KF 2025-11-24 § 160 Utreda cykelparkeringar vid skolorna (bifall till motion) Tekniska nämnden Inom ett år "
    "från beslutet Pågår.\n"
    "KF 2025-05-19 § 70 Ta fram en plan för mötesplatser för äldre Socialnämnden 2026-11-30 Pågår. "
    "Dialog enligt KS 2026-03-11 § 41 klar.\n\n"
    "Kommunstyrelsens beslut\nKommunstyrelsen lägger redovisningen till handlingarna.\n"
)


def test_a_row_s_due_counted_from_its_own_decision():
    first = directives_in(TOWN_FOLLOW_UP, TOWN, "sv", "2026-10-14")[0]
    assert leads([first]) == ["BK-TN"]
    assert str(first.deadline) == "2026-11-24"


def test_a_decision_the_status_cell_tells_of_is_no_reference_of_the_row():
    second = directives_in(TOWN_FOLLOW_UP, TOWN, "sv", "2026-10-14")[1]
    assert second.references == ["KF 2025-05-19 § 70"]


def test_a_decision_clause_that_brings_the_results_back_gives_the_deadline():
    text = (
        "§ 88 Fallskador på sjukhusen\n\nBeslut\nHälso- och sjukvårdsnämnden beslutar\n"
        "att uppdra åt Resultatområdet för äldreomsorg att under andra kvartalet 2027 genomföra en kartläggning "
        "av fallskador på samtliga avdelningar,\n"
        "att resultatet redovisas för nämnden i september 2027.\n"
    )
    (found,) = area(text, "2026-12-01")
    assert leads([found]) == ["MV-ALD"]
    assert str(found.deadline) == "2027-09-30"


def test_a_document_in_force_that_the_order_revises_is_a_reference():
    text = (
        "§ 52 Föreningsstöd\n\nBeslut\n"
        "Kommunstyrelsen ger Socialnämnden i uppdrag att revidera riktlinjerna för hyresbidrag senast 2026-05-31.\n"
        "Kommunstyrelsen ger Tekniska nämnden i uppdrag att bereda en ändring av delegationsstadgan senast "
        "2026-06-30.\n"
        "Kommunstyrelsen ger Barn- och utbildningsnämnden i uppdrag att ta fram riktlinjer för läxhjälp senast "
        "2026-08-31.\n"
    )
    found = directives_in(text, TOWN, "sv", "2026-03-02")
    assert [d.references for d in found] == [["riktlinjerna för hyresbidrag"], ["delegationsstadgan"], []]


def test_a_welfare_area_s_own_plan_is_a_reference():
    text = (
        "§ 220 BEREDSKAP\n\nBeslut\n"
        "Välfärdsområdesdirektören ska senast 31.1.2027 uppdatera välfärdsområdets evakueringsplan.\n"
    )
    (found,) = area(text)
    assert found.references == ["välfärdsområdets evakueringsplan"]
