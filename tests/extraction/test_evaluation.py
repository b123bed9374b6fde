"""The extractor against the labelled corpus: the goals of directive F1, lead and deadline accuracy."""

from pathlib import Path

import pytest

from tests.extraction.conftest import MINUTES
from tracker.extraction.evaluate import GOALS, below_goals, evaluate, gold_spans, main, overlaps_by_half


@pytest.fixture(scope="module")
def scores():
    return evaluate(MINUTES)


def test_corpus_is_large_enough(scores):
    assert scores.documents >= 17
    assert scores.gold >= 100


def test_figures_reach_the_goals(scores):
    figures = scores.figures
    assert below_goals(figures) == [], "\n".join(scores.mistakes)
    assert figures["language"] == 1.0


def test_goals_are_the_agreed_ones():
    assert GOALS == {"f1": 0.85, "lead": 0.85, "deadline": 0.9}


@pytest.mark.parametrize(
    ("a", "b", "matched"),
    [
        ((0, 10), (0, 10), True),
        ((0, 10), (5, 15), True),
        ((0, 10), (6, 16), False),
        ((0, 10), (0, 30), False),
        ((0, 10), (20, 30), False),
        ((0, 100), (10, 70), True),
    ],
)
def test_overlap_by_half(a, b, matched):
    assert overlaps_by_half(a, b) is matched
    assert overlaps_by_half(b, a) is matched


def test_gold_spans_find_repeated_passages_in_order():
    assert gold_spans("do it; do it", [{"text": "do it"}, {"text": "do it"}]) == [(0, 5), (7, 12)]
    with pytest.raises(ValueError):
        gold_spans("abc", [{"text": "xyz"}])


def test_command_checks_the_goals(capsys):
    assert main([str(MINUTES), "--check"]) == 0
    printed = capsys.readouterr().out
    assert "precision" in printed and "f1" in printed and "deadline" in printed


