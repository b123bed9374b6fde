"""Orders told rather than given (what a unit already did or was asked earlier), and the deadlines
around them: texts written for these tests."""

import datetime
from pathlib import Path

import pytest

from tests.extraction.conftest import codes


@pytest.mark.parametrize(
    "text",
    [
        "After the storm, the Department of Construction has since directed its road crews to clear the drains.",
        "The Provincial People's Committee had earlier asked the Department of Finance to review the budget.",
        "The Department of Health has also already instructed the clinics to stock vaccines.",
        "Last year the Department of Education and Training was assigned to build a map of the schools at risk.",
        "Two months ago the Department of Finance was asked to release the funds for the dike.",
        "Le Comité populaire provincial avait demandé au Département des finances de revoir le budget.",
        "Le Comité populaire provincial a déjà demandé au Département des finances de revoir le budget.",
        "L'an dernier, le Département de la santé a été chargé de recenser les centres de santé.",
        "Förra året uppdrog kommunstyrelsen åt finansdepartementet att se över budgeten för skolorna.",
        "Trước đó, UBND tỉnh đã giao Sở Tài chính thẩm định giá đất của dự án.",
        "Regeringen gav år 2022 byggdepartementet i uppdrag att se över beredskapen.",
        "Regeringen gav den 3 mars 2021 byggdepartementet i uppdrag att se över beredskapen.",
    ],
)
def test_orders_told_are_not_proposed(run, text):
    assert run(text).directives == []


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("The Chairman requested the Department of Finance to allocate the funds.", "STC"),
        ("The Department of Construction has to repair the school roofs before the rains.", "SXD"),
        ("Le Président a demandé au Département des finances de revoir le budget.", "STC"),
        ("Le Département de la santé est chargé de recenser les centres de santé.", "SYT"),
        ("Finansdepartementet ombeds att se över budgeten för skolorna.", "STC"),
        ("Giao Sở Tài chính thẩm định giá đất của dự án.", "STC"),
        ("Regeringen ger byggdepartementet i uppdrag att se över beredskapen.", "SXD"),
        ("Kommunstyrelsen uppdrog åt byggdepartementet att se över beredskapen.", "SXD"),
    ],
)
def test_orders_given_still_are(one, text, lead):
    assert codes([one(text).lead]) == [lead]


def test_within_a_week_counts_from_the_meeting(one):
    directive = one(
        "He said that the Department of Construction should prepare a list of villages within a week.",
        meeting="2025-04-15",
    )
    assert (directive.deadline, directive.deadline_text) == (datetime.date(2025, 4, 22), "within a week")


def test_a_year_long_past_is_no_deadline(one):
    directive = one(
        "Le Département de la construction est chargé de vérifier les écoles construites avant 2000.",
        meeting="2025-08-18",
    )
    assert directive.deadline is None
    # Without a meeting date nothing tells that 2000 is past: it stays the deadline written.
    assert one("Le Département de la construction est chargé de vérifier les écoles avant 2030.").deadline == (
        datetime.date(2030, 12, 31)
    )


def test_when_the_product_must_be_ready_joins_its_order(one):
    directive = one(
        "Regeringen uppdrar åt byggdepartementet att ta fram en vägledning för reservvatten. "
        "Vägledningen ska vara klar senast den 31 mars 2026.",
        meeting="2025-03-20",
    )
    assert directive.text.endswith("senast den 31 mars 2026")
    assert directive.deadline == datetime.date(2026, 3, 31)
    english = one(
        "The Department of Finance shall draft a plan for the school canteens. The plan must be completed by "
        "30 June 2026."
    )
    assert english.deadline == datetime.date(2026, 6, 30)


def test_texts_written_after_the_rules_reach_the_goals():
    """The texts in tests/extraction/texts were written after the rules, in the four languages."""
    from tests.extraction.test_model import TEXTS
    from tracker.extraction.evaluate import below_goals, evaluate

    scores = evaluate(TEXTS)
    assert scores.documents >= 8 and scores.gold >= 25
    assert below_goals(scores.figures) == [], "\n".join(scores.mistakes)


ADMINISTRATIONS = sorted((Path(__file__).resolve().parent / "administrations").glob("*/"))


@pytest.mark.parametrize("folder", ADMINISTRATIONS, ids=lambda folder: folder.name)
def test_texts_of_other_administrations_reach_the_goals_with_their_own_directory(folder):
    """Texts written blind, each folder with the directory its administrations would keep (the names an
    administrator types, not the texts' wording): the leads are read against that directory."""
    from tracker.extraction.evaluate import below_goals, directory_of, evaluate

    assert directory_of(folder).parent == folder
    scores = evaluate(folder)
    assert scores.documents >= 3 and scores.gold >= 8
    assert below_goals(scores.figures) == [], "\n".join(scores.mistakes)


@pytest.mark.parametrize(
    "text",
    [
        "Yêu cầu các cơ quan, đơn vị triển khai thực hiện nghiêm túc.",
        "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện.",
        "All agencies and units are requested to strictly implement this notice.",
        "Le Ministre de l'Agriculture et les autres ministres sont chargés, chacun en ce qui le concerne, de "
        "l'exécution de la présente décision.",
        "The Department of Finance is responsible for the implementation of this decision.",
    ],
)
def test_closing_formulas_give_no_task(run, text):
    assert run(text).directives == []


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Yêu cầu các sở, ngành triển khai thực hiện nghiêm túc kế hoạch tiêm chủng.", None),
        ("Giao Sở Tài chính thực hiện.", "STC"),
        ("Le Département de l'industrie et du commerce est invité à suivre les prix des intrants.", "SCT"),
        ("Le Département de la santé a été invité à suivre les prix des médicaments.", "SYT"),
        ("Le Président invite le Département de la santé à suivre les prix des médicaments.", "SYT"),
    ],
)
def test_a_task_in_stock_words_or_a_passive_invitation_still_is_one(one, text, lead):
    directive = one(text)
    assert (directive.lead.code if directive.lead else None) == lead


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Trường hợp thiếu phòng học, Sở Xây dựng phối hợp với UBND huyện Ba Chẽ khảo sát.", "SXD"),
        ("Nếu có phát sinh khối lượng, Sở Xây dựng kịp thời tham mưu UBND tỉnh điều chỉnh dự án.", "SXD"),
        ("If the funds arrive late, the Department of Finance shall report to the committee.", "STC"),
        ("En cas de retard, le Département des finances devra rendre compte au Comité.", "STC"),
    ],
)
def test_the_subject_after_an_opening_condition_leads(run, text, lead):
    # The Vietnamese ones after a directive of another unit, so that an inherited lead would show.
    result = run("Giao Sở Y tế kiểm tra các trạm y tế. " + text if "Sở" in text else text)
    assert codes([result.directives[-1].lead]) == [lead]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("le Département de la santé devra finaliser, avant la fin du mois de juin 2025, le plan", "2025-06-30"),
        ("the Department of Health shall finish the plan by the end of the month of June", "2025-06-30"),
        ("le Département de la santé devra finaliser le plan avant la fin du mois", "2025-05-31"),
    ],
)
def test_the_end_of_the_month_named(one, text, date):
    assert one(text, meeting="2025-05-14").deadline == datetime.date.fromisoformat(date)
