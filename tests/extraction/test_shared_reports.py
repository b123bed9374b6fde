"""The two real reports (French and Swedish translations of Vietnamese provincial news)."""

from tests.extraction.conftest import MINUTES, codes


def read(name):
    return (MINUTES / name).read_text(encoding="utf-8")


def test_french_report_gives_the_conclusions_of_the_vice_president(run):
    result = run(read("fr-industry-trade-working-session.txt"))
    assert result.language == "fr"
    texts = [d.text for d in result.directives]
    # "...; protection de l'environnement" continues the item before it (lower case): 7, not 8.
    assert len(texts) == 7
    assert texts[0].startswith("Il a demandé au Comité du Parti et aux dirigeants de l’unité de continuer")
    assert texts[3].startswith("Mettre l’accent sur la diffusion")
    assert texts[-1].startswith("Renforcer l'application de la technologie numérique")
    # "l'unité" is the Department of Industry and Trade the meeting was about.
    assert {d.lead.code for d in result.directives} == {"SCT"}
    assert result.directives[0].references == ["résolution n° 21/NQ-TU"]
    # The report of past achievements and the byline are not directives.
    assert not any("100 %" in text or "Uyen Thu" in text or "Source" in text for text in texts)
    assert [u.name for u in result.unknown_departments] == ["Comité du Parti"]


def test_swedish_report_gives_the_tasks_of_the_agriculture_department(run):
    result = run(read("sv-science-agriculture-working-session.txt"))
    assert result.language == "sv"
    directives = result.directives
    assert len(directives) == 8
    assert {d.lead.code for d in directives} == {"SNNMT"}
    first = directives[0]
    assert first.text.startswith("Jordbruks- och miljödepartementet behöver samordna med folkkommittéerna")
    assert codes(first.coordinating) == ["UBND-DAMHA", "UBND-DONGTRIEU", "UBND-TIENYEN"]
    assert [(t.value, t.text) for t in first.targets] == [(4.0, "04 högteknologiska jordbrukszoner")]
    plan = directives[1]
    assert plan.references == ["plan nr 59/KH-UBND daterad 1 mars 2022"]
    assert plan.deadline.isoformat() == "2025-12-31" and plan.deadline_text == "senast 2025"
    assert plan.coordinating == []  # the provincial committee issued the plan, it does not coordinate
    assert codes(directives[5].coordinating) == ["SKHCN"]
    # The achievements listed after "såsom:" look like imperatives but are a report: not proposed.
    assert not any("5 000 hektar" in d.text or "54 koder" in d.text for d in directives)
    assert not any(d.text.startswith("Det är känt") for d in directives)
