"""Out-of-fold figures by writer for the shipped screener, with 95% Wilson intervals (2026.12.5;
round 13's groups since 2026.12.6; priority, screening/priority.py, since 2026.12.8).

Every statistical score comes from a model trained without any post of that post's writer
(training.writer_folds: five folds, each writer wholly in one); the phrase layers are as
shipped (they have seen every set: these are not estimates for unseen rules). Levels are
decided with the thresholds and solo gate in phrases/model.json, and again without the gate.
A post the decision leaves at medium with a live priority cue is high, as in the screener.
Prints, per group of sets: high posts reaching staff and scored none, scored high (by kind
where the writer gave one), medium reaching staff and scored high, ordinary posts alerting and
scored high; for realistic weeks alerts per 100 ordinary posts and the high ones. Five ways:
as shipped, without the solo gate, without priority (what over-triage costs), and (2026.12.10)
with the gate and priority without and with both heads (the layer alone making a post high).

    .venv/bin/python bench/screening_out_of_fold.py      # about a minute of CPU (10 fits)
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def wilson(k: int, n: int) -> str:
    """ "k of n (p%; low-high)", the interval from the screening package's own Wilson score."""
    if n == 0:
        return "n 0"
    from safeguarding.screening.evaluation import wilson as interval

    low, high = interval(k, n)
    return f"{k} of {n} ({100 * k / n:.1f}%; {100 * low:.1f}-{100 * high:.1f})"


def phrase_layers(texts: list[str], parents: dict) -> tuple[list[tuple[str, bool]], list[bool]]:
    """For each text (a reply with the post it answers, `parents`): the phrase layers' level
    before priority (2026.12.8) and whether it rests on loose cues alone, and whether the post
    holds a live priority cue (priority.py). bench/screening_designs.py uses it too."""
    from safeguarding.screening import priority, statistical
    from safeguarding.screening.screener import (
        IDIOM_CATEGORY,
        LOOSE_CATEGORIES,
        SUPPORTIVE_CATEGORY,
        Level,
        screen_text,
    )

    rules: list[tuple[str, bool]] = []
    raising: list[bool] = []
    for text in texts:
        phrases = screen_text(text, context_text=parents.get(text), statistical_layer=False)
        raised = any(priority.PRIORITY_REASON in r for r in phrases.reasons)
        phrase_level = Level.MEDIUM if raised else phrases.level
        categories = [
            c.category
            for c in phrases.evidence
            if c.category not in (IDIOM_CATEGORY, SUPPORTIVE_CATEGORY)
            and c.category not in priority.ESCALATING_CATEGORIES
        ]
        loose = statistical.rests_on_loose_cues(phrase_level, categories, LOOSE_CATEGORIES)
        rules.append((phrase_level, loose))
        raising.append(priority.would_raise(phrases.evidence))
    return rules, raising


