"""The learned part: hashing as scikit-learn hashes, scores equal to scikit-learn's, the shipped file,
and what the veto and the rescue do to the rules' proposals."""

import json
from pathlib import Path

import pytest

from tests.extraction.conftest import codes
from tracker.extraction import extract
from tracker.extraction.learned import FEATURES
from tracker.extraction.model import MODEL_FILE, Model, analyze, load_model, murmurhash3_32, shipped_model

TEXTS = Path(__file__).resolve().parent / "texts"

STRINGS = ["", "a", "ab", "abc", "abcd", "abcde", "w giao", "c <sở>", "b the department", "é" * 7, "Sở Tài chính"]


def test_murmurhash_is_scikit_learns():
    sklearn_hash = pytest.importorskip("sklearn.utils").murmurhash3_32
    for text in STRINGS + [token for token in analyze("Uppdraget ska redovisas senast den 30 november 2025.")]:
        assert murmurhash3_32(text) == sklearn_hash(text, seed=0), text


def test_analyzer_is_language_independent_and_stores_no_vocabulary():
    tokens = analyze("Giao Sở Tài chính 30/6/2025")
    assert "w giao" in tokens and "b sở tài" in tokens and "c <sở>" in tokens
    assert "w 0" in tokens  # digits fold to 0: a date is a shape, not a value
    assert len(analyze("word " * 500)) == len(analyze("word " * 80))  # bounded per candidate


@pytest.fixture(scope="module")
def own_docs():
    pytest.importorskip("sklearn")
    from tracker.extraction import train

    docs = train.repo_docs([TEXTS])
    for doc in docs:
        train.prepare_doc(doc)
    return docs


def test_pure_python_scores_equal_scikit_learns(own_docs):
    from tracker.extraction import train

    candidates, labels, _owners = train.training_set(own_docs)
    rows = train._matrix(candidates)
    model = train.fit(rows, labels)
    expected = model.classifier.decision_function(rows[:, model.columns])
    assert len(candidates) >= 50
    for candidate, value in zip(candidates, expected, strict=True):
        assert model.decision(candidate.text, candidate.dense) == pytest.approx(value, abs=1e-9)
    # Written and read back, the rounded weights give the same probabilities to 1e-3.
    again = Model.from_dict(json.loads(json.dumps(model.to_dict())))
    for candidate in candidates[:40]:
        assert again.probability(candidate.text, candidate.dense) == pytest.approx(
            model.probability(candidate.text, candidate.dense), abs=1e-3
        )


def test_labels_follow_the_scorers_rule(own_docs):
    doc = next(d for d in own_docs if d.id == "en-storm-recovery-conclusion")
    labelled = {c.text[:30]: label for c, label in zip(doc.candidates, doc.labels, strict=True)}
    assert labelled["the department of construction"] == 1
    assert labelled["the storm damaged 312 houses a"] == 0
    assert all(label in (0, 1, None) for label in doc.labels)


def test_shipped_model_is_small_and_loads():
    assert MODEL_FILE.stat().st_size < 3_000_000
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert data["format"] == 1 and data["hashing"]["n_features"] == 2**18
    assert data["dense"]["names"] == list(FEATURES)
    assert set(data["thresholds"]) <= {"veto", "rescue"}
    assert all(key.isdigit() for key in data["weights"])  # hashed indices only: no word is stored
    assert shipped_model() is shipped_model()  # read once per process
    assert load_model(MODEL_FILE.with_name("no-such-model.json")) is None


def test_shipped_model_tells_directives_from_narration(own_docs):
    """On texts of its own, the probabilities rank the labelled directives above the rest."""
    model = shipped_model()
    positives, negatives = [], []
    for doc in own_docs:
        for candidate, label in zip(doc.candidates, doc.labels, strict=True):
            if label is not None:
                (positives if label else negatives).append(model.probability(candidate.text, candidate.dense))
    pairs = [(p, n) for p in positives for n in negatives]
    assert sum(p > n for p, n in pairs) / len(pairs) > 0.9


def test_shipped_model_is_what_the_script_builds():
    """Rebuilt from the same texts with the file's thresholds, the weights are those of the file."""
    pytest.importorskip("sklearn")
    from tracker.extraction import train

    shipped = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    docs = train.repo_docs()
    corpus = train.corpus_docs()
    if shipped["info"]["corpus_texts"] and not corpus:
        pytest.skip("the shipped model was trained with the shared corpus, which is not here")
    docs += corpus if shipped["info"]["corpus_texts"] else []
    assert len(docs) == shipped["info"]["texts"]
    for doc in docs:
        train.prepare_doc(doc)
    candidates, labels, _owners = train.training_set(docs)
    model = train.fit(train._matrix(candidates), labels, shipped["thresholds"])
    rebuilt = model.to_dict()
    assert rebuilt["dense"]["names"] == shipped["dense"]["names"]
    assert rebuilt["intercept"] == pytest.approx(shipped["intercept"], abs=1e-3)
    assert rebuilt["weights"].keys() == shipped["weights"].keys()
    assert max(abs(rebuilt["weights"][k] - shipped["weights"][k]) for k in rebuilt["weights"]) < 1e-3


NARRATION_AND_ORDER = (
    "The storm damaged 312 houses in the district. "
    "The Department of Health reported that no outbreak had been recorded in the communes. "
    "The Chairman requested the Department of Finance to allocate the funds for the repairs."
)


def test_without_thresholds_the_model_changes_nothing(departments):
    model = Model(16, {}, ["modal"], [0.0], 0.0, {})
    assert [d.text for d in extract(NARRATION_AND_ORDER, departments, model=model).directives] == [
        d.text for d in extract(NARRATION_AND_ORDER, departments, model=None).directives
    ]


def test_veto_drops_proposals_below_the_threshold(departments):
    # A model sure that nothing is a directive, with a veto: every proposal of the rules goes.
    never = Model(16, {}, ["request"], [0.0], -10.0, {"veto": 0.5})
    assert len(extract(NARRATION_AND_ORDER, departments, model=None).directives) == 1
    assert extract(NARRATION_AND_ORDER, departments, model=never).directives == []
    # The same model that finds requests likely keeps the request.
    requests = Model(16, {}, ["request"], [20.0], -10.0, {"veto": 0.5})
    kept = extract(NARRATION_AND_ORDER, departments, model=requests).directives
    assert [codes([d.lead]) for d in kept] == [["STC"]]


def test_rescue_proposes_sentences_the_rules_left_with_their_lead(departments):
    # A model that takes every sentence naming a department for a directive, with a rescue.
    named = Model(16, {}, ["mention_start"], [20.0], -10.0, {"rescue": 0.5})
    result = extract(NARRATION_AND_ORDER, departments, model=named)
    assert [d.text[:26] for d in result.directives] == ["The Department of Health r", "The Chairman requested the"]
    assert codes([d.lead for d in result.directives]) == ["SYT", "STC"]
    assert result.directives[0].title  # built like any other proposal
