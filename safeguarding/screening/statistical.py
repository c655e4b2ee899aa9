"""The screener's statistical safety net (layer 7, library 2026.11.4).

The phrase library (layers 1-6 in screening.py) finds cues a reviewer can read. Four rounds of
independent, unseen posts showed its limit: risk said in ordinary words ("i wont be at thursdays
group. or any group. thank you for trying with me") has no phrase to match. This layer is a
small logistic regression over words and word pairs, trained on every labelled post we hold
(see training.py), that estimates how much a post reads like the posts a
clinician labelled "medium" or "high". It RAISES a post from "none" to "medium", and it decides
whether a loose broad-net word alone (a knife, a rope, "all my tablets") is worth a person's
time; it never lowers any other cue. Since model 2026.11.5 a second set of weights, the high
head, makes a post that already reaches staff at medium "high" when it reads like the posts
clinicians labelled high, so that the duty clinician is paged (safeguarding.md rule 2: when
unsure, the higher level, so that a person looks).

It is data with a version, like the phrase library: `phrases/model.json` holds the weights, the
threshold, the version and a digest of the data it was trained on. It is pure Python, needs no
network and no downloaded model, and costs tens of microseconds a post. Its evidence is the words
that pushed the score up most, shown to the reviewer like any other cue.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

MODEL_PATH = Path(__file__).resolve().parent / "phrases" / "model.json"

# words: letters and digits, with an apostrophe inside a word dropped ("don't" -> "dont")
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# A few very common words carry no signal alone; they still count inside word pairs.
_STOP = frozenset(
    ("a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "is", "it", "its", "be")
    + ("was", "i", "me", "my", "you", "your", "we", "our", "he", "she", "they", "this")
    + ("that", "with", "for", "as", "but", "so")
)
_SUFFIXES = ("ings", "ing", "edly", "ed", "ies", "es", "s", "ly")


def _stem(word: str) -> str:
    """A crude stem so that "hoarding", "hoarded" and "hoards" share a feature."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def tokens(text: str) -> list[tuple[str, int, int]]:
    """The words of an already-normalised text, with their positions."""
    return [(m.group().replace("'", ""), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def features(text: str) -> Features:
    """Each feature of a normalised text, with the span (first occurrence) that gave it."""
    found: dict[str, tuple[int, int]] = {}
    toks = tokens(text)
    for i, (word, start, end) in enumerate(toks):
        if word not in _STOP:
            found.setdefault("w:" + word, (start, end))
            stem = _stem(word)
            if stem != word:
                found.setdefault("s:" + stem, (start, end))
        if i + 1 < len(toks):
            nxt, _nstart, nend = toks[i + 1]
            found.setdefault(f"b:{word} {nxt}", (start, nend))
    return found


Contribution = tuple[str, float, tuple[int, int]]
Features = dict[str, tuple[int, int]]


def _score(
    bias: float, weights: dict[str, float], feats: Features
) -> tuple[float, list[Contribution]]:
    contributions = [(name, weights[name], span) for name, span in feats.items() if name in weights]
    z = bias + sum(weight for _name, weight, _span in contributions)
    contributions.sort(key=lambda item: -item[1])
    return _sigmoid(z), contributions


@dataclass(frozen=True)
class Model:
    version: str
    threshold: float  # a post the phrase layers score "none" is raised to medium at this score
    support: float  # a loose broad-net cue alone still reaches staff at this score
    bias: float
    weights: dict[str, float]  # the concern head: does this post need a person?
    # The high head (model 2026.11.5): is it one a clinician should see now? A post that reaches
    # staff at medium is made high at this score. 1.01 (never) when there is no high head.
    high_threshold: float = 1.01
    high_weights: dict[str, float] = field(default_factory=dict)

    def score(self, text: str, feats: Features | None = None) -> tuple[float, list[Contribution]]:
        """The concern score of a normalised text and its contributions, largest first.

        `feats` (from `features(text)`) saves working them out again for the other head."""
        return _score(self.bias, self.weights, features(text) if feats is None else feats)

    def score_high(
        self, text: str, feats: Features | None = None
    ) -> tuple[float, list[Contribution]]:
        """The high head's score of a normalised text and its contributions, largest first."""
        return _score(self.bias, self.high_weights, features(text) if feats is None else feats)


def decide(
    level: str,
    loose_only: bool,
    score: float,
    high_score: float,
    *,
    threshold: float,
    support: float,
    high_threshold: float,
) -> str:
    """Layer 7's one decision, given the phrase layers' level ("high", "medium", "none"):
    - a loose broad-net cue alone stands only at `support` or above;
    - a post left at "none" is raised to "medium" at `threshold` or above;
    - a post at "medium" is made "high" when the high head scores `high_threshold` or above.
    The screener applies it to every post; the trainer uses it to choose the thresholds."""
    if loose_only and score < support:
        return "none"
    if level == "none":
        if score < threshold:
            return "none"
        level = "medium"
    if level == "medium" and high_score >= high_threshold:
        return "high"
    return level


def rests_on_loose_cues(level: str, categories, loose_categories) -> bool:
    """A medium post whose every cue (even one a context rule lowered) is a loose broad-net cue."""
    categories = list(categories)
    return level == "medium" and bool(categories) and all(c in loose_categories for c in categories)


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def model_from_dict(data: dict) -> Model:
    return Model(
        version=str(data["version"]),
        threshold=float(data["threshold"]),
        support=float(data["support"]),
        bias=float(data["bias"]),
        # JSON already gives str keys and float values: no copy of 30,000 entries at start-up
        weights=data["weights"],
        high_threshold=float(data.get("high", {}).get("threshold", 1.01)),
        high_weights=data.get("high", {}).get("weights", {}),
    )


@cache
def load_model() -> Model:
    """The shipped model. A missing or broken file is an error at import, never a silent gap."""
    return model_from_dict(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