def main() -> int:
    sys.path.insert(0, str(PROJECT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pmp_followon.settings")
    import django

    django.setup()
    from safeguarding.screening import data, statistical
    from safeguarding.screening import training as t
    from safeguarding.screening.screener import (
        Level,
    )

    model = statistical.load_model()
    samples = t.training_samples()
    scores, highs = t.out_of_fold_scores(samples)
    parents = t.realistic_parents()
    rules, raising = phrase_layers([text for _label, text in samples], parents)
    writer = t.writer_of_texts()
    kind_of = {
        p.text: p.risk_kind for posts in data.labelled_sets().values() for p in posts if p.risk_kind
    }

    corpora = {text for items in t.training_corpora().values() for _label, text in items}
    weeks = {p.text for p in t.realistic_posts()}
    # both heads (2026.12.2): the shipped solo high threshold, or (when the shipped model never
    # makes a post high alone, 2026.12.10) the one training would choose on these scores
    solo_high = model.solo_high_threshold
    if solo_high > 1:
        corpora_idx = [i for i, (_label, text) in enumerate(samples) if text in corpora]
        top_idx = [i for i, (_label, text) in enumerate(samples) if text in weeks - set(parents)]

        def pick(idx):
            return (
                [samples[i][0] for i in idx],
                [rules[i] for i in idx],
                [scores[i] for i in idx],
                [highs[i] for i in idx],
            )

        c_labels, c_rules, c_scores, c_highs = pick(corpora_idx)
        solo_high = t.choose_solo_high_threshold(
            c_labels,
            c_rules,
            c_scores,
            c_highs,
            model.threshold,
            pick(top_idx),
            (model.solo_gate_high, model.solo_gate_threshold),
        )
    print(f"both heads, where measured: solo high threshold {solo_high}")

    def level(i: int, gate: bool, raise_priority: bool = True, both_heads: bool = True) -> str:
        text = samples[i][1]
        reply = text in parents
        threshold = model.threshold
        if reply and model.reply_threshold is not None:
            threshold = model.reply_threshold
        decided = statistical.decide(
            rules[i][0],
            rules[i][1],
            scores[i],
            highs[i],
            threshold=threshold,
            support=model.support,
            high_threshold=model.high_threshold,
            solo_high_threshold=solo_high if both_heads else 1.01,
            in_reply=reply,
            solo_gate_high=model.solo_gate_high if gate else 0.0,
            solo_gate_threshold=model.solo_gate_threshold if gate else 0.0,
        )
        if raise_priority and decided == Level.MEDIUM and raising[i]:
            return Level.HIGH
        return decided

    # each fresh round once it is training data: its two hard-case and two realistic files
    hard_rounds = (("12", "h", "k"),) + tuple((str(n), "a", "b") for n in range(13, 29))
    week_rounds = (("12", "w", "v"),) + tuple((str(n), "p", "q") for n in range(13, 29))

    def of_files(files):
        return lambda i: writer[samples[i][1]] in files

    groups = {"hard cases (training corpora, every writer)": lambda i: samples[i][1] in corpora}
    for n, x, y in hard_rounds:
        files = (f"holdout_round{n}{x}.jsonl", f"holdout_round{n}{y}.jsonl")
        groups[f"hard cases, round {n} (r{n}{x}, r{n}{y})"] = of_files(files)
    groups["realistic weeks (every writer)"] = lambda i: samples[i][1] in weeks
    for n, x, y in week_rounds:
        files = tuple(f"realistic/realistic_week_round{n}{z}.jsonl" for z in (x, y))
        groups[f"realistic weeks, round {n} (r{n}{x}, r{n}{y})"] = of_files(files)
    print(
        f"model {model.version}: threshold {model.threshold}, replies {model.reply_threshold}, "
        f"high {model.high_threshold}, solo high {model.solo_high_threshold}, solo gate "
        f"({model.solo_gate_high}, {model.solo_gate_threshold}); {len(samples)} posts"
    )
    shipped = model.solo_high_threshold < 1  # does the shipped model make posts high alone?
    modes = (
        ("with the solo gate and priority (shipped)", True, True, shipped),
        ("WITHOUT the solo gate", False, True, shipped),
        ("with the solo gate, WITHOUT priority (the cost of over-triage)", True, False, shipped),
        # 2026.12.10: issue 12's rule, the layer alone never pages anyone as high
        ("with the gate and priority, WITHOUT both heads (never high alone)", True, True, False),
        ("with the solo gate and priority, WITH both heads", True, True, True),
    )
    for title, gate, raise_priority, both_heads in modes:
        print(f"\n== {title}")
        levels = [level(i, gate, raise_priority, both_heads) for i in range(len(samples))]
        for name, member in groups.items():
            idx = [i for i in range(len(samples)) if member(i)]
            labels = Counter(samples[i][0] for i in idx)
            reach = Counter(samples[i][0] for i in idx if levels[i] != "none")
            as_high = Counter(samples[i][0] for i in idx if levels[i] == "high")
            none_high = labels["high"] - reach["high"]
            print(f"-- {name}: {len(idx)} posts {dict(labels)}")
            reached = wilson(reach["high"], labels["high"])
            print(f"   high scored none: {none_high}; reaching staff {reached}")
            print(f"   high scored high: {wilson(as_high['high'], labels['high'])}")
            kinds = Counter(kind_of.get(samples[i][1]) for i in idx if samples[i][0] == "high")
            for kind in sorted(k for k in kinds if k):
                k_idx = [
                    i for i in idx if samples[i][0] == "high" and kind_of.get(samples[i][1]) == kind
                ]
                k_high = sum(levels[i] == "high" for i in k_idx)
                k_none = sum(levels[i] == "none" for i in k_idx)
                print(
                    f"     of kind {kind}: scored high {wilson(k_high, len(k_idx))}; none {k_none}"
                )
            print(f"   medium reaching staff: {wilson(reach['medium'], labels['medium'])}")
            print(f"   medium scored high: {wilson(as_high['medium'], labels['medium'])}")
            print(
                f"   ordinary alerting: {wilson(reach['none'], labels['none'])}; "
                f"as high {as_high['none']}"
            )
    print(f"\nload average: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