def test_a_lead_naming_several_units_at_once_accepts_any_of_them(tmp_path):
    """A phrase naming two units at once ("The Ministries of Finance and Trade shall ...") is labelled with both
    codes (the corpus's convention): the first as lead and the second as coordinating is right, as the shared
    scorer counts it; a third unit is not."""
    import json

    (tmp_path / "departments.json").write_text(
        json.dumps(
            [
                {"code": "ZZ-FIN", "name": "Ministry of Finance", "aliases": []},
                {"code": "ZZ-TRADE", "name": "Ministry of Trade", "aliases": []},
                {"code": "ZZ-HEALTH", "name": "Ministry of Health", "aliases": []},
            ]
        ),
        encoding="utf-8",
    )
    text = (
        "The Ministries of Finance and Trade shall jointly review the import tariff on rice by 30 June 2026.\n\n"
        "The Ministry of Health shall inspect the rice stocks of the northern warehouses by 15 July 2026.\n"
    )
    (tmp_path / "cabinet.txt").write_text(text, encoding="utf-8")
    first, second = text.split("\n\n")
    gold = {
        "language": "en",
        "meeting_date": "2026-05-04",
        "directives": [
            {"text": first.strip(), "lead": ["ZZ-FIN", "ZZ-TRADE"], "coordinating": [], "deadline": "2026-06-30",
             "references": []},
            {"text": second.strip(), "lead": ["ZZ-FIN", "ZZ-TRADE"], "coordinating": [], "deadline": "2026-07-15",
             "references": []},
        ],
    }  # fmt: skip
    (tmp_path / "cabinet.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    scores = evaluate(tmp_path)
    assert scores.matched == 2
    assert scores.lead == 1, scores.mistakes  # the health ministry is not one of the two
    assert scores.coordinating == 2, scores.mistakes


HELD_OUT = sorted(path for path in (Path(__file__).parent / "heldout").glob("*/") if path.is_dir())


@pytest.mark.parametrize("folder", HELD_OUT, ids=lambda path: path.name)
def test_held_out_texts_are_labelled_so_that_they_can_be_scored(folder):
    """The held-out blind texts (no rule is written from them; `make bench` reports their figures) stay
    scorable: every gold passage is found in its text in order, and every code is in the folder's own
    directory."""
    import json

    codes = {unit["code"] for unit in json.loads((folder / "departments.json").read_text(encoding="utf-8"))}
    labelled = 0
    for gold_path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        labelled += len(gold["directives"])
        for directive in gold["directives"]:
            leads = directive["lead"] if isinstance(directive["lead"], list) else [directive["lead"]]
            assert {code for code in leads if code} | set(directive["coordinating"]) <= codes, directive["text"]
    scores = evaluate(folder)
    assert scores.documents == len(list(folder.glob("*.txt"))) >= 4
    assert scores.gold == labelled


def _one_text_folder(tmp_path, text: str, directives: list[dict]) -> Path:
    import json

    (tmp_path / "departments.json").write_text(
        json.dumps([{"code": "ZZ-ROADS", "name": "Department of Roads", "aliases": []}]), encoding="utf-8"
    )
    (tmp_path / "council.txt").write_text(text, encoding="utf-8")
    gold = {"language": "en", "meeting_date": "2026-03-02", "directives": directives}
    (tmp_path / "council.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return tmp_path


def test_the_shared_rule_matches_a_proposal_that_covers_half_of_only_one_side(tmp_path):
    """A gold passage that is the first clause of the proposed sentence overlaps by half of the gold passage
    but not of the proposal: the strict rule counts a miss and an extra, the shared corpus's rule a match."""
    text = (
        "The Department of Roads shall repair the bridge on Mill Street by 30 April 2026, and in doing so it will"
        " keep one lane open to traffic at all hours and put up signs at both ends of the street and on the"
        " detour through the market square.\n"
    )
    folder = _one_text_folder(
        tmp_path,
        text,
        [{"text": "The Department of Roads shall repair the bridge on Mill Street by 30 April 2026", "lead": "ZZ-ROADS",
          "coordinating": [], "deadline": "2026-04-30", "references": []}],
    )  # fmt: skip
    strict, shared = evaluate(folder), evaluate(folder, rule="shared")
    assert (strict.proposed, strict.matched) == (1, 0)
    assert (shared.proposed, shared.matched) == (1, 1)
    assert shared.figures["lead"] == 1.0 and shared.figures["deadline"] == 1.0


def test_the_shared_rule_does_not_count_a_null_gold_lead(tmp_path):
    """A directive labelled with no unit counts in lead accuracy under the strict rule (the extractor must
    propose none) and not at all under the shared rule, as score.py counts leads."""
    text = "The Department of Roads shall repair the bridge on Mill Street by 30 April 2026.\n"
    folder = _one_text_folder(
        tmp_path,
        text,
        [{"text": text.strip(), "lead": None, "coordinating": [], "deadline": "2026-04-30", "references": []}],
    )
    strict, shared = evaluate(folder), evaluate(folder, rule="shared")
    assert strict.matched == shared.matched == 1
    assert (strict.lead, strict.leads_counted) == (0, 1)
    assert (shared.lead, shared.leads_counted) == (0, 0)
    assert shared.figures["lead"] == 1.0  # nothing counted


def test_the_shared_rule_gives_each_gold_passage_its_largest_overlap(tmp_path):
    """Two proposals overlap one gold passage: the shared rule takes the larger overlap, as score.py does."""
    from tracker.extraction.evaluate import pairs_by_rule

    assert pairs_by_rule([(0, 100)], [(0, 40), (30, 100)], "shared") == {0: 1}
    assert pairs_by_rule([(0, 100)], [(0, 40), (30, 100)], "strict") == {0: 1}
    assert pairs_by_rule([(0, 100), (100, 110)], [(0, 300)], "shared") == {0: 0}
    assert pairs_by_rule([(0, 100), (100, 110)], [(0, 300)], "strict") == {}
