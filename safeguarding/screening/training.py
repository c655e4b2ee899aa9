"""Training and cross-validation of the screener's statistical layer (statistical.py).

`python manage.py train_screener` rebuilds `phrases/model.json` from every labelled
post we hold and prints out-of-fold figures; `--check` fails if the file differs from what the
data give (a test runs it).

What it is trained on (`training_sets()`): the development set, held-out rounds 1-4, the
independent rounds 5, 6 and 7 (all already seen), and the training corpora
(data/corpus_*.jsonl, written by helpers who never saw the screener). An independent
round that has not yet been evaluated is never loaded here: a test checks that the training
data and every unseen round share no post.

The model: logistic regression over naive-Bayes-scaled features (NB-LR; see `fit`) on the
presence of words, word stems and word pairs (features seen in at least two posts), trained by
AdaGrad with an L2 penalty, in a fixed order from a fixed seed, so the same data always give the
same file. Plain logistic regression, more epochs, character 4-grams and skip-pairs were tried
on the same folds and did no better. Target: the post needs a person
(label "high" or "medium").

The threshold: posts are split into five folds by a stable hash of their text; each fold is
scored by a model trained on the other four. On the training corpora, which the phrase library
never saw, the threshold is the lowest score at which the phrase library plus this layer raises
an alert on no more than MAX_FALSE_ALARM of ordinary posts (the goal allows 25%; the margin is
for posts unlike any we hold).
"""

from __future__ import annotations

import hashlib
import json
import math
import random
from collections import Counter, defaultdict

from . import data, statistical
from .screener import IDIOM_CATEGORY, LOOSE_CATEGORIES, Level, normalise, screen_text

MODEL_VERSION = "2026.11.5"
MAX_FALSE_ALARM = 0.20
# A loose broad-net cue alone reaches staff only at this statistical score or above. Chosen
# when round 7 was first used for development (it halved the broad nets' false alarms there
# without losing a high or medium post); see docs/clinical-safety/screening.md.
SUPPORT = 0.10
FOLDS = 5
EPOCHS = 10
LEARNING_RATE = 0.3
L2 = 3e-3
NB_ALPHA = 1.0
# The intercept is fixed, not learned: a post with no words the model knows scores
# sigmoid(-4), about 0.02, so the score measures evidence of risk. (A learned intercept put
# short ordinary posts such as "is it this week or next?" near the labelled sets' base rate.)
BIAS = -4.0
MIN_DOCUMENTS = 2
SEED = 2026
ROUND_DIGITS = 4
MIN_WEIGHT = 0.005


def training_corpora() -> dict[str, list[tuple[str, str]]]:
    """The helpers' training corpora as {name: [(label, text), ...]} (data/corpus_*.jsonl)."""
    return data.training_corpora()


# Sets in the report that the model must not learn from: round 8 judged model 2026.11.4 once and
# round 9 judged 2026.11.5 once. Training on them later is allowed only with a new model version
# and a fresh unseen round to judge it.
NOT_TRAINED_ON = (
    "held-out set, round 8 (independent, seen)",
    "held-out set, round 9 (independent, seen)",
)


def training_sets() -> dict[str, list[tuple[str, str]]]:
    """Every labelled set the model learns from, as {name: [(label, text), ...]}."""
    from .evaluation import load_sample_sets

    sets = {
        name: [(s[0], s[-1]) for s in samples]
        for name, samples in load_sample_sets().items()
        if not name.endswith("all rounds") and name not in NOT_TRAINED_ON
    }
    sets.update(training_corpora())
    return sets


def training_samples() -> list[tuple[str, str]]:
    """All training posts, each text once (first label kept), in a stable order."""
    seen: set[str] = set()
    samples: list[tuple[str, str]] = []
    for _name, items in sorted(training_sets().items()):
        for label, text in items:
            if text not in seen:
                seen.add(text)
                samples.append((label, text))
    return samples


