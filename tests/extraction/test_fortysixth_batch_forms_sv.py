"""Orders in the forms a forty-sixth batch of Swedish texts written blind showed: a government decision's scope left
out ("I uppdraget ingår inte att ..."); a schedule told in an information item ("Enligt den tidplan som ... ska
handlingen vara klar ..."); an earlier assignment recalled in a follow-up that was already reported and is closed
at the meeting; and an ordinance named with its full title ("förordningen (2009:1174) med instruktion för X").
Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

AGENCIES = [
    unit("GV-ESV", "Ekonomistyrningsverket", "ESV"),
    unit("GV-TRV", "Trafikverket"),
    unit("GV-TS", "Transportstyrelsen"),
    unit("GV-BOV", "Boverket"),
]


def government(text, meeting="2026-05-07"):
    return directives_in(text, AGENCIES, "sv", meeting)


DECISION = (
    "Regeringsbeslut II:7\n2026-05-07\nI2026/00912\nLandsbygds- och infrastrukturdepartementet\n\n"
    "Ekonomistyrningsverket\nBox 45316\n104 30 Stockholm\n\n"
    "Uppdrag att granska Trafikverkets ekonomistyrning\n\n"
    "Regeringens beslut\n"
    "Regeringen uppdrar åt Ekonomistyrningsverket att granska hur Trafikverket planerar och följer upp\n"
    "kostnaderna för underhållet av järnvägen.\n"
    "Uppdraget ska redovisas till Regeringskansliet (Landsbygds- och infrastrukturdepartementet)\n"
    "senast den 1 mars 2027.\n\n"
    "Närmare om uppdraget\n"
)


def test_a_part_left_out_of_the_assignment_is_no_order():
    text = DECISION + (
        "Ekonomistyrningsverket ska också bedöma om Trafikverkets prognoser för underhållet är tillförlitliga.\n"
        "I uppdraget ingår däremot inte att överväga om Transportstyrelsen bör ta över Trafikverkets tillsyn.\n"
    )
    found = government(text)
    assert leads(found) == ["GV-ESV", "GV-ESV"]
    assert not any("ingår" in d.text for d in found)


def test_an_ordinance_named_with_its_full_title_is_the_reference():
    text = DECISION.replace(
        "granska hur Trafikverket planerar och följer upp\nkostnaderna för underhållet av järnvägen.",
        "granska hur Trafikverket fullgör sina uppgifter enligt förordningen (2010:185) med instruktion för\n"
        "Trafikverket när det gäller underhållet av järnvägen.",
    )
    found = government(text)
    assert [d.references for d in found] == [["förordningen (2010:185) med instruktion för\nTrafikverket"]]


TOWN = [
    unit("HK-KS", "Kommunstyrelsen"),
    unit("HK-KLF", "Kommunledningsförvaltningen", "kommundirektören"),
    unit("HK-SBF", "Samhällsbyggnadsförvaltningen"),
    unit("HK-BUN", "Barn- och utbildningsnämnden"),
    unit("HK-SN", "Socialnämnden"),
]


def town(text, meeting="2026-10-14"):
    return directives_in(text, TOWN, "sv", meeting)


def test_a_schedule_told_in_an_information_item_is_no_order():
    text = (
        "HAGBY KOMMUN\nSAMMANTRÄDESPROTOKOLL\nKommunstyrelsens arbetsutskott\n\n"
        "§ 77\nInformation om den fördjupade översiktsplanen för Hagby centrum\n"
        "Samhällsbyggnadsförvaltningen redogör för arbetet med planen och för synpunkterna från medborgardialogen.\n"
        "Enligt tidplanen som kommunstyrelsen antog 2025-02-05 ska granskningshandlingen vara färdig i mars 2027 "
        "och antagandet ske under hösten 2027. Förvaltningen bedömer att tidplanen håller.\n"
        "Beslut\nArbetsutskottet noterar informationen.\n"
    )
    assert town(text) == []


def test_an_earlier_assignment_reported_and_closed_at_the_meeting_is_no_longer_open():
    text = (
        "§ 150 Uppföljning av kommunstyrelsens uppdrag\n"
        "Kommunledningsförvaltningen redovisar de uppdrag som ännu inte är slutredovisade.\n"
        "Kommunstyrelsen beslutade 2026-02-11, § 22, att uppdra åt barn- och utbildningsnämnden att utreda "
        "behovet av fler förskoleplatser i Hagby norra. Uppdraget ska redovisas senast 2027-02-28.\n"
        "Kommunstyrelsen beslutade 2026-04-08, § 61, att ge samhällsbyggnadsförvaltningen i uppdrag att ta fram "
        "en parkeringsnorm. Uppdraget redovisades för kommunstyrelsens arbetsutskott 2026-09-23 och föreslås nu "
        "avslutas.\n"
        "Kommunstyrelsens beslut\nRedovisningen noteras. Uppdraget om parkeringsnorm avslutas.\n"
    )
    found = town(text)
    assert leads(found) == ["HK-BUN"]
    assert str(found[0].deadline) == "2027-02-28"
