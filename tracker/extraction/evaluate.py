"""Measure the extractor against the labelled corpus.

    python -m tracker.extraction.evaluate tests/data/minutes [--check] [--verbose] [--directory FILE]

Each ``X.txt`` has a gold file ``X.gold.json``: ``{"language", "meeting_date"?, "directives": [{"text",
"lead", "coordinating", "deadline", "references"}]}``, where ``text`` is an exact passage of ``X.txt``
and departments are directory codes: those of the folder's own ``departments.json`` when it has one
(texts of other administrations, with the names their administrators would enter), else of the demo
directory.

**Matching rule ("overlap by half").** A proposed directive matches a gold directive when the
characters they share are at least half of the gold passage *and* at least half of the proposed
one; each gold directive is matched at most once, in text order. This forgives a different choice of
where a passage starts or ends (with or without "Il a demandé ... de", with or without a trailing
clause) and refuses a proposal that swallows several gold directives or only grazes one.

Precision is matched / proposed, recall matched / gold, F1 their harmonic mean. Over matched pairs:
lead accuracy (same code, or both none; a gold lead that lists the codes of a phrase naming several
units at once accepts any of them, as the shared corpus's scorer does), coordinating accuracy (same
set, leaving aside the other codes of such a lead), deadline accuracy (same
date, or both none) and references accuracy (same set of document symbols, e.g. ``57/nq/tw``, so
that "resolution No. 57-NQ/TW" and "resolution No. 57-NQ/TW dated 22 December 2024" are the same
document). ``--check`` exits with status 1 when a figure is below its goal.

``--rule shared`` scores as the shared corpus's ``score.py`` does instead: a proposal matches when the
shared characters are half of the gold passage *or* half of the proposal, each gold directive (in text
order) takes the unused proposal with the largest such overlap, and lead accuracy counts only the matched
directives whose gold lead is a unit (a null gold lead is not counted). The default rule is the stricter
one, so that a passage cut too wide or too narrow shows in the figures.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from tracker.extraction.directory import load_directory
from tracker.extraction.pipeline import extract
from tracker.extraction.references import key_of

DEFAULT_DIRECTORY = Path(__file__).resolve().parent.parent / "demo" / "departments.json"
GOALS = {"f1": 0.85, "lead": 0.85, "deadline": 0.9}


@dataclass
class Scores:
    gold: int = 0
    proposed: int = 0
    matched: int = 0
    lead: int = 0
    leads_counted: int = 0  # matched directives whose lead is scored (all of them under the strict rule)
    coordinating: int = 0
    deadline: int = 0
    references: int = 0
    language: int = 0
    documents: int = 0
    mistakes: list[str] = field(default_factory=list)

    def ratio(self, part: int, whole: int) -> float:
        return part / whole if whole else 1.0

    @property
    def figures(self) -> dict[str, float]:
        precision = self.ratio(self.matched, self.proposed)
        recall = self.ratio(self.matched, self.gold)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "lead": self.ratio(self.lead, self.leads_counted),
            "coordinating": self.ratio(self.coordinating, self.matched),
            "deadline": self.ratio(self.deadline, self.matched),
            "references": self.ratio(self.references, self.matched),
            "language": self.ratio(self.language, self.documents),
        }


def overlaps_by_half(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """True when the shared part is at least half of each span."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and 2 * shared >= a[1] - a[0] and 2 * shared >= b[1] - b[0]


def overlap_of(gold: tuple[int, int], proposal: tuple[int, int]) -> int:
    """The shared scorer's test: the characters shared when they are half of either span, else 0."""
    shared = min(gold[1], proposal[1]) - max(gold[0], proposal[0])
    halves = 2 * shared >= gold[1] - gold[0] or 2 * shared >= proposal[1] - proposal[0]
    return shared if shared > 0 and halves else 0


def pairs_by_rule(spans: list[tuple[int, int]], proposals: list[tuple[int, int]], rule: str) -> dict[int, int]:
    """Match gold spans to proposals: {gold index: proposal index}.

    ``strict``: each proposal, in order, takes the first unused gold span that overlaps it by half of both.
    ``shared``: each gold span, in text order, takes the unused proposal with the largest overlap of half of
    either (the shared corpus's scorer)."""
    pairs: dict[int, int] = {}
    if rule == "shared":
        taken: set[int] = set()
        for i, span in enumerate(spans):
            overlaps = [(overlap_of(span, proposal), -j) for j, proposal in enumerate(proposals) if j not in taken]
            best = max(overlaps, default=(0, 0))
            if best[0] > 0:
                pairs[i] = -best[1]
                taken.add(-best[1])
        return pairs
    for j, proposal in enumerate(proposals):
        for i, span in enumerate(spans):
            if i not in pairs and overlaps_by_half(span, proposal):
                pairs[i] = j
                break
    return pairs


def gold_spans(text: str, directives: list[dict]) -> list[tuple[int, int]]:
    """Locate each gold passage in the text (in order, so repeated passages find their own place)."""
    spans, position = [], 0
    for directive in directives:
        passage = directive["text"]
        start = text.find(passage, position)
        if start < 0:
            start = text.find(passage)
        if start < 0:
            raise ValueError(f"gold passage not in text: {passage[:60]!r}")
        spans.append((start, start + len(passage)))
        position = start + 1
    return spans