def _target(label: str) -> int:
    return 1 if label in ("high", "medium") else 0


def _feature_lists(texts: list[str]) -> list[list[str]]:
    return [sorted(statistical.features(normalise(text).text)) for text in texts]


def fit(texts: list[str], targets: list[int]) -> tuple[float, dict[str, float]]:
    """Logistic regression on naive-Bayes-scaled features (NB-LR); deterministic.

    Each feature's value is its naive Bayes log-count ratio r (how much more often it appears in
    posts that need a person than in ordinary ones, smoothed by NB_ALPHA), and the regression
    learns a weight w on top of it (Wang and Manning, 2012: "Baselines and bigrams"), with the
    intercept fixed at BIAS. The stored weight of a feature is w * r, so scoring stays one sum.
    """
    docs = _feature_lists(texts)
    frequency = Counter(f for feats in docs for f in feats)
    docs = [[f for f in feats if frequency[f] >= MIN_DOCUMENTS] for feats in docs]
    kept_features = sorted({f for feats in docs for f in feats})
    positive = Counter(f for feats, y in zip(docs, targets, strict=True) if y for f in feats)
    negative = Counter(f for feats, y in zip(docs, targets, strict=True) if not y for f in feats)
    smoothing = NB_ALPHA * len(kept_features)
    p_total = sum(positive.values()) + smoothing
    n_total = sum(negative.values()) + smoothing
    ratio = {
        f: math.log(((positive[f] + NB_ALPHA) / p_total) / ((negative[f] + NB_ALPHA) / n_total))
        for f in kept_features
    }
    weights: dict[str, float] = defaultdict(float)
    squares: dict[str, float] = defaultdict(float)
    order = list(range(len(docs)))
    rng = random.Random(SEED)
    for _epoch in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            feats, y = docs[i], targets[i]
            z = BIAS + sum(weights[f] * ratio[f] for f in feats)
            p = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
            gradient = p - y
            for f in feats:
                g = gradient * ratio[f] + L2 * weights[f]
                squares[f] += g * g
                weights[f] -= LEARNING_RATE * g / (math.sqrt(squares[f]) + 1e-8)
    kept = {}
    for f in kept_features:
        combined = round(weights[f] * ratio[f], ROUND_DIGITS)
        if abs(combined) >= MIN_WEIGHT:
            kept[f] = combined
    return BIAS, kept


def _fold(text: str) -> int:
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16) % FOLDS


def _high_target(label: str) -> int:
    return 1 if label == "high" else 0


def out_of_fold_scores(samples: list[tuple[str, str]], fit=fit) -> tuple[list[float], list[float]]:
    """Each post's concern and high-head scores from models that did not see it (k-fold)."""
    scores = [0.0] * len(samples)
    high_scores = [0.0] * len(samples)
    folds = [_fold(text) for _label, text in samples]
    for k in range(FOLDS):
        train_idx = [i for i, f in enumerate(folds) if f != k]
        texts = [samples[i][1] for i in train_idx]
        bias, weights = fit(texts, [_target(samples[i][0]) for i in train_idx])
        _bias, high_weights = fit(texts, [_high_target(samples[i][0]) for i in train_idx])
        model = statistical.Model(
            MODEL_VERSION, 0.5, SUPPORT, bias, weights, high_weights=high_weights
        )
        for i, f in enumerate(folds):
            if f == k:
                normalised = normalise(samples[i][1]).text
                scores[i] = model.score(normalised)[0]
                high_scores[i] = model.score_high(normalised)[0]
    return scores, high_scores


def phrase_result(text: str) -> tuple[Level, bool]:
    """The phrase layers' level, and whether it rests on loose broad-net cues alone."""
    result = screen_text(text, statistical_layer=False)
    categories = (c.category for c in result.evidence if c.category != IDIOM_CATEGORY)
    return result.level, statistical.rests_on_loose_cues(result.level, categories, LOOSE_CATEGORIES)


