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


# Function words and stock phrases (model 2026.12.1): never shown to a reviewer as evidence.
# The score may still use them (inside word pairs they carry style the model needs: "i won't",
# "any more"; dropping them from the features cost 49 more high posts unseen out of fold on the
# training corpora), but the words a reviewer reads are words that carry meaning ("tablets",
# "saving", "goodbye"), never "and a", "did" or "what's the" (issue 12). Words of the writer's
# state ("alone", "never", "nothing", "can't", "won't", "anymore") are NOT function words.
def word_list(*lines: str) -> list[str]:
    return [word for line in lines for word in line.split()]


FUNCTION_WORDS = frozenset(
    word_list(
        # articles, determiners, quantifiers
        "a an the this that these those some any each every all both either neither no another",
        "such what which whose much many more most few lot lots bit",
        # pronouns (the person is in the phrase rules, not the statistical words)
        "i me my mine myself you your yours yourself yourselves he him his himself she her hers",
        "herself it its itself we us our ours ourselves they them their theirs themselves",
        "im ive id ill youre youve youd youll hes shes were theyre theyve weve thats",
        "whats theres heres who whom",
        # prepositions and conjunctions
        "of to in on at by for with from into onto up down out over under about as than",
        "through after before since until till while because cos so and or but if then though",
        "although also too just only even still yet again off round around near",
        # auxiliaries and their forms
        "is am are was be been being do does did doing done have has had having will would",
        "shall should can could may might must isnt arent wasnt werent dont doesnt didnt",
        "havent hasnt hadnt wouldnt shouldnt couldnt mustnt shant",
        # everyday fillers and stock words
        "oh ah ha haha lol xx x xxx ok okay yes yeah yep no nah hi hello hiya morning evening",
        "afternoon night thanks thank please well right very really quite pretty like get got",
        "go going gone went come came coming say said says know think thought see saw look",
        "make made take want wanted let lets one two three first last next new old good nice",
        "lovely great little big day days week weeks today tomorrow yesterday tonight time",
        "there here where when how why now back way thing things anyone everyone someone",
        "anything everything something people kids everybody anybody",
    )
)
# Stock phrases: word pairs of everyday talk that are never features (apostrophes are dropped
# before this is checked: "what's the" is "whats the").
STOCK_PHRASES = frozenset(
    (
        "last week",
        "next week",
        "this week",
        "last night",
        "last year",
        "a nice",
        "a good",
        "a bit",
        "a lot",
        "see you",
        "thank you",
        "thanks all",
        "good morning",
        "morning all",
        "night all",
        "how are",
        "hope you",
        "hope everyone",
        "well done",
        "let me",
        "let us",
        "lets go",
        "have a",
        "had a",
        "got a",
        "whats the",
        "going to",
        "want to",
        "need to",
        "have to",
        "used to",
        "did you",
        "do you",
        "are you",
        "is it",
        "it is",
        "i was",
        "i am",
        "i have",
        "i had",
        "i did",
        "i do",
    )
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


def is_meaningful(feature: str, covered: str | None = None) -> bool:
    """Whether a feature may be shown to a reviewer as evidence: it has a word that is not a
    function word, and it is not a stock phrase. `covered`: the normalised words the feature
    covers in the post, when known; one of them must be meaningful too (2026.12.18: a stem
    such as "s:everyth" is not a function word, but the word it covers, "everything", is)."""
    body = feature.split(":", 1)[-1]
    if body in STOCK_PHRASES or not any(_meaningful(w) for w in body.split()):
        return False
    return covered is None or any(_meaningful(w) for w, _a, _b in tokens(covered))


def _meaningful(word: str) -> bool:
    return word not in FUNCTION_WORDS and not word.isdigit()


Contribution = tuple[str, float, tuple[int, int]]
Features = dict[str, tuple[int, int]]


def _score(
    bias: float, weights: dict[str, float], feats: Features
) -> tuple[float, list[Contribution]]:
    get = weights.get
    contributions = [
        (name, weight, span) for name, span in feats.items() if (weight := get(name)) is not None
    ]
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
    # A reply (screened with the post it answers, model 2026.12.1) is raised from none at this
    # score; chosen on the realistic weeks' replies. None: the same as `threshold`.
    reply_threshold: float | None = None
    # A post with NO phrase cue that reaches staff through the concern head is made high when
    # the high head scores at least this (model 2026.12.2; never for a reply). Chosen out of
    # fold: as precise as the phrase rules' own "high", and paging for almost no realistic
    # ordinary post. 1.01 (never) when absent.
    solo_high_threshold: float = 1.01
    # The solo gate (model 2026.12.4): a top-level post with NO phrase cue is raised by the
    # concern head alone only when the high head also gives at least `solo_gate_high`, or the
    # concern score is at least `solo_gate_threshold` (well above the threshold). Chosen out of
    # fold BY WRITER so that a writer the model never saw alerts on at most 3 in 100 of their
    # ordinary posts (issue 12). Defaults: no gate.
    solo_gate_high: float = 0.0
    solo_gate_threshold: float = 0.0

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
    solo_high_threshold: float = 1.01,
    in_reply: bool = False,
    solo_gate_high: float = 0.0,
    solo_gate_threshold: float = 0.0,
) -> str:
    """Layer 7's one decision, given the phrase layers' level ("high", "medium", "none"):
    - a loose broad-net cue alone stands only at `support` or above;
    - a post left at "none" is raised to "medium" at `threshold` or above, and to "high" only
      when the high head also scores `solo_high_threshold` or above and it is not a reply
      (2026.12.2; 2026.12.1 never made such a post high, which left a third of high posts at
      medium);
    - a post the phrase layers put at "medium" is made "high" when the high head scores
      `high_threshold` or above.
    - (2026.12.4) a top-level post left at "none" is raised at all only through the solo
      gate: the high head at `solo_gate_high` or above, or the concern score at
      `solo_gate_threshold` or above. Everyday chat often reads a little like a worry to the
      concern head alone; a writer the model never saw alerted on 7 in 100 ordinary posts.
    The screener applies it to every post; the trainer uses it to choose the thresholds."""
    if loose_only and score < support:
        return "none"
    if level == "none":
        if score < threshold:
            return "none"
        if not in_reply and high_score < solo_gate_high and score < solo_gate_threshold:
            return "none"
        # the layer alone makes a post high only when both heads agree, as precisely as the
        # phrase rules do out of fold; never a reply (its words are the thread's words)
        if not in_reply and high_score >= solo_high_threshold:
            return "high"
        return "medium"
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
        reply_threshold=float(data["reply_threshold"]) if "reply_threshold" in data else None,
        solo_high_threshold=float(data.get("high", {}).get("solo_threshold", 1.01)),
        solo_gate_high=float(data.get("solo_gate", {}).get("high", 0.0)),
        solo_gate_threshold=float(data.get("solo_gate", {}).get("threshold", 0.0)),
    )


@cache
def load_model() -> Model:
    """The shipped model. A missing or broken file is an error at import, never a silent gap."""
    return model_from_dict(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
