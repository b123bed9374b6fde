"""Train the directive model, measure it by leave-one-text-out cross-validation, write the model file.

    python -m tracker.extraction.train [--corpus DIR] [--no-corpus] [--cv] [--output FILE] [--verbose]
    make model

Needs scikit-learn and numpy (development dependencies); the model it writes is applied at run time
in pure Python (``model.py``). The labelled texts:

- Tracker's own, written for the purpose: ``tests/data/minutes``, ``tests/extraction/texts`` and the
  folders of ``tests/extraction/administrations`` (``X.txt`` with ``X.gold.json``; departments of the
  folder's own ``departments.json``, else of ``tracker/demo/departments.json``);
- the shared corpus when it is present (``../shared/extraction-corpus``, read in place; nothing of
  it is copied: the model keeps only weights of hashed features).

Never ``tests/extraction/heldout``: those blind texts measure the extractor on text nothing was fitted to.

Each candidate (``learned.candidates``: a rule proposal, or a sentence the rules left) is labelled
by the scorer's rule: it is a directive when it overlaps a labelled directive by at least half of
either. A sentence that overlaps a directive the rules already found is left out of training (it is
the rest of that directive, not a new one).

``--cv`` holds out one whole text at a time: the model is trained on the other texts, and the held-
out text is extracted with it and scored. The veto and rescue thresholds are those that give the
best cross-validated F1 over all texts (ties go to the milder setting), provided they gain at least
``MIN_GAIN`` over the rules alone: applying the model costs more than half of the extraction's speed,
which one proposal more or less in several hundred does not pay for. The figures printed are,
per source and language, the rules alone, the rules with the model trained on every text (the
plain score: those texts were seen in training), and the cross-validated score.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from tracker.extraction.directory import load_directory
from tracker.extraction.evaluate import directory_of
from tracker.extraction.learned import FEATURES
from tracker.extraction.model import MODEL_FILE, Model, analyze
from tracker.extraction.pipeline import build, read
from tracker.extraction.results import DepartmentRef

ROOT = Path(__file__).resolve().parents[2]
ADMINISTRATIONS = ROOT / "tests" / "extraction" / "administrations"
REPO_TEXTS = (
    ROOT / "tests" / "data" / "minutes",
    ROOT / "tests" / "extraction" / "texts",
    *sorted(path for path in ADMINISTRATIONS.glob("*") if path.is_dir()),
)
CORPUS = ROOT.parent / "shared" / "extraction-corpus"
N_FEATURES = 2**18
C = 1.0
VETOES = (None, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4)
RESCUES = (None, 0.95, 0.9, 0.85, 0.8, 0.7, 0.6)
#: The cross-validated F1 a threshold must add to the rules alone to be shipped (see the docstring).
MIN_GAIN = 0.005


@dataclass
class Gold:
    start: int
    end: int
    leads: list[str]  # codes that count as the right lead; empty when the lead is not scored
    deadline: str | None


@dataclass
class Doc:
    id: str
    source: str  # "repo" or "corpus"
    language: str
    text: str
    meeting_date: datetime.date | None
    departments: list[DepartmentRef]
    gold: list[Gold]
    reading: object = None
    candidates: list = field(default_factory=list)
    labels: list = field(default_factory=list)


def _date(value) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
    except ValueError:
        return None


def repo_docs(folders=REPO_TEXTS) -> list[Doc]:
    docs = []
    for folder in folders:
        departments = load_directory(directory_of(folder))
        for path in sorted(Path(folder).glob("*.txt")):
            gold_path = path.with_suffix(".gold.json")
            if not gold_path.exists():
                continue
            text = path.read_text(encoding="utf-8")
            data = json.loads(gold_path.read_text(encoding="utf-8"))
            golds, position = [], 0
            for directive in data["directives"]:
                start = text.find(directive["text"], position)
                if start < 0:
                    start = text.find(directive["text"])
                if start < 0:
                    raise ValueError(f"{path.name}: gold passage not in text: {directive['text'][:60]!r}")
                lead = directive.get("lead")
                end = start + len(directive["text"])
                golds.append(Gold(start, end, [lead] if lead else [], directive.get("deadline")))
                position = start + 1
            docs.append(
                Doc(path.stem, "repo", data["language"], text, _date(data.get("meeting_date")), departments, golds)
            )
    return docs


def corpus_docs(folder=CORPUS) -> list[Doc]:
    folder = Path(folder)
    if not (folder / "corpus.json").exists():
        return []
    corpus = json.loads((folder / "corpus.json").read_text(encoding="utf-8"))
    names = json.loads((folder / "gold_names.json").read_text(encoding="utf-8"))
    with open(folder / "departments.csv", encoding="utf-8") as handle:
        departments = [
            DepartmentRef(i, row["name"], tuple(a for a in (row.get("aliases") or "").split("|") if a), row["code"])
            for i, row in enumerate(csv.DictReader(handle), start=1)
        ]
    docs = []
    for item in corpus:
        golds = []
        for directive in item["directives"]:
            start = item["text"].find(directive["quote"])
            value = names.get(directive["lead"]) if directive["lead"] is not None else None
            leads = [value] if isinstance(value, str) else [c for c in value if c] if isinstance(value, list) else []
            deadline = (directive.get("deadline") or "")[:10] or None
            golds.append(Gold(start, start + len(directive["quote"]), leads, deadline))
        meeting = _date((item.get("meeting") or {}).get("date"))
        docs.append(Doc(item["id"], "corpus", item["language"], item["text"], meeting, departments, golds))
    return docs


def _qualifies(a: tuple[int, int], b: tuple[int, int]) -> int:
    """The overlap when it is at least half of either span (the scorer's rule), else 0."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    if shared > 0 and (2 * shared >= a[1] - a[0] or 2 * shared >= max(1, b[1] - b[0])):
        return shared
    return 0


def prepare_doc(doc: Doc) -> None:
    """Read the text with the rules and label its candidates."""
    doc.reading = read(doc.text, doc.departments, doc.language, doc.meeting_date)
    doc.candidates = doc.reading.candidates()
    to_input = doc.reading.prep.to_input
    spans = [(to_input(c.start), to_input(c.end)) for c in doc.candidates]
    # The rules' proposals are matched one to one, as the scorer matches them: a second proposal on the
    # same directive is an extra.
    matched: set[int] = set()
    found_by_rules = set()
    for g, gold in enumerate(doc.gold):
        best, best_overlap = None, 0
        for k, (span, candidate) in enumerate(zip(spans, doc.candidates, strict=True)):
            overlap = _qualifies((gold.start, gold.end), span) if candidate.proposal is not None else 0
            if k not in matched and overlap > best_overlap:
                best, best_overlap = k, overlap
        if best is not None:
            matched.add(best)
            found_by_rules.add(g)
    doc.labels = []
    for k, (span, candidate) in enumerate(zip(spans, doc.candidates, strict=True)):
        hits = [g for g, gold in enumerate(doc.gold) if _qualifies((gold.start, gold.end), span)]
        if candidate.proposal is not None:
            doc.labels.append(1 if k in matched else 0)
        elif not hits:
            doc.labels.append(0)
        else:
            doc.labels.append(None if all(g in found_by_rules for g in hits) else 1)


# -- training --------------------------------------------------------------------------------------


def _matrix(candidates):
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import HashingVectorizer

    hashed = HashingVectorizer(analyzer=analyze, n_features=N_FEATURES, alternate_sign=True, norm="l2")
    text = hashed.transform([c.text for c in candidates])
    dense = np.array([[c.dense.get(name, 0.0) for name in FEATURES] for c in candidates], dtype=float)
    return hstack([text, csr_matrix(dense)]).tocsr()


def fit(rows, labels, thresholds=None) -> Model:
    """A logistic regression on the rows' hashed text and rule features, as a ``Model``."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    # Only the columns some row uses: the same optimum (an unused column keeps weight 0), far faster.
    used = np.unique(rows.indices)
    classifier = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    classifier.fit(rows[:, used], labels)
    coef = np.zeros(rows.shape[1])
    coef[used] = classifier.coef_[0]
    weights = {int(i): float(coef[i]) for i in coef[:N_FEATURES].nonzero()[0]}
    model = Model(
        n_features=N_FEATURES,
        weights=weights,
        dense_names=list(FEATURES),
        dense_weights=[float(w) for w in coef[N_FEATURES:]],
        intercept=float(classifier.intercept_[0]),
        thresholds=dict(thresholds or {}),
    )
    model.classifier, model.columns = classifier, used  # kept for the equality test, not written
    return model


def training_set(docs: list[Doc]):
    rows, labels, owners = [], [], []
    for d, doc in enumerate(docs):
        for candidate, label in zip(doc.candidates, doc.labels, strict=True):
            if label is not None:
                rows.append(candidate)
                labels.append(label)
                owners.append(d)
    return rows, labels, owners


# -- scoring ---------------------------------------------------------------------------------------

KEYS = ("texts", "gold", "pred", "match", "lead_ok", "lead_n", "dl_ok")


def score(doc: Doc, extraction, say=None) -> dict[str, int]:
    """The shared corpus's rule: one-to-one, gold in text order takes the largest qualifying overlap."""
    t = dict.fromkeys(KEYS, 0)
    t["texts"], t["gold"], t["pred"] = 1, len(doc.gold), len(extraction.directives)
    used = set()
    for gold in doc.gold:
        best, best_overlap = None, 0
        for k, p in enumerate(extraction.directives):
            overlap = _qualifies((gold.start, gold.end), (p.start, p.end))
            if k not in used and overlap > best_overlap:
                best, best_overlap = k, overlap
        if best is None:
            if say:
                say(f"MISS {doc.id} {doc.text[gold.start : gold.end][:80]!r}")
            continue
        used.add(best)
        t["match"] += 1
        proposal = extraction.directives[best]
        if gold.leads:
            t["lead_n"] += 1
            t["lead_ok"] += bool(proposal.lead is not None and proposal.lead.code in gold.leads)
        deadline = proposal.deadline.isoformat() if proposal.deadline else None
        t["dl_ok"] += deadline == gold.deadline
    if say:
        for k, p in enumerate(extraction.directives):
            if k not in used:
                say(f"EXTRA {doc.id} {p.text[:80]!r}")
    return t


def figures(t: dict[str, int]) -> tuple[float, ...]:
    precision = t["match"] / t["pred"] if t["pred"] else 0.0
    recall = t["match"] / t["gold"] if t["gold"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    lead = t["lead_ok"] / t["lead_n"] if t["lead_n"] else 0.0
    deadline = t["dl_ok"] / t["match"] if t["match"] else 0.0
    return precision, recall, f1, lead, deadline


def add(total: dict[str, int], t: dict[str, int]) -> None:
    for key in KEYS:
        total[key] = total.get(key, 0) + t[key]


def extract_with(doc: Doc, probabilities, veto, rescue):
    """The held-out text's extraction, from its candidates' probabilities and the thresholds."""
    from tracker.extraction.learned import decide

    for candidate, probability in zip(doc.candidates, probabilities, strict=True):
        candidate.probability = probability
    model = Model(0, {}, [], [], 0.0, {k: v for k, v in (("veto", veto), ("rescue", rescue)) if v is not None})
    r = doc.reading
    proposals = decide(model, doc.candidates, r.units, r.prep, r.mentions, r.language, r.index.department_like)
    return build(r, proposals)


def cross_validate(docs: list[Doc], rows_matrix, labels, owners, verbose=False):
    """Leave one text out: the probabilities of each text's candidates from a model trained without it."""
    import numpy as np

    owners = np.array(owners)
    labels = np.array(labels)
    held_out = []
    for d, doc in enumerate(docs):
        train = owners != d
        if verbose:
            print(f"fold {d + 1}/{len(docs)} {doc.id}", file=sys.stderr)
        model = fit(rows_matrix[train], labels[train])
        held_out.append([model.probability(c.text, c.dense) for c in doc.candidates])
    return held_out


def _auc(pairs) -> float | None:
    positives = [p for p, label in pairs if label == 1]
    negatives = [p for p, label in pairs if label == 0]
    if not positives or not negatives:
        return None
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def ranking(docs, held_out) -> list[str]:
    """The classifier alone, held out: how well its probability ranks directives above the rest."""
    lines = [
        "Held-out ranking (AUC: the chance that a directive gets a higher probability than a non-directive)",
        "| lang | candidates | directives | AUC, all candidates | AUC, among the rules' proposals |",
        "|---|---|---|---|---|",
    ]
    for lang in ("en", "fr", "sv", "vi", "all"):
        every, proposed = [], []
        for doc, probabilities in zip(docs, held_out, strict=True):
            if lang not in ("all", doc.language):
                continue
            for candidate, label, probability in zip(doc.candidates, doc.labels, probabilities, strict=True):
                if label is not None:
                    every.append((probability, label))
                    if candidate.proposal is not None:
                        proposed.append((probability, label))
        a, b = _auc(every), _auc(proposed)
        lines.append(
            f"| {lang} | {len(every)} | {sum(label for _p, label in every)} | "
            f"{'-' if a is None else f'{a:.3f}'} | {'-' if b is None else f'{b:.3f}'} |"
        )
    return lines


def table(title: str, totals: dict) -> list[str]:
    lines = [f"{title}", "| source | lang | texts | gold | proposed | matched | P | R | F1 | lead (n) | deadline (n) |"]
    lines.append("|---|---|---|---|---|---|---|---|---|---|---|")
    for (source, lang), t in sorted(totals.items()):
        p, r, f, lead, dl = figures(t)
        lines.append(
            f"| {source} | {lang} | {t['texts']} | {t['gold']} | {t['pred']} | {t['match']} | {p:.2f} | {r:.2f} | "
            f"{f:.2f} | {lead:.2f} ({t['lead_n']}) | {dl:.2f} ({t['match']}) |"
        )
    return lines


def evaluate_all(docs, extractions) -> dict:
    totals: dict = {}
    for doc, extraction in zip(docs, extractions, strict=True):
        t = score(doc, extraction)
        for key in ((doc.source, doc.language), (doc.source, "all")):
            add(totals.setdefault(key, {}), t)
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Train the directive model (scikit-learn) and write its JSON file.")
    parser.add_argument("--corpus", default=str(CORPUS), help="the shared corpus folder, used when present")
    parser.add_argument("--no-corpus", action="store_true", help="train on Tracker's own texts only")
    parser.add_argument("--cv", action="store_true", help="choose the thresholds by leave-one-text-out CV and report")
    parser.add_argument("--output", default=str(MODEL_FILE), help="where to write the model (default: shipped file)")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)

    docs = repo_docs() + ([] if args.no_corpus else corpus_docs(args.corpus))
    for doc in docs:
        prepare_doc(doc)
    candidates, labels, owners = training_set(docs)
    rows = _matrix(candidates)
    print(
        f"{len(docs)} texts ({sum(d.source == 'corpus' for d in docs)} from the shared corpus), "
        f"{len(labels)} candidates, {sum(labels)} directives",
        file=sys.stderr,
    )
    thresholds = {}
    report = []
    if args.cv:
        held_out = cross_validate(docs, rows, labels, owners, args.verbose)
        report += [*ranking(docs, held_out), ""]
        best, rules_f1 = None, 0.0
        grid = ["Cross-validated F1 by setting (all texts; shared corpus only):"]
        for veto in VETOES:
            line = []
            for rescue in RESCUES:
                extractions = [
                    extract_with(doc, probs, veto, rescue) for doc, probs in zip(docs, held_out, strict=True)
                ]
                total: dict = {}
                corpus: dict = {}
                for doc, extraction in zip(docs, extractions, strict=True):
                    t = score(doc, extraction)
                    add(total, t)
                    if doc.source == "corpus":
                        add(corpus, t)
                f1 = figures(total)[2]
                if veto is None and rescue is None:
                    rules_f1 = f1
                line.append(f"rescue {rescue}: {f1:.3f}; {figures(corpus)[2] if corpus else 0:.3f}")
                mildness = (veto is None) + (rescue is None)
                if best is None or (round(f1, 4), mildness) > (round(best[0], 4), best[1]):
                    best = (f1, mildness, veto, rescue)
            grid.append(f"- veto {veto}: " + " | ".join(line))
        report += [*grid, ""]
        best_f1, _m, veto, rescue = best
        if best_f1 - rules_f1 < MIN_GAIN:
            veto = rescue = None  # too small a gain for the speed the model costs
        thresholds = {k: v for k, v in (("veto", veto), ("rescue", rescue)) if v is not None}
        rules = [build(doc.reading, doc.reading.proposals) for doc in docs]
        cv = [extract_with(doc, probs, veto, rescue) for doc, probs in zip(docs, held_out, strict=True)]
        report += table("Rules alone", evaluate_all(docs, rules))
        title = f"Cross-validated (leave one text out; veto {veto}, rescue {rescue})"
        report += ["", *table(title, evaluate_all(docs, cv))]
    elif Path(args.output).exists():
        previous = json.loads(Path(args.output).read_text(encoding="utf-8"))
        thresholds = previous.get("thresholds") or {}
    model = fit(rows, labels, thresholds)
    model.info = {
        "texts": len(docs),
        "corpus_texts": sum(d.source == "corpus" for d in docs),
        "candidates": len(labels),
        "directives": int(sum(labels)),
        "C": C,
    }
    plain = [
        extract_with(
            doc,
            [model.probability(c.text, c.dense) for c in doc.candidates],
            thresholds.get("veto"),
            thresholds.get("rescue"),
        )
        for doc in docs
    ]
    report += ["", *table(f"Plain (model trained on every text, thresholds {thresholds})", evaluate_all(docs, plain))]
    Path(args.output).write_text(json.dumps(model.to_dict(), separators=(",", ":")) + "\n", encoding="utf-8")
    print("\n".join(report))
    print(f"wrote {args.output} ({Path(args.output).stat().st_size // 1024} KB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