def _level(rule, score: float, threshold: float, high_score: float = 0.0, high_threshold=1.01):
    """What the screener would decide (statistical.decide) at these thresholds."""
    level, loose_only = rule
    return statistical.decide(
        level,
        loose_only,
        score,
        high_score,
        threshold=threshold,
        support=SUPPORT,
        high_threshold=high_threshold,
    )


def _alerts(rule, score: float, threshold: float) -> bool:
    return _level(rule, score, threshold) != Level.NONE


def _rates(labels, rules, scores, threshold) -> dict[str, float]:
    """Goal rates of the phrase layers plus the statistical layer at `threshold`."""
    reach = Counter()
    total = Counter(labels)
    none_scored = 0
    for label, rule, score in zip(labels, rules, scores, strict=True):
        alert = _alerts(rule, score, threshold)
        reach[label] += alert
        none_scored += label == "high" and not alert
    return {
        "high_reach": reach["high"] / total["high"] if total["high"] else 0.0,
        "high_none": none_scored,
        "medium_reach": reach["medium"] / total["medium"] if total["medium"] else 0.0,
        "false_alarm": reach["none"] / total["none"] if total["none"] else 0.0,
        "high": total["high"],
        "medium": total["medium"],
        "none": total["none"],
    }


def choose_threshold(labels, rules, scores) -> float:
    """The lowest threshold keeping the combined false-alarm rate within MAX_FALSE_ALARM."""
    candidates = sorted({round(s, 3) for s in scores} | {0.5})
    for threshold in candidates:
        if _rates(labels, rules, scores, threshold)["false_alarm"] <= MAX_FALSE_ALARM:
            return threshold
    return 0.5


def _medium_pool(rules, scores, threshold) -> list[bool]:
    """Which posts reach staff at medium (so the high head may make them high)."""
    return [
        _level(rule, score, threshold) == Level.MEDIUM
        for rule, score in zip(rules, scores, strict=True)
    ]


def _precision(labels, chosen) -> float:
    picked = [label for label, c in zip(labels, chosen, strict=True) if c]
    return sum(label == "high" for label in picked) / len(picked) if picked else 1.0


def choose_high_threshold(labels, rules, scores, high_scores, threshold) -> float:
    """The lowest high-head threshold whose promotions are at least as often truly high as the
    phrase rules' own "high" results are (both out of fold, on the training corpora)."""
    target = _precision(labels, [rule[0] == Level.HIGH for rule in rules])
    pool = _medium_pool(rules, scores, threshold)
    for step in range(50, 100):
        candidate = step / 100
        chosen = [p and h >= candidate for p, h in zip(pool, high_scores, strict=True)]
        if any(chosen) and _precision(labels, chosen) >= target:
            return candidate
    return 1.01


def _priority(labels, rules, scores, high_scores, threshold, high_threshold) -> dict:
    """How many high posts are scored high, and how many others are (paging someone)."""
    high = [
        _level(rule, score, threshold, h, high_threshold) == Level.HIGH
        for rule, score, h in zip(rules, scores, high_scores, strict=True)
    ]
    total = Counter(labels)
    hits = Counter(label for label, is_high in zip(labels, high, strict=True) if is_high)
    return {
        "high_as_high": hits["high"] / total["high"] if total["high"] else 0.0,
        "medium_as_high": hits["medium"] / total["medium"] if total["medium"] else 0.0,
        "none_as_high": hits["none"] / total["none"] if total["none"] else 0.0,
    }


