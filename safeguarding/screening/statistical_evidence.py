"""Layer 7 of a screening: the statistical layer's decision (`statistical.decide`) applied to
what the phrase layers found, with the words a reviewer is shown as evidence and the reasons.
The screener (`screener.screen_text`) calls `apply_statistical` with its model."""

from __future__ import annotations

from . import library as _LIB
from . import statistical
from .normalisation import Normalised
from .results import Cue, Level

STATISTICAL_RULE = "statistical.words"
STATISTICAL_HIGH_RULE = "statistical.high_words"
STATISTICAL_CATEGORY = "statistical"
_STATISTICAL_EVIDENCE = 3  # how many of the words that raised the score are shown
# The loose meaning classes of the broad nets (2026.11.2 distress, 2026.11.3 means words and
# the like). Since 2026.11.4 such a cue ALONE reaches staff only if the statistical layer gives
# the post at least the model's "support" score: a knife in a cooking post no longer alerts.
LOOSE_CATEGORIES = frozenset(
    name for name, cat in _LIB.CATEGORIES.items() if cat.get("broad_net") or cat.get("broad_risk")
)


def _statistical_cues(
    text: str, norm: Normalised, contributions, rule: str = STATISTICAL_RULE, level=Level.MEDIUM
) -> list[Cue]:
    """The words that pushed the statistical score up most, as evidence for the reviewer."""
    cues: list[Cue] = []
    shown = [c for c in contributions if statistical.is_meaningful(c[0], norm.text[slice(*c[2])])]
    for _name, weight, (a_n, b_n) in shown[:_STATISTICAL_EVIDENCE]:
        if weight <= 0:
            break
        a, b = norm.original_span(a_n, b_n)
        cues.append(Cue(a, b, text[a:b], rule, STATISTICAL_CATEGORY, level))
    return cues


def apply_statistical(
    model: statistical.Model,
    text: str,
    norm: Normalised,
    categories: list[str],
    level: Level,
    reasons: list[str],
    in_reply: bool = False,
) -> tuple[Level, list[Cue], list[str]]:
    """Layer 7 (see statistical.py) on a post the phrase layers scored `level`, with the
    categories of the cues they found: the decision is `statistical.decide`; this adds the
    evidence and the reasons a reviewer reads."""
    if level == Level.HIGH:
        return level, [], reasons  # layer 7 never changes a high post
    # The gate is for a post whose ONLY signal is loose: any named cue, even one a context rule
    # lowered, means the loose cue stands without the statistical layer's support.
    loose_only = statistical.rests_on_loose_cues(level, categories, LOOSE_CATEGORIES)
    feats = statistical.features(norm.text)
    score, contributions = model.score(norm.text, feats)
    high_score, high_contributions = model.score_high(norm.text, feats)
    threshold = model.threshold
    if in_reply and model.reply_threshold is not None:
        threshold = model.reply_threshold
    decided = Level(
        statistical.decide(
            level,
            loose_only,
            score,
            high_score,
            threshold=threshold,
            support=model.support,
            high_threshold=model.high_threshold,
            solo_high_threshold=model.solo_high_threshold,
            in_reply=in_reply,
            solo_gate_high=model.solo_gate_high,
            solo_gate_threshold=model.solo_gate_threshold,
        )
    )
    cues: list[Cue] = []
    reasons = list(reasons)
    if loose_only and decided == Level.NONE:
        reasons.append(
            f"loose cue alone, lowered: statistical score {score:.2f} below {model.support:.2f}"
        )
        return decided, cues, reasons
    if level == Level.NONE and decided == Level.NONE and score >= threshold and not in_reply:
        reasons.append(
            f"statistical layer alone held back: score {score:.2f}, high head {high_score:.2f}"
            f" below the solo gate ({model.solo_gate_high:.2f}, or score"
            f" {model.solo_gate_threshold:.2f})"
        )
        return decided, cues, reasons
    if loose_only:
        reasons.append(f"statistical layer supports it: score {score:.2f}")
    elif level == Level.NONE and decided != Level.NONE:
        cues = _statistical_cues(text, norm, contributions)
        what = "statistical layer (reply)" if threshold != model.threshold else "statistical layer"
        reasons.append(_reason(what, score, threshold, cues))
    if decided == Level.HIGH:
        high_cues = _statistical_cues(
            text, norm, high_contributions, STATISTICAL_HIGH_RULE, Level.HIGH
        )
        cues += high_cues
        if level == Level.NONE:
            what, limit = (
                "statistical layer (high, both heads, no phrase cue)",
                (model.solo_high_threshold),
            )
        else:
            what, limit = "statistical layer (high)", model.high_threshold
        reasons.append(_reason(what, high_score, limit, high_cues))
    return decided, cues, reasons


def _reason(what: str, score: float, threshold: float, cues: list[Cue]) -> str:
    reason = f"{what}: score {score:.2f} at or above {threshold:.2f}"
    words = ", ".join(repr(c.text) for c in cues)
    return f"{reason}; words: {words}" if words else reason