def _code(ref) -> str | None:
    return None if ref is None else str(ref.code or ref.id)


def score_document(path: Path, departments, scores: Scores, verbose: bool = False, rule: str = "strict") -> None:
    text = path.read_text(encoding="utf-8")
    gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
    meeting = gold.get("meeting_date")
    meeting_date = datetime.date.fromisoformat(meeting) if meeting else None
    result = extract(text, departments, meeting_date=meeting_date)
    scores.documents += 1
    scores.language += result.language == gold["language"]
    spans = gold_spans(text, gold["directives"])
    scores.gold += len(spans)
    scores.proposed += len(result.directives)
    pairs = pairs_by_rule(spans, [(proposal.start, proposal.end) for proposal in result.directives], rule)
    for i, j in sorted(pairs.items(), key=lambda pair: pair[1]):
        _compare(path.name, gold["directives"][i], result.directives[j], scores, count_null_lead=rule != "shared")
    matched = set(pairs.values())
    for j, proposal in enumerate(result.directives):
        if j not in matched:
            scores.mistakes.append(f"{path.name}: extra {proposal.text[:70]!r}")
    for i, directive in enumerate(gold["directives"]):
        if i not in pairs:
            scores.mistakes.append(f"{path.name}: missed {directive['text'][:70]!r}")
    if verbose:
        print(f"{path.name}: {len(result.directives)} proposed, {len(spans)} gold", file=sys.stderr)


def _compare(name: str, gold: dict, proposal, scores: Scores, count_null_lead: bool = True) -> None:
    scores.matched += 1
    where = f"{name}: {gold['text'][:50]!r}"
    lead = _code(proposal.lead)
    wanted = gold.get("lead")
    # A compound phrase naming several units at once ("the Ministries of Economy and Finance") is
    # labelled with all their codes: any of them is a right lead, as the shared scorer counts it, and
    # the others may come as coordinating units.
    several = set(wanted) if isinstance(wanted, list) else set()
    if wanted or count_null_lead:
        scores.leads_counted += 1
        if lead == wanted or lead in several:
            scores.lead += 1
        else:
            scores.mistakes.append(f"{where} lead {lead} != {wanted}")
    coordinating = {_code(ref) for ref in proposal.coordinating} - several
    if coordinating == set(gold.get("coordinating", [])):
        scores.coordinating += 1
    else:
        scores.mistakes.append(f"{where} coordinating {sorted(coordinating)} != {sorted(gold.get('coordinating', []))}")
    deadline = proposal.deadline.isoformat() if proposal.deadline else None
    if deadline == ((gold.get("deadline") or "")[:10] or None):  # the date part, as the shared scorer compares
        scores.deadline += 1
    else:
        scores.mistakes.append(f"{where} deadline {deadline} != {gold.get('deadline')}")
    references = {key_of(ref) for ref in proposal.references}
    if references == {key_of(ref) for ref in gold.get("references", [])}:
        scores.references += 1
    else:
        scores.mistakes.append(f"{where} references {proposal.references} != {gold.get('references', [])}")


def directory_of(folder) -> Path:
    """The folder's own directory when it has one, else the demo directory."""
    own = Path(folder) / "departments.json"
    return own if own.exists() else DEFAULT_DIRECTORY


def evaluate(folder, directory=None, verbose: bool = False, rule: str = "strict") -> Scores:
    """Score the extractor on every ``*.txt`` of a folder that has a gold file (``rule``: strict or shared)."""
    departments = load_directory(directory or directory_of(folder))
    scores = Scores()
    for path in sorted(Path(folder).glob("*.txt")):
        if path.with_suffix(".gold.json").exists():
            score_document(path, departments, scores, verbose, rule)
    return scores


def below_goals(figures: dict[str, float]) -> list[str]:
    return [f"{name} {figures[name]:.3f} < {goal}" for name, goal in GOALS.items() if figures[name] < goal]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score the directive extractor against a labelled corpus.")
    parser.add_argument("folder", help="folder of X.txt and X.gold.json files")
    parser.add_argument(
        "--directory", help="department directory (JSON; default: the folder's departments.json, else the demo one)"
    )
    parser.add_argument("--check", action="store_true", help="exit with status 1 below the goals")
    parser.add_argument("--verbose", action="store_true", help="list every mismatch")
    parser.add_argument(
        "--rule",
        choices=("strict", "shared"),
        default="strict",
        help="matching rule: strict (half of both spans, null leads counted) or shared (as the corpus's score.py)",
    )
    args = parser.parse_args(argv)
    scores = evaluate(args.folder, args.directory, args.verbose, args.rule)
    figures = scores.figures
    print(
        f"documents {scores.documents}, gold directives {scores.gold}, proposed {scores.proposed}, "
        f"matched {scores.matched}"
    )
    for name, value in figures.items():
        goal = GOALS.get(name)
        print(f"{name:<13} {value:6.3f}" + (f"   (goal {goal})" if goal else ""))
    if args.verbose:
        for mistake in scores.mistakes:
            print("  " + mistake)
    failures = below_goals(figures)
    if failures:
        print("below goal: " + "; ".join(failures))
    return 1 if args.check and failures else 0


if __name__ == "__main__":
    sys.exit(main())
