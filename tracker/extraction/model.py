"""The learned part of the extractor, at run time: a logistic model over hashed n-grams, in pure Python.

The model file (``directive_model.json``, built by ``python -m tracker.extraction.train``) holds no
vocabulary and no text: only the hashing parameters, a weight per hashed feature index that the
training saw, the weights of the rule features (``learned.FEATURES``) and the thresholds chosen by
cross-validation. Tokens are hashed here exactly as scikit-learn's ``HashingVectorizer`` hashes them
(MurmurHash3 x86 32-bit, seed 0, the sign of the hash as the sign of the count, l2 norm), so the
score equals scikit-learn's ``decision_function`` on the same sentence (``tests/extraction/
test_model.py`` checks it); scikit-learn and numpy are needed only to train.

The file is read once, on first use, and kept for the life of the process.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

MODEL_FILE = Path(__file__).resolve().parent / "directive_model.json"
FORMAT = 1

_M32 = 0xFFFFFFFF
_C1, _C2 = 0xCC9E2D51, 0x1B873593


def murmurhash3_32(data: str | bytes, seed: int = 0) -> int:
    """MurmurHash3 (x86, 32-bit) as a signed int, the way scikit-learn's ``murmurhash3_32`` returns it."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    h = seed & _M32
    length = len(data)
    full = length - length % 4
    for i in range(0, full, 4):
        k = (data[i] | data[i + 1] << 8 | data[i + 2] << 16 | data[i + 3] << 24) * _C1 & _M32
        k = ((k << 15) | (k >> 17)) & _M32
        h ^= k * _C2 & _M32
        h = ((h << 13) | (h >> 19)) & _M32
        h = (h * 5 + 0xE6546B64) & _M32
    rest = length - full
    if rest:
        k = data[full]
        if rest > 1:
            k |= data[full + 1] << 8
        if rest > 2:
            k |= data[full + 2] << 16
        k = k * _C1 & _M32
        k = ((k << 15) | (k >> 17)) & _M32
        h ^= k * _C2 & _M32
    h ^= length
    h ^= h >> 16
    h = h * 0x85EBCA6B & _M32
    h ^= h >> 13
    h = h * 0xC2B2AE35 & _M32
    h ^= h >> 16
    return h - 0x100000000 if h & 0x80000000 else h


_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
MAX_WORDS = 80  # a candidate's first words carry what tells a directive; longer ones cost no more


def analyze(text: str) -> list[str]:
    """The tokens of a candidate: words, word pairs, and 4-character pieces of words (digits as 0).

    Language-independent: the same for the four languages, nothing looked up. Used as the
    ``analyzer`` of scikit-learn's ``HashingVectorizer`` in training and here at run time."""
    words = _WORD.findall(_DIGIT.sub("0", text.lower()))[:MAX_WORDS]
    tokens = ["w " + w for w in words]
    tokens.extend("b " + a + " " + b for a, b in pairwise(words))
    for w in words:
        padded = "<" + w + ">"
        tokens.extend("c " + padded[i : i + 4] for i in range(len(padded) - 3))
    return tokens


@dataclass
class Model:
    """A logistic model: P(directive) of a candidate from its text and its rule features."""

    n_features: int
    weights: dict[int, float]
    dense_names: list[str]
    dense_weights: list[float]
    intercept: float
    thresholds: dict[str, float] = field(default_factory=dict)
    info: dict = field(default_factory=dict)
    _cache: dict = field(default_factory=dict, repr=False)

    def _hashed(self, token: str) -> tuple[int, int]:
        found = self._cache.get(token)
        if found is None:
            h = murmurhash3_32(token)
            # As scikit-learn: abs(-2**31) % n is taken as (2**31 - 1 - (n - 1)) % n.
            n = self.n_features
            index = (2147483647 - (n - 1)) % n if h == -2147483648 else abs(h) % n
            found = (index, 1 if h >= 0 else -1)
            if len(self._cache) > 200_000:  # bounded: a long text of unusual words cannot grow it forever
                self._cache.clear()
            self._cache[token] = found
        return found

    def text_score(self, text: str) -> float:
        counts: dict[int, int] = {}
        for token in analyze(text):
            index, sign = self._hashed(token)
            counts[index] = counts.get(index, 0) + sign
        norm = math.sqrt(sum(v * v for v in counts.values()))
        if not norm:
            return 0.0
        weights = self.weights
        return sum(v * weights.get(i, 0.0) for i, v in counts.items()) / norm

    def decision(self, text: str, dense: dict[str, float]) -> float:
        """The logit: what scikit-learn's ``decision_function`` gives on the same row."""
        score = self.intercept + self.text_score(text)
        for name, weight in zip(self.dense_names, self.dense_weights, strict=True):
            score += weight * dense.get(name, 0.0)
        return score

    def probability(self, text: str, dense: dict[str, float]) -> float:
        z = self.decision(text, dense)
        if z < -40:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    @classmethod
    def from_dict(cls, data: dict) -> Model:
        if data.get("format") != FORMAT:
            raise ValueError(f"unknown model format {data.get('format')!r}")
        hashing = data["hashing"]
        return cls(
            n_features=int(hashing["n_features"]),
            weights={int(k): float(v) for k, v in data["weights"].items()},
            dense_names=list(data["dense"]["names"]),
            dense_weights=[float(w) for w in data["dense"]["weights"]],
            intercept=float(data["intercept"]),
            thresholds={k: float(v) for k, v in (data.get("thresholds") or {}).items()},
            info=dict(data.get("info") or {}),
        )

    def to_dict(self) -> dict:
        return {
            "format": FORMAT,
            "hashing": {
                "n_features": self.n_features,
                "alternate_sign": True,
                "norm": "l2",
                "hash": "murmurhash3_32 seed 0",
                "analyzer": "tracker.extraction.model.analyze",
            },
            "intercept": round(self.intercept, 6),
            "dense": {"names": self.dense_names, "weights": [round(w, 6) for w in self.dense_weights]},
            "thresholds": self.thresholds,
            "info": self.info,
            "weights": {str(k): round(v, 5) for k, v in sorted(self.weights.items()) if round(v, 5)},
        }


def load_model(path: Path | str = MODEL_FILE) -> Model | None:
    """Read a model file; None when there is none (the rules then work alone)."""
    try:
        with open(path, encoding="utf-8") as handle:
            return Model.from_dict(json.load(handle))
    except FileNotFoundError:
        return None


_LOADED: dict[str, Model | None] = {}


def shipped_model() -> Model | None:
    """The model shipped with Tracker, read once per process."""
    if "model" not in _LOADED:
        _LOADED["model"] = load_model(MODEL_FILE)
    return _LOADED["model"]