def build(fit=fit) -> tuple[dict, dict]:
    """Cross-validate, choose the threshold, fit on everything; return (model dict, report).

    `fit` is this module's pure-Python `fit` or `training_sklearn.fit` (the same model)."""
    samples = training_samples()
    corpora_texts = {text for items in training_corpora().values() for _label, text in items}
    scores, high_scores = out_of_fold_scores(samples, fit)
    rule_levels = [phrase_result(text) for _label, text in samples]
    labels = [label for label, _text in samples]
    fresh = [i for i, (_label, text) in enumerate(samples) if text in corpora_texts]
    pick = [labels[i] for i in fresh], [rule_levels[i] for i in fresh], [scores[i] for i in fresh]
    fresh_high = [high_scores[i] for i in fresh]
    threshold = choose_threshold(*pick) if fresh else 0.5
    high_threshold = choose_high_threshold(*pick, fresh_high, threshold) if fresh else 1.01
    texts = [text for _label, text in samples]
    bias, weights = fit(texts, [_target(lb) for lb in labels])
    _bias, high_weights = fit(texts, [_high_target(lb) for lb in labels])
    digest = hashlib.sha256(
        json.dumps(samples, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    ).hexdigest()
    model = {
        "version": MODEL_VERSION,
        "threshold": threshold,
        "support": SUPPORT,
        "bias": bias,
        "trained_on": {
            "posts": len(samples),
            "labels": dict(sorted(Counter(labels).items())),
            "sha256": digest,
        },
        "weights": weights,
        "high": {"threshold": high_threshold, "weights": high_weights},
    }
    report = {
        "threshold": threshold,
        "high_threshold": high_threshold,
        "priority_training_corpora_phrase_layers": _priority(*pick, fresh_high, threshold, 1.01)
        if fresh
        else None,
        "priority_training_corpora_with_high_head": _priority(
            *pick, fresh_high, threshold, high_threshold
        )
        if fresh
        else None,
        "out_of_fold_training_corpora": _rates(*pick, threshold) if fresh else None,
        "out_of_fold_model_alone_all": _rates(
            labels, [(Level.NONE, False)] * len(labels), scores, threshold
        ),
        "phrase_layers_alone_training_corpora": _rates(
            pick[0], [(level, False) for level, _loose in pick[1]], [0.0] * len(fresh), 1.01
        )
        if fresh
        else None,
    }
    return model, report


def dumps(model: dict) -> str:
    return json.dumps(model, ensure_ascii=False, indent=0, sort_keys=False) + "\n"


# `train_screener --check` accepts a model within these of the shipped one: the two trainers
# give the same weights on this machine, but a weight rounded to four places may land one step
# apart where the C library's log or exp differs in the last bit.
WEIGHT_TOLERANCE = 2e-4
THRESHOLD_TOLERANCE = 1e-3


def differences(shipped: dict, fresh: dict) -> list[str]:
    """How `fresh` differs from `shipped` beyond the tolerances above (empty: the same model)."""
    found: list[str] = []
    for key in ("version", "support", "bias", "trained_on"):
        if shipped.get(key) != fresh.get(key):
            found.append(f"{key}: {shipped.get(key)!r} in the file, {fresh[key]!r} from the data")
    pairs = [("threshold", shipped.get("threshold"), fresh.get("threshold"))]
    pairs.append(
        ("high threshold", shipped.get("high", {}).get("threshold"), fresh["high"]["threshold"])
    )
    for name, a, b in pairs:
        if a is None or abs(a - b) > THRESHOLD_TOLERANCE:
            found.append(f"{name}: {a} in the file, {b} from the data")
    for head, a, b in (
        ("weights", shipped.get("weights", {}), fresh["weights"]),
        ("high weights", shipped.get("high", {}).get("weights", {}), fresh["high"]["weights"]),
    ):
        for feature in sorted(set(a) | set(b)):
            x, y = a.get(feature, 0.0), b.get(feature, 0.0)
            # a weight within tolerance of the cut-off may be dropped by one and kept by the other
            if abs(x - y) > WEIGHT_TOLERANCE + (MIN_WEIGHT if (x == 0.0) != (y == 0.0) else 0):
                found.append(f"{head} {feature!r}: {x} in the file, {y} from the data")
    return found
