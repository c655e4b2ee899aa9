"""The solo gate's trade-off, out of fold by writer (2026.12.9): for each candidate gate, the
hard cases' high posts scored none, medium reach and ordinary alerting, and the realistic
weeks' alerts per 100 ordinary posts, with 95% Wilson intervals; and the gate training picks
(2026.12.11: with the rule's band, the fewest high posts scored none and the slack, and the
gates near the choice first)
(training.choose_solo_gate). The statistical scores are the training's own out-of-fold scores
(training.out_of_fold_scores: five folds by writer); the phrase layers are as shipped.

    .venv/bin/python bench/screening_solo_gate.py      # about a minute of CPU (5 fits)
    .venv/bin/python bench/screening_solo_gate.py --all   # every candidate gate
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def wilson(k: int, n: int) -> str:
    """ "k of n (p%; low-high)", the interval from the screening package's own Wilson score."""
    if n == 0:
        return "n 0"
    from safeguarding.screening.evaluation import wilson as interval

    low, high = interval(k, n)
    return f"{k} of {n} ({100 * k / n:.1f}%; {100 * low:.1f}-{100 * high:.1f})"


# the gates shown: the one 2026.12.8 shipped, looser and tighter ones
SHOWN = [
    (0.0, 0.0),
    (0.02, 0.1),
    (0.02, 0.15),
    (0.02, 0.2),
    (0.02, 0.3),
    (0.02, 0.4),
    (0.02, 0.5),
    (0.05, 0.3),
    (0.05, 0.5),
    (0.1, 0.5),
    (0.05, 0.97),
    (0.1, 0.97),
]


def main() -> int:
    sys.path.insert(0, str(PROJECT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pmp_followon.settings")
    import django

    django.setup()
    from safeguarding.screening import training as t

    samples = t.training_samples()
    corpora_texts = {text for items in t.training_corpora().values() for _label, text in items}
    parents = t.realistic_parents()
    realistic_texts = {p.text for p in t.realistic_posts()}
    scores, highs = t.out_of_fold_scores(samples)
    rules = [t.phrase_result(text, parents.get(text)) for _label, text in samples]
    labels = [label for label, _text in samples]
    model = t.statistical.load_model()
    threshold, reply_threshold = model.threshold, model.reply_threshold

    def subset(texts):
        idx = [i for i, (_label, text) in enumerate(samples) if text in texts]
        return (
            [labels[i] for i in idx],
            [rules[i] for i in idx],
            [scores[i] for i in idx],
            [highs[i] for i in idx],
        )

    hard = subset(corpora_texts)
    real = subset(realistic_texts)
    real_texts = [text for _label, text in samples if text in realistic_texts]
    limits = [reply_threshold if text in parents else threshold for text in real_texts]
    replies = [text in parents for text in real_texts]
    chosen = t.choose_solo_gate(hard, (*real, limits, replies), threshold)
    print(f"model {model.version}: threshold {threshold}, replies {reply_threshold}")
    print(f"training picks the gate {chosen} (high head, score)")
    n_high, n_medium, n_none = (hard[0].count(x) for x in ("high", "medium", "none"))
    r_none = real[0].count("none")
    print(
        f"hard cases {n_high} high, {n_medium} medium, {n_none} none; "
        f"realistic weeks {r_none} ordinary"
    )
    print(
        "| gate (high head, score) | high scored none | medium reaching staff | "
        "ordinary alerting | realistic alerts per 100 ordinary |"
    )
    print("|---|---|---|---|---|")
    shown = [*SHOWN, chosen] if chosen not in SHOWN else SHOWN
    if "--all" in sys.argv:  # every candidate gate training considers
        shown = [(h, s) for h in t.GATE_HIGH_STEPS for s in t.GATE_SCORE_STEPS]
    rates = {}
    for gate in {*shown, *((h, s) for h in t.GATE_HIGH_STEPS for s in t.GATE_SCORE_STEPS)}:
        rates[gate] = (
            t._rates(hard[0], hard[1], hard[2], threshold, hard[3], None, gate),
            t._rates(real[0], real[1], real[2], limits, real[3], replies, gate),
        )
    # 2026.12.11: the rule's band. Among the gates that keep medium reach at GATE_MEDIUM_REACH
    # and the realistic weeks within their goal, the fewest high posts scored none, the slack
    # (GATE_HIGH_NONE_SLACK of the hard cases' high posts) and the candidates near the choice:
    # every such gate within the slack plus five posts, fewest ordinary alerts first.
    eligible = {
        g: (h, r)
        for g, (h, r) in rates.items()
        if h["medium_reach"] >= t.GATE_MEDIUM_REACH
        and r["false_alarm"] <= t.GOAL_REALISTIC_ALERTS
        and not (g[1] <= threshold and g[0] > 0.0)
    }
    if eligible:
        fewest = min(h["high_none"] for h, _r in eligible.values())
        allowed = fewest + t.GATE_HIGH_NONE_SLACK * n_high
        print(
            f"eligible gates {len(eligible)}: fewest high scored none {fewest}; allowed "
            f"{allowed:.1f} (slack {t.GATE_HIGH_NONE_SLACK} of {n_high})"
        )
        near = sorted(
            (g for g, (h, _r) in eligible.items() if h["high_none"] <= allowed + 5),
            key=lambda g: (
                round(eligible[g][0]["false_alarm"] + eligible[g][1]["false_alarm"], 6),
                eligible[g][0]["high_none"],
            ),
        )
        if "--all" not in sys.argv:
            shown = list(dict.fromkeys([chosen, *near[:14], *SHOWN]))
    for gate in shown:
        h, r = rates[gate]
        mark = " (picked)" if gate == chosen else ""
        print(
            f"| {gate}{mark} | {wilson(h['high_none'], n_high)} | "
            f"{wilson(round(h['medium_reach'] * n_medium), n_medium)} | "
            f"{wilson(round(h['false_alarm'] * n_none), n_none)} | "
            f"{100 * r['false_alarm']:.2f} ({wilson(round(r['false_alarm'] * r_none), r_none)}) |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
