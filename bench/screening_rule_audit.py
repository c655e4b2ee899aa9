"""Precision audit of the phrase rules at high and at medium (2026.12.16; medium since 2026.12.18).

For every rule whose cue counted at high or at medium in some training post (the phrase layers
alone, no statistical layer), counts the posts in which its cue counted at each level among:
ordinary (label none) posts of the realistic weeks, ordinary posts of the labelled (hard-case)
sets, labelled high posts and labelled medium posts. Rules are ranked by everyday hits (weeks +
hard cases, both levels). With --level high only cues at high are counted (the 2026.12.16
audit). With --save FILE it writes each post's phrase-layer level; with --compare FILE it
prints how the levels moved since (labelled posts lowered, ordinary posts raised or lowered).

    .venv/bin/python bench/screening_rule_audit.py [--top 60] [--level high|both]
        [--save F | --compare F]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=60, help="rules to list (default 60)")
    parser.add_argument("--level", choices=("high", "both"), default="both")
    files = parser.add_mutually_exclusive_group()
    files.add_argument("--save", type=Path, help="write each post's phrase-layer level here")
    files.add_argument("--compare", type=Path, help="print how levels moved since this file")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(PROJECT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pmp_followon.settings")
    import django

    django.setup()
    from safeguarding.screening import training as t
    from safeguarding.screening.screener import Level, screen_text

    samples = t.training_samples()
    parents = t.realistic_parents()
    weeks = {p.text for p in t.realistic_posts()}
    kinds = ("week none", "hard none", "high", "medium")
    counted = (Level.HIGH,) if args.level == "high" else (Level.HIGH, Level.MEDIUM)
    groups: dict[tuple[str, str], Counter] = {
        (g, str(lv)): Counter() for g in kinds for lv in counted
    }
    sizes: Counter = Counter()
    levels: dict[str, str] = {}
    for label, text in samples:
        s = screen_text(text, context_text=parents.get(text), statistical_layer=False)
        levels[text] = str(s.level)
        group = label if label in ("high", "medium") else None
        if label == "none":
            group = "week none" if text in weeks else "hard none"
        if group is None:
            continue
        sizes[group] += 1
        if s.level == Level.NONE:
            continue
        for level in counted:
            for rule in {c.rule for c in s.evidence if c.level == level}:
                groups[(group, str(level))][rule] += 1
    print(", ".join(f"{g}: {n} posts" for g, n in sizes.items()))
    rules = set().union(*groups.values())

    def everyday(r: str) -> int:
        return sum(groups[(g, str(lv))][r] for g in ("week none", "hard none") for lv in counted)

    ranked = sorted(rules, key=lambda r: (-everyday(r), -groups[("high", "high")][r], r))
    heads = [f"{g[:4]}@{str(lv)[:3]}" for lv in counted for g in kinds]
    print(f"{'rule':50} " + " ".join(f"{h:>9}" for h in heads))
    for r in ranked[: args.top]:
        cells = [groups[(g, str(lv))][r] for lv in counted for g in kinds]
        print(f"{r:50} " + " ".join(f"{c:9}" for c in cells))
    if args.save:
        args.save.write_text(json.dumps(levels))
    if args.compare:
        before = json.loads(args.compare.read_text())
        moves: Counter = Counter()
        for label, text in samples:
            if text in before and before[text] != levels[text]:
                moves[(label, before[text], levels[text])] += 1
                if label != "none" or levels[text] != "none":
                    print(f"  [{label}] {before[text]} -> {levels[text]}: {text[:110]}")
        for (label, a, b), n in sorted(moves.items()):
            print(f"label {label}: {a} -> {b}: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
