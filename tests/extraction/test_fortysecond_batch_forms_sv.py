"""Orders in the forms a forty-second batch of Swedish texts written blind showed: a council's follow-up of its
assignments flattened one cell to a line, a row's due and status cells on a line of their own ("2026-06-30 Pågår");
a decision's clause that gives the bodies at large a duty ("att nämnder och bolag ska rapportera ..."); a government
decision wrapped at a width whose report-back names the ministry in brackets on the next line
("Regeringskansliet\\n(Arbetsmarknadsdepartementet) senast ..."); a span of months ("under perioden
september–november 2026"), due at its end; and a Finnish ministry's decision that binds two welfare areas, then names
them again by their kind in the plural ("Välfärdsområdena ska ..."). Texts and directories written for these tests."""

from tests.extraction.conftest import directives_in, leads, unit

TOWN = [
    unit("LV-KS", "Kommunstyrelsen"),
    unit("LV-BUN", "Barn- och utbildningsnämnden"),
    unit("LV-SN", "Socialnämnden"),
    unit("LV-TN", "Tekniska nämnden"),
    unit("LV-KFN", "Kultur- och fritidsnämnden"),
]


def town(text, meeting="2026-02-23"):
    return directives_in(text, TOWN, "sv", meeting)


def test_a_follow_up_row_s_due_and_status_cells_on_a_line_of_their_own():
    text = (
        "LINDVIKS KOMMUN\nSAMMANTRÄDESPROTOKOLL\nKommunfullmäktige\n\n"
        "§ 12 Uppföljning av fullmäktiges uppdrag\n\n"
        "Beslut Uppdrag Ansvarig Klart senast Status\n"
        "KF 2025-03-10 § 31 Ta fram en plan för\n"
        "digitala hjälpmedel i grundskolan\n"
        "Barn- och utbildningsnämnden, Kultur- och fritidsnämnden\n"
        "2026-09-30 Pågår\n"
        "KF 2025-05-12 § 58 Se över riktlinjer\n"
        "för färdtjänst Socialnämnden 2026-04-30 Pågår\n\n"
        "Kommunfullmäktige beslutar att lägga uppföljningen till handlingarna.\n"
    )
    found = town(text)
    assert leads(found) == ["LV-BUN", "LV-SN"]
    assert [str(d.deadline) for d in found] == ["2026-09-30", "2026-04-30"]
    assert found[0].text.endswith("2026-09-30 Pågår")


def test_a_decision_clause_that_gives_the_bodies_at_large_a_duty_is_one_of_its_own():
    text = (
        "§ 20 Budgetprocess 2027\n\n"
        "Beslut\nKommunfullmäktige beslutar\n"
        "1. att ge tekniska nämnden i uppdrag att ta fram en underhållsplan för\n"
        "gator och broar senast i maj 2026,\n"
        "2. att förvaltningar och bolag ska lämna sina investeringsbehov till\n"
        "kommunstyrelsen inför budgetdialogen.\n"
    )
    found = town(text)
    assert leads(found) == ["LV-TN", None]
    assert str(found[0].deadline) == "2026-05-31"
    assert "investeringsbehov" not in found[0].text
    assert found[1].text.startswith("att förvaltningar och bolag")


AGENCIES = [
    unit("GV-CSN", "Centrala studiestödsnämnden", "CSN"),
    unit("GV-SKV", "Skatteverket"),
    unit("GV-UHR", "Universitets- och högskolerådet"),
]


def test_a_ministry_in_brackets_on_the_next_line_keeps_the_report_back_in_the_order():
    text = (
        "Regeringsbeslut II:3\n2026-03-05\nU2026/00712\nUtbildningsdepartementet\n\n"
        "Centrala studiestödsnämnden\n851 82 Sundsvall\n\n"
        "Uppdrag att förenkla ansökan om studiestöd för vuxna\n\n"
        "Regeringens beslut\n\n"
        "Regeringen uppdrar åt Centrala studiestödsnämnden att, i samverkan med\n"
        "Skatteverket och Universitets- och högskolerådet, utveckla en samlad\n"
        "digital ansökan om studiestöd för vuxna som studerar på deltid.\n"
        "I uppdraget ingår att kartlägga vilka uppgifter som hämtas in flera\n"
        "gånger och att lämna förslag på hur de kan hämtas in en gång.\n"
        "Uppdraget ska redovisas till Regeringskansliet\n"
        "(Utbildningsdepartementet) senast den 30 november 2026.\n\n"
        "Skälen för regeringens beslut\n\n"
        "Allt fler vuxna studerar på deltid samtidigt som de arbetar.\n"
    )
    found = directives_in(text, AGENCIES, "sv", "2026-03-05")
    assert leads(found) == ["GV-CSN"]
    assert found[0].text.endswith("senast den 30 november 2026")
    assert str(found[0].deadline) == "2026-11-30"


def test_a_span_of_months_is_due_at_its_end():
    text = (
        "§ 33 Trygghetsvandringar\n\nBeslut\nKommunfullmäktige beslutar\n"
        "att Kultur- och fritidsnämnden ska genomföra trygghetsvandringar i\n"
        "samtliga stadsdelar under perioden mars–maj 2027.\n"
    )
    found = town(text)
    assert leads(found) == ["LV-KFN"]
    assert str(found[0].deadline) == "2027-05-31"


AREAS = [
    unit("FI-NVO", "Norrvikens välfärdsområde", "Norrviken"),
    unit("FI-SVO", "Sydvikens välfärdsområde", "Sydviken"),
    unit("FI-THL", "Institutet för hälsa och välfärd"),
]


def test_units_bound_together_then_named_again_by_their_kind_in_the_plural():
    text = (
        "SOCIAL- OCH HÄLSOVÅRDSMINISTERIET          BESLUT\n"
        "                                          5.2.2026   VN/1102/2026\n\n"
        "MINISTERIETS BESLUT\n\n"
        "Ministeriet ålägger Norrvikens och Sydvikens välfärdsområden att\n"
        "gemensamt ordna tolkning till svenska vid jourmottagningarna senast\n"
        "30.6.2026.\n\n"
        "Välfärdsområdena ska utan dröjsmål meddela ministeriet om avbrott i\n"
        "tolkningen som påverkar patienternas rätt att använda sitt språk.\n"
    )
    found = directives_in(text, AREAS, "sv", "2026-02-05")
    assert len(found) == 2
    assert found[1].text.startswith("Välfärdsområdena ska")
    # the two areas named again: one leads, the other works with it
    assert {found[1].lead.code, *(d.code for d in found[1].coordinating)} == {"FI-NVO", "FI-SVO"}
