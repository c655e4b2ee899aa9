"""Designs for quietening the statistical layer alone on everyday chat, out of fold by writer
(2026.12.17 and 2026.12.19; docs/clinical-safety/screening.md, "Library and model 2026.12.17"
and "Library and model 2026.12.19").

Each design changes how the layer is trained or decides; its thresholds are then chosen by
train_screener's own rules (training.choose_threshold, choose_solo_gate,
choose_high_threshold, choose_solo_high_threshold) on its own out-of-fold scores (five folds by
writer), and every post is decided as the shipped screener would (statistical.decide, then a
medium post with a live priority cue is high). The phrase layers are as shipped. Prints, per
design: hard-case high posts scored none, scored high, medium reaching staff, hard-case
ordinary alerting, and the realistic weeks' alerts and high alerts per 100 ordinary posts, with
95% Wilson intervals.

    .venv/bin/python bench/screening_designs.py                  # every design (about 20 min)
    .venv/bin/python bench/screening_designs.py shipped fine_gate  # some of them

Designs: shipped; weekly_x1, weekly_x8 (the weeks' ordinary posts counted 1 or 8 times, 3
shipped); every_weekly_x3 (every weekly post, worrying ones too, 3 times); l2_0.01 (the L2
penalty, 0.003 shipped); no_function_features (features made only of function words dropped);
short_gate (a top-level post under 15 words raised by the layer alone needs the high head at
0.05 or the score at 0.1); fine_gate (the solo gate's score candidates in 0.01 steps).
2026.12.19, writer stability: risk_writers_K (a feature leaning towards a head's target kept
only if the target posts of at least K writers hold it: `risk_writers`, through training.fit's
`exclude`); writer_df_K (any feature kept only if the posts of at least K writers hold it);
evidence_any, evidence_0.3, evidence_0.6, evidence_1 (the layer alone raises a post only when
a meaningful feature held by the target posts of at least 3 writers pushes it up by more than
0, or by at least 0.3, 0.6, 1; the shipped scores and thresholds otherwise).
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent

# design: how it is trained (None: as shipped); the others share the shipped scores
# 2026.12.19: writer stability, (a) a feature leaning towards a head's target is kept only if
# that many writers' target posts hold it (`risk_writers`); (b) any feature only if that many
# writers' posts hold it, whatever their label (`writer_df`: a minimum document frequency by
# writer). Each drops features before the regression through training.fit's `exclude`.
RISK_WRITERS = {"risk_writers_2": 2, "risk_writers_3": 3, "risk_writers_5": 5}
RISK_WRITERS |= {"risk_writers_8": 8, "risk_writers_12": 12}
WRITER_DF = {"writer_df_2": 2, "writer_df_3": 3, "writer_df_5": 5}
TRAINED = ("weekly_x1", "weekly_x8", "every_weekly_x3", "l2_0.01", "no_function_features")
TRAINED += (*RISK_WRITERS, *WRITER_DF)
# (c) the layer alone raises a post (its phrase level none) only when one of the features that
# pushed it up is meaningful (statistical.is_meaningful, with the words it covers), appears in
# target posts of at least EVIDENCE_WRITERS writers of the fold's training data, and weighs at
# least this much (evidence_any: more than 0) in either head; the shipped design's scores and
# thresholds otherwise
EVIDENCE = {"evidence_any": 0.0, "evidence_0.3": 0.3, "evidence_0.6": 0.6, "evidence_1": 1.0}
EVIDENCE_WRITERS = 3
DESIGNS = ("shipped", *TRAINED, "short_gate", "fine_gate", *EVIDENCE)


def writers_holding(docs, writers, targets=None) -> dict[str, set[str]]:
    """{feature: the writers whose posts hold it} (only the target posts, given `targets`)."""
    seen: dict[str, set[str]] = {}
    for i, (feats, writer) in enumerate(zip(docs, writers, strict=True)):
        if targets is None or targets[i]:
            for f in feats:
                seen.setdefault(f, set()).add(writer)
    return seen


def risk_writers(k: int):
    """Design (a): the features leaning towards the target (naive Bayes ratio above 0) that
    the target posts of fewer than `k` writers hold; none without writers. A word only one
    writer's worrying posts hold ('Con', a member's name) is that writer's story, not risk;
    features leaning towards ordinary posts are kept whoever wrote them."""

    def unstable(docs, targets, writers, ratio) -> frozenset[str]:
        if not writers or k <= 1:
            return frozenset()
        seen = writers_holding(docs, writers, targets)
        return frozenset(f for f, r in ratio.items() if r > 0 and len(seen.get(f, ())) < k)

    return unstable


def writer_df(k: int):
    """Design (b): every feature that the posts of fewer than `k` writers hold, whatever their
    label and lean; none without writers."""

    def rare(docs, _targets, writers, _ratio) -> frozenset[str]:
        if not writers:
            return frozenset()
        return frozenset(f for f, who in writers_holding(docs, writers).items() if len(who) < k)

    return rare


def fit_with_writers(fit, rule, writer_of: dict[str, str]):
    """`fit` (training.fit's signature) that drops the features `rule(docs, targets, writers,
    ratio)` names, each training post's writer read from `writer_of` ({text: writer})."""

    def fitted(texts, targets, repeats=None):
        who = [writer_of[text] for text in texts]
        return fit(texts, targets, repeats, lambda docs, ys, ratio: rule(docs, ys, who, ratio))

    return fitted


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(PROJECT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pmp_followon.settings")
    import django

    django.setup()
    from bench.screening_out_of_fold import phrase_layers
    from safeguarding.screening import statistical
    from safeguarding.screening import training as t
    from safeguarding.screening.evaluation import wilson
    from safeguarding.screening.screener import (
        Level,
        normalise,
    )

    designs = argv or list(DESIGNS)
    unknown = [d for d in designs if d not in DESIGNS]
    if unknown:
        print(f"unknown designs {unknown}; known: {', '.join(DESIGNS)}")
        return 2
    samples = t.training_samples()
    parents = t.realistic_parents()
    labels = [label for label, _text in samples]
    texts = [text for _label, text in samples]
    rules, raising = phrase_layers(texts, parents)  # as screening_out_of_fold.py
    corpora = {text for items in t.training_corpora().values() for _label, text in items}
    weeks = {p.text for p in t.realistic_posts()}
    words = [len(statistical.tokens(normalise(text).text)) for text in texts]

    def scores_of(design: str) -> tuple[list[float], list[float]]:
        saved = (t.ORDINARY_TRAFFIC_WEIGHT, t.L2, t.sample_repeats, t._features_of)
        fit = t.fit
        if design in RISK_WRITERS or design in WRITER_DF:
            rule = (
                risk_writers(RISK_WRITERS[design])
                if design in RISK_WRITERS
                else writer_df(WRITER_DF[design])
            )
            fit = fit_with_writers(t.fit, rule, t.writer_of_texts())
        elif design == "weekly_x1":
            t.ORDINARY_TRAFFIC_WEIGHT = 1
        elif design == "weekly_x8":
            t.ORDINARY_TRAFFIC_WEIGHT = 8
        elif design == "every_weekly_x3":
            t.sample_repeats = lambda samples: [3 if x in weeks else 1 for _label, x in samples]
        elif design == "l2_0.01":
            t.L2 = 0.01
        elif design == "no_function_features":
            function = statistical.FUNCTION_WORDS | statistical._STOP
            shipped_features = statistical.features

            def meaningful_features(text: str) -> statistical.Features:
                found = shipped_features(text)
                return {
                    name: span
                    for name, span in found.items()
                    if not all(w in function for w in name.split(":", 1)[1].split())
                }

            statistical.features = meaningful_features
            t._features_of.cache_clear()
        try:
            return t.out_of_fold_scores(samples, fit=fit)
        finally:
            t.ORDINARY_TRAFFIC_WEIGHT, t.L2, t.sample_repeats, features_of = saved
            if design == "no_function_features":
                statistical.features = shipped_features
                features_of.cache_clear()

    def evidence_of() -> list[float]:
        """Out of fold by writer, as training.out_of_fold_scores: each post's heaviest feature
        that is meaningful and cross-writer stable (design (c)), in either head; 0 if none."""
        repeats = t.sample_repeats(samples)
        folds = t.writer_folds(samples)
        writer = t.writer_of_texts()
        best = [0.0] * len(samples)
        for k in range(t.FOLDS):
            idx = [i for i, f in enumerate(folds) if f != k]
            train = [texts[i] for i in idx]
            reps = [repeats[i] for i in idx]
            who = [writer[x] for x in train]
            docs = [t._features_of(x) for x in train]
            heads = []
            for target in (t._target, t._high_target):
                ys = [target(labels[i]) for i in idx]
                _bias, weights = t.fit(train, ys, reps)
                held = writers_holding(docs, who, ys)
                stable = {f for f in weights if len(held.get(f, ())) >= EVIDENCE_WRITERS}
                heads.append((weights, stable))
            for i, f in enumerate(folds):
                if f != k:
                    continue
                normalised = normalise(texts[i]).text
                for name, span in statistical.features(normalised).items():
                    for weights, stable in heads:
                        w = weights.get(name, 0.0)
                        if w > best[i] and name in stable:
                            covered = normalised[span[0] : span[1]]
                            if statistical.is_meaningful(name, covered):
                                best[i] = w
        return best

    def subset(members, scores, highs):
        idx = [i for i in range(len(samples)) if texts[i] in members]
        picked = [labels[i] for i in idx], [rules[i] for i in idx], [scores[i] for i in idx]
        return picked, [highs[i] for i in idx]

    def thresholds(scores, highs) -> dict:
        """train_screener's choices (training.build) on these out-of-fold scores."""
        pick, pick_high = subset(corpora, scores, highs)
        real, real_high = subset(weeks, scores, highs)
        replies, _high = subset(set(parents), scores, highs)
        threshold = t.choose_threshold(*pick)
        reply = t.choose_threshold(*replies, t.MAX_REALISTIC_REPLY_ALERTS, floor=threshold)
        real_texts = [x for x in texts if x in weeks]
        limits = [reply if x in parents else threshold for x in real_texts]
        in_reply = [x in parents for x in real_texts]
        gate = t.choose_solo_gate(
            (*pick, pick_high), (*real, real_high, limits, in_reply), threshold
        )
        top, top_high = subset(weeks - set(parents), scores, highs)
        return {
            "threshold": threshold,
            "reply": reply,
            "gate": gate,
            "high": t.choose_high_threshold(*pick, pick_high, threshold),
            "solo_high": t.choose_solo_high_threshold(
                *pick, pick_high, threshold, (*top, top_high), gate
            ),
        }

    def level(i: int, scores, highs, m: dict, short_gate: bool, evidence=None) -> str:
        reply = texts[i] in parents
        decided = statistical.decide(
            rules[i][0],
            rules[i][1],
            scores[i],
            highs[i],
            threshold=m["reply"] if reply else m["threshold"],
            support=t.SUPPORT,
            high_threshold=m["high"],
            solo_high_threshold=m["solo_high"],
            in_reply=reply,
            solo_gate_high=m["gate"][0],
            solo_gate_threshold=m["gate"][1],
        )
        solo = decided != "none" and rules[i][0] == "none" and not reply
        if short_gate and solo and words[i] < 15 and highs[i] < 0.05 and scores[i] < 0.1:
            decided = "none"
        alone = decided != "none" and rules[i][0] == "none"
        if evidence is not None and alone and (evidence[0][i] <= 0 or evidence[0][i] < evidence[1]):
            decided = "none"
        if decided == Level.MEDIUM and raising[i]:
            return Level.HIGH
        return str(decided)

    def rate(k: int, n: int, per: int = 100) -> str:
        low, high = wilson(k, n)
        return f"{k} of {n} ({per * k / n:.2f}; {per * low:.2f}-{per * high:.2f})"

    shipped_scores = None
    evidence = None
    for design in designs:
        if design in TRAINED:
            scores, highs = scores_of(design)
        else:
            shipped_scores = shipped_scores or scores_of("shipped")
            scores, highs = shipped_scores
        steps = t.GATE_SCORE_STEPS
        if design == "fine_gate":
            t.GATE_SCORE_STEPS = tuple(round(0.01 * k, 2) for k in range(1, 100)) + (0.99, 1.01)
        try:
            m = thresholds(scores, highs)
        finally:
            t.GATE_SCORE_STEPS = steps
        gate_by = None
        if design in EVIDENCE:
            evidence = evidence or evidence_of()
            gate_by = (evidence, EVIDENCE[design])
        levels = [
            level(i, scores, highs, m, design == "short_gate", gate_by) for i in range(len(samples))
        ]
        hard = [i for i in range(len(samples)) if texts[i] in corpora]
        week = [i for i in range(len(samples)) if texts[i] in weeks]
        n = Counter(labels[i] for i in hard)
        reach = Counter(labels[i] for i in hard if levels[i] != "none")
        as_high = Counter(labels[i] for i in hard if levels[i] == "high")
        ordinary = [i for i in week if labels[i] == "none"]
        alerts = sum(levels[i] != "none" for i in ordinary)
        alone = sum(levels[i] != "none" and rules[i][0] == "none" for i in ordinary)
        paged = sum(levels[i] == "high" for i in ordinary)
        print(f"\n== {design}: {m}")
        print(f"   hard-case high scored none (%): {rate(n['high'] - reach['high'], n['high'])}")
        print(f"   hard-case high scored high (%): {rate(as_high['high'], n['high'])}")
        print(f"   hard-case medium reaching staff (%): {rate(reach['medium'], n['medium'])}")
        print(f"   hard-case ordinary alerting (%): {rate(reach['none'], n['none'])}")
        print(f"   weeks, alerts per 100 ordinary: {rate(alerts, len(ordinary))}")
        print(f"   weeks, high alerts per 100 ordinary: {rate(paged, len(ordinary))}")
        print(f"   weeks, alerts by the layer alone per 100 ordinary: {rate(alone, len(ordinary))}")
        wk = Counter(labels[i] for i in week)
        wk_reach = Counter(labels[i] for i in week if levels[i] != "none")
        print(
            f"   weeks: high reaching staff {rate(wk_reach['high'], wk['high'])}, "
            f"medium reaching staff {rate(wk_reach['medium'], wk['medium'])}"
        )
        print(f"   hard-case medium scored high: {rate(as_high['medium'], n['medium'])}")
        sys.stdout.flush()
    print(f"\nload average: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
