"""Orders in the forms a fifty-sixth batch of Swedish texts written blind showed: a county board's decision that gives
its own units their tasks under a heading "Uppdrag till ..." past its background; the heads of the units at large told
to act ("Samtliga enhetschefer ska ..."); a follow-up of earlier assignments flattened to "|"-separated rows opened by
their case numbers, with no heading row; a decision's "att" clause that only has the unit of the clause before report
back; a Swedish date cut after its "den" at a line's end; a motion answered by its pronoun ("föreslår att den ska
anses besvarad"); a need of a thing ("behöver ett samlat underlag"), no task; an inquirer's duty to consult in a
paragraph of its own, its subject after the part of the assignment it holds for. Texts and directory written for
these tests."""

from tests.extraction.conftest import codes, directives_in, leads, unit

DIRECTORY = [
    unit("LB-KRIS", "Krisberedskapsenheten"),
    unit("LB-NAT", "Naturvårdsenheten"),
    unit("LB-VET", "Veterinärenheten"),
    unit("LB-JUR", "Juridiska enheten"),
    unit("KS-TEK", "Tekniska förvaltningen"),
    unit("KS-KUL", "Kultur- och fritidsförvaltningen"),
    unit("KS-SOC", "Socialförvaltningen"),
    unit("KS-AU", "Kommunstyrelsens arbetsutskott", "Arbetsutskottet"),
    unit("RS", "Regionstyrelsen"),
    unit("SE-FHM", "Folkhälsomyndigheten"),
    unit("SE-LIV", "Livsmedelsverket"),
]


def run(text, meeting="2026-05-12"):
    return directives_in(text, DIRECTORY, "sv", meeting)


def test_a_boards_own_tasks_to_its_units_under_their_heading_past_the_background():
    text = (
        "LÄNSSTYRELSEN I BERGSLAGENS LÄN\nBESLUT\n2026-05-12\n\n"
        "Beslut\n\n"
        "Landshövdingen beslutar att inrätta en särskild stab för arbetet med fågelinfluensan.\n\n"
        "Bakgrund\n\n"
        "Under våren har smitta påvisats i flera fjäderfäbesättningar i grannlänen.\n\n"
        "Uppdrag till enheterna\n\n"
        "1. Krisberedskapsenheten ges i uppdrag att leda stabens arbete.\n\n"
        "2. Veterinärenheten ska kartlägga länets fjäderfäbesättningar senast den 1 juni.\n\n"
        "3. Juridiska enheten ska bistå staben med beslut om restriktioner.\n"
    )
    found = run(text)
    assert leads(found) == ["LB-KRIS", "LB-VET", "LB-JUR"]
    assert str(found[1].deadline) == "2026-06-01"


def test_the_heads_of_the_units_at_large_are_told_to_act():
    text = "Alla avdelningschefer ska informera sina medarbetare om den nya rutinen för tjänsteresor.\n"
    (directive,) = run(text)
    assert directive.lead is None


def test_follow_up_rows_opened_by_their_case_numbers_with_no_heading_row():
    text = (
        "7. Uppföljning av utskottets uppdrag\n"
        "Listan omfattar uppdrag som ännu inte har redovisats.\n"
        "AU 2025/412 | Tekniska förvaltningen | Inventera kommunens gång- och cykelbroar |\n"
        "Redovisas senast 2026-09-30 | Pågår\n"
        "AU 2025/518 | Kultur- och fritidsförvaltningen | Ta fram en plan för\n"
        "spontanidrottsplatser | Redovisas i november 2026 | Pågår\n"
        "AU 2026/033 | Socialförvaltningen | Se över avgifterna för trygghetslarm | Redovisas 2026-03-31 | Klar\n"
        "Förslag till beslut: Informationen noteras.\n"
    )
    found = run(text)
    assert leads(found) == ["KS-TEK", "KS-KUL"]
    assert [str(d.deadline) for d in found] == ["2026-09-30", "2026-11-30"]
    assert found[0].text.startswith("AU 2025/412 |")


def test_a_clause_that_only_has_the_unit_before_report_back_goes_on_with_its_order():
    text = (
        "Förslag till beslut: Arbetsutskottet beslutar\n"
        "att ge kultur- och fritidsförvaltningen i uppdrag att ordna sommarlovsaktiviteter under juli 2026,\n"
        "att kultur- och fritidsförvaltningen redovisar aktiviteterna vid arbetsutskottets sammanträde den\n"
        "13 oktober 2026, samt\n"
        "att kostnaden ryms inom nämndens budget.\n"
    )
    (directive,) = run(text)
    assert directive.lead.code == "KS-KUL"
    assert str(directive.deadline) == "2026-10-13"


def test_a_motion_answered_by_its_pronoun_is_no_task():
    text = (
        "§ 18 Svar på motion om gratis kollektivtrafik för pensionärer\n"
        "Regionstyrelsen har behandlat motionen och föreslår att den ska anses besvarad\n"
        "eftersom frågan redan utreds.\n"
    )
    assert run(text) == []


def test_a_need_of_a_thing_is_no_task():
    text = "Socialförvaltningen behöver ett bättre underlag inför nästa års budget.\n"
    assert run(text) == []


def test_a_duty_to_consult_with_its_subject_after_the_part_it_holds_for():
    text = (
        "Beslut vid regeringssammanträde den 7 maj 2026\n\n"
        "Utredaren ska också analysera om kontrollen av kosttillskott behöver samordnas nationellt.\n\n"
        "I denna del av uppdraget ska utredaren samråda med Folkhälsomyndigheten och Livsmedelsverket.\n"
    )
    found = run(text)
    assert len(found) == 2
    assert codes(found[0].coordinating) == []
    assert codes(found[1].coordinating) == ["SE-FHM", "SE-LIV"]
